"""The local books: billing records and the general ledger, in SQLite (or PostgreSQL) via SQLModel.

The embedded default billing system and the ledger of record. Money is stored as exact
decimal text (`DecimalString`), never REAL. Every row an action creates carries that
action's idempotency key (unique), so executing an action twice finds the first row
instead of writing a second. Journal entries balance or are refused, in code
(`post_entry`) and again at flush, whatever wrote them; a posted entry is never edited
or deleted, only reversed (`reverse_entry`); nothing is posted into a closed month (`ClosedPeriod`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import JSON, Column, Index, UniqueConstraint, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import AutoString, Field, Session, SQLModel, col, select

from accrue.adapters.sql_types import DecimalString, money_field
from accrue.core.billing.cash import invoice_key
from accrue.core.billing.invoicing import RevenueType
from accrue.core.billing.ledger import ACCOUNT_NAMES, CHART_OF_ACCOUNTS, AccountKind
from accrue.core.clock import utcnow
from accrue.core.errors import InputError
from accrue.core.money import minor_units, round_money
from accrue.core.terms import BillingFrequency, BillingTiming

InvoiceStatus = Literal["open", "paid", "void", "written_off"]


class UnbalancedEntry(ValueError):
    """A journal entry whose debits do not equal its credits."""


class PostedEntryChange(ValueError):
    """An attempt to edit or delete a posted journal entry; reverse it instead."""


class BooksCustomer(SQLModel, table=True):
    __tablename__ = "books_customers"
    id: str = Field(primary_key=True)
    legal_name: str = Field(index=True)
    billing_email: str | None = None
    currency: str
    idempotency_key: str | None = Field(default=None, unique=True)
    external_ids: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))


class BooksSubscription(SQLModel, table=True):
    __tablename__ = "books_subscriptions"
    id: str = Field(primary_key=True)
    customer_id: str = Field(foreign_key="books_customers.id", index=True)
    start_date: date
    end_date: date | None = None
    billing_frequency: BillingFrequency = Field(sa_type=AutoString)
    billing_timing: BillingTiming = Field(sa_type=AutoString)
    currency: str
    status: str = "active"
    items: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    schedule: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    # The contract terms the schedule is built from (ContractTerms as JSON): bill runs issue later invoices from them.
    terms: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    approved_by: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)


class BooksInvoice(SQLModel, table=True):
    __tablename__ = "books_invoices"
    # Cash application asks for a customer's open invoices, and (for a payer no customer matches) how many
    # invoices are open in a currency.
    __table_args__ = (Index("ix_books_invoices_customer_status", "customer_id", "status"),
                      Index("ix_books_invoices_status_currency", "status", "currency"))
    id: str = Field(primary_key=True)
    number: str = Field(index=True, unique=True)
    customer_id: str = Field(foreign_key="books_customers.id", index=True)
    subscription_id: str | None = None
    invoice_date: date
    due_date: date
    currency: str
    po_number: str | None = None
    amount: Decimal = money_field()
    amount_paid: Decimal = money_field(default=Decimal("0"))
    amount_credited: Decimal = money_field(default=Decimal("0"))
    amount_written_off: Decimal = money_field(default=Decimal("0"))
    # Credits beyond what the invoice owed (a credit on a paid invoice): moved to the customer's credit balance.
    amount_credited_to_customer: Decimal = money_field(default=Decimal("0"))
    status: InvoiceStatus = Field(default="open", sa_type=AutoString)
    approved_by: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)
    external_ids: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow)
    # The number and the id as a payment's reference names them (`invoice_key`), so cash application finds the
    # invoices a reference names by an indexed query; kept by `_keep_invoice_keys` whatever writes the row.
    number_key: str | None = Field(default=None, index=True)
    id_key: str | None = Field(default=None, index=True)

    @property
    def balance(self) -> Decimal:
        return (self.amount - self.amount_paid - self.amount_credited - self.amount_written_off
                + self.amount_credited_to_customer)


@event.listens_for(BooksInvoice, "before_insert")
@event.listens_for(BooksInvoice, "before_update")
def _keep_invoice_keys(_mapper: Mapper[BooksInvoice], _conn: Connection, invoice: BooksInvoice) -> None:
    invoice.number_key, invoice.id_key = invoice_key(invoice.number), invoice_key(invoice.id)


def fill_invoice_keys(conn: Connection) -> None:
    """Give invoices written before the keys were kept their keys (a data folder from an older accrue)."""
    keys = [{"id": invoice_id, "number_key": invoice_key(number), "id_key": invoice_key(invoice_id)}
            for invoice_id, number in conn.execute(text(
                "SELECT id, number FROM books_invoices WHERE number_key IS NULL OR id_key IS NULL"))]
    if keys:
        conn.execute(text("UPDATE books_invoices SET number_key = :number_key, id_key = :id_key WHERE id = :id"),
                     keys)


class BooksInvoiceLine(SQLModel, table=True):
    __tablename__ = "books_invoice_lines"
    id: int | None = Field(default=None, primary_key=True)
    invoice_id: str = Field(foreign_key="books_invoices.id", index=True)
    position: int
    description: str
    amount: Decimal = money_field()
    quantity: Decimal | None = Field(default=None, sa_column=Column(DecimalString()))
    unit_price: Decimal | None = Field(default=None, sa_column=Column(DecimalString()))
    period_start: date | None = None
    period_end: date | None = None
    revenue_type: RevenueType = Field(default="subscription", sa_type=AutoString)


class BooksCreditNote(SQLModel, table=True):
    __tablename__ = "books_credit_notes"
    id: str = Field(primary_key=True)
    invoice_id: str = Field(foreign_key="books_invoices.id", index=True)
    amount: Decimal = money_field()
    currency: str
    reason: str
    to_customer_credit: Decimal = money_field(default=Decimal("0"))
    approved_by: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)
    external_ids: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow)


class CustomerCredit(SQLModel, table=True):
    """One movement of a customer's credit balance: + what a credit note put there (beyond what its invoice
    owed), - what was applied to an invoice or refunded. The balance is the sum per customer and currency."""

    __tablename__ = "customer_credits"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="books_customers.id", index=True)
    currency: str
    amount: Decimal = money_field()
    source: str
    idempotency_key: str | None = Field(default=None, unique=True)
    created_at: datetime = Field(default_factory=utcnow)


class BooksPayment(SQLModel, table=True):
    """Cash received. `unapplied` is what no invoice has absorbed yet."""

    __tablename__ = "books_payments"
    id: str = Field(primary_key=True)
    payment_date: date
    customer_id: str | None = None
    payer: str | None = None
    reference: str | None = None
    amount: Decimal = money_field()
    currency: str
    unapplied: Decimal = money_field(default=Decimal("0"))
    approved_by: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)


class BooksAllocation(SQLModel, table=True):
    __tablename__ = "books_allocations"
    id: int | None = Field(default=None, primary_key=True)
    payment_id: str = Field(foreign_key="books_payments.id", index=True)
    invoice_id: str = Field(foreign_key="books_invoices.id", index=True)
    amount: Decimal = money_field()
    # Set when unapplied cash is applied later (an apply_credit action); a payment's own allocations have none.
    idempotency_key: str | None = Field(default=None, index=True)


class BooksWriteOff(SQLModel, table=True):
    __tablename__ = "books_write_offs"
    id: str = Field(primary_key=True)
    invoice_id: str = Field(foreign_key="books_invoices.id", index=True)
    amount: Decimal = money_field()
    currency: str
    reason: str
    approved_by: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)


class CollectionsTask(SQLModel, table=True):
    __tablename__ = "collections_tasks"
    id: int | None = Field(default=None, primary_key=True)
    invoice_id: str = Field(index=True)
    amount_outstanding: Decimal = money_field()
    currency: str
    reason: str
    status: str = "open"
    idempotency_key: str | None = Field(default=None, unique=True)
    created_at: datetime = Field(default_factory=utcnow)


class UsageHistory(SQLModel, table=True):
    """Billed usage per customer, metric and month: the trailing average that spikes are judged against.

    One row per (customer_id, metric, period); `record_usage` adds what each invoice bills to it."""

    __tablename__ = "usage_history"
    __table_args__ = (UniqueConstraint("customer_id", "metric", "period", name="uq_usage_history_month"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(index=True)
    metric: str
    period: str  # YYYY-MM
    quantity: Decimal = money_field()


class LedgerAccount(SQLModel, table=True):
    __tablename__ = "ledger_accounts"
    code: str = Field(primary_key=True)
    name: str
    kind: AccountKind = Field(sa_type=AutoString)


class JournalEntry(SQLModel, table=True):
    __tablename__ = "journal_entries"
    id: str = Field(primary_key=True)
    entry_date: date
    memo: str
    currency: str
    source_ref: str | None = None
    reverses: str | None = None
    run_id: str | None = None
    approved_by: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)
    posted_at: datetime = Field(default_factory=utcnow)


class JournalLineRow(SQLModel, table=True):
    __tablename__ = "journal_lines"
    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(foreign_key="journal_entries.id", index=True)
    position: int
    account: str = Field(foreign_key="ledger_accounts.code")
    debit: Decimal = money_field(default=Decimal("0"))
    credit: Decimal = money_field(default=Decimal("0"))


class ClosedPeriod(SQLModel, table=True):
    """A month the books are closed for: no entry is posted dated in it, or before it, again."""

    __tablename__ = "closed_periods"
    month: str = Field(primary_key=True)  # YYYY-MM
    closes_through: date
    run_id: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)
    closed_at: datetime = Field(default_factory=utcnow)


class PeriodClosed(ValueError):
    """An entry dated in a closed month; post it in the open period instead."""


class OutboxMessage(SQLModel, table=True):
    """Every notification lands here first, so nothing is lost when the channel is down."""

    __tablename__ = "outbox"
    id: int | None = Field(default=None, primary_key=True)
    channel: str
    message: str
    run_id: str | None = None
    idempotency_key: str | None = Field(default=None, unique=True)
    delivered: bool = False
    delivery_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


ACCOUNT_CODES = {name: code for code, name in ACCOUNT_NAMES.items()}


def ensure_accounts(session: Session) -> None:
    existing = set(session.exec(select(LedgerAccount.code)))
    missing = [LedgerAccount(code=code, name=name, kind=kind) for code, name, kind in CHART_OF_ACCOUNTS
               if code not in existing]
    if missing:
        session.add_all(missing)
        session.flush()


def account_code(name_or_code: str) -> str:
    """Accept 'Accounts Receivable' or '1100'."""
    if name_or_code in ACCOUNT_CODES:
        return ACCOUNT_CODES[name_or_code]
    if name_or_code in ACCOUNT_NAMES:
        return name_or_code
    raise ValueError(f"unknown ledger account {name_or_code!r}; known: {', '.join(ACCOUNT_CODES)}")


def check_balanced(lines: list[tuple[Decimal, Decimal]], ref: str) -> None:
    debits = sum((d for d, _ in lines), Decimal(0))
    credits = sum((c for _, c in lines), Decimal(0))
    if debits != credits:
        raise UnbalancedEntry(f"journal entry {ref}: debits {debits} != credits {credits}")
    if debits == 0:
        raise UnbalancedEntry(f"journal entry {ref}: has no amounts")
    for d, c in lines:
        if d < 0 or c < 0 or (d and c):
            raise UnbalancedEntry(f"journal entry {ref}: each line is a non-negative debit or credit")


_NEW_ENTRIES = "accrue_new_journal_entries"


def _new_entries(session: OrmSession) -> set[str]:
    return session.info.setdefault(_NEW_ENTRIES, set())


@event.listens_for(OrmSession, "before_flush")
def _ledger_rules_at_flush(session: OrmSession, _ctx: Any, _instances: Any) -> None:
    """Whatever wrote to the session: posted entries are never changed, and lines are only ever
    added to an entry created in the same transaction."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, JournalEntry | JournalLineRow) and (obj in session.deleted or session.is_modified(obj)):
            entry = obj.id if isinstance(obj, JournalEntry) else obj.entry_id
            raise PostedEntryChange(f"journal entry {entry} is posted and cannot be edited or deleted; "
                                    "post a reversal with reverse_entry() and a corrected entry instead")
    created = _new_entries(session)
    created.update(o.id for o in session.new if isinstance(o, JournalEntry))
    for line in (o for o in session.new if isinstance(o, JournalLineRow)):
        if line.entry_id not in created:
            raise PostedEntryChange(f"journal entry {line.entry_id}: lines can only be written in the transaction "
                                    "that creates the entry; a posted entry is never changed, reverse it instead")


