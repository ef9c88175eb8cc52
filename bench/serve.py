"""Decision-service throughput and latency: `lov serve` on loopback, spoken to over HTTP.

    python -m bench.serve [--law laws/kl-2017.lov] [--requests 3000] [--workers 1]

Starts the real server, then for 1, 8 and 32 concurrent clients (threads with keep-alive
connections) sends single-citizen evaluations of the two rules `bench.impact` measures and
prints evaluations per second and p50/p99 latency; then one batch of 10,000 citizens, as JSON
and as an Arrow IPC stream (one row per citizen: no JSON to read). The
baseline, measured in the same run, is the generated module evaluating the same citizens in
this process: the ratio is what HTTP, JSON and checking the input cost. Bounded in count
(--requests per level) and time (--max-seconds per level). Goals on a 2-core machine: at least
2,000 evaluations/s at 32 clients with p99 under 25 ms; at least 5× `openfisca serve`'s
throughput (started in the same run with the same two rules, ``bench/openfisca_rules.py`` as its
country package, from the benchmark's own environment; `--no-openfisca` skips it); a batch of
10,000 under 150 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from bench.common import ROOT
from compiler.codegen.load import compile_law
from compiler.evaluate import interpreter, prelude
from compiler.evaluate.facts import facts_from_json
from compiler.pipeline import load_law
from compiler.population import caseload

RESULTS = ["praktik_varighed", "løntilskud_ret"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(conn: http.client.HTTPConnection, path: str, body: bytes, kind: str = "application/json") -> bytes:
    conn.request("POST", path, body=body, headers={"Content-Type": kind})
    response = conn.getresponse()
    data = response.read()
    if response.status != 200:
        raise RuntimeError(f"{response.status}: {data[:200]!r}")
    return data


def _arrow_stream(law: Any, people: list[dict[str, Any]]) -> bytes | None:
    """The citizens as an Arrow IPC stream (None without pyarrow)."""
    try:
        import pyarrow as pa
    except ImportError:
        return None
    rows = []
    for person in people:
        row = {k: person.get(k) for k in law.concepts}
        for k, v in row.items():
            if law.concepts[k].type.kind == "forløb" and v is not None:
                row[k] = [{"fra": a, "til": b, "værdi": x} for a, b, x in v]
        rows.append(row)
    table = pa.Table.from_pylist(rows)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def load(port: int, path: str, bodies: list[bytes], clients: int, requests: int, max_seconds: float) -> tuple[float, list[float]]:
    """Seconds taken and each request's latency, ``clients`` threads sharing ``requests``."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    stop = time.perf_counter() + max_seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        for i in counter:
            if time.perf_counter() > stop:
                break
            t0 = time.perf_counter()
            post(conn, path, bodies[i % len(bodies)])
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, latencies


def _ascii(name: str) -> str:
    return name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def openfisca_bodies(law: Any, people: list[dict[str, Any]], inputs: list[str]) -> list[bytes]:
    """The same citizens as `/calculate` requests for `openfisca serve` (the ``inputs`` of
    ``bench/openfisca_rules.py``; the aggregated weeks as the interpreter counts them)."""
    options = law.concepts["behov"].type.options
    bodies = []
    for person in people:
        values: dict[str, Any] = {"skoen_konkret_individuel_vurdering": False, "skoen_vanskeligt_loentilskud": False}
        for k, v in person.items():
            key = _ascii(k)
            if key in inputs and v is not None and not isinstance(v, tuple):
                values[key] = options.index(v) if k == "behov" else v
        weeks = interpreter.evaluate(law, "ledighed_sammenlagt", person).value
        values["ledighed_sammenlagt"] = int(weeks) if weeks is not None else 0
        variables = {k: {"2017": v} for k, v in values.items()}
        variables.update({"praktik_varighed": {"2017": None}, "loentilskud_ret": {"2017": None}})
        bodies.append(json.dumps({"persons": {"p": variables}}).encode())
    return bodies


