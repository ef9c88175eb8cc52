"""Runtime helpers shared by the interpreter and every generated module.

This file is standard-library only and type-checks with ``mypy --strict``: `lov compile`
copies its body verbatim (everything after the marker line below) into each generated
module, and the interpreter imports the same functions. So the interpreter and the
generated evaluators render values and explanations with literally the same code.

Every name defined here starts with ``_`` (the code generator never gives a law's name a
leading underscore), so the copied helpers cannot clash with generated names.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Sequence

from compiler.evaluate.english import translate as _translate  # installs the English translator of ``_o``
from dsl.timeline import _OVERSÆTTERE, _dato_tekst, _o

assert _translate in _OVERSÆTTERE  # the interpreter's words follow --sprog; a generated module's stay Danish

# ---- lov: prelude ----

# Outcome kinds, as `forvent` writes them.
_VÆRDI = "værdi"
_SKØN = "skøn"
_KONFLIKT = "konflikt"
_MANGLER = "mangler"
_INGEN_REGEL = "ingen regel"
_TVETYDIG = "tvetydig"


def _tekst(kind: str, value: object) -> str:
    """A value as the law writes it: `8 uger`, `30,50 kr.`, `ja`, `"tekst"`."""
    if isinstance(value, bool):
        return _o("ja") if value else _o("nej")
    if kind == "uger" and isinstance(value, (int, Fraction)):
        if isinstance(value, Fraction) and value.denominator == 7:  # counted in days
            if value < 0:
                return _o("minus {}").format(_tekst(kind, -value))
            uger, dage = divmod(value.numerator, 7)
            dag = _o("1 dag") if dage == 1 else _o("{} dage").format(dage)
            return dag if uger == 0 else _o("{} og {}").format(_tekst("uger", uger), dag)
        if isinstance(value, Fraction) and value.denominator != 1:
            # As people read it: about so many weeks, and the months when it is a whole number
            # of them (`4 måneder` is 52/3 weeks), else the exact fraction.
            omtrent = _o("ca. {} uger").format(_decimaltal(f"{float(value):.1f}"))
            måneder = value * 12 / 52
            if måneder.denominator == 1:
                enhed = _o("1 måned") if abs(måneder) == 1 else _o("{} måneder").format(måneder.numerator)
                return f"{omtrent} ({enhed})"
            enhed = _o("{}/{} uge") if abs(value) <= 1 else _o("{}/{} uger")
            return f"{omtrent} ({enhed.format(value.numerator, value.denominator)})"
        return _o("1 uge") if value == 1 else _o("{} uger").format(int(value))
    if kind == "beløb" and isinstance(value, Decimal):
        return _o("{} kr.").format(_decimaltal(str(value)))
    if kind == "tekst" and isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, datetime.date):
        return _dato_tekst(value)
    if kind == "forløb" and isinstance(value, tuple):
        if not value:
            return _o("intet forløb")
        return "; ".join(
            _o("{} fra {}").format(v, _dato_tekst(fra)) + (_o(" til {}").format(_dato_tekst(til)) if til is not None else "")
            for fra, til, v in value
        )
    if kind == "kadence" and isinstance(value, tuple):
        start, uger, måneder = value
        if måneder is not None:
            antal, enhed = str(måneder), _o("{}. måned")
        elif isinstance(uger, Fraction) and uger.denominator != 1:
            antal, enhed = f"{uger.numerator}/{uger.denominator}", _o("{}. uge")
        else:
            antal, enhed = str(int(uger)), _o("{}. uge")
        return _o("hver {} fra {}").format(enhed.format(antal), _dato_tekst(start))
    return str(value)


def _decimaltal(tal: str) -> str:
    """A number written with a point, as the reader writes it: `30,50` in Danish, `30.50` in English."""
    return tal if _o(",") == "." else tal.replace(".", ",")


def _json(value: object) -> object:
    """A value as JSON: booleans and whole numbers as such, amounts and fractions as exact text,
    dates as ISO text, a history as a list of {"fra", "til", "værdi"}, a cadence as {"fra",
    "uger"} or {"fra", "måneder"}, the candidates of an ambiguous date as a list."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], datetime.date) and not isinstance(
        value[2], str
    ):
        start, uger, måneder = value
        return {"fra": start.isoformat(), "måneder": måneder} if måneder is not None else {
            "fra": start.isoformat(), "uger": _json(uger)}
    if isinstance(value, tuple) and all(isinstance(x, tuple) for x in value):
        return [{"fra": fra.isoformat(), "til": None if til is None else til.isoformat(), "værdi": v}
                for fra, til, v in value]
    if isinstance(value, tuple):
        return [_json(x) for x in value]
    return str(value)


