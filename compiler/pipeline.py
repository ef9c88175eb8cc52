"""The front door: read → parse → resolve → check, as one call.

`lov check`, the language server, `lov diff`, the evaluating commands, the pytest plugin, the
tests and the benchmarks all go through :func:`analyse_text` / :func:`analyse_file`, so every
tool reports the same findings at the same spans. :func:`load_law` is the door for the stages
that need a law without errors (compile, eval, test, impact): it raises :class:`LawError`,
which carries the diagnostics; only the driver turns that into output and an exit code.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

import attrs

from compiler.checks import CheckContext, run_checks
from dsl import ast
from dsl.config import Config
from dsl.diagnostics import Diagnostic, Severity, sort_key
from dsl.model import Law
from dsl.nogc import paused_gc
from dsl.parser import ParseResult, parse
from dsl.resolver import RuleCache, resolve
from dsl.sources import InputError, read_source

__all__ = ["Analysis", "InputError", "LawError", "analyse_file", "analyse_parsed", "analyse_text", "law_of_text",
           "load_law"]

_SUPPRESS = re.compile(r"#\s*lov:\s*tillad\s+([A-Z]\d{3}(?:[\s,]+[A-Z]\d{3})*)")


@attrs.frozen
class Analysis:
    """One file through the front end: its text, syntax tree, law model and diagnostics
    (``law`` and ``tree`` are None when the file could not be decoded)."""

    file: str
    text: str | None
    tree: ast.Law | None
    law: Law | None
    diagnostics: tuple[Diagnostic, ...]
    suppressed: int = 0
    #: The front end found no errors, so the law can be proved (:mod:`compiler.prove`).
    provable: bool = False
    #: The errors of the front end (reading and resolving the text): the model lacks what they are
    #: about, so figures drawn from it rest on what could be read. A check's error is not one.
    unread: int = 0

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)


class LawError(Exception):
    """A law that cannot be evaluated: ``unreadable`` (not valid UTF-8, empty) or with errors.

    ``diagnostics`` say why, against ``text`` (None when it could not be decoded)."""

    def __init__(self, path: str, text: str | None, diagnostics: tuple[Diagnostic, ...], unreadable: bool) -> None:
        super().__init__(f"{path}: {len(diagnostics)} fejl")
        self.path = path
        self.text = text
        self.diagnostics = diagnostics
        self.unreadable = unreadable


#: A later stage's findings on a law without errors (the solver's, :mod:`compiler.prove`).
Prover = Callable[[Law], Iterable[Diagnostic]]


def analyse_text(text: str, file: str = "<tekst>", config: Config | None = None, *, checks: bool = True,
                 prover: Prover | None = None) -> Analysis:
    """Parse, resolve and (unless ``checks`` is false) check one file's text.

    With ``checks``, the configuration and `# lov: tillad` comments apply; without, the
    diagnostics are the parser's and the resolver's as they are (what evaluation needs).
    ``prover``, if given, adds its findings when the front end found no errors."""
    return analyse_parsed(parse(text, file), text, file, config, checks=checks, prover=prover)


def analyse_parsed(
    parsed: ParseResult, text: str, file: str = "<tekst>", config: Config | None = None, rules: RuleCache | None = None,
    *, checks: bool = True, prover: Prover | None = None,
) -> Analysis:
    """As :func:`analyse_text` for text already parsed (the language server re-parses only
    what changed, and keeps a :class:`dsl.resolver.RuleCache` so unchanged rules are not
    resolved again)."""
    with paused_gc():
        resolved = resolve(parsed.law, text, rules)
        found = list(parsed.diagnostics) + list(resolved.diagnostics)
        unread = sum(1 for d in found if d.severity is Severity.ERROR)
        if not checks:
            return Analysis(file, text, parsed.law, resolved.law, tuple(sorted(found)), unread=unread)
        front_end_errors = unread > 0
        config = config or Config()
        found += run_checks(CheckContext(resolved.law, parsed.law, text, config))
        if prover is not None and not front_end_errors:
            found += prover(resolved.law)
    kept, suppressed = filtered(found, config, parsed.law)
    return Analysis(file, text, parsed.law, resolved.law, tuple(kept), suppressed, provable=not front_end_errors,
                    unread=unread)


def filtered(found: list[Diagnostic], config: Config, tree: ast.Law) -> tuple[list[Diagnostic], int]:
    """The findings the configuration selects and no `# lov: tillad` comment allows, sorted,
    and how many comments allowed."""
    kept, suppressed = _suppress(config.apply(found), tree)
    return sorted(kept, key=sort_key), suppressed


def analyse_file(path: str, config: Config | None = None, *, checks: bool = True,
                 prover: Prover | None = None) -> Analysis:
    """As :func:`analyse_text` for a file; raises :class:`dsl.sources.InputError` if it cannot be
    read at all. A file that is not UTF-8, or empty, gives an analysis without a law."""
    source = read_source(path)
    if source.text is None or source.diagnostics:
        return Analysis(path, source.text, None, None, source.diagnostics)
    return analyse_text(source.text, path, config, checks=checks, prover=prover)


def load_law(path: str) -> Law:
    """The law model of the file ``path``, which must parse and resolve without errors.

    Findings of the checks (such as U001) do not stop evaluation: `lov check` reports those.
    Raises :class:`InputError` for a path that cannot be read and :class:`LawError` otherwise."""
    analysis = analyse_file(path, checks=False)
    if analysis.law is None:
        raise LawError(path, analysis.text, analysis.diagnostics, unreadable=True)
    return _without_errors(analysis)


def law_of_text(text: str, file: str = "<tekst>") -> Law:
    """As :func:`load_law` for a text."""
    return _without_errors(analyse_text(text, file, checks=False))


def _without_errors(analysis: Analysis) -> Law:
    if analysis.errors:
        raise LawError(analysis.file, analysis.text, analysis.errors, unreadable=False)
    assert analysis.law is not None
    return analysis.law


def _suppress(diagnostics: list[Diagnostic], tree: ast.Law) -> tuple[list[Diagnostic], int]:
    """Drop the findings a `# lov: tillad CODE` comment allows. A comment allows its codes on its
    own line and in the whole provision it stands in (the stk., nr. or declaration whose lines
    it shares), so that `lov fmt` rewrapping a provision never changes which findings it has."""
    allowed: dict[int, set[str]] = {}
    for comment in tree.comments:
        match = _SUPPRESS.search(comment.text)
        if match:
            codes = set(re.findall(r"[A-Z]\d{3}", match.group(1)))
            first, last = _provision_lines(tree, comment.span.line)
            for line in range(first, last + 1):
                allowed.setdefault(line, set()).update(codes)
    if not allowed:
        return diagnostics, 0
    kept = [d for d in diagnostics if d.code not in allowed.get(d.span.line, ())]
    return kept, len(diagnostics) - len(kept)


def _provision_lines(tree: ast.Law, line: int) -> tuple[int, int]:
    """The first and last line of the innermost provision or declaration on ``line`` (the line
    alone when there is none)."""
    for item in tree.items:
        span = item.span
        if not span.line <= line <= span.end_line:
            continue
        if isinstance(item, ast.Paragraf):
            for stk in item.stks:
                if stk.span.line <= line <= stk.span.end_line:
                    for nr in stk.items:
                        if nr.span.line <= line <= nr.span.end_line:
                            return nr.span.line, nr.span.end_line
                    return stk.span.line, stk.span.end_line
            return line, line
        return span.line, span.end_line
    return line, line
