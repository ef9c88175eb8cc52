"""Stage *report*: what every page people read shares (:mod:`compiler.report.html`), and how a
law version is named in every report."""

from __future__ import annotations

from dsl.language import plural, t


def side_name(title: str | None, version: str | None, file: str) -> str:
    """`Title (version)`; the file when the law has no title, no `(…)` when it has no version."""
    name = title or file
    return f"{name} ({version})" if version else name


def errors_note(errors: int, side: tuple[str, str] | None = None) -> str | None:
    """What a report says of a version whose text could not all be read (``errors``: those of
    the front end): its figures rest on what could be (``side``: which version, `nye`/`new`;
    none for the one law of `lov stats`)."""
    if not errors:
        return None
    counted = plural(errors, ("fejl", "fejl"), ("error", "errors"))
    if side is None:
        return t(f"bemærk: loven har {counted}; tallene bygger på det, der kunne læses",
                 f"note: the law has {counted}; the figures rest on what could be read")
    return t(f"bemærk: den {side[0]} version har {counted}; tallene bygger på det, der kunne læses",
             f"note: the {side[1]} version has {counted}; the figures rest on what could be read")