def _udfald_data(
    kind: str, value_kind: str, value: object, rules: Sequence[str], judgment: str | None, missing: str | None
) -> dict[str, object]:
    """An outcome as JSON-able data."""
    data: dict[str, object] = {"art": kind}
    if kind == _VÆRDI:
        data["værdi"] = _json(value)
        data["tekst"] = _tekst(value_kind, value)
    elif kind == _TVETYDIG:
        data["kandidater"] = _json(value)
        data["tekst"] = _svar(kind, value_kind, value, judgment, missing)
    data["regler"] = list(rules)
    if judgment is not None:
        data["skøn"] = judgment
    if missing is not None:
        data["mangler"] = missing
    return data


def _svar(kind: str, value_kind: str, value: object, judgment: str | None, missing: str | None) -> str:
    """An outcome's answer in a few words of Danish, without the §§ that decided it (the one
    wording of every report: `8 uger`, `kræver skøn: "…"`, `mangler oplysningen 'alder'`)."""
    if kind == _VÆRDI:
        return _tekst(value_kind, value)
    if kind == _SKØN:
        return _o("kræver skøn") + ("" if judgment is None else f": {_tekst('tekst', judgment)}")
    if kind == _MANGLER:
        return _o("mangler oplysninger") if missing is None else _o("mangler oplysningen '{}'").format(missing)
    if kind == _KONFLIKT:
        return _o("konflikt")
    if kind == _TVETYDIG and isinstance(value, tuple):
        return _o("tvetydig dato: {}").format(_kandidater(value))
    return _o("ingen regel gælder")


def _udfald_tekst(kind: str, value_kind: str, value: object, rules: Sequence[str],
                  judgment: str | None, missing: str | None) -> str:
    """An outcome in one line of Danish: the answer and the §§ that decided it."""
    if kind == _KONFLIKT:
        return _o("konflikt mellem {}").format(_o(" og ").join(rules))
    where = " (" + ", ".join(rules) + ")" if rules and kind != _INGEN_REGEL else ""
    return _svar(kind, value_kind, value, judgment, missing) + where


def _kandidater(datoer: Sequence[datetime.date]) -> str:
    """The candidates of an ambiguous date: `28. februar 2026 eller 1. marts 2026`."""
    return _o(" eller ").join(_dato_tekst(d) for d in datoer)


def _trin_flyt(navn: str | None, dato: datetime.date, op: str, periode: str, svar: object, where: str) -> str:
    """One step of date arithmetic as an explanation shows it:
    `tilmeldt 5. januar 2026 + 2 uger = 19. januar 2026 (§ 101, stk. 2)`."""
    venstre = _dato_tekst(dato) if navn is None else f"{navn} {_dato_tekst(dato)}"
    højre = _kandidater(svar) + _o(" (tvetydig)") if isinstance(svar, tuple) else _tekst("", svar)
    return f"{venstre} {op} {periode} = {højre} ({where})"


def _trin_tid(tekst: str, dato: datetime.date, svar: object, where: str) -> str:
    """A count of time as an explanation shows it:
    `sammenlagt tid på dagpenge i ydelsesforløb pr. 2. marts 2026 = 22 uger (§ 3)`; a window
    whose first day is ambiguous shows its candidates."""
    if isinstance(svar, tuple):
        højre = _o("tvetydig: vinduet begynder efter {}").format(_kandidater(svar))
    else:
        højre = _tekst("uger", svar)
    return _o("{} pr. {} = {} ({})").format(tekst, _dato_tekst(dato), højre, where)


