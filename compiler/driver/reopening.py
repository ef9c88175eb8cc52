"""Diagnostics kept between editor sessions: a large law opened again shows them at once.

Opening a 5,000-§ law means parsing and analysing all of it, seconds of Python. When the text,
the file's name, its configuration, the language and position units of the messages and lov
itself (the files of its packages) are those of an earlier analysis, so are the diagnostics:
the language server publishes the kept ones with the document's version as soon as it is
opened, and the analysis that follows (which hover, the outline and edits need) publishes its
own, the same. When only the text has changed since (a pull, another editor), the kept
diagnostics of the chunks it still has (the parser's chunks, by a fingerprint of each) are
published at once without a version, moved to where those chunks now stand: provisional, as
the diagnostics moved along with an edit are, until the analysis's own arrive.

One JSON file per document (named by a hash of the document's file name, so a law's entry is
replaced as it changes) in ``$LOV_CACHE_DIR``, else ``$XDG_CACHE_HOME/lov``, else
``~/.cache/lov``; ``LOV_NO_CACHE=1`` turns it off. An entry that cannot be read or holds
anything else is a miss; one that cannot be written is logged and skipped. Nothing in an entry
is executed: it is JSON, structured as LSP diagnostics.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Mapping, Sequence

import attrs
from lsprotocol import types as lsp
from lsprotocol.converters import get_converter

import compiler
import dsl
import grammar
from dsl.parser import split_chunks

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


#: A diagnostic as the server keeps it: the LSP diagnostic, and whether the parser reported it.
Shown = tuple[lsp.Diagnostic, bool]


@attrs.frozen
class Kept:
    """What was kept for a document: its diagnostics, ``exact`` when kept for this very text;
    otherwise those of an earlier text in the chunks both texts have, moved to where each
    chunk now stands (provisional, like the diagnostics moved along with an edit)."""

    diagnostics: list[Shown]
    exact: bool


def _chunks(text: str) -> list[tuple[int, str]]:
    """The first line (0-based) and a fingerprint of each chunk of ``text`` (the parser's chunks)."""
    return [(line, hashlib.blake2b(chunk.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest())
            for line, _, chunk in split_chunks(text)]


class DiagnosticsCache:
    """The kept diagnostics of documents, one entry per document."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def context(self, file: str, *context: str) -> str:
        """What the diagnostics depend on besides the text, as one hash: the file's name, lov's
        build and the ``context`` (the configuration, the language, the position units)."""
        parts = [FORMAT, build(), file, *context]
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()

    def _entry(self, file: str) -> Path:
        return self.directory / (hashlib.sha256(file.encode("utf-8", "surrogatepass")).hexdigest()[:32] + ".json")

    def load(self, file: str, context: str, text: str) -> Kept | None:
        """What was kept for ``file`` in ``context``, for ``text`` or an earlier text; None if nothing."""
        try:
            entry = json.loads(self._entry(file).read_text(encoding="utf-8"))
            if not isinstance(entry, dict) or entry.get("context") != context:
                return None
            kept = [(_converter.structure(item["diagnostic"], lsp.Diagnostic), item["syntax"] is True)
                    for item in entry["diagnostics"]]
            if entry["text"] == _digest(text):
                return Kept(kept, True)
            before = [(int(line), str(fingerprint)) for line, fingerprint in entry["chunks"]]
            return Kept(_moved(kept, before, _chunks(text)), False)
        except FileNotFoundError:
            return None
        except Exception as error:  # a damaged or foreign entry is a miss, never a failure
            log.info("det gemte til %s bruges ikke: %s", file, error)
            return None

    def store(self, file: str, context: str, text: str, diagnostics: Sequence[Shown]) -> None:
        """Keep the diagnostics of ``file``'s ``text`` (replacing what was kept for it)."""
        entry: dict[str, Any] = {
            "context": context,
            "file": file,
            "text": _digest(text),
            "chunks": _chunks(text),
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


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _moved(kept: list[Shown], before: list[tuple[int, str]], now: list[tuple[int, str]]) -> list[Shown]:
    """The diagnostics of the chunks ``before`` (first line, fingerprint) that ``now`` has too,
    moved to their first lines now; the k-th of identical chunks goes to the k-th."""
    places: dict[str, list[int]] = {}
    for line, fingerprint in reversed(now):
        places.setdefault(fingerprint, []).append(line)
    moves: dict[int, int] = {}
    for line, fingerprint in before:
        there = places.get(fingerprint)
        if there:
            moves[line] = there.pop()
    starts = [line for line, _ in before]
    out: list[Shown] = []
    for diagnostic, syntax in kept:
        moved = moved_with_chunk(diagnostic, starts, moves)
        if moved is not None:
            out.append((moved, syntax))
    return out


def moved_with_chunk(diagnostic: lsp.Diagnostic, starts: list[int], moves: Mapping[int, int]) -> lsp.Diagnostic | None:
    """``diagnostic`` moved as the chunk it stands in has moved (``starts``: the chunks' first lines
    then, in order; ``moves``: a chunk's first line then → now), None when that chunk is gone.
    Also how the language server moves its diagnostics along with an edit."""
    row = diagnostic.range.start.line
    chunk = starts[max(bisect.bisect_right(starts, row) - 1, 0)] if starts else 0
    if chunk not in moves:
        return None
    delta = moves[chunk] - chunk
    old = diagnostic.range
    return attrs.evolve(diagnostic, range=lsp.Range(
        start=lsp.Position(line=old.start.line + delta, character=old.start.character),
        end=lsp.Position(line=old.end.line + delta, character=old.end.character)))
