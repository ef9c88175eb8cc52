"""Runtime of the generated scalar module (`lov compile`): the outcome type, the fast path's
fallback signal, the input check, the readers that record what an explanation cites, and the
public helpers (``borger_fra_dict``, ``målgrupper``, ``forklar``, ``forklaring_tekst``).

`lov compile` copies each section below its marker line verbatim into every generated module,
after the helpers it shares with the interpreter (:mod:`compiler.evaluate.prelude`). The names
the sections use that the generator writes per law (``Borger``, ``BEGREBER``, ``_FELT``, …) are
declared here for type checkers only. Standard library only, like the generated module.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Callable, Final, Iterator, Mapping, NamedTuple, cast

if TYPE_CHECKING:  # written by the generator for each law
    from compiler.evaluate.prelude import _forklaring, _forklaring_tekst
    from dsl.timeline import _forløbsfejl

    class Borger:
        _mangler: int

    BEGREBER: dict[str, tuple[str, tuple[str, ...]]] = {}
    _FELT: dict[str, str] = {}
    _BEGREB_AF_FELT: dict[str, str] = {}
    _MÅLGRUPPER: dict[str, tuple[Callable[[Borger, Mapping[str, bool]], bool | Udfald], str]] = {}
    _EKSAKT: dict[str, Callable[[Borger, Mapping[str, bool], list[object] | None], Udfald]] = {}
    _TYPER: dict[str, str] = {}
    _REGLER: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}

# ---- lov: runtime ----


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


# ---- lov: public helpers ----


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
