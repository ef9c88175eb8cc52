"""K001: two rules of a result that clearly both apply, with neither overriding the other.

At evaluation such a pair is a `konflikt` (SEMANTICS.md: no silent first match). Statically it
is certain when both rules have the same scope (both general, or for the same target groups)
and the same condition (both without `hvis`, or with conditions that are identical) — then
whenever one applies, so does the other. Other overlaps depend on the facts and are reported
at evaluation, naming both provisions.
"""

from __future__ import annotations

from typing import Iterator

from compiler.checks.context import CheckContext
from dsl import model as m
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.memo import ByNode


def conflicting_rules(ctx: CheckContext) -> Iterator[Diagnostic]:
    """K001 at the later rule of each pair that certainly clashes."""
    for found in _CLASHES.each(ctx.law.results.values(), ctx.tree.file):
        yield from found


def _clashes(res: m.Result) -> tuple[Diagnostic, ...]:
    out: list[Diagnostic] = []
    seen: list[m.Rule] = []
    for rule in res.rules:
        for other in seen:
            if certain_clash(rule, other):
                scope = ", ".join(sorted(rule.groups))
                out.append(diagnostic(
                    "K001", rule.span, rule=rule.label, other=other.label, result=res.name,
                    scope=f" (for målgruppe {scope})" if scope else "",
                    scope_en=f" (for target group {scope})" if scope else "",
                ))
                break
        seen.append(rule)
    return tuple(out)


#: Each result's K001 findings, kept by the result object (the resolver keeps an unchanged
#: result; the findings' spans are the rules' own, which the incremental parse moves in place).
_CLASHES: ByNode[m.Result, tuple[Diagnostic, ...]] = ByNode(_clashes)


def certain_clash(a: m.Rule, b: m.Rule) -> bool:
    """Whether ``a`` and ``b`` apply together for every citizen and neither beats the other."""
    if a.label in b.overrides or b.label in a.overrides:
        return False
    if set(a.groups) != set(b.groups):
        return False
    if _broken(a) or _broken(b):  # a rule with an error is reported once, for that error
        return False
    if a.condition is None or b.condition is None:
        return a.condition is None and b.condition is None
    return a.condition == b.condition


def _broken(rule: m.Rule) -> bool:
    parts = [rule.value] + ([rule.condition] if rule.condition is not None else [])
    return any(isinstance(e, m.Invalid) for part in parts for e in m.walk(part))
