"""Pausing Python's cyclic garbage collector while a law is built.

Parsing and resolving allocate hundreds of thousands of small objects; each allocation
burst triggers generation scans of the whole growing tree, which took half the time of
`lov check` on a 5,000-§ law (bench/parse.py). The trees hold no reference cycles worth
collecting mid-way, so the collector is paused for the duration and resumed after —
reentrant, and only if it was running before.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
