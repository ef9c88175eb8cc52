"""The metrics of a law version: each defined once, here, and documented in METRICS.md.

KL's argument for a new employment act is a count — 14 target groups, about 80
subgroups with their own rules, and tables (bilag 5.2 and 5.3 of KL's full proposal)
that count, per rule, how many variations the target groups have. These metrics make
those counts from a `.lov` file, for `lov stats` (one version) and `lov diff` (two
versions, side by side) alike.

Every metric is an integer with a stable key (used by `--fail-on-increase` and in the
JSON report). Fixed keys are listed in :data:`DEFINITIONS`; three families have one
key per member: ``variations.<result>``, ``periods.<unit>`` and ``findings.<code>``.
``compiler/METRICS.md`` is generated from this module (:func:`metrics_markdown`) and a
test keeps the two in step.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Hashable, Iterable, Mapping

import attrs

from compiler.checks.textscan import find_periods
from compiler.diff import canonical
from dsl import ast
from dsl import model as m
from dsl.catalogue import CATALOGUE
from dsl.diagnostics import Diagnostic
from dsl.kinds import SourceKind
from dsl.language import t
from dsl.numbers import canonical_unit

# The units in the order reports list them (weeks first: the unit the law should use).
UNIT_ORDER: tuple[str, ...] = ("uge", "dag", "hverdag", "måned", "kalendermåned", "kvartal", "halvår", "år")


@attrs.frozen
class Definition:
    """One metric: its key, its Danish label, what exactly is counted, and which way is better
    by KL's goals (``better``: -1 fewer, +1 more, 0 neither; reports colour a change by it)."""

    key: str
    label: str
    doc: str
    better: int = 0


DEFINITIONS: tuple[Definition, ...] = (
    Definition("sections", "§§", "Paragraffer (`§`) i loven."),
    Definition(
        "subsections", "stk.",
        "Stykker: hvert `stk.` i en §; en § uden `stk.` har ét (underforstået) stk.",
    ),
    Definition(
        "rules", "regler",
        "Regler: bestemmelser af formen `… er …` (i et stk. eller et nr.), der afgør et resultat. "
        "Prosa tæller ikke.",
    ),
    Definition("results", "resultater", "`resultat`-erklæringer."),
    Definition("concepts", "begreber", "`begreb`-erklæringer (de fakta, loven læser)."),
    Definition("target_groups", "målgrupper", "`målgruppe`-erklæringer.", better=-1),
    Definition(
        "special_rules", "særregler",
        "Regler, der gælder for bestemte målgrupper (`For målgruppe X er …`).",
        better=-1,
    ),
    Definition(
        "variations", "variationer i alt",
        "Summen af `variations.<resultat>` over alle resultater.",
        better=-1,
    ),
    Definition(
        "varied_results", "resultater med flere variationer",
        "Resultater, som loven giver mere end én variation (`variations.<resultat>` > 1).",
        better=-1,
    ),
    Definition(
        "subgroups", "undermålgrupper",
        "Forskellige kombinationer af målgruppe × betingelse, der har deres egen regel: for hver "
        "særregel og hver målgruppe, den gælder for, parret (målgruppe, reglens `hvis`-betingelse); "
        "og for en generel regel, hvis betingelse nævner `målgruppe X`, parret (X, betingelsen). "
        "Ens par tælles én gang. En særregel uden betingelse giver parret (målgruppe, ingen betingelse).",
        better=-1,
    ),
    Definition(
        "periods_weeks", "perioder i uger",
        "Perioder angivet i uger i regler og målgruppebetingelser (`13 uger`, `hver 2. uge`). "
        "Testsager tæller ikke.",
        better=1,
    ),
    Definition(
        "periods_other", "perioder i andre enheder",
        "Perioder i andre enheder end uger (dage, hverdage, måneder, kalendermåneder, kvartaler, "
        "halvår, år) i regler og målgruppebetingelser og — fundet af tekstskanneren "
        "(`compiler/checks/textscan.py`, den samme som `lov check --tekst` bruger) — i lovens prosa. "
        "KL's forslag afsnit 2.5: alle perioder og frister skal angives i uger.",
        better=-1,
    ),
    Definition(
        "discretion_points", "skønspunkter",
        "Steder, hvor automatiseringen stopper: hver forekomst af `skøn \"…\"` i en regel eller en "
        "målgruppebetingelse, plus hvert `begreb` med `kilde skøn \"…\"`.",
    ),
    Definition(
        "cross_references", "krydshenvisninger",
        "Henvisninger med `jf.` i regler og prosa.",
    ),
    Definition(
        "exceptions", "undtagelser",
        "`undtagelse til`-henvisninger (en regel, der går forud for en anden).",
    ),
    Definition("test_cases", "testsager", "`testsag`-blokke.", better=1),
    Definition(
        "findings", "fund i alt",
        "Alle fund fra `lov check` (med projektets konfiguration og `# lov: tillad`), summen af "
        "`findings.<kode>`.",
        better=-1,
    ),
)

