"""`lov diff` and `lov stats` as GitHub-flavoured Markdown that fits a pull-request comment.

The summary (metrics and variations that changed, behaviour) always fits; the text
changes go in a collapsed `<details>` block and are cut, with a note, when the comment
would exceed :data:`LIMIT` characters (GitHub's limit is 65,536).
"""

from __future__ import annotations

import re

from compiler.diff import metrics as mx
from compiler.diff import words as w
from compiler.diff.behaviour import Answer, Behaviour
from compiler.diff.redline import redline
from compiler.diff.report import DiffReport, only_in
from compiler.diff.structure import SectionChange
from compiler.report import errors_note, side_name
from dsl.language import t

LIMIT = 60_000


_MARKDOWN = {c: "\\" + c for c in "\\`*_{}[]()+-.!|~"}
_MARKDOWN.update({"&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;", "#": "&#35;", ":": "&#58;", "\n": "<br>"})
_MARKDOWN_TABLE = str.maketrans(_MARKDOWN)


def _md(text: str) -> str:
    """Text from a law as literal Markdown: no emphasis, link, image, HTML, autolink, @mention
    or issue reference can come out of it (a pull-request comment shows it as written)."""
    return text.translate(_MARKDOWN_TABLE)


def _cell(text: str) -> str:
    return _md(text)


def _code(text: str) -> str:
    """Inline code that survives any run of backticks in the text (one line)."""
    text = text.replace("\n", " ")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _redline_md(old: str, new: str) -> str:
    """A redline as HTML inside Markdown: `<del>` struck, `<ins>` inserted."""
    parts = []
    for op, text in redline(old, new):
        shown = _md(text)
        tag = "del" if op == "-" else "ins"
        parts.append(shown if op == "=" else f"<{tag}>{shown}</{tag}>")
    return "".join(parts)


def _section_md(s: SectionChange) -> list[str]:
    out = [f"- **{w.section_heading(s)}**"]
    if s.title_changed:
        out.append(f"  - {t('overskrift', 'heading')}: {_redline_md(s.old_title or '', s.new_title or '')}")
    for stk in s.stks:
        out.append(f"  - {w.stk_heading(stk)}: {_redline_md(stk.old_text or '', stk.new_text or '')}")
    return out


def render_diff(report: DiffReport) -> str:
    old, new = report.old, report.new
    lines = [
        f"### `lov diff`: {_code(old.file)} → {_code(new.file)}",
        "",
        f"{_md(side_name(old.title, old.version, old.file))} → {_md(side_name(new.title, new.version, new.file))}",
        "",
    ]
    notes = report.notes()
    lines += [f"> {_md(note)}" for note in notes] + ([""] if notes else [])
    if report.is_empty:
        return "\n".join(lines + [t("Ingen forskelle.", "No differences."), ""])
    rows = [r for r in report.metrics if not r.key.startswith("variations.")]
    lines += [t("| nøgletal | gammel | ny | ændring |", "| metric | old | new | change |"), "|---|--:|--:|--:|"]
    for r in rows:
        change = w.signed(r.change)
        if r.change:
            change = f"**{change}**"
        lines.append(f"| {_cell(r.label)} (`{r.key}`) | {w.count(r.old)} | {w.count(r.new)} | {change} |")
    changed = [v for v in report.variations if v.noteworthy]
    if changed:
        lines += ["", t("| resultat | variationer gammel | ny | afviger (ny) |",
                        "| result | variations old | new | deviating (new) |"), "|---|--:|--:|---|"]
        for v in changed:
            assert v.old is not None and v.new is not None
            dev = ", ".join(v.new.deviating)
            lines.append(f"| `{v.result}` | {v.old.count} | {v.new.count} | {_cell(dev)} |")
    for which, name in (("old", t("gamle", "old")), ("new", t("nye", "new"))):
        only = [(v.result, v.old or v.new) for v in only_in(report, which)]
        if only:
            listed = ", ".join(f"`{result}` ({v.count})" for result, v in only if v is not None)
            lines += ["", t(f"Resultater kun i den {name} version (variationer): {listed}.",
                            f"Results only in the {name} version (variations): {listed}.")]
    if report.behaviour is not None:
        lines += [""] + _behaviour(report.behaviour)  # type: ignore[arg-type]

    s = report.structure
    body: list[str] = []
    for f in s.header:
        body.append(f"- {f.field}: {_redline_md(f.old or '', f.new or '')}")
    for sec in s.sections:
        body += _section_md(sec)
    for d in s.declarations:
        body.append(f"- {w.change(d.change)} {d.kind} `{d.name}`")
        for f in d.fields:
            body.append(f"  - {f.field}: {_redline_md(f.old or '', f.new or '')}")
    summary = t(f"Tekst: {len(s.sections)} §§ og {len(s.declarations)} erklæringer ændret",
                f"Text: {len(s.sections)} §§ and {len(s.declarations)} declarations changed")
    lines += ["", f"<details><summary>{summary}</summary>", ""]
    used = sum(len(x) + 1 for x in lines) + 200
    for i, line in enumerate(body):
        if used + len(line) + 1 > LIMIT:
            lines.append(t(f"- … {len(body) - i} linjer mere; se JSON- eller HTML-rapporten (`--format json|html`)",
                           f"- … {len(body) - i} more lines; see the JSON or HTML report (`--format json|html`)"))
            break
        lines.append(line)
        used += len(line) + 1
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def _answer(a: Answer) -> str:
    rules = f" ({', '.join(a.rules)})" if a.rules else ""
    return _cell(f"{a.text}{rules}")


