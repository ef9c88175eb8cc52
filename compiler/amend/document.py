"""A law as an amending act sees it: numbered units of text, in the order of the law.

An amending act names provisions (`§ 44, stk. 2, nr. 3`, `begrebet »alder«`) and quotes their
words. This module turns a parsed `.lov` file into that picture — a :class:`Document` of
top-level units (the title, the version, declarations, chapter headings, §§, test cases), each
§ with its stk. and each stk. with its nr. — and back into `.lov` text. A unit's text is its
canonical `.lov` text on one line (the formatter's, unwrapped), so a quotation matches however
the file is laid out. Comments travel with the unit they stand before (or after, on its line).

Each stk. and nr. remembers the number it had before the act (:attr:`Sub.original`), so a change
can name it as `stk. 3, der bliver stk. 4` after an earlier change of the same act moved it.
"""

from __future__ import annotations

import attrs

from dsl import ast, formatter
from dsl import model as m
from dsl.formatter import format_text
from dsl.literals import quote
from dsl.nogc import paused_gc

#: Top-level kinds, as an amending act names them (the definite form, `begrebet »alder«`).
DEFINITE = {"begreb": "begrebet", "målgruppe": "målgruppen", "inddeling": "inddelingen", "resultat": "resultatet",
            "testsag": "testsagen"}
TITLE, VERSION, CHAPTER, SECTION = "titel", "version", "kapitel", "paragraf"


@attrs.define
class Comment:
    text: str
    blank_after: bool = False
    trailing: bool = False


class _Lazy:
    """A text not yet rendered from its syntax (most of a law is never looked at)."""


LAZY = _Lazy()


@attrs.define
class Sub:
    """A stk. or nr.: its number now, its number before the act (None when the act inserted it),
    its provision on one line (None for a stk. that only has nr.) and, for a stk., its nr."""

    number: int
    original: int | None
    raw: str | None | _Lazy
    items: list[Sub] = attrs.field(factory=list)
    comments: list[Comment] = attrs.field(factory=list)
    syntax: ast.Provision | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def text(self) -> str | None:
        if isinstance(self.raw, _Lazy):
            self.raw = formatter.provision_text(self.syntax) if self.syntax is not None else None
        return self.raw

    @text.setter
    def text(self, value: str | None) -> None:
        self.raw = value


@attrs.define
class Unit:
    """A top-level unit. ``key`` is the name, the § or chapter number (`44a`), or empty for the
    title and version; ``text`` the one-line `.lov` text (for the title and version: the words
    themselves). A § has ``title`` (a `.lov` text literal or None), ``implicit`` (written without
    stk. numbers) and ``subs``, its stk.; its ``text`` is unused. ``syntax`` is the unit's syntax
    tree while the unit is as the law states it (a change sets it to None)."""

    kind: str
    key: str
    raw: str | _Lazy
    comments: list[Comment] = attrs.field(factory=list)
    title: str | None = None
    implicit: bool = False
    subs: list[Sub] = attrs.field(factory=list)
    #: Comments inside a test case: (the step they stand before, comment).
    inner: list[tuple[int, Comment]] = attrs.field(factory=list)
    syntax: ast.Item | None = attrs.field(default=None, eq=False, repr=False)
    #: Where the unit stands in :attr:`Document.source` (start, end), while it is unchanged.
    source: tuple[int, int] | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def text(self) -> str:
        if isinstance(self.raw, _Lazy):
            assert self.syntax is not None
            self.raw = formatter.item_text(self.syntax)
        return self.raw

    @text.setter
    def text(self, value: str) -> None:
        self.raw = value

    @property
    def label(self) -> str:
        """How an amending act names the unit: `§ 44 a`, `begrebet »alder«`, `kapitel 5`."""
        if self.kind == SECTION:
            return f"§ {m.format_secnum(self.key)}"
        if self.kind == CHAPTER:
            return f"kapitel {m.format_secnum(self.key)}"
        if self.kind == TITLE:
            return "lovens titel"
        if self.kind == VERSION:
            return "lovens version"
        return f"{DEFINITE[self.kind]} »{self.key}«"


