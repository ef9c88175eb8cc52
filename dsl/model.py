"""The resolved law model: names bound, types checked, exceptions linked.

Every back end (checks, interpreter, code generation, metrics, diff, editors) reads
this model, never the raw tree. It is built by :mod:`dsl.resolver`.

Values at run time: heltal → ``int``; sandhedsværdi → ``bool``; beløb → ``Decimal``
(kroner, exact); uger → ``int`` (whole weeks) or ``Fraction`` when a non-week period
such as `1 måned` does not come to whole weeks; tekst → ``str``; valg → ``str`` (the
option's name); dato → ``datetime.date``; forløb → a tuple of periods ``(fra, til, værdi)``
(``til`` None while open), ordered by start; kadence → ``(fra, uger, måneder)``: the first date
and the step, in weeks or, when written in months or years, in calendar months.
"""

from __future__ import annotations

import abc
import datetime
import hashlib
import re
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, ClassVar, Generic, Iterator, Mapping, TypeVar, Union

import attrs

from dsl import ast
from dsl.kinds import OutcomeKind, SourceKind, TypeKind
from dsl.spans import Span

Value = Union[int, bool, Decimal, Fraction, str, datetime.date, tuple]  # type: ignore[type-arg]


@attrs.frozen
class Type:
    """A value type. ``options`` lists an enumeration's choices (kind ``valg``)."""

    kind: TypeKind = attrs.field(converter=TypeKind)
    options: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.kind is TypeKind.CHOICE:
            return "valg af " + ", ".join(self.options)
        if self.kind is TypeKind.HISTORY:
            return "forløb af " + ", ".join(self.options)
        return self.kind.value

    @property
    def ordered(self) -> bool:
        return self.kind.ordered


HELTAL = Type(TypeKind.INTEGER)
SANDHEDSVAERDI = Type(TypeKind.BOOLEAN)
BELOB = Type(TypeKind.AMOUNT)
UGER = Type(TypeKind.WEEKS)
TEKST = Type(TypeKind.TEXT)
DATO = Type(TypeKind.DATE)
KADENCE = Type(TypeKind.CADENCE)


# ---- expressions --------------------------------------------------------------------


def _span() -> Span:
    return attrs.field(eq=False, repr=False, kw_only=True)  # type: ignore[no-any-return]


@attrs.frozen
class Const:
    """A literal. ``text`` is how it was written (`seks måneder`, `30,50 kr.`)."""

    value: Value
    type: Type
    text: str
    span: Span = _span()


@attrs.frozen
class Fact:
    """The value of a `begreb`: a fact about the citizen supplied by the caller."""

    name: str
    type: Type
    span: Span = _span()


@attrs.frozen
class ResultValue:
    """The value of another `resultat`."""

    name: str
    type: Type
    span: Span = _span()


@attrs.frozen
class Member:
    """Membership of a target group (`målgruppe unge`)."""

    group: str
    span: Span = _span()
    type: Type = attrs.field(default=SANDHEDSVAERDI, init=False)


@attrs.frozen
class Judgment:
    """`skøn "…"`: decided by a caseworker, supplied by the caller or asked for."""

    text: str
    span: Span = _span()
    type: Type = attrs.field(default=SANDHEDSVAERDI, init=False)


@attrs.frozen
class Not:
    operand: Expr
    span: Span = _span()
    type: Type = attrs.field(default=SANDHEDSVAERDI, init=False)


@attrs.frozen
class And:
    left: Expr
    right: Expr
    span: Span = _span()
    type: Type = attrs.field(default=SANDHEDSVAERDI, init=False)


@attrs.frozen
class Or:
    left: Expr
    right: Expr
    span: Span = _span()
    type: Type = attrs.field(default=SANDHEDSVAERDI, init=False)


@attrs.frozen
class Compare:
    """``op`` is one of `<`, `<=`, `>`, `>=`, `=`, `!=`."""

    op: str
    left: Expr
    right: Expr
    span: Span = _span()
    type: Type = attrs.field(default=SANDHEDSVAERDI, init=False)


@attrs.frozen
class Arith:
    """``op`` is one of `+`, `-`, `*`; ``type`` is the result's type."""

    op: str
    left: Expr
    right: Expr
    type: Type
    span: Span = _span()


@attrs.frozen
class OneOf:
    operand: Expr
    options: tuple[str, ...]
    span: Span = _span()
    type: Type = attrs.field(default=SANDHEDSVAERDI, init=False)


@attrs.frozen
class Shift:
    """`dato + periode` or `dato - periode`. ``months`` is set when the period is a literal in
    months or years: the calendar moves the date (same day of the month); otherwise the date
    moves by the period's days exactly (SEMANTICS.md, "Datoer")."""

    op: str
    date: Expr
    period: Expr
    months: int | None
    span: Span = _span()
    type: Type = attrs.field(default=DATO, init=False)