#: Metrics only `lov diff` has: they compare two versions.
DIFF_DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "rules_only", "regler for resultater kun i denne version",
        "Kun i `lov diff`: regler for de resultater, som kun den ene version erklærer. De tælles her "
        "og ikke i `rules`, `special_rules`, `variations`, `varied_results` og `subgroups`, som i "
        "`lov diff` tælles over de resultater, begge versioner erklærer — så et resultat, en version "
        "udelader, ikke ser ud som en forenkling.",
    ),
)

FAMILIES: tuple[Definition, ...] = (
    Definition(
        "variations.<resultat>", "variationer",
        "Antal variationer for et resultat, som kolonnen »Antal variationer« i bilag 5.2 og 5.3 i "
        "KL's fulde forslag: hvor mange forskellige svar eller betingelser loven giver for "
        "resultatet på tværs af målgrupperne. Hver regel for resultatet er et svar (værdien) under "
        "en betingelse (`hvis`); målgruppeafgrænsningen ses der bort fra, og ens par "
        "(værdi, betingelse) tælles én gang — »Samme som ovenfor« i tabellerne. Værdier sammenlignes "
        "på betydning: `6 måneder` og `seks måneder` er samme svar. En målgruppe uden regel for "
        "resultatet (tabellernes »Ikke relevant«) tilføjer intet; et udtrykkeligt nej (»Ikke ret«, "
        "»Kan ikke«) er et svar.",
        better=-1,
    ),
    Definition(
        "periods.<enhed>", "perioder pr. enhed",
        "Perioder (som `periods_weeks`/`periods_other`) pr. enhed: uge, dag, hverdag, måned, "
        "kalendermåned, kvartal, halvår, år.",
    ),
    Definition(
        "findings.<kode>", "fund pr. kode",
        "Fund fra `lov check` med koden (fx `findings.U001`).",
        better=-1,
    ),
)

FIXED_KEYS: tuple[str, ...] = tuple(d.key for d in DEFINITIONS)
#: English labels, beside the Danish ones in DEFINITIONS (kept here so that METRICS.md's table, which
#: is generated from DEFINITIONS, stays one language).
_ENGLISH = {
    "sections": "§§", "subsections": "subsections (stk.)", "rules": "rules", "results": "results",
    "concepts": "concepts (begreber)", "target_groups": "target groups", "special_rules": "special rules",
    "variations": "variations in all", "varied_results": "results with several variations",
    "subgroups": "target subgroups", "periods_weeks": "periods in weeks", "periods_other": "periods in other units",
    "discretion_points": "points of judgment", "cross_references": "cross-references", "exceptions": "exceptions",
    "test_cases": "testsags", "findings": "findings in all", "rules_only": "rules of results only in this version",
}
LABELS: dict[str, str] = {d.key: d.label for d in DEFINITIONS + DIFF_DEFINITIONS}


@attrs.frozen
class Variation:
    """How one result varies across the target groups.

    ``variants`` are the distinct answers (canonical `VALUE[, hvis CONDITION]`), in the
    order of the law. ``baseline`` is what the deviating groups deviate from: `generel
    regel` when the result has rules for everyone, otherwise the target group whose
    rules most groups share. ``uncovered`` groups have no rule for the result at all
    (the tables' »Ikke relevant«).
    """

    result: str
    count: int
    variants: tuple[str, ...]
    baseline: str | None
    deviating: tuple[str, ...]
    uncovered: tuple[str, ...]
    #: The result's description, for reports people read (not part of the comparison).
    description: str | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Metrics:
    """The metrics of one law version: ``values`` (key → count, in report order) and the
    per-result detail behind ``variations.<result>``."""

    file: str
    title: str | None
    version: str | None
    values: Mapping[str, int]
    variations: tuple[Variation, ...]

    def get(self, key: str) -> int | None:
        return self.values.get(key)


