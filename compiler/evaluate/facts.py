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
import difflib
import json
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from dsl import model as m
from dsl.kinds import TypeKind
from dsl.model import Value
from dsl.terminal import shorten
from dsl.timeline import _forløbsfejl


class FactError(ValueError):
    """Input that does not fit the law; the message says what and where, in Danish."""


#: The most digits a number in the input may have, and the largest exponent of a decimal:
#: far beyond any fact about a citizen, and small enough that exact arithmetic stays instant.
MAX_DIGITS = 30
MAX_EXPONENT = 30


class _Refused(ValueError):
    """A number or object the input may not have (the message says why)."""


def bounded_integer(text: str) -> int:
    """``parse_int`` for :func:`json.loads`: at most :data:`MAX_DIGITS` digits."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused(f"tallet {shorten(text)} har mere end {MAX_DIGITS} cifre")
    return int(text)


def bounded_decimal(text: str) -> Decimal:
    """``parse_float`` for :func:`json.loads`: an exact decimal of bounded size and exponent."""
    mantissa, _, exponent = text.lower().partition("e")
    digits = sum(c.isdigit() for c in mantissa)
    if digits > MAX_DIGITS or (exponent and (len(exponent.lstrip("+-")) > 3 or abs(int(exponent)) > MAX_EXPONENT)):
        raise _Refused(f"tallet {shorten(text)} er for stort eller for præcist (højst {MAX_DIGITS} cifre og "
                       f"eksponent højst {MAX_EXPONENT})")
    return Decimal(text)


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(f"nøglen {shorten(json.dumps(key, ensure_ascii=False))} står to gange i samme objekt")
        out[key] = value
    return out


def parse_json(text: str, file: str) -> Any:
    """JSON with exact numbers (decimals as ``Decimal``); errors as file:line:column. A key given
    twice in one object is an error (not last-wins), and numbers are bounded (:data:`MAX_DIGITS`)."""
    try:
        return json.loads(text, parse_float=bounded_decimal, parse_int=bounded_integer, object_pairs_hook=_unique)
    except json.JSONDecodeError as error:
        raise FactError(f"{file}:{error.lineno}:{error.colno}: ugyldig JSON: {error.msg}") from None
    except _Refused as error:
        raise FactError(f"{file}: {error}") from None
    except RecursionError:
        raise FactError(f"{file}: JSON'en er for dybt indlejret") from None


def facts_from_json(law: m.Law, data: Any, file: str = "input") -> tuple[dict[str, Value], dict[str, bool]]:
    """The facts and judgments in ``data`` (parsed JSON), checked against ``law``."""
    if not isinstance(data, dict):
        raise FactError(f"{file}: forventede et JSON-objekt med begreberne som nøgler, fik {_json_kind(data)}")
    judgments: dict[str, bool] = {}
    raw_facts: dict[str, Any] = data
    if "fakta" in data:
        extra = sorted(set(data) - {"fakta", "skøn"})
        if extra:
            raise FactError(f"{file}: med \"fakta\" må objektet kun have \"fakta\" og \"skøn\", ikke {extra[0]!r}")
        if not isinstance(data["fakta"], dict):
            raise FactError(f"{file}: \"fakta\" skal være et objekt, fik {_json_kind(data['fakta'])}")
        raw_facts = data["fakta"]
        raw_judgments = data.get("skøn", {})
        if not isinstance(raw_judgments, dict):
            raise FactError(f"{file}: \"skøn\" skal være et objekt, fik {_json_kind(raw_judgments)}")
        judgments = _judgments(law, raw_judgments, file)
    facts: dict[str, Value] = {}
    for name, raw in raw_facts.items():
        concept = law.concepts.get(name)
        if concept is None:
            close = difflib.get_close_matches(name, list(law.concepts), n=1, cutoff=0.6)
            hint = f"; mente du '{close[0]}'?" if close else ""
            raise FactError(f"{file}: ukendt begreb '{name}'{hint}")
        if raw is None:
            continue
        facts[name] = convert(concept, raw, file)
    return facts, judgments


def _judgments(law: m.Law, raw: dict[str, Any], file: str) -> dict[str, bool]:
    known = {t for r in law.rules for t in r.judgments}
    for g in law.groups.values():
        known.update(e.text for e in m.walk(g.condition) if isinstance(e, m.Judgment))
    out: dict[str, bool] = {}
    for text, answer in raw.items():
        if text not in known:
            close = difflib.get_close_matches(text, sorted(known), n=1, cutoff=0.6)
            hint = f"; mente du \"{close[0]}\"?" if close else ""
            raise FactError(f"{file}: loven har intet skøn \"{text}\"{hint}")
        if answer is None:
            continue
        value = _bool(answer)
        if value is None:
            raise FactError(f"{file}: skønnet \"{text}\" skal være true/false (ja/nej), fik {_json_kind(answer)}")
        out[text] = value
    return out


def convert(concept: m.Concept, raw: Any, file: str = "input") -> Value:
    """One JSON value as the begreb's type, or :class:`FactError`."""
    kind = concept.type.kind
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
        value = _date(raw, f"{file}: '{concept.name}'")
    elif kind == TypeKind.HISTORY:
        value = _history(concept, raw, file)
    elif kind == TypeKind.CADENCE:
        value = _cadence(concept, raw, file)
    elif kind == TypeKind.CHOICE:
        if isinstance(raw, str) and raw in concept.type.options:
            value = raw
        elif isinstance(raw, str):
            raise FactError(
                f"{file}: '{concept.name}' skal være et af valgene {', '.join(concept.type.options)}; "
                f"fik {_json_kind(raw)}"
            )
    if value is None:
        raise FactError(f"{file}: '{concept.name}' skal være {_wanted(concept.type)}; fik {_json_kind(raw)}")
    return value


