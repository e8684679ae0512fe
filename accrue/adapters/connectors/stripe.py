"""Stripe: customers, invoices (items, finalise, send) and credit notes, over one injected httpx client.

Requests are form-encoded as Stripe expects (`metadata[k]`, `items[0][price]`), carry the
pinned `Stripe-Version`, and every write carries an `Idempotency-Key`. Stripe forgets keys
after 24 hours and test doubles such as localstripe ignore them, so our own request ledger
(`stripe_requests`, one row per key, written before the call and completed after it) is what
guarantees one object per key: a completed key is never sent again, and a key whose outcome
is unknown (timeout, crash) is first looked up by the `accrue_key` metadata we stamp on every
object before it is sent again.

`StripeBilling` carries actions: create_customer, create_invoice and create_credit_note land
in Stripe and are mirrored into the local books (which stay the ledger and the subledger that
cash application reads); create_subscription stays in the books, because accrue's billing
engine owns the schedule and a Stripe subscription would invoice on its own as well.

The `localstripe` dialect (chosen for an http:// URL, which real Stripe never is) speaks to
localstripe's gaps: no Prices (plans instead), no /finalize or /send, no period on invoice
items, no credit notes, and no invoice without a subscription, so invoices hang off one
zero-amount "accrue invoicing" subscription per customer and currency.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any, Literal

import httpx
from sqlalchemy import JSON, Column
from sqlmodel import AutoString, Field, Session, SQLModel

from accrue.adapters.books import BooksCreditNote, BooksCustomer, BooksInvoice
from accrue.adapters.connectors.base import ConnectorError, ExecutionResult
from accrue.adapters.connectors.local_books import LocalBooks
from accrue.adapters.connectors.transport import DEFAULT_TIMEOUT, send, status_error
from accrue.adapters.secrets import redact, redact_data
from accrue.core.actions import Action, CreateCreditNote, CreateCustomer, CreateInvoice
from accrue.core.clock import utcnow
from accrue.core.money import to_minor

# The version stripe-python 16.1.0 pins (see shared libraries brief); requests are shaped for it.
STRIPE_API_VERSION = "2026-10-28.endive"
Dialect = Literal["stripe", "localstripe"]
# sent: the request went out and its outcome is unknown (a timeout, a crash); look it up before sending again.
StripeRequestStatus = Literal["sent", "succeeded", "failed"]


class StripeRequest(SQLModel, table=True):
    """One row per Stripe write we ever meant to send, keyed by its Idempotency-Key."""

    __tablename__ = "stripe_requests"
    key: str = Field(primary_key=True)
    method: str
    path: str
    status: StripeRequestStatus = Field(default="sent", sa_type=AutoString)
    object_id: str | None = None
    response: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    error: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


def encode_form(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Stripe's form encoding: nested dicts as `a[b]`, lists as `a[0]`, booleans as true/false, None dropped."""
    out: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}[{k}]" if prefix else str(k), v)
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value):
                walk(f"{prefix}[{i}]", v)
        elif isinstance(value, bool):
            out.append((prefix, "true" if value else "false"))
        elif isinstance(value, float):
            raise TypeError(f"{prefix}: money and quantities go to Stripe as integers or strings, not float")
        else:
            out.append((prefix, str(value)))

    walk("", data)
    return out


def _epoch(d: date) -> int:
    return int(datetime.combine(d, time(0, 0), tzinfo=UTC).timestamp())


