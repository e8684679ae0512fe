"""A scripted Anthropic Messages API for tests, answering in the API's exact response shapes.

Use it with the real SDK: `client(api)` (an `anthropic.Anthropic` over `httpx2.MockTransport`)
or `LoopbackAPI(api)` (a real HTTP server on 127.0.0.1 for subprocesses: point
`ANTHROPIC_BASE_URL` at `.url`). A `ScriptedAPI` answers each `POST /v1/messages` with the
next item of its script (a message dict, an `httpx2.Response`, or a function of the parsed
request) and keeps every request it saw, so tests can assert what was sent.

Every `POST /v1/messages` first goes through `tests/anthropic_rules.py`: a request the real API
refuses (schema limits, forced tool use with thinking, `max_tokens` over the model's limit, more
than 4 cache breakpoints, thinking blocks from another model...) gets the API's 400 and uses no
script item; cache reads and writes a scripted reply claims are moved to plain input when no
breakpoint reaches the model's minimum cacheable length.

Builders cover: text, thinking and tool_use messages, structured-output replies, refusals, usage with
cache fields, error bodies (`{"type": "error", "error": {"type", "message"}, "request_id"}`)
for any status with `retry-after` / `x-should-retry` headers, and streaming responses as SSE
events (`message_start`, `content_block_start|delta|stop` including `thinking_delta` and `signature_delta`,
`ping`, `message_delta`, `message_stop`, and in-stream `error` events).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx2

from tests import anthropic_rules as rules

DEFAULT_MODEL = "claude-haiku-5-5"
_ids = itertools.count(1)

ERROR_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 402: "billing_error", 403: "permission_error",
    404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error", 500: "api_error",
    504: "timeout_error", 529: "overloaded_error",
}
ERROR_MESSAGES = {
    "rate_limit_error": "Number of request tokens has exceeded your per-minute rate limit",
    "overloaded_error": "Overloaded", "api_error": "Internal server error",
    "authentication_error": "invalid x-api-key", "invalid_request_error": "Invalid request",
}


def _next_id(prefix: str) -> str:
    return f"{prefix}_{next(_ids):024d}"


# --- content blocks and messages ---------------------------------------------------------------

def text_block(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text}


def thinking_block(thinking: str, model: str = DEFAULT_MODEL) -> dict[str, Any]:
    """A thinking block as the API returns it, signed so the fake knows which model wrote it."""
    return {"type": "thinking", "thinking": thinking, "signature": rules.signature_for(model, next(_ids))}


def redacted_thinking_block() -> dict[str, Any]:
    return {"type": "redacted_thinking", "data": f"redacted-{next(_ids)}"}


def with_thinking(msg: dict[str, Any], thinking: str = "Let me read the request carefully.") -> dict[str, Any]:
    """The message with a thinking block first, as models that think by default answer."""
    return {**msg, "content": [thinking_block(thinking, msg["model"]), *msg["content"]]}


def tool_use_block(name: str, input: dict[str, Any], id: str | None = None) -> dict[str, Any]:
    return {"type": "tool_use", "id": id or _next_id("toolu"), "name": name, "input": input}


def usage(input_tokens: int = 100, output_tokens: int = 50, *, cache_read: int = 0, cache_write: int = 0,
          cache_write_1h: int = 0, service_tier: str = "standard") -> dict[str, Any]:
    """A `usage` object; `cache_write` counts all cache writes, `cache_write_1h` the 1-hour part of them."""
    return {
        "input_tokens": input_tokens, "output_tokens": output_tokens,
        "cache_creation_input_tokens": cache_write, "cache_read_input_tokens": cache_read,
        "cache_creation": {"ephemeral_5m_input_tokens": cache_write - cache_write_1h,
                           "ephemeral_1h_input_tokens": cache_write_1h},
        "service_tier": service_tier,
    }


def message(content: list[dict[str, Any]], *, stop_reason: str = "end_turn", model: str = DEFAULT_MODEL,
            usage_: dict[str, Any] | None = None, stop_details: dict[str, Any] | None = None,
            id: str | None = None) -> dict[str, Any]:
    """A complete `Message` object as `POST /v1/messages` returns it."""
    return {"id": id or _next_id("msg"), "type": "message", "role": "assistant", "model": model,
            "content": content, "stop_reason": stop_reason, "stop_sequence": None, "stop_details": stop_details,
            "usage": usage_ or usage()}


def text_message(text: str, **kw: Any) -> dict[str, Any]:
    return message([text_block(text)], **kw)


def tool_use_message(name: str, input: dict[str, Any], *, preamble: str | None = None, **kw: Any) -> dict[str, Any]:
    blocks = ([text_block(preamble)] if preamble else []) + [tool_use_block(name, input)]
    return message(blocks, stop_reason="tool_use", **kw)


def structured_message(obj: Any, **kw: Any) -> dict[str, Any]:
    """A structured-output reply: one text block holding the JSON (`output_config.format` json_schema)."""
    text = obj if isinstance(obj, str) else json.dumps(obj)
    return message([text_block(text)], **kw)


def refusal_message(text: str = "", *, category: str | None = None, explanation: str | None = None,
                    **kw: Any) -> dict[str, Any]:
    details = {"type": "refusal", "category": category, "explanation": explanation}
    return message([text_block(text)] if text else [], stop_reason="refusal", stop_details=details, **kw)


# --- errors ------------------------------------------------------------------------------------

def error_body(status: int, message_: str | None = None, kind: str | None = None) -> dict[str, Any]:
    kind = kind or ERROR_TYPES.get(status, "api_error")
    return {"type": "error", "error": {"type": kind, "message": message_ or ERROR_MESSAGES.get(kind, kind)},
            "request_id": _next_id("req")}


def error_response(status: int, message_: str | None = None, *, retry_after: float | None = None,
                   retry_after_ms: int | None = None, should_retry: bool | None = None) -> httpx2.Response:
    """An API error with its JSON body and the headers the SDK's retry logic reads."""
    headers = {"request-id": _next_id("req")}
    if retry_after is not None:
        headers["retry-after"] = str(retry_after)
    if retry_after_ms is not None:
        headers["retry-after-ms"] = str(retry_after_ms)
    if should_retry is not None:
        headers["x-should-retry"] = "true" if should_retry else "false"
    return httpx2.Response(status, json=error_body(status, message_), headers=headers)


