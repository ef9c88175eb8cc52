"""`lov diff laws/lab-2017.lov laws/kl-2017.lov`: what a reader of KL's proposal expects.

14 target groups become 5; the variations of the wage-subsidy (bilag 5.3) and
upskilling (bilag 5.2) rules fall; and Jørgen (case 1), who must leave his wage-subsidy
job when he moves from sickness benefit to dagpenge under today's act, may keep it
under KL's sketch.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from compiler.diff import behaviour as bh
from compiler.driver.cli import main
from compiler.evaluate import interpreter
from compiler.pipeline import analyse_file
from tests.kit import LAWS

LAB, KL = LAWS / "lab-2017.lov", LAWS / "kl-2017.lov"
JØRGEN = "Case 1: Jørgen bliver rask og får dagpenge"


@pytest.fixture(scope="module")
def report() -> dict:
    result = CliRunner().invoke(main, ["diff", str(LAB), str(KL), "--format", "json", "--population", "300"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def text() -> str:
    result = CliRunner().invoke(main, ["diff", str(LAB), str(KL), "--population", "300"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _metric(report: dict, key: str) -> tuple[int | None, int | None]:
    (row,) = [m for m in report["metrics"] if m["key"] == key]
    return row["old"], row["new"]


def _family(report: dict, prefix: str, side: str) -> int:
    return sum(m[side] or 0 for m in report["metrics"] if m["key"].startswith(f"variations.{prefix}"))


def test_target_groups_fall_from_14_to_5(report, text):
    assert _metric(report, "target_groups") == (14, 5)
    assert any(line.split()[-3:] == ["14", "5", "-9"] for line in text.splitlines() if "(target_groups)" in line)


def test_special_rules_and_subgroups_fall(report):
    for key in ("special_rules", "subgroups", "variations", "periods_other"):
        old, new = _metric(report, key)
        assert new < old, key


@pytest.mark.parametrize("prefix", ["løntilskud_", "opkvalificering_"])
def test_wage_subsidy_and_upskilling_variations_fall(report, prefix):
    assert _family(report, prefix, "new") < _family(report, prefix, "old")
    for row in report["variations"]:
        if row["result"].startswith(prefix) and row["old"] and row["new"]:
            if row["result"] == "løntilskud_ledighedskrav_opfyldt":  # laws/README.md: »Ikke relevant«
                assert (row["old"]["count"], row["new"]["count"]) == (1, 2)
                continue
            assert row["new"]["count"] <= row["old"]["count"], row["result"]


def test_jørgen_keeps_his_wage_subsidy_job(report, text):
    lab, kl = analyse_file(str(LAB)).law, analyse_file(str(KL)).law
    citizens = [c for c in bh.case_citizens(lab, kl) if JØRGEN in c.label]
    assert len(citizens) == 1 and citizens[0].home == "begge"
    evaluate = _evaluator()
    old = evaluate(lab, "løntilskud_ret", bh._facts_for(lab, citizens[0].old_facts), citizens[0].judgments)
    new = evaluate(kl, "løntilskud_ret", bh._facts_for(kl, citizens[0].new_facts), citizens[0].judgments)
    assert (old.text, new.text) == ("nej", "ja")
    assert old.rules and new.rules
    # …and the report shows it, with the §§ that decided each side.
    (row,) = [r for r in report["behaviour"]["results"] if r["result"] == "løntilskud_ret"]
    assert row["differing"] > 0
    shown = [e for e in row["examples"] if JØRGEN in e["citizen"]]
    assert shown and (shown[0]["old"]["text"], shown[0]["new"]["text"]) == ("nej", "ja")
    assert shown[0]["old"]["rules"] == list(old.rules) and shown[0]["new"]["rules"] == list(new.rules)
    assert f'testsag "{JØRGEN}" (begge versioner): nej ({", ".join(old.rules)}) → ja' in text


def _evaluator():

    def evaluate(law, result, facts, judgments):
        return bh.answer(interpreter.evaluate(law, result, facts, judgments), law.results[result].type)

    return evaluate


def test_what_kl_keeps_unchanged_comes_out_unchanged(report):
    """KL's bilag 2.1 marks § 43 "<uændret>", § 45 "<i substansen uændret>", § 101, stk. 1-2 as
    LAB §§ 11 and 14 and the two joint interviews "uændret" (afsnit 2.7): the diff reports none
    of that text as added."""
    sections = report["structure"]["sections"]
    touched = {s["old_number"] for s in sections} | {s["new_number"] for s in sections}
    assert "43" not in touched and "45" not in touched  # unchanged in place: not reported at all
    by_new = {s["new_number"]: s for s in sections if s["new_number"]}
    # The joint interviews: today's § 19 b is KL's § 102, its stk. 1-2 the same words.
    joint = by_new["102"]
    assert (joint["change"], joint["old_number"]) == ("moved", "19b")
    assert {x["new_label"] for x in joint["stks"]} == {"stk. 3", "stk. 4"}
    assert all(x["change"] == "added" for x in joint["stks"])
    # KL's § 101: LAB § 11, stk. 2 moved word for word; LAB § 14, stk. 1 kept, KL's rule beside it.
    first = {(x["change"], x["old_label"], x["new_label"]): x for x in by_new["101"]["stks"]}
    assert ("moved", "§ 11, stk. 2", "stk. 1") in first
    kept = first[("changed", "stk. 1", "stk. 2")]
    assert [op for op in kept["redline"] if op["op"] == "-"] == []  # nothing of LAB § 14 struck
