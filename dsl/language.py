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
from typing import Iterator

__all__ = ["LANGUAGES", "current", "plural", "t", "using"]

LANGUAGES = ("da", "en")

_CURRENT: contextvars.ContextVar[str] = contextvars.ContextVar("lov_sprog", default="da")


def current() -> str:
    """The language texts are written in now: ``"da"`` or ``"en"``."""
    return _CURRENT.get()


def t(da: str, en: str) -> str:
    """The Danish or the English text, by the current language."""
    return en if _CURRENT.get() == "en" else da


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
