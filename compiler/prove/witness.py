"""Witness citizens: a solver model made into facts and judgments, cut down to what the
interpreter reads, confirmed by the interpreter and written as a ready-to-paste `testsag`."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Mapping

from compiler.evaluate import interpreter, prelude
from dsl import formatter
from dsl import model as m
from dsl.diagnostics import Witness
from dsl.kinds import OutcomeKind, TypeKind
from dsl.literals import quote

Facts = dict[str, m.Value]
#: Whole numbers tried, in order, in place of a witness's 0 or 1 (ages and counts read better).
ROUND_NUMBERS = (30, 40, 25, 50, 20, 60, 10, 5, 2)
Judgments = dict[str, bool]
#: A question put to one citizen's evaluation: whether the finding holds for it.
Confirm = Callable[[interpreter._Evaluation], bool]


def comparisons_by_fact(law: m.Law) -> dict[str, tuple[m.Expr, ...]]:
    """Every distinct comparison in the law, under each whole-number fact it reads."""
    found: dict[str, dict[m.Expr, None]] = {}
    for root in m.law_expressions(law):
        for e in m.walk(root):
            if isinstance(e, m.Compare):
                for x in m.walk(e):
                    if isinstance(x, m.Fact) and law.concepts[x.name].type.kind is TypeKind.INTEGER:
                        found.setdefault(x.name, {})[e] = None
    return {name: tuple(found[name]) for name in sorted(found)}


def _compared(ev: interpreter._Evaluation, comparisons: tuple[m.Expr, ...]) -> list[object]:
    return [ev.expr(c, "") for c in comparisons]


def confirmed(law: m.Law, facts: Facts, judgments: Judgments, confirm: Confirm,
              comparisons: Mapping[str, tuple[m.Expr, ...]] | None = None) -> tuple[Facts, Judgments] | None:
    """The citizen cut down to the facts and judgments ``confirm`` reads, if the interpreter
    confirms the finding for it — on the whole citizen and again on the cut-down one.

    A whole number the solver left at 0 or 1 is made round when the finding still holds and
    every comparison of the law that reads it (``comparisons``, by fact) comes out as before:
    the citizen stays of the kind the solver found (a K006 gap is reported once per kind)."""
    ev = interpreter.evaluation(law, facts, judgments)
    if not confirm(ev):
        return None
    read = {k: facts[k] for k in ev.facts_read if facts.get(k) is not None}
    asked = {k: judgments[k] for k in ev.judgments_read if k in judgments}
    if not confirm(interpreter.evaluation(law, read, asked)):
        return None
    # A citizen a drafter recognises reads better: round whole numbers for those the solver left
    # at its first choice (an age of 0), and shorter histories, as long as the finding holds.
    for name, value in list(read.items()):
        if law.concepts[name].type.kind is TypeKind.INTEGER and isinstance(value, int) and value in (0, 1):
            compared = (comparisons or {}).get(name, ())
            before = _compared(interpreter.evaluation(law, read, asked), compared)
            for nicer in ROUND_NUMBERS:
                candidate = interpreter.evaluation(law, {**read, name: nicer}, asked)
                if confirm(candidate) and _compared(candidate, compared) == before:
                    read[name] = nicer
                    break
    for name, value in list(read.items()):
        if law.concepts[name].type.kind is TypeKind.HISTORY:
            periods = list(value)  # type: ignore[arg-type]
            for period in list(periods):
                shorter = [p for p in periods if p is not period]
                if confirm(interpreter.evaluation(law, {**read, name: tuple(shorter)}, asked)):
                    periods = shorter
            read[name] = tuple(periods)
    return read, asked


def dsl_value(kind: TypeKind, value: m.Value) -> str | None:
    """``value`` as a `.lov` literal (None when a testsag cannot write it)."""
    if kind is TypeKind.BOOLEAN:
        return "ja" if value else "nej"
    if kind is TypeKind.INTEGER:
        return str(value) if isinstance(value, int) and value >= 0 else None
    if kind is TypeKind.AMOUNT:
        assert isinstance(value, Decimal)
        if value < 0:
            return None
        text = f"{value:.2f}".replace(".", ",")
        return (text[:-3] if text.endswith(",00") else text) + " kr."
    if kind is TypeKind.WEEKS:
        weeks = Fraction(value)  # type: ignore[arg-type]
        if weeks < 0:
            return None
        if weeks.denominator == 1:
            return f"{weeks.numerator} {'uge' if weeks == 1 else 'uger'}"
        days, months = weeks * 7, weeks * 12 / 52
        if days.denominator == 1:
            return f"{days.numerator} {'dag' if days == 1 else 'dage'}"
        if months.denominator == 1:  # `4 måneder` is 52/3 weeks, exactly
            return f"{months.numerator} {'måned' if months == 1 else 'måneder'}"
        return None
    if kind is TypeKind.DATE:
        assert isinstance(value, datetime.date)
        return value.isoformat()
    if kind is TypeKind.TEXT:
        return quote(str(value))
    if kind is TypeKind.CHOICE:
        return str(value)
    if kind is TypeKind.CADENCE:
        assert isinstance(value, tuple)
        start, weeks, months = value
        if months is not None:
            return f"hver {months}. måned fra {start.isoformat()}"
        step = Fraction(weeks)
        return f"hver {step.numerator}. uge fra {start.isoformat()}" if step.denominator == 1 else None
    if kind is TypeKind.HISTORY:
        assert isinstance(value, tuple)
        periods = ", ".join(f"{v} fra {a.isoformat()}" + (f" til {b.isoformat()}" if b is not None else "")
                            for a, b, v in value)
        return f"[{periods}]"
    return None


def expected_outcome(law: m.Law, result: str, outcome: interpreter.Outcome) -> str | None:
    """`forvent` for a result's outcome (None when it cannot be written)."""
    if outcome.kind is OutcomeKind.VALUE:
        text = dsl_value(law.results[result].type.kind, outcome.value)  # type: ignore[arg-type]
        return None if text is None else f"{result} = {text}"
    if outcome.kind is OutcomeKind.MISSING:
        return f"{result} = mangler {outcome.missing}"
    return f"{result} = {outcome.kind.value}"


