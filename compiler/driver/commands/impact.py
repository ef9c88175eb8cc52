"""`lov impact OLD.lov NEW.lov`: who gets a different answer, for a whole population."""

from __future__ import annotations

import click

from compiler.driver.common import (
    MAX_IMPACT_POPULATION,
    fail_input,
    law_or_exit,
    population_option,
    say,
    seed_option,
    write_output,
)
from compiler.population.caseload import NATIONAL


@click.command("impact")
@click.argument("old_file", metavar="GAMMEL.lov")
@click.argument("new_file", metavar="NY.lov")
@population_option("--population", "n", default=NATIONAL, minimum=1, maximum=MAX_IMPACT_POPULATION,
                   help="Antal syntetiske borgere (hovedmålgrupper som KL's bilag 2.3).")
@seed_option("Frø for den syntetiske population.")
@click.option("--mangler", "missing", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Andel af oplysninger, der mangler, i den syntetiske population.")
@click.option("--skøn", "--skoen", "judgments", type=click.Choice(["ukendt", "tilfældig", "alle"]), default="ukendt",
              show_default=True, help="ukendt: ingen skøn angivet (svaret er 'kræver skøn'); "
              "tilfældig: angivet (ja/nej) for halvdelen; alle: angivet for alle.")
@click.option("--data", "data_file", type=click.Path(dir_okay=False),
              help="Rigtige data i stedet: CSV, Parquet eller JSON med en kolonne pr. begreb.")
@click.option("--resultat", "results", multiple=True, help="Sammenlign kun dette resultat (kan gentages).")
@click.option("--eksempler", "examples", type=click.IntRange(0, 100), default=3, show_default=True,
              help="Eksempler på borgere med et ændret svar pr. resultat.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Skriv rapporten til en fil.")
@click.option("--dask", "dask_address", metavar="ADRESSE",
              help="Kør partitionerne på Dask: en schedulers adresse (tcp://…:8786) eller 'lokal'.")
@click.option("--partition", "chunk", type=click.IntRange(min=1), default=4 * 65_536, show_default=True,
              help="Rækker pr. partition (rundes op til hele blokke af 65.536).")
@click.option("--strict", is_flag=True, help="Med --data: et begreb uden kolonne er en fejl (ellers mangler det for alle).")
@click.pass_context
def impact_command(ctx: click.Context, old_file: str, new_file: str, n: int, seed: int, missing: float,
                   judgments: str, data_file: str | None, results: tuple[str, ...], examples: int, fmt: str,
                   output: str | None, dask_address: str | None, chunk: int, strict: bool) -> None:
    """Konsekvensen af en lovændring for en hel population: for hvert resultat, som begge
    versioner har, hvor mange borgere der får et andet svar, fordelt på gammel og ny
    målgruppe, med eksempler. Tekst, JSON eller en selvstændig HTML-side."""
    from compiler.impact.data import DataError, read_population
    from compiler.impact.progress import Progress
    from compiler.impact.report import render_json, render_text
    from compiler.impact.run import FileData, ImpactError, Synthetic, run
    from compiler.population.caseload import (
        PopulationError,
        Spec,
        concepts_of,
        judgments_of,
    )

    old = law_or_exit(old_file)
    new = law_or_exit(new_file)
    laws = [old, new]
    try:
        if data_file is not None:
            explicit = [p for p in ("n", "seed", "missing", "judgments")
                        if ctx.get_parameter_source(p) is click.core.ParameterSource.COMMANDLINE]
            if explicit:
                fail_input("--data kan ikke kombineres med --population, --seed, --mangler eller --skøn")
            population, ignored, absent = read_population(data_file, concepts_of(laws), judgments_of(laws),
                                                          strict=strict)
            if absent:
                say("lov: ingen kolonne for " + ", ".join(absent) + "; de mangler for alle borgere "
                    "(--strict gør det til en fejl)", err=True)
            if ignored:
                say(f"lov: ignorerer kolonner, der ikke er begreber: {', '.join(ignored)}", err=True)
            source: Synthetic | FileData = FileData(population, data_file)
        else:
            source = Synthetic(Spec.of(laws, n, seed, missing=missing, judgments=judgments))
    except (DataError, PopulationError) as error:
        fail_input(str(error))
    client = None
    if dask_address:
        from compiler.impact.scale import ScaleError, connect

        try:
            client = connect(dask_address)
        except ScaleError as error:
            fail_input(str(error))
    try:
        with Progress(1, "lov impact") as bar:
            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done)

            report = run(old, new, source, results=results, examples=examples, chunk=chunk, client=client,
                         progress=progress)
    except (ImpactError, PopulationError, ValueError) as error:
        fail_input(str(error))
    finally:
        if client is not None:
            from compiler.impact.scale import close

            close(client)
    if fmt == "json":
        text = render_json(report)
    elif fmt == "html":
        from compiler.impact.render.html import render_html

        text = render_html(report)
    else:
        text = render_text(report)
    write_output(text, output, plain_text=fmt == "text")
