"""`lov diff` and `lov stats`: structure, redline, report properties, formats and the CLI."""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.diff import behaviour as bh
from compiler.diff import metrics as mx
from compiler.diff.redline import inline, redline, side
from compiler.diff.render import html as render_html
from compiler.diff.render import json as render_json
from compiler.diff.render import markdown as render_markdown
from compiler.diff.render import text as render_text
from compiler.diff.report import DiffReport, build, diff_texts
from compiler.diff.structure import diff_structure
from compiler.driver.cli import main
from compiler.pipeline import analyse_text
from dsl.parser import parse
from tests.kit import HEADER, ROOT
from tests.law_versions import laws, versions

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
DECLS = """
begreb alder: heltal kilde register "CPR"
begreb forsikret: sandhedsværdi kilde register "A-kasse"
målgruppe 1 forsikrede:
    forsikret
resultat varighed: uger
resultat ret: sandhedsværdi
"""
LONG = '"Kommunen skal indkalde borgeren til en samtale om jobsøgning og uddannelse."'


def law(body: str, decls: str = DECLS) -> str:
    return HEADER + decls + body


def structure(old: str, new: str):
    return diff_structure(parse(old, "a.lov").law, parse(new, "b.lov").law, old, new)


def report(old: str, new: str, population: int = 0) -> DiffReport:
    a, b = analyse_text(old, "gammel.lov"), analyse_text(new, "ny.lov")
    return build(a, b, bh.run(a.law, b.law, population, 7))


# ---- structure ------------------------------------------------------------------------------


def test_a_chosen_number_in_either_version_never_pairs_two_sections_by_number():
    deadline = "§ 101 \"Frist\"{mark}\n    stk. 1. varighed er 2 uger.\n"
    other = "§ 101 \"Lægeattester\"{mark}\n    stk. 1. ret er ja, hvis alder > 40.\n"
    changes = lambda a, b: [(s.change, s.old_label, s.new_label) for s in structure(law(a), law(b)).sections]
    # Real numbers: the same § rewritten.
    assert changes(deadline.format(mark=""), other.format(mark="")) == [("changed", "§ 101", "§ 101")]
    # A chosen number on either side: two provisions, one removed and one added.
    for a, b in (("  # (nr. valgt)", ""), ("", "  # (nr. valgt)"), ("  # (nr. valgt)", "  # (nr. valgt)")):
        assert sorted(changes(deadline.format(mark=a), other.format(mark=b))) == [
            ("added", None, "§ 101"), ("removed", "§ 101", None)]
    # Unchanged text under a chosen number is unchanged; a '#' inside the title is no mark.
    assert changes(deadline.format(mark="  # (nr. valgt)"), deadline.format(mark="  # (nr. valgt)")) == []
    hashed = "§ 101 \"Frist # (nr. valgt)\"\n    stk. 1. varighed er 2 uger.\n"
    assert [c[0] for c in changes(hashed, other.format(mark=""))] == ["changed"]


def test_renumbered_section_is_a_move():
    old = law(f"§ 12. {LONG}\n§ 44\n    stk. 1. varighed er 13 uger.\n    stk. 2. {LONG}\n")
    new = law(f"§ 12\n    stk. 1. varighed er 13 uger.\n    stk. 2. {LONG}\n§ 13. {LONG}\n")
    d = structure(old, new)
    assert [(s.change, s.old_label, s.new_label, s.stks) for s in d.sections] == [
        ("moved", "§ 44", "§ 12", ()),
        ("moved", "§ 12", "§ 13", ()),
    ]
    assert "§ 44 er flyttet til § 12" in render_text.render_diff(report(old, new))


def test_moved_and_changed_section_by_similarity():
    old = law(f"§ 44\n    stk. 1. varighed er 13 uger.\n    stk. 2. {LONG}\n")
    new = law(f"§ 12\n    stk. 1. varighed er 26 uger.\n    stk. 2. {LONG}\n")
    (s,) = structure(old, new).sections
    assert (s.change, s.old_number, s.new_number) == ("moved", "44", "12")
    assert [(x.change, x.number, x.old_text, x.new_text) for x in s.stks] == [
        ("changed", 1, "varighed er 13 uger.", "varighed er 26 uger.")
    ]
    assert "§ 44 er flyttet til § 12 og ændret" in render_text.render_diff(report(old, new))


