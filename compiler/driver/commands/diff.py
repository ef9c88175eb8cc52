"""`lov diff OLD.lov NEW.lov` and `lov stats LAW.lov`: thin shells over compiler.diff.

Exit codes: 0 a report was written; 1 `--fail-on-increase` named a metric that grew;
2 usage or input/output problems (unreadable file, unknown metric name).
"""

from __future__ import annotations

import gc
import re
import sys

import click

from compiler.diff import behaviour as bh
from compiler.diff import metrics as mx
from compiler.diff.render import html as html_report
from compiler.diff.render import json as json_report
from compiler.diff.render import markdown as markdown_report
from compiler.diff.render import text as text_report
from compiler.diff.report import build, increased, metrics_of
from compiler.driver.bilingual import command, option
from compiler.driver.common import (
    MAX_DIFF_POPULATION,
    config_or_exit,
    fail_input,
    population_option,
    say,
    seed_option,
    sprog_option,
    write_output,
)
from compiler.pipeline import Analysis, analyse_file
from dsl.config import Config
from dsl.language import t
from dsl.render import render_text
from dsl.sources import InputError

FORMATS = ("text", "markdown", "json", "html")


def _analyse(path: str, config: Config) -> Analysis:
    """Analyse one file as `lov check` does; an unreadable or undecodable file exits 2."""
    try:
        analysis = analyse_file(path, config)
    except InputError as error:
        fail_input(error.diagnostic.message())
    if analysis.law is None:
        say(render_text(analysis.diagnostics, {path: analysis.text}), err=True, nl=False)
        fail_input(t(f"kan ikke sammenligne {path}", f"cannot compare {path}"))
    return analysis


def _metric_names(values: tuple[str, ...]) -> tuple[str, ...]:
    """`--fail-on-increase a,b --fail-on-increase c` → (a, b, c), in order, without repeats."""
    names: list[str] = []
    for value in values:
        for name in re.split(r"[,\s]+", value.strip()):
            if name and name not in names:
                names.append(name)
    return tuple(names)


def _unknown_metrics(names: tuple[str, ...], *sides) -> None:  # type: ignore[no-untyped-def]
    unknown = [n for n in names if not mx.valid_key(n, *sides)]
    if unknown:
        valid = ", ".join(mx.FIXED_KEYS)
        results = sorted({k for s in sides for k in s.values if k.startswith("variations.")})
        example = t(f" (fx {results[0]})", f" (e.g. {results[0]})") if results else ""
        fail_input(t(
            f"ukendt nøgletal: {', '.join(unknown)}. Gyldige navne: {valid}; "
            f"periods.<enhed> (enhed: {', '.join(mx.UNIT_ORDER)}); findings.<kode> (fx findings.U001); "
            f"variations.<resultat>{example}",
            f"unknown metric: {', '.join(unknown)}. Valid names: {valid}; "
            f"periods.<unit> (unit: {', '.join(mx.UNIT_ORDER)}); findings.<code> (e.g. findings.U001); "
            f"variations.<result>{example}",
        ))


@command("diff", 'Compare two versions of a law: text, rules, target groups, variations and behaviour.')
@click.argument("old", type=click.Path(dir_okay=False), metavar="GAMMEL.lov")
@click.argument("new", type=click.Path(dir_okay=False), metavar="NY.lov")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Skriv rapporten til en fil.",
        en='Write the report to a file.')
@population_option("--population", default=1000, minimum=0, maximum=MAX_DIFF_POPULATION,
                   help="Antal genererede borgere, som begge versioner evalueres på ud over testsagerne "
                        "(0: kun testsagerne).",
                   en="Number of generated citizens both versions are evaluated on besides the testsags (0: the "
                      "testsags only).")
@seed_option("Frø for den genererede population.", 'Seed of the generated population.')
@option("--fail-on-increase", "fail_on", multiple=True, metavar="NØGLETAL",
        help="Exit 1, hvis nøgletallet vokser (kan gentages eller kommasepareres), "
             "fx target_groups,periods_other.",
        en='Exit 1 if the metric grows (may be repeated or comma-separated), e.g. target_groups,periods_other.')
@sprog_option
def diff_command(old: str, new: str, fmt: str, output: str | None, population: int, seed: int,
                 fail_on: tuple[str, ...]) -> None:
    """Sammenlign to versioner af en lov: tekst, regler, målgrupper, variationer og adfærd."""
    names = _metric_names(fail_on)
    config = config_or_exit()
    a, b = _analyse(old, config), _analyse(new, config)
    gc.freeze()  # both laws live to the end: the collector need not scan them again and again
    _unknown_metrics(names, metrics_of(a), metrics_of(b))
    behaviour = bh.run(a.law, b.law, population, seed)
    report = build(a, b, behaviour)
    grew = increased(report, names)
    if fmt == "json":
        text = json_report.render_diff(report, names, tuple(r.key for r in grew))
    elif fmt == "markdown":
        text = markdown_report.render_diff(report)
    elif fmt == "html":
        text = html_report.render_diff(report)
    else:
        text = text_report.render_diff(report)
    write_output(text, output, plain_text=fmt == "text")
    if grew:
        for row in grew:
            say(t(f"lov diff: {row.label} ({row.key}) er vokset fra {row.old or 0} til {row.new or 0}",
                  f"lov diff: {row.label} ({row.key}) grew from {row.old or 0} to {row.new or 0}"), err=True)
        sys.exit(1)
    sys.exit(0)


@command("stats", 'Metrics of one version of a law: §§, rules, target groups, variations, periods, judgments.')
@click.argument("law", type=click.Path(dir_okay=False), metavar="LOV.lov")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Skriv resultatet til en fil.",
        en='Write the result to a file.')
@sprog_option
def stats_command(law: str, fmt: str, output: str | None) -> None:
    """Nøgletal for én version af en lov: §§, regler, målgrupper, variationer, perioder, skøn."""
    analysis = _analyse(law, config_or_exit())
    metrics = metrics_of(analysis)
    if fmt == "json":
        assert analysis.law is not None
        text = json_report.render_stats(metrics, analysis.law.sha256)
    elif fmt == "markdown":
        text = markdown_report.render_stats(metrics, analysis.unread)
    elif fmt == "html":
        text = html_report.render_stats(metrics, analysis.unread)
    else:
        text = text_report.render_stats(metrics, analysis.unread)
    write_output(text, output, plain_text=fmt == "text")
    sys.exit(0)
