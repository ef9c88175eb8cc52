"""`lov impact OLD.lov NEW.lov`: who gets a different answer, for a whole population."""

from __future__ import annotations

import click

from compiler.driver.bilingual import command, option
from compiler.driver.common import (
    MAX_IMPACT_POPULATION,
    fail_input,
    law_or_exit,
    population_option,
    say,
    seed_option,
    sprog_option,
    write_output,
)
from compiler.population.caseload import NATIONAL
from dsl.language import t


@command("impact",
         "The impact of an amendment on a whole population: for each result both versions have, how many citizens get"
         " a different answer, by old and new target group, with examples. Text, JSON or a self-contained HTML page.")
@click.argument("old_file", metavar="GAMMEL.lov")
@click.argument("new_file", metavar="NY.lov")
@population_option("--population", "n", default=NATIONAL, minimum=1, maximum=MAX_IMPACT_POPULATION,
                   help="Antal syntetiske borgere, trukket efter deres situation (ydelse, visitation, behov, alder …).",
                   en="Number of synthetic citizens, drawn by their situation (benefit, visitation, need, age …).")
@seed_option("Frø for den syntetiske population.", 'Seed of the synthetic population.')
@option("--mangler", "missing", type=click.FloatRange(0, 1), default=0.0, show_default=True,
        help="Andel af oplysninger, der mangler, i den syntetiske population.",
        en='Share of facts missing in the synthetic population.')
@option("--skøn", "--skoen", "judgments", type=click.Choice(["ukendt", "tilfældig", "alle"]), default="ukendt",
        show_default=True, help="ukendt: ingen skøn angivet (svaret er 'kræver skøn'); "
                                "tilfældig: angivet (ja/nej) for halvdelen; alle: angivet for alle.",
        en="ukendt (unknown): no judgment given (the answer is 'needs a judgment'); tilfældig (random): given "
           "(yes/no) for half; alle (all): given for everyone.")
@option("--data", "data_file", type=click.Path(dir_okay=False),
        help="Rigtige data i stedet: CSV, Parquet eller JSON med en kolonne pr. begreb.",
        en='Real data instead: CSV, Parquet or JSON with one column per concept (begreb).')
@option("--resultat", "results", multiple=True, help="Sammenlign kun dette resultat (kan gentages).",
        en='Compare only this result (may be repeated).')
@option("--eksempler", "examples", type=click.IntRange(0, 100), default=3, show_default=True,
        help="Eksempler på borgere med et ændret svar pr. resultat.",
        en='Examples of citizens with a changed answer per result.')
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@option("-o", "--output", type=click.Path(dir_okay=False), help="Skriv rapporten til en fil.",
        en='Write the report to a file.')
@option("--dask", "dask_address", metavar="ADRESSE",
        help="Kør partitionerne på Dask: en schedulers adresse (tcp://…:8786) eller 'lokal'.",
        en="Run the partitions on Dask: a scheduler's address (tcp://…:8786) or 'lokal' (local).")
@option("--partition", "chunk", type=click.IntRange(min=1), default=4 * 65_536, show_default=True,
        help="Rækker pr. partition (rundes op til hele blokke af 65.536).",
        en='Rows per partition (rounded up to whole blocks of 65,536).')
@option("--strict", is_flag=True, help="Med --data: et begreb uden kolonne er en fejl (ellers mangler det for alle).",
        en='With --data: a concept without a column is an error (otherwise it is missing for everyone).')
@sprog_option
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
                fail_input(t("--data kan ikke kombineres med --population, --seed, --mangler eller --skøn",
                             "--data cannot be combined with --population, --seed, --mangler or --skøn"))
            population, ignored, absent = read_population(data_file, concepts_of(laws), judgments_of(laws),
                                                          strict=strict)
            if absent:
                say(t("lov: ingen kolonne for {}; de mangler for alle borgere (--strict gør det til en fejl)",
                      "lov: no column for {}; they are missing for every citizen (--strict makes it an error)")
                    .format(", ".join(absent)), err=True)
            if ignored:
                say(t("lov: ignorerer kolonner, der ikke er begreber: {}", "lov: ignoring columns that are not concepts: {}")
                    .format(", ".join(ignored)), err=True)
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
