"""The parser: one test per construct, and syntax errors at the right token."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dsl import ast
from dsl.parser import parse


def only_item(text: str):
    result = parse(text, "t.lov")
    assert result.diagnostics == ()
    assert len(result.law.items) == 1
    return result.law.items[0]


def test_header() -> None:
    result = parse('lov "Lov om X"\nversion "2017-04"\n', "t.lov")
    title, version = result.law.items
    assert isinstance(title, ast.LawTitle) and title.text.value == "Lov om X"
    assert isinstance(version, ast.LawVersion) and version.text.value == "2017-04"
    assert (title.span.line, title.span.column, title.span.end_column) == (1, 1, 15)


@pytest.mark.parametrize(
    "text, kind, options, unit",
    [
        ("heltal", "heltal", (), None),
        ("sandhedsværdi", "sandhedsværdi", (), None),
        ("beløb", "beløb", (), None),
        ("tekst", "tekst", (), None),
        ("uger", "periode", (), "uger"),
        ("valg af dagpenge, kontanthjælp", "valg", ("dagpenge", "kontanthjælp"), None),
    ],
)
def test_begreb_types(text: str, kind: str, options: tuple[str, ...], unit: str | None) -> None:
    b = only_item(f'begreb x: {text} "beskrivelse" kilde register "CPR"')
    assert isinstance(b, ast.Begreb)
    assert (b.type.kind, tuple(o.value for o in b.type.options), b.type.unit) == (kind, options, unit)
    assert b.description is not None and b.description.value == "beskrivelse"
    assert b.source == ast.Source("register", ast.Text(("CPR",), span=b.span), span=b.span)


@pytest.mark.parametrize(
    "text, kind, source_text",
    [('kilde register "CPR"', "register", "CPR"), ("kilde borger", "borger", None), ('kilde skøn "vurdering"', "skøn", "vurdering")],
)
def test_sources(text: str, kind: str, source_text: str | None) -> None:
    b = only_item(f"begreb x: heltal {text}")
    assert b.source.kind == kind
    assert (b.source.text.value if b.source.text else None) == source_text


def test_begreb_without_description_or_source() -> None:
    b = only_item("begreb x: heltal")
    assert b.description is None and b.source is None


def test_malgruppe() -> None:
    g = only_item('målgruppe 3 unge "Unge under 30":\n    alder < 30 og ikke uddannet')
    assert isinstance(g, ast.Malgruppe)
    assert (g.number, g.name.value, g.title.value) == (3, "unge", "Unge under 30")
    assert isinstance(g.condition, ast.BoolOp) and g.condition.op == "og"


def test_resultat_and_kapitel() -> None:
    r = only_item('resultat varighed: uger "Varighed"')
    assert isinstance(r, ast.Resultat) and r.type.unit == "uger"
    k = only_item('kapitel 11 "Virksomhedspraktik"')
    assert isinstance(k, ast.Kapitel) and (k.number, k.title.value) == ("11", "Virksomhedspraktik")


def test_paragraf_with_stk_and_exception() -> None:
    p = only_item(
        '§ 44 "Varighed"\n'
        "    stk. 1. varighed er 13 uger.\n"
        '    stk. 2. varighed er 26 uger, hvis skøn "konkret vurdering".\n'
        "        undtagelse til § 44, stk. 1.\n"
    )
    assert isinstance(p, ast.Paragraf) and p.number == "44" and p.title.value == "Varighed"
    stk1, stk2 = p.stks
    assert (stk1.number, stk2.number) == (1, 2)
    rule = stk2.provision
    assert isinstance(rule, ast.Rule)
    assert rule.result.value == "varighed"
    assert rule.value == ast.Period(26, "26", "uger", span=rule.span)
    assert isinstance(rule.conditions[0], ast.Judgment)
    assert rule.exceptions == (ast.Ref("44", 1, None, span=rule.span),)


def test_paragraf_without_stk_has_one_implicit_stk() -> None:
    p = only_item("§ 42 a. varighed er 4 uger.")
    assert p.number == "42a"
    assert len(p.stks) == 1 and p.stks[0].implicit and p.stks[0].number == 1


def test_scoped_rule_with_several_groups() -> None:
    p = only_item("§ 120. For målgruppe forsikrede, unge og syge er varighed 4 uger.")
    rule = p.stks[0].provision
    assert [g.value for g in rule.groups] == ["forsikrede", "unge", "syge"]
    assert rule.result.value == "varighed"


def test_nr_items_and_prose() -> None:
    p = only_item('§ 2\n    stk. 1. "Målgrupperne er:"\n        nr. 1) "forsikrede ledige"\n        nr. 2) x er 1.\n')
    stk = p.stks[0]
    assert isinstance(stk.provision, ast.Prose) and stk.provision.text.value == "Målgrupperne er:"
    assert [n.number for n in stk.items] == [1, 2]
    assert isinstance(stk.items[1].provision, ast.Rule)


def test_references() -> None:
    p = only_item("§ 5. x er 1, jf. § 42, stk. 2, nr. 3. jf. stk. 1.")
    rule = p.stks[0].provision
    assert [(r.paragraf, r.stk, r.nr) for r in rule.references] == [("42", 2, 3), (None, 1, None)]


def test_adjacent_strings_are_one_text_and_escapes_are_read() -> None:
    p = only_item('§ 1. "Første del, " "anden del med \\"citat\\" og \\\\."')
    assert p.stks[0].provision.text.value == 'Første del, anden del med "citat" og \\.'


@pytest.mark.parametrize(
    "text, amount, unit, cadence",
    [
        ("13 uger", 13, "uger", False),
        ("seks måneder", 6, "måneder", False),
        ("14 dage", 14, "dage", False),
        ("1 år", 1, "år", False),
        ("3 kalendermåneder", 3, "kalendermåneder", False),
        ("3 mdr.", 3, "mdr.", False),
        ("hver 7. dag", 7, "dag", True),
        ("et år", 1, "år", False),
    ],
)
def test_periods_in_any_unit(text: str, amount: int, unit: str, cadence: bool) -> None:
    p = only_item(f"§ 1. x er {text}")
    value = p.stks[0].provision.value
    assert isinstance(value, ast.Period)
    assert (value.amount, value.unit, value.cadence) == (amount, unit, cadence)


def test_amounts_are_exact_decimals() -> None:
    p = only_item("§ 1. x er 30,50 kr., hvis y")
    value = p.stks[0].provision.value
    assert value == ast.Amount(Decimal("30.50"), "30,50", span=value.span)


def test_operator_precedence() -> None:
    p = only_item("§ 1. x er a eller b og ikke c < 2 + 3 * 4")
    e = p.stks[0].provision.value
    assert isinstance(e, ast.BoolOp) and e.op == "eller"
    right = e.right
    assert isinstance(right, ast.BoolOp) and right.op == "og"
    assert isinstance(right.right, ast.Not)
    cmp = right.right.operand
    assert isinstance(cmp, ast.Compare) and isinstance(cmp.right, ast.Arith) and cmp.right.op == "+"
    assert isinstance(cmp.right.right, ast.Arith) and cmp.right.right.op == "*"


def test_unicode_comparison_operators_are_read_as_ascii() -> None:
    p = only_item("§ 1. x er a ≤ 2")
    assert p.stks[0].provision.value.op == "<="


def test_one_of_and_membership() -> None:
    p = only_item("§ 1. x er 1, hvis ydelse i (dagpenge, kontanthjælp) og målgruppe unge")
    cond = p.stks[0].provision.conditions[0]
    assert isinstance(cond.left, ast.OneOf) and [o.value for o in cond.left.options] == ["dagpenge", "kontanthjælp"]
    assert isinstance(cond.right, ast.InGroup) and cond.right.name.value == "unge"


def test_testsag() -> None:
    t = only_item(
        'testsag "Dimittend":\n    givet forsikret = ja, alder = 27\n    givet skøn "vurdering" = nej\n'
        "    forvent varighed = 8 uger, målgruppe unge = nej, sats = mangler alder, a = skøn, b = konflikt, c = ingen regel\n"
    )
    assert isinstance(t, ast.Testsag) and t.name.value == "Dimittend"
    givet, judgment, forvent = t.steps
    assert [g.name.value for g in givet.items] == ["forsikret", "alder"]
    assert isinstance(judgment.items[0], ast.GivenJudgment)
    kinds = [type(e).__name__ for e in forvent.items]
    assert kinds == ["ExpectValue", "ExpectGroup", "ExpectOutcome", "ExpectOutcome", "ExpectOutcome", "ExpectOutcome"]
    assert [e.outcome for e in forvent.items[2:]] == ["mangler", "skøn", "konflikt", "ingen regel"]


def test_comments_are_kept_apart_with_spans() -> None:
    result = parse("# øverst\nbegreb x: heltal  # bagved\n", "t.lov")
    assert [(c.text, c.span.line, c.span.column) for c in result.law.comments] == [("# øverst", 1, 1), ("# bagved", 2, 19)]


def test_keywords_are_only_reserved_where_they_can_occur() -> None:
    # `uger` is a unit after a number but an ordinary word in a name position.
    b = only_item("begreb uger_i_alt: uger")
    assert b.name.value == "uger_i_alt"


def test_spans_point_at_the_token() -> None:
    result = parse('lov "x"\n\n§ 7. varighed er 13 uger.\n', "t.lov")
    rule = result.law.items[1].stks[0].provision
    assert (rule.value.span.line, rule.value.span.column, rule.value.span.end_column) == (3, 18, 25)
    assert rule.result.span.column == 6


def test_syntax_error_names_found_and_expected() -> None:
    result = parse('lov "x"\n§ 1. varighed 13 uger.\n', "t.lov")
    (d,) = result.diagnostics
    assert d.code == "S001"
    assert (d.span.line, d.span.column) == (2, 15)
    assert "13" in d.message() and "`er`" in d.message()


def test_recovery_reports_every_broken_section() -> None:
    text = 'lov "x"\n§ 1. a er\n§ 2. b er 2.\n§ 3. c 3.\n§ 4. d er 4.\n'
    result = parse(text, "t.lov")
    assert [(d.code, d.span.line) for d in result.diagnostics] == [("S003", 2), ("S001", 4)]
    assert [i.number for i in result.law.items if isinstance(i, ast.Paragraf)] == ["2", "4"]


def test_unexpected_character_points_at_it() -> None:
    result = parse("begreb аlder: heltal", "t.lov")  # Cyrillic а
    (d,) = result.diagnostics
    assert d.code == "S002" and d.span.column == 8
    assert "cyrillic" in d.message()


def test_end_of_file_inside_an_item() -> None:
    result = parse('målgruppe 1 x "X":\n', "t.lov")
    (d,) = result.diagnostics
    assert d.code == "S003" and "målgruppe" in d.message()


def test_a_rule_may_carry_its_wording() -> None:
    p = only_item('§ 11\n    stk. 1. "Senest 4 uger efter første henvendelse skal borgeren have en plan." plan_frist er 4 uger.\n')
    rule = p.stks[0].provision
    assert isinstance(rule, ast.Rule)
    assert rule.wording.value.startswith("Senest 4 uger")
    assert rule.result.value == "plan_frist"
    assert (rule.span.line, rule.span.column) == (2, 13)


@pytest.mark.parametrize(
    "condition, column",
    [("a < b < c", 25), ("a = b != c", 25), ("a + ikke b", 23), ("a < ikke b", 23), ("2 * ikke a", 23)],
)
def test_what_precedence_does_not_allow(condition: str, column: int) -> None:
    result = parse(f"§ 1. x er 1, hvis {condition}.", "t.lov")
    (d,) = result.diagnostics
    assert d.code == "S001" and d.span.column == column, d.message()


def test_ikke_binds_looser_than_comparison_and_tighter_than_og() -> None:
    p = only_item("§ 1. x er ikke ikke a < b og c")
    e = p.stks[0].provision.value
    assert isinstance(e, ast.BoolOp) and e.op == "og"
    assert isinstance(e.left, ast.Not) and isinstance(e.left.operand, ast.Not)
    assert isinstance(e.left.operand.operand, ast.Compare)


def test_arithmetic_is_left_associative() -> None:
    e = only_item("§ 1. x er 10 - 3 - 2").stks[0].provision.value
    assert isinstance(e.left, ast.Arith) and e.left.right == ast.Integer(3, span=e.span)


def test_ingen_is_a_name_except_in_the_phrase_ingen_regel() -> None:
    """`ingen regel` is one phrase (like `sammenlagt tid`), so `ingen` stays free as a name: an
    option such as a ground that does not apply (laws/sygedagpenge-2023.lov)."""
    text = ('lov "L"\nbegreb grund: valg af livstruende_sygdom, ingen "Grund"\nresultat r: sandhedsværdi\n'
            "§ 1. r er grund = ingen.\n"
            'testsag "t":\n    givet grund = ingen\n    forvent r = ingen\n        regel\n')
    result = parse(text, "t.lov")
    assert result.diagnostics == ()
    begreb = next(i for i in result.law.items if isinstance(i, ast.Begreb))
    assert [o.value for o in begreb.type.options] == ["livstruende_sygdom", "ingen"]
    case = next(i for i in result.law.items if isinstance(i, ast.Testsag))
    assert case.steps[-1].items[0].outcome == "ingen regel"
