"""The impact report as one self-contained HTML page: inline CSS and SVG charts, no scripts,
no external assets, printable. Every text from the laws or the data is escaped."""

from __future__ import annotations

import json
from typing import Mapping

from compiler.impact.report import (
    TOP_TRANSITIONS,
    Report,
    group_rows,
    outcome_text,
    percent,
    population_text,
    thousands,
    transitions,
)
from compiler.report.html import escape, label_width, page

def _e(text: object) -> str:
    return escape(text)


#: The longest label line a chart writes before it wraps (about the width of the page).
LINE = 100


def _wrapped(label: str, limit: int = LINE) -> list[str]:
    """``label`` in lines of at most ``limit`` characters, broken between words."""
    lines: list[str] = []
    for word in label.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _bars(rows: list[tuple[str, int, str]], total: int, bar_w: int = 640) -> str:
    """A horizontal bar chart: (label, count, value text) with bars relative to ``total``. Each
    label stands whole above its bar, on as many lines as it needs, so that none is cut off or
    shrunk."""
    wrapped = [_wrapped(label) for label, _, _ in rows]
    width = max(label_width(line for lines in wrapped for line in lines), bar_w + 130)
    height = sum(16 * len(lines) + 18 for lines in wrapped) + 4
    out = [f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    y = 2
    for lines, (label, count, text) in zip(wrapped, rows):
        filled = 0 if total == 0 else round(bar_w * count / total, 1)
        spans = "".join(f'<tspan x="2" dy="{0 if k == 0 else 15}">{_e(line)}</tspan>' for k, line in enumerate(lines))
        out.append(f'<text x="2" y="{y + 12}">{spans}</text>')
        y += 16 * (len(lines) - 1)
        out.append(f'<rect class="rest" x="0" y="{y + 16}" width="{bar_w}" height="12"/>')
        out.append(f'<rect class="bar" x="0" y="{y + 16}" width="{filled}" height="12"/>')
        out.append(f'<text x="{bar_w + 6}" y="{y + 26}">{_e(text)}</text>')
        y += 34
    out.append("</svg>")
    return "".join(out)


def _result(report: Report, name: str) -> str:
    """A result as people read it: its description, with its name beside it."""
    description = report.new.descriptions.get(name) or report.old.descriptions.get(name)
    return f"{description} ({name})" if description else name


def _groups(titles: Mapping[str, str], names: str) -> str:
    """Target groups (as the report names them, joined by ", ") by their titles, each with its
    name beside it where the title does not already say it."""
    def one(name: str) -> str:
        title = titles.get(name)
        if not title or title.lower() == name.replace("_", " ").lower():
            return title or name
        return f"{title} ({name})"

    return ", ".join(one(n) for n in names.split(", "))


def render_html(report: Report) -> str:
    out: list[str] = []
    w = out.append
    title = f"Konsekvens af ændringen {report.old.file} → {report.new.file}"
    w(f"<h1>{_e(title)}</h1>")
    w(f'<p class="meta">Gammel: {_e(report.old.title)} ({_e(report.old.version)}), '
      f"<code>{_e(report.old.sha256[:12])}</code></p>")
    w(f'<p class="meta">Ny: {_e(report.new.title)} ({_e(report.new.version)}), '
      f"<code>{_e(report.new.sha256[:12])}</code></p>")
    w(f'<p class="meta">Population: {_e(population_text(report.population, report.n))}</p>')
    if report.counting_new:
        w("<h2>Tiden tælles forskelligt</h2>")
        w('<table><thead><tr><th>gammel version</th><th>ny version</th></tr></thead><tbody><tr><td>'
          + "<br>".join(_e(t) for t in report.counting_old) + "</td><td>"
          + "<br>".join(_e(t) for t in report.counting_new) + "</td></tr></tbody></table>")

    w("<h2>Ændrede svar pr. resultat</h2>")
    w("<p>Et svar er udfaldets art og, for en værdi, værdien: <em>8 uger</em>, <em>ja</em>, "
      "<em>kræver skøn</em>, <em>mangler oplysninger</em>, <em>konflikt</em> eller <em>ingen regel</em>.</p>")
    w(_bars([(_result(report, r.name), r.changed, f"{percent(r.changed, report.n)} ({thousands(r.changed)})")
             for r in report.results], report.n))
    w('<table><thead><tr><th>resultat</th><th>type</th><th class="n">ændrede svar</th><th class="n">andel</th>'
      "</tr></thead><tbody>")
    for r in report.results:
        link = f'<a href="#r-{_e(r.name)}">{_e(_result(report, r.name))}</a>' if r.changed else _e(_result(report, r.name))
        w(f'<tr><td>{link}</td><td>{_e(r.kind)}</td><td class="n">{thousands(r.changed)}</td>'
          f'<td class="n">{percent(r.changed, report.n)}</td></tr>')
    w("</tbody></table>")

    w("<h2>Borgerne efter målgruppe</h2>")
    w("<p>Hvor borgerne står i den gamle og i den nye version (de målgrupper, de med sikkerhed tilhører).</p>")
    rows = sorted(report.groups.items(), key=lambda t: (-t[1], t[0]))
    w(_bars([(f"{_groups(report.old.group_titles, a)} → {_groups(report.new.group_titles, b)}", c,
              f"{percent(c, report.n)} ({thousands(c)})") for (a, b), c in rows[:20]], report.n))
    if len(rows) > 20:
        w(f"<p class=\"meta\">… og {len(rows) - 20} andre kombinationer (se JSON-rapporten).</p>")

    for r in report.results:
        if not r.changed:
            continue
        w(f'<h2 id="r-{_e(r.name)}">{_e(_result(report, r.name))}</h2>')
        w(f"<p><strong>{thousands(r.changed)}</strong> af {thousands(report.n)} borgere "
          f"({percent(r.changed, report.n)}) får et andet svar.</p>")
        if r.by_counting:
            w(f"<p>Heraf <strong>{thousands(r.by_counting)}</strong> ({percent(r.by_counting, r.changed)}), fordi "
              "tiden tælles som i den nye version: den gamle version giver det nye svar, når den tæller tiden sådan.</p>")
        w("<h3>Gammelt svar → nyt svar</h3>")
        trans = transitions(r)
        w(_bars([(f"{a} → {b}", c, thousands(c)) for a, b, c in trans[:TOP_TRANSITIONS]], r.changed))
        if len(trans) > TOP_TRANSITIONS:
            rest = sum(c for _, _, c in trans[TOP_TRANSITIONS:])
            w(f'<p class="meta">Øvrige {len(trans) - TOP_TRANSITIONS} overgange: {thousands(rest)} borgere.</p>')
        w("<h3>Efter målgruppe</h3>")
        w('<table><thead><tr><th>gammel målgruppe</th><th>ny målgruppe</th><th class="n">ændrede</th>'
          '<th class="n">borgere</th><th class="n">andel</th></tr></thead><tbody>')
        for a, b, c, t in group_rows(r, report.groups):
            w(f'<tr><td>{_e(a)}</td><td>{_e(b)}</td><td class="n">{thousands(c)}</td><td class="n">{thousands(t)}</td>'
              f'<td class="n">{percent(c, t)}</td></tr>')
        w("</tbody></table>")
        if r.examples:
            w("<h3>Eksempler</h3>")
            for ex in r.examples:
                w(f"<details><summary>Borger {ex.row} ({_e(ex.old_groups)} → {_e(ex.new_groups)}): "
                  f"{_e(outcome_text(ex.old, r.kind))} → {_e(outcome_text(ex.new, r.kind))}</summary>")
                facts = "".join(f"<div>{_e(k)} = {_e(json.dumps(v, ensure_ascii=False))}</div>"
                                for k, v in ex.facts.items())
                w(f'<div class="fakta">{facts}</div>')
                if ex.judgments:
                    given = ", ".join(f"{_e(k)}: {_e('ikke angivet' if v is None else 'ja' if v else 'nej')}"
                                      for k, v in ex.judgments.items())
                    w(f'<p class="meta">Skøn: {given}</p>')
                w("</details>")

    notes = []
    if report.only_old:
        notes.append("Kun i den gamle version: " + ", ".join(report.only_old))
    if report.only_new:
        notes.append("Kun i den nye version: " + ", ".join(report.only_new))
    notes += [f"{a} er ikke sammenlignet: {b}" for a, b in report.not_compared]
    if notes:
        w("<h2>Ikke sammenlignet</h2><ul>")
        for note in notes:
            w(f"<li>{_e(note)}</li>")
        w("</ul>")
    w('<p class="meta">Lavet med <code>lov impact</code>.</p>')
    return page(title, out)
