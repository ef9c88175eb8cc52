"""`--sprog en` on every command: help, messages, reports and explanations in English, the same
machine-readable fields in both languages, and Danish by default."""

from __future__ import annotations

import ast
import importlib
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from compiler.driver.bilingual import language_of
from compiler.driver.cli import COMMANDS, main
from compiler.evaluate import english
from dsl.catalogue import CATALOGUE
from dsl.language import using
from tests.kit import ROOT

LAB, KL = str(ROOT / "laws" / "lab-2017.lov"), str(ROOT / "laws" / "kl-2017.lov")

#: Words of the reports' own Danish (not the law's words, which stay as the law writes them).
DANISH = re.compile(r"\b(Nøgletal|gammel|ændring|Variationer|Struktur|Adfærd|får et andet svar|Konsekvens|ændrede svar|"
                    r"andel|eksempler|Tekstændringer|Erklæringer|Ingen forskelle|mangler oplysningen|"
                    r"ingen regel gælder|kræver skøn|Oplysninger|er tilsidesat af)\b")


def command(name: str) -> click.Command:
    module, attr = COMMANDS[name].split(":")
    return getattr(importlib.import_module(module), attr)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_has_its_help_in_english(name: str) -> None:
    cmd = command(name)
    assert getattr(cmd, "help_en", None), f"{name} has no English help"
    options = [p for p in cmd.params if isinstance(p, click.Option) and p.name != "help"]
    assert any("--sprog" in p.opts for p in options), f"{name} does not take --sprog"
    for p in options:
        with using("da"):
            danish = p.help
        if danish:
            assert getattr(p, "help_en", None), f"{name} {p.opts[0]} has no English help"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_follows_sprog_before_or_after_help(name: str) -> None:
    """`--help` stops click's parsing, so the language is read off the command line first."""
    cmd = command(name)
    with using("en"):
        english_help = " ".join(cmd.help.split()[:4])
    with using("da"):
        danish_help = " ".join(cmd.help.split()[:4])
    for args in ([name, "--help", "--sprog", "en"], [name, "--sprog=en", "--help"]):
        out = " ".join(CliRunner().invoke(main, args).output.split())
        assert english_help in out and danish_help not in out
    danish = " ".join(CliRunner().invoke(main, [name, "--help"]).output.split())
    assert danish_help in danish
    env = " ".join(CliRunner().invoke(main, [name, "--help"], env={"LOV_SPROG": "en"}).output.split())
    assert english_help in env


def test_the_language_is_read_off_the_command_line() -> None:
    assert language_of(["check", "x.lov", "--sprog", "en"]) == "en"
    assert language_of(["check", "--sprog=en"]) == "en"
    assert language_of(["check", "--", "--sprog", "en"]) == "da"
    assert language_of(["check", "--sprog"]) == "da"


def test_an_invalid_language_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["stats", LAB, "--sprog", "fr"])
    assert result.exit_code == 2 and "fr" in result.output


