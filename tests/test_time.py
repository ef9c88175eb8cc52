"""Law in time: dates, histories and their counts, as the reference semantics defines them
(compiler/SEMANTICS.md, "Tid") — and every evaluator agreeing on random histories."""

from __future__ import annotations

import datetime
import json
from fractions import Fraction
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.codegen.columnar.rows import columns_from_rows
from compiler.codegen.load import compile_columnar, compile_law
from compiler.evaluate import interpreter
from compiler.evaluate.facts import FactError, facts_from_json
from dsl import timeline
from dsl.formatter import format_law
from dsl.kinds import OutcomeKind
from dsl.parser import parse
from compiler.pipeline import analyse_text
from tests.kit import HEADER, codes, law_of

D = datetime.date

TIME_LAW = """lov "Tid"
begreb opgørelsesdato: dato kilde borger
begreb tilmeldt: dato kilde register "Jobnet"
begreb ydelsesforløb: forløb af dagpenge, kontanthjælp, sygedagpenge kilde register "Ydelsesregister"
resultat første_samtale: dato
resultat efter_en_måned: dato
resultat før_et_år: dato
resultat samtaler: kadence
resultat sammenlagt_alle: uger
resultat sammenlagt_vindue: uger
resultat sammenlagt_halvår: uger
resultat sammenhæng: uger
resultat sammenhæng_streng: uger
resultat siden_tilmelding: uger
resultat løntilskud: sandhedsværdi
§ 1. første_samtale er tilmeldt + 2 uger.
§ 2. efter_en_måned er tilmeldt + 1 måned.
§ 3. før_et_år er tilmeldt - 1 år.
§ 4. samtaler er hver 4. uge fra første_samtale.
§ 5. sammenlagt_alle er sammenlagt tid i ydelsesforløb.
§ 6. sammenlagt_vindue er sammenlagt tid på dagpenge, sygedagpenge i ydelsesforløb inden for de seneste 52 uger.
§ 7. sammenlagt_halvår er sammenlagt tid på dagpenge i ydelsesforløb inden for de seneste 6 måneder.
§ 8. sammenhæng er sammenhængende tid på kontanthjælp i ydelsesforløb med afbrydelser under 1 måned.
§ 9. sammenhæng_streng er sammenhængende tid på kontanthjælp, dagpenge i ydelsesforløb.
§ 10. siden_tilmelding er opgørelsesdato - tilmeldt.
§ 11
    stk. 1. løntilskud er ja, hvis sammenlagt tid på dagpenge i ydelsesforløb >= 26 uger.
    stk. 2. løntilskud er nej, hvis tilmeldt + 1 måned > opgørelsesdato. Undtagelse til stk. 1.
"""


@lru_cache(maxsize=None)
def _time_law():
    law = law_of(TIME_LAW, header=False)
    return law, compile_law(law), compile_columnar(law)


def _facts(today: D, registered: D, history: tuple) -> dict:
    return {"opgørelsesdato": today, "tilmeldt": registered, "ydelsesforløb": history}


def _outcome(name: str, facts: dict) -> interpreter.Outcome:
    law, _, _ = _time_law()
    return interpreter.evaluate(law, name, facts)


# ---- dates -------------------------------------------------------------------------------------


def test_weeks_move_a_date_exactly_across_year_ends_and_iso_week_53() -> None:
    assert timeline._flyt(D(2026, 12, 28), 1, 1, None) == D(2027, 1, 4)  # ISO week 53 of 2026 → week 1
    assert timeline._flyt(D(2020, 12, 31), 1, 53, None) == D(2022, 1, 6)
    assert timeline._flyt(D(2028, 3, 1), -1, 1, None) == D(2028, 2, 23)  # back over a leap day


def test_a_month_keeps_the_day_of_the_month_and_never_moves_a_missing_day_silently() -> None:
    assert timeline._flyt(D(2026, 1, 15), 1, Fraction(13, 3), 1) == D(2026, 2, 15)
    assert timeline._flyt(D(2026, 1, 31), 1, Fraction(13, 3), 1) == (D(2026, 2, 28), D(2026, 3, 1))
    assert timeline._flyt(D(2028, 1, 31), 1, Fraction(13, 3), 1) == (D(2028, 2, 29), D(2028, 3, 1))
    assert timeline._flyt(D(2028, 2, 29), 1, 52, 12) == (D(2029, 2, 28), D(2029, 3, 1))
    assert timeline._flyt(D(2026, 3, 31), -1, Fraction(13, 3), 1) == (D(2026, 2, 28), D(2026, 3, 1))


def test_a_weeks_value_that_is_not_whole_days_has_two_candidates() -> None:
    assert timeline._flyt(D(2026, 1, 1), 1, Fraction(13, 3), None) == (D(2026, 1, 31), D(2026, 2, 1))


