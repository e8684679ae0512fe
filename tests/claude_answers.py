"""Answers a careful model would give for the test documents, in the extractor's output schema.

Quotes are copied from the documents' real text (the acme example PDF), so the shared
grounding check passes them exactly as it would a real model's answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_origin

from pydantic import BaseModel

from accrue.adapters.documents import read_document
from accrue.core.terms import LineItem
from accrue.extraction.claude_schema import SCHEMA_PARTS, ScanTermsOutput, TermsOutput, llm_model
from tests import anthropic_mock as am

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


PARTS = len(SCHEMA_PARTS)
_ASKED = re.compile(r"asks only for these fields: ([a-z_, ]+)\.")


def asked_fields(body: dict[str, Any]) -> list[str]:
    """The fields a part request asks for, read from its ask (the same in every mode and repair round)."""
    first = body["messages"][0]["content"]
    return _ASKED.search(first[-1]["text"]).group(1).split(", ")


def part_of_request(body: dict[str, Any]) -> str:
    fields = asked_fields(body)
    return next(part for part, names in SCHEMA_PARTS.items() if names[0] == fields[0])


def answering(full: dict[str, Any], **message_kw: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A reply to any part request: the fields of `full` it asks for, as the forced tool's input when the
    request forces a tool, else as JSON text (structured output or the lenient path)."""
    def reply(body: dict[str, Any]) -> dict[str, Any]:
        answer = {name: full[name] for name in asked_fields(body) if name in full}
        if body.get("tools"):
            return am.tool_use_message(body["tools"][0]["name"], answer, **message_kw)
        return am.structured_message(json.dumps(answer), **message_kw)
    return reply


def every_part(full: dict[str, Any], **message_kw: Any) -> list[Callable[[dict[str, Any]], dict[str, Any]]]:
    """One reply per part: a whole answer, as the split requests receive it."""
    return [answering(full, **message_kw)] * PARTS


def calls_for(api: am.ScriptedAPI, part: str) -> list[dict[str, Any]]:
    """The requests (in order) that asked for one part."""
    return [body for body in api.calls if part_of_request(body) == part]
