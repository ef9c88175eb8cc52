"""Front-end throughput: parse + resolve + all checks on a synthetic 5,000-§ law, and per file in laws/.

    python bench/parse.py [--sections 5000]

Prints lines per second end to end (with source spans) and, as baselines measured in
the same run, lark's own LALR parser building a generic tree with and without
propagate_positions, and its lexer alone. The goal on a 2-core machine is at least
12,000 lines/s end to end.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lark import Lark  # noqa: E402

from dsl.grammar import grammar_text  # noqa: E402
from dsl.parser import parse  # noqa: E402
from dsl.pipeline import analyse_text  # noqa: E402
from dsl.resolver import resolve  # noqa: E402

HEADER = """lov "Syntetisk lov"
version "bench"

begreb alder: heltal "Borgerens alder" kilde register "CPR"
begreb forsikret: sandhedsværdi "Medlem af en a-kasse" kilde register "A-kasse"
begreb ledighed: uger "Sammenlagt ledighed" kilde register "Ydelsesrefusion"
begreb ydelse: valg af dagpenge, kontanthjælp, sygedagpenge "Ydelse" kilde register "Ydelser"

målgruppe 1 forsikrede "Forsikrede ledige":
    forsikret og ydelse = dagpenge

målgruppe 2 unge "Unge under 30":
    alder < 30 og ikke forsikret

"""


def synthetic_law(sections: int) -> str:
    """A law of ``sections`` §§ (about five lines each) using every common construct."""
    parts = [HEADER]
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


def best_of(n: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sections", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    text = synthetic_law(args.sections)
    lines = text.count("\n")
    parse(text)  # warm the grammar cache
    t_parse = best_of(args.repeat, lambda: parse(text, "bench.lov"))
    tree = parse(text, "bench.lov").law
    t_resolve = best_of(args.repeat, lambda: resolve(tree, text))
    t_all = best_of(args.repeat, lambda: analyse_text(text, "bench.lov"))

    positions = Lark(grammar_text(), parser="lalr", lexer="contextual", propagate_positions=True)
    plain = Lark(grammar_text(), parser="lalr", lexer="contextual")
    chunks = text  # one big parse, as lark users do by default
    t_lark_pos = best_of(args.repeat, lambda: positions.parse(chunks))
    t_lark = best_of(args.repeat, lambda: plain.parse(chunks))
    t_lex = best_of(args.repeat, lambda: list(plain.lex(chunks)))

    print(f"synthetic law: {args.sections} §§, {lines} lines")
    print(f"{'stage':<44}{'seconds':>10}{'lines/s':>12}{'vs goal 12k':>14}")
    for name, t in [
        ("lov: parse (tree with spans)", t_parse),
        ("lov: resolve", t_resolve),
        ("lov: parse + resolve + all checks", t_all),
        ("baseline: lark LALR, propagate_positions", t_lark_pos),
        ("baseline: lark LALR, no positions", t_lark),
        ("baseline: lark lexer alone", t_lex),
    ]:
        print(f"{name:<44}{t:>10.3f}{lines / t:>12,.0f}{lines / t / 12000:>13.2f}×")
    print(f"end to end vs lark+positions: {t_lark_pos / t_all:.2f}× faster")
    print()
    print("laws/ (parse + resolve + all checks, best of 3):")
    for path in sorted((ROOT / "laws").glob("*.lov")):
        src = path.read_text(encoding="utf-8")
        t = best_of(3, lambda: analyse_text(src, str(path)))
        print(f"  {path.name:<24}{src.count(chr(10)):>6} lines {t * 1000:>9.1f} ms")


if __name__ == "__main__":
    main()
