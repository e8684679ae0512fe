"""Helpers for the service tests: approvers, signed deliveries, the example contract as a webhook body."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from accrue.interfaces.server.config import ApproverToken, ServerConfig, token_digest
from accrue.interfaces.server.signing import signed_headers
from tests.conftest import example

SECRET = "whsec_" + base64.b64encode(b"accrue-test-secret-32-bytes-long").decode()
TOKENS = {"controller": "tok-dana-controller", "finance": "tok-fran-finance", "sales": "tok-sam-sales",
          "requester": "tok-rita-requester"}
APPROVERS = [
    ApproverToken(name="Dana Controller", token_sha256=token_digest(TOKENS["controller"])),
    ApproverToken(name="Fran Finance", token_sha256=token_digest(TOKENS["finance"])),
    ApproverToken(name="Sam Sales", token=TOKENS["sales"]),
    ApproverToken(name="Rita Requester", token=TOKENS["requester"]),
]
# Their roles, as policy.toml [people] gives them: `sales` is not a role of [roles], so Sam may read, never decide.
PEOPLE = {"Dana Controller": "controller", "Fran Finance": "finance", "Sam Sales": "sales",
          "Rita Requester": "finance"}


def server_config() -> ServerConfig:
    return ServerConfig(webhook_secret=SECRET, approvers=APPROVERS)


def write_policy(folder: Path) -> None:
    """policy.toml in `folder` (the working directory of the service under test): the approvers' [people]."""
    (folder / "policy.toml").write_text("[people]\n" + "".join(f'"{name}" = "{role}"\n'
                                                              for name, role in PEOPLE.items()))


def accrue_toml() -> str:
    """The same approvers and secret as accrue.toml, for a server started as a subprocess."""
    lines = ["[server]", f'webhook_secret = "{SECRET}"', ""]
    for a in APPROVERS:
        lines += ["[[server.approvers]]", f'name = "{a.name}"', f'token_sha256 = "{a.digest()}"', ""]
    return "\n".join(lines)


def bearer(who: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[who]}"}


def contract_body(slug: str = "acme", *, filename: str = "order-form.pdf", with_deal: bool = True) -> bytes:
    pdf, deal = example(slug)
    body: dict[str, Any] = {"document": {"filename": filename,
                                         "content_base64": base64.b64encode(pdf.read_bytes()).decode()}}
    if with_deal:
        body["deal"] = json.loads(deal.read_text())
    return json.dumps(body).encode()


def signed(event_id: str, body: bytes, *, timestamp: int | None = None, secret: str = SECRET,
           content_type: str = "application/json") -> dict[str, str]:
    headers = signed_headers(secret, event_id, body, timestamp=int(time.time()) if timestamp is None else timestamp)
    headers["content-type"] = content_type
    return headers


def wait_for(check: Callable[[], Any], *, timeout: float = 60, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def event_files(home: Path) -> list[Path]:
    events = home / "events"
    return sorted(p for p in events.rglob("*") if p.is_file()) if events.exists() else []


def multipart(parts: dict[str, tuple[str | None, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body built by hand, so the exact bytes can be signed: name -> (filename, data)."""
    boundary = "accrue-test-boundary-7d1f"
    out = b""
    for name, (filename, data) in parts.items():
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        if filename:
            out += b"Content-Type: application/octet-stream\r\n"
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"
