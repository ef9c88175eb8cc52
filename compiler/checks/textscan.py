"""Plain-text mode: periods that are not in weeks, in Danish law text as published.

KL's full proposal, afsnit 2.5: "Alle regler om perioder og tidsfrister skal angive et
antal uger og aldrig dage, måneder, kalendermåneder eller år." `lov check --tekst FILE…`
reads a consolidated act (or any Danish text) and reports each period phrase that is not
in weeks as U001, at the line and column where the phrase starts. The same scanner reads
the strings of a `.lov` file (compiler/checks/weeks.py), so a period reads the same in
both places. The full list of decisions, with examples that a test checks, is in
``compiler/PERIODS.md``.

A period is a number and a unit:

- numbers: digits (`6`, `2,5`, `1½`, `1.000`), number words (`seks`, `en`, `et`, `én`),
  fractions in words (`et halvt`, `en halv`, `halvandet`, `et kvart`), and ranges
  (`3-6 måneder`, `3–6`, `4/6`, `6 og 12 måneder`, `3 til 6`, `en eller to`), reported
  once from the first number;
- units, any form (singular, plural, genitive: `måned`, `måneder`, `måneders`, `måneds`),
  abbreviations (`md.`, `mdr.`, `mdrs.`, `mdr`, `mnd.`), `dag`, `kalenderdag`, `hverdag`,
  `arbejdsdag`, `kalendermåned`, `år`, `kvartal`, `halvår`; joined by a space, a line
  break or a hyphen (`6-måneders`);
- cadences: `hver 7. dag`, `hvert 2. år`, `hver anden måned`, `hvert halve år`;
- a plural unit after a number with a full stop (`Mere end 6. mdr. ledighed`) is a
  mistyped cardinal and is reported; an ordinal with a singular unit names a point in
  time (`den 14. dag`, `3. kvartal`) and is not;
- a word split at the end of a line by a hyphen (`kalendermå-` / `neder`) is read whole.

Not reported:

- weeks, in any form (`13 uger`, `seks ugers`, `hver 4. uge`, `4/13 uger`);
- ages: a number of years of 15 or more (no period in employment law is that long, and
  ages there start at 15: `under 30 år`, `fyldt 25 år`, `16-66 år`, `>50 år`, `unge op
  til 29 år`), and a smaller number of years after `fyldt`, `fylder` or `alder(en)` or
  before `gammel`/`gamle`. Adjectives such as `25-årige` or `2-årig` are not read (the
  same word is an age or a length);
- numbers that are not amounts: after `§`, `stk.`, `nr.`, `kapitel`, `kap.`, `bilag`,
  `pkt.`, `litra` or `afsnit` (`§ 2 år` cannot occur, but `stk. 2 og 3 måneder` could);
- dates (`1. januar 2017`, `2011-2015`): they carry no unit;
- a unit with no number that is no cadence (`pr. måned`, `få dage`, `i måneder`): there is
  no length to convert; say it in weeks in the law.

Periods in words are reported too: cadence adverbs (`årligt`, `halvårligt`, `kvartalsvis`,
`månedligt`, `dagligt`, `én gang årligt`, `to gange årligt`), `hver`/`hvert` before a bare
unit (`hver måned`, `hvert år`) and `inden for den første måned`; `ugentligt` and `hver uge`
are weeks.

Decided: the length of an education (`2 år`, `en uddannelse på 2 år`) IS a period.
KL's rule covers every period a rule states, and an education's length is compared
against when a rule applies (bilag 5.7: "op til 2 år"); write it in weeks (`104 uger`)
or allow the finding with `# lov: tillad U001`.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import Iterable

import attrs

from compiler.checks.lawtext import LineIndex
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.numbers import (
    EXACT_UNITS,
    FRACTION_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PLURAL_FORMS,
    PROSE_UNITS,
    UNITS,
    WEEKS_PER_UNIT,
    amount_value,
    any_unit,
)
from dsl.spans import Span

AGE_FROM_YEARS = 15


@attrs.frozen
class PeriodPhrase:
    """A period found in text. Offsets index the scanned text; ``end`` is exclusive."""

    start: int
    end: int
    text: str
    amount: Fraction
    unit: str
    high: Fraction | None = None
    cadence: bool = False


# ---- the pattern -------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_NOT_AFTER = r"(?<![\w.,/½–-])"
_END = r"(?![\w])"
# At most 15 digits (like the language's numbers, dsl.parser.MAX_DIGITS): a longer run of digits
# is not a period, and exact arithmetic on it stays instant.
_NUMBER = r"(?<![0-9])(?:[0-9]{1,3}(?:\.[0-9]{3}){1,4}(?![0-9,])|[0-9]{1,15}(?:,[0-9]{1,15})?(?![0-9])½?|½)"
_WORD = rf"(?:{_alternation([*NUMBER_WORDS, 'én', 'ét'])}){_END}"
_FRACTION_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(FRACTION_WORDS, key=len, reverse=True))
_FRACTION = rf"(?:{_FRACTION_WORDS}){_END}"
_ALL_UNITS = [*UNITS, *PROSE_UNITS]
_UNIT = "|".join(
    [_alternation(u for u in _ALL_UNITS if u.endswith("."))]
    + [rf"(?:{_alternation(u for u in _ALL_UNITS if not u.endswith('.'))}){_END}"]
)
_PLURAL = "|".join(
    [_alternation(u for u in PLURAL_FORMS if u.endswith("."))]
    + [rf"(?:{_alternation(u for u in PLURAL_FORMS if not u.endswith('.'))}){_END}"]
)
_ORDINAL_WORD = rf"(?:{_alternation([*ORDINAL_WORDS, 'halve'])}){_END}"

_PERIOD = re.compile(
    rf"""
    (?P<cadence>(?<![\w])hvert?\s+(?:(?P<ord>[0-9]+)\.|(?P<ordw>{_ORDINAL_WORD}))\s+(?P<cunit>{_UNIT}))
  | {_NOT_AFTER}(?P<typo>[0-9]+)\.[ \t]+(?P<punit>{_PLURAL})
  | {_NOT_AFTER}(?P<n1>{_NUMBER}|{_FRACTION}|{_WORD})
      (?:(?P<sep>\s*[-–/]\s*|\s+(?:til|eller|og)\s+)(?P<n2>{_NUMBER}|{_WORD}))?
      (?P<gap>\s+|-)(?P<unit>{_UNIT})
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Periods in words, without a number: a cadence adverb (`årligt`, `to gange årligt`,
# `kvartalsvis`), `hver`/`hvert` before a bare unit (`hver måned`), and `inden for den første
# måned`. Weeks (`ugentligt`, `hver uge`) are read and then left alone like `13 uger`.
ADVERBS = {"dagligt": "dag", "ugentligt": "uge", "månedligt": "måned", "kvartalsvis": "kvartal",
           "halvårligt": "halvår", "årligt": "år"}
_WORDED = re.compile(
    rf"""
    (?<![\w])(?:(?P<times>{_NUMBER}|{_WORD})\s+gange?\s+)?(?P<adverb>{_alternation(ADVERBS)}){_END}
  | (?<![\w])hvert?\s+(?P<eunit>{_UNIT})
  | (?<![\w])(?:inden\s+for|indenfor)\s+(?:den|det)\s+første\s+(?P<funit>{_UNIT})
    """,
    re.IGNORECASE | re.VERBOSE,
)

_NOT_AN_AMOUNT = re.compile(
    r"(?:§§?|\bstk\.|\bnr\.|\bkapitel|\bkap\.|\bbilag|\bpkt\.|\bpunkt|\blitra|\bafsnit)\s*$", re.IGNORECASE
)
_AGE_BEFORE = re.compile(r"\b(?:fyldt|fylder|fyldte|fylde|alder|alderen)\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+(?:gammel|gamle)\b", re.IGNORECASE)
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])(?:-|\u00ad)[ \t]*\r?\n[ \t]*(?=[^\W\d_A-ZÆØÅ])")


