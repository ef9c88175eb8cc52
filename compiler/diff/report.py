"""The report of `lov diff`: structure, metrics side by side and behaviour, as data.

Every output format (text, Markdown, JSON, HTML) is rendered from one
:class:`DiffReport`; `lov stats` renders one :class:`compiler.diff.metrics.Metrics`.
"""

from __future__ import annotations

from typing import Iterable

import attrs

from compiler.diff import metrics as mx
from compiler.diff.structure import StructureDiff, diff_structure
from compiler.pipeline import Analysis, analyse_text
from compiler.report import errors_note
from dsl.config import Config

SCHEMA_VERSION = 1


@attrs.frozen
class Side:
    """One version: its file, title, version, the SHA-256 of its source, its error diagnostics and
    those of them that left something unread (:attr:`compiler.pipeline.Analysis.unread`)."""

    file: str
    title: str | None
    version: str | None
    sha256: str
    errors: int
    unread: int = 0

    def mirrored(self) -> Side:
        return self


@attrs.frozen
class MetricRow:
    key: str
    label: str
    old: int | None
    new: int | None

    @property
    def change(self) -> int:
        return (self.new or 0) - (self.old or 0)

    def mirrored(self) -> MetricRow:
        return MetricRow(self.key, self.label, self.new, self.old)


@attrs.frozen
class VariationRow:
    """The variations of one result in each version (None where it is not declared)."""

    result: str
    old: mx.Variation | None
    new: mx.Variation | None

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def noteworthy(self) -> bool:
        """Declared in both versions, with another count or other deviating groups."""
        return (
            self.old is not None and self.new is not None
            and (self.old.count != self.new.count or self.old.deviating != self.new.deviating)
        )

    def mirrored(self) -> VariationRow:
        return VariationRow(self.result, self.new, self.old)


@attrs.frozen
class DiffReport:
    old: Side
    new: Side
    structure: StructureDiff
    metrics: tuple[MetricRow, ...]
    variations: tuple[VariationRow, ...]
    behaviour: object | None = None  # compiler.diff.behaviour.Behaviour when computed

    @property
    def is_empty(self) -> bool:
        """No structural change, every metric equal and no citizen with another answer."""
        return (
            self.structure.is_empty
            and all(r.change == 0 and r.old == r.new for r in self.metrics)
            and not any(v.changed for v in self.variations)
            and (self.behaviour is None or not getattr(self.behaviour, "differences", 0))
        )

    def notes(self) -> list[str]:
        """What every rendering says first: of each version whose text could not all be read,
        that its figures rest on what could be (:func:`compiler.report.errors_note`)."""
        found = (errors_note(self.old.unread, ("gamle", "old")), errors_note(self.new.unread, ("nye", "new")))
        return [note for note in found if note]

    def metric(self, key: str) -> MetricRow | None:
        for row in self.metrics:
            if row.key == key:
                return row
        return None

    def mirrored(self) -> DiffReport:
        behaviour = self.behaviour.mirrored() if self.behaviour is not None else None  # type: ignore[attr-defined]
        return DiffReport(
            self.new, self.old, self.structure.mirrored(),
            tuple(r.mirrored() for r in self.metrics), tuple(v.mirrored() for v in self.variations), behaviour,
        )


def side_of(analysis: Analysis) -> Side:
    law = analysis.law
    assert law is not None
    return Side(analysis.file, law.title, law.version, law.sha256, len(analysis.errors), analysis.unread)


def metrics_of(analysis: Analysis, shared: frozenset[str] | None = None) -> mx.Metrics:
    """The metrics of one version; with ``shared`` (the results both versions declare), as `lov
    diff` counts them: rules and variations over those, the rest apart (`rules_only`)."""
    assert analysis.law is not None
    return mx.compute(analysis.law, analysis.diagnostics, analysis.text, shared)


def shared_results(old: Analysis, new: Analysis) -> frozenset[str]:
    assert old.law is not None and new.law is not None
    return frozenset(old.law.results) & frozenset(new.law.results)


def metric_rows(old: mx.Metrics, new: mx.Metrics) -> tuple[MetricRow, ...]:
    """Every metric of either version, old and new (None for a result absent on a side;
    0 for a family member, such as a finding code, that one side simply does not have)."""
    rows = []
    for key in mx.keys_of(old, new):
        a, b = old.values.get(key), new.values.get(key)
        if not key.startswith("variations."):
            a, b = a or 0, b or 0
        rows.append(MetricRow(key, mx.label(key), a, b))
    return tuple(rows)


def variation_rows(old: mx.Metrics, new: mx.Metrics) -> tuple[VariationRow, ...]:
    """Results of either version, in the new version's order, then those only in the old."""
    a = {v.result: v for v in old.variations}
    b = {v.result: v for v in new.variations}
    names = list(b) + [n for n in a if n not in b]
    return tuple(VariationRow(n, a.get(n), b.get(n)) for n in names)


def only_in(report: DiffReport, side: str) -> list[VariationRow]:
    """Results declared only in the ``"old"`` or only in the ``"new"`` version."""
    if side == "old":
        return [v for v in report.variations if v.new is None]
    return [v for v in report.variations if v.old is None]


def build(old: Analysis, new: Analysis, behaviour: object | None = None) -> DiffReport:
    """The report for two analysed versions (``behaviour`` computed separately)."""
    assert old.tree is not None and new.tree is not None
    shared = shared_results(old, new)
    old_m, new_m = metrics_of(old, shared), metrics_of(new, shared)
    return DiffReport(
        side_of(old), side_of(new), diff_structure(old.tree, new.tree, old.text or "", new.text or ""),
        metric_rows(old_m, new_m), variation_rows(old_m, new_m), behaviour,
    )


def diff_texts(
    old_text: str, new_text: str, old_file: str = "gammel.lov", new_file: str = "ny.lov",
    config: Config | None = None,
) -> DiffReport:
    """Analyse two texts and build their report (structure and metrics; no behaviour)."""
    return build(analyse_text(old_text, old_file, config), analyse_text(new_text, new_file, config))


def increased(report: DiffReport, keys: Iterable[str]) -> list[MetricRow]:
    """The rows among ``keys`` whose value grew from the old to the new version."""
    out = []
    for key in keys:
        row = report.metric(key)
        if row is not None and row.change > 0:
            out.append(row)
    return out
