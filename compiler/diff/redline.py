"""Word-level redline of two canonical texts: what was kept, struck and inserted.

A redline is a sequence of segments ``(op, text)`` with op ``=`` (kept), ``-`` (only in
the old text) or ``+`` (only in the new text). Joining the ``=`` and ``-`` segments gives
the old text back; joining ``=`` and ``+`` gives the new text. Words, runs of
whitespace and single punctuation marks are the units, so `13 uger.` → `26 uger.`
strikes `13` and inserts `26`.
"""

from __future__ import annotations

import difflib
import re

Segment = tuple[str, str]

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """The units a redline compares: words, whitespace runs and punctuation marks."""
    return _TOKEN.findall(text)


def redline(old: str, new: str) -> tuple[Segment, ...]:
    """The word-level redline from ``old`` to ``new``.

    Short kept pieces (whitespace, punctuation, a word of up to :data:`SHORT` characters)
    between two changes are folded into the change, so that a rewritten sentence reads as
    one struck and one inserted passage rather than as a comb of fragments.
    """
    a, b = tokens(old), tokens(new)
    blocks: list[list[str]] = []  # ["=", text] or ["~", struck, inserted]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            blocks.append(["=", "".join(a[i1:i2])])
        else:
            blocks.append(["~", "".join(a[i1:i2]), "".join(b[j1:j2])])
    blocks = _fold(blocks)
    out: list[Segment] = []
    for block in blocks:
        if block[0] == "=":
            _add(out, "=", block[1])
        else:
            _add(out, "-", block[1])
            _add(out, "+", block[2])
    return tuple(out)


SHORT = 3


def _fold(blocks: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for block in blocks:
        if block[0] == "~" and out and out[-1][0] == "~":
            out[-1] = ["~", out[-1][1] + block[1], out[-1][2] + block[2]]
            continue
        if (
            block[0] == "~" and len(out) >= 2 and out[-1][0] == "=" and out[-2][0] == "~"
            and len(out[-1][1].strip()) <= SHORT
        ):
            kept = out.pop()[1]
            prev = out.pop()
            out.append(["~", prev[1] + kept + block[1], prev[2] + kept + block[2]])
            continue
        out.append(block)
    return out


def _add(out: list[Segment], op: str, text: str) -> None:
    if not text:
        return
    if out and out[-1][0] == op:
        out[-1] = (op, out[-1][1] + text)
    else:
        out.append((op, text))


def side(segments: tuple[Segment, ...], which: str) -> str:
    """The old (``which="-"``) or new (``"+"``) text a redline was made from."""
    return "".join(text for op, text in segments if op in ("=", which))


def inline(segments: tuple[Segment, ...]) -> str:
    """A plain-text rendering: `[-struck-]{+inserted+}` as in `git diff --word-diff`."""
    parts = []
    for op, text in segments:
        if op == "=":
            parts.append(text)
        elif op == "-":
            parts.append(f"[-{text}-]")
        else:
            parts.append(f"{{+{text}+}}")
    return "".join(parts)
