"""A citizen's facts and judgments from JSON (`lov eval --input borger.json`), checked against the law.

Two forms are accepted:

* flat: ``{"alder": 27, "forsikret": true, "ledighed": 10}`` — every key a `begreb`;
* with judgments: ``{"fakta": {...}, "skøn": {"konkret individuel vurdering": true}}`` — used
  whenever the top-level object has the key ``"fakta"``.

Values: ``heltal`` a whole number; ``sandhedsværdi`` true/false (or "ja"/"nej"); ``beløb`` a number
or a string such as "30,50" or "30,50 kr." (read exactly, never as floating point); ``uger`` a
number of weeks (whole, decimal or "13/3"); ``tekst`` a string; ``valg`` one of the options;
``dato`` an ISO date "2026-01-05"; ``forløb`` a list of periods ``{"fra": "2026-01-05", "til":
"2026-03-01" or null while open, "værdi": "dagpenge"}`` (both days included; any order, no
overlaps); ``kadence`` ``{"fra": "2026-01-05", "uger": 4}`` (or ``"måneder"``); ``null`` means the
fact is missing. Every problem is a :class:`FactError` with a Danish message naming the JSON path.
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from dsl import model as m
from dsl.kinds import TypeKind
from dsl.language import current, did_you_mean
from dsl.model import Value
from dsl.terminal import shorten
from dsl.timeline import _forløbsfejl


class FactError(ValueError):
    """Input that does not fit the law. ``str()`` is the Danish message with its place
    (``file: …``); ``path`` is the JSON path of the offending value (keys and list indices),
    ``options`` the valid values where there is a closed set, and :meth:`message` gives the
    text without the place in Danish or English (the decision service's problem documents)."""

    def __init__(self, file: str, da: str, en: str | None = None, path: tuple[str | int, ...] = (),
                 options: tuple[str, ...] = ()) -> None:
        super().__init__(f"{file}: {da}" if file else da)
        self.file, self.da, self.en, self.path, self.options = file, da, en or da, path, options

    def message(self, sprog: str | None = None) -> str:
        return self.en if (sprog or current()) == "en" else self.da

    def located(self) -> str:
        """The message with its place, in the current language."""
        return f"{self.file}: {self.message()}" if self.file else self.message()


class NestingError(FactError):
    """JSON nested more deeply than the reader can follow."""


def _quoted(path: tuple[str | int, ...]) -> str:
    """A JSON path as messages write it: 'forløb[0].fra'."""
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return f"'{out}'"


#: The most digits a number in the input may have, and the largest exponent of a decimal:
#: far beyond any fact about a citizen, and small enough that exact arithmetic stays instant.
MAX_DIGITS = 30
MAX_EXPONENT = 30


class _Refused(ValueError):
    """A number or object the input may not have (the message says why, also in English)."""

    def __init__(self, da: str, en: str) -> None:
        super().__init__(da)
        self.en = en


def bounded_integer(text: str) -> int:
    """``parse_int`` for :func:`json.loads`: at most :data:`MAX_DIGITS` digits."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused(f"tallet {shorten(text)} har mere end {MAX_DIGITS} cifre",
                       f"the number {shorten(text)} has more than {MAX_DIGITS} digits")
    return int(text)


def bounded_decimal(text: str) -> Decimal:
    """``parse_float`` for :func:`json.loads`: an exact decimal of bounded size and exponent."""
    mantissa, _, exponent = text.lower().partition("e")
    digits = sum(c.isdigit() for c in mantissa)
    if digits > MAX_DIGITS or (exponent and (len(exponent.lstrip("+-")) > 3 or abs(int(exponent)) > MAX_EXPONENT)):
        raise _Refused(f"tallet {shorten(text)} er for stort eller for præcist (højst {MAX_DIGITS} cifre og "
                       f"eksponent højst {MAX_EXPONENT})",
                       f"the number {shorten(text)} is too large or too precise (at most {MAX_DIGITS} digits "
                       f"and an exponent of at most {MAX_EXPONENT})")
    return Decimal(text)


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            shown = shorten(json.dumps(key, ensure_ascii=False))
            raise _Refused(f"nøglen {shown} står to gange i samme objekt", f"the key {shown} occurs twice in one object")
        out[key] = value
    return out


def _not_json(name: str) -> Any:
    """``NaN``, ``Infinity`` and ``-Infinity`` are not JSON (RFC 8259), whatever Python's reader allows."""
    raise _Refused(f"{name} er ikke et tal i JSON", f"{name} is not a number in JSON")


def parse_json(text: str, file: str, line: int = 1) -> Any:
    """JSON with exact numbers (decimals as ``Decimal``); errors as file:line:column (``text``
    begins on the file's ``line``: one line of JSON Lines). A key given twice in one object is an
    error (not last-wins), and numbers are bounded (:data:`MAX_DIGITS`)."""
    try:
        return json.loads(text, parse_float=bounded_decimal, parse_int=bounded_integer, object_pairs_hook=_unique,
                          parse_constant=_not_json)
    except json.JSONDecodeError as error:
        at = error.lineno + line - 1
        raise FactError(f"{file}:{at}:{error.colno}", f"ugyldig JSON: {error.msg}",
                        f"invalid JSON at line {at}, column {error.colno}: {error.msg}") from None
    except _Refused as error:
        raise FactError(file if line == 1 else f"{file}:{line}", str(error), error.en) from None
    except RecursionError:
        raise NestingError(file, "JSON'en er for dybt indlejret", "the JSON is nested too deeply") from None


def facts_from_json(law: m.Law, data: Any, file: str = "input") -> tuple[dict[str, Value], dict[str, bool]]:
    """The facts and judgments in ``data`` (parsed JSON), checked against ``law``.

    Judgments are keyed by their identifier (:func:`dsl.model.judgment_ids`) or their wording."""
    if not isinstance(data, dict):
        raise FactError(file, f"forventede et JSON-objekt med begreberne som nøgler, fik {_json_kind(data)}",
                        f"expected a JSON object with the begreber as keys, got {_json_kind(data, 'en')}")
    judgments: dict[str, bool] = {}
    raw_facts: dict[str, Any] = data
    prefix: tuple[str, ...] = ()
    if "fakta" in data:
        extra = sorted(set(data) - {"fakta", "skøn"})
        if extra:
            raise FactError(file, f"med \"fakta\" må objektet kun have \"fakta\" og \"skøn\", ikke {extra[0]!r}",
                            f"with \"fakta\" the object may only have \"fakta\" and \"skøn\", not {extra[0]!r}",
                            (extra[0],), ("fakta", "skøn"))
        if not isinstance(data["fakta"], dict):
            raise FactError(file, f"\"fakta\" skal være et objekt, fik {_json_kind(data['fakta'])}",
                            f"\"fakta\" must be an object, got {_json_kind(data['fakta'], 'en')}", ("fakta",))
        raw_facts, prefix = data["fakta"], ("fakta",)
        raw_judgments = data.get("skøn", {})
        if not isinstance(raw_judgments, dict):
            raise FactError(file, f"\"skøn\" skal være et objekt, fik {_json_kind(raw_judgments)}",
                            f"\"skøn\" must be an object, got {_json_kind(raw_judgments, 'en')}", ("skøn",))
        judgments = _judgments(law, raw_judgments, file)
    facts: dict[str, Value] = {}
    for name, raw in raw_facts.items():
        concept = law.concepts.get(name)
        if concept is None:
            da, en = did_you_mean(name, law.concepts)
            raise FactError(file, f"ukendt begreb '{name}'{da}", f"unknown begreb '{name}'{en}",
                            (*prefix, name), tuple(law.concepts))
        if raw is None:
            continue
        facts[name] = convert(concept, raw, file, prefix)
    return facts, judgments


def _judgments(law: m.Law, raw: dict[str, Any], file: str) -> dict[str, bool]:
    ids = m.judgment_ids(law)
    known = set(ids.values())
    out: dict[str, bool] = {}
    for key, answer in raw.items():
        text = ids.get(key, key)
        if text not in known:
            da, en = did_you_mean(key, sorted(ids), quote='"')
            if not da:
                da, en = did_you_mean(key, sorted(known), quote='"')
            raise FactError(file, f"loven har intet skøn \"{key}\"{da}", f"the law has no judgment \"{key}\"{en}",
                            ("skøn", key), tuple(ids))
        if answer is None:
            continue
        value = _bool(answer)
        if value is None:
            raise FactError(file, f"skønnet \"{key}\" skal være true/false (ja/nej), fik {_json_kind(answer)}",
                            f"the judgment \"{key}\" must be true/false (ja/nej), got {_json_kind(answer, 'en')}",
                            ("skøn", key))
        out[text] = value
    return out


def convert(concept: m.Concept, raw: Any, file: str = "input", prefix: tuple[str, ...] = ()) -> Value:
    """One JSON value as the begreb's type, or :class:`FactError` (``prefix``: the path to the facts)."""
    kind = concept.type.kind
    path = (*prefix, concept.name)
    value: Value | None = None
    if kind == TypeKind.BOOLEAN:
        value = _bool(raw)
    elif kind == TypeKind.INTEGER:
        if isinstance(raw, int) and not isinstance(raw, bool):
            value = raw
    elif kind == TypeKind.AMOUNT:
        value = _amount(raw)
    elif kind == TypeKind.WEEKS:
        value = _weeks(raw)
    elif kind == TypeKind.TEXT:
        value = raw if isinstance(raw, str) else None
    elif kind == TypeKind.DATE:
        value = _date(raw, file, path)
    elif kind == TypeKind.HISTORY:
        value = _history(concept, raw, file, path)
    elif kind == TypeKind.CADENCE:
        value = _cadence(raw, file, path)
    elif kind == TypeKind.CHOICE:
        if isinstance(raw, str) and raw in concept.type.options:
            value = raw
        elif isinstance(raw, str):
            options = concept.type.options
            raise FactError(file, f"{_quoted(path)} skal være et af valgene {', '.join(options)}; fik {_json_kind(raw)}",
                            f"{_quoted(path)} must be one of the options {', '.join(options)}; got {_json_kind(raw, 'en')}",
                            path, options)
    if value is None:
        raise FactError(file, f"{_quoted(path)} skal være {_wanted(concept.type)}; fik {_json_kind(raw)}",
                        f"{_quoted(path)} must be {_wanted(concept.type, 'en')}; got {_json_kind(raw, 'en')}",
                        path, concept.type.options if kind == TypeKind.CHOICE else ())
    return value


def _date(raw: Any, file: str, path: tuple[str | int, ...]) -> datetime.date:
    """An ISO date (`2026-01-05`), or :class:`FactError` at ``path``."""
    if isinstance(raw, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
        try:
            return datetime.date.fromisoformat(raw)
        except ValueError:
            shown = shorten(json.dumps(raw))
            raise FactError(file, f"{_quoted(path)}: {shown} er ikke en dato i kalenderen",
                            f"{_quoted(path)}: {shown} is not a date in the calendar", path) from None
    raise FactError(file, f"{_quoted(path)} skal være en dato (ÅÅÅÅ-MM-DD, fx \"2026-01-05\"); fik {_json_kind(raw)}",
                    f"{_quoted(path)} must be a date (YYYY-MM-DD, e.g. \"2026-01-05\"); got {_json_kind(raw, 'en')}", path)


def _history(concept: m.Concept, raw: Any, file: str,
             path: tuple[str | int, ...]) -> tuple[tuple[datetime.date, datetime.date | None, str], ...]:
    """A history: a list of {"fra", "til", "værdi"}, sorted by start and checked for overlaps."""
    options = concept.type.options
    if not isinstance(raw, list):
        example = f"{{\"fra\": \"2026-01-05\", \"til\": null, \"værdi\": \"{options[0] if options else '…'}\"}}"
        raise FactError(file, f"{_quoted(path)} skal være et forløb: en liste af perioder {example}; fik {_json_kind(raw)}",
                        f"{_quoted(path)} must be a history: a list of periods {example}; got {_json_kind(raw, 'en')}", path)
    periods: list[tuple[int, tuple[datetime.date, datetime.date | None, str]]] = []
    for i, item in enumerate(raw):
        here = (*path, i)
        if not isinstance(item, dict):
            raise FactError(file, f"{_quoted(here)} skal være et objekt med \"fra\", \"til\" og \"værdi\"; fik {_json_kind(item)}",
                            f"{_quoted(here)} must be an object with \"fra\", \"til\" and \"værdi\"; got "
                            f"{_json_kind(item, 'en')}", here)
        extra = sorted(set(item) - {"fra", "til", "værdi"})
        if extra:
            shown = shorten(json.dumps(extra[0], ensure_ascii=False))
            raise FactError(file, f"{_quoted(here)}: ukendt nøgle {shown}; en periode har \"fra\", \"til\" og \"værdi\"",
                            f"{_quoted(here)}: unknown key {shown}; a period has \"fra\", \"til\" and \"værdi\"",
                            (*here, extra[0]), ("fra", "til", "værdi"))
        if "fra" not in item or "værdi" not in item:
            key = "fra" if "fra" not in item else "værdi"
            raise FactError(file, f"{_quoted(here)}: mangler \"{key}\"", f"{_quoted(here)}: \"{key}\" is missing", (*here, key))
        start = _date(item["fra"], file, (*here, "fra"))
        end = None if item.get("til") is None else _date(item["til"], file, (*here, "til"))
        value = item["værdi"]
        if not isinstance(value, str) or value not in options:
            where = _quoted((*here, "værdi"))
            raise FactError(file, f"{where} skal være et af valgene {', '.join(options)}; fik {_json_kind(value)}",
                            f"{where} must be one of the options {', '.join(options)}; got {_json_kind(value, 'en')}",
                            (*here, "værdi"), options)
        periods.append((i, (start, end, value)))
    periods.sort(key=lambda p: p[1][0])
    history = tuple(p for _, p in periods)
    problem = _forløbsfejl(history)
    if problem is not None:
        index, da, en = problem
        here = (*path, periods[index][0])
        raise FactError(file, f"{_quoted(here)}: {da}", f"{_quoted(here)}: {en}", here)
    return history


def _cadence(raw: Any, file: str, path: tuple[str | int, ...]) -> tuple[datetime.date, int | Fraction, int | None]:
    where = _quoted(path)
    if not isinstance(raw, dict) or "fra" not in raw or len(raw) != 2 or not ({"uger", "måneder"} & set(raw)):
        raise FactError(file, f"{where} skal være en kadence {{\"fra\": \"2026-01-05\", \"uger\": 4}}; fik {_json_kind(raw)}",
                        f"{where} must be a cadence {{\"fra\": \"2026-01-05\", \"uger\": 4}}; got {_json_kind(raw, 'en')}",
                        path)
    start = _date(raw["fra"], file, (*path, "fra"))
    if "måneder" in raw:
        months = raw["måneder"]
        if not isinstance(months, int) or isinstance(months, bool) or months < 1:
            raise FactError(file, f"{_quoted((*path, 'måneder'))} skal være et positivt heltal; fik {_json_kind(months)}",
                            f"{_quoted((*path, 'måneder'))} must be a positive whole number; got {_json_kind(months, 'en')}",
                            (*path, "måneder"))
        return (start, Fraction(52, 12) * months, months)
    weeks = _weeks(raw["uger"])
    if weeks is None or weeks <= 0:
        raise FactError(file, f"{_quoted((*path, 'uger'))} skal være et positivt antal uger; fik {_json_kind(raw['uger'])}",
                        f"{_quoted((*path, 'uger'))} must be a positive number of weeks; got {_json_kind(raw['uger'], 'en')}",
                        (*path, "uger"))
    return (start, weeks, None)


def _bool(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if raw in ("ja", "nej"):
        return bool(raw == "ja")
    return None


def _amount(raw: Any) -> Decimal | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, Decimal)):
        return Decimal(raw)
    if isinstance(raw, str):
        text = re.sub(r"\s*kr\.?$", "", raw.strip())
        if "," in text:  # Danish: 1.000,50
            text = text.replace(".", "").replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None
    return None


def _weeks(raw: Any) -> int | Fraction | None:
    if isinstance(raw, bool):
        return None
    value: Fraction | None = None
    if isinstance(raw, (int, Decimal)):
        if isinstance(raw, Decimal) and not raw.is_finite():
            return None
        value = Fraction(raw)
    elif isinstance(raw, str):
        text = re.sub(r"\s*uger?\s*$", "", raw.strip()).replace(",", ".")
        try:
            value = Fraction(text)
        except (ValueError, ZeroDivisionError):
            return None
    if value is None:
        return None
    return int(value) if value.denominator == 1 else value


_WANTED = {
    TypeKind.INTEGER: ("et heltal", "a whole number"),
    TypeKind.BOOLEAN: ("true eller false (ja/nej)", "true or false (ja/nej)"),
    TypeKind.AMOUNT: ("et beløb (fx 30.50 eller \"30,50 kr.\")", "an amount (e.g. 30.50 or \"30,50 kr.\")"),
    TypeKind.WEEKS: ("et antal uger (fx 13 eller \"13/3\")", "a number of weeks (e.g. 13 or \"13/3\")"),
    TypeKind.TEXT: ("en tekst", "a text"),
    TypeKind.DATE: ("en dato (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)"),
}


def _wanted(t: m.Type, sprog: str = "da") -> str:
    pair = _WANTED.get(t.kind)
    return str(t) if pair is None else pair[sprog == "en"]


def _json_kind(raw: Any, sprog: str = "da") -> str:
    en = sprog == "en"
    if raw is None:
        return "null"
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, (int, Decimal)):
        return f"{'the number' if en else 'tallet'} {shorten(str(raw))}"
    if isinstance(raw, str):
        return shorten(json.dumps(raw, ensure_ascii=False))
    if isinstance(raw, list):
        return "a list" if en else "en liste"
    return "an object" if en else "et objekt"