@event.listens_for(OrmSession, "before_commit")
def _entries_balance_at_commit(session: OrmSession) -> None:
    """Second line of defence: every entry this transaction created balances, or nothing commits."""
    created = session.info.get(_NEW_ENTRIES)
    if not created:
        return
    session.flush()
    for entry_id in sorted(created):
        rows = session.execute(select(col(JournalLineRow.debit), col(JournalLineRow.credit))
                               .where(JournalLineRow.entry_id == entry_id)).all()
        check_balanced([(Decimal(d), Decimal(c)) for d, c in rows], entry_id)


@event.listens_for(OrmSession, "after_commit")
@event.listens_for(OrmSession, "after_rollback")
def _forget_new_entries(session: OrmSession, *_: Any) -> None:
    session.info.pop(_NEW_ENTRIES, None)


def post_entry(session: Session, *, entry_id: str, entry_date: date, memo: str, currency: str,
               lines: list[tuple[str, Decimal, Decimal]], source_ref: str | None = None,
               reverses: str | None = None, run_id: str | None = None, approved_by: str | None = None,
               idempotency_key: str | None = None) -> JournalEntry:
    """Post one balanced entry (lines as (account name or code, debit, credit)) in a single flush.

    Use this for every ledger write: it checks the balance, the accounts and that the date is in an open
    period before anything is added, and the flush check refuses anything that bypasses it.
    """
    check_balanced([(d, c) for _, d, c in lines], entry_id)
    closed = closed_through(session)
    if closed is not None and entry_date <= closed:
        raise PeriodClosed(f"journal entry {entry_id} is dated {entry_date}, but the books are closed through "
                           f"{closed}; date it in the open period (from {closed + timedelta(days=1)})")
    codes = [account_code(account) for account, _, _ in lines]
    ensure_accounts(session)
    entry = JournalEntry(id=entry_id, entry_date=entry_date, memo=memo, currency=currency, source_ref=source_ref,
                         reverses=reverses, run_id=run_id, approved_by=approved_by,
                         idempotency_key=idempotency_key)
    session.add(entry)
    session.flush()  # the entry row first: its lines reference it
    for i, ((_, debit, credit), code) in enumerate(zip(lines, codes, strict=True)):
        session.add(JournalLineRow(entry_id=entry_id, position=i, account=code, debit=debit, credit=credit))
    session.flush()
    return entry


