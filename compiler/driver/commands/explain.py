"""`lov explain CODE`: the documentation of a diagnostic code."""

from __future__ import annotations

import difflib

import click

from compiler.driver.common import fail_input, sprog_option
from dsl.catalogue import CATALOGUE, all_entries
from dsl.explain import explain


@click.command("explain")
@click.argument("code", required=False)
@sprog_option
def explain_command(code: str | None, sprog: str) -> None:
    """Forklar en diagnosekode: hvad, hvorfor, og et dårligt og et godt eksempel. Uden kode: alle koder."""
    if code is None:
        for entry in all_entries():
            click.echo(f"{entry.code}  {entry.severity.label(sprog):<9} {entry.slug}")
        return
    entry = CATALOGUE.get(code.upper())
    if entry is None:
        close = difflib.get_close_matches(code.upper(), list(CATALOGUE), n=3)
        hint = f" (mente du {', '.join(close)}?)" if close else ""
        fail_input(f"ukendt kode '{code}'{hint}")
    click.echo(explain(entry, sprog), nl=False)
