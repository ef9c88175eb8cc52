"""`lov fmt`: canonical, idempotent, tree-preserving, and comments survive."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from dsl.formatter import format_law, format_text
from dsl.parser import parse
from tests.kit import law_files
from tests.strategies import laws


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(laws)
def test_format_then_parse_gives_the_same_tree(law) -> None:
    text = format_law(law)
    result = parse(text, "gen.lov")
    assert result.diagnostics == (), (text, [d.message() for d in result.diagnostics])
    assert result.law == law


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(laws)
def test_format_is_idempotent(law) -> None:
    once = format_law(law)
    assert format_text(once) == once


def test_bundled_laws_are_formatted_idempotently() -> None:
    for path in law_files():
        text = path.read_text(encoding="utf-8")
        once = format_text(text, str(path))
        assert once is not None, path
        assert format_text(once, str(path)) == once
        assert parse(once).law == parse(text).law


MESSY = """# Loven
lov   "Test"  # titel
version "1"
begreb alder:heltal
   "Alder"   kilde register "CPR"
# om varighed
resultat varighed : uger
§ 44 "Varighed" stk. 1. varighed er 13 uger. stk. 2. varighed er 26 uger,hvis alder<30 undtagelse til § 44,stk. 1.  # undtagelse
testsag "x": givet alder=3 forvent varighed=26 uger
"""

CANONICAL = """# Loven
lov "Test"  # titel
version "1"

begreb alder: heltal "Alder" kilde register "CPR"

# om varighed
resultat varighed: uger

§ 44 "Varighed"
    stk. 1. varighed er 13 uger.
    stk. 2. varighed er 26 uger, hvis alder < 30.
        undtagelse til § 44, stk. 1.  # undtagelse

testsag "x":
    givet alder = 3
    forvent varighed = 26 uger
"""


def test_canonical_layout_keeps_comments() -> None:
    assert format_text(MESSY) == CANONICAL
    assert format_text(CANONICAL) == CANONICAL


def test_parentheses_only_where_precedence_needs_them() -> None:
    text = 'lov "x"\n\n§ 1. x er (a og b) eller ((c)), hvis ikke (d eller e) og (1 + 2) * 3 = 9 - (4 - 1).\n'
    out = format_text(text)
    assert out == 'lov "x"\n\n§ 1. x er a og b eller c, hvis ikke (d eller e) og (1 + 2) * 3 = 9 - (4 - 1).\n'


def test_syntax_errors_are_not_formatted() -> None:
    assert format_text('lov "x"\n§ 1. x 2.\n') is None


def test_long_prose_keeps_its_parts_on_hanging_lines() -> None:
    part = "a" * 60
    text = f'lov "x"\n\n§ 1. "{part}" "{part}"\n'
    out = format_text(text)
    assert out == f'lov "x"\n\n§ 1. "{part}"\n     "{part}"\n'
    assert format_text(out) == out
