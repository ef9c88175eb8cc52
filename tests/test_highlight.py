"""The Pygments lexer: no Error token on real laws or the reference's examples, each token
class where expected, every grammar keyword highlighted, and the entry point registered."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

import pytest
from hypothesis import given, settings
from pygments.token import Comment, Error, Keyword, Name, Number, Operator, String

from dsl.formatter import format_law
from dsl.grammar import keywords, number_words, units
from dsl.highlight import AMOUNT, PERIOD_OTHER, PERIOD_WEEKS, LovLexer, vocabulary
from tests.highlight_oracle import mismatches
from tests.kit import ROOT, law_files
from tests.strategies import laws

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None

SAMPLE = '''lov "Lov om en aktiv beskæftigelsesindsats (KL's skitse)"
version "2017-04"

begreb alder: heltal "Borgerens alder" kilde register "CPR"
begreb ledighed: uger "Sammenlagt ledighed" kilde register "Ydelsesrefusion"
begreb ydelse: valg af dagpenge, kontanthjælp "Ydelse" kilde borger

målgruppe 3 unge "Unge \\"under\\" 30":
    alder < 30 og ikke ydelse i (dagpenge)

resultat praktik_varighed: uger "Højeste varighed af virksomhedspraktik"
resultat sats: beløb

Kapitel 11 "Virksomhedspraktik"

§ 44 a "Varighed"
    stk. 1. praktik_varighed er 13 uger.
    stk. 2. praktik_varighed er 26 uger, hvis skøn "konkret individuel vurdering".
            Undtagelse til § 44 a, stk. 1.
§ 45. sats er 30,50 kr., hvis ledighed >= seks måneder eller ledighed = hver 7. dag, jf. § 44 a, stk. 2.
§ 47
    stk. 1. "Målgrupperne er:"
        nr. 1) For målgruppe unge er sats 40 kr. # lov: tillad U001
        nr. 2) "tekst". # en kommentar

testsag "Ung":
    givet alder = 27, ledighed = 10 uger, skøn "x" = ja
    forvent praktik_varighed = 26 uger, målgruppe unge = nej, sats = mangler alder
'''

LANGUAGE_EXAMPLES = re.findall(r"```lov\n(.*?)```", (ROOT / "dsl" / "LANGUAGE.md").read_text(encoding="utf-8"), re.S)


def tokens(text: str) -> list[tuple[object, str]]:
    return [(t, v) for t, v in LovLexer().get_tokens(text) if v.strip()]


def errors(text: str) -> list[str]:
    return [v for t, v in LovLexer().get_tokens(text) if t in Error]


PYGMENTS_CLASS = [  # most specific first
    (PERIOD_WEEKS, "period_weeks"), (PERIOD_OTHER, "period_other"), (AMOUNT, "amount"),
    (Keyword.Declaration, "declaration"), (Keyword.Namespace, "marker"), (Keyword.Type, "type"),
    (Keyword.Constant, "constant"), (Operator.Word, "operator"), (Keyword, "keyword"),
    (Name.Label, "section_number"), (Name, "name"), (String, "string"), (Comment, "comment"),
    (Number, "number"), (Operator, "operator_symbol"),
]


def pygments_classes(text: str) -> dict[tuple[int, int], str | None]:
    """The oracle's class of every character, as the lexer highlights it."""
    out: dict[tuple[int, int], str | None] = {}
    line, column = 1, 1
    for _, token, value in LovLexer().get_tokens_unprocessed(text):
        cls = next((c for t, c in PYGMENTS_CLASS if token in t), None)
        for char in value:
            out[(line, column)] = cls
            line, column = (line + 1, 1) if char == "\n" else (line, column + 1)
    return out


