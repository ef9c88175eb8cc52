"""`lov eval LAW.lov --input borger.json`: one citizen's outcomes, with the reference interpreter."""

from __future__ import annotations

import difflib
import json
import sys

import click

from compiler.driver.common import fail_input, law_or_exit, say
from compiler.evaluate import interpreter, prelude
from compiler.evaluate.facts import FactError, facts_from_json, parse_json
from compiler.evaluate.interpreter import Outcome
from dsl.kinds import TypeKind
from dsl.model import Value


@click.command("eval")
@click.argument("law_file", metavar="LOV.lov")
@click.option("--input", "input_file", required=True, metavar="BORGER.json",
              help="Borgerens oplysninger som JSON ('-' for standard input).")
@click.option("--resultat", "result", metavar="NAVN", help="Kun dette resultat.")
@click.option("--forklar", is_flag=True, help="Vis udledningen: regler, tilsidesættelser og oplysninger.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def eval_command(law_file: str, input_file: str, result: str | None, forklar: bool, fmt: str) -> None:
    """Evaluér lovens resultater for én borger (fakta og evt. skøn fra en JSON-fil)."""
    law = law_or_exit(law_file)
    try:
        if input_file == "-":
            text = sys.stdin.read()
        else:
            with open(input_file, encoding="utf-8-sig") as f:
                text = f.read()
    except OSError as error:
        fail_input(f"kan ikke læse {input_file}: {error.strerror}")
    except UnicodeDecodeError:
        fail_input(f"{input_file}: filen er ikke gyldig UTF-8")
    try:
        facts, judgments = facts_from_json(law, parse_json(text, input_file), input_file)
    except FactError as error:
        fail_input(str(error))
    names = list(law.results)
    if result is not None:
        if result not in law.results:
            close = difflib.get_close_matches(result, names, n=1, cutoff=0.6)
            fail_input(f"loven har intet resultat '{result}'" + (f"; mente du '{close[0]}'?" if close else ""))
        names = [result]
    groups = interpreter.target_groups(law, facts, judgments) if result is None else {}
    if fmt == "json":
        data: dict[str, object] = {"lov": law.title, "version": law.version, "sha256": law.sha256}
        data["målgrupper"] = {k: prelude._udfald_data(*_fields(o, TypeKind.BOOLEAN)) for k, o in groups.items()}
        results: dict[str, object] = {}
        for name in names:
            if forklar:
                results[name] = interpreter.explain(law, name, facts, judgments).data()
            else:
                o = interpreter.evaluate(law, name, facts, judgments)
                results[name] = prelude._udfald_data(*_fields(o, law.results[name].type.kind))
        data["resultater"] = results
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for name, o in groups.items():
        say(f"målgruppe {name}: {prelude._udfald_tekst(*_fields(o, TypeKind.BOOLEAN))}")
    for name in names:
        if forklar:
            say(interpreter.explain(law, name, facts, judgments).text(), nl=False)
        else:
            o = interpreter.evaluate(law, name, facts, judgments)
            say(f"{name}: {prelude._udfald_tekst(*_fields(o, law.results[name].type.kind))}")


def _fields(o: Outcome, kind: str) -> tuple[str, str, Value | None, tuple[str, ...], str | None, str | None]:
    """An outcome as the arguments of the shared rendering helpers (kind, value type, …)."""
    return (o.kind, kind, o.value, o.rules, o.judgment, o.missing)
