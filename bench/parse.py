"""Front-end throughput: parse + resolve + all checks on a synthetic 5,000-§ law, and per file in laws/.

    python -m bench.parse [--sections 5000]

Prints lines per second end to end (with source spans) and, as baselines measured in
the same run, lark's own LALR parser building a generic tree with and without
propagate_positions, and its lexer alone. The goal on a 2-core machine is at least
12,000 lines/s end to end.
"""

from __future__ import annotations

import argparse
import tracemalloc

from lark import Lark

from bench.common import ROOT, best_of, synthetic_law
from compiler.pipeline import analyse_text
from dsl.grammar import grammar_text
from dsl.parser import parse
from dsl.resolver import resolve


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
    print()
    print("memory: one string literal of n characters (parse + resolve + all checks, tracemalloc peak):")
    for n in (500_000, 2_000_000):
        text = 'lov "T"\nresultat r: tekst\n§ 1. r er "' + "x" * n + '".\n'
        tracemalloc.start()
        analyse_text(text, "streng.lov")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  {n:>10,} characters {peak / 2**20:>8.1f} MiB  {peak / n:>6.1f} bytes per character")


if __name__ == "__main__":
    main()
