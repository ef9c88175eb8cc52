"""Incremental parsing gives exactly the tree, spans and diagnostics of a full parse."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from dsl.formatter import format_law
from dsl.incremental import IncrementalParser
from dsl.parser import parse
from tests.kit import ROOT, law_files, located
from tests.strategies import laws

BASE = '''lov "Testlov"
begreb alder: heltal "Alder" kilde register "CPR"
resultat varighed: uger

§ 1 "Første"
    stk. 1. varighed er 13 uger.
    stk. 2. varighed er 26 uger, hvis alder < 30. # kommentar
        undtagelse til § 1, stk. 1.

§ 2. varighed er 4 uger, hvis alder > 60, jf. § 1.

§ 3. "Tekst."
'''


def check_sequence(texts: list[str]) -> IncrementalParser:
    parser = IncrementalParser("x.lov")
    for text in texts:
        assert located(parser.parse(text)) == located(parse(text, "x.lov"))
    return parser


def test_an_edit_to_one_section_reparses_one_chunk() -> None:
    parser = check_sequence([BASE])
    edited = BASE.replace("13 uger", "14 uger")
    check_sequence([BASE, edited])
    parser.parse(edited)
    assert (parser.stats.parsed, parser.stats.reused) == (1, 5)


def test_inserted_lines_move_the_later_chunks() -> None:
    parser = check_sequence([BASE, BASE.replace("§ 1 ", "\n\n# ny\n§ 1 "), BASE])
    assert parser.stats.parsed == 1


def test_stats_say_where_each_reused_chunk_went() -> None:
    parser = IncrementalParser()
    parser.parse(BASE)
    before = parser.stats.starts
    parser.parse(BASE.replace("§ 1 ", "\n\n§ 1 "))  # two lines more at the end of the resultat chunk
    after = parser.stats.starts
    assert len(before) == len(after) == 6
    assert parser.stats.moves == {0: 0, 1: 1} | {b: b + 2 for b in before[3:]}


def test_syntax_errors_are_reused_and_moved() -> None:
    broken = BASE.replace("§ 2. varighed er", "§ 2. varighed er er")
    check_sequence([broken, "\n" + broken, broken.replace("alder: heltal", "alder: heltal\n")])


def test_identical_chunks_are_distinct_objects() -> None:
    text = BASE + "\n§ 3. \"Tekst.\"\n" * 3
    check_sequence([text, "\n" + text, text])


def test_the_laws_with_an_edit_in_the_middle() -> None:
    for path in law_files():
        text = path.read_text(encoding="utf-8")
        middle = text.index("\n§", len(text) // 2)
        check_sequence([text, text[:middle] + "\n# ændret\n" + text[middle:], text[: middle + 3] + "x" + text[middle + 3 :]])


@st.composite
def edited_versions(draw: st.DrawFn) -> list[str]:
    versions = [format_law(draw(laws))]
    for _ in range(draw(st.integers(1, 3))):
        text = versions[-1]
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 20)))
        insert = draw(st.sampled_from(["", "\n", "x", "\n\n§ 9. x er 1.\n", "# c\n", '"', "stk. 2. ", "begreb"]))
        versions.append(text[:a] + insert + text[b:])
    return versions


@settings(max_examples=60, deadline=None)
@given(edited_versions())
def test_any_sequence_of_edits_parses_as_a_full_parse(versions: list[str]) -> None:
    check_sequence(versions)


def test_analysis_of_an_incremental_parse_equals_lov_check() -> None:
    from compiler.pipeline import analyse_parsed, analyse_text

    parser = IncrementalParser("x.lov")
    for text in (BASE, BASE.replace("alder < 30", "alderen < 30"), BASE.replace("§ 2.", "\n§ 2.")):
        assert analyse_parsed(parser.parse(text), text, "x.lov").diagnostics == analyse_text(text, "x.lov").diagnostics


def _analysis_view(analysis: Any) -> list[Any]:
    """Diagnostics (with spans), every resolved rule and the whole law model (§§ and their
    provisions, results, groups, cases) of an analysis, comparably."""
    law = analysis.law
    rules = [(r.label, r.result, r.groups, r.value, r.condition, r.overrides, r.references) for r in law.rules]
    return [analysis.diagnostics, [(d.code, d.span, d.args) for d in analysis.diagnostics], rules, law]


def check_cached_analysis(texts: list[str]) -> None:
    from compiler.pipeline import analyse_parsed, analyse_text
    from dsl.resolver import RuleCache

    # lov check's analyses first: the checks keep what they found in the last run's nodes, so the
    # cached sequence must follow itself, with no other analysis in between, to reuse any of it.
    expected = [_analysis_view(analyse_text(text, "x.lov")) for text in texts]
    parser, cache = IncrementalParser("x.lov"), RuleCache()
    for text, view in zip(texts, expected):
        cached = analyse_parsed(parser.parse(text), text, "x.lov", rules=cache)
        assert _analysis_view(cached) == view


def test_the_rule_cache_gives_the_analysis_of_lov_check() -> None:
    check_cached_analysis([
        BASE,
        BASE.replace("13 uger", "14 uger"),
        BASE.replace("§ 1 ", "\n\n§ 1 "),
        BASE.replace("alder: heltal", "alder: uger"),  # a declaration changes: nothing is reused
        BASE.replace("varighed er 4 uger", "varighed er 4"),
        BASE,
        # A rule that makes the result read itself (N012), then taken back: the cached result
        # and what it reads must follow.
        BASE.replace("hvis alder > 60", "hvis varighed > 2 uger"),
        BASE,
        BASE.replace('§ 3. "Tekst."', "§ 3. varighed er 1 uge, hvis alder > 70."),
        BASE.replace("stk. 1. varighed er 13 uger.", 'stk. 1. "Ophævet."'),
        BASE,
        # § 1 renumbered under an unchanged § 2 that refers to it: § 2's reference and the
        # exception inside § 1 no longer resolve, and resolve again when it is put back.
        BASE.replace('§ 1 "Første"', '§ 4 "Første"'),
        BASE,
        # A chapter heading put in above unchanged §§: they now stand in that chapter.
        BASE.replace("§ 2. varighed", 'kapitel 2 "To"\n\n§ 2. varighed'),
        BASE,
    ])


def test_findings_kept_by_the_checks_move_with_their_sections() -> None:
    """The checks keep their findings per § and per result between runs; after lines are put in
    above, or a § above is edited, the kept findings stand where lov check puts them."""
    findings = BASE + (
        '\n§ 4. "Borgeren skal efter sammenhængende ledighed i 6 måneder møde personligt op til en samtale '
        'efter indkaldelse på Jobnet."\n'
        "\n§ 5\n    stk. 1. varighed er 2 uger, hvis alder > 70.\n    stk. 2. varighed er 3 uger, hvis alder > 70.\n"
    )
    check_cached_analysis([
        findings,
        findings.replace("§ 1 ", "\n\n§ 1 "),  # every § below moves two lines
        findings.replace("13 uger", "14 uger"),  # § 1 edited: the rest stands
        findings.replace('§ 3. "Tekst."', '§ 3. "Længere tekst."'),  # the same lines, later offsets
        findings.replace("§ 5\n", "# ny\n§ 5\n"),
        findings,
    ])
    from compiler.pipeline import analyse_text

    codes = {d.code for d in analyse_text(findings, "x.lov").diagnostics}
    assert {"D001", "D002", "D007", "U001", "K001"} <= codes, codes


@settings(max_examples=40, deadline=None)
@given(edited_versions())
def test_any_sequence_of_edits_analyses_as_lov_check_with_the_rule_cache(versions: list[str]) -> None:
    check_cached_analysis(versions)


def test_a_glance_finds_what_the_whole_parse_finds() -> None:
    """`glance` parses only the chunk at a position and the chunks its target needs; for every
    name and reference in a shipped law it finds the same target, definition and hover text as
    the index of the whole parse (before analysis)."""
    from dsl import ast
    from dsl.navigation import Index, glance, hover, target_at

    for path in sorted((ROOT / "laws").glob("*.lov"))[:2]:
        text = path.read_text(encoding="utf-8")
        full = Index(parse(text, path.name).law, None)
        positions = []
        for item in full.tree.items:
            stack: list[object] = [item]
            while stack:
                node = stack.pop()
                if isinstance(node, (ast.Name, ast.Ref)):
                    positions.append((node.span.line, node.span.column + 1))
                elif isinstance(node, tuple):
                    stack.extend(node)
                elif attrs.has(type(node)):
                    stack.extend(getattr(node, f.name) for f in attrs.fields(type(node)))
        assert len(positions) > 50
        for pos in positions[::7]:
            target = target_at(full.tree, pos)
            found = glance(text, path.name, pos)
            assert (found is None) == (target is None), pos
            if found is not None and target is not None:
                index, seen = found
                assert seen == target
                assert index.definition(seen) == full.definition(target), pos
                assert hover(index, text, seen) == hover(full, text, target), pos


def test_a_chunk_joined_onto_the_line_before_is_no_longer_a_chunk_of_its_own() -> None:
    """Its text is unchanged, but without the line break before it the § it starts with is no
    longer at the start of a line: the chunk before it runs on."""
    joined = BASE.replace('\n\n§ 2.', ' § 2.')
    check_sequence([BASE, joined, BASE])
    split = BASE.replace('    stk. 2.', '§ 9.\n    stk. 2.')  # a line that now starts a chunk
    check_sequence([BASE, split, BASE])
