"""The planner of an amendment: the changed fee lines from their effective date, credited and charged for the rest
of the current period, and the subscription as amended."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.core.billing.midterm import ItemChange, match_changes
from accrue.core.planner import amendment_line_evidence
from accrue.core.planner import plan_amendment as plan
from accrue.core.terms import ExtractionResult
from accrue.core.validation import match_customer_name
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes import books_reads
from accrue.workflow.nodes.policy_step import mark_approvals, unplannable
from accrue.workflow.state import RunState, keep_terms, stored

# Findings that leave nothing sound to plan from: a missing date or line, a date or currency that disagrees.
_BLOCKING = frozenset({"missing_field", "date_mismatch", "currency_mismatch"})


def plan_amendment(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Propose the mid-term change an amendment makes to its contract, marked by the policy."""
    context = ctx(runtime)
    contract, amendment = state.contract_terms(context.session), state.amendment_terms(context.session)
    if contract is None or amendment is None:
        return stored({"actions": []})
    if any(f.severity == "error" and f.code in _BLOCKING for f in state.findings):
        return stored({"actions": []})
    effective = amendment.terms.effective_date or amendment.terms.service_start_date
    assert effective is not None  # without one, validate reported a missing_field and planning stopped above
    changes = amendment_changes(contract, amendment)
    with context.session() as s:
        existing = books_reads.customers(s)
        customer = match_customer_name(contract.terms.customer_legal_name or "", existing, 95.0)
        current = books_reads.current_subscription_invoice(s, customer, effective) if customer else None
        superseded = books_reads.current_subscription(s, customer, effective) if customer else None
    try:
        actions = plan(contract.terms, changes, effective, run_id=state.run_id, existing_customers=existing,
                       current_invoice=current, amendment_evidence=amendment_line_evidence(changes),
                       current_subscription=superseded)
    except ValueError as exc:
        return stored({"actions": [], "findings": [*state.findings, unplannable(exc, "the amendment")]})
    keep_terms(actions, context.session)
    return stored({"actions": mark_approvals(state, actions, context.policy, contract)})


def amendment_changes(contract: ExtractionResult, amendment: ExtractionResult) -> list[ItemChange]:
    """The fee lines the amendment changes, matched to the contract's."""
    return match_changes(contract.terms.line_items, amendment.terms.line_items, _line_quotes(amendment))


def _line_quotes(extraction: ExtractionResult) -> list[str | None]:
    """Each fee line's citation quote (its role marker, "Removed:", may be there and not in the description)."""
    out: list[str | None] = []
    for i in range(len(extraction.terms.line_items)):
        cite = next((extraction.citations.get(f"line_items[{i}].{leaf}")
                     for leaf in ("description", "quantity", "unit_price", "sku")
                     if extraction.citations.get(f"line_items[{i}].{leaf}")), None)
        out.append(cite.quote if cite else None)
    return out
