"""Usage rating pinned to the cent: graduated vs volume at tier boundaries, allowances, minimum commitments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from accrue.core.billing.periods import Period
from accrue.core.billing.usage import (
    allowance_for,
    commitment_due,
    match_metric,
    normalise_metric,
    rate,
    unit_size,
)
from accrue.core.money import round_money
from accrue.core.planner import UsageInputs, usage_invoice
from accrue.core.terms import ContractTerms, MinimumCommitment, UsageRule

D = Decimal
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def rule(model: str, tiers: list[tuple[str | None, str]], included: str = "0", period: str | None = "month",
         unit: str | None = None, metric: str = "API calls") -> UsageRule:
    return UsageRule.model_validate({"metric": metric, "unit": unit, "included_quantity": included,
                                     "included_period": period, "pricing_model": model,
                                     "tiers": [{"up_to": u, "unit_price": p} for u, p in tiers]})


TIERS = [("1000", "0.10"), ("5000", "0.08"), (None, "0.05")]


@pytest.mark.parametrize(("quantity", "graduated", "volume"), [
    # graduated: each unit at the price of the tier it falls in; volume: every unit at the tier the total is in.
    ("1000", "100.00", "100.00"),   # 1,000 x 0.10 both ways: 1,000 is inside tier 1 (bounds inclusive)
    ("1001", "100.08", "80.08"),    # grad 100 + 1 x 0.08; volume 1,001 x 0.08
    ("5000", "420.00", "400.00"),   # grad 100 + 4,000 x 0.08 = 420; volume 5,000 x 0.08
    ("5001", "420.05", "250.05"),   # grad 420 + 1 x 0.05; volume 5,001 x 0.05
    ("0", "0.00", "0.00"),
])
def test_graduated_vs_volume_at_tier_boundaries(quantity: str, graduated: str, volume: str) -> None:
    grad, _, _ = rate(rule("graduated", TIERS), D(quantity), D(0))
    vol, price, _ = rate(rule("volume", TIERS), D(quantity), D(0))
    assert round_money(grad, "USD") == D(graduated)
    assert round_money(vol, "USD") == D(volume)


def test_tiers_price_the_units_above_the_included_quantity() -> None:
    # 1,234,567 requests, 100,000 included; overage 1,134,567 rated by overage tiers:
    #   500,000 x 0.0040 = 2,000.00 + 500,000 x 0.0030 = 1,500.00 + 134,567 x 0.0020 = 269.134 -> 3,769.13
    overage = [("500000", "0.0040"), ("1000000", "0.0030"), (None, "0.0020")]
    amount, _, free = rate(rule("graduated", overage, included="100000"), D("1234567"), D("100000"))
    assert (round_money(amount, "USD"), free) == (D("3769.13"), D("100000"))
    # volume on the same numbers: the billable 1,134,567 lies in the last tier: x 0.0020 = 2,269.134 -> 2,269.13
    amount, price, _ = rate(rule("volume", overage), D("1234567"), D("100000"))
    assert (round_money(amount, "USD"), price) == (D("2269.13"), D("0.0020"))


def test_an_allowance_written_as_a_free_first_tier_rates_the_same() -> None:
    # "0 - 100,000 included; 100,001 - 600,000 at 0.004; 600,001 - 1,100,000 at 0.003; above at 0.002" is the
    # contract above written over the whole quantity; the included quantity is not subtracted twice.
    whole = [("100000", "0"), ("600000", "0.0040"), ("1100000", "0.0030"), (None, "0.0020")]
    amount, _, free = rate(rule("graduated", whole, included="100000"), D("1234567"), D("100000"))
    assert (round_money(amount, "USD"), free) == (D("3769.13"), D("100000"))


def test_per_unit_with_priced_unit_blocks() -> None:
    # 2,345,678 calls, 1,000,000 included, 0.50 per 1,000 calls: 1,345,678 / 1,000 x 0.50 = 672.839 -> 672.84
    r = rule("per_unit", [(None, "0.50")], included="1000000", unit="1,000 calls")
    amount, price, _ = rate(r, D("2345678"), D("1000000"))
    assert (round_money(amount, "USD"), price) == (D("672.84"), D("0.50"))
    assert unit_size("per 1k requests") == D(1000) and unit_size("call") == D(1)


def test_usage_below_the_allowance_costs_nothing() -> None:
    amount, _, _ = rate(rule("per_unit", [(None, "0.01")]), D("900"), D("1000"))
    assert amount == 0


def test_allowance_scales_to_the_billed_period() -> None:
    monthly = rule("per_unit", [(None, "0.01")], included="1000", period="month")
    assert allowance_for(monthly, MARCH) == D("1000")
    assert allowance_for(monthly, Period(date(2026, 1, 1), date(2026, 3, 31))) == D("3000")
    # half of April (Apr 1..15 = 15 of 30 days): 1,000 x 15/30 = 500
    assert allowance_for(monthly, Period(date(2026, 4, 1), date(2026, 4, 15))) == D("500")
    yearly = rule("per_unit", [(None, "0.01")], included="120000", period="year")
    assert allowance_for(yearly, MARCH) == D("10000")  # 120,000 x 1/12


def test_metric_names_match_by_meaning() -> None:
    rules = [rule("per_unit", [(None, "1")], metric="Geocode requests"),
             rule("per_unit", [(None, "1")], metric="Route optimisations")]
    assert normalise_metric("geocode_requests") == normalise_metric("Geocode Requests") == "geocode request"
    assert match_metric("geocode_requests", rules) == 0
    assert match_metric("GeocodeRequest", rules) == 0
    assert match_metric("route-optimisations", rules) == 1
    assert match_metric("storage_gb", rules) is None


def usage_terms(**kw: object) -> ContractTerms:
    base: dict[str, object] = {
        "customer_legal_name": "Meter Co", "currency": "USD", "payment_terms_days": 30,
        "service_start_date": "2026-01-01", "service_end_date": "2026-12-31",
        "usage_rules": [{"metric": "API calls", "pricing_model": "per_unit", "tiers": [{"up_to": None,
                                                                                        "unit_price": "0.01"}]}]}
    base.update(kw)
    return ContractTerms.model_validate(base)


def test_monthly_minimum_commitment_true_up() -> None:
    # Commitment 1,000.00 a month. March: 60,000 calls x 0.01 = 600.00; true-up 1,000.00 - 600.00 = 400.00.
    # Arrears: dated Apr 1, due May 1 (Net 30). Invoice 1,000.00.
    t = usage_terms(minimum_commitment={"amount": "1000.00", "period": "month"})
    inv = usage_invoice(t, UsageInputs("cus-m", MARCH, {0: D("60000")}, {}))
    assert inv is not None
    assert [(ln.amount, ln.revenue_type) for ln in inv.lines] == [(D("600.00"), "usage"), (D("400.00"), "usage")]
    assert "Minimum commitment true-up" in inv.lines[1].description
    assert (inv.amount, inv.invoice_date, inv.due_date) == (D("1000.00"), date(2026, 4, 1), date(2026, 5, 1))


def test_no_true_up_when_usage_exceeds_the_commitment() -> None:
    t = usage_terms(minimum_commitment={"amount": "1000.00", "period": "month"})
    inv = usage_invoice(t, UsageInputs("cus-m", MARCH, {0: D("150000")}, {}))
    assert inv is not None and [ln.amount for ln in inv.lines] == [D("1500.00")]


def test_annual_commitment_trues_up_on_the_usage_invoice_that_closes_the_year() -> None:
    # Commitment 12,000.00 a year (Jan 1..Dec 31, 2026), usage billed monthly. History Jan..Nov: 50,000 calls a
    # month, re-rated at 0.01 = 500.00 each, 5,500.00 in all. December: 100,000 calls = 1,000.00.
    # Year's usage 6,500.00; true-up 12,000.00 - 6,500.00 = 5,500.00 on the December invoice (dated Jan 1, 2027).
    t = usage_terms(minimum_commitment={"amount": "12000.00", "period": "year"})
    history = {0: {f"2026-{m:02d}": D("50000") for m in range(1, 12)}}
    dec = Period(date(2026, 12, 1), date(2026, 12, 31))
    inv = usage_invoice(t, UsageInputs("cus-m", dec, {0: D("100000")}, history))
    assert inv is not None
    assert [ln.amount for ln in inv.lines] == [D("1000.00"), D("5500.00")]
    assert inv.invoice_date == date(2027, 1, 1)
    # November does not close the commitment year: no true-up.
    nov = Period(date(2026, 11, 1), date(2026, 11, 30))
    inv = usage_invoice(t, UsageInputs("cus-m", nov, {0: D("100000")}, history))
    assert inv is not None and [ln.amount for ln in inv.lines] == [D("1000.00")]


def test_commitment_period_lookup() -> None:
    term = Period(date(2026, 1, 1), date(2026, 12, 31))
    monthly = MinimumCommitment(amount=D("100"), period="month")
    q1 = Period(date(2026, 1, 1), date(2026, 3, 31))
    assert commitment_due(monthly, term, q1) == (q1, D("300"))  # a monthly minimum counted three times
    assert commitment_due(MinimumCommitment(amount=D("1"), period="term"), term, MARCH) is None


def test_term_allowance_is_reduced_by_earlier_usage() -> None:
    # 1,000,000 calls included over the term; 900,000 used Jan..Feb (history); March 250,000:
    # allowance left 100,000, billable 150,000 x 0.01 = 1,500.00.
    t = usage_terms(usage_rules=[{"metric": "API calls", "included_quantity": "1000000", "included_period": "term",
                                  "pricing_model": "per_unit", "tiers": [{"up_to": None, "unit_price": "0.01"}]}])
    history = {0: {"2026-01": D("400000"), "2026-02": D("500000")}}
    inv = usage_invoice(t, UsageInputs("cus-m", MARCH, {0: D("250000")}, history))
    assert inv is not None and inv.amount == D("1500.00")


def test_nothing_billable_gives_no_invoice() -> None:
    t = usage_terms(usage_rules=[{"metric": "API calls", "included_quantity": "1000", "included_period": "month",
                                  "pricing_model": "per_unit", "tiers": [{"up_to": None, "unit_price": "0.01"}]}])
    assert usage_invoice(t, UsageInputs("cus-m", MARCH, {0: D("999")}, {})) is None


def test_usage_billed_earlier_in_the_same_month_counts_before_a_mid_month_period() -> None:
    # Billed Mar 1..15, then Mar 16..31. The books' history holds the first half under "2026-03", the month the
    # second period starts in: it is usage before that period and must count.
    # Monthly commitment 1,000.00: 50,000 calls (500.00) in each half = 1,000.00, so no true-up on the second.
    t = usage_terms(minimum_commitment={"amount": "1000.00", "period": "month"})
    second_half = Period(date(2026, 3, 16), date(2026, 3, 31))
    inv = usage_invoice(t, UsageInputs("cus-m", second_half, {0: D("50000")}, {0: {"2026-03": D("50000")}}))
    assert inv is not None and [ln.amount for ln in inv.lines] == [D("500.00")]
    # 1,000,000 calls included over the term, 900,000 used Mar 1..15: 100,000 left, so 250,000 in the second
    # half bill 150,000 x 0.01 = 1,500.00.
    t = usage_terms(usage_rules=[{"metric": "API calls", "included_quantity": "1000000", "included_period": "term",
                                  "pricing_model": "per_unit", "tiers": [{"up_to": None, "unit_price": "0.01"}]}])
    inv = usage_invoice(t, UsageInputs("cus-m", second_half, {0: D("250000")}, {0: {"2026-03": D("900000")}}))
    assert inv is not None and inv.amount == D("1500.00")