# ---- scanning ----------------------------------------------------------------------------


def unhyphenate(text: str) -> tuple[str, list[int]]:
    """Join words split by a hyphen at the end of a line.

    Returns the joined text and, for every character of it plus its end, the offset in
    ``text`` it came from.
    """
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in _LINE_HYPHEN.finditer(text):
        out.append(text[pos : match.start()])
        origin.extend(range(pos, match.start()))
        pos = match.end()
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(out), origin


def find_periods(text: str) -> list[PeriodPhrase]:
    """Every period in ``text`` that is not in weeks, in order (see the module doc)."""
    return list(_periods(text))


@functools.lru_cache(maxsize=1 << 16)
def _periods(text: str) -> tuple[PeriodPhrase, ...]:
    """:func:`find_periods`, remembered by text: the language server analyses a law again after
    every edit, and all its texts but the edited ones are those of the last analysis."""
    joined, origin = unhyphenate(text)
    phrases = [p for p in (_phrase(joined, m) for m in _PERIOD.finditer(joined)) if p is not None]
    numbered = [(p.start, p.end) for p in phrases]
    for match in _WORDED.finditer(joined):
        phrase = _worded(match)
        if phrase is not None and not any(a < phrase.end and phrase.start < b for a, b in numbered):
            phrases.append(phrase)
    phrases.sort(key=lambda p: p.start)
    return tuple(attrs.evolve(p, start=origin[p.start], end=origin[p.end - 1] + 1) for p in phrases)


def _worded(m: re.Match[str]) -> PeriodPhrase | None:
    """A period in words (:data:`_WORDED`), or None when it is in weeks."""
    written = " ".join(m.group(0).split())
    if m.group("adverb"):
        unit = ADVERBS[m.group("adverb").lower()]
        times = amount_value(m.group("times")) if m.group("times") else Fraction(1)
        if unit == "uge" or times == 0:
            return None
        return PeriodPhrase(m.start(), m.end(), written, 1 / times, unit, cadence=True)
    named = any_unit(m.group("eunit") or m.group("funit"))
    if named is None or named == "uge":
        return None
    return PeriodPhrase(m.start(), m.end(), written, Fraction(1), named, cadence=bool(m.group("eunit")))


