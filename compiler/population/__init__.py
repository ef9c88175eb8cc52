"""Stage *population*: law model(s) → synthetic citizens, from one generator.

``caseload`` draws the national caseload: each citizen's situation first (benefit, visitation,
need, insurance, age, …), the facts of KL's laws derived from it, and any other fact from its
plausible values — as columns for `lov impact`, and as dicts (:func:`caseload.citizens`, the
first rows) for `lov diff`'s behaviour section, the evaluators' differential tests and the
benchmarks. ``values`` says what a plausible value of a type is, with both sides of every
threshold a law compares a fact with."""