GENERAL = "generel regel"


# ---- computing ------------------------------------------------------------------------------


def compute(law: m.Law, diagnostics: Iterable[Diagnostic] = (), text: str | None = None,
            shared: frozenset[str] | None = None) -> Metrics:
    """The metrics of a resolved law and the findings `lov check` reported for it.

    ``text`` is the law's source; only used to count periods in prose when the plain-text
    scanner exists. ``shared`` (`lov diff`): the results both versions declare; the counts of
    rules and their variations are then over those, and ``rules_only`` counts the others' rules.
    """
    every = law.rules
    rules = every if shared is None else tuple(r for r in every if r.result in shared)
    syntax = canonical.rule_syntax(law)
    keys: dict[int, Hashable] = {}
    members: dict[int, list[str]] = {}
    judgments = 0
    for rule in every:
        found: list[str] = []
        counter = [0]
        keys[id(rule)] = (_key(rule.value, [], counter), _key(rule.condition, found, counter))
        members[id(rule)] = found
        judgments += counter[0]
    variations = tuple(_variation(law, result, syntax, keys) for result in law.results.values()
                       if shared is None or result.name in shared)
    alone = tuple(_variation(law, result, syntax, keys) for result in law.results.values()
                  if shared is not None and result.name not in shared)
    jf, exceptions, periods = _provision_scan(law)
    subgroups, discretion = _rule_scan(law, rules, keys, members, judgments)
    findings = Counter(d.code for d in diagnostics)
    values: dict[str, int] = {
        "sections": len(law.sections),
        "subsections": sum(1 for s in law.sections for loc in s.locations if loc.nr is None),
        "rules": len(rules),
        "results": len(law.results),
        "concepts": len(law.concepts),
        "target_groups": len(law.groups),
        "special_rules": sum(1 for r in rules if r.groups),
        "variations": sum(v.count for v in variations),
        "varied_results": sum(1 for v in variations if v.count > 1),
        "subgroups": subgroups,
        "periods_weeks": periods.get("uge", 0),
        "periods_other": sum(n for unit, n in periods.items() if unit != "uge"),
        "discretion_points": discretion,
        "cross_references": jf,
        "exceptions": exceptions,
        "test_cases": len(law.cases),
        "findings": sum(findings.values()),
    }
    if shared is not None:
        values["rules_only"] = len(every) - len(rules)
    for unit in sorted(periods, key=_unit_rank):
        values[f"periods.{unit}"] = periods[unit]
    for code in sorted(findings):
        values[f"findings.{code}"] = findings[code]
    for v in variations + alone:
        values[f"variations.{v.result}"] = v.count
    return Metrics(law.file, law.title, law.version, values, variations + alone)


def compute_text(text: str, file: str = "<tekst>", config: object = None) -> Metrics:
    """Analyse a law's text (as `lov check` does) and compute its metrics."""
    from compiler.pipeline import analyse_text

    analysis = analyse_text(text, file, config)  # type: ignore[arg-type]
    assert analysis.law is not None
    return compute(analysis.law, analysis.diagnostics, text)


def _unit_rank(unit: str) -> tuple[int, str]:
    return (UNIT_ORDER.index(unit) if unit in UNIT_ORDER else len(UNIT_ORDER), unit)


def _variation(
    law: m.Law, result: m.Result, syntax: Mapping[tuple[str, int, int | None], ast.Rule],
    keys: Mapping[int, Hashable],
) -> Variation:
    variants: dict[Hashable, str] = {}
    for rule in result.rules:
        key = keys[id(rule)]
        if key not in variants:
            node = syntax.get(canonical.location_key(rule.location))
            variants[key] = canonical.rule_text(node) if node is not None else rule.label
    general = frozenset(keys[id(r)] for r in result.rules if not r.groups)
    own: dict[str, set[Hashable]] = {}
    for r in result.rules:
        for group in r.groups:
            own.setdefault(group, set()).add(keys[id(r)])
    regimes: dict[str, frozenset[Hashable]] = {g: frozenset(own[g]) if g in own else general for g in law.groups}
    uncovered = tuple(g for g, regime in regimes.items() if not regime)
    baseline_name: str | None
    if general:
        baseline, baseline_name = general, GENERAL
    else:
        shared = Counter(regime for regime in regimes.values() if regime)
        if shared:
            best = max(shared.values())
            baseline_name = next(g for g, regime in regimes.items() if regime and shared[regime] == best)
            baseline = regimes[baseline_name]
        else:
            baseline, baseline_name = frozenset(), None
    deviating = tuple(g for g, regime in regimes.items() if regime and regime != baseline)
    return Variation(result.name, len(variants), tuple(variants.values()), baseline_name, deviating, uncovered,
                     result.description)


