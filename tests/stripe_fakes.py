"""Helpers for the Stripe tests: a recording transport in front of localstripe, and a small stateful
fake of the Stripe calls localstripe lacks (finalize, send, prices, credit notes, standalone
invoices), answering in the shapes Stripe's API reference documents."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
from sqlmodel import Session

from accrue.adapters.database import get_engine
from accrue.core.actions import CreateCreditNote, CreateCustomer, CreateInvoice, InvoiceLine


class Recording(httpx.BaseTransport):
    """Forwards to `inner` and keeps every request; `lose` drops the response of matching requests
    after the server has handled them (a timeout at the worst moment)."""

    def __init__(self, inner: httpx.BaseTransport, lose: Callable[[httpx.Request], bool] | None = None):
        self.inner = inner
        self.requests: list[httpx.Request] = []
        self.lose = lose

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        response = self.inner.handle_request(request)
        if self.lose is not None and self.lose(request):
            self.lose = None
            response.read()
            raise httpx.ReadTimeout("response lost", request=request)
        return response

    def writes(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST"]


def form(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.content.decode()))


def _meta(data: dict[str, str]) -> dict[str, str]:
    return {k[len("metadata["):-1]: v for k, v in data.items() if k.startswith("metadata[")}


class FakeStripe:
    """Stateful, in Stripe's documented response shapes; an httpx.MockTransport handler."""

    def __init__(self) -> None:
        self.objects: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, str, dict[str, str], dict[str, str]]] = []
        self._ids = itertools.count(1)
        self.fail_next: list[httpx.Response] = []

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _new(self, prefix: str, obj: dict[str, Any]) -> dict[str, Any]:
        obj = {"id": obj.pop("id", None) or f"{prefix}_{next(self._ids):06d}", "livemode": False,
               "created": 1777600000, **obj}
        self.objects[obj["id"]] = obj
        return obj

    def handle(self, request: httpx.Request) -> httpx.Response:
        data = form(request) if request.method == "POST" else dict(request.url.params)
        self.calls.append((request.method, request.url.path, data, dict(request.headers)))
        if self.fail_next:
            return self.fail_next.pop(0)
        if not request.headers.get("Authorization", "").startswith("Bearer sk_"):
            return httpx.Response(401, json={"error": {"type": "invalid_request_error",
                                                       "message": "You did not provide an API key."}})
        path = request.url.path
        parts = path.strip("/").split("/")
        if request.method == "GET":
            if len(parts) == 3 and parts[2] in self.objects:
                return httpx.Response(200, json=self.objects[parts[2]])
            if len(parts) == 2:
                kind = {"customers": "customer", "invoices": "invoice", "credit_notes": "credit_note",
                        "invoiceitems": "invoiceitem", "prices": "price"}[parts[1]]
                found = [o for o in self.objects.values() if o["object"] == kind
                         and all(o.get(k) == v for k, v in data.items() if k in ("customer", "invoice"))]
                return httpx.Response(200, json={"object": "list", "url": path, "has_more": False, "data": found})
            return self._missing(path)
        meta = _meta(data)
        if path == "/v1/customers":
            return self._ok(self._new("cus", {"object": "customer", "name": data.get("name"),
                                              "email": data.get("email"), "metadata": meta}))
        if path == "/v1/products":
            return self._ok(self._new("prod", {"id": data.get("id"), "object": "product", "name": data["name"],
                                               "active": True, "metadata": meta}))
        if path == "/v1/prices":
            recurring = ({"interval": data["recurring[interval]"],
                          "interval_count": int(data.get("recurring[interval_count]", 1))}
                         if "recurring[interval]" in data else None)
            return self._ok(self._new("price", {"object": "price", "product": data["product"],
                                                "currency": data["currency"], "unit_amount": int(data["unit_amount"]),
                                                "recurring": recurring,
                                                "type": "recurring" if recurring else "one_time", "metadata": meta}))
        if path == "/v1/invoices":
            return self._ok(self._new("in", {
                "object": "invoice", "customer": data["customer"], "status": "draft", "number": None,
                "collection_method": data.get("collection_method", "charge_automatically"),
                "days_until_due": int(data["days_until_due"]) if "days_until_due" in data else None,
                "currency": data.get("currency", "usd"), "description": data.get("description"),
                "custom_fields": [{"name": data["custom_fields[0][name]"], "value": data["custom_fields[0][value]"]}]
                if "custom_fields[0][name]" in data else None,
                "subtotal": 0, "total": 0, "amount_due": 0, "metadata": meta,
                "lines": {"object": "list", "data": [], "has_more": False}}))
        if path == "/v1/invoiceitems":
            invoice = self.objects.get(data.get("invoice", ""))
            if invoice is not None and invoice["status"] != "draft":
                return self._error(400, "You can only add invoice items to draft invoices.", "invoice")
            period = ({"start": int(data["period[start]"]), "end": int(data["period[end]"])}
                      if "period[start]" in data else None)
            item = self._new("ii", {"object": "invoiceitem", "customer": data["customer"],
                                    "invoice": data.get("invoice"), "amount": int(data["amount"]),
                                    "currency": data["currency"], "description": data.get("description"),
                                    "period": period, "metadata": meta})
            if invoice is not None:
                invoice["lines"]["data"].append({"id": f"il_{item['id']}", "object": "line_item",
                                                 "amount": item["amount"], "description": item["description"],
                                                 "metadata": meta})
                for k in ("subtotal", "total", "amount_due"):
                    invoice[k] += item["amount"]
            return self._ok(item)
        if len(parts) == 4 and parts[1] == "invoices" and parts[3] in ("finalize", "send"):
            invoice = self.objects.get(parts[2])
            if invoice is None:
                return self._missing(path)
            if parts[3] == "finalize":
                if invoice["status"] != "draft":
                    return self._error(400, "This invoice is already finalized, you can't re-finalize a "
                                            "non-draft invoice.", None, code="invoice_not_editable")
                invoice.update(status="open", number=f"ACME-{next(self._ids):04d}")
            return self._ok(invoice)
        if path == "/v1/credit_notes":
            invoice = self.objects.get(data["invoice"])
            if invoice is None or invoice["status"] == "draft":
                return self._error(400, "Credit notes can only be issued on finalized invoices.", "invoice")
            return self._ok(self._new("cn", {"object": "credit_note", "invoice": data["invoice"],
                                             "amount": int(data["amount"]), "currency": invoice["currency"],
                                             "memo": data.get("memo"), "status": "issued", "type": "pre_payment",
                                             "number": f"{invoice['number']}-CN-01", "metadata": meta}))
        return self._missing(path)

    @staticmethod
    def _ok(obj: dict[str, Any]) -> httpx.Response:
        return httpx.Response(200, json=obj, headers={"Request-Id": "req_test"})

    @staticmethod
    def _error(status: int, message: str, param: str | None, code: str | None = None) -> httpx.Response:
        err = {"type": "invalid_request_error", "message": message}
        if param:
            err["param"] = param
        if code:
            err["code"] = code
        return httpx.Response(status, json={"error": err})

    def _missing(self, path: str) -> httpx.Response:
        return self._error(404, f"Unrecognized request URL (POST: {path}).", None)


