"""An amending act (ændringslov) as data, and its wording.

One class per kind of change, each with :meth:`words`: the numbered change as the drafting
guidance words it (Justitsministeriets vejledning om lovkvalitet, 3.4.5). :func:`render_text`
writes the whole act: "§ 1. I <lovens titel> foretages følgende ændringer:", the numbered
changes in the order of the law, and "§ 2" on commencement. :mod:`compiler.amend.reader` reads
the same wording back, so what is written here is the one definition of each clause.

Quotations are in »…«. A quoted provision is written as an act writes it: `Stk. 2. …` for a
stk., `3) …` for a nr., `§ 44 a. …` for a §; declarations, chapter headings and test cases —
which have no § — as their `.lov` lines (this project's extension of the conventions,
documented in compiler/amend/README.md).
"""

from __future__ import annotations

import datetime
from typing import Union

import attrs

from dsl.timeline import _dato_tekst

STK, NR = "stk", "nr"


@attrs.frozen
class Ref:
    """Where a change applies. ``kind`` is a unit kind (:mod:`compiler.amend.document`);
    ``key`` the § or chapter number or the name. ``stk`` and ``nr`` are (number named, the number
    it has become after earlier changes of the act, or None when it has not moved)."""

    kind: str
    key: str
    stk: tuple[int, int | None] | None = None
    nr: tuple[int, int | None] | None = None
    #: A punktum of the provision (`2. pkt.`); punktummer are never renumbered by a clause.
    pkt: int | None = None
    #: More punktummer after ``pkt``, all repealed by one change (`2. og 3. pkt.`, `2.-4. pkt.`).
    pkt_more: tuple[int, ...] = ()
    #: The heading of the § or chapter (`I overskriften til § 44 ændres …`).
    heading: bool = False

    @property
    def numbered(self) -> bool:
        """Whether the address ends in a number, so that a comma closes it (`§ 44, stk. 1,`)."""
        return self.stk is not None or self.nr is not None or self.pkt is not None

    def words(self) -> str:
        if self.heading:
            return f"overskriften til {attrs.evolve(self, heading=False).words()}"
        from compiler.amend.document import CHAPTER, DEFINITE, SECTION, TITLE, VERSION
        from dsl.model import format_secnum

        if self.kind == SECTION:
            out = f"§ {format_secnum(self.key)}"
            for level, part in ((STK, self.stk), (NR, self.nr)):
                if part is not None:
                    out += f", {level}. {part[0]}"
                    if part[1] is not None and part[1] != part[0]:
                        out += f", der bliver {level}. {part[1]}"
            if self.pkt is None:
                return out
            return out + f", {numbers([self.pkt, *self.pkt_more], ordinal=True)} pkt."
        if self.kind == CHAPTER:
            return f"kapitel {format_secnum(self.key)}"
        if self.kind == TITLE:
            return "lovens titel"
        if self.kind == VERSION:
            return "lovens version"
        return f"{DEFINITE[self.kind]} »{self.key}«"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _in(ref: Ref) -> str:
    """`I § 44, stk. 1,` / `I begrebet »alder«` (a comma closes a numbered address)."""
    words = ref.words()
    return f"I {words}," if ref.numbered else f"I {words}"


def numbers(ns: list[int] | tuple[int, ...], ordinal: bool = False) -> str:
    """`3`, `3 og 4`, `3-5`, `2, 4 og 6` (a run of three or more as a range); ``ordinal``: `2.`,
    `2. og 3.`, `2.-4.` (punktummer)."""
    if ordinal:
        return numbers(ns).replace("-", ".-").replace(",", ".,").replace(" og", ". og") + "."
    runs: list[tuple[int, int]] = []
    for n in ns:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    if len(runs) == 1 and runs[0][1] - runs[0][0] >= 2:
        return f"{runs[0][0]}-{runs[0][1]}"
    flat = [str(n) for n in ns]
    return flat[0] if len(flat) == 1 else ", ".join(flat[:-1]) + " og " + flat[-1]


