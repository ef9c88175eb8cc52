"""Danish number words and period units: what `seks måneder` and `14 dage` mean.

Shared by the parser (values of periods), the week check (exact conversions) and the
plain-text scanner, so every stage reads a period the same way.
"""

from __future__ import annotations

from fractions import Fraction

NUMBER_WORDS: dict[str, int] = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20,
    "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80,
    "halvfems": 90, "hundrede": 100,
}

# Every spelling of a unit → its canonical singular.
UNITS: dict[str, str] = {}
for _canon, _forms in {
    "dag": ("dag", "dage", "dages", "dags"),
    "uge": ("uge", "uger", "ugers", "uges"),
    "måned": ("måned", "måneder", "måneders", "måneds", "md.", "mdr.", "mdrs."),
    "kalendermåned": ("kalendermåned", "kalendermåneder", "kalendermåneds"),
    "år": ("år", "års"),
}.items():
    for _form in _forms:
        UNITS[_form] = _canon

# How many weeks one unit is, for evaluation and for proposing a weeks value.
# Only days convert exactly; a month (52/12 weeks) and a year (52 weeks; some years
# have 53 ISO weeks) are conventions, which is why the law should say weeks.
WEEKS_PER_UNIT: dict[str, Fraction] = {
    "dag": Fraction(1, 7),
    "uge": Fraction(1),
    "måned": Fraction(52, 12),
    "kalendermåned": Fraction(52, 12),
    "år": Fraction(52),
}
EXACT_UNITS = frozenset({"dag", "uge"})


def canonical_unit(unit: str) -> str:
    """`mdr.` → `måned`, `uger` → `uge`; unknown spellings are returned lower-cased."""
    return UNITS.get(unit.lower(), unit.lower())


def number_value(text: str) -> int:
    """`13` → 13, `seks` → 6."""
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS[text.lower()]


def in_weeks(amount: int, unit: str) -> Fraction:
    """The length of `amount unit` in weeks under the documented conventions."""
    return amount * WEEKS_PER_UNIT[canonical_unit(unit)]


def weeks_value(amount: int, unit: str) -> int | Fraction:
    """As :func:`in_weeks`, but a whole number of weeks is an ``int``."""
    weeks = in_weeks(amount, unit)
    return int(weeks) if weeks.denominator == 1 else weeks
