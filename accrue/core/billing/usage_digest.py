"""A usage file reduced to what billing and screening need: per customer and metric, per-month sums.

A usage file can hold millions of rows; the run keeps none of them. One pass folds the rows (after
duplicate event ids are dropped) into per-(customer, metric, month) quantities for the billed period,
with the first lines of each kind of row a finding names (duplicates, out of period, negative) and
how many there were. Screening against the contract's customer and usage rules then works on the
digest alone (`accrue.core.validation.screen_usage`), so the graph state and its checkpoints stay
small whatever the file's size. Quantities are exact decimals throughout.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from accrue.core.billing.periods import Period

EVIDENCE_LINES = 20  # the lines a finding quotes; its count says how many there are


class Lines(BaseModel):
    """The first lines (1-based file lines) of some kind of row, and how many such rows there are."""

    first: list[int] = Field(default_factory=list)
    count: int = 0

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


class _Sample:
    """`Lines` while a file is read (a plain object: a digest of millions of rows updates it millions of times)."""

    __slots__ = ("count", "first")

    def __init__(self) -> None:
        self.first: list[int] = []
        self.count = 0

    def add(self, line: int) -> None:
        if self.count < EVIDENCE_LINES:
            self.first.append(line)
        self.count += 1

    def lines(self) -> Lines:
        return Lines(first=self.first, count=self.count)


class _Metric:
    __slots__ = ("lines", "months", "negative")

    def __init__(self) -> None:
        self.lines, self.negative = _Sample(), _Sample()
        self.months: dict[str, list[Any]] = {}  # "YYYY-MM" -> [quantity, first line]


class _Customer:
    __slots__ = ("lines", "metrics", "out_of_period")

    def __init__(self) -> None:
        self.lines, self.out_of_period = _Sample(), _Sample()
        self.metrics: dict[str, _Metric] = {}


class UsageDigester:
    """Folds usage rows, in file order, into a `UsageDigest`; the caller says which rows repeat an event id."""

    def __init__(self, period: Period) -> None:
        self._start, self._end = period.start, period.end
        self._rows = 0
        self._duplicates = _Sample()
        self._customers: dict[str, _Customer] = {}
        self._month_keys: dict[date, str] = {}

    def add(self, rows: Iterable[tuple[str, str, Decimal, date, int]], repeats: Iterable[bool]) -> None:
        """Fold a batch of rows, in file order: (customer id, metric, quantity, day, line) each, with whether it
        repeats an earlier event id (then it only counts as a duplicate)."""
        # Runs once per row of files of millions of rows: the samples' bookkeeping is written out here rather than
        # called, and each day's month key is formatted once.
        start, end, customers, months_of = self._start, self._end, self._customers, self._month_keys
        for (customer_id, metric, quantity, day, line), duplicate in zip(rows, repeats, strict=True):
            self._rows += 1
            if duplicate:
                self._duplicates.add(line)
                continue
            customer = customers.get(customer_id)
            if customer is None:
                customer = customers[customer_id] = _Customer()
            sample = customer.lines
            if sample.count < EVIDENCE_LINES:
                sample.first.append(line)
            sample.count += 1
            if not start <= day <= end:
                customer.out_of_period.add(line)
                continue
            usage = customer.metrics.get(metric)
            if usage is None:
                usage = customer.metrics[metric] = _Metric()
            sample = usage.lines
            if sample.count < EVIDENCE_LINES:
                sample.first.append(line)
            sample.count += 1
            if quantity < 0:
                usage.negative.add(line)
            key = months_of.get(day)
            if key is None:
                key = months_of[day] = f"{day.year:04d}-{day.month:02d}"
            month = usage.months.get(key)
            if month is None:
                usage.months[key] = [quantity, line]
            else:
                month[0] += quantity

    def digest(self) -> UsageDigest:
        """What the rows added so far fold to."""
        return UsageDigest(
            period_start=self._start, period_end=self._end, rows=self._rows, duplicates=self._duplicates.lines(),
            customers={cid: CustomerUsage(
                lines=c.lines.lines(), out_of_period=c.out_of_period.lines(),
                metrics={name: MetricUsage(lines=m.lines.lines(), negative=m.negative.lines(),
                                           months={k: MonthUsage(quantity=q, first_line=first)
                                                   for k, (q, first) in m.months.items()})
                         for name, m in c.metrics.items()})
                for cid, c in self._customers.items()})
