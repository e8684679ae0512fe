"""Carries out approved actions exactly once, with bounded retries.

Before a connector call the action's idempotency key and intent are committed
(`ActionExecution`, status `started`); after it, the result and external id. A re-run
(resume after a crash, a repeated webhook, a second approve) finds a `succeeded` row and
does not call again. Transient errors retry with exponential backoff and jitter,
honouring Retry-After; a permanent error records itself and leaves the run resumable.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable

from sqlmodel import Session

from agent.store import ActionExecution, record_audit, utcnow
from tools.actions import Action
from tools.connectors.base import Connector, ConnectorError, ExecutionResult


class Executor:
    def __init__(self, connectors: Iterable[Connector], session_factory: Callable[[], Session], *,
                 max_attempts: int = 4, base_delay: float = 0.5, max_delay: float = 8.0,
                 sleep: Callable[[float], None] = time.sleep):
        self._routes: dict[str, Connector] = {}
        for connector in connectors:
            for action_type in connector.handles:
                self._routes.setdefault(action_type, connector)
        self._session = session_factory
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self._sleep = sleep

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
        with self._session() as s:
            row = s.get(ActionExecution, key)
            if row is not None and row.status == "succeeded":
                return row
            if row is None:
                row = ActionExecution(idempotency_key=key, run_id=run_id, action_id=action.id,
                                      action_type=action.type, connector=connector.name)
            row.status, row.error = "started", None
            s.add(row)
            s.commit()
        result: ExecutionResult | None = None
        error: ConnectorError | None = None
        attempts = 0
        for attempt in range(1, self.max_attempts + 1):
            attempts = attempt
            try:
                result = connector.execute(action, key=key, run_id=run_id)
                error = None
                break
            except ConnectorError as exc:
                error = exc
                if not exc.transient or attempt == self.max_attempts:
                    break
                self._sleep(self._delay(attempt, exc.retry_after))
        with self._session() as s:
            row = s.get(ActionExecution, key)
            assert row is not None
            row.attempts += attempts
            row.finished_at = utcnow()
            if result is not None:
                row.status, row.external_id = "succeeded", result.external_id
                row.result = result.model_dump(mode="json")
                record_audit(s, run_id, "executed", actor=actor, action_id=action.id, target=result.target,
                             action_type=action.type, external_id=result.external_id)
            else:
                row.status, row.error = "failed", str(error)
                record_audit(s, run_id, "execution_failed", actor=actor, action_id=action.id,
                             target=connector.name, action_type=action.type, error=str(error))
            s.add(row)
            s.commit()
            s.refresh(row)
            return row

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_delay * 4)
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return backoff / 2 + random.uniform(0, backoff / 2)
