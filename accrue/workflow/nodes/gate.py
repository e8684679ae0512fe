"""The gate stage: after every planner, may the run go on without a person?

The completeness verdict (`accrue.core.completeness`) on the plan just made: for a new contract,
every billing term present and cited (or entered by a person) and the schedule reconciled with the
stated total and the CRM deal; for an event, that it acts, or says why it cannot. An incomplete
verdict sends the run to `review_terms` before anything executes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime
from sqlmodel import Session

from accrue.adapters.store import record_audit
from accrue.core.completeness import Verdict, check_contract, check_event
from accrue.core.corrections import current_values, entered_paths
from accrue.core.findings import Finding
from accrue.core.policy import Policy
from accrue.workflow.context import Context, ctx
from accrue.workflow.state import EventKind, PaymentPlanInputs, RunState, UsageEvent, UsagePlanInputs, stored

# Findings about rows of an event file that the plan itself settles (they name no term): a repeated event billed
# once, rows of another customer or period left to their own runs; a short payment chased, an overpayment kept
# as unapplied cash, a payment already on the books not applied again.
ANSWERED_BY_PLAN: dict[EventKind, frozenset[str]] = {
    "usage": frozenset({"usage_duplicate_events", "usage_out_of_period", "usage_unknown_customer"}),
    "payment": frozenset({"short_payment", "overpayment", "duplicate_payment"}),
}


def gate(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Judge the plan: store the verdict, its gaps among the run's findings (so every reader of the findings sees
    them), and audit why a person is needed when one is."""
    context = ctx(runtime)
    verdict = verdict_for(state, context.policy, context.session)
    if verdict.complete:
        return stored({"verdict": verdict})
    with context.session() as s:
        record_audit(s, state.run_id, "needs_review", reasons=verdict.reasons(), assumed=verdict.assumed)
        s.commit()
    known = {(f.code, tuple(f.fields)) for f in state.findings}
    gaps = [g for g in verdict.gaps if (g.code, tuple(g.fields)) not in known]
    return stored({"verdict": verdict, "findings": [*state.findings, *gaps], "status": "needs_review"})


def verdict_for(state: RunState, policy: Policy, session: Callable[[], Session]) -> Verdict:
    """The completeness verdict on the run's plan, by its kind."""
    if state.kind == "new_contract":
        extraction = state.contract_terms(session)
        if extraction is None:
            return Verdict(gaps=[Finding(code="missing_field", severity="error", fields=["contract"],
                                         message="no terms were read from the contract")])
        return check_contract(extraction, state.deal, state.findings, state.actions, policy,
                              policy.completeness, entered=entered_paths(state.corrections),
                              pages=state.document.read(session).pages if state.document is not None else (),
                              corrected=frozenset(path for path, _ in current_values(state.corrections)))
    verdict = check_event(state.findings, state.actions, policy, expects_action=expects_action(state),
                          answered=ANSWERED_BY_PLAN.get(state.kind, frozenset()))
    unbilled = _no_usage_row_counted(state)
    return verdict.model_copy(update={"gaps": [*verdict.gaps, unbilled]}) if unbilled else verdict


def _no_usage_row_counted(state: RunState) -> Finding | None:
    """A usage file with rows of which none counts for the contract's customer bills nothing: that is not a quiet
    month but a customer id or metric nobody matched (rows of other customers are only answered beside billed ones)."""
    screened, event = state.plan_inputs, state.event
    if not (isinstance(screened, UsagePlanInputs) and isinstance(event, UsageEvent)) or screened.totals:
        return None
    if not event.digest.rows or screened.customer_id is None:
        return None  # an empty file is a quiet period; an unknown customer is its own finding
    return Finding(code="nothing_to_bill", severity="error", fields=["customer_legal_name"],
                   message=f"none of the {event.digest.rows} usage rows counts for {screened.customer_name} "
                           f"({screened.customer_id}); check the customer id and the metrics of the file",
                   evidence={"customer_id": screened.customer_id, "rows": event.digest.rows})


def expects_action(state: RunState) -> bool:
    """Whether the event should lead to an action: every kind does, except a payment file whose payments are all
    on the books already, a bill run (on a day nothing falls due it has nothing to do) and the close of a month
    already closed."""
    if state.kind in ("bill_run", "dunning"):  # a day with nothing overdue has nothing to do
        return False
    if state.kind == "close":
        return not any(f.code == "period_closed" for f in state.findings)
    if state.kind == "payment" and isinstance(state.plan_inputs, PaymentPlanInputs):
        recorded = set(state.plan_inputs.recorded)
        return any(a.payment.payment_id not in recorded for a in state.plan_inputs.applications)
    return True