def closed_through(session: Session) -> date | None:
    """The last day of the latest closed month; None while no month is closed."""
    latest = session.exec(select(ClosedPeriod).order_by(col(ClosedPeriod.closes_through).desc())).first()
    return latest.closes_through if latest is not None else None


def entry_lines(session: Session, entry_id: str) -> list[JournalLineRow]:
    return list(session.exec(select(JournalLineRow).where(JournalLineRow.entry_id == entry_id)
                             .order_by(col(JournalLineRow.position))))


def reverse_entry(session: Session, entry_id: str, *, on: date, memo: str | None = None,
                  run_id: str | None = None, idempotency_key: str | None = None) -> JournalEntry:
    """Post the mirror image of a posted entry (debits and credits swapped), dated `on`.

    The only way to undo a journal entry. An entry is reversed at most once, and a reversal
    is not itself reversed (post a fresh entry instead).
    """
    original = session.get(JournalEntry, entry_id)
    if original is None:
        raise ValueError(f"journal entry {entry_id} does not exist")
    if original.reverses is not None:
        raise ValueError(f"journal entry {entry_id} is itself a reversal of {original.reverses}; post a new entry")
    existing = session.exec(select(JournalEntry).where(JournalEntry.reverses == entry_id)).first()
    if existing is not None:
        raise ValueError(f"journal entry {entry_id} was already reversed by {existing.id}")
    lines = [(ln.account, Decimal(ln.credit), Decimal(ln.debit)) for ln in entry_lines(session, entry_id)]
    return post_entry(session, entry_id=f"{entry_id}-R", entry_date=on, memo=memo or f"Reversal of {entry_id}",
                      currency=original.currency, lines=lines, source_ref=original.source_ref, reverses=entry_id,
                      run_id=run_id, idempotency_key=idempotency_key)


