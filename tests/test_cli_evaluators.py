"""`lov compile`, `lov eval` and `lov test` as a user runs them: outputs, messages and exit codes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.driver.cli import main

LAW = """lov "Praktik"
version "1"
begreb forsikret: sandhedsværdi kilde register "A-kasse"
begreb dimittend: sandhedsværdi kilde register "A-kasse"
begreb sats_grundlag: beløb kilde register "Indkomst"
begreb ydelse: valg af dagpenge, kontanthjælp kilde borger
målgruppe 1 forsikrede "Forsikrede":
    forsikret
resultat praktik_varighed: uger "Højeste varighed af virksomhedspraktik"
resultat sats: beløb
§ 44
    stk. 1. praktik_varighed er 13 uger.
    stk. 2. praktik_varighed er 26 uger, hvis skøn "konkret individuel vurdering".
        undtagelse til § 44, stk. 1.
§ 120
    stk. 1. For målgruppe forsikrede er praktik_varighed 4 uger.
    stk. 2. For målgruppe forsikrede er praktik_varighed 8 uger, hvis dimittend.
        undtagelse til § 120, stk. 1.
§ 130. sats er sats_grundlag + 0,50 kr.
"""

CASES = """
testsag "Forsikret dimittend":
    givet forsikret = ja, dimittend = ja
    forvent praktik_varighed = 8 uger, målgruppe forsikrede = ja
testsag "Skøn mangler":
    givet forsikret = nej
    forvent praktik_varighed = skøn
testsag "Forkert":
    givet forsikret = ja, dimittend = nej
    forvent praktik_varighed = 8 uger, sats = mangler sats_grundlag
