"""Stage *population*: law model(s) → synthetic citizens.

``uniform`` knows what a plausible value of each type is (:func:`uniform.plausible`) and draws
every fact independently from those values and the neighbours of each threshold the law
compares it with — the input for `lov diff`'s behaviour section, the evaluators' differential
tests and the benchmarks, for any law. ``caseload`` draws the national caseload for `lov
impact`: each citizen's situation first (benefit, visitation, need, insurance, age, …), the
facts of KL's laws derived from it, and any other fact from ``uniform``'s plausible values."""
