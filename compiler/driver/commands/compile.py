"""`lov compile LAW.lov -o module.py [--columnar]`: write the law's standalone evaluator module,
and with `--columnar` also ``module_columnar.py`` beside it (NumPy, whole populations at once,
the same outcomes as the scalar module)."""

from __future__ import annotations

from pathlib import Path

import click

from compiler.codegen.columnar.module import ColumnarError
from compiler.codegen.columnar.module import generate as generate_columnar
from compiler.codegen.python.module import CodegenError, generate
from compiler.driver.bilingual import command, option
from compiler.driver.common import fail_input, law_or_exit, sprog_option, write_output


def columnar_path(output: str) -> str:
    """`evaluator.py` → `evaluator_columnar.py` (in the same directory)."""
    p = Path(output)
    stem = p.stem if p.suffix == ".py" else p.name
    return str(p.with_name(f"{stem}_columnar.py"))


@command("compile", "Compile a law into one standalone Python module with one function per result "
                    "(with --sprog en, its documentation is in English).")
@click.argument("law_file", metavar="LOV.lov")
@option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Python-modulet, der skrives.",
        en="The Python module to write.")
@option("--columnar", is_flag=True, help="Skriv også en søjlevis evaluator (NumPy) ved siden af: MODUL_columnar.py.",
        en="Also write a columnar evaluator (NumPy) beside it: MODULE_columnar.py.")
@sprog_option
def compile_command(law_file: str, output: str, columnar: bool) -> None:
    """Oversæt en lov til ét selvstændigt Python-modul med en funktion pr. resultat."""
    law = law_or_exit(law_file)
    try:
        source = generate(law)
        columnar_source = generate_columnar(law) if columnar else None
    except (CodegenError, ColumnarError) as error:
        fail_input(f"{law_file}: {error}")
    write_output(source, output)
    if columnar_source is not None:
        write_output(columnar_source, columnar_path(output))