# --- streaming ---------------------------------------------------------------------------------

def sse_events(msg: dict[str, Any], *, chunk: int = 16, ping: bool = True) -> list[tuple[str, dict[str, Any]]]:
    """The event sequence a streamed response of `msg` consists of, as (event name, data) pairs."""
    start = {**msg, "content": [], "stop_reason": None, "stop_sequence": None, "stop_details": None,
             "usage": {**msg["usage"], "output_tokens": 1}}
    events: list[tuple[str, dict[str, Any]]] = [("message_start", {"type": "message_start", "message": start})]
    if ping:
        events.append(("ping", {"type": "ping"}))
    for index, block in enumerate(msg["content"]):
        if block["type"] == "thinking":
            events.append(("content_block_start", {"type": "content_block_start", "index": index,
                                                   "content_block": {"type": "thinking", "thinking": "",
                                                                     "signature": ""}}))
            pieces = [block["thinking"][i:i + chunk] for i in range(0, len(block["thinking"]), chunk)]
            deltas = [{"type": "thinking_delta", "thinking": p} for p in pieces]
            deltas.append({"type": "signature_delta", "signature": block["signature"]})
        elif block["type"] == "redacted_thinking":
            events.append(("content_block_start", {"type": "content_block_start", "index": index,
                                                   "content_block": block}))
            deltas = []
        elif block["type"] == "text":
            events.append(("content_block_start", {"type": "content_block_start", "index": index,
                                                   "content_block": {"type": "text", "text": ""}}))
            pieces = [block["text"][i:i + chunk] for i in range(0, len(block["text"]), chunk)]
            deltas = [{"type": "text_delta", "text": p} for p in pieces]
        elif block["type"] == "tool_use":
            events.append(("content_block_start", {"type": "content_block_start", "index": index,
                                                   "content_block": {**block, "input": {}}}))
            raw = json.dumps(block["input"])
            deltas = [{"type": "input_json_delta", "partial_json": raw[i:i + chunk]} for i in range(0, len(raw), chunk)]
        else:
            raise ValueError(f"sse_events cannot stream a {block['type']!r} block")
        events += [("content_block_delta", {"type": "content_block_delta", "index": index, "delta": d})
                   for d in deltas]
        events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
    events.append(("message_delta", {"type": "message_delta",
                                     "delta": {"stop_reason": msg["stop_reason"], "stop_sequence": None,
                                               "stop_details": msg.get("stop_details")},
                                     "usage": {"output_tokens": msg["usage"]["output_tokens"]}}))
    events.append(("message_stop", {"type": "message_stop"}))
    return events


def sse_error_event(status: int = 529) -> tuple[str, dict[str, Any]]:
    """An `error` event in the middle of a stream (e.g. overloaded_error after the 200 was sent)."""
    body = error_body(status)
    return "error", {"type": "error", "error": body["error"]}


def sse_body(events: Iterable[tuple[str, dict[str, Any]]]) -> bytes:
    return "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events).encode()


def sse_response(msg_or_events: dict[str, Any] | list[tuple[str, dict[str, Any]]]) -> httpx2.Response:
    events = sse_events(msg_or_events) if isinstance(msg_or_events, dict) else msg_or_events
    return httpx2.Response(200, content=sse_body(events),
                           headers={"content-type": "text/event-stream", "request-id": _next_id("req")})


# --- the scripted API ----------------------------------------------------------------------------

Reply = dict[str, Any] | httpx2.Response | Callable[[dict[str, Any]], Any]


