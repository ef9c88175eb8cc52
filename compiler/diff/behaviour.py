"""What the change means for citizens: both versions evaluated on the same citizens.

For every result declared in both versions, both laws are evaluated (with the reference
interpreter) on

* the facts and judgments of every `testsag` of both files, and
* a reproducible generated population (``--population N --seed S``), each citizen
  generated for the union of both laws' `begreb`s, so that a fact only one version reads
  still has a value;

and the report says per result how many citizens get a different answer, with up to
:data:`EXAMPLES` example citizens and the §§ that decided each side.

Two answers differ when their kind differs (value, requires judgment, conflict, missing
fact, no rule) or, for values, when the values differ; for the other kinds the §§ or the
missing fact are compared too.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, Mapping, Sequence

import attrs

from compiler.evaluate import interpreter, prelude
from compiler.population import caseload
from dsl import model as m
from dsl.kinds import OutcomeKind, TypeKind
from dsl.language import t
from dsl.literals import quote

EXAMPLES = 3


@attrs.frozen
class Answer:
    """One version's answer for one citizen: its kind, as `forvent` writes it (`værdi`,
    `skøn`, `konflikt`, `mangler`, `ingen regel`), a readable text and the deciding §§.
    Answers compare by ``key`` only (see :func:`answer`)."""

    kind: str = attrs.field(eq=False)
    text: str = attrs.field(eq=False)
    rules: tuple[str, ...] = attrs.field(default=(), eq=False)
    value: Any = attrs.field(default=None, eq=False)
    key: Any = None


@attrs.frozen
class Example:
    """A citizen whose answer differs: where it came from (`testsag "…"` or `borger nr. 17`),
    the facts (name, text) and judgments it had, and both answers."""

    citizen: str
    facts: tuple[tuple[str, str], ...]
    old: Answer
    new: Answer

    def mirrored(self) -> Example:
        return Example(self.citizen, self.facts, self.new, self.old)


@attrs.frozen
class ResultBehaviour:
    result: str
    evaluated: int
    differing: int
    examples: tuple[Example, ...]

    def mirrored(self) -> ResultBehaviour:
        return ResultBehaviour(self.result, self.evaluated, self.differing, tuple(e.mirrored() for e in self.examples))


@attrs.frozen
class Behaviour:
    """The behavioural comparison. ``unavailable`` says why it was not computed (then
    ``results`` is empty)."""

    population: int
    seed: int
    cases: int
    citizens: int
    results: tuple[ResultBehaviour, ...]
    unavailable: str | None = None

    @property
    def differences(self) -> int:
        return sum(r.differing for r in self.results)

    def mirrored(self) -> Behaviour:
        return attrs.evolve(self, results=tuple(r.mirrored() for r in self.results))


# ---- citizens --------------------------------------------------------------------------------


@attrs.frozen
class Citizen:
    """A citizen both versions are evaluated on. ``old_facts``/``new_facts`` are what each
    version is given (they differ only for a testsag written in both files). ``home`` is
    the version whose testsag it is (`gammel`, `ny`), `begge` or `genereret`."""

    label: str
    old_facts: Mapping[str, m.Value]
    new_facts: Mapping[str, m.Value]
    judgments: Mapping[str, bool]
    home: str

    @property
    def facts(self) -> dict[str, m.Value]:
        return {**self.old_facts, **self.new_facts} if self.home == "ny" else {**self.new_facts, **self.old_facts}

    def mirrored(self) -> Citizen:
        home = {"gammel": "ny", "ny": "gammel"}.get(self.home, self.home)
        return Citizen(self.label, self.new_facts, self.old_facts, self.judgments, home)


def case_key(name: str) -> str:
    """The citizen a testsag describes: its name up to the first ` – ` (what follows is the
    expected outcome, which the two versions may state differently)."""
    return name.split(" – ", 1)[0].strip()


def case_citizens(old: m.Law, new: m.Law) -> list[Citizen]:
    """A citizen for every `testsag` of both versions.

    Testsager with the same :func:`case_key` in both files describe the same citizen in
    each version's own facts (`Case 1: Jørgen bliver rask og får dagpenge – …`): they
    become one citizen, each version given its own testsag's facts plus the other's
    facts that it does not state. Those come first (by key), then the testsager found in
    one file only (by name, then file order)."""
    old_cases: dict[str, list[m.Case]] = {}
    new_cases: dict[str, list[m.Case]] = {}
    for law, table in ((old, old_cases), (new, new_cases)):
        for case in law.cases:
            table.setdefault(case_key(case.name), []).append(case)
    paired: list[Citizen] = []
    single: list[tuple[str, int, Citizen]] = []
    for key in sorted(set(old_cases) | set(new_cases)):
        a, b = old_cases.get(key, []), new_cases.get(key, [])
        if len(a) == 1 and len(b) == 1:
            x, y = a[0], b[0]
            judgments = {**y.judgments, **x.judgments}
            paired.append(Citizen(
                f'testsag "{key}" (begge versioner)', {**y.facts, **x.facts}, {**x.facts, **y.facts}, judgments, "begge"
            ))
            continue
        for home, law, cases in (("gammel", old, a), ("ny", new, b)):
            for i, case in enumerate(cases):
                label = f'testsag "{case.name}" ({law.file})'
                facts = dict(case.facts)
                single.append((case.name, i, Citizen(label, facts, facts, dict(case.judgments), home)))
    single.sort(key=lambda t: (t[0], t[1]))
    return paired + [c for _, _, c in single]


def fact_text(value: m.Value, typ: m.Type | None) -> str:
    """A fact's value as the law writes it."""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    kind = typ.kind if typ is not None else ""
    if kind == TypeKind.WEEKS and isinstance(value, (int, Fraction)):
        if isinstance(value, Fraction) and value.denominator != 1:
            return f"{value.numerator}/{value.denominator} uger"
        return "1 uge" if value == 1 else f"{int(value)} uger"
    if isinstance(value, Decimal):
        return str(value).replace(".", ",") + " kr."
    if kind == TypeKind.TEXT:
        return quote(str(value))
    return str(value)


