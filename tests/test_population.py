"""The citizens of the one population generator for any law: reproducible, typed like the begreber,
reaching both sides of thresholds (compiler/population)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from compiler.population.caseload import Spec, citizens
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


def generate(law, n, seed, missing=0.0):
    return citizens([law], n, seed, missing=missing)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32), n=st.integers(0, 2100))
def test_same_seed_same_citizens_and_prefixes_do_not_depend_on_n(seed, n):
    a = generate(LAW, n, seed)
    assert len(a) == n
    assert a == generate(LAW, n, seed)
    assert generate(LAW, n + 5, seed)[:n] == a
    # The same rows as the columnar population lov impact evaluates.
    spec = Spec.of([LAW], 1_140_000, seed)
    assert spec.rows(0, n).dicts() == a if n else True


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


def test_a_small_sample_is_drawn_from_every_kind_of_situation():
    """The first rows are a seeded permutation of the national caseload: a few hundred
    citizens already include people on most benefits (not only the largest situation)."""
    law = law_of("""
begreb ydelse: valg af dagpenge, kontanthjælp, uddannelseshjælp, sygedagpenge, revalideringsydelse,
    førtidspension, ledighedsydelse, fleksløntilskud, ressourceforløbsydelse, selvforsørgelse
resultat x: sandhedsværdi
§ 1. x er ydelse = dagpenge.
""")
    assert len({c["ydelse"] for c in generate(law, 300, 5)}) >= 8
    assert len({generate(law, 1, seed)[0]["ydelse"] for seed in range(40)}) >= 5


def test_a_cadence_fact_is_drawn_for_dict_citizens():
    """A `kadence` begreb has no column for lov impact, but lov diff and the tests draw it."""
    from compiler.population.values import plausible

    law = law_of("""
begreb møder: kadence
begreb alder: heltal
resultat r: sandhedsværdi
§ 1. r er ja, hvis alder > 3.
""")
    people = generate(law, 200, 4)
    pool = plausible("møder", law.concepts["møder"].type)
    assert all(c["møder"] in pool for c in people)
    assert len({c["møder"] for c in people}) > 5
    assert generate(law, 20, 4) == people[:20]
    assert 0.3 < sum("møder" in c for c in generate(law, 400, 4, missing=0.5)) / 400 < 0.7
