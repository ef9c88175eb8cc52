"""D008, D009: target-group fragmentation (KL's full proposal, afsnit 2.2 and bilag 2.3).

KL counts 14 target groups in LAB § 2, 28 contact groups and about 80 subgroups with their
own rules, and proposes common rules for all plus five main target groups. Two findings,
with thresholds in `[tool.lov.thresholds]`:

- D008: the law declares more target groups than `max_target_groups` (default 5, KL's five
  main target groups); reported once, at the first target group beyond the limit;
- D009: a result has more special rules (rules scoped to a target group, `For målgruppe X
  er …`) than `max_special_rules` (default 5), or its special rules cover more target
  groups than `max_target_groups`; reported at the result's declaration.
"""

from __future__ import annotations

from typing import Iterator

from compiler.checks.context import CheckContext
from dsl import ast
from dsl.diagnostics import Diagnostic, diagnostic

DEFAULT_MAX_TARGET_GROUPS = 5
DEFAULT_MAX_SPECIAL_RULES = 5


def fragmentation(ctx: CheckContext) -> Iterator[Diagnostic]:
    """D008 once for too many target groups; D009 per fragmented result."""
    max_groups = ctx.config.threshold("max_target_groups", DEFAULT_MAX_TARGET_GROUPS)
    max_rules = ctx.config.threshold("max_special_rules", DEFAULT_MAX_SPECIAL_RULES)
    groups = [item for item in ctx.tree.items if isinstance(item, ast.Malgruppe)]
    if len(groups) > max_groups:
        first_beyond = groups[max_groups]
        yield diagnostic("D008", first_beyond.name.span, count=len(groups), limit=max_groups)
    declarations = {item.name.value: item for item in ctx.tree.items if isinstance(item, ast.Resultat)}
    for result in ctx.law.results.values():
        special = [rule for rule in result.rules if rule.groups]
        covered = {g for rule in special for g in rule.groups}
        if len(special) > max_rules or len(covered) > max_groups:
            declaration = declarations.get(result.name)
            span = declaration.name.span if declaration is not None else result.span
            yield diagnostic(
                "D009", span, name=result.name,
                rules=_count(len(special), "særregel", "særregler"),
                groups=_count(len(covered), "målgruppe", "målgrupper"),
                rules_en=_count(len(special), "special rule", "special rules"),
                groups_en=_count(len(covered), "target group", "target groups"),
                rule_limit=max_rules, group_limit=max_groups,
            )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
