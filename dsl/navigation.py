"""Finding one's way in a law: what stands at a position, where it is declared, what it means.

Editor-neutral answers for the language server (:mod:`compiler.driver.lsp`): positions are the
1-based line and column of :class:`dsl.spans.Span`, and results are spans and plain
data. Names and references are found in the syntax tree (which has the spans);
declarations' meaning (types, descriptions, rules) comes from the law model.
"""

from __future__ import annotations

import bisect
import re
import textwrap
from typing import Any, Iterator, Union

import attrs

from dsl import ast
from dsl import model as m
from dsl.kinds import TypeKind
from dsl.language import t
from dsl.memo import ByNode
from dsl.model import format_secnum
from dsl.parser import parse_chunk, split_chunks
from dsl.spans import Span

Declaration = Union[ast.Begreb, ast.Resultat, ast.Malgruppe]
Position = tuple[int, int]  # (line, column), both 1-based as in Span

# Fields that hold the options of a `valg`, not references to declarations.
_OPTION_FIELDS = {(ast.TypeExpr, "options"), (ast.OneOf, "options")}


def _start(span: Span) -> Position:
    return (span.line, span.column)


def _end(span: Span) -> Position:
    return (span.end_line, span.end_column)


def touches(span: Span, pos: Position) -> bool:
    """Whether ``pos`` is in ``span`` or just after it (where the cursor stands after a word)."""
    return _start(span) <= pos <= _end(span)


def item_at(tree: ast.Law, pos: Position) -> ast.Item | None:
    """The top-level item whose span holds ``pos``."""
    starts = [_start(item.span) for item in tree.items]
    index = bisect.bisect_right(starts, pos) - 1
    if index >= 0 and touches(tree.items[index].span, pos):
        return tree.items[index]
    return None


def _walk(obj: Any) -> Iterator[Any]:
    """Every tree node under ``obj`` (depth first), leaving out `valg` options."""
    stack = [obj]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(reversed(node))
        elif attrs.has(type(node)) and not isinstance(node, Span):
            yield node
            for f in reversed(attrs.fields(type(node))):
                if (type(node), f.name) not in _OPTION_FIELDS:
                    stack.append(getattr(node, f.name))


@attrs.frozen
class Target:
    """What stands at a position: a name, or a reference to a provision (and its §)."""

    span: Span
    name: str | None = None
    ref: ast.Ref | None = None
    paragraf: ast.Paragraf | None = None


def target_at(tree: ast.Law, pos: Position) -> Target | None:
    """The name or `§`-reference at ``pos``, if any."""
    item = item_at(tree, pos)
    if item is None:
        return None
    paragraf = item if isinstance(item, ast.Paragraf) else None
    for node in _walk(item):
        if isinstance(node, ast.Name) and touches(node.span, pos):
            return Target(node.span, name=node.value)
        if isinstance(node, ast.Ref) and touches(node.span, pos):
            return Target(node.span, ref=node, paragraf=paragraf)
    return None


class Index:
    """Declarations and sections of one parsed law, for look-ups by name and number."""

    def __init__(self, tree: ast.Law, law: m.Law | None) -> None:
        self.tree = tree
        self.law = law
        self._maps: tuple[dict[str, Declaration], dict[str, ast.Paragraf]] | None = None

    def _built(self) -> tuple[dict[str, Declaration], dict[str, ast.Paragraf]]:
        """The look-up tables, made at the first look-up (the language server makes an index
        at every edit; most are never asked)."""
        if self._maps is None:
            declarations: dict[str, Declaration] = {}
            sections: dict[str, ast.Paragraf] = {}
            for item in self.tree.items:
                if isinstance(item, (ast.Begreb, ast.Resultat, ast.Malgruppe)):
                    declarations.setdefault(item.name.value, item)
                elif isinstance(item, ast.Paragraf):
                    sections.setdefault(item.number, item)
            self._maps = (declarations, sections)
        return self._maps

    @property
    def declarations(self) -> dict[str, Declaration]:
        """Each declared name's first declaration."""
        return self._built()[0]

    @property
    def sections(self) -> dict[str, ast.Paragraf]:
        """Each § number's first §."""
        return self._built()[1]

    def definition(self, target: Target) -> Span | None:
        """Where a name is declared (its name in the declaration) or a provision stands."""
        if target.name is not None:
            decl = self.declarations.get(target.name)
            return decl.name.span if decl is not None else None
        if target.ref is not None:
            node = self.provision(target.ref, target.paragraf)
            return node.span if node is not None else None
        return None

    def provision(self, ref: ast.Ref, here: ast.Paragraf | None) -> ast.Paragraf | ast.Stk | ast.Nr | None:
        """The §, stk. or nr. a reference cites (`stk. 2` alone cites the current §)."""
        paragraf = self.sections.get(ref.paragraf) if ref.paragraf is not None else here
        if paragraf is None or ref.stk is None:
            return paragraf
        stk = next((s for s in paragraf.stks if s.number == ref.stk), None)
        if stk is None or ref.nr is None:
            return stk
        return next((n for n in stk.items if n.number == ref.nr), None)


