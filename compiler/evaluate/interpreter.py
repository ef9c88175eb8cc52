"""The reference interpreter: the semantics of a law, written once (see SEMANTICS.md).

:func:`evaluate` decides one result for one citizen; :func:`target_groups` decides the
membership of every target group; :func:`explain` returns an outcome with its derivation.
The generated evaluators (:mod:`compiler.codegen.python.module`) must agree with this module on every
input; the differential property test checks that they do.

Values are three-valued where facts or judgments are not known: an expression evaluates
to a value or to an :class:`Outcome` that says why it is not known (a missing fact, a
judgment nobody supplied, or a result it depends on that has no value). `og` and `eller`
are Kleene connectives; every other operator is strict.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Mapping, Union

import attrs

from compiler.evaluate import prelude
from dsl import model as m
from dsl import timeline
from dsl.kinds import OutcomeKind, TypeKind
from dsl.model import Value

KINDS = tuple(OutcomeKind)


@attrs.frozen
class Outcome:
    """What a result comes to for one citizen.

    ``kind`` is one of :data:`KINDS`. ``value`` is set for kind "værdi". ``rules`` are the
    deciding rule labels: the winning rule for a value, the rule (or `målgruppe N navn`)
    where the judgment or the missing fact was needed, or the clashing rules of a conflict.
    ``judgment`` is the wording of an unsupplied `skøn`; ``missing`` the missing begreb.
    """

    kind: OutcomeKind
    value: Value | None = None
    rules: tuple[str, ...] = ()
    judgment: str | None = None
    missing: str | None = None

    def as_tuple(self) -> tuple[OutcomeKind, Value | None, tuple[str, ...], str | None, str | None]:
        return (self.kind, self.value, self.rules, self.judgment, self.missing)


# A value during evaluation: a known value, or the outcome that says why it is not known.
Tri = Union[Value, Outcome]


class LawError(ValueError):
    """The law has errors (an unresolved expression) and cannot be evaluated."""


@attrs.frozen
class Explanation:
    """An outcome with its derivation: as data (:meth:`data`) and as Danish text (:meth:`text`)."""

    result: str
    value_kind: TypeKind
    outcome: Outcome
    rules: tuple[tuple[str, frozenset[str]], ...]
    applies: tuple[Tri, ...]
    facts: tuple[tuple[str, str, Value | None], ...]
    judgments: tuple[tuple[str, bool | None], ...]
    steps: tuple[str, ...] = ()

    def data(self) -> dict[str, object]:
        return prelude._forklaring(
            self.result, self.value_kind, self.outcome.as_tuple(), self.rules, self.applies, self.facts,
            self.judgments, self.steps,
        )

    def text(self) -> str:
        return prelude._forklaring_tekst(
            self.result, self.value_kind, self.outcome.as_tuple(), self.rules, self.applies, self.facts,
            self.judgments, self.steps,
        )


def group_label(group: m.TargetGroup) -> str:
    """How an outcome cites a target group's definition: `målgruppe 3 unge`."""
    return f"målgruppe {group.number} {group.name}"


def evaluate(
    law: m.Law, result: str, facts: Mapping[str, Value], judgments: Mapping[str, bool] = {}
) -> Outcome:
    """Decide ``result`` for the citizen described by ``facts`` (a missing key, or None, is a
    missing fact) and the caseworker's ``judgments`` (by wording)."""
    if result not in law.results:
        raise KeyError(result)
    return _Evaluation(law, facts, judgments).result(result)


def target_groups(
    law: m.Law, facts: Mapping[str, Value], judgments: Mapping[str, bool] = {}
) -> dict[str, Outcome]:
    """Membership of every target group (in declaration order): a yes/no value, or why not known."""
    ev = _Evaluation(law, facts, judgments)
    out: dict[str, Outcome] = {}
    for name, group in law.groups.items():
        member = ev.group(name)
        out[name] = member if isinstance(member, Outcome) else Outcome(OutcomeKind.VALUE, member, (group_label(group),))
    return out


def explain(
    law: m.Law, result: str, facts: Mapping[str, Value], judgments: Mapping[str, bool] = {}
) -> Explanation:
    """As :func:`evaluate`, with which rules applied, which were overridden and by what, and
    which facts and judgments were read (in the order they were first read)."""
    if result not in law.results:
        raise KeyError(result)
    ev = _Evaluation(law, facts, judgments)
    ev.explaining = result
    res = law.results[result]
    applies = tuple(ev.applies(rule) for rule in res.rules)
    outcome = ev.result(result)
    return Explanation(
        result,
        res.type.kind,
        outcome,
        tuple((r.label, r.overrides) for r in res.rules),
        applies,
        tuple((name, law.concepts[name].type.kind, value) for name, value in ev.facts_read.items()),
        tuple(ev.judgments_read.items()),
        tuple(ev.steps),
    )


