"""Consolidate: apply an amending act to a law, literally and in order (lovkvalitet 11.8.2).

Each change is applied to the :class:`~compiler.amend.document.Document` as the law stands after
the changes before it. A provision is named by the number it had before the act, and — when an
earlier change of the act has moved it — by `, der bliver stk. 4` as well; a provision the act
itself inserted is named by its number. Words are matched at word boundaries, in the canonical
text of the provision (layout never matters). A renumbering clause is checked against what the
change actually does; the following stk. and nr. are renumbered either way (a consolidation may
renumber without a clause, 11.8.2, but A008 says the clause is missing).

All or nothing: every change that cannot be applied is a diagnostic of the A family at its
place in the act, and if there is any error, no law is produced. The result must still parse
and resolve; an error it has is A006, shown at the change that caused it and in the law.
"""

from __future__ import annotations

import re
from typing import Callable

import attrs

from compiler.amend import act as a
from compiler.amend import document as d
from compiler.amend import prose
from compiler.amend.prose import seamless, spots
from compiler.amend.reader import Numbered, names_law, read_act
from compiler.pipeline import analyse_text
from dsl import ast
from dsl.diagnostics import Diagnostic, Severity, diagnostic, has_errors
from dsl.literals import quote
from dsl.nogc import paused_gc
from dsl.parser import parse
from dsl.spans import Span

_EARLIER_DA, _EARLIER_EN = "af en tidligere ændring i samme lov", "by an earlier change of the same act"
_TWICE_DA = "(teksten lyder allerede, som ændringen vil have den; er ændringsloven allerede indarbejdet?)"
_TWICE_EN = "(the text already reads as the change would have it; has the act already been applied?)"
_LEVEL_WORDS = {"stk": ("stykker", "subsections"), "nr": ("numre", "numbers")}


@attrs.frozen
class Consolidated:
    """The consolidated law's text (None when a change failed) and the diagnostics."""

    text: str | None
    diagnostics: tuple[Diagnostic, ...]
    changes: int = 0


class Failed(Exception):
    def __init__(self, diag: Diagnostic) -> None:
        super().__init__(diag.code)
        self.diag = diag


@attrs.define
class State:
    """What the act has done so far: the ranges of words it wrote (per text holder), the §§ and
    units it repealed, which change moved a stk. or nr., and which units each change touched."""

    written: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)
    repealed: dict[tuple[str, str], int] = attrs.field(factory=dict)
    moved_by: dict[int, int] = attrs.field(factory=dict)
    touched: dict[tuple[str, str], int] = attrs.field(factory=dict)
    warnings: list[Diagnostic] = attrs.field(factory=list)
    #: The texts (by id of their holder) where a change of words ran across a seam, joining two
    #: literals into one, to be broken again (:func:`prose.wrap`).
    joined: dict[int, object] = attrs.field(factory=dict)


# ---- words --------------------------------------------------------------------------------------


def edit_text(text: str, edit: a.Edit, at: int, end: int | None = None) -> tuple[str, int, int]:
    """``text`` with ``edit`` applied to ``at``–``end`` (where ``edit.old`` stands; by default
    ``len(edit.old)`` long); the written range."""
    end = at + len(edit.old) if end is None else end
    if edit.kind == "ændres":
        assert edit.new is not None
        return text[:at] + edit.new + text[end:], at, at + len(edit.new)
    if edit.kind == "udgår":  # the words go with the space that set them apart, across a seam too
        if at > 0 and text[at - 1] == " ":
            return text[: at - 1] + text[end:], at - 1, at - 1
        if end < len(text) and text[end] == " ":
            return text[:at] + text[end + 1:], at, at
        if at >= 4 and text[at - 4:at] == ' " "':
            return text[:at - 4] + text[at - 3:at] + text[end:], at - 1, at - 1
        if text[end:end + 4] == '" " ':
            return text[:at] + text[end:end + 3] + text[end + 4:], at, at
        return text[:at] + text[end:], at, at
    assert edit.new is not None
    if edit.kind == "efter":
        glue = "" if edit.new[:1] in ",.;:)" else " "
        return text[:end] + glue + edit.new + text[end:], end, end + len(glue) + len(edit.new)
    return text[:at] + edit.new + " " + text[at:], at, at + len(edit.new) + 1


def replace_all(text: str, edit: a.Edit, places: list[tuple[int, int]]) -> str:
    """``text`` with ``edit`` applied at every one of ``places`` (where ``edit.old`` stands)."""
    for at, end in reversed(places):
        text, _, _ = edit_text(text, edit, at, end)
    return text


def overlaps(written: list[tuple[int, int]], at: int, end: int) -> bool:
    """Whether the words ``at``–``end`` touch a range an earlier change wrote (an empty range,
    where words went, counts when it lies within)."""
    return any(at < r1 and r0 < end or (r0 == r1 and at <= r0 <= end) for r0, r1 in written)


def already(text: str, edit: a.Edit, at: int) -> bool:
    """Whether the words already read as the edit would leave them (the act applied twice)."""
    if edit.kind == "udgår" or edit.new is None:
        return False
    words, where = seamless(text)
    at = where.index(at) if where is not None else at
    old, new = prose.without_seams(edit.old), prose.without_seams(edit.new)
    result = new if edit.kind == "ændres" else (old + " " + new if edit.kind == "efter" else new + " " + old)
    k = result.find(old)
    while k >= 0:
        if words[at - k: at - k + len(result)] == result and at - k >= 0:
            return True
        k = result.find(old, k + 1)
    return False


# ---- finding what a change names ---------------------------------------------------------------


def _fail(code: str, span: Span, **args: object) -> Failed:
    return Failed(diagnostic(code, span, **args))


def find_unit(doc: d.Document, ref: a.Ref, state: State, span: Span) -> d.Unit:
    unit = doc.find(ref.kind, ref.key)
    if unit is None:
        gone = state.repealed.get((ref.kind, d.normal_key(ref.key) if ref.kind in (d.SECTION, d.CHAPTER) else ref.key))
        raise _fail("A002", span, target=_cap(a.Ref(ref.kind, ref.key).words()),
                    detail=f" (ophævet ved ændring nr. {gone})" if gone else "",
                    detail_en=f" (repealed by change no. {gone})" if gone else "")
    return unit


