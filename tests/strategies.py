"""Hypothesis strategies that build random syntactically valid laws as syntax trees.

The trees have exactly the shapes the parser produces, so `format → parse` must give
the same tree back.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from dsl import ast
from dsl.grammar import keywords, number_words
from dsl.numbers import NUMBER_WORDS, UNITS
from dsl.spans import Span

S = Span("<gen>", 1, 1, 1, 1)
_RESERVED = {w.lower() for w in keywords()} | set(NUMBER_WORDS) | {u.rstrip(".") for u in UNITS} | {
    "kr", "md", "mdr", "mdrs", "målgrupperne", "i",
}

names = st.from_regex(r"\A[a-zæøå_][a-zæøå0-9_]{0,7}\Z").filter(lambda n: n.lower() not in _RESERVED)
name_nodes = names.map(lambda n: ast.Name(n, span=S))
text_parts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\n\r\u2028\u2029\x85"), max_size=30
)
texts = st.lists(text_parts, min_size=1, max_size=3).map(lambda ps: ast.Text(tuple(ps), span=S))
secnums = st.builds(lambda n, letter: f"{n}{letter}", st.integers(1, 400), st.sampled_from(["", "", "", "a", "b"]))
small_ints = st.integers(0, 10_000)
units = st.sampled_from(sorted(UNITS))


@st.composite
def periods(draw: st.DrawFn) -> ast.Period:
    unit = draw(units)
    if draw(st.booleans()):
        n = draw(st.integers(1, 99))
        return ast.Period(n, str(n), unit, cadence=True, span=S)
    if draw(st.booleans()):
        word = draw(st.sampled_from(number_words()))
        return ast.Period(NUMBER_WORDS[word], word, unit, span=S)
    n = draw(small_ints)
    return ast.Period(n, str(n), unit, span=S)


@st.composite
def amounts(draw: st.DrawFn) -> ast.Amount:
    whole = draw(st.integers(0, 100_000))
    text = str(whole)
    if draw(st.booleans()):
        text += "," + draw(st.from_regex(r"\A[0-9]{1,2}\Z"))
    return ast.Amount(Decimal(text.replace(",", ".")), text, span=S)


atoms = st.one_of(
    small_ints.map(lambda v: ast.Integer(v, span=S)),
    amounts(),
    periods(),
    st.booleans().map(lambda b: ast.Bool(b, span=S)),
    texts.map(lambda t: ast.TextValue(t, span=S)),
    name_nodes.map(lambda n: ast.NameRef(n, span=S)),
    st.builds(lambda n, os: ast.OneOf(n, tuple(os), span=S), name_nodes, st.lists(name_nodes, min_size=1, max_size=3)),
    texts.map(lambda t: ast.Judgment(t, span=S)),
    name_nodes.map(lambda n: ast.InGroup(n, span=S)),
)


def _extend(children: st.SearchStrategy[ast.Expr]) -> st.SearchStrategy[ast.Expr]:
    return st.one_of(
        st.builds(lambda x: ast.Not(x, span=S), children),
        st.builds(lambda op, a, b: ast.BoolOp(op, a, b, span=S), st.sampled_from(["og", "eller"]), children, children),
        st.builds(
            lambda op, a, b: ast.Compare(op, a, b, span=S),
            st.sampled_from(["<", "<=", ">", ">=", "=", "!="]), children, children,
        ),
        st.builds(lambda op, a, b: ast.Arith(op, a, b, span=S), st.sampled_from(["+", "-", "*"]), children, children),
    )


exprs = st.recursive(atoms, _extend, max_leaves=8)

refs = st.one_of(
    st.builds(
        lambda p, s, n: ast.Ref(p, s, n if s is not None else None, span=S),
        secnums, st.none() | st.integers(1, 9), st.none() | st.integers(1, 9),
    ),
    st.builds(lambda s, n: ast.Ref(None, s, n, span=S), st.integers(1, 9), st.none() | st.integers(1, 9)),
)

rules = st.builds(
    lambda groups, result, value, conds, rs, exc, wording: ast.Rule(
        tuple(groups), result, value, tuple(conds), tuple(rs), tuple(exc), wording, span=S
    ),
    st.lists(name_nodes, max_size=2), name_nodes, exprs,
    st.lists(exprs, max_size=2), st.lists(refs, max_size=2), st.lists(refs, max_size=2), st.none() | texts,
)
proses = st.builds(lambda t, rs: ast.Prose(t, tuple(rs), span=S), texts, st.lists(refs, max_size=2))
provisions = st.one_of(rules, proses)
nrs = st.lists(provisions, max_size=3).map(lambda ps: tuple(ast.Nr(i + 1, p, span=S) for i, p in enumerate(ps)))


@st.composite
def paragrafs(draw: st.DrawFn) -> ast.Paragraf:
    number = draw(secnums)
    if draw(st.booleans()):
        provision = draw(st.none() | provisions)
        items = draw(nrs)
        if provision is None and not items:
            provision = draw(provisions)
        return ast.Paragraf(number, None, (ast.Stk(1, provision, items, True, span=S),), span=S)
    stks = []
    for i in range(draw(st.integers(1, 3))):
        provision = draw(st.none() | provisions)
        items = draw(nrs)
        if provision is None and not items:
            provision = draw(provisions)
        stks.append(ast.Stk(i + 1, provision, items, False, span=S))
    return ast.Paragraf(number, draw(st.none() | texts), tuple(stks), span=S)


types = st.one_of(
    st.sampled_from(["heltal", "sandhedsværdi", "beløb", "tekst"]).map(lambda k: ast.TypeExpr(k, span=S)),
    st.sampled_from(["uger", "uge", "måneder"]).map(lambda u: ast.TypeExpr("periode", unit=u, span=S)),
    st.lists(name_nodes, min_size=1, max_size=3).map(lambda os: ast.TypeExpr("valg", tuple(os), span=S)),
)
sources = st.one_of(
    texts.map(lambda t: ast.Source("register", t, span=S)),
    st.just(ast.Source("borger", None, span=S)),
    texts.map(lambda t: ast.Source("skøn", t, span=S)),
)

givens = st.one_of(
    st.builds(lambda n, v: ast.GivenFact(n, v, span=S), name_nodes, exprs),
    st.builds(lambda t, v: ast.GivenJudgment(t, v, span=S), texts, exprs),
)
expectations = st.one_of(
    st.builds(lambda n, v: ast.ExpectValue(n, v, span=S), name_nodes, exprs),
    st.builds(lambda n, o: ast.ExpectOutcome(n, o, span=S), name_nodes, st.sampled_from(["skøn", "konflikt", "ingen regel"])),
    st.builds(lambda n, m: ast.ExpectOutcome(n, "mangler", m, span=S), name_nodes, name_nodes),
    st.builds(lambda n, v: ast.ExpectGroup(n, v, span=S), name_nodes, exprs),
)
steps = st.one_of(
    st.lists(givens, min_size=1, max_size=3).map(lambda gs: ast.Givet(tuple(gs), span=S)),
    st.lists(expectations, min_size=1, max_size=3).map(lambda es: ast.Forvent(tuple(es), span=S)),
)

items = st.one_of(
    texts.map(lambda t: ast.LawTitle(t, span=S)),
    texts.map(lambda t: ast.LawVersion(t, span=S)),
    st.builds(lambda n, t, d, s: ast.Begreb(n, t, d, s, span=S), name_nodes, types, st.none() | texts, st.none() | sources),
    st.builds(
        lambda num, n, t, c: ast.Malgruppe(num, n, t, c, span=S),
        st.integers(1, 99), name_nodes, st.none() | texts, exprs,
    ),
    st.builds(lambda n, t, d: ast.Resultat(n, t, d, span=S), name_nodes, types, st.none() | texts),
    st.builds(lambda n, t: ast.Kapitel(n, t, span=S), secnums, st.none() | texts),
    paragrafs(),
    st.builds(lambda t, ss: ast.Testsag(t, tuple(ss), span=S), texts, st.lists(steps, min_size=1, max_size=3)),
)

laws = st.lists(items, max_size=8).map(lambda xs: ast.Law(tuple(xs)))