@attrs.frozen
class Renumbering:
    """`Stk. 4 og 5 bliver herefter stk. 3 og 4.`: (before, after) per moved stk. or nr."""

    level: str
    moves: tuple[tuple[int, int], ...]

    def words(self) -> str:
        before = numbers([a for a, _ in self.moves])
        after = numbers([b for _, b in self.moves])
        return f"{_cap(self.level)}. {before} bliver herefter {self.level}. {after}."


@attrs.frozen
class Edit:
    """One change of words inside a provision: ``kind`` `ændres` (``old`` → ``new``), `udgår`
    (``old`` goes), `efter` / `før` (``new`` is inserted after / before ``old``). ``places`` is
    how many times ``old`` occurs and is changed (`ændres to steder »x« til: »y«`)."""

    kind: str
    old: str
    new: str | None = None
    places: int = 1

    def words(self, first: bool) -> str:
        where = f" {PLACES[self.places]} steder" if self.places > 1 else ""
        if self.kind == "ændres":
            return (f"ændres{where} »{self.old}« til: »{self.new}«" if first
                    else f"»{self.old}« ændres{where} til: »{self.new}«")
        if self.kind == "udgår":
            return f"udgår{where} »{self.old}«" if first else f"»{self.old}« udgår{where}"
        if first:
            return f"indsættes {self.kind} »{self.old}«: »{self.new}«"
        return f"{self.kind} »{self.old}« indsættes: »{self.new}«"


#: How an act counts the places a quotation occurs: `to steder`, `tre steder`, …
PLACES = {2: "to", 3: "tre", 4: "fire", 5: "fem"}


@attrs.frozen
class Words:
    """`I § 44, stk. 1, ændres »13 uger« til: »26 uger«, og »x« ændres til: »y«.`"""

    ref: Ref
    edits: tuple[Edit, ...]

    def words(self) -> str:
        parts = [e.words(i == 0) for i, e in enumerate(self.edits)]
        return f"{_in(self.ref)} {', og '.join(parts)}."


@attrs.frozen
class Everywhere:
    """`Overalt i loven ændres »X« til: »Y«.` (or `udgår »X«`)."""

    edit: Edit

    def words(self) -> str:
        return f"Overalt i loven {self.edit.words(True)}."


@attrs.frozen
class Rewrite:
    """`§ 44, stk. 2, affattes således: »Stk. 2. …«`; ``text`` is the quotation."""

    ref: Ref
    text: str

    def words(self) -> str:
        comma = "," if self.ref.numbered else ""
        return f"{_cap(self.ref.words())}{comma} affattes således:\n»{self.text}«"


@attrs.frozen
class Repeal:
    """`§ 44, stk. 3, ophæves.` / `§ 44, stk. 2 og 3, ophæves.` / `§§ 2, 3 og 5 ophæves.` /
    `Begrebet »x« ophæves.`; ``more`` holds further stk. (or nr.) of the same provision repealed
    together, ``sections`` further §§ after ``ref`` (a whole §)."""

    ref: Ref
    more: tuple[int, ...] = ()
    renumbering: Renumbering | None = None
    sections: tuple[str, ...] = ()
    #: The last § of a range (`§§ 7-9 ophæves.`): every § of the law from ``ref`` to it.
    through: str | None = None

    def address(self) -> str:
        """What is repealed, as the clause names it (`§§ 7-9`, `§ 44, stk. 2 og 3,`)."""
        return self.words().split("\n", 1)[0].removesuffix(" ophæves.")

    def words(self, relative: bool = False) -> str:
        """The clause; ``relative``: without the §, after the change of words of a :class:`Joined`
        (`stk. 2 ophæves.`)."""
        if relative:
            level = NR if self.ref.nr is not None else STK
            first = (self.ref.nr or self.ref.stk or (0, None))[0]
            out = f"{level}. {numbers([first, *self.more])} ophæves."
            return out + (f"\n{self.renumbering.words()}" if self.renumbering else "")
        if self.sections or self.through:
            from dsl.model import format_secnum

            if self.through:
                return f"§§ {format_secnum(self.ref.key)}-{format_secnum(self.through)} ophæves."
            keys = [format_secnum(k) for k in (self.ref.key, *self.sections)]
            return f"§§ {', '.join(keys[:-1])} og {keys[-1]} ophæves."
        what = self.ref.words()
        if self.more:
            level = NR if self.ref.nr is not None else STK
            head, _, _ = what.rpartition(f", {level}. ")
            first = (self.ref.nr or self.ref.stk or (0, None))[0]
            what = f"{head}, {level}. {numbers([first, *self.more])}"
        out = f"{_cap(what)}{',' if self.ref.numbered else ''} ophæves."
        return out + (f"\n{self.renumbering.words()}" if self.renumbering else "")


