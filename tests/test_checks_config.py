"""Configuration of the checks: default severities, select/ignore, thresholds, extra words,
and the errors a bad configuration gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.driver.cli import main
from compiler.pipeline import analyse_text
from dsl.catalogue import all_entries
from dsl.config import Config, load_config
from dsl.diagnostics import Severity
from tests.kit import HEADER

LAW = (
    HEADER
    + 'begreb alder: heltal "Borgerens alder"\n'
    + "resultat frist: uger\n§ 1. frist er 6 måneder, hvis alder > 30.\n"
    + '§ 2. "Se Jobnet."\n'
)


def codes(config: Config | None = None) -> list[tuple[str, Severity]]:
    return [(d.code, d.severity) for d in analyse_text(LAW, "t.lov", config).diagnostics]


def test_d_codes_are_warnings_and_u001_an_error_by_default() -> None:
    entries = {e.code: e for e in all_entries()}
    for code, entry in entries.items():
        if code.startswith("D"):
            assert entry.severity is Severity.WARNING, code
    assert entries["U001"].severity is Severity.ERROR
    assert codes() == [("D004", Severity.WARNING), ("U001", Severity.ERROR), ("D001", Severity.WARNING)]


def test_select_and_ignore_by_code_or_prefix() -> None:
    assert [c for c, _ in codes(Config(select=("D",)))] == ["D004", "D001"]
    assert [c for c, _ in codes(Config(ignore=("D",)))] == ["U001"]
    assert [c for c, _ in codes(Config(ignore=("D004", "U")))] == ["D001"]


def test_severity_override() -> None:
    assert ("D001", Severity.ERROR) in codes(Config(severity={"D001": Severity.ERROR}))


def test_pyproject_table_with_thresholds_and_words(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.lov]\nignore = ["D004"]\n[tool.lov.thresholds]\nmax_target_groups = 14\n'
        '[tool.lov.words]\nit_systems = ["Fasit"]\ndiscretion = ["egnet"]\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    assert config.threshold("max_target_groups", 5) == 14
    assert config.extra_words("it_systems") == ("Fasit",)
    assert config.extra_words("discretion") == ("egnet",)
    assert config.extra_words("andet") == ()


def test_a_bad_words_value_is_a_usage_error_not_a_traceback(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "lov.toml").write_text('[words]\nit_systems = "Fasit"\n', encoding="utf-8")
    (tmp_path / "a.lov").write_text(LAW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.lov"])
    assert result.exit_code == 2
    assert "ugyldig [tool.lov]-indstilling" in result.output
    assert "Traceback" not in result.output


def test_strict_fails_on_d_warnings_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.lov"
    path.write_text(HEADER + 'resultat r: tekst\n§ 1. r er "Jobnet".\n', encoding="utf-8")
    assert CliRunner().invoke(main, ["check", str(path)]).exit_code == 0
    assert CliRunner().invoke(main, ["check", "--strict", str(path)]).exit_code == 1


@pytest.mark.parametrize("toml, says", [
    ('ignore = "D003"', "ignore skal være en liste af koder"),
    ('select = ["X9"]', "'X9' er hverken en kode eller et præfiks"),
    ('ignroe = ["D003"]', "mente du 'ignore'?"),
    ('[thresholds]\nmax_target_groups = inf', "thresholds.max_target_groups skal være et helt tal"),
    ('[thresholds]\nmax_target_groups = true', "thresholds.max_target_groups skal være et helt tal"),
    ('[thresholds]\nmax_targetgroups = 5', "mente du 'max_target_groups'?"),
    ('[words]\nit_systems = [""]', "words.it_systems skal være en liste af ord"),
    ('[severity]\nD001 = "error"', "severity.D001 skal være en af fejl, advarsel, info"),
    ('[severity]\nD0001 = "fejl"', "ukendt kode 'D0001'"),
])
def test_a_wrong_configuration_is_an_error_that_says_what_is_valid(tmp_path, monkeypatch, toml, says) -> None:
    """A wrong type never silently disables checks or crashes: exit 2 with the valid values."""
    (tmp_path / "lov.toml").write_text(toml + "\n", encoding="utf-8")
    (tmp_path / "a.lov").write_text(HEADER + "resultat r: uger\n§ 1. r er 4 uger.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.lov"])
    assert result.exit_code == 2 and says in result.output, result.output


def test_lov_toml_accepts_the_tool_lov_table_of_the_readme(tmp_path) -> None:
    (tmp_path / "lov.toml").write_text('[tool.lov]\nignore = ["D001"]\n', encoding="utf-8")
    assert load_config(tmp_path).ignore == ("D001",)
