"""D001: technology neutrality (KL's full proposal, bilag 2.2)."""

from __future__ import annotations

from pathlib import Path

from compiler.checks.technology import technology_findings
from compiler.pipeline import analyse_text
from dsl.config import Config
from dsl.diagnostics import Severity
from tests.kit import HEADER


def d001(text: str, config: Config | None = None):
    return [d for d in analyse_text(HEADER + text, "t.lov", config).diagnostics if d.code == "D001"]


def test_seed_jobnet_in_kls_own_draft_is_reported_where_it_stands() -> None:
    # KL, full proposal, bilag 2.1 (forsikrede ledige), quoted as prose
    body = '§ 1. "Den ledige skal mindst hver 2. uge tjekke sine jobforslag på Jobnet og dermed bekræfte, at pågældende er arbejdssøgende."\n'
    (d,) = d001(body)
    text = HEADER + body
    assert d.severity is Severity.WARNING
    assert text[d.span.start : d.span.end] == "Jobnet"
    assert (d.span.line, d.span.column) == (3, body.index("Jobnet") + 1)
    assert d.message() == "'Jobnet' binder borgere og myndigheder til et bestemt it-system; loven bør være teknologineutral"


def test_web_addresses_and_apps() -> None:
    assert [t for _, _, t in technology_findings("via Jobnet.dk eller https://www.borger.dk/job.")] == ["adresse", "adresse"]
    assert [t for _, _, t in technology_findings("Borgeren bruger appen.")] == ["app"]
    assert [t for _, _, t in technology_findings("login med MitID eller e-Boks")] == ["system", "system"]


def test_neutral_wording_is_not_reported() -> None:
    for text in (
        "Borgeren kan tjekke jobforslag digitalt.",
        "Kommunerne kan stille egne hjemmesider til rådighed.",
        "Min Plan er et digitalt redskab.",
        "Et apparat, en applikationsudvikler, stk. 2. m.v. kl. 12.00",
        "Jobnettet af kontakter",
    ):
        assert technology_findings(text) == [], text


def test_registers_in_kilde_and_test_case_names_are_not_law_text() -> None:
    body = (
        'begreb cv: sandhedsværdi "CV er oprettet" kilde register "Jobnet"\n'
        "resultat r: sandhedsværdi\n§ 1. r er cv.\n"
        'testsag "CV på Jobnet":\n    givet cv = ja\n    forvent r = ja\n'
    )
    assert d001(body) == []


def test_descriptions_titles_and_text_values_are_read() -> None:
    body = (
        'resultat kanal: tekst "Kanal, fx jobnet.dk"\n'
        'kapitel 1 "Jobnet"\n'
        '§ 1. kanal er "e-Boks".\n'
    )
    assert [d.args[0][1] for d in d001(body)] == ["jobnet.dk", "Jobnet", "e-Boks"]


def test_a_project_can_name_its_own_systems(tmp_path: Path) -> None:
    body = '§ 1. "Sagen registreres i Fasit og i KMD Opera."\n'
    assert [d.args[0][1] for d in d001(body)] == ["Fasit"]
    config = Config(words={"it_systems": ("KMD Opera",)})
    assert [d.args[0][1] for d in d001(body, config)] == ["Fasit", "KMD Opera"]


def test_suppression_and_severity() -> None:
    body = '§ 1. "Brug Jobnet."  # lov: tillad D001\n'
    a = analyse_text(HEADER + body, "t.lov")
    assert [d.code for d in a.diagnostics] == [] and a.suppressed == 1
    from dsl.diagnostics import Severity as S

    (d,) = d001('§ 1. "Brug Jobnet."\n', Config(severity={"D001": S.ERROR}))
    assert d.severity is S.ERROR
