"""Local books connector: writes approved actions into the SQLite billing records and ledger.

Each write runs in one transaction together with a lookup by idempotency key, so a
repeated call returns the first result rather than a second row.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sqlmodel import Session, select

from agent.money import round_money
from tools.actions import Action, CreateCustomer, CreateInvoice, CreateSubscription, PostJournalEntry
from tools.books import (
    BooksCustomer,
    BooksInvoice,
    BooksInvoiceLine,
    BooksSubscription,
    JournalEntry,
    JournalLineRow,
    account_code,
    check_balanced,
    ensure_accounts,
    next_invoice_number,
)
from tools.connectors.base import ConnectorError, ExecutionResult


class LocalBooks:
    """The embedded billing system and general ledger."""

    name = "local_books"
    handles = frozenset({"create_customer", "create_subscription", "create_invoice", "post_journal_entry"})

    def __init__(self, session_factory: Callable[[], Session]):
        self._session = session_factory

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        handler = getattr(self, f"_{action.type}", None)
        if handler is None:
            raise ConnectorError(f"local books cannot carry out {action.type}")
        with self._session() as session:
            result = handler(session, action, key, run_id)
            session.commit()
            return result

    def _create_customer(self, s: Session, a: CreateCustomer, key: str, run_id: str) -> ExecutionResult:
        existing = s.get(BooksCustomer, a.customer_id)
        if existing is None:
            s.add(BooksCustomer(id=a.customer_id, legal_name=a.customer_legal_name, billing_email=a.billing_email,
                                currency=a.currency, idempotency_key=key))
        return ExecutionResult(target=self.name, external_id=a.customer_id,
                               detail={"existing": existing is not None})

    def _create_subscription(self, s: Session, a: CreateSubscription, key: str, run_id: str) -> ExecutionResult:
        if s.get(BooksSubscription, a.subscription_id) is None:
            s.add(BooksSubscription(
                id=a.subscription_id, customer_id=a.customer, start_date=a.start_date, end_date=a.end_date,
                billing_frequency=a.billing_frequency, billing_timing=a.billing_timing, currency=a.currency,
                items=[i.model_dump(mode="json") for i in a.items], schedule=a.schedule, idempotency_key=key))
        return ExecutionResult(target=self.name, external_id=a.subscription_id)

    def _create_invoice(self, s: Session, a: CreateInvoice, key: str, run_id: str) -> ExecutionResult:
        found = s.exec(select(BooksInvoice).where(BooksInvoice.idempotency_key == key)).first()
        if found is None:
            found = s.get(BooksInvoice, a.invoice_id)
        if found is not None:
            return ExecutionResult(target=self.name, external_id=found.id, detail={"number": found.number})
        if s.get(BooksCustomer, a.customer) is None:
            raise ConnectorError(f"invoice {a.invoice_id}: customer {a.customer} is not in the books; "
                                 "create the customer first")
        total = sum((round_money(line.amount, a.currency) for line in a.lines), Decimal(0))
        if total != round_money(a.amount, a.currency):
            raise ConnectorError(f"invoice {a.invoice_id}: amount {a.amount} is not the sum of its lines {total}")
        number = next_invoice_number(s)
        s.add(BooksInvoice(id=a.invoice_id, number=number, customer_id=a.customer, subscription_id=a.subscription_id,
                           invoice_date=a.invoice_date, due_date=a.due_date, currency=a.currency,
                           po_number=a.po_number, amount=total, idempotency_key=key))
        s.flush()
        for i, line in enumerate(a.lines):
            s.add(BooksInvoiceLine(invoice_id=a.invoice_id, position=i, description=line.description,
                                   amount=round_money(line.amount, a.currency), quantity=line.quantity,
                                   unit_price=line.unit_price, period_start=line.period_start,
                                   period_end=line.period_end, revenue_type=line.revenue_type))
        return ExecutionResult(target=self.name, external_id=a.invoice_id, detail={"number": number})

    def _post_journal_entry(self, s: Session, a: PostJournalEntry, key: str, run_id: str) -> ExecutionResult:
        found = s.exec(select(JournalEntry).where(JournalEntry.idempotency_key == key)).first()
        if found is not None:
            return ExecutionResult(target=self.name, external_id=found.id)
        entry_id = a.entry_id or f"JE-{key[:12]}"
        try:
            check_balanced([(ln.debit, ln.credit) for ln in a.lines], entry_id)
            codes = [account_code(ln.account) for ln in a.lines]
        except ValueError as exc:
            raise ConnectorError(str(exc)) from exc
        ensure_accounts(s)
        s.add(JournalEntry(id=entry_id, entry_date=a.date, memo=a.memo, currency=a.currency,
                           source_ref=a.source_ref, run_id=run_id, idempotency_key=key))
        s.flush()
        for i, (line, code) in enumerate(zip(a.lines, codes, strict=True)):
            s.add(JournalLineRow(entry_id=entry_id, position=i, account=code, debit=line.debit, credit=line.credit))
        return ExecutionResult(target=self.name, external_id=entry_id)
