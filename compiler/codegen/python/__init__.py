"""The scalar module of `lov compile`: law model → one standalone, typed module of evaluators."""
