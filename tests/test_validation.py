"""Validation findings: customer names, usage screening (duplicates, periods, customers, metrics, spikes), payments."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from accrue.core.billing.cash import CashApplication, OpenInvoice, Payment, apply_cash
from accrue.core.billing.periods import Period
from accrue.core.billing.usage import UsageRecord
from accrue.core.billing.usage_digest import UsageDigest, UsageDigester
from accrue.core.deal import Deal
from accrue.core.findings import FINDING_CODES
from accrue.core.terms import ContractTerms, ExtractionResult, UsageRule
from accrue.core.validation import (
    amendment_findings,
    books_customer_findings,
    change_request_findings,
    payment_findings,
    screen_usage,
    validate_contract,
)

D = Decimal
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
RULES = [UsageRule.model_validate({"metric": "Geocode requests", "pricing_model": "per_unit",
                                   "tiers": [{"up_to": None, "unit_price": "0.004"}]})]


def rec(event: str, qty: str, when: str = "2026-03-10T12:00:00", customer: str = "cus-1",
        metric: str = "geocode_requests", row: int = 2) -> UsageRecord:
    return UsageRecord(event, customer, metric, D(qty), datetime.fromisoformat(when).replace(tzinfo=UTC), row)


def folded(records: list[UsageRecord], period: Period = MARCH) -> UsageDigest:
    """The records as the usage reader folds a file: a repeated event id counts as a duplicate."""
    digester = UsageDigester(period)
    digester.add(((r.customer_id, r.metric, r.quantity, r.day, r.row) for r in records),
                 [r.event_id in {e.event_id for e in records[:i]} for i, r in enumerate(records)])
    return digester.digest()


def deal(name: str, amount: str = "18000.00") -> Deal:
    return Deal.model_validate({"deal_id": "D1", "deal_name": "d", "account_name": name, "stage": "Closed Won",
                                "close_date": "2026-08-20", "currency": "USD", "amount": amount})


def extraction(name: str, tcv: str = "18000.00") -> ExtractionResult:
    terms = ContractTerms.model_validate({"customer_legal_name": name, "currency": "USD", "payment_terms_days": 30,
                                          "service_start_date": "2026-09-01", "service_end_date": "2027-08-31",
                                          "total_contract_value": tcv,
                                          "line_items": [{"description": "Platform", "quantity": "1",
                                                          "unit_price": tcv, "price_period": "year"}]})
    return ExtractionResult(terms=terms, extractor="test")


def test_names_differing_only_in_suffix_and_case_are_the_same_customer() -> None:
    assert validate_contract(extraction("ACME Corporation, Inc."), deal("Acme Corp")) == []


def test_different_companies_are_a_name_mismatch() -> None:
    (finding,) = validate_contract(extraction("Trey Research Partners LLP"), deal("Treyson Research Group"))
    assert finding.code == "customer_name_mismatch" and finding.evidence["crm"] == "Treyson Research Group"


def test_crm_amount_mismatch() -> None:
    (finding,) = validate_contract(extraction("Acme Corp", tcv="18000.00"), deal("Acme Corp", amount="19000.00"))
    assert finding.evidence == {"contract": "18000.00", "crm": "19000.00"}
    assert finding.code == "amount_mismatch" and "by USD -1,000.00" in finding.message


def test_a_contract_without_any_fee_is_a_missing_field() -> None:
    bare = extraction("Acme Corp").model_copy(update={"terms": extraction("Acme Corp").terms.model_copy(
        update={"line_items": []})})
    assert [f.fields for f in validate_contract(bare, None)] == [["line_items"]]


def test_a_similar_books_customer_is_flagged_before_creating_a_duplicate() -> None:
    books = {"cus-contoso": "Contoso Maps Ltd", "cus-other": "Fabrikam"}
    assert books_customer_findings("Contoso Map Ltd", books)[0].code == "customer_name_mismatch"
    assert books_customer_findings("CONTOSO MAPS LIMITED", books) == []  # the same company: simply reused
    assert books_customer_findings("Northwind", books) == []  # plainly someone new


def test_usage_screen_keeps_problems_out_of_the_bill() -> None:
    records = [rec("e1", "100", row=2), rec("e2", "250", row=3), rec("e1", "100", row=4),  # duplicate event
               rec("e3", "999", when="2026-02-28T23:59:59", row=5),  # February
               rec("e4", "50", customer="cus-unknown", row=6), rec("e5", "70", customer="cus-2", row=7),
               rec("e6", "5", metric="storage_gb", row=8), rec("e7", "-20", row=9)]
    screen = screen_usage(folded(records), "cus-1", {"cus-1", "cus-2"}, RULES, [], spike_factor=D(3),
                          trailing_months=3)
    assert screen.totals == {0: D("330")}  # 100 + 250 - 20
    by_code = {f.code: f for f in screen.findings}
    assert set(by_code) == {"usage_duplicate_events", "usage_out_of_period", "usage_unknown_customer",
                            "sku_unmapped", "usage_negative_quantity"}
    assert by_code["usage_duplicate_events"].evidence["lines"] == [4]
    assert by_code["usage_out_of_period"].evidence["lines"] == [5]
    unknown = [f for f in screen.findings if f.code == "usage_unknown_customer"]
    assert [(f.evidence["customer_id"], f.evidence["lines"]) for f in unknown] == [("cus-unknown", [6]),
                                                                                  ("cus-2", [7])]
    assert "not a customer in the books" in unknown[0].message and "different customer" in unknown[1].message
    assert all(code in FINDING_CODES for code in by_code)


def test_usage_spike_against_the_trailing_average() -> None:
    # History Dec..Feb average (100 + 200 + 300) / 3 = 200; 3 x 200 = 600. March 601 is a spike; 600 is not.
    history = [("cus-1", "Geocode Requests", "2025-12", D(100)), ("cus-1", "geocode_requests", "2026-01", D(200)),
               ("cus-1", "geocode_requests", "2026-02", D(300)), ("cus-1", "geocode_requests", "2025-11", D(9000)),
               ("cus-2", "geocode_requests", "2026-02", D(1))]
    spike = screen_usage(folded([rec("e1", "601")]), "cus-1", {"cus-1"}, RULES, history, spike_factor=D(3),
                         trailing_months=3)
    assert [f.code for f in spike.findings] == ["usage_spike"]
    assert spike.findings[0].evidence["trailing_average"] == "200"
    calm = screen_usage(folded([rec("e1", "600")]), "cus-1", {"cus-1"}, RULES, history, spike_factor=D(3),
                        trailing_months=3)
    assert calm.findings == []


def test_payment_findings() -> None:
    invoices = [OpenInvoice("I1", "I1", "c", "USD", D("100.00"), date(2026, 1, 1), date(2026, 1, 31))]

    def pay(pid: str, amount: str, ref: str = "I1") -> Payment:
        return Payment(pid, date(2026, 2, 1), D(amount), "USD", "Payer", ref, row=2)

    apps = [apply_cash(pay("P-short", "90.00"), invoices, "c"), apply_cash(pay("P-over", "110.00"), invoices, "c"),
            apply_cash(pay("P-none", "55.55", ""), invoices, None),
            CashApplication(pay("P-old", "100.00"), "unmatched")]
    codes = [(f.code, f.evidence["payment_id"]) for f in payment_findings(apps, {"P-old"})]
    assert codes == [("short_payment", "P-short"), ("overpayment", "P-over"), ("unmatched_payment", "P-none"),
                     ("duplicate_payment", "P-old")]


def test_change_request_findings() -> None:
    assert [f.code for f in change_request_findings("INV-9", False, credit=D(1), creditable=None, currency=None,
                                                    requested_currency=None)] == ["unknown_invoice"]
    too_much = change_request_findings("INV-1", True, credit=D("500.01"), creditable=D("500.00"), currency="USD",
                                       requested_currency="eur")
    assert [f.code for f in too_much] == ["currency_mismatch", "credit_exceeds_invoice"]
    owed = change_request_findings("INV-1", True, credit=None, creditable=D("500.00"), currency="USD",
                                   requested_currency=None, write_off=D("120.01"), open_balance=D("120.00"))
    assert [(f.code, f.fields) for f in owed] == [("write_off_exceeds_balance", ["write_off"])]
    assert change_request_findings("INV-1", True, credit=None, creditable=D("500.00"), currency="USD",
                                   requested_currency=None, write_off=D("120.00"), open_balance=D("120.00")) == []


def test_amendment_findings() -> None:
    contract = extraction("Relecloud Media Inc.")
    term = Period(date(2026, 2, 1), date(2027, 1, 31))
    amended = ExtractionResult(terms=ContractTerms.model_validate(
        {"customer_legal_name": "Other Corp", "line_items": [{"description": "Seats", "quantity": "2",
                                                              "unit_price": "1"}]}), extractor="t")
    codes = [f.code for f in amendment_findings(contract, amended, date(2027, 3, 1), term)]
    assert codes == ["customer_name_mismatch", "date_mismatch"]
    codes = [f.code for f in amendment_findings(contract, amended.model_copy(update={"terms": ContractTerms()}),
                                                None, term)]
    assert codes == ["missing_field", "missing_field"]


def test_terms_no_schedule_can_be_built_from_are_a_finding_not_silence() -> None:
    # Everything a schedule needs is stated, yet no invoice can be planned: without a finding the run would end
    # with no action and no reason.
    base = extraction("Acme Corp").terms
    cases = {"billing_anchor": base.model_copy(update={"billing_anchor": "1st of the month"}),
             # the co-termed subscription's period ended before this one starts
             "billing_anchor ": base.model_copy(update={"billing_anchor": "coterm:2026-06-30"}),
             # the only fee line is dated outside the term
             "line_items": base.model_copy(update={"line_items": [base.line_items[0].model_copy(update={
                 "price_period": "one_time", "start_date": date(2028, 1, 1)})]})}
    for field, terms in cases.items():
        (finding,) = validate_contract(ExtractionResult(terms=terms, extractor="test"), None)
        assert (finding.code, finding.severity, finding.fields) == ("inconsistent_terms", "error", [field.strip()])
        assert "cannot be scheduled" in finding.message
