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

from compiler.checks import CheckContext, check
from dsl import ast
from dsl.catalogue import register
from dsl.diagnostics import Diagnostic, Entry, Severity, diagnostic

DEFAULT_MAX_TARGET_GROUPS = 5
DEFAULT_MAX_SPECIAL_RULES = 5

register(
    Entry(
        "D008", "for-mange-målgrupper", Severity.WARNING,
        "loven har {count} målgrupper; grænsen er {limit} (KL foreslår fælles regler for alle og "
        "fem hovedmålgrupper)",
        "the law has {count} target groups; the limit is {limit} (KL proposes common rules for all "
        "and five main target groups)",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), afsnit 2.2 og "
        "bilag 2.3: LAB § 2 har 14 målgrupper, 28 kontaktgrupper og omkring 80 undergrupper med "
        "hver deres regler; KL foreslår \"fælles regler for alle\" og fem hovedmålgrupper. Grænsen "
        "sættes med [tool.lov.thresholds] max_target_groups (standard 5).",
        bad='begreb n: heltal kilde register "X"\n'
        + "".join(f"målgruppe {i} g{i}:\n    n = {i}\n" for i in range(1, 7)),
        good='begreb n: heltal kilde register "X"\n'
        + "".join(f"målgruppe {i} g{i}:\n    n = {i}\n" for i in range(1, 6)),
    )
)
register(
    Entry(
        "D009", "fragmenteret-resultat", Severity.WARNING,
        "resultatet '{name}' har {rules} for {groups}; grænsen er {rule_limit} særregler og "
        "{group_limit} målgrupper",
        "the result '{name}' has {rules_en} for {groups_en}; the limit is {rule_limit} special rules "
        "and {group_limit} target groups",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 5.2 og "
        "5.3: for hvert redskab tæller STAR's tabeller \"Antal variationer\" på tværs af "
        "målgrupperne (fx 7 variationer af løn- og arbejdsvilkår hos offentlige arbejdsgivere), og "
        "KL konkluderer, at reglerne som udgangspunkt skal være fælles for alle målgrupper "
        "(afsnit 2.6). Et resultat med mange særregler (`For målgruppe X er …`) eller særregler "
        "for mange målgrupper er fragmenteret. Grænserne sættes med [tool.lov.thresholds] "
        "max_special_rules og max_target_groups (standard 5 og 5).",
        bad='begreb n: heltal kilde register "X"\n'
        + "".join(f"målgruppe {i} g{i}:\n    n = {i}\n" for i in range(1, 4))
        + "resultat r: uger\n"
        + "".join(f"§ {i}. For målgruppe g{1 + i % 3} er r {i} uger, hvis n > {i}.\n" for i in range(1, 7)),
        good='begreb n: heltal kilde register "X"\nresultat r: uger\n§ 1. r er 4 uger.\n',
    )
)


@check
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
