"""A reproducible synthetic caseload, as columns, drawn by the citizens' situations: the
project's one population generator (`lov impact` evaluates its columns; :func:`citizens` gives
its first rows as dicts to `lov diff`, the differential tests and the benchmarks).

Every citizen is first given a *situation* — a benefit and, where the benefit has them, its
visitation (jobparat, aktivitetsparat, uddannelsesparat) or sickness-benefit category, with the
need for an effort, a-kasse membership, an age range, education and whether the job is on
special terms — exactly in proportion to the head counts of :data:`SITUATIONS` (largest
remainder, so ``n = NATIONAL`` gives those counts exactly); then each fact (`begreb`) the laws
declare is derived from the situation. No target group of any law is drawn: each law's own
conditions decide who is in its groups, so `lov impact` *measures* how a law sorts the
citizens, and tests/test_bilag_2_3.py compares what KL's sketch does with its bilag 2.3.

The head counts and shares are this module's assumptions, not the seeds': KL's full proposal
(2017) gives head counts only for its five new main groups (bilag 2.3: 290,000 / 430,000 /
70,000 / 190,000 / 80,000, today's groups 8, 9 and 10 left out). The counts below are of the
order of today's caseloads a year (persons, not full-time equivalents), chosen so that the
totals are of bilag 2.3's order; which new group each citizen lands in is left to the laws.

Reproducible and partitionable: citizens are drawn in blocks of :data:`BLOCK` rows, each
from its own seeded generator, and the situation of row ``i`` is a fixed permutation of
``range(n)``, so the rows ``[start, stop)`` are the same whether the population is built
at once, in chunks, or partition by partition on a cluster. A modelled fact's values do not
depend on which other laws are in the set (each known fact is always drawn); a fact without a
model is drawn from a stream keyed by its name, over plausible values that include both sides
of every threshold the laws in the set compare it with.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import math
from decimal import Decimal
from typing import Callable, Mapping, Sequence

import attrs
import numpy as np

from compiler.population import values
from dsl import model as m
from dsl.kinds import TypeKind
from dsl.language import t

BLOCK = 65_536

# The benefit types of LAB § 2 (the order of `ydelse` in the laws).
YDELSER: tuple[str, ...] = (
    "dagpenge", "kontanthjælp", "uddannelseshjælp", "sygedagpenge", "revalideringsydelse",
    "førtidspension", "ledighedsydelse", "fleksløntilskud", "ressourceforløbsydelse", "selvforsørgelse",
)
NEEDS: tuple[str, ...] = ("jobrettet", "uddannelsesrettet", "sammenhængende")
VISITATIONS: tuple[str, ...] = ("jobparat", "aktivitetsparat", "uddannelsesparat")
CATEGORIES: tuple[str, ...] = ("kategori_1", "kategori_2", "kategori_3")


@attrs.frozen
class Pattern:
    """How a kind of situation tends to look beyond its defining facts (assumed shares)."""

    weeks: float  # mean weeks on public support, aggregated across benefits
    change: float  # has changed benefit
    experience: float  # has work experience
    registered: float  # registered as a job seeker
    interrupted: float  # an earlier period on the same benefit, ended by an interruption
    older: float  # an older period a year or two back
    reading: float  # a reading test shows a need
    only_unemployment: float  # unemployment is the only challenge


UNEMPLOYED = Pattern(30.0, 0.10, 0.85, 1.0, 0.15, 0.80, 0.08, 0.80)
READY = Pattern(40.0, 0.25, 0.60, 1.0, 0.35, 0.75, 0.20, 0.80)
SICK = Pattern(25.0, 0.20, 0.80, 0.30, 0.10, 0.60, 0.10, 0.60)
YOUNG = Pattern(50.0, 0.20, 0.30, 0.40, 0.30, 0.50, 0.20, 0.20)
COMPLEX = Pattern(120.0, 0.35, 0.50, 0.10, 0.30, 0.70, 0.20, 0.05)
SPECIAL = Pattern(150.0, 0.10, 0.90, 0.05, 0.05, 0.40, 0.10, 0.30)


@attrs.frozen
class Situation:
    """One kind of citizen: the facts that define it and the shares of the rest."""

    name: str
    count: int  # citizens at national scale
    benefit: str
    ages: tuple[int, int]  # inclusive
    insured: float  # share in an a-kasse
    need: tuple[float, float, float]  # shares of NEEDS
    pattern: Pattern
    visitation: str = "jobparat"
    category: str | None = None  # sickness-benefit category
    education: tuple[float, float, float, float] = (0.35, 0.15, 0.35, 0.15)  # none, gymnasial, vocational, higher
    educated_if_young: bool = False  # under 30 only with a qualifying education (cash benefit)
    special_terms: bool = False
    jobafklaring: bool = False
    handicap_graduate: bool = False


_NO_QUALIFYING = (0.60, 0.40, 0.0, 0.0)
SITUATIONS: tuple[Situation, ...] = (
    Situation("dagpengemodtager", 300_000, "dagpenge", (18, 66), 1.0, (0.97, 0.0, 0.03), UNEMPLOYED,
              education=(0.15, 0.10, 0.40, 0.35)),
    Situation("dimittend med handicap", 2_000, "selvforsørgelse", (22, 35), 0.5, (1.0, 0.0, 0.0), UNEMPLOYED,
              education=(0.0, 0.0, 0.5, 0.5), handicap_graduate=True),
    Situation("jobparat kontanthjælpsmodtager", 100_000, "kontanthjælp", (20, 66), 0.05, (1.0, 0.0, 0.0), READY,
              educated_if_young=True),
    Situation("aktivitetsparat kontanthjælpsmodtager", 120_000, "kontanthjælp", (25, 66), 0.02, (0.0, 0.0, 1.0),
              COMPLEX, visitation="aktivitetsparat", education=(0.50, 0.10, 0.30, 0.10), educated_if_young=True),
    Situation("uddannelsesparat uddannelseshjælpsmodtager", 45_000, "uddannelseshjælp", (18, 29), 0.02,
              (0.0, 1.0, 0.0), YOUNG, visitation="uddannelsesparat", education=_NO_QUALIFYING),
    Situation("aktivitetsparat uddannelseshjælpsmodtager", 25_000, "uddannelseshjælp", (18, 29), 0.0,
              (0.0, 0.3, 0.7), YOUNG, visitation="aktivitetsparat", education=_NO_QUALIFYING),
    Situation("sygedagpengemodtager, kategori 1", 180_000, "sygedagpenge", (18, 66), 0.6, (1.0, 0.0, 0.0), SICK,
              category="kategori_1"),
    Situation("sygedagpengemodtager, kategori 2", 144_000, "sygedagpenge", (18, 66), 0.6, (1.0, 0.0, 0.0), SICK,
              category="kategori_2"),
    Situation("sygedagpengemodtager, kategori 3", 36_000, "sygedagpenge", (18, 66), 0.5, (0.0, 0.0, 1.0), COMPLEX,
              visitation="aktivitetsparat", category="kategori_3"),
    Situation("revalidend", 8_000, "revalideringsydelse", (25, 66), 0.3, (0.0, 0.0, 1.0), COMPLEX,
              visitation="aktivitetsparat"),
    Situation("førtidspensionist i løntilskud", 15_000, "førtidspension", (30, 66), 0.1, (0.5, 0.0, 0.5), SPECIAL,
              visitation="aktivitetsparat", special_terms=True),
    Situation("modtager af ledighedsydelse", 20_000, "ledighedsydelse", (30, 66), 0.3, (0.0, 0.0, 1.0), COMPLEX,
              visitation="aktivitetsparat"),
    Situation("borger i fleksjob", 65_000, "fleksløntilskud", (25, 66), 0.4, (0.5, 0.0, 0.5), SPECIAL,
              visitation="aktivitetsparat", special_terms=True),
    Situation("borger i ressourceforløb", 20_000, "ressourceforløbsydelse", (25, 66), 0.1, (0.0, 0.0, 1.0),
              COMPLEX, visitation="aktivitetsparat"),
    Situation("borger i jobafklaringsforløb", 12_000, "ressourceforløbsydelse", (25, 66), 0.3, (0.0, 0.0, 1.0),
              COMPLEX, visitation="aktivitetsparat", jobafklaring=True),
    Situation("ung mellem 15 og 18 år", 10_000, "selvforsørgelse", (15, 17), 0.0, (0.0, 0.9, 0.1), YOUNG,
              visitation="uddannelsesparat", education=(1.0, 0.0, 0.0, 0.0)),
    Situation("selvforsørgende", 38_000, "selvforsørgelse", (18, 66), 0.0, (0.7, 0.0, 0.3), READY),
)
NATIONAL = sum(s.count for s in SITUATIONS)  # 1,140,000

# KL's full proposal, bilag 2.3: the five new main groups' head counts (kl-2017's group names).
BILAG_2_3: dict[str, int] = {
    "forsikrede": 290_000, "ikke_forsikrede": 430_000, "unge": 70_000, "sammenhængende_indsats": 190_000,
    "særlige_vilkår": 80_000,
}


@functools.cache
def _column(field: str, dtype: type = np.float32) -> np.ndarray:
    """A field of every situation, indexable by situation (built once, read-only)."""
    return _frozen(np.asarray([getattr(s, field) for s in SITUATIONS], dtype=dtype))


@functools.cache
def _pattern(field: str) -> np.ndarray:
    """A share of every situation's pattern, indexable by situation (built once, read-only)."""
    return _frozen(np.asarray([getattr(s.pattern, field) for s in SITUATIONS], dtype=np.float32))


