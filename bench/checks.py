"""The checks' cost: each registered check on a synthetic law with prose, the plain-text
scanner (`lov check --tekst`) on the seed documents, and the solver's checks (K002-K008) on
lab-2017 and on the synthetic law of 5,000 §§.

    python -m bench.checks [--sections 2000] [--solver-sections 5000]

Prints seconds per check and its share of parse + resolve, the scanner's throughput in
characters and lines per second, and for the solver the time, the number of questions put and
the slowest of them (goals: lab-2017 within 2 s, 5,000 §§ within 30 s). Nothing here is
asserted; compare runs by the figures.
"""

from __future__ import annotations

import argparse

import time

from bench.common import ROOT, best_of, bundled_law, synthetic_law
from compiler.checks import CHECKS, CheckContext
from compiler.checks.textscan import find_periods
from compiler.prove import Stats, prove
from dsl.config import Config
from dsl.parser import parse
from dsl.resolver import resolve

PROSE = (
    '§ {n} "Tekst {n}"\n'
    '    stk. 1. "Tilbud gives senest efter 6 mdr. sammenlagt ledighed til unge under 30 år, der er '
    'fyldt 25 år, og samtaler holdes mindst hver 4. uge, jf. § 2."\n'
    '    stk. 2. "Indkaldelse sendes digitalt; borgeren kan fritages efter reglerne for digital post."\n\n'
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sections", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--solver-sections", type=int, default=5000)
    args = ap.parse_args()
    base = synthetic_law(args.sections)
    text = base + "".join(PROSE.format(n=args.sections + 1 + i) for i in range(args.sections))
    lines = text.count("\n")
    parsed = parse(text, "bench.lov")
    front = best_of(args.repeat, lambda: resolve(parse(text, "bench.lov").law, text))
    resolved = resolve(parsed.law, text)
    ctx = CheckContext(resolved.law, parsed.law, text, Config())
    print(f"synthetic law: {args.sections} rule §§ + {args.sections} prose §§, {lines} lines")
    print(f"{'stage':<40} {'seconds':>9} {'vs parse+resolve':>18}")
    print(f"{'parse + resolve':<40} {front:>9.3f} {1:>17.2f}×")
    total = 0.0
    for check in CHECKS:
        seconds = best_of(args.repeat, lambda: list(check(ctx)))
        total += seconds
        print(f"{check.__module__.split('.')[-1] + '.' + check.__name__:<40} {seconds:>9.3f} {seconds / front:>17.2f}×")
    print(f"{'all checks':<40} {total:>9.3f} {total / front:>17.2f}×")

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if seeds:
        corpus = "\n".join(p.read_text(encoding="utf-8") for p in seeds)
        seconds = best_of(args.repeat, lambda: find_periods(corpus))
        found = len(find_periods(corpus))
        print(
            f"\ntext scanner on the seeds: {len(corpus):,} chars, {corpus.count(chr(10)):,} lines, "
            f"{found} periods in {seconds:.3f} s = {len(corpus) / seconds:,.0f} chars/s, "
            f"{corpus.count(chr(10)) / seconds:,.0f} lines/s"
        )

    print(f"\n{'solver (K002-K008)':<28} {'seconds':>9} {'questions':>10} {'goal':>6}  slowest question")
    big = resolve(parse(synthetic_law(args.solver_sections), "bench.lov").law, synthetic_law(args.solver_sections)).law
    for name, law, goal in (("lab-2017.lov", bundled_law("lab-2017.lov"), 2.0),
                            (f"synthetic, {args.solver_sections} §§", big, 30.0)):
        stats = Stats()
        t0 = time.perf_counter()
        found = prove(law, stats=stats)
        seconds = time.perf_counter() - t0
        slow_s, slow_q = stats.slowest
        print(f"{name:<28} {seconds:>9.2f} {stats.queries:>10,} {goal:>5.0f}s  {slow_s * 1000:.1f} ms: {slow_q} "
              f"({len(found)} findings)")


if __name__ == "__main__":
    main()
