"""The planner of a dunning run: reminders, late fees and collections tasks for the invoices overdue on its day."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.dunning import plan_dunning as plan
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes.policy_step import mark_approvals
from accrue.workflow.state import DunningEvent, DunningPlanInputs, RunState, stored


def plan_dunning(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose what the `[dunning]` policy asks for on the run's day and is not done yet, marked by the policy."""
    policy = ctx(runtime).policy
    found, event = state.plan_inputs, state.event
    if not isinstance(found, DunningPlanInputs) or not isinstance(event, DunningEvent):
        return stored({"actions": []})
    actions = plan(found.invoices, event.as_of, policy.dunning, done=frozenset(found.done))
    return stored({"actions": mark_approvals(state, actions, policy, None)})
