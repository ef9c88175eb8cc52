"""The one escape of a text literal (:mod:`dsl.literals`) agrees with the grammar: whatever the
words, the parser reads a quoted text back as those words, and the formatter writes it so."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dsl.formatter import format_text
from dsl.literals import LITERAL, quote, unquote
from dsl.parser import parse

WORDS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=30)


@given(WORDS)
def test_a_quoted_text_is_read_back_as_its_words(words: str) -> None:
    assert unquote(quote(words)) == words
    parsed = parse(f"lov {quote(words)}\n")
    assert not parsed.diagnostics
    (title,) = parsed.law.items
    assert title.text.value == words


@given(WORDS)
def test_the_formatter_writes_a_text_as_quote_does(words: str) -> None:
    assert format_text(f"lov {quote(words)}\n") == f"lov {quote(words)}\n"


def test_backslashes_and_quotation_marks() -> None:
    assert quote('a "b" \\c') == '"a \\"b\\" \\\\c"'
    assert unquote('"\\\\\\""') == '\\"'


@given(WORDS)
def test_the_literal_pattern_finds_a_quoted_text_whole(words: str) -> None:
    """:data:`dsl.literals.LITERAL`, which amending acts use to find texts, is the grammar's STRING."""
    text = f"stk. 1. {quote(words)} {quote(words[::-1])}"
    assert [unquote(m) for m in LITERAL.findall(text)] == [words, words[::-1]]


def test_the_literal_pattern_is_the_grammars() -> None:
    import re
    from pathlib import Path

    grammar = (Path(__file__).parent.parent / "grammar" / "lov.lark").read_text(encoding="utf-8")
    (pattern,) = re.findall(r"^STRING: /(.*)/$", grammar, flags=re.MULTILINE)
    assert LITERAL.pattern == pattern
