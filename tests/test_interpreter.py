"""The reference interpreter: default logic, three-valued facts and judgments, exact values."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compiler.evaluate.interpreter import Outcome, evaluate, explain, target_groups
from tests.kit import law_files, law_of
from tests.kit import citizens_of

PRAKTIK = """
begreb forsikret: sandhedsværdi kilde register "A-kasse"
begreb dimittend: sandhedsværdi kilde register "A-kasse"
begreb alder: heltal kilde register "CPR"
målgruppe 1 forsikrede "Forsikrede ledige":
    forsikret
resultat praktik_varighed: uger

§ 44
    stk. 1. praktik_varighed er 13 uger.
    stk. 2. praktik_varighed er 26 uger, hvis skøn "konkret individuel vurdering".
        undtagelse til § 44, stk. 1.

§ 120
    stk. 1. For målgruppe forsikrede er praktik_varighed 4 uger.
    stk. 2. For målgruppe forsikrede er praktik_varighed 8 uger, hvis dimittend.
        undtagelse til § 120, stk. 1.
"""


@pytest.fixture(scope="module")
def praktik():
    return law_of(PRAKTIK)


def test_general_rule_gives_its_value_once_the_judgment_is_supplied(praktik):
    out = evaluate(praktik, "praktik_varighed", {"forsikret": False}, {"konkret individuel vurdering": False})
    assert out == Outcome("værdi", 13, ("§ 44, stk. 1",))


def test_exception_overrides_the_rule_it_is_an_exception_to(praktik):
    out = evaluate(praktik, "praktik_varighed", {"forsikret": False}, {"konkret individuel vurdering": True})
    assert out == Outcome("værdi", 26, ("§ 44, stk. 2",))


def test_unsupplied_judgment_is_an_explicit_outcome_naming_rule_and_wording(praktik):
    out = evaluate(praktik, "praktik_varighed", {"forsikret": False})
    assert out == Outcome("skøn", rules=("§ 44, stk. 2",), judgment="konkret individuel vurdering")


def test_target_group_rule_beats_general_rules_so_the_judgment_is_not_needed(praktik):
    out = evaluate(praktik, "praktik_varighed", {"forsikret": True, "dimittend": False})
    assert out == Outcome("værdi", 4, ("§ 120, stk. 1",))
    out = evaluate(praktik, "praktik_varighed", {"forsikret": True, "dimittend": True})
    assert out == Outcome("værdi", 8, ("§ 120, stk. 2",))


def test_missing_fact_names_the_begreb_and_where_it_was_needed(praktik):
    out = evaluate(praktik, "praktik_varighed", {"forsikret": True})
    assert out == Outcome("mangler", rules=("§ 120, stk. 2",), missing="dimittend")
    # a missing membership fact is reported at the group's definition
    out = evaluate(praktik, "praktik_varighed", {}, {"konkret individuel vurdering": True})
    assert out == Outcome("mangler", rules=("målgruppe 1 forsikrede",), missing="forsikret")


def test_none_counts_as_missing(praktik):
    out = evaluate(praktik, "praktik_varighed", {"forsikret": None}, {"konkret individuel vurdering": True})
    assert out.missing == "forsikret"


def test_target_groups_is_a_result(praktik):
    groups = target_groups(praktik, {"forsikret": True})
    assert groups == {"forsikrede": Outcome("værdi", True, ("målgruppe 1 forsikrede",))}
    assert target_groups(praktik, {})["forsikrede"].kind == "mangler"


CONFLICT = """
begreb a: sandhedsværdi
resultat x: heltal
§ 1. x er 1.
§ 2. x er 1, hvis a.
§ 3. x er 2, hvis ikke a.
"""


def test_two_applicable_rules_neither_beating_the_other_are_a_conflict_even_with_equal_values():
    law = law_of(CONFLICT)
    assert evaluate(law, "x", {"a": True}) == Outcome("konflikt", rules=("§ 1", "§ 2"))
    assert evaluate(law, "x", {"a": False}) == Outcome("konflikt", rules=("§ 1", "§ 3"))


def test_no_applicable_rule():
    law = law_of("begreb a: sandhedsværdi\nresultat x: heltal\n§ 1. x er 1, hvis a.\n")
    assert evaluate(law, "x", {"a": False}) == Outcome("ingen regel")


KLEENE = """
begreb a: sandhedsværdi
begreb b: sandhedsværdi
resultat og_: sandhedsværdi
resultat eller_: sandhedsværdi
resultat ikke_: sandhedsværdi
§ 1. og_ er a og b.
§ 2. eller_ er a eller b.
§ 3. ikke_ er ikke a.
"""


@pytest.mark.parametrize(
    "a, b, og_, eller_",
    [
        (False, None, False, None),
        (None, False, False, None),
        (True, None, None, True),
        (None, True, None, True),
        (None, None, None, None),
        (True, True, True, True),
    ],
)
def test_og_and_eller_are_kleene(a, b, og_, eller_):
    law = law_of(KLEENE)
    facts = {k: v for k, v in (("a", a), ("b", b)) if v is not None}
    for result, expected in (("og_", og_), ("eller_", eller_)):
        out = evaluate(law, result, facts)
        if expected is None:
            assert out.kind == "mangler"
        else:
            assert out == Outcome("værdi", expected, (("§ 1" if result == "og_" else "§ 2"),))


def test_first_unknown_left_to_right_within_a_rule():
    law = law_of(KLEENE)
    assert evaluate(law, "og_", {}).missing == "a"
    assert evaluate(law, "eller_", {"a": False}).missing == "b"
    assert evaluate(law, "ikke_", {}).missing == "a"


def test_first_unknown_rule_in_law_order_unless_a_definite_rule_beats_it():
    law = law_of("""
