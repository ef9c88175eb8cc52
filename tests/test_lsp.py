"""`lov lsp` tested as an editor uses it: a JSON-RPC client speaking to the server process
over stdio (initialize, didOpen, didChange, hover, definition, documentSymbol, completion,
formatting, shutdown, exit)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsl.formatter import format_text
from tests.kit import HEADER, ROOT
from tests.lspclient import LspClient, LspError

LAW = '''lov "Testlov"
version "1"

begreb alder: heltal "Borgerens alder" kilde register "CPR"
begreb ledighed: uger "Sammenlagt ledighed" kilde register "Ydelsesrefusion"

målgruppe 1 unge "Unge under 30":
    alder < 30

resultat varighed: uger "Højeste varighed af praktik"

kapitel 1 "Praktik"

§ 44 "Varighed"
    stk. 1. varighed er 13 uger.
    stk. 2. varighed er 26 uger, hvis ledighed > 4 uger.
        undtagelse til § 44, stk. 1.

§ 45. For målgruppe unge er varighed 8 uger, jf. § 44, stk. 2.

kapitel 2 "Andet"

§ 46. "Kommunen følger op." jf. stk. 1.

testsag "Ung":
    givet alder = 20, ledighed = 2 uger
    forvent varighed = 8 uger
'''
LINES = LAW.split("\n")
URI = "file:///tmp/lsp-test/lov.lov"


def at(line_text: str, needle: str, offset: int = 1) -> dict[str, int]:
    """The LSP position ``offset`` characters into ``needle`` on the line that starts with ``line_text``."""
    line = next(i for i, text in enumerate(LINES) if text.startswith(line_text))
    return {"line": line, "character": LINES[line].index(needle) + offset}


def check_json(text: str, tmp_path: Path, name: str = "law.lov", options: tuple[str, ...] = ("--uden-bevis",)
               ) -> list[dict[str, Any]]:
    """What `lov check --format json` reports for ``text`` (without the solver's findings, which
    the server publishes after the exact diagnostics, unless ``options`` say otherwise)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "compiler.driver.cli", "check", "--format", "json", *options, str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


def as_check(diagnostics: list[dict[str, Any]]) -> list[tuple[int, int, int, int, str, str]]:
    return sorted(
        (d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1,
         d["range"]["end"]["line"] + 1, d["range"]["end"]["character"] + 1, d["code"], d["message"])
        for d in diagnostics
    )


def from_check(found: list[dict[str, Any]]) -> list[tuple[int, int, int, int, str, str]]:
    return sorted((d["line"], d["column"], d["end_line"], d["end_column"], d["code"], d["message"]) for d in found)


@pytest.fixture(scope="module")
def server() -> Iterator[LspClient]:
    client = LspClient()
    client.initialize()
    client.open(URI, LAW)
    client.diagnostics(URI, 1)
    yield client
    assert client.close() == 0
    assert b"intern fejl" not in client.stderr, client.stderr.decode("utf-8", "replace")


def doc(uri: str = URI) -> dict[str, str]:
    return {"uri": uri}


def test_initialize_announces_the_features() -> None:
    client = LspClient()
    try:
        capabilities = client.initialize()["capabilities"]
        assert capabilities["hoverProvider"] and capabilities["definitionProvider"]
        assert capabilities["documentSymbolProvider"] and capabilities["documentFormattingProvider"]
        assert "completionProvider" in capabilities
        assert capabilities["textDocumentSync"]["change"] == 2  # incremental
    finally:
        assert client.close() == 0


def test_diagnostics_on_open_and_change_are_those_of_lov_check(tmp_path: Path) -> None:
    broken = LAW.replace("varighed er 13 uger.", "varighed er 13 maaneder.").replace(
        "alder < 30", "alderen < 30"
    ) + "\n§ 47. varighed er 3 måneder.\n"
    client = LspClient()
    try:
        client.initialize()
        uri = "untitled:broken.lov"
        client.open(uri, broken)
        on_open = client.diagnostics(uri, 1)
        expected = from_check(check_json(broken, tmp_path))
        assert {d[4] for d in expected} >= {"S001", "N001"}  # a syntax and a name error at least
        assert as_check(on_open) == expected
        assert all(d["source"] == "lov" for d in on_open)

        # Fix the misspelt name with an incremental edit: only that diagnostic goes.
        line = broken.split("\n").index("    alderen < 30")
        client.change(uri, 2, [{"range": {"start": {"line": line, "character": 4}, "end": {"line": line, "character": 11}}, "text": "alder"}])
        fixed = broken.replace("alderen < 30", "alder < 30")
        on_change = client.diagnostics(uri, 2)
        assert as_check(on_change) == from_check(check_json(fixed, tmp_path))
        assert "N001" not in {d["code"] for d in on_change}

        # A whole-text change.
        client.change(uri, 3, [{"text": LAW}])
        assert as_check(client.diagnostics(uri, 3)) == from_check(check_json(LAW, tmp_path))
    finally:
        assert client.close() == 0


