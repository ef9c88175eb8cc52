"""Highlighting `.lov`: the token vocabulary every editor shares, and the Pygments lexer.

The vocabulary is read from the grammar (:mod:`dsl.grammar`): its keywords, period units
and number words. Keywords are sorted into highlighting classes by :data:`KEYWORD_CLASSES`;
a keyword the table does not know yet still gets the generic ``keyword`` class, so a
keyword added to the grammar cannot leave an editor behind. The Pygments lexer is built
from the vocabulary at import time; the VS Code, Vim and Emacs grammars are generated
from it by ``editors/generate.py``.

Pygments: ``pygmentize -l lov FILE`` (registered through the ``pygments.lexers`` entry
point). Periods in weeks and periods in other units are distinct token types
(``Number.Period.Weeks`` and ``Number.Period.Other``), so a style can mark the latter.
"""

from __future__ import annotations

import functools
import re

import attrs
from pygments.lexer import RegexLexer, bygroups, default
from pygments.style import Style
from pygments.styles.default import DefaultStyle
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Whitespace,
)

from dsl.grammar import keywords, number_words, terminal_definitions, units
from dsl.numbers import canonical_unit

# Highlighting class → keywords. Keywords not listed here are class "keyword".
KEYWORD_CLASSES: dict[str, frozenset[str]] = {
    "declaration": frozenset({"lov", "version", "begreb", "målgruppe", "målgrupperne", "inddeling", "resultat", "kapitel",
                             "testsag"}),
    "marker": frozenset({"§", "stk.", "nr.", "jf."}),
    "type": frozenset({"heltal", "sandhedsværdi", "beløb", "tekst", "valg", "af", "dato", "forløb", "kadence"}),
    "constant": frozenset({"ja", "nej"}),
    "operator": frozenset({"og", "eller", "ikke", "i"}),
}
CLASS_ORDER = ("declaration", "marker", "type", "constant", "operator", "keyword")

# Characters of a name (the grammar's NAME terminal); a word ends where these end.
NAME_CHARS = "a-zA-Z0-9æøåÆØÅ_"
NAME_PATTERN = "[a-zA-ZæøåÆØÅ_][a-zA-Z0-9æøåÆØÅ_]*"
SECNUM_PATTERN = r"[0-9]+(?: ?[a-zæø](?![a-zA-Z0-9æøåÆØÅ_]))?"


@attrs.frozen
class Word:
    """A keyword as written in the grammar; ``ignore_case`` for `"kapitel"i` and the like."""

    word: str
    ignore_case: bool


@attrs.frozen
class Vocabulary:
    """Everything a highlighter needs, read from the grammar."""

    keywords: dict[str, tuple[Word, ...]]  # class → keywords, longest first
    week_units: tuple[str, ...]
    other_units: tuple[str, ...]
    number_words: tuple[str, ...]

    def all_keywords(self) -> tuple[Word, ...]:
        return tuple(k for cls in CLASS_ORDER for k in self.keywords.get(cls, ()))


def _is_word(literal: str) -> bool:
    """A keyword is a word or a marker (`§`, `stk.`), not bare punctuation."""
    return any(c.isalpha() or c == "§" for c in literal)


def _case_insensitive_literals() -> frozenset[str]:
    found: set[str] = set()
    for definition in terminal_definitions().values():
        for literal, flag in re.findall(r'"([^"]+)"(i?)', definition):
            if flag:
                found.add(literal)
    return frozenset(found)


