"""Stage *checks*: law model + syntax tree → diagnostics, one module per rule family.

A check is a function ``(context) -> Iterable[Diagnostic]``; :data:`CHECKS` lists every one, in
the order they run. The codes they emit, with their messages and documentation, are rows of the
one code table, :mod:`dsl.catalogue`. ``lawtext`` and ``textscan`` read the law's prose (also
for `lov check --tekst`); ``codedocs`` writes a documentation page per code.
"""

from __future__ import annotations

from compiler.checks import (
    aggregation,
    communication,
    conflicts,
    data_reuse,
    discretion,
    fragmentation,
    technology,
    weeks,
)
from compiler.checks.context import Check, CheckContext
from dsl.diagnostics import Diagnostic

__all__ = ["CHECKS", "Check", "CheckContext", "run_checks"]

CHECKS: tuple[Check, ...] = (
    aggregation.aggregated_periods,
    communication.digital_communication,
    conflicts.conflicting_rules,
    data_reuse.data_reuse,
    discretion.unmarked_discretion,
    fragmentation.fragmentation,
    technology.technology_neutrality,
    weeks.week_periods,
)


def run_checks(context: CheckContext) -> list[Diagnostic]:
    """Every check's diagnostics for one law, in the order of :data:`CHECKS`."""
    out: list[Diagnostic] = []
    for fn in CHECKS:
        out.extend(fn(context))
    return out
