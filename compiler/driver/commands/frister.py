"""`lov frister LAW.lov --input borger.json`: the citizen's dated deadlines and appointments."""

from __future__ import annotations

import datetime
import json
import sys

import click

from compiler.driver.commands.eval import read_citizens
from compiler.driver.bilingual import command, option
from compiler.driver.common import fail_input, iso_date, law_or_exit, sprog_option, write_output
from compiler.evaluate import deadlines as dl
from compiler.evaluate import ics
from compiler.evaluate.deadlines import Schedule
from compiler.evaluate.prelude import _kandidater
from dsl import model as m
from dsl.language import t
from dsl.timeline import _dato_tekst


@command("frister", "The citizen's deadlines and appointments with dates: result, date, the § that sets it, "
                    "and the arithmetic.")
@click.argument("law_file", metavar="LOV.lov")
@option("--input", "input_file", required=True, metavar="BORGER.json",
        help="Borgerens oplysninger som JSON ('-' for standard input).",
        en="The citizen's facts as JSON ('-' for standard input).")
@option("--fra", "start", metavar="DATO", help="Første dag (ÅÅÅÅ-MM-DD); standard: opgørelsesdatoen.",
        en="First day (YYYY-MM-DD); default: the date the facts are stated on (opgørelsesdato).")
@option("--til", "end", metavar="DATO", help="Sidste dag (ÅÅÅÅ-MM-DD); standard: 52 uger efter første dag.",
        en="Last day (YYYY-MM-DD); default: 52 weeks after the first day.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ics"]), default="text", show_default=True)
@option("-o", "--output", metavar="FIL", help="Skriv til FIL i stedet for standard output.",
        en="Write to FILE instead of standard output.")
@sprog_option
def frister_command(law_file: str, input_file: str, start: str | None, end: str | None, fmt: str,
                    output: str | None) -> None:
    """Borgerens frister og aftaler med datoer: resultat, dato, den § der fastsætter den, og beregningen."""
    first, last = iso_date(start, "--fra"), iso_date(end, "--til")
    if first is not None and last is not None and last < first:
        fail_input(t(f"--til {last.isoformat()} ligger før --fra {first.isoformat()}",
                     f"--til {last.isoformat()} is before --fra {first.isoformat()}"))
    law = law_or_exit(law_file)
    citizens = read_citizens(law, input_file)
    if len(citizens) != 1:
        fail_input(t(f"{input_file}: lov frister tager én borger, fik {len(citizens)}",
                     f"{input_file}: lov frister takes one citizen, got {len(citizens)}"))
    _, facts, judgments = citizens[0]
    schedule = dl.deadlines(law, facts, judgments, first, last)
    if fmt == "json":
        write_output(json.dumps(dl.schedule_data(law, schedule), ensure_ascii=False, indent=2) + "\n", output)
    elif fmt == "ics":
        today = facts.get("opgørelsesdato")
        stamp = today if isinstance(today, datetime.date) else schedule.start or datetime.date(1970, 1, 1)
        data = ics.calendar(law, schedule, stamp)
        if output is None:  # bytes as they are: the file's CRLF line ends must reach the calendar
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_output(data.decode("utf-8"), output)
    else:
        write_output(_text(law, schedule), output, plain_text=True)


def _text(law: m.Law, schedule: Schedule) -> str:
    lines: list[str] = []
    # A cadence's arithmetic is shown once, under its first listed appointment.
    first: dict[str, int | None] = {}
    for d in schedule.dates:
        first.setdefault(d.result, d.number)
    if not schedule.dates:
        lines.append(t("Ingen frister eller aftaler med dato.", "No deadlines or appointments with a date."))
    for d in schedule.dates:
        what = d.description or d.result
        if d.number is not None:
            what += t(f" ({d.number}. gang)", f" (no. {d.number})")
        day = _kandidater(d.candidates) + t(" (tvetydig)", " (ambiguous)") if d.candidates is not None else _dato_tekst(d.date)
        lines.append(f"{d.date.isoformat()}  {what}: {day} ({', '.join(d.rules)})")
        if d.number == first[d.result]:
            lines.extend(f"            {step}" for step in d.steps)
    for u in schedule.undated:
        lines.append(f"{t('uden dato', 'no date'):<11} {u.result}: {u.reason(law.results[u.result].type.kind)}")
    return "\n".join(lines) + "\n"
