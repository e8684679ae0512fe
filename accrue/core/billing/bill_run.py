"""Bill runs: which invoices of a subscription's schedule are due by a date and not yet on the books.

A subscription keeps the terms its schedule is built from, so a bill run rebuilds that schedule (periods in
advance or in arrears, ramp steps, escalators on anniversaries, one-time fees, every remainder kept) and issues
each invoice dated on or before its date whose service period no invoice of the subscription already bills.
Deciding "already billed" from the books' invoice lines rather than from earlier runs is what makes a second
bill run issue nothing and lets the first invoice of a new contract count as billed.

Usage is rated and invoiced by usage runs, which read the period's usage file; a bill run checks that every usage
period of a subscription with usage rules that has closed is billed (a usage line of the customer counts in it) or
was recorded as quiet (its usage run found nothing billable), and names each other one for a person: a missing
usage file is never billed as a silent zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from accrue.core.billing.invoicing import PlannedInvoice
from accrue.core.billing.periods import ONE_DAY, Period, add_months
from accrue.core.billing.schedule import build_schedule, charge_periods, subscription_term
from accrue.core.billing.true_up import UsageBilled
from accrue.core.findings import Finding
from accrue.core.terms import FREQUENCY_MONTHS, ContractTerms


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
    starts: date | None = None  # its first day (an amended one starts on the change, after its terms' start)
    usage: tuple[UsageBilled, ...] = ()  # the usage lines of its customer's invoices on the books


def due_invoices(subscription: SubscriptionOnBooks, through: date) -> list[PlannedInvoice]:
    """The scheduled invoices dated on or before `through` that bill something and are not on the books yet (none
    for a subscription billed for usage only)."""
    if not subscription.terms.line_items:
        return []
    return [inv for inv in build_schedule(subscription.terms)
            if inv.invoice_date <= through and inv.amount != 0 and inv.period_start in subscription.scheduled
            and not billed(inv, subscription.billed)]


def billed(invoice: PlannedInvoice, periods: Sequence[Period]) -> bool:
    """Whether an invoice on the books already bills the planned invoice's period: one of its lines starts in it."""
    span = Period(invoice.period_start, invoice.period_end)
    return any(span.contains(p.start) for p in periods)


def current_term(subscription: SubscriptionOnBooks) -> Period:
    """The term the subscription bills: its terms' own, or for a renewal (whose terms keep the contract's first day,
    so escalators count contract years) the renewal term, from its first day for `renewal_term_months`."""
    term = subscription_term(subscription.terms)
    months, starts = subscription.terms.renewal_term_months, subscription.starts
    if months and starts is not None and starts > term.start and add_months(starts, months) - ONE_DAY == term.end:
        return Period(starts, term.end)
    return term


def usage_periods(subscription: SubscriptionOnBooks, through: date, span: Period | None = None) -> list[Period]:
    """The usage periods that closed before `through` (usage is billed in arrears, the day after a period ends)
    and overlap `span`, by default the subscription's own days: by the usage rules' billing frequency (monthly
    when none says), from the service start; none without usage rules."""
    terms = subscription.terms
    if not terms.usage_rules:
        return []
    term = subscription_term(terms)
    first, last = (span.start, span.end) if span else (subscription.starts or term.start, subscription.ends or term.end)
    frequency = next((r.billing_frequency for r in terms.usage_rules if r.billing_frequency), "monthly")
    periods = [term] if frequency == "one_time" else [
        cp.actual for cp in charge_periods(term, FREQUENCY_MONTHS[frequency])]
    return [p for p in periods if p.end < through and p.end >= first and p.start <= last]


def unbilled_usage(subscription: SubscriptionOnBooks, through: date, span: Period | None = None) -> list[Period]:
    """The closed usage periods (of `span`, as `usage_periods`) no usage line of the customer bills yet (a true-up
    line does not bill usage)."""
    term = subscription_term(subscription.terms)
    return [p for p in usage_periods(subscription, through, span)
            if not any(not u.true_up and p.contains(u.counted_from(term)) for u in subscription.usage)]


def quiet_usage_effect(customer_id: str, period: Period) -> str:
    """The effect a usage run that found nothing billable for the period records (its note), so a bill run knows
    the period's usage was read and was all included, not missing."""
    return f"usage:{customer_id}:{period.start.isoformat()}:{period.end.isoformat()}"


def missing_usage_effect(customer_id: str, period: Period) -> str:
    """The effect of telling a person that a closed usage period of a customer's subscription has no usage on the
    books (by customer, like the usage itself: an amended subscription and its successor share the period)."""
    return f"usage-missing:{customer_id}:{period.start.isoformat()}:{period.end.isoformat()}"


def missing_usage_finding(subscription: SubscriptionOnBooks, period: Period) -> Finding:
    """The finding for a closed usage period without usage on the books: a person runs `accrue usage` for it."""
    who = subscription.customer_name or subscription.customer_id
    return Finding(code="usage_missing", severity="info", fields=[],
                   message=f"{who}: no usage is on the books for {period.label()} (subscription "
                           f"{subscription.subscription_id}); run `accrue usage` with that period's usage file, "
                           "nothing is billed for it until then",
                   evidence={"subscription_id": subscription.subscription_id, "customer_id": subscription.customer_id,
                             "period_start": period.start.isoformat(), "period_end": period.end.isoformat()})