"""


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def law(tmp_path: Path) -> str:
    path = tmp_path / "praktik.lov"
    path.write_text(LAW, encoding="utf-8")
    return str(path)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# ---- lov eval ------------------------------------------------------------------------------


def test_eval_text_lists_groups_and_every_result(law, tmp_path):
    data = write(tmp_path, "borger.json", '{"forsikret": true, "dimittend": true, "sats_grundlag": 100.25}')
    result = run("eval", law, "--input", data)
    assert result.exit_code == 0, result.output
    assert result.output == (
        "målgruppe forsikrede: ja (målgruppe 1 forsikrede)\n"
        "praktik_varighed: 8 uger (§ 120, stk. 2)\n"
        "sats: 100,75 kr. (§ 130)\n"
    )


def test_eval_one_result_with_explanation(law, tmp_path):
    data = write(tmp_path, "borger.json", '{"fakta": {"forsikret": false}, "skøn": {"konkret individuel vurdering": true}}')
    result = run("eval", law, "--input", data, "--resultat", "praktik_varighed", "--forklar")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "praktik_varighed: 26 uger (§ 44, stk. 2)"
    assert "  § 44, stk. 1 gælder, men er tilsidesat af § 44, stk. 2." in lines
    assert "  § 120, stk. 1 gælder ikke." in lines
    assert "  Oplysninger: forsikret = ja." not in lines and "  Oplysninger: forsikret = nej." in lines
    assert '  Skøn: "konkret individuel vurdering" = ja.' in lines


def test_eval_json_keeps_amounts_exact(law, tmp_path):
    data = write(tmp_path, "borger.json", '{"forsikret": true, "sats_grundlag": "1.000,10 kr."}')
    result = run("eval", law, "--input", data, "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["resultater"]["sats"] == {"art": "værdi", "værdi": "1000.60", "tekst": "1000,60 kr.", "regler": ["§ 130"]}
    assert out["resultater"]["praktik_varighed"] == {
        "art": "mangler", "regler": ["§ 120, stk. 2"], "mangler": "dimittend"
    }
    assert out["målgrupper"]["forsikrede"]["værdi"] is True
    assert out["lov"] == "Praktik" and len(out["sha256"]) == 64


def test_eval_json_with_explanation_is_the_explanation_data(law, tmp_path):
    data = write(tmp_path, "borger.json", '{"forsikret": true, "dimittend": false}')
    out = json.loads(run("eval", law, "--input", data, "--format", "json", "--forklar").output)
    explained = out["resultater"]["praktik_varighed"]
    assert explained["udfald"]["værdi"] == 4
    assert [r["gælder"] for r in explained["regler"]] == ["ja", "ukendt", "ja", "nej"]


def test_eval_reads_stdin(law):
    result = run("eval", law, "--input", "-", "--resultat", "sats", stdin='{"sats_grundlag": 1}')
    assert result.output == "sats: 1,50 kr. (§ 130)\n"


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"forsikret": tru}', "borger.json:1:15: ugyldig JSON"),
        ("[1, 2]", "(borger 1): forventede et JSON-objekt med begreberne som nøgler, fik tallet 1"),
        ('"tekst"', "forventede et JSON-objekt med begreberne som nøgler"),
        ("[]", "ingen borgere"),
        ('{"forsikret": true}\n{"forsikred": true}\n', "borger.json (borger 2): ukendt begreb 'forsikred'"),
        ('{"forsikret": true}\n\n{"forsikret": tru}\n', "borger.json:3:15: ugyldig JSON"),  # JSON Lines: the file's line
        ('{\n  "forsikret": true\n  "dimittend": true\n}\n', "borger.json:3:3: ugyldig JSON"),  # not JSON Lines
        ('{"forsikret": true}\n{"forsikret": true, "forsikret": false}\n', "borger.json:2: nøglen"),
        ('{"forsikred": true}', "ukendt begreb 'forsikred'; mente du 'forsikret'?"),
        ('{"forsikret": "måske"}', "'forsikret' skal være true eller false (ja/nej); fik \"måske\""),
        ('{"sats_grundlag": "mange"}', "'sats_grundlag' skal være et beløb"),
        ('{"ydelse": "sygedagpenge"}', "'ydelse' skal være et af valgene dagpenge, kontanthjælp"),
        ('{"fakta": {}, "skøn": {"konkret vurdering": true}}', "loven har intet skøn \"konkret vurdering\""),
        ('{"fakta": {}, "andet": 1}', "kun have \"fakta\" og \"skøn\""),
        ('{"forsikret": true, "forsikret": false}', "nøglen \"forsikret\" står to gange"),
        ('{"sats_grundlag": 1e999999999}', "tallet 1e999999999 er for stort"),
        ('{"sats_grundlag": ' + "9" * 5000 + "}", "har mere end 30 cifre"),
        ('{"ydelse": "' + "x" * 100_000 + '"}', "skal være et af valgene"),
        ("[" * 100_000 + "]" * 100_000, "for dybt"),
    ],
)
def test_eval_bad_input_is_a_clear_danish_message_and_exit_2(law, tmp_path, content, message):
    data = write(tmp_path, "borger.json", content)
    result = CliRunner().invoke(main, ["eval", law, "--input", data])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output) < 2_000, "a message never echoes a huge value in full"


def test_eval_names_every_citizen_that_cannot_be_read_and_prints_no_results(law, tmp_path):
    data = write(tmp_path, "alle.jsonl", '{"forsikred": true}\n{"forsikret": true}\n{"ydelse": "løn"}\n')
    result = CliRunner().invoke(main, ["eval", law, "--input", data])
    assert result.exit_code == 2
    assert "alle.jsonl (borger 1): ukendt begreb 'forsikred'" in result.output
    assert "alle.jsonl (borger 3): 'ydelse' skal være et af valgene" in result.output
    assert "borger 2" not in result.output and "praktik_varighed" not in result.output


def test_eval_unknown_result_and_missing_input_exit_2(law, tmp_path):
    data = write(tmp_path, "borger.json", "{}")
    result = run("eval", law, "--input", data, "--resultat", "praktik")
    assert result.exit_code == 2 and "loven har intet resultat 'praktik'; mente du 'praktik_varighed'?" in result.output
    result = run("eval", law, "--input", str(tmp_path / "findes-ikke.json"))
    assert result.exit_code == 2 and "kan ikke læse" in result.output


# ---- lov compile ---------------------------------------------------------------------------


def test_compile_writes_an_importable_module(law, tmp_path):
    out = tmp_path / "praktik_modul.py"
    result = run("compile", law, "-o", str(out))
    assert result.exit_code == 0, result.output
    spec = importlib.util.spec_from_file_location("praktik_modul", out)
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.modules["praktik_modul"] = module
    spec.loader.exec_module(module)
    borger = module.Borger(forsikret=True, dimittend=True)
    assert module.praktik_varighed(borger) == ("værdi", 8, ("§ 120, stk. 2",), None, None)
    assert module.praktik_varighed(module.Borger(forsikret=False)).art == "skøn"


def test_compile_refuses_a_law_with_errors(tmp_path):
    bad = write(tmp_path, "fejl.lov", 'lov "x"\nresultat r: uger\n§ 1. r er 13.\n')
    result = run("compile", bad, "-o", str(tmp_path / "m.py"))
    assert result.exit_code == 1
    assert "fejl.lov:3:" in result.output and "har fejl" in result.output
    assert not (tmp_path / "m.py").exists()


# ---- lov test ------------------------------------------------------------------------------


def test_test_reports_each_failure_on_one_line_and_a_summary(tmp_path):
    path = write(tmp_path, "sager.lov", LAW + CASES)
    result = run("test", path)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[-1] == "2 passed, 1 failed"
    failures = lines[:-1]
    assert len(failures) == 1
    line = failures[0]
    row = (LAW + CASES).split("\n").index("    forvent praktik_varighed = 8 uger, sats = mangler sats_grundlag") + 1
    assert line.startswith(f"{path}:{row}:13: testsag \"Forkert\" [genereret]: praktik_varighed: forventede 8 uger, fik 4 uger (§ 120, stk. 1)")
    assert "§ 120, stk. 2 gælder ikke" in line and "Oplysninger: forsikret = ja, dimittend = nej" in line


def test_test_with_interpreter_runs_both(tmp_path):
    path = write(tmp_path, "sager.lov", LAW + CASES)
    result = run("test", path, "--interpreter")
    assert result.output.splitlines()[-1] == "4 passed, 2 failed"
    assert "[fortolker]" in result.output


def test_test_passes_with_exit_0(tmp_path):
    ok = CASES.split('testsag "Forkert"')[0]
    result = run("test", write(tmp_path, "ok.lov", LAW + ok))
    assert result.exit_code == 0 and result.output == "2 passed, 0 failed\n"


def test_test_on_the_laws_in_the_repository():
    from tests.kit import LAWS

    result = run("test", str(LAWS), "--interpreter")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(" 0 failed")


def test_test_missing_path_exit_2(tmp_path):
    result = run("test", str(tmp_path / "nope.lov"))
    assert result.exit_code == 2


def test_test_reports_a_broken_file_and_runs_the_rest(tmp_path):
    """One broken file in a `lov test` run is reported; the others still run; the summary ends it."""
    good = write(tmp_path, "a.lov", 'lov "T"\nresultat r: uger\n§ 1. r er 4 uger.\n'
                 'testsag "fire uger":\n    forvent r = 4 uger\n')
    write(tmp_path, "b.lov", 'lov "T"\nresultat r: uger\n§ 1. r er 13.\n')
    (tmp_path / "c.lov").write_bytes(b"\xff\xfe")
    result = CliRunner().invoke(main, ["test", str(tmp_path), "-v"])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and lines[-1] == "1 passed, 2 failed"
    assert any("T001" in line for line in lines) and any("F002" in line for line in lines)
    assert any(line.startswith(f"{good}:4: testsag 'fire uger' [genereret]: ok") for line in lines)


def test_explain_without_a_code_lists_every_code():
    from dsl.catalogue import all_entries

    out = CliRunner().invoke(main, ["explain"]).output.splitlines()
    assert [line.split()[0] for line in out] == [e.code for e in all_entries()]


def test_eval_takes_many_citizens_as_an_array_or_json_lines(law, tmp_path):
    """A vendor's batch in one call: the same answers as one call per citizen."""
    people = [{"forsikret": True, "dimittend": True}, {"forsikret": False}]
    singles = []
    for i, person in enumerate(people):
        one = write(tmp_path, f"b{i}.json", json.dumps(person))
        singles.append(json.loads(CliRunner().invoke(main, ["eval", law, "--input", one, "--format", "json"]).output))
    array = write(tmp_path, "alle.json", json.dumps(people))
    lines = write(tmp_path, "alle.jsonl", "\n".join(json.dumps(p) for p in people) + "\n")
    for path in (array, lines):
        out = CliRunner().invoke(main, ["eval", law, "--input", path, "--format", "json"])
        assert out.exit_code == 0 and json.loads(out.output) == singles
    text = CliRunner().invoke(main, ["eval", law, "--input", array]).output
    assert text.startswith("borger 1:") and "\nborger 2:" in text
