"""Run generated source in-process, as a module, without writing it to disk.

`lov test`, the pytest plugin, `lov impact`, the benchmarks and the Dask workers all run the
generated source itself — what is measured and tested is what vendors get. A module is
registered in ``sys.modules`` under a name derived from the SHA-256 of its source (dataclasses
and pickling by reference need that), so each law is compiled once per process.
"""

from __future__ import annotations

import hashlib
import sys
import types

from compiler.codegen.columnar.module import generate as generate_columnar
from compiler.codegen.python.module import generate as generate_scalar
from dsl import model as m


def load_source(source: str) -> types.ModuleType:
    """Execute generated ``source`` as a module (cached by the SHA-256 of the source)."""
    name = "lov_genereret_" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
    if name in sys.modules:
        return sys.modules[name]
    module = types.ModuleType(name)
    module.__file__ = f"<{name}>"
    sys.modules[name] = module
    try:
        exec(compile(source, module.__file__, "exec"), module.__dict__)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def compile_law(law: m.Law) -> types.ModuleType:
    """The scalar module of ``law`` (`lov compile`), loaded."""
    return load_source(generate_scalar(law))


def compile_columnar(law: m.Law) -> types.ModuleType:
    """The columnar module of ``law`` (`lov compile --columnar`), loaded."""
    return load_source(generate_columnar(law))
