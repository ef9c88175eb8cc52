"""Why answers change: the old version with the new version's way of counting time.

When both versions count time on the same history (`sammenlagt tid …`, `sammenhængende tid …`)
but differently — lab-2017 per benefit, kl-2017 across benefits — the impact report says how
many changed answers are explained by the counting alone: the old version, with each of its
counts over that history replaced by the new version's, already gives the new answer.

The substitute is well defined only when the new version counts each such history in one way;
otherwise there is no attribution (:func:`counting_counterfactual` returns None).
"""

from __future__ import annotations

import attrs

from dsl import model as m


@attrs.frozen
class Counting:
    """The old law with the new counting, and how each version counts (as written)."""

    law: m.Law
    old: tuple[str, ...]
    new: tuple[str, ...]


def _history_key(e: m.TimeOn) -> tuple[str, str] | None:
    h = e.history
    return (type(h).__name__, h.name) if isinstance(h, (m.Fact, m.ResultValue)) else None


def _counts(law: m.Law) -> dict[tuple[str, str], list[m.TimeOn]]:
    out: dict[tuple[str, str], list[m.TimeOn]] = {}
    for root in m.law_expressions(law):
        for e in m.walk(root):
            if isinstance(e, m.TimeOn) and (key := _history_key(e)) is not None:
                group = out.setdefault(key, [])
                if e not in group:
                    group.append(e)
    return out


def _names(e: m.Expr) -> set[tuple[str, str]]:
    return {(type(x).__name__, x.name) for x in m.walk(e) if isinstance(x, (m.Fact, m.ResultValue))}


def _available(old: m.Law) -> set[tuple[str, str]]:
    return {("Fact", n) for n in old.concepts} | {("ResultValue", n) for n in old.results}


def counting_counterfactual(old: m.Law, new: m.Law) -> Counting | None:
    """The old law counting time as the new one does, or None when the counts agree, when
    only one version counts, or when the substitute would not be well defined."""
    old_counts, new_counts = _counts(old), _counts(new)
    substitutes: dict[tuple[str, str], m.TimeOn] = {}
    for key, olds in old_counts.items():
        news = new_counts.get(key)
        if not news or len(news) != 1:
            continue
        sub = news[0]
        if all(o == sub for o in olds):
            continue
        history_type = olds[0].history.type
        if sub.history.type != history_type or not _names(sub) <= _available(old):
            continue
        substitutes[key] = sub
    if not substitutes:
        return None

    def swap(e: m.Expr) -> m.Expr | None:
        if isinstance(e, m.TimeOn) and (key := _history_key(e)) in substitutes:
            return attrs.evolve(substitutes[key], span=e.span)
        return None

    return Counting(
        m.replace_in_law(old, swap),
        tuple(dict.fromkeys(e.text for key in substitutes for e in old_counts[key])),
        tuple(substitutes[key].text for key in substitutes),
    )
