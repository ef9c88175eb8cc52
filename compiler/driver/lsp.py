"""`lov lsp`: the language server (pygls, JSON-RPC over stdio).

A thin shell over the pipeline, like the command line:

- diagnostics on open and change: :func:`compiler.pipeline.analyse_parsed`, so the codes, spans
  and messages are those of `lov check` (same configuration, same suppressions); the solver's
  findings (K002-K008, :mod:`compiler.prove`) follow from a thread of their own once the exact
  diagnostics are out and the document has rested :data:`PROVE_AFTER` seconds, published again
  with the same version (a proof of an older text, or one running at shutdown, stops at its
  next question or result);
- hover on a `begreb`, `resultat` or `målgruppe` (its declaration and meaning) and on a
  `jf. § N` / `undtagelse til § N` reference (the provision's text);
- go to definition for names and references; the document outline (kapitel → § → stk.);
- completion of keywords and declared names; formatting through `lov fmt`'s formatter;
- an amending act (`*.ændringslov.txt`) gets the diagnostics `lov indarbejd` gives for it against
  the `.lov` file beside it that it names (:mod:`compiler.amend.check`), on open, change and save.

After a change (at once when it ends a quiet spell; in a burst of changes, once :data:`DEBOUNCE`
seconds pass without another, so a burst is handled once) the server re-parses only the
chunks that changed (:mod:`dsl.incremental`), on its own thread; requests always see the
current text and tree. Resolving and checking the whole law then runs on a worker thread,
and its diagnostics are published with the document's version. A newly opened document is
first parsed on the worker too; a hover or go-to-definition meanwhile is answered from a
glance at the text (the chunk at the position and the declarations or §§ it needs); a large
document whose text was analysed before (in this or an earlier session) shows that analysis's
diagnostics at once (:mod:`compiler.driver.reopening`). When
that analysis is slow (a large law: over :data:`PROVISIONAL_AFTER` seconds last time), the
server first publishes, without a version, the diagnostics it already had, moved along with
the edit (those in changed chunks replaced by the parser's): provisional, until the exact
ones arrive. A broken document never stops the server: the analysis does not raise
on bad input, and a bug in a handler is logged and answered with an empty result.

Initialisation options: ``{"sprog": "en"}`` for English messages and hovers (default: `--sprog`);
``{"provisional_after": seconds}`` to change when provisional diagnostics are sent;
``{"prove_after": seconds}`` for how long the document must rest before the solver starts;
``{"keep_from_lines": n}`` for how long a document must be to keep its diagnostics for the next
opening (:mod:`compiler.driver.reopening`; ``LOV_NO_CACHE=1`` turns that off).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import logging
import sys
import threading
import time
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO, Callable, TypeVar
from urllib.parse import unquote, urlparse

import attrs
from lsprotocol import types as lsp
from pygls.io_ import StdinAsyncReader, StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.exceptions import JsonRpcInternalError
from pygls.protocol import LanguageServerProtocol
from pygls.workspace import TextDocument

from compiler.amend.check import act_diagnostics, is_act
from compiler.driver import framing
from compiler.driver.bilingual import command, option
from compiler.driver.common import solver_for, sprog_option
from compiler.driver.documents import use_lov_documents
from compiler.driver.reopening import DiagnosticsCache, directory_from_environment, moved_with_chunk
from compiler.prove import Cancelled
from compiler.pipeline import Analysis, analyse_parsed, filtered
from dsl import __version__, ast
from dsl.config import Config, ConfigError, load_config
from dsl.diagnostics import Diagnostic, Severity
from dsl.incremental import IncrementalParser
from dsl.language import current, using
from dsl.model import Law
from dsl.navigation import (
    Index,
    Position,
    Symbol,
    Target,
    completions,
    glance,
    hover,
    outline,
    target_at,
)
from dsl.nogc import paused_gc
from dsl.parser import ParseResult, prepare
from dsl.resolver import RuleCache
from dsl.sources import SourceFile, decode, text_source
from dsl.spans import Span

DEBOUNCE = 0.05  # seconds of quiet after a change before it is analysed
PROVISIONAL_AFTER = 0.25  # an analysis slower than this: send moved diagnostics first
PROVE_AFTER = 0.5  # seconds without a change after the exact diagnostics before the solver starts
KEEP_FROM_LINES = 2000  # documents this long keep their diagnostics for the next opening
KEEP_AFTER = 1.0  # seconds without a change after an analysis before its diagnostics are kept
log = logging.getLogger("lov.lsp")

_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}
_SYMBOL_KIND = {
    "kapitel": lsp.SymbolKind.Namespace,
    "§": lsp.SymbolKind.Module,
    "stk.": lsp.SymbolKind.Field,
    "begreb": lsp.SymbolKind.Variable,
    "resultat": lsp.SymbolKind.Function,
    "målgruppe": lsp.SymbolKind.Class,
    "testsag": lsp.SymbolKind.Event,
}
_COMPLETION_KIND = {
    "keyword": lsp.CompletionItemKind.Keyword,
    "begreb": lsp.CompletionItemKind.Variable,
    "resultat": lsp.CompletionItemKind.Function,
    "målgruppe": lsp.CompletionItemKind.Class,
}


@attrs.frozen
class _Shown:
    """A diagnostic as sent to the editor; ``syntax`` if the parser reported it."""

    diagnostic: lsp.Diagnostic
    syntax: bool


@attrs.define
class _State:
    """One open document: its parser cache, its latest parse and its latest analysis."""

    file: str
    parser: IncrementalParser
    config: Config
    rules: RuleCache = attrs.field(factory=RuleCache)  # resolved rules, reused while unchanged
    version: int | None = None  # the version parsed
    text: str = ""
    lines: list[str] = attrs.field(factory=list)
    parsed: ParseResult | None = None
    empty: tuple[Diagnostic, ...] = ()  # what `lov check` says about an empty file
    law: Law | None = None  # the model of the latest analysis (possibly of an older version)
    index: Index | None = None
    shown: list[_Shown] = attrs.field(factory=list)  # the diagnostics in the editor, moved along with edits
    published: int | None = None  # the version whose exact diagnostics were sent
    seconds: float = 0.0  # how long the latest analysis took
    timer: asyncio.TimerHandle | None = None  # pending while a burst of changes goes on
    changed: float = float("-inf")  # the event loop's time of the last change
    opening: bool = False  # the first parse runs on the worker; the parser is the worker's until it ends
    edits: int = 0  # changes received: a proof of an earlier text stops at its next question
    #: The last analysis's diagnostics until they are kept for the next opening: (what they are kept
    #: under besides the text, the text, the diagnostics).
    unkept: tuple[str, str, list[tuple[lsp.Diagnostic, bool]]] | None = None
    #: The outline's JSON per symbol, by the symbol's id (:func:`dsl.navigation.outline` gives an
    #: unchanged item the same symbol, whose span the incremental parser moves in place):
    #: (symbol, where its span stood, JSON) — reused while the symbol stands where it stood.
    symbols: dict[int, tuple[Symbol, tuple[int, int, int, int], str]] = attrs.field(factory=dict)


def file_of(uri: str) -> str:
    """A file path for `file:` URIs (as `lov check` names it), the URI itself otherwise."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        path = unquote(parsed.path)
        try:
            return str(Path(path).relative_to(Path.cwd()))
        except ValueError:
            return path
    return uri


