"""Benchmarks: run from the repository root as ``python -m bench.NAME``; each prints its figures
and the ratios to a baseline measured in the same run. Nothing is timed in the tests."""
