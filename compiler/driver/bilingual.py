"""Commands and options whose `--help` reads in the invocation's language.

Every command of `lov` takes `--sprog da|en` (or the environment variable ``LOV_SPROG``); the
language is read off the command line once, before click parses it (:func:`language_of`), so
that `lov diff --help --sprog en` is English although `--help` stops the parsing before
`--sprog` is reached. Each command and option carries its help in both languages, side by
side (``help=`` Danish, ``help_en=`` English); a test walks every command to see that none
lacks its English.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Sequence

import click

from dsl.language import LANGUAGES, current

ENVIRONMENT = "LOV_SPROG"


def language_of(args: Sequence[str]) -> str:
    """The language an invocation asks for: `--sprog X` / `--sprog=X`, else ``$LOV_SPROG``,
    else Danish. A value that is not a language is left for click to reject."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = arg.partition("=")[2] if arg.startswith("--sprog=") else \
            args[i + 1] if arg == "--sprog" and i + 1 < len(args) else None
        if value in LANGUAGES:
            return value
    env = os.environ.get(ENVIRONMENT, "")
    return env if env in LANGUAGES else "da"


class _Bilingual:
    """``help`` is the Danish text, or ``help_en`` when the language is English. Mixed in before
    the click class, whose constructor sets ``help``."""

    _help_da: str | None
    help_en: str | None

    def __init__(self, *args: Any, help_en: str | None = None, **kwargs: Any) -> None:
        self.help_en = help_en
        super().__init__(*args, **kwargs)

    @property
    def help(self) -> str | None:  # type: ignore[override]
        if current() == "en" and self.help_en:
            return self.help_en
        return self._help_da

    @help.setter
    def help(self, value: str | None) -> None:
        self._help_da = value


class Command(_Bilingual, click.Command):
    """A command with its help in Danish and English."""


class Group(_Bilingual, click.Group):
    """A group with its help in Danish and English."""


class Option(_Bilingual, click.Option):
    """An option with its help in Danish and English."""


def command(name: str, en: str) -> Callable[[Callable[..., Any]], Command]:
    """`@command("diff", "English help")` over a function whose docstring is the Danish help."""
    return click.command(name, cls=Command, help_en=en)  # type: ignore[return-value]


def option(*names: str, help: str, en: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`@option("--seed", help="Dansk", en="English", …)`: click.option with both helps."""
    return click.option(*names, cls=Option, help=help, help_en=en, **kwargs)
