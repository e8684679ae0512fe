"""A usage file reduced to what billing and screening need: per customer and metric, per-month sums.

A usage file can hold millions of rows; the run keeps none of them. One pass folds the rows (after
duplicate event ids are dropped) into per-(customer, metric, month) quantities for the billed period,
with the first lines of each kind of row a finding names (duplicates, out of period, negative) and
how many there were. Screening against the contract's customer and usage rules then works on the
digest alone (`accrue.core.validation.screen_usage`), so the graph state and its checkpoints stay
small whatever the file's size. Quantities are exact decimals throughout.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from accrue.core.billing.periods import Period
from accrue.core.money import parse_quantity

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


# (customer id, metric, month key from `UsageDigester.month`, quantity as text `parse_quantity` reads): a row as the
# fold takes it. All text: a batch is grouped by whole rows, "1" and "1.0" stay apart (each group's sum is its
# quantity times its count, with the exponent adding them one by one gives), and rows hold no object the garbage
# collector has to follow.
UsageRow = tuple[str, str, str, str]
_REMEMBERED = 1 << 14  # distinct quantity texts kept parsed; past it the digester starts over (memory stays flat)


class UsageDigester:
    """Folds usage rows, in file order, into a `UsageDigest`; the caller says which rows repeat an event id."""

    def __init__(self, period: Period) -> None:
        self._start, self._end = period.start, period.end
        self._rows = 0
        self._duplicates = _Sample()
        self._customers: dict[str, _Customer] = {}
        self._month_keys: dict[date, str] = {}
        self._quantities: dict[str, Decimal] = {}

    def month(self, day: date) -> str:
        """The month a row of `day` counts in ("YYYY-MM"), or "" when the day is outside the billed period. A
        reader calls it once per distinct time, not per row."""
        key = self._month_keys.get(day)
        if key is None:
            key = self._month_keys[day] = f"{day.year:04d}-{day.month:02d}" if self._start <= day <= self._end else ""
        return key

    def add(self, rows: Iterable[tuple[str, str, Decimal, date, int]], repeats: Iterable[bool]) -> None:
        """Fold rows given one by one (customer id, metric, quantity, day, line), with whether each repeats an
        earlier event id: for a few records; a file reader uses `add_batch`."""
        listed = list(rows)
        self.add_batch([(c, m, self.month(day), str(q)) for c, m, q, day, _ in listed],
                       [line for *_, line in listed], list(repeats))

    def add_batch(self, rows: Sequence[UsageRow], lines: Sequence[int], repeats: Sequence[bool]) -> None:
        """Fold a batch of rows in file order, with each row's file line and whether it repeats an earlier event id
        (then it only counts as a duplicate).

        Runs over files of millions of rows, so it works per distinct row, not per row: the batch is counted by
        `Counter` (C speed) and each group adds its quantity times its count. Only groups that still need lines
        (a customer, metric or month met for the first time, or a sample of lines not yet full) are walked row by
        row in file order, which after the first rows of each customer and metric is usually none."""
        self._rows += len(rows)
        if any(repeats):
            duplicates = self._duplicates
            for line in itertools.compress(lines, repeats):
                duplicates.add(line)
            kept = [not r for r in repeats]
            rows, lines = list(itertools.compress(rows, kept)), list(itertools.compress(lines, kept))
        counts = Counter(rows)
        in_order = {row for row in counts if self._needs_lines(row)}
        if in_order:
            self._fold_in_order(rows, lines, in_order)
        customers, value = self._customers, self._value
        for row, n in counts.items():
            if row in in_order:
                continue
            customer_id, metric, month, text = row
            customer = customers[customer_id]
            customer.lines.count += n
            if not month:
                customer.out_of_period.count += n
                continue
            usage = customer.metrics[metric]
            usage.lines.count += n
            quantity = value(text)
            if quantity < 0:
                usage.negative.count += n
            usage.months[month][0] += quantity * n

    def _value(self, text: str) -> Decimal:
        quantity = self._quantities.get(text)
        if quantity is None:
            if len(self._quantities) >= _REMEMBERED:
                self._quantities.clear()
            quantity = self._quantities[text] = parse_quantity(text)
        return quantity

    def _needs_lines(self, row: UsageRow) -> bool:
        """Whether a group's rows must be folded one by one: they may be among the lines a sample keeps, or the
        first of their customer, metric or month (whose order and first line the digest keeps)."""
        customer_id, metric, month, text = row
        customer = self._customers.get(customer_id)
        if customer is None or customer.lines.count < EVIDENCE_LINES:
            return True
        if not month:
            return customer.out_of_period.count < EVIDENCE_LINES
        usage = customer.metrics.get(metric)
        return (usage is None or usage.lines.count < EVIDENCE_LINES or month not in usage.months
                or (usage.negative.count < EVIDENCE_LINES and self._value(text) < 0))

    def _fold_in_order(self, rows: Sequence[UsageRow], lines: Sequence[int], groups: set[UsageRow]) -> None:
        customers, value = self._customers, self._value
        for row, line in zip(rows, lines, strict=True):
            if row not in groups:
                continue
            customer_id, metric, month, text = row
            customer = customers.get(customer_id)
            if customer is None:
                customer = customers[customer_id] = _Customer()
            customer.lines.add(line)
            if not month:
                customer.out_of_period.add(line)
                continue
            usage = customer.metrics.get(metric)
            if usage is None:
                usage = customer.metrics[metric] = _Metric()
            usage.lines.add(line)
            quantity = value(text)
            if quantity < 0:
                usage.negative.add(line)
            cell = usage.months.get(month)
            if cell is None:
                usage.months[month] = [quantity, line]
            else:
                cell[0] += quantity

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