def test_a_burst_of_changes_is_analysed_once_at_its_last_version(tmp_path: Path) -> None:
    """Keystrokes in quick succession are analysed once, at the last version (an analysis of
    each would queue up behind the typing); the last version's diagnostics are exact."""
    client = LspClient()
    try:
        client.initialize()
        uri = "untitled:burst.lov"
        client.open(uri, LAW)
        client.diagnostics(uri, 1)
        text = LAW
        for version in range(2, 12):  # ten keystrokes, sent back to back
            text = text.replace("13 uger.", f"1{version} uger.") if version == 2 else text.replace(
                f"1{version - 1} uger.", f"1{version} uger.")
            client.change(uri, version, [{"text": text}])
        final = client.diagnostics(uri, 11)
        assert as_check(final) == from_check(check_json(text, tmp_path))
        versions = [p.get("version") for p in client.received("textDocument/publishDiagnostics") if p["uri"] == uri]
        assert len(set(versions) & set(range(2, 11))) < 9, versions  # not one analysis per keystroke
    finally:
        assert client.close() == 0


def test_english_messages_on_request(tmp_path: Path) -> None:
    client = LspClient()
    try:
        client.initialize({"sprog": "en"})
        client.open("untitled:en.lov", "lov \"x\"\n§ 1. y er 1.\n")
        (first,) = client.diagnostics("untitled:en.lov", 1)[:1]
        assert first["code"] == "N001" and "y" in first["message"]
        path = tmp_path / "en.lov"
        path.write_text("lov \"x\"\n§ 1. y er 1.\n", encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "compiler.driver.cli", "check", "--format", "json", "--sprog", "en", str(path)],
                             cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert first["message"] == json.loads(run.stdout)[0]["message"]
    finally:
        client.close()


def test_hovers_follow_the_language_of_the_command_line_and_of_the_client() -> None:
    """`lov lsp --sprog en` (or {"sprog": "en"} from the client) writes hovers in English."""
    for command, options in (([sys.executable, "-m", "compiler.driver.cli", "lsp", "--sprog", "en"], None),
                             (None, {"sprog": "en"}), (None, None)):
        with LspClient(command) as client:
            client.initialize(options)
            client.open(URI, LAW)
            client.diagnostics(URI, 1)
            begreb = client.request("textDocument/hover", {"textDocument": doc(), "position": at("    alder < 30", "alder")})
            result = client.request("textDocument/hover", {"textDocument": doc(), "position": at("    stk. 1.", "varighed")})
            text = begreb["contents"]["value"] + result["contents"]["value"]
            english = command is not None or options is not None
            assert ("Source: register" in text and "Decided by: " in text) == english
            assert ("Kilde: register" in text and "Afgøres af: " in text) == (not english)


def test_columns_are_utf16_code_units(tmp_path: Path) -> None:
    text = 'lov "x"\nbegreb a: heltal "😀😀" kilde borgerx\n'
    client = LspClient()
    try:
        client.initialize()
        client.open("untitled:emoji.lov", text)
        (diagnostic,) = client.diagnostics("untitled:emoji.lov", 1)
        (expected,) = check_json(text, tmp_path)
        # Two characters outside the Basic Multilingual Plane before the error: two more UTF-16 units.
        assert diagnostic["range"]["start"] == {"line": expected["line"] - 1, "character": expected["column"] - 1 + 2}
    finally:
        client.close()


def test_hover_on_a_begreb_shows_declaration_and_description(server: LspClient) -> None:
    hover = server.request("textDocument/hover", {"textDocument": doc(), "position": at("    alder < 30", "alder")})
    value = hover["contents"]["value"]
    assert 'begreb alder: heltal "Borgerens alder" kilde register "CPR"' in value
    assert "Borgerens alder" in value and 'register "CPR"' in value
    assert hover["range"] == {"start": at("    alder < 30", "alder", 0), "end": at("    alder < 30", "alder", 5)}


