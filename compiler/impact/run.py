"""Run an impact analysis: compile both versions, map the comparison over partitions, merge.

In-process (the default) the population is processed in chunks of :data:`CHUNK` rows,
so memory stays bounded whatever the population size; with a Dask client the same
:func:`compiler.impact.compare.compare_partition` runs on the cluster's workers, one task
per partition (synthetic rows are generated on the worker; file data is shipped).
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import attrs

from compiler.codegen.columnar.module import generate as columnar_source
from compiler.codegen.load import load_source
from compiler.impact.compare import (
    EXAMPLES,
    Job,
    Partial,
    compare_partition,
    merge_all,
    shared_results,
)
from compiler.impact.counting import Counting, counting_counterfactual
from compiler.impact.report import Report
from compiler.population.caseload import (
    BLOCK,
    SITUATIONS,
    Population,
    Spec,
    situation_counts,
    partitions,
)
from dsl import model as m
from dsl.language import t

CHUNK = 4 * BLOCK  # 262,144 rows: a few hundred MB at most for two versions of a law


class ImpactError(ValueError):
    """A problem with the request (message in Danish)."""


@attrs.frozen
class Synthetic:
    """The generated population (:mod:`compiler.population.caseload`)."""

    spec: Spec

    @property
    def n(self) -> int:
        return self.spec.n

    def description(self) -> dict[str, object]:
        counts = situation_counts(self.spec.n)
        return {
            "source": "synthetic", "n": self.spec.n, "seed": self.spec.seed, "missing": self.spec.missing,
            "judgments": self.spec.judgments,
            "situations": {s.name: c for s, c in zip(SITUATIONS, counts)},
        }

    def pieces(self, chunk: int) -> list[Any]:
        return [(self.spec, a, b) for a, b in partitions(self.spec.n, chunk)]


@attrs.frozen
class FileData:
    """Rows read from a CSV, Parquet or JSON file (:mod:`compiler.impact.data`)."""

    population: Population
    path: str

    @property
    def n(self) -> int:
        return self.population.n

    def description(self) -> dict[str, object]:
        return {"source": "file", "file": self.path, "n": self.population.n}

    def pieces(self, chunk: int) -> list[Any]:
        return [self.population.take(a, b) for a, b in partitions(self.population.n, chunk)]


def prepare(old: m.Law, new: m.Law, results: Sequence[str] = (),
            examples: int = EXAMPLES) -> tuple[Job, list[tuple[str, str]], Counting | None]:
    """The comparison job (both columnar modules' source, the results to compare), the results
    not compared, and the old version counting time as the new one does, if they count differently."""
    old_source, new_source = columnar_source(old), columnar_source(new)
    mo, mn = load_source(old_source), load_source(new_source)
    same, differ = shared_results(mo.resultater(), mn.resultater())
    if results:
        unknown = [r for r in results if r not in same]
        if unknown:
            raise ImpactError(t("kan ikke sammenligne (ikke et resultat i begge versioner med samme type): ",
                                "cannot compare (not a result of both versions with the same type): ")
                              + ", ".join(unknown))
        same = [r for r in same if r in results]
    if not same:
        raise ImpactError(t("de to versioner har ingen resultater til fælles", "the two versions have no results in common"))
    counting = counting_counterfactual(old, new)
    counting_source = columnar_source(counting.law) if counting is not None else None
    return Job(old_source, new_source, tuple(same), examples, counting_source), differ, counting


def run(old: m.Law, new: m.Law, source: Synthetic | FileData, *, results: Sequence[str] = (),
        examples: int = EXAMPLES, chunk: int = CHUNK, client: Any = None,
        progress: Callable[[int, int], None] | None = None) -> Report:
    """The impact of replacing ``old`` by ``new`` on the population ``source``.

    ``progress(done, total)`` is called after each partition; ``client`` is a
    ``dask.distributed.Client`` to run the partitions on (default: in-process)."""
    if source.n <= 0:
        raise ImpactError(t("populationen er tom", "the population is empty"))
    job, differ, counting = prepare(old, new, results, examples)
    pieces = source.pieces(chunk)
    partials: list[Partial]
    if client is None:
        partials = []
        for i, piece in enumerate(pieces):
            partials.append(compare_partition(job, piece))
            if progress:
                progress(i + 1, len(pieces))
    else:
        from compiler.impact.scale import map_partitions

        partials = map_partitions(client, job, pieces, progress)
    return Report.build(old, new, source.description(), merge_all(partials), job.results, differ,
                        counting)
