"""`lov lsp`: the language server (pygls, JSON-RPC over stdio).

A thin shell over the pipeline, like the command line:

- diagnostics on open and change: :func:`dsl.pipeline.analyse_parsed`, so the codes, spans
  and messages are those of `lov check` (same configuration, same suppressions);
- hover on a `begreb`, `resultat` or `målgruppe` (its declaration and meaning) and on a
  `jf. § N` / `undtagelse til § N` reference (the provision's text);
- go to definition for names and references; the document outline (kapitel → § → stk.);
- completion of keywords and declared names; formatting through `lov fmt`'s formatter.

Only the chunks of a document that changed are parsed again (:mod:`dsl.incremental`).
Analyses run on the server's one thread, one version at a time; a burst of changes is
analysed once (after :data:`DEBOUNCE` seconds of quiet), and a request about a document
that changed since its last analysis analyses it first. A broken document never stops the
server: the analysis does not raise on bad input, and a bug in a handler is logged and
answered with an empty result.

Initialisation options: ``{"sprog": "en"}`` for English messages (Danish by default).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import traceback
from pathlib import Path
from typing import Any, Callable, TypeVar
from urllib.parse import unquote, urlparse

import attrs
import click
from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from dsl import __version__
from dsl.config import Config, ConfigError, load_config
from dsl.diagnostics import Diagnostic, Severity
from dsl.incremental import IncrementalParser
from dsl.navigation import Index, Position, Symbol, completions, hover, outline, target_at
from dsl.pipeline import Analysis, analyse_parsed
from dsl.sources import decode
from dsl.spans import Span

DEBOUNCE = 0.05  # seconds of quiet after a change before it is analysed
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


@attrs.define
class _State:
    """One open document: its parser cache and its latest analysis."""

    file: str
    parser: IncrementalParser
    config: Config
    version: int | None = None  # the version analysed
    text: str = ""
    lines: list[str] = attrs.field(factory=list)
    analysis: Analysis | None = None
    index: Index | None = None
    published: int | None = None  # the version whose diagnostics were sent
    timer: asyncio.TimerHandle | None = None


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


class LovServer(LanguageServer):
    """The `.lov` language server."""

    def __init__(self) -> None:
        super().__init__("lov", __version__)
        self.states: dict[str, _State] = {}
        self.sprog = "da"

    # ---- analysis ------------------------------------------------------------------------
    def state(self, uri: str) -> _State | None:
        """The document's state, analysed at its current version."""
        state = self.states.get(uri)
        if state is None:
            return None
        document = self.workspace.get_text_document(uri)
        if state.version != document.version or state.analysis is None:
            self.analyse(state, document)
        return state

    def analyse(self, state: _State, document: TextDocument) -> None:
        source = decode(document.source.encode("utf-8", "surrogatepass"), state.file)
        text = source.text or ""
        state.version, state.text, state.lines = document.version, text, text.split("\n")
        state.index = None
        if source.diagnostics:  # an empty file: what `lov check` says about it
            state.analysis = Analysis(state.file, text, None, None, source.diagnostics)
            return
        parsed = state.parser.parse(text)
        state.analysis = analyse_parsed(parsed, text, state.file, state.config)
        state.index = Index(parsed.law, state.analysis.law)

    def publish(self, uri: str) -> None:
        state = self.state(uri)
        if state is None or state.analysis is None or state.published == state.version:
            return
        document = self.workspace.get_text_document(uri)
        diagnostics = [self.lsp_diagnostic(state, d, document) for d in state.analysis.diagnostics]
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=state.version)
        )
        state.published = state.version

    def schedule(self, uri: str) -> None:
        state = self.states.get(uri)
        if state is None:
            return
        if state.timer is not None:
            state.timer.cancel()
        loop = asyncio.get_running_loop()
        state.timer = loop.call_later(DEBOUNCE, guarded(self, None)(self.publish), uri)

    # ---- positions -------------------------------------------------------------------------
    def lsp_position(self, state: _State, document: TextDocument, line: int, column: int) -> lsp.Position:
        """Span line/column (1-based, code points) → LSP position (0-based, client units)."""
        row = line - 1
        text = state.lines[row] if 0 <= row < len(state.lines) else ""
        prefix = text[: column - 1]
        character = len(prefix) if prefix.isascii() else document.position_codec.client_num_units(prefix)
        return lsp.Position(line=max(row, 0), character=max(character, 0))

    def lsp_range(self, state: _State, document: TextDocument, span: Span) -> lsp.Range:
        return lsp.Range(
            start=self.lsp_position(state, document, span.line, span.column),
            end=self.lsp_position(state, document, span.end_line, span.end_column),
        )

    def span_position(self, state: _State, document: TextDocument, position: lsp.Position) -> Position:
        """LSP position → Span line/column."""
        row = position.line
        text = state.lines[row] if 0 <= row < len(state.lines) else ""
        if text.isascii():
            return (row + 1, position.character + 1)
        server = document.position_codec.position_from_client_units([text], lsp.Position(line=0, character=position.character))
        return (row + 1, server.character + 1)

    def lsp_diagnostic(self, state: _State, d: Diagnostic, document: TextDocument) -> lsp.Diagnostic:
        return lsp.Diagnostic(
            range=self.lsp_range(state, document, d.span),
            severity=_SEVERITY[d.severity],
            code=d.code,
            source="lov",
            message=d.message(self.sprog),
        )

    def lsp_symbol(self, state: _State, document: TextDocument, symbol: Symbol) -> lsp.DocumentSymbol:
        span = symbol.span
        first_line_end = len(state.lines[span.line - 1]) + 1 if span.line - 1 < len(state.lines) else span.column
        heading = Span(span.file, span.line, span.column, span.line,
                       span.end_column if span.end_line == span.line else first_line_end)
        return lsp.DocumentSymbol(
            name=symbol.name,
            detail=symbol.detail or None,
            kind=_SYMBOL_KIND[symbol.kind],
            range=self.lsp_range(state, document, span),
            selection_range=self.lsp_range(state, document, heading),
            children=[self.lsp_symbol(state, document, c) for c in symbol.children] or None,
        )


