"""Population impact at national scale: 1,060,000 citizens, every way of evaluating side by side.

    python -m bench.impact [--population 1060000] [--seed 0] [--sample 5000] [--no-openfisca]

One run, figures side by side, for two rules of laws/kl-2017.lov — the work-placement
duration (`praktik_varighed`, §§ 44, 103, 110, 124) and wage-subsidy eligibility
(`løntilskud_ret`, §§ 30, 51, 104, 111) — on the bilag 2.3 population (every judgment
supplied, so every contender computes the same values):

- the reference interpreter and the scalar generated module (`lov compile`): timed on a
  sample of ``--sample`` citizens and **extrapolated** to the population (said in the table);
- the columnar evaluator (`lov compile --columnar`) on every citizen;
- hand-written NumPy for the same two rules (the floor a programmer would write by hand);
- OpenFisca-core for the same two rules, run in its own virtual environment (created with
  ``pip install openfisca-core`` on first use; never a dependency of `lov`; skipped with a
  message if it cannot be installed), via ``bench/openfisca_rules.py``.

Then the full impact of lab-2017 → kl-2017 on the population (`lov impact`, in-process and
as a fresh process with its peak resident memory), and the input paths (CSV, JSON,
Parquet) at two sizes to show they grow linearly. Peak memory: tracemalloc's peak of the
allocations made during the measured step (inputs already loaded), or the process's
maximum resident set size where said. Every contender's results are checked against the
columnar evaluator's (the "agrees" column). Speeds are printed, never asserted.

Goals on a 2-core machine: columnar compute within 1.5× of hand-written NumPy; columnar
build + compute ahead of OpenFisca's; the full impact under 5 s and under 2 GiB as a fresh
process, and — now that every citizen has a benefit history and the old version is also
evaluated counting time as the new one does — under 3 s in-process and 1 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable

import numpy as np

from bench.common import ROOT, bundled_law, timed
from compiler.codegen.columnar.module import generate as columnar_source
from compiler.codegen.load import load_source as load_columnar
from compiler.codegen.load import load_source as load_scalar
from compiler.codegen.python.module import generate as scalar_source
from compiler.evaluate import interpreter
from compiler.impact.compare import module_inputs
from compiler.impact.data import read_population
from compiler.impact.run import Synthetic, run
from compiler.population.caseload import Spec, concepts_of, judgments_of

RULES = ("praktik_varighed", "løntilskud_ret")
KONKRET = "konkret individuel vurdering"
VANSKELIGT = "i øvrigt vanskeligt ved at opnå beskæftigelse med løntilskud"
GiB = 1024**3


def traced_peak(fn: Callable[[], Any]) -> int:
    """Bytes allocated at the peak while ``fn`` runs (tracemalloc; NumPy reports to it)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def mib(b: float) -> str:
    return f"{b / 2**20:,.1f} MiB"


# ---- hand-written NumPy: the two rules as a programmer would write them for this data ------------


def aggregated_days(c: dict[str, Any]) -> np.ndarray:
    """kl-2017's `ledighed_sammenlagt` in days: the benefit history summed up to the evaluation date."""
    table, today = c["ydelsesforløb"], c["opgørelsesdato"]
    n = len(c["alder"])
    d = np.broadcast_to(today, (n,))[table.række]
    days = np.maximum(np.minimum(table.til, d) - table.fra + 1, 0)
    return np.bincount(table.række, weights=days, minlength=n).astype(np.int64)


