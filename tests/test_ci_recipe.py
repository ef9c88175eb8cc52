"""The README's pull-request recipe, run as CI runs it: bash -e in a real git repository whose
changed laws have names with æ, ø, å and spaces."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.kit import ROOT


def recipe() -> str:
    """The shell of the README's `lov check (changed .lov files)` step."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("- name: lov check (changed .lov files)", 1)[1].split("run: |\n", 1)[1]
    lines = []
    for line in block.splitlines():
        if line.strip() and not line.startswith(" " * 10):
            break
        lines.append(line[10:])
    return "\n".join(lines) + "\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None, reason="git and bash are needed")
def test_the_pull_request_recipe_checks_every_changed_law_and_always_writes_sarif(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    (repo / "uændret.lov").write_text('lov "T"\nresultat r: uger\n\n§ 1. r er 4 uger.\n', encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "checkout", "-q", "-b", "forslag")
    names = ["lov om ø og å.lov", "ændring.lov"]
    (repo / names[0]).write_text('lov "T"\nresultat r: uger\n\n§ 1. r er 6 måneder.\n', encoding="utf-8")
    (repo / names[1]).write_text('lov "T"\nresultat r: uger\n§ 1.   r er 4 uger.\n', encoding="utf-8")  # not formatted
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "forslag")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "lov").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m compiler.driver.cli "$@"\n', encoding="utf-8")
    (bin_dir / "lov").chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GITHUB_BASE_REF": "main",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run(["bash", "-e", "-c", recipe()], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stdout + done.stderr  # U001 in one law, the other not formatted
    sarif = json.loads((repo / "lov.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert any(re.search("lov%20om%20%C3%B8%20og%20%C3%A5.lov", u) for u in uris), uris
    assert "U001" in done.stdout and "ændring.lov: ville blive ændret" in done.stdout
    assert "uændret.lov" not in done.stdout
