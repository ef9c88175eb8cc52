"""The JSON Schema (2020-12) of a citizen's input for one law: what :mod:`compiler.evaluate.facts`
accepts, written down for the vendors who build the input (`lov skema`, the decision service).

One property per `begreb` (its type, the options of a `valg`, its description and `kilde`), the
judgments by identifier, and both forms of the input (flat, or ``fakta`` + ``skøn``). The schema
describes; :func:`compiler.evaluate.facts.facts_from_json` decides (it also checks what a schema
cannot say: dates in the calendar, periods that do not overlap).
"""

from __future__ import annotations

from typing import Any

from dsl import model as m
from dsl.kinds import TypeKind

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_DATE = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"}
_WEEKS = {"oneOf": [{"type": "number"}, {"type": "string", "pattern": r"^\s*-?[0-9]+([.,/][0-9]+)?\s*(uger?)?\s*$"}]}
_AMOUNT = {"oneOf": [{"type": "number"}, {"type": "string", "pattern": r"^\s*-?[0-9.]+(,[0-9]+)?\s*(kr\.?)?\s*$"}]}
_BOOLEAN = {"oneOf": [{"type": "boolean"}, {"enum": ["ja", "nej"]}]}


def value_schema(t: m.Type) -> dict[str, Any]:
    """The schema of one value of type ``t`` (null, for a missing fact, is added by the caller)."""
    kind = t.kind
    if kind == TypeKind.BOOLEAN:
        return dict(_BOOLEAN)
    if kind == TypeKind.INTEGER:
        return {"type": "integer"}
    if kind == TypeKind.AMOUNT:
        return dict(_AMOUNT)
    if kind == TypeKind.WEEKS:
        return dict(_WEEKS)
    if kind == TypeKind.TEXT:
        return {"type": "string"}
    if kind == TypeKind.CHOICE:
        return {"type": "string", "enum": list(t.options)}
    if kind == TypeKind.DATE:
        return dict(_DATE)
    if kind == TypeKind.HISTORY:
        period = {
            "type": "object",
            "properties": {"fra": _DATE, "til": {"oneOf": [_DATE, {"type": "null"}]},
                           "værdi": {"type": "string", "enum": list(t.options)}},
            "required": ["fra", "værdi"],
            "additionalProperties": False,
        }
        return {"type": "array", "items": period, "description": "Perioder (begge dage medregnet; til: null mens åben)"}
    if kind == TypeKind.CADENCE:
        return {"type": "object", "properties": {"fra": _DATE, "uger": _WEEKS, "måneder": {"type": "integer", "minimum": 1}},
                "required": ["fra"], "minProperties": 2, "maxProperties": 2, "additionalProperties": False}
    return {}


def _fact(concept: m.Concept) -> dict[str, Any]:
    schema: dict[str, Any] = {"oneOf": [value_schema(concept.type), {"type": "null"}]}
    if concept.description:
        schema["description"] = concept.description
    if concept.source is not None:
        schema["x-lov-kilde"] = {"art": concept.source.kind, "tekst": concept.source.text}
    schema["x-lov-type"] = str(concept.type)
    return schema


def citizen_schema(law: m.Law, base: str | None = None) -> dict[str, Any]:
    """The schema of one citizen's input to ``law`` (``$id`` under ``base`` when given)."""
    facts = {
        "type": "object",
        "properties": {name: _fact(c) for name, c in law.concepts.items()},
        "additionalProperties": False,
    }
    ids = m.judgment_ids(law)
    judgments = {
        "type": "object",
        "description": "Sagsbehandlerens skøn efter id (eller ordlyd); et skøn, der ikke er givet, er ukendt.",
        "properties": {ident: {"oneOf": [_BOOLEAN, {"type": "null"}], "description": text}
                       for ident, text in ids.items()},
        "propertyNames": {"enum": [*ids, *ids.values()]},
    }
    schema: dict[str, Any] = {"$schema": DIALECT}
    if base is not None:
        schema["$id"] = f"{base}/borger.schema.json"
    schema.update({
        "title": f"Borger: {law.title or law.file}" + (f" ({law.version})" if law.version else ""),
        "description": "En borgers oplysninger: begreberne direkte, eller {\"fakta\": …, \"skøn\": …}. "
                       "null betyder, at oplysningen mangler.",
        "x-lov-sha256": law.sha256,
        "$defs": {"fakta": facts, "skøn": judgments},
        "oneOf": [
            {"$ref": "#/$defs/fakta"},
            {"type": "object", "properties": {"fakta": {"$ref": "#/$defs/fakta"}, "skøn": {"$ref": "#/$defs/skøn"}},
             "required": ["fakta"], "additionalProperties": False},
        ],
    })
    return schema
