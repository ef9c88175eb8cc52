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

LOV_TITEL: Final = "Lov om en aktiv beskæftigelsesindsats (2017, som beskrevet i KL's indspil)"
LOV_VERSION: Final = '2017-04'
LOV_SHA256: Final = 'b3bf29b30181952feae18f436f19e3a56fe75e313b5a5e7272945f62daa909f6'

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
    'første_samtale_frist',
    'cv_frist',
    'samtaler_startperiode_antal',
    'samtaler_startperiode',
    'samtaler_min_antal',
    'samtale_periode',
    'samtale_interval',
    'samtale_efter_behov',
    'kontaktforløb_starter_forfra',
    'første_samtale_senest',
    'cv_senest',
    'opfølgningssamtaler',
    'akasse_ansvarsperiode',
    'akasse_har_kontaktforløbet',
    'cv_samtale_frist',
    'første_fællessamtale_frist',
    'cv_samtale_senest',
    'første_fællessamtale_senest',
    'fællessamtaler_antal',
    'fællessamtaler_periode',
    'ledighed_ydelse',
    'første_tilbud_frist',
    'gentaget_tilbud_frist',
    'tilbud_mindste_varighed',
    'ordinær_uddannelse_kan',
    'opkvalificering_kan',
    'opkvalificering_varighedsbegrænset',
    'opkvalificering_højst',
    'opkvalificering_formål',
    'læse_skrive_regne_ret',
    'realkompetencevurdering_ret',
    'jobrettet_uddannelse_højst',
    'jobrettet_uddannelse_karens',
    'jobrettet_uddannelse_kan',
    'jobrettet_uddannelse_afsluttet_inden',
    'regional_pulje_varighedsbegrænset',
    'opkvalificering_ved_ansættelse_ledighedskrav',
    'kompetencegivende_uddannelse_kan',
    'praktik_varighed',
    'løntilskud_kan',
    'løntilskud_ledighedskrav_opfyldt',
    'løntilskud_ret',
    'løntilskud_varighed',
    'løntilskud_formål',
    'løntilskud_vilkår_privat',
    'løntilskud_vilkår_offentlig',
    'løntilskud_arbejdstid_offentlig',
    'løntilskud_selvfundet_ret',
    'rehabiliteringsteam_første_møde',
    'fleksjob_før_fuld_afklaring',
    'fleksjob_midlertidigt',
    'fleksjob_vurdering_efter',
    'særskilt_revurdering',
    'fleksjob_første_opfølgning',
    'fleksjob_opfølgning_interval',
    'skånejob_første_opfølgning',
    'skånejob_opfølgning_interval',
    'opfølgning_fast_kadence',
    'voksenlærling_tilskud',
    'voksenlærling_periode',
]

# ---- Hjælpefunktioner, fælles med referencefortolkeren (compiler/evaluate/prelude.py) ----

#: The words people read are Danish. The reference interpreter installs one translator here
#: (:mod:`compiler.evaluate.english`), which gives the English of a text under `--sprog en`;
#: a generated module installs none and always speaks Danish.
_OVERSÆTTERE: list[Callable[[str], str]] = []


def _o(tekst: str) -> str:
    """``tekst`` (Danish, possibly a ``str.format`` template) in the reader's language."""
    return _OVERSÆTTERE[0](tekst) if _OVERSÆTTERE else tekst


_Dato = datetime.date
_Periode = Tuple[datetime.date, Union[datetime.date, None], str]
_Flyttet = Union[datetime.date, Tuple[datetime.date, datetime.date]]

class _UdenForKalenderen(ValueError):
    """A date moved outside the calendar's years 1–9999: ``str()`` is the Danish message,
    ``english`` the English one."""

    def __init__(self, dansk: str, english: str) -> None:
        super().__init__(dansk)
        self.english = english


_MÅNEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december")
_DAG = datetime.timedelta(days=1)


def _dato_tekst(d: datetime.date) -> str:
    """`19. januar 2026`."""
    return _o("{dag}. {måned} {år}").format(dag=d.day, måned=_o(_MÅNEDER[d.month - 1]), år=d.year)


def _dage_i_måned(år: int, måned: int) -> int:
    if måned == 12:
        return 31
    return (datetime.date(år, måned + 1, 1) - datetime.date(år, måned, 1)).days


def _plus_dage(d: datetime.date, dage: int) -> datetime.date:
    """``d`` moved ``dage`` days, or ValueError (Danish) outside the calendar's years 1–9999."""
    try:
        return d + datetime.timedelta(days=dage)
    except OverflowError:
        raise _UdenForKalenderen(f"datoen {d.isoformat()} flyttet {dage} dage ligger uden for kalenderen (år 1–9999)",
                                 f"the date {d.isoformat()} moved {dage} days lies outside the calendar (years 1–9999)") from None


