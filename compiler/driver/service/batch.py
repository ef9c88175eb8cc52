"""Many citizens at once through the columnar evaluator (`POST /love/{navn}/evaluer-mange`).

The fast path takes a batch whose every citizen is a flat object of plain values (booleans,
whole numbers, options, texts, ISO dates, amounts as numbers): it reads them column by column,
evaluates with the columnar module and renders each distinct outcome once. Anything else — a
judgment, a history, a value the law reads in another form, a number the columnar evaluator
cannot hold — returns None, and the caller reads and evaluates citizen by citizen with the
scalar module, which also names the offending field. Both paths give the same answers (tested).
"""

from __future__ import annotations

import re
import types
from decimal import Decimal
from typing import Any, Sequence

import numpy as np

from compiler.evaluate import prelude
from compiler.evaluate.facts import FactError, convert
from dsl import model as m
from dsl.kinds import TypeKind

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LIMIT = 2**62  # the columnar evaluator's integers; larger ones take the scalar path


def columns(law: m.Law, citizens: Sequence[Any]) -> dict[str, Any] | None:
    """The citizens as input columns, or None when they need the citizen-by-citizen path."""
    names = set(law.concepts)
    for c in citizens:
        if type(c) is not dict or not names.issuperset(c):
            return None
    out: dict[str, Any] = {}
    for name, concept in law.concepts.items():
        values = [c.get(name) for c in citizens]
        present = [v is not None for v in values]
        if not any(present):
            continue
        column = _column(concept, values)
        if column is None:
            return None
        if isinstance(column, list) or all(present):
            out[name] = column
        else:
            out[name] = np.ma.MaskedArray(column, mask=[not p for p in present])
    return out


def _column(concept: m.Concept, values: list[Any]) -> Any:
    """One begreb's values as a column, or None when a value is not in its plain form."""
    t = concept.type
    kind = t.kind
    known = [v for v in values if v is not None]
    if kind == TypeKind.BOOLEAN:
        if not all(type(v) is bool for v in known):
            return None
        return np.array([bool(v) for v in values], dtype=bool)
    if kind in (TypeKind.INTEGER, TypeKind.WEEKS):
        if not all(type(v) is int and -_LIMIT < v < _LIMIT for v in known):
            return None
        return np.array([0 if v is None else v for v in values], dtype=np.int64)
    if kind == TypeKind.CHOICE:
        options = set(t.options)
        if not all(type(v) is str and v in options for v in known):
            return None
        return np.array([t.options[0] if v is None else v for v in values], dtype=object)
    if kind == TypeKind.TEXT:
        if not all(type(v) is str for v in known):
            return None
        return np.array(["" if v is None else v for v in values], dtype=object)
    if kind == TypeKind.AMOUNT:
        if not all(type(v) in (int, Decimal) and abs(v) < 10**15 for v in known):
            return None
        return np.array([Decimal(0) if v is None else Decimal(v) for v in values], dtype=object)
    if kind == TypeKind.DATE:
        if not all(type(v) is str and _ISO.fullmatch(v) for v in known):
            return None
        try:
            days = np.array(["1970-01-01" if v is None else v for v in values], dtype="datetime64[D]")
        except ValueError:  # not a day of the calendar: the scalar path says which
            return None
        return days
    if kind == TypeKind.HISTORY:  # a list of periods per row (None: missing), read exactly as one citizen's
        try:
            return [None if v is None else convert(concept, v) for v in values]
        except FactError:
            return None
    return None  # cadences: the scalar path


class Renderer:
    """Each distinct outcome of a result rendered once (a batch has few distinct answers)."""

    def __init__(self, evaluation: Any, kinds: dict[str, str]) -> None:
        self.evaluation = evaluation
        self.kinds = kinds

    def result(self, name: str) -> list[dict[str, object]]:
        ev, kind = self.evaluation, self.kinds[name]
        u = ev.udfald[name]
        arts, values, rules = u.art.tolist(), u.værdi.tolist(), u.nummer.tolist()
        cache: dict[Any, dict[str, object]] = {}
        out: list[dict[str, object]] = []
        for i, art in enumerate(arts):
            key: Any = (values[i], rules[i]) if art == 0 else None
            hit = cache.get(key) if key is not None else None
            if hit is None:
                row = ev.række(name, i)
                key = key if key is not None else row  # a tvetydig row's candidates are part of it
                hit = cache.get(key)
                if hit is None:
                    hit = cache[key] = prelude._udfald_data(row[0], kind, row[1], row[2], row[3], row[4])
            out.append(hit)
        return out

    def group(self, name: str) -> list[dict[str, object]]:
        ev = self.evaluation
        cache: dict[Any, dict[str, object]] = {}
        out: list[dict[str, object]] = []
        for i in range(ev.n):
            row = ev.målgruppe_række(name, i)
            hit = cache.get(row)
            if hit is None:
                hit = cache[row] = prelude._udfald_data(row[0], TypeKind.BOOLEAN, row[1], row[2], row[3], row[4])
            out.append(hit)
        return out


def answers(law: m.Law, module: types.ModuleType, citizens: Sequence[Any], names: Sequence[str],
            groups: bool) -> list[dict[str, Any]] | None:
    """Each citizen's target groups (when ``groups``) and outcomes, or None for the scalar path."""
    if not citizens:
        return []
    cols = columns(law, citizens)
    if cols is None:
        return None
    try:
        evaluation = module.evaluer(cols, n=len(citizens), resultater=names)
    except module.LovInputFejl:  # a value the columnar evaluator refuses (a number too large, …)
        return None
    return assemble(law, evaluation, len(citizens), names, groups)


def assemble(law: m.Law, evaluation: Any, n: int, names: Sequence[str], groups: bool) -> list[dict[str, Any]]:
    """A columnar evaluation as one answer per citizen: target groups (when ``groups``) and outcomes."""
    render = Renderer(evaluation, {name: law.results[name].type.kind for name in names})
    per_result = {name: render.result(name) for name in names}
    per_group = {name: render.group(name) for name in law.groups} if groups else {}
    out: list[dict[str, Any]] = []
    for i in range(n):
        answer: dict[str, Any] = {}
        if groups:
            answer["målgrupper"] = {g: rows[i] for g, rows in per_group.items()}
        answer["resultater"] = {r: rows[i] for r, rows in per_result.items()}
        out.append(answer)
    return out