def find_sub(subs: list[d.Sub], part: tuple[int, int | None], where: str, level: str, state: State,
             span: Span) -> d.Sub:
    named, becomes = part
    label = f"{where}, {level}. {named}"
    if becomes is not None:
        for s in subs:
            if s.original == named:
                if s.number == becomes:
                    return s
                raise _fail("A005", span, problem=f"{label} er {level}. {s.number}, ikke {level}. {becomes}",
                            problem_en=f"{label} is {level}. {s.number}, not {level}. {becomes}")
        raise _fail("A002", span, target=_cap(label), detail="", detail_en="")
    for s in subs:
        if (s.original == named and s.number == named) or (s.original is None and s.number == named):
            return s
    for s in subs:
        if s.original == named:
            hint = f"{label}, der bliver {level}. {s.number},"
            raise _fail("A009", span, target=_cap(label), now=f"{level}. {s.number}",
                        change=state.moved_by.get(id(s), "?"), hint=hint)
    raise _fail("A002", span, target=_cap(label), detail="", detail_en="")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _holders(doc: d.Document, ref: a.Ref, state: State, span: Span) -> list[tuple[object, str]]:
    """The texts a change of words in ``ref`` may touch: (holder, attribute name)."""
    unit = find_unit(doc, ref, state, span)
    if ref.heading:
        if unit.kind == d.CHAPTER:
            return [(unit, "text")]
        if unit.kind != d.SECTION or unit.title is None:
            raise _fail("A002", span, target=_cap(ref.words()), detail="", detail_en="")
        return [(unit, "title")]
    if unit.kind != d.SECTION:
        if ref.stk is not None or ref.nr is not None:
            raise _fail("A002", span, target=_cap(ref.words()), detail="", detail_en="")
        return [(unit, "text")]
    subs = unit.subs
    if ref.stk is None and ref.nr is None:
        return [(s, "text") for s0 in subs for s in [s0, *s0.items] if s.text is not None]
    stk = _stk_of(unit, ref, state, span, _cap(ref.words()), " (paragraffen har flere stykker)",
                  " (the § has several subsections)")
    if ref.nr is None:
        return [(s, "text") for s in [stk, *stk.items] if s.text is not None]
    where = a.Ref(d.SECTION, unit.key, ref.stk).words()
    return [(find_sub(stk.items, ref.nr, where, "nr", state, span), "text")]


# ---- quotations as .lov ---------------------------------------------------------------------------


_STK_LABEL = re.compile(r"stk\.\s*\d+\.", re.IGNORECASE)  # `Stk. 2.` at a line's start
_NR_LABEL = re.compile(r"(?:nr\.\s*)?\d+\)")  # `3)` or `nr. 3)`
_CHAPTER = re.compile(r"^kapitel\s+\d+(?:\s*[a-zæøå])?\b(\s*(\S.*))?$", re.IGNORECASE)
_SECTION_DOT = re.compile(r"^(§\s*\d+(?:\s*[a-zæøå])?)\.\s*(.*)$")
# A line that begins a top-level unit — not words of a text that a line break left at the start of
# a line (`… efter` / `§ 5, stk. 2, …`, `… i` / `kapitel 5 …`, `… efter` / `lov om …`).
_TOP = re.compile(r'^(?:§\s*\d+(?:\s*[a-zæøå])?(?:\.|\s*"|\s*$)|(?:begreb|resultat|inddeling)\s+\w+\s*:|'
                  r'målgruppe\s+\d+\s+\w+|kapitel\s+\d+(?:\s*[a-zæøå])?\s*(?:"|$)|(?:testsag|lov|version)\s+")')


def _as_lov(text: str) -> str:
    """An act's quotation in `.lov` form: `Stk. 2.` → `stk. 2.`, `3)` → `nr. 3)` at a line start,
    `Kapitel 4 a` with its heading on the next line → `kapitel 4 a "Heading"`; a line that does
    not begin a declaration, §, stk. or nr. continues the one before."""
    lines: list[str] = []
    section_at = -1  # the line of a `§ 13. …` whose first stk. the line's words are
    chapter_at = -1  # the line of a `Kapitel 4 a` whose heading is the next line's words
    for line in text.split("\n"):
        s = line.strip()
        if chapter_at >= 0 and s:
            if not (_TOP.match(s) or s.startswith('"') or _STK_LABEL.match(s) or _NR_LABEL.match(s)):
                lines[chapter_at] += " " + quote(s)  # `Kapitel 4 a` / `Kontrolbestemmelser`, as published
                chapter_at = -1
                continue
            chapter_at = -1
        chapter = _CHAPTER.match(s)
        if chapter and (chapter.group(2) is None or chapter.group(2).startswith('"')):  # not words of a text
            s = "kapitel" + s[len("kapitel"):]
            if chapter.group(2) is None:
                chapter_at = len(lines)
            lines.append(s)
            continue
        if _STK_LABEL.match(s):
            s = "    stk." + s[4:]
            if section_at >= 0:  # a published § names no stk. 1: `§ 13. …` / `Stk. 2. …`
                head = _SECTION_DOT.match(lines[section_at])
                assert head is not None
                lines[section_at] = f"{head.group(1)}\n    stk. 1. {head.group(2)}"
                section_at = -1
        elif _NR_LABEL.match(s):
            s = "        " + (s if s.startswith("nr.") else "nr. " + s)
        elif _TOP.match(s):
            section_at = len(lines) if _SECTION_DOT.match(s) else -1
        else:
            s = "            " + s
        lines.append(s)
    return "\n".join(lines)


def _parse_items(text: str, span: Span, doc: d.Document | None = None) -> list[ast.Item]:
    return _parse_items_raw(_as_lov(text), span, doc)


def fragment_units(text: str, span: Span, doc: d.Document | None = None) -> list[d.Unit]:
    """Top-level units quoted by an insertion or a rewrite (their stk. and nr. are new); ``doc``:
    the law they go into (its results tell a quoted rule from words, see :func:`_as_prose`)."""
    items = _parse_items(text, span, doc)
    units = d.from_law(ast.Law(tuple(items)), "").units
    for u in units:
        for stk in u.subs:
            stk.original = None
            for nr in stk.items:
                nr.original = None
    return units


