"""The test kit: what many tests share — paths, the synthetic law header, building a law model
from inline text, and the codes of an analysis. Fixtures are in ``conftest.py``."""

from __future__ import annotations

from pathlib import Path

from compiler.pipeline import Analysis, LawError, law_of_text
from dsl import model as m

ROOT = Path(__file__).resolve().parent.parent
LAWS = ROOT / "laws"
HEADER = 'lov "Testlov"\nversion "1"\n'


def law_files() -> list[Path]:
    """The bundled laws, sorted."""
    return sorted(LAWS.glob("*.lov"))


def codes(analysis: Analysis) -> list[str]:
    """The codes of an analysis's diagnostics, in order."""
    return [d.code for d in analysis.diagnostics]


def law_of(text: str, header: bool = True) -> m.Law:
    """The resolved model of ``text`` (with :data:`HEADER` in front unless ``header`` is false);
    fails the test if it does not resolve (check findings such as U001 are allowed)."""
    if header:
        text = HEADER + text
    try:
        return law_of_text(text, "test.lov")
    except LawError as error:
        raise AssertionError([f"{d.code} {d.span.line}:{d.span.column} {d.message()}" for d in error.diagnostics])


def citizens_of(law, n: int, seed: int, missing: float = 0.0) -> list[dict]:
    """``n`` citizens for one law from the project's one population generator (the first rows of
    the national caseload, compiler/population/caseload.py)."""
    from compiler.population.caseload import citizens

    return citizens([law], n, seed, missing=missing)
