"""One process at a time works on a run: a lock per run id, dropped when its holder dies, however it dies.

Deciding, resuming and retrying a run read its checkpoint and then write after it; two processes
doing that at once both see the same pending approval, both record it, and race each other on the
execution ledger. Every such step holds the run's lock, and reads the run again once it has it.
On PostgreSQL the lock is a session-level advisory lock keyed by the run id, in accrue's own
database, so workers on any host see it. On SQLite it is an exclusive `flock` on a file per run
in the data folder, beside the database: every process that shares a SQLite file runs on this
host. The database or the operating system releases either when the holding process dies, so a
crash never leaves a run locked. The graph's nodes that have effects (executing actions, recording
decisions) take the lock too, so a run LangGraph Server drives and one accrue's run service drives
take turns on the same run id.
"""

from __future__ import annotations

import fcntl
import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from accrue.core.errors import ApprovalError

LOCK_FOLDER = "run-locks"

_Release = Callable[[], None]

# The locks the current call chain holds, as (the RunLocks, run id): a context variable rather than a thread's,
# because LangGraph runs a node in a worker thread with a copy of its caller's context, and a node that takes
# the lock its caller (the run service) already holds must not wait for itself.
_held: ContextVar[frozenset[tuple[object, str]]] = ContextVar("accrue_held_run_locks", default=frozenset())


class RunBusy(ApprovalError):
    """Another process kept the run for longer than this one would wait."""


class RunLocks:
    """The run locks of one data folder (SQLite) or database (PostgreSQL); `hold(run_id)` takes one.

    Re-entrant within a call chain, threads LangGraph runs nodes in included: a step that holds a run's lock
    may call another step, or run a graph node, that takes it.
    """

    def __init__(self, engine: Engine, home: Path, *, timeout: float = 600.0, poll: float = 0.05):
        self._engine = engine
        self._folder = home / LOCK_FOLDER
        self._timeout = timeout
        self._poll = poll

    @contextmanager
    def hold(self, run_id: str) -> Iterator[None]:
        """Hold run `run_id`'s lock for the block, waiting up to the timeout for another holder to finish."""
        key = (self, run_id)
        if key in _held.get():
            yield
            return
        release = self._acquire(run_id)
        token = _held.set(_held.get() | {key})
        try:
            yield
        finally:
            _held.reset(token)
            release()

    def _acquire(self, run_id: str) -> _Release:
        deadline = time.monotonic() + self._timeout
        try_once = self._try_postgres if self._engine.dialect.name == "postgresql" else self._try_file
        while True:
            release = try_once(run_id)
            if release is not None:
                return release
            if time.monotonic() >= deadline:
                raise RunBusy(f"run {run_id} is being worked on by another process (approve, retry or the "
                              f"service's writer) for over {self._timeout:.0f} s; try again once it is done")
            time.sleep(self._poll)

    def _try_file(self, run_id: str) -> _Release | None:
        self._folder.mkdir(parents=True, exist_ok=True)
        # The run id comes from a command line: hashed, it can only name a file in the lock folder.
        path = self._folder / f"{hashlib.sha256(run_id.encode()).hexdigest()[:32]}.lock"
        fh = open(path, "a")  # noqa: SIM115 - held until release
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            return None

        def release() -> None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()
        return release

    def _try_postgres(self, run_id: str) -> _Release | None:
        key = int.from_bytes(hashlib.sha256(b"accrue-run:" + run_id.encode()).digest()[:8], "big", signed=True)
        conn: Connection = self._engine.connect()
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar_one()
            conn.commit()  # a session lock outlives transactions; none is left open while it is held
        except BaseException:
            conn.close()
            raise
        if not got:
            conn.close()
            return None

        def release() -> None:
            try:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                conn.commit()
            except BaseException:
                conn.invalidate()  # never hand a connection that may still hold the lock back to the pool
                raise
            finally:
                conn.close()
        return release
