"""The fast lexer loop yields exactly the tokens of lark's own contextual lexer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from lark import Lark

from dsl.formatter import format_law
from dsl.grammar import grammar_text
from dsl.lexer import FastContextualLexer
from tests.kit import law_files
from tests.strategies import laws


def _lark(fast: bool) -> Lark:
    options = {"_plugins": {"ContextualLexer": FastContextualLexer}} if fast else {}
    comments: list = []
    parser = Lark(grammar_text(), parser="lalr", lexer="contextual", lexer_callbacks={"COMMENT": comments.append}, **options)
    parser.comments = comments  # type: ignore[attr-defined]
    return parser


FAST, REFERENCE = _lark(True), _lark(False)


def tokens(parser: Lark, text: str) -> list[tuple]:
    parser.comments.clear()
    out = []
    # Feed the parser so the contextual lexer sees real parser states.
    interactive = parser.parse_interactive(text)
    for tok in interactive.iter_parse():
        out.append((tok.type, str(tok), tok.start_pos, tok.line, tok.column, tok.end_line, tok.end_column, tok.end_pos))
    out += [("COMMENT", str(c), c.start_pos, c.line, c.column, c.end_line, c.end_column, c.end_pos) for c in parser.comments]
    return out


def same_tokens(text: str) -> None:
    def run(parser: Lark) -> object:
        try:
            return tokens(parser, text)
        except Exception as error:  # both must fail the same way
            return (type(error).__name__, getattr(error, "line", None), getattr(error, "column", None))

    assert run(FAST) == run(REFERENCE)


@pytest.mark.parametrize("path", law_files(), ids=lambda p: p.name)
def test_bundled_laws(path) -> None:
    same_tokens(path.read_text(encoding="utf-8"))


def test_errors_and_comments() -> None:
    same_tokens('lov "x"  # a\n# b\n§ 1. x er 2 ugerx\n')
    same_tokens('lov "x"\n§ 1. x er аlder\n')
    same_tokens("begreb x: heltal\n  \n\t# slut")


@settings(max_examples=60, deadline=None)
@given(laws)
def test_generated_laws(law) -> None:
    same_tokens(format_law(law))
