"""Real data for `lov impact --data FILE`: CSV, Parquet or JSON whose columns are the laws' begreber.

Every column named after a `begreb` of either law must be present; a cell that is empty
(CSV), null (Parquet, JSON) or absent (JSON) is a missing fact. Optional columns
``skøn: <wording>`` supply a caseworker's judgment per citizen. Other columns are ignored
(and listed, so a misspelt begreb is noticed). Missing or mistyped columns are reported
together, in Danish, naming each column (and the first bad row): :class:`DataError`.

Values: sandhedsværdi `ja`/`nej` (also `true`/`false`, `1`/`0`); heltal and uger whole
numbers (uger counts weeks); beløb kroner with up to two decimals (`30,50` or `30.50`);
valg the option's name; tekst any text; dato an ISO date (`2017-04-03`; Parquet also `date32`);
forløb the citizen's whole history in one cell: a JSON list of periods ``[{"fra": "2016-09-05",
"til": "2017-04-02", "værdi": "sygedagpenge"}, {"fra": "2017-04-03", "til": null, "værdi":
"dagpenge"}]`` (in CSV the cell's JSON text; in JSON the list itself; in Parquet the JSON text or
a list of structs with those fields), checked as `lov eval` checks it (in order of start, no
overlaps). A file with dates or histories is read by the standard-library path.

Every path is linear in the number of rows: one pass to read, one per column to convert
(dictionary look-ups, NumPy conversions). Parquet needs pyarrow (`pip install
'lov[parquet]'`) and converts columns without copying where Arrow allows; with pyarrow
installed, CSV is read by its C++ reader too (falling back to the standard library, which
words every problem, when a file has anything unusual).
"""

from __future__ import annotations

import csv
import datetime
import json
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

from compiler.evaluate.facts import FactError, bounded_decimal, bounded_integer, convert
from compiler.population.caseload import OPEN, Column, Population, Spells
from dsl import model as m
from dsl.kinds import TypeKind
from dsl.language import t
from dsl.nogc import paused_gc
from dsl.sources import os_reason
from dsl.terminal import shorten

JUDGMENT_PREFIX = "skøn: "
_TRUE = {"ja", "true", "1", "sand"}
_FALSE = {"nej", "false", "0", "falsk"}


class DataError(ValueError):
    """The data file does not fit the laws; the message names every problem (Danish)."""


def read_population(path: str, concepts: Mapping[str, m.Type], wordings: Sequence[str], *,
                    strict: bool = False) -> tuple[Population, list[str], list[str]]:
    """The rows of ``path`` as a population, the columns that were ignored (not begreber) and the
    begreber that have no column. Those are missing facts for every row, as the README promises;
    with ``strict`` they are an error. The collector is paused while the rows are read and
    converted: the millions of small objects a large file makes otherwise set off full scans of
    all the earlier ones, and the time grew faster than the rows."""
    with paused_gc():
        return _read_population(path, concepts, wordings, strict)


def _read_population(path: str, concepts: Mapping[str, m.Type], wordings: Sequence[str],
                     strict: bool) -> tuple[Population, list[str], list[str]]:
    """:func:`read_population` by the file's kind."""
    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".csv":
            fast = _read_csv_arrow(path, concepts, wordings)
            if fast is not None:
                return (*fast, [])
            raw, n, lines = _read_csv(path)
            return _convert(raw, n, concepts, wordings, _cells_from_text, lines, strict=strict)
        if suffix in (".json", ".jsonl", ".ndjson"):
            raw, n = _read_json(path)
            return _convert(raw, n, concepts, wordings, _cells_from_json, strict=strict)
        if suffix in (".parquet", ".pq"):
            return _read_parquet(path, concepts, wordings, strict)
    except OSError as error:
        raise DataError(t(f"kan ikke læse {path}: {os_reason(error)[0]}", f"cannot read {path}: {os_reason(error)[1]}")) from None
    except UnicodeDecodeError:
        raise DataError(t(f"{path} er ikke UTF-8", f"{path} is not UTF-8")) from None
    raise DataError(t(f"{path}: ukendt filtype '{suffix}' (brug .csv, .parquet eller .json)",
                       f"{path}: unknown file type '{suffix}' (use .csv, .parquet or .json)"))


