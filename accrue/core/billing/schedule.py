"""Billing schedules: every invoice a subscription will send, from its terms alone.

Rules (documented in docs/billing.md):
- The term runs from `service_start_date` to `service_end_date` (or `term_months`, else 12 months).
- Periods of the billing frequency run from the start date; with a billing anchor the first
  period runs from the start date to the day before the anchor and is prorated. A period cut
  short by the term's end is prorated against the full period that contains it.
- Ramped line items (their own dates) are charged for the days they overlap a period, by
  the same proration rule. One-time fees go on the invoice whose period holds their date.
- Escalator: a recurring line that is not a ramp step costs `net x (1 + p/100)^n` in
  contract year n (0 for the first year); a period is priced at the year it starts in.
- `one_time` billing: one invoice for the whole term, a line per item per contract year.
- Remainders: each recurring item's lines are rounded on its running total (a period's line is the rounded
  total through that period minus what earlier periods billed), so the invoices over the term add up to the
  item's fee over the term to the minor unit (JPY 100 a year billed monthly is 8, 9, 8, 8, 9, 8, ... = 100,
  not 12 x 8 = 96), and each line stays within one minor unit of its own share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from accrue.core.billing.invoicing import PlannedInvoice, PlannedLine, due_date_for, invoice_date_for
from accrue.core.billing.periods import (
    ONE_DAY,
    Period,
    add_months,
    anchor_day,
    boundary,
    first_anchor_date,
    period_from,
    prorate,
)
from accrue.core.money import round_money, round_sum
from accrue.core.terms import FREQUENCY_MONTHS, PERIOD_MONTHS, ContractTerms, LineItem

DEFAULT_TERM_MONTHS = 12


@dataclass(frozen=True)
class ChargePeriod:
    """A billed period and the full period of the billing frequency that contains it."""

    actual: Period
    full: Period

    @property
    def partial(self) -> bool:
        return self.actual != self.full


def subscription_term(terms: ContractTerms) -> Period:
    """The service term: stated dates, else start + term_months, else start + 12 months."""
    if terms.service_start_date is None:
        raise ValueError("a billing schedule needs the service start date")
    start = terms.service_start_date
    if terms.service_end_date is not None:
        return Period(start, terms.service_end_date)
    return period_from(start, terms.term_months or DEFAULT_TERM_MONTHS)


def charge_periods(term: Period, months: int, anchor: str | None = None) -> list[ChargePeriod]:
    """The term cut into billing periods of `months` months, aligned to `anchor` when one is stated.

    Boundaries run every `months` months from the anchor (or the start date), backwards as well as
    forwards, so the first period is the stub from the start date to the next boundary (prorated
    against the full period that contains it) even when the anchor is several periods away.
    """
    base, day = term.start, None
    if anchor:
        base, day = first_anchor_date(term.start, anchor), anchor_day(anchor)
    k = 0
    while boundary(base, k, months, day) > term.start:
        k -= 1
    periods: list[ChargePeriod] = []
    while True:
        start = boundary(base, k, months, day)
        if start > term.end:
            break
        full = Period(start, boundary(base, k + 1, months, day) - ONE_DAY)
        actual = full.overlap(term)
        if actual is not None:
            periods.append(ChargePeriod(actual, full))
        k += 1
    return periods


def is_ramp_step(item: LineItem, term: Period) -> bool:
    """A line with its own dates inside the term: a ramp step, priced as the order form states it."""
    return (item.start_date is not None and item.start_date != term.start) or (
        item.end_date is not None and item.end_date != term.end)


def contract_year(term_start: date, day: date) -> int:
    """0 for the first 12 months from the start date, 1 for the next, ..."""
    n = 0
    while add_months(term_start, 12 * (n + 1)) <= day:
        n += 1
    return n


def escalation_factor(percent: Decimal | None, year: int) -> Decimal:
    if not percent or year <= 0:
        return Decimal(1)
    return (Decimal(1) + percent / Decimal(100)) ** year


def item_net(item: LineItem) -> Decimal:
    return item.net_amount if item.net_amount is not None else item.computed_net()


def item_fee_for_months(item: LineItem, months: int) -> Decimal:
    """The item's fee for `months` months from its net fee per price period (unrounded)."""
    return item_net(item) * Decimal(months) / Decimal(PERIOD_MONTHS[item.price_period])


def item_window(item: LineItem, term: Period) -> Period:
    return Period(item.start_date or term.start, item.end_date or term.end)


