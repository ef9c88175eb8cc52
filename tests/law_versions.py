"""Hypothesis strategies for small random laws and amended versions of them (for `lov diff`).

A law is built as a :class:`Spec` (declarations and §§ with rules that type-check), then
rendered to `.lov` text and put through :func:`dsl.formatter.format_text`, so every law
is in canonical form. :func:`versions` draws a law and an amended version of it: values
changed, §§ added, removed or renumbered, stk. added or removed (also in a § stated from its
stk. 2 on), target groups and begreber added or changed, the title changed.
"""

from __future__ import annotations

import copy

import attrs
from hypothesis import strategies as st

from dsl.formatter import format_text

CONCEPTS: dict[str, str] = {
    "alder": "heltal",
    "forsikret": "sandhedsværdi",
    "ledighed": "uger",
    "ydelse": "valg af dagpenge, kontanthjælp, sygedagpenge",
    "sats_i_dag": "beløb",
}
RESULT_TYPES = ("uger", "sandhedsværdi", "heltal", "beløb")
GROUP_NAMES = ("forsikrede", "unge", "syge", "ældre")
JUDGMENTS = ("konkret individuel vurdering", "særlige grunde")


@attrs.define
class Spec:
    title: str
    concepts: dict[str, tuple[str, str]]  # name -> (type, source text)
    groups: list[tuple[int, str, str]]  # (number, name, condition)
    results: dict[str, str]  # name -> type
    sections: list[tuple[int, str | None, list[str]]]  # (number, title, stk provisions)
    cases: list[tuple[str, str]]  # (name, givet …)
    #: §§ stated from their stk. 2 on, as a law encodes what its sources give of a provision
    partial: set[int] = attrs.field(factory=set)

    def text(self) -> str:
        lines = [f'lov "{self.title}"', 'version "1"', ""]
        for name, (typ, source) in self.concepts.items():
            lines.append(f'begreb {name}: {typ} kilde register "{source}"')
        lines.append("")
        for number, name, cond in self.groups:
            lines += [f"målgruppe {number} {name}:", f"    {cond}", ""]
        for name, typ in self.results.items():
            lines.append(f"resultat {name}: {typ}")
        lines.append("")
        for number, title, stks in self.sections:
            lines.append(f"§ {number}" + (f' "{title}"' if title else ""))
            for i, provision in enumerate(stks, 2 if number in self.partial else 1):
                lines.append(f"    stk. {i}. {provision}")
            lines.append("")
        for name, givet in self.cases:
            lines += [f'testsag "{name}":', f"    givet {givet}", ""]
        text = "\n".join(lines)
        formatted = format_text(text, "gen.lov")
        assert formatted is not None, text
        return formatted


@st.composite
def conditions(draw: st.DrawFn, groups: list[str], depth: int = 0) -> str:
    options = [
        st.just("forsikret"),
        st.integers(15, 70).map(lambda n: f"alder < {n}"),
        st.tuples(st.integers(1, 60), st.sampled_from(["uger", "måneder", "dage"])).map(
            lambda t: f"ledighed >= {t[0]} {t[1]}"
        ),
        st.sampled_from(["dagpenge", "kontanthjælp", "sygedagpenge"]).map(lambda o: f"ydelse = {o}"),
        st.sampled_from(JUDGMENTS).map(lambda j: f'skøn "{j}"'),
    ]
    if groups:
        options.append(st.sampled_from(groups).map(lambda g: f"målgruppe {g}"))
    atom = draw(st.one_of(options))
    if depth < 1 and draw(st.integers(0, 3)) == 0:
        op = draw(st.sampled_from(["og", "eller"]))
        return f"{atom} {op} {draw(conditions(groups, depth + 1))}"
    return atom


def values(typ: str) -> st.SearchStrategy[str]:
    if typ == "uger":
        return st.tuples(st.integers(1, 52), st.sampled_from(["uger", "uger", "måneder"])).map(
            lambda t: f"{t[0]} {t[1]}"
        )
    if typ == "sandhedsværdi":
        return st.sampled_from(["ja", "nej", "forsikret", "ikke forsikret"])
    if typ == "heltal":
        return st.integers(0, 20).map(str)
    return st.integers(0, 500).map(lambda n: f"{n} kr.")


@st.composite
def rules(draw: st.DrawFn, results: dict[str, str], groups: list[str]) -> str:
    name = draw(st.sampled_from(sorted(results)))
    value = draw(values(results[name]))
    head = f"{name} er {value}"
    if groups and draw(st.booleans()):
        chosen = draw(st.lists(st.sampled_from(groups), min_size=1, max_size=2, unique=True))
        head = f"For målgruppe {', '.join(chosen)} er {name} {value}"
    if draw(st.booleans()):
        head += f", hvis {draw(conditions(groups))}"
    return head + "."


