"""Checking a very large law: `lov check` in a fresh process on synthetic laws of growing size.

    python -m bench.large [--mb 5 50] [--uden-bevis]

For each size it writes the synthetic law (the one `bench.parse` uses, scaled up), runs
`lov check --format json` on it in a process of its own and prints the wall time, the peak
resident memory of that process, and both per megabyte beside the smallest size's figures
(the baseline of the same run), so that linear growth shows as ratios near 1. The solver's
questions (K002-K008) take most of the time; with ``--uden-bevis`` they are left out, as
`lov check --uden-bevis` does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import synthetic_law

#: Bytes of synthetic law per § (measured on the 5,000-§ law; the header is negligible).
BYTES_PER_SECTION = len(synthetic_law(1000).encode()) / 1000


def run_check(path: Path, prove: bool = True) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in bytes and exit code of `lov check` on ``path``."""
    cmd = [sys.executable, "-m", "compiler.driver.cli", "check", "--format", "json", str(path)]
    if not prove:
        cmd.append("--uden-bevis")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss * 1024, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, nargs="+", default=[5.0, 50.0])
    ap.add_argument("--uden-bevis", dest="prove", action="store_false", help="leave out the solver's questions")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sorted(args.mb):
            sections = max(1, round(mb * 1e6 / BYTES_PER_SECTION))
            path = Path(tmp) / f"stor-{sections}.lov"
            path.write_text(synthetic_law(sections), encoding="utf-8")
            size = path.stat().st_size
            seconds, rss, code = run_check(path, args.prove)
            rows.append((size, sections, seconds, rss, code))
            path.unlink()
    base_size, _, base_s, base_rss, _ = rows[0]
    print(f"{'law':>10}{'§§':>9}{'seconds':>10}{'peak RSS':>11}{'s/MB':>8}{'MiB/MB':>8}{'vs smallest':>14}  exit")
    for size, sections, seconds, rss, code in rows:
        mb = size / 1e6
        time_ratio = (seconds / mb) / (base_s / (base_size / 1e6))
        mem_ratio = (rss / mb) / (base_rss / (base_size / 1e6))
        print(
            f"{mb:>8.1f}MB{sections:>9,}{seconds:>10.1f}{rss / 2**30:>8.2f}GiB"
            f"{seconds / mb:>8.2f}{rss / 2**20 / mb:>8.1f}{time_ratio:>7.2f}×/{mem_ratio:.2f}×  {code}"
        )


if __name__ == "__main__":
    main()