@attrs.frozen
class Instead:
    """`§ 25, stk. 1, ophæves, og i stedet indsættes: »Stk. 1. … Stk. 2. …«` — what ``repeal``
    names goes, and the quoted units, stk. or nr. (more or fewer) stand in its place; the
    renumbering clause is the repeal's."""

    repeal: Repeal
    text: str

    @property
    def ref(self) -> Ref:
        return self.repeal.ref

    def words(self) -> str:
        out = f"{_cap(self.repeal.address())} ophæves, og i stedet indsættes:\n»{self.text}«"
        return out + (f"\n{self.repeal.renumbering.words()}" if self.repeal.renumbering else "")


@attrs.frozen
class Insert:
    """`Efter § 44 indsættes: »§ 44 a. …«` — new top-level units after (``before``: before) the
    anchor; ``anchor`` None appends them at the end of the law (`I loven indsættes:`)."""

    anchor: Ref | None
    text: str
    before: bool = False
    #: `Efter § 7 indsættes i kapitel 3:` — the chapter the new units go in, when the anchor ends
    #: one (lovkvalitet 3.4.5.6): the anchor's own, or the next (they then open it).
    chapter: str | None = None

    def words(self) -> str:
        if self.anchor is None:
            return f"I loven indsættes:\n»{self.text}«"
        where = ""
        if self.chapter is not None:
            from dsl.model import format_secnum

            where = f" i kapitel {format_secnum(self.chapter)}"
        return f"{'Før' if self.before else 'Efter'} {self.anchor.words()} indsættes{where}:\n»{self.text}«"


@attrs.frozen
class InsertSub:
    """New stk. (``level`` stk) or nr. in ``ref``: after stk./nr. ``after`` (0: before the first),
    or at the end (``at_end``: `I § 44 indsættes som stk. 4:`)."""

    ref: Ref
    level: str
    after: int
    count: int
    text: str
    at_end: bool = False
    renumbering: Renumbering | None = None

    def words(self) -> str:
        noun = {(STK, 1): "nyt stykke", (STK, 2): "nye stykker", (NR, 1): "nyt nummer", (NR, 2): "nye numre"}
        if self.at_end:
            where = f"som {self.level}. {numbers(list(range(self.after + 1, self.after + self.count + 1)))}"
        elif self.after == 0:
            where = f"før {self.level}. 1 som {noun[(self.level, min(self.count, 2))]}"
        else:
            where = f"efter {self.level}. {self.after} som {noun[(self.level, min(self.count, 2))]}"
        out = f"{_in(self.ref)} indsættes {where}:\n»{self.text}«"
        return out + (f"\n{self.renumbering.words()}" if self.renumbering else "")


@attrs.frozen
class InsertSentence:
    """New punktummer in the provision ``ref`` (lovkvalitet 3.4.5.6): after its punktum ``after``
    (0: before the first; ``at_end``: `I § 42 indsættes som 4. pkt.:`). No renumbering clause:
    punktummer are counted, not numbered."""

    ref: Ref
    after: int
    text: str
    at_end: bool = False

    def words(self) -> str:
        from compiler.amend.prose import count

        if self.at_end:
            where = f"som {self.after + 1}. pkt."
        else:
            noun = "nyt punktum" if count(self.text) <= 1 else "nye punktummer"
            where = f"før 1. pkt. som {noun}" if self.after == 0 else f"efter {self.after}. pkt. som {noun}"
        return f"{_in(self.ref)} indsættes {where}:\n»{self.text}«"


