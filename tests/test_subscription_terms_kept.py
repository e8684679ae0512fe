"""A subscription's terms live in the content store, not in the checkpoint: the terms an approver writes into a
held subscription, and those a checkpoint written before the store kept inline, must be stored before a checkpoint
drops them, or the executor cannot find them and the run fails with the first invoice already on the books."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import select

from accrue.adapters.books import BooksSubscription
from accrue.workflow.service import RunService
from tests.test_workflow_gate import _go_live_run, _resume


def _corrected_run(runtime: RunService, tmp_path: Path) -> str:
    run_id = _go_live_run(runtime, tmp_path)
    _resume(runtime, run_id, {"decision": "correct", "by": "Dana Controller", "role": "controller",
                              "corrections": [{"path": "service_start_date", "value": "2026-03-01"}]})
    return run_id


def _approve_the_rest(runtime: RunService, run_id: str, by: str, but: str | None = None) -> list[dict[str, Any]]:
    return [{"action_id": a["id"], "decision": "approve", "by": by, "role": "finance"}
            for a in runtime.view(run_id).actions
            if a["status"] == "proposed" and a.get("needs_approval") and a["id"] != but]


def _subscriptions(runtime: RunService) -> list[tuple[str, int | None]]:
    with runtime.session() as s:
        return [(b.id, (b.terms or {}).get("payment_terms_days")) for b in s.exec(select(BooksSubscription))]


def test_terms_an_approver_writes_into_a_held_subscription_are_the_ones_it_is_recorded_with(
        runtime: RunService, tmp_path: Path) -> None:
    run_id = _corrected_run(runtime, tmp_path)
    view = runtime.view(run_id)
    sub = next(a for a in view.actions if a["type"] == "create_subscription")
    edited = {**view.terms, "payment_terms_days": 15}  # the approver agrees Net 15 for the bill runs to come
    modify = {"action_id": sub["id"], "decision": "modify", "by": "Fran Finance", "role": "finance",
              "reason": "Net 15 agreed", "payload": {**sub, "terms": edited}}
    _resume(runtime, run_id, {"decisions": [modify, *_approve_the_rest(runtime, run_id, "Fran Finance", sub["id"])]})
    runtime.decide(run_id, approve=[sub["id"]], by="Fran Finance")

    final = runtime.view(run_id)
    assert final.status == "completed", final.error
    assert [(sid, days) for sid, days in _subscriptions(runtime)] == [(sub["subscription_id"], 15)]


def test_a_subscription_whose_checkpoint_still_holds_its_terms_inline_executes_with_them(
        runtime: RunService, tmp_path: Path) -> None:
    run_id = _corrected_run(runtime, tmp_path)
    view = runtime.view(run_id)
    terms = {**view.terms, "payment_terms_days": 45}
    # As a checkpoint written before the content store holds it: the terms inline, under no stored key.
    inline = [{**a, "terms": terms, "terms_key": None} if a["type"] == "create_subscription" else a
              for a in runtime.graph.get_state({"configurable": {"thread_id": run_id}}).values["actions"]]
    runtime.graph.update_state({"configurable": {"thread_id": run_id}}, {"actions": inline}, as_node="review")
    _resume(runtime, run_id, {"decisions": _approve_the_rest(runtime, run_id, "Fran Finance")})
    pending = [a["id"] for a in runtime.view(run_id).actions if a["status"] == "proposed" and a.get("needs_approval")]
    if pending:
        runtime.decide(run_id, approve=pending, by="Fran Finance")

    final = runtime.view(run_id)
    assert final.status == "completed", final.error
    assert [days for _, days in _subscriptions(runtime)] == [45]