def recurring_charge(item: LineItem, cp: ChargePeriod, months: int, term: Period, escalator: Decimal | None,
                     priced_on: date | None = None) -> tuple[Decimal, Period] | None:
    """Unrounded charge of one recurring item for one charge period, and the days it covers; None if none.

    The escalator prices it at the contract year of `priced_on`, by default the period's first day; a part
    of a billed period (a mid-term change) passes that period's first day so it matches what was billed.
    """
    covered = item_window(item, term).overlap(cp.actual)
    if covered is None:
        return None
    fee = item_fee_for_months(item, months)
    if not is_ramp_step(item, term):
        fee *= escalation_factor(escalator, contract_year(term.start, priced_on or cp.actual.start))
    return prorate(fee, covered, cp.full), covered


class RunningTotal:
    """Rounds one item's charges on their running total, so its lines over the term sum to its rounded fee.

    Use it wherever one item is billed over several periods: a line is the rounded running total after it minus
    what was billed before, which keeps the remainder of each share instead of losing it on every invoice.
    """

    def __init__(self, currency: str) -> None:
        self.currency = currency
        self.charged = Decimal(0)  # unrounded, over the periods so far
        self.billed = Decimal(0)  # rounded, what the lines so far bill

    def bill(self, amount: Decimal) -> Decimal:
        """The line for the next period's unrounded `amount`."""
        self.charged += amount
        line = round_sum(self.charged, self.currency) - self.billed
        self.billed += line
        return line


def describe(item: LineItem, covered: Period, cp: ChargePeriod, year: int, escalated: bool) -> str:
    text = f"{item.description} ({covered.label()})"
    if covered != cp.full:
        text += f", prorated {covered.days}/{cp.full.days} days"
    if escalated and year > 0:
        text += f", year {year + 1} escalated"
    return text


def build_schedule(terms: ContractTerms) -> list[PlannedInvoice]:
    """Every invoice of the subscription in date order. Each item's lines are rounded on its running total
    (`RunningTotal`), so they sum to its fee over the term; an invoice's amount is the sum of its lines."""
    if terms.currency is None:
        raise ValueError("a billing schedule needs the currency")
    currency = terms.currency
    term = subscription_term(terms)
    frequency = terms.billing_frequency or "annual"
    timing = terms.billing_timing or "advance"
    one_invoice = frequency == "one_time"
    months = 12 if one_invoice else FREQUENCY_MONTHS[frequency]
    periods = charge_periods(term, months, None if one_invoice else terms.billing_anchor)
    per_period: list[tuple[ChargePeriod, list[PlannedLine]]] = []
    running = {i: RunningTotal(currency) for i in range(len(terms.line_items))}
    for cp in periods:
        lines: list[PlannedLine] = []
        year = contract_year(term.start, cp.actual.start)
        for i, item in enumerate(terms.line_items):
            if item.price_period == "one_time":
                when = item.start_date or term.start
                if cp.actual.contains(when) or (cp is periods[0] and when < cp.actual.start):
                    lines.append(PlannedLine(item.description, round_money(item_net(item), currency), None, None,
                                             item.quantity, item.unit_price, "one_time", i))
                continue
            charge = recurring_charge(item, cp, months, term, terms.price_escalator_percent)
            if charge is None:
                continue
            amount, covered = charge
            escalated = bool(terms.price_escalator_percent) and not is_ramp_step(item, term)
            lines.append(PlannedLine(describe(item, covered, cp, year, escalated), running[i].bill(amount),
                                     covered.start, covered.end, item.quantity, item.unit_price,
                                     "subscription", i))
        per_period.append((cp, lines))
    groups = [per_period] if one_invoice else [[p] for p in per_period]
    invoices: list[PlannedInvoice] = []
    for group in groups:
        span = Period(group[0][0].actual.start, group[-1][0].actual.end)
        lines = [ln for _, lns in group for ln in lns]
        if not lines:
            continue
        inv_date = invoice_date_for(span, timing)
        invoices.append(PlannedInvoice(inv_date, due_date_for(inv_date, terms.payment_terms_days), span.start,
                                       span.end, lines, currency, terms.po_number, deferred=timing == "advance"))
    if not invoices:
        raise ValueError("the contract has no fee lines to bill")
    return invoices


def first_invoice(terms: ContractTerms) -> PlannedInvoice:
    """The first invoice of a new subscription (the head of its billing schedule)."""
    return build_schedule(terms)[0]


def schedule_summary(invoices: list[PlannedInvoice]) -> list[dict[str, str]]:
    return [inv.summary() for inv in invoices]