def test_hover_on_a_resultat_lists_its_rules(server: LspClient) -> None:
    value = server.request("textDocument/hover", {"textDocument": doc(), "position": at("    stk. 1.", "varighed")})["contents"]["value"]
    assert 'resultat varighed: uger "Højeste varighed af praktik"' in value
    assert "§ 44, stk. 1; § 44, stk. 2; § 45" in value


def test_hover_on_a_malgruppe(server: LspClient) -> None:
    value = server.request("textDocument/hover", {"textDocument": doc(), "position": at("§ 45.", "unge")})["contents"]["value"]
    assert "målgruppe 1 unge" in value and "Unge under 30" in value


def test_hover_on_a_reference_shows_the_provision(server: LspClient) -> None:
    value = server.request("textDocument/hover", {"textDocument": doc(), "position": at("§ 45.", "§ 44")})["contents"]["value"]
    assert "§ 44, stk. 2" in value and "varighed er 26 uger, hvis ledighed > 4 uger." in value


def test_no_hover_on_a_keyword_or_in_a_string(server: LspClient) -> None:
    assert server.request("textDocument/hover", {"textDocument": doc(), "position": at("    stk. 1.", "er 13")}) is None
    assert server.request("textDocument/hover", {"textDocument": doc(), "position": at("begreb alder", "Borgerens")}) is None


def test_definition_of_names(server: LspClient) -> None:
    location = server.request("textDocument/definition", {"textDocument": doc(), "position": at("    stk. 2.", "ledighed")})
    assert location == {"uri": URI, "range": {"start": at("begreb ledighed", "ledighed", 0), "end": at("begreb ledighed", "ledighed", 8)}}
    location = server.request("textDocument/definition", {"textDocument": doc(), "position": at("§ 45.", "unge")})
    assert location["range"]["start"] == at("målgruppe 1 unge", "unge", 0)


def test_definition_of_references(server: LspClient) -> None:
    # `jf. § 44, stk. 2` → stk. 2 of § 44
    location = server.request("textDocument/definition", {"textDocument": doc(), "position": at("§ 45.", "§ 44")})
    assert location["range"]["start"] == at("    stk. 2.", "stk. 2.", 0)
    # `undtagelse til § 44, stk. 1` → stk. 1
    location = server.request("textDocument/definition", {"textDocument": doc(), "position": at("        undtagelse", "§ 44")})
    assert location["range"]["start"] == at("    stk. 1.", "stk. 1.", 0)
    # a bare `stk. 1` cites the current § (§ 46 has one implicit stk.)
    location = server.request("textDocument/definition", {"textDocument": doc(), "position": at("§ 46.", "stk. 1")})
    assert location["range"]["start"] == at("§ 46.", '"Kommunen', 0)


def test_document_symbols_outline_chapters_and_sections(server: LspClient) -> None:
    symbols = server.request("textDocument/documentSymbol", {"textDocument": doc()})
    outline = [(s["name"], [c["name"] for c in s.get("children") or []]) for s in symbols]
    assert outline == [
        ("alder", []), ("ledighed", []), ("unge", []), ("varighed", []),
        ("kapitel 1", ["§ 44", "§ 45"]), ("kapitel 2", ["§ 46", "Ung"]),
    ]
    chapter = symbols[4]
    assert chapter["detail"] == "Praktik"
    paragraf = chapter["children"][0]
    assert [c["name"] for c in paragraf["children"]] == ["stk. 1", "stk. 2"]
    assert paragraf["range"]["start"] == at("§ 44", "§", 0)
    assert paragraf["range"]["end"] == at("        undtagelse", "stk. 1.", 7)


