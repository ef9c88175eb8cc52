"""The language people read: Danish by default, English with `--sprog en`.

Diagnostics carry their two messages in the catalogue (:mod:`dsl.catalogue`); every other text a
person reads — reports, explanations, summaries, `--help` — is written at the place it is made,
both languages side by side, as ``t("Nøgletal", "Key figures")``. The command line sets the
language once per invocation (:func:`using`); machine-readable fields (JSON keys and tokens,
exit codes, generated identifiers) never depend on it.
"""

from __future__ import annotations

import contextlib
import contextvars
import difflib
from typing import Iterable, Iterator

__all__ = ["LANGUAGES", "current", "did_you_mean", "plural", "t", "using"]

LANGUAGES = ("da", "en")

_CURRENT: contextvars.ContextVar[str] = contextvars.ContextVar("lov_sprog", default="da")


def current() -> str:
    """The language texts are written in now: ``"da"`` or ``"en"``."""
    return _CURRENT.get()


def t(da: str, en: str) -> str:
    """The Danish or the English text, by the current language."""
    return en if _CURRENT.get() == "en" else da


def did_you_mean(word: str, candidates: Iterable[str], *, n: int = 1, quote: str = "'",
                 brackets: bool = False) -> tuple[str, str]:
    """The suggestion to append to a message about an unknown ``word``, in Danish and English:
    ``("; mente du 'alder'?", "; did you mean 'alder'?")`` (or `` (mente du …?)`` with
    ``brackets``), or two empty strings when no candidate is close."""
    close = difflib.get_close_matches(word, list(candidates), n=n, cutoff=0.6)
    if not close:
        return "", ""
    names = ", ".join(f"{quote}{c}{quote}" for c in close)
    if brackets:
        return f" (mente du {names}?)", f" (did you mean {names}?)"
    return f"; mente du {names}?", f"; did you mean {names}?"


def plural(n: int, da: tuple[str, str], en: tuple[str, str]) -> str:
    """``n`` with the singular or plural noun: ``plural(1, ("fejl", "fejl"), ("error", "errors"))``."""
    one, many = en if _CURRENT.get() == "en" else da
    return f"{n} {one if n == 1 else many}"


@contextlib.contextmanager
def using(lang: str) -> Iterator[None]:
    """Write texts in ``lang`` inside the block (``"da"`` or ``"en"``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    token = _CURRENT.set(lang)
    try:
        yield
    finally:
        _CURRENT.reset(token)