def hand_written(c: dict[str, np.ndarray], k: np.ndarray, v: np.ndarray) -> dict[str, tuple[Any, Any]]:
    """praktik_varighed and løntilskud_ret of kl-2017 with complete data (every fact and judgment
    known, so every outcome is a value), as a programmer would write them for this data: per
    result the values and the deciding rule (its 1-based position among the result's rules:
    § 44 stk. 1, 2; § 103 stk. 1, 2; § 110 stk. 1, 2; § 124 stk. 1, 2 — and § 51, stk. 2)."""
    behov, jpsv, forsikret, alder = c["behov"], c["job_på_særlige_vilkår"], c["forsikret"], c["alder"]
    jobrettet = (behov == 0) & ~jpsv
    g1 = jobrettet & forsikret
    g2 = jobrettet & ~forsikret
    g3 = (alder < 30) & ~c["kompetencegivende_uddannelse"] & (behov != 0) & ~jpsv & c["tilmeldt_jobsøgende"]
    vanskelig = ~c["erhvervserfaring"] | c["langvarig_ledighed"] | v
    dimittend = c["dimittend"] & c["kort_videregående_uddannelse"] & ~c["ordinær_beskæftigelse_efter_uddannelse"]
    praktik = np.where(k, 26, 13)
    regel = np.where(k, 2, 1)
    praktik = np.where(g1, np.where(dimittend, 8, 4), praktik)
    regel = np.where(g1, np.where(dimittend, 4, 3), regel)
    praktik = np.where(g2 | g3, np.where(vanskelig, 13, 4), praktik)
    regel = np.where(g2, np.where(vanskelig, 6, 5), regel)
    regel = np.where(g3, np.where(vanskelig, 8, 7), regel)
    krav = (aggregated_days(c) > 26 * 7) | (alder > 50) | c["enlig_forsørger"] | ~c["gymnasial_uddannelse"]
    ret = np.where(g1 | g2, krav, True)
    return {"praktik_varighed": (praktik, regel), "løntilskud_ret": (ret, 1)}


def hand_written_values(c: dict[str, np.ndarray], k: np.ndarray, v: np.ndarray) -> dict[str, Any]:
    """As :func:`hand_written`, the values only (less than the evaluators give: shown for reference)."""
    behov, jpsv, forsikret, alder = c["behov"], c["job_på_særlige_vilkår"], c["forsikret"], c["alder"]
    jobrettet = (behov == 0) & ~jpsv
    g1 = jobrettet & forsikret
    g2 = jobrettet & ~forsikret
    g3 = (alder < 30) & ~c["kompetencegivende_uddannelse"] & (behov != 0) & ~jpsv & c["tilmeldt_jobsøgende"]
    vanskelig = ~c["erhvervserfaring"] | c["langvarig_ledighed"] | v
    dimittend = c["dimittend"] & c["kort_videregående_uddannelse"] & ~c["ordinær_beskæftigelse_efter_uddannelse"]
    praktik = np.where(g1, np.where(dimittend, 8, 4), np.where(g2 | g3, np.where(vanskelig, 13, 4), np.where(k, 26, 13)))
    krav = (aggregated_days(c) > 26 * 7) | (alder > 50) | c["enlig_forsørger"] | ~c["gymnasial_uddannelse"]
    return {"praktik_varighed": praktik, "løntilskud_ret": ~(g1 | g2) | krav}


# ---- OpenFisca-core in its own environment ------------------------------------------------------

OPENFISCA_NAMES = {
    "alder": "alder", "forsikret": "forsikret", "behov": "behov", "job_på_særlige_vilkår": "job_paa_saerlige_vilkaar",
    "kompetencegivende_uddannelse": "kompetencegivende_uddannelse", "dimittend": "dimittend",
    "kort_videregående_uddannelse": "kort_videregaaende_uddannelse",
    "ordinær_beskæftigelse_efter_uddannelse": "ordinaer_beskaeftigelse_efter_uddannelse",
    "erhvervserfaring": "erhvervserfaring", "langvarig_ledighed": "langvarig_ledighed",
    "tilmeldt_jobsøgende": "tilmeldt_jobsoegende", "ledighed_sammenlagt": "ledighed_sammenlagt",
    "enlig_forsørger": "enlig_forsoerger", "gymnasial_uddannelse": "gymnasial_uddannelse",
}


def openfisca_python(venv: Path) -> Path | None:
    """The Python of a virtual environment with openfisca-core and its web API (`openfisca serve`,
    for ``bench/serve.py``), created on first use."""
    python = venv / "bin" / "python"
    probe = [str(python), "-c", "import openfisca_core, openfisca_web_api, numpy"]
    if python.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    print(f"  (installing openfisca-core into {venv}; only the benchmark uses it)", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "openfisca-core[web-api]"], check=True, capture_output=True,
                       timeout=900)
    except (subprocess.SubprocessError, OSError) as error:
        print(f"  OpenFisca skipped: could not install openfisca-core ({error})")
        return None
    return python if subprocess.run(probe, capture_output=True).returncode == 0 else None


