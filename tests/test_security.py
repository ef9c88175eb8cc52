"""Security regressions: input and the environment cannot make `lov` run code it did not write."""

from __future__ import annotations

import subprocess
import sys

from tests.kit import ROOT

_NO_PICKLES = """
import pickle, sys
def refuse(*args, **kwargs):
    raise SystemExit("a pickle was loaded")
pickle.load = pickle.loads = refuse
pickle.Unpickler = None
from compiler.pipeline import analyse_text
analysis = analyse_text('lov "T"\\nresultat r: uger\\n§ 1. r er 4 uger.\\n', "t.lov")
assert analysis.law is not None and "r" in analysis.law.results
"""


def test_building_the_parser_loads_no_pickle(tmp_path) -> None:
    """lark's grammar cache would unpickle a file from the shared temp directory, where any local
    user can plant one; the parser is built from the grammar instead, so nothing is unpickled."""
    env = {"PATH": "/usr/bin:/bin", "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _NO_PICKLES], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(tmp_path.iterdir()) == [], "nothing is written to the temp directory"


def test_only_ascii_digits_are_numbers(analyse) -> None:
    """Bengali "৪" must not read as 4 weeks, nor fullwidth "§ １" escape the duplicate-§ check."""
    for text, char in (("resultat r: uger\n§ 1. r er ৪ uger.\n", "৪"), ("resultat r: uger\n§ １. r er 4 uger.\n", "１")):
        found = [d for d in analyse(text).diagnostics if d.code == "S002"]
        assert found and dict(found[0].args)["char"] == char
        assert "cifrene 0-9" in found[0].message()