def _date(raw: Any, where: str) -> datetime.date:
    """An ISO date (`2026-01-05`), or :class:`FactError` saying ``where``."""
    if isinstance(raw, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
        try:
            return datetime.date.fromisoformat(raw)
        except ValueError:
            raise FactError(f"{where}: {shorten(json.dumps(raw))} er ikke en dato i kalenderen") from None
    raise FactError(f"{where} skal være en dato (ÅÅÅÅ-MM-DD, fx \"2026-01-05\"); fik {_json_kind(raw)}")


def _history(concept: m.Concept, raw: Any, file: str) -> tuple[tuple[datetime.date, datetime.date | None, str], ...]:
    """A history: a list of {"fra", "til", "værdi"}, sorted by start and checked for overlaps."""
    name = concept.name
    if not isinstance(raw, list):
        raise FactError(f"{file}: '{name}' skal være et forløb: en liste af perioder {{\"fra\": \"2026-01-05\", "
                        f"\"til\": null, \"værdi\": \"{concept.type.options[0] if concept.type.options else '…'}\"}}; "
                        f"fik {_json_kind(raw)}")
    periods: list[tuple[int, tuple[datetime.date, datetime.date | None, str]]] = []
    for i, item in enumerate(raw):
        path = f"{file}: '{name}[{i}]'"
        if not isinstance(item, dict):
            raise FactError(f"{path} skal være et objekt med \"fra\", \"til\" og \"værdi\"; fik {_json_kind(item)}")
        extra = sorted(set(item) - {"fra", "til", "værdi"})
        if extra:
            raise FactError(f"{path}: ukendt nøgle {shorten(json.dumps(extra[0], ensure_ascii=False))}; en periode "
                            "har \"fra\", \"til\" og \"værdi\"")
        if "fra" not in item or "værdi" not in item:
            raise FactError(f"{path}: mangler \"{'fra' if 'fra' not in item else 'værdi'}\"")
        start = _date(item["fra"], f"{file}: '{name}[{i}].fra'")
        end = None if item.get("til") is None else _date(item["til"], f"{file}: '{name}[{i}].til'")
        value = item["værdi"]
        if not isinstance(value, str) or value not in concept.type.options:
            raise FactError(f"{file}: '{name}[{i}].værdi' skal være et af valgene {', '.join(concept.type.options)}; "
                            f"fik {_json_kind(value)}")
        periods.append((i, (start, end, value)))
    periods.sort(key=lambda p: p[1][0])
    history = tuple(p for _, p in periods)
    problem = _forløbsfejl(history)
    if problem is not None:
        index, da, _ = problem
        raise FactError(f"{file}: '{name}[{periods[index][0]}]': {da}")
    return history


def _cadence(concept: m.Concept, raw: Any, file: str) -> tuple[datetime.date, int | Fraction, int | None]:
    where = f"{file}: '{concept.name}'"
    if not isinstance(raw, dict) or "fra" not in raw or len(raw) != 2 or not ({"uger", "måneder"} & set(raw)):
        raise FactError(f"{where} skal være en kadence {{\"fra\": \"2026-01-05\", \"uger\": 4}}; fik {_json_kind(raw)}")
    start = _date(raw["fra"], f"{where}.fra")
    if "måneder" in raw:
        months = raw["måneder"]
        if not isinstance(months, int) or isinstance(months, bool) or months < 1:
            raise FactError(f"{where}.måneder skal være et positivt heltal; fik {_json_kind(months)}")
        return (start, Fraction(52, 12) * months, months)
    weeks = _weeks(raw["uger"])
    if weeks is None or weeks <= 0:
        raise FactError(f"{where}.uger skal være et positivt antal uger; fik {_json_kind(raw['uger'])}")
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


def _wanted(t: m.Type) -> str:
    return {
        TypeKind.INTEGER: "et heltal",
        TypeKind.BOOLEAN: "true eller false (ja/nej)",
        TypeKind.AMOUNT: "et beløb (fx 30.50 eller \"30,50 kr.\")",
        TypeKind.WEEKS: "et antal uger (fx 13 eller \"13/3\")",
        TypeKind.TEXT: "en tekst",
        TypeKind.DATE: "en dato (ÅÅÅÅ-MM-DD)",
    }.get(t.kind, str(t))


def _json_kind(raw: Any) -> str:
    if raw is None:
        return "null"
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, (int, Decimal)):
        return f"tallet {shorten(str(raw))}"
    if isinstance(raw, str):
        return shorten(json.dumps(raw, ensure_ascii=False))
    if isinstance(raw, list):
        return "en liste"
    return "et objekt"
