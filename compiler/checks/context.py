"""What every check reads: the law model, its syntax tree, the source text and the configuration."""

from __future__ import annotations

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