def _frozen(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


# Histories (`forløb`): every citizen is counted on one evaluation date, and their benefit history
# is drawn to fit the profile (see :func:`histories`). KL estimates about 80,000 benefit changes
# a year (Djøf's paper cites it); the shares below are this module's assumptions.
EVALUATION_DATE = datetime.date(2017, 4, 3)  # the month of KL's proposal
# Per situation (its :class:`Pattern`): the chance of an earlier period on the same benefit,
# separated from the current one by an interruption (afsnit 2.5: a month or more restarts a
# cash-benefit count today), half of them a month or longer; and the chance of an older
# period (a year or two back, before a spell in work).
LONG_INTERRUPTION = 0.5
# The benefit before a change of benefit, per current benefit (sickness benefit → dagpenge is
# case 1, Jørgen; cash benefit after sickness benefit, and so on).
PREVIOUS_BENEFIT: dict[str, str] = {
    "dagpenge": "sygedagpenge", "kontanthjælp": "sygedagpenge", "uddannelseshjælp": "kontanthjælp",
    "sygedagpenge": "dagpenge", "revalideringsydelse": "sygedagpenge", "førtidspension": "ressourceforløbsydelse",
    "ledighedsydelse": "sygedagpenge", "fleksløntilskud": "ledighedsydelse", "ressourceforløbsydelse": "kontanthjælp",
    "selvforsørgelse": "dagpenge",
}


@attrs.frozen
class Spells:
    """The periods of a history column, row after row (each row's in order of start): first and
    last day as day numbers (``date.toordinal()``; ``OPEN`` for a period that runs on) and the
    value's code into the column's categories. Row ``i`` has periods ``offsets[i]:offsets[i+1]``."""

    start: np.ndarray
    end: np.ndarray
    value: np.ndarray

    def __len__(self) -> int:
        return int(self.start.shape[0])


OPEN = 2**40  # the last day of a period that runs on: after every date


class PopulationError(ValueError):
    """The laws cannot share one population (message in Danish)."""


@attrs.frozen
class Column:
    """One fact (or judgment) for every row.

    ``values``: bool for sandhedsværdi, int64 for heltal, whole weeks (int64) for uger, øre
    (int64) for beløb, int16 codes into ``categories`` for valg and tekst, day numbers
    (``date.toordinal()``) for dato; for forløb the ``n + 1`` offsets of each row's periods in
    ``spells`` (values are then codes into ``categories``). ``present`` is None when no row is
    missing, else a bool mask (False = missing).
    """

    kind: str
    values: np.ndarray
    present: np.ndarray | None = None
    categories: tuple[str, ...] = ()
    spells: Spells | None = None

    def python(self, row: int) -> object:
        """One row's value as the interpreter takes it (None when missing)."""
        if self.present is not None and not self.present[row]:
            return None
        if self.kind == TypeKind.HISTORY:
            assert self.spells is not None
            lo, hi = int(self.values[row]), int(self.values[row + 1])
            sp = self.spells
            return tuple(
                (datetime.date.fromordinal(int(sp.start[i])),
                 None if int(sp.end[i]) >= OPEN else datetime.date.fromordinal(int(sp.end[i])),
                 self.categories[int(sp.value[i])])
                for i in range(lo, hi)
            )
        v = self.values[row]
        if self.kind == TypeKind.DATE:
            return datetime.date.fromordinal(int(v))
        if self.kind == TypeKind.BOOLEAN:
            return bool(v)
        if self.kind in (TypeKind.CHOICE, TypeKind.TEXT):
            return self.categories[int(v)]
        if self.kind == TypeKind.AMOUNT:
            return Decimal(int(v)) / 100
        return int(v)

    def pylist(self) -> list[object]:
        """Every row's value as :meth:`python` gives it, at once."""
        if self.kind == TypeKind.HISTORY:
            out = [self.python(row) for row in range(len(self))]
        else:
            raw = self.values.tolist()
            if self.kind == TypeKind.DATE:
                days = {d: datetime.date.fromordinal(d) for d in set(raw)}
                out = [days[d] for d in raw]
            elif self.kind == TypeKind.BOOLEAN:
                out = [bool(v) for v in raw]
            elif self.kind in (TypeKind.CHOICE, TypeKind.TEXT):
                out = [self.categories[v] for v in raw]
            elif self.kind == TypeKind.AMOUNT:
                out = [Decimal(v) / 100 for v in raw]
            else:
                out = raw
        if self.present is not None:
            out = [v if keep else None for v, keep in zip(out, self.present.tolist())]
        return out

    def take(self, start: int, stop: int) -> Column:
        present = None if self.present is None else self.present[start:stop]
        if present is not None and present.all():
            present = None
        if self.spells is not None:
            lo, hi = int(self.values[start]), int(self.values[stop])
            sp = self.spells
            return Column(self.kind, self.values[start:stop + 1] - lo, present, self.categories,
                          Spells(sp.start[lo:hi], sp.end[lo:hi], sp.value[lo:hi]))
        return Column(self.kind, self.values[start:stop], present, self.categories)

    def __len__(self) -> int:
        return int(self.values.shape[0]) - (1 if self.spells is not None else 0)


@attrs.frozen
class Population:
    """Rows ``start`` … ``start + n - 1`` of a population: facts and supplied judgments."""

    n: int
    columns: Mapping[str, Column]
    judgments: Mapping[str, Column] = attrs.field(factory=dict)
    start: int = 0

    def citizen(self, row: int) -> tuple[dict[str, object], dict[str, bool]]:
        """One row as the interpreter's input: (facts without the missing ones, supplied judgments)."""
        facts = {k: v for k, c in self.columns.items() if (v := c.python(row)) is not None}
        judgments = {k: bool(v) for k, c in self.judgments.items() if (v := c.python(row)) is not None}
        return facts, judgments

    def dicts(self) -> list[dict[str, object]]:
        """Every row's facts as :meth:`citizen` gives them (missing ones left out)."""
        names = list(self.columns)
        lists = [self.columns[name].pylist() for name in names]
        return [{name: v for name, v in zip(names, row) if v is not None} for row in zip(*lists)] if names else [
            {} for _ in range(self.n)]

    def take(self, start: int, stop: int) -> Population:
        """Rows ``[start, stop)`` (relative to this population)."""
        stop = min(stop, self.n)
        return Population(
            stop - start,
            {k: c.take(start, stop) for k, c in self.columns.items()},
            {k: c.take(start, stop) for k, c in self.judgments.items()},
            self.start + start,
        )


def concepts_of(laws: Sequence[m.Law]) -> dict[str, m.Type]:
    """Every `begreb` of the laws with its type; a begreb typed differently in two laws is an error."""
    out: dict[str, m.Type] = {}
    clash: list[str] = []
    for law in laws:
        for name, concept in law.concepts.items():
            if name in out and out[name] != concept.type:
                clash.append(f"{name} ({out[name]} / {concept.type})")
            out.setdefault(name, concept.type)
    if clash:
        raise PopulationError(t("begreber med forskellig type i lovene: ", "concepts with different types in the laws: ")
                              + ", ".join(clash))
    return out


def judgments_of(laws: Sequence[m.Law]) -> list[str]:
    """Every `skøn` wording of the laws, in order of first appearance."""
    out: list[str] = []
    for law in laws:
        exprs: list[m.Expr] = [g.condition for g in law.groups.values()]
        for rule in law.rules:
            exprs.append(rule.value)
            if rule.condition is not None:
                exprs.append(rule.condition)
        for expr in exprs:
            for e in m.walk(expr):
                if isinstance(e, m.Judgment) and e.text not in out:
                    out.append(e.text)
    return out


def situation_counts(n: int) -> list[int]:
    """Head counts of the situations for ``n`` citizens (largest remainder; exact for NATIONAL)."""
    quotas = [n * s.count / NATIONAL for s in SITUATIONS]
    counts = [math.floor(q) for q in quotas]
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - counts[i]), i))
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return counts


