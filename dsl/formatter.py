"""Syntax tree → canonical text (`lov fmt`).

One layout for every file: items separated by blank lines (consecutive `begreb` and
`resultat` lines stay together), four spaces per level, each `stk.` and `nr.` on its
own line, `undtagelse til` on the line after its rule. Comments survive: a comment on
a line of its own stays before the construct that followed it; a comment after code
stays at the end of that construct's last line. Formatting is idempotent and keeps the
tree unchanged (spans aside).
"""

from __future__ import annotations

import re

import attrs

from dsl import ast
from dsl.kinds import SourceKind, TypeKind
from dsl.literals import quote
from dsl.model import format_secnum
from dsl.parser import parse

INDENT = "    "
_JOINED_KINDS = (ast.Begreb, ast.Resultat, ast.Malgruppe, ast.Inddeling)
_PREC = {"eller": 1, "og": 2, "ikke": 3, "cmp": 4, "+": 5, "-": 5, "*": 6}


@attrs.define
class _Line:
    text: str
    first: int  # the source line the construct starts on (0: no source)


def format_text(text: str, file: str = "<tekst>") -> str | None:
    """Canonical text of a file, or None if it has syntax errors (nothing to format safely)."""
    result = parse(text, file)
    if result.diagnostics:
        return None
    source_lines = text.split("\n")
    return format_law(result.law, source_lines)


def format_law(law: ast.Law, source_lines: list[str] | None = None) -> str:
    lines: list[_Line] = []
    previous: ast.Item | None = None
    for item in law.items:
        if previous is not None and not _joined(previous, item):
            lines.append(_Line("", 0))
        for line in _item(item):
            lines.extend(_wrap(line))
        previous = item
    return _with_comments(lines, law.comments, source_lines or [])


WIDTH = 100
_WORD = re.compile(r'(?:"(?:[^"\\]|\\.)*"|[^\s"]+)+')  # a run of text and other non-space characters: `"titel":` stays whole
_NO_BREAK_AFTER = {"§", "stk.", "nr.", "jf.", "For", "målgruppe", "målgrupperne", "hver", "undtagelse", "til",
                   "skøn", "kilde", "register", "begreb", "valg", "af", "resultat", "inddeling", "lov", "version", "givet",
                   "forvent", "er", "i", "ikke", "mangler", "ingen", "fra", "på", "=", "!=", "<", "<=", ">", ">="}
# `alder = 26` and `alder >= 25` stay together: a name, the comparison and the value.
_NO_BREAK_BEFORE = {"=", "!=", "<", "<=", ">", ">="}


def _wrap(line: _Line) -> list[_Line]:
    """Break a line longer than WIDTH at spaces outside text, never inside a citation or
    between a number and its unit; continuation lines are indented one step further
    (stk. and nr. lines: under the start of their provision)."""
    if len(line.text) <= WIDTH:
        return [line]
    stripped = line.text.lstrip(" ")
    lead = len(line.text) - len(stripped)
    words = _WORD.findall(stripped)
    if len(words) < 2:
        return [line]
    hang = lead + 4
    head = re.match(r"(?:stk\. \d+\.|nr\. \d+\)|§ \d+(?: [a-zæø])?\.) ", stripped)
    if head:
        hang = lead + len(head.group())
    # Runs of words that must stay on one line: a number with what follows it (its unit,
    # `kr.`, the letter of `§ 42 a`), and a keyword with its argument (`§ 44`, `kilde register …`).
    runs: list[str] = [words[0]]
    for prev, word in zip(words, words[1:]):
        number = prev[0].isdigit() and (not prev.endswith(",") or word in ("stk.", "nr."))  # `§ 44, stk. 2`
        if prev in _NO_BREAK_AFTER or number or word in _NO_BREAK_BEFORE:
            runs[-1] += " " + word
        else:
            runs.append(word)
    out: list[_Line] = []
    current = " " * lead + runs[0]
    for run in runs[1:]:
        if len(current) + 1 + len(run) > WIDTH:
            out.append(_Line(current, line.first if not out else 0))
            current = " " * hang + run
        else:
            current += " " + run
    out.append(_Line(current, line.first if not out else 0))
    return out


def _joined(a: ast.Item, b: ast.Item) -> bool:
    if isinstance(a, ast.LawTitle) and isinstance(b, ast.LawVersion):
        return True
    return isinstance(a, _JOINED_KINDS) and type(a) is type(b)


def _with_comments(lines: list[_Line], comments: tuple[ast.Comment, ...], source: list[str]) -> str:
    own: list[ast.Comment] = []
    trailing: dict[int, list[str]] = {}
    firsts = [ln.first for ln in lines]
    for c in comments:
        before = source[c.span.line - 1][: c.span.column - 1] if 0 < c.span.line <= len(source) else ""
        if before.strip():
            target = max((i for i, f in enumerate(firsts) if 0 < f <= c.span.line), default=None)
            if target is not None:
                trailing.setdefault(target, []).append(c.text)
                continue
        own.append(c)
    out: list[str] = []
    pending = sorted(own, key=lambda c: c.span.line)
    for i, line in enumerate(lines):
        if line.first:
            indent = line.text[: len(line.text) - len(line.text.lstrip())]
            while pending and pending[0].span.line < line.first:
                comment = pending.pop(0)
                out.append(indent + comment.text.rstrip())
                if 0 < comment.span.line < len(source) and not source[comment.span.line].strip():
                    out.append("")
        text = line.text
        if i in trailing:
            text += "  " + "  ".join(t.rstrip() for t in trailing[i])
        out.append(text)
    if pending:
        if out and out[-1]:
            out.append("")
        out.extend(c.text.rstrip() for c in pending)
    return "\n".join(out).rstrip("\n") + "\n"