def fragment_subs(text: str, level: str, span: Span, first: int = 0, doc: d.Document | None = None) -> list[d.Sub]:
    """The stk. (``level`` stk) or nr. an insertion or a rewrite quotes; ``first``: the number the
    first of them gets (a stk. 1 is quoted without its label, as a published law writes it)."""
    if level == "stk" and first == 1 and not (_STK_LABEL.match(text.lstrip()) or text.lstrip().startswith("§")):
        text = "Stk. 1. " + text
    body = _as_lov(text)
    wrapper = "§ 1\n" + body if level == "stk" else "§ 1\n    stk. 1.\n" + body
    items = _parse_items_raw(wrapper, span, doc)
    if len(items) != 1 or not isinstance(items[0], ast.Paragraf):
        raise _fail("A001", span, problem=f"citatet skal være {_LEVEL_WORDS[level][0]}",
                    problem_en=f"the quotation must be {_LEVEL_WORDS[level][1]}")
    unit = d.from_law(ast.Law((items[0],)), "").units[0]
    subs = unit.subs if level == "stk" else unit.subs[0].items
    if level == "stk" and unit.implicit:
        raise _fail("A001", span, problem="et citeret stykke begynder med »Stk. N.«",
                    problem_en="a quoted subsection starts with »Stk. N.«")
    for s in subs:
        s.original = None
        for nr in s.items:
            nr.original = None
    return subs


# A provision's label in `.lov` form (as `_as_lov` writes it) and what follows it on its line.
_LABELLED = re.compile(r"^(\s*(?:stk\.\s*\d+\.|nr\.\s*\d+\)|§\s*\d+(?:\s*[a-zæøå])?\.))(.*)$")
# How a rule begins: `For målgruppe …`, or a name and `er` (`praktik_varighed er …`).
_RULE_START = re.compile(r"^(?:For\s+målgrupper?(?:ne)?\s|(\w+)\s+er\b)")
_QUOTED_RESULT = re.compile(r"^\s*resultat\s+(\w+)", re.MULTILINE)


def _as_prose(text: str, doc: d.Document | None) -> str:
    """The quotation (in `.lov` form) with each provision written as a published act writes it —
    words without `.lov` quotation marks, that do not begin as a rule does — quoted as prose:
    `stk. 2. Kommunen kan …` → `stk. 2. "Kommunen kan …"`. A provision begins as a rule when
    it begins `For målgruppe` or with a result's name (of the law or the quotation, or a name with
    `_`, which no Danish word has) and `er`; `nr. 4) ikke er sigtet …` is words."""
    quoted = set(_QUOTED_RESULT.findall(text))

    def rule_like(words: str) -> bool:
        m = _RULE_START.match(words)
        if m is None:
            return False
        name = m.group(1)
        return name is None or "_" in name or name in quoted or (doc is not None and doc.find("resultat", name) is not None)

    out: list[str] = []
    body: list[str] = []
    label = ""

    def flush() -> None:
        words = " ".join(w for w in body if w)
        if label and words and '"' not in words and not rule_like(words):
            out.append(f"{label} {prose.wrap(quote(words))}")  # a long text over lines, as the laws are written
        elif label:
            out.append(label + "".join(f"\n            {w}" if i else w for i, w in enumerate(body)))

    for line in text.split("\n"):
        m = _LABELLED.match(line)
        if m:
            flush()
            label, body = m.group(1), [m.group(2).strip()]
        elif label and line.strip() and not _TOP.match(line.strip()):
            body.append(line.strip())
        else:
            flush()
            label, body = "", []
            out.append(line)
    flush()
    return "\n".join(out)


def _parse_items_raw(text: str, span: Span, doc: d.Document | None = None) -> list[ast.Item]:
    result = parse(text + "\n", "<citat>")
    if result.diagnostics:
        as_prose = _as_prose(text, doc)
        if as_prose != text:
            again = parse(as_prose + "\n", "<citat>")
            if not again.diagnostics:
                return list(again.law.items)
        first = result.diagnostics[0]
        raise _fail("A001", span, problem=f"citatet kan ikke læses som lov-tekst: {first.message('da')}",
                    problem_en=f"the quotation cannot be read as law text: {first.message('en')}")
    return list(result.law.items)


# ---- renumbering ---------------------------------------------------------------------------------


def first_number(subs: list[d.Sub]) -> int:
    """The number the first of a §'s stk. (or a stk.'s nr.) has: 1, but for a law that states a
    provision only from its stk. 2 on (the seeds give no more of it), which stays numbered so."""
    return subs[0].number if subs and subs[0].number > 0 else 1


def renumber(subs: list[d.Sub], state: State, number: int, first: int = 1) -> list[tuple[int, int]]:
    """Number ``subs`` ``first``, ``first`` + 1, … in order; the (before, after) of each that moved."""
    moves = []
    for i, s in enumerate(subs, first):
        if s.number != i:
            moves.append((s.number, i))
            s.number = i
            state.moved_by[id(s)] = number
    return moves


def _check_clause(moves: list[tuple[int, int]], new: set[int], clause: a.Renumbering | None, level: str,
                  target: str, state: State, span: Span) -> None:
    moved = [(b, c) for b, c in moves if b not in new]
    if clause is None:
        if moved:
            state.warnings.append(diagnostic(
                "A008", span, target=target, level=_LEVEL_WORDS[level][0], level_en=_LEVEL_WORDS[level][1],
                clause=a.Renumbering(level, tuple(moved)).words()))
        return
    if clause.level != level or list(clause.moves) != moved:
        actual = a.Renumbering(level, tuple(moved)).words() if moved else "ingen rykker"
        raise _fail("A005", span, problem=f"ændringen siger »{clause.words()}«, men {actual[:1].lower() + actual[1:]}",
                    problem_en=f"the change says »{clause.words()}«, but it does: {actual}")


# ---- one change ------------------------------------------------------------------------------------


def apply_change(doc: d.Document, item: Numbered, state: State) -> None:
    """Apply one numbered change to ``doc`` (raises :class:`Failed` with its diagnostic); the
    units it changes no longer stand as their syntax tree says."""
    try:
        holder = _apply(doc, item, state)
        if item.remark and holder is not None:
            _remark(holder, item)
    finally:
        for (kind, key), number in state.touched.items():
            if number == item.number:
                unit = doc.find(kind, key)
                if unit is not None:
                    unit.text = unit.text  # rendered from the syntax before the syntax goes
                    unit.syntax = None


def _remark(holder: d.Unit | d.Sub, item: Numbered) -> None:
    """The remark on a change becomes the comment before the provision it wrote: in place of
    the old one when the change rewrote or inserted it, after it when it changed words."""
    notes = [d.Comment(f"# {line}" if line.strip() else "#") for line in item.remark]
    change = item.change.parts[0] if isinstance(item.change, a.Joined) else item.change
    within = isinstance(change, (a.Words, a.Heading, a.InsertSentence)) or getattr(change, "ref", a.Ref("", "")).pkt
    if within and change.ref.kind not in (d.TITLE, d.VERSION):  # type: ignore[union-attr]
        holder.comments = list(holder.comments) + notes
        return
    if isinstance(change, a.Heading) and holder.comments and holder.comments[-1].blank_after:
        notes[-1].blank_after = True  # a file's opening comment stands apart from the title
    holder.comments = notes + [c for c in holder.comments if c.trailing]