def situations(n: int, seed: int, start: int, stop: int) -> np.ndarray:
    """Situation (index into SITUATIONS) of rows ``[start, stop)``: a fixed permutation of
    ``range(n)`` cut at the cumulative head counts, so every situation gets exactly its count."""
    step = _coprime(n, seed)
    # Row 0 starts anywhere in the permutation (a hash of the seed), so the first rows of
    # nearby seeds are different situations: `citizens(…, 1, seed)` samples the caseload.
    offset = int.from_bytes(hashlib.sha256(f"start:{seed}".encode()).digest()[:8], "big") % n if n else 0
    i = np.arange(start, stop, dtype=np.int64)
    rank = (i * step + offset) % n
    bounds = np.cumsum(situation_counts(n))
    return np.searchsorted(bounds, rank, side="right").astype(np.int8)


def _coprime(n: int, seed: int) -> int:
    """A step near n/φ (well mixed), varied by the seed, coprime to n."""
    if n <= 1:
        return 1
    step = int(n * 0.6180339887498949) + seed % 97
    step = step % n or 1
    while math.gcd(step, n) != 1:
        step = step % (n - 1) + 1
    return step


def _stream(seed: int, block: int, key: str = "") -> np.random.Generator:
    salt = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big") if key else 0
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(entropy=seed, spawn_key=(block, salt))))