def test_a_title_unique_on_both_sides_pairs_two_reworded_sections():
    """Today's § 19 b "Fællessamtaler" and KL's § 102 "Fællessamtaler" are one provision, though
    the numbers are chosen and the words differ; a title found twice on a side pairs nothing."""
    old = law('§ 19 b "Fællessamtaler"  # (nr. valgt)\n    stk. 1. ret er ja, hvis alder > 40.\n'
              '§ 20 "Andet"\n    stk. 1. varighed er 2 uger.\n')
    new = law('§ 102 "Fællessamtaler"  # (nr. valgt)\n    stk. 1. varighed er 26 uger.\n')
    changes = [(s.change, s.old_label, s.new_label) for s in structure(old, new).sections]
    assert changes == [("moved", "§ 19 b", "§ 102"), ("removed", "§ 20", None)]
    assert "§ 19 b er flyttet til § 102 og ændret" in render_text.render_diff(report(old, new))
    twice = new + '§ 103 "Fællessamtaler"\n    stk. 1. ret er nej.\n'
    assert ("moved", "§ 19 b", "§ 102") not in [
        (s.change, s.old_label, s.new_label) for s in structure(old, twice).sections]


def test_a_stk_under_another_number_is_moved_or_changed():
    old = law(f"§ 44\n    stk. 1. {LONG}\n    stk. 2. varighed er 13 uger.\n")
    new = law(f"§ 44\n    stk. 1. ret er ja, hvis alder > 40.\n    stk. 2. {LONG}\n")
    (s,) = structure(old, new).sections
    assert [(x.change, x.old_label, x.new_label) for x in s.stks] == [
        ("added", None, "stk. 1"), ("moved", "stk. 1", "stk. 2"), ("removed", "stk. 2", None)]
    assert "stk. 1 → stk. 2 flyttet" in render_text.render_diff(report(old, new))
    # Reworded as it moves: changed, shown as one redline.
    reworded = new.replace("jobsøgning og uddannelse", "jobsøgning, job og uddannelse")
    (s,) = structure(old, reworded).sections
    assert ("changed", "stk. 1", "stk. 2") in [(x.change, x.old_label, x.new_label) for x in s.stks]


def test_a_stk_taken_word_for_word_from_a_removed_section_is_moved():
    """KL's § 101, stk. 1 is LAB § 11, stk. 2 word for word: moved, not added; in the reverse
    diff it is moved back to the added §."""
    old = law(f"§ 11\n    stk. 2. {LONG}\n§ 14\n    stk. 1. ret er ja.\n")
    new = law(f"§ 14\n    stk. 1. {LONG}\n    stk. 2. ret er ja.\n")
    sections = structure(old, new).sections
    (pair,) = [s for s in sections if s.change == "changed"]
    assert ("moved", "§ 11, stk. 2", "stk. 1") in [(x.change, x.old_label, x.new_label) for x in pair.stks]
    assert ("removed", "§ 11", None) in [(s.change, s.old_label, s.new_label) for s in sections]
    assert "§ 11, stk. 2 → stk. 1 flyttet" in render_text.render_diff(report(old, new))
    (back,) = [s for s in structure(new, old).sections if s.change == "changed"]
    assert ("moved", "stk. 1", "§ 11, stk. 2") in [(x.change, x.old_label, x.new_label) for x in back.stks]


def test_short_identical_text_is_not_a_move():
    """`"Ophævet."` appears in many acts: it must not pair unrelated §§."""
    old = law('§ 5. "Ophævet."\n§ 9. ret er ja.\n')
    new = law('§ 5. ret er nej.\n§ 9. "Ophævet."\n')
    assert [(s.change, s.old_number, s.new_number) for s in structure(old, new).sections] == [
        ("changed", "5", "5"), ("changed", "9", "9"),
    ]


