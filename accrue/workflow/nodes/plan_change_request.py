"""The planner of a change request: a credit note on the invoice (and, for corrected lines, the re-issued invoice)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.planner import plan_change_request as plan
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes.policy_step import mark_approvals
from accrue.workflow.state import ChangeRequestEvent, ChangeRequestPlanInputs, RunState, stored


def plan_change_request(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the credit (and correction) a valid change request asks for, marked by the policy."""
    context = ctx(runtime)
    found, event = state.plan_inputs, state.event
    if (not isinstance(found, ChangeRequestPlanInputs) or found.invoice is None or not isinstance(
            event, ChangeRequestEvent) or any(f.severity == "error" for f in state.findings)):
        return stored({"actions": []})
    actions = plan(event.request, found.invoice, run_id=state.run_id, today=context.today())
    return stored({"actions": mark_approvals(state, actions, context.policy, None)})
