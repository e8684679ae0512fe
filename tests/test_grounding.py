"""The shared grounding check: a value stands only if its quote is on the page and states it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from agent.documents import Document, read_document
from agent.extraction import extract_terms
from agent.extraction.rules import RulesExtractor
from agent.grounding import ground, quote_on_page, quote_states_value
from agent.terms import Citation, ContractTerms, ExtractionResult
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
    terms = {"auto_renew": True, "line_items": [{"description": "Platform", "unit_price": "12000", "quantity": "1"}]}
    result = _result(terms, {"line_items[0].description": (1, "Platform (SKU PLAT): 1 x USD 12,000.00 per year"),
                             "line_items[0].unit_price": (1, "Platform (SKU PLAT): 1 x USD 12,000.00 per year")})
    grounded = ground(result, _doc())
    assert grounded.terms.auto_renew is None
    assert "ungrounded:auto_renew: no citation" in grounded.warnings
    assert len(grounded.terms.line_items) == 1  # quantity 1 and period "year" are schema defaults, not claims


def test_dropped_line_item_reindexes_the_citations_after_it():
    rows = ["Platform (SKU PLAT): 1 x USD 12,000.00 per year", "Seats (SKU SEAT): 25 x USD 240.00 per year",
            "Support (SKU SUP): 1 x USD 3,000.00 per year"]
    items = [{"description": "Platform", "sku": "PLAT", "unit_price": "12000.00"},
             {"description": "Seats", "sku": "SEAT", "quantity": "25", "unit_price": "999.00"},  # not what it says
             {"description": "Support", "sku": "SUP", "unit_price": "3000.00"}]
    cites: dict[str, tuple[int, str]] = {}
    for i, row in enumerate(rows):
        for leaf in ("description", "sku", "unit_price") + (("quantity",) if i == 1 else ()):
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