def test_every_word_the_evaluators_write_has_its_english() -> None:
    """Each text the shared helpers pass to ``_o`` is in the table (else English output would
    show Danish): read from their source, so a new text without English fails here."""
    missing = []
    for path in (ROOT / "dsl" / "timeline.py", ROOT / "compiler" / "evaluate" / "prelude.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_o":
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and arg.value not in english.ENGLISH:
                    missing.append(arg.value)
    assert not missing


def test_every_code_explains_why_in_english() -> None:
    for code, entry in CATALOGUE.items():
        assert entry.why_en and entry.why_en != entry.why, code
        out = CliRunner().invoke(main, ["explain", code, "--sprog", "en"]).output
        assert entry.why_en in out and entry.why not in out and "{" + "what_en}" not in out


def test_diff_reports_are_english_with_sprog_en_and_danish_without() -> None:
    for fmt in ("text", "markdown", "html"):
        args = ["diff", LAB, KL, "--population", "20", "--format", fmt]
        danish = CliRunner().invoke(main, args).output
        english_out = CliRunner().invoke(main, args + ["--sprog", "en"]).output
        assert DANISH.search(danish), fmt
        found = DANISH.findall(re.sub(r"<[^>]*>", " ", english_out))
        assert not found, (fmt, sorted(set(found)))
        if fmt == "html":
            assert '<html lang="en">' in english_out and '<html lang="da">' in danish


def test_json_is_the_same_in_both_languages_apart_from_messages() -> None:
    """Keys and tokens never change with --sprog (a CI script reads them)."""
    def shape(value: object) -> object:
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items()}
        if isinstance(value, list):
            return [shape(v) for v in value]
        return type(value).__name__

    args = ["diff", LAB, KL, "--population", "20", "--format", "json"]
    da, en = (json.loads(CliRunner().invoke(main, args + ["--sprog", s]).output) for s in ("da", "en"))
    assert shape(da) == shape(en)
    check = ["check", KL, "--format", "json", "--uden-bevis"]
    da, en = (json.loads(CliRunner().invoke(main, check + ["--sprog", s]).output) for s in ("da", "en"))
    assert [d["severity"] for d in da] == [d["severity"] for d in en]
    assert {d["severity"] for d in da} <= {"error", "warning", "note"}


def test_impact_and_stats_reports_are_english() -> None:
    for args in (["impact", LAB, KL, "--population", "300"], ["impact", LAB, KL, "--population", "300", "--format", "html"],
                 ["stats", KL], ["stats", KL, "--format", "markdown"]):
        out = CliRunner().invoke(main, args + ["--sprog", "en"]).output
        found = DANISH.findall(re.sub(r"<[^>]*>", " ", out))
        assert not found, (args, sorted(set(found)))


