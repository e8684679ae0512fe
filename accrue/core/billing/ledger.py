"""General-ledger entries for every billing event, and the monthly revenue recognition schedule.

Mapping (the accounts are `CHART_OF_ACCOUNTS`; documented in docs/billing.md):
- invoice: Dr Accounts Receivable / Cr Deferred Revenue (subscription billed in advance) or
  Subscription Revenue (in arrears); usage lines Cr Usage Revenue; one-time fees Cr Professional
  Services Revenue. Proration lines follow the subscription mapping; a negative line reduces its account.
- recognition: Dr Deferred Revenue / Cr Subscription Revenue, month by month over the service period.
- payment: Dr Cash (net of fees) and Dr Payment Processing Fees / Cr Accounts Receivable (applied)
  and Cr Unapplied Cash (overpayment).
- credit note: Dr Sales Credits and Allowances / Cr Accounts Receivable, and Cr Customer Credit Balances for
  the part beyond what the invoice still owes (a credit on a paid invoice is owed back to the customer).
- write-off: Dr Bad Debt Expense / Cr Accounts Receivable.
- late fee invoice: Dr Accounts Receivable / Cr Late Fee Income.
- refund of what a customer holds: Dr Customer Credit Balances and Dr Unapplied Cash (their overpayments) / Cr Cash.
Every entry balances by construction: each side is built from the same rounded amounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from accrue.core.billing.invoicing import RevenueType
from accrue.core.billing.periods import ONE_DAY, Period, add_months, days_inclusive
from accrue.core.money import round_money

ZERO = Decimal(0)

AR = "Accounts Receivable"
CASH = "Cash"
UNAPPLIED = "Unapplied Cash"
DEFERRED = "Deferred Revenue"
CUSTOMER_CREDIT = "Customer Credit Balances"
SUBSCRIPTION_REVENUE = "Subscription Revenue"
USAGE_REVENUE = "Usage Revenue"
SERVICES_REVENUE = "Professional Services Revenue"
LATE_FEES = "Late Fee Income"
CREDITS = "Sales Credits and Allowances"
FEES = "Payment Processing Fees"
BAD_DEBT = "Bad Debt Expense"

AccountKind = Literal["asset", "liability", "equity", "revenue", "expense"]

# The chart of accounts the books open with: (code, name, kind). Entries name accounts; the books store codes.
CHART_OF_ACCOUNTS: tuple[tuple[str, str, AccountKind], ...] = (
    ("1000", CASH, "asset"),
    ("1100", AR, "asset"),
    ("1150", UNAPPLIED, "liability"),
    ("2100", DEFERRED, "liability"),
    ("2150", CUSTOMER_CREDIT, "liability"),
    ("4000", SUBSCRIPTION_REVENUE, "revenue"),
    ("4100", USAGE_REVENUE, "revenue"),
    ("4200", SERVICES_REVENUE, "revenue"),
    ("4300", LATE_FEES, "revenue"),
    ("4900", CREDITS, "revenue"),
    ("6100", FEES, "expense"),
    ("6200", BAD_DEBT, "expense"),
)
ACCOUNT_NAMES: dict[str, str] = {code: name for code, name, _ in CHART_OF_ACCOUNTS}


@dataclass(frozen=True)
class EntryLine:
    account: str
    debit: Decimal = ZERO
    credit: Decimal = ZERO


@dataclass(frozen=True)
class Entry:
    date: date
    memo: str
    currency: str
    lines: list[EntryLine]

    @property
    def debits(self) -> Decimal:
        return sum((ln.debit for ln in self.lines), ZERO)

    @property
    def credits(self) -> Decimal:
        return sum((ln.credit for ln in self.lines), ZERO)

    @property
    def balanced(self) -> bool:
        return self.debits == self.credits and all(ln.debit >= 0 and ln.credit >= 0 for ln in self.lines)


def revenue_account(revenue_type: RevenueType, deferred: bool) -> str:
    if revenue_type == "usage":
        return USAGE_REVENUE
    if revenue_type == "one_time":
        return SERVICES_REVENUE
    if revenue_type == "late_fee":
        return LATE_FEES
    return DEFERRED if deferred else SUBSCRIPTION_REVENUE


def _signed(account: str, amount: Decimal, *, debit_side: bool) -> EntryLine:
    """A line on its natural side for a positive amount, the other side for a negative one."""
    if (amount >= 0) == debit_side:
        return EntryLine(account, debit=abs(amount))
    return EntryLine(account, credit=abs(amount))


def invoice_entry(day: date, memo: str, currency: str, lines: list[tuple[RevenueType, Decimal]], *,
                  deferred: bool) -> Entry | None:
    """Dr AR for the total / Cr revenue accounts by line type. `lines` are (revenue_type, rounded amount)."""
    by_account: dict[str, Decimal] = {}
    for revenue_type, amount in lines:
        account = revenue_account(revenue_type, deferred)
        by_account[account] = by_account.get(account, ZERO) + amount
    total = sum(by_account.values(), ZERO)
    out = [_signed(AR, total, debit_side=True)] if total else []
    out += [_signed(acc, amt, debit_side=False) for acc, amt in by_account.items() if amt]
    return Entry(day, memo, currency, out) if out else None


def payment_entry(day: date, memo: str, currency: str, *, amount: Decimal, applied: Decimal, unapplied: Decimal,
                  fee: Decimal = ZERO) -> Entry:
    """Dr Cash (net of fees) + Dr Fees / Cr AR (applied) + Cr Unapplied Cash."""
    if applied + unapplied != amount:
        raise ValueError(f"payment of {amount} split into applied {applied} + unapplied {unapplied}")
    lines = [EntryLine(CASH, debit=amount - fee)]
    if fee:
        lines.append(EntryLine(FEES, debit=fee))
    if applied:
        lines.append(EntryLine(AR, credit=applied))
    if unapplied:
        lines.append(EntryLine(UNAPPLIED, credit=unapplied))
    return Entry(day, memo, currency, lines)


def credit_note_entry(day: date, memo: str, currency: str, amount: Decimal, *,
                      to_customer_credit: Decimal = ZERO) -> Entry:
    """Dr Sales Credits / Cr AR for what the invoice still owed, Cr Customer Credit Balances for the rest."""
    lines = [EntryLine(CREDITS, debit=amount)]
    if amount - to_customer_credit:
        lines.append(EntryLine(AR, credit=amount - to_customer_credit))
    if to_customer_credit:
        lines.append(EntryLine(CUSTOMER_CREDIT, credit=to_customer_credit))
    return Entry(day, memo, currency, lines)


def write_off_entry(day: date, memo: str, currency: str, amount: Decimal) -> Entry:
    return Entry(day, memo, currency, [EntryLine(BAD_DEBT, debit=amount), EntryLine(AR, credit=amount)])


def refund_entry(day: date, memo: str, currency: str, *, from_credit_balance: Decimal,
                 from_unapplied: Decimal) -> Entry:
    """Dr Customer Credit Balances and Dr Unapplied Cash / Cr Cash: what the customer held is paid back to them."""
    lines = [EntryLine(CUSTOMER_CREDIT, debit=from_credit_balance)] if from_credit_balance else []
    if from_unapplied:
        lines.append(EntryLine(UNAPPLIED, debit=from_unapplied))
    return Entry(day, memo, currency, [*lines, EntryLine(CASH, credit=from_credit_balance + from_unapplied)])


def recognition_entry(day: date, memo: str, currency: str, amount: Decimal) -> Entry:
    """Dr Deferred Revenue / Cr Subscription Revenue (a negative amount, recognised too much before, the reverse)."""
    return Entry(day, memo, currency, [_signed(DEFERRED, amount, debit_side=True),
                                       _signed(SUBSCRIPTION_REVENUE, amount, debit_side=False)])


# -- revenue recognition -------------------------------------------------------------------------
@dataclass(frozen=True)
class RecognitionRow:
    month: str  # YYYY-MM
    date: date  # the month's last service day in the period: when the entry posts
    days: int
    amount: Decimal


def recognition_schedule(amount: Decimal, period: Period, currency: str) -> list[RecognitionRow]:
    """Deferred revenue recognised ratably by days per calendar month; each month rounded, the last takes the rest.

    The rows sum exactly to `amount`, so deferred revenue for the period ends at zero.
    """
    rows: list[RecognitionRow] = []
    total_days = period.days
    start = period.start
    recognised = ZERO
    while start <= period.end:
        month_end = min(add_months(start.replace(day=1), 1) - ONE_DAY, period.end)
        days = days_inclusive(start, month_end)
        last = month_end == period.end
        share = amount - recognised if last else round_money(amount * Decimal(days) / Decimal(total_days), currency)
        recognised += share
        rows.append(RecognitionRow(f"{start.year:04d}-{start.month:02d}", month_end, days, share))
        start = month_end + ONE_DAY
    return rows