def _behaviour(b: Behaviour) -> list[str]:
    if b.unavailable:
        return [t("Adfærd: ikke beregnet", "Behaviour: not computed") + f" ({_cell(b.unavailable)})."]
    lines = [
        t(f"**Adfærd**: {b.citizens} borgere ({b.cases} fra testsager, {b.population} genererede, seed {b.seed}).",
          f"**Behaviour**: {b.citizens} citizens ({b.cases} from testsags, {b.population} generated, seed {b.seed})."),
        "",
    ]
    differing = [r for r in b.results if r.differing]
    if not b.results:
        return lines + [t("Ingen resultater findes i begge versioner.", "No results exist in both versions.")]
    if not differing:
        return lines + [t(f"Alle {len(b.results)} fælles resultater giver samme svar for alle borgere.",
                          f"All {len(b.results)} shared results give the same answer for every citizen.")]
    lines += [t("| resultat | andet svar | eksempel | gammel | ny |", "| result | different answer | example | old | new |"),
              "|---|--:|---|---|---|"]
    for r in differing:
        for i, e in enumerate(r.examples):
            head = (f"`{r.result}`", t(f"{r.differing} af {r.evaluated}", f"{r.differing} of {r.evaluated}")) if i == 0 else ("", "")
            lines.append(f"| {head[0]} | {head[1]} | {_cell(e.citizen)} | {_answer(e.old)} | {_answer(e.new)} |")
    return lines


def render_stats(metrics: mx.Metrics, unread: int = 0) -> str:
    note = errors_note(unread)
    lines = [
        f"### `lov stats`: {_code(metrics.file)}", "",
        _md(side_name(metrics.title, metrics.version, metrics.file)), "",
        *([f"> {_md(note)}", ""] if note else []),
        t("| nøgletal | værdi |", "| metric | value |"), "|---|--:|",
    ]
    for k in mx.keys_of(metrics):
        if not k.startswith("variations."):
            lines.append(f"| {_cell(mx.label(k))} (`{k}`) | {metrics.values.get(k, 0)} |")
    lines += ["", t("| resultat | variationer | afviger fra | afvigende målgrupper |",
                    "| result | variations | deviates from | deviating target groups |"), "|---|--:|---|---|"]
    for v in metrics.variations:
        lines.append(f"| `{v.result}` | {v.count} | {_cell(v.baseline or '')} | {_cell(', '.join(v.deviating))} |")
    return "\n".join(lines) + "\n"
