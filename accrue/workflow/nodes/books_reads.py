"""The reads of the local books that validation and planning share: customers, recorded payments and held credit,
usage history, the subscriptions a bill run bills, the deferred revenue a close recognises (the open invoices a
payment can touch are read by `accrue.adapters.cash_reads`, with indexed queries).

Nodes read the books here and hand plain values to the pure core; nothing in this module writes. What an open
invoice is, and how an invoice is found by number or id, is the read model's (`accrue.adapters.read_model`):
these reads use its queries, so the CLI, the chat and the planners agree.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from accrue.adapters.books import (
    ACCOUNT_CODES,
    BooksCustomer,
    BooksInvoice,
    BooksInvoiceLine,
    BooksPayment,
    BooksSubscription,
    CustomerCredit,
    JournalEntry,
    JournalLineRow,
    OutboxMessage,
    UsageHistory,
    account_code,
    entry_lines,
)
from accrue.adapters.read_model import invoice_line_rows, invoice_row
from accrue.adapters.store import ActionExecution, RunRecord
from accrue.core.billing.bill_run import SubscriptionOnBooks
from accrue.core.billing.close import RECOGNITION_REF, DeferredLine
from accrue.core.billing.ledger import AR, DEFERRED
from accrue.core.billing.periods import Period
from accrue.core.billing.true_up import TRUE_UP, UsageBilled, credited_usage
from accrue.core.billing.usage import charged_metric
from accrue.core.billing.usage_once import UsageInvoiceOnBooks
from accrue.core.planner import InvoiceOnBooks
from accrue.core.receivables import HeldCredit
from accrue.core.terms import ContractTerms

# A superseded subscription may still owe the periods up to its end (a bill run had not reached them yet).
BILLING_STATUSES = ("active", "superseded")


def customers(s: Session) -> dict[str, str]:
    """Every customer in the books: id -> legal name (two columns read, not whole rows: a payment asks for all).

    Read as plain rows on the session's connection: the ORM's per-row processing cost six times the query
    itself for a thousand customers, on every payment event."""
    query = select(BooksCustomer.id, BooksCustomer.legal_name).order_by(BooksCustomer.id)
    return {cid: name for cid, name in s.connection().execute(query)}


def recorded_payments(s: Session, payment_ids: list[str]) -> set[str]:
    """Which of these payments are already applied (looked up by id, not by reading every payment)."""
    recorded: set[str] = set()
    for start in range(0, len(payment_ids), 500):  # well under every database's limit on bound parameters
        recorded.update(s.exec(select(BooksPayment.id).where(col(BooksPayment.id).in_(payment_ids[start:start + 500]))))
    return recorded


# How a payment with no unapplied cash stores it (the decimal text of a zero): those rows are not read at all.
_NOTHING_UNAPPLIED = ("0", "0.0", "0.00", "0.000")


def held_credits(s: Session) -> list[HeldCredit]:
    """Money customers already have with us, oldest first: payments' unapplied cash, then credit balances."""
    out = [HeldCredit("unapplied_cash", p.currency, Decimal(p.unapplied), p.customer_id, p.id, p.payer or "",
                      p.reference or "", p.payment_date)
           for p in s.exec(select(BooksPayment).where(col(BooksPayment.unapplied).not_in(_NOTHING_UNAPPLIED))
                           .order_by(col(BooksPayment.payment_date), col(BooksPayment.id)))
           if p.unapplied > 0]
    balances: dict[tuple[str, str], Decimal] = {}
    for c in s.exec(select(CustomerCredit).order_by(col(CustomerCredit.id))):
        balances[(c.customer_id, c.currency)] = balances.get((c.customer_id, c.currency), Decimal(0)) + c.amount
    return out + [HeldCredit("credit_balance", currency, amount, customer)
                  for (customer, currency), amount in balances.items() if amount > 0]


def usage_history(s: Session) -> list[tuple[str, str, str, Decimal]]:
    """Billed usage: (customer id, metric, "YYYY-MM", quantity) rows."""
    return [(h.customer_id, h.metric, h.period, Decimal(h.quantity)) for h in s.exec(select(UsageHistory))]


