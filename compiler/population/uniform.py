"""Reproducible populations of plausible citizens for a law (benchmarks, property tests, diffs).

:func:`generate` draws every fact (`begreb`) of the law independently from a pool of
plausible values for its type, widened with the values next to every constant the law
compares that fact with (`alder < 30` adds 29, 30 and 31), so that each side of every
threshold is reached. The same law, ``n`` and ``seed`` always give the same citizens.

A citizen is a ``dict`` from begreb name to value (the interpreter's input); with
``missing`` > 0 each fact is left out with that probability.
"""

from __future__ import annotations

import datetime
import gc
import math
import random
from decimal import Decimal
from fractions import Fraction
from typing import Iterator

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
_BLOCK = 1024


def generate(law: m.Law, n: int, seed: int, *, missing: float = 0.0) -> list[dict[str, Value]]:
    """``n`` citizens for ``law``, reproducible from ``seed``; the first ``k`` citizens do not
    depend on ``n`` (citizens are drawn in blocks, each from its own seeded generator)."""
    out: list[dict[str, Value]] = []
    for block in blocks(law, n, seed, missing=missing):
        out.extend(block)
    return out


def blocks(law: m.Law, n: int, seed: int, *, missing: float = 0.0) -> Iterator[list[dict[str, Value]]]:
    """The citizens of :func:`generate` in blocks of at most 1024, without holding them all."""
    names = list(law.concepts)
    tables = _tables(law)
    for start in range(0, n, _BLOCK):
        size = min(_BLOCK, n - start)
        rng = random.Random(f"{seed}:{start // _BLOCK}")
        columns = [list(map(table.__getitem__, memoryview(rng.randbytes(2 * _BLOCK)).cast("H")))[:size]
                   for table in tables]
        enabled = gc.isenabled()
        gc.disable()  # many small dicts would otherwise trigger many useless collections
        try:
            if not names:
                block: list[dict[str, Value]] = [{} for _ in range(size)]
            elif missing <= 0:
                block = [dict(zip(names, row)) for row in zip(*columns)]
            else:
                gaps = [[rng.random() < missing for _ in range(_BLOCK)][:size] for _ in names]
                block = [
                    {name: value for name, value, gap in zip(names, row, holes) if not gap}
                    for row, holes in zip(zip(*columns), zip(*gaps))
                ]
        finally:
            if enabled:
                gc.enable()
        yield block


_CACHE: list[tuple[m.Law, list[list[Value]]]] = []


def _tables(law: m.Law) -> list[list[Value]]:
    """The lookup tables of every begreb (cached for the last few laws: they take a moment)."""
    for known, tables in _CACHE:
        if known is law:
            return tables
    near = _constants_by_fact(law)
    tables = [_table(_pool(law.concepts[name], near.get(name, set()))) for name in law.concepts]
    _CACHE.insert(0, (law, tables))
    del _CACHE[4:]
    return tables


def _table(pool: list[Value]) -> list[Value]:
    """65,536 entries spread evenly over ``pool``: a random 16-bit number picks a value
    (uniform up to a bias below 1/65,536 per value), at C speed."""
    k = len(pool)
    return [pool[(i * k) >> 16] for i in range(1 << 16)]


def _pool(concept: m.Concept, near: set[Value]) -> list[Value]:
    return plausible(concept.name, concept.type, near)


def plausible(name: str, type_: m.Type, near: set[Value] = frozenset()) -> list[Value]:  # type: ignore[assignment]
    """The plausible values of a fact ``name`` of type ``type_``, in a fixed order (so a seed
    always means the same), widened with the neighbours of the constants in ``near``. The one
    definition of "a plausible value" for both generators (``caseload`` draws a fact it has no
    model for from here)."""
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


def _constants_by_fact(law: m.Law) -> dict[str, set[Value]]:
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
