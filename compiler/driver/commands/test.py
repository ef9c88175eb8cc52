"""`lov test PATH…`: run every `testsag` through the generated module (and with `--interpreter`
also through the interpreter); one line per failing expectation, then `N passed, M failed`.
`--dækning` adds which rules the testsags reach; `--generer` writes testsags for the rest."""

from __future__ import annotations

import json
import sys

import click

from compiler.codegen.load import compile_law
from compiler.driver.bilingual import command, option
from compiler.driver.common import fail_input, say, sprog_option, write_file
from compiler.evaluate.backends import Backend, InterpreterBackend, ModuleBackend
from compiler.evaluate.cases import run_cases
from compiler.evaluate.coverage import Coverage, coverage
from compiler.prove.generate import generate
from compiler.pipeline import LawError, load_law
from dsl.language import t
from dsl.render import render_text
from dsl.sources import InputError, expand_paths


@command("test",
         "Run the laws' testsags against the generated evaluators (exit 1 on failure). A file that cannot be read or "
         "has errors is reported and counts as failed; the other files still run.")
@click.argument("paths", nargs=-1, required=True, metavar="STI...")
@option("--interpreter", "with_interpreter", is_flag=True,
        help="Kør også hver testsag med referencefortolkeren.",
        en='Also run each testsag with the reference interpreter.')
@option("-v", "--verbose", is_flag=True, help="Vis hver testsag med dens resultat.",
        en='Show each testsag with its result.')
@option("--dækning", "--daekning", "with_coverage", is_flag=True,
        help="Vis, hvilke regler testsagerne når, og hvilke udfald hvert resultat får.",
        en='Show which rules the testsags reach and which outcomes each result gets.')
@option("--min-dækning", "--min-daekning", "threshold", type=click.FloatRange(0, 100), default=None,
        help="Exit 1, hvis en lov har en lavere regeldækning (procent); medfører --dækning.",
        en='Exit 1 if a law has a lower rule coverage (per cent); implies --dækning.')
@option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
        help="Dækningens format (json: ét objekt pr. lov på standard output).",
        en="The coverage's format (json: one object per law on standard output).")
@option("--generer", is_flag=True,
        help="Skriv en testsag (fra solveren) for hver regel, ingen testsag når; til standard output.",
        en='Write a testsag (from the solver) for each rule no testsag reaches; to standard output.')
@option("--skriv", is_flag=True, help="Med --generer: tilføj testsagerne sidst i lovfilen.",
        en='With --generer: append the testsags to the law file.')
@sprog_option
def test_command(paths: tuple[str, ...], with_interpreter: bool, verbose: bool, with_coverage: bool,
                 threshold: float | None, fmt: str, generer: bool, skriv: bool) -> None:
    """Kør lovenes testsager mod de genererede evaluatorer (exit 1 ved fejl). En fil, der ikke kan
    læses eller har fejl, rapporteres og tæller som fejlet; de andre filer køres alligevel."""
    if skriv and not generer:
        fail_input(t("--skriv bruges sammen med --generer", "--skriv goes with --generer"))
    with_coverage = with_coverage or threshold is not None
    try:
        files = expand_paths(list(paths))
    except InputError as error:
        fail_input(error.diagnostic.message())
    passed = failed = 0
    reports: list[Coverage] = []
    below = False
    for path in files:
        try:
            law = load_law(path)
        except InputError as error:
            say(f"{path}: {error.diagnostic.message()}")
            failed += 1
            continue
        except LawError as error:
            say(render_text(error.diagnostics, {path: error.text}), nl=False)
            say(t(f"{path}: loven har fejl; dens testsager er ikke kørt", f"{path}: the law has errors; its testsags were not run"))
            failed += 1
            continue
        if generer:
            made = generate(law)
            for rule in made.missed:
                say(f"{path}: {rule.label} ({rule.result}): " + (
                    t("ingen testsag genereret (ingen borger fundet, eller værdien kan ikke skrives)",
                      "no testsag generated (no citizen found, or the value cannot be written)")))
            if skriv and made.testsags:
                with open(path, encoding="utf-8") as f:
                    write_file(path, f.read().rstrip("\n") + "\n" + made.text())
            elif made.testsags:
                click.echo(made.text(), nl=False)
            continue
        backends: list[Backend] = [ModuleBackend(compile_law(law))]
        if with_interpreter:
            backends.append(InterpreterBackend(law))
        for backend in backends:
            results = run_cases(law, backend)
            for case in law.cases:
                mine = [r for r in results if r.case is case]
                bad = [r for r in mine if not r.ok]
                for r in bad:
                    say(r.line())
                if verbose:
                    where = f"{case.span.file}:{case.span.line}"
                    say(f"{where}: testsag {case.name!r} [{backend.name}]: {t('FEJLET', 'FAILED') if bad else 'ok'}")
                if bad:
                    failed += 1
                else:
                    passed += 1
        if with_coverage:
            covered = coverage(law)
            reports.append(covered)
            below |= threshold is not None and covered.percent < threshold
    if generer:
        sys.exit(1 if failed else 0)
    if with_coverage and fmt == "json":
        click.echo(json.dumps([c.data() for c in reports], ensure_ascii=False, indent=2))
    elif with_coverage:
        for report in reports:
            say(report.text(), nl=False)
    # With JSON on standard output, the count goes to standard error.
    # The summary line is the same in both languages: CI scripts read it.
    click.echo(f"{passed} passed, {failed} failed", err=with_coverage and fmt == "json")
    sys.exit(1 if failed or below else 0)
