"""Pausing Python's cyclic garbage collector while a law is built.

Parsing and resolving allocate hundreds of thousands of small objects; each allocation
burst triggers generation scans of the whole growing tree, which took half the time of
`lov check` on a 5,000-§ law (bench/parse.py). The trees hold no reference cycles worth
collecting mid-way, so the collector is paused for the duration and resumed after —
reentrant, and only if it was running before.

Resumed, the collector's first pass scans everything allocated meanwhile (a tenth of a second
for a 5,000-§ law). What is built to stay — the language server keeps each document's tree and
model until the next edit — can instead be moved out of its sight first (``keep=True``:
:func:`gc.freeze`); refcounting still frees it, only reference cycles among it are never
collected.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def paused_gc(keep: bool = False) -> Iterator[None]:
    """The collector paused; with ``keep``, what was allocated meanwhile is not scanned after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if was_enabled:
            gc.enable()