def test_an_ambiguous_deadline_is_its_own_outcome_with_both_dates_cited_at_its_rule() -> None:
    facts = _facts(D(2026, 6, 1), D(2026, 1, 31), ())
    out = _outcome("efter_en_måned", facts)
    assert out.kind is OutcomeKind.AMBIGUOUS and out.value == (D(2026, 2, 28), D(2026, 3, 1))
    assert out.rules == ("§ 2",)
    # A rule whose condition needs the ambiguous date is undecided too, and says why.
    assert _outcome("løntilskud", facts).kind is OutcomeKind.AMBIGUOUS
    assert _outcome("første_samtale", facts).value == D(2026, 2, 14)


def test_dates_subtract_to_exact_weeks_and_explanations_show_the_arithmetic() -> None:
    law, module, _ = _time_law()
    facts = _facts(D(2026, 3, 2), D(2026, 1, 5), ())
    assert _outcome("siden_tilmelding", facts).value == 8
    assert _outcome("siden_tilmelding", _facts(D(2026, 3, 3), D(2026, 1, 5), ())).value == Fraction(57, 7)
    text = interpreter.explain(law, "første_samtale", facts).text()
    assert "Beregning: tilmeldt 5. januar 2026 + 2 uger = 19. januar 2026 (§ 1)." in text
    assert module.forklaring_tekst("første_samtale", module.borger_fra_dict(facts)) == text


# ---- counting time in a history ------------------------------------------------------------------

JØRGEN = (
    (D(2025, 3, 3), D(2025, 9, 28), "sygedagpenge"),
    (D(2025, 9, 29), None, "dagpenge"),
)


def test_sammenlagt_counts_days_on_the_values_up_to_the_evaluation_date() -> None:
    facts = _facts(D(2026, 3, 1), D(2025, 9, 29), JØRGEN)
    # 30 weeks of sygedagpenge (3 March – 28 September) and 22 weeks of dagpenge (29 September – 1 March).
    assert _outcome("sammenlagt_alle", facts).value == 52
    assert _outcome("løntilskud", facts).kind is OutcomeKind.NO_RULE  # 22 weeks on dagpenge, not 26
    assert _outcome("løntilskud", _facts(D(2026, 3, 29), D(2025, 9, 29), JØRGEN)).value is True  # 26 weeks
    assert _outcome("sammenlagt_vindue", facts).value == 52


def test_periods_after_the_evaluation_date_and_open_periods_count_only_up_to_it() -> None:
    history = ((D(2026, 1, 1), None, "dagpenge"),)
    assert _outcome("sammenlagt_alle", _facts(D(2026, 1, 7), D(2026, 1, 1), history)).value == 1
    assert _outcome("sammenlagt_alle", _facts(D(2025, 12, 31), D(2026, 1, 1), history)).value == 0


def test_a_window_counts_only_its_own_days() -> None:
    history = ((D(2024, 1, 1), D(2025, 12, 31), "dagpenge"),)
    facts = _facts(D(2026, 6, 30), D(2024, 1, 1), history)
    # The 52 weeks up to 30 June 2026 begin 2 July 2025: 183 days of dagpenge in them.
    assert _outcome("sammenlagt_vindue", facts).value == Fraction(183, 7)
    # Six calendar months before 31 August 2026 is 28 February or 1 March: ambiguous.
    assert _outcome("sammenlagt_halvår", _facts(D(2026, 8, 31), D(2024, 1, 1), history)).kind is OutcomeKind.AMBIGUOUS


def test_an_interruption_shorter_than_the_limit_does_not_restart_the_spell() -> None:
    short = ((D(2026, 1, 1), D(2026, 1, 31), "kontanthjælp"), (D(2026, 2, 20), None, "kontanthjælp"))
    long = ((D(2026, 1, 1), D(2026, 1, 31), "kontanthjælp"), (D(2026, 3, 10), None, "kontanthjælp"))
    today = D(2026, 4, 30)
    # 19 days away do not restart the count (a month is 30 1/3 days); they are not counted either.
    assert _outcome("sammenhæng", _facts(today, today, short)).value == Fraction(31 + 70, 7)
    assert _outcome("sammenhæng", _facts(today, today, long)).value == Fraction(52, 7)
    # Without a limit, any day away restarts; a benefit not counted is an interruption too.
    mixed = ((D(2026, 1, 1), D(2026, 1, 31), "kontanthjælp"), (D(2026, 2, 1), None, "dagpenge"))
    assert _outcome("sammenhæng_streng", _facts(today, today, mixed)).value == Fraction(120, 7)
    assert _outcome("sammenhæng", _facts(today, today, mixed)).value == 0  # away since 1 February


