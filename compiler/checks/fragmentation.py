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
from dsl import model as m
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.memo import ByNode

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
    declarations: dict[str, ast.Resultat] | None = None
    for result, (special, covered) in zip(ctx.law.results.values(), _SPECIAL.each(ctx.law.results.values(), ctx.tree.file)):
        if special > max_rules or covered > max_groups:
            if declarations is None:
                declarations = {item.name.value: item for item in ctx.tree.items if isinstance(item, ast.Resultat)}
            declaration = declarations.get(result.name)
            span = declaration.name.span if declaration is not None else result.span
            yield diagnostic(
                "D009", span, name=result.name,
                rules=_count(special, "særregel", "særregler"),
                groups=_count(covered, "målgruppe", "målgrupper"),
                rules_en=_count(special, "special rule", "special rules"),
                groups_en=_count(covered, "target group", "target groups"),
                rule_limit=max_rules, group_limit=max_groups,
            )


def _special(result: m.Result) -> tuple[int, int]:
    """How many special rules a result has, and how many target groups they cover."""
    special = [rule for rule in result.rules if rule.groups]
    return len(special), len({g for rule in special for g in rule.groups})


#: Each result's counts, kept by the result object (the resolver keeps an unchanged result).
_SPECIAL: ByNode[m.Result, tuple[int, int]] = ByNode(_special)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