def session_factory() -> Callable[[], Session]:
    """Sessions on the test's ACCRUE_HOME database (use with the `home` fixture)."""
    from accrue.settings import load_settings

    settings = load_settings()
    settings.ensure_home()
    engine = get_engine(settings.db_url)
    return lambda: Session(engine, expire_on_commit=False)


def customer_action(key: str = "key-cus-1", customer_id: str = "cus-acme") -> CreateCustomer:
    return CreateCustomer(id="a1", idempotency_key=key, customer_id=customer_id,
                          customer_legal_name="Acme Corporation", billing_email="billing@acme.example",
                          currency="USD")


def invoice_action(key: str = "key-inv-1", customer_id: str = "cus-acme", invoice_id: str = "inv-1") -> CreateInvoice:
    lines = [InvoiceLine(description="Platform Subscription (May 1, 2026 - Apr 30, 2027)", amount=Decimal("14400.00"),
                         period_start=date(2026, 5, 1), period_end=date(2027, 4, 30)),
             InvoiceLine(description="Named User Seats", amount=Decimal("9600.00"), quantity=Decimal(40),
                         unit_price=Decimal("240.00"))]
    return CreateInvoice(id="a2", idempotency_key=key, invoice_id=invoice_id, customer=customer_id,
                         invoice_date=date(2026, 5, 1), due_date=date(2026, 6, 15), currency="USD",
                         po_number="PO-88412", lines=lines, amount=Decimal("24000.00"))


def credit_note_action(key: str = "key-cn-1", invoice_id: str = "inv-1") -> CreateCreditNote:
    return CreateCreditNote(id="a3", idempotency_key=key, invoice_id=invoice_id, amount=Decimal("1000.00"),
                            currency="USD", reason="Service credit for the April outage")


def dumps(obj: Any) -> str:
    return json.dumps(obj, default=str)
