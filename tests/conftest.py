"""Shared helpers for the test suite."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAWS = ROOT / "laws"
sys.path.insert(0, str(Path(__file__).resolve().parent))

HEADER = 'lov "Testlov"\nversion "1"\n'


def law_files() -> list[Path]:
    return sorted(LAWS.glob("*.lov"))


@pytest.fixture
def analyse():
    """Analyse a law text (a header is added unless the text starts with `lov`)."""
    from dsl.pipeline import analyse_text

    def run(text: str, header: bool = True):
        if header and not text.lstrip().startswith("lov "):
            text = HEADER + text
        return analyse_text(text, "test.lov")

    return run


def codes(analysis) -> list[str]:
    return [d.code for d in analysis.diagnostics]
