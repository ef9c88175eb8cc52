"""Test coverage of a law by its own `testsag`s (`lov test --dækning`).

A rule is *covered* when it decides (is the one winning rule of) a result that some testsag
expects something of; a result's *outcome kinds* are the kinds its expected evaluations came
to. Both by the reference interpreter, so the figures do not depend on a back end.
"""

from __future__ import annotations

from typing import Any

import attrs

from compiler.evaluate import interpreter
from dsl import model as m
from dsl.kinds import OutcomeKind
from dsl.language import current


_ENGLISH = {OutcomeKind.VALUE: "value", OutcomeKind.JUDGMENT: "judgment", OutcomeKind.CONFLICT: "conflict",
            OutcomeKind.MISSING: "missing", OutcomeKind.NO_RULE: "no rule", OutcomeKind.AMBIGUOUS: "ambiguous"}


@attrs.frozen
class Coverage:
    """Which rules the testsags reach, and which outcome kinds each result reached."""

    law: m.Law
    decided: frozenset[str]
    kinds: dict[str, tuple[OutcomeKind, ...]]

    @property
    def total(self) -> int:
        return len(self.law.rules)

    @property
    def uncovered(self) -> tuple[m.Rule, ...]:
        return tuple(r for r in self.law.rules if r.label not in self.decided)

    @property
    def percent(self) -> float:
        return 100.0 if not self.total else 100.0 * (self.total - len(self.uncovered)) / self.total

    def data(self) -> dict[str, Any]:
        return {
            "file": self.law.file,
            "rules": self.total,
            "decided": self.total - len(self.uncovered),
            "percent": round(self.percent, 1),
            "uncovered": [{"rule": r.label, "result": r.result} for r in self.uncovered],
            "outcomes": {name: [k.value for k in kinds] for name, kinds in self.kinds.items()},
        }

    def text(self, lang: str | None = None) -> str:
        lang = lang or current()
        covered = self.total - len(self.uncovered)
        if lang == "da":
            lines = [f"{self.law.file}: {covered} af {self.total} regler afgør mindst én testsag ({self.percent:.0f} %)"]
            lines += [f"  ikke afgjort: {r.label} ({r.result})" for r in self.uncovered]
            lines += [f"  {name}: {', '.join(k.value for k in kinds) or 'ingen testsag'}" for name, kinds in self.kinds.items()]
        else:
            lines = [f"{self.law.file}: {covered} of {self.total} rules decide at least one test case ({self.percent:.0f} %)"]
            lines += [f"  not decided: {r.label} ({r.result})" for r in self.uncovered]
            lines += [f"  {name}: {', '.join(_ENGLISH[k] for k in kinds) or 'no test case'}" for name, kinds in self.kinds.items()]
        return "\n".join(lines) + "\n"


def coverage(law: m.Law) -> Coverage:
    """The coverage of ``law`` by its testsags."""
    decided: set[str] = set()
    kinds: dict[str, set[OutcomeKind]] = {name: set() for name in law.results}
    for case in law.cases:
        ev = interpreter.evaluation(law, case.facts, case.judgments)
        for exp in case.expectations:
            if exp.kind == "group" or exp.name not in law.results:
                continue
            out = ev.result(exp.name)
            kinds[exp.name].add(out.kind)
            if out.kind is OutcomeKind.VALUE:
                decided.update(out.rules)
    order = list(OutcomeKind)
    return Coverage(law, frozenset(decided), {k: tuple(sorted(v, key=order.index)) for k, v in kinds.items()})
