"""`lov diff` and `lov stats` as plain text for the terminal."""

from __future__ import annotations

from compiler.diff import metrics as mx
from compiler.diff import words as w
from compiler.diff.behaviour import Answer, Behaviour
from compiler.diff.redline import inline, redline
from compiler.diff.report import DiffReport, MetricRow, only_in

INDENT = "  "


def _metric_table(rows: list[MetricRow]) -> list[str]:
    width = max([len(r.label) + len(r.key) + 3 for r in rows] + [8])
    lines = [f"{INDENT}{'':<{width}}  {'gammel':>7} {'ny':>7} {'ændring':>8}"]
    for r in rows:
        name = f"{r.label} ({r.key})"
        lines.append(f"{INDENT}{name:<{width}}  {w.count(r.old):>7} {w.count(r.new):>7} {w.signed(r.change):>8}")
    return lines


def render_diff(report: DiffReport) -> str:
    old, new = report.old, report.new
    lines = [
        f"lov diff: {old.file} → {new.file}",
        f"{INDENT}gammel: {w.side_name(old.title, old.version, old.file)}",
        f"{INDENT}ny:     {w.side_name(new.title, new.version, new.file)}",
    ]
    for side, name in ((old, "gamle"), (new, "nye")):
        if side.errors:
            lines.append(f"{INDENT}bemærk: den {name} version har {side.errors} fejl; tallene bygger på det, der kunne læses")
    if report.is_empty:
        lines += ["", "Ingen forskelle."]
        return "\n".join(lines) + "\n"

    lines += ["", "Nøgletal"]
    rows = [r for r in report.metrics if not r.key.startswith("variations.")]
    lines += _metric_table(rows)

    lines += ["", "Variationer pr. resultat i begge versioner, hvor de er ændret (gammel → ny)"]
    changed = [v for v in report.variations if v.noteworthy]
    if not changed:
        lines.append(f"{INDENT}ingen ændringer")
    for v in changed:
        assert v.old is not None and v.new is not None
        mark = "" if v.old.count == v.new.count else f"  ({w.signed(v.new.count - v.old.count)})"
        lines.append(f"{INDENT}{v.result}: {v.old.count} → {v.new.count}{mark}")
        if v.new.deviating:
            lines.append(f"{INDENT * 2}afviger fra {v.new.baseline}: {', '.join(v.new.deviating)}")
    for which, name in (("old", "gamle"), ("new", "nye")):
        only = [(v.result, v.old or v.new) for v in only_in(report, which)]
        if only:
            listed = ", ".join(f"{result} ({v.count})" for result, v in only if v is not None)
            lines.append(f"{INDENT}kun i den {name} version: {listed}")

    lines += ["", "Struktur"]
    s = report.structure
    if s.is_empty:
        lines.append(f"{INDENT}ingen ændringer i teksten")
    for f in s.header:
        lines.append(f"{INDENT}{f.field}: {f.old or '–'} → {f.new or '–'}")
    for sec in s.sections:
        lines.append(f"{INDENT}{w.section_heading(sec)}")
        if sec.title_changed:
            lines.append(f"{INDENT * 2}overskrift: {sec.old_title or '–'} → {sec.new_title or '–'}")
        for mark, body in (("-", sec.old_text), ("+", sec.new_text)):
            if sec.change in ("added", "removed") and body:
                lines += [f"{INDENT * 2}{mark} {ln}" for ln in body.split("\n")]
        for stk in sec.stks:
            lines.append(f"{INDENT * 2}{w.stk_heading(stk)}:")
            text = inline(redline(stk.old_text or "", stk.new_text or ""))
            lines += [f"{INDENT * 3}{ln}" for ln in text.split("\n")]
    for d in s.declarations:
        lines.append(f"{INDENT}{w.SIGN[d.change]} {d.kind} {d.name} {w.CHANGE[d.change]}")
        for f in d.fields:
            lines.append(f"{INDENT * 2}{f.field}: {f.old or '–'} → {f.new or '–'}")

    if report.behaviour is not None:
        lines += [""] + _behaviour(report.behaviour)  # type: ignore[arg-type]
    return "\n".join(lines) + "\n"


def _answer(a: Answer) -> str:
    rules = f" ({', '.join(a.rules)})" if a.rules else ""
    return f"{a.text}{rules}"


def _behaviour(b: Behaviour) -> list[str]:
    if b.unavailable:
        return ["Adfærd", f"{INDENT}ikke beregnet: {b.unavailable}"]
    lines = [
        f"Adfærd ({b.citizens} borgere: {b.cases} fra testsager, {b.population} genererede med seed {b.seed})"
    ]
    differing = [r for r in b.results if r.differing]
    if not b.results:
        lines.append(f"{INDENT}ingen resultater findes i begge versioner")
    elif not differing:
        lines.append(f"{INDENT}alle {len(b.results)} fælles resultater giver samme svar for alle borgere")
    for r in differing:
        lines.append(f"{INDENT}{r.result}: {r.differing} af {r.evaluated} borgere får et andet svar")
        for e in r.examples:
            lines.append(f"{INDENT * 2}{e.citizen}: {_answer(e.old)} → {_answer(e.new)}")
            facts = ", ".join(f"{k} = {v}" for k, v in e.facts)
            if facts:
                lines.append(f"{INDENT * 3}{facts}")
    return lines


def render_stats(metrics: mx.Metrics) -> str:
    lines = [f"lov stats: {metrics.file}", f"{INDENT}{w.side_name(metrics.title, metrics.version, metrics.file)}", ""]
    rows = [k for k in mx.keys_of(metrics) if not k.startswith("variations.")]
    width = max(len(mx.label(k)) + len(k) + 3 for k in rows)
    for k in rows:
        lines.append(f"{INDENT}{mx.label(k) + ' (' + k + ')':<{width}}  {metrics.values.get(k, 0):>6}")
    lines += ["", "Variationer pr. resultat"]
    for v in metrics.variations:
        lines.append(f"{INDENT}{v.result}: {v.count}")
        if v.deviating:
            lines.append(f"{INDENT * 2}afviger fra {v.baseline}: {', '.join(v.deviating)}")
    return "\n".join(lines) + "\n"
