"""The one-loop driver (:mod:`dsl.lalr`) builds exactly what lark's own parser builds, and
gives way to lark exactly where lark finds an error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsl import parser as dsl_parser
from dsl.formatter import format_law
from dsl.lalr import NotHere
from dsl.parser import parse
from tests.kit import law_files, located
from tests.strategies import laws


@contextmanager
def counted() -> Iterator[list[int]]:
    """Count the chunks the driver gave to lark (``[n]``)."""
    dsl_parser.prepare()
    fast = dsl_parser._per_thread.fast
    real = fast.parse
    gave_way = [0]

    def parse_(text: str) -> object:
        try:
            return real(text)
        except NotHere:
            gave_way[0] += 1
            raise

    fast.parse = parse_
    try:
        yield gave_way
    finally:
        del fast.parse


@contextmanager
def lark_only() -> Iterator[None]:
    """Every chunk parsed by lark itself."""
    dsl_parser.prepare()
    fast = dsl_parser._per_thread.fast

    def refuse(text: str) -> object:
        raise NotHere

    fast.parse = refuse
    try:
        yield
    finally:
        del fast.parse


def same(text: str) -> int:
    """Parse with the driver and with lark alone; the same trees, spans, comments and
    diagnostics. Returns how many chunks the driver left to lark."""
    with counted() as gave_way:
        ours = located(parse(text, "x.lov"))
    with lark_only():
        theirs = located(parse(text, "x.lov"))
    assert ours == theirs
    return gave_way[0]


@pytest.mark.parametrize("path", law_files(), ids=lambda p: p.name)
def test_bundled_laws(path) -> None:
    assert same(path.read_text(encoding="utf-8")) == 0  # they parse: lark is never asked


@settings(max_examples=80, deadline=None)
@given(laws)
def test_generated_laws(law) -> None:
    assert same(format_law(law)) == 0


_BREAKS = ["", "§", "stk.", ":", ",", ".", " er ", " uger", "(", ")", '"', "hvis", "99999999999999999999", "аlder"]


@settings(max_examples=150, deadline=None)
@given(laws, st.integers(0, 10_000), st.integers(0, 12), st.sampled_from(_BREAKS))
def test_broken_text_gives_way_where_lark_fails(law, at, cut, insert) -> None:
    text = format_law(law)
    at = at % (len(text) + 1)
    same(text[:at] + insert + text[at + cut:])


def test_errors_comments_and_context_keywords() -> None:
    assert same('lov "x"  # a\n# b\n§ 1. x er 2 ugerx\n') == 1
    assert same('lov "x"\n§ 1. x er аlder\n') == 1  # a Cyrillic а: no token at all
    assert same("begreb x: heltal\n  \n\t# slut") == 0
    # `uger` is a unit after a number and a name elsewhere: the lexer asks the parser's state.
    assert same('resultat uger: uger\n§ 1. uger er 2 uger, hvis uger > 1 uger.\n') == 0
    assert same("") == 0
