"""No stuck runs: a process SIGKILLed at any boundary of a run (before its first checkpoint, just before or just
after each checkpoint, so between any two nodes and inside any node's work) leaves a run that `accrue retry`, or
the same command again, finishes: completed (or waiting for its approval), never `running`, each effect once.

The kill is real (tests/crash_driver.py wraps the checkpointer's `put` in the killed process). Only the killed
command is a new process (starting one costs seconds); the run before it and the recovery after it are commands in
this one, each building its run service afresh, so the recovery finds only what the dead process left on disk.
The runs bill to the local books; `tests/test_crash_resume.py` covers the kills between connector calls against
localstripe.
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
from accrue.adapters.store import ActionExecution, AuditEvent, RunRecord
from accrue.settings import load_settings
from tests.conftest import example, run_cli, run_cli_process
from tests.stripe_fakes import session_factory

CONTROLLER = "Dana Controller"
# Checkpoints each command writes for the acme example: `accrue run` (its input, ingest, extract, validate, plan,
# gate, execute (7: the customer is created), and the review that waits for approval) and `accrue approve`
# (review (1: the decision is recorded), execute (2), confirm (3)).
RUN_CHECKPOINTS = 8
APPROVE_CHECKPOINTS = 3
ONCE = {"customers": 1, "subscriptions": 1, "invoices": 1, "journal_entries": 1, "outbox": 1, "crm_updates": 1}


def _effects(home: Path) -> dict[str, Any]:
    with session_factory()() as s:
        books = {name: len(list(s.exec(select(model)))) for name, model in (
            ("customers", BooksCustomer), ("subscriptions", BooksSubscription), ("invoices", BooksInvoice),
            ("journal_entries", JournalEntry), ("outbox", OutboxMessage))}
    crm_file = home / "crm_updates.jsonl"
    return {**books, "crm_updates": len(crm_file.read_text().splitlines()) if crm_file.exists() else 0}


def _audit(event: str) -> list[tuple[str | None, str]]:
    with session_factory()() as s:
        return [(e.action_id, e.actor) for e in s.exec(select(AuditEvent).where(AuditEvent.event == event))]


def _run_id() -> str:
    with session_factory()() as s:
        (rec,) = s.exec(select(RunRecord))
    return rec.run_id


def _boundaries(count: int, effects_before: tuple[int, ...]) -> list[tuple[str, str]]:
    """(fault, how the run is then finished) for every boundary of a command that writes `count` checkpoints.

    Before the first checkpoint, and after each: between any two nodes. Just before checkpoint N as well where
    the node before it has effects outside the checkpoint (`effects_before`: it executed actions or recorded
    decisions, and its checkpoint is lost); for the other nodes that point is the same as the one after N - 1.
    The two ways of finishing alternate.
    """
    faults = ["kill-before-checkpoint=1", *(f"kill-before-checkpoint={n}" for n in effects_before if n > 1),
              *(f"kill-after-checkpoint={n}" for n in range(1, count + 1))]
    return [(fault, ("same-command", "retry")[i % 2]) for i, fault in enumerate(faults)]


def _assert_each_effect_once(home: Path, expected: dict[str, int], executed: int) -> None:
    assert _effects(home) == expected
    with session_factory()() as s:
        assert {r.status for r in s.exec(select(ActionExecution))} == {"succeeded"}
    events = _audit("executed")
    assert len(events) == len(set(events)) == executed  # one execution event per executed action


@pytest.fixture(autouse=True)
def _closed_database(home: Path) -> Iterator[None]:
    """Each case's database is closed after it, so the cases' data folders do not keep their files open."""
    yield
    if home.exists():
        get_engine(load_settings().db_url).dispose()


@pytest.mark.parametrize(("fault", "recover"), _boundaries(RUN_CHECKPOINTS, effects_before=(7,)))
def test_run_killed_at_any_checkpoint_is_finished(home: Path, fault: str, recover: str) -> None:
    contract, deal = example("acme")
    run_args = ("run", str(contract), "--deal", str(deal), "--json")
    died = run_cli_process(*run_args, home=home, fault=fault)
    assert died.returncode == -signal.SIGKILL, died.stderr
    again = run_args if recover == "same-command" else ("retry", _run_id(), "--json")
    view = json.loads(run_cli(*again, home=home, check=True).stdout)
    assert view["status"] == "waiting_approval", view
    with session_factory()() as s:
        assert [r.status for r in s.exec(select(RunRecord))] == ["waiting_approval"]
    # The customer needs no approval and was created once; the held invoice and what follows it wait.
    _assert_each_effect_once(home, {**{k: 0 for k in ONCE}, "customers": 1}, executed=1)


@pytest.mark.parametrize(("fault", "recover"), _boundaries(APPROVE_CHECKPOINTS, effects_before=(1, 2, 3)))
def test_approval_killed_at_any_checkpoint_is_finished(home: Path, fault: str, recover: str) -> None:
    contract, deal = example("acme")
    run_id = json.loads(run_cli("run", str(contract), "--deal", str(deal), "--json", home=home,
                                check=True).stdout)["run_id"]
    approve = ("approve", run_id, "--as", CONTROLLER, "--json")
    died = run_cli_process(*approve, home=home, fault=fault)
    assert died.returncode == -signal.SIGKILL, died.stderr
    again = approve if recover == "same-command" else ("retry", run_id, "--json")
    view = json.loads(run_cli(*again, home=home, check=True).stdout)
    assert view["status"] == "completed", view
    with session_factory()() as s:
        assert [r.status for r in s.exec(select(RunRecord))] == ["completed"]
    _assert_each_effect_once(home, ONCE, executed=6)
    assert [a for a, _ in _audit("approved")] == ["a2"]  # the one held action, approved once
