"""`lov test --generer`: a testsag for every rule no testsag reaches, from a solver witness.

For each uncovered rule the solver looks for a citizen for whom that rule alone decides its
result; the interpreter computes the outcome, which becomes the `forvent`. Each generated
testsag is named and commented as generated, for a drafter to review before keeping it.
"""

from __future__ import annotations

import attrs
import z3

from compiler.evaluate import interpreter
from compiler.evaluate.coverage import coverage
from compiler.prove import witness as w
from compiler.prove.checks import DEFAULT_TIMEOUT, Prover, Question
from dsl import model as m
from dsl.kinds import OutcomeKind

MARK = "# genereret af lov test --generer: gennemgå, før den beholdes"


@attrs.frozen
class Generated:
    """The testsags written, and the rules for which none could be (no citizen found in time,
    or a value a testsag cannot write)."""

    testsags: tuple[str, ...]
    missed: tuple[m.Rule, ...]

    def text(self) -> str:
        return "".join(f"\n{MARK}\n{t}" for t in self.testsags)


def generate(law: m.Law, timeout: float = DEFAULT_TIMEOUT) -> Generated:
    """A testsag for each rule of ``law`` that no testsag of it reaches (:func:`coverage`)."""
    prover = Prover(law, timeout)
    written: list[str] = []
    missed: list[m.Rule] = []
    for rule in coverage(law).uncovered:
        terms = prover.enc.result(rule.result)
        [mine] = [t for t in terms.rules if t.rule is rule]
        answer, citizen = prover.witness(Question(
            f"om {rule.label} kan afgøre {rule.result}", f"whether {rule.label} can decide {rule.result}",
            z3.And(mine.winner, terms.term.known), _decides(rule), rule.span))
        if answer != "sat" or citizen is None:
            missed.append(rule)
            continue
        outcome = interpreter.evaluate(law, rule.result, *citizen)
        expected = w.expected_outcome(law, rule.result, outcome)
        if expected is None:
            missed.append(rule)
            continue
        written.append(w.testsag(law, f"Genereret: {rule.label} afgør {rule.result}", citizen[0], citizen[1],
                                 [expected]))
    return Generated(tuple(written), tuple(missed))


def _decides(rule: m.Rule) -> w.Confirm:
    def confirm(ev: interpreter._Evaluation) -> bool:
        out = ev.result(rule.result)
        return out.kind is OutcomeKind.VALUE and out.rules == (rule.label,)
    return confirm
