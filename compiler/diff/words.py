"""The words every report format uses, in one place (Danish, or English under `--sprog en`)."""

from __future__ import annotations

from compiler.diff.structure import (
    ADDED,
    CHANGED,
    MOVED,
    REMOVED,
    SectionChange,
    StkChange,
)
from dsl.language import t

_CHANGE = {ADDED: ("tilføjet", "added"), REMOVED: ("fjernet", "removed"), CHANGED: ("ændret", "changed"),
           MOVED: ("flyttet", "moved")}


def change(kind: str) -> str:
    """`tilføjet`, `fjernet`, `ændret`, `flyttet` (or their English)."""
    return t(*_CHANGE[kind])


SIGN = {ADDED: "+", REMOVED: "-", CHANGED: "~", MOVED: "→"}


def section_heading(s: SectionChange) -> str:
    """`§ 44 er ændret`, `§ 44 er flyttet til § 12`, `§ 12 er tilføjet`, `§ 9 er fjernet`."""
    if s.change == MOVED:
        text = t(f"{s.old_label} er flyttet til {s.new_label}", f"{s.old_label} moved to {s.new_label}")
        if s.stks or s.title_changed:
            text += t(" og ændret", " and changed")
        return text
    if s.change == ADDED:
        return t(f"{s.new_label} er tilføjet", f"{s.new_label} added")
    if s.change == REMOVED:
        return t(f"{s.old_label} er fjernet", f"{s.old_label} removed")
    return t(f"{s.old_label} er ændret", f"{s.old_label} changed")


def stk_heading(s: StkChange) -> str:
    """`stk. 2 ændret`; the implicit stk. of a § without stk. is `teksten`."""
    text = t("teksten", "the text")
    label = s.new_label if s.new_label is not None else s.old_label
    if s.old_label is not None and s.new_label is not None and s.old_label != s.new_label:
        label = f"{s.old_label or text} → {s.new_label or text}"
    return f"{label or text} {change(s.change)}"


def signed(n: int) -> str:
    """`+3`, `-2`, `0`."""
    return f"+{n}" if n > 0 else str(n)


def count(n: int | None) -> str:
    return "–" if n is None else str(n)