@pytest.mark.parametrize("path", law_files(), ids=lambda p: p.name)
def test_no_error_token_in_the_laws(path: Path) -> None:
    assert errors(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", law_files(), ids=lambda p: p.name)
def test_the_laws_are_highlighted_as_the_grammar_reads_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert mismatches(text, pygments_classes(text)) == []


def test_the_sample_is_highlighted_as_the_grammar_reads_it() -> None:
    assert mismatches(SAMPLE, pygments_classes(SAMPLE)) == []


@pytest.mark.parametrize("index", range(len(LANGUAGE_EXAMPLES)))
def test_no_error_token_in_the_language_reference(index: int) -> None:
    assert errors(LANGUAGE_EXAMPLES[index]) == []


def test_every_token_class_where_expected() -> None:
    found = tokens(SAMPLE)
    expected = [
        (Keyword.Declaration, "lov"),
        (Keyword.Declaration, "begreb"),
        (Name.Class, "alder"),
        (Keyword.Type, "heltal"),
        (Keyword.Type, "uger"),  # a period type after `:`
        (Keyword.Type, "valg"),
        (Keyword, "kilde"),
        (Keyword, "register"),
        (Keyword.Declaration, "målgruppe"),
        (Name.Class, "unge"),
        (String.Escape, '\\"'),
        (Operator, "<"),
        (Operator.Word, "og"),
        (Operator.Word, "ikke"),
        (Operator.Word, "i"),
        (Keyword.Declaration, "Kapitel"),  # case-insensitive in the grammar
        (Name.Label, "11"),
        (Keyword.Namespace, "§"),
        (Name.Label, "44 a"),
        (Keyword.Namespace, "stk."),
        (Name.Label, "2"),
        (PERIOD_WEEKS, "13"),
        (PERIOD_WEEKS, "uger"),
        (Keyword, "hvis"),
        (Keyword, "skøn"),
        (Keyword, "Undtagelse"),
        (Keyword, "til"),
        (AMOUNT, "30,50"),
        (AMOUNT, "kr."),
        (PERIOD_OTHER, "seks"),
        (PERIOD_OTHER, "måneder"),
        (Keyword, "hver"),
        (PERIOD_OTHER, "7."),
        (PERIOD_OTHER, "dag"),
        (Keyword.Namespace, "jf."),
        (Keyword.Namespace, "nr."),
        (Keyword, "For"),
        (Comment.Special, "# lov: tillad U001"),
        (Comment.Single, "# en kommentar"),
        (Keyword.Declaration, "testsag"),
        (Keyword, "givet"),
        (Keyword.Constant, "ja"),
        (Keyword, "forvent"),
        (Keyword.Constant, "nej"),
        (Keyword, "mangler"),
        (Name, "praktik_varighed"),
    ]
    missing = [pair for pair in expected if pair not in found]
    assert missing == []
    assert errors(SAMPLE) == []


def test_weeks_and_other_units_are_distinct_token_types() -> None:
    for unit in units():
        token_types = {t for t, v in tokens(f"§ 1. x er 3 {unit}.") if v in ("3", unit)}
        expected = PERIOD_WEEKS if unit.startswith("uge") else PERIOD_OTHER
        assert token_types == {expected}, unit
    for word in number_words():
        assert (PERIOD_OTHER, word) in tokens(f"§ 1. x er {word} måneder.")


def test_a_unit_is_not_a_period_without_a_number() -> None:
    assert (Name, "ugerne") in tokens("§ 1. ugerne er 3.")
    assert (Name, "dage_i_alt") in tokens("§ 1. dage_i_alt er 3.")


def test_every_grammar_keyword_is_highlighted_as_a_keyword() -> None:
    words = [w for w in keywords() if any(c.isalpha() or c == "§" for c in w)]
    assert words, "the grammar has keywords"
    covered = {k.word for k in vocabulary().all_keywords()}
    assert set(words) == covered
    for word in words:
        kinds = [t for t, v in tokens(f"x {word} y") if v == word]
        assert kinds and all(t in Keyword or t in Operator.Word for t in kinds), word


def test_look_alike_letters_are_errors() -> None:
    assert errors("begreb аlder: heltal") == ["а"]  # Cyrillic a


def test_lexing_keeps_the_text() -> None:
    assert "".join(v for _, v in LovLexer().get_tokens(SAMPLE)) == SAMPLE


@settings(max_examples=60, deadline=None)
@given(laws)
def test_any_formatted_law_is_highlighted_as_the_grammar_reads_it(law) -> None:  # type: ignore[no-untyped-def]
    text = format_law(law)
    assert errors(text) == [], text
    assert mismatches(text, pygments_classes(text)) == [], text


def test_entry_point_is_declared() -> None:
    if tomllib is None:
        pytest.skip("tomllib needs Python 3.11")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pygments.lexers"] == {"lov": "dsl.highlight:LovLexer"}


def test_pygments_finds_the_lexer_when_installed() -> None:
    try:
        metadata.distribution("lov")
    except metadata.PackageNotFoundError:
        pytest.skip("the lov package is not installed (pip install .), so its entry point is not registered")
    from pygments.lexers import get_lexer_by_name, get_lexer_for_filename

    assert type(get_lexer_by_name("lov")).__name__ == "LovLexer"
    assert type(get_lexer_for_filename("kl-2017.lov")).__name__ == "LovLexer"


def test_the_lov_style_marks_periods_not_in_weeks() -> None:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter

    from dsl.highlight import LovLexer, LovStyle

    html = highlight("§ 1. r er 6 måneder, hvis ledighed > 13 uger.\n", LovLexer(), HtmlFormatter(style=LovStyle, noclasses=True))
    html = html.lower()
    assert 'color: #b00020; font-weight: bold; background-color: #ffe0e0">måneder' in html
    assert 'color: #1a7f37">uger' in html and "#b00020" not in html.split("måneder", 1)[1]


def test_pygments_finds_the_style_when_installed() -> None:
    try:
        metadata.distribution("lov")
    except metadata.PackageNotFoundError:
        pytest.skip("the lov package is not installed (pip install .), so its entry point is not registered")
    from pygments.styles import get_style_by_name

    assert get_style_by_name("lov").__name__ == "LovStyle"
