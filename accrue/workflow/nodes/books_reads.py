"""The reads of the local books that validation and planning share: customers, open invoices, usage history.

Nodes read the books here and hand plain values to the pure core; nothing in this module writes. What an open
invoice is, and how an invoice is found by number or id, is the read model's (`accrue.adapters.read_model`):
these reads use its queries, so the CLI, the chat and the planners agree.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from accrue.adapters.books import (
    BooksInvoice,
    BooksPayment,
    CustomerCredit,
    JournalEntry,
    UsageHistory,
    account_code,
    entry_lines,
)
from accrue.adapters.read_model import customer_rows, invoice_line_rows, invoice_row, open_invoice_rows
from accrue.core.billing.cash import OpenInvoice
from accrue.core.billing.ledger import AR, DEFERRED
from accrue.core.planner import InvoiceOnBooks
from accrue.core.receivables import HeldCredit


def customers(s: Session) -> dict[str, str]:
    """Every customer in the books: id -> legal name."""
    return {c.id: c.legal_name for c in customer_rows(s)}


def open_invoices(s: Session) -> list[OpenInvoice]:
    """Invoices with a balance still to pay (the read model's definition), earliest due first."""
    return [OpenInvoice(i.id, i.number, i.customer_id, i.currency, i.balance, i.invoice_date, i.due_date)
            for i in open_invoice_rows(s)]


def recorded_payments(s: Session) -> set[str]:
    """Ids of the payments already applied."""
    return {p.id for p in s.exec(select(BooksPayment))}


def held_credits(s: Session) -> list[HeldCredit]:
    """Money customers already have with us, oldest first: payments' unapplied cash, then credit balances."""
    out = [HeldCredit("unapplied_cash", p.currency, Decimal(p.unapplied), p.customer_id, p.id, p.payer or "",
                      p.reference or "", p.payment_date)
           for p in s.exec(select(BooksPayment).order_by(col(BooksPayment.payment_date), col(BooksPayment.id)))
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
