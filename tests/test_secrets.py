"""No secret in logs, errors or the audit trail, even when a server echoes the credentials back."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlmodel import select

from accrue.adapters.secrets import (
    MASK,
    install_log_redaction,
    redact,
    redact_data,
    register_secret,
    register_url_password,
)
from accrue.adapters.store import ActionExecution, AuditEvent, RunRecord
from tests.conftest import example, run_cli, run_cli_process
from tests.http_fakes import FakeServer, Reply, Seen, http_server_fixture  # noqa: F401

STRIPE_KEY = "sk_live_51AccrueLiveSecretKey0123456789abcdef"
HOOK = "/services/T0ACCRUE/B0ACCRUE/plainlookingwebhooktoken42"
SF_SESSION = "00D5g000004ACME!AQ4AQxSalesforceSessionToken0123456789"


@pytest.mark.parametrize(("text", "secret"), [
    (f"Invalid API Key provided: {STRIPE_KEY}", STRIPE_KEY),
    ("rk_test_abcdef123456 restricted", "abcdef123456"),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig", "eyJhbGciOiJIUzI1NiJ9"),
    ("POST https://hooks.slack.com/services/T1/B2/abcdefXYZ failed", "abcdefXYZ"),
    ("token xoxb-1234567890-abcdefghij", "xoxb-1234567890"),
    (f"session {SF_SESSION} expired", SF_SESSION),
    ("postgresql://accrue:hunter2pass@db.internal:5432/accrue", "hunter2pass"),
    ('{"client_secret": "s3cr3tvalue", "api_key=abc123456"}', "s3cr3tvalue"),
])
def test_secret_shapes_are_masked(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out and MASK in out


@pytest.mark.parametrize("text", ["Basic Subscription (May 2026)", "Basic Self-Service Onboarding, 1 x USD 500.00",
                                  "Renews as Basic Subscription.", "Bearer bonds: Treasury"])
def test_ordinary_words_after_basic_or_bearer_are_kept(text: str) -> None:
    """A plan named "Basic Subscription" stays readable in stored intents, Stripe responses and logs."""
    assert redact(text) == text


def test_letters_only_credentials_after_bearer_are_still_masked() -> None:
    assert redact("sent Bearer QwErTyUiOpAsDfGhJkLzXcVbNm to Stripe") == f"sent Bearer {MASK} to Stripe"


def test_registered_values_are_masked_whatever_their_shape() -> None:
    register_secret("plain-looking-value-77")
    register_secret("https://chat.example/hooks/abc/plainpath-99", secret_path=True)
    register_url_password("postgresql://u:pw-zz-12345@host/db")
    text = ("x plain-looking-value-77 y http://127.0.0.1:9/hooks/abc/plainpath-99 pw-zz-12345 "
            "https://chat.example/hooks/abc/plainpath-99")
    out = redact(text)
    assert "plain-looking-value-77" not in out and "plainpath-99" not in out and "pw-zz-12345" not in out
    assert redact_data({"a": ["plain-looking-value-77", 3]}) == {"a": [MASK, 3]}
    assert redact("USD 24,000.00 due 2026-06-15 for Acme") == "USD 24,000.00 due 2026-06-15 for Acme"


def test_log_records_are_redacted_for_every_handler(caplog: pytest.LogCaptureFixture) -> None:
    install_log_redaction()
    register_secret("registered-for-logs-123")
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("accrue.test").warning("calling Stripe with %s and %s", STRIPE_KEY,
                                                 "registered-for-logs-123")
        try:
            raise RuntimeError(f"boom {STRIPE_KEY}")
        except RuntimeError:
            logging.getLogger("accrue.test").exception("failed")
    assert STRIPE_KEY not in caplog.text and "registered-for-logs-123" not in caplog.text
    assert "boom" in caplog.text and MASK in caplog.text


class EchoingServer:
    """A hostile or careless service: Stripe paths answer 401 echoing the Authorization header; the Slack
    path answers 403 echoing the URL. Everything it says ends up in error messages."""

    def __init__(self, server: FakeServer):
        server.handler = self.handle

    def handle(self, seen: Seen) -> Reply:
        if seen.path.startswith("/v1/"):
            return 401, {}, {"error": {"type": "invalid_request_error",
                                       "message": f"Invalid API Key provided: {seen.headers.get('authorization')}"}}
        return 403, {}, f"invalid_token for {seen.path}"


def test_no_secret_in_logs_errors_or_audit_trail(home: Path, http_server: FakeServer,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    from accrue.workflow.service import RunService

    EchoingServer(http_server)
    monkeypatch.setenv("STRIPE_API_KEY", STRIPE_KEY)
    monkeypatch.setenv("ACCRUE_BILLING", "stripe")
    monkeypatch.setenv("ACCRUE_STRIPE_URL", http_server.url)
    monkeypatch.setenv("SLACK_WEBHOOK_URL", http_server.url + HOOK)
    contract, deal = example("acme")
    with caplog.at_level(logging.DEBUG), RunService() as rt:
        view = rt.start_contract_run(contract, deal)
        assert view.status == "failed"  # the customer could not be created: the key was refused
        with rt.session() as s:
            rows = [r.model_dump(mode="json") for r in s.exec(select(ActionExecution))]
            audit = [e.model_dump(mode="json") for e in s.exec(select(AuditEvent))]
            runs = [r.model_dump(mode="json") for r in s.exec(select(RunRecord))]
        # Slack alone, so its error is stored too.
        from accrue.core.actions import Notify

        rt.executor.execute(Notify(id="n1", idempotency_key="k-n1", channel="#billing", message="hi"), run_id="x")
        with rt.session() as s:
            rows += [r.model_dump(mode="json") for r in s.exec(select(ActionExecution))]
        public = json.dumps(view.public())
    assert any("Invalid API Key provided" in (r["error"] or "") for r in rows)
    assert any("invalid_token" in (r["error"] or "") for r in rows)
    stored = json.dumps([rows, audit, runs, public], default=str) + caplog.text
    for secret in (STRIPE_KEY, STRIPE_KEY[8:], HOOK, "plainlookingwebhooktoken42"):
        assert secret not in stored, secret
    # The requests themselves did carry the credentials (the test is not vacuous).
    assert any(r.headers.get("authorization") == f"Bearer {STRIPE_KEY}" for r in http_server.requests)
    assert any(r.path == HOOK for r in http_server.requests)


def test_cli_output_has_no_secret(home: Path, http_server: FakeServer) -> None:
    EchoingServer(http_server)
    contract, deal = example("acme")
    env = {"STRIPE_API_KEY": STRIPE_KEY, "SLACK_WEBHOOK_URL": http_server.url + HOOK}
    # New processes: secrets are registered per process, and this one has seen these before; a fresh one shows
    # the CLI registers them itself.
    proc = run_cli_process("run", str(contract), "--deal", str(deal), "--billing", "stripe", "--stripe-url",
                           http_server.url, "--json", home=home, env=env)
    view = json.loads(proc.stdout)
    audit = run_cli_process("audit", view["run_id"], "--json", home=home, env=env, check=True).stdout
    assert "Invalid API Key provided" in audit
    for text in (proc.stdout, proc.stderr, audit):
        assert STRIPE_KEY not in text and STRIPE_KEY[8:] not in text and "plainlookingwebhooktoken42" not in text


def test_missing_stripe_key_is_a_config_error_naming_the_fix(home: Path) -> None:
    contract, deal = example("acme")
    proc = run_cli("run", str(contract), "--deal", str(deal), "--billing", "stripe", home=home,
                   env={"STRIPE_API_KEY": ""})
    assert proc.returncode == 2 and "STRIPE_API_KEY is not set" in proc.stderr

