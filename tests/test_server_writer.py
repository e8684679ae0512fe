"""The service's writer between events: it builds the graph before the first event arrives, takes what the
process holds by then out of the garbage collector's full passes, and records each event's outcome in one
update (a payment event's time from POST to run done is mostly this fixed cost)."""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path

from accrue.adapters import webhook_events
from accrue.adapters.database import get_engine
from accrue.adapters.read_model import ReadModel
from accrue.interfaces.server.worker import Writer
from accrue.settings import load_settings
from accrue.workflow.service import RunService


def _wait(condition, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_the_writer_builds_the_graph_before_the_first_event_and_freezes_the_heap(home: Path) -> None:
    built: list[RunService] = []

    def factory(settings):  # type: ignore[no-untyped-def]
        built.append(RunService(settings))
        return built[-1]

    writer = Writer(load_settings(), poll_seconds=0.05, run_service_factory=factory)
    writer.start()
    try:
        assert _wait(lambda: "graph" in built[0].__dict__), "the graph was not built while no event waited"
        assert _wait(lambda: gc.get_freeze_count() > 0), "the heap the writer started with was not frozen"
        # and it processes an event as before: the payment of an open invoice is applied and the run completes
        books = home.parent / "books.json"
        books.write_text(json.dumps({
            "customers": [{"id": "cus_1", "legal_name": "Initech LLC", "currency": "USD"}],
            "invoices": [{"id": "in_1", "customer_id": "cus_1", "number": "INV-000001", "invoice_date": "2026-01-01",
                          "due_date": "2026-02-01", "currency": "USD", "amount": "1250.00", "amount_paid": "0",
                          "status": "open"}]}), encoding="utf-8")
        built[0].seed_books(books)
        folder = home / "events" / "pay-1"
        folder.mkdir(parents=True)
        (folder / "payments.csv").write_text("payment_id,date,amount,currency,payer,reference\n"
                                             "P-1,2026-02-10,1250.00,USD,Initech,INV-000001\n", encoding="utf-8")
        engine = get_engine(load_settings().db_url)
        webhook_events.store_event(engine, "pay-1", "payment", {"payments": str(folder / "payments.csv")})
        writer.wake()
        assert _wait(lambda: (e := webhook_events.get_event(engine, "pay-1")) is not None and e.status == "done")
    finally:
        writer.stop()
    event = webhook_events.get_event(engine, "pay-1")
    assert event is not None and event.run_id is not None
    with RunService() as rt:  # the writer closed its own when it stopped
        view = rt.view(event.run_id)
        invoice = next(i for i in ReadModel(rt.engine).books_json()["invoices"] if i["id"] == "in_1")
    assert (event.run_status, view.status) == ("completed", "completed")
    assert [a["status"] for a in view.actions] == ["executed"] * len(view.actions) and view.actions
    assert (invoice["status"], invoice["amount_paid"]) == ("paid", "1250.00")


def test_finishing_an_event_records_its_outcome_and_keeps_a_known_run_id(home: Path) -> None:
    settings = load_settings()
    settings.ensure_home()
    engine = get_engine(settings.db_url)
    stored, created = webhook_events.store_event(engine, "ev-1", "contract-signed", {"contract": "c.pdf"},
                                                 run_id="run-predicted")
    assert created and (stored.status, stored.run_id, stored.attempts) == ("received", "run-predicted", 0)
    claimed = webhook_events.claim_next(engine)
    assert claimed is not None and (claimed.id, claimed.status, claimed.attempts) == ("ev-1", "processing", 1)
    webhook_events.finish(engine, "ev-1", status="failed", error="deal 'D-9' has not arrived", waiting_for="D-9")
    failed = webhook_events.get_event(engine, "ev-1")
    assert failed is not None
    assert (failed.status, failed.run_id, failed.error, failed.waiting_for) == (
        "failed", "run-predicted", "deal 'D-9' has not arrived", "D-9")
    assert failed.updated_at >= failed.received_at.replace(tzinfo=failed.updated_at.tzinfo)
    assert webhook_events.retry(engine, "ev-1")
    webhook_events.finish(engine, "ev-1", status="done", run_id="run-1", run_status="completed")
    done = webhook_events.get_event(engine, "ev-1")
    assert done is not None
    assert (done.status, done.run_id, done.run_status, done.error, done.waiting_for) == (
        "done", "run-1", "completed", None, None)
    assert json.loads(json.dumps(done.public()))["inputs"] == {"contract": "c.pdf"}
    webhook_events.finish(engine, "no-such-event", status="done")  # an event nobody stored: nothing to update
    assert webhook_events.get_event(engine, "no-such-event") is None


def test_a_replayable_commit_does_not_leave_its_connection_without_waiting_for_the_disk(home: Path) -> None:
    from contextlib import ExitStack

    import pytest
    from sqlalchemy import text

    from accrue.adapters.database import replayable_session
    from accrue.adapters.store import WebhookEventRecord

    settings = load_settings()
    settings.ensure_home()
    engine = get_engine(settings.db_url)

    def synchronous_of_pooled_connections() -> set[int]:
        with ExitStack() as stack:  # every connection the pool holds, the one just used among them
            held = [stack.enter_context(engine.connect()) for _ in range(max(2, engine.pool.checkedin()))]  # type: ignore[attr-defined]
            return {int(c.execute(text("PRAGMA synchronous")).scalar()) for c in held}

    full = synchronous_of_pooled_connections()
    assert full == {2}  # SQLite's FULL: every ordinary commit waits for the disk
    with replayable_session(engine) as s:
        assert s.connection().execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL, this session only
        s.add(WebhookEventRecord(id="ev-1", kind="payment", inputs={}))
        s.commit()
    assert webhook_events.get_event(engine, "ev-1") is not None  # committed, seen by another connection
    assert synchronous_of_pooled_connections() == full
    with pytest.raises(RuntimeError), replayable_session(engine) as s:
        s.add(WebhookEventRecord(id="ev-2", kind="payment", inputs={}))
        s.flush()
        raise RuntimeError("a failure before the commit")
    assert webhook_events.get_event(engine, "ev-2") is None  # rolled back
    assert synchronous_of_pooled_connections() == full