def find_invoice(s: Session, ref: str) -> InvoiceOnBooks | None:
    """The invoice a person named by its id or its number (any case), with how it posted (its service period,
    whether its entry credited Deferred Revenue), so a corrected re-issue posts the same way."""
    inv = invoice_row(s, ref)
    if inv is None:
        return None
    lines = invoice_line_rows(s, inv.id)
    starts = [ln.period_start for ln in lines if ln.period_start is not None]
    ends = [ln.period_end for ln in lines if ln.period_end is not None]
    kinds = {ln.revenue_type for ln in lines}
    return InvoiceOnBooks(inv.id, inv.number, inv.customer_id, inv.currency, inv.invoice_date,
                          inv.due_date, Decimal(inv.amount), Decimal(inv.amount_credited), inv.po_number,
                          amount_paid=Decimal(inv.amount_paid), amount_written_off=Decimal(inv.amount_written_off),
                          amount_credited_to_customer=Decimal(inv.amount_credited_to_customer),
                          service_start=min(starts, default=None), service_end=max(ends, default=None),
                          deferred=_posted_to_deferred(s, inv.id),
                          revenue_type=kinds.pop() if len(kinds) == 1 else "subscription")


def _posted_to_deferred(s: Session, invoice_id: str) -> bool:
    """Did the invoice's own entry (the one debiting Accounts Receivable) credit Deferred Revenue?"""
    receivable, deferred = account_code(AR), account_code(DEFERRED)
    for entry in s.exec(select(JournalEntry).where(JournalEntry.source_ref == invoice_id,
                                                   col(JournalEntry.reverses).is_(None))):
        lines = entry_lines(s, entry.id)
        if any(ln.account == receivable and ln.debit > 0 for ln in lines) and any(
                ln.account == deferred and ln.credit > 0 for ln in lines):
            return True
    return False


def current_subscription_invoice(s: Session, customer_id: str, on: date) -> str | None:
    """The latest invoice of the customer dated on or before `on` that bills more than usage (not void): the one
    a subscription change credits against."""
    dated = [i for i in s.exec(select(BooksInvoice).where(BooksInvoice.customer_id == customer_id))
             if i.invoice_date <= on and i.status != "void" and not _usage_only(s, i.id)]
    return max(dated, key=lambda i: (i.invoice_date, i.number)).id if dated else None


def _usage_only(s: Session, invoice_id: str) -> bool:
    return {line.revenue_type for line in invoice_line_rows(s, invoice_id)} == {"usage"}



def current_subscription(s: Session, customer_id: str, on: date) -> str | None:
    """The customer's active subscription running on `on` (the latest started, if several): the one an amendment
    effective that day supersedes."""
    running = [sub for sub in s.exec(select(BooksSubscription).where(BooksSubscription.customer_id == customer_id,
                                                                     BooksSubscription.status == "active"))
               if sub.start_date <= on and (sub.end_date is None or on <= sub.end_date)]
    return max(running, key=lambda sub: (sub.start_date, sub.id)).id if running else None


def active_subscriptions(s: Session) -> tuple[list[SubscriptionOnBooks], list[str]]:
    """The subscriptions still billing (active, or superseded with periods up to their end) with the terms their
    schedule is built from and the periods already invoiced; and the ids of active ones recorded without terms
    (before subscriptions kept them), which no bill run can plan."""
    names = customers(s)
    found: list[SubscriptionOnBooks] = []
    without_terms: list[str] = []
    for sub in s.exec(select(BooksSubscription).where(col(BooksSubscription.status).in_(BILLING_STATUSES))
                      .order_by(BooksSubscription.id)):
        if sub.terms is None:
            if sub.status == "active":
                without_terms.append(sub.id)
            continue
        found.append(SubscriptionOnBooks(
            subscription_id=sub.id, customer_id=sub.customer_id, customer_name=names.get(sub.customer_id, ""),
            terms=ContractTerms.model_validate(sub.terms),
            scheduled=tuple(date.fromisoformat(row["period_start"]) for row in sub.schedule),
            ends=sub.end_date, billed=_billed_periods(s, sub.id), active=sub.status == "active",
            starts=sub.start_date, usage=_usage_billed(s, sub.customer_id)))
    return found, without_terms


def usage_invoices(s: Session, customer_id: str, metrics: list[str]) -> list[UsageInvoiceOnBooks]:
    """The customer's invoices with usage lines of `metrics` (the contract's metric names), void ones included, each
    with the usage file of the run that issued it: what a usage run checks its period against."""
    found: list[UsageInvoiceOnBooks] = []
    for inv in s.exec(select(BooksInvoice).where(BooksInvoice.customer_id == customer_id).order_by(
            col(BooksInvoice.number))):
        lines = [(m, ln) for ln in invoice_line_rows(s, inv.id) if ln.revenue_type == "usage"
                 and ln.period_start is not None and ln.period_end is not None
                 and (m := charged_metric(ln.description, metrics)) is not None]
        if not lines:
            continue
        found.append(UsageInvoiceOnBooks(
            invoice_id=inv.id, number=inv.number, currency=inv.currency, amount=Decimal(inv.amount),
            credited=Decimal(inv.amount_credited), metrics=sorted({m for m, _ in lines}),
            period_start=min(ln.period_start for _, ln in lines if ln.period_start is not None),
            period_end=max(ln.period_end for _, ln in lines if ln.period_end is not None),
            file=_issuing_file(s, inv.idempotency_key)))
    return found


