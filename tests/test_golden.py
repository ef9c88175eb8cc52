"""Golden outputs: what `lov check/diff/stats/impact/compile` print for the bundled laws.

The files in ``tests/golden/`` were recorded before the restructuring into one folder per stage;
any change to them is a change of behaviour and has to be made on purpose. To record them again
after such a change: ``LOV_GOLDEN=record pytest tests/test_golden.py`` (then review the diff).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
LAB, KL, DJOEF = "laws/lab-2017.lov", "laws/kl-2017.lov", "laws/djoef-2023.lov"

#: golden file → the arguments of `lov`. ``{out}`` is a file the command writes.
COMMANDS: dict[str, list[str]] = {
    "check.txt": ["check", "laws/"],
    "check.en.txt": ["check", "laws/", "--sprog", "en"],
    "check.json": ["check", "laws/", "--format", "json"],
    "check.sarif": ["check", "laws/", "--format", "sarif"],
    "diff-lab-kl.txt": ["diff", LAB, KL],
    "diff-lab-kl.md": ["diff", LAB, KL, "--format", "markdown", "--population", "300"],
    "diff-lab-kl.json": ["diff", LAB, KL, "--format", "json"],
    "diff-lab-kl.html": ["diff", LAB, KL, "--format", "html", "--population", "300"],
    "diff-lab-djoef.txt": ["diff", LAB, DJOEF, "--population", "300", "--seed", "4"],
    "stats-lab.txt": ["stats", LAB],
    "stats-kl.json": ["stats", KL, "--format", "json"],
    "stats-djoef.md": ["stats", DJOEF, "--format", "markdown"],
    "stats-kl.html": ["stats", KL, "--format", "html"],
    "impact-lab-kl.txt": ["impact", LAB, KL, "--population", "20000", "--seed", "3"],
    "impact-lab-kl.json": ["impact", LAB, KL, "--population", "5000", "--format", "json", "--skøn", "tilfældig"],
    "impact-lab-kl.html": ["impact", LAB, KL, "--population", "5000", "--format", "html", "--mangler", "0.1"],
    "compile-lab.py": ["compile", LAB, "-o", "{out}"],
    "compile-kl.py": ["compile", KL, "-o", "{out}", "--columnar"],
    "compile-kl_columnar.py": ["compile", KL, "-o", "{out}", "--columnar"],
    "compile-djoef.py": ["compile", DJOEF, "-o", "{out}"],
}


def run_lov(name: str, tmp: Path) -> tuple[int, bytes]:
    """Run the command of golden file ``name`` from the repository root: its exit code and output."""
    out = tmp / "module.py"
    args = [a.replace("{out}", str(out)) for a in COMMANDS[name]]
    env = {**os.environ, "PYTHONHASHSEED": "0", "COLUMNS": "100"}
    done = subprocess.run([sys.executable, "-m", "compiler.driver.cli", *args], cwd=ROOT, capture_output=True, env=env)
    if "{out}" not in COMMANDS[name]:
        # SARIF's helpUri is the installed page: where lov is installed is not part of the output
        return done.returncode, re.sub(rb'file://[^"]*?/compiler/checks/docs/', b"{docs}/", done.stdout)
    written = tmp / "module_columnar.py" if name.endswith("_columnar.py") else out
    return done.returncode, written.read_bytes()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_is_unchanged(name: str, tmp_path: Path) -> None:
    codes = json.loads((GOLDEN / "exit_codes.json").read_text(encoding="utf-8"))
    code, output = run_lov(name, tmp_path)
    if os.environ.get("LOV_GOLDEN") == "record":
        (GOLDEN / name).write_bytes(output)
        codes[name] = code
        (GOLDEN / "exit_codes.json").write_text(json.dumps(codes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert code == codes[name]
    assert output == (GOLDEN / name).read_bytes(), f"{name} differs from tests/golden/{name}"
