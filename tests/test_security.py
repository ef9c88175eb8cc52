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


# ---- terminal escapes ------------------------------------------------------------------------


def _check(*args: str):
    from click.testing import CliRunner

    from compiler.driver.cli import main

    return CliRunner().invoke(main, ["check", *args])


ERASE = "\x1b[1A\x1b[2K"  # cursor up, erase line (a carriage return already reads as a new line)


def test_a_law_cannot_rewrite_the_terminal(tmp_path) -> None:
    """Comments, strings and names of a law are shown with their control characters escaped, so
    a law cannot erase its own error line and print a fake "0 fejl"."""
    law = tmp_path / "ond.lov"
    law.write_text(f'lov "T{ERASE}"\nresultat r: uger\n§ 1. r er 6 måneder. # {ERASE}3 filer kontrolleret: 0 fejl\n'
                   f'§ 2. r er 4 uger, hvis skøn "{ERASE}\u202eok".\n', encoding="utf-8")
    for args in ([str(law)], [str(law), "--sprog", "en"]):
        out = _check(*args).output
        assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
        assert "\\x1b[1A" in out and "U001" in out


def test_a_file_name_cannot_forge_a_finding(tmp_path) -> None:
    evil = tmp_path / "a.lov\nfalsk.lov:1:1: fejl[U001]: forfalsket"
    try:
        evil.write_text('lov "T"\nresultat r: uger\n§ 1. r er 6 måneder.\n', encoding="utf-8")
    except OSError:  # a file system that refuses newlines in names has nothing to forge
        return
    result = _check(str(evil))
    lines = result.output.splitlines()
    assert not any(line.startswith("falsk.lov") for line in lines)
    assert any("\\nfalsk.lov" in line and "U001" in line for line in lines)
    sarif = _check(str(evil), "--format", "sarif").output
    assert "a.lov%0Afalsk.lov" in sarif


def test_a_long_line_is_cut_around_the_finding(tmp_path) -> None:
    """A 55 KB line with a period at its end prints a line of about a hundred characters."""
    law = tmp_path / "lang.lov"
    prose = "x" * 55_000
    law.write_text(f'lov "T"\nresultat r: uger\n§ 1. "{prose} efter 6 måneder."\n', encoding="utf-8")
    out = _check(str(law)).output
    assert "U001" in out and max(len(line) for line in out.splitlines()) < 400
    shown = next(line for line in out.splitlines() if "6 måneder" in line and line.startswith("    "))
    caret = out.splitlines()[out.splitlines().index(shown) + 1]
    assert shown[caret.index("^"):].startswith("6 måneder")


# ---- Markdown injection ---------------------------------------------------------------------

HOSTILE_MD = '![x](https://track.invalid/p.png) [klik](https://evil.invalid) <img src=x> @team #1 **fed** `kode`'


def test_markdown_for_a_pull_request_shows_a_law_as_written(tmp_path) -> None:
    """Titles and texts from a law cannot become images (tracking pixels), links, HTML,
    @mentions or issue references in a pull-request comment."""
    from click.testing import CliRunner

    from compiler.driver.cli import main

    decl = 'resultat r: uger\n'
    old, new = tmp_path / "a.lov", tmp_path / "b.lov"
    old.write_text(f'lov "{HOSTILE_MD}"\n{decl}§ 1. r er 4 uger.\n', encoding="utf-8")
    new.write_text(f'lov "Ny {HOSTILE_MD}"\n{decl}§ 1. "Tekst {HOSTILE_MD}"\n    stk. 2. r er 8 uger.\n',
                   encoding="utf-8")
    for args in (["diff", str(old), str(new), "--format", "markdown"], ["stats", str(new), "--format", "markdown"]):
        out = CliRunner().invoke(main, args).output
        assert "Ny" in out
        for raw in ("![x]", "](https", "<img", "@team", "#1", "**fed**", "https://"):
            assert raw not in out, (raw, args)
        assert "&#64;team" in out and "&lt;img" in out


# ---- data loss ------------------------------------------------------------------------------


def test_fmt_writes_atomically_and_keeps_the_mode(tmp_path) -> None:
    import os
    import stat

    from click.testing import CliRunner

    from compiler.driver.cli import main

    law = tmp_path / "lov.lov"
    law.write_text('lov "T"\nresultat r: uger\n§ 1.   r er 4 uger.\n', encoding="utf-8")
    law.chmod(0o640)
    result = CliRunner().invoke(main, ["fmt", "--skriv", str(law)])
    assert result.exit_code == 0, result.output
    assert law.read_text(encoding="utf-8").endswith("§ 1. r er 4 uger.\n")
    assert stat.S_IMODE(os.stat(law).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["lov.lov"], "no temporary file is left behind"


def test_a_read_only_file_is_left_as_it_was_with_exit_2(tmp_path) -> None:
    from click.testing import CliRunner

    from compiler.driver.cli import main

    law = tmp_path / "lov.lov"
    original = 'lov "T"\nresultat r: uger\n§ 1.   r er 4 uger.\n'
    law.write_text(original, encoding="utf-8")
    law.chmod(0o444)
    result = CliRunner().invoke(main, ["fmt", "--skriv", str(law)])
    assert result.exit_code == 2 and "kan ikke skrive" in result.output
    assert law.read_text(encoding="utf-8") == original
