"""`lov test PATH…`: run every `testsag` through the generated module (and with `--interpreter`
also through the interpreter); one line per failing expectation, then `N passed, M failed`."""

from __future__ import annotations

import sys

import click

from compiler.codegen.load import compile_law
from compiler.driver.common import fail_input, say
from compiler.evaluate.backends import Backend, InterpreterBackend, ModuleBackend
from compiler.evaluate.cases import run_cases
from compiler.pipeline import LawError, load_law
from dsl.render import render_text
from dsl.sources import InputError, expand_paths


@click.command("test")
@click.argument("paths", nargs=-1, required=True)
@click.option("--interpreter", "with_interpreter", is_flag=True,
              help="Kør også hver testsag med referencefortolkeren.")
@click.option("-v", "--verbose", is_flag=True, help="Vis hver testsag med dens resultat.")
def test_command(paths: tuple[str, ...], with_interpreter: bool, verbose: bool) -> None:
    """Kør lovenes testsager mod de genererede evaluatorer (exit 1 ved fejl). En fil, der ikke kan
    læses eller har fejl, rapporteres og tæller som fejlet; de andre filer køres alligevel."""
    try:
        files = expand_paths(list(paths))
    except InputError as error:
        fail_input(error.diagnostic.message())
    passed = failed = 0
    for path in files:
        try:
            law = load_law(path)
        except InputError as error:
            say(f"{path}: {error.diagnostic.message()}")
            failed += 1
            continue
        except LawError as error:
            say(render_text(error.diagnostics, {path: error.text}), nl=False)
            say(f"{path}: loven har fejl; dens testsager er ikke kørt")
            failed += 1
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
                    say(f"{where}: testsag {case.name!r} [{backend.name}]: {'FEJLET' if bad else 'ok'}")
                if bad:
                    failed += 1
                else:
                    passed += 1
    click.echo(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
