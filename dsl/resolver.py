"""Syntax tree → law model (:mod:`dsl.model`): bind names, check types, link exceptions.

The resolver always returns a model, even for a law with errors: what could not be
resolved is left out (or replaced by :class:`dsl.model.Invalid`), so checks and
editors still work on the rest. Every problem is a diagnostic at the exact span.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

import attrs

from dsl import ast
from dsl import model as m
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.formatter import expr as format_expr
from dsl.kinds import TypeKind
from dsl.language import did_you_mean
from dsl.memo import ByNode
from dsl.numbers import calendar_months, weeks_value
from dsl.timeline import _forløbsfejl
from dsl.spans import Span

_PERIOD_TYPE_UNITS = ("uge", "uger")


@attrs.frozen
class Resolved:
    law: m.Law
    diagnostics: tuple[Diagnostic, ...]


def resolve(tree: ast.Law, source_text: str = "", cache: RuleCache | None = None) -> Resolved:
    """Resolve a parsed file. ``source_text`` is hashed into the model (for generated headers).

    With a ``cache`` (kept by the caller between versions of one document), rules whose
    syntax node is unchanged are not resolved again while the declarations are the same.
    """
    return _Resolver(tree, source_text, cache).run()


class RuleCache:
    """What the previous version of a document resolved to, reused where it still holds.

    The language server's incremental parse keeps the syntax nodes of unchanged §§, so reuse
    goes by node identity: a § node keeps its resolved section; under the same declarations
    (name, kind and type of each) it keeps its resolved rules, and — with every reference
    resolving as before and its rules numbered as before — the results they give. A result
    none of whose rules changed is the same object, and so is what it reads (cycle check).
    """

    def __init__(self) -> None:
        self.declarations: object = None
        #: Per § node: what :meth:`_Resolver._section` made of it (no declaration enters it).
        self.sections: dict[int, _SectionParts] = {}
        #: Per § node: its rules as resolved under :attr:`declarations` (:meth:`_Resolver._contributed`).
        self.contributed: dict[int, _Contributed] = {}
        #: Per resolved result object: the results and groups its rules read (cycle check).
        self.dependencies: ByNode[m.Result, list[str]] = ByNode(_reads)
        #: Per result: its declaration, the resolved result and the findings (N011, N015, N018)
        #: made while building it.
        self.results: dict[str, _Built] = {}
        #: Every provision a reference can name, as the last version had them.
        self.locations: dict[tuple[str, int | None, int | None], m.Location] = {}


_HEADER, _DECLARATION, _STRUCTURE, _CASE, _DIVISION = range(5)
_KIND_OF: dict[type, int] = {
    ast.LawTitle: _HEADER, ast.LawVersion: _HEADER, ast.Begreb: _DECLARATION, ast.Resultat: _DECLARATION,
    ast.Malgruppe: _DECLARATION, ast.Kapitel: _STRUCTURE, ast.Paragraf: _STRUCTURE, ast.Testsag: _CASE,
    ast.Inddeling: _DIVISION,
}


def _by_kind(items: tuple[ast.Item, ...]) -> list[list[ast.Item]]:
    """The items in five lists, each in the order of the file: the header (`lov`, `version`), the
    declarations, chapters and §§, test cases, divisions — one pass instead of one per stage."""
    out: list[list[ast.Item]] = [[], [], [], [], []]
    for item in items:
        out[_KIND_OF[type(item)]].append(item)
    return out


def _kind(decl: object) -> tuple[str, str]:
    if isinstance(decl, ast.Begreb):
        return "et begreb", "a concept"
    if isinstance(decl, ast.Resultat):
        return "et resultat", "a result"
    return "en målgruppe", "a target group"


def _hint(name: str, candidates: Iterable[str]) -> dict[str, str]:
    da, en = did_you_mean(name, candidates)
    return {"hint": da, "hint_en": en}


#: A result as :class:`RuleCache` keeps it: (declaration, result, findings made building it).
_Built = tuple[ast.Resultat, m.Result, list[Diagnostic]]
#: One rule as its § gives it: (result name, location, syntax, whether the result is declared,
#: value, condition, the labels of its references, its findings, its references' findings).
_Contribution = tuple[str, m.Location, ast.Rule, bool, m.Expr, m.Expr | None, tuple[str, ...], list[Diagnostic],
                      list[Diagnostic]]
#: A §'s rules as :class:`RuleCache` keeps them: (the § resolved, the law's number of its first
#: rule, its rules, the results they give, the findings of its rules and their references in order).
_Contributed = tuple["_SectionParts", int, tuple[_Contribution, ...], frozenset[str], tuple[Diagnostic, ...]]
#: A rule of a result being built: (its number in the law, location, syntax, value, condition, references).
_Entry = tuple[int, m.Location, ast.Rule, m.Expr, m.Expr | None, tuple[str, ...]]


@attrs.frozen
class _SectionParts:
    """What one § node resolves to, whatever the rest of the law says: its section (for the
    chapter it stood in), locations and the keys references find them by, rules, the references
    of its prose (checked once every § is known) and its findings (N004)."""

    item: ast.Paragraf
    chapter: str | None
    section: m.Section
    rules: tuple[tuple[m.Location, ast.Rule], ...]
    keys: dict[tuple[str, int | None, int | None], m.Location]
    prose_refs: tuple[ast.Ref, ...]
    found: tuple[Diagnostic, ...]


class _Resolver:
    def __init__(self, tree: ast.Law, source_text: str, cache: RuleCache | None = None) -> None:
        self.cache = cache
        self.tree = tree
        self.source_text = source_text
        self.diags: list[Diagnostic] = []
        self.decls: dict[str, ast.Begreb | ast.Resultat | ast.Malgruppe] = {}
        self.types: dict[str, m.Type] = {}

    def error(self, code: str, span: Span, **args: object) -> None:
        self.diags.append(diagnostic(code, span, **args))

    # ---- driver ---------------------------------------------------------------------
    def run(self) -> Resolved:
        items = self.tree.items
        header, declarations, structure, cases_, divisions_ = _by_kind(items)
        title, version = self._header(items, header)
        self._declare(declarations)
        concepts = self._concepts(declarations)
        groups = self._groups(declarations)
        chapters, sections, placed = self._sections(structure)
        results = self._results(declarations, placed)
        self._check_cycles(groups, results)
        cases = self._cases(cases_)
        divisions = self._divisions(divisions_)
        law = m.Law(
            file=self.tree.file,
            title=title,
            version=version,
            text=self.source_text,
            concepts=concepts,
            groups=groups,
            results=results,
            chapters=tuple(chapters),
            sections=tuple(sections),
            cases=tuple(cases),
            syntax=self.tree,
            divisions=divisions,
        )
        return Resolved(law, tuple(self.diags))

    # ---- header -----------------------------------------------------------------------
    def _header(self, items: tuple[ast.Item, ...], header: list[ast.Item]) -> tuple[str | None, str | None]:
        title: ast.LawTitle | None = None
        version: ast.LawVersion | None = None
        for item in header:
            if isinstance(item, ast.LawTitle):
                if title is not None:
                    self.error("N010", item.span, what="lov", line=title.span.line)
                else:
                    title = item
            elif isinstance(item, ast.LawVersion):
                if version is not None:
                    self.error("N010", item.span, what="version", line=version.span.line)
                else:
                    version = item
        if title is None and items:
            first = items[0].span
            self.error("N009", Span(first.file, first.line, first.column, first.line, first.column, first.start, first.start))
        return (title.text.value if title else None), (version.text.value if version else None)

    # ---- declarations -------------------------------------------------------------------
    def _declare(self, items: list[ast.Item]) -> None:
        group_numbers: dict[int, ast.Malgruppe] = {}
        for item in items:
            if not isinstance(item, (ast.Begreb, ast.Resultat, ast.Malgruppe)):
                continue
            name = item.name.value
            if name in self.decls:
                self.error("N002", item.name.span, name=name, line=self.decls[name].span.line)
                continue
            if isinstance(item, ast.Malgruppe):
                if item.number in group_numbers:
                    self.error("N008", item.span, number=item.number, line=group_numbers[item.number].span.line)
                group_numbers.setdefault(item.number, item)
            self.decls[name] = item
            if isinstance(item, (ast.Begreb, ast.Resultat)):
                typ = self._type(item.type)
                if typ is not None:
                    self.types[name] = typ

    def _type(self, t: ast.TypeExpr) -> m.Type | None:
        if t.kind in (TypeKind.CHOICE, TypeKind.HISTORY):
            options = [o.value for o in t.options]
            seen: set[str] = set()
            for o in t.options:
                if o.value in seen:
                    self.error("N002", o.span, name=o.value, line=o.span.line)
                seen.add(o.value)
            return m.Type(t.kind, tuple(dict.fromkeys(options)))
        if t.kind == "periode":
            if t.unit not in _PERIOD_TYPE_UNITS:
                self.error("S004", t.span, found=t.unit)
                return None
            return m.UGER
        return m.Type(t.kind)

    def _concepts(self, items: list[ast.Item]) -> dict[str, m.Concept]:
        out: dict[str, m.Concept] = {}
        for item in items:
            if isinstance(item, ast.Begreb) and self.decls.get(item.name.value) is item:
                typ = self.types.get(item.name.value)
                if typ is None:
                    continue
                source = None
                if item.source is not None:
                    source = m.Source(item.source.kind, item.source.text.value if item.source.text else None)
                out[item.name.value] = m.Concept(
                    item.name.value, typ, item.description.value if item.description else None, source,
                    span=item.span,
                )
        return out

    def _groups(self, items: list[ast.Item]) -> dict[str, m.TargetGroup]:
        out: dict[str, m.TargetGroup] = {}
        for item in items:
            if isinstance(item, ast.Malgruppe) and self.decls.get(item.name.value) is item:
                cond = self._condition(item.condition, "målgruppens betingelse")
                out[item.name.value] = m.TargetGroup(
                    item.number, item.name.value, item.title.value if item.title else None, cond, span=item.span
                )
        return out

    def _divisions(self, items: list[ast.Item]) -> tuple[m.Division, ...]:
        """Each `inddeling`: its groups must be declared target groups, each named once."""
        out: list[m.Division] = []
        seen: dict[str, ast.Inddeling] = {}
        for item in items:
            if not isinstance(item, ast.Inddeling):
                continue
            if item.name.value in seen:
                self.error("N002", item.name.span, name=item.name.value, line=seen[item.name.value].span.line)
                continue
            seen[item.name.value] = item
            groups: dict[str, ast.Name] = {}
            for g in item.groups:
                if not isinstance(self.decls.get(g.value), ast.Malgruppe):
                    self.error("N006", g.span, name=g.value, **_hint(g.value, self._names(ast.Malgruppe)))
                elif g.value in groups:
                    self.error("N002", g.span, name=g.value, line=groups[g.value].span.line)
                else:
                    groups[g.value] = g
            scope = None if item.condition is None else self._condition(item.condition, "inddelingens betingelse")
            out.append(m.Division(item.name.value, tuple(groups), scope, span=item.span))
        return tuple(out)

    # ---- sections -----------------------------------------------------------------------
    def _sections(self, items: list[ast.Item]) -> tuple[list[m.Chapter], list[m.Section], list[_SectionParts]]:
        """The chapters, the §§ (each number once: N003) and what each § resolved to."""
        chapters: list[m.Chapter] = []
        sections: list[m.Section] = []
        seen: dict[str, ast.Paragraf] = {}
        chapter: str | None = None
        self.locations: dict[tuple[str, int | None, int | None], m.Location] = {}
        placed: list[_SectionParts] = []
        for item in items:
            if isinstance(item, ast.Kapitel):
                chapter = item.number
                chapters.append(m.Chapter(item.number, item.title.value if item.title else None, span=item.span))
                continue
            if not isinstance(item, ast.Paragraf):
                continue
            if item.number in seen:
                self.error("N003", item.span, number=m.format_secnum(item.number), line=seen[item.number].span.line)
                continue
            seen[item.number] = item
            parts = self._section(item, chapter)
            placed.append(parts)
            sections.append(parts.section)
        # References in prose can only be checked once every § is known.
        for parts in placed:
            for ref in parts.prose_refs:
                self._ref(ref, parts.item.number)
        if self.cache is not None:
            self.cache.sections = {id(parts.item): parts for parts in placed}
        return chapters, sections, placed

    def _section(self, item: ast.Paragraf, chapter: str | None) -> _SectionParts:
        """A § resolved (its locations recorded in ``self.locations``); taken from the cache when
        the § node is the very same object as in the last version (and stands in the same
        chapter; in another, only its section is made again)."""
        cached = self.cache.sections.get(id(item)) if self.cache is not None else None
        if cached is not None and cached.item is item:
            parts = cached if cached.chapter == chapter else attrs.evolve(
                cached, chapter=chapter, section=attrs.evolve(cached.section, chapter=chapter))
            self.diags.extend(parts.found)
        else:
            mark = len(self.diags)
            section_locations, section_rules, keys = self._section_now(item)
            prose = tuple(
                ref for stk in item.stks for provision in [stk.provision, *(nr.provision for nr in stk.items)]
                if isinstance(provision, ast.Prose) for ref in provision.references)
            section = m.Section(
                item.number, item.title.value if item.title else None, chapter, tuple(section_locations),
                tuple(loc.label for loc, _ in section_rules), syntax=item, span=item.span)
            parts = _SectionParts(item, chapter, section, tuple(section_rules), keys, prose, tuple(self.diags[mark:]))
        self.locations.update(parts.keys)
        return parts

    def _section_now(self, item: ast.Paragraf) -> tuple[list[m.Location], list[tuple[m.Location, ast.Rule]],
                                                        dict[tuple[str, int | None, int | None], m.Location]]:
        """Resolve one §: its locations (and their keys for references), its rules, N004."""
        section_locations: list[m.Location] = []
        section_rules: list[tuple[m.Location, ast.Rule]] = []
        keys: dict[tuple[str, int | None, int | None], m.Location] = {
            (item.number, None, None): m.Location(item.number, 1, implicit_stk=True)}

        def place(node: ast.Stk | ast.Nr, seen: dict[int, ast.Stk | ast.Nr], what: str, loc: m.Location) -> bool:
            """Record a stk. or nr. (False, with N004, when its number is taken)."""
            if node.number in seen:
                self.error("N004", node.span, what=what, number=m.format_secnum(item.number),
                           line=seen[node.number].span.line)
                return False
            seen[node.number] = node
            section_locations.append(loc)
            keys[(loc.paragraf, loc.stk, loc.nr)] = loc
            if isinstance(node.provision, ast.Rule):
                section_rules.append((loc, node.provision))
            return True

        stk_seen: dict[int, ast.Stk | ast.Nr] = {}
        for stk in item.stks:
            if not place(stk, stk_seen, f"stk. {stk.number}", m.Location(item.number, stk.number, implicit_stk=stk.implicit)):
                continue
            nr_seen: dict[int, ast.Stk | ast.Nr] = {}
            for nr in stk.items:
                place(nr, nr_seen, f"nr. {nr.number}",
                      m.Location(item.number, stk.number, nr.number, implicit_stk=stk.implicit))
        return section_locations, section_rules, keys

    def _ref(self, ref: ast.Ref, current: str) -> m.Location | None:
        """The provision a reference points to (reporting N005 when there is none)."""
        paragraf = ref.paragraf if ref.paragraf is not None else current
        key = (paragraf, ref.stk, ref.nr)
        loc = self.locations.get(key)
        if loc is None and ref.stk == 1 and ref.nr is None:
            whole = self.locations.get((paragraf, None, None))
            if whole is not None and (paragraf, 1, None) not in self.locations:
                loc = whole
        if loc is None:
            text = _ref_text(ref, paragraf)
            candidates = [lc.label for lc in self.locations.values()]
            self.error("N005", ref.span, ref=text, **_hint(text, candidates))
        return loc

    # ---- rules and results -----------------------------------------------------------------
    def _results(self, items: list[ast.Item], placed: list[_SectionParts]) -> dict[str, m.Result]:
        """Every declared result with its rules, in the order of the law.

        With a cache, a § whose node, place and rule numbers are as last time, under the same
        declarations and with every reference resolving as before, gives the same rules, and a
        result none of whose rules changed (and whose declaration is the same node) is the same
        result: only the results an edit touches are built again."""
        previous: dict[int, _Contributed] = {}
        built: dict[str, _Built] = {}
        same_references = False
        if self.cache is not None:
            declarations = tuple((n, type(d).__name__, self.types.get(n)) for n, d in self.decls.items())
            if self.cache.declarations == declarations:
                previous = dict(self.cache.contributed)  # taken apart below; the cache's own stays whole
                same_references = self.cache.locations == self.locations
                built = self.cache.results if same_references else {}
            self.cache.declarations, self.cache.locations = declarations, self.locations
        contributed: list[_Contributed] = []
        changed: set[str] = set()  # results some of whose rules are not those of last time
        first = 0
        for parts in placed:
            hit = previous.pop(id(parts.item), None)
            if hit is not None and hit[0] is parts and hit[1] == first and same_references:
                here = hit
                if here[4]:
                    self.diags.extend(here[4])
            else:
                here = self._contributed(parts, first, hit if hit is not None and hit[0].item is parts.item else None)
                changed |= here[3]
                if hit is not None:
                    changed |= hit[3]
            contributed.append(here)
            first += len(parts.rules)
        for gone in previous.values():  # §§ no longer in the law
            changed |= gone[3]
        if self.cache is not None:
            self.cache.contributed = {id(c[0].item): c for c in contributed}

        declared = [
            (item, item.name.value, self.types[item.name.value]) for item in items
            if isinstance(item, ast.Resultat) and self.decls.get(item.name.value) is item
            and item.name.value in self.types
        ]
        again = {name for item, name, _ in declared
                 if name in changed or name not in built or built[name][0] is not item}
        entries_of: dict[str, list[_Entry]] = {}
        for parts, first, contributions, names, _ in contributed:
            if again.isdisjoint(names):
                continue
            for offset, (name, loc, rule, ok, value, cond, refs, *_) in enumerate(contributions):
                if ok and name in again:
                    entries_of.setdefault(name, []).append((first + offset, loc, rule, value, cond, refs))
        results: dict[str, m.Result] = {}
        results_now: dict[str, _Built] = {}
        for item, name, typ in declared:
            if name in again:
                mark = len(self.diags)
                result = self._result(item, typ, entries_of.get(name, []))
                made: _Built = (item, result, self.diags[mark:])
            else:
                made = built[name]
                self.diags.extend(made[2])
            results[name] = made[1]
            results_now[name] = made
        if self.cache is not None:
            self.cache.results = results_now
        return results

    def _contributed(self, parts: _SectionParts, first: int, before: _Contributed | None) -> _Contributed:
        """The rules of one § (the first numbered ``first`` in the law), each resolved — taken
        from ``before`` (the same § node last time, under the same declarations) where only the
        references may resolve otherwise."""
        contributions: list[_Contribution] = []
        for i, (loc, rule) in enumerate(parts.rules):
            if before is not None:
                _, _, _, ok, value, cond, _, found, _ = before[2][i]
                self.diags.extend(found)
            else:
                mark = len(self.diags)
                ok, value, cond = self._rule(rule)
                found = self.diags[mark:]
            mark = len(self.diags)
            refs = tuple(
                lc.label for lc in (self._ref(r, loc.paragraf) for r in rule.references) if lc is not None
            ) if rule.references else ()
            contributions.append((rule.result.value, loc, rule, ok, value, cond, refs, found, self.diags[mark:]))
        every = tuple(d for c in contributions for d in (*c[7], *c[8]))
        return parts, first, tuple(contributions), frozenset(c[0] for c in contributions), every

    def _result(self, item: ast.Resultat, typ: m.Type, entries: list[_Entry]) -> m.Result:
        """One result from its rules (law order): exceptions linked, overrides closed (N011, N018)."""
        name = item.name.value
        if not entries:
            self.diags.append(diagnostic("N015", item.name.span, name=name))
        labels_at: dict[tuple[str, int, int | None], list[str]] = {}
        for _, loc, *_ in entries:
            labels_at.setdefault((loc.paragraf, loc.stk, loc.nr), []).append(loc.label)
        explicit: dict[str, tuple[str, ...]] = {}
        for _, loc, rule, *_ in entries:
            targets: list[str] = []
            for ref in rule.exceptions:
                target = self._ref(ref, loc.paragraf)
                if target is None:
                    continue
                hits = [
                    lbl for (p, s, n), lbls in labels_at.items()
                    if p == target.paragraf and (target.implicit_stk and ref.stk is None or s == target.stk)
                    and (target.nr is None or n == target.nr)
                    for lbl in lbls
                ]
                if not hits:
                    self.error("N011", ref.span, ref=target.label, result=name)
                targets.extend(h for h in hits if h != loc.label)
            explicit[loc.label] = tuple(dict.fromkeys(targets))
        overrides = _overrides([e[1:] for e in entries], explicit)
        reported: set[frozenset[str]] = set()
        for _, loc, rule, *_ in entries:
            for other in sorted(overrides[loc.label]):
                pair = frozenset((loc.label, other))
                if loc.label in overrides.get(other, ()) and pair not in reported:
                    reported.add(pair)
                    self.error("N018", rule.span, rule=loc.label, other=other)
        rules = tuple(
            m.Rule(
                index=index,
                location=loc,
                result=name,
                groups=tuple(g.value for g in rule.groups if isinstance(self.decls.get(g.value), ast.Malgruppe)),
                value=value,
                condition=cond,
                exception_to=explicit[loc.label],
                references=refs,
                overrides=overrides[loc.label],
                wording=rule.wording.value if rule.wording is not None else None,
                span=rule.span,
            )
            for index, loc, rule, value, cond, refs in entries
        )
        return m.Result(name, typ, item.description.value if item.description else None, rules, span=item.span)

    def _rule(self, rule: ast.Rule) -> tuple[bool, m.Expr, m.Expr | None]:
        """Resolve a rule's result, groups, value and condition: (result ok, value, condition)."""
        name = rule.result.value
        decl = self.decls.get(name)
        ok = True
        if decl is None:
            self.error("N001", rule.result.span, name=name, **_hint(name, self._names(ast.Resultat)))
            ok = False
        elif not isinstance(decl, ast.Resultat):
            kind, kind_en = _kind(decl)
            self.error("N016", rule.result.span, name=name, kind=kind, kind_en=kind_en)
            ok = False
        for g in rule.groups:
            if not isinstance(self.decls.get(g.value), ast.Malgruppe):
                self.error("N006", g.span, name=g.value, **_hint(g.value, self._names(ast.Malgruppe)))
        expected = self.types.get(name) if ok else None
        value = self._expr(rule.value, expected)
        if expected is not None and value.type is not None and value.type != expected:
            if expected.kind in (TypeKind.DATE, TypeKind.CADENCE) and value.type == m.UGER:
                date = expected.kind is TypeKind.DATE
                self.error("T009", rule.value.span, result=name, kind="en dato" if date else "en kadence",
                           kind_en="a date" if date else "a cadence",
                           example="`tilmeldt + 2 uger`" if date else "`hver 4. uge fra tilmeldt`")
            else:
                self.error("T001", rule.value.span, result=name, expected=expected, found=value.type)
        cond_ast = rule.condition
        cond = self._condition(cond_ast, "betingelsen efter 'hvis'") if cond_ast is not None else None
        return ok, value, cond

    def _names(self, kind: type) -> list[str]:
        return [n for n, d in self.decls.items() if isinstance(d, kind)]

    # ---- dependencies ------------------------------------------------------------------------
    def _check_cycles(self, groups: dict[str, m.TargetGroup], results: dict[str, m.Result]) -> None:
        graph: dict[str, list[str]] = {}
        spans: dict[str, Span] = {}
        # A result the resolver took from its cache is the same object: it is not walked again.
        reads = (self.cache.dependencies.each(results.values(), self.tree.file) if self.cache is not None
                 else [_reads(r) for r in results.values()])
        for g in groups.values():
            graph[g.name] = _dependencies([g.condition])
            spans[g.name] = g.span
        for r, found in zip(results.values(), reads):
            graph[r.name] = found
            spans[r.name] = r.span
        state: dict[str, int] = {}
        reported: set[str] = set()

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for dep in graph.get(node, []):
                if state.get(dep) == 1:
                    cycle = path[path.index(dep):] + [dep]
                    if not reported.intersection(cycle):
                        reported.update(cycle)
                        self.error("N012", spans[dep], name=dep, cycle=" → ".join(cycle))
                elif dep not in state:
                    visit(dep, path + [dep])
            state[node] = 2

        for node in graph:
            if node not in state:
                visit(node, [node])

    # ---- test cases ------------------------------------------------------------------------------
    def _cases(self, items: list[ast.Item]) -> list[m.Case]:
        cases: list[m.Case] = []
        for item in items:
            if not isinstance(item, ast.Testsag):
                continue
            facts: dict[str, m.Value] = {}
            judgments: dict[str, bool] = {}
            expectations: list[m.Expectation] = []
            for step in item.steps:
                for entry in step.items:
                    self._case_entry(entry, facts, judgments, expectations)
            cases.append(m.Case(item.name.value, facts, judgments, tuple(expectations), span=item.span))
        return cases

    def _case_entry(
        self,
        entry: ast.Given | ast.Expectation,
        facts: dict[str, m.Value],
        judgments: dict[str, bool],
        expectations: list[m.Expectation],
    ) -> None:
        if isinstance(entry, ast.GivenJudgment):
            value = self._constant(entry.value, m.SANDHEDSVAERDI, f'skøn "{entry.text.value}"')
            if isinstance(value, bool):
                judgments[entry.text.value] = value
            return
        if isinstance(entry, ast.GivenHistory):
            self._given_history(entry, facts)
            return
        if isinstance(entry, ast.ExpectGroup):
            if not isinstance(self.decls.get(entry.name.value), ast.Malgruppe):
                self.error("N006", entry.name.span, name=entry.name.value,
                           **_hint(entry.name.value, self._names(ast.Malgruppe)))
                return
            value = self._constant(entry.value, m.SANDHEDSVAERDI, f"målgruppe {entry.name.value}")
            if value is not None:
                expectations.append(m.Expectation("group", entry.name.value, value=value, span=entry.span))
            return
        name = entry.name.value
        decl = self.decls.get(name)
        wanted = ast.Begreb if isinstance(entry, ast.GivenFact) else ast.Resultat
        code = "N013" if wanted is ast.Begreb else "N014"
        if decl is None:
            self.error("N001", entry.name.span, name=name, **_hint(name, self._names(wanted)))
            return
        if not isinstance(decl, wanted):
            kind, kind_en = _kind(decl)
            self.error(code, entry.name.span, name=name, kind=kind, kind_en=kind_en)
            return
        typ = self.types.get(name)
        if typ is None:
            return
        if isinstance(entry, ast.ExpectOutcome):
            missing = None
            if entry.missing is not None:
                missing = entry.missing.value
                if not isinstance(self.decls.get(missing), ast.Begreb):
                    self.error("N001", entry.missing.span, name=missing, **_hint(missing, self._names(ast.Begreb)))
            expectations.append(
                m.Expectation("outcome", name, outcome=entry.outcome, missing=missing, span=entry.span)
            )
            return
        value = self._constant(entry.value, typ, name)
        if value is None:
            return
        if isinstance(entry, ast.GivenFact):
            facts[name] = value
        else:
            expectations.append(m.Expectation("value", name, value=value, span=entry.span))

    def _given_history(self, entry: ast.GivenHistory, facts: dict[str, m.Value]) -> None:
        """`givet ydelsesforløb = [dagpenge fra … til …, …]`: a history, in order of start."""
        name = entry.name.value
        decl = self.decls.get(name)
        if decl is None:
            self.error("N001", entry.name.span, name=name, **_hint(name, self._names(ast.Begreb)))
            return
        if not isinstance(decl, ast.Begreb):
            kind, kind_en = _kind(decl)
            self.error("N013", entry.name.span, name=name, kind=kind, kind_en=kind_en)
            return
        typ = self.types.get(name)
        if typ is None:
            return
        if typ.kind is not TypeKind.HISTORY:
            self.error("T005", entry.span, name=name, expected=typ, found="et forløb")
            return
        spells = sorted(entry.spells, key=lambda sp: sp.start.value)
        for spell in spells:
            if spell.value.value not in typ.options:
                self.error("N007", spell.value.span, name=spell.value.value, owner=name, options=", ".join(typ.options))
                return
        history = tuple((sp.start.value, sp.end.value if sp.end else None, sp.value.value) for sp in spells)
        problem = _forløbsfejl(history)
        if problem is not None:
            index, da, en = problem
            self.error("T010", spells[index].span, name=name, problem=da, problem_en=en)
            return
        facts[name] = history

    def _constant(self, expr: ast.Expr, expected: m.Type, name: str) -> m.Value | None:
        if isinstance(expr, ast.Recurrence) and isinstance(expr.start, ast.DateValue):
            pass  # `hver 4. uge fra 2026-01-05`: a cadence written out
        elif not isinstance(expr, (ast.Integer, ast.Amount, ast.Period, ast.Bool, ast.TextValue, ast.NameRef,
                                   ast.DateValue)):
            self.error("T006", expr.span, what="et udtryk")
            return None
        if isinstance(expr, ast.NameRef) and not (expected.kind == TypeKind.CHOICE and expr.name.value in expected.options):
            if expected.kind == TypeKind.CHOICE:
                self.error("N007", expr.span, name=expr.name.value, owner=name, options=", ".join(expected.options))
            else:
                self.error("T006", expr.span, what=f"navnet '{expr.name.value}'")
            return None
        resolved = self._expr(expr, expected)
        if isinstance(resolved, m.Recurrence) and isinstance(resolved.start, m.Const):
            assert isinstance(resolved.step, m.Const)
            return (resolved.start.value, resolved.step.value, resolved.months)
        if not isinstance(resolved, m.Const):
            return None
        if resolved.type != expected:
            self.error("T005", expr.span, name=name, expected=expected, found=resolved.type)
            return None
        return resolved.value

    # ---- expressions ---------------------------------------------------------------------------
    def _condition(self, expr: ast.Expr, where: str) -> m.Expr:
        resolved = self._expr(expr, m.SANDHEDSVAERDI)
        if resolved.type is not None and resolved.type != m.SANDHEDSVAERDI:
            self.error("T003", expr.span, where=where, found=resolved.type)
            return m.Invalid(span=expr.span)
        return resolved

    def _expr(self, e: ast.Expr, hint: m.Type | None = None) -> m.Expr:
        # Ordered by how often each kind occurs in real laws.
        span = e.span
        if isinstance(e, ast.BoolOp):
            left = self._boolean(e.left, f"operanden til '{e.op}'")
            right = self._boolean(e.right, f"operanden til '{e.op}'")
            return (m.And if e.op == "og" else m.Or)(left, right, span=span)
        if isinstance(e, ast.Compare):
            return self._compare(e)
        if isinstance(e, ast.NameRef):
            return self._name(e.name, hint)
        if isinstance(e, ast.Period):
            text = f"hver {e.number_text}. {e.unit}" if e.cadence else f"{e.number_text} {e.unit}"
            return m.Const(weeks_value(e.amount, e.unit), m.UGER, text, span=span)
        if isinstance(e, ast.Bool):
            return m.Const(e.value, m.SANDHEDSVAERDI, "ja" if e.value else "nej", span=span)
        if isinstance(e, ast.Integer):
            return m.Const(e.value, m.HELTAL, str(e.value), span=span)
        if isinstance(e, ast.Not):
            return m.Not(self._boolean(e.operand, "operanden til 'ikke'"), span=span)
        if isinstance(e, ast.Amount):
            return m.Const(Decimal(e.value), m.BELOB, f"{e.text} kr.", span=span)
        if isinstance(e, ast.OneOf):
            return self._one_of(e)
        if isinstance(e, ast.Judgment):
            return m.Judgment(e.text.value, span=span)
        if isinstance(e, ast.InGroup):
            if not isinstance(self.decls.get(e.name.value), ast.Malgruppe):
                self.error("N006", e.name.span, name=e.name.value, **_hint(e.name.value, self._names(ast.Malgruppe)))
                return m.Invalid(span=span)
            return m.Member(e.name.value, span=span)
        if isinstance(e, ast.TextValue):
            return m.Const(e.text.value, m.TEKST, e.text.value, span=span)
        if isinstance(e, ast.Arith):
            return self._arith(e)
        if isinstance(e, ast.DateValue):
            return m.Const(e.value, m.DATO, e.value.isoformat(), span=span)
        if isinstance(e, ast.TimeOn):
            return self._time_on(e)
        if isinstance(e, ast.Recurrence):
            return self._recurrence(e)
        raise TypeError(f"unknown expression {e!r}")  # pragma: no cover - the parser builds no others

    def _boolean(self, e: ast.Expr, where: str) -> m.Expr:
        return self._condition(e, where)

    def _name(self, name: ast.Name, hint: m.Type | None) -> m.Expr:
        value = name.value
        decl = self.decls.get(value)
        if hint is not None and hint.kind == TypeKind.CHOICE and value in hint.options:
            # Beside an enumeration, its option wins over a declaration of the same name.
            if decl is not None:
                kind, kind_en = _kind(decl)
                self.diags.append(diagnostic("N017", name.span, name=value, kind=kind, kind_en=kind_en))
            return m.Const(value, hint, value, span=name.span)
        if decl is None:
            candidates = list(self.decls) + (list(hint.options) if hint is not None and hint.kind == TypeKind.CHOICE else [])
            if hint is not None and hint.kind == TypeKind.CHOICE:
                self.error("N007", name.span, name=value, owner="valget", options=", ".join(hint.options))
            else:
                self.error("N001", name.span, name=value, **_hint(value, candidates))
            return m.Invalid(span=name.span)
        if isinstance(decl, ast.Malgruppe):
            return m.Member(value, span=name.span)
        typ = self.types.get(value)
        if typ is None:
            return m.Invalid(span=name.span)
        if isinstance(decl, ast.Begreb):
            return m.Fact(value, typ, span=name.span)
        return m.ResultValue(value, typ, span=name.span)

    def _may_be_option(self, e: ast.Expr) -> bool:
        """A bare name that is not a fact or a result: possibly an enumeration's option."""
        return isinstance(e, ast.NameRef) and not isinstance(self.decls.get(e.name.value), (ast.Begreb, ast.Resultat))

    def _compare(self, e: ast.Compare) -> m.Expr:
        if self._may_be_option(e.left) and not self._may_be_option(e.right):
            right = self._expr(e.right)
            left = self._expr(e.left, right.type)
        else:
            left = self._expr(e.left)
            right = self._expr(e.right, left.type)
        if left.type is None or right.type is None:
            return m.Invalid(span=e.span)
        if (left.type != right.type or not left.type.kind.comparable
                or (e.op not in ("=", "!=") and not left.type.ordered)):
            self.error("T002", e.span, left=_describe(left), right=_describe(right))
            return m.Invalid(span=e.span)
        return m.Compare(e.op, left, right, span=e.span)

    def _arith(self, e: ast.Arith) -> m.Expr:
        left = self._expr(e.left)
        right = self._expr(e.right)
        if left.type is None or right.type is None:
            return m.Invalid(span=e.span)
        numeric = (TypeKind.INTEGER, TypeKind.WEEKS, TypeKind.AMOUNT)
        result: m.Type | None = None
        if left.type == m.DATO and right.type == m.UGER and e.op in "+-":
            return m.Shift(e.op, left, right, _months(e.right), span=e.span)
        if left.type == m.UGER and right.type == m.DATO and e.op == "+":
            return m.Shift(e.op, right, left, _months(e.left), span=e.span)
        if left.type == m.DATO and right.type == m.DATO and e.op == "-":
            return m.Elapsed(left, right, span=e.span)
        if e.op in "+-" and left.type == right.type and left.type.kind in numeric:
            result = left.type
        elif e.op == "*" and left.type == m.HELTAL and right.type.kind in numeric:
            result = right.type
        elif e.op == "*" and right.type == m.HELTAL and left.type.kind in numeric:
            result = left.type
        if result is None:
            self.error("T004", e.span, left=_describe(left), op=e.op, right=_describe(right))
            return m.Invalid(span=e.span)
        return m.Arith(e.op, left, right, result, span=e.span)

    def _time_on(self, e: ast.TimeOn) -> m.Expr:
        """`sammenlagt tid på … i forløb [inden for de seneste …]`, `sammenhængende tid …`."""
        text = format_expr(e)
        history = self._name(e.history, None)
        limit = self._expr(e.limit) if e.limit is not None else None
        if history.type is None or (limit is not None and limit.type is None):
            return m.Invalid(span=e.span)
        if history.type.kind is not TypeKind.HISTORY:
            self.error("T008", e.history.span, name=e.history.value, found=history.type)
            return m.Invalid(span=e.span)
        values: list[str] = []
        for option in e.values:
            if option.value not in history.type.options:
                self.error("N007", option.span, name=option.value, owner=e.history.value,
                           options=", ".join(history.type.options))
                return m.Invalid(span=e.span)
            values.append(option.value)
        if limit is not None and limit.type != m.UGER:
            what = "inden for de seneste" if e.kind == "sammenlagt" else "med afbrydelser under"
            self.error("T004", e.limit.span if e.limit else e.span, left=e.kind + " tid", op=what,
                       right=_describe(limit))
            return m.Invalid(span=e.span)
        today = self._today(e.span, f"{e.kind.capitalize()} tid")
        if today is None:
            return m.Invalid(span=e.span)
        months = _months(e.limit) if e.limit is not None and e.kind == "sammenlagt" else None
        return m.TimeOn(e.kind, history, tuple(dict.fromkeys(values)), limit, months, today, text, span=e.span)

    def _today(self, span: Span, what: str) -> m.Expr | None:
        """The evaluation date: the law's `begreb opgørelsesdato: dato` (T007 when it has none)."""
        decl = self.decls.get(TODAY)
        if isinstance(decl, ast.Begreb) and self.types.get(TODAY) == m.DATO:
            return m.Fact(TODAY, m.DATO, span=span)
        self.error("T007", span, what=what)
        return None

    def _recurrence(self, e: ast.Recurrence) -> m.Expr:
        """`hver 4. uge fra dato`."""
        start = self._expr(e.start)
        if start.type is None:
            return m.Invalid(span=e.span)
        if start.type != m.DATO:
            self.error("T004", e.start.span, left=f"hver {e.step.number_text}. {e.step.unit}", op="fra",
                       right=_describe(start))
            return m.Invalid(span=e.span)
        step = self._expr(e.step)
        return m.Recurrence(start, step, _months(e.step), span=e.span)

    def _one_of(self, e: ast.OneOf) -> m.Expr:
        operand = self._name(e.name, None)
        if operand.type is None:
            return m.Invalid(span=e.span)
        if operand.type.kind != TypeKind.CHOICE:
            self.error("T002", e.span, left=_describe(operand), right="en liste af valgmuligheder")
            return m.Invalid(span=e.span)
        options: list[str] = []
        for option in e.options:
            if option.value not in operand.type.options:
                self.error("N007", option.span, name=option.value, owner=e.name.value,
                           options=", ".join(operand.type.options))
            else:
                options.append(option.value)
        return m.OneOf(operand, tuple(options), span=e.span)