def _apply(doc: d.Document, item: Numbered, state: State) -> d.Unit | d.Sub | None:
    """Apply the change; the provision a remark on it belongs to (None: it has none)."""
    change, span, n = item.change, item.span, item.number
    quote_span: Callable[[int], Span] = lambda k: item.quotes[k] if k < len(item.quotes) else span  # noqa: E731
    if isinstance(change, a.Joined):  # each part in turn; they share the change's quotations
        written = [_apply(doc, attrs.evolve(item, change=part), state) for part in change.parts]
        return written[0]
    if getattr(change, "ref", None) is not None and change.ref.pkt_more:  # type: ignore[union-attr]
        if not isinstance(change, a.Repeal):
            raise _fail("A001", span, problem="flere punktummer kan kun ophæves i én ændring; ændr dem hver for sig",
                        problem_en="several punktummer can only be repealed in one change; change each on its own")
        held: d.Sub | None = None
        for k in sorted({change.ref.pkt, *change.ref.pkt_more}, reverse=True):  # the last first: the others keep their numbers
            held = _punktum(doc, attrs.evolve(change, ref=attrs.evolve(change.ref, pkt=k, pkt_more=())), state, span,
                            quote_span(0), n)
        return held
    if isinstance(change, a.Words):
        window = None
        if change.ref.pkt is not None:  # the words of one punktum
            sentences_of = _sentence_holder(doc, change.ref, state, span)
            holders: list[tuple[object, str]] = [(sentences_of, "text")]
            window = _sentence(sentences_of, change.ref, span)
        else:
            holders = _holders(doc, change.ref, state, span)
        _touch(state, doc, change.ref, n)
        for k, edit in enumerate(change.edits):
            _edit(holders, edit, change.ref.words(), state, quote_span(_quote_index(change.edits, k)), n, window)
        return _provision(doc, attrs.evolve(change.ref, pkt=None), state, span)
    elif isinstance(change, a.InsertSentence) or (isinstance(change, (a.Repeal, a.Rewrite)) and change.ref.pkt):
        return _punktum(doc, change, state, span, quote_span(0), n)
    elif isinstance(change, a.Everywhere):
        holders = [(h, "text") for u in doc.units if u.kind not in (d.TITLE, d.VERSION)
                   for h in ([u] if u.kind != d.SECTION else [s for s0 in u.subs for s in [s0, *s0.items]])
                   if getattr(h, "text", None) is not None]
        found = 0
        for holder, attr in holders:
            text = getattr(holder, attr)
            places = spots(text, change.edit.old)
            if _overlapping([(0, at, end) for at, end in places]):
                raise _fail("A004", quote_span(0), quote=change.edit.old, count=len(places), target=_cap(
                    holder.label if isinstance(holder, d.Unit) else "loven"))
            if any(already(text, change.edit, at) for at, _ in places):
                raise _fail("A007", quote_span(0), target="Loven", quote=change.edit.old, detail=_TWICE_DA,
                            detail_en=_TWICE_EN)
            if places:
                found += len(places)
                setattr(holder, attr, replace_all(text, change.edit, places))
        if not found:
            raise _fail("A003", quote_span(0), quote=change.edit.old, target="loven")
        for u in doc.units:
            state.touched[(u.kind, u.key)] = n
    elif isinstance(change, a.Heading):
        _heading(doc, change, state, span, quote_span(0), n)
        if change.ref.kind in (d.TITLE, d.VERSION):
            return doc.find(change.ref.kind, "")
        return doc.find(change.ref.kind, d.normal_key(change.ref.key))
    elif isinstance(change, a.Repeal):
        _repeal(doc, change, state, span, n)
    elif isinstance(change, a.Rewrite):
        return _rewrite(doc, change, state, span, quote_span(0), n, list(item.prepared))
    elif isinstance(change, a.Instead):
        return _instead(doc, change, state, span, quote_span(0), n)
    elif isinstance(change, a.InsertSub):
        return _insert_sub(doc, change, state, span, quote_span(0), n, list(item.prepared))
    else:
        return _insert(doc, change, state, span, quote_span(0), n, list(item.prepared))
    return None


def _provision(doc: d.Document, ref: a.Ref, state: State, span: Span) -> d.Unit | d.Sub:
    """The unit, stk. or nr. ``ref`` names, as the law stands now."""
    unit = find_unit(doc, ref, state, span)
    if unit.kind != d.SECTION or (ref.stk is None and ref.nr is None):
        return unit
    stk = find_sub(unit.subs, ref.stk, unit.label, "stk", state, span) if ref.stk is not None else unit.subs[0]
    return find_sub(stk.items, ref.nr, unit.label, "nr", state, span) if ref.nr is not None else stk


def _quote_index(edits: tuple[a.Edit, ...], k: int) -> int:
    return sum(1 if e.kind == "udgår" else 2 for e in edits[:k])


def _touch(state: State, doc: d.Document, ref: a.Ref, n: int) -> None:
    key = d.normal_key(ref.key) if ref.kind in (d.SECTION, d.CHAPTER) else ref.key
    state.touched[(ref.kind, key)] = n


def _edit(holders: list[tuple[object, str]], edit: a.Edit, target: str, state: State, span: Span, n: int,
          window: tuple[int, int] | None = None) -> None:
    """Change ``edit.old`` where it stands in the holders' texts (within ``window`` of the one
    holder, when the change names a punktum)."""
    found = [(h, attr, at, end) for h, attr in holders for at, end in spots(getattr(h, attr), edit.old)
             if window is None or window[0] <= at and end <= window[1]]
    if not found:
        raise _fail("A003", span, quote=edit.old, target=target)
    if len(found) > 1 and (edit.places == 1 or _overlapping([(id(h), at, end) for h, _, at, end in found])):
        raise _fail("A004", span, quote=edit.old, count=len(found), target=target)
    if len(found) != edit.places:
        times = len(found)
        raise _fail("A013", span, quote=edit.old, times="1 gang" if times == 1 else f"{times} gange",
                    times_en="once" if times == 1 else f"{times} times", places=edit.places, target=target)
    for holder, attr, at, end in reversed(found):  # from the last, so earlier places keep their offsets
        _edit_at(holder, attr, at, end, edit, target, state, span)


