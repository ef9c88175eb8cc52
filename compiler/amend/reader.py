"""Read an amending act written as a ministry writes it (the wording of :mod:`compiler.amend.act`).

The text may come from a published act: quotations in »…« (also “…”, „…“, or plain "…" when
the act has no other quotes), line-end hyphenation (`ophæ-` / `ves`), `Stk.` or `stk.`, any
line breaks. What cannot be read is diagnostic A001 at its line and column; nothing is guessed.

:func:`read_act` gives each numbered change as a :class:`Numbered`: the change, its number in the
act, where it stands, and where each of its quotations stands (for the consolidation's messages).
"""

from __future__ import annotations

import datetime
import re

import attrs

from compiler.amend import act as a
from compiler.amend.document import CHAPTER, SECTION, TITLE, VERSION, normal_key
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.spans import Span
from dsl.timeline import _MÅNEDER

#: `to` → 2 …: the counts of `to steder` (:data:`compiler.amend.act.PLACES` read back).
_COUNTS = {w: n for n, w in a.PLACES.items()}
_KINDS = {"begrebet": "begreb", "målgruppen": "målgruppe", "inddelingen": "inddeling", "resultatet": "resultat",
          "testsagen": "testsag"}


@attrs.frozen
class Numbered:
    """One change of an act: its number, the change, where it stands and where its quotations
    stand. ``prepared`` is what its quotation says, already built (the writer of an act has it
    at hand); a change read from a text has none and its quotation is parsed."""

    number: int
    change: a.Change
    span: Span
    quotes: tuple[Span, ...]
    prepared: tuple[object, ...] = attrs.field(default=(), eq=False)
    #: The bill's remark on this change ("Til nr. N"), as lines: the consolidation's comment.
    remark: tuple[str, ...] = ()


@attrs.frozen
class ReadAct:
    title: str | None
    changes: tuple[Numbered, ...]
    commencement: datetime.date | None
    diagnostics: tuple[Diagnostic, ...]
    #: Where the law's title stands in the opening of § 1.
    title_span: Span | None = None


@attrs.frozen
class _Tok:
    kind: str  # Q quotation, N number, W word, P punctuation
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


class _Unreadable(Exception):
    def __init__(self, tok: _Tok | None, da: str, en: str) -> None:
        super().__init__(da)
        self.tok, self.da, self.en = tok, da, en


# ---- text → tokens with original positions ----------------------------------------------------


_HYPHEN = re.compile(r"-[ \t]*\r?\n[ \t]*(?=[a-zæøå])")


def _normalise(text: str) -> tuple[str, list[int]]:
    """Typographic quotes to »«, line-end hyphenation joined; each character's original offset."""
    out: list[str] = []
    where: list[int] = []
    plain = "»" not in text and "“" not in text and "„" not in text
    opened = False
    i = 0
    while i < len(text):
        ch = text[i]
        hyphen = _HYPHEN.match(text, i) if ch == "-" else None
        if hyphen and i > 0 and text[i - 1].isalpha():
            i = hyphen.end()
            continue
        if ch in "“„":
            ch = "»"
        elif ch == "”":
            ch = "«"
        elif ch == '"' and plain:
            ch = "«" if opened else "»"
            opened = not opened
        elif ch == "\r":
            i += 1
            continue
        out.append(ch)
        where.append(i)
        i += 1
    where.append(len(text))
    return "".join(out), where


_WORD = re.compile(r"\d+|[^\W\d_]+|§§|§|\S", re.UNICODE)


