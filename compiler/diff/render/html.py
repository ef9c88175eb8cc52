"""`lov diff` and `lov stats` as one self-contained HTML file a drafter can read and print.

No external assets: the style sheet is inline, the chart of variations per result (old
vs. new) is inline SVG, and there is no script. Every text from the law files is
escaped. The page has stable ids for tools and tests: ``metrics`` (the metrics
table), ``variations-chart`` (the SVG), ``variations`` (the table behind the chart),
``behaviour`` and ``redline``.
"""

from __future__ import annotations

from compiler.diff import metrics as mx
from compiler.diff import words as w
from compiler.diff.behaviour import Answer, Behaviour
from compiler.diff.redline import redline
from compiler.diff.report import DiffReport
from compiler.diff.structure import SectionChange
from compiler.report import errors_note, side_name
from compiler.report.html import escape, label_width, page
from dsl.language import t

def _e(text: object) -> str:
    return escape(text)


def named(name: str, description: str | None) -> str:
    """A result as people read it: its description, with its name beside it."""
    return f"{description} ({name})" if description else name


def _redline_html(old: str, new: str) -> str:
    parts = []
    for op, text in redline(old, new):
        shown = _e(text)
        parts.append(shown if op == "=" else (f"<del>{shown}</del>" if op == "-" else f"<ins>{shown}</ins>"))
    return "".join(parts)


