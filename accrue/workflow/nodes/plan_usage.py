"""The planner of a usage run: the usage invoice of the period (rated lines, commitment true-up) and its entry."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.billing.periods import Period
from accrue.core.planner import UsageInputs
from accrue.core.planner import plan_usage as plan
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes.policy_step import mark_approvals, terms_to_plan, unplannable
from accrue.workflow.state import RunState, UsageEvent, UsagePlanInputs, stored


def plan_usage(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the usage invoice of a known customer whose contract prices usage, marked by the policy.

    Nothing is proposed while a term the usage invoice needs is missing, or while the period lies in a commitment
    period trued up from usage it would change (validate reported either): the run waits for a person with that
    finding."""
    context = ctx(runtime)
    policy = context.policy
    screened, event, extraction = state.plan_inputs, state.event, state.contract_terms(context.session)
    if (extraction is None or not extraction.terms.usage_rules or not isinstance(screened, UsagePlanInputs)
            or not screened.customer_id or not isinstance(event, UsageEvent)
            or any(f.code == "missing_field" and f.severity == "error" or f.code == "true_up_stale"
                   for f in state.findings)):
        return stored({"actions": []})
    request = event.request
    usage = UsageInputs(customer_id=screened.customer_id, period=Period(request.period_start, request.period_end),
                        totals=screened.totals, history=screened.history, by_month=screened.by_month,
                        subscription_id=screened.subscription_id, invoiced=tuple(screened.invoiced))
    try:
        actions = plan(terms_to_plan(extraction, policy), usage, run_id=state.run_id,
                       customer_name=screened.customer_name)
    except ValueError as exc:
        return stored({"actions": [], "findings": [*state.findings, unplannable(exc, "the usage invoice")]})
    return stored({"actions": mark_approvals(state, actions, policy, extraction)})
