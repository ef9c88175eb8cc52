"""Text that is safe to show on a terminal.

A law, a file name or an input file can carry control characters: an escape sequence that
erases the line before it and prints a fake "0 fejl", a carriage return that overwrites a
finding, a newline in a file name that forges a `file:line: fejl[…]` line, or a bidirectional
override that shows code in another order than it is read. Every text `lov` prints as text goes
through :func:`printable`, which shows such characters as escapes (``\\x1b``, ``\\u202e``) and
keeps tab and, unless told otherwise, line feed. :func:`excerpt` cuts a long source line around
a span, so a finding never prints a 50 KB line.
"""

from __future__ import annotations

_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_ESCAPES: dict[int, str] = {
    **{c: f"\\x{c:02x}" for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)) if c not in (0x09, 0x0A)},
    **{c: f"\\u{c:04x}" for c in _BIDI},
}
_ONE_LINE = {**_ESCAPES, 0x0A: "\\n"}

#: How many characters of a source line a finding shows around its span.
EXCERPT_WIDTH = 120


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with control characters, DEL, C1 controls and bidirectional controls escaped;
    with ``one_line`` also line feeds (for a file name or a value inside a line)."""
    return text.translate(_ONE_LINE if one_line else _ESCAPES)


def shorten(text: str, limit: int = 60) -> str:
    """A value as a message shows it: never more than ``limit`` characters (a huge input value is
    named, not echoed in full)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def excerpt(line: str, column: int, width: int, limit: int = EXCERPT_WIDTH) -> tuple[str, int, int]:
    """The part of source ``line`` to show for a span at 1-based ``column`` of ``width``
    characters: (escaped text, 0-based caret position, caret width). A line longer than
    ``limit`` is cut around the span and the cut ends are marked with ``…``."""
    start, end = 0, len(line)
    if len(line) > limit:
        start = max(0, min(column - 1 - limit // 3, len(line) - limit))
        end = min(len(line), start + limit)
    head = ("…" if start > 0 else "") + printable(line[start:column - 1], one_line=True)
    stop = min(end, column - 1 + max(width, 1))
    marked = printable(line[column - 1:stop], one_line=True)
    tail = printable(line[stop:end], one_line=True)
    text = head + marked + tail + ("…" if end < len(line) else "")
    return text, len(head), max(1, len(marked))
