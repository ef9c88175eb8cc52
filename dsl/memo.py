"""What a stage computed from a node, kept by the node's identity from one run to the next.

The language server analyses a law again after every edit. Its incremental parse keeps the
syntax nodes of unchanged §§ (moving their spans in place), and its resolver keeps the model of
unchanged rules and results (:class:`dsl.resolver.RuleCache`); a check, or the outline, that
keeps what it made of each node walks only the nodes an edit replaced. Only the last run's nodes
are kept, so the nodes of replaced §§ are let go.
"""

from __future__ import annotations

from typing import Callable, Generic, Iterable, Sequence, TypeVar

N = TypeVar("N")
V = TypeVar("V")


#: How many documents' nodes a memo keeps (a drafter's open laws; the oldest is let go).
DOCUMENTS = 8


class ByNode(Generic[N, V]):
    """``compute(node)``, remembered for the very same node object, per document."""

    def __init__(self, compute: Callable[[N], V]) -> None:
        self._compute = compute
        self._last: dict[str, tuple[Sequence[N], list[V]]] = {}

    def each(self, nodes: Iterable[N], document: str) -> list[V]:
        """The value of each node, in order; the nodes of this run become the ones kept for
        ``document`` (a file name: two laws open in an editor do not push out each other's).

        After an edit the nodes mostly stand where they stood: those are compared in place (one
        identity test each); only when nodes were added or removed are they looked up by id."""
        seq = nodes if isinstance(nodes, (list, tuple)) else list(nodes)
        kept = self._last  # one read: safe when an editor analyses on several threads
        last_nodes, last_values = kept.get(document, ((), []))
        compute = self._compute
        if len(seq) == len(last_nodes):
            values = [v if n is old else compute(n) for n, old, v in zip(seq, last_nodes, last_values)]
        else:
            by_id = {id(n): i for i, n in enumerate(last_nodes)}
            values = []
            for n in seq:
                i = by_id.get(id(n))
                values.append(last_values[i] if i is not None and last_nodes[i] is n else compute(n))
        now = {d: run for d, run in kept.items() if d != document}
        if len(now) >= DOCUMENTS:
            now.pop(next(iter(now)))
        now[document] = (seq, values)
        self._last = now
        return values
