"""Runtime of the columnar evaluators: three-valued logic on NumPy columns.

`lov compile --columnar` copies the body of this file (everything after the marker
line) verbatim into each generated module, which then needs nothing but NumPy and the
standard library. Every name defined here is public API (``evaluer``, :class:`Udfald`,
:class:`Evaluering`, …) or starts with ``_``; the functions generated per law are named
``_resultat_NAME`` and ``_målgruppe_NAME``, a prefix nothing here uses.

**Representation.** An expression evaluates to a triple ``(v, k, w)`` over the rows:

- ``v`` — the values: a NumPy array, or a NumPy scalar when the same for every row;
- ``k`` — which rows are known: a bool array, a bool scalar, or ``None`` when every
  row is known (the fast path: complete data costs no mask arithmetic);
- ``w`` — why a row is unknown: the id of a *source* (a missing fact, an unsupplied
  judgment, another result without a value) as an int16 array or a Python ``int``;
  only meaningful where the row is unknown. Sources are listed in the module's
  ``_KILDE_*`` tables.

Values are: sandhedsværdi → bool; heltal → int64; uger → int64 counted in
``1/_UGE_SKALA`` weeks (exact for every period the law writes); beløb → int64 in
``1/_BELØB_SKALA`` kroner; valg → the option's index; tekst → an index into the run's
vocabulary; dato → int64 day number (``date.toordinal()``); kadence → int64 ``first date ×
65536 + the step's index in _KADENCER``; forløb → a :class:`Forløb` long table shared by all
rows (one row per period, sorted by citizen and start), linear in the number of periods.

**Ambiguous dates** (`31. januar + 1 måned`) make a row unknown for a source of kind
``_TVETYDIG`` (one per date operation); the run keeps the earlier candidate per row in
``kandidater`` (the later is always the next day), and the outcome carries it in
``Udfald.kandidat``.

**Kleene logic.** `og`/`eller`/`ikke` are Kleene's strong three-valued connectives: a
known `nej` decides `og`, a known `ja` decides `eller`, whatever the other side. The
reason an unknown row is unknown is the first unknown operand, left to right.

**Outcomes** (:class:`Udfald`): per row an outcome kind (``art``, see ``_ARTER``), the
value, the deciding provision (``regel``, an index into ``_ETIKETTER``: the rules of
``_REGLER``, then the target groups; the first winner of a conflict; the rule or the
`målgruppe N navn` where the unknown arose for skøn/mangler), the wording of the judgment or
the name of the missing fact (``tekst``, an index into ``_NAVNE``), and for a conflict
the winners as a bit mask over the rules of the result that ``regel`` belongs to.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

# The tables a generated module defines (here only so that this file type-checks and
# its unit tests can install their own).
_REGLER: tuple[tuple[str, str, int], ...] = ()
_ETIKETTER: tuple[str, ...] = ()
_GRUPPE_ETIKET: dict[str, int] = {}
_KILDE_ETIKET = np.zeros(0, dtype=np.int16)
_RESULTAT_REGLER: dict[str, tuple[int, ...]] = {}
_NAVNE: tuple[str, ...] = ()
_KILDE_ART = np.zeros(0, dtype=np.int8)
_KILDE_TEKST = np.zeros(0, dtype=np.int32)
_KILDE_RESULTAT: tuple[str | None, ...] = ()
BEGREBER: dict[str, tuple[str, tuple[str, ...]]] = {}
_RESULTATER: dict[str, tuple[str, tuple[str, ...]]] = {}
_SKØNSTEKSTER: tuple[str, ...] = ()
_TEKSTER: tuple[str, ...] = ()
_UGE_SKALA = 1
_BELØB_SKALA = 100
_MÅLGRUPPER: dict[str, Callable[[Any], Any]] = {}
_FUNKTIONER: dict[str, Callable[[Any], Any]] = {}
_SLÅR: dict[str, tuple[tuple[int, ...], ...]] = {}
_KADENCER: tuple[tuple[int, int | None], ...] = ()

# ---- lov: columnar runtime ----

# Outcome kinds (``Udfald.art``); the names are those `forvent` writes.
_VÆRDI = 0
_SKØN = 1
_KONFLIKT = 2
_MANGLER = 3
_INGEN_REGEL = 4
_TVETYDIG = 5
_ARTER = ("værdi", "skøn", "konflikt", "mangler", "ingen regel", "tvetydig")
_FRA_RESULTAT = -1  # source kind: another result without a value

_SAND = (np.True_, None, None)
_Tri = tuple[Any, Any, Any]  # (values, known or None, why)


class LovInputFejl(ValueError):
    """Input columns that do not fit the law (Danish message naming the column)."""


def _k(value: Any) -> _Tri:
    """A constant."""
    return (value, None, None)


def _kendt_begge(ka: Any, kb: Any) -> Any:
    if ka is None:
        return kb
    if kb is None:
        return ka
    return ka & kb


def _hvorfor(ka: Any, wa: Any, kb: Any, wb: Any) -> Any:
    """The reason of a combination: the left operand's if it is unknown, else the right's."""
    if ka is None:
        return wb
    if kb is None:
        return wa
    return np.where(ka, wb, wa)


def _og(a: _Tri, b: _Tri) -> _Tri:
    """Kleene `og`: known `nej` on either side decides."""
    va, ka, wa = a
    vb, kb, wb = b
    v = va & vb
    if ka is None and kb is None:
        return (v, None, None)
    if ka is None:
        return (v, kb | ~va, wb)
    if kb is None:
        return (v, ka | ~vb, wa)
    return (v, (ka & kb) | (ka & ~va) | (kb & ~vb), np.where(ka, wb, wa))


def _eller(a: _Tri, b: _Tri) -> _Tri:
    """Kleene `eller`: known `ja` on either side decides."""
    va, ka, wa = a
    vb, kb, wb = b
    v = va | vb
    if ka is None and kb is None:
        return (v, None, None)
    if ka is None:
        return (v, kb | va, wb)
    if kb is None:
        return (v, ka | vb, wa)
    return (v, (ka & kb) | (ka & va) | (kb & vb), np.where(ka, wb, wa))


def _ikke(a: _Tri) -> _Tri:
    v, k, w = a
    return (~v, k, w)


def _to(op: Callable[[Any, Any], Any], a: _Tri, b: _Tri) -> _Tri:
    """A strict binary operation (comparison, arithmetic): unknown if either side is."""
    va, ka, wa = a
    vb, kb, wb = b
    return (op(va, vb), _kendt_begge(ka, kb), _hvorfor(ka, wa, kb, wb))


_GRÆNSE = float(2**62)  # beyond this a 64-bit result may have wrapped


def _regn(op: Callable[[Any, Any], Any], a: _Tri, b: _Tri) -> _Tri:
    """Arithmetic (`+`, `-`, `*`) on int64 columns: strict like :func:`_to`, and refused with a
    clear message — never wrapped around — where a known row's result does not fit in 64 bits."""
    va, ka, wa = a
    vb, kb, wb = b
    with np.errstate(over="ignore"):
        v = op(va, vb)
        estimate = np.abs(op(np.asarray(va, dtype=np.float64), np.asarray(vb, dtype=np.float64)))
    k = _kendt_begge(ka, kb)
    over = estimate >= _GRÆNSE
    if k is not None:
        over = over & k
    if np.any(over):
        row = int(np.argmax(np.broadcast_to(over, np.shape(v)))) if np.ndim(over) else 0
        raise LovInputFejl(
            f"en beregning i loven giver et tal, der er for stort til den søjlevise evaluator (over 2^62, "
            f"række {row}); brug referencefortolkeren eller det skalære modul, der regner eksakt"
        )
    return (v, k, _hvorfor(ka, wa, kb, wb))


