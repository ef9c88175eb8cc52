"""`lov check`, `lov fmt`, `lov explain` as a user runs them: output formats and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.driver.cli import main

GOOD = 'lov "Test"\nversion "1"\n\nbegreb alder: heltal kilde register "CPR"\n\nresultat r: heltal\n\n§ 1. r er alder + 1.\n'
BAD = 'lov "Test"\n\nresultat r: uger\n\n§ 1. r er 13.\n'


def run(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args), catch_exceptions=False)
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def files(tmp_path: Path):
    def write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return write


def test_clean_file_exits_0(files) -> None:
    result = run("check", files("god.lov", GOOD))
    assert result.exit_code == 0
    assert "0 fejl" in result.output


def test_error_is_reported_gcc_style_with_caret(files) -> None:
    path = files("fejl.lov", BAD)
    result = run("check", path)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == f"{path}:5:11: fejl[T001]: r har typen uger, men værdien har typen heltal"
    assert lines[1] == "    § 1. r er 13."
    assert lines[2] == "              ^~"


def test_english_messages(files) -> None:
    result = run("check", "--sprog", "en", files("fejl.lov", BAD))
    assert "error[T001]: r has type uger, but the value has type heltal" in result.output
    assert "1 file checked: 1 error, 0 warnings" in result.output


def test_json_has_exactly_the_documented_keys(files) -> None:
    result = run("check", "--format", "json", files("fejl.lov", BAD))
    assert result.exit_code == 1
    (item,) = json.loads(result.output)
    assert list(item) == ["file", "line", "column", "end_line", "end_column", "code", "severity", "message"]
    assert (item["line"], item["column"], item["end_column"], item["code"], item["severity"]) == (5, 11, 13, "T001", "error")


def test_sarif_is_2_1_0_with_rule_metadata(files) -> None:
    result = run("check", "--format", "sarif", files("fejl.lov", BAD))
    log = json.loads(result.output)
    assert log["version"] == "2.1.0"
    run0 = log["runs"][0]
    (res,) = run0["results"]
    rule = run0["tool"]["driver"]["rules"][res["ruleIndex"]]
    assert rule["id"] == res["ruleId"] == "T001"
    assert rule["help"]["text"]
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (5, 11, 13)


def test_warnings_fail_only_with_strict(files) -> None:
    path = files("advarsel.lov", 'lov "x"\n\nresultat r: heltal\n')
    assert run("check", path).exit_code == 0
    assert run("check", "--strict", path).exit_code == 1


def test_directory_is_searched_for_lov_files(files, tmp_path: Path) -> None:
    files("a/en.lov", GOOD)
    files("a/b/to.lov", BAD)
    files("a/ikke.txt", "x")
    result = run("check", str(tmp_path / "a"))
    assert result.exit_code == 1
    assert "2 filer kontrolleret" in result.output


def test_missing_file_is_an_io_error(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "findes-ikke.lov"))
    assert result.exit_code == 2
    assert "findes ikke" in result.output


def test_directory_without_lov_files(tmp_path: Path) -> None:
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "ingen .lov-filer" in result.output


def test_no_paths_is_a_usage_error() -> None:
    assert run("check").exit_code == 2


def test_empty_file(files) -> None:
    result = run("check", files("tom.lov", "  \n"))
    assert result.exit_code == 1
    assert "F003" in result.output and "filen er tom" in result.output


def test_not_utf8_points_at_the_byte(files) -> None:
    result = run("check", files("latin1.lov", 'lov "Lov om b\xf8rn"\n'.encode("latin-1")))
    assert result.exit_code == 1
    assert ":1:14: fejl[F002]" in result.output and "0xf8" in result.output


def test_bom_and_crlf_are_accepted(files) -> None:
    data = b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8")
    result = run("check", files("bom.lov", data))
    assert result.exit_code == 0, result.output


def test_suppression_comment_is_counted(files) -> None:
    text = 'lov "x"\n\nresultat r: uger\n\n§ 1. r er 13.  # lov: tillad T001\n'
    result = run("check", files("tillad.lov", text))
    assert result.exit_code == 0
    assert "1 tilladt" in result.output


def test_output_file(files, tmp_path: Path) -> None:
    out = tmp_path / "fund.json"
    result = run("check", "--format", "json", "-o", str(out), files("fejl.lov", BAD))
    assert result.exit_code == 1 and result.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))[0]["code"] == "T001"


def test_fmt_prints_check_and_diff(files) -> None:
    messy = 'lov "x"\nbegreb a:heltal\n'
    path = files("rod.lov", messy)
    assert run("fmt", path).output == 'lov "x"\n\nbegreb a: heltal\n'
    check = run("fmt", "--check", path)
    assert check.exit_code == 1 and "ville blive ændret" in check.output and "lov fmt --skriv" in check.output
    diff = run("fmt", "--diff", path)
    assert diff.exit_code == 1 and "+begreb a: heltal" in diff.output
    assert run("fmt", "--skriv", path).exit_code == 0
    assert run("fmt", "--check", path).exit_code == 0


def test_fmt_check_and_test_read_standard_input_as_dash() -> None:
    """`-` is standard input (an editor's format-on-save pipes the buffer through `lov fmt -`)."""
    runner = CliRunner()
    messy = 'lov "x"\nbegreb a:heltal\n'
    assert runner.invoke(main, ["fmt", "-"], input=messy).stdout == 'lov "x"\n\nbegreb a: heltal\n'
    check = runner.invoke(main, ["fmt", "--check", "-"], input=messy)
    assert check.exit_code == 1 and "<standard input>: ville blive ændret" in check.stdout and "ret med: lov fmt -" in check.stdout
    assert runner.invoke(main, ["fmt", "--skriv", "-"], input=messy).exit_code == 2  # no file to write back to
    broken = runner.invoke(main, ["check", "-"], input='lov "x"\n§ 1. a 2.\n')
    assert broken.exit_code == 1 and "<standard input>:2:" in broken.stdout and "S001" in broken.stdout
    law = 'lov "x"\nresultat r: uger\n§ 1. r er 4 uger.\ntestsag "t":\n    forvent r = 4 uger\n'
    assert runner.invoke(main, ["test", "-"], input=law).stdout.endswith("1 passed, 0 failed\n")


def test_fmt_refuses_a_file_with_syntax_errors(files) -> None:
    result = run("fmt", files("fejl.lov", 'lov "x"\n§ 1. a 2.\n'))
    assert result.exit_code == 1
    assert "S001" in result.output


def test_explain_prints_the_documentation() -> None:
    result = run("explain", "t001")
    assert result.exit_code == 0
    assert result.output.startswith("# T001 forkert-værditype")
    assert "## Hvorfor" in result.output and "```lov" in result.output


def test_explain_unknown_code_suggests() -> None:
    result = run("explain", "T0001")
    assert result.exit_code == 2
    assert "ukendt kode" in result.output


@pytest.mark.skipif(shutil.which("lov") is None, reason="the lov console script is not installed in this environment")
def test_installed_console_script_works_from_any_directory(tmp_path: Path) -> None:
    law = tmp_path / "lov.lov"
    law.write_text(BAD, encoding="utf-8")
    proc = subprocess.run(["lov", "check", "lov.lov"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 1
    assert "lov.lov:5:11: fejl[T001]" in proc.stdout
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [
    ["diff", "laws/lab-2017.lov", "laws/kl-2017.lov", "--seed", "-5"],
    ["impact", "laws/lab-2017.lov", "laws/kl-2017.lov", "--seed", "-5"],
    ["diff", "laws/lab-2017.lov", "laws/kl-2017.lov", "--population", str(10**12)],
    ["impact", "laws/lab-2017.lov", "laws/kl-2017.lov", "--population", str(10**18)],
    ["impact", "laws/lab-2017.lov", "laws/kl-2017.lov", "--seed", str(2**40)],
])
def test_seeds_and_populations_follow_one_rule(args, monkeypatch) -> None:
    """A seed is 0 … 2^32-1 in every command; a population is capped, so a typo is a usage error
    (exit 2) instead of memory that grows without bound."""
    from tests.kit import ROOT

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "Fejl: Ugyldig værdi for" in result.output


@pytest.mark.parametrize("args,da,en", [
    (["check"], "Fejl: Mangler argumentet 'STI...'.", "Error: Missing argument 'STI...'."),
    (["check", "laws", "--formt", "json"], "Fejl: Tilvalget '--formt' findes ikke. Mente du '--format'?",
     "Error: No such option '--formt'. Did you mean '--format'?"),
    (["diff", "laws", "laws/kl-2017.lov"], "Fejl: Ugyldig værdi for 'GAMMEL.lov': 'laws' er en mappe.",
     "Error: Invalid value for 'GAMMEL.lov': File 'laws' is a directory."),
    (["eval", "laws/kl-2017.lov", "--input", "-", "--format", "yaml"],
     "Fejl: Ugyldig værdi for '--format': 'yaml' er ikke en af 'text', 'json'.",
     "Error: Invalid value for '--format': 'yaml' is not one of 'text', 'json'."),
    (["frobnicate"], "Fejl: Kommandoen 'frobnicate' findes ikke.", "Error: No such command 'frobnicate'."),
])
def test_a_usage_error_is_in_the_invocations_language(args, da, en, monkeypatch) -> None:
    """click's own messages (usage errors, --help's furniture) read in Danish unless --sprog en."""
    from tests.kit import ROOT

    monkeypatch.chdir(ROOT)
    danish = CliRunner().invoke(main, args)
    assert danish.exit_code == 2 and da in danish.output and "Brug: " in danish.output and "Usage" not in danish.output
    english = CliRunner().invoke(main, [*args, "--sprog", "en"])
    assert english.exit_code == 2 and en in english.output and "Usage: " in english.output
    help_da = CliRunner().invoke(main, ["eval", "--help"]).output
    assert "Tilvalg:" in help_da and "Vis denne hjælp og afslut." in help_da and "[påkrævet]" in help_da
    assert "Show this message" in CliRunner().invoke(main, ["eval", "--help", "--sprog", "en"]).output


def test_every_danish_click_message_is_one_click_has() -> None:
    """The catalogue is keyed by click's own message ids: an id the installed click does not
    write would leave its message in English without a failing test elsewhere."""
    import re
    from pathlib import Path

    import click

    from compiler.driver import click_da

    source = "".join(p.read_text(encoding="utf-8") for p in Path(click.__file__).parent.glob("*.py"))
    ids = {"".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m)).encode().decode("unicode_escape")
           for m in re.findall(r'\b(?:n?gettext|_)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)', source)}
    ids |= {"required"}  # written as _(extra["required"])
    plural = {"".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m)) for m in re.findall(r'ngettext\(\s*(?:"[^"]*"\s*)+,\s*((?:"[^"]*"\s*)+)', source)}
    missing = [k for k in click_da._DA if k not in ids] + \
        [k for k in click_da._DA_PLURAL if k[0] not in ids or k[1] not in plural]
    assert missing == []


