"""The planner of a bill run: every scheduled invoice due by its date across the active subscriptions, their
renewals at the end of a term and the reminders before one."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.planner import plan_bill_run as plan
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes.policy_step import mark_approvals, unplannable
from accrue.workflow.state import BillRunEvent, BillRunPlanInputs, RunState, keep_terms, stored


def plan_bill_run(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the invoices (and their entries) that fell due and are not on the books yet, marked by the policy."""
    context = ctx(runtime)
    policy = context.policy
    found, event = state.plan_inputs, state.event
    if not isinstance(found, BillRunPlanInputs) or not isinstance(event, BillRunEvent):
        return stored({"actions": []})
    try:
        actions = plan(found.subscriptions, event.through, run_id=state.run_id, sent=frozenset(found.sent_notices))
    except ValueError as exc:
        return stored({"actions": [], "findings": [*state.findings, unplannable(exc, "the bill run")]})
    keep_terms(actions, context.session)  # a renewal's subscription
    return stored({"actions": mark_approvals(state, actions, policy, None)})