def _blandt(a: _Tri, tabel: Any) -> _Tri:
    """`x i (a, b)` on option indices: ``tabel`` is a bool array over the options."""
    v, k, w = a
    return (tabel[v], k, w)


# ---- time ----------------------------------------------------------------------------------

_EPOKE = 719163  # date(1970, 1, 1).toordinal(): day numbers ↔ numpy datetime64[D]
_ÅBEN = np.int64(2**40)
_SIDSTE_DAG = 3652059  # date(9999, 12, 31).toordinal()  # the end of an open period: after every date


class Forløb:
    """A history column as a long table: per period the citizen's row, first and last day (day
    numbers; an open period ends at a day after every date) and the value's index, sorted by
    row and then start. Build it with :meth:`fra_rækker` or from arrays."""

    __slots__ = ("række", "fra", "til", "værdi")

    def __init__(self, række: Any, fra: Any, til: Any, værdi: Any) -> None:
        self.række = np.asarray(række, dtype=np.int64)
        self.fra = np.asarray(fra, dtype=np.int64)
        self.til = np.asarray(til, dtype=np.int64)
        self.værdi = np.asarray(værdi, dtype=np.int16)

    @classmethod
    def fra_rækker(cls, forløb: Sequence[Any], valg: Sequence[str]) -> Forløb:
        """From one sequence of periods (fra, til, værdi) per row (None: the row's history is missing)."""
        nummer = {o: i for i, o in enumerate(valg)}
        r: list[int] = []
        f: list[int] = []
        t: list[int] = []
        v: list[int] = []
        for i, perioder in enumerate(forløb):
            for fra, til, værdi in sorted(perioder or (), key=lambda p: p[0]):
                r.append(i)
                f.append(fra.toordinal())
                t.append(int(_ÅBEN) if til is None else til.toordinal())
                v.append(nummer[værdi])
        return cls(r, f, t, v)

    def __len__(self) -> int:
        return int(self.række.shape[0])


def _kalender(dage: Any, måneder: int) -> tuple[Any, Any]:
    """Day numbers moved ``måneder`` calendar months: (the date or the earlier candidate, where
    the day does not exist in the target month)."""
    d = np.asarray(dage, dtype=np.int64) - _EPOKE
    dt = d.astype("datetime64[D]")
    md = dt.astype("datetime64[M]")
    dag = (dt - md.astype("datetime64[D]")).astype(np.int64)  # 0-based day of the month
    mål = md + np.timedelta64(måneder, "M")
    start = mål.astype("datetime64[D]").astype(np.int64)
    længde = (mål + np.timedelta64(1, "M")).astype("datetime64[D]").astype(np.int64) - start
    findes = dag < længde
    return np.where(findes, start + dag, start + længde - 1) + _EPOKE, ~findes


def _flyt_dage(dato: Any, uger: Any, fortegn: int, måneder: int | None) -> tuple[Any, Any]:
    """(moved day numbers or earlier candidates, ambiguous rows or None) of `dato ± periode`."""
    if måneder is not None:
        moved, tvivl = _kalender(dato, fortegn * måneder)
        return moved, (tvivl if np.any(tvivl) else None)
    syv = np.asarray(uger, dtype=np.int64) * 7 * fortegn
    dage, rest = np.divmod(syv, _UGE_SKALA)
    tvivl = rest != 0
    return dato + dage, (tvivl if np.any(tvivl) else None)


def _ikke_tvetydig(k: Any, tvivl: Any) -> Any:
    """The known-mask ``k`` without the ambiguous rows."""
    if tvivl is None:
        return k
    return ~tvivl if k is None else k & ~tvivl


def _med_kilde(w: Any, tvivl: Any, kilde: int, n: int) -> Any:
    """The reason array: ``kilde`` where ``tvivl`` (and the operands were known), else ``w``."""
    if tvivl is None:
        return w
    base = np.full(n, 0 if w is None else w, dtype=np.int16) if np.ndim(w) == 0 else np.asarray(w, dtype=np.int16)
    return np.where(tvivl, np.int16(kilde), base)


