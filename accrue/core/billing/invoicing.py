"""Planned invoices and the rules that date them: invoice date by billing timing, due date by payment terms.

A `PlannedInvoice` is what the engine proposes before anything is issued. Each line is
rounded once, half-up, to the currency's minor unit (`accrue.core.money.round_money`); the
invoice amount is the sum of its rounded lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from accrue.core.billing.periods import ONE_DAY, Period
from accrue.core.terms import BillingTiming

RevenueType = Literal["subscription", "usage", "one_time", "proration", "late_fee"]


@dataclass(frozen=True)
class PlannedLine:
    description: str
    amount: Decimal  # already rounded to the currency's minor unit
    period_start: date | None
    period_end: date | None
    quantity: Decimal | None
    unit_price: Decimal | None
    revenue_type: RevenueType
    item_index: int  # index into terms.line_items (or usage_rules for usage lines); -1 when neither


@dataclass(frozen=True)
class PlannedInvoice:
    invoice_date: date
    due_date: date
    period_start: date
    period_end: date
    lines: list[PlannedLine]
    currency: str
    po_number: str | None = None
    deferred: bool = False  # billed in advance: recurring lines are Deferred Revenue until recognised

    @property
    def amount(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal(0))

    def summary(self) -> dict[str, str]:
        """The JSON row a subscription's schedule stores for this invoice."""
        return {"invoice_date": self.invoice_date.isoformat(), "due_date": self.due_date.isoformat(),
                "period_start": self.period_start.isoformat(), "period_end": self.period_end.isoformat(),
                "amount": str(self.amount), "currency": self.currency}


def invoice_date_for(period: Period, timing: BillingTiming) -> date:
    """Advance billing dates an invoice on its period's first day; arrears on the day after its period ends."""
    return period.start if timing == "advance" else period.end + ONE_DAY


def due_date_for(invoice_date: date, payment_terms_days: int | None) -> date:
    """Invoice date + payment terms days (unknown terms count as due on receipt; validation flags them)."""
    return invoice_date + timedelta(days=payment_terms_days or 0)

