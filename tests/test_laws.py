"""The three law files in laws/ against what the seeds say about them.

- lab-2017.lov: LAB as it stood in 2017 (KL, "En forenklet og mere effektiv
  beskæftigelsesindsats", bilag 2.3 and 5.2-5.7);
- kl-2017.lov: KL's sketch of a new act (same document, ch. 2 and bilag 2.1);
- djoef-2023.lov: today's act with Djøf's "her og nu" proposals (Djøf, "Et udspil til
  afbureaukratisering af beskæftigelsesindsatsen"), the consolidation of an amending act;
- sygedagpenge-2023.lov and sygedagpenge-kl-2023.lov: today's follow-up on sickness benefit and
  KL's proposal ("KL's input til ekspertgruppen", 2023).
"""

from __future__ import annotations

from collections import Counter

import datetime

import re
from pathlib import Path

import pytest

from compiler.pipeline import analyse_file
from dsl import model
from dsl.diagnostics import Severity
from dsl.parser import parse

LAWS = Path(__file__).resolve().parent.parent / "laws"
FILES = ("lab-2017.lov", "kl-2017.lov", "djoef-2023.lov", "sygedagpenge-2023.lov", "sygedagpenge-kl-2023.lov")


def text_of(name: str) -> str:
    return (LAWS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def analyses():
    return {name: analyse_file(str(LAWS / name)) for name in FILES}


def codes(analysis, code: str):
    return [d for d in analysis.diagnostics if d.code == code]


# ---- every law is well-formed ---------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_law_parses_without_syntax_errors(name):
    result = parse(text_of(name), name)
    assert [(str(d.span), d.code, d.message()) for d in result.diagnostics] == []


@pytest.mark.parametrize("name", FILES)
def test_law_has_no_errors(analyses, name):
    errors = [
        (str(d.span), d.code, d.message())
        for d in analyses[name].diagnostics
        if d.severity is Severity.ERROR and d.code != "U001"  # the week check: tested below
    ]
    assert errors == []


@pytest.mark.parametrize("name", FILES)
def test_every_file_starts_with_its_source(name):
    first = text_of(name).lstrip().splitlines()[:12]
    assert all(line.startswith("#") for line in first[:3])
    header = "\n".join(first)
    assert "Source" in header or "Sources" in header


@pytest.mark.parametrize("name", FILES)
def test_every_section_is_preceded_by_a_comment(name):
    """Every § carries a comment naming what it encodes (on the line(s) before it or on
    its own line)."""
    lines = text_of(name).splitlines()
    missing = []
    for i, line in enumerate(lines):
        if line.startswith("§"):
            if "#" in line:
                continue
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            if j < 0 or not lines[j].lstrip().startswith("#"):
                missing.append((i + 1, line))
    assert missing == []


# ---- target groups (bilag 2.3, afsnit 2.2) ---------------------------------------------


def test_lab_2017_has_the_14_target_groups_of_lab_paragraph_2(analyses):
    law = analyses["lab-2017.lov"].law
    assert sorted(g.number for g in law.groups.values()) == list(range(1, 15))


def test_kl_2017_has_five_main_target_groups(analyses):
    law = analyses["kl-2017.lov"].law
    groups = sorted(law.groups.values(), key=lambda g: g.number)
    assert [g.number for g in groups] == [1, 2, 3, 4, 5]
    # afsnit 2.2: groups 1 and 2 are split by insurance; group 3 is the under-30s
    titles = [g.title or "" for g in groups]
    assert "forsikrede ledige" in titles[0]
    assert "ikke-forsikrede" in titles[1]
    assert "under 30 år" in titles[2]
    assert "særlige vilkår" in titles[4]


# ---- what the seeds say about the rules ------------------------------------------------


def _period_weeks(expr) -> list:
    return [e.value for e in model.walk(expr) if isinstance(e, model.Const) and e.type == model.UGER]


def test_lab_2017_work_placement_ranges_from_4_to_26_weeks(analyses):
    """KL afsnit 2.6: durations "fra 4 uger til 26 uger"."""
    rules = analyses["lab-2017.lov"].law.results["praktik_varighed"].rules
    values = {v for r in rules for v in _period_weeks(r.value)}
    assert min(values) == 4 and max(values) == 26


def test_lab_2017_adult_apprentice_rates_are_30_and_40_kroner(analyses):
    """Bilag 5.7 and case 3: 30 kr. (op til 2 år) or 40 kr. (hele uddannelsen) an hour."""
    from decimal import Decimal

    rules = analyses["lab-2017.lov"].law.results["voksenlærling_tilskud"].rules
    rates = {r.value.value for r in rules if isinstance(r.value, model.Const)}
    assert rates == {Decimal(0), Decimal(30), Decimal(40)}


def test_kl_2017_mentor_support_not_for_the_job_ready(analyses):
    """Afsnit 2.6: "Jobparate skal dog som udgangspunkt ikke kunne få tilbud om
    mentorstøtte" — the job-ready are main target groups 1 and 2."""
    rules = analyses["kl-2017.lov"].law.results["mentorstøtte_kan"].rules
    denied = [r for r in rules if isinstance(r.value, model.Const) and r.value.value is False]
    assert [set(r.groups) for r in denied] == [{"forsikrede", "ikke_forsikrede"}]
    granted = [r for r in rules if isinstance(r.value, model.Const) and r.value.value is True]
    assert [r.groups for r in granted] == [()]


def test_jørgen_hinges_on_per_benefit_versus_aggregated_unemployment(analyses):
    """Case 1: lab-2017 counts unemployment on the current benefit, kl-2017 across
    benefits (afsnit 2.5, "sammenlagte perioder") — both from the benefit history."""
    from compiler.checks.aggregation import per_benefit_count

    lab = analyses["lab-2017.lov"].law
    kl = analyses["kl-2017.lov"].law

    def counts(law, result):
        return [e for r in law.results[result].rules for e in model.walk(r.value) if isinstance(e, model.TimeOn)]

    def results_used(law, result):
        return {e.name for r in law.results[result].rules for part in (r.value, r.condition) if part is not None
                for e in model.walk(part) if isinstance(e, model.ResultValue)}

    assert "ledighed_ydelse" in results_used(lab, "løntilskud_ledighedskrav_opfyldt")
    assert counts(lab, "ledighed_ydelse") and all(per_benefit_count(e) for e in counts(lab, "ledighed_ydelse"))
    assert "ledighed_sammenlagt" in results_used(kl, "løntilskud_ledighedskrav_opfyldt")
    (aggregated,) = counts(kl, "ledighed_sammenlagt")
    assert aggregated.kind == "sammenlagt" and not per_benefit_count(aggregated)
    for law in (lab, kl):
        assert law.concepts["ydelsesforløb"].type.kind == "forløb"


# ---- the week check (U001) ---------------------------------------------------------------


NON_WEEK_UNITS = ("dag", "måned", "md", "år")


def _non_week_periods_in_rules(law: model.Law):
    """Spans of every period constant in a rule that is not written in weeks."""
    found = []
    for rule in law.rules:
        for part in (rule.value, rule.condition):
            if part is None:
                continue
            for e in model.walk(part):
                if isinstance(e, model.Const) and e.type == model.UGER:
                    if any(unit in e.text for unit in NON_WEEK_UNITS):
                        found.append(e)
    return found


def _flagged(analysis, offset: int) -> bool:
    return any(d.span.start <= offset < max(d.span.end, d.span.start + 1) for d in codes(analysis, "U001"))


def test_lab_2017_week_check_flags_its_month_and_year_periods(analyses):
    analysis = analyses["lab-2017.lov"]
    periods = _non_week_periods_in_rules(analysis.law)
    # the seeds' months and years: 6 måneder (bilag 5.3), 3 måneder (bilag 5.4), 2 år (5.7)
    texts = {p.text for p in periods}
    assert {"6 måneder", "3 måneder", "12 måneder", "2 år"} <= texts
    unflagged = [(p.text, str(p.span)) for p in periods if not _flagged(analysis, p.span.start)]
    assert unflagged == []


def test_lab_2017_week_check_flags_periods_in_prose(analyses):
    """Bilag 5.4's "op til 3 mdr. før udskrivning og min. 6 mdr. i alt" is prose."""
    analysis = analyses["lab-2017.lov"]
    text = text_of("lab-2017.lov")
    offset = text.index("op til 3 mdr. før udskrivning") + len("op til ")
    assert _flagged(analysis, offset)


def test_lab_2017_week_check_leaves_weeks_alone(analyses):
    analysis = analyses["lab-2017.lov"]
    text = text_of("lab-2017.lov")
    for snippet in ("praktik_varighed er 13 uger", "samtale_interval hver 4. uge", "cv_frist 3 uger"):
        offset = text.index(snippet)
        assert not _flagged(analysis, offset + len(snippet) - 3), snippet


def test_kl_2017_week_check_flags_only_kls_own_two_periods(analyses):
    """KL's draft keeps "mindst hver 7. dag" and "inden for de seneste 3 måneder" from
    LAB; everything else in the sketch is in weeks (afsnit 2.5)."""
    analysis = analyses["kl-2017.lov"]
    text = text_of("kl-2017.lov")
    found = codes(analysis, "U001")
    seven_days = text.index("skal mindst hver 7. dag") + len("skal mindst ")  # the prose, not a comment
    three_months = re.search(r"seneste_cv_samtale <=\s+(3 måneder)", text).start(1)  # wrapped by lov fmt
    assert _flagged(analysis, seven_days)
    assert _flagged(analysis, three_months)
    assert len(found) == 2, [(str(d.span), d.message()) for d in found]


def test_djoef_2023_writes_its_periods_in_weeks(analyses):
    """Drafting choice (laws/README.md): Djøf's "seks måneder" is written as 26 weeks. The act
    writes no period in other units: every period the week check flags in djoef-2023 is one of
    today's act (lab-2017) that Djøf leaves alone, and those Djøf amends are gone."""
    def flagged(name):
        analysis = analyses[name]
        return Counter(analysis.text[d.span.start:d.span.end] for d in codes(analysis, "U001"))

    djoef, lab = flagged("djoef-2023.lov"), flagged("lab-2017.lov")
    assert djoef and not djoef - lab
    assert lab - djoef  # the a-kasse's 3 måneder, the follow-up cadences, the 4,5 years …
    rules = analyses["djoef-2023.lov"].law.results["akasse_ansvarsperiode"].rules
    assert [v for r in rules for v in _period_weeks(r.value)] == [26]


# ---- metrics between lab-2017 and kl-2017 (what `lov diff` reports) --------------------

UPSKILLING = (
    "ordinær_uddannelse_kan", "opkvalificering_kan", "opkvalificering_varighedsbegrænset",
    "opkvalificering_højst", "opkvalificering_formål", "læse_skrive_regne_ret",
    "realkompetencevurdering_ret", "kompetencegivende_uddannelse_kan",
)


@pytest.fixture(scope="module")
def metrics():
    from compiler.diff.metrics import compute_text

    return {name: compute_text(text_of(name), name) for name in ("lab-2017.lov", "kl-2017.lov")}


def _family(m, keys) -> int:
    return sum(m.get(f"variations.{k}") or 0 for k in keys)


def _wage_subsidy(m) -> list[str]:
    return [k[len("variations."):] for k in m.values if k.startswith("variations.løntilskud_")]


def test_target_groups_fall_from_14_to_5(metrics):
    """KL short version: "14 målgrupper i LAB § 2" → "fem hovedmålgrupper"."""
    assert metrics["lab-2017.lov"].get("target_groups") == 14
    assert metrics["kl-2017.lov"].get("target_groups") == 5


def test_special_rules_fall(metrics):
    """KL: "Få særlige regler for fem målgrupper" instead of rules per target group."""
    assert metrics["kl-2017.lov"].get("special_rules") < metrics["lab-2017.lov"].get("special_rules")


def test_upskilling_variations_fall(metrics):
    """Bilag 5.2 (2, 1, 3, 2, 2, 2, 3 variations) vs afsnit 2.6 (common rules)."""
    lab, kl = metrics["lab-2017.lov"], metrics["kl-2017.lov"]
    assert _family(kl, UPSKILLING) < _family(lab, UPSKILLING)
    for key in ("ordinær_uddannelse_kan", "opkvalificering_varighedsbegrænset"):
        assert kl.get(f"variations.{key}") < lab.get(f"variations.{key}"), key
    for key in UPSKILLING:
        if kl.get(f"variations.{key}") is not None:
            assert kl.get(f"variations.{key}") <= lab.get(f"variations.{key}"), key


def test_wage_subsidy_variations_fall(metrics):
    """Bilag 5.3 vs afsnit 2.6 ("generelle bestemmelser, som omfatter alle målgrupper")
    and 2.7 (karens and duration kept only for main groups 1 and 2)."""
    lab, kl = metrics["lab-2017.lov"], metrics["kl-2017.lov"]
    assert _family(kl, _wage_subsidy(kl)) < _family(lab, _wage_subsidy(lab))
    for key in ("løntilskud_kan", "løntilskud_selvfundet_ret"):
        assert kl.get(f"variations.{key}") < lab.get(f"variations.{key}"), key
    for key in _wage_subsidy(kl):
        assert lab.get(f"variations.{key}") is not None, key
        if key == "løntilskud_ledighedskrav_opfyldt":
            # »Ikke relevant« is no rule in lab-2017 (one answer: the karens); KL answers "no
            # requirement" (ja) for everyone outside main groups 1 and 2: one answer more.
            assert (lab.get(f"variations.{key}"), kl.get(f"variations.{key}")) == (1, 2)
            continue
        assert kl.get(f"variations.{key}") <= lab.get(f"variations.{key}"), key


def test_non_week_periods_fall_to_kls_own_two(metrics):
    """KL's sketch keeps two non-week periods: "3 måneder" (a rule) and "hver 7. dag"
    (prose, counted once the text scanner exists)."""
    assert metrics["kl-2017.lov"].get("periods_other") in (1, 2)
    assert metrics["lab-2017.lov"].get("periods_other") > 10


# ---- the test cases (what `lov test` runs) -----------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_every_testsag_passes_with_the_interpreter(analyses, name):
    from compiler.evaluate.backends import InterpreterBackend
    from compiler.evaluate.cases import run_cases

    law = analyses[name].law
    results = run_cases(law, InterpreterBackend(law))
    assert results, "no expectations"
    assert [r.line() for r in results if not r.ok] == []


def _testsag_names(analyses, name) -> list[str]:
    return [c.name for c in analyses[name].law.cases]


def test_the_seed_cases_are_test_cases(analyses):
    """Cases 1, 3 and 5 of bilag 5.1 (KL full) appear as testsags."""
    lab = " | ".join(_testsag_names(analyses, "lab-2017.lov"))
    kl = " | ".join(_testsag_names(analyses, "kl-2017.lov"))
    for case in ("Case 1", "Case 3", "Case 5"):
        assert case in lab, case
    for case in ("Case 1", "Case 3", "Case 5"):
        assert case in kl, case


def _readme_section(title: str) -> str:
    readme = (LAWS / "README.md").read_text(encoding="utf-8")
    start = readme.index(f"### {title}\n")
    end = readme.find("\n#", start + 1)
    return readme[start:end if end != -1 else None]


@pytest.mark.parametrize("only, other, heading", [
    ("lab-2017.lov", "kl-2017.lov", "Only in lab-2017.lov"),
    ("kl-2017.lov", "lab-2017.lov", "Only in kl-2017.lov"),
])
def test_results_in_only_one_version_are_listed_with_a_reason(analyses, only, other, heading):
    """KL keeps the tools (2.6, 2.7), so kl-2017 declares today's results for them; what only
    one version has is listed in laws/README.md — exactly those, no more and no fewer."""
    section = _readme_section("Results in only one version")
    part = section[section.index(heading):]
    part = part[:part.find("\n\nOnly in", 1) if "\n\nOnly in" in part[1:] else None]
    # Each bullet names its results before its first ": " (the reason may name others).
    bullets = re.split(r"\n- ", part)[1:]
    listed = {name for b in bullets for name in re.findall(r"`([a-zæøå_]+)`", b.split(": ")[0])}
    actual = set(analyses[only].law.results) - set(analyses[other].law.results)
    assert listed == actual


def test_readme_counts_the_test_cases_of_each_file(analyses):
    """The table at the top of laws/README.md gives each file's number of testsags."""
    readme = (LAWS / "README.md").read_text(encoding="utf-8")
    for name in FILES:
        row = re.search(rf"^\| `{re.escape(name)}` \|.*\| (\d+) \|$", readme, re.M)
        assert row, name
        assert int(row.group(1)) == len(analyses[name].law.cases), name


def test_one_testsag_per_target_group(analyses):
    """At least one case per target group of lab-2017 and per main group of kl-2017, each
    expecting membership of that group."""
    for name in ("lab-2017.lov", "kl-2017.lov"):
        law = analyses[name].law
        expected_members = {
            e.name
            for c in law.cases
            for e in c.expectations
            if e.kind == "group" and e.value is True
        }
        assert expected_members == set(law.groups), name


# ---- the seed cases, evaluated directly ------------------------------------------------------


def _evaluate(analyses, name, result, facts, judgments=None):
    from compiler.evaluate import interpreter

    return interpreter.evaluate(analyses[name].law, result, facts, judgments or {})


# Case 1: none of the exemptions from the karens applies (the seed's conclusion presumes it).
JØRGEN = {"alder": 40, "enlig_forsørger": False, "gymnasial_uddannelse": True}
TODAY = datetime.date(2017, 4, 2)


def history(*spells: tuple[str, int]) -> dict:
    """Facts for a benefit history that ends today: (benefit, weeks) in order, adjacent."""
    out, end = [], TODAY
    for benefit, weeks in reversed(spells):
        start = end - datetime.timedelta(days=7 * weeks - 1)
        out.insert(0, (start, None if end == TODAY else end, benefit))
        end = start - datetime.timedelta(days=1)
    return {"opgørelsesdato": TODAY, "ydelsesforløb": tuple(out)}


def test_case_1_jørgen_must_stop_under_lab_2017(analyses):
    """"Da Jørgen nu modtager arbejdsløshedsdagpenge, skal kommunen afbryde forløbet, fordi
    Jørgen skal være ledig i seks måneder, før han kan få et løntilskudsjob.\""""
    facts = dict(JØRGEN, ydelse="dagpenge", dimittend_med_handicap=False, **history(("sygedagpenge", 30),
                                                                                    ("dagpenge", 1)))
    out = _evaluate(analyses, "lab-2017.lov", "løntilskud_ret", facts)
    assert (out.kind, out.value) == ("værdi", False)
    # ... although he had the subsidy job on sickness benefit, after the same 30 weeks
    sick = dict(facts, ydelse="sygedagpenge", ansat=False, **history(("sygedagpenge", 30)))
    out = _evaluate(analyses, "lab-2017.lov", "løntilskud_ret", sick)
    assert (out.kind, out.value) == ("værdi", True)


def test_case_1_jørgen_may_continue_under_kl_2017(analyses):
    """KL: one main target group whatever the benefit, periods aggregated across benefits."""
    base = dict(JØRGEN, forsikret=True, behov="jobrettet", job_på_særlige_vilkår=False,
                kompetencegivende_uddannelse=True)
    for ydelse, facts in (("sygedagpenge", history(("sygedagpenge", 30))),
                          ("dagpenge", history(("sygedagpenge", 30), ("dagpenge", 1)))):
        out = _evaluate(analyses, "kl-2017.lov", "løntilskud_ret", dict(base, ydelse=ydelse, **facts))
        assert (out.kind, out.value) == ("værdi", True), ydelse


def test_case_3_adult_apprentice_rates(analyses):
    """Case 3: "høj sats (40 kr. pr. time) i hele uddannelsen eller en lavere sats (30 kr.
    pr. time) i 2 år. Da Stine kun har været ledig i en måned, ... kun få det lave tilskud"."""
    from decimal import Decimal

    stine = {"uddannelsesniveau": "ufaglært", "beskæftiget": False, "vl_positivliste": True,
             "ydelse": "dagpenge", "uddannelsens_varighed": 208}
    low = dict(stine, **history(("dagpenge", 4)))
    assert _evaluate(analyses, "lab-2017.lov", "voksenlærling_tilskud", low).value == Decimal(30)
    assert _evaluate(analyses, "lab-2017.lov", "voksenlærling_periode", low).value == 104  # 2 år
    high = dict(stine, **history(("dagpenge", 10)))  # over 2 months (8.7 weeks)
    assert _evaluate(analyses, "lab-2017.lov", "voksenlærling_tilskud", high).value == Decimal(40)
    assert _evaluate(analyses, "lab-2017.lov", "voksenlærling_periode", high).value == 208


def test_case_5_julie_every_4_weeks_versus_by_need(analyses):
    """Case 5: "samtaler med borgeren mindst hver 4. uge" (lab-2017) vs "Samtaler afholdes
    efter behov" (KL bilag 2.1) and Djøf's free cadence."""
    lab = _evaluate(analyses, "lab-2017.lov", "samtale_interval",
                    {"ydelse": "sygedagpenge", "alder": 45, "dimittend_med_handicap": False})
    assert (lab.kind, lab.value) == ("værdi", 4)
    lab_need = _evaluate(analyses, "lab-2017.lov", "samtale_efter_behov",
                         {"ydelse": "sygedagpenge", "alder": 45, "dimittend_med_handicap": False})
    assert lab_need.value is False
    kl = _evaluate(analyses, "kl-2017.lov", "samtale_efter_behov", {"ydelse": "sygedagpenge"})
    assert (kl.kind, kl.value) == ("værdi", True)
    assert "samtale_interval" not in analyses["kl-2017.lov"].law.results
    djoef = _evaluate(analyses, "djoef-2023.lov", "samtale_efter_behov", {"ydelse": "sygedagpenge"})
    assert (djoef.kind, djoef.value) == ("værdi", True)


def test_djoef_benefit_change_does_not_restart_the_course(analyses):
    """Djøf: "ydelsesskift ikke skal udløse et nyt kontaktforløb" — lab-2017 restarts it."""
    lab = _evaluate(analyses, "lab-2017.lov", "kontaktforløb_starter_forfra", {"ydelsesskift": True})
    djoef = _evaluate(analyses, "djoef-2023.lov", "kontaktforløb_starter_forfra", {"ydelsesskift": True})
    assert (lab.value, djoef.value) == (True, False)


def test_djoef_akasse_period_is_six_months(analyses):
    """Djøf: the a-kasse's period "udvides til seks måneder" (from three): a newly
    unemployed person with no other challenges is with the a-kasse at 20 weeks, not at 30."""
    base = {"ydelse": "dagpenge", "kun_ledighed_som_udfordring": True}
    at = lambda weeks: _evaluate(analyses, "djoef-2023.lov", "akasse_har_kontaktforløbet",  # noqa: E731
                                 dict(base, **history(("dagpenge", weeks)))).value
    assert (at(12), at(20), at(30)) == (True, True, False)


def test_kl_2017_own_draft_names_jobnet(analyses):
    """Bilag 2.2: "Jobnet.dk bør ikke fremgå af lovgivningen som den eneste lovlige
    applikation" — yet the a-kasse section KL keeps "uændret fra LAB § 11, stk. 2" (bilag
    2.1) names Jobnet. The digital-ready check should say so, and only there."""
    text = text_of("kl-2017.lov")
    found = codes(analyses["kl-2017.lov"], "D001")
    assert found
    assert all(text[d.span.start:d.span.end] == "Jobnet" for d in found)
    section = text.index("§ 101 ")
    assert all(section < d.span.start < text.index("§ 102 ") for d in found)


@pytest.mark.parametrize("name", FILES)
def test_lov_test_passes_with_generated_evaluators_and_interpreter(name):
    """`lov test --interpreter laws/X.lov`: every testsag, with the generated module and
    with the reference interpreter."""
    from click.testing import CliRunner

    from compiler.driver.cli import main

    result = CliRunner().invoke(main, ["test", "--interpreter", str(LAWS / name)])
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.output


# ---- sickness benefit: today and KL's 2023 proposal ---------------------------------------


def test_kl_2023_sickness_benefit_seven_extension_rules_become_two_and_three_categories_two(analyses):
    """KL 2023: "én af de syv forlængelsesregler" → "to overordnede regler"; "tre
    visitationskategorier" → "høj risiko for langvarige forløb og kortvarigt syge"."""
    from compiler.diff.report import build

    report = build(analyses["sygedagpenge-2023.lov"], analyses["sygedagpenge-kl-2023.lov"])
    rows = {row.key: row for row in report.metrics}
    assert (rows["variations.forlængelse"].old, rows["variations.forlængelse"].new) == (7, 2)
    assert (rows["target_groups"].old, rows["target_groups"].new) == (3, 2)


def test_kl_2023_abolishes_jobafklaringsforløb_and_lowers_the_rate_instead(analyses):
    facts = dict(history(("sygedagpenge", 30)), forlængelsesgrund="ingen")
    today = _evaluate(analyses, "sygedagpenge-2023.lov", "jobafklaringsforløb", facts)
    kl = _evaluate(analyses, "sygedagpenge-kl-2023.lov", "jobafklaringsforløb", facts)
    lower = _evaluate(analyses, "sygedagpenge-kl-2023.lov", "nedsat_sats", facts)
    assert (today.value, kl.value, lower.value) == (True, False, True)


def test_kl_2023_self_service_for_the_employed_back_within_12_weeks(analyses):
    judgment = {"borgeren ønsker tættere kontakt, eller jobcenteret vurderer det nødvendigt": False}
    at = lambda weeks, employed=True: _evaluate(  # noqa: E731
        analyses, "sygedagpenge-kl-2023.lov", "selvbetjening",
        {"i_beskæftigelse": employed, "forventet_varighed": weeks, "høj_risiko": False}, judgment).value
    assert (at(12), at(13), at(8, employed=False)) == (True, False, False)
    assert _evaluate(analyses, "sygedagpenge-2023.lov", "selvbetjening", {}).value is False