class StripeApi:
    """Typed calls to the Stripe REST API; writes go through `post`, exactly once per key."""

    def __init__(self, client: httpx.Client, api_key: str, session_factory: Callable[[], Session], *,
                 dialect: Dialect = "stripe"):
        self._client = client
        self._auth = {"Authorization": f"Bearer {api_key}", "Stripe-Version": STRIPE_API_VERSION}
        self._session = session_factory
        self.dialect = dialect
        with session_factory() as s:
            StripeRequest.__table__.create(bind=s.get_bind(), checkfirst=True)  # type: ignore[attr-defined]

    @classmethod
    def connect(cls, base_url: str, api_key: str, session_factory: Callable[[], Session], *,
                dialect: Dialect | None = None, transport: httpx.BaseTransport | None = None) -> StripeApi:
        client = httpx.Client(base_url=base_url.rstrip("/"), timeout=DEFAULT_TIMEOUT, transport=transport)
        return cls(client, api_key, session_factory, dialect=dialect or dialect_for(base_url))

    def close(self) -> None:
        self._client.close()

    # -- HTTP ----------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, data: dict[str, Any] | None = None,
                 params: dict[str, Any] | None = None, key: str | None = None) -> dict[str, Any]:
        headers = dict(self._auth)
        if key:
            headers["Idempotency-Key"] = key
        # A tuple of pairs: httpx treats it like a list, and its type (unlike the list's) accepts str values.
        request = self._client.build_request(method, path, headers=headers,
                                             params=tuple(encode_form(params)) if params else None,
                                             data=dict(encode_form(data)) if data else None)
        response = send("Stripe", self._client, request)
        if response.is_success:
            return json.loads(response.text or "{}")
        raise self._error(response)

    def _error(self, response: httpx.Response) -> ConnectorError:
        try:
            err = response.json().get("error", {})
        except (ValueError, AttributeError):
            err = {}
        detail = err.get("message") or response.text[:200] or response.reason_phrase
        if err.get("param"):
            detail += f" (param {err['param']})"
        if err.get("code"):
            detail += f" [{err['code']}]"
        hint = response.headers.get("Stripe-Should-Retry")
        transient = None if hint is None else hint.lower() == "true"
        return status_error("Stripe", response, detail, transient=transient)

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        return self._request("GET", path, params=params or None)

    def find(self, path: str, **params: Any) -> dict[str, Any] | None:
        """GET that answers None for a 404 (the object does not exist)."""
        try:
            return self.get(path, **params)
        except ConnectorError as exc:
            if exc.status == 404:
                return None
            raise

    def post(self, path: str, data: dict[str, Any], *, key: str,
             lookup: Callable[[], dict[str, Any] | None] | None = None) -> dict[str, Any]:
        """Send one write at most once per `key`.

        A key already completed returns the stored object without a call. A key sent before
        with no recorded outcome (timeout, crash) is first looked up with `lookup`; only if the
        object is not there is the request sent again (with the same Idempotency-Key).
        """
        with self._session() as s:
            row = s.get(StripeRequest, key)
            if row is not None and row.status == "succeeded":
                return dict(row.response)
            if row is not None and row.status == "sent" and lookup is not None:
                found = lookup()
                if found is not None:
                    self._complete(s, row, found)
                    return found
            if row is None:
                row = StripeRequest(key=key, method="POST", path=path)
            row.status, row.updated_at = "sent", utcnow()
            s.add(row)
            s.commit()
        try:
            obj = self._request("POST", path, data=data, key=key)
        except ConnectorError as exc:
            if not exc.transient:  # Stripe refused it: nothing was created under this key
                with self._session() as s:
                    row = s.get(StripeRequest, key)
                    if row is not None:
                        row.status, row.error, row.updated_at = "failed", redact(exc), utcnow()
                        s.add(row)
                        s.commit()
            raise
        with self._session() as s:
            row = s.get(StripeRequest, key)
            assert row is not None
            self._complete(s, row, obj)
        return obj

    @staticmethod
    def _complete(s: Session, row: StripeRequest, obj: dict[str, Any]) -> None:
        row.status, row.object_id, row.error, row.updated_at = "succeeded", obj.get("id"), None, utcnow()
        row.response = redact_data(obj)
        s.add(row)
        s.commit()

    def _find_by_key(self, path: str, key: str, **params: Any) -> dict[str, Any] | None:
        listing = self.get(path, limit=100, **params)
        for obj in listing.get("data", []):
            if (obj.get("metadata") or {}).get("accrue_key") == key:
                return obj
        return None

    # -- resources -----------------------------------------------------------------------------
    def create_customer(self, *, key: str, name: str, email: str | None, metadata: dict[str, str]) -> dict[str, Any]:
        data = {"name": name, "email": email, "metadata": {**metadata, "accrue_key": key}}
        return self.post("/v1/customers", data, key=key, lookup=lambda: self._find_by_key("/v1/customers", key))

    def create_plan(self, *, key: str, plan_id: str, product_name: str, currency: str, amount: int,
                    interval: str = "year") -> dict[str, Any]:
        data = {"id": plan_id, "amount": amount, "currency": currency.lower(), "interval": interval,
                "product": {"name": product_name}, "metadata": {"accrue_key": key}}
        return self.post("/v1/plans", data, key=key, lookup=lambda: self.find(f"/v1/plans/{plan_id}"))

    def create_subscription(self, *, key: str, customer: str, items: list[dict[str, Any]],
                            extra: dict[str, Any] | None = None) -> dict[str, Any]:
        data = {"customer": customer, "items": items, "metadata": {"accrue_key": key}, **(extra or {})}
        return self.post("/v1/subscriptions", data, key=key,
                         lookup=lambda: self._find_by_key("/v1/subscriptions", key, customer=customer))

    def create_invoice_item(self, *, key: str, customer: str, amount: int, currency: str, description: str,
                            invoice: str | None = None, subscription: str | None = None,
                            period: tuple[date, date] | None = None,
                            metadata: dict[str, str] | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"customer": customer, "amount": amount, "currency": currency.lower(),
                                "description": description, "invoice": invoice, "subscription": subscription,
                                "metadata": {**(metadata or {}), "accrue_key": key}}
        if period and self.dialect == "stripe":
            data["period"] = {"start": _epoch(period[0]), "end": _epoch(period[1])}

        def lookup() -> dict[str, Any] | None:
            found = self._find_by_key("/v1/invoiceitems", key, customer=customer)
            if found is None and invoice:
                lines = self.get(f"/v1/invoices/{invoice}/lines", limit=100).get("data", [])
                found = next((ln for ln in lines if (ln.get("metadata") or {}).get("accrue_key") == key), None)
            return found

        return self.post("/v1/invoiceitems", data, key=key, lookup=lookup)

    def create_invoice(self, *, key: str, customer: str, data: dict[str, Any],
                       lookup: Callable[[], dict[str, Any] | None] | None = None) -> dict[str, Any]:
        body = {"customer": customer, **data}
        if self.dialect == "stripe":
            body["metadata"] = {**body.get("metadata", {}), "accrue_key": key}
        return self.post("/v1/invoices", body, key=key, lookup=lookup)

    def finalize_invoice(self, invoice: str, *, key: str) -> dict[str, Any]:
        return self.post(f"/v1/invoices/{invoice}/finalize", {"auto_advance": False}, key=key,
                         lookup=lambda: self._unless_draft(invoice))

    def send_invoice(self, invoice: str, *, key: str) -> dict[str, Any]:
        return self.post(f"/v1/invoices/{invoice}/send", {}, key=key)

    def create_credit_note(self, *, key: str, invoice: str, amount: int, memo: str,
                           reason: str | None = None) -> dict[str, Any]:
        if self.dialect == "localstripe":
            raise ConnectorError("localstripe has no credit notes (/v1/credit_notes); issue this credit note "
                                 "against real Stripe or run with --billing local", status=404)
        data = {"invoice": invoice, "amount": amount, "memo": memo, "reason": reason,
                "metadata": {"accrue_key": key}}
        return self.post("/v1/credit_notes", data, key=key,
                         lookup=lambda: self._find_by_key("/v1/credit_notes", key, invoice=invoice))

    def _unless_draft(self, invoice: str) -> dict[str, Any] | None:
        obj = self.get(f"/v1/invoices/{invoice}")
        return obj if obj.get("status") != "draft" else None