def line_units(lines: list[str], document: TextDocument, line: int, column: int) -> tuple[int, int]:
    """Span line/column (1-based, code points) in ``lines`` → LSP (line, character), 0-based in the
    client's units."""
    row = line - 1
    text = lines[row] if 0 <= row < len(lines) else ""
    prefix = text[: column - 1]
    character = len(prefix) if prefix.isascii() else client_units(prefix, document.position_codec.encoding)
    return max(row, 0), max(character, 0)


def span_range(lines: list[str], document: TextDocument, span: Span) -> lsp.Range:
    """A span of ``lines`` as an LSP range in the client's units."""
    start = line_units(lines, document, span.line, span.column)
    end = line_units(lines, document, span.end_line, span.end_column)
    return lsp.Range(start=lsp.Position(line=start[0], character=start[1]),
                     end=lsp.Position(line=end[0], character=end[1]))


def to_lsp(d: Diagnostic, lines: list[str], document: TextDocument, sprog: str) -> lsp.Diagnostic:
    """A diagnostic of ``lines`` as the editor is sent it (for a law and for an amending act)."""
    return lsp.Diagnostic(range=span_range(lines, document, d.span), severity=_SEVERITY[d.severity], code=d.code,
                          source="lov", message=d.message(sprog))


def client_units(text: str, encoding: str | None) -> int:
    """The length of ``text`` in the client's position units (UTF-16 unless agreed otherwise)."""
    if encoding == lsp.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == lsp.PositionEncodingKind.Utf32:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _decoded(document: TextDocument, file: str) -> SourceFile:
    """The editor's text as `lov check` reads the file (LF line ends; invalid bytes reported)."""
    source = document.source
    try:
        source.encode("utf-8")  # no lone surrogates: the text is what the file's bytes decode to
    except UnicodeEncodeError:
        return decode(source.encode("utf-8", "surrogatepass"), file)
    return text_source(source.removeprefix("\ufeff"), file)


