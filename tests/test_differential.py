"""Differential property test: the generated module and the reference interpreter agree — on
outcomes (value and its exact type, judgment, conflict, missing fact, no rule), on target groups
and on explanations — for every law in laws/ and for randomly generated small laws, on generated
citizens with missing facts and partly supplied judgments."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.codegen.load import load_source
from compiler.codegen.python.module import generate
from compiler.evaluate import interpreter
from compiler.pipeline import load_law
from dsl import model as m
from tests.kit import law_files, law_of
from tests.kit import citizens_of as population


def assert_agree(law: m.Law, module, facts: dict, judgments: dict, explain: set[str] | None = None) -> None:
    """Outcomes of every result and target group agree; so do the explanations of the results in
    ``explain`` (all when None)."""
    borger = module.borger_fra_dict(facts)
    for name in law.results:
        ref = interpreter.evaluate(law, name, facts, judgments)
        gen = module.RESULTATER[name](borger, judgments)
        assert ref.as_tuple() == tuple(gen), (name, facts, judgments)
        assert type(ref.value) is type(gen.værdi), (name, facts, judgments)
        if explain is None or name in explain:
            ex = interpreter.explain(law, name, facts, judgments)
            assert ex.data() == module.forklar(name, borger, judgments)
            assert ex.text() == module.forklaring_tekst(name, borger, judgments)
    groups = {k: v.as_tuple() for k, v in interpreter.target_groups(law, facts, judgments).items()}
    assert groups == {k: tuple(v) for k, v in module.målgrupper(borger, judgments).items()}


def judgment_texts(law: m.Law) -> list[str]:
    texts = {t for r in law.rules for t in r.judgments}
    for g in law.groups.values():
        texts.update(e.text for e in m.walk(g.condition) if isinstance(e, m.Judgment))
    return sorted(texts)


# ---- the laws in laws/ -------------------------------------------------------------------


@lru_cache(maxsize=None)
def _compiled(path: str):
    law = load_law(path)
    return law, load_source(generate(law))


@pytest.mark.parametrize("path", [str(p) for p in law_files()], ids=[p.name for p in law_files()])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_module_agrees_with_interpreter_on_the_laws(path, data):
    law, module = _compiled(path)
    seed = data.draw(st.integers(0, 2**32), label="seed")
    citizen = population(law, 1, seed)[0]
    keep = data.draw(st.sets(st.sampled_from(sorted(citizen)), max_size=len(citizen)) if citizen else st.just(set()),
                     label="dropped")
    facts = {k: v for k, v in citizen.items() if k not in keep or data.draw(st.booleans())}
    texts = judgment_texts(law)
    judgments = data.draw(st.dictionaries(st.sampled_from(texts), st.booleans()) if texts else st.just({}),
                          label="judgments")
    explain = {data.draw(st.sampled_from(sorted(law.results)), label="explained")} if law.results else set()
    assert_agree(law, module, facts, judgments, explain)


# ---- small random laws -------------------------------------------------------------------

FACTS = """begreb a: sandhedsværdi
begreb b: sandhedsværdi
begreb n: heltal
begreb u: uger
begreb k: beløb
begreb v: valg af p, q, r
"""

_ATOMS = [
    "a", "b", "ikke a", "n < 3", "n >= 5", "n = 4", "u > 8 uger", "u = 2 måneder", "u <= 26 uger",
    "k > 10 kr.", "k = 10,50 kr.", "v i (p, q)", "v = r", 'skøn "s1"', 'skøn "s2"', "ja", "nej",
]


def conditions(extra: list[str]) -> st.SearchStrategy[str]:
    atoms = st.sampled_from(_ATOMS + extra)
    return st.recursive(
        atoms,
        lambda inner: st.one_of(
            st.tuples(inner, st.sampled_from(["og", "eller"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
            inner.map(lambda c: f"ikke ({c})"),
        ),
        max_leaves=5,
    )


@st.composite
def rules(draw: st.DrawFn, result: str, values: list[str], extra: list[str], first: int) -> list[str]:
    out: list[str] = []
    count = draw(st.integers(1, 5))
    for i in range(count):
        number = first + i
        scope = draw(st.sampled_from(["", "", "For målgruppe g1 er ", "For målgruppe g2 er ",
                                      "For målgrupperne g1, g2 er "]))
        head = f"{scope}{result}" if scope else f"{result} er"
        text = f"§ {number}. {head} {draw(st.sampled_from(values))}"
        if draw(st.booleans()):
            text += f", hvis {draw(conditions(extra))}"
        text += "."
        if i and draw(st.booleans()):
            text += f"\n    undtagelse til § {draw(st.integers(first, number - 1))}."
        out.append(text)
    return out


@st.composite
def small_laws(draw: st.DrawFn) -> str:
    g1 = draw(conditions([]))
    g2 = draw(conditions(["målgruppe g1"]))
    x = draw(rules("x", ["1", "2", "n + 1", "n * 2", "3 - n"], ["målgruppe g1", "målgruppe g2"], 1))
    y = draw(rules("y", ["ja", "nej", "a og b", 'skøn "s3"', "x > 2"], ["x = 1", "x >= 2", "målgruppe g2"], 20))
    z = draw(rules("z", ["10 kr.", "k + 0,50 kr.", "2 * k", "k - 1 kr."], ["y", "x < 2"], 40))
    w = draw(rules("w", ["4 uger", "u + 1 uge", "2 måneder", "u * 2"], ["z > 10 kr."], 60))
    return (
        'lov "Tilfældig lov"\n' + FACTS
        + f'målgruppe 1 g1 "G1":\n    {g1}\nmålgruppe 2 g2 "G2":\n    {g2}\n'
        + "resultat x: heltal\nresultat y: sandhedsværdi\nresultat z: beløb\nresultat w: uger\n"
        + "\n".join(x + y + z + w) + "\n"
    )


citizens = st.fixed_dictionaries(
    {},
    optional={
        "a": st.booleans(),
        "b": st.booleans(),
        "n": st.integers(0, 6),
        "u": st.sampled_from([0, 8, 9, Fraction(26, 3), 26, 27]),
        "k": st.sampled_from([Decimal("0"), Decimal("10"), Decimal("10.50"), Decimal("11")]),
        "v": st.sampled_from(["p", "q", "r"]),
    },
)
judgment_sets = st.fixed_dictionaries({}, optional={"s1": st.booleans(), "s2": st.booleans(), "s3": st.booleans()})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=small_laws(), people=st.lists(st.tuples(citizens, judgment_sets), min_size=1, max_size=8))
def test_generated_module_agrees_with_interpreter_on_random_laws(text, people):
    law = law_of(text, header=False)
    module = load_source(generate(law))
    wordings = set(m.judgment_ids(law).values())
    for facts, judgments in people:
        assert_agree(law, module, facts, {k: v for k, v in judgments.items() if k in wordings})
