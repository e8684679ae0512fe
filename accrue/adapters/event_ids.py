"""Which event ids a usage file has already shown: the duplicate check of a file of any length.

A set of every id would hold a million-row file's ids in memory; this keeps them in a private
on-disk SQLite index instead (deleted when closed), so memory stays flat. Ids are checked and
added a batch at a time, which is what makes the index cheap: one statement per batch when no id
repeats, a few queries when some do, never one per row. That statement runs on the index's own
thread: SQLite lets go of the GIL while it works, so the reader parses the next batch meanwhile.
Everything else (the batch's own repeats, the JSON the batch is bound as) is done by the caller,
so the two threads do not take turns at the interpreter for it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

_QUERY_CHUNK = 500  # ids per `IN (...)` query, well under SQLite's parameter limit


class SeenEventIds:
    """Event ids seen so far; use as a context manager and feed it the file's ids in order, batch by batch."""

    def __init__(self) -> None:
        # "" is a private temporary database on disk, removed on close; only the index's thread uses it once open
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        # 64 MB of pages at most: the index of a 10-million-row file (a few hundred MB on disk) with 16 MB took
        # nearly twice as long, waiting on its own pages
        self._db.execute("PRAGMA cache_size=-64000")
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, batch INTEGER NOT NULL) WITHOUT ROWID")
        self._batch = 0
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="usage-ids")

    def repeats(self, ids: Sequence[str]) -> list[bool]:
        """For each id of the batch (in file order): whether an earlier row, in this batch or before it, had it.
        The batch's new ids are then remembered."""
        return self.check(ids).result()

    def check(self, ids: Sequence[str]) -> Check:
        """Start `repeats` of a batch and return at once; its `result()` gives the answer. Batches are checked in
        the order they are given, so the next one can be given before this one's result is read."""
        self._batch += 1
        batch = self._batch
        # The batch goes in as one JSON array that SQLite unpacks itself: one parameter to bind instead of one per
        # id. Its own repeats are looked for only when the insert added fewer ids than it was given.
        added = self._thread.submit(self._insert, batch, json.dumps(list(ids)))
        # the follow-up query runs on the index's thread too: one thread at a time uses the connection
        return Check(ids, added, lambda: self._thread.submit(self._known, batch, list(dict.fromkeys(ids))).result())

    def _insert(self, batch: int, ids_json: str) -> int:
        before = self._db.total_changes
        # in key order: ids in random order (UUIDs) otherwise land all over the index; a million of them went in in
        # two thirds of the time, and ids already in order took no longer
        self._db.execute("INSERT OR IGNORE INTO seen (id, batch) SELECT value, ? FROM json_each(?) ORDER BY value",
                         (batch, ids_json))
        return self._db.total_changes - before

    def _known(self, batch: int, fresh: list[str]) -> set[str]:
        """Which of a batch's distinct ids an earlier batch had."""
        known: set[str] = set()
        for start in range(0, len(fresh), _QUERY_CHUNK):
            chunk = fresh[start:start + _QUERY_CHUNK]
            known.update(row[0] for row in self._db.execute(
                f"SELECT id FROM seen WHERE batch < ? AND id IN ({','.join('?' * len(chunk))})", [batch, *chunk]))
        return known

    def close(self) -> None:
        self._thread.shutdown()
        self._db.close()

    def __enter__(self) -> SeenEventIds:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Check:
    """A batch's duplicate check under way (`SeenEventIds.check`)."""

    def __init__(self, ids: Sequence[str], added: Future[int], known_before: Callable[[], set[str]]) -> None:
        self._ids, self._added, self._known_before = ids, added, known_before

    def result(self) -> list[bool]:
        """For each id of the batch: whether an earlier row, in this batch or before it, had it."""
        ids = self._ids
        if self._added.result() == len(ids):  # every id was new: the usual case, one statement
            return [False] * len(ids)
        repeated = [False] * len(ids)  # an id the batch repeats: every occurrence after its first
        met: set[str] = set()
        for i, event_id in enumerate(ids):
            if event_id in met:
                repeated[i] = True
            else:
                met.add(event_id)
        known = self._known_before()
        return [r or event_id in known for r, event_id in zip(repeated, ids, strict=True)]

