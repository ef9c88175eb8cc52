"""Reading a law for evaluation (`lov compile`, `lov eval`, `lov test`): it must parse and resolve
without errors. Findings of the checks (e.g. U001 periods not in weeks) do not stop evaluation —
`lov check` reports those."""

from __future__ import annotations

import sys

import click

from dsl import model as m
from dsl.diagnostics import Diagnostic, Severity
from dsl.parser import parse
from dsl.render import render_text
from dsl.resolver import resolve
from dsl.sources import InputError, read_source


def load_law(path: str, sprog: str = "da") -> m.Law:
    """The law model of ``path``; exits 2 if it cannot be read, 1 (with the errors) if it has errors."""
    from dsl.cli import fail_input

    try:
        source = read_source(path)
    except InputError as error:
        fail_input(error.diagnostic.message(sprog))
    if source.text is None or source.diagnostics:
        click.echo(render_text(source.diagnostics, {path: source.text}, sprog), err=True, nl=False)
        sys.exit(2)
    law, errors = resolve_text(source.text, path)
    if errors:
        click.echo(render_text(errors, {path: source.text}, sprog), err=True, nl=False)
        click.echo(f"lov: {path} har fejl og kan ikke evalueres; ret dem først (se lov check)", err=True)
        sys.exit(1)
    return law


def resolve_text(text: str, path: str) -> tuple[m.Law, list[Diagnostic]]:
    """Parse and resolve; the errors (not warnings) of those two stages."""
    parsed = parse(text, path)
    resolved = resolve(parsed.law, text)
    errors = [d for d in (*parsed.diagnostics, *resolved.diagnostics) if d.severity is Severity.ERROR]
    return resolved.law, sorted(errors)
