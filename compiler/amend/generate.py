"""Write the amending act that turns one version of a law into another (`lov ændringslov`).

The changes come in the order of the law, each in the smallest form the drafting guidance has
for it (compiler/amend/README.md says when which form is chosen):

- words changed inside a provision: `I § 44, stk. 1, ændres »13 uger« til: »26 uger«.` — the
  quotation is the smallest text around the change that occurs once in that provision; up to
  :data:`MAX_EDITS` changes of one provision are one numbered change;
- a provision rewritten (`§ 44, stk. 2, affattes således: »Stk. 2. …«`) when more changes would
  be needed, or they would quote more than :data:`MAX_QUOTED` of it; a whole § when more than half
  of its stk. change;
- repeal, insertion (with the renumbering clause), headings, and `Overalt i loven ændres …` when
  the same words change in more than :data:`EVERYWHERE` places and nowhere else do they stay.

Every change is applied, as it is written, to a working copy of the old law by the very code
`lov indarbejd` uses (:mod:`compiler.amend.consolidate`), so the numbers an act names are the
numbers the law has at that point (`stk. 3, der bliver stk. 4`). Finally the act is read back and
consolidated into the old version; if that does not give the new version, it is an internal
error, never a wrong act.
"""

from __future__ import annotations

import datetime
import difflib
import re
from typing import Sequence

import attrs

from compiler.amend import act as a
from compiler.amend import document as d
from compiler.amend.consolidate import (
    State,
    already,
    Failed,
    apply_change,
    chapter_sections,
    consolidate_document,
    edit_text,
    first_number,
    overlaps,
    replace_all,
)
from compiler.amend import prose
from compiler.amend.prose import plain, spots, without_seams
from compiler.amend.reader import Numbered, read_act
from dsl import ast
from dsl.formatter import format_text
from dsl.grammar import keywords
from dsl.literals import LITERAL, unquote
from dsl.model import format_secnum
from dsl.nogc import paused_gc
from dsl.parser import parse
from dsl.spans import UNKNOWN

MAX_EDITS = 3
MAX_QUOTED = 0.6
EVERYWHERE = 5
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


class AmendError(RuntimeError):
    """The act written does not turn the old version into the new one (a bug in lov)."""


# ---- words inside one provision -------------------------------------------------------------


def text_edits(old: str, new: str) -> list[a.Edit] | None:
    """The changes of words from one provision's text to another's. Found in the texts as they
    are written, the seams of a long text stay where they are in both (a quotation may then run
    across one, `»… " "…«`); found in the texts without their seams, a text broken over lines
    differently in the new version is not a change. The second are taken when they are fewer, or
    when only they keep quotation marks out of the quotations. None, as from :func:`word_edits`,
    when the provision is better rewritten."""
    edits = word_edits(old, new)
    if edits is None or (plain(old) == old and plain(new) == new):
        return edits
    instead = word_edits(plain(old), plain(new))
    if instead is not None and _plain_words(instead) and (len(instead) < len(edits) or not _plain_words(edits)):
        return instead
    return edits


def _plain_words(edits: list[a.Edit]) -> bool:
    """Whether no quotation has a quotation mark of the law's text in it (seams aside)."""
    return all('"' not in without_seams(q) for e in edits for q in (e.old, e.new or ""))


def word_edits(old: str, new: str) -> list[a.Edit] | None:
    """The changes of words that turn ``old`` into ``new``, each quotation unique where it applies;
    None when that would take more than :data:`MAX_EDITS` changes or quote too much."""
    ta, tb = _TOKEN.findall(old), _TOKEN.findall(new)
    ops = _joined([op for op in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes() if op[0] != "equal"],
                  ta)
    if not ops or len(ops) > MAX_EDITS:
        return None if ops else []
    edits: list[a.Edit] = []
    written: list[tuple[int, int]] = []
    quoted = 0
    for _, i1, i2, j1, j2 in ops:
        cur = tb[:j1] + ta[i1:]
        text = "".join(cur)
        want = "".join(tb[:j2] + ta[i2:])
        found = _best(cur, j1, j1 + (i2 - i1), tb[j1:j2], text, want, written)
        if found is None:
            return None
        edit, at, w = found
        written = [(r0 + len(want) - len(text), r1 + len(want) - len(text)) if r0 >= at + len(edit.old) else (r0, r1)
                   for r0, r1 in written] + [w]
        quoted += len(edit.old) + len(edit.new or "")
        edits.append(edit)
    if quoted > MAX_QUOTED * max(len(new), len(old)) and len(new) > 40:
        return None
    return edits


