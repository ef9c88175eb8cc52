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

LOV_TITEL: Final = "Lov om en aktiv beskæftigelsesindsats (KL's skitse)"
LOV_VERSION: Final = '2017-04'
LOV_SHA256: Final = '9e69fcce4b4b0ac1018cd61f7ae7c104aea564e9cc857980dc1f80c42e8cb1c0'

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
    'omfattet_af_loven',
    'første_samtale_frist',
    'foreløbigt_parat',
    'tilmeldes_som_jobsøgende',
    'grundig_vurdering_frist',
    'min_plan_frist',
    'uddannelsesmål_i_min_plan',
    'samtale_efter_behov',
    'samtaler_min_antal',
    'samtale_periode',
    'egen_samtale_tidligst',
    'kontaktforløb_starter_forfra',
    'ledighed_sammenlagt',
    'første_samtale_senest',
    'grundig_vurdering_senest',
    'min_plan_senest',
    'akasse_samtale_senest',
    'fællessamtale_næste_senest',
    'akasse_samtale_påkrævet',
    'fællessamtaler_antal',
    'fællessamtaler_periode',
    'fællessamtale_senest',
    'ordinær_uddannelse_kan',
    'opkvalificering_kan',
    'opkvalificering_varighedsbegrænset',
    'opkvalificering_formål',
    'læse_skrive_regne_ret',
    'realkompetencevurdering_ret',
    'kompetencegivende_uddannelse_kan',
    'jobrettet_uddannelse_højst',
    'jobrettet_uddannelse_karens',
    'jobrettet_uddannelse_kan',
    'jobrettet_uddannelse_afsluttet_inden',
    'regional_pulje_varighedsbegrænset',
    'opkvalificering_ved_ansættelse_ledighedskrav',
    'virksomhedspraktik_kan',
    'løntilskud_kan',
    'mentorstøtte_kan',
    'mentorstøtte_ret',
    'praktik_varighed',
    'nytteindsats_varighed',
    'løntilskud_ledighedskrav_opfyldt',
    'løntilskud_ret',
    'løntilskud_varighed',
    'løntilskud_selvfundet_ret',
    'løntilskud_formål',
    'løntilskud_vilkår_privat',
    'løntilskud_vilkår_offentlig',
    'løntilskud_arbejdstid_offentlig',
    'voksenlærling_tilskud',
    'voksenlærling_periode',
    'rehabiliteringsteam_første_møde',
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
    'Borgerens oplysninger: et felt pr. begreb i loven. None betyder, at oplysningen mangler.\nHvert felt kontrolleres, når en Borger laves: en forkert type eller en ukendt valgmulighed\ngiver ValueError, der nævner feltet og de gyldige værdier.\n\nalder: heltal — Borgerens alder (kilde register CPR)\nforsikret: sandhedsværdi — Medlem af en arbejdsløshedskasse (kilde register A-kasse)\nydelse: valg af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens forsørgelsesgrundlag (kilde register Ydelsesregistrene)\nbehov: valg af jobrettet, uddannelsesrettet, sammenhængende — Borgerens behov for indsats: jobrettet; uddannelsesrettet; jobrettet i sammenhæng med anden indsats, herunder social eller sundhedsfaglig indsats (kilde skøn Første samtale og vurdering)\nkompetencegivende_uddannelse: sandhedsværdi — Har en kompetencegivende uddannelse (kilde register Uddannelsesregistret)\njob_på_særlige_vilkår: sandhedsværdi — Er i fleksjob eller er førtidspensionist i skånejob (kilde register Ydelsesregistrene)\nopgørelsesdato: dato — Den dag, sagens oplysninger opgøres pr. (kilde borger)\nydelsesforløb: forløb af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens ydelser over tid: hvilken ydelse fra hvornår til hvornår (kilde register Ydelsesrefusion)\nførste_henvendelse: dato — Dato for borgerens første henvendelse til kommunen (kilde register Jobcentret)\ntilmeldt: dato — Dato for tilmelding som jobsøgende (kilde register Jobnet)\nenlig_forsørger: sandhedsværdi — Enlig forsørger (kilde register CPR)\ngymnasial_uddannelse: sandhedsværdi — Har en uddannelse på gymnasialt eller højere niveau (kilde register Uddannelsesregistret)\ndimittend: sandhedsværdi — Modtager dagpenge på dimittendvilkår (§ 54 i lov om arbejdsløshedsforsikring m.v.) (kilde register A-kasse)\nkort_videregående_uddannelse: sandhedsværdi — Har som minimum gennemført en kort videregående uddannelse (kilde register Uddannelsesregistret)\nordinær_beskæftigelse_efter_uddannelse: sandhedsværdi — Har været i ordinær beskæftigelse efter endt uddannelse (kilde register Indkomstregistret)\nerhvervserfaring: sandhedsværdi — Har erhvervserfaring (kilde register Indkomstregistret)\nlangvarig_ledighed: sandhedsværdi — Har langvarig ledighed (kilde skøn Har langvarig ledighed (loven angiver ingen grænse))\ntilmeldt_jobsøgende: sandhedsværdi — Er tilmeldt som jobsøgende (kilde register Jobcentret)\narbejdsgiver: valg af offentlig, privat — Løntilskudsjobbets arbejdsgiver (kilde register Tilbuddet)\nseneste_cv_samtale: uger — Tid fra den seneste samtale om borgerens cv og Min Plan til tilmeldingen (kilde register A-kasse)\nerhvervskompetencegivende_uddannelse: sandhedsværdi — Har en erhvervskompetencegivende uddannelse (kilde register Uddannelsesregistret)\nlæsetest_viser_behov: sandhedsværdi — En test viser behov for læse-, skrive-, regne- eller ordblindekursus (kilde register Testresultater)\ndimittend_med_handicap: sandhedsværdi — Dimittend med handicap (LAB § 2, nr. 8) (kilde register Uddannelses- og handicapoplysninger)\nuddannelsesniveau: valg af ufaglært, faglært, faglært_forældet — Voksenlærlingens uddannelse (faglært_forældet: faglært med forældet uddannelse) (kilde register Uddannelsesregistret)\nbeskæftiget: sandhedsværdi — Er i beskæftigelse, når voksenlærlingeaftalen indgås (kilde register Indkomstregistret)\nvl_positivliste: sandhedsværdi — Uddannelsen står på positivlisten for voksenlærlinge (kilde register VL-positivlisten)\nuddannelsens_varighed: uger — Voksenlærlingeuddannelsens varighed (kilde register Uddannelsesaftalen)\n'

    alder: int | None = None  # heltal — Borgerens alder (kilde register CPR)
    forsikret: bool | None = None  # sandhedsværdi — Medlem af en arbejdsløshedskasse (kilde register A-kasse)
    ydelse: Literal['dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse'] | None = None  # valg af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens forsørgelsesgrundlag (kilde register Ydelsesregistrene)
    behov: Literal['jobrettet', 'uddannelsesrettet', 'sammenhængende'] | None = None  # valg af jobrettet, uddannelsesrettet, sammenhængende — Borgerens behov for indsats: jobrettet; uddannelsesrettet; jobrettet i sammenhæng med anden indsats, herunder social eller sundhedsfaglig indsats (kilde skøn Første samtale og vurdering)
    kompetencegivende_uddannelse: bool | None = None  # sandhedsværdi — Har en kompetencegivende uddannelse (kilde register Uddannelsesregistret)
    job_på_særlige_vilkår: bool | None = None  # sandhedsværdi — Er i fleksjob eller er førtidspensionist i skånejob (kilde register Ydelsesregistrene)
    opgørelsesdato: datetime.date | None = None  # dato — Den dag, sagens oplysninger opgøres pr. (kilde borger)
    ydelsesforløb: tuple[Periode, ...] | None = None  # forløb af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse, førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse — Borgerens ydelser over tid: hvilken ydelse fra hvornår til hvornår (kilde register Ydelsesrefusion)
    første_henvendelse: datetime.date | None = None  # dato — Dato for borgerens første henvendelse til kommunen (kilde register Jobcentret)
    tilmeldt: datetime.date | None = None  # dato — Dato for tilmelding som jobsøgende (kilde register Jobnet)
    enlig_forsørger: bool | None = None  # sandhedsværdi — Enlig forsørger (kilde register CPR)
    gymnasial_uddannelse: bool | None = None  # sandhedsværdi — Har en uddannelse på gymnasialt eller højere niveau (kilde register Uddannelsesregistret)
    dimittend: bool | None = None  # sandhedsværdi — Modtager dagpenge på dimittendvilkår (§ 54 i lov om arbejdsløshedsforsikring m.v.) (kilde register A-kasse)
    kort_videregående_uddannelse: bool | None = None  # sandhedsværdi — Har som minimum gennemført en kort videregående uddannelse (kilde register Uddannelsesregistret)
    ordinær_beskæftigelse_efter_uddannelse: bool | None = None  # sandhedsværdi — Har været i ordinær beskæftigelse efter endt uddannelse (kilde register Indkomstregistret)
    erhvervserfaring: bool | None = None  # sandhedsværdi — Har erhvervserfaring (kilde register Indkomstregistret)
    langvarig_ledighed: bool | None = None  # sandhedsværdi — Har langvarig ledighed (kilde skøn Har langvarig ledighed (loven angiver ingen grænse))
    tilmeldt_jobsøgende: bool | None = None  # sandhedsværdi — Er tilmeldt som jobsøgende (kilde register Jobcentret)
    arbejdsgiver: Literal['offentlig', 'privat'] | None = None  # valg af offentlig, privat — Løntilskudsjobbets arbejdsgiver (kilde register Tilbuddet)
    seneste_cv_samtale: int | Fraction | None = None  # uger — Tid fra den seneste samtale om borgerens cv og Min Plan til tilmeldingen (kilde register A-kasse)
    erhvervskompetencegivende_uddannelse: bool | None = None  # sandhedsværdi — Har en erhvervskompetencegivende uddannelse (kilde register Uddannelsesregistret)
    læsetest_viser_behov: bool | None = None  # sandhedsværdi — En test viser behov for læse-, skrive-, regne- eller ordblindekursus (kilde register Testresultater)
    dimittend_med_handicap: bool | None = None  # sandhedsværdi — Dimittend med handicap (LAB § 2, nr. 8) (kilde register Uddannelses- og handicapoplysninger)
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
        if self.forsikret is None:
            mangler |= 0x2
        else:
            object.__setattr__(self, 'forsikret', _tjek('forsikret', 'sandhedsværdi', (), self.forsikret))
        if self.ydelse is None:
            mangler |= 0x4
        else:
            object.__setattr__(self, 'ydelse', _tjek('ydelse', 'valg', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse'), self.ydelse))
        if self.behov is None:
            mangler |= 0x8
        else:
            object.__setattr__(self, 'behov', _tjek('behov', 'valg', ('jobrettet', 'uddannelsesrettet', 'sammenhængende'), self.behov))
        if self.kompetencegivende_uddannelse is None:
            mangler |= 0x10
        else:
            object.__setattr__(self, 'kompetencegivende_uddannelse', _tjek('kompetencegivende_uddannelse', 'sandhedsværdi', (), self.kompetencegivende_uddannelse))
        if self.job_på_særlige_vilkår is None:
            mangler |= 0x20
        else:
            object.__setattr__(self, 'job_på_særlige_vilkår', _tjek('job_på_særlige_vilkår', 'sandhedsværdi', (), self.job_på_særlige_vilkår))
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
        if self.enlig_forsørger is None:
            mangler |= 0x400
        else:
            object.__setattr__(self, 'enlig_forsørger', _tjek('enlig_forsørger', 'sandhedsværdi', (), self.enlig_forsørger))
        if self.gymnasial_uddannelse is None:
            mangler |= 0x800
        else:
            object.__setattr__(self, 'gymnasial_uddannelse', _tjek('gymnasial_uddannelse', 'sandhedsværdi', (), self.gymnasial_uddannelse))
        if self.dimittend is None:
            mangler |= 0x1000
        else:
            object.__setattr__(self, 'dimittend', _tjek('dimittend', 'sandhedsværdi', (), self.dimittend))
        if self.kort_videregående_uddannelse is None:
            mangler |= 0x2000
        else:
            object.__setattr__(self, 'kort_videregående_uddannelse', _tjek('kort_videregående_uddannelse', 'sandhedsværdi', (), self.kort_videregående_uddannelse))
        if self.ordinær_beskæftigelse_efter_uddannelse is None:
            mangler |= 0x4000
        else:
            object.__setattr__(self, 'ordinær_beskæftigelse_efter_uddannelse', _tjek('ordinær_beskæftigelse_efter_uddannelse', 'sandhedsværdi', (), self.ordinær_beskæftigelse_efter_uddannelse))
        if self.erhvervserfaring is None:
            mangler |= 0x8000
        else:
            object.__setattr__(self, 'erhvervserfaring', _tjek('erhvervserfaring', 'sandhedsværdi', (), self.erhvervserfaring))
        if self.langvarig_ledighed is None:
            mangler |= 0x10000
        else:
            object.__setattr__(self, 'langvarig_ledighed', _tjek('langvarig_ledighed', 'sandhedsværdi', (), self.langvarig_ledighed))
        if self.tilmeldt_jobsøgende is None:
            mangler |= 0x20000
        else:
            object.__setattr__(self, 'tilmeldt_jobsøgende', _tjek('tilmeldt_jobsøgende', 'sandhedsværdi', (), self.tilmeldt_jobsøgende))
        if self.arbejdsgiver is None:
            mangler |= 0x40000
        else:
            object.__setattr__(self, 'arbejdsgiver', _tjek('arbejdsgiver', 'valg', ('offentlig', 'privat'), self.arbejdsgiver))
        if self.seneste_cv_samtale is None:
            mangler |= 0x80000
        else:
            object.__setattr__(self, 'seneste_cv_samtale', _tjek('seneste_cv_samtale', 'uger', (), self.seneste_cv_samtale))
        if self.erhvervskompetencegivende_uddannelse is None:
            mangler |= 0x100000
        else:
            object.__setattr__(self, 'erhvervskompetencegivende_uddannelse', _tjek('erhvervskompetencegivende_uddannelse', 'sandhedsværdi', (), self.erhvervskompetencegivende_uddannelse))
        if self.læsetest_viser_behov is None:
            mangler |= 0x200000
        else:
            object.__setattr__(self, 'læsetest_viser_behov', _tjek('læsetest_viser_behov', 'sandhedsværdi', (), self.læsetest_viser_behov))
        if self.dimittend_med_handicap is None:
            mangler |= 0x400000
        else:
            object.__setattr__(self, 'dimittend_med_handicap', _tjek('dimittend_med_handicap', 'sandhedsværdi', (), self.dimittend_med_handicap))
        if self.uddannelsesniveau is None:
            mangler |= 0x800000
        else:
            object.__setattr__(self, 'uddannelsesniveau', _tjek('uddannelsesniveau', 'valg', ('ufaglært', 'faglært', 'faglært_forældet'), self.uddannelsesniveau))
        if self.beskæftiget is None:
            mangler |= 0x1000000
        else:
            object.__setattr__(self, 'beskæftiget', _tjek('beskæftiget', 'sandhedsværdi', (), self.beskæftiget))
        if self.vl_positivliste is None:
            mangler |= 0x2000000
        else:
            object.__setattr__(self, 'vl_positivliste', _tjek('vl_positivliste', 'sandhedsværdi', (), self.vl_positivliste))
        if self.uddannelsens_varighed is None:
            mangler |= 0x4000000
        else:
            object.__setattr__(self, 'uddannelsens_varighed', _tjek('uddannelsens_varighed', 'uger', (), self.uddannelsens_varighed))
        object.__setattr__(self, "_mangler", mangler)


# Konstante udfald og værdier.
_M1: Final = Udfald('mangler', None, ('målgruppe 1 forsikrede',), None, 'behov')  # målgruppe 1 forsikrede
_M2: Final = Udfald('mangler', None, ('målgruppe 1 forsikrede',), None, 'forsikret')  # målgruppe 1 forsikrede
_M3: Final = Udfald('mangler', None, ('målgruppe 1 forsikrede',), None, 'ydelse')  # målgruppe 1 forsikrede
_M4: Final = Udfald('mangler', None, ('målgruppe 1 forsikrede',), None, 'job_på_særlige_vilkår')  # målgruppe 1 forsikrede
_M5: Final = Udfald('mangler', None, ('målgruppe 2 ikke_forsikrede',), None, 'behov')  # målgruppe 2 ikke_forsikrede
_M6: Final = Udfald('mangler', None, ('målgruppe 2 ikke_forsikrede',), None, 'forsikret')  # målgruppe 2 ikke_forsikrede
_M7: Final = Udfald('mangler', None, ('målgruppe 2 ikke_forsikrede',), None, 'ydelse')  # målgruppe 2 ikke_forsikrede
_M8: Final = Udfald('mangler', None, ('målgruppe 2 ikke_forsikrede',), None, 'job_på_særlige_vilkår')  # målgruppe 2 ikke_forsikrede
_M9: Final = Udfald('mangler', None, ('målgruppe 3 unge',), None, 'alder')  # målgruppe 3 unge
_M10: Final = Udfald('mangler', None, ('målgruppe 3 unge',), None, 'kompetencegivende_uddannelse')  # målgruppe 3 unge
_M11: Final = Udfald('mangler', None, ('målgruppe 3 unge',), None, 'behov')  # målgruppe 3 unge
_M12: Final = Udfald('mangler', None, ('målgruppe 3 unge',), None, 'job_på_særlige_vilkår')  # målgruppe 3 unge
_M13: Final = Udfald('mangler', None, ('målgruppe 4 sammenhængende_indsats',), None, 'behov')  # målgruppe 4 sammenhængende_indsats
_M14: Final = Udfald('mangler', None, ('målgruppe 4 sammenhængende_indsats',), None, 'alder')  # målgruppe 4 sammenhængende_indsats
_M15: Final = Udfald('mangler', None, ('målgruppe 4 sammenhængende_indsats',), None, 'forsikret')  # målgruppe 4 sammenhængende_indsats
_M16: Final = Udfald('mangler', None, ('målgruppe 4 sammenhængende_indsats',), None, 'ydelse')  # målgruppe 4 sammenhængende_indsats
_M17: Final = Udfald('mangler', None, ('målgruppe 4 sammenhængende_indsats',), None, 'job_på_særlige_vilkår')  # målgruppe 4 sammenhængende_indsats
_M18: Final = Udfald('mangler', None, ('målgruppe 5 særlige_vilkår',), None, 'job_på_særlige_vilkår')  # målgruppe 5 særlige_vilkår
_V1: Final = Udfald('værdi', True, ('§ 2, stk. 1',), None, None)  # § 2, stk. 1
_O1: Final = Udfald('ingen regel', None, (), None, None)
_M19: Final = Udfald('mangler', None, ('§ 2, stk. 1',), None, 'ydelse')  # § 2, stk. 1
_V2: Final = Udfald('værdi', 1, ('§ 10, stk. 1, nr. 1',), None, None)  # § 10, stk. 1, nr. 1
_V3: Final = Udfald('værdi', 2, ('§ 101, stk. 2',), None, None)  # § 101, stk. 2
_M20: Final = Udfald('mangler', None, ('§ 101, stk. 2',), None, 'forsikret')  # § 101, stk. 2
_S1: Final = Udfald('skøn', None, ('§ 10, stk. 1, nr. 2',), 'konkrete oplysninger begrunder en anden vurdering', None)  # § 10, stk. 1, nr. 2
_V4: Final = Udfald('værdi', 2, ('§ 11, stk. 1',), None, None)  # § 11, stk. 1
_V5: Final = Udfald('værdi', 4, ('§ 13, stk. 1',), None, None)  # § 13, stk. 1
_M21: Final = Udfald('mangler', None, ('§ 13, stk. 5',), None, 'alder')  # § 13, stk. 5
_M22: Final = Udfald('mangler', None, ('§ 13, stk. 5',), None, 'kompetencegivende_uddannelse')  # § 13, stk. 5
_S2: Final = Udfald('skøn', None, ('§ 13, stk. 5',), 'behov for at beskrive borgerens uddannelsesmål', None)  # § 13, stk. 5
_V6: Final = Udfald('værdi', True, ('§ 16, stk. 2, nr. 1',), None, None)  # § 16, stk. 2, nr. 1
_V7: Final = Udfald('værdi', 2, ('§ 16, stk. 2, nr. 2',), None, None)  # § 16, stk. 2, nr. 2
_V8: Final = Udfald('værdi', 52, ('§ 16, stk. 2, nr. 3',), None, None)  # § 16, stk. 2, nr. 3
_V9: Final = Udfald('værdi', 2, ('§ 16, stk. 2, nr. 4',), None, None)  # § 16, stk. 2, nr. 4
_V10: Final = Udfald('værdi', False, ('§ 17, stk. 3',), None, None)  # § 17, stk. 3
_M23: Final = Udfald('mangler', None, ('§ 17, stk. 4',), None, 'ydelsesforløb')  # § 17, stk. 4
_M24: Final = Udfald('mangler', None, ('§ 17, stk. 4',), None, 'opgørelsesdato')  # § 17, stk. 4
_M25: Final = Udfald('mangler', None, ('§ 18, stk. 1',), None, 'første_henvendelse')  # § 18, stk. 1
_M26: Final = Udfald('mangler', None, ('§ 18, stk. 2',), None, 'første_henvendelse')  # § 18, stk. 2
_M27: Final = Udfald('mangler', None, ('§ 18, stk. 3',), None, 'første_henvendelse')  # § 18, stk. 3
_M28: Final = Udfald('mangler', None, ('§ 18, stk. 4',), None, 'tilmeldt')  # § 18, stk. 4
_M29: Final = Udfald('mangler', None, ('§ 18, stk. 5',), None, 'tilmeldt')  # § 18, stk. 5
_M30: Final = Udfald('mangler', None, ('§ 101, stk. 3',), None, 'seneste_cv_samtale')  # § 101, stk. 3
_V11: Final = Udfald('værdi', 2, ('§ 102, stk. 1',), None, None)  # § 102, stk. 1
_M31: Final = Udfald('mangler', None, ('§ 102, stk. 1',), None, 'ydelse')  # § 102, stk. 1
_V12: Final = Udfald('værdi', 26, ('§ 102, stk. 2',), None, None)  # § 102, stk. 2
_M32: Final = Udfald('mangler', None, ('§ 102, stk. 2',), None, 'ydelse')  # § 102, stk. 2
_V13: Final = Udfald('værdi', 69, ('§ 102, stk. 3',), None, None)  # § 102, stk. 3
_V14: Final = Udfald('værdi', True, ('§ 30, stk. 2, nr. 1',), None, None)  # § 30, stk. 2, nr. 1
_V15: Final = Udfald('værdi', True, ('§ 30, stk. 2, nr. 2',), None, None)  # § 30, stk. 2, nr. 2
_V16: Final = Udfald('værdi', False, ('§ 30, stk. 5',), None, None)  # § 30, stk. 5
_V17: Final = Udfald('værdi', 'Uddannelses- og beskæftigelsesmæssigt sigte', ('§ 30, stk. 4',), None, None)  # § 30, stk. 4
_M33: Final = Udfald('mangler', None, ('§ 35, stk. 1',), None, 'læsetest_viser_behov')  # § 35, stk. 1
_M34: Final = Udfald('mangler', None, ('§ 35, stk. 2',), None, 'erhvervskompetencegivende_uddannelse')  # § 35, stk. 2
_M35: Final = Udfald('mangler', None, ('§ 37, stk. 1',), None, 'alder')  # § 37, stk. 1
_V18: Final = Udfald('værdi', 6, ('§ 105, stk. 2',), None, None)  # § 105, stk. 2
_V19: Final = Udfald('værdi', 5, ('§ 105, stk. 3',), None, None)  # § 105, stk. 3
_V20: Final = Udfald('værdi', 39, ('§ 105, stk. 5',), None, None)  # § 105, stk. 5
_V21: Final = Udfald('værdi', 26, ('§ 105, stk. 6',), None, None)  # § 105, stk. 6
_M36: Final = Udfald('mangler', None, ('§ 105, stk. 5',), None, 'alder')  # § 105, stk. 5
_M37: Final = Udfald('mangler', None, ('§ 105, stk. 6',), None, 'alder')  # § 105, stk. 6
_V22: Final = Udfald('værdi', False, ('§ 105, stk. 7',), None, None)  # § 105, stk. 7
_V23: Final = Udfald('værdi', 52, ('§ 99, stk. 1',), None, None)  # § 99, stk. 1
_V24: Final = Udfald('værdi', 26, ('§ 99, stk. 2',), None, None)  # § 99, stk. 2
_M38: Final = Udfald('mangler', None, ('§ 99, stk. 2',), None, 'alder')  # § 99, stk. 2
_S3: Final = Udfald('skøn', None, ('§ 99, stk. 2',), 'risiko for særlig langtidsledighed', None)  # § 99, stk. 2
_V25: Final = Udfald('værdi', True, ('§ 30, stk. 2, nr. 3',), None, None)  # § 30, stk. 2, nr. 3
_V26: Final = Udfald('værdi', True, ('§ 30, stk. 2, nr. 4',), None, None)  # § 30, stk. 2, nr. 4
_V27: Final = Udfald('værdi', True, ('§ 30, stk. 2, nr. 5',), None, None)  # § 30, stk. 2, nr. 5
_V28: Final = Udfald('værdi', False, ('§ 30, stk. 3',), None, None)  # § 30, stk. 3
_S4: Final = Udfald('skøn', None, ('§ 130, stk. 1',), 'andre tilbud er ikke mulige', None)  # § 130, stk. 1
_S5: Final = Udfald('skøn', None, ('§ 130, stk. 1',), 'mentorstøtte er hensigtsmæssig for at skabe progression og resultater', None)  # § 130, stk. 1
_V29: Final = Udfald('værdi', 13, ('§ 44, stk. 1',), None, None)  # § 44, stk. 1
_V30: Final = Udfald('værdi', 26, ('§ 44, stk. 2',), None, None)  # § 44, stk. 2
_V31: Final = Udfald('værdi', 4, ('§ 103, stk. 1',), None, None)  # § 103, stk. 1
_V32: Final = Udfald('værdi', 8, ('§ 103, stk. 2',), None, None)  # § 103, stk. 2
_V33: Final = Udfald('værdi', 4, ('§ 110, stk. 1',), None, None)  # § 110, stk. 1
_V34: Final = Udfald('værdi', 13, ('§ 110, stk. 2',), None, None)  # § 110, stk. 2
_V35: Final = Udfald('værdi', 4, ('§ 124, stk. 1',), None, None)  # § 124, stk. 1
_V36: Final = Udfald('værdi', 13, ('§ 124, stk. 2',), None, None)  # § 124, stk. 2
_S6: Final = Udfald('skøn', None, ('§ 44, stk. 2',), 'konkret individuel vurdering', None)  # § 44, stk. 2
_M39: Final = Udfald('mangler', None, ('§ 103, stk. 2',), None, 'dimittend')  # § 103, stk. 2
_M40: Final = Udfald('mangler', None, ('§ 103, stk. 2',), None, 'kort_videregående_uddannelse')  # § 103, stk. 2
_M41: Final = Udfald('mangler', None, ('§ 103, stk. 2',), None, 'ordinær_beskæftigelse_efter_uddannelse')  # § 103, stk. 2
_M42: Final = Udfald('mangler', None, ('§ 110, stk. 2',), None, 'erhvervserfaring')  # § 110, stk. 2
_M43: Final = Udfald('mangler', None, ('§ 110, stk. 2',), None, 'langvarig_ledighed')  # § 110, stk. 2
_S7: Final = Udfald('skøn', None, ('§ 110, stk. 2',), 'i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud', None)  # § 110, stk. 2
_M44: Final = Udfald('mangler', None, ('§ 124, stk. 1',), None, 'tilmeldt_jobsøgende')  # § 124, stk. 1
_M45: Final = Udfald('mangler', None, ('§ 124, stk. 2',), None, 'tilmeldt_jobsøgende')  # § 124, stk. 2
_M46: Final = Udfald('mangler', None, ('§ 124, stk. 2',), None, 'erhvervserfaring')  # § 124, stk. 2
_M47: Final = Udfald('mangler', None, ('§ 124, stk. 2',), None, 'langvarig_ledighed')  # § 124, stk. 2
_S8: Final = Udfald('skøn', None, ('§ 124, stk. 2',), 'i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud', None)  # § 124, stk. 2
_V37: Final = Udfald('værdi', 13, ('§ 44, stk. 3',), None, None)  # § 44, stk. 3
_V38: Final = Udfald('værdi', True, ('§ 51, stk. 1',), None, None)  # § 51, stk. 1
_M48: Final = Udfald('mangler', None, ('§ 104, stk. 1',), None, 'alder')  # § 104, stk. 1
_M49: Final = Udfald('mangler', None, ('§ 104, stk. 1',), None, 'enlig_forsørger')  # § 104, stk. 1
_M50: Final = Udfald('mangler', None, ('§ 104, stk. 1',), None, 'gymnasial_uddannelse')  # § 104, stk. 1
_M51: Final = Udfald('mangler', None, ('§ 111, stk. 1',), None, 'alder')  # § 111, stk. 1
_M52: Final = Udfald('mangler', None, ('§ 111, stk. 1',), None, 'enlig_forsørger')  # § 111, stk. 1
_M53: Final = Udfald('mangler', None, ('§ 111, stk. 1',), None, 'gymnasial_uddannelse')  # § 111, stk. 1
_V39: Final = Udfald('værdi', 52, ('§ 51, stk. 3',), None, None)  # § 51, stk. 3
_V40: Final = Udfald('værdi', 17, ('§ 104, stk. 2',), None, None)  # § 104, stk. 2
_V41: Final = Udfald('værdi', 26, ('§ 104, stk. 3',), None, None)  # § 104, stk. 3
_V42: Final = Udfald('værdi', 26, ('§ 111, stk. 2',), None, None)  # § 111, stk. 2
_M54: Final = Udfald('mangler', None, ('§ 104, stk. 2',), None, 'arbejdsgiver')  # § 104, stk. 2
_M55: Final = Udfald('mangler', None, ('§ 104, stk. 3',), None, 'arbejdsgiver')  # § 104, stk. 3
_V43: Final = Udfald('værdi', False, ('§ 51, stk. 4',), None, None)  # § 51, stk. 4
_V44: Final = Udfald('værdi', 'Uddannelses- og beskæftigelsesmæssigt sigte', ('§ 51, stk. 6',), None, None)  # § 51, stk. 6
_V45: Final = Udfald('værdi', 'Overenskomstmæssige eller de for tilsvarende arbejde sædvanligt gældende', ('§ 53, stk. 1',), None, None)  # § 53, stk. 1
_V46: Final = Udfald('værdi', 'Lønnen skal min. være den mindste overenskomstmæssige løn. Der gælder særlige regler for elev/lærlingeforløb for de meget svage revalidender', ('§ 53, stk. 2',), None, None)  # § 53, stk. 2
_V47: Final = Udfald('værdi', 'Løn- og arbejdsvilkår fastsættes ved aftale mellem personen og arbejdsgiveren i samarbejde med de faglige organisationer', ('§ 53, stk. 3',), None, None)  # § 53, stk. 3
_M56: Final = Udfald('mangler', None, ('§ 53, stk. 1',), None, 'ydelse')  # § 53, stk. 1
_M57: Final = Udfald('mangler', None, ('§ 53, stk. 1',), None, 'dimittend_med_handicap')  # § 53, stk. 1
_M58: Final = Udfald('mangler', None, ('§ 53, stk. 1',), None, 'alder')  # § 53, stk. 1
_M59: Final = Udfald('mangler', None, ('§ 53, stk. 2',), None, 'ydelse')  # § 53, stk. 2
_M60: Final = Udfald('mangler', None, ('§ 53, stk. 3',), None, 'ydelse')  # § 53, stk. 3
_M61: Final = Udfald('mangler', None, ('§ 53, stk. 3',), None, 'dimittend_med_handicap')  # § 53, stk. 3
_V48: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige, dog 124,71 kr. per time eksklusiv feriepenge mv. og skal ligge på niveau med personens individuelle dagpenge', ('§ 53, stk. 4',), None, None)  # § 53, stk. 4
_V49: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige, dog 124,71 kr. per time eksklusiv feriepenge mv. og skal ligge på niveau med personens samlede individuelle hjælp', ('§ 53, stk. 5',), None, None)  # § 53, stk. 5
_V50: Final = Udfald('værdi', 'Efter fradrag af arbejdsmarkedsbidrag udgør 1) 80 pct. af højeste dagpenge for personer, som har forsørgelsespligt over for børn, og 2) 60 pct. af højeste dagpenge efter LAS for andre personer', ('§ 53, stk. 6',), None, None)  # § 53, stk. 6
_V51: Final = Udfald('værdi', 'Lønnen skal min. være den mindste overenskomstmæssige løn. Der gælder særlige regler for elev/lærlingeforløb for de meget svage revalidender', ('§ 53, stk. 7',), None, None)  # § 53, stk. 7
_V52: Final = Udfald('værdi', 'Løn- og arbejdsvilkår fastsættes ved aftale mellem personen og arbejdsgiveren i samarbejde med de faglige organisationer', ('§ 53, stk. 8',), None, None)  # § 53, stk. 8
_V53: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige', ('§ 53, stk. 9',), None, None)  # § 53, stk. 9
_M62: Final = Udfald('mangler', None, ('§ 53, stk. 4',), None, 'ydelse')  # § 53, stk. 4
_M63: Final = Udfald('mangler', None, ('§ 53, stk. 5',), None, 'ydelse')  # § 53, stk. 5
_M64: Final = Udfald('mangler', None, ('§ 53, stk. 6',), None, 'ydelse')  # § 53, stk. 6
_M65: Final = Udfald('mangler', None, ('§ 53, stk. 6',), None, 'dimittend_med_handicap')  # § 53, stk. 6
_M66: Final = Udfald('mangler', None, ('§ 53, stk. 6',), None, 'alder')  # § 53, stk. 6
_M67: Final = Udfald('mangler', None, ('§ 53, stk. 7',), None, 'ydelse')  # § 53, stk. 7
_M68: Final = Udfald('mangler', None, ('§ 53, stk. 8',), None, 'ydelse')  # § 53, stk. 8
_M69: Final = Udfald('mangler', None, ('§ 53, stk. 9',), None, 'ydelse')  # § 53, stk. 9
_M70: Final = Udfald('mangler', None, ('§ 53, stk. 9',), None, 'dimittend_med_handicap')  # § 53, stk. 9
_V54: Final = Udfald('værdi', 'Den offentlige arbejdsgiver fastsætter arbejdstiden under hensyn til lønnen', ('§ 53, stk. 10',), None, None)  # § 53, stk. 10
_V55: Final = Udfald('værdi', 'Fastsættes efter aftale mellem kommunen, arbejdsgiveren og personen', ('§ 53, stk. 11',), None, None)  # § 53, stk. 11
_V56: Final = Udfald('værdi', 'Den offentlige arbejdsgiver fastsætter arbejdstiden under hensyn til lønnen, i hele antal timer', ('§ 53, stk. 12',), None, None)  # § 53, stk. 12
_V57: Final = Udfald('værdi', 'Løn- og arbejdsvilkår – herunder arbejdstiden – fastsættes ved aftale mellem personen og arbejdsgiveren i samarbejde med de faglige organisationer', ('§ 53, stk. 13',), None, None)  # § 53, stk. 13
_V58: Final = Udfald('værdi', 'Løn- og arbejdsvilkår skal være overenskomstmæssige', ('§ 53, stk. 14',), None, None)  # § 53, stk. 14
_M71: Final = Udfald('mangler', None, ('§ 53, stk. 10',), None, 'ydelse')  # § 53, stk. 10
_M72: Final = Udfald('mangler', None, ('§ 53, stk. 11',), None, 'ydelse')  # § 53, stk. 11
_M73: Final = Udfald('mangler', None, ('§ 53, stk. 12',), None, 'ydelse')  # § 53, stk. 12
_M74: Final = Udfald('mangler', None, ('§ 53, stk. 12',), None, 'dimittend_med_handicap')  # § 53, stk. 12
_M75: Final = Udfald('mangler', None, ('§ 53, stk. 12',), None, 'alder')  # § 53, stk. 12
_M76: Final = Udfald('mangler', None, ('§ 53, stk. 13',), None, 'ydelse')  # § 53, stk. 13
_M77: Final = Udfald('mangler', None, ('§ 53, stk. 14',), None, 'ydelse')  # § 53, stk. 14
_M78: Final = Udfald('mangler', None, ('§ 53, stk. 14',), None, 'dimittend_med_handicap')  # § 53, stk. 14
_K1: Final = Decimal('0')
_V59: Final = Udfald('værdi', _K1, ('§ 98, stk. 1',), None, None)  # § 98, stk. 1
_K2: Final = Decimal('30')
_V60: Final = Udfald('værdi', _K2, ('§ 98, stk. 2',), None, None)  # § 98, stk. 2
_K3: Final = Decimal('40')
_V61: Final = Udfald('værdi', _K3, ('§ 98, stk. 3',), None, None)  # § 98, stk. 3
_V62: Final = Udfald('værdi', _K2, ('§ 98, stk. 4',), None, None)  # § 98, stk. 4
_V63: Final = Udfald('værdi', _K3, ('§ 98, stk. 5',), None, None)  # § 98, stk. 5
_V64: Final = Udfald('værdi', _K3, ('§ 98, stk. 6',), None, None)  # § 98, stk. 6
_M79: Final = Udfald('mangler', None, ('§ 98, stk. 2',), None, 'uddannelsesniveau')  # § 98, stk. 2
_M80: Final = Udfald('mangler', None, ('§ 98, stk. 2',), None, 'beskæftiget')  # § 98, stk. 2
_M81: Final = Udfald('mangler', None, ('§ 98, stk. 2',), None, 'vl_positivliste')  # § 98, stk. 2
_M82: Final = Udfald('mangler', None, ('§ 98, stk. 3',), None, 'uddannelsesniveau')  # § 98, stk. 3
_M83: Final = Udfald('mangler', None, ('§ 98, stk. 3',), None, 'beskæftiget')  # § 98, stk. 3
_M84: Final = Udfald('mangler', None, ('§ 98, stk. 3',), None, 'ydelse')  # § 98, stk. 3
_M85: Final = Udfald('mangler', None, ('§ 98, stk. 4',), None, 'uddannelsesniveau')  # § 98, stk. 4
_M86: Final = Udfald('mangler', None, ('§ 98, stk. 4',), None, 'beskæftiget')  # § 98, stk. 4
_M87: Final = Udfald('mangler', None, ('§ 98, stk. 4',), None, 'vl_positivliste')  # § 98, stk. 4
_M88: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'uddannelsesniveau')  # § 98, stk. 5
_M89: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'beskæftiget')  # § 98, stk. 5
_M90: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'ydelse')  # § 98, stk. 5
_M91: Final = Udfald('mangler', None, ('§ 98, stk. 5',), None, 'vl_positivliste')  # § 98, stk. 5
_M92: Final = Udfald('mangler', None, ('§ 98, stk. 6',), None, 'uddannelsesniveau')  # § 98, stk. 6
_M93: Final = Udfald('mangler', None, ('§ 98, stk. 6',), None, 'beskæftiget')  # § 98, stk. 6
_M94: Final = Udfald('mangler', None, ('§ 98, stk. 6',), None, 'ydelse')  # § 98, stk. 6
_V65: Final = Udfald('værdi', 104, ('§ 98, stk. 7',), None, None)  # § 98, stk. 7
_M95: Final = Udfald('mangler', None, ('§ 98, stk. 8',), None, 'uddannelsens_varighed')  # § 98, stk. 8
_S9: Final = Udfald('skøn', None, ('§ 131, stk. 2',), 'forelæggelsen vil ikke tilføre vurderingen af sagen værdi', None)  # § 131, stk. 2