# ---- items -------------------------------------------------------------------------------


def _item(item: ast.Item) -> list[_Line]:
    first = item.span.line
    if isinstance(item, ast.LawTitle):
        return [_Line(f"lov {text(item.text)}", first)]
    if isinstance(item, ast.LawVersion):
        return [_Line(f"version {text(item.text)}", first)]
    if isinstance(item, ast.Begreb):
        s = f"begreb {item.name.value}: {type_expr(item.type)}"
        if item.description is not None:
            s += f" {text(item.description)}"
        if item.source is not None:
            s += " " + source(item.source)
        return [_Line(s, first)]
    if isinstance(item, ast.Malgruppe):
        head = f"målgruppe {item.number} {item.name.value}"
        if item.title is not None:
            head += f" {text(item.title)}"
        return [_Line(head + ":", first), _Line(INDENT + expr(item.condition), item.condition.span.line)]
    if isinstance(item, ast.Inddeling):
        s = f"inddeling {item.name.value}: " + ", ".join(g.value for g in item.groups)
        if item.condition is not None:
            s += f", hvis {expr(item.condition)}"
        return [_Line(s, first)]
    if isinstance(item, ast.Resultat):
        s = f"resultat {item.name.value}: {type_expr(item.type)}"
        if item.description is not None:
            s += f" {text(item.description)}"
        return [_Line(s, first)]
    if isinstance(item, ast.Kapitel):
        s = f"kapitel {format_secnum(item.number)}"
        if item.title is not None:
            s += f" {text(item.title)}"
        return [_Line(s, first)]
    if isinstance(item, ast.Paragraf):
        return _paragraf(item)
    return _testsag(item)


def _paragraf(p: ast.Paragraf) -> list[_Line]:
    number = format_secnum(p.number)
    if len(p.stks) == 1 and p.stks[0].implicit:
        stk = p.stks[0]
        lines: list[_Line] = []
        if stk.provision is not None:
            lines = _provision(stk.provision, f"§ {number}. ", "", p.span.line)
        else:
            lines = [_Line(f"§ {number}.", p.span.line)]
        for nr in stk.items:
            lines.extend(_provision(nr.provision, f"{INDENT}nr. {nr.number}) ", INDENT, nr.span.line))
        return lines
    head = f"§ {number}"
    if p.title is not None:
        head += f" {text(p.title)}"
    lines = [_Line(head, p.span.line)]
    for stk in p.stks:
        prefix = f"{INDENT}stk. {stk.number}. "
        if stk.provision is not None:
            lines.extend(_provision(stk.provision, prefix, INDENT, stk.span.line))
        else:
            lines.append(_Line(prefix.rstrip(), stk.span.line))
        for nr in stk.items:
            lines.extend(_provision(nr.provision, f"{INDENT * 2}nr. {nr.number}) ", INDENT * 2, nr.span.line))
    return lines


def _provision(pv: ast.Provision, prefix: str, indent: str, first: int) -> list[_Line]:
    if isinstance(pv, ast.Prose):
        refs = "".join(f", jf. {ref(r)}" for r in pv.references)
        return [_Line(prefix + text(pv.text) + refs, first)]
    if pv.wording is not None:
        prefix += text(pv.wording) + " "
    if pv.groups:
        groups = ", ".join(g.value for g in pv.groups)
        s = f"For målgruppe {groups} er {pv.result.value} {expr(pv.value)}"
    else:
        s = f"{pv.result.value} er {expr(pv.value)}"
    for cond in pv.conditions:
        s += f", hvis {expr(cond)}"
    for r in pv.references:
        s += f", jf. {ref(r)}"
    lines = [_Line(prefix + _terminate(s), first)]
    for r in pv.exceptions:
        lines.append(_Line(f"{indent}{INDENT}undtagelse til {_terminate(ref(r))}", r.span.line))
    return lines


def provision_text(pv: ast.Provision) -> str:
    """A provision (rule or prose, with its clauses) on one line, as the formatter writes it."""
    return " ".join(line.text.strip() for line in _provision(pv, "", "", 0))


def item_text(item: ast.Item) -> str:
    """A declaration, chapter heading or test case on one line, as the formatter writes it."""
    return " ".join(line.text.strip() for line in _item(item))


def _terminate(s: str) -> str:
    return s if s.endswith(".") else s + "."


