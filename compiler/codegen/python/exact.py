"""The exact (three-valued) path of generated code: statement for statement what
:mod:`compiler.evaluate.interpreter` does, in the same order (see SEMANTICS.md).

A value that may be unknown is held in a local typed ``T | Udfald``; an ``Udfald`` there
says why it is not known. `og`/`eller` are Kleene and lazy, every other operator strict.
"""

from __future__ import annotations

from compiler.codegen.names import CodegenError, literal, tuple_literal
from compiler.codegen.python.context import PY_TYPES, Context, labels
from dsl import model as m
from dsl.kinds import OutcomeKind


def unknowable(e: m.Expr) -> bool:
    """Whether ``e`` can be unknown: it reads a fact, a judgment, a group or a result."""
    return any(isinstance(x, (m.Fact, m.Judgment, m.Member, m.ResultValue)) for x in m.walk(e))


class _Function(m.ExprVisitor[tuple[str, bool]]):
    """Lines of one function body, with temporaries and group memos."""

    def __init__(self, ctx: Context, where: str, traced: bool = False) -> None:
        self.ctx = ctx
        self.where = where
        self.traced = traced  # in a result's own function: steps of date arithmetic go to ``_spor``
        self.lines: list[str] = []
        self.level = 1
        self.count = 0
        self.memos: dict[str, str] = {}

    def emit(self, text: str) -> None:
        self.lines.append("    " * self.level + text)

    def temp(self) -> str:
        self.count += 1
        return f"_t{self.count}"

    # ---- expressions ------------------------------------------------------------------
    # Each method emits the statements for an expression and returns the code of its value and
    # whether that value may be an ``Udfald`` (unknown).
    def const(self, e: m.Const) -> tuple[str, bool]:
        return self.ctx.value(e.value), False

    def fact(self, e: m.Fact) -> tuple[str, bool]:
        ctx = self.ctx
        raw, v = self.temp(), self.temp()
        missing = ctx.outcome(OutcomeKind.MISSING, rules=(self.where,), missing=e.name)
        self.emit(f"{raw} = borger.{ctx.fact(e.name)}")
        self.emit(f"{v}: {PY_TYPES[e.type.kind]} | Udfald = {missing} if {raw} is None else {raw}")
        return v, True

    def judgment(self, e: m.Judgment) -> tuple[str, bool]:
        raw, v = self.temp(), self.temp()
        unknown = self.ctx.outcome(OutcomeKind.JUDGMENT, rules=(self.where,), judgment=e.text)
        self.emit(f"{raw} = skøn.get({literal(e.text)})")
        self.emit(f"{v}: bool | Udfald = {unknown} if {raw} is None else {raw}")
        return v, True

    def member(self, e: m.Member) -> tuple[str, bool]:
        return self.group(e.group), True

    def result_value(self, e: m.ResultValue) -> tuple[str, bool]:
        ctx = self.ctx
        raw, v = self.temp(), self.temp()
        typ = ctx.result_type(e.name)
        self.emit(f"{raw} = {ctx.py[e.name]}(borger, skøn)")
        self.emit(f"{v}: {typ} | Udfald = cast({typ!r}, {raw}.værdi) if {raw}.art == 'værdi' else {raw}")
        return v, True

    def not_(self, e: m.Not) -> tuple[str, bool]:
        x, unk = self.visit(e.operand)
        if not unk:
            return f"(not {x})", False
        v = self.temp()
        self.emit(f"{v}: bool | Udfald = {x} if isinstance({x}, Udfald) else not {x}")
        return v, True

    def and_(self, e: m.And) -> tuple[str, bool]:
        return self._connective(e)

    def or_(self, e: m.Or) -> tuple[str, bool]:
        return self._connective(e)

    def _binary(self, e: m.Compare | m.Arith, typ: str) -> tuple[str, bool]:
        left, lu = self.visit(e.left)
        right, ru = self.visit(e.right)
        op = {"=": "==", "!=": "!="}.get(e.op, e.op)
        return self._strict([(left, lu), (right, ru)], f"{left} {op} {right}", typ)

    def compare(self, e: m.Compare) -> tuple[str, bool]:
        return self._binary(e, "bool")

    def arith(self, e: m.Arith) -> tuple[str, bool]:
        return self._binary(e, PY_TYPES[e.type.kind])

    def one_of(self, e: m.OneOf) -> tuple[str, bool]:
        x, unk = self.visit(e.operand)
        return self._strict([(x, unk)], f"{x} in {tuple_literal(e.options)}", "bool")

    # ---- time: the helpers of dsl/timeline.py, shared with the interpreter ---------------------
    def _guarded(self, operands: list[tuple[str, bool]], typ: str) -> str:
        """Declare a result local ``v`` and open the branch where every operand is known (the
        first unknown operand, left to right, is the value otherwise); the caller closes it."""
        v = self.temp()
        self.emit(f"{v}: {typ} | Udfald")
        unknown = [code for code, unk in operands if unk]
        for i, code in enumerate(unknown):
            self.emit(f"{'if' if i == 0 else 'elif'} isinstance({code}, Udfald):")
            self.emit(f"    {v} = {code}")
        if unknown:
            self.emit("else:")
            self.level += 1
        return v

    def _close(self, operands: list[tuple[str, bool]]) -> None:
        if any(unk for _, unk in operands):
            self.level -= 1

    def shift(self, e: m.Shift) -> tuple[str, bool]:
        date = self.visit(e.date)
        period = self.visit(e.period)
        operands = [date, period]
        v = self._guarded(operands, "datetime.date")
        moved = self.temp()
        sign = 1 if e.op == "+" else -1
        self.emit(f"{moved} = _flyt({date[0]}, {sign}, {period[0]}, {literal(e.months)})")
        if self.traced:
            name = e.date.name if isinstance(e.date, (m.Fact, m.ResultValue)) else None
            text = literal(e.period.text) if isinstance(e.period, m.Const) else f"_tekst('uger', {period[0]})"
            self.emit("if _spor is not None:")
            self.emit(f"    _spor.append(_trin_flyt({literal(name)}, {date[0]}, {literal(e.op)}, {text}, {moved}, "
                      f"{literal(self.where)}))")
        self.emit(f"{v} = _tvetydig({moved}, {literal(self.where)}) if isinstance({moved}, tuple) else {moved}")
        self._close(operands)
        return v, True

    def elapsed(self, e: m.Elapsed) -> tuple[str, bool]:
        later = self.visit(e.later)
        earlier = self.visit(e.earlier)
        return self._strict([later, earlier], f"_mellem({later[0]}, {earlier[0]})", "int | Fraction")

    def time_on(self, e: m.TimeOn) -> tuple[str, bool]:
        history = self.visit(e.history)
        today = self.visit(e.today)
        operands = [history, today]
        limit = "None"
        if e.limit is not None:
            limit_code = self.visit(e.limit)
            operands.append(limit_code)
            limit = limit_code[0]
        v = self._guarded(operands, "int | Fraction")
        counted = self.temp()
        values = self.ctx.options(e.values)
        self.emit(f"{counted} = _tid({literal(e.kind)}, {history[0]}, {values}, {today[0]}, {limit}, "
                  f"{literal(e.limit_months)})")
        if self.traced:
            self.emit("if _spor is not None:")
            self.emit(f"    _spor.append(_trin_tid({literal(e.text)}, {today[0]}, {counted}, {literal(self.where)}))")
        self.emit(f"{v} = _tvetydig({counted}, {literal(self.where)}) if isinstance({counted}, tuple) else {counted}")
        self._close(operands)
        return v, True

    def recurrence(self, e: m.Recurrence) -> tuple[str, bool]:
        start = self.visit(e.start)
        step = self.visit(e.step)
        return self._strict([start, step], f"({start[0]}, {step[0]}, {literal(e.months)})",
                            PY_TYPES[e.type.kind])

    def invalid(self, e: m.Invalid) -> tuple[str, bool]:
        raise CodegenError("loven har fejl og kan ikke oversættes")

    def _strict(self, operands: list[tuple[str, bool]], plain: str, typ: str) -> tuple[str, bool]:
        unknown = [code for code, unk in operands if unk]
        if not unknown:
            return f"({plain})", False
        v = self.temp()
        tests = "".join(f"{code} if isinstance({code}, Udfald) else " for code in unknown)
        self.emit(f"{v}: {typ} | Udfald = {tests}{plain}")
        return v, True

    def _connective(self, e: m.And | m.Or) -> tuple[str, bool]:
        """Kleene `og`/`eller`: the right operand is evaluated only when the left one does not
        decide alone (false for `og`, true for `eller`)."""
        if not unknowable(e):
            left, _ = self.visit(e.left)
            right, _ = self.visit(e.right)
            return f"({left} {'and' if isinstance(e, m.And) else 'or'} {right})", False
        stop = "False" if isinstance(e, m.And) else "True"
        left, _ = self.visit(e.left)
        v = self.temp()
        self.emit(f"{v}: bool | Udfald = {left}")
        self.emit(f"if {v} is not {stop}:")
        self.level += 1
        right, ru = self.visit(e.right)
        if ru:
            # `og`: false decides, else a true left gives the right; `eller` the other way round.
            self.emit(f"if {right} is {stop} or {v} is {'True' if stop == 'False' else 'False'}:")
            self.emit(f"    {v} = {right}")
        else:
            self.emit(f"if {'not ' if stop == 'False' else ''}{right}:")
            self.emit(f"    {v} = {stop}")
        self.level -= 1
        return v, True

    # ---- target groups ------------------------------------------------------------------
    def group(self, name: str) -> str:
        """Code for membership of group ``name`` (evaluated once per function, when first needed)."""
        memo = f"_g_{self.ctx.py[name]}"
        self.memos[name] = memo
        self.emit(f"if {memo} is None:")
        self.emit(f"    {memo} = _målgruppe_{self.ctx.py[name]}(borger, skøn)")
        return memo

    def memo_lines(self) -> list[str]:
        return [f"    {memo}: bool | Udfald | None = None" for memo in self.memos.values()]


