"""`lov`: the command line. A thin shell over the pipeline stages.

Exit codes: 0 no findings (warnings allowed unless --strict), 1 findings or failures,
2 usage or input/output problems, 3 an internal error (a bug: please report it).

Commands that live in `compiler/` are loaded lazily from ``LAZY_COMMANDS`` so that
`lov check` starts fast.
"""

from __future__ import annotations

import difflib
import importlib
import sys
from typing import Any, Callable, NoReturn

import click

from dsl import __version__
from dsl.config import Config, ConfigError, load_config
from dsl.diagnostics import Diagnostic, Severity, sort_key
from dsl.sources import InputError, expand_paths, read_source

# name → "module:attribute" of a click command, imported only when used.
LAZY_COMMANDS: dict[str, str] = {
    "diff": "compiler.diff.cli:diff_command",
    "stats": "compiler.diff.cli:stats_command",
    "lsp": "dsl.lsp:lsp_command",
    "compile": "compiler.cmd_compile:compile_command",
    "eval": "compiler.cmd_eval:eval_command",
    "test": "compiler.cmd_test:test_command",
    "impact": "compiler.impact.cli:impact_command",
}


class _LovGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS and name not in self.commands:
            module, attr = LAZY_COMMANDS[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)


def sprog_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`--sprog da|en`: the language of messages (Danish by default)."""
    return click.option(
        "--sprog", type=click.Choice(["da", "en"]), default="da", show_default=True,
        help="Sprog for meddelelser (da eller en).",
    )(fn)


def fail_input(message: str) -> NoReturn:
    """Report a usage or input/output problem and exit 2."""
    click.echo(f"lov: {message}", err=True)
    sys.exit(2)


def config_or_exit(start: str = ".") -> Config:
    try:
        return load_config(start)
    except ConfigError as error:
        fail_input(str(error))


@click.group(cls=_LovGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lov")
def main() -> None:
    """lov — lovgivning som kode: kontrollér, formatér, oversæt, test og sammenlign .lov-filer."""


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Advarsler giver også exit-kode 1.")
@click.option("--tekst", is_flag=True, help="Læs filerne som offentliggjort lovtekst og find perioder, der ikke er i uger.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Skriv resultatet til en fil.")
@sprog_option
def check_command(paths: tuple[str, ...], fmt: str, strict: bool, tekst: bool, output: str | None, sprog: str) -> None:
    """Kontrollér .lov-filer (eller mapper med .lov-filer) og rapportér fund med fil:linje:kolonne."""
    from dsl.pipeline import analyse_file
    from dsl.render import render_json, render_sarif, render_text, summary

    config = config_or_exit()
    try:
        files = list(paths) if tekst else expand_paths(list(paths))
    except InputError as error:
        fail_input(error.diagnostic.message(sprog))
    diagnostics: list[Diagnostic] = []
    sources: dict[str, str | None] = {}
    suppressed = 0
    for path in files:
        try:
            if tekst:
                from compiler.textscan import scan_source

                source = read_source(path)
                sources[path] = source.text
                diagnostics.extend(source.diagnostics)
                if source.text is not None:
                    diagnostics.extend(config.apply(scan_source(source.text, path)))
                continue
            analysis = analyse_file(path, config)
        except InputError as error:
            fail_input(error.diagnostic.message(sprog))
        sources[path] = analysis.text
        diagnostics.extend(analysis.diagnostics)
        suppressed += analysis.suppressed
    diagnostics.sort(key=sort_key)
    if fmt == "json":
        rendered = render_json(diagnostics, sprog)
    elif fmt == "sarif":
        rendered = render_sarif(diagnostics, sprog)
    else:
        rendered = render_text(diagnostics, sources, sprog) + summary(diagnostics, len(files), suppressed, sprog) + "\n"
    write_output(rendered, output)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    sys.exit(1 if any(d.severity in failing for d in diagnostics) else 0)


def write_output(text: str, output: str | None) -> None:
    """Print ``text``, or write it to the file ``output`` (exit 2 if it cannot be written)."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except OSError as error:
        fail_input(f"kan ikke skrive {output}: {error.strerror}")


@main.command("fmt")
@click.argument("paths", nargs=-1, required=True)
@click.option("--check", "check_only", is_flag=True, help="Skriv intet; exit 1 hvis en fil ville blive ændret.")
@click.option("--diff", "show_diff", is_flag=True, help="Vis ændringerne som unified diff.")
@click.option("--skriv", "write", is_flag=True, help="Skriv den formaterede tekst tilbage i filerne.")
def fmt_command(paths: tuple[str, ...], check_only: bool, show_diff: bool, write: bool) -> None:
    """Udskriv .lov-filer i kanonisk form (kommentarer bevares)."""
    from dsl.formatter import format_text
    from dsl.render import render_text

    try:
        files = expand_paths(list(paths))
    except InputError as error:
        fail_input(error.diagnostic.message())
    changed = False
    broken = False
    for path in files:
        try:
            source = read_source(path)
        except InputError as error:
            fail_input(error.diagnostic.message())
        if source.text is None or source.diagnostics:
            click.echo(render_text(source.diagnostics, {path: source.text}), err=True, nl=False)
            broken = True
            continue
        formatted = format_text(source.text, path)
        if formatted is None:
            from dsl.parser import parse

            click.echo(render_text(parse(source.text, path).diagnostics, {path: source.text}), err=True, nl=False)
            broken = True
            continue
        if formatted != source.text:
            changed = True
            if show_diff:
                click.echo(
                    "".join(
                        difflib.unified_diff(
                            source.text.splitlines(keepends=True), formatted.splitlines(keepends=True),
                            fromfile=path, tofile=f"{path} (formateret)",
                        )
                    ),
                    nl=False,
                )
            if check_only and not show_diff:
                click.echo(f"{path}: ville blive ændret")
            if write:
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(formatted)
        if not (check_only or show_diff or write):
            click.echo(formatted, nl=False)
    if broken:
        sys.exit(1)
    sys.exit(1 if changed and (check_only or show_diff) else 0)


@main.command("explain")
@click.argument("code")
@sprog_option
def explain_command(code: str, sprog: str) -> None:
    """Forklar en diagnosekode: hvad, hvorfor, og et dårligt og et godt eksempel."""
    from dsl.catalogue import CATALOGUE, all_entries
    from dsl.explain import explain

    all_entries()
    entry = CATALOGUE.get(code.upper())
    if entry is None:
        close = difflib.get_close_matches(code.upper(), list(CATALOGUE), n=3)
        hint = f" (mente du {', '.join(close)}?)" if close else ""
        fail_input(f"ukendt kode '{code}'{hint}")
    click.echo(explain(entry, sprog), nl=False)


def run() -> None:
    """Entry point with the last line of defence: no traceback for the user."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # pragma: no cover - only reached by a bug
        click.echo(f"lov: intern fejl ({type(error).__name__}: {error}); rapportér den gerne med inputfilen", err=True)
        sys.exit(3)


if __name__ == "__main__":
    run()