def _tokens(norm: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i = 0
    while i < len(norm):
        ch = norm[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "»":
            depth, j = 0, i
            while j < len(norm):
                if norm[j] == "»":
                    depth += 1
                elif norm[j] == "«":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= len(norm):
                raise _Unreadable(_Tok("P", "»", i, i + 1), "citatet »… slutter ikke med «",
                                  "the quotation »… has no closing «")
            toks.append(_Tok("Q", norm[i + 1:j], i, j + 1))
            i = j + 1
            continue
        m = _WORD.match(norm, i)
        assert m is not None
        word = m.group()
        kind = "N" if word.isdigit() else "W" if word[0].isalpha() else "P"
        toks.append(_Tok(kind, word, i, m.end()))
        i = m.end()
    return toks


# ---- the clauses ---------------------------------------------------------------------------------


class _Clause:
    """Recursive descent over one numbered change's tokens."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.i = 0
        self.quotes: list[_Tok] = []

    def peek(self, k: int = 0) -> _Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def at(self, *words: str) -> bool:
        for k, w in enumerate(words):
            t = self.peek(k)
            if t is None or t.low != w:
                return False
        return True

    def take(self, *words: str) -> None:
        for w in words:
            t = self.peek()
            if t is None or t.low != w:
                raise _Unreadable(t or (self.toks[-1] if self.toks else None),
                                  f"forventede »{w}«" + (f", men fandt »{t.text[:40]}«" if t else " til sidst"),
                                  f"expected »{w}«" + (f", found »{t.text[:40]}«" if t else " at the end"))
            self.i += 1

    def number(self) -> int:
        t = self.peek()
        if t is None or t.kind != "N":
            raise _Unreadable(t, "forventede et tal" + (f", men fandt »{t.text[:40]}«" if t else ""),
                              "expected a number" + (f", found »{t.text[:40]}«" if t else ""))
        self.i += 1
        return int(t.text)

    def quote(self) -> str:
        t = self.peek()
        if t is None or t.kind != "Q":
            raise _Unreadable(t, "forventede et citat i »…«" + (f", men fandt »{t.text[:40]}«" if t else ""),
                              "expected a quotation in »…«" + (f", found »{t.text[:40]}«" if t else ""))
        self.i += 1
        self.quotes.append(t)
        return " ".join(t.text.split()) if "\n" not in t.text else t.text

    def secnum(self) -> str:
        n = str(self.number())
        t = self.peek()
        letter = t is not None and t.kind == "W" and len(t.text) == 1 and t.start - self.toks[self.i - 1].end <= 1
        if letter and t.low == "i" and self.peek(1) is not None and self.peek(1).low in ("kapitel", "loven"):  # type: ignore[union-attr]
            letter = False
        if letter and t is not None:
            self.i += 1
            n += t.low
        return normal_key(n)

    def numlist(self) -> list[int]:
        """`3`, `3 og 4`, `2, 4 og 6`, `3-5`."""
        out: list[int] = []
        while True:
            n = self.number()
            if self.at("-") or self.at("–"):
                self.i += 1
                out.extend(range(n, self.number() + 1))
            else:
                out.append(n)
            if self.at(",") and self.peek(1) is not None and self.peek(1).kind == "N":  # type: ignore[union-attr]
                self.i += 1
                continue
            if self.at("og") and self.peek(1) is not None and self.peek(1).kind == "N":  # type: ignore[union-attr]
                self.i += 1
                continue
            return out

    def level_part(self, level: str) -> tuple[int, int | None] | None:
        if not (self.at(",", level, ".") or self.at(",", level)):
            return None
        self.take(",", level)
        if self.at("."):
            self.i += 1
        named = self.number()
        becomes = None
        if self.at(",", "der", "bliver", level):
            self.take(",", "der", "bliver", level)
            if self.at("."):
                self.i += 1
            becomes = self.number()
        return named, becomes

    def ref(self) -> a.Ref:
        t = self.peek()
        if t is not None and t.text == "§":
            self.i += 1
            key = self.secnum()
            stk = self.level_part("stk")
            nr = self.level_part("nr")
            pkt: int | None = None
            more: tuple[int, ...] = ()
            if self.at(",") and self.punktummer_at(1):  # `, 2. pkt.`, `, 2. og 3. pkt.`
                self.i += 1
                pkt, *rest = self.pkts()
                more = tuple(rest)
            return a.Ref(SECTION, key, stk, nr, pkt, more)
        if t is not None and t.low in _KINDS:
            self.i += 1
            return a.Ref(_KINDS[t.low], self.quote())
        if t is not None and t.low == "kapitel":
            self.i += 1
            return a.Ref(CHAPTER, self.secnum())
        if self.at("lovens", "titel"):
            self.i += 2
            return a.Ref(TITLE, "")
        if self.at("lovens", "version"):
            self.i += 2
            return a.Ref(VERSION, "")
        raise _Unreadable(t, "forventede en bestemmelse (»§ 44, stk. 2«, »begrebet »…««, »kapitel 3«)",
                          "expected a provision (»§ 44, stk. 2«, »begrebet »…««, »kapitel 3«)")

    def punktummer_at(self, k: int = 0) -> bool:
        """At `2. pkt.`, or a list of punktummer (`2. og 3. pkt.`, `2.-4. pkt.`), ``k`` tokens on."""
        j = k
        while True:
            t, dot = self.peek(j), self.peek(j + 1)
            if t is None or t.kind != "N" or dot is None or dot.text != ".":
                return False
            nxt = self.peek(j + 2)
            if nxt is not None and nxt.low == "pkt":
                return True
            if nxt is None or nxt.text not in (",", "og", "-", "–"):
                return False
            j += 3

    def pkt_at(self, k: int = 0) -> bool:
        """At `2. pkt.` (``k`` tokens on)."""
        t, dot, word = self.peek(k), self.peek(k + 1), self.peek(k + 2)
        return t is not None and t.kind == "N" and dot is not None and dot.text == "." and word is not None \
            and word.low == "pkt"

    def pkt(self) -> int:
        """`2. pkt.`: the number of the punktum."""
        n = self.number()
        self.take(".", "pkt")
        self.end()
        return n

    def pkts(self) -> list[int]:
        """`2. pkt.`, `2. og 3. pkt.`, `2., 3. og 5. pkt.`, `2.-4. pkt.`: the punktummer named."""
        out: list[int] = []
        while True:
            n = self.number()
            self.take(".")
            if self.at("-") or self.at("–"):
                self.i += 1
                last = self.number()
                self.take(".")
                out.extend(range(n, last + 1))
            else:
                out.append(n)
            if (self.at(",") or self.at("og")) and self.peek(1) is not None and self.peek(1).kind == "N":  # type: ignore[union-attr]
                self.i += 1
                continue
            self.take("pkt")
            self.end()
            return out

    def comma(self) -> None:
        if self.at(","):
            self.i += 1

    def end(self) -> None:
        if self.at("."):
            self.i += 1

    def renumbering(self) -> a.Renumbering | None:
        if not (self.at("stk") or self.at("nr")):
            return None
        level = self.peek().low  # type: ignore[union-attr]
        self.i += 1
        self.end()
        before = self.numlist()
        self.take("bliver", "herefter", level)
        self.end()
        after = self.numlist()
        self.end()
        if len(before) != len(after):
            raise _Unreadable(self.peek(-1), "rykningen nævner ikke lige mange numre før og efter",
                              "the renumbering names a different count of numbers before and after")
        return a.Renumbering(level, tuple(zip(before, after)))

    def places(self) -> int:
        """`to steder` (… `fem steder`): how many times the quotation occurs; 1 without."""
        t, nxt = self.peek(), self.peek(1)
        if t is not None and nxt is not None and nxt.low == "steder" and (t.low in _COUNTS or t.kind == "N"):
            self.i += 2
            return _COUNTS.get(t.low) or int(t.text)
        return 1

    def edit(self, first: bool) -> a.Edit:
        if first:
            if self.at("ændres"):
                self.i += 1
                places = self.places()
                old = self.quote()
                places = max(places, self.places())
                self.take("til")
                self.take(":") if self.at(":") else None
                return a.Edit("ændres", old, self.quote(), places)
            if self.at("udgår"):
                self.i += 1
                places = self.places()
                old = self.quote()
                return a.Edit("udgår", old, places=max(places, self.places()))
            if self.at("indsættes", "efter") or self.at("indsættes", "før"):
                kind = self.peek(1).low  # type: ignore[union-attr]
                self.i += 2
                old = self.quote()
                self.take(":")
                return a.Edit(kind, old, self.quote())
        else:
            if self.peek() is not None and self.peek().kind == "Q":  # type: ignore[union-attr]
                old = self.quote()
                if self.at("ændres"):
                    self.take("ændres", "til")
                    self.take(":") if self.at(":") else None
                    return a.Edit("ændres", old, self.quote())
                self.take("udgår")
                return a.Edit("udgår", old)
            if self.at("efter") or self.at("før"):
                kind = self.peek().low  # type: ignore[union-attr]
                self.i += 1
                old = self.quote()
                self.take("indsættes", ":")
                return a.Edit(kind, old, self.quote())
            return self.edit(True)
        t = self.peek()
        raise _Unreadable(t, "forventede »ændres«, »udgår« eller »indsættes«" + (f", men fandt »{t.text[:40]}«" if t else ""),
                          "expected »ændres«, »udgår« or »indsættes«" + (f", found »{t.text[:40]}«" if t else ""))

    def sections_repealed(self) -> a.Repeal:
        """After `§§`: `2, 3 og 5` or `7-9` (up to an `og §` that begins another provision)."""
        self.i += 1
        first = self.secnum()
        if self.at("-") or self.at("–"):
            self.i += 1
            return a.Repeal(a.Ref(SECTION, first), through=self.secnum())
        return a.Repeal(a.Ref(SECTION, first), sections=tuple(self.more_sections()))

    def more_sections(self) -> list[str]:
        """After the first § of `§§ 2, 3 og 5`: the others."""
        keys = []
        while (self.at(",") or self.at("og")) and self.peek(1) is not None and self.peek(1).kind == "N":  # type: ignore[union-attr]
            self.i += 1
            keys.append(self.secnum())
        return keys

    def repeals(self, parts: list[a.Repeal]) -> a.Change:
        """`… og § 7, stk. 3, ophæves.`: the provisions repealed in one change (lovkvalitet 3.4.5.5),
        then the renumbering clause of the last."""
        while (k := self.another_section()) >= 0:
            self.i += k
            if self.at("§§"):
                parts.append(self.sections_repealed())
                continue
            ref = self.ref()
            more: tuple[int, ...] = ()
            if self.listed_number():
                self.i -= 1
                more = tuple(self.numlist()[1:])
            self.comma()
            parts.append(a.Repeal(ref, more))
        self.take("ophæves")
        self.end()
        parts[-1] = attrs.evolve(parts[-1], renumbering=self.renumbering())
        return parts[0] if len(parts) == 1 else a.Joined(tuple(parts))

    def another_section(self) -> int:
        """At the next provision of a list of repeals — `og § 7`, `, § 6` or (after a comma) `§ 6`,
        as `§§ 2, 3 og 5, § 6, stk. 4, og § 7, stk. 3, ophæves.` lists them: the words before its
        `§`; else -1."""
        k = 1 if self.at(",") else 0
        t = self.peek(k)
        if t is not None and t.low == "og":
            k += 1
        t = self.peek(k)
        return k if t is not None and t.text in ("§", "§§") else -1

    def counted_in(self, k: int = 0) -> int:
        """`to steder i` (… `fem steder i`) at token ``k`` from here: the count, and past it; else 0."""
        t, nxt, then = self.peek(k), self.peek(k + 1), self.peek(k + 2)
        if t is None or nxt is None or then is None or nxt.low != "steder" or then.low != "i":
            return 0
        if t.low not in _COUNTS and not (t.kind == "N" and int(t.text) > 1):
            return 0
        self.i += k + 3
        return _COUNTS.get(t.low) or int(t.text)

    def addresses(self, count: int) -> list[tuple[a.Ref, int]]:
        """After `I`: the provisions a change of words names, each with the times its quotation
        occurs there — `§ 44, stk. 1,`; `§ 9, stk. 2, og to steder i § 10, stk. 3,`; `§§ 43 og 45`;
        `§ 44, stk. 1 og 3,`; `§ 44, stk. 1, og stk. 3,` (lovkvalitet 3.4.5.2)."""
        out: list[tuple[a.Ref, int]] = []
        while True:
            if self.at("§§"):
                self.i += 1
                keys = [self.secnum(), *self.more_sections()]
                out += [(a.Ref(SECTION, key), count) for key in keys]
            elif out and out[-1][0].kind == SECTION and (self.at("stk") or self.at("nr")):
                out.append((self.sibling(out[-1][0]), count))
            elif self.at("overskriften", "til"):  # `I overskriften til § 44 ændres …`
                self.i += 2
                out.append((attrs.evolve(self.ref(), heading=True), count))
            else:
                ref = self.ref()
                out.append((ref, count))
                if ref.kind == SECTION and ref.stk is not None and ref.stk[1] is None and ref.nr is None \
                        and self.listed_number():  # `§ 44, stk. 1 og 3,`
                    self.i -= 1
                    out += [(attrs.evolve(ref, stk=(n, None)), count) for n in self.numlist()[1:]]
            self.comma()
            k = 1 if self.at("og") else 0
            t = self.peek(k)
            if t is not None and t.text in ("§", "§§"):
                self.i += k
                count = 1
            elif t is not None and k and t.low in ("stk", "nr") and out[-1][0].kind == SECTION:
                self.i += k
                count = 1
            elif t is not None and (counted := self.counted_in(k)):
                count = counted
            else:
                return out

    def listed_number(self) -> bool:
        """At `og 3`, `, 3` or `-3` of a list of numbers (not `, 2. pkt.`)."""
        nxt, then = self.peek(1), self.peek(2)
        return (self.at("og") or self.at(",") or self.at("-") or self.at("–")) and nxt is not None and nxt.kind == "N" \
            and not (then is not None and then.text == ".")

    def sibling(self, of: a.Ref) -> a.Ref:
        """`stk. 3` or `nr. 2` after a provision of the same §: that stk. of the §, that nr. of its stk."""
        level = self.level_word()
        n = self.number()
        if level == "stk":
            return a.Ref(SECTION, of.key, (n, None))
        return a.Ref(SECTION, of.key, of.stk, (n, None))

    def in_provisions(self, count: int) -> a.Change:
        """After `I` (or `To steder i`): a change of words in one or more provisions, a change of
        words joined with the repeal of another stk. of the same § (`…, og stk. 2 ophæves.`),
        or a new stk. or nr. (`§ 44 indsættes efter stk. 1 som nyt stykke:`)."""
        addresses = self.addresses(count)
        ref = addresses[0][0]
        if len(addresses) == 1 and count == 1 and self.at("indsættes"):
            nxt, then = self.peek(1), self.peek(2)
            if nxt is not None and nxt.low in ("som", "efter", "før") and self.pkt_at(2):
                self.i += 1
                return self.sentence_insert(ref)
            if nxt is not None and (nxt.low == "som" or (nxt.low in ("efter", "før") and then is not None
                                                         and then.low in ("stk", "nr"))):
                self.i += 1
                return self.sub_insert(ref)
        edits = [self.edit(True)]
        repeal: a.Repeal | None = None
        siblings: list[tuple[a.Ref, list[a.Edit]]] = []  # `…, og i stk. 5 ændres …`
        current = edits
        while self.at(",", "og"):
            after, then = self.peek(2), self.peek(3)
            alone = len(addresses) == 1 and ref.kind == SECTION
            if alone and after is not None and after.low in ("stk", "nr"):
                self.i += 2
                repeal = self.sibling_repeal(ref)
                break
            if alone and after is not None and after.low == "i" and then is not None and then.low in ("stk", "nr"):
                self.i += 3
                sibling = self.sibling(ref)
                self.comma()
                current = [self.edit(True)]
                siblings.append((sibling, current))
                continue
            self.i += 2
            current.append(self.edit(False))
        else:
            self.end()
        parts = [a.Words(r, tuple(attrs.evolve(e, places=max(e.places, n)) for e in edits)) for r, n in addresses]
        parts += [a.Words(r, tuple(more)) for r, more in siblings]
        if repeal is not None:
            return a.Joined((*parts, repeal))
        return parts[0] if len(parts) == 1 else a.Joined(tuple(parts))

    def sibling_repeal(self, of: a.Ref) -> a.Repeal:
        """`stk. 2 ophæves.` (`stk. 2 og 3`, `nr. 3`) after a change of words in ``of``, and its renumbering."""
        ref = self.sibling(of)
        self.i -= 1
        numbers = self.numlist()
        self.take("ophæves")
        self.end()
        return a.Repeal(ref, tuple(numbers[1:]), self.renumbering())

    def sentence_insert(self, ref: a.Ref) -> a.InsertSentence:
        """After `I § 41, stk. 2, indsættes`: `efter 1. pkt. som nyt punktum:` (`før 1. pkt. som nye
        punktummer:`) or `som 4. pkt.:`, then the quotation."""
        where = self.peek().low  # type: ignore[union-attr]
        self.i += 1
        n = self.pkt()
        if where != "som":
            self.take("som")
            self.i += 1  # nyt / nye
            self.i += 1  # punktum / punktummer
        self.take(":")
        text = self.quote()
        self.end()
        if where == "som":
            return a.InsertSentence(ref, n - 1, text, at_end=True)
        if where == "før" and n != 1:
            raise _Unreadable(self.toks[self.i - 1], "nye punktummer indsættes »før 1. pkt.« eller »efter N. pkt.«",
                              "new punktummer are inserted »før 1. pkt.« or »efter N. pkt.«")
        return a.InsertSentence(ref, n if where == "efter" else 0, text)

    def sub_insert(self, ref: a.Ref) -> a.InsertSub:
        """After `I § 44 indsættes`: `efter stk. 1 som nyt stykke:` / `som stk. 4:`."""
        if self.at("som"):
            self.i += 1
            level = self.level_word()
            numbers = self.numlist()
            self.take(":")
            text = self.quote()
            self.end()
            return a.InsertSub(ref, level, numbers[0] - 1, len(numbers), text, at_end=True,
                               renumbering=self.renumbering())
        where = self.peek().low if self.peek() else ""  # type: ignore[union-attr]
        self.take(where if where in ("efter", "før") else "efter")
        level = self.level_word()
        n = self.number()
        self.take("som")
        self.i += 1  # nyt / nye
        self.i += 1  # stykke / stykker / nummer / numre
        self.take(":")
        text = self.quote()
        self.end()
        after = n if where == "efter" else n - 1
        count = len(re.findall(r"(?im)^\s*stk\.\s*\d+\." if level == "stk" else r"(?m)^\s*(?:nr\.\s*)?\d+\)", text))
        return a.InsertSub(ref, level, after, max(count, 1), text, renumbering=self.renumbering())

    def level_word(self) -> str:
        t = self.peek()
        if t is None or t.low not in ("stk", "nr"):
            raise _Unreadable(t, "forventede »stk.« eller »nr.«", "expected »stk.« or »nr.«")
        self.i += 1
        self.end()
        return t.low

    def change(self) -> a.Change:
        if self.at("overalt", "i", "loven"):
            self.i += 3
            edit = self.edit(True)
            self.end()
            return a.Everywhere(edit)
        if self.at("overskriften", "før") or self.at("overskriften", "efter"):
            raise _Unreadable(self.peek(1), "en .lov-fil har ingen overskrifter mellem paragrafferne; en paragraf og et "
                              "kapitel har deres egen (»Overskriften til § 44 …«)",
                              "a .lov file has no headings between its §§; a § and a chapter have their own "
                              "(»Overskriften til § 44 …«)")
        if self.at("overskriften", "til"):
            self.i += 2
            ref = self.ref()
            if self.at("ophæves"):
                self.i += 1
                self.end()
                return a.Heading(ref, None)
            self.take("affattes", "således", ":")
            text = self.quote()
            self.end()
            return a.Heading(ref, text)
        if self.at("efter") or self.at("før"):
            before = self.peek().low == "før"  # type: ignore[union-attr]
            self.i += 1
            anchor = self.ref()
            self.take("indsættes")
            chapter = None
            if self.at("i", "kapitel"):
                self.i += 2
                chapter = self.secnum()
            self.take(":")
            text = self.quote()
            self.end()
            return a.Insert(anchor, text, before, chapter)
        if self.at("§§"):  # `§§ 2, 3 og 5 ophæves.`, `§§ 7-9 ophæves.`
            return self.repeals([self.sections_repealed()])
        if self.at("i", "loven", "indsættes"):
            self.i += 3
            self.take(":")
            text = self.quote()
            self.end()
            return a.Insert(None, text)
        count = self.counted_in()
        if count:  # `To steder i § 62, stk. 3, ændres …`
            return self.in_provisions(count)
        if self.at("i"):
            self.i += 1
            return self.in_provisions(1)
        ref = self.ref()
        more: tuple[int, ...] = ()
        if ref.kind == SECTION and self.listed_number():  # `§ 44, stk. 2 og 3,`, `§ 27, stk. 3-5,`
            self.i -= 1  # back to the last number: read the list of stk. (or nr.) again
            numbers = self.numlist()
            more = tuple(numbers[1:])
        self.comma()
        if self.another_section() >= 0:
            return self.repeals([a.Repeal(ref, more)])
        if self.at("ophæves", ",", "og", "i", "stedet", "indsættes"):
            self.i += 6
            self.take(":")
            text = self.quote()
            self.end()
            return a.Instead(a.Repeal(ref, more, self.renumbering()), text)
        if self.at("ophæves"):
            self.i += 1
            self.end()
            return a.Repeal(ref, more, self.renumbering())
        self.take("affattes", "således", ":")
        text = self.quote()
        self.end()
        if ref.kind in (TITLE, VERSION):
            return a.Heading(ref, text)
        return a.Rewrite(ref, text)


# ---- the act ----------------------------------------------------------------------------------


def _date(toks: list[_Tok]) -> datetime.date | None:
    words = [t.low for t in toks]
    for i in range(len(words) - 3):
        if words[i] == "den" and toks[i + 1].kind == "N" and words[i + 2] == "." and words[i + 3] in _MÅNEDER \
                and i + 4 < len(toks) and toks[i + 4].kind == "N":
            try:
                return datetime.date(int(toks[i + 4].text), _MÅNEDER.index(words[i + 3]) + 1, int(toks[i + 1].text))
            except ValueError:
                return None
    return None


_REMARKS = re.compile(r"^[ \t]*Bemærkninger\b", re.MULTILINE)
_REMARK_HEAD = re.compile(r"^[ \t]*Til[ \t]+(nr\.|§)[ \t]*(\d+)[ \t]*$", re.MULTILINE | re.IGNORECASE)


def split_remarks(text: str, section: int = 1) -> tuple[str, dict[int, tuple[int, tuple[str, ...]]]]:
    """The act without its remarks, and the remarks on the changes of its § ``section``: after a
    line beginning "Bemærkninger", each "Til nr. N" line under "Til § <section>" (or under no
    "Til §" at all) opens the remark on change N; general remarks are not attached to a change.
    Per N: where its heading stands, its lines as written."""
    found = _REMARKS.search(text)
    if found is None:
        return text, {}
    remarks: dict[int, tuple[int, tuple[str, ...]]] = {}
    heads = [m for m in _REMARK_HEAD.finditer(text, found.start())]
    under = section
    for k, m in enumerate(heads):
        if m.group(1) != "nr.":
            under = int(m.group(2))
            continue
        if under != section:
            continue
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        lines = text[m.end():end].split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        remarks[int(m.group(2))] = (m.start(), tuple(line.rstrip() for line in lines))
    return text[:found.start()], remarks


def names_law(named: str, title: str) -> bool:
    """Whether the opening of an act's § (`I lov om …, jf. lovbekendtgørelse nr. …, foretages`)
    names the law of ``title`` (`loven` names any)."""
    words = re.split(r",\s*(?:jf\.|som ændret)", named)[0].strip().lower()
    # `lov nr. 100 af 1. januar 2020 om arv`: the law by its number and date, then its title's words
    words = re.sub(r"^lov\s+nr\.\s*\d+\s+af\s+\d+\.\s*\w+\s+\d{4}\s+(?=om\b)", "lov ", words)
    return words in ("loven", title.lower()) or title.lower().startswith(words)


def read_act(text: str, file: str = "<ændringslov>", law_title: str | None = None) -> ReadAct:
    """The changes of an amending act, in order; A001 for each part that cannot be read. An act
    that amends several laws (a samlelov, lovkvalitet 3.4.3) has a § for each: the changes read are
    those of the § whose opening names ``law_title`` (else § 1)."""
    full = text
    section = _section_for(full, law_title) if law_title else 1
    text, remarks = split_remarks(full, section)
    norm, where = _normalise(text)
    starts = [0] + [i + 1 for i, ch in enumerate(full) if ch == "\n"]

    def pos(offset: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def span(t0: int, t1: int) -> Span:
        o0, o1 = where[min(t0, len(where) - 1)], where[min(t1, len(where) - 1)]
        (l0, c0), (l1, c1) = pos(o0), pos(o1)
        return Span(file, l0, c0, l1, c1, o0, o1)

    diagnostics: list[Diagnostic] = []
    try:
        toks = _tokens(norm)
    except _Unreadable as error:
        assert error.tok is not None
        return ReadAct(None, (), None, (diagnostic("A001", span(error.tok.start, error.tok.end),
                                                   problem=error.da, problem_en=error.en),))

    def line_start(t: _Tok) -> bool:
        j = t.start - 1
        while j >= 0 and norm[j] in " \t":
            j -= 1
        return j < 0 or norm[j] == "\n"

    # §§ of the act: `§ 1` at the start of a line
    def head(k: int) -> bool:
        """`§ 1` standing alone on its line, or `§ 2.` opening one."""
        t = toks[k]
        if t.text != "§" or not line_start(t) or k + 1 >= len(toks) or toks[k + 1].kind != "N":
            return False
        if k + 2 >= len(toks):
            return True
        after = toks[k + 2]
        return (after.text == "." and after.start == toks[k + 1].end) or _line_of(norm, after) != _line_of(norm, toks[k + 1])

    heads = [k for k in range(len(toks)) if head(k)]
    if not heads:
        return ReadAct(None, (), None, (diagnostic(
            "A001", span(0, min(len(norm), 1)), problem="ændringsloven har ingen »§ 1«",
            problem_en="the amending act has no »§ 1«"),))
    bounds = heads + [len(toks)]
    chosen = next((k for k, h in enumerate(heads) if int(toks[h + 1].text) == section), 0)
    first = toks[bounds[chosen]:bounds[chosen + 1]]
    # the opening: "I <titel> foretages følgende ændring(er):"
    words = [t.low for t in first]
    title = None
    title_span = None
    body_from = 2
    if "foretages" in words:
        f = words.index("foretages")
        opening = first[3:f] if len(first) > 2 and first[2].text == "." else first[2:f]
        if opening and opening[0].low == "i":
            title = norm[opening[1].start:opening[-1].end] if len(opening) > 1 else None
            title = " ".join(title.split()) if title else None
            if title:
                title_span = span(opening[1].start, opening[-1].end)
        colon = next((k for k in range(f, len(first)) if first[k].text == ":"), f)
        body_from = len(first) if f + 1 < len(words) and words[f + 1] == "ingen" else colon + 1
    else:
        diagnostics.append(diagnostic("A001", span(first[0].start, first[min(1, len(first) - 1)].end),
                                      problem="§ 1 begynder ikke med »I <lovens titel> foretages følgende ændringer:«",
                                      problem_en="§ 1 does not open with »I <lovens titel> foretages følgende ændringer:«"))
    body = first[body_from:]
    items = [k for k, t in enumerate(body) if t.kind == "N" and line_start(t) and k + 1 < len(body)
             and body[k + 1].text == "." and body[k + 1].start == t.end]
    changes: list[Numbered] = []
    expected = 1
    for n, k in enumerate(items):
        end = items[n + 1] if n + 1 < len(items) else len(body)
        chunk = body[k + 2:end]
        head = body[k]
        number = int(head.text)
        at = span(head.start, chunk[-1].end if chunk else head.end)
        if number != expected:
            diagnostics.append(diagnostic("A001", span(head.start, head.end),
                                          problem=f"ændring nr. {number} skulle have været nr. {expected}",
                                          problem_en=f"change no. {number} should have been no. {expected}"))
        expected = number + 1
        clause = _Clause(chunk)
        try:
            change = clause.change()
            if clause.i < len(chunk):
                rest = chunk[clause.i]
                raise _Unreadable(rest, f"ændringen fortsætter uventet med »{rest.text[:40]}«",
                                  f"the change goes on unexpectedly with »{rest.text[:40]}«")
        except _Unreadable as error:
            t = error.tok or head
            diagnostics.append(diagnostic("A001", span(t.start, t.end), problem=error.da, problem_en=error.en))
            continue
        changes.append(Numbered(number, change, at, tuple(span(q.start + 1, q.end - 1) for q in clause.quotes),
                                remark=remarks[number][1] if number in remarks else ()))
    if not items and body:
        diagnostics.append(diagnostic("A001", span(body[0].start, body[0].end),
                                      problem="ændringerne skal være nummererede: »1. I § 44 …«",
                                      problem_en="the changes must be numbered: »1. I § 44 …«"))
    numbers = {item.number for item in changes} | {int(body[k].text) for k in items}
    for number, (offset, _) in sorted(remarks.items()):
        if number not in numbers:
            head_text = full[offset:].split("\n", 1)[0].rstrip()
            (l0, c0) = pos(offset)
            diagnostics.append(diagnostic(
                "A001", Span(file, l0, c0, l0, c0 + len(head_text), offset, offset + len(head_text)),
                problem=f"bemærkningen »Til nr. {number}« hører ikke til nogen ændring (§ 1 har {len(items)})",
                problem_en=f"the remark »Til nr. {number}« belongs to no change (§ 1 has {len(items)})"))
    rest = toks[bounds[chosen + 1]:] if len(bounds) > chosen + 2 else []
    return ReadAct(title, tuple(changes), _date(rest), tuple(diagnostics), title_span)


_OPENING = re.compile(r"^[ \t]*§[ \t]*(\d+)\.?[ \t]*\n\s*I\s+(.+?)\s+foretages\s+følgende\s+ændring",
                      re.MULTILINE | re.DOTALL)


def openings(text: str) -> list[tuple[int, str]]:
    """Each § of the act that amends a law, and the law its opening names (`I lov om …, jf. …`)."""
    body, _ = split_remarks(text)
    return [(int(m.group(1)), " ".join(m.group(2).split())) for m in _OPENING.finditer(body)]


def _section_for(text: str, law_title: str) -> int:
    """The § of the act whose opening names the law (1 when none does)."""
    return next((section for section, named in openings(text) if names_law(named, law_title)), 1)


def _line_of(norm: str, t: _Tok) -> int:
    return norm.count("\n", 0, t.start)
