"""One expression visitor: every back end handles every kind of expression of the law model.

The back ends — the interpreter, the scalar generator's exact and fast paths, the columnar
generator and the canonical key — are subclasses of :class:`dsl.model.ExprVisitor`. Here every
kind of expression is built and run through every back end, so a kind one of them forgets
fails here (and the back end cannot even be instantiated: its method is abstract).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Callable

import pytest

from compiler.codegen.columnar.module import ColumnarError
from compiler.codegen.columnar.module import _Generator as ColumnarGenerator
from compiler.codegen.names import CodegenError
from compiler.codegen.python.context import Context
from compiler.codegen.python.exact import _Function as ExactFunction
from compiler.codegen.python.fast import FastExpr
from compiler.diff.canonical import expr_key
from compiler.evaluate.interpreter import LawError, Outcome, _Evaluation
from compiler.prove.encode import Encoder, EncodingError
from dsl import model as m
from tests.kit import law_of

LAW = law_of(
    'begreb alder: heltal kilde register "CPR"\n'
    'begreb ydelse: valg af dagpenge, kontanthjælp kilde register "Ydelser"\n'
    "begreb opgørelsesdato: dato kilde borger\n"
    'begreb tilmeldt: dato kilde register "Jobnet"\n'
    'begreb ydelsesforløb: forløb af dagpenge, kontanthjælp kilde register "Ydelser"\n'
    'målgruppe 1 unge:\n    alder < 30\n'
    "resultat r: heltal\nresultat s: heltal\n"
    "§ 1. r er alder + 1.\n§ 2. s er r * 2.\n"
)
HELTAL = m.HELTAL
ALDER = m.Fact("alder", HELTAL, span=None)  # type: ignore[arg-type]
UNGE = m.Member("unge", span=None)  # type: ignore[arg-type]
TILMELDT = m.Fact("tilmeldt", m.DATO, span=None)  # type: ignore[arg-type]
I_DAG = m.Fact("opgørelsesdato", m.DATO, span=None)  # type: ignore[arg-type]
FOUR_WEEKS = m.Const(4, m.UGER, "4 uger", span=None)  # type: ignore[arg-type]


def _span(**kw: object) -> dict[str, object]:
    return {"span": None, **kw}


#: One expression of each kind, built only from names the law above declares.
EXAMPLES: dict[type, Callable[[], m.Expr]] = {
    m.Const: lambda: m.Const(3, HELTAL, "3", **_span()),
    m.Fact: lambda: ALDER,
    m.ResultValue: lambda: m.ResultValue("r", HELTAL, **_span()),
    m.Member: lambda: UNGE,
    m.Judgment: lambda: m.Judgment("konkret individuel vurdering", **_span()),
    m.Not: lambda: m.Not(UNGE, **_span()),
    m.And: lambda: m.And(UNGE, m.Compare(">", ALDER, m.Const(17, HELTAL, "17", **_span()), **_span()), **_span()),
    m.Or: lambda: m.Or(UNGE, m.Judgment("særlige forhold", **_span()), **_span()),
    m.Compare: lambda: m.Compare("<=", ALDER, m.Const(29, HELTAL, "29", **_span()), **_span()),
    m.Arith: lambda: m.Arith("*", ALDER, m.Const(2, HELTAL, "2", **_span()), HELTAL, **_span()),
    m.OneOf: lambda: m.OneOf(m.Fact("ydelse", LAW.concepts["ydelse"].type, **_span()), ("dagpenge",), **_span()),
    m.Shift: lambda: m.Shift("+", TILMELDT, FOUR_WEEKS, None, **_span()),
    m.Elapsed: lambda: m.Elapsed(I_DAG, TILMELDT, **_span()),
    m.TimeOn: lambda: m.TimeOn("sammenlagt", m.Fact("ydelsesforløb", LAW.concepts["ydelsesforløb"].type, **_span()),
                               ("dagpenge",), FOUR_WEEKS, None, I_DAG, "sammenlagt tid …", **_span()),
    m.Recurrence: lambda: m.Recurrence(TILMELDT, FOUR_WEEKS, None, **_span()),
    m.Invalid: lambda: m.Invalid(**_span()),
}

FACTS = {
    "alder": 27, "ydelse": "dagpenge", "opgørelsesdato": datetime.date(2026, 3, 2),
    "tilmeldt": datetime.date(2026, 1, 5),
    "ydelsesforløb": ((datetime.date(2026, 1, 1), None, "dagpenge"),),
}


def interpreter(e: m.Expr) -> object:
    return _Evaluation(LAW, FACTS, {}).expr(e, "§ 1")


def exact(e: m.Expr) -> object:
    return ExactFunction(Context(LAW), "§ 1").visit(e)


def fast(e: m.Expr) -> object:
    return FastExpr(Context(LAW))(e)


def columnar(e: m.Expr) -> object:
    return ColumnarGenerator(LAW).visit(e)


def solver(e: m.Expr) -> object:
    return Encoder(LAW).visit(e)


#: Back end → (run it on an expression, the typed error it raises for an invalid expression).
BACKENDS: dict[str, tuple[Callable[[m.Expr], object], type[Exception] | None]] = {
    "interpreter": (interpreter, LawError),
    "exact": (exact, CodegenError),
    "fast": (fast, CodegenError),
    "columnar": (columnar, ColumnarError),
    "canonical": (expr_key, None),
    "solver": (solver, EncodingError),
}


def test_every_kind_of_expression_has_an_example() -> None:
    assert set(EXAMPLES) == set(m.EXPR_KINDS)


@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize("kind", m.EXPR_KINDS, ids=lambda k: k.__name__)
def test_every_back_end_handles_every_kind(backend: str, kind: type) -> None:
    run, invalid_error = BACKENDS[backend]
    e = EXAMPLES[kind]()
    if kind is m.Invalid and invalid_error is not None:
        with pytest.raises(invalid_error):
            run(e)
        return
    assert run(e) is not None


def test_the_interpreter_gives_each_kind_its_meaning() -> None:
    """The values the reference semantics gives these examples for a 27-year-old on dagpenge."""
    results = {kind.__name__: interpreter(make()) for kind, make in EXAMPLES.items() if kind is not m.Invalid}
    assert results["Const"] == 3 and results["Fact"] == 27 and results["ResultValue"] == 28
    assert results["Member"] is True and results["Not"] is False and results["And"] is True
    assert results["Or"] is True and results["Compare"] is True and results["Arith"] == 54
    assert results["OneOf"] is True
    assert results["Shift"] == datetime.date(2026, 2, 2) and results["Elapsed"] == 8
    assert results["TimeOn"] == 4  # the window of 4 weeks is all on dagpenge
    assert results["Recurrence"] == (datetime.date(2026, 1, 5), 4, None)
    assert isinstance(results["Judgment"], Outcome) and results["Judgment"].kind == "skøn"


def test_a_back_end_that_forgets_a_kind_cannot_be_made() -> None:
    class Forgetful(m.ExprVisitor[str]):
        def const(self, e: m.Const) -> str:
            return "k"

    with pytest.raises(TypeError, match="abstract"):
        Forgetful()  # type: ignore[abstract]


def test_the_canonical_key_ignores_how_a_constant_is_written() -> None:
    a = m.Const(Decimal("30.50"), m.BELOB, "30,50 kr.", span=None)  # type: ignore[arg-type]
    b = m.Const(Decimal("30.5"), m.BELOB, "30,5 kr.", span=None)  # type: ignore[arg-type]
    assert expr_key(a) == expr_key(b) != expr_key(m.Const(Decimal("30.51"), m.BELOB, "30,51 kr.", span=None))  # type: ignore[arg-type]


def test_the_solver_gives_each_kind_the_interpreters_meaning() -> None:
    """With the facts fixed to the citizen above, the solver's term has the interpreter's value."""
    import z3

    for kind, make in EXAMPLES.items():
        if kind in (m.Invalid, m.Judgment, m.Or, m.Recurrence):  # unsupplied judgment; opaque cadence
            continue
        enc = Encoder(LAW)
        term = enc.visit(make())
        fixed = [enc.fact_var(k) == enc._constant(v, LAW.concepts[k].type) for k, v in FACTS.items()
                 if LAW.concepts[k].type.kind.value != "forløb"]
        if "ydelsesforløb" in enc.histories:
            h = enc.histories["ydelsesforløb"]
            fixed += [h.present[0], h.value[0] == enc.symbols["dagpenge"],
                      h.first[0] == datetime.date(2026, 1, 1).toordinal(), h.last[0] >= FACTS["opgørelsesdato"].toordinal(),
                      *(z3.Not(p) for p in h.present[1:])]
        solver_ = z3.Solver(ctx=enc.ctx)
        solver_.add(*enc.domain, *fixed)
        assert solver_.check() == z3.sat, kind
        model = solver_.model()
        assert z3.is_true(model.eval(term.known, model_completion=True)), kind
        got = model.eval(term.value, model_completion=True)
        want = interpreter(make())
        if isinstance(want, bool):
            assert z3.is_true(got) is want, kind
        elif isinstance(want, datetime.date):
            assert got.as_long() == want.toordinal(), kind
        else:
            assert got.as_fraction() == want if z3.is_rational_value(got) else got.as_long() == want, kind
