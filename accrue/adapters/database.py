"""The database engine: one per URL per process, with every accrue table created on it.

SQLite by default (`.accrue/accrue.db`), PostgreSQL via DATABASE_URL. This module knows the
table modules (accrue's own records in `store`, the books in `books`) so that whichever
part of accrue opens the database first finds their tables there; a connector with tables
of its own (Stripe's request ledger) creates them when it is built.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

from accrue.adapters import books, store  # noqa: F401  (their tables register on the metadata created below)
from accrue.adapters.sql_types import json_text


@cache
def get_engine(url: str) -> Engine:
    """One engine per database URL per process; SQLite gets WAL and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               json_serializer=json_text)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    else:
        engine = create_engine(url, json_serializer=json_text)
    SQLModel.metadata.create_all(engine)
    return engine