def citizen_facts(citizen: Citizen, *laws: m.Law) -> tuple[tuple[str, str], ...]:
    """The citizen's facts and judgments as (name, text), in name order, for a report."""
    types: dict[str, m.Type] = {}
    for law in laws:
        for c in law.concepts.values():
            types.setdefault(c.name, c.type)
    out = [(name, fact_text(v, types.get(name))) for name, v in sorted(citizen.facts.items())]
    out += [(f'skøn "{text}"', "ja" if v else "nej") for text, v in sorted(citizen.judgments.items())]
    return tuple(out)


# ---- comparing ------------------------------------------------------------------------------

Evaluate = Callable[[m.Law, str, Mapping[str, m.Value], Mapping[str, bool]], Answer]
# The fact names and judgment wordings a law reads to decide a result for a citizen.
Reads = Callable[[m.Law, str, Mapping[str, m.Value], Mapping[str, bool]], set[str]]


def compare(
    old: m.Law, new: m.Law, citizens: Sequence[Citizen], evaluate: Evaluate,
    population: int = 0, seed: int = 0, cases: int = 0, reads: Reads | None = None,
) -> Behaviour:
    """Evaluate every result declared in both versions for every citizen.

    A testsag written in one file only states the facts of its own version; when the other
    version then answers "mangler X" for a begreb X its own version does not declare, the
    two answers are not comparable and the citizen is not counted for that result.
    With ``reads``, an example shows only the facts either version read for the result.
    """
    results = [name for name in new.results if name in old.results]
    inputs = [(c, _facts_for(old, c.old_facts), _facts_for(new, c.new_facts)) for c in citizens]
    out: list[ResultBehaviour] = []
    for name in results:
        differing = evaluated = 0
        examples: list[Example] = []
        for citizen, old_facts, new_facts in inputs:
            a = evaluate(old, name, old_facts, citizen.judgments)
            b = evaluate(new, name, new_facts, citizen.judgments)
            if _incomparable(citizen, a, b, old, new):
                continue
            evaluated += 1
            if a != b:
                differing += 1
                if len(examples) < EXAMPLES:
                    facts = citizen_facts(citizen, old, new)
                    if reads is not None:
                        read = reads(old, name, old_facts, citizen.judgments) | reads(new, name, new_facts, citizen.judgments)
                        facts = tuple((k, v) for k, v in facts if k in read)
                    examples.append(Example(citizen.label, facts, a, b))
        out.append(ResultBehaviour(name, evaluated, differing, tuple(examples)))
    return Behaviour(population, seed, cases, len(citizens), tuple(out))


def _incomparable(citizen: Citizen, a: Answer, b: Answer, old: m.Law, new: m.Law) -> bool:
    if citizen.home == "gammel":
        return b.kind == OutcomeKind.MISSING and b.key[1] not in old.concepts
    if citizen.home == "ny":
        return a.kind == OutcomeKind.MISSING and a.key[1] not in new.concepts
    return False


def _facts_for(law: m.Law, facts: Mapping[str, m.Value]) -> dict[str, m.Value]:
    """The facts that this law declares (with a value of the declared type)."""
    out: dict[str, m.Value] = {}
    for name, value in facts.items():
        concept = law.concepts.get(name)
        if concept is not None and _fits(value, concept.type):
            out[name] = value
    return out


def _fits(value: m.Value, typ: m.Type) -> bool:
    kind = typ.kind
    if kind == TypeKind.BOOLEAN:
        return isinstance(value, bool)
    if kind == TypeKind.INTEGER:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == TypeKind.WEEKS:
        return isinstance(value, (int, Fraction)) and not isinstance(value, bool)
    if kind == TypeKind.AMOUNT:
        return isinstance(value, Decimal)
    if kind == TypeKind.CHOICE:
        return isinstance(value, str) and value in typ.options
    if kind == TypeKind.DATE:
        return isinstance(value, datetime.date)
    if kind == TypeKind.HISTORY:
        return isinstance(value, tuple) and all(p[2] in typ.options for p in value)
    if kind == TypeKind.CADENCE:
        return isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], datetime.date)
    return isinstance(value, str)


