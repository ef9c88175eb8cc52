"""D008 (too many target groups) and D009 (a result fragmented across target groups)."""

from __future__ import annotations

from compiler.pipeline import analyse_text
from dsl.config import Config
from tests.kit import HEADER


def groups(n: int) -> str:
    return 'begreb nr: heltal kilde register "X"\n' + "".join(f"målgruppe {i} g{i}:\n    nr = {i}\n" for i in range(1, n + 1))


def found(text: str, code: str, config: Config | None = None):
    return [d for d in analyse_text(HEADER + text, "t.lov", config).diagnostics if d.code == code]


def test_five_target_groups_are_fine_six_are_reported_at_the_sixth() -> None:
    assert found(groups(5), "D008") == []
    body = groups(6)
    (d,) = found(body, "D008")
    assert (HEADER + body)[d.span.start : d.span.end] == "g6"
    assert d.message() == (
        "loven har 6 målgrupper; grænsen er 5 (KL foreslår fælles regler for alle og fem hovedmålgrupper)"
    )


def test_the_threshold_is_configurable() -> None:
    config = Config(thresholds={"max_target_groups": 14})
    assert found(groups(14), "D008", config) == []
    assert len(found(groups(15), "D008", config)) == 1


def special_rules(n: int, n_groups: int) -> str:
    return groups(n_groups) + "resultat r: uger\n" + "".join(
        f"§ {i}. For målgruppe g{1 + (i - 1) % n_groups} er r {i} uger, hvis nr > {i}.\n" for i in range(1, n + 1)
    )


def test_more_than_five_special_rules_for_one_result() -> None:
    assert found(special_rules(5, 3), "D009") == []
    body = special_rules(6, 3)
    (d,) = found(body, "D009")
    assert (HEADER + body)[d.span.start : d.span.end] == "r"
    assert d.message() == "resultatet 'r' har 6 særregler for 3 målgrupper; grænsen er 5 særregler og 5 målgrupper"


def test_special_rules_covering_more_than_five_groups() -> None:
    body = groups(6) + "resultat r: uger\n§ 1. For målgrupperne g1, g2, g3, g4, g5, g6 er r 4 uger.\n"
    (d,) = found(body, "D009")
    assert "1 særregel for 6 målgrupper" in d.message()


def test_general_rules_are_not_special_rules() -> None:
    body = groups(1) + "resultat r: uger\n" + "".join(
        f"§ {i}. r er {i} uger, hvis nr > {i}.\n" for i in range(1, 9)
    )
    assert found(body, "D009") == []


def test_special_rule_threshold_is_configurable() -> None:
    assert found(special_rules(6, 3), "D009", Config(thresholds={"max_special_rules": 6})) == []
