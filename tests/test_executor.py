"""The executor: one call per key, bounded retries with backoff and Retry-After, permanent failures recorded,
and failed actions reopened for `accrue retry`. Connectors here are scripted fakes at the seam."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from accrue.adapters.connectors.base import ConnectorError, ExecutionResult
from accrue.adapters.executor import Executor, reopen_failed
from accrue.adapters.store import ActionExecution, AuditEvent
from accrue.core.actions import Action
from tests.stripe_fakes import customer_action, session_factory


class Scripted:
    """Answers each call with the next outcome: an exception to raise or an external id to return."""

    name = "scripted"
    handles = frozenset({"create_customer"})

    def __init__(self, *outcomes: Exception | str):
        self.outcomes = list(outcomes)
        self.calls = 0

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        self.calls += 1
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return ExecutionResult(target=self.name, external_id=outcome)


def _run(connector: Scripted, **kw: object) -> tuple[ActionExecution, list[float]]:
    sleeps: list[float] = []
    executor = Executor([connector], session_factory(), sleep=sleeps.append, **kw)  # type: ignore[arg-type]
    return executor.execute(customer_action(), run_id="r1"), sleeps


def _audit(event: str) -> list[AuditEvent]:
    with session_factory()() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.event == event)))


def test_transient_errors_back_off_exponentially_with_jitter(home: Path) -> None:
    flaky = Scripted(ConnectorError("timeout", transient=True), ConnectorError("502", transient=True),
                     ConnectorError("503", transient=True), "ext-1")
    row, sleeps = _run(flaky, max_attempts=4, base_delay=0.5, max_delay=8.0)
    assert (row.status, row.attempts, row.external_id, flaky.calls) == ("succeeded", 4, "ext-1", 4)
    for attempt, delay in enumerate(sleeps, start=1):
        ceiling = 0.5 * 2 ** (attempt - 1)
        assert ceiling / 2 <= delay <= ceiling
    assert row.result["intent"]["customer_id"] == "cus-acme" and row.result["outcome"]["external_id"] == "ext-1"


def test_retry_after_is_honoured_and_capped(home: Path) -> None:
    row, sleeps = _run(Scripted(ConnectorError("429", transient=True, retry_after=7.0),
                                ConnectorError("429", transient=True, retry_after=3600.0), "ext-1"),
                       max_retry_after=60.0)
    assert row.status == "succeeded" and sleeps == [7.0, 60.0]


def test_retries_are_bounded_and_the_failure_recorded(home: Path) -> None:
    always = Scripted(*[ConnectorError("Stripe temporary (503): down", transient=True, status=503)] * 3)
    row, sleeps = _run(always, max_attempts=3)
    assert (row.status, row.attempts, always.calls, len(sleeps)) == ("failed", 3, 3, 2)
    assert row.error == "Stripe temporary (503): down"
    (event,) = _audit("execution_failed")
    assert event.detail["transient"] is True and event.detail["attempts"] == 3


def test_permanent_error_stops_at_once(home: Path) -> None:
    row, sleeps = _run(Scripted(ConnectorError("Stripe rejected (400): No such customer", status=400)))
    assert (row.status, row.attempts, sleeps) == ("failed", 1, [])


def test_a_connector_bug_fails_the_action_not_the_run(home: Path) -> None:
    row, _ = _run(Scripted(KeyError("id")))
    assert row.status == "failed" and row.error == "scripted failed unexpectedly: KeyError: 'id'"


def test_succeeded_key_is_never_called_again_and_failed_key_is(home: Path) -> None:
    connector = Scripted(ConnectorError("no", status=400), "ext-1")
    executor = Executor([connector], session_factory(), sleep=lambda _s: None)
    assert executor.execute(customer_action(), run_id="r1").status == "failed"
    assert executor.execute(customer_action(), run_id="r1").status == "succeeded"
    row = executor.execute(customer_action(), run_id="r1")
    assert (row.status, row.attempts, connector.calls) == ("succeeded", 2, 2)


def test_a_call_cut_off_by_a_crash_is_repeated_and_audited(home: Path) -> None:
    sf = session_factory()
    with sf() as s:  # what a SIGKILL between the call and its record leaves behind
        s.add(ActionExecution(idempotency_key="key-cus-1", run_id="r1", action_id="a1",
                              action_type="create_customer", connector="scripted", status="started", attempts=0))
        s.commit()
    row, _ = _run(Scripted("ext-1"))
    assert row.status == "succeeded"
    assert [e.action_id for e in _audit("execution_resumed")] == ["a1"]


def test_no_connector_for_an_action_type(home: Path) -> None:
    executor = Executor([], session_factory())
    with pytest.raises(ConnectorError, match="no connector is configured for create_customer"):
        executor.execute(customer_action(), run_id="r1")


def test_reopen_failed_restores_failed_and_skipped_actions_but_not_rejected_ones() -> None:
    actions = [
        {"id": "a1", "status": "executed", "needs_approval": False, "depends_on": []},
        {"id": "a2", "status": "failed", "needs_approval": True, "depends_on": ["a1"]},
        {"id": "a3", "status": "rejected", "needs_approval": False, "depends_on": ["a2"],
         "reasons": ["not run: a2 did not run"]},
        {"id": "a4", "status": "rejected", "needs_approval": True, "depends_on": [], "reasons": ["too big"]},
        {"id": "a5", "status": "rejected", "needs_approval": False, "depends_on": ["a4"],
         "reasons": ["not run: a4 did not run"]},
        {"id": "a6", "status": "failed", "needs_approval": False, "depends_on": []},
    ]
    decisions = [{"action_id": "a2", "decision": "approve"}, {"action_id": "a4", "decision": "reject"}]
    out, reopened = reopen_failed(actions, decisions)
    assert reopened == ["a2", "a6", "a3"]
    assert [(a["id"], a["status"]) for a in out] == [("a1", "executed"), ("a2", "approved"), ("a3", "proposed"),
                                                     ("a4", "rejected"), ("a5", "rejected"), ("a6", "proposed")]
    assert out[2]["reasons"] == []
    assert reopen_failed(out, decisions)[1] == []


class Peeking(Scripted):
    """Reads the execution ledger from its own session while its call is in progress, as another process would."""

    def __init__(self, *outcomes: Exception | str):
        super().__init__(*outcomes)
        self.seen: list[tuple[str, dict[str, object]]] = []

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        with session_factory()() as s:
            row = s.get(ActionExecution, key)
            assert row is not None, "the key must be committed before the call"
            self.seen.append((row.status, dict(row.result or {})))
        return super().execute(action, key=key, run_id=run_id)


def test_the_key_is_committed_before_the_call_and_the_outcome_after_it(home: Path) -> None:
    connector = Peeking(ConnectorError("busy", transient=True, status=503), "ext-7")
    row, _ = _run(connector)
    assert [status for status, _ in connector.seen] == ["started", "started"]
    assert all(set(result) == {"intent"} for _, result in connector.seen)
    assert (row.status, row.external_id, row.attempts) == ("succeeded", "ext-7", 2)
    with session_factory()() as s:  # what another process reads afterwards, not the returned object
        stored = s.get(ActionExecution, customer_action().idempotency_key)
        assert stored is not None
        assert (stored.status, stored.external_id, stored.attempts) == ("succeeded", "ext-7", 2)
        assert stored.finished_at is not None and set(stored.result) == {"intent", "outcome"}
    assert [e.detail["external_id"] for e in _audit("executed")] == ["ext-7"]