def unavailable(reason: str, population: int, seed: int) -> Behaviour:
    return Behaviour(population, seed, 0, 0, (), unavailable=reason)



def run(old: m.Law | None, new: m.Law | None, population: int, seed: int) -> Behaviour:
    """The behavioural comparison with the reference interpreter (compiler/evaluate/interpreter.py)
    on the testsags and a sample of the population `lov impact` uses
    (compiler/population/caseload.py), or an ``unavailable`` behaviour saying why it could not
    be computed."""
    if old is None or new is None:
        return unavailable(t("en af versionerne kunne ikke læses", "one of the versions could not be read"), population, seed)
    cases = case_citizens(old, new)
    try:
        citizens = cases + generated_citizens(
            old, new, population, seed, lambda law, n, s: caseload.citizens([law], n, s))
    except caseload.PopulationError as error:
        return unavailable(str(error), population, seed)

    def evaluate(law: m.Law, result: str, facts: Mapping[str, m.Value], judgments: Mapping[str, bool]) -> Answer:
        try:
            outcome = interpreter.evaluate(law, result, facts, judgments)
        except interpreter.LawError as error:
            return Answer("fejl", f"kan ikke evalueres: {error}")
        return answer(outcome, law.results[result].type)

    def reads(law: m.Law, result: str, facts: Mapping[str, m.Value], judgments: Mapping[str, bool]) -> set[str]:
        try:
            explanation = interpreter.explain(law, result, facts, judgments)
        except interpreter.LawError:
            return set(facts)
        return {name for name, *_ in explanation.facts} | {f'skøn "{text}"' for text, _ in explanation.judgments}

    return compare(old, new, citizens, evaluate, population, seed, len(cases), reads)


def answer(outcome: Any, typ: m.Type) -> Answer:
    """An interpreter outcome as a report answer. Two answers are equal when kind and value
    (or the judgment's wording, or the missing fact) are; the deciding §§ are shown but not
    compared, so renumbering alone is no change of behaviour."""
    kind = outcome.kind
    text = prelude._svar(kind, typ.kind, outcome.value, outcome.judgment, outcome.missing)
    if kind == OutcomeKind.VALUE:
        return Answer(kind, fact_text(outcome.value, typ), outcome.rules, outcome.value, key=(kind, outcome.value))
    if kind == OutcomeKind.JUDGMENT:
        return Answer(kind, text, outcome.rules, key=(kind, outcome.judgment))
    if kind == OutcomeKind.MISSING:
        return Answer(kind, text, outcome.rules, key=(kind, outcome.missing))
    return Answer(kind, text, outcome.rules, key=(kind,))


def generated_citizens(
    old: m.Law, new: m.Law, n: int, seed: int, generate: Callable[[m.Law, int, int], list[dict[str, m.Value]]],
) -> list[Citizen]:
    """``n`` citizens for the union of both laws' begreber, each with a yes/no for every
    `skøn` wording of either version, drawn from ``seed``. The union is taken in name order
    (and, for a name the versions type differently, the type that sorts first), so that
    swapping the versions gives the same citizens."""
    if n <= 0:
        return []
    union = _union(old, new)
    facts = generate(union, n, seed)
    wordings = sorted(_judgments(old) | _judgments(new))
    rng = random.Random(f"{seed}:skøn")
    out = []
    for i, citizen in enumerate(facts):
        judgments = {text: rng.random() < 0.5 for text in wordings}
        out.append(Citizen(t(f"borger nr. {i + 1}", f"citizen no. {i + 1}"), citizen, citizen, judgments, "genereret"))
    return out


def _union(old: m.Law, new: m.Law) -> m.Law:
    """A law that declares every begreb of both versions and holds the rules and target
    groups of both (so the generator sees every threshold either version compares with)."""
    concepts: dict[str, m.Concept] = {}
    for name in sorted(set(old.concepts) | set(new.concepts)):
        candidates = [law.concepts[name] for law in (old, new) if name in law.concepts]
        concepts[name] = min(candidates, key=lambda c: str(c.type))
    groups = {f"gammel:{k}": v for k, v in old.groups.items()} | {f"ny:{k}": v for k, v in new.groups.items()}
    results = {f"gammel:{k}": v for k, v in old.results.items()} | {f"ny:{k}": v for k, v in new.results.items()}
    return attrs.evolve(old, concepts=concepts, groups=groups, results=results)


def _judgments(law: m.Law) -> set[str]:
    out: set[str] = set()
    for rule in law.rules:
        out.update(rule.judgments)
    for group in law.groups.values():
        out.update(e.text for e in m.walk(group.condition) if isinstance(e, m.Judgment))
    return out
