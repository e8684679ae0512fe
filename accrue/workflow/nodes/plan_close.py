"""The planner of a month-end close: the month's revenue recognition entries, then the close of the month."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.planner import plan_close as plan
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes.policy_step import mark_approvals
from accrue.workflow.state import CloseEvent, ClosePlanInputs, RunState, stored


def plan_close(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the recognition entries and the close of the run's month, marked by the policy."""
    policy = ctx(runtime).policy
    found, event = state.plan_inputs, state.event
    if not isinstance(found, ClosePlanInputs) or not isinstance(event, CloseEvent):
        return stored({"actions": []})
    actions = plan(found.deferred, event.period, recognised=found.recognised, closed_through=found.closed_through,
                   run_id=state.run_id)
    return stored({"actions": mark_approvals(state, actions, policy, None)})
