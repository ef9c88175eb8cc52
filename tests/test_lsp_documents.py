"""Edits applied where the client means them (:mod:`compiler.driver.documents`)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lsprotocol import types as lsp
from pygls.workspace import PositionCodec, TextDocument

from compiler.driver.documents import LovDocument, line_start
from tests.lspclient import LspClient
from tests.test_lsp import LAW, as_check, check_json, from_check

ENCODINGS = [lsp.PositionEncodingKind.Utf16, lsp.PositionEncodingKind.Utf8, lsp.PositionEncodingKind.Utf32]
#: Characters pygls and the protocol agree on: line ends \n, \r\n and \r, letters of all widths.
TEXT = st.text(st.sampled_from(list("ab §æø😀 \n\r")), max_size=60)


def units(text: str, encoding: str) -> int:
    if encoding == lsp.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if encoding == lsp.PositionEncodingKind.Utf16:
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def lsp_lines(text: str) -> list[str]:
    """The lines as the protocol counts them (without their ends)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str, lsp.TextDocumentContentChangePartial]:
    text = draw(TEXT)
    encoding = draw(st.sampled_from(ENCODINGS))
    lines = lsp_lines(text)

    def position() -> tuple[int, int]:
        row = draw(st.integers(0, len(lines) - 1))
        column = draw(st.integers(0, len(lines[row])))
        return row, column

    a, b = sorted([position(), position()])
    change = lsp.TextDocumentContentChangePartial(
        range=lsp.Range(start=lsp.Position(line=a[0], character=units(lines[a[0]][:a[1]], encoding)),
                        end=lsp.Position(line=b[0], character=units(lines[b[0]][:b[1]], encoding))),
        text=draw(TEXT))
    return text, encoding, change


@settings(max_examples=300, deadline=None)
@given(edits())
def test_an_edit_changes_the_text_as_pygls_does_where_both_count_lines_alike(
        case: tuple[str, str, lsp.TextDocumentContentChangePartial]) -> None:
    text, encoding, change = case
    ours = LovDocument("untitled:a", text, position_codec=PositionCodec(encoding))
    theirs = TextDocument("untitled:a", text, position_codec=PositionCodec(encoding))
    ours.apply_change(change)
    theirs.apply_change(change)
    assert ours.source == theirs.source


def change_at(line: int, start: int, end: int, text: str) -> lsp.TextDocumentContentChangePartial:
    return lsp.TextDocumentContentChangePartial(
        range=lsp.Range(start=lsp.Position(line=line, character=start), end=lsp.Position(line=line, character=end)),
        text=text)


def test_only_the_protocols_line_ends_end_a_line() -> None:
    """A form feed, U+2028 or NEL inside a line (pasted into a text) does not start a new one."""
    for separator in ["\x0c", "\u2028", "\x85", "\x1e"]:
        document = LovDocument("untitled:a", f"a{separator}b\ncd\n")
        document.apply_change(change_at(1, 0, 1, "X"))
        assert document.source == f"a{separator}b\nXd\n"


def test_past_the_end_of_a_line_is_its_end_and_past_the_last_line_the_end() -> None:
    document = LovDocument("untitled:a", "ab\ncd")
    document.apply_change(change_at(0, 9, 9, "!"))
    assert document.source == "ab!\ncd"
    document.apply_change(change_at(7, 0, 0, "?"))
    assert document.source == "ab!\ncd?"


def test_line_start_counts_across_blocks() -> None:
    text = "".join(f"{n}\n" for n in range(5000)) + "x"
    assert [line_start(text, n) for n in (0, 1, 4321, 5000)] == [0, 2, text.index("4321\n"), len(text) - 1]
    assert line_start(text, 5001) is None
    assert line_start("a\r\nb\rc\nd", 3) == 7 and line_start("a\r\nb", 2) is None


def test_the_server_applies_an_edit_below_a_line_separator_in_a_text(tmp_path: Path) -> None:
    """pygls's own documents put this edit on the line above (they split lines at U+2028)."""
    text = LAW.replace("Borgerens alder", "Borgerens\u2028alder")
    lines = text.split("\n")
    row = lines.index("    stk. 1. varighed er 13 uger.")
    column = lines[row].index("uger")
    with LspClient() as client:
        client.initialize()
        client.open("untitled:ls.lov", text)
        assert client.diagnostics("untitled:ls.lov", 1) == []
        client.change("untitled:ls.lov", 2, [{"range": {"start": {"line": row, "character": column},
                                                        "end": {"line": row, "character": column + 4}},
                                              "text": "måneder"}])
        edited = text.replace("13 uger.", "13 måneder.")
        assert as_check(client.diagnostics("untitled:ls.lov", 2)) == from_check(check_json(edited, tmp_path))
        assert client.close() == 0
