"""A run's checkpoints stay small whatever its input's size: a usage file of a million rows is kept as its
path, its hash and per-month sums, never its rows."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from accrue.workflow.service import RunService

CASE = Path(__file__).resolve().parents[1] / "evals" / "cases" / "usage-overage-tiers"
ROWS = 1_000_000
LIMIT = 100_000  # bytes


def largest_checkpoint(db: Path) -> int:
    """The largest checkpoint in the file, with the writes recorded against it, in bytes."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT max(length(c.checkpoint) + length(c.metadata) + coalesce((SELECT sum(length(w.value)) "
            "FROM writes w WHERE w.thread_id = c.thread_id AND w.checkpoint_id = c.checkpoint_id), 0)) "
            "FROM checkpoints c").fetchone()[0]


def test_a_million_usage_rows_leave_every_checkpoint_under_100_kb(home: Path, tmp_path: Path) -> None:
    usage = tmp_path / "usage.csv"
    with usage.open("w") as out:
        out.write("event_id,customer_id,metric,quantity,timestamp\n")
        for i in range(ROWS):
            out.write(f"ev-{i},cus-contoso,geocode_requests,{i % 7},2026-07-{i % 31 + 1:02d}T{i % 24:02d}:00:00Z\n")
    for name in ("contract.pdf", "request.json", "books.json"):
        shutil.copy(CASE / name, tmp_path / name)
    with RunService() as service:
        view = service.start_run("usage", {"usage": usage, "request": tmp_path / "request.json",
                                           "contract": tmp_path / "contract.pdf", "books": tmp_path / "books.json"})
        state = service.state(view.run_id)
    assert view.error is None and [a["type"] for a in view.actions][:1] == ["create_invoice"]
    assert state is not None and state.event is not None and state.event.digest.rows == ROWS  # type: ignore[union-attr]
    assert largest_checkpoint(home / "checkpoints.db") < LIMIT