# ---- reading -----------------------------------------------------------------------------


def _read_csv(path: str) -> tuple[dict[str, list[Any]], int, list[int]]:
    """The columns of a CSV file, its number of rows and each row's line in the file."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.read(4096)
        f.seek(0)
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        reader = csv.reader(f, delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            raise DataError(t(f"{path} er tom (ingen kolonneoverskrifter)", f"{path} is empty (no column headers)"))
        header = [h.strip() for h in header]
        dupes = sorted(h for h, count in Counter(header).items() if count > 1)
        if dupes:
            raise DataError(t(f"{path}: kolonner står flere gange: {', '.join(dupes)}",
                               f"{path}: columns appear more than once: {', '.join(dupes)}"))
        rows: list[list[str]] = []
        lines: list[int] = []
        width = len(header)
        try:
            for row in reader:
                if not any(row):
                    continue
                if len(row) != width:
                    raise DataError(t(f"{path}, linje {reader.line_num}: {len(row)} felter, men {width} kolonner",
                                           f"{path}, line {reader.line_num}: {len(row)} fields, but {width} columns"))
                rows.append(row)
                lines.append(reader.line_num)
        except csv.Error as error:
            raise DataError(t(f"{path}, linje {reader.line_num}: {error}", f"{path}, line {reader.line_num}: {error}")) from None
    columns = {name: list(col) for name, col in zip(header, zip(*rows))} if rows else {h: [] for h in header}
    return columns, len(rows), lines


def _read_json(path: str) -> tuple[dict[str, list[Any]], int]:
    """The rows of a JSON array (or JSON Lines) of citizens, as columns."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        if Path(path).suffix.lower() in (".jsonl", ".ndjson"):
            records = [json.loads(line, parse_float=bounded_decimal, parse_int=bounded_integer)
                       for line in text.splitlines() if line.strip()]
        else:
            records = json.loads(text, parse_float=bounded_decimal, parse_int=bounded_integer)
    except json.JSONDecodeError as error:
        raise DataError(t(f"{path}:{error.lineno}:{error.colno}: ugyldig JSON ({error.msg})",
                          f"{path}:{error.lineno}:{error.colno}: invalid JSON ({error.msg})")) from None
    except RecursionError:
        raise DataError(t(f"{path}: JSON'en er for dybt indlejret", f"{path}: the JSON is nested too deeply")) from None
    except ValueError as error:
        raise DataError(f"{path}: {error}") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise DataError(t(f"{path}: forventede en liste af borgere (JSON-objekter)",
                          f"{path}: expected a list of citizens (JSON objects)"))
    names: dict[str, None] = {}
    for r in records:
        names.update(dict.fromkeys(r))
    return {name: [r.get(name) for r in records] for name in names}, len(records)


