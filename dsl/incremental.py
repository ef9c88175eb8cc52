"""Re-parse only what changed: a per-document cache of chunk parses, keyed by chunk text.

The parser already cuts a file into chunks at top-level keywords (:func:`dsl.parser.split_chunks`)
and parses each on its own. After an edit to one § only that chunk's text differs; every
other chunk is taken from the cache. A reused chunk may have moved (lines inserted above
it), so its spans are moved to the new place.

Moving is done in place: the cache owns the trees it hands out, and each parse moves the
spans of a reused chunk to where the chunk now stands. A tree returned by
:meth:`IncrementalParser.parse` is therefore valid until the next call on the same
parser; the language server, the one user, analyses one version at a time.
"""

from __future__ import annotations

import bisect
from typing import Any

import attrs

from dsl import ast
from dsl.nogc import paused_gc
from dsl.parser import ChunkResult, ParseResult, parse_chunk, split_chunks
from dsl.spans import Span



@attrs.define
class _Entry:
    chunk: str
    result: ChunkResult
    line_offset: int
    pos_offset: int
    #: Every span of the chunk's tree, found when the chunk first moves (most never do).
    spans: list[Span] | None = None

    @property
    def end(self) -> int:
        """The offset just after the chunk."""
        return self.pos_offset + len(self.chunk)

    @property
    def next_line(self) -> int:
        """The line (0-based) the next chunk begins on."""
        return self.line_offset + self.chunk.count("\n")

    def move_to(self, line_offset: int, pos_offset: int) -> None:
        dl = line_offset - self.line_offset
        dp = pos_offset - self.pos_offset
        if dl == 0 and dp == 0:
            return
        if self.spans is None:
            self.spans = _spans_of(self.result)
        # Spans are values for everyone else; this cache moves the spans of its own chunks.
        if dl:
            for s in self.spans:
                s.line += dl
                s.end_line += dl
                s.start += dp
                s.end += dp
        else:
            for s in self.spans:
                s.start += dp
                s.end += dp
        self.line_offset, self.pos_offset = line_offset, pos_offset


@attrs.define
class Stats:
    """What the last parse did: chunks parsed anew and chunks taken from the cache.

    ``moves`` maps the first line (0-based) of each reused chunk in the previous version to
    its first line now; ``starts`` lists the first line of every chunk of this version.
    """

    parsed: int = 0
    reused: int = 0
    moves: dict[int, int] = attrs.field(factory=dict)
    starts: list[int] = attrs.field(factory=list)


class IncrementalParser:
    """Parses successive versions of one file, re-parsing only chunks whose text changed.

    ``parse(text)`` returns exactly what :func:`dsl.parser.parse` returns for the same text.
    Only the stretch between the chunks that begin and end both versions alike is cut into
    chunks again; its chunks are looked up by their text among the last version's chunks
    there, and the chunks after it are moved. The chunks before and after that stretch are
    found from where the two texts first and last differ (compared by the string methods, in C),
    and their items, comments and diagnostics are taken from the last version's lists by slicing.
    """

    def __init__(self, file: str = "<tekst>") -> None:
        self.file = file
        self._text = ""
        self._chunks: list[_Entry] = []
        #: Per list (items, comments, diagnostics): the last version's, and where each chunk's
        #: part of it begins (one more, the list's length, at the end).
        self._flat: tuple[list[Any], ...] = ([], [], [])
        self._marks: tuple[list[int], ...] = ([0], [0], [0])
        self.stats = Stats()

    def parse(self, text: str) -> ParseResult:
        # As :func:`dsl.parser.parse`: a first parse allocates millions of objects. They stay
        # (the cache owns them), so the collector is not to scan them when it resumes.
        with paused_gc(keep=True):
            return self._parse(text)

    def _parse(self, text: str) -> ParseResult:
        old, before = self._chunks, self._text
        delta = len(text) - len(before)
        same = _common_prefix(before, text)
        head, tail = _unchanged(old, same, len(before) - _common_suffix(before, text, same))
        begin = old[head - 1].end if head else 0
        end = old[len(old) - tail].pos_offset + delta if tail else len(text)
        line = old[head - 1].next_line if head else 0
        stats = Stats(reused=head + tail)
        by_text: dict[str, list[_Entry]] = {}
        for entry in reversed(old[head:len(old) - tail]):
            by_text.setdefault(entry.chunk, []).append(entry)
        middle: list[_Entry] = []
        for line_offset, pos_offset, chunk in split_chunks(text[begin:end]):
            line_offset, pos_offset = line + line_offset, begin + pos_offset
            candidates = by_text.get(chunk)
            if candidates:
                entry = candidates.pop()
                stats.moves[entry.line_offset] = line_offset
                entry.move_to(line_offset, pos_offset)
                stats.reused += 1
            else:
                result = parse_chunk(chunk, self.file, line_offset, pos_offset)
                entry = _Entry(chunk, result, line_offset, pos_offset)
                stats.parsed += 1
            middle.append(entry)
        after = old[len(old) - tail:]
        stats.moves.update((entry.line_offset, entry.line_offset) for entry in old[:head])
        if after:
            last = middle[-1] if middle else old[head - 1] if head else None
            dl = (last.next_line if last else 0) - after[0].line_offset
            stats.moves.update((entry.line_offset, entry.line_offset + dl) for entry in after)
            if dl or delta:
                for entry in after:
                    entry.move_to(entry.line_offset + dl, entry.pos_offset + delta)
        chunks = old[:head] + middle + after
        self._chunks, self._text = chunks, text
        stats.starts = [entry.line_offset for entry in chunks]
        self.stats = stats
        spliced = [_spliced(flat, marks, head, tail, [getattr(e.result, part) for e in middle])
                   for flat, marks, part in zip(self._flat, self._marks, _PARTS)]
        (items, item_marks), (comments, comment_marks), (diagnostics, diagnostic_marks) = spliced
        self._flat, self._marks = (items, comments, diagnostics), (item_marks, comment_marks, diagnostic_marks)
        return ParseResult(ast.Law(tuple(items), tuple(comments), self.file), tuple(diagnostics))


