"""Every example in dsl/LANGUAGE.md parses and resolves without errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from compiler.pipeline import analyse_text
from dsl.diagnostics import Severity

DOC = Path(__file__).resolve().parent.parent / "dsl" / "LANGUAGE.md"
EXAMPLES = re.findall(r"```lov\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_reference_has_examples() -> None:
    assert len(EXAMPLES) >= 12


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_example_is_valid(index: int) -> None:
    analysis = analyse_text(EXAMPLES[index], f"LANGUAGE.md#{index}")
    errors = [
        f"{d.span}: {d.code} {d.message()}"
        for d in analysis.diagnostics
        # U001 is a check, not a parse or resolve error: the periods example shows it on purpose
        if (d.severity is Severity.ERROR and d.code != "U001") or d.code.startswith(("S", "N", "T"))
    ]
    assert errors == []
