"""OpenAPI descriptions of the webhook bodies and headers.

The webhook handlers read the raw body themselves (the signature covers its exact bytes),
so FastAPI cannot infer their request schemas; these are written out here for `/docs`
and `/openapi.json`. Documentation only: `accrue.interfaces.server.intake` is what enforces them.
"""

from __future__ import annotations

from typing import Any

from accrue.adapters.webhook_events import WebhookKind

WEBHOOKS: dict[WebhookKind, str] = {
    "contract-signed": "A signed order form (and its CRM deal, or the deal's id) starts a new-contract run",
    "deal-closed": "A closed-won deal; kept by id, and with an attached order form starts a new-contract run",
    "usage": "A usage CSV for a billing period starts a usage run",
    "payment": "Received payments start a cash-application run",
}

_DOCUMENT = {"type": "object", "required": ["content_base64"], "properties": {
    "filename": {"type": "string", "example": "order-form.pdf"},
    "content_base64": {"type": "string", "format": "byte", "description": "the file bytes, standard base64"}}}
_DEAL = {"type": "object", "description": "the CRM deal: deal_id, deal_name, account_name, stage, close_date, "
                                          "currency, amount (string), line_items", "additionalProperties": True}

_JSON: dict[str, dict[str, Any]] = {
    "contract-signed": {"type": "object", "required": ["document"], "properties": {
        "document": _DOCUMENT, "deal": _DEAL,
        "deal_id": {"type": "string", "description": "instead of `deal`: a deal sent earlier to deal-closed"}}},
    "deal-closed": {"type": "object", "required": ["deal"], "properties": {"deal": _DEAL, "document": _DOCUMENT}},
    "usage": {"type": "object", "required": ["csv", "period_start", "period_end"], "properties": {
        "csv": {"type": "string", "description": "header: event_id,customer_id,metric,quantity,timestamp"},
        "period_start": {"type": "string", "format": "date"}, "period_end": {"type": "string", "format": "date"},
        "document": _DOCUMENT, "contract_run_id": {"type": "string", "description": "instead of `document`: the "
                                                                                   "run that read the contract"}}},
    "payment": {"type": "object", "properties": {
        "payments": {"type": "array", "items": {"type": "object", "required": ["payment_id", "date", "amount",
                                                                               "currency"], "properties": {
            "payment_id": {"type": "string"}, "date": {"type": "string", "format": "date"},
            "amount": {"type": "string", "example": "24000.00"}, "currency": {"type": "string", "example": "USD"},
            "payer": {"type": "string"}, "reference": {"type": "string", "description": "invoice numbers, if any"}}}},
        "csv": {"type": "string", "description": "instead of `payments`: "
                                                 "payment_id,date,amount,currency,payer,reference"}}},
}
_FILE = {"type": "string", "format": "binary"}
_MULTIPART: dict[str, dict[str, Any]] = {
    "contract-signed": {"type": "object", "required": ["document"], "properties": {
        "document": _FILE, "deal": {"type": "string", "description": "the deal as JSON (a file or a field)"},
        "deal_id": {"type": "string"}}},
    "deal-closed": {"type": "object", "required": ["deal"], "properties": {"deal": {"type": "string"},
                                                                           "document": _FILE}},
    "usage": {"type": "object", "required": ["usage", "period_start", "period_end"], "properties": {
        "usage": _FILE, "period_start": {"type": "string", "format": "date"},
        "period_end": {"type": "string", "format": "date"}, "document": _FILE, "contract_run_id": {"type": "string"}}},
    "payment": {"type": "object", "required": ["payments"], "properties": {"payments": _FILE}},
}
_HEADERS = [
    {"name": "webhook-id", "in": "header", "required": True, "schema": {"type": "string"},
     "description": "the event id; the same on every retry (duplicates start nothing)"},
    {"name": "webhook-timestamp", "in": "header", "required": True, "schema": {"type": "integer"},
     "description": "Unix seconds; refused when more than 5 minutes from the server clock"},
    {"name": "webhook-signature", "in": "header", "required": True, "schema": {"type": "string"},
     "description": "v1,<base64 HMAC-SHA256 of '<webhook-id>.<webhook-timestamp>.<raw body>'>; see docs/service.md"},
]

RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "a duplicate delivery: the stored event, nothing new started"},
    202: {"description": "stored and queued: event_id, run_id (when it can be known yet), event_url"},
    401: {"description": "missing or bad signature, or timestamp outside the window; nothing stored"},
    413: {"description": "body too large"},
    422: {"description": "malformed body (names the field and the fix); nothing stored"},
}


def request_doc(kind: str) -> dict[str, Any]:
    return {"parameters": _HEADERS, "requestBody": {"required": True, "content": {
        "application/json": {"schema": _JSON[kind]}, "multipart/form-data": {"schema": _MULTIPART[kind]}}}}
