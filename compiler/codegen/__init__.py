"""Stage *codegen*: law model → Python source. ``python/`` writes the standalone scalar module
(standard library only), ``columnar/`` the NumPy module for whole populations; ``names`` keeps
both safe, ``load`` runs generated source in-process."""