@attrs.define
class Document:
    """The units in the order of the law. Change the list only through :meth:`insert`,
    :meth:`remove` and :meth:`replace`, which keep the look-up index right."""

    units: list[Unit]
    tail: list[Comment] = attrs.field(factory=list)
    #: The text the units were read from; each unread unit's ``source`` span is in it.
    source: str = ""
    _by_key: dict[tuple[str, str], Unit] | None = attrs.field(default=None, init=False, repr=False, eq=False)

    _twice: set[tuple[str, str]] = attrs.field(factory=set, init=False, repr=False, eq=False)

    def _keys(self) -> dict[tuple[str, str], Unit]:
        if self._by_key is None:
            self._by_key = {}
            for u in self.units:
                self._add((u.kind, u.key), u)
        return self._by_key

    def _add(self, key: tuple[str, str], unit: Unit) -> None:
        assert self._by_key is not None
        if key in self._by_key:
            self._twice.add(key)
        else:
            self._by_key[key] = unit

    def find(self, kind: str, key: str) -> Unit | None:
        key = normal_key(key) if kind in (SECTION, CHAPTER) else key
        return self._keys().get((kind, key))

    def index(self, unit: Unit) -> int:
        for k, u in enumerate(self.units):
            if u is unit:
                return k
        raise ValueError(unit.key)

    def insert(self, position: int, units: list[Unit]) -> None:
        self.units[position:position] = units
        self._keys()
        for u in units:
            self._add((u.kind, u.key), u)

    def remove(self, unit: Unit) -> None:
        del self.units[self.index(unit)]
        self._forget(unit)

    def replace(self, old: Unit, new: Unit) -> None:
        self.units[self.index(old)] = new
        self._forget(old)
        self._add((new.kind, new.key), new)

    def _forget(self, unit: Unit) -> None:
        keys = self._keys()
        if keys.get((unit.kind, unit.key)) is unit:
            del keys[(unit.kind, unit.key)]
            if (unit.kind, unit.key) in self._twice:  # another unit with the same name: it is found now
                again = next((u for u in self.units if u.kind == unit.kind and u.key == unit.key), None)
                if again is not None:
                    keys[(unit.kind, unit.key)] = again

    def clone(self) -> Document:
        """A copy that can be changed without changing this one (comments are shared)."""
        return Document([_clone_unit(u) for u in self.units], list(self.tail), self.source)


def _clone_sub(s: Sub) -> Sub:
    return Sub(s.number, s.original, s.raw, [_clone_sub(x) for x in s.items], list(s.comments), s.syntax)


def _clone_unit(u: Unit) -> Unit:
    return Unit(u.kind, u.key, u.raw, list(u.comments), u.title, u.implicit, [_clone_sub(x) for x in u.subs],
                list(u.inner), u.syntax, u.source)


def normal_key(number: str) -> str:
    """`44 a` and `44A` → `44a`."""
    return "".join(number.split()).lower()


# ---- from a parsed law ---------------------------------------------------------------------


def _unit_of(item: ast.Item) -> Unit:
    if isinstance(item, ast.LawTitle):
        return Unit(TITLE, "", "".join(item.text.parts), syntax=item)
    if isinstance(item, ast.LawVersion):
        return Unit(VERSION, "", "".join(item.text.parts), syntax=item)
    if isinstance(item, ast.Kapitel):
        return Unit(CHAPTER, normal_key(item.number), LAZY, syntax=item)
    if isinstance(item, ast.Paragraf):
        implicit = len(item.stks) == 1 and item.stks[0].implicit
        title = formatter.text(item.title) if item.title is not None else None
        subs = [
            Sub(stk.number, stk.number, LAZY if stk.provision else None,
                [Sub(nr.number, nr.number, LAZY, syntax=nr.provision) for nr in stk.items], syntax=stk.provision)
            for stk in item.stks
        ]
        return Unit(SECTION, normal_key(item.number), "", title=title, implicit=implicit, subs=subs, syntax=item)
    kind = {ast.Begreb: "begreb", ast.Malgruppe: "målgruppe", ast.Inddeling: "inddeling", ast.Resultat: "resultat",
            ast.Testsag: "testsag"}[type(item)]
    key = "".join(item.name.parts) if isinstance(item, ast.Testsag) else item.name.value
    return Unit(kind, key, LAZY, syntax=item)


def _anchors(unit: Unit, item: ast.Item) -> list[tuple[int, Unit | Sub]]:
    """(first source line, holder) for the unit and each of its stk. and nr., in order."""
    out: list[tuple[int, Unit | Sub]] = [(item.span.line, unit)]
    if isinstance(item, ast.Paragraf):
        for stk, sub in zip(item.stks, unit.subs):
            if not stk.implicit:
                out.append((stk.span.line, sub))
            for nr, nsub in zip(stk.items, sub.items):
                out.append((nr.span.line, nsub))
    return out


def from_law(tree: ast.Law, source: str) -> Document:
    """The document of a parsed law; ``source`` is its text (for the comments' places)."""
    with paused_gc():
        return _from_law(tree, source)