def _uger_af_dage(dage: Any) -> Any:
    """Days as weeks in 1/_UGE_SKALA weeks (the scale is a multiple of 7 in a law that counts time)."""
    return np.asarray(dage, dtype=np.int64) * (_UGE_SKALA // 7)


def _sammenlagt(tabel: Forløb, hvilke: Any, idag: Any, efter: Any, n: int) -> Any:
    """Days on the values ``hvilke`` (bool per option, None: all) per row, after ``efter`` (per
    row or None) up to and including ``idag``."""
    r = tabel.række
    d = idag if np.ndim(idag) == 0 else idag[r]
    if efter is None:
        start = tabel.fra
    else:
        start = np.maximum(tabel.fra, (efter if np.ndim(efter) == 0 else efter[r]) + 1)
    slut = np.minimum(tabel.til, d)
    dage = np.maximum(slut - start + 1, 0)
    if hvilke is not None:
        dage = dage * hvilke[tabel.værdi]
    return np.bincount(r, weights=dage, minlength=n).astype(np.int64)


def _sammenhængende(tabel: Forløb, hvilke: Any, idag: Any, grænse: Any, n: int) -> Any:
    """Days on ``hvilke`` in each row's current spell up to ``idag``; an interruption of at least
    ``grænse`` (1/_UGE_SKALA weeks, per row or one value) restarts the count."""
    d_alle = np.broadcast_to(idag, (n,))
    g_alle = np.broadcast_to(np.asarray(grænse, dtype=np.int64) * 7, (n,))  # days × _UGE_SKALA
    d = d_alle[tabel.række]
    vælg = tabel.fra <= d
    if hvilke is not None:
        vælg &= hvilke[tabel.værdi]
    r = tabel.række[vælg]
    fra = tabel.fra[vælg]
    slut = np.minimum(tabel.til[vælg], d[vælg])
    if r.size == 0:
        return np.zeros(n, dtype=np.int64)
    ny_række = np.ones(r.size, dtype=bool)
    ny_række[1:] = r[1:] != r[:-1]
    forrige = np.empty_like(slut)
    forrige[0] = 0
    forrige[1:] = slut[:-1]
    g = g_alle[r]
    brud = ny_række | ((fra - forrige - 1) * _UGE_SKALA >= g)
    nummer = np.cumsum(brud)
    sidste_i_række = np.ones(r.size, dtype=bool)
    sidste_i_række[:-1] = r[1:] != r[:-1]
    sidst = np.zeros(n, dtype=np.int64)
    sidst[r[sidste_i_række]] = nummer[sidste_i_række]
    med = nummer == sidst[r]
    dage = np.bincount(r, weights=np.where(med, slut - fra + 1, 0), minlength=n).astype(np.int64)
    sidste_dag = np.full(n, -(2**40), dtype=np.int64)
    sidste_dag[r[sidste_i_række]] = slut[sidste_i_række]
    afbrudt = (d_alle - sidste_dag) * _UGE_SKALA >= g_alle
    return np.where(afbrudt, 0, dage)


def _mellem(a: _Tri, b: _Tri) -> _Tri:
    """`dato - dato` in 1/_UGE_SKALA weeks."""
    return _to(lambda x, y: _uger_af_dage(np.subtract(x, y)), a, b)


def _kadence(start: _Tri, trin: int) -> _Tri:
    """`hver … fra dato`: the first date and the step's index in _KADENCER, in one int64."""
    v, k, w = start
    return (np.asarray(v, dtype=np.int64) * 65536 + trin, k, w)


def _fuld(v: Any, n: int, dtype: Any) -> Any:
    """``v`` as an array of ``n`` rows."""
    if isinstance(v, np.ndarray) and v.shape == (n,):
        return v if v.dtype == dtype else v.astype(dtype)
    return np.full(n, v, dtype=dtype)


def _kendt_array(k: Any, n: int) -> Any:
    """The known-mask as an array, or None if every row is known."""
    if k is None:
        return None
    if isinstance(k, np.ndarray):
        return k
    return None if bool(k) else np.zeros(n, dtype=bool)


class Udfald:
    """One result for every row: kind, value, deciding rule, wording/missing name, conflict."""

    __slots__ = ("resultat", "art", "værdi", "nummer", "regel", "tekst", "konflikt", "kandidat")

    def __init__(self, resultat: str, art: Any, værdi: Any, nummer: Any, regel: Any = None, tekst: Any = None,
                 konflikt: Any = None) -> None:
        self.resultat = resultat
        self.art = art  # int8 outcome kind
        self.værdi = værdi  # the value where art is værdi
        self.nummer = nummer  # uint8: 1-based position of the deciding rule among the result's rules
        # Details of the other kinds (None while no row needs them: all zero).
        self.regel = regel  # int16 index into _ETIKETTER (rule or target group cited)
        self.tekst = tekst  # int16 index into _NAVNE (judgment wording or missing begreb)
        self.konflikt = konflikt  # uint64 mask of the clashing rules (positions in their result)
        self.kandidat: Any = None  # int64 day number: the earlier candidate of a tvetydig row

    def kandidater(self) -> Any:
        """The candidate column (allocated on first use)."""
        if self.kandidat is None:
            self.kandidat = np.zeros(self.art.shape[0], dtype=np.int64)
        return self.kandidat

    def detaljer(self) -> tuple[Any, Any, Any]:
        """The detail columns (regel, tekst, konflikt), allocated on first use."""
        if self.regel is None:
            n = self.art.shape[0]
            self.regel = np.zeros(n, dtype=np.int16)
            self.tekst = np.zeros(n, dtype=np.int16)
            self.konflikt = np.zeros(n, dtype=np.uint64)
        return self.regel, self.tekst, self.konflikt

    def __len__(self) -> int:
        return int(self.art.shape[0])


class _Kørsel:
    """One evaluation run: the prepared input columns and the results computed so far."""

    def __init__(self, kolonner: Mapping[str, Any], skøn: Mapping[str, Any] | None, n: int | None) -> None:
        self.n = _antal(kolonner, skøn, n)
        self.ordforråd: dict[str, int] = {t: i for i, t in enumerate(_TEKSTER)}
        self._rå = kolonner
        self._skøn_rå = skøn or {}
        self._fakta: dict[str, _Tri] = {}
        self._skøn: dict[str, _Tri] = {}
        self._grupper: dict[str, _Tri] = {}
        self.udfald: dict[str, Udfald] = {}
        self._i_gang: set[str] = set()
        self.kandidater: dict[int, Any] = {}  # source of kind _TVETYDIG → earlier candidate per row
        ukendte = sorted(set(kolonner) - set(BEGREBER))
        if ukendte:
            raise LovInputFejl("ukendte kolonner (ikke begreber i loven): " + ", ".join(ukendte))
        for navn in kolonner:
            self.fakta(navn)
        for tekst in self._skøn_rå:
            if tekst not in _SKØNSTEKSTER:
                raise LovInputFejl(f"ukendt skøn (står ikke i loven): {tekst!r}")
            self.skøn(tekst)

    # -- leaves ------------------------------------------------------------------------
    def fakta(self, navn: str, kilde: int = 0) -> _Tri:
        """The column of a `begreb` (all rows missing when not supplied); ``kilde`` is the
        source to cite where it is missing (this fact in the current provision)."""
        hit = self._fakta.get(navn)
        if hit is None:
            kind, options = BEGREBER[navn]
            if navn not in self._rå:
                hit = (_NUL[kind], np.False_, 0)
            else:
                v, k = _forbered(navn, kind, options, self._rå[navn], self.n, self.ordforråd)
                hit = (v, k, 0)
            self._fakta[navn] = hit
        return (hit[0], hit[1], kilde)

    def skøn(self, tekst: str, kilde: int = 0) -> _Tri:
        """A caseworker's judgment: supplied as a column (or one value for all), or unknown."""
        hit = self._skøn.get(tekst)
        if hit is None:
            if tekst not in self._skøn_rå:
                hit = (np.False_, np.False_, 0)
            else:
                v, k = _forbered(f"skøn {tekst!r}", "sandhedsværdi", (), self._skøn_rå[tekst], self.n, {})
                hit = (v, k, 0)
            self._skøn[tekst] = hit
        return (hit[0], hit[1], kilde)

    # -- time ----------------------------------------------------------------------------
    def _tvivl(self, kilde: int, tvivl: Any, kandidat: Any, k: Any, w: Any) -> tuple[Any, Any]:
        """Record the candidates of ambiguous rows (where the operands were known) for ``kilde``:
        the new known-mask and reason."""
        if tvivl is None:
            return k, w
        if k is not None:
            tvivl = tvivl & k
        self.kandidater[kilde] = np.broadcast_to(kandidat, (self.n,)).astype(np.int64)
        return _ikke_tvetydig(k, tvivl), _med_kilde(w, tvivl, kilde, self.n)

    def flyt(self, dato: _Tri, periode: _Tri, fortegn: int, måneder: int | None, kilde: int) -> _Tri:
        """`dato ± periode`: strict; ambiguous rows unknown for ``kilde``."""
        vd, kd, wd = dato
        vp, kp, wp = periode
        k = _kendt_begge(kd, kp)
        w = _hvorfor(kd, wd, kp, wp)
        v, tvivl = _flyt_dage(vd, vp, fortegn, måneder)
        udenfor = (v < 1) | (v > _SIDSTE_DAG)
        if k is not None:
            udenfor = udenfor & k
        if np.any(udenfor):
            raise LovInputFejl("en dato i loven flyttes uden for kalenderen (år 1–9999)")
        k, w = self._tvivl(kilde, tvivl, v, k, w)
        return (v, k, w)

    def tid(self, art: str, forløb: _Tri, hvilke: Any, idag: _Tri, grænse: _Tri | None, måneder: int | None,
            kilde: int) -> _Tri:
        """`sammenlagt tid …` / `sammenhængende tid …` in 1/_UGE_SKALA weeks: strict in the
        history, the evaluation date and the limit."""
        vf, kf, wf = forløb
        vi, ki, wi = idag
        k = _kendt_begge(kf, ki)
        w = _hvorfor(kf, wf, ki, wi)
        if grænse is not None:
            vg, kg, wg = grænse
            w = _hvorfor(k, w, kg, wg)
            k = _kendt_begge(k, kg)
        n = self.n
        if isinstance(vi, np.ndarray) and vi.size and k is None and (vi == vi[0]).all():
            vi = vi[0]  # one evaluation date for every row (a population): no gather per period
        if art == "sammenlagt":
            efter = None
            if grænse is not None:
                efter, tvivl = _flyt_dage(vi, grænse[0], -1, måneder)
                k, w = self._tvivl(kilde, tvivl, efter, k, w)
            dage = _sammenlagt(vf, hvilke, vi, efter, n)
        else:
            g = np.int64(_UGE_SKALA // 7) if grænse is None else grænse[0]
            dage = _sammenhængende(vf, hvilke, vi, g, n)
        return (_uger_af_dage(dage), k, w)

    def målgruppe(self, navn: str) -> _Tri:
        hit = self._grupper.get(navn)
        if hit is None:
            hit = _MÅLGRUPPER[navn](self)
            self._grupper[navn] = hit
        return hit

    def resultat(self, navn: str) -> _Tri:
        """Another result's value as an operand: unknown where it has no value."""
        u = self.beregn(navn)
        kilde = _RESULTAT_KILDER[navn]
        if not (u.art != _VÆRDI).any():
            return (u.værdi, None, kilde)
        return (u.værdi, u.art == _VÆRDI, kilde)

    def beregn(self, navn: str) -> Udfald:
        hit = self.udfald.get(navn)
        if hit is None:
            if navn in self._i_gang:  # pragma: no cover - the resolver rejects cycles
                raise RecursionError(navn)
            self._i_gang.add(navn)
            hit = _FUNKTIONER[navn](self)
            self._i_gang.discard(navn)
            self.udfald[navn] = hit
        return hit

    def gruppe_udfald(self, navn: str) -> Udfald:
        """Membership of a target group as an outcome per row: ja/nej cited as the group,
        or the unknown of its condition."""
        v, k, w = self.målgruppe(navn)
        n = self.n
        u = Udfald(navn, np.zeros(n, dtype=np.int8), _fuld(v, n, bool).copy(), np.zeros(n, dtype=np.uint8),
                   np.full(n, _GRUPPE_ETIKET[navn], dtype=np.int16), np.zeros(n, dtype=np.int16),
                   np.zeros(n, dtype=np.uint64))
        k = _kendt_array(k, n)
        if k is not None and not k.all():
            self._ukendt(u, ~k, w, _GRUPPE_ETIKET[navn])
        return u

    # -- deciding a result ---------------------------------------------------------------
    def afgør(self, navn: str, regler: Sequence[tuple[_Tri, Callable[[], _Tri]]]) -> Udfald:
        """Default logic over one result's rules (in law order), on every row.

        ``regler`` gives, per rule, whether it applies and (lazily) its value. A rule
        beaten by a definitely applicable rule drops out. Of the rest: if one of unknown
        applicability remains, the outcome is its unknown (the first such rule in law
        order); else one definite winner gives its value, several are a conflict, none is
        "ingen regel".
        """
        n = self.n
        numre = _RESULTAT_REGLER[navn]
        slår = _SLÅR[navn]
        dtype = _DTYPE[_RESULTATER[navn][0]]
        antal_regler = len(regler)
        # Per rule: definitely applies (bool array or scalar), unknown (bool array or None), why.
        sikker: list[Any] = []
        uvis: list[Any] = []
        hvorfor: list[Any] = []
        for gælder, _ in regler:
            v, k, w = gælder
            k = _kendt_array(k, n)
            sikker.append(v if k is None else v & k)
            uvis.append(None if k is None else ~k)
            hvorfor.append(w)
        # Beaten by a definitely applicable rule: OR over the beating rules, sharing common tails.
        memo: dict[tuple[int, ...], Any] = {}

        def slået_af(js: tuple[int, ...]) -> Any:
            if not js:
                return None
            hit = memo.get(js)
            if hit is None:
                rest = slået_af(js[1:])
                hit = memo[js] = sikker[js[0]] if rest is None else rest | sikker[js[0]]
            return hit

        slået = [slået_af(slår[i]) for i in range(antal_regler)]
        vinder = [s if b is None else s & ~b for s, b in zip(sikker, slået)]
        # Branch-free selection: the number of winners, and the (1-based) index of the winner.
        antal = np.zeros(n, dtype=np.uint8)
        nummer = np.zeros(n, dtype=np.uint8)
        aktive = []
        for i, x in enumerate(vinder):
            if not np.any(x):
                continue
            aktive.append(i)
            np.add(antal, x, out=antal, casting="unsafe")
            np.add(nummer, np.multiply(x, np.uint8(i + 1), dtype=np.uint8), out=nummer, casting="unsafe")
        # Tables over every uint8 index: a conflict's sum of indices may exceed the rule count
        # (those rows are set below).
        tabel = np.zeros(256, dtype=dtype)
        værdier: list[tuple[int, Any]] = []
        ukendte_værdier: list[tuple[int, Any, Any]] = []
        for i in aktive:
            v, k, w = regler[i][1]()
            if np.ndim(v) == 0:
                tabel[i + 1] = v
            else:
                værdier.append((i, v))
            k = _kendt_array(k, n)
            if k is not None:
                ukendte_værdier.append((i, k, w))
        plads = nummer.astype(np.intp)
        if dtype is np.bool_ and not værdier:
            værdi = _fuld(np.False_, n, bool)
            for i in aktive:
                if tabel[i + 1]:
                    værdi = værdi | vinder[i]
        else:
            værdi = np.take(tabel, plads) if tabel.any() else np.zeros(n, dtype=dtype)
        for i, v in værdier:
            np.copyto(værdi, v, where=vinder[i], casting="unsafe")
        # værdi is 0, ingen regel 4: no branches
        art = np.multiply(nummer == 0, np.int8(_INGEN_REGEL), dtype=np.int8)
        u = Udfald(navn, art, værdi, nummer)
        flere = antal > 1
        if flere.any():
            rækker = np.flatnonzero(flere)
            maske = np.zeros(rækker.size, dtype=np.uint64)
            første = np.zeros(rækker.size, dtype=np.int16)
            for i in reversed(aktive):
                x = np.broadcast_to(vinder[i], (n,))[rækker]
                maske |= x.astype(np.uint64) << np.uint64(i)
                første[x] = numre[i]
            regel, _, konflikt = u.detaljer()
            art[rækker] = _KONFLIKT
            regel[rækker] = første
            konflikt[rækker] = maske
        for i, k, w in ukendte_værdier:
            mangler = vinder[i] & ~k & ~flere
            if np.any(mangler):
                self._ukendt(u, mangler, w, numre[i])
        for i in range(antal_regler - 1, -1, -1):
            ukendt = uvis[i]
            if ukendt is None:
                continue
            kandidat = ukendt if slået[i] is None else ukendt & ~slået[i]
            if kandidat.any():
                self._ukendt(u, kandidat, hvorfor[i], numre[i])
        return u

    def _ukendt(self, u: Udfald, rækker: Any, hvorfor: Any, nummer: int) -> None:
        """Mark ``rækker`` of ``u`` unknown for the reason ``hvorfor`` found in rule (or group) ``nummer``."""
        rows = np.flatnonzero(np.broadcast_to(rækker, (self.n,)))
        if rows.size == 0:
            return
        art = u.art
        regel, tekst, konflikt = u.detaljer()
        kilde = np.asarray(hvorfor)
        k = np.full(rows.size, kilde, dtype=np.int16) if kilde.ndim == 0 else kilde[rows]
        k_art = _KILDE_ART[k]
        art[rows] = k_art
        etiket = _KILDE_ETIKET[k]
        regel[rows] = np.where(etiket >= 0, etiket, np.int16(nummer))
        tekst[rows] = _KILDE_TEKST[k]
        konflikt[rows] = 0
        tvetydig = k_art == _TVETYDIG
        if tvetydig.any():
            kandidat = u.kandidater()
            for s in np.unique(k[tvetydig]).tolist():
                r = rows[tvetydig & (k == s)]
                kandidat[r] = self.kandidater[s][r]
        fra = k_art == _FRA_RESULTAT
        if fra.any():
            for s in np.unique(k[fra]).tolist():
                andet = self.udfald[_KILDE_RESULTAT[s]]
                r = rows[fra & (k == s)]
                art[r] = andet.art[r]
                if andet.regel is not None:
                    regel[r] = andet.regel[r]
                    tekst[r] = andet.tekst[r]
                    konflikt[r] = andet.konflikt[r]
                if andet.kandidat is not None:
                    u.kandidater()[r] = andet.kandidat[r]


_DTYPE: dict[str, Any] = {
    "sandhedsværdi": np.bool_, "heltal": np.int64, "uger": np.int64, "beløb": np.int64,
    "valg": np.int16, "tekst": np.int32, "dato": np.int64, "kadence": np.int64,
}
_NUL: dict[str, Any] = {
    "sandhedsværdi": np.False_, "heltal": np.int64(0), "uger": np.int64(0), "beløb": np.int64(0),
    "valg": np.int16(0), "tekst": np.int32(-1), "dato": np.int64(_EPOKE), "kadence": np.int64(0),
    "forløb": Forløb((), (), (), ()),
}
_RESULTAT_KILDER: dict[str, int] = {}


def _rækker(kolonne: Any) -> int | None:
    """The rows of an input column (None for one value for all, or a long table of periods)."""
    if isinstance(kolonne, Forløb) or (isinstance(kolonne, tuple) and kolonne and isinstance(kolonne[0], Forløb)):
        return None
    if isinstance(kolonne, list):
        return len(kolonne)
    return len(kolonne) if np.ndim(kolonne) > 0 else None


def _antal(kolonner: Mapping[str, Any], skøn: Mapping[str, Any] | None, n: int | None) -> int:
    """The number of rows: given, or the length of the columns (which must agree)."""
    længder = {navn: ln for navn, ln in ((navn, _rækker(v)) for navn, v in kolonner.items()) if ln is not None}
    længder.update({f"skøn {t!r}": len(v) for t, v in (skøn or {}).items() if np.ndim(v) > 0})
    if n is None:
        if not længder:
            raise LovInputFejl("antallet af rækker kan ikke bestemmes: angiv n")
        n = next(iter(længder.values()))
    forkerte = sorted(navn for navn, ln in længder.items() if ln != n)
    if forkerte:
        raise LovInputFejl(f"kolonnerne har ikke {n} rækker: " + ", ".join(forkerte))
    return int(n)


def _forbered(navn: str, kind: str, options: tuple[str, ...], kolonne: Any, n: int,
              ordforråd: dict[str, int]) -> tuple[Any, Any]:
    """An input column in the evaluator's representation: (values, known mask or None).

    Missing values are given as a NumPy masked array (masked = missing). Accepted:
    sandhedsværdi bool; heltal integers; uger whole weeks as integers; beløb integers in
    øre or Decimal objects; valg option indices or option names; tekst strings.
    """
    if kind == "forløb":
        return _forbered_forløb(navn, options, kolonne, n)
    if np.ndim(kolonne) == 0:
        kolonne = np.full(n, kolonne, dtype=object if isinstance(kolonne, (str, Decimal)) or kind == "dato" else None)
    maske = np.ma.getmaskarray(kolonne) if np.ma.isMaskedArray(kolonne) else None
    data = np.ma.getdata(kolonne)
    kendt = None if maske is None or not maske.any() else ~maske
    dt = data.dtype
    if kind == "sandhedsværdi":
        if dt != np.bool_:
            raise LovInputFejl(f"kolonnen '{navn}' skal være sandhedsværdier (bool), ikke {dt}")
        return data, kendt
    if kind in ("heltal", "uger"):
        if dt.kind not in "iu":
            if dt.kind == "O" and kind == "uger":
                data = _brøk_uger(navn, data, kendt)
                return data, kendt
            raise LovInputFejl(f"kolonnen '{navn}' skal være hele tal ({'uger' if kind == 'uger' else 'heltal'}), ikke {dt}")
        data = data.astype(np.int64, copy=False)
        return (data * _UGE_SKALA if kind == "uger" and _UGE_SKALA != 1 else data), kendt
    if kind == "beløb":
        if dt.kind in "iu":
            data = data.astype(np.int64, copy=False)
            return (data * (_BELØB_SKALA // 100) if _BELØB_SKALA != 100 else data), kendt
        if dt.kind == "O":
            out = np.zeros(n, dtype=np.int64)
            for i, x in enumerate(data.tolist()):
                if kendt is not None and not kendt[i]:
                    continue
                if not isinstance(x, (Decimal, int)) or isinstance(x, bool):
                    raise LovInputFejl(f"kolonnen '{navn}' skal være beløb (Decimal), ikke {type(x).__name__}")
                skaleret = Decimal(x) * _BELØB_SKALA
                if skaleret != skaleret.to_integral_value():
                    raise LovInputFejl(f"kolonnen '{navn}' har et beløb med flere decimaler end loven: {x}")
                out[i] = int(skaleret)
            return out, kendt
        raise LovInputFejl(f"kolonnen '{navn}' skal være beløb (øre som heltal eller Decimal), ikke {dt}")
    if kind == "valg":
        if dt.kind in "iu":
            data = data.astype(np.int16)
            udenfor = (data < 0) | (data >= len(options))
            if kendt is not None:
                udenfor &= kendt
            if udenfor.any():
                raise LovInputFejl(f"kolonnen '{navn}' har valgnumre uden for 0..{len(options) - 1}")
            if kendt is not None:
                data = np.where(kendt, data, np.int16(0))
            return data, kendt
        if dt.kind in "OUS":
            return _koder(navn, data, kendt, {o: i for i, o in enumerate(options)}, False, np.int16), kendt
        raise LovInputFejl(f"kolonnen '{navn}' skal være valg ({', '.join(options)}), ikke {dt}")
    if kind == "tekst":
        if dt.kind in "OUS":
            return _koder(navn, data, kendt, ordforråd, True, np.int32), kendt
    if kind == "dato":
        return _dage(navn, data, kendt), kendt
        raise LovInputFejl(f"kolonnen '{navn}' skal være tekst, ikke {dt}")
    raise LovInputFejl(f"kolonnen '{navn}' har en ukendt type {kind}")  # pragma: no cover


def _dage(navn: str, data: Any, kendt: Any) -> Any:
    """A date column as day numbers: day numbers (``date.toordinal()``), datetime64, ISO strings or
    ``datetime.date`` objects."""
    if data.dtype.kind in "iu":
        return data.astype(np.int64, copy=False)
    if data.dtype.kind == "M":
        return data.astype("datetime64[D]").astype(np.int64) + _EPOKE
    if data.dtype.kind in "US":
        try:
            return data.astype("datetime64[D]").astype(np.int64) + _EPOKE
        except ValueError:
            raise LovInputFejl(f"kolonnen '{navn}' skal være datoer (ÅÅÅÅ-MM-DD)") from None
    if data.dtype.kind == "O":
        out = np.full(len(data), _EPOKE, dtype=np.int64)
        for i, x in enumerate(data.tolist()):
            if kendt is not None and not kendt[i]:
                continue
            if not hasattr(x, "toordinal") or hasattr(x, "hour"):
                raise LovInputFejl(f"kolonnen '{navn}' skal være datoer, ikke {type(x).__name__}")
            out[i] = x.toordinal()
        return out
    raise LovInputFejl(f"kolonnen '{navn}' skal være datoer (datetime64[D]), ikke {data.dtype}")


def _forbered_forløb(navn: str, valg: tuple[str, ...], kolonne: Any, n: int) -> tuple[Any, Any]:
    """A history column: a :class:`Forløb` (every row known) or (Forløb, known mask); a list of
    periods per row (None: missing) is converted."""
    kendt = None
    if isinstance(kolonne, tuple) and len(kolonne) == 2 and isinstance(kolonne[0], Forløb):
        kolonne, kendt = kolonne
        kendt = np.asarray(kendt, dtype=bool)
    if not isinstance(kolonne, Forløb):
        rækker = list(kolonne)
        if len(rækker) != n:
            raise LovInputFejl(f"kolonnen '{navn}' har ikke {n} rækker")
        mangler = np.fromiter((x is None for x in rækker), dtype=bool, count=n)
        kendt = ~mangler if mangler.any() else None
        kolonne = Forløb.fra_rækker(rækker, valg)
    t = kolonne
    if len(t) and (t.række.min() < 0 or t.række.max() >= n):
        raise LovInputFejl(f"forløbet '{navn}' har perioder for rækker uden for 0..{n - 1}")
    if len(t) and ((t.værdi < 0) | (t.værdi >= len(valg))).any():
        raise LovInputFejl(f"forløbet '{navn}' har værdinumre uden for 0..{len(valg) - 1}")
    if len(t) > 1:
        orden = (t.række[1:] > t.række[:-1]) | ((t.række[1:] == t.række[:-1]) & (t.fra[1:] > t.til[:-1]))
        if not orden.all():
            i = int(np.argmin(orden)) + 1
            raise LovInputFejl(f"forløbet '{navn}': perioderne for række {int(t.række[i])} er ikke sorteret "
                               "efter start eller overlapper")
    if len(t) and (t.til < t.fra).any():
        i = int(np.argmax(t.til < t.fra))
        raise LovInputFejl(f"forløbet '{navn}': en periode for række {int(t.række[i])} slutter, før den begynder")
    return t, kendt


def _koder(navn: str, data: Any, kendt: Any, tabel: dict[str, int], udvid: bool, dtype: Any) -> Any:
    """Strings → codes through ``tabel`` (extended with new strings when ``udvid``).

    Linear in the rows: a dictionary look-up per row (object arrays) or per distinct
    value (NumPy string arrays). Missing rows get code 0 and are not checked.
    """
    def kode(x: Any) -> int:
        if not isinstance(x, str):
            raise LovInputFejl(f"kolonnen '{navn}' skal være tekst, men indeholder {type(x).__name__}")
        if x not in tabel:
            if not udvid:
                raise LovInputFejl(f"kolonnen '{navn}' har en ukendt værdi: {x!r} (mulige: {', '.join(tabel)})")
            tabel[x] = len(tabel)
        return tabel[x]

    if data.dtype.kind in "US":
        værdier, inverse = np.unique(data, return_inverse=True)
        inverse = inverse.reshape(-1)
        brugt = np.zeros(len(værdier), dtype=bool)
        brugt[inverse if kendt is None else inverse[kendt]] = True
        koder = np.zeros(len(værdier), dtype=dtype)
        for i, x in enumerate(værdier.tolist()):
            if brugt[i]:
                koder[i] = kode(str(x))
        return koder[inverse]
    out = np.zeros(len(data), dtype=dtype)
    kendte = None if kendt is None else kendt.tolist()
    cache: dict[Any, int] = {}
    for i, x in enumerate(data.tolist()):
        if kendte is not None and not kendte[i]:
            continue
        c = cache.get(x) if isinstance(x, str) else None
        if c is None:
            c = cache[x] = kode(x)
        out[i] = c
    return out


def _brøk_uger(navn: str, data: Any, kendt: Any) -> Any:
    out = np.zeros(len(data), dtype=np.int64)
    for i, x in enumerate(data.tolist()):
        if kendt is not None and not kendt[i]:
            continue
        if isinstance(x, bool) or not isinstance(x, (int, Fraction)):
            raise LovInputFejl(f"kolonnen '{navn}' skal være uger (hele tal eller brøker), ikke {type(x).__name__}")
        skaleret = Fraction(x) * _UGE_SKALA
        if skaleret.denominator != 1:
            raise LovInputFejl(f"kolonnen '{navn}' har en brøkdel af en uge, som loven ikke bruger: {x}")
        out[i] = skaleret.numerator
    return out


class Evaluering:
    """The outcome of every evaluated result, and of every target-group membership, per row."""

    def __init__(self, kørsel: _Kørsel, resultater: Iterable[str]) -> None:
        self.n = kørsel.n
        self.udfald: dict[str, Udfald] = {navn: kørsel.udfald[navn] for navn in resultater}
        self.målgrupper: Mapping[str, Udfald] = _Grupper(kørsel)
        self.tekster: tuple[str, ...] = tuple(kørsel.ordforråd)

    def værdi(self, resultat: str, række: int) -> Any:
        """The value of one row as the interpreter gives it (int, bool, Fraction, Decimal, str)."""
        u = self.udfald[resultat]
        kind, options = _RESULTATER[resultat]
        return _python_værdi(kind, options, u.værdi[række], self.tekster)

    def række(self, resultat: str, række: int) -> tuple[str, Any, tuple[str, ...], str | None, str | None]:
        """One row's outcome as (kind, value, rules, judgment, missing), like the interpreter's."""
        u = self.udfald[resultat]
        if int(u.art[række]) == _VÆRDI:
            label = _ETIKETTER[_RESULTAT_REGLER[resultat][int(u.nummer[række]) - 1]]
            return ("værdi", self.værdi(resultat, række), (label,), None, None)
        return _ikke_værdi(u, række)

    def målgruppe_række(self, navn: str, række: int) -> tuple[str, Any, tuple[str, ...], str | None, str | None]:
        """One row's membership of a target group as an outcome (``målgrupper(borger)``)."""
        u = self.målgrupper[navn]
        if int(u.art[række]) == _VÆRDI:
            return ("værdi", bool(u.værdi[række]), (_ETIKETTER[int(u.regel[række])],), None, None)
        return _ikke_værdi(u, række)


class _Grupper(Mapping[str, Udfald]):
    """Target-group membership as outcomes, computed when first asked for."""

    def __init__(self, kørsel: _Kørsel) -> None:
        self._kørsel = kørsel
        self._udfald: dict[str, Udfald] = {}

    def __getitem__(self, navn: str) -> Udfald:
        hit = self._udfald.get(navn)
        if hit is None:
            if navn not in _MÅLGRUPPER:
                raise KeyError(navn)
            hit = self._udfald[navn] = self._kørsel.gruppe_udfald(navn)
        return hit

    def __iter__(self) -> Iterator[str]:
        return iter(_MÅLGRUPPER)

    def __len__(self) -> int:
        return len(_MÅLGRUPPER)


def _ikke_værdi(u: Udfald, række: int) -> tuple[str, Any, tuple[str, ...], str | None, str | None]:
    art = int(u.art[række])
    if art == _INGEN_REGEL:
        return ("ingen regel", None, (), None, None)
    nr = int(u.regel[række])
    if art == _KONFLIKT:
        ejer = _RESULTAT_REGLER[_REGLER[nr][1]]
        maske = int(u.konflikt[række])
        return ("konflikt", None, tuple(_ETIKETTER[g] for i, g in enumerate(ejer) if maske >> i & 1), None, None)
    if art == _TVETYDIG:
        første = int(u.kandidat[række])
        return ("tvetydig", (_dato(første), _dato(første + 1)), (_ETIKETTER[nr],), None, None)
    navn = _NAVNE[int(u.tekst[række])]
    if art == _SKØN:
        return ("skøn", None, (_ETIKETTER[nr],), navn, None)
    return ("mangler", None, (_ETIKETTER[nr],), None, navn)


def _python_værdi(kind: str, options: tuple[str, ...], x: Any, tekster: Sequence[str]) -> Any:
    if kind == "sandhedsværdi":
        return bool(x)
    if kind == "heltal":
        return int(x)
    if kind == "uger":
        f = Fraction(int(x), _UGE_SKALA)
        return f.numerator if f.denominator == 1 else f
    if kind == "beløb":
        return Decimal(int(x)) / Decimal(_BELØB_SKALA)
    if kind == "valg":
        return options[int(x)]
    if kind == "dato":
        return _dato(int(x))
    if kind == "kadence":
        start, trin = divmod(int(x), 65536)
        uger, måneder = _KADENCER[trin]
        f = Fraction(uger, _UGE_SKALA)
        return (_dato(start), f.numerator if f.denominator == 1 else f, måneder)
    return tekster[int(x)]


def _dato(dag: int) -> datetime.date:
    return datetime.date.fromordinal(dag)


def resultater() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every `resultat`: name → (type kind, options of a valg)."""
    return dict(_RESULTATER)


def skøn_tekster() -> tuple[str, ...]:
    """The wording of every `skøn` in the law (the keys ``evaluer`` accepts in ``skøn``)."""
    return _SKØNSTEKSTER


def målgruppe_etiketter() -> dict[str, str]:
    """Every target group: name → how outcomes cite it (`målgruppe 3 unge`)."""
    return {navn: _ETIKETTER[i] for navn, i in _GRUPPE_ETIKET.items()}


def skalaer() -> tuple[int, int]:
    """(weeks, amounts): ``Udfald.værdi`` counts uger in 1/first weeks and beløb in 1/second kroner."""
    return (_UGE_SKALA, _BELØB_SKALA)


def evaluer(kolonner: Mapping[str, Any], skøn: Mapping[str, Any] | None = None, *, n: int | None = None,
            resultater: Iterable[str] | None = None) -> Evaluering:
    """Evaluate ``resultater`` (default: every result) for every row of the columns.

    ``kolonner`` maps a `begreb` name to a NumPy array (masked array for missing
    values; a column not given is missing for every row); ``skøn`` maps a judgment's
    wording to a bool array or one bool for every row (not given: unknown).
    """
    kørsel = _Kørsel(kolonner, skøn, n)
    navne = list(_FUNKTIONER) if resultater is None else list(resultater)
    ukendte = [r for r in navne if r not in _FUNKTIONER]
    if ukendte:
        raise LovInputFejl("ukendte resultater: " + ", ".join(ukendte))
    for navn in navne:
        kørsel.beregn(navn)
    return Evaluering(kørsel, navne)
