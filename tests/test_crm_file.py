"""The file CRM's update log survives a write torn by a crash: the update is retried, the log stays readable."""

from __future__ import annotations

from pathlib import Path

from accrue.adapters.connectors.crm_file import FileCrm
from accrue.core.actions import UpdateCrm


def test_a_torn_last_line_is_skipped_and_the_retry_lands_on_its_own_line(tmp_path: Path) -> None:
    log = tmp_path / "crm_updates.jsonl"
    crm = FileCrm(log)
    first = UpdateCrm(id="a4", idempotency_key="k1", deal_id="006-A", fields={"billing_status": "invoiced"})
    crm.execute(first, key="k1", run_id="r1")
    with log.open("a", encoding="utf-8") as fh:  # the process died halfway through writing the next update
        fh.write('{"deal_id": "006-B", "fields": {"billing_st')
    second = UpdateCrm(id="a4", idempotency_key="k2", deal_id="006-B", fields={"billing_status": "invoiced"})
    crm.execute(second, key="k2", run_id="r2")  # the executor retries the unconfirmed call
    assert [row["idempotency_key"] for row in crm.updates()] == ["k1", "k2"]
    assert crm.deal_status("006-B") == {"billing_status": "invoiced"}
    assert crm.execute(second, key="k2", run_id="r2").detail == {"existing": True}
