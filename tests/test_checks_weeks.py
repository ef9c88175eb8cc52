"""U001 in `.lov` files: periods of the syntax and of the law text, spans, suppression."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from compiler.driver.cli import main
from compiler.pipeline import analyse_text
from dsl.diagnostics import Severity
from dsl.render import summary
from tests.kit import HEADER, codes


def u001(analysis):
    return [d for d in analysis.diagnostics if d.code == "U001"]


def where(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(needle, offset + 1)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


RESULTS = "resultat frist: uger\nresultat interval: uger\nresultat r: tekst\n"


def test_a_period_in_months_is_an_error_at_its_exact_span(analyse) -> None:
    a = analyse(RESULTS + "§ 1. frist er 6 måneder.\n")
    (d,) = u001(a)
    assert d.severity is Severity.ERROR
    text = HEADER + RESULTS + "§ 1. frist er 6 måneder.\n"
    assert (d.span.line, d.span.column) == where(text, "6 måneder")
    assert d.span.end_column - d.span.column == len("6 måneder")
    assert d.message() == "perioden '6 måneder' er ikke angivet i uger: ca. 26 uger, ikke eksakt; vælg antallet af uger"
    assert d.message("en") == (
        "the period '6 måneder' is not stated in weeks: about 26 weeks, not exact; choose the number of weeks"
    )


def test_weeks_are_not_reported(analyse) -> None:
    a = analyse(RESULTS + "§ 1\n    stk. 1. frist er 13 uger.\n    stk. 2. interval er hver 4. uge.\n"
                "    stk. 3. frist er 1 uge, hvis ja.\n        undtagelse til § 1, stk. 1.\n")
    assert [c for c in codes(a) if c != "N015"] == []


def test_every_non_week_unit_and_form_in_the_syntax(analyse) -> None:
    body = (
        "§ 1\n"
        "    stk. 1. frist er 14 dage.\n"
        "    stk. 2. frist er seks måneder, hvis ja.\n        undtagelse til § 1, stk. 1.\n"
        "    stk. 3. frist er 1 år, hvis ja.\n        undtagelse til § 1, stk. 2.\n"
        "    stk. 4. frist er 3 kalendermåneder, hvis ja.\n        undtagelse til § 1, stk. 3.\n"
        "    stk. 5. interval er hver 7. dag.\n"
        "    stk. 6. interval er hver 12. måned, hvis ja.\n        undtagelse til § 1, stk. 5.\n"
        "    stk. 7. frist er 6 mdr., hvis ja.\n        undtagelse til § 1, stk. 4.\n"
    )
    a = analyse(RESULTS + body)
    found = [(d.span.line, d.args[0][1], d.args[1][1]) for d in u001(a)]
    text = HEADER + RESULTS + body
    assert found == [
        (where(text, "14 dage")[0], "14 dage", "det er præcis 2 uger; skriv 2 uger"),
        (where(text, "seks måneder")[0], "seks måneder", "ca. 26 uger, ikke eksakt; vælg antallet af uger"),
        (where(text, "1 år")[0], "1 år", "52 eller 53 uger, ikke eksakt; vælg antallet af uger"),
        (where(text, "3 kalendermåneder")[0], "3 kalendermåneder", "ca. 13 uger, ikke eksakt; vælg antallet af uger"),
        (where(text, "hver 7. dag")[0], "hver 7. dag", "det er præcis hver 1. uge; skriv hver 1. uge"),
        (where(text, "hver 12. måned")[0], "hver 12. måned", "ca. 52 uger mellem gangene, ikke eksakt; vælg antallet af uger"),
        (where(text, "6 mdr.")[0], "6 mdr.", "ca. 26 uger, ikke eksakt; vælg antallet af uger"),
    ]


def test_a_cadence_span_covers_hver_to_the_unit(analyse) -> None:
    body = "§ 1. interval er hver 14. dag.\n"
    (d,) = u001(analyse(RESULTS + body))
    text = HEADER + RESULTS + body
    assert (d.span.line, d.span.column) == where(text, "hver 14. dag")
    assert d.span.end_column - d.span.column == len("hver 14. dag")


def test_periods_in_conditions_and_target_groups(analyse) -> None:
    body = (
        "begreb ledighed: uger kilde register \"Ydelsesrefusion\"\n"
        "målgruppe 1 lange \"Langtidsledige\":\n    ledighed >= 1 år\n"
        "resultat ret: sandhedsværdi\n"
        "§ 1. ret er ja, hvis ledighed > 3 måneder.\n"
    )
    a = analyse(body)
    assert [d.args[0][1] for d in u001(a)] == ["1 år", "3 måneder"]


def test_test_cases_are_not_the_law(analyse) -> None:
    body = (
        "begreb ledighed: uger kilde register \"Ydelsesrefusion\"\n"
        "resultat ret: sandhedsværdi\n"
        "§ 1. ret er ja, hvis ledighed > 13 uger.\n"
        "testsag \"Ledig i 6 måneder\":\n    givet ledighed = 6 måneder\n    forvent ret = ja\n"
    )
    assert u001(analyse(body)) == []


# ---- law text: prose, text values, descriptions, titles ------------------------------------


def test_a_period_in_prose_is_reported_where_it_stands_in_the_file(analyse) -> None:
    body = '§ 2. "Løntilskud: privat virksomhed efter 6 måneder; offentlig maksimalt 14 uger."\n'
    (d,) = u001(analyse(RESULTS + body))
    text = HEADER + RESULTS + body
    assert (d.span.line, d.span.column, d.span.end_column) == (*where(text, "6 måneder"), where(text, "6 måneder")[1] + 9)
    assert text[d.span.start : d.span.end] == "6 måneder"


def test_escaped_quotes_and_backslashes_shift_columns_correctly(analyse) -> None:
    body = '§ 2. "Han sagde \\"vent\\" og \\\\ ventede 3 mdr. i \\"alt\\"."\n'
    (d,) = u001(analyse(RESULTS + body))
    text = HEADER + RESULTS + body
    assert (d.span.line, d.span.column) == where(text, "3 mdr.")
    assert text[d.span.start : d.span.end] == "3 mdr."


def test_a_period_split_across_two_literals_spans_both_lines(analyse) -> None:
    body = '§ 2. "Perioden er højst 6 "\n     "måneder i alt."\n'
    (d,) = u001(analyse(RESULTS + body))
    text = HEADER + RESULTS + body
    assert (d.span.line, d.span.column) == where(text, "6 ")
    assert (d.span.end_line, d.span.end_column) == (where(text, "måneder")[0], where(text, "måneder")[1] + len("måneder"))
    assert d.args[0][1] == "6 måneder"


def test_text_values_skøn_descriptions_and_titles_are_read(analyse) -> None:
    body = (
        'begreb a: sandhedsværdi "Ledig i mere end 2 år" kilde register "Register over 3 måneders ledighed"\n'
        'målgruppe 1 g "Borgere under 30 år, ledige i 1 måned":\n    a\n'
        'kapitel 1 "Frister på 14 dage"\n'
        '§ 1 "Tilbud efter et halvt år"\n'
        '    stk. 1. r er "op til 4 mdr.", hvis skøn "ledig i seks måneder".\n'
    )
    a = analyse(RESULTS + body)
    assert [d.args[0][1] for d in u001(a)] == ["2 år", "1 måned", "14 dage", "et halvt år", "4 mdr.", "seks måneder"]


def test_ages_dates_section_numbers_and_weeks_in_prose_are_not_periods(analyse) -> None:
    body = (
        '§ 3. "Unge under 30 år, der er fyldt 25 år, kan fra 1. januar 2017 efter § 2 og stk. 2 '
        'få 13 ugers tilbud, dog højst hver 4. uge i 6 uger."\n'
    )
    assert u001(analyse(RESULTS + body)) == []


def test_the_laws_own_title_version_and_comments_are_not_law_text() -> None:
    text = 'lov "Lov af 6 måneder"\nversion "2 år"\n# 14 dage\nresultat frist: uger\n§ 1. frist er 2 uger.\n'
    assert u001(analyse_text(text, "t.lov")) == []


# ---- suppression and configuration -----------------------------------------------------------


def test_suppression_on_the_line_is_counted(analyse) -> None:
    body = "§ 1\n    stk. 1. frist er 6 måneder.  # lov: tillad U001\n    stk. 2. interval er 14 dage.\n"
    a = analyse(RESULTS + body)
    assert [d.args[0][1] for d in u001(a)] == ["14 dage"]
    assert a.suppressed == 1
    assert summary(list(a.diagnostics), 1, a.suppressed).endswith("1 tilladt med '# lov: tillad'")


def test_suppressing_another_code_does_not_hide_u001(analyse) -> None:
    a = analyse(RESULTS + "§ 1. frist er 6 måneder.  # lov: tillad D001\n")
    assert len(u001(a)) == 1 and a.suppressed == 0


def test_cli_summary_counts_suppressions(tmp_path: Path) -> None:
    path = tmp_path / "a.lov"
    path.write_text(HEADER + "resultat frist: uger\n§ 1. frist er 6 måneder. # lov: tillad U001\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0
    assert result.output.strip() == "1 fil kontrolleret: 0 fejl, 0 advarsler, 1 tilladt med '# lov: tillad'"


def test_config_can_turn_u001_into_a_warning(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "lov.toml").write_text('[severity]\nU001 = "advarsel"\n', encoding="utf-8")
    (tmp_path / "a.lov").write_text(HEADER + "resultat frist: uger\n§ 1. frist er 6 måneder.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["check", "a.lov"])
    strict = runner.invoke(main, ["check", "--strict", "a.lov"])
    assert "advarsel[U001]" in result.output and result.exit_code == 0
    assert strict.exit_code == 1


def test_the_wording_in_front_of_a_rule_is_law_text_too(analyse) -> None:
    body = '§ 1. "Planen udarbejdes senest 1 måned efter henvendelsen."\n    frist er 4 uger.\n'
    a = analyse("resultat frist: uger\n" + body)
    assert [d.args[0][1] for d in u001(a)] == ["1 måned"]


def test_formatting_never_changes_which_findings_a_law_has(tmp_path) -> None:
    """`lov fmt` rewraps a long rule; a `# lov: tillad U001` at its end still allows the period
    that wrapping moved to the next line (a comment allows its codes in its whole provision)."""
    from compiler.pipeline import analyse_text
    from dsl.formatter import format_text

    names = ["aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]
    text = (HEADER + "".join(f'begreb {n}: sandhedsværdi kilde register "X"\n' for n in names)
            + 'begreb ledighed: uger kilde register "X"\nresultat rrrrrrrrrrrrrrrrrr: uger\n'
            + f"§ 1. rrrrrrrrrrrrrrrrrr er 4 uger, hvis {names[0]} og {names[1]} og {names[0]} og "
            + "ledighed > 6 måneder. # lov: tillad U001\n")
    formatted = format_text(text)
    assert formatted is not None and formatted.count("\n") > text.count("\n"), "the rule is rewrapped"
    before, after = analyse_text(text, "a.lov"), analyse_text(formatted, "a.lov")
    assert [d.code for d in before.diagnostics] == [d.code for d in after.diagnostics]
    assert before.suppressed == after.suppressed == 1
