"""Rendering diagnostics: text (GCC style with the source line and a caret), JSON, SARIF 2.1.0.

Every format is rendered from the same :class:`dsl.diagnostics.Diagnostic` objects.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence
from urllib.parse import quote

from dsl import __version__
from dsl.catalogue import all_entries
from dsl.diagnostics import Diagnostic, Severity
from dsl.explain import explain
from dsl.terminal import excerpt, printable
from dsl.language import current, plural, t, using

JSON_KEYS = ("file", "line", "column", "end_line", "end_column", "code", "severity", "message")


def render_text(diagnostics: Sequence[Diagnostic], sources: Mapping[str, str | None], lang: str | None = None) -> str:
    """`file:line:col: fejl[CODE]: message`, the source line (cut around the span when long),
    and a caret under the span. Control characters from the law or the file name are shown as
    escapes (:mod:`dsl.terminal`), so nothing in the input can rewrite what the terminal shows.
    Linear in the findings: each file's text is split into lines once."""
    lang = lang or current()
    out: list[str] = []
    split: dict[str, list[str]] = {}
    for d in diagnostics:
        s = d.span
        out.append(f"{printable(s.file, one_line=True)}:{s.line}:{s.column}: {d.severity.label(lang)}[{d.code}]: "
                   f"{printable(d.message(lang), one_line=True)}")
        text = sources.get(s.file)
        if text:
            lines = split.get(s.file)
            if lines is None:
                lines = split[s.file] = text.split("\n")
            if 0 < s.line <= len(lines):
                line = lines[s.line - 1]
                width = (s.end_column - s.column) if s.end_line == s.line else len(line) - s.column + 1
                shown, caret, marked = excerpt(line, s.column, width)
                out.append(f"    {shown}")
                out.append("    " + " " * caret + "^" + "~" * (marked - 1))
        if d.witness is not None:
            out.append("    " + ("vidne (kan indsættes i loven):" if lang == "da" else "witness (ready to paste into the law):"))
            out.extend("    " + printable(line, one_line=True) for line in d.witness.testsag.rstrip("\n").split("\n"))
    return "\n".join(out) + ("\n" if out else "")


def summary(diagnostics: Sequence[Diagnostic], files: int, suppressed: int, lang: str | None = None) -> str:
    lang = lang or current()
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = sum(d.severity is Severity.WARNING for d in diagnostics)
    with using(lang):
        text = t("{} kontrolleret: {}, {}", "{} checked: {}, {}").format(
            plural(files, ("fil", "filer"), ("file", "files")), plural(errors, ("fejl", "fejl"), ("error", "errors")),
            plural(warnings, ("advarsel", "advarsler"), ("warning", "warnings")))
        if suppressed:
            text += t(f", {suppressed} tilladt med '# lov: tillad'", f", {suppressed} suppressed with '# lov: tillad'")
    return text


def as_dict(d: Diagnostic, lang: str | None = None) -> dict[str, Any]:
    lang = lang or current()
    s = d.span
    out: dict[str, Any] = {
        "file": s.file,
        "line": s.line,
        "column": s.column,
        "end_line": s.end_line,
        "end_column": s.end_column,
        "code": d.code,
        "severity": d.severity.english,  # a token for machines: the same whatever --sprog says
        "message": d.message(lang),
    }
    if d.witness is not None:
        out["witness"] = d.witness.data()
    return out


def render_json(diagnostics: Sequence[Diagnostic], lang: str | None = None) -> str:
    lang = lang or current()
    return json.dumps([as_dict(d, lang) for d in diagnostics], ensure_ascii=False, indent=2) + "\n"


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


#: Where each code's page is when `[tool.lov] docs_url` does not say: the pages installed with lov.
DOCS = Path(__file__).resolve().parent.parent / "compiler" / "checks" / "docs"


def help_uri(code: str, docs_url: str | None = None) -> str:
    """The address of a code's documentation page: under ``docs_url`` (`[tool.lov] docs_url`,
    for a team that publishes the pages), else the installed page as a file URI."""
    if docs_url:
        return docs_url.rstrip("/") + f"/{code}.md"
    return (DOCS / f"{code}.md").as_uri()


def render_sarif(diagnostics: Sequence[Diagnostic], lang: str | None = None, docs_url: str | None = None) -> str:
    """SARIF 2.1.0 with rule metadata (help text per code) for code-scanning services."""
    lang = lang or current()
    entries = all_entries()
    index = {e.code: i for i, e in enumerate(entries)}
    rules = [
        {
            "id": e.code,
            "name": e.slug,
            "shortDescription": {"text": e.summary(lang)},
            "fullDescription": {"text": e.reason(lang)},
            "help": {"text": _help_text(e, lang), "markdown": explain(e, lang)},
            "helpUri": help_uri(e.code, docs_url),
            "defaultConfiguration": {"level": _SARIF_LEVEL[e.severity]},
        }
        for e in entries
    ]
    results = []
    for d in diagnostics:
        s = d.span
        results.append(
            {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": _SARIF_LEVEL[d.severity],
                "message": {"text": d.message(lang)},
                **({"properties": {"witness": d.witness.data()}} if d.witness is not None else {}),
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": quote(s.file.replace("\\", "/"), safe="/:")},
                            "region": {
                                "startLine": s.line,
                                "startColumn": s.column,
                                "endLine": s.end_line,
                                "endColumn": max(s.end_column, s.column + (1 if s.end_line == s.line else 0)),
                            },
                        }
                    }
                ],
            }
        )
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lov",
                        "version": __version__,
                        "informationUri": help_uri("README", docs_url),
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _help_text(entry: Any, lang: str) -> str:
    parts = [entry.reason(lang)]
    if entry.bad:
        parts.append(("Forkert:\n" if lang == "da" else "Bad:\n") + entry.bad)
    if entry.good:
        parts.append(("Rigtigt:\n" if lang == "da" else "Good:\n") + entry.good)
    return "\n\n".join(parts)
