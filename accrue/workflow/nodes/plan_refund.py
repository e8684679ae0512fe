"""The planner of a refund run: pay back what a customer holds with us, held for someone other than the asker."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.refunds import plan_refund as plan
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes.policy_step import mark_approvals
from accrue.workflow.state import RefundEvent, RefundPlanInputs, RunState, stored


def plan_refund(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the refund and its entry when the customer holds the credit (validate says why not otherwise)."""
    context = ctx(runtime)
    found, event = state.plan_inputs, state.event
    if not isinstance(found, RefundPlanInputs) or not isinstance(event, RefundEvent) or found.customer_id is None \
            or any(f.severity == "error" for f in state.findings):
        return stored({"actions": []})
    actions = plan(event.request, found.customer_id, found.customer_name, found.held, run_id=state.run_id,
                   day=context.today())
    return stored({"actions": mark_approvals(state, actions, context.policy, None)})
