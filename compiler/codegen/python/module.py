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
from types import ModuleType

from compiler.codegen.names import CodegenError, literal, tuple_literal
from compiler.codegen.python import runtime
from compiler.codegen.python.context import PY_TYPES, Context
from compiler.codegen.python.exact import group_function, result_function
from compiler.codegen.python.fast import public_function, value_function
from compiler.evaluate import prelude
from dsl import model as m
from dsl import timeline
from dsl.kinds import TypeKind

__all__ = ["CodegenError", "generate"]


def comment(text: str) -> str:
    """Text safe for a ``#`` comment: every non-printable character escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _section(module: ModuleType, name: str) -> str:
    """The text of ``module``'s source after its marker line ``# ---- lov: NAME ----``, up to the
    next marker or the end: what the generated module carries verbatim."""
    source = Path(str(module.__file__)).read_text(encoding="utf-8")
    start = source.index(f"# ---- lov: {name} ----\n")
    start = source.index("\n", start) + 1
    end = source.find("# ---- lov: ", start)
    return source[start:] if end < 0 else source[start:end]


def _prelude() -> list[str]:
    text = _section(timeline, "timeline").strip("\n") + "\n\n\n" + _section(prelude, "prelude").strip("\n")
    return text.split("\n")


_HEAD = '''"""Evaluatorer genereret af `lov compile` ud fra en .lov-fil. Redigér ikke i hånden: ret loven
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
'''






#: The module's public API besides one function per result (its ``__all__``).
_PUBLIC = ("LOV_TITEL", "LOV_VERSION", "LOV_SHA256", "Borger", "Udfald", "Periode", "BEGREBER", "RESULTATER", "SKØN", "borger_fra_dict",
           "målgrupper", "forklar", "forklaring_tekst")


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
        "__all__ = [",
        *[f"    {literal(name)}," for name in _PUBLIC + tuple(ctx.py[r] for r in law.results)],
        "]",
        "",
        "# ---- Hjælpefunktioner, fælles med referencefortolkeren (compiler/evaluate/prelude.py) ----",
        "",
        *_prelude(),
    ]
    out += _section(runtime, "runtime").rstrip("\n").split("\n")
    out += ["", ""] + _borger(ctx)
    out += ["", "", "# Konstante udfald og værdier."]
    for source, name in ctx.constants.items():
        note = ctx.comments.get(name)
        out.append(f"{name}: Final = {source}" + (f"  # {comment(note)}" if note else ""))
    out += groups + results
    out += ["", ""] + _tables(ctx)
    out += _section(runtime, "public helpers").rstrip("\n").split("\n")
    return "\n".join(out) + "\n"


def _borger(ctx: Context) -> list[str]:
    law = ctx.law
    notes: dict[str, str] = {}
    for name, concept in law.concepts.items():
        note = str(concept.type)
        if concept.description is not None:
            note += f" — {concept.description}"
        if concept.source is not None:
            note += f" (kilde {concept.source.kind}" + (f" {concept.source.text}" if concept.source.text else "") + ")"
        notes[name] = note
    doc = ("Borgerens oplysninger: et felt pr. begreb i loven. None betyder, at oplysningen mangler.\n"
           "Hvert felt kontrolleres, når en Borger laves: en forkert type eller en ukendt valgmulighed\n"
           "giver ValueError, der nævner feltet og de gyldige værdier.\n\n"
           + "".join(f"{ctx.fact(name)}: {note}\n" for name, note in notes.items()))
    lines = [
        "@dataclass(frozen=True, slots=True, kw_only=True)",
        "class Borger:",
        f"    {literal(doc)}",
        "",
    ]
    for name, concept in law.concepts.items():
        typ = PY_TYPES[concept.type.kind]
        if concept.type.kind is TypeKind.CHOICE and concept.type.options:
            typ = f"Literal[{', '.join(literal(o) for o in concept.type.options)}]"
        lines.append(f"    {ctx.fact(name)}: {typ} | None = None  # {comment(notes[name])}")
    lines += [
        "    _mangler: int = field(default=0, init=False, repr=False, compare=False)",
        "",
        "    def __post_init__(self) -> None:",
        "        mangler = 0",
    ]
    for name, concept in law.concepts.items():
        field_name = ctx.fact(name)
        lines += [
            f"        if self.{field_name} is None:",
            f"            mangler |= {ctx.bit[name]:#x}",
            "        else:",
            f"            object.__setattr__(self, {literal(field_name)}, _tjek({literal(name)}, "
            f"{literal(concept.type.kind)}, {tuple_literal(concept.type.options)}, self.{field_name}))",
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
    lines.append("SKØN: Final[dict[str, str]] = {")
    lines += [f"    {literal(ident)}: {literal(text)}," for ident, text in m.judgment_ids(law).items()]
    lines.append("}")
    lines.append("_SKØNSORDLYD: Final[frozenset[str]] = frozenset(SKØN.values())")
    lines.append("_MÅLGRUPPER: Final[dict[str, tuple[Callable[[Borger, Mapping[str, bool]], bool | Udfald], str]]] = {")
    for name, group in law.groups.items():
        lines.append(f"    {literal(name)}: (_målgruppe_{ctx.py[name]}, {literal(ctx.group_label(group))}),")
    lines.append("}")
    lines.append("RESULTATER: Final[dict[str, Callable[[Borger, Mapping[str, bool]], Udfald]]] = {")
    lines += [f"    {literal(name)}: {ctx.py[name]}," for name in law.results]
    lines.append("}")
    lines.append(
        "_EKSAKT: Final[dict[str, Callable[[Borger, Mapping[str, bool], list[object] | None], Udfald]]] = {"
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
