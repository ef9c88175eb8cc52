"""The solver's questions about a law, each answered for every possible citizen.

- K002 possible conflict: two rules of a result that both win for some citizen.
- K003 a rule that never applies; K004 a rule beaten whenever it applies (shadowed).
- K005 two target groups that hold for the same citizen; K006 a citizen in no group. Errors for
  the groups of an `inddeling` (within its condition), information for a law without one.
- K007 a result no rule decides for some citizen (off unless asked for: `--strict`).
- K008 a question the solver did not settle in time, or whose witness the interpreter did not
  confirm: never a pass.

Each satisfiable question's model is decoded into a citizen and confirmed by the interpreter
(:mod:`compiler.prove.witness`) before it is reported, with that citizen as its witness.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Iterator

import attrs
import z3

from compiler.checks.conflicts import certain_clash
from compiler.evaluate import interpreter
from compiler.prove import witness as w
from compiler.prove.encode import Encoder, decode
from dsl import model as m
from dsl.catalogue import Severity
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.kinds import OutcomeKind, TypeKind
from dsl.spans import Span

#: Models tried for one question before it counts as not settled.
ATTEMPTS = 4
#: The most citizens in no group reported per division, each of a different kind.
MAX_GAPS = 8
DEFAULT_TIMEOUT = 5.0


class Cancelled(Exception):
    """The proof was stopped from outside (the language server's document changed)."""


@attrs.define
class Stats:
    """How the solver was used: queries put, and the slowest with its time in seconds."""

    queries: int = 0
    slowest: tuple[float, str] = (0.0, "")


@attrs.frozen
class Question:
    """A formula to satisfy, what it is about (for K008) and how the interpreter confirms a witness."""

    about: str
    about_en: str
    formula: Any
    confirm: w.Confirm
    span: Span


class Prover:
    """One law's solver session: the encoding, the solver with the citizen domain, statistics."""

    def __init__(self, law: m.Law, timeout: float = DEFAULT_TIMEOUT, stale: Callable[[], bool] | None = None,
                 stats: Stats | None = None) -> None:
        self.law = law
        self.timeout = timeout
        self.stale = stale
        self.enc = Encoder(law)
        self.stats = stats if stats is not None else Stats()
        self._solver: z3.Solver | None = None
        self._added = 0
        self._model: Any = None
        self._comparisons: dict[str, tuple[m.Expr, ...]] | None = None

    def _ready(self) -> z3.Solver:
        if self._solver is None:
            self._solver = z3.Solver(ctx=self.enc.ctx)
            self._solver.set("timeout", max(1, int(self.timeout * 1000)))
            self._solver.set("random_seed", 0)
        # The encoding adds domain constraints as it meets facts; the solver takes each once.
        while self._added < len(self.enc.domain):
            self._solver.add(self.enc.domain[self._added])
            self._added += 1
        return self._solver

    @property
    def comparisons(self) -> dict[str, tuple[m.Expr, ...]]:
        """The law's comparisons by the whole-number fact they read (for rounding witnesses)."""
        if self._comparisons is None:
            self._comparisons = w.comparisons_by_fact(self.law)
        return self._comparisons

    def poll(self) -> None:
        """Stop (:class:`Cancelled`) if the proof is no longer wanted."""
        if self.stale is not None and self.stale():
            raise Cancelled

    def check(self, formula: Any, about: str = "") -> Any:
        """``sat``, ``unsat`` or ``unknown`` for ``formula`` with the citizen domain; a model is
        kept (for :meth:`witness` and :meth:`_block`) until the next check."""
        self.poll()
        solver = self._ready()
        solver.push()
        solver.add(formula)
        start = time.perf_counter()
        answer = solver.check()
        spent = time.perf_counter() - start
        self.stats.queries += 1
        if spent > self.stats.slowest[0]:
            self.stats.slowest = (spent, about)
        self._model = solver.model() if answer == z3.sat else None
        solver.pop()
        return answer

    def witness(self, q: Question) -> tuple[str, tuple[w.Facts, w.Judgments] | None]:
        """``("unsat", None)``, ``("sat", citizen)`` confirmed by the interpreter, or
        ``("unknown", None)`` when not settled in time or no model tried was confirmed."""
        blocks: list[Any] = []
        for _ in range(ATTEMPTS):
            answer = self.check(z3.And(q.formula, *blocks), q.about)
            if answer == z3.unsat:
                return ("unsat", None) if not blocks else ("unknown", None)
            if answer != z3.sat:
                return "unknown", None
            facts, judgments = decode(self.law, self.enc, self._model)
            found = w.confirmed(self.law, facts, judgments, q.confirm, self.comparisons)
            if found is not None and w.writable(self.law, found[0]):
                return "sat", found
            blocks.append(self._block())
        return "unknown", None

    def kind_of(self, citizen: tuple[w.Facts, w.Judgments], roots: list[m.Expr]) -> Any | None:
        """The formula true of every citizen of the same kind as ``citizen`` (which holds only
        what a finding read): every atomic condition in ``roots`` that reads only those facts
        and judgments comes out the same. None when no condition does."""
        facts, judgments = citizen
        ev = interpreter.evaluation(self.law, facts, judgments)
        parts = []
        for root in roots:
            for e in m.walk(root):
                if not _atomic(e):
                    continue
                inner = m.walk(e)
                if any(isinstance(x, (m.TimeOn, m.Shift, m.Recurrence, m.ResultValue, m.Member)) for x in inner):
                    continue
                if any(isinstance(x, m.Fact) and x.name not in facts for x in inner) or any(
                        isinstance(x, m.Judgment) and x.text not in judgments for x in inner):
                    continue
                value = ev.expr(e, "")
                if isinstance(value, bool):
                    parts.append(self.enc.visit(e).value == z3.BoolVal(value, self.enc.ctx))
        return z3.And(*parts) if parts else None

    def _block(self) -> Any:
        """A clause excluding the last model's citizen (its facts and history values)."""
        assert self._model is not None
        variables = list(self.enc.facts.values()) + list(self.enc.judgments.values())
        for h in self.enc.histories.values():
            variables += list(h.present) + list(h.first) + list(h.last)
        return z3.Or(*(v != self._model.eval(v, model_completion=True) for v in variables)) if variables else self.enc.false


def _per_result(prover: Prover, check: Callable[[Prover, m.Result], Iterator[Diagnostic]]) -> Iterator[Diagnostic]:
    """``check`` for each result; a construct the solver cannot take (a Z3 error) makes that
    result's questions K008 instead of stopping the proof."""
    for res in prover.law.results.values():
        prover.poll()  # encoding a result takes a while, and many ask no question
        try:
            yield from list(check(prover, res))
        except z3.Z3Exception:
            yield diagnostic("K008", res.span, question=f"hvad der gælder for {res.name}",
                             question_en=f"what holds for {res.name}", seconds=f"{prover.timeout:g}")


def prove(law: m.Law, *, timeout: float = DEFAULT_TIMEOUT, no_rule: bool = False,
          stats: Stats | None = None, stale: Callable[[], bool] | None = None) -> list[Diagnostic]:
    """Every finding of the solver on ``law`` (which must be without errors), in the order of
    the law. ``no_rule`` adds K007. ``stats``, if given, is filled in. ``stale`` is asked before
    each question and each result; when it says so, the proof stops with :class:`Cancelled`."""
    prover = Prover(law, timeout, stale, stats)
    out = list(_per_result(prover, _conflicts)) + list(_per_result(prover, _never_decides)) + list(_groups(prover))
    if no_rule:
        out += list(_without_answer(prover))
    return out


def _undecided(q: Question, timeout: float) -> Diagnostic:
    return diagnostic("K008", q.span, question=q.about, question_en=q.about_en, seconds=f"{timeout:g}")


def _ask(prover: Prover, q: Question, report: Callable[[tuple[w.Facts, w.Judgments]], Diagnostic]) -> Iterator[Diagnostic]:
    answer, citizen = prover.witness(q)
    if answer == "sat":
        assert citizen is not None
        yield report(citizen)
    elif answer == "unknown":
        yield _undecided(q, prover.timeout)


# ---- K002: possible conflicts ------------------------------------------------------------------


def _conflicts(prover: Prover, res: m.Result) -> Iterator[Diagnostic]:
    law = prover.law
    terms = prover.enc.result(res.name)
    if len(terms.rules) < 2 or prover.check(terms.conflict, f"om {res.name} kan være i konflikt") == z3.unsat:
        return
    for i, a in enumerate(terms.rules):
        for b in terms.rules[:i]:
            rule, other = a.rule, b.rule
            if rule.label in other.overrides or other.label in rule.overrides or certain_clash(rule, other):
                continue
            yield from _ask(prover, Question(
                f"om {other.label} og {rule.label} kan komme i konflikt",
                f"whether {other.label} and {rule.label} can conflict",
                z3.And(a.winner, b.winner, z3.Not(terms.blocked)),
                _conflict_of(res.name, other.label, rule.label), rule.span,
            ), lambda citizen, rule=rule, other=other, res=res: _with_witness(
                diagnostic("K002", rule.span, rule=rule.label, other=other.label, result=res.name), law,
                f"Konflikt: {other.label} og {rule.label}", citizen, [f"{res.name} = konflikt"]))


def _conflict_of(result: str, a: str, b: str) -> w.Confirm:
    def confirm(ev: interpreter._Evaluation) -> bool:
        out = ev.result(result)
        return out.kind is OutcomeKind.CONFLICT and a in out.rules and b in out.rules
    return confirm


# ---- K003, K004: rules that never decide ------------------------------------------------------


def _never_decides(prover: Prover, res: m.Result) -> Iterator[Diagnostic]:
    law = prover.law
    terms = prover.enc.result(res.name)
    for t in terms.rules:
        rule = t.rule
        answer = prover.check(t.definite, f"om {rule.label} kan gælde")
        if answer == z3.unsat:
            yield diagnostic("K003", rule.span, rule=rule.label, result=res.name)
            continue
        if answer != z3.sat:
            yield _undecided(Question(f"om {rule.label} kan gælde", f"whether {rule.label} can apply",
                                      t.definite, lambda ev: False, rule.span), prover.timeout)
            continue
        beaters = [o.label for o in res.rules if rule.label in o.overrides]
        if not beaters or prover.check(t.winner, f"om {rule.label} kan afgøre {res.name}") != z3.unsat:
            continue  # decides for some citizen (or the solver could not tell: no finding)
        yield from _ask(prover, Question(
            f"om {rule.label} altid er tilsidesat", f"whether {rule.label} is always beaten",
            t.definite, _beaten(res.name, rule), rule.span,
        ), lambda citizen, rule=rule, res=res, beaters=beaters: _shadowed(law, res, rule, beaters, citizen))


def _beaten(result: str, rule: m.Rule) -> w.Confirm:
    def confirm(ev: interpreter._Evaluation) -> bool:
        ev.result(result)
        rules = ev.law.results[result].rules
        return ev.applies(rule) is True and any(rule.label in o.overrides and ev.applies(o) is True for o in rules)
    return confirm


def _shadowed(law: m.Law, res: m.Result, rule: m.Rule, beaters: list[str],
              citizen: tuple[w.Facts, w.Judgments]) -> Diagnostic:
    outcome = interpreter.evaluate(law, res.name, *citizen)
    expected = w.expected_outcome(law, res.name, outcome)
    return _with_witness(
        diagnostic("K004", rule.span, rule=rule.label, result=res.name, by=_listing(beaters, "eller"),
                   by_en=_listing(beaters, "or")),
        law, f"{rule.label} gælder, men er tilsidesat", citizen, [expected] if expected else [])


# ---- K005, K006: target groups -----------------------------------------------------------------


def _groups(prover: Prover) -> Iterator[Diagnostic]:
    law = prover.law
    divisions = law.divisions or ((m.Division("", tuple(law.groups), None, span=_first_group_span(law)),)
                                  if law.groups else ())
    declared = bool(law.divisions)
    for division in divisions:
        in_scope = _holds(prover, division.scope)
        members = {g: prover.enc.group(g) for g in division.groups}
        severity = Severity.ERROR if declared else Severity.INFO
        named = f" ({division.name})" if declared else ""
        for i, g in enumerate(division.groups):
            for h in division.groups[:i]:
                both = z3.And(in_scope, members[g].known, members[g].value, members[h].known, members[h].value)
                yield from _ask(prover, Question(
                    f"om målgruppe {h} og {g} overlapper", f"whether target groups {h} and {g} overlap", both,
                    _overlap(division, h, g), law.groups[g].span,
                ), lambda citizen, g=g, h=h: _with_witness(
                    diagnostic("K005", law.groups[g].span, first=h, second=g, division=named).with_severity(severity),
                    law, f"Målgruppe {h} og {g}", citizen, [f"målgruppe {h} = ja", f"målgruppe {g} = ja"]))
        none = z3.And(in_scope, *(z3.And(t.known, z3.Not(t.value)) for t in members.values()))
        where = " inden for inddelingens betingelse" if division.scope is not None else ""
        where_en = " within the division's condition" if division.scope is not None else ""
        # Each gap is reported with a citizen of another kind (other values of what it read).
        roots = [law.groups[g].condition for g in division.groups] + (
            [division.scope] if division.scope is not None else [])
        for n in range(1, MAX_GAPS + 1):
            q = Question("om en borger kan være uden for alle målgrupper", "whether a citizen can be in no target group",
                         none, _gap(division), division.span)
            answer, citizen = prover.witness(q)
            if answer == "unknown":
                yield _undecided(q, prover.timeout)
            if citizen is None:
                break
            yield _with_witness(
                diagnostic("K006", division.span, division=named, within=where, within_en=where_en).with_severity(severity),
                law, f"Borger uden målgruppe ({n})" if n > 1 else "Borger uden målgruppe", citizen,
                [f"målgruppe {g} = nej" for g in division.groups])
            cell = prover.kind_of(citizen, roots)
            if cell is None:
                break
            none = z3.And(none, z3.Not(cell))


def _atomic(e: m.Expr) -> bool:
    return isinstance(e, (m.Compare, m.OneOf, m.Judgment)) or (
        isinstance(e, m.Fact) and e.type.kind is TypeKind.BOOLEAN)


def _holds(prover: Prover, condition: m.Expr | None) -> Any:
    """The formula: ``condition`` (a division's `hvis`) is known and true; true without one."""
    if condition is None:
        return prover.enc.true
    t = prover.enc.visit(condition)
    return z3.And(t.known, t.value)


def _first_group_span(law: m.Law) -> Span:
    return next(iter(law.groups.values())).span


def _in_scope(ev: interpreter._Evaluation, division: m.Division) -> bool:
    return division.scope is None or ev.expr(division.scope, f"inddeling {division.name}") is True


def _overlap(division: m.Division, a: str, b: str) -> w.Confirm:
    return lambda ev: _in_scope(ev, division) and ev.group(a) is True and ev.group(b) is True


def _gap(division: m.Division) -> w.Confirm:
    return lambda ev: _in_scope(ev, division) and all(ev.group(g) is False for g in division.groups)


# ---- K007: results without an answer ---------------------------------------------------------


def _without_answer(prover: Prover) -> Iterator[Diagnostic]:
    law = prover.law
    division = law.divisions[0] if law.divisions else None
    in_scope = _holds(prover, division.scope if division is not None else None)
    for res in law.results.values():
        terms = prover.enc.result(res.name)

        def confirm(ev: interpreter._Evaluation, name: str = res.name) -> bool:
            return (division is None or _in_scope(ev, division)) and ev.result(name).kind is OutcomeKind.NO_RULE

        yield from _ask(prover, Question(
            f"om {res.name} kan stå uden regel", f"whether {res.name} can have no rule",
            z3.And(in_scope, terms.no_rule), confirm, res.span,
        ), lambda citizen, res=res: _with_witness(
            diagnostic("K007", res.span, result=res.name), law, f"Ingen regel for {res.name}", citizen,
            [f"{res.name} = ingen regel"]))


# ---- pieces --------------------------------------------------------------------------------------


def _with_witness(d: Diagnostic, law: m.Law, name: str, citizen: tuple[w.Facts, w.Judgments],
                  expectations: list[str]) -> Diagnostic:
    return attrs.evolve(d, witness=w.witness(law, name, citizen[0], citizen[1], expectations))


def _listing(items: list[str], conjunction: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conjunction} " + items[-1]