def _read_csv_arrow(path: str, concepts: Mapping[str, m.Type], wordings: Sequence[str]) -> tuple[Population, list[str]] | None:
    """CSV through pyarrow's reader (C++, parallel) when pyarrow is installed; None — use the
    standard-library path, which also words every problem — if it is not, or the file has
    anything unusual (a bad cell, a missing column, a `;` separator)."""
    if not USE_ARROW_CSV:
        return None
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.csv as pcsv
    except ImportError:
        return None
    with open(path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
    header = [h.strip() for h in next(csv.reader([first]), [])]
    if ";" in first or not all(name in header for name in concepts) or len(set(header)) != len(header):
        return None
    if any(typ.kind in (TypeKind.DATE, TypeKind.HISTORY, TypeKind.CADENCE) for typ in concepts.values()):
        return None  # dates and histories: the standard-library path reads and checks them
    arrow_type = {TypeKind.BOOLEAN: pa.bool_(), TypeKind.INTEGER: pa.int64(), TypeKind.WEEKS: pa.int64()}
    types = {h: pa.string() for h in header}
    for name, typ in concepts.items():
        types[name] = arrow_type.get(typ.kind, pa.string())
    for h in header:
        if h.startswith(JUDGMENT_PREFIX):
            types[h] = pa.bool_()
    options = pcsv.ConvertOptions(
        column_types=types, null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=True,
        true_values=sorted(_TRUE | {t.capitalize() for t in _TRUE} | {t.upper() for t in _TRUE}),
        false_values=sorted(_FALSE | {f.capitalize() for f in _FALSE} | {f.upper() for f in _FALSE}),
    )
    try:
        table = pcsv.read_csv(path, convert_options=options)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError):
        return None
    columns: dict[str, Column] = {}
    judgments: dict[str, Column] = {}
    try:
        for name in table.column_names:
            arr = table.column(name).combine_chunks()
            if pa.types.is_string(arr.type):
                arr = pc.utf8_trim_whitespace(arr)
            if name in concepts:
                typ = concepts[name]
                if typ.kind == TypeKind.AMOUNT:
                    return None  # kroner with a decimal comma: the general path parses them exactly
                columns[name] = _arrow_column(name, typ, arr, pa)
            elif name.startswith(JUDGMENT_PREFIX):
                text = name[len(JUDGMENT_PREFIX):].strip().strip('"')
                if text not in wordings:
                    return None
                judgments[text] = _arrow_column(name, m.SANDHEDSVAERDI, arr, pa)
    except DataError:
        return None
    ignored = [h for h in table.column_names if h not in concepts and not h.startswith(JUDGMENT_PREFIX)]
    return Population(table.num_rows, columns, judgments), ignored


USE_ARROW_CSV = True  # tests switch it off to run the standard-library path


# ---- converting ----------------------------------------------------------------------------


_DTYPES = {TypeKind.BOOLEAN: bool, TypeKind.CHOICE: np.int16, TypeKind.TEXT: np.int16}


def _absent(typ: m.Type, n: int) -> Column:
    """A begreb the file has no column for: missing for every row."""
    if typ.kind == TypeKind.HISTORY:
        empty = Spells(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int16))
        return Column(typ.kind, np.zeros(n + 1, dtype=np.int64), np.zeros(n, dtype=bool), typ.options, empty)
    return Column(typ.kind, np.zeros(n, dtype=_DTYPES.get(typ.kind, np.int64)), np.zeros(n, dtype=bool))


def _cells_from_text(cells: list[Any]) -> list[Any]:
    return [None if c is None or c.strip() == "" else c.strip() for c in cells]


def _cells_from_json(cells: list[Any]) -> list[Any]:
    return cells


_STRINGS = getattr(np, "strings", np.char)  # NumPy 2's string ufuncs, else the older np.char


#: Numbers in data files: ASCII digits, amounts with a decimal comma or point and optional
#: thousands points, bounded so that the columnar evaluator's int64 columns never wrap.
_INTEGER = re.compile(r"\s*-?[0-9]{1,15}\s*")
_AMOUNT = re.compile(r"\s*-?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:[.,][0-9]+)?\s*(?:kr\.?)?\s*")
MAX_INTEGER = 10**15
MAX_KRONER = 10**13
_DIGIT_LINES = re.compile(r"(?:-?[0-9]{0,15}\n)*")


def _text_column(name: str, typ: m.Type, cells: list[str]) -> Column | None:
    """A CSV column of sandhedsværdi, heltal or uger converted with NumPy's string operations
    (C speed, linear); None to use the general path (other types, or a bad cell to report)."""
    if typ.kind not in (TypeKind.BOOLEAN, TypeKind.INTEGER, TypeKind.WEEKS) or not cells:
        return None
    arr = _STRINGS.strip(np.asarray(cells, dtype=str))
    missing = arr == ""
    present = None if not missing.any() else ~missing
    if typ.kind == TypeKind.BOOLEAN:
        low = _STRINGS.lower(arr)
        yes = np.isin(low, sorted(_TRUE))
        if not (yes | np.isin(low, sorted(_FALSE)) | missing).all():
            return None
        return Column(typ.kind, yes, present)
    if not _DIGIT_LINES.fullmatch("\n".join(arr.tolist()) + "\n"):
        return None  # a cell that is not ASCII digits: the general path words the problem
    try:
        values = np.where(missing, "0", arr).astype(np.int64)
    except (ValueError, OverflowError):
        return None
    return Column(typ.kind, values, present)


