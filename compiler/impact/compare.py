"""Compare two versions of a law on one partition of a population; partial results merge.

For every result both versions share, each citizen's *answer* under the old and the new
version is compared. An answer is the outcome's kind and, for a value, the value: `8 uger`,
`ja`, or one of "kræver skøn", "mangler oplysninger", "konflikt", "ingen regel". Which §
decided, or which judgment is needed, is not part of the answer (a renumbered § is not a
changed answer).

:func:`compare_partition` is a pure function of (job, rows) that returns a
:class:`Partial`; partials of consecutive partitions :meth:`Partial.merge` into the whole
population's. The embedded run maps it over chunks in-process; the Dask run maps the very
same function over partitions on a cluster (see :mod:`compiler.impact.scale`).
"""

from __future__ import annotations

import datetime
from collections import Counter
from decimal import Decimal
from fractions import Fraction
from typing import Any, Mapping, Sequence

import attrs
import numpy as np

from compiler.codegen.load import load_source
from compiler.evaluate import prelude
from compiler.population.caseload import Column, Population, Spec
from dsl.kinds import OutcomeKind, TypeKind

EXAMPLES = 3
NO_GROUP = "ingen målgruppe"
UNSETTLED = "uafklaret"
_KINDS = tuple(OutcomeKind)


@attrs.frozen
class Job:
    """What to compare: the two generated columnar modules (source) and the shared results."""

    old_source: str
    new_source: str
    results: tuple[str, ...]
    examples: int = EXAMPLES
    #: The old version counting time as the new one does (:mod:`compiler.impact.counting`).
    counting_source: str | None = None


@attrs.frozen
class Example:
    """A citizen whose answer changed: row number, facts, judgments, both outcomes and groups."""

    row: int
    facts: Mapping[str, object]
    judgments: Mapping[str, object]
    old: Mapping[str, object]
    new: Mapping[str, object]
    old_groups: str
    new_groups: str


@attrs.define
class ResultImpact:
    """The impact on one result: changed answers, transitions, by target groups, examples."""

    name: str
    kind: str
    changed: int = 0
    kinds_old: Counter[str] = attrs.field(factory=Counter)
    kinds_new: Counter[str] = attrs.field(factory=Counter)
    transitions: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    #: Changed answers the old version already gives when it counts time as the new one does.
    by_counting: int = 0
    by_groups: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    examples: list[Example] = attrs.field(factory=list)

    def merge(self, other: ResultImpact, keep: int) -> None:
        self.changed += other.changed
        self.by_counting += other.by_counting
        self.kinds_old.update(other.kinds_old)
        self.kinds_new.update(other.kinds_new)
        self.transitions.update(other.transitions)
        self.by_groups.update(other.by_groups)
        self.examples = sorted(self.examples + other.examples, key=lambda e: e.row)[:keep]


@attrs.define
class Partial:
    """The comparison of some rows; :meth:`merge` adds another partition's."""

    n: int
    results: dict[str, ResultImpact]
    groups: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    keep: int = EXAMPLES

    def merge(self, other: Partial) -> Partial:
        self.n += other.n
        self.groups.update(other.groups)
        for name, impact in other.results.items():
            self.results[name].merge(impact, self.keep)
        return self


