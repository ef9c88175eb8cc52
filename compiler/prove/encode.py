"""The law model as solver terms: one more back end of the one expression visitor.

Every expression becomes a :class:`Term`, a pair (*known*, *value*), so that the three-valued
logic of SEMANTICS.md is kept exactly: `og`/`eller` are Kleene, every other operator is strict.
The solver's citizens are complete — every fact present, every judgment supplied — so an
unknown can only come from a result without a value (a conflict, no rule) or from date
arithmetic the calendar cannot fix.

Sorts: heltal → Int; sandhedsværdi → Bool; beløb → Real in whole øre; uger → Real (a fact in
whole weeks); dato → Int (the proleptic ordinal, 2000–2099); valg and tekst → Int, an index into
the law's option names and text constants (a text fact may also be "another text", -1);
judgments → free Bools, one per wording. A history is a bounded list of periods
(:data:`SPELLS`), each a value, a first and a last day, and `sammenlagt tid` over it is exact;
`sammenhængende tid` and calendar months are over-approximated by fresh variables within sound
bounds. A witness is therefore always confirmed by the interpreter before it is reported.
"""

from __future__ import annotations

import datetime
import operator
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, Mapping

import attrs
import z3

from dsl import model as m
from dsl.kinds import TypeKind

#: The most periods a history of a witness has.
SPELLS = 3
FIRST_DAY = datetime.date(2000, 1, 1).toordinal()
LAST_DAY = datetime.date(2099, 12, 31).toordinal()
OTHER_TEXT = -1


class EncodingError(ValueError):
    """An expression with an error (the law must resolve without errors to be proved)."""


@attrs.frozen
class Term:
    """An expression for the solver: ``known`` holds when it has a value, ``value`` is it then."""

    known: Any
    value: Any


@attrs.frozen
class History:
    """The solver's variables for one `forløb` fact: ``present[i]``, ``value[i]``, ``first[i]``, ``last[i]``."""

    present: tuple[Any, ...]
    value: tuple[Any, ...]
    first: tuple[Any, ...]
    last: tuple[Any, ...]


@attrs.frozen
class RuleTerms:
    """Whether a rule applies (a Kleene Term), is definite, beaten and a winner."""

    rule: m.Rule
    applies: Term
    definite: Any
    beaten: Any
    winner: Any


@attrs.frozen
class ResultTerms:
    """A result's outcome as formulas: ``blocked`` (an unknown, unbeaten rule), ``conflict``,
    ``no_rule`` and the value ``term``."""

    rules: tuple[RuleTerms, ...]
    blocked: Any
    conflict: Any
    no_rule: Any
    term: Term


def _or(ctx: z3.Context, *xs: Any) -> Any:
    """A disjunction of what may be one formula only (a choice's codes), false of none; kept
    apart from :meth:`_Logic.any`, which would give that one formula bare and so let the solver
    pick other witnesses."""
    return z3.Or(*xs) if xs else z3.BoolVal(False, ctx)


def _fold(xs: tuple[Any, ...], unit: Any, absorbing: Any, make: Callable[..., Any]) -> Any:
    """``make(*xs)`` without the ``unit`` constant; ``absorbing`` if one of them is that one."""
    rest = []
    for x in xs:
        if x is absorbing:
            return absorbing
        if x is not unit:
            rest.append(x)
    return unit if not rest else rest[0] if len(rest) == 1 else make(*rest)


