"""Law model → source of a columnar (NumPy) evaluator module: `lov compile --columnar`.

The generated module evaluates every `resultat` for a whole population at once: each
input `begreb` is a column, each outcome a set of columns (see
:mod:`compiler.codegen.columnar.runtime`, whose body the module carries verbatim). One function
per target group and per result mirrors the law, with a comment citing § and stk. for
every rule. It imports nothing but NumPy and the standard library.

Safety: no text from the `.lov` file becomes code. Names of results and target groups
become function names only when they are plain identifiers (letters incl. æøå, digits,
underscore; unchanged by NFKC normalisation), otherwise a numbered name is used; every
other text (titles, wordings, labels) is emitted as an escaped literal (``repr``) or a
comment with line breaks and unprintable characters replaced.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Iterable

from compiler.codegen.names import KEYWORDS
from compiler.evaluate.interpreter import group_label
from dsl import model as m
from dsl.kinds import TypeKind
from dsl.language import t

MARKER = "# ---- lov: columnar runtime ----"
_RUNTIME = Path(__file__).with_name("runtime.py")
_PLAIN = re.compile(r"\A[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå0-9_]*\Z")

_COMPARE = {"<": "np.less", "<=": "np.less_equal", ">": "np.greater", ">=": "np.greater_equal",
            "=": "np.equal", "!=": "np.not_equal"}
_ARITH = {"+": "np.add", "-": "np.subtract", "*": "np.multiply"}


class ColumnarError(ValueError):
    """The law cannot be compiled to a columnar evaluator (message in Danish)."""


def runtime_source() -> str:
    """The runtime body that every generated module carries (after the marker line)."""
    text = _RUNTIME.read_text(encoding="utf-8")
    return text[text.index(MARKER):]


def scales(law: m.Law) -> tuple[int, int]:
    """(weeks scale, amount scale): the smallest units that make every constant an integer.

    Weeks are counted in ``1/D`` weeks, D the least common multiple of the denominators
    of the law's week constants (`1 måned` = 13/3 weeks → D = 3); amounts in
    ``1/10**k`` kroner, k the most decimals any amount constant has (at least 2: øre).
    """
    d = 1
    decimals = 2
    for expr in _expressions(law):
        for e in m.walk(expr):
            if isinstance(e, (m.TimeOn, m.Elapsed)):
                d = math.lcm(d, 7)  # time counted in days
            if isinstance(e, m.Const) and e.type.kind == TypeKind.WEEKS:
                d = math.lcm(d, Fraction(e.value).denominator)  # type: ignore[arg-type]
            elif isinstance(e, m.Const) and e.type.kind == TypeKind.AMOUNT:
                exponent = Decimal(e.value).as_tuple().exponent  # type: ignore[arg-type]
                if isinstance(exponent, int):
                    decimals = max(decimals, -exponent)
    return d, 10**decimals


def _expressions(law: m.Law) -> Iterable[m.Expr]:
    for g in law.groups.values():
        yield g.condition
    for rule in law.rules:
        yield rule.value
        if rule.condition is not None:
            yield rule.condition


def _comment(text: str) -> str:
    """Text safe inside a `#` comment: one line, printable characters only."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _ident(prefix: str, name: str, number: int) -> str:
    """`_resultat_praktik_varighed`, or `_resultat_3` when the name is not a plain identifier."""
    candidate = f"_{prefix}_{name}"
    if (_PLAIN.match(name) and unicodedata.normalize("NFKC", candidate) == candidate
            and candidate.isidentifier() and candidate not in KEYWORDS):
        return candidate
    return f"_{prefix}_{number}"