def account_balances(session: Session) -> dict[str, Decimal]:
    """Debits minus credits per account code over the whole ledger (a trial balance)."""
    totals: dict[str, Decimal] = {}
    for ln in session.exec(select(JournalLineRow)):
        totals[ln.account] = totals.get(ln.account, Decimal(0)) + Decimal(ln.debit) - Decimal(ln.credit)
    return totals


_PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def record_usage(session: Session, customer_id: str, metric: str, period: str, quantity: Decimal, *,
                 add: bool = True) -> UsageHistory:
    """Put one month of billed usage into the history the spike check averages over.

    `add=True` (an invoice billing it) adds the quantity to what that month already holds, so two
    invoices for one month count both; `add=False` (a seed) keeps an existing month as it is, so
    loading the same seed again changes nothing. Raises ValueError on a period that is not YYYY-MM.
    """
    if not _PERIOD.fullmatch(period):
        raise ValueError(f"usage period {period!r} for {customer_id}/{metric} is not a month (YYYY-MM)")
    row = session.exec(select(UsageHistory).where(UsageHistory.customer_id == customer_id,
                                                  UsageHistory.metric == metric,
                                                  UsageHistory.period == period)).first()
    if row is None:
        row = UsageHistory(customer_id=customer_id, metric=metric, period=period, quantity=quantity)
    elif add:
        row.quantity = Decimal(row.quantity) + quantity
    else:
        return row
    session.add(row)
    session.flush()  # the next lookup in this transaction sees it
    return row