class _Logic:
    """`og`, `eller` and `ikke` over formulas, leaving out the constants true and false (the
    encoder's own objects) instead of building them into the term: most values are always
    known (a fact, a constant), so most `known` formulas are just true. Fewer z3 calls, and
    smaller questions for the solver; the formulas mean the same."""

    def __init__(self, ctx: z3.Context) -> None:
        self.true = z3.BoolVal(True, ctx)
        self.false = z3.BoolVal(False, ctx)

    def all(self, *xs: Any) -> Any:
        return _fold(xs, self.true, self.false, z3.And)

    def any(self, *xs: Any) -> Any:
        return _fold(xs, self.false, self.true, z3.Or)

    def not_(self, x: Any) -> Any:
        return self.false if x is self.true else self.true if x is self.false else z3.Not(x)

    def kleene_and(self, a: Term, b: Term) -> Term:
        """Known when both are, or either is false; true when both are."""
        if a.known is self.true and b.known is self.true:
            return Term(self.true, self.all(a.value, b.value))
        false_a, false_b = self.all(a.known, self.not_(a.value)), self.all(b.known, self.not_(b.value))
        return Term(self.any(self.all(a.known, b.known), false_a, false_b), self.all(a.known, a.value, b.known, b.value))

    def kleene_or(self, a: Term, b: Term) -> Term:
        """Known when both are, or either is true; true when either is."""
        if a.known is self.true and b.known is self.true:
            return Term(self.true, self.any(a.value, b.value))
        true_a, true_b = self.all(a.known, a.value), self.all(b.known, b.value)
        return Term(self.any(self.all(a.known, b.known), true_a, true_b), self.any(true_a, true_b))


