"""Notifications: always written to the outbox first; delivered to Slack when configured."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, select

from tools.actions import Action, Notify
from tools.books import OutboxMessage
from tools.connectors.base import ConnectorError, ExecutionResult


class OutboxNotifier:
    name = "outbox"
    handles = frozenset({"notify"})

    def __init__(self, session_factory: Callable[[], Session]):
        self._session = session_factory

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        if not isinstance(action, Notify):
            raise ConnectorError(f"outbox cannot carry out {action.type}")
        with self._session() as s:
            found = s.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == key)).first()
            if found is None:
                found = OutboxMessage(channel=action.channel, message=action.message, run_id=run_id,
                                      idempotency_key=key)
                s.add(found)
                s.commit()
                s.refresh(found)
            return ExecutionResult(target=self.name, external_id=f"outbox-{found.id}")