def _longest_first(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def vocabulary() -> Vocabulary:
    """The highlighting vocabulary of the current grammar."""
    insensitive = _case_insensitive_literals()
    classes: dict[str, list[Word]] = {cls: [] for cls in CLASS_ORDER}
    for word in keywords():
        if not _is_word(word):
            continue
        cls = next((c for c, ws in KEYWORD_CLASSES.items() if word in ws), "keyword")
        classes[cls].append(Word(word, word in insensitive))
    ordered = {
        cls: tuple(sorted(ks, key=lambda k: (-len(k.word), k.word))) for cls, ks in classes.items() if ks
    }
    week = [u for u in units() if canonical_unit(u) == "uge"]
    other = [u for u in units() if canonical_unit(u) != "uge"]
    return Vocabulary(ordered, _longest_first(week), _longest_first(other), _longest_first(number_words()))


# ---- regular expressions shared by the generated grammars ------------------------------


def _end(word: str) -> str:
    """The lookahead that ends a word: a dotted word (`stk.`) or `§` needs none."""
    return "" if not word[-1].isalnum() else f"(?![{NAME_CHARS}])"


def word_regex(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of whole words (Python/Oniguruma syntax), longest first."""
    parts = [re.escape(w) + _end(w) for w in _longest_first(list(words))]
    return "(?:" + "|".join(parts) + ")"


def keyword_regex(keywords_: tuple[Word, ...]) -> str:
    """An alternation of keywords, case-insensitive ones as `(?i:…)`."""
    parts = []
    for k in sorted(keywords_, key=lambda k: (-len(k.word), k.word)):
        body = re.escape(k.word)
        if k.ignore_case:
            body = f"(?i:{body})"
        parts.append(body + _end(k.word))
    return "(?:" + "|".join(parts) + ")"


def number_regex(v: Vocabulary) -> str:
    """The number of a period: digits or a number word (`seks måneder`)."""
    return r"(?:[0-9]+|" + "|".join(re.escape(w) for w in v.number_words) + ")"


# ---- Pygments ----------------------------------------------------------------------------

PERIOD_WEEKS = Number.Period.Weeks
PERIOD_OTHER = Number.Period.Other
AMOUNT = Number.Amount

TOKEN_OF_CLASS = {
    "declaration": Keyword.Declaration,
    "marker": Keyword.Namespace,
    "type": Keyword.Type,
    "constant": Keyword.Constant,
    "operator": Operator.Word,
    "keyword": Keyword,
}


def _root_rules() -> list[tuple[object, ...]]:
    v = vocabulary()
    ws = r"(\s*)"
    wss = r"(\s+)"
    number = number_regex(v)
    weeks = word_regex(v.week_units)
    other = word_regex(v.other_units)
    any_unit = word_regex(v.week_units + v.other_units)
    declaration = v.keywords["declaration"]
    kapitel = keyword_regex(tuple(k for k in declaration if k.word == "kapitel"))
    named_decl = keyword_regex(tuple(k for k in declaration if k.word in ("begreb", "resultat")))
    hver = keyword_regex(tuple(k for k in v.all_keywords() if k.word == "hver"))
    malgruppe = keyword_regex(tuple(k for k in declaration if k.word == "målgruppe"))
    rules: list[tuple[object, ...]] = [
        (r"\s+", Whitespace),
        (r"#\s*lov:\s*tillad\b[^\n]*", Comment.Special),
        (r"#[^\n]*", Comment.Single),
        ('"', String.Double, "string"),
        # Section and chapter numbers: `§ 44`, `stk. 2`, `nr. 3`, `kapitel 11`.
        (f"(§){ws}({SECNUM_PATTERN})", bygroups(Keyword.Namespace, Whitespace, Name.Label)),
        (rf"(stk\.|nr\.){ws}([0-9]+)", bygroups(Keyword.Namespace, Whitespace, Name.Label)),
        (f"({kapitel}){wss}({SECNUM_PATTERN})", bygroups(Keyword.Declaration, Whitespace, Name.Label)),
        # Periods: weeks and other units are distinct token types.
        (f"({hver}){wss}([0-9]+\\.){ws}({weeks})", bygroups(Keyword, Whitespace, PERIOD_WEEKS, Whitespace, PERIOD_WEEKS)),
        (f"({hver}){wss}([0-9]+\\.){ws}({other})", bygroups(Keyword, Whitespace, PERIOD_OTHER, Whitespace, PERIOD_OTHER)),
        (f"({number}){wss}({weeks})", bygroups(PERIOD_WEEKS, Whitespace, PERIOD_WEEKS)),
        (f"({number}){wss}({other})", bygroups(PERIOD_OTHER, Whitespace, PERIOD_OTHER)),
        (rf"([0-9]+(?:,[0-9]+)?){ws}(kr\.|kr(?![{NAME_CHARS}]))", bygroups(AMOUNT, Whitespace, AMOUNT)),
        (r"[0-9]+,[0-9]+", Number.Float),
        # A period type: `begreb ledighed: uger`.
        (f"(:){ws}({any_unit})", bygroups(Punctuation, Whitespace, Keyword.Type)),
        # Declared names.
        (f"({named_decl}){wss}({NAME_PATTERN})", bygroups(Keyword.Declaration, Whitespace, Name.Class)),
        (f"({malgruppe}){wss}([0-9]+){wss}({NAME_PATTERN})",
         bygroups(Keyword.Declaration, Whitespace, Number.Integer, Whitespace, Name.Class)),
    ]
    for cls in CLASS_ORDER:
        if cls in v.keywords:
            rules.append((keyword_regex(v.keywords[cls]), TOKEN_OF_CLASS[cls]))
    rules += [
        (r"[0-9]+", Number.Integer),
        (NAME_PATTERN, Name),
        (r"<=|>=|!=|[≤≥≠<>=+*-]", Operator),
        (r"[.,:()\[\]]", Punctuation),
    ]
    return rules


class LovLexer(RegexLexer):
    """Pygments lexer for `.lov` files (Danish rules-as-code laws)."""

    name = "lov"
    aliases = ["lov"]
    filenames = ["*.lov"]
    mimetypes = ["text/x-lov"]
    url = "https://github.com/"  # no public home yet
    flags = re.MULTILINE

    tokens = {
        "root": _root_rules(),
        "string": [
            (r'\\["\\]', String.Escape),
            (r'[^"\\\n]+', String.Double),
            ('"', String.Double, "#pop"),
            (r"\\", String.Double),
            default("#pop"),  # an unterminated string ends at the line's end
        ],
    }


class LovStyle(Style):
    """Pygments style `lov`: the default style, with every period not in weeks marked (red on
    pink, bold) and periods in weeks in green, so a reader sees at once what KL's afsnit 2.5
    forbids. `pygmentize -l lov -O style=lov -f html -O full laws/lab-2017.lov`; the CSS for a
    page: `pygmentize -S lov -f html -a .highlight`."""

    name = "lov"
    styles = {
        **DefaultStyle.styles,
        PERIOD_WEEKS: "#1a7f37",
        PERIOD_OTHER: "bold #b00020 bg:#ffe0e0",
    }