#: The begreb every count of time in a history reads: the day the facts are stated for.
TODAY = "opgørelsesdato"


def _months(e: ast.Expr) -> int | None:
    """Calendar months of a period literal in months or years (None for anything else)."""
    if isinstance(e, ast.Period):
        return calendar_months(e.amount, e.unit)
    return None


def _describe(e: m.Expr) -> str:
    if isinstance(e, m.Const):
        return f"{e.text} ({e.type})"
    if isinstance(e, (m.Fact, m.ResultValue)):
        return f"{e.name} ({e.type})"
    return str(e.type)


def _ref_text(ref: ast.Ref, paragraf: str) -> str:
    text = f"§ {m.format_secnum(paragraf)}"
    if ref.stk is not None:
        text += f", stk. {ref.stk}"
    if ref.nr is not None:
        text += f", nr. {ref.nr}"
    return text


def _reads(result: m.Result) -> list[str]:
    """The results and target groups a result's rules read, each once."""
    deps: list[str] = []
    for rule in result.rules:
        deps.extend(rule.groups)
        deps.extend(_dependencies([rule.value] + ([rule.condition] if rule.condition else [])))
    return list(dict.fromkeys(deps))


def _dependencies(exprs: list[m.Expr]) -> list[str]:
    out: list[str] = []
    for expr in exprs:
        for e in m.walk(expr):
            if isinstance(e, m.ResultValue):
                out.append(e.name)
            elif isinstance(e, m.Member):
                out.append(e.group)
    return out


