"""The kinds the law model distinguishes, as enumerations: a value's type and an outcome.

Each member's value is the word the language uses (`heltal`, `ingen regel`), so a kind prints,
formats and serialises as that word and compares equal to it; code compares kinds by member.
"""

from __future__ import annotations

import enum


class _Word(str, enum.Enum):
    """A kind whose value is a word of the language."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class TypeKind(_Word):
    """The type of a `begreb` or `resultat` (see LANGUAGE.md)."""

    INTEGER = "heltal"
    BOOLEAN = "sandhedsværdi"
    AMOUNT = "beløb"
    WEEKS = "uger"
    TEXT = "tekst"
    CHOICE = "valg"
    DATE = "dato"
    HISTORY = "forløb"
    CADENCE = "kadence"

    @property
    def ordered(self) -> bool:
        """Whether values of this kind compare with `<` (heltal, uger, beløb, dato)."""
        return self in (TypeKind.INTEGER, TypeKind.WEEKS, TypeKind.AMOUNT, TypeKind.DATE)

    @property
    def comparable(self) -> bool:
        """Whether values of this kind compare with `=` (all but forløb and kadence)."""
        return self not in (TypeKind.HISTORY, TypeKind.CADENCE)


class OutcomeKind(_Word):
    """What a result comes to for a citizen (SEMANTICS.md), as `forvent` writes it."""

    VALUE = "værdi"
    JUDGMENT = "skøn"
    CONFLICT = "konflikt"
    MISSING = "mangler"
    NO_RULE = "ingen regel"
    #: A date the calendar cannot fix (31 January + 1 month): the value carries both candidates.
    AMBIGUOUS = "tvetydig"


class SourceKind(_Word):
    """Where a `begreb`'s value comes from (`kilde register "…"`, `kilde borger`, `kilde skøn "…"`)."""

    REGISTER = "register"
    CITIZEN = "borger"
    JUDGMENT = "skøn"
