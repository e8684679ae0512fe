"""One writer per data folder and per database: what `accrue serve` and `accrue watch` hold while running.

SQLite (the books and the LangGraph checkpointer) locks when several processes write one
file, so the long-running writers refuse to start beside each other instead of failing
later with `database is locked`: an advisory lock on a file in the data folder, which the
operating system drops when the process dies, however it dies. On PostgreSQL two writers
need not share a data folder (two machines, one `DATABASE_URL`), and accrue's single writer
thread is what serialises runs, webhook claims and decisions; so the writer also holds a
PostgreSQL session advisory lock, which the server drops when the connection ends, and a
second writer on the same database refuses to start, saying so. Scaling out across machines
is LangGraph Server's job (docs/deploy.md).
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO, Any

from accrue.adapters.secrets import redact
from accrue.core.errors import ConfigError

LOCK_NAME = "writer.lock"
# Any constant works; it only has to be the same in every accrue process (pg_try_advisory_lock key).
_WRITER_LOCK_KEY = 0x61636372_7577


class WriterLock:
    def __init__(self, home: Path, purpose: str, database_url: str | None = None):
        self.path = home / LOCK_NAME
        self.purpose = purpose
        # here, not at the top: the CLI imports this module at start-up, and the checkpoint module brings LangGraph
        from accrue.workflow.checkpoint import postgres_conninfo

        self.conninfo = postgres_conninfo(database_url)
        self._fh: IO[str] | None = None
        self._pg: Any = None

    def acquire(self) -> WriterLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the life of the process
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise ConfigError(f"{self.path.parent}: already has a writer ({holder}); stop it, or point "
                              "ACCRUE_HOME at another data folder (one writer per SQLite data folder)") from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"{self.purpose}, pid {os.getpid()}\n")
        fh.flush()
        self._fh = fh
        if self.conninfo is not None:
            try:
                self._pg = self._database_lock(self.conninfo)
            except BaseException:
                self.release()
                raise
        return self

    def _database_lock(self, conninfo: str) -> Any:
        """A connection holding the database's writer lock, or ConfigError naming who to stop."""
        import psycopg

        try:
            conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise ConfigError(redact(f"DATABASE_URL: cannot reach PostgreSQL for the writer lock ({exc}); start "
                                     "the server or fix DATABASE_URL")) from None
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (_WRITER_LOCK_KEY,)).fetchone()
        if not (row and row[0]):
            conn.close()
            raise ConfigError(f"DATABASE_URL: another accrue writer (accrue serve or accrue watch) already uses this "
                              f"database; stop it before starting {self.purpose}, or run several workers on "
                              "LangGraph Server instead (docs/deploy.md)")
        return conn

    def release(self) -> None:
        if self._pg is not None:
            self._pg.close()  # the server drops a session's advisory locks with it
            self._pg = None
        fh = self._fh
        if fh is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()
            self._fh = None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
