"""Text → syntax tree (:mod:`dsl.ast`) with spans, and syntax errors as diagnostics.

The tree is built while parsing (lark's LALR tables, run by :mod:`dsl.lalr`'s one loop,
with an inline transformer), and spans are taken from the tokens, so no generic parse tree
is ever materialised. A chunk that does not parse is parsed again by lark itself, whose
error is the one reported.

Recovery: a file is cut into chunks at every line that starts, in the first column,
with a top-level keyword (`§`, `begreb`, `målgruppe`, `resultat`, `kapitel`,
`testsag`, `lov`, `version`). Each chunk is parsed on its own, so a syntax error
costs only its own section and one run reports every broken section.
"""

from __future__ import annotations

import datetime
import functools
import re
import threading
import unicodedata
from decimal import Decimal
from typing import Any, Iterator

import attrs
from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from dsl import ast
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.grammar import grammar_text
from dsl.lalr import FastLalr, NotHere
from dsl.literals import unquote
from dsl.nogc import paused_gc
from dsl.numbers import number_value
from dsl.spans import Span

_CHUNK_START = re.compile(
    r'^(?:§|(?:lov|version|begreb|målgruppe|inddeling|resultat|[Kk]apitel|testsag)(?=[\s"]))', re.M
)


@attrs.frozen
class ParseResult:
    law: ast.Law
    diagnostics: tuple[Diagnostic, ...]


@attrs.frozen
class ChunkResult:
    """What one chunk of :func:`split_chunks` parses to (spans are absolute)."""

    items: tuple[ast.Item, ...]
    comments: tuple[ast.Comment, ...]
    diagnostics: tuple[Diagnostic, ...]


def parse(text: str, file: str = "<tekst>") -> ParseResult:
    """Parse the text of a .lov file; never raises on bad input."""
    items: list[ast.Item] = []
    comments: list[ast.Comment] = []
    diagnostics: list[Diagnostic] = []
    with paused_gc():
        for line_offset, pos_offset, chunk in split_chunks(text):
            part = parse_chunk(chunk, file, line_offset, pos_offset)
            items.extend(part.items)
            comments.extend(part.comments)
            diagnostics.extend(part.diagnostics)
    return ParseResult(ast.Law(tuple(items), tuple(comments), file), tuple(diagnostics))


