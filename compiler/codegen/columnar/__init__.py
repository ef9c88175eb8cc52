"""The columnar module of `lov compile --columnar`: law model → NumPy evaluators over columns."""
