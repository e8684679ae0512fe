"""A run LangGraph Server drives takes the same per-run lock as accrue's run service: while another process holds
the run (an `accrue approve`, `accrue serve`'s writer), a server resume of that run waits, and then decides and
executes each action once.

The served graph runs in-process here as LangGraph Server runs it: no context passed (its nodes build theirs from
the settings) and the signed-in user in the config. The other process is a run service in another thread, whose
lock (a file lock of its own) excludes this one exactly as another process's would.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from pathlib import Path
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from accrue.adapters.run_lock import RunLocks
from accrue.workflow.graph import build_graph
from accrue.workflow.service import RunService
from tests.conftest import example
from tests.test_inbox import _as_server

HOLD_SECONDS = 1.0


def _uploaded(slug: str) -> dict[str, Any]:
    pdf, deal = example(slug)
    return {"kind": "new_contract", "uploads": {
        "contract": {"filename": "order-form.pdf", "content_base64": base64.b64encode(pdf.read_bytes()).decode()},
        "deal": json.loads(deal.read_text())}}


def _events(run_id: str, event: str) -> list[str | None]:
    with RunService() as rt:
        return [e["action_id"] for e in rt.audit(run_id) if e["event"] == event]


def test_a_server_resume_waits_for_the_process_holding_the_run_then_acts_once(home: Path) -> None:
    graph = build_graph().compile(checkpointer=InMemorySaver())
    cfg = _as_server({"configurable": {"thread_id": "thread-1"}}, "Dana Controller")
    paused = graph.invoke(_uploaded("acme"), cfg)
    run_id = paused["run_id"]
    assert paused["status"] == "waiting_approval"
    executed_before = _events(run_id, "executed")

    holding, seen_while_held = threading.Event(), {}

    def other_process() -> None:
        with RunService() as rt, rt.locks.hold(run_id):
            holding.set()
            time.sleep(HOLD_SECONDS)
            seen_while_held["executed"] = _events(run_id, "executed")
            seen_while_held["approved"] = _events(run_id, "approved")

    holder = threading.Thread(target=other_process)
    holder.start()
    assert holding.wait(30)
    started = time.monotonic()
    done = graph.invoke(Command(resume=[{"type": "accept"}]), cfg)
    waited = time.monotonic() - started
    holder.join()

    assert waited >= HOLD_SECONDS * 0.8  # it waited for the holder instead of deciding beside it
    assert seen_while_held == {"executed": executed_before, "approved": []}
    assert done["status"] == "completed"
    executed = _events(run_id, "executed")
    assert len(executed) == len(set(executed)) > len(executed_before)  # each action executed once
    assert _events(run_id, "approved") == ["a2"]  # one decision, recorded once


def test_the_run_service_takes_its_own_lock_again_inside_the_nodes_it_runs(home: Path) -> None:
    contract, deal = example("acme")
    with RunService() as rt:
        # A lock that waited on itself would give up after a second with RunBusy instead of running the graph.
        rt.locks = RunLocks(rt.engine, home, timeout=1.0)
        view = rt.start_run("new_contract", {"contract": contract, "deal": deal})
    assert view.status == "waiting_approval"
    assert _events(view.run_id, "executed")
