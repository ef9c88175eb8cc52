"""The structural diff of two law versions: §§, stk. and declarations.

§§ are matched in five steps, each symmetric (swapping the versions swaps the result):

1. same number and same content (title and every stk.) — unchanged, not reported;
2. same content under another number, when that content is unique among the §§ not yet
   matched on both sides and has at least :data:`MIN_MOVE_WORDS` words — *moved*
   ("§ 44 er flyttet til § 12"); a short text such as `"Ophævet."` is never a move;
3. same number, different content — *changed*, unless the number is chosen (marked
   ``# (nr. valgt)``, :mod:`dsl.numbering`) in either version: two chosen numbers that happen
   to be equal are not one provision;
4. of the rest, pairs with the same title when that title is unique among the §§ left on
   both sides — changed (*moved* too, under another number): the provision KL keeps as
   "Fællessamtaler" is today's "Fællessamtaler", though every stk. is reworded;
5. of the rest, pairs that are each other's unique best match by word overlap
   (Jaccard ≥ :data:`MIN_SIMILARITY`) — *moved* and changed.

What is left is *removed* (old only) or *added* (new only). Within a matched §, stk.
are matched by number and reported added, removed or changed; their text is the
formatter's canonical text (:mod:`compiler.diff.canonical`), so layout and comments never
count. Declarations (`begreb`, `målgruppe`, `resultat`) are matched by kind and name
and compared field by field.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Callable, Iterable

import attrs

from compiler.diff import canonical
from compiler.diff.redline import tokens
from dsl import ast
from dsl.numbering import chosen_numbers

MIN_MOVE_WORDS = 4
MIN_SIMILARITY = 0.5
# Beyond this many candidate pairs, step 5 is skipped (only exact moves are found).
MAX_SIMILARITY_PAIRS = 250_000

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"
_MIRROR = {ADDED: REMOVED, REMOVED: ADDED, CHANGED: CHANGED, MOVED: MOVED}


@attrs.frozen
class StkChange:
    """One stk. added, removed or changed. Labels are `stk. 2` (empty for the implicit stk.
    of a § without stk.); texts are canonical."""

    change: str
    number: int
    old_label: str | None
    new_label: str | None
    old_text: str | None
    new_text: str | None

    def mirrored(self) -> StkChange:
        return StkChange(
            _MIRROR[self.change], self.number, self.new_label, self.old_label, self.new_text, self.old_text
        )


@attrs.frozen
class SectionChange:
    """A § added, removed, changed (same number) or moved (new number, maybe changed).

    ``old_text``/``new_text`` hold the whole § (canonical) for an added or removed §.
    """

    change: str
    old_number: str | None
    new_number: str | None
    old_title: str | None
    new_title: str | None
    stks: tuple[StkChange, ...] = ()
    old_text: str | None = None
    new_text: str | None = None

    @property
    def old_label(self) -> str | None:
        return None if self.old_number is None else _label(self.old_number)

    @property
    def new_label(self) -> str | None:
        return None if self.new_number is None else _label(self.new_number)

    @property
    def title_changed(self) -> bool:
        return self.change in (CHANGED, MOVED) and self.old_title != self.new_title

    def mirrored(self) -> SectionChange:
        return SectionChange(
            _MIRROR[self.change], self.new_number, self.old_number, self.new_title, self.old_title,
            tuple(s.mirrored() for s in self.stks), self.new_text, self.old_text,
        )


@attrs.frozen
class FieldChange:
    """One field of a declaration (or of the law's header) with its old and new text."""

    field: str
    old: str | None
    new: str | None

    def mirrored(self) -> FieldChange:
        return FieldChange(self.field, self.new, self.old)


@attrs.frozen
class DeclarationChange:
    """A `begreb`, `målgruppe` or `resultat` added, removed or changed.

    ``old_text``/``new_text`` are the declarations in canonical form; ``fields`` lists the
    fields that differ (type, source, condition, …) for a changed declaration.
    """

    kind: str
    name: str
    change: str
    old_text: str | None
    new_text: str | None
    fields: tuple[FieldChange, ...] = ()

    def mirrored(self) -> DeclarationChange:
        return DeclarationChange(
            self.kind, self.name, _MIRROR[self.change], self.new_text, self.old_text,
            tuple(f.mirrored() for f in self.fields),
        )


@attrs.frozen
class StructureDiff:
    header: tuple[FieldChange, ...]
    sections: tuple[SectionChange, ...]
    declarations: tuple[DeclarationChange, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.header or self.sections or self.declarations)

    def mirrored(self) -> StructureDiff:
        return StructureDiff(
            tuple(f.mirrored() for f in self.header),
            tuple(s.mirrored() for s in self.sections),
            tuple(d.mirrored() for d in self.declarations),
        )


def _label(number: str) -> str:
    from dsl.model import format_secnum

    return f"§ {format_secnum(number)}"


# ---- sections -------------------------------------------------------------------------------


class _Sec:
    """A § of one version. ``key`` is its content as syntax (title and stk.; syntax trees
    compare without their source positions), so an unchanged § is found without
    formatting it; the canonical texts are made only for §§ that are reported."""

    def __init__(self, index: int, syntax: ast.Paragraf) -> None:
        self.index = index
        self.number = syntax.number
        self.syntax = syntax
        self.key = (syntax.title, syntax.stks)

    @functools.cached_property
    def title(self) -> str | None:
        return canonical.text_value(self.syntax.title)

    @functools.cached_property
    def stks(self) -> tuple[tuple[int, str, str], ...]:
        return canonical.section_stks(self.syntax)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        return frozenset().union(*(_words(text) for _, _, text in self.stks), _words(self.title or ""))


def _words(text: str) -> frozenset[str]:
    """The words of a text, for word overlap."""
    return frozenset(t for t in tokens(text) if not t.isspace())


def _sections(tree: ast.Law) -> list[_Sec]:
    out: list[_Sec] = []
    seen: set[str] = set()
    for item in tree.items:
        if isinstance(item, ast.Paragraf) and item.number not in seen:
            seen.add(item.number)
            out.append(_Sec(len(out), item))
    return out


def match_sections(old: list[_Sec], new: list[_Sec], chosen: frozenset[str] = frozenset()
                   ) -> tuple[list[tuple[_Sec, _Sec]], list[_Sec], list[_Sec]]:
    """Pairs of matched §§ (changed or moved; unchanged §§ are left out) and the §§ left
    on each side; ``chosen``: numbers chosen in either version, never paired by number alone.
    See the module docstring for the steps."""
    new_by_number = {s.number: s for s in new}
    old_by_number = {s.number: s for s in old}
    left_old = [s for s in old if not (s.number in new_by_number and new_by_number[s.number].key == s.key)]
    left_new = [s for s in new if not (s.number in old_by_number and old_by_number[s.number].key == s.key)]
    pairs: list[tuple[_Sec, _Sec]] = []

    # 2: unique identical content under another number.
    found = [(a, b) for a, b in _unique_pairs(left_old, left_new, lambda s: s.key) if len(a.words) >= MIN_MOVE_WORDS]
    pairs.extend(found)
    left_old, left_new = _rest(left_old, left_new, found)

    # 3: same number.
    numbers = {s.number: s for s in left_new}
    for s in list(left_old):
        partner = numbers.get(s.number)
        if partner is not None and s.number not in chosen:
            pairs.append((s, partner))
            left_old.remove(s)
            left_new.remove(partner)

    # 4: the same title, unique on both sides.
    found = _unique_pairs(left_old, left_new, lambda s: s.title or None)
    pairs.extend(found)
    left_old, left_new = _rest(left_old, left_new, found)

    # 5: mutual unique best by word overlap, repeated until no pair is found.
    if left_old and left_new and len(left_old) * len(left_new) <= MAX_SIMILARITY_PAIRS:
        while found := _mutual_best(left_old, left_new):
            pairs.extend(found)
            left_old, left_new = _rest(left_old, left_new, found)

    return pairs, left_old, left_new


def _unique_pairs(olds: list[_Sec], news: list[_Sec], key: Callable[[_Sec], object]) -> list[tuple[_Sec, _Sec]]:
    """Pairs of §§ whose ``key`` (not None) no other § on either side has."""
    def unique(secs: list[_Sec]) -> dict[object, _Sec]:
        groups: dict[object, list[_Sec]] = {}
        for sec in secs:
            k = key(sec)
            if k is not None:
                groups.setdefault(k, []).append(sec)
        return {k: group[0] for k, group in groups.items() if len(group) == 1}

    new_unique = unique(news)
    return [(sec, new_unique[k]) for k, sec in unique(olds).items() if k in new_unique]


def _rest(olds: list[_Sec], news: list[_Sec], found: list[tuple[_Sec, _Sec]]) -> tuple[list[_Sec], list[_Sec]]:
    """The §§ of each side not in ``found``."""
    done_old, done_new = {id(a) for a, _ in found}, {id(b) for _, b in found}
    return [s for s in olds if id(s) not in done_old], [s for s in news if id(s) not in done_new]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _mutual_best(olds: list[_Sec], news: list[_Sec]) -> list[tuple[_Sec, _Sec]]:
    return [(olds[i], news[j]) for i, j in _mutual_best_words([a.words for a in olds], [b.words for b in news])]


def _mutual_best_words(olds: list[frozenset[str]], news: list[frozenset[str]]) -> list[tuple[int, int]]:
    """Index pairs that are each other's unique best match by word overlap (≥ MIN_SIMILARITY)."""
    best_old: dict[int, tuple[float, list[int]]] = {}
    best_new: dict[int, tuple[float, list[int]]] = {}
    for i, a in enumerate(olds):
        for j, b in enumerate(news):
            if not (a & b):
                continue
            score = _jaccard(a, b)
            if score < MIN_SIMILARITY:
                continue
            for table, key, other in ((best_old, i, j), (best_new, j, i)):
                current = table.get(key)
                if current is None or score > current[0]:
                    table[key] = (score, [other])
                elif score == current[0]:
                    current[1].append(other)
    out = []
    for i, (score, js) in best_old.items():
        if len(js) != 1:
            continue
        j = js[0]
        back = best_new.get(j)
        if back is not None and back[1] == [i]:
            out.append((i, j))
    return out


def _stk_order(c: StkChange) -> tuple[int, tuple[str, ...]]:
    """The order of a §'s stk. changes: by number, then by both labels — the same whichever
    version is the old one."""
    return c.number, tuple(sorted((c.old_label or "", c.new_label or "")))


def _stk_changes(a: _Sec, b: _Sec) -> tuple[StkChange, ...]:
    """The stk. of two matched §§: unchanged in place (not reported); the same text under
    another number when that text is unique on both sides — *moved*; under another number,
    each other's unique best match by word overlap — changed; then the same number —
    changed; the rest removed or added. A stk. paired across numbers has the lower of its two
    numbers as ``number``, so the list reads the same in both directions."""
    old = {n: (label, text) for n, label, text in a.stks if (n, label, text) not in b.stks}
    new = {n: (label, text) for n, label, text in b.stks if (n, label, text) not in a.stks}
    out: list[StkChange] = []
    old_texts = Counter(text for _, text in old.values())
    new_texts = Counter(text for _, text in new.values())
    new_by_text = {text: n for n, (_, text) in new.items()}
    for n in list(old):
        label, text = old[n]
        m = new_by_text.get(text)
        if m is not None and m != n and old_texts[text] == 1 and new_texts[text] == 1:
            out.append(StkChange(MOVED, min(n, m), label, new[m][0], text, text))
            del old[n], new[m]
    # Reworded under another number: each other's unique best match by word overlap.
    olds, news = sorted(old), sorted(new)
    for i, j in _mutual_best_words([_words(old[n][1]) for n in olds], [_words(new[m][1]) for m in news]):
        n, m = olds[i], news[j]
        if n != m:
            out.append(StkChange(CHANGED, min(n, m), old[n][0], new[m][0], old[n][1], new[m][1]))
            del old[n], new[m]
    for n in sorted(set(old) | set(new)):
        if n not in new:
            out.append(StkChange(REMOVED, n, old[n][0], None, old[n][1], None))
        elif n not in old:
            out.append(StkChange(ADDED, n, None, new[n][0], None, new[n][1]))
        else:
            out.append(StkChange(CHANGED, n, old[n][0], new[n][0], old[n][1], new[n][1]))
    out.sort(key=_stk_order)
    return tuple(out)


def diff_sections(old_tree: ast.Law, new_tree: ast.Law, chosen: frozenset[str] = frozenset()
                  ) -> tuple[SectionChange, ...]:
    """Every § added, removed, changed or moved, in the order of the new version (a
    removed § stands after the § that preceded it in the old version); ``chosen`` as for
    :func:`match_sections`."""
    old, new = _sections(old_tree), _sections(new_tree)
    pairs, removed, added = match_sections(old, new, chosen)
    entries: list[tuple[tuple[float, int], SectionChange]] = []
    partner_of_old: dict[int, int] = {}
    stks = _across(removed, added, {id(a): _stk_changes(a, b) for a, b in pairs})
    for a, b in pairs:
        partner_of_old[a.index] = b.index
        change = CHANGED if a.number == b.number else MOVED
        entries.append(((b.index, 0), SectionChange(change, a.number, b.number, a.title, b.title, stks[id(a)])))
    # Sections unchanged in place are anchors too.
    new_by_number = {s.number: s for s in new}
    for s in old:
        if s.index not in partner_of_old and s.number in new_by_number and new_by_number[s.number].key == s.key:
            partner_of_old[s.index] = new_by_number[s.number].index
    for s in added:
        entries.append(((s.index, 0), SectionChange(ADDED, None, s.number, None, s.title, new_text=canonical.section_text(s.syntax))))
    # anchors[i]: the new position of the last old § before index i that has a partner.
    anchors: list[int] = []
    last = -1
    for i in range(len(old)):
        anchors.append(last)
        if i in partner_of_old:
            last = max(last, partner_of_old[i])
    for s in removed:
        anchor = anchors[s.index]
        entries.append(((anchor + 0.5, s.index), SectionChange(REMOVED, s.number, None, s.title, None, old_text=canonical.section_text(s.syntax))))
    entries.sort(key=lambda e: e[0])
    return tuple(change for _, change in entries)


def _across(removed: list[_Sec], added: list[_Sec],
            stks: dict[int, tuple[StkChange, ...]]) -> dict[int, tuple[StkChange, ...]]:
    """A stk. added to a matched § with the very text of a stk. of a removed § (or removed
    from a matched § with that of an added §'s) is *moved* there, labelled with the other §
    (`§ 11, stk. 2 → stk. 1`): KL's § 101 takes LAB § 11, stk. 2 word for word. Only a text
    that is unique on both sides and has at least :data:`MIN_MOVE_WORDS` words."""
    def pool(secs: list[_Sec]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for sec in secs:
            for _, label, text in sec.stks:
                out.setdefault(text, []).append(f"{_label(sec.number)}, {label}" if label else _label(sec.number))
        return out

    gone, new = pool(removed), pool(added)
    added_in_pairs = Counter(c.new_text for cs in stks.values() for c in cs if c.change == ADDED)
    removed_in_pairs = Counter(c.old_text for cs in stks.values() for c in cs if c.change == REMOVED)

    def unique(text: str | None, other: dict[str, list[str]], mine: Counter[str | None]) -> bool:
        return text is not None and len(other.get(text, ())) == 1 and mine[text] == 1 and len(_words(text)) >= MIN_MOVE_WORDS

    out: dict[int, tuple[StkChange, ...]] = {}
    for key, changes in stks.items():
        moved = []
        for c in changes:
            if c.change == ADDED and unique(c.new_text, gone, added_in_pairs):
                c = StkChange(MOVED, c.number, gone[c.new_text][0], c.new_label, c.new_text, c.new_text)  # type: ignore[index]
            elif c.change == REMOVED and unique(c.old_text, new, removed_in_pairs):
                c = StkChange(MOVED, c.number, c.old_label, new[c.old_text][0], c.old_text, c.old_text)  # type: ignore[index]
            moved.append(c)
        moved.sort(key=_stk_order)
        out[key] = tuple(moved)
    return out


# ---- declarations ----------------------------------------------------------------------------

_KINDS: tuple[tuple[str, type], ...] = (
    ("begreb", ast.Begreb),
    ("målgruppe", ast.Malgruppe),
    ("resultat", ast.Resultat),
)


def _declarations(tree: ast.Law, cls: type) -> dict[str, ast.Begreb | ast.Malgruppe | ast.Resultat]:
    out: dict[str, ast.Begreb | ast.Malgruppe | ast.Resultat] = {}
    for item in tree.items:
        if isinstance(item, (ast.Begreb, ast.Malgruppe, ast.Resultat)) and isinstance(item, cls):
            out.setdefault(item.name.value, item)
    return out


def diff_declarations(old_tree: ast.Law, new_tree: ast.Law) -> tuple[DeclarationChange, ...]:
    """Declarations added, removed or changed: by kind, in the new version's order, then the
    removed ones in the old version's order."""
    out: list[DeclarationChange] = []
    for kind, cls in _KINDS:
        old, new = _declarations(old_tree, cls), _declarations(new_tree, cls)
        for name, item in new.items():
            if name not in old:
                out.append(DeclarationChange(kind, name, ADDED, None, canonical.declaration_text(item)))
                continue
            before, after = canonical.declaration_fields(old[name]), canonical.declaration_fields(item)
            fields = tuple(FieldChange(f, before[f], after[f]) for f in after if before[f] != after[f])
            if fields:
                out.append(DeclarationChange(
                    kind, name, CHANGED, canonical.declaration_text(old[name]), canonical.declaration_text(item), fields
                ))
        for name, item in old.items():
            if name not in new:
                out.append(DeclarationChange(kind, name, REMOVED, canonical.declaration_text(item), None))
    return tuple(out)


def _header(tree: ast.Law) -> dict[str, str | None]:
    found: dict[str, str | None] = {"titel": None, "version": None}
    for item in tree.items:
        if isinstance(item, ast.LawTitle) and found["titel"] is None:
            found["titel"] = canonical.text_value(item.text)
        elif isinstance(item, ast.LawVersion) and found["version"] is None:
            found["version"] = canonical.text_value(item.text)
    return found


def diff_structure(old_tree: ast.Law, new_tree: ast.Law, old_text: str = "", new_text: str = "") -> StructureDiff:
    """The structural diff of two parsed versions; their texts tell which § numbers are chosen."""
    before, after = _header(old_tree), _header(new_tree)
    header = tuple(FieldChange(f, before[f], after[f]) for f in before if before[f] != after[f])
    chosen = chosen_numbers(old_tree, old_text) | chosen_numbers(new_tree, new_text)
    return StructureDiff(header, diff_sections(old_tree, new_tree, chosen), diff_declarations(old_tree, new_tree))


def changed_sections(diff: StructureDiff) -> Iterable[SectionChange]:
    """The §§ that exist on both sides (changed or moved)."""
    return (s for s in diff.sections if s.change in (CHANGED, MOVED))
