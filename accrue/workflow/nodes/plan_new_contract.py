"""The planner of a new contract: its customer, subscription, first invoice and their ledger entries."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.planner import plan_new_contract as plan
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes import books_reads
from accrue.workflow.nodes.policy_step import mark_approvals, terms_to_plan, unplannable
from accrue.workflow.state import RunState, keep_terms, stored


def plan_new_contract(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the actions a signed contract calls for, marked by the policy."""
    context = ctx(runtime)
    extraction = state.contract_terms(context.session)
    if extraction is None:
        return stored({"actions": []})
    with context.session() as s:
        existing = books_reads.customers(s)
    try:
        actions = plan(terms_to_plan(extraction, context.policy), state.deal, run_id=state.run_id,
                       existing_customers=existing)
    except ValueError as exc:
        return stored({"actions": [], "findings": [*state.findings, unplannable(exc, "the contract's billing")]})
    keep_terms(actions, context.session)
    return stored({"actions": mark_approvals(state, actions, context.policy, extraction)})
