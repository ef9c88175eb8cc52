""".pre-commit-hooks.yaml: the hooks pre-commit offers, run the way pre-commit runs them
(the entry's words followed by the changed file names)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from compiler.driver.cli import main
from dsl.formatter import format_text

HOOKS = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"
GOOD = 'lov "Test"\nversion "1"\n\nresultat frist: uger\n\n§ 1. frist er 13 uger.\n'


def hooks() -> dict[str, dict]:
    return {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))}


def run_hook(hook: dict, *files: str):
    words = shlex.split(hook["entry"]) + list(hook.get("args", []))
    assert words[0] == "lov"
    return CliRunner().invoke(main, words[1:] + list(files))


def test_the_two_hooks_are_offered() -> None:
    found = hooks()
    assert set(found) == {"lov-check", "lov-fmt"}
    for hook in found.values():
        assert hook["language"] == "python"
        assert set(hook) >= {"id", "name", "entry", "language", "files"}
        assert re.search(hook["files"], "laws/kl-2017.lov") and not re.search(hook["files"], "README.md")


@pytest.fixture
def canonical(tmp_path: Path) -> str:
    formatted = format_text(GOOD, "god.lov")
    assert formatted is not None
    path = tmp_path / "god.lov"
    path.write_text(formatted, encoding="utf-8")
    return str(path)


def test_lov_check_hook_passes_a_good_file_and_fails_a_month(canonical: str, tmp_path: Path) -> None:
    hook = hooks()["lov-check"]
    assert run_hook(hook, canonical).exit_code == 0
    bad = tmp_path / "ond.lov"
    bad.write_text(GOOD.replace("13 uger", "3 måneder"), encoding="utf-8")
    result = run_hook(hook, canonical, str(bad))
    assert result.exit_code == 1 and "U001" in result.output


def test_lov_fmt_hook_passes_canonical_text_and_fails_other_layout(canonical: str, tmp_path: Path) -> None:
    hook = hooks()["lov-fmt"]
    assert run_hook(hook, canonical).exit_code == 0
    messy = tmp_path / "rodet.lov"
    messy.write_text(GOOD.replace("§ 1. frist er 13 uger.", "§ 1.   frist   er 13 uger."), encoding="utf-8")
    assert run_hook(hook, str(messy)).exit_code == 1


# ---- the README's pre-commit and CI examples ----------------------------------------------------

README = HOOKS.parent / "README.md"


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_yaml_examples_parse() -> None:
    blocks = _yaml_blocks()
    assert len(blocks) >= 2
    for block in blocks:
        yaml.safe_load(block.replace("<the lov repository>", "x").replace("<tag>", "x"))


def test_the_readme_ci_step_uses_options_lov_has() -> None:
    (ci,) = [b for b in _yaml_blocks() if "pull_request" in b]
    commands = re.findall(r"\blov (check|fmt)((?: --?[\w-]+(?: (?:sarif|lov\.sarif))?)*)", ci)
    assert {c for c, _ in commands} == {"check", "fmt"}
    for command, options in commands:
        names = set(re.findall(r"--?[\w-]+", options)) - {"--"}  # `--` ends the options
        params = {opt for p in main.commands[command].params for opt in p.opts}
        assert names <= params, (command, names - params)
