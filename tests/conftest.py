"""Fixtures for the test suite; shared helpers are in :mod:`tests.kit`."""

from __future__ import annotations

from typing import Callable

import pytest

from compiler.pipeline import Analysis, analyse_text
from tests.kit import HEADER


@pytest.fixture
def analyse() -> Callable[..., Analysis]:
    """Analyse a law text (a header is added unless the text starts with `lov`)."""

    def run(text: str, header: bool = True) -> Analysis:
        if header and not text.lstrip().startswith("lov "):
            text = HEADER + text
        return analyse_text(text, "test.lov")

    return run
