"""Load generated evaluator source as a module without writing it to disk (`lov test`, tests)."""

from __future__ import annotations

import hashlib
import sys
import types

from dsl import model as m


def load_source(source: str, name: str | None = None) -> types.ModuleType:
    """Execute generated ``source`` as a module registered in ``sys.modules`` (dataclasses need
    that); the name is derived from the source's hash unless given."""
    name = name or "lov_genereret_" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
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
    """The generated module for ``law``, loaded."""
    from compiler.codegen import generate

    return load_source(generate(law))
