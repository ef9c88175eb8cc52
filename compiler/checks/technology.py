"""D001: technology neutrality — no named IT system, app or web address in the law's text.

KL's full proposal, bilag 2.2: the rules must not bind users to particular systems or user
interfaces; "Jobnet.dk bør ikke fremgå af lovgivningen som den eneste lovlige applikation".
The check reads the law text of a `.lov` file (see :mod:`compiler.checks.lawtext`): prose, text
values, `skøn` wording, descriptions and titles. `kilde register "…"` is not read: naming
the register a fact comes from is data reuse, not a binding of the citizen.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from compiler.checks.context import CheckContext
from compiler.checks.lawtext import TextScan, line_index
from dsl.diagnostics import Diagnostic, diagnostic

# Named systems, written as the law would write a name (capitalised, so that a common
# noun is not taken for a system).
SYSTEMS = ("Jobnet", "Jobindex", "e-Boks", "NemID", "MitID", "NemLog-in", "Momentum", "Fasit")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s\"»”)]+[^\s\"»”).,;:]", re.IGNORECASE)
_DOMAIN = re.compile(r"(?<![\w@./-])[a-zæøå0-9][a-zæøå0-9-]*(?:\.[a-zæøå0-9-]+)*\.(?:dk|com|org|net|eu|gov|io|info)\b", re.IGNORECASE)
_APP = re.compile(r"(?<![\w-])app(?:en|s|ens|ene)?(?![\w])", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _systems_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted({*SYSTEMS, *extra}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


def technology_findings(text: str, extra: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every web address, named system and app in ``text``; kind is
    ``adresse``, ``system`` or ``app``. Overlaps keep the first, longest match."""
    return list(_findings(text, extra))


@functools.lru_cache(maxsize=1 << 16)
def _findings(text: str, extra: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """:func:`technology_findings`, remembered by text (the language server's re-analyses)."""
    found: list[tuple[int, int, str]] = []
    for kind, pattern in (("adresse", _URL), ("adresse", _DOMAIN), ("system", _systems_pattern(extra)), ("app", _APP)):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), kind))
    return tuple(sorted(found))


_WHAT = {
    "adresse": ("en bestemt web-adresse", "one web address"),
    "system": ("et bestemt it-system", "one IT system"),
    "app": ("en bestemt teknologi (en app)", "one technology (an app)"),
}


def technology_neutrality(ctx: CheckContext) -> Iterator[Diagnostic]:
    """D001 at each named system, app or web address in the law's text."""
    index = line_index(ctx.tree, ctx.text)
    extra = ctx.config.extra_words("it_systems")
    scan = _FOUND.get(extra)
    if scan is None:
        if len(_FOUND) >= 4:  # a few configurations at a time (one per open project)
            _FOUND.pop(next(iter(_FOUND)))
        scan = _FOUND[extra] = TextScan(lambda value: _findings(value, extra))
    for text, found in scan.found(ctx.tree, ctx.text):
        for start, end, kind in found:
            what, what_en = _WHAT[kind]
            yield diagnostic("D001", text.span(index, start, end), name=text.value[start:end], what=what,
                             what_en=what_en)


#: Per configured list of extra system names: what the scan finds in the law texts.
_FOUND: dict[tuple[str, ...], TextScan[tuple[tuple[int, int, str], ...]]] = {}
