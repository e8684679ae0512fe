"""Text normalisation: numbers, money, percentages, durations and dates as order forms write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accrue.core.textnorm import (
    find_date_spans,
    find_dates,
    find_durations,
    find_money,
    find_number_spans,
    find_numbers,
    find_percents,
    infer_day_first,
    infer_decimal_comma,
    iter_numbers,
    normalise_ws,
    parse_number,
    unsettled_grouping,
    words_to_int,
)
from evals.orderforms.generate import fmt_date, fmt_money


def test_normalise_ws_collapses_space_and_typography():
    assert normalise_ws("  Net\u00a030 \u2013 \u201cdue\u201d\n on   receipt  ") == 'Net 30 - "due" on receipt'
    assert normalise_ws("Customer\u2019s") == "Customer's"


@pytest.mark.parametrize(("text", "value"), [
    ("forty-five", 45), ("one hundred twenty", 120), ("twenty four thousand", 24000),
    ("one thousand five hundred", 1500), ("twelve", 12), ("banana", None),
])
def test_words_to_int(text, value):
    assert words_to_int(text) == value


@pytest.mark.parametrize(("token", "decimal_comma", "value"), [
    ("12,000.00", None, "12000.00"), ("9.500,00", None, "9500.00"), ("1'200.50", None, "1200.50"),
    ("1 234,56", None, "1234.56"), ("0.0020", None, "0.0020"), ("0,0020", True, "0.0020"),
    ("1,500", None, "1500"), ("1,500", True, "1.500"), ("1.500", True, "1500"), ("1.500", None, "1.500"),
    ("45", None, "45"),
])
def test_parse_number_us_and_european(token, decimal_comma, value):
    assert parse_number(token, decimal_comma=decimal_comma) == Decimal(value)


def test_number_words_with_digits_are_one_number():
    found = iter_numbers("within forty-five (45) days of the invoice")
    assert [(n.value, n.text) for n in found] == [(Decimal(45), "forty-five (45)")]


def test_find_numbers_yields_every_reading():
    numbers = find_numbers("2 Seats SEAT 100 156,00 per year; 1.500 units; 12k")
    assert {Decimal(100), Decimal("156.00"), Decimal(1500), Decimal(12000)} <= set(numbers)


def test_number_spans_point_at_the_words_that_state_each_reading():
    text = "40 x USD 1.500 per year, thirty (30) days"
    spans = {(n.value, text[n.start:n.end]) for n in find_number_spans(text)}
    assert {(Decimal(40), "40"), (Decimal("1.5"), "1.500"), (Decimal(1500), "1.500"), (Decimal(30), "thirty")} <= spans
    assert [n.value for n in find_number_spans(text)] == find_numbers(text)


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("USD 12,000.00", "12000.00", "USD"), ("$12,000.00", "12000.00", "USD"), ("12,000.00 USD", "12000.00", "USD"),
    ("EUR 9.500,00", "9500.00", "EUR"), ("9.500,00 €", "9500.00", "EUR"), ("€9,500.00", "9500.00", "EUR"),
    ("£1,200", "1200", "GBP"), ("CHF 1'200.50", "1200.50", "CHF"), ("C$ 500", "500", "CAD"),
    ("A$22,800.00", "22800.00", "AUD"), ("US$120,000.00", "120000.00", "USD"), ("500 euros", "500", "EUR"),
])
def test_find_money_notations(text, amount, currency):
    money = find_money(f"Fee: {text} per year")
    assert [(m.amount, m.currency) for m in money] == [(Decimal(amount), currency)]


def test_money_code_between_two_numbers_belongs_to_the_second():
    # "5,000 CAD 1.50": a tier bound followed by a price written with a code prefix
    money = find_money("2 5,001 - 25,000 CAD 1.20")
    assert [(m.amount, m.currency) for m in money] == [(Decimal("1.20"), "CAD")]


def test_percentages():
    found = find_percents("a 15% discount, five percent (5%), 1.5 percent per month, ten per cent, 20 %")
    assert [p.value for p in found] == [Decimal(15), Decimal(5), Decimal("1.5"), Decimal(10), Decimal(20)]


def test_durations_in_words_digits_and_hyphens():
    found = find_durations("thirty (30) days; 12-month; one (1) year; 3 years; 36 mos; half a year; "
                           "forty-five (45) calendar days")
    assert [(d.value, d.unit) for d in found] == [
        (30, "day"), (12, "month"), (1, "year"), (3, "year"), (36, "month"), (6, "month"), (45, "day")]
    assert [d.months for d in found][:4] == [None, 12, 12, 36]


def test_duration_whose_words_and_digits_disagree_is_not_read():
    assert find_durations("within thirty (31) days") == []


@pytest.mark.parametrize("text", [
    "March 1, 2026", "Mar 1, 2026", "March 1st, 2026", "1 March 2026", "1st March 2026", "1-Mar-2026",
    "2026-03-01", "the 1st day of March, 2026", "the first day of March, 2026", "April. 1st 2026",
])
def test_date_formats(text):
    expected = date(2026, 4, 1) if text.startswith("April") else date(2026, 3, 1)
    assert find_dates(f"starting {text} until later") == [expected]


def test_numeric_dates_follow_day_first_and_give_both_readings_when_unknown():
    assert find_dates("03/01/2026", day_first=False) == [date(2026, 3, 1)]
    assert find_dates("03/01/2026", day_first=True) == [date(2026, 1, 3)]
    assert set(find_dates("03/01/2026")) == {date(2026, 3, 1), date(2026, 1, 3)}
    assert find_dates("28/02/2027") == [date(2027, 2, 28)]
    assert find_dates("01.03.2026", day_first=True) == [date(2026, 3, 1)]
    spans = find_date_spans("from 03/01/2026", day_first=None)
    assert all(s.ambiguous for s in spans)


def test_document_conventions():
    assert infer_day_first("Start 01/03/2026, end 28/02/2027") is True
    assert infer_day_first("Start 03/01/2026, end 02/28/2027") is False
    assert infer_day_first("Order date 01.03.2026") is True
    assert infer_day_first("Order date 03/01/2026") is None
    assert infer_decimal_comma("EUR 9.500,00 and 180,00") is True
    assert infer_decimal_comma("$9,500.00 and $180.00") is False


STYLES = ["us_long", "us_abbr", "eu_long", "ordinal", "iso", "eu_dot"]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), st.sampled_from(STYLES))
def test_any_date_written_any_way_reads_back(d, style):
    text = fmt_date(d, style)
    assert find_dates(f"effective {text} (the date)", day_first=True) == [d]


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999.99"), places=2),
       st.sampled_from([("USD", "symbol"), ("USD", "code"), ("EUR", "eu_code"), ("EUR", "eu_suffix"),
                        ("EUR", "eu_symbol"), ("GBP", "symbol"), ("CHF", "swiss"), ("CAD", "code")]))
def test_any_amount_written_any_way_reads_back(amount, style):
    currency, notation = style
    text = fmt_money(amount, currency, notation)
    decimal_comma = True if notation.startswith("eu") else None
    money = find_money(f"fee of {text} per year", decimal_comma=decimal_comma)
    assert [(m.amount, m.currency) for m in money] == [(amount, currency)]


def test_a_named_month_with_a_two_digit_year_is_read_day_first():
    found = find_date_spans("Term 12 months (1-Apr-26 to 31-Mar-27); code AB-12-Mar-26X")
    assert [(d.value, d.text) for d in found] == [(date(2026, 4, 1), "1-Apr-26"), (date(2027, 3, 31), "31-Mar-27")]
    assert find_date_spans("31-Feb-26") == []


def test_indian_grouping_and_thousands_set_off_by_spaces_beside_a_currency():
    assert [m.amount for m in find_money("Total fees: INR 18,90,000.00")] == [Decimal("1890000.00")]
    assert [m.amount for m in find_money("order value SEK 223 000), excluding VAT")] == [Decimal("223000")]
    assert [m.amount for m in find_money("Total, 36 months 711 000 SEK")] == [Decimal("711000")]
    # a quantity column then a price: the quantity is not part of the amount
    assert [m.amount for m in find_money("Field seats 2027-08-31 180 750 SEK yearly 135 000 SEK")] == \
        [Decimal("750"), Decimal("135000")]
    assert Decimal("711000") in find_numbers("Total, 36 months 711 000 SEK")
    assert Decimal("180750") not in find_numbers("Field seats 180 750 users")


def test_real_and_peso_symbols_and_currency_names():
    assert [(m.amount, m.currency) for m in find_money("Setup Fee R$ 41.233,50", decimal_comma=True)] == \
        [(Decimal("41233.50"), "BRL")]
    assert [m.currency for m in find_money("MX$12,160.00 and 2 500 reais")] == ["MXN", "BRL"]


def test_dots_that_can_only_group_thousands_settle_a_one_dot_amount_and_nothing_else_guesses():
    grouped = "Set-up fee EUR 2.500; licence EUR 1.250.000 over the term."
    assert infer_decimal_comma(grouped) is True
    assert [m.amount for m in find_money(grouped, decimal_comma=True)] == [Decimal("2500"), Decimal("1250000")]
    # a decimal point elsewhere says the dot is a decimal point
    pointed = "Set-up fee EUR 2.500; support EUR 1,000.00 a year."
    assert infer_decimal_comma(pointed) is False
    assert not unsettled_grouping(find_money(pointed, decimal_comma=False)[0], False)
    # no other amount: 2.5 or 2,500 is unsettled, never picked
    alone = "Set-up fee EUR 2.500, invoiced on signature (dated 01.03.2026)."
    assert infer_decimal_comma(alone) is None
    assert unsettled_grouping(find_money(alone)[0], None)
    # a currency with three decimals writes its decimal point that way
    assert not unsettled_grouping(find_money("KWD 112.500 per year")[0], None)
    assert not unsettled_grouping(find_money("EUR 0.500 per call")[0], None)
