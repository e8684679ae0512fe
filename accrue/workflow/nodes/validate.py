"""The validate stage: the run's inputs checked against each other and the books.

Findings carry stable codes and evidence (`accrue.core.validation`); what the planner of the
run's kind bills from, read from the books here, goes into `plan_inputs` so planning does no
reading of its own beyond what it must decide. Terms a person corrected without a quote add an
`entered_by_person` finding each, so the policy holds what depends on them for someone else.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar

from langgraph.runtime import Runtime
from sqlmodel import Session

from accrue.adapters.books import closed_through
from accrue.adapters.cash_reads import open_invoices_for
from accrue.core.billing.bill_run import missing_usage_finding
from accrue.core.billing.cash import CashApplication, OpenLedger
from accrue.core.billing.close import month_period
from accrue.core.billing.periods import Period
from accrue.core.billing.schedule import subscription_term
from accrue.core.billing.true_up import stale_true_up_finding
from accrue.core.billing.usage_once import already_billed, already_billed_finding, overlapping
from accrue.core.corrections import entered_findings
from accrue.core.findings import Finding
from accrue.core.planner import customer_id_for, missing_usage, usage_invoice_id
from accrue.core.policy import Policy
from accrue.core.receivables import credit_uses, credits_as_payments
from accrue.core.refunds import Held, refund_refusal
from accrue.core.terms import ExtractionResult
from accrue.core.validation import (
    amendment_findings,
    books_customer_findings,
    change_request_findings,
    extraction_findings,
    match_customer_name,
    payment_findings,
    request_precision_findings,
    screen_usage,
    usage_history_by_rule,
    validate_contract,
)
from accrue.workflow.context import Context, ctx
from accrue.workflow.nodes import books_reads, receivables_reads
from accrue.workflow.nodes.plan_amendment import amendment_changes
from accrue.workflow.nodes.policy_step import terms_to_plan
from accrue.workflow.state import (
    AnyPlanInputs,
    BillRunEvent,
    BillRunPlanInputs,
    ChangeRequestEvent,
    ChangeRequestPlanInputs,
    CloseEvent,
    ClosePlanInputs,
    DunningEvent,
    DunningPlanInputs,
    PaymentEvent,
    PaymentPlanInputs,
    RefundEvent,
    RefundPlanInputs,
    RunState,
    UsageEvent,
    UsagePlanInputs,
    stored,
)

E = TypeVar("E", UsageEvent, PaymentEvent, ChangeRequestEvent, BillRunEvent, CloseEvent, DunningEvent, RefundEvent)


def validate(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Check the contract, deal, event and books against each other: findings, and the planner's inputs."""
    context = ctx(runtime)
    extraction = state.contract_terms(context.session)
    findings: list[Finding] = []
    plan_inputs: AnyPlanInputs | None = None
    with context.session() as s:
        if state.kind == "new_contract" and extraction is not None:
            planned = extraction.model_copy(update={"terms": terms_to_plan(extraction, context.policy)})
            findings = validate_contract(planned, state.deal,
                                         allowed_payment_terms=context.policy.allowed_payment_terms_days)
            if extraction.terms.customer_legal_name:
                findings += books_customer_findings(extraction.terms.customer_legal_name, books_reads.customers(s))
        elif state.kind == "usage" and extraction is not None:
            findings, plan_inputs = _usage(s, extraction, _event(state, UsageEvent), context.policy, state.run_id)
        elif state.kind == "payment":
            findings, plan_inputs = _payments(s, _event(state, PaymentEvent))
        elif state.kind == "change_request":
            findings, plan_inputs = _change_request(s, _event(state, ChangeRequestEvent))
        elif state.kind == "amendment" and extraction is not None and (
                amendment := state.amendment_terms(context.session)) is not None:
            findings = _amendment(extraction, amendment)
        elif state.kind == "bill_run":
            findings, plan_inputs = _bill_run(s, _event(state, BillRunEvent))
        elif state.kind == "close":
            findings, plan_inputs = _close(s, _event(state, CloseEvent))
        elif state.kind == "dunning":
            as_of = _event(state, DunningEvent).as_of
            plan_inputs = DunningPlanInputs(invoices=receivables_reads.overdue_invoices(s, as_of),
                                            done=sorted(receivables_reads.dunning_done(s)))
        elif state.kind == "refund":
            findings, plan_inputs = _refund(s, _event(state, RefundEvent))
    return stored({"findings": findings + entered_findings(state.corrections), "plan_inputs": plan_inputs})