def started(port: int, path: str, seconds: float = 60) -> bool:
    """Whether the server on ``port`` answers ``GET path`` with 200 within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() <= deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return True
        except OSError:
            time.sleep(0.2)
    return False


def levels(port: int, path: str, bodies: list[bytes], args: Any, versus: Callable[[int, float], str]) -> dict[int, float]:
    """Evaluations/s and p50/p99 at 1, 8 and 32 clients, one line each ending in ``versus``."""
    rates: dict[int, float] = {}
    for clients in (1, 8, 32):
        seconds, lat = load(port, path, bodies, clients, args.requests, args.max_seconds)
        rate = rates[clients] = len(lat) / seconds
        lat.sort()
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
        print(f"{clients:>8}{rate:>16,.0f}{statistics.median(lat) * 1000:>9.2f}{p99 * 1000:>9.2f}"
              f"{versus(clients, rate)}")
    return rates


def best_of_3(conn: http.client.HTTPConnection, path: str, body: bytes, kind: str = "application/json") -> float:
    """The fastest of three POSTs of ``body``, in seconds."""
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        post(conn, path, body, kind)
        times.append(time.perf_counter() - t0)
    return min(times)


def openfisca_side_by_side(args: Any, law: Any, people: list[dict[str, Any]], rates: dict[int, float]) -> None:
    """`openfisca serve` with the same two rules and workers, at the same client counts."""
    from bench.impact import openfisca_python

    python = openfisca_python(Path(args.openfisca_venv))
    if python is None:
        return
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "bench")}
    server = subprocess.Popen([str(python.parent / "openfisca"), "serve", "--country-package", "openfisca_rules",
                               "--port", str(port), "--workers", str(args.workers)],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not started(port, "/spec"):
            print("openfisca serve did not start; skipped")
            return
        inputs = json.loads(subprocess.run(
            [str(python), "-c", "import json, openfisca_rules; print(json.dumps(list(openfisca_rules.INPUTS)))"],
            env=env, capture_output=True, text=True, check=True).stdout)
        bodies = openfisca_bodies(law, people, inputs)
        load(port, "/calculate", bodies, 4, 100, 5)  # warm up
        print(f"openfisca serve (the same two rules, {args.workers} worker(s)):")
        print(f"{'clients':>8}{'evaluations/s':>16}{'p50 ms':>9}{'p99 ms':>9}{'lov ÷ openfisca':>17}")
        levels(port, "/calculate", bodies, args, lambda clients, rate: f"{rates[clients] / rate:>16.1f}×")
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--law", default="laws/kl-2017.lov")
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--max-seconds", type=float, default=20.0)
    ap.add_argument("--no-openfisca", action="store_true")
    ap.add_argument("--openfisca-venv", default=os.environ.get(
        "LOV_BENCH_OPENFISCA_VENV", str(Path.home() / ".cache" / "lov-bench" / "openfisca-venv")))
    args = ap.parse_args()
    law = load_law(str(ROOT / args.law))
    name = args.law.split("/")[-1].removesuffix(".lov")
    results = [r for r in RESULTS if r in law.results] or list(law.results)[:2]
    people = caseload.citizens([law], 10_000, 7)
    citizens = [{k: prelude._json(v) for k, v in c.items()} for c in people]
    bodies = [json.dumps({"borger": c, "resultater": results}, ensure_ascii=False).encode() for c in citizens[:1000]]

    module = compile_law(law)
    read = [facts_from_json(law, c) for c in citizens[:1000]]
    t0 = time.perf_counter()
    for _ in range(3):
        for facts, judgments in read:
            borger = module.borger_fra_dict(facts)
            for r in results:
                module.RESULTATER[r](borger, judgments)
    baseline = 3 * len(read) / (time.perf_counter() - t0)

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "compiler.driver.cli", "serve", args.law, "--port", str(port),
                               "--workers", str(args.workers)], cwd=ROOT)
    try:
        if not started(port, "/health"):
            raise SystemExit("lov serve did not start")
        path = f"/love/{name}/evaluer"
        load(port, path, bodies, 4, 400, 10)  # warm up
        print(f"{args.law}: results {', '.join(results)}; server workers: {args.workers}")
        print(f"baseline: the generated module in this process, no HTTP: {baseline:,.0f} evaluations/s")
        print(f"{'clients':>8}{'evaluations/s':>16}{'p50 ms':>9}{'p99 ms':>9}{'vs baseline':>13}")
        rates = levels(port, path, bodies, args, lambda clients, rate: f"{rate / baseline:>12.2f}×")
        if not args.no_openfisca and name == "kl-2017":
            openfisca_side_by_side(args, law, people[:1000], rates)
        batch = json.dumps({"borgere": citizens, "resultater": results}, ensure_ascii=False).encode()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        seconds = best_of_3(conn, f"/love/{name}/evaluer-mange", batch)
        print(f"batch of {len(citizens):,} citizens ({len(batch) / 2**20:.1f} MiB): {seconds * 1000:,.0f} ms "
              f"(best of 3; baseline module alone {len(citizens) / baseline * 1000:,.0f} ms)")
        arrow = _arrow_stream(law, people)
        if arrow is not None:
            seconds = best_of_3(conn, f"/love/{name}/evaluer-mange?resultater={quote(','.join(results))}", arrow,
                                "application/vnd.apache.arrow.stream")
            print(f"the same batch as an Arrow IPC stream ({len(arrow) / 2**20:.1f} MiB): {seconds * 1000:,.0f} ms "
                  f"(best of 3)")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