def test_a_spell_that_ended_less_than_the_limit_ago_still_counts() -> None:
    history = ((D(2026, 1, 1), D(2026, 1, 28), "kontanthjælp"),)
    assert _outcome("sammenhæng", _facts(D(2026, 2, 10), D(2026, 1, 1), history)).value == 4
    assert _outcome("sammenhæng", _facts(D(2026, 3, 10), D(2026, 1, 1), history)).value == 0


def test_a_missing_history_or_evaluation_date_is_a_missing_fact() -> None:
    out = _outcome("sammenlagt_alle", {"tilmeldt": D(2026, 1, 1), "ydelsesforløb": ()})
    assert out.kind is OutcomeKind.MISSING and out.missing == "opgørelsesdato"


# ---- the language -------------------------------------------------------------------------------


def test_the_time_constructs_format_back_to_themselves() -> None:
    text = format_law(parse(TIME_LAW).law)
    assert parse(text).law == parse(TIME_LAW).law
    assert format_law(parse(text).law) == text


@pytest.mark.parametrize(("body", "code"), [
    ("resultat r: uger\n§ 1. r er sammenlagt tid i forløb_.\n", "T007"),
    ("begreb opgørelsesdato: dato\nresultat r: uger\n§ 1. r er sammenlagt tid i dag.\n", "T008"),
    ("begreb opgørelsesdato: dato\nresultat r: uger\n§ 1. r er sammenlagt tid på orlov i forløb_.\n", "N007"),
    ("resultat r: dato\n§ 1. r er 2 uger.\n", "T009"),
    ("resultat r: kadence\n§ 1. r er hver 4. uge.\n", "T009"),
    ("resultat r: dato\n§ 1. r er dag + 2.\n", "T004"),
    ("resultat r: uger\n§ 1. r er dag + dag.\n", "T004"),
    ("resultat r: sandhedsværdi\n§ 1. r er ja, hvis forløb_ = 3 uger.\n", "T002"),
    ("resultat r: dato\n§ 1. r er 2026-02-30.\n", "S007"),
    ("resultat r: dato\n§ 1. r er dag.\ntestsag \"t\":\n    givet forløb_ = [dagpenge fra 2026-03-01 til 2026-01-31]\n",
     "T010"),
    ("resultat r: dato\n§ 1. r er dag.\ntestsag \"t\":\n"
     "    givet forløb_ = [dagpenge fra 2026-01-01, kontanthjælp fra 2026-02-01]\n", "T010"),
])
def test_time_errors_have_their_codes(body: str, code: str) -> None:
    head = 'begreb dag: dato\nbegreb forløb_: forløb af dagpenge, kontanthjælp kilde register "Ydelser"\n'
    assert code in codes(analyse_text(HEADER + head + body, "t.lov"))


# ---- input -----------------------------------------------------------------------------------------


def test_json_input_reads_dates_and_histories_in_any_order() -> None:
    law, _, _ = _time_law()
    facts, _ = facts_from_json(law, json.loads(
        '{"opgørelsesdato": "2026-03-01", "ydelsesforløb": [{"fra": "2025-09-29", "til": null, "værdi": "dagpenge"},'
        ' {"fra": "2025-03-03", "til": "2025-09-28", "værdi": "sygedagpenge"}]}'))
    assert facts["ydelsesforløb"] == JØRGEN and facts["opgørelsesdato"] == D(2026, 3, 1)


@pytest.mark.parametrize(("raw", "message"), [
    ('{"tilmeldt": "2026-02-30"}', "'tilmeldt': \"2026-02-30\" er ikke en dato i kalenderen"),
    ('{"tilmeldt": "5. januar"}', "'tilmeldt' skal være en dato"),
    ('{"ydelsesforløb": [{"fra": "2026-03-01", "til": "2026-01-01", "værdi": "dagpenge"}]}',
     "'ydelsesforløb[0]': perioden slutter 2026-01-01, før den begynder 2026-03-01"),
    ('{"ydelsesforløb": [{"fra": "2026-01-01", "til": null, "værdi": "dagpenge"},'
     ' {"fra": "2026-02-01", "til": null, "værdi": "kontanthjælp"}]}', "'ydelsesforløb[1]': perioden fra 2026-02-01"),
    ('{"ydelsesforløb": [{"fra": "2026-01-01", "værdi": "orlov"}]}', "'ydelsesforløb[0].værdi' skal være et af"),
    ('{"ydelsesforløb": [{"fra": "2026-01-01", "til": "2026-01-02x", "værdi": "dagpenge"}]}',
     "'ydelsesforløb[0].til' skal være en dato"),
])
def test_bad_dates_and_histories_name_the_json_path(raw: str, message: str) -> None:
    law, _, _ = _time_law()
    with pytest.raises(FactError, match=None) as caught:
        facts_from_json(law, json.loads(raw), "borger.json")
    assert message in str(caught.value) and str(caught.value).startswith("borger.json: ")