def _testsag(t: ast.Testsag) -> list[_Line]:
    lines = [_Line(f"testsag {text(t.name)}:", t.span.line)]
    for step in t.steps:
        if isinstance(step, ast.Givet):
            body = ", ".join(_given(g) for g in step.items)
            lines.append(_Line(f"{INDENT}givet {body}", step.span.line))
        else:
            body = ", ".join(_expectation(e) for e in step.items)
            lines.append(_Line(f"{INDENT}forvent {body}", step.span.line))
    return lines


def _given(g: ast.Given) -> str:
    if isinstance(g, ast.GivenJudgment):
        return f"skøn {text(g.text)} = {expr(g.value)}"
    if isinstance(g, ast.GivenHistory):
        return f"{g.name.value} = [{', '.join(_spell(sp) for sp in g.spells)}]"
    return f"{g.name.value} = {expr(g.value)}"


def _spell(sp: ast.Spell) -> str:
    end = f" til {sp.end.value.isoformat()}" if sp.end is not None else ""
    return f"{sp.value.value} fra {sp.start.value.isoformat()}{end}"


def _expectation(e: ast.Expectation) -> str:
    if isinstance(e, ast.ExpectGroup):
        return f"målgruppe {e.name.value} = {expr(e.value)}"
    if isinstance(e, ast.ExpectOutcome):
        if e.outcome == "mangler" and e.missing is not None:
            return f"{e.name.value} = mangler {e.missing.value}"
        return f"{e.name.value} = {e.outcome}"
    return f"{e.name.value} = {expr(e.value)}"


# ---- pieces ----------------------------------------------------------------------------------


def text(t: ast.Text) -> str:
    return " ".join(quote(p) for p in t.parts)


def type_expr(t: ast.TypeExpr) -> str:
    if t.kind == TypeKind.CHOICE:
        return "valg af " + ", ".join(o.value for o in t.options)
    if t.kind == TypeKind.HISTORY:
        return "forløb af " + ", ".join(o.value for o in t.options)
    if t.kind == "periode":
        return t.unit or "uger"
    return t.kind


def source(s: ast.Source) -> str:
    if s.kind == SourceKind.CITIZEN:
        return "kilde borger"
    assert s.text is not None
    return f"kilde {s.kind} {text(s.text)}"


def ref(r: ast.Ref) -> str:
    parts = []
    if r.paragraf is not None:
        parts.append(f"§ {format_secnum(r.paragraf)}")
    if r.stk is not None:
        parts.append(f"stk. {r.stk}")
    if r.nr is not None:
        parts.append(f"nr. {r.nr}")
    return ", ".join(parts)


def expr(e: ast.Expr, context: int = 0) -> str:
    """An expression with the parentheses its precedence needs inside ``context``."""
    if isinstance(e, ast.BoolOp):
        p = _PREC[e.op]
        s = f"{expr(e.left, p)} {e.op} {expr(e.right, p + 1)}"
    elif isinstance(e, ast.Not):
        p = _PREC["ikke"]
        s = f"ikke {expr(e.operand, p)}"
    elif isinstance(e, ast.Compare):
        p = _PREC["cmp"]
        s = f"{expr(e.left, p + 1)} {e.op} {expr(e.right, p + 1)}"
    elif isinstance(e, ast.Arith):
        p = _PREC[e.op]
        s = f"{expr(e.left, p)} {e.op} {expr(e.right, p + 1)}"
    else:
        return _atom(e)
    return f"({s})" if p < context else s


def _operand(e: ast.Expr) -> str:
    """An expression where the grammar takes one atom: in parentheses unless it is one."""
    if isinstance(e, (ast.BoolOp, ast.Not, ast.Compare, ast.Arith)):
        return f"({expr(e)})"
    return _atom(e)


def _atom(e: ast.Expr) -> str:
    if isinstance(e, ast.Integer):
        return str(e.value)
    if isinstance(e, ast.Amount):
        return f"{e.text} kr."
    if isinstance(e, ast.Period):
        return f"hver {e.number_text}. {e.unit}" if e.cadence else f"{e.number_text} {e.unit}"
    if isinstance(e, ast.Bool):
        return "ja" if e.value else "nej"
    if isinstance(e, ast.TextValue):
        return text(e.text)
    if isinstance(e, ast.NameRef):
        return e.name.value
    if isinstance(e, ast.OneOf):
        return f"{e.name.value} i ({', '.join(o.value for o in e.options)})"
    if isinstance(e, ast.Judgment):
        return f"skøn {text(e.text)}"
    if isinstance(e, ast.InGroup):
        return f"målgruppe {e.name.value}"
    if isinstance(e, ast.DateValue):
        return e.value.isoformat()
    if isinstance(e, ast.Recurrence):
        return f"{_atom(e.step)} fra {_operand(e.start)}"
    if isinstance(e, ast.TimeOn):
        values = f" på {', '.join(v.value for v in e.values)}" if e.values else ""
        s = f"{e.kind} tid{values} i {e.history.value}"
        if e.limit is not None:
            phrase = "inden for de seneste" if e.kind == "sammenlagt" else "med afbrydelser under"
            s += f" {phrase} {_operand(e.limit)}"
        return s
    raise TypeError(f"not an expression: {e!r}")  # pragma: no cover
