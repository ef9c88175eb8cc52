"""ByNode: what a stage made of a node is kept while the very same node comes back."""

from __future__ import annotations

from dsl.memo import DOCUMENTS, ByNode


class Node:
    def __init__(self, n: int) -> None:
        self.n = n


def counting() -> tuple[ByNode[Node, int], list[int]]:
    made: list[int] = []

    def compute(node: Node) -> int:
        made.append(node.n)
        return node.n * 10

    return ByNode(compute), made


def test_only_new_nodes_are_computed_again_in_place_and_after_an_insertion() -> None:
    memo, made = counting()
    a, b, c = Node(1), Node(2), Node(3)
    assert memo.each([a, b, c], "x.lov") == [10, 20, 30]
    b2 = Node(2)
    assert memo.each([a, b2, c], "x.lov") == [10, 20, 30]  # the same length: compared in place
    d = Node(4)
    assert memo.each([d, a, b2, c], "x.lov") == [40, 10, 20, 30]  # one more: found by id
    assert made == [1, 2, 3, 2, 4]


def test_documents_edited_in_turn_keep_their_own_nodes() -> None:
    memo, made = counting()
    first, second = [Node(1), Node(2)], [Node(3)]
    for _ in range(3):
        assert memo.each(first, "a.lov") == [10, 20]
        assert memo.each(second, "b.lov") == [30]
    assert made == [1, 2, 3]


def test_the_oldest_document_is_let_go() -> None:
    memo, made = counting()
    nodes = [Node(i) for i in range(DOCUMENTS + 1)]
    for i, node in enumerate(nodes):
        memo.each([node], f"{i}.lov")
    memo.each([nodes[0]], "0.lov")  # pushed out by the last one: computed again
    memo.each([nodes[-1]], f"{DOCUMENTS}.lov")  # still kept
    assert made == list(range(DOCUMENTS + 1)) + [0]
