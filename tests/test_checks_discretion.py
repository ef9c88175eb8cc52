"""D006: discretionary wording in a rule that is not marked skøn."""

from __future__ import annotations

from compiler.pipeline import analyse_text
from dsl.config import Config
from tests.kit import HEADER


def found(text: str, config: Config | None = None):
    return [d for d in analyse_text(HEADER + text, "t.lov", config).diagnostics if d.code == "D006"]


def test_seed_langvarig_ledighed_from_a_register_is_reported_at_each_use() -> None:
    # KL, full proposal, bilag 2.1: "... hvis de ikke har erhvervserfaring, har langvarig ledighed ..."
    body = (
        'begreb langvarig_ledighed: sandhedsværdi "Har langvarig ledighed" kilde register "Ydelser"\n'
        "resultat praktik: uger\n"
        "§ 1\n    stk. 1. praktik er 4 uger.\n"
        "    stk. 2. praktik er 13 uger, hvis langvarig_ledighed.\n        undtagelse til § 1, stk. 1.\n"
    )
    (d,) = found(body)
    text = HEADER + body
    assert text[d.span.start : d.span.end] == "langvarig_ledighed"
    assert d.span.line == text.count("\n", 0, text.index("hvis langvarig")) + 1
    assert d.message().startswith("'langvarig_ledighed' er et skøn ('langvarig'), men er ikke markeret som skøn")


def test_wording_in_the_description_counts_too() -> None:
    body = (
        'begreb forlængelse_ok: sandhedsværdi "Forlængelse efter en konkret individuel vurdering" kilde borger\n'
        "resultat r: sandhedsværdi\n§ 1. r er forlængelse_ok.\n"
    )
    assert [d.args[1][1] for d in found(body)] == ["konkret individuel vurdering"]


def test_target_group_conditions_are_read() -> None:
    body = (
        'begreb efter_behov: sandhedsværdi kilde register "X"\n'
        "målgruppe 1 g:\n    efter_behov\n"
    )
    assert [d.args[1][1] for d in found(body)] == ["efter behov"]


def test_marked_discretion_is_not_reported() -> None:
    body = (
        'begreb hensigtsmæssigt: sandhedsværdi "Det er hensigtsmæssigt" kilde skøn "Jobcentrets vurdering"\n'
        "resultat r: sandhedsværdi\nresultat s: sandhedsværdi\n"
        "§ 1. r er hensigtsmæssigt.\n"
        '§ 2. s er ja, hvis skøn "konkret individuel vurdering".\n'
    )
    assert found(body) == []


def test_plain_facts_and_prose_are_not_reported() -> None:
    body = (
        'begreb forsikret: sandhedsværdi "Medlem af en arbejdsløshedskasse" kilde register "A-kasse"\n'
        "resultat r: sandhedsværdi\n§ 1. r er forsikret.\n"
        '§ 2. "Perioden kan efter en konkret individuel vurdering forlænges."\n'
    )
    assert found(body) == []


def test_a_project_can_add_words() -> None:
    body = 'begreb egnet: sandhedsværdi "Borgeren er egnet" kilde register "X"\nresultat r: sandhedsværdi\n§ 1. r er egnet.\n'
    assert found(body) == []
    assert len(found(body, Config(words={"discretion": ("egnet",)}))) == 1
