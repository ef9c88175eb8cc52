"""The impact report as one self-contained HTML page: inline CSS and SVG charts, no scripts,
no external assets, printable. Every text from the laws or the data is escaped."""

from __future__ import annotations

import html
import json

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

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;color:#1b1f23;
line-height:1.45;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de}
h3{font-size:1rem;margin:1.2rem 0 .4rem}.meta{color:#57606a;margin:.1rem 0}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
svg text{font:12px system-ui,sans-serif;fill:#1b1f23}.bar{fill:#0969da}.rest{fill:#eaeef2}.new{fill:#1a7f37}
details{margin:.3rem 0}summary{cursor:pointer}code{font-size:.85rem}
.fakta{columns:2;font-size:.8rem;color:#57606a}
@media print{details{display:block}summary{display:none}.fakta{columns:3}h2{break-before:auto}}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _bars(rows: list[tuple[str, int, str]], total: int, width: int = 800) -> str:
    """A horizontal bar chart: (label, count, value text) with bars relative to ``total``."""
    label_w = 400
    bar_w = width - label_w - 110
    h = 20
    height = h * len(rows) + 4
    out = [f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for i, (label, count, text) in enumerate(rows):
        y = i * h + 2
        filled = 0 if total == 0 else round(bar_w * count / total, 1)
        short = label if len(label) <= 62 else label[:61] + "…"
        out.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_e(short)}<title>{_e(label)}</title></text>')
        out.append(f'<rect class="rest" x="{label_w}" y="{y + 2}" width="{bar_w}" height="{h - 6}"/>')
        out.append(f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{filled}" height="{h - 6}"/>')
        out.append(f'<text x="{label_w + bar_w + 6}" y="{y + 13}">{_e(text)}</text>')
    out.append("</svg>")
    return "".join(out)


def render_html(report: Report) -> str:
    out: list[str] = []
    w = out.append
    title = f"Konsekvens af ændringen {report.old.file} → {report.new.file}"
    w("<!DOCTYPE html>")
    w('<html lang="da"><head><meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>")
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
    w(_bars([(r.name, r.changed, f"{percent(r.changed, report.n)} ({thousands(r.changed)})") for r in report.results],
            report.n))
    w('<table><thead><tr><th>resultat</th><th>type</th><th class="n">ændrede svar</th><th class="n">andel</th>'
      "</tr></thead><tbody>")
    for r in report.results:
        link = f'<a href="#r-{_e(r.name)}">{_e(r.name)}</a>' if r.changed else _e(r.name)
        w(f'<tr><td>{link}</td><td>{_e(r.kind)}</td><td class="n">{thousands(r.changed)}</td>'
          f'<td class="n">{percent(r.changed, report.n)}</td></tr>')
    w("</tbody></table>")

    w("<h2>Borgerne efter målgruppe</h2>")
    w("<p>Hvor borgerne står i den gamle og i den nye version (de målgrupper, de med sikkerhed tilhører).</p>")
    rows = sorted(report.groups.items(), key=lambda t: (-t[1], t[0]))
    w(_bars([(f"{a} → {b}", c, f"{percent(c, report.n)} ({thousands(c)})") for (a, b), c in rows[:20]], report.n))
    if len(rows) > 20:
        w(f"<p class=\"meta\">… og {len(rows) - 20} andre kombinationer (se JSON-rapporten).</p>")

    for r in report.results:
        if not r.changed:
            continue
        w(f'<h2 id="r-{_e(r.name)}">{_e(r.name)}</h2>')
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
    w("</body></html>")
    return "\n".join(out) + "\n"