def test_the_outline_after_edits_is_the_outline_of_the_new_text() -> None:
    """The outline reuses the JSON of unchanged §§ (by their spans, which the incremental parser
    keeps): after edits that move, rename and retitle §§ it equals a fresh server's outline."""
    edits = [("§ 44", "", "# ny linje\n"), ("§ 45", "45", "47"), ("kapitel 2", "2", "3")]  # line, old, new
    text = LAW
    with LspClient() as editing:
        editing.initialize()
        editing.open(URI, text)
        editing.diagnostics(URI, 1)
        editing.request("textDocument/documentSymbol", {"textDocument": doc()})
        for version, (line_start, old, new) in enumerate(edits, 2):
            lines = text.split("\n")
            row = next(i for i, line in enumerate(lines) if line.startswith(line_start))
            column = lines[row].index(old) if old else 0
            change = {"range": {"start": {"line": row, "character": column},
                                "end": {"line": row, "character": column + len(old)}}, "text": new}
            lines[row] = lines[row][:column] + new + lines[row][column + len(old):]
            text = "\n".join(lines)
            editing.change(URI, version, [change])
            editing.diagnostics(URI, version)
            after = editing.request("textDocument/documentSymbol", {"textDocument": doc()})
        with LspClient() as fresh:
            fresh.initialize()
            fresh.open(URI, text)
            fresh.diagnostics(URI, 1)
            expected = fresh.request("textDocument/documentSymbol", {"textDocument": doc()})
    assert after == expected
    assert any(s["name"] == "kapitel 3" for s in after)
    assert "§ 47" in [c["name"] for s in after for c in s.get("children") or []]


def test_completion_offers_keywords_and_declared_names(server: LspClient) -> None:
    result = server.request("textDocument/completion", {"textDocument": doc(), "position": at("    stk. 1.", "varighed")})
    labels = {item["label"]: item for item in result["items"]}
    assert {"begreb", "målgruppe", "hvis", "undtagelse", "stk.", "§"} <= set(labels)
    assert {"alder", "ledighed", "unge", "varighed"} <= set(labels)
    assert "Borgerens alder" in labels["alder"]["detail"]


def test_formatting_returns_the_formatted_text(server: LspClient) -> None:
    edits = server.request("textDocument/formatting", {"textDocument": doc(), "options": {"tabSize": 4, "insertSpaces": True}})
    formatted = format_text(LAW, "lov.lov")
    assert formatted is not None
    if formatted == LAW:
        assert edits == []
    else:
        (edit,) = edits
        assert edit["newText"] == formatted
        assert edit["range"]["start"] == {"line": 0, "character": 0}


def test_formatting_messy_text_and_refusing_broken_text() -> None:
    messy = 'lov "x"\nresultat r: heltal\n§ 1.   r   er  1 .\n'
    client = LspClient()
    try:
        client.initialize()
        client.open("untitled:messy.lov", messy)
        client.diagnostics("untitled:messy.lov", 1)
        (edit,) = client.request("textDocument/formatting", {"textDocument": doc("untitled:messy.lov"), "options": {"tabSize": 4, "insertSpaces": True}})
        assert edit["newText"] == format_text(messy)
        assert edit["range"]["end"] == {"line": 3, "character": 0}
        client.change("untitled:messy.lov", 2, [{"text": messy + "§ 2. r er (\n"}])
        assert client.request("textDocument/formatting", {"textDocument": doc("untitled:messy.lov"), "options": {"tabSize": 4, "insertSpaces": True}}) is None
        assert "syntaksfejl" in client.wait_for("window/showMessage")["message"]
    finally:
        client.close()


def test_a_request_after_a_change_sees_the_change(server: LspClient) -> None:
    uri = "untitled:fresh.lov"
    server.open(uri, LAW)
    server.change(uri, 2, [{"text": LAW.replace("begreb alder:", "begreb alderx:")}])
    # no waiting for diagnostics: the request itself must see version 2
    hover = server.request("textDocument/hover", {"textDocument": doc(uri), "position": at("begreb alder", "alder")})
    assert "begreb alderx" in hover["contents"]["value"]
    server.notify("textDocument/didClose", {"textDocument": doc(uri)})
    assert server.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri and p["diagnostics"] == [])


def test_unknown_documents_get_empty_answers(server: LspClient) -> None:
    assert server.request("textDocument/hover", {"textDocument": doc("untitled:none.lov"), "position": {"line": 0, "character": 0}}) is None
    assert server.request("textDocument/documentSymbol", {"textDocument": doc("untitled:none.lov")}) == []


