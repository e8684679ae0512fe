"""The planners: validated terms and events in, typed action proposals out. No I/O.

One planner per event kind (new contract, usage, payment, change request, amendment, bill run, close). The
amounts come from the billing engine (`accrue.core.billing`); here they become actions with their
evidence (the terms fields they rely on, which the policy checks for ungrounded values) and
their order (`depends_on`). Ids are deterministic within a run (`a1`, `a2`, ...) and
idempotency keys derive from the run id and the action id, so a re-planned run proposes the
same keys and the executor never does an effect twice. An effect any run may come to (a subscription's
period, a customer's usage of a period, a renewal, a month's recognition) is keyed by what it is instead
(`effect_key`), so no two runs do it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from accrue.core.actions import (
    Action,
    Allocation,
    ApplyCredit,
    ApplyPayment,
    ClosePeriod,
    CreateCollectionsTask,
    CreateCreditNote,
    CreateCustomer,
    CreateInvoice,
    CreateSubscription,
    InvoiceLine,
    JournalLine,
    Notify,
    PostJournalEntry,
    SubscriptionItem,
    UpdateCrm,
    UsageQuantity,
    WriteOff,
)
from accrue.core.billing.bill_run import (
    SubscriptionOnBooks,
    current_term,
    due_invoices,
    missing_usage_effect,
    quiet_usage_effect,
    unbilled_usage,
)
from accrue.core.billing.cash import CashApplication, OpenInvoice
from accrue.core.billing.close import RECOGNITION_REF, DeferredLine, month_period, recognition_entries
from accrue.core.billing.invoicing import PlannedInvoice, PlannedLine, RevenueType, due_date_for, invoice_date_for
from accrue.core.billing.ledger import (
    Entry,
    credit_note_entry,
    invoice_entry,
    payment_entry,
    recognition_schedule,
    write_off_entry,
)
from accrue.core.billing.midterm import ItemChange, amended_terms, change_invoice, midterm_change, schedule_after
from accrue.core.billing.periods import ONE_DAY, Period, add_months
from accrue.core.billing.renewal import Renewal, notice_deadline, reminder_date, renewal_of
from accrue.core.billing.schedule import build_schedule, schedule_summary, subscription_term
from accrue.core.billing.true_up import TRUE_UP, true_up_invoice, true_ups_due
from accrue.core.billing.usage import allowance_for, commitment_due, describe_charge, month_key, rate, rate_metric
from accrue.core.billing.usage_once import (
    UsageInvoiceOnBooks,
    already_billed,
    credited_in_full_count,
    usage_invoice_effect,
)
from accrue.core.deal import Deal
from accrue.core.money import format_money, round_money
from accrue.core.receivables import CreditUse, credit_use_entry
from accrue.core.requests import ChangeRequest
from accrue.core.terms import ContractTerms
from accrue.core.validation import match_customer_name

_NS = uuid.UUID("6f1c2b0e-4c1b-4f7e-9a51-8d3f0f7f4a10")
BILLING_CHANNEL = "#billing"


def customer_id_for(legal_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", legal_name.lower()).strip("-")
    return f"cus-{slug[:40]}"


def match_customer(legal_name: str, existing: dict[str, str]) -> str | None:
    """Existing customer id whose legal name is the same company (suffixes and case aside)."""
    return match_customer_name(legal_name, existing, threshold=95.0)


def _record_id(prefix: str, run_id: str, suffix: str = "") -> str:
    """The books id of a record a run creates, e.g. `inv-<16 hex of the run id>-1`.

    64 bits of the run id: with 8 hex digits two runs in some 10^4-10^5 would share an invoice id, and
    the second would find the first's invoice instead of issuing its own.
    """
    return f"{prefix}-{run_id.replace('-', '')[:16]}{suffix}"


def effect_key(effect: str, action_type: str) -> str:
    """The idempotency key of an effect named independently of any run (a subscription's period, a reminder)."""
    return str(uuid.uuid5(_NS, f"{effect}:{action_type}"))


class _Plan:
    """Collects actions, numbering them a1..aN with run-derived idempotency keys as they are added."""

    def __init__(self, run_id: str):
        self.run_id = run_id
        self.actions: list[Action] = []

    def add(self, action: Action, depends_on: Iterable[str | None] = (), *, effect: str | None = None) -> str:
        """Add the next action. `effect` names what it does independently of this run (a subscription's period):
        runs that would do the same effect then share its key, so only the first ever executes it."""
        aid = f"a{len(self.actions) + 1}"
        key = effect_key(effect, action.type) if effect else str(uuid.uuid5(_NS, f"{self.run_id}:{aid}:{action.type}"))
        self.actions.append(action.model_copy(update={
            "id": aid, "idempotency_key": key, "depends_on": [d for d in depends_on if d]}))
        return aid


def _invoice(planned: PlannedInvoice, *, invoice_id: str, customer: str, evidence: list[str],
             subscription_id: str | None = None, requested_by: str | None = None) -> CreateInvoice:
    return CreateInvoice(
        invoice_id=invoice_id, customer=customer, invoice_date=planned.invoice_date, due_date=planned.due_date,
        currency=planned.currency, po_number=planned.po_number, subscription_id=subscription_id,
        lines=[_line(ln) for ln in planned.lines], amount=planned.amount, evidence=evidence,
        requested_by=requested_by)


def _line(ln: PlannedLine) -> InvoiceLine:
    return InvoiceLine(description=ln.description, amount=ln.amount, period_start=ln.period_start,
                       period_end=ln.period_end, quantity=ln.quantity, unit_price=ln.unit_price,
                       revenue_type=ln.revenue_type)


def _entry(entry: Entry, *, source_ref: str) -> PostJournalEntry:
    """A journal-entry action. Entries follow their document (they depend on it and run only after it), so
    they carry no terms evidence of their own: the document's approval decides them too."""
    return PostJournalEntry(date=entry.date, memo=entry.memo, currency=entry.currency, source_ref=source_ref,
                            lines=[JournalLine(account=ln.account, debit=ln.debit, credit=ln.credit)
                                   for ln in entry.lines])


def invoice_journal_entry(invoice: CreateInvoice, *, deferred: bool) -> PostJournalEntry | None:
    """Dr Accounts Receivable / Cr Deferred Revenue (billed in advance) or revenue by line type."""
    entry = invoice_entry(invoice.invoice_date, f"Invoice {invoice.invoice_id} to {invoice.customer}",
                          invoice.currency, [(ln.revenue_type, ln.amount) for ln in invoice.lines], deferred=deferred)
    return _entry(entry, source_ref=invoice.invoice_id) if entry else None


def _items(terms: ContractTerms) -> list[SubscriptionItem]:
    return [SubscriptionItem(description=i.description, sku=i.sku, quantity=i.quantity, unit_price=i.unit_price,
                             price_period=i.price_period, discount_percent=i.discount_percent,
                             start_date=i.start_date, end_date=i.end_date) for i in terms.line_items]


def revenue_schedule(invoices: list[PlannedInvoice]) -> list[dict[str, str]]:
    """Monthly recognition of the deferred (billed-in-advance) subscription revenue of every scheduled invoice."""
    months: dict[str, tuple[date, Decimal]] = {}
    for inv in invoices:
        if not inv.deferred:
            continue
        for ln in inv.lines:
            if ln.revenue_type not in {"subscription", "proration"} or ln.period_start is None or not ln.amount:
                continue
            assert ln.period_end is not None
            for row in recognition_schedule(ln.amount, Period(ln.period_start, ln.period_end), inv.currency):
                day, amount = months.get(row.month, (row.date, Decimal(0)))
                months[row.month] = (max(day, row.date), amount + row.amount)
    return [{"month": m, "date": d.isoformat(), "amount": str(a)} for m, (d, a) in sorted(months.items())]


# -- new contract -------------------------------------------------------------------------------
def plan_new_contract(terms: ContractTerms, deal: Deal | None, *, run_id: str,
                      existing_customers: dict[str, str]) -> list[Action]:
    """Customer (if new), subscription and its schedule, first invoice and its journal entry, CRM status, a note.

    A contract with usage pricing but no fixed fees (or nothing to invoice yet) gets its customer and
    subscription; usage is billed by usage runs. One with neither fees nor usage pricing gets nothing
    (validation reports the missing fees).
    """
    if not terms.customer_legal_name or not terms.currency or not terms.service_start_date:
        return []
    try:
        schedule = build_schedule(terms)
    except ValueError:
        schedule = []
    if not schedule and not terms.usage_rules:
        return []
    plan = _Plan(run_id)
    customer_id = match_customer(terms.customer_legal_name, existing_customers)
    customer_action = None
    if customer_id is None:
        customer_id = customer_id_for(terms.customer_legal_name)
        customer_action = plan.add(CreateCustomer(
            customer_id=customer_id, customer_legal_name=terms.customer_legal_name,
            billing_email=terms.billing_contact_email or (deal.billing_contact_email if deal else None),
            currency=terms.currency, evidence=["customer_legal_name", "currency", "billing_contact_email"]))
    term = subscription_term(terms)
    sub_id = _record_id("sub", run_id)
    dates = ["service_start_date", "service_end_date", "term_months"]
    subscription = CreateSubscription(
        subscription_id=sub_id, customer=customer_id, start_date=term.start, end_date=term.end,
        billing_frequency=terms.billing_frequency or "annual", billing_timing=terms.billing_timing or "advance",
        currency=terms.currency, items=_items(terms), schedule=schedule_summary(schedule),
        revenue_schedule=revenue_schedule(schedule), terms=terms,
        evidence=[*dates, "billing_frequency", "billing_timing", "billing_anchor", "payment_terms_days",
                  "price_escalator_percent", "currency", "usage_rules",
                  *[f"line_items[{i}]" for i in range(len(terms.line_items))]])
    billable = [inv for inv in schedule if inv.amount != 0]  # a free first period sends no invoice
    if not billable:
        sub_action = plan.add(subscription, [customer_action])
        plan.add(Notify(channel=BILLING_CHANNEL, message=(
            f"{terms.customer_legal_name}: subscription from {term.start} recorded; nothing to invoice yet.")),
            [sub_action])
        return plan.actions
    first = billable[0]
    invoice_id = _record_id("inv", run_id, "-1")
    # customer_legal_name picks whom it bills: with the customer already in the books no create_customer
    # carries that name, so a disputed name must gate the invoice itself.
    evidence = ["customer_legal_name", *dates, "payment_terms_days", "billing_frequency", "billing_timing",
                "billing_anchor", "currency", *sorted({f"line_items[{ln.item_index}]" for ln in first.lines})]
    if terms.po_number:
        evidence.append("po_number")
    if terms.price_escalator_percent:
        evidence.append("price_escalator_percent")
    invoice = _invoice(first, invoice_id=invoice_id, customer=customer_id, evidence=evidence, subscription_id=sub_id)
    inv_action = plan.add(invoice, [customer_action])
    entry = invoice_journal_entry(invoice, deferred=first.deferred)
    if entry is not None:
        plan.add(entry, [inv_action])
    # Recorded once its first invoice has executed: approving (or rejecting) the invoice decides both.
    plan.add(subscription, [inv_action])
    if deal is not None:
        plan.add(UpdateCrm(deal_id=deal.deal_id, fields={
            "billing_status": "invoiced", "invoice_id": invoice_id,
            "invoice_amount": f"{first.amount} {first.currency}"}), [inv_action])
    plan.add(Notify(channel=BILLING_CHANNEL, message=(
        f"{terms.customer_legal_name}: first invoice {format_money(first.amount, first.currency)} "
        f"dated {first.invoice_date}, due {first.due_date}.")), [inv_action])
    return plan.actions


# -- usage --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UsageInputs:
    """What a usage run bills: the screened totals of one customer for one period."""

    customer_id: str
    period: Period
    totals: dict[int, Decimal]  # usage rule index -> quantity
    history: dict[int, dict[str, Decimal]]  # usage rule index -> {"YYYY-MM": quantity}, earlier months
    by_month: dict[int, dict[str, Decimal]] = field(default_factory=dict)  # this period's quantities by month
    subscription_id: str | None = None  # the customer's subscription running on the period's first day
    invoiced: tuple[UsageInvoiceOnBooks, ...] = ()  # the customer's invoices of these metrics and days, credited too


def usage_invoice(terms: ContractTerms, usage: UsageInputs) -> PlannedInvoice | None:
    """Rated usage lines (one per metric) plus a minimum-commitment true-up when a commitment period closes."""
    if terms.currency is None:
        raise ValueError("a usage invoice needs the contract currency")
    currency = terms.currency
    term = subscription_term(terms)
    lines: list[PlannedLine] = []
    usage_amount = Decimal(0)
    for index in sorted(usage.totals):
        rule = terms.usage_rules[index]
        allowance = None
        if rule.included_period == "term":
            used = sum((q for m, q in usage.history.get(index, {}).items()
                        if _before(m, term.start, usage.period.start)), Decimal(0))
            allowance = max(rule.included_quantity - used, Decimal(0))
        charge = rate_metric(index, rule, usage.totals[index], usage.period, allowance)
        amount = round_money(charge.amount, currency)
        usage_amount += amount
        if amount:
            lines.append(PlannedLine(describe_charge(charge, usage.period), amount, usage.period.start,
                                     usage.period.end, charge.billable, charge.unit_price, "usage", index))
    commitment = terms.minimum_commitment
    if commitment is not None:
        due = commitment_due(commitment, term, usage.period)
        if due is not None:
            closing, owed = due
            earlier = _history_charges(terms, usage.history, closing, usage.period.start)
            shortfall = round_money(owed - usage_amount - earlier, currency)
            if shortfall > 0:
                lines.append(PlannedLine(
                    f"{TRUE_UP} ({closing.label()}): commitment {owed}, usage "
                    f"{usage_amount + earlier}", shortfall, closing.start, closing.end, None, None, "usage", -1))
    if not lines:
        return None
    timings = [t for i in sorted(usage.totals) if (t := terms.usage_rules[i].billing_timing) is not None]
    inv_date = invoice_date_for(usage.period, timings[0] if timings else "arrears")
    return PlannedInvoice(inv_date, due_date_for(inv_date, terms.payment_terms_days), usage.period.start,
                          usage.period.end, lines, currency, terms.po_number, deferred=False)


def _history_charges(terms: ContractTerms, history: dict[int, dict[str, Decimal]], closing: Period,
                     before: date) -> Decimal:
    """Usage charges of the commitment period's months before the billed period, re-rated from usage history."""
    assert terms.currency is not None
    total = Decimal(0)
    for index, months in history.items():
        rule = terms.usage_rules[index]
        for month, quantity in months.items():
            if _before(month, closing.start, before):
                year, mon = (int(x) for x in month.split("-"))
                span = Period(date(year, mon, 1), _month_end(year, mon))
                amount, _, _ = rate(rule, quantity, allowance_for(rule, span))
                total += round_money(amount, terms.currency)
    return total


def _before(month: str, since: date, before: date) -> bool:
    """Is history month `month` ("YYYY-MM") from `since` on and before the billed period starting `before`?

    The month `before` falls in counts when the period starts after its 1st: what the books hold for it
    was billed by earlier periods (this period's usage is recorded only once its invoice is issued).
    """
    return month_key(since) <= month <= month_key(before - ONE_DAY)


def _month_end(year: int, month: int) -> date:
    return add_months(date(year, month, 1), 1) - ONE_DAY


def usage_invoice_id(run_id: str) -> str:
    """The books id of the usage invoice a usage run issues."""
    return _record_id("inv", run_id, "-u")


def plan_usage(terms: ContractTerms, usage: UsageInputs, *, run_id: str, customer_name: str) -> list[Action]:
    """The usage invoice for the period, its journal entry and a note; nothing when nothing is billable, or when an
    invoice on the books already bills these metrics for days of the period (validate says which).

    The three are keyed by the customer's metrics and period, not by the run: two runs of different files for one
    period that both plan before either executes share the keys, so only the first's invoice is ever issued."""
    metrics = [terms.usage_rules[i].metric for i in sorted(usage.totals)]
    invoice_id = usage_invoice_id(run_id)
    if already_billed(usage.invoiced, metrics, usage.period, own_invoice_id=invoice_id):
        return []
    plan = _Plan(run_id)
    planned = usage_invoice(terms, usage)
    label = usage.period.label()
    if planned is None:
        # Keyed by customer and period: a bill run reads it as this period's usage recorded, not missing.
        plan.add(Notify(channel=BILLING_CHANNEL, message=f"{customer_name}: no billable usage for {label}."),
                 effect=quiet_usage_effect(usage.customer_id, usage.period))
        return plan.actions
    effect = usage_invoice_effect(usage.customer_id, usage.subscription_id, metrics, usage.period,
                                  credited_in_full_count(usage.invoiced, metrics, usage.period))
    evidence = ["customer_legal_name", "currency", "payment_terms_days",
                *[f"usage_rules[{i}]" for i in sorted(usage.totals)]]  # the name finds the customer billed
    if any(ln.item_index == -1 for ln in planned.lines):
        evidence.append("minimum_commitment")
    if terms.po_number:
        evidence.append("po_number")
    invoice = _invoice(planned, invoice_id=invoice_id, customer=usage.customer_id, evidence=evidence)
    invoice = invoice.model_copy(update={"usage": [
        UsageQuantity(customer_id=usage.customer_id, metric=terms.usage_rules[i].metric, period=month, quantity=q)
        for i in sorted(usage.by_month) for month, q in sorted(usage.by_month[i].items())]})
    inv_action = plan.add(invoice, effect=effect)
    entry = invoice_journal_entry(invoice, deferred=False)
    if entry is not None:
        plan.add(entry, [inv_action], effect=effect)
    plan.add(Notify(channel=BILLING_CHANNEL, message=(
        f"{customer_name}: usage invoice {format_money(planned.amount, planned.currency)} for {label}, "
        f"due {planned.due_date}.")), [inv_action], effect=effect)
    return plan.actions


# -- payments -----------------------------------------------------------------------------------
def plan_payments(applications: list[CashApplication], *, run_id: str, invoices: dict[str, OpenInvoice],
                  write_off_tolerance: Decimal, already_recorded: set[str],
                  credit_uses: Iterable[CreditUse] = ()) -> list[Action]:
    """Per payment: apply it (an unmatched one wholly to unapplied cash, so the bank ties out), post the cash entry,
    and chase (or propose writing off) what stays open; then apply held credit where it now belongs (each use
    waits for approval, dated the run's last payment day); one notice says what each payment did."""
    plan = _Plan(run_id)
    told: list[str] = []
    for app in applications:
        p = app.payment
        if p.payment_id in already_recorded:
            continue
        # An unmatched payment is still cash in the bank: all of it waits in Unapplied Cash until it is matched.
        unapplied = p.amount if app.outcome == "unmatched" else app.unapplied
        evidence = [f"payments[{p.payment_id}]"]
        apply_id = plan.add(ApplyPayment(
            payment_id=p.payment_id, payment_date=p.date, customer=app.customer_id, currency=p.currency,
            amount=p.amount, allocations=[Allocation(invoice_id=i, amount=a) for i, a in app.allocations],
            unapplied_amount=unapplied, payer=p.payer, reference=p.reference or None, evidence=evidence))
        entry = payment_entry(p.date, f"Payment {p.payment_id} from {p.payer}", p.currency, amount=p.amount,
                              applied=app.applied, unapplied=unapplied, fee=p.fee)
        plan.add(_entry(entry, source_ref=p.payment_id), [apply_id])
        told.append(payment_notice(app, invoices, unapplied))
        for invoice_id, remaining in app.remaining:
            number = invoices[invoice_id].number if invoice_id in invoices else invoice_id
            if remaining <= write_off_tolerance:
                reason = (f"short payment {p.payment_id} left {format_money(remaining, p.currency)} on {number}, "
                          f"within the {format_money(write_off_tolerance, p.currency)} write-off tolerance")
                wo = plan.add(WriteOff(invoice_id=invoice_id, amount=remaining, currency=p.currency, reason=reason,
                                       evidence=evidence), [apply_id])
                plan.add(_entry(write_off_entry(p.date, f"Write-off of {number} remainder", p.currency, remaining),
                                source_ref=invoice_id), [wo])
            else:
                plan.add(CreateCollectionsTask(
                    invoice_id=invoice_id, amount_outstanding=remaining, currency=p.currency, evidence=evidence,
                    reason=(f"short payment {p.payment_id} ({format_money(p.amount, p.currency)}) left "
                            f"{format_money(remaining, p.currency)} open on {number}")),
                    [apply_id])
    for use in credit_uses:
        numbers = ", ".join(invoices[i].number if i in invoices else i for i, _ in use.allocations)
        held = (f"unapplied cash of payment {use.credit.payment_id}" if use.credit.source == "unapplied_cash"
                else f"{use.customer_id}'s credit balance")
        # Keyed by what it does, not by this run: two payment runs proposing the same use of the same credit
        # (both waiting for approval) apply it, and post its entry, once.
        effect = (f"credit:{use.credit.payment_id or use.customer_id}:"
                  + ",".join(f"{i}={a}" for i, a in use.allocations))
        applied = plan.add(ApplyCredit(
            customer=use.customer_id, currency=use.credit.currency, source=use.credit.source,
            payment_id=use.credit.payment_id,
            allocations=[Allocation(invoice_id=i, amount=a) for i, a in use.allocations],
            reasons=[f"{format_money(use.amount, use.credit.currency)} of {held} now matches {numbers}"]),
            effect=effect)
        day = max(app.payment.date for app in applications)
        entry = credit_use_entry(day, f"Apply {held} to {numbers}", use)
        plan.add(_entry(entry, source_ref=use.credit.payment_id or use.customer_id), [applied], effect=effect)
    if told:
        plan.add(Notify(channel=BILLING_CHANNEL, message="Cash application:\n" + "\n".join(told)),
                 [a.id for a in plan.actions if a.type == "apply_payment"])
    return plan.actions


def payment_notice(app: CashApplication, invoices: dict[str, OpenInvoice], unapplied: Decimal) -> str:
    """One line saying exactly what a payment did: what it applied to which invoice, what went to unapplied cash,
    and what it left open; never "applied" for money that was not."""
    p = app.payment

    def money(amount: Decimal) -> str:
        return format_money(amount, p.currency)

    def number(invoice_id: str) -> str:
        return invoices[invoice_id].number if invoice_id in invoices else invoice_id

    parts = []
    if app.allocations:
        paid = ", ".join(f"{number(i)} {money(a)}" for i, a in app.allocations)
        parts.append(f"{money(app.applied)} applied ({paid})")
    if unapplied:
        why = "matched no open invoice; " if app.outcome == "unmatched" else ""
        parts.append(f"{why}{money(unapplied)} went to unapplied cash")
    parts += [f"{number(i)} still owes {money(rest)}" for i, rest in app.remaining]
    fee = f" (less a {money(p.fee)} fee)" if p.fee else ""
    return f"- {p.payment_id} from {p.payer}, {money(p.amount)} received{fee}: {'; '.join(parts)}."


# -- change requests ----------------------------------------------------------------------------
@dataclass(frozen=True)
class InvoiceOnBooks:
    id: str
    number: str
    customer_id: str
    currency: str
    invoice_date: date
    due_date: date
    amount: Decimal
    amount_credited: Decimal
    po_number: str | None = None
    amount_paid: Decimal = Decimal(0)
    amount_written_off: Decimal = Decimal(0)
    amount_credited_to_customer: Decimal = Decimal(0)
    # How the invoice posted, so a corrected re-issue posts the same way: its service period (the span of its
    # lines' periods), whether its entry credited Deferred Revenue, and its lines' revenue type when they share one.
    service_start: date | None = None
    service_end: date | None = None
    deferred: bool = False
    revenue_type: RevenueType = "subscription"

    @property
    def creditable(self) -> Decimal:
        return self.amount - self.amount_credited

    @property
    def balance(self) -> Decimal:
        """What is still owed: the amount less payments, credits and write-offs."""
        return (self.amount - self.amount_paid - self.amount_credited - self.amount_written_off
                + self.amount_credited_to_customer)


def plan_change_request(request: ChangeRequest, invoice: InvoiceOnBooks, *, run_id: str, today: date) -> list[Action]:
    """A credit note (and its entry) for `amount`; for corrected `lines`, a full credit and a re-issued invoice;
    for `write_off`, the write-off and its entry."""
    if request.write_off is not None:
        return _plan_write_off(request, request.write_off, invoice, run_id=run_id, today=today)
    plan = _Plan(run_id)
    who = request.requested_by
    evidence = ["request.invoice", "request.amount" if request.amount is not None else "request.lines"]
    credit = request.amount if request.amount is not None else invoice.creditable
    credit = round_money(credit, invoice.currency)
    # What the invoice no longer owes is owed back: a credit balance, never a negative invoice balance.
    excess = max(credit - max(invoice.balance, Decimal(0)), Decimal(0))
    cn = plan.add(CreateCreditNote(
        credit_note_id=_record_id("cn", run_id), invoice_id=invoice.id, amount=credit, currency=invoice.currency,
        reason=request.reason, to_customer_credit=excess, requested_by=who, evidence=evidence))
    plan.add(_entry(credit_note_entry(today, f"Credit note on {invoice.number}: {request.reason}", invoice.currency,
                                      credit, to_customer_credit=excess), source_ref=invoice.id), [cn])
    message = f"Credit of {format_money(credit, invoice.currency)} on {invoice.number} requested by {who}"
    if excess:
        message += f" ({format_money(excess, invoice.currency)} of it to the customer's credit balance)"
    if request.lines is not None:
        planned = _corrected(invoice, [(ln.description, ln.amount) for ln in request.lines])
        replacement = _invoice(planned, invoice_id=_record_id("inv", run_id, "-r"), customer=invoice.customer_id,
                               evidence=evidence, requested_by=who)
        inv = plan.add(replacement, [cn])
        entry = invoice_journal_entry(replacement, deferred=planned.deferred)
        if entry is not None:
            plan.add(entry, [inv])
        message += f", re-issued as {format_money(planned.amount, invoice.currency)}"
    plan.add(Notify(channel=BILLING_CHANNEL, message=f"{message}: {request.reason}."), [cn])
    return plan.actions


def _corrected(invoice: InvoiceOnBooks, lines: list[tuple[str, Decimal]]) -> PlannedInvoice:
    """The re-issue of a corrected invoice: the original's dates, service period, revenue type and posting
    (Deferred Revenue when the original's was), so the correction changes the amounts and nothing else."""
    start, end = invoice.service_start, invoice.service_end
    return PlannedInvoice(
        invoice.invoice_date, invoice.due_date, start or invoice.invoice_date, end or invoice.invoice_date,
        [PlannedLine(description, round_money(amount, invoice.currency), start, end if start else None, None, None,
                     invoice.revenue_type, -1) for description, amount in lines],
        invoice.currency, invoice.po_number, deferred=invoice.deferred)


def _plan_write_off(request: ChangeRequest, amount: Decimal, invoice: InvoiceOnBooks, *, run_id: str,
                    today: date) -> list[Action]:
    """The write-off and its journal entry, which depends on it: it posts only once the write-off is approved and
    done."""
    plan = _Plan(run_id)
    amount = round_money(amount, invoice.currency)
    wo = plan.add(WriteOff(invoice_id=invoice.id, amount=amount, currency=invoice.currency, reason=request.reason,
                           requested_by=request.requested_by, evidence=["request.invoice", "request.write_off"]))
    plan.add(_entry(write_off_entry(today, f"Write-off on {invoice.number}: {request.reason}", invoice.currency,
                                    amount), source_ref=invoice.id), [wo])
    return plan.actions


# -- amendments ---------------------------------------------------------------------------------
def plan_amendment(terms: ContractTerms, changes: list[ItemChange], effective: date, *, run_id: str,
                   existing_customers: dict[str, str], current_invoice: str | None,
                   amendment_evidence: list[str], current_subscription: str | None = None) -> list[Action]:
    """Prorated credit and charge for the rest of the current period, and the amended subscription's schedule,
    which supersedes `current_subscription` (the one on the books the amendment changes) from the effective date."""
    if not terms.customer_legal_name or not terms.currency or not changes:
        return []
    plan = _Plan(run_id)
    currency = terms.currency
    customer_id = match_customer(terms.customer_legal_name, existing_customers)
    customer_action = None
    if customer_id is None:
        customer_id = customer_id_for(terms.customer_legal_name)
        customer_action = plan.add(CreateCustomer(
            customer_id=customer_id, customer_legal_name=terms.customer_legal_name,
            billing_email=terms.billing_contact_email, currency=currency,
            evidence=["customer_legal_name", "currency"]))
    change = midterm_change(terms, changes, effective)
    evidence = [*amendment_evidence, "billing_frequency", "billing_anchor", "service_start_date", "service_end_date",
                "payment_terms_days", "currency"]
    after = schedule_after(terms, changes, effective)
    new_items = _amended_items(terms, changes, effective)
    term = subscription_term(terms)
    sub = plan.add(CreateSubscription(
        subscription_id=_record_id("sub", run_id), customer=customer_id, start_date=effective, end_date=term.end,
        billing_frequency=terms.billing_frequency or "annual", billing_timing=terms.billing_timing or "advance",
        currency=currency, items=new_items, schedule=schedule_summary(after),
        revenue_schedule=revenue_schedule(after), terms=amended_terms(terms, changes, effective),
        supersedes=current_subscription, evidence=evidence), [customer_action])
    net = change.net
    summary = f"{terms.customer_legal_name}: amendment effective {effective}"
    if net > 0:
        planned = change_invoice(change, terms)
        invoice = _invoice(planned, invoice_id=_record_id("inv", run_id, "-a"), customer=customer_id,
                           evidence=evidence, subscription_id=_record_id("sub", run_id))
        inv = plan.add(invoice, [customer_action, sub])
        entry = invoice_journal_entry(invoice, deferred=planned.deferred)
        if entry is not None:
            plan.add(entry, [inv])
        summary += f", prorated invoice {format_money(net, currency)} due {planned.due_date}"
        last = inv
    elif net < 0 and current_invoice is not None:
        credit = -net
        cn = plan.add(CreateCreditNote(
            credit_note_id=_record_id("cn", run_id), invoice_id=current_invoice, amount=credit, currency=currency,
            reason=f"amendment effective {effective}: prorated credit for the rest of {change.period.actual.label()}",
            evidence=evidence), [sub])
        plan.add(_entry(credit_note_entry(effective, f"Amendment credit on {current_invoice}", currency, credit),
                        source_ref=current_invoice), [cn])
        summary += f", prorated credit {format_money(credit, currency)} on {current_invoice}"
        last = cn
    else:
        if net < 0:  # nothing on the books to credit: say so rather than drop the credit silently
            summary += (f"; a prorated credit of {format_money(-net, currency)} is due but no invoice of "
                        f"{change.period.actual.label()} is in the books to credit it against")
        last = sub
    plan.add(Notify(channel=BILLING_CHANNEL, message=summary + "."), [last])
    return plan.actions


def _amended_items(terms: ContractTerms, changes: list[ItemChange], effective: date) -> list[SubscriptionItem]:
    return _items(amended_terms(terms, changes, effective))


def amendment_line_evidence(changes: list[ItemChange]) -> list[str]:
    """Evidence paths of an amendment's changes: its effective date and the lines that state them."""
    return ["amendment.effective_date", *[f"amendment.line_items[{c.amendment_index}]" for c in changes
                                          if c.amendment_index is not None]]


# -- bill run -----------------------------------------------------------------------------------
def plan_bill_run(subscriptions: list[SubscriptionOnBooks], through: date, *, run_id: str,
                  sent: frozenset[str] = frozenset()) -> list[Action]:
    """Every scheduled invoice due by `through` and not yet on the books, with its journal entry; the renewal of
    each auto-renewing subscription whose term ended (and the invoices of the new term due by then); a reminder
    before a renewal's notice deadline or a non-renewing subscription's end (unless its key is in `sent`, the
    notifications already in the outbox); a note of each closed usage period with no usage on the books; the
    minimum-commitment true-up of each commitment period that ended under its minimum; and one note of what fell
    due.

    An invoice is keyed by its subscription and period, a renewal by its subscription and new start, not by the
    run: a later bill run, or one that resumes after a crash, proposes the same keys and the executor never
    issues a period or renews a term twice.
    """
    plan = _Plan(run_id)
    issued: list[CreateInvoice] = []
    usage_told: set[str] = set()  # effects an amended subscription and its successor share, proposed once
    for sub in subscriptions:
        issued += _bill_subscription(plan, sub, through)
        issued += _bill_usage(plan, sub, through, sent, usage_told)
        if not sub.active or sub.ends is None:
            continue
        _remind(plan, sub, through, sent)
        current, renewed_by = sub, None
        while current.ends is not None and current.ends < through and (renewal := renewal_of(current.terms,
                                                                                             current.ends)):
            current, renewed_by = _renew(plan, current, renewal, renewed_by)
            issued += _bill_subscription(plan, current, through, [renewed_by])
    if issued:
        totals: dict[str, Decimal] = {}
        for inv in issued:
            totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.amount
        # Not held behind the invoices: it reports what fell due, whichever a person still has to approve. Keyed by
        # the date too: a scheduled bill run (a LangGraph Server cron) may carry the same run id every day.
        plan.add(Notify(channel=BILLING_CHANNEL, message=(
            f"Bill run through {through}: {len(issued)} invoice{'s' if len(issued) != 1 else ''} due, "
            + ", ".join(format_money(amount, cur) for cur, amount in sorted(totals.items())) + ".")),
            effect=f"bill-run:{run_id}:{through.isoformat()}")
    return plan.actions


def _bill_subscription(plan: _Plan, sub: SubscriptionOnBooks, through: date,
                       depends_on: Iterable[str | None] = ()) -> list[CreateInvoice]:
    """The subscription's invoices due by `through`, each with its journal entry."""
    issued: list[CreateInvoice] = []
    for planned in due_invoices(sub, through):
        effect = f"bill:{sub.subscription_id}:{planned.period_start.isoformat()}"
        invoice = _invoice(planned, customer=sub.customer_id, subscription_id=sub.subscription_id, evidence=[],
                           invoice_id=f"inv-{sub.subscription_id.removeprefix('sub-')}-{planned.period_start:%Y%m%d}")
        if sub.terms.po_required and not sub.terms.po_number:
            invoice = invoice.model_copy(update={"reasons": ["the contract requires a PO but none is given"]})
        inv_action = plan.add(invoice, depends_on, effect=effect)
        entry = invoice_journal_entry(invoice, deferred=planned.deferred)
        if entry is not None:
            plan.add(entry, [inv_action], effect=effect)
        issued.append(invoice)
    return issued


def missing_usage(sub: SubscriptionOnBooks, through: date, sent: frozenset[str],
                  span: Period | None = None) -> list[Period]:
    """The subscription's closed usage periods (of `span`, by default its own days) with no usage on the books: not
    billed by a usage run, and not recorded as quiet by one (its note, keyed by customer and period, is not in
    `sent`)."""
    return [p for p in unbilled_usage(sub, through, span)
            if effect_key(quiet_usage_effect(sub.customer_id, p), "notify") not in sent]


def _bill_usage(plan: _Plan, sub: SubscriptionOnBooks, through: date, sent: frozenset[str],
                told: set[str]) -> list[CreateInvoice]:
    """A note of each closed usage period without usage (once), and the true-ups of the commitment periods that
    ended under their minimum with all their usage billed, each with its journal entry.

    A true-up is keyed by the customer and the commitment period: an amended subscription and its successor, or a
    usage run that closed the period, come to the same effect and only one ever bills it.
    """
    missing = missing_usage(sub, through, sent)
    who = sub.customer_name or sub.customer_id
    for period in missing:
        effect = missing_usage_effect(sub.customer_id, period)
        if effect_key(effect, "notify") in sent or effect in told:
            continue
        told.add(effect)
        plan.add(Notify(channel=BILLING_CHANNEL, message=(
            f"{who}: no usage is on the books for {period.label()}; run `accrue usage` with that period's usage "
            "file (nothing is billed for it until then).")), effect=effect)
    commitment = sub.terms.minimum_commitment
    if commitment is None:
        return []
    issued: list[CreateInvoice] = []
    term = current_term(sub)  # a true-up waits for every usage period of its commitment period, not only this one's
    for due in true_ups_due(commitment, term, sub.usage, through, missing_usage(sub, through, sent, term)):
        effect = f"true-up:{sub.customer_id}:{due.period.start.isoformat()}:{due.period.end.isoformat()}" + (
            f":{due.credited_before}" if due.credited_before else "")  # after a full credit, a true-up of its own
        if effect in told:
            continue
        told.add(effect)
        planned = true_up_invoice(due, sub.terms)
        invoice = _invoice(planned, customer=sub.customer_id, subscription_id=sub.subscription_id,
                           evidence=["minimum_commitment"],
                           invoice_id=f"inv-{sub.subscription_id.removeprefix('sub-')}-t{due.period.start:%Y%m%d}"
                                      + (f"-{due.credited_before}" if due.credited_before else ""))
        inv_action = plan.add(invoice, effect=effect)
        entry = invoice_journal_entry(invoice, deferred=False)
        if entry is not None:
            plan.add(entry, [inv_action], effect=effect)
        issued.append(invoice)
    return issued


def _renew(plan: _Plan, sub: SubscriptionOnBooks, renewal: Renewal,
           after: str | None) -> tuple[SubscriptionOnBooks, str]:
    """Record the subscription of the next term (superseding the one that ended); the renewed one, and its action."""
    term, terms = renewal.term, renewal.terms
    sub_id = f"{sub.subscription_id.split('-r')[0]}-r{term.start:%Y%m%d}"
    schedule = [inv for inv in build_schedule(terms) if inv.period_start >= term.start] if terms.line_items else []
    action = plan.add(CreateSubscription(
        subscription_id=sub_id, customer=sub.customer_id, start_date=term.start, end_date=term.end,
        billing_frequency=terms.billing_frequency or "annual", billing_timing=terms.billing_timing or "advance",
        currency=terms.currency or "", items=_items(terms), schedule=schedule_summary(schedule),
        revenue_schedule=revenue_schedule(schedule), terms=terms, supersedes=sub.subscription_id),
        [after], effect=f"renew:{sub.subscription_id}:{term.start.isoformat()}")
    plan.add(Notify(channel=BILLING_CHANNEL, message=(
        f"{sub.customer_name or sub.customer_id}: subscription renewed for {term.label()}"
        + (f", prices escalated {terms.price_escalator_percent}% a year" if terms.price_escalator_percent else "")
        + ".")), [action], effect=f"renew:{sub.subscription_id}:{term.start.isoformat()}")
    renewed = SubscriptionOnBooks(subscription_id=sub_id, customer_id=sub.customer_id,
                                  customer_name=sub.customer_name, terms=terms,
                                  scheduled=tuple(inv.period_start for inv in schedule), ends=term.end, billed=())
    return renewed, action


def _remind(plan: _Plan, sub: SubscriptionOnBooks, through: date, sent: frozenset[str]) -> None:
    """The reminder of a coming renewal's notice deadline, or of a non-renewing subscription's end, once."""
    assert sub.ends is not None
    terms, ends = sub.terms, sub.ends
    last = notice_deadline(terms, ends) if terms.auto_renew else ends
    effect = f"remind:{sub.subscription_id}:{ends.isoformat()}"
    if not reminder_date(terms, ends) <= through <= last or effect_key(effect, "notify") in sent:
        return
    who = sub.customer_name or sub.customer_id
    if terms.auto_renew:
        message = (f"{who}: the subscription renews on {ends + ONE_DAY} unless notice of non-renewal is given "
                   f"by {last}.")
    else:
        message = f"{who}: the subscription ends on {ends} and does not renew; billing stops then."
    plan.add(Notify(channel=BILLING_CHANNEL, message=message), effect=effect)


# -- month-end close ----------------------------------------------------------------------------
def plan_close(deferred: list[DeferredLine], month: str, *, recognised: dict[str, Decimal],
               closed_through: date | None, run_id: str) -> list[Action]:
    """The month's revenue recognition entries (one per currency) and the close of the books through its last day;
    nothing for a month already closed. Keyed by the month, so no close ever posts a month twice."""
    span = month_period(month)
    if closed_through is not None and span.end <= closed_through:
        return []
    plan = _Plan(run_id)
    posted = [plan.add(_entry(entry, source_ref=f"{RECOGNITION_REF}{month}"), effect=f"close:{month}:{entry.currency}")
              for entry in recognition_entries(deferred, month, recognised)]
    plan.add(ClosePeriod(month=month, closes_through=span.end), posted, effect=f"close:{month}")
    return plan.actions
