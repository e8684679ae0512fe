"""Calendar arithmetic for billing: periods, inclusive day counts, billing anchors.

Every period is a closed interval of dates `[start, end]` (both days count). The one
proration rule of the engine lives here: a partial period is charged
`fee_for_full_period x (days in the partial period / days in the full period that
contains it)`, actual calendar days, unrounded (callers round each invoice line once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    """A closed date interval: both `start` and `end` are billed days."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends {self.end} before it starts {self.start}")

    @property
    def days(self) -> int:
        return days_inclusive(self.start, self.end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlap(self, other: Period) -> Period | None:
        start, end = max(self.start, other.start), min(self.end, other.end)
        return Period(start, end) if start <= end else None

    def label(self) -> str:
        return f"{self.start:%b %-d, %Y} - {self.end:%b %-d, %Y}"


def days_inclusive(start: date, end: date) -> int:
    """Days from start to end counting both ends (Mar 1..Mar 31 is 31)."""
    return (end - start).days + 1


def add_months(day: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29)."""
    return day + relativedelta(months=months)


def period_from(start: date, months: int) -> Period:
    """The full period of `months` months beginning on `start`."""
    return Period(start, add_months(start, months) - ONE_DAY)


def months_between(start: date, end_inclusive: date) -> int | None:
    """Whole months from start to the day after end (2026-03-01..2027-02-28 is 12); None if not whole."""
    delta = relativedelta(end_inclusive + ONE_DAY, start)
    if delta.days != 0:
        return None
    return delta.years * 12 + delta.months


def whole_months(period: Period) -> int | None:
    """Months the period spans when it is a whole number of months from its start, else None."""
    return months_between(period.start, period.end)


def prorate(full_fee: Decimal, partial: Period, full: Period) -> Decimal:
    """The proration rule: full fee x partial days / full days, unrounded. `partial` must lie inside `full`."""
    if partial.start < full.start or partial.end > full.end:
        raise ValueError(f"partial period {partial} is not inside the full period {full}")
    if partial == full:
        return full_fee
    return full_fee * Decimal(partial.days) / Decimal(full.days)


# -- billing anchors ---------------------------------------------------------------------------
_ANCHOR = re.compile(
    r"^(?:day:(?P<day>\d{1,2})|(?P<cal>calendar_month|calendar_quarter)|coterm:(?P<co>\d{4}-\d{2}-\d{2}))$")


def parse_anchor(anchor: str) -> str:
    """Normalise and check an anchor string; raises ValueError naming the accepted forms."""
    value = anchor.strip().lower()
    m = _ANCHOR.match(value)
    if not m or (m.group("day") and not 1 <= int(m.group("day")) <= 31):
        raise ValueError(f"billing anchor {anchor!r} is not one of 'day:N' (1-31), 'calendar_month', "
                         "'calendar_quarter', 'coterm:YYYY-MM-DD'")
    return value


def first_anchor_date(start: date, anchor: str) -> date:
    """The first period boundary on or after `start`: the day the first full billing period begins.

    - `day:N`: the next day-N of a month (clamped to short months' last day);
    - `calendar_month`: the next first of a month; `calendar_quarter`: next Jan 1/Apr 1/Jul 1/Oct 1;
    - `coterm:D`: D is the co-termed subscription's current period end (inclusive), so the first
      full period begins on D + 1.
    Returns `start` itself when `start` already sits on a boundary (no stub period).
    """
    value = parse_anchor(anchor)
    if value.startswith("coterm:"):
        end = date.fromisoformat(value.split(":", 1)[1])
        if end < start:
            raise ValueError(f"co-term date {end} is before the service start {start}")
        return end + ONE_DAY
    if value == "calendar_month":
        return start if start.day == 1 else date(start.year, start.month, 1) + relativedelta(months=1)
    if value == "calendar_quarter":
        q_start = date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
        return start if start == q_start else q_start + relativedelta(months=3)
    day = int(value.split(":", 1)[1])
    this_month = start + relativedelta(day=day)  # relativedelta clamps day 31 to the month's end
    if this_month == start:
        return start
    if this_month > start:
        return this_month
    return start + relativedelta(months=1, day=day)


def anchor_day(anchor: str | None) -> int | None:
    """The day of month a `day:N` anchor pins period starts to (so Feb 28 -> Mar 31 for day:31)."""
    if anchor and parse_anchor(anchor).startswith("day:"):
        return int(parse_anchor(anchor).split(":", 1)[1])
    return None


def boundary(base: date, k: int, months: int, day: int | None = None) -> date:
    """The k-th period boundary after `base`, computed from `base` (not step by step) so month ends do not drift."""
    if day is not None:
        return base + relativedelta(months=k * months, day=day)
    return base + relativedelta(months=k * months)
