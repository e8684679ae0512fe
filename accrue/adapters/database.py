"""The database engine: one per URL per process, with every accrue table created on it.

SQLite by default (`.accrue/accrue.db`), PostgreSQL via DATABASE_URL. This module knows the
table modules (accrue's own records in `store`, the books in `books`) so that whichever
part of accrue opens the database first finds their tables there; a connector with tables
of its own (Stripe's request ledger) creates them when it is built. The tables are created once
per database: a fingerprint of their definitions is stored beside them (`accrue_schema`), and a
process that finds the same fingerprint there skips `create_all` and its per-table checks. A new or older
database is brought up to date in one transaction: on SQLite each CREATE would otherwise be a commit of its own
(a wait for the disk each, about fifty for a new data folder), and only the tables that were there before are
checked for the columns and indexes an older accrue lacked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Table, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel, create_engine

from accrue.adapters import books, document_store, store  # noqa: F401  (their tables register on the metadata created below)
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
    _ensure_schema(engine)
    return engine


@contextmanager
def replayable_session(engine: Engine, *, expire_on_commit: bool = True) -> Iterator[Session]:
    """A session for records a crash can only roll back to an earlier, replayable state (an event claimed or
    finished, a run's status row): on SQLite its commits do not wait for the disk.

    Every other commit does (SQLite's default, `synchronous=FULL`): an idempotency key before its call, an
    acknowledged event, what a checkpoint will refer to. In WAL mode a commit here is safe from a killed process
    (the log is the database's), and the next waiting commit carries it to disk with it; only a power cut before
    then can undo it, leaving the event to be processed again, or the row to be read again from its run. The
    setting belongs to this session's own connection, restored before the pool hands it to anyone else.
    PostgreSQL commits as usual.
    """
    if engine.dialect.name != "sqlite":
        with Session(engine, expire_on_commit=expire_on_commit) as s:
            yield s
        return
    with engine.connect() as conn:
        before = int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
        conn.commit()
        try:
            with Session(bind=conn, expire_on_commit=expire_on_commit) as s:
                yield s
        finally:
            try:
                conn.rollback()
                conn.exec_driver_sql(f"PRAGMA synchronous={before}")
                conn.commit()
            except Exception:
                conn.invalidate()  # never back in the pool without waiting for the disk
                raise


def schema_version() -> str:
    """A fingerprint of every accrue table's definition: its name, its columns and their types, its indexes."""
    shape = sorted((t.name, sorted((c.name, repr(c.type), c.nullable, c.primary_key) for c in t.columns),
                    sorted(str(i.name) for i in t.indexes))
                   for t in SQLModel.metadata.sorted_tables)
    return hashlib.sha256(repr(shape).encode()).hexdigest()[:16]


def _ensure_schema(engine: Engine) -> None:
    version = schema_version()
    try:
        with engine.connect() as conn:
            if conn.execute(text("SELECT version FROM accrue_schema")).scalar() == version:
                return
    except DBAPIError:  # no accrue_schema table yet: a new database
        pass
    with _schema_transaction(engine) as conn:
        existing = set(inspect(conn).get_table_names())
        if "accrue_schema" in existing and conn.execute(text("SELECT version FROM accrue_schema")).scalar() == version:
            return  # another process brought it up to date while this one waited for the lock
        new = [t for t in SQLModel.metadata.sorted_tables if t.name not in existing]
        SQLModel.metadata.create_all(conn, tables=new, checkfirst=False)
        _add_missing_columns(conn, existing)
        _add_missing_indexes(conn, existing)
        books.fill_invoice_keys(conn)
        conn.execute(text("CREATE TABLE IF NOT EXISTS accrue_schema (version VARCHAR(64) NOT NULL)"))
        conn.execute(text("DELETE FROM accrue_schema"))
        conn.execute(text("INSERT INTO accrue_schema (version) VALUES (:v)"), {"v": version})


@contextmanager
def _schema_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for every change to the schema, committed once.

    pysqlite opens a transaction only before a write of rows, so on SQLite each CREATE is otherwise committed on
    its own; `BEGIN IMMEDIATE` also takes the write lock before the tables are looked at, so a second process
    starting on the same new data folder waits, then finds them made, instead of racing to create them.
    PostgreSQL runs DDL in the connection's transaction already.
    """
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn


def _add_missing_indexes(conn: Connection, existing: set[str]) -> None:
    """Indexes added to a table an older accrue created (`create_all` only indexes the tables it creates); the
    tables in `existing` are those that were there before this process created any."""
    for table in SQLModel.metadata.sorted_tables:
        if table.name in existing:  # create_all indexed the tables it made; a connector makes its own
            for index in table.indexes:
                index.create(conn, checkfirst=True)


def _add_missing_columns(conn: Connection, existing: set[str]) -> None:
    """Tables an older accrue created (those in `existing`) lack the columns added since (`create_all` never alters
    a table): add each, with the model's default where it has a money or text one (else empty), so an existing data
    folder keeps working."""
    inspector = inspect(conn)
    for mapper in SQLModel._sa_registry.mappers:
        table, fields = mapper.persist_selectable, mapper.class_.model_fields
        if not isinstance(table, Table) or table.name not in existing:
            continue
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in (c for c in table.columns if c.name not in present):
            default = fields[column.name].default if column.name in fields else None
            kept = f" DEFAULT '{default}'" if isinstance(default, str | Decimal) else ""
            conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} "
                              f"{column.type.compile(dialect=conn.dialect)}{kept}"))
