"""The fast path of generated code: a result's rules as plain Python booleans and values.

It runs only when every fact the result's rules (and their target groups) read is present,
and it gives up — falling back to the exact three-valued path — the moment it needs a
judgment that was not supplied (``KeyError``) or a result that has no value
(``_Uafklaret``). When it does finish, every input it looked at was known, so it agrees with
the exact path (SEMANTICS.md): rules are tried most specific first, and a rule beaten by one
that applies is not evaluated at all, since it can no longer change the outcome.
"""

from __future__ import annotations

from compiler.codegen.names import CodegenError, literal, tuple_literal
from compiler.codegen.python.context import PY_TYPES, Context
from dsl import model as m
from dsl.kinds import OutcomeKind


class FastExpr(m.ExprVisitor[str]):
    """Plain Python expressions over the fact and group locals of a fast function."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.values_used: set[str] = set()
        self.shared: set[str] = set()  # results used more than once: computed once, up front

    def __call__(self, e: m.Expr) -> str:
        return self.visit(e)

    def const(self, e: m.Const) -> str:
        return self.ctx.value(e.value)

    def fact(self, e: m.Fact) -> str:
        return self.ctx.fact(e.name)

    def judgment(self, e: m.Judgment) -> str:
        return f"skøn[{literal(e.text)}]"

    def member(self, e: m.Member) -> str:
        return self.ctx.py[e.group]

    def result_value(self, e: m.ResultValue) -> str:
        self.values_used.add(e.name)
        if e.name in self.shared:
            return f"_v_{self.ctx.py[e.name]}"
        return f"_værdi_{self.ctx.py[e.name]}(borger, skøn)"

    def not_(self, e: m.Not) -> str:
        return f"(not {self.visit(e.operand)})"

    def and_(self, e: m.And) -> str:
        return f"({self.visit(e.left)} and {self.visit(e.right)})"

    def or_(self, e: m.Or) -> str:
        return f"({self.visit(e.left)} or {self.visit(e.right)})"

    def compare(self, e: m.Compare) -> str:
        return f"({self.visit(e.left)} {'==' if e.op == '=' else e.op} {self.visit(e.right)})"

    def arith(self, e: m.Arith) -> str:
        return f"({self.visit(e.left)} {e.op} {self.visit(e.right)})"

    def one_of(self, e: m.OneOf) -> str:
        return f"({self.visit(e.operand)} in {tuple_literal(e.options)})"

    def shift(self, e: m.Shift) -> str:
        sign = 1 if e.op == "+" else -1
        return f"_entydig_dato(_flyt({self.visit(e.date)}, {sign}, {self.visit(e.period)}, {literal(e.months)}))"

    def elapsed(self, e: m.Elapsed) -> str:
        return f"_mellem({self.visit(e.later)}, {self.visit(e.earlier)})"

    def time_on(self, e: m.TimeOn) -> str:
        values = self.ctx.options(e.values)
        limit = self.visit(e.limit) if e.limit is not None else "None"
        return (f"_entydig_uger(_tid({literal(e.kind)}, {self.visit(e.history)}, {values}, {self.visit(e.today)}, "
                f"{limit}, {literal(e.limit_months)}))")

    def recurrence(self, e: m.Recurrence) -> str:
        return f"({self.visit(e.start)}, {self.visit(e.step)}, {literal(e.months)})"

    def invalid(self, e: m.Invalid) -> str:
        raise CodegenError("loven har fejl og kan ikke oversættes")


def _reads(exprs: list[m.Expr], kind: type) -> list[str]:
    out: list[str] = []
    for expr in exprs:
        for e in m.walk(expr):
            if isinstance(e, m.Fact) and kind is m.Fact:
                out.append(e.name)
            elif isinstance(e, m.Member) and kind is m.Member:
                out.append(e.group)
    return out


def _groups_needed(law: m.Law, res: m.Result) -> list[str]:
    """The target groups the result's rules need, each after the groups its condition uses."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for dep in _reads([law.groups[name].condition], m.Member):
            visit(dep)
        order.append(name)

    for rule in res.rules:
        for g in rule.groups:
            visit(g)
        for g in _reads([rule.value] + ([rule.condition] if rule.condition else []), m.Member):
            visit(g)
    return order


def _precedence(rules: tuple[m.Rule, ...]) -> list[int] | None:
    """Rule indexes with every rule after all rules that beat it (ties in law order), or None
    when rules beat each other in a cycle."""
    remaining = list(range(len(rules)))
    order: list[int] = []
    while remaining:
        ready = [i for i in remaining
                 if not any(rules[i].label in rules[j].overrides for j in remaining if j != i)]
        if not ready:
            return None
        order.append(ready[0])
        remaining.remove(ready[0])
    return order