def _convert(raw: dict[str, list[Any]], n: int, concepts: Mapping[str, m.Type], wordings: Sequence[str],
             cells: Any, lines: Sequence[int] | None = None, *,
             strict: bool = False) -> tuple[Population, list[str], list[str]]:
    """Typed columns; a bad cell is named by its line in the file (CSV) or its citizen's number."""
    missing = [name for name in concepts if name not in raw]
    problems = [t(f"mangler kolonnen '{name}' ({concepts[name]})", f"the column '{name}' ({concepts[name]}) is missing")
                for name in missing] if strict else []
    columns: dict[str, Column] = {name: _absent(concepts[name], n) for name in missing if not strict}
    for name, typ in concepts.items():
        if name in raw:
            fast = _text_column(name, typ, raw[name]) if cells is _cells_from_text else None
            if fast is not None:
                columns[name] = fast
                continue
            try:
                columns[name] = _column(name, typ, cells(raw[name]), lines)
            except DataError as error:
                problems.append(str(error))
    judgments: dict[str, Column] = {}
    for header, values in raw.items():
        if header.startswith(JUDGMENT_PREFIX):
            text = header[len(JUDGMENT_PREFIX):].strip().strip('"')
            if text not in wordings:
                problems.append(t(f"kolonnen '{header}' er ikke et skøn i lovene", f"the column '{header}' is not a judgment of the laws"))
                continue
            try:
                judgments[text] = _column(header, m.SANDHEDSVAERDI, cells(values), lines)
            except DataError as error:
                problems.append(str(error))
    if problems:
        raise DataError("; ".join(problems))
    ignored = [h for h in raw if h not in concepts and not h.startswith(JUDGMENT_PREFIX)]
    return Population(n, columns, judgments), ignored, missing


def _time_column(name: str, typ: m.Type, values: list[Any], mask: np.ndarray | None, bad: Any) -> Column:
    """Dates (day numbers) or histories (offsets and spells) from ISO text, JSON text or JSON values."""
    concept = m.Concept(name, typ, None, None, span=None)  # type: ignore[arg-type]
    if typ.kind == TypeKind.CADENCE:
        raise DataError(t(f"kolonnen '{name}' er en kadence; en population kan ikke angive kadencer",
                          f"the column '{name}' is a cadence; a population cannot give cadences"))
    if typ.kind == TypeKind.DATE:
        out = np.zeros(len(values), dtype=np.int64)
        for i, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, datetime.date):
                out[i] = v.toordinal()
                continue
            try:
                out[i] = convert(concept, v, "").toordinal()  # type: ignore[union-attr]
            except FactError:
                raise bad(i, v, t("en dato (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)")) from None
        return Column(typ.kind, out, mask)
    offsets = np.zeros(len(values) + 1, dtype=np.int64)
    start: list[int] = []
    end: list[int] = []
    value: list[int] = []
    index = {o: i for i, o in enumerate(typ.options)}
    for i, v in enumerate(values):
        if v is not None:
            if isinstance(v, str):
                try:
                    v = json.loads(v)
                except json.JSONDecodeError:
                    raise bad(i, v, t("et forløb (en JSON-liste af perioder med fra, til og værdi)",
                                      "a history (a JSON list of periods with fra, til and værdi)")) from None
            try:
                history = convert(concept, v, "")
            except FactError as error:
                raise bad(i, v, t(f"et gyldigt forløb ({error.da})", f"a valid history ({error.en})")) from None
            for fra, til, what in history:  # type: ignore[misc, union-attr]
                start.append(fra.toordinal())
                end.append(OPEN if til is None else til.toordinal())
                value.append(index[what])
        offsets[i + 1] = len(start)
    spells = Spells(np.asarray(start, dtype=np.int64), np.asarray(end, dtype=np.int64), np.asarray(value, dtype=np.int16))
    return Column(typ.kind, offsets, mask, typ.options, spells)


