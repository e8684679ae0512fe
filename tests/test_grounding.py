"""The shared grounding check: a value stands only if its quote is on the page and states it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from accrue.adapters.documents import read_document
from accrue.core.document import Document
from accrue.core.grounding import ground, quote_on_page, quote_states_value
from accrue.core.terms import Citation, ContractTerms, ExtractionResult
from accrue.extraction import extract_terms
from accrue.extraction.rules import RulesExtractor
from tests.pdfs import order_form_pdf, write

PAGE = """ORDER FORM
Payment Terms: Customer shall pay each invoice within forty-five (45) days of the invoice date.
Renewal: This Order Form will automatically renew for successive one (1) year terms.
Platform (SKU PLAT): 1 x USD 12,000.00 per year
Seats (SKU SEAT): 25 x USD 240.00 per year
Support (SKU SUP): 1 x USD 3,000.00 per year
Special terms: Customer may terminate for convenience. Pricing is no less favourable than for any other customer.
"""


def _doc(text: str = PAGE) -> Document:
    return Document(source="form.txt", pages=[text], sha256="x", media_type="text/plain")


def _result(terms: dict, citations: dict[str, tuple[int, str]]) -> ExtractionResult:
    return ExtractionResult(terms=ContractTerms.model_validate(terms),
                            citations={k: Citation(page=p, quote=q) for k, (p, q) in citations.items()},
                            extractor="test")


def test_quote_on_page_is_whitespace_normalised_and_verbatim():
    page = "Payment Terms:\nNet   45\u00a0days"
    assert quote_on_page("Payment Terms: Net 45 days", page)
    assert not quote_on_page("payment terms: net 45 days", page)  # verbatim: case matters
    assert not quote_on_page("", page)


def test_numbers_words_and_durations_are_normalised():
    assert quote_states_value("payment_terms_days", 45, "within forty-five (45) days of the invoice date")
    assert quote_states_value("payment_terms_days", 0, "All invoices are due upon receipt.")
    assert quote_states_value("renewal_term_months", 12, "renew for successive one (1) year terms")
    assert quote_states_value("term_months", 36, "a term of three (3) years")
    assert quote_states_value("renewal_term_months", 1, "continues month-to-month")
    assert quote_states_value("unit_price", Decimal("9500"), "EUR 9.500,00")
    assert not quote_states_value("payment_terms_days", 30, "within forty-five (45) days")


def test_enums_booleans_and_currency_need_their_words():
    assert quote_states_value("billing_frequency", "quarterly", "Invoicing: Quarterly, in advance")
    assert not quote_states_value("billing_frequency", "annual", "Invoicing: Quarterly, in advance")
    assert quote_states_value("auto_renew", False, "Auto-Renewal: No")
    assert quote_states_value("auto_renew", True, "renews unless notice not to renew is given")
    assert not quote_states_value("auto_renew", False, "This Order Form renews for successive 12-month terms.")
    assert quote_states_value("po_required", False, "No purchase order is required.")
    assert quote_states_value("currency", "USD", "Fee: $12,000.00")
    assert not quote_states_value("currency", "USD", "Fee: C$12,000.00")
    assert quote_states_value("price_period", "year", "List price p.a.")
    assert quote_states_value("billing_anchor", "day:15", "Invoices are issued on the 15th day of each month.")


def test_ungrounded_value_is_dropped_with_a_warning():
    result = _result({"payment_terms_days": 30, "currency": "USD"},
                     {"payment_terms_days": (1, "within forty-five (45) days of the invoice date"),
                      "currency": (1, "USD 12,000.00 per year")})
    grounded = ground(result, _doc())
    assert grounded.terms.payment_terms_days is None
    assert "payment_terms_days" not in grounded.citations
    assert any(w.startswith("ungrounded:payment_terms_days: quote does not state 30") for w in grounded.warnings)
    assert grounded.terms.currency == "USD"


def test_quote_not_on_the_cited_page_is_dropped():
    result = _result({"payment_terms_days": 45}, {"payment_terms_days": (2, "within forty-five (45) days")})
    grounded = ground(result, _doc())
    assert grounded.terms.payment_terms_days is None
    assert grounded.warnings == ["ungrounded:payment_terms_days: quote not found on page 2"]


def test_value_without_citation_is_dropped_but_an_uncited_default_is_not_a_claim():
    row = "Platform (SKU PLAT): 1 x USD 12,000.00 per year"
    terms = {"auto_renew": True, "line_items": [{"description": "Platform", "unit_price": "12000", "quantity": "1"}]}
    result = _result(terms, {"line_items[0].description": (1, row), "line_items[0].unit_price": (1, row),
                             "line_items[0].price_period": (1, row)})
    grounded = ground(result, _doc())
    assert grounded.terms.auto_renew is None
    assert "ungrounded:auto_renew: no citation" in grounded.warnings
    assert len(grounded.terms.line_items) == 1  # quantity 1 is the schema default, not a claim


def test_an_uncited_price_period_is_a_claim_and_removes_its_item():
    """The default period "year" is what billing multiplies by: a model that leaves it null for a monthly fee must
    not have the fee billed once a year without anyone seeing it."""
    page = "Managed backup: USD 500.00 per month"
    result = _result({"line_items": [{"description": "Managed backup", "unit_price": "500"}]},
                     {"line_items[0].description": (1, page), "line_items[0].unit_price": (1, page)})
    grounded = ground(result, _doc(page))
    assert grounded.terms.line_items == []
    assert "ungrounded:line_items[0].price_period: no citation" in grounded.warnings


def test_an_uncited_per_unit_model_stands_for_one_tier_but_not_for_several():
    page = "API calls: first 1,000,000 at $0.002 per call; above 1,000,000 at $0.001 per call"
    tiers = [{"up_to": "1000000", "unit_price": "0.002"}, {"up_to": None, "unit_price": "0.001"}]
    cites = {"usage_rules[0].metric": (1, page), "usage_rules[0].tiers[0].up_to": (1, page),
             "usage_rules[0].tiers[0].unit_price": (1, page), "usage_rules[0].tiers[1].unit_price": (1, page)}
    several = ground(_result({"usage_rules": [{"metric": "API calls", "tiers": tiers}]}, cites), _doc(page))
    assert several.terms.usage_rules == []  # per_unit would bill every call at the first tier's price
    assert "ungrounded:usage_rules[0].pricing_model: no citation" in several.warnings
    one = ground(_result({"usage_rules": [{"metric": "API calls", "tiers": tiers[1:]}]},
                         {k.replace("tiers[1]", "tiers[0]"): v for k, v in cites.items() if "tiers[0]" not in k}),
                 _doc(page))
    assert [r.pricing_model for r in one.terms.usage_rules] == ["per_unit"]


def test_dropped_line_item_reindexes_the_citations_after_it():
    rows = ["Platform (SKU PLAT): 1 x USD 12,000.00 per year", "Seats (SKU SEAT): 25 x USD 240.00 per year",
            "Support (SKU SUP): 1 x USD 3,000.00 per year"]
    items = [{"description": "Platform", "sku": "PLAT", "unit_price": "12000.00"},
             {"description": "Seats", "sku": "SEAT", "quantity": "25", "unit_price": "999.00"},  # not what it says
             {"description": "Support", "sku": "SUP", "unit_price": "3000.00"}]
    cites: dict[str, tuple[int, str]] = {}
    for i, row in enumerate(rows):
        for leaf in ("description", "sku", "unit_price", "price_period") + (("quantity",) if i == 1 else ()):
            cites[f"line_items[{i}].{leaf}"] = (1, row)
    grounded = ground(_result({"line_items": items}, cites), _doc())
    assert [i.description for i in grounded.terms.line_items] == ["Platform", "Support"]
    assert "ungrounded:line_items[1].unit_price: quote does not state 999.00" in grounded.warnings
    # the citations of the old third item now sit at index 1 and still quote the Support row
    assert grounded.citations["line_items[1].sku"].quote == rows[2]
    assert grounded.citations["line_items[1].unit_price"].quote == rows[2]
    assert "line_items[2].sku" not in grounded.citations
    for path, citation in grounded.citations.items():
        assert quote_states_value(path.split(".")[-1], getattr(grounded.terms.line_items[int(path[11])],
                                                               path.split(".")[-1]), citation.quote)


def test_dropped_free_text_item_reindexes_too():
    special = "Special terms: Customer may terminate for convenience. Pricing is no less favourable than for any " \
              "other customer."
    result = _result({"non_standard_terms": ["termination for convenience", "invented clause", "mfn pricing"]},
                     {"non_standard_terms[0]": (1, special), "non_standard_terms[1]": (1, "not on the page"),
                      "non_standard_terms[2]": (1, special)})
    grounded = ground(result, _doc())
    assert grounded.terms.non_standard_terms == ["termination for convenience", "mfn pricing"]
    assert set(grounded.citations) == {"non_standard_terms[0]", "non_standard_terms[1]"}


def test_ungrounded_tier_removes_its_usage_rule():
    page = "API calls: 0 - 1,000,000 at $0.002 per call; above 1,000,000 at $0.001 per call (graduated tiers)"
    rule = {"metric": "API calls", "unit": "call", "pricing_model": "graduated",
            "tiers": [{"up_to": "1000000", "unit_price": "0.002"}, {"up_to": None, "unit_price": "0.005"}]}
    cites = {"usage_rules[0].metric": (1, page), "usage_rules[0].unit": (1, page),
             "usage_rules[0].pricing_model": (1, page), "usage_rules[0].tiers[0].up_to": (1, page),
             "usage_rules[0].tiers[0].unit_price": (1, page), "usage_rules[0].tiers[1].unit_price": (1, page)}
    grounded = ground(_result({"usage_rules": [rule]}, cites), _doc(page))
    assert grounded.terms.usage_rules == []
    assert "ungrounded:usage_rules[0].tiers[1].unit_price: quote does not state 0.005" in grounded.warnings
    assert not grounded.citations


def test_extractor_output_on_a_real_pdf_passes_and_a_tampered_citation_fails(tmp_path: Path):
    pdf = write(tmp_path / "form.pdf", order_form_pdf(
        {"Customer": "Initech LLC", "Currency": "USD", "Payment Terms": "Net 30"},
        ["Platform Subscription (SKU PLAT-STD): 1 x USD 12,000.00 per year"]))
    doc = read_document(pdf)
    raw = RulesExtractor().extract(doc)
    grounded = ground(raw, doc)
    assert not [w for w in grounded.warnings if w.startswith("ungrounded:")]
    assert grounded.terms.payment_terms_days == 30
    tampered = raw.model_copy(update={"citations": {**raw.citations,
                                                    "payment_terms_days": Citation(page=1, quote="Net 45")}})
    dropped = ground(tampered, doc)
    assert dropped.terms.payment_terms_days is None
    assert any(w.startswith("ungrounded:payment_terms_days") for w in dropped.warnings)
    assert extract_terms(doc, RulesExtractor()).terms.customer_legal_name == "Initech LLC"


def test_a_number_in_another_role_does_not_state_the_value():
    """A quote that holds the number only as part of a date, an amount, a percentage or a duration in another unit
    does not state a count, a term or a price."""
    assert not quote_states_value("payment_terms_days", 15, "Effective Date: 2026-03-15")
    assert not quote_states_value("quantity", Decimal(2026), "Service Start Date: March 1, 2026")
    assert not quote_states_value("quantity", Decimal(240), "Named User Seats (SKU SEAT): 40 x USD 240.00 per year")
    assert not quote_states_value("unit_price", Decimal(10), "Discount: 10%")
    assert not quote_states_value("total_contract_value", Decimal(36), "Subscription Term: 36 months")
    assert not quote_states_value("late_fee_percent_per_month", Decimal("1.5"), "USD 1.5 per call")
    assert not quote_states_value("term_months", 12, "Payment is due within 12 days")
    assert not quote_states_value("renewal_term_months", 1, "renews for successive one (1) year terms")
    assert not quote_states_value("non_renewal_notice_days", 3, "notice three (3) months before the end of the term")
    # the same numbers in their own roles
    assert quote_states_value("quantity", Decimal(40), "Named User Seats (SKU SEAT): 40 x USD 240.00 per year")
    assert quote_states_value("unit_price", Decimal(240), "Named User Seats (SKU SEAT): 40 x USD 240.00 per year")
    assert quote_states_value("discount_percent", Decimal(10), "Discount: 10%")
    assert quote_states_value("term_months", 36, "Subscription Term: 36 months")
    assert quote_states_value("renewal_term_months", 12, "renews for successive one (1) year terms")
    assert quote_states_value("payment_terms_days", 15, "Payment Terms: Net 15")


def test_a_quote_cut_from_inside_a_word_a_number_or_a_date_is_not_on_the_page():
    page = "Seats (SKU SEAT): 25 x USD 1,240.00 per year\nEffective Date: 2026-03-15\nPayment Terms: Net 45"
    assert quote_on_page("USD 1,240.00 per year", page)
    assert quote_on_page("Net 45", page)
    assert not quote_on_page("240.00 per year", page)   # "1,240.00" cut after its thousands separator
    assert not quote_on_page("USD 1", page)             # ... or before it
    assert not quote_on_page("15", page)                # the day of a date
    assert not quote_on_page("03-15", page)
    assert not quote_on_page("5 x USD", page)           # "25" cut in half
    assert not quote_on_page("et 45", page)
    # a quote the model cut that way states a price the document does not
    result = _result({"line_items": [{"description": "Seats", "quantity": "25", "unit_price": "240.00"}]},
                     {f"line_items[0].{leaf}": (1, "Seats (SKU SEAT): 25 x USD 1,240.00 per year")
                      for leaf in ("description", "quantity", "price_period")}
                     | {"line_items[0].unit_price": (1, "240.00 per year")})
    grounded = ground(result, _doc(page))
    assert grounded.terms.line_items == []
    assert "ungrounded:line_items[0].unit_price: quote not found on page 1" in grounded.warnings


def test_names_and_identifiers_are_whole_tokens_and_blank_states_nothing():
    assert quote_states_value("billing_contact_email", "billing@acme.example", "Billing: billing@acme.example")
    assert not quote_states_value("billing_contact_email", "ap@acme.co", "Billing: ap@acme.com")
    assert not quote_states_value("po_number", "30", "Payment Terms: Net 300")
    assert not quote_states_value("order_form_number", "OF-12", "Order Form: OF-1234")
    assert quote_states_value("order_form_number", "OF-1234", "Order Form: OF-1234.")
    assert not quote_states_value("customer_legal_name", " ", "Customer: Acme Corporation")
    result = _result({"customer_legal_name": ""}, {"customer_legal_name": (1, "ORDER FORM")})
    grounded = ground(result, _doc())
    assert grounded.terms.customer_legal_name is None  # so validation still reports the customer as missing


def test_product_and_metric_names_need_their_words_in_the_quote():
    row = "Seats (SKU SEAT): 25 x USD 240.00 per year"
    assert quote_states_value("description", "Seats", row)
    assert quote_states_value("description", "seat", row)
    assert not quote_states_value("description", "Premium Support", row)
    assert quote_states_value("metric", "API calls", "API call overage: $0.002 per API call")
    assert not quote_states_value("metric", "Storage GB", "API call overage: $0.002 per API call")
    # a clause summary is in the extractor's own words: only its quote must be on the page
    assert quote_states_value("non_standard_terms", "termination for convenience",
                              "Customer may terminate this Order Form at any time on 30 days' notice.")


def test_a_period_word_that_only_counts_a_duration_does_not_state_the_period():
    assert not quote_states_value("billing_frequency", "monthly", "Billed annually in advance for 12 months")
    assert not quote_states_value("price_period", "month", "Platform, 12 months, USD 12,000.00")
    assert not quote_states_value("price_period", "year", "Support for 3 years: USD 9,000.00")
    assert quote_states_value("billing_frequency", "monthly", "Billed monthly for 12 months")
    assert quote_states_value("price_period", "year", "Platform, 12 months, USD 12,000.00")
    assert quote_states_value("billing_frequency", "semiannual", "Invoiced every six (6) months")


def test_an_anchor_day_must_be_the_day_the_quote_names():
    assert quote_states_value("billing_anchor", "day:15", "Invoices are issued on the 15th day of each month.")
    assert quote_states_value("billing_anchor", "day:1", "Invoices are issued on the 1st of each month.")
    assert not quote_states_value("billing_anchor", "day:15", "Invoices are issued on day 1; payment Net 15")


def test_a_flat_refusal_to_renew_cannot_state_auto_renew_true() -> None:
    from accrue.core.grounding import quote_states_value

    assert not quote_states_value("auto_renew", True, "This Order Form will not renew automatically.")
    assert not quote_states_value("auto_renew", True, "There is no automatic renewal of the Subscription Term.")
    assert quote_states_value("auto_renew", False, "This Order Form will not renew automatically.")
    # Conditional wording still states a renewing contract.
    assert quote_states_value("auto_renew", True, "The term renews for successive one-year periods unless either "
                                                  "party gives notice that it will not renew.")
    assert quote_states_value("auto_renew", True, "Auto-Renewal: Renews for successive 12-month terms")


def test_a_quote_tying_its_billing_verb_to_another_cadence_does_not_state_the_frequency() -> None:
    # An annual fee invoiced quarterly is billed quarterly: "annual" in the quote names the fee, not the cadence.
    quote = ("All recurring fees (the annual portal fee pro rata and the monthly user fees) are invoiced quarterly "
             "in advance.")
    assert quote_states_value("billing_frequency", "quarterly", quote)
    assert not quote_states_value("billing_frequency", "annual", quote)
    assert not quote_states_value("billing_frequency", "monthly", quote)
    # two cadences for two kinds of fee: the one the value names is stated
    mixed = "Subscription fees are invoiced annually in advance; usage is billed monthly in arrears."
    assert quote_states_value("billing_frequency", "annual", mixed)
    assert quote_states_value("billing_frequency", "monthly", mixed)
    assert quote_states_value("billing_frequency", "annual", "Annual subscription fee, payable in advance.")


def test_a_ticked_no_to_renewal_states_that_it_does_not_renew() -> None:
    assert quote_states_value("auto_renew", False, "Renew automatically at the end of the term? [ ] Yes [X] No")
    assert quote_states_value("auto_renew", False, "Automatic renewal: \u2610 Yes \u2612 No")
    # the box ticked is Yes: a No printed beside an empty box says nothing
    assert not quote_states_value("auto_renew", False, "Renew automatically? [X] Yes [ ] No")
