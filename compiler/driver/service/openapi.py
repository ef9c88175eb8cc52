"""The OpenAPI 3.1 document of a decision service: every loaded law with its own typed paths.

Each law gets concrete paths (``/love/kl-2017/evaluer``, …) whose request bodies carry that
law's citizen schema (:func:`compiler.evaluate.schema.citizen_schema`, JSON Schema 2020-12 as
OpenAPI 3.1 takes it) under ``components/schemas``, so a client generator gives a vendor one
typed method per law. Errors are problem documents (RFC 9457).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from compiler.driver.service.problems import MEDIA_TYPE, problem_schema
from compiler.driver.service.tables import TABLE_TYPES
from dsl import __version__

if TYPE_CHECKING:
    from compiler.driver.service.laws import ServedLaw
    from compiler.driver.service.limits import Limits

_OUTCOME = {
    "type": "object",
    "required": ["art", "regler"],
    "properties": {
        "art": {"type": "string", "enum": ["værdi", "skøn", "konflikt", "mangler", "ingen regel", "tvetydig"]},
        "værdi": {"description": "Værdien (art værdi): tal, sandhedsværdi, tekst, dato, brøk som tekst"},
        "tekst": {"type": "string", "description": "Værdien, som loven skriver den"},
        "kandidater": {"type": "array", "items": {"type": "string", "format": "date"}},
        "regler": {"type": "array", "items": {"type": "string"}, "description": "De afgørende bestemmelser"},
        "skøn": {"type": "string", "description": "Ordlyden af et skøn, der ikke er givet"},
        "mangler": {"type": "string", "description": "Det begreb, der mangler"},
    },
}
_IDENTITY = {
    "navn": {"type": "string"}, "titel": {"type": ["string", "null"]},
    "version": {"type": ["string", "null"]}, "sha256": {"type": "string"},
}


def _key(name: str) -> str:
    """A component name (OpenAPI allows only ``[a-zA-Z0-9._-]``)."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))


def _problems(*statuses: int) -> dict[str, Any]:
    ref = {"$ref": "#/components/schemas/Problem"}
    return {str(s): {"description": "Problem (RFC 9457)", "content": {MEDIA_TYPE: {"schema": ref}}} for s in statuses}


def _rebase(schema: Any, prefix: str) -> Any:
    """``schema`` with its ``#/$defs/x`` references pointing at ``components/schemas/<prefix>x``."""
    if isinstance(schema, dict):
        return {k: (f"#/components/schemas/{prefix}{_key(v.split('/')[-1])}" if k == "$ref" and isinstance(v, str)
                    and v.startswith("#/$defs/") else _rebase(v, prefix)) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_rebase(x, prefix) for x in schema]
    return schema


def openapi_document(laws: Mapping[str, ServedLaw], limits: Limits) -> dict[str, Any]:
    """The OpenAPI 3.1 document for ``laws``."""
    schemas: dict[str, Any] = {"Problem": problem_schema(), "Udfald": _OUTCOME}
    paths: dict[str, Any] = {
        "/love": {"get": {"operationId": "love", "summary": "De love, tjenesten har",
                          "responses": {"200": _ok({"type": "object", "properties": {"love": {
                              "type": "array", "items": {"type": "object", "properties": _IDENTITY}}}})}}},
        "/health": {"get": {"operationId": "health", "summary": "Tjenesten kører",
                            "responses": {"200": _ok({"type": "object"})}}},
    }
    for name, served in laws.items():
        key = _key(name)
        citizen = served.schema()
        for sub, defined in citizen["$defs"].items():
            schemas[f"{key}_{_key(sub)}"] = _rebase(defined, f"{key}_")
        schemas[f"{key}_borger"] = {k: _rebase(v, f"{key}_") for k, v in citizen.items()
                                    if k not in ("$schema", "$id", "$defs")}
        borger = {"$ref": f"#/components/schemas/{key}_borger"}
        results = {"type": "array", "items": {"type": "string", "enum": list(served.law.results)},
                   "description": "Kun disse resultater (ellers alle, og målgrupperne)"}
        answer = {"type": "object", "properties": {
            **_IDENTITY,
            "målgrupper": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Udfald"}},
            "resultater": {"type": "object", "additionalProperties": {"type": "object"}},
        }}
        title = served.law.title or name
        paths[f"/love/{name}"] = {"get": {
            "operationId": f"{key}_beskrivelse", "summary": f"{title}: resultater, begreber, målgrupper og skøn",
            "tags": [name], "responses": {"200": _ok({"type": "object"})}}}
        paths[f"/love/{name}/skema"] = {"get": {
            "operationId": f"{key}_skema", "summary": f"{title}: JSON Schema for en borgers oplysninger",
            "tags": [name], "responses": {"200": {"description": "JSON Schema (2020-12)",
                                                  "content": {"application/schema+json": {"schema": {"type": "object"}}}}}}}
        paths[f"/love/{name}/evaluer"] = {"post": {
            "operationId": f"{key}_evaluer", "summary": f"{title}: evaluér én borger", "tags": [name],
            "requestBody": _body({"type": "object", "required": ["borger"], "additionalProperties": False,
                                  "properties": {"borger": borger, "resultater": results,
                                                 "forklar": {"type": "boolean", "description": "Med udledningen (§§)"}}}),
            "responses": {"200": _ok(answer), **_problems(400, 413, 415, 422)}}}
        paths[f"/love/{name}/evaluer-mange"] = {"post": {
            "operationId": f"{key}_evaluer_mange", "summary": f"{title}: evaluér mange borgere (højst {limits.max_batch})",
            "tags": [name],
            "description": "JSON med borgerne, eller en tabel (Arrow IPC-strøm eller Parquet) med én række pr. "
                           "borger og én kolonne pr. begreb (`skøn: <ordlyd>` for skøn); for en tabel vælges "
                           "resultaterne med forespørgselsparameteren `resultater` (kommasepareret).",
            "parameters": [{"name": "resultater", "in": "query", "required": False, "schema": {"type": "string"},
                            "description": "Kun for tabeller: de resultater, der ønskes, adskilt af komma"}],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": {
                    "type": "object", "required": ["borgere"], "additionalProperties": False,
                    "properties": {"borgere": {"type": "array", "items": borger, "maxItems": limits.max_batch},
                                   "resultater": results}}},
                **{kind: {"schema": {"type": "string", "format": "binary"}} for kind in TABLE_TYPES}}},
            "responses": {"200": _ok({"type": "object", "properties": {**_IDENTITY, "svar": {
                "type": "array", "items": {"type": "object"}}}}), **_problems(400, 413, 415, 422)}}}
        paths[f"/love/{name}/frister"] = {"post": {
            "operationId": f"{key}_frister", "summary": f"{title}: borgerens frister og aftaler med datoer", "tags": [name],
            "requestBody": _body({"type": "object", "required": ["borger"], "additionalProperties": False,
                                  "properties": {"borger": borger, "fra": {"type": "string", "format": "date"},
                                                 "til": {"type": "string", "format": "date"}}}),
            "responses": {"200": _ok({"type": "object"}), **_problems(400, 413, 415, 422)}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "lov — beslutningstjeneste", "version": __version__,
                 "description": "Lovens resultater for en borger, afgjort af den genererede evaluator. "
                                f"Forespørgsler er højst {limits.max_body} byte og {limits.max_depth} niveauer dybe."},
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}
