"""`lov compile`: a law model → one standalone, readable, typed Python module of evaluators.

The module needs only the standard library. It holds: the law's title, version and SHA-256;
the outcome type; a typed input class ``Borger`` with a field per `begreb`; one function per
`resultat` (a fast path of plain booleans and an exact three-valued path, see
:mod:`compiler.codegen.python.fast` and :mod:`compiler.codegen.python.exact`); ``målgrupper``; and
explanations (``forklar``, ``forklaring_tekst``) computed with the helpers the interpreter
uses (:mod:`compiler.evaluate.prelude`). Same model, byte-identical module.

Safety: names reach the module only after validation (:mod:`compiler.codegen.names`); every text
of the law is emitted through ``repr``; comments only hold labels, names and escaped text.
"""

from __future__ import annotations

from pathlib import Path

from compiler.codegen.names import CodegenError, literal, tuple_literal
from compiler.codegen.python.context import PY_TYPES, Context
from compiler.codegen.python.exact import group_function, result_function
from compiler.codegen.python.fast import public_function, value_function
from compiler.evaluate import prelude
from dsl import model as m

__all__ = ["CodegenError", "generate"]


def comment(text: str) -> str:
    """Text safe for a ``#`` comment: every non-printable character escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _prelude() -> list[str]:
    source = Path(prelude.__file__).read_text(encoding="utf-8")
    marker = "# ---- lov: prelude ----\n"
    return source[source.index(marker) + len(marker):].strip("\n").split("\n")


_HEAD = '''"""Evaluatorer genereret af `lov compile` ud fra en .lov-fil. Redigér ikke i hånden: ret loven
og oversæt igen. Lovens titel, version og SHA-256 står i LOV_TITEL, LOV_VERSION og LOV_SHA256.

Brug: ``Borger(...)`` (eller ``borger_fra_dict``) med borgerens oplysninger; kald en funktion pr.
resultat, fx ``RESULTATER[navn](borger, skøn)``, hvor ``skøn`` giver sagsbehandlerens skøn efter
ordlyd. Udfaldet (``Outcome``) er en værdi eller "skøn", "konflikt", "mangler" eller "ingen regel".
``forklar`` og ``forklaring_tekst`` giver udledningen. Kun standardbiblioteket bruges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Final, Iterator, Mapping, NamedTuple, Sequence, cast
'''

_RUNTIME = '''

class Outcome(NamedTuple):
    """Et udfald: kind er "værdi", "skøn", "konflikt", "mangler" eller "ingen regel"."""

    kind: str
    value: bool | int | Decimal | Fraction | str | None = None
    rules: tuple[str, ...] = ()
    judgment: str | None = None
    missing: str | None = None


class _Uafklaret(Exception):
    """Den hurtige vej kan ikke afgøre sagen; den eksakte vej tager over."""


_INGEN_SKØN: Final[Mapping[str, bool]] = {}


def _konflikt(*par: tuple[str, bool]) -> Outcome:
    return Outcome("konflikt", None, tuple(label for label, gælder in par if gælder), None, None)


def _videre(udfald: Outcome, label: str) -> Outcome:
    """Et andet resultats udfald som værdien efter reglen ``label`` (eller hvorfor den mangler)."""
    return Outcome("værdi", udfald.value, (label,), None, None) if udfald.kind == "værdi" else udfald


def _medlem(v: bool | Outcome, label: str) -> Outcome:
    return v if isinstance(v, Outcome) else Outcome("værdi", v, (label,), None, None)


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
    if art == "valg" and isinstance(v, str):
        if v not in valg:
            raise ValueError(f"{navn}: {v!r} er ikke et af valgene {', '.join(valg)}")
        return v
    raise ValueError(f"{navn}: forventede {art}, fik {type(v).__name__} {v!r}")


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
'''

_TAIL = '''

def borger_fra_dict(data: Mapping[str, object]) -> Borger:
    """En ``Borger`` ud fra begrebernes navne i loven; None betyder, at oplysningen mangler.
    Ukendte navne og forkerte typer giver ValueError med en dansk forklaring."""
    felter: dict[str, object] = {}
    for navn, værdi in data.items():
        if navn not in BEGREBER:
            raise ValueError(f"ukendt begreb {navn!r}")
        if værdi is not None:
            art, valg = BEGREBER[navn]
            felter[_FELT[navn]] = _tjek(navn, art, valg, værdi)
    return Borger(**felter)  # type: ignore[arg-type]


