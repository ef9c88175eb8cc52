"""`lov diff` and `lov stats` as plain text for the terminal."""

from __future__ import annotations

from compiler.diff import metrics as mx
from compiler.diff import words as w
from compiler.diff.behaviour import Answer, Behaviour
from compiler.diff.redline import inline, redline
from compiler.diff.report import DiffReport, MetricRow, only_in
from compiler.report import errors_note, side_name
from dsl.language import t

INDENT = "  "


def _metric_table(rows: list[MetricRow]) -> list[str]:
    width = max([len(r.label) + len(r.key) + 3 for r in rows] + [8])
    lines = [f"{INDENT}{'':<{width}}  {t('gammel', 'old'):>7} {t('ny', 'new'):>7} {t('ændring', 'change'):>8}"]
    for r in rows:
        name = f"{r.label} ({r.key})"
        lines.append(f"{INDENT}{name:<{width}}  {w.count(r.old):>7} {w.count(r.new):>7} {w.signed(r.change):>8}")
    return lines


def render_diff(report: DiffReport) -> str:
    old, new = report.old, report.new
    lines = [
        f"lov diff: {old.file} → {new.file}",
        f"{INDENT}{t('gammel:', 'old:   ')} {side_name(old.title, old.version, old.file)}",
        f"{INDENT}{t('ny:    ', 'new:   ')} {side_name(new.title, new.version, new.file)}",
    ]
    lines += [INDENT + note for note in report.notes()]
    if report.is_empty:
        lines += ["", t("Ingen forskelle.", "No differences.")]
        return "\n".join(lines) + "\n"

    lines += ["", t("Nøgletal", "Metrics")]
    rows = [r for r in report.metrics if not r.key.startswith("variations.")]
    lines += _metric_table(rows)

    lines += ["", t("Variationer pr. resultat i begge versioner, hvor de er ændret (gammel → ny)",
                    "Variations per result in both versions, where they changed (old → new)")]
    changed = [v for v in report.variations if v.noteworthy]
    if not changed:
        lines.append(INDENT + t("ingen ændringer", "no changes"))
    for v in changed:
        assert v.old is not None and v.new is not None
        mark = "" if v.old.count == v.new.count else f"  ({w.signed(v.new.count - v.old.count)})"
        lines.append(f"{INDENT}{v.result}: {v.old.count} → {v.new.count}{mark}")
        if v.new.deviating:
            lines.append(INDENT * 2 + t("afviger fra", "deviates from") + f" {v.new.baseline}: {', '.join(v.new.deviating)}")
    for which, name in (("old", t("gamle", "old")), ("new", t("nye", "new"))):
        only = [(v.result, v.old or v.new) for v in only_in(report, which)]
        if only:
            listed = ", ".join(f"{result} ({v.count})" for result, v in only if v is not None)
            lines.append(INDENT + t(f"kun i den {name} version: {listed}", f"only in the {name} version: {listed}"))

    lines += ["", t("Struktur", "Structure")]
    s = report.structure
    if s.is_empty:
        lines.append(INDENT + t("ingen ændringer i teksten", "no changes to the text"))
    for f in s.header:
        lines.append(f"{INDENT}{f.field}: {f.old or '–'} → {f.new or '–'}")
    for sec in s.sections:
        lines.append(f"{INDENT}{w.section_heading(sec)}")
        if sec.title_changed:
            lines.append(INDENT * 2 + t("overskrift", "heading") + f": {sec.old_title or '–'} → {sec.new_title or '–'}")
        for mark, body in (("-", sec.old_text), ("+", sec.new_text)):
            if sec.change in ("added", "removed") and body:
                lines += [f"{INDENT * 2}{mark} {ln}" for ln in body.split("\n")]
        for stk in sec.stks:
            lines.append(f"{INDENT * 2}{w.stk_heading(stk)}:")
            text = inline(redline(stk.old_text or "", stk.new_text or ""))
            lines += [f"{INDENT * 3}{ln}" for ln in text.split("\n")]
    for d in s.declarations:
        lines.append(f"{INDENT}{w.SIGN[d.change]} {d.kind} {d.name} {w.change(d.change)}")
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
        return [t("Adfærd", "Behaviour"), INDENT + t("ikke beregnet: ", "not computed: ") + b.unavailable]
    lines = [t(f"Adfærd ({b.citizens} borgere: {b.cases} fra testsager, {b.population} genererede med seed {b.seed})",
               f"Behaviour ({b.citizens} citizens: {b.cases} from testsags, {b.population} generated with seed {b.seed})")]
    differing = [r for r in b.results if r.differing]
    if not b.results:
        lines.append(INDENT + t("ingen resultater findes i begge versioner", "no results exist in both versions"))
    elif not differing:
        lines.append(INDENT + t(f"alle {len(b.results)} fælles resultater giver samme svar for alle borgere",
                                f"all {len(b.results)} shared results give the same answer for every citizen"))
    for r in differing:
        lines.append(INDENT + t(f"{r.result}: {r.differing} af {r.evaluated} borgere får et andet svar",
                                f"{r.result}: {r.differing} of {r.evaluated} citizens get a different answer"))
        for e in r.examples:
            lines.append(f"{INDENT * 2}{e.citizen}: {_answer(e.old)} → {_answer(e.new)}")
            facts = ", ".join(f"{k} = {v}" for k, v in e.facts)
            if facts:
                lines.append(f"{INDENT * 3}{facts}")
    return lines


def render_stats(metrics: mx.Metrics, unread: int = 0) -> str:
    lines = [f"lov stats: {metrics.file}", f"{INDENT}{side_name(metrics.title, metrics.version, metrics.file)}"]
    note = errors_note(unread)
    lines += [INDENT + note, ""] if note else [""]
    rows = [k for k in mx.keys_of(metrics) if not k.startswith("variations.")]
    width = max(len(mx.label(k)) + len(k) + 3 for k in rows)
    for k in rows:
        lines.append(f"{INDENT}{mx.label(k) + ' (' + k + ')':<{width}}  {metrics.values.get(k, 0):>6}")
    lines += ["", t("Variationer pr. resultat", "Variations per result")]
    for v in metrics.variations:
        lines.append(f"{INDENT}{v.result}: {v.count}")
        if v.deviating:
            lines.append(INDENT * 2 + t("afviger fra", "deviates from") + f" {v.baseline}: {', '.join(v.deviating)}")
    return "\n".join(lines) + "\n"