def _issuing_file(s: Session, key: str | None) -> str | None:
    """The input file of the run whose action issued the record with idempotency key `key`."""
    execution = s.get(ActionExecution, key) if key else None
    run = s.get(RunRecord, execution.run_id) if execution is not None else None
    return run.source or None if run is not None else None


def standing_true_ups(s: Session, customer_id: str) -> list[tuple[str, str, UsageBilled]]:
    """The customer's minimum-commitment true-up lines still billed (net of credit notes), each with its invoice's
    number and currency: what a usage run for a period inside one of them would leave wrong."""
    found: list[tuple[str, str, UsageBilled]] = []
    for inv in s.exec(select(BooksInvoice).where(BooksInvoice.customer_id == customer_id)):
        found += [(inv.number, inv.currency, line) for line in _invoice_usage(s, inv) if line.true_up and line.net > 0]
    return found


def _invoice_usage(s: Session, inv: BooksInvoice) -> list[UsageBilled]:
    """An invoice's usage lines, with what credit notes on it took back from them."""
    lines = [UsageBilled(Period(ln.period_start, ln.period_end), Decimal(ln.amount), ln.description.startswith(TRUE_UP))
             for ln in invoice_line_rows(s, inv.id)
             if ln.revenue_type == "usage" and ln.period_start is not None and ln.period_end is not None]
    return credited_usage(lines, Decimal(inv.amount_credited))


def _usage_billed(s: Session, customer_id: str) -> tuple[UsageBilled, ...]:
    """The usage lines of the customer's invoices, a void one's included (a person credited that usage; a bill run
    must not ask for it again), with whether each is a minimum-commitment true-up and what credit notes on its
    invoice took back from it."""
    billed: list[UsageBilled] = []
    for inv in s.exec(select(BooksInvoice).where(BooksInvoice.customer_id == customer_id)):
        billed += _invoice_usage(s, inv)
    return tuple(sorted(billed, key=lambda u: (u.period.start, u.period.end, u.true_up)))


def _billed_periods(s: Session, subscription_id: str) -> tuple[Period, ...]:
    """Service periods of the subscription's invoice lines, usage aside. A void (fully credited) invoice still
    counts: a person credited that period, and a bill run must not issue it again on its own."""
    invoices = [i.id for i in s.exec(select(BooksInvoice).where(BooksInvoice.subscription_id == subscription_id))]
    if not invoices:
        return ()
    lines = s.exec(select(BooksInvoiceLine).where(col(BooksInvoiceLine.invoice_id).in_(invoices)))
    return tuple(sorted(Period(ln.period_start, ln.period_end) for ln in lines
                        if ln.revenue_type != "usage" and ln.period_start is not None and ln.period_end is not None))


def deferred_lines(s: Session) -> list[DeferredLine]:
    """The invoice lines on the books that were posted to Deferred Revenue: the subscription lines of every invoice
    whose own entry credits it (billed in advance: `_posted_to_deferred`), with their service periods."""
    out: list[DeferredLine] = []
    for inv in s.exec(select(BooksInvoice).order_by(BooksInvoice.id)):
        if inv.status == "void" or not _posted_to_deferred(s, inv.id):
            continue
        for ln in s.exec(select(BooksInvoiceLine).where(BooksInvoiceLine.invoice_id == inv.id)
                         .order_by(col(BooksInvoiceLine.position))):
            if ln.revenue_type in {"subscription", "proration"} and ln.period_start and ln.period_end and ln.amount:
                out.append(DeferredLine(inv.id, inv.currency, Decimal(ln.amount),
                                        Period(ln.period_start, ln.period_end)))
    return out


def recognised_revenue(s: Session) -> dict[str, Decimal]:
    """Per currency, the deferred revenue that closes have recognised so far (their entries' net debits to it)."""
    deferred_code = ACCOUNT_CODES[DEFERRED]
    totals: dict[str, Decimal] = {}
    for entry in s.exec(select(JournalEntry).where(col(JournalEntry.source_ref).startswith(RECOGNITION_REF))):
        for ln in s.exec(select(JournalLineRow).where(JournalLineRow.entry_id == entry.id,
                                                      JournalLineRow.account == deferred_code)):
            totals[entry.currency] = totals.get(entry.currency, Decimal(0)) + Decimal(ln.debit) - Decimal(ln.credit)
    return totals


def sent_notices(s: Session) -> set[str]:
    """Idempotency keys of the notifications already in the outbox (a reminder is sent once)."""
    return {key for key in s.exec(select(OutboxMessage.idempotency_key)) if key}
