"""D004, D005: data is reused across authorities, not collected again (KL's full proposal,
bilag 2.2: "Data bør genbruges på tværs af myndighederne frem for at blive genindsamlet").

- D004: a `begreb` without `kilde`: nobody can tell whether the fact is fetched from a
  register, asked of the citizen or assessed by a caseworker;
- D005: a `begreb` the citizen must supply (`kilde borger`) while the same fact is fetched
  from a register elsewhere in the law. "The same fact": same type, and the same
  description, or names that are the same apart from a qualifier (`alder` and
  `alder_oplyst`) or nearly the same (a similarity of 0.8 or more).
"""

from __future__ import annotations

import difflib
import re
from typing import Iterator

from compiler.checks.context import CheckContext
from dsl import ast
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.kinds import SourceKind

_QUALIFIERS = {"oplyst", "oplyses", "borger", "borgerens", "egen", "selv", "angivet", "angivne", "selvoplyst"}


def _tokens(name: str) -> set[str]:
    return {t for t in name.lower().split("_") if t} - _QUALIFIERS


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\wæøå ]", " ", (text or "").lower()).split())


def same_fact(a: ast.Begreb, b: ast.Begreb) -> bool:
    """Whether two declarations describe the same fact (see the module doc)."""
    if a.type != b.type:
        return False
    da, db = _norm(a.description.value if a.description else None), _norm(b.description.value if b.description else None)
    if da and da == db:
        return True
    ta, tb = _tokens(a.name.value), _tokens(b.name.value)
    if ta and ta == tb:
        return True
    return difflib.SequenceMatcher(None, a.name.value.lower(), b.name.value.lower()).ratio() >= 0.8


def data_reuse(ctx: CheckContext) -> Iterator[Diagnostic]:
    """D004 at each begreb without kilde; D005 at each `kilde borger` a register already has."""
    begreber = [item for item in ctx.tree.items if isinstance(item, ast.Begreb)]
    registered = [b for b in begreber if b.source is not None and b.source.kind == SourceKind.REGISTER]
    for b in begreber:
        if b.source is None:
            yield diagnostic("D004", b.name.span, name=b.name.value)
        elif b.source.kind == SourceKind.CITIZEN:
            for other in registered:
                if same_fact(b, other):
                    register_name = other.source.text.value if other.source and other.source.text else ""
                    yield diagnostic(
                        "D005", b.source.span, name=b.name.value, other=other.name.value,
                        line=other.span.line, register=register_name,
                    )
                    break
