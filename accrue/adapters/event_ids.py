"""Which event ids a usage file has already shown: the duplicate check of a file of any length.

A set of every id would hold a million-row file's ids in memory; this keeps them in a private
on-disk SQLite index instead (deleted when closed), so memory stays flat. Ids are checked and
added a batch at a time, which is what makes the index cheap: one statement per batch when no id
repeats, a few queries when some do, never one per row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

_QUERY_CHUNK = 500  # ids per `IN (...)` query, well under SQLite's parameter limit


class SeenEventIds:
    """Event ids seen so far; use as a context manager and feed it the file's ids in order, batch by batch."""

    def __init__(self) -> None:
        # "" is a private temporary database on disk, removed on close; one thread at a time uses it, not always the
        # one that opened it (the usage reader checks a batch on a second thread)
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA cache_size=-16000")  # 16 MB of pages at most
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, batch INTEGER NOT NULL) WITHOUT ROWID")
        self._batch = 0

    def repeats(self, ids: Sequence[str]) -> list[bool]:
        """For each id of the batch (in file order): whether an earlier row, in this batch or before it, had it.
        The batch's new ids are then remembered."""
        self._batch += 1
        first = dict.fromkeys(ids)  # the batch's distinct ids, in order
        repeated = [False] * len(ids)
        if len(first) < len(ids):  # some id repeats inside the batch: mark every occurrence after its first
            met: set[str] = set()
            for i, event_id in enumerate(ids):
                if event_id in met:
                    repeated[i] = True
                else:
                    met.add(event_id)
        before = self._db.total_changes
        # The batch goes in as one JSON array that SQLite unpacks itself: one parameter to bind instead of one per
        # id, and the work happens inside SQLite, which lets go of the GIL (the reader parses the next batch).
        self._db.execute("INSERT OR IGNORE INTO seen (id, batch) SELECT value, ? FROM json_each(?)",
                         (self._batch, json.dumps(list(first))))
        if self._db.total_changes - before == len(first):  # every id was new: the usual case, one statement
            return repeated
        fresh = list(first)
        known: set[str] = set()
        for start in range(0, len(fresh), _QUERY_CHUNK):
            chunk = fresh[start:start + _QUERY_CHUNK]
            known.update(row[0] for row in self._db.execute(
                f"SELECT id FROM seen WHERE batch < ? AND id IN ({','.join('?' * len(chunk))})",
                [self._batch, *chunk]))
        return [r or event_id in known for r, event_id in zip(repeated, ids, strict=True)]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SeenEventIds:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
