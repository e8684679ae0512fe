"""The reads of the local books that dunning and refund runs plan from: overdue invoices with their contracts' late
fees, the dunning steps already done, and what a customer holds with us (credit balance, unapplied cash).

Like `books_reads`, nothing here writes; open invoices are the read model's (`open_invoice_rows`), so dunning chases
exactly what aging shows as owed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from accrue.adapters.books import (
    BooksPayment,
    BooksSubscription,
    CollectionsTask,
    CustomerCredit,
    OutboxMessage,
)
from accrue.adapters.read_model import customer_rows, open_invoice_rows
from accrue.adapters.store import AuditEvent, RunRecord
from accrue.core.dunning import LATE_FEE_PREFIX, OverdueInvoice
from accrue.core.refunds import Held
from accrue.core.validation import match_customer_name


def overdue_invoices(s: Session, as_of: date) -> list[OverdueInvoice]:
    """Open invoices due before `as_of`, each with its contract's monthly late-fee rate."""
    names = {c.id: c.legal_name for c in customer_rows(s)}
    rates: dict[str, Decimal | None] = {}
    for sub in s.exec(select(BooksSubscription)):
        rate = (sub.terms or {}).get("late_fee_percent_per_month")
        rates[sub.id] = Decimal(str(rate)) if rate is not None else None
    return [OverdueInvoice(invoice_id=inv.id, number=inv.number, customer_id=inv.customer_id,
                           customer_name=names.get(inv.customer_id, inv.customer_id), currency=inv.currency,
                           balance=inv.balance, due_date=inv.due_date,
                           late_fee_percent=rates.get(inv.subscription_id or ""),
                           is_late_fee=inv.id.startswith(LATE_FEE_PREFIX))
            for inv in open_invoice_rows(s) if inv.due_date < as_of and inv.invoice_date <= as_of]


def dunning_done(s: Session) -> set[str]:
    """Idempotency keys of the notices and collections tasks already on the books."""
    keys = set(s.exec(select(OutboxMessage.idempotency_key))) | set(s.exec(select(CollectionsTask.idempotency_key)))
    return {key for key in keys if key}


def customer_named(s: Session, name: str) -> tuple[str, str] | None:
    """The books customer (id, legal name) a person named: by id, else by the same company's name."""
    customers = {c.id: c.legal_name for c in customer_rows(s)}
    if name.strip() in customers:
        return name.strip(), customers[name.strip()]
    found = match_customer_name(name, customers)
    return (found, customers[found]) if found else None


def held(s: Session, customer_id: str, currency: str) -> Held:
    """What the customer holds with us in `currency`: their credit balance (credits beyond their invoices, less what
    was used or refunded) and their payments' unapplied cash, oldest first."""
    balance = sum((Decimal(c.amount) for c in s.exec(select(CustomerCredit).where(
        CustomerCredit.customer_id == customer_id, CustomerCredit.currency == currency.upper()))), Decimal(0))
    payments = s.exec(select(BooksPayment).where(BooksPayment.customer_id == customer_id,
                                                 BooksPayment.currency == currency.upper())
                      .order_by(col(BooksPayment.payment_date), col(BooksPayment.id)))
    return Held(balance, tuple((p.id, Decimal(p.unapplied)) for p in payments if p.unapplied > 0))


def refunds_waiting(s: Session, customer_id: str, currency: str, *, other_than: str) -> list[tuple[str, Decimal]]:
    """Refund runs to this customer in `currency` not finished yet (running or waiting for a person), with the
    amount each asks: money already asked back, which a new request may not ask for again."""
    unfinished = s.exec(select(RunRecord.run_id).where(
        RunRecord.kind == "refund", RunRecord.run_id != other_than,
        col(RunRecord.status).in_(("running", "needs_review", "waiting_approval")))).all()
    waiting: list[tuple[str, Decimal]] = []
    for run_id in unfinished:
        started = s.exec(select(AuditEvent).where(AuditEvent.run_id == run_id,
                                                  AuditEvent.event == "run_started")).first()
        request = ((started.detail or {}).get("inputs") or {}).get("refund") if started is not None else None
        if request and request.get("customer") == customer_id \
                and str(request.get("currency", "")).upper() == currency.upper():
            waiting.append((run_id, Decimal(str(request["amount"]))))
    return waiting