def _prove(law: Law, config: Config, tree: ast.Law, stale: Callable[[], bool]) -> list[Diagnostic] | None:
    """The solver's findings, as `lov check` gives them (on the proving thread), or None when
    the document changed meanwhile (checked between questions, so a proof never holds up the
    next analysis)."""
    try:
        found = list(solver_for(config, False, None, stale)(law))
    except Cancelled:
        return None
    return filtered(found, config, tree)[0]


def _analyse(
    parsed: ParseResult, text: str, file: str, config: Config, rules: RuleCache
) -> tuple[Analysis, float]:
    """Resolve and check (the worker thread's job); also how long it took."""
    t0 = time.perf_counter()
    # The model of a large law is millions of objects that live until the next edit (as the
    # parser's trees, :class:`dsl.incremental.IncrementalParser`): out of the collector's sight,
    # no collection scans them again (a full one took most of a second, just when the editor
    # asks for hovers). Refcounting still frees them.
    with paused_gc(keep=True):
        analysis = analyse_parsed(parsed, text, file, config, rules)
    return analysis, time.perf_counter() - t0


class LovServer(LanguageServer):
    """The `.lov` language server."""

    def __init__(self) -> None:
        super().__init__("lov", __version__, protocol_cls=_Protocol)
        self.states: dict[str, _State] = {}
        self.sprog = "da"
        self.provisional_after = PROVISIONAL_AFTER
        self.prove_after = PROVE_AFTER
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lov-analyse")
        self.proving = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lov-bevis")
        self.closing = False  # set on shutdown: a running proof stops at its next question
        self.acts: dict[str, str] = {}  # open amending acts: URI → file (:mod:`compiler.amend.check`)
        directory = directory_from_environment()
        self.kept = DiagnosticsCache(directory) if directory is not None else None
        self.keep_from_lines = KEEP_FROM_LINES

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """Serve over stdio with a message loop that finds the next message after a broken frame
        and answers invalid parameters with an error (:mod:`compiler.driver.framing`)."""
        self._stop_event = threading.Event()
        reader = StdinAsyncReader(stdin or sys.stdin.buffer, self.thread_pool)
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))

        def handle(body: bytes) -> None:
            self.protocol.handle_message(json.loads(body, object_hook=self.protocol.structure_message))

        try:
            asyncio.run(framing.serve(self._stop_event, reader, handle, self.protocol._send_data))
        except BrokenPipeError:
            log.error("forbindelsen til editoren er tabt")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.shutdown()

    # ---- parsing (on the server's thread) --------------------------------------------------
    def state(self, uri: str) -> _State | None:
        """The document's state, parsed at its current version (re-parsing what changed)."""
        state = self.states.get(uri)
        if state is None or state.opening:
            return None
        document = self.workspace.get_text_document(uri)
        if state.version == document.version and (state.parsed is not None or state.empty):
            return state
        source = _decoded(document, state.file)
        text = source.text or ""
        state.version, state.text, state.lines = document.version, text, text.split("\n")
        state.empty = source.diagnostics
        if state.empty:
            state.parsed, state.index = None, None
            return state
        before = state.parser.stats.starts
        state.parsed = state.parser.parse(text)
        state.index = Index(state.parsed.law, state.law)
        state.shown = self.moved(state, before, document)
        return state

    def moved(self, state: _State, before: list[int], document: TextDocument) -> list[_Shown]:
        """The diagnostics shown so far, moved to where their chunks now stand (those in changed
        chunks dropped), and the parser's diagnostics of this version."""
        assert state.parsed is not None
        moves = state.parser.stats.moves
        out = [_Shown(self.lsp_diagnostic(state, d, document), True) for d in state.config.apply(list(state.parsed.diagnostics))]
        for shown in state.shown:
            moved = None if shown.syntax else moved_with_chunk(shown.diagnostic, before, moves)
            if moved is not None:
                out.append(_Shown(moved, False))
        return out

    def open(self, uri: str) -> None:
        """Start on a newly opened document: its first parse runs on the worker, so that
        requests meanwhile are answered from a glance at the text (:func:`glance`)."""
        state = self.states[uri]
        document = self.workspace.get_text_document(uri)
        text = _decoded(document, state.file).text
        if not text:
            self.publish(uri)
            return
        context = self.kept_context(state, document, text.count("\n") + 1)
        kept = self.kept.load(state.file, context, text) if self.kept is not None and context is not None else None
        if kept is not None:
            # Opened before as it is: what the analysis gave then, until it gives it again; opened
            # changed: those of the chunks it still has, provisional (without a version).
            state.shown = [_Shown(d, syntax) for d, syntax in kept.diagnostics]
            self.send(uri, state.shown, document.version if kept.exact else None)
        state.opening = True
        future = self.worker.submit(state.parser.parse, text)
        _then(future, guarded(self, None)(self.opened), uri, state)

    def kept_context(self, state: _State, document: TextDocument, lines: int) -> str | None:
        """What the document's diagnostics are kept under besides its text
        (:mod:`compiler.driver.reopening`); None for a short document (of ``lines`` lines), which
        opens fast anyway, or with the cache turned off."""
        if self.kept is None or lines < self.keep_from_lines:
            return None
        return self.kept.context(state.file, repr(state.config), self.sprog, str(document.position_codec.encoding))

    def keep(self, uri: str, state: _State, edits: int | None = None) -> None:
        """Keep the last analysis's diagnostics for the next opening: when the document has rested
        (``edits``: the changes received when it was analysed) or is closed, not at every keystroke."""
        if state.unkept is None or (edits is not None and (state.edits != edits or self.states.get(uri) is not state)):
            return
        if self.kept is not None:
            self.kept.store(state.file, *state.unkept)
        state.unkept = None

    def opened(self, uri: str, state: _State, future: Future[ParseResult]) -> None:
        """The first parse is done: the parser's cache now holds every chunk, so parsing the
        current version (perhaps edited meanwhile) on this thread reuses them."""
        state.opening = False
        if self.states.get(uri) is state:
            future.exception()  # a bug in the parser is logged by the parse on this thread
            self.publish(uri)

    def glance(self, uri: str, position: lsp.Position) -> tuple[_State, TextDocument, Index, Target] | None:
        """The name or reference at a position and what it needs, while the document opens."""
        state = self.states.get(uri)
        if state is None:
            return None
        document = self.workspace.get_text_document(uri)
        text = _decoded(document, state.file).text or ""
        lines = text.split("\n")
        early = attrs.evolve(state, text=text, lines=lines)
        found = glance(text, state.file, self.span_position(early, document, position))
        return None if found is None else (early, document, *found)

    # ---- analysis (resolve and checks, on a worker thread) -----------------------------------
    def publish(self, uri: str) -> None:
        """Send the document's diagnostics: at once those moved along with the edit (for a large
        document, without a version: provisional), then the exact ones from the analysis."""
        state = self.state(uri)
        if state is None or state.published == state.version:
            return
        document = self.workspace.get_text_document(uri)
        version = state.version
        if state.empty:
            state.shown = [_Shown(self.lsp_diagnostic(state, d, document), False) for d in state.empty]
            self.send(uri, state.shown, version)
            state.published = version
            return
        if state.published is not None and state.seconds >= self.provisional_after:
            self.send(uri, state.shown, None)
        parsed, text = state.parsed, state.text
        assert parsed is not None  # state() parsed it: the document is not empty
        future = self.worker.submit(_analyse, parsed, text, state.file, state.config, state.rules)
        _then(future, guarded(self, None)(self.analysed), uri, state, version)

    def analysed(self, uri: str, state: _State, version: int | None, future: Future[tuple[Analysis, float]]) -> None:
        """An analysis is done: publish it unless the document has changed since."""
        if self.states.get(uri) is not state or state.version != version or state.parsed is None:
            return  # stale: a newer version is on its way
        try:
            analysis, state.seconds = future.result()
        except Exception as error:  # a bug in a check: say so in the document, keep serving
            log.error("intern fejl under analysen: %s\n%s", error, traceback.format_exc())
            internal = lsp.Diagnostic(
                range=lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0)),
                message=f"lov kunne ikke analysere filen (intern fejl: {type(error).__name__}); de viste fund er "
                        "ikke opdaterede. Rapportér den gerne med filen.",
                severity=lsp.DiagnosticSeverity.Error, source="lov", code="intern-fejl",
            )
            state.shown = [_Shown(internal, False)]
            self.send(uri, state.shown, version)
            state.published = version
            return
        state.law = analysis.law
        state.index = Index(state.parsed.law, analysis.law)
        document = self.workspace.get_text_document(uri)
        syntax = {(d.code, d.span) for d in state.parsed.diagnostics}
        state.shown = [
            _Shown(self.lsp_diagnostic(state, d, document), (d.code, d.span) in syntax) for d in analysis.diagnostics
        ]
        self.send(uri, state.shown, version)
        state.published = version
        context = self.kept_context(state, document, len(state.lines))
        if context is not None:
            state.unkept = (context, state.text, [(s.diagnostic, s.syntax) for s in state.shown])
            asyncio.get_running_loop().call_later(KEEP_AFTER, guarded(self, None)(self.keep), uri, state, state.edits)
        if analysis.provable and analysis.law is not None:
            # The proof waits for a pause in the typing: on its thread it would take turns with
            # the next edit's analysis for the interpreter (Python runs one thread at a time).
            asyncio.get_running_loop().call_later(
                self.prove_after, guarded(self, None)(self.prove), uri, state, version, state.edits, analysis.law)

    def prove(self, uri: str, state: _State, version: int | None, edits: int, law: Law) -> None:
        """Start the solver on the analysed version, unless the document changed meanwhile."""

        def stale() -> bool:
            return self.closing or state.edits != edits or self.states.get(uri) is not state

        if stale() or state.parsed is None:
            return
        future = self.proving.submit(_prove, law, state.config, state.parsed.law, stale)
        _then(future, guarded(self, None)(self.proved), uri, state, version)

    def proved(self, uri: str, state: _State, version: int | None, future: Future[list[Diagnostic]]) -> None:
        """The solver is done: add its findings to the exact ones, unless the document has changed."""
        if self.states.get(uri) is not state or state.version != version or state.published != version:
            return
        found = future.result()
        if not found:  # nothing found, or stopped because the document changed
            return
        document = self.workspace.get_text_document(uri)
        state.shown = state.shown + [_Shown(self.lsp_diagnostic(state, d, document), False) for d in found]
        self.send(uri, state.shown, version)

    def send(self, uri: str, shown: list[_Shown], version: int | None) -> None:
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[s.diagnostic for s in shown], version=version)
        )

    def check_act(self, uri: str) -> None:
        """Publish an amending act's diagnostics against the law beside it, with its version (an act
        is small and its law read from disk: no chunks, no worker)."""
        document = self.workspace.get_text_document(uri)
        lines = document.source.split("\n")
        with using(self.sprog):
            found = act_diagnostics(document.source, self.acts[uri])
        shown = [to_lsp(d, lines, document, self.sprog) for d in found]
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=shown, version=document.version))

    def schedule(self, uri: str) -> None:
        """Analyse after a change: at once when it ends a quiet spell (a single edit waits for
        nothing), otherwise once :data:`DEBOUNCE` seconds pass without another (a burst of
        keystrokes is analysed once, at its last version)."""
        state = self.states.get(uri)
        if state is None:
            return
        state.edits += 1
        loop = asyncio.get_running_loop()
        now = loop.time()
        burst = state.timer is not None or now - state.changed < DEBOUNCE
        state.changed = now
        if state.timer is not None:
            state.timer.cancel()
        publish = guarded(self, None)(self.publish)
        if burst:
            state.timer = loop.call_later(DEBOUNCE, self._quiet, uri, publish)
        else:
            loop.call_soon(publish, uri)

    def _quiet(self, uri: str, publish: Callable[[str], None]) -> None:
        state = self.states.get(uri)
        if state is not None:
            state.timer = None
        publish(uri)

    # ---- positions -------------------------------------------------------------------------
    def units(self, state: _State, document: TextDocument, line: int, column: int) -> tuple[int, int]:
        """Span line/column (1-based, code points) → LSP (line, character), 0-based in client units."""
        return line_units(state.lines, document, line, column)

    def lsp_range(self, state: _State, document: TextDocument, span: Span) -> lsp.Range:
        return span_range(state.lines, document, span)

    def span_position(self, state: _State, document: TextDocument, position: lsp.Position) -> Position:
        """LSP position → Span line/column."""
        row = position.line
        text = state.lines[row] if 0 <= row < len(state.lines) else ""
        if text.isascii():
            return (row + 1, position.character + 1)
        server = document.position_codec.position_from_client_units([text], lsp.Position(line=0, character=position.character))
        return (row + 1, server.character + 1)

    def lsp_diagnostic(self, state: _State, d: Diagnostic, document: TextDocument) -> lsp.Diagnostic:
        return to_lsp(d, state.lines, document, self.sprog)

    def symbol_json(self, state: _State, document: TextDocument, symbol: Symbol,
                    used: dict[int, tuple[Symbol, tuple[int, int, int, int], str]]) -> str:
        """A `DocumentSymbol` as JSON text: its whole span, and its first line as the selection.
        A symbol that stands where it stood in the last outline is taken from it: its chunk is
        unchanged and on the same lines, and so are its children."""
        span = symbol.span
        where = (span.line, span.column, span.end_line, span.end_column)
        cached = state.symbols.get(id(symbol))
        if cached is not None and cached[0] is symbol and cached[1] == where:
            used[id(symbol)] = cached
            return cached[2]
        first_line_end = len(state.lines[span.line - 1]) + 1 if span.line - 1 < len(state.lines) else span.column

        def position(line: int, column: int) -> dict[str, int]:
            row, character = self.units(state, document, line, column)
            return {"line": row, "character": character}

        start = position(span.line, span.column)
        out: dict[str, Any] = {
            "name": symbol.name,
            "kind": int(_SYMBOL_KIND[symbol.kind]),
            "range": {"start": start, "end": position(span.end_line, span.end_column)},
            "selectionRange": {"start": start, "end": position(
                span.line, span.end_column if span.end_line == span.line else first_line_end)},
        }
        if symbol.detail:
            out["detail"] = symbol.detail
        text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
        if symbol.children:
            children = ",".join(self.symbol_json(state, document, c, used) for c in symbol.children)
            text = f'{text[:-1]},"children":[{children}]}}'
        used[id(symbol)] = (symbol, where, text)
        return text

