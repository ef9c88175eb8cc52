"""Random damage to real laws never crashes the front end: diagnostics or a clean pass."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.pipeline import analyse_text
from dsl.formatter import format_text
from dsl.sources import decode
from tests.kit import law_files

DOC = Path(__file__).resolve().parent.parent / "dsl" / "LANGUAGE.md"
CORPUS = [p.read_text(encoding="utf-8") for p in law_files()] + re.findall(
    r"```lov\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S
)
TOKEN = re.compile(r'"[^"\n]*"|\S+')


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(CORPUS))
    tokens = [m.group() for m in TOKEN.finditer(text)]
    lines = text.split("\n")
    kind = draw(st.sampled_from(["delete", "duplicate", "swap", "bytes", "line"]))
    if kind == "line" and lines:
        i = draw(st.integers(0, len(lines) - 1))
        lines.insert(i, lines[i]) if draw(st.booleans()) else lines.pop(i)
        return "\n".join(lines).encode("utf-8")
    if kind == "bytes" or not tokens:
        data = bytearray(text.encode("utf-8"))
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=6))
        return bytes(data)
    i = draw(st.integers(0, len(tokens) - 1))
    if kind == "delete":
        tokens.pop(i)
    elif kind == "duplicate":
        tokens.insert(i, tokens[i])
    else:
        j = draw(st.integers(0, len(tokens) - 1))
        tokens[i], tokens[j] = tokens[j], tokens[i]
    sep = draw(st.sampled_from([" ", "\n"]))
    return sep.join(tokens).encode("utf-8")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged())
def test_damaged_law_gives_diagnostics_not_exceptions(data: bytes) -> None:
    source = decode(data, "skadet.lov")
    if source.text is None:
        assert source.diagnostics[0].code == "F002"
        return
    analysis = analyse_text(source.text, "skadet.lov")
    for d in analysis.diagnostics:
        assert d.message() and d.message("en")
        assert d.span.line >= 1 and d.span.column >= 1
    formatted = format_text(source.text)
    if formatted is not None:
        assert format_text(formatted) == formatted


# ---- inputs a drafter can type that once crashed: deep expressions and long numbers ----------

HEAD = 'lov "T"\nbegreb a: sandhedsværdi kilde register "X"\nbegreb n: heltal kilde register "X"\nresultat r: uger\n'


def _chain(op: str, n: int) -> str:
    return f"{HEAD}§ 1. r er 4 uger, hvis {f' {op} '.join(['a'] * n)}.\n"


DEEP = {
    "og": _chain("og", 400),
    "eller": _chain("eller", 400),
    "ikke": HEAD + "§ 1. r er 4 uger, hvis " + "ikke " * 5000 + "a.\n",
    "plus": HEAD + "§ 1. r er " + " + ".join(["1 uge"] * 50_000) + ".\n",
    "compare": HEAD + "§ 1. r er 4 uger, hvis n > " + " * ".join(["2"] * 300) + ".\n",
}
LONG_NUMBERS = {
    "period": HEAD + f"§ 1. r er {'9' * 5000} uger.\n",
    "stk": HEAD + f"§ 1\n    stk. {'9' * 5000}. r er 4 uger.\n",
    "paragraf": HEAD + f"§ {'9' * 5000}. r er 4 uger.\n",
    "reference": HEAD + f"§ 1. r er 4 uger, jf. § {'9' * 5000}.\n",
    "months": HEAD + "§ 1. r er 1" + "0" * 400 + " måneder.\n",
    "cadence": HEAD + f"§ 1. r er hver {'9' * 5000}. uge.\n",
    "amount": 'lov "T"\nresultat r: beløb\n§ 1. r er ' + "9" * 5000 + " kr.\n",
}


def _cli(*args: str):
    from click.testing import CliRunner

    from compiler.driver.cli import main

    return CliRunner().invoke(main, list(args))


def test_a_too_deep_expression_is_s005_in_every_command(tmp_path) -> None:
    for name, text in DEEP.items():
        path = tmp_path / f"{name}.lov"
        path.write_text(text, encoding="utf-8")
        for args in (["check", str(path)], ["fmt", str(path)], ["compile", str(path), "-o", str(tmp_path / "m.py")]):
            result = _cli(*args)
            assert result.exit_code == 1, (name, args, result.output[-300:])
            assert "S005" in result.output or "S005" in str(result.stderr_bytes or b""), (name, args)


def test_a_number_with_too_many_digits_is_s006(tmp_path) -> None:
    for name, text in LONG_NUMBERS.items():
        path = tmp_path / f"{name}.lov"
        path.write_text(text, encoding="utf-8")
        result = _cli("check", str(path))
        assert result.exit_code == 1 and "S006" in result.output, (name, result.output[-300:])
        assert len(result.output) < 5_000, "a finding never reprints a huge number in full"
    prose = HEAD + f'§ 1. "Efter {"9" * 5000} måneder."\n'
    (tmp_path / "prose.lov").write_text(prose, encoding="utf-8")
    assert _cli("check", str(tmp_path / "prose.lov")).exit_code in (0, 1)
    (tmp_path / "tekst.txt").write_text(f"efter {'9' * 5000} måneder og 1{'0' * 400} år", encoding="utf-8")
    assert _cli("check", "--tekst", str(tmp_path / "tekst.txt")).exit_code in (0, 1)


def test_the_deepest_allowed_expression_compiles_to_a_module_that_imports(tmp_path) -> None:
    """`lov compile` exits 0 only for a module that imports: at the depth limit it still does."""
    from compiler.codegen.load import compile_columnar, compile_law
    from dsl.parser import MAX_DEPTH
    from tests.kit import law_of

    for op in ("og", "eller", "+"):
        body = f" {op} ".join(["a"] * (MAX_DEPTH + 1)) if op != "+" else " + ".join(["1 uge"] * (MAX_DEPTH + 1))
        rule = f"§ 1. r er 4 uger, hvis {body}.\n" if op != "+" else f"§ 1. r er {body}.\n"
        law = law_of(HEAD.split("\n", 1)[1] + rule)
        module = compile_law(law)
        assert module.RESULTATER["r"](module.Borger(a=True, n=1)).art == "værdi"
        compile_columnar(law)


def test_the_documented_examples_of_s005_and_s006_show_the_finding() -> None:
    from dsl.catalogue import CATALOGUE
    from tests.kit import HEADER

    for code in ("S005", "S006"):
        entry = CATALOGUE[code]
        assert code in [d.code for d in analyse_text(HEADER + entry.bad, "bad.lov").diagnostics]
        assert code not in [d.code for d in analyse_text(HEADER + entry.good, "good.lov").diagnostics]


# ---- the fuzzing harness: hostile fragments in real laws, every stage, bounded and seeded -------

FRAGMENTS = [
    "\x1b[2K", "\u202e", "\x00", "৪", "１", "9" * 40, "1" * 20 + " måneder", " og ".join(["a"] * 120),
    "ikke " * 300, "(" * 300, ")" * 300, '"' + "x" * 5000 + '"', "# lov: tillad U001", "§ 1", "stk. 0.",
    "hver 0. uge", "1_3", "٣٠", "\ufeff", "\r", "\t", "jf. § 999999999999999", "undtagelse til § 1, stk. 1.",
]


@st.composite
def hostile(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(CORPUS))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(FRAGMENTS)) + text[at:]
    return text


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile())
def test_hostile_fragments_never_crash_a_stage(text: str) -> None:
    """check, render, fmt and — for a law without errors — compile and the interpreter: each
    gives diagnostics or a result, never an exception, and text output carries no raw control
    characters."""
    from compiler.codegen.load import compile_law
    from compiler.evaluate.interpreter import evaluate
    from dsl.render import render_text

    source = decode(text.encode("utf-8"), "fuzz.lov")
    if source.text is None:
        return
    analysis = analyse_text(source.text, "fuzz.lov")
    shown = render_text(analysis.diagnostics, {"fuzz.lov": source.text})
    assert "\x1b" not in shown and "\u202e" not in shown and "\x00" not in shown
    formatted = format_text(source.text)
    if formatted is not None:
        assert format_text(formatted) == formatted
    if analysis.law is not None and not analysis.errors:
        module = compile_law(analysis.law)
        for name in list(analysis.law.results)[:3]:
            assert evaluate(analysis.law, name, {}).kind == module.RESULTATER[name](module.Borger()).art
