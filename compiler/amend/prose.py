"""Where an amending act's words stand in a provision: quotations, and punktummer (`2. pkt.`).

A provision's text is its canonical `.lov` text (:mod:`compiler.amend.document`). A long text is
written as adjacent literals over several lines; the law's words, and an act's quotations of
them, run on across the seams (:func:`seamless`). A provision that is prose (or a rule with its
wording in front) begins with a text literal; its punktummer are the sentences of that literal.
A punktum ends with `.`, `?` or `!` followed by a space and a capital letter — `jf. § 21 f.
Arbejdsløshedskassen …` ends one, `1., 2. og 3. ledighedsdag` and `jf. stk. 2` do not — or at
the end of the literal. A rule is one punktum.

Every function takes and gives offsets in the canonical text, so a change of a punktum is a
change of that text like any other.
"""

from __future__ import annotations

import re

from dsl.literals import LITERAL, escape as literal, unescape

_END = re.compile(r"[.?!](?=\s+[A-ZÆØÅ])")


def occurrences(text: str, quote: str) -> list[int]:
    """Where ``quote`` occurs in ``text`` as whole words (not inside a longer word or number),
    overlapping places included (»a a« stands twice in `a a a`: it does not say where)."""
    if not quote:
        return []
    pattern = ("(?<!\\w)" if quote[0].isalnum() or quote[0] == "_" else "") + re.escape(quote) + \
        ("(?!\\w)" if quote[-1].isalnum() or quote[-1] == "_" else "")
    return [m.start() for m in re.finditer(f"(?=({pattern}))", text)]


_LITERAL = LITERAL  # the grammar's STRING
_SEAM = re.compile(r'(?<!\\)" "')


def seamless(text: str) -> tuple[str, list[int] | None]:
    """A provision's canonical text as its words read, and where each character of that stands
    in ``text`` (None: nowhere different). A long text is written as literals over several lines
    (`"… senest 2 uger efter tilmelding " "afholde en samtale …"`); the law's words, and an act's
    quotation of them, run on across the seam between two literals."""
    literals = [(m.start(), m.end()) for m in _LITERAL.finditer(text)]
    cuts = [e1 for (_, e1), (s2, _) in zip(literals, literals[1:]) if s2 == e1 + 1 and text[e1] == " "]
    if not cuts:
        return text, None
    pieces: list[str] = []
    where: list[int] = []
    i = 0
    for cut in cuts:  # drop the closing quote, the space and the opening quote
        pieces.append(text[i:cut - 1])
        where.extend(range(i, cut - 1))
        i = cut + 2
    pieces.append(text[i:])
    where.extend(range(i, len(text)))
    return "".join(pieces), where


def plain(text: str | None) -> str:
    """A provision's canonical text without its seams: what two versions are compared by (where a
    long text is broken over lines is layout, not law)."""
    return seamless(text)[0] if text else ""


_SEAM_OVER_LINES = re.compile(r'(?<!\\)"\s+"')


def on_one_line(text: str) -> str:
    """`.lov` text with every text literal written over several lines joined into one (where a
    long text breaks is layout, not law)."""
    return _SEAM_OVER_LINES.sub("", text)


def without_seams(quote: str) -> str:
    """A quotation as words (an act written by `lov ændringslov` may quote across a seam)."""
    return _SEAM.sub("", quote)


def spots(text: str, quote: str) -> list[tuple[int, int]]:
    """Where ``quote`` occurs in ``text`` as whole words, across the seams between literals (see
    :func:`seamless`): (start, end) in ``text``. A quotation with seams of its own matches too."""
    words, where = seamless(text)
    quote = without_seams(quote)
    hits = occurrences(words, quote)
    if where is None:
        return [(at, at + len(quote)) for at in hits]
    return [(where[at], where[at + len(quote) - 1] + 1) for at in hits]


def _view(text: str) -> tuple[str, list[int]]:
    words, where = seamless(text)
    return words, where if where is not None else list(range(len(text)))


def sentences(text: str) -> list[tuple[int, int]]:
    """The punktummer of ``text`` as (start, end) offsets in it; the whole text for a rule."""
    words, where = _view(text)
    literal = _LITERAL.match(words)
    if literal is None:
        return [(0, len(text))] if text else []
    out: list[tuple[int, int]] = []
    start, close = 1, literal.end() - 1
    while start < close and words[start] == " ":
        start += 1
    for m in _END.finditer(words, start, close):
        out.append((start, m.end()))
        start = m.end()
        while start < close and words[start] == " ":
            start += 1
    if start < close:
        out.append((start, close))
    return [(where[s], where[e - 1] + 1) for s, e in out if e > s]


def punktum_words(text: str, where: tuple[int, int]) -> str:
    """The words of the punktum at ``where`` in ``text``, as a quotation gives them."""
    return unescape(without_seams(text[where[0]:where[1]]))


def is_prose(text: str) -> bool:
    """Whether the provision's punktummer can be changed one by one (it begins with a text)."""
    return text.startswith('"')


def tidy(text: str) -> str:
    """``text`` without the empty literals a removed punktum can leave beside another (`"" "…"`)."""
    found = list(_LITERAL.finditer(text))
    empty = [m for m in found if m.group() == '""']
    if not empty or len(found) == len(empty):
        return text
    for m in reversed(empty):
        before, after = text[:m.start()], text[m.end():]
        if after.startswith(" \""):
            text = before + after[1:]
        elif before.endswith("\" "):
            text = before[:-1] + after
    return text


def remove(text: str, k: int) -> str:
    """``text`` without its ``k``-th punktum (1-based) and the space that set it apart."""
    spans = sentences(text)
    s, e = spans[k - 1]
    if k < len(spans):
        e = spans[k][0]  # up to the next punktum
    elif k > 1:
        s = spans[k - 2][1]  # from the end of the one before
    return tidy(text[:s] + text[e:])


def replace(text: str, k: int, words: str) -> str:
    """``text`` with its ``k``-th punktum replaced by ``words``."""
    s, e = sentences(text)[k - 1]
    return tidy(text[:s] + literal(words) + text[e:])


def insert(text: str, after: int, words: str) -> str:
    """``text`` with ``words`` (one or more punktummer) inserted after its ``after``-th punktum
    (0: before the first)."""
    spans = sentences(text)
    if after == 0:
        at = spans[0][0]
        return text[:at] + literal(words) + " " + text[at:]
    at = spans[after - 1][1]
    return text[:at] + " " + literal(words) + text[at:]


def count(words: str) -> int:
    """How many punktummer plain words are (a quotation of new punktummer)."""
    return len(sentences('"' + literal(words) + '"'))


#: A text literal longer than this, made by a change of words across a seam, is broken again.
LONG = 90
#: The longest piece it is broken into (a stk.'s first line then stays within the formatter's width).
PIECE = 76


def wrap(text: str) -> str:
    """``text`` with each literal longer than :data:`LONG` broken at spaces into pieces of at most
    :data:`PIECE` characters, each but the last ending with its space (`"… tilmelding "` /
    `"afholde …"`), as the laws are written: only layout, the words stay as they are."""
    out, last = [], 0
    for m in _LITERAL.finditer(text):
        body = m.group()[1:-1]
        if len(m.group()) <= LONG:
            continue
        pieces, current = [], ""
        for word in re.findall(r"\S+\s*", body):
            if current and len(current) + len(word.rstrip()) > PIECE:
                pieces.append(current)
                current = ""
            current += word
        pieces.append(current)
        out.append(text[last:m.start()] + " ".join(f'"{p}"' for p in pieces))
        last = m.end()
    return "".join(out) + text[last:]