_BENEFIT = np.asarray([YDELSER.index(s.benefit) for s in SITUATIONS], dtype=np.int16)
_AGES = np.asarray([s.ages for s in SITUATIONS], dtype=np.int64)
_NEED = np.cumsum(np.asarray([s.need for s in SITUATIONS], dtype=np.float64), axis=1)
_EDUCATION = np.cumsum(np.asarray([s.education for s in SITUATIONS], dtype=np.float64), axis=1)
_VISITATION = np.asarray([VISITATIONS.index(s.visitation) for s in SITUATIONS], dtype=np.int16)
_CATEGORY = np.asarray([-1 if s.category is None else CATEGORIES.index(s.category) for s in SITUATIONS],
                       dtype=np.int16)


@attrs.frozen
class Profile:
    """The latent citizen behind the facts (one block of rows)."""

    situation: np.ndarray  # index into SITUATIONS
    age: np.ndarray
    insured: np.ndarray
    benefit: np.ndarray  # index into YDELSER
    education: np.ndarray  # 0 none, 1 gymnasial, 2 vocational, 3 short higher or more
    weeks: np.ndarray  # aggregated weeks on public support
    weeks_benefit: np.ndarray  # weeks on the current benefit
    changed: np.ndarray  # has changed benefit
    need: np.ndarray  # index into NEEDS
    u: np.ndarray  # further uniform draws for the fact models, shape (k, rows)
    sick: np.ndarray = attrs.field(init=False)
    employed: np.ndarray = attrs.field(init=False)  # sick from a job
    graduate: np.ndarray = attrs.field(init=False)  # dagpenge on dimittend terms
    provider: np.ndarray = attrs.field(init=False)  # has children to provide for

    def __attrs_post_init__(self) -> None:
        sick = self.benefit_is("sygedagpenge")
        object.__setattr__(self, "sick", sick)
        object.__setattr__(self, "employed", sick & (self.u[14] < 0.6))
        object.__setattr__(self, "graduate", self.benefit_is("dagpenge") & (self.age < 30) & (self.education >= 2)
                           & (self.u[3] < 0.4))
        object.__setattr__(self, "provider", self.u[5] < np.where((self.age >= 25) & (self.age <= 55), 0.30, 0.05))

    def flag(self, field: str) -> np.ndarray:
        """A boolean field of each row's situation."""
        return _column(field, bool)[self.situation]

    def share(self, field: str) -> np.ndarray:
        """A share of each row's situation's pattern."""
        return _pattern(field)[self.situation]

    def benefit_is(self, name: str) -> np.ndarray:
        return self.benefit == YDELSER.index(name)


