"""`lov test PATH…`: run every `testsag` through the generated module (and with `--interpreter`
also through the interpreter); one line per failing expectation, then `N passed, M failed`."""

from __future__ import annotations

import sys

import click

from compiler.codegen.load import compile_law
from compiler.driver.common import fail_input, law_or_exit, say
from compiler.evaluate.backends import Backend, InterpreterBackend, ModuleBackend
from compiler.evaluate.cases import run_cases
from dsl.sources import InputError, expand_paths


@click.command("test")
@click.argument("paths", nargs=-1, required=True)
@click.option("--interpreter", "with_interpreter", is_flag=True,
              help="Kør også hver testsag med referencefortolkeren.")
def test_command(paths: tuple[str, ...], with_interpreter: bool) -> None:
    """Kør lovenes testsager mod de genererede evaluatorer (exit 1 ved fejl)."""
    try:
        files = expand_paths(list(paths))
    except InputError as error:
        fail_input(error.diagnostic.message())
    passed = failed = 0
    for path in files:
        law = law_or_exit(path)
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
                if bad:
                    failed += 1
                else:
                    passed += 1
    click.echo(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
