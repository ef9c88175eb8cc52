"""The checks: one module per rule family, each yielding diagnostics from the catalogue.

A check is a function ``(context) -> Iterable[Diagnostic]`` registered with
:func:`check`. Importing this package imports every check module, which registers the
checks and their catalogue codes.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Iterable

import attrs

from dsl import ast
from dsl.config import Config
from dsl.diagnostics import Diagnostic
from dsl.model import Law


@attrs.frozen
class CheckContext:
    law: Law
    tree: ast.Law
    text: str
    config: Config


Check = Callable[[CheckContext], Iterable[Diagnostic]]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    """Register a check function."""
    CHECKS.append(fn)
    return fn


def run_checks(context: CheckContext) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for fn in CHECKS:
        out.extend(fn(context))
    return out


for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")