@attrs.frozen
class Elapsed:
    """`dato - dato`: the weeks from ``earlier`` to ``later`` (days / 7, exact)."""

    later: Expr
    earlier: Expr
    span: Span = _span()
    type: Type = attrs.field(default=UGER, init=False)


@attrs.frozen
class TimeOn:
    """Time on ``values`` (all values when empty) of the history ``history``, in weeks, counted
    up to and including the evaluation date ``today``.

    ``kind`` `sammenlagt`: the days on the values, summed, within the window ``limit`` before
    ``today`` if there is one. ``kind`` `sammenhængende`: the days on the values in the current
    spell, where an interruption of at least ``limit`` (one day when there is none) restarts
    it. ``limit_months`` as :attr:`Shift.months`. ``text`` is the expression as written.
    """

    kind: str
    history: Expr
    values: tuple[str, ...]
    limit: Expr | None
    limit_months: int | None
    today: Expr
    text: str = attrs.field(eq=False)
    span: Span = _span()
    type: Type = attrs.field(default=UGER, init=False)


@attrs.frozen
class Recurrence:
    """`hver 4. uge fra dato`: the dates ``start``, ``start`` + step, … ``step`` is the weeks
    constant; ``months`` as :attr:`Shift.months`."""

    start: Expr
    step: Expr
    months: int | None
    span: Span = _span()
    type: Type = attrs.field(default=KADENCE, init=False)


@attrs.frozen
class Invalid:
    """Stands in for an expression that had an error, so one mistake is reported once."""

    span: Span = _span()
    type: None = attrs.field(default=None, init=False)


Expr = Union[
    Const, Fact, ResultValue, Member, Judgment, Not, And, Or, Compare, Arith, OneOf, Shift, Elapsed, TimeOn,
    Recurrence, Invalid,
]


#: Every kind of expression, in the order of :data:`Expr`.
EXPR_KINDS: tuple[type, ...] = typing.get_args(Expr)

# The sub-expression fields of each kind, in evaluation order (left to right).
_CHILDREN: dict[type, tuple[str, ...]] = {
    Const: (), Fact: (), ResultValue: (), Member: (), Judgment: (), Invalid: (),
    Not: ("operand",), OneOf: ("operand",),
    And: ("left", "right"), Or: ("left", "right"), Compare: ("left", "right"), Arith: ("left", "right"),
    Shift: ("date", "period"), Elapsed: ("later", "earlier"), TimeOn: ("history", "today", "limit"),
    Recurrence: ("start", "step"),
}
assert set(_CHILDREN) == set(EXPR_KINDS), "every expression kind says which fields are sub-expressions"
_REVERSED = {kind: fields[::-1] for kind, fields in _CHILDREN.items()}


def children(expr: Expr) -> tuple[Expr, ...]:
    """The direct sub-expressions of ``expr``, left to right."""
    return tuple(x for x in (getattr(expr, name) for name in _CHILDREN[type(expr)]) if x is not None)


def walk(expr: Expr) -> list[Expr]:
    """``expr`` and every sub-expression, depth first, left to right."""
    out: list[Expr] = []
    stack = [expr]
    reversed_fields = _REVERSED
    while stack:
        e = stack.pop()
        out.append(e)
        for name in reversed_fields[type(e)]:
            sub = getattr(e, name)
            if sub is not None:
                stack.append(sub)
    return out


def replace(expr: Expr, fn: Callable[[Expr], Expr | None]) -> Expr:
    """``expr`` with every sub-expression ``e`` for which ``fn(e)`` is not None replaced by
    that (outermost first; a replacement is not searched again)."""
    found = fn(expr)
    if found is not None:
        return found
    changes = {}
    for name in _CHILDREN[type(expr)]:
        sub = getattr(expr, name)
        if sub is not None:
            new = replace(sub, fn)
            if new is not sub:
                changes[name] = new
    return attrs.evolve(expr, **changes) if changes else expr  # type: ignore[arg-type]


R = TypeVar("R")


