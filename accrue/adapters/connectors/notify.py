"""Notifications: every message is written to the outbox first, so nothing is lost when a channel is down.

The outbox row is keyed by the action's idempotency key; delivery (Slack, in `slack.py`)
happens after it and marks the row delivered, so a retry re-delivers only what was not.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, select

from accrue.adapters.books import OutboxMessage
from accrue.adapters.connectors.base import ConnectorError, ExecutionResult
from accrue.adapters.secrets import redact
from accrue.core.actions import Action, Notify


class OutboxNotifier:
    name = "outbox"
    handles = frozenset({"notify"})

    def __init__(self, session_factory: Callable[[], Session]):
        self._session = session_factory

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        if not isinstance(action, Notify):
            raise ConnectorError(f"outbox cannot carry out {action.type}")
        row = self.write(action, key=key, run_id=run_id)
        return ExecutionResult(target=self.name, external_id=f"outbox-{row.id}", detail={"delivered": row.delivered})

    def write(self, action: Notify, *, key: str, run_id: str) -> OutboxMessage:
        """The outbox row for `key`, created on first call."""
        with self._session() as s:
            found = s.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == key)).first()
            if found is None:
                found = OutboxMessage(channel=action.channel, message=action.message, run_id=run_id,
                                      idempotency_key=key)
                s.add(found)
                s.commit()
                s.refresh(found)
            return found

    def mark(self, message_id: int, *, delivered: bool, error: str | None = None) -> None:
        with self._session() as s:
            row = s.get(OutboxMessage, message_id)
            if row is not None:
                row.delivered = delivered
                row.delivery_error = redact(error) if error else None
                s.add(row)
                s.commit()
