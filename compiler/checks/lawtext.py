"""The law text inside a `.lov` file, with the source position of every character.

Checks that read wording (periods, named IT systems, paper and attendance, exemptions)
scan the strings of a law as plain text and must report at the exact place in the file.
A string's value differs from its source: the quotes are gone, `\\"` and `\\\\` are one
character each, and adjacent literals (`"…" "…"`, possibly on several lines) are one
text. :func:`item_texts` re-reads the literals of each :class:`dsl.ast.Text` from the
source and keeps, for every character of the value, the source offsets it came from.

Which strings are law text: prose provisions, the wording in front of a rule, text values
and `skøn` wording in rules and target-group conditions, descriptions of `begreb` and
`resultat`, and the titles of target groups, chapters and sections. Not law text: the law's own title and version,
`kilde` names (a register is where data comes from, not wording that binds a citizen),
and everything in a `testsag` (a test's name describes a case, not the law).
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Generic, Iterator, TypeVar

from dsl import ast
from dsl.memo import ByNode
from dsl.spans import Span

F = TypeVar("F")

_STRING = re.compile(r'"(?:[^"\\\n]|\\["\\])*"')
_NEWLINE = re.compile("\n")
_BETWEEN = re.compile(r"(?:[ \t\f\r\n]+|#[^\n]*)+")


class LineIndex:
    """Offsets → 1-based line and column (columns count characters, as spans do) in ``text``.

    The line starts are found when a position is first asked for (most runs report none)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        starts = self.starts
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def span(self, file: str, start: int, end: int) -> Span:
        """The span of ``[start, end)``."""
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(file, line, column, end_line, end_column, start, end)


