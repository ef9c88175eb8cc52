"""`lov compile LAW.lov -o module.py --columnar`: also write ``module_columnar.py`` beside it.

The columnar module (NumPy) evaluates whole populations at once with the same outcomes
as the scalar module; see :mod:`compiler.columnar.codegen`.
"""

from __future__ import annotations

from pathlib import Path

from compiler.columnar.codegen import ColumnarError, generate
from dsl import model as m


def columnar_path(output: str) -> str:
    """`evaluator.py` → `evaluator_columnar.py` (in the same directory)."""
    p = Path(output)
    stem = p.stem if p.suffix == ".py" else p.name
    return str(p.with_name(f"{stem}_columnar.py"))


def write_columnar(law: m.Law, law_file: str, output: str) -> None:
    """Write the columnar module beside ``output``; problems exit 2 with a Danish message."""
    from dsl.cli import fail_input, write_output

    target = columnar_path(output)
    try:
        source = generate(law)
    except ColumnarError as error:
        fail_input(f"{law_file}: {error}")
    write_output(source, target)
