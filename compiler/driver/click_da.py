"""Click's own words in Danish: its usage errors (`Fejl: Mangler argumentet 'PATHS...'.`) and the
furniture of `--help` (`Brug:`, `Tilvalg:`, `Vis denne hjælp og afslut.`).

Click marks each of its messages for translation with gettext (``_("Usage:")``, ``ngettext``)
and leaves the catalogue to the application. This module is lov's Danish catalogue: a table from
click's message to the Danish one, installed in click's modules by :func:`install`, and used while
the invocation's language is Danish (:func:`dsl.language.current`); in English click's own words
stand. A message the table does not have stays as click writes it. Messages about a path drop
click's `file`/`directory` word (it is fixed when the option is declared, in whatever language
was current then) and name the path alone.
"""

from __future__ import annotations

import importlib

from dsl.language import current

_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")

_DA: dict[str, str] = {
    "Usage:": "Brug:",
    "Options": "Tilvalg",
    "Commands": "Kommandoer",
    "Positional arguments": "Argumenter",
    "Show this message and exit.": "Vis denne hjælp og afslut.",
    "Show the version and exit.": "Vis versionen og afslut.",
    "default: {default}": "standard: {default}",
    "env var: {var}": "miljøvariabel: {var}",
    "(dynamic)": "(dynamisk)",
    "required": "påkrævet",
    "deprecated": "forældet",
    "Aborted!": "Afbrudt!",
    "Error: {message}": "Fejl: {message}",
    "Try '{command} {option}' for help.": "Se '{command} {option}' for hjælp.",
    "Invalid value: {message}": "Ugyldig værdi: {message}",
    "Invalid value for {param_hint}: {message}": "Ugyldig værdi for {param_hint}: {message}",
    "Missing argument": "Mangler argumentet",
    "Missing option": "Mangler tilvalget",
    "Missing parameter": "Mangler parameteren",
    "Missing {param_type}": "Mangler {param_type}",
    "Missing parameter: {param_name}": "Mangler parameteren: {param_name}",
    "Missing command.": "Mangler en kommando.",
    "No such option {name!r}.": "Tilvalget {name!r} findes ikke.",
    "No such command {name!r}.": "Kommandoen {name!r} findes ikke.",
    "Option {name!r} does not take a value.": "Tilvalget {name!r} tager ingen værdi.",
    "Argument {name!r} takes {nargs} values.": "Argumentet {name!r} tager {nargs} værdier.",
    "Value must be an iterable.": "Værdien skal være en samling af værdier.",
    "unknown error": "ukendt fejl",
    "Could not open file {filename!r}: {message}": "Kunne ikke åbne filen {filename!r}: {message}",
    "Choose from:\n\t{choices}": "Vælg mellem:\n\t{choices}",
    "{value!r} is not a valid {number_type}.": "{value!r} er ikke et gyldigt tal ({number_type}).",
    "{value} is not in the range {range}.": "{value} ligger uden for {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} er ikke en gyldig sandhedsværdi. Gyldige værdier: {states}",
    "{value!r} is not a valid UUID.": "{value!r} er ikke et gyldigt UUID.",
    "{name} {filename!r} does not exist.": "{filename!r} findes ikke.",
    "{name} {filename!r} is a file.": "{filename!r} er en fil.",
    "{name} {filename!r} is a directory.": "{filename!r} er en mappe.",
    "{name} {filename!r} is not readable.": "{filename!r} kan ikke læses.",
    "{name} {filename!r} is not writable.": "{filename!r} kan ikke skrives.",
    "{name} {filename!r} is not executable.": "{filename!r} kan ikke køres.",
    "Invalid start character for option ({option})": "Ugyldigt første tegn i tilvalget ({option})",
}

_DA_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Uventet ekstra argument ({args})", "Uventede ekstra argumenter ({args})"),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("Mente du {possibility}?", "(Mente du en af: {possibilities}?)"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} er ikke {choice}.", "{value!r} er ikke en af {choices}."),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("Tilvalget {name!r} kræver en værdi.", "Tilvalget {name!r} kræver {nargs} værdier."),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."):
        ("Tager {nargs} værdier, men fik 1.", "Tager {nargs} værdier, men fik {len}."),
    ("{len_type} values are required, but {len_value} was given.",
     "{len_type} values are required, but {len_value} were given."):
        ("{len_type} værdier kræves, men fik {len_value}.", "{len_type} værdier kræves, men fik {len_value}."),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."):
        ("{value!r} passer ikke til formatet {format}.", "{value!r} passer ikke til formaterne {formats}."),
}


def gettext(message: str) -> str:
    """Click's ``_(message)``: the Danish message while the language is Danish."""
    return _DA.get(message, message) if current() == "da" else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Click's ``ngettext``: the Danish singular or plural while the language is Danish."""
    da = _DA_PLURAL.get((singular, plural)) if current() == "da" else None
    one, many = da or (singular, plural)
    return one if n == 1 else many


def install() -> None:
    """Give click's modules this catalogue in place of gettext's."""
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


def options_metavar() -> str:
    """`[TILVALG]` in the usage line, `[OPTIONS]` in English."""
    return "[TILVALG]" if current() == "da" else "[OPTIONS]"


def subcommand_metavar() -> str:
    """`KOMMANDO [ARGUMENTER]...` in the group's usage line, `COMMAND [ARGS]...` in English."""
    return "KOMMANDO [ARGUMENTER]..." if current() == "da" else "COMMAND [ARGS]..."
