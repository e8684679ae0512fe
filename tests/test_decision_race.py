"""One decision, recorded once: several `accrue approve` processes on one run at the same moment.

Each process is a real `accrue` (its own interpreter, its own database connections). They take turns on the run
(`accrue.adapters.run_lock`): the first to hold it approves and executes; the others find the run decided and
change nothing. Every process exits 0; the audit trail has one "approved" event for the held action and one
"executed" event per action; every effect exists once. On SQLite always; on PostgreSQL when
ACCRUE_TEST_DATABASE_URL is set (`.ci/run` starts a throwaway server).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from accrue.adapters.books import BooksCustomer, BooksInvoice, JournalEntry, OutboxMessage
from accrue.adapters.store import ActionExecution, AuditEvent, RunRecord
from tests.conftest import example, run_cli, run_cli_process
from tests.postgres import fresh_postgres_engine

CONTROLLER = "Dana Controller"
RACERS = 4


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, home: Path) -> tuple[dict[str, str], Engine]:
    """The environment every racing process gets, and an engine on the database they share."""
    from accrue.adapters.database import get_engine
    from accrue.settings import load_settings

    if request.param == "sqlite":
        settings = load_settings()
        settings.ensure_home()
        return {}, get_engine(settings.db_url)
    engine = fresh_postgres_engine("the two-process approval race")
    with engine.begin() as conn:
        for table in ("checkpoints", "checkpoint_blobs", "checkpoint_writes", "checkpoint_migrations"):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    return {"DATABASE_URL": engine.url.render_as_string(hide_password=False)}, engine


def test_concurrent_approvals_record_one_decision_and_one_execution_each(
        home: Path, database: tuple[dict[str, str], Engine]) -> None:
    env, engine = database
    contract, deal = example("acme")
    run_id = json.loads(run_cli_process("run", str(contract), "--deal", str(deal), "--json", home=home, env=env,
                                        check=True).stdout)["run_id"]
    token = run_cli("people", "token", CONTROLLER, home=home, env=env, check=True).stdout.strip()  # her sign-in
    full_env = {**os.environ, "ACCRUE_HOME": str(home), "COLUMNS": "80", "ACCRUE_TOKEN": token, **env}
    full_env.pop("ANTHROPIC_API_KEY", None)
    racers = [subprocess.Popen([sys.executable, "-m", "accrue", "approve", run_id, "--as", CONTROLLER, "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full_env,
                               cwd=home.parent) for _ in range(RACERS)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in racers]  # type: ignore[union-attr]
    assert all(code == 0 for code, _, _ in results), results
    assert "Traceback" not in "".join(err for _, _, err in results)
    views = [json.loads(out) for _, out, _ in results]
    assert {v["status"] for v in views} == {"completed"}
    assert sorted(v["already_processed"] for v in views) == [False] + [True] * (RACERS - 1)  # one decided

    with Session(engine) as s:
        events = [(e.event, e.action_id) for e in s.exec(select(AuditEvent).where(AuditEvent.run_id == run_id))]
        executions = list(s.exec(select(ActionExecution)))
        rows = {name: len(list(s.exec(select(model)))) for name, model in (
            ("customers", BooksCustomer), ("invoices", BooksInvoice), ("journal_entries", JournalEntry),
            ("outbox", OutboxMessage))}
        (record,) = s.exec(select(RunRecord))
    assert [a for e, a in events if e == "approved"] == ["a2"]
    executed = [a for e, a in events if e == "executed"]
    assert sorted(executed) == sorted({e.action_id for e in executions}) and len(executed) == 6
    assert {e.status for e in executions} == {"succeeded"} and {e.attempts for e in executions} == {1}
    assert rows == {"customers": 1, "invoices": 1, "journal_entries": 1, "outbox": 1}
    assert record.status == "completed"
    assert not [e for e, _ in events if e in ("execution_resumed", "execution_failed", "decision_refused")]


def test_a_run_held_too_long_by_another_process_is_refused_with_a_clear_error(home: Path) -> None:
    from accrue.adapters.database import get_engine
    from accrue.adapters.run_lock import RunBusy, RunLocks
    from accrue.settings import load_settings

    settings = load_settings()
    settings.ensure_home()
    engine = get_engine(settings.db_url)
    holder, waiter = RunLocks(engine, home), RunLocks(engine, home, timeout=0.2)
    with holder.hold("run-1"):
        with holder.hold("run-1"):  # the holder may take it again (a retry inside a decision)
            pass
        with waiter.hold("run-2"):  # other runs are free
            pass
        with pytest.raises(RunBusy, match="run run-1 is being worked on by another process"):
            with waiter.hold("run-1"):
                pass
    with waiter.hold("run-1"):  # released with the block
        pass
