"""Carries out approved actions exactly once, with bounded retries.

Before a connector call the action's idempotency key and intent are committed
(`ActionExecution`, status `started`, the action's JSON as `result.intent`); after it, the
outcome and the external id. A re-run (resume after a crash, a repeated webhook, a second
approve) finds a `succeeded` row and does not call again; a row left `started` means a
process died mid-call, so the call is repeated and the connector's own key lookup makes
that harmless. Transient errors (timeouts, 429, 5xx) retry with exponential backoff and
jitter over its upper half, a bounded number of times, honouring Retry-After; a permanent error stops that
action, records itself (redacted) and leaves the run resumable with `RunService.retry`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from typing import Any

from sqlmodel import Session

from accrue.adapters.connectors.base import Connector, ConnectorError, ExecutionResult
from accrue.adapters.secrets import redact, redact_data
from accrue.adapters.store import ActionExecution, record_audit
from accrue.core.actions import Action, action_json
from accrue.core.clock import utcnow

AfterCall = Callable[[Action, ExecutionResult], None]


class Executor:
    """Routes each action to its connector and runs it at most once per idempotency key.

    `after_call(action, result)`, when set, runs after each successful connector call and before
    that success is recorded: the one moment a crash leaves an effect done but unrecorded, which is
    where the crash tests (tests/crash_driver.py) kill the process.
    """

    def __init__(self, connectors: Iterable[Connector], session_factory: Callable[[], Session], *,
                 max_attempts: int = 4, base_delay: float = 0.5, max_delay: float = 8.0,
                 max_retry_after: float = 60.0, sleep: Callable[[float], None] = time.sleep,
                 after_call: AfterCall | None = None):
        self._session = session_factory
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self.after_call = after_call
        self.set_connectors(connectors)

    def set_connectors(self, connectors: Iterable[Connector]) -> None:
        """Route each action type to the first connector that handles it."""
        self.connectors = list(connectors)
        self._routes: dict[str, Connector] = {}
        for connector in self.connectors:
            for action_type in connector.handles:
                self._routes.setdefault(action_type, connector)

    def connector_for(self, action: Action) -> Connector:
        try:
            return self._routes[action.type]
        except KeyError:
            raise ConnectorError(f"no connector is configured for {action.type}") from None

    def execute(self, action: Action, *, run_id: str, actor: str = "accrue") -> ActionExecution:
        """Run one action at most once; returns its execution row (succeeded or failed)."""
        key = action.idempotency_key
        if not key:
            raise ValueError(f"action {action.id} has no idempotency key")
        connector = self.connector_for(action)
        intent = redact_data(action_json(action))
        # One session for the key and the outcome: its transaction ends with the first commit, so nothing is held
        # open during the call, and the row is not read back twice.
        with self._session() as s:
            row = s.get(ActionExecution, key)
            if row is not None and row.status == "succeeded":
                return row
            if row is None:
                row = ActionExecution(idempotency_key=key, run_id=run_id, action_id=action.id,
                                      action_type=action.type, connector=connector.name)
            elif row.status == "started":  # a process died during this call; the connector dedupes by key
                record_audit(s, run_id, "execution_resumed", actor=actor, action_id=action.id,
                             target=connector.name, action_type=action.type)
            row.status, row.error, row.connector = "started", None, connector.name
            row.result = {"intent": intent}
            s.add(row)
            s.commit()  # the key, before the call
            result, error, attempts = self._call(connector, action, key, run_id)
            row.attempts += attempts
            row.finished_at = utcnow()
            if result is not None:
                row.status, row.external_id = "succeeded", result.external_id
                row.result = {"intent": intent, "outcome": redact_data(result.model_dump(mode="json"))}
                record_audit(s, run_id, "executed", actor=actor, action_id=action.id, target=result.target,
                             action_type=action.type, external_id=result.external_id)
            else:
                message = redact(error)
                row.status, row.error = "failed", message
                record_audit(s, run_id, "execution_failed", actor=actor, action_id=action.id,
                             target=connector.name, action_type=action.type, error=message,
                             transient=bool(error and error.transient), attempts=attempts)
            s.add(row)
            s.commit()
            if s.expire_on_commit:  # the caller reads the row after the session is closed
                s.refresh(row)
            return row

    def _call(self, connector: Connector, action: Action, key: str,
              run_id: str) -> tuple[ExecutionResult | None, ConnectorError | None, int]:
        error: ConnectorError | None = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                result = connector.execute(action, key=key, run_id=run_id)
            except ConnectorError as exc:
                error = exc
            except Exception as exc:  # a connector bug is a permanent failure of this action, not of the run
                error = ConnectorError(f"{connector.name} failed unexpectedly: {type(exc).__name__}: {exc}")
            else:
                if self.after_call is not None:
                    self.after_call(action, result)
                return result, None, attempt
            if not error.transient or attempt == self.max_attempts:
                return None, error, attempt
            self._sleep(self.delay(attempt, error.retry_after))
        raise AssertionError("unreachable")

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds before retry `attempt + 1`: the server's Retry-After when given (capped), else
        exponential backoff (base * 2^(attempt-1), capped at max_delay) with jitter over its upper half."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return backoff / 2 + random.uniform(0, backoff / 2)


def reopen_failed(actions: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                                                            list[str]]:
    """Actions JSON with failed actions, and those skipped only because of them, made ready to run again.

    A failed action goes back to `approved` (if it needed approval it had one) or `proposed`;
    an action the execute step skipped because a dependency failed goes back the same way.
    Anything a person rejected stays rejected. Returns the new list and the reopened ids.
    """
    by_id = {a["id"]: dict(a) for a in actions}
    rejected_by_person = {d["action_id"] for d in decisions if d.get("decision") == "reject"}
    approved_by_person = {d["action_id"] for d in decisions if d.get("decision") == "approve"}
    reopened: list[str] = []

    def ready_status(a: dict[str, Any]) -> str:
        return "approved" if a.get("needs_approval") and a["id"] in approved_by_person else "proposed"

    for a in by_id.values():
        if a.get("status") == "failed":
            a["status"] = ready_status(a)
            reopened.append(a["id"])
    changed = True
    while changed:
        changed = False
        for a in by_id.values():
            if a.get("status") != "rejected" or a["id"] in rejected_by_person:
                continue
            deps = a.get("depends_on", [])
            if deps and any(d in reopened for d in deps) and not any(
                    by_id.get(d, {}).get("status") == "rejected" for d in deps):
                a["status"] = ready_status(a)
                a["reasons"] = [r for r in a.get("reasons", []) if not r.startswith("not run:")]
                reopened.append(a["id"])
                changed = True
    return [by_id[a["id"]] for a in actions], reopened