def _flyt(d: datetime.date, fortegn: int, uger: int | Fraction, måneder: int | None) -> _Flyttet:
    """``d`` plus (``fortegn`` 1) or minus (-1) a period: ``måneder`` calendar months when the
    period was written in months or years, else ``uger`` weeks of 7 days. A date the calendar
    cannot fix is the pair (earlier, later) of candidates."""
    if måneder is not None:
        total = d.year * 12 + d.month - 1 + fortegn * måneder
        år, måned = divmod(total, 12)
        if not 1 <= år <= 9999:
            raise _UdenForKalenderen(f"datoen {d.isoformat()} flyttet {måneder} måneder ligger uden for kalenderen (år 1–9999)",
                                     f"the date {d.isoformat()} moved {måneder} months lies outside the calendar (years 1–9999)")
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
    'Borgerens oplysninger: et felt pr. begreb i loven. None betyder, at oplysningen mangler.\nHvert felt kontrolleres, når en Borger laves: en forkert type eller en ukendt valgmulighed\ngiver ValueError, der nævner feltet og de gyldige værdier.\n\nalder: heltal — Borgerens alder (kilde register CPR)\nydelse: valg af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens forsørgelsesgrundlag (kilde register Ydelsesregistrene)\nvisitation: valg af jobparat, aktivitetsparat, uddannelsesparat — Kommunens visitation af kontant- og uddannelseshjælpsmodtagere (kilde skøn Visitation (jobparat, aktivitetsparat, uddannelsesparat))\nvisitationskategori: valg af kategori_1, kategori_2, kategori_3 — Kommunens visitation af den sygemeldte (kategori 1, 2 eller 3) (kilde register Sygedagpengesagen)\njobafklaring: sandhedsværdi — Ressourceforløbsydelsen gives under et jobafklaringsforløb (ellers under et ressourceforløb) (kilde register Ydelsesregistrene)\ndimittend_med_handicap: sandhedsværdi — Dimittend med handicap (LAB § 2, nr. 8) (kilde register Uddannelses- og handicapoplysninger)\nopgørelsesdato: dato — Den dag, sagens oplysninger opgøres pr. (kilde borger)\nydelsesforløb: forløb af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens ydelser over tid: hvilken ydelse fra hvornår til hvornår (kilde register Ydelsesregistrene)\nførste_henvendelse: dato — Dato for borgerens første henvendelse til jobcentret (kilde register Jobcentret)\ntilmeldt: dato — Dato for tilmelding som jobsøgende (kilde register Jobnet)\nydelsesskift: sandhedsværdi — Borgeren har skiftet ydelse (kilde register Ydelsesregistrene)\nenlig_forsørger: sandhedsværdi — Enlig forsørger (kilde register CPR)\ngymnasial_uddannelse: sandhedsværdi — Har en uddannelse på gymnasialt eller højere niveau (kilde register Uddannelsesregistret)\nerhvervskompetencegivende_uddannelse: sandhedsværdi — Har en erhvervskompetencegivende uddannelse (kilde register Uddannelsesregistret)\nforsørgerpligt_børn: sandhedsværdi — Har forsørgerpligt over for hjemmeboende børn (kilde register CPR)\nledighed_efter_ret_og_pligt: uger — Sammenlagt ledighed efter afslutning af første ret og pligt-tilbud (§ 85) (kilde register Ydelsesregistrene)\nsu_opbrugt: sandhedsværdi — Har opbrugt sin ret til SU (kilde register SU-registret)\nlæsetest_viser_behov: sandhedsværdi — En test viser behov for læse-, skrive-, regne- eller ordblindekursus (kilde register Testresultater)\nansat: sandhedsværdi — Er i et ansættelsesforhold (sygemeldt fra et arbejde) (kilde register Indkomstregistret)\nkun_ledighed_som_udfordring: sandhedsværdi — Borgeren har ikke andre udfordringer end ledighed (kilde skøn Vurdering ved ledighedens start)\nåbenlyst_uddannelsesparat: sandhedsværdi — Visiteret som åbenlyst uddannelsesparat (kilde skøn Visitation af uddannelseshjælpsmodtagere)\narbejdsgiver: valg af offentlig, privat — Løntilskudsjobbets arbejdsgiver (kilde register Tilbuddet)\ndimittend: sandhedsværdi — Modtager dagpenge på dimittendvilkår (§ 54 i lov om arbejdsløshedsforsikring m.v.) (kilde register A-kasse)\nkort_videregående_uddannelse: sandhedsværdi — Har som minimum gennemført en kort videregående uddannelse (kilde register Uddannelsesregistret)\nordinær_beskæftigelse_efter_uddannelse: sandhedsværdi — Har været i ordinær beskæftigelse efter endt uddannelse (kilde register Indkomstregistret)\nerhvervserfaring: sandhedsværdi — Har erhvervserfaring (kilde register Indkomstregistret)\nlangvarig_ledighed: sandhedsværdi — Har langvarig ledighed (kilde skøn Har langvarig ledighed (loven angiver ingen grænse))\nuddannelsesniveau: valg af ufaglært, faglært, faglært_forældet — Voksenlærlingens uddannelse (faglært_forældet: faglært med forældet uddannelse) (kilde register Uddannelsesregistret)\nbeskæftiget: sandhedsværdi — Er i beskæftigelse, når voksenlærlingeaftalen indgås (kilde register Indkomstregistret)\nvl_positivliste: sandhedsværdi — Uddannelsen står på positivlisten for voksenlærlinge (kilde register VL-positivlisten)\nuddannelsens_varighed: uger — Voksenlærlingeuddannelsens varighed (kilde register Uddannelsesaftalen)\n'

    alder: int | None = None  # heltal — Borgerens alder (kilde register CPR)
    ydelse: Literal['dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse'] | None = None  # valg af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens forsørgelsesgrundlag (kilde register Ydelsesregistrene)
    visitation: Literal['jobparat', 'aktivitetsparat', 'uddannelsesparat'] | None = None  # valg af jobparat, aktivitetsparat, uddannelsesparat — Kommunens visitation af kontant- og uddannelseshjælpsmodtagere (kilde skøn Visitation (jobparat, aktivitetsparat, uddannelsesparat))
    visitationskategori: Literal['kategori_1', 'kategori_2', 'kategori_3'] | None = None  # valg af kategori_1, kategori_2, kategori_3 — Kommunens visitation af den sygemeldte (kategori 1, 2 eller 3) (kilde register Sygedagpengesagen)
    jobafklaring: bool | None = None  # sandhedsværdi — Ressourceforløbsydelsen gives under et jobafklaringsforløb (ellers under et ressourceforløb) (kilde register Ydelsesregistrene)
    dimittend_med_handicap: bool | None = None  # sandhedsværdi — Dimittend med handicap (LAB § 2, nr. 8) (kilde register Uddannelses- og handicapoplysninger)
    opgørelsesdato: datetime.date | None = None  # dato — Den dag, sagens oplysninger opgøres pr. (kilde borger)
    ydelsesforløb: tuple[Periode, ...] | None = None  # forløb af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens ydelser over tid: hvilken ydelse fra hvornår til hvornår (kilde register Ydelsesregistrene)
    første_henvendelse: datetime.date | None = None  # dato — Dato for borgerens første henvendelse til jobcentret (kilde register Jobcentret)
    tilmeldt: datetime.date | None = None  # dato — Dato for tilmelding som jobsøgende (kilde register Jobnet)
    ydelsesskift: bool | None = None  # sandhedsværdi — Borgeren har skiftet ydelse (kilde register Ydelsesregistrene)
    enlig_forsørger: bool | None = None  # sandhedsværdi — Enlig forsørger (kilde register CPR)
    gymnasial_uddannelse: bool | None = None  # sandhedsværdi — Har en uddannelse på gymnasialt eller højere niveau (kilde register Uddannelsesregistret)
    erhvervskompetencegivende_uddannelse: bool | None = None  # sandhedsværdi — Har en erhvervskompetencegivende uddannelse (kilde register Uddannelsesregistret)
    forsørgerpligt_børn: bool | None = None  # sandhedsværdi — Har forsørgerpligt over for hjemmeboende børn (kilde register CPR)
    ledighed_efter_ret_og_pligt: int | Fraction | None = None  # uger — Sammenlagt ledighed efter afslutning af første ret og pligt-tilbud (§ 85) (kilde register Ydelsesregistrene)
    su_opbrugt: bool | None = None  # sandhedsværdi — Har opbrugt sin ret til SU (kilde register SU-registret)
    læsetest_viser_behov: bool | None = None  # sandhedsværdi — En test viser behov for læse-, skrive-, regne- eller ordblindekursus (kilde register Testresultater)
    ansat: bool | None = None  # sandhedsværdi — Er i et ansættelsesforhold (sygemeldt fra et arbejde) (kilde register Indkomstregistret)
    kun_ledighed_som_udfordring: bool | None = None  # sandhedsværdi — Borgeren har ikke andre udfordringer end ledighed (kilde skøn Vurdering ved ledighedens start)
    åbenlyst_uddannelsesparat: bool | None = None  # sandhedsværdi — Visiteret som åbenlyst uddannelsesparat (kilde skøn Visitation af uddannelseshjælpsmodtagere)
    arbejdsgiver: Literal['offentlig', 'privat'] | None = None  # valg af offentlig, privat — Løntilskudsjobbets arbejdsgiver (kilde register Tilbuddet)
    dimittend: bool | None = None  # sandhedsværdi — Modtager dagpenge på dimittendvilkår (§ 54 i lov om arbejdsløshedsforsikring m.v.) (kilde register A-kasse)
    kort_videregående_uddannelse: bool | None = None  # sandhedsværdi — Har som minimum gennemført en kort videregående uddannelse (kilde register Uddannelsesregistret)
    ordinær_beskæftigelse_efter_uddannelse: bool | None = None  # sandhedsværdi — Har været i ordinær beskæftigelse efter endt uddannelse (kilde register Indkomstregistret)
    erhvervserfaring: bool | None = None  # sandhedsværdi — Har erhvervserfaring (kilde register Indkomstregistret)
    langvarig_ledighed: bool | None = None  # sandhedsværdi — Har langvarig ledighed (kilde skøn Har langvarig ledighed (loven angiver ingen grænse))
    uddannelsesniveau: Literal['ufaglært', 'faglært', 'faglært_forældet'] | None = None  # valg af ufaglært, faglært, faglært_forældet — Voksenlærlingens uddannelse (faglært_forældet: faglært med forældet uddannelse) (kilde register Uddannelsesregistret)
    beskæftiget: bool | None = None  # sandhedsværdi — Er i beskæftigelse, når voksenlærlingeaftalen indgås (kilde register Indkomstregistret)
    vl_positivliste: bool | None = None  # sandhedsværdi — Uddannelsen står på positivlisten for voksenlærlinge (kilde register VL-positivlisten)
    uddannelsens_varighed: int | Fraction | None = None  # uger — Voksenlærlingeuddannelsens varighed (kilde register Uddannelsesaftalen)
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
        if self.visitation is None:
            mangler |= 0x4
        else:
            object.__setattr__(self, 'visitation', _tjek('visitation', 'valg', ('jobparat', 'aktivitetsparat', 'uddannelsesparat'), self.visitation))
        if self.visitationskategori is None:
            mangler |= 0x8
        else:
            object.__setattr__(self, 'visitationskategori', _tjek('visitationskategori', 'valg', ('kategori_1', 'kategori_2', 'kategori_3'), self.visitationskategori))
        if self.jobafklaring is None:
            mangler |= 0x10
        else:
            object.__setattr__(self, 'jobafklaring', _tjek('jobafklaring', 'sandhedsværdi', (), self.jobafklaring))
        if self.dimittend_med_handicap is None:
            mangler |= 0x20
        else:
            object.__setattr__(self, 'dimittend_med_handicap', _tjek('dimittend_med_handicap', 'sandhedsværdi', (), self.dimittend_med_handicap))
        if self.opgørelsesdato is None:
            mangler |= 0x40
        else:
            object.__setattr__(self, 'opgørelsesdato', _tjek('opgørelsesdato', 'dato', (), self.opgørelsesdato))
        if self.ydelsesforløb is None:
            mangler |= 0x80
        else:
            object.__setattr__(self, 'ydelsesforløb', _tjek('ydelsesforløb', 'forløb', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse'), self.ydelsesforløb))
        if self.første_henvendelse is None:
            mangler |= 0x100
        else:
            object.__setattr__(self, 'første_henvendelse', _tjek('første_henvendelse', 'dato', (), self.første_henvendelse))
        if self.tilmeldt is None:
            mangler |= 0x200
        else:
            object.__setattr__(self, 'tilmeldt', _tjek('tilmeldt', 'dato', (), self.tilmeldt))
        if self.ydelsesskift is None:
            mangler |= 0x400
        else:
            object.__setattr__(self, 'ydelsesskift', _tjek('ydelsesskift', 'sandhedsværdi', (), self.ydelsesskift))
        if self.enlig_forsørger is None:
            mangler |= 0x800
        else:
            object.__setattr__(self, 'enlig_forsørger', _tjek('enlig_forsørger', 'sandhedsværdi', (), self.enlig_forsørger))
        if self.gymnasial_uddannelse is None:
            mangler |= 0x1000
        else:
            object.__setattr__(self, 'gymnasial_uddannelse', _tjek('gymnasial_uddannelse', 'sandhedsværdi', (), self.gymnasial_uddannelse))
        if self.erhvervskompetencegivende_uddannelse is None:
            mangler |= 0x2000
        else:
            object.__setattr__(self, 'erhvervskompetencegivende_uddannelse', _tjek('erhvervskompetencegivende_uddannelse', 'sandhedsværdi', (), self.erhvervskompetencegivende_uddannelse))
        if self.forsørgerpligt_børn is None:
            mangler |= 0x4000
        else:
            object.__setattr__(self, 'forsørgerpligt_børn', _tjek('forsørgerpligt_børn', 'sandhedsværdi', (), self.forsørgerpligt_børn))
        if self.ledighed_efter_ret_og_pligt is None:
            mangler |= 0x8000
        else:
            object.__setattr__(self, 'ledighed_efter_ret_og_pligt', _tjek('ledighed_efter_ret_og_pligt', 'uger', (), self.ledighed_efter_ret_og_pligt))
        if self.su_opbrugt is None:
            mangler |= 0x10000
        else:
            object.__setattr__(self, 'su_opbrugt', _tjek('su_opbrugt', 'sandhedsværdi', (), self.su_opbrugt))
        if self.læsetest_viser_behov is None:
            mangler |= 0x20000
        else:
            object.__setattr__(self, 'læsetest_viser_behov', _tjek('læsetest_viser_behov', 'sandhedsværdi', (), self.læsetest_viser_behov))
        if self.ansat is None:
            mangler |= 0x40000
        else:
            object.__setattr__(self, 'ansat', _tjek('ansat', 'sandhedsværdi', (), self.ansat))
        if self.kun_ledighed_som_udfordring is None:
            mangler |= 0x80000
        else:
            object.__setattr__(self, 'kun_ledighed_som_udfordring', _tjek('kun_ledighed_som_udfordring', 'sandhedsværdi', (), self.kun_ledighed_som_udfordring))
        if self.åbenlyst_uddannelsesparat is None:
            mangler |= 0x100000
        else:
            object.__setattr__(self, 'åbenlyst_uddannelsesparat', _tjek('åbenlyst_uddannelsesparat', 'sandhedsværdi', (), self.åbenlyst_uddannelsesparat))
        if self.arbejdsgiver is None:
            mangler |= 0x200000
        else:
            object.__setattr__(self, 'arbejdsgiver', _tjek('arbejdsgiver', 'valg', ('offentlig', 'privat'), self.arbejdsgiver))
        if self.dimittend is None:
            mangler |= 0x400000
        else:
            object.__setattr__(self, 'dimittend', _tjek('dimittend', 'sandhedsværdi', (), self.dimittend))
        if self.kort_videregående_uddannelse is None:
            mangler |= 0x800000
        else:
            object.__setattr__(self, 'kort_videregående_uddannelse', _tjek('kort_videregående_uddannelse', 'sandhedsværdi', (), self.kort_videregående_uddannelse))
        if self.ordinær_beskæftigelse_efter_uddannelse is None:
            mangler |= 0x1000000
        else:
            object.__setattr__(self, 'ordinær_beskæftigelse_efter_uddannelse', _tjek('ordinær_beskæftigelse_efter_uddannelse', 'sandhedsværdi', (), self.ordinær_beskæftigelse_efter_uddannelse))
        if self.erhvervserfaring is None:
            mangler |= 0x2000000
        else:
            object.__setattr__(self, 'erhvervserfaring', _tjek('erhvervserfaring', 'sandhedsværdi', (), self.erhvervserfaring))
        if self.langvarig_ledighed is None:
            mangler |= 0x4000000
        else:
            object.__setattr__(self, 'langvarig_ledighed', _tjek('langvarig_ledighed', 'sandhedsværdi', (), self.langvarig_ledighed))
        if self.uddannelsesniveau is None:
            mangler |= 0x8000000
        else:
            object.__setattr__(self, 'uddannelsesniveau', _tjek('uddannelsesniveau', 'valg', ('ufaglært', 'faglært', 'faglært_forældet'), self.uddannelsesniveau))
        if self.beskæftiget is None:
            mangler |= 0x10000000
        else:
            object.__setattr__(self, 'beskæftiget', _tjek('beskæftiget', 'sandhedsværdi', (), self.beskæftiget))
        if self.vl_positivliste is None:
            mangler |= 0x20000000
        else:
            object.__setattr__(self, 'vl_positivliste', _tjek('vl_positivliste', 'sandhedsværdi', (), self.vl_positivliste))
        if self.uddannelsens_varighed is None:
            mangler |= 0x40000000
        else:
            object.__setattr__(self, 'uddannelsens_varighed', _tjek('uddannelsens_varighed', 'uger', (), self.uddannelsens_varighed))
        object.__setattr__(self, "_mangler", mangler)


# Konstante udfald og værdier.
_M1: Final = Udfald('mangler', None, ('målgruppe 1 dagpengemodtagere',), None, 'ydelse')  # målgruppe 1 dagpengemodtagere
_M2: Final = Udfald('mangler', None, ('målgruppe 2 jobparate_kontanthjælpsmodtagere',), None, 'ydelse')  # målgruppe 2 jobparate_kontanthjælpsmodtagere
_M3: Final = Udfald('mangler', None, ('målgruppe 2 jobparate_kontanthjælpsmodtagere',), None, 'visitation')  # målgruppe 2 jobparate_kontanthjælpsmodtagere
_M4: Final = Udfald('mangler', None, ('målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere',), None, 'ydelse')  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
_M5: Final = Udfald('mangler', None, ('målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere',), None, 'visitation')  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
_M6: Final = Udfald('mangler', None, ('målgruppe 4 revalidender',), None, 'ydelse')  # målgruppe 4 revalidender
_M7: Final = Udfald('mangler', None, ('målgruppe 5 sygedagpengemodtagere',), None, 'ydelse')  # målgruppe 5 sygedagpengemodtagere
_M8: Final = Udfald('mangler', None, ('målgruppe 6 førtidspensionister',), None, 'ydelse')  # målgruppe 6 førtidspensionister
_M9: Final = Udfald('mangler', None, ('målgruppe 7 fleksjobvisiterede',), None, 'ydelse')  # målgruppe 7 fleksjobvisiterede
_M10: Final = Udfald('mangler', None, ('målgruppe 8 dimittender_med_handicap',), None, 'dimittend_med_handicap')  # målgruppe 8 dimittender_med_handicap
_M11: Final = Udfald('mangler', None, ('målgruppe 8 dimittender_med_handicap',), None, 'ydelse')  # målgruppe 8 dimittender_med_handicap
_M12: Final = Udfald('mangler', None, ('målgruppe 9 unge_under_18',), None, 'alder')  # målgruppe 9 unge_under_18
_M13: Final = Udfald('mangler', None, ('målgruppe 9 unge_under_18',), None, 'ydelse')  # målgruppe 9 unge_under_18
_M14: Final = Udfald('mangler', None, ('målgruppe 9 unge_under_18',), None, 'dimittend_med_handicap')  # målgruppe 9 unge_under_18
_M15: Final = Udfald('mangler', None, ('målgruppe 10 selvforsørgende',), None, 'ydelse')  # målgruppe 10 selvforsørgende
_M16: Final = Udfald('mangler', None, ('målgruppe 10 selvforsørgende',), None, 'dimittend_med_handicap')  # målgruppe 10 selvforsørgende
_M17: Final = Udfald('mangler', None, ('målgruppe 10 selvforsørgende',), None, 'alder')  # målgruppe 10 selvforsørgende
_M18: Final = Udfald('mangler', None, ('målgruppe 11 ressourceforløb',), None, 'ydelse')  # målgruppe 11 ressourceforløb
_M19: Final = Udfald('mangler', None, ('målgruppe 11 ressourceforløb',), None, 'jobafklaring')  # målgruppe 11 ressourceforløb
_M20: Final = Udfald('mangler', None, ('målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere',), None, 'ydelse')  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
_M21: Final = Udfald('mangler', None, ('målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere',), None, 'visitation')  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
_M22: Final = Udfald('mangler', None, ('målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere',), None, 'ydelse')  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
_M23: Final = Udfald('mangler', None, ('målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere',), None, 'visitation')  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
_M24: Final = Udfald('mangler', None, ('målgruppe 14 jobafklaringsforløb',), None, 'ydelse')  # målgruppe 14 jobafklaringsforløb
_M25: Final = Udfald('mangler', None, ('målgruppe 14 jobafklaringsforløb',), None, 'jobafklaring')  # målgruppe 14 jobafklaringsforløb
_V1: Final = Udfald('værdi', 1, ('§ 16, stk. 1',), None, None)  # § 16, stk. 1
_O1: Final = Udfald('ingen regel', None, (), None, None)
_V2: Final = Udfald('værdi', 3, ('§ 16, stk. 6',), None, None)  # § 16, stk. 6
_V3: Final = Udfald('værdi', 2, ('§ 16, stk. 2',), None, None)  # § 16, stk. 2
_V4: Final = Udfald('værdi', 13, ('§ 16, stk. 3',), None, None)  # § 16, stk. 3
_V5: Final = Udfald('værdi', 4, ('§ 15, stk. 1',), None, None)  # § 15, stk. 1
_V6: Final = Udfald('værdi', 4, ('§ 16, stk. 4',), None, None)  # § 16, stk. 4
_V7: Final = Udfald('værdi', 26, ('§ 15, stk. 2',), None, None)  # § 15, stk. 2
_V8: Final = Udfald('værdi', 52, ('§ 16, stk. 5',), None, None)  # § 16, stk. 5
_V9: Final = Udfald('værdi', 4, ('§ 17, stk. 1',), None, None)  # § 17, stk. 1
_V10: Final = Udfald('værdi', False, ('§ 15, stk. 3',), None, None)  # § 15, stk. 3
_V11: Final = Udfald('værdi', False, ('§ 16, stk. 7',), None, None)  # § 16, stk. 7
_V12: Final = Udfald('værdi', False, ('§ 17, stk. 2',), None, None)  # § 17, stk. 2
_M26: Final = Udfald('mangler', None, ('§ 18, stk. 1',), None, 'ydelsesskift')  # § 18, stk. 1
_M27: Final = Udfald('mangler', None, ('§ 19, stk. 1',), None, 'første_henvendelse')  # § 19, stk. 1
_M28: Final = Udfald('mangler', None, ('§ 19, stk. 2',), None, 'tilmeldt')  # § 19, stk. 2
_M29: Final = Udfald('mangler', None, ('§ 19, stk. 3',), None, 'første_henvendelse')  # § 19, stk. 3
_V13: Final = Udfald('værdi', 13, ('§ 20, stk. 1',), None, None)  # § 20, stk. 1
_M30: Final = Udfald('mangler', None, ('§ 20, stk. 2',), None, 'kun_ledighed_som_udfordring')  # § 20, stk. 2
_V14: Final = Udfald('værdi', 2, ('§ 19 a, stk. 1',), None, None)  # § 19 a, stk. 1
_V15: Final = Udfald('værdi', 6, ('§ 19 a, stk. 2',), None, None)  # § 19 a, stk. 2
_M31: Final = Udfald('mangler', None, ('§ 19 a, stk. 3',), None, 'tilmeldt')  # § 19 a, stk. 3
_M32: Final = Udfald('mangler', None, ('§ 19 a, stk. 4',), None, 'tilmeldt')  # § 19 a, stk. 4
_V16: Final = Udfald('værdi', 2, ('§ 19 b, stk. 1',), None, None)  # § 19 b, stk. 1
_M33: Final = Udfald('mangler', None, ('§ 19 b, stk. 1',), None, 'ydelse')  # § 19 b, stk. 1
_V17: Final = Udfald('værdi', 26, ('§ 19 b, stk. 2',), None, None)  # § 19 b, stk. 2
_M34: Final = Udfald('mangler', None, ('§ 19 b, stk. 2',), None, 'ydelse')  # § 19 b, stk. 2
_V18: Final = frozenset(('dagpenge',))
_V19: Final = frozenset(('kontanthjælp', 'uddannelseshjælp'))
_K1: Final = Fraction(13, 3)
_V20: Final = frozenset(('sygedagpenge',))
_V21: Final = frozenset(('revalideringsydelse',))
_V22: Final = frozenset(('ressourceforløbsydelse',))
_V23: Final = frozenset(('ledighedsydelse',))
_V24: Final = frozenset(('førtidspension', 'fleksløntilskud'))
_V25: Final = frozenset(('selvforsørgelse',))
_M35: Final = Udfald('mangler', None, ('§ 14 a, stk. 1',), None, 'ydelse')  # § 14 a, stk. 1
_M36: Final = Udfald('mangler', None, ('§ 14 a, stk. 2',), None, 'ydelse')  # § 14 a, stk. 2
_M37: Final = Udfald('mangler', None, ('§ 14 a, stk. 3',), None, 'ydelse')  # § 14 a, stk. 3
_M38: Final = Udfald('mangler', None, ('§ 14 a, stk. 4',), None, 'ydelse')  # § 14 a, stk. 4
_M39: Final = Udfald('mangler', None, ('§ 14 a, stk. 5',), None, 'ydelse')  # § 14 a, stk. 5
_M40: Final = Udfald('mangler', None, ('§ 14 a, stk. 6',), None, 'ydelse')  # § 14 a, stk. 6
_M41: Final = Udfald('mangler', None, ('§ 14 a, stk. 7',), None, 'ydelse')  # § 14 a, stk. 7
_M42: Final = Udfald('mangler', None, ('§ 14 a, stk. 8',), None, 'ydelse')  # § 14 a, stk. 8
_M43: Final = Udfald('mangler', None, ('§ 14 a, stk. 1',), None, 'ydelsesforløb')  # § 14 a, stk. 1
_M44: Final = Udfald('mangler', None, ('§ 14 a, stk. 1',), None, 'opgørelsesdato')  # § 14 a, stk. 1
_M45: Final = Udfald('mangler', None, ('§ 14 a, stk. 2',), None, 'ydelsesforløb')  # § 14 a, stk. 2
_M46: Final = Udfald('mangler', None, ('§ 14 a, stk. 2',), None, 'opgørelsesdato')  # § 14 a, stk. 2
_M47: Final = Udfald('mangler', None, ('§ 14 a, stk. 3',), None, 'ydelsesforløb')  # § 14 a, stk. 3
_M48: Final = Udfald('mangler', None, ('§ 14 a, stk. 3',), None, 'opgørelsesdato')  # § 14 a, stk. 3
_M49: Final = Udfald('mangler', None, ('§ 14 a, stk. 4',), None, 'ydelsesforløb')  # § 14 a, stk. 4
_M50: Final = Udfald('mangler', None, ('§ 14 a, stk. 4',), None, 'opgørelsesdato')  # § 14 a, stk. 4
_M51: Final = Udfald('mangler', None, ('§ 14 a, stk. 5',), None, 'ydelsesforløb')  # § 14 a, stk. 5
_M52: Final = Udfald('mangler', None, ('§ 14 a, stk. 5',), None, 'opgørelsesdato')  # § 14 a, stk. 5
_M53: Final = Udfald('mangler', None, ('§ 14 a, stk. 6',), None, 'ydelsesforløb')  # § 14 a, stk. 6
_M54: Final = Udfald('mangler', None, ('§ 14 a, stk. 6',), None, 'opgørelsesdato')  # § 14 a, stk. 6
_M55: Final = Udfald('mangler', None, ('§ 14 a, stk. 7',), None, 'ydelsesforløb')  # § 14 a, stk. 7
_M56: Final = Udfald('mangler', None, ('§ 14 a, stk. 7',), None, 'opgørelsesdato')  # § 14 a, stk. 7
_M57: Final = Udfald('mangler', None, ('§ 14 a, stk. 8',), None, 'ydelsesforløb')  # § 14 a, stk. 8
_M58: Final = Udfald('mangler', None, ('§ 14 a, stk. 8',), None, 'opgørelsesdato')  # § 14 a, stk. 8
_V26: Final = Udfald('værdi', 13, ('§ 21, stk. 1',), None, None)  # § 21, stk. 1
_V27: Final = Udfald('værdi', 26, ('§ 21, stk. 2',), None, None)  # § 21, stk. 2
_V28: Final = Udfald('værdi', 2, ('§ 21, stk. 3',), None, None)  # § 21, stk. 3
_V29: Final = Udfald('værdi', True, ('§ 32, stk. 1',), None, None)  # § 32, stk. 1
_V30: Final = Udfald('værdi', False, ('§ 32, stk. 2',), None, None)  # § 32, stk. 2
_V31: Final = Udfald('værdi', True, ('§ 32, stk. 3',), None, None)  # § 32, stk. 3
_V32: Final = Udfald('værdi', True, ('§ 34, stk. 2',), None, None)  # § 34, stk. 2
_V33: Final = Udfald('værdi', False, ('§ 34, stk. 3',), None, None)  # § 34, stk. 3
_M59: Final = Udfald('mangler', None, ('§ 34, stk. 1',), None, 'alder')  # § 34, stk. 1
_M60: Final = Udfald('mangler', None, ('§ 34, stk. 1',), None, 'erhvervskompetencegivende_uddannelse')  # § 34, stk. 1
_V34: Final = Udfald('værdi', 6, ('§ 34, stk. 4',), None, None)  # § 34, stk. 4
_V35: Final = Udfald('værdi', 'Tilbuddet skal udvikle eller afdække den lediges faglige, sociale eller sproglige kompetencer med henblik på opkvalificering til arbejdsmarkedet', ('§ 32, stk. 4',), None, None)  # § 32, stk. 4
_V36: Final = Udfald('værdi', 'Opkvalificering til at kunne påbegynde og gennemføre en erhvervskompetencegivende uddannelse', ('§ 32, stk. 5',), None, None)  # § 32, stk. 5
_V37: Final = Udfald('værdi', False, ('§ 35, stk. 2',), None, None)  # § 35, stk. 2
_M61: Final = Udfald('mangler', None, ('§ 35, stk. 1',), None, 'læsetest_viser_behov')  # § 35, stk. 1
_V38: Final = Udfald('værdi', False, ('§ 35, stk. 5',), None, None)  # § 35, stk. 5
_M62: Final = Udfald('mangler', None, ('§ 35, stk. 3',), None, 'alder')  # § 35, stk. 3
_M63: Final = Udfald('mangler', None, ('§ 35, stk. 3',), None, 'erhvervskompetencegivende_uddannelse')  # § 35, stk. 3
_M64: Final = Udfald('mangler', None, ('§ 35, stk. 4',), None, 'erhvervskompetencegivende_uddannelse')  # § 35, stk. 4
_V39: Final = Udfald('værdi', 6, ('§ 36, stk. 1',), None, None)  # § 36, stk. 1
_V40: Final = Udfald('værdi', 5, ('§ 36, stk. 2',), None, None)  # § 36, stk. 2
_V41: Final = Udfald('værdi', 39, ('§ 36, stk. 4',), None, None)  # § 36, stk. 4
_V42: Final = Udfald('værdi', 26, ('§ 36, stk. 5',), None, None)  # § 36, stk. 5
_M65: Final = Udfald('mangler', None, ('§ 36, stk. 4',), None, 'alder')  # § 36, stk. 4
_M66: Final = Udfald('mangler', None, ('§ 36, stk. 5',), None, 'alder')  # § 36, stk. 5
_V43: Final = Udfald('værdi', False, ('§ 36, stk. 6',), None, None)  # § 36, stk. 6
_V44: Final = Udfald('værdi', 52, ('§ 99, stk. 1',), None, None)  # § 99, stk. 1
_V45: Final = Udfald('værdi', 26, ('§ 99, stk. 2',), None, None)  # § 99, stk. 2
_M67: Final = Udfald('mangler', None, ('§ 99, stk. 2',), None, 'alder')  # § 99, stk. 2
_S1: Final = Udfald('skøn', None, ('§ 99, stk. 2',), 'risiko for særlig langtidsledighed', None)  # § 99, stk. 2
_M68: Final = Udfald('mangler', None, ('§ 37, stk. 1',), None, 'alder')  # § 37, stk. 1
_M69: Final = Udfald('mangler', None, ('§ 37, stk. 1',), None, 'erhvervskompetencegivende_uddannelse')  # § 37, stk. 1
_M70: Final = Udfald('mangler', None, ('§ 37, stk. 1',), None, 'forsørgerpligt_børn')  # § 37, stk. 1
_M71: Final = Udfald('mangler', None, ('§ 37, stk. 1',), None, 'ledighed_efter_ret_og_pligt')  # § 37, stk. 1
_M72: Final = Udfald('mangler', None, ('§ 37, stk. 3',), None, 'erhvervskompetencegivende_uddannelse')  # § 37, stk. 3
_M73: Final = Udfald('mangler', None, ('§ 37, stk. 3',), None, 'forsørgerpligt_børn')  # § 37, stk. 3
_M74: Final = Udfald('mangler', None, ('§ 37, stk. 3',), None, 'alder')  # § 37, stk. 3
_M75: Final = Udfald('mangler', None, ('§ 37, stk. 3',), None, 'su_opbrugt')  # § 37, stk. 3
_V46: Final = Udfald('værdi', 13, ('§ 44, stk. 1',), None, None)  # § 44, stk. 1
_V47: Final = Udfald('værdi', 26, ('§ 44, stk. 2',), None, None)  # § 44, stk. 2
_V48: Final = Udfald('værdi', 4, ('§ 44, stk. 3',), None, None)  # § 44, stk. 3
_V49: Final = Udfald('værdi', 8, ('§ 44, stk. 4',), None, None)  # § 44, stk. 4
_V50: Final = Udfald('værdi', 4, ('§ 44, stk. 5',), None, None)  # § 44, stk. 5
_V51: Final = Udfald('værdi', 13, ('§ 44, stk. 6',), None, None)  # § 44, stk. 6
_S2: Final = Udfald('skøn', None, ('§ 44, stk. 2',), 'konkret individuel vurdering', None)  # § 44, stk. 2
_M76: Final = Udfald('mangler', None, ('§ 44, stk. 4',), None, 'dimittend')  # § 44, stk. 4
_M77: Final = Udfald('mangler', None, ('§ 44, stk. 4',), None, 'kort_videregående_uddannelse')  # § 44, stk. 4
_M78: Final = Udfald('mangler', None, ('§ 44, stk. 4',), None, 'ordinær_beskæftigelse_efter_uddannelse')  # § 44, stk. 4
_M79: Final = Udfald('mangler', None, ('§ 44, stk. 6',), None, 'erhvervserfaring')  # § 44, stk. 6
_M80: Final = Udfald('mangler', None, ('§ 44, stk. 6',), None, 'langvarig_ledighed')  # § 44, stk. 6
_S3: Final = Udfald('skøn', None, ('§ 44, stk. 6',), 'i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud', None)  # § 44, stk. 6
_V52: Final = Udfald('værdi', True, ('§ 51, stk. 1',), None, None)  # § 51, stk. 1
_M81: Final = Udfald('mangler', None, ('§ 51, stk. 2',), None, 'ansat')  # § 51, stk. 2
_M82: Final = Udfald('mangler', None, ('§ 51, stk. 3',), None, 'åbenlyst_uddannelsesparat')  # § 51, stk. 3
_M83: Final = Udfald('mangler', None, ('§ 51, stk. 4',), None, 'alder')  # § 51, stk. 4
_M84: Final = Udfald('mangler', None, ('§ 51, stk. 4',), None, 'enlig_forsørger')  # § 51, stk. 4
_M85: Final = Udfald('mangler', None, ('§ 51, stk. 4',), None, 'gymnasial_uddannelse')  # § 51, stk. 4
_K2: Final = Fraction(52, 3)
_V53: Final = Udfald('værdi', _K2, ('§ 52, stk. 1',), None, None)  # § 52, stk. 1
_V54: Final = Udfald('værdi', 26, ('§ 52, stk. 2',), None, None)  # § 52, stk. 2
_V55: Final = Udfald('værdi', 26, ('§ 52, stk. 3',), None, None)  # § 52, stk. 3
_V56: Final = Udfald('værdi', 52, ('§ 52, stk. 4',), None, None)  # § 52, stk. 4
_M86: Final = Udfald('mangler', None, ('§ 52, stk. 1',), None, 'arbejdsgiver')  # § 52, stk. 1
_M87: Final = Udfald('mangler', None, ('§ 52, stk. 2',), None, 'arbejdsgiver')  # § 52, stk. 2
_V57: Final = Udfald('værdi', 'Oplæring og genoptræning af faglige sociale eller sproglige kompetencer', ('§ 53, stk. 1',), None, None)  # § 53, stk. 1
_V58: Final = Udfald('værdi', 'Opnåelse eller fastholdelse af beskæftigelse', ('§ 53, stk. 2',), None, None)  # § 53, stk. 2
_V59: Final = Udfald('værdi', 'Indslusning på arbejdsmarkedet', ('§ 53, stk. 3',), None, None)  # § 53, stk. 3
_V60: Final = Udfald('værdi', 'Overenskomstmæssige eller de for tilsvarende arbejde sædvanligt gældende', ('§ 53, stk. 4',), None, None)  # § 53, stk. 4
_V61: Final = Udfald('værdi', 'Lønnen skal min. være den mindste overenskomstmæssige løn. Der gælder særlige regler for elev/lærlingeforløb for de meget svage revalidender', ('§ 53, stk. 5',), None, None)  # § 53, stk. 5
_V62: Final = Udfald('værdi', 'Løn- og arbejdsvilkår fastsættes ved aftale mellem personen og arbejdsgiveren i samarbejde med de faglige organisationer', ('§ 53, stk. 6',), None, None)  # § 53, stk. 6
_V63: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige, dog 124,71 kr. per time eksklusiv feriepenge mv. og skal ligge på niveau med personens individuelle dagpenge', ('§ 53, stk. 7',), None, None)  # § 53, stk. 7
_V64: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige, dog 124,71 kr. per time eksklusiv feriepenge mv. og skal ligge på niveau med personens samlede individuelle hjælp', ('§ 53, stk. 8',), None, None)  # § 53, stk. 8
_V65: Final = Udfald('værdi', 'Efter fradrag af arbejdsmarkedsbidrag udgør 1) 80 pct. af højeste dagpenge for personer, som har forsørgelsespligt over for børn, og 2) 60 pct. af højeste dagpenge efter LAS for andre personer', ('§ 53, stk. 9',), None, None)  # § 53, stk. 9
_V66: Final = Udfald('værdi', 'Lønnen skal min. være den mindste overenskomstmæssige løn. Der gælder særlige regler for elev/lærlingeforløb for de meget svage revalidender', ('§ 53, stk. 10',), None, None)  # § 53, stk. 10
_V67: Final = Udfald('værdi', 'Løn- og arbejdsvilkår fastsættes ved aftale mellem personen og arbejdsgiveren i samarbejde med de faglige organisationer', ('§ 53, stk. 11',), None, None)  # § 53, stk. 11
_V68: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige', ('§ 53, stk. 12',), None, None)  # § 53, stk. 12
_V69: Final = Udfald('værdi', 'Den offentlige arbejdsgiver fastsætter arbejdstiden under hensyn til lønnen', ('§ 53, stk. 13',), None, None)  # § 53, stk. 13
_V70: Final = Udfald('værdi', 'Fastsættes efter aftale mellem kommunen, arbejdsgiveren og personen', ('§ 53, stk. 14',), None, None)  # § 53, stk. 14
_V71: Final = Udfald('værdi', 'Den offentlige arbejdsgiver fastsætter arbejdstiden under hensyn til lønnen, i hele antal timer', ('§ 53, stk. 15',), None, None)  # § 53, stk. 15
_V72: Final = Udfald('værdi', 'Løn- og arbejdsvilkår – herunder arbejdstiden – fastsættes ved aftale mellem personen og arbejdsgiveren i samarbejde med de faglige organisationer', ('§ 53, stk. 16',), None, None)  # § 53, stk. 16
_V73: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige', ('§ 53, stk. 17',), None, None)  # § 53, stk. 17
_V74: Final = Udfald('værdi', False, ('§ 54, stk. 2',), None, None)  # § 54, stk. 2
_V75: Final = Udfald('værdi', True, ('§ 100, stk. 1',), None, None)  # § 100, stk. 1
_V76: Final = Udfald('værdi', False, ('§ 102, stk. 1',), None, None)  # § 102, stk. 1
_M88: Final = Udfald('mangler', None, ('§ 102, stk. 2',), None, 'alder')  # § 102, stk. 2
_V77: Final = Udfald('værdi', 234, ('§ 102, stk. 3',), None, None)  # § 102, stk. 3
_M89: Final = Udfald('mangler', None, ('§ 103, stk. 1',), None, 'ydelse')  # § 103, stk. 1
_M90: Final = Udfald('mangler', None, ('§ 103, stk. 1',), None, 'ydelsesforløb')  # § 103, stk. 1
_M91: Final = Udfald('mangler', None, ('§ 103, stk. 1',), None, 'opgørelsesdato')  # § 103, stk. 1
_V78: Final = Udfald('værdi', 130, ('§ 104, stk. 1',), None, None)  # § 104, stk. 1
_M92: Final = Udfald('mangler', None, ('§ 104, stk. 1',), None, 'ydelse')  # § 104, stk. 1
_V79: Final = Udfald('værdi', 104, ('§ 104, stk. 2',), None, None)  # § 104, stk. 2
_M93: Final = Udfald('mangler', None, ('§ 104, stk. 2',), None, 'ydelse')  # § 104, stk. 2
_V80: Final = Udfald('værdi', 26, ('§ 104, stk. 3',), None, None)  # § 104, stk. 3
_V81: Final = Udfald('værdi', 52, ('§ 104, stk. 4',), None, None)  # § 104, stk. 4
_M94: Final = Udfald('mangler', None, ('§ 104, stk. 6',), None, 'ydelse')  # § 104, stk. 6
_K3: Final = Fraction(26, 3)
_K4: Final = Decimal('0')
_V82: Final = Udfald('værdi', _K4, ('§ 98, stk. 1',), None, None)  # § 98, stk. 1
_K5: Final = Decimal('30')
_V83: Final = Udfald('værdi', _K5, ('§ 98, stk. 2',), None, None)  # § 98, stk. 2
_K6: Final = Decimal('40')
_V84: Final = Udfald('værdi', _K6, ('§ 98, stk. 3',), None, None)  # § 98, stk. 3
_V85: Final = Udfald('værdi', _K5, ('§ 98, stk. 4',), None, None)  # § 98, stk. 4
_V86: Final = Udfald('værdi', _K6, ('§ 98, stk. 5',), None, None)  # § 98, stk. 5
_V87: Final = Udfald('værdi', _K6, ('§ 98, stk. 6',), None, None)  # § 98, stk. 6
_M95: Final = Udfald('mangler', None, ('§ 98, stk. 2',), None, 'uddannelsesniveau')  # § 98, stk. 2
_M96: Final = Udfald('mangler', None, ('§ 98, stk. 2',), None, 'beskæftiget')  # § 98, stk. 2
_M97: Final = Udfald('mangler', None, ('§ 98, stk. 2',), None, 'vl_positivliste')  # § 98, stk. 2
_M98: Final = Udfald('mangler', None, ('§ 98, stk. 3',), None, 'uddannelsesniveau')  # § 98, stk. 3
_M99: Final = Udfald('mangler', None, ('§ 98, stk. 3',), None, 'beskæftiget')  # § 98, stk. 3
_M100: Final = Udfald('mangler', None, ('§ 98, stk. 3',), None, 'ydelse')  # § 98, stk. 3
_M101: Final = Udfald('mangler', None, ('§ 98, stk. 4',), None, 'uddannelsesniveau')  # § 98, stk. 4
_M102: Final = Udfald('mangler', None, ('§ 98, stk. 4',), None, 'beskæftiget')  # § 98, stk. 4
_M103: Final = Udfald('mangler', None, ('§ 98, stk. 4',), None, 'vl_positivliste')  # § 98, stk. 4
_M104: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'uddannelsesniveau')  # § 98, stk. 5
_M105: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'beskæftiget')  # § 98, stk. 5
_M106: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'ydelse')  # § 98, stk. 5
_M107: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'vl_positivliste')  # § 98, stk. 5
_M108: Final = Udfald('mangler', None, ('§ 98, stk. 6',), None, 'uddannelsesniveau')  # § 98, stk. 6
_M109: Final = Udfald('mangler', None, ('§ 98, stk. 6',), None, 'beskæftiget')  # § 98, stk. 6
_M110: Final = Udfald('mangler', None, ('§ 98, stk. 6',), None, 'ydelse')  # § 98, stk. 6
_V88: Final = Udfald('værdi', 104, ('§ 98, stk. 7',), None, None)  # § 98, stk. 7
_M111: Final = Udfald('mangler', None, ('§ 98, stk. 8',), None, 'uddannelsens_varighed')  # § 98, stk. 8


