"""`lov diff` and `lov stats` as JSON, following the versioned schema in SCHEMA.md.

Keys are sorted, non-ASCII is kept (UTF-8), and the document ends with a newline, so
the same input gives byte-identical output.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from typing import Any

from compiler.diff import metrics as mx
from compiler.diff.behaviour import Answer, Behaviour
from compiler.diff.redline import redline
from compiler.diff.report import SCHEMA_VERSION, DiffReport, Side
from compiler.diff.structure import (
    DeclarationChange,
    FieldChange,
    SectionChange,
    StkChange,
)


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def value_json(value: object) -> object:
    """A law value as JSON: booleans, whole numbers and text as such; amounts as decimal
    text (`"30.50"`); fractions of weeks as `"13/2"`."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _side(s: Side) -> dict[str, Any]:
    return {"file": s.file, "title": s.title, "version": s.version, "sha256": s.sha256, "errors": s.errors}


def _variation(v: mx.Variation | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {
        "count": v.count, "variants": list(v.variants), "baseline": v.baseline,
        "deviating": list(v.deviating), "uncovered": list(v.uncovered),
    }


def _field(f: FieldChange) -> dict[str, Any]:
    return {"field": f.field, "old": f.old, "new": f.new}


def _stk(s: StkChange) -> dict[str, Any]:
    return {
        "change": s.change, "number": s.number, "old_label": s.old_label, "new_label": s.new_label,
        "old_text": s.old_text, "new_text": s.new_text,
        "redline": [{"op": op, "text": text} for op, text in redline(s.old_text or "", s.new_text or "")],
    }


def _section(s: SectionChange) -> dict[str, Any]:
    return {
        "change": s.change, "old_number": s.old_number, "new_number": s.new_number,
        "old_label": s.old_label, "new_label": s.new_label, "old_title": s.old_title, "new_title": s.new_title,
        "stks": [_stk(x) for x in s.stks], "old_text": s.old_text, "new_text": s.new_text,
    }


def _declaration(d: DeclarationChange) -> dict[str, Any]:
    return {
        "kind": d.kind, "name": d.name, "change": d.change, "old_text": d.old_text, "new_text": d.new_text,
        "fields": [_field(f) for f in d.fields],
    }


def _answer(a: Answer) -> dict[str, Any]:
    return {"kind": a.kind, "text": a.text, "value": value_json(a.value), "rules": list(a.rules)}


def _behaviour(b: Behaviour | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {
        "population": b.population, "seed": b.seed, "cases": b.cases, "citizens": b.citizens,
        "unavailable": b.unavailable,
        "results": [
            {
                "result": r.result, "evaluated": r.evaluated, "differing": r.differing,
                "examples": [
                    {
                        "citizen": e.citizen, "facts": [{"name": k, "value": v} for k, v in e.facts],
                        "old": _answer(e.old), "new": _answer(e.new),
                    }
                    for e in r.examples
                ],
            }
            for r in b.results
        ],
    }


def render_diff(report: DiffReport, fail_on: tuple[str, ...] = (), increased: tuple[str, ...] = ()) -> str:
    s = report.structure
    data = {
        "schema_version": SCHEMA_VERSION,
        "kind": "lov-diff",
        "old": _side(report.old),
        "new": _side(report.new),
        "empty": report.is_empty,
        "metrics": [
            {"key": r.key, "label": r.label, "old": r.old, "new": r.new, "change": r.change} for r in report.metrics
        ],
        "variations": [
            {"result": v.result, "old": _variation(v.old), "new": _variation(v.new)} for v in report.variations
        ],
        "structure": {
            "header": [_field(f) for f in s.header],
            "sections": [_section(x) for x in s.sections],
            "declarations": [_declaration(d) for d in s.declarations],
        },
        "behaviour": _behaviour(report.behaviour),  # type: ignore[arg-type]
        "fail_on_increase": {"metrics": list(fail_on), "increased": list(increased)},
    }
    return _dump(data)


def render_stats(metrics: mx.Metrics, sha256: str | None = None) -> str:
    data = {
        "schema_version": SCHEMA_VERSION,
        "kind": "lov-stats",
        "law": {"file": metrics.file, "title": metrics.title, "version": metrics.version, "sha256": sha256},
        "metrics": [
            {"key": k, "label": mx.label(k), "value": metrics.values.get(k, 0)} for k in mx.keys_of(metrics)
        ],
        "variations": [{"result": v.result, **(_variation(v) or {})} for v in metrics.variations],
    }
    return _dump(data)
