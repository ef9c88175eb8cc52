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

import re
from typing import Iterator

from compiler.checks.context import CheckContext
from compiler.checks.lawtext import law_texts, line_index
from dsl import model as m
from dsl.diagnostics import Diagnostic, diagnostic

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
    wording = f"{concept.name.replace('_', ' ')} {concept.description or ''}"
    return bool(_PER_BENEFIT.search(wording)) and not _AGGREGATED.search(wording)


def per_benefit_count(e: m.TimeOn) -> bool:
    """Whether a count of time in a history is per benefit: a current spell, or a sum over only
    some of the history's values."""
    if e.kind == "sammenhængende":
        return True
    options = e.history.type.options if e.history.type is not None else ()
    return bool(e.values) and set(e.values) != set(options)


#: What each group condition, division scope and result holds for this check, by the id of the
#: model object: (object, nodes). The language server's resolver keeps an unchanged result (and
#: the model of unchanged rules, :class:`dsl.resolver.RuleCache`), whose spans the incremental
#: parser moves in place, so an unchanged result is not walked again. The findings are sorted
#: with all the others, so the order here does not matter.
_CANDIDATES: dict[int, tuple[object, tuple[m.Expr, ...]]] = {}


def _candidates(*roots: m.Expr | None) -> tuple[m.Expr, ...]:
    """The per-benefit counts of time in ``roots`` and the `uger` facts they compare, in order
    (whether a fact counts per benefit depends on its concept, which is looked up each run)."""
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


def _parts(law: m.Law) -> Iterator[tuple[object, tuple[m.Expr | None, ...]]]:
    """Every expression of the law (:func:`dsl.model.law_expressions`), by the object that holds it."""
    for group in law.groups.values():
        yield group, (group.condition,)
    for division in law.divisions:
        if division.scope is not None:
            yield division, (division.scope,)
    for result in law.results.values():
        yield result, tuple(e for rule in result.rules for e in (rule.condition, rule.value))


def aggregated_periods(ctx: CheckContext) -> Iterator[Diagnostic]:
    """D007 at each per-benefit count of time, per-benefit period fact in a comparison, and at
    continuous-period wording."""
    global _CANDIDATES
    last, seen = _CANDIDATES, {}
    for holder, roots in _parts(ctx.law):
        cached = last.get(id(holder))
        nodes = cached[1] if cached is not None and cached[0] is holder else _candidates(*roots)
        seen[id(holder)] = (holder, nodes)
        for e in nodes:
            if isinstance(e, m.TimeOn):
                phrase = f"'{e.text}'"
                yield diagnostic("D007", e.span, what=phrase, what_en=phrase)
            elif isinstance(e, m.Fact):
                concept = ctx.law.concepts.get(e.name)
                if concept is not None and counts_per_benefit(concept):
                    yield diagnostic("D007", e.span, what=f"'{e.name}'", what_en=f"'{e.name}'")
    _CANDIDATES = seen  # only this law's: the objects of replaced rules are let go
    index = line_index(ctx.tree, ctx.text)
    for text in law_texts(ctx.tree, ctx.text):
        if text.kind == "beskrivelse":
            continue  # a fact's description is judged where the fact is used
        for match in _CONTINUOUS_TEXT.finditer(text.value):
            phrase = " ".join(match.group(0).split())
            yield diagnostic(
                "D007", text.span(index, match.start(), match.end()), what=f"'{phrase}'", what_en=f"'{phrase}'"
            )
