"""accrue's own database: runs, the audit trail, and the execution ledger of idempotency keys.

SQLModel over SQLite by default (`.accrue/accrue.db`), PostgreSQL via DATABASE_URL.
Money never touches a float column: `DecimalString` stores exact decimal text.
The books themselves (customers, invoices, ledger) live in `accrue.adapters.books`, same database.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import JSON, Column, String, TypeDecorator, event
from sqlalchemy.engine import Engine
from sqlmodel import Field, Session, SQLModel, col, create_engine, select

from accrue.core.clock import utcnow


class DecimalString(TypeDecorator[Decimal]):
    """Exact decimal stored as text: SQLite has no decimal type and NUMERIC goes through float."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, not float")
        return str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


def money_field(**kw: Any) -> Any:
    return Field(sa_column=Column(DecimalString(), nullable=False), **kw)


class RunRecord(SQLModel, table=True):
    """Index of graph runs for listing; the checkpointer holds the authoritative state."""

    __tablename__ = "runs"
    run_id: str = Field(primary_key=True)
    kind: str = "new_contract"
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
    status: str = "started"  # started | succeeded | failed
    attempts: int = 0
    external_id: str | None = None
    result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    error: str | None = None
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


@cache
def get_engine(url: str) -> Engine:
    """One engine per database URL per process; SQLite gets WAL and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               json_serializer=_json_dumps)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    else:
        engine = create_engine(url, json_serializer=_json_dumps)
    import accrue.adapters.books  # noqa: F401  (registers the books tables on the metadata)

    SQLModel.metadata.create_all(engine)
    return engine


def _json_dumps(obj: Any) -> str:
    return json.dumps(obj, default=str)


def record_audit(session: Session, run_id: str, event_name: str, *, actor: str = "accrue",
                 action_id: str | None = None, target: str | None = None, **detail: Any) -> None:
    session.add(AuditEvent(run_id=run_id, event=event_name, actor=actor, action_id=action_id, target=target,
                           detail=json.loads(_json_dumps(detail))))


def audit_trail(session: Session, run_id: str) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).where(AuditEvent.run_id == run_id).order_by(col(AuditEvent.id))))
