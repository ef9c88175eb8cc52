"""Reading .lov files: UTF-8 with or without BOM, LF or CRLF; problems become diagnostics."""

from __future__ import annotations

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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return SourceFile(path, text, (diagnostic("F003", Span(path, 1, 1, 1, 1)),))
    return SourceFile(path, text)


def read_source(path: str) -> SourceFile:
    """Read one file. A missing or unreadable file raises :class:`InputError`."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(diagnostic("F001", Span(path, 1, 1, 1, 1), path=path, reason=error.strerror or str(error)))
    return decode(data, path)


def expand_paths(paths: list[str], pattern: str = "*.lov") -> list[str]:
    """Files as given; directories searched recursively for ``pattern``, sorted."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(str(f) for f in path.rglob(pattern) if f.is_file())
            if not found:
                raise InputError(diagnostic("F004", Span(p, 1, 1, 1, 1), path=p))
            out.extend(found)
        elif not path.exists():
            raise InputError(diagnostic("F001", Span(p, 1, 1, 1, 1), path=p, reason="findes ikke"))
        else:
            out.append(p)
    return out
