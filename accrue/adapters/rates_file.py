"""Exchange rates for ERP exports, read from a rates file (`rates.csv`): what a foreign-currency entry is worth.

An ERP books a foreign-currency journal entry at an exchange rate to its home (base) currency; left
blank or written as 1, a EUR entry would be booked as if one euro were one dollar. accrue never
guesses a rate: the export takes them from this file, and an entry in a currency it has no rate
for is refused. Shape: `currency,rate[,date]`, one row per currency (and per date from which the
rate applies); `rate` is how many units of the base currency one unit of `currency` is worth, an
exact decimal.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from accrue.core.errors import InputError

FIX = "write rows as currency,rate[,date], e.g. EUR,1.0825,2026-04-01"


@dataclass(frozen=True)
class ExchangeRates:
    """Rates to `base` by currency, each a list of (from date or None, rate), latest date last."""

    base: str
    rates: dict[str, list[tuple[date | None, Decimal]]] = field(default_factory=dict)

    def rate(self, currency: str, on: date) -> Decimal | None:
        """Base-currency units per unit of `currency` for an entry dated `on`: 1 for the base currency, else the
        file's rate with the latest date on or before `on` (an undated row applies to any date); None if none."""
        currency = currency.upper()
        if currency == self.base:
            return Decimal(1)
        applicable = [(d, r) for d, r in self.rates.get(currency, []) if d is None or d <= on]
        if not applicable:
            return None
        return max(applicable, key=lambda dr: dr[0] or date.min)[1]


def read_rates(path: Path, base: str) -> ExchangeRates:
    """Read a rates file; one clear line (file, row, field, fix) on anything that is not a positive exact rate."""
    base = base.upper()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the rates file ({exc.strerror})", "check the path") from None
    reader = csv.DictReader(text.splitlines())
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not {"currency", "rate"} <= columns:
        raise InputError(str(path), "needs the columns currency and rate", FIX)
    rates: dict[str, list[tuple[date | None, Decimal]]] = {}
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        currency = row["currency"].upper()
        if len(currency) != 3 or not currency.isalpha():
            raise InputError(str(path), f"line {line}: currency {row['currency']!r} is not an ISO 4217 code", FIX)
        try:
            rate = Decimal(row["rate"])
        except InvalidOperation:
            rate = Decimal(-1)
        if not rate.is_finite() or rate <= 0:
            raise InputError(str(path), f"line {line}: rate {row['rate']!r} for {currency} is not a positive number",
                             FIX)
        try:
            since = date.fromisoformat(row["date"]) if row.get("date") else None
        except ValueError:
            raise InputError(str(path), f"line {line}: date {row['date']!r} is not YYYY-MM-DD", FIX) from None
        if any(d == since for d, _ in rates.get(currency, [])):
            raise InputError(str(path), f"line {line}: a second rate for {currency} from {since or 'any date'}",
                             "keep one rate per currency and date")
        rates.setdefault(currency, []).append((since, rate))
    return ExchangeRates(base, rates)