def test_the_generated_module_checks_its_input_like_the_interpreter() -> None:
    _, module, _ = _time_law()
    with pytest.raises(ValueError, match="overlapper"):
        module.Borger(ydelsesforløb=[("2026-01-01", None, "dagpenge"), ("2026-02-01", None, "dagpenge")])
    with pytest.raises(ValueError, match="dato"):
        module.Borger(tilmeldt=datetime.datetime(2026, 1, 1, 12, 0))
    borger = module.Borger(tilmeldt="2026-01-05", ydelsesforløb=[{"fra": "2026-01-05", "til": None, "værdi": "dagpenge"}])
    assert borger.ydelsesforløb == (module.Periode(D(2026, 1, 5), None, "dagpenge"),)


# ---- every evaluator agrees on random histories --------------------------------------------------

_DAYS = st.integers(D(2023, 1, 1).toordinal(), D(2029, 12, 31).toordinal())
# Dates where the calendar is interesting: month ends, leap days, the turn of the year, ISO week 53.
_EDGES = st.sampled_from([D(2024, 2, 29), D(2028, 2, 29), D(2025, 1, 31), D(2026, 3, 31), D(2026, 12, 28),
                          D(2026, 12, 31), D(2027, 1, 1), D(2026, 8, 31), D(2026, 10, 31)])
_DATES = st.one_of(_DAYS.map(D.fromordinal), _EDGES)


@st.composite
def histories(draw: st.DrawFn) -> tuple:
    """Adjacent, gapped, open and future periods, in order, never overlapping."""
    day = draw(_DATES) - datetime.timedelta(days=draw(st.integers(0, 900)))
    out = []
    for _ in range(draw(st.integers(0, 5))):
        day += datetime.timedelta(days=draw(st.sampled_from([0, 0, 1, 10, 29, 30, 31, 45, 200])))
        value = draw(st.sampled_from(["dagpenge", "kontanthjælp", "sygedagpenge"]))
        if draw(st.integers(0, 5)) == 0:
            out.append((day, None, value))
            break
        end = day + datetime.timedelta(days=draw(st.integers(0, 400)))
        out.append((day, end, value))
        day = end + datetime.timedelta(days=1)
    return tuple(out)


@st.composite
def citizens(draw: st.DrawFn) -> dict:
    facts = {"opgørelsesdato": draw(_DATES), "tilmeldt": draw(_DATES), "ydelsesforløb": draw(histories())}
    for name in draw(st.sets(st.sampled_from(sorted(facts)), max_size=1)):
        del facts[name]  # now and then a fact is missing
    return facts


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(citizens(), min_size=1, max_size=12), explained=st.sampled_from(
    ["første_samtale", "sammenlagt_halvår", "løntilskud", "sammenhæng"]))
def test_interpreter_scalar_and_columnar_agree_on_random_histories(people: list, explained: str) -> None:
    law, module, columnar = _time_law()
    evaluation = columnar.evaluer(columns_from_rows(law, people))
    for row, facts in enumerate(people):
        borger = module.borger_fra_dict(facts)
        for name in law.results:
            ref = interpreter.evaluate(law, name, facts).as_tuple()
            assert ref == tuple(module.RESULTATER[name](borger)), (name, facts)
            assert ref == evaluation.række(name, row), (name, facts)
        assert interpreter.explain(law, explained, facts).data() == module.forklar(explained, borger)


def test_a_date_moved_outside_the_calendar_is_an_input_error(tmp_path) -> None:
    from click.testing import CliRunner

    from compiler.driver.cli import main

    law = tmp_path / "lov.lov"
    law.write_text('lov "x"\nbegreb tilmeldt: dato kilde borger\nresultat r: dato\n§ 1. r er tilmeldt + 999999999 uger.\n',
                   encoding="utf-8")
    citizen = tmp_path / "b.json"
    citizen.write_text('{"tilmeldt": "2026-01-01"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(law), "--input", str(citizen)])
    assert result.exit_code == 2 and "uden for kalenderen" in result.stderr and "intern fejl" not in result.stderr
    # Among many citizens, the one whose dates leave the calendar is named, and no half report is printed.
    many = tmp_path / "alle.jsonl"
    many.write_text('{"tilmeldt": "2026-01-01"}\n{"tilmeldt": "0001-01-01"}\n', encoding="utf-8")
    law.write_text(law.read_text(encoding="utf-8").replace("+ 999999999 uger", "- 2 uger"), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(law), "--input", str(many)])
    assert result.exit_code == 2 and result.stdout == ""
    assert "alle.jsonl (borger 2): datoen 0001-01-01 flyttet -14 dage ligger uden for kalenderen" in result.stderr
    assert "borger 1" not in result.stderr
