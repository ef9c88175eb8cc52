"""The editor's documents as the server holds them: pygls's, with an edit applied where the
client means it, without re-writing the whole text.

pygls applies an incremental change by splitting the whole text into lines and writing every
line out again (10 ms per keystroke in a 35,000-line law), and it splits with
``str.splitlines``, which also ends a line at a form feed, U+2028 and seven other characters
that the Language Server Protocol does not count: in a law with a form feed pasted into a text,
every later edit landed on the wrong line. Here a change is applied by offsets, counting only
``\\n``, ``\\r\\n`` and ``\\r`` as line ends (the protocol's), and a position past the end of a
line means its end (the protocol's rule).
"""

from __future__ import annotations

import re
from typing import Any

from lsprotocol import types as lsp
from pygls.workspace import TextDocument, Workspace

_LINE_END = re.compile(r"\r\n?|\n")
_BLOCK = 4096  # characters whose line ends are counted at once


def line_start(source: str, line: int, known: tuple[int, int] = (0, 0)) -> int | None:
    """The offset where 0-based ``line`` begins, None past the last line; ``known`` is a
    (line, offset) at or before it to count from."""
    at, pos = known
    left = line - at
    if left <= 0:
        return pos
    if "\r" in source:  # a line may end with \r alone: each end is found by the pattern
        for n, end in enumerate(_LINE_END.finditer(source, pos), 1):
            if n == left:
                return end.end()
        return None
    # Count the line ends a block at a time to the block that holds the one sought, then find it.
    size = len(source)
    while True:
        if pos >= size:
            return None
        here = source.count("\n", pos, pos + _BLOCK)
        if here >= left:
            break
        left -= here
        pos += _BLOCK
    found = pos - 1
    for _ in range(left):
        found = source.find("\n", found + 1)
    return found + 1


def in_line(document: TextDocument, source: str, start: int, character: int) -> int:
    """The offset of a client ``character`` (in the client's units) on the line that begins at
    ``start``; past the line's end, its end."""
    found = _LINE_END.search(source, start)
    end = found.start() if found else len(source)
    text = source[start:end]
    if text.isascii():
        return start + min(character, len(text))
    server = document.position_codec.position_from_client_units([text], lsp.Position(line=0, character=character))
    return start + min(server.character, len(text))


class LovDocument(TextDocument):
    """A pygls document whose incremental changes are applied by offsets."""

    def _apply_incremental_change(self, change: lsp.TextDocumentContentChangePartial) -> None:
        source = self.source
        first, last = change.range.start, change.range.end
        first_line = line_start(source, first.line)
        if first_line is None:  # past the last line: at the end
            self._source = source + change.text
            return
        start = in_line(self, source, first_line, first.character)
        last_line = line_start(source, last.line, (first.line, first_line))
        end = len(source) if last_line is None else in_line(self, source, last_line, last.character)
        self._source = source[:start] + change.text + source[max(end, start):]


def use_lov_documents(workspace: Workspace) -> None:
    """Make ``workspace`` hold :class:`LovDocument` s (pygls builds its documents in
    ``_create_text_document``; its documents' other behaviour is unchanged)."""

    def create(doc_uri: str, source: str | None = None, version: int | None = None,
               language_id: str | None = None, **_: Any) -> TextDocument:
        return LovDocument(doc_uri, source=source, version=version, language_id=language_id,
                           sync_kind=workspace._sync_kind, position_codec=workspace._position_codec)

    workspace._create_text_document = create  # type: ignore[method-assign]