def _overrides(
    entries: list[tuple[m.Location, ast.Rule, m.Expr, m.Expr | None, tuple[str, ...]]],
    explicit: dict[str, tuple[str, ...]],
) -> dict[str, frozenset[str]]:
    """Which rules each rule beats: its declared exceptions, and — for a rule scoped to a
    target group — the general rules of the result; then closed transitively.

    Declared exceptions win over that implicit specificity: a group rule does not beat a
    general rule that already beats it, directly or through other rules (implicit edges
    are added in the order of the law and skipped where they would close a cycle). A
    cycle left over comes from declared exceptions alone and is reported as N018.
    """
    direct: dict[str, set[str]] = {loc.label: set(explicit.get(loc.label, ())) - {loc.label} for loc, *_ in entries}
    general = [loc.label for loc, rule, *_ in entries if not rule.groups]
    for loc, rule, *_ in entries:
        if not rule.groups:
            continue
        for g in general:
            if g != loc.label and not _reaches(direct, g, loc.label):
                direct[loc.label].add(g)
    return _closure(direct)


def _reaches(direct: dict[str, set[str]], start: str, goal: str) -> bool:
    seen: set[str] = set()
    stack = [start]
    while stack:
        x = stack.pop()
        if x == goal:
            return True
        if x not in seen:
            seen.add(x)
            stack.extend(direct.get(x, ()))
    return False


def _closure(direct: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """The transitive closure of a 'beats' relation (a rule never beats itself)."""
    closed: dict[str, frozenset[str]] = {}
    for label in direct:
        seen: set[str] = set()
        stack = list(direct[label])
        while stack:
            x = stack.pop()
            if x in seen or x == label:
                continue
            seen.add(x)
            stack.extend(direct.get(x, ()))
        closed[label] = frozenset(seen)
    return closed
