"""Corrections on real extractions: a person's value replaces the extractor's, checked by the terms model and, with a
quote, by the grounding check; citations and warnings follow; whoever entered a value cannot approve what uses it."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from accrue.adapters.documents import read_document
from accrue.adapters.policy_file import load_policy
from accrue.core.actions import CreateInvoice, InvoiceLine
from accrue.core.approval import Allowed, Refused, may_decide
from accrue.core.corrections import (
    Correction,
    CorrectionError,
    TermEdit,
    apply_edits,
    current_values,
    entered_findings,
    entered_paths,
    entered_value_conflict,
    parse_assignment,
)
from accrue.core.terms import Citation, ExtractionResult
from accrue.extraction import extract_terms
from accrue.extraction.rules import RulesExtractor
from tests.conftest import example

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PAT = "Pat Billing"


@pytest.fixture(scope="module")
def initech() -> tuple[ExtractionResult, list[str]]:
    doc = read_document(example("initech")[0])
    return extract_terms(doc, RulesExtractor()), doc.pages


def _apply(extraction: ExtractionResult, pages: list[str], *texts: str,
           citation: Citation | None = None) -> tuple[ExtractionResult, list[Correction]]:
    return apply_edits(extraction, [parse_assignment(t, citation) for t in texts], pages, by=PAT,
                       role="billing_specialist", at=AT)


def test_the_command_line_form_reads_set_add_and_remove() -> None:
    assert parse_assignment("service_start_date=2026-03-01") == TermEdit(path="service_start_date",
                                                                         value="2026-03-01")
    add = parse_assignment('line_items[+]={"description": "Support", "unit_price": "4800.00"}')
    assert (add.op, add.path, add.value) == ("add", "line_items", {"description": "Support", "unit_price": "4800.00"})
    assert (parse_assignment("line_items[1]=-").op, parse_assignment("billing_anchor=-").op) == ("remove", "remove")


@pytest.mark.parametrize(("text", "says"), [
    ("service_start_date", "write a correction as PATH=VALUE"),
    ("line_items[1].unit_prise=3", "'unit_prise' is not a field of line_items[1]; its fields are description"),
    ("start=2026-03-01", "'start' is not a field of the terms"),
    ("line_items.unit_price=3", "line_items is a list; name one of its items, like line_items[0].unit_price"),
    ("currency[+]={}", "currency is not a list"),
    ('line_items[+]={"description": bad}', "not valid JSON"),
])
def test_a_path_that_fits_no_term_is_one_clear_line(text: str, says: str) -> None:
    with pytest.raises(CorrectionError, match=None) as err:
        parse_assignment(text)
    assert says in str(err.value) and "\n" not in str(err.value)


def test_a_set_value_replaces_the_extracted_one_and_records_who_and_what(initech) -> None:
    extraction, pages = initech
    corrected, (c,) = _apply(extraction, pages, "line_items[1].unit_price=250.00")
    assert corrected.terms.line_items[1].unit_price == Decimal("250.00")
    assert (c.path, c.op, c.old, c.new, c.by, c.role, c.at, c.provenance) == (
        "line_items[1].unit_price", "set", "240.00", "250.00", PAT, "billing_specialist", AT, "entered_by_person")
    assert "line_items[1].unit_price" not in corrected.citations  # the document no longer backs the value
    assert corrected.citations["line_items[1].quantity"] == extraction.citations["line_items[1].quantity"]
    assert extraction.terms.line_items[1].unit_price == Decimal("240.00")  # the input is never changed


def test_a_quoted_value_is_grounded_on_its_page_like_an_extracted_one(initech) -> None:
    extraction, pages = initech
    quote = Citation(page=1, quote="Service Start Date: March 1, 2026")
    corrected, (c,) = _apply(extraction, pages, "service_start_date=2026-03-01", citation=quote)
    assert (c.provenance, c.citation, corrected.citations["service_start_date"]) == ("document", quote, quote)
    with pytest.raises(CorrectionError, match="is not on page 1; copy it exactly"):
        _apply(extraction, pages, "service_start_date=2026-03-01", citation=Citation(page=1, quote="Go-live: 1 March"))
    with pytest.raises(CorrectionError, match="does not state 2026-04-01"):
        _apply(extraction, pages, "service_start_date=2026-04-01", citation=quote)
    with pytest.raises(CorrectionError, match="not a page of the document"):
        _apply(extraction, pages, "service_start_date=2026-03-01", citation=Citation(page=9, quote="March"))


@pytest.mark.parametrize(("text", "says"), [
    ("line_items[1].unit_price=abc", "line_items[1].unit_price=\"abc\" is not a valid value"),
    ("service_end_date=2025-01-01", "is before service_start_date"),
    ("billing_frequency=fortnightly", "billing_frequency=\"fortnightly\" is not a valid value"),
    ("currency=XYZ", "not an active ISO 4217 code"),
    ("line_items[5].unit_price=10", "the terms have 2 line items (line_items[0] to line_items[1]); add one with"),
    ('line_items[+]={"description": "Support"}', "unit_price"),
])
def test_a_value_the_terms_model_refuses_is_one_clear_line_and_nothing_changes(initech, text: str, says: str) -> None:
    extraction, pages = initech
    with pytest.raises(CorrectionError) as err:
        _apply(extraction, pages, text)
    assert says in str(err.value) and "\n" not in str(err.value)


def test_an_added_item_takes_its_quote_for_the_price_it_states(initech) -> None:
    extraction, pages = initech
    item = '{"description": "Named User Seats", "quantity": "25", "unit_price": "240.00", "price_period": "year"}'
    quote = Citation(page=1, quote="Named User Seats (SKU SEAT): 25 x USD 240.00 per year")
    corrected, (c,) = _apply(extraction, pages, f"line_items[+]={item}", citation=quote)
    assert (c.path, c.op, c.old, c.provenance) == ("line_items[2]", "add", None, "document")
    assert c.new["unit_price"] == "240.00" and len(corrected.terms.line_items) == 3
    assert {p for p, cite in corrected.citations.items() if p.startswith("line_items[2]")} == {
        "line_items[2].description", "line_items[2].quantity", "line_items[2].unit_price",
        "line_items[2].price_period"}
    with pytest.raises(CorrectionError, match="does not state line_items\\[2\\].unit_price"):
        _apply(extraction, pages, f"line_items[+]={item.replace('240.00', '250.00')}", citation=quote)


def test_removing_an_item_moves_the_citations_and_warnings_of_those_after_it(initech) -> None:
    extraction, pages = initech
    warned = extraction.model_copy(update={"warnings": ["ungrounded:line_items[1].sku: no citation",
                                                        "ungrounded:line_items[0].sku: no citation"]})
    corrected, (c,) = _apply(warned, pages, "line_items[0]=-")
    assert [i.description for i in corrected.terms.line_items] == ["Named User Seats"]
    assert corrected.citations["line_items[0].unit_price"] == extraction.citations["line_items[1].unit_price"]
    assert not any(p.startswith("line_items[1]") for p in corrected.citations)
    assert "ungrounded:line_items[0].sku: no citation" in corrected.warnings  # the seats' warning, moved up
    assert len([w for w in corrected.warnings if w.startswith("ungrounded:")]) == 1
    assert (c.op, c.old["description"], c.new) == ("remove", "Platform Subscription", None)


def test_a_correction_answers_the_warnings_about_its_value_and_the_sums_are_checked_again(initech) -> None:
    extraction, pages = initech
    warned = extraction.model_copy(update={"warnings": ["not_found:po_number", "ungrounded:service_end_date: x"]})
    corrected, _ = _apply(warned, pages, "service_end_date=2027-02-28", "total_contract_value=19000.00")
    assert "ungrounded:service_end_date: x" not in corrected.warnings
    assert "not_found:po_number" in corrected.warnings
    assert any(w.startswith("inconsistent:total_contract_value: stated 19000.00") for w in corrected.warnings)


def test_where_each_correction_stands_now_and_who_entered_what(initech) -> None:
    extraction, pages = initech
    _, made = _apply(extraction, pages, "line_items[1].unit_price=250.00", "line_items[0]=-",
                     "payment_terms_days=45")
    assert [p for p, _ in current_values(made)] == ["line_items[0].unit_price", "line_items", "payment_terms_days"]
    assert entered_paths(made) == {"line_items[0].unit_price", "payment_terms_days"}
    findings = entered_findings(made)
    assert [(f.code, f.severity, f.fields) for f in findings] == [
        ("entered_by_person", "info", ["line_items[0].unit_price"]), ("entered_by_person", "info",
                                                                       ["payment_terms_days"])]
    assert "was entered by Pat Billing without a quote" in findings[0].message


def test_whoever_entered_a_value_cannot_approve_what_depends_on_it() -> None:
    policy = load_policy()
    invoice = CreateInvoice(id="a2", invoice_id="inv-1", customer="cus-1", invoice_date=AT.date(),
                            due_date=AT.date(), currency="USD", amount=Decimal("30000.00"),
                            lines=[InvoiceLine(description="Platform", amount=Decimal("30000.00"))],
                            evidence=["service_start_date", "payment_terms_days", "line_items[0]"])
    made = [Correction(path="line_items[0].unit_price", op="set", old="3000.00", new="30000.00", by="Sam Lee",
                       role="controller", at=AT, provenance="entered_by_person")]
    assert entered_value_conflict(invoice, " sam  LEE ", made) == (
        " sam  LEE  entered line_items[0].unit_price, which a2 depends on; someone else must approve it")
    refused = may_decide(invoice, "approve", "Sam Lee", "controller", policy, made)
    assert isinstance(refused, Refused) and "someone else must approve it" in refused.reason
    # the same person under a look-alike name is the same person
    assert isinstance(may_decide(invoice, "approve", "Sam\u200b Lee", "controller", policy, made), Refused)
    assert isinstance(may_decide(invoice, "approve", "Dana Controller", "controller", policy, made), Allowed)
    unrelated = [made[0].model_copy(update={"path": "vendor_legal_name"})]
    assert isinstance(may_decide(invoice, "approve", "Sam Lee", "controller", policy, unrelated), Allowed)