def test_a_device_is_not_read_forever() -> None:
    """`lov check /dev/zero` once read until memory ran out; a device or pipe is refused (exit 2)."""
    import os

    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero on this system")
    for command in ("check", "fmt"):
        result = CliRunner().invoke(main, [command, "/dev/zero"])
        assert result.exit_code == 2 and "ikke en almindelig fil" in result.output


def test_an_unreadable_subdirectory_is_reported_not_skipped(tmp_path, monkeypatch) -> None:
    """`lov check laws/` with a subdirectory it cannot read exits 2 naming it (as root every
    directory is readable, so the refusal is simulated where os.walk meets it)."""
    import os

    (tmp_path / "a.lov").write_text('lov "T"\n', encoding="utf-8")
    (tmp_path / "hemmelig").mkdir()
    real_scandir = os.scandir

    def scandir(path=".", *args, **kwargs):
        if str(path).endswith("hemmelig"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2 and "hemmelig" in result.output and "adgang nægtet" in result.output
    english = CliRunner().invoke(main, ["check", str(tmp_path), "--sprog", "en"])
    assert english.exit_code == 2 and "hemmelig" in english.output and "Permission denied" in english.output


@pytest.mark.parametrize("sprog, text", [("da", "findes ikke eller kan ikke læses: findes ikke"),
                                         ("en", "does not exist or cannot be read: no such file")])
def test_a_missing_file_is_reported_in_one_language(tmp_path, sprog: str, text: str) -> None:
    result = run("check", str(tmp_path / "ingen.lov"), "--sprog", sprog)
    assert result.exit_code == 2 and text in result.output + (result.stderr or "")
