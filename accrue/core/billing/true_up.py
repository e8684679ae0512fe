"""Minimum-commitment true-ups: at the end of each commitment period, the shortfall of what was billed for usage
below the minimum the contract commits to, billed once.

A usage run adds the true-up itself when the period it bills closes a commitment period; a bill run catches the
rest (a commitment period whose last usage period was billed by a run that did not close it, a quiet last month,
a term commitment) from what the books hold: the usage lines of the customer's invoices in the commitment period.
A commitment period some of whose usage is still missing is not trued up yet: billing the whole minimum before
the usage arrives would charge the customer twice for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from accrue.core.billing.invoicing import PlannedInvoice, PlannedLine, due_date_for
from accrue.core.billing.periods import ONE_DAY, Period
from accrue.core.billing.schedule import charge_periods
from accrue.core.money import round_money
from accrue.core.terms import ContractTerms, MinimumCommitment

TRUE_UP = "Minimum commitment true-up"  # how a true-up line's description starts, on every invoice that bills one
_COMMITMENT_MONTHS = {"month": 1, "year": 12}


@dataclass(frozen=True)
class UsageBilled:
    """A usage line of one of the customer's invoices on the books: its service period, amount, and whether it is a
    true-up line."""

    period: Period
    amount: Decimal
    true_up: bool

    def counted_from(self, term: Period) -> date:
        """The day that says which period of the term the line bills: its first day, or the term's first day for a
        line that starts before the term (a calendar month the service started in the middle of)."""
        return max(self.period.start, term.start)


@dataclass(frozen=True)
class TrueUp:
    """A closed commitment period billed under its minimum: the minimum and what its usage lines billed."""

    period: Period
    commitment: Decimal
    billed: Decimal

    @property
    def shortfall(self) -> Decimal:
        return self.commitment - self.billed


def commitment_periods(commitment: MinimumCommitment, term: Period) -> list[Period]:
    """The term cut into the commitment's periods: months or years from the service start, or the whole term."""
    if commitment.period == "term":
        return [term]
    return [cp.actual for cp in charge_periods(term, _COMMITMENT_MONTHS[commitment.period])]


def true_ups_due(commitment: MinimumCommitment, term: Period, usage: Sequence[UsageBilled], through: date,
                 unbilled: Sequence[Period]) -> list[TrueUp]:
    """The commitment periods that ended before `through` (a true-up is billed in arrears, the day after), have no
    true-up on the books, have none of their usage periods in `unbilled`, and billed less than the minimum."""
    due: list[TrueUp] = []
    for period in commitment_periods(commitment, term):
        if period.end >= through:
            break
        if any(u.true_up and u.period.overlap(period) for u in usage):
            continue
        if any(gap.overlap(period) for gap in unbilled):
            continue
        billed = sum((u.amount for u in usage if not u.true_up and period.contains(u.counted_from(term))),
                     Decimal(0))
        if billed < commitment.amount:
            due.append(TrueUp(period, commitment.amount, billed))
    return due


def true_up_invoice(true_up: TrueUp, terms: ContractTerms) -> PlannedInvoice:
    """The invoice of one true-up: a single usage line for the shortfall over the commitment period, dated the day
    after it ends (usage revenue when invoiced, never deferred)."""
    if terms.currency is None:
        raise ValueError("a true-up invoice needs the contract currency")
    period = true_up.period
    amount = round_money(true_up.shortfall, terms.currency)
    line = PlannedLine(f"{TRUE_UP} ({period.label()}): commitment {true_up.commitment}, usage billed "
                       f"{true_up.billed}", amount, period.start, period.end, None, None, "usage", -1)
    invoice_date = period.end + ONE_DAY
    return PlannedInvoice(invoice_date, due_date_for(invoice_date, terms.payment_terms_days), period.start,
                          period.end, [line], terms.currency, terms.po_number, deferred=False)
