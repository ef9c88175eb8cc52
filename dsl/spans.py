"""Source positions shared by every stage: a span is where something stands in a file."""

from __future__ import annotations

import attrs


@attrs.frozen(order=True)
class Span:
    """A region of a source file.

    Lines and columns are 1-based; ``end_column`` is exclusive (the column after the
    last character), as in SARIF. ``start`` and ``end`` are character offsets.
    """

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int = 0
    end: int = 0

    def to(self, other: Span) -> Span:
        """The span from the start of ``self`` to the end of ``other``."""
        return Span(
            self.file,
            self.line,
            self.column,
            other.end_line,
            other.end_column,
            self.start,
            other.end,
        )

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


UNKNOWN = Span("<ukendt>", 1, 1, 1, 1)
