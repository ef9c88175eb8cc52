"""Diagnostics: a finding with a stable code, a severity, a span and a message.

Every code is declared once in :mod:`dsl.catalogue`; a diagnostic only carries the
code, the span and the values its message mentions, and renders its message in
Danish (default) or English from the catalogue.
"""

from __future__ import annotations

import string
from typing import Iterable

import attrs

from dsl.catalogue import CATALOGUE, Entry, Severity
from dsl.spans import Span
from dsl.language import current

__all__ = ["Diagnostic", "Entry", "Severity", "Witness", "diagnostic", "has_errors", "sort_key"]


@attrs.frozen
class Witness:
    """A citizen that shows a finding of the solver (K family): its facts (JSON values) and
    judgments, and the same as a ready-to-paste `testsag` block."""

    facts: tuple[tuple[str, object], ...]
    judgments: tuple[tuple[str, bool], ...]
    testsag: str
    #: The facts as the evaluators take them (dates, amounts, histories), for the tools.
    values: tuple[tuple[str, object], ...] = attrs.field(default=(), eq=False, repr=False)

    def data(self) -> dict[str, object]:
        return {"facts": dict(self.facts), "judgments": dict(self.judgments), "testsag": self.testsag}


@attrs.frozen(order=True)
class Diagnostic:
    """A finding at a span. ``args`` fill the catalogue's message template."""

    span: Span
    code: str
    severity: Severity = attrs.field(order=False)
    args: tuple[tuple[str, str], ...] = attrs.field(default=(), order=False)
    witness: Witness | None = attrs.field(default=None, order=False, eq=False)

    @property
    def entry(self) -> Entry:
        return CATALOGUE[self.code]

    def message(self, lang: str | None = None) -> str:
        lang = lang or current()
        return self.entry.render(lang, dict(self.args))

    def with_severity(self, severity: Severity) -> Diagnostic:
        return attrs.evolve(self, severity=severity)


def diagnostic(code: str, span: Span, **args: object) -> Diagnostic:
    """A diagnostic of catalogue code ``code`` at ``span``; ``args`` fill its message."""
    entry = CATALOGUE[code]
    missing = _placeholders(entry.da) - set(args)
    if missing:
        raise KeyError(f"{code} needs {sorted(missing)}")
    return Diagnostic(span, code, entry.severity, tuple((k, str(v)) for k, v in args.items()))


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


def sort_key(d: Diagnostic) -> tuple[str, int, int, str]:
    return (d.span.file, d.span.line, d.span.column, d.code)
