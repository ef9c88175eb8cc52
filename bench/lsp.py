"""Language server latency: diagnostics after an edit to one § of a 5,000-§ file.

    python -m bench.lsp [--sections 5000] [--edits 5]

Speaks JSON-RPC to a real `lov lsp` process (as an editor does) and prints, in seconds:
the first analysis on open; then for each kind of edit the time from sending didChange to
(a) the first diagnostics (provisional when the last analysis was slow: the parser's for the
edited chunk, the others moved along with the edit; otherwise already the exact ones) and (b) the exact diagnostics of the new version (resolve and every
check over the whole law), medians of --edits runs, the server's 50 ms debounce included;
then hover (also one sent right after opening, answered from a glance at the text) and outline. Last, in this process, where one re-analysis goes: incremental parse
vs. a full parse, resolve, each check. The goal: diagnostics under one second after an edit.
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench.common import synthetic_law
from compiler.pipeline import analyse_parsed
from dsl.incremental import IncrementalParser
from dsl.parser import parse
from dsl.resolver import resolve
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

    client = LspClient(timeout=600)
    try:
        client.initialize()
        version = 1
        position = {"line": middle, "character": 12}
        t0 = time.perf_counter()
        client.open(URI, text, version)
        early = timed(lambda: client.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": position}))
        client.diagnostics(URI, version)
        opened = time.perf_counter() - t0
        print(f"{'open (full analysis)':<46}{opened:>8.3f} s")
        print(f"{'hover sent right after opening':<46}{early:>8.3f} s  ({opened / early:.0f}× sooner than the analysis)")

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
        hover = timed(lambda: client.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": position}))
        symbols = timed(lambda: client.request("textDocument/documentSymbol", {"textDocument": {"uri": URI}}))
        print(f"{'hover':<46}{hover:>8.3f} s")
        print(f"{'document symbols':<46}{symbols:>8.3f} s")
    finally:
        client.close()

    print()
    print("one re-analysis after a one-character edit, in process:")
    parser = IncrementalParser("bench.lov")
    parser.parse(text)
    target = next(i for i, line in enumerate(text.split("\n")) if i >= middle and line.startswith("    stk. 1."))
    edited, _ = edit_in_place(text, target, 7)
    t_incremental = timed(lambda: parser.parse(edited))
    t_full = timed(lambda: parse(edited, "bench.lov"))
    tree = parse(edited, "bench.lov")
    t_resolve = timed(lambda: resolve(tree.law, edited))
    t_all = timed(lambda: analyse_parsed(tree, edited, "bench.lov"))
    from compiler.checks import CHECKS, CheckContext
    from dsl.config import Config

    resolved = resolve(tree.law, edited)
    context = CheckContext(resolved.law, tree.law, edited, Config())
    check_times = {f"{fn.__module__}.{fn.__name__}": timed(lambda: list(fn(context))) for fn in CHECKS}
    print(f"{'  parse, incremental':<46}{t_incremental:>8.3f} s  ({parser.stats.parsed} chunk parsed, {parser.stats.reused} reused)")
    print(f"{'  parse, full':<46}{t_full:>8.3f} s  ({t_full / t_incremental:.0f}× the incremental parse)")
    print(f"{'  resolve':<46}{t_resolve:>8.3f} s")
    for name, t in check_times.items():
        print(f"{'    check ' + name.removeprefix('compiler.checks.'):<46}{t:>8.3f} s")
    print(f"{'  resolve + checks + configuration':<46}{t_all:>8.3f} s")


if __name__ == "__main__":
    main()