def _overlapping(places: list[tuple[int, int, int]]) -> bool:
    """Whether two of the places (holder, start, end; in order) of the same words overlap: `a a`
    in `a a a` stands at two places, and which words a change of it means is not said."""
    return any(x[0] == y[0] and y[1] < x[2] for x, y in zip(places, places[1:]))


def _edit_at(holder: object, attr: str, at: int, end: int, edit: a.Edit, target: str, state: State,
             span: Span) -> None:
    text = getattr(holder, attr)
    ranges = state.written.setdefault(id(holder), [])
    if overlaps(ranges, at, end):
        raise _fail("A007", span, target=_cap(target), quote=edit.old, detail=_EARLIER_DA, detail_en=_EARLIER_EN)
    if already(text, edit, at):
        raise _fail("A007", span, target=_cap(target), quote=edit.old,
                    detail=_TWICE_DA, detail_en=_TWICE_EN)
    new_text, w0, w1 = edit_text(text, edit, at, end)
    if '" "' in text[at:end] and end - at != len(edit.old):  # it ran across a seam
        state.joined[id(holder)] = holder
    _write(holder, attr, new_text, end, (w0, w1), state)


def _write(holder: object, attr: str, new_text: str, end: int, wrote: tuple[int, int], state: State) -> None:
    """Set the holder's new text, whose words from ``end`` on were there before (shifted), and
    whose range ``wrote`` a change of this act wrote."""
    ranges = state.written.setdefault(id(holder), [])
    delta = len(new_text) - len(getattr(holder, attr))
    shifted = [(r0 + delta, r1 + delta) if r0 >= end else (r0, r1) for r0, r1 in ranges]
    state.written[id(holder)] = shifted + [wrote]
    setattr(holder, attr, new_text)


# ---- punktummer ---------------------------------------------------------------------------------


def _sentence_holder(doc: d.Document, ref: a.Ref, state: State, span: Span) -> d.Sub:
    """The stk. or nr. whose punktummer ``ref`` names (the only stk. of a § that names none)."""
    unit = find_unit(doc, ref, state, span)
    if unit.kind != d.SECTION:
        raise _fail("A002", span, target=_cap(ref.words()), detail="", detail_en="")
    stk = _stk_of(unit, ref, state, span, _cap(ref.words()), " (nævn stykket)", " (name the subsection)")
    holder = find_sub(stk.items, ref.nr, a.Ref(d.SECTION, unit.key, ref.stk).words(), "nr", state, span) \
        if ref.nr is not None else stk
    if holder.text is None:
        raise _fail("A002", span, target=_cap(ref.words()), detail=" (stykket har kun numre)",
                    detail_en=" (the subsection has only numbers)")
    return holder


def _sentence(holder: d.Sub, ref: a.Ref, span: Span, k: int | None = None) -> tuple[int, int]:
    """Where punktum ``k`` (by default the one ``ref`` names) stands in the holder's text."""
    k = ref.pkt if k is None else k
    assert k is not None and holder.text is not None
    found = prose.sentences(holder.text)
    if not 1 <= k <= len(found):
        many = f"{len(found)} punktummer" if len(found) != 1 else "ét punktum"
        raise _fail("A002", span, target=_cap(attrs.evolve(ref, pkt=k).words()), detail=f" (den har {many})",
                    detail_en=f" (it has {len(found)})")
    return found[k - 1]


def _punktum(doc: d.Document, change: a.InsertSentence | a.Repeal | a.Rewrite, state: State, span: Span,
             qspan: Span, n: int) -> d.Sub | None:
    """A punktum repealed, rewritten or inserted (lovkvalitet 3.4.5.4-6): the text of its stk. or nr.
    is changed there; punktummer are not numbered, so nothing is renumbered."""
    ref = change.ref
    holder = _sentence_holder(doc, attrs.evolve(ref, pkt=None), state, span)
    text = holder.text
    assert text is not None
    if not prose.is_prose(text):
        raise _fail("A002", span, target=_cap(ref.words()), detail=" (en regel er ét punktum; affat stykket)",
                    detail_en=" (a rule is one punktum; rewrite the subsection)")
    target = _cap(ref.words())
    if isinstance(change, a.InsertSentence):
        found = prose.sentences(text)
        have, k = len(found), prose.count(change.text)
        if change.after + k <= have and \
                prose.punktum_words(text, (found[change.after][0], found[change.after + k - 1][1])) == change.text:
            raise _fail("A007", qspan, target=target, quote=change.text, detail=_TWICE_DA, detail_en=_TWICE_EN)
        if change.at_end and change.after != have:
            raise _fail("A005", span, problem=f"{_cap(attrs.evolve(ref, pkt=None).words())} har {have} punktum"
                        f"{'mer' if have != 1 else ''}; et nyt sidste er {have + 1}. pkt.",
                        problem_en=f"{attrs.evolve(ref, pkt=None).words()} has {have}; a new last one is no. {have + 1}")
        if change.after > 0:
            _sentence(holder, ref, span, change.after)
        new_text = prose.insert(text, change.after, change.text)
        at = prose.sentences(new_text)[change.after][0]
        _write(holder, "text", new_text, at, (at, at + len(new_text) - len(text)), state)
    else:
        start, end = _sentence(holder, ref, span)
        if overlaps(state.written.get(id(holder), []), start, end):
            raise _fail("A007", span, target=target, quote=prose.punktum_words(text, (start, end)),
                        detail=_EARLIER_DA, detail_en=_EARLIER_EN)
        if isinstance(change, a.Repeal):
            new_text = prose.remove(text, ref.pkt)  # type: ignore[arg-type]
            _write(holder, "text", new_text, end, (start, start), state)
        else:
            if prose.punktum_words(text, (start, end)) == change.text:
                raise _fail("A007", qspan, target=target, quote=change.text, detail=_TWICE_DA, detail_en=_TWICE_EN)
            new_text = prose.replace(text, ref.pkt, change.text)  # type: ignore[arg-type]
            _write(holder, "text", new_text, end, (start, start + len(new_text) - len(text) + end - start), state)
    if not isinstance(change, a.Repeal):  # a punktum written into a literal may make it long
        state.joined[id(holder)] = holder
    _touch(state, doc, ref, n)
    return holder