def group_function(ctx: Context, group: m.TargetGroup) -> list[str]:
    """``_målgruppe_NAME(borger, skøn) -> bool | Udfald``: the group's condition."""
    label = ctx.group_label(group)
    fn = _Function(ctx, label)
    code, _ = fn.visit(group.condition)
    return [
        f"def _målgruppe_{ctx.py[group.name]}(borger: Borger, skøn: Mapping[str, bool]) -> bool | Udfald:",
        f"    # {label}",
        *fn.memo_lines(),
        *fn.lines,
        f"    return {code}",
    ]


def result_function(ctx: Context, res: m.Result) -> list[str]:
    """``_eksakt_NAME(borger, skøn, _spor=None) -> Udfald``: the result, three-valued."""
    fn = _Function(ctx, "", traced=True)
    rules = res.rules
    py = ctx.py[res.name]
    for i, rule in enumerate(rules, 1):
        fn.where = rule.label
        fn.emit(f"# {rule.label}")
        _applies(fn, rule, f"_r{i}")
    body = fn.lines
    fn.lines = []
    names = [f"_r{i}" for i in range(1, len(rules) + 1)]
    if rules:
        fn.emit("if _spor is not None:")
        fn.emit(f"    _spor.append(({', '.join(names)}{',' if len(names) == 1 else ''}))")
    beaten = []
    for rule in rules:
        beaters = [f"_r{j} is True" for j, other in enumerate(rules, 1) if rule.label in other.overrides]
        beaten.append(" or ".join(beaters))
    if any(rule.groups or rule.condition is not None for rule in rules):
        fn.emit("# Uafklaret regel, som ingen gældende regel tilsidesætter: udfaldet afhænger af den.")
    for i, (rule, b) in enumerate(zip(rules, beaten), 1):
        if rule.groups or rule.condition is not None:
            fn.emit(f"if isinstance(_r{i}, Udfald){f' and not ({b})' if b else ''}:")
            fn.emit(f"    return _r{i}")
    for i, b in enumerate(beaten, 1):
        fn.emit(f"_w{i} = _r{i} is True{f' and not ({b})' if b else ''}")
    if len(rules) > 1:
        wins = " + ".join(f"_w{i}" for i in range(1, len(rules) + 1))
        pairs = ", ".join(f"({literal(r.label)}, _w{i})" for i, r in enumerate(rules, 1))
        fn.emit(f"if {wins} > 1:")
        fn.emit(f"    return _konflikt({pairs})")
    for i, rule in enumerate(rules, 1):
        fn.where = rule.label
        fn.emit(f"if _w{i}:  # {rule.label}")
        fn.level += 1
        if isinstance(rule.value, m.Const):
            fn.emit(f"return {ctx.outcome(OutcomeKind.VALUE, rule.value.value, (rule.label,))}")
        else:
            code, unk = fn.visit(rule.value)
            made = f"Udfald('værdi', {code}, {labels((rule.label,))}, None, None)"
            fn.emit(f"return {code} if isinstance({code}, Udfald) else {made}" if unk else f"return {made}")
        fn.level -= 1
    fn.emit(f"return {ctx.outcome(OutcomeKind.NO_RULE)}")
    return [
        f"def _eksakt_{py}(",
        "    borger: Borger, skøn: Mapping[str, bool], _spor: list[object] | None = None",
        ") -> Udfald:",
        f"    # Den eksakte vej (tre værdier) for {res.name}; se SEMANTICS.md.",
        *fn.memo_lines(),
        *body,
        *fn.lines,
    ]


def _applies(fn: _Function, rule: m.Rule, r: str) -> None:
    """Emit ``r``: whether ``rule`` applies (member of one of its groups `og` its condition)."""
    if rule.groups:
        first = fn.group(rule.groups[0])
        fn.emit(f"{r}: bool | Udfald = {first}")
        for g in rule.groups[1:]:
            fn.emit(f"if {r} is not True:")
            fn.level += 1
            memo = fn.group(g)
            fn.emit(f"if {memo} is True or {r} is False:")
            fn.emit(f"    {r} = {memo}")
            fn.level -= 1
        if rule.condition is not None:
            fn.emit(f"if {r} is not False:")
            fn.level += 1
            code, unk = fn.visit(rule.condition)
            if unk:
                fn.emit(f"if {code} is False or {r} is True:")
                fn.emit(f"    {r} = {code}")
            else:
                fn.emit(f"if not {code}:")
                fn.emit(f"    {r} = False")
            fn.level -= 1
    elif rule.condition is not None:
        code, _ = fn.visit(rule.condition)
        fn.emit(f"{r}: bool | Udfald = {code}")
    else:
        fn.emit(f"{r}: bool | Udfald = True")