_EXTRA_DRAWS = 30


def _pick(rng: np.random.Generator, cumulative: np.ndarray) -> np.ndarray:
    """Per row, a category drawn from its cumulative shares (rows × categories)."""
    drawn = (rng.random(cumulative.shape[0])[:, None] >= cumulative).sum(axis=1)
    return drawn.clip(0, cumulative.shape[1] - 1).astype(np.int8)


def profile(n: int, seed: int, block: int, start: int, stop: int) -> Profile:
    """The profile of rows ``[start, stop)`` within ``block`` (drawn for the whole block)."""
    lo = block * BLOCK
    size = min(BLOCK, n - lo)
    rng = _stream(seed, block)
    sit = situations(n, seed, lo, lo + size).astype(np.int64)
    lo_age, hi_age = _AGES[sit, 0], _AGES[sit, 1]
    age = lo_age + np.floor(rng.random(size) * (hi_age - lo_age + 1)).astype(np.int64)
    insured = rng.random(size) < _column("insured")[sit]
    benefit = _BENEFIT[sit]
    education = _pick(rng, _EDUCATION[sit])
    education = np.where(_column("educated_if_young", bool)[sit] & (age < 30) & (education < 2),
                         2, education).astype(np.int8)
    weeks = np.minimum(rng.exponential(_pattern("weeks")[sit]), 520).astype(np.int64)
    changed = rng.random(size) < _pattern("change")[sit]
    weeks_benefit = np.where(changed, np.floor(weeks * rng.random(size)).astype(np.int64), weeks)
    need = _pick(rng, _NEED[sit])
    extra = rng.random((_EXTRA_DRAWS, size), dtype=np.float32)
    a, b = start - lo, stop - lo
    return Profile(sit[a:b], age[a:b], insured[a:b], benefit[a:b], education[a:b], weeks[a:b],
                   weeks_benefit[a:b], changed[a:b], need[a:b], extra[:, a:b])


# ---- fact models: name → (type kind, categories, values from the profile) ----------------

Model = tuple[str, tuple[str, ...], Callable[[Profile], np.ndarray]]


def _p(i: int, share: float | str) -> Callable[[Profile], np.ndarray]:
    """A yes with probability ``share`` (or the situation pattern's share of that name), from draw ``i``."""
    def draw(p: Profile) -> np.ndarray:
        return p.u[i] < (p.share(share) if isinstance(share, str) else share)
    return draw


def _uddannelsesniveau(p: Profile) -> np.ndarray:
    # ufaglært 0, faglært 1, faglært_forældet 2
    skilled = p.education >= 2
    return np.where(skilled, np.where((p.age > 45) & (p.u[4] < 0.3), 2, 1), 0).astype(np.int16)


FACTS: dict[str, Model] = {
    "alder": (TypeKind.INTEGER, (), lambda p: p.age),
    "forsikret": (TypeKind.BOOLEAN, (), lambda p: p.insured),
    "ydelse": (TypeKind.CHOICE, YDELSER, lambda p: p.benefit),
    "behov": (TypeKind.CHOICE, NEEDS, lambda p: p.need.astype(np.int16)),
    "job_på_særlige_vilkår": (TypeKind.BOOLEAN, (), lambda p: p.flag("special_terms")),
    "kompetencegivende_uddannelse": (TypeKind.BOOLEAN, (), lambda p: p.education >= 2),
    "erhvervskompetencegivende_uddannelse": (TypeKind.BOOLEAN, (), lambda p: p.education >= 2),
    "gymnasial_uddannelse": (TypeKind.BOOLEAN, (), lambda p: (p.education == 1) | (p.education == 3)),
    "kort_videregående_uddannelse": (TypeKind.BOOLEAN, (), lambda p: p.education == 3),
    "uddannelsesniveau": (TypeKind.CHOICE, ("ufaglært", "faglært", "faglært_forældet"), _uddannelsesniveau),
    "ledighed_sammenlagt": (TypeKind.WEEKS, (), lambda p: p.weeks),
    "ledighed_ydelse": (TypeKind.WEEKS, (), lambda p: p.weeks_benefit),
    "ydelsesskift": (TypeKind.BOOLEAN, (), lambda p: p.changed),
    "langvarig_ledighed": (TypeKind.BOOLEAN, (), lambda p: p.weeks > 52),
    "visitation": (TypeKind.CHOICE, VISITATIONS, lambda p: _VISITATION[p.situation]),
    "jobafklaring": (TypeKind.BOOLEAN, (), lambda p: p.flag("jobafklaring")),
    "dimittend": (TypeKind.BOOLEAN, (), lambda p: p.graduate),
    "dimittend_med_handicap": (TypeKind.BOOLEAN, (), lambda p: p.flag("handicap_graduate")),
    "ordinær_beskæftigelse_efter_uddannelse": (TypeKind.BOOLEAN, (), lambda p: p.u[2] < np.where(p.graduate, 0.3, 0.7)),
    "erhvervserfaring": (TypeKind.BOOLEAN, (), _p(6, "experience")),
    "tilmeldt_jobsøgende": (TypeKind.BOOLEAN, (), _p(7, "registered")),
    "arbejdsgiver": (TypeKind.CHOICE, ("offentlig", "privat"), lambda p: (p.u[8] >= 0.45).astype(np.int16)),
    "seneste_cv_samtale": (TypeKind.WEEKS, (), lambda p: np.floor(p.u[9] * 53).astype(np.int64)),
    "forsørgerpligt_børn": (TypeKind.BOOLEAN, (), lambda p: p.provider),
    "enlig_forsørger": (TypeKind.BOOLEAN, (), lambda p: p.provider & (p.u[10] < 0.35)),
    "ledighed_efter_ret_og_pligt": (TypeKind.WEEKS, (), lambda p: np.floor(p.weeks * p.u[11]).astype(np.int64)),
    "su_opbrugt": (TypeKind.BOOLEAN, (), _p(12, 0.15)),
    "læsetest_viser_behov": (TypeKind.BOOLEAN, (), _p(13, "reading")),
    "ansat": (TypeKind.BOOLEAN, (), lambda p: p.employed),
    "sygemeldt_fra_arbejde": (TypeKind.BOOLEAN, (), lambda p: p.employed),
    "beskæftiget": (TypeKind.BOOLEAN, (), lambda p: p.flag("special_terms") | p.employed),
    "åbenlyst_uddannelsesparat": (TypeKind.BOOLEAN, (), lambda p: (_VISITATION[p.situation] == 2) & (p.u[15] < 0.5)),
    "vl_positivliste": (TypeKind.BOOLEAN, (), _p(16, 0.30)),
    "uddannelsens_varighed": (TypeKind.WEEKS, (), lambda p: np.asarray([104, 156, 182, 208])[np.floor(p.u[17] * 4).astype(int)]),
    "kun_ledighed_som_udfordring": (TypeKind.BOOLEAN, (), _p(18, "only_unemployment")),
    "forventet_raskmelding": (TypeKind.WEEKS, (), lambda p: np.where(p.sick, 1 + np.floor(p.u[19] * 52), 0).astype(np.int64)),
    "arbejdsgiver_enig": (TypeKind.BOOLEAN, (), _p(20, 0.70)),
    # Only a sickness-benefit recipient has a category (code -1, a missing fact, for the rest).
    "visitationskategori": (TypeKind.CHOICE, CATEGORIES, lambda p: _CATEGORY[p.situation]),
    "opgørelsesdato": (TypeKind.DATE, (), lambda p: np.full(p.age.shape[0], EVALUATION_DATE.toordinal(), np.int64)),
    # Registered as a job seeker (or first contact) when the current benefit began.
    "tilmeldt": (TypeKind.DATE, (), lambda p: _current_start(p)),
    "første_henvendelse": (TypeKind.DATE, (), lambda p: _current_start(p)),
}

