"""Receivables: aging (what customers owe, by how long overdue) and the use of credit they hold. Pure.

Aging: each open invoice falls in one bucket by its days overdue on the as-of date (the as-of date
minus its due date): `current` (not yet overdue), `1-30`, `31-60`, `61-90`, `over_90`. Rows are per
customer and currency, never summed across currencies; the totals per currency are what the
Accounts Receivable account must hold, which the read model checks (the tie-out).

Credit: cash waiting in Unapplied Cash (an unmatched payment, an overpayment) and a customer's credit
balance (a credit beyond what an invoice owed) are applied to open invoices when a later cash run
finds where they belong: unapplied cash by the same matching rules as a new payment, a credit balance
to its customer's open invoices oldest due first. Each use is proposed for approval, never automatic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel

from accrue.core.billing.cash import CashApplication, OpenInvoice, OpenLedger, Payment, allocate
from accrue.core.billing.ledger import AR, CUSTOMER_CREDIT, UNAPPLIED, Entry, EntryLine
from accrue.core.money import round_money

BUCKETS: tuple[str, ...] = ("current", "1-30", "31-60", "61-90", "over_90")
ZERO = Decimal(0)


def bucket_for(days_overdue: int) -> str:
    """The aging bucket of an invoice `days_overdue` days past its due date (zero or less: current)."""
    if days_overdue <= 0:
        return "current"
    if days_overdue <= 30:
        return "1-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "over_90"


@dataclass(frozen=True)
class Receivable:
    """One open invoice as aging sees it."""

    customer_id: str
    customer_name: str
    currency: str
    number: str
    invoice_date: date
    due_date: date
    balance: Decimal


class AgingRow(BaseModel):
    """What one customer owes in one currency, by bucket."""

    customer_id: str
    customer_name: str
    currency: str
    buckets: dict[str, Decimal]
    total: Decimal
    invoices: list[str]


class AgingTotal(BaseModel):
    """One currency's totals, and whether they tie to the Accounts Receivable account."""

    currency: str
    buckets: dict[str, Decimal]
    total: Decimal
    ar_balance: Decimal
    ties_out: bool


class AgingReport(BaseModel):
    as_of: date
    rows: list[AgingRow]
    totals: list[AgingTotal]


def age(receivables: Iterable[Receivable], as_of: date, ar_balances: dict[str, Decimal]) -> AgingReport:
    """Age the invoices issued on or before `as_of`; `ar_balances` is the AR account's balance per currency."""
    rows: dict[tuple[str, str], AgingRow] = {}
    for r in sorted(receivables, key=lambda r: (r.customer_name, r.currency, r.due_date, r.number)):
        if r.invoice_date > as_of or r.balance == 0:
            continue
        row = rows.setdefault((r.customer_id, r.currency), AgingRow(
            customer_id=r.customer_id, customer_name=r.customer_name, currency=r.currency,
            buckets=dict.fromkeys(BUCKETS, round_money(ZERO, r.currency)), total=round_money(ZERO, r.currency),
            invoices=[]))
        key = bucket_for((as_of - r.due_date).days)
        row.buckets[key] += r.balance
        row.total += r.balance
        row.invoices.append(r.number)
    totals = []
    for currency in sorted({c for _, c in rows} | set(ar_balances)):
        mine = [row for (_, c), row in rows.items() if c == currency]
        zero = round_money(ZERO, currency)
        buckets = {b: sum((row.buckets[b] for row in mine), zero) for b in BUCKETS}
        total = sum(buckets.values(), zero)
        ar = ar_balances.get(currency, zero)
        totals.append(AgingTotal(currency=currency, buckets=buckets, total=total, ar_balance=ar, ties_out=total == ar))
    return AgingReport(as_of=as_of, rows=list(rows.values()), totals=totals)


# -- using credit --------------------------------------------------------------------------------
CreditSource = Literal["unapplied_cash", "credit_balance"]


@dataclass(frozen=True)
class HeldCredit:
    """Money a customer has with us: a payment's unapplied cash (`payment_id` set) or a credit balance."""

    source: CreditSource
    currency: str
    amount: Decimal
    customer_id: str | None
    payment_id: str | None = None
    payer: str = ""
    reference: str = ""
    received: date | None = None


@dataclass(frozen=True)
class CreditUse:
    """Where held credit now goes: (invoice id, amount) allocations, for a person to approve."""

    credit: HeldCredit
    customer_id: str
    allocations: list[tuple[str, Decimal]]

    @property
    def amount(self) -> Decimal:
        return sum((a for _, a in self.allocations), ZERO)


def credit_uses(held: list[HeldCredit], open_invoices: list[OpenInvoice], payer_customer: dict[str, str | None],
                open_in_currency: Mapping[str, int] | None = None) -> list[CreditUse]:
    """Where each held credit applies now. Unapplied cash follows the cash-application rules (`payer_customer`
    maps a payer to the customer their name matched); a credit balance pays its customer's open invoices in its
    currency, oldest due first. Later credits see what earlier ones paid. `open_invoices` and `open_in_currency`
    are an `OpenLedger`'s arguments (the part of the books `credits_as_payments` asks for, or all of it)."""
    uses: list[CreditUse] = []
    # indexed once; each use settled on it, so later credits see it
    ledger = OpenLedger(open_invoices, open_in_currency)
    for credit, (as_payment, customer) in zip(held, credits_as_payments(held, payer_customer), strict=True):
        app: CashApplication
        if credit.source == "unapplied_cash":
            app = ledger.decide(as_payment, customer)
        else:
            mine = ledger.owed_by(customer or "", credit.currency)
            app = allocate(as_payment, mine, "credit_balance", credit.customer_id) if mine else CashApplication(
                as_payment, "unmatched")
        if app.outcome == "unmatched" or not app.allocations or app.customer_id is None:
            continue
        ledger.settle(app)
        uses.append(CreditUse(credit, app.customer_id, list(app.allocations)))
    return uses


def credits_as_payments(held: list[HeldCredit], payer_customer: dict[str, str | None],
                        ) -> list[tuple[Payment, str | None]]:
    """Each held credit as the payment `credit_uses` applies, with the customer it applies for: what to ask the
    books for (`accrue.core.billing.cash.ledger_asks`) before deciding them."""
    return [(Payment(credit.payment_id or f"credit:{credit.customer_id}", credit.received or date.min, credit.amount,
                     credit.currency, credit.payer, credit.reference if credit.source == "unapplied_cash" else ""),
             (credit.customer_id or payer_customer.get(credit.payer)) if credit.source == "unapplied_cash"
             else credit.customer_id)
            for credit in held]


def credit_use_entry(day: date, memo: str, use: CreditUse) -> Entry:
    """Dr Unapplied Cash (or Customer Credit Balances) / Cr Accounts Receivable: the credit now pays invoices,
    reversing what held it."""
    held = UNAPPLIED if use.credit.source == "unapplied_cash" else CUSTOMER_CREDIT
    return Entry(day, memo, use.credit.currency, [EntryLine(held, debit=use.amount), EntryLine(AR, credit=use.amount)])