class LawText:
    """One text of the law: its value and where each character stands in the source.

    The value is the parser's (quotes gone, escapes read, adjacent literals joined). Where
    each character came from — ``offsets(source)[i]`` is the source range of character ``i``
    (an escaped character spans two source characters) — is worked out only when a check
    reports something in the text, since most texts have no finding. A text is kept from one
    run to the next with its node (whose span the incremental parse may move).
    """

    __slots__ = ("kind", "node", "value", "_offsets")

    def __init__(self, kind: str, node: ast.Text) -> None:
        self.kind = kind
        self.node = node
        self.value = node.value
        self._offsets: tuple[int, tuple[tuple[int, ...], tuple[int, ...]]] | None = None

    def offsets(self, source: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(starts, ends): the source offsets of each character of the value."""
        at = self.node.span.start
        if self._offsets is None or self._offsets[0] != at:
            self._offsets = (at, _map_offsets(self.node, source))
        return self._offsets[1]

    def source_range(self, source: str, start: int, end: int) -> tuple[int, int]:
        """Value offsets ``[start, end)`` → source offsets."""
        starts, ends = self.offsets(source)
        if not starts:  # the source does not hold the text (never expected): the whole literal
            return self.node.span.start, self.node.span.end
        return starts[start], ends[end - 1] if end > start else starts[start]

    def span(self, index: LineIndex, start: int, end: int) -> Span:
        a, b = self.source_range(index.text, start, end)
        return index.span(self.node.span.file, a, b)


def _map_offsets(node: ast.Text, source: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Re-read a text's literals from the source, keeping each character's source range;
    empty if the source does not hold the text's value."""
    pos, stop = node.span.start, node.span.end
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    while pos < stop:
        gap = _BETWEEN.match(source, pos)
        if gap and gap.end() > pos:
            pos = gap.end()
            continue
        literal = _STRING.match(source, pos)
        if literal is None:
            return (), ()
        i, last = pos + 1, literal.end() - 1
        while i < last:
            width = 2 if source[i] == "\\" else 1
            chars.append(source[i + width - 1])
            starts.append(i)
            ends.append(i + width)
            i += width
        pos = literal.end()
    if "".join(chars) != node.value:
        return (), ()
    return tuple(starts), tuple(ends)


def _expr_texts(expr: ast.Expr) -> Iterator[tuple[str, ast.Text]]:
    stack: list[ast.Expr] = [expr]
    while stack:
        e = stack.pop()
        if isinstance(e, ast.TextValue):
            yield "tekstværdi", e.text
        elif isinstance(e, ast.Judgment):
            yield "skøn", e.text
        elif isinstance(e, ast.Not):
            stack.append(e.operand)
        elif isinstance(e, (ast.BoolOp, ast.Compare, ast.Arith)):
            stack.extend((e.right, e.left))


def _provision_texts(provision: ast.Provision | None) -> Iterator[tuple[str, ast.Text]]:
    if isinstance(provision, ast.Prose):
        yield "prosa", provision.text
    elif isinstance(provision, ast.Rule):
        if provision.wording is not None:
            yield "prosa", provision.wording
        yield from _expr_texts(provision.value)
        for condition in provision.conditions:
            yield from _expr_texts(condition)


def text_nodes(tree: ast.Law) -> Iterator[tuple[str, ast.Text]]:
    """Every law text of the tree as (kind, node), in the order of the file."""
    for item in tree.items:
        yield from _item_texts(item)


def _item_texts(item: ast.Item) -> Iterator[tuple[str, ast.Text]]:
    if isinstance(item, (ast.Begreb, ast.Resultat)):
        if item.description is not None:
            yield "beskrivelse", item.description
    elif isinstance(item, ast.Malgruppe):
        if item.title is not None:
            yield "titel", item.title
        yield from _expr_texts(item.condition)
    elif isinstance(item, ast.Kapitel):
        if item.title is not None:
            yield "titel", item.title
    elif isinstance(item, ast.Paragraf):
        if item.title is not None:
            yield "titel", item.title
        for stk in item.stks:
            yield from _provision_texts(stk.provision)
            for nr in stk.items:
                yield from _provision_texts(nr.provision)


# Several checks read the same file's texts in one run: the last answer is kept. Between runs,
# the texts of each item are kept by the item node (:class:`dsl.memo.ByNode`).
_last: tuple[ast.Law, str, tuple[tuple[LawText, ...], ...], LineIndex] | None = None
_items: ByNode[ast.Item, tuple[LawText, ...]] = ByNode(
    lambda item: tuple(LawText(kind, node) for kind, node in _item_texts(item)))


def _cached(tree: ast.Law, source: str) -> tuple[tuple[tuple[LawText, ...], ...], LineIndex]:
    global _last
    last = _last  # one read: safe when an editor analyses files on several threads
    if last is None or last[0] is not tree or last[1] is not source:
        texts = tuple(found for found in _items.each(tree.items, tree.file) if found)
        last = _last = (tree, source, texts, LineIndex(source))
    return last[2], last[3]


def item_texts(tree: ast.Law, source: str) -> tuple[tuple[LawText, ...], ...]:
    """The law texts of a parsed file (see the module doc), per item that has any: an unchanged
    item's tuple is the same object from one version to the next, so a check can keep what it
    found in it (:class:`dsl.memo.ByNode`)."""
    return _cached(tree, source)[0]


def line_index(tree: ast.Law, source: str) -> LineIndex:
    """The :class:`LineIndex` of ``source`` (shared by the checks of one run)."""
    return _cached(tree, source)[1]


class TextScan(Generic[F]):
    """What ``scan`` finds in each law text, kept per item from one run to the next: after an
    edit, only the texts of the items it replaced are scanned again. ``found`` says whether a
    scan found anything (texts without findings are not kept)."""

    def __init__(self, scan: Callable[[str], F], found: Callable[[F], bool] = bool) -> None:
        self._memo: ByNode[tuple[LawText, ...], tuple[tuple[LawText, F], ...]] = ByNode(
            lambda texts: tuple((text, hit) for text in texts if found(hit := scan(text.value))))

    def found(self, tree: ast.Law, source: str) -> Iterator[tuple[LawText, F]]:
        """(text, what the scan found in it) for each text with findings, in the order of the file."""
        for in_item in self._memo.each(item_texts(tree, source), tree.file):
            yield from in_item
