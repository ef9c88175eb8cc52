"""What one request to the decision service may ask (each bound configurable on `lov serve`)."""

from __future__ import annotations

import attrs


@attrs.frozen
class Limits:
    """Bounds on one request: its size, its number of citizens and its JSON nesting."""

    max_body: int = 16 * 2**20  # bytes
    max_batch: int = 10_000  # citizens in one evaluer-mange
    max_depth: int = 32  # nesting of JSON arrays and objects