def _column(name: str, typ: m.Type, values: list[Any], lines: Sequence[int] | None = None) -> Column:
    """Python values (str from CSV, JSON values) → a typed column; None is missing. Numbers are
    ASCII digits only (no `1_3`, no `٣٠`), and amounts are bounded by :data:`MAX_KRONER`."""
    present = np.fromiter((v is not None for v in values), dtype=bool, count=len(values))
    mask = None if present.all() else present
    kind = typ.kind

    def bad(row: int, value: Any, what: str) -> DataError:
        where = t(f"linje {lines[row]}", f"line {lines[row]}") if lines is not None else \
            t(f"borger nr. {row + 1}", f"citizen no. {row + 1}")
        shown = shorten(repr(value))
        return DataError(t(f"kolonnen '{name}' skal være {what}; {where} har {shown}",
                           f"the column '{name}' must be {what}; {where} has {shown}"))

    if kind in (TypeKind.DATE, TypeKind.HISTORY, TypeKind.CADENCE):
        return _time_column(name, typ, values, mask, bad)
    if kind == TypeKind.BOOLEAN:
        table: dict[object, bool] = {**{t: True for t in _TRUE}, **{f: False for f in _FALSE}, True: True, False: False}
        out = np.zeros(len(values), dtype=bool)
        for i, v in enumerate(values):
            if v is None:
                continue
            key = v.lower() if isinstance(v, str) else v if isinstance(v, bool) else None
            hit = table.get(key) if key is not None else None
            if hit is None:
                raise bad(i, v, t("ja eller nej", "yes or no (ja/nej, true/false)"))
            out[i] = hit
        return Column(kind, out, mask)
    if kind in (TypeKind.INTEGER, TypeKind.WEEKS):
        what = t("hele tal", "whole numbers") if kind == TypeKind.INTEGER else t("hele uger (et helt tal)", "whole weeks (a whole number)")
        filled = [0 if v is None else v for v in values]
        wrong = next((i for i, v in enumerate(filled) if isinstance(v, bool) or (isinstance(v, str) and not _INTEGER.fullmatch(v))
                      or (isinstance(v, int) and abs(v) > MAX_INTEGER)), None)
        if wrong is not None:
            raise bad(wrong, values[wrong], what)
        try:
            arr = np.asarray(filled)
            out = arr.astype(np.int64) if arr.dtype.kind in "iuU" else np.asarray(filled, dtype=np.int64)
            if arr.dtype.kind not in "iuU" and any(not isinstance(v, int) for v in filled):
                raise ValueError
        except (ValueError, TypeError, OverflowError):
            for i, v in enumerate(filled):
                if isinstance(v, int) or (isinstance(v, str) and v.lstrip("-").isdigit()):
                    continue
                raise bad(i, values[i], what) from None
            raise bad(0, values[0], what) from None
        return Column(kind, out, mask)
    if kind == TypeKind.AMOUNT:
        out = np.zeros(len(values), dtype=np.int64)
        for i, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, str) and not _AMOUNT.fullmatch(v):
                raise bad(i, v, t("et beløb i kroner", "an amount in kroner"))
            try:
                d = Decimal(v.replace(".", "").replace(",", ".") if isinstance(v, str) and "," in v else str(v))
            except InvalidOperation:
                raise bad(i, v, t("et beløb i kroner", "an amount in kroner")) from None
            if isinstance(v, bool) or not d.is_finite() or (d * 100) != (d * 100).to_integral_value():
                raise bad(i, v, t("et beløb i kroner med højst to decimaler", "an amount in kroner with at most two decimals"))
            if abs(d) > MAX_KRONER:
                raise bad(i, v, t(f"et beløb på højst {MAX_KRONER:,} kr.".replace(",", "."), f"an amount of at most DKK {MAX_KRONER:,}"))
            out[i] = int(d * 100)
        return Column(kind, out, mask)
    # valg and tekst: categories
    allowed = typ.options if kind == TypeKind.CHOICE else None
    codes = np.zeros(len(values), dtype=np.int16)
    categories: dict[str, int] = {o: i for i, o in enumerate(allowed)} if allowed else {}
    for i, v in enumerate(values):
        if v is None:
            continue
        c = categories.get(v) if isinstance(v, str) else None
        if c is None:
            if allowed is not None or not isinstance(v, str):
                raise bad(i, v, t(f"en af {', '.join(allowed)}", f"one of {', '.join(allowed)}") if allowed else t("tekst", "text"))
            c = categories[v] = len(categories)
            if c >= 2**15:
                raise DataError(t(f"kolonnen '{name}' har flere end {2**15 - 1} forskellige tekster",
                                  f"the column '{name}' has more than {2**15 - 1} different texts"))
        codes[i] = c
    return Column(kind, codes, mask, tuple(categories))


