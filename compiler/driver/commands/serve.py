"""`lov serve LOV.lov…`: the decision service; `lov skema LOV.lov`: the JSON Schema of a citizen."""

from __future__ import annotations

import json
import os
import socket

import click

from compiler.driver.bilingual import command, option
from compiler.driver.common import fail_input, law_or_exit, sprog_option, write_output
from compiler.evaluate.schema import citizen_schema
from dsl.language import t
from dsl.sources import os_reason

#: The environment variable that hands the laws and limits to each worker process.
ENVIRONMENT = "LOV_SERVE"


@command("serve", 'Start the decision service (HTTP, OpenAPI at /openapi.json) for the given laws.')
@click.argument("law_files", nargs=-1, required=True, metavar="LOV.lov…")
@option("--host", default="127.0.0.1", show_default=True, help="Adressen, der lyttes på (standard: kun denne maskine).",
        en='The address to listen on (default: this machine only).')
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Antal arbejdsprocesser.",
        en='Number of worker processes.')
@option("--max-body", type=click.IntRange(1), default=16 * 2**20, show_default=True, help="Største forespørgsel i byte.",
        en='Largest request in bytes.')
@option("--max-batch", type=click.IntRange(1), default=10_000, show_default=True, help="Flest borgere i én evaluer-mange.",
        en='Most citizens in one evaluate-many request.')
@option("--max-depth", type=click.IntRange(2), default=32, show_default=True, help="Dybeste indlejring af JSON.",
        en='Deepest nesting of JSON.')
@sprog_option
def serve_command(law_files: tuple[str, ...], host: str, port: int, workers: int, max_body: int, max_batch: int,
                  max_depth: int) -> None:
    """Start beslutningstjenesten (HTTP, OpenAPI på /openapi.json) for de givne love."""
    import uvicorn

    for path in law_files:
        law_or_exit(path)  # every law is checked before the first worker starts
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        fail_input(t(f"kan ikke lytte på {host}:{port}: {os_reason(error)[0]}",
                     f"cannot listen on {host}:{port}: {os_reason(error)[1]}"))
    os.environ[ENVIRONMENT] = json.dumps({"laws": list(law_files), "max_body": max_body, "max_batch": max_batch,
                                          "max_depth": max_depth})
    uvicorn.run("compiler.driver.commands.serve:app_from_environment", factory=True, host=host, port=port,
                workers=workers, log_level="warning", access_log=False, server_header=False)


def app_from_environment():  # type: ignore[no-untyped-def]
    """The application for one worker, from what `lov serve` put in :data:`ENVIRONMENT`."""
    from compiler.driver.service.app import create_app
    from compiler.driver.service.laws import serve_laws
    from compiler.driver.service.limits import Limits
    from compiler.pipeline import load_law

    settings = json.loads(os.environ[ENVIRONMENT])
    laws = serve_laws([(path, load_law(path)) for path in settings["laws"]])
    limits = Limits(settings["max_body"], settings["max_batch"], settings["max_depth"])
    return create_app(laws, limits)


@command("skema", "JSON Schema (2020-12) of a citizen's facts for the law (as lov eval and the service read them).")
@click.argument("law_file", metavar="LOV.lov")
@option("-o", "--output", metavar="FIL", help="Skriv til FIL i stedet for standard output.",
        en='Write to FILE instead of standard output.')
@sprog_option
def skema_command(law_file: str, output: str | None) -> None:
    """JSON Schema (2020-12) for en borgers oplysninger til loven (som lov eval og tjenesten læser dem)."""
    law = law_or_exit(law_file)
    write_output(json.dumps(citizen_schema(law), ensure_ascii=False, indent=2) + "\n", output)