def module_inputs(pop: Population, mod: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The population's columns in the representation the generated module reads."""
    columns: dict[str, Any] = {}
    for name, (kind, options) in mod.BEGREBER.items():
        col = pop.columns.get(name)
        if col is None:
            continue
        values = col.values
        if kind == TypeKind.HISTORY:
            columns[name] = history_input(col, options, mod)
            continue
        if kind == TypeKind.CHOICE:
            lut = np.asarray([options.index(c) if c in options else -1 for c in col.categories], dtype=np.int16)
            values = lut[values] if len(lut) else values
            bad = values < 0 if col.present is None else (values < 0) & col.present
            if bad.any():
                unknown = sorted({col.categories[i] for i in np.unique(col.values[bad]).tolist()})
                raise ValueError(f"'{name}' har værdier, som loven ikke kender: {', '.join(unknown)}")
            values = np.maximum(values, 0)
        elif kind == TypeKind.TEXT:
            values = np.asarray(col.categories, dtype=object)[values]
        columns[name] = values if col.present is None else np.ma.MaskedArray(values, mask=~col.present)
    judgments = {
        text: col.values if col.present is None else np.ma.MaskedArray(col.values, mask=~col.present)
        for text, col in pop.judgments.items() if text in mod.skøn_tekster()
    }
    return columns, judgments


def history_input(col: Column, options: Sequence[str], mod: Any) -> Any:
    """A history column as the generated module's long table (with the known-mask if rows miss)."""
    assert col.spells is not None
    sp = col.spells
    lut = np.asarray([list(options).index(c) if c in options else -1 for c in col.categories], dtype=np.int16)
    codes = lut[sp.value] if len(lut) else sp.value
    if (codes < 0).any():
        raise ValueError("forløbet har værdier, som loven ikke kender")
    rows = np.repeat(np.arange(len(col), dtype=np.int64), np.diff(col.values))
    table = mod.Forløb(rows, sp.start, np.minimum(sp.end, mod._ÅBEN), codes)
    return table if col.present is None else (table, col.present)


def dense(codes: np.ndarray, span: int = 1 << 22) -> tuple[np.ndarray, np.ndarray]:
    """(distinct codes ascending, each row's index among them): ``np.unique(..., return_inverse=True)``
    in linear time by counting when the codes span at most ``span`` values (they do here:
    answer codes and group sets are small), by sorting otherwise."""
    if codes.size == 0:
        return codes[:0].astype(np.int64), np.zeros(0, dtype=np.intp)
    lo, hi = int(codes.min()), int(codes.max())
    if hi - lo >= span:
        uniq, inverse = np.unique(codes, return_inverse=True)
        return uniq, inverse.reshape(-1)
    shifted = (codes - lo).astype(np.intp, copy=False)
    present = np.bincount(shifted, minlength=hi - lo + 1) > 0
    uniq = np.flatnonzero(present)
    lookup = np.zeros(hi - lo + 1, dtype=np.intp)
    lookup[uniq] = np.arange(uniq.size)
    return uniq + lo, lookup[shifted]


def group_labels(ev: Any, mod: Any) -> tuple[np.ndarray, list[str]]:
    """Per row, a dense id of the set of target groups the citizen is in, and the labels."""
    names = list(mod.målgruppe_etiketter())[:62]
    wide = np.int32 if len(names) <= 30 else np.int64
    code = np.zeros(ev.n, dtype=wide)
    unsettled = np.zeros(ev.n, dtype=bool)
    for bit, name in enumerate(names):
        u = ev.målgrupper[name]
        known = u.art == 0
        code |= np.multiply(known & u.værdi, wide(1 << bit), dtype=wide)
        unsettled |= ~known
    code[(code == 0) & unsettled] = -1
    uniq, inverse = dense(code)
    labels = []
    for c in uniq.tolist():
        if c == -1:
            labels.append(UNSETTLED)
        elif c == 0:
            labels.append(NO_GROUP)
        else:
            labels.append(" + ".join(n for bit, n in enumerate(names) if c >> bit & 1))
    return inverse, labels


class _Values:
    """One result's values of both versions in a common unit, and how to show them."""

    def __init__(self, kind: str, old: tuple[Any, Any, Any], new: tuple[Any, Any, Any]) -> None:
        # each side: (module, options, evaluation)
        self.kind = kind
        (mo, oo, eo), (mn, on, en) = old, new
        uo, bo = mo.skalaer()
        un, bn = mn.skalaer()
        self.weeks = int(np.lcm(uo, un))
        self.amounts = max(bo, bn)
        self.mult = {"old": 1, "new": 1}
        self.lut: dict[str, np.ndarray] = {}
        self.names: list[str] = []
        if kind == TypeKind.WEEKS:
            self.mult = {"old": self.weeks // uo, "new": self.weeks // un}
        elif kind == TypeKind.AMOUNT:
            self.mult = {"old": self.amounts // bo, "new": self.amounts // bn}
        elif kind == TypeKind.CADENCE:  # first day × 65536 + step: steps renumbered into one table
            steps_o = [(Fraction(w, uo), mo_) for w, mo_ in mo._KADENCER]
            steps_n = [(Fraction(w, un), mn_) for w, mn_ in mn._KADENCER]
            self.steps = list(dict.fromkeys(steps_o + steps_n))
            self.lut = {"old": np.asarray([self.steps.index(x) for x in steps_o] or [0], dtype=np.int64),
                        "new": np.asarray([self.steps.index(x) for x in steps_n] or [0], dtype=np.int64)}
        elif kind in (TypeKind.CHOICE, TypeKind.TEXT):
            o_names = list(oo) if kind == TypeKind.CHOICE else list(eo.tekster)
            n_names = list(on) if kind == TypeKind.CHOICE else list(en.tekster)
            self.names = list(dict.fromkeys(o_names + n_names))
            index = {x: i for i, x in enumerate(self.names)}
            self.lut = {"old": np.asarray([index[x] for x in o_names] or [0], dtype=np.int64),
                        "new": np.asarray([index[x] for x in n_names] or [0], dtype=np.int64)}

    def same_unit(self) -> bool:
        """Whether both versions store this result's values alike (compare them directly)."""
        if self.kind in (TypeKind.CHOICE, TypeKind.TEXT, TypeKind.CADENCE):
            return bool(np.array_equal(self.lut["old"], self.lut["new"]))
        return self.mult["old"] == self.mult["new"]

    def key(self, side: str, values: np.ndarray) -> np.ndarray:
        if self.kind in (TypeKind.CHOICE, TypeKind.TEXT):
            return self.lut[side][values.astype(np.int64)]
        if self.kind == TypeKind.CADENCE:
            day, step = np.divmod(values.astype(np.int64), 65536)
            return day * 65536 + self.lut[side][step]
        out = values.astype(np.int64)
        m = self.mult[side]
        return out * m if m != 1 else out

    def python(self, key: int) -> object:
        if self.kind == TypeKind.BOOLEAN:
            return bool(key)
        if self.kind == TypeKind.DATE:
            return datetime.date.fromordinal(key)
        if self.kind == TypeKind.CADENCE:
            day, step = divmod(key, 65536)
            weeks, months = self.steps[step]
            return (datetime.date.fromordinal(day), weeks.numerator if weeks.denominator == 1 else weeks, months)
        if self.kind == TypeKind.WEEKS:
            f = Fraction(key, self.weeks)
            return f.numerator if f.denominator == 1 else f
        if self.kind == TypeKind.AMOUNT:
            return Decimal(key) / Decimal(self.amounts)
        if self.kind in (TypeKind.CHOICE, TypeKind.TEXT):
            return self.names[key]
        return key

    def label(self, code: int) -> str:
        """An answer code (value key × 8, or the outcome kind) as text: `8 uger`, `kræver skøn`."""
        if code % 8 != 0:
            return prelude._svar(_KINDS[code % 8], self.kind, None, None, None)
        return prelude._tekst(self.kind, self.python(code // 8))


def _example(pop: Population, row: int, name: str, kind: str, evs: tuple[Any, Any], labels: tuple[str, str]) -> Example:
    facts = {k: prelude._json(c.python(row)) for k, c in pop.columns.items()}
    judgments = {k: (None if c.present is not None and not c.present[row] else bool(c.values[row]))
                 for k, c in pop.judgments.items()}
    sides = []
    for ev in evs:
        out = ev.række(name, row)
        sides.append(prelude._udfald_data(out[0], kind, out[1], out[2], out[3], out[4]))
    return Example(pop.start + row, facts, judgments, sides[0], sides[1], labels[0], labels[1])


def _answers(values: _Values, side: str, outcome: Any, rows: np.ndarray) -> np.ndarray:
    """Each row's answer code: value key × 8, or the outcome kind."""
    art = outcome.art[rows]
    return np.where(art == 0, values.key(side, outcome.værdi[rows]) * 8, art)


def _same_answers(kind: str, a: tuple[Any, Any, Any], b: tuple[Any, Any, Any], name: str, rows: np.ndarray) -> int:
    """How many of ``rows`` get the same answer to ``name`` from both evaluations."""
    values = _Values(kind, a, b)
    return int((_answers(values, "old", a[2].udfald[name], rows) == _answers(values, "new", b[2].udfald[name], rows)).sum())


def compare_partition(job: Job, pop: Population | tuple[Spec, int, int]) -> Partial:
    """Evaluate both versions on the rows and compare every shared result.

    ``pop`` is the rows, or (spec, start, stop) to generate them here (on a cluster worker)."""
    if isinstance(pop, tuple):
        spec, start, stop = pop
        pop = spec.rows(start, stop)
    mo, mn = load_source(job.old_source), load_source(job.new_source)
    co, jo = module_inputs(pop, mo)
    cn, jn = module_inputs(pop, mn)
    eo = mo.evaluer(co, jo, n=pop.n, resultater=job.results)
    en = mn.evaluer(cn, jn, n=pop.n, resultater=job.results)
    ec = mc = None
    if job.counting_source is not None:
        mc = load_source(job.counting_source)
        cc, jc = module_inputs(pop, mc)
        ec = mc.evaluer(cc, jc, n=pop.n, resultater=job.results)
    go, go_labels = group_labels(eo, mo)
    gn, gn_labels = group_labels(en, mn)
    pair, pair_inverse = dense(go * len(gn_labels) + gn)
    pair_labels = [(go_labels[p // len(gn_labels)], gn_labels[p % len(gn_labels)]) for p in pair.tolist()]
    totals = np.bincount(pair_inverse, minlength=len(pair))
    part = Partial(pop.n, {}, Counter({pair_labels[i]: int(c) for i, c in enumerate(totals.tolist()) if c}), job.examples)
    types_o, types_n = mo.resultater(), mn.resultater()
    for name in job.results:
        kind, options = types_o[name]
        uo, un = eo.udfald[name], en.udfald[name]
        values = _Values(kind, (mo, options, eo), (mn, types_n[name][1], en))
        ao, an = uo.art, un.art
        impact = ResultImpact(name, kind)
        for side, arts in (("old", ao), ("new", an)):
            counts = np.bincount(arts.view(np.uint8), minlength=5).tolist()
            target = impact.kinds_old if side == "old" else impact.kinds_new
            target.update({_KINDS[i]: c for i, c in enumerate(counts) if c})
        if values.same_unit():
            differ = uo.værdi != un.værdi
        else:
            differ = values.key("old", uo.værdi) != values.key("new", un.værdi)
        changed = (ao != an) | ((ao == 0) & differ)
        rows = np.flatnonzero(changed)
        impact.changed = int(rows.size)
        if ec is not None and rows.size:
            impact.by_counting = _same_answers(kind, (mc, options, ec), (mn, types_n[name][1], en), name, rows)
        if rows.size:
            by_pair = np.bincount(pair_inverse[rows], minlength=len(pair)).tolist()
            impact.by_groups.update({pair_labels[i]: c for i, c in enumerate(by_pair) if c})
            code_o, code_n = _answers(values, "old", uo, rows), _answers(values, "new", un, rows)
            uo_codes, io = dense(code_o)
            un_codes, in_ = dense(code_n)
            moves, move_of_row = dense(io * len(un_codes) + in_)
            for t, c in zip(moves.tolist(), np.bincount(move_of_row).tolist()):
                a, b = divmod(t, len(un_codes))
                impact.transitions[(values.label(int(uo_codes[a])), values.label(int(un_codes[b])))] += c
            impact.examples = [
                _example(pop, r, name, kind, (eo, en), (go_labels[go[r]], gn_labels[gn[r]]))
                for r in rows[: job.examples].tolist()
            ]
        part.results[name] = impact
    return part


def shared_results(old: Mapping[str, tuple[str, tuple[str, ...]]],
                   new: Mapping[str, tuple[str, tuple[str, ...]]]) -> tuple[list[str], list[tuple[str, str]]]:
    """Results both versions have with the same type (compared), and those whose type changed."""
    same: list[str] = []
    differ: list[tuple[str, str]] = []
    for name, (kind, _) in old.items():
        if name not in new:
            continue
        nkind = new[name][0]
        if kind == nkind:
            same.append(name)
        else:
            differ.append((name, f"typen er ændret fra {kind} til {nkind}"))
    return same, differ


def merge_all(parts: Sequence[Partial]) -> Partial:
    """Merge partials (in row order)."""
    total = parts[0]
    for p in parts[1:]:
        total.merge(p)
    return total