def _event(state: RunState, kind: type[E]) -> E:
    if not isinstance(state.event, kind):
        raise ValueError(f"run {state.run_id}: a {state.kind} run has no {kind.__name__} (ingest reads it)")
    return state.event


# What a usage invoice cannot be dated, priced or made due without.
_USAGE_TERMS = ("currency", "service_start_date", "payment_terms_days")


def _usage(s: Session, extraction: ExtractionResult, event: UsageEvent, policy: Policy,
           run_id: str) -> tuple[list[Finding], UsagePlanInputs]:
    terms = terms_to_plan(extraction, policy)
    request = event.request
    customers = books_reads.customers(s)
    name = terms.customer_legal_name or ""
    customer_id = request.customer_id or (match_customer_name(name, customers) if name else None) or (
        customer_id_for(name) if name else "")
    history = books_reads.usage_history(s)
    screen = screen_usage(event.digest, customer_id, set(customers), terms.usage_rules, history,
                          spike_factor=policy.usage_spike_factor, trailing_months=policy.usage_trailing_months)
    known = customer_id in customers
    period = event.digest.period
    metrics = [terms.usage_rules[i].metric for i in sorted(screen.totals)]
    invoiced = overlapping(books_reads.usage_invoices(s, customer_id, metrics), metrics, period) if known else []
    plan_inputs = UsagePlanInputs(customer_id=customer_id if known else None,
                                  customer_name=customers.get(customer_id, name), totals=screen.totals,
                                  by_month=screen.by_month,
                                  history=usage_history_by_rule(history, customer_id, terms.usage_rules),
                                  subscription_id=books_reads.current_subscription(s, customer_id, period.start),
                                  invoiced=invoiced)
    findings = extraction_findings(extraction) + screen.findings
    billed = already_billed(invoiced, metrics, period, own_invoice_id=usage_invoice_id(run_id))
    if billed:
        findings.append(already_billed_finding(billed, customer_name=plan_inputs.customer_name, period=period,
                                               file=event.file, run_id=run_id))
    elif known and (trued := [t for t in books_reads.standing_true_ups(s, customer_id) if t[2].period.overlap(period)]):
        findings.append(stale_true_up_finding(trued, customer_name=plan_inputs.customer_name, period=period,
                                              file=event.file, run_id=run_id))
    findings += [Finding(code="missing_field", severity="error", fields=[name],
                         message=f"the contract does not state {name} (or it could not be read); the usage "
                                 "invoice needs it") for name in _USAGE_TERMS if getattr(terms, name) is None]
    if not known:
        findings.append(Finding(
            code="usage_unknown_customer", severity="error", fields=["customer_legal_name"],
            message=f"the contract's customer '{name}' ({customer_id or 'no id'}) is not in the books; nothing "
                    f"is billed until it is (run its contract, or seed the books), then `accrue retry {run_id}`",
            evidence={"customer_id": customer_id, "counted_rows": screen.counted_rows}))
    if not terms.usage_rules:  # then every metric is unmapped: say the one thing that is wrong
        findings = [f for f in findings if f.code != "sku_unmapped"]
        findings.append(Finding(code="missing_field", severity="error", fields=["usage_rules"],
                                message="the contract states no usage pricing (or it could not be read)"))
    return findings, plan_inputs


def _payments(s: Session, event: PaymentEvent) -> tuple[list[Finding], PaymentPlanInputs]:
    customers = books_reads.customers(s)
    recorded = books_reads.recorded_payments(s, [p.payment_id for p in event.payments])
    payers: dict[str, str | None] = {}  # a payer's name is matched to a customer once per file
    for p in event.payments:
        if p.payment_id not in recorded and p.payer not in payers:
            payers[p.payer] = match_customer_name(p.payer, customers)
    held = books_reads.held_credits(s)
    held_payers = {h.payer: match_customer_name(h.payer, customers) for h in held}
    # Only the open invoices these payments and credits can touch, by indexed queries, not the whole ledger.
    asked = open_invoices_for(s, [*((p, payers[p.payer]) for p in event.payments if p.payment_id not in recorded),
                                  *credits_as_payments(held, held_payers)])
    open_invoices = asked.invoices
    ledger = OpenLedger(open_invoices, asked.open_in_currency)  # later payments in the file see what earlier ones paid
    applications: list[CashApplication] = []
    for p in event.payments:
        if p.payment_id in recorded:
            applications.append(CashApplication(p, "unmatched", note="already recorded"))
            continue
        applications.append(ledger.apply(p, payers[p.payer]))
    uses = credit_uses(held, ledger.invoices, held_payers, asked.open_in_currency)
    # Only the invoices the plan names: the state (and every checkpoint) stays small whatever the ledger's size.
    named = {i for a in applications for i, _ in (*a.allocations, *a.remaining)}
    named |= {i for use in uses for i, _ in use.allocations}
    plan_inputs = PaymentPlanInputs(applications=applications,
                                    open_invoices=[inv for inv in open_invoices if inv.id in named],
                                    recorded=sorted(recorded & {a.payment.payment_id for a in applications}),
                                    credit_uses=uses)
    return payment_findings(applications, recorded), plan_inputs


