"""Batches as tables (`POST /love/{navn}/evaluer-mange` with an Arrow IPC stream or a Parquet
file as the body): one row per citizen, one column per begreb, `skøn: <ordlyd>` columns for
judgments — the columns `lov impact --data` reads. The table goes straight to the columnar
evaluator, without JSON. Needs pyarrow (`pip install 'lov[parquet]'`); without it the service
answers 415.
"""

from __future__ import annotations

import io
from typing import Any, Sequence

from compiler.driver.service.batch import assemble
from compiler.driver.service.problems import Problem
from compiler.impact.compare import module_inputs
from compiler.impact.data import DataError, population_from_table
from dsl import model as m

ARROW = "application/vnd.apache.arrow.stream"
PARQUET = "application/vnd.apache.parquet"
TABLE_TYPES = (ARROW, PARQUET)


def read_table(data: bytes, kind: str) -> Any:
    """The body as an Arrow table (a Problem when pyarrow is missing or the body is no table)."""
    try:
        import pyarrow as pa
        import pyarrow.ipc as ipc
        import pyarrow.parquet as pq
    except ImportError:
        raise Problem("medietype", "tabeller (Arrow, Parquet) kræver pyarrow på serveren: pip install 'lov[parquet]'",
                      "tables (Arrow, Parquet) need pyarrow on the server: pip install 'lov[parquet]'") from None
    try:
        if kind == ARROW:
            return ipc.open_stream(pa.BufferReader(data)).read_all()
        return pq.read_table(io.BytesIO(data))
    except (pa.ArrowException, OSError, ValueError) as error:
        what = "en Arrow IPC-strøm" if kind == ARROW else "en Parquet-fil"
        what_en = "an Arrow IPC stream" if kind == ARROW else "a Parquet file"
        raise Problem("ugyldig-tabel", f"forespørgslen er ikke {what}: {type(error).__name__}",
                      f"the request is not {what_en}: {type(error).__name__}") from None


def table_answers(law: m.Law, module: Any, table: Any, names: Sequence[str], groups: bool) -> list[dict[str, Any]]:
    """Each row's target groups (when ``groups``) and outcomes, by the columnar module."""
    concepts = {name: c.type for name, c in law.concepts.items()}
    wordings = list(m.judgment_ids(law).values())
    try:
        population, ignored, _ = population_from_table(table, concepts, wordings)
    except DataError as error:
        raise Problem("ugyldige-oplysninger", str(error), f"the table does not fit the law: {error}") from None
    if ignored:
        raise Problem("ugyldige-oplysninger", f"kolonnen '{ignored[0]}' er hverken et begreb eller et skøn i loven",
                      f"the column '{ignored[0]}' is neither a begreb nor a judgment of the law", (ignored[0],),
                      tuple(concepts) + tuple(f"skøn: {w}" for w in wordings))
    if population.n == 0:
        return []
    try:
        columns, judgments = module_inputs(population, module)
        evaluation = module.evaluer(columns, judgments, n=population.n, resultater=list(names))
    except (ValueError, module.LovInputFejl) as error:
        raise Problem("ugyldige-oplysninger", str(error), f"the table does not fit the law: {error}") from None
    return assemble(law, evaluation, population.n, names, groups)
