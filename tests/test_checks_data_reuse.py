"""D004 (a begreb without kilde) and D005 (the citizen supplies what a register has)."""

from __future__ import annotations

from compiler.pipeline import analyse_text
from tests.kit import HEADER


def found(text: str, code: str):
    return [d for d in analyse_text(HEADER + text, "t.lov").diagnostics if d.code == code]


def test_a_begreb_without_kilde_is_reported_at_its_name() -> None:
    body = 'begreb alder: heltal "Borgerens alder"\n'
    (d,) = found(body, "D004")
    assert (HEADER + body)[d.span.start : d.span.end] == "alder"
    assert d.message().startswith("begrebet 'alder' har ingen kilde")


def test_every_kind_of_kilde_satisfies_d004() -> None:
    body = (
        'begreb a: heltal kilde register "CPR"\n'
        "begreb b: heltal kilde borger\n"
        'begreb c: sandhedsværdi kilde skøn "Jobcentrets vurdering"\n'
    )
    assert found(body, "D004") == []


def test_the_citizen_asked_for_what_a_register_has() -> None:
    body = (
        'begreb alder: heltal "Borgerens alder" kilde register "CPR"\n'
        'begreb alder_oplyst: heltal "Borgerens alder" kilde borger\n'
    )
    (d,) = found(body, "D005")
    assert (HEADER + body)[d.span.start : d.span.end] == "kilde borger"
    assert d.message() == (
        "borgeren skal selv oplyse 'alder_oplyst', men 'alder' (linje 3) hentes i registret 'CPR'; genbrug registerdata"
    )


def test_same_fact_by_description_or_by_name() -> None:
    by_description = (
        'begreb ledighed: uger "Sammenlagt ledighed" kilde register "Ydelsesrefusion"\n'
        'begreb ledige_uger: uger "sammenlagt ledighed." kilde borger\n'
    )
    by_name = 'begreb timeløn: beløb kilde register "eIndkomst"\nbegreb timelon: beløb kilde borger\n'
    assert len(found(by_description, "D005")) == 1
    assert len(found(by_name, "D005")) == 1


def test_different_facts_or_types_are_not_the_same_fact() -> None:
    body = (
        'begreb alder: heltal "Borgerens alder" kilde register "CPR"\n'
        'begreb timeløn: beløb "Lærlingens timeløn" kilde borger\n'
        'begreb alder_tekst: tekst "Borgerens alder" kilde borger\n'
    )
    assert found(body, "D005") == []


def test_citizen_supplied_facts_with_no_register_counterpart_are_fine() -> None:
    assert found("begreb ønsket_job: tekst kilde borger\n", "D005") == []