class ExprVisitor(abc.ABC, Generic[R]):
    """One method per kind of expression; :meth:`visit` dispatches on the expression's class.

    Every back end (interpreter, both code generators, the columnar generator, the canonical
    key) is such a visitor, so a new kind of expression is one abstract method here: a back end
    that does not implement it cannot even be instantiated, and ``tests/test_visitor.py`` runs
    every back end on every kind.
    """

    _dispatch: ClassVar[dict[type, Callable[..., Any]]] = {}

    #: Expression kind → the name of its method.
    METHODS: ClassVar[dict[type, str]] = {
        Const: "const", Fact: "fact", ResultValue: "result_value", Member: "member", Judgment: "judgment",
        Not: "not_", And: "and_", Or: "or_", Compare: "compare", Arith: "arith", OneOf: "one_of",
        Shift: "shift", Elapsed: "elapsed", TimeOn: "time_on", Recurrence: "recurrence", Invalid: "invalid",
    }

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._dispatch = {kind: getattr(cls, name) for kind, name in ExprVisitor.METHODS.items()}

    def visit(self, e: Expr) -> R:
        return self._dispatch[type(e)](self, e)  # type: ignore[no-any-return]

    @abc.abstractmethod
    def const(self, e: Const) -> R: ...

    @abc.abstractmethod
    def fact(self, e: Fact) -> R: ...

    @abc.abstractmethod
    def result_value(self, e: ResultValue) -> R: ...

    @abc.abstractmethod
    def member(self, e: Member) -> R: ...

    @abc.abstractmethod
    def judgment(self, e: Judgment) -> R: ...

    @abc.abstractmethod
    def not_(self, e: Not) -> R: ...

    @abc.abstractmethod
    def and_(self, e: And) -> R: ...

    @abc.abstractmethod
    def or_(self, e: Or) -> R: ...

    @abc.abstractmethod
    def compare(self, e: Compare) -> R: ...

    @abc.abstractmethod
    def arith(self, e: Arith) -> R: ...

    @abc.abstractmethod
    def one_of(self, e: OneOf) -> R: ...

    @abc.abstractmethod
    def shift(self, e: Shift) -> R: ...

    @abc.abstractmethod
    def elapsed(self, e: Elapsed) -> R: ...

    @abc.abstractmethod
    def time_on(self, e: TimeOn) -> R: ...

    @abc.abstractmethod
    def recurrence(self, e: Recurrence) -> R: ...

    @abc.abstractmethod
    def invalid(self, e: Invalid) -> R: ...


assert set(ExprVisitor.METHODS) == set(EXPR_KINDS), "every expression kind has a visitor method"


# ---- declarations -------------------------------------------------------------------


@attrs.frozen
class Source:
    """`kilde register "CPR"` (kind register), `kilde borger`, `kilde skøn "…"`."""

    kind: SourceKind = attrs.field(converter=SourceKind)
    text: str | None


@attrs.frozen
class Concept:
    """A `begreb`: a fact the evaluator reads."""

    name: str
    type: Type
    description: str | None
    source: Source | None
    span: Span = _span()


@attrs.frozen
class TargetGroup:
    number: int
    name: str
    title: str | None
    condition: Expr
    span: Span = _span()


@attrs.frozen
class Division:
    """`inddeling NAVN: g1, g2, … [, hvis BETINGELSE]`: every citizen for whom the condition holds
    (every citizen without one) is in exactly one of the groups (KL: "hvilken af de fem
    hovedmålgrupper borgeren tilhører"). The solver checks it (K005, K006)."""

    name: str
    groups: tuple[str, ...]
    scope: Expr | None
    span: Span = _span()


@attrs.frozen
class Location:
    """Where a provision stands: § (and stk., nr.). ``implicit_stk`` for a § without stk."""

    paragraf: str
    stk: int
    nr: int | None = None
    implicit_stk: bool = False
    #: The citation as a drafter writes it: `§ 44, stk. 2, nr. 1` (`§ 44` for a single-stk §).
    label: str = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        text = f"§ {format_secnum(self.paragraf)}"
        if not self.implicit_stk:
            text += f", stk. {self.stk}"
        if self.nr is not None:
            text += f", nr. {self.nr}"
        object.__setattr__(self, "label", text)

    def __str__(self) -> str:
        return self.label


def format_secnum(number: str) -> str:
    """`42a` → `42 a`, as Danish acts write it."""
    if number and number[-1].isalpha():
        return f"{number[:-1]} {number[-1]}"
    return number


@attrs.frozen
class Rule:
    """One rule of a result. ``overrides`` holds the labels of the rules this one beats."""

    index: int
    location: Location
    result: str
    groups: tuple[str, ...]
    value: Expr
    condition: Expr | None
    exception_to: tuple[str, ...]
    references: tuple[str, ...]
    overrides: frozenset[str]
    wording: str | None = None
    span: Span = _span()

    @property
    def label(self) -> str:
        return self.location.label

    @property
    def judgments(self) -> tuple[str, ...]:
        """The wording of every `skøn` in the rule's condition and value."""
        out: list[str] = []
        for part in (self.condition, self.value):
            if part is not None:
                out.extend(e.text for e in walk(part) if isinstance(e, Judgment))
        return tuple(out)


@attrs.frozen
class Result:
    """A `resultat` and the rules that decide it, in the order of the law."""

    name: str
    type: Type
    description: str | None
    rules: tuple[Rule, ...]
    span: Span = _span()


@attrs.frozen
class Chapter:
    number: str
    title: str | None
    span: Span = _span()


