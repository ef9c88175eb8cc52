"""`lov fmt PATH…`: print the canonical layout; `--check`, `--diff`, `--skriv`."""

from __future__ import annotations

import difflib
import shlex
import sys

import click

from compiler.driver.bilingual import command, option
from compiler.driver.common import fail_input, say, sprog_option, write_file
from dsl.formatter import format_text
from dsl.language import t
from dsl.parser import parse
from dsl.render import render_text
from dsl.sources import STDIN, InputError, expand_paths, read_source


@command("fmt", "Print .lov files in canonical layout (comments are kept).")
@click.argument("paths", nargs=-1, required=True, metavar="STI...")
@option("--check", "check_only", is_flag=True, help="Skriv intet; exit 1 hvis en fil ville blive ændret.",
        en="Write nothing; exit 1 if a file would be changed.")
@option("--diff", "show_diff", is_flag=True, help="Vis ændringerne som unified diff.",
        en="Show the changes as a unified diff.")
@option("--skriv", "write", is_flag=True, help="Skriv den formaterede tekst tilbage i filerne.",
        en="Write the formatted text back to the files.")
@sprog_option
def fmt_command(paths: tuple[str, ...], check_only: bool, show_diff: bool, write: bool) -> None:
    """Udskriv .lov-filer i kanonisk form (kommentarer bevares)."""
    try:
        files = expand_paths(list(paths))
    except InputError as error:
        fail_input(error.diagnostic.message())
    if write and STDIN in files:
        fail_input(t("--skriv skriver tilbage i filerne; standard input (-) har ingen fil: udelad --skriv",
                     "--skriv writes back to the files; standard input (-) has none: leave out --skriv"))
    changed = False
    broken = False
    for path in files:
        try:
            source = read_source(path)
        except InputError as error:
            fail_input(error.diagnostic.message())
        if source.text is None or source.diagnostics:
            say(render_text(source.diagnostics, {path: source.text}), err=True, nl=False)
            broken = True
            continue
        formatted = format_text(source.text, path)
        if formatted is None:
            say(render_text(parse(source.text, path).diagnostics, {path: source.text}), err=True, nl=False)
            broken = True
            continue
        if formatted != source.text:
            changed = True
            if show_diff:
                click.echo(
                    "".join(
                        difflib.unified_diff(
                            source.text.splitlines(keepends=True), formatted.splitlines(keepends=True),
                            fromfile=path, tofile=t(f"{path} (formateret)", f"{path} (formatted)"),
                        )
                    ),
                    nl=False,
                )
            if check_only and not show_diff:
                fix = "lov fmt -" if path == STDIN else f"lov fmt --skriv {shlex.quote(path)}"
                say(t(f"{path}: ville blive ændret af formateringen; ret med: {fix}",
                      f"{path}: would be changed by the formatter; fix with: {fix}"))
            if write:
                write_file(path, formatted)
        if not (check_only or show_diff or write):
            click.echo(formatted, nl=False)
    if broken:
        sys.exit(1)
    sys.exit(1 if changed and (check_only or show_diff) else 0)
