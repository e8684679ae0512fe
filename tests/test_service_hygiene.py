"""Service hygiene: access lines logged (redacted, never a logging traceback), security headers on every response,
tokens stored salted and compared in constant time, the secrets the service holds registered for redaction, and a
read-only role that cannot write through the API."""

from __future__ import annotations

import base64
import io
import json
import logging
import secrets
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accrue.adapters.secrets import MASK, install_log_redaction, redact
from accrue.core.token_hash import hash_token, is_salted, token_matches
from accrue.interfaces.server.signing import new_secret
from accrue.settings import ApproverToken, ServerConfig, token_digest
from tests.conftest import run_cli
from tests.server_support import SECRET, TOKENS, bearer, server_config, signed, wait_for, write_policy
from tests.test_server_e2e import config, service  # noqa: F401


@pytest.fixture
def client(home: Path):
    from accrue.interfaces.server.app import create_app
    from accrue.settings import load_settings

    write_policy(home.parent)
    with TestClient(create_app(load_settings(), server_config())) as c:
        yield c


def test_serve_logs_each_request_as_an_access_line_without_a_logging_error_or_a_token(home: Path,
                                                                                     config: Path) -> None:  # noqa: F811
    write_policy(home.parent)
    with service(home, config) as svc:
        for _ in range(3):
            assert svc.http.get("/healthz").status_code == 200
        # A token in a query string (a careless script) is masked in the access line, and so is the signed-in
        # token wherever it later appears.
        assert svc.http.get(f"/api/runs?token={TOKENS['controller']}", headers=bearer("controller")).status_code == 200
        assert svc.http.get("/api/runs", params={"api_key": "k3y-" + "x" * 20}).status_code == 401
    log = svc.log.read_text()
    assert "Logging error" not in log and "Traceback" not in log, log[-3000:]
    assert log.count('"GET /healthz HTTP/1.1" 200') >= 3, log[-3000:]  # and the start-up health checks
    assert '"GET /api/runs?token=' + MASK + ' HTTP/1.1" 200' in log, log[-3000:]
    assert TOKENS["controller"] not in log and "x" * 20 not in log


def test_access_lines_keep_their_arguments_while_secrets_are_masked() -> None:
    from uvicorn.logging import AccessFormatter

    install_log_redaction()
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s', use_colors=False))
    logger = logging.getLogger("test.uvicorn.access")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        line = '%s - "%s %s HTTP/%s" %d'
        logger.info(line, "127.0.0.1:5000", "GET", "/healthz", "1.1", 200)
        logger.info(line, "127.0.0.1:5000", "GET", "/x?key=sk_live_abcdef123456", "1.1", 403)
    finally:
        logger.removeHandler(handler)
    assert out.getvalue().splitlines() == ['127.0.0.1:5000 - "GET /healthz HTTP/1.1" 200 OK',
                                           f'127.0.0.1:5000 - "GET /x?key=sk_live_{MASK} HTTP/1.1" 403 Forbidden']


@pytest.mark.parametrize("path", ["/", "/healthz", "/api/runs", "/static/inbox.css", "/no-such-page", "/docs"])
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    r = client.get(path, headers=bearer("controller"))
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer" and r.headers["x-frame-options"] == "DENY"
    if path != "/docs":
        assert "'unsafe-inline'" not in csp and "script-src 'self';" in csp


def test_the_read_only_sales_token_cannot_write_through_the_api(client: TestClient) -> None:
    body = json.dumps({"payments": [{"payment_id": "P-1", "date": "2026-13-45", "amount": "1.00",
                                     "currency": "USD"}]}).encode()
    assert client.post("/webhooks/payment", content=body, headers=signed("evt_bad", body)).status_code == 202
    wait_for(lambda: client.get("/api/events/evt_bad", headers=bearer("sales")).json()["status"] == "failed",
             what="the bad event to fail")
    refused = client.post("/api/events/evt_bad/retry", headers=bearer("sales"))
    assert refused.status_code == 403 and "role 'sales' may not decide" in refused.json()["detail"]
    assert client.get("/api/events/evt_bad", headers=bearer("sales")).json()["attempts"] == 1  # nothing queued
    assert client.post("/api/events/evt_bad/retry", headers=bearer("controller")).status_code == 202


def test_approver_tokens_are_stored_salted_and_older_digests_still_sign_in() -> None:
    token = secrets.token_urlsafe(24)
    one, two = hash_token(token), hash_token(token)
    assert one != two and is_salted(one) and token not in one  # a fresh salt each time
    assert token_matches(token, one) and token_matches(token, two) and not token_matches(token + "x", one)
    assert token_matches(token, token_digest(token))  # an accrue.toml written before salts
    server = ServerConfig(approvers=[ApproverToken(name="Dana Controller", token_hash=one),
                                     ApproverToken(name="Fran Finance", token_sha256=token_digest("fran-token"))])
    assert server.approver_for(token).name == "Dana Controller"  # type: ignore[union-attr]
    assert server.approver_for("fran-token").name == "Fran Finance"  # type: ignore[union-attr]
    assert server.approver_for("guess") is None and server.approver_for(one) is None


def test_approver_token_command_writes_a_salted_hash(home: Path) -> None:
    out = run_cli("approver-token", "Dana Controller", home=home, check=True).stdout
    token = out.splitlines()[1].strip()
    [stored] = [line.split('"')[1] for line in out.splitlines() if line.startswith("token_hash = ")]
    assert is_salted(stored) and token_matches(token, stored) and token not in stored


def test_every_secret_format_accrue_issues_is_masked_whole() -> None:
    # whsec_ secrets are standard base64: '+', '/' and '=' are part of the secret, never where masking stops.
    tricky = "whsec_" + base64.b64encode(b"accrue" + bytes([251, 255, 190] * 8) + b"!!").decode()
    assert "+" in tricky and "/" in tricky and "=" in tricky
    for secret in (tricky, new_secret()):
        assert redact(f"secret={secret} and again {secret}.") == f"secret={MASK} and again whsec_{MASK}."


def test_the_service_registers_its_webhook_secret_and_each_token_it_sees(client: TestClient) -> None:
    for who in ("controller", "sales"):
        assert client.get("/api/runs", headers=bearer(who)).status_code == 200
    for value in (SECRET, TOKENS["controller"], TOKENS["sales"]):
        assert redact(f"seen: {value}") == f"seen: {MASK}"


@pytest.mark.parametrize(("body", "problem"), [
    (b"[" * 100_000 + b"]" * 100_000, "is nested more than 32 levels deep"),
    (b'{"payments": [{"payment_id": "P-1", "date": "2026-04-20", "amount": NaN, "currency": "USD"}]}',
     "NaN is not a number"),
    (b"\xef\xbb\xbf{\"payments\": 5}", "payments"),  # a BOM is read through, as in files: the shape is what is wrong
])
def test_a_hostile_webhook_body_is_a_422_naming_the_problem(client: TestClient, body: bytes, problem: str) -> None:
    r = client.post("/webhooks/payment", content=body, headers=signed("evt_hostile", body))
    assert r.status_code == 422 and problem in r.json()["detail"], r.text


def test_any_process_holding_the_settings_registers_the_webhook_secret(home: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from accrue.workflow.service import RunService

    secret = new_secret()
    monkeypatch.setenv("ACCRUE_WEBHOOK_SECRET", secret)
    assert redact(f"x {secret}") == f"x whsec_{MASK}"  # only its shape is known so far
    with RunService():
        pass
    assert redact(f"x {secret}") == f"x {MASK}"  # the value itself, whole
