"""Dates, periods and histories: the calendar arithmetic of the language (SEMANTICS.md, "Tid").

Standard library only and ``mypy --strict`` clean: `lov compile` copies the section after the
marker line into every generated module, the interpreter and the columnar evaluator's tests call
the same functions, and the resolver checks a test case's history with :func:`_forløbsfejl`. So
one definition says what `tilmeldt + 2 uger`, `31. januar + 1 måned` and `sammenlagt tid …` are.

Every name starts with ``_`` so that the copied helpers cannot clash with a law's names.

- A date moves by a period in weeks or days exactly (7 days a week). When the period was written
  in months or years, the calendar moves it (same day of the month); where that day does not
  exist, the answer is the pair of candidates (the month's last day, the next month's first) —
  never one of them silently. A weeks value that is not a whole number of days (`1 måned` read as
  52/12 weeks) gives the pair of neighbouring days likewise.
- A history is a tuple of periods ``(fra, til, værdi)``, ``til`` None while open; both days are
  included. Its periods do not overlap, and time is counted up to and including the evaluation
  date: periods (or their parts) after it do not count.
"""

from __future__ import annotations

import datetime
from fractions import Fraction
from typing import Callable, Sequence, Tuple, Union

# ---- lov: timeline ----

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


# ---- lov: end of timeline ----

#: Raised (by every evaluator) when the law's arithmetic moves a date outside years 1–9999.
CalendarError = _UdenForKalenderen
