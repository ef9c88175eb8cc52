"""A text literal as `.lov` writes it: in quotation marks, with `"` and `\\` escaped by a
backslash (the grammar's ``STRING``). The one place for that escape, for everything that reads
or writes `.lov` text (the parser, the formatter, witness test cases, amending acts, the diff's
citizens); the evaluators' prelude, which generated modules carry without lov, has its own copy.
"""

from __future__ import annotations

import re

_ESCAPED = re.compile(r'\\(["\\])')
#: A text literal, quotation marks included: the grammar's ``STRING``.
LITERAL = re.compile(r'"[^"\\\n]*(?:\\["\\][^"\\\n]*)*"')


def escape(words: str) -> str:
    """Words as they stand inside a text literal."""
    return words.replace("\\", "\\\\").replace('"', '\\"')


def unescape(body: str) -> str:
    """Words from inside a text literal."""
    return _ESCAPED.sub(r"\1", body) if "\\" in body else body


def quote(words: str) -> str:
    """Words as a text literal."""
    return '"' + escape(words) + '"'


def unquote(literal: str) -> str:
    """The words of a text literal (with its quotation marks)."""
    return unescape(literal[1:-1])
