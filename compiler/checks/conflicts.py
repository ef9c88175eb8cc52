"""K001: two rules of a result that clearly both apply, with neither overriding the other.

At evaluation such a pair is a `konflikt` (SEMANTICS.md: no silent first match). Statically it
is certain when both rules have the same scope (both general, or for the same target groups)
and the same condition (both without `hvis`, or with conditions that are identical) — then
whenever one applies, so does the other. Other overlaps depend on the facts and are reported
at evaluation, naming both provisions.
"""

from __future__ import annotations

from typing import Iterator

from compiler.checks import CheckContext, check
from dsl import model as m
from dsl.catalogue import register
from dsl.diagnostics import Diagnostic, Entry, Severity, diagnostic

register(
    Entry(
        "K001", "regler-i-konflikt", Severity.ERROR,
        "{rule} og {other} fastsætter begge {result} under de samme betingelser{scope}, og ingen af "
        "dem er undtagelse til den anden; skriv 'undtagelse til {other}' eller ret betingelserne",
        "{rule} and {other} both decide {result} under the same conditions{scope_en}, and neither is an "
        "exception to the other; write 'undtagelse til {other}' or change the conditions",
        "To regler, der gælder på samme tid uden at den ene er undtagelse til den anden, er en "
        "konflikt: loven siger to ting, og en evaluator må ikke vælge den første i stilhed. Når "
        "reglerne har samme målgrupper og samme betingelse, gælder de altid samtidig, så "
        "konflikten kan ses uden at kende borgeren.",
        bad="resultat praktik_varighed: uger\n§ 44\n    stk. 1. praktik_varighed er 13 uger.\n"
        "    stk. 2. praktik_varighed er 26 uger.\n",
        good="resultat praktik_varighed: uger\n§ 44\n    stk. 1. praktik_varighed er 13 uger.\n"
        "    stk. 2. praktik_varighed er 26 uger, hvis skøn \"konkret individuel vurdering\".\n"
        "        undtagelse til § 44, stk. 1.\n",
    )
)


@check
def conflicting_rules(ctx: CheckContext) -> Iterator[Diagnostic]:
    for res in ctx.law.results.values():
        seen: list[m.Rule] = []
        for rule in res.rules:
            for other in seen:
                if _clash(rule, other):
                    scope = ", ".join(sorted(rule.groups))
                    yield diagnostic(
                        "K001", rule.span, rule=rule.label, other=other.label, result=res.name,
                        scope=f" (for målgruppe {scope})" if scope else "",
                        scope_en=f" (for target group {scope})" if scope else "",
                    )
                    break
            seen.append(rule)


def _clash(a: m.Rule, b: m.Rule) -> bool:
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
