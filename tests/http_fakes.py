"""A real HTTP server on 127.0.0.1 and a free port, answering with a Python function: the stand-in for
Slack and Salesforce in their documented response shapes. Connectors talk to it over a socket,
exactly as they would to the real service."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Reply = tuple[int, dict[str, str], bytes | str | Any]


@dataclass
class FakeServer:
    url: str
    requests: list[Seen] = field(default_factory=list)
    handler: Callable[[Seen], Reply] = lambda seen: (200, {}, b"ok")


def _serve() -> tuple[FakeServer, ThreadingHTTPServer]:
    server_state = FakeServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                        self.rfile.read(length) if length else b"")
            server_state.requests.append(seen)
            status, headers, body = server_state.handler(seen)
            if not isinstance(body, bytes | str):
                body = json.dumps(body)
                headers = {"Content-Type": "application/json", **headers}
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if status != 204:
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if status != 204:
                self.wfile.write(data)

        do_GET = do_POST = do_PATCH = do_DELETE = _handle

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    # shutdown() waits for serve_forever's next poll: its default 0.5 s interval was half a second per test
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    return server_state, httpd


@pytest.fixture(name="http_server")
def http_server_fixture() -> Iterator[FakeServer]:
    """A fresh local HTTP server; set `.handler` to script its answers."""
    state, httpd = _serve()
    yield state
    httpd.shutdown()
    httpd.server_close()
