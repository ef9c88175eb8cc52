"""D002 (paper or attendance only) and D003 (exemptions not as for digital post)."""

from __future__ import annotations

from compiler.checks.communication import (
    exemptions_outside_digital_post,
    paper_requirements,
)
from compiler.pipeline import analyse_text
from tests.kit import HEADER


def found(text: str, code: str):
    return [d for d in analyse_text(HEADER + text, "t.lov").diagnostics if d.code == code]


# ---- D002 ------------------------------------------------------------------------------------


def test_seed_a_kasse_interview_in_person_only_is_reported() -> None:
    # KL, full proposal, bilag 2.1 (forsikrede ledige, stk. 2), shortened
    body = (
        '§ 1. "For forsikrede ledige skal arbejdsløshedskassen senest 2 uger efter tilmelding afholde en samtale '
        'med borgeren. Samtalen afholdes ved personligt fremmøde, jf. dog § 21 f."\n'
    )
    (d,) = found(body, "D002")
    text = HEADER + body
    assert text[d.span.start : d.span.end] == "personligt fremmøde"
    assert d.message() == "bestemmelsen kræver fysisk fremmøde ('personligt fremmøde') uden at tillade en digital form"


def test_seed_interviews_that_may_be_held_by_phone_or_digitally_are_not_reported() -> None:
    # KL, full proposal, bilag 2.1 (kontaktforløb, stk. 3): the allowance is in the next sentence
    seed = (
        "Samtaler afholdes som udgangspunkt som personlige samtaler. Hvis det er hensigtsmæssigt, kan samtaler "
        "afholdes telefonisk eller digitalt. Under særlige omstændigheder kan opfølgning foregå uden kontakt til borgeren."
    )
    assert paper_requirements(seed) == []
    assert found(f'§ 1. "{seed}"\n', "D002") == []


def test_letters_and_paper() -> None:
    assert [w for _, _, w, _ in paper_requirements("Indkaldelsen sendes pr. brev.")] == ["papir"]
    assert [w for _, _, w, _ in paper_requirements("Ansøgningen indgives på papir med egenhændig underskrift.")] == [
        "papir", "papir",
    ]
    assert paper_requirements("Ansøgningen indgives på papir eller digitalt.") == []


def test_paper_outside_a_process_is_not_a_communication_rule() -> None:
    assert paper_requirements("Arkivet opbevarer sager på papir.") == []


# ---- D003 ------------------------------------------------------------------------------------


def test_an_exemption_of_its_own_is_reported() -> None:
    body = '§ 1. "Jobcentret kan fritage borgeren for digital selvbetjening, hvis særlige forhold taler for det."\n'
    (d,) = found(body, "D003")
    assert (HEADER + body)[d.span.start : d.span.end] == "fritage"
    assert d.message() == "fritagelsen for digital selvbetjening følger ikke reglerne for digital post"


def test_seed_exemption_as_for_digital_post_is_not_reported() -> None:
    # KL, full proposal, afsnit 2.5 / bilag 2.2
    for seed in (
        "Endelig bør fritagelser for digital kommunikation følge de samme regler og principper, som gælder for digital post.",
        "Borgeren kan blive fritaget for selvbooking efter de samme regler og principper, som gælder for digital post.",
    ):
        assert exemptions_outside_digital_post(seed) == [], seed


def test_exemptions_from_other_things_are_not_digital_communication() -> None:
    assert exemptions_outside_digital_post("Borgeren kan fritages for pligten til at stå til rådighed.") == []
    assert found('§ 1. "Sygemeldte kan fritages for samtaler."\n', "D003") == []
