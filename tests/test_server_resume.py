"""A service process that dies in the middle of a graph run: after a restart the stored event is
processed again and its run is resumed from the checkpoint, not reported as it was left.

The death is real: `accrue serve` runs through tests/crash_driver.py with `kill-after-calls=1`,
so it SIGKILLs itself right after the run's first connector call (creating the customer) and
before that success is recorded.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.server_support import accrue_toml, bearer, contract_body, wait_for
from tests.test_server_e2e import Service, service, wait_run


@pytest.fixture
def config(home: Path) -> Path:
    path = home.parent / "accrue.toml"
    path.write_text(accrue_toml())
    return path


def _rows(home: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(home / "accrue.db")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_a_run_cut_off_by_a_crash_is_resumed_when_its_event_is_processed_again(home: Path, config: Path) -> None:
    body = contract_body("acme")
    svc = Service(home, config, fault="kill-after-calls=1")
    try:
        ack = svc.post_webhook("contract-signed", "evt_midrun", body)
        assert ack.status_code == 202
        run_id = ack.json()["run_id"]
        wait_for(lambda: svc.proc.poll() is not None, what="the service to die inside the run")
    finally:
        svc.stop()
    assert svc.proc.returncode == -9  # SIGKILL, from inside the executor

    # Left behind: the event claimed, the run started and cut off, the customer call open.
    assert _rows(home, "select status, attempts from webhook_events") == [("processing", 1)]
    assert _rows(home, "select run_id, status, error from runs") == [(run_id, "running", None)]
    assert _rows(home, "select action_type, status from action_executions") == [("create_customer", "started")]

    with service(home, config) as svc:
        event = wait_for(lambda: (e := svc.get("/api/events/evt_midrun"))["status"] == "done" and e,
                         what="the event to be processed after the restart")
        assert (event["attempts"], event["run_id"], event["run_status"]) == (2, run_id, "waiting_approval")
        run = wait_run(svc, run_id, "waiting_approval")
        (held,) = [a for a in run["actions"] if a["status"] == "proposed" and a["needs_approval"]]
        assert held["type"] == "create_invoice"
        decided = svc.http.post(f"/api/runs/{run_id}/decisions", json={"approve": [held["id"]]},
                                headers=bearer("controller"))
        assert decided.status_code == 200, decided.text
        wait_run(svc, run_id, "completed")
        books = svc.get("/api/books")

    assert [c["id"] for c in books["customers"]] == ["cus-acme-corporation"]  # called twice, created once
    assert [(i["amount"], i["currency"]) for i in books["invoices"]] == [("24000.00", "USD")]
    audit = [(e, json.loads(d)) for e, d in _rows(home, "select event, detail from audit_events "
                                                        f"where run_id = '{run_id}' order by id")]
    events = [e for e, _ in audit]
    assert events.count("run_started") == 1 and events.count("run_resumed") == 1
    assert events.count("execution_resumed") == 1  # the open customer call, repeated under its key
    assert _rows(home, "select status, count(*) from action_executions group by status") == [("succeeded", 6)]
