"""The Danish words every report format uses, in one place."""

from __future__ import annotations

from compiler.diff.structure import (
    ADDED,
    CHANGED,
    MOVED,
    REMOVED,
    SectionChange,
    StkChange,
)

CHANGE = {ADDED: "tilføjet", REMOVED: "fjernet", CHANGED: "ændret", MOVED: "flyttet"}
SIGN = {ADDED: "+", REMOVED: "-", CHANGED: "~", MOVED: "→"}


def section_heading(s: SectionChange) -> str:
    """`§ 44 er ændret`, `§ 44 er flyttet til § 12`, `§ 12 er tilføjet`, `§ 9 er fjernet`."""
    if s.change == MOVED:
        text = f"{s.old_label} er flyttet til {s.new_label}"
        if s.stks or s.title_changed:
            text += " og ændret"
        return text
    if s.change == ADDED:
        return f"{s.new_label} er tilføjet"
    if s.change == REMOVED:
        return f"{s.old_label} er fjernet"
    return f"{s.old_label} er ændret"


def stk_heading(s: StkChange) -> str:
    """`stk. 2 ændret`; the implicit stk. of a § without stk. is `teksten`."""
    label = s.new_label if s.new_label is not None else s.old_label
    if s.old_label is not None and s.new_label is not None and s.old_label != s.new_label:
        label = f"{s.old_label or 'teksten'} → {s.new_label or 'teksten'}"
    return f"{label or 'teksten'} {CHANGE[s.change]}"


def signed(n: int) -> str:
    """`+3`, `-2`, `0`."""
    return f"+{n}" if n > 0 else str(n)


def count(n: int | None) -> str:
    return "–" if n is None else str(n)


def side_name(title: str | None, version: str | None, file: str) -> str:
    name = title or file
    return f"{name} ({version})" if version else name