def _heading(doc: d.Document, change: a.Heading, state: State, span: Span, qspan: Span, n: int) -> None:
    ref = change.ref
    if ref.kind in (d.TITLE, d.VERSION):
        unit = doc.find(ref.kind, "")
        if unit is not None and unit.text == (change.text or ""):
            raise _fail("A007", qspan, target=_cap(ref.words()), quote=change.text or "", detail=_TWICE_DA,
                        detail_en=_TWICE_EN)
        if unit is None:
            at = 1 if ref.kind == d.VERSION and doc.units and doc.units[0].kind == d.TITLE else 0
            doc.insert(at, [d.Unit(ref.kind, "", change.text or "")])
        else:
            unit.text = change.text or ""
        state.touched[(ref.kind, "")] = n
        return
    unit = find_unit(doc, ref, state, span)
    if ref.stk is not None or ref.nr is not None:
        raise _fail("A002", span, target=_cap(ref.words()), detail=" (kun paragraffer og kapitler har overskrifter)",
                    detail_en=" (only §§ and chapters have headings)")
    words = " ".join((change.text or "").split())
    if unit.kind == d.CHAPTER:
        if change.text is None:
            doc.remove(unit)
            state.repealed[(unit.kind, unit.key)] = n
            return
        number = unit.text.split()[1] if len(unit.text.split()) > 1 else unit.key
        unit.text = f"kapitel {number} {quote(words)}"
    elif unit.kind == d.SECTION:
        unit.title = quote(words) if change.text is not None else None
        if unit.title is not None:
            unit.implicit = False
    else:
        raise _fail("A002", span, target=f"Overskriften til {ref.words()}", detail="", detail_en="")
    state.touched[(unit.kind, unit.key)] = n


def _container(doc: d.Document, ref: a.Ref, level: str, state: State, span: Span) -> tuple[d.Unit, list[d.Sub], str]:
    """The unit and the list of stk. (``level`` stk) or nr. a change inside ``ref`` works on."""
    unit = find_unit(doc, ref, state, span)
    if unit.kind != d.SECTION:
        raise _fail("A002", span, target=_cap(f"{ref.words()}, {level}."), detail="", detail_en="")
    if level == "stk":
        return unit, unit.subs, unit.label
    stk = _stk_of(unit, ref, state, span, _cap(ref.words()) + ", nr.", " (nævn stykket)", " (name the subsection)")
    return unit, stk.items, a.Ref(d.SECTION, unit.key, ref.stk).words()


def _stk_of(unit: d.Unit, ref: a.Ref, state: State, span: Span, target: str, detail: str, detail_en: str) -> d.Sub:
    """The stk. ``ref`` names in ``unit`` (the only one when it names none), else A002."""
    if ref.stk is None and len(unit.subs) != 1:
        raise _fail("A002", span, target=target, detail=detail, detail_en=detail_en)
    return find_sub(unit.subs, ref.stk or (1, None), unit.label, "stk", state, span)


def _repeal(doc: d.Document, change: a.Repeal, state: State, span: Span, n: int) -> None:
    ref = change.ref
    if ref.stk is None and ref.nr is None:
        keys = [ref.key, *change.sections]
        if change.through is not None:  # every § from the first to the last, as the law has them
            first = find_unit(doc, ref, state, span)
            last = find_unit(doc, attrs.evolve(ref, key=change.through), state, span)
            i, j = doc.index(first), doc.index(last)
            if j < i:
                raise _fail("A001", span, problem=f"{change.address()} er ingen række i denne lov: {last.label} står før "
                            f"{first.label}", problem_en=f"{change.address()} is no range in this law: {last.label} "
                            f"stands before {first.label}")
            keys = [u.key for u in doc.units[i:j + 1] if u.kind == d.SECTION]
        for key in keys:
            unit = find_unit(doc, attrs.evolve(ref, key=key), state, span)
            for repealed in [unit, *chapter_sections(doc, unit)]:
                doc.remove(repealed)
                state.repealed[(repealed.kind, repealed.key)] = n
                state.touched[(repealed.kind, repealed.key)] = n
        return
    unit, subs, where, level, gone = _named_subs(doc, change, state, span)
    start = first_number(subs)
    for s in gone:
        subs.remove(s)
    if not subs and level == "stk":
        raise _fail("A006", span, position=unit.label, message="paragraffen har ingen stykker tilbage; ophæv paragraffen",
                    message_en="the § has no subsections left; repeal the §")
    moves = renumber(subs, state, n, start)
    _check_clause(moves, set(), change.renumbering, level, _cap(where), state, span)
    state.touched[(unit.kind, unit.key)] = n


def _instead(doc: d.Document, change: a.Instead, state: State, span: Span, qspan: Span, n: int) -> d.Unit | d.Sub:
    """What the repeal names goes, and the quoted units, stk. or nr. stand in its place, numbered
    from its place on (lovkvalitet: `ophæves, og i stedet indsættes`)."""
    repeal = change.repeal
    ref = repeal.ref
    if ref.stk is None and ref.nr is None:
        unit = find_unit(doc, ref, state, span)
        position = doc.index(unit)
        new = fragment_units(change.text, qspan, doc)
        _repeal(doc, repeal, state, span, n)
        for u in new:
            if doc.find(u.kind, u.key) is not None:
                raise _fail("A010", qspan, target=_cap(u.label))
            state.touched[(u.kind, u.key)] = n
        doc.insert(position, new)
        return new[0]
    unit, subs, where, level, gone = _named_subs(doc, repeal, state, span)
    position = min(subs.index(s) for s in gone)
    first = first_number(subs)
    fresh = fragment_subs(change.text, level, qspan, first=first + position, doc=doc)
    _numbered_from(fresh, first + position, level, qspan)
    for s in gone:
        subs.remove(s)
    _place(subs, position, fresh, repeal.renumbering, level, where, state, span, n, first)
    state.touched[(unit.kind, unit.key)] = n
    return fresh[0]


def _named_subs(doc: d.Document, repeal: a.Repeal, state: State,
                span: Span) -> tuple[d.Unit, list[d.Sub], str, str, list[d.Sub]]:
    """The stk. or nr. a repeal names: their §, the list they stand in, its label, their level."""
    ref = repeal.ref
    level = "nr" if ref.nr is not None else "stk"
    unit, subs, where = _container(doc, ref, level, state, span)
    part = ref.nr if ref.nr is not None else ref.stk
    assert part is not None
    gone = [find_sub(subs, part, where, level, state, span)]
    gone += [find_sub(subs, (k, None), where, level, state, span) for k in repeal.more]
    return unit, subs, where, level, gone


def _numbered_from(fresh: list[d.Sub], number: int, level: str, qspan: Span) -> None:
    """A005 unless the quoted stk. or nr. are numbered as they will stand from ``number`` on."""
    expected = list(range(number, number + len(fresh)))
    if [s.number for s in fresh] != expected:
        got = ", ".join(f"{level}. {s.number}" for s in fresh)
        raise _fail("A005", qspan, problem=f"det nye er {got}, men på denne plads bliver det {level}. "
                    f"{a.numbers(expected)}", problem_en=f"the new one is {got}, but in this place it becomes "
                    f"{level}. {a.numbers(expected)}")


