"""Slack notifications: outbox first, then the incoming webhook (a local server in Slack's shapes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from accrue.adapters.books import OutboxMessage
from accrue.adapters.connectors.notify import OutboxNotifier
from accrue.adapters.connectors.slack import SlackNotifier, SlackWebhook, slack_escape
from accrue.adapters.executor import Executor
from accrue.core.actions import Notify
from tests.conftest import example
from tests.http_fakes import FakeServer, http_server_fixture  # noqa: F401
from tests.stripe_fakes import session_factory

HOOK_PATH = "/services/T000ACCRUE/B000ACCRUE/xoxSecretPath0123456789"


def _notify(key: str = "k-note") -> Notify:
    return Notify(id="a6", idempotency_key=key, channel="#billing",
                  message="Acme <Corp> & Co: first invoice USD 24,000.00 <!channel>")


def _executor(http_server: FakeServer, sleeps: list[float]) -> Executor:
    sf = session_factory()
    outbox = OutboxNotifier(sf)
    return Executor([SlackNotifier(outbox, SlackWebhook(http_server.url + HOOK_PATH)), outbox], sf,
                    sleep=sleeps.append)


def _outbox() -> list[OutboxMessage]:
    with session_factory()() as s:
        return list(s.exec(select(OutboxMessage)))


def test_message_goes_to_outbox_then_slack_once(home: Path, http_server: FakeServer) -> None:
    executor = _executor(http_server, [])
    row = executor.execute(_notify(), run_id="r1")
    assert row.status == "succeeded" and row.connector == "slack"
    (seen,) = http_server.requests
    assert (seen.method, seen.path, seen.headers["content-type"]) == ("POST", HOOK_PATH, "application/json")
    # Contract text is data: it cannot ping @channel or forge a link.
    assert seen.json() == {"text": "#billing: Acme &lt;Corp&gt; &amp; Co: first invoice USD 24,000.00 &lt;!channel&gt;"}
    (msg,) = _outbox()
    assert msg.delivered and msg.delivery_error is None
    executor.execute(_notify(), run_id="r1")
    executor._routes["notify"].execute(_notify(), key="k-note", run_id="r1")  # even bypassing the ledger
    assert len(http_server.requests) == 1 and len(_outbox()) == 1


def test_slack_rate_limit_is_retried_after_retry_after(home: Path, http_server: FakeServer) -> None:
    answers = [(429, {"Retry-After": "2"}, "rate_limited"), (503, {}, "service_unavailable"), (200, {}, "ok")]
    http_server.handler = lambda seen: answers.pop(0)
    sleeps: list[float] = []
    row = _executor(http_server, sleeps).execute(_notify(), run_id="r1")
    assert row.status == "succeeded" and row.attempts == 3
    assert sleeps[0] == 2.0 and 0.5 <= sleeps[1] <= 1.0  # Retry-After, then backoff with jitter
    assert len(_outbox()) == 1 and _outbox()[0].delivered


def test_slack_down_keeps_the_message_and_a_retry_delivers_it(home: Path, http_server: FakeServer) -> None:
    http_server.handler = lambda seen: (500, {}, "internal_error")
    executor = _executor(http_server, [])
    row = executor.execute(_notify(), run_id="r1")
    assert row.status == "failed" and row.attempts == executor.max_attempts
    (msg,) = _outbox()
    assert not msg.delivered and "Slack temporary (500): internal_error" in msg.delivery_error
    http_server.handler = lambda seen: (200, {}, "ok")
    assert executor.execute(_notify(), run_id="r1").status == "succeeded"
    (msg,) = _outbox()
    assert msg.delivered and msg.delivery_error is None


@pytest.mark.parametrize(("status", "body"), [(400, "invalid_payload"), (403, "invalid_token"), (404, "no_service"),
                                              (410, "channel_is_archived")])
def test_slack_refusals_are_permanent(home: Path, http_server: FakeServer, status: int, body: str) -> None:
    http_server.handler = lambda seen: (status, {}, body)
    row = _executor(http_server, []).execute(_notify(), run_id="r1")
    assert row.status == "failed" and row.attempts == 1 and f"Slack rejected ({status}): {body}" in row.error
    assert HOOK_PATH not in row.error and "xoxSecretPath" not in row.error


def test_a_run_whose_slack_is_broken_fails_only_that_action_and_retry_finishes_it(
        home: Path, http_server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from accrue.workflow.service import RunService

    http_server.handler = lambda seen: (403, {}, "invalid_token")
    monkeypatch.setenv("SLACK_WEBHOOK_URL", http_server.url + HOOK_PATH)
    contract, deal = example("acme")
    with RunService() as rt:
        view = rt.start_contract_run(contract, deal)
        failed = rt.decide(view.run_id, approve=[], by="Dana Controller")
        statuses = {a["type"]: a["status"] for a in failed.actions}
        assert failed.status == "failed" and statuses.pop("notify") == "failed"
        assert set(statuses.values()) == {"executed"}  # the other actions were not lost
        assert len(_outbox()) == 1 and not _outbox()[0].delivered

        http_server.handler = lambda seen: (200, {}, "ok")  # the webhook is fixed
        done = rt.retry(view.run_id)
        assert done.status == "completed" and {a["status"] for a in done.actions} == {"executed"}
        assert rt.retry(view.run_id).already_processed is True
    posts = [r for r in http_server.requests if r.method == "POST"]
    assert len(posts) == 2 and "Acme Corporation: first invoice" in posts[-1].json()["text"]
    assert len(_outbox()) == 1 and _outbox()[0].delivered


def test_escape() -> None:
    assert slack_escape("a<b>&c") == "a&lt;b&gt;&amp;c"

