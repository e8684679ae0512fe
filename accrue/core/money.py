"""Money rules in one place: currency minor units, rounding, parsing.

Every amount in accrue is a `Decimal` with an explicit ISO 4217 currency beside it; the
codes and their minor units come from the one table in `accrue.core.currency`.
Invoice lines are rounded half-up to the currency's minor unit; totals are sums of
rounded lines. Nothing else in the code base rounds money.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from accrue.core.currency import MINOR_UNITS

KNOWN_CURRENCIES: frozenset[str] = frozenset(MINOR_UNITS)

ZERO = Decimal("0")
# Decimal division keeps 28 significant digits, so a sum of shares carries an error in its last digits (twelve
# 1/12ths add up to 0.99...99, not 1). 20 decimal places is far below any money and far above that error.
_SUM_PLACES = Decimal(1).scaleb(-20)


def minor_units(currency: str) -> int:
    """Digits after the decimal point for `currency` (ISO 4217).

    A code outside the table counts as 2, ISO's usual minor unit: codes are checked where they enter
    (the contract and deal schemas, the event files), not on every calculation.
    """
    return MINOR_UNITS.get(currency.upper(), 2)


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's minor unit: the only rounding rule for money."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def round_sum(amount: Decimal, currency: str) -> Decimal:
    """Round a sum of unrounded shares (a running total): its last-digit division error dropped first, so six
    twelfths of JPY 1 round to 1 as 6/12 does, then half-up to the minor unit like `round_money`."""
    with localcontext() as context:
        context.prec = 60
        settled = amount.quantize(_SUM_PLACES, rounding=ROUND_HALF_EVEN)
    return round_money(settled, currency)


def to_minor(amount: Decimal, currency: str) -> int:
    """Exact integer minor units (cents); refuses an amount with more precision than the currency."""
    scaled = amount.scaleb(minor_units(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{amount} {currency} has more precision than the currency's minor unit")
    return int(scaled)


def from_minor(units: int, currency: str) -> Decimal:
    return round_money(Decimal(units).scaleb(-minor_units(currency)), currency)


def parse_decimal(text: str | int | Decimal) -> Decimal:
    """Parse a plain decimal string ("12000", "12000.50"); floats are refused on purpose."""
    if isinstance(text, float):  # pragma: no cover - guarded by type hints, kept for callers
        raise TypeError("money must not be a float; pass a string")
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal number: {text!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return value


def format_money(amount: Decimal, currency: str) -> str:
    """Human form for terminals and notifications: `USD 54,000.00`."""
    places = minor_units(currency)
    return f"{currency} {round_money(amount, currency):,.{places}f}"
