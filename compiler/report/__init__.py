"""Stage *report*: what every page people read shares (:mod:`compiler.report.html`), and how a
law version is named in every report."""

from __future__ import annotations


def side_name(title: str | None, version: str | None, file: str) -> str:
    """`Title (version)`; the file when the law has no title, no `(…)` when it has no version."""
    name = title or file
    return f"{name} ({version})" if version else name
