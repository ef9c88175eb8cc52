"""D007: periods counted per benefit instead of aggregated across benefits (case 1, Jørgen)."""

from __future__ import annotations

from compiler.pipeline import analyse_text
from tests.kit import HEADER


def found(text: str):
    return [d for d in analyse_text(HEADER + text, "t.lov").diagnostics if d.code == "D007"]


RULE = "resultat løntilskud: sandhedsværdi\n§ 1. løntilskud er ja, hvis ledighed > 26 uger.\n"


def test_a_per_benefit_count_in_a_period_condition_is_reported_at_the_fact() -> None:
    # KL, full proposal, bilag 5.7: "Kontanthjælpsmodtager, sammenhængende ledighed"
    body = 'begreb ledighed: uger "Sammenhængende ledighed (kontanthjælp)" kilde register "Ydelser"\n' + RULE
    (d,) = found(body)
    text = HEADER + body
    assert text[d.span.start : d.span.end] == "ledighed"
    assert d.span.line == text.count("\n", 0, text.index("hvis ledighed")) + 1
    assert d.message() == (
        "'ledighed' tæller tid pr. ydelse i stedet for sammenlagt på tværs af ydelser; "
        "et ydelsesskift starter tællingen forfra"
    )


def test_restarting_counts_are_per_benefit_too() -> None:
    body = 'begreb ledighed: uger "Ledighed på den nuværende ydelse; tælles forfra ved ydelsesskift" kilde register "Y"\n' + RULE
    assert len(found(body)) == 1


def test_seed_aggregated_unemployment_is_not_reported() -> None:
    # KL, full proposal, afsnit 2.5: "sammenlagte perioder", "også på tværs af ydelser"
    body = 'begreb ledighed: uger "Sammenlagt ledighed på tværs af ydelser" kilde register "Ydelsesrefusion"\n' + RULE
    assert found(body) == []


def test_continuous_periods_in_law_text() -> None:
    body = '§ 2. "Tilbud gives efter 26 ugers sammenhængende ledighed."\n'
    (d,) = found(body)
    assert (HEADER + body)[d.span.start : d.span.end] == "sammenhængende ledighed"


def test_coherent_efforts_are_not_periods() -> None:
    # KL, full proposal, afsnit 2.2 and 2.5: "sammenhængende indsats", "sammenhængende forløb"
    body = (
        '§ 2. "Borgere på 30 år eller derover med behov for en sammenhængende indsats."\n'
        '§ 3. "Hensynet til at skabe sammenhængende forløb taler for sammenlagte perioder."\n'
    )
    assert found(body) == []


def test_a_per_benefit_fact_that_is_not_compared_is_not_a_period_condition() -> None:
    body = (
        'begreb ledighed: uger "Sammenhængende ledighed" kilde register "Y"\n'
        "resultat frist: uger\n§ 1. frist er ledighed.\n"
    )
    assert found(body) == []


HISTORY = ('begreb opgørelsesdato: dato kilde borger\n'
           'begreb forløb_: forløb af dagpenge, kontanthjælp, sygedagpenge kilde register "Ydelsesregister"\n'
           "resultat ret: sandhedsværdi\n")


def test_the_count_actually_used_decides_not_the_names() -> None:
    # Named "sammenlagt" but counting one benefit: reported, at the expression.
    body = HISTORY + "§ 1. ret er ja, hvis sammenlagt tid på dagpenge i forløb_ >= 26 uger.\n"
    (d,) = found(body)
    text = HEADER + body
    assert text[d.span.start : d.span.end] == "sammenlagt tid på dagpenge i forløb_"
    # The current spell restarts at every change of benefit: reported.
    assert len(found(HISTORY + "§ 1. ret er ja, hvis sammenhængende tid i forløb_ >= 26 uger.\n")) == 1


def test_time_summed_over_every_benefit_is_aggregated() -> None:
    assert found(HISTORY + "§ 1. ret er ja, hvis sammenlagt tid i forløb_ >= 26 uger.\n") == []
    assert found(HISTORY + "§ 1. ret er ja, hvis sammenlagt tid på dagpenge, kontanthjælp, sygedagpenge "
                 "i forløb_ >= 26 uger.\n") == []


def test_a_re_analysis_after_edits_finds_what_a_fresh_one_does() -> None:
    """The check remembers the expressions of rules the language server's resolver kept; a
    changed concept (its description) and a moved rule are still judged as they now stand."""
    from compiler.pipeline import analyse_parsed
    from dsl.incremental import IncrementalParser
    from dsl.resolver import RuleCache

    versions = [
        'begreb ledighed: uger "Sammenhængende ledighed" kilde register "R"\nresultat r: uger\n'
        "§ 1. r er 4 uger, hvis ledighed > 2 uger.\n§ 2. r er 8 uger, hvis ikke ledighed > 2 uger.\n",
        'begreb ledighed: uger "Sammenlagt ledighed" kilde register "R"\nresultat r: uger\n'
        "§ 1. r er 4 uger, hvis ledighed > 2 uger.\n§ 2. r er 8 uger, hvis ikke ledighed > 2 uger.\n",
        'begreb ledighed: uger "Sammenhængende ledighed" kilde register "R"\nresultat r: uger\n\n\n'
        "§ 1. r er 4 uger, hvis ledighed > 2 uger.\n§ 2. r er 8 uger, hvis ikke ledighed > 2 uger.\n",
    ]
    parser, cache = IncrementalParser("lov.lov"), RuleCache()
    for body in versions:
        text = HEADER + body
        again = analyse_parsed(parser.parse(text), text, "lov.lov", rules=cache)
        fresh = analyse_text(text, "lov.lov")
        d007 = [(d.span.line, d.span.column) for d in again.diagnostics if d.code == "D007"]
        assert d007 == [(d.span.line, d.span.column) for d in fresh.diagnostics if d.code == "D007"]
        assert bool(d007) == ("Sammenhængende" in body)
