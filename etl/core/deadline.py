"""An overall deadline for one HTTP request: headers and body together.

A socket timeout bounds each read, not the whole request: a server that sends its headers (or
its body) one byte every few seconds never trips it (round 42's QA pass: an import's slow
headers ran past a 5 s deadline for a minute; a page fetched for extraction, past its 15 s).
`Deadline` opens the request through connections it keeps hold of, and when the time is up it
shuts their sockets down: the blocked read returns at once, and `expired` tells the caller why.
Used by the importers' downloads and the extractor's page fetch.
"""

from __future__ import annotations

import http.client
import socket
import threading
import urllib.request
from types import TracebackType
from typing import Any


class Deadline:
    """`with Deadline(seconds) as d: d.open(request, timeout=...)`; `d.expired` afterwards."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._socks: list[socket.socket] = []
        self._guard = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with self._guard:
            self.expired = True
            socks = list(self._socks)
        for sock in socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def _keep(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._guard:
            self._socks.append(sock)
            late = self.expired
        if late:  # connected after the deadline fired
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def open(self, request: urllib.request.Request, timeout: float) -> Any:
        """urllib's `urlopen(request, timeout=timeout)` (the per-read timeout), within the deadline."""
        keep = self._keep

        class _HTTP(http.client.HTTPConnection):
            def connect(self) -> None:
                super().connect()
                keep(self.sock)

        class _HTTPS(http.client.HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                keep(self.sock)

        class _HTTPHandler(urllib.request.HTTPHandler):
            def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(_HTTP, req)

        class _HTTPSHandler(urllib.request.HTTPSHandler):
            def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(_HTTPS, req, context=self._context)  # type: ignore[attr-defined]  # set by HTTPSHandler.__init__

        opener = urllib.request.build_opener(_HTTPHandler, _HTTPSHandler)
        return opener.open(request, timeout=timeout)
