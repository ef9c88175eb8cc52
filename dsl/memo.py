"""What a stage computed from a node, kept by the node's identity from one run to the next.

The language server analyses a law again after every edit. Its incremental parse keeps the
syntax nodes of unchanged §§ (moving their spans in place), and its resolver keeps the model of
unchanged rules and results (:class:`dsl.resolver.RuleCache`); a check, or the outline, that
keeps what it made of each node walks only the nodes an edit replaced. Only the last run's nodes
are kept, so the nodes of replaced §§ are let go.
"""

from __future__ import annotations

from typing import Callable, Generic, Iterable, Iterator, TypeVar

N = TypeVar("N")
V = TypeVar("V")


class ByNode(Generic[N, V]):
    """``compute(node)``, remembered for the very same node object."""

    def __init__(self, compute: Callable[[N], V]) -> None:
        self._compute = compute
        self._last: dict[int, tuple[N, V]] = {}

    def each(self, nodes: Iterable[N]) -> Iterator[V]:
        """The value of each node, in order; the nodes of this run become the ones kept."""
        last, now = self._last, {}  # one read: safe when an editor analyses on several threads
        for node in nodes:
            hit = last.get(id(node))
            value = hit[1] if hit is not None and hit[0] is node else self._compute(node)
            now[id(node)] = (node, value)
            yield value
        self._last = now