def målgrupper(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> dict[str, Outcome]:
    """Borgerens medlemskab af hver målgruppe (ja/nej, eller hvorfor det ikke kan afgøres)."""
    return {navn: _medlem(funktion(borger, skøn), label) for navn, (funktion, label) in _MÅLGRUPPER.items()}


def _udled(
    resultat: str, borger: Borger, skøn: Mapping[str, bool]
) -> tuple[str, str, Outcome, tuple[tuple[str, frozenset[str]], ...], tuple[object, ...],
           list[tuple[str, str, object]], list[tuple[str, bool | None]]]:
    læser = _Læser(borger)
    skønlæser = _SkønLæser(skøn)
    spor: list[tuple[object, ...]] = []
    udfald = _EKSAKT[resultat](cast(Borger, læser), skønlæser, spor)
    fakta = [(navn, BEGREBER[navn][0], værdi) for navn, værdi in læser._læst.items()]
    return (resultat, _TYPER[resultat], udfald, _REGLER[resultat], spor[0] if spor else (), fakta,
            list(skønlæser._læst.items()))


def forklar(resultat: str, borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> dict[str, object]:
    """Udfaldet for ``resultat`` med udledningen som data: regler, tilsidesættelser, oplysninger."""
    return _forklaring(*_udled(resultat, borger, skøn))


def forklaring_tekst(resultat: str, borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> str:
    """Udledningen for ``resultat`` som dansk tekst med henvisninger til §§."""
    return _forklaring_tekst(*_udled(resultat, borger, skøn))
'''


def generate(law: m.Law) -> str:
    """The module's source for ``law`` (which must have resolved without errors)."""
    ctx = Context(law)
    groups: list[str] = []
    for group in law.groups.values():
        groups += ["", ""] + group_function(ctx, group)
    results: list[str] = []
    used: set[str] = set()
    for res in law.results.values():
        public, values = public_function(ctx, res)
        used |= values
        results += ["", ""] + public + ["", ""] + result_function(ctx, res)
    for name in law.results:
        if name in used:
            results += ["", ""] + value_function(ctx, law.results[name])
    out = [
        _HEAD.rstrip("\n"),
        "",
        f"LOV_TITEL: Final = {literal(law.title)}",
        f"LOV_VERSION: Final = {literal(law.version)}",
        f"LOV_SHA256: Final = {literal(law.sha256)}",
        "",
        "# ---- Hjælpefunktioner, fælles med referencefortolkeren (compiler/prelude.py) ----",
        "",
        *_prelude(),
    ]
    out += _RUNTIME.rstrip("\n").split("\n")
    out += ["", ""] + _borger(ctx)
    out += ["", "", "# Konstante udfald og værdier."]
    for source, name in ctx.constants.items():
        note = ctx.comments.get(name)
        out.append(f"{name}: Final = {source}" + (f"  # {comment(note)}" if note else ""))
    out += groups + results
    out += ["", ""] + _tables(ctx)
    out += _TAIL.rstrip("\n").split("\n")
    return "\n".join(out) + "\n"


def _borger(ctx: Context) -> list[str]:
    law = ctx.law
    lines = [
        "@dataclass(frozen=True, slots=True, kw_only=True)",
        "class Borger:",
        '    """Borgerens oplysninger: et felt pr. begreb i loven. None betyder, at oplysningen mangler."""',
        "",
    ]
    for name, concept in law.concepts.items():
        typ = PY_TYPES[concept.type.kind]
        note = str(concept.type)
        if concept.description is not None:
            note += f" — {concept.description}"
        if concept.source is not None:
            note += f" (kilde {concept.source.kind}" + (f" {concept.source.text}" if concept.source.text else "") + ")"
        lines.append(f"    {ctx.fact(name)}: {typ} | None = None  # {comment(note)}")
    lines += [
        "    _mangler: int = field(default=0, init=False, repr=False, compare=False)",
        "",
        "    def __post_init__(self) -> None:",
        "        mangler = 0",
    ]
    for name in law.concepts:
        lines += [
            f"        if self.{ctx.fact(name)} is None:",
            f"            mangler |= {ctx.bit[name]:#x}",
        ]
    lines.append('        object.__setattr__(self, "_mangler", mangler)')
    return lines


def _tables(ctx: Context) -> list[str]:
    law = ctx.law
    lines = ["BEGREBER: Final[dict[str, tuple[str, tuple[str, ...]]]] = {"]
    for name, concept in law.concepts.items():
        lines.append(f"    {literal(name)}: ({literal(concept.type.kind)}, {tuple_literal(concept.type.options)}),")
    lines.append("}")
    lines.append("_FELT: Final[dict[str, str]] = {")
    lines += [f"    {literal(name)}: {literal(ctx.fact(name))}," for name in law.concepts]
    lines.append("}")
    lines.append("_BEGREB_AF_FELT: Final[dict[str, str]] = {felt: navn for navn, felt in _FELT.items()}")
    lines.append("_MÅLGRUPPER: Final[dict[str, tuple[Callable[[Borger, Mapping[str, bool]], bool | Outcome], str]]] = {")
    for name, group in law.groups.items():
        lines.append(f"    {literal(name)}: (_målgruppe_{ctx.py[name]}, {literal(ctx.group_label(group))}),")
    lines.append("}")
    lines.append("RESULTATER: Final[dict[str, Callable[[Borger, Mapping[str, bool]], Outcome]]] = {")
    lines += [f"    {literal(name)}: {ctx.py[name]}," for name in law.results]
    lines.append("}")
    lines.append(
        "_EKSAKT: Final[dict[str, Callable[[Borger, Mapping[str, bool], list[tuple[object, ...]] | None], Outcome]]] = {"
    )
    lines += [f"    {literal(name)}: _eksakt_{ctx.py[name]}," for name in law.results]
    lines.append("}")
    lines.append("_TYPER: Final[dict[str, str]] = {")
    lines += [f"    {literal(name)}: {literal(res.type.kind)}," for name, res in law.results.items()]
    lines.append("}")
    lines.append("_REGLER: Final[dict[str, tuple[tuple[str, frozenset[str]], ...]]] = {")
    for name, res in law.results.items():
        lines.append(f"    {literal(name)}: (")
        for rule in res.rules:
            items = [literal(label) for label in sorted(rule.overrides)]
            beats = "frozenset()" if not items else f"frozenset(({', '.join(items)}{',' if len(items) == 1 else ''}))"
            lines.append(f"        ({literal(rule.label)}, {beats}),")
        lines.append("    ),")
    lines.append("}")
    return lines
