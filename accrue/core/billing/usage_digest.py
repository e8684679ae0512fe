"""A usage file reduced to what billing and screening need: per customer and metric, per-month sums.

A usage file can hold millions of rows; the run keeps none of them. One pass folds the rows (after
duplicate event ids are dropped) into per-(customer, metric, month) quantities for the billed period,
with the first lines of each kind of row a finding names (duplicates, out of period, negative) and
how many there were. Screening against the contract's customer and usage rules then works on the
digest alone (`accrue.core.validation.screen_usage`), so the graph state and its checkpoints stay
small whatever the file's size. Quantities are exact decimals throughout.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, Field

from accrue.core.billing.periods import Period

EVIDENCE_LINES = 20  # the lines a finding quotes; its count says how many there are


class Lines(BaseModel):
    """The first lines (1-based file lines) of some kind of row, and how many such rows there are."""

    first: list[int] = Field(default_factory=list)
    count: int = 0

    def add(self, line: int) -> None:
        if self.count < EVIDENCE_LINES:
            self.first.append(line)
        self.count += 1

    @classmethod
    def merged(cls, parts: list[Lines]) -> Lines:
        return cls(first=sorted(line for p in parts for line in p.first)[:EVIDENCE_LINES],
                   count=sum(p.count for p in parts))

    def evidence(self) -> dict[str, object]:
        return {"lines": self.first, "count": self.count}


class MonthUsage(BaseModel):
    """One metric's quantity in one month, and the first line that counted toward it (for ordering)."""

    quantity: Decimal
    first_line: int


class MetricUsage(BaseModel):
    """One customer's rows of one metric (named as the file writes it) inside the billed period."""

    lines: Lines = Field(default_factory=Lines)
    negative: Lines = Field(default_factory=Lines)
    months: dict[str, MonthUsage] = Field(default_factory=dict)


class CustomerUsage(BaseModel):
    """One customer id's rows: all of them (once each), those outside the period, and its metrics in it."""

    lines: Lines = Field(default_factory=Lines)
    out_of_period: Lines = Field(default_factory=Lines)
    metrics: dict[str, MetricUsage] = Field(default_factory=dict)


class UsageDigest(BaseModel):
    """A usage file's rows for a billed period, folded: customers and metrics in the order the file first
    names them (after duplicates are dropped)."""

    period_start: date
    period_end: date
    rows: int = 0
    duplicates: Lines = Field(default_factory=Lines)
    customers: dict[str, CustomerUsage] = Field(default_factory=dict)

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)


class UsageDigester:
    """Folds usage rows, in file order, into a `UsageDigest`; the caller says which rows repeat an event id."""

    def __init__(self, period: Period) -> None:
        self.digest = UsageDigest(period_start=period.start, period_end=period.end)
        self._start, self._end = period.start, period.end

    def add(self, customer_id: str, metric: str, quantity: Decimal, day: date, line: int, *,
            duplicate: bool) -> None:
        digest = self.digest
        digest.rows += 1
        if duplicate:
            digest.duplicates.add(line)
            return
        customer = digest.customers.get(customer_id)
        if customer is None:
            customer = digest.customers[customer_id] = CustomerUsage()
        customer.lines.add(line)
        if not self._start <= day <= self._end:
            customer.out_of_period.add(line)
            return
        usage = customer.metrics.get(metric)
        if usage is None:
            usage = customer.metrics[metric] = MetricUsage()
        usage.lines.add(line)
        if quantity < 0:
            usage.negative.add(line)
        key = f"{day.year:04d}-{day.month:02d}"
        month = usage.months.get(key)
        if month is None:
            usage.months[key] = MonthUsage(quantity=quantity, first_line=line)
        else:
            month.quantity += quantity