def _spliced(flat: list[Any], marks: list[int], head: int, tail: int,
             middle: list[tuple[Any, ...]]) -> tuple[list[Any], list[int]]:
    """One of this version's lists (items, comments or diagnostics) and where each chunk's part
    begins: the last version's ``flat`` (with its ``marks``) for the first ``head`` and last
    ``tail`` chunks, the parts of the ``middle`` chunks between them."""
    kept_from = marks[len(marks) - 1 - tail]
    out = flat[:marks[head]]
    new_marks = marks[:head + 1]
    for part in middle:
        out.extend(part)
        new_marks.append(len(out))
    shift = len(out) - kept_from
    out.extend(flat[kept_from:])
    ends = marks[len(marks) - tail:]
    new_marks.extend([mark + shift for mark in ends] if shift else ends)
    return out, new_marks


_PARTS = ("items", "comments", "diagnostics")


def _common_prefix(a: str, b: str) -> int:
    """How many first characters ``a`` and ``b`` share (halving the range, each test in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if b.startswith(a[lo:mid], lo):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, prefix: int) -> int:
    """How many last characters ``a`` and ``b`` share, not counting into their first ``prefix``."""
    lo, hi = 0, min(len(a), len(b)) - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if b.endswith(a[len(a) - mid:len(a) - lo], 0, len(b) - lo):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _unchanged(old: list[_Entry], same_until: int, same_from: int) -> tuple[int, int]:
    """How many of the last version's first and last chunks are surely chunks of the new text
    when it equals the last one before offset ``same_until`` and from ``same_from`` on (in the
    last one's offsets): the chunks wholly in those stretches, but one at each side (the last
    chunk before a change may now run on further, its next chunk's first line being changed;
    the first after it may now begin elsewhere)."""
    ending = bisect.bisect_right(old, same_until, key=lambda entry: entry.end)  # chunks that end by it
    head = max(ending - 1, 0)
    first_after = bisect.bisect_left(old, same_from, lo=head, key=lambda entry: entry.pos_offset)
    return head, max(len(old) - first_after - 1, 0)


def _spans_of(result: ChunkResult) -> list[Span]:
    """Every distinct Span object in a chunk's items, comments and diagnostics."""
    found: dict[int, Span] = {}
    stack: list[Any] = [result.items, result.comments, result.diagnostics]
    while stack:
        obj = stack.pop()
        if isinstance(obj, Span):
            found.setdefault(id(obj), obj)
        elif isinstance(obj, tuple):
            stack.extend(obj)
        else:
            names = _field_names(type(obj))
            if names:
                stack.extend(getattr(obj, name) for name in names)
    return list(found.values())


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The attrs fields of a tree class (none for str, int, Decimal, …), memoised."""
    names = _FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else ()
        _FIELDS[cls] = names
    return names
