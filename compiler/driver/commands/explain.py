"""`lov explain CODE`: the documentation of a diagnostic code."""

from __future__ import annotations


import click

from compiler.driver.bilingual import command
from compiler.driver.common import fail_input, sprog_option
from dsl.catalogue import CATALOGUE, all_entries
from dsl.explain import explain
from dsl.language import did_you_mean, t


@command("explain", "Explain a diagnostic code: what, why, and a bad and a good example. Without a code: every code.")
@click.argument("code", required=False, metavar="[KODE]")
@sprog_option
def explain_command(code: str | None) -> None:
    """Forklar en diagnosekode: hvad, hvorfor, og et dårligt og et godt eksempel. Uden kode: alle koder."""
    if code is None:
        for entry in all_entries():
            click.echo(f"{entry.code}  {entry.severity.label():<9} {entry.slug}")
        return
    entry = CATALOGUE.get(code.upper())
    if entry is None:
        hint = t(*did_you_mean(code.upper(), CATALOGUE, n=3, quote="", brackets=True))
        fail_input(t(f"ukendt kode '{code}'{hint}", f"unknown code '{code}'{hint}"))
    click.echo(explain(entry), nl=False)