def test_stk_added_removed_changed_with_redline():
    old = law("§ 44\n    stk. 1. varighed er 13 uger.\n    stk. 2. ret er ja.\n    stk. 3. \"Gammel.\"\n")
    new = law("§ 44\n    stk. 1. varighed er 26 uger, hvis alder < 30.\n    stk. 2. ret er ja.\n")
    (s,) = structure(old, new).sections
    assert s.change == "changed"
    assert [(x.change, x.number) for x in s.stks] == [("changed", 1), ("removed", 3)]
    assert inline(redline(s.stks[0].old_text, s.stks[0].new_text)) == (
        "varighed er [-13-]{+26+} uger{+, hvis alder < 30+}."
    )


def test_layout_and_comments_are_not_changes():
    old = law("§ 44\n    stk. 1. varighed er 13 uger.\n")
    new = law("# en kommentar\n§ 44\n  stk. 1.   varighed   er 13 uger .  # slut\n")
    assert structure(old, new).is_empty


def test_declarations_added_removed_changed():
    old = law("§ 1. ret er ja.\n")
    new_decls = DECLS.replace('kilde register "A-kasse"', 'kilde borger').replace("    forsikret", "    forsikret og alder < 60")
    new_decls = new_decls.replace("resultat varighed: uger\n", "") + 'begreb ydelse: valg af dagpenge "Ydelsen"\n'
    d = structure(old, law("§ 1. ret er ja.\n", new_decls))
    assert [(x.kind, x.name, x.change, [(f.field, f.old, f.new) for f in x.fields]) for x in d.declarations] == [
        ("begreb", "forsikret", "changed", [("kilde", 'kilde register "A-kasse"', "kilde borger")]),
        ("begreb", "ydelse", "added", []),
        ("målgruppe", "forsikrede", "changed", [("betingelse", "forsikret", "forsikret og alder < 60")]),
        ("resultat", "varighed", "removed", []),
    ]


def test_header_changes():
    old = law("§ 1. ret er ja.\n")
    new = old.replace('version "1"', 'version "2"')
    assert [(f.field, f.old, f.new) for f in structure(old, new).header] == [("version", '"1"', '"2"')]


# ---- redline --------------------------------------------------------------------------------

words = st.text(st.sampled_from("ab æø§.,\n"), max_size=40)


@given(words, words)
def test_redline_gives_both_texts_back(a, b):
    r = redline(a, b)
    assert side(r, "-") == a and side(r, "+") == b
    assert all(text for _, text in r)
    assert all(x[0] != y[0] for x, y in zip(r, r[1:]))  # adjacent segments differ in op


@given(words)
def test_redline_of_equal_texts_keeps_everything(a):
    assert all(op == "=" for op, _ in redline(a, a))


# ---- properties over generated laws ----------------------------------------------------------


@SETTINGS
@given(laws)
def test_diff_of_a_law_with_itself_is_empty(text):
    r = report(text, text, population=10)
    assert r.structure.is_empty
    assert r.is_empty, [row for row in r.metrics if row.change]
    assert all(x.differing == 0 for x in r.behaviour.results)
    assert "Ingen forskelle." in render_text.render_diff(r)


def _comparable(r: DiffReport):
    s = r.structure
    behaviour = {x.result: (x.evaluated, x.differing) for x in r.behaviour.results} if r.behaviour else None
    return (
        Counter(s.header), Counter(s.sections), Counter(s.declarations),
        {row.key: (row.old, row.new) for row in r.metrics},
        {v.result: (v.old, v.new) for v in r.variations},
        behaviour,
    )


@SETTINGS
@given(versions())
def test_diff_is_the_mirror_of_the_reverse_diff(pair):
    a, b = pair
    forward, backward = report(a, b, population=10), report(b, a, population=10)
    assert _comparable(backward) == _comparable(forward.mirrored())
    assert backward.is_empty == forward.is_empty


