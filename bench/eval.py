"""Evaluation throughput: the generated evaluators against the reference interpreter, per law.

    python -m bench.eval [LAW.lov ...] [--citizens 1060000] [--sample 10000] [--seed 1] [--missing 0]

For every law (default: laws/*.lov) it draws the citizens with `compiler.population.caseload`
(1,060,000 = the head count of the five main target groups in KL's bilag 2.3), compiles the law
with `lov compile`'s code generator and evaluates every result for every citizen with the
generated module, single-threaded, without supplying any caseworker judgment (so rules with
`skøn` give "kræver skøn" unless a target-group rule overrides them). The interpreter is timed on
the first ``--sample`` citizens and its rate extrapolated to all of them (said in the output);
``--sample 0`` runs it on every citizen. The ratio compares the two on those same sampled
citizens (best of a few runs each). Turning the generated dicts into ``Borger`` objects is the
caller's input preparation and is timed separately. Times are CPU time of this process
(`time.process_time`), so that other work on a shared machine does not distort them.

Goals on a 2-core machine: generated ≥ 20× the interpreter, and ≥ 500,000 citizen-results/s.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from bench.common import ROOT, best_of
from compiler.codegen.load import compile_law
from compiler.evaluate.interpreter import evaluate
from compiler.pipeline import load_law
from compiler.population.caseload import BLOCK, Spec


def bench_law(path: Path, citizens: int, sample: int, seed: int, missing: float) -> dict[str, float]:
    law = load_law(str(path))
    module = compile_law(law)
    functions = list(module.RESULTATER.values())
    results = len(functions)
    convert = run = 0.0
    sampled: list[dict] = []  # type: ignore[type-arg]
    want = citizens if sample <= 0 else min(sample, citizens)
    spec = Spec.of([law], citizens, seed, missing=missing)
    for start in range(0, citizens, BLOCK):
        block = spec.rows(start, start + BLOCK).dicts()
        if len(sampled) < want:
            sampled.extend(block[: want - len(sampled)])
        t0 = time.process_time()
        people = [module.borger_fra_dict(c) for c in block]
        t1 = time.process_time()
        for borger in people:
            for fn in functions:
                fn(borger)
        t2 = time.process_time()
        convert += t1 - t0
        run += t2 - t1
    names = list(law.results)
    people = [module.borger_fra_dict(c) for c in sampled]

    def interpreted() -> None:
        for facts in sampled:
            for name in names:
                evaluate(law, name, facts)

    def generated() -> None:
        for borger in people:
            for fn in functions:
                fn(borger)

    # The ratio compares both on the same citizens, each the best of a few runs (a shared
    # machine's noise only ever adds time).
    interp = best_of(2, interpreted, time.process_time)
    sample_gen = best_of(5, generated, time.process_time)
    gen_rate = citizens * results / run
    int_rate = len(sampled) * results / interp
    return {
        "results": results, "gen_seconds": run, "gen_rate": gen_rate, "convert_seconds": convert,
        "int_rate": int_rate, "int_seconds_all": citizens * results / int_rate, "sampled": len(sampled),
        "ratio": interp / sample_gen,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("laws", nargs="*", type=Path)
    parser.add_argument("--citizens", type=int, default=1_060_000)
    parser.add_argument("--sample", type=int, default=10_000, help="borgere til fortolkeren (0 = alle)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--missing", type=float, default=0.0, help="andel manglende oplysninger")
    args = parser.parse_args()
    laws = args.laws or sorted((ROOT / "laws").glob("*.lov"))
    print(f"lov: evaluering af {args.citizens:,} borgere pr. lov, én tråd, Python {platform.python_version()}, "
          f"seed {args.seed}, manglende oplysninger {args.missing:.0%}, ingen skøn angivet, CPU-tid")
    print(f"{'lov':<18}{'resultater':>11}{'genereret res/s':>17}{'borgere/s':>12}{'fortolker res/s':>17}"
          f"{'forhold':>9}{'gen. tid':>10}{'Borger-obj.':>12}")
    for path in laws:
        r = bench_law(path, args.citizens, args.sample, args.seed, args.missing)
        print(f"{path.name:<18}{r['results']:>11}{r['gen_rate']:>17,.0f}{r['gen_rate'] / r['results']:>12,.0f}"
              f"{r['int_rate']:>17,.0f}{r['ratio']:>8.1f}×{r['gen_seconds']:>9.1f}s{r['convert_seconds']:>11.1f}s")
        if r["sampled"] < args.citizens:
            print(f"{'':<18}fortolkeren målt på {r['sampled']:,} borgere (forholdet ligeså) og fremskrevet: "
                  f"alle {args.citizens:,} ville tage ca. {r['int_seconds_all']:,.0f} s")
    print("Mål: genereret ≥ 20× fortolkeren og ≥ 500.000 borger-resultater/s.")


if __name__ == "__main__":
    main()
