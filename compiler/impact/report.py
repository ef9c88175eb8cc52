"""The impact report: one data model, rendered as JSON (versioned) and as Danish text.

The HTML page (:mod:`compiler.impact.render.html`) renders the same data. Output is
deterministic: the same laws and population give byte-identical reports (no timings, no
dates; every list in a fixed order).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Mapping, Sequence

import attrs

from compiler.evaluate import prelude
from compiler.impact.compare import Partial, ResultImpact
from compiler.impact.counting import Counting
from compiler.report import side_name
from dsl import model as m
from dsl.kinds import OutcomeKind
from dsl.language import t

SCHEMA = "lov-impact/2"
TOP_TRANSITIONS = 10


@attrs.frozen
class LawInfo:
    file: str
    title: str | None
    version: str | None
    sha256: str
    #: Descriptions of the results and titles of the target groups, for the page people read.
    descriptions: Mapping[str, str] = attrs.field(factory=dict, eq=False)
    group_titles: Mapping[str, str] = attrs.field(factory=dict, eq=False)

    @classmethod
    def of(cls, law: m.Law) -> LawInfo:
        return cls(law.file, law.title, law.version, law.sha256,
                   {r.name: r.description for r in law.results.values() if r.description},
                   {g.name: g.title for g in law.groups.values() if g.title})

    def data(self) -> dict[str, object]:
        return {"file": self.file, "title": self.title, "version": self.version, "sha256": self.sha256}


@attrs.frozen
class Report:
    """Who gets a different answer under the new version, per result."""

    old: LawInfo
    new: LawInfo
    population: Mapping[str, object]
    n: int
    results: tuple[ResultImpact, ...]
    groups: Counter[tuple[str, str]]
    only_old: tuple[str, ...] = ()
    only_new: tuple[str, ...] = ()
    not_compared: tuple[tuple[str, str], ...] = ()
    #: How each version counts time on a history both count differently (as written), if so.
    counting_old: tuple[str, ...] = ()
    counting_new: tuple[str, ...] = ()

    @classmethod
    def build(cls, old: m.Law, new: m.Law, population: Mapping[str, object], total: Partial,
              order: Sequence[str], not_compared: Sequence[tuple[str, str]] = (),
              counting: Counting | None = None) -> Report:
        return cls(
            LawInfo.of(old), LawInfo.of(new), dict(population), total.n,
            tuple(total.results[name] for name in order), total.groups,
            tuple(r for r in old.results if r not in new.results),
            tuple(r for r in new.results if r not in old.results),
            tuple(not_compared),
            counting.old if counting else (), counting.new if counting else (),
        )


def thousands(n: int) -> str:
    """1060000 → `1.060.000` (Danish digit grouping; `1,060,000` in English)."""
    return t(f"{n:,}".replace(",", "."), f"{n:,}")


def percent(k: int, n: int) -> str:
    """`14,8 %` (one decimal; `0 %` exactly when nothing changed; `14.8%` in English)."""
    if k == 0 or n == 0:
        return t("0 %", "0%")
    return t(f"{100 * k / n:.1f} %".replace(".", ","), f"{100 * k / n:.1f}%")


def transitions(impact: ResultImpact) -> list[tuple[str, str, int]]:
    """(from, to, count), most frequent first, ties by text."""
    return sorted(((a, b, c) for (a, b), c in impact.transitions.items()), key=lambda t: (-t[2], t[0], t[1]))


def group_rows(impact: ResultImpact, totals: Counter[tuple[str, str]]) -> list[tuple[str, str, int, int]]:
    """(old groups, new groups, changed, citizens) for every pair with a change, largest first."""
    rows = [(a, b, c, totals[(a, b)]) for (a, b), c in impact.by_groups.items()]
    return sorted(rows, key=lambda r: (-r[2], -r[3], r[0], r[1]))


# ---- JSON ----------------------------------------------------------------------------------


def report_data(report: Report) -> dict[str, object]:
    """The report as JSON-able data (schema :data:`SCHEMA`, documented in compiler/impact/SCHEMA.md)."""
    return {
        "schema": SCHEMA,
        "old": report.old.data(),
        "new": report.new.data(),
        "population": dict(report.population),
        "citizens": report.n,
        "groups": [
            {"old": a, "new": b, "citizens": c}
            for (a, b), c in sorted(report.groups.items(), key=lambda t: (-t[1], t[0]))
        ],
        "results": [
            {
                "result": r.name,
                "type": r.kind,
                "changed": r.changed,
                "changed_by_counting": r.by_counting if report.counting_new else None,
                "share": round(r.changed / report.n, 6) if report.n else 0.0,
                "outcomes_old": dict(sorted(r.kinds_old.items())),
                "outcomes_new": dict(sorted(r.kinds_new.items())),
                "transitions": [{"from": a, "to": b, "count": c} for a, b, c in transitions(r)],
                "groups": [
                    {"old": a, "new": b, "changed": c, "citizens": t} for a, b, c, t in group_rows(r, report.groups)
                ],
                "examples": [
                    {"row": e.row, "groups_old": e.old_groups, "groups_new": e.new_groups,
                     "old": dict(e.old), "new": dict(e.new), "facts": dict(e.facts), "judgments": dict(e.judgments)}
                    for e in r.examples
                ],
            }
            for r in report.results
        ],
        "only_old": list(report.only_old),
        "only_new": list(report.only_new),
        "not_compared": [{"result": a, "reason": b} for a, b in report.not_compared],
        "counting": {"old": list(report.counting_old), "new": list(report.counting_new)} if report.counting_new else None,
    }


def render_json(report: Report) -> str:
    return json.dumps(report_data(report), ensure_ascii=False, indent=2) + "\n"


# ---- text ----------------------------------------------------------------------------------


def outcome_text(data: Mapping[str, Any], kind: str) -> str:
    """An example's outcome (as in the JSON) in one line."""
    art = str(data["art"])
    value = data.get("værdi")
    if art == OutcomeKind.VALUE:
        rules = data.get("regler") or []
        return f"{data.get('tekst', value)}" + (f" ({', '.join(rules)})" if rules else "")
    return prelude._udfald_tekst(art, kind, None, tuple(data.get("regler") or ()), data.get("skøn"), data.get("mangler"))


