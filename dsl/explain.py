"""The documentation of a diagnostic code, as `lov explain` prints it and as the
per-code pages under `compiler/checks/docs/` are generated."""

from __future__ import annotations

import re

from dsl.catalogue import AMEND_EXAMPLE_LAW
from dsl.diagnostics import Entry
from dsl.language import current


def explain(entry: Entry, lang: str | None = None) -> str:
    """Markdown: title, severity, message, why (with its source), bad and good example."""
    lang = lang or current()
    severity = entry.severity.label(lang)
    lines = [
        f"# {entry.code} {entry.slug}",
        "",
        f"{'Alvor' if lang == 'da' else 'Severity'}: {severity}",
        "",
        f"{'Meddelelse' if lang == 'da' else 'Message'}: {_template(entry.da if lang == 'da' else entry.en)}",
        "",
        f"## {'Hvorfor' if lang == 'da' else 'Why'}",
        "",
        entry.reason(lang),
    ]
    block = "lov"
    if entry.code.startswith("A"):  # the examples are amending acts, applied to one small law
        block = "text"
        lines += ["", f"## {'Loven i eksemplerne' if lang == 'da' else 'The law the examples amend'}", "",
                  "```lov", AMEND_EXAMPLE_LAW.rstrip("\n"), "```"]
    if entry.bad:
        lines += ["", f"## {'Forkert' if lang == 'da' else 'Bad'}", "", f"```{block}", entry.bad.rstrip("\n"), "```"]
    if entry.good:
        lines += ["", f"## {'Rigtigt' if lang == 'da' else 'Good'}", "", f"```{block}", entry.good.rstrip("\n"), "```"]
    return "\n".join(lines) + "\n"


def _template(message: str) -> str:
    """A message template as a reader sees it: the English variant of a placeholder
    (``{proposal_en}``) is named like the Danish one (``{proposal}``)."""
    return re.sub(r"\{(\w+?)_en\}", r"{\1}", message)