def _key(e: m.Expr | None, members: list[str], judgments: list[int]) -> Hashable:
    """:func:`compiler.diff.canonical.expr_key`, noting on the way the target groups tested
    (`målgruppe X`, into ``members``) and the number of `skøn` (added to ``judgments[0]``)."""
    return None if e is None else _NotingKey(members, judgments).visit(e)


class _NotingKey(canonical.ExprKey):
    def __init__(self, members: list[str], judgments: list[int]) -> None:
        self.members = members
        self.judgments = judgments

    def member(self, e: m.Member) -> Hashable:
        self.members.append(e.group)
        return super().member(e)

    def judgment(self, e: m.Judgment) -> Hashable:
        self.judgments[0] += 1
        return super().judgment(e)


def _rule_scan(
    law: m.Law, rules: tuple[m.Rule, ...], keys: Mapping[int, Hashable], members: Mapping[int, list[str]],
    judgments: int,
) -> tuple[int, int]:
    """(subgroups, discretion points) from what the keys of the rules noted."""
    pairs: set[tuple[str, Hashable]] = set()
    for rule in rules:
        cond = keys[id(rule)][1]  # type: ignore[index]
        for group in rule.groups:
            pairs.add((group, cond))
        if not rule.groups and rule.condition is not None:
            for group in members[id(rule)]:
                pairs.add((group, cond))
    for g in law.groups.values():
        counter = [0]
        _key(g.condition, [], counter)
        judgments += counter[0]
    judgments += sum(1 for c in law.concepts.values() if c.source is not None and c.source.kind is SourceKind.JUDGMENT)
    return len(pairs), judgments


def _provision_scan(law: m.Law) -> tuple[int, int, dict[str, int]]:
    """One pass over the provisions: (jf. references, `undtagelse til`, periods by unit).

    Periods are counted in rules, target-group conditions and — with the plain-text
    scanner — prose.
    """
    jf = exceptions = 0
    counts: Counter[str] = Counter()
    for _, provision in ast.provisions(law.syntax):
        jf += len(provision.references)
        if isinstance(provision, ast.Rule):
            exceptions += len(provision.exceptions)
        else:
            counts.update(_prose_period_units(provision.text.value))
    for period in ast.periods(law.syntax):
        counts[canonical_unit(period.unit)] += 1
    return jf, exceptions, dict(counts)


@functools.lru_cache(maxsize=1 << 16)
def _prose_period_units(text: str) -> tuple[str, ...]:
    """The units of the non-week periods in a prose text (cached: two versions of a law
    share most of their prose)."""
    return tuple(p.unit for p in find_periods(text))


# ---- comparing -------------------------------------------------------------------------------


def keys_of(*sides: Metrics) -> list[str]:
    """Every metric key of the given versions, in report order: fixed keys, then periods,
    findings and variations (each family in order of first appearance / unit order)."""
    keys: list[str] = list(FIXED_KEYS)
    at = keys.index("subgroups") + 1
    keys[at:at] = [d.key for d in DIFF_DEFINITIONS if any(d.key in s.values for s in sides)]
    seen = set(keys)
    families: dict[str, list[str]] = {"periods.": [], "findings.": [], "variations.": []}
    for side in sides:
        for key in side.values:
            if key in seen:
                continue
            seen.add(key)
            for prefix, bucket in families.items():
                if key.startswith(prefix):
                    bucket.append(key)
    families["periods."].sort(key=lambda k: _unit_rank(k.split(".", 1)[1]))
    families["findings."].sort()
    for bucket in families.values():
        keys.extend(bucket)
    return keys


def label(key: str) -> str:
    """The label of a metric key in the current language (`variations.sats` → `variationer: sats`)."""
    if key in LABELS:
        return t(LABELS[key], _ENGLISH.get(key, LABELS[key]))
    family, _, member = key.partition(".")
    prefix = t(*{"variations": ("variationer", "variations"), "periods": ("perioder", "periods"),
                 "findings": ("fund", "findings")}.get(family, (family, family)))
    return f"{prefix}: {member}"