def _read_parquet(path: str, concepts: Mapping[str, m.Type], wordings: Sequence[str],
                  strict: bool = False) -> tuple[Population, list[str], list[str]]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise DataError(t("Parquet kræver pyarrow: pip install 'lov[parquet]'", "Parquet needs pyarrow: pip install 'lov[parquet]'")) from None
    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, pa.ArrowIOError) as error:
        raise DataError(t(f"{path}: ikke en læsbar Parquet-fil ({error})", f"{path}: not a readable Parquet file ({error})")) from None
    return population_from_table(table, concepts, wordings, strict)


def population_from_table(table: Any, concepts: Mapping[str, m.Type], wordings: Sequence[str],
                          strict: bool = False) -> tuple[Population, list[str], list[str]]:
    """An Arrow table (from Parquet or an Arrow IPC stream) as a population, as for a Parquet
    file: the population, the columns ignored and the begreber absent (missing facts, or with
    ``strict`` an error)."""
    import pyarrow as pa

    n = table.num_rows
    names = list(table.column_names)
    absent = [c for c in concepts if c not in names]
    problems = [t(f"mangler kolonnen '{c}' ({concepts[c]})", f"the column '{c}' ({concepts[c]}) is missing")
                for c in absent] if strict else []
    columns: dict[str, Column] = {c: _absent(concepts[c], n) for c in absent if not strict}
    judgments: dict[str, Column] = {}
    for name in names:
        if name in concepts:
            target, typ = columns, concepts[name]
            key = name
        elif name.startswith(JUDGMENT_PREFIX):
            key = name[len(JUDGMENT_PREFIX):].strip().strip('"')
            if key not in wordings:
                problems.append(t(f"kolonnen '{name}' er ikke et skøn i lovene", f"the column '{name}' is not a judgment of the laws"))
                continue
            target, typ = judgments, m.SANDHEDSVAERDI
        else:
            continue
        try:
            target[key] = _arrow_column(name, typ, table.column(name).combine_chunks(), pa)
        except DataError as error:
            problems.append(str(error))
    if problems:
        raise DataError("; ".join(problems))
    ignored = [h for h in names if h not in concepts and not h.startswith(JUDGMENT_PREFIX)]
    return Population(n, columns, judgments), ignored, absent


_EPOCH = datetime.date(1970, 1, 1).toordinal()


def _arrow_history(typ: m.Type, arr: Any, mask: np.ndarray | None, pa: Any) -> Column | None:
    """A list of structs {fra: date32, til: date32 (null: open), værdi: text} as offsets and
    spells, column-wise; None when anything is unusual (another type, a value the law does not
    know, a period that ends before it starts or overlaps the one before), for the exact path."""
    import pyarrow.compute as pc

    item = arr.type.value_type
    if not (pa.types.is_struct(item) and {item.field(i).name for i in range(item.num_fields)} == {"fra", "til", "værdi"}):
        return None
    if not (pa.types.is_date32(item.field("fra").type) and pa.types.is_date32(item.field("til").type)):
        return None
    lengths = pc.list_value_length(arr).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    flat = pc.list_flatten(arr)
    fra, til, what = flat.field("fra"), flat.field("til"), flat.field("værdi")
    if fra.null_count or what.null_count:
        return None
    start = fra.cast(pa.int32()).to_numpy(zero_copy_only=False).astype(np.int64) + _EPOCH
    end = til.cast(pa.int32()).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64) + _EPOCH
    is_open = til.is_null().to_numpy(zero_copy_only=False)
    end[is_open] = OPEN
    encoded = what.cast(pa.string()).dictionary_encode()
    words = [str(x) for x in encoded.dictionary.to_pylist()]
    if any(x not in typ.options for x in words):
        return None
    lut = np.asarray([typ.options.index(x) for x in words] or [0], dtype=np.int16)
    codes = lut[encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)]
    if (end < start).any():
        return None
    later = np.ones(len(start), dtype=bool)
    later[offsets[:-1][lengths > 0]] = False  # the first period of each row has none before it
    if (later & (np.concatenate([[OPEN], end[:-1]]) >= start)).any():
        return None  # starts before the previous period ended (or after an open one)
    return Column(TypeKind.HISTORY, offsets, mask, typ.options, Spells(start, end, codes))


