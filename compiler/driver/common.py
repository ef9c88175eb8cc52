"""What every command shares: the `--sprog` option, writing output, and turning the stages'
typed errors into messages and exit codes (2 for usage and input/output, 1 for a law with
errors). Exit codes: 0 no findings, 1 findings or failures, 2 usage or I/O, 3 a bug."""

from __future__ import annotations

import contextlib
import datetime
import errno
import os
import re
import stat
import sys
import tempfile
from typing import Any, Callable, NoReturn

import click

from compiler.driver.bilingual import ENVIRONMENT, option
from compiler.pipeline import LawError, Prover, load_law
from compiler.prove import DEFAULT_TIMEOUT, prove
from dsl import model as m
from dsl.config import Config, ConfigError, load_config
from dsl.language import LANGUAGES, t
from dsl.render import render_text
from dsl.sources import InputError, os_reason
from dsl.terminal import printable, shorten


def sprog_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`--sprog da|en` (or ``$LOV_SPROG``): the language of messages, reports and help. The
    command line sets it before any command runs (:func:`compiler.driver.bilingual.language_of`);
    the option is declared on every command so that click accepts and validates it."""
    return option(
        "--sprog", type=click.Choice(LANGUAGES), default="da", show_default=True, envvar=ENVIRONMENT,
        expose_value=False, help="Sprog for meddelelser, rapporter og hjælp (da eller en).",
        en="Language of messages, reports and help (da or en).",
    )(fn)


#: Seeds are whole numbers from 0 (NumPy's and random's common range); populations are capped so
#: that a typo (--population 10**18) is a usage error, not a machine that runs out of memory.
MAX_SEED = 2**32 - 1
MAX_DIFF_POPULATION = 1_000_000
MAX_IMPACT_POPULATION = 50_000_000


def seed_option(help: str, en: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--seed S`: the same rule in every command that draws citizens."""
    return option("--seed", type=click.IntRange(0, MAX_SEED), default=0, show_default=True, help=help, en=en)


def population_option(*names: str, default: int, minimum: int, maximum: int,
                      help: str, en: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--population N`: how many citizens to draw, from ``minimum`` to a cap."""
    return option(*names, type=click.IntRange(minimum, maximum), default=default, show_default=True,
                  help=help, en=en)


def say(text: str, *, err: bool = False, nl: bool = True) -> None:
    """Print human-readable text; control characters from the input are shown as escapes."""
    click.echo(printable(text), err=err, nl=nl)


def fail_input(message: str) -> NoReturn:
    """Report a usage or input/output problem and exit 2."""
    say(f"lov: {message}", err=True)
    sys.exit(2)


def iso_date(value: str | None, name: str) -> datetime.date | None:
    """A command-line date (ÅÅÅÅ-MM-DD), or exit 2 naming the option."""
    if value is None:
        return None
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    fail_input(t(f"{name} skal være en dato (ÅÅÅÅ-MM-DD), fik {shorten(value)!r}",
                 f"{name} must be a date (YYYY-MM-DD), got {shorten(value)!r}"))


def config_or_exit(start: str = ".") -> Config:
    """The `[tool.lov]` configuration; an unreadable one exits 2."""
    try:
        return load_config(start)
    except ConfigError as error:
        fail_input(str(error))


def write_output(text: str, output: str | None, *, plain_text: bool = False) -> None:
    """Print ``text``, or write it to the file ``output`` (exit 2 if it cannot be written).
    ``plain_text`` output (a text report, not JSON, HTML or source code) has control characters
    from the input shown as escapes, so a law cannot rewrite what a terminal shows."""
    if plain_text:
        text = printable(text)
    if output is None:
        click.echo(text, nl=False)
        return
    write_file(output, text)


def write_file(path: str, text: str) -> None:
    """Write ``text`` to ``path`` atomically: into a temporary file beside it, flushed to disk,
    then renamed over it, keeping an existing file's permissions. A full disk or a read-only
    file leaves the original untouched and exits 2 with the reason."""
    target = os.path.abspath(path)
    directory = os.path.dirname(target)
    temporary = None
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode) if os.path.exists(target) else None
        if mode is not None and (not mode & 0o222 or not os.access(target, os.W_OK)):  # read-only, even for root
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        fd, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        da, en = os_reason(error)
        fail_input(t(f"kan ikke skrive {path}: {da}", f"cannot write {path}: {en}"))
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def law_or_exit(path: str) -> m.Law:
    """The law model of ``path`` for evaluation: exit 2 if it cannot be read, 1 (with the errors
    on standard error) if it has errors."""
    try:
        return load_law(path)
    except InputError as error:
        fail_input(error.diagnostic.message())
    except LawError as error:
        say(render_text(error.diagnostics, {path: error.text}), err=True, nl=False)
        if error.unreadable:
            sys.exit(2)
        say(t(f"lov: {path} har fejl og kan ikke evalueres; ret dem først (se lov check)",
              f"lov: {path} has errors and cannot be evaluated; fix them first (see lov check)"), err=True)
        sys.exit(1)


def solver_for(config: Config, strict: bool, timeout: float | None,
               stale: Callable[[], bool] | None = None) -> Prover:
    """The solver's checks as configured: the time limit per question, and K007 with
    ``--strict`` or when `select` names it. ``stale`` stops the proof (:class:`Cancelled`)."""
    seconds = timeout if timeout is not None else float(config.threshold("solver_timeout", int(DEFAULT_TIMEOUT)))
    no_rule = strict or "K007" in config.select
    return lambda law: prove(law, timeout=seconds, no_rule=no_rule, stale=stale)
