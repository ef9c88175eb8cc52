"""Evaluatorer genereret af `lov compile` ud fra en .lov-fil. Redigér ikke i hånden: ret loven
og oversæt igen. Lovens titel, version og SHA-256 står i LOV_TITEL, LOV_VERSION og LOV_SHA256.

Brug: ``Borger(...)`` (eller ``borger_fra_dict``) med borgerens oplysninger; kald en funktion pr.
resultat, fx ``RESULTATER[navn](borger, skøn)``, hvor ``skøn`` giver sagsbehandlerens skøn efter
id (``SKØN``: id → ordlyd) eller ordlyd; et ukendt skøn giver ValueError.
Udfaldet (``Udfald``: art, værdi, regler, skøn, mangler) er en værdi eller "skøn", "konflikt", "mangler" eller "ingen regel".
``forklar`` og ``forklaring_tekst`` giver udledningen. Kun standardbiblioteket bruges.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Final, Iterator, Literal, Mapping, NamedTuple, Sequence, Tuple, Union, cast

LOV_TITEL: Final = 'Lov om en aktiv beskæftigelsesindsats med Djøfs her-og-nu-forslag'
LOV_VERSION: Final = '2023'
LOV_SHA256: Final = '3281f45ef32456e510eee31826cf53a70bef09dbcae318de6b382e0bd748ea4d'

__all__ = [
    'LOV_TITEL',
    'LOV_VERSION',
    'LOV_SHA256',
    'Borger',
    'Udfald',
    'Periode',
    'BEGREBER',
    'RESULTATER',
    'SKØN',
    'borger_fra_dict',
    'målgrupper',
    'forklar',
    'forklaring_tekst',
    'samtale_efter_behov',
    'samtaleform_aftales',
    'samtale_på_borgerens_initiativ',
    'kontaktforløb_starter_forfra',
    'ledighed_ydelse',
    'akasse_ansvarsperiode',
    'akasse_har_kontaktforløbet',
    'sygedagpenge_fritagelse_mulig',
    'rehabiliteringsteam_første_møde',
    'tværfaglig_vurdering_ret',
    'fleksjob_før_fuld_afklaring',
    'fleksjob_midlertidigt',
    'særskilt_revurdering',
    'opfølgning_fast_kadence',
]

# ---- Hjælpefunktioner, fælles med referencefortolkeren (compiler/evaluate/prelude.py) ----

_Dato = datetime.date
_Periode = Tuple[datetime.date, Union[datetime.date, None], str]
_Flyttet = Union[datetime.date, Tuple[datetime.date, datetime.date]]

class _UdenForKalenderen(ValueError):
    """A date moved outside the calendar's years 1–9999 (message in Danish)."""


_MÅNEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december")
_DAG = datetime.timedelta(days=1)


def _dato_tekst(d: datetime.date) -> str:
    """`19. januar 2026`."""
    return f"{d.day}. {_MÅNEDER[d.month - 1]} {d.year}"


def _dage_i_måned(år: int, måned: int) -> int:
    if måned == 12:
        return 31
    return (datetime.date(år, måned + 1, 1) - datetime.date(år, måned, 1)).days


def _plus_dage(d: datetime.date, dage: int) -> datetime.date:
    """``d`` moved ``dage`` days, or ValueError (Danish) outside the calendar's years 1–9999."""
    try:
        return d + datetime.timedelta(days=dage)
    except OverflowError:
        raise _UdenForKalenderen(f"datoen {d.isoformat()} flyttet {dage} dage ligger uden for kalenderen (år 1–9999)") from None


def _flyt(d: datetime.date, fortegn: int, uger: int | Fraction, måneder: int | None) -> _Flyttet:
    """``d`` plus (``fortegn`` 1) or minus (-1) a period: ``måneder`` calendar months when the
    period was written in months or years, else ``uger`` weeks of 7 days. A date the calendar
    cannot fix is the pair (earlier, later) of candidates."""
    if måneder is not None:
        total = d.year * 12 + d.month - 1 + fortegn * måneder
        år, måned = divmod(total, 12)
        if not 1 <= år <= 9999:
            raise _UdenForKalenderen(f"datoen {d.isoformat()} flyttet {måneder} måneder ligger uden for kalenderen (år 1–9999)")
        sidste = _dage_i_måned(år, måned + 1)
        if d.day <= sidste:
            return datetime.date(år, måned + 1, d.day)
        ultimo = datetime.date(år, måned + 1, sidste)
        return (ultimo, _plus_dage(ultimo, 1))
    if type(uger) is int:  # the common case, without Fraction arithmetic
        return _plus_dage(d, uger * 7 * fortegn)
    dage = Fraction(uger) * 7 * fortegn
    if dage.denominator == 1:
        return _plus_dage(d, int(dage))
    før = dage.numerator // dage.denominator
    return (_plus_dage(d, før), _plus_dage(d, før + 1))


def _uger(dage: int) -> int | Fraction:
    """A number of days in weeks, exact (an ``int`` when whole)."""
    return dage // 7 if dage % 7 == 0 else Fraction(dage, 7)


def _mellem(senere: datetime.date, tidligere: datetime.date) -> int | Fraction:
    """`senere - tidligere` in weeks (negative when ``senere`` is the earlier date)."""
    return _uger((senere - tidligere).days)


def _sammenlagt(forløb: Sequence[_Periode], værdier: frozenset[str] | None, dato: datetime.date,
                efter: datetime.date | None) -> int | Fraction:
    """The weeks on ``værdier`` (every value when None) in ``forløb``, from the day after
    ``efter`` (the start of a window; None: the whole history) up to and including ``dato``."""
    dage = 0
    for fra, til, værdi in forløb:
        if værdier is not None and værdi not in værdier:
            continue
        start = fra if efter is None or fra > efter else efter + _DAG
        slut = dato if til is None or til > dato else til
        if slut >= start:
            dage += (slut - start).days + 1
    return _uger(dage)