#: Histories: name → the values (benefits) a history of the laws may use.
HISTORIES: dict[str, tuple[str, ...]] = {"ydelsesforløb": YDELSER}


def _current_start(p: Profile) -> np.ndarray:
    """The first day of the current benefit: its weeks counted back from the evaluation date."""
    return EVALUATION_DATE.toordinal() - np.maximum(p.weeks_benefit * 7 - 1, 0)


def histories(p: Profile) -> tuple[np.ndarray, Spells]:
    """Each citizen's benefit history, consistent with the profile (offsets, spells).

    Up to four periods, in order: an older period a year or two back (the pattern's ``older``),
    then either the benefit before a change of benefit, ending the day before the current one
    starts (:data:`PREVIOUS_BENEFIT`; together they last the profile's aggregated weeks), or an
    earlier period on the same benefit separated by an interruption (the pattern's ``interrupted``: shorter
    or longer than a month, half each); then the current benefit, open. About two periods a
    citizen on average.
    """
    size = p.age.shape[0]
    today = EVALUATION_DATE.toordinal()
    current_start = _current_start(p)
    benefit = p.benefit.astype(np.int16)
    previous_benefit = np.asarray([YDELSER.index(PREVIOUS_BENEFIT[b]) for b in YDELSER], dtype=np.int16)[benefit]
    earlier = np.maximum((p.weeks - p.weeks_benefit) * 7, 0)
    # The change of benefit: an adjacent period on the previous benefit.
    changed = p.changed & (earlier > 0)
    prev_end = current_start - 1
    prev_start = prev_end - np.maximum(earlier - 1, 0)
    # An interruption: an earlier period on the same benefit, 14 or 45 days before.
    interrupted = ~changed & (p.u[25] < p.share("interrupted"))
    gap = np.where(p.u[26] < LONG_INTERRUPTION, 45, 14)
    int_end = current_start - 1 - gap
    int_start = int_end - (7 * (4 + np.floor(p.u[27] * 22))).astype(np.int64) + 1
    # An older period before a year or more in work.
    first_start = np.where(changed, prev_start, np.where(interrupted, int_start, current_start))
    older = p.u[24] < p.share("older")
    old_end = first_start - 1 - (7 * (26 + np.floor(p.u[28] * 52))).astype(np.int64)
    old_start = old_end - (7 * (4 + np.floor(p.u[29] * 30))).astype(np.int64) + 1
    old_benefit = np.where(p.insured, YDELSER.index("dagpenge"), YDELSER.index("kontanthjælp")).astype(np.int16)
    starts = np.stack([old_start, prev_start, int_start, current_start], axis=1)
    ends = np.stack([old_end, prev_end, int_end, np.full(size, OPEN, np.int64)], axis=1)
    values = np.stack([old_benefit, previous_benefit, benefit, benefit], axis=1)
    keep = np.stack([older, changed, interrupted, np.ones(size, bool)], axis=1)
    keep &= starts <= np.where(ends >= OPEN, today, ends)  # no empty periods
    keep[:, 3] = True  # the current benefit is always there
    counts = keep.sum(axis=1)
    offsets = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    return offsets, Spells(starts[keep].astype(np.int64), ends[keep].astype(np.int64), values[keep].astype(np.int16))


