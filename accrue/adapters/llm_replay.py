"""Recorded Anthropic responses, so an evaluation with Claude can be re-run offline, byte for byte.

`RecordingTransport` wraps the real httpx2 transport and saves each final response under
the hash of its request; `ReplayTransport` answers from those files and never touches the
network. The format is one JSON file per request, `<DIR>/<key>.json`:

    {"format": "accrue-llm-recording/1", "key": "<sha256>", "request": {"method", "path", "model"},
     "response": {"status": 200, "headers": {"content-type": ...}, "json": {...}} (or "text": "...")}

The key is the SHA-256 of method, path and the request body's canonical JSON (sorted keys),
so anything that changes what the model is asked (prompt files, schema, model, document)
misses the recording; headers (API key, retry count) are not part of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import httpx2

from accrue.core.errors import ConfigError

FORMAT = "accrue-llm-recording/1"
# Retried statuses are not the call's outcome; only what the caller finally saw is recorded.
_TRANSIENT = {408, 409, 429}
_KEPT_HEADERS = ("content-type", "request-id", "anthropic-organization-id")


def request_key(request: httpx2.Request) -> str:
    """The recording key of a request: method, path and canonical JSON body."""
    raw = request.content or b""
    try:
        body: Any = json.loads(raw) if raw else None
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except ValueError:
        canonical = raw.decode("latin-1")
    material = f"{request.method}\n{request.url.path}\n{canonical}".encode()
    return hashlib.sha256(material).hexdigest()


def _model_of(request: httpx2.Request) -> str | None:
    try:
        body = json.loads(request.content or b"{}")
    except ValueError:
        return None
    return body.get("model") if isinstance(body, dict) else None


class RecordingTransport(httpx2.BaseTransport):
    """Pass requests to `inner` and save each final (non-retried) response in `directory`."""

    def __init__(self, inner: httpx2.BaseTransport, directory: Path):
        self.inner = inner
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self.inner.handle_request(request)
        response.read()
        if response.status_code in _TRANSIENT or response.status_code >= 500:
            return response
        key = request_key(request)
        ctype = response.headers.get("content-type", "")
        record: dict[str, Any] = {
            "format": FORMAT, "key": key,
            "request": {"method": request.method, "path": request.url.path, "model": _model_of(request)},
            "response": {"status": response.status_code,
                         "headers": {h: response.headers[h] for h in _KEPT_HEADERS if h in response.headers}},
        }
        if "json" in ctype:
            record["response"]["json"] = json.loads(response.content or b"null")
        else:
            record["response"]["text"] = response.content.decode("utf-8", errors="replace")
        _write_atomic(self.directory / f"{key}.json", json.dumps(record, indent=1, ensure_ascii=False))
        # The body is already decoded, so the wire headers about encoding and length no longer apply.
        headers = [(k, v) for k, v in response.headers.multi_items()
                   if k.lower() not in {"content-encoding", "content-length", "transfer-encoding"}]
        return httpx2.Response(response.status_code, headers=headers, content=response.content, request=request)

    def close(self) -> None:
        self.inner.close()


class ReplayTransport(httpx2.BaseTransport):
    """Answer each request from `directory`; a request never recorded gets a 404 the SDK will not retry."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise ConfigError(f"{self.directory}: replay folder not found; record it first with --record "
                              f"{self.directory}")

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        key = request_key(request)
        path = self.directory / f"{key}.json"
        if not path.is_file():
            message = (f"no recorded response for this request (key {key[:16]}) in {self.directory}: the prompt, "
                       f"schema, model or document changed since it was recorded; record again with --record")
            return httpx2.Response(404, request=request, headers={"x-should-retry": "false"},
                                   json={"type": "error", "error": {"type": "not_found_error", "message": message}})
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("format") != FORMAT:
            message = f"{path}: not an {FORMAT} file; record again with --record"
            return httpx2.Response(400, request=request, headers={"x-should-retry": "false"},
                                   json={"type": "error", "error": {"type": "invalid_request_error",
                                                                    "message": message}})
        saved = record["response"]
        headers = dict(saved.get("headers", {}))
        if "json" in saved:
            content = json.dumps(saved["json"]).encode()
            headers.setdefault("content-type", "application/json")
        else:
            content = saved.get("text", "").encode()
        return httpx2.Response(saved["status"], headers=headers, content=content, request=request)


def http_client_for(settings: Any) -> httpx2.Client | None:
    """An httpx2 client that replays or records, per settings; None when neither is configured."""
    replay = getattr(settings, "llm_replay_dir", None)
    record = getattr(settings, "llm_record_dir", None)
    if replay is not None:
        return httpx2.Client(transport=ReplayTransport(Path(replay)))
    if record is not None:
        return httpx2.Client(transport=RecordingTransport(httpx2.HTTPTransport(), Path(record)),
                             timeout=httpx2.Timeout(600.0, connect=5.0))
    return None


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