def glance(text: str, file: str, pos: Position) -> tuple[Index, Target] | None:
    """What stands at ``pos`` and an index of just what it needs, parsed from the text alone.

    For a request that arrives before the whole document is parsed (opening a large law):
    only the chunk at ``pos`` is parsed, then the chunks that can declare the name there or
    hold the § cited there, picked by their first line. The answers are those of a full
    parse's index before analysis.
    """
    chunks = list(split_chunks(text))
    starts = [line for line, _, _ in chunks]
    at = bisect.bisect_right(starts, pos[0] - 1) - 1
    if at < 0:
        return None
    here = parse_chunk(chunks[at][2], file, chunks[at][0], chunks[at][1])
    target = target_at(ast.Law(here.items, (), file), pos)
    if target is None:
        return None
    wanted: re.Pattern[str] | None = None
    if target.name is not None:
        name = re.escape(target.name)
        wanted = re.compile(rf"(?:begreb|resultat)\s+{name}\b|målgruppe\s+\S+\s+{name}\b")
    elif target.ref is not None and target.ref.paragraf is not None:
        digits = re.match(r"\d*", target.ref.paragraf).group()  # type: ignore[union-attr]
        wanted = re.compile(rf"§\s*{digits}(?!\d)")
    items: list[ast.Item] = []
    for i, (line, offset, chunk) in enumerate(chunks):
        if i == at:
            items.extend(here.items)
        elif wanted is not None and wanted.match(chunk):
            items.extend(parse_chunk(chunk, file, line, offset).items)
    return Index(ast.Law(tuple(items), (), file), None), target


def source_of(text: str, span: Span) -> str:
    """The source text of a span, dedented as a block (its first line keeps its column)."""
    return textwrap.dedent(" " * (span.column - 1) + text[span.start : span.end])


def hover(index: Index, text: str, target: Target) -> str | None:
    """Markdown describing a declared name or a cited provision."""
    if target.name is not None:
        decl = index.declarations.get(target.name)
        if decl is None:
            return None
        return _fence(source_of(text, decl.span)) + _meaning(decl, index.law)
    if target.ref is not None:
        node = index.provision(target.ref, target.paragraf)
        if node is None:
            return None
        return f"**{_label(target.ref, target.paragraf)}**\n\n" + _fence(source_of(text, node.span))
    return None


def _label(ref: ast.Ref, here: ast.Paragraf | None) -> str:
    """`§ 44, stk. 2` (a bare `stk. 2` is labelled with the current §)."""
    number = ref.paragraf if ref.paragraf is not None else (here.number if here is not None else "?")
    label = f"§ {format_secnum(number)}"
    if ref.stk is not None:
        label += f", stk. {ref.stk}"
    if ref.nr is not None:
        label += f", nr. {ref.nr}"
    return label


def _fence(source: str) -> str:
    fence = "```"
    while fence in source:
        fence += "`"
    return f"{fence}lov\n{source.rstrip()}\n{fence}\n"