begreb a: sandhedsværdi
begreb b: sandhedsværdi
begreb c: sandhedsværdi
resultat x: heltal
§ 1. x er 1, hvis b.
§ 2. x er 2, hvis a.
§ 3. x er 3, hvis c.
    undtagelse til § 1.
""")
    assert evaluate(law, "x", {}).missing == "b"
    # § 3 applies and beats § 1, so b no longer matters; a still does
    assert evaluate(law, "x", {"c": True}).missing == "a"
    assert evaluate(law, "x", {"c": True, "a": False}) == Outcome("værdi", 3, ("§ 3",))


def test_money_is_exact_and_weeks_compare_exactly():
    law = law_of("""
begreb ledighed: uger
resultat sats: beløb
resultat lang: sandhedsværdi
§ 1. sats er 0,10 kr. + 0,20 kr.
§ 2. lang er ledighed >= seks måneder.
""")
    out = evaluate(law, "sats", {})
    assert out.value == Decimal("0.30") and isinstance(out.value, Decimal)
    assert evaluate(law, "lang", {"ledighed": 26}).value is True
    assert evaluate(law, "lang", {"ledighed": Fraction(51, 2)}).value is False


def test_a_result_used_by_another_passes_on_why_it_is_not_known():
    law = law_of("""
begreb a: sandhedsværdi
resultat tilskud: beløb
resultat periode: uger
§ 1
    stk. 1. tilskud er 30 kr., hvis a.
    stk. 2. tilskud er 40 kr., hvis ikke a.
§ 2
    stk. 1. periode er 2 år, hvis tilskud = 30 kr.
    stk. 2. periode er 26 uger, hvis tilskud = 40 kr.
""")
    assert evaluate(law, "periode", {"a": True}) == Outcome("værdi", 104, ("§ 2, stk. 1",))
    assert evaluate(law, "periode", {}) == Outcome("mangler", rules=("§ 1, stk. 1",), missing="a")


def test_explanation_lists_rules_overrides_and_facts_read(praktik):
    ex = explain(praktik, "praktik_varighed", {"forsikret": True, "dimittend": True})
    data = ex.data()
    assert data["udfald"] == {"art": "værdi", "værdi": 8, "tekst": "8 uger", "regler": ["§ 120, stk. 2"]}
    assert data["regler"] == [
        {"regel": "§ 44, stk. 1", "gælder": "ja", "tilsidesat_af": ["§ 120, stk. 1", "§ 120, stk. 2"]},
        {"regel": "§ 44, stk. 2", "gælder": "ukendt", "tilsidesat_af": ["§ 120, stk. 1", "§ 120, stk. 2"]},
        {"regel": "§ 120, stk. 1", "gælder": "ja", "tilsidesat_af": ["§ 120, stk. 2"]},
        {"regel": "§ 120, stk. 2", "gælder": "ja", "tilsidesat_af": []},
    ]
    assert [f["begreb"] for f in data["fakta"]] == ["forsikret", "dimittend"]
    assert data["skøn"] == [{"skøn": "konkret individuel vurdering", "værdi": None}]
    text = ex.text()
    assert text.startswith("praktik_varighed: 8 uger (§ 120, stk. 2)\n")
    assert "§ 120, stk. 1 gælder, men er tilsidesat af § 120, stk. 2." in text
    assert "§ 120, stk. 2 gælder og afgør resultatet." in text


# ---- properties ------------------------------------------------------------------------

LAWS = {p.name: p for p in law_files()}


def _law(name):
    from compiler.pipeline import analyse_file

    return analyse_file(str(LAWS[name])).law


@pytest.mark.parametrize("name", sorted(LAWS))
@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), drop=st.sets(st.integers(0, 40), max_size=4))
def test_a_decided_outcome_does_not_change_when_missing_facts_are_filled_in(name, seed, drop):
    """Soundness of the three-valued evaluation: a value, conflict or 'no rule' reached
    without some facts is the same whatever those facts turn out to be."""
    law = _law(name)
    # A citizen with every fact (the caseload leaves out what does not apply to a situation,
    # such as the sickness-benefit category of someone on dagpenge).
    citizen = next(c for c in citizens_of(law, 256, seed) if set(c) == set(law.concepts))
    names = sorted(citizen)
    partial = {k: v for i, k in enumerate(names) if i not in drop for v in [citizen[k]]}
    texts = {t for r in law.rules for t in r.judgments}
    judgments = {t: bool(seed % 2) for t in texts}
    for result in law.results:
        before = evaluate(law, result, partial, judgments)
        if before.kind in ("værdi", "konflikt", "ingen regel"):
            assert evaluate(law, result, citizen, judgments) == before
        after = evaluate(law, result, citizen, judgments)
        assert after.kind not in ("mangler", "skøn")


@pytest.mark.parametrize("name", sorted(LAWS))
def test_every_testsag_in_the_laws_holds_in_the_interpreter(name):
    from compiler.evaluate.backends import InterpreterBackend
    from compiler.evaluate.cases import run_cases

    law = _law(name)
    results = run_cases(law, InterpreterBackend(law))
    failed = [r.line() for r in results if not r.ok]
    assert not failed, "\n".join(failed)