def _from_law(tree: ast.Law, source: str) -> Document:
    units: list[Unit] = []
    anchors: list[tuple[int, Unit | Sub]] = []
    for item in tree.items:
        unit = _unit_of(item)
        unit.source = (item.span.start, item.span.end)
        units.append(unit)
        anchors.extend(_anchors(unit, item))
    lines = source.split("\n")
    doc = Document(units, source=source)
    cases = [(it, u) for it, u in zip(tree.items, units) if isinstance(it, ast.Testsag)]
    for c in sorted(tree.comments, key=lambda c: (c.span.line, c.span.column)):
        row = lines[c.span.line - 1] if 0 < c.span.line <= len(lines) else ""
        trailing = bool(row[: c.span.column - 1].strip())
        blank = not trailing and c.span.line < len(lines) and not lines[c.span.line].strip()
        comment = Comment(c.text.rstrip(), blank, trailing)
        case = next(((it, u) for it, u in cases if it.span.line < c.span.line <= it.span.end_line), None)
        if case is not None and not trailing:
            step = sum(1 for st in case[0].steps if st.span.line < c.span.line)
            case[1].inner.append((step, comment))
            continue
        if trailing:
            holder = next((h for line, h in reversed(anchors) if line <= c.span.line), None)
        else:
            holder = next((h for line, h in anchors if line > c.span.line), None)
        if holder is None:
            doc.tail.append(comment)
        else:
            holder.comments.append(comment)
    return doc


# ---- back to .lov text ----------------------------------------------------------------------


def _with(comments: list[Comment], line: str, indent: str) -> list[str]:
    out: list[str] = []
    for c in comments:
        if not c.trailing:
            out.append(indent + c.text)
            if c.blank_after:
                out.append("")
    trailing = [c.text for c in comments if c.trailing]
    out.append(line + ("  " + "  ".join(trailing) if trailing else ""))
    return out


def sub_lines(sub: Sub, level: str, indent: str) -> list[str]:
    """A stk. (``level`` "stk") with its nr., or a nr., as `.lov` lines."""
    if level == "stk":
        head = f"{indent}stk. {sub.number}." + (f" {sub.text}" if sub.text else "")
        out = _with(sub.comments, head, indent)
        for nr in sub.items:
            out += sub_lines(nr, "nr", indent + formatter.INDENT)
        return out
    return _with(sub.comments, f"{indent}nr. {sub.number}) {sub.text}", indent)


def unit_lines(unit: Unit, comments: bool = True) -> list[str]:
    """A unit as `.lov` lines (not yet in canonical layout)."""
    notes = unit.comments if comments else []
    if unit.kind == TITLE:
        return _with(notes, f"lov {quote(unit.text)}", "")
    if unit.kind == VERSION:
        return _with(notes, f"version {quote(unit.text)}", "")
    if unit.kind == "testsag" and unit.inner and comments:
        lines = (format_text(unit.text) or unit.text).rstrip("\n").split("\n")
        steps = [i for i, ln in enumerate(lines) if ln.startswith((formatter.INDENT + "givet ", formatter.INDENT + "forvent "))]
        for step, c in sorted(unit.inner, key=lambda sc: -sc[0]):
            at = steps[step] if step < len(steps) else len(lines)
            lines[at:at] = [formatter.INDENT + c.text] + ([""] if c.blank_after else [])
        return _with(notes, lines[0], "") + lines[1:]
    if unit.kind != SECTION:
        return _with(notes, unit.text, "")
    number = m.format_secnum(unit.key)
    if unit.implicit and len(unit.subs) == 1:
        stk = unit.subs[0]
        head = f"§ {number}." + (f" {stk.text}" if stk.text else "")
        out = _with(notes + (stk.comments if comments else []), head, "")
        for nr in stk.items:
            out += sub_lines(nr if comments else attrs.evolve(nr, comments=[]), "nr", formatter.INDENT)
        return out
    out = _with(notes, f"§ {number}" + (f" {unit.title}" if unit.title else ""), "")
    for stk in unit.subs:
        out += sub_lines(stk if comments else _bare(stk), "stk", formatter.INDENT)
    return out


def _bare(sub: Sub) -> Sub:
    return attrs.evolve(sub, comments=[], items=[_bare(s) for s in sub.items])


def render(doc: Document, comments: bool = True) -> str:
    """The document as `.lov` text in canonical layout (None-safe: unparsable text is returned
    as it is, for the caller to report)."""
    lines: list[str] = []
    for unit in doc.units:
        lines += unit_lines(unit, comments)
        lines.append("")
    if comments:
        lines += [c.text for c in doc.tail]
    text = "\n".join(lines).rstrip("\n") + "\n"
    return format_text(text) or text
