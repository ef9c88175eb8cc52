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
from compiler.report import side_name
from compiler.report.html import escape, label_width, page
from dsl.language import t

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


def _given(value: bool | None) -> str:
    """A judgment as given in an example: `ja`, `nej` or `ikke angivet` (or their English)."""
    if value is None:
        return t("ikke angivet", "not given")
    return t("ja", "yes") if value else t("nej", "no")


def render_html(report: Report) -> str:
    out: list[str] = []
    w = out.append
    title = t(f"Konsekvens af ændringen {report.old.file} → {report.new.file}",
              f"Impact of the change {report.old.file} → {report.new.file}")
    w(f"<h1>{_e(title)}</h1>")
    w(f'<p class="meta">{t("Gammel", "Old")}: {_e(side_name(report.old.title, report.old.version, report.old.file))}, '
      f"<code>{_e(report.old.sha256[:12])}</code></p>")
    w(f'<p class="meta">{t("Ny", "New")}: {_e(side_name(report.new.title, report.new.version, report.new.file))}, '
      f"<code>{_e(report.new.sha256[:12])}</code></p>")
    w(f'<p class="meta">Population: {_e(population_text(report.population, report.n))}</p>')
    if report.counting_new:
        w(f"<h2>{t('Tiden tælles forskelligt', 'Time is counted differently')}</h2>")
        w(f'<table><thead><tr><th>{t("gammel version", "old version")}</th><th>{t("ny version", "new version")}</th>'
          "</tr></thead><tbody><tr><td>"
          + "<br>".join(_e(x) for x in report.counting_old) + "</td><td>"
          + "<br>".join(_e(x) for x in report.counting_new) + "</td></tr></tbody></table>")

    w(f"<h2>{t('Ændrede svar pr. resultat', 'Changed answers per result')}</h2>")
    w(t("<p>Et svar er udfaldets art og, for en værdi, værdien: <em>8 uger</em>, <em>ja</em>, "
        "<em>kræver skøn</em>, <em>mangler oplysninger</em>, <em>konflikt</em> eller <em>ingen regel</em>.</p>",
        "<p>An answer is the kind of outcome and, for a value, the value: <em>8 weeks</em>, <em>yes</em>, "
        "<em>needs a judgment</em>, <em>facts are missing</em>, <em>conflict</em> or <em>no rule</em>.</p>"))
    w(_bars([(_result(report, r.name), r.changed, f"{percent(r.changed, report.n)} ({thousands(r.changed)})")
             for r in report.results], report.n))
    w(f'<table><thead><tr><th>{t("resultat", "result")}</th><th>type</th><th class="n">{t("ændrede svar", "changed")}'
      f'</th><th class="n">{t("andel", "share")}</th></tr></thead><tbody>')
    for r in report.results:
        link = f'<a href="#r-{_e(r.name)}">{_e(_result(report, r.name))}</a>' if r.changed else _e(_result(report, r.name))
        w(f'<tr><td>{link}</td><td>{_e(r.kind)}</td><td class="n">{thousands(r.changed)}</td>'
          f'<td class="n">{percent(r.changed, report.n)}</td></tr>')
    w("</tbody></table>")

    w(f"<h2>{t('Borgerne efter målgruppe', 'The citizens by target group')}</h2>")
    w("<p>" + t("Hvor borgerne står i den gamle og i den nye version (de målgrupper, de med sikkerhed tilhører).",
                "Where the citizens stand in the old and in the new version (the target groups they certainly belong to).")
      + "</p>")
    rows = sorted(report.groups.items(), key=lambda item: (-item[1], item[0]))
    w(_bars([(f"{_groups(report.old.group_titles, a)} → {_groups(report.new.group_titles, b)}", c,
              f"{percent(c, report.n)} ({thousands(c)})") for (a, b), c in rows[:20]], report.n))
    if len(rows) > 20:
        w("<p class=\"meta\">" + t(f"… og {len(rows) - 20} andre kombinationer (se JSON-rapporten).",
                                   f"… and {len(rows) - 20} other combinations (see the JSON report).") + "</p>")

    for r in report.results:
        if not r.changed:
            continue
        w(f'<h2 id="r-{_e(r.name)}">{_e(_result(report, r.name))}</h2>')
        w(t(f"<p><strong>{thousands(r.changed)}</strong> af {thousands(report.n)} borgere "
            f"({percent(r.changed, report.n)}) får et andet svar.</p>",
            f"<p><strong>{thousands(r.changed)}</strong> of {thousands(report.n)} citizens "
            f"({percent(r.changed, report.n)}) get a different answer.</p>"))
        if r.by_counting:
            share = f"<strong>{thousands(r.by_counting)}</strong> ({percent(r.by_counting, r.changed)})"
            w(t(f"<p>Heraf {share}, fordi tiden tælles som i den nye version: den gamle version giver det nye svar, "
                "når den tæller tiden sådan.</p>",
                f"<p>Of them {share} because time is counted as in the new version: the old version gives the new "
                "answer when it counts time that way.</p>"))
        w(f"<h3>{t('Gammelt svar → nyt svar', 'Old answer → new answer')}</h3>")
        trans = transitions(r)
        w(_bars([(f"{a} → {b}", c, thousands(c)) for a, b, c in trans[:TOP_TRANSITIONS]], r.changed))
        if len(trans) > TOP_TRANSITIONS:
            rest = sum(c for _, _, c in trans[TOP_TRANSITIONS:])
            w('<p class="meta">' + t(f"Øvrige {len(trans) - TOP_TRANSITIONS} overgange: {thousands(rest)} borgere.",
                                     f"Other {len(trans) - TOP_TRANSITIONS} transitions: {thousands(rest)} citizens.")
              + "</p>")
        w(f"<h3>{t('Efter målgruppe', 'By target group')}</h3>")
        w(f'<table><thead><tr><th>{t("gammel målgruppe", "old target group")}</th>'
          f'<th>{t("ny målgruppe", "new target group")}</th><th class="n">{t("ændrede", "changed")}</th>'
          f'<th class="n">{t("borgere", "citizens")}</th><th class="n">{t("andel", "share")}</th></tr></thead><tbody>')
        for a, b, c, total in group_rows(r, report.groups):
            w(f'<tr><td>{_e(a)}</td><td>{_e(b)}</td><td class="n">{thousands(c)}</td>'
              f'<td class="n">{thousands(total)}</td><td class="n">{percent(c, total)}</td></tr>')
        w("</tbody></table>")
        if r.examples:
            w(f"<h3>{t('Eksempler', 'Examples')}</h3>")
            for ex in r.examples:
                w(f"<details><summary>{t('Borger', 'Citizen')} {ex.row} ({_e(ex.old_groups)} → {_e(ex.new_groups)}): "
                  f"{_e(outcome_text(ex.old, r.kind))} → {_e(outcome_text(ex.new, r.kind))}</summary>")
                facts = "".join(f"<div>{_e(k)} = {_e(json.dumps(v, ensure_ascii=False))}</div>"
                                for k, v in ex.facts.items())
                w(f'<div class="fakta">{facts}</div>')
                if ex.judgments:
                    given = ", ".join(f"{_e(k)}: {_e(_given(v))}" for k, v in ex.judgments.items())
                    w(f'<p class="meta">{t("Skøn", "Judgments")}: {given}</p>')
                w("</details>")

    notes = []
    if report.only_old:
        notes.append(t("Kun i den gamle version: ", "Only in the old version: ") + ", ".join(report.only_old))
    if report.only_new:
        notes.append(t("Kun i den nye version: ", "Only in the new version: ") + ", ".join(report.only_new))
    notes += [t(f"{a} er ikke sammenlignet: {b}", f"{a} is not compared: {b}") for a, b in report.not_compared]
    if notes:
        w(f"<h2>{t('Ikke sammenlignet', 'Not compared')}</h2><ul>")
        for note in notes:
            w(f"<li>{_e(note)}</li>")
        w("</ul>")
    w(f'<p class="meta">{t("Lavet med", "Made with")} <code>lov impact</code>.</p>')
    return page(title, out)