class Encoder(m.ExprVisitor[Term]):
    """Builds terms for one law; facts, judgments, groups and results are encoded once.

    Every term lives in the encoder's own z3 context, so what the solver answers (and which
    witness it finds) depends on this law alone, not on what was solved before in the process."""

    def __init__(self, law: m.Law) -> None:
        self.law = law
        self.ctx = z3.Context()
        self.logic = _Logic(self.ctx)
        self.true, self.false = self.logic.true, self.logic.false
        self.symbols = _symbols(law)
        self.facts: dict[str, Any] = {}
        self.histories: dict[str, History] = {}
        self.judgments: dict[str, Any] = {}
        self.domain: list[Any] = []  # the constraints every citizen satisfies
        self.groups: dict[str, Term] = {}
        self.results: dict[str, ResultTerms] = {}
        self._fresh = 0

    # ---- inputs -----------------------------------------------------------------------
    def fact_var(self, name: str) -> Any:
        if name in self.facts:
            return self.facts[name]
        concept = self.law.concepts[name]
        kind, key = concept.type.kind, f"f:{name}"
        if kind is TypeKind.BOOLEAN:
            var = z3.Bool(key, self.ctx)
        elif kind is TypeKind.INTEGER:  # a testsag writes no negative number
            var = z3.Int(key, self.ctx)
            self.domain.append(var >= 0)
        elif kind is TypeKind.AMOUNT:
            var = z3.Real(key, self.ctx)
            self.domain.append(z3.And(z3.IsInt(var * 100), var >= 0))
        elif kind is TypeKind.WEEKS:
            var = z3.Int(key, self.ctx)
            self.domain.append(var >= 0)
        elif kind is TypeKind.DATE:
            var = z3.Int(key, self.ctx)
            self.domain.append(z3.And(var >= FIRST_DAY, var <= LAST_DAY))
        elif kind is TypeKind.CHOICE:
            var = z3.Int(key, self.ctx)
            self.domain.append(self._one_of(var, concept.type.options))
        elif kind is TypeKind.TEXT:
            var = z3.Int(key, self.ctx)
            texts = [i for s, i in self.symbols.items() if s.startswith('"')]
            self.domain.append(_or(self.ctx, var == OTHER_TEXT, *(var == i for i in texts)))
        else:  # a cadence given as a fact is only ever passed on
            var = z3.Int(key, self.ctx)
        self.facts[name] = var
        return var

    def history(self, name: str) -> History:
        if name not in self.histories:
            options = self.law.concepts[name].type.options
            present: list[Any] = []
            value: list[Any] = []
            first: list[Any] = []
            last: list[Any] = []
            for i in range(SPELLS):
                p, v = z3.Bool(f"h:{name}:{i}:p", self.ctx), z3.Int(f"h:{name}:{i}:v", self.ctx)
                a, b = z3.Int(f"h:{name}:{i}:fra", self.ctx), z3.Int(f"h:{name}:{i}:til", self.ctx)
                self.domain += [self._one_of(v, options), a >= FIRST_DAY, b <= LAST_DAY, a <= b]
                if i:  # present periods first, in order, not touching
                    self.domain += [z3.Implies(p, present[-1]), z3.Implies(p, a > last[-1])]
                present.append(p)
                value.append(v)
                first.append(a)
                last.append(b)
            self.histories[name] = History(tuple(present), tuple(value), tuple(first), tuple(last))
        return self.histories[name]

    def _one_of(self, var: Any, options: tuple[str, ...]) -> Any:
        """``var`` is the code of one of ``options``."""
        return _or(self.ctx, *(var == self.symbols[o] for o in options))

    def judgment_var(self, text: str) -> Any:
        if text not in self.judgments:
            self.judgments[text] = z3.Bool(f"s:{text}", self.ctx)
        return self.judgments[text]

    def unknown_value(self, type_: m.Type) -> Any:
        """A value of the right sort that nothing fixes (a result without rules has none)."""
        if type_.kind is TypeKind.BOOLEAN:
            return self.fresh("bool")
        if type_.kind in (TypeKind.AMOUNT, TypeKind.WEEKS):
            return z3.ToReal(self.fresh("int"))
        return self.fresh("int")

    def fresh(self, sort: str) -> Any:
        self._fresh += 1
        return z3.Int(f"_{sort}{self._fresh}", self.ctx) if sort == "int" else z3.Bool(f"_{sort}{self._fresh}", self.ctx)

    # ---- groups and results -----------------------------------------------------------
    def group(self, name: str) -> Term:
        if name not in self.groups:
            self.groups[name] = self.visit(self.law.groups[name].condition)
        return self.groups[name]

    def applies(self, rule: m.Rule) -> Term:
        """Member of one of its groups (Kleene `eller`, if scoped) `og` its condition."""
        member = Term(self.true, self.true)
        if rule.groups:
            member = self.group(rule.groups[0])
            for g in rule.groups[1:]:
                member = self.logic.kleene_or(member, self.group(g))
        if rule.condition is None:
            return member
        return self.logic.kleene_and(member, self.visit(rule.condition))

    def result(self, name: str) -> ResultTerms:
        if name in self.results:
            return self.results[name]
        res = self.law.results[name]
        all_, any_, not_ = self.logic.all, self.logic.any, self.logic.not_
        applies = [self.applies(r) for r in res.rules]
        definite = [all_(a.known, a.value) for a in applies]
        terms: list[RuleTerms] = []
        for rule, a, d in zip(res.rules, applies, definite):
            beaten = any_(*(d2 for other, d2 in zip(res.rules, definite) if rule.label in other.overrides))
            terms.append(RuleTerms(rule, a, d, beaten, all_(d, not_(beaten))))
        blocked = any_(*(all_(not_(t.applies.known), not_(t.beaten)) for t in terms))
        winners = [t.winner for t in terms]
        many = z3.PbGe([(w, 1) for w in winners], 2) if len(winners) > 1 else self.false
        one = z3.PbEq([(w, 1) for w in winners], 1) if winners else self.false
        values = [self.visit(r.value) for r in res.rules]
        known = all_(not_(blocked), one, any_(*(all_(w, v.known) for w, v in zip(winners, values))))
        value = values[-1].value if values else self.unknown_value(res.type)
        for w, v in reversed(list(zip(winners, values))[:-1]):
            value = z3.If(w, v.value, value)
        out = ResultTerms(tuple(terms), blocked, all_(not_(blocked), many), all_(not_(blocked), not_(any_(*winners))),
                          Term(known, value))
        self.results[name] = out
        return out

    # ---- expressions ------------------------------------------------------------------
    def const(self, e: m.Const) -> Term:
        return Term(self.true, self._constant(e.value, e.type))

    def _constant(self, value: Any, type_: m.Type) -> Any:
        kind = type_.kind
        if kind is TypeKind.BOOLEAN:
            return z3.BoolVal(bool(value), self.ctx)
        if kind is TypeKind.DATE:
            return z3.IntVal(value.toordinal(), self.ctx)
        if kind is TypeKind.CHOICE:
            return z3.IntVal(self.symbols[value], self.ctx)
        if kind is TypeKind.TEXT:
            return z3.IntVal(self.symbols['"' + value], self.ctx)
        if isinstance(value, (Decimal, Fraction)) or kind in (TypeKind.AMOUNT, TypeKind.WEEKS):
            return z3.RealVal(str(Fraction(value)), self.ctx)
        if isinstance(value, int):
            return z3.IntVal(value, self.ctx)
        return self.fresh("int")  # a cadence constant: opaque

    def fact(self, e: m.Fact) -> Term:
        if e.type.kind is TypeKind.HISTORY:
            return Term(self.true, self.fresh("int"))  # only ever counted by time_on, never compared
        return Term(self.true, self.fact_var(e.name))

    def result_value(self, e: m.ResultValue) -> Term:
        return self.result(e.name).term

    def member(self, e: m.Member) -> Term:
        return self.group(e.group)

    def judgment(self, e: m.Judgment) -> Term:
        return Term(self.true, self.judgment_var(e.text))

    def not_(self, e: m.Not) -> Term:
        a = self.visit(e.operand)
        return Term(a.known, self.logic.not_(a.value))

    def and_(self, e: m.And) -> Term:
        return self.logic.kleene_and(self.visit(e.left), self.visit(e.right))

    def or_(self, e: m.Or) -> Term:
        return self.logic.kleene_or(self.visit(e.left), self.visit(e.right))

    def compare(self, e: m.Compare) -> Term:
        a, b = self.visit(e.left), self.visit(e.right)
        x, y = a.value, b.value
        return Term(self.logic.all(a.known, b.known), _COMPARE[e.op](x, y))

    def arith(self, e: m.Arith) -> Term:
        a, b = self.visit(e.left), self.visit(e.right)
        x, y = a.value, b.value
        value = x + y if e.op == "+" else x - y if e.op == "-" else x * y
        return Term(self.logic.all(a.known, b.known), value)

    def one_of(self, e: m.OneOf) -> Term:
        a = self.visit(e.operand)
        return Term(a.known, self._one_of(a.value, e.options))

    def shift(self, e: m.Shift) -> Term:
        date, period = self.visit(e.date), self.visit(e.period)
        known = self.logic.all(date.known, period.known)
        sign = 1 if e.op == "+" else -1
        if e.months is not None:
            # The calendar: the same day some months on, between 28 and 31 days a month;
            # whether that day exists (else `tvetydig`) is left open.
            moved, exists = self.fresh("int"), self.fresh("bool")
            months = abs(e.months)
            low, high = date.value + sign * 28 * months, date.value + sign * 31 * months
            self.domain.append(z3.And(moved >= z3.If(sign > 0, low, high), moved <= z3.If(sign > 0, high, low)))
            return Term(self.logic.all(known, exists), moved)
        days = period.value * 7
        if z3.is_int(days):
            return Term(known, date.value + sign * days)
        return Term(self.logic.all(known, z3.IsInt(days)), date.value + sign * z3.ToInt(days))

    def elapsed(self, e: m.Elapsed) -> Term:
        later, earlier = self.visit(e.later), self.visit(e.earlier)
        return Term(self.logic.all(later.known, earlier.known), z3.ToReal(later.value - earlier.value) / 7)

    def time_on(self, e: m.TimeOn) -> Term:
        today = self.visit(e.today)
        if not isinstance(e.history, m.Fact):  # not a begreb: a count nothing here fixes
            counted = self.fresh("int")
            self.domain.append(counted >= 0)
            return Term(today.known, z3.ToReal(counted) / 7)
        history = self.history(e.history.name)
        known = today.known
        wanted = tuple(self.symbols[v] for v in e.values) if e.values else None
        if e.kind == "sammenlagt":
            start = None
            if e.limit is not None:
                window = self.visit(e.limit)
                known = self.logic.all(known, window.known)
                if e.limit_months is None:
                    days = window.value * 7
                    start = today.value - (days if z3.is_int(days) else z3.ToInt(days)) + 1
                    if not z3.is_int(days):
                        known = self.logic.all(known, z3.IsInt(days))
                else:
                    start, exists = self.fresh("int"), self.fresh("bool")
                    months = e.limit_months
                    self.domain.append(z3.And(start >= today.value - 31 * months, start <= today.value - 28 * months))
                    known = self.logic.all(known, exists)
            return Term(known, z3.ToReal(_days_on(history, wanted, today.value, start)) / 7)
        # `sammenhængende tid`: at most the days on the values up to today, at least 0.
        counted = self.fresh("int")
        self.domain.append(z3.And(counted >= 0, counted <= _days_on(history, wanted, today.value, None)))
        if e.limit is not None:
            known = self.logic.all(known, self.visit(e.limit).known)
        return Term(known, z3.ToReal(counted) / 7)

    def recurrence(self, e: m.Recurrence) -> Term:
        start, step = self.visit(e.start), self.visit(e.step)
        return Term(self.logic.all(start.known, step.known), self.fresh("int"))

    def invalid(self, e: m.Invalid) -> Term:
        raise EncodingError("an expression with an error cannot be encoded")