def _history_column(name: str, typ: m.Type, prof: Profile) -> Column | None:
    """The history ``name`` drawn from the profile, or None if the generator does not know it."""
    if name not in HISTORIES or not set(HISTORIES[name]) <= set(typ.options) and not set(typ.options) <= set(
            HISTORIES[name]):
        return None
    offsets, spells = histories(prof)
    lut = np.asarray([typ.options.index(b) if b in typ.options else -1 for b in HISTORIES[name]], dtype=np.int16)
    if (lut[spells.value] < 0).any():
        return None
    return Column(TypeKind.HISTORY, offsets, None, typ.options, Spells(spells.start, spells.end, lut[spells.value]))


def _fits(model: Model, typ: m.Type) -> bool:
    kind, categories, _ = model
    if kind != typ.kind:
        return False
    return kind != TypeKind.CHOICE or set(categories) <= set(typ.options)


def _generic(name: str, typ: m.Type, rng: np.random.Generator, size: int, near: Sequence[object] = ()) -> Column:
    """A fact the generator has no model for: uniform over its plausible values
    (:func:`compiler.population.values.plausible`, both sides of every threshold the laws
    compare it with), as a column."""
    kind = typ.kind
    if kind == TypeKind.CADENCE:
        raise PopulationError(t(f"begrebet '{name}' er en kadence; populationen kan ikke trække kadencer",
                                f"the concept '{name}' is a cadence; the population cannot draw cadences"))
    pool = values.plausible(name, typ, near)
    pick = rng.integers(0, len(pool), size)
    if kind == TypeKind.BOOLEAN:
        return Column(kind, pick.astype(bool))
    if kind in (TypeKind.INTEGER, TypeKind.WEEKS):
        return Column(kind, np.asarray(pool, dtype=np.int64)[pick])
    if kind == TypeKind.AMOUNT:
        return Column(kind, np.asarray([int(v * 100) for v in pool], dtype=np.int64)[pick])
    if kind == TypeKind.DATE:
        return Column(kind, np.asarray([d.toordinal() for d in pool], dtype=np.int64)[pick])
    if kind in (TypeKind.CHOICE, TypeKind.TEXT):
        return Column(kind, pick.astype(np.int16), None, tuple(pool))
    # A history: each row one of the plausible histories, its periods laid out row after row.
    chosen = [pool[i] for i in pick]
    offsets = np.zeros(size + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(h) for h in chosen])
    periods = [p for h in chosen for p in h]
    codes = {o: i for i, o in enumerate(typ.options)}
    return Column(kind, offsets, None, typ.options, Spells(
        np.asarray([a.toordinal() for a, _, _ in periods], dtype=np.int64),
        np.asarray([OPEN if b is None else b.toordinal() for _, b, _ in periods], dtype=np.int64),
        np.asarray([codes[v] for _, _, v in periods], dtype=np.int16)))