@st.composite
def provisions(draw: st.DrawFn, results: dict[str, str], groups: list[str]) -> str:
    if draw(st.integers(0, 4)) == 0:
        return draw(st.sampled_from([
            '"Kommunen skal give borgeren besked."',
            '"Reglerne gælder i seks måneder efter ansøgningen."',
            '"Samtalen holdes senest efter 4 uger."',
        ]))
    return draw(rules(results, groups))


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    concepts = {n: (t, "CPR") for n, t in CONCEPTS.items() if n == "alder" or draw(st.booleans())}
    concepts.setdefault("forsikret", (CONCEPTS["forsikret"], "A-kasse"))
    concepts.setdefault("ledighed", (CONCEPTS["ledighed"], "Ydelser"))
    concepts.setdefault("ydelse", (CONCEPTS["ydelse"], "Ydelser"))
    group_names = draw(st.lists(st.sampled_from(GROUP_NAMES), max_size=3, unique=True))
    groups = [(i + 1, g, draw(conditions([]))) for i, g in enumerate(group_names)]
    n_results = draw(st.integers(1, 3))
    results = {f"r{i}": draw(st.sampled_from(RESULT_TYPES)) for i in range(n_results)}
    numbers = draw(st.lists(st.integers(1, 60), min_size=1, max_size=6, unique=True))
    sections = []
    for number in sorted(numbers):
        stks = draw(st.lists(provisions(results, group_names), min_size=1, max_size=3))
        title = draw(st.none() | st.sampled_from(["Varighed", "Ret til tilbud", "Frister"]))
        sections.append((number, title, stks))
    cases = []
    if draw(st.booleans()):
        cases.append(("Borger A", f"alder = {draw(st.integers(16, 70))}, forsikret = {draw(st.sampled_from(['ja', 'nej']))}"))
    partial = {number for number in numbers if draw(st.integers(0, 5)) == 0}
    return Spec(draw(st.sampled_from(["Lov om en aktiv indsats", "Lov om beskæftigelse"])), concepts, groups,
                results, sections, cases, partial)


@st.composite
def amended(draw: st.DrawFn, spec: Spec) -> Spec:
    """A copy of ``spec`` with one to four amendments."""
    new = copy.deepcopy(spec)
    groups = [g for _, g, _ in new.groups]
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from([
            "value", "drop_section", "add_section", "renumber", "add_stk", "drop_stk", "group", "concept",
            "title",
        ]))
        if kind == "value" and new.sections:
            i = draw(st.integers(0, len(new.sections) - 1))
            number, title, stks = new.sections[i]
            j = draw(st.integers(0, len(stks) - 1))
            stks[j] = draw(provisions(new.results, groups))
        elif kind == "drop_section" and len(new.sections) > 1:
            del new.sections[draw(st.integers(0, len(new.sections) - 1))]
        elif kind == "add_section":
            used = {n for n, _, _ in new.sections}
            number = draw(st.integers(1, 80).filter(lambda n: n not in used))
            new.sections.append((number, None, draw(st.lists(provisions(new.results, groups), min_size=1, max_size=3))))
            new.sections.sort(key=lambda s: s[0])
        elif kind == "renumber" and new.sections:
            used = {n for n, _, _ in new.sections}
            i = draw(st.integers(0, len(new.sections) - 1))
            number = draw(st.integers(1, 80).filter(lambda n: n not in used))
            _, title, stks = new.sections[i]
            new.sections[i] = (number, title, stks)
            new.sections.sort(key=lambda s: s[0])
        elif kind == "add_stk" and new.sections:
            i = draw(st.integers(0, len(new.sections) - 1))
            new.sections[i][2].append(draw(provisions(new.results, groups)))
        elif kind == "drop_stk" and new.sections:
            i = draw(st.integers(0, len(new.sections) - 1))
            if len(new.sections[i][2]) > 1:
                new.sections[i][2].pop()
        elif kind == "group":
            free = [g for g in GROUP_NAMES if g not in groups]
            if free:
                name = draw(st.sampled_from(free))
                new.groups.append((len(new.groups) + 1, name, draw(conditions([]))))
                groups.append(name)
        elif kind == "concept":
            name = draw(st.sampled_from(sorted(new.concepts)))
            typ, _ = new.concepts[name]
            new.concepts[name] = (typ, draw(st.sampled_from(["CPR", "Ydelsesregistret", "A-kasse"])))
        elif kind == "title":
            new.title = draw(st.sampled_from(["Lov om en aktiv indsats", "Lov om beskæftigelse", "Ny lov"]))
    return new


@st.composite
def versions(draw: st.DrawFn) -> tuple[str, str]:
    """Two versions of a law: a random law and an amended copy, both as canonical text."""
    spec = draw(specs())
    return spec.text(), draw(amended(spec)).text()


laws = specs().map(lambda s: s.text())
