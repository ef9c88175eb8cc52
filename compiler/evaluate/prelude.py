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

from dsl.timeline import _dato_tekst

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
        return "ja" if value else "nej"
    if kind == "uger" and isinstance(value, (int, Fraction)):
        if isinstance(value, Fraction) and value.denominator == 7:  # counted in days
            if value < 0:
                return "minus " + _tekst(kind, -value)
            uger, dage = divmod(value.numerator, 7)
            dag = "1 dag" if dage == 1 else f"{dage} dage"
            return dag if uger == 0 else f"{_tekst('uger', uger)} og {dag}"
        if isinstance(value, Fraction) and value.denominator != 1:
            # As people read it: about so many weeks, and the months when it is a whole number
            # of them (`4 måneder` is 52/3 weeks), else the exact fraction.
            omtrent = "ca. " + f"{float(value):.1f}".replace(".", ",") + " uger"
            måneder = value * 12 / 52
            if måneder.denominator == 1:
                return f"{omtrent} ({måneder.numerator} {'måned' if abs(måneder) == 1 else 'måneder'})"
            return f"{omtrent} ({value.numerator}/{value.denominator} uge{'' if abs(value) <= 1 else 'r'})"
        return "1 uge" if value == 1 else f"{int(value)} uger"
    if kind == "beløb" and isinstance(value, Decimal):
        return str(value).replace(".", ",") + " kr."
    if kind == "tekst" and isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, datetime.date):
        return _dato_tekst(value)
    if kind == "forløb" and isinstance(value, tuple):
        if not value:
            return "intet forløb"
        return "; ".join(
            f"{v} fra {_dato_tekst(fra)}" + (f" til {_dato_tekst(til)}" if til is not None else "")
            for fra, til, v in value
        )
    if kind == "kadence" and isinstance(value, tuple):
        start, uger, måneder = value
        if måneder is not None:
            trin = f"{måneder}. måned"
        elif isinstance(uger, Fraction) and uger.denominator != 1:
            trin = f"{uger.numerator}/{uger.denominator}. uge"
        else:
            trin = f"{int(uger)}. uge"
        return f"hver {trin} fra {_dato_tekst(start)}"
    return str(value)


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
        return "kræver skøn" + ("" if judgment is None else f": {_tekst('tekst', judgment)}")
    if kind == _MANGLER:
        return "mangler oplysninger" if missing is None else f"mangler oplysningen '{missing}'"
    if kind == _KONFLIKT:
        return "konflikt"
    if kind == _TVETYDIG and isinstance(value, tuple):
        return "tvetydig dato: " + _kandidater(value)
    return "ingen regel gælder"


def _udfald_tekst(kind: str, value_kind: str, value: object, rules: Sequence[str],
                  judgment: str | None, missing: str | None) -> str:
    """An outcome in one line of Danish: the answer and the §§ that decided it."""
    if kind == _KONFLIKT:
        return "konflikt mellem " + " og ".join(rules)
    where = " (" + ", ".join(rules) + ")" if rules and kind != _INGEN_REGEL else ""
    return _svar(kind, value_kind, value, judgment, missing) + where


def _kandidater(datoer: Sequence[datetime.date]) -> str:
    """The candidates of an ambiguous date: `28. februar 2026 eller 1. marts 2026`."""
    return " eller ".join(_dato_tekst(d) for d in datoer)


def _trin_flyt(navn: str | None, dato: datetime.date, op: str, periode: str, svar: object, where: str) -> str:
    """One step of date arithmetic as an explanation shows it:
    `tilmeldt 5. januar 2026 + 2 uger = 19. januar 2026 (§ 101, stk. 2)`."""
    venstre = _dato_tekst(dato) if navn is None else f"{navn} {_dato_tekst(dato)}"
    højre = _kandidater(svar) + " (tvetydig)" if isinstance(svar, tuple) else _tekst("", svar)
    return f"{venstre} {op} {periode} = {højre} ({where})"


def _trin_tid(tekst: str, dato: datetime.date, svar: object, where: str) -> str:
    """A count of time as an explanation shows it:
    `sammenlagt tid på dagpenge i ydelsesforløb pr. 2. marts 2026 = 22 uger (§ 3)`; a window
    whose first day is ambiguous shows its candidates."""
    if isinstance(svar, tuple):
        højre = "tvetydig: vinduet begynder efter " + _kandidater(svar)
    else:
        højre = _tekst("uger", svar)
    return f"{tekst} pr. {_dato_tekst(dato)} = {højre} ({where})"


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
            {"begreb": name, "værdi": _json(v), "tekst": "mangler" if v is None else _tekst(k, v)}
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
            lines.append(f"  {label} gælder ikke.")
            continue
        text = f"  {label} gælder" if state == "ja" else f"  {label} er uafklaret"
        if over:
            text += ", men er tilsidesat af " + ", ".join(over)
        elif kind == _VÆRDI and label in deciding:
            text += " og afgør resultatet"
        elif kind == _KONFLIKT and label in deciding:
            text += " og er i konflikt"
        lines.append(text + ".")
    if facts:
        lines.append(
            "  Oplysninger: "
            + ", ".join(f"{name} = {'mangler' if v is None else _tekst(k, v)}" for name, k, v in facts)
            + "."
        )
    if judgments:
        parts = [
            f"{_tekst('tekst', text)} = " + ("ikke angivet" if answer is None else _tekst("", answer))
            for text, answer in judgments
        ]
        lines.append("  Skøn: " + ", ".join(parts) + ".")
    for step in steps:
        lines.append(f"  Beregning: {step}.")
    return "\n".join(lines) + "\n"