T = TypeVar("T")


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


def create_server() -> LovServer:
    """A server with every feature registered."""
    server = LovServer()

    @server.feature(lsp.INITIALIZE)
    @guarded(server, None)
    def initialize(ls: LovServer, params: lsp.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict) and options.get("sprog") in ("da", "en"):
            ls.sprog = options["sprog"]

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    @guarded(server, None)
    def did_open(ls: LovServer, params: lsp.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        file = file_of(uri)
        ls.states[uri] = _State(file, IncrementalParser(file), _config_for(file))
        ls.publish(uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    @guarded(server, None)
    def did_change(ls: LovServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    @guarded(server, None)
    def did_save(ls: LovServer, params: lsp.DidSaveTextDocumentParams) -> None:
        state = ls.states.get(params.text_document.uri)
        if state is not None:
            state.config = _config_for(state.file)
            state.version = None  # analyse again with the configuration as saved
            ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    @guarded(server, None)
    def did_close(ls: LovServer, params: lsp.DidCloseTextDocumentParams) -> None:
        state = ls.states.pop(params.text_document.uri, None)
        if state is not None and state.timer is not None:
            state.timer.cancel()
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    @guarded(server, None)
    def on_hover(ls: LovServer, params: lsp.HoverParams) -> lsp.Hover | None:
        found = _target(ls, params.text_document.uri, params.position)
        if found is None:
            return None
        state, document, target = found
        assert state.index is not None
        text = hover(state.index, state.text, target)
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
        state, document, target = found
        assert state.index is not None
        span = state.index.definition(target)
        if span is None:
            return None
        return lsp.Location(uri=params.text_document.uri, range=ls.lsp_range(state, document, span))

    @server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    @guarded(server, [])
    def on_symbols(ls: LovServer, params: lsp.DocumentSymbolParams) -> list[lsp.DocumentSymbol]:
        state = ls.state(params.text_document.uri)
        if state is None or state.index is None:
            return []
        document = ls.workspace.get_text_document(params.text_document.uri)
        return [ls.lsp_symbol(state, document, s) for s in outline(state.index.tree)]

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
                lsp.ShowMessageParams(type=lsp.MessageType.Warning, message="lov: filen har syntaksfejl og kan ikke formateres")
            )
            return None
        document = ls.workspace.get_text_document(params.text_document.uri)
        if formatted == document.source:
            return []
        lines = document.source.split("\n")
        end = lsp.Position(line=len(lines) - 1, character=document.position_codec.client_num_units(lines[-1]))
        return [lsp.TextEdit(range=lsp.Range(start=lsp.Position(line=0, character=0), end=end), new_text=formatted)]

    return server


def _target(ls: LovServer, uri: str, position: lsp.Position) -> tuple[_State, TextDocument, Any] | None:
    state = ls.state(uri)
    if state is None or state.index is None:
        return None
    document = ls.workspace.get_text_document(uri)
    target = target_at(state.index.tree, ls.span_position(state, document, position))
    return None if target is None else (state, document, target)


@click.command("lsp")
@click.option("--stdio", is_flag=True, help="Tal JSON-RPC over stdin/stdout (standard; for editorer, der kræver flaget).")
def lsp_command(stdio: bool) -> None:
    """Start sprogserveren (Language Server Protocol over stdio) til editorer."""
    logging.basicConfig(level=logging.WARNING, format="lov lsp: %(message)s")
    server = create_server()
    server.start_io()