def _målgruppe_dagpengemodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 1 dagpengemodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M1 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    return _t3


def _målgruppe_jobparate_kontanthjælpsmodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 2 jobparate_kontanthjælpsmodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M2 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'kontanthjælp'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.visitation
        _t6: str | Udfald = _M3 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 == 'jobparat'
        if _t7 is False or _t4 is True:
            _t4 = _t7
    return _t4


def _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M4 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'kontanthjælp'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.visitation
        _t6: str | Udfald = _M5 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 == 'aktivitetsparat'
        if _t7 is False or _t4 is True:
            _t4 = _t7
    return _t4


def _målgruppe_revalidender(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 4 revalidender
    _t1 = borger.ydelse
    _t2: str | Udfald = _M6 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'revalideringsydelse'
    return _t3


def _målgruppe_sygedagpengemodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 5 sygedagpengemodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M7 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'sygedagpenge'
    return _t3


def _målgruppe_førtidspensionister(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 6 førtidspensionister
    _t1 = borger.ydelse
    _t2: str | Udfald = _M8 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'førtidspension'
    return _t3


def _målgruppe_fleksjobvisiterede(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 7 fleksjobvisiterede
    _t1 = borger.ydelse
    _t2: str | Udfald = _M9 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 in ('ledighedsydelse', 'fleksløntilskud')
    return _t3


def _målgruppe_dimittender_med_handicap(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 8 dimittender_med_handicap
    _t1 = borger.dimittend_med_handicap
    _t2: bool | Udfald = _M10 if _t1 is None else _t1
    _t3: bool | Udfald = _t2
    if _t3 is not False:
        _t4 = borger.ydelse
        _t5: str | Udfald = _M11 if _t4 is None else _t4
        _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 == 'selvforsørgelse'
        if _t6 is False or _t3 is True:
            _t3 = _t6
    return _t3


def _målgruppe_unge_under_18(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 9 unge_under_18
    _t1 = borger.alder
    _t2: int | Udfald = _M12 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 >= 15
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.alder
        _t6: int | Udfald = _M12 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 < 18
        if _t7 is False or _t4 is True:
            _t4 = _t7
    _t8: bool | Udfald = _t4
    if _t8 is not False:
        _t9 = borger.ydelse
        _t10: str | Udfald = _M13 if _t9 is None else _t9
        _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else _t10 == 'selvforsørgelse'
        if _t11 is False or _t8 is True:
            _t8 = _t11
    _t12: bool | Udfald = _t8
    if _t12 is not False:
        _t13 = borger.dimittend_med_handicap
        _t14: bool | Udfald = _M14 if _t13 is None else _t13
        _t15: bool | Udfald = _t14 if isinstance(_t14, Udfald) else not _t14
        if _t15 is False or _t12 is True:
            _t12 = _t15
    return _t12


def _målgruppe_selvforsørgende(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 10 selvforsørgende
    _t1 = borger.ydelse
    _t2: str | Udfald = _M15 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'selvforsørgelse'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.dimittend_med_handicap
        _t6: bool | Udfald = _M16 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else not _t6
        if _t7 is False or _t4 is True:
            _t4 = _t7
    _t8: bool | Udfald = _t4
    if _t8 is not False:
        _t9 = borger.alder
        _t10: int | Udfald = _M17 if _t9 is None else _t9
        _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else _t10 >= 15
        _t12: bool | Udfald = _t11
        if _t12 is not False:
            _t13 = borger.alder
            _t14: int | Udfald = _M17 if _t13 is None else _t13
            _t15: bool | Udfald = _t14 if isinstance(_t14, Udfald) else _t14 < 18
            if _t15 is False or _t12 is True:
                _t12 = _t15
        _t16: bool | Udfald = _t12 if isinstance(_t12, Udfald) else not _t12
        if _t16 is False or _t8 is True:
            _t8 = _t16
    return _t8


def _målgruppe_ressourceforløb(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 11 ressourceforløb
    _t1 = borger.ydelse
    _t2: str | Udfald = _M18 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'ressourceforløbsydelse'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.jobafklaring
        _t6: bool | Udfald = _M19 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else not _t6
        if _t7 is False or _t4 is True:
            _t4 = _t7
    return _t4


def _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M20 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'uddannelseshjælp'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.visitation
        _t6: str | Udfald = _M21 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 == 'uddannelsesparat'
        if _t7 is False or _t4 is True:
            _t4 = _t7
    return _t4


def _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
    _t1 = borger.ydelse
    _t2: str | Udfald = _M22 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'uddannelseshjælp'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.visitation
        _t6: str | Udfald = _M23 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 == 'aktivitetsparat'
        if _t7 is False or _t4 is True:
            _t4 = _t7
    return _t4


def _målgruppe_jobafklaringsforløb(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 14 jobafklaringsforløb
    _t1 = borger.ydelse
    _t2: str | Udfald = _M24 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'ressourceforløbsydelse'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.jobafklaring
        _t6: bool | Udfald = _M25 if _t5 is None else _t5
        if _t6 is False or _t4 is True:
            _t4 = _t6
    return _t4


def første_samtale_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Frist for den første samtale efter første henvendelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_første_samtale_frist(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (jobparate_kontanthjælpsmodtagere)  # § 16, stk. 1
        if _r1:
            return _V1
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_første_samtale_frist(borger, skøn)


def _eksakt_første_samtale_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for første_samtale_frist; se SEMANTICS.md.
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 16, stk. 1
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 1
        return _V1
    return _O1


def cv_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Frist for CV efter tilmelding'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_cv_frist(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (jobparate_kontanthjælpsmodtagere)  # § 16, stk. 6
        if _r1:
            return _V2
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_cv_frist(borger, skøn)


def _eksakt_cv_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for cv_frist; se SEMANTICS.md.
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 16, stk. 6
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 6
        return _V2
    return _O1


def samtaler_startperiode_antal(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Antal yderligere samtaler i startperioden'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_samtaler_startperiode_antal(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (jobparate_kontanthjælpsmodtagere)  # § 16, stk. 2
        if _r1:
            return _V3
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtaler_startperiode_antal(borger, skøn)


def _eksakt_samtaler_startperiode_antal(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtaler_startperiode_antal; se SEMANTICS.md.
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 16, stk. 2
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 2
        return _V3
    return _O1


def samtaler_startperiode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Startperioden for de yderligere samtaler'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_samtaler_startperiode(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (jobparate_kontanthjælpsmodtagere)  # § 16, stk. 3
        if _r1:
            return _V4
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtaler_startperiode(borger, skøn)


def _eksakt_samtaler_startperiode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtaler_startperiode; se SEMANTICS.md.
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 16, stk. 3
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 3
        return _V4
    return _O1


def samtaler_min_antal(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Mindste antal samtaler inden for samtale_periode'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_samtaler_min_antal(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or aktivitetsparate_kontanthjælpsmodtagere or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 15, stk. 1
        _r2 = (jobparate_kontanthjælpsmodtagere)  # § 16, stk. 4
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V5
            return _V6
        if _n > 1:
            return _konflikt(('§ 15, stk. 1', _r1), ('§ 16, stk. 4', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtaler_min_antal(borger, skøn)


def _eksakt_samtaler_min_antal(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtaler_min_antal; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 15, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    # § 16, stk. 4
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r2: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 15, stk. 1', _w1), ('§ 16, stk. 4', _w2))
    if _w1:  # § 15, stk. 1
        return _V5
    if _w2:  # § 16, stk. 4
        return _V6
    return _O1


def samtale_periode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Perioden, som samtaler_min_antal gælder for'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_samtale_periode(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or aktivitetsparate_kontanthjælpsmodtagere or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 15, stk. 2
        _r2 = (jobparate_kontanthjælpsmodtagere)  # § 16, stk. 5
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V7
            return _V8
        if _n > 1:
            return _konflikt(('§ 15, stk. 2', _r1), ('§ 16, stk. 5', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtale_periode(borger, skøn)


def _eksakt_samtale_periode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtale_periode; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 15, stk. 2
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    # § 16, stk. 5
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r2: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 15, stk. 2', _w1), ('§ 16, stk. 5', _w2))
    if _w1:  # § 15, stk. 2
        return _V7
    if _w2:  # § 16, stk. 5
        return _V8
    return _O1


def samtale_interval(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Længste tid mellem to samtaler (fast kadence)'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_samtale_interval(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (sygedagpengemodtagere)  # § 17, stk. 1
        if _r1:
            return _V9
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtale_interval(borger, skøn)


def _eksakt_samtale_interval(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtale_interval; se SEMANTICS.md.
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    # § 17, stk. 1
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_sygedagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 17, stk. 1
        return _V9
    return _O1


def samtale_efter_behov(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Samtaler holdes efter behov uden fast antal eller kadence'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_samtale_efter_behov(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or aktivitetsparate_kontanthjælpsmodtagere or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 15, stk. 3
        _r2 = (jobparate_kontanthjælpsmodtagere)  # § 16, stk. 7
        _r3 = (sygedagpengemodtagere)  # § 17, stk. 2
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return _V10
            if _r2:
                return _V11
            return _V12
        if _n > 1:
            return _konflikt(('§ 15, stk. 3', _r1), ('§ 16, stk. 7', _r2), ('§ 17, stk. 2', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtale_efter_behov(borger, skøn)


def _eksakt_samtale_efter_behov(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtale_efter_behov; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    # § 15, stk. 3
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    # § 16, stk. 7
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r2: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    # § 17, stk. 2
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r3: bool | Udfald = _g_sygedagpengemodtagere
    if _spor is not None:
        _spor.append((_r1, _r2, _r3))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    if _w1 + _w2 + _w3 > 1:
        return _konflikt(('§ 15, stk. 3', _w1), ('§ 16, stk. 7', _w2), ('§ 17, stk. 2', _w3))
    if _w1:  # § 15, stk. 3
        return _V10
    if _w2:  # § 16, stk. 7
        return _V11
    if _w3:  # § 17, stk. 2
        return _V12
    return _O1


def kontaktforløb_starter_forfra(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kontaktforløbet starter forfra'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000400:  # mangler ydelsesskift, eller forklaring
        return _eksakt_kontaktforløb_starter_forfra(borger, skøn)
    ydelsesskift: bool = borger.ydelsesskift  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 18, stk. 1
        if _r1:
            return Udfald('værdi', ydelsesskift, ('§ 18, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_kontaktforløb_starter_forfra(borger, skøn)


def _eksakt_kontaktforløb_starter_forfra(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for kontaktforløb_starter_forfra; se SEMANTICS.md.
    # § 18, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 18, stk. 1
        _t1 = borger.ydelsesskift
        _t2: bool | Udfald = _M26 if _t1 is None else _t1
        return _t2 if isinstance(_t2, Udfald) else Udfald('værdi', _t2, ('§ 18, stk. 1',), None, None)
    return _O1


def første_samtale_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for den første samtale'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000100:  # mangler første_henvendelse, eller forklaring
        return _eksakt_første_samtale_senest(borger, skøn)
    første_henvendelse: datetime.date = borger.første_henvendelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 19, stk. 1
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(første_henvendelse, 1, _værdi_første_samtale_frist(borger, skøn), None)), ('§ 19, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_første_samtale_senest(borger, skøn)


def _eksakt_første_samtale_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for første_samtale_senest; se SEMANTICS.md.
    # § 19, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 19, stk. 1
        _t1 = borger.første_henvendelse
        _t2: datetime.date | Udfald = _M27 if _t1 is None else _t1
        _t3 = første_samtale_frist(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t2, 1, _t4, None)
            if _spor is not None:
                _spor.append(_trin_flyt('første_henvendelse', _t2, '+', _tekst('uger', _t4), _t6, '§ 19, stk. 1'))
            _t5 = _tvetydig(_t6, '§ 19, stk. 1') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 19, stk. 1',), None, None)
    return _O1


def cv_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for borgerens CV'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000200:  # mangler tilmeldt, eller forklaring
        return _eksakt_cv_senest(borger, skøn)
    tilmeldt: datetime.date = borger.tilmeldt  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 19, stk. 2
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(tilmeldt, 1, _værdi_cv_frist(borger, skøn), None)), ('§ 19, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_cv_senest(borger, skøn)


def _eksakt_cv_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for cv_senest; se SEMANTICS.md.
    # § 19, stk. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 19, stk. 2
        _t1 = borger.tilmeldt
        _t2: datetime.date | Udfald = _M28 if _t1 is None else _t1
        _t3 = cv_frist(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t2, 1, _t4, None)
            if _spor is not None:
                _spor.append(_trin_flyt('tilmeldt', _t2, '+', _tekst('uger', _t4), _t6, '§ 19, stk. 2'))
            _t5 = _tvetydig(_t6, '§ 19, stk. 2') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 19, stk. 2',), None, None)
    return _O1


def opfølgningssamtaler(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Samtaler med sygedagpengemodtageren (fast kadence)'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000102:  # mangler ydelse, første_henvendelse, eller forklaring
        return _eksakt_opfølgningssamtaler(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    første_henvendelse: datetime.date = borger.første_henvendelse  # type: ignore[assignment]
    try:
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (sygedagpengemodtagere)  # § 19, stk. 3
        if _r1:
            return Udfald('værdi', (første_henvendelse, 4, None), ('§ 19, stk. 3',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opfølgningssamtaler(borger, skøn)


def _eksakt_opfølgningssamtaler(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opfølgningssamtaler; se SEMANTICS.md.
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    # § 19, stk. 3
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_sygedagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 19, stk. 3
        _t1 = borger.første_henvendelse
        _t2: datetime.date | Udfald = _M29 if _t1 is None else _t1
        _t3: tuple[datetime.date, int | Fraction, int | None] | Udfald = _t2 if isinstance(_t2, Udfald) else (_t2, 4, None)
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 19, stk. 3',), None, None)
    return _O1


def akasse_ansvarsperiode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Periode, hvor a-kassen har ansvaret for den nyledige kontaktforløb'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_akasse_ansvarsperiode(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 20, stk. 1
        if _r1:
            return _V13
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_akasse_ansvarsperiode(borger, skøn)


def _eksakt_akasse_ansvarsperiode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for akasse_ansvarsperiode; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 20, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 20, stk. 1
        return _V13
    return _O1


def akasse_har_kontaktforløbet(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'A-kassen har ansvaret for kontaktforløbet'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80080002:  # mangler ydelse, kun_ledighed_som_udfordring, eller forklaring
        return _eksakt_akasse_har_kontaktforløbet(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    kun_ledighed_som_udfordring: bool = borger.kun_ledighed_som_udfordring  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 20, stk. 2
        if _r1:
            return Udfald('værdi', ((_værdi_ledighed_ydelse(borger, skøn) < _værdi_akasse_ansvarsperiode(borger, skøn)) and kun_ledighed_som_udfordring), ('§ 20, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_akasse_har_kontaktforløbet(borger, skøn)


def _eksakt_akasse_har_kontaktforløbet(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for akasse_har_kontaktforløbet; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 20, stk. 2
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 20, stk. 2
        _t1 = ledighed_ydelse(borger, skøn)
        _t2: int | Fraction | Udfald = cast('int | Fraction', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3 = akasse_ansvarsperiode(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t4 if isinstance(_t4, Udfald) else _t2 < _t4
        _t6: bool | Udfald = _t5
        if _t6 is not False:
            _t7 = borger.kun_ledighed_som_udfordring
            _t8: bool | Udfald = _M30 if _t7 is None else _t7
            if _t8 is False or _t6 is True:
                _t6 = _t8
        return _t6 if isinstance(_t6, Udfald) else Udfald('værdi', _t6, ('§ 20, stk. 2',), None, None)
    return _O1


def cv_samtale_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Frist for CV-samtalen i a-kassen efter tilmelding'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_cv_samtale_frist(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 19 a, stk. 1
        if _r1:
            return _V14
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_cv_samtale_frist(borger, skøn)


def _eksakt_cv_samtale_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for cv_samtale_frist; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 19 a, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 19 a, stk. 1
        return _V14
    return _O1


def første_fællessamtale_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Frist for den første fællessamtale mellem jobcenter, a-kasse og borger efter tilmelding'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_første_fællessamtale_frist(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 19 a, stk. 2
        if _r1:
            return _V15
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_første_fællessamtale_frist(borger, skøn)


def _eksakt_første_fællessamtale_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for første_fællessamtale_frist; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 19 a, stk. 2
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 19 a, stk. 2
        return _V15
    return _O1


def cv_samtale_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for CV-samtalen i a-kassen'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000200:  # mangler tilmeldt, eller forklaring
        return _eksakt_cv_samtale_senest(borger, skøn)
    tilmeldt: datetime.date = borger.tilmeldt  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 19 a, stk. 3
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(tilmeldt, 1, _værdi_cv_samtale_frist(borger, skøn), None)), ('§ 19 a, stk. 3',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_cv_samtale_senest(borger, skøn)


def _eksakt_cv_samtale_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for cv_samtale_senest; se SEMANTICS.md.
    # § 19 a, stk. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 19 a, stk. 3
        _t1 = borger.tilmeldt
        _t2: datetime.date | Udfald = _M31 if _t1 is None else _t1
        _t3 = cv_samtale_frist(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t2, 1, _t4, None)
            if _spor is not None:
                _spor.append(_trin_flyt('tilmeldt', _t2, '+', _tekst('uger', _t4), _t6, '§ 19 a, stk. 3'))
            _t5 = _tvetydig(_t6, '§ 19 a, stk. 3') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 19 a, stk. 3',), None, None)
    return _O1


def første_fællessamtale_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for den første fællessamtale'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000200:  # mangler tilmeldt, eller forklaring
        return _eksakt_første_fællessamtale_senest(borger, skøn)
    tilmeldt: datetime.date = borger.tilmeldt  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 19 a, stk. 4
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(tilmeldt, 1, _værdi_første_fællessamtale_frist(borger, skøn), None)), ('§ 19 a, stk. 4',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_første_fællessamtale_senest(borger, skøn)


def _eksakt_første_fællessamtale_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for første_fællessamtale_senest; se SEMANTICS.md.
    # § 19 a, stk. 4
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 19 a, stk. 4
        _t1 = borger.tilmeldt
        _t2: datetime.date | Udfald = _M32 if _t1 is None else _t1
        _t3 = første_fællessamtale_frist(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t2, 1, _t4, None)
            if _spor is not None:
                _spor.append(_trin_flyt('tilmeldt', _t2, '+', _tekst('uger', _t4), _t6, '§ 19 a, stk. 4'))
            _t5 = _tvetydig(_t6, '§ 19 a, stk. 4') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 19 a, stk. 4',), None, None)
    return _O1


def fællessamtaler_antal(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Antal fællessamtaler med a-kasse og jobcenter i fællessamtaler_periode'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_fællessamtaler_antal(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse == 'dagpenge')  # § 19 b, stk. 1
        if _r1:
            return _V16
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fællessamtaler_antal(borger, skøn)


def _eksakt_fællessamtaler_antal(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fællessamtaler_antal; se SEMANTICS.md.
    # § 19 b, stk. 1
    _t1 = borger.ydelse
    _t2: str | Udfald = _M33 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    _r1: bool | Udfald = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 19 b, stk. 1
        return _V16
    return _O1


def fællessamtaler_periode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Perioden for de første fællessamtaler'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_fællessamtaler_periode(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse == 'dagpenge')  # § 19 b, stk. 2
        if _r1:
            return _V17
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fællessamtaler_periode(borger, skøn)


def _eksakt_fællessamtaler_periode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fællessamtaler_periode; se SEMANTICS.md.
    # § 19 b, stk. 2
    _t1 = borger.ydelse
    _t2: str | Udfald = _M34 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    _r1: bool | Udfald = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 19 b, stk. 2
        return _V17
    return _O1


def ledighed_ydelse(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ledighed på den nuværende ydelse, opgjort pr. ydelse; tælles forfra ved ydelsesskift'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800000c2:  # mangler ydelse, opgørelsesdato, ydelsesforløb, eller forklaring
        return _eksakt_ledighed_ydelse(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    opgørelsesdato: datetime.date = borger.opgørelsesdato  # type: ignore[assignment]
    ydelsesforløb: tuple[Periode, ...] = borger.ydelsesforløb  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse == 'dagpenge')  # § 14 a, stk. 1
        _r2 = (ydelse in ('kontanthjælp', 'uddannelseshjælp'))  # § 14 a, stk. 2
        _r3 = (ydelse == 'sygedagpenge')  # § 14 a, stk. 3
        _r4 = (ydelse == 'revalideringsydelse')  # § 14 a, stk. 4
        _r5 = (ydelse == 'ressourceforløbsydelse')  # § 14 a, stk. 5
        _r6 = (ydelse == 'ledighedsydelse')  # § 14 a, stk. 6
        _r7 = (ydelse in ('førtidspension', 'fleksløntilskud'))  # § 14 a, stk. 7
        _r8 = (ydelse == 'selvforsørgelse')  # § 14 a, stk. 8
        _n = _r1 + _r2 + _r3 + _r4 + _r5 + _r6 + _r7 + _r8
        if _n == 1:
            if _r1:
                return Udfald('værdi', _entydig_uger(_tid('sammenlagt', ydelsesforløb, _V18, opgørelsesdato, None, None)), ('§ 14 a, stk. 1',), None, None)
            if _r2:
                return Udfald('værdi', _entydig_uger(_tid('sammenhængende', ydelsesforløb, _V19, opgørelsesdato, _K1, None)), ('§ 14 a, stk. 2',), None, None)
            if _r3:
                return Udfald('værdi', _entydig_uger(_tid('sammenlagt', ydelsesforløb, _V20, opgørelsesdato, None, None)), ('§ 14 a, stk. 3',), None, None)
            if _r4:
                return Udfald('værdi', _entydig_uger(_tid('sammenhængende', ydelsesforløb, _V21, opgørelsesdato, None, None)), ('§ 14 a, stk. 4',), None, None)
            if _r5:
                return Udfald('værdi', _entydig_uger(_tid('sammenhængende', ydelsesforløb, _V22, opgørelsesdato, None, None)), ('§ 14 a, stk. 5',), None, None)
            if _r6:
                return Udfald('værdi', _entydig_uger(_tid('sammenhængende', ydelsesforløb, _V23, opgørelsesdato, None, None)), ('§ 14 a, stk. 6',), None, None)
            if _r7:
                return Udfald('værdi', _entydig_uger(_tid('sammenhængende', ydelsesforløb, _V24, opgørelsesdato, None, None)), ('§ 14 a, stk. 7',), None, None)
            return Udfald('værdi', _entydig_uger(_tid('sammenhængende', ydelsesforløb, _V25, opgørelsesdato, None, None)), ('§ 14 a, stk. 8',), None, None)
        if _n > 1:
            return _konflikt(('§ 14 a, stk. 1', _r1), ('§ 14 a, stk. 2', _r2), ('§ 14 a, stk. 3', _r3), ('§ 14 a, stk. 4', _r4), ('§ 14 a, stk. 5', _r5), ('§ 14 a, stk. 6', _r6), ('§ 14 a, stk. 7', _r7), ('§ 14 a, stk. 8', _r8))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_ledighed_ydelse(borger, skøn)


def _eksakt_ledighed_ydelse(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for ledighed_ydelse; se SEMANTICS.md.
    # § 14 a, stk. 1
    _t1 = borger.ydelse
    _t2: str | Udfald = _M35 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    _r1: bool | Udfald = _t3
    # § 14 a, stk. 2
    _t4 = borger.ydelse
    _t5: str | Udfald = _M36 if _t4 is None else _t4
    _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 in ('kontanthjælp', 'uddannelseshjælp')
    _r2: bool | Udfald = _t6
    # § 14 a, stk. 3
    _t7 = borger.ydelse
    _t8: str | Udfald = _M37 if _t7 is None else _t7
    _t9: bool | Udfald = _t8 if isinstance(_t8, Udfald) else _t8 == 'sygedagpenge'
    _r3: bool | Udfald = _t9
    # § 14 a, stk. 4
    _t10 = borger.ydelse
    _t11: str | Udfald = _M38 if _t10 is None else _t10
    _t12: bool | Udfald = _t11 if isinstance(_t11, Udfald) else _t11 == 'revalideringsydelse'
    _r4: bool | Udfald = _t12
    # § 14 a, stk. 5
    _t13 = borger.ydelse
    _t14: str | Udfald = _M39 if _t13 is None else _t13
    _t15: bool | Udfald = _t14 if isinstance(_t14, Udfald) else _t14 == 'ressourceforløbsydelse'
    _r5: bool | Udfald = _t15
    # § 14 a, stk. 6
    _t16 = borger.ydelse
    _t17: str | Udfald = _M40 if _t16 is None else _t16
    _t18: bool | Udfald = _t17 if isinstance(_t17, Udfald) else _t17 == 'ledighedsydelse'
    _r6: bool | Udfald = _t18
    # § 14 a, stk. 7
    _t19 = borger.ydelse
    _t20: str | Udfald = _M41 if _t19 is None else _t19
    _t21: bool | Udfald = _t20 if isinstance(_t20, Udfald) else _t20 in ('førtidspension', 'fleksløntilskud')
    _r7: bool | Udfald = _t21
    # § 14 a, stk. 8
    _t22 = borger.ydelse
    _t23: str | Udfald = _M42 if _t22 is None else _t22
    _t24: bool | Udfald = _t23 if isinstance(_t23, Udfald) else _t23 == 'selvforsørgelse'
    _r8: bool | Udfald = _t24
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4, _r5, _r6, _r7, _r8))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    if isinstance(_r5, Udfald):
        return _r5
    if isinstance(_r6, Udfald):
        return _r6
    if isinstance(_r7, Udfald):
        return _r7
    if isinstance(_r8, Udfald):
        return _r8
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    _w4 = _r4 is True
    _w5 = _r5 is True
    _w6 = _r6 is True
    _w7 = _r7 is True
    _w8 = _r8 is True
    if _w1 + _w2 + _w3 + _w4 + _w5 + _w6 + _w7 + _w8 > 1:
        return _konflikt(('§ 14 a, stk. 1', _w1), ('§ 14 a, stk. 2', _w2), ('§ 14 a, stk. 3', _w3), ('§ 14 a, stk. 4', _w4), ('§ 14 a, stk. 5', _w5), ('§ 14 a, stk. 6', _w6), ('§ 14 a, stk. 7', _w7), ('§ 14 a, stk. 8', _w8))
    if _w1:  # § 14 a, stk. 1
        _t25 = borger.ydelsesforløb
        _t26: tuple[Periode, ...] | Udfald = _M43 if _t25 is None else _t25
        _t27 = borger.opgørelsesdato
        _t28: datetime.date | Udfald = _M44 if _t27 is None else _t27
        _t29: int | Fraction | Udfald
        if isinstance(_t26, Udfald):
            _t29 = _t26
        elif isinstance(_t28, Udfald):
            _t29 = _t28
        else:
            _t30 = _tid('sammenlagt', _t26, _V18, _t28, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenlagt tid på dagpenge i ydelsesforløb', _t28, _t30, '§ 14 a, stk. 1'))
            _t29 = _tvetydig(_t30, '§ 14 a, stk. 1') if isinstance(_t30, tuple) else _t30
        return _t29 if isinstance(_t29, Udfald) else Udfald('værdi', _t29, ('§ 14 a, stk. 1',), None, None)
    if _w2:  # § 14 a, stk. 2
        _t31 = borger.ydelsesforløb
        _t32: tuple[Periode, ...] | Udfald = _M45 if _t31 is None else _t31
        _t33 = borger.opgørelsesdato
        _t34: datetime.date | Udfald = _M46 if _t33 is None else _t33
        _t35: int | Fraction | Udfald
        if isinstance(_t32, Udfald):
            _t35 = _t32
        elif isinstance(_t34, Udfald):
            _t35 = _t34
        else:
            _t36 = _tid('sammenhængende', _t32, _V19, _t34, _K1, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenhængende tid på kontanthjælp, uddannelseshjælp i ydelsesforløb med afbrydelser under 1 måned', _t34, _t36, '§ 14 a, stk. 2'))
            _t35 = _tvetydig(_t36, '§ 14 a, stk. 2') if isinstance(_t36, tuple) else _t36
        return _t35 if isinstance(_t35, Udfald) else Udfald('værdi', _t35, ('§ 14 a, stk. 2',), None, None)
    if _w3:  # § 14 a, stk. 3
        _t37 = borger.ydelsesforløb
        _t38: tuple[Periode, ...] | Udfald = _M47 if _t37 is None else _t37
        _t39 = borger.opgørelsesdato
        _t40: datetime.date | Udfald = _M48 if _t39 is None else _t39
        _t41: int | Fraction | Udfald
        if isinstance(_t38, Udfald):
            _t41 = _t38
        elif isinstance(_t40, Udfald):
            _t41 = _t40
        else:
            _t42 = _tid('sammenlagt', _t38, _V20, _t40, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenlagt tid på sygedagpenge i ydelsesforløb', _t40, _t42, '§ 14 a, stk. 3'))
            _t41 = _tvetydig(_t42, '§ 14 a, stk. 3') if isinstance(_t42, tuple) else _t42
        return _t41 if isinstance(_t41, Udfald) else Udfald('værdi', _t41, ('§ 14 a, stk. 3',), None, None)
    if _w4:  # § 14 a, stk. 4
        _t43 = borger.ydelsesforløb
        _t44: tuple[Periode, ...] | Udfald = _M49 if _t43 is None else _t43
        _t45 = borger.opgørelsesdato
        _t46: datetime.date | Udfald = _M50 if _t45 is None else _t45
        _t47: int | Fraction | Udfald
        if isinstance(_t44, Udfald):
            _t47 = _t44
        elif isinstance(_t46, Udfald):
            _t47 = _t46
        else:
            _t48 = _tid('sammenhængende', _t44, _V21, _t46, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenhængende tid på revalideringsydelse i ydelsesforløb', _t46, _t48, '§ 14 a, stk. 4'))
            _t47 = _tvetydig(_t48, '§ 14 a, stk. 4') if isinstance(_t48, tuple) else _t48
        return _t47 if isinstance(_t47, Udfald) else Udfald('værdi', _t47, ('§ 14 a, stk. 4',), None, None)
    if _w5:  # § 14 a, stk. 5
        _t49 = borger.ydelsesforløb
        _t50: tuple[Periode, ...] | Udfald = _M51 if _t49 is None else _t49
        _t51 = borger.opgørelsesdato
        _t52: datetime.date | Udfald = _M52 if _t51 is None else _t51
        _t53: int | Fraction | Udfald
        if isinstance(_t50, Udfald):
            _t53 = _t50
        elif isinstance(_t52, Udfald):
            _t53 = _t52
        else:
            _t54 = _tid('sammenhængende', _t50, _V22, _t52, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenhængende tid på ressourceforløbsydelse i ydelsesforløb', _t52, _t54, '§ 14 a, stk. 5'))
            _t53 = _tvetydig(_t54, '§ 14 a, stk. 5') if isinstance(_t54, tuple) else _t54
        return _t53 if isinstance(_t53, Udfald) else Udfald('værdi', _t53, ('§ 14 a, stk. 5',), None, None)
    if _w6:  # § 14 a, stk. 6
        _t55 = borger.ydelsesforløb
        _t56: tuple[Periode, ...] | Udfald = _M53 if _t55 is None else _t55
        _t57 = borger.opgørelsesdato
        _t58: datetime.date | Udfald = _M54 if _t57 is None else _t57
        _t59: int | Fraction | Udfald
        if isinstance(_t56, Udfald):
            _t59 = _t56
        elif isinstance(_t58, Udfald):
            _t59 = _t58
        else:
            _t60 = _tid('sammenhængende', _t56, _V23, _t58, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenhængende tid på ledighedsydelse i ydelsesforløb', _t58, _t60, '§ 14 a, stk. 6'))
            _t59 = _tvetydig(_t60, '§ 14 a, stk. 6') if isinstance(_t60, tuple) else _t60
        return _t59 if isinstance(_t59, Udfald) else Udfald('værdi', _t59, ('§ 14 a, stk. 6',), None, None)
    if _w7:  # § 14 a, stk. 7
        _t61 = borger.ydelsesforløb
        _t62: tuple[Periode, ...] | Udfald = _M55 if _t61 is None else _t61
        _t63 = borger.opgørelsesdato
        _t64: datetime.date | Udfald = _M56 if _t63 is None else _t63
        _t65: int | Fraction | Udfald
        if isinstance(_t62, Udfald):
            _t65 = _t62
        elif isinstance(_t64, Udfald):
            _t65 = _t64
        else:
            _t66 = _tid('sammenhængende', _t62, _V24, _t64, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenhængende tid på førtidspension, fleksløntilskud i ydelsesforløb', _t64, _t66, '§ 14 a, stk. 7'))
            _t65 = _tvetydig(_t66, '§ 14 a, stk. 7') if isinstance(_t66, tuple) else _t66
        return _t65 if isinstance(_t65, Udfald) else Udfald('værdi', _t65, ('§ 14 a, stk. 7',), None, None)
    if _w8:  # § 14 a, stk. 8
        _t67 = borger.ydelsesforløb
        _t68: tuple[Periode, ...] | Udfald = _M57 if _t67 is None else _t67
        _t69 = borger.opgørelsesdato
        _t70: datetime.date | Udfald = _M58 if _t69 is None else _t69
        _t71: int | Fraction | Udfald
        if isinstance(_t68, Udfald):
            _t71 = _t68
        elif isinstance(_t70, Udfald):
            _t71 = _t70
        else:
            _t72 = _tid('sammenhængende', _t68, _V25, _t70, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenhængende tid på selvforsørgelse i ydelsesforløb', _t70, _t72, '§ 14 a, stk. 8'))
            _t71 = _tvetydig(_t72, '§ 14 a, stk. 8') if isinstance(_t72, tuple) else _t72
        return _t71 if isinstance(_t71, Udfald) else Udfald('værdi', _t71, ('§ 14 a, stk. 8',), None, None)
    return _O1


def første_tilbud_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste tidspunkt for første tilbud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_første_tilbud_frist(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (jobparate_kontanthjælpsmodtagere)  # § 21, stk. 1
        if _r1:
            return _V26
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_første_tilbud_frist(borger, skøn)


def _eksakt_første_tilbud_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for første_tilbud_frist; se SEMANTICS.md.
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 21, stk. 1
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 21, stk. 1
        return _V26
    return _O1


def gentaget_tilbud_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste tidspunkt for gentaget tilbud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_gentaget_tilbud_frist(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (jobparate_kontanthjælpsmodtagere)  # § 21, stk. 2
        if _r1:
            return _V27
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_gentaget_tilbud_frist(borger, skøn)


def _eksakt_gentaget_tilbud_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for gentaget_tilbud_frist; se SEMANTICS.md.
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 21, stk. 2
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 21, stk. 2
        return _V27
    return _O1


def tilbud_mindste_varighed(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Et tilbuds mindste varighed'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000006:  # mangler ydelse, visitation, eller forklaring
        return _eksakt_tilbud_mindste_varighed(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    try:
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (jobparate_kontanthjælpsmodtagere)  # § 21, stk. 3
        if _r1:
            return _V28
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_tilbud_mindste_varighed(borger, skøn)


def _eksakt_tilbud_mindste_varighed(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for tilbud_mindste_varighed; se SEMANTICS.md.
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    # § 21, stk. 3
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r1: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 21, stk. 3
        return _V28
    return _O1


def ordinær_uddannelse_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om ordinær uddannelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_ordinær_uddannelse_kan(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        unge_under_18 = ((((alder >= 15) and (alder < 18)) and (ydelse == 'selvforsørgelse')) and (not dimittend_med_handicap))  # målgruppe 9 unge_under_18
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or revalidender or sygedagpengemodtagere or jobafklaringsforløb or unge_under_18 or selvforsørgende or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 32, stk. 1
        _r2 = (førtidspensionister or fleksjobvisiterede)  # § 32, stk. 2
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V29
            return _V30
        if _n > 1:
            return _konflikt(('§ 32, stk. 1', _r1), ('§ 32, stk. 2', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_ordinær_uddannelse_kan(borger, skøn)


def _eksakt_ordinær_uddannelse_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for ordinær_uddannelse_kan; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_unge_under_18: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_fleksjobvisiterede: bool | Udfald | None = None
    # § 32, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r1 is False:
            _r1 = _g_revalidender
    if _r1 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r1 is False:
            _r1 = _g_sygedagpengemodtagere
    if _r1 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r1 is False:
            _r1 = _g_jobafklaringsforløb
    if _r1 is not True:
        if _g_unge_under_18 is None:
            _g_unge_under_18 = _målgruppe_unge_under_18(borger, skøn)
        if _g_unge_under_18 is True or _r1 is False:
            _r1 = _g_unge_under_18
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    if _r1 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r1 is False:
            _r1 = _g_ressourceforløb
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    # § 32, stk. 2
    if _g_førtidspensionister is None:
        _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
    _r2: bool | Udfald = _g_førtidspensionister
    if _r2 is not True:
        if _g_fleksjobvisiterede is None:
            _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
        if _g_fleksjobvisiterede is True or _r2 is False:
            _r2 = _g_fleksjobvisiterede
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 32, stk. 1', _w1), ('§ 32, stk. 2', _w2))
    if _w1:  # § 32, stk. 1
        return _V29
    if _w2:  # § 32, stk. 2
        return _V30
    return _O1


def opkvalificering_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om øvrig vejledning og opkvalificering'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_opkvalificering_kan(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        unge_under_18 = ((((alder >= 15) and (alder < 18)) and (ydelse == 'selvforsørgelse')) and (not dimittend_med_handicap))  # målgruppe 9 unge_under_18
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or revalidender or sygedagpengemodtagere or førtidspensionister or fleksjobvisiterede or jobafklaringsforløb or unge_under_18 or selvforsørgende or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 32, stk. 3
        if _r1:
            return _V31
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_kan(borger, skøn)


def _eksakt_opkvalificering_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_kan; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_fleksjobvisiterede: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_unge_under_18: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    # § 32, stk. 3
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r1 is False:
            _r1 = _g_revalidender
    if _r1 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r1 is False:
            _r1 = _g_sygedagpengemodtagere
    if _r1 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r1 is False:
            _r1 = _g_førtidspensionister
    if _r1 is not True:
        if _g_fleksjobvisiterede is None:
            _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
        if _g_fleksjobvisiterede is True or _r1 is False:
            _r1 = _g_fleksjobvisiterede
    if _r1 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r1 is False:
            _r1 = _g_jobafklaringsforløb
    if _r1 is not True:
        if _g_unge_under_18 is None:
            _g_unge_under_18 = _målgruppe_unge_under_18(borger, skøn)
        if _g_unge_under_18 is True or _r1 is False:
            _r1 = _g_unge_under_18
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    if _r1 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r1 is False:
            _r1 = _g_ressourceforløb
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 32, stk. 3
        return _V31
    return _O1


def opkvalificering_varighedsbegrænset(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Vejledning og opkvalificering er begrænset til opkvalificering_højst'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80002037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, erhvervskompetencegivende_uddannelse, eller forklaring
        return _eksakt_opkvalificering_varighedsbegrænset(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    erhvervskompetencegivende_uddannelse: bool = borger.erhvervskompetencegivende_uddannelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 34, stk. 1
        _r2 = (selvforsørgende)  # § 34, stk. 2
        _r3 = (jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or revalidender or sygedagpengemodtagere or førtidspensionister or fleksjobvisiterede or jobafklaringsforløb or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 34, stk. 3
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return Udfald('værdi', ((_værdi_ledighed_ydelse(borger, skøn) <= 26) and (((alder < 30) and erhvervskompetencegivende_uddannelse) or (alder >= 30))), ('§ 34, stk. 1',), None, None)
            if _r2:
                return _V32
            return _V33
        if _n > 1:
            return _konflikt(('§ 34, stk. 1', _r1), ('§ 34, stk. 2', _r2), ('§ 34, stk. 3', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_varighedsbegrænset(borger, skøn)


def _eksakt_opkvalificering_varighedsbegrænset(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_varighedsbegrænset; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_fleksjobvisiterede: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    # § 34, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    # § 34, stk. 2
    if _g_selvforsørgende is None:
        _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
    _r2: bool | Udfald = _g_selvforsørgende
    # § 34, stk. 3
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r3: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _r3 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r3 is False:
            _r3 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r3 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r3 is False:
            _r3 = _g_revalidender
    if _r3 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r3 is False:
            _r3 = _g_sygedagpengemodtagere
    if _r3 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r3 is False:
            _r3 = _g_førtidspensionister
    if _r3 is not True:
        if _g_fleksjobvisiterede is None:
            _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
        if _g_fleksjobvisiterede is True or _r3 is False:
            _r3 = _g_fleksjobvisiterede
    if _r3 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r3 is False:
            _r3 = _g_jobafklaringsforløb
    if _r3 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r3 is False:
            _r3 = _g_ressourceforløb
    if _r3 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r3 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1, _r2, _r3))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    if _w1 + _w2 + _w3 > 1:
        return _konflikt(('§ 34, stk. 1', _w1), ('§ 34, stk. 2', _w2), ('§ 34, stk. 3', _w3))
    if _w1:  # § 34, stk. 1
        _t1 = ledighed_ydelse(borger, skøn)
        _t2: int | Fraction | Udfald = cast('int | Fraction', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 <= 26
        _t4: bool | Udfald = _t3
        if _t4 is not False:
            _t5 = borger.alder
            _t6: int | Udfald = _M59 if _t5 is None else _t5
            _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 < 30
            _t8: bool | Udfald = _t7
            if _t8 is not False:
                _t9 = borger.erhvervskompetencegivende_uddannelse
                _t10: bool | Udfald = _M60 if _t9 is None else _t9
                if _t10 is False or _t8 is True:
                    _t8 = _t10
            _t11: bool | Udfald = _t8
            if _t11 is not True:
                _t12 = borger.alder
                _t13: int | Udfald = _M59 if _t12 is None else _t12
                _t14: bool | Udfald = _t13 if isinstance(_t13, Udfald) else _t13 >= 30
                if _t14 is True or _t11 is False:
                    _t11 = _t14
            if _t11 is False or _t4 is True:
                _t4 = _t11
        return _t4 if isinstance(_t4, Udfald) else Udfald('værdi', _t4, ('§ 34, stk. 1',), None, None)
    if _w2:  # § 34, stk. 2
        return _V32
    if _w3:  # § 34, stk. 3
        return _V33
    return _O1


def opkvalificering_højst(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste samlede varighed af vejledning og opkvalificering'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000023:  # mangler alder, ydelse, dimittend_med_handicap, eller forklaring
        return _eksakt_opkvalificering_højst(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or selvforsørgende)  # § 34, stk. 4
        if _r1:
            return _V34
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_højst(borger, skøn)


def _eksakt_opkvalificering_højst(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_højst; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    # § 34, stk. 4
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 34, stk. 4
        return _V34
    return _O1


def opkvalificering_formål(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Subjektive kriterier for vurdering af mulighed for indsatsen'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_opkvalificering_formål(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        unge_under_18 = ((((alder >= 15) and (alder < 18)) and (ydelse == 'selvforsørgelse')) and (not dimittend_med_handicap))  # målgruppe 9 unge_under_18
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or revalidender or sygedagpengemodtagere or førtidspensionister or fleksjobvisiterede or jobafklaringsforløb or unge_under_18 or selvforsørgende or ressourceforløb)  # § 32, stk. 4
        _r2 = (uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 32, stk. 5
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V35
            return _V36
        if _n > 1:
            return _konflikt(('§ 32, stk. 4', _r1), ('§ 32, stk. 5', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_formål(borger, skøn)


def _eksakt_opkvalificering_formål(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_formål; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_fleksjobvisiterede: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_unge_under_18: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    # § 32, stk. 4
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r1 is False:
            _r1 = _g_revalidender
    if _r1 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r1 is False:
            _r1 = _g_sygedagpengemodtagere
    if _r1 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r1 is False:
            _r1 = _g_førtidspensionister
    if _r1 is not True:
        if _g_fleksjobvisiterede is None:
            _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
        if _g_fleksjobvisiterede is True or _r1 is False:
            _r1 = _g_fleksjobvisiterede
    if _r1 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r1 is False:
            _r1 = _g_jobafklaringsforløb
    if _r1 is not True:
        if _g_unge_under_18 is None:
            _g_unge_under_18 = _målgruppe_unge_under_18(borger, skøn)
        if _g_unge_under_18 is True or _r1 is False:
            _r1 = _g_unge_under_18
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    if _r1 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r1 is False:
            _r1 = _g_ressourceforløb
    # § 32, stk. 5
    if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
        _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
    _r2: bool | Udfald = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r2 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r2 is False:
            _r2 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 32, stk. 4', _w1), ('§ 32, stk. 5', _w2))
    if _w1:  # § 32, stk. 4
        return _V35
    if _w2:  # § 32, stk. 5
        return _V36
    return _O1


def læse_skrive_regne_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ret til læse-, skrive-, regne- og ordblindekursus'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80020037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, læsetest_viser_behov, eller forklaring
        return _eksakt_læse_skrive_regne_ret(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    læsetest_viser_behov: bool = borger.læsetest_viser_behov  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        unge_under_18 = ((((alder >= 15) and (alder < 18)) and (ydelse == 'selvforsørgelse')) and (not dimittend_med_handicap))  # målgruppe 9 unge_under_18
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 35, stk. 1
        _r2 = (revalidender or sygedagpengemodtagere or førtidspensionister or fleksjobvisiterede or jobafklaringsforløb or unge_under_18 or selvforsørgende or ressourceforløb)  # § 35, stk. 2
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return Udfald('værdi', læsetest_viser_behov, ('§ 35, stk. 1',), None, None)
            return _V37
        if _n > 1:
            return _konflikt(('§ 35, stk. 1', _r1), ('§ 35, stk. 2', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_læse_skrive_regne_ret(borger, skøn)


def _eksakt_læse_skrive_regne_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for læse_skrive_regne_ret; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_fleksjobvisiterede: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_unge_under_18: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    # § 35, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    # § 35, stk. 2
    if _g_revalidender is None:
        _g_revalidender = _målgruppe_revalidender(borger, skøn)
    _r2: bool | Udfald = _g_revalidender
    if _r2 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r2 is False:
            _r2 = _g_sygedagpengemodtagere
    if _r2 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r2 is False:
            _r2 = _g_førtidspensionister
    if _r2 is not True:
        if _g_fleksjobvisiterede is None:
            _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
        if _g_fleksjobvisiterede is True or _r2 is False:
            _r2 = _g_fleksjobvisiterede
    if _r2 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r2 is False:
            _r2 = _g_jobafklaringsforløb
    if _r2 is not True:
        if _g_unge_under_18 is None:
            _g_unge_under_18 = _målgruppe_unge_under_18(borger, skøn)
        if _g_unge_under_18 is True or _r2 is False:
            _r2 = _g_unge_under_18
    if _r2 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r2 is False:
            _r2 = _g_selvforsørgende
    if _r2 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r2 is False:
            _r2 = _g_ressourceforløb
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 35, stk. 1', _w1), ('§ 35, stk. 2', _w2))
    if _w1:  # § 35, stk. 1
        _t1 = borger.læsetest_viser_behov
        _t2: bool | Udfald = _M61 if _t1 is None else _t1
        return _t2 if isinstance(_t2, Udfald) else Udfald('værdi', _t2, ('§ 35, stk. 1',), None, None)
    if _w2:  # § 35, stk. 2
        return _V37
    return _O1


def realkompetencevurdering_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ret til realkompetencevurdering'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80002037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, erhvervskompetencegivende_uddannelse, eller forklaring
        return _eksakt_realkompetencevurdering_ret(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    erhvervskompetencegivende_uddannelse: bool = borger.erhvervskompetencegivende_uddannelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        unge_under_18 = ((((alder >= 15) and (alder < 18)) and (ydelse == 'selvforsørgelse')) and (not dimittend_med_handicap))  # målgruppe 9 unge_under_18
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 35, stk. 3
        _r2 = (jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere)  # § 35, stk. 4
        _r3 = (revalidender or sygedagpengemodtagere or førtidspensionister or fleksjobvisiterede or jobafklaringsforløb or unge_under_18 or selvforsørgende or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 35, stk. 5
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return Udfald('værdi', ((alder >= 30) and (not erhvervskompetencegivende_uddannelse)), ('§ 35, stk. 3',), None, None)
            if _r2:
                return Udfald('værdi', (not erhvervskompetencegivende_uddannelse), ('§ 35, stk. 4',), None, None)
            return _V38
        if _n > 1:
            return _konflikt(('§ 35, stk. 3', _r1), ('§ 35, stk. 4', _r2), ('§ 35, stk. 5', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_realkompetencevurdering_ret(borger, skøn)


def _eksakt_realkompetencevurdering_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for realkompetencevurdering_ret; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_fleksjobvisiterede: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_unge_under_18: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    # § 35, stk. 3
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    # § 35, stk. 4
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r2: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _r2 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r2 is False:
            _r2 = _g_aktivitetsparate_kontanthjælpsmodtagere
    # § 35, stk. 5
    if _g_revalidender is None:
        _g_revalidender = _målgruppe_revalidender(borger, skøn)
    _r3: bool | Udfald = _g_revalidender
    if _r3 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r3 is False:
            _r3 = _g_sygedagpengemodtagere
    if _r3 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r3 is False:
            _r3 = _g_førtidspensionister
    if _r3 is not True:
        if _g_fleksjobvisiterede is None:
            _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
        if _g_fleksjobvisiterede is True or _r3 is False:
            _r3 = _g_fleksjobvisiterede
    if _r3 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r3 is False:
            _r3 = _g_jobafklaringsforløb
    if _r3 is not True:
        if _g_unge_under_18 is None:
            _g_unge_under_18 = _målgruppe_unge_under_18(borger, skøn)
        if _g_unge_under_18 is True or _r3 is False:
            _r3 = _g_unge_under_18
    if _r3 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r3 is False:
            _r3 = _g_selvforsørgende
    if _r3 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r3 is False:
            _r3 = _g_ressourceforløb
    if _r3 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r3 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1, _r2, _r3))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    if _w1 + _w2 + _w3 > 1:
        return _konflikt(('§ 35, stk. 3', _w1), ('§ 35, stk. 4', _w2), ('§ 35, stk. 5', _w3))
    if _w1:  # § 35, stk. 3
        _t1 = borger.alder
        _t2: int | Udfald = _M62 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 >= 30
        _t4: bool | Udfald = _t3
        if _t4 is not False:
            _t5 = borger.erhvervskompetencegivende_uddannelse
            _t6: bool | Udfald = _M63 if _t5 is None else _t5
            _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else not _t6
            if _t7 is False or _t4 is True:
                _t4 = _t7
        return _t4 if isinstance(_t4, Udfald) else Udfald('værdi', _t4, ('§ 35, stk. 3',), None, None)
    if _w2:  # § 35, stk. 4
        _t8 = borger.erhvervskompetencegivende_uddannelse
        _t9: bool | Udfald = _M64 if _t8 is None else _t8
        _t10: bool | Udfald = _t9 if isinstance(_t9, Udfald) else not _t9
        return _t10 if isinstance(_t10, Udfald) else Udfald('værdi', _t10, ('§ 35, stk. 4',), None, None)
    if _w3:  # § 35, stk. 5
        return _V38
    return _O1


def jobrettet_uddannelse_højst(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste varighed af 6 ugers jobrettet uddannelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_jobrettet_uddannelse_højst(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 36, stk. 1
        if _r1:
            return _V39
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_højst(borger, skøn)


def _eksakt_jobrettet_uddannelse_højst(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_højst; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 36, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 36, stk. 1
        return _V39
    return _O1


def jobrettet_uddannelse_karens(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Sammenlagt ledighed, før jobrettet uddannelse tidligst kan begynde'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_jobrettet_uddannelse_karens(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 36, stk. 2
        if _r1:
            return _V40
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_karens(borger, skøn)


def _eksakt_jobrettet_uddannelse_karens(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_karens; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 36, stk. 2
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 36, stk. 2
        return _V40
    return _O1


def jobrettet_uddannelse_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan begynde på jobrettet uddannelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_jobrettet_uddannelse_kan(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 36, stk. 3
        if _r1:
            return Udfald('værdi', (_værdi_ledighed_ydelse(borger, skøn) >= _værdi_jobrettet_uddannelse_karens(borger, skøn)), ('§ 36, stk. 3',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_kan(borger, skøn)


def _eksakt_jobrettet_uddannelse_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_kan; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 36, stk. 3
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 36, stk. 3
        _t1 = ledighed_ydelse(borger, skøn)
        _t2: int | Fraction | Udfald = cast('int | Fraction', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3 = jobrettet_uddannelse_karens(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t4 if isinstance(_t4, Udfald) else _t2 >= _t4
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 36, stk. 3',), None, None)
    return _O1


def jobrettet_uddannelse_afsluttet_inden(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Sammenlagt ledighed, inden for hvilken jobrettet uddannelse ud over 6 uger skal være afsluttet'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000003:  # mangler alder, ydelse, eller forklaring
        return _eksakt_jobrettet_uddannelse_afsluttet_inden(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere) and (alder >= 25)  # § 36, stk. 4
        _r2 = (dagpengemodtagere) and (alder < 25)  # § 36, stk. 5
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V41
            return _V42
        if _n > 1:
            return _konflikt(('§ 36, stk. 4', _r1), ('§ 36, stk. 5', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_afsluttet_inden(borger, skøn)


def _eksakt_jobrettet_uddannelse_afsluttet_inden(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_afsluttet_inden; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 36, stk. 4
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not False:
        _t1 = borger.alder
        _t2: int | Udfald = _M65 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 >= 25
        if _t3 is False or _r1 is True:
            _r1 = _t3
    # § 36, stk. 5
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r2: bool | Udfald = _g_dagpengemodtagere
    if _r2 is not False:
        _t4 = borger.alder
        _t5: int | Udfald = _M66 if _t4 is None else _t4
        _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 < 25
        if _t6 is False or _r2 is True:
            _r2 = _t6
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 36, stk. 4', _w1), ('§ 36, stk. 5', _w2))
    if _w1:  # § 36, stk. 4
        return _V41
    if _w2:  # § 36, stk. 5
        return _V42
    return _O1


def regional_pulje_varighedsbegrænset(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Opkvalificering fra den regionale pulje er begrænset i varighed'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_regional_pulje_varighedsbegrænset(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 36, stk. 6
        if _r1:
            return _V43
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_regional_pulje_varighedsbegrænset(borger, skøn)


def _eksakt_regional_pulje_varighedsbegrænset(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for regional_pulje_varighedsbegrænset; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 36, stk. 6
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 36, stk. 6
        return _V43
    return _O1


def opkvalificering_ved_ansættelse_ledighedskrav(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Sammenlagt ledighed, der kræves for opkvalificering ved ansættelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000003:  # mangler alder, ydelse, eller forklaring
        return _eksakt_opkvalificering_ved_ansættelse_ledighedskrav(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = (dagpengemodtagere) and ((alder < 30) or skøn['risiko for særlig langtidsledighed'])  # § 99, stk. 2
        _r1 = not (_r2) and (dagpengemodtagere)  # § 99, stk. 1
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V44
            return _V45
        if _n > 1:
            return _konflikt(('§ 99, stk. 1', _r1), ('§ 99, stk. 2', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_ved_ansættelse_ledighedskrav(borger, skøn)


def _eksakt_opkvalificering_ved_ansættelse_ledighedskrav(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_ved_ansættelse_ledighedskrav; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    # § 99, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    # § 99, stk. 2
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r2: bool | Udfald = _g_dagpengemodtagere
    if _r2 is not False:
        _t1 = borger.alder
        _t2: int | Udfald = _M67 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 < 30
        _t4: bool | Udfald = _t3
        if _t4 is not True:
            _t5 = skøn.get('risiko for særlig langtidsledighed')
            _t6: bool | Udfald = _S1 if _t5 is None else _t5
            if _t6 is True or _t4 is False:
                _t4 = _t6
        if _t4 is False or _r2 is True:
            _r2 = _t4
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald) and not (_r2 is True):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True and not (_r2 is True)
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 99, stk. 1', _w1), ('§ 99, stk. 2', _w2))
    if _w1:  # § 99, stk. 1
        return _V44
    if _w2:  # § 99, stk. 2
        return _V45
    return _O1


def kompetencegivende_uddannelse_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om studie- og erhvervskompetencegivende uddannelse (personer under 30 år)'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8001e007:  # mangler alder, ydelse, visitation, erhvervskompetencegivende_uddannelse, forsørgerpligt_børn, ledighed_efter_ret_og_pligt, su_opbrugt, eller forklaring
        return _eksakt_kompetencegivende_uddannelse_kan(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    erhvervskompetencegivende_uddannelse: bool = borger.erhvervskompetencegivende_uddannelse  # type: ignore[assignment]
    forsørgerpligt_børn: bool = borger.forsørgerpligt_børn  # type: ignore[assignment]
    ledighed_efter_ret_og_pligt: int | Fraction = borger.ledighed_efter_ret_og_pligt  # type: ignore[assignment]
    su_opbrugt: bool = borger.su_opbrugt  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere) and (alder < 30)  # § 37, stk. 1
        _r2 = (uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 37, stk. 3
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return Udfald('værdi', ((not erhvervskompetencegivende_uddannelse) and (forsørgerpligt_børn or ((alder >= 25) and (ledighed_efter_ret_og_pligt >= 26)))), ('§ 37, stk. 1',), None, None)
            return Udfald('værdi', ((not erhvervskompetencegivende_uddannelse) and (forsørgerpligt_børn or ((alder >= 25) and su_opbrugt))), ('§ 37, stk. 3',), None, None)
        if _n > 1:
            return _konflikt(('§ 37, stk. 1', _r1), ('§ 37, stk. 3', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_kompetencegivende_uddannelse_kan(borger, skøn)


def _eksakt_kompetencegivende_uddannelse_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for kompetencegivende_uddannelse_kan; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    # § 37, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not False:
        _t1 = borger.alder
        _t2: int | Udfald = _M68 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 < 30
        if _t3 is False or _r1 is True:
            _r1 = _t3
    # § 37, stk. 3
    if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
        _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
    _r2: bool | Udfald = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r2 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r2 is False:
            _r2 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 37, stk. 1', _w1), ('§ 37, stk. 3', _w2))
    if _w1:  # § 37, stk. 1
        _t4 = borger.erhvervskompetencegivende_uddannelse
        _t5: bool | Udfald = _M69 if _t4 is None else _t4
        _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else not _t5
        _t7: bool | Udfald = _t6
        if _t7 is not False:
            _t8 = borger.forsørgerpligt_børn
            _t9: bool | Udfald = _M70 if _t8 is None else _t8
            _t10: bool | Udfald = _t9
            if _t10 is not True:
                _t11 = borger.alder
                _t12: int | Udfald = _M68 if _t11 is None else _t11
                _t13: bool | Udfald = _t12 if isinstance(_t12, Udfald) else _t12 >= 25
                _t14: bool | Udfald = _t13
                if _t14 is not False:
                    _t15 = borger.ledighed_efter_ret_og_pligt
                    _t16: int | Fraction | Udfald = _M71 if _t15 is None else _t15
                    _t17: bool | Udfald = _t16 if isinstance(_t16, Udfald) else _t16 >= 26
                    if _t17 is False or _t14 is True:
                        _t14 = _t17
                if _t14 is True or _t10 is False:
                    _t10 = _t14
            if _t10 is False or _t7 is True:
                _t7 = _t10
        return _t7 if isinstance(_t7, Udfald) else Udfald('værdi', _t7, ('§ 37, stk. 1',), None, None)
    if _w2:  # § 37, stk. 3
        _t18 = borger.erhvervskompetencegivende_uddannelse
        _t19: bool | Udfald = _M72 if _t18 is None else _t18
        _t20: bool | Udfald = _t19 if isinstance(_t19, Udfald) else not _t19
        _t21: bool | Udfald = _t20
        if _t21 is not False:
            _t22 = borger.forsørgerpligt_børn
            _t23: bool | Udfald = _M73 if _t22 is None else _t22
            _t24: bool | Udfald = _t23
            if _t24 is not True:
                _t25 = borger.alder
                _t26: int | Udfald = _M74 if _t25 is None else _t25
                _t27: bool | Udfald = _t26 if isinstance(_t26, Udfald) else _t26 >= 25
                _t28: bool | Udfald = _t27
                if _t28 is not False:
                    _t29 = borger.su_opbrugt
                    _t30: bool | Udfald = _M75 if _t29 is None else _t29
                    if _t30 is False or _t28 is True:
                        _t28 = _t30
                if _t28 is True or _t24 is False:
                    _t24 = _t28
            if _t24 is False or _t21 is True:
                _t21 = _t24
        return _t21 if isinstance(_t21, Udfald) else Udfald('værdi', _t21, ('§ 37, stk. 3',), None, None)
    return _O1


def praktik_varighed(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste varighed af virksomhedspraktik'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x87c00006:  # mangler ydelse, visitation, dimittend, kort_videregående_uddannelse, ordinær_beskæftigelse_efter_uddannelse, erhvervserfaring, langvarig_ledighed, eller forklaring
        return _eksakt_praktik_varighed(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    dimittend: bool = borger.dimittend  # type: ignore[assignment]
    kort_videregående_uddannelse: bool = borger.kort_videregående_uddannelse  # type: ignore[assignment]
    ordinær_beskæftigelse_efter_uddannelse: bool = borger.ordinær_beskæftigelse_efter_uddannelse  # type: ignore[assignment]
    erhvervserfaring: bool = borger.erhvervserfaring  # type: ignore[assignment]
    langvarig_ledighed: bool = borger.langvarig_ledighed  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r4 = (dagpengemodtagere) and ((dimittend and kort_videregående_uddannelse) and (not ordinær_beskæftigelse_efter_uddannelse))  # § 44, stk. 4
        _r3 = not (_r4) and (dagpengemodtagere)  # § 44, stk. 3
        _r6 = (jobparate_kontanthjælpsmodtagere or uddannelsesparate_uddannelseshjælpsmodtagere) and (((not erhvervserfaring) or langvarig_ledighed) or skøn['i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud'])  # § 44, stk. 6
        _r5 = not (_r6) and (jobparate_kontanthjælpsmodtagere or uddannelsesparate_uddannelseshjælpsmodtagere)  # § 44, stk. 5
        _r2 = not (_r3 or _r4 or _r5 or _r6) and skøn['konkret individuel vurdering']  # § 44, stk. 2
        _r1 = not (_r2 or _r3 or _r4 or _r5 or _r6)  # § 44, stk. 1
        _n = _r1 + _r2 + _r3 + _r4 + _r5 + _r6
        if _n == 1:
            if _r1:
                return _V46
            if _r2:
                return _V47
            if _r3:
                return _V48
            if _r4:
                return _V49
            if _r5:
                return _V50
            return _V51
        if _n > 1:
            return _konflikt(('§ 44, stk. 1', _r1), ('§ 44, stk. 2', _r2), ('§ 44, stk. 3', _r3), ('§ 44, stk. 4', _r4), ('§ 44, stk. 5', _r5), ('§ 44, stk. 6', _r6))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_praktik_varighed(borger, skøn)


def _eksakt_praktik_varighed(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for praktik_varighed; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    # § 44, stk. 1
    _r1: bool | Udfald = True
    # § 44, stk. 2
    _t1 = skøn.get('konkret individuel vurdering')
    _t2: bool | Udfald = _S2 if _t1 is None else _t1
    _r2: bool | Udfald = _t2
    # § 44, stk. 3
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r3: bool | Udfald = _g_dagpengemodtagere
    # § 44, stk. 4
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r4: bool | Udfald = _g_dagpengemodtagere
    if _r4 is not False:
        _t3 = borger.dimittend
        _t4: bool | Udfald = _M76 if _t3 is None else _t3
        _t5: bool | Udfald = _t4
        if _t5 is not False:
            _t6 = borger.kort_videregående_uddannelse
            _t7: bool | Udfald = _M77 if _t6 is None else _t6
            if _t7 is False or _t5 is True:
                _t5 = _t7
        _t8: bool | Udfald = _t5
        if _t8 is not False:
            _t9 = borger.ordinær_beskæftigelse_efter_uddannelse
            _t10: bool | Udfald = _M78 if _t9 is None else _t9
            _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else not _t10
            if _t11 is False or _t8 is True:
                _t8 = _t11
        if _t8 is False or _r4 is True:
            _r4 = _t8
    # § 44, stk. 5
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r5: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _r5 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r5 is False:
            _r5 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    # § 44, stk. 6
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r6: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _r6 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r6 is False:
            _r6 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r6 is not False:
        _t12 = borger.erhvervserfaring
        _t13: bool | Udfald = _M79 if _t12 is None else _t12
        _t14: bool | Udfald = _t13 if isinstance(_t13, Udfald) else not _t13
        _t15: bool | Udfald = _t14
        if _t15 is not True:
            _t16 = borger.langvarig_ledighed
            _t17: bool | Udfald = _M80 if _t16 is None else _t16
            if _t17 is True or _t15 is False:
                _t15 = _t17
        _t18: bool | Udfald = _t15
        if _t18 is not True:
            _t19 = skøn.get('i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud')
            _t20: bool | Udfald = _S3 if _t19 is None else _t19
            if _t20 is True or _t18 is False:
                _t18 = _t20
        if _t18 is False or _r6 is True:
            _r6 = _t18
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4, _r5, _r6))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald) and not (_r3 is True or _r4 is True or _r5 is True or _r6 is True):
        return _r2
    if isinstance(_r3, Udfald) and not (_r4 is True):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    if isinstance(_r5, Udfald) and not (_r6 is True):
        return _r5
    if isinstance(_r6, Udfald):
        return _r6
    _w1 = _r1 is True and not (_r2 is True or _r3 is True or _r4 is True or _r5 is True or _r6 is True)
    _w2 = _r2 is True and not (_r3 is True or _r4 is True or _r5 is True or _r6 is True)
    _w3 = _r3 is True and not (_r4 is True)
    _w4 = _r4 is True
    _w5 = _r5 is True and not (_r6 is True)
    _w6 = _r6 is True
    if _w1 + _w2 + _w3 + _w4 + _w5 + _w6 > 1:
        return _konflikt(('§ 44, stk. 1', _w1), ('§ 44, stk. 2', _w2), ('§ 44, stk. 3', _w3), ('§ 44, stk. 4', _w4), ('§ 44, stk. 5', _w5), ('§ 44, stk. 6', _w6))
    if _w1:  # § 44, stk. 1
        return _V46
    if _w2:  # § 44, stk. 2
        return _V47
    if _w3:  # § 44, stk. 3
        return _V48
    if _w4:  # § 44, stk. 4
        return _V49
    if _w5:  # § 44, stk. 5
        return _V50
    if _w6:  # § 44, stk. 6
        return _V51
    return _O1


def løntilskud_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få løntilskud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80140037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, ansat, åbenlyst_uddannelsesparat, eller forklaring
        return _eksakt_løntilskud_kan(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    ansat: bool = borger.ansat  # type: ignore[assignment]
    åbenlyst_uddannelsesparat: bool = borger.åbenlyst_uddannelsesparat  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or ressourceforløb or aktivitetsparate_uddannelseshjælpsmodtagere or selvforsørgende or revalidender or førtidspensionister or dimittender_med_handicap)  # § 51, stk. 1
        _r2 = (sygedagpengemodtagere or jobafklaringsforløb)  # § 51, stk. 2
        _r3 = (uddannelsesparate_uddannelseshjælpsmodtagere)  # § 51, stk. 3
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return _V52
            if _r2:
                return Udfald('værdi', (not ansat), ('§ 51, stk. 2',), None, None)
            return Udfald('værdi', (not åbenlyst_uddannelsesparat), ('§ 51, stk. 3',), None, None)
        if _n > 1:
            return _konflikt(('§ 51, stk. 1', _r1), ('§ 51, stk. 2', _r2), ('§ 51, stk. 3', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_kan(borger, skøn)


def _eksakt_løntilskud_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_kan; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    # § 51, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r1 is False:
            _r1 = _g_ressourceforløb
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    if _r1 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r1 is False:
            _r1 = _g_revalidender
    if _r1 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r1 is False:
            _r1 = _g_førtidspensionister
    if _r1 is not True:
        if _g_dimittender_med_handicap is None:
            _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
        if _g_dimittender_med_handicap is True or _r1 is False:
            _r1 = _g_dimittender_med_handicap
    # § 51, stk. 2
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r2: bool | Udfald = _g_sygedagpengemodtagere
    if _r2 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r2 is False:
            _r2 = _g_jobafklaringsforløb
    # § 51, stk. 3
    if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
        _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
    _r3: bool | Udfald = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _spor is not None:
        _spor.append((_r1, _r2, _r3))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    if _w1 + _w2 + _w3 > 1:
        return _konflikt(('§ 51, stk. 1', _w1), ('§ 51, stk. 2', _w2), ('§ 51, stk. 3', _w3))
    if _w1:  # § 51, stk. 1
        return _V52
    if _w2:  # § 51, stk. 2
        _t1 = borger.ansat
        _t2: bool | Udfald = _M81 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else not _t2
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 51, stk. 2',), None, None)
    if _w3:  # § 51, stk. 3
        _t4 = borger.åbenlyst_uddannelsesparat
        _t5: bool | Udfald = _M82 if _t4 is None else _t4
        _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else not _t5
        return _t6 if isinstance(_t6, Udfald) else Udfald('værdi', _t6, ('§ 51, stk. 3',), None, None)
    return _O1


def løntilskud_ledighedskrav_opfyldt(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kravet til ledighedslængde inden tilbud er opfyldt'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80001837:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, enlig_forsørger, gymnasial_uddannelse, eller forklaring
        return _eksakt_løntilskud_ledighedskrav_opfyldt(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    enlig_forsørger: bool = borger.enlig_forsørger  # type: ignore[assignment]
    gymnasial_uddannelse: bool = borger.gymnasial_uddannelse  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or sygedagpengemodtagere or jobafklaringsforløb or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere or selvforsørgende)  # § 51, stk. 4
        if _r1:
            return Udfald('værdi', ((((_værdi_ledighed_ydelse(borger, skøn) > 26) or (alder > 50)) or enlig_forsørger) or (not gymnasial_uddannelse)), ('§ 51, stk. 4',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_ledighedskrav_opfyldt(borger, skøn)


def _eksakt_løntilskud_ledighedskrav_opfyldt(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_ledighedskrav_opfyldt; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    # § 51, stk. 4
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r1 is False:
            _r1 = _g_sygedagpengemodtagere
    if _r1 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r1 is False:
            _r1 = _g_jobafklaringsforløb
    if _r1 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r1 is False:
            _r1 = _g_ressourceforløb
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 51, stk. 4
        _t1 = ledighed_ydelse(borger, skøn)
        _t2: int | Fraction | Udfald = cast('int | Fraction', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 > 26
        _t4: bool | Udfald = _t3
        if _t4 is not True:
            _t5 = borger.alder
            _t6: int | Udfald = _M83 if _t5 is None else _t5
            _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 > 50
            if _t7 is True or _t4 is False:
                _t4 = _t7
        _t8: bool | Udfald = _t4
        if _t8 is not True:
            _t9 = borger.enlig_forsørger
            _t10: bool | Udfald = _M84 if _t9 is None else _t9
            if _t10 is True or _t8 is False:
                _t8 = _t10
        _t11: bool | Udfald = _t8
        if _t11 is not True:
            _t12 = borger.gymnasial_uddannelse
            _t13: bool | Udfald = _M85 if _t12 is None else _t12
            _t14: bool | Udfald = _t13 if isinstance(_t13, Udfald) else not _t13
            if _t14 is True or _t11 is False:
                _t11 = _t14
        return _t11 if isinstance(_t11, Udfald) else Udfald('værdi', _t11, ('§ 51, stk. 4',), None, None)
    return _O1


def løntilskud_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få (eller fortsætte i) et løntilskudsjob'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000022:  # mangler ydelse, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_ret(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        _v_løntilskud_kan = _værdi_løntilskud_kan(borger, skøn)
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (revalidender or førtidspensionister or dimittender_med_handicap)  # § 51, stk. 5
        _r2 = not (_r1)  # § 51, stk. 6
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _videre(løntilskud_kan(borger, skøn), '§ 51, stk. 5')
            return Udfald('værdi', (_v_løntilskud_kan and _værdi_løntilskud_ledighedskrav_opfyldt(borger, skøn)), ('§ 51, stk. 6',), None, None)
        if _n > 1:
            return _konflikt(('§ 51, stk. 5', _r1), ('§ 51, stk. 6', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_ret(borger, skøn)


def _eksakt_løntilskud_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_ret; se SEMANTICS.md.
    _g_revalidender: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    # § 51, stk. 5
    if _g_revalidender is None:
        _g_revalidender = _målgruppe_revalidender(borger, skøn)
    _r1: bool | Udfald = _g_revalidender
    if _r1 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r1 is False:
            _r1 = _g_førtidspensionister
    if _r1 is not True:
        if _g_dimittender_med_handicap is None:
            _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
        if _g_dimittender_med_handicap is True or _r1 is False:
            _r1 = _g_dimittender_med_handicap
    # § 51, stk. 6
    _r2: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    _w2 = _r2 is True and not (_r1 is True)
    if _w1 + _w2 > 1:
        return _konflikt(('§ 51, stk. 5', _w1), ('§ 51, stk. 6', _w2))
    if _w1:  # § 51, stk. 5
        _t1 = løntilskud_kan(borger, skøn)
        _t2: bool | Udfald = cast('bool', _t1.værdi) if _t1.art == 'værdi' else _t1
        return _t2 if isinstance(_t2, Udfald) else Udfald('værdi', _t2, ('§ 51, stk. 5',), None, None)
    if _w2:  # § 51, stk. 6
        _t3 = løntilskud_kan(borger, skøn)
        _t4: bool | Udfald = cast('bool', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: bool | Udfald = _t4
        if _t5 is not False:
            _t6 = løntilskud_ledighedskrav_opfyldt(borger, skøn)
            _t7: bool | Udfald = cast('bool', _t6.værdi) if _t6.art == 'værdi' else _t6
            if _t7 is False or _t5 is True:
                _t5 = _t7
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 51, stk. 6',), None, None)
    return _O1


def løntilskud_varighed(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste varighed af løntilskud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80200037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, arbejdsgiver, eller forklaring
        return _eksakt_løntilskud_varighed(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    arbejdsgiver: str = borger.arbejdsgiver  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere) and (arbejdsgiver == 'offentlig')  # § 52, stk. 1
        _r2 = (dagpengemodtagere) and (arbejdsgiver == 'privat')  # § 52, stk. 2
        _r3 = (jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere or selvforsørgende)  # § 52, stk. 3
        _r4 = (sygedagpengemodtagere or jobafklaringsforløb or ressourceforløb or dimittender_med_handicap)  # § 52, stk. 4
        _n = _r1 + _r2 + _r3 + _r4
        if _n == 1:
            if _r1:
                return _V53
            if _r2:
                return _V54
            if _r3:
                return _V55
            return _V56
        if _n > 1:
            return _konflikt(('§ 52, stk. 1', _r1), ('§ 52, stk. 2', _r2), ('§ 52, stk. 3', _r3), ('§ 52, stk. 4', _r4))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_varighed(borger, skøn)


def _eksakt_løntilskud_varighed(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_varighed; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    # § 52, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not False:
        _t1 = borger.arbejdsgiver
        _t2: str | Udfald = _M86 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'offentlig'
        if _t3 is False or _r1 is True:
            _r1 = _t3
    # § 52, stk. 2
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r2: bool | Udfald = _g_dagpengemodtagere
    if _r2 is not False:
        _t4 = borger.arbejdsgiver
        _t5: str | Udfald = _M87 if _t4 is None else _t4
        _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 == 'privat'
        if _t6 is False or _r2 is True:
            _r2 = _t6
    # § 52, stk. 3
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r3: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _r3 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r3 is False:
            _r3 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r3 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r3 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _r3 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r3 is False:
            _r3 = _g_selvforsørgende
    # § 52, stk. 4
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r4: bool | Udfald = _g_sygedagpengemodtagere
    if _r4 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r4 is False:
            _r4 = _g_jobafklaringsforløb
    if _r4 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r4 is False:
            _r4 = _g_ressourceforløb
    if _r4 is not True:
        if _g_dimittender_med_handicap is None:
            _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
        if _g_dimittender_med_handicap is True or _r4 is False:
            _r4 = _g_dimittender_med_handicap
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    _w4 = _r4 is True
    if _w1 + _w2 + _w3 + _w4 > 1:
        return _konflikt(('§ 52, stk. 1', _w1), ('§ 52, stk. 2', _w2), ('§ 52, stk. 3', _w3), ('§ 52, stk. 4', _w4))
    if _w1:  # § 52, stk. 1
        return _V53
    if _w2:  # § 52, stk. 2
        return _V54
    if _w3:  # § 52, stk. 3
        return _V55
    if _w4:  # § 52, stk. 4
        return _V56
    return _O1


def løntilskud_formål(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kriterier for vurdering af mulighed for indsatsen'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_formål(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or sygedagpengemodtagere or jobafklaringsforløb or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere or selvforsørgende or revalidender)  # § 53, stk. 1
        _r2 = (førtidspensionister)  # § 53, stk. 2
        _r3 = (dimittender_med_handicap)  # § 53, stk. 3
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return _V57
            if _r2:
                return _V58
            return _V59
        if _n > 1:
            return _konflikt(('§ 53, stk. 1', _r1), ('§ 53, stk. 2', _r2), ('§ 53, stk. 3', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_formål(borger, skøn)


def _eksakt_løntilskud_formål(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_formål; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    # § 53, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r1 is False:
            _r1 = _g_sygedagpengemodtagere
    if _r1 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r1 is False:
            _r1 = _g_jobafklaringsforløb
    if _r1 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r1 is False:
            _r1 = _g_ressourceforløb
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    if _r1 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r1 is False:
            _r1 = _g_revalidender
    # § 53, stk. 2
    if _g_førtidspensionister is None:
        _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
    _r2: bool | Udfald = _g_førtidspensionister
    # § 53, stk. 3
    if _g_dimittender_med_handicap is None:
        _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
    _r3: bool | Udfald = _g_dimittender_med_handicap
    if _spor is not None:
        _spor.append((_r1, _r2, _r3))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    if _w1 + _w2 + _w3 > 1:
        return _konflikt(('§ 53, stk. 1', _w1), ('§ 53, stk. 2', _w2), ('§ 53, stk. 3', _w3))
    if _w1:  # § 53, stk. 1
        return _V57
    if _w2:  # § 53, stk. 2
        return _V58
    if _w3:  # § 53, stk. 3
        return _V59
    return _O1


def løntilskud_vilkår_privat(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Løn-, tids- og arbejdsvilkår hos private arbejdsgivere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_vilkår_privat(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or sygedagpengemodtagere or jobafklaringsforløb or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere or selvforsørgende)  # § 53, stk. 4
        _r2 = (revalidender)  # § 53, stk. 5
        _r3 = (førtidspensionister or dimittender_med_handicap)  # § 53, stk. 6
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return _V60
            if _r2:
                return _V61
            return _V62
        if _n > 1:
            return _konflikt(('§ 53, stk. 4', _r1), ('§ 53, stk. 5', _r2), ('§ 53, stk. 6', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_vilkår_privat(borger, skøn)


def _eksakt_løntilskud_vilkår_privat(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_vilkår_privat; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    # § 53, stk. 4
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r1 is False:
            _r1 = _g_sygedagpengemodtagere
    if _r1 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r1 is False:
            _r1 = _g_jobafklaringsforløb
    if _r1 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r1 is False:
            _r1 = _g_ressourceforløb
    if _r1 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _r1 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r1 is False:
            _r1 = _g_selvforsørgende
    # § 53, stk. 5
    if _g_revalidender is None:
        _g_revalidender = _målgruppe_revalidender(borger, skøn)
    _r2: bool | Udfald = _g_revalidender
    # § 53, stk. 6
    if _g_førtidspensionister is None:
        _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
    _r3: bool | Udfald = _g_førtidspensionister
    if _r3 is not True:
        if _g_dimittender_med_handicap is None:
            _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
        if _g_dimittender_med_handicap is True or _r3 is False:
            _r3 = _g_dimittender_med_handicap
    if _spor is not None:
        _spor.append((_r1, _r2, _r3))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    if _w1 + _w2 + _w3 > 1:
        return _konflikt(('§ 53, stk. 4', _w1), ('§ 53, stk. 5', _w2), ('§ 53, stk. 6', _w3))
    if _w1:  # § 53, stk. 4
        return _V60
    if _w2:  # § 53, stk. 5
        return _V61
    if _w3:  # § 53, stk. 6
        return _V62
    return _O1


def løntilskud_vilkår_offentlig(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Løn- og arbejdsvilkår hos offentlige arbejdsgivere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_vilkår_offentlig(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere)  # § 53, stk. 7
        _r2 = (jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere or sygedagpengemodtagere or jobafklaringsforløb or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere)  # § 53, stk. 8
        _r3 = (selvforsørgende)  # § 53, stk. 9
        _r4 = (revalidender)  # § 53, stk. 10
        _r5 = (førtidspensionister)  # § 53, stk. 11
        _r6 = (dimittender_med_handicap)  # § 53, stk. 12
        _n = _r1 + _r2 + _r3 + _r4 + _r5 + _r6
        if _n == 1:
            if _r1:
                return _V63
            if _r2:
                return _V64
            if _r3:
                return _V65
            if _r4:
                return _V66
            if _r5:
                return _V67
            return _V68
        if _n > 1:
            return _konflikt(('§ 53, stk. 7', _r1), ('§ 53, stk. 8', _r2), ('§ 53, stk. 9', _r3), ('§ 53, stk. 10', _r4), ('§ 53, stk. 11', _r5), ('§ 53, stk. 12', _r6))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_vilkår_offentlig(borger, skøn)


def _eksakt_løntilskud_vilkår_offentlig(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_vilkår_offentlig; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    # § 53, stk. 7
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    # § 53, stk. 8
    if _g_jobparate_kontanthjælpsmodtagere is None:
        _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
    _r2: bool | Udfald = _g_jobparate_kontanthjælpsmodtagere
    if _r2 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r2 is False:
            _r2 = _g_aktivitetsparate_kontanthjælpsmodtagere
    if _r2 is not True:
        if _g_sygedagpengemodtagere is None:
            _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
        if _g_sygedagpengemodtagere is True or _r2 is False:
            _r2 = _g_sygedagpengemodtagere
    if _r2 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r2 is False:
            _r2 = _g_jobafklaringsforløb
    if _r2 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r2 is False:
            _r2 = _g_ressourceforløb
    if _r2 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r2 is False:
            _r2 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r2 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r2 is False:
            _r2 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    # § 53, stk. 9
    if _g_selvforsørgende is None:
        _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
    _r3: bool | Udfald = _g_selvforsørgende
    # § 53, stk. 10
    if _g_revalidender is None:
        _g_revalidender = _målgruppe_revalidender(borger, skøn)
    _r4: bool | Udfald = _g_revalidender
    # § 53, stk. 11
    if _g_førtidspensionister is None:
        _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
    _r5: bool | Udfald = _g_førtidspensionister
    # § 53, stk. 12
    if _g_dimittender_med_handicap is None:
        _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
    _r6: bool | Udfald = _g_dimittender_med_handicap
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4, _r5, _r6))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    if isinstance(_r5, Udfald):
        return _r5
    if isinstance(_r6, Udfald):
        return _r6
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    _w4 = _r4 is True
    _w5 = _r5 is True
    _w6 = _r6 is True
    if _w1 + _w2 + _w3 + _w4 + _w5 + _w6 > 1:
        return _konflikt(('§ 53, stk. 7', _w1), ('§ 53, stk. 8', _w2), ('§ 53, stk. 9', _w3), ('§ 53, stk. 10', _w4), ('§ 53, stk. 11', _w5), ('§ 53, stk. 12', _w6))
    if _w1:  # § 53, stk. 7
        return _V63
    if _w2:  # § 53, stk. 8
        return _V64
    if _w3:  # § 53, stk. 9
        return _V65
    if _w4:  # § 53, stk. 10
        return _V66
    if _w5:  # § 53, stk. 11
        return _V67
    if _w6:  # § 53, stk. 12
        return _V68
    return _O1


def løntilskud_arbejdstid_offentlig(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Arbejdstid hos offentlige arbejdsgivere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_arbejdstid_offentlig(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere)  # § 53, stk. 13
        _r2 = (sygedagpengemodtagere)  # § 53, stk. 14
        _r3 = (jobafklaringsforløb or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere or selvforsørgende or revalidender)  # § 53, stk. 15
        _r4 = (førtidspensionister)  # § 53, stk. 16
        _r5 = (dimittender_med_handicap)  # § 53, stk. 17
        _n = _r1 + _r2 + _r3 + _r4 + _r5
        if _n == 1:
            if _r1:
                return _V69
            if _r2:
                return _V70
            if _r3:
                return _V71
            if _r4:
                return _V72
            return _V73
        if _n > 1:
            return _konflikt(('§ 53, stk. 13', _r1), ('§ 53, stk. 14', _r2), ('§ 53, stk. 15', _r3), ('§ 53, stk. 16', _r4), ('§ 53, stk. 17', _r5))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_arbejdstid_offentlig(borger, skøn)


def _eksakt_løntilskud_arbejdstid_offentlig(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_arbejdstid_offentlig; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    # § 53, stk. 13
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    # § 53, stk. 14
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r2: bool | Udfald = _g_sygedagpengemodtagere
    # § 53, stk. 15
    if _g_jobafklaringsforløb is None:
        _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
    _r3: bool | Udfald = _g_jobafklaringsforløb
    if _r3 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r3 is False:
            _r3 = _g_ressourceforløb
    if _r3 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r3 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r3 is False:
            _r3 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _r3 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r3 is False:
            _r3 = _g_selvforsørgende
    if _r3 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r3 is False:
            _r3 = _g_revalidender
    # § 53, stk. 16
    if _g_førtidspensionister is None:
        _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
    _r4: bool | Udfald = _g_førtidspensionister
    # § 53, stk. 17
    if _g_dimittender_med_handicap is None:
        _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
    _r5: bool | Udfald = _g_dimittender_med_handicap
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4, _r5))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    if isinstance(_r5, Udfald):
        return _r5
    _w1 = _r1 is True
    _w2 = _r2 is True
    _w3 = _r3 is True
    _w4 = _r4 is True
    _w5 = _r5 is True
    if _w1 + _w2 + _w3 + _w4 + _w5 > 1:
        return _konflikt(('§ 53, stk. 13', _w1), ('§ 53, stk. 14', _w2), ('§ 53, stk. 15', _w3), ('§ 53, stk. 16', _w4), ('§ 53, stk. 17', _w5))
    if _w1:  # § 53, stk. 13
        return _V69
    if _w2:  # § 53, stk. 14
        return _V70
    if _w3:  # § 53, stk. 15
        return _V71
    if _w4:  # § 53, stk. 16
        return _V72
    if _w5:  # § 53, stk. 17
        return _V73
    return _O1


def løntilskud_selvfundet_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ret til selvfundet løntilskud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000037:  # mangler alder, ydelse, visitation, jobafklaring, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_selvfundet_ret(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    visitation: str = borger.visitation  # type: ignore[assignment]
    jobafklaring: bool = borger.jobafklaring  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        dagpengemodtagere = (ydelse == 'dagpenge')  # målgruppe 1 dagpengemodtagere
        jobparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'jobparat'))  # målgruppe 2 jobparate_kontanthjælpsmodtagere
        aktivitetsparate_kontanthjælpsmodtagere = ((ydelse == 'kontanthjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere
        sygedagpengemodtagere = (ydelse == 'sygedagpenge')  # målgruppe 5 sygedagpengemodtagere
        jobafklaringsforløb = ((ydelse == 'ressourceforløbsydelse') and jobafklaring)  # målgruppe 14 jobafklaringsforløb
        ressourceforløb = ((ydelse == 'ressourceforløbsydelse') and (not jobafklaring))  # målgruppe 11 ressourceforløb
        uddannelsesparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'uddannelsesparat'))  # målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere
        aktivitetsparate_uddannelseshjælpsmodtagere = ((ydelse == 'uddannelseshjælp') and (visitation == 'aktivitetsparat'))  # målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere
        selvforsørgende = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (not ((alder >= 15) and (alder < 18))))  # målgruppe 10 selvforsørgende
        revalidender = (ydelse == 'revalideringsydelse')  # målgruppe 4 revalidender
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        dimittender_med_handicap = (dimittend_med_handicap and (ydelse == 'selvforsørgelse'))  # målgruppe 8 dimittender_med_handicap
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (dagpengemodtagere or jobparate_kontanthjælpsmodtagere or aktivitetsparate_kontanthjælpsmodtagere)  # § 54, stk. 1
        _r2 = (sygedagpengemodtagere or jobafklaringsforløb or ressourceforløb or uddannelsesparate_uddannelseshjælpsmodtagere or aktivitetsparate_uddannelseshjælpsmodtagere or selvforsørgende or revalidender or førtidspensionister or dimittender_med_handicap)  # § 54, stk. 2
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _videre(løntilskud_ret(borger, skøn), '§ 54, stk. 1')
            return _V74
        if _n > 1:
            return _konflikt(('§ 54, stk. 1', _r1), ('§ 54, stk. 2', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_selvfundet_ret(borger, skøn)


def _eksakt_løntilskud_selvfundet_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_selvfundet_ret; se SEMANTICS.md.
    _g_dagpengemodtagere: bool | Udfald | None = None
    _g_jobparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_kontanthjælpsmodtagere: bool | Udfald | None = None
    _g_sygedagpengemodtagere: bool | Udfald | None = None
    _g_jobafklaringsforløb: bool | Udfald | None = None
    _g_ressourceforløb: bool | Udfald | None = None
    _g_uddannelsesparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_aktivitetsparate_uddannelseshjælpsmodtagere: bool | Udfald | None = None
    _g_selvforsørgende: bool | Udfald | None = None
    _g_revalidender: bool | Udfald | None = None
    _g_førtidspensionister: bool | Udfald | None = None
    _g_dimittender_med_handicap: bool | Udfald | None = None
    # § 54, stk. 1
    if _g_dagpengemodtagere is None:
        _g_dagpengemodtagere = _målgruppe_dagpengemodtagere(borger, skøn)
    _r1: bool | Udfald = _g_dagpengemodtagere
    if _r1 is not True:
        if _g_jobparate_kontanthjælpsmodtagere is None:
            _g_jobparate_kontanthjælpsmodtagere = _målgruppe_jobparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_jobparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_jobparate_kontanthjælpsmodtagere
    if _r1 is not True:
        if _g_aktivitetsparate_kontanthjælpsmodtagere is None:
            _g_aktivitetsparate_kontanthjælpsmodtagere = _målgruppe_aktivitetsparate_kontanthjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_kontanthjælpsmodtagere is True or _r1 is False:
            _r1 = _g_aktivitetsparate_kontanthjælpsmodtagere
    # § 54, stk. 2
    if _g_sygedagpengemodtagere is None:
        _g_sygedagpengemodtagere = _målgruppe_sygedagpengemodtagere(borger, skøn)
    _r2: bool | Udfald = _g_sygedagpengemodtagere
    if _r2 is not True:
        if _g_jobafklaringsforløb is None:
            _g_jobafklaringsforløb = _målgruppe_jobafklaringsforløb(borger, skøn)
        if _g_jobafklaringsforløb is True or _r2 is False:
            _r2 = _g_jobafklaringsforløb
    if _r2 is not True:
        if _g_ressourceforløb is None:
            _g_ressourceforløb = _målgruppe_ressourceforløb(borger, skøn)
        if _g_ressourceforløb is True or _r2 is False:
            _r2 = _g_ressourceforløb
    if _r2 is not True:
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is None:
            _g_uddannelsesparate_uddannelseshjælpsmodtagere = _målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_uddannelsesparate_uddannelseshjælpsmodtagere is True or _r2 is False:
            _r2 = _g_uddannelsesparate_uddannelseshjælpsmodtagere
    if _r2 is not True:
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is None:
            _g_aktivitetsparate_uddannelseshjælpsmodtagere = _målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere(borger, skøn)
        if _g_aktivitetsparate_uddannelseshjælpsmodtagere is True or _r2 is False:
            _r2 = _g_aktivitetsparate_uddannelseshjælpsmodtagere
    if _r2 is not True:
        if _g_selvforsørgende is None:
            _g_selvforsørgende = _målgruppe_selvforsørgende(borger, skøn)
        if _g_selvforsørgende is True or _r2 is False:
            _r2 = _g_selvforsørgende
    if _r2 is not True:
        if _g_revalidender is None:
            _g_revalidender = _målgruppe_revalidender(borger, skøn)
        if _g_revalidender is True or _r2 is False:
            _r2 = _g_revalidender
    if _r2 is not True:
        if _g_førtidspensionister is None:
            _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
        if _g_førtidspensionister is True or _r2 is False:
            _r2 = _g_førtidspensionister
    if _r2 is not True:
        if _g_dimittender_med_handicap is None:
            _g_dimittender_med_handicap = _målgruppe_dimittender_med_handicap(borger, skøn)
        if _g_dimittender_med_handicap is True or _r2 is False:
            _r2 = _g_dimittender_med_handicap
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 54, stk. 1', _w1), ('§ 54, stk. 2', _w2))
    if _w1:  # § 54, stk. 1
        _t1 = løntilskud_ret(borger, skøn)
        _t2: bool | Udfald = cast('bool', _t1.værdi) if _t1.art == 'værdi' else _t1
        return _t2 if isinstance(_t2, Udfald) else Udfald('værdi', _t2, ('§ 54, stk. 1',), None, None)
    if _w2:  # § 54, stk. 2
        return _V74
    return _O1


def rehabiliteringsteam_første_møde(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Det første møde i rehabiliteringsteamet holdes'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000000:  # mangler ingen, eller forklaring
        return _eksakt_rehabiliteringsteam_første_møde(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 100, stk. 1
        if _r1:
            return _V75
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_rehabiliteringsteam_første_møde(borger, skøn)


def _eksakt_rehabiliteringsteam_første_møde(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for rehabiliteringsteam_første_møde; se SEMANTICS.md.
    # § 100, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 100, stk. 1
        return _V75
    return _O1


def fleksjob_før_fuld_afklaring(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan starte i fleksjob, før afklaringen er fuldt gennemført'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000000:  # mangler ingen, eller forklaring
        return _eksakt_fleksjob_før_fuld_afklaring(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 102, stk. 1
        if _r1:
            return _V76
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fleksjob_før_fuld_afklaring(borger, skøn)


def _eksakt_fleksjob_før_fuld_afklaring(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fleksjob_før_fuld_afklaring; se SEMANTICS.md.
    # § 102, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 102, stk. 1
        return _V76
    return _O1


def fleksjob_midlertidigt(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Fleksjobbevillingen er midlertidig'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000003:  # mangler alder, ydelse, eller forklaring
        return _eksakt_fleksjob_midlertidigt(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (fleksjobvisiterede)  # § 102, stk. 2
        if _r1:
            return Udfald('værdi', (alder < 40), ('§ 102, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fleksjob_midlertidigt(borger, skøn)


def _eksakt_fleksjob_midlertidigt(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fleksjob_midlertidigt; se SEMANTICS.md.
    _g_fleksjobvisiterede: bool | Udfald | None = None
    # § 102, stk. 2
    if _g_fleksjobvisiterede is None:
        _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
    _r1: bool | Udfald = _g_fleksjobvisiterede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 102, stk. 2
        _t1 = borger.alder
        _t2: int | Udfald = _M88 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 < 40
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 102, stk. 2',), None, None)
    return _O1


def fleksjob_vurdering_efter(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Tid i et midlertidigt fleksjob, hvorefter kommunen vurderer, om betingelserne er opfyldt'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_fleksjob_vurdering_efter(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (fleksjobvisiterede) and _værdi_fleksjob_midlertidigt(borger, skøn)  # § 102, stk. 3
        if _r1:
            return _V77
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fleksjob_vurdering_efter(borger, skøn)


def _eksakt_fleksjob_vurdering_efter(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fleksjob_vurdering_efter; se SEMANTICS.md.
    _g_fleksjobvisiterede: bool | Udfald | None = None
    # § 102, stk. 3
    if _g_fleksjobvisiterede is None:
        _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
    _r1: bool | Udfald = _g_fleksjobvisiterede
    if _r1 is not False:
        _t1 = fleksjob_midlertidigt(borger, skøn)
        _t2: bool | Udfald = cast('bool', _t1.værdi) if _t1.art == 'værdi' else _t1
        if _t2 is False or _r1 is True:
            _r1 = _t2
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 102, stk. 3
        return _V77
    return _O1


def særskilt_revurdering(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Særskilt revurdering af fleksjobbevillingen for ledighedsydelsesmodtagere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800000c2:  # mangler ydelse, opgørelsesdato, ydelsesforløb, eller forklaring
        return _eksakt_særskilt_revurdering(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    opgørelsesdato: datetime.date = borger.opgørelsesdato  # type: ignore[assignment]
    ydelsesforløb: tuple[Periode, ...] = borger.ydelsesforløb  # type: ignore[assignment]
    try:
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (fleksjobvisiterede)  # § 103, stk. 1
        if _r1:
            return Udfald('værdi', ((ydelse == 'ledighedsydelse') and (_entydig_uger(_tid('sammenlagt', ydelsesforløb, _V23, opgørelsesdato, 78, 18)) >= 52)), ('§ 103, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_særskilt_revurdering(borger, skøn)


def _eksakt_særskilt_revurdering(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for særskilt_revurdering; se SEMANTICS.md.
    _g_fleksjobvisiterede: bool | Udfald | None = None
    # § 103, stk. 1
    if _g_fleksjobvisiterede is None:
        _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
    _r1: bool | Udfald = _g_fleksjobvisiterede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 103, stk. 1
        _t1 = borger.ydelse
        _t2: str | Udfald = _M89 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'ledighedsydelse'
        _t4: bool | Udfald = _t3
        if _t4 is not False:
            _t5 = borger.ydelsesforløb
            _t6: tuple[Periode, ...] | Udfald = _M90 if _t5 is None else _t5
            _t7 = borger.opgørelsesdato
            _t8: datetime.date | Udfald = _M91 if _t7 is None else _t7
            _t9: int | Fraction | Udfald
            if isinstance(_t6, Udfald):
                _t9 = _t6
            elif isinstance(_t8, Udfald):
                _t9 = _t8
            else:
                _t10 = _tid('sammenlagt', _t6, _V23, _t8, 78, 18)
                if _spor is not None:
                    _spor.append(_trin_tid('sammenlagt tid på ledighedsydelse i ydelsesforløb inden for de seneste 18 måneder', _t8, _t10, '§ 103, stk. 1'))
                _t9 = _tvetydig(_t10, '§ 103, stk. 1') if isinstance(_t10, tuple) else _t10
            _t11: bool | Udfald = _t9 if isinstance(_t9, Udfald) else _t9 >= 52
            if _t11 is False or _t4 is True:
                _t4 = _t11
        return _t4 if isinstance(_t4, Udfald) else Udfald('værdi', _t4, ('§ 103, stk. 1',), None, None)
    return _O1


def fleksjob_første_opfølgning(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ansættelsestid i fleksjob før den første opfølgning'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_fleksjob_første_opfølgning(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (fleksjobvisiterede) and (ydelse == 'fleksløntilskud')  # § 104, stk. 1
        if _r1:
            return _V78
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fleksjob_første_opfølgning(borger, skøn)


def _eksakt_fleksjob_første_opfølgning(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fleksjob_første_opfølgning; se SEMANTICS.md.
    _g_fleksjobvisiterede: bool | Udfald | None = None
    # § 104, stk. 1
    if _g_fleksjobvisiterede is None:
        _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
    _r1: bool | Udfald = _g_fleksjobvisiterede
    if _r1 is not False:
        _t1 = borger.ydelse
        _t2: str | Udfald = _M92 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'fleksløntilskud'
        if _t3 is False or _r1 is True:
            _r1 = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 104, stk. 1
        return _V78
    return _O1


def fleksjob_opfølgning_interval(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Tid mellem de følgende opfølgninger på fleksjob'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_fleksjob_opfølgning_interval(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        fleksjobvisiterede = (ydelse in ('ledighedsydelse', 'fleksløntilskud'))  # målgruppe 7 fleksjobvisiterede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (fleksjobvisiterede) and (ydelse == 'fleksløntilskud')  # § 104, stk. 2
        if _r1:
            return _V79
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fleksjob_opfølgning_interval(borger, skøn)


def _eksakt_fleksjob_opfølgning_interval(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fleksjob_opfølgning_interval; se SEMANTICS.md.
    _g_fleksjobvisiterede: bool | Udfald | None = None
    # § 104, stk. 2
    if _g_fleksjobvisiterede is None:
        _g_fleksjobvisiterede = _målgruppe_fleksjobvisiterede(borger, skøn)
    _r1: bool | Udfald = _g_fleksjobvisiterede
    if _r1 is not False:
        _t1 = borger.ydelse
        _t2: str | Udfald = _M93 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'fleksløntilskud'
        if _t3 is False or _r1 is True:
            _r1 = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 104, stk. 2
        return _V79
    return _O1


def skånejob_første_opfølgning(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste opfølgning efter ansættelse i et skånejob'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_skånejob_første_opfølgning(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (førtidspensionister)  # § 104, stk. 3
        if _r1:
            return _V80
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_skånejob_første_opfølgning(borger, skøn)


def _eksakt_skånejob_første_opfølgning(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for skånejob_første_opfølgning; se SEMANTICS.md.
    _g_førtidspensionister: bool | Udfald | None = None
    # § 104, stk. 3
    if _g_førtidspensionister is None:
        _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
    _r1: bool | Udfald = _g_førtidspensionister
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 104, stk. 3
        return _V80
    return _O1


def skånejob_opfølgning_interval(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Længste tid mellem opfølgninger på et skånejob'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_skånejob_opfølgning_interval(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        førtidspensionister = (ydelse == 'førtidspension')  # målgruppe 6 førtidspensionister
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (førtidspensionister)  # § 104, stk. 4
        if _r1:
            return _V81
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_skånejob_opfølgning_interval(borger, skøn)


def _eksakt_skånejob_opfølgning_interval(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for skånejob_opfølgning_interval; se SEMANTICS.md.
    _g_førtidspensionister: bool | Udfald | None = None
    # § 104, stk. 4
    if _g_førtidspensionister is None:
        _g_førtidspensionister = _målgruppe_førtidspensionister(borger, skøn)
    _r1: bool | Udfald = _g_førtidspensionister
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 104, stk. 4
        return _V81
    return _O1


def opfølgning_fast_kadence(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Opfølgning på ydelsen skal ske med en fast, lovbestemt kadence'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000002:  # mangler ydelse, eller forklaring
        return _eksakt_opfølgning_fast_kadence(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 104, stk. 6
        if _r1:
            return Udfald('værdi', (ydelse in ('fleksløntilskud', 'førtidspension')), ('§ 104, stk. 6',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opfølgning_fast_kadence(borger, skøn)


def _eksakt_opfølgning_fast_kadence(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opfølgning_fast_kadence; se SEMANTICS.md.
    # § 104, stk. 6
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 104, stk. 6
        _t1 = borger.ydelse
        _t2: str | Udfald = _M94 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 in ('fleksløntilskud', 'førtidspension')
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 104, stk. 6',), None, None)
    return _O1


def voksenlærling_tilskud(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Tilskud pr. time til arbejdsgiveren for en voksenlærling'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0xb8000002:  # mangler ydelse, uddannelsesniveau, beskæftiget, vl_positivliste, eller forklaring
        return _eksakt_voksenlærling_tilskud(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    uddannelsesniveau: str = borger.uddannelsesniveau  # type: ignore[assignment]
    beskæftiget: bool = borger.beskæftiget  # type: ignore[assignment]
    vl_positivliste: bool = borger.vl_positivliste  # type: ignore[assignment]
    try:
        _v_ledighed_ydelse = _værdi_ledighed_ydelse(borger, skøn)
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = ((((uddannelsesniveau == 'ufaglært') and (not beskæftiget)) and (_v_ledighed_ydelse < _K3)) and vl_positivliste)  # § 98, stk. 2
        _r3 = ((((uddannelsesniveau == 'ufaglært') and (not beskæftiget)) and (_v_ledighed_ydelse > _K3)) and (ydelse in ('dagpenge', 'kontanthjælp', 'uddannelseshjælp')))  # § 98, stk. 3
        _r4 = (((uddannelsesniveau == 'ufaglært') and beskæftiget) and vl_positivliste)  # § 98, stk. 4
        _r5 = ((((uddannelsesniveau == 'faglært') and (not beskæftiget)) and (ydelse in ('dagpenge', 'kontanthjælp'))) and ((_v_ledighed_ydelse > 52) or ((_v_ledighed_ydelse > 26) and vl_positivliste)))  # § 98, stk. 5
        _r6 = ((((uddannelsesniveau == 'faglært_forældet') and (not beskæftiget)) and (ydelse in ('dagpenge', 'kontanthjælp'))) and (_v_ledighed_ydelse > _K3))  # § 98, stk. 6
        _r1 = not (_r2 or _r3 or _r4 or _r5 or _r6)  # § 98, stk. 1
        _n = _r1 + _r2 + _r3 + _r4 + _r5 + _r6
        if _n == 1:
            if _r1:
                return _V82
            if _r2:
                return _V83
            if _r3:
                return _V84
            if _r4:
                return _V85
            if _r5:
                return _V86
            return _V87
        if _n > 1:
            return _konflikt(('§ 98, stk. 1', _r1), ('§ 98, stk. 2', _r2), ('§ 98, stk. 3', _r3), ('§ 98, stk. 4', _r4), ('§ 98, stk. 5', _r5), ('§ 98, stk. 6', _r6))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_voksenlærling_tilskud(borger, skøn)


def _eksakt_voksenlærling_tilskud(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for voksenlærling_tilskud; se SEMANTICS.md.
    # § 98, stk. 1
    _r1: bool | Udfald = True
    # § 98, stk. 2
    _t1 = borger.uddannelsesniveau
    _t2: str | Udfald = _M95 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'ufaglært'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.beskæftiget
        _t6: bool | Udfald = _M96 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else not _t6
        if _t7 is False or _t4 is True:
            _t4 = _t7
    _t8: bool | Udfald = _t4
    if _t8 is not False:
        _t9 = ledighed_ydelse(borger, skøn)
        _t10: int | Fraction | Udfald = cast('int | Fraction', _t9.værdi) if _t9.art == 'værdi' else _t9
        _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else _t10 < _K3
        if _t11 is False or _t8 is True:
            _t8 = _t11
    _t12: bool | Udfald = _t8
    if _t12 is not False:
        _t13 = borger.vl_positivliste
        _t14: bool | Udfald = _M97 if _t13 is None else _t13
        if _t14 is False or _t12 is True:
            _t12 = _t14
    _r2: bool | Udfald = _t12
    # § 98, stk. 3
    _t15 = borger.uddannelsesniveau
    _t16: str | Udfald = _M98 if _t15 is None else _t15
    _t17: bool | Udfald = _t16 if isinstance(_t16, Udfald) else _t16 == 'ufaglært'
    _t18: bool | Udfald = _t17
    if _t18 is not False:
        _t19 = borger.beskæftiget
        _t20: bool | Udfald = _M99 if _t19 is None else _t19
        _t21: bool | Udfald = _t20 if isinstance(_t20, Udfald) else not _t20
        if _t21 is False or _t18 is True:
            _t18 = _t21
    _t22: bool | Udfald = _t18
    if _t22 is not False:
        _t23 = ledighed_ydelse(borger, skøn)
        _t24: int | Fraction | Udfald = cast('int | Fraction', _t23.værdi) if _t23.art == 'værdi' else _t23
        _t25: bool | Udfald = _t24 if isinstance(_t24, Udfald) else _t24 > _K3
        if _t25 is False or _t22 is True:
            _t22 = _t25
    _t26: bool | Udfald = _t22
    if _t26 is not False:
        _t27 = borger.ydelse
        _t28: str | Udfald = _M100 if _t27 is None else _t27
        _t29: bool | Udfald = _t28 if isinstance(_t28, Udfald) else _t28 in ('dagpenge', 'kontanthjælp', 'uddannelseshjælp')
        if _t29 is False or _t26 is True:
            _t26 = _t29
    _r3: bool | Udfald = _t26
    # § 98, stk. 4
    _t30 = borger.uddannelsesniveau
    _t31: str | Udfald = _M101 if _t30 is None else _t30
    _t32: bool | Udfald = _t31 if isinstance(_t31, Udfald) else _t31 == 'ufaglært'
    _t33: bool | Udfald = _t32
    if _t33 is not False:
        _t34 = borger.beskæftiget
        _t35: bool | Udfald = _M102 if _t34 is None else _t34
        if _t35 is False or _t33 is True:
            _t33 = _t35
    _t36: bool | Udfald = _t33
    if _t36 is not False:
        _t37 = borger.vl_positivliste
        _t38: bool | Udfald = _M103 if _t37 is None else _t37
        if _t38 is False or _t36 is True:
            _t36 = _t38
    _r4: bool | Udfald = _t36
    # § 98, stk. 5
    _t39 = borger.uddannelsesniveau
    _t40: str | Udfald = _M104 if _t39 is None else _t39
    _t41: bool | Udfald = _t40 if isinstance(_t40, Udfald) else _t40 == 'faglært'
    _t42: bool | Udfald = _t41
    if _t42 is not False:
        _t43 = borger.beskæftiget
        _t44: bool | Udfald = _M105 if _t43 is None else _t43
        _t45: bool | Udfald = _t44 if isinstance(_t44, Udfald) else not _t44
        if _t45 is False or _t42 is True:
            _t42 = _t45
    _t46: bool | Udfald = _t42
    if _t46 is not False:
        _t47 = borger.ydelse
        _t48: str | Udfald = _M106 if _t47 is None else _t47
        _t49: bool | Udfald = _t48 if isinstance(_t48, Udfald) else _t48 in ('dagpenge', 'kontanthjælp')
        if _t49 is False or _t46 is True:
            _t46 = _t49
    _t50: bool | Udfald = _t46
    if _t50 is not False:
        _t51 = ledighed_ydelse(borger, skøn)
        _t52: int | Fraction | Udfald = cast('int | Fraction', _t51.værdi) if _t51.art == 'værdi' else _t51
        _t53: bool | Udfald = _t52 if isinstance(_t52, Udfald) else _t52 > 52
        _t54: bool | Udfald = _t53
        if _t54 is not True:
            _t55 = ledighed_ydelse(borger, skøn)
            _t56: int | Fraction | Udfald = cast('int | Fraction', _t55.værdi) if _t55.art == 'værdi' else _t55
            _t57: bool | Udfald = _t56 if isinstance(_t56, Udfald) else _t56 > 26
            _t58: bool | Udfald = _t57
            if _t58 is not False:
                _t59 = borger.vl_positivliste
                _t60: bool | Udfald = _M107 if _t59 is None else _t59
                if _t60 is False or _t58 is True:
                    _t58 = _t60
            if _t58 is True or _t54 is False:
                _t54 = _t58
        if _t54 is False or _t50 is True:
            _t50 = _t54
    _r5: bool | Udfald = _t50
    # § 98, stk. 6
    _t61 = borger.uddannelsesniveau
    _t62: str | Udfald = _M108 if _t61 is None else _t61
    _t63: bool | Udfald = _t62 if isinstance(_t62, Udfald) else _t62 == 'faglært_forældet'
    _t64: bool | Udfald = _t63
    if _t64 is not False:
        _t65 = borger.beskæftiget
        _t66: bool | Udfald = _M109 if _t65 is None else _t65
        _t67: bool | Udfald = _t66 if isinstance(_t66, Udfald) else not _t66
        if _t67 is False or _t64 is True:
            _t64 = _t67
    _t68: bool | Udfald = _t64
    if _t68 is not False:
        _t69 = borger.ydelse
        _t70: str | Udfald = _M110 if _t69 is None else _t69
        _t71: bool | Udfald = _t70 if isinstance(_t70, Udfald) else _t70 in ('dagpenge', 'kontanthjælp')
        if _t71 is False or _t68 is True:
            _t68 = _t71
    _t72: bool | Udfald = _t68
    if _t72 is not False:
        _t73 = ledighed_ydelse(borger, skøn)
        _t74: int | Fraction | Udfald = cast('int | Fraction', _t73.værdi) if _t73.art == 'værdi' else _t73
        _t75: bool | Udfald = _t74 if isinstance(_t74, Udfald) else _t74 > _K3
        if _t75 is False or _t72 is True:
            _t72 = _t75
    _r6: bool | Udfald = _t72
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4, _r5, _r6))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    if isinstance(_r5, Udfald):
        return _r5
    if isinstance(_r6, Udfald):
        return _r6
    _w1 = _r1 is True and not (_r2 is True or _r3 is True or _r4 is True or _r5 is True or _r6 is True)
    _w2 = _r2 is True
    _w3 = _r3 is True
    _w4 = _r4 is True
    _w5 = _r5 is True
    _w6 = _r6 is True
    if _w1 + _w2 + _w3 + _w4 + _w5 + _w6 > 1:
        return _konflikt(('§ 98, stk. 1', _w1), ('§ 98, stk. 2', _w2), ('§ 98, stk. 3', _w3), ('§ 98, stk. 4', _w4), ('§ 98, stk. 5', _w5), ('§ 98, stk. 6', _w6))
    if _w1:  # § 98, stk. 1
        return _V82
    if _w2:  # § 98, stk. 2
        return _V83
    if _w3:  # § 98, stk. 3
        return _V84
    if _w4:  # § 98, stk. 4
        return _V85
    if _w5:  # § 98, stk. 5
        return _V86
    if _w6:  # § 98, stk. 6
        return _V87
    return _O1


def voksenlærling_periode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Periode, tilskuddet gives i'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0xc0000000:  # mangler uddannelsens_varighed, eller forklaring
        return _eksakt_voksenlærling_periode(borger, skøn)
    uddannelsens_varighed: int | Fraction = borger.uddannelsens_varighed  # type: ignore[assignment]
    try:
        _v_voksenlærling_tilskud = _værdi_voksenlærling_tilskud(borger, skøn)
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (_v_voksenlærling_tilskud == _K5)  # § 98, stk. 7
        _r2 = (_v_voksenlærling_tilskud == _K6)  # § 98, stk. 8
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V88
            return Udfald('værdi', uddannelsens_varighed, ('§ 98, stk. 8',), None, None)
        if _n > 1:
            return _konflikt(('§ 98, stk. 7', _r1), ('§ 98, stk. 8', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_voksenlærling_periode(borger, skøn)


def _eksakt_voksenlærling_periode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for voksenlærling_periode; se SEMANTICS.md.
    # § 98, stk. 7
    _t1 = voksenlærling_tilskud(borger, skøn)
    _t2: Decimal | Udfald = cast('Decimal', _t1.værdi) if _t1.art == 'værdi' else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == _K5
    _r1: bool | Udfald = _t3
    # § 98, stk. 8
    _t4 = voksenlærling_tilskud(borger, skøn)
    _t5: Decimal | Udfald = cast('Decimal', _t4.værdi) if _t4.art == 'værdi' else _t4
    _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 == _K6
    _r2: bool | Udfald = _t6
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 98, stk. 7', _w1), ('§ 98, stk. 8', _w2))
    if _w1:  # § 98, stk. 7
        return _V88
    if _w2:  # § 98, stk. 8
        _t7 = borger.uddannelsens_varighed
        _t8: int | Fraction | Udfald = _M111 if _t7 is None else _t7
        return _t8 if isinstance(_t8, Udfald) else Udfald('værdi', _t8, ('§ 98, stk. 8',), None, None)
    return _O1


def _værdi_første_samtale_frist(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = første_samtale_frist(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_cv_frist(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = cv_frist(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_akasse_ansvarsperiode(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = akasse_ansvarsperiode(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_cv_samtale_frist(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = cv_samtale_frist(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_første_fællessamtale_frist(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = første_fællessamtale_frist(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_ledighed_ydelse(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = ledighed_ydelse(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_jobrettet_uddannelse_karens(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = jobrettet_uddannelse_karens(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_løntilskud_kan(borger: Borger, skøn: Mapping[str, bool]) -> bool:
    udfald = løntilskud_kan(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_løntilskud_ledighedskrav_opfyldt(borger: Borger, skøn: Mapping[str, bool]) -> bool:
    udfald = løntilskud_ledighedskrav_opfyldt(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_fleksjob_midlertidigt(borger: Borger, skøn: Mapping[str, bool]) -> bool:
    udfald = fleksjob_midlertidigt(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_voksenlærling_tilskud(borger: Borger, skøn: Mapping[str, bool]) -> Decimal:
    udfald = voksenlærling_tilskud(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


BEGREBER: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    'alder': ('heltal', ()),
    'ydelse': ('valg', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse')),
    'visitation': ('valg', ('jobparat', 'aktivitetsparat', 'uddannelsesparat')),
    'visitationskategori': ('valg', ('kategori_1', 'kategori_2', 'kategori_3')),
    'jobafklaring': ('sandhedsværdi', ()),
    'dimittend_med_handicap': ('sandhedsværdi', ()),
    'opgørelsesdato': ('dato', ()),
    'ydelsesforløb': ('forløb', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse')),
    'første_henvendelse': ('dato', ()),
    'tilmeldt': ('dato', ()),
    'ydelsesskift': ('sandhedsværdi', ()),
    'enlig_forsørger': ('sandhedsværdi', ()),
    'gymnasial_uddannelse': ('sandhedsværdi', ()),
    'erhvervskompetencegivende_uddannelse': ('sandhedsværdi', ()),
    'forsørgerpligt_børn': ('sandhedsværdi', ()),
    'ledighed_efter_ret_og_pligt': ('uger', ()),
    'su_opbrugt': ('sandhedsværdi', ()),
    'læsetest_viser_behov': ('sandhedsværdi', ()),
    'ansat': ('sandhedsværdi', ()),
    'kun_ledighed_som_udfordring': ('sandhedsværdi', ()),
    'åbenlyst_uddannelsesparat': ('sandhedsværdi', ()),
    'arbejdsgiver': ('valg', ('offentlig', 'privat')),
    'dimittend': ('sandhedsværdi', ()),
    'kort_videregående_uddannelse': ('sandhedsværdi', ()),
    'ordinær_beskæftigelse_efter_uddannelse': ('sandhedsværdi', ()),
    'erhvervserfaring': ('sandhedsværdi', ()),
    'langvarig_ledighed': ('sandhedsværdi', ()),
    'uddannelsesniveau': ('valg', ('ufaglært', 'faglært', 'faglært_forældet')),
    'beskæftiget': ('sandhedsværdi', ()),
    'vl_positivliste': ('sandhedsværdi', ()),
    'uddannelsens_varighed': ('uger', ()),
}
_FELT: Final[dict[str, str]] = {
    'alder': 'alder',
    'ydelse': 'ydelse',
    'visitation': 'visitation',
    'visitationskategori': 'visitationskategori',
    'jobafklaring': 'jobafklaring',
    'dimittend_med_handicap': 'dimittend_med_handicap',
    'opgørelsesdato': 'opgørelsesdato',
    'ydelsesforløb': 'ydelsesforløb',
    'første_henvendelse': 'første_henvendelse',
    'tilmeldt': 'tilmeldt',
    'ydelsesskift': 'ydelsesskift',
    'enlig_forsørger': 'enlig_forsørger',
    'gymnasial_uddannelse': 'gymnasial_uddannelse',
    'erhvervskompetencegivende_uddannelse': 'erhvervskompetencegivende_uddannelse',
    'forsørgerpligt_børn': 'forsørgerpligt_børn',
    'ledighed_efter_ret_og_pligt': 'ledighed_efter_ret_og_pligt',
    'su_opbrugt': 'su_opbrugt',
    'læsetest_viser_behov': 'læsetest_viser_behov',
    'ansat': 'ansat',
    'kun_ledighed_som_udfordring': 'kun_ledighed_som_udfordring',
    'åbenlyst_uddannelsesparat': 'åbenlyst_uddannelsesparat',
    'arbejdsgiver': 'arbejdsgiver',
    'dimittend': 'dimittend',
    'kort_videregående_uddannelse': 'kort_videregående_uddannelse',
    'ordinær_beskæftigelse_efter_uddannelse': 'ordinær_beskæftigelse_efter_uddannelse',
    'erhvervserfaring': 'erhvervserfaring',
    'langvarig_ledighed': 'langvarig_ledighed',
    'uddannelsesniveau': 'uddannelsesniveau',
    'beskæftiget': 'beskæftiget',
    'vl_positivliste': 'vl_positivliste',
    'uddannelsens_varighed': 'uddannelsens_varighed',
}
_BEGREB_AF_FELT: Final[dict[str, str]] = {felt: navn for navn, felt in _FELT.items()}
SKØN: Final[dict[str, str]] = {
    'konkret_individuel_vurdering': 'konkret individuel vurdering',
    'i_oevrigt_vanskeligt_ved_at_opnaa_beskaeftigelse_med_loentilskud': 'i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud',
    'risiko_for_saerlig_langtidsledighed': 'risiko for særlig langtidsledighed',
}
_SKØNSORDLYD: Final[frozenset[str]] = frozenset(SKØN.values())
_MÅLGRUPPER: Final[dict[str, tuple[Callable[[Borger, Mapping[str, bool]], bool | Udfald], str]]] = {
    'dagpengemodtagere': (_målgruppe_dagpengemodtagere, 'målgruppe 1 dagpengemodtagere'),
    'jobparate_kontanthjælpsmodtagere': (_målgruppe_jobparate_kontanthjælpsmodtagere, 'målgruppe 2 jobparate_kontanthjælpsmodtagere'),
    'aktivitetsparate_kontanthjælpsmodtagere': (_målgruppe_aktivitetsparate_kontanthjælpsmodtagere, 'målgruppe 3 aktivitetsparate_kontanthjælpsmodtagere'),
    'revalidender': (_målgruppe_revalidender, 'målgruppe 4 revalidender'),
    'sygedagpengemodtagere': (_målgruppe_sygedagpengemodtagere, 'målgruppe 5 sygedagpengemodtagere'),
    'førtidspensionister': (_målgruppe_førtidspensionister, 'målgruppe 6 førtidspensionister'),
    'fleksjobvisiterede': (_målgruppe_fleksjobvisiterede, 'målgruppe 7 fleksjobvisiterede'),
    'dimittender_med_handicap': (_målgruppe_dimittender_med_handicap, 'målgruppe 8 dimittender_med_handicap'),
    'unge_under_18': (_målgruppe_unge_under_18, 'målgruppe 9 unge_under_18'),
    'selvforsørgende': (_målgruppe_selvforsørgende, 'målgruppe 10 selvforsørgende'),
    'ressourceforløb': (_målgruppe_ressourceforløb, 'målgruppe 11 ressourceforløb'),
    'uddannelsesparate_uddannelseshjælpsmodtagere': (_målgruppe_uddannelsesparate_uddannelseshjælpsmodtagere, 'målgruppe 12 uddannelsesparate_uddannelseshjælpsmodtagere'),
    'aktivitetsparate_uddannelseshjælpsmodtagere': (_målgruppe_aktivitetsparate_uddannelseshjælpsmodtagere, 'målgruppe 13 aktivitetsparate_uddannelseshjælpsmodtagere'),
    'jobafklaringsforløb': (_målgruppe_jobafklaringsforløb, 'målgruppe 14 jobafklaringsforløb'),
}
RESULTATER: Final[dict[str, Callable[[Borger, Mapping[str, bool]], Udfald]]] = {
    'første_samtale_frist': første_samtale_frist,
    'cv_frist': cv_frist,
    'samtaler_startperiode_antal': samtaler_startperiode_antal,
    'samtaler_startperiode': samtaler_startperiode,
    'samtaler_min_antal': samtaler_min_antal,
    'samtale_periode': samtale_periode,
    'samtale_interval': samtale_interval,
    'samtale_efter_behov': samtale_efter_behov,
    'kontaktforløb_starter_forfra': kontaktforløb_starter_forfra,
    'første_samtale_senest': første_samtale_senest,
    'cv_senest': cv_senest,
    'opfølgningssamtaler': opfølgningssamtaler,
    'akasse_ansvarsperiode': akasse_ansvarsperiode,
    'akasse_har_kontaktforløbet': akasse_har_kontaktforløbet,
    'cv_samtale_frist': cv_samtale_frist,
    'første_fællessamtale_frist': første_fællessamtale_frist,
    'cv_samtale_senest': cv_samtale_senest,
    'første_fællessamtale_senest': første_fællessamtale_senest,
    'fællessamtaler_antal': fællessamtaler_antal,
    'fællessamtaler_periode': fællessamtaler_periode,
    'ledighed_ydelse': ledighed_ydelse,
    'første_tilbud_frist': første_tilbud_frist,
    'gentaget_tilbud_frist': gentaget_tilbud_frist,
    'tilbud_mindste_varighed': tilbud_mindste_varighed,
    'ordinær_uddannelse_kan': ordinær_uddannelse_kan,
    'opkvalificering_kan': opkvalificering_kan,
    'opkvalificering_varighedsbegrænset': opkvalificering_varighedsbegrænset,
    'opkvalificering_højst': opkvalificering_højst,
    'opkvalificering_formål': opkvalificering_formål,
    'læse_skrive_regne_ret': læse_skrive_regne_ret,
    'realkompetencevurdering_ret': realkompetencevurdering_ret,
    'jobrettet_uddannelse_højst': jobrettet_uddannelse_højst,
    'jobrettet_uddannelse_karens': jobrettet_uddannelse_karens,
    'jobrettet_uddannelse_kan': jobrettet_uddannelse_kan,
    'jobrettet_uddannelse_afsluttet_inden': jobrettet_uddannelse_afsluttet_inden,
    'regional_pulje_varighedsbegrænset': regional_pulje_varighedsbegrænset,
    'opkvalificering_ved_ansættelse_ledighedskrav': opkvalificering_ved_ansættelse_ledighedskrav,
    'kompetencegivende_uddannelse_kan': kompetencegivende_uddannelse_kan,
    'praktik_varighed': praktik_varighed,
    'løntilskud_kan': løntilskud_kan,
    'løntilskud_ledighedskrav_opfyldt': løntilskud_ledighedskrav_opfyldt,
    'løntilskud_ret': løntilskud_ret,
    'løntilskud_varighed': løntilskud_varighed,
    'løntilskud_formål': løntilskud_formål,
    'løntilskud_vilkår_privat': løntilskud_vilkår_privat,
    'løntilskud_vilkår_offentlig': løntilskud_vilkår_offentlig,
    'løntilskud_arbejdstid_offentlig': løntilskud_arbejdstid_offentlig,
    'løntilskud_selvfundet_ret': løntilskud_selvfundet_ret,
    'rehabiliteringsteam_første_møde': rehabiliteringsteam_første_møde,
    'fleksjob_før_fuld_afklaring': fleksjob_før_fuld_afklaring,
    'fleksjob_midlertidigt': fleksjob_midlertidigt,
    'fleksjob_vurdering_efter': fleksjob_vurdering_efter,
    'særskilt_revurdering': særskilt_revurdering,
    'fleksjob_første_opfølgning': fleksjob_første_opfølgning,
    'fleksjob_opfølgning_interval': fleksjob_opfølgning_interval,
    'skånejob_første_opfølgning': skånejob_første_opfølgning,
    'skånejob_opfølgning_interval': skånejob_opfølgning_interval,
    'opfølgning_fast_kadence': opfølgning_fast_kadence,
    'voksenlærling_tilskud': voksenlærling_tilskud,
    'voksenlærling_periode': voksenlærling_periode,
}
_EKSAKT: Final[dict[str, Callable[[Borger, Mapping[str, bool], list[object] | None], Udfald]]] = {
    'første_samtale_frist': _eksakt_første_samtale_frist,
    'cv_frist': _eksakt_cv_frist,
    'samtaler_startperiode_antal': _eksakt_samtaler_startperiode_antal,
    'samtaler_startperiode': _eksakt_samtaler_startperiode,
    'samtaler_min_antal': _eksakt_samtaler_min_antal,
    'samtale_periode': _eksakt_samtale_periode,
    'samtale_interval': _eksakt_samtale_interval,
    'samtale_efter_behov': _eksakt_samtale_efter_behov,
    'kontaktforløb_starter_forfra': _eksakt_kontaktforløb_starter_forfra,
    'første_samtale_senest': _eksakt_første_samtale_senest,
    'cv_senest': _eksakt_cv_senest,
    'opfølgningssamtaler': _eksakt_opfølgningssamtaler,
    'akasse_ansvarsperiode': _eksakt_akasse_ansvarsperiode,
    'akasse_har_kontaktforløbet': _eksakt_akasse_har_kontaktforløbet,
    'cv_samtale_frist': _eksakt_cv_samtale_frist,
    'første_fællessamtale_frist': _eksakt_første_fællessamtale_frist,
    'cv_samtale_senest': _eksakt_cv_samtale_senest,
    'første_fællessamtale_senest': _eksakt_første_fællessamtale_senest,
    'fællessamtaler_antal': _eksakt_fællessamtaler_antal,
    'fællessamtaler_periode': _eksakt_fællessamtaler_periode,
    'ledighed_ydelse': _eksakt_ledighed_ydelse,
    'første_tilbud_frist': _eksakt_første_tilbud_frist,
    'gentaget_tilbud_frist': _eksakt_gentaget_tilbud_frist,
    'tilbud_mindste_varighed': _eksakt_tilbud_mindste_varighed,
    'ordinær_uddannelse_kan': _eksakt_ordinær_uddannelse_kan,
    'opkvalificering_kan': _eksakt_opkvalificering_kan,
    'opkvalificering_varighedsbegrænset': _eksakt_opkvalificering_varighedsbegrænset,
    'opkvalificering_højst': _eksakt_opkvalificering_højst,
    'opkvalificering_formål': _eksakt_opkvalificering_formål,
    'læse_skrive_regne_ret': _eksakt_læse_skrive_regne_ret,
    'realkompetencevurdering_ret': _eksakt_realkompetencevurdering_ret,
    'jobrettet_uddannelse_højst': _eksakt_jobrettet_uddannelse_højst,
    'jobrettet_uddannelse_karens': _eksakt_jobrettet_uddannelse_karens,
    'jobrettet_uddannelse_kan': _eksakt_jobrettet_uddannelse_kan,
    'jobrettet_uddannelse_afsluttet_inden': _eksakt_jobrettet_uddannelse_afsluttet_inden,
    'regional_pulje_varighedsbegrænset': _eksakt_regional_pulje_varighedsbegrænset,
    'opkvalificering_ved_ansættelse_ledighedskrav': _eksakt_opkvalificering_ved_ansættelse_ledighedskrav,
    'kompetencegivende_uddannelse_kan': _eksakt_kompetencegivende_uddannelse_kan,
    'praktik_varighed': _eksakt_praktik_varighed,
    'løntilskud_kan': _eksakt_løntilskud_kan,
    'løntilskud_ledighedskrav_opfyldt': _eksakt_løntilskud_ledighedskrav_opfyldt,
    'løntilskud_ret': _eksakt_løntilskud_ret,
    'løntilskud_varighed': _eksakt_løntilskud_varighed,
    'løntilskud_formål': _eksakt_løntilskud_formål,
    'løntilskud_vilkår_privat': _eksakt_løntilskud_vilkår_privat,
    'løntilskud_vilkår_offentlig': _eksakt_løntilskud_vilkår_offentlig,
    'løntilskud_arbejdstid_offentlig': _eksakt_løntilskud_arbejdstid_offentlig,
    'løntilskud_selvfundet_ret': _eksakt_løntilskud_selvfundet_ret,
    'rehabiliteringsteam_første_møde': _eksakt_rehabiliteringsteam_første_møde,
    'fleksjob_før_fuld_afklaring': _eksakt_fleksjob_før_fuld_afklaring,
    'fleksjob_midlertidigt': _eksakt_fleksjob_midlertidigt,
    'fleksjob_vurdering_efter': _eksakt_fleksjob_vurdering_efter,
    'særskilt_revurdering': _eksakt_særskilt_revurdering,
    'fleksjob_første_opfølgning': _eksakt_fleksjob_første_opfølgning,
    'fleksjob_opfølgning_interval': _eksakt_fleksjob_opfølgning_interval,
    'skånejob_første_opfølgning': _eksakt_skånejob_første_opfølgning,
    'skånejob_opfølgning_interval': _eksakt_skånejob_opfølgning_interval,
    'opfølgning_fast_kadence': _eksakt_opfølgning_fast_kadence,
    'voksenlærling_tilskud': _eksakt_voksenlærling_tilskud,
    'voksenlærling_periode': _eksakt_voksenlærling_periode,
}
_TYPER: Final[dict[str, str]] = {
    'første_samtale_frist': 'uger',
    'cv_frist': 'uger',
    'samtaler_startperiode_antal': 'heltal',
    'samtaler_startperiode': 'uger',
    'samtaler_min_antal': 'heltal',
    'samtale_periode': 'uger',
    'samtale_interval': 'uger',
    'samtale_efter_behov': 'sandhedsværdi',
    'kontaktforløb_starter_forfra': 'sandhedsværdi',
    'første_samtale_senest': 'dato',
    'cv_senest': 'dato',
    'opfølgningssamtaler': 'kadence',
    'akasse_ansvarsperiode': 'uger',
    'akasse_har_kontaktforløbet': 'sandhedsværdi',
    'cv_samtale_frist': 'uger',
    'første_fællessamtale_frist': 'uger',
    'cv_samtale_senest': 'dato',
    'første_fællessamtale_senest': 'dato',
    'fællessamtaler_antal': 'heltal',
    'fællessamtaler_periode': 'uger',
    'ledighed_ydelse': 'uger',
    'første_tilbud_frist': 'uger',
    'gentaget_tilbud_frist': 'uger',
    'tilbud_mindste_varighed': 'uger',
    'ordinær_uddannelse_kan': 'sandhedsværdi',
    'opkvalificering_kan': 'sandhedsværdi',
    'opkvalificering_varighedsbegrænset': 'sandhedsværdi',
    'opkvalificering_højst': 'uger',
    'opkvalificering_formål': 'tekst',
    'læse_skrive_regne_ret': 'sandhedsværdi',
    'realkompetencevurdering_ret': 'sandhedsværdi',
    'jobrettet_uddannelse_højst': 'uger',
    'jobrettet_uddannelse_karens': 'uger',
    'jobrettet_uddannelse_kan': 'sandhedsværdi',
    'jobrettet_uddannelse_afsluttet_inden': 'uger',
    'regional_pulje_varighedsbegrænset': 'sandhedsværdi',
    'opkvalificering_ved_ansættelse_ledighedskrav': 'uger',
    'kompetencegivende_uddannelse_kan': 'sandhedsværdi',
    'praktik_varighed': 'uger',
    'løntilskud_kan': 'sandhedsværdi',
    'løntilskud_ledighedskrav_opfyldt': 'sandhedsværdi',
    'løntilskud_ret': 'sandhedsværdi',
    'løntilskud_varighed': 'uger',
    'løntilskud_formål': 'tekst',
    'løntilskud_vilkår_privat': 'tekst',
    'løntilskud_vilkår_offentlig': 'tekst',
    'løntilskud_arbejdstid_offentlig': 'tekst',
    'løntilskud_selvfundet_ret': 'sandhedsværdi',
    'rehabiliteringsteam_første_møde': 'sandhedsværdi',
    'fleksjob_før_fuld_afklaring': 'sandhedsværdi',
    'fleksjob_midlertidigt': 'sandhedsværdi',
    'fleksjob_vurdering_efter': 'uger',
    'særskilt_revurdering': 'sandhedsværdi',
    'fleksjob_første_opfølgning': 'uger',
    'fleksjob_opfølgning_interval': 'uger',
    'skånejob_første_opfølgning': 'uger',
    'skånejob_opfølgning_interval': 'uger',
    'opfølgning_fast_kadence': 'sandhedsværdi',
    'voksenlærling_tilskud': 'beløb',
    'voksenlærling_periode': 'uger',
}
_REGLER: Final[dict[str, tuple[tuple[str, frozenset[str]], ...]]] = {
    'første_samtale_frist': (
        ('§ 16, stk. 1', frozenset()),
    ),
    'cv_frist': (
        ('§ 16, stk. 6', frozenset()),
    ),
    'samtaler_startperiode_antal': (
        ('§ 16, stk. 2', frozenset()),
    ),
    'samtaler_startperiode': (
        ('§ 16, stk. 3', frozenset()),
    ),
    'samtaler_min_antal': (
        ('§ 15, stk. 1', frozenset()),
        ('§ 16, stk. 4', frozenset()),
    ),
    'samtale_periode': (
        ('§ 15, stk. 2', frozenset()),
        ('§ 16, stk. 5', frozenset()),
    ),
    'samtale_interval': (
        ('§ 17, stk. 1', frozenset()),
    ),
    'samtale_efter_behov': (
        ('§ 15, stk. 3', frozenset()),
        ('§ 16, stk. 7', frozenset()),
        ('§ 17, stk. 2', frozenset()),
    ),
    'kontaktforløb_starter_forfra': (
        ('§ 18, stk. 1', frozenset()),
    ),
    'første_samtale_senest': (
        ('§ 19, stk. 1', frozenset()),
    ),
    'cv_senest': (
        ('§ 19, stk. 2', frozenset()),
    ),
    'opfølgningssamtaler': (
        ('§ 19, stk. 3', frozenset()),
    ),
    'akasse_ansvarsperiode': (
        ('§ 20, stk. 1', frozenset()),
    ),
    'akasse_har_kontaktforløbet': (
        ('§ 20, stk. 2', frozenset()),
    ),
    'cv_samtale_frist': (
        ('§ 19 a, stk. 1', frozenset()),
    ),
    'første_fællessamtale_frist': (
        ('§ 19 a, stk. 2', frozenset()),
    ),
    'cv_samtale_senest': (
        ('§ 19 a, stk. 3', frozenset()),
    ),
    'første_fællessamtale_senest': (
        ('§ 19 a, stk. 4', frozenset()),
    ),
    'fællessamtaler_antal': (
        ('§ 19 b, stk. 1', frozenset()),
    ),
    'fællessamtaler_periode': (
        ('§ 19 b, stk. 2', frozenset()),
    ),
    'ledighed_ydelse': (
        ('§ 14 a, stk. 1', frozenset()),
        ('§ 14 a, stk. 2', frozenset()),
        ('§ 14 a, stk. 3', frozenset()),
        ('§ 14 a, stk. 4', frozenset()),
        ('§ 14 a, stk. 5', frozenset()),
        ('§ 14 a, stk. 6', frozenset()),
        ('§ 14 a, stk. 7', frozenset()),
        ('§ 14 a, stk. 8', frozenset()),
    ),
    'første_tilbud_frist': (
        ('§ 21, stk. 1', frozenset()),
    ),
    'gentaget_tilbud_frist': (
        ('§ 21, stk. 2', frozenset()),
    ),
    'tilbud_mindste_varighed': (
        ('§ 21, stk. 3', frozenset()),
    ),
    'ordinær_uddannelse_kan': (
        ('§ 32, stk. 1', frozenset()),
        ('§ 32, stk. 2', frozenset()),
    ),
    'opkvalificering_kan': (
        ('§ 32, stk. 3', frozenset()),
    ),
    'opkvalificering_varighedsbegrænset': (
        ('§ 34, stk. 1', frozenset()),
        ('§ 34, stk. 2', frozenset()),
        ('§ 34, stk. 3', frozenset()),
    ),
    'opkvalificering_højst': (
        ('§ 34, stk. 4', frozenset()),
    ),
    'opkvalificering_formål': (
        ('§ 32, stk. 4', frozenset()),
        ('§ 32, stk. 5', frozenset()),
    ),
    'læse_skrive_regne_ret': (
        ('§ 35, stk. 1', frozenset()),
        ('§ 35, stk. 2', frozenset()),
    ),
    'realkompetencevurdering_ret': (
        ('§ 35, stk. 3', frozenset()),
        ('§ 35, stk. 4', frozenset()),
        ('§ 35, stk. 5', frozenset()),
    ),
    'jobrettet_uddannelse_højst': (
        ('§ 36, stk. 1', frozenset()),
    ),
    'jobrettet_uddannelse_karens': (
        ('§ 36, stk. 2', frozenset()),
    ),
    'jobrettet_uddannelse_kan': (
        ('§ 36, stk. 3', frozenset()),
    ),
    'jobrettet_uddannelse_afsluttet_inden': (
        ('§ 36, stk. 4', frozenset()),
        ('§ 36, stk. 5', frozenset()),
    ),
    'regional_pulje_varighedsbegrænset': (
        ('§ 36, stk. 6', frozenset()),
    ),
    'opkvalificering_ved_ansættelse_ledighedskrav': (
        ('§ 99, stk. 1', frozenset()),
        ('§ 99, stk. 2', frozenset(('§ 99, stk. 1',))),
    ),
    'kompetencegivende_uddannelse_kan': (
        ('§ 37, stk. 1', frozenset()),
        ('§ 37, stk. 3', frozenset()),
    ),
    'praktik_varighed': (
        ('§ 44, stk. 1', frozenset()),
        ('§ 44, stk. 2', frozenset(('§ 44, stk. 1',))),
        ('§ 44, stk. 3', frozenset(('§ 44, stk. 1', '§ 44, stk. 2'))),
        ('§ 44, stk. 4', frozenset(('§ 44, stk. 1', '§ 44, stk. 2', '§ 44, stk. 3'))),
        ('§ 44, stk. 5', frozenset(('§ 44, stk. 1', '§ 44, stk. 2'))),
        ('§ 44, stk. 6', frozenset(('§ 44, stk. 1', '§ 44, stk. 2', '§ 44, stk. 5'))),
    ),
    'løntilskud_kan': (
        ('§ 51, stk. 1', frozenset()),
        ('§ 51, stk. 2', frozenset()),
        ('§ 51, stk. 3', frozenset()),
    ),
    'løntilskud_ledighedskrav_opfyldt': (
        ('§ 51, stk. 4', frozenset()),
    ),
    'løntilskud_ret': (
        ('§ 51, stk. 5', frozenset(('§ 51, stk. 6',))),
        ('§ 51, stk. 6', frozenset()),
    ),
    'løntilskud_varighed': (
        ('§ 52, stk. 1', frozenset()),
        ('§ 52, stk. 2', frozenset()),
        ('§ 52, stk. 3', frozenset()),
        ('§ 52, stk. 4', frozenset()),
    ),
    'løntilskud_formål': (
        ('§ 53, stk. 1', frozenset()),
        ('§ 53, stk. 2', frozenset()),
        ('§ 53, stk. 3', frozenset()),
    ),
    'løntilskud_vilkår_privat': (
        ('§ 53, stk. 4', frozenset()),
        ('§ 53, stk. 5', frozenset()),
        ('§ 53, stk. 6', frozenset()),
    ),
    'løntilskud_vilkår_offentlig': (
        ('§ 53, stk. 7', frozenset()),
        ('§ 53, stk. 8', frozenset()),
        ('§ 53, stk. 9', frozenset()),
        ('§ 53, stk. 10', frozenset()),
        ('§ 53, stk. 11', frozenset()),
        ('§ 53, stk. 12', frozenset()),
    ),
    'løntilskud_arbejdstid_offentlig': (
        ('§ 53, stk. 13', frozenset()),
        ('§ 53, stk. 14', frozenset()),
        ('§ 53, stk. 15', frozenset()),
        ('§ 53, stk. 16', frozenset()),
        ('§ 53, stk. 17', frozenset()),
    ),
    'løntilskud_selvfundet_ret': (
        ('§ 54, stk. 1', frozenset()),
        ('§ 54, stk. 2', frozenset()),
    ),
    'rehabiliteringsteam_første_møde': (
        ('§ 100, stk. 1', frozenset()),
    ),
    'fleksjob_før_fuld_afklaring': (
        ('§ 102, stk. 1', frozenset()),
    ),
    'fleksjob_midlertidigt': (
        ('§ 102, stk. 2', frozenset()),
    ),
    'fleksjob_vurdering_efter': (
        ('§ 102, stk. 3', frozenset()),
    ),
    'særskilt_revurdering': (
        ('§ 103, stk. 1', frozenset()),
    ),
    'fleksjob_første_opfølgning': (
        ('§ 104, stk. 1', frozenset()),
    ),
    'fleksjob_opfølgning_interval': (
        ('§ 104, stk. 2', frozenset()),
    ),
    'skånejob_første_opfølgning': (
        ('§ 104, stk. 3', frozenset()),
    ),
    'skånejob_opfølgning_interval': (
        ('§ 104, stk. 4', frozenset()),
    ),
    'opfølgning_fast_kadence': (
        ('§ 104, stk. 6', frozenset()),
    ),
    'voksenlærling_tilskud': (
        ('§ 98, stk. 1', frozenset()),
        ('§ 98, stk. 2', frozenset(('§ 98, stk. 1',))),
        ('§ 98, stk. 3', frozenset(('§ 98, stk. 1',))),
        ('§ 98, stk. 4', frozenset(('§ 98, stk. 1',))),
        ('§ 98, stk. 5', frozenset(('§ 98, stk. 1',))),
        ('§ 98, stk. 6', frozenset(('§ 98, stk. 1',))),
    ),
    'voksenlærling_periode': (
        ('§ 98, stk. 7', frozenset()),
        ('§ 98, stk. 8', frozenset()),
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
