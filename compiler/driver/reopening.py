"""Diagnostics kept between editor sessions: a large law opened again shows them at once.

Opening a 5,000-§ law means parsing and analysing all of it, seconds of Python. When the text,
the file's name, its configuration, the language and position units of the messages and lov
itself (the files of its packages) are those of an earlier analysis, so are the diagnostics:
the language server publishes the kept ones with the document's version as soon as it is
opened, and the analysis that follows (which hover, the outline and edits need) publishes its
own, the same.

One JSON file per document (named by a hash of the document's file name, so a law's entry is
replaced as it changes) in ``$LOV_CACHE_DIR``, else ``$XDG_CACHE_HOME/lov``, else
``~/.cache/lov``; ``LOV_NO_CACHE=1`` turns it off. An entry that cannot be read or holds
anything else is a miss; one that cannot be written is logged and skipped. Nothing in an entry
is executed: it is JSON, structured as LSP diagnostics.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from lsprotocol.converters import get_converter

import compiler
import dsl
import grammar

log = logging.getLogger("lov.lsp")

#: The layout of an entry; a new layout makes every older entry a miss.
FORMAT = 1
_converter = get_converter()


@functools.cache
def build() -> str:
    """A hash of lov's own files: diagnostics kept by another build of lov are not used."""
    digest = hashlib.sha256()
    for package in (dsl, compiler, grammar):
        root = Path(package.__file__).parent  # type: ignore[arg-type]
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root.parent).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def directory_from_environment() -> Path | None:
    """Where entries are kept, or None when the cache is turned off."""
    if os.environ.get("LOV_NO_CACHE", "").strip().lower() in ("1", "true", "ja", "yes"):
        return None
    chosen = os.environ.get("LOV_CACHE_DIR") or ""
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME") or ""
    return (Path(xdg) if xdg else Path.home() / ".cache") / "lov"


class DiagnosticsCache:
    """The kept diagnostics of documents, each with the flag the server keeps beside it (the
    parser reported it)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def key(self, file: str, text: str, *context: str) -> str:
        """What the diagnostics of ``text`` depend on, as one hash: the file's name, the text,
        lov's build and the ``context`` (the configuration, the language, the position units)."""
        parts = [FORMAT, build(), file, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), *context]
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()

    def _entry(self, file: str) -> Path:
        return self.directory / (hashlib.sha256(file.encode("utf-8", "surrogatepass")).hexdigest()[:32] + ".json")

    def load(self, file: str, key: str) -> list[tuple[lsp.Diagnostic, bool]] | None:
        """The diagnostics kept for ``file`` under ``key``; None if there are none."""
        try:
            entry = json.loads(self._entry(file).read_text(encoding="utf-8"))
            if not isinstance(entry, dict) or entry.get("key") != key:
                return None
            return [(_converter.structure(item["diagnostic"], lsp.Diagnostic), item["syntax"] is True)
                    for item in entry["diagnostics"]]
        except FileNotFoundError:
            return None
        except Exception as error:  # a damaged or foreign entry is a miss, never a failure
            log.info("det gemte til %s bruges ikke: %s", file, error)
            return None

    def store(self, file: str, key: str, diagnostics: list[tuple[lsp.Diagnostic, bool]]) -> None:
        """Keep the diagnostics of ``file`` under ``key`` (replacing what was kept for it)."""
        entry: dict[str, Any] = {
            "key": key,
            "file": file,
            "diagnostics": [{"diagnostic": _converter.unstructure(d), "syntax": syntax} for d, syntax in diagnostics],
        }
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(suffix=".tmp", dir=self.directory)
        except OSError as error:
            log.warning("diagnoserne til %s kunne ikke gemmes i %s: %s", file, self.directory, error)
            return
        # Written beside the entry and renamed over it: a reader sees the old entry or the new one.
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, self._entry(file))
        except OSError as error:
            log.warning("diagnoserne til %s kunne ikke gemmes i %s: %s", file, self.directory, error)
            with contextlib.suppress(OSError):
                os.unlink(temporary)
