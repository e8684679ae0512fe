"""The confirm stage: the run's final status, and the audit entry that closes it."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.adapters.store import record_audit
from accrue.workflow.context import Context, ctx
from accrue.workflow.state import RunState, RunStatus, stored


def confirm(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Close the run: failed if any action failed, else completed; audit what executed, was rejected or failed."""
    actions = state.actions
    status: RunStatus = "failed" if any(a.status == "failed" for a in actions) else "completed"
    with ctx(runtime).session() as s:
        record_audit(s, state.run_id, f"run_{status}",
                     executed=[a.id for a in actions if a.status == "executed"],
                     rejected=[a.id for a in actions if a.status == "rejected"],
                     failed=[a.id for a in actions if a.status == "failed"])
        s.commit()
    return stored({"status": status})
