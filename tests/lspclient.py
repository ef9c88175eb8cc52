"""A minimal Language Server Protocol client: JSON-RPC with Content-Length framing over the
server process's stdin and stdout. Used by the tests and by bench/lsp.py."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent


class LspError(Exception):
    pass


class LspClient:
    """Starts `lov lsp` and speaks to it; every call waits for its answer (with a timeout)."""

    def __init__(self, command: list[str] | None = None, cwd: Path = ROOT, timeout: float = 30.0,
                 cache: Path | None = None) -> None:
        """``cache``: the server's directory of kept diagnostics (:mod:`compiler.driver.reopening`);
        by default one of this client's own, so that no server sees another's."""
        self._own_cache = tempfile.TemporaryDirectory(prefix="lov-lsp-cache-") if cache is None else None
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   LOV_CACHE_DIR=str(cache if cache is not None else self._own_cache.name))  # type: ignore[union-attr]
        env.pop("LOV_NO_CACHE", None)
        self.process = subprocess.Popen(
            command or [sys.executable, "-m", "compiler.driver.cli", "lsp"],
            cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        )
        self.timeout = timeout
        self._next_id = 0
        self._responses: dict[int, Any] = {}
        self._notifications: queue.Queue[dict[str, Any]] = queue.Queue()
        self._seen: list[dict[str, Any]] = []
        #: Per response id: when its last byte was read (time.perf_counter, before the JSON is
        #: parsed) and its size in bytes — what the server took, without this client's parse.
        self.arrived: dict[int, tuple[float, int]] = {}
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.stderr = b""  # what the server logged
        self._stderr_reader = threading.Thread(target=self._drain_stderr, daemon=True)
        self._stderr_reader.start()

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr += line

    # ---- wire ------------------------------------------------------------------------------
    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            raw = stream.read(int(headers["content-length"]))
            arrived = time.perf_counter()
            body = json.loads(raw.decode("utf-8"))
            if "id" in body and "method" not in body:
                self.arrived[body["id"]] = (arrived, len(raw))
                with self._cond:
                    self._responses[body["id"]] = body
                    self._cond.notify_all()
            elif "id" in body:  # a request from the server (e.g. workDoneProgress): answer it
                self._send({"id": body["id"], "result": None})
            else:
                self._notifications.put(body)

    # ---- calls -----------------------------------------------------------------------------
    def request(self, method: str, params: Any = None) -> Any:
        self._next_id += 1
        ident = self._next_id
        self._send({"id": ident, "method": method, "params": params})
        deadline = time.monotonic() + self.timeout
        with self._cond:
            while ident not in self._responses:
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise LspError(f"no answer to {method} (server {'exited' if self.process.poll() is not None else 'silent'})")
                self._cond.wait(min(left, 0.5))
            response = self._responses.pop(ident)
        if "error" in response:
            raise LspError(f"{method}: {response['error']}")
        return response.get("result")

    def notify(self, method: str, params: Any = None) -> None:
        self._send({"method": method, "params": params})

    def wait_for(self, method: str, where: Callable[[dict[str, Any]], bool] = lambda p: True) -> dict[str, Any]:
        """The params of the next notification ``method`` that satisfies ``where``."""
        deadline = time.monotonic() + self.timeout
        while True:
            for seen in self._seen:
                if seen["method"] == method and where(seen["params"]):
                    self._seen.remove(seen)
                    return seen["params"]
            left = deadline - time.monotonic()
            if left <= 0:
                raise LspError(f"no {method} notification")
            try:
                self._seen.append(self._notifications.get(timeout=min(left, 0.5)))
            except queue.Empty:
                if self.process.poll() is not None:
                    raise LspError(f"server exited while waiting for {method}") from None

    def received(self, method: str) -> list[dict[str, Any]]:
        """The params of every notification ``method`` received so far (without waiting).

        The reader thread records messages in the order they arrive, so after a response
        this holds exactly the notifications the server sent before it.
        """
        while True:
            try:
                self._seen.append(self._notifications.get_nowait())
            except queue.Empty:
                break
        return [seen["params"] for seen in self._seen if seen["method"] == method]

    # ---- conveniences ------------------------------------------------------------------------
    def initialize(self, options: Any = None) -> Any:
        result = self.request(
            "initialize",
            {"processId": os.getpid(), "rootUri": ROOT.as_uri(), "capabilities": {}, "initializationOptions": options},
        )
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "lov", "version": version, "text": text}})

    def change(self, uri: str, version: int, changes: list[dict[str, Any]]) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes})

    def diagnostics(self, uri: str, version: int) -> list[dict[str, Any]]:
        params = self.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri and p.get("version") == version)
        return params["diagnostics"]

    def __enter__(self) -> LspClient:
        return self

    def __exit__(self, *exc: object) -> None:
        """Leave no server behind, whatever happened in the block."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def close(self) -> int:
        """shutdown + exit; the server's exit code."""
        try:
            if self.process.poll() is None:
                self.request("shutdown")
                self.notify("exit")
            return self.process.wait(timeout=self.timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self._stderr_reader.join(timeout=5)
            for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
                if stream is not None:
                    stream.close()
