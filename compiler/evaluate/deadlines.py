"""A citizen's dated deadlines and appointments (`lov frister`), decided by the interpreter.

Every `resultat` of type `dato` is a deadline and every `resultat` of type `kadence` a series of
appointments. :func:`deadlines` evaluates them for one citizen and lists, in date order, each
date with the result, the provision that sets it and the explanation's arithmetic; a result that
cannot be dated (a missing fact, an unsupplied judgment, no rule) is listed apart with why.
"""

from __future__ import annotations

import datetime
from typing import Mapping

import attrs

from compiler.evaluate import interpreter, prelude
from dsl import model as m
from dsl import timeline
from dsl.kinds import OutcomeKind, TypeKind
from dsl.model import Value

#: How far a cadence is listed when the window has no end: a year of weeks.
DEFAULT_SPAN = datetime.timedelta(weeks=52)
#: The most occurrences one cadence lists.
MAX_OCCURRENCES = 1000


@attrs.frozen
class Deadline:
    """One date: a deadline (``number`` None) or the ``number``-th appointment of a cadence.
    ``candidates`` holds the two possible dates of an ambiguous one (``date`` is then the earlier)."""

    result: str
    description: str | None
    date: datetime.date
    rules: tuple[str, ...]
    steps: tuple[str, ...]
    number: int | None = None
    candidates: tuple[datetime.date, datetime.date] | None = None

    @property
    def kind(self) -> str:
        return "frist" if self.number is None else "aftale"

    def data(self) -> dict[str, object]:
        out: dict[str, object] = {
            "resultat": self.result, "art": self.kind, "dato": self.date.isoformat(),
            "tekst": prelude._tekst("dato", self.date), "regler": list(self.rules),
        }
        if self.number is not None:
            out["nummer"] = self.number
        if self.candidates is not None:
            out["kandidater"] = [d.isoformat() for d in self.candidates]
        if self.description is not None:
            out["beskrivelse"] = self.description
        out["beregninger"] = list(self.steps)
        return out


@attrs.frozen
class Undated:
    """A deadline or cadence result that has no date for this citizen, and why."""

    result: str
    outcome: interpreter.Outcome

    def reason(self, kind: TypeKind) -> str:
        o = self.outcome
        return prelude._udfald_tekst(o.kind, kind, o.value, o.rules, o.judgment, o.missing)


@attrs.frozen
class Schedule:
    """What :func:`deadlines` finds: the dates in order, the results without a date, the window."""

    dates: tuple[Deadline, ...]
    undated: tuple[Undated, ...]
    start: datetime.date | None
    end: datetime.date | None


def deadlines(
    law: m.Law, facts: Mapping[str, Value], judgments: Mapping[str, bool] = {},
    start: datetime.date | None = None, end: datetime.date | None = None,
) -> Schedule:
    """The citizen's deadlines and appointments from ``start`` to ``end`` (both included).

    A deadline is listed when it falls in the window (any date when the window is not given). A
    cadence is listed from ``start`` — by default the evaluation date (`opgørelsesdato`), or its
    first date when the citizen has none — to ``end``, by default :data:`DEFAULT_SPAN` later.
    """
    today = facts.get("opgørelsesdato")
    series_start = start if start is not None else today if isinstance(today, datetime.date) else None
    dates: list[Deadline] = []
    undated: list[Undated] = []
    for name, res in law.results.items():
        if res.type.kind not in (TypeKind.DATE, TypeKind.CADENCE):
            continue
        explanation = interpreter.explain(law, name, facts, judgments)
        outcome = explanation.outcome
        steps = explanation.steps
        if outcome.kind is OutcomeKind.AMBIGUOUS and res.type.kind is TypeKind.DATE:
            first, second = outcome.value  # type: ignore[misc]
            if _within(first, start, end) or _within(second, start, end):
                dates.append(Deadline(name, res.description, first, outcome.rules, steps, candidates=(first, second)))
            continue
        if outcome.kind is not OutcomeKind.VALUE:
            undated.append(Undated(name, outcome))
            continue
        if res.type.kind is TypeKind.DATE:
            assert isinstance(outcome.value, datetime.date)
            if _within(outcome.value, start, end):
                dates.append(Deadline(name, res.description, outcome.value, outcome.rules, steps))
            continue
        first_date, weeks, months = outcome.value  # type: ignore[misc]
        lo = series_start if series_start is not None else first_date
        hi = end if end is not None else _span_after(max(lo, first_date))
        occurrences = timeline._kadence_datoer(first_date, weeks, months, lo, hi, MAX_OCCURRENCES)
        for number, when in occurrences:
            pair = when if isinstance(when, tuple) else None
            day = when[0] if isinstance(when, tuple) else when
            dates.append(Deadline(name, res.description, day, outcome.rules, steps, number, pair))
    dates.sort(key=lambda d: (d.date, list(law.results).index(d.result), d.number or 0))
    if end is None and series_start is not None:
        end_shown: datetime.date | None = _span_after(series_start)
    else:
        end_shown = end
    return Schedule(tuple(dates), tuple(undated), series_start, end_shown)


def _span_after(day: datetime.date) -> datetime.date:
    """:data:`DEFAULT_SPAN` after ``day``, or the calendar's last day when that comes first."""
    return day + DEFAULT_SPAN if day <= datetime.date.max - DEFAULT_SPAN else datetime.date.max


def _within(day: datetime.date, start: datetime.date | None, end: datetime.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def schedule_data(law: m.Law, schedule: Schedule) -> dict[str, object]:
    """The schedule as JSON-able data (`lov frister --format json`, the decision service)."""
    return {
        "lov": law.title, "version": law.version, "sha256": law.sha256,
        "fra": None if schedule.start is None else schedule.start.isoformat(),
        "til": None if schedule.end is None else schedule.end.isoformat(),
        "frister": [d.data() for d in schedule.dates],
        "uden_dato": [
            {"resultat": u.result, "art": u.outcome.kind.value, "tekst": u.reason(law.results[u.result].type.kind)}
            for u in schedule.undated
        ],
    }