def better(key: str) -> int:
    """Which way a change of ``key`` is better by KL's goals: -1 fewer, +1 more, 0 neither
    (periods in weeks are better more, periods in any other unit fewer)."""
    if key in _BETTER:
        return _BETTER[key]
    family, _, member = key.partition(".")
    if family == "periods":
        return 1 if member == "uge" else -1
    return {"variations": -1, "findings": -1}.get(family, 0)


_BETTER: dict[str, int] = {d.key: d.better for d in DEFINITIONS + DIFF_DEFINITIONS}


def valid_key(key: str, *sides: Metrics) -> bool:
    """Whether ``key`` names a metric: a fixed key, any period unit, any catalogue code, or
    the variations of a result declared in one of the versions."""
    if key in LABELS:
        return True
    family, dot, member = key.partition(".")
    if not dot or not member:
        return False
    if family == "periods":
        return member in UNIT_ORDER
    if family == "findings":
        return member in CATALOGUE
    if family == "variations":
        return any(f"variations.{member}" in s.values for s in sides)
    return False


# ---- documentation -----------------------------------------------------------------------------


def metrics_markdown() -> str:
    """The text of compiler/METRICS.md."""
    lines = [
        "# Metrics of a law version",
        "",
        "<!-- Generated from compiler/diff/metrics.py by `python -m compiler.diff.metrics`; do not edit. -->",
        "",
        "`lov stats LAW.lov` prints these for one version; `lov diff OLD.lov NEW.lov` prints them side",
        "by side (old, new, change). Each is an integer with a stable key, used by",
        "`--fail-on-increase KEY…` and in the JSON report (`compiler/diff/SCHEMA.md`). All are computed",
        "from the resolved law model (`dsl/model.py`) by `compiler/diff/metrics.py`.",
        "",
        "**Like with like.** In `lov diff`, `rules`, `special_rules`, `variations`, `varied_results` and",
        "`subgroups` are counted over the results *both* versions declare; the rules of a result only",
        "one version has are `rules_only`, listed apart (and the report names those results), so that",
        "a result one version leaves out is not counted as simplification. `lov stats` counts the",
        "whole law.",
        "",
        "**Better.** Each metric says once, here, which way a change is better by KL's goals (common",
        "rules for all, five main groups, every period in weeks): the HTML report colours a change",
        "green when it goes that way and red when it goes the other, whatever its sign.",
        "",
        "| key | label | better | definition |",
        "|---|---|---|---|",
    ]
    for d in DEFINITIONS + DIFF_DEFINITIONS + FAMILIES:
        doc = d.doc.replace("|", "\\|")
        way = {-1: "fewer", 1: "more", 0: "—"}[better(d.key.replace("<enhed>", "måned"))]
        if d.key == "periods.<enhed>":
            way = "more in weeks, fewer in others"
        lines.append(f"| `{d.key}` | {d.label} | {way} | {doc} |")
    lines += [
        "",
        "## Variations, deviating groups and the seeds' tables",
        "",
        "For each result the report also lists its variants (the distinct `VALUE[, hvis CONDITION]`),",
        "the groups that deviate and those without any rule. A group's rules for a result are the",
        "rules scoped to it, or — when it has none — the general rules. The groups deviate from the",
        "general rules when the result has any; otherwise from the rules most groups share (ties: the",
        "group declared first). A group with no rule at all is *uncovered*, not deviating.",
        "",
        "The count follows bilag 5.3 of KL's full proposal: its »Varighed« column counts 5 — *op til 4",
        "mdr. (offentlig) / 6 mdr. (privat)* for dagpengemodtagere are two answers under two",
        "conditions, plus *op til 6*, *op til 12* and *ud over 12 mdr.* — and »Løn- og arbejdsvilkår –",
        "offentlige« counts 7 the same way. The STAR tables are not fully consistent: bilag 5.2 counts",
        "»Ikke ret« as no variation in »Realkompetencevurdering« (2) but bilag 5.3 counts it in »Ret til",
        "løntilskud – selvfundet« (2 = *ret* / *ikke ret*). Here an explicit answer is always an answer,",
        "and only a missing rule (»Ikke relevant«) is not counted; `laws/lab-2017.lov` notes each",
        "column where this gives a different number than STAR.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(metrics_markdown())