def _sammenhængende(forløb: Sequence[_Periode], værdier: frozenset[str] | None, dato: datetime.date,
                    grænse: int) -> int | Fraction:
    """The weeks on ``værdier`` in the current spell up to ``dato``: an interruption (days not on
    the values, also from the last period to ``dato``) of at least ``grænse`` days restarts the
    count, a shorter one neither restarts it nor counts."""
    dage = 0
    forrige: datetime.date | None = None  # the last day on the values so far
    for fra, til, værdi in forløb:
        if fra > dato:
            break
        if værdier is not None and værdi not in værdier:
            continue
        slut = dato if til is None or til > dato else til
        if forrige is not None and (fra - forrige).days - 1 >= grænse:
            dage = 0
        dage += (slut - fra).days + 1
        forrige = slut
    if forrige is None or (dato - forrige).days >= grænse:
        return 0
    return _uger(dage)


def _tid(art: str, forløb: Sequence[_Periode], værdier: frozenset[str] | None, dato: datetime.date,
         grænse: int | Fraction | None, måneder: int | None) -> int | Fraction | tuple[datetime.date, datetime.date]:
    """`sammenlagt tid` (``art`` "sammenlagt"; ``grænse`` the window, None for the whole history) or
    `sammenhængende tid` (``grænse`` the interruption that restarts; None: one day). A window
    whose first day the calendar cannot fix gives that day's pair of candidates."""
    if art == "sammenlagt":
        if grænse is None:
            return _sammenlagt(forløb, værdier, dato, None)
        efter = _flyt(dato, -1, grænse, måneder)
        if isinstance(efter, tuple):
            return efter
        return _sammenlagt(forløb, værdier, dato, efter)
    if grænse is None:
        return _sammenhængende(forløb, værdier, dato, 1)
    if type(grænse) is int:
        return _sammenhængende(forløb, værdier, dato, grænse * 7)
    dage = Fraction(grænse) * 7  # a whole number of days reaches it exactly when it reaches the ceiling
    return _sammenhængende(forløb, værdier, dato, -(-dage.numerator // dage.denominator))


def _forløbsfejl(forløb: Sequence[_Periode]) -> tuple[int, str, str] | None:
    """The first problem of a history as (index of the period, Danish, English), or None:
    an end before its start, or a period that starts before the previous one has ended. The
    periods must come in order of their start."""
    forrige: _Periode | None = None
    for i, periode in enumerate(forløb):
        fra, til, _ = periode
        if til is not None and til < fra:
            return (i, f"perioden slutter {til.isoformat()}, før den begynder {fra.isoformat()}",
                    f"the period ends {til.isoformat()}, before it starts {fra.isoformat()}")
        if forrige is not None:
            slut = forrige[1]
            if fra <= forrige[0] or slut is None or fra <= slut:
                hvornår = "er åben" if slut is None else f"slutter {slut.isoformat()}"
                when = "is open" if slut is None else f"ends {slut.isoformat()}"
                return (i, f"perioden fra {fra.isoformat()} overlapper den forrige, som {hvornår}",
                        f"the period from {fra.isoformat()} overlaps the previous one, which {when}")
        forrige = periode
    return None


def _kadence_datoer(fra: datetime.date, uger: int | Fraction, måneder: int | None, første: datetime.date,
                    sidste: datetime.date, højst: int = 1000) -> list[tuple[int, _Flyttet]]:
    """The dates of the cadence ``fra`` + k × step from ``første`` to ``sidste`` (both included),
    at most ``højst``, each with its number k + 1 (1 is ``fra`` itself); a date the calendar
    cannot fix is its pair of candidates."""
    ud: list[tuple[int, _Flyttet]] = []
    k = 0
    if første > fra and (uger > 0 or måneder):  # skip the occurrences before the window
        if måneder:
            k = max(0, ((første.year - fra.year) * 12 + første.month - fra.month) // måneder - 1)
        else:
            k = max(0, int((første - fra).days // (Fraction(uger) * 7)) - 1)
    while len(ud) < højst:
        d = _flyt(fra, 1, Fraction(uger) * k, None if måneder is None else måneder * k)
        tidligst = d if isinstance(d, datetime.date) else d[0]
        if tidligst > sidste:
            break
        if tidligst >= første or (not isinstance(d, datetime.date) and d[1] >= første):
            ud.append((k + 1, d))
        k += 1
        if uger == 0 and not måneder:
            break
    return ud


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


class Periode(NamedTuple):
    """Én periode i et forløb: fra og til er begge dage med; til er None, mens perioden løber."""

    fra: datetime.date
    til: datetime.date | None
    værdi: str


class Udfald(NamedTuple):
    """Et udfald: art er "værdi", "skøn", "tvetydig", "konflikt", "mangler" eller "ingen regel";
    værdi er sat for en værdi (for "tvetydig": de to mulige datoer); regler er de afgørende
    bestemmelser (eller hvor skønnet eller oplysningen manglede, eller reglerne i konflikt); skøn
    er ordlyden af et skøn, der ikke er givet; mangler er navnet på det begreb, der mangler."""

    art: str
    værdi: bool | int | Decimal | Fraction | str | datetime.date | tuple[object, ...] | None = None
    regler: tuple[str, ...] = ()
    skøn: str | None = None
    mangler: str | None = None


class _Uafklaret(Exception):
    """Den hurtige vej kan ikke afgøre sagen; den eksakte vej tager over."""


_INGEN_SKØN: Final[Mapping[str, bool]] = {}

def _tvetydig(kandidater: tuple[datetime.date, datetime.date], label: str) -> Udfald:
    """En dato, kalenderen ikke kan fastlægge (31. januar + 1 måned), efter reglen ``label``."""
    return Udfald("tvetydig", kandidater, (label,), None, None)


def _entydig_dato(v: datetime.date | tuple[datetime.date, datetime.date]) -> datetime.date:
    """Den hurtige vej: en entydig dato, ellers tager den eksakte vej over."""
    if isinstance(v, tuple):
        raise _Uafklaret
    return v


def _entydig_uger(v: int | Fraction | tuple[datetime.date, datetime.date]) -> int | Fraction:
    """Den hurtige vej: en entydig tid i uger, ellers tager den eksakte vej over."""
    if isinstance(v, tuple):
        raise _Uafklaret
    return v


def _konflikt(*par: tuple[str, bool]) -> Udfald:
    return Udfald("konflikt", None, tuple(label for label, gælder in par if gælder), None, None)


def _videre(udfald: Udfald, label: str) -> Udfald:
    """Et andet resultats udfald som værdien efter reglen ``label`` (eller hvorfor den mangler)."""
    return Udfald("værdi", udfald.værdi, (label,), None, None) if udfald.art == "værdi" else udfald


def _medlem(v: bool | Udfald, label: str) -> Udfald:
    return v if isinstance(v, Udfald) else Udfald("værdi", v, (label,), None, None)


def _tjek(navn: str, art: str, valg: tuple[str, ...], v: object) -> object:
    """Værdien ``v`` for begrebet ``navn`` af typen ``art`` — eller ValueError på dansk."""
    if art == "sandhedsværdi" and isinstance(v, bool):
        return v
    if art == "heltal" and isinstance(v, int) and not isinstance(v, bool):
        return v
    if art == "beløb" and isinstance(v, (Decimal, int)) and not isinstance(v, bool):
        return Decimal(v)
    if art == "uger" and isinstance(v, (int, Fraction)) and not isinstance(v, bool):
        return v
    if art == "tekst" and isinstance(v, str):
        return v
    if art == "dato":
        return _dato(navn, v)
    if art == "forløb" and isinstance(v, (list, tuple)):
        perioder = sorted((_periode(f"{navn}[{i}]", valg, p) for i, p in enumerate(v)), key=lambda p: p.fra)
        fejl = _forløbsfejl(perioder)
        if fejl is not None:
            raise ValueError(f"{navn}: {fejl[1]}")
        return tuple(perioder)
    if art == "kadence" and isinstance(v, tuple) and len(v) == 3:
        uger, måneder = v[1], v[2]
        if (isinstance(uger, (int, Fraction)) and not isinstance(uger, bool)
                and (måneder is None or isinstance(måneder, int) and not isinstance(måneder, bool))):
            return (_dato(navn, v[0]), uger, måneder)
    if art == "valg" and isinstance(v, str):
        if v not in valg:
            raise ValueError(f"{navn}: {v!r} er ikke et af valgene {', '.join(valg)}")
        return v
    raise ValueError(f"{navn}: forventede {art}, fik {type(v).__name__} {v!r}")


def _dato(navn: str, v: object) -> datetime.date:
    """En dato: ``datetime.date`` eller ISO-tekst "2026-01-05" (et tidspunkt er ikke en dato)."""
    if isinstance(v, datetime.date) and not isinstance(v, datetime.datetime):
        return v
    if isinstance(v, str) and len(v) == 10:
        try:
            return datetime.date.fromisoformat(v)
        except ValueError:
            pass
    raise ValueError(f"{navn}: forventede en dato (ÅÅÅÅ-MM-DD), fik {type(v).__name__} {v!r}")


def _periode(navn: str, valg: tuple[str, ...], p: object) -> Periode:
    """En periode: ``Periode``, (fra, til, værdi) eller {"fra": …, "til": …, "værdi": …}."""
    if isinstance(p, Mapping):
        if set(p) - {"fra", "til", "værdi"} or "fra" not in p or "værdi" not in p:
            raise ValueError(f"{navn}: en periode har nøglerne fra, til og værdi, fik {sorted(p)}")
        p = (p["fra"], p.get("til"), p["værdi"])
    if not isinstance(p, tuple) or len(p) != 3:
        raise ValueError(f"{navn}: forventede en periode (fra, til, værdi), fik {type(p).__name__} {p!r}")
    fra, til, værdi = p
    if not isinstance(værdi, str) or værdi not in valg:
        raise ValueError(f"{navn}: {værdi!r} er ikke et af valgene {', '.join(valg)}")
    return Periode(_dato(f"{navn}.fra", fra), None if til is None else _dato(f"{navn}.til", til), værdi)


class _Læser:
    """Læser borgerens oplysninger og husker, hvilke begreber der blev læst (til forklaringer).
    Alle bits i _mangler er sat, så hver funktion tager den eksakte vej i fortolkerens orden."""

    _mangler = -1

    def __init__(self, borger: Borger) -> None:
        self._borger = borger
        self._læst: dict[str, object] = {}

    def __getattr__(self, felt: str) -> object:
        værdi = getattr(self._borger, felt)
        navn = _BEGREB_AF_FELT.get(felt)
        if navn is not None and navn not in self._læst:
            self._læst[navn] = værdi
        return værdi


class _SkønLæser(Mapping[str, bool]):
    """Giver de skøn, der er angivet, og husker hvilke der blev spurgt om (til forklaringer)."""

    def __init__(self, skøn: Mapping[str, bool]) -> None:
        self._skøn = skøn
        self._læst: dict[str, bool | None] = {}

    def __getitem__(self, tekst: str) -> bool:
        svar = self._skøn.get(tekst)
        self._læst.setdefault(tekst, svar)
        if svar is None:
            raise KeyError(tekst)
        return svar

    def __iter__(self) -> Iterator[str]:
        return iter(self._skøn)

    def __len__(self) -> int:
        return len(self._skøn)


@dataclass(frozen=True, slots=True, kw_only=True)
class Borger:
    'Borgerens oplysninger: et felt pr. begreb i loven. None betyder, at oplysningen mangler.\nHvert felt kontrolleres, når en Borger laves: en forkert type eller en ukendt valgmulighed\ngiver ValueError, der nævner feltet og de gyldige værdier.\n\nalder: heltal — Borgerens alder (kilde register CPR)\nydelse: valg af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens forsørgelsesgrundlag (kilde register Ydelsesregistrene)\nopgørelsesdato: dato — Den dag, sagens oplysninger opgøres pr. (kilde borger)\nydelsesforløb: forløb af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens ydelser over tid: hvilken ydelse fra hvornår til hvornår (kilde register Ydelsesregistrene)\nydelsesskift: sandhedsværdi — Borgeren har skiftet ydelse (kilde register Ydelsesregistrene)\nkun_ledighed_som_udfordring: sandhedsværdi — Borgeren har ikke andre udfordringer end ledighed (kilde skøn Vurdering ved ledighedens start)\nsygemeldt_fra_arbejde: sandhedsværdi — Er sygemeldt fra et arbejde (kilde register Sygedagpengesagen)\nforventet_raskmelding: uger — Tid fra sygemeldingen til den raskmelding, som lægeattesten forudsiger (kilde register Lægeattest)\narbejdsgiver_enig: sandhedsværdi — Arbejdsgiveren er enig i fritagelsen (kilde borger)\n'

    alder: int | None = None  # heltal — Borgerens alder (kilde register CPR)
    ydelse: Literal['dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse'] | None = None  # valg af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens forsørgelsesgrundlag (kilde register Ydelsesregistrene)
    opgørelsesdato: datetime.date | None = None  # dato — Den dag, sagens oplysninger opgøres pr. (kilde borger)
    ydelsesforløb: tuple[Periode, ...] | None = None  # forløb af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens ydelser over tid: hvilken ydelse fra hvornår til hvornår (kilde register Ydelsesregistrene)
    ydelsesskift: bool | None = None  # sandhedsværdi — Borgeren har skiftet ydelse (kilde register Ydelsesregistrene)
    kun_ledighed_som_udfordring: bool | None = None  # sandhedsværdi — Borgeren har ikke andre udfordringer end ledighed (kilde skøn Vurdering ved ledighedens start)
    sygemeldt_fra_arbejde: bool | None = None  # sandhedsværdi — Er sygemeldt fra et arbejde (kilde register Sygedagpengesagen)
    forventet_raskmelding: int | Fraction | None = None  # uger — Tid fra sygemeldingen til den raskmelding, som lægeattesten forudsiger (kilde register Lægeattest)
    arbejdsgiver_enig: bool | None = None  # sandhedsværdi — Arbejdsgiveren er enig i fritagelsen (kilde borger)
    _mangler: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        mangler = 0
        if self.alder is None:
            mangler |= 0x1
        else:
            object.__setattr__(self, 'alder', _tjek('alder', 'heltal', (), self.alder))
        if self.ydelse is None:
            mangler |= 0x2
        else:
            object.__setattr__(self, 'ydelse', _tjek('ydelse', 'valg', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse'), self.ydelse))
        if self.opgørelsesdato is None:
            mangler |= 0x4
        else:
            object.__setattr__(self, 'opgørelsesdato', _tjek('opgørelsesdato', 'dato', (), self.opgørelsesdato))
        if self.ydelsesforløb is None:
            mangler |= 0x8
        else:
            object.__setattr__(self, 'ydelsesforløb', _tjek('ydelsesforløb', 'forløb', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse'), self.ydelsesforløb))
        if self.ydelsesskift is None:
            mangler |= 0x10
        else:
            object.__setattr__(self, 'ydelsesskift', _tjek('ydelsesskift', 'sandhedsværdi', (), self.ydelsesskift))
        if self.kun_ledighed_som_udfordring is None:
            mangler |= 0x20
        else:
            object.__setattr__(self, 'kun_ledighed_som_udfordring', _tjek('kun_ledighed_som_udfordring', 'sandhedsværdi', (), self.kun_ledighed_som_udfordring))
        if self.sygemeldt_fra_arbejde is None:
            mangler |= 0x40
        else:
            object.__setattr__(self, 'sygemeldt_fra_arbejde', _tjek('sygemeldt_fra_arbejde', 'sandhedsværdi', (), self.sygemeldt_fra_arbejde))
        if self.forventet_raskmelding is None:
            mangler |= 0x80
        else:
            object.__setattr__(self, 'forventet_raskmelding', _tjek('forventet_raskmelding', 'uger', (), self.forventet_raskmelding))
        if self.arbejdsgiver_enig is None:
            mangler |= 0x100
        else:
            object.__setattr__(self, 'arbejdsgiver_enig', _tjek('arbejdsgiver_enig', 'sandhedsværdi', (), self.arbejdsgiver_enig))
        object.__setattr__(self, "_mangler", mangler)


# Konstante udfald og værdier.
_M1: Final = Udfald('mangler', None, ('målgruppe 1 dagpengemodtagere',), None, 'ydelse')  # målgruppe 1 dagpengemodtagere
_M2: Final = Udfald('mangler', None, ('målgruppe 2 kontanthjælpsmodtagere',), None, 'ydelse')  # målgruppe 2 kontanthjælpsmodtagere
_M3: Final = Udfald('mangler', None, ('målgruppe 5 sygedagpengemodtagere',), None, 'ydelse')  # målgruppe 5 sygedagpengemodtagere
_M4: Final = Udfald('mangler', None, ('målgruppe 7 fleksjobvisiterede',), None, 'ydelse')  # målgruppe 7 fleksjobvisiterede
_M5: Final = Udfald('mangler', None, ('målgruppe 6 førtidspensionister',), None, 'ydelse')  # målgruppe 6 førtidspensionister
_V1: Final = Udfald('værdi', True, ('§ 31, stk. 1',), None, None)  # § 31, stk. 1
_O1: Final = Udfald('ingen regel', None, (), None, None)
_V2: Final = Udfald('værdi', True, ('§ 31, stk. 2',), None, None)  # § 31, stk. 2
_V3: Final = Udfald('værdi', True, ('§ 31, stk. 3',), None, None)  # § 31, stk. 3
_V4: Final = Udfald('værdi', False, ('§ 32, stk. 1',), None, None)  # § 32, stk. 1
_M6: Final = Udfald('mangler', None, ('§ 34, stk. 1',), None, 'ydelsesforløb')  # § 34, stk. 1
_M7: Final = Udfald('mangler', None, ('§ 34, stk. 1',), None, 'opgørelsesdato')  # § 34, stk. 1
_V5: Final = Udfald('værdi', 26, ('§ 33, stk. 1',), None, None)  # § 33, stk. 1
_M8: Final = Udfald('mangler', None, ('§ 33, stk. 2',), None, 'kun_ledighed_som_udfordring')  # § 33, stk. 2
_M9: Final = Udfald('mangler', None, ('§ 41, stk. 1',), None, 'sygemeldt_fra_arbejde')  # § 41, stk. 1
_M10: Final = Udfald('mangler', None, ('§ 41, stk. 1',), None, 'forventet_raskmelding')  # § 41, stk. 1
_M11: Final = Udfald('mangler', None, ('§ 41, stk. 1',), None, 'arbejdsgiver_enig')  # § 41, stk. 1
_V6: Final = Udfald('værdi', True, ('§ 42, stk. 1',), None, None)  # § 42, stk. 1
_V7: Final = Udfald('værdi', False, ('§ 42, stk. 2',), None, None)  # § 42, stk. 2
_S1: Final = Udfald('skøn', None, ('§ 42, stk. 2',), 'der er alene behov for en beskæftigelsesrettet indsats', None)  # § 42, stk. 2
_M12: Final = Udfald('mangler', None, ('§ 50, stk. 1',), None, 'alder')  # § 50, stk. 1
_S2: Final = Udfald('skøn', None, ('§ 51, stk. 1',), 'borgeren vurderes at være på vej mod fleksjob', None)  # § 51, stk. 1
_V8: Final = Udfald('værdi', False, ('§ 52, stk. 1',), None, None)  # § 52, stk. 1
_V9: Final = Udfald('værdi', False, ('§ 53, stk. 1',), None, None)  # § 53, stk. 1
_V10: Final = Udfald('værdi', False, ('§ 60, stk. 1',), None, None)  # § 60, stk. 1


def _målgruppe_dagpengemodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 1 dagpengemodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M1 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    return _t3


def _målgruppe_kontanthjælpsmodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 2 kontanthjælpsmodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M2 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'kontanthjælp'
    return _t3


def _målgruppe_sygedagpengemodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 5 sygedagpengemodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M3 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'sygedagpenge'
    return _t3


def _målgruppe_fleksjobvisiterede(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 7 fleksjobvisiterede
    _t1 = borger.ydelse
    _t2: str | Udfald = _M4 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 in ('ledighedsydelse', 'fleksløntilskud')
    return _t3


def _målgruppe_førtidspensionister(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 6 førtidspensionister
    _t1 = borger.ydelse
    _t2: str | Udfald = _M5 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'førtidspension'
    return _t3


def samtale_efter_behov(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Samtaler holdes efter behov uden fast antal eller kadence'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_samtale_efter_behov(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 31, stk. 1
        if _r1:
            return _V1
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtale_efter_behov(borger, skøn)


def _eksakt_samtale_efter_behov(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtale_efter_behov; se SEMANTICS.md.
    # § 31, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 31, stk. 1
        return _V1
    return _O1


def samtaleform_aftales(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Samtalens form (digital, telefonisk, fysisk) aftales individuelt'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_samtaleform_aftales(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 31, stk. 2
        if _r1:
            return _V2
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtaleform_aftales(borger, skøn)


def _eksakt_samtaleform_aftales(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtaleform_aftales; se SEMANTICS.md.
    # § 31, stk. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 31, stk. 2
        return _V2
    return _O1


def samtale_på_borgerens_initiativ(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Borgeren kan altid efterspørge en samtale'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_samtale_på_borgerens_initiativ(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 31, stk. 3
        if _r1:
            return _V3
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtale_på_borgerens_initiativ(borger, skøn)


def _eksakt_samtale_på_borgerens_initiativ(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtale_på_borgerens_initiativ; se SEMANTICS.md.
    # § 31, stk. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 31, stk. 3
        return _V3
    return _O1


def kontaktforløb_starter_forfra(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kontaktforløbet starter forfra'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_kontaktforløb_starter_forfra(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 32, stk. 1
        if _r1:
            return _V4
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_kontaktforløb_starter_forfra(borger, skøn)


def _eksakt_kontaktforløb_starter_forfra(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for kontaktforløb_starter_forfra; se SEMANTICS.md.
    # § 32, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 32, stk. 1
        return _V4
    return _O1


def ledighed_ydelse(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ledighed opgjort sammenlagt på tværs af ydelser'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x20c:  # mangler opgørelsesdato, ydelsesforløb, eller forklaring
        return _eksakt_ledighed_ydelse(borger, skøn)
    opgørelsesdato: datetime.date = borger.opgørelsesdato  # type: ignore[assignment]
    ydelsesforløb: tuple[Periode, ...] = borger.ydelsesforløb  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 34, stk. 1
        if _r1:
            return Udfald('værdi', _entydig_uger(_tid('sammenlagt', ydelsesforløb, None, opgørelsesdato, None, None)), ('§ 34, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_ledighed_ydelse(borger, skøn)


def _eksakt_ledighed_ydelse(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for ledighed_ydelse; se SEMANTICS.md.
    # § 34, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 34, stk. 1
        _t1 = borger.ydelsesforløb
        _t2: tuple[Periode, ...] | Udfald = _M6 if _t1 is None else _t1
        _t3 = borger.opgørelsesdato
        _t4: datetime.date | Udfald = _M7 if _t3 is None else _t3
        _t5: int | Fraction | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _tid('sammenlagt', _t2, None, _t4, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenlagt tid i ydelsesforløb', _t4, _t6, '§ 34, stk. 1'))
            _t5 = _tvetydig(_t6, '§ 34, stk. 1') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 34, stk. 1',), None, None)
    return _O1


def akasse_ansvarsperiode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Periode, hvor a-kassen har ansvaret for den nyledige kontaktforløb'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x202:  # mangler ydelse, eller forklaring
        return _eksakt_akasse_ansvarsperiode(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 33, stk. 1
        if _r1:
            return _V5
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_akasse_ansvarsperiode(borger, skøn)


def _eksakt_akasse_ansvarsperiode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for akasse_ansvarsperiode; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 33, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 33, stk. 1
        return _V5
    return _O1


def akasse_har_kontaktforløbet(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'A-kassen har ansvaret for kontaktforløbet'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x222:  # mangler ydelse, kun_ledighed_som_udfordring, eller forklaring
        return _eksakt_akasse_har_kontaktforløbet(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    kun_ledighed_som_udfordring: bool = borger.kun_ledighed_som_udfordring  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 33, stk. 2
        if _r1:
            return Udfald('værdi', ((_værdi_ledighed_ydelse(borger, skøn) < _værdi_akasse_ansvarsperiode(borger, skøn)) and kun_ledighed_som_udfordring), ('§ 33, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_akasse_har_kontaktforløbet(borger, skøn)


def _eksakt_akasse_har_kontaktforløbet(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for akasse_har_kontaktforløbet; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 33, stk. 2
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 33, stk. 2
        _t1 = ledighed_ydelse(borger, skøn)
        _t2: int | Fraction | Udfald = cast('int | Fraction', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3 = akasse_ansvarsperiode(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t4 if isinstance(_t4, Udfald) else _t2 < _t4
        _t6: bool | Udfald = _t5
        if _t6 is not False:
            _t7 = borger.kun_ledighed_som_udfordring
            _t8: bool | Udfald = _M8 if _t7 is None else _t7
            if _t8 is False or _t6 is True:
                _t6 = _t8
        return _t6 if isinstance(_t6, Udfald) else Udfald('værdi', _t6, ('§ 33, stk. 2',), None, None)
    return _O1


def sygedagpenge_fritagelse_mulig(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan fritages helt fra opfølgningsforløbet i jobcenteret (forsøg)'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x3c2:  # mangler ydelse, sygemeldt_fra_arbejde, forventet_raskmelding, arbejdsgiver_enig, eller forklaring
        return _eksakt_sygedagpenge_fritagelse_mulig(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    sygemeldt_fra_arbejde: bool = borger.sygemeldt_fra_arbejde  # type: ignore[assignment]
    forventet_raskmelding: int | Fraction = borger.forventet_raskmelding  # type: ignore[assignment]
    arbejdsgiver_enig: bool = borger.arbejdsgiver_enig  # type: ignore[assignment]
    try:
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (sygedagpengemodtagere)  # § 41, stk. 1
        if _r1:
            return Udfald('værdi', ((sygemeldt_fra_arbejde and (forventet_raskmelding <= 22)) and arbejdsgiver_enig), ('§ 41, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_sygedagpenge_fritagelse_mulig(borger, skøn)


def _eksakt_sygedagpenge_fritagelse_mulig(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for sygedagpenge_fritagelse_mulig; se SEMANTICS.md.
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    # § 41, stk. 1
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_sygedagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 41, stk. 1
        _t1 = borger.sygemeldt_fra_arbejde
        _t2: bool | Udfald = _M9 if _t1 is None else _t1
        _t3: bool | Udfald = _t2
        if _t3 is not False:
            _t4 = borger.forventet_raskmelding
            _t5: int | Fraction | Udfald = _M10 if _t4 is None else _t4
            _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 <= 22
            if _t6 is False or _t3 is True:
                _t3 = _t6
        _t7: bool | Udfald = _t3
        if _t7 is not False:
            _t8 = borger.arbejdsgiver_enig
            _t9: bool | Udfald = _M11 if _t8 is None else _t8
            if _t9 is False or _t7 is True:
                _t7 = _t9
        return _t7 if isinstance(_t7, Udfald) else Udfald('værdi', _t7, ('§ 41, stk. 1',), None, None)
    return _O1


def rehabiliteringsteam_første_møde(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Det første møde i rehabiliteringsteamet holdes'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_rehabiliteringsteam_første_møde(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = skøn['der er alene behov for en beskæftigelsesrettet indsats']  # § 42, stk. 2
        _r1 = not (_r2)  # § 42, stk. 1
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V6
            return _V7
        if _n > 1:
            return _konflikt(('§ 42, stk. 1', _r1), ('§ 42, stk. 2', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_rehabiliteringsteam_første_møde(borger, skøn)


def _eksakt_rehabiliteringsteam_første_møde(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for rehabiliteringsteam_første_møde; se SEMANTICS.md.
    # § 42, stk. 1
    _r1: bool | Udfald = True
    # § 42, stk. 2
    _t1 = skøn.get('der er alene behov for en beskæftigelsesrettet indsats')
    _t2: bool | Udfald = _S1 if _t1 is None else _t1
    _r2: bool | Udfald = _t2
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True and not (_r2 is True)
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 42, stk. 1', _w1), ('§ 42, stk. 2', _w2))
    if _w1:  # § 42, stk. 1
        return _V6
    if _w2:  # § 42, stk. 2
        return _V7
    return _O1


def tværfaglig_vurdering_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Har ret til en tværfaglig vurdering (garanti)'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x203:  # mangler alder, ydelse, eller forklaring
        return _eksakt_tværfaglig_vurdering_ret(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        kontanthjælpsmodtagere = (ydelse == 'kontanthjælp')  # målgruppe 2 kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (kontanthjælpsmodtagere)  # § 50, stk. 1
        if _r1:
            return Udfald('værdi', ((alder >= 30) and (_værdi_ledighed_ydelse(borger, skøn) > 104)), ('§ 50, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_tværfaglig_vurdering_ret(borger, skøn)


def _eksakt_tværfaglig_vurdering_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for tværfaglig_vurdering_ret; se SEMANTICS.md.
    _g_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 50, stk. 1
    if _g_kontanthjælpsmodtagere is None:
        _g_kontanthjælpsmodtagere = _målgruppe_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 50, stk. 1
        _t1 = borger.alder
        _t2: int | Udfald = _M12 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 >= 30
        _t4: bool | Udfald = _t3
        if _t4 is not False:
            _t5 = ledighed_ydelse(borger, skøn)
            _t6: int | Fraction | Udfald = cast('int | Fraction', _t5.værdi) if _t5.art == 'værdi' else _t5
            _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 > 104
            if _t7 is False or _t4 is True:
                _t4 = _t7
        return _t4 if isinstance(_t4, Udfald) else Udfald('værdi', _t4, ('§ 50, stk. 1',), None, None)
    return _O1


def fleksjob_før_fuld_afklaring(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan starte i fleksjob, før afklaringen er fuldt gennemført'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_fleksjob_før_fuld_afklaring(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 51, stk. 1
        if _r1:
            return Udfald('værdi', skøn['borgeren vurderes at være på vej mod fleksjob'], ('§ 51, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fleksjob_før_fuld_afklaring(borger, skøn)


def _eksakt_fleksjob_før_fuld_afklaring(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fleksjob_før_fuld_afklaring; se SEMANTICS.md.
    # § 51, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 51, stk. 1
        _t1 = skøn.get('borgeren vurderes at være på vej mod fleksjob')
        _t2: bool | Udfald = _S2 if _t1 is None else _t1
        return _t2 if isinstance(_t2, Udfald) else Udfald('værdi', _t2, ('§ 51, stk. 1',), None, None)
    return _O1


def fleksjob_midlertidigt(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Fleksjobbevillingen er midlertidig'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_fleksjob_midlertidigt(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 52, stk. 1
        if _r1:
            return _V8
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fleksjob_midlertidigt(borger, skøn)


def _eksakt_fleksjob_midlertidigt(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fleksjob_midlertidigt; se SEMANTICS.md.
    # § 52, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 52, stk. 1
        return _V8
    return _O1


def særskilt_revurdering(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Særskilt revurdering af fleksjobbevillingen for ledighedsydelsesmodtagere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x202:  # mangler ydelse, eller forklaring
        return _eksakt_særskilt_revurdering(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (fleksjobvisiterede)  # § 53, stk. 1
        if _r1:
            return _V9
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_særskilt_revurdering(borger, skøn)


def _eksakt_særskilt_revurdering(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for særskilt_revurdering; se SEMANTICS.md.
    _g_fleksjobvisiterede: bool | Udfald | None = None
    # § 53, stk. 1
    if _g_fleksjobvisiterede is None:
        _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
    _r1: bool | Udfald = _g_fleksjobvisiterede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 53, stk. 1
        return _V9
    return _O1


def opfølgning_fast_kadence(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Opfølgning på ydelsen skal ske med en fast, lovbestemt kadence'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x200:  # mangler ingen, eller forklaring
        return _eksakt_opfølgning_fast_kadence(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 60, stk. 1
        if _r1:
            return _V10
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opfølgning_fast_kadence(borger, skøn)


def _eksakt_opfølgning_fast_kadence(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opfølgning_fast_kadence; se SEMANTICS.md.
    # § 60, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 60, stk. 1
        return _V10
    return _O1


def _værdi_ledighed_ydelse(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = ledighed_ydelse(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_akasse_ansvarsperiode(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = akasse_ansvarsperiode(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


BEGREBER: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    'alder': ('heltal', ()),
    'ydelse': ('valg', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse')),
    'opgørelsesdato': ('dato', ()),
    'ydelsesforløb': ('forløb', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse')),
    'ydelsesskift': ('sandhedsværdi', ()),
    'kun_ledighed_som_udfordring': ('sandhedsværdi', ()),
    'sygemeldt_fra_arbejde': ('sandhedsværdi', ()),
    'forventet_raskmelding': ('uger', ()),
    'arbejdsgiver_enig': ('sandhedsværdi', ()),
}
_FELT: Final[dict[str, str]] = {
    'alder': 'alder',
    'ydelse': 'ydelse',
    'opgørelsesdato': 'opgørelsesdato',
    'ydelsesforløb': 'ydelsesforløb',
    'ydelsesskift': 'ydelsesskift',
    'kun_ledighed_som_udfordring': 'kun_ledighed_som_udfordring',
    'sygemeldt_fra_arbejde': 'sygemeldt_fra_arbejde',
    'forventet_raskmelding': 'forventet_raskmelding',
    'arbejdsgiver_enig': 'arbejdsgiver_enig',
}
_BEGREB_AF_FELT: Final[dict[str, str]] = {felt: navn for navn, felt in _FELT.items()}
SKØN: Final[dict[str, str]] = {
    'der_er_alene_behov_for_en_beskaeftigelsesrettet_indsats': 'der er alene behov for en beskæftigelsesrettet indsats',
    'borgeren_vurderes_at_vaere_paa_vej_mod_fleksjob': 'borgeren vurderes at være på vej mod fleksjob',
}
_SKØNSORDLYD: Final[frozenset[str]] = frozenset(SKØN.values())
_MÅLGRUPPER: Final[dict[str, tuple[Callable[[Borger, Mapping[str, bool]], bool | Udfald], str]]] = {
    'dagpengemodtagere': (_målgruppe_dagpengemodtagere, 'målgruppe 1 dagpengemodtagere'),
    'kontanthjælpsmodtagere': (_målgruppe_kontanthjælpsmodtagere, 'målgruppe 2 kontanthjælpsmodtagere'),
    'sygedagpengemodtagere': (_målgruppe_sygedagpengemodtagere, 'målgruppe 5 sygedagpengemodtagere'),
    'fleksjobvisiterede': (_målgruppe_fleksjobvisiterede, 'målgruppe 7 fleksjobvisiterede'),
    'førtidspensionister': (_målgruppe_førtidspensionister, 'målgruppe 6 førtidspensionister'),
}
RESULTATER: Final[dict[str, Callable[[Borger, Mapping[str, bool]], Udfald]]] = {
    'samtale_efter_behov': samtale_efter_behov,
    'samtaleform_aftales': samtaleform_aftales,
    'samtale_på_borgerens_initiativ': samtale_på_borgerens_initiativ,
    'kontaktforløb_starter_forfra': kontaktforløb_starter_forfra,
    'ledighed_ydelse': ledighed_ydelse,
    'akasse_ansvarsperiode': akasse_ansvarsperiode,
    'akasse_har_kontaktforløbet': akasse_har_kontaktforløbet,
    'sygedagpenge_fritagelse_mulig': sygedagpenge_fritagelse_mulig,
    'rehabiliteringsteam_første_møde': rehabiliteringsteam_første_møde,
    'tværfaglig_vurdering_ret': tværfaglig_vurdering_ret,
    'fleksjob_før_fuld_afklaring': fleksjob_før_fuld_afklaring,
    'fleksjob_midlertidigt': fleksjob_midlertidigt,
    'særskilt_revurdering': særskilt_revurdering,
    'opfølgning_fast_kadence': opfølgning_fast_kadence,
}
_EKSAKT: Final[dict[str, Callable[[Borger, Mapping[str, bool], list[object] | None], Udfald]]] = {
    'samtale_efter_behov': _eksakt_samtale_efter_behov,
    'samtaleform_aftales': _eksakt_samtaleform_aftales,
    'samtale_på_borgerens_initiativ': _eksakt_samtale_på_borgerens_initiativ,
    'kontaktforløb_starter_forfra': _eksakt_kontaktforløb_starter_forfra,
    'ledighed_ydelse': _eksakt_ledighed_ydelse,
    'akasse_ansvarsperiode': _eksakt_akasse_ansvarsperiode,
    'akasse_har_kontaktforløbet': _eksakt_akasse_har_kontaktforløbet,
    'sygedagpenge_fritagelse_mulig': _eksakt_sygedagpenge_fritagelse_mulig,
    'rehabiliteringsteam_første_møde': _eksakt_rehabiliteringsteam_første_møde,
    'tværfaglig_vurdering_ret': _eksakt_tværfaglig_vurdering_ret,
    'fleksjob_før_fuld_afklaring': _eksakt_fleksjob_før_fuld_afklaring,
    'fleksjob_midlertidigt': _eksakt_fleksjob_midlertidigt,
    'særskilt_revurdering': _eksakt_særskilt_revurdering,
    'opfølgning_fast_kadence': _eksakt_opfølgning_fast_kadence,
}
_TYPER: Final[dict[str, str]] = {
    'samtale_efter_behov': 'sandhedsværdi',
    'samtaleform_aftales': 'sandhedsværdi',
    'samtale_på_borgerens_initiativ': 'sandhedsværdi',
    'kontaktforløb_starter_forfra': 'sandhedsværdi',
    'ledighed_ydelse': 'uger',
    'akasse_ansvarsperiode': 'uger',
    'akasse_har_kontaktforløbet': 'sandhedsværdi',
    'sygedagpenge_fritagelse_mulig': 'sandhedsværdi',
    'rehabiliteringsteam_første_møde': 'sandhedsværdi',
    'tværfaglig_vurdering_ret': 'sandhedsværdi',
    'fleksjob_før_fuld_afklaring': 'sandhedsværdi',
    'fleksjob_midlertidigt': 'sandhedsværdi',
    'særskilt_revurdering': 'sandhedsværdi',
    'opfølgning_fast_kadence': 'sandhedsværdi',
}
_REGLER: Final[dict[str, tuple[tuple[str, frozenset[str]], ...]]] = {
    'samtale_efter_behov': (
        ('§ 31, stk. 1', frozenset()),
    ),
    'samtaleform_aftales': (
        ('§ 31, stk. 2', frozenset()),
    ),
    'samtale_på_borgerens_initiativ': (
        ('§ 31, stk. 3', frozenset()),
    ),
    'kontaktforløb_starter_forfra': (
        ('§ 32, stk. 1', frozenset()),
    ),
    'ledighed_ydelse': (
        ('§ 34, stk. 1', frozenset()),
    ),
    'akasse_ansvarsperiode': (
        ('§ 33, stk. 1', frozenset()),
    ),
    'akasse_har_kontaktforløbet': (
        ('§ 33, stk. 2', frozenset()),
    ),
    'sygedagpenge_fritagelse_mulig': (
        ('§ 41, stk. 1', frozenset()),
    ),
    'rehabiliteringsteam_første_møde': (
        ('§ 42, stk. 1', frozenset()),
        ('§ 42, stk. 2', frozenset(('§ 42, stk. 1',))),
    ),
    'tværfaglig_vurdering_ret': (
        ('§ 50, stk. 1', frozenset()),
    ),
    'fleksjob_før_fuld_afklaring': (
        ('§ 51, stk. 1', frozenset()),
    ),
    'fleksjob_midlertidigt': (
        ('§ 52, stk. 1', frozenset()),
    ),
    'særskilt_revurdering': (
        ('§ 53, stk. 1', frozenset()),
    ),
    'opfølgning_fast_kadence': (
        ('§ 60, stk. 1', frozenset()),
    ),
}


def borger_fra_dict(data: Mapping[str, object]) -> Borger:
    """En ``Borger`` ud fra begrebernes navne i loven; None betyder, at oplysningen mangler.
    Ukendte navne og forkerte typer giver ValueError med en dansk forklaring."""
    felter: dict[str, object] = {}
    for navn, værdi in data.items():
        if navn not in BEGREBER:
            raise ValueError(f"ukendt begreb {navn!r}")
        if værdi is not None:
            felter[_FELT[navn]] = værdi  # checked by Borger itself
    return Borger(**felter)  # type: ignore[arg-type]


def _skøn_efter_ordlyd(skøn: Mapping[str, bool]) -> Mapping[str, bool]:
    """De angivne skøn efter ordlyd; nøglen er et skøns id (``SKØN``) eller dets ordlyd.
    Et skøn, som loven ikke har, giver ValueError (en stavefejl ignoreres ikke)."""
    if isinstance(skøn, _SkønLæser):  # inside an explanation: already by wording, and reads are recorded
        return skøn
    ud: dict[str, bool] = {}
    for nøgle, svar in skøn.items():
        tekst = SKØN.get(nøgle, nøgle)
        if tekst not in _SKØNSORDLYD:
            raise ValueError(f"loven har intet skøn {nøgle!r}; mulige: {', '.join(SKØN) or 'ingen'}")
        ud[tekst] = svar
    return ud


def målgrupper(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> dict[str, Udfald]:
    """Borgerens medlemskab af hver målgruppe (ja/nej, eller hvorfor det ikke kan afgøres)."""
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    return {navn: _medlem(funktion(borger, skøn), label) for navn, (funktion, label) in _MÅLGRUPPER.items()}


def _udled(
    resultat: str, borger: Borger, skøn: Mapping[str, bool]
) -> tuple[str, str, Udfald, tuple[tuple[str, frozenset[str]], ...], tuple[object, ...],
           list[tuple[str, str, object]], list[tuple[str, bool | None]], list[str]]:
    læser = _Læser(borger)
    skønlæser = _SkønLæser(_skøn_efter_ordlyd(skøn) if skøn else skøn)
    spor: list[object] = []
    udfald = _EKSAKT[resultat](cast(Borger, læser), skønlæser, spor)
    fakta = [(navn, BEGREBER[navn][0], værdi) for navn, værdi in læser._læst.items()]
    gælder = next((x for x in spor if isinstance(x, tuple)), ())
    trin = [x for x in spor if isinstance(x, str)]
    return (resultat, _TYPER[resultat], udfald, _REGLER[resultat], gælder, fakta,
            list(skønlæser._læst.items()), trin)


def forklar(resultat: str, borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> dict[str, object]:
    """Udfaldet for ``resultat`` med udledningen som data: regler, tilsidesættelser, oplysninger."""
    return _forklaring(*_udled(resultat, borger, skøn))


def forklaring_tekst(resultat: str, borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> str:
    """Udledningen for ``resultat`` som dansk tekst med henvisninger til §§."""
    return _forklaring_tekst(*_udled(resultat, borger, skøn))
