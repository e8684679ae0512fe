"""Usage rating: metered quantities for a period to charges, by the contract's usage rules.

Rules (documented in docs/billing.md):
- Quantities are summed per customer and metric over the billed period after the caller has
  dropped duplicate events, out-of-period rows and unknown customers.
- The included quantity is free. It is stated per `included_period` and scaled to the billed
  period by whole months (or prorated by days when the period is shorter than one).
- Tiers price the billable quantity: the units above the included quantity, and tier bounds
  (`up_to`, inclusive) count those units. A contract that writes its allowance as a zero-priced
  first tier ("0 - 100,000: included") counts tiers over the whole quantity instead: that free
  tier is the allowance (`included_quantity` is not subtracted again) and the later bounds are
  shifted down by it. Graduated: each billable unit is priced by the tier it falls in. Volume:
  every billable unit is priced by the tier the billable quantity falls in. Per-unit: one price.
- A unit such as "1,000 requests" means unit prices are per 1,000 counted units.
- Minimum commitment: when a commitment period ends with the billed period, the shortfall of
  the usage charges in that commitment period below the commitment is billed as a true-up line.
- Metric names in usage files are matched to the contract's rules by meaning: normalised
  ("geocode_requests" == "Geocode Requests"), then fuzzy (rapidfuzz) with a unique best match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from rapidfuzz import fuzz

from accrue.core.billing.periods import (
    ONE_DAY,
    Period,
    add_months,
    boundary,
    days_inclusive,
    period_from,
    prorate,
    whole_months,
)
from accrue.core.terms import MinimumCommitment, Tier, UsageRule

ZERO = Decimal(0)
_INCLUDED_MONTHS = {"month": 1, "quarter": 3, "year": 12}
METRIC_MATCH_THRESHOLD = 85.0


@dataclass(frozen=True)
class UsageRecord:
    """One metered event from a usage file. `row` is its 1-based data row, for findings."""

    event_id: str
    customer_id: str
    metric: str
    quantity: Decimal
    timestamp: datetime
    row: int

    @property
    def day(self) -> date:
        return self.timestamp.date()


@dataclass(frozen=True)
class UsageCharge:
    """A rated metric for one period; `amount` is unrounded (the invoice line rounds it)."""

    rule_index: int
    metric: str
    total: Decimal
    allowance: Decimal
    billable: Decimal
    amount: Decimal
    unit_price: Decimal | None  # the single price applied (per-unit and volume); None for graduated


# -- metric names --------------------------------------------------------------------------------
_STOP = {"number", "of", "the", "count", "total", "per", "a", "an", "metered", "usage"}


def normalise_metric(name: str) -> str:
    """'geocode_requests' / 'Geocode Requests' / 'geocode-request' -> 'geocode request'."""
    words = re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())
    out = []
    for w in words:
        if not w or w in _STOP:
            continue
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


def match_metric(name: str, rules: list[UsageRule]) -> int | None:
    """Index of the usage rule this metric name means; None when none (or more than one) fits."""
    target = normalise_metric(name)
    names = [normalise_metric(r.metric) for r in rules]
    exact = [i for i, n in enumerate(names) if n == target]
    if len(exact) == 1:
        return exact[0]
    scores = [fuzz.token_set_ratio(target, n) for n in names]
    best = max(scores, default=0.0)
    if best < METRIC_MATCH_THRESHOLD or scores.count(best) != 1:
        return None
    return scores.index(best)


# -- units, allowance, tiers ---------------------------------------------------------------------
_UNIT_SIZE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|m|mm|million)?\b", re.IGNORECASE)
_SCALE = {"k": 1000, "thousand": 1000, "m": 1_000_000, "mm": 1_000_000, "million": 1_000_000}


def unit_size(unit: str | None) -> Decimal:
    """How many counted units one priced unit is: '1,000 requests' -> 1000, 'call' -> 1."""
    if not unit:
        return Decimal(1)
    m = _UNIT_SIZE.search(unit)
    if m:
        size = Decimal(m.group(1).replace(",", ""))
        return size * _SCALE.get((m.group(2) or "").lower(), 1) or Decimal(1)
    lower = unit.lower()
    for word, scale in (("million", 1_000_000), ("thousand", 1000)):
        if word in lower:
            return Decimal(scale)
    return Decimal(1)


def allowance_for(rule: UsageRule, period: Period) -> Decimal:
    """Free quantity for the billed period: included quantity scaled from its stated period.

    `term` allowances are handled by the caller (they depend on earlier usage); here they count
    in full. A missing `included_period` means the allowance is per billed period.
    """
    included = rule.included_quantity
    if not included or rule.included_period in (None, "term"):
        return included
    per = _INCLUDED_MONTHS[rule.included_period]
    months = whole_months(period)
    if months is not None:
        return included * Decimal(months) / Decimal(per)
    full = period_from(period.start, per)
    if period.end <= full.end:
        return prorate(included, period, full)
    # longer than one allowance period and not whole months: whole periods, then the rest by days
    n = 0
    while add_months(period.start, per * (n + 1)) <= period.end:
        n += 1
    rest = Period(add_months(period.start, per * n), period.end)
    return included * n + prorate(included, rest, period_from(rest.start, per))


def overage_tiers(rule: UsageRule, allowance: Decimal) -> tuple[list[Tier], Decimal]:
    """The tiers over billable units, and the allowance they imply.

    A zero-priced first tier is the allowance written as a tier: it replaces `allowance` and the
    remaining bounds are shifted down by it, so every pricing model rates units above it.
    """
    tiers = rule.tiers
    if not tiers:
        raise ValueError(f"usage rule '{rule.metric}' has no price")
    first = tiers[0]
    if first.unit_price == 0 and first.up_to is not None and len(tiers) > 1:
        free = first.up_to
        return [Tier(up_to=None if t.up_to is None else t.up_to - free, unit_price=t.unit_price)
                for t in tiers[1:]], free
    return list(tiers), allowance


def tier_for(tiers: list[Tier], quantity: Decimal) -> int:
    """Index of the tier whose inclusive upper bound holds `quantity` (the last tier when above all bounds)."""
    for i, tier in enumerate(tiers):
        if tier.up_to is None or quantity <= tier.up_to:
            return i
    return len(tiers) - 1


def rate(rule: UsageRule, total: Decimal, allowance: Decimal) -> tuple[Decimal, Decimal | None, Decimal]:
    """Unrounded charge for `total` units with `allowance` free; the single price used; the allowance applied."""
    tiers, free = overage_tiers(rule, allowance)
    size = unit_size(rule.unit)
    billable = max(total - free, ZERO)
    if rule.pricing_model == "graduated":
        charge = ZERO
        lower = ZERO
        for tier in tiers:
            upper = billable if tier.up_to is None else min(tier.up_to, billable)
            if upper > lower:
                charge += (upper - lower) * tier.unit_price / size
            lower = max(lower, upper)
            if lower >= billable:
                break
        return charge, None, free
    price = tiers[0].unit_price if rule.pricing_model == "per_unit" else tiers[tier_for(tiers, billable)].unit_price
    return billable * price / size, price, free


def rate_metric(rule_index: int, rule: UsageRule, total: Decimal, period: Period,
                allowance: Decimal | None = None) -> UsageCharge:
    """Rate one metric's total for the billed period."""
    free = allowance_for(rule, period) if allowance is None else allowance
    amount, price, used = rate(rule, total, free)
    return UsageCharge(rule_index, rule.metric, total, used, max(total - used, ZERO), amount, price)