#: The comparisons, each built only when asked for.
_COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "=": operator.eq, "!=": operator.ne}


def _days_on(h: History, wanted: tuple[int, ...] | None, today: Any, start: Any) -> Any:
    """The days up to and including ``today`` (and from ``start``, if given) on ``wanted``."""
    total = z3.IntVal(0, today.ctx)
    for p, v, a, b in zip(h.present, h.value, h.first, h.last):
        lo = a if start is None else z3.If(a > start, a, start)
        hi = z3.If(b < today, b, today)
        on = p if wanted is None else z3.And(p, _or(p.ctx, *(v == w for w in wanted)))
        total = total + z3.If(z3.And(on, hi >= lo), hi - lo + 1, 0)
    return total


def _symbols(law: m.Law) -> dict[str, int]:
    """Every option name and text constant of the law → a small integer (texts keyed with a
    leading `"`), numbered in sorted order so the encoding is the same on every run."""
    names: set[str] = set()
    for concept in law.concepts.values():
        names.update(concept.type.options)
    for res in law.results.values():
        names.update(res.type.options)
    for expr in m.law_expressions(law):
        for e in m.walk(expr):
            if isinstance(e, m.Const) and e.type.kind is TypeKind.TEXT:
                names.add('"' + str(e.value))
            elif isinstance(e, m.Const) and e.type.kind is TypeKind.CHOICE:
                names.add(str(e.value))
            elif isinstance(e, (m.OneOf, m.TimeOn)):
                names.update(e.options if isinstance(e, m.OneOf) else e.values)
    return {name: i for i, name in enumerate(sorted(names))}