def _phrase(text: str, m: re.Match[str]) -> PeriodPhrase | None:
    written = " ".join(m.group(0).split())
    if m.group("cadence"):
        unit = any_unit(m.group("cunit"))
        if m.group("ord"):
            amount = Fraction(int(m.group("ord")))
        else:
            word = m.group("ordw").lower()
            amount = Fraction(1, 2) if word == "halve" else Fraction(ORDINAL_WORDS[word])
        if unit is None or unit == "uge" or amount == 0:
            return None
        return PeriodPhrase(m.start(), m.end(), written, amount, unit, cadence=True)
    before = text[max(0, m.start() - 40) : m.start()]
    if _NOT_AN_AMOUNT.search(before):
        return None
    if m.group("typo"):
        if not m.group("punit").islower():
            return None
        unit = any_unit(m.group("punit"))
        assert unit is not None
        return PeriodPhrase(m.start(), m.end(), written, Fraction(int(m.group("typo"))), unit)
    unit_text = m.group("unit")
    unit = any_unit(unit_text)
    if unit is None or unit == "uge":
        return None
    if "\n" in m.group("gap") and not unit_text.islower():
        return None  # a number ending one line and a capitalised word starting the next
    amount = amount_value(m.group("n1"))
    high = amount_value(m.group("n2")) if m.group("n2") else None
    if unit == "år" and _is_age(text, m, amount):
        return None
    if amount == 0 and not high:
        return None
    return PeriodPhrase(m.start(), m.end(), written, amount, unit, high=high)


def _is_age(text: str, m: re.Match[str], amount: Fraction) -> bool:
    if amount >= AGE_FROM_YEARS:
        return True
    if _AGE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return True
    return bool(_AGE_AFTER.match(text, m.end()))


# ---- what the finding says ---------------------------------------------------------------


def _number(value: Fraction) -> str:
    """Danish notation: whole numbers as such, others with one decimal (`4,3`)."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.1f}".replace(".", ",")


def _number_en(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.1f}"


def proposal(phrase: PeriodPhrase) -> tuple[str, str]:
    """What to write instead, in Danish and English. Exact only where it is exact."""
    per = WEEKS_PER_UNIT[phrase.unit]
    low = phrase.amount * per
    high = phrase.high * per if phrase.high is not None else None

    def weeks(fmt=_number) -> str:
        return fmt(low) if high is None else f"{fmt(low)}-{fmt(high)}"

    whole = low.denominator == 1 and (high is None or high.denominator == 1)
    if phrase.unit in EXACT_UNITS and whole:
        if phrase.cadence:
            return (f"det er præcis hver {weeks()}. uge; skriv hver {weeks()}. uge",
                    f"that is exactly every {weeks(_number_en)} weeks; write hver {weeks()}. uge")
        return (f"det er præcis {weeks()} uger; skriv {weeks()} uger",
                f"that is exactly {weeks(_number_en)} weeks; write {weeks()} uger")
    if phrase.unit in EXACT_UNITS:
        return (f"det er {weeks()} uger, ikke et helt antal uger; vælg antallet af uger",
                f"that is {weeks(_number_en)} weeks, not a whole number of weeks; choose the number of weeks")
    if phrase.cadence:
        return (f"ca. {weeks()} uger mellem gangene, ikke eksakt; vælg antallet af uger",
                f"about {weeks(_number_en)} weeks apart, not exact; choose the number of weeks")
    if phrase.unit == "år" and phrase.amount == 1 and high is None:
        return ("52 eller 53 uger, ikke eksakt; vælg antallet af uger",
                "52 or 53 weeks, not exact; choose the number of weeks")
    why = {"år": (" (et år er 52 eller 53 uger)", " (a year is 52 or 53 weeks)"),
           "hverdag": (" (helligdage flytter hverdagene)", " (holidays move working days)")}.get(phrase.unit, ("", ""))
    return (f"ca. {weeks()} uger, ikke eksakt{why[0]}; vælg antallet af uger",
            f"about {weeks(_number_en)} weeks, not exact{why[1]}; choose the number of weeks")


def period_diagnostic(phrase: PeriodPhrase, span: Span) -> Diagnostic:
    """The U001 finding for ``phrase`` at ``span``."""
    da, en = proposal(phrase)
    return diagnostic("U001", span, period=phrase.text, proposal=da, proposal_en=en)


def scan_source(text: str, file: str) -> list[Diagnostic]:
    """`lov check --tekst`: every non-week period in a plain text, as U001 diagnostics."""
    index = LineIndex(text)
    return [period_diagnostic(p, index.span(file, p.start, p.end)) for p in find_periods(text)]
