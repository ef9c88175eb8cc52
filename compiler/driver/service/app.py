"""The decision service (`lov serve`): an ASGI application on Starlette.

Paths follow the project's naming rule: the law's own concepts in Danish (``/love``,
``/love/{navn}/evaluer``, ``/skema``, ``/frister``), the machinery every service has in
English (``/openapi.json``, ``/health``, ``/metrics``). Every bad request is a 4xx problem
document (RFC 9457, :mod:`compiler.driver.service.problems`); the body size, the batch size and
the JSON nesting are bounded (:class:`Limits`).
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from typing import Any, Awaitable, Callable, Mapping

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from compiler.driver.service.laws import ServedLaw
from compiler.driver.service.limits import Limits
from compiler.driver.service.openapi import openapi_document
from compiler.driver.service.problems import MEDIA_TYPE, TYPES, Problem
from compiler.driver.service.tables import TABLE_TYPES, read_table, table_answers
from compiler.evaluate.facts import FactError, NestingError, parse_json

log = logging.getLogger("lov.serve")


def language(request: Request) -> str:
    """``en`` when Accept-Language prefers English to Danish, else ``da``."""
    best, best_q = "da", -1.0
    for part in request.headers.get("accept-language", "").split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        lang = tag.strip().lower().split("-")[0]
        if lang in ("da", "en") and q > best_q:
            best, best_q = lang, q
    return best


def _depth(value: Any) -> int:
    """How deeply arrays and objects nest in parsed JSON (iteratively: no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (list, dict)):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


class Service:
    """The application's state: the laws, the limits and the metrics."""

    def __init__(self, laws: Mapping[str, ServedLaw], limits: Limits = Limits()) -> None:
        self.laws = dict(laws)
        self.limits = limits
        self.registry = CollectorRegistry()
        self.requests = Counter("lov_requests", "Forespørgsler pr. adresse og status", ["path", "status"],
                                registry=self.registry)
        self.errors = Counter("lov_errors", "Fejlsvar (4xx og 5xx) pr. adresse og problemtype", ["path", "type"],
                              registry=self.registry)
        self.latency = Histogram("lov_request_seconds", "Svartid pr. adresse", ["path"], registry=self.registry,
                                 buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0))
        self.openapi = openapi_document(self.laws, limits)

    # ---- plumbing ---------------------------------------------------------------------------
    def route(self, path: str, fn: Callable[[Request], Awaitable[Any]], methods: list[str]) -> Route:
        """A route whose handler returns JSON-able data; problems, metrics and timing around it."""

        async def endpoint(request: Request) -> Response:
            t0 = time.perf_counter()
            try:
                result = await fn(request)
                response = result if isinstance(result, Response) else _json(result)
            except Problem as problem:
                response = self.problem(request, problem, path)
            except Exception as error:  # a bug: a 500 problem without the trace (logged here)
                log.exception("intern fejl i %s", path)
                self.errors.labels(path, "intern-fejl").inc()
                response = JSONResponse({"type": "about:blank", "title": "Intern fejl", "status": 500,
                                         "detail": f"intern fejl ({type(error).__name__})"},
                                        status_code=500, media_type=MEDIA_TYPE)
            self.requests.labels(path, str(response.status_code)).inc()
            self.latency.labels(path).observe(time.perf_counter() - t0)
            return response

        return Route(path, endpoint, methods=methods)

    def problem(self, request: Request, problem: Problem, path: str) -> Response:
        self.errors.labels(path, problem.slug).inc()
        doc = problem.document(language(request), request.url.path)
        return JSONResponse(doc, status_code=problem.status, media_type=MEDIA_TYPE,
                            headers={"Content-Language": language(request)})

    async def body(self, request: Request) -> Any:
        """The request's JSON, bounded in size and nesting."""
        kind = _media_type(request)
        if kind not in ("application/json", "application/problem+json", ""):
            raise Problem("medietype", f"indholdstypen {kind!r} understøttes ikke; send application/json",
                          f"the content type {kind!r} is not supported; send application/json")
        raw = await self.raw(request)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Problem("ugyldig-json", "forespørgslen er ikke gyldig UTF-8", "the request is not valid UTF-8") from None
        try:
            data = parse_json(text, "")
        except FactError as error:
            raise Problem("for-dyb" if isinstance(error, NestingError) else "ugyldig-json", error.da, error.en) from None
        if _depth(data) > self.limits.max_depth:
            raise Problem("for-dyb", f"JSON'en er indlejret mere end {self.limits.max_depth} niveauer",
                          f"the JSON nests more than {self.limits.max_depth} levels")
        return data

    async def raw(self, request: Request) -> bytes:
        """The request's bytes, bounded in size."""
        limit = self.limits.max_body
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise Problem("for-stor", f"forespørgslen er over {limit} byte", f"the request is over {limit} bytes")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Problem("for-stor", f"forespørgslen er over {limit} byte", f"the request is over {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def law(self, request: Request) -> ServedLaw:
        name = request.path_params["navn"]
        served = self.laws.get(name)
        if served is None:
            raise Problem("ukendt-lov", f"tjenesten har ingen lov '{name}'", f"the service has no law '{name}'",
                          options=tuple(self.laws))
        return served

    # ---- endpoints ------------------------------------------------------------------------
    async def list_laws(self, request: Request) -> Any:
        return {"love": [served.identity for served in self.laws.values()]}

    async def describe(self, request: Request) -> Any:
        return self.law(request).description()

    async def schema(self, request: Request) -> Any:
        return JSONResponse(self.law(request).schema(), media_type="application/schema+json")

    async def evaluate(self, request: Request) -> Any:
        served = self.law(request)
        body = _object(await self.body(request), {"borger", "resultater", "forklar"}, {"borger"})
        explain = body.get("forklar", False)
        if not isinstance(explain, bool):
            raise Problem("ugyldig-forespoergsel", "\"forklar\" skal være true eller false",
                          "\"forklar\" must be true or false", ("forklar",))
        names = served.results_asked(body.get("resultater"), ("resultater",))
        facts, judgments = served.citizen(body["borger"], ("borger",))
        return served.answer(facts, judgments, names, explain, groups=body.get("resultater") is None)

    async def evaluate_many(self, request: Request) -> Any:
        served = self.law(request)
        kind = _media_type(request)
        if kind in TABLE_TYPES:  # a table: the columns straight to the columnar evaluator
            table = read_table(await self.raw(request), kind)
            if table.num_rows > self.limits.max_batch:
                raise Problem("for-mange", f"højst {self.limits.max_batch} borgere i én forespørgsel, fik {table.num_rows}",
                              f"at most {self.limits.max_batch} citizens in one request, got {table.num_rows}")
            asked = request.query_params.get("resultater")
            names = served.results_asked(None if asked is None else [n for n in asked.split(",") if n],
                                         ("resultater",))
            return {**served.identity,
                    "svar": table_answers(served.law, served.columnar, table, names, asked is None)}
        body = _object(await self.body(request), {"borgere", "resultater"}, {"borgere"})
        citizens = body["borgere"]
        if not isinstance(citizens, list):
            raise Problem("ugyldig-forespoergsel", "\"borgere\" skal være en liste", "\"borgere\" must be a list",
                          ("borgere",))
        if len(citizens) > self.limits.max_batch:
            raise Problem("for-mange", f"højst {self.limits.max_batch} borgere i én forespørgsel, fik {len(citizens)}",
                          f"at most {self.limits.max_batch} citizens in one request, got {len(citizens)}", ("borgere",))
        names = served.results_asked(body.get("resultater"), ("resultater",))
        groups = body.get("resultater") is None
        return {**served.identity, "svar": served.answer_many(citizens, names, groups)}

    async def schedule(self, request: Request) -> Any:
        served = self.law(request)
        body = _object(await self.body(request), {"borger", "fra", "til"}, {"borger"})
        start, end = _day(body.get("fra"), "fra"), _day(body.get("til"), "til")
        if start is not None and end is not None and end < start:
            raise Problem("ugyldig-forespoergsel", f"\"til\" {end.isoformat()} ligger før \"fra\" {start.isoformat()}",
                          f"\"til\" {end.isoformat()} is before \"fra\" {start.isoformat()}", ("til",))
        facts, judgments = served.citizen(body["borger"], ("borger",))
        return served.schedule(facts, judgments, start, end)

    async def openapi_json(self, request: Request) -> Any:
        return self.openapi

    async def health(self, request: Request) -> Any:
        return {"status": "ok", "love": len(self.laws)}

    async def metrics(self, request: Request) -> Any:
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)

    async def problem_page(self, request: Request) -> Any:
        slug = request.path_params["slug"]
        if slug not in TYPES:
            raise Problem("ikke-fundet", f"ingen problemtype '{slug}'", f"no problem type '{slug}'", options=tuple(TYPES))
        status, da, en = TYPES[slug]
        return {"type": f"/problemer/{slug}", "status": status, "titel": da, "title": en}