def parse_chunk(chunk: str, file: str = "<tekst>", line_offset: int = 0, pos_offset: int = 0) -> ChunkResult:
    """Parse one chunk that starts ``line_offset`` lines and ``pos_offset`` characters into the file.

    The unit of error recovery, and of re-parsing only what changed (the language server).
    """
    builder = _builder()
    builder.reset(file, line_offset, pos_offset)
    items: tuple[ast.Item, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    try:
        try:
            items = tuple(_per_thread.fast.parse(chunk))
        except NotHere:  # lark itself says why
            builder.reset(file, line_offset, pos_offset)
            items = tuple(_parser().parse(chunk))  # type: ignore[arg-type]  # the builder's list
    except UnexpectedInput as error:
        diagnostics = (_syntax_diagnostic(error, chunk, file, line_offset, pos_offset),)
    except _BuildError as error:
        diagnostics = (error.diagnostic,)
    return ChunkResult(items, tuple(builder.comments), diagnostics)


def split_chunks(text: str) -> Iterator[tuple[int, int, str]]:
    """(line offset, character offset, text) of each independently parsable chunk."""
    starts = [m.start() for m in _CHUNK_START.finditer(text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    starts.append(len(text))
    line = 0
    for begin, end in zip(starts, starts[1:]):
        chunk = text[begin:end]
        if chunk:
            yield line, begin, chunk
            line += chunk.count("\n")


# ---- errors -----------------------------------------------------------------------

#: How the drafter is told what a token is, in Danish and English.
_DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "NAME": ("et navn", "a name"),
    "STRING": ("en tekst i anførselstegn", "a text in quotation marks"),
    "INT": ("et tal", "a number"),
    "DECIMAL": ("et decimaltal", "a decimal number"),
    "SECNUM": ("et nummer", "a number"),
    "UNIT": ("en enhed (uger)", "a unit (uger)"),
    "NUMWORD": ("et talord", "a number word"),
    "KR": ("`kr.`", "`kr.`"),
    "CMP": ("en sammenligning (<, <=, >, >=, !=)", "a comparison (<, <=, >, >=, !=)"),
    "ADDOP": ("`+` eller `-`", "`+` or `-`"),
    "MULOP": ("`*`", "`*`"),
    "COMMA_STK": ("`, stk.`", "`, stk.`"),
    "COMMA_NR": ("`, nr.`", "`, nr.`"),
    "DATE": ("en dato (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)"),
    "SAMMENLAGT_TID": ("`sammenlagt tid`", "`sammenlagt tid`"),
    "SAMMENHAENGENDE_TID": ("`sammenhængende tid`", "`sammenhængende tid`"),
    "INDEN_FOR_DE_SENESTE": ("`inden for de seneste`", "`inden for de seneste`"),
    "MED_AFBRYDELSER_UNDER": ("`med afbrydelser under`", "`med afbrydelser under`"),
    "$END": ("filens slutning", "the end of the file"),
}


@functools.cache
def _literal_of(terminal: str) -> str | None:
    term = {t.name: t for t in _parser().terminals}.get(terminal)
    if term is not None and term.pattern.type == "str":
        return str(term.pattern.value)
    return None


def describe_terminal(name: str) -> tuple[str, str]:
    """A token as the drafter is told of it: (Danish, English)."""
    if name in _DESCRIPTIONS:
        return _DESCRIPTIONS[name]
    literal = _literal_of(name)
    shown = f"`{literal}`" if literal is not None else name.lower()
    return shown, shown


_EXPRESSION_STARTS = {
    "NAME", "INT", "DECIMAL", "NUMWORD", "LPAR", "STRING", "HVER", "IKKE", "JA", "NEJ", "SKOEN", "MALGRUPPE",
    "DATE", "SAMMENLAGT_TID", "SAMMENHAENGENDE_TID",
}
_ITEM_STARTS = {"LOV", "VERSION", "BEGREB", "MALGRUPPE", "RESULTAT", "KAPITEL", "PARAGRAF", "TESTSAG"}


def _describe_expected(names: set[str]) -> dict[str, str]:
    """What the language allows at a point, in the drafter's words: the ``expected`` and
    ``expected_en`` arguments of a syntax diagnostic."""
    names = set(names)
    groups: list[tuple[str, str]] = []
    if {"NAME", "INT", "LPAR"} <= names:
        names -= _EXPRESSION_STARTS
        groups.append(("et udtryk (et navn, et tal, en periode, et beløb, ja/nej, skøn \"…\" eller målgruppe …)",
                       "an expression (a name, a number, a period, an amount, ja/nej, skøn \"…\" or målgruppe …)"))
    if _ITEM_STARTS - {"MALGRUPPE"} <= names:
        names -= _ITEM_STARTS
        groups.append(("en ny erklæring (lov, version, begreb, målgruppe, resultat, kapitel, § eller testsag)",
                       "a new declaration (lov, version, begreb, målgruppe, resultat, kapitel, § or testsag)"))
    described = groups + sorted({describe_terminal(n) for n in names if n != "$END"})
    return {"expected": _either(described, 0, "filens slutning", "flere", " eller "),
            "expected_en": _either(described, 1, "the end of the file", "more", " or ")}


def _either(described: list[tuple[str, str]], lang: int, nothing: str, more: str, last: str) -> str:
    """`a, b eller c` of one language's descriptions (at most eight, then ``more``)."""
    words = [d[lang] for d in described]
    if not words:
        return nothing
    if len(words) > 8:
        words = words[:8] + [more]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + last + words[-1]


def _describe_token(token: Token) -> dict[str, str]:
    """The token that was found: the ``found`` and ``found_en`` arguments of S001."""
    value = str(token)
    if token.type == "NAME":
        return {"found": f"navnet '{value}'", "found_en": f"name '{value}'"}
    if token.type == "STRING":
        shown = value if len(value) <= 30 else value[:27] + '…"'
        return {"found": f"teksten {shown}", "found_en": f"text {shown}"}
    if token.type in ("INT", "DECIMAL", "SECNUM"):
        return {"found": f"tallet {value}", "found_en": f"number {value}"}
    return {"found": f"'{value}'", "found_en": f"'{value}'"}


def _syntax_diagnostic(
    error: UnexpectedInput, chunk: str, file: str, line_offset: int, pos_offset: int
) -> Diagnostic:
    if isinstance(error, UnexpectedToken) and error.token.type != "$END":
        tok = error.token
        span = Span(
            file,
            tok.line + line_offset,
            tok.column,
            tok.end_line + line_offset,
            tok.end_column,
            tok.start_pos + pos_offset,
            tok.end_pos + pos_offset,
        )
        return diagnostic("S001", span, **_describe_token(tok), **_describe_expected(_accepted(error)))
    if isinstance(error, UnexpectedCharacters):
        pos: int = error.pos_in_stream  # type: ignore[assignment]  # set for characters
        span = Span(
            file, error.line + line_offset, error.column, error.line + line_offset,
            error.column + 1, pos + pos_offset, pos + pos_offset + 1,
        )
        expected = _describe_expected(set(error.allowed or ()))
        char = chunk[pos]
        name = unicodedata.name(char, "").lower()
        if char.isalpha() and not char.isascii() and char not in "æøåÆØÅ":
            expected["expected"] += f" (tegnet er {name or 'ukendt'}, ikke et dansk bogstav)"
            expected["expected_en"] += f" (the character is {name or 'unknown'}, not a Danish letter)"
        elif char.isdigit() and not char.isascii():
            expected["expected"] += f" (tegnet er {name or 'ukendt'}; tal skrives med cifrene 0-9)"
            expected["expected_en"] += f" (the character is {name or 'unknown'}; numbers are written with the digits 0-9)"
        return diagnostic("S002", span, char=char, **expected)
    # End of input inside an item.
    expected_names = set(getattr(error, "expected", ()) or ())
    lines = chunk.rstrip().split("\n")
    last_line = len(lines) + line_offset
    col = len(lines[-1]) + 1
    end = pos_offset + len(chunk.rstrip())
    span = Span(file, last_line, col, last_line, col, end, end)
    where = _first_words(chunk)
    return diagnostic("S003", span, where=where, **_describe_expected(expected_names))


def _accepted(error: UnexpectedToken) -> set[str]:
    """The tokens that could really come next (LALR's own lookahead sets are too wide)."""
    try:
        accepted = set(error.interactive_parser.accepts())
    except Exception:  # the simulation runs tree callbacks on placeholder tokens
        accepted = set()
    return accepted or set(error.expected)


def _first_words(chunk: str) -> str:
    for line in chunk.splitlines():
        stripped = line.split("#", 1)[0].strip()
        if stripped:
            words = stripped.split()
            return "`" + " ".join(words[:2]) + "`"
    return "filen"


class _BuildError(Exception):
    """A problem found while building the tree that the grammar cannot express."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.code)
        self.diagnostic = diagnostic


# ---- building the tree --------------------------------------------------------------


_CMP_ASCII = {"≤": "<=", "≥": ">=", "≠": "!="}


class _Builder(Transformer[Token, Any]):
    """lark callbacks, one per grammar rule; each returns a node of :mod:`dsl.ast`."""

    def __init__(self) -> None:
        super().__init__(visit_tokens=False)
        self.reset("<tekst>")

    def reset(self, file: str, line_offset: int = 0, pos_offset: int = 0) -> None:
        """Ready for a chunk of ``file`` that starts at ``line_offset`` and ``pos_offset``."""
        self.file = file
        self.line_offset = line_offset
        self.pos_offset = pos_offset
        self.comments: list[ast.Comment] = []
        self.depth: dict[int, int] = {}  # id of an expression node built in this chunk → its depth

    # spans -------------------------------------------------------------------------
    def sp(self, tok: Token) -> Span:
        lo = self.line_offset
        return Span(
            self.file,
            tok.line + lo,  # type: ignore[operator]
            tok.column,  # type: ignore[arg-type]
            tok.end_line + lo,  # type: ignore[operator]
            tok.end_column,  # type: ignore[arg-type]
            tok.start_pos + self.pos_offset,  # type: ignore[operator]
            tok.end_pos + self.pos_offset,  # type: ignore[operator]
        )

    def span_of(self, first: Any, last: Any) -> Span:
        """From the start of ``first`` to the end of ``last`` (each a token or a node)."""
        # lark types a token's positions as optional; the tokens of a parse always have them.
        if first.__class__ is Token:
            t: Any = first
            line, column, start = t.line + self.line_offset, t.column, t.start_pos + self.pos_offset
        else:
            a = first.span
            line, column, start = a.line, a.column, a.start
        if last.__class__ is Token:
            u: Any = last
            end_line, end_column, end = u.end_line + self.line_offset, u.end_column, u.end_pos + self.pos_offset
        else:
            b = last.span
            end_line, end_column, end = b.end_line, b.end_column, b.end
        return Span(self.file, line, column, end_line, end_column, start, end)

    def comment(self, tok: Token) -> None:
        self.comments.append(ast.Comment(str(tok), span=self.sp(tok)))

    def number(self, tok: Token) -> Token:
        """A number token (tal, beløb, §-, stk.- or nr.-nummer) of at most :data:`MAX_DIGITS` digits."""
        if len(tok) <= MAX_DIGITS:  # the common case, without counting
            return tok
        digits = sum(c.isdigit() for c in str(tok))
        if digits > MAX_DIGITS:
            raise _BuildError(diagnostic("S006", self.sp(tok), digits=digits, limit=MAX_DIGITS))
        return tok

    def name_(self, tok: Token) -> ast.Name:
        return ast.Name(tok.value, span=self.sp(tok))

    # leaves ------------------------------------------------------------------------
    def text(self, children: list[Token]) -> ast.Text:
        return ast.Text(tuple(unquote(str(t)) for t in children), span=self.span_of(children[0], children[-1]))

    def ref(self, c: list[Any]) -> ast.Ref:
        last = [x for x in c if x is not None][-1]
        span = self.span_of(c[0], last)
        if c[0].type == "PARAGRAF":
            _, secnum, _, stk, _, nr = c
            return ast.Ref(
                _secnum(secnum), int(stk) if stk is not None else None, int(nr) if nr is not None else None,
                span=span,
            )
        _, stk, _, nr = c
        return ast.Ref(None, int(stk), int(nr) if nr is not None else None, span=span)

    # header and declarations --------------------------------------------------------
    def start(self, items: list[ast.Item]) -> list[ast.Item]:
        return items

    def lov_title(self, c: list[Any]) -> ast.LawTitle:
        return ast.LawTitle(c[1], span=self.span_of(c[0], c[1]))

    def lov_version(self, c: list[Any]) -> ast.LawVersion:
        return ast.LawVersion(c[1], span=self.span_of(c[0], c[1]))

    def type(self, c: list[Token]) -> ast.TypeExpr:
        first = c[0]
        span = self.span_of(first, c[-1])
        kind = first.type
        if kind == "VALG":
            return ast.TypeExpr("valg", tuple(self.name_(t) for t in c[1:]), span=span)
        if kind == "UNIT":
            return ast.TypeExpr("periode", unit=str(first), span=span)
        if kind == "FORLOB":
            return ast.TypeExpr("forløb", tuple(self.name_(t) for t in c[1:]), span=span)
        return ast.TypeExpr(str(first), span=span)

    def begreb(self, c: list[Any]) -> ast.Begreb:
        kw, name, typ, desc, source = c
        last = next(x for x in (source, desc, typ) if x is not None)
        return ast.Begreb(self.name_(name), typ, desc, source, span=self.span_of(kw, last))

    def kilde_register(self, c: list[Any]) -> ast.Source:
        return ast.Source("register", c[2], span=self.span_of(c[0], c[2]))

    def kilde_borger(self, c: list[Any]) -> ast.Source:
        return ast.Source("borger", None, span=self.span_of(c[0], c[1]))

    def kilde_skoen(self, c: list[Any]) -> ast.Source:
        return ast.Source("skøn", c[2], span=self.span_of(c[0], c[2]))

    def malgruppe(self, c: list[Any]) -> ast.Malgruppe:
        kw, number, name, title, cond = c
        return ast.Malgruppe(int(number), self.name_(name), title, cond, span=self.span_of(kw, cond))

    def inddeling(self, c: list[Any]) -> ast.Inddeling:
        kw, name, *rest = c
        clause = rest.pop()
        condition = clause[1] if clause is not None else None
        groups = tuple(self.name_(t) for t in rest)
        return ast.Inddeling(self.name_(name), groups, condition, span=self.span_of(kw, condition or rest[-1]))

    def resultat(self, c: list[Any]) -> ast.Resultat:
        kw, name, typ, desc = c
        return ast.Resultat(self.name_(name), typ, desc, span=self.span_of(kw, desc or typ))

    def kapitel(self, c: list[Any]) -> ast.Kapitel:
        kw, number, title = c
        return ast.Kapitel(_secnum(number), title, span=self.span_of(kw, title or number))

    # sections ----------------------------------------------------------------------
    def paragraf(self, c: list[Any]) -> ast.Paragraf:
        kw, number = c[0], c[1]
        if isinstance(c[2], Token) and c[2].type == "DOT":
            body = c[3:]
            stk = self._stk_from_body(1, body, implicit=True, first=body[0])
            return ast.Paragraf(_secnum(number), None, (stk,), span=self.span_of(kw, body[-1]))
        title, stks = c[2], c[3:]
        return ast.Paragraf(_secnum(number), title, tuple(stks), span=self.span_of(kw, stks[-1]))

    def _stk_from_body(self, number: int, body: list[Any], implicit: bool, first: Any) -> ast.Stk:
        provision = body[0] if not isinstance(body[0], ast.Nr) else None
        items = tuple(x for x in body if isinstance(x, ast.Nr))
        return ast.Stk(number, provision, items, implicit, span=self.span_of(first, body[-1]))

    def stk(self, c: list[Any]) -> ast.Stk:
        kw, number, _dot, *body = c
        return self._stk_from_body(int(number), body, implicit=False, first=kw)

    def nr(self, c: list[Any]) -> ast.Nr:
        kw, number, provision = c
        return ast.Nr(int(number), provision, span=self.span_of(kw, provision))

    def provision(self, c: list[Any]) -> Any:
        return c[0]

    def worded_rule(self, c: list[Any]) -> ast.Rule:
        text, rule = c
        return attrs.evolve(rule, wording=text, span=self.span_of(text, rule))

    def general_head(self, c: list[Token]) -> tuple[tuple[ast.Name, ...], ast.Name, Token]:
        return (), self.name_(c[0]), c[0]

    def scoped_head(self, c: list[Token]) -> tuple[tuple[ast.Name, ...], ast.Name, Token]:
        names = [t for t in c if t.type == "NAME"]
        return tuple(self.name_(t) for t in names[:-1]), self.name_(names[-1]), c[0]

    def hvis(self, c: list[Any]) -> tuple[str, Any]:
        return "hvis", c[1]

    def jf(self, c: list[Any]) -> tuple[str, ast.Ref]:
        return "jf", c[1]

    def undtagelse(self, c: list[Any]) -> tuple[str, ast.Ref]:
        return "undtagelse", c[2]

    def _parts(self, parts: list[Any]) -> tuple[list[Any], list[ast.Ref], list[ast.Ref], Any]:
        conditions: list[Any] = []
        refs: list[ast.Ref] = []
        exceptions: list[ast.Ref] = []
        last = None
        for part in parts:
            if part is None:
                continue
            if isinstance(part, Token):
                last = part
                continue
            kind, value = part
            last = value
            {"hvis": conditions, "jf": refs, "undtagelse": exceptions}[kind].append(value)
        return conditions, refs, exceptions, last

    def rule(self, c: list[Any]) -> ast.Rule:
        (groups, result, first), value, *parts = c
        conditions, refs, exceptions, last = self._parts(parts)
        span = self.span_of(first, last if last is not None else value)
        return ast.Rule(groups, result, value, tuple(conditions), tuple(refs), tuple(exceptions), span=span)

    def prose(self, c: list[Any]) -> ast.Prose:
        text, *parts = c
        _, refs, _, last = self._parts(parts)
        return ast.Prose(text, tuple(refs), span=self.span_of(text, last if last is not None else text))

    # test cases ----------------------------------------------------------------------
    def testsag(self, c: list[Any]) -> ast.Testsag:
        return ast.Testsag(c[1], tuple(c[2:]), span=self.span_of(c[0], c[-1]))

    def givet(self, c: list[Any]) -> ast.Givet:
        return ast.Givet(tuple(c[1:]), span=self.span_of(c[0], c[-1]))

    def forvent(self, c: list[Any]) -> ast.Forvent:
        return ast.Forvent(tuple(c[1:]), span=self.span_of(c[0], c[-1]))

    def given_fact(self, c: list[Any]) -> ast.GivenFact:
        return ast.GivenFact(self.name_(c[0]), c[2], span=self.span_of(c[0], c[2]))

    def given_history(self, c: list[Any]) -> ast.GivenHistory:
        spells = tuple(x for x in c[2:] if isinstance(x, ast.Spell))
        return ast.GivenHistory(self.name_(c[0]), spells, span=self.span_of(c[0], spells[-1] if spells else c[1]))

    def spell(self, c: list[Any]) -> ast.Spell:
        value, _fra, start, _til, end = c
        first = self.date_value([start])
        last = self.date_value([end]) if end is not None else None
        return ast.Spell(self.name_(value), first, last, span=self.span_of(value, last or first))

    def given_judgment(self, c: list[Any]) -> ast.GivenJudgment:
        return ast.GivenJudgment(c[1], c[3], span=self.span_of(c[0], c[3]))

    def expect_value(self, c: list[Any]) -> ast.ExpectValue:
        return ast.ExpectValue(self.name_(c[0]), c[2], span=self.span_of(c[0], c[2]))

    def expect_outcome(self, c: list[Any]) -> ast.ExpectOutcome:
        outcome, missing, last = c[2]
        return ast.ExpectOutcome(self.name_(c[0]), outcome, missing, span=self.span_of(c[0], last))

    def expect_group(self, c: list[Any]) -> ast.ExpectGroup:
        return ast.ExpectGroup(self.name_(c[1]), c[3], span=self.span_of(c[0], c[3]))

    def outcome_judgment(self, c: list[Token]) -> tuple[str, None, Token]:
        return "skøn", None, c[0]

    def outcome_ambiguous(self, c: list[Token]) -> tuple[str, None, Token]:
        return "tvetydig", None, c[0]

    def outcome_conflict(self, c: list[Token]) -> tuple[str, None, Token]:
        return "konflikt", None, c[0]

    def outcome_missing(self, c: list[Token]) -> tuple[str, ast.Name, Token]:
        return "mangler", self.name_(c[1]), c[1]

    def outcome_no_rule(self, c: list[Token]) -> tuple[str, None, Token]:
        return "ingen regel", None, c[0]

    # expressions ---------------------------------------------------------------------
    def expr(self, c: list[Any]) -> Any:
        """A flat chain `[ikke…] operand (operator [ikke…] operand)*` → a tree by precedence."""
        return _Chain(self, c).build()

    def integer(self, c: list[Token]) -> ast.Integer:
        return ast.Integer(int(c[0]), span=self.sp(c[0]))

    def amount(self, c: list[Token]) -> ast.Amount:
        number = str(c[0])
        return ast.Amount(Decimal(number.replace(",", ".")), number, span=self.span_of(c[0], c[1]))

    def period(self, c: list[Token]) -> ast.Period:
        number, unit = c
        return ast.Period(number_value(str(number)), str(number), str(unit), span=self.span_of(number, unit))

    def cadence(self, c: list[Token]) -> ast.Period:
        kw, number, _dot, unit = c
        return ast.Period(int(number), str(number), str(unit), cadence=True, span=self.span_of(kw, unit))

    def date_value(self, c: list[Token]) -> ast.DateValue:
        tok = c[0]
        try:
            value = datetime.date.fromisoformat(str(tok))
        except ValueError:
            raise _BuildError(diagnostic("S007", self.sp(tok), found=str(tok))) from None
        return ast.DateValue(value, span=self.sp(tok))

    def recurrence(self, c: list[Any]) -> ast.Recurrence:
        kw, number, _dot, unit, _fra, start = c
        step = ast.Period(int(number), str(number), str(unit), cadence=True, span=self.span_of(kw, unit))
        return self._nested(ast.Recurrence(step, start, span=self.span_of(kw, start)), start)

    def total_time(self, c: list[Any]) -> ast.TimeOn:
        return self._time_on("sammenlagt", c)

    def spell_time(self, c: list[Any]) -> ast.TimeOn:
        return self._time_on("sammenhængende", c)

    def _time_on(self, kind: str, c: list[Any]) -> ast.TimeOn:
        tokens = [x for x in c if isinstance(x, Token)]
        i_at = next(i for i, t in enumerate(tokens) if t.type == "I")
        values = tuple(self.name_(t) for t in tokens[:i_at] if t.type == "NAME")
        history = self.name_(tokens[i_at + 1])
        limit = c[-1] if not isinstance(c[-1], Token) and c[-1] is not None else None
        last = limit if limit is not None else tokens[i_at + 1]
        made = ast.TimeOn(kind, values, history, limit, span=self.span_of(c[0], last))
        return made if limit is None else self._nested(made, limit)

    def _nested(self, made: Any, inner: Any) -> Any:
        """``made`` one level deeper than the expression inside it (bounded by :data:`MAX_DEPTH`)."""
        depth = 1 + self.depth.get(id(inner), 0)
        if depth > MAX_DEPTH:
            raise _BuildError(diagnostic("S005", made.span, limit=MAX_DEPTH))
        self.depth[id(made)] = depth
        return made

    def true(self, c: list[Token]) -> ast.Bool:
        return ast.Bool(True, span=self.sp(c[0]))

    def false(self, c: list[Token]) -> ast.Bool:
        return ast.Bool(False, span=self.sp(c[0]))

    def text_value(self, c: list[ast.Text]) -> ast.TextValue:
        return ast.TextValue(c[0], span=c[0].span)

    def name(self, c: list[Token]) -> ast.NameRef:
        n = self.name_(c[0])
        return ast.NameRef(n, span=n.span)

    def one_of(self, c: list[Token]) -> ast.OneOf:
        names = [t for t in c if t.type == "NAME"]
        return ast.OneOf(
            self.name_(names[0]), tuple(self.name_(t) for t in names[1:]), span=self.span_of(c[0], names[-1])
        )

    def skoen(self, c: list[Any]) -> ast.Judgment:
        return ast.Judgment(c[1], span=self.span_of(c[0], c[1]))

    def in_group(self, c: list[Token]) -> ast.InGroup:
        return ast.InGroup(self.name_(c[1]), span=self.span_of(c[0], c[1]))

    def parens(self, c: list[Any]) -> Any:
        return c[1]


#: The deepest an expression may nest (a chain `a og b og c …` is one level per operator) and the
#: most digits a number may have: far beyond any law, and small enough that every stage —
#: resolver, checks, interpreter, generated code, which Python nests at most 200 deep — is safe.
MAX_DEPTH = 100
MAX_DIGITS = 15

# Binary operators: token type → (precedence, kind). `ikke` is a prefix at precedence 3.
OPERATORS: dict[str, tuple[int, str]] = {
    "ELLER": (1, "bool"),
    "OG": (2, "bool"),
    "CMP": (4, "compare"),
    "EQ": (4, "compare"),
    "ADDOP": (5, "arith"),
    "MULOP": (6, "arith"),
}
_NOT_PRECEDENCE = 3


class _Chain:
    """Precedence climbing over one expression's chain of operands and operators."""

    def __init__(self, builder: _Builder, items: list[Any]) -> None:
        self.b = builder
        self.items = items
        self.pos = 0

    def build(self) -> Any:
        return self.climb(1)

    def fail(self, tok: Token, expected: str, expected_en: str) -> None:
        raise _BuildError(diagnostic("S001", self.b.sp(tok), found=f"'{tok}'", found_en=f"'{tok}'",
                                     expected=expected, expected_en=expected_en))

    def unary(self, min_prec: int) -> Any:
        item = self.items[self.pos]
        if isinstance(item, Token) and item.type == "IKKE":
            if min_prec > _NOT_PRECEDENCE:
                self.fail(item, "et tal, et navn eller en parentes (sæt parentes om `ikke …`)",
                          "a number, a name or a parenthesis (put `ikke …` in parentheses)")
            negations: list[Token] = []  # `ikke ikke … x`, without a level of recursion per `ikke`
            while self._next_is_not():
                negations.append(self.items[self.pos])
                self.pos += 1
            node = self.climb(_NOT_PRECEDENCE + 1)
            for kw in reversed(negations):
                node = self.node(ast.Not(node, span=self.b.span_of(kw, node)), node)
            return node
        self.pos += 1
        return item

    def _next_is_not(self) -> bool:
        item = self.items[self.pos] if self.pos < len(self.items) else None
        return isinstance(item, Token) and item.type == "IKKE"

    def node(self, made: Any, *operands: Any) -> Any:
        """``made`` with its depth recorded: one more than its deepest operand, at most
        :data:`MAX_DEPTH` (every later stage can then walk it without running out of stack)."""
        depths = self.b.depth
        depth = 1 + max(depths.get(id(o), 0) for o in operands)
        if depth > MAX_DEPTH:
            raise _BuildError(diagnostic("S005", made.span, limit=MAX_DEPTH))
        depths[id(made)] = depth
        return made

    def climb(self, min_prec: int) -> Any:
        left = self.unary(min_prec)
        while self.pos < len(self.items):
            op = self.items[self.pos]
            prec, kind = OPERATORS[op.type]
            if prec < min_prec:
                break
            self.pos += 1
            right = self.climb(prec + 1)
            span = self.b.span_of(left, right)
            if kind == "bool":
                left = self.node(ast.BoolOp("eller" if op.type == "ELLER" else "og", left, right, span=span), left, right)
            elif kind == "compare":
                text = str(op)
                left = self.node(ast.Compare(_CMP_ASCII.get(text, text), left, right, span=span), left, right)
                following = self.items[self.pos] if self.pos < len(self.items) else None
                if following is not None and OPERATORS[following.type][1] == "compare":
                    self.fail(following, "`og`, `eller` eller en parentes om den første sammenligning",
                              "`og`, `eller` or a parenthesis around the first comparison")
            else:
                left = self.node(ast.Arith(str(op), left, right, span=span), left, right)
        return left


def _secnum(tok: Token) -> str:
    return str(tok).replace(" ", "")


_per_thread = threading.local()


def prepare() -> None:
    """Build this thread's parser now (about 35 ms) rather than at its first parse."""
    _parser()


def _builder() -> _Builder:
    """This thread's tree builder (it holds the state of the parse under way)."""
    _parser()
    return _per_thread.builder  # type: ignore[no-any-return]


def _parser() -> Lark:
    """This thread's parser: the builder keeps per-parse state, so threads do not share one
    (the language server parses on its own thread and on its worker)."""
    parser: Lark | None = getattr(_per_thread, "parser", None)
    if parser is not None:
        return parser
    builder = _Builder()
    parser = Lark(
        grammar_text(),
        parser="lalr",
        lexer="contextual",
        transformer=builder,
        maybe_placeholders=True,
        propagate_positions=False,
        lexer_callbacks={"COMMENT": builder.comment, "INT": builder.number, "DECIMAL": builder.number,
                         "SECNUM": builder.number},
        # No cache: lark's cache is a pickle under a predictable name in the shared temp
        # directory, which any local user could plant. Building the tables takes about 35 ms.
        cache=False,
    )
    _per_thread.parser, _per_thread.builder, _per_thread.fast = parser, builder, FastLalr(parser)
    return parser