DAMAGE = st.sampled_from(['"', "§", "stk.", "(", ")", "hvis", "er", "\n", "#", "\x00", "😀", "\u2028", "\r", " og", ":", "1,"])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(LAW)), st.integers(0, 30), DAMAGE), min_size=1, max_size=6))
def test_a_broken_document_never_stops_the_server(server: LspClient, edits: list[tuple[int, int, str]]) -> None:
    text = LAW
    for at_, cut, insert in edits:
        text = text[:at_] + insert + text[at_ + cut :]
    uri = "untitled:damaged.lov"
    server.open(uri, text)
    server.diagnostics(uri, 1)
    for line in range(0, text.count("\n") + 1, 5):
        position = {"line": line, "character": 3}
        server.request("textDocument/hover", {"textDocument": doc(uri), "position": position})
        server.request("textDocument/definition", {"textDocument": doc(uri), "position": position})
    server.request("textDocument/documentSymbol", {"textDocument": doc(uri)})
    server.request("textDocument/completion", {"textDocument": doc(uri), "position": {"line": 0, "character": 0}})
    server.request("textDocument/formatting", {"textDocument": doc(uri), "options": {"tabSize": 4, "insertSpaces": True}})
    server.notify("textDocument/didClose", {"textDocument": doc(uri)})
    server.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri and p["diagnostics"] == [])
    assert server.process.poll() is None


def test_an_empty_document_is_reported_as_lov_check_does(tmp_path: Path) -> None:
    client = LspClient()
    try:
        client.initialize()
        client.open("untitled:empty.lov", "\n\n")
        assert [d["code"] for d in client.diagnostics("untitled:empty.lov", 1)] == [d["code"] for d in check_json("\n\n", tmp_path)]
    finally:
        client.close()


def test_a_lone_surrogate_from_the_editor_is_reported_as_an_invalid_byte() -> None:
    """JSON may carry half a UTF-16 pair (`\\ud800`); no file's bytes decode to it, so the server
    reports it as `lov check` reports a byte that is not UTF-8 (F002), and keeps serving."""
    client = LspClient()
    try:
        client.initialize()
        uri = "untitled:halv.lov"
        text = LAW.replace("Testlov", "Test\ud800lov")
        message = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "lov", "version": 1, "text": text}}}
        body = json.dumps(message).encode("ascii")  # the surrogate as a \\u escape
        _raw(client, b"Content-Length: %d\r\n\r\n" % len(body) + body)
        assert [d["code"] for d in client.diagnostics(uri, 1)] == ["F002"]
        client.change(uri, 2, [{"text": LAW}])
        assert "F002" not in [d["code"] for d in client.diagnostics(uri, 2)]
    finally:
        assert client.close() == 0


def test_shutdown_and_exit_end_the_process() -> None:
    client = LspClient()
    client.initialize()
    assert client.request("shutdown") is None
    client.notify("exit")
    assert client.process.wait(timeout=30) == 0
    client.close()


def test_shutting_down_during_a_proof_ends_quietly() -> None:
    """A proof still running at shutdown stops at its next question; its end once fell on a
    closed event loop and printed a traceback."""
    from bench.common import synthetic_law

    client = LspClient()
    client.initialize({"prove_after": 0})
    client.open("untitled:stor.lov", synthetic_law(300))
    client.diagnostics("untitled:stor.lov", 1)  # the exact ones are out: the proof has begun
    assert client.close() == 0
    assert b"Traceback" not in client.stderr, client.stderr.decode("utf-8", "replace")


def test_provisional_diagnostics_move_with_the_edit_until_the_exact_ones_arrive(tmp_path: Path) -> None:
    law = LAW.replace("jf. § 44, stk. 2.", "jf. § 44, stk. 2, hvis alderen > 3.")  # N001 in § 45
    client = LspClient()
    try:
        client.initialize({"provisional_after": 0})  # as for a large law
        uri = "untitled:provisional.lov"
        client.open(uri, law)
        (before,) = [d for d in client.diagnostics(uri, 1) if d["code"] == "N001"]
        # Two lines more in the header chunk, and a syntax error in § 44.
        edited = law.replace('version "1"\n', 'version "1"\n# to\n# linjer\n').replace("13 uger.", "13 uger (.")
        client.change(uri, 2, [{"text": edited}])
        provisional = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri and p.get("version") is None)
        codes = {d["code"]: d for d in provisional["diagnostics"]}
        assert codes["N001"]["range"]["start"]["line"] == before["range"]["start"]["line"] + 2
        assert codes["N001"]["range"]["start"]["character"] == before["range"]["start"]["character"]
        syntax_line = edited.split("\n").index("    stk. 1. varighed er 13 uger (.")
        assert codes["S001"]["range"]["start"]["line"] == syntax_line
        exact = client.diagnostics(uri, 2)
        assert as_check(exact) == from_check(check_json(edited, tmp_path))
    finally:
        client.close()


