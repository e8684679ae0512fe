"""Money rules: half-up rounding to the currency's minor unit, exact minor units, no floats."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accrue.core.money import format_money, from_minor, parse_decimal, round_money, to_minor


@pytest.mark.parametrize(("amount", "currency", "expected"), [
    ("2.345", "USD", "2.35"), ("2.344", "USD", "2.34"), ("-2.345", "USD", "-2.35"),
    ("1234.5", "JPY", "1235"), ("1.2345", "KWD", "1.235"), ("0.005", "EUR", "0.01"),
])
def test_round_half_up_to_minor_unit(amount: str, currency: str, expected: str) -> None:
    assert round_money(Decimal(amount), currency) == Decimal(expected)
    assert str(round_money(Decimal(amount), currency)) == expected


def test_minor_units_are_exact_and_refuse_extra_precision() -> None:
    assert to_minor(Decimal("123456789012345678.91"), "USD") == 12345678901234567891
    assert from_minor(12345678901234567891, "USD") == Decimal("123456789012345678.91")
    with pytest.raises(ValueError, match="more precision"):
        to_minor(Decimal("1.001"), "USD")


def test_parse_decimal_refuses_floats_and_garbage() -> None:
    assert parse_decimal("12000.50") == Decimal("12000.50")
    with pytest.raises(TypeError):
        parse_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a decimal"):
        parse_decimal("12,000")
    with pytest.raises(ValueError, match="finite"):
        parse_decimal("NaN")


def test_format_money() -> None:
    assert format_money(Decimal("54000"), "USD") == "USD 54,000.00"
    assert format_money(Decimal("1000"), "JPY") == "JPY 1,000"


@given(st.lists(st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False), min_size=1, max_size=20))
def test_sum_of_rounded_lines_is_exact_in_cents(lines: list[Decimal]) -> None:
    rounded = [round_money(x, "USD") for x in lines]
    total = sum(rounded, Decimal(0))
    assert to_minor(total, "USD") == sum(to_minor(x, "USD") for x in rounded)
