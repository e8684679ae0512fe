"""Exactly once under failure: a process killed between two connector calls of a run, and a run executed twice.

The kill is real: `accrue` runs in a subprocess through tests/crash_driver.py with
`kill-after-calls=N`, whose executor SIGKILLs the process right after its Nth successful
connector call and before that success is recorded. `accrue retry` then finishes the run
from its checkpoint, and every external effect exists once, in localstripe and in the books.
Only the killed command is a new process; the others are commands in this one, each building its run service
afresh, so a retry finds only what the dead process left on disk.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from accrue.adapters.books import BooksCustomer, BooksInvoice, BooksSubscription, JournalEntry, OutboxMessage
from accrue.adapters.database import get_engine
from accrue.adapters.store import ActionExecution, AuditEvent
from accrue.settings import load_settings
from tests.conftest import example, run_cli, run_cli_process
from tests.localstripe_server import LocalStripe, localstripe_fixture, localstripe_server_fixture  # noqa: F401
from tests.stripe_fakes import session_factory

CONTROLLER = "Dana Controller"


def _effects(home: Path, ls: LocalStripe) -> dict[str, Any]:
    customers = ls.all("customers")
    invoices = [i for c in customers for i in ls.all("invoices", customer=c["id"]) if i["total"] > 0]
    with session_factory()() as s:
        books = {name: len(list(s.exec(select(model)))) for name, model in (
            ("customers", BooksCustomer), ("subscriptions", BooksSubscription), ("invoices", BooksInvoice),
            ("journal_entries", JournalEntry), ("outbox", OutboxMessage))}
        executions = {r.action_type: (r.status, r.attempts) for r in s.exec(select(ActionExecution))}
    crm_file = home / "crm_updates.jsonl"
    crm = crm_file.read_text().splitlines() if crm_file.exists() else []
    return {"stripe_customers": len(customers), "stripe_invoices": [i["total"] for i in invoices], **books,
            "crm_updates": len(crm), "executions": executions}


@pytest.fixture(autouse=True)
def _closed_database(home: Path) -> Iterator[None]:
    """Each case's database is closed after it, so the cases' data folders do not keep their files open."""
    yield
    if home.exists():
        get_engine(load_settings().db_url).dispose()


ONCE = {"stripe_customers": 1, "stripe_invoices": [2400000], "customers": 1, "subscriptions": 1, "invoices": 1,
        "journal_entries": 1, "outbox": 1, "crm_updates": 1}


@pytest.mark.parametrize(("phase", "kill_after"), [("run", 1), ("approve", 2), ("approve", 4)],
                         ids=["after-stripe-customer", "after-stripe-invoice", "after-crm-update"])
def test_killed_between_connector_calls_then_retried_completes_exactly_once(
        home: Path, localstripe: LocalStripe, phase: str, kill_after: int) -> None:
    contract, deal = example("acme")
    env = {"STRIPE_API_KEY": localstripe.key}
    kill = f"kill-after-calls={kill_after}"
    run_args = ("run", str(contract), "--deal", str(deal), "--billing", "stripe", "--stripe-url", localstripe.url)

    # The killed command in its own process: the kill is real, and the retry finds only what it left on disk.
    if phase == "run":
        first = run_cli_process(*run_args, "--json", home=home, env=env, fault=kill)
        assert first.returncode == -signal.SIGKILL, first.stderr
        run_id = _only_run_id()  # the run record is written before the graph starts
        resumed = json.loads(run_cli("retry", run_id, "--json", home=home, env=env, check=True).stdout)
        assert resumed["status"] == "waiting_approval"
    else:
        run_id = json.loads(run_cli(*run_args, "--json", home=home, env=env, check=True).stdout)["run_id"]
        died = run_cli_process("approve", run_id, "--as", CONTROLLER, "--json", home=home, env=env, fault=kill)
        assert died.returncode == -signal.SIGKILL, died.stderr
        # The run is cut off mid-execution: neither completed nor failed, and one execution row is still open.
        with session_factory()() as s:
            assert any(r.status == "started" for r in s.exec(select(ActionExecution)))

    if phase == "run":
        run_cli("approve", run_id, "--as", CONTROLLER, "--json", home=home, env=env, check=True)
    else:
        done = json.loads(run_cli("retry", run_id, "--json", home=home, env=env, check=True).stdout)
        assert done["status"] == "completed", done

    effects = _effects(home, localstripe)
    assert {k: v for k, v in effects.items() if k != "executions"} == ONCE
    assert all(status == "succeeded" for status, _ in effects["executions"].values()), effects
    with session_factory()() as s:
        resumed_events = list(s.exec(select(AuditEvent).where(AuditEvent.event == "execution_resumed")))
    assert len(resumed_events) == 1  # the interrupted action was called again, and deduplicated by its key

    again = json.loads(run_cli("retry", run_id, "--json", home=home, env=env, check=True).stdout)
    assert again["already_processed"] is True and _effects(home, localstripe) == effects


def _only_run_id() -> str:
    from accrue.adapters.store import RunRecord

    with session_factory()() as s:
        (rec,) = s.exec(select(RunRecord))
    return rec.run_id


def test_same_run_executed_twice_produces_each_effect_once(home: Path, localstripe: LocalStripe,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The duplicate-webhook case, from the outside in: the same contract again finds its run; the run's
    execution replayed from scratch finds every key; with the executor's own ledger gone too, each
    connector still finds its key (Stripe request ledger, books rows, CRM log, outbox)."""
    from accrue.workflow.service import RunService

    monkeypatch.setenv("STRIPE_API_KEY", localstripe.key)
    monkeypatch.setenv("ACCRUE_BILLING", "stripe")
    monkeypatch.setenv("ACCRUE_STRIPE_URL", localstripe.url)
    contract, deal = example("acme")
    with RunService() as rt:
        view = rt.start_contract_run(contract, deal)
        assert rt.decide(view.run_id, approve=[], by=CONTROLLER).status == "completed"
        once = _effects(home, localstripe)
        assert {k: v for k, v in once.items() if k != "executions"} == ONCE

        assert rt.start_contract_run(contract, deal).already_processed is True

        for forget_executions in (False, True):
            if forget_executions:
                with rt.session() as s:
                    for row in s.exec(select(ActionExecution)):
                        s.delete(row)
                    s.commit()
            cfg = {"configurable": {"thread_id": view.run_id}}
            actions = rt.graph.get_state(cfg).values["actions"]
            replay = [{**a, "status": "approved" if a["needs_approval"] else "proposed"} for a in actions]
            rt.graph.update_state(cfg, {"actions": replay}, as_node="review")
            rt.graph.invoke(None, cfg, durability="sync")
            assert rt.view(view.run_id).status == "completed"
            after = _effects(home, localstripe)
            assert {k: v for k, v in after.items() if k != "executions"} == ONCE