@SETTINGS
@given(versions())
def test_metrics_in_a_diff_equal_stats_of_each_side_over_the_results_both_declare(pair):
    """`lov diff` counts rules and variations over the results both versions declare; the rules
    of a result only one version has are `rules_only`. Everything else is `lov stats`'s count."""
    a, b = pair
    r = diff_texts(a, b, "a.lov", "b.lov")
    stats_of = {text: mx.compute_text(text, "x.lov") for text in (a, b)}
    same = {v.result for v in stats_of[a].variations} == {v.result for v in stats_of[b].variations}
    for text, column in ((a, "old"), (b, "new")):
        stats = stats_of[text]
        shown = {row.key: getattr(row, column) for row in r.metrics}
        assert shown["rules"] + shown["rules_only"] == stats.values["rules"]
        for key, value in stats.values.items():
            if key in _LIKE_WITH_LIKE and not same:
                assert shown[key] <= value, key
            else:
                assert shown[key] == value, key
        if same:
            assert shown["rules_only"] == 0
        for key, value in shown.items():
            if key not in stats.values and key != "rules_only":
                assert value in (0, None), key


_LIKE_WITH_LIKE = ("rules", "special_rules", "variations", "varied_results", "subgroups")


def test_a_result_only_one_version_has_is_not_counted_as_simplification():
    old = HEADER + """målgruppe 1 a "A": ja
resultat frist: uger "Frist"
resultat gammel: sandhedsværdi "Kun i den gamle"
§ 1 "Frist"
    stk. 1. For målgruppe a er frist 4 uger.
    stk. 2. gammel er ja.
    stk. 3. For målgruppe a er gammel nej.
"""
    new = HEADER + """målgruppe 1 a "A": ja
resultat frist: uger "Frist"
§ 1 "Frist"
    stk. 1. For målgruppe a er frist 4 uger.
"""
    rows = {row.key: row for row in diff_texts(old, new, "a.lov", "b.lov").metrics}
    assert (rows["rules"].old, rows["rules"].new) == (1, 1)
    assert (rows["special_rules"].old, rows["special_rules"].new) == (1, 1)
    assert (rows["variations"].old, rows["variations"].new) == (1, 1)
    assert (rows["rules_only"].old, rows["rules_only"].new) == (2, 0)
    assert rows["variations.gammel"].old == 2 and rows["variations.gammel"].new is None
    assert "rules_only" not in mx.compute_text(old, "a.lov").values  # `lov stats`: the whole law