@attrs.frozen
class Heading:
    """`Overskriften til § 44 affattes således: »Varighed«` (``text`` None: `… ophæves.`);
    `Lovens titel affattes således: »…«` for the title and version."""

    ref: Ref
    text: str | None

    def words(self) -> str:
        from compiler.amend.document import TITLE, VERSION

        if self.ref.kind in (TITLE, VERSION):
            return f"{_cap(self.ref.words())} affattes således:\n»{self.text}«"
        if self.text is None:
            return f"Overskriften til {self.ref.words()} ophæves."
        return f"Overskriften til {self.ref.words()} affattes således:\n»{self.text}«"


@attrs.frozen
class Joined:
    """Several changes under one number, as lovkvalitet 3.4.5.2 and 3.4.5.5 allow: repeals (`§§ 2,
    3 og 5, § 6, stk. 4, og § 7, stk. 3, ophæves.`, each part a :class:`Repeal`), the same change of words
    in several provisions — `I § 9, stk. 2, og to steder i § 10, stk. 3, ændres »x« til: »y«.`
    (each part a :class:`Words` of one edit) — or a change of words and the repeal of a stk. or
    nr. of the same § — `I § 8, stk. 1, udgår »75 pct.«, og stk. 2 ophæves.` (a :class:`Words`,
    then a :class:`Repeal`). The parts are applied in order."""

    parts: tuple[Union[Words, Repeal], ...]

    def words(self) -> str:
        from compiler.amend.document import SECTION
        from dsl.model import format_secnum

        first = self.parts[0]
        if all(isinstance(p, Repeal) for p in self.parts):  # `§§ 2, 3 og 5, § 6, stk. 4, og § 7, stk. 3, ophæves.`
            last = self.parts[-1]
            assert isinstance(last, Repeal)
            named = [p.address() for p in self.parts if isinstance(p, Repeal)]
            out = "".join(n + ("" if n.endswith(",") else ",") + " " for n in named[:-2]) + " og ".join(named[-2:])
            out += " ophæves."
            return out + (f"\n{last.renumbering.words()}" if last.renumbering else "")
        last = self.parts[-1]
        if isinstance(last, Repeal):  # `I § 8, stk. 1, udgår »75 pct.«, og stk. 2 ophæves.`
            return f"{Joined(self.parts[:-1]).words()[:-1]}, og {last.words(relative=True)}"
        assert isinstance(first, Words)
        if len(self.parts) == 1:
            return first.words()
        if any(_unplaced(p.edits) != _unplaced(first.edits) for p in self.parts if isinstance(p, Words)):
            # `I § 44, stk. 3, ændres »a« til: »b«, og i stk. 5 ændres »c« til: »d«.`
            out = first.words()[:-1]
            for part in self.parts[1:]:
                assert isinstance(part, Words) and part.ref.kind == SECTION and part.ref.key == first.ref.key
                level, number = ("nr", part.ref.nr) if part.ref.nr is not None else ("stk", part.ref.stk)
                assert number is not None
                out += f", og i {level}. {number[0]} " + ", og ".join(e.words(i == 0) for i, e in enumerate(part.edits))
            return out + "."
        whole = [p.ref.key for p in self.parts if isinstance(p, Words) and p.ref.kind == SECTION
                 and p.ref.stk is None and p.ref.nr is None and p.edits[0].places == 1]
        edits = ', og '.join(e.words(i == 0) for i, e in enumerate(_unplaced(first.edits)))
        if len(whole) == len(self.parts):  # `I §§ 43 og 45 ændres …`
            keys = [format_secnum(k) for k in whole]
            return f"I §§ {', '.join(keys[:-1])} og {keys[-1]} {edits}."
        # Addresses: stk. of one § next to each other, with the same count, as one (`§ 9, stk. 1 og 2,`).
        groups: list[tuple[int, Ref, list[int]]] = []
        for part in self.parts:
            assert isinstance(part, Words)
            ref, places = part.ref, part.edits[0].places
            plain = ref.kind == SECTION and ref.nr is None and ref.pkt is None and ref.stk is not None \
                and ref.stk[1] is None
            group = groups[-1] if groups else None
            if plain and group is not None and group[2] and group[0] == places and group[1].key == ref.key:
                group[2].append(ref.stk[0])  # type: ignore[index]
            else:
                groups.append((places, ref, [ref.stk[0]] if plain else []))  # type: ignore[index]
        joined = ""
        for k, (places, ref, stks) in enumerate(groups):
            lead = ("I " if k == 0 else "") if places == 1 else f"{PLACES[places]} steder i "
            # `§ 9, stk. 2,` (a comma closes a numbered address)
            address = lead + (f"§ {format_secnum(ref.key)}, stk. {numbers(stks)}," if stks else _in(ref)[2:])
            if k == len(groups) - 1 and k:
                joined += " og "
            elif k:
                joined += " " if joined.endswith(",") else ", "
            joined += _cap(address) if k == 0 else address
        return f"{joined} {edits}."


