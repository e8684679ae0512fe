"""One writer per data folder: an advisory lock that `accrue serve` and `accrue watch` hold while running.

SQLite (the books and the LangGraph checkpointer) locks when several processes write one
file, so the long-running writers refuse to start beside each other instead of failing
later with `database is locked`. The operating system drops the lock when the process
dies, however it dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from accrue.core.errors import ConfigError

LOCK_NAME = "writer.lock"


class WriterLock:
    def __init__(self, home: Path, purpose: str):
        self.path = home / LOCK_NAME
        self.purpose = purpose
        self._fh: IO[str] | None = None

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
        return self

    def release(self) -> None:
        fh = self._fh
        if fh is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()
            self._fh = None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
