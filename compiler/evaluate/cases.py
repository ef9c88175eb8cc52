"""Running a law's `testsag`s against an evaluator: one :class:`CaseResult` per `forvent`."""

from __future__ import annotations

from typing import Sequence

import attrs

from compiler.evaluate import prelude
from compiler.evaluate.backends import Backend, OutcomeTuple
from dsl import model as m
from dsl.kinds import OutcomeKind, TypeKind
from dsl.language import t


@attrs.frozen
class CaseResult:
    """One expectation of one test case, checked with one evaluator."""

    law: m.Law
    case: m.Case
    expectation: m.Expectation
    backend: str
    actual: OutcomeTuple
    ok: bool
    explanation: str

    def line(self) -> str:
        """The failure in one line: where, which case, expected, actual and why."""
        span = self.expectation.span
        why = "; ".join(part.strip().rstrip(".") for part in self.explanation.splitlines()[1:])
        return (
            f"{span.file}:{span.line}:{span.column}: testsag {prelude._tekst('tekst', self.case.name)} "
            f"[{self.backend}]: {_subject(self.expectation)}: "
            + t("forventede {}, fik {}", "expected {}, got {}").format(
                expected_text(self.law, self.expectation), actual_text(self.law, self.expectation, self.actual))
            + (f" — {why}" if why else "")
        )


def run_cases(law: m.Law, backend: Backend, cases: Sequence[m.Case] | None = None) -> list[CaseResult]:
    """Check every expectation of the test ``cases`` of ``law`` (all by default) with ``backend``."""
    out: list[CaseResult] = []
    for case in law.cases if cases is None else cases:
        groups = None
        for exp in case.expectations:
            if exp.kind == "group":
                if groups is None:
                    groups = backend.groups(case.facts, case.judgments)
                actual = groups[exp.name]
                explanation = ""
            else:
                actual = backend.outcome(exp.name, case.facts, case.judgments)
                explanation = ""
            ok = matches(exp, actual)
            if not ok and exp.kind != "group":
                explanation = backend.explanation(exp.name, case.facts, case.judgments)
            out.append(CaseResult(law, case, exp, backend.name, actual, ok, explanation))
    return out


def matches(exp: m.Expectation, actual: OutcomeTuple) -> bool:
    """Whether an outcome is what a `forvent` asks for (a value compares exactly)."""
    kind, value = actual[0], actual[1]
    if exp.kind in ("value", "group"):
        return kind == OutcomeKind.VALUE and value == exp.value
    if kind != exp.outcome:
        return False
    return exp.missing is None or actual[4] == exp.missing


def _subject(exp: m.Expectation) -> str:
    return f"målgruppe {exp.name}" if exp.kind == "group" else exp.name


def _value_kind(law: m.Law, exp: m.Expectation) -> str:
    if exp.kind == "group":
        return TypeKind.BOOLEAN
    res = law.results.get(exp.name)
    return res.type.kind if res is not None else ""


def expected_text(law: m.Law, exp: m.Expectation) -> str:
    if exp.kind in ("value", "group"):
        return prelude._tekst(_value_kind(law, exp), exp.value)
    if exp.outcome is OutcomeKind.MISSING:
        return t(f"mangler {exp.missing}", f"missing {exp.missing}") if exp.missing else t("mangler", "missing")
    return exp.outcome or ""


def actual_text(law: m.Law, exp: m.Expectation, actual: OutcomeTuple) -> str:
    kind, value, rules, judgment, missing = actual
    return prelude._udfald_tekst(kind, _value_kind(law, exp), value, rules, judgment, missing)
