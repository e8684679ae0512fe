"""The connector seam: one interface, chosen in config, tested against real or faithful fakes."""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, Field

from accrue.core.actions import Action


class ExecutionResult(BaseModel):
    """What a connector reports back: where the effect landed and its id there."""

    target: str
    external_id: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class ConnectorError(Exception):
    """A call that failed. `transient` errors are retried; permanent ones stop that action."""

    def __init__(self, message: str, *, transient: bool = False, retry_after: float | None = None,
                 status: int | None = None):
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after
        self.status = status


class Connector(Protocol):
    """Carries out the action types in `handles`, at most once per idempotency key."""

    name: str
    handles: frozenset[str]

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult: ...
