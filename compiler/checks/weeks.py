"""U001: every period is stated in weeks (KL's full proposal, afsnit 2.5).

Two sources in a `.lov` file: the periods of the syntax (`6 måneder`, `hver 7. dag` in
rules and target groups; not in test cases, which describe citizens, not the law), each
an :class:`dsl.ast.Period` with its exact span; and the periods written in law text
(prose, text values, `skøn` wording, descriptions and titles: see
:mod:`compiler.checks.lawtext`), read with the plain-text scanner of `lov check --tekst`
(:mod:`compiler.checks.textscan`) so that both modes agree on what a period is.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Iterator

from compiler.checks.context import CheckContext
from compiler.checks.lawtext import TextScan, line_index
from compiler.checks.textscan import PeriodPhrase, find_periods, period_diagnostic
from dsl import ast
from dsl.diagnostics import Diagnostic
from dsl.memo import ByNode
from dsl.numbers import canonical_unit


def _phrase_of(period: ast.Period) -> PeriodPhrase:
    written = f"hver {period.number_text}. {period.unit}" if period.cadence else f"{period.number_text} {period.unit}"
    return PeriodPhrase(
        period.span.start, period.span.end, written, Fraction(period.amount), canonical_unit(period.unit),
        cadence=period.cadence,
    )


#: The periods of each item (a §, a target group, a division) that are not in weeks, kept by its node.
_NOT_WEEKS: ByNode[ast.Item, tuple[ast.Period, ...]] = ByNode(lambda item: tuple(
    period for period in ast.periods(ast.Law((item,))) if canonical_unit(period.unit) != "uge"))
#: The period phrases of the law texts.
_TEXT_PERIODS: TextScan[tuple[PeriodPhrase, ...]] = TextScan(lambda value: tuple(find_periods(value)))


def week_periods(ctx: CheckContext) -> Iterator[Diagnostic]:
    """U001 for each period of the syntax and of the law text that is not in weeks."""
    items = (item for item in ctx.tree.items if isinstance(item, (ast.Paragraf, ast.Malgruppe, ast.Inddeling)))
    for found in _NOT_WEEKS.each(items, ctx.tree.file):
        for period in found:
            yield period_diagnostic(_phrase_of(period), period.span)
    index = line_index(ctx.tree, ctx.text)
    for text, phrases in _TEXT_PERIODS.found(ctx.tree, ctx.text):
        for phrase in phrases:
            yield period_diagnostic(phrase, text.span(index, phrase.start, phrase.end))
