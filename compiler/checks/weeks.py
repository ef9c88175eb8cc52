"""U001: every period is stated in weeks (KL's full proposal, afsnit 2.5).

Two sources in a `.lov` file: the periods of the syntax (`6 måneder`, `hver 7. dag` in
rules and target groups; not in test cases, which describe citizens, not the law), each
an :class:`dsl.ast.Period` with its exact span; and the periods written in law text
(prose, text values, `skøn` wording, descriptions and titles: see
:mod:`compiler.lawtext`), read with the plain-text scanner of `lov check --tekst`
(:mod:`compiler.textscan`) so that both modes agree on what a period is.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Iterator

from compiler.checks import CheckContext, check
from compiler.lawtext import law_texts, line_index
from compiler.textscan import PeriodPhrase, find_periods, period_diagnostic
from dsl import ast
from dsl.catalogue import register
from dsl.diagnostics import Diagnostic, Entry, Severity
from dsl.numbers import canonical_unit

register(
    Entry(
        "U001", "periode-ikke-i-uger", Severity.ERROR,
        "perioden '{period}' er ikke angivet i uger: {proposal}",
        "the period '{period}' is not stated in weeks: {proposal_en}",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), afsnit 2.5: "
        "\"Alle regler om perioder og tidsfrister skal angive et antal uger og aldrig dage, "
        "måneder, kalendermåneder eller år.\" Måneder og år har ikke et fast antal uger (en måned "
        "er 4 til 4,4 uger, et år 52 eller 53), så hver myndighed og hvert it-system omregner på "
        "sin egen måde. Meddelelsen foreslår antallet af uger, når omregningen er eksakt (14 dage "
        "= 2 uger), og siger ellers, at den ikke er eksakt (6 måneder er ca. 26 uger) — den "
        "runder aldrig stille. Tjekket læser også perioder i lovtekst (prosa, tekstværdier, "
        "beskrivelser); aldre (\"under 30 år\"), datoer og §-numre er ikke perioder. Hvad der "
        "tæller som en periode, står i compiler/PERIODS.md. `lov check --tekst` finder de samme "
        "perioder i offentliggjort lovtekst.",
        bad='resultat frist: uger\nresultat interval: uger\n'
        '§ 1\n    stk. 1. frist er 6 måneder.\n    stk. 2. interval er hver 14. dag.\n'
        '    stk. 3. "Tilbud gives senest efter 3 mdr. sammenlagt ledighed."\n',
        good='resultat frist: uger\nresultat interval: uger\n'
        '§ 1\n    stk. 1. frist er 26 uger.\n    stk. 2. interval er hver 2. uge.\n'
        '    stk. 3. "Tilbud gives senest efter 13 ugers sammenlagt ledighed."\n',
    )
)


def _phrase_of(period: ast.Period) -> PeriodPhrase:
    written = f"hver {period.number_text}. {period.unit}" if period.cadence else f"{period.number_text} {period.unit}"
    return PeriodPhrase(
        period.span.start, period.span.end, written, Fraction(period.amount), canonical_unit(period.unit),
        cadence=period.cadence,
    )


@check
def week_periods(ctx: CheckContext) -> Iterator[Diagnostic]:
    """U001 for each period of the syntax and of the law text that is not in weeks."""
    for period in ast.periods(ctx.tree):
        if canonical_unit(period.unit) != "uge":
            yield period_diagnostic(_phrase_of(period), period.span)
    index = line_index(ctx.tree, ctx.text)
    for text in law_texts(ctx.tree, ctx.text):
        for phrase in find_periods(text.value):
            yield period_diagnostic(phrase, text.span(index, phrase.start, phrase.end))
