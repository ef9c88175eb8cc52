"""What a plausible value of a fact is, for the population generator (:mod:`.caseload`).

:func:`plausible` gives, for a fact's name and type, the values it may take — a pool of
ordinary values for the type, widened with the values next to every constant a law compares
that fact with (`alder < 30` adds 29, 30 and 31), so that each side of every threshold is
reached; :func:`constants_by_fact` finds those constants in a law. The pools are in a fixed
order, so a seed always means the same citizens.
"""

from __future__ import annotations

import datetime
import math
from decimal import Decimal
from fractions import Fraction
from typing import Collection

from dsl import model as m
from dsl.kinds import TypeKind
from dsl.model import Value

# Plausible ranges when a name says nothing more specific.
_AGE = range(16, 71)
_COUNT = range(0, 21)
_WEEKS = range(0, 157)
_AMOUNTS = tuple(Decimal(k) * 50 for k in range(0, 601))  # 0 … 30.000 kr.
_TEXTS = ("", "a", "b")
# Dates within two years of one day (every history and date is drawn around it), with the days
# the calendar makes interesting: month ends, a leap day, the turn of a year.
_BASE = datetime.date(2017, 4, 3)
_DATES = tuple(_BASE + datetime.timedelta(days=k) for k in range(-730, 366, 3)) + (
    datetime.date(2016, 2, 29), datetime.date(2017, 1, 31), datetime.date(2016, 12, 31), datetime.date(2017, 3, 31))


def plausible(name: str, type_: m.Type, near: Collection[Value] = ()) -> list[Value]:
    """The plausible values of a fact ``name`` of type ``type_``, in a fixed order, widened with
    the neighbours of the constants in ``near``."""
    kind = type_.kind
    if kind == TypeKind.BOOLEAN:
        return [False, True]
    if kind == TypeKind.CHOICE:
        return list(type_.options)
    if kind == TypeKind.TEXT:
        return sorted(set(_TEXTS) | {v for v in near if isinstance(v, str)})
    if kind == TypeKind.DATE:
        extra = {d + datetime.timedelta(days=k) for d in near if isinstance(d, datetime.date) for k in (-1, 0, 1)}
        return sorted(set(_DATES) | extra)
    if kind == TypeKind.HISTORY:
        return _histories(type_.options)
    if kind == TypeKind.CADENCE:
        return [(d, w, None) for d in _DATES[::40] for w in (1, 2, 4)]
    if kind == TypeKind.AMOUNT:
        extra = {d + k for d in near if isinstance(d, Decimal) for k in (Decimal("-0.01"), 0, Decimal("0.01"))}
        return sorted(set(_AMOUNTS) | {d for d in extra if d >= 0})
    base = _AGE if kind == TypeKind.INTEGER and "alder" in name else _COUNT if kind == TypeKind.INTEGER else _WEEKS
    values: set[int] = set(base)
    for c in near:
        if isinstance(c, (int, Fraction)) and not isinstance(c, bool):
            for k in (math.floor(c) - 1, math.floor(c), math.ceil(c), math.ceil(c) + 1):
                if k >= 0:
                    values.add(k)
    return sorted(values)


def _histories(options: tuple[str, ...]) -> list[Value]:
    """Plausible histories over ``options``: none, one open period, a change of value, an
    interruption shorter and one longer than a month, an old closed period, a future one."""
    day = datetime.timedelta(days=1)
    out: list[Value] = [()]
    for i, value in enumerate(options):
        other = options[(i + 1) % len(options)]
        for weeks in (1, 8, 26, 30, 52, 104):
            start = _BASE - datetime.timedelta(weeks=weeks) + day
            out.append(((start, None, value),))
            change = start - datetime.timedelta(weeks=30)
            out.append(((change, start - day, other), (start, None, value)))
            for gap in (14, 45):
                before = start - datetime.timedelta(days=gap) - day
                out.append(((before - datetime.timedelta(weeks=20), before, value), (start, None, value)))
        out.append(((_BASE - datetime.timedelta(weeks=120), _BASE - datetime.timedelta(weeks=80), value),))
        out.append(((_BASE + datetime.timedelta(weeks=2), None, value),))
    return out


def constants_by_fact(law: m.Law) -> dict[str, set[Value]]:
    """Every constant the law compares a fact with, by fact."""
    exprs: list[m.Expr] = [g.condition for g in law.groups.values()]
    for res in law.results.values():
        for rule in res.rules:
            exprs.append(rule.value)
            if rule.condition is not None:
                exprs.append(rule.condition)
    out: dict[str, set[Value]] = {}
    for expr in exprs:
        for e in m.walk(expr):
            if isinstance(e, m.Compare):
                for a, b in ((e.left, e.right), (e.right, e.left)):
                    if isinstance(a, m.Fact) and isinstance(b, m.Const):
                        out.setdefault(a.name, set()).add(b.value)
    return out
