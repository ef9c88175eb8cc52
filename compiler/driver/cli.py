"""`lov`: the command line. A thin shell over the pipeline stages; one module per command in
:mod:`compiler.driver.commands`, loaded only when used so that `lov check` starts fast.

Exit codes: 0 no findings (warnings allowed unless --strict), 1 findings or failures,
2 usage or input/output problems, 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Sequence

import click

from compiler.driver.bilingual import Group, Option, language_of
from dsl import __version__
from dsl.language import t, using
from dsl.timeline import CalendarError

# name → "module:attribute" of a click command, imported only when used.
COMMANDS: dict[str, str] = {
    "check": "compiler.driver.commands.check:check_command",
    "fmt": "compiler.driver.commands.fmt:fmt_command",
    "explain": "compiler.driver.commands.explain:explain_command",
    "diff": "compiler.driver.commands.diff:diff_command",
    "stats": "compiler.driver.commands.diff:stats_command",
    "lsp": "compiler.driver.lsp:lsp_command",
    "compile": "compiler.driver.commands.compile:compile_command",
    "eval": "compiler.driver.commands.eval:eval_command",
    "test": "compiler.driver.commands.test:test_command",
    "frister": "compiler.driver.commands.frister:frister_command",
    "impact": "compiler.driver.commands.impact:impact_command",
    "ændringslov": "compiler.driver.commands.amend:aendringslov_command",
    "indarbejd": "compiler.driver.commands.amend:indarbejd_command",
    "serve": "compiler.driver.commands.serve:serve_command",
    "skema": "compiler.driver.commands.serve:skema_command",
}


class _LovGroup(Group):
    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Run in the language the command line asks for (`--sprog`, else ``$LOV_SPROG``)."""
        argv = list(sys.argv[1:] if args is None else args)
        with using(language_of(argv)):
            return super().main(argv, *rest, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CalendarError as error:  # the input's dates and the law's periods leave the calendar
            click.echo(f"lov: {t(str(error), error.english)}", err=True)
            ctx.exit(2)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS and name not in self.commands:
            module, attr = COMMANDS[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)


@click.group(cls=_LovGroup, context_settings={"help_option_names": ["-h", "--help"]},
             help_en="lov — legislation as code: check, format, compile, test and compare .lov files. "
                     "Every command takes --sprog en (or LOV_SPROG=en) for English.")
@click.version_option(__version__, prog_name="lov", cls=Option, help="Vis versionen og afslut.",
                      help_en="Show the version and exit.")
def main() -> None:
    """lov — lovgivning som kode: kontrollér, formatér, oversæt, test og sammenlign .lov-filer.
    Alle kommandoer tager --sprog en (eller LOV_SPROG=en) for engelsk."""


def run() -> None:
    """Entry point with the last line of defence: no traceback for the user."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # pragma: no cover - only reached by a bug
        click.echo(t(f"lov: intern fejl ({type(error).__name__}: {error}); rapportér den gerne med inputfilen",
                     f"lov: internal error ({type(error).__name__}: {error}); please report it with the input file"),
                   err=True)
        sys.exit(3)


if __name__ == "__main__":
    run()