@attrs.frozen
class Spec:
    """What a population must describe: every `begreb` (with its type) and `skøn` of the laws.

    Small and picklable, so a cluster worker can generate its own partition."""

    concepts: Mapping[str, m.Type]
    wordings: tuple[str, ...]
    n: int
    seed: int
    missing: float = 0.0
    judgments: str = "ukendt"
    #: Per fact, the constants the laws compare it with (a fact without a model reaches both sides).
    near: Mapping[str, tuple[object, ...]] = attrs.field(factory=dict)

    @classmethod
    def of(cls, laws: Sequence[m.Law], n: int, seed: int, *, missing: float = 0.0,
           judgments: str = "ukendt") -> Spec:
        if judgments not in ("ukendt", "tilfældig", "alle"):
            raise PopulationError(t(f"ukendt valg for skøn: {judgments} (ukendt, tilfældig eller alle)",
                                    f"unknown choice of judgments: {judgments} (ukendt, tilfældig or alle)"))
        near: dict[str, set[object]] = {}
        for law in laws:
            for name, constants in values.constants_by_fact(law).items():
                near.setdefault(name, set()).update(constants)
        return cls(concepts_of(laws), tuple(judgments_of(laws)), n, seed, missing, judgments,
                   {name: tuple(found) for name, found in sorted(near.items())})

    def rows(self, start: int = 0, stop: int | None = None) -> Population:
        """Rows ``[start, stop)``; ``start`` a multiple of :data:`BLOCK` (partitions are whole blocks)."""
        stop = self.n if stop is None else min(stop, self.n)
        if start % BLOCK:
            raise ValueError(f"start skal være et multiplum af {BLOCK}")
        parts = [
            _block(self.concepts, self.wordings, self.n, self.seed, block, block * BLOCK,
                   min(block * BLOCK + BLOCK, stop), self.missing, self.judgments, self.near)
            for block in range(start // BLOCK, -(-stop // BLOCK))
        ] if stop > start else []
        return concat(parts, start) if parts else Population(0, {}, {}, start)


def generate(laws: Sequence[m.Law], n: int, seed: int, *, start: int = 0, stop: int | None = None,
             missing: float = 0.0, judgments: str = "ukendt") -> Population:
    """Rows ``[start, stop)`` of the ``n``-citizen population for ``laws`` (all rows by default).

    ``missing`` leaves each fact out with that probability. ``judgments`` is ``"ukendt"`` (no
    judgment supplied: outcomes that need one say so), ``"tilfældig"`` (each judgment
    supplied for half the citizens, yes or no at random) or ``"alle"`` (supplied for every
    citizen, yes or no at random).
    """
    return Spec.of(laws, n, seed, missing=missing, judgments=judgments).rows(start, stop)


def citizens(laws: Sequence[m.Law], n: int, seed: int, *, missing: float = 0.0) -> list[dict[str, object]]:
    """``n`` citizens as the interpreter takes them (a dict of facts each, missing ones left
    out): the first ``n`` rows of the national caseload (:data:`NATIONAL` citizens, or ``n`` if
    more), whose rows are a seeded permutation of the situations — so a small ``n`` is a random
    sample of the caseload, and the first ``k`` citizens do not depend on ``n``. The input of
    `lov diff`'s behaviour section, the evaluators' differential tests and the benchmarks."""
    if n <= 0:
        return []
    spec = Spec.of(laws, max(n, NATIONAL), seed, missing=missing)
    # A cadence has no column (lov impact refuses it); as a dict value it is one of its plausible
    # values, drawn from a stream of its own.
    cadences = {name: typ for name, typ in spec.concepts.items() if typ.kind == TypeKind.CADENCE}
    if cadences:
        spec = attrs.evolve(spec, concepts={k: v for k, v in spec.concepts.items() if k not in cadences})
    rows = spec.rows(0, n).dicts()
    for name, typ in cadences.items():
        pool = values.plausible(name, typ)
        picks = _stream(seed, 0, "kadence:" + name).integers(0, len(pool), n).tolist()
        gaps = (_stream(seed, 0, "mangler:" + name).random(n) < missing).tolist() if missing > 0 else [False] * n
        for row, pick, gap in zip(rows, picks, gaps):
            if not gap:
                row[name] = pool[pick]
    return rows


def _block(concepts: Mapping[str, m.Type], wordings: Sequence[str], n: int, seed: int, block: int,
           lo: int, hi: int, missing: float, judgments: str,
           near: Mapping[str, tuple[object, ...]] | None = None) -> Population:
    prof = profile(n, seed, block, lo, hi)
    size = hi - lo
    columns: dict[str, Column] = {}
    for name, typ in concepts.items():
        model = FACTS.get(name)
        history = _history_column(name, typ, prof) if typ.kind == TypeKind.HISTORY else None
        if history is not None:
            col = history
        elif model is not None and _fits(model, typ):
            kind, categories, fn = model
            drawn = fn(prof)
            present = None
            if kind == TypeKind.CHOICE:
                drawn = drawn.astype(np.int16)
                if (drawn < 0).any():  # the fact does not apply to these rows
                    present, drawn = drawn >= 0, np.maximum(drawn, 0)
            col = Column(kind, drawn, present, categories)
        else:
            col = _generic(name, typ, _stream(seed, block, "begreb:" + name), BLOCK,
                           (near or {}).get(name, ())).take(0, size)
        if missing > 0:
            gaps = _stream(seed, block, "mangler:" + name).random(BLOCK)[:size] < missing
            if gaps.any():
                present = ~gaps if col.present is None else col.present & ~gaps
                col = Column(col.kind, col.values, present, col.categories, col.spells)
        columns[name] = col
    supplied: dict[str, Column] = {}
    if judgments in ("tilfældig", "alle"):
        for text in wordings:
            draws = _stream(seed, block, "skøn:" + text).random((2, BLOCK))[:, :size]
            given = draws[0] < (0.5 if judgments == "tilfældig" else 2.0)
            supplied[text] = Column(TypeKind.BOOLEAN, draws[1] < 0.5, None if given.all() else given)
    return Population(size, columns, supplied, lo)


def concat(parts: Sequence[Population], start: int | None = None) -> Population:
    """Consecutive partitions as one population."""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]

    def join(cols: Sequence[Column]) -> Column:
        present = None
        if any(c.present is not None for c in cols):
            present = np.concatenate([np.ones(len(c), bool) if c.present is None else c.present for c in cols])
        if cols[0].spells is not None:
            shifts = np.cumsum([0] + [len(c.spells) for c in cols[:-1]])  # type: ignore[arg-type]
            offsets = np.concatenate([cols[0].values[:1]] + [c.values[1:] + k for c, k in zip(cols, shifts)])
            spells = Spells(*(np.concatenate([getattr(c.spells, f) for c in cols]) for f in ("start", "end", "value")))
            return Column(cols[0].kind, offsets, present, cols[0].categories, spells)
        return Column(cols[0].kind, np.concatenate([c.values for c in cols]), present, cols[0].categories)

    columns = {k: join([p.columns[k] for p in parts]) for k in first.columns}
    judg = {k: join([p.judgments[k] for p in parts]) for k in first.judgments}
    return Population(sum(p.n for p in parts), columns, judg, first.start if start is None else start)


def partitions(n: int, size: int) -> list[tuple[int, int]]:
    """Row ranges of at most ``size`` rows (rounded up to whole blocks) covering ``range(n)``."""
    step = max(BLOCK, (size + BLOCK - 1) // BLOCK * BLOCK)
    return [(lo, min(lo + step, n)) for lo in range(0, n, step)]