def _rækker(rules: Sequence[tuple[str, frozenset[str]]], applies: Sequence[object]) -> list[tuple[str, str, list[str]]]:
    """Each rule: (label, "ja"/"nej"/"ukendt", the definitely applicable rules that beat it)."""
    definite = [label for (label, _), a in zip(rules, applies) if a is True]
    beats = dict(rules)
    rows: list[tuple[str, str, list[str]]] = []
    for (label, _), a in zip(rules, applies):
        state = "ja" if a is True else "nej" if a is False else "ukendt"
        over = [] if a is False else [other for other in definite if label in beats[other]]
        rows.append((label, state, over))
    return rows


def _forklaring(
    result: str,
    value_kind: str,
    outcome: tuple[str, object, tuple[str, ...], str | None, str | None],
    rules: Sequence[tuple[str, frozenset[str]]],
    applies: Sequence[object],
    facts: Sequence[tuple[str, str, object]],
    judgments: Sequence[tuple[str, bool | None]],
    steps: Sequence[str] = (),
) -> dict[str, object]:
    """The derivation of one result as JSON-able data.

    ``outcome`` is (kind, value, rules, judgment, missing); ``rules`` are the result's rules
    (label, labels it beats) in law order and ``applies`` whether each applies (True, False
    or anything else for "not known"); ``facts`` are the facts read (name, type kind, value
    or None when missing), ``judgments`` the judgments asked for (wording, answer or None) and
    ``steps`` the date arithmetic and counts of time of the result's own rules, in the order done.
    """
    kind, value, deciding, judgment, missing = outcome
    rows: list[dict[str, object]] = []
    for label, state, over in _rækker(rules, applies):
        row: dict[str, object] = {"regel": label, "gælder": state}
        if state != "nej":
            row["tilsidesat_af"] = over
        rows.append(row)
    return {
        "resultat": result,
        "udfald": _udfald_data(kind, value_kind, value, deciding, judgment, missing),
        "regler": rows,
        "fakta": [
            {"begreb": name, "værdi": _json(v), "tekst": _o("mangler") if v is None else _tekst(k, v)}
            for name, k, v in facts
        ],
        "skøn": [{"skøn": text, "værdi": answer} for text, answer in judgments],
        "beregninger": list(steps),
    }


def _forklaring_tekst(
    result: str,
    value_kind: str,
    outcome: tuple[str, object, tuple[str, ...], str | None, str | None],
    rules: Sequence[tuple[str, frozenset[str]]],
    applies: Sequence[object],
    facts: Sequence[tuple[str, str, object]],
    judgments: Sequence[tuple[str, bool | None]],
    steps: Sequence[str] = (),
) -> str:
    """The same derivation as :func:`_forklaring`, as Danish text citing the §§."""
    kind, value, deciding, judgment, missing = outcome
    lines = [f"{result}: {_udfald_tekst(kind, value_kind, value, deciding, judgment, missing)}"]
    for label, state, over in _rækker(rules, applies):
        if state == "nej":
            lines.append(_o("  {} gælder ikke.").format(label))
            continue
        text = _o("  {} gælder").format(label) if state == "ja" else _o("  {} er uafklaret").format(label)
        if over:
            text += _o(", men er tilsidesat af {}").format(", ".join(over))
        elif kind == _VÆRDI and label in deciding:
            text += _o(" og afgør resultatet")
        elif kind == _KONFLIKT and label in deciding:
            text += _o(" og er i konflikt")
        lines.append(text + ".")
    if facts:
        lines.append(
            _o("  Oplysninger: ")
            + ", ".join(f"{name} = {_o('mangler') if v is None else _tekst(k, v)}" for name, k, v in facts)
            + "."
        )
    if judgments:
        parts = [
            f"{_tekst('tekst', text)} = " + (_o("ikke angivet") if answer is None else _tekst("", answer))
            for text, answer in judgments
        ]
        lines.append(_o("  Skøn: ") + ", ".join(parts) + ".")
    for step in steps:
        lines.append(_o("  Beregning: {}.").format(step))
    return "\n".join(lines) + "\n"