def _place(subs: list[d.Sub], position: int, fresh: list[d.Sub], clause: a.Renumbering | None, level: str,
           where: str, state: State, span: Span, n: int, first: int) -> None:
    """Put new stk. or nr. in at ``position``, renumber those after them (from ``first``, the
    number of the first) and check the clause."""
    subs[position:position] = fresh
    for s in fresh:
        s.number = -1  # not yet numbered: not a move
    moves = [(b, c) for b, c in renumber(subs, state, n, first) if b != -1]
    _check_clause(moves, set(), clause, level, _cap(where), state, span)


def chapter_sections(doc: d.Document, unit: d.Unit) -> list[d.Unit]:
    """The §§ of a chapter (up to the next chapter heading), which go with it when it is repealed
    (lovkvalitet 3.4.5.5); none for any other unit. Declarations and test cases, which an act
    does not place in chapters, stay."""
    if unit.kind != d.CHAPTER:
        return []
    out = []
    for u in doc.units[doc.index(unit) + 1:]:
        if u.kind == d.CHAPTER:
            break
        if u.kind == d.SECTION:
            out.append(u)
    return out


def _rewrite(doc: d.Document, change: a.Rewrite, state: State, span: Span, qspan: Span, n: int,
             prepared: list[object]) -> d.Unit | d.Sub:
    ref = change.ref
    if ref.stk is None and ref.nr is None:
        unit = find_unit(doc, ref, state, span)
        new = prepared or fragment_units(change.text, qspan, doc)  # type: ignore[assignment]
        if len(new) != 1 or new[0].kind != unit.kind:
            raise _fail("A001", qspan, problem=f"citatet skal være netop én ny udgave af {ref.words()}",
                        problem_en=f"the quotation must be exactly one new version of {ref.words()}")
        if unit.kind == d.SECTION and new[0].key != unit.key:
            raise _fail("A005", qspan, problem=f"citatet er {new[0].label}, men ændringen affatter {unit.label}",
                        problem_en=f"the quotation is {new[0].label}, but the change rewrites {unit.label}")
        if d.unit_lines(new[0], comments=False) == d.unit_lines(unit, comments=False):
            raise _fail("A007", qspan, target=_cap(ref.words()), quote=change.text.split("\n")[0], detail=_TWICE_DA,
                        detail_en=_TWICE_EN)
        new[0].comments = unit.comments
        doc.replace(unit, new[0])
        state.touched[(unit.kind, unit.key)] = n
        state.touched[(new[0].kind, new[0].key)] = n
        return new[0]
    level = "nr" if ref.nr is not None else "stk"
    unit, subs, where = _container(doc, ref, level, state, span)
    part = ref.nr if ref.nr is not None else ref.stk
    assert part is not None
    old = find_sub(subs, part, where, level, state, span)
    new_subs = prepared or fragment_subs(change.text, level, qspan, first=old.number, doc=doc)
    if len(new_subs) != 1 or new_subs[0].number != old.number:
        got = ", ".join(f"{level}. {s.number}" for s in new_subs)
        raise _fail("A005", qspan, problem=f"citatet er {got}, men ændringen affatter {level}. {old.number}",
                    problem_en=f"the quotation is {got}, but the change rewrites {level}. {old.number}")
    new = new_subs[0]
    if new.text == old.text and [x.text for x in new.items] == [x.text for x in old.items]:
        raise _fail("A007", qspan, target=_cap(ref.words()), quote=change.text.split("\n")[0], detail=_TWICE_DA,
                    detail_en=_TWICE_EN)
    new.original, new.comments = old.original, old.comments
    subs[subs.index(old)] = new
    state.touched[(unit.kind, unit.key)] = n
    return new


def _insert_sub(doc: d.Document, change: a.InsertSub, state: State, span: Span, qspan: Span, n: int,
                prepared: list[object]) -> d.Sub:
    level = change.level
    unit, subs, where = _container(doc, change.ref, level, state, span)
    first = first_number(subs)
    if change.at_end:
        last = first + len(subs)  # the number of a new last one
        if change.after != last - 1:
            raise _fail("A005", span, problem=f"{where} har {len(subs)} {_LEVEL_WORDS[level][0] if len(subs) != 1 else level + '.'}; "
                        f"et nyt sidste er {level}. {last}",
                        problem_en=f"{where} has {len(subs)}; a new last one is {level}. {last}")
        position = len(subs)
    elif change.after == 0:
        position = subs.index(find_sub(subs, (1, None), where, level, state, span)) if subs else 0
    else:
        position = subs.index(find_sub(subs, (change.after, None), where, level, state, span)) + 1
    new = prepared or fragment_subs(change.text, level, qspan, first=first + position, doc=doc)
    _numbered_from(new, first + position, level, qspan)  # type: ignore[arg-type]
    if level == "stk" and unit.implicit:
        unit.implicit = False
    _place(subs, position, new, change.renumbering, level, where, state, span, n, first)  # type: ignore[arg-type]
    state.touched[(unit.kind, unit.key)] = n
    return new[0] if new else None  # type: ignore[return-value]


def _secnum_key(key: str) -> tuple[int, str]:
    m = re.match(r"(\d+)(.*)", key)
    return (int(m.group(1)), m.group(2)) if m else (0, key)