T = TypeVar("T")


def _then(future: Future[Any], callback: Callable[..., Any], *args: Any) -> None:
    """Run ``callback(*args, future)`` on the server's event loop once ``future`` is done; not at
    all when the loop has closed meanwhile (a worker finishing after shutdown)."""
    loop = asyncio.get_running_loop()

    def done(f: Future[Any]) -> None:
        try:
            loop.call_soon_threadsafe(functools.partial(callback, *args, f))
        except RuntimeError:  # the loop is closed: the server has stopped
            pass

    future.add_done_callback(done)


def guarded(server: LovServer, fallback: Any) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A handler that logs a bug and answers ``fallback`` instead of failing the request."""

    def wrap(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def run(*args: Any) -> T:
            try:
                return fn(*args)
            except Exception as error:  # a bug: keep serving the other documents and requests
                log.error("intern fejl i %s: %s\n%s", fn.__name__, error, traceback.format_exc())
                try:
                    server.window_log_message(
                        lsp.LogMessageParams(type=lsp.MessageType.Error, message=f"lov: intern fejl ({type(error).__name__}: {error})")
                    )
                except Exception:
                    pass
                return fallback  # type: ignore[no-any-return]

        return run

    return wrap


def _config_for(file: str) -> Config:
    path = Path(file)
    if not path.is_absolute() and not path.exists():
        return Config()
    try:
        return load_config(path.parent if path.parent.exists() else ".")
    except ConfigError as error:
        log.warning("%s", error)
        return Config()


class RawJson(str):
    """A result already written as JSON text, sent as it is (:class:`_Protocol`): pygls walks
    every response through cattrs and json.dumps, which for the outline of a 5,000-§ law took
    most of its time."""


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, with a :class:`RawJson` result written into the response unchanged."""

    def _send_data(self, data: Any) -> None:
        result = getattr(data, "result", None)
        if not isinstance(result, RawJson) or self.writer is None:
            super()._send_data(data)
            return
        body = f'{{"jsonrpc":"2.0","id":{json.dumps(data.id)},"result":{result}}}'.encode("utf-8")
        header = f"Content-Length: {len(body)}\r\nContent-Type: {self.CONTENT_TYPE}; charset={self.CHARSET}\r\n\r\n"
        try:
            written = self.writer.write(header.encode("ascii") + body)
            if inspect.isawaitable(written):
                asyncio.ensure_future(written)
        except BrokenPipeError:
            raise  # as pygls: the editor is gone, and the server stops
        except Exception as error:  # as pygls: logged and reported, the server keeps serving
            log.error("svaret kunne ikke sendes: %s", error)
            self._server._report_server_error(error, JsonRpcInternalError)


