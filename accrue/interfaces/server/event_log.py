"""The event store: every accepted webhook, stored before it is acknowledged, processed once.

An event row is written (with its files already in the data folder) before the server
answers 202, so an acknowledged event survives a crash. Its primary key is the sender's
event id, so a second delivery of the same event finds the first row and starts nothing.
The writer claims rows with a compare-and-set update (`received` -> `processing`); rows
left `processing` by a process that died are put back at start-up, and `failed` rows can
be retried once the cause is fixed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy import JSON, Column, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, col, select

from accrue.core.clock import utcnow

EventKind = Literal["contract-signed", "deal-closed", "usage", "payment"]
EventStatus = Literal["received", "processing", "done", "failed"]
KINDS: tuple[str, ...] = ("contract-signed", "deal-closed", "usage", "payment")


class WebhookEvent(SQLModel, table=True):
    """One delivered event: what arrived (files in the data folder), and what became of it."""

    __tablename__ = "webhook_events"
    id: str = Field(primary_key=True, description="the sender's webhook-id")
    kind: str
    status: str = Field(default="received", index=True)
    inputs: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    run_id: str | None = Field(default=None, index=True)
    run_status: str | None = None
    error: str | None = None
    waiting_for: str | None = Field(default=None, index=True, description="deal id this event needs first")
    attempts: int = 0
    received_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    def public(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def ensure_table(engine: Engine) -> None:
    """Create the table on this database if it is not there (the shared engine may predate this module)."""
    SQLModel.metadata.create_all(engine, tables=[WebhookEvent.__table__])  # type: ignore[attr-defined]


def get_event(engine: Engine, event_id: str) -> WebhookEvent | None:
    with Session(engine, expire_on_commit=False) as s:
        return s.get(WebhookEvent, event_id)


def store_event(engine: Engine, event_id: str, kind: str, inputs: dict[str, Any],
                run_id: str | None = None) -> tuple[WebhookEvent, bool]:
    """Insert a received event; `(event, False)` when that id is already stored (a duplicate delivery)."""
    existing = get_event(engine, event_id)
    if existing is not None:
        return existing, False
    row = WebhookEvent(id=event_id, kind=kind, inputs=inputs, run_id=run_id)
    try:
        with Session(engine, expire_on_commit=False) as s:
            s.add(row)
            s.commit()
    except IntegrityError:
        found = get_event(engine, event_id)
        if found is None:  # pragma: no cover - an integrity error for another reason
            raise
        return found, False
    return row, True


def claim_next(engine: Engine) -> WebhookEvent | None:
    """Take the oldest received event for processing; None when there is none."""
    with Session(engine, expire_on_commit=False) as s:
        candidates = s.exec(select(WebhookEvent.id).where(WebhookEvent.status == "received")
                            .order_by(col(WebhookEvent.received_at)).limit(5)).all()
        for event_id in candidates:
            result = s.execute(update(WebhookEvent).where(col(WebhookEvent.id) == event_id,
                                                          col(WebhookEvent.status) == "received")
                               .values(status="processing", attempts=WebhookEvent.attempts + 1, updated_at=utcnow()))
            s.commit()
            if result.rowcount == 1:  # type: ignore[attr-defined]
                return s.get(WebhookEvent, event_id, populate_existing=True)
    return None


def finish(engine: Engine, event_id: str, *, status: EventStatus, run_id: str | None = None,
           run_status: str | None = None, error: str | None = None, waiting_for: str | None = None) -> None:
    with Session(engine) as s:
        row = s.get(WebhookEvent, event_id)
        if row is None:
            return
        row.status = status
        row.run_id = run_id or row.run_id
        row.run_status = run_status
        row.error = error
        row.waiting_for = waiting_for
        row.updated_at = utcnow()
        s.add(row)
        s.commit()


def requeue_interrupted(engine: Engine) -> int:
    """Put back events a dead process left half-processed; call only while holding the writer lock."""
    with Session(engine) as s:
        result = s.execute(update(WebhookEvent).where(col(WebhookEvent.status) == "processing")
                           .values(status="received", updated_at=utcnow()))
        s.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def retry(engine: Engine, event_id: str) -> bool:
    """Queue a failed event again; False when it is not failed."""
    with Session(engine) as s:
        result = s.execute(update(WebhookEvent).where(col(WebhookEvent.id) == event_id,
                                                      col(WebhookEvent.status) == "failed")
                           .values(status="received", error=None, waiting_for=None, updated_at=utcnow()))
        s.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]


def requeue_waiting_for(engine: Engine, deal_id: str) -> list[str]:
    """Queue again the failed events that were waiting for this deal to arrive."""
    with Session(engine) as s:
        ids = list(s.exec(select(WebhookEvent.id).where(WebhookEvent.waiting_for == deal_id,
                                                        WebhookEvent.status == "failed")))
    return [i for i in ids if retry(engine, i)]


def list_events(engine: Engine, status: str | None = None, limit: int = 200) -> list[WebhookEvent]:
    with Session(engine, expire_on_commit=False) as s:
        q = select(WebhookEvent).order_by(col(WebhookEvent.received_at).desc()).limit(limit)
        if status:
            q = q.where(WebhookEvent.status == status)
        return list(s.exec(q))


def events_for_run(engine: Engine, run_id: str) -> list[WebhookEvent]:
    with Session(engine, expire_on_commit=False) as s:
        return list(s.exec(select(WebhookEvent).where(WebhookEvent.run_id == run_id)
                           .order_by(col(WebhookEvent.received_at))))
