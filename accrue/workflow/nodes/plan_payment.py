"""The planner of a payment run: apply each matched payment, post its cash entry, chase or write off what is short."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.planner import plan_payments
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes.policy_step import mark_approvals
from accrue.workflow.state import PaymentPlanInputs, RunState, stored


def plan_payment(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the cash application of the run's payments, marked by the policy."""
    policy = ctx(runtime).policy
    applied = state.plan_inputs
    if not isinstance(applied, PaymentPlanInputs):
        return stored({"actions": []})
    actions = plan_payments(applied.applications, run_id=state.run_id,
                            invoices={inv.id: inv for inv in applied.open_invoices},
                            write_off_tolerance=policy.write_off_tolerance, already_recorded=set(applied.recorded),
                            credit_uses=applied.credit_uses)
    return stored({"actions": mark_approvals(state, actions, policy, None)})
