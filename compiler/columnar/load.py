"""Load a generated columnar module in-process (the same code `lov compile --columnar` writes).

`lov impact`, the benchmark and the Dask workers all run the generated source itself,
not a separate in-memory evaluator, so what is measured and tested is what vendors get.
Modules are cached by the SHA-256 of their source (a worker compiles each law once).
"""

from __future__ import annotations

import hashlib
import sys
import types
from typing import Any

from compiler.columnar.codegen import generate
from dsl import model as m

_CACHE: dict[str, types.ModuleType] = {}


def load_source(source: str) -> Any:
    """Compile and execute generated source as a module (cached by its SHA-256)."""
    key = hashlib.sha256(source.encode("utf-8")).hexdigest()
    hit = _CACHE.get(key)
    if hit is None:
        name = f"lov_soejle_{key[:16]}"
        hit = types.ModuleType(name)
        hit.__file__ = f"<{name}>"
        sys.modules[name] = hit  # dataclass-like introspection and pickling by reference need it
        exec(compile(source, hit.__file__, "exec"), hit.__dict__)
        _CACHE[key] = hit
    return hit


def load_law(law: m.Law) -> Any:
    """The columnar evaluator module of a resolved law."""
    return load_source(generate(law))
