"""Bill runs: which invoices of a subscription's schedule are due by a date and not yet on the books.

A subscription keeps the terms its schedule is built from, so a bill run rebuilds that schedule (periods in
advance or in arrears, ramp steps, escalators on anniversaries, one-time fees, every remainder kept) and issues
each invoice dated on or before its date whose service period no invoice of the subscription already bills.
Deciding "already billed" from the books' invoice lines rather than from earlier runs is what makes a second
bill run issue nothing and lets the first invoice of a new contract count as billed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from accrue.core.billing.invoicing import PlannedInvoice
from accrue.core.billing.periods import Period
from accrue.core.billing.schedule import build_schedule
from accrue.core.terms import ContractTerms


@dataclass(frozen=True)
class SubscriptionOnBooks:
    """An active subscription as the books hold it: its terms and the service periods already invoiced."""

    subscription_id: str
    customer_id: str
    customer_name: str
    terms: ContractTerms
    scheduled: tuple[date, ...]  # first days of the periods its stored schedule bills (an amended one: the rest;
    # a superseded one: those that start by its successor's first day)
    ends: date | None  # its last day: when it renews, or stops
    billed: tuple[Period, ...]  # service periods of its invoices' recurring lines (usage lines excluded)
    active: bool = True  # False once superseded (amended or renewed): it bills its own periods, never renews


def due_invoices(subscription: SubscriptionOnBooks, through: date) -> list[PlannedInvoice]:
    """The scheduled invoices dated on or before `through` that bill something and are not on the books yet."""
    return [inv for inv in build_schedule(subscription.terms)
            if inv.invoice_date <= through and inv.amount != 0 and inv.period_start in subscription.scheduled
            and not billed(inv, subscription.billed)]


def billed(invoice: PlannedInvoice, periods: Sequence[Period]) -> bool:
    """Whether an invoice on the books already bills the planned invoice's period: one of its lines starts in it."""
    span = Period(invoice.period_start, invoice.period_end)
    return any(span.contains(p.start) for p in periods)
