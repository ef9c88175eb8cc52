"""What each piece of a .lov file is, according to the grammar itself: the oracle that the
Pygments lexer and the VS Code, Vim and Emacs grammars are tested against.

The text is parsed with lark's own LALR parser and contextual lexer, keeping every token,
so a keyword is a keyword exactly where the grammar reserves it. Each token gets the
highlighting class an editor should give it (the classes of :mod:`dsl.highlight`, plus
name, string, comment, number, section number, amount, period_weeks, period_other).
"""

from __future__ import annotations

import functools

import attrs
from lark import Lark, Token, Tree

from dsl.grammar import grammar_text
from dsl.highlight import vocabulary
from dsl.numbers import canonical_unit
from dsl.parser import split_chunks


@attrs.frozen
class Piece:
    line: int  # 1-based
    column: int  # 1-based, code points
    end_column: int  # exclusive (pieces never span lines, except strings never do either)
    text: str
    cls: str


@functools.cache
def _lark() -> Lark:
    return Lark(grammar_text(), parser="lalr", lexer="contextual", keep_all_tokens=True, maybe_placeholders=False,
                lexer_callbacks={"COMMENT": _COMMENTS.append})


_COMMENTS: list[Token] = []


@functools.cache
def _keyword_classes() -> dict[str, str]:
    """keyword (lower case) → its highlighting class."""
    return {k.word.lower(): cls for cls, ks in vocabulary().keywords.items() for k in ks}


def pieces(text: str) -> list[Piece]:
    """Every token of a syntactically valid text with its expected class, in order."""
    out: list[Piece] = []
    for line_offset, _pos, chunk in split_chunks(text):
        _COMMENTS.clear()
        tree = _lark().parse(chunk)
        for token in _COMMENTS:
            out.append(_piece(token, line_offset, "comment"))
        _collect(tree, line_offset, out)
    return sorted(out, key=lambda p: (p.line, p.column))


def _collect(tree: Tree, line_offset: int, out: list[Piece]) -> None:
    rule = tree.data if isinstance(tree.data, str) else tree.data.value
    tokens = [c for c in tree.children if isinstance(c, Token)]
    unit = next((t for t in tokens if t.type == "UNIT"), None)
    for child in tree.children:
        if isinstance(child, Tree):
            _collect(child, line_offset, out)
        else:
            cls = _class_of(child, rule, unit)
            if cls is not None:
                out.append(_piece(child, line_offset, cls))


def _class_of(token: Token, rule: str, unit: Token | None) -> str | None:
    kind = token.type
    if rule in ("period", "cadence", "recurrence") and kind in ("INT", "NUMWORD", "UNIT", "DOT"):
        assert unit is not None
        return "period_weeks" if canonical_unit(str(unit)) == "uge" else "period_other"
    if rule == "amount":
        return "amount"
    if kind == "UNIT":  # a period type: `begreb ledighed: uger`
        return "type"
    if kind == "NAME":
        return "name"
    if kind == "STRING":
        return "string"
    if kind == "SECNUM" or (kind == "INT" and rule in ("stk", "nr", "ref")):
        return "section_number"
    if kind in ("INT", "DECIMAL"):
        return "number"
    if kind in ("COMMA_STK", "COMMA_NR"):
        return "marker"
    if kind in ("CMP", "ADDOP", "MULOP"):
        return "operator_symbol"
    cls = _keyword_classes().get(str(token).lower())
    if cls is not None:
        return cls
    return None  # punctuation


def _piece(token: Token, line_offset: int, cls: str) -> Piece:
    if token.type in ("COMMA_STK", "COMMA_NR"):  # `, stk.` may break a line: the marker is the word
        word = str(token).rsplit(None, 1)[-1].lstrip(",")
        return Piece(token.end_line + line_offset, token.end_column - len(word), token.end_column, word, cls)
    assert token.line == token.end_line, token
    return Piece(token.line + line_offset, token.column, token.end_column, str(token), cls)


def mismatches(text: str, classes: dict[tuple[int, int], str | None], limit: int = 20) -> list[str]:
    """Where an editor's highlighting (class per (line, column) of each character) differs
    from the oracle; white space inside a piece (`44 a`, `13 uger`) is not checked."""
    out: list[str] = []
    for piece in pieces(text):
        for offset, char in enumerate(piece.text):
            if char.isspace():
                continue
            got = classes.get((piece.line, piece.column + offset))
            if got != piece.cls:
                out.append(f"{piece.line}:{piece.column + offset} {piece.text!r}: expected {piece.cls}, got {got}")
                break
        if len(out) >= limit:
            break
    return out