# ---- broken frames and invalid parameters (a real server process) ---------------------------


def _raw(client: LspClient, data: bytes) -> None:
    assert client.process.stdin is not None
    client.process.stdin.write(data)
    client.process.stdin.flush()


BROKEN_FRAMES = [
    b"Content-Length: abc\r\n\r\n{\"jsonrpc\": \"2.0\", \"method\": \"x\"}",
    b"Content-Lenght: 40\r\n\r\n{\"jsonrpc\": \"2.0\", \"method\": \"x\"}",
    b"\r\n{\"jsonrpc\": \"2.0\", \"method\": \"x\"}",
    b"Content-Length: 5\r\n\r\n{\"jsonrpc\": \"2.0\", \"method\": \"x\"}",
]


def test_the_server_answers_again_after_each_broken_frame() -> None:
    """One wrong, non-numeric or missing Content-Length once left the server alive but deaf, even
    to `exit`; now the next well-formed message is answered, after one broken frame and after
    each of several in a row."""
    with LspClient() as client:
        client.initialize()
        for i, broken in enumerate(BROKEN_FRAMES):
            _raw(client, broken)
            uri = f"file:///x{i}.lov"
            client.open(uri, 'lov "T"\nresultat r: uger\n§ 1. r er 13.\n')
            assert [d["code"] for d in client.diagnostics(uri, 1)] == ["T001"], broken
        assert client.close() == 0


def test_a_request_with_invalid_parameters_gets_an_error_response() -> None:
    with LspClient() as client:
        client.initialize()
        with pytest.raises(LspError, match="-32602|ugyldige parametre"):
            client.request("textDocument/hover", {"textDocument": 7, "position": "her"})
        assert client.request("textDocument/hover", {"textDocument": {"uri": "file:///ingen.lov"},
                                                     "position": {"line": 0, "character": 0}}) is None
        assert client.close() == 0


def test_an_analysis_that_fails_replaces_the_stale_diagnostics_with_an_internal_error() -> None:
    """A bug in a check must not leave the editor showing findings of an older version."""
    from concurrent.futures import Future

    from compiler.driver.lsp import create_server

    server = create_server()
    sent: list[tuple[str, list, int | None]] = []
    server.send = lambda uri, shown, version: sent.append((uri, shown, version))  # type: ignore[method-assign]

    class _State:
        version, parsed, shown, published = 3, object(), ["gammelt fund"], 2

    state = _State()
    server.states["file:///x.lov"] = state  # type: ignore[assignment]
    failed: Future = Future()
    failed.set_exception(RecursionError("for dybt"))
    server.analysed("file:///x.lov", state, 3, failed)  # type: ignore[arg-type]
    (uri, shown, version), = sent
    assert version == 3 and len(shown) == 1 and "intern fejl" in shown[0].diagnostic.message
    assert state.published == 3


# ---- requests while a large document opens -----------------------------------------------------


