"""`lov ændringslov GAMMEL.lov NY.lov` and `lov indarbejd LOV.lov ÆNDRINGSLOV.txt`."""

from __future__ import annotations

import sys

import click

from compiler.amend import document as d
from compiler.amend.act import render_text as act_text
from compiler.amend.consolidate import consolidate
from compiler.amend.generate import AmendError, write_act
from compiler.amend.render import render_html, render_json, render_markdown
from compiler.driver.bilingual import command, option
from compiler.driver.common import fail_input, iso_date, say, sprog_option, write_output
from compiler.pipeline import analyse_text
from dsl.diagnostics import Severity, has_errors, sort_key
from dsl.language import t
from dsl.parser import parse
from dsl.render import render_json as diagnostics_json
from dsl.render import render_sarif, render_text, summary
from dsl.sources import STDIN, InputError, read_source


def _source(path: str) -> str:
    """A file's text ('-': standard input); exit 2 when it cannot be read."""
    try:
        source = read_source(path)
    except InputError as error:
        fail_input(error.diagnostic.message())
    if source.text is None:
        fail_input("; ".join(x.message() for x in source.diagnostics) or t(f"kan ikke læse {path}", f"cannot read {path}"))
    return source.text


def _valid_law(path: str) -> str:
    """The text of a law without errors; exit 1 with its errors otherwise."""
    text = _source(path)
    analysis = analyse_text(text, path, checks=False)
    if has_errors(analysis.diagnostics):
        say(render_text([x for x in analysis.diagnostics if x.severity is Severity.ERROR], {path: text}),
            err=True, nl=False)
        say(t(f"lov: {path} har fejl; ret dem først (se lov check)", f"lov: {path} has errors; fix them first (see lov check)"),
            err=True)
        sys.exit(1)
    return text


@command("ændringslov",
         "Write the amending act that turns OLD.lov into NEW.lov, as the Ministry of Justice's guidance on law "
         "quality describes it (html: the appendix »Lovforslaget sammenholdt med gældende lov«, the bill beside the "
         "current law).")
@click.argument("old_file", metavar="GAMMEL.lov")
@click.argument("new_file", metavar="NY.lov")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json", "html"]), default="text",
              show_default=True)
@option("--ikrafttræden", "--ikrafttraeden", "commencement", metavar="DATO",
        help="Dagen, loven træder i kraft (ÅÅÅÅ-MM-DD); ellers fastsætter ministeren den.",
        en='The day the act comes into force (YYYY-MM-DD); otherwise the minister sets it.')
@option("--publiceret", "as_published", is_flag=True,
        help="Citér prosa, som en offentliggjort lov gør: ordene uden .lov-filens anførselstegn (»Stk. 2. Kommunen "
             "kan …«). Indarbejdet giver den den nye version; hvor lange tekster brydes over linjer, er layout.",
        en="Quote prose as a published act does: the words without the .lov file's quotation marks (»Stk. 2. "
           "Kommunen kan …«). Consolidated, it gives the new version; where long texts break over lines is layout.")
@option("-o", "--output", metavar="FIL", help="Skriv til FIL i stedet for standard output.",
        en='Write to FILE instead of standard output.')
@sprog_option
def aendringslov_command(old_file: str, new_file: str, fmt: str, commencement: str | None, as_published: bool,
                         output: str | None) -> None:
    """Skriv ændringsloven, der gør GAMMEL.lov til NY.lov, som Justitsministeriets vejledning om
    lovkvalitet beskriver den (html: bilaget »Lovforslaget sammenholdt med gældende lov«)."""
    day = iso_date(commencement, "--ikrafttræden")
    old_text, new_text = _valid_law(old_file), _valid_law(new_file)
    try:
        act = write_act(old_text, old_file, new_text, new_file, day, as_published=as_published)
    except AmendError as error:
        say(t(f"lov: intern fejl — {error} (rapportér det gerne med de to filer)",
              f"lov: internal error — {error} (please report it with the two files)"), err=True)
        sys.exit(3)
    if fmt == "json":
        rendered = render_json(act, old_file, new_file)
    elif fmt == "markdown":
        rendered = render_markdown(act)
    elif fmt == "html":
        rendered = render_html(act, d.from_law(parse(old_text, old_file).law, old_text), old_file, new_file)
    else:
        rendered = act_text(act)
    write_output(rendered, output, plain_text=fmt == "text")


@command("indarbejd",
         "Consolidate an amending act into the law and write the new law in canonical layout. If one change cannot be"
         " applied, nothing is written (exit 1). ÆNDRINGSLOV.txt '-': the act from standard input.")
@click.argument("law_file", metavar="LOV.lov")
@click.argument("act_file", metavar="ÆNDRINGSLOV.txt")
@option("-o", "--output", metavar="NY.lov", help="Skriv den indarbejdede lov til NY.lov (ellers standard output).",
        en='Write the consolidated law to NEW.lov (otherwise standard output).')
@option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True,
        help="Formatet for fundene (json og sarif skrives på standard output og kræver -o).",
        en='The format of the findings (json and sarif are written to standard output and need -o).')
@option("--strict", is_flag=True, help="Advarsler giver også exit-kode 1.", en='Warnings give exit code 1 too.')
@sprog_option
def indarbejd_command(law_file: str, act_file: str, output: str | None, fmt: str, strict: bool) -> None:
    """Indarbejd en ændringslov i loven og skriv den nye lov i kanonisk form. Kan én ændring ikke
    indarbejdes, skrives intet (exit 1). ÆNDRINGSLOV.txt '-': ændringsloven fra standard input."""
    if fmt != "text" and output is None:
        fail_input(t(f"--format {fmt} skriver fundene på standard output; angiv den nye lov med -o NY.lov",
                     f"--format {fmt} writes the findings to standard output; give the new law with -o NEW.lov"))
    law_text = _valid_law(law_file)
    act_file = STDIN if act_file == "-" else act_file  # `lov ændringslov A.lov B.lov | lov indarbejd A.lov -`
    act_source = _source(act_file)
    result = consolidate(law_text, law_file, act_source, act_file, output or "<indarbejdet>")
    diagnostics = sorted(result.diagnostics, key=sort_key)
    if fmt == "json":
        write_output(diagnostics_json(diagnostics), None)
    elif fmt == "sarif":
        write_output(render_sarif(diagnostics), None)
    elif diagnostics:
        say(render_text(diagnostics, {act_file: act_source}), err=True, nl=False)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if result.text is None or any(x.severity in failing for x in diagnostics):
        if fmt == "text":
            say(summary(diagnostics, 1, 0), err=True)
            say(t(f"lov: ændringsloven er ikke indarbejdet; {law_file} er uændret",
                  f"lov: the amending act was not applied; {law_file} is unchanged"), err=True)
        sys.exit(1)
    write_output(result.text, output, plain_text=True)
