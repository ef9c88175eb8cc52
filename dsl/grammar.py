"""Loading `grammar/lov.lark`, the single source of the syntax, and what other tools read from it."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import grammar as _grammar_package

GRAMMAR_PATH = Path(_grammar_package.__file__).with_name("lov.lark")


@functools.cache
def grammar_text() -> str:
    return GRAMMAR_PATH.read_text(encoding="utf-8")


@functools.cache
def terminal_definitions() -> dict[str, str]:
    """Terminal name → its definition text, as written in the grammar."""
    defs: dict[str, str] = {}
    for line in grammar_text().splitlines():
        m = re.match(r"^([A-Z_][A-Z0-9_]*)(?:\.\d+)?:\s*(.+)$", line)
        if m:
            defs[m.group(1)] = m.group(2).strip()
    return defs


@functools.cache
def keywords() -> tuple[str, ...]:
    """Every keyword of the language (string terminals that are words), sorted.

    The Pygments lexer and the editor grammars are generated from or tested against
    this list, so a keyword added to the grammar cannot leave an editor behind.
    """
    sources = [d for d in terminal_definitions().values() if d.startswith('"')]
    # Literals written inside rules (`VALG "af" NAME`) are keywords too.
    sources += [
        line.split("//", 1)[0]
        for line in grammar_text().splitlines()
        if not re.match(r"^[A-Z_][A-Z0-9_]*(?:\.\d+)?:", line) and not line.lstrip().startswith(("//", "%"))
    ]
    words: set[str] = set()
    for source in sources:
        for literal in re.findall(r'"([^"]+)"i?', source):
            if re.fullmatch(r"[\wæøåÆØÅ§.]+", literal) and any(c.isalpha() or c == "§" for c in literal):
                words.add(literal)
    words.update(phrases())
    return tuple(sorted(words))


_GAP = r"[ \t\r\n]+"


@functools.cache
def phrases() -> tuple[str, ...]:
    """Keywords of several words, each a terminal of its own (`sammenlagt tid`, `inden for de
    seneste`), written with single spaces: the grammar allows any white space between the words."""
    out: list[str] = []
    for definition in terminal_definitions().values():
        m = re.fullmatch(r"/((?:[a-zæøå]+" + re.escape(_GAP) + r")+[a-zæøå]+)\(\?!\[\\wæøåÆØÅ\]\)/", definition)
        if m:
            out.append(m.group(1).replace(_GAP, " "))
    return tuple(sorted(out))


@functools.cache
def units() -> tuple[str, ...]:
    """The unit spellings the grammar accepts (from the UNIT terminal)."""
    from dsl.numbers import UNITS

    pattern = re.compile(_regex_of("UNIT"))
    return tuple(sorted(u for u in UNITS if pattern.fullmatch(u)))


@functools.cache
def number_words() -> tuple[str, ...]:
    """The number words the grammar accepts (from the NUMWORD terminal)."""
    from dsl.numbers import NUMBER_WORDS

    pattern = re.compile(_regex_of("NUMWORD"))
    return tuple(w for w in NUMBER_WORDS if pattern.fullmatch(w))


def _regex_of(terminal: str) -> str:
    definition = terminal_definitions()[terminal]
    assert definition.startswith("/") and definition.endswith("/")
    return definition[1:-1]
