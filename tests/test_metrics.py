"""compiler/diff/metrics.py: each metric on small laws whose counts are known by hand."""

from __future__ import annotations

import pytest

from compiler.diff import metrics as mx
from tests.kit import HEADER, ROOT

DECLS = """
begreb alder: heltal kilde register "CPR"
begreb forsikret: sandhedsværdi kilde register "A-kasse"
begreb ledighed: uger kilde register "Ydelser"
begreb visitation: sandhedsværdi kilde skøn "Visitation"

målgruppe 1 forsikrede:
    forsikret
målgruppe 2 unge:
    alder < 30 og ikke forsikret
målgruppe 3 ældre:
    alder >= 60 og ikke forsikret

resultat varighed: uger
resultat ret: sandhedsværdi
"""


def stats(body: str) -> mx.Metrics:
    return mx.compute_text(HEADER + DECLS + body, "test.lov")


def test_counts_of_structure():
    m = stats("""
§ 1
    stk. 1. varighed er 13 uger.
    stk. 2. "Prosa."
§ 2. ret er ja.
§ 3
    stk. 1. "Liste:"
        nr. 1) For målgruppe unge er ret nej.
        nr. 2) "Mere prosa."
""")
    assert m.get("sections") == 3
    assert m.get("subsections") == 4  # § 1 has two, § 2 one implicit, § 3 one
    assert m.get("rules") == 3  # prose does not count; a rule in a nr. does
    assert m.get("results") == 2 and m.get("concepts") == 4 and m.get("target_groups") == 3
    assert m.get("special_rules") == 1


def test_variations_count_distinct_answers_and_conditions_across_groups():
    """Bilag 5.3 »Varighed«: two answers under two conditions for one group count twice;
    the same answer for several groups ("Samme som ovenfor") counts once."""
    m = stats("""
§ 1
    stk. 1. For målgruppe forsikrede er varighed 17 uger, hvis alder < 50.
    stk. 2. For målgruppe forsikrede er varighed 26 uger, hvis alder >= 50.
    stk. 3. For målgruppe unge er varighed 26 uger.
    stk. 4. For målgruppe ældre er varighed 26 uger.
§ 2
    stk. 1. For målgrupperne forsikrede, unge er ret ja.
    stk. 2. For målgruppe ældre er ret nej.
""")
    assert m.get("variations.varighed") == 3
    assert m.get("variations.ret") == 2
    assert m.get("variations") == 5 and m.get("varied_results") == 2
    (varighed, ret) = m.variations
    assert varighed.variants == ("17 uger, hvis alder < 50", "26 uger, hvis alder >= 50", "26 uger")
    # No general rule: the rules most groups share (unge and ældre: 26 uger) are the baseline.
    assert varighed.baseline == "unge" and varighed.deviating == ("forsikrede",)
    assert ret.baseline == "forsikrede" and ret.deviating == ("ældre",)


def test_variations_compare_meaning_not_spelling():
    m = stats("""
§ 1
    stk. 1. For målgruppe forsikrede er varighed 6 måneder.
    stk. 2. For målgruppe unge er varighed seks måneder.
    stk. 3. For målgruppe ældre er varighed 26 uger.
""")
    # 6 måneder = seks måneder = 26 uger (52/12 weeks a month): one answer.
    assert m.get("variations.varighed") == 1
    assert m.variations[0].deviating == ()


def test_group_without_rule_is_uncovered_not_a_variation():
    """The tables' »Ikke relevant«: no rule, no variation; an explicit nej is an answer."""
    m = stats("""
§ 1
    stk. 1. For målgruppe forsikrede er ret ja.
    stk. 2. For målgruppe unge er ret nej.
""")
    assert m.get("variations.ret") == 2
    assert m.variations[1].uncovered == ("ældre",)
    assert m.variations[0].uncovered == ("forsikrede", "unge", "ældre")
    assert m.get("variations.varighed") == 0


