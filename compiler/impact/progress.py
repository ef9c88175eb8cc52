"""A progress bar on the terminal for anything that takes more than a second.

Drawn on stderr, only when stderr is a terminal and only once the work has taken longer
than :data:`DELAY` seconds, so quick runs, pipes and CI logs stay clean. The report on
stdout is never touched.
"""

from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

DELAY = 1.0
WIDTH = 30


class Progress:
    """``update(done)`` as work completes; ``close()`` at the end (or use as a context manager)."""

    def __init__(self, total: int, label: str, *, stream: TextIO | None = None, enabled: bool | None = None,
                 delay: float = DELAY, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = max(total, 1)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled if enabled is not None else bool(getattr(self.stream, "isatty", lambda: False)())
        self.delay = delay
        self.clock = clock
        self.start = clock()
        self.done = 0
        self.drawn = False

    def update(self, done: int) -> None:
        self.done = min(done, self.total)
        if not self.enabled:
            return
        elapsed = self.clock() - self.start
        if elapsed < self.delay and not self.drawn:
            return
        filled = WIDTH * self.done // self.total
        bar = "█" * filled + "·" * (WIDTH - filled)
        pct = 100 * self.done // self.total
        self.stream.write(f"\r{self.label} {bar} {pct:3d} % ({self.done}/{self.total}, {elapsed:.1f} s)")
        self.stream.flush()
        self.drawn = True

    def advance(self, k: int = 1) -> None:
        self.update(self.done + k)

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
