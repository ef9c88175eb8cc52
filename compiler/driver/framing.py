"""Reading LSP messages from a stream, and finding the next one after a broken frame.

pygls' own loop takes a header only when it is a line of its own; after one wrong, non-numeric
or missing ``Content-Length`` the body that follows has no line end, the next header is glued
to it (``…}Content-Length: 52``) and every later message is lost — the server lives on but never
answers again, not even ``exit``. This loop takes a ``Content-Length`` wherever it ends a line,
so it finds the next message after any broken one, and it answers a request whose parameters do
not fit the protocol with a JSON-RPC error instead of silence.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from typing import Any, Awaitable, Callable, Protocol

_HEADER = re.compile(rb"Content-Length:[ \t]*([0-9]{1,9})[ \t]*\r?\n?$", re.IGNORECASE)

#: JSON-RPC error codes (JSON-RPC 2.0, section 5.1).
PARSE_ERROR = -32700
INVALID_PARAMS = -32602

log = logging.getLogger("lov.lsp")


class Reader(Protocol):
    def readline(self) -> Awaitable[bytes]: ...

    def readexactly(self, n: int) -> Awaitable[bytes]: ...


async def serve(stop: threading.Event, reader: Reader, handle: Callable[[bytes], None],
                send: Callable[[dict[str, Any]], None]) -> None:
    """Read framed messages until end of input or ``stop``; ``handle`` gets each body. A body that
    is not JSON, or that ``handle`` cannot take, is answered with a JSON-RPC error when it was a
    request (it has an ``id``), and the loop goes on with the next frame."""
    length: int | None = None
    while not stop.is_set():
        line = await reader.readline()
        if not line:
            break
        match = _HEADER.search(line)
        if match:
            length = int(match.group(1))
            continue
        if line.strip() or length is None:
            continue  # another header, or stray bytes before the next Content-Length
        body = await reader.readexactly(length) if length else b""
        length = None
        try:
            message = json.loads(body)
        except (ValueError, RecursionError):
            log.error("ugyldig JSON i en besked; springer den over")
            send(_error(None, PARSE_ERROR, "ugyldig JSON"))
            continue
        try:
            handle(body)
        except Exception as error:  # parameters that do not fit the protocol's types
            log.error("besked kunne ikke behandles: %s", error)
            if isinstance(message, dict) and "id" in message and "method" in message:
                send(_error(message["id"], INVALID_PARAMS, f"ugyldige parametre til {message['method']}"))


def _error(ident: Any, code: int, text: str) -> dict[str, Any]:
    if not isinstance(ident, (int, str)) or isinstance(ident, bool):
        ident = None
    return {"jsonrpc": "2.0", "id": ident, "error": {"code": code, "message": text}}
