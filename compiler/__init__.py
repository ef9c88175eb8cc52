"""lov's back ends: checks, interpreter, code generation, metrics and diff."""