def test_deviating_groups_from_the_general_rule():
    m = stats("""
§ 44
    stk. 1. varighed er 13 uger.
    stk. 2. varighed er 26 uger, hvis skøn "konkret individuel vurdering".
        undtagelse til § 44, stk. 1.
    stk. 3. For målgruppe forsikrede er varighed 4 uger.
    stk. 4. For målgruppe unge er varighed 13 uger.
""")
    v = m.variations[0]
    assert v.count == 3  # 13 uger (general and unge), 26 uger hvis skøn, 4 uger
    assert v.baseline == mx.GENERAL
    assert v.deviating == ("forsikrede", "unge")  # unge: 13 uger without the skøn extension
    assert v.uncovered == ()


def test_subgroups_are_distinct_group_condition_pairs():
    m = stats("""
§ 1
    stk. 1. For målgruppe forsikrede er varighed 4 uger.
    stk. 2. For målgruppe forsikrede er varighed 8 uger, hvis alder < 30.
    stk. 3. For målgrupperne forsikrede, unge er ret ja, hvis alder < 30.
    stk. 4. ret er nej, hvis målgruppe ældre og ledighed > 10 uger.
    stk. 5. For målgruppe unge er ret ja.
""")
    # (forsikrede, -), (forsikrede, alder<30), (unge, alder<30), (ældre, …), (unge, -)
    assert m.get("subgroups") == 5


def test_periods_by_unit_in_rules_groups_and_prose():
    m = stats("""
§ 1
    stk. 1. varighed er 13 uger, hvis ledighed > 6 måneder.
    stk. 2. varighed er 2 uger, hvis ledighed < 14 dage.
    stk. 3. ret er ja, hvis ledighed >= et år.
    stk. 4. "Borgeren indkaldes hver 7. dag og senest efter 3 måneder; 13 uger gælder ikke."
""")
    assert m.get("periods.uge") == 2
    assert m.get("periods.måned") == 1 + 1  # one in a rule, one in prose
    assert m.get("periods.dag") == 1 + 1  # `14 dage` and prose `hver 7. dag`
    assert m.get("periods.år") == 1
    assert m.get("periods_weeks") == 2
    assert m.get("periods_other") == 5


def test_discretion_points_cross_references_exceptions():
    m = stats("""
§ 1
    stk. 1. varighed er 13 uger.
    stk. 2. varighed er 26 uger, hvis skøn "a" og skøn "b".
        undtagelse til § 1, stk. 1.
    stk. 3. "Se også", jf. stk. 1, jf. § 2.
§ 2. ret er ja, jf. § 1, stk. 2.
""")
    assert m.get("discretion_points") == 2 + 1  # two skøn in § 1 and the begreb with kilde skøn
    assert m.get("cross_references") == 3
    assert m.get("exceptions") == 1


def test_findings_by_code_come_from_lov_check():
    m = stats("""
§ 1
    stk. 1. varighed er 3 måneder.
    stk. 2. ukendt er ja.
""")
    assert m.get("findings.U001") == 1
    assert m.get("findings.N001") == 1
    assert m.get("findings") == sum(v for k, v in m.values.items() if k.startswith("findings."))


def test_valid_keys():
    m = stats("§ 1. ret er ja.\n")
    assert mx.valid_key("target_groups", m)
    assert mx.valid_key("periods.måned", m) and not mx.valid_key("periods.fortnight", m)
    assert mx.valid_key("findings.U001", m) and not mx.valid_key("findings.X999", m)
    assert mx.valid_key("variations.ret", m) and not mx.valid_key("variations.nope", m)
    assert not mx.valid_key("targetgroups", m)


def test_metrics_md_is_generated_from_the_module():
    """compiler/METRICS.md documents every metric: regenerate with `python -m compiler.diff.metrics`."""
    assert (ROOT / "compiler" / "METRICS.md").read_text(encoding="utf-8") == mx.metrics_markdown()
    for d in mx.DEFINITIONS:
        assert f"`{d.key}`" in mx.metrics_markdown()


@pytest.mark.parametrize("key", mx.FIXED_KEYS)
def test_every_fixed_metric_is_computed(key):
    assert stats("§ 1. ret er ja.\n").get(key) is not None