def run_openfisca(python: Path, cols: dict[str, np.ndarray], k: np.ndarray, v: np.ndarray) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        for name, of_name in OPENFISCA_NAMES.items():
            np.save(Path(tmp) / f"{of_name}.npy", np.asarray(cols[name]))
        np.save(Path(tmp) / "skoen_konkret_individuel_vurdering.npy", k)
        np.save(Path(tmp) / "skoen_vanskeligt_loentilskud.npy", v)
        done = subprocess.run([str(python), str(ROOT / "bench" / "openfisca_rules.py"), tmp],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        out = json.loads(done.stdout.strip().splitlines()[-1])
        out["praktik_varighed"] = np.load(Path(tmp) / "openfisca_praktik_varighed.npy")
        out["løntilskud_ret"] = np.load(Path(tmp) / "openfisca_loentilskud_ret.npy")
        return out


# ---- the run ------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--population", type=int, default=1_060_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sample", type=int, default=5_000, help="citizens for the interpreter and the scalar module")
    ap.add_argument("--no-openfisca", action="store_true")
    ap.add_argument("--openfisca-venv", default=os.environ.get(
        "LOV_BENCH_OPENFISCA_VENV", str(Path.home() / ".cache" / "lov-bench" / "openfisca-venv")))
    ap.add_argument("--no-inputs", action="store_true", help="skip the input-path measurements")
    args = ap.parse_args()
    n = args.population
    kl, lab = bundled_law("kl-2017.lov"), bundled_law("lab-2017.lov")
    print(f"bench/impact.py: {n:,} citizens (bilag 2.3 mix), seed {args.seed}, machine: {os.cpu_count()} cores")
    two_rules(kl, lab, args)  # its arrays are freed when it returns
    history_counts(kl, lab, n, args.seed)
    full_impact(kl, lab, n, args.seed)
    if not args.no_inputs:
        input_paths(kl, lab, args.seed)


def two_rules(kl: Any, lab: Any, args: argparse.Namespace) -> None:
    """praktik_varighed and løntilskud_ret of kl-2017 by every contender, side by side."""
    n = args.population
    t = time.perf_counter()
    spec = Spec.of([lab, kl], n, args.seed, judgments="alle")
    pop = spec.rows()
    gen_time = time.perf_counter() - t
    print(f"  population generated in {gen_time:.2f} s ({len(pop.columns)} facts, {len(pop.judgments)} judgments)")

    # columnar: build = generate + compile the module + adapt the columns; compute = evaluate.
    t = time.perf_counter()
    mod = load_columnar(columnar_source(kl))
    cols, judg = module_inputs(pop, mod)
    col_build = time.perf_counter() - t
    col_time, ev = timed(3, lambda: mod.evaluer(cols, judg, n=n, resultater=RULES))
    col_peak = traced_peak(lambda: mod.evaluer(cols, judg, n=n, resultater=RULES))

    k, v = judg[KONKRET], judg[VANSKELIGT]
    # The columnar module counts weeks in 1/scale weeks (7 for a law that counts time in days).
    unit = {"praktik_varighed": mod.skalaer()[0], "løntilskud_ret": 1}
    hand_time, hand = timed(3, lambda: hand_written(cols, k, v))
    hand_peak = traced_peak(lambda: hand_written(cols, k, v))
    hand_ok = all(
        (ev.udfald[r].art == 0).all() and (ev.udfald[r].værdi == hand[r][0] * unit[r]).all()
        and (ev.udfald[r].nummer == hand[r][1]).all()
        for r in RULES
    )
    bare_time, bare = timed(3, lambda: hand_written_values(cols, k, v))
    bare_peak = traced_peak(lambda: hand_written_values(cols, k, v))
    bare_ok = all((ev.udfald[r].værdi == bare[r] * unit[r]).all() for r in RULES)

    # interpreter and scalar generated module on a sample, extrapolated.
    sample = min(args.sample, n)
    def citizen(i: int) -> tuple[dict[str, Any], dict[str, bool]]:
        facts, judgments = pop.citizen(i)
        return {f: x for f, x in facts.items() if f in kl.concepts}, judgments

    rows = [citizen(i) for i in range(sample)]
    t = time.perf_counter()
    interp = [[interpreter.evaluate(kl, r, f, j).as_tuple() for r in RULES] for f, j in rows]
    interp_time = (time.perf_counter() - t) * n / sample
    interp_peak = traced_peak(lambda: [[interpreter.evaluate(kl, r, f, j) for r in RULES] for f, j in rows[:1000]])
    scalar = load_scalar(scalar_source(kl))
    citizens = [(scalar.borger_fra_dict(f), j) for f, j in rows]
    fns = [scalar.RESULTATER[r] for r in RULES]
    scalar_sample = min(sample * 10, n)
    more = [(scalar.borger_fra_dict(f), j) for f, j in (citizen(i) for i in range(sample, scalar_sample))]
    everyone = citizens + more
    t = time.perf_counter()
    for b, j in everyone:
        for fn in fns:
            fn(b, j)
    scalar_time = (time.perf_counter() - t) * n / len(everyone)
    scalar_out = [[tuple(fn(b, j)) for fn in fns] for b, j in citizens]
    scalar_peak = traced_peak(lambda: [[fn(b, j) for fn in fns] for b, j in citizens[:1000]])
    columnar_rows = [[ev.række(r, i) for r in RULES] for i in range(sample)]
    interp_ok = interp == columnar_rows
    scalar_ok = scalar_out == columnar_rows

    of: dict[str, Any] | None = None
    if not args.no_openfisca:
        python = openfisca_python(Path(args.openfisca_venv))
        if python is not None:
            try:
                # OpenFisca has no benefit histories: it is given the aggregated weeks ready-made
                # (whole weeks, rounded up, so that `> 26` means more than 182 days as in the law).
                weeks = -(-aggregated_days(cols) // 7)
                of = run_openfisca(python, dict(cols, ledighed_sammenlagt=weeks), np.asarray(k), np.asarray(v))
            except RuntimeError as error:
                print(f"  OpenFisca failed: {error}")
    else:
        print("  OpenFisca skipped (--no-openfisca)")

    print()
    print(f"Two rules of kl-2017 (praktik_varighed, løntilskud_ret) for {n:,} citizens")
    head = f"  {'contender':<44}{'build':>9}{'compute':>10}{'total':>10}{'vs NumPy':>10}{'peak memory':>14}  agrees"
    print(head)

    def row(name: str, build: float | None, compute: float, peak: str, ok: object) -> None:
        total = (build or 0.0) + compute
        b = "" if build is None else f"{build * 1000:.0f} ms"
        print(f"  {name:<44}{b:>9}{compute * 1000:>8.0f} ms{total * 1000:>8.0f} ms{compute / hand_time:>9.1f}×"
              f"{peak:>14}  {ok}")

    row(f"interpreter (sample {sample:,}, extrapolated)", None, interp_time, mib(interp_peak) + "*", interp_ok)
    row(f"scalar module (sample {len(everyone):,}, extrapolated)", None, scalar_time, mib(scalar_peak) + "*", scalar_ok)
    row("columnar evaluator (lov compile --columnar)", col_build, col_time, mib(col_peak), "reference")
    row("hand-written NumPy (values + deciding §)", None, hand_time, mib(hand_peak), hand_ok)
    row("hand-written NumPy (values only)", None, bare_time, mib(bare_peak), bare_ok)
    if of is not None:
        of_ok = bool((of["praktik_varighed"] * unit["praktik_varighed"] == ev.udfald["praktik_varighed"].værdi).all()
                     and (of["løntilskud_ret"] == ev.udfald["løntilskud_ret"].værdi).all())
        row(f"OpenFisca-core {of['version']} (set_input arrays)", of["build"], of["compute"], mib(of["peak"]), of_ok)
    print("  * peak for 1,000 citizens (the scalar evaluators hold one citizen at a time)")
    print()
    ratio = col_time / hand_time
    print(f"  goal: columnar compute within 1.5× of hand-written NumPy ........ {ratio:.2f}× "
          f"{'met' if ratio <= 1.5 else 'NOT met'}")
    if of is not None:
        ours, theirs = col_build + col_time, of["build"] + of["compute"]
        print(f"  goal: columnar build + compute ahead of OpenFisca ............. {ours * 1000:.0f} ms vs "
              f"{theirs * 1000:.0f} ms ({theirs / ours:.1f}× faster) {'met' if ours < theirs else 'NOT met'}")
    print(f"  columnar vs interpreter: {interp_time / col_time:,.0f}×; vs scalar module: {scalar_time / col_time:,.0f}×")



def hand_written_counts(start: np.ndarray, end: np.ndarray, rows: np.ndarray, values: np.ndarray, today: int,
                        n: int, dagpenge: int) -> tuple[np.ndarray, np.ndarray]:
    """kl-2017's `sammenlagt tid i ydelsesforløb` and lab-2017's `sammenlagt tid på dagpenge`, in
    days, as a programmer would write them with NumPy on the same long table."""
    days = np.maximum(np.minimum(end, today) - start + 1, 0)
    total = np.bincount(rows, weights=days, minlength=n)
    on_dagpenge = np.bincount(rows, weights=days * (values == dagpenge), minlength=n)
    return total.astype(np.int64), on_dagpenge.astype(np.int64)


def history_counts(kl: Any, lab: Any, n: int, seed: int) -> None:
    """Counting time in the benefit histories: the columnar evaluator's `sammenlagt tid` against
    hand-written NumPy for the same two counts, on the same long table."""
    print()
    pop = Spec.of([lab, kl], n, seed).rows()
    history = pop.columns["ydelsesforløb"]
    assert history.spells is not None
    periods = len(history.spells)
    print(f"Benefit histories: {periods:,} periods for {n:,} citizens ({periods / n:.2f} a citizen)")
    kl_mod = load_columnar(columnar_source(kl))
    lab_mod = load_columnar(columnar_source(lab))
    cols, _ = module_inputs(pop, kl_mod)
    table = cols["ydelsesforløb"]
    today = int(pop.columns["opgørelsesdato"].values[0])
    dagpenge = list(kl.concepts["ydelsesforløb"].type.options).index("dagpenge")

    def ours() -> tuple[Any, Any]:
        k = kl_mod._Kørsel({}, None, n)
        facts, day = (table, None, 0), (np.int64(today), None, 0)
        which = np.zeros(len(kl.concepts["ydelsesforløb"].type.options), dtype=bool)
        which[dagpenge] = True
        return k.tid("sammenlagt", facts, None, day, None, None, 0)[0], k.tid("sammenlagt", facts, which, day,
                                                                               None, None, 0)[0]

    def theirs() -> tuple[Any, Any]:
        return hand_written_counts(table.fra, table.til, table.række, table.værdi, today, n, dagpenge)

    ours_time, (total_w, dagpenge_w) = timed(5, ours)
    hand_time, (total_d, dagpenge_d) = timed(5, theirs)
    scale = kl_mod.skalaer()[0] // 7
    agrees = np.array_equal(total_w, total_d * scale) and np.array_equal(dagpenge_w, dagpenge_d * scale)
    ratio = ours_time / hand_time
    print(f"  columnar `sammenlagt tid` (all benefits, and on dagpenge): {ours_time * 1000:.0f} ms; "
          f"hand-written NumPy: {hand_time * 1000:.0f} ms; agrees: {'yes' if agrees else 'NO'}")
    print(f"  goal: the columnar aggregation within 2× of hand-written NumPy ... {ratio:.2f}× "
          f"{'met' if ratio <= 2 else 'NOT met'}")
    evaluation_time, _ = timed(1, lambda: lab_mod.evaluer(*module_inputs(pop, lab_mod), n=n,
                                                          resultater=["ledighed_ydelse"]))
    print(f"  lab-2017's per-benefit `ledighed_ydelse` (8 rules: sammenlagt and sammenhængende) for every "
          f"citizen: {evaluation_time * 1000:.0f} ms")


def full_impact(kl: Any, lab: Any, n: int, seed: int) -> None:
    """The full impact, in-process and as the command a ministry would run."""
    print()
    print(f"Full impact lab-2017 → kl-2017 on {n:,} citizens (every shared result; judgments not supplied)")
    source = Synthetic(Spec.of([lab, kl], n, seed))
    imp_time, report = timed(1, lambda: run(lab, kl, source))
    imp_peak = traced_peak(lambda: run(lab, kl, source))
    print(f"  in-process: {imp_time:.2f} s, traced peak {mib(imp_peak)}; {len(report.results)} results compared, "
          f"{sum(r.changed for r in report.results):,} changed answers")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "compiler.driver.cli", "impact", "laws/lab-2017.lov", "laws/kl-2017.lov",
                    "--population", str(n), "--seed", str(seed), "--format", "json", "-o", os.devnull],
                   cwd=ROOT, check=True)
    cli_time = time.perf_counter() - t
    rss = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) * 1024
    print(f"  `lov impact` as a fresh process: {cli_time:.2f} s wall (start-up, both laws parsed, report written), "
          f"peak resident memory {mib(rss)}")
    print(f"  goal: under 5 s and under 2 GiB ................................ {cli_time:.2f} s, {rss / GiB:.2f} GiB "
          f"{'met' if cli_time < 5 and rss < 2 * GiB else 'NOT met'}")
    print(f"  goal (with histories): the impact under 3 s and 1 GiB .......... {imp_time:.2f} s in-process, "
          f"{rss / GiB:.2f} GiB {'met' if imp_time < 3 and rss < GiB else 'NOT met'}")