def describe_charge(charge: UsageCharge, period: Period) -> str:
    parts = f"{_fmt(charge.billable)} billable of {_fmt(charge.total)}"
    if charge.allowance:
        parts += f" ({_fmt(charge.allowance)} included)"
    return f"{charge.metric} usage: {parts}, {period.label()}"


def charged_metric(description: str, metrics: Iterable[str]) -> str | None:
    """The metric a usage line bills, read back from its description (`describe_charge` wrote it); None for any
    other line (a commitment true-up, a line accrue did not write)."""
    return next((m for m in metrics if description.startswith(f"{m} usage: ")), None)


def _fmt(q: Decimal) -> str:
    return f"{q.normalize():,f}" if q == q.to_integral_value() else f"{q:,}"


# -- minimum commitment --------------------------------------------------------------------------
def commitment_due(commitment: MinimumCommitment, term: Period, billed: Period) -> tuple[Period, Decimal] | None:
    """The commitment period the billed period closes, and the commitment owed over it; None if none closes.

    `month`/`year` periods run from the service start; `term` is the whole term. A commitment period
    shorter than the billed period is scaled to it (a monthly minimum on a quarterly usage invoice
    counts three times). A longer one closes when the billed period ends on its last day; its usage
    before the billed period comes from the usage history.
    """
    if commitment.period == "term":
        return (term, commitment.amount) if billed.end == term.end else None
    months = 1 if commitment.period == "month" else 12
    billed_months = whole_months(billed)
    if billed_months is not None and billed_months >= months and billed_months % months == 0:
        return billed, commitment.amount * Decimal(billed_months // months)
    k = 0
    while True:
        start = boundary(term.start, k, months)
        if start > billed.end:
            return None
        end = min(boundary(term.start, k + 1, months) - ONE_DAY, term.end)
        if end == billed.end:
            return Period(start, end), commitment.amount
        k += 1


# -- spikes ---------------------------------------------------------------------------------------
def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def trailing_average(history: dict[str, Decimal], before: date, months: int) -> Decimal | None:
    """Average monthly quantity over the last `months` months of history before `before`; None without history."""
    keys = sorted(k for k in history if k < month_key(before))[-months:]
    if not keys:
        return None
    return sum((history[k] for k in keys), ZERO) / Decimal(len(keys))


def monthly_equivalent(total: Decimal, period: Period) -> Decimal:
    """The period's quantity per month, so a quarter is compared with a monthly average fairly."""
    months = whole_months(period)
    if months:
        return total / Decimal(months)
    return total * Decimal(30) / Decimal(days_inclusive(period.start, period.end))