def _meaning(decl: Declaration, law: m.Law | None) -> str:
    name = decl.name.value
    lines: list[str] = []
    if isinstance(decl, ast.Begreb):
        concept = law.concepts.get(name) if law else None
        lines.append(f"**begreb** `{name}`" + (f": {concept.type}" if concept else ""))
        if decl.description:
            lines.append(decl.description.value)
        if concept and concept.source:
            where = f' "{concept.source.text}"' if concept.source.text else ""
            lines.append(t("Kilde: ", "Source: ") + f"{concept.source.kind}{where}")
    elif isinstance(decl, ast.Resultat):
        result = law.results.get(name) if law else None
        lines.append(f"**resultat** `{name}`" + (f": {result.type}" if result else ""))
        if decl.description:
            lines.append(decl.description.value)
        if result and result.rules:
            lines.append(t("Afgøres af: ", "Decided by: ") + "; ".join(rule.label for rule in result.rules))
    else:
        lines.append(f"**målgruppe {decl.number}** `{name}`")
        if decl.title:
            lines.append(decl.title.value)
    return "\n" + "\n\n".join(lines) + "\n"


# ---- outline ------------------------------------------------------------------------------


@attrs.frozen
class Symbol:
    """An entry of the document outline: ``kind`` is one of the keys of :data:`SYMBOL_KINDS`."""

    name: str
    detail: str
    kind: str
    span: Span
    children: tuple[Symbol, ...] = ()


SYMBOL_KINDS = ("kapitel", "§", "stk.", "begreb", "resultat", "målgruppe", "testsag")


def outline(tree: ast.Law) -> list[Symbol]:
    """Kapitler with their §§ (and each § with its stk.), declarations and test cases."""
    top: list[Symbol] = []
    chapter: ast.Kapitel | None = None
    members: list[Symbol] = []

    def close() -> None:
        if chapter is not None:
            span = chapter.span.to(members[-1].span) if members else chapter.span
            top.append(Symbol(f"kapitel {format_secnum(chapter.number)}", _title(chapter.title), "kapitel", span, tuple(members)))

    for item, symbol in zip(tree.items, _SYMBOLS.each(tree.items, tree.file)):
        if isinstance(item, ast.Kapitel):
            close()
            chapter, members = item, []
            continue
        if symbol is None:
            continue
        (members if chapter is not None else top).append(symbol)
    close()
    return top


def _title(text: ast.Text | None) -> str:
    return text.value if text is not None else ""


def _symbol(item: ast.Item) -> Symbol | None:
    if isinstance(item, ast.Paragraf):
        stks = tuple(
            Symbol(f"stk. {stk.number}", "", "stk.", stk.span) for stk in item.stks if not stk.implicit
        )
        return Symbol(f"§ {format_secnum(item.number)}", _title(item.title), "§", item.span, stks)
    if isinstance(item, ast.Begreb):
        return Symbol(item.name.value, _title(item.description), "begreb", item.span)
    if isinstance(item, ast.Resultat):
        return Symbol(item.name.value, _title(item.description), "resultat", item.span)
    if isinstance(item, ast.Malgruppe):
        detail = f"målgruppe {item.number}" + (f": {item.title.value}" if item.title else "")
        return Symbol(item.name.value, detail, "målgruppe", item.span)
    if isinstance(item, ast.Testsag):
        return Symbol(item.name.value, "testsag", "testsag", item.span)
    return None


#: Each item's symbol, kept by its node: an unchanged item gives the very same symbol object
#: (whose span the incremental parse moves in place), so the language server can keep its JSON.
_SYMBOLS: ByNode[ast.Item, Symbol | None] = ByNode(_symbol)


# ---- completion -----------------------------------------------------------------------------


@attrs.frozen
class Completion:
    label: str
    kind: str  # "keyword" or the declaration's keyword (begreb, resultat, målgruppe)
    detail: str = ""


def completions(index: Index) -> list[Completion]:
    """The language's keywords and every declared name."""
    from dsl.highlight import vocabulary

    out = [Completion(k.word, "keyword") for k in vocabulary().all_keywords()]
    for name, decl in index.declarations.items():
        if isinstance(decl, ast.Malgruppe):
            out.append(Completion(name, "målgruppe", f"målgruppe {decl.number}"))
        else:
            kind = "begreb" if isinstance(decl, ast.Begreb) else "resultat"
            typ = decl.type
            shown = "valg af " + ", ".join(o.value for o in typ.options) if typ.kind == TypeKind.CHOICE else (typ.unit or typ.kind)
            detail = f"{kind}: {shown}" + (f" — {decl.description.value}" if decl.description else "")
            out.append(Completion(name, kind, detail))
    return out