def _json(data: Any) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, media_type="application/json")


def _object(data: Any, allowed: set[str], required: set[str]) -> dict[str, Any]:
    """The request body as an object with only ``allowed`` keys and every ``required`` one."""
    if not isinstance(data, dict):
        raise Problem("ugyldig-forespoergsel", "forespørgslen skal være et JSON-objekt", "the request must be a JSON object")
    for key in sorted(set(data) - allowed):
        raise Problem("ugyldig-forespoergsel", f"ukendt felt \"{key}\"", f"unknown field \"{key}\"", (key,),
                      tuple(sorted(allowed)))
    for key in sorted(required - set(data)):
        raise Problem("ugyldig-forespoergsel", f"feltet \"{key}\" mangler", f"the field \"{key}\" is missing", (key,))
    return data


def _day(raw: Any, key: str) -> datetime.date | None:
    if raw is None:
        return None
    try:
        if isinstance(raw, str) and len(raw) == 10:
            return datetime.date.fromisoformat(raw)
    except ValueError:
        pass
    raise Problem("ugyldig-forespoergsel", f"\"{key}\" skal være en dato (ÅÅÅÅ-MM-DD)",
                  f"\"{key}\" must be a date (YYYY-MM-DD)", (key,))


def create_app(laws: Mapping[str, ServedLaw], limits: Limits = Limits()) -> Starlette:
    """The ASGI application serving ``laws``."""
    service = Service(laws, limits)
    routes = [
        service.route("/love", service.list_laws, ["GET"]),
        service.route("/love/{navn}", service.describe, ["GET"]),
        service.route("/love/{navn}/skema", service.schema, ["GET"]),
        service.route("/love/{navn}/evaluer", service.evaluate, ["POST"]),
        service.route("/love/{navn}/evaluer-mange", service.evaluate_many, ["POST"]),
        service.route("/love/{navn}/frister", service.schedule, ["POST"]),
        service.route("/problemer/{slug}", service.problem_page, ["GET"]),
        service.route("/openapi.json", service.openapi_json, ["GET"]),
        service.route("/health", service.health, ["GET"]),
        service.route("/metrics", service.metrics, ["GET"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        slug = "metode" if status == 405 else "ikke-fundet"
        problem = Problem(slug, f"{request.method} {request.url.path} findes ikke",
                          f"{request.method} {request.url.path} does not exist")
        return service.problem(request, problem, "ukendt")

    app = Starlette(routes=routes, exception_handlers={HTTPException: not_found})
    app.state.service = service
    return app


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
