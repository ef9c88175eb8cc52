"""`lov compile LAW.lov -o module.py`: write the law's standalone evaluator module."""

from __future__ import annotations

import click

from dsl.cli import fail_input, write_output


@click.command("compile")
@click.argument("law_file", metavar="LOV.lov")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Python-modulet, der skrives.")
@click.option("--columnar", is_flag=True, help="Skriv også en søjlevis evaluator (NumPy) ved siden af: MODUL_columnar.py.")
def compile_command(law_file: str, output: str, columnar: bool) -> None:
    """Oversæt en lov til ét selvstændigt Python-modul med en funktion pr. resultat."""
    from compiler.codegen import CodegenError, generate
    from compiler.lawfile import load_law

    law = load_law(law_file)
    try:
        source = generate(law)
    except CodegenError as error:
        fail_input(f"{law_file}: {error}")
    write_output(source, output)
    if columnar:
        from compiler.columnar.emit import write_columnar

        write_columnar(law, law_file, output)
