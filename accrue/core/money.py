"""Money rules in one place: currency minor units, rounding, parsing.

Every amount in accrue is a `Decimal` with an explicit ISO 4217 currency beside it; the
codes and their minor units come from the one table in `accrue.core.currency`.
Invoice lines are rounded half-up to the currency's minor unit; totals are sums of
rounded lines. Nothing else in the code base rounds money. Numbers that come from outside
(deal JSON, usage and payments CSV, request files) are read by `parse_amount`,
`parse_unit_price` and `parse_quantity` only: finite, inside the documented range, and never
finer than allowed (an amount with more decimals than its currency is refused, not rounded).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from accrue.core.currency import MINOR_UNITS

KNOWN_CURRENCIES: frozenset[str] = frozenset(MINOR_UNITS)

ZERO = Decimal("0")
# Decimal division keeps 28 significant digits, so a sum of shares carries an error in its last digits (twelve
# 1/12ths add up to 0.99...99, not 1). 20 decimal places is far below any money and far above that error.
_SUM_PLACES = Decimal(1).scaleb(-20)

# The documented range of numbers read from files (README, "Numbers and files accrue accepts"): far above any real
# invoice, far below where Decimal arithmetic or the books' Numeric columns stop being exact.
MAX_AMOUNT = Decimal(10) ** 15  # |amount| < 10^15 in the currency's major unit
MAX_QUANTITY = Decimal(10) ** 12  # |quantity| < 10^12 units
UNIT_PRICE_PLACES = 6  # a per-unit rate may be finer than the currency (0.0025 USD per request)
QUANTITY_PLACES = 6
# Longest number text read at all: longer text is refused before Decimal sees it (40 covers 10^15 with 6 decimals,
# signs and exponents written out).
MAX_NUMBER_CHARS = 40


class NumberError(ValueError):
    """A number from a file that accrue refuses: not a number, not finite, out of range or too precise."""


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


def parse_number(text: str | int | Decimal, *, limit: Decimal, places: int, unit: str = "",
                 what: str = "allowed") -> Decimal:
    """A finite decimal with |value| < `limit` and at most `places` decimals (trailing zeros aside).

    The one check behind `parse_amount`, `parse_unit_price` and `parse_quantity`; call those. Raises
    NumberError saying what is wrong in words a person can act on.
    """
    if isinstance(text, float):
        raise NumberError(f"{text!r} is a binary float; write it as a decimal string")
    raw = str(text).strip()
    if len(raw) > MAX_NUMBER_CHARS:
        raise NumberError(f"a {len(raw)}-character number is not accepted (at most {MAX_NUMBER_CHARS} characters)")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise NumberError(f"{raw!r} is not a number") from None
    if not value.is_finite():
        raise NumberError(f"{raw!r} is not a finite number")
    if abs(value) >= limit:
        raise NumberError(f"{raw} is outside the range accrue accepts (below {limit:,}{unit})")
    if value != value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):
        raise NumberError(f"{raw} has more decimals than {what}")
    return value


def parse_amount(text: str | int | Decimal, currency: str) -> Decimal:
    """An amount of money in `currency` read from a file: bounded, exact to the currency's minor unit."""
    code = currency.upper()
    return parse_number(text, limit=MAX_AMOUNT, places=minor_units(code), unit=f" {code}", what=f"{code} allows")


def parse_unit_price(text: str | int | Decimal, currency: str) -> Decimal:
    """A per-unit price read from a file: bounded like an amount, up to `UNIT_PRICE_PLACES` decimals."""
    code = currency.upper()
    return parse_number(text, limit=MAX_AMOUNT, places=max(UNIT_PRICE_PLACES, minor_units(code)), unit=f" {code}",
                        what=f"a unit price allows ({UNIT_PRICE_PLACES})")


def parse_quantity(text: str | int | Decimal) -> Decimal:
    """A quantity (seats, units of usage) read from a file: |q| < 10^12, up to `QUANTITY_PLACES` decimals."""
    return parse_number(text, limit=MAX_QUANTITY, places=QUANTITY_PLACES,
                        what=f"a quantity allows ({QUANTITY_PLACES})")


def format_money(amount: Decimal, currency: str) -> str:
    """Human form for terminals and notifications: `USD 54,000.00`."""
    places = minor_units(currency)
    return f"{currency} {round_money(amount, currency):,.{places}f}"
