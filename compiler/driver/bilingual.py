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

from compiler.driver import click_da
from dsl.language import LANGUAGES, current

click_da.install()  # click's own words (usage errors, --help's furniture) in Danish

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


class _BilingualCommand(_Bilingual):
    """A command whose usage line names its options in the invocation's language (`[TILVALG]`)."""

    @property
    def options_metavar(self) -> str | None:  # type: ignore[override]
        return click_da.options_metavar()

    @options_metavar.setter
    def options_metavar(self, value: str | None) -> None:
        pass

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        """`--help`, its own help in the invocation's language (click keeps the option it made)."""
        help_option = super().get_help_option(ctx)  # type: ignore[misc]
        if help_option is not None:
            help_option.help = click_da.gettext("Show this message and exit.")
        return help_option  # type: ignore[no-any-return]


class Command(_BilingualCommand, click.Command):
    """A command with its help in Danish and English."""


class Group(_BilingualCommand, click.Group):
    """A group with its help in Danish and English."""

    @property
    def subcommand_metavar(self) -> str:
        return click_da.subcommand_metavar()

    @subcommand_metavar.setter
    def subcommand_metavar(self, value: str | None) -> None:
        pass


class Option(_Bilingual, click.Option):
    """An option with its help in Danish and English."""


def command(name: str, en: str) -> Callable[[Callable[..., Any]], Command]:
    """`@command("diff", "English help")` over a function whose docstring is the Danish help."""
    return click.command(name, cls=Command, help_en=en)  # type: ignore[return-value]


def option(*names: str, help: str, en: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`@option("--seed", help="Dansk", en="English", …)`: click.option with both helps."""
    return click.option(*names, cls=Option, help=help, help_en=en, **kwargs)