class _Generator(m.ExprVisitor[str]):
    def __init__(self, law: m.Law) -> None:
        self.law = law
        self.uge, self.beløb = scales(law)
        self.rules = law.rules
        self.rule_no = {id(r): i for i, r in enumerate(self.rules)}
        self.names: list[str] = []
        self.name_no: dict[str, int] = {}
        self.texts: list[str] = []
        self.text_no: dict[str, int] = {}
        # Labels a outcome cites: every rule, then every target group.
        self.labels = [r.label for r in self.rules] + [group_label(g) for g in law.groups.values()]
        self.group_label_no = {name: len(self.rules) + i for i, name in enumerate(law.groups)}
        # Sources of unknowns: (kind, name index, label index or -1 for the current rule, result).
        self.sources: list[tuple[int, int, int, str | None]] = []
        self.source_no: dict[tuple[int, str, str | None], int] = {}
        self.result_src: dict[str, int] = {}
        self.judgments: list[str] = []
        for name in law.results:
            self.result_src[name] = len(self.sources)
            self.sources.append((-1, 0, -1, name))
        for expr in _expressions(law):
            for e in m.walk(expr):
                if isinstance(e, m.Judgment) and e.text not in self.judgments:
                    self.judgments.append(e.text)
                elif isinstance(e, m.Const) and e.type.kind == TypeKind.TEXT:
                    self._text(str(e.value))
        self.steps: list[tuple[int, int | None]] = []  # cadence steps: (scaled weeks, months)
        self.group: str | None = None  # the target group whose condition is being compiled
        self.group_fn = {g: _ident("målgruppe", g, i) for i, g in enumerate(law.groups)}
        self.result_fn = {r: _ident("resultat", r, i) for i, r in enumerate(law.results)}

    def _name(self, text: str) -> int:
        if text not in self.name_no:
            self.name_no[text] = len(self.names)
            self.names.append(text)
        return self.name_no[text]

    def _source(self, kind: int, text: str) -> int:
        """The source id of a missing fact (kind 3) or unsupplied judgment (kind 1) in the
        provision being compiled (a rule, or the condition of ``self.group``)."""
        key = (kind, text, self.group)
        if key not in self.source_no:
            label = -1 if self.group is None else self.group_label_no[self.group]
            self.source_no[key] = len(self.sources)
            self.sources.append((kind, self._name(text), label, None))
        return self.source_no[key]

    def _text(self, text: str) -> int:
        if text not in self.text_no:
            self.text_no[text] = len(self.texts)
            self.texts.append(text)
        return self.text_no[text]

    # ---- expressions -------------------------------------------------------------------
    def const(self, e: m.Const) -> str:
        kind = e.type.kind
        v = e.value
        if kind == TypeKind.BOOLEAN:
            return "_k(np.True_)" if v else "_k(np.False_)"
        if kind == TypeKind.INTEGER:
            return f"_k(np.int64({int(v)}))"  # type: ignore[arg-type]
        if kind == TypeKind.WEEKS:
            scaled = Fraction(v) * self.uge  # type: ignore[arg-type]
            return f"_k(np.int64({scaled.numerator}))"
        if kind == TypeKind.AMOUNT:
            scaled_d = Decimal(v) * self.beløb  # type: ignore[arg-type]
            return f"_k(np.int64({int(scaled_d)}))"
        if kind == TypeKind.CHOICE:
            return f"_k(np.int16({e.type.options.index(str(v))}))"
        if kind == TypeKind.DATE:
            return f"_k(np.int64({v.toordinal()}))"  # type: ignore[union-attr]
        if kind == TypeKind.CADENCE:
            start, weeks, months = v  # type: ignore[misc]
            return f"_k(np.int64({start.toordinal() * 65536 + self._step(weeks, months)}))"
        return f"_k(np.int32({self._text(str(v))}))"

    def fact(self, e: m.Fact) -> str:
        return f"k.fakta({e.name!r}, {self._source(3, e.name)})"

    def result_value(self, e: m.ResultValue) -> str:
        return f"k.resultat({e.name!r})"

    def member(self, e: m.Member) -> str:
        return f"k.målgruppe({e.group!r})"

    def judgment(self, e: m.Judgment) -> str:
        return f"k.skøn({e.text!r}, {self._source(1, e.text)})"

    def not_(self, e: m.Not) -> str:
        return f"_ikke({self.visit(e.operand)})"

    def and_(self, e: m.And) -> str:
        return f"_og({self.visit(e.left)}, {self.visit(e.right)})"

    def or_(self, e: m.Or) -> str:
        return f"_eller({self.visit(e.left)}, {self.visit(e.right)})"

    def compare(self, e: m.Compare) -> str:
        return f"_to({_COMPARE[e.op]}, {self.visit(e.left)}, {self.visit(e.right)})"

    def arith(self, e: m.Arith) -> str:
        return f"_regn({_ARITH[e.op]}, {self.visit(e.left)}, {self.visit(e.right)})"

    def one_of(self, e: m.OneOf) -> str:
        assert e.operand.type is not None
        table = ", ".join("True" if o in e.options else "False" for o in e.operand.type.options)
        return f"_blandt({self.visit(e.operand)}, np.array([{table}]))"

    def _step(self, weeks: object, months: int | None) -> int:
        """The index of a cadence's step in the module's _KADENCER table."""
        key = (int(Fraction(weeks) * self.uge), months)  # type: ignore[arg-type]
        if key not in self.steps:
            self.steps.append(key)
        return self.steps.index(key)

    def _ambiguity(self) -> int:
        """A new source: an ambiguous date in the provision being compiled."""
        label = -1 if self.group is None else self.group_label_no[self.group]
        self.sources.append((5, 0, label, None))
        return len(self.sources) - 1

    def shift(self, e: m.Shift) -> str:
        sign = 1 if e.op == "+" else -1
        return f"k.flyt({self.visit(e.date)}, {self.visit(e.period)}, {sign}, {e.months!r}, {self._ambiguity()})"

    def elapsed(self, e: m.Elapsed) -> str:
        return f"_mellem({self.visit(e.later)}, {self.visit(e.earlier)})"

    def time_on(self, e: m.TimeOn) -> str:
        assert e.history.type is not None
        options = e.history.type.options
        which = "None"
        if e.values:
            which = "np.array([" + ", ".join("True" if o in e.values else "False" for o in options) + "])"
        limit = "None" if e.limit is None else self.visit(e.limit)
        return (f"k.tid({e.kind!r}, {self.visit(e.history)}, {which}, {self.visit(e.today)}, {limit}, "
                f"{e.limit_months!r}, {self._ambiguity()})")

    def recurrence(self, e: m.Recurrence) -> str:
        assert isinstance(e.step, m.Const)
        return f"_kadence({self.visit(e.start)}, {self._step(e.step.value, e.months)})"

    def invalid(self, e: m.Invalid) -> str:
        raise ColumnarError("loven har fejl (kør `lov check`); den kan ikke oversættes")

    def applies(self, rule: m.Rule) -> str:
        parts: str | None = None
        for g in rule.groups:
            call = f"k.målgruppe({g!r})"
            parts = call if parts is None else f"_eller({parts}, {call})"
        if rule.condition is not None:
            cond = self.visit(rule.condition)
            parts = cond if parts is None else f"_og({parts}, {cond})"
        return parts or "_SAND"

    # ---- module ------------------------------------------------------------------------
    def module(self) -> str:
        law = self.law
        groups: dict[str, str] = {}
        for name, group in law.groups.items():
            self.group = name
            groups[name] = self.visit(group.condition)
        self.group = None
        results: dict[str, list[tuple[str, str]]] = {
            name: [(self.applies(rule), self.visit(rule.value)) for rule in result.rules]
            for name, result in law.results.items()
        }
        for result in law.results.values():
            if result.type.kind is TypeKind.HISTORY:
                raise ColumnarError(
                    t(f"resultatet '{result.name}' er et forløb; den søjlevise evaluator regner ikke forløb ud",
                      f"the result '{result.name}' is a history; the columnar evaluator does not compute histories")
                )
            if len(result.rules) > 64:
                raise ColumnarError(
                    t(f"resultatet '{result.name}' har {len(result.rules)} regler; "
                      "den søjlevise evaluator håndterer højst 64 regler pr. resultat",
                      f"the result '{result.name}' has {len(result.rules)} rules; "
                      "the columnar evaluator handles at most 64 rules per result")
                )
        out: list[str] = []
        w = out.append
        w("# Generated by `lov compile --columnar`. Do not edit: change the law and compile again.")
        w(f"# Law: {_comment(law.title or '')}")
        w(f"# Version: {_comment(law.version or '')}")
        w(f"# Source SHA-256: {law.sha256}")
        w('"""Columnar evaluators (NumPy) generated from a .lov file.')
        w("")
        w("``evaluer(kolonner, skøn)`` evaluates every result for every row: ``kolonner`` maps each")
        w("`begreb` to a NumPy array (a masked array marks missing values), ``skøn`` maps a")
        w("judgment's wording to a bool array. See ``Evaluering`` and ``Udfald`` for the outcome.")
        w('"""')
        w("")
        w("from __future__ import annotations")
        w("")
        w("import datetime")
        w("from decimal import Decimal")
        w("from fractions import Fraction")
        w("from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence")
        w("")
        w("import numpy as np")
        w("")
        w(runtime_source().rstrip("\n"))
        w("")
        w("")
        w("# ---- the law ----")
        w("")
        w(f"LOV_TITEL = {law.title!r}")
        w(f"LOV_VERSION = {law.version!r}")
        w(f"LOV_SHA256 = {law.sha256!r}")
        w(f"_UGE_SKALA = {self.uge}")
        w(f"_BELØB_SKALA = {self.beløb}")
        w(f"_KADENCER: tuple[tuple[int, int | None], ...] = {tuple(self.steps)!r}")
        w("")
        w("# Every rule: (label, result, position among the result's rules).")
        w("_REGLER: tuple[tuple[str, str, int], ...] = (")
        position: dict[int, int] = {}
        for result in law.results.values():
            for i, rule in enumerate(result.rules):
                position[id(rule)] = i
        for rule in self.rules:
            w(f"    ({rule.label!r}, {rule.result!r}, {position[id(rule)]}),")
        w(")")
        w("# What outcomes cite: the rules above, then the target groups.")
        w(f"_ETIKETTER: tuple[str, ...] = {tuple(self.labels)!r}")
        w(f"_GRUPPE_ETIKET: dict[str, int] = {self.group_label_no!r}")
        w("_RESULTAT_REGLER: dict[str, tuple[int, ...]] = {")
        for result in law.results.values():
            numbers = ", ".join(str(self.rule_no[id(r)]) for r in result.rules)
            w(f"    {result.name!r}: ({numbers}{',' if len(result.rules) == 1 else ''}),")
        w("}")
        w("# Per result, per rule: the positions of the rules that beat it (exceptions, target-group rules).")
        w("_SLÅR: dict[str, tuple[tuple[int, ...], ...]] = {")
        for result in law.results.values():
            beaten = []
            for rule in result.rules:
                by = [j for j, other in enumerate(result.rules) if rule.label in other.overrides and other is not rule]
                beaten.append("(" + ", ".join(map(str, by)) + ("," if len(by) == 1 else "") + ")")
            w(f"    {result.name!r}: ({', '.join(beaten)}{',' if len(beaten) == 1 else ''}),")
        w("}")
        w("BEGREBER: dict[str, tuple[str, tuple[str, ...]]] = {")
        for c in law.concepts.values():
            w(f"    {c.name!r}: ({c.type.kind.value!r}, {c.type.options!r}),")
        w("}")
        w("_RESULTATER: dict[str, tuple[str, tuple[str, ...]]] = {")
        for r in law.results.values():
            w(f"    {r.name!r}: ({r.type.kind.value!r}, {r.type.options!r}),")
        w("}")
        w(f"_SKØNSTEKSTER: tuple[str, ...] = {tuple(self.judgments)!r}")
        w(f"_RESULTAT_KILDER = {self.result_src!r}")
        w(f"_NAVNE: tuple[str, ...] = {tuple(self.names)!r}")
        w(f"_TEKSTER: tuple[str, ...] = {tuple(self.texts)!r}")
        w("# Sources of unknowns: kind (skøn 1, mangler 3, another result -1), wording or name,")
        w("# label cited (-1: the rule being decided), the other result.")
        w(f"_KILDE_ART = np.array({[s[0] for s in self.sources]!r}, dtype=np.int8)")
        w(f"_KILDE_TEKST = np.array({[s[1] for s in self.sources]!r}, dtype=np.int16)")
        w(f"_KILDE_ETIKET = np.array({[s[2] for s in self.sources]!r}, dtype=np.int16)")
        w(f"_KILDE_RESULTAT: tuple[str | None, ...] = {tuple(s[3] for s in self.sources)!r}")
        w("")
        w("# ---- target groups ----")
        for name, group in law.groups.items():
            w("")
            w("")
            w(f"def {self.group_fn[name]}(k: _Kørsel) -> _Tri:")
            w(f"    # målgruppe {group.number} {_comment(name)}: {_comment(group.title or '')}")
            w(f"    return {groups[name]}")
        w("")
        w("")
        w("# ---- results ----")
        for name, result in law.results.items():
            w("")
            w("")
            w(f"def {self.result_fn[name]}(k: _Kørsel) -> Udfald:")
            w(f"    # {_comment(name)} ({_comment(str(result.type))}): {_comment(result.description or '')}")
            w(f"    return k.afgør({name!r}, [")
            for rule, (applies, value) in zip(result.rules, results[name]):
                note = ""
                if rule.groups:
                    note += " — for målgruppe " + ", ".join(rule.groups)
                if rule.exception_to:
                    note += " — undtagelse til " + ", ".join(rule.exception_to)
                w(f"        # {_comment(rule.label + note)}")
                w(f"        ({applies},")
                w(f"         lambda: {value}),")
            w("    ])")
        w("")
        w("")
        w("_MÅLGRUPPER: dict[str, Callable[[_Kørsel], _Tri]] = {")
        for name in law.groups:
            w(f"    {name!r}: {self.group_fn[name]},")
        w("}")
        w("_FUNKTIONER: dict[str, Callable[[_Kørsel], Udfald]] = {")
        for name in law.results:
            w(f"    {name!r}: {self.result_fn[name]},")
        w("}")
        return "\n".join(out) + "\n"


def generate(law: m.Law) -> str:
    """The source of the columnar evaluator module for ``law`` (deterministic)."""
    return _Generator(law).module()
