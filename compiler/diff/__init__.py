"""Stage *diff*: two law models (and their syntax) → a report of what changed: structure with a
redline, metrics (``metrics``, defined in METRICS.md), behaviour on testsager and a population.
Rendered by ``render/``."""
