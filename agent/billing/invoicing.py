"""First-invoice arithmetic for a new subscription: fees per billing period, dates, due date.

Amounts are computed unrounded and rounded once per line (`agent.money.round_money`);
the invoice total is the sum of rounded lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from agent.money import round_money
from agent.terms import FREQUENCY_MONTHS, PERIOD_MONTHS, ContractTerms, LineItem


@dataclass(frozen=True)
class PlannedLine:
    description: str
    amount: Decimal
    period_start: date | None
    period_end: date | None
    quantity: Decimal | None
    unit_price: Decimal | None
    revenue_type: str
    item_index: int


@dataclass(frozen=True)
class PlannedInvoice:
    invoice_date: date
    due_date: date
    period_start: date
    period_end: date
    lines: list[PlannedLine]
    currency: str

    @property
    def amount(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal(0))


def period_end(start: date, months: int) -> date:
    return start + relativedelta(months=months) - timedelta(days=1)


def item_fee_for_period(item: LineItem, months: int) -> Decimal:
    """The item's fee for `months` months, from its net fee per price period (unrounded)."""
    net = item.net_amount if item.net_amount is not None else item.computed_net()
    return net * Decimal(months) / Decimal(PERIOD_MONTHS[item.price_period])


def first_invoice(terms: ContractTerms) -> PlannedInvoice:
    """The first invoice of a new subscription: recurring fees for the first billing period + one-time fees."""
    if terms.service_start_date is None or terms.currency is None:
        raise ValueError("a first invoice needs the service start date and the currency")
    start = terms.service_start_date
    currency = terms.currency
    frequency = terms.billing_frequency or "annual"
    months = FREQUENCY_MONTHS.get(frequency, terms.term_months or 12)
    end = period_end(start, months)
    if terms.service_end_date and end > terms.service_end_date:
        end = terms.service_end_date
    lines: list[PlannedLine] = []
    for i, item in enumerate(terms.line_items):
        item_start = item.start_date or start
        if item_start > end:
            continue  # a later ramp year: not on the first invoice
        if item.price_period == "one_time":
            lines.append(PlannedLine(item.description, round_money(item.computed_net()
                                     if item.net_amount is None else item.net_amount, currency),
                                     None, None, item.quantity, item.unit_price, "one_time", i))
            continue
        fee = round_money(item_fee_for_period(item, months), currency)
        lines.append(PlannedLine(f"{item.description} ({start:%b %-d, %Y} - {end:%b %-d, %Y})", fee, start, end,
                                 item.quantity, item.unit_price, "subscription", i))
    timing = terms.billing_timing or "advance"
    invoice_date = start if timing == "advance" else end + timedelta(days=1)
    due = invoice_date + timedelta(days=terms.payment_terms_days or 0)
    return PlannedInvoice(invoice_date, due, start, end, lines, currency)