@attrs.frozen
class Section:
    """A §: its chapter, the labels of its stk./nr. and the rules it states."""

    number: str
    title: str | None
    chapter: str | None
    locations: tuple[Location, ...]
    rules: tuple[str, ...]
    syntax: ast.Paragraf = attrs.field(eq=False, repr=False)
    span: Span = _span()

    @property
    def label(self) -> str:
        return f"§ {format_secnum(self.number)}"


@attrs.frozen
class Expectation:
    """One `forvent`: kind ``value`` (``value``), ``outcome`` (skøn, konflikt, mangler,
    ingen regel; ``missing`` for mangler) or ``group`` (``name`` is a target group)."""

    kind: str
    name: str
    value: Value | None = None
    outcome: OutcomeKind | None = attrs.field(default=None, converter=attrs.converters.optional(OutcomeKind))
    missing: str | None = None
    span: Span = _span()


@attrs.frozen
class Case:
    """A `testsag`: the citizen's facts, supplied judgments and what is expected."""

    name: str
    facts: Mapping[str, Value]
    judgments: Mapping[str, bool]
    expectations: tuple[Expectation, ...]
    span: Span = _span()


@attrs.frozen
class Law:
    """A resolved law. Mappings keep declaration order."""

    file: str
    title: str | None
    version: str | None
    #: The text the law was read from (compared, not shown: its hash stands for it).
    text: str = attrs.field(repr=False)
    concepts: Mapping[str, Concept]
    groups: Mapping[str, TargetGroup]
    results: Mapping[str, Result]
    chapters: tuple[Chapter, ...]
    sections: tuple[Section, ...]
    cases: tuple[Case, ...]
    syntax: ast.Law = attrs.field(eq=False, repr=False)
    divisions: tuple[Division, ...] = ()
    _rules: tuple[Rule, ...] | None = attrs.field(init=False, default=None, eq=False, repr=False)
    _sha256: str | None = attrs.field(init=False, default=None, eq=False, repr=False)

    @property
    def sha256(self) -> str:
        """The SHA-256 of the law's text as UTF-8 (computed when first asked for: the language
        server makes a model at every edit, and never asks)."""
        if self._sha256 is None:
            object.__setattr__(self, "_sha256", hashlib.sha256(self.text.encode("utf-8")).hexdigest())
        assert self._sha256 is not None
        return self._sha256

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule, in the order of the law (put in order when first asked for: the language
        server makes a model at every edit, and most never ask)."""
        if self._rules is None:
            ordered = sorted((r for res in self.results.values() for r in res.rules), key=lambda r: r.index)
            object.__setattr__(self, "_rules", tuple(ordered))
        assert self._rules is not None
        return self._rules

    def section(self, number: str) -> Section | None:
        for s in self.sections:
            if s.number == number:
                return s
        return None


def law_expressions(law: Law) -> Iterator[Expr]:
    """The root of every expression the law states: target-group conditions, the divisions'
    conditions, then each rule's condition and value, in the order of the law."""
    for group in law.groups.values():
        yield group.condition
    for division in law.divisions:
        if division.scope is not None:
            yield division.scope
    for rule in law.rules:
        if rule.condition is not None:
            yield rule.condition
        yield rule.value


_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})


def judgment_ids(law: Law) -> dict[str, str]:
    """Every `skøn` of the law by a stable identifier: identifier → wording, in the order of
    the law (target groups, then rules). The identifier is the wording in lower-case ASCII
    with ``_`` between words (`konkret_individuel_vurdering`); a second wording that gives
    the same identifier gets ``_2``, and so on. Input may name a judgment by either."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for expr in law_expressions(law):
        for e in walk(expr):
            if not isinstance(e, Judgment) or e.text in seen:
                continue
            seen.add(e.text)
            base = re.sub(r"[^a-z0-9]+", "_", e.text.lower().translate(_TRANSLITERATE)).strip("_") or "skoen"
            if base[0].isdigit():
                base = "skoen_" + base
            ident, n = base, 1
            while ident in out:
                n += 1
                ident = f"{base}_{n}"
            out[ident] = e.text
    return out


def replace_in_law(law: Law, fn: Callable[[Expr], Expr | None]) -> Law:
    """``law`` with :func:`replace` applied to every expression it states."""
    groups = {name: attrs.evolve(g, condition=replace(g.condition, fn)) for name, g in law.groups.items()}
    results = {
        name: attrs.evolve(res, rules=tuple(
            attrs.evolve(r, value=replace(r.value, fn),
                         condition=None if r.condition is None else replace(r.condition, fn))
            for r in res.rules))
        for name, res in law.results.items()
    }
    divisions = tuple(attrs.evolve(d, scope=None if d.scope is None else replace(d.scope, fn)) for d in law.divisions)
    return attrs.evolve(law, groups=groups, results=results, divisions=divisions)