def chart(rows: list[tuple[str, int | None, int | None]], single: bool = False,
          labels: dict[str, str] | None = None) -> str:
    """A horizontal bar chart (inline SVG): per result, its variations old (grey) and new
    (blue); ``single`` draws only the new bars (one version, for `lov stats`); ``labels``: what
    to write for a result (its description and name), each whole on its own line above its
    bars, so that none is cut off or shrunk."""
    labels = labels or {}
    bar_w, top = 560, 28
    row_h = 34 if single else 48
    most = max([max(a or 0, b or 0) for _, a, b in rows] + [1])
    height = top + row_h * len(rows) + 10
    width = max(label_width(labels.get(name, name) for name, _, _ in rows), bar_w + 60)
    out = [
        f'<svg id="variations-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-label="{t("Variationer pr. resultat, gammel og ny", "Variations per result, old and new")}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">',
    ]
    if not single:
        out.append(
            f'<rect x="0" y="6" width="12" height="12" fill="#8a8f98"/><text x="18" y="16">{t("gammel", "old")}</text>'
            f'<rect x="90" y="6" width="12" height="12" fill="#1f5fbf"/><text x="108" y="16">{t("ny", "new")}</text>'
        )
    for i, (name, a, b) in enumerate(rows):
        y = top + i * row_h
        out.append(f'<g class="bar" data-result="{_e(name)}">')
        out.append(f'<text x="2" y="{y + 12}">{_e(labels.get(name, name))}</text>')
        bars = [(b, "#1f5fbf")] if single else [(a, "#8a8f98"), (b, "#1f5fbf")]
        for j, (value, colour) in enumerate(bars):
            by = y + 16 + j * 14
            length = 0 if value is None else max(2, round(bar_w * value / most))
            out.append(f'<rect x="0" y="{by}" width="{length}" height="12" fill="{colour}"/>')
            out.append(f'<text x="{length + 5}" y="{by + 10}">{w.count(value)}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _section_html(s: SectionChange) -> list[str]:
    out = ['<div class="section">', f"<h3>{_e(w.section_heading(s))}</h3>"]
    if s.title_changed:
        out.append(f'<p>{t("Overskrift", "Heading")}: <span class="law">{_redline_html(s.old_title or "", s.new_title or "")}</span></p>')
    if s.change in ("added", "removed"):
        out.append(f'<div class="law">{_redline_html(s.old_text or "", s.new_text or "")}</div>')
    for stk in s.stks:
        out.append(f"<p>{_e(w.stk_heading(stk))}</p>")
        out.append(f'<div class="law">{_redline_html(stk.old_text or "", stk.new_text or "")}</div>')
    out.append("</div>")
    return out


def _answer(a: Answer) -> str:
    rules = f" <small>({_e(', '.join(a.rules))})</small>" if a.rules else ""
    return f"{_e(a.text)}{rules}"


def _behaviour(b: Behaviour) -> list[str]:
    out = [f'<h2 id="behaviour">{t("Adfærd", "Behaviour")}</h2>']
    if b.unavailable:
        return out + [f"<p>{t('Ikke beregnet', 'Not computed')}: {_e(b.unavailable)}</p>"]
    out.append("<p>" + t(
        f"{b.citizens} borgere: {b.cases} fra testsagerne og {b.population} genererede (seed {b.seed}). "
        "For hvert resultat i begge versioner: hvor mange får et andet svar, med op til tre eksempler og "
        "de §§, der afgjorde svaret.",
        f"{b.citizens} citizens: {b.cases} from the testsags and {b.population} generated (seed {b.seed}). "
        "For each result in both versions: how many get a different answer, with up to three examples and "
        "the §§ that decided the answer.") + "</p>")
    differing = [r for r in b.results if r.differing]
    if not b.results:
        return out + [f"<p>{t('Ingen resultater findes i begge versioner.', 'No results exist in both versions.')}</p>"]
    if not differing:
        return out + ["<p>" + t(f"Alle {len(b.results)} fælles resultater giver samme svar for alle borgere.",
                                f"All {len(b.results)} shared results give the same answer for every citizen.") + "</p>"]
    out.append(f'<table><thead><tr><th>{t("resultat", "result")}</th><th class="n">{t("andet svar", "different answer")}'
               f'</th><th>{t("borger", "citizen")}</th><th>{t("gammel", "old")}</th><th>{t("ny", "new")}</th></tr>'
               "</thead><tbody>")
    for r in differing:
        examples = r.examples  # never empty: the first citizen with another answer is one
        for i, e in enumerate(examples):
            head = (
                f'<td rowspan="{len(examples)}"><code>{_e(r.result)}</code></td>'
                f'<td class="n" rowspan="{len(examples)}">{r.differing} {t("af", "of")} {r.evaluated}</td>'
                if i == 0 else ""
            )
            facts = ", ".join(f"{k} = {v}" for k, v in e.facts)
            out.append(
                f"<tr>{head}<td>{_e(e.citizen)}<br><small>{_e(facts)}</small></td>"
                f"<td>{_answer(e.old)}</td><td>{_answer(e.new)}</td></tr>"
            )
    out.append("</tbody></table>")
    return out


def render_diff(report: DiffReport) -> str:
    old, new = report.old, report.new
    body = [
        f"<h1>{t('Ændringer', 'Changes')}: {_e(side_name(old.title, old.version, old.file))} → "
        f"{_e(side_name(new.title, new.version, new.file))}</h1>",
        f'<p class="sub"><code>{_e(old.file)}</code> → <code>{_e(new.file)}</code></p>',
    ]
    body += [f'<p class="note">{_e(note)}</p>' for note in report.notes()]
    if report.is_empty:
        body.append(f"<p>{t('Ingen forskelle.', 'No differences.')}</p>")
    body.append(f'<h2>{t("Nøgletal", "Metrics")}</h2>')
    body.append(f'<table id="metrics"><thead><tr><th>{t("nøgletal", "metric")}</th><th>{t("nøgle", "key")}</th>'
                f'<th class="n">{t("gammel", "old")}</th><th class="n">{t("ny", "new")}</th>'
                f'<th class="n">{t("ændring", "change")}</th></tr></thead><tbody>')
    for r in report.metrics:
        if r.key.startswith("variations."):
            continue
        way = r.change * mx.better(r.key)
        cls = "better" if way > 0 else "worse" if way < 0 else "same"
        body.append(
            f'<tr class="{cls}" data-key="{_e(r.key)}"><td>{_e(r.label)}</td><td><code>{_e(r.key)}</code></td>'
            f'<td class="n">{w.count(r.old)}</td><td class="n">{w.count(r.new)}</td>'
            f'<td class="n c">{w.signed(r.change)}</td></tr>'
        )
    body.append("</tbody></table>")

    body.append(f"<h2>{t('Variationer pr. resultat', 'Variations per result')}</h2>")
    body.append("<p>" + t("Hvor mange forskellige svar eller betingelser loven giver for resultatet på tværs af "
                          "målgrupperne (som »Antal variationer« i bilag 5.2 og 5.3).",
                          "How many different answers or conditions the law gives for the result across the "
                          "target groups (as »Antal variationer«, number of variations, in appendices 5.2 and 5.3).")
                + "</p>")
    rows = [(v.result, v.old.count if v.old else None, v.new.count if v.new else None) for v in report.variations]
    body.append(chart(rows, labels=_descriptions(report)))
    body.append(f'<table id="variations"><thead><tr><th>{t("resultat", "result")}</th><th class="n">{t("gammel", "old")}'
                f'</th><th class="n">{t("ny", "new")}</th>'
                f"<th>{t('afvigende målgrupper (ny)', 'deviating target groups (new)')}</th></tr></thead><tbody>")
    for v in report.variations:
        a = v.old.count if v.old else None
        b = v.new.count if v.new else None
        dev = ", ".join(v.new.deviating) if v.new else ""
        description = (v.new or v.old).description  # type: ignore[union-attr]
        body.append(f"<tr><td>{_e(description or '')} <code>{_e(v.result)}</code></td><td class=\"n\">{w.count(a)}</td>"
                    f"<td class=\"n\">{w.count(b)}</td><td>{_e(dev)}</td></tr>")
    body.append("</tbody></table>")

    if report.behaviour is not None:
        body += _behaviour(report.behaviour)  # type: ignore[arg-type]

    s = report.structure
    body.append(f'<h2 id="redline">{t("Tekstændringer", "Changes to the text")}</h2>')
    if s.is_empty:
        body.append(f"<p>{t('Ingen ændringer i teksten.', 'No changes to the text.')}</p>")
    for f in s.header:
        body.append(f'<p>{_e(f.field)}: <span class="law">{_redline_html(f.old or "", f.new or "")}</span></p>')
    for sec in s.sections:
        body += _section_html(sec)
    if s.declarations:
        body.append(f"<h3>{t('Erklæringer', 'Declarations')}</h3>")
    for d in s.declarations:
        body.append(f"<p>{_e(w.change(d.change))} {_e(d.kind)} <code>{_e(d.name)}</code></p>")
        body.append(f'<div class="law">{_redline_html(d.old_text or "", d.new_text or "")}</div>')
    return page(f"lov diff: {old.file} → {new.file}", body)


def _descriptions(report: DiffReport) -> dict[str, str]:
    return {v.result: named(v.result, (v.new or v.old).description)  # type: ignore[union-attr]
            for v in report.variations}


def render_stats(metrics: mx.Metrics, unread: int = 0) -> str:
    note = errors_note(unread)
    body = [
        f"<h1>{t('Nøgletal', 'Metrics')}: {_e(side_name(metrics.title, metrics.version, metrics.file))}</h1>",
        f'<p class="sub"><code>{_e(metrics.file)}</code></p>',
        *([f'<p class="note">{_e(note)}</p>'] if note else []),
        f'<table id="metrics"><thead><tr><th>{t("nøgletal", "metric")}</th><th>{t("nøgle", "key")}</th>'
        f'<th class="n">{t("værdi", "value")}</th></tr></thead><tbody>',
    ]
    for k in mx.keys_of(metrics):
        if not k.startswith("variations."):
            body.append(f'<tr data-key="{_e(k)}"><td>{_e(mx.label(k))}</td><td><code>{_e(k)}</code></td>'
                        f'<td class="n">{metrics.values.get(k, 0)}</td></tr>')
    body.append("</tbody></table>")
    body.append(f"<h2>{t('Variationer pr. resultat', 'Variations per result')}</h2>")
    body.append(chart([(v.result, None, v.count) for v in metrics.variations], single=True,
                      labels={v.result: named(v.result, v.description) for v in metrics.variations}))
    return page(f"lov stats: {metrics.file}", body)