_INVOICE_NUMBER = re.compile(r"INV-(\d+)")


def next_invoice_number(session: Session) -> str:
    """One above the highest `INV-n` in the books (seeded numbers may have gaps; counting rows would reuse one)."""
    numbers = [int(m.group(1)) for n in session.exec(select(BooksInvoice.number))
               if (m := _INVOICE_NUMBER.fullmatch(n))]
    return f"INV-{max(numbers, default=0) + 1:04d}"


def _seed_money(source: str, record: str, name: str, value: Any, currency: str) -> Decimal:
    """A seeded amount, exact to the currency's minor unit: a finer one would be an open balance no payment
    can match (cash application counts whole minor units)."""
    amount = Decimal(str(value))
    if not amount.is_finite():
        raise InputError(source, f"{record}: {name} {value!r} is not an amount", 'write it like "1250.00"')
    if round_money(amount, currency) != amount:
        raise InputError(source, f"{record}: {name} {amount} has more decimals than {currency} allows",
                         f"round it to {minor_units(currency)} decimals")
    return amount


def seed_books(session: Session, data: dict[str, Any], source: str = "books.json") -> None:
    """Load a `books.json` seed (customers, invoices, usage_history): evaluation cases and demos start from it.

    Shape: {"customers": [{"id", "legal_name", "currency"}], "invoices": [{"id", "customer_id", "number",
    "invoice_date", "due_date", "currency", "amount", "amount_paid", "status"}],
    "usage_history": [{"customer_id", "metric", "period", "quantity"}]}. Decimals as strings.
    Idempotent: records already there (customers and invoices by id, usage by customer, metric and
    month) are kept as they are, so loading the same seed twice adds nothing.
    """
    try:
        for c in data.get("customers", []):
            if session.get(BooksCustomer, c["id"]) is None:
                session.add(BooksCustomer(id=c["id"], legal_name=c["legal_name"], currency=c["currency"].upper(),
                                          billing_email=c.get("billing_email")))
        session.flush()
        for i in data.get("invoices", []):
            if session.get(BooksInvoice, i["id"]) is None:
                currency = i["currency"].upper()
                amount, paid = (_seed_money(source, f"invoice {i['id']}", name, i.get(name, "0"), currency)
                                for name in ("amount", "amount_paid"))
                session.add(BooksInvoice(
                    id=i["id"], number=i.get("number", i["id"]), customer_id=i["customer_id"],
                    subscription_id=i.get("subscription_id"),
                    invoice_date=date.fromisoformat(i["invoice_date"]), due_date=date.fromisoformat(i["due_date"]),
                    currency=currency, po_number=i.get("po_number"), amount=amount, amount_paid=paid,
                    status=i.get("status", "open")))
        for u in data.get("usage_history", []):
            record_usage(session, u["customer_id"], u["metric"], u["period"], Decimal(str(u["quantity"])), add=False)
        session.flush()
    except KeyError as exc:
        raise InputError(source, f"missing required field {exc.args[0]!r}",
                         "see docs/billing.md, the books.json seed") from exc
    except (ValueError, ArithmeticError) as exc:
        raise InputError(source, f"invalid value ({exc})", "dates as YYYY-MM-DD, amounts as decimal strings") from exc
