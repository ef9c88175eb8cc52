"""Random damage to real laws never crashes the front end: diagnostics or a clean pass."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.pipeline import analyse_text
from dsl.formatter import format_text
from dsl.sources import decode
from tests.kit import law_files

DOC = Path(__file__).resolve().parent.parent / "dsl" / "LANGUAGE.md"
CORPUS = [p.read_text(encoding="utf-8") for p in law_files()] + re.findall(
    r"```lov\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S
)
TOKEN = re.compile(r'"[^"\n]*"|\S+')


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(CORPUS))
    tokens = [m.group() for m in TOKEN.finditer(text)]
    lines = text.split("\n")
    kind = draw(st.sampled_from(["delete", "duplicate", "swap", "bytes", "line"]))
    if kind == "line" and lines:
        i = draw(st.integers(0, len(lines) - 1))
        lines.insert(i, lines[i]) if draw(st.booleans()) else lines.pop(i)
        return "\n".join(lines).encode("utf-8")
    if kind == "bytes" or not tokens:
        data = bytearray(text.encode("utf-8"))
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=6))
        return bytes(data)
    i = draw(st.integers(0, len(tokens) - 1))
    if kind == "delete":
        tokens.pop(i)
    elif kind == "duplicate":
        tokens.insert(i, tokens[i])
    else:
        j = draw(st.integers(0, len(tokens) - 1))
        tokens[i], tokens[j] = tokens[j], tokens[i]
    sep = draw(st.sampled_from([" ", "\n"]))
    return sep.join(tokens).encode("utf-8")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged())
def test_damaged_law_gives_diagnostics_not_exceptions(data: bytes) -> None:
    source = decode(data, "skadet.lov")
    if source.text is None:
        assert source.diagnostics[0].code == "F002"
        return
    analysis = analyse_text(source.text, "skadet.lov")
    for d in analysis.diagnostics:
        assert d.message() and d.message("en")
        assert d.span.line >= 1 and d.span.column >= 1
    formatted = format_text(source.text)
    if formatted is not None:
        assert format_text(formatted) == formatted
