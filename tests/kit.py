"""The test kit: what many tests share — paths, the synthetic law header, building a law model
from inline text, the codes of an analysis, and a parse in comparable form. Fixtures are in ``conftest.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import attrs

from compiler.pipeline import Analysis, LawError, law_of_text
from dsl import model as m
from dsl.parser import ParseResult
from dsl.spans import Span

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


def located(result: ParseResult) -> list[Any]:
    """The tree and diagnostics, with every span, in a comparable form."""
    out: list[Any] = [result.law, result.diagnostics]
    out.extend(_spans(result.law.items))
    out.extend((c.text, c.span) for c in result.law.comments)
    return out


def _spans(obj: Any) -> Iterator[tuple[str, Span]]:
    if isinstance(obj, tuple):
        for x in obj:
            yield from _spans(x)
    elif attrs.has(type(obj)):
        for f in attrs.fields(type(obj)):
            value = getattr(obj, f.name)
            if isinstance(value, Span):
                yield type(obj).__name__, value
            else:
                yield from _spans(value)