def create_server() -> LovServer:
    """A server with every feature registered."""
    server = LovServer()

    @server.feature(lsp.INITIALIZE)
    @guarded(server, None)
    def initialize(ls: LovServer, params: lsp.InitializeParams) -> None:
        prepare()  # this thread's parser, for glances while the worker parses a document
        use_lov_documents(ls.workspace)  # edits applied where the client means them, by offsets
        options = params.initialization_options
        if not isinstance(options, dict):
            return
        if options.get("sprog") in ("da", "en"):
            ls.sprog = options["sprog"]
        if isinstance(options.get("provisional_after"), (int, float)):
            ls.provisional_after = float(options["provisional_after"])
        if isinstance(options.get("prove_after"), (int, float)):
            ls.prove_after = max(float(options["prove_after"]), 0.0)
        if isinstance(options.get("keep_from_lines"), int):
            ls.keep_from_lines = options["keep_from_lines"]

    @server.feature(lsp.SHUTDOWN)
    @guarded(server, None)
    def shutdown(ls: LovServer, params: None) -> None:
        ls.closing = True
        for uri, state in ls.states.items():
            ls.keep(uri, state)
        ls.worker.shutdown(wait=False, cancel_futures=True)
        ls.proving.shutdown(wait=False, cancel_futures=True)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    @guarded(server, None)
    def did_open(ls: LovServer, params: lsp.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        file = file_of(uri)
        if is_act(file):
            ls.acts[uri] = file
            ls.check_act(uri)
            return
        ls.states[uri] = _State(file, IncrementalParser(file), _config_for(file))
        ls.open(uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    @guarded(server, None)
    def did_change(ls: LovServer, params: lsp.DidChangeTextDocumentParams) -> None:
        if params.text_document.uri in ls.acts:
            ls.check_act(params.text_document.uri)
            return
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    @guarded(server, None)
    def did_save(ls: LovServer, params: lsp.DidSaveTextDocumentParams) -> None:
        if params.text_document.uri in ls.acts:
            ls.check_act(params.text_document.uri)
            return
        state = ls.states.get(params.text_document.uri)
        if state is not None:
            state.config = _config_for(state.file)
            state.published = None  # analyse again with the configuration as saved
            ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    @guarded(server, None)
    def did_close(ls: LovServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.acts.pop(params.text_document.uri, None)
        state = ls.states.pop(params.text_document.uri, None)
        if state is not None:
            ls.keep(params.text_document.uri, state)
            if state.timer is not None:
                state.timer.cancel()
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    @guarded(server, None)
    def on_hover(ls: LovServer, params: lsp.HoverParams) -> lsp.Hover | None:
        found = _target(ls, params.text_document.uri, params.position)
        if found is None:
            return None
        state, document, index, target = found
        with using(ls.sprog):
            text = hover(index, state.text, target)
        if text is None:
            return None
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text),
            range=ls.lsp_range(state, document, target.span),
        )

    @server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
    @guarded(server, None)
    def on_definition(ls: LovServer, params: lsp.DefinitionParams) -> lsp.Location | None:
        found = _target(ls, params.text_document.uri, params.position)
        if found is None:
            return None
        state, document, index, target = found
        span = index.definition(target)
        if span is None:
            return None
        return lsp.Location(uri=params.text_document.uri, range=ls.lsp_range(state, document, span))

    @server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    @guarded(server, [])
    def on_symbols(ls: LovServer, params: lsp.DocumentSymbolParams) -> RawJson | list[Any]:
        state = ls.state(params.text_document.uri)
        if state is None or state.index is None:
            return []
        document = ls.workspace.get_text_document(params.text_document.uri)
        used: dict[int, tuple[Symbol, tuple[int, int, int, int], str]] = {}
        with paused_gc(keep=True):  # beside a large tree, a first outline's many objects set off full scans
            out = RawJson("[" + ",".join(ls.symbol_json(state, document, s, used) for s in outline(state.index.tree)) + "]")
        state.symbols = used  # only what this outline has: the symbols of replaced chunks are let go
        return out

    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION)
    @guarded(server, None)
    def on_completion(ls: LovServer, params: lsp.CompletionParams) -> lsp.CompletionList | None:
        state = ls.state(params.text_document.uri)
        if state is None or state.index is None:
            return None
        items = [
            lsp.CompletionItem(label=c.label, kind=_COMPLETION_KIND[c.kind], detail=c.detail or None)
            for c in completions(state.index)
        ]
        return lsp.CompletionList(is_incomplete=False, items=items)

    @server.feature(lsp.TEXT_DOCUMENT_FORMATTING)
    @guarded(server, None)
    def on_formatting(ls: LovServer, params: lsp.DocumentFormattingParams) -> list[lsp.TextEdit] | None:
        from dsl.formatter import format_text

        state = ls.state(params.text_document.uri)
        if state is None:
            return None
        formatted = format_text(state.text, state.file)
        if formatted is None:
            ls.window_show_message(
                lsp.ShowMessageParams(type=lsp.MessageType.Warning, message=(
                    "lov: filen har syntaksfejl og kan ikke formateres" if ls.sprog == "da"
                    else "lov: the file has syntax errors and cannot be formatted"))
            )
            return None
        document = ls.workspace.get_text_document(params.text_document.uri)
        if formatted == document.source:
            return []
        lines = document.source.split("\n")
        end = lsp.Position(line=len(lines) - 1, character=client_units(lines[-1], document.position_codec.encoding))
        return [lsp.TextEdit(range=lsp.Range(start=lsp.Position(line=0, character=0), end=end), new_text=formatted)]

    return server


def _target(ls: LovServer, uri: str, position: lsp.Position) -> tuple[_State, TextDocument, Index, Target] | None:
    """The name or reference at a position, with the index to look it up in."""
    opening = ls.states.get(uri)
    if opening is not None and opening.opening:
        return ls.glance(uri, position)
    state = ls.state(uri)
    if state is None or state.index is None:
        return None
    document = ls.workspace.get_text_document(uri)
    target = target_at(state.index.tree, ls.span_position(state, document, position))
    return None if target is None else (state, document, state.index, target)


@command("lsp", 'Start the language server (Language Server Protocol over stdio) for editors.')
@option("--stdio", is_flag=True, help="Tal JSON-RPC over stdin/stdout (standard; for editorer, der kræver flaget).",
        en='Speak JSON-RPC over stdin/stdout (the default; for editors that require the flag).')
@sprog_option
def lsp_command(stdio: bool) -> None:
    """Start sprogserveren (Language Server Protocol over stdio) til editorer."""
    logging.basicConfig(level=logging.WARNING, format="lov lsp: %(message)s")
    server = create_server()
    server.sprog = current()  # `--sprog` / $LOV_SPROG; the client's initializationOptions may change it
    server.start_io()
