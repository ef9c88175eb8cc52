"""`lov eval LAW.lov --input borger.json`: one citizen's outcomes, with the reference interpreter."""

from __future__ import annotations

import json
import sys

import click

from compiler.driver.bilingual import command, option
from compiler.driver.common import fail_input, law_or_exit, say, sprog_option
from compiler.evaluate import interpreter, prelude
from compiler.evaluate.facts import FactError, facts_from_json, parse_json
from compiler.evaluate.interpreter import Outcome
from dsl import model as m
from dsl.kinds import TypeKind
from dsl.language import did_you_mean, t
from dsl.model import Value
from dsl.timeline import CalendarError
from dsl.sources import os_reason


@command("eval", "Evaluate the law's results for one or more citizens (facts and any judgments from a JSON file).")
@click.argument("law_file", metavar="LOV.lov")
@option("--input", "input_file", required=True, metavar="BORGER.json",
        help="Borgerens oplysninger som JSON: ét objekt, en liste af objekter eller JSON Lines ('-' for standard input).",
        en="The citizens' facts as JSON: one object, a list of objects or JSON Lines ('-' for standard input).")
@option("--resultat", "result", metavar="NAVN", help="Kun dette resultat.", en='Only this result.')
@option("--forklar", is_flag=True, help="Vis udledningen: regler, tilsidesættelser og oplysninger.",
        en='Show the derivation: rules, overrides and facts.')
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@sprog_option
def eval_command(law_file: str, input_file: str, result: str | None, forklar: bool, fmt: str) -> None:
    """Evaluér lovens resultater for en eller flere borgere (fakta og evt. skøn fra en JSON-fil)."""
    law = law_or_exit(law_file)
    citizens = read_citizens(law, input_file)
    names = list(law.results)
    if result is not None:
        if result not in law.results:
            hint = t(*did_you_mean(result, names))
            fail_input(t(f"loven har intet resultat '{result}'", f"the law has no result '{result}'") + hint)
        names = [result]
    many = len(citizens) != 1 or citizens[0][0] is not None
    # Every citizen is evaluated before anything is printed: a citizen whose dates the law's
    # periods move outside the calendar is bad input (exit 2, each one named), never half a report.
    records: list[dict[str, object]] = []
    texts: list[str] = []
    bad: list[str] = []
    for number, facts, judgments in citizens:
        try:
            if fmt == "json":
                records.append(_json_record(law, facts, judgments, names, result, forklar))
            else:
                head = [t(f"borger {number}:", f"citizen {number}:")] if many else []
                texts.append("".join(line + "\n" for line in head + _text_record(law, facts, judgments, names, result,
                                                                                   forklar)))
        except CalendarError as error:
            bad.append(f"{_where(input_file, number)}: {t(str(error), error.english)}")
    if bad:
        fail_input("\nlov: ".join(bad))
    if fmt == "json":
        click.echo(json.dumps(records if many else records[0], ensure_ascii=False, indent=2))
    else:
        say("".join(texts), nl=False)


def read_citizens(law: m.Law, input_file: str) -> list[tuple[int | None, dict[str, Value], dict[str, bool]]]:
    """The citizens of ``input_file`` ('-': standard input), checked against ``law`` (exit 2 if bad)."""
    try:
        if input_file == "-":
            text = sys.stdin.read()
        else:
            with open(input_file, encoding="utf-8-sig") as f:
                text = f.read()
    except OSError as error:
        da, en = os_reason(error)
        fail_input(t(f"kan ikke læse {input_file}: {da}", f"cannot read {input_file}: {en}"))
    except UnicodeDecodeError:
        fail_input(t(f"{input_file}: filen er ikke gyldig UTF-8", f"{input_file}: the file is not valid UTF-8"))
    return _citizens(law, text, input_file)


def _where(file: str, number: int | None) -> str:
    """Where a citizen stands: the file, and for one of many its number (a JSON Lines file's line)."""
    return file if number is None else t(f"{file} (borger {number})", f"{file} (citizen {number})")


def _citizens(law: m.Law, text: str, file: str) -> list[tuple[int | None, dict[str, Value], dict[str, bool]]]:
    """One citizen (a JSON object), many (a JSON array, or JSON Lines: one object a line), each
    checked against the law; the number is None for a single object."""
    try:
        try:
            data = parse_json(text, file)
            items = [(None, data)] if not isinstance(data, list) else list(enumerate(data, 1))
        except FactError as whole:
            lines = [(i, line) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
            if len(lines) < 2:
                raise
            try:  # JSON Lines when the first line is a JSON value of its own
                first = parse_json(lines[0][1], file, lines[0][0])
            except FactError:
                raise whole from None  # else the error is the whole document's (a broken pretty-printed object)
            items = [(lines[0][0], first)] + [(i, parse_json(line, file, i)) for i, line in lines[1:]]
        out = []
        bad: list[FactError] = []  # every citizen that cannot be read, not only the first
        for number, item in items:
            try:
                facts, judgments = facts_from_json(law, item, _where(file, number))
            except FactError as error:
                bad.append(error)
                continue
            out.append((number, facts, judgments))
        if bad:
            fail_input("\nlov: ".join(error.located() for error in bad))
        if not out:
            raise FactError(file, "ingen borgere", "no citizens")
        return out
    except FactError as error:
        fail_input(error.located())


def _json_record(law: m.Law, facts: dict[str, Value], judgments: dict[str, bool], names: list[str],
                 result: str | None, forklar: bool) -> dict[str, object]:
    groups = interpreter.target_groups(law, facts, judgments) if result is None else {}
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
    return data


def _text_record(law: m.Law, facts: dict[str, Value], judgments: dict[str, bool], names: list[str],
                 result: str | None, forklar: bool) -> list[str]:
    """The lines `lov eval` prints for one citizen."""
    groups = interpreter.target_groups(law, facts, judgments) if result is None else {}
    lines = [t("målgruppe", "target group") + f" {name}: {prelude._udfald_tekst(*_fields(o, TypeKind.BOOLEAN))}"
             for name, o in groups.items()]
    for name in names:
        if forklar:
            lines.append(interpreter.explain(law, name, facts, judgments).text().removesuffix("\n"))
        else:
            o = interpreter.evaluate(law, name, facts, judgments)
            lines.append(f"{name}: {prelude._udfald_tekst(*_fields(o, law.results[name].type.kind))}")
    return lines


def _fields(o: Outcome, kind: str) -> tuple[str, str, Value | None, tuple[str, ...], str | None, str | None]:
    """An outcome as the arguments of the shared rendering helpers (kind, value type, …)."""
    return (o.kind, kind, o.value, o.rules, o.judgment, o.missing)