def population_text(population: Mapping[str, object], n: int) -> str:
    if population.get("source") == "file":
        return t(f"{thousands(n)} borgere fra {population.get('file')}", f"{thousands(n)} citizens from {population.get('file')}")
    text = t(f"{thousands(n)} syntetiske borgere (seed {population.get('seed')}; trukket efter situation",
             f"{thousands(n)} synthetic citizens (seed {population.get('seed')}; drawn by situation")
    missing = population.get("missing")
    if missing:
        share = percent(int(round(float(str(missing)) * 1000)), 1000)
        text += t(f"; {share} manglende oplysninger", f"; {share} missing facts")
    given = {"tilfældig": ("tilfældigt angivet for halvdelen", "given at random for half"),
             "alle": ("tilfældigt angivet for alle", "given at random for all")}.get(
        str(population.get("judgments")), ("ikke angivet", "not given"))
    return text + t("; skøn ", "; judgments ") + t(*given) + ")"


def render_text(report: Report) -> str:
    out: list[str] = []
    w = out.append
    w(t(f"Konsekvens af ændringen {report.old.file} → {report.new.file}",
        f"Impact of the change {report.old.file} → {report.new.file}"))
    w(t("  gammel: ", "  old:    ") + side_name(report.old.title, report.old.version, report.old.file))
    w(t("  ny:     ", "  new:    ") + side_name(report.new.title, report.new.version, report.new.file))
    w(f"Population: {population_text(report.population, report.n)}")
    if report.counting_new:
        w(t("Tiden tælles forskelligt:", "Time is counted differently:"))
        for label, texts in ((t("gammel", "old"), report.counting_old), (t("ny", "new"), report.counting_new)):
            for i, text in enumerate(texts):
                w(f"  {label + ':' if i == 0 else '':<7} {text}")
    w("")
    width = max([len(r.name) for r in report.results] + [9])
    w(f"{t('resultat', 'result'):<{width}}  {t('ændrede svar', 'changed'):>12}  {t('andel', 'share'):>7}")
    for r in report.results:
        w(f"{r.name:<{width}}  {thousands(r.changed):>12}  {percent(r.changed, report.n):>7}")
    for r in report.results:
        if not r.changed:
            continue
        w("")
        w(t(f"{r.name}: {thousands(r.changed)} af {thousands(report.n)} borgere ({percent(r.changed, report.n)}) "
            "får et andet svar",
            f"{r.name}: {thousands(r.changed)} of {thousands(report.n)} citizens ({percent(r.changed, report.n)}) "
            "get a different answer"))
        if r.by_counting:
            share = f"{thousands(r.by_counting)} ({percent(r.by_counting, r.changed)})"
            w(t(f"  heraf {share}, fordi tiden tælles som i den nye version (den gamle version giver det nye svar, "
                "når den tæller tiden sådan)",
                f"  of them {share} because time is counted as in the new version (the old version gives the new "
                "answer when it counts time that way)"))
        w(t("  gammel → ny:", "  old → new:"))
        rows = transitions(r)
        for a, b, c in rows[:TOP_TRANSITIONS]:
            w(f"    {thousands(c):>10}  {a} → {b}")
        if len(rows) > TOP_TRANSITIONS:
            rest = sum(c for _, _, c in rows[TOP_TRANSITIONS:])
            w(f"    {thousands(rest):>10}  " + t(f"(øvrige {len(rows) - TOP_TRANSITIONS} overgange)",
                                               f"(other {len(rows) - TOP_TRANSITIONS} transitions)"))
        w(t("  efter målgruppe (gammel → ny): ændrede / borgere", "  by target group (old → new): changed / citizens"))
        for a, b, c, total in group_rows(r, report.groups)[:TOP_TRANSITIONS]:
            w(f"    {thousands(c):>10} / {thousands(total):<10} {a} → {b}")
        if r.examples:
            w(t("  eksempler:", "  examples:"))
            for e in r.examples:
                w("    " + t("borger", "citizen") + f" {e.row} ({e.old_groups} → {e.new_groups}): "
                  f"{outcome_text(e.old, r.kind)} → {outcome_text(e.new, r.kind)}")
    notes: list[str] = []
    if report.only_old:
        notes.append(t("Kun i den gamle version (ikke sammenlignet): ", "Only in the old version (not compared): ")
                     + ", ".join(report.only_old))
    if report.only_new:
        notes.append(t("Kun i den nye version (ikke sammenlignet): ", "Only in the new version (not compared): ")
                     + ", ".join(report.only_new))
    for name, reason in report.not_compared:
        notes.append(t(f"{name} er ikke sammenlignet: {reason}", f"{name} is not compared: {reason}"))
    if notes:
        w("")
        out.extend(notes)
    return "\n".join(out) + "\n"
