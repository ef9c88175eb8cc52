"""The syntax tree of a .lov file: frozen attrs classes, each with the span it came from.

Spans do not take part in equality, so a file and its formatted form have equal trees.
Parentheses are not kept: the formatter puts them back where precedence needs them.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Iterator, Union

import attrs

from dsl.spans import Span


def _span() -> Span:
    return attrs.field(eq=False, repr=False, kw_only=True)  # type: ignore[no-any-return]


# ---- leaves ---------------------------------------------------------------------


@attrs.frozen
class Name:
    value: str
    span: Span = _span()


@attrs.frozen
class Text:
    """A string literal; adjacent literals ("…" "…") are kept as parts of one text."""

    parts: tuple[str, ...]
    span: Span = _span()

    @property
    def value(self) -> str:
        return "".join(self.parts)


@attrs.frozen
class Ref:
    """A citation: `§ 44`, `§ 44, stk. 2`, `§ 44, stk. 2, nr. 3`, or `stk. 2` within the same §."""

    paragraf: str | None
    stk: int | None
    nr: int | None
    span: Span = _span()


# ---- expressions ----------------------------------------------------------------


@attrs.frozen
class Integer:
    value: int
    span: Span = _span()


@attrs.frozen
class Amount:
    """An amount in kroner, exact: `30 kr.`, `30,50 kr.`."""

    value: Decimal
    text: str
    span: Span = _span()


@attrs.frozen
class Period:
    """A period as written: number (digits or a number word) and unit (any unit).

    ``cadence`` marks the ordinal form `hver 7. dag`.
    """

    amount: int
    number_text: str
    unit: str
    cadence: bool = False
    span: Span = _span()


@attrs.frozen
class DateValue:
    """An ISO date, `2026-01-05`."""

    value: datetime.date
    span: Span = _span()


@attrs.frozen
class Recurrence:
    """`hver 4. uge fra tilmeldt`: an appointment that recurs from a date."""

    step: Period
    start: Expr
    span: Span = _span()


@attrs.frozen
class TimeOn:
    """Time on some values of a history, in weeks (SEMANTICS.md, "Tid i et forløb").

    ``kind`` is `sammenlagt` (the days on the values, summed; ``limit`` the window `inden for
    de seneste …`) or `sammenhængende` (the current spell; ``limit`` the interruption that does
    not restart it: `med afbrydelser under …`). No ``values`` means every value of the history.
    """

    kind: str
    values: tuple[Name, ...]
    history: Name
    limit: Expr | None
    span: Span = _span()


@attrs.frozen
class Bool:
    value: bool
    span: Span = _span()


@attrs.frozen
class TextValue:
    text: Text
    span: Span = _span()


@attrs.frozen
class NameRef:
    name: Name
    span: Span = _span()


@attrs.frozen
class OneOf:
    """`ydelse i (dagpenge, kontanthjælp)`."""

    name: Name
    options: tuple[Name, ...]
    span: Span = _span()


@attrs.frozen
class Judgment:
    """`skøn "…"`: a point where automation stops and a caseworker decides."""

    text: Text
    span: Span = _span()


@attrs.frozen
class InGroup:
    """`målgruppe unge`: the citizen belongs to a target group."""

    name: Name
    span: Span = _span()


@attrs.frozen
class Not:
    operand: Expr
    span: Span = _span()


@attrs.frozen
class BoolOp:
    """`og` / `eller`."""

    op: str
    left: Expr
    right: Expr
    span: Span = _span()


@attrs.frozen
class Compare:
    """`<`, `<=`, `>`, `>=`, `=`, `!=` (≤, ≥ and ≠ are read as their ASCII forms)."""

    op: str
    left: Expr
    right: Expr
    span: Span = _span()


@attrs.frozen
class Arith:
    """`+`, `-`, `*`."""

    op: str
    left: Expr
    right: Expr
    span: Span = _span()


Expr = Union[
    Integer, Amount, Period, Bool, TextValue, NameRef, OneOf, Judgment, InGroup, Not, BoolOp,
    Compare, Arith, DateValue, Recurrence, TimeOn,
]


# ---- declarations ---------------------------------------------------------------


@attrs.frozen
class LawTitle:
    text: Text
    span: Span = _span()


@attrs.frozen
class LawVersion:
    text: Text
    span: Span = _span()


@attrs.frozen
class TypeExpr:
    """A declared type. ``kind`` is heltal, sandhedsværdi, beløb, tekst, valg or periode.

    For a period type ``unit`` is the unit as written (the language's period type is `uger`).
    """

    kind: str
    options: tuple[Name, ...] = ()
    unit: str | None = None
    span: Span = _span()


@attrs.frozen
class Source:
    """Where a fact comes from: `kilde register "CPR"`, `kilde borger`, `kilde skøn "…"`."""

    kind: str
    text: Text | None
    span: Span = _span()


@attrs.frozen
class Begreb:
    name: Name
    type: TypeExpr
    description: Text | None
    source: Source | None
    span: Span = _span()


@attrs.frozen
class Malgruppe:
    number: int
    name: Name
    title: Text | None
    condition: Expr
    span: Span = _span()


@attrs.frozen
class Inddeling:
    """`inddeling NAVN: g1, g2, …[, hvis BETINGELSE]`."""

    name: Name
    groups: tuple[Name, ...]
    condition: Expr | None
    span: Span = _span()


@attrs.frozen
class Resultat:
    name: Name
    type: TypeExpr
    description: Text | None
    span: Span = _span()


@attrs.frozen
class Kapitel:
    number: str
    title: Text | None
    span: Span = _span()


# ---- sections and provisions ----------------------------------------------------


@attrs.frozen
class Rule:
    """`[For målgruppe X] RESULT er VALUE[, hvis COND][, jf. REF].` plus its clauses.

    ``wording`` is law text written in front of the rule in the same provision: the
    sentence as the act states it, which the rule makes executable.
    """

    groups: tuple[Name, ...]
    result: Name
    value: Expr
    conditions: tuple[Expr, ...]
    references: tuple[Ref, ...]
    exceptions: tuple[Ref, ...]
    wording: Text | None = None
    span: Span = _span()

    @property
    def condition(self) -> Expr | None:
        """All `hvis` parts joined with `og` (None when the rule is unconditional)."""
        if not self.conditions:
            return None
        cond = self.conditions[0]
        for more in self.conditions[1:]:
            cond = BoolOp("og", cond, more, span=cond.span.to(more.span))
        return cond


@attrs.frozen
class Prose:
    """Law text that is not executable; the checks still read it."""

    text: Text
    references: tuple[Ref, ...]
    span: Span = _span()


Provision = Union[Rule, Prose]


@attrs.frozen
class Nr:
    number: int
    provision: Provision
    span: Span = _span()


@attrs.frozen
class Stk:
    """A subsection. A § written without `stk.` has one implicit stk. 1."""

    number: int
    provision: Provision | None
    items: tuple[Nr, ...]
    implicit: bool = False
    span: Span = _span()


@attrs.frozen
class Paragraf:
    number: str
    title: Text | None
    stks: tuple[Stk, ...]
    span: Span = _span()


# ---- test cases -----------------------------------------------------------------


@attrs.frozen
class GivenFact:
    name: Name
    value: Expr
    span: Span = _span()


@attrs.frozen
class Spell:
    """One period of a history in a test case: `dagpenge fra 2026-01-05 [til 2026-03-01]`."""

    value: Name
    start: DateValue
    end: DateValue | None
    span: Span = _span()


@attrs.frozen
class GivenHistory:
    """`givet ydelsesforløb = [sygedagpenge fra …  til …, dagpenge fra …]`."""

    name: Name
    spells: tuple[Spell, ...]
    span: Span = _span()


@attrs.frozen
class GivenJudgment:
    text: Text
    value: Expr
    span: Span = _span()


@attrs.frozen
class ExpectValue:
    name: Name
    value: Expr
    span: Span = _span()


@attrs.frozen
class ExpectOutcome:
    """`forvent x = skøn | tvetydig | konflikt | mangler NAME | ingen regel`."""

    name: Name
    outcome: str
    missing: Name | None = None
    span: Span = _span()


@attrs.frozen
class ExpectGroup:
    name: Name
    value: Expr
    span: Span = _span()


Given = Union[GivenFact, GivenHistory, GivenJudgment]
Expectation = Union[ExpectValue, ExpectOutcome, ExpectGroup]


@attrs.frozen
class Givet:
    items: tuple[Given, ...]
    span: Span = _span()


@attrs.frozen
class Forvent:
    items: tuple[Expectation, ...]
    span: Span = _span()


@attrs.frozen
class Testsag:
    name: Text
    steps: tuple[Givet | Forvent, ...]
    span: Span = _span()


Item = Union[LawTitle, LawVersion, Begreb, Malgruppe, Inddeling, Resultat, Kapitel, Paragraf, Testsag]


@attrs.frozen
class Comment:
    text: str
    span: Span = _span()


@attrs.frozen
class Law:
    """A parsed file: its items in order and its comments (kept for the formatter)."""

    items: tuple[Item, ...]
    comments: tuple[Comment, ...] = attrs.field(default=(), eq=False)
    file: str = attrs.field(default="<tekst>", eq=False)


# ---- traversal ------------------------------------------------------------------------


def provisions(law: Law) -> Iterator[tuple[Paragraf, Provision]]:
    """Every provision of every § (stk. and nr.), in the order of the file."""
    for item in law.items:
        if isinstance(item, Paragraf):
            for stk in item.stks:
                if stk.provision is not None:
                    yield item, stk.provision
                for nr in stk.items:
                    yield item, nr.provision


def law_expressions(law: Law) -> Iterator[Expr]:
    """The root of every expression the law states — target-group conditions, rule values
    and conditions — in the order of the file. Test cases are left out: their values
    describe a citizen, not the law."""
    for item in law.items:
        if isinstance(item, Malgruppe):
            yield item.condition
        elif isinstance(item, Inddeling) and item.condition is not None:
            yield item.condition
        elif isinstance(item, Paragraf):
            for _, provision in provisions(Law((item,))):
                if isinstance(provision, Rule):
                    yield provision.value
                    yield from provision.conditions


def sub_expressions(expr: Expr) -> Iterator[Expr]:
    """``expr`` and every expression inside it, depth first, left to right."""
    stack: list[Expr] = [expr]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (BoolOp, Compare, Arith)):
            stack.append(node.right)
            stack.append(node.left)
        elif isinstance(node, Not):
            stack.append(node.operand)
        elif isinstance(node, Recurrence):
            stack.append(node.start)
            stack.append(node.step)
        elif isinstance(node, TimeOn) and node.limit is not None:
            stack.append(node.limit)


def periods(law: Law) -> Iterator[Period]:
    """Every period the law states in its syntax (not in text, not in test cases)."""
    for root in law_expressions(law):
        for node in sub_expressions(root):
            if isinstance(node, Period):
                yield node
