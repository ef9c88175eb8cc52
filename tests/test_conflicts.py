"""K001: rules that clearly both apply, neither overriding the other."""

from __future__ import annotations

import pytest

from compiler.evaluate.interpreter import evaluate
from tests.kit import codes, law_of

BASE = """
begreb a: sandhedsværdi
målgruppe 1 g "G":
    a
målgruppe 2 h "H":
    ikke a
resultat x: heltal
"""


@pytest.mark.parametrize(
    "rules",
    [
        "§ 1. x er 1.\n§ 2. x er 2.\n",
        "§ 1. x er 1, hvis a.\n§ 2. x er 1, hvis a.\n",
        "§ 1. For målgruppe g er x 1.\n§ 2. For målgruppe g er x 2.\n",
        "§ 1. For målgrupperne g, h er x 1, hvis a.\n§ 2. For målgrupperne h, g er x 2, hvis a.\n",
    ],
)
def test_same_scope_and_same_condition_is_a_conflict(analyse, rules):
    analysis = analyse(BASE + rules)
    k = [d for d in analysis.diagnostics if d.code == "K001"]
    assert len(k) == 1
    assert k[0].span.line == analysis.text.count("\n", 0, analysis.text.index("§ 2")) + 1
    assert "§ 2 og § 1" in k[0].message() and "undtagelse til § 1" in k[0].message()
    # and the interpreter agrees: for a citizen where they apply, it is a konflikt
    law = law_of(BASE + rules)
    assert evaluate(law, "x", {"a": True}).kind == "konflikt"


@pytest.mark.parametrize(
    "rules",
    [
        "§ 1. x er 1.\n§ 2. x er 2.\n    undtagelse til § 1.\n",
        "§ 1. x er 1.\n§ 2. For målgruppe g er x 2.\n",
        "§ 1. x er 1, hvis a.\n§ 2. x er 2, hvis ikke a.\n",
        "§ 1. For målgruppe g er x 1.\n§ 2. For målgruppe h er x 2.\n",
        "§ 1. x er 1.\n§ 2. x er 2, hvis a.\n",
    ],
)
def test_no_static_conflict_where_it_depends_on_the_facts_or_one_overrides(analyse, rules):
    assert "K001" not in codes(analyse(BASE + rules))


def test_laws_in_the_repository_have_no_clear_conflicts(analyse):
    from tests.kit import law_files

    for path in law_files():
        assert "K001" not in codes(analyse(path.read_text(encoding="utf-8"), header=False)), path
