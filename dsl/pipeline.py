"""The front end as one call: text → tree → law model → checks → diagnostics.

`lov check`, the language server and the other commands all go through
:func:`analyse_text`, so every tool reports the same findings at the same spans.
"""

from __future__ import annotations

import re

import attrs

from dsl import ast
from dsl.config import Config
from dsl.diagnostics import Diagnostic, sort_key
from dsl.model import Law
from dsl.nogc import paused_gc
from dsl.parser import ParseResult, parse
from dsl.resolver import RuleCache, resolve
from dsl.sources import read_source

_SUPPRESS = re.compile(r"#\s*lov:\s*tillad\s+([A-Z]\d{3}(?:[\s,]+[A-Z]\d{3})*)")


@attrs.frozen
class Analysis:
    file: str
    text: str | None
    tree: ast.Law | None
    law: Law | None
    diagnostics: tuple[Diagnostic, ...]
    suppressed: int = 0


def analyse_text(text: str, file: str = "<tekst>", config: Config | None = None) -> Analysis:
    """Parse, resolve and check one file's text."""
    return analyse_parsed(parse(text, file), text, file, config)


def analyse_parsed(
    parsed: ParseResult, text: str, file: str = "<tekst>", config: Config | None = None, rules: RuleCache | None = None
) -> Analysis:
    """As :func:`analyse_text` for text already parsed (the language server re-parses only
    what changed, and keeps a :class:`dsl.resolver.RuleCache` so unchanged rules are not
    resolved again)."""
    from compiler.checks import CheckContext, run_checks

    config = config or Config()
    with paused_gc():
        resolved = resolve(parsed.law, text, rules)
        found = list(parsed.diagnostics) + list(resolved.diagnostics)
        found += run_checks(CheckContext(resolved.law, parsed.law, text, config))
    found = config.apply(found)
    kept, suppressed = _suppress(found, parsed.law.comments)
    return Analysis(file, text, parsed.law, resolved.law, tuple(sorted(kept, key=sort_key)), suppressed)


def analyse_file(path: str, config: Config | None = None) -> Analysis:
    """As :func:`analyse_text` for a file; raises :class:`dsl.sources.InputError` if unreadable."""
    source = read_source(path)
    if source.text is None or source.diagnostics:
        return Analysis(path, source.text, None, None, source.diagnostics)
    return analyse_text(source.text, path, config)


def _suppress(diagnostics: list[Diagnostic], comments: tuple[ast.Comment, ...]) -> tuple[list[Diagnostic], int]:
    allowed: dict[int, set[str]] = {}
    for comment in comments:
        match = _SUPPRESS.search(comment.text)
        if match:
            allowed.setdefault(comment.span.line, set()).update(re.findall(r"[A-Z]\d{3}", match.group(1)))
    if not allowed:
        return diagnostics, 0
    kept = [d for d in diagnostics if d.code not in allowed.get(d.span.line, ())]
    return kept, len(diagnostics) - len(kept)
