"""Generated populations: reproducible, typed like the begreber, reaching both sides of thresholds."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from compiler.population.uniform import blocks, generate
from tests.kit import law_of

LAW = law_of("""
begreb alder: heltal
begreb antal: heltal
begreb ledig: sandhedsværdi
begreb ledighed: uger
begreb løn: beløb
begreb ydelse: valg af dagpenge, kontanthjælp
begreb note: tekst
resultat x: sandhedsværdi
§ 1. x er alder < 30 og ledighed >= 26 uger og løn > 1000,50 kr. og note = "særlig".
""")

_TYPES = {"heltal": int, "sandhedsværdi": bool, "beløb": Decimal, "uger": (int, Fraction), "tekst": str, "valg": str}


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(), n=st.integers(0, 2100))
def test_same_seed_same_citizens_and_prefixes_do_not_depend_on_n(seed, n):
    a = generate(LAW, n, seed)
    assert len(a) == n
    assert a == generate(LAW, n, seed)
    assert generate(LAW, n + 5, seed)[:n] == a
    assert [c for b in blocks(LAW, n, seed) for c in b] == a


def test_values_have_the_begreb_types_and_options():
    for citizen in generate(LAW, 3000, 1):
        assert set(citizen) == set(LAW.concepts)
        for name, value in citizen.items():
            concept = LAW.concepts[name]
            assert isinstance(value, _TYPES[concept.type.kind])
            if concept.type.kind == "heltal":
                assert not isinstance(value, bool)
            if concept.type.kind == "valg":
                assert value in concept.type.options


def test_both_sides_of_every_threshold_are_reached():
    people = generate(LAW, 5000, 2)
    for name, low, high in (("alder", 29, 30), ("ledighed", 25, 26), ("løn", Decimal("1000.50"), Decimal("1000.51"))):
        seen = {c[name] for c in people}
        assert low in seen and high in seen, name
    assert "særlig" in {c["note"] for c in people}


def test_missing_facts_are_left_out_at_about_the_given_rate():
    people = generate(LAW, 4000, 3, missing=0.25)
    present = sum(len(c) for c in people) / (len(people) * len(LAW.concepts))
    assert 0.70 < present < 0.80
    assert generate(LAW, 100, 3, missing=0.25) == people[:100]