def _arrow_column(name: str, typ: m.Type, arr: Any, pa: Any) -> Column:
    """An Arrow array → a typed column (zero-copy for numbers without nulls)."""
    kind = typ.kind
    arrow_type = arr.type
    mask = None
    if arr.null_count:
        mask = ~np.asarray(arr.is_null().to_numpy(zero_copy_only=False))

    def wrong() -> DataError:
        return DataError(t(f"kolonnen '{name}' skal være {typ}, men har Parquet-typen {arrow_type}",
                            f"the column '{name}' must be {typ}, but has the Parquet type {arrow_type}"))

    if kind == TypeKind.HISTORY and pa.types.is_list(arrow_type):  # periods as structs
        fast = _arrow_history(typ, arr, mask, pa)
        if fast is not None:
            return fast
        # anything unusual: period by period, as `lov eval` reads a history (which names the problem)
        return _column(name, typ, [None if cell is None else [
            {k: v.isoformat() if isinstance(v, datetime.date) else v for k, v in period.items()}
            if isinstance(period, dict) else period for period in cell] for cell in arr.to_pylist()])
    if kind in (TypeKind.DATE, TypeKind.HISTORY, TypeKind.CADENCE):
        return _column(name, typ, arr.to_pylist())
    if kind == TypeKind.BOOLEAN:
        if not pa.types.is_boolean(arrow_type):
            raise wrong()
        return Column(kind, np.asarray(arr.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool), mask)
    if kind in (TypeKind.INTEGER, TypeKind.WEEKS):
        if not pa.types.is_integer(arrow_type):
            raise wrong()
        return Column(kind, arr.fill_null(0).to_numpy().astype(np.int64, copy=False), mask)
    if kind == TypeKind.AMOUNT:
        if pa.types.is_decimal(arrow_type):
            values = [None if v is None else v for v in arr.to_pylist()]
            return _column(name, typ, values)
        if pa.types.is_integer(arrow_type):  # whole kroner
            return Column(kind, arr.fill_null(0).to_numpy().astype(np.int64) * 100, mask)
        raise wrong()
    if pa.types.is_dictionary(arrow_type):
        arr = arr.cast(pa.string()) if not pa.types.is_string(arrow_type.value_type) else arr
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) or pa.types.is_dictionary(arr.type)):
        raise wrong()
    encoded = arr.dictionary_encode() if not pa.types.is_dictionary(arr.type) else arr
    dictionary = [str(x) for x in encoded.dictionary.to_pylist()]
    indices = encoded.indices.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    if kind == TypeKind.CHOICE:
        used = set(np.unique(indices if mask is None else indices[mask]).tolist())
        unknown = [x for i, x in enumerate(dictionary) if x not in typ.options and i in used]
        if unknown:
            raise DataError(t(f"kolonnen '{name}' skal være en af {', '.join(typ.options)}; har {unknown[0]!r}",
                              f"the column '{name}' must be one of {', '.join(typ.options)}; has {unknown[0]!r}"))
        lut = np.asarray([typ.options.index(x) if x in typ.options else 0 for x in dictionary] or [0], dtype=np.int16)
        return Column(kind, lut[indices], mask, typ.options)
    return Column(kind, indices.astype(np.int16), mask, tuple(dictionary))
