"""The one escape of a text literal (:mod:`dsl.literals`) agrees with the grammar: whatever the
words, the parser reads a quoted text back as those words, and the formatter writes it so."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dsl.formatter import format_text
from dsl.literals import quote, unquote
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
