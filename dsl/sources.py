"""Reading .lov files: UTF-8 with or without BOM, LF or CRLF; problems become diagnostics."""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
import sys
from pathlib import Path

import attrs

from dsl.diagnostics import Diagnostic, diagnostic
from dsl.spans import Span


class InputError(Exception):
    """A path that cannot be used at all (missing, unreadable, no .lov files): exit code 2."""

    def __init__(self, diag: Diagnostic) -> None:
        super().__init__(diag.message())
        self.diagnostic = diag


@attrs.frozen
class SourceFile:
    path: str
    text: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


def decode(data: bytes, path: str) -> SourceFile:
    """Bytes → text with LF line ends; an invalid byte is reported where it stands."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        span = Span(path, line, column, line, column + 1, error.start, error.start + 1)
        bad = diagnostic("F002", span, byte=f"{data[error.start]:02x}", offset=error.start)
        return SourceFile(path, None, (bad,))
    return text_source(text, path)


def text_source(text: str, path: str) -> SourceFile:
    """A decoded text as :func:`decode` gives it: LF line ends; F003 when it holds nothing."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        return SourceFile(path, text, (diagnostic("F003", Span(path, 1, 1, 1, 1)),))
    return SourceFile(path, text)


#: The largest file `lov` reads: a law of a thousand times the size of today's act still fits.
MAX_BYTES = 256 * 1024 * 1024


#: How standard input is named: given as `-` on the command line, in diagnostics as this.
STDIN = "<standard input>"


def read_source(path: str) -> SourceFile:
    """Read one file (:data:`STDIN` or `-`: standard input, read once). A missing or unreadable
    file, or one that is not a regular file (a device such as /dev/zero, a pipe) or is larger
    than :data:`MAX_BYTES`, raises :class:`InputError`."""
    if path in ("-", STDIN):
        return _read_stdin()
    where = Span(path, 1, 1, 1, 1)
    try:
        with open(path, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(diagnostic("F001", where, path=path, reason="det er ikke en almindelig fil",
                                            reason_en="it is not a regular file"))
            data = f.read(MAX_BYTES + 1)
    except OSError as error:
        da, en = os_reason(error)
        raise InputError(diagnostic("F001", where, path=path, reason=da, reason_en=en))
    if len(data) > MAX_BYTES:
        raise InputError(diagnostic("F001", where, path=path, reason=f"filen er større end {MAX_BYTES // 2**20} MiB",
                                    reason_en=f"the file is larger than {MAX_BYTES // 2**20} MiB"))
    return decode(data, path)


#: The operating system's reasons a person meets most, in Danish; others are shown as the system says.
_REASONS_DA = {
    errno.ENOENT: "findes ikke",
    errno.EACCES: "adgang nægtet",
    errno.EPERM: "handlingen er ikke tilladt",
    errno.EISDIR: "det er en mappe",
    errno.ENOTDIR: "en del af stien er ikke en mappe",
    errno.ENOSPC: "der er ikke mere plads på disken",
    errno.EROFS: "filsystemet er skrivebeskyttet",
    errno.ENAMETOOLONG: "navnet er for langt",
    errno.ELOOP: "for mange symbolske links",
}


def os_reason(error: OSError) -> tuple[str, str]:
    """Why the operating system refused, in Danish and in English."""
    en = error.strerror or str(error)
    return _REASONS_DA.get(error.errno or 0, en), en


def _read_stdin() -> SourceFile:
    where = Span(STDIN, 1, 1, 1, 1)
    try:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    except (OSError, ValueError, AttributeError) as error:  # closed, or no byte stream
        raise InputError(diagnostic("F001", where, path=STDIN, reason=str(error), reason_en=str(error))) from None
    if len(data) > MAX_BYTES:
        raise InputError(diagnostic("F001", where, path=STDIN, reason=f"den er større end {MAX_BYTES // 2**20} MiB",
                                    reason_en=f"it is larger than {MAX_BYTES // 2**20} MiB"))
    return decode(data, STDIN)


def expand_paths(paths: list[str], pattern: str = "*.lov") -> list[str]:
    """Files as given (`-`: standard input, as :data:`STDIN`); directories searched recursively
    for ``pattern``, sorted."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p in ("-", STDIN):
            out.append(STDIN)
        elif path.is_dir():
            found = sorted(_files_below(p, pattern))
            if not found:
                raise InputError(diagnostic("F004", Span(p, 1, 1, 1, 1), path=p))
            out.extend(found)
        elif not path.exists():
            raise InputError(diagnostic("F001", Span(p, 1, 1, 1, 1), path=p, reason="findes ikke",
                                             reason_en="no such file"))
        else:
            out.append(p)
    return out


def _files_below(directory: str, pattern: str) -> list[str]:
    """Every file matching ``pattern`` below ``directory``. A subdirectory that cannot be read is
    an :class:`InputError` (exit 2), never silently skipped — a CI step would pass on nothing."""

    def refuse(error: OSError) -> None:
        where = error.filename or directory
        da, en = os_reason(error)
        raise InputError(diagnostic("F001", Span(str(where), 1, 1, 1, 1), path=str(where), reason=da, reason_en=en))

    out: list[str] = []
    for root, dirs, files in os.walk(directory, onerror=refuse):
        dirs.sort()
        out.extend(os.path.join(root, f) for f in files if fnmatch.fnmatch(f, pattern)
                   and os.path.isfile(os.path.join(root, f)))
    return out