def _check_total(a: CreateInvoice, invoice: dict[str, Any], total: int) -> Any:
    """The Stripe invoice's total (minor units), refused when it is not the total accrue computed."""
    charged = invoice.get("total", invoice.get("amount_due"))
    if charged is not None and int(charged) != total:
        raise ConnectorError(f"invoice {a.invoice_id}: Stripe invoice {invoice['id']} totals {charged} "
                             f"minor units, expected {total}; check it in Stripe before retrying")
    return charged


def dialect_for(base_url: str) -> Dialect:
    """Real Stripe is only served over HTTPS; an http:// URL is a local double (localstripe)."""
    return "localstripe" if base_url.lower().startswith("http://") else "stripe"


class StripeBilling:
    """Billing in Stripe, mirrored into the local books under the same idempotency key."""

    name = "stripe"
    handles = frozenset({"create_customer", "create_invoice", "create_credit_note"})

    def __init__(self, api: StripeApi, books: LocalBooks, session_factory: Callable[[], Session]):
        self.api = api
        self.books = books
        self._session = session_factory

    def close(self) -> None:
        self.api.close()

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        if isinstance(action, CreateCustomer):
            return self._customer_action(action, key, run_id)
        if isinstance(action, CreateInvoice):
            return self._invoice_action(action, key, run_id)
        if isinstance(action, CreateCreditNote):
            return self._credit_note_action(action, key, run_id)
        raise ConnectorError(f"Stripe billing cannot carry out {action.type}")

    # -- customers -----------------------------------------------------------------------------
    def _customer_action(self, a: CreateCustomer, key: str, run_id: str) -> ExecutionResult:
        self.books.check(a, key=key, run_id=run_id)
        cus = self._stripe_customer(a.customer_id, a.customer_legal_name, a.billing_email)
        self.books.execute(a, key=key, run_id=run_id)
        self.books.link_external(BooksCustomer, a.customer_id, "stripe", cus["id"])
        return ExecutionResult(target=self.name, external_id=cus["id"], detail={"books_id": a.customer_id})

    def _stripe_customer(self, customer_id: str, name: str, email: str | None) -> dict[str, Any]:
        # Keyed by the accrue customer, not the action: however many actions need this customer, Stripe gets one.
        return self.api.create_customer(key=f"accrue-customer:{customer_id}", name=name, email=email,
                                        metadata={"accrue_customer_id": customer_id})

    def _customer_id_for(self, customer_id: str) -> str:
        with self._session() as s:
            row = s.get(BooksCustomer, customer_id)
        if row is None:
            raise ConnectorError(f"customer {customer_id} is not in the books; create the customer first")
        stripe_id = (row.external_ids or {}).get("stripe")
        if stripe_id:
            return stripe_id
        cus = self._stripe_customer(row.id, row.legal_name, row.billing_email)
        self.books.link_external(BooksCustomer, row.id, "stripe", cus["id"])
        return cus["id"]

    # -- invoices ------------------------------------------------------------------------------
    def _invoice_action(self, a: CreateInvoice, key: str, run_id: str) -> ExecutionResult:
        self.books.check(a, key=key, run_id=run_id)
        currency = a.currency.upper()
        try:
            amounts = [to_minor(line.amount, currency) for line in a.lines]
            total = to_minor(a.amount, currency)
        except ValueError as exc:
            raise ConnectorError(f"invoice {a.invoice_id}: {exc}") from None
        if sum(amounts) != total:
            raise ConnectorError(f"invoice {a.invoice_id}: its lines add up to {sum(amounts)} minor units but its "
                                 f"amount is {total}; nothing was sent to Stripe: re-plan the invoice")
        customer = self._customer_id_for(a.customer)
        meta = {"accrue_invoice_id": a.invoice_id}
        if a.po_number:
            meta["po_number"] = a.po_number
        if self.api.dialect == "localstripe":
            invoice = self._localstripe_invoice(a, key, customer, amounts, meta)
        else:
            invoice = self._stripe_invoice(a, key, customer, amounts, meta, total)
        charged = _check_total(a, invoice, total)
        self.books.execute(a, key=key, run_id=run_id)
        self.books.link_external(BooksInvoice, a.invoice_id, "stripe", invoice["id"])
        return ExecutionResult(target=self.name, external_id=invoice["id"],
                               detail={"books_id": a.invoice_id, "status": invoice.get("status"),
                                       "total": str(charged)})

    def _stripe_invoice(self, a: CreateInvoice, key: str, customer: str, amounts: list[int],
                        meta: dict[str, str], total: int) -> dict[str, Any]:
        """Stripe's documented one-off flow: draft invoice, items attached to it, finalise, send. The draft's
        total is checked before finalising: once sent, the customer has it."""
        data: dict[str, Any] = {
            "collection_method": "send_invoice", "days_until_due": (a.due_date - a.invoice_date).days,
            "auto_advance": False, "pending_invoice_items_behavior": "exclude", "currency": a.currency.lower(),
            "description": f"Invoice {a.invoice_id}", "metadata": meta,
        }
        if a.po_number:
            data["custom_fields"] = [{"name": "PO number", "value": a.po_number}]
        draft = self.api.create_invoice(key=f"{key}:invoice", customer=customer, data=data,
                                        lookup=lambda: self.api._find_by_key("/v1/invoices", f"{key}:invoice",
                                                                             customer=customer))
        self._items(a, key, customer, amounts, invoice=draft["id"])
        _check_total(a, self.api.get(f"/v1/invoices/{draft['id']}"), total)
        self.api.finalize_invoice(draft["id"], key=f"{key}:finalize")
        return self.api.send_invoice(draft["id"], key=f"{key}:send")

    def _localstripe_invoice(self, a: CreateInvoice, key: str, customer: str, amounts: list[int],
                             meta: dict[str, str]) -> dict[str, Any]:
        currency = a.currency.lower()
        plan_id = f"accrue-invoicing-{currency}"
        self.api.create_plan(key=f"accrue-plan:{plan_id}", plan_id=plan_id, product_name="accrue invoicing",
                             currency=currency, amount=0)
        sub = self.api.create_subscription(key=f"accrue-invoicing:{customer}:{currency}", customer=customer,
                                           items=[{"plan": plan_id}])
        items = self._items(a, key, customer, amounts, subscription=sub["id"])

        def lookup() -> dict[str, Any] | None:  # the invoice that swept up our first item, if any
            item = self.api.find(f"/v1/invoiceitems/{items[0]['id']}")
            return self.api.get(f"/v1/invoices/{item['invoice']}") if item and item.get("invoice") else None

        return self.api.create_invoice(key=f"{key}:invoice", customer=customer, lookup=lookup,
                                       data={"subscription": sub["id"], "description": f"Invoice {a.invoice_id}"})

    def _items(self, a: CreateInvoice, key: str, customer: str, amounts: list[int], *, invoice: str | None = None,
               subscription: str | None = None) -> list[dict[str, Any]]:
        out = []
        for i, (line, amount) in enumerate(zip(a.lines, amounts, strict=True)):
            period = (line.period_start, line.period_end) if line.period_start and line.period_end else None
            out.append(self.api.create_invoice_item(
                key=f"{key}:item:{i}", customer=customer, amount=amount, currency=a.currency,
                description=line.description, invoice=invoice, subscription=subscription, period=period,
                metadata={"accrue_invoice_id": a.invoice_id}))
        return out

    # -- credit notes --------------------------------------------------------------------------
    def _credit_note_action(self, a: CreateCreditNote, key: str, run_id: str) -> ExecutionResult:
        self.books.check(a, key=key, run_id=run_id)
        with self._session() as s:
            inv = s.get(BooksInvoice, a.invoice_id)
            stripe_invoice = (inv.external_ids or {}).get("stripe") if inv else None
        if not stripe_invoice:
            raise ConnectorError(f"credit note: invoice {a.invoice_id} was not issued in Stripe; credit it in the "
                                 "books with --billing local")
        try:
            amount = to_minor(a.amount, a.currency)
        except ValueError as exc:
            raise ConnectorError(f"credit note: {exc}") from None
        note = self.api.create_credit_note(key=f"{key}:credit_note", invoice=stripe_invoice, amount=amount,
                                           memo=a.reason)
        result = self.books.execute(a, key=key, run_id=run_id)
        if result.external_id:
            self.books.link_external(BooksCreditNote, result.external_id, "stripe", note["id"])
        return ExecutionResult(target=self.name, external_id=note["id"], detail={"books_id": result.external_id})