def testsag(law: m.Law, name: str, facts: Facts, judgments: Judgments, expectations: list[str]) -> str:
    """A `testsag` block in the formatter's layout (one `givet` line each for facts and
    judgments, one `forvent` line)."""
    lines = [f"testsag {quote(name)}:"]
    given = [f"{k} = {dsl_value(law.concepts[k].type.kind, v)}" for k, v in facts.items()]
    if given:
        lines.append(f"{formatter.INDENT}givet " + ", ".join(given))
    if judgments:
        lines.append(f"{formatter.INDENT}givet " + ", ".join(
            f"skøn {quote(k)} = {'ja' if v else 'nej'}" for k, v in judgments.items()))
    if expectations:  # a value a testsag cannot write (a negative number) is left out
        lines.append(f"{formatter.INDENT}forvent " + ", ".join(expectations))
    text = "\n".join(lines) + "\n"
    return formatter.format_text(text) or text


def writable(law: m.Law, facts: Mapping[str, m.Value]) -> bool:
    """Whether every fact can be written in a testsag."""
    return all(dsl_value(law.concepts[k].type.kind, v) is not None for k, v in facts.items())


def witness(law: m.Law, name: str, facts: Facts, judgments: Judgments, expectations: list[str]) -> Witness:
    """The finding's citizen as data (JSON values as the service gives them) and as a testsag."""
    return Witness(
        tuple((k, prelude._json(v)) for k, v in facts.items()),
        tuple(judgments.items()),
        testsag(law, name, facts, judgments, expectations),
        tuple(facts.items()),
    )


