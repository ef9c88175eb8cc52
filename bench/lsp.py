"""Language server latency: diagnostics after an edit to one § of a 5,000-§ file.

    python -m bench.lsp [--sections 5000] [--edits 5]

Speaks JSON-RPC to a real `lov lsp` process (as an editor does) and prints, in seconds:
the first analysis on open; then for each kind of edit the time from sending didChange to
(a) the first diagnostics (provisional when the last analysis was slow: the parser's for the
edited chunk, the others moved along with the edit; otherwise already the exact ones) and
(b) the exact diagnostics of the new version (resolve and every check over the whole law),
medians of --edits runs; then, after each of --edits more edits, a hover and the outline (its
time to the last byte of the answer, and with this client's JSON parse; also a hover sent right
after opening, answered from a glance at the text). Last, in this process, where one
re-analysis goes: incremental parse vs. a full parse, resolve, each check. The goals (#17):
exact diagnostics under 0.1 s, the outline under 0.05 s, hover under 0.02 s, opening under 2 s.
Also: the law opened again in a new server, unchanged and with one § changed (its diagnostics
kept from the last analysis, :mod:`compiler.driver.reopening`).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import synthetic_law
from compiler.pipeline import analyse_parsed
from dsl.incremental import IncrementalParser
from dsl.parser import parse
from dsl.nogc import paused_gc
from dsl.resolver import RuleCache, resolve
from tests.lspclient import LspClient

URI = "untitled:bench.lov"


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def edit_in_place(text: str, line: int, round_: int) -> tuple[str, dict]:  # type: ignore[type-arg]
    """Change one digit of the period in one stk. (same length: nothing moves)."""
    lines = text.split("\n")
    col = lines[line].index(" uger") - 1
    new_digit = str(round_ % 10)
    lines[line] = lines[line][:col] + new_digit + lines[line][col + 1 :]
    change = {"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col + 1}}, "text": new_digit}
    return "\n".join(lines), change


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sections", type=int, default=5000)
    ap.add_argument("--edits", type=int, default=5)
    args = ap.parse_args()
    text = synthetic_law(args.sections)
    lines = text.split("\n")
    middle = next(i for i in range(len(lines) // 2, len(lines)) if lines[i].startswith("    stk. 1."))
    print(f"synthetic law: {args.sections} §§, {len(lines)} lines; edits at line {middle + 1}")

    # The first opening, in new servers with nothing kept from before: --edits of them, the
    # last one the server the rest of the run speaks to.
    openings: list[float] = []
    for _ in range(args.edits - 1):
        with tempfile.TemporaryDirectory(prefix="lov-bench-cache-") as fresh:
            other = LspClient(timeout=600, cache=Path(fresh))
            try:
                other.initialize()
                t0 = time.perf_counter()
                other.open(URI, text, 1)
                other.diagnostics(URI, 1)
                openings.append(time.perf_counter() - t0)
            finally:
                other.close()
    cache = tempfile.TemporaryDirectory(prefix="lov-bench-cache-")
    client = LspClient(timeout=600, cache=Path(cache.name))
    try:
        client.initialize()
        version = 1
        position = {"line": middle, "character": 12}
        t0 = time.perf_counter()
        client.open(URI, text, version)
        early = timed(lambda: client.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": position}))
        client.diagnostics(URI, version)
        openings.append(time.perf_counter() - t0)
        opened = statistics.median(openings)
        print(f"{'open (full analysis, a new server)':<46}{opened:>8.3f} s  (median of {len(openings)}; "
              f"max {max(openings):.3f})")
        print(f"{'hover sent right after opening':<46}{early:>8.3f} s  ({openings[-1] / early:.0f}× sooner than the analysis)")

        kinds = {
            "edit one character in one §": "char",
            "insert a line in one § (later §§ move)": "line",
        }
        for label, kind in kinds.items():
            first, exact = [], []
            for round_ in range(args.edits):
                version += 1
                if kind == "char":
                    text, change = edit_in_place(text, middle, round_)
                else:
                    change = {"range": {"start": {"line": middle, "character": 0}, "end": {"line": middle, "character": 0}}, "text": "    # ny linje\n"}
                    lines = text.split("\n")
                    text = "\n".join(lines[:middle] + ["    # ny linje"] + lines[middle:])
                t0 = time.perf_counter()
                client.change(URI, version, [change])
                published = client.wait_for("textDocument/publishDiagnostics",
                                            lambda p: p["uri"] == URI and p.get("version") in (None, version))
                first.append(time.perf_counter() - t0)
                if published.get("version") is None:  # provisional: the exact ones follow
                    client.diagnostics(URI, version)
                exact.append(time.perf_counter() - t0)
            print(f"{label}:")
            print(f"{'  first diagnostics (provisional)':<46}{statistics.median(first):>8.3f} s  (median of {len(first)}; max {max(first):.3f})")
            print(f"{'  exact diagnostics':<46}{statistics.median(exact):>8.3f} s  (median of {len(exact)}; max {max(exact):.3f})")
        # As an editor does after each edit: the exact diagnostics, then a hover and the outline.
        hovers, answered, parsed = [], [], []
        size = 0
        lines = text.split("\n")
        edited_line = next(i for i in range(middle, len(lines)) if lines[i].startswith("    stk. 1."))
        on_name = {"line": edited_line, "character": 12}  # the result's name (the inserted lines moved it)
        for round_ in range(args.edits):
            version += 1
            text, change = edit_in_place(text, edited_line, round_ + 3)  # digits 3-7; below, 2
            client.change(URI, version, [change])
            client.diagnostics(URI, version)
            t0 = time.perf_counter()
            hover = client.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": on_name})
            hovers.append(time.perf_counter() - t0)
            assert hover is not None, "the hover should find the result's name"
            t0 = time.perf_counter()
            client.request("textDocument/documentSymbol", {"textDocument": {"uri": URI}})
            parsed.append(time.perf_counter() - t0)
            arrived, size = client.arrived[max(client.arrived)]
            answered.append(arrived - t0)
        print(f"{'hover':<46}{statistics.median(hovers):>8.3f} s  (median of {len(hovers)}; max {max(hovers):.3f})")
        print(f"{'document symbols, answered (last byte read)':<46}{statistics.median(answered):>8.3f} s  "
              f"(median of {len(answered)}; max {max(answered):.3f}; {size / 2**20:.1f} MiB of JSON)")
        print(f"{'  … and parsed by this Python client':<46}{statistics.median(parsed):>8.3f} s")
    finally:
        client.close()

    # The law opened again as the session left it: its kept diagnostics, then the analysis's own;
    # then changed elsewhere (one § edited): the kept ones of the unchanged §§, provisional.
    changed, _ = edit_in_place(text, edited_line, 9)
    try:
        for label, shown, version in (("open again, unchanged (kept diagnostics)", text, 1),
                                      ("open again, one § changed (provisional)", changed, None)):
            reopened = LspClient(timeout=600, cache=Path(cache.name))
            try:
                reopened.initialize()
                t0 = time.perf_counter()
                reopened.open(URI, shown, 1)
                reopened.wait_for("textDocument/publishDiagnostics", lambda p: p.get("version") == version)
                kept = time.perf_counter() - t0
                reopened.diagnostics(URI, 1)
                analysed = time.perf_counter() - t0
            finally:
                reopened.close()
            print(f"{label:<46}{kept:>8.3f} s  ({opened / kept:.0f}× sooner than the first opening; "
                  f"the analysis's own after {analysed:.3f} s)")
    finally:
        cache.cleanup()

    print()
    print("one re-analysis after a one-character edit, in process (as the server does it: the")
    print("incremental parse and the resolver's cache warm from the version before; medians of 5):")
    from compiler.checks import CHECKS, CheckContext
    from dsl.config import Config

    parser, rules = IncrementalParser("bench.lov"), RuleCache()
    analyse_parsed(parser.parse(text), text, "bench.lov", None, rules)
    target = next(i for i, line in enumerate(text.split("\n")) if i >= middle and line.startswith("    stk. 1."))
    t_full = timed(lambda: parse(text, "bench.lov"))
    times: dict[str, list[float]] = {}
    for round_ in range(5):
        text, _ = edit_in_place(text, target, round_ + 1)
        with paused_gc():  # as in the server, where the collector is paused for the analysis
            t0 = time.perf_counter()
            tree = parser.parse(text)
            times.setdefault("  parse, incremental", []).append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            resolved = resolve(tree.law, text, rules)
            times.setdefault("  resolve, with the cache", []).append(time.perf_counter() - t0)
            context = CheckContext(resolved.law, tree.law, text, Config())
            for fn in CHECKS:
                t0 = time.perf_counter()
                list(fn(context))
                name = f"{fn.__module__}.{fn.__name__}".removeprefix("compiler.checks.")
                times.setdefault(f"    check {name}", []).append(time.perf_counter() - t0)
    incremental = statistics.median(times["  parse, incremental"])
    for label, values in times.items():
        print(f"{label:<46}{statistics.median(values):>8.3f} s")
    cached = sum(statistics.median(values) for values in times.values())
    t_uncached = timed(lambda: analyse_parsed(parse(text, "bench.lov"), text, "bench.lov"))
    print(f"{'  parse, full':<46}{t_full:>8.3f} s  ({t_full / incremental:.0f}× the incremental parse; "
          f"{parser.stats.parsed} chunk parsed, {parser.stats.reused} reused)")
    print(f"{'  all of it, without the caches (lov check)':<46}{t_uncached:>8.3f} s  "
          f"({t_uncached / cached:.0f}× the re-analysis with them, {cached:.3f} s)")


if __name__ == "__main__":
    main()
