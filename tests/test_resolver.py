"""The resolver: names, types, references and exceptions — one test per diagnostic."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from tests.kit import codes as all_codes


def codes(analysis) -> list[str]:
    """The resolver's codes (names and types), without N015 (a declared result that these
    small laws leave without rules) and without the checks' families."""
    return [c for c in all_codes(analysis) if c != "N015" and c[0] in "FSNT"]

DECLS = (
    'begreb alder: heltal "Alder" kilde register "CPR"\n'
    'begreb ledighed: uger kilde register "Ydelsesrefusion"\n'
    'begreb forsikret: sandhedsværdi kilde register "A-kasse"\n'
    'begreb ydelse: valg af dagpenge, kontanthjælp kilde register "Ydelser"\n'
    'begreb løn: beløb kilde borger\n'
    'målgruppe 1 unge "Unge":\n    alder < 30\n'
    "resultat varighed: uger\n"
    "resultat sats: beløb\n"
)


def diag(analysis, code):
    found = [d for d in analysis.diagnostics if d.code == code]
    assert found, f"no {code} in {[(d.code, d.message()) for d in analysis.diagnostics]}"
    return found[0]


def test_a_clean_law_has_no_findings(analyse) -> None:
    a = analyse(DECLS + "§ 1. varighed er 13 uger.\n§ 2. sats er 30,50 kr., hvis ydelse = dagpenge.\n")
    assert codes(a) == []
    law = a.law
    assert list(law.concepts) == ["alder", "ledighed", "forsikret", "ydelse", "løn"]
    assert law.results["sats"].rules[0].value.value == Decimal("30.50")
    assert law.title == "Testlov" and len(law.sha256) == 64


def test_unknown_name_suggests_the_closest(analyse) -> None:
    a = analyse(DECLS + "§ 1. varighed er 13 uger, hvis forsikert.\n")
    d = diag(a, "N001")
    assert "mente du 'forsikret'?" in d.message()
    assert (d.span.line, d.span.column) == (12, 32)
    assert "did you mean 'forsikret'?" in d.message("en")


def test_duplicate_name(analyse) -> None:
    d = diag(analyse(DECLS + "begreb alder: heltal\n"), "N002")
    assert "linje 3" in d.message()


def test_duplicate_paragraf_stk_and_nr(analyse) -> None:
    a = analyse(
        DECLS + "§ 1. varighed er 1 uge.\n§ 1. varighed er 2 uger.\n"
        "§ 2\n    stk. 1. sats er 1 kr.\n    stk. 1. sats er 2 kr.\n"
        '§ 3\n    stk. 1. "x"\n        nr. 1) "a"\n        nr. 1) "b"\n'
    )
    assert codes(a).count("N003") == 1
    assert codes(a).count("N004") == 2


def test_reference_to_missing_paragraf_and_stk(analyse) -> None:
    a = analyse(DECLS + "§ 1\n    stk. 1. varighed er 1 uge, jf. § 9.\n    stk. 2. sats er 1 kr., jf. stk. 3.\n")
    messages = [d.message() for d in a.diagnostics if d.code == "N005"]
    assert len(messages) == 2
    assert "§ 9" in messages[0] and "§ 1, stk. 3" in messages[1]


def test_reference_to_existing_provisions_is_fine(analyse) -> None:
    a = analyse(DECLS + '§ 1\n    stk. 1. "x"\n        nr. 2) "y"\n§ 2. "z", jf. § 1, stk. 1, nr. 2. jf. § 2, stk. 1.\n')
    assert codes(a) == []


def test_value_type_must_match_result_type(analyse) -> None:
    d = diag(analyse(DECLS + "§ 1. varighed er 13.\n"), "T001")
    assert "uger" in d.message() and "heltal" in d.message()


def test_comparing_weeks_with_a_number_and_money_with_weeks(analyse) -> None:
    a = analyse(DECLS + "§ 1. varighed er 1 uge, hvis ledighed >= 26.\n§ 2. sats er 1 kr., hvis løn > 2 uger.\n")
    assert codes(a) == ["T002", "T002"]
    assert (a.diagnostics[0].span.line, a.diagnostics[0].span.column) == (12, 30)


