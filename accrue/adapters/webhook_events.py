"""The webhook event store: every accepted webhook, stored before it is acknowledged, processed once.

An event row is written (with its files already in the data folder) before the server
answers 202, so an acknowledged event survives a crash. Its primary key is the sender's
event id, so a second delivery of the same event finds the first row and starts nothing.
The writer claims rows with a compare-and-set update (`received` -> `processing`); rows
left `processing` by a process that died are put back at start-up, and `failed` rows can
be retried once the cause is fixed. Callers get `WebhookEvent` values, never table rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from accrue.adapters.database import replayable_session
from accrue.adapters.store import WebhookEventRecord, WebhookEventStatus
from accrue.core.clock import utcnow

WebhookKind = Literal["contract-signed", "deal-closed", "usage", "payment"]


class WebhookEvent(BaseModel):
    """One delivered event as stored: its inputs (files in the data folder) and what became of it."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    kind: WebhookKind
    status: WebhookEventStatus
    inputs: dict[str, Any]
    run_id: str | None
    run_status: str | None
    error: str | None
    waiting_for: str | None
    attempts: int
    received_at: datetime
    updated_at: datetime

    def public(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def _event(row: WebhookEventRecord | None) -> WebhookEvent | None:
    return None if row is None else WebhookEvent.model_validate(row)


def get_event(engine: Engine, event_id: str) -> WebhookEvent | None:
    with Session(engine) as s:
        return _event(s.get(WebhookEventRecord, event_id))


def store_event(engine: Engine, event_id: str, kind: WebhookKind, inputs: dict[str, Any],
                run_id: str | None = None) -> tuple[WebhookEvent, bool]:
    """Insert a received event; `(event, False)` when that id is already stored (a duplicate delivery)."""
    existing = get_event(engine, event_id)
    if existing is not None:
        return existing, False
    try:
        with Session(engine, expire_on_commit=False) as s:  # every column's default is set here: no read back
            row = WebhookEventRecord(id=event_id, kind=kind, inputs=inputs, run_id=run_id)
            s.add(row)
            s.commit()
            return WebhookEvent.model_validate(row), True
    except IntegrityError:
        found = get_event(engine, event_id)
        if found is None:  # pragma: no cover - an integrity error for another reason
            raise
        return found, False


def claim_next(engine: Engine) -> WebhookEvent | None:
    """Take the oldest received event for processing; None when there is none. The claim does not wait for the
    disk: undone by a power cut, the event is simply received again and processed (its run is found by its id)."""
    with replayable_session(engine) as s:
        candidates = s.exec(select(WebhookEventRecord.id).where(WebhookEventRecord.status == "received")
                            .order_by(col(WebhookEventRecord.received_at)).limit(5)).all()
        for event_id in candidates:
            result = s.execute(update(WebhookEventRecord).where(col(WebhookEventRecord.id) == event_id,
                                                                col(WebhookEventRecord.status) == "received")
                               .values(status="processing", attempts=WebhookEventRecord.attempts + 1,
                                       updated_at=utcnow()))
            s.commit()
            if result.rowcount == 1:  # type: ignore[attr-defined]
                return _event(s.get(WebhookEventRecord, event_id, populate_existing=True))
    return None


def finish(engine: Engine, event_id: str, *, status: WebhookEventStatus, run_id: str | None = None,
           run_status: str | None = None, error: str | None = None, waiting_for: str | None = None) -> None:
    values: dict[str, Any] = {"status": status, "run_status": run_status, "error": error,
                              "waiting_for": waiting_for, "updated_at": utcnow()}
    if run_id:
        values["run_id"] = run_id
    # One UPDATE, not a read and a write, and without waiting for the disk: undone by a power cut, the event is
    # processed again, which finds its run as it stands.
    with replayable_session(engine) as s:
        s.execute(update(WebhookEventRecord).where(col(WebhookEventRecord.id) == event_id).values(**values))
        s.commit()


def requeue_interrupted(engine: Engine) -> int:
    """Put back events a dead process left half-processed; call only while holding the writer lock."""
    with Session(engine) as s:
        result = s.execute(update(WebhookEventRecord).where(col(WebhookEventRecord.status) == "processing")
                           .values(status="received", updated_at=utcnow()))
        s.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def retry(engine: Engine, event_id: str) -> bool:
    """Queue a failed event again; False when it is not failed."""
    with Session(engine) as s:
        result = s.execute(update(WebhookEventRecord).where(col(WebhookEventRecord.id) == event_id,
                                                            col(WebhookEventRecord.status) == "failed")
                           .values(status="received", error=None, waiting_for=None, updated_at=utcnow()))
        s.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]


def requeue_waiting_for(engine: Engine, deal_id: str) -> list[str]:
    """Queue again the failed events that were waiting for this deal to arrive."""
    with Session(engine) as s:
        ids = list(s.exec(select(WebhookEventRecord.id).where(WebhookEventRecord.waiting_for == deal_id,
                                                              WebhookEventRecord.status == "failed")))
    return [i for i in ids if retry(engine, i)]


def list_events(engine: Engine, status: str | None = None, limit: int = 200) -> list[WebhookEvent]:
    """Stored events, newest first."""
    with Session(engine) as s:
        q = select(WebhookEventRecord).order_by(col(WebhookEventRecord.received_at).desc()).limit(limit)
        if status:
            q = q.where(WebhookEventRecord.status == status)
        return [WebhookEvent.model_validate(row) for row in s.exec(q)]


def events_for_run(engine: Engine, run_id: str) -> list[WebhookEvent]:
    """The events that started (or re-delivered) one run, oldest first."""
    with Session(engine) as s:
        return [WebhookEvent.model_validate(row) for row in s.exec(
            select(WebhookEventRecord).where(WebhookEventRecord.run_id == run_id)
            .order_by(col(WebhookEventRecord.received_at)))]
