"""D007: periods are aggregated across benefits ("sammenlagte perioder"), not counted per
benefit ("sammenhængende") — KL's full proposal, afsnit 2.5, and case 1 (Jørgen).

Three places:

- a count of time in a history that is per benefit: `sammenhængende tid …` (a change of benefit
  or an interruption restarts it), or `sammenlagt tid på …` that counts only some of the
  history's values — read from the expression itself, whatever the names say;
- for a ready-made period fact (a `uger` begreb, no history), a period condition of a rule or target group (a comparison with a `uger` fact) whose fact
  counts time on one benefit: its name or description says `sammenhængende`, `pr. ydelse`,
  `nuværende ydelse` or that it starts again (`tælles forfra`, `starter forfra`) — unless it
  also says `sammenlagt` or `på tværs af ydelser`;
- law text that counts a period as continuous: `sammenhængende ledighed`, `sammenhængende
  periode(r)`, `sammenhængende offentlig forsørgelse` (not `sammenhængende indsats` or
  `sammenhængende forløb`, which are about coherence, not counting).
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from compiler.checks.context import CheckContext
from compiler.checks.lawtext import TextScan, line_index
from dsl import model as m
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.memo import ByNode

_PER_BENEFIT = re.compile(
    r"\bsammenhængende\b|\bpr\.?\s+ydelse\b|\bper\s+ydelse\b|\bnuværende\s+ydelse\b|"
    r"\b(?:tælles|tæller|starter|begynder)\s+forfra\b",
    re.IGNORECASE,
)
_AGGREGATED = re.compile(r"\bsammenlag\w*|\bpå\s+tværs\s+af\s+ydelser\b", re.IGNORECASE)
_CONTINUOUS_TEXT = re.compile(
    r"\bsammenhængende\s+(?:ledighed\w*|periode\w*|offentlig\s+forsørgelse|forsørgelse\w*|"
    r"ophold\w*|måneder|uger|år)\b",
    re.IGNORECASE,
)


def counts_per_benefit(concept: m.Concept) -> bool:
    """Whether a period fact is counted per benefit (see the module doc)."""
    return _per_benefit_wording(concept.name, concept.description)


@functools.lru_cache(maxsize=1 << 14)
def _per_benefit_wording(name: str, description: str | None) -> bool:
    wording = f"{name.replace('_', ' ')} {description or ''}"
    return bool(_PER_BENEFIT.search(wording)) and not _AGGREGATED.search(wording)


def per_benefit_count(e: m.TimeOn) -> bool:
    """Whether a count of time in a history is per benefit: a current spell, or a sum over only
    some of the history's values."""
    if e.kind == "sammenhængende":
        return True
    options = e.history.type.options if e.history.type is not None else ()
    return bool(e.values) and set(e.values) != set(options)


def _candidates(holder: m.TargetGroup | m.Division | m.Result) -> tuple[m.Expr, ...]:
    """The per-benefit counts of time in what ``holder`` states and the `uger` facts it
    compares, in order (whether a fact counts per benefit depends on its concept, which is looked
    up each run)."""
    if isinstance(holder, m.TargetGroup):
        roots: tuple[m.Expr | None, ...] = (holder.condition,)
    elif isinstance(holder, m.Division):
        roots = (holder.scope,)
    else:
        roots = tuple(e for rule in holder.rules for e in (rule.condition, rule.value))
    found: list[m.Expr] = []
    for root in roots:
        if root is None:
            continue
        for e in m.walk(root):
            if isinstance(e, m.TimeOn) and per_benefit_count(e):
                found.append(e)
            if isinstance(e, m.Compare):
                found.extend(side for side in (e.left, e.right) if isinstance(side, m.Fact) and side.type == m.UGER)
    return tuple(found)


#: The candidates of each target group, division and result, kept by the model object: the
#: resolver's cached results are the same objects. Every expression of the law
#: (:func:`dsl.model.law_expressions`) is in one of them; the findings are sorted with all the
#: others, so the order here does not matter.
_CANDIDATES: ByNode[m.TargetGroup | m.Division | m.Result, tuple[m.Expr, ...]] = ByNode(_candidates)


def aggregated_periods(ctx: CheckContext) -> Iterator[Diagnostic]:
    """D007 at each per-benefit count of time, per-benefit period fact in a comparison, and at
    continuous-period wording."""
    law = ctx.law
    holders: list[m.TargetGroup | m.Division | m.Result] = [*law.groups.values(), *law.divisions,
                                                           *law.results.values()]
    for nodes in _CANDIDATES.each(holders, ctx.tree.file):
        for e in nodes:
            if isinstance(e, m.TimeOn):
                phrase = f"'{e.text}'"
                yield diagnostic("D007", e.span, what=phrase, what_en=phrase)
            elif isinstance(e, m.Fact):
                concept = law.concepts.get(e.name)
                if concept is not None and counts_per_benefit(concept):
                    yield diagnostic("D007", e.span, what=f"'{e.name}'", what_en=f"'{e.name}'")
    index = line_index(ctx.tree, ctx.text)
    for text, found in _CONTINUOUS.found(ctx.tree, ctx.text):
        if text.kind == "beskrivelse":
            continue  # a fact's description is judged where the fact is used
        for start, end, phrase in found:
            yield diagnostic("D007", text.span(index, start, end), what=f"'{phrase}'", what_en=f"'{phrase}'")


#: (start, end, phrase) of each continuous-period wording in the law texts.
_CONTINUOUS: TextScan[tuple[tuple[int, int, str], ...]] = TextScan(lambda value: tuple(
    (match.start(), match.end(), " ".join(match.group(0).split())) for match in _CONTINUOUS_TEXT.finditer(value)))
