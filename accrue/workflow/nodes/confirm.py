"""The confirm stage: the run's final status (completed, rejected or failed), and the audit entry that closes it."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.adapters.store import record_audit
from accrue.workflow.context import Context, ctx
from accrue.workflow.state import RunState, RunStatus, stored


def confirm(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Close the run; audit what executed, was rejected or failed."""
    actions = state.actions
    status = final_status(state)
    with ctx(runtime).session() as s:
        record_audit(s, state.run_id, f"run_{status}",
                     executed=[a.id for a in actions if a.status == "executed"],
                     rejected=[a.id for a in actions if a.status == "rejected"],
                     failed=[a.id for a in actions if a.status == "failed"])
        s.commit()
    return stored({"status": status})


def final_status(state: RunState) -> RunStatus:
    """failed if an action failed; rejected if a person rejected the run at needs_review or every action was
    rejected; else completed: done as the documents say (or as a person accepted it)."""
    actions = state.actions
    if any(a.status == "failed" for a in actions):
        return "failed"
    rejected_run = state.terms_decision is not None and state.terms_decision.decision == "reject"
    if rejected_run or (actions and all(a.status == "rejected" for a in actions)):
        return "rejected"
    return "completed"
