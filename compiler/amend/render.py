"""An amending act as Markdown, JSON and the bill's appendix in HTML.

The HTML page is "Lovforslaget sammenholdt med gældende lov": per changed provision, the
current wording beside the bill's changes, as a bill's appendix sets them out; self-contained
(no scripts, no external resources) and printable. Everything taken from a law is escaped.
"""

from __future__ import annotations

import json
import re

from compiler.amend import act as a
from compiler.amend import document as d
from compiler.amend.generate import unit_quote
from compiler.report.html import escape, page

SCHEMA = "lov-aendringslov/1"


def _kind(change: a.Change) -> str:
    return {a.Words: "ord", a.Everywhere: "overalt", a.Rewrite: "affattes", a.Repeal: "ophæves", a.Instead: "i stedet",
            a.Insert: "indsættes", a.InsertSub: "indsættes", a.InsertSentence: "indsættes", a.Heading: "overskrift",
            a.Joined: "flere"}[type(change)]


def render_json(act: a.Act, old_file: str, new_file: str) -> str:
    data = {
        "schema": SCHEMA,
        "title": act.title(),
        "law": act.law_title,
        "old": old_file,
        "new": new_file,
        "changes": [
            {"number": i, "kind": _kind(c), "provision": _label(t), "text": c.words(), "remark": list(_remark(act, i))}
            for i, (c, t) in enumerate(zip(act.changes, act.targets or [("loven", "")] * len(act.changes)), 1)
        ],
        "commencement": act.commencement.isoformat() if act.commencement else None,
        "act": a.render_text(act),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _label(target: tuple[str, str]) -> str:
    kind, key = target
    if kind == "loven":
        return "loven"
    return d.Unit(kind, key, "").label


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>@~])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_markdown(act: a.Act) -> str:
    """Markdown for a pull request or a wiki: quotations as block quotes, everything escaped."""
    out = [f"# {_md(act.title())}", "", "**§ 1**", ""]
    if not act.changes:
        out.append(_md(f"I {act.law_title} foretages ingen ændringer."))
    else:
        out.append(_md(a.render_text(act).split("\n")[4]))
        for i, change in enumerate(act.changes, 1):
            lines = change.words().split("\n")
            out += ["", f"{i}\\. {_md(lines[0])}"]
            for line in lines[1:]:
                out.append(f"> {_md(line)}" if line.startswith("»") or not line[:1].isupper() or "«" in line
                           else _md(line))
    out += ["", "**§ 2**", "", _md(a.commencement_words(act.commencement))]
    remarks = [(i, _remark(act, i)) for i in range(1, len(act.changes) + 1) if _remark(act, i)]
    if remarks:
        out += ["", f"## {_md(a.REMARKS_HEADING)}", "", "**Til § 1**"]
        for i, lines in remarks:
            out += ["", f"*Til nr. {i}*", ""] + [_md(line) for line in lines]
    return "\n".join(out) + "\n"


def _remark(act: a.Act, number: int) -> tuple[str, ...]:
    """The remark on change ``number`` (1-based), or none."""
    return act.remarks[number - 1] if number <= len(act.remarks) else ()


def render_html(act: a.Act, old: d.Document, old_file: str, new_file: str) -> str:
    """The appendix "Lovforslaget sammenholdt med gældende lov"."""
    e = escape
    out = ["<h1>Lovforslaget sammenholdt med gældende lov</h1>",
           f"<p>{e(act.title())}</p>",
           f'<p class="meta">Gældende lov: <code>{e(old_file)}</code> · lovforslaget: <code>{e(new_file)}</code></p>']
    if not act.changes:
        out.append("<p>Lovforslaget ændrer intet.</p>")
    else:
        out.append('<table class="side-by-side"><thead><tr><th scope="col">Gældende formulering</th>'
                   '<th scope="col">Lovforslaget</th></tr></thead><tbody>')
        groups: list[tuple[tuple[str, str], list[int]]] = []
        for i, target in enumerate(act.targets or [("loven", "")] * len(act.changes)):
            if groups and groups[-1][0] == target:
                groups[-1][1].append(i)
            else:
                groups.append((target, [i]))
        out.append(f'<tr><td></td><td><p><strong>§ 1</strong></p><p>{e(a.render_text(act).split(chr(10))[4])}</p>'
                   "</td></tr>")
        for target, numbers in groups:
            unit = old.find(*target) if target[0] != "loven" else None
            current = f"<pre>{e(unit_quote(unit))}</pre>" if unit is not None else ""
            proposed = "".join(f'<div><span class="nr">{n + 1}.</span> <pre>{e(act.changes[n].words())}</pre></div>'
                               for n in numbers)
            out.append(f"<tr><td>{current}</td><td>{proposed}</td></tr>")
        out.append(f"<tr><td></td><td><p><strong>§ 2</strong></p><p>{e(a.commencement_words(act.commencement))}"
                   "</p></td></tr>")
        out.append("</tbody></table>")
    out.append('<p class="meta">Lavet med <code>lov ændringslov</code>.</p>')
    return page(act.title(), out)
