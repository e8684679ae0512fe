"""Answers a careful model would give for the test documents, in the extractor's output schema.

Quotes are copied from the documents' real text (the acme example PDF), so the shared
grounding check passes them exactly as it would a real model's answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_origin

from pydantic import BaseModel

from accrue.adapters.documents import read_document
from accrue.core.terms import LineItem
from accrue.extraction.claude_schema import ScanTermsOutput, TermsOutput, llm_model

ROOT = Path(__file__).resolve().parent.parent
ACME_PDF = ROOT / "examples" / "acme" / "order-form.pdf"
ACME_DEAL = ROOT / "examples" / "acme" / "deal.json"
PLATFORM = "Platform Subscription (SKU PLAT-PRO): 1 x USD 14,400.00 per year"
SEATS = "Named User Seats (SKU SEAT): 40 x USD 240.00 per year"


def acme_lines() -> list[str]:
    """The acme order form's text lines, to rebuild it (e.g. with an injected paragraph)."""
    return [line for line in read_document(ACME_PDF).pages[0].splitlines() if line.strip()]


def blank(model: type[BaseModel] = TermsOutput) -> dict[str, Any]:
    """Every field of an output model present: lists empty, the rest null (strict schemas need all keys)."""
    return {name: [] if get_origin(info.annotation) is list else None for name, info in model.model_fields.items()}


def cite(value: Any, quote: str, page: int = 1) -> dict[str, Any]:
    return {"value": value, "page": page, "quote": quote}


def line_item(line: str, description: str, sku: str, quantity: str, unit_price: str, page: int = 1) -> dict[str, Any]:
    item = blank(llm_model(LineItem))
    item.update(description=cite(description, line, page), sku=cite(sku, line, page),
                quantity=cite(quantity, line, page), unit_price=cite(unit_price, line, page),
                price_period=cite("year", line, page))
    return item


def acme_answer(**overrides: Any) -> dict[str, Any]:
    """The acme order form as Claude should read it (what the embedded extractor also reads)."""
    answer = blank()
    answer.update(
        customer_legal_name=cite("Acme Corporation", "Customer: Acme Corporation"),
        vendor_legal_name=cite("Accrue Demo Software, Inc.", "Vendor: Accrue Demo Software, Inc."),
        order_form_number=cite("OF-2026-0103", "Order Form Number: OF-2026-0103"),
        billing_contact_email=cite("billing@acme.example", "Billing Contact: billing@acme.example"),
        currency=cite("USD", "Currency: USD"),
        effective_date=cite("2026-05-01", "Effective Date: May 1, 2026"),
        service_start_date=cite("2026-05-01", "Service Start Date: May 1, 2026"),
        service_end_date=cite("2027-04-30", "Service End Date: April 30, 2027"),
        term_months=cite(12, "Subscription Term: 12 months"),
        auto_renew=cite(True, "Auto-Renewal: Renews for successive 12-month terms"),
        renewal_term_months=cite(12, "Auto-Renewal: Renews for successive 12-month terms"),
        payment_terms_days=cite(45, "Payment Terms: Net 45"),
        billing_frequency=cite("annual", "Billing Frequency: Annual, in advance"),
        billing_timing=cite("advance", "Billing Frequency: Annual, in advance"),
        po_required=cite(True, "PO Number: PO-88412"),
        po_number=cite("PO-88412", "PO Number: PO-88412"),
        line_items=[line_item(PLATFORM, "Platform Subscription", "PLAT-PRO", "1", "14400.00"),
                    line_item(SEATS, "Named User Seats", "SEAT", "40", "240.00")],
        total_contract_value=cite("24000.00", "Total Contract Value: USD 24,000.00"),
    )
    answer.update(overrides)
    return answer


def scan_answer(transcript: str, **overrides: Any) -> dict[str, Any]:
    answer = blank(ScanTermsOutput)
    answer.update(page_transcripts=[{"page": 1, "text": transcript}])
    answer.update(overrides)
    return answer