def _cell(value: Any) -> Any:
    """A fact as a data file holds it: dates as ISO text, a history as its JSON text."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    from compiler.evaluate import prelude

    shown = prelude._json(value)
    return json.dumps(shown, ensure_ascii=False) if isinstance(shown, list) else shown


def input_paths(kl: Any, lab: Any, seed: int) -> None:
    """Read the same citizens from CSV, JSON and Parquet at two sizes: time grows with the rows."""
    import csv

    print()
    print("Input paths (lov impact --data): seconds to read and check, at two sizes")
    laws = [lab, kl]
    concepts, wordings = concepts_of(laws), judgments_of(laws)
    sizes = (50_000, 200_000)
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            pop = Spec.of(laws, size, seed, missing=0.02).rows()
            names = list(pop.columns)
            table = {name: [_cell(pop.columns[name].python(i)) for i in range(size)] for name in names}
            csv_path = Path(tmp) / f"b{size}.csv"
            with open(csv_path, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow(names)
                for i in range(size):
                    w.writerow(["" if (x := table[c][i]) is None else "ja" if x is True else "nej" if x is False else x
                                for c in names])
            json_path = Path(tmp) / f"b{size}.json"
            json_path.write_text(json.dumps([{c: table[c][i] for c in names} for i in range(size)], default=str,
                                            ensure_ascii=False), encoding="utf-8")
            paths = {"CSV": csv_path, "JSON": json_path}
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq

                pq_path = Path(tmp) / f"b{size}.parquet"
                pq.write_table(pa.table(table), str(pq_path))
                paths["Parquet"] = pq_path
            except ImportError:
                pass
            for label, path in paths.items():
                secs, _ = timed(2, lambda p=path: read_population(str(p), concepts, wordings))
                times.setdefault(label, []).append(secs)
    for label, (a, b) in times.items():
        print(f"  {label:<8} {sizes[0]:>7,} rows {a:6.3f} s   {sizes[1]:>7,} rows {b:6.3f} s "
              f"({b / sizes[1] * 1e6:5.1f} µs/row)   ratio {b / a:4.1f} for {sizes[1] // sizes[0]}× the rows "
              f"(linear ≈ {sizes[1] // sizes[0]}; less when fixed costs dominate)")


if __name__ == "__main__":
    main()