def _change_request(s: Session, event: ChangeRequestEvent) -> tuple[list[Finding], ChangeRequestPlanInputs]:
    request = event.request
    invoice = books_reads.find_invoice(s, request.invoice)
    findings = change_request_findings(
        request.invoice, invoice is not None, credit=request.amount,
        creditable=invoice.creditable if invoice else None, currency=invoice.currency if invoice else None,
        requested_currency=request.currency, write_off=request.write_off,
        open_balance=invoice.balance if invoice else None)
    if invoice is not None:
        findings += request_precision_findings(request.amounts(), invoice.currency)
    return findings, ChangeRequestPlanInputs(invoice=invoice)


def _bill_run(s: Session, event: BillRunEvent) -> tuple[list[Finding], BillRunPlanInputs]:
    subscriptions, without_terms = books_reads.active_subscriptions(s)
    findings = [Finding(code="subscription_without_terms", severity="info", fields=[],
                        message=f"subscription {sub_id} was recorded without its contract terms, so no bill run can "
                                "schedule its invoices; issue them by hand (or record the subscription again)",
                        evidence={"subscription_id": sub_id}) for sub_id in without_terms]
    sent = books_reads.sent_notices(s)
    missing: dict[tuple[str, Period], Finding] = {}  # an amended subscription and its successor share a period
    for sub in subscriptions:
        for period in missing_usage(sub, event.through, frozenset(sent)):
            missing.setdefault((sub.customer_id, period), missing_usage_finding(sub, period))
    findings += missing.values()
    return findings, BillRunPlanInputs(subscriptions=subscriptions, sent_notices=sorted(sent))


def _close(s: Session, event: CloseEvent) -> tuple[list[Finding], ClosePlanInputs]:
    closed = closed_through(s)
    findings = []
    if closed is not None and month_period(event.period).end <= closed:
        findings.append(Finding(code="period_closed", severity="info", evidence={"closed_through": str(closed)},
                                message=f"{event.period} is already closed (the books are closed through {closed}); "
                                        "a correction posts in the open period"))
    return findings, ClosePlanInputs(deferred=books_reads.deferred_lines(s),
                                     recognised=books_reads.recognised_revenue(s), closed_through=closed)


def _refund(s: Session, event: RefundEvent) -> tuple[list[Finding], RefundPlanInputs]:
    """The customer the refund pays and what they hold; an error finding when it is more than that (it may have
    been used since the request was checked)."""
    request = event.request
    found = receivables_reads.customer_named(s, request.customer)
    if found is None:
        return [Finding(code="unknown_customer", severity="error", fields=["customer"],
                        message=f"no customer '{request.customer}' in the books")], RefundPlanInputs(
            customer_id=None, customer_name=request.customer, held=Held(Decimal(0)))
    customer_id, name = found
    held = receivables_reads.held(s, customer_id, request.currency)
    refusal = refund_refusal(request, name, held)
    findings = [Finding(code="refund_exceeds_credit", severity="error", fields=["amount"], message=refusal,
                        evidence={"held": str(held.total), "asked": str(request.amount)})] if refusal else []
    return findings, RefundPlanInputs(customer_id=customer_id, customer_name=name, held=held)


def _amendment(contract: ExtractionResult, amendment: ExtractionResult) -> list[Finding]:
    effective = amendment.terms.effective_date or amendment.terms.service_start_date
    try:
        term = subscription_term(contract.terms)
    except ValueError:
        term = None
    findings = extraction_findings(contract) + amendment_findings(contract, amendment, effective, term)
    if amendment.terms.line_items and not amendment_changes(contract, amendment):
        findings.append(Finding(code="missing_field", severity="error", fields=["amendment.line_items"],
                                message="no fee line of the amendment differs from the contract"))
    return findings