@dataclass
class Seen:
    """One request the API received: parsed JSON body, headers (lower-case names), path."""

    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    refused: dict[str, Any] | None = None
    breakpoints: list[rules.Breakpoint] = field(default_factory=list)


@dataclass
class ScriptedAPI:
    """Answers `POST /v1/messages` with the script, in order of arrival (thread-safe: extraction sends
    requests concurrently); a request the API would refuse gets its 400 (`tests/anthropic_rules.py`)
    and uses no script item; a request beyond the script gets a 400 that names the problem (with
    `x-should-retry: false`, so the SDK does not retry it)."""

    script: list[Reply] = field(default_factory=list)
    requests: list[Seen] = field(default_factory=list)
    count_tokens: int = 1000
    answered: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    thinking_sent: dict[str, list[str]] = field(default_factory=dict)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content or b"{}")
        seen = Seen(request.url.path, body, {k.lower(): v for k, v in request.headers.items()})
        with self.lock:
            self.requests.append(seen)
            if request.url.path.endswith("/count_tokens"):
                return httpx2.Response(200, json={"input_tokens": self.count_tokens})
            seen.refused = rules.refuse(body, self.thinking_sent)
            if seen.refused is not None:
                return httpx2.Response(400, json={**seen.refused, "request_id": _next_id("req")},
                                       headers={"x-should-retry": "false", "request-id": _next_id("req")})
            seen.breakpoints = rules.cache_breakpoints(body)
            self.answered += 1
            if self.answered > len(self.script):
                return httpx2.Response(400, headers={"x-should-retry": "false"},
                                       json=error_body(400, f"ScriptedAPI: request {self.answered} is beyond the "
                                                            f"script of {len(self.script)} replies"))
            reply = self.script[self.answered - 1]
        if callable(reply) and not isinstance(reply, httpx2.Response):
            reply = reply(body)
        if isinstance(reply, httpx2.Response):
            return reply
        if not any(point.cacheable for point in seen.breakpoints):
            reply = _uncached(reply)
        self._remember_thinking(reply)
        if body.get("stream"):
            return sse_response(reply)
        return httpx2.Response(200, json=reply, headers={"request-id": _next_id("req")})

    def _remember_thinking(self, reply: dict[str, Any]) -> None:
        """Which thinking blocks came with each tool call, so a tool-use turn sent back can be checked."""
        blocks = reply.get("content") or []
        signatures = [b["signature"] for b in blocks if b.get("type") == "thinking"]
        with self.lock:
            for block in blocks:
                if block.get("type") == "tool_use" and signatures:
                    self.thinking_sent[block["id"]] = signatures

    @property
    def calls(self) -> list[dict[str, Any]]:
        """Bodies of the `/v1/messages` requests, in order (retries and refused requests included)."""
        return [r.body for r in self.requests if r.path.endswith("/v1/messages")]

    @property
    def refusals(self) -> list[dict[str, Any]]:
        """The 400 bodies of the requests the API's rules refused, in order."""
        return [r.refused for r in self.requests if r.refused is not None]


def _uncached(reply: dict[str, Any]) -> dict[str, Any]:
    """The reply as the API bills a request whose breakpoints cache nothing: every prompt token is plain input."""
    usage_ = reply.get("usage")
    if not isinstance(usage_, dict):
        return reply
    moved = int(usage_.get("cache_read_input_tokens") or 0) + int(usage_.get("cache_creation_input_tokens") or 0)
    if not moved:
        return reply
    plain = usage(usage_["input_tokens"] + moved, usage_["output_tokens"],
                  service_tier=usage_.get("service_tier", "standard"))
    return {**reply, "usage": plain}


def http_client(handler: Callable[[httpx2.Request], httpx2.Response]) -> httpx2.Client:
    return httpx2.Client(transport=httpx2.MockTransport(handler))


def client(handler: Callable[[httpx2.Request], httpx2.Response], *, max_retries: int = 0) -> Any:
    """The real SDK client over a mock transport."""
    import anthropic

    return anthropic.Anthropic(api_key="sk-ant-test", base_url="http://mock.invalid", max_retries=max_retries,
                               http_client=http_client(handler))


class LoopbackAPI:
    """The scripted API served over real HTTP on 127.0.0.1 (for subprocesses and whole-app tests)."""

    def __init__(self, handler: Callable[[httpx2.Request], httpx2.Response]):
        self.handler = handler
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                request = httpx2.Request("POST", f"http://127.0.0.1{self.path}", headers=dict(self.headers),
                                         content=raw)
                response = outer.handler(request)
                payload = response.read()
                self.send_response(response.status_code)
                for key, value in response.headers.items():
                    if key.lower() not in {"content-length", "transfer-encoding", "connection"}:
                        self.send_header(key, value)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        # shutdown() waits for serve_forever's next poll: the default 0.5 s was half a second per use
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01},
                                       daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> LoopbackAPI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
