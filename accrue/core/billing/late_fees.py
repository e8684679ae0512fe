"""Late fees: the simple interest a contract's `late_fee_percent_per_month` charges on an overdue balance.

Interest runs from the day after the due date, on the balance still open, never compounding (no interest on
interest, nor on an earlier late fee). By days, each day overdue costs the monthly rate x 12 / 365; by months,
each whole month overdue (counted from the due date, as `add_months` steps) costs the monthly rate. The total
through a day is rounded once (`accrue.core.money.round_money`); what a fee charges is that total less the fees
already charged on the invoice, so fees charged at several steps add up to the rounded total, to the minor unit.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from accrue.core.billing.periods import add_months
from accrue.core.money import round_money

LateFeeBasis = Literal["days", "months"]
ZERO = Decimal(0)


def whole_months_after(due: date, day: date) -> int:
    """Whole months from `due` to `day`: Mar 31 to Apr 30 is one (month ends clamp), to Apr 29 none."""
    months = 0
    while add_months(due, months + 1) <= day:
        months += 1
    return months


def interest_through(balance: Decimal, percent_per_month: Decimal, due: date, day: date, currency: str,
                     basis: LateFeeBasis) -> Decimal:
    """The late-fee interest on `balance` from the day after `due` through `day`, rounded once."""
    if day <= due or balance <= 0 or percent_per_month <= 0:
        return round_money(ZERO, currency)
    rate = percent_per_month / Decimal(100)
    if basis == "months":
        return round_money(balance * rate * whole_months_after(due, day), currency)
    return round_money(balance * rate * Decimal(12) * Decimal((day - due).days) / Decimal(365), currency)


def late_fee(balance: Decimal, percent_per_month: Decimal, due: date, day: date, currency: str,
             basis: LateFeeBasis, *, charged: Decimal = ZERO) -> Decimal:
    """The fee to charge through `day`: the interest through it less the fees `charged` on the invoice already
    (zero, never negative, when those cover it)."""
    return max(interest_through(balance, percent_per_month, due, day, currency, basis) - charged,
               round_money(ZERO, currency))
