"""Canonical text of the parts of a law, rendered with :mod:`dsl.formatter`.

Metrics and the diff compare and show provisions, declarations and expressions in the
formatter's canonical form, so that layout, comments and spelling of whitespace never
count as a change and both sides of a comparison read alike.

Also: a structural key for resolved expressions (:func:`expr_key`) that compares what a
rule *means* (`6 måneder` and `seks måneder` are the same value), used to count
variations.
"""

from __future__ import annotations

from typing import Hashable

from dsl import ast, formatter
from dsl import model as m


def expr_text(e: ast.Expr) -> str:
    """An expression as the formatter writes it."""
    return formatter.expr(e)


def text_value(t: ast.Text | None) -> str | None:
    """A text literal as the formatter writes it (with quotes), or None."""
    return None if t is None else formatter.text(t)


def stk_label(stk: ast.Stk) -> str:
    """`stk. 2`, or the empty string for the implicit stk. of a § without stk."""
    return "" if stk.implicit else f"stk. {stk.number}"


def stk_text(paragraf: ast.Paragraf, stk: ast.Stk) -> str:
    """The canonical text of one stk. (its provision, clauses and nr.), without the
    `§ N` / `stk. N.` prefix; continuation lines are indented relative to the first."""
    one = ast.Paragraf(paragraf.number, None, (stk,), span=paragraf.span)
    lines = formatter.format_law(ast.Law((one,))).rstrip("\n").split("\n")
    indent = formatter.INDENT
    if stk.implicit:
        head = f"§ {m.format_secnum(paragraf.number)}."
        first = lines[0][len(head):].lstrip(" ")
        rest = lines[1:]
    else:
        lines = lines[1:]
        prefix = f"{indent}stk. {stk.number}."
        first = lines[0][len(prefix):].lstrip(" ")
        rest = [ln[len(indent):] if ln.startswith(indent) else ln for ln in lines[1:]]
    if not first.strip():
        return _dedent(rest)
    return "\n".join([first, *rest]).strip("\n")


def _dedent(lines: list[str]) -> str:
    indent = min((len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()), default=0)
    return "\n".join(ln[indent:] for ln in lines).strip("\n")


def section_stks(paragraf: ast.Paragraf) -> tuple[tuple[int, str, str], ...]:
    """Every stk. of a § as (number, label, canonical text), first occurrence of a number."""
    out: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    for stk in paragraf.stks:
        if stk.number in seen:
            continue
        seen.add(stk.number)
        out.append((stk.number, stk_label(stk), stk_text(paragraf, stk)))
    return tuple(out)


def section_text(paragraf: ast.Paragraf) -> str:
    """The whole § in canonical form."""
    return formatter.format_law(ast.Law((paragraf,))).rstrip("\n")


def declaration_fields(item: ast.Begreb | ast.Malgruppe | ast.Resultat) -> dict[str, str | None]:
    """The compared fields of a declaration, each in canonical text (None when absent)."""
    if isinstance(item, ast.Begreb):
        return {
            "type": formatter.type_expr(item.type),
            "beskrivelse": text_value(item.description),
            "kilde": formatter.source(item.source) if item.source is not None else None,
        }
    if isinstance(item, ast.Malgruppe):
        return {
            "nummer": str(item.number),
            "titel": text_value(item.title),
            "betingelse": expr_text(item.condition),
        }
    return {"type": formatter.type_expr(item.type), "beskrivelse": text_value(item.description)}


def declaration_text(item: ast.Begreb | ast.Malgruppe | ast.Resultat) -> str:
    """A declaration as the formatter writes it."""
    return formatter.format_law(ast.Law((item,))).rstrip("\n")


def rule_syntax(law: m.Law) -> dict[tuple[str, int, int | None], ast.Rule]:
    """The syntax of every rule of a resolved law, by where it stands: (§, stk., nr.) as in
    the rule's :class:`dsl.model.Location` (`rule_syntax(law)[location_key(rule.location)]`)."""
    out: dict[tuple[str, int, int | None], ast.Rule] = {}
    for section in law.sections:
        number = section.number
        for stk in section.syntax.stks:
            if isinstance(stk.provision, ast.Rule):
                out.setdefault((number, stk.number, None), stk.provision)
            for nr in stk.items:
                if isinstance(nr.provision, ast.Rule):
                    out.setdefault((number, stk.number, nr.number), nr.provision)
    return out


def location_key(loc: m.Location) -> tuple[str, int, int | None]:
    return (loc.paragraf, loc.stk, loc.nr)


def rule_text(rule: ast.Rule) -> str:
    """`VALUE[, hvis CONDITION]` of a rule: what it answers and when, without its scope."""
    s = expr_text(rule.value)
    for cond in rule.conditions:
        s += f", hvis {expr_text(cond)}"
    return s


def expr_key(e: m.Expr | None) -> Hashable:
    """A structural key of a resolved expression: equal keys mean the same expression.

    Constants compare by type and value, not by how they were written, so `6 måneder`
    and `seks måneder`, or `30,50 kr.` and `30,5 kr.`, have the same key.
    """
    return None if e is None else _KEY.visit(e)


class ExprKey(m.ExprVisitor[Hashable]):
    """The structural key of :func:`expr_key`, as a visitor to extend."""

    def const(self, e: m.Const) -> Hashable:
        return ("const", e.type.kind, e.type.options, e.value)

    def fact(self, e: m.Fact) -> Hashable:
        return ("fact", e.name)

    def result_value(self, e: m.ResultValue) -> Hashable:
        return ("result", e.name)

    def member(self, e: m.Member) -> Hashable:
        return ("group", e.group)

    def judgment(self, e: m.Judgment) -> Hashable:
        return ("skøn", e.text)

    def not_(self, e: m.Not) -> Hashable:
        return ("ikke", self.visit(e.operand))

    def and_(self, e: m.And) -> Hashable:
        return ("og", self.visit(e.left), self.visit(e.right))

    def or_(self, e: m.Or) -> Hashable:
        return ("eller", self.visit(e.left), self.visit(e.right))

    def compare(self, e: m.Compare) -> Hashable:
        return (e.op, self.visit(e.left), self.visit(e.right))

    def arith(self, e: m.Arith) -> Hashable:
        return (e.op, self.visit(e.left), self.visit(e.right))

    def one_of(self, e: m.OneOf) -> Hashable:
        return ("i", self.visit(e.operand), e.options)

    def shift(self, e: m.Shift) -> Hashable:
        return ("flyt", e.op, self.visit(e.date), self.visit(e.period), e.months)

    def elapsed(self, e: m.Elapsed) -> Hashable:
        return ("mellem", self.visit(e.later), self.visit(e.earlier))

    def time_on(self, e: m.TimeOn) -> Hashable:
        limit = None if e.limit is None else self.visit(e.limit)
        return ("tid", e.kind, self.visit(e.history), e.values, limit, e.limit_months)

    def recurrence(self, e: m.Recurrence) -> Hashable:
        return ("kadence", self.visit(e.start), self.visit(e.step), e.months)

    def invalid(self, e: m.Invalid) -> Hashable:
        return ("ugyldig",)


_KEY = ExprKey()
