"""Total contract value: recurring fees over their span plus one-time fees, usage excluded."""

from __future__ import annotations

from decimal import Decimal

from accrue.core.billing.periods import months_between
from accrue.core.terms import PERIOD_MONTHS, ContractTerms, LineItem


def item_periods(item: LineItem, terms: ContractTerms) -> Decimal | None:
    """How many price periods the item is billed for; None when its span is unknown."""
    if item.price_period == "one_time":
        return Decimal(1)
    start = item.start_date or terms.service_start_date
    end = item.end_date or terms.service_end_date
    months: int | None = None
    if start and end:
        months = months_between(start, end)
    if months is None and not item.start_date and terms.term_months:
        months = terms.term_months
    if months is None:
        return None
    return Decimal(months) / Decimal(PERIOD_MONTHS[item.price_period])


def contract_value(terms: ContractTerms) -> Decimal | None:
    """Sum of each item's net fee x its number of periods; None if any item's span is unknown."""
    total = Decimal(0)
    for item in terms.line_items:
        periods = item_periods(item, terms)
        if periods is None:
            return None
        net = item.net_amount if item.net_amount is not None else item.computed_net()
        total += net * periods
    return total