def _unplaced(edits: tuple[Edit, ...]) -> tuple[Edit, ...]:
    """The edits without their count (in a :class:`Joined`, the count stands with the address)."""
    return tuple(attrs.evolve(e, places=1) for e in edits)


Change = Union[Words, Everywhere, Rewrite, Repeal, Instead, Insert, InsertSub, InsertSentence, Heading, Joined]


@attrs.frozen
class Act:
    """The amending act: the title of the law it amends, its changes, its commencement."""

    law_title: str
    changes: tuple[Change, ...]
    commencement: datetime.date | None = None
    #: Per change, the top-level unit it is about: (kind, key) as in :mod:`compiler.amend.document`.
    targets: tuple[tuple[str, str], ...] = ()
    #: Per change, its remark (the lines of "Til nr. N" in the bill's remarks); may be shorter.
    remarks: tuple[tuple[str, ...], ...] = ()

    def title(self) -> str:
        return f"Lov om ændring af {_lower(self.law_title)}"


def _lower(title: str) -> str:
    return title[:1].lower() + title[1:] if title[:4].lower() == "lov " else title


def commencement_words(day: datetime.date | None) -> str:
    if day is None:
        return "Ministeren fastsætter tidspunktet for lovens ikrafttræden."
    return f"Loven træder i kraft den {_dato_tekst(day)}."


def render_text(act: Act) -> str:
    """The act as plain text, as a ministry writes it."""
    out = [act.title(), "", "§ 1", ""]
    if not act.changes:
        out.append(f"I {_lower(act.law_title)} foretages ingen ændringer.")
    else:
        one = len(act.changes) == 1
        out.append(f"I {_lower(act.law_title)} foretages følgende ændring{'' if one else 'er'}:")
        for i, change in enumerate(act.changes, 1):
            out += ["", f"{i}. {change.words()}"]
    out += ["", "§ 2", "", commencement_words(act.commencement)]
    out += remarks_lines(act.remarks)
    return "\n".join(out) + "\n"


REMARKS_HEADING = "Bemærkninger til lovforslagets enkelte bestemmelser"


def remarks_lines(remarks: tuple[tuple[str, ...], ...]) -> list[str]:
    """The bill's specific remarks on its changes ("Til § 1", "Til nr. 3"), each the comment that
    the consolidation sets before the provision (this project's use of the remarks)."""
    numbered = [(i, lines) for i, lines in enumerate(remarks, 1) if lines]
    if not numbered:
        return []
    out = ["", "", REMARKS_HEADING, "", "Til § 1"]
    for i, lines in numbered:
        out += ["", f"Til nr. {i}", ""] + [line.rstrip() for line in lines]
    return out
