"""accrue's own records: runs, the audit trail, the execution ledger, webhook events, chat threads, sign-in tokens.

The tables only; the engine that creates them is `accrue.adapters.database`, the webhook event
lifecycle is `accrue.adapters.webhook_events`, chat threads are `accrue.adapters.chat_threads`,
and what the interfaces read goes through `accrue.adapters.read_model`. The books themselves
(customers, invoices, ledger) live in `accrue.adapters.books`, same database.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import JSON, Column
from sqlmodel import AutoString, Field, Session, SQLModel, col, select

from accrue.adapters.sql_types import json_text
from accrue.core.clock import utcnow

ExecutionStatus = Literal["started", "succeeded", "failed"]
WebhookEventStatus = Literal["received", "processing", "done", "failed"]


class RunRecord(SQLModel, table=True):
    """Index of graph runs for listing; the checkpointer holds the authoritative state."""

    __tablename__ = "runs"
    run_id: str = Field(primary_key=True)
    kind: str = "new_contract"
    # running, needs_review, waiting_approval, completed, rejected or failed (the run service's view of the
    # checkpoint, `accrue.workflow.state.RunStatus`), kept as the plain string so old rows read unchanged
    status: str = Field(default="running", index=True)
    source: str = ""
    customer: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    summary: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    error: str | None = None


class AuditEvent(SQLModel, table=True):
    """Append-only: what changed, where, from which source, who decided."""

    __tablename__ = "audit_events"
    id: int | None = Field(default=None, primary_key=True)
    run_id: str = Field(index=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = "accrue"
    event: str
    action_id: str | None = None
    target: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))


class ActionExecution(SQLModel, table=True):
    """One row per idempotency key, written before the external call and completed after it."""

    __tablename__ = "action_executions"
    idempotency_key: str = Field(primary_key=True)
    run_id: str = Field(index=True)
    action_id: str
    action_type: str
    connector: str
    status: ExecutionStatus = Field(default="started", sa_type=AutoString)
    attempts: int = 0
    external_id: str | None = None
    result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    error: str | None = None
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class WebhookEventRecord(SQLModel, table=True):
    """One delivered webhook event: what arrived (files in the data folder), and what became of it."""

    __tablename__ = "webhook_events"
    id: str = Field(primary_key=True, description="the sender's webhook-id")
    kind: str
    status: WebhookEventStatus = Field(default="received", index=True, sa_type=AutoString)
    inputs: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    run_id: str | None = Field(default=None, index=True)
    run_status: str | None = None
    error: str | None = None
    waiting_for: str | None = Field(default=None, index=True, description="deal id this event needs first")
    attempts: int = 0
    received_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ChatThreadRecord(SQLModel, table=True):
    """Which conversation thread is whose, so `accrue chat --resume` finds a person's latest one."""

    __tablename__ = "chat_threads"
    thread_id: str = Field(primary_key=True)
    speaker_key: str = Field(index=True)
    speaker: str
    started_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PersonToken(SQLModel, table=True):
    """The current sign-in token of one person of policy.toml [people], as a salted HMAC."""

    __tablename__ = "person_tokens"
    person_key: str = Field(primary_key=True, description="the name as `normalise_name` compares it")
    name: str = Field(description="the name as policy.toml [people] lists it")
    salt: str
    digest: str
    issued_at: datetime = Field(default_factory=utcnow)


def record_audit(session: Session, run_id: str, event_name: str, *, actor: str = "accrue",
                 action_id: str | None = None, target: str | None = None, **detail: Any) -> None:
    session.add(AuditEvent(run_id=run_id, event=event_name, actor=actor, action_id=action_id, target=target,
                           detail=json.loads(json_text(detail))))


def decided_actions(session: Session, run_id: str) -> set[str]:
    """Ids of the run's actions with an `approved` or `rejected` event: each action is decided once, so a decision
    replayed after a crash (its audit row committed, the checkpoint after it lost) is not recorded again."""
    rows = session.exec(select(AuditEvent.action_id).where(AuditEvent.run_id == run_id,
                                                           col(AuditEvent.event).in_(("approved", "rejected"))))
    return {aid for aid in rows if aid}


def audit_trail(session: Session, run_id: str) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).where(AuditEvent.run_id == run_id).order_by(col(AuditEvent.id))))
