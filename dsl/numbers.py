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
    if text.isascii() and text.isdigit():
        return int(text)
    return NUMBER_WORDS[text.lower()]


def in_weeks(amount: int, unit: str) -> Fraction:
    """The length of `amount unit` in weeks under the documented conventions."""
    return amount * WEEKS_PER_UNIT[canonical_unit(unit)]


def weeks_value(amount: int, unit: str) -> int | Fraction:
    """As :func:`in_weeks`, but a whole number of weeks is an ``int``."""
    if canonical_unit(unit) == "uge":
        return amount
    weeks = in_weeks(amount, unit)
    return int(weeks) if weeks.denominator == 1 else weeks


def calendar_months(amount: int, unit: str) -> int | None:
    """How many calendar months `amount unit` is when it moves a date (`6 måneder` → 6, `1 år` →
    12); None for days and weeks, which move a date by an exact number of days."""
    canon = canonical_unit(unit)
    if canon in ("måned", "kalendermåned"):
        return amount
    if canon == "år":
        return 12 * amount
    return None


# ---- law text as published (read by the plain-text scanner, compiler/checks/textscan.py) ----
# Units that Danish law text uses but the language does not accept: the scanner reports
# them too. Kept apart from UNITS so that the grammar's vocabulary stays as it is.
PROSE_UNITS: dict[str, str] = {}
for _canon, _forms in {
    "dag": ("kalenderdag", "kalenderdage", "kalenderdages"),
    "måned": ("mdr", "mdrs", "mnd", "mnd."),
    "hverdag": ("hverdag", "hverdage", "hverdages", "arbejdsdag", "arbejdsdage", "arbejdsdages"),
    "kvartal": ("kvartal", "kvartaler", "kvartals", "kvartalers"),
    "halvår": ("halvår", "halvårs"),
}.items():
    for _form in _forms:
        PROSE_UNITS[_form] = _canon

# A working day is a fifth of a week, a quarter 13 and a half-year 26 weeks: conventions
# again (holidays and calendars differ), so none of them is exact.
WEEKS_PER_UNIT.update({"hverdag": Fraction(1, 5), "kvartal": Fraction(13), "halvår": Fraction(26)})

# Plural forms: after an ordinal ("6. mdr.") they show a mistyped cardinal, not a rank.
PLURAL_FORMS = frozenset(
    {"dage", "måneder", "kalendermåneder", "mdr.", "mdrs.", "kalenderdage", "hverdage", "arbejdsdage", "kvartaler"}
)

# Ordinal words of cadences: "hver anden måned", "hvert tredje år".
ORDINAL_WORDS: dict[str, int] = {
    "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7,
    "ottende": 8, "niende": 9, "tiende": 10, "tolvte": 12, "fjortende": 14,
}

# Fractions written in words or with ½: "et halvt år", "halvandet år", "1½ år".
FRACTION_WORDS: dict[str, Fraction] = {
    "en halv": Fraction(1, 2), "et halvt": Fraction(1, 2), "halvandet": Fraction(3, 2),
    "et kvart": Fraction(1, 4), "en kvart": Fraction(1, 4),
}


def any_unit(word: str) -> str | None:
    """The canonical unit of a spelling the language or law text uses; None if it is no unit."""
    lower = word.lower()
    return UNITS.get(lower) or PROSE_UNITS.get(lower)


def amount_value(text: str) -> Fraction:
    """`6` → 6, `2,5` → 5/2, `1½` → 3/2, `1.000` → 1000, `seks` → 6, `et halvt` → 1/2."""
    lower = " ".join(text.lower().split())
    if lower in FRACTION_WORDS:
        return FRACTION_WORDS[lower]
    if lower in ("én", "ét"):
        return Fraction(1)
    if lower in NUMBER_WORDS:
        return Fraction(NUMBER_WORDS[lower])
    half = lower.endswith("½")
    digits = lower.rstrip("½")
    value = Fraction(0)
    if digits:
        if "." in digits:
            value = Fraction(int(digits.replace(".", "")))
        else:
            value = Fraction(digits.replace(",", "."))
    return value + (Fraction(1, 2) if half else 0)
