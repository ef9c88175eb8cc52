"""Stage *prove*: law model → what holds for every citizen, with witness citizens.

:mod:`compiler.prove.encode` maps the law model to solver terms (one more back end of the one
expression visitor); :mod:`compiler.prove.checks` asks the K family's questions and confirms each
witness with the interpreter; :mod:`compiler.prove.witness` writes witnesses as `testsag`
blocks; :mod:`compiler.prove.generate` completes a law's test suite (`lov test --generer`).
The solver is Z3 (z3-solver).
"""

from compiler.prove.checks import DEFAULT_TIMEOUT, Cancelled, Prover, Stats, prove

__all__ = ["DEFAULT_TIMEOUT", "Cancelled", "Prover", "Stats", "prove"]
