"""What the benchmarks share: timing, the bundled laws and the synthetic law they scale up."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, TypeVar

from compiler.pipeline import load_law
from dsl import model as m

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")

#: The declarations every synthetic law starts with (``{version}`` and ``{groups}`` filled in).
HEADER = """lov "Syntetisk lov"
version "{version}"

begreb alder: heltal "Borgerens alder" kilde register "CPR"
begreb forsikret: sandhedsværdi "Medlem af en a-kasse" kilde register "A-kasse"
begreb ledighed: uger "Sammenlagt ledighed" kilde register "Ydelsesrefusion"
begreb ydelse: valg af dagpenge, kontanthjælp, sygedagpenge "Ydelse" kilde register "Ydelser"

målgruppe 1 forsikrede "Forsikrede ledige":
    forsikret og ydelse = dagpenge
{groups}
"""

#: The second target group of the synthetic law, and the three more that `bench.diff` uses.
UNGE = 'målgruppe 2 unge "Unge under 30":\n    alder < 30 og ikke forsikret\n'
MORE_GROUPS = (
    'målgruppe 3 syge "Sygedagpengemodtagere":\n    ydelse = sygedagpenge\n'
    'målgruppe 4 ældre "Ældre":\n    alder >= 60 og ikke forsikret\n'
    'målgruppe 5 særlige "Særlige vilkår":\n    ydelse = kontanthjælp og alder >= 30 og alder < 60\n'
)


def header(version: str = "bench", more_groups: bool = False) -> str:
    """The synthetic law's declarations: four begreber and two (or five) target groups."""
    return HEADER.format(version=version, groups=UNGE + (MORE_GROUPS if more_groups else "\n"))


def synthetic_law(sections: int) -> str:
    """A law of ``sections`` §§ (about five lines each) using every common construct."""
    parts = [header()]
    for i in range(sections):
        parts.append(f'resultat r{i}: uger "Resultat {i}"\n')
    parts.append("\n")
    for i in range(1, sections + 1):
        if i % 100 == 1:
            parts.append(f'kapitel {i // 100 + 1} "Kapitel {i // 100 + 1}"\n\n')
        r = f"r{i - 1}"
        parts.append(
            f'§ {i} "Regel {i}"  # kommentar\n'
            f"    stk. 1. {r} er {i % 50 + 1} uger, hvis alder >= 18 og ledighed > 4 uger.\n"
            f'    stk. 2. {r} er 26 uger, hvis skøn "konkret individuel vurdering" eller ydelse i (dagpenge, kontanthjælp).\n'
            f"        undtagelse til § {i}, stk. 1.\n"
            f"    stk. 3. For målgruppe forsikrede er {r} 8 uger, jf. § {i}, stk. 1.\n\n"
        )
    return "".join(parts)


def timed(n: int, fn: Callable[[], T], clock: Callable[[], float] = time.perf_counter) -> tuple[float, T]:
    """The fastest of ``n`` runs of ``fn`` (seconds on ``clock``) and the last run's result."""
    times: list[float] = []
    out: T
    for _ in range(max(n, 1)):
        t0 = clock()
        out = fn()
        times.append(clock() - t0)
    return min(times), out


def best_of(n: int, fn: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of ``n`` runs of ``fn``, in seconds on ``clock``."""
    return timed(n, fn, clock)[0]


def bundled_law(name: str) -> m.Law:
    """A law of ``laws/`` by file name, read as `lov compile` reads it (path relative to the root)."""
    return load_law(str((ROOT / "laws" / name).relative_to(ROOT)))
