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


def test_the_bundled_laws_are_in_canonical_form() -> None:
    """The laws pass their own `lov fmt --check` (what the lov-fmt hook runs)."""
    for path in law_files():
        text = path.read_text(encoding="utf-8")
        assert format_text(text, str(path)) == text, f"{path.name}: run lov fmt --skriv {path.name}"


def test_a_long_title_keeps_its_colon_and_text_keeps_its_punctuation() -> None:
    """Wrapping never leaves `:` alone on a line, nor puts a space before `.` or `,` after text."""
    title = "Borgere med behov for en jobrettet indsats i sammenhæng med anden indsats, herunder social indsats"
    law = (f'lov "T"\nbegreb a: sandhedsværdi kilde register "X"\nmålgruppe 1 g "{title}":\n    a\n'
           'resultat rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr: sandhedsværdi\n'
           '§ 1. rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr er a og a og a og a og a og a eller skøn "en ganske lang ordlyd af skønnet".\n')
    formatted = format_text(law)
    assert formatted is not None
    lines = formatted.splitlines()
    assert all(line.strip() not in (":", ".", ",") for line in lines)
    assert f'"{title}":' in formatted and '" .' not in formatted
