"""Local books connector: carries every action type the books hold into the billing records and ledger.

Each action runs in one transaction that first looks for a row carrying the action's
idempotency key, so a repeated call returns the first result instead of writing a second
row; two processes racing on one key meet the unique constraint, and the loser re-reads
the winner's row. Bad requests (unknown customer, over-credit, currency mismatch,
unbalanced entry) are permanent ConnectorErrors: nothing is written. An invoice that bills
usage adds its quantities to the usage history in the same transaction, so the spike check
learns from every usage invoice that was actually issued.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from accrue.adapters.books import (
    BooksAllocation,
    BooksCreditNote,
    BooksCustomer,
    BooksInvoice,
    BooksInvoiceLine,
    BooksPayment,
    BooksSubscription,
    BooksWriteOff,
    ClosedPeriod,
    CollectionsTask,
    CustomerCredit,
    JournalEntry,
    closed_through,
    next_invoice_number,
    post_entry,
    record_usage,
)
from accrue.adapters.connectors.base import ConnectorError, ExecutionResult
from accrue.core.actions import (
    Action,
    ApplyCredit,
    ApplyPayment,
    ClosePeriod,
    CreateCollectionsTask,
    CreateCreditNote,
    CreateCustomer,
    CreateInvoice,
    CreateSubscription,
    PostJournalEntry,
    RefundCredit,
    WriteOff,
)
from accrue.core.clock import utcnow
from accrue.core.money import format_money, round_money

BOOKS_ACTIONS = frozenset({"create_customer", "create_subscription", "create_invoice", "create_credit_note",
                           "apply_payment", "apply_credit", "write_off", "create_collections_task",
                           "post_journal_entry", "close_period", "refund_credit"})


def _by_key(s: Session, model: type[SQLModel], key: str) -> Any:
    return s.exec(select(model).where(model.idempotency_key == key)).first()  # type: ignore[attr-defined]


def _same_id(s: Session, model: type[SQLModel], record_id: str, key: str, what: str) -> Any:
    """A record with this id that an earlier run of the same action wrote (or a seed); another action's is a conflict.

    Taking another action's record for this one would report this one done while nothing was written
    (an invoice never issued), so an id two actions share is refused, loudly.
    """
    row = s.get(model, record_id)
    if row is not None and row.idempotency_key not in (None, key):  # type: ignore[attr-defined]
        raise ValueError(f"{what} {record_id} already exists, written by another action; nothing was written "
                         "(give this action its own id)")
    return row


def _settle_status(inv: BooksInvoice) -> None:
    """An invoice with nothing left to collect is closed: paid if cash came in, else void (fully credited)."""
    if inv.balance != 0 or inv.status != "open":
        return
    if inv.amount_written_off > 0:
        inv.status = "written_off"
    elif inv.amount_paid > 0:
        inv.status = "paid"
    else:
        inv.status = "void"


class LocalBooks:
    """The embedded billing system and general ledger."""

    name = "local_books"
    handles = BOOKS_ACTIONS

    def __init__(self, session_factory: Callable[[], Session]):
        self._session = session_factory

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        handler = getattr(self, f"_{action.type}", None)
        if handler is None or action.type not in BOOKS_ACTIONS:
            raise ConnectorError(f"local books cannot carry out {action.type}")
        for attempt in (1, 2):
            with self._session() as session:
                try:
                    result = handler(session, action, key, run_id)
                    session.commit()
                    return result
                except IntegrityError as exc:
                    session.rollback()
                    if attempt == 2:  # not a lost race: a genuine conflict (e.g. an id another action used)
                        raise ConnectorError(f"{action.type} {action.id}: conflicts with an existing record "
                                             f"({exc.orig})") from None
                except ValueError as exc:  # UnbalancedEntry, unknown account, bad amounts
                    session.rollback()
                    raise ConnectorError(f"{action.type} {action.id}: {exc}") from None
        raise AssertionError("unreachable")

    def check(self, action: Action, *, key: str, run_id: str) -> None:
        """Dry run: everything `execute` would check, then roll back. Lets another system (Stripe) be
        called only when the books will accept the same action afterwards."""
        handler = getattr(self, f"_{action.type}", None)
        if handler is None:
            return
        with self._session() as session:
            try:
                handler(session, action, key, run_id)
            except ValueError as exc:
                raise ConnectorError(f"{action.type} {action.id}: {exc}") from None
            finally:
                session.rollback()

    def link_external(self, model: type[SQLModel], record_id: str, system: str, external_id: str) -> None:
        """Remember where a record lives in another system (`external_ids[system]`)."""
        with self._session() as s:
            row = s.get(model, record_id)
            if row is None:
                return
            ids = dict(row.external_ids or {})  # type: ignore[attr-defined]
            if ids.get(system) != external_id:
                ids[system] = external_id
                row.external_ids = ids  # reassigned: JSON columns miss in-place edits
                s.add(row)
                s.commit()

    def _ok(self, external_id: str, existing: bool, **detail: Any) -> ExecutionResult:
        return ExecutionResult(target=self.name, external_id=external_id, detail={"existing": existing, **detail})

    # -- billing records ---------------------------------------------------------------------
    def _create_customer(self, s: Session, a: CreateCustomer, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, BooksCustomer, key) or s.get(BooksCustomer, a.customer_id)
        if found is not None:
            return self._ok(found.id, True)
        s.add(BooksCustomer(id=a.customer_id, legal_name=a.customer_legal_name, billing_email=a.billing_email,
                            currency=a.currency.upper(), idempotency_key=key))
        s.flush()
        return self._ok(a.customer_id, False)

    def _create_subscription(self, s: Session, a: CreateSubscription, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, BooksSubscription, key) or _same_id(s, BooksSubscription, a.subscription_id, key,
                                                               "subscription")
        if found is not None:
            return self._ok(found.id, True)
        self._customer(s, a.customer, f"subscription {a.subscription_id}")
        if a.supersedes is not None:
            self._supersede(s, a.supersedes, a.start_date)
        s.add(BooksSubscription(
            id=a.subscription_id, customer_id=a.customer, start_date=a.start_date, end_date=a.end_date,
            billing_frequency=a.billing_frequency, billing_timing=a.billing_timing, currency=a.currency.upper(),
            items=[i.model_dump(mode="json") for i in a.items], schedule=a.schedule, approved_by=a.approved_by,
            terms=a.terms.model_dump(mode="json") if a.terms is not None else None, idempotency_key=key))
        s.flush()
        return self._ok(a.subscription_id, False)

    @staticmethod
    def _supersede(s: Session, subscription_id: str, successor_starts: date) -> None:
        """End the replaced subscription the day before its successor starts; its schedule keeps the periods that
        start by then and the one the change falls in (billed at the old price, which the change credits back), and
        the successor's schedule, from the period after, replaces the rest: no period is billed by both."""
        old = s.get(BooksSubscription, subscription_id)
        if old is None or old.status != "active":
            return
        old.end_date = successor_starts - timedelta(days=1)
        old.status = "superseded"
        old.schedule = [row for row in old.schedule if date.fromisoformat(row["period_start"]) <= successor_starts]
        s.add(old)

    def _create_invoice(self, s: Session, a: CreateInvoice, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, BooksInvoice, key) or _same_id(s, BooksInvoice, a.invoice_id, key, "invoice")
        if found is not None:
            return self._ok(found.id, True, number=found.number)
        self._customer(s, a.customer, f"invoice {a.invoice_id}")
        if not a.lines:
            raise ValueError(f"invoice {a.invoice_id} has no lines")
        # Lines are stored as approved: one with sub-cent precision was never rounded by the engine, and
        # rounding it here would issue an amount nobody saw (the policy judged the unrounded one).
        for line in a.lines:
            if round_money(line.amount, a.currency) != line.amount:
                raise ValueError(f"invoice {a.invoice_id}: line '{line.description}' amount {line.amount} has more "
                                 f"precision than {a.currency.upper()} allows; round each line with accrue.core.money")
        total = sum((line.amount for line in a.lines), Decimal(0))
        if total != a.amount:
            raise ValueError(f"invoice {a.invoice_id}: amount {a.amount} is not the sum of its lines {total}")
        if total < 0:
            raise ValueError(f"invoice {a.invoice_id}: total {total} is negative; credit the customer with a credit "
                             "note, which needs its own approval")
        number = next_invoice_number(s)
        s.add(BooksInvoice(id=a.invoice_id, number=number, customer_id=a.customer, subscription_id=a.subscription_id,
                           invoice_date=a.invoice_date, due_date=a.due_date, currency=a.currency.upper(),
                           po_number=a.po_number, amount=total, approved_by=a.approved_by, idempotency_key=key))
        s.flush()
        for i, line in enumerate(a.lines):
            s.add(BooksInvoiceLine(invoice_id=a.invoice_id, position=i, description=line.description,
                                   amount=line.amount, quantity=line.quantity,
                                   unit_price=line.unit_price, period_start=line.period_start,
                                   period_end=line.period_end, revenue_type=line.revenue_type))
        for u in a.usage:  # what the invoice bills becomes history the next spike check averages over
            record_usage(s, u.customer_id, u.metric, u.period, u.quantity)
        s.flush()
        return self._ok(a.invoice_id, False, number=number)

    def _create_credit_note(self, s: Session, a: CreateCreditNote, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, BooksCreditNote, key)
        if found is not None:
            return self._ok(found.id, True)
        inv = self._invoice(s, a.invoice_id, a.currency, "credit note")
        amount = self._amount(a.amount, a.currency, "credit note")
        creditable = inv.amount - inv.amount_credited
        if amount > creditable:
            raise ValueError(f"credit note of {amount} exceeds what invoice {inv.id} can still be credited "
                             f"({creditable})")
        excess = a.to_customer_credit
        if excess < 0 or excess > amount or (excess and amount - excess != max(inv.balance, Decimal(0))):
            raise ValueError(f"credit note of {amount} on invoice {inv.id}: {excess} to the customer's credit balance "
                             f"does not leave the invoice's open balance {inv.balance} at zero; plan it again")
        note_id = a.credit_note_id or f"CN-{key[:12]}"
        s.add(BooksCreditNote(id=note_id, invoice_id=inv.id, amount=amount, currency=inv.currency, reason=a.reason,
                              to_customer_credit=excess, approved_by=a.approved_by, idempotency_key=key))
        if excess:
            s.add(CustomerCredit(customer_id=inv.customer_id, currency=inv.currency, amount=excess,
                                 source=f"credit note {note_id} on {inv.number}", idempotency_key=key))
        inv.amount_credited = inv.amount_credited + amount
        inv.amount_credited_to_customer = inv.amount_credited_to_customer + excess
        _settle_status(inv)
        s.add(inv)
        s.flush()
        return self._ok(note_id, False, invoice_balance=str(inv.balance))

    def _apply_payment(self, s: Session, a: ApplyPayment, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, BooksPayment, key)
        if found is not None:
            return self._ok(found.id, True)
        if s.get(BooksPayment, a.payment_id) is not None:
            raise ValueError(f"payment {a.payment_id} is already recorded by another action")
        allocated = Decimal(0)
        invoices: list[tuple[BooksInvoice, Decimal]] = []
        pending: dict[str, Decimal] = {}  # what earlier allocations of this payment already put on an invoice
        for alloc in a.allocations:
            inv = self._invoice(s, alloc.invoice_id, a.currency, f"payment {a.payment_id}")
            amount = self._amount(alloc.amount, a.currency, f"payment {a.payment_id} allocation")
            open_balance = inv.balance - pending.get(inv.id, Decimal(0))
            if amount > open_balance:
                raise ValueError(f"payment {a.payment_id}: allocation {amount} to invoice {inv.id} exceeds its "
                                 f"balance {open_balance}")
            pending[inv.id] = pending.get(inv.id, Decimal(0)) + amount
            invoices.append((inv, amount))
            allocated += amount
        unapplied = a.unapplied_amount
        if unapplied < 0 or round_money(unapplied, a.currency) != unapplied:
            raise ValueError(f"payment {a.payment_id}: unapplied cash must not be negative nor finer than "
                             f"{a.currency.upper()} allows, got {unapplied}")
        total = self._amount(a.amount, a.currency, f"payment {a.payment_id}") if a.amount else allocated + unapplied
        if allocated + unapplied != total:
            raise ValueError(f"payment {a.payment_id}: allocations {allocated} + unapplied {unapplied} != "
                             f"amount {total}")
        s.add(BooksPayment(id=a.payment_id, payment_date=a.payment_date or utcnow().date(), customer_id=a.customer,
                           payer=a.payer, reference=a.reference, amount=total, currency=a.currency.upper(),
                           unapplied=unapplied, approved_by=a.approved_by, idempotency_key=key))
        s.flush()
        for inv, amount in invoices:
            s.add(BooksAllocation(payment_id=a.payment_id, invoice_id=inv.id, amount=amount))
            inv.amount_paid = inv.amount_paid + amount
            _settle_status(inv)
            s.add(inv)
        s.flush()
        return self._ok(a.payment_id, False, allocated=str(allocated), unapplied=str(unapplied))

    def _apply_credit(self, s: Session, a: ApplyCredit, key: str, run_id: str) -> ExecutionResult:
        """Pay open invoices from a payment's unapplied cash or from the customer's credit balance."""
        done = (_by_key(s, CustomerCredit, key) if a.source == "credit_balance"
                else s.exec(select(BooksAllocation).where(BooksAllocation.idempotency_key == key)).first())
        if done is not None:
            return self._ok(f"credit-{key[:12]}", True)
        invoices = [(self._invoice(s, x.invoice_id, a.currency, "credit"),
                     self._amount(x.amount, a.currency, "credit allocation")) for x in a.allocations]
        total = sum((amount for _, amount in invoices), Decimal(0))
        for inv, amount in invoices:
            if inv.customer_id != a.customer or amount > inv.balance:
                raise ValueError(f"credit of {amount} to invoice {inv.id}: not {a.customer}'s, or more than its "
                                 f"balance {inv.balance}")
        if a.source == "unapplied_cash":
            payment = s.get(BooksPayment, a.payment_id or "")
            if payment is None or payment.currency != a.currency.upper() or payment.unapplied < total:
                raise ValueError(f"payment {a.payment_id} has no {total} {a.currency.upper()} of unapplied cash")
            payment.unapplied = payment.unapplied - total
            payment.customer_id = payment.customer_id or a.customer
            s.add(payment)
            s.flush()
            s.add_all(BooksAllocation(payment_id=payment.id, invoice_id=inv.id, amount=amount, idempotency_key=key)
                      for inv, amount in invoices)
        else:
            held = sum((Decimal(c.amount) for c in s.exec(select(CustomerCredit).where(
                CustomerCredit.customer_id == a.customer, CustomerCredit.currency == a.currency.upper()))), Decimal(0))
            if held < total:
                raise ValueError(f"{a.customer} holds {held} {a.currency.upper()} of credit, less than {total}")
            s.add(CustomerCredit(customer_id=a.customer, currency=a.currency.upper(), amount=-total,
                                 source="applied to " + ", ".join(inv.number for inv, _ in invoices),
                                 idempotency_key=key))
        for inv, amount in invoices:
            inv.amount_paid = inv.amount_paid + amount
            _settle_status(inv)
            s.add(inv)
        s.flush()
        return self._ok(f"credit-{key[:12]}", False, applied=str(total))

    def _refund_credit(self, s: Session, a: RefundCredit, key: str, run_id: str) -> ExecutionResult:
        """Pay back what a customer holds: never more than their credit balance and unapplied cash hold when it runs.

        The refund's record is its movement of the credit balance (zero when it is paid from unapplied cash alone),
        which carries its key."""
        if _by_key(s, CustomerCredit, key) is not None:
            return self._ok(a.refund_id, True)
        self._customer(s, a.customer, f"refund {a.refund_id}")
        amount = self._amount(a.amount, a.currency, f"refund {a.refund_id}")
        currency = a.currency.upper()
        if a.from_credit_balance < 0 or a.from_credit_balance + sum((d.amount for d in a.from_unapplied),
                                                                    Decimal(0)) != amount:
            raise ValueError(f"refund {a.refund_id}: its sources do not add up to {amount}; plan it again")
        held = sum((Decimal(c.amount) for c in s.exec(select(CustomerCredit).where(
            CustomerCredit.customer_id == a.customer, CustomerCredit.currency == currency))), Decimal(0))
        if held < a.from_credit_balance:
            raise ValueError(f"{a.customer} holds {held} {currency} of credit balance, less than the "
                             f"{a.from_credit_balance} refund {a.refund_id} pays from it")
        for draw in a.from_unapplied:
            payment = s.get(BooksPayment, draw.payment_id)
            if payment is None or payment.customer_id != a.customer or payment.currency != currency \
                    or draw.amount <= 0 or payment.unapplied < draw.amount:
                raise ValueError(f"payment {draw.payment_id} has no {format_money(draw.amount, currency)} of "
                                 f"{a.customer}'s unapplied cash")
            payment.unapplied = payment.unapplied - draw.amount
            s.add(payment)
        s.add(CustomerCredit(customer_id=a.customer, currency=currency, amount=Decimal(0) - a.from_credit_balance,
                             source=f"refund {a.refund_id}: {a.reason}", idempotency_key=key))
        s.flush()
        return self._ok(a.refund_id, False, refunded=str(amount))

    def _write_off(self, s: Session, a: WriteOff, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, BooksWriteOff, key)
        if found is not None:
            return self._ok(found.id, True)
        inv = self._invoice(s, a.invoice_id, a.currency, "write-off")
        amount = self._amount(a.amount, a.currency, "write-off")
        if amount > inv.balance:
            raise ValueError(f"write-off of {amount} exceeds invoice {inv.id}'s open balance {inv.balance}")
        wo_id = f"WO-{key[:12]}"
        s.add(BooksWriteOff(id=wo_id, invoice_id=inv.id, amount=amount, currency=inv.currency, reason=a.reason,
                            approved_by=a.approved_by, idempotency_key=key))
        inv.amount_written_off = inv.amount_written_off + amount
        _settle_status(inv)
        s.add(inv)
        s.flush()
        return self._ok(wo_id, False, invoice_balance=str(inv.balance))

    def _create_collections_task(self, s: Session, a: CreateCollectionsTask, key: str,
                                 run_id: str) -> ExecutionResult:
        found = _by_key(s, CollectionsTask, key)
        if found is None:
            self._amount(a.amount_outstanding, a.currency, "collections task")
            found = CollectionsTask(invoice_id=a.invoice_id, amount_outstanding=a.amount_outstanding,
                                    currency=a.currency.upper(), reason=a.reason, idempotency_key=key)
            s.add(found)
            s.flush()
            return self._ok(f"task-{found.id}", False)
        return self._ok(f"task-{found.id}", True)

    # -- ledger --------------------------------------------------------------------------------
    def _post_journal_entry(self, s: Session, a: PostJournalEntry, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, JournalEntry, key)
        if found is not None:
            return self._ok(found.id, True)
        entry_id = a.entry_id or f"JE-{key[:12]}"
        day, memo = a.date, a.memo
        closed = closed_through(s)
        if closed is not None and day <= closed:  # a closed month is never posted to: the open period takes it
            day, memo = closed + timedelta(days=1), f"{memo} (dated {a.date}; the books are closed through {closed})"
        post_entry(s, entry_id=entry_id, entry_date=day, memo=memo, currency=a.currency.upper(),
                   lines=[(ln.account, ln.debit, ln.credit) for ln in a.lines], source_ref=a.source_ref,
                   run_id=run_id, approved_by=a.approved_by, idempotency_key=key)
        return self._ok(entry_id, False, entry_date=day.isoformat())

    def _close_period(self, s: Session, a: ClosePeriod, key: str, run_id: str) -> ExecutionResult:
        found = _by_key(s, ClosedPeriod, key) or s.get(ClosedPeriod, a.month)
        if found is not None:
            return self._ok(found.month, True)
        closed = closed_through(s)
        if closed is not None and a.closes_through <= closed:
            raise ValueError(f"month {a.month} is already closed: the books are closed through {closed}")
        s.add(ClosedPeriod(month=a.month, closes_through=a.closes_through, run_id=run_id, idempotency_key=key))
        s.flush()
        return self._ok(a.month, False)

    # -- shared checks -----------------------------------------------------------------------
    @staticmethod
    def _customer(s: Session, customer_id: str, what: str) -> BooksCustomer:
        customer = s.get(BooksCustomer, customer_id)
        if customer is None:
            raise ValueError(f"{what}: customer {customer_id} is not in the books; create the customer first")
        return customer

    @staticmethod
    def _invoice(s: Session, invoice_id: str, currency: str, what: str) -> BooksInvoice:
        inv = s.get(BooksInvoice, invoice_id)
        if inv is None:
            inv = s.exec(select(BooksInvoice).where(BooksInvoice.number == invoice_id)).first()
        if inv is None:
            raise ValueError(f"{what}: invoice {invoice_id} is not in the books")
        if inv.currency != currency.upper():
            raise ValueError(f"{what}: currency {currency.upper()} differs from invoice {inv.id}'s {inv.currency}")
        return inv

    @staticmethod
    def _amount(amount: Decimal, currency: str, what: str) -> Decimal:
        if amount <= 0:
            raise ValueError(f"{what}: amount must be positive, got {amount}")
        if round_money(amount, currency) != amount:
            raise ValueError(f"{what}: amount {amount} has more precision than {currency.upper()} allows")
        return amount
