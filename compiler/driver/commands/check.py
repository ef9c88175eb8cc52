"""`lov check PATH…`: parse, resolve and check files (or directories of `*.lov`) and report the
findings with file:line:column as text, JSON or SARIF; `--tekst` reads published law text."""

from __future__ import annotations

import sys

import click

from compiler.checks.textscan import scan_source
from compiler.driver.bilingual import command, option
from compiler.driver.common import (
    config_or_exit,
    fail_input,
    solver_for,
    sprog_option,
    write_output,
)
from compiler.pipeline import analyse_file
from dsl.diagnostics import Diagnostic, Severity, sort_key
from dsl.render import render_json, render_sarif, render_text, summary
from dsl.sources import InputError, expand_paths, read_source


@command("check", "Check .lov files (or directories of .lov files) and report findings with file:line:column.\n\n"
         "The solver (Z3) also proves, for every citizen, which rules can conflict, which never decide "
         "anything, and whether the target groups overlap or leave gaps (K002-K008), each with a witness "
         "citizen as a testsag. K007 (no rule) only with --strict.")
@click.argument("paths", nargs=-1, required=True, metavar="STI...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@option("--strict", is_flag=True, help="Advarsler giver også exit-kode 1.", en="Warnings give exit code 1 too.")
@option("--tekst", is_flag=True, help="Læs filerne som offentliggjort lovtekst og find perioder, der ikke er i uger.",
        en="Read the files as published law text and find periods that are not in weeks.")
@option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Skriv resultatet til en fil.",
        en="Write the result to a file.")
@option("--uden-bevis", is_flag=True, help="Spring solverens kontroller (K002-K008) over.",
        en="Skip the solver's checks (K002-K008).")
@option("--tidsgrænse", "--tidsgraense", "timeout", type=click.FloatRange(min=0.001), default=None,
        help="Sekunder pr. spørgsmål til solveren (standard: [tool.lov.thresholds] solver_timeout eller 5).",
        en="Seconds per question to the solver (default: [tool.lov.thresholds] solver_timeout or 5).")
@sprog_option
def check_command(paths: tuple[str, ...], fmt: str, strict: bool, tekst: bool, output: str | None, uden_bevis: bool,
                  timeout: float | None) -> None:
    """Kontrollér .lov-filer (eller mapper med .lov-filer) og rapportér fund med fil:linje:kolonne.

    Solveren (Z3) beviser desuden for alle borgere, hvilke regler kan komme i konflikt, hvilke
    aldrig afgør noget, og om målgrupperne overlapper eller efterlader huller (K002-K008), hver
    med en vidne-borger som testsag. K007 (ingen regel) kommer kun med --strict."""
    config = config_or_exit()
    prover = None if uden_bevis else solver_for(config, strict, timeout)
    try:
        files = list(paths) if tekst else expand_paths(list(paths))
    except InputError as error:
        fail_input(error.diagnostic.message())
    diagnostics: list[Diagnostic] = []
    sources: dict[str, str | None] = {}
    suppressed = 0
    for path in files:
        try:
            if tekst:
                source = read_source(path)
                sources[path] = source.text
                diagnostics.extend(source.diagnostics)
                if source.text is not None:
                    diagnostics.extend(config.apply(scan_source(source.text, path)))
                continue
            analysis = analyse_file(path, config, prover=prover)
        except InputError as error:
            fail_input(error.diagnostic.message())
        sources[path] = analysis.text
        diagnostics.extend(analysis.diagnostics)
        suppressed += analysis.suppressed
    diagnostics.sort(key=sort_key)
    if fmt == "json":
        rendered = render_json(diagnostics)
    elif fmt == "sarif":
        rendered = render_sarif(diagnostics, docs_url=config.docs_url)
    else:
        rendered = render_text(diagnostics, sources) + summary(diagnostics, len(files), suppressed) + "\n"
    write_output(rendered, output, plain_text=fmt == "text")
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    sys.exit(1 if any(d.severity in failing for d in diagnostics) else 0)