def public_function(ctx: Context, res: m.Result) -> tuple[list[str], set[str]]:
    """``NAME(borger, skøn) -> Udfald``: the fast path, falling back to ``_eksakt_NAME``.
    Also returns the results whose values the fast path uses."""
    law = ctx.law
    py = ctx.py[res.name]
    fast = FastExpr(ctx)
    groups = _groups_needed(law, res)
    exprs: list[m.Expr] = [law.groups[g].condition for g in groups]
    for rule in res.rules:
        exprs.append(rule.value)
        if rule.condition is not None:
            exprs.append(rule.condition)
    facts = [f for f in law.concepts if f in set(_reads(exprs, m.Fact))]
    mask = 0
    for f in facts:
        mask |= ctx.bit[f]
    doc = res.description if res.description is not None else res.name
    lines = [
        f"def {py}(borger: Borger, skøn: Mapping[str, bool] = _INGEN_SKØN) -> Udfald:",
        f"    {literal(doc)}",
        "    if skøn:",
        "        skøn = _skøn_efter_ordlyd(skøn)",
    ]
    names = ", ".join(facts) if facts else "ingen"
    lines += [
        f"    if borger._mangler & {mask | ctx.explaining:#x}:  # mangler {names}, eller forklaring",
        f"        return _eksakt_{py}(borger, skøn)",
    ]
    for f in facts:
        typ = PY_TYPES[law.concepts[f].type.kind]
        lines.append(f"    {ctx.fact(f)}: {typ} = borger.{ctx.fact(f)}  # type: ignore[assignment]")
    body: list[str] = []
    uses = [e.name for expr in exprs for e in m.walk(expr) if isinstance(e, m.ResultValue)]
    for name in law.results:
        if uses.count(name) > 1:  # used in several places: computed once, up front
            fast.shared.add(name)
            body.append(f"_v_{ctx.py[name]} = _værdi_{ctx.py[name]}(borger, skøn)")
    for g in groups:
        group = law.groups[g]
        body.append(f"{ctx.py[g]} = {fast(group.condition)}  # {ctx.group_label(group)}")
    rules = res.rules
    order = _precedence(rules)
    beaters = [[j for j, other in enumerate(rules) if rule.label in other.overrides] for rule in rules]
    if order is not None and rules:
        body.append("# De mest specifikke regler først; en regel, som en gældende regel tilsidesætter,")
        body.append("# prøves ikke.")
    for i in order if order is not None else range(len(rules)):
        rule = rules[i]
        parts: list[str] = []
        if order is not None and beaters[i]:
            parts.append("not (" + " or ".join(f"_r{j + 1}" for j in beaters[i]) + ")")
        if rule.groups:
            parts.append("(" + " or ".join(ctx.py[g] for g in rule.groups) + ")")
        if rule.condition is not None:
            parts.append(fast(rule.condition))
        body.append(f"_r{i + 1} = {' and '.join(parts) or 'True'}  # {rule.label}")
    wins = [f"_r{i}" for i in range(1, len(rules) + 1)]
    if order is None:  # rules that beat each other: evaluate all, then drop the beaten ones
        for i in range(len(rules)):
            if beaters[i]:
                wins[i] = f"_w{i + 1}"
                body.append(f"_w{i + 1} = _r{i + 1} and not ({' or '.join(f'_r{j + 1}' for j in beaters[i])})")
    values = [_value(ctx, fast, rule) for rule in rules]
    if len(rules) == 1:
        body.append(f"if {wins[0]}:")
        body.append(f"    return {values[0]}")
    elif rules:
        body.append(f"_n = {' + '.join(wins)}")
        body.append("if _n == 1:")
        for i, value in enumerate(values):
            if i < len(rules) - 1:
                body.append(f"    if {wins[i]}:")
                body.append(f"        return {value}")
            else:
                body.append(f"    return {value}")
        pairs = ", ".join(f"({literal(r.label)}, {w})" for r, w in zip(rules, wins))
        body.append("if _n > 1:")
        body.append(f"    return _konflikt({pairs})")
    body.append(f"return {ctx.outcome(OutcomeKind.NO_RULE)}")
    lines.append("    try:")
    lines += ["        " + b for b in body]
    lines += [
        "    except (KeyError, _Uafklaret):  # et skøn, der ikke er givet, eller et resultat uden værdi",
        f"        return _eksakt_{py}(borger, skøn)",
    ]
    return lines, fast.values_used


def _value(ctx: Context, fast: FastExpr, rule: m.Rule) -> str:
    """The outcome when ``rule`` decides (all its inputs known)."""
    if isinstance(rule.value, m.Const):
        return ctx.outcome(OutcomeKind.VALUE, rule.value.value, (rule.label,))
    if isinstance(rule.value, m.ResultValue):  # another result's outcome, passed on as is
        return f"_videre({ctx.py[rule.value.name]}(borger, skøn), {literal(rule.label)})"
    return f"Udfald('værdi', {fast(rule.value)}, ({literal(rule.label)},), None, None)"


def value_function(ctx: Context, res: m.Result) -> list[str]:
    """``_værdi_NAME``: the result's value for the fast path of another result, or ``_Uafklaret``."""
    py = ctx.py[res.name]
    return [
        f"def _værdi_{py}(borger: Borger, skøn: Mapping[str, bool]) -> {ctx.result_type(res.name)}:",
        f"    udfald = {py}(borger, skøn)",
        "    if udfald.art != 'værdi':",
        "        raise _Uafklaret",
        "    return udfald.værdi  # type: ignore[return-value]",
    ]