def evaluation(law: m.Law, facts: Mapping[str, Value], judgments: Mapping[str, bool] = {}) -> _Evaluation:
    """One citizen's evaluation, to ask several questions of (:meth:`_Evaluation.result`,
    :meth:`~_Evaluation.group`, :meth:`~_Evaluation.applies`, :meth:`~_Evaluation.expr`) and to
    see what they read (``facts_read``, ``judgments_read``, in the order first read)."""
    return _Evaluation(law, facts, judgments)


class _Evaluation(m.ExprVisitor[Tri]):
    """One citizen's evaluation: memoises results and target groups, records what was read."""

    def __init__(self, law: m.Law, facts: Mapping[str, Value], judgments: Mapping[str, bool]) -> None:
        self.law = law
        self.facts = facts
        self.judgments = judgments
        self.results: dict[str, Outcome] = {}
        self.groups: dict[str, bool | Outcome] = {}
        self.applicability: dict[int, Tri] = {}
        self.facts_read: dict[str, Value | None] = {}
        self.judgments_read: dict[str, bool | None] = {}
        self.where = ""  # the provision whose expression is being evaluated
        # Explaining: the result explained, the results and groups being decided (innermost last)
        # and the steps of date arithmetic in the explained result's own rules.
        self.explaining: str | None = None
        self.deciding: list[str] = []
        self.steps: list[str] = []

    # ---- results --------------------------------------------------------------------
    def result(self, name: str) -> Outcome:
        if name not in self.results:
            self.deciding.append(name)
            try:
                self.results[name] = self._decide(self.law.results[name])
            finally:
                self.deciding.pop()
        return self.results[name]

    def _recording(self) -> bool:
        """Whether a step belongs in the explanation: it is in the explained result's own rules."""
        return self.explaining is not None and (not self.deciding or self.deciding == [self.explaining])

    def _decide(self, res: m.Result) -> Outcome:
        rules = res.rules
        applies = [self.applies(rule) for rule in rules]
        definite = [rule for rule, a in zip(rules, applies) if a is True]

        def beaten(rule: m.Rule) -> bool:
            return any(rule.label in other.overrides for other in definite)

        # An unknown rule that no definitely applicable rule beats could change the answer.
        for rule, a in zip(rules, applies):
            if isinstance(a, Outcome) and not beaten(rule):
                return a
        winners = [rule for rule in definite if not beaten(rule)]
        if len(winners) > 1:
            return Outcome(OutcomeKind.CONFLICT, rules=tuple(r.label for r in winners))
        if not winners:
            return Outcome(OutcomeKind.NO_RULE)
        winner = winners[0]
        value = self.expr(winner.value, winner.label)
        if isinstance(value, Outcome):
            return value
        return Outcome(OutcomeKind.VALUE, value, (winner.label,))

    def applies(self, rule: m.Rule) -> Tri:
        """Whether ``rule`` applies: member of one of its groups (if scoped) `og` its condition."""
        key = id(rule)
        if key not in self.applicability:
            self.applicability[key] = self._applies(rule)
        return self.applicability[key]

    def _applies(self, rule: m.Rule) -> Tri:
        member: Tri = True
        if rule.groups:
            member = False
            for g in rule.groups:  # `eller` over the groups, left to right
                v = self.group(g)
                if v is True:
                    member = True
                    break
                if isinstance(v, Outcome) and member is False:
                    member = v
        if member is False:
            return False
        if rule.condition is None:
            return member
        cond = self.expr(rule.condition, rule.label)
        if cond is False:
            return False
        return cond if member is True else member

    # ---- target groups ----------------------------------------------------------------
    def group(self, name: str) -> bool | Outcome:
        if name not in self.groups:
            group = self.law.groups[name]
            self.deciding.append("")
            try:
                v = self.expr(group.condition, group_label(group))
            finally:
                self.deciding.pop()
            assert isinstance(v, (bool, Outcome))
            self.groups[name] = v
        return self.groups[name]

    # ---- expressions ----------------------------------------------------------------------
    def expr(self, e: m.Expr, where: str) -> Tri:
        """The value of ``e``; ``where`` is the provision it stands in (cited when unknown)."""
        outer = self.where
        self.where = where
        try:
            return self.visit(e)
        finally:
            self.where = outer

    def const(self, e: m.Const) -> Tri:
        return e.value

    def fact(self, e: m.Fact) -> Tri:
        value = self.facts.get(e.name)
        self.facts_read.setdefault(e.name, value)
        if value is None:
            return Outcome(OutcomeKind.MISSING, rules=(self.where,), missing=e.name)
        return value

    def judgment(self, e: m.Judgment) -> Tri:
        answer = self.judgments.get(e.text)
        self.judgments_read.setdefault(e.text, answer)
        if answer is None:
            return Outcome(OutcomeKind.JUDGMENT, rules=(self.where,), judgment=e.text)
        return answer

    def member(self, e: m.Member) -> Tri:
        return self.group(e.group)

    def result_value(self, e: m.ResultValue) -> Tri:
        out = self.result(e.name)
        return out.value if out.kind == OutcomeKind.VALUE and out.value is not None else out

    def not_(self, e: m.Not) -> Tri:
        v = self.visit(e.operand)
        return v if isinstance(v, Outcome) else not v

    def and_(self, e: m.And) -> Tri:
        left = self.visit(e.left)
        if left is False:
            return False
        right = self.visit(e.right)
        if right is False:
            return False
        return right if left is True else left

    def or_(self, e: m.Or) -> Tri:
        left = self.visit(e.left)
        if left is True:
            return True
        right = self.visit(e.right)
        if right is True:
            return True
        return right if left is False else left

    def _operands(self, e: m.Compare | m.Arith) -> tuple[Value, Value] | Outcome:
        return self._pair(e.left, e.right)

    def compare(self, e: m.Compare) -> Tri:
        both = self._operands(e)
        return both if isinstance(both, Outcome) else _compare(e.op, *both)

    def arith(self, e: m.Arith) -> Tri:
        both = self._operands(e)
        return both if isinstance(both, Outcome) else _arith(e.op, *both)

    def one_of(self, e: m.OneOf) -> Tri:
        v = self.visit(e.operand)
        return v if isinstance(v, Outcome) else v in e.options

    # ---- time ------------------------------------------------------------------------------
    def _ambiguous(self, candidates: tuple[object, ...]) -> Outcome:
        return Outcome(OutcomeKind.AMBIGUOUS, candidates, rules=(self.where,))  # type: ignore[arg-type]

    def shift(self, e: m.Shift) -> Tri:
        date = self.visit(e.date)
        period = self.visit(e.period)
        if isinstance(date, Outcome):
            return date
        if isinstance(period, Outcome):
            return period
        assert isinstance(date, datetime.date) and isinstance(period, (int, Fraction))
        moved = timeline._flyt(date, 1 if e.op == "+" else -1, period, e.months)
        if self._recording():
            name = e.date.name if isinstance(e.date, (m.Fact, m.ResultValue)) else None
            text = e.period.text if isinstance(e.period, m.Const) else prelude._tekst("uger", period)
            self.steps.append(prelude._trin_flyt(name, date, e.op, text, moved, self.where))
        return self._ambiguous(moved) if isinstance(moved, tuple) else moved

    def elapsed(self, e: m.Elapsed) -> Tri:
        both = self._pair(e.later, e.earlier)
        if isinstance(both, Outcome):
            return both
        later, earlier = both
        assert isinstance(later, datetime.date) and isinstance(earlier, datetime.date)
        return timeline._mellem(later, earlier)

    def time_on(self, e: m.TimeOn) -> Tri:
        history = self.visit(e.history)
        today = self.visit(e.today)
        limit = self.visit(e.limit) if e.limit is not None else None
        for part in (history, today, limit):
            if isinstance(part, Outcome):
                return part
        assert isinstance(history, tuple) and isinstance(today, datetime.date)
        values = frozenset(e.values) if e.values else None
        counted = timeline._tid(e.kind, history, values, today, limit, e.limit_months)  # type: ignore[arg-type]
        if self._recording():
            self.steps.append(prelude._trin_tid(e.text, today, counted, self.where))
        return self._ambiguous(counted) if isinstance(counted, tuple) else counted
    def recurrence(self, e: m.Recurrence) -> Tri:
        both = self._pair(e.start, e.step)
        if isinstance(both, Outcome):
            return both
        return (both[0], both[1], e.months)

    def _pair(self, a: m.Expr, b: m.Expr) -> tuple[Value, Value] | Outcome:
        left = self.visit(a)
        right = self.visit(b)
        if isinstance(left, Outcome):
            return left
        if isinstance(right, Outcome):
            return right
        return left, right

    def invalid(self, e: m.Invalid) -> Tri:
        raise LawError(f"loven har fejl og kan ikke evalueres ({self.where})")


def _compare(op: str, left: Value, right: Value) -> bool:
    if op == "=":
        return left == right
    if op == "!=":
        return left != right
    if isinstance(left, datetime.date) and isinstance(right, datetime.date):
        a, b = left.toordinal(), right.toordinal()
    else:
        a, b = _number(left), _number(right)  # type: ignore[assignment]
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def _arith(op: str, left: Value, right: Value) -> Value:
    a, b = _number(left), _number(right)
    if op == "+":
        return a + b  # type: ignore[operator]
    if op == "-":
        return a - b  # type: ignore[operator]
    return a * b  # type: ignore[operator]


def _number(v: Value) -> int | Decimal | Fraction:
    assert isinstance(v, (int, Decimal, Fraction)) and not isinstance(v, bool)
    return v
