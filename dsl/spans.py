"""Source positions shared by every stage: a span is where something stands in a file."""

from __future__ import annotations

import functools


@functools.total_ordering
class Span:
    """A region of a source file.

    Lines and columns are 1-based; ``end_column`` is exclusive (the column after the
    last character), as in SARIF. ``start`` and ``end`` are character offsets.

    Treated as a value: equal, hashed and ordered by its fields, never changed once built —
    except by the language server's chunk cache (:mod:`dsl.incremental`), which moves the
    spans of a chunk it owns. A plain slotted class because a large law has hundreds of
    thousands of spans and a frozen attrs class costs a third more to build.
    """

    __slots__ = ("file", "line", "column", "end_line", "end_column", "start", "end")

    def __init__(
        self, file: str, line: int, column: int, end_line: int, end_column: int, start: int = 0, end: int = 0
    ) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.start = start
        self.end = end

    def _key(self) -> tuple[str, int, int, int, int, int, int]:
        return (self.file, self.line, self.column, self.end_line, self.end_column, self.start, self.end)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self._key() == other._key()

    def __lt__(self, other: Span) -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return "Span(file={!r}, line={}, column={}, end_line={}, end_column={}, start={}, end={})".format(*self._key())

    def to(self, other: Span) -> Span:
        """The span from the start of ``self`` to the end of ``other``."""
        return Span(self.file, self.line, self.column, other.end_line, other.end_column, self.start, other.end)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


UNKNOWN = Span("<ukendt>", 1, 1, 1, 1)
