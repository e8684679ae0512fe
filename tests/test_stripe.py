"""Stripe connector: against a running localstripe where it can, against Stripe's documented shapes where
localstripe has gaps (finalize, send, prices, credit notes, invoices without a subscription)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from accrue.adapters.books import BooksCreditNote, BooksCustomer, BooksInvoice
from accrue.adapters.connectors.base import ConnectorError
from accrue.adapters.connectors.local_books import LocalBooks
from accrue.adapters.connectors.stripe import STRIPE_API_VERSION, StripeApi, StripeBilling, StripeRequest, encode_form
from accrue.adapters.executor import Executor
from accrue.adapters.store import ActionExecution
from tests.conftest import example, run_cli
from tests.localstripe_server import LocalStripe, localstripe_fixture, localstripe_server_fixture  # noqa: F401
from tests.stripe_fakes import (
    FakeStripe,
    Recording,
    credit_note_action,
    customer_action,
    invoice_action,
    session_factory,
)


def _billing(url: str, key: str, transport: httpx.BaseTransport | None = None,
             dialect: str | None = None) -> tuple[StripeBilling, Executor]:
    sf = session_factory()
    api = StripeApi.connect(url, key, sf, transport=transport, dialect=dialect)  # type: ignore[arg-type]
    books = LocalBooks(sf)
    billing = StripeBilling(api, books, sf)
    return billing, Executor([billing, books], sf, sleep=lambda _s: None)


def test_encode_form_nests_like_stripe() -> None:
    assert encode_form({"customer": "cus_1", "metadata": {"a": "1"}, "items": [{"price": "p_1", "quantity": 2}],
                        "auto_advance": False, "skip": None}) == [
        ("customer", "cus_1"), ("metadata[a]", "1"), ("items[0][price]", "p_1"), ("items[0][quantity]", "2"),
        ("auto_advance", "false")]
    with pytest.raises(TypeError):
        encode_form({"amount": 1.5})


def test_localstripe_customer_plan_subscription_items_and_invoice_read_back(home: Path,
                                                                            localstripe: LocalStripe) -> None:
    api = StripeApi.connect(localstripe.url, localstripe.key, session_factory())
    assert api.dialect == "localstripe"
    cus = api.create_customer(key="t-cus", name="Acme Corporation", email="billing@acme.example",
                              metadata={"accrue_customer_id": "cus-acme"})
    plan = api.create_plan(key="t-plan", plan_id="pro-yearly", product_name="Pro", currency="USD", amount=1440000)
    with localstripe.client() as c:  # a paid plan needs a card on file to start (test card 4242...)
        pm = c.post("/v1/payment_methods", data={"type": "card", "card[number]": "4242424242424242",
                                                 "card[exp_month]": "12", "card[exp_year]": "2030",
                                                 "card[cvc]": "123"}).json()
        c.post(f"/v1/payment_methods/{pm['id']}/attach", data={"customer": cus["id"]}).raise_for_status()
        c.post(f"/v1/customers/{cus['id']}", data={"invoice_settings[default_payment_method]": pm["id"]})
    sub = api.create_subscription(key="t-sub", customer=cus["id"], items=[{"plan": plan["id"], "quantity": 1}])
    item = api.create_invoice_item(key="t-ii", customer=cus["id"], amount=960000, currency="USD",
                                   description="Named User Seats", subscription=sub["id"])
    inv = api.create_invoice(key="t-inv", customer=cus["id"], data={"subscription": sub["id"]})

    back = localstripe.get(f"/v1/customers/{cus['id']}")
    assert (back["name"], back["email"]) == ("Acme Corporation", "billing@acme.example")
    assert back["metadata"] == {"accrue_customer_id": "cus-acme", "accrue_key": "t-cus"}
    assert localstripe.get(f"/v1/plans/{plan['id']}")["amount"] == 1440000
    assert localstripe.get(f"/v1/subscriptions/{sub['id']}")["customer"] == cus["id"]
    invoice = localstripe.get(f"/v1/invoices/{inv['id']}")
    assert invoice["subscription"] == sub["id"]
    assert sorted(ln["amount"] for ln in invoice["lines"]["data"]) == [960000, 1440000]
    assert invoice["total"] == 2400000
    assert localstripe.get(f"/v1/invoiceitems/{item['id']}")["invoice"] == inv["id"]


def test_invoice_action_lands_in_localstripe_and_the_books(home: Path, localstripe: LocalStripe) -> None:
    rec = Recording(httpx.HTTPTransport())
    _, executor = _billing(localstripe.url, localstripe.key, rec)
    assert executor.execute(customer_action(), run_id="r1").status == "succeeded"
    row = executor.execute(invoice_action(), run_id="r1")
    assert row.status == "succeeded", row.error

    (cus,) = localstripe.all("customers")
    ours = [i for i in localstripe.all("invoices", customer=cus["id"]) if i["total"] > 0]
    assert [i["id"] for i in ours] == [row.external_id]
    lines = {ln["description"]: ln["amount"] for ln in ours[0]["lines"]["data"] if ln["amount"]}
    assert lines == {"Platform Subscription (May 1, 2026 - Apr 30, 2027)": 1440000, "Named User Seats": 960000}
    with session_factory()() as s:
        inv = s.get(BooksInvoice, "inv-1")
        assert inv is not None and inv.amount == 24000 and inv.external_ids == {"stripe": row.external_id}
        assert s.get(BooksCustomer, "cus-acme").external_ids == {"stripe": cus["id"]}

    # Every write: form-encoded, its own Idempotency-Key, the pinned API version.
    writes = rec.writes()
    assert writes and all(r.headers["Content-Type"] == "application/x-www-form-urlencoded" for r in writes)
    assert all(r.headers["Stripe-Version"] == STRIPE_API_VERSION for r in rec.requests)
    keys = [r.headers.get("Idempotency-Key") for r in writes]
    assert all(keys) and len(set(keys)) == len(keys)


def test_retried_write_whose_response_was_lost_leaves_one_object(home: Path, localstripe: LocalStripe) -> None:
    """localstripe ignores Idempotency-Key; our stored key and metadata lookup are what prevent a duplicate."""
    rec = Recording(httpx.HTTPTransport(), lose=lambda r: r.method == "POST" and r.url.path == "/v1/customers")
    _, executor = _billing(localstripe.url, localstripe.key, rec)
    row = executor.execute(customer_action(), run_id="r1")
    assert row.status == "succeeded" and row.attempts == 2  # a timeout, then the retry
    assert len(localstripe.all("customers")) == 1  # the server got the first POST; the retry found it
    assert [r.url.path for r in rec.writes()] == ["/v1/customers"]  # and was never sent twice


def test_the_same_action_again_sends_nothing_and_stripe_holds_one_of_each(home: Path,
                                                                          localstripe: LocalStripe) -> None:
    rec = Recording(httpx.HTTPTransport())
    billing, executor = _billing(localstripe.url, localstripe.key, rec)
    executor.execute(customer_action(), run_id="r1")
    executor.execute(invoice_action(), run_id="r1")
    sent = len(rec.writes())
    # Again through the executor (it has the key), and straight at the connector (as a crashed run would).
    executor.execute(invoice_action(), run_id="r1")
    billing.execute(customer_action(), key="key-cus-1", run_id="r1")
    billing.execute(invoice_action(), key="key-inv-1", run_id="r1")
    assert len(rec.writes()) == sent
    (cus,) = localstripe.all("customers")
    assert len([i for i in localstripe.all("invoices", customer=cus["id"]) if i["total"] > 0]) == 1
    with session_factory()() as s:
        assert len(list(s.exec(select(BooksInvoice)))) == 1
        assert all(r.status == "succeeded" for r in s.exec(select(StripeRequest)))


def test_localstripe_has_no_credit_notes_and_says_so(home: Path, localstripe: LocalStripe) -> None:
    _, executor = _billing(localstripe.url, localstripe.key)
    executor.execute(customer_action(), run_id="r1")
    executor.execute(invoice_action(), run_id="r1")
    row = executor.execute(credit_note_action(), run_id="r1")
    assert row.status == "failed" and "localstripe has no credit notes" in (row.error or "")
    with session_factory()() as s:
        assert list(s.exec(select(BooksCreditNote))) == []  # nothing half-written in the books


# -- the calls localstripe lacks, against Stripe's documented shapes ------------------------------------------

def test_stripe_invoice_flow_draft_items_finalize_send(home: Path) -> None:
    fake = FakeStripe()
    _, executor = _billing("https://api.stripe.test", "sk_test_fake000000", fake.transport())
    executor.execute(customer_action(), run_id="r1")
    row = executor.execute(invoice_action(), run_id="r1")
    assert row.status == "succeeded", row.error
    posts = [(path, data) for method, path, data, _ in fake.calls if method == "POST"]
    inv_id = row.external_id
    assert [p for p, _ in posts] == ["/v1/customers", "/v1/invoices", "/v1/invoiceitems", "/v1/invoiceitems",
                                     f"/v1/invoices/{inv_id}/finalize", f"/v1/invoices/{inv_id}/send"]
    draft = posts[1][1]
    assert draft["collection_method"] == "send_invoice" and draft["days_until_due"] == "45"
    assert draft["pending_invoice_items_behavior"] == "exclude" and draft["auto_advance"] == "false"
    assert draft["custom_fields[0][value]"] == "PO-88412" and draft["metadata[accrue_invoice_id]"] == "inv-1"
    item = posts[2][1]
    assert (item["invoice"], item["amount"], item["currency"]) == (inv_id, "1440000", "usd")
    assert item["period[start]"] == "1777593600" and item["period[end]"] == "1809043200"  # 2026-05-01, +364 days
    assert "period[start]" not in posts[3][1]  # a line without a period sends none
    invoice = fake.objects[inv_id]
    assert (invoice["status"], invoice["total"]) == ("open", 2400000)
    headers = [h for method, _, _, h in fake.calls if method == "POST"]
    assert all(h["stripe-version"] == STRIPE_API_VERSION and h["idempotency-key"] for h in headers)

    note = executor.execute(credit_note_action(), run_id="r1")
    assert note.status == "succeeded", note.error
    cn = fake.objects[note.external_id]
    assert (cn["object"], cn["invoice"], cn["amount"], cn["status"]) == ("credit_note", inv_id, 100000, "issued")
    with session_factory()() as s:
        books_inv = s.get(BooksInvoice, "inv-1")
        assert books_inv.amount_credited == 1000 and books_inv.balance == 23000
        (books_cn,) = s.exec(select(BooksCreditNote))
        assert books_cn.external_ids == {"stripe": note.external_id}


def test_crash_between_finalize_and_send_resumes_without_refinalizing(home: Path) -> None:
    """Finalize succeeded at Stripe but its response was lost: the retry looks the invoice up (no longer
    a draft) instead of finalizing again, which Stripe would refuse."""
    fake = FakeStripe()
    inner = fake.transport()
    rec = Recording(inner, lose=lambda r: r.url.path.endswith("/finalize"))
    _, executor = _billing("https://api.stripe.test", "sk_test_fake000000", rec)
    executor.execute(customer_action(), run_id="r1")
    row = executor.execute(invoice_action(), run_id="r1")
    assert row.status == "succeeded" and row.attempts == 2, row.error
    assert sum(1 for r in rec.requests if r.url.path.endswith("/finalize")) == 1
    assert sum(1 for r in rec.requests if r.method == "POST" and r.url.path == "/v1/invoiceitems") == 2


def test_an_invoice_stripe_totals_differently_is_never_finalized_nor_sent(home: Path) -> None:
    """A customer-level coupon in Stripe (say) makes the draft total less than accrue computed: the action
    stops before the invoice can reach the customer, and the books record nothing."""
    fake = FakeStripe()

    def coupon(request: httpx.Request) -> httpx.Response:
        response = fake.handle(request)
        for obj in fake.objects.values():
            if obj["object"] == "invoice" and obj["status"] == "draft":
                obj["total"] = obj["amount_due"] = obj["subtotal"] * 9 // 10
        return response

    _, executor = _billing("https://api.stripe.test", "sk_test_fake000000", httpx.MockTransport(coupon))
    executor.execute(customer_action(), run_id="r1")
    row = executor.execute(invoice_action(), run_id="r1")
    assert row.status == "failed" and "totals 2160000 minor units, expected 2400000" in (row.error or "")
    assert not [path for method, path, _, _ in fake.calls if path.endswith(("/finalize", "/send"))]
    (draft,) = [o for o in fake.objects.values() if o["object"] == "invoice"]
    assert draft["status"] == "draft"
    with session_factory()() as s:
        assert list(s.exec(select(BooksInvoice))) == []


@pytest.mark.parametrize(("response", "transient", "retry_after", "text"), [
    (httpx.Response(400, json={"error": {"type": "invalid_request_error", "message": "No such customer: 'cus_x'",
                                         "param": "customer", "code": "resource_missing"}}),
     False, None, "No such customer: 'cus_x' (param customer) [resource_missing]"),
    (httpx.Response(429, headers={"Retry-After": "3"}, json={"error": {"type": "rate_limit_error",
                                                                       "message": "Too many requests"}}),
     True, 3.0, "Too many requests"),
    (httpx.Response(500, json={"error": {"type": "api_error", "message": "Something went wrong"}}),
     True, None, "Something went wrong"),
    (httpx.Response(500, headers={"Stripe-Should-Retry": "false"}, json={"error": {"type": "api_error",
                                                                                  "message": "Do not retry"}}),
     False, None, "Do not retry"),
    (httpx.Response(402, json={"error": {"type": "card_error", "message": "Your card was declined.",
                                         "code": "card_declined"}}),
     False, None, "Your card was declined."),
])
def test_stripe_errors_are_classified(home: Path, response: httpx.Response, transient: bool,
                                      retry_after: float | None, text: str) -> None:
    fake = FakeStripe()
    fake.fail_next.append(response)
    api = StripeApi.connect("https://api.stripe.test", "sk_test_fake000000", session_factory(),
                            transport=fake.transport())
    with pytest.raises(ConnectorError) as info:
        api.create_customer(key="c1", name="Acme", email=None, metadata={})
    assert info.value.transient is transient and info.value.retry_after == retry_after
    assert text in str(info.value) and info.value.status == response.status_code
    with session_factory()() as s:
        assert s.get(StripeRequest, "c1").status == ("sent" if transient else "failed")


# -- the "done when": the demo contract through the CLI into a running localstripe -------------------

def test_cli_run_with_stripe_billing_puts_customer_and_invoice_in_localstripe(home: Path,
                                                                            localstripe: LocalStripe) -> None:
    contract, deal = example("acme")
    env = {"STRIPE_API_KEY": localstripe.key}
    started = run_cli("run", str(contract), "--deal", str(deal), "--billing", "stripe", "--stripe-url",
                      localstripe.url, "--json", home=home, env=env, check=True)
    import json

    view = json.loads(started.stdout)
    assert view["status"] == "waiting_approval"  # Net 45 is outside policy: a person approves the invoice
    # A plain approve: the run remembers it bills through Stripe at that URL.
    done = json.loads(run_cli("approve", view["run_id"], "--as", "Dana Controller", "--json", home=home,
                              env=env, check=True).stdout)
    assert done["status"] == "completed", done

    (cus,) = localstripe.all("customers")
    assert (cus["name"], cus["email"]) == ("Acme Corporation", "billing@acme.example")
    (inv,) = [i for i in localstripe.all("invoices", customer=cus["id"]) if i["total"] > 0]
    assert inv["total"] == 2400000 and inv["currency"] == "usd"
    books = json.loads(run_cli("books", "--json", home=home, check=True).stdout)
    (entry,) = books["journal_entries"]
    assert {(ln["account"], ln["debit"], ln["credit"]) for ln in entry["lines"]} == {
        ("1100", "24000.00", "0"), ("2100", "0", "24000.00")}
    (books_inv,) = books["invoices"]
    assert books_inv["external_ids"] == {"stripe": inv["id"]}
    invoice_action_row = next(a for a in done["actions"] if a["type"] == "create_invoice")
    assert invoice_action_row["external_id"] == inv["id"]
    from tests.stripe_fakes import session_factory as sf

    with sf()() as s:
        rows = {r.action_type: r for r in s.exec(select(ActionExecution))}
    assert rows["create_invoice"].connector == "stripe" and rows["post_journal_entry"].connector == "local_books"


def test_a_runtime_that_approved_a_stripe_run_still_bills_its_own_runs_locally(
        home: Path, localstripe: LocalStripe, monkeypatch: pytest.MonkeyPatch) -> None:
    """One long-lived RunService (the service's writer, a chat session) approves a run started with Stripe
    billing, then starts a run of its own: that run bills where its settings (and its run record) say."""
    from accrue.settings import load_settings
    from accrue.workflow.service import RunService

    monkeypatch.setenv("STRIPE_API_KEY", localstripe.key)
    with RunService(load_settings(billing="stripe", stripe_url=localstripe.url)) as cli:
        acme = cli.start_contract_run(*example("acme"))
    assert acme.status == "waiting_approval"
    with RunService(load_settings(billing="local")) as service:
        assert service.decide(acme.run_id, approve=[], by="Dana Controller").status == "completed"
        initech = service.start_contract_run(*example("initech"))
        assert initech.status == "completed"
        assert service.decide(acme.run_id, approve=[], by="Dana Controller").already_processed
    assert [c["name"] for c in localstripe.all("customers")] == ["Acme Corporation"]
    with session_factory()() as s:
        rows = {(r.run_id, r.action_type): r.connector for r in s.exec(select(ActionExecution))}
        invoices = {i.customer_id: i.external_ids for i in s.exec(select(BooksInvoice))}
    assert rows[(acme.run_id, "create_invoice")] == "stripe"
    assert rows[(initech.run_id, "create_invoice")] == "local_books"
    assert invoices["cus-initech-llc"] == {} and set(invoices["cus-acme-corporation"]) == {"stripe"}