def test_condition_must_be_boolean(analyse) -> None:
    assert "T003" in codes(analyse(DECLS + "§ 1. varighed er 1 uge, hvis alder.\n"))


def test_arithmetic_types(analyse) -> None:
    a = analyse(DECLS + "§ 1. sats er løn + 1 kr.\n§ 2. varighed er 2 * 3 uger.\n§ 3. sats er løn + 1 uge.\n")
    assert codes(a) == ["T004"]


def test_enum_options_are_checked(analyse) -> None:
    a = analyse(DECLS + "§ 1. sats er 1 kr., hvis ydelse = pension.\n§ 2. sats er 2 kr., hvis ydelse i (dagpenge, sygedagpenge).\n")
    assert codes(a) == ["N007", "N007"]


def test_unknown_target_group(analyse) -> None:
    a = analyse(DECLS + "§ 1. For målgruppe ungee er varighed 1 uge.\n")
    d = diag(a, "N006")
    assert "mente du 'unge'?" in d.message()


def test_rule_for_a_concept_is_an_error(analyse) -> None:
    assert "N016" in codes(analyse(DECLS + "§ 1. alder er 3.\n"))


def test_period_type_must_be_weeks(analyse) -> None:
    assert "S004" in codes(analyse("begreb x: måneder\n"))


def test_missing_title_and_duplicate_version(analyse) -> None:
    a = analyse('version "1"\nversion "2"\nbegreb x: heltal kilde borger\n', header=False)
    assert sorted(codes(a)) == ["N009", "N010"]


def test_exception_must_target_a_rule_of_the_same_result(analyse) -> None:
    a = analyse(DECLS + "§ 1. sats er 1 kr.\n§ 2. varighed er 2 uger.\n    undtagelse til § 1.\n")
    assert "N011" in codes(a)


def test_overrides_link_exceptions_and_target_groups(analyse) -> None:
    a = analyse(
        DECLS
        + "§ 44\n    stk. 1. varighed er 13 uger.\n    stk. 2. varighed er 26 uger, hvis forsikret.\n"
        "        undtagelse til § 44, stk. 1.\n"
        "§ 120\n    stk. 1. For målgruppe unge er varighed 4 uger.\n"
        "    stk. 2. For målgruppe unge er varighed 8 uger, hvis forsikret.\n        undtagelse til § 120, stk. 1.\n"
    )
    assert codes(a) == []
    rules = {r.label: r for r in a.law.results["varighed"].rules}
    assert rules["§ 44, stk. 2"].overrides == {"§ 44, stk. 1"}
    assert rules["§ 120, stk. 1"].overrides == {"§ 44, stk. 1", "§ 44, stk. 2"}
    assert rules["§ 120, stk. 2"].overrides == {"§ 120, stk. 1", "§ 44, stk. 1", "§ 44, stk. 2"}
    assert rules["§ 44, stk. 2"].exception_to == ("§ 44, stk. 1",)


def test_non_week_periods_get_exact_week_values(analyse) -> None:
    a = analyse(DECLS + "§ 1. varighed er seks måneder.\n§ 2. varighed er 1 måned.\n    undtagelse til § 1.\n")
    values = [r.value.value for r in a.law.results["varighed"].rules]
    assert values == [26, Fraction(13, 3)]


def test_cycles_are_reported(analyse) -> None:
    a = analyse(
        "resultat a: heltal\nresultat b: heltal\n§ 1. a er b + 1.\n§ 2. b er a + 1.\n"
    )
    assert codes(a) == ["N012"]


def test_result_without_rules_is_a_warning(analyse) -> None:
    a = analyse("resultat a: heltal\n")
    assert all_codes(a) == ["N015"]
    assert a.diagnostics[0].severity.value == "advarsel"


def test_testsag_checks_names_and_types(analyse) -> None:
    a = analyse(
        DECLS + "§ 1. varighed er 13 uger.\n"
        'testsag "t":\n    givet alder = 3 uger, varighed = 2 uger, ydelse = pension\n'
        "    forvent sats = 3, varighed = mangler aldr, målgruppe gamle = ja, alder = 2\n"
    )
    assert codes(a) == ["T005", "N013", "N007", "T005", "N001", "N006", "N014"]


