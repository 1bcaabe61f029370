"""A protocol-level Streamlit client: what the browser's frontend says, without a browser.

The frontend loads the page over HTTP (which sets cookies: the proxy's route cookie, the XSRF
cookie), opens a WebSocket on `/_stcore/stream` (subprotocol "streamlit"), and for every run
sends a `BackMsg` whose `rerun_script` carries the page (its URL path) and the query string.
The server answers with `ForwardMsg`s (new_session, navigation, deltas ...) and ends each run
with `script_finished`. Protobuf classes come from `streamlit.proto`, so this stays in step with
the installed Streamlit. Used by benchmarks/load.py and tests/test_deploy_proxy.py.
"""

from __future__ import annotations

import http.cookiejar
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


@dataclass
class Run:
    """What one script run sent back."""

    seconds: float
    status: int
    bytes_received: int = 0
    messages: int = 0
    exceptions: list[str] = field(default_factory=list)
    metrics: dict[str, str] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    charts: int = 0
    page_not_found: bool = False

    @property
    def ok(self) -> bool:
        return (
            self.status == ForwardMsg.FINISHED_SUCCESSFULLY
            and not self.exceptions
            and not self.page_not_found
        )


class Session:
    """One browser session: HTTP page load (cookies), then a WebSocket for script runs."""

    def __init__(self, base_url: str, path: str = "", timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        with opener.open(f"{self.base_url}/{path}", timeout=timeout) as r:
            r.read()
            self.upstream = r.headers.get("X-Claims-Desk-Upstream", "")
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.jar)
        parts = urllib.parse.urlsplit(self.base_url)
        ws_url = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}{parts.path}/_stcore/stream"
        self._connection = connect(
            ws_url,
            subprotocols=["streamlit"],
            # websockets types `origin` as its Origin NewType, a str at run time
            origin=f"{parts.scheme}://{parts.netloc}",  # type: ignore[list-item,arg-type]
            additional_headers={"Cookie": cookies} if cookies else None,
            max_size=None,
            open_timeout=timeout,
            compression=None,
        )
        self.ws = self._connection.__enter__()

    def cookie(self, name: str) -> str | None:
        return next((c.value for c in self.jar if c.name == name), None)

    def run(self, page: str = "", query: str = "", timeout: float = 300.0) -> Run:
        """Ask for a run of `page` (URL path, "" = default page) with `query`; wait for its end."""
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = page
        t0 = time.perf_counter()
        self.ws.send(msg.SerializeToString())
        run = Run(seconds=0.0, status=-1)
        deadline = time.monotonic() + timeout
        while True:
            data = self.ws.recv(timeout=max(0.1, deadline - time.monotonic()))
            assert isinstance(data, bytes)
            run.bytes_received += len(data)
            run.messages += 1
            fm = ForwardMsg()
            fm.ParseFromString(data)
            kind = fm.WhichOneof("type")
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                el = fm.delta.new_element
                which = el.WhichOneof("type")
                if which == "exception":
                    run.exceptions.append(f"{el.exception.type}: {el.exception.message}")
                elif which == "metric":
                    run.metrics[el.metric.label] = el.metric.body
                elif which == "heading":
                    run.headings.append(el.heading.body)
                elif which == "markdown":
                    run.texts.append(el.markdown.body)
                elif which == "plotly_chart" or (
                    which == "bidi_component" and el.bidi_component.component_name == "claimsdesk.chart"
                ):
                    run.charts += 1
            elif kind == "page_not_found":
                run.page_not_found = True
            elif kind == "script_finished" and fm.script_finished in FINISHED:
                run.status = fm.script_finished
                run.seconds = time.perf_counter() - t0
                return run

    def close(self) -> None:
        self._connection.__exit__(None, None, None)