def _joined(ops: list[tuple[str, int, int, int, int]], ta: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Changes separated only by spaces as one (»3 måneder« til: »26 uger«, not »3« and »måneder«)."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if out and all(tok.isspace() for tok in ta[out[-1][2]:op[1]]):
            _, i1, _, j1, _ = out[-1]
            out[-1] = ("replace", i1, op[2], j1, op[4])
        else:
            out.append(op)
    return out


def _best(cur: list[str], s0: int, e0: int, inserted: list[str], text: str, want: str,
          written: list[tuple[int, int]]) -> tuple[a.Edit, int, tuple[int, int]] | None:
    """The shortest edit (by quoted text) whose result is ``want``: the change with the least
    context around it that makes the quotation unique — one that quotes a word where there is
    one (`indsættes efter »borgeren«: », jf. …«`, not `ændres ».« til: », jf. ….«`)."""
    return _shortest(cur, s0, e0, inserted, text, want, written, True) or \
        _shortest(cur, s0, e0, inserted, text, want, written, False)


def _shortest(cur: list[str], s0: int, e0: int, inserted: list[str], text: str, want: str,
              written: list[tuple[int, int]], words: bool) -> tuple[a.Edit, int, tuple[int, int]] | None:
    """As :func:`_best`; with ``words``, only quotations of the old text that have a word in them."""
    new_mid = "".join(inserted)
    for grow in range(0, len(cur) + 1):
        for left in range(0, grow + 1):
            s, e = s0 - left, e0 + (grow - left)
            if s < 0 or e > len(cur):
                continue
            if s < e and (cur[s].isspace() or cur[e - 1].isspace()):
                continue
            at = len("".join(cur[:s]))
            old_q = "".join(cur[s:e])
            if words and not any(c.isalnum() for c in old_q):
                continue
            new_q = "".join(cur[s:s0]) + new_mid + "".join(cur[e0:e])
            for edit in _forms(old_q, new_q, s, s0, e0, e, new_mid):
                if [start for start, _ in spots(text, edit.old)] != [at]:
                    continue
                if already(text, edit, at):
                    continue
                result, w0, w1 = edit_text(text, edit, at)
                if result == want and not overlaps(written, at, at + len(edit.old)):
                    return edit, at, (w0, w1)
    return None


def _forms(old_q: str, new_q: str, s: int, s0: int, e0: int, e: int, new_mid: str) -> list[a.Edit]:
    out: list[a.Edit] = []
    if not old_q.strip():
        return out
    if not new_mid.strip() and s == s0 and e == e0:
        out.append(a.Edit("udgår", old_q))
    if s0 == e0 and e == e0 and new_mid.strip():
        out.append(a.Edit("efter", old_q, new_mid.strip()))
    if s0 == e0 and s == s0 and new_mid.strip():
        out.append(a.Edit("før", old_q, new_mid.strip()))
    if new_q.strip() and new_q == new_q.strip() and "  " not in new_q and "\n" not in new_q:
        out.append(a.Edit("ændres", old_q, new_q))  # a quotation is read with its spaces normalised
    return [e for e in out if e.old == " ".join(e.old.split())]


# ---- quotations ---------------------------------------------------------------------------------


def sub_quote(sub: d.Sub, level: str) -> str:
    """A stk. or nr. as an act quotes it: `Stk. 2. …` with its nr. as `1) …` lines, or `3) …`."""
    if level == "nr":
        return f"{sub.number}) {sub.text}"
    head = f"Stk. {sub.number}." + (f" {sub.text}" if sub.text else "")
    return "\n".join([head] + [f"{nr.number}) {nr.text}" for nr in sub.items])


def unit_quote(unit: d.Unit) -> str:
    """A top-level unit as an act quotes it (a § with `Stk.` lines; others as `.lov` text)."""
    if unit.kind == d.SECTION:
        number = format_secnum(unit.key)
        if unit.implicit and len(unit.subs) == 1:
            stk = unit.subs[0]
            head = f"§ {number}." + (f" {stk.text}" if stk.text else "")
            return "\n".join([head] + [f"{nr.number}) {nr.text}" for nr in stk.items])
        head = f"§ {number}" + (f" {unit.title}" if unit.title else "")
        return "\n".join([head] + [sub_quote(s, "stk") for s in unit.subs])
    if unit.kind == "testsag":
        return (format_text(unit.text) or unit.text).rstrip("\n")
    return unit.text


# A quoted provision's label and its `.lov` text, when that text is text literals and nothing else.
_LABELLED_LITERALS = re.compile(rf'^(Stk\. \d+\.|\d+\)|§ \d+(?: [a-zæøå])?\.) ((?:{LITERAL.pattern} ?)+)$')
# Words a reader would not take as prose: quotation marks, or the start of a rule (`x er …`).
_NOT_PROSE = re.compile(r'["»«“”„]|^(?:For\s+målgrupper?|\w+\s+er\b)|^(?:Stk\.|nr\.|\d+\))')


def published_quote(text: str) -> str:
    """A quotation as a published act writes it: each stk., nr. or § of prose alone as its words,
    without the `.lov` file's quotation marks and the seams of a text written over several lines
    (`Stk. 2. Kommunen kan …`); anything else as the `.lov` file writes it. `lov indarbejd` reads
    such words back as prose (:func:`compiler.amend.consolidate._as_prose`)."""
    out = []
    for line in text.split("\n"):
        m = _LABELLED_LITERALS.match(line)
        words = "".join(unquote(x) for x in LITERAL.findall(m.group(2))) if m else ""
        if m and words and words == " ".join(words.split()) and not _NOT_PROSE.search(words):
            out.append(f"{m.group(1)} {words}")
        else:
            out.append(line)
    return "\n".join(out)


def published(act: a.Act) -> a.Act:
    """``act`` with its quotations of provisions as a published act writes them (:func:`published_quote`)."""
    def one(change: a.Change) -> a.Change:
        if isinstance(change, (a.Insert, a.InsertSub, a.Instead)) or (isinstance(change, a.Rewrite) and change.ref.pkt is None):
            return attrs.evolve(change, text=published_quote(change.text))  # type: ignore[arg-type]
        return change

    return attrs.evolve(act, changes=tuple(one(c) for c in act.changes))


def title_words(literal: str | None) -> str | None:
    if literal is None:
        return None
    return "".join(unquote(p) for p in LITERAL.findall(literal))


# ---- the act ------------------------------------------------------------------------------------


@attrs.define
class _Writer:
    work: d.Document
    punktum: bool = True
    changes: list[a.Change] = attrs.field(factory=list)
    state: State = attrs.field(factory=State)
    targets: list[tuple[str, str]] = attrs.field(factory=list)
    remarks: list[tuple[str, ...]] = attrs.field(factory=list)

    def emit(self, change: a.Change, target: tuple[str, str] | None = None, prepared: Sequence[object] = (),
             remark: tuple[str, ...] = ()) -> None:
        """Add a change and apply it to the working copy (``prepared``: what its quotation says,
        already built, so that it need not be parsed here; the final check parses it; ``remark``:
        the new version's comment on what the change writes, carried as the bill's remark)."""
        number = len(self.changes) + 1
        try:
            apply_change(self.work, Numbered(number, change, UNKNOWN, (), tuple(prepared), remark), self.state)
        except Failed as failed:  # pragma: no cover - a bug: every change is built to apply
            raise AmendError(f"ændring nr. {number} kan ikke anvendes: {failed.diag.message()}") from None
        self.changes.append(change)
        self.remarks.append(remark)
        ref = getattr(change, "ref", None)
        self.targets.append(target or ((ref.kind, ref.key) if ref is not None else ("loven", "")))

    def unit(self, key: tuple[str, str]) -> d.Unit:
        unit = self.work.find(*key)
        assert unit is not None
        return unit


def _lines(comments: Sequence[d.Comment]) -> tuple[str, ...]:
    """Comments (those on lines of their own) as the lines of a remark."""
    out = []
    for c in comments:
        if not c.trailing:
            body = c.text[1:]
            out.append(body[1:] if body.startswith(" ") else body)
    return tuple(out)


def _new_remark(old: Sequence[d.Comment], new: Sequence[d.Comment]) -> tuple[str, ...]:
    """The remark on a change that writes a provision anew: its new comment, if it differs."""
    mine = _lines(new)
    return mine if mine != _lines(old) else ()


def _added_remark(old: Sequence[d.Comment], new: Sequence[d.Comment]) -> tuple[str, ...]:
    """The remark on a change of words: what the new comment adds after the old one (a change
    of words keeps the comment and adds its remark), nothing if it does not just add."""
    before, after = _lines(old), _lines(new)
    return after[len(before):] if after[:len(before)] == before else ()


def _fresh_sub(s: d.Sub, number: int | None = None) -> d.Sub:
    """A stk. or nr. as an act's quotation gives it: new, without comments."""
    return d.Sub(s.number if number is None else number, None, s.text, [_fresh_sub(x) for x in s.items], [], s.syntax)


def _fresh(u: d.Unit) -> d.Unit:
    """A unit as an act's quotation gives it (its syntax is the new version's, its source none)."""
    return d.Unit(u.kind, u.key, u.text if u.kind != d.SECTION else "", [], u.title, u.implicit,
                  [_fresh_sub(x) for x in u.subs], [], u.syntax, None)


def _ref(unit: d.Unit, stk: d.Sub | None = None, nr: d.Sub | None = None) -> a.Ref:
    def part(s: d.Sub | None) -> tuple[int, int | None] | None:
        if s is None:
            return None
        if s.original is None:  # inserted by this act: named by its number
            return (s.number, None)
        return (s.original, s.number if s.number != s.original else None)

    implicit = unit.implicit and len(unit.subs) == 1  # its one stk. is named by the § alone
    return a.Ref(unit.kind, unit.key, None if implicit or stk is None else part(stk), part(nr))


def _sub_key(s: d.Sub) -> str:
    return plain(s.text) + "\n" + "\n".join(plain(n.text) for n in s.items)


def _moves_after(subs: list[d.Sub], gone: set[int], inserted_at: int | None = None, count: int = 0) -> list[tuple[int, int]]:
    """The (before, after) numbers of the remaining stk./nr. after removing ``gone`` (ids) or
    inserting ``count`` at ``inserted_at``."""
    out = []
    position = first_number(subs) - 1
    for i, s in enumerate(subs):
        if id(s) in gone:
            continue
        if inserted_at is not None and i == inserted_at:
            position += count
        position += 1
        if s.number != position:
            out.append((s.number, position))
    return out


def _section(w: _Writer, old: d.Unit, new: d.Unit) -> None:
    """The changes of one § that is in both versions."""
    if old.syntax is not None and old.syntax == new.syntax:
        return  # as the law states it, in both: nothing to render or compare
    if old.implicit != new.implicit or (old.implicit and len(new.subs) != 1):
        w.emit(a.Rewrite(a.Ref(d.SECTION, old.key), unit_quote(new)), prepared=[_fresh(new)],
               remark=_new_remark(old.comments, new.comments))
        return
    ops = difflib.SequenceMatcher(None, [_sub_key(s) for s in old.subs], [_sub_key(s) for s in new.subs],
                                  autojunk=False).get_opcodes()
    dirty = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")
    if dirty > 1 and 2 * dirty > len(new.subs):
        w.emit(a.Rewrite(a.Ref(d.SECTION, old.key), unit_quote(new)), prepared=[_fresh(new)],
               remark=_new_remark(old.comments, new.comments))
        return
    if old.title != new.title:
        w.emit(a.Heading(a.Ref(d.SECTION, old.key), title_words(new.title)))
    unit = w.unit((d.SECTION, old.key))
    olds = list(unit.subs)  # the work copy's stk., in the old order
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(pairs):
            place = unit.subs.index(olds[i1 + k])
            _stk(w, unit, olds[i1 + k], new.subs[j1 + k], new)
            olds[i1 + k] = unit.subs[place]  # a rewritten stk. is a new object in the same place
        gone = olds[i1 + pairs:i2]
        if gone:
            renumbered = any(s.original != s.number for s in gone)
            groups = [gone] if not renumbered else [[s] for s in gone]
            for group in groups:
                moves = _moves_after(unit.subs, {id(s) for s in group})
                more = tuple(s.original for s in group[1:] if s.original is not None)
                w.emit(a.Repeal(_ref(unit, group[0]), more, a.Renumbering("stk", tuple(moves)) if moves else None))
        added = new.subs[j1 + pairs:j2]
        if added:
            anchor = olds[i1 + pairs - 1] if i1 + pairs > 0 else None
            while anchor is not None and anchor not in unit.subs:
                k = olds.index(anchor)
                anchor = olds[k - 1] if k > 0 else None
            after = anchor.number if anchor is not None else 0
            position = unit.subs.index(anchor) + 1 if anchor is not None else 0
            moves = _moves_after(unit.subs, set(), position, len(added))
            quotes = [sub_quote(attrs.evolve(s, number=after + i + 1), "stk") for i, s in enumerate(added)]
            w.emit(a.InsertSub(a.Ref(d.SECTION, unit.key), "stk", after, len(added), "\n".join(quotes),
                               at_end=position == len(unit.subs),
                               renumbering=a.Renumbering("stk", tuple(moves)) if moves else None),
                   prepared=[_fresh_sub(s, after + i + 1) for i, s in enumerate(added)],
                   remark=_lines(added[0].comments))


def _stk(w: _Writer, unit: d.Unit, old: d.Sub, new: d.Sub, new_unit: d.Unit | None = None) -> None:
    """The changes of one stk. present in both versions (``old`` is the work copy's)."""
    if len(old.items) != len(new.items) or (old.text is None) != (new.text is None):
        _rewrite_stk(w, unit, old, new, new_unit)
        return
    plan: list[tuple[d.Sub | None, list[a.Edit]]] = []
    for mine, theirs, nr in [(old, new, None)] + [(o, t, o) for o, t in zip(old.items, new.items)]:
        if plain(mine.text) == plain(theirs.text):
            continue
        edits = text_edits(mine.text or "", theirs.text or "")
        if edits is None:
            if nr is None:
                _rewrite_stk(w, unit, old, new, new_unit)
                return
            plan.append((nr, []))
        else:
            plan.append((nr, edits))
    for nr, edits in plan:
        if nr is None:
            punktum = _punktum_change(_ref(unit, old), old.text or "", new.text or "", edits) if w.punktum else None
            if punktum is not None:
                w.emit(punktum, remark=_added_remark(old.comments, new.comments))
                continue
            w.emit(a.Words(_ref(unit, old), tuple(edits)), remark=_added_remark(old.comments, new.comments))
            continue
        theirs = new.items[old.items.index(nr)]
        if edits:
            w.emit(a.Words(_ref(unit, old, nr), tuple(edits)), remark=_added_remark(nr.comments, theirs.comments))
        else:
            w.emit(a.Rewrite(_ref(unit, old, nr), sub_quote(attrs.evolve(theirs, number=nr.number), "nr")),
                   prepared=[_fresh_sub(theirs, nr.number)], remark=_new_remark(nr.comments, theirs.comments))


def _punktum_change(ref: a.Ref, old: str, new: str, edits: list[a.Edit]) -> a.Change | None:
    """A stk. of prose whose punktummer stay but one, which is inserted, repealed or rewritten
    (lovkvalitet 3.4.5.4-6: `2. pkt. affattes således:`, `indsættes efter 1. pkt. som nyt
    punktum:`, `3. pkt. ophæves.`), as that change; None when changes of words say it better (a
    rewritten punktum whose words change in one place) or the text is no such prose."""
    if not (prose.is_prose(old) and prose.is_prose(new)):
        return None
    mine = [prose.punktum_words(old, s) for s in prose.sentences(old)]
    theirs = [prose.punktum_words(new, s) for s in prose.sentences(new)]
    if len(theirs) == len(mine) + 1:  # one new punktum
        k = next((i for i in range(len(mine)) if mine[i] != theirs[i]), len(mine))
        if mine[k:] == theirs[k + 1:]:
            return a.InsertSentence(ref, k, theirs[k], at_end=k == len(mine))
    if len(theirs) == len(mine) - 1 and len(mine) > 1:  # one punktum gone
        k = next((i for i in range(len(theirs)) if mine[i] != theirs[i]), len(theirs))
        if mine[k + 1:] == theirs[k:]:
            return a.Repeal(attrs.evolve(ref, pkt=k + 1))
    if len(theirs) == len(mine) and len(edits) > 1:  # one punktum rewritten
        changed = [i for i in range(len(mine)) if mine[i] != theirs[i]]
        if len(changed) == 1:
            return a.Rewrite(attrs.evolve(ref, pkt=changed[0] + 1), theirs[changed[0]])
    return None


def _rewrite_stk(w: _Writer, unit: d.Unit, old: d.Sub, new: d.Sub, new_unit: d.Unit | None = None) -> None:
    """Rewrite a stk.; the § itself when it is the §'s only stk. (`§ 44 affattes således:`)."""
    if len(unit.subs) == 1 and new_unit is not None and len(new_unit.subs) == 1 and not new_unit.implicit:
        fresh = _fresh(new_unit)
        w.emit(a.Rewrite(a.Ref(d.SECTION, unit.key), unit_quote(new_unit)), prepared=[fresh],
               remark=_new_remark(unit.comments + old.comments, new_unit.comments + new.comments))
        return
    if unit.implicit and len(unit.subs) == 1:
        target = attrs.evolve(unit, subs=[attrs.evolve(new, number=1)])
        fresh = _fresh(target)
        fresh.syntax = None  # a new § built here: no syntax of its own
        w.emit(a.Rewrite(a.Ref(d.SECTION, unit.key), unit_quote(target)), prepared=[fresh],
               remark=_new_remark(unit.comments + old.comments, new.comments))
        return
    w.emit(a.Rewrite(_ref(unit, old), sub_quote(attrs.evolve(new, number=old.number), "stk")),
           prepared=[_fresh_sub(new, old.number)], remark=_new_remark(old.comments, new.comments))


def _other(w: _Writer, old: d.Unit, new: d.Unit) -> None:
    """The changes of a declaration, chapter heading, test case, title or version in both."""
    if (old.syntax is not None and old.syntax == new.syntax) or plain(old.text) == plain(new.text):
        return
    ref = a.Ref(old.kind, old.key)
    if old.kind in (d.TITLE, d.VERSION):
        w.emit(a.Heading(ref, new.text))
        return
    if old.kind == d.CHAPTER:
        old_t, new_t = _chapter_title(old.text), _chapter_title(new.text)
        if old_t is not None and new_t is not None:
            w.emit(a.Heading(ref, new_t), remark=_added_remark(old.comments, new.comments))
        else:
            w.emit(a.Rewrite(ref, new.text), remark=_new_remark(old.comments, new.comments))
        return
    edits = text_edits(old.text, new.text)
    if edits:
        w.emit(a.Words(ref, tuple(edits)), remark=_added_remark(old.comments, new.comments))
    else:
        w.emit(a.Rewrite(ref, unit_quote(new)), prepared=[_fresh(new)], remark=_new_remark(old.comments, new.comments))


def _chapter_title(text: str) -> str | None:
    return title_words(text.split(" ", 2)[2]) if text.count(" ") >= 2 else None


def _everywhere(w: _Writer, new: d.Document) -> None:
    """`Overalt i loven ændres »X« til: »Y«` for the same change in more than EVERYWHERE places."""
    pairs: dict[tuple[str, str], int] = {}
    for old_text, new_text in _matched_texts(w.work, new):
        ta, tb = _TOKEN.findall(old_text), _TOKEN.findall(new_text)
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
            x, y = "".join(ta[i1:i2]).strip(), "".join(tb[j1:j2]).strip()
            if tag == "replace" and x and y and x == "".join(ta[i1:i2]) and y == "".join(tb[j1:j2]):
                pairs[(x, y)] = pairs.get((x, y), 0) + 1
    candidates = [(x, y) for (x, y), count in sorted(pairs.items(), key=lambda t: (-t[1], t[0])) if count > EVERYWHERE]
    if not candidates:
        return
    same = {id(u) for u in w.work.units if u.syntax is not None
            and (v := new.find(u.kind, u.key)) is not None and u.syntax == v.syntax}
    for x, y in candidates:
        if _everywhere_fits(w.work, new, x, y, same):
            w.emit(a.Everywhere(a.Edit("ændres", x, y)))


def _everywhere_fits(work: d.Document, new: d.Document, x: str, y: str, same_ids: set[int]) -> bool:
    """Whether changing every ``x`` to ``y`` brings each text that has it closer to the new
    version (and the change happens in more than EVERYWHERE places). Units the new version has
    unchanged are tried first: one ``x`` there rules the change out at once."""
    same = [u for u in work.units if id(u) in same_ids and u.syntax is not None]
    places = 0
    for u in same + [u for u in work.units if id(u) not in same_ids or u.syntax is None]:
        if not _may_contain(work, u, x):
            continue
        v = new.find(u.kind, u.key)
        theirs = _holders(new, [v]) if v is not None else {}
        for k, text in _holders(work, [u]).items():
            found = spots(text, x)
            if not found:
                continue
            places += len(found)
            if k not in theirs:
                continue
            replaced = replace_all(text, a.Edit("ændres", x, y), found)
            if text == theirs[k] or _distance(replaced, theirs[k]) >= _distance(text, theirs[k]):
                return False
    return places > EVERYWHERE


_KEYWORDS = frozenset(keywords())


def _may_contain(doc: d.Document, unit: d.Unit, quote: str) -> bool:
    """Whether the unit's canonical text may contain ``quote``, without rendering it: a unit still
    as the law states it holds the words of its source (the formatter adds only keywords,
    punctuation and spaces), so a word of the quotation missing from the source rules it out."""
    if unit.syntax is None or unit.source is None or not doc.source:
        return True
    words = [t for t in re.findall(r"\w+", quote) if t not in _KEYWORDS]
    if not words:
        return True
    piece = doc.source[unit.source[0]:unit.source[1]]
    return all(t in piece for t in words)


def _holders(doc: d.Document, units: list[d.Unit] | None = None) -> dict[tuple[str, str, int, int], str]:
    """Every text of the law (or of ``units``) by where it stands: (kind, key, stk., nr.)."""
    out = {}
    for u in doc.units if units is None else units:
        if u.kind in (d.TITLE, d.VERSION):
            continue
        if u.kind != d.SECTION:
            out[(u.kind, u.key, 0, 0)] = u.text
            continue
        for stk in u.subs:
            if stk.text is not None:
                out[(u.kind, u.key, stk.number, 0)] = stk.text
            for nr in stk.items:
                out[(u.kind, u.key, stk.number, nr.number)] = nr.text or ""
    return out


def _matched_texts(old: d.Document, new: d.Document) -> list[tuple[str, str]]:
    """The texts of the units in both versions that differ, pairwise (units whose syntax is the
    same in both are never rendered)."""
    pairs = [(u, new.find(u.kind, u.key)) for u in old.units]
    changed = [(u, v) for u, v in pairs if v is not None and not (u.syntax is not None and u.syntax == v.syntax)]
    a_ = _holders(old, [u for u, _ in changed])
    b_ = _holders(new, [v for _, v in changed if v is not None])
    return [(plain(a_[k]), plain(b_[k])) for k in a_ if k in b_ and plain(a_[k]) != plain(b_[k])]


def _distance(x: str, y: str) -> int:
    """How many words differ between two texts."""
    ta, tb = _TOKEN.findall(x), _TOKEN.findall(y)
    ops = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def _document(text: str, file: str) -> d.Document:
    return d.from_law(parse(text, file).law, text)


def write_act(old_text: str, old_file: str, new_text: str, new_file: str,
              commencement: datetime.date | None = None, as_published: bool = False) -> a.Act:
    """The amending act from ``old_text`` to ``new_text`` (both laws without errors), checked:
    read back and consolidated into the old version, it gives the new one. ``as_published``:
    prose quoted as a published act quotes it (:func:`published`), where that reads back the same."""
    old, new = _document(old_text, old_file), _document(new_text, new_file)
    failed: AmendError | None = None
    # The act as the guidance would have it (punktummer, the same change joined), checked; and if a
    # form does not consolidate here (a bug), the act without it rather than none.
    for punktum in (True, False):
        act = act_between(old, new, commencement, punktum=punktum)
        joined = join_same_words(act)
        forms = [joined, act] if joined is not act else [act]
        for candidate in [published(f) for f in forms] + forms if as_published else forms:
            try:
                check(old, new, candidate)
                return candidate
            except AmendError as error:
                failed = failed or error
    assert failed is not None
    raise failed


def join_same_words(act: a.Act) -> a.Act:
    """The act with the same change of words in several provisions under one number, at the first
    of them (lovkvalitet 3.4.5.2: `I § 9, stk. 2, og § 10, stk. 3, ændres »x« til: »y«.`), when no
    change between them touches the provisions it joins and none of them has a remark."""
    remarks = list(act.remarks) + [()] * (len(act.changes) - len(act.remarks))
    targets = list(act.targets) or [("loven", "")] * len(act.changes)
    kept: list[int] = []  # indices of the changes that stay, in order
    parts: dict[int, list[a.Words]] = {}  # index of a first change → the changes joined to it
    for k, change in enumerate(act.changes):
        first = None
        if isinstance(change, a.Words) and len(change.edits) == 1 and change.edits[0].places == 1 \
                and change.edits[0].kind in ("ændres", "udgår") and not remarks[k]:
            first = next((i for i in reversed(kept) if i in parts and parts[i][0].edits == change.edits
                          and not remarks[i]), None)
            if first is not None and any(targets[j] == targets[k] for j in range(first + 1, k)):
                first = None  # a change between them touches this provision: it is named as it then stands
        if first is not None:
            parts[first].append(change)  # type: ignore[arg-type]
            continue
        kept.append(k)
        if isinstance(change, a.Words):
            parts[k] = [change]
    if len(kept) == len(act.changes):
        return act
    changes = tuple(a.Joined(tuple(parts[k])) if k in parts and len(parts[k]) > 1 else act.changes[k] for k in kept)
    return attrs.evolve(act, changes=changes, targets=tuple(targets[k] for k in kept),
                        remarks=tuple(remarks[k] for k in kept) if act.remarks else ())


def act_between(old: d.Document, new: d.Document, commencement: datetime.date | None = None, *,
                punktum: bool = True) -> a.Act:
    """The amending act from the document ``old`` to ``new`` (neither is changed); ``punktum``:
    a punktum inserted, repealed or rewritten is changed as such (`2. pkt. affattes således:`)."""
    with paused_gc():
        return _act_between(old, new, commencement, punktum)


def _act_between(old: d.Document, new: d.Document, commencement: datetime.date | None, punktum: bool) -> a.Act:
    w = _Writer(old.clone(), punktum=punktum)
    title = old.find(d.TITLE, "")
    keys_old = [(u.kind, u.key) for u in old.units]
    keys_new = [(u.kind, u.key) for u in new.units]
    for kind in (d.TITLE, d.VERSION):
        o, n = old.find(kind, ""), new.find(kind, "")
        if n is not None and (o is None or o.text != n.text):
            w.emit(a.Heading(a.Ref(kind, ""), n.text), remark=_new_remark(o.comments if o else [], n.comments))
    _everywhere(w, new)
    placed: set[tuple[str, str]] = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_old, keys_new, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                key = keys_old[i1 + k]
                if key[0] in (d.TITLE, d.VERSION):
                    continue
                mine, theirs = w.unit(key), new.units[j1 + k]
                if mine.kind == d.SECTION:
                    _section(w, mine, theirs)
                else:
                    _other(w, mine, theirs)
            continue
        added = [u for u in new.units[j1:j2] if u.kind not in (d.TITLE, d.VERSION)]
        for u in added:  # a unit that moved: repealed where it stood, inserted where it goes
            if w.work.find(u.kind, u.key) is not None:
                w.emit(a.Repeal(a.Ref(u.kind, u.key)))
            placed.add((u.kind, u.key))
        if added:  # new units stand before the old ones they replace
            _insert_units(w, added, _anchor(w.work, keys_old, i1))
        for key in keys_old[i1:i2]:
            if key[0] in (d.TITLE, d.VERSION) or key in placed or w.work.find(*key) is None:
                continue
            _repeal(w, key, new)
    return a.Act(title.text if title else "loven", tuple(w.changes), commencement, tuple(w.targets),
                 tuple(w.remarks) if any(w.remarks) else ())


def _repeal(w: _Writer, key: tuple[str, str], new: d.Document) -> None:
    """`… ophæves.` A repealed chapter takes its §§ with it; those the new version still has where
    they stood are inserted again, each run after the unit it followed."""
    unit = w.work.find(*key)
    assert unit is not None
    inside = chapter_sections(w.work, unit)
    kept = {id(u) for u in inside if new.find(u.kind, u.key) is not None}
    runs: list[tuple[tuple[str, str] | None, list[d.Unit]]] = []
    start = w.work.index(unit)
    before = w.work.units[start - 1] if start > 0 else None  # the title, in a law that has one
    after = (before.kind, before.key) if before is not None else None
    for u in w.work.units[start + 1:]:
        if u.kind == d.CHAPTER:
            break
        if id(u) in kept:
            if runs and runs[-1][0] == after:
                runs[-1][1].append(_fresh(u))
            else:
                runs.append((after, [_fresh(u)]))
        elif u.kind != d.SECTION:
            after = (u.kind, u.key)
    w.emit(a.Repeal(a.Ref(*key)))
    for anchor, units in runs:
        _insert_units(w, units, (anchor, False) if anchor is not None else None)


def _insert_units(w: _Writer, added: list[d.Unit], anchor: tuple[tuple[str, str], bool] | None) -> None:
    """Insert new units where ``anchor`` says: in one change, or — since a remark belongs to the
    first unit a change inserts — a change from each unit with a comment to the next."""
    groups: list[list[d.Unit]] = []
    for u in added:
        if not groups or _lines(u.comments):
            groups.append([u])
        else:
            groups[-1].append(u)
    for group in groups:
        text = "\n".join(unit_quote(u) for u in group)
        first = (group[0].kind, group[0].key)
        remark = _lines(group[0].comments)
        if anchor is not None and not anchor[1] and group[0].kind == d.CHAPTER:
            heading = w.work.find(*anchor[0])
            inside = chapter_sections(w.work, heading) if heading is not None else []
            if inside:  # `Efter kapitel 4 indsættes` a chapter: after chapter 4's §§; this one goes before them
                anchor = ((inside[0].kind, inside[0].key), True)
        if anchor is not None and anchor[1]:
            w.emit(a.Insert(a.Ref(*anchor[0]), text, before=True), first, [_fresh(u) for u in group], remark)
        else:
            w.emit(a.Insert(a.Ref(*anchor[0]) if anchor else None, text), first, [_fresh(u) for u in group], remark)
        anchor = ((group[-1].kind, group[-1].key), False)


def _anchor(work: d.Document, keys_old: Sequence[tuple[str, str]], i1: int) -> tuple[tuple[str, str], bool] | None:
    """Where new units go: after the nearest earlier unit still in the law, else before the next."""
    for k in range(i1 - 1, -1, -1):
        if work.find(*keys_old[k]) is not None:
            return keys_old[k], False
    for k in range(i1, len(keys_old)):
        if work.find(*keys_old[k]) is not None:
            return keys_old[k], True
    return None


def canonical(text: str) -> str:
    """A law's canonical text without comments, each text on one line (what two versions are
    compared by: where a long text is broken over lines is layout, not law)."""
    tree = parse(text).law
    return prose.on_one_line(d.render(d.from_law(ast.Law(tree.items), ""), comments=False))


def _shape(u: d.Unit) -> tuple[object, ...]:
    subs = tuple((s.number, plain(s.text), tuple((n.number, plain(n.text)) for n in s.items)) for s in u.subs)
    return (u.kind, u.key, plain(u.text) if u.kind != d.SECTION else "", u.title, u.implicit and len(u.subs) == 1, subs)


def same_law(x: d.Document, y: d.Document) -> bool:
    """Whether two documents are the same law, comments aside (canonically equal)."""
    return len(x.units) == len(y.units) and all(
        (a_.syntax is not None and a_.syntax == b_.syntax) or _shape(a_) == _shape(b_)
        for a_, b_ in zip(x.units, y.units))


def check(old: d.Document, new: d.Document, act: a.Act) -> None:
    """Raise :class:`AmendError` unless reading ``act`` back and consolidating it into ``old``
    gives ``new`` (neither is changed)."""
    with paused_gc():
        read = read_act(a.render_text(act), "<ændringslov>")
        doc = old.clone()
        _, errors = consolidate_document(doc, read.changes)
    errors = list(read.diagnostics) + errors
    if errors:
        raise AmendError("den skrevne ændringslov kan ikke indarbejdes: " +
                         "; ".join(f"{x.span.line}:{x.span.column} {x.message()}" for x in errors[:3]))
    if not same_law(doc, new):
        raise AmendError("den skrevne ændringslov giver ikke den nye version")