def test_testsag_model(analyse) -> None:
    a = analyse(
        DECLS + "§ 1. varighed er 13 uger.\n"
        'testsag "t":\n    givet alder = 27, ydelse = dagpenge, ledighed = 3 måneder\n    givet skøn "vurdering" = ja\n'
        "    forvent varighed = 13 uger, målgruppe unge = ja, sats = ingen regel\n"
    )
    assert codes(a) == []
    (case,) = a.law.cases
    assert dict(case.facts) == {"alder": 27, "ydelse": "dagpenge", "ledighed": 13}
    assert dict(case.judgments) == {"vurdering": True}
    assert [(e.kind, e.name) for e in case.expectations] == [("value", "varighed"), ("group", "unge"), ("outcome", "sats")]


def test_an_option_wins_over_a_declaration_of_the_same_name(analyse) -> None:
    a = analyse(
        "begreb behov: valg af jobrettet, sammenhængende kilde borger\n"
        'målgruppe 4 sammenhængende "Sammenhængende indsats":\n    behov = sammenhængende\n'
        'målgruppe 5 andre "Andre":\n    sammenhængende = behov\n'
    )
    assert codes(a) == ["N017", "N017"]
    condition = a.law.groups["sammenhængende"].condition
    assert condition.right.value == "sammenhængende" and condition.right.type.kind == "valg"
    assert a.law.groups["andre"].condition.left.value == "sammenhængende"


def test_a_general_rule_declared_an_exception_to_a_group_rule_is_not_beaten_by_it(analyse) -> None:
    a = analyse(
        DECLS + "§ 1. For målgruppe unge er varighed 4 uger.\n"
        "§ 2. varighed er 8 uger, hvis forsikret.\n    undtagelse til § 1.\n"
    )
    assert codes(a) == []
    rules = {r.label: r for r in a.law.results["varighed"].rules}
    assert rules["§ 2"].overrides == {"§ 1"}
    assert rules["§ 1"].overrides == frozenset()


def test_rules_that_are_exceptions_to_each_other(analyse) -> None:
    a = analyse(
        DECLS + "§ 1\n    stk. 1. varighed er 4 uger.\n        undtagelse til § 1, stk. 2.\n"
        "    stk. 2. varighed er 8 uger, hvis forsikret.\n        undtagelse til § 1, stk. 1.\n"
    )
    assert codes(a) == ["N018"]
    (d,) = [d for d in a.diagnostics if d.code == "N018"]
    assert "§ 1, stk. 1 og § 1, stk. 2" in d.message()


def test_a_chain_of_exceptions_back_to_a_group_rule_is_not_a_cycle(analyse) -> None:
    a = analyse(
        DECLS + "§ 2\n    stk. 1. For målgruppe unge er varighed 1 uge.\n"
        "    stk. 2. varighed er 2 uger, hvis forsikret.\n        undtagelse til § 2, stk. 1.\n"
        "    stk. 3. varighed er 3 uger, hvis alder > 60.\n        undtagelse til § 2, stk. 2.\n"
    )
    assert codes(a) == []
    rules = {r.label: r for r in a.law.results["varighed"].rules}
    assert rules["§ 2, stk. 3"].overrides == {"§ 2, stk. 2", "§ 2, stk. 1"}
    assert rules["§ 2, stk. 1"].overrides == frozenset()


def test_implicit_specificity_never_closes_a_cycle_with_declared_exceptions(analyse) -> None:
    a = analyse(
        DECLS + "§ 60. varighed er 4 uger.\n§ 61. For målgruppe unge er varighed 5 uger.\n"
        "§ 62. For målgruppe unge er varighed 6 uger, hvis forsikret.\n"
        "§ 63. varighed er 7 uger, hvis alder > 20.\n    undtagelse til § 61.\n"
        "§ 64. varighed er 8 uger, hvis alder > 25.\n    undtagelse til § 62.\n"
    )
    assert codes(a) == []
    rules = {r.label: r for r in a.law.results["varighed"].rules}
    for label, rule in rules.items():
        assert label not in rule.overrides
        for other in rule.overrides:
            assert label not in rules[other].overrides
    assert rules["§ 63"].overrides >= {"§ 61"} and rules["§ 64"].overrides >= {"§ 62"}