def _insert(doc: d.Document, change: a.Insert, state: State, span: Span, qspan: Span, n: int,
            prepared: list[object]) -> d.Unit:
    new = prepared or fragment_units(change.text, qspan, doc)
    if change.anchor is None:
        position = len(doc.units)
    else:
        anchor = find_unit(doc, change.anchor, state, span)
        if change.anchor.stk is not None or change.anchor.nr is not None:
            raise _fail("A001", span, problem="nye stykker indsættes med »I § 44 indsættes efter stk. 1 som nyt stykke:«",
                        problem_en="new subsections are inserted with »I § 44 indsættes efter stk. 1 som nyt stykke:«")
        position = doc.index(anchor) + (0 if change.before else 1)
        if change.chapter is not None:
            position = _in_chapter(doc, anchor, change.before, change.chapter, span)
        elif not change.before and new and new[0].kind == d.CHAPTER and (inside := chapter_sections(doc, anchor)):
            position = doc.index(inside[-1]) + 1  # `Efter kapitel 4 indsættes: »Kapitel 4 a …«`: after its §§
    for u in new:
        if doc.find(u.kind, u.key) is not None or u.kind in (d.TITLE, d.VERSION) and doc.find(u.kind, ""):
            raise _fail("A010", qspan, target=_cap(u.label))
    doc.insert(position, new)
    for k, u in enumerate(new):
        if u.kind != d.SECTION:
            continue
        at = position + k
        units = doc.units
        prev = next((units[j] for j in range(at - 1, -1, -1) if units[j].kind == d.SECTION), None)
        nxt = next((units[j] for j in range(at + 1, len(units)) if units[j].kind == d.SECTION), None)
        if (prev is not None and _secnum_key(prev.key) >= _secnum_key(u.key)) or \
                (nxt is not None and _secnum_key(nxt.key) <= _secnum_key(u.key)):
            place = f"efter {prev.label}" if prev is not None else f"før {nxt.label}"  # type: ignore[union-attr]
            state.warnings.append(diagnostic(
                "A011", qspan, target=_cap(u.label), place=place,
                place_en=place.replace("efter", "after").replace("før", "before"),
                reason="paragraffer står i nummerorden", reason_en="§§ stand in numerical order"))
    for u in new:
        state.touched[(u.kind, u.key)] = n
    return new[0] if new else None  # type: ignore[return-value]


def _in_chapter(doc: d.Document, anchor: d.Unit, before: bool, chapter: str, span: Span) -> int:
    """Where new units go `i kapitel N` beside ``anchor`` (lovkvalitet 3.4.5.6, for an anchor that
    ends or opens a chapter): in the anchor's own chapter; after the heading of the next one
    (`Efter § 7 indsættes i kapitel 3:`); or before its own heading, at the end of the one before
    (`Før § 8 indsættes i kapitel 2:`)."""
    units, at, key = doc.units, doc.index(anchor), d.normal_key(chapter)
    if doc.find(d.CHAPTER, key) is None:
        raise _fail("A002", span, target=f"Kapitel {chapter}", detail="", detail_en="")

    def heading_before(i: int) -> int | None:
        return next((j for j in range(i - 1, -1, -1) if units[j].kind == d.CHAPTER), None)

    own = heading_before(at)
    if own is not None and units[own].key == key:
        return at if before else at + 1
    if not before:
        nxt = next((j for j in range(at + 1, len(units)) if units[j].kind in (d.CHAPTER, d.SECTION)), None)
        if nxt is not None and units[nxt].kind == d.CHAPTER and units[nxt].key == key:
            return nxt + 1
    elif own is not None and all(u.kind != d.SECTION for u in units[own + 1:at]):
        previous = heading_before(own)
        if previous is not None and units[previous].key == key:
            return own
    raise _fail("A001", span, problem=f"kapitel {chapter} står ikke op ad {anchor.label}",
                problem_en=f"chapter {chapter} does not adjoin {anchor.label}")


# ---- the whole act ----------------------------------------------------------------------------------


def consolidate_document(doc: d.Document, changes: tuple[Numbered, ...]) -> tuple[State, list[Diagnostic]]:
    """Apply every change; the diagnostics of those that failed (the document is then unusable)."""
    state = State()
    errors: list[Diagnostic] = []
    with paused_gc():
        for item in changes:
            try:
                apply_change(doc, item, state)
            except Failed as failed:
                errors.append(failed.diag)
    return state, errors


def consolidate(law_text: str, law_file: str, act_text: str, act_file: str, out_file: str = "<indarbejdet>") -> Consolidated:
    """The law ``law_text`` with the amending act ``act_text`` applied, or the reasons it cannot be."""
    tree = parse(law_text, law_file)
    doc = d.from_law(tree.law, law_text)
    title = doc.find(d.TITLE, "")
    read = read_act(act_text, act_file, title.text if title is not None else None)
    diagnostics = list(read.diagnostics)
    named = _named(read, doc, act_file)  # the law as it is named before the act changes its title
    state, errors = consolidate_document(doc, read.changes)
    diagnostics += errors + state.warnings + named
    if has_errors(diagnostics):
        return Consolidated(None, tuple(sorted(diagnostics, key=_order)), len(read.changes))
    _wrap_changed(state)
    text = d.render(doc)
    analysis = analyse_text(text, out_file, checks=False)
    problems = [x for x in analysis.diagnostics if x.severity is Severity.ERROR]
    if problems:
        diagnostics += _blame(problems[:10], text, read.changes, state, act_file)
        return Consolidated(None, tuple(sorted(diagnostics, key=_order)), len(read.changes))
    return Consolidated(text, tuple(sorted(diagnostics, key=_order)), len(read.changes))


def _wrap_changed(state: State) -> None:
    """Break again the long texts a change of words across a seam joined (:func:`prose.wrap`)."""
    for holder in state.joined.values():
        if isinstance(holder, d.Sub) and holder.text is not None:
            holder.text = prose.wrap(holder.text)


def _named(read: object, doc: d.Document, act_file: str) -> list[Diagnostic]:
    """A012 when the act names another law than the one it is applied to (the words after "I",
    up to `, jf.` or `, som ændret`: "I lov om …, jf. lovbekendtgørelse nr. …, foretages")."""
    named = getattr(read, "title", None)
    unit = doc.find(d.TITLE, "")
    if not named or unit is None or names_law(named, unit.text):
        return []
    words = re.split(r",\s*(?:jf\.|som ændret)", named)[0].strip()
    return [diagnostic("A012", getattr(read, "title_span"), named=words, title=unit.text)]


def _order(x: Diagnostic) -> tuple[int, int, str]:
    return (x.span.line, x.span.column, x.code)


def _blame(problems: list[Diagnostic], text: str, changes: tuple[Numbered, ...], state: State,
           act_file: str) -> list[Diagnostic]:
    """A006 for each error of the consolidated law, at the change that touched its unit last."""
    items = parse(text, "<indarbejdet>").law.items
    spans = {c.number: c.span for c in changes}
    out = []
    for p in problems:
        item = next((it for it in items if it.span.line <= p.span.line <= it.span.end_line), None)
        number = None
        if item is not None:
            unit = d.from_law(ast.Law((item,)), "").units[0]
            number = state.touched.get((unit.kind, unit.key))
        span = spans.get(number) if number is not None else (changes[-1].span if changes else p.span)
        out.append(diagnostic("A006", span or p.span, position=f"{p.span.file}:{p.span.line}:{p.span.column}",
                              message=p.message("da"), message_en=p.message("en")))
    del act_file
    return out
