"""Between citizens as rows (the interpreter's dicts) and columns (the columnar evaluator's).

Used by the differential test, the benchmark (to feed the scalar evaluators the same
citizens) and the example citizens of `lov impact`.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any, Mapping, Sequence

import numpy as np

from dsl import model as m
from dsl.kinds import TypeKind
from dsl.model import Value


def columns_from_rows(law: m.Law, rows: Sequence[Mapping[str, Value | None]]) -> dict[str, Any]:
    """One masked column per `begreb` of ``law`` (a fact absent from a row, or None, is masked)."""
    out: dict[str, Any] = {}
    n = len(rows)
    for name, concept in law.concepts.items():
        values = [row.get(name) for row in rows]
        mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
        kind = concept.type.kind
        if kind == TypeKind.HISTORY:  # one list of periods per row; the evaluator makes the long table
            out[name] = values
            continue
        if kind == TypeKind.BOOLEAN:
            data = np.fromiter((bool(v) for v in values), dtype=bool, count=n)
        elif kind == TypeKind.INTEGER or (kind == TypeKind.WEEKS and all(isinstance(v, int) or v is None for v in values)):
            data = np.fromiter((0 if v is None else int(v) for v in values), dtype=np.int64, count=n)  # type: ignore[arg-type]
        else:
            data = np.empty(n, dtype=object)
            filler: Value = ("" if kind in (TypeKind.CHOICE, TypeKind.TEXT) else Decimal(0) if kind == TypeKind.AMOUNT
                             else datetime.date(1970, 1, 1) if kind == TypeKind.DATE else 0)
            data[:] = [filler if v is None else v for v in values]
            if kind == TypeKind.CHOICE and concept.type.options:
                data[mask] = concept.type.options[0]
        out[name] = np.ma.MaskedArray(data, mask=mask) if mask.any() else data
    return out


def judgment_columns(rows: Sequence[Mapping[str, bool | None]]) -> dict[str, Any]:
    """One masked bool column per judgment wording that any row supplies."""
    wordings: list[str] = []
    for row in rows:
        for text in row:
            if text not in wordings:
                wordings.append(text)
    out: dict[str, Any] = {}
    for text in wordings:
        values = [row.get(text) for row in rows]
        data = np.array([bool(v) for v in values], dtype=bool)
        mask = np.array([v is None for v in values], dtype=bool)
        out[text] = np.ma.MaskedArray(data, mask=mask) if mask.any() else data
    return out


def python_value(kind: str, v: Any) -> Value:
    """A NumPy scalar as the interpreter's value type."""
    if kind == TypeKind.BOOLEAN:
        return bool(v)
    if kind == TypeKind.WEEKS and isinstance(v, Fraction):
        return v
    if isinstance(v, np.integer):
        return int(v)
    return v  # type: ignore[no-any-return]