def _målgruppe_forsikrede(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 1 forsikrede
    _t1 = borger.behov
    _t2: str | Udfald = _M1 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'jobrettet'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.forsikret
        _t6: bool | Udfald = _M2 if _t5 is None else _t5
        if _t6 is False or _t4 is True:
            _t4 = _t6
    _t7: bool | Udfald = _t4
    if _t7 is not False:
        _t8 = borger.ydelse
        _t9: str | Udfald = _M3 if _t8 is None else _t8
        _t10: bool | Udfald = _t9 if isinstance(_t9, Udfald) else _t9 in ('dagpenge', 'selvforsørgelse')
        if _t10 is False or _t7 is True:
            _t7 = _t10
    _t11: bool | Udfald = _t7
    if _t11 is not False:
        _t12 = borger.job_på_særlige_vilkår
        _t13: bool | Udfald = _M4 if _t12 is None else _t12
        _t14: bool | Udfald = _t13 if isinstance(_t13, Udfald) else not _t13
        if _t14 is False or _t11 is True:
            _t11 = _t14
    return _t11


def _målgruppe_ikke_forsikrede(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 2 ikke_forsikrede
    _t1 = borger.behov
    _t2: str | Udfald = _M5 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'jobrettet'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.forsikret
        _t6: bool | Udfald = _M6 if _t5 is None else _t5
        _t7: bool | Udfald = _t6
        if _t7 is not False:
            _t8 = borger.ydelse
            _t9: str | Udfald = _M7 if _t8 is None else _t8
            _t10: bool | Udfald = _t9 if isinstance(_t9, Udfald) else _t9 in ('dagpenge', 'selvforsørgelse')
            if _t10 is False or _t7 is True:
                _t7 = _t10
        _t11: bool | Udfald = _t7 if isinstance(_t7, Udfald) else not _t7
        if _t11 is False or _t4 is True:
            _t4 = _t11
    _t12: bool | Udfald = _t4
    if _t12 is not False:
        _t13 = borger.job_på_særlige_vilkår
        _t14: bool | Udfald = _M8 if _t13 is None else _t13
        _t15: bool | Udfald = _t14 if isinstance(_t14, Udfald) else not _t14
        if _t15 is False or _t12 is True:
            _t12 = _t15
    return _t12


def _målgruppe_unge(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 3 unge
    _t1 = borger.alder
    _t2: int | Udfald = _M9 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 < 30
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.kompetencegivende_uddannelse
        _t6: bool | Udfald = _M10 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else not _t6
        if _t7 is False or _t4 is True:
            _t4 = _t7
    _t8: bool | Udfald = _t4
    if _t8 is not False:
        _t9 = borger.behov
        _t10: str | Udfald = _M11 if _t9 is None else _t9
        _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else _t10 in ('uddannelsesrettet', 'sammenhængende')
        if _t11 is False or _t8 is True:
            _t8 = _t11
    _t12: bool | Udfald = _t8
    if _t12 is not False:
        _t13 = borger.job_på_særlige_vilkår
        _t14: bool | Udfald = _M12 if _t13 is None else _t13
        _t15: bool | Udfald = _t14 if isinstance(_t14, Udfald) else not _t14
        if _t15 is False or _t12 is True:
            _t12 = _t15
    return _t12


def _målgruppe_sammenhængende_indsats(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 4 sammenhængende_indsats
    _t1 = borger.behov
    _t2: str | Udfald = _M13 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'sammenhængende'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.alder
        _t6: int | Udfald = _M14 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 >= 30
        if _t7 is False or _t4 is True:
            _t4 = _t7
    _t8: bool | Udfald = _t4
    if _t8 is not False:
        _t9 = borger.forsikret
        _t10: bool | Udfald = _M15 if _t9 is None else _t9
        _t11: bool | Udfald = _t10
        if _t11 is not False:
            _t12 = borger.ydelse
            _t13: str | Udfald = _M16 if _t12 is None else _t12
            _t14: bool | Udfald = _t13 if isinstance(_t13, Udfald) else _t13 in ('dagpenge', 'selvforsørgelse')
            if _t14 is False or _t11 is True:
                _t11 = _t14
        _t15: bool | Udfald = _t11 if isinstance(_t11, Udfald) else not _t11
        if _t15 is False or _t8 is True:
            _t8 = _t15
    _t16: bool | Udfald = _t8
    if _t16 is not False:
        _t17 = borger.job_på_særlige_vilkår
        _t18: bool | Udfald = _M17 if _t17 is None else _t17
        _t19: bool | Udfald = _t18 if isinstance(_t18, Udfald) else not _t18
        if _t19 is False or _t16 is True:
            _t16 = _t19
    return _t16


def _målgruppe_særlige_vilkår(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:
    # målgruppe 5 særlige_vilkår
    _t1 = borger.job_på_særlige_vilkår
    _t2: bool | Udfald = _M18 if _t1 is None else _t1
    return _t2


def omfattet_af_loven(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Borgeren er omfattet af loven'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000004:  # mangler ydelse, eller forklaring
        return _eksakt_omfattet_af_loven(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse != 'selvforsørgelse')  # § 2, stk. 1
        if _r1:
            return _V1
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_omfattet_af_loven(borger, skøn)


def _eksakt_omfattet_af_loven(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for omfattet_af_loven; se SEMANTICS.md.
    # § 2, stk. 1
    _t1 = borger.ydelse
    _t2: str | Udfald = _M19 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 != 'selvforsørgelse'
    _r1: bool | Udfald = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 2, stk. 1
        return _V1
    return _O1


def første_samtale_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Frist for den første samtale efter første henvendelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000002:  # mangler forsikret, eller forklaring
        return _eksakt_første_samtale_frist(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = forsikret  # § 101, stk. 2
        _r1 = not (_r2)  # § 10, stk. 1, nr. 1
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V2
            return _V3
        if _n > 1:
            return _konflikt(('§ 10, stk. 1, nr. 1', _r1), ('§ 101, stk. 2', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_første_samtale_frist(borger, skøn)


def _eksakt_første_samtale_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for første_samtale_frist; se SEMANTICS.md.
    # § 10, stk. 1, nr. 1
    _r1: bool | Udfald = True
    # § 101, stk. 2
    _t1 = borger.forsikret
    _t2: bool | Udfald = _M20 if _t1 is None else _t1
    _r2: bool | Udfald = _t2
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True and not (_r2 is True)
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 10, stk. 1, nr. 1', _w1), ('§ 101, stk. 2', _w2))
    if _w1:  # § 10, stk. 1, nr. 1
        return _V2
    if _w2:  # § 101, stk. 2
        return _V3
    return _O1


def foreløbigt_parat(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Borgeren vurderes foreløbigt som jobparat eller uddannelsesparat'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_foreløbigt_parat(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 10, stk. 1, nr. 2
        if _r1:
            return Udfald('værdi', (not skøn['konkrete oplysninger begrunder en anden vurdering']), ('§ 10, stk. 1, nr. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_foreløbigt_parat(borger, skøn)


def _eksakt_foreløbigt_parat(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for foreløbigt_parat; se SEMANTICS.md.
    # § 10, stk. 1, nr. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 10, stk. 1, nr. 2
        _t1 = skøn.get('konkrete oplysninger begrunder en anden vurdering')
        _t2: bool | Udfald = _S1 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else not _t2
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 10, stk. 1, nr. 2',), None, None)
    return _O1


def tilmeldes_som_jobsøgende(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Borgeren tilmelder sig som jobsøgende'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_tilmeldes_som_jobsøgende(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 10, stk. 3
        if _r1:
            return _videre(foreløbigt_parat(borger, skøn), '§ 10, stk. 3')
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_tilmeldes_som_jobsøgende(borger, skøn)


def _eksakt_tilmeldes_som_jobsøgende(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for tilmeldes_som_jobsøgende; se SEMANTICS.md.
    # § 10, stk. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 10, stk. 3
        _t1 = foreløbigt_parat(borger, skøn)
        _t2: bool | Udfald = cast('bool', _t1.værdi) if _t1.art == 'værdi' else _t1
        return _t2 if isinstance(_t2, Udfald) else Udfald('værdi', _t2, ('§ 10, stk. 3',), None, None)
    return _O1


def grundig_vurdering_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Frist for den grundigere vurdering efter første henvendelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_grundig_vurdering_frist(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 11, stk. 1
        if _r1:
            return _V4
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_grundig_vurdering_frist(borger, skøn)


def _eksakt_grundig_vurdering_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for grundig_vurdering_frist; se SEMANTICS.md.
    # § 11, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 11, stk. 1
        return _V4
    return _O1


def min_plan_frist(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Frist for Min Plan efter første henvendelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_min_plan_frist(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 13, stk. 1
        if _r1:
            return _V5
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_min_plan_frist(borger, skøn)


def _eksakt_min_plan_frist(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for min_plan_frist; se SEMANTICS.md.
    # § 13, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 13, stk. 1
        return _V5
    return _O1


def uddannelsesmål_i_min_plan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Min Plan beskriver borgerens uddannelsesmål'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000011:  # mangler alder, kompetencegivende_uddannelse, eller forklaring
        return _eksakt_uddannelsesmål_i_min_plan(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    kompetencegivende_uddannelse: bool = borger.kompetencegivende_uddannelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 13, stk. 5
        if _r1:
            return Udfald('værdi', (((alder < 30) and (not kompetencegivende_uddannelse)) or skøn['behov for at beskrive borgerens uddannelsesmål']), ('§ 13, stk. 5',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_uddannelsesmål_i_min_plan(borger, skøn)


def _eksakt_uddannelsesmål_i_min_plan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for uddannelsesmål_i_min_plan; se SEMANTICS.md.
    # § 13, stk. 5
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 13, stk. 5
        _t1 = borger.alder
        _t2: int | Udfald = _M21 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 < 30
        _t4: bool | Udfald = _t3
        if _t4 is not False:
            _t5 = borger.kompetencegivende_uddannelse
            _t6: bool | Udfald = _M22 if _t5 is None else _t5
            _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else not _t6
            if _t7 is False or _t4 is True:
                _t4 = _t7
        _t8: bool | Udfald = _t4
        if _t8 is not True:
            _t9 = skøn.get('behov for at beskrive borgerens uddannelsesmål')
            _t10: bool | Udfald = _S2 if _t9 is None else _t9
            if _t10 is True or _t8 is False:
                _t8 = _t10
        return _t8 if isinstance(_t8, Udfald) else Udfald('værdi', _t8, ('§ 13, stk. 5',), None, None)
    return _O1


def samtale_efter_behov(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Samtaler holdes efter behov uden fast antal eller kadence'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_samtale_efter_behov(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 16, stk. 2, nr. 1
        if _r1:
            return _V6
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtale_efter_behov(borger, skøn)


def _eksakt_samtale_efter_behov(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtale_efter_behov; se SEMANTICS.md.
    # § 16, stk. 2, nr. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 2, nr. 1
        return _V6
    return _O1


def samtaler_min_antal(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Mindste antal samtaler inden for samtale_periode'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_samtaler_min_antal(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 16, stk. 2, nr. 2
        if _r1:
            return _V7
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtaler_min_antal(borger, skøn)


def _eksakt_samtaler_min_antal(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtaler_min_antal; se SEMANTICS.md.
    # § 16, stk. 2, nr. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 2, nr. 2
        return _V7
    return _O1


def samtale_periode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Perioden, som samtaler_min_antal gælder for'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_samtale_periode(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 16, stk. 2, nr. 3
        if _r1:
            return _V8
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_samtale_periode(borger, skøn)


def _eksakt_samtale_periode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for samtale_periode; se SEMANTICS.md.
    # § 16, stk. 2, nr. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 2, nr. 3
        return _V8
    return _O1


def egen_samtale_tidligst(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Tidligste samtale på borgerens initiativ efter sidste samtale'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_egen_samtale_tidligst(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 16, stk. 2, nr. 4
        if _r1:
            return _V9
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_egen_samtale_tidligst(borger, skøn)


def _eksakt_egen_samtale_tidligst(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for egen_samtale_tidligst; se SEMANTICS.md.
    # § 16, stk. 2, nr. 4
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 16, stk. 2, nr. 4
        return _V9
    return _O1


def kontaktforløb_starter_forfra(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kontaktforløbet starter forfra'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_kontaktforløb_starter_forfra(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 17, stk. 3
        if _r1:
            return _V10
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_kontaktforløb_starter_forfra(borger, skøn)


def _eksakt_kontaktforløb_starter_forfra(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for kontaktforløb_starter_forfra; se SEMANTICS.md.
    # § 17, stk. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 17, stk. 3
        return _V10
    return _O1


def ledighed_sammenlagt(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Sammenlagt tid på offentlig forsørgelse på tværs af ydelser'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x80000c0:  # mangler opgørelsesdato, ydelsesforløb, eller forklaring
        return _eksakt_ledighed_sammenlagt(borger, skøn)
    opgørelsesdato: datetime.date = borger.opgørelsesdato  # type: ignore[assignment]
    ydelsesforløb: tuple[Periode, ...] = borger.ydelsesforløb  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 17, stk. 4
        if _r1:
            return Udfald('værdi', _entydig_uger(_tid('sammenlagt', ydelsesforløb, None, opgørelsesdato, None, None)), ('§ 17, stk. 4',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_ledighed_sammenlagt(borger, skøn)


def _eksakt_ledighed_sammenlagt(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for ledighed_sammenlagt; se SEMANTICS.md.
    # § 17, stk. 4
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 17, stk. 4
        _t1 = borger.ydelsesforløb
        _t2: tuple[Periode, ...] | Udfald = _M23 if _t1 is None else _t1
        _t3 = borger.opgørelsesdato
        _t4: datetime.date | Udfald = _M24 if _t3 is None else _t3
        _t5: int | Fraction | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _tid('sammenlagt', _t2, None, _t4, None, None)
            if _spor is not None:
                _spor.append(_trin_tid('sammenlagt tid i ydelsesforløb', _t4, _t6, '§ 17, stk. 4'))
            _t5 = _tvetydig(_t6, '§ 17, stk. 4') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 17, stk. 4',), None, None)
    return _O1


def første_samtale_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for den første samtale'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000100:  # mangler første_henvendelse, eller forklaring
        return _eksakt_første_samtale_senest(borger, skøn)
    første_henvendelse: datetime.date = borger.første_henvendelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 18, stk. 1
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(første_henvendelse, 1, _værdi_første_samtale_frist(borger, skøn), None)), ('§ 18, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_første_samtale_senest(borger, skøn)


def _eksakt_første_samtale_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for første_samtale_senest; se SEMANTICS.md.
    # § 18, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 18, stk. 1
        _t1 = borger.første_henvendelse
        _t2: datetime.date | Udfald = _M25 if _t1 is None else _t1
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
                _spor.append(_trin_flyt('første_henvendelse', _t2, '+', _tekst('uger', _t4), _t6, '§ 18, stk. 1'))
            _t5 = _tvetydig(_t6, '§ 18, stk. 1') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 18, stk. 1',), None, None)
    return _O1


def grundig_vurdering_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for den grundigere vurdering'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000100:  # mangler første_henvendelse, eller forklaring
        return _eksakt_grundig_vurdering_senest(borger, skøn)
    første_henvendelse: datetime.date = borger.første_henvendelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 18, stk. 2
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(første_henvendelse, 1, _værdi_grundig_vurdering_frist(borger, skøn), None)), ('§ 18, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_grundig_vurdering_senest(borger, skøn)


def _eksakt_grundig_vurdering_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for grundig_vurdering_senest; se SEMANTICS.md.
    # § 18, stk. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 18, stk. 2
        _t1 = borger.første_henvendelse
        _t2: datetime.date | Udfald = _M26 if _t1 is None else _t1
        _t3 = grundig_vurdering_frist(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t2, 1, _t4, None)
            if _spor is not None:
                _spor.append(_trin_flyt('første_henvendelse', _t2, '+', _tekst('uger', _t4), _t6, '§ 18, stk. 2'))
            _t5 = _tvetydig(_t6, '§ 18, stk. 2') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 18, stk. 2',), None, None)
    return _O1


def min_plan_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for Min Plan'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000100:  # mangler første_henvendelse, eller forklaring
        return _eksakt_min_plan_senest(borger, skøn)
    første_henvendelse: datetime.date = borger.første_henvendelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 18, stk. 3
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(første_henvendelse, 1, _værdi_min_plan_frist(borger, skøn), None)), ('§ 18, stk. 3',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_min_plan_senest(borger, skøn)


def _eksakt_min_plan_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for min_plan_senest; se SEMANTICS.md.
    # § 18, stk. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 18, stk. 3
        _t1 = borger.første_henvendelse
        _t2: datetime.date | Udfald = _M27 if _t1 is None else _t1
        _t3 = min_plan_frist(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t2, 1, _t4, None)
            if _spor is not None:
                _spor.append(_trin_flyt('første_henvendelse', _t2, '+', _tekst('uger', _t4), _t6, '§ 18, stk. 3'))
            _t5 = _tvetydig(_t6, '§ 18, stk. 3') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 18, stk. 3',), None, None)
    return _O1


def akasse_samtale_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for samtalen i a-kassen (§ 101, stk. 2)'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800022e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, tilmeldt, eller forklaring
        return _eksakt_akasse_samtale_senest(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    tilmeldt: datetime.date = borger.tilmeldt  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede) and _værdi_akasse_samtale_påkrævet(borger, skøn)  # § 18, stk. 4
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(tilmeldt, 1, 2, None)), ('§ 18, stk. 4',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_akasse_samtale_senest(borger, skøn)


def _eksakt_akasse_samtale_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for akasse_samtale_senest; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 18, stk. 4
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _r1 is not False:
        _t1 = akasse_samtale_påkrævet(borger, skøn)
        _t2: bool | Udfald = cast('bool', _t1.værdi) if _t1.art == 'værdi' else _t1
        if _t2 is False or _r1 is True:
            _r1 = _t2
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 18, stk. 4
        _t3 = borger.tilmeldt
        _t4: datetime.date | Udfald = _M28 if _t3 is None else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t4, 1, 2, None)
            if _spor is not None:
                _spor.append(_trin_flyt('tilmeldt', _t4, '+', '2 uger', _t6, '§ 18, stk. 4'))
            _t5 = _tvetydig(_t6, '§ 18, stk. 4') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 18, stk. 4',), None, None)
    return _O1


def fællessamtale_næste_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste dato for fællessamtalen efter § 102, stk. 2'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800022e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, tilmeldt, eller forklaring
        return _eksakt_fællessamtale_næste_senest(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    tilmeldt: datetime.date = borger.tilmeldt  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede)  # § 18, stk. 5
        if _r1:
            return Udfald('værdi', _entydig_dato(_flyt(tilmeldt, 1, _værdi_fællessamtale_senest(borger, skøn), None)), ('§ 18, stk. 5',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fællessamtale_næste_senest(borger, skøn)


def _eksakt_fællessamtale_næste_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fællessamtale_næste_senest; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 18, stk. 5
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 18, stk. 5
        _t1 = borger.tilmeldt
        _t2: datetime.date | Udfald = _M29 if _t1 is None else _t1
        _t3 = fællessamtale_senest(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: datetime.date | Udfald
        if isinstance(_t2, Udfald):
            _t5 = _t2
        elif isinstance(_t4, Udfald):
            _t5 = _t4
        else:
            _t6 = _flyt(_t2, 1, _t4, None)
            if _spor is not None:
                _spor.append(_trin_flyt('tilmeldt', _t2, '+', _tekst('uger', _t4), _t6, '§ 18, stk. 5'))
            _t5 = _tvetydig(_t6, '§ 18, stk. 5') if isinstance(_t6, tuple) else _t6
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 18, stk. 5',), None, None)
    return _O1


def akasse_samtale_påkrævet(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'A-kassen skal holde samtalen efter § 101, stk. 2'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x808002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, seneste_cv_samtale, eller forklaring
        return _eksakt_akasse_samtale_påkrævet(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    seneste_cv_samtale: int | Fraction = borger.seneste_cv_samtale  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede)  # § 101, stk. 3
        if _r1:
            return Udfald('værdi', (not (seneste_cv_samtale <= 13)), ('§ 101, stk. 3',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_akasse_samtale_påkrævet(borger, skøn)


def _eksakt_akasse_samtale_påkrævet(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for akasse_samtale_påkrævet; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 101, stk. 3
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 101, stk. 3
        _t1 = borger.seneste_cv_samtale
        _t2: int | Fraction | Udfald = _M30 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 <= 13
        _t4: bool | Udfald = _t3 if isinstance(_t3, Udfald) else not _t3
        return _t4 if isinstance(_t4, Udfald) else Udfald('værdi', _t4, ('§ 101, stk. 3',), None, None)
    return _O1


def fællessamtaler_antal(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Antal fællessamtaler med a-kasse og jobcenter i fællessamtaler_periode'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000004:  # mangler ydelse, eller forklaring
        return _eksakt_fællessamtaler_antal(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse == 'dagpenge')  # § 102, stk. 1
        if _r1:
            return _V11
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fællessamtaler_antal(borger, skøn)


def _eksakt_fællessamtaler_antal(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fællessamtaler_antal; se SEMANTICS.md.
    # § 102, stk. 1
    _t1 = borger.ydelse
    _t2: str | Udfald = _M31 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    _r1: bool | Udfald = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 102, stk. 1
        return _V11
    return _O1


def fællessamtaler_periode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Perioden for de første fællessamtaler'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000004:  # mangler ydelse, eller forklaring
        return _eksakt_fællessamtaler_periode(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse == 'dagpenge')  # § 102, stk. 2
        if _r1:
            return _V12
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fællessamtaler_periode(borger, skøn)


def _eksakt_fællessamtaler_periode(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fællessamtaler_periode; se SEMANTICS.md.
    # § 102, stk. 2
    _t1 = borger.ydelse
    _t2: str | Udfald = _M32 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    _r1: bool | Udfald = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 102, stk. 2
        return _V12
    return _O1


def fællessamtale_senest(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Seneste tidspunkt for den næste fællessamtale'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_fællessamtale_senest(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede)  # § 102, stk. 3
        if _r1:
            return _V13
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_fællessamtale_senest(borger, skøn)


def _eksakt_fællessamtale_senest(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for fællessamtale_senest; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 102, stk. 3
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 102, stk. 3
        return _V13
    return _O1


def ordinær_uddannelse_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om ordinær uddannelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_ordinær_uddannelse_kan(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 30, stk. 2, nr. 1
        if _r1:
            return _V14
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_ordinær_uddannelse_kan(borger, skøn)


def _eksakt_ordinær_uddannelse_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for ordinær_uddannelse_kan; se SEMANTICS.md.
    # § 30, stk. 2, nr. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 30, stk. 2, nr. 1
        return _V14
    return _O1


def opkvalificering_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om øvrig vejledning og opkvalificering'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_opkvalificering_kan(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 30, stk. 2, nr. 2
        if _r1:
            return _V15
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_kan(borger, skøn)


def _eksakt_opkvalificering_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_kan; se SEMANTICS.md.
    # § 30, stk. 2, nr. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 30, stk. 2, nr. 2
        return _V15
    return _O1


def opkvalificering_varighedsbegrænset(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Vejledning og opkvalificering har en fast højeste varighed'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_opkvalificering_varighedsbegrænset(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 30, stk. 5
        if _r1:
            return _V16
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_varighedsbegrænset(borger, skøn)


def _eksakt_opkvalificering_varighedsbegrænset(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_varighedsbegrænset; se SEMANTICS.md.
    # § 30, stk. 5
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 30, stk. 5
        return _V16
    return _O1


def opkvalificering_formål(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Subjektive kriterier for vurdering af mulighed for indsatsen'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_opkvalificering_formål(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 30, stk. 4
        if _r1:
            return _V17
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_formål(borger, skøn)


def _eksakt_opkvalificering_formål(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_formål; se SEMANTICS.md.
    # § 30, stk. 4
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 30, stk. 4
        return _V17
    return _O1


def læse_skrive_regne_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ret til læse-, skrive-, regne- og ordblindekursus'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8200000:  # mangler læsetest_viser_behov, eller forklaring
        return _eksakt_læse_skrive_regne_ret(borger, skøn)
    læsetest_viser_behov: bool = borger.læsetest_viser_behov  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 35, stk. 1
        if _r1:
            return Udfald('værdi', læsetest_viser_behov, ('§ 35, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_læse_skrive_regne_ret(borger, skøn)


def _eksakt_læse_skrive_regne_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for læse_skrive_regne_ret; se SEMANTICS.md.
    # § 35, stk. 1
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 35, stk. 1
        _t1 = borger.læsetest_viser_behov
        _t2: bool | Udfald = _M33 if _t1 is None else _t1
        return _t2 if isinstance(_t2, Udfald) else Udfald('værdi', _t2, ('§ 35, stk. 1',), None, None)
    return _O1


def realkompetencevurdering_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ret til realkompetencevurdering'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8100000:  # mangler erhvervskompetencegivende_uddannelse, eller forklaring
        return _eksakt_realkompetencevurdering_ret(borger, skøn)
    erhvervskompetencegivende_uddannelse: bool = borger.erhvervskompetencegivende_uddannelse  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 35, stk. 2
        if _r1:
            return Udfald('værdi', (not erhvervskompetencegivende_uddannelse), ('§ 35, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_realkompetencevurdering_ret(borger, skøn)


def _eksakt_realkompetencevurdering_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for realkompetencevurdering_ret; se SEMANTICS.md.
    # § 35, stk. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 35, stk. 2
        _t1 = borger.erhvervskompetencegivende_uddannelse
        _t2: bool | Udfald = _M34 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else not _t2
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 35, stk. 2',), None, None)
    return _O1


def kompetencegivende_uddannelse_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om studie- og erhvervskompetencegivende uddannelse (personer under 30 år)'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000001:  # mangler alder, eller forklaring
        return _eksakt_kompetencegivende_uddannelse_kan(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (alder < 30)  # § 37, stk. 1
        if _r1:
            return _videre(ordinær_uddannelse_kan(borger, skøn), '§ 37, stk. 1')
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_kompetencegivende_uddannelse_kan(borger, skøn)


def _eksakt_kompetencegivende_uddannelse_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for kompetencegivende_uddannelse_kan; se SEMANTICS.md.
    # § 37, stk. 1
    _t1 = borger.alder
    _t2: int | Udfald = _M35 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 < 30
    _r1: bool | Udfald = _t3
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 37, stk. 1
        _t4 = ordinær_uddannelse_kan(borger, skøn)
        _t5: bool | Udfald = cast('bool', _t4.værdi) if _t4.art == 'værdi' else _t4
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 37, stk. 1',), None, None)
    return _O1


def jobrettet_uddannelse_højst(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste varighed af 6 ugers jobrettet uddannelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_jobrettet_uddannelse_højst(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede)  # § 105, stk. 2
        if _r1:
            return _V18
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_højst(borger, skøn)


def _eksakt_jobrettet_uddannelse_højst(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_højst; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 105, stk. 2
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 105, stk. 2
        return _V18
    return _O1


def jobrettet_uddannelse_karens(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Sammenlagt ledighed, før jobrettet uddannelse tidligst kan begynde'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_jobrettet_uddannelse_karens(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede)  # § 105, stk. 3
        if _r1:
            return _V19
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_karens(borger, skøn)


def _eksakt_jobrettet_uddannelse_karens(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_karens; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 105, stk. 3
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 105, stk. 3
        return _V19
    return _O1


def jobrettet_uddannelse_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan begynde på jobrettet uddannelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_jobrettet_uddannelse_kan(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede)  # § 105, stk. 4
        if _r1:
            return Udfald('værdi', (_værdi_ledighed_sammenlagt(borger, skøn) >= _værdi_jobrettet_uddannelse_karens(borger, skøn)), ('§ 105, stk. 4',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_kan(borger, skøn)


def _eksakt_jobrettet_uddannelse_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_kan; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 105, stk. 4
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 105, stk. 4
        _t1 = ledighed_sammenlagt(borger, skøn)
        _t2: int | Fraction | Udfald = cast('int | Fraction', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3 = jobrettet_uddannelse_karens(borger, skøn)
        _t4: int | Fraction | Udfald = cast('int | Fraction', _t3.værdi) if _t3.art == 'værdi' else _t3
        _t5: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t4 if isinstance(_t4, Udfald) else _t2 >= _t4
        return _t5 if isinstance(_t5, Udfald) else Udfald('værdi', _t5, ('§ 105, stk. 4',), None, None)
    return _O1


def jobrettet_uddannelse_afsluttet_inden(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Sammenlagt ledighed, inden for hvilken jobrettet uddannelse ud over 6 uger skal være afsluttet'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002f:  # mangler alder, forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_jobrettet_uddannelse_afsluttet_inden(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede) and (alder >= 25)  # § 105, stk. 5
        _r2 = (forsikrede) and (alder < 25)  # § 105, stk. 6
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V20
            return _V21
        if _n > 1:
            return _konflikt(('§ 105, stk. 5', _r1), ('§ 105, stk. 6', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_jobrettet_uddannelse_afsluttet_inden(borger, skøn)


def _eksakt_jobrettet_uddannelse_afsluttet_inden(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for jobrettet_uddannelse_afsluttet_inden; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 105, stk. 5
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _r1 is not False:
        _t1 = borger.alder
        _t2: int | Udfald = _M36 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 >= 25
        if _t3 is False or _r1 is True:
            _r1 = _t3
    # § 105, stk. 6
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r2: bool | Udfald = _g_forsikrede
    if _r2 is not False:
        _t4 = borger.alder
        _t5: int | Udfald = _M37 if _t4 is None else _t4
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
        return _konflikt(('§ 105, stk. 5', _w1), ('§ 105, stk. 6', _w2))
    if _w1:  # § 105, stk. 5
        return _V20
    if _w2:  # § 105, stk. 6
        return _V21
    return _O1


def regional_pulje_varighedsbegrænset(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Opkvalificering fra den regionale pulje er begrænset i varighed'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_regional_pulje_varighedsbegrænset(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (forsikrede)  # § 105, stk. 7
        if _r1:
            return _V22
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_regional_pulje_varighedsbegrænset(borger, skøn)


def _eksakt_regional_pulje_varighedsbegrænset(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for regional_pulje_varighedsbegrænset; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 105, stk. 7
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 105, stk. 7
        return _V22
    return _O1


def opkvalificering_ved_ansættelse_ledighedskrav(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Sammenlagt ledighed, der kræves for opkvalificering ved ansættelse'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002f:  # mangler alder, forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_opkvalificering_ved_ansættelse_ledighedskrav(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = (forsikrede) and ((alder < 30) or skøn['risiko for særlig langtidsledighed'])  # § 99, stk. 2
        _r1 = not (_r2) and (forsikrede)  # § 99, stk. 1
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V23
            return _V24
        if _n > 1:
            return _konflikt(('§ 99, stk. 1', _r1), ('§ 99, stk. 2', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_opkvalificering_ved_ansættelse_ledighedskrav(borger, skøn)


def _eksakt_opkvalificering_ved_ansættelse_ledighedskrav(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for opkvalificering_ved_ansættelse_ledighedskrav; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    # § 99, stk. 1
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r1: bool | Udfald = _g_forsikrede
    # § 99, stk. 2
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r2: bool | Udfald = _g_forsikrede
    if _r2 is not False:
        _t1 = borger.alder
        _t2: int | Udfald = _M38 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 < 30
        _t4: bool | Udfald = _t3
        if _t4 is not True:
            _t5 = skøn.get('risiko for særlig langtidsledighed')
            _t6: bool | Udfald = _S3 if _t5 is None else _t5
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
        return _V23
    if _w2:  # § 99, stk. 2
        return _V24
    return _O1


def virksomhedspraktik_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om virksomhedspraktik'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_virksomhedspraktik_kan(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 30, stk. 2, nr. 3
        if _r1:
            return _V25
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_virksomhedspraktik_kan(borger, skøn)


def _eksakt_virksomhedspraktik_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for virksomhedspraktik_kan; se SEMANTICS.md.
    # § 30, stk. 2, nr. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 30, stk. 2, nr. 3
        return _V25
    return _O1


def løntilskud_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få løntilskud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_løntilskud_kan(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 30, stk. 2, nr. 4
        if _r1:
            return _V26
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_kan(borger, skøn)


def _eksakt_løntilskud_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_kan; se SEMANTICS.md.
    # § 30, stk. 2, nr. 4
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 30, stk. 2, nr. 4
        return _V26
    return _O1


def mentorstøtte_kan(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få tilbud om mentorstøtte'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_mentorstøtte_kan(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        ikke_forsikrede = (((behov == 'jobrettet') and (not (forsikret and (ydelse in ('dagpenge', 'selvforsørgelse'))))) and (not job_på_særlige_vilkår))  # målgruppe 2 ikke_forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = (forsikrede or ikke_forsikrede)  # § 30, stk. 3
        _r1 = not (_r2)  # § 30, stk. 2, nr. 5
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V27
            return _V28
        if _n > 1:
            return _konflikt(('§ 30, stk. 2, nr. 5', _r1), ('§ 30, stk. 3', _r2))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_mentorstøtte_kan(borger, skøn)


def _eksakt_mentorstøtte_kan(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for mentorstøtte_kan; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    _g_ikke_forsikrede: bool | Udfald | None = None
    # § 30, stk. 2, nr. 5
    _r1: bool | Udfald = True
    # § 30, stk. 3
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r2: bool | Udfald = _g_forsikrede
    if _r2 is not True:
        if _g_ikke_forsikrede is None:
            _g_ikke_forsikrede = _målgruppe_ikke_forsikrede(borger, skøn)
        if _g_ikke_forsikrede is True or _r2 is False:
            _r2 = _g_ikke_forsikrede
    if _spor is not None:
        _spor.append((_r1, _r2))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald):
        return _r2
    _w1 = _r1 is True and not (_r2 is True)
    _w2 = _r2 is True
    if _w1 + _w2 > 1:
        return _konflikt(('§ 30, stk. 2, nr. 5', _w1), ('§ 30, stk. 3', _w2))
    if _w1:  # § 30, stk. 2, nr. 5
        return _V27
    if _w2:  # § 30, stk. 3
        return _V28
    return _O1


def mentorstøtte_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Har ret til mentorstøtte'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x800002f:  # mangler alder, forsikret, ydelse, behov, job_på_særlige_vilkår, eller forklaring
        return _eksakt_mentorstøtte_ret(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    try:
        sammenhængende_indsats = ((((behov == 'sammenhængende') and (alder >= 30)) and (not (forsikret and (ydelse in ('dagpenge', 'selvforsørgelse'))))) and (not job_på_særlige_vilkår))  # målgruppe 4 sammenhængende_indsats
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (sammenhængende_indsats)  # § 130, stk. 1
        if _r1:
            return Udfald('værdi', (skøn['andre tilbud er ikke mulige'] and skøn['mentorstøtte er hensigtsmæssig for at skabe progression og resultater']), ('§ 130, stk. 1',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_mentorstøtte_ret(borger, skøn)


def _eksakt_mentorstøtte_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for mentorstøtte_ret; se SEMANTICS.md.
    _g_sammenhængende_indsats: bool | Udfald | None = None
    # § 130, stk. 1
    if _g_sammenhængende_indsats is None:
        _g_sammenhængende_indsats = _målgruppe_sammenhængende_indsats(borger, skøn)
    _r1: bool | Udfald = _g_sammenhængende_indsats
    if _spor is not None:
        _spor.append((_r1,))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r1, Udfald):
        return _r1
    _w1 = _r1 is True
    if _w1:  # § 130, stk. 1
        _t1 = skøn.get('andre tilbud er ikke mulige')
        _t2: bool | Udfald = _S4 if _t1 is None else _t1
        _t3: bool | Udfald = _t2
        if _t3 is not False:
            _t4 = skøn.get('mentorstøtte er hensigtsmæssig for at skabe progression og resultater')
            _t5: bool | Udfald = _S5 if _t4 is None else _t4
            if _t5 is False or _t3 is True:
                _t3 = _t5
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 130, stk. 1',), None, None)
    return _O1


def praktik_varighed(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste varighed af virksomhedspraktik'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x803f03f:  # mangler alder, forsikret, ydelse, behov, kompetencegivende_uddannelse, job_på_særlige_vilkår, dimittend, kort_videregående_uddannelse, ordinær_beskæftigelse_efter_uddannelse, erhvervserfaring, langvarig_ledighed, tilmeldt_jobsøgende, eller forklaring
        return _eksakt_praktik_varighed(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    kompetencegivende_uddannelse: bool = borger.kompetencegivende_uddannelse  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    dimittend: bool = borger.dimittend  # type: ignore[assignment]
    kort_videregående_uddannelse: bool = borger.kort_videregående_uddannelse  # type: ignore[assignment]
    ordinær_beskæftigelse_efter_uddannelse: bool = borger.ordinær_beskæftigelse_efter_uddannelse  # type: ignore[assignment]
    erhvervserfaring: bool = borger.erhvervserfaring  # type: ignore[assignment]
    langvarig_ledighed: bool = borger.langvarig_ledighed  # type: ignore[assignment]
    tilmeldt_jobsøgende: bool = borger.tilmeldt_jobsøgende  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        ikke_forsikrede = (((behov == 'jobrettet') and (not (forsikret and (ydelse in ('dagpenge', 'selvforsørgelse'))))) and (not job_på_særlige_vilkår))  # målgruppe 2 ikke_forsikrede
        unge = ((((alder < 30) and (not kompetencegivende_uddannelse)) and (behov in ('uddannelsesrettet', 'sammenhængende'))) and (not job_på_særlige_vilkår))  # målgruppe 3 unge
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r4 = (forsikrede) and ((dimittend and kort_videregående_uddannelse) and (not ordinær_beskæftigelse_efter_uddannelse))  # § 103, stk. 2
        _r3 = not (_r4) and (forsikrede)  # § 103, stk. 1
        _r6 = (ikke_forsikrede) and (((not erhvervserfaring) or langvarig_ledighed) or skøn['i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud'])  # § 110, stk. 2
        _r5 = not (_r6) and (ikke_forsikrede)  # § 110, stk. 1
        _r8 = (unge) and (tilmeldt_jobsøgende and (((not erhvervserfaring) or langvarig_ledighed) or skøn['i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud']))  # § 124, stk. 2
        _r7 = not (_r8) and (unge) and tilmeldt_jobsøgende  # § 124, stk. 1
        _r2 = not (_r3 or _r4 or _r5 or _r6 or _r7 or _r8) and skøn['konkret individuel vurdering']  # § 44, stk. 2
        _r1 = not (_r2 or _r3 or _r4 or _r5 or _r6 or _r7 or _r8)  # § 44, stk. 1
        _n = _r1 + _r2 + _r3 + _r4 + _r5 + _r6 + _r7 + _r8
        if _n == 1:
            if _r1:
                return _V29
            if _r2:
                return _V30
            if _r3:
                return _V31
            if _r4:
                return _V32
            if _r5:
                return _V33
            if _r6:
                return _V34
            if _r7:
                return _V35
            return _V36
        if _n > 1:
            return _konflikt(('§ 44, stk. 1', _r1), ('§ 44, stk. 2', _r2), ('§ 103, stk. 1', _r3), ('§ 103, stk. 2', _r4), ('§ 110, stk. 1', _r5), ('§ 110, stk. 2', _r6), ('§ 124, stk. 1', _r7), ('§ 124, stk. 2', _r8))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_praktik_varighed(borger, skøn)


def _eksakt_praktik_varighed(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for praktik_varighed; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    _g_ikke_forsikrede: bool | Udfald | None = None
    _g_unge: bool | Udfald | None = None
    # § 44, stk. 1
    _r1: bool | Udfald = True
    # § 44, stk. 2
    _t1 = skøn.get('konkret individuel vurdering')
    _t2: bool | Udfald = _S6 if _t1 is None else _t1
    _r2: bool | Udfald = _t2
    # § 103, stk. 1
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r3: bool | Udfald = _g_forsikrede
    # § 103, stk. 2
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r4: bool | Udfald = _g_forsikrede
    if _r4 is not False:
        _t3 = borger.dimittend
        _t4: bool | Udfald = _M39 if _t3 is None else _t3
        _t5: bool | Udfald = _t4
        if _t5 is not False:
            _t6 = borger.kort_videregående_uddannelse
            _t7: bool | Udfald = _M40 if _t6 is None else _t6
            if _t7 is False or _t5 is True:
                _t5 = _t7
        _t8: bool | Udfald = _t5
        if _t8 is not False:
            _t9 = borger.ordinær_beskæftigelse_efter_uddannelse
            _t10: bool | Udfald = _M41 if _t9 is None else _t9
            _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else not _t10
            if _t11 is False or _t8 is True:
                _t8 = _t11
        if _t8 is False or _r4 is True:
            _r4 = _t8
    # § 110, stk. 1
    if _g_ikke_forsikrede is None:
        _g_ikke_forsikrede = _målgruppe_ikke_forsikrede(borger, skøn)
    _r5: bool | Udfald = _g_ikke_forsikrede
    # § 110, stk. 2
    if _g_ikke_forsikrede is None:
        _g_ikke_forsikrede = _målgruppe_ikke_forsikrede(borger, skøn)
    _r6: bool | Udfald = _g_ikke_forsikrede
    if _r6 is not False:
        _t12 = borger.erhvervserfaring
        _t13: bool | Udfald = _M42 if _t12 is None else _t12
        _t14: bool | Udfald = _t13 if isinstance(_t13, Udfald) else not _t13
        _t15: bool | Udfald = _t14
        if _t15 is not True:
            _t16 = borger.langvarig_ledighed
            _t17: bool | Udfald = _M43 if _t16 is None else _t16
            if _t17 is True or _t15 is False:
                _t15 = _t17
        _t18: bool | Udfald = _t15
        if _t18 is not True:
            _t19 = skøn.get('i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud')
            _t20: bool | Udfald = _S7 if _t19 is None else _t19
            if _t20 is True or _t18 is False:
                _t18 = _t20
        if _t18 is False or _r6 is True:
            _r6 = _t18
    # § 124, stk. 1
    if _g_unge is None:
        _g_unge = _målgruppe_unge(borger, skøn)
    _r7: bool | Udfald = _g_unge
    if _r7 is not False:
        _t21 = borger.tilmeldt_jobsøgende
        _t22: bool | Udfald = _M44 if _t21 is None else _t21
        if _t22 is False or _r7 is True:
            _r7 = _t22
    # § 124, stk. 2
    if _g_unge is None:
        _g_unge = _målgruppe_unge(borger, skøn)
    _r8: bool | Udfald = _g_unge
    if _r8 is not False:
        _t23 = borger.tilmeldt_jobsøgende
        _t24: bool | Udfald = _M45 if _t23 is None else _t23
        _t25: bool | Udfald = _t24
        if _t25 is not False:
            _t26 = borger.erhvervserfaring
            _t27: bool | Udfald = _M46 if _t26 is None else _t26
            _t28: bool | Udfald = _t27 if isinstance(_t27, Udfald) else not _t27
            _t29: bool | Udfald = _t28
            if _t29 is not True:
                _t30 = borger.langvarig_ledighed
                _t31: bool | Udfald = _M47 if _t30 is None else _t30
                if _t31 is True or _t29 is False:
                    _t29 = _t31
            _t32: bool | Udfald = _t29
            if _t32 is not True:
                _t33 = skøn.get('i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud')
                _t34: bool | Udfald = _S8 if _t33 is None else _t33
                if _t34 is True or _t32 is False:
                    _t32 = _t34
            if _t32 is False or _t25 is True:
                _t25 = _t32
        if _t25 is False or _r8 is True:
            _r8 = _t25
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4, _r5, _r6, _r7, _r8))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald) and not (_r3 is True or _r4 is True or _r5 is True or _r6 is True or _r7 is True or _r8 is True):
        return _r2
    if isinstance(_r3, Udfald) and not (_r4 is True):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    if isinstance(_r5, Udfald) and not (_r6 is True):
        return _r5
    if isinstance(_r6, Udfald):
        return _r6
    if isinstance(_r7, Udfald) and not (_r8 is True):
        return _r7
    if isinstance(_r8, Udfald):
        return _r8
    _w1 = _r1 is True and not (_r2 is True or _r3 is True or _r4 is True or _r5 is True or _r6 is True or _r7 is True or _r8 is True)
    _w2 = _r2 is True and not (_r3 is True or _r4 is True or _r5 is True or _r6 is True or _r7 is True or _r8 is True)
    _w3 = _r3 is True and not (_r4 is True)
    _w4 = _r4 is True
    _w5 = _r5 is True and not (_r6 is True)
    _w6 = _r6 is True
    _w7 = _r7 is True and not (_r8 is True)
    _w8 = _r8 is True
    if _w1 + _w2 + _w3 + _w4 + _w5 + _w6 + _w7 + _w8 > 1:
        return _konflikt(('§ 44, stk. 1', _w1), ('§ 44, stk. 2', _w2), ('§ 103, stk. 1', _w3), ('§ 103, stk. 2', _w4), ('§ 110, stk. 1', _w5), ('§ 110, stk. 2', _w6), ('§ 124, stk. 1', _w7), ('§ 124, stk. 2', _w8))
    if _w1:  # § 44, stk. 1
        return _V29
    if _w2:  # § 44, stk. 2
        return _V30
    if _w3:  # § 103, stk. 1
        return _V31
    if _w4:  # § 103, stk. 2
        return _V32
    if _w5:  # § 110, stk. 1
        return _V33
    if _w6:  # § 110, stk. 2
        return _V34
    if _w7:  # § 124, stk. 1
        return _V35
    if _w8:  # § 124, stk. 2
        return _V36
    return _O1


def nytteindsats_varighed(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste varighed af virksomhedspraktik som nytteindsats'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_nytteindsats_varighed(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 44, stk. 3
        if _r1:
            return _V37
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_nytteindsats_varighed(borger, skøn)


def _eksakt_nytteindsats_varighed(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for nytteindsats_varighed; se SEMANTICS.md.
    # § 44, stk. 3
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 44, stk. 3
        return _V37
    return _O1


def løntilskud_ledighedskrav_opfyldt(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kravet til ledighed (karens) inden tilbud er opfyldt'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000c2f:  # mangler alder, forsikret, ydelse, behov, job_på_særlige_vilkår, enlig_forsørger, gymnasial_uddannelse, eller forklaring
        return _eksakt_løntilskud_ledighedskrav_opfyldt(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    enlig_forsørger: bool = borger.enlig_forsørger  # type: ignore[assignment]
    gymnasial_uddannelse: bool = borger.gymnasial_uddannelse  # type: ignore[assignment]
    try:
        _v_ledighed_sammenlagt = _værdi_ledighed_sammenlagt(borger, skøn)
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        ikke_forsikrede = (((behov == 'jobrettet') and (not (forsikret and (ydelse in ('dagpenge', 'selvforsørgelse'))))) and (not job_på_særlige_vilkår))  # målgruppe 2 ikke_forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = (forsikrede)  # § 104, stk. 1
        _r3 = (ikke_forsikrede)  # § 111, stk. 1
        _r1 = not (_r2 or _r3)  # § 51, stk. 1
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return _V38
            if _r2:
                return Udfald('værdi', ((((_v_ledighed_sammenlagt > 26) or (alder > 50)) or enlig_forsørger) or (not gymnasial_uddannelse)), ('§ 104, stk. 1',), None, None)
            return Udfald('værdi', ((((_v_ledighed_sammenlagt > 26) or (alder > 50)) or enlig_forsørger) or (not gymnasial_uddannelse)), ('§ 111, stk. 1',), None, None)
        if _n > 1:
            return _konflikt(('§ 51, stk. 1', _r1), ('§ 104, stk. 1', _r2), ('§ 111, stk. 1', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_ledighedskrav_opfyldt(borger, skøn)


def _eksakt_løntilskud_ledighedskrav_opfyldt(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_ledighedskrav_opfyldt; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    _g_ikke_forsikrede: bool | Udfald | None = None
    # § 51, stk. 1
    _r1: bool | Udfald = True
    # § 104, stk. 1
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r2: bool | Udfald = _g_forsikrede
    # § 111, stk. 1
    if _g_ikke_forsikrede is None:
        _g_ikke_forsikrede = _målgruppe_ikke_forsikrede(borger, skøn)
    _r3: bool | Udfald = _g_ikke_forsikrede
    if _spor is not None:
        _spor.append((_r1, _r2, _r3))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    _w1 = _r1 is True and not (_r2 is True or _r3 is True)
    _w2 = _r2 is True
    _w3 = _r3 is True
    if _w1 + _w2 + _w3 > 1:
        return _konflikt(('§ 51, stk. 1', _w1), ('§ 104, stk. 1', _w2), ('§ 111, stk. 1', _w3))
    if _w1:  # § 51, stk. 1
        return _V38
    if _w2:  # § 104, stk. 1
        _t1 = ledighed_sammenlagt(borger, skøn)
        _t2: int | Fraction | Udfald = cast('int | Fraction', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 > 26
        _t4: bool | Udfald = _t3
        if _t4 is not True:
            _t5 = borger.alder
            _t6: int | Udfald = _M48 if _t5 is None else _t5
            _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 > 50
            if _t7 is True or _t4 is False:
                _t4 = _t7
        _t8: bool | Udfald = _t4
        if _t8 is not True:
            _t9 = borger.enlig_forsørger
            _t10: bool | Udfald = _M49 if _t9 is None else _t9
            if _t10 is True or _t8 is False:
                _t8 = _t10
        _t11: bool | Udfald = _t8
        if _t11 is not True:
            _t12 = borger.gymnasial_uddannelse
            _t13: bool | Udfald = _M50 if _t12 is None else _t12
            _t14: bool | Udfald = _t13 if isinstance(_t13, Udfald) else not _t13
            if _t14 is True or _t11 is False:
                _t11 = _t14
        return _t11 if isinstance(_t11, Udfald) else Udfald('værdi', _t11, ('§ 104, stk. 1',), None, None)
    if _w3:  # § 111, stk. 1
        _t15 = ledighed_sammenlagt(borger, skøn)
        _t16: int | Fraction | Udfald = cast('int | Fraction', _t15.værdi) if _t15.art == 'værdi' else _t15
        _t17: bool | Udfald = _t16 if isinstance(_t16, Udfald) else _t16 > 26
        _t18: bool | Udfald = _t17
        if _t18 is not True:
            _t19 = borger.alder
            _t20: int | Udfald = _M51 if _t19 is None else _t19
            _t21: bool | Udfald = _t20 if isinstance(_t20, Udfald) else _t20 > 50
            if _t21 is True or _t18 is False:
                _t18 = _t21
        _t22: bool | Udfald = _t18
        if _t22 is not True:
            _t23 = borger.enlig_forsørger
            _t24: bool | Udfald = _M52 if _t23 is None else _t23
            if _t24 is True or _t22 is False:
                _t22 = _t24
        _t25: bool | Udfald = _t22
        if _t25 is not True:
            _t26 = borger.gymnasial_uddannelse
            _t27: bool | Udfald = _M53 if _t26 is None else _t26
            _t28: bool | Udfald = _t27 if isinstance(_t27, Udfald) else not _t27
            if _t28 is True or _t25 is False:
                _t25 = _t28
        return _t25 if isinstance(_t25, Udfald) else Udfald('værdi', _t25, ('§ 111, stk. 1',), None, None)
    return _O1


def løntilskud_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kan få (eller fortsætte i) et løntilskudsjob'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_løntilskud_ret(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 51, stk. 2
        if _r1:
            return Udfald('værdi', (_værdi_løntilskud_kan(borger, skøn) and _værdi_løntilskud_ledighedskrav_opfyldt(borger, skøn)), ('§ 51, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_ret(borger, skøn)


def _eksakt_løntilskud_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_ret; se SEMANTICS.md.
    # § 51, stk. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 51, stk. 2
        _t1 = løntilskud_kan(borger, skøn)
        _t2: bool | Udfald = cast('bool', _t1.værdi) if _t1.art == 'værdi' else _t1
        _t3: bool | Udfald = _t2
        if _t3 is not False:
            _t4 = løntilskud_ledighedskrav_opfyldt(borger, skøn)
            _t5: bool | Udfald = cast('bool', _t4.værdi) if _t4.art == 'værdi' else _t4
            if _t5 is False or _t3 is True:
                _t3 = _t5
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 51, stk. 2',), None, None)
    return _O1


def løntilskud_varighed(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Højeste varighed af løntilskud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x804002e:  # mangler forsikret, ydelse, behov, job_på_særlige_vilkår, arbejdsgiver, eller forklaring
        return _eksakt_løntilskud_varighed(borger, skøn)
    forsikret: bool = borger.forsikret  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    behov: str = borger.behov  # type: ignore[assignment]
    job_på_særlige_vilkår: bool = borger.job_på_særlige_vilkår  # type: ignore[assignment]
    arbejdsgiver: str = borger.arbejdsgiver  # type: ignore[assignment]
    try:
        forsikrede = ((((behov == 'jobrettet') and forsikret) and (ydelse in ('dagpenge', 'selvforsørgelse'))) and (not job_på_særlige_vilkår))  # målgruppe 1 forsikrede
        ikke_forsikrede = (((behov == 'jobrettet') and (not (forsikret and (ydelse in ('dagpenge', 'selvforsørgelse'))))) and (not job_på_særlige_vilkår))  # målgruppe 2 ikke_forsikrede
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = (forsikrede) and (arbejdsgiver == 'offentlig')  # § 104, stk. 2
        _r3 = (forsikrede) and (arbejdsgiver == 'privat')  # § 104, stk. 3
        _r4 = (ikke_forsikrede)  # § 111, stk. 2
        _r1 = not (_r2 or _r3 or _r4)  # § 51, stk. 3
        _n = _r1 + _r2 + _r3 + _r4
        if _n == 1:
            if _r1:
                return _V39
            if _r2:
                return _V40
            if _r3:
                return _V41
            return _V42
        if _n > 1:
            return _konflikt(('§ 51, stk. 3', _r1), ('§ 104, stk. 2', _r2), ('§ 104, stk. 3', _r3), ('§ 111, stk. 2', _r4))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_varighed(borger, skøn)


def _eksakt_løntilskud_varighed(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_varighed; se SEMANTICS.md.
    _g_forsikrede: bool | Udfald | None = None
    _g_ikke_forsikrede: bool | Udfald | None = None
    # § 51, stk. 3
    _r1: bool | Udfald = True
    # § 104, stk. 2
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r2: bool | Udfald = _g_forsikrede
    if _r2 is not False:
        _t1 = borger.arbejdsgiver
        _t2: str | Udfald = _M54 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'offentlig'
        if _t3 is False or _r2 is True:
            _r2 = _t3
    # § 104, stk. 3
    if _g_forsikrede is None:
        _g_forsikrede = _målgruppe_forsikrede(borger, skøn)
    _r3: bool | Udfald = _g_forsikrede
    if _r3 is not False:
        _t4 = borger.arbejdsgiver
        _t5: str | Udfald = _M55 if _t4 is None else _t4
        _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 == 'privat'
        if _t6 is False or _r3 is True:
            _r3 = _t6
    # § 111, stk. 2
    if _g_ikke_forsikrede is None:
        _g_ikke_forsikrede = _målgruppe_ikke_forsikrede(borger, skøn)
    _r4: bool | Udfald = _g_ikke_forsikrede
    if _spor is not None:
        _spor.append((_r1, _r2, _r3, _r4))
    # Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.
    if isinstance(_r2, Udfald):
        return _r2
    if isinstance(_r3, Udfald):
        return _r3
    if isinstance(_r4, Udfald):
        return _r4
    _w1 = _r1 is True and not (_r2 is True or _r3 is True or _r4 is True)
    _w2 = _r2 is True
    _w3 = _r3 is True
    _w4 = _r4 is True
    if _w1 + _w2 + _w3 + _w4 > 1:
        return _konflikt(('§ 51, stk. 3', _w1), ('§ 104, stk. 2', _w2), ('§ 104, stk. 3', _w3), ('§ 111, stk. 2', _w4))
    if _w1:  # § 51, stk. 3
        return _V39
    if _w2:  # § 104, stk. 2
        return _V40
    if _w3:  # § 104, stk. 3
        return _V41
    if _w4:  # § 111, stk. 2
        return _V42
    return _O1


def løntilskud_selvfundet_ret(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Ret til selvfundet løntilskud'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_løntilskud_selvfundet_ret(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 51, stk. 4
        if _r1:
            return _V43
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_selvfundet_ret(borger, skøn)


def _eksakt_løntilskud_selvfundet_ret(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_selvfundet_ret; se SEMANTICS.md.
    # § 51, stk. 4
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 51, stk. 4
        return _V43
    return _O1


def løntilskud_formål(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Kriterier for vurdering af mulighed for indsatsen'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_løntilskud_formål(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 51, stk. 6
        if _r1:
            return _V44
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_formål(borger, skøn)


def _eksakt_løntilskud_formål(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_formål; se SEMANTICS.md.
    # § 51, stk. 6
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 51, stk. 6
        return _V44
    return _O1


def løntilskud_vilkår_privat(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Løn-, tids- og arbejdsvilkår hos private arbejdsgivere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8400005:  # mangler alder, ydelse, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_vilkår_privat(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = ((ydelse in ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'ressourceforløbsydelse')) or (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (alder >= 18)))  # § 53, stk. 1
        _r2 = (ydelse == 'revalideringsydelse')  # § 53, stk. 2
        _r3 = ((ydelse == 'førtidspension') or ((ydelse == 'selvforsørgelse') and dimittend_med_handicap))  # § 53, stk. 3
        _n = _r1 + _r2 + _r3
        if _n == 1:
            if _r1:
                return _V45
            if _r2:
                return _V46
            return _V47
        if _n > 1:
            return _konflikt(('§ 53, stk. 1', _r1), ('§ 53, stk. 2', _r2), ('§ 53, stk. 3', _r3))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_vilkår_privat(borger, skøn)


def _eksakt_løntilskud_vilkår_privat(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_vilkår_privat; se SEMANTICS.md.
    # § 53, stk. 1
    _t1 = borger.ydelse
    _t2: str | Udfald = _M56 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 in ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'ressourceforløbsydelse')
    _t4: bool | Udfald = _t3
    if _t4 is not True:
        _t5 = borger.ydelse
        _t6: str | Udfald = _M56 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else _t6 == 'selvforsørgelse'
        _t8: bool | Udfald = _t7
        if _t8 is not False:
            _t9 = borger.dimittend_med_handicap
            _t10: bool | Udfald = _M57 if _t9 is None else _t9
            _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else not _t10
            if _t11 is False or _t8 is True:
                _t8 = _t11
        _t12: bool | Udfald = _t8
        if _t12 is not False:
            _t13 = borger.alder
            _t14: int | Udfald = _M58 if _t13 is None else _t13
            _t15: bool | Udfald = _t14 if isinstance(_t14, Udfald) else _t14 >= 18
            if _t15 is False or _t12 is True:
                _t12 = _t15
        if _t12 is True or _t4 is False:
            _t4 = _t12
    _r1: bool | Udfald = _t4
    # § 53, stk. 2
    _t16 = borger.ydelse
    _t17: str | Udfald = _M59 if _t16 is None else _t16
    _t18: bool | Udfald = _t17 if isinstance(_t17, Udfald) else _t17 == 'revalideringsydelse'
    _r2: bool | Udfald = _t18
    # § 53, stk. 3
    _t19 = borger.ydelse
    _t20: str | Udfald = _M60 if _t19 is None else _t19
    _t21: bool | Udfald = _t20 if isinstance(_t20, Udfald) else _t20 == 'førtidspension'
    _t22: bool | Udfald = _t21
    if _t22 is not True:
        _t23 = borger.ydelse
        _t24: str | Udfald = _M60 if _t23 is None else _t23
        _t25: bool | Udfald = _t24 if isinstance(_t24, Udfald) else _t24 == 'selvforsørgelse'
        _t26: bool | Udfald = _t25
        if _t26 is not False:
            _t27 = borger.dimittend_med_handicap
            _t28: bool | Udfald = _M61 if _t27 is None else _t27
            if _t28 is False or _t26 is True:
                _t26 = _t28
        if _t26 is True or _t22 is False:
            _t22 = _t26
    _r3: bool | Udfald = _t22
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
        return _V45
    if _w2:  # § 53, stk. 2
        return _V46
    if _w3:  # § 53, stk. 3
        return _V47
    return _O1


def løntilskud_vilkår_offentlig(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Løn- og arbejdsvilkår hos offentlige arbejdsgivere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8400005:  # mangler alder, ydelse, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_vilkår_offentlig(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse == 'dagpenge')  # § 53, stk. 4
        _r2 = (ydelse in ('kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'ressourceforløbsydelse'))  # § 53, stk. 5
        _r3 = (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (alder >= 18))  # § 53, stk. 6
        _r4 = (ydelse == 'revalideringsydelse')  # § 53, stk. 7
        _r5 = (ydelse == 'førtidspension')  # § 53, stk. 8
        _r6 = ((ydelse == 'selvforsørgelse') and dimittend_med_handicap)  # § 53, stk. 9
        _n = _r1 + _r2 + _r3 + _r4 + _r5 + _r6
        if _n == 1:
            if _r1:
                return _V48
            if _r2:
                return _V49
            if _r3:
                return _V50
            if _r4:
                return _V51
            if _r5:
                return _V52
            return _V53
        if _n > 1:
            return _konflikt(('§ 53, stk. 4', _r1), ('§ 53, stk. 5', _r2), ('§ 53, stk. 6', _r3), ('§ 53, stk. 7', _r4), ('§ 53, stk. 8', _r5), ('§ 53, stk. 9', _r6))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_vilkår_offentlig(borger, skøn)


def _eksakt_løntilskud_vilkår_offentlig(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_vilkår_offentlig; se SEMANTICS.md.
    # § 53, stk. 4
    _t1 = borger.ydelse
    _t2: str | Udfald = _M62 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'dagpenge'
    _r1: bool | Udfald = _t3
    # § 53, stk. 5
    _t4 = borger.ydelse
    _t5: str | Udfald = _M63 if _t4 is None else _t4
    _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 in ('kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'ressourceforløbsydelse')
    _r2: bool | Udfald = _t6
    # § 53, stk. 6
    _t7 = borger.ydelse
    _t8: str | Udfald = _M64 if _t7 is None else _t7
    _t9: bool | Udfald = _t8 if isinstance(_t8, Udfald) else _t8 == 'selvforsørgelse'
    _t10: bool | Udfald = _t9
    if _t10 is not False:
        _t11 = borger.dimittend_med_handicap
        _t12: bool | Udfald = _M65 if _t11 is None else _t11
        _t13: bool | Udfald = _t12 if isinstance(_t12, Udfald) else not _t12
        if _t13 is False or _t10 is True:
            _t10 = _t13
    _t14: bool | Udfald = _t10
    if _t14 is not False:
        _t15 = borger.alder
        _t16: int | Udfald = _M66 if _t15 is None else _t15
        _t17: bool | Udfald = _t16 if isinstance(_t16, Udfald) else _t16 >= 18
        if _t17 is False or _t14 is True:
            _t14 = _t17
    _r3: bool | Udfald = _t14
    # § 53, stk. 7
    _t18 = borger.ydelse
    _t19: str | Udfald = _M67 if _t18 is None else _t18
    _t20: bool | Udfald = _t19 if isinstance(_t19, Udfald) else _t19 == 'revalideringsydelse'
    _r4: bool | Udfald = _t20
    # § 53, stk. 8
    _t21 = borger.ydelse
    _t22: str | Udfald = _M68 if _t21 is None else _t21
    _t23: bool | Udfald = _t22 if isinstance(_t22, Udfald) else _t22 == 'førtidspension'
    _r5: bool | Udfald = _t23
    # § 53, stk. 9
    _t24 = borger.ydelse
    _t25: str | Udfald = _M69 if _t24 is None else _t24
    _t26: bool | Udfald = _t25 if isinstance(_t25, Udfald) else _t25 == 'selvforsørgelse'
    _t27: bool | Udfald = _t26
    if _t27 is not False:
        _t28 = borger.dimittend_med_handicap
        _t29: bool | Udfald = _M70 if _t28 is None else _t28
        if _t29 is False or _t27 is True:
            _t27 = _t29
    _r6: bool | Udfald = _t27
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
        return _konflikt(('§ 53, stk. 4', _w1), ('§ 53, stk. 5', _w2), ('§ 53, stk. 6', _w3), ('§ 53, stk. 7', _w4), ('§ 53, stk. 8', _w5), ('§ 53, stk. 9', _w6))
    if _w1:  # § 53, stk. 4
        return _V48
    if _w2:  # § 53, stk. 5
        return _V49
    if _w3:  # § 53, stk. 6
        return _V50
    if _w4:  # § 53, stk. 7
        return _V51
    if _w5:  # § 53, stk. 8
        return _V52
    if _w6:  # § 53, stk. 9
        return _V53
    return _O1


def løntilskud_arbejdstid_offentlig(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Arbejdstid hos offentlige arbejdsgivere'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8400005:  # mangler alder, ydelse, dimittend_med_handicap, eller forklaring
        return _eksakt_løntilskud_arbejdstid_offentlig(borger, skøn)
    alder: int = borger.alder  # type: ignore[assignment]
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    dimittend_med_handicap: bool = borger.dimittend_med_handicap  # type: ignore[assignment]
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (ydelse in ('dagpenge', 'kontanthjælp'))  # § 53, stk. 10
        _r2 = (ydelse == 'sygedagpenge')  # § 53, stk. 11
        _r3 = ((ydelse in ('ressourceforløbsydelse', 'uddannelseshjælp', 'revalideringsydelse')) or (((ydelse == 'selvforsørgelse') and (not dimittend_med_handicap)) and (alder >= 18)))  # § 53, stk. 12
        _r4 = (ydelse == 'førtidspension')  # § 53, stk. 13
        _r5 = ((ydelse == 'selvforsørgelse') and dimittend_med_handicap)  # § 53, stk. 14
        _n = _r1 + _r2 + _r3 + _r4 + _r5
        if _n == 1:
            if _r1:
                return _V54
            if _r2:
                return _V55
            if _r3:
                return _V56
            if _r4:
                return _V57
            return _V58
        if _n > 1:
            return _konflikt(('§ 53, stk. 10', _r1), ('§ 53, stk. 11', _r2), ('§ 53, stk. 12', _r3), ('§ 53, stk. 13', _r4), ('§ 53, stk. 14', _r5))
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_løntilskud_arbejdstid_offentlig(borger, skøn)


def _eksakt_løntilskud_arbejdstid_offentlig(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for løntilskud_arbejdstid_offentlig; se SEMANTICS.md.
    # § 53, stk. 10
    _t1 = borger.ydelse
    _t2: str | Udfald = _M71 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 in ('dagpenge', 'kontanthjælp')
    _r1: bool | Udfald = _t3
    # § 53, stk. 11
    _t4 = borger.ydelse
    _t5: str | Udfald = _M72 if _t4 is None else _t4
    _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 == 'sygedagpenge'
    _r2: bool | Udfald = _t6
    # § 53, stk. 12
    _t7 = borger.ydelse
    _t8: str | Udfald = _M73 if _t7 is None else _t7
    _t9: bool | Udfald = _t8 if isinstance(_t8, Udfald) else _t8 in ('ressourceforløbsydelse', 'uddannelseshjælp', 'revalideringsydelse')
    _t10: bool | Udfald = _t9
    if _t10 is not True:
        _t11 = borger.ydelse
        _t12: str | Udfald = _M73 if _t11 is None else _t11
        _t13: bool | Udfald = _t12 if isinstance(_t12, Udfald) else _t12 == 'selvforsørgelse'
        _t14: bool | Udfald = _t13
        if _t14 is not False:
            _t15 = borger.dimittend_med_handicap
            _t16: bool | Udfald = _M74 if _t15 is None else _t15
            _t17: bool | Udfald = _t16 if isinstance(_t16, Udfald) else not _t16
            if _t17 is False or _t14 is True:
                _t14 = _t17
        _t18: bool | Udfald = _t14
        if _t18 is not False:
            _t19 = borger.alder
            _t20: int | Udfald = _M75 if _t19 is None else _t19
            _t21: bool | Udfald = _t20 if isinstance(_t20, Udfald) else _t20 >= 18
            if _t21 is False or _t18 is True:
                _t18 = _t21
        if _t18 is True or _t10 is False:
            _t10 = _t18
    _r3: bool | Udfald = _t10
    # § 53, stk. 13
    _t22 = borger.ydelse
    _t23: str | Udfald = _M76 if _t22 is None else _t22
    _t24: bool | Udfald = _t23 if isinstance(_t23, Udfald) else _t23 == 'førtidspension'
    _r4: bool | Udfald = _t24
    # § 53, stk. 14
    _t25 = borger.ydelse
    _t26: str | Udfald = _M77 if _t25 is None else _t25
    _t27: bool | Udfald = _t26 if isinstance(_t26, Udfald) else _t26 == 'selvforsørgelse'
    _t28: bool | Udfald = _t27
    if _t28 is not False:
        _t29 = borger.dimittend_med_handicap
        _t30: bool | Udfald = _M78 if _t29 is None else _t29
        if _t30 is False or _t28 is True:
            _t28 = _t30
    _r5: bool | Udfald = _t28
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
        return _konflikt(('§ 53, stk. 10', _w1), ('§ 53, stk. 11', _w2), ('§ 53, stk. 12', _w3), ('§ 53, stk. 13', _w4), ('§ 53, stk. 14', _w5))
    if _w1:  # § 53, stk. 10
        return _V54
    if _w2:  # § 53, stk. 11
        return _V55
    if _w3:  # § 53, stk. 12
        return _V56
    if _w4:  # § 53, stk. 13
        return _V57
    if _w5:  # § 53, stk. 14
        return _V58
    return _O1


def voksenlærling_tilskud(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Tilskud pr. time til arbejdsgiveren for en voksenlærling'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0xb800004:  # mangler ydelse, uddannelsesniveau, beskæftiget, vl_positivliste, eller forklaring
        return _eksakt_voksenlærling_tilskud(borger, skøn)
    ydelse: str = borger.ydelse  # type: ignore[assignment]
    uddannelsesniveau: str = borger.uddannelsesniveau  # type: ignore[assignment]
    beskæftiget: bool = borger.beskæftiget  # type: ignore[assignment]
    vl_positivliste: bool = borger.vl_positivliste  # type: ignore[assignment]
    try:
        _v_ledighed_sammenlagt = _værdi_ledighed_sammenlagt(borger, skøn)
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r2 = ((((uddannelsesniveau == 'ufaglært') and (not beskæftiget)) and (_v_ledighed_sammenlagt < 9)) and vl_positivliste)  # § 98, stk. 2
        _r3 = ((((uddannelsesniveau == 'ufaglært') and (not beskæftiget)) and (_v_ledighed_sammenlagt > 9)) and (ydelse in ('dagpenge', 'kontanthjælp', 'uddannelseshjælp')))  # § 98, stk. 3
        _r4 = (((uddannelsesniveau == 'ufaglært') and beskæftiget) and vl_positivliste)  # § 98, stk. 4
        _r5 = ((((uddannelsesniveau == 'faglært') and (not beskæftiget)) and (ydelse in ('dagpenge', 'kontanthjælp'))) and ((_v_ledighed_sammenlagt > 52) or ((_v_ledighed_sammenlagt > 26) and vl_positivliste)))  # § 98, stk. 5
        _r6 = ((((uddannelsesniveau == 'faglært_forældet') and (not beskæftiget)) and (ydelse in ('dagpenge', 'kontanthjælp'))) and (_v_ledighed_sammenlagt > 9))  # § 98, stk. 6
        _r1 = not (_r2 or _r3 or _r4 or _r5 or _r6)  # § 98, stk. 1
        _n = _r1 + _r2 + _r3 + _r4 + _r5 + _r6
        if _n == 1:
            if _r1:
                return _V59
            if _r2:
                return _V60
            if _r3:
                return _V61
            if _r4:
                return _V62
            if _r5:
                return _V63
            return _V64
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
    _t2: str | Udfald = _M79 if _t1 is None else _t1
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == 'ufaglært'
    _t4: bool | Udfald = _t3
    if _t4 is not False:
        _t5 = borger.beskæftiget
        _t6: bool | Udfald = _M80 if _t5 is None else _t5
        _t7: bool | Udfald = _t6 if isinstance(_t6, Udfald) else not _t6
        if _t7 is False or _t4 is True:
            _t4 = _t7
    _t8: bool | Udfald = _t4
    if _t8 is not False:
        _t9 = ledighed_sammenlagt(borger, skøn)
        _t10: int | Fraction | Udfald = cast('int | Fraction', _t9.værdi) if _t9.art == 'værdi' else _t9
        _t11: bool | Udfald = _t10 if isinstance(_t10, Udfald) else _t10 < 9
        if _t11 is False or _t8 is True:
            _t8 = _t11
    _t12: bool | Udfald = _t8
    if _t12 is not False:
        _t13 = borger.vl_positivliste
        _t14: bool | Udfald = _M81 if _t13 is None else _t13
        if _t14 is False or _t12 is True:
            _t12 = _t14
    _r2: bool | Udfald = _t12
    # § 98, stk. 3
    _t15 = borger.uddannelsesniveau
    _t16: str | Udfald = _M82 if _t15 is None else _t15
    _t17: bool | Udfald = _t16 if isinstance(_t16, Udfald) else _t16 == 'ufaglært'
    _t18: bool | Udfald = _t17
    if _t18 is not False:
        _t19 = borger.beskæftiget
        _t20: bool | Udfald = _M83 if _t19 is None else _t19
        _t21: bool | Udfald = _t20 if isinstance(_t20, Udfald) else not _t20
        if _t21 is False or _t18 is True:
            _t18 = _t21
    _t22: bool | Udfald = _t18
    if _t22 is not False:
        _t23 = ledighed_sammenlagt(borger, skøn)
        _t24: int | Fraction | Udfald = cast('int | Fraction', _t23.værdi) if _t23.art == 'værdi' else _t23
        _t25: bool | Udfald = _t24 if isinstance(_t24, Udfald) else _t24 > 9
        if _t25 is False or _t22 is True:
            _t22 = _t25
    _t26: bool | Udfald = _t22
    if _t26 is not False:
        _t27 = borger.ydelse
        _t28: str | Udfald = _M84 if _t27 is None else _t27
        _t29: bool | Udfald = _t28 if isinstance(_t28, Udfald) else _t28 in ('dagpenge', 'kontanthjælp', 'uddannelseshjælp')
        if _t29 is False or _t26 is True:
            _t26 = _t29
    _r3: bool | Udfald = _t26
    # § 98, stk. 4
    _t30 = borger.uddannelsesniveau
    _t31: str | Udfald = _M85 if _t30 is None else _t30
    _t32: bool | Udfald = _t31 if isinstance(_t31, Udfald) else _t31 == 'ufaglært'
    _t33: bool | Udfald = _t32
    if _t33 is not False:
        _t34 = borger.beskæftiget
        _t35: bool | Udfald = _M86 if _t34 is None else _t34
        if _t35 is False or _t33 is True:
            _t33 = _t35
    _t36: bool | Udfald = _t33
    if _t36 is not False:
        _t37 = borger.vl_positivliste
        _t38: bool | Udfald = _M87 if _t37 is None else _t37
        if _t38 is False or _t36 is True:
            _t36 = _t38
    _r4: bool | Udfald = _t36
    # § 98, stk. 5
    _t39 = borger.uddannelsesniveau
    _t40: str | Udfald = _M88 if _t39 is None else _t39
    _t41: bool | Udfald = _t40 if isinstance(_t40, Udfald) else _t40 == 'faglært'
    _t42: bool | Udfald = _t41
    if _t42 is not False:
        _t43 = borger.beskæftiget
        _t44: bool | Udfald = _M89 if _t43 is None else _t43
        _t45: bool | Udfald = _t44 if isinstance(_t44, Udfald) else not _t44
        if _t45 is False or _t42 is True:
            _t42 = _t45
    _t46: bool | Udfald = _t42
    if _t46 is not False:
        _t47 = borger.ydelse
        _t48: str | Udfald = _M90 if _t47 is None else _t47
        _t49: bool | Udfald = _t48 if isinstance(_t48, Udfald) else _t48 in ('dagpenge', 'kontanthjælp')
        if _t49 is False or _t46 is True:
            _t46 = _t49
    _t50: bool | Udfald = _t46
    if _t50 is not False:
        _t51 = ledighed_sammenlagt(borger, skøn)
        _t52: int | Fraction | Udfald = cast('int | Fraction', _t51.værdi) if _t51.art == 'værdi' else _t51
        _t53: bool | Udfald = _t52 if isinstance(_t52, Udfald) else _t52 > 52
        _t54: bool | Udfald = _t53
        if _t54 is not True:
            _t55 = ledighed_sammenlagt(borger, skøn)
            _t56: int | Fraction | Udfald = cast('int | Fraction', _t55.værdi) if _t55.art == 'værdi' else _t55
            _t57: bool | Udfald = _t56 if isinstance(_t56, Udfald) else _t56 > 26
            _t58: bool | Udfald = _t57
            if _t58 is not False:
                _t59 = borger.vl_positivliste
                _t60: bool | Udfald = _M91 if _t59 is None else _t59
                if _t60 is False or _t58 is True:
                    _t58 = _t60
            if _t58 is True or _t54 is False:
                _t54 = _t58
        if _t54 is False or _t50 is True:
            _t50 = _t54
    _r5: bool | Udfald = _t50
    # § 98, stk. 6
    _t61 = borger.uddannelsesniveau
    _t62: str | Udfald = _M92 if _t61 is None else _t61
    _t63: bool | Udfald = _t62 if isinstance(_t62, Udfald) else _t62 == 'faglært_forældet'
    _t64: bool | Udfald = _t63
    if _t64 is not False:
        _t65 = borger.beskæftiget
        _t66: bool | Udfald = _M93 if _t65 is None else _t65
        _t67: bool | Udfald = _t66 if isinstance(_t66, Udfald) else not _t66
        if _t67 is False or _t64 is True:
            _t64 = _t67
    _t68: bool | Udfald = _t64
    if _t68 is not False:
        _t69 = borger.ydelse
        _t70: str | Udfald = _M94 if _t69 is None else _t69
        _t71: bool | Udfald = _t70 if isinstance(_t70, Udfald) else _t70 in ('dagpenge', 'kontanthjælp')
        if _t71 is False or _t68 is True:
            _t68 = _t71
    _t72: bool | Udfald = _t68
    if _t72 is not False:
        _t73 = ledighed_sammenlagt(borger, skøn)
        _t74: int | Fraction | Udfald = cast('int | Fraction', _t73.værdi) if _t73.art == 'værdi' else _t73
        _t75: bool | Udfald = _t74 if isinstance(_t74, Udfald) else _t74 > 9
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
        return _V59
    if _w2:  # § 98, stk. 2
        return _V60
    if _w3:  # § 98, stk. 3
        return _V61
    if _w4:  # § 98, stk. 4
        return _V62
    if _w5:  # § 98, stk. 5
        return _V63
    if _w6:  # § 98, stk. 6
        return _V64
    return _O1


def voksenlærling_periode(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Periode, tilskuddet gives i'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0xc000000:  # mangler uddannelsens_varighed, eller forklaring
        return _eksakt_voksenlærling_periode(borger, skøn)
    uddannelsens_varighed: int | Fraction = borger.uddannelsens_varighed  # type: ignore[assignment]
    try:
        _v_voksenlærling_tilskud = _værdi_voksenlærling_tilskud(borger, skøn)
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = (_v_voksenlærling_tilskud == _K2)  # § 98, stk. 7
        _r2 = (_v_voksenlærling_tilskud == _K3)  # § 98, stk. 8
        _n = _r1 + _r2
        if _n == 1:
            if _r1:
                return _V65
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
    _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else _t2 == _K2
    _r1: bool | Udfald = _t3
    # § 98, stk. 8
    _t4 = voksenlærling_tilskud(borger, skøn)
    _t5: Decimal | Udfald = cast('Decimal', _t4.værdi) if _t4.art == 'værdi' else _t4
    _t6: bool | Udfald = _t5 if isinstance(_t5, Udfald) else _t5 == _K3
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
        return _V65
    if _w2:  # § 98, stk. 8
        _t7 = borger.uddannelsens_varighed
        _t8: int | Fraction | Udfald = _M95 if _t7 is None else _t7
        return _t8 if isinstance(_t8, Udfald) else Udfald('værdi', _t8, ('§ 98, stk. 8',), None, None)
    return _O1


def rehabiliteringsteam_første_møde(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:
    'Det første møde i rehabiliteringsteamet holdes'
    if skøn:
        skøn = _skøn_efter_ordlyd(skøn)
    if borger._mangler & 0x8000000:  # mangler ingen, eller forklaring
        return _eksakt_rehabiliteringsteam_første_møde(borger, skøn)
    try:
        # De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,
        # prøves ikke.
        _r1 = True  # § 131, stk. 2
        if _r1:
            return Udfald('værdi', (not skøn['forelæggelsen vil ikke tilføre vurderingen af sagen værdi']), ('§ 131, stk. 2',), None, None)
        return _O1
    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi
        return _eksakt_rehabiliteringsteam_første_møde(borger, skøn)


def _eksakt_rehabiliteringsteam_første_møde(
    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None
) -> Udfald:
    # Den eksakte vej (tre værdier) for rehabiliteringsteam_første_møde; se SEMANTICS.md.
    # § 131, stk. 2
    _r1: bool | Udfald = True
    if _spor is not None:
        _spor.append((_r1,))
    _w1 = _r1 is True
    if _w1:  # § 131, stk. 2
        _t1 = skøn.get('forelæggelsen vil ikke tilføre vurderingen af sagen værdi')
        _t2: bool | Udfald = _S9 if _t1 is None else _t1
        _t3: bool | Udfald = _t2 if isinstance(_t2, Udfald) else not _t2
        return _t3 if isinstance(_t3, Udfald) else Udfald('værdi', _t3, ('§ 131, stk. 2',), None, None)
    return _O1


def _værdi_første_samtale_frist(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = første_samtale_frist(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_grundig_vurdering_frist(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = grundig_vurdering_frist(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_min_plan_frist(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = min_plan_frist(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_ledighed_sammenlagt(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = ledighed_sammenlagt(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_akasse_samtale_påkrævet(borger: Borger, skøn: Mapping[str, bool]) -> bool:
    udfald = akasse_samtale_påkrævet(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


def _værdi_fællessamtale_senest(borger: Borger, skøn: Mapping[str, bool]) -> int | Fraction:
    udfald = fællessamtale_senest(borger, skøn)
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


def _værdi_voksenlærling_tilskud(borger: Borger, skøn: Mapping[str, bool]) -> Decimal:
    udfald = voksenlærling_tilskud(borger, skøn)
    if udfald.art != 'værdi':
        raise _Uafklaret
    return udfald.værdi  # type: ignore[return-value]


BEGREBER: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    'alder': ('heltal', ()),
    'forsikret': ('sandhedsværdi', ()),
    'ydelse': ('valg', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse')),
    'behov': ('valg', ('jobrettet', 'uddannelsesrettet', 'sammenhængende')),
    'kompetencegivende_uddannelse': ('sandhedsværdi', ()),
    'job_på_særlige_vilkår': ('sandhedsværdi', ()),
    'opgørelsesdato': ('dato', ()),
    'ydelsesforløb': ('forløb', ('dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'revalideringsydelse', 'førtidspension', 'ledighedsydelse', 'fleksløntilskud', 'ressourceforløbsydelse', 'selvforsørgelse')),
    'første_henvendelse': ('dato', ()),
    'tilmeldt': ('dato', ()),
    'enlig_forsørger': ('sandhedsværdi', ()),
    'gymnasial_uddannelse': ('sandhedsværdi', ()),
    'dimittend': ('sandhedsværdi', ()),
    'kort_videregående_uddannelse': ('sandhedsværdi', ()),
    'ordinær_beskæftigelse_efter_uddannelse': ('sandhedsværdi', ()),
    'erhvervserfaring': ('sandhedsværdi', ()),
    'langvarig_ledighed': ('sandhedsværdi', ()),
    'tilmeldt_jobsøgende': ('sandhedsværdi', ()),
    'arbejdsgiver': ('valg', ('offentlig', 'privat')),
    'seneste_cv_samtale': ('uger', ()),
    'erhvervskompetencegivende_uddannelse': ('sandhedsværdi', ()),
    'læsetest_viser_behov': ('sandhedsværdi', ()),
    'dimittend_med_handicap': ('sandhedsværdi', ()),
    'uddannelsesniveau': ('valg', ('ufaglært', 'faglært', 'faglært_forældet')),
    'beskæftiget': ('sandhedsværdi', ()),
    'vl_positivliste': ('sandhedsværdi', ()),
    'uddannelsens_varighed': ('uger', ()),
}
_FELT: Final[dict[str, str]] = {
    'alder': 'alder',
    'forsikret': 'forsikret',
    'ydelse': 'ydelse',
    'behov': 'behov',
    'kompetencegivende_uddannelse': 'kompetencegivende_uddannelse',
    'job_på_særlige_vilkår': 'job_på_særlige_vilkår',
    'opgørelsesdato': 'opgørelsesdato',
    'ydelsesforløb': 'ydelsesforløb',
    'første_henvendelse': 'første_henvendelse',
    'tilmeldt': 'tilmeldt',
    'enlig_forsørger': 'enlig_forsørger',
    'gymnasial_uddannelse': 'gymnasial_uddannelse',
    'dimittend': 'dimittend',
    'kort_videregående_uddannelse': 'kort_videregående_uddannelse',
    'ordinær_beskæftigelse_efter_uddannelse': 'ordinær_beskæftigelse_efter_uddannelse',
    'erhvervserfaring': 'erhvervserfaring',
    'langvarig_ledighed': 'langvarig_ledighed',
    'tilmeldt_jobsøgende': 'tilmeldt_jobsøgende',
    'arbejdsgiver': 'arbejdsgiver',
    'seneste_cv_samtale': 'seneste_cv_samtale',
    'erhvervskompetencegivende_uddannelse': 'erhvervskompetencegivende_uddannelse',
    'læsetest_viser_behov': 'læsetest_viser_behov',
    'dimittend_med_handicap': 'dimittend_med_handicap',
    'uddannelsesniveau': 'uddannelsesniveau',
    'beskæftiget': 'beskæftiget',
    'vl_positivliste': 'vl_positivliste',
    'uddannelsens_varighed': 'uddannelsens_varighed',
}
_BEGREB_AF_FELT: Final[dict[str, str]] = {felt: navn for navn, felt in _FELT.items()}
SKØN: Final[dict[str, str]] = {
    'konkrete_oplysninger_begrunder_en_anden_vurdering': 'konkrete oplysninger begrunder en anden vurdering',
    'behov_for_at_beskrive_borgerens_uddannelsesmaal': 'behov for at beskrive borgerens uddannelsesmål',
    'konkret_individuel_vurdering': 'konkret individuel vurdering',
    'risiko_for_saerlig_langtidsledighed': 'risiko for særlig langtidsledighed',
    'i_oevrigt_vanskeligt_ved_at_opnaa_beskaeftigelse_med_loentilskud': 'i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud',
    'andre_tilbud_er_ikke_mulige': 'andre tilbud er ikke mulige',
    'mentorstoette_er_hensigtsmaessig_for_at_skabe_progression_og_resultater': 'mentorstøtte er hensigtsmæssig for at skabe progression og resultater',
    'forelaeggelsen_vil_ikke_tilfoere_vurderingen_af_sagen_vaerdi': 'forelæggelsen vil ikke tilføre vurderingen af sagen værdi',
}
_SKØNSORDLYD: Final[frozenset[str]] = frozenset(SKØN.values())
_MÅLGRUPPER: Final[dict[str, tuple[Callable[[Borger, Mapping[str, bool]], bool | Udfald], str]]] = {
    'forsikrede': (_målgruppe_forsikrede, 'målgruppe 1 forsikrede'),
    'ikke_forsikrede': (_målgruppe_ikke_forsikrede, 'målgruppe 2 ikke_forsikrede'),
    'unge': (_målgruppe_unge, 'målgruppe 3 unge'),
    'sammenhængende_indsats': (_målgruppe_sammenhængende_indsats, 'målgruppe 4 sammenhængende_indsats'),
    'særlige_vilkår': (_målgruppe_særlige_vilkår, 'målgruppe 5 særlige_vilkår'),
}
RESULTATER: Final[dict[str, Callable[[Borger, Mapping[str, bool]], Udfald]]] = {
    'omfattet_af_loven': omfattet_af_loven,
    'første_samtale_frist': første_samtale_frist,
    'foreløbigt_parat': foreløbigt_parat,
    'tilmeldes_som_jobsøgende': tilmeldes_som_jobsøgende,
    'grundig_vurdering_frist': grundig_vurdering_frist,
    'min_plan_frist': min_plan_frist,
    'uddannelsesmål_i_min_plan': uddannelsesmål_i_min_plan,
    'samtale_efter_behov': samtale_efter_behov,
    'samtaler_min_antal': samtaler_min_antal,
    'samtale_periode': samtale_periode,
    'egen_samtale_tidligst': egen_samtale_tidligst,
    'kontaktforløb_starter_forfra': kontaktforløb_starter_forfra,
    'ledighed_sammenlagt': ledighed_sammenlagt,
    'første_samtale_senest': første_samtale_senest,
    'grundig_vurdering_senest': grundig_vurdering_senest,
    'min_plan_senest': min_plan_senest,
    'akasse_samtale_senest': akasse_samtale_senest,
    'fællessamtale_næste_senest': fællessamtale_næste_senest,
    'akasse_samtale_påkrævet': akasse_samtale_påkrævet,
    'fællessamtaler_antal': fællessamtaler_antal,
    'fællessamtaler_periode': fællessamtaler_periode,
    'fællessamtale_senest': fællessamtale_senest,
    'ordinær_uddannelse_kan': ordinær_uddannelse_kan,
    'opkvalificering_kan': opkvalificering_kan,
    'opkvalificering_varighedsbegrænset': opkvalificering_varighedsbegrænset,
    'opkvalificering_formål': opkvalificering_formål,
    'læse_skrive_regne_ret': læse_skrive_regne_ret,
    'realkompetencevurdering_ret': realkompetencevurdering_ret,
    'kompetencegivende_uddannelse_kan': kompetencegivende_uddannelse_kan,
    'jobrettet_uddannelse_højst': jobrettet_uddannelse_højst,
    'jobrettet_uddannelse_karens': jobrettet_uddannelse_karens,
    'jobrettet_uddannelse_kan': jobrettet_uddannelse_kan,
    'jobrettet_uddannelse_afsluttet_inden': jobrettet_uddannelse_afsluttet_inden,
    'regional_pulje_varighedsbegrænset': regional_pulje_varighedsbegrænset,
    'opkvalificering_ved_ansættelse_ledighedskrav': opkvalificering_ved_ansættelse_ledighedskrav,
    'virksomhedspraktik_kan': virksomhedspraktik_kan,
    'løntilskud_kan': løntilskud_kan,
    'mentorstøtte_kan': mentorstøtte_kan,
    'mentorstøtte_ret': mentorstøtte_ret,
    'praktik_varighed': praktik_varighed,
    'nytteindsats_varighed': nytteindsats_varighed,
    'løntilskud_ledighedskrav_opfyldt': løntilskud_ledighedskrav_opfyldt,
    'løntilskud_ret': løntilskud_ret,
    'løntilskud_varighed': løntilskud_varighed,
    'løntilskud_selvfundet_ret': løntilskud_selvfundet_ret,
    'løntilskud_formål': løntilskud_formål,
    'løntilskud_vilkår_privat': løntilskud_vilkår_privat,
    'løntilskud_vilkår_offentlig': løntilskud_vilkår_offentlig,
    'løntilskud_arbejdstid_offentlig': løntilskud_arbejdstid_offentlig,
    'voksenlærling_tilskud': voksenlærling_tilskud,
    'voksenlærling_periode': voksenlærling_periode,
    'rehabiliteringsteam_første_møde': rehabiliteringsteam_første_møde,
}
_EKSAKT: Final[dict[str, Callable[[Borger, Mapping[str, bool], list[object] | None], Udfald]]] = {
    'omfattet_af_loven': _eksakt_omfattet_af_loven,
    'første_samtale_frist': _eksakt_første_samtale_frist,
    'foreløbigt_parat': _eksakt_foreløbigt_parat,
    'tilmeldes_som_jobsøgende': _eksakt_tilmeldes_som_jobsøgende,
    'grundig_vurdering_frist': _eksakt_grundig_vurdering_frist,
    'min_plan_frist': _eksakt_min_plan_frist,
    'uddannelsesmål_i_min_plan': _eksakt_uddannelsesmål_i_min_plan,
    'samtale_efter_behov': _eksakt_samtale_efter_behov,
    'samtaler_min_antal': _eksakt_samtaler_min_antal,
    'samtale_periode': _eksakt_samtale_periode,
    'egen_samtale_tidligst': _eksakt_egen_samtale_tidligst,
    'kontaktforløb_starter_forfra': _eksakt_kontaktforløb_starter_forfra,
    'ledighed_sammenlagt': _eksakt_ledighed_sammenlagt,
    'første_samtale_senest': _eksakt_første_samtale_senest,
    'grundig_vurdering_senest': _eksakt_grundig_vurdering_senest,
    'min_plan_senest': _eksakt_min_plan_senest,
    'akasse_samtale_senest': _eksakt_akasse_samtale_senest,
    'fællessamtale_næste_senest': _eksakt_fællessamtale_næste_senest,
    'akasse_samtale_påkrævet': _eksakt_akasse_samtale_påkrævet,
    'fællessamtaler_antal': _eksakt_fællessamtaler_antal,
    'fællessamtaler_periode': _eksakt_fællessamtaler_periode,
    'fællessamtale_senest': _eksakt_fællessamtale_senest,
    'ordinær_uddannelse_kan': _eksakt_ordinær_uddannelse_kan,
    'opkvalificering_kan': _eksakt_opkvalificering_kan,
    'opkvalificering_varighedsbegrænset': _eksakt_opkvalificering_varighedsbegrænset,
    'opkvalificering_formål': _eksakt_opkvalificering_formål,
    'læse_skrive_regne_ret': _eksakt_læse_skrive_regne_ret,
    'realkompetencevurdering_ret': _eksakt_realkompetencevurdering_ret,
    'kompetencegivende_uddannelse_kan': _eksakt_kompetencegivende_uddannelse_kan,
    'jobrettet_uddannelse_højst': _eksakt_jobrettet_uddannelse_højst,
    'jobrettet_uddannelse_karens': _eksakt_jobrettet_uddannelse_karens,
    'jobrettet_uddannelse_kan': _eksakt_jobrettet_uddannelse_kan,
    'jobrettet_uddannelse_afsluttet_inden': _eksakt_jobrettet_uddannelse_afsluttet_inden,
    'regional_pulje_varighedsbegrænset': _eksakt_regional_pulje_varighedsbegrænset,
    'opkvalificering_ved_ansættelse_ledighedskrav': _eksakt_opkvalificering_ved_ansættelse_ledighedskrav,
    'virksomhedspraktik_kan': _eksakt_virksomhedspraktik_kan,
    'løntilskud_kan': _eksakt_løntilskud_kan,
    'mentorstøtte_kan': _eksakt_mentorstøtte_kan,
    'mentorstøtte_ret': _eksakt_mentorstøtte_ret,
    'praktik_varighed': _eksakt_praktik_varighed,
    'nytteindsats_varighed': _eksakt_nytteindsats_varighed,
    'løntilskud_ledighedskrav_opfyldt': _eksakt_løntilskud_ledighedskrav_opfyldt,
    'løntilskud_ret': _eksakt_løntilskud_ret,
    'løntilskud_varighed': _eksakt_løntilskud_varighed,
    'løntilskud_selvfundet_ret': _eksakt_løntilskud_selvfundet_ret,
    'løntilskud_formål': _eksakt_løntilskud_formål,
    'løntilskud_vilkår_privat': _eksakt_løntilskud_vilkår_privat,
    'løntilskud_vilkår_offentlig': _eksakt_løntilskud_vilkår_offentlig,
    'løntilskud_arbejdstid_offentlig': _eksakt_løntilskud_arbejdstid_offentlig,
    'voksenlærling_tilskud': _eksakt_voksenlærling_tilskud,
    'voksenlærling_periode': _eksakt_voksenlærling_periode,
    'rehabiliteringsteam_første_møde': _eksakt_rehabiliteringsteam_første_møde,
}
_TYPER: Final[dict[str, str]] = {
    'omfattet_af_loven': 'sandhedsværdi',
    'første_samtale_frist': 'uger',
    'foreløbigt_parat': 'sandhedsværdi',
    'tilmeldes_som_jobsøgende': 'sandhedsværdi',
    'grundig_vurdering_frist': 'uger',
    'min_plan_frist': 'uger',
    'uddannelsesmål_i_min_plan': 'sandhedsværdi',
    'samtale_efter_behov': 'sandhedsværdi',
    'samtaler_min_antal': 'heltal',
    'samtale_periode': 'uger',
    'egen_samtale_tidligst': 'uger',
    'kontaktforløb_starter_forfra': 'sandhedsværdi',
    'ledighed_sammenlagt': 'uger',
    'første_samtale_senest': 'dato',
    'grundig_vurdering_senest': 'dato',
    'min_plan_senest': 'dato',
    'akasse_samtale_senest': 'dato',
    'fællessamtale_næste_senest': 'dato',
    'akasse_samtale_påkrævet': 'sandhedsværdi',
    'fællessamtaler_antal': 'heltal',
    'fællessamtaler_periode': 'uger',
    'fællessamtale_senest': 'uger',
    'ordinær_uddannelse_kan': 'sandhedsværdi',
    'opkvalificering_kan': 'sandhedsværdi',
    'opkvalificering_varighedsbegrænset': 'sandhedsværdi',
    'opkvalificering_formål': 'tekst',
    'læse_skrive_regne_ret': 'sandhedsværdi',
    'realkompetencevurdering_ret': 'sandhedsværdi',
    'kompetencegivende_uddannelse_kan': 'sandhedsværdi',
    'jobrettet_uddannelse_højst': 'uger',
    'jobrettet_uddannelse_karens': 'uger',
    'jobrettet_uddannelse_kan': 'sandhedsværdi',
    'jobrettet_uddannelse_afsluttet_inden': 'uger',
    'regional_pulje_varighedsbegrænset': 'sandhedsværdi',
    'opkvalificering_ved_ansættelse_ledighedskrav': 'uger',
    'virksomhedspraktik_kan': 'sandhedsværdi',
    'løntilskud_kan': 'sandhedsværdi',
    'mentorstøtte_kan': 'sandhedsværdi',
    'mentorstøtte_ret': 'sandhedsværdi',
    'praktik_varighed': 'uger',
    'nytteindsats_varighed': 'uger',
    'løntilskud_ledighedskrav_opfyldt': 'sandhedsværdi',
    'løntilskud_ret': 'sandhedsværdi',
    'løntilskud_varighed': 'uger',
    'løntilskud_selvfundet_ret': 'sandhedsværdi',
    'løntilskud_formål': 'tekst',
    'løntilskud_vilkår_privat': 'tekst',
    'løntilskud_vilkår_offentlig': 'tekst',
    'løntilskud_arbejdstid_offentlig': 'tekst',
    'voksenlærling_tilskud': 'beløb',
    'voksenlærling_periode': 'uger',
    'rehabiliteringsteam_første_møde': 'sandhedsværdi',
}
_REGLER: Final[dict[str, tuple[tuple[str, frozenset[str]], ...]]] = {
    'omfattet_af_loven': (
        ('§ 2, stk. 1', frozenset()),
    ),
    'første_samtale_frist': (
        ('§ 10, stk. 1, nr. 1', frozenset()),
        ('§ 101, stk. 2', frozenset(('§ 10, stk. 1, nr. 1',))),
    ),
    'foreløbigt_parat': (
        ('§ 10, stk. 1, nr. 2', frozenset()),
    ),
    'tilmeldes_som_jobsøgende': (
        ('§ 10, stk. 3', frozenset()),
    ),
    'grundig_vurdering_frist': (
        ('§ 11, stk. 1', frozenset()),
    ),
    'min_plan_frist': (
        ('§ 13, stk. 1', frozenset()),
    ),
    'uddannelsesmål_i_min_plan': (
        ('§ 13, stk. 5', frozenset()),
    ),
    'samtale_efter_behov': (
        ('§ 16, stk. 2, nr. 1', frozenset()),
    ),
    'samtaler_min_antal': (
        ('§ 16, stk. 2, nr. 2', frozenset()),
    ),
    'samtale_periode': (
        ('§ 16, stk. 2, nr. 3', frozenset()),
    ),
    'egen_samtale_tidligst': (
        ('§ 16, stk. 2, nr. 4', frozenset()),
    ),
    'kontaktforløb_starter_forfra': (
        ('§ 17, stk. 3', frozenset()),
    ),
    'ledighed_sammenlagt': (
        ('§ 17, stk. 4', frozenset()),
    ),
    'første_samtale_senest': (
        ('§ 18, stk. 1', frozenset()),
    ),
    'grundig_vurdering_senest': (
        ('§ 18, stk. 2', frozenset()),
    ),
    'min_plan_senest': (
        ('§ 18, stk. 3', frozenset()),
    ),
    'akasse_samtale_senest': (
        ('§ 18, stk. 4', frozenset()),
    ),
    'fællessamtale_næste_senest': (
        ('§ 18, stk. 5', frozenset()),
    ),
    'akasse_samtale_påkrævet': (
        ('§ 101, stk. 3', frozenset()),
    ),
    'fællessamtaler_antal': (
        ('§ 102, stk. 1', frozenset()),
    ),
    'fællessamtaler_periode': (
        ('§ 102, stk. 2', frozenset()),
    ),
    'fællessamtale_senest': (
        ('§ 102, stk. 3', frozenset()),
    ),
    'ordinær_uddannelse_kan': (
        ('§ 30, stk. 2, nr. 1', frozenset()),
    ),
    'opkvalificering_kan': (
        ('§ 30, stk. 2, nr. 2', frozenset()),
    ),
    'opkvalificering_varighedsbegrænset': (
        ('§ 30, stk. 5', frozenset()),
    ),
    'opkvalificering_formål': (
        ('§ 30, stk. 4', frozenset()),
    ),
    'læse_skrive_regne_ret': (
        ('§ 35, stk. 1', frozenset()),
    ),
    'realkompetencevurdering_ret': (
        ('§ 35, stk. 2', frozenset()),
    ),
    'kompetencegivende_uddannelse_kan': (
        ('§ 37, stk. 1', frozenset()),
    ),
    'jobrettet_uddannelse_højst': (
        ('§ 105, stk. 2', frozenset()),
    ),
    'jobrettet_uddannelse_karens': (
        ('§ 105, stk. 3', frozenset()),
    ),
    'jobrettet_uddannelse_kan': (
        ('§ 105, stk. 4', frozenset()),
    ),
    'jobrettet_uddannelse_afsluttet_inden': (
        ('§ 105, stk. 5', frozenset()),
        ('§ 105, stk. 6', frozenset()),
    ),
    'regional_pulje_varighedsbegrænset': (
        ('§ 105, stk. 7', frozenset()),
    ),
    'opkvalificering_ved_ansættelse_ledighedskrav': (
        ('§ 99, stk. 1', frozenset()),
        ('§ 99, stk. 2', frozenset(('§ 99, stk. 1',))),
    ),
    'virksomhedspraktik_kan': (
        ('§ 30, stk. 2, nr. 3', frozenset()),
    ),
    'løntilskud_kan': (
        ('§ 30, stk. 2, nr. 4', frozenset()),
    ),
    'mentorstøtte_kan': (
        ('§ 30, stk. 2, nr. 5', frozenset()),
        ('§ 30, stk. 3', frozenset(('§ 30, stk. 2, nr. 5',))),
    ),
    'mentorstøtte_ret': (
        ('§ 130, stk. 1', frozenset()),
    ),
    'praktik_varighed': (
        ('§ 44, stk. 1', frozenset()),
        ('§ 44, stk. 2', frozenset(('§ 44, stk. 1',))),
        ('§ 103, stk. 1', frozenset(('§ 44, stk. 1', '§ 44, stk. 2'))),
        ('§ 103, stk. 2', frozenset(('§ 103, stk. 1', '§ 44, stk. 1', '§ 44, stk. 2'))),
        ('§ 110, stk. 1', frozenset(('§ 44, stk. 1', '§ 44, stk. 2'))),
        ('§ 110, stk. 2', frozenset(('§ 110, stk. 1', '§ 44, stk. 1', '§ 44, stk. 2'))),
        ('§ 124, stk. 1', frozenset(('§ 44, stk. 1', '§ 44, stk. 2'))),
        ('§ 124, stk. 2', frozenset(('§ 124, stk. 1', '§ 44, stk. 1', '§ 44, stk. 2'))),
    ),
    'nytteindsats_varighed': (
        ('§ 44, stk. 3', frozenset()),
    ),
    'løntilskud_ledighedskrav_opfyldt': (
        ('§ 51, stk. 1', frozenset()),
        ('§ 104, stk. 1', frozenset(('§ 51, stk. 1',))),
        ('§ 111, stk. 1', frozenset(('§ 51, stk. 1',))),
    ),
    'løntilskud_ret': (
        ('§ 51, stk. 2', frozenset()),
    ),
    'løntilskud_varighed': (
        ('§ 51, stk. 3', frozenset()),
        ('§ 104, stk. 2', frozenset(('§ 51, stk. 3',))),
        ('§ 104, stk. 3', frozenset(('§ 51, stk. 3',))),
        ('§ 111, stk. 2', frozenset(('§ 51, stk. 3',))),
    ),
    'løntilskud_selvfundet_ret': (
        ('§ 51, stk. 4', frozenset()),
    ),
    'løntilskud_formål': (
        ('§ 51, stk. 6', frozenset()),
    ),
    'løntilskud_vilkår_privat': (
        ('§ 53, stk. 1', frozenset()),
        ('§ 53, stk. 2', frozenset()),
        ('§ 53, stk. 3', frozenset()),
    ),
    'løntilskud_vilkår_offentlig': (
        ('§ 53, stk. 4', frozenset()),
        ('§ 53, stk. 5', frozenset()),
        ('§ 53, stk. 6', frozenset()),
        ('§ 53, stk. 7', frozenset()),
        ('§ 53, stk. 8', frozenset()),
        ('§ 53, stk. 9', frozenset()),
    ),
    'løntilskud_arbejdstid_offentlig': (
        ('§ 53, stk. 10', frozenset()),
        ('§ 53, stk. 11', frozenset()),
        ('§ 53, stk. 12', frozenset()),
        ('§ 53, stk. 13', frozenset()),
        ('§ 53, stk. 14', frozenset()),
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
    'rehabiliteringsteam_første_møde': (
        ('§ 131, stk. 2', frozenset()),
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
