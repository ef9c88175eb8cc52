"""Helpers for the evaluator tests: build a law model from inline text, run its testsag."""

from __future__ import annotations

from dsl import model as m
from dsl.diagnostics import Severity

HEADER = 'lov "Testlov"\nversion "1"\n'


def law_of(text: str, header: bool = True) -> m.Law:
    """The resolved model of ``text``; fails the test if it does not resolve (check findings such as U001 are allowed)."""
    from dsl.parser import parse
    from dsl.resolver import resolve

    if header:
        text = HEADER + text
    parsed = parse(text, "test.lov")
    resolved = resolve(parsed.law, text)
    errors = [f"{d.code} {d.span.line}:{d.span.column} {d.message()}"
              for d in (*parsed.diagnostics, *resolved.diagnostics) if d.severity is Severity.ERROR]
    assert not errors, errors
    return resolved.law
