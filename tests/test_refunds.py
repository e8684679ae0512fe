"""Refund requests and where a refund's money comes from: the credit balance first, then overpayments, oldest first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from accrue.core.actions import PostJournalEntry, RefundCredit, UnappliedDraw
from accrue.core.refunds import Held, RefundRequest, plan_refund, refund_refusal, refund_sources

D = Decimal
HELD = Held(D("150.00"), (("P-1", D("80.00")), ("P-2", D("100.00"))))


def _request(amount: str, currency: str = "USD") -> RefundRequest:
    return RefundRequest(customer="Initech", amount=amount, currency=currency,  # type: ignore[arg-type]
                         reason="asked for it back", requested_by="Pat Billing")


def test_the_credit_balance_pays_first_then_each_overpayment_in_turn() -> None:
    assert refund_sources(D("100.00"), HELD, "USD") == (D("100.00"), [])
    assert refund_sources(D("200.00"), HELD, "USD") == (D("150.00"), [UnappliedDraw(payment_id="P-1",
                                                                                     amount=D("50.00"))])
    assert refund_sources(D("330.00"), HELD, "USD") == (D("150.00"), [
        UnappliedDraw(payment_id="P-1", amount=D("80.00")), UnappliedDraw(payment_id="P-2", amount=D("100.00"))])
    with pytest.raises(ValueError, match="more than the 330.00 held"):
        refund_sources(D("330.01"), HELD, "USD")


def test_a_refund_is_bounded_by_everything_held() -> None:
    assert refund_refusal(_request("330.00"), "Initech LLC", HELD) is None
    assert refund_refusal(_request("330.01"), "Initech LLC", HELD) == (
        "Initech LLC holds USD 330.00 (credit balance and unapplied cash), less than the USD 330.01 asked for; refund "
        "at most what they hold")


def test_the_refund_and_its_entry_balance_and_the_entry_waits_for_it() -> None:
    refund, entry = plan_refund(_request("200.00"), "cus-initech", "Initech LLC", HELD, run_id="run-1",
                                day=date(2026, 6, 1))
    assert isinstance(refund, RefundCredit) and isinstance(entry, PostJournalEntry)
    assert (refund.amount, refund.from_credit_balance, refund.requested_by) == (D("200.00"), D("150.00"),
                                                                                "Pat Billing")
    assert entry.depends_on == [refund.id] and entry.source_ref == refund.refund_id
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        ("Customer Credit Balances", D("150.00"), D(0)), ("Unapplied Cash", D("50.00"), D(0)),
        ("Cash", D(0), D("200.00"))]


@pytest.mark.parametrize(("amount", "currency", "problem"), [
    ("10.001", "USD", "more decimals"), ("0", "USD", "must be positive"), ("-5.00", "USD", "must be positive"),
    ("10", "XYZ", "not an ISO 4217"), ("1.5", "JPY", "more decimals")])
def test_a_request_is_exact_positive_and_in_a_known_currency(amount: str, currency: str, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        _request(amount, currency)
