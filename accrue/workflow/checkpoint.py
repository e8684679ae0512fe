"""Which LangGraph checkpointer a RunService keeps its runs in: a SQLite file, or PostgreSQL.

SQLite (`<ACCRUE_HOME>/checkpoints.db`, WAL) is the default and needs nothing installed, but
it locks when several processes write it, so it suits one writer. When `DATABASE_URL` points
at PostgreSQL (`postgresql+psycopg://...`, the books' URL), runs are checkpointed in that
database with `PostgresSaver` (the `postgres` extra), so several workers share them. Kept
apart from `accrue.workflow.service` so the choice, the connection settings the saver needs and its
one-time `.setup()` live in one place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from langgraph.checkpoint.base import BaseCheckpointSaver
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from accrue.adapters.secrets import redact, register_url_password
from accrue.core.errors import ConfigError
from accrue.settings import Settings

# Any constant works; it only has to be the same in every worker (pg_advisory_lock key).
_SETUP_LOCK_KEY = 0x61636372_7565


@dataclass
class Checkpointer:
    """An open saver and how to release what it holds (a file handle or a connection pool)."""

    saver: BaseCheckpointSaver[Any]
    backend: Literal["sqlite", "postgres"]
    close: Callable[[], None]


def postgres_conninfo(database_url: str | None) -> str | None:
    """The libpq URI for a PostgreSQL `DATABASE_URL` (SQLAlchemy's `+driver` dropped); None for any other."""
    if not database_url:
        return None
    try:
        url = make_url(database_url)
    except ArgumentError:
        return None
    if url.get_backend_name() != "postgresql":
        return None
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def open_checkpointer(settings: Settings) -> Checkpointer:
    """PostgreSQL when `settings.database_url` is a PostgreSQL URL, else the SQLite file in the data folder."""
    conninfo = postgres_conninfo(settings.database_url)
    if conninfo is not None:
        register_url_password(settings.database_url)  # before any connection error can quote it
        return _postgres(conninfo)
    return _sqlite(settings)


def _sqlite(settings: Settings) -> Checkpointer:
    from langgraph.checkpoint.sqlite import SqliteSaver

    conn = sqlite3.connect(str(settings.checkpoint_path), check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    # A checkpoint is committed without waiting for the disk (WAL keeps the file consistent, and a killed process
    # loses nothing): only a power cut can lose the last few, and a run then resumes from the one before, which is
    # safe because every effect is keyed in accrue's own database, committed in full, before it is made.
    conn.execute("PRAGMA synchronous=NORMAL")
    return Checkpointer(SqliteSaver(conn), "sqlite", conn.close)


def _postgres(conninfo: str) -> Checkpointer:
    try:
        import psycopg
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row
        from psycopg_pool import ConnectionPool
    except ImportError as exc:
        raise ConfigError(f"DATABASE_URL is PostgreSQL but the postgres extra is not installed (no module "
                          f"{exc.name}); pip install 'accrue[postgres]' (psycopg, psycopg-pool, "
                          "langgraph-checkpoint-postgres)") from None
    where = _where(conninfo)
    # The saver's documented connection settings: autocommit (it commits nothing itself), rows as dicts,
    # no server-side prepared statements (they break behind poolers such as PgBouncer).
    settings: dict[str, Any] = {"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row}
    try:
        with psycopg.connect(conninfo, connect_timeout=10, **settings) as conn:
            # Workers starting together would race through the saver's migrations: one at a time.
            conn.execute("SELECT pg_advisory_lock(%s)", (_SETUP_LOCK_KEY,))
            try:
                PostgresSaver(conn).setup()  # creates or migrates its tables; a no-op once done
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK_KEY,))
    except psycopg.OperationalError as exc:
        raise ConfigError(redact(f"DATABASE_URL: cannot reach PostgreSQL at {where} for the run checkpoints "
                                 f"({_first_line(exc)}); start the server or fix DATABASE_URL")) from None
    except psycopg.Error as exc:
        raise ConfigError(redact(f"DATABASE_URL: PostgreSQL at {where} refused the checkpoint tables "
                                 f"({_first_line(exc)}); give the user CREATE rights on that database")) from None
    # A pool, not one connection: a long-running service gets a fresh connection after a database restart.
    pool: ConnectionPool[Any] = ConnectionPool(conninfo, min_size=1, max_size=2, kwargs=settings, open=True,
                                               check=ConnectionPool.check_connection, name="accrue-checkpoints")
    return Checkpointer(PostgresSaver(pool), "postgres", pool.close)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _where(conninfo: str) -> str:
    """host:port/database, never the user or password (errors and logs show this)."""
    url = make_url(conninfo)
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