def test_eval_and_explanations_are_english(tmp_path: Path) -> None:
    citizen = tmp_path / "borger.json"
    citizen.write_text(json.dumps({"alder": 30, "ydelse": "dagpenge", "forsikret": True,
                                   "tilmeldt": "2026-01-05", "opgørelsesdato": "2026-03-02"}), encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", KL, "--input", str(citizen), "--forklar", "--sprog", "en"]).output
    assert "weeks" in out and "applies" in out and "Facts:" in out
    assert not DANISH.findall(out) and " uger" not in out
    danish = CliRunner().invoke(main, ["eval", KL, "--input", str(citizen), "--forklar"]).output
    assert " uger" in danish and "Oplysninger:" in danish


def test_a_generated_module_speaks_danish_unless_given_the_translator() -> None:
    """A vendor's module carries the helpers without the translator: English --sprog in the host
    process does not change what it returns."""
    from compiler.codegen.python.module import generate
    from compiler.pipeline import load_law

    module = {}  # type: ignore[var-annotated]
    exec(compile(generate(load_law(KL)), "kl.py", "exec"), module)  # a fresh module, as a vendor imports it
    module = type("M", (), module)
    borger = module.borger_fra_dict({"alder": 30})
    with using("en"):
        text = module.forklaring_tekst("grundig_vurdering_frist", borger, {})
    assert "uger" in text and "weeks" not in text


def test_compile_writes_english_documentation_with_sprog_en(tmp_path: Path) -> None:
    da, en = tmp_path / "da.py", tmp_path / "en.py"
    assert CliRunner().invoke(main, ["compile", KL, "-o", str(da)]).exit_code == 0
    assert CliRunner().invoke(main, ["compile", KL, "-o", str(en), "--sprog", "en"]).exit_code == 0
    da_text, en_text = da.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
    assert da_text.startswith('"""Evaluatorer genereret') and en_text.startswith('"""Evaluators generated')
    assert "The citizen's facts" in en_text
    # Only the documentation differs: the code is the same.
    strip = lambda s: re.sub(r'"""[^"]*"""|\'[^\']*(oplysninger|facts)[^\']*\'|#.*', "", s)  # noqa: E731
    assert len(strip(da_text).splitlines()) == len(strip(en_text).splitlines())


def test_messages_are_english(tmp_path: Path) -> None:
    missing = str(tmp_path / "ingen.json")
    out = CliRunner().invoke(main, ["eval", KL, "--input", missing, "--sprog", "en"]).output
    assert "cannot read" in out and "kan ikke" not in out
    out = CliRunner().invoke(main, ["eval", KL, "--input", missing, "--resultat", "xyz", "--sprog", "en"]).output
    assert "kan ikke" not in out
    bad = tmp_path / "b.json"
    bad.write_text("[1]", encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", KL, "--input", str(bad), "--sprog", "en"]).output
    assert "expected" in out and "forventede" not in out
    out = CliRunner().invoke(main, ["diff", LAB, KL, "--fail-on-increase", "nope", "--sprog", "en"]).output
    assert "unknown metric" in out and "ukendt" not in out


@pytest.mark.parametrize("text, code", [
    ('lov "X"\nresultat r: uger\n§ 1. r er 6 uger hvis.\n', "S001"),
    ('lov "X"\nbegreb аlder: heltal\n', "S002"),
    ('lov "X"\nmålgruppe 1 unge "Unge":\n', "S003"),
    ('lov "X"\nresultat r: uger\nbegreb a: heltal kilde borger\n§ 1. r er 4 uger, hvis a 3.\n', "S001"),
])
def test_syntax_messages_say_what_was_expected_in_english(text: str, code: str) -> None:
    """The parser gives what it found and what it expected in both languages: no Danish
    description in an English message (`expected en ny erklæring` once)."""
    from compiler.pipeline import analyse_text

    found = [d for d in analyse_text(text, "x.lov", checks=False).diagnostics if d.code == code]
    assert found, code
    for d in found:
        english, danish = d.message("en"), d.message("da")
        words = re.sub(r"`[^`]*`", "", english)  # the language's own keywords are the same in both
        assert not re.search(r"\b(forventede|et udtryk|en ny erklæring|eller|navnet|tallet|teksten|filens)\b", words), english
        assert english != danish and ("forventede" in danish)


@pytest.mark.parametrize("sprog, one, many", [
    ("da", "1 fil kontrolleret: 1 fejl, 1 advarsel", "2 filer kontrolleret: 2 fejl, 2 advarsler"),
    ("en", "1 file checked: 1 error, 1 warning", "2 files checked: 2 errors, 2 warnings"),
])
def test_the_check_summary_counts_in_singular_and_plural(tmp_path, sprog, one, many) -> None:
    """`lov check`'s last line: "1 advarsel", not "1 advarsler" (and "1 warning")."""
    # One error (a result without a declaration) and one warning (a technology-bound word).
    law = ('lov "L"\nversion "1"\nresultat r: sandhedsværdi\n# x\n§ 1\n'
           '    stk. 1. r er ja.\n    stk. 2. "Borgeren skal bruge Jobnet."\n    stk. 3. ukendt er ja.\n')
    a, b = tmp_path / "a.lov", tmp_path / "b.lov"
    a.write_text(law, encoding="utf-8")
    b.write_text(law, encoding="utf-8")
    first = CliRunner().invoke(main, ["check", str(a), "--sprog", sprog])
    assert first.output.strip().splitlines()[-1] == one, first.output
    both = CliRunner().invoke(main, ["check", str(a), str(b), "--sprog", sprog])
    assert both.output.strip().splitlines()[-1] == many, both.output


def test_one_suggestion_helper_for_every_unknown_name() -> None:
    from dsl.language import did_you_mean

    assert did_you_mean("aldr", ["alder", "ydelse"]) == ("; mente du 'alder'?", "; did you mean 'alder'?")
    assert did_you_mean("xyz", ["alder"]) == ("", "")
    assert did_you_mean("N01", ["N001", "N011", "T001"], n=3, quote="", brackets=True)[1].startswith(
        " (did you mean N0")
    # The command line uses it in the language asked for.
    out = CliRunner().invoke(main, ["explain", "N01", "--sprog", "en"])
    assert out.exit_code == 2 and "did you mean" in out.output and "mente du" not in out.output, out.output