@settings(SETTINGS, max_examples=20)
@given(versions())
def test_every_format_is_deterministic_and_json_follows_the_schema(pair):
    jsonschema = pytest.importorskip("jsonschema")
    a, b = pair
    first, second = report(a, b, population=5), report(a, b, population=5)
    for module in (render_text, render_markdown, render_json, render_html):
        assert module.render_diff(first) == module.render_diff(second)
    schema = json.loads((ROOT / "compiler" / "diff" / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(render_json.render_diff(first)), schema)
    assert len(render_markdown.render_diff(first)) <= 65_536


# ---- CLI ------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path):
    old = tmp_path / "gammel.lov"
    new = tmp_path / "ny.lov"
    old.write_text(law("§ 1\n    stk. 1. varighed er 13 uger.\n    stk. 2. ret er ja.\n"), encoding="utf-8")
    new.write_text(
        law(
            "§ 1\n    stk. 1. varighed er 3 måneder.\n    stk. 2. ret er ja.\n"
            "    stk. 3. For målgruppe unge er varighed 8 uger.\n",
            DECLS + "målgruppe 2 unge:\n    alder < 30\n",
        ),
        encoding="utf-8",
    )
    return str(old), str(new)


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_cli_diff_text_and_exit_0(files):
    result = invoke("diff", *files, "--population", "20")
    assert result.exit_code == 0, result.stderr
    assert "målgrupper (target_groups)" in result.stdout and "§ 1 er ændret" in result.stdout
    assert "varighed er [-13 uger-]{+3 måneder+}." in result.stdout


def test_cli_fail_on_increase(files):
    result = invoke("diff", *files, "--population", "0", "--fail-on-increase", "target_groups,periods_other")
    assert result.exit_code == 1
    assert "målgrupper (target_groups) er vokset fra 1 til 2" in result.stderr
    assert "perioder i andre enheder (periods_other) er vokset fra 0 til 1" in result.stderr
    back = invoke("diff", files[1], files[0], "--population", "0", "--fail-on-increase", "target_groups")
    assert back.exit_code == 0
    same = invoke("diff", *files, "--population", "0", "--fail-on-increase", "variations.ret")
    assert same.exit_code == 0


def test_cli_unknown_metric_is_a_usage_error(files):
    result = invoke("diff", *files, "--fail-on-increase", "målgrupper")
    assert result.exit_code == 2
    assert "ukendt nøgletal: målgrupper" in result.stderr
    assert "target_groups" in result.stderr and "variations.<resultat>" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_missing_file_and_bad_format(files, tmp_path):
    assert invoke("diff", files[0], str(tmp_path / "findes-ikke.lov")).exit_code == 2
    assert invoke("diff", *files, "--format", "pdf").exit_code == 2
    empty = tmp_path / "tom.lov"
    empty.write_text("", encoding="utf-8")
    result = invoke("diff", files[0], str(empty))
    assert result.exit_code == 2 and "F003" in result.stderr


def test_cli_json_output_file_and_stats_agree(files, tmp_path):
    out = tmp_path / "rapport.json"
    assert invoke("diff", *files, "--population", "10", "--format", "json", "-o", str(out)).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["kind"] == "lov-diff"
    for path, column in ((files[0], "old"), (files[1], "new")):
        stats = json.loads(invoke("stats", path, "--format", "json").stdout)
        assert stats["schema_version"] == 1
        values = {m["key"]: m["value"] for m in stats["metrics"]}
        shown = {m["key"]: m[column] for m in data["metrics"]}
        assert {k: shown[k] for k in values} == values


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_cli_stats_every_format(files, fmt):
    result = invoke("stats", files[1], "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "target_groups" in result.stdout
    assert invoke("stats", files[1], "--format", fmt).stdout == result.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_version_with_errors_is_said_to_be_counted_as_far_as_it_could_be_read(files, fmt, tmp_path):
    """The figures of a broken law are what the readable part gives: every report says so, in the
    reader's language, and says nothing of the kind for a law without errors."""
    broken = tmp_path / "brudt.lov"
    broken.write_text(Path(files[1]).read_text(encoding="utf-8") + "\n§ 9. varighed er\n", encoding="utf-8")
    for sprog, words in (("da", "fejl; tallene bygger på det, der kunne læses"),
                         ("en", "; the figures rest on what could be read")):
        stats = invoke("stats", str(broken), "--format", fmt, "--sprog", sprog)
        assert stats.exit_code == 0 and words in html.unescape(stats.stdout.replace("\\", "")), stats.stdout
        diff = invoke("diff", files[0], str(broken), "--population", "0", "--format", fmt, "--sprog", sprog)
        assert words in html.unescape(diff.stdout.replace("\\", "")), diff.stdout
    assert "kunne læses" not in invoke("stats", files[1], "--format", fmt).stdout
    assert "kunne læses" not in invoke("diff", *files, "--population", "0", "--format", fmt).stdout


def test_stats_json_follows_its_schema(files):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "compiler" / "diff" / "stats.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(invoke("stats", files[1], "--format", "json").stdout), schema)


def test_behaviour_counts_citizens_with_another_answer(files):
    a, b = (open(f, encoding="utf-8").read() for f in files)
    r = report(a, b, population=200)
    by = {x.result: x for x in r.behaviour.results}
    # 13 uger → 3 måneder (= 13 uger): no one; unge get 8 uger instead of 13.
    assert by["ret"].differing == 0
    assert 0 < by["varighed"].differing < by["varighed"].evaluated
    for example in by["varighed"].examples:
        assert (example.old.text, example.old.rules) == ("13 uger", ("§ 1, stk. 1",))
        assert (example.new.text, example.new.rules) == ("8 uger", ("§ 1, stk. 3",))
        assert ("alder", example.facts[0][1]) == example.facts[0] and int(example.facts[0][1]) < 30
