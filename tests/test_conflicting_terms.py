"""A billing term stated twice with different values is a conflict that holds the run, never a silent pick."""

from __future__ import annotations

import json
from pathlib import Path

from accrue.core.document import Document
from accrue.extraction import extract_terms
from accrue.extraction.rules import RulesExtractor
from accrue.workflow.service import RunService
from tests.pdfs import order_form_pdf, write

FORM = {"Customer": "Umbrella Corp", "Service Start Date": "1 March 2026", "Term": "12 months", "Currency": "USD",
        "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"}
FEES = ["Platform (SKU P-1): 10 x USD 1,200.00 per year"]


def _deal(folder: Path) -> Path:
    path = folder / "deal.json"
    path.write_text(json.dumps({"deal_id": "D-UMB-1", "deal_name": "Umbrella - Platform", "stage": "Closed Won",
                                "account_name": "Umbrella Corp", "close_date": "2026-02-20", "currency": "USD",
                                "amount": "12000.00"}))
    return path


def _read(text: str) -> list[str]:
    doc = Document(source="form.txt", pages=[text], sha256="x", media_type="text/plain")
    return extract_terms(doc, RulesExtractor()).warnings


def test_two_payment_terms_lines_are_reported_with_both_quotes() -> None:
    warnings = _read("Customer: Acme Corp\nPayment Terms: Net 30\nBilling: annually in advance\n"
                     "Payment Terms: Net 45\n")
    (conflict,) = [w for w in warnings if w.startswith("inconsistent:payment_terms_days")]
    assert '"Payment Terms: Net 30"' in conflict and '"Payment Terms: Net 45"' in conflict


def test_the_same_term_stated_twice_alike_is_no_conflict() -> None:
    warnings = _read("Payment Terms: Net 30\nBilling: annually in advance\nPayment Terms: Net 30\n")
    assert not [w for w in warnings if w.startswith("inconsistent:")]


def test_a_form_that_states_its_payment_terms_once_goes_through(runtime: RunService, tmp_path: Path) -> None:
    pdf = write(tmp_path / "once.pdf", order_form_pdf(FORM, FEES))
    view = runtime.start_contract_run(pdf, _deal(tmp_path))
    assert view.status == "completed", view.error
    assert "inconsistent_terms" not in [f["code"] for f in view.findings]


def test_a_cover_page_and_a_later_page_that_disagree_hold_the_run(runtime: RunService, tmp_path: Path) -> None:
    pdf = write(tmp_path / "twice.pdf", order_form_pdf(FORM, FEES, [["Commercial terms", "Payment Terms: Net 45"]]))
    view = runtime.start_contract_run(pdf, _deal(tmp_path))
    assert view.status == "needs_review"
    (finding,) = [f for f in view.findings if f["code"] == "inconsistent_terms"]
    assert finding["fields"] == ["payment_terms_days"]
    assert "Net 30" in finding["message"] and "Net 45" in finding["message"]
    assert not any(a.get("status") == "executed" for a in view.actions)
