"""What the interfaces read: the books, the runs index and the execution ledger, as typed values.

The CLI, the chat and the server never open a database session or touch a table row: they ask
a `ReadModel` and get Pydantic views back (`InvoiceView`, `CustomerView`, ...), detached from
any session. `books_json` is the JSON of `accrue books --json` and `GET /api/books`. Writes go
through the run service (and the executor's connectors), never through here.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from accrue.adapters.books import (
    BooksAllocation,
    BooksCreditNote,
    BooksCustomer,
    BooksInvoice,
    BooksInvoiceLine,
    BooksPayment,
    BooksSubscription,
    BooksWriteOff,
    CollectionsTask,
    CustomerCredit,
    InvoiceStatus,
    JournalEntry,
    JournalLineRow,
    UsageHistory,
    account_code,
)
from accrue.adapters.erp_export import ExportEntry, load_entries
from accrue.adapters.store import ActionExecution, RunRecord
from accrue.core.billing.close import RECOGNITION_REF, CloseReport, PostedLine, close_report
from accrue.core.billing.invoicing import RevenueType
from accrue.core.billing.ledger import ACCOUNT_NAMES, AR
from accrue.core.money import round_money
from accrue.core.receivables import AgingReport, Receivable, age
from accrue.core.terms import BillingFrequency, BillingTiming


class _View(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class CustomerView(_View):
    id: str
    legal_name: str
    billing_email: str | None
    currency: str
    external_ids: dict[str, Any]


class InvoiceLineView(_View):
    position: int
    description: str
    amount: Decimal
    quantity: Decimal | None
    unit_price: Decimal | None
    period_start: date | None
    period_end: date | None
    revenue_type: RevenueType


class InvoiceView(_View):
    """An invoice with its lines; `balance` is what is still to collect."""

    id: str
    number: str
    customer_id: str
    subscription_id: str | None
    invoice_date: date
    due_date: date
    currency: str
    po_number: str | None
    amount: Decimal
    amount_paid: Decimal
    amount_credited: Decimal
    amount_written_off: Decimal
    amount_credited_to_customer: Decimal
    status: InvoiceStatus
    approved_by: str | None
    external_ids: dict[str, Any]
    balance: Decimal
    lines: list[InvoiceLineView]


class SubscriptionView(_View):
    id: str
    customer_id: str
    start_date: date
    end_date: date | None
    billing_frequency: BillingFrequency
    billing_timing: BillingTiming
    currency: str
    status: str
    items: list[dict[str, Any]]
    schedule: list[dict[str, Any]]
    approved_by: str | None


class JournalLineView(_View):
    account: str
    debit: Decimal
    credit: Decimal


class JournalEntryView(_View):
    id: str
    entry_date: date
    memo: str
    currency: str
    source_ref: str | None
    reverses: str | None
    run_id: str | None
    approved_by: str | None
    lines: list[JournalLineView]


class AllocationView(_View):
    invoice_id: str
    amount: Decimal


class PaymentView(_View):
    id: str
    payment_date: date
    customer_id: str | None
    payer: str | None
    reference: str | None
    amount: Decimal
    currency: str
    unapplied: Decimal
    approved_by: str | None
    allocations: list[AllocationView]


class CreditNoteView(_View):
    id: str
    invoice_id: str
    amount: Decimal
    currency: str
    reason: str
    to_customer_credit: Decimal
    approved_by: str | None
    external_ids: dict[str, Any]
    created_at: datetime


class WriteOffView(_View):
    id: str
    invoice_id: str
    amount: Decimal
    currency: str
    reason: str
    approved_by: str | None


class CollectionsTaskView(_View):
    id: int | None
    invoice_id: str
    amount_outstanding: Decimal
    currency: str
    reason: str
    status: str
    created_at: datetime


class CustomerCreditView(_View):
    """What accrue owes a customer in one currency: credits beyond what their invoices owed, and the unapplied
    cash of their payments (overpayments). Applied to their next invoice or refunded, on approval."""

    customer_id: str
    customer_name: str
    currency: str
    from_credit_notes: Decimal
    unapplied_cash: Decimal
    total: Decimal


class UsageMonthView(_View):
    customer_id: str
    metric: str
    period: str
    quantity: Decimal


# -- the queries themselves, over a caller's session: the one definition each read uses ------------------
def open_invoice_rows(s: Session, *, customer_id: str | None = None) -> list[BooksInvoice]:
    """The one definition of an open invoice: status `open` with something left to collect; earliest due first."""
    q = select(BooksInvoice).where(BooksInvoice.status == "open").order_by(col(BooksInvoice.due_date),
                                                                          col(BooksInvoice.number))
    if customer_id is not None:
        q = q.where(BooksInvoice.customer_id == customer_id)
    return [row for row in s.exec(q) if row.balance > 0]


def invoice_row(s: Session, ref: str) -> BooksInvoice | None:
    """An invoice by its number (INV-0001) or its id, either in any case."""
    ref = ref.strip()
    return s.exec(select(BooksInvoice).where(or_(func.upper(BooksInvoice.number) == ref.upper(),
                                                 func.lower(BooksInvoice.id) == ref.lower()))
                  .order_by(func.upper(BooksInvoice.number) != ref.upper())).first()


def customer_rows(s: Session) -> list[BooksCustomer]:
    return list(s.exec(select(BooksCustomer).order_by(BooksCustomer.id)))


def invoice_line_rows(s: Session, invoice_id: str) -> list[BooksInvoiceLine]:
    return list(s.exec(select(BooksInvoiceLine).where(BooksInvoiceLine.invoice_id == invoice_id)
                       .order_by(col(BooksInvoiceLine.position))))


class ReadModel:
    """Read-only queries over one database; each call opens and closes its own session."""

    def __init__(self, engine: Engine):
        self._engine = engine

    # -- customers and invoices ----------------------------------------------------------------
    def customers(self) -> list[CustomerView]:
        with Session(self._engine) as s:
            return [CustomerView.model_validate(c) for c in customer_rows(s)]

    def customer(self, customer_id: str) -> CustomerView | None:
        with Session(self._engine) as s:
            row = s.get(BooksCustomer, customer_id)
            return CustomerView.model_validate(row) if row is not None else None

    def invoice(self, ref: str) -> InvoiceView | None:
        """An invoice by its number (INV-0001) or its id, either in any case."""
        with Session(self._engine) as s:
            row = invoice_row(s, ref)
            return _invoice_view(s, row) if row is not None else None

    def invoices(self, *, customer_id: str | None = None) -> list[InvoiceView]:
        """Every invoice (of one customer, when given), by number."""
        with Session(self._engine) as s:
            q = select(BooksInvoice).order_by(BooksInvoice.number)
            if customer_id is not None:
                q = q.where(BooksInvoice.customer_id == customer_id)
            return [_invoice_view(s, row) for row in s.exec(q)]

    def open_invoices(self, *, customer_id: str | None = None) -> list[InvoiceView]:
        """Open invoices with something left to collect, earliest due first."""
        with Session(self._engine) as s:
            return [_invoice_view(s, row) for row in open_invoice_rows(s, customer_id=customer_id)]

    def subscriptions(self, *, customer_id: str | None = None) -> list[SubscriptionView]:
        with Session(self._engine) as s:
            q = select(BooksSubscription).order_by(BooksSubscription.id)
            if customer_id is not None:
                q = q.where(BooksSubscription.customer_id == customer_id)
            return [SubscriptionView.model_validate(row) for row in s.exec(q)]

    # -- cash, credits and the ledger ----------------------------------------------------------
    def payments(self) -> list[PaymentView]:
        with Session(self._engine) as s:
            out = []
            for p in s.exec(select(BooksPayment).order_by(BooksPayment.id)):
                allocations = s.exec(select(BooksAllocation).where(BooksAllocation.payment_id == p.id)
                                     .order_by(col(BooksAllocation.id)))
                out.append(PaymentView.model_validate(
                    {**p.model_dump(), "allocations": [AllocationView.model_validate(a) for a in allocations]}))
            return out

    def credit_notes(self) -> list[CreditNoteView]:
        with Session(self._engine) as s:
            return [CreditNoteView.model_validate(r) for r in s.exec(select(BooksCreditNote)
                                                                     .order_by(BooksCreditNote.id))]

    def write_offs(self) -> list[WriteOffView]:
        with Session(self._engine) as s:
            return [WriteOffView.model_validate(r) for r in s.exec(select(BooksWriteOff).order_by(BooksWriteOff.id))]

    def collections_tasks(self) -> list[CollectionsTaskView]:
        with Session(self._engine) as s:
            return [CollectionsTaskView.model_validate(r) for r in s.exec(select(CollectionsTask)
                                                                          .order_by(col(CollectionsTask.id)))]

    def customer_credits(self) -> list[CustomerCreditView]:
        """Every customer's credit balance per currency (credit notes beyond their invoices, plus overpayments)."""
        with Session(self._engine) as s:
            names = {c.id: c.legal_name for c in customer_rows(s)}
            credits: dict[tuple[str, str], list[Decimal]] = {}
            for c in s.exec(select(CustomerCredit)):
                credits.setdefault((c.customer_id, c.currency), [Decimal(0), Decimal(0)])[0] += Decimal(c.amount)
            for p in s.exec(select(BooksPayment).where(col(BooksPayment.customer_id).is_not(None))):
                if p.customer_id is not None and p.unapplied:
                    credits.setdefault((p.customer_id, p.currency), [Decimal(0), Decimal(0)])[1] += Decimal(p.unapplied)
        return [CustomerCreditView(customer_id=cid, customer_name=names.get(cid, cid), currency=cur,
                                   from_credit_notes=round_money(notes, cur), unapplied_cash=round_money(cash, cur),
                                   total=round_money(notes + cash, cur))
                for (cid, cur), (notes, cash) in sorted(credits.items()) if notes + cash]

    def usage_history(self) -> list[UsageMonthView]:
        with Session(self._engine) as s:
            return [UsageMonthView.model_validate(r) for r in s.exec(
                select(UsageHistory).order_by(UsageHistory.customer_id, UsageHistory.metric, UsageHistory.period))]

    def journal_entries(self) -> list[JournalEntryView]:
        """Every posted entry in posting order, with its lines (accounts as codes)."""
        with Session(self._engine) as s:
            out = []
            for je in s.exec(select(JournalEntry).order_by(col(JournalEntry.posted_at), col(JournalEntry.id))):
                lines = s.exec(select(JournalLineRow).where(JournalLineRow.entry_id == je.id)
                               .order_by(col(JournalLineRow.position)))
                out.append(JournalEntryView.model_validate(
                    {**je.model_dump(), "lines": [JournalLineView.model_validate(ln) for ln in lines]}))
            return out

    def close_report(self, month: str) -> CloseReport:
        """The deferred revenue roll-forward of `month` and the trial balance at its last day (`accrue close`)."""
        with Session(self._engine) as s:
            entries = {e.id: e for e in s.exec(select(JournalEntry))}
            lines = [PostedLine(day=entries[ln.entry_id].entry_date, currency=entries[ln.entry_id].currency,
                                account=ACCOUNT_NAMES[ln.account], debit=Decimal(ln.debit), credit=Decimal(ln.credit),
                                recognition=(entries[ln.entry_id].source_ref or "").startswith(RECOGNITION_REF))
                     for ln in s.exec(select(JournalLineRow))]
        return close_report(lines, month)

    def aging(self, as_of: date) -> AgingReport:
        """Open invoices by days overdue on `as_of`, per customer and currency, with the tie-out to the
        Accounts Receivable account (its entries dated on or before `as_of`) per currency."""
        with Session(self._engine) as s:
            names = {c.id: c.legal_name for c in customer_rows(s)}
            receivables = [Receivable(i.customer_id, names.get(i.customer_id, i.customer_id), i.currency, i.number,
                                      i.invoice_date, i.due_date, i.balance) for i in open_invoice_rows(s)]
            ar: dict[str, Decimal] = {}
            for currency, debit, credit in s.exec(
                    select(col(JournalEntry.currency), col(JournalLineRow.debit), col(JournalLineRow.credit))
                    .join(JournalEntry, col(JournalEntry.id) == col(JournalLineRow.entry_id))
                    .where(JournalLineRow.account == account_code(AR), JournalEntry.entry_date <= as_of)):
                ar[currency] = ar.get(currency, Decimal(0)) + Decimal(debit) - Decimal(credit)
        return age(receivables, as_of, ar)

    def export_entries(self, *, since: date | None = None, until: date | None = None) -> list[ExportEntry]:
        """Journal entries dated in [since, until], shaped for an ERP import file (`accrue books export`)."""
        with Session(self._engine) as s:
            return load_entries(s, since=since, until=until)

    def books_json(self) -> dict[str, Any]:
        """What the books hold, as JSON: customers, invoices and journal entries always, the rest when not empty."""
        more: dict[str, list[Any]] = {
            "subscriptions": self.subscriptions(), "credit_notes": self.credit_notes(), "payments": self.payments(),
            "write_offs": self.write_offs(), "collections_tasks": self.collections_tasks(),
            "customer_credits": self.customer_credits(),
            "usage_history": self.usage_history()}
        core: dict[str, list[Any]] = {"customers": self.customers(), "invoices": self.invoices(),
                                      "journal_entries": self.journal_entries()}
        return {name: [v.model_dump(mode="json") for v in views]
                for name, views in {**core, **{k: v for k, v in more.items() if v}}.items()}

    # -- runs and their executions -------------------------------------------------------------
    def run_statuses(self, run_ids: set[str]) -> dict[str, str]:
        """Each run's status as the runs index holds it now (an event row keeps the one it was processed with)."""
        if not run_ids:
            return {}
        with Session(self._engine) as s:
            return {r.run_id: r.status for r in s.exec(select(RunRecord).where(col(RunRecord.run_id).in_(run_ids)))}

    def recent_run_ids(self, limit: int) -> list[str]:
        """The runs most recently changed, newest first."""
        with Session(self._engine) as s:
            return list(s.exec(select(RunRecord.run_id).order_by(col(RunRecord.updated_at).desc()).limit(limit)))

    def execution_errors(self, keys: list[str]) -> dict[str, str | None]:
        """The recorded (redacted) error of each action execution, by idempotency key; None when it has none."""
        with Session(self._engine) as s:
            rows = (s.get(ActionExecution, key) for key in keys)
            return {row.idempotency_key: row.error for row in rows if row is not None}


def _invoice_view(s: Session, row: BooksInvoice) -> InvoiceView:
    lines = invoice_line_rows(s, row.id)
    return InvoiceView.model_validate({**row.model_dump(), "balance": row.balance,
                                       "lines": [InvoiceLineView.model_validate(ln) for ln in lines]})