def test_hover_and_definition_while_a_large_document_opens_do_not_wait_for_its_analysis() -> None:
    """The first parse of a large law runs on the worker: a hover sent right after opening is
    answered from a glance at the text before any diagnostics, and says what it will say later."""
    from bench.common import synthetic_law

    text = synthetic_law(1500)
    lines = text.split("\n")
    row = next(i for i in range(len(lines) // 2, len(lines)) if " jf. § " in lines[i])
    on_name = {"line": row, "character": lines[row].index(" er r") + 5}  # the resultat of the stk.
    on_ref = {"line": row, "character": lines[row].index("jf. §") + 5}
    uri = "untitled:stor.lov"
    with LspClient(timeout=120) as client:
        client.initialize()
        client.open(uri, text)
        early_hover = client.request("textDocument/hover", {"textDocument": doc(uri), "position": on_name})
        early_ref = client.request("textDocument/definition", {"textDocument": doc(uri), "position": on_ref})
        assert client.received("textDocument/publishDiagnostics") == []  # answered before the analysis
        client.diagnostics(uri, 1)
        late_ref = client.request("textDocument/definition", {"textDocument": doc(uri), "position": on_ref})
        late_hover = client.request("textDocument/hover", {"textDocument": doc(uri), "position": on_name})
        assert early_ref == late_ref and early_ref is not None
        declaration = early_hover["contents"]["value"].split("\n")[1]
        assert declaration.startswith("resultat r") and declaration in late_hover["contents"]["value"]
        assert early_hover["range"] == late_hover["range"]
        assert client.close() == 0


def test_the_solver_findings_follow_the_exact_diagnostics_on_the_worker(tmp_path: Path) -> None:
    law = (HEADER + 'begreb alder: heltal kilde register "CPR"\nresultat r: uger\n§ 1\n'
           "    stk. 1. r er 13 uger, hvis alder < 30.\n    stk. 2. r er 26 uger, hvis alder > 25.\n")
    client = LspClient()
    try:
        client.initialize()
        uri = "untitled:konflikt.lov"
        client.open(uri, law)
        exact = client.diagnostics(uri, 1)
        assert as_check(exact) == from_check(check_json(law, tmp_path)) == []
        proved = client.diagnostics(uri, 1)  # published again, with the same version
        assert as_check(proved) == from_check(check_json(law, tmp_path, options=()))
        assert [d["code"] for d in proved] == ["K002"]
    finally:
        assert client.close() == 0


def test_the_solver_waits_for_a_pause_in_the_typing(tmp_path: Path) -> None:
    """While changes keep coming, no proof runs (it would slow down each analysis); once the
    document rests, the last version is proved."""
    import time

    law = (HEADER + 'begreb alder: heltal kilde register "CPR"\nresultat r: uger\n§ 1\n'
           "    stk. 1. r er 13 uger, hvis alder < 30.\n    stk. 2. r er 26 uger, hvis alder > 25.\n")
    client = LspClient()
    try:
        client.initialize({"prove_after": 1.0})
        uri = "untitled:skriver.lov"
        client.open(uri, law)
        for version in range(2, 8):  # a keystroke every tenth of a second
            time.sleep(0.1)
            client.change(uri, version, [{"text": law.replace("13 uger", f"{version + 10} uger")}])
        while True:  # the first publication with the solver's finding
            published = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
            if any(d["code"] == "K002" for d in published["diagnostics"]):
                break
        assert published["version"] == 7
    finally:
        assert client.close() == 0


NEOVIM_DRIVER = """
vim.g.lov_lsp_cmd = {PYTHON, "-m", "compiler.driver.cli", "lsp"}
dofile(PLUGIN)
vim.cmd("edit " .. vim.fn.fnameescape(LAW))
vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(found, {line = d.lnum, col = d.col, code = code, message = d.message})
end
local params = {textDocument = {uri = vim.uri_from_bufnr(0)}, position = {line = LINE, character = COL}}
local function answer(method)
  for _, reply in pairs(vim.lsp.buf_request_sync(0, method, params, 30000) or {}) do
    if reply.result then return reply.result end
  end
  return vim.NIL
end
local out = {diagnostics = found, hover = answer("textDocument/hover"), definition = answer("textDocument/definition")}
vim.fn.writefile({vim.fn.json_encode(out)}, OUT)
vim.cmd("qa!")
"""


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed (apt install neovim)")
def test_neovim_built_in_client_gets_diagnostics_hover_and_definition(tmp_path: Path) -> None:
    """The real editor: Neovim headless with editors/neovim/lov.lua, its own LSP client."""
    law = (HEADER + 'begreb alder: heltal "Borgerens alder" kilde register "CPR"\n'
           'målgruppe 1 unge "Unge":\n    alderen < 30\n'
           "resultat r: uger\n§ 1. r er 13 uger, hvis alder > 17.\n")
    path = tmp_path / "lov.lov"
    path.write_text(law, encoding="utf-8")
    lines = law.split("\n")
    row = next(i for i, text in enumerate(lines) if text.startswith("§ 1."))
    col = lines[row].index("alder >")
    out = tmp_path / "out.json"
    script = tmp_path / "driver.lua"
    script.write_text(
        f"PYTHON = {json.dumps(sys.executable)}\nPLUGIN = {json.dumps(str(ROOT / 'editors' / 'neovim' / 'lov.lua'))}\n"
        f"LAW = {json.dumps(str(path))}\nOUT = {json.dumps(str(out))}\nLINE = {row}\nCOL = {col}\n" + NEOVIM_DRIVER,
        encoding="utf-8")
    run = subprocess.run(["nvim", "--headless", "--clean", "-c", f"luafile {script}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.exists(), run.stderr[-2000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    expected = check_json(law, tmp_path, "kontrol.lov")
    assert sorted((d["line"], d["col"], d["code"]) for d in data["diagnostics"]) == sorted(
        (d["line"] - 1, d["column"] - 1, d["code"]) for d in expected)
    assert "N001" in {d["code"] for d in data["diagnostics"]}
    assert "Borgerens alder" in json.dumps(data["hover"], ensure_ascii=False)
    definition = data["definition"][0] if isinstance(data["definition"], list) else data["definition"]
    assert definition["range"]["start"]["line"] == lines.index(next(t for t in lines if t.startswith("begreb alder")))


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed (apt install neovim)")
def test_neovim_checks_an_amending_act_against_the_law_beside_it(tmp_path: Path) -> None:
    """The Neovim plugin gives a `*.ændringslov.txt` file the language server too (Neovim calls
    it `text` first)."""
    (tmp_path / "praktik.lov").write_text(LAW, encoding="utf-8")
    act = ("Lov om ændring af testlov\n\n§ 1\n\nI testlov foretages følgende ændringer:\n\n"
           "1. I § 44, stk. 1, ændres »14 uger« til: »26 uger«.\n")
    path = tmp_path / "forslag.ændringslov.txt"
    path.write_text(act, encoding="utf-8")
    out = tmp_path / "out.json"
    script = tmp_path / "driver.lua"
    script.write_text(
        f"PYTHON = {json.dumps(sys.executable)}\nPLUGIN = {json.dumps(str(ROOT / 'editors' / 'neovim' / 'lov.lua'))}\n"
        f"LAW = {json.dumps(str(path), ensure_ascii=False)}\nOUT = {json.dumps(str(out))}\nLINE = 0\nCOL = 0\n"
        + NEOVIM_DRIVER,  # Lua has no \\u escape: the file name is written as UTF-8
        encoding="utf-8")
    run = subprocess.run(["nvim", "--headless", "--clean", "-c", f"luafile {script}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.exists(), run.stderr[-2000:]
    (found,) = json.loads(out.read_text(encoding="utf-8"))["diagnostics"]
    line = act.split("\n")[6]
    column = len(line[:line.index("14 uger")].encode("utf-8"))  # Neovim's columns are bytes
    assert (found["code"], found["line"], found["col"]) == ("A003", 6, column)


def test_an_amending_act_gets_the_diagnostics_of_lov_indarbejd_against_the_law_beside_it(tmp_path: Path) -> None:
    (tmp_path / "praktik.lov").write_text(LAW, encoding="utf-8")
    (tmp_path / "andet.lov").write_text(LAW.replace('lov "Testlov"', 'lov "Anden lov"'), encoding="utf-8")
    act = ("Lov om ændring af testlov\n\n§ 1\n\nI testlov foretages følgende ændringer:\n\n"
           "1. I § 44, stk. 1, ændres »14 uger« til: »26 uger«.\n\n2. § 45 ophæves.\n")
    uri = (tmp_path / "forslag.ændringslov.txt").as_uri()
    client = LspClient()
    try:
        client.initialize()
        client.open(uri, act)
        [wrong] = client.diagnostics(uri, 1)
        assert wrong["code"] == "A003" and "»14 uger«" in wrong["message"]
        assert wrong["range"]["start"] == {"line": 6, "character": act.split("\n")[6].index("14 uger")}
        client.change(uri, 2, [{"text": act.replace("14 uger", "13 uger")}])
        assert client.diagnostics(uri, 2) == []  # it applies to praktik.lov, whose title it names
        client.change(uri, 3, [{"text": act.replace("14 uger", "13 uger").replace("1. I §", "1. I ¤")}])
        assert [d["code"] for d in client.diagnostics(uri, 3)] == ["A001"]
        (tmp_path / "alene").mkdir()
        alone = (tmp_path / "alene" / "forslag.ændringslov.txt").as_uri()  # no law beside it: only read
        client.open(alone, act)
        assert client.diagnostics(alone, 1) == []
        assert client.request("textDocument/hover", {"textDocument": {"uri": alone},
                                                     "position": {"line": 6, "character": 5}}) is None
    finally:
        assert client.close() == 0
