"""The plain-text scanner (compiler/checks/textscan.py) and `lov check --tekst`.

Passages marked "seed" are copied, line breaks and all, from the source documents (named by
title): they are the text the scanner was built for.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from compiler.checks.textscan import find_periods, proposal, scan_source, unhyphenate
from compiler.driver.cli import main

ROOT = Path(__file__).resolve().parent.parent
PERIODS_DOC = ROOT / "compiler" / "PERIODS.md"


def phrases(text: str) -> list[str]:
    return [p.text for p in find_periods(text)]


def at(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of ``needle`` in ``text``."""
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# ---- the documented decisions (compiler/PERIODS.md) ------------------------------------------


def _doc_rows() -> list[tuple[str, str | None]]:
    rows = []
    for line in PERIODS_DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(.+?)` \| (?:`(.+?)`|—) \|", line)
        if m:
            rows.append((m.group(1).replace("\\n", "\n"), m.group(2)))
    return rows


DOC_ROWS = _doc_rows()


def test_the_periods_page_has_both_kinds_of_rows() -> None:
    assert sum(1 for _, r in DOC_ROWS if r) >= 25
    assert sum(1 for _, r in DOC_ROWS if r is None) >= 20


@pytest.mark.parametrize("text, reported", DOC_ROWS, ids=[t for t, _ in DOC_ROWS])
def test_every_documented_example_is_read_as_documented(text: str, reported: str | None) -> None:
    assert phrases(text) == ([reported] if reported else [])


# ---- seed passages ---------------------------------------------------------------------------


def test_seed_kl_2_5_the_rule_itself_has_no_number_so_no_period() -> None:
    # KL, full proposal, afsnit 2.5 (hyphenated across the line as in the PDF)
    seed = (
        "Alle regler om perioder og tidsfrister skal angive et antal uger og aldrig dage, måneder, kalendermå-\n"
        "neder eller år."
    )
    assert phrases(seed) == []


def test_seed_bilag_5_2_month_split_from_its_number_and_weeks_left_alone() -> None:
    # KL, full proposal, bilag 5.2, "Varighed" (dagpengemodtagere)
    seed = (
        "Der kan alene gives tilbud i op til \n"
        "i alt 6 uger inden for de første 6 \n"
        "mdr. sammenlagt ledighed, hvis \n"
        "personen er under 30 år og har \n"
        "en erhvervskompetencegivende \n"
        "uddannelse, eller hvis personen er \n"
        "fyldt 30 år. Korte vejlednings- og \n"
        "opkvalificeringsforløb på op til 2 \n"
        "uger medregnes ikke i de 6 uger. \n"
    )
    found = find_periods(seed)
    assert [p.text for p in found] == ["6 mdr."]
    (p,) = found
    assert seed[p.start : p.end] == "6 \nmdr."


def test_seed_bilag_5_6_typo_ordinal_and_ages() -> None:
    # KL, full proposal, bilag 5.6 (dagpengemodtagere, 6 ugers jobrettet uddannelse)
    seed = (
        "være afsluttet indenfor periode med sammenlagt \n"
        "ledighed på 9. måneder for personer over 25 år og in-\n"
        "denfor sammenlagt 6 måneders ledighed for personer \n"
        "under 25 år.\n"
    )
    assert phrases(seed) == ["9. måneder", "6 måneders"]


def test_seed_bilag_2_1_kls_own_non_week_periods() -> None:
    # KL, full proposal, bilag 2.1 (forsikrede ledige), the two periods KL kept from LAB
    seed = (
        "jobcenteret på den første ledighedsdag. Den ledige skal mindst hver 7. dag tjekke sine jobforslag på Jobnet og \n"
        "dermed bekræfte, at pågældende er arbejdssøgende.\n"
        "Stk. 2. For forsikrede ledige skal arbejdsløshedskassen senest 2 uger efter tilmelding afholde en samtale med \n"
        "Stk. 3. Samtalen efter stk. 2 skal dog ikke afholdes, hvis der inden for de seneste 3 måneder før tilmelding har \n"
    )
    found = find_periods(seed)
    assert [p.text for p in found] == ["hver 7. dag", "3 måneder"]
    assert found[0].cadence and found[0].amount == 7


def test_seed_djoef_cadences_and_durations() -> None:
    # Djøf, "Et udspil til afbureaukratisering af beskæftigelsesindsatsen"
    seed = (
        "Ifølge lovgivningen skal kommunen revurdere ledige fleks- \n"
        "jobvisiterede, som modtager ledighedsydelse, efter 12 \n"
        "måneder på ledighedsydelse inden for 18 måneders samlet \n"
        "ledighed. \n"
        "Ifølge loven skal kommunen løbende følge op på borgere \n"
        "ansat i fleksjob efter 2,5 års ansættelser og herefter hver \n"
        "gang, der er gået to år. \n"
        "at opfølgningen skal ske senest seks måneder efter ansæt-\n"
        "telse og herefter løbende mindst hver 12. måned. Det er \n"
        "midlertidige. Dog kan personer over 40 år få permanente \n"
    )
    assert phrases(seed) == ["12 måneder", "18 måneders", "2,5 års", "to år", "seks måneder", "hver 12. måned"]


def test_seed_target_group_titles_are_ages() -> None:
    # KL, full proposal, bilag 2.3 (LAB § 2) and afsnit 2.2
    seed = (
        " (9)  Unge mellem 15 og 18 år\n"
        "Målgruppe 3. Borgere under 30 år (uden kompetencegivende uddannelse) med behov for en uddannelses-\n"
        "Målgruppe 4. Borgere på 30 år eller derover med behov for en sammenhængende indsats uanset forsør-\n"
        "Nøgletal i tabellen her opgøres ved andel af befolkningen (16-66 år), der tilhører mål-\n"
    )
    assert phrases(seed) == []


def test_whole_seed_documents_report_no_age_and_many_periods() -> None:
    seeds = ROOT.parent / "shared" / "seeds" / "003_7b71a4a1118163a3.txt"
    if not seeds.is_file():
        pytest.skip("the seed documents are not beside this checkout")
    text = seeds.read_text(encoding="utf-8")
    found = find_periods(text)
    assert len(found) >= 60
    assert not [p.text for p in found if p.unit == "år" and p.amount >= 15]
    assert "3-6 måneder" in [p.text for p in found]


# ---- line-break hyphens, offsets --------------------------------------------------------------


def test_hyphen_join_maps_back_to_the_original_text() -> None:
    text = "efter 3 kalendermå-\n   neder og"
    joined, origin = unhyphenate(text)
    assert joined == "efter 3 kalendermåneder og"
    assert len(origin) == len(joined) + 1
    assert all(text[origin[i]] == joined[i] for i in range(len(joined)))
    (p,) = find_periods(text)
    assert text[p.start : p.end] == "3 kalendermå-\n   neder"


def test_a_hyphen_before_a_capital_or_a_digit_is_not_a_split_word() -> None:
    assert unhyphenate("Løn-\nTilskud")[0] == "Løn-\nTilskud"
    assert phrases("16-\n66 år") == []


def test_a_number_ending_a_line_and_a_capitalised_word_are_not_joined() -> None:
    assert phrases("Tabel 2\nÅr og måned") == []
    assert phrases("i alt 2\nmåneder") == ["2 måneder"]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="abcæøå ,.\n-", max_size=30),
    st.sampled_from(["6 måneder", "14 dage", "hver 7. dag", "et halvt år", "3 kalendermåneder", "2 år"]),
    st.text(alphabet="abcæøå ,.\n-", max_size=30),
)
def test_a_period_is_found_wherever_it_stands(before: str, period: str, after: str) -> None:
    text = f"{before} . {period} . {after}"  # the dots keep a line-end hyphen from joining words
    found = [p for p in find_periods(text) if text[p.start : p.end] == period]
    assert len(found) == 1


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=500), st.sampled_from(["uger", "ugers", "uge"]))
def test_weeks_are_never_reported(n: int, unit: str) -> None:
    assert phrases(f"i {n} {unit} og hver {n}. uge") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=15, max_value=99), st.sampled_from(["under", "over", "fyldt", "personer på", ""]))
def test_years_of_15_and_more_are_ages(n: int, before: str) -> None:
    assert phrases(f"{before} {n} år") == []


# ---- the proposal never rounds silently ------------------------------------------------------


def _proposal_for(text: str) -> str:
    (p,) = find_periods(text)
    return proposal(p)[0]


def test_days_in_sevens_convert_exactly() -> None:
    assert _proposal_for("14 dage") == "det er præcis 2 uger; skriv 2 uger"
    assert _proposal_for("hver 14. dag") == "det er præcis hver 2. uge; skriv hver 2. uge"


def test_other_days_say_they_are_not_whole_weeks() -> None:
    assert _proposal_for("10 dage") == "det er 1,4 uger, ikke et helt antal uger; vælg antallet af uger"


def test_months_and_years_are_not_exact() -> None:
    assert _proposal_for("6 måneder").startswith("ca. 26 uger, ikke eksakt")
    assert _proposal_for("seks måneder").startswith("ca. 26 uger, ikke eksakt")
    assert _proposal_for("1 år").startswith("52 eller 53 uger, ikke eksakt")
    assert _proposal_for("2 år").startswith("ca. 104 uger, ikke eksakt")
    assert _proposal_for("1 måned").startswith("ca. 4,3 uger, ikke eksakt")
    assert _proposal_for("3-6 måneder").startswith("ca. 13-26 uger, ikke eksakt")


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["dage", "måneder", "kalendermåneder", "år"]))
def test_a_weeks_value_is_only_offered_as_exact_when_it_is(n: int, unit: str) -> None:
    if unit == "år" and n >= 15:
        return  # an age
    text = _proposal_for(f"{n} {unit}")
    exact = unit == "dage" and n % 7 == 0
    assert text.startswith("det er præcis") == exact
    if exact:
        assert f"skriv {n // 7} uger" in text
    else:
        assert "ikke eksakt" in text or "ikke et helt antal uger" in text


def test_amounts_are_exact_fractions() -> None:
    (p,) = find_periods("efter 2,5 års ansættelse")
    assert p.amount == Fraction(5, 2) and p.unit == "år"
    (p,) = find_periods("halvandet år")
    assert p.amount == Fraction(3, 2)


# ---- `lov check --tekst` ---------------------------------------------------------------------

PASSAGE = (
    "§ 1. Tilbud gives senest efter 6 mdr. sammenlagt ledighed.\n"
    "Stk. 2. Unge under 30 år har ret til en samtale hver 14. dag og i 13 uger.\n"
    "Stk. 3. Perioden er 3 kalendermå-\nneder fra 1. januar 2017.\n"
)


def test_scan_source_reports_line_and_column_where_the_phrase_starts() -> None:
    found = scan_source(PASSAGE, "lov.txt")
    assert [(d.code, d.span.line, d.span.column) for d in found] == [
        ("U001", *at(PASSAGE, "6 mdr.")),
        ("U001", *at(PASSAGE, "hver 14. dag")),
        ("U001", *at(PASSAGE, "3 kalendermå")),
    ]
    last = found[-1].span
    assert (last.end_line, last.end_column) == (4, len("neder") + 1)


@pytest.fixture
def passage(tmp_path: Path) -> str:
    path = tmp_path / "lov.txt"
    path.write_text(PASSAGE, encoding="utf-8")
    return str(path)


def test_cli_text_mode_reports_gcc_style(passage: str) -> None:
    result = CliRunner().invoke(main, ["check", "--tekst", passage], catch_exceptions=False)
    assert result.exit_code == 1
    line, column = at(PASSAGE, "6 mdr.")
    assert result.output.splitlines()[0] == (
        f"{passage}:{line}:{column}: fejl[U001]: perioden '6 mdr.' er ikke angivet i uger: "
        "ca. 26 uger, ikke eksakt; vælg antallet af uger"
    )
    assert "1 fil kontrolleret: 3 fejl, 0 advarsler" in result.output


def test_cli_text_mode_json_and_sarif(passage: str) -> None:
    out = CliRunner().invoke(main, ["check", "--tekst", "--format", "json", passage]).output
    items = json.loads(out)
    assert [(i["line"], i["code"]) for i in items] == [(1, "U001"), (2, "U001"), (3, "U001")]
    sarif = json.loads(CliRunner().invoke(main, ["check", "--tekst", "--format", "sarif", passage]).output)
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["U001"] * 3
    assert results[2]["locations"][0]["physicalLocation"]["region"]["endLine"] == 4


def test_cli_text_mode_english(passage: str) -> None:
    out = CliRunner().invoke(main, ["check", "--tekst", "--sprog", "en", passage]).output
    assert (
        "error[U001]: the period 'hver 14. dag' is not stated in weeks: "
        "that is exactly every 2 weeks; write hver 2. uge"
    ) in out


def test_cli_text_mode_on_text_without_periods_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "ren.txt"
    path.write_text("Borgere under 30 år får en samtale hver 4. uge i 13 uger.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--tekst", str(path)])
    assert result.exit_code == 0
    assert "0 fejl" in result.output


def test_cli_text_mode_output_is_byte_identical_between_runs(passage: str) -> None:
    runs = {CliRunner().invoke(main, ["check", "--tekst", "--format", f, passage]).output for f in ("json",) * 3}
    assert len(runs) == 1


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 .,-–/½\n\tabdegimnorstuvåæøÅMDhv") + [
    "måned", "mdr.", "år", "dage", "uger", "hver ", "et halvt ", "kalendermå-\n", "seks ", "§ ", "stk. ", "fyldt ",
]), max_size=40).map("".join))
def test_any_text_scans_without_error_and_spans_stay_inside(text: str) -> None:
    previous_end = 0
    for p in find_periods(text):
        assert previous_end <= p.start < p.end <= len(text)
        assert p.unit != "uge" and p.amount > 0 or p.high
        previous_end = p.end
    for d in scan_source(text, "x.txt"):
        assert d.span.line >= 1 and d.span.column >= 1
        assert (d.span.end_line, d.span.end_column) >= (d.span.line, d.span.column)