def decode(law: m.Law, enc: Encoder, model: Any) -> tuple[dict[str, m.Value], dict[str, bool]]:
    """The citizen of a solver model: every fact the encoding has, and every judgment."""
    names = {i: s for s, i in enc.symbols.items()}
    facts: dict[str, m.Value] = {}
    for name, var in enc.facts.items():
        kind = law.concepts[name].type.kind
        raw = model.eval(var, model_completion=True)
        if kind is TypeKind.BOOLEAN:
            facts[name] = z3.is_true(raw)
        elif kind is TypeKind.AMOUNT:
            øre = Fraction(raw.numerator_as_long(), raw.denominator_as_long()) * 100  # whole by the domain
            facts[name] = Decimal(int(øre)) / 100
        elif kind is TypeKind.DATE:
            facts[name] = datetime.date.fromordinal(raw.as_long())
        elif kind is TypeKind.CHOICE:
            facts[name] = names[raw.as_long()]
        elif kind is TypeKind.TEXT:
            i = raw.as_long()
            facts[name] = names[i][1:] if i in names else _other_text(enc.symbols)
        elif kind in (TypeKind.INTEGER, TypeKind.WEEKS):
            facts[name] = raw.as_long()
    for name, h in enc.histories.items():
        periods = []
        for p, v, a, b in zip(h.present, h.value, h.first, h.last):
            if z3.is_true(model.eval(p, model_completion=True)):
                periods.append((datetime.date.fromordinal(model.eval(a, model_completion=True).as_long()),
                                datetime.date.fromordinal(model.eval(b, model_completion=True).as_long()),
                                names[model.eval(v, model_completion=True).as_long()]))
        facts[name] = tuple(periods)
    judgments = {text: z3.is_true(model.eval(var, model_completion=True)) for text, var in enc.judgments.items()}
    return facts, judgments


def _other_text(symbols: Mapping[str, int]) -> str:
    """A text unlike every text constant of the law."""
    texts = {s[1:] for s in symbols if s.startswith('"')}
    candidate, n = "anden tekst", 1
    while candidate in texts:
        n += 1
        candidate = f"anden tekst {n}"
    return candidate
