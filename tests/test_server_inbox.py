"""The approval inbox and its JSON API (in-process app): sign-in, evidence in context, who may decide what."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import EXAMPLES
from tests.pdfs import order_form_pdf
from tests.server_support import (
    TOKENS,
    bearer,
    contract_body,
    multipart,
    server_config,
    signed,
    wait_for,
    write_policy,
)


@pytest.fixture
def client(home: Path):
    from accrue.interfaces.server.app import create_app
    from accrue.settings import load_settings

    write_policy(home.parent)
    with TestClient(create_app(load_settings(), server_config())) as c:
        yield c


def acme_waiting(client: TestClient) -> tuple[str, str]:
    """The example Acme contract (Net 45) through the webhook: its run id and the held invoice's action id."""
    body = contract_body()
    run_id = client.post("/webhooks/contract-signed", content=body, headers=signed("evt_acme", body)).json()["run_id"]
    wait_for(lambda: settled(client, run_id, "waiting_approval"), what="the acme run to wait for approval")
    actions = client.get(f"/api/runs/{run_id}", headers=bearer("controller")).json()["actions"]
    [invoice] = [a["id"] for a in actions if a["type"] == "create_invoice" and a["needs_approval"]]
    return run_id, invoice


def settled(client: TestClient, run_id: str, status: str) -> bool:
    """The run waits in `status` and the worker has recorded it so (the runs index is written after the graph
    step returns, a moment after its checkpoint shows the pause)."""
    listed = client.get("/api/runs", params={"status": status}, headers=bearer("controller")).json()
    return client.get(f"/api/runs/{run_id}", headers=bearer("controller")).json().get("status") == status and any(
        r["run_id"] == run_id for r in listed)


def sign_in(client: TestClient, who: str) -> None:
    r = client.post("/signin", data={"token": TOKENS[who]}, follow_redirects=False)
    assert r.status_code == 303 and "accrue_token" in r.cookies


def test_everything_but_the_sign_in_page_needs_a_token(client):
    page = client.get("/")
    assert page.status_code == 200 and "Sign in to approve" in page.text and 'name="token"' in page.text
    for path in ("/api/runs", "/api/runs?status=waiting_approval", "/api/events", "/api/books"):
        assert client.get(path).status_code == 401, path
        assert client.get(path, headers={"Authorization": "Bearer nope"}).status_code == 401, path
    r = client.post("/signin", data={"token": "wrong"}, follow_redirects=False)
    assert r.status_code == 401 and "not valid" in r.text
    assert client.post("/api/runs/x/decisions", json={"approve": ["a2"]}).status_code == 401


def test_inbox_shows_customer_amount_reasons_and_quotes_in_context(client):
    run_id, inv = acme_waiting(client)
    sign_in(client, "controller")
    page = client.get("/").text
    assert "Signed in as" in page and "Dana Controller" in page
    assert "Acme Corporation" in page and "OF-2026-0103" in page
    assert "USD 24,000.00" in page and "Issue invoice" in page
    assert "payment terms Net 45 are outside the allowed Net 0, 15 or 30 days" in page
    # The Net 45 citation, highlighted, with the words around it on page 1 of the stored document.
    assert "<mark>Payment Terms: Net 45</mark>" in page
    assert "in advance <mark>Payment Terms: Net 45</mark> PO Number: PO-88412" in page
    assert 'class="flagged"' in page  # the value the finding names is marked and listed first
    assert f'data-run="{run_id}" data-action="{inv}"' in page

    card = client.get(f"/api/runs/{run_id}", headers=bearer("finance")).json()["inbox"]
    assert card["customer"] == "Acme Corporation"
    [pending] = card["pending"]
    assert pending["id"] == inv and pending["amount"] == "24000.00" and pending["currency"] == "USD"
    first = pending["evidence"][0]
    assert first["path"] == "payment_terms_days" and first["flagged"] and first["value"] == "45"
    assert first["citations"] == [{"page": 1, "quote": "Payment Terms: Net 45", "match": "Payment Terms: Net 45",
                                   "before": first["citations"][0]["before"],
                                   "after": first["citations"][0]["after"], "on_page": True}]
    assert first["citations"][0]["after"].startswith(" PO Number: PO-88412")
    # Every value the invoice depends on is listed; each one the contract states has its page and quote.
    run = client.get(f"/api/runs/{run_id}", headers=bearer("finance")).json()
    [invoice] = [a for a in run["actions"] if a["id"] == inv]
    assert [e["path"] for e in pending["evidence"]] == sorted(invoice["evidence"],
                                                              key=lambda p: p != "payment_terms_days")
    assert {"payment_terms_days", "line_items[0]", "line_items[1]", "po_number"} <= set(invoice["evidence"])
    stated = [e for e in pending["evidence"] if e["stated"]]
    assert len(stated) >= 7
    assert all(e["citations"] and all(c["on_page"] for c in e["citations"]) for e in stated)
    line = next(e for e in stated if e["path"] == "line_items[1]")
    assert line["citations"][0]["match"] == "Named User Seats (SKU SEAT): 40 x USD 240.00 per year"


def test_api_lists_runs_by_status(client):
    run_id, _ = acme_waiting(client)
    waiting = client.get("/api/runs", params={"status": "waiting_approval"}, headers=bearer("sales")).json()
    assert [r["run_id"] for r in waiting] == [run_id]
    assert client.get("/api/runs", params={"status": "completed"}, headers=bearer("sales")).json() == []
    assert client.get("/api/runs/nope", headers=bearer("sales")).status_code == 404


def test_wrong_role_cannot_approve(client):
    run_id, inv = acme_waiting(client)
    r = client.post(f"/api/runs/{run_id}/decisions", json={"approve": [inv]}, headers=bearer("sales"))
    assert r.status_code == 403 and "role 'sales' may not decide" in r.json()["detail"]
    sign_in(client, "sales")
    page = client.get("/").text
    assert "can read this inbox but not decide" in page and 'class="approve' not in page
    assert client.get(f"/api/runs/{run_id}", headers=bearer("sales")).json()["status"] == "waiting_approval"


def _seed_request(client: TestClient, run_id: str, action_id: str, requester: str) -> None:
    """Mark the invoice as requested by a person, as a chat or change request does, through the service's writer."""
    def seed(rt):
        cfg = {"configurable": {"thread_id": run_id}}
        actions = [dict(a, requested_by=requester) if a["id"] == action_id else a
                   for a in rt.graph.get_state(cfg).values["actions"]]
        rt.graph.update_state(cfg, {"actions": actions}, as_node="execute")
        rt.graph.invoke(None, cfg, durability="sync")

    client.app.state.service.writer.submit(seed).result(timeout=60)


def test_requester_cannot_approve_their_own_request(client):
    run_id, inv = acme_waiting(client)
    _seed_request(client, run_id, inv, "Rita Requester")
    r = client.post(f"/api/runs/{run_id}/decisions", json={"approve": [inv]}, headers=bearer("requester"))
    assert r.status_code == 403
    assert r.json()["detail"] == f"Rita Requester requested {inv} and cannot approve their own request"
    run = client.get(f"/api/runs/{run_id}", headers=bearer("controller")).json()
    assert run["status"] == "waiting_approval"
    assert run["inbox"]["pending"][0]["requested_by"] == "Rita Requester"
    # Someone else may.
    r = client.post(f"/api/runs/{run_id}/decisions", json={"approve": [inv]}, headers=bearer("controller"))
    assert r.status_code == 200 and r.json()["status"] == "completed"


def test_controller_approval_resumes_the_run_and_books_the_invoice(client):
    run_id, inv = acme_waiting(client)
    r = client.post(f"/api/runs/{run_id}/decisions", json={"approve": [inv]}, headers=bearer("controller"))
    assert r.status_code == 200, r.text
    run = r.json()
    assert run["status"] == "completed"
    assert {a["id"]: a["status"] for a in run["actions"]}[inv] == "executed"
    assert run["decisions"][0]["by"] == "Dana Controller" and run["decisions"][0]["role"] == "controller"
    books = client.get("/api/books", headers=bearer("controller")).json()
    [invoice] = books["invoices"]
    assert invoice["customer_id"] == "cus-acme-corporation" and invoice["amount"] == "24000.00"
    # Deciding again is a conflict, not a second invoice.
    again = client.post(f"/api/runs/{run_id}/decisions", json={"approve": [inv]}, headers=bearer("controller"))
    assert again.status_code == 409
    assert len(client.get("/api/books", headers=bearer("controller")).json()["invoices"]) == 1


def test_rejection_needs_a_reason_and_books_nothing(client):
    run_id, inv = acme_waiting(client)
    r = client.post(f"/api/runs/{run_id}/decisions", json={"reject": [inv]}, headers=bearer("finance"))
    assert r.status_code == 422 and "needs a reason" in r.text
    r = client.post(f"/api/runs/{run_id}/decisions", json={"approve": ["a9"]}, headers=bearer("finance"))
    assert r.status_code == 409 and f"pending: {inv}" in r.json()["detail"]
    r = client.post(f"/api/runs/{run_id}/decisions", json={"reject": [inv], "reason": "Net 45 not agreed"},
                    headers=bearer("finance"))
    assert r.status_code == 200
    actions = {a["id"]: a["status"] for a in r.json()["actions"]}
    assert actions[inv] == "rejected"
    assert client.get("/api/books", headers=bearer("finance")).json()["invoices"] == []
    audit = client.app.state.service.writer.submit(lambda rt: rt.audit(run_id)).result(timeout=30)
    assert any(e["event"] == "rejected" and e["actor"] == "Fran Finance" and e["detail"]["reason"] ==
               "Net 45 not agreed" for e in audit)


def test_contract_text_is_escaped_in_the_page(client):
    pdf = order_form_pdf({"Order Form Number": "OF-77", "Customer": "Evil <script>alert(1)</script> Corp",
                          "Currency": "USD", "Service Start Date": "June 1, 2026", "Service End Date": "May 31, 2027",
                          "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 60"},
                         ["Platform Subscription (SKU P): 1 x USD 1,000.00 per year"])
    body = json.dumps({"document": {"filename": "evil.pdf", "content_base64": base64.b64encode(pdf).decode()}})
    client.post("/webhooks/contract-signed", content=body.encode(), headers=signed("evt_evil", body.encode()))
    wait_for(lambda: client.get("/api/runs", params={"status": "waiting_approval"},
                                headers=bearer("controller")).json(), what="the run to wait")
    sign_in(client, "controller")
    page = client.get("/").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_openapi_documents_the_api_and_the_webhooks(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/runs", "/api/runs/{run_id}", "/api/runs/{run_id}/decisions", "/webhooks/contract-signed",
                 "/webhooks/deal-closed", "/webhooks/usage", "/webhooks/payment"):
        assert path in spec["paths"], path
    hook = spec["paths"]["/webhooks/contract-signed"]["post"]
    assert {p["name"] for p in hook["parameters"]} == {"webhook-id", "webhook-timestamp", "webhook-signature"}
    assert set(hook["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert "DecisionRequest" in json.dumps(spec["paths"]["/api/runs/{run_id}/decisions"])


def test_a_role_below_the_policy_limit_cannot_approve_a_write_off(client):
    # Payments that leave a short remainder propose a write-off; the policy lets only controllers approve those.
    # (Without the example's unmatched P-1004, which would stop the run in needs_review before any approval.)
    events = EXAMPLES / "events" / "payment"
    client.app.state.service.writer.submit(lambda rt: rt.seed_books(events / "books.json")).result(timeout=60)
    matched = "".join(line for line in (events / "payments.csv").open() if not line.startswith("P-1004"))
    body, ctype = multipart({"payments": ("payments.csv", matched.encode())})
    r = client.post("/webhooks/payment", content=body, headers=signed("evt_pay", body, content_type=ctype))
    assert r.status_code == 202, r.text
    event = wait_for(lambda: (e := client.get("/api/events/evt_pay", headers=bearer("finance")).json())["status"]
                     in {"done", "failed"} and e, what="the payment event")
    run = client.get(f"/api/runs/{event['run_id']}", headers=bearer("finance")).json()
    [write_off] = [a for a in run["actions"] if a["type"] == "write_off"]
    assert run["status"] == "waiting_approval" and write_off["needs_approval"]

    r = client.post(f"/api/runs/{run['run_id']}/decisions", json={"approve": [write_off["id"]]},
                    headers=bearer("finance"))
    assert r.status_code == 403
    assert r.json()["detail"] == "role 'finance' may not approve write-offs; a controller must"
    r = client.post(f"/api/runs/{run['run_id']}/decisions", json={"approve": [write_off["id"]]},
                    headers=bearer("controller"))
    assert r.status_code == 200
    assert {a["id"]: a["status"] for a in r.json()["actions"]}[write_off["id"]] == "executed"


def _go_live_run(client: TestClient) -> str:
    """A form whose start date is labelled "Go-live:": the reader misses it and the run waits in needs_review."""
    pdf = order_form_pdf({"Customer": "Umbrella Corp", "Go-live": "1 March 2026", "Term": "12 months",
                          "Currency": "USD", "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
                         ["Platform (SKU P-1): 10 x USD 1,200.00 per year"])
    deal = {"deal_id": "D-UMB-1", "deal_name": "Umbrella", "stage": "Closed Won", "account_name": "Umbrella Corp",
            "close_date": "2026-02-20", "currency": "USD", "amount": "12000.00"}
    body = json.dumps({"document": {"filename": "umbrella.pdf", "content_base64": base64.b64encode(pdf).decode()},
                       "deal": deal}).encode()
    accepted = client.post("/webhooks/contract-signed", content=body, headers=signed("evt_umbrella", body))
    run_id = accepted.json()["run_id"]
    wait_for(lambda: settled(client, run_id, "needs_review"), what="the Go-live run to wait for review")
    return run_id


def test_a_correction_through_the_api_is_the_signed_in_persons_and_plans_again(client):
    run_id = _go_live_run(client)
    url = f"/api/runs/{run_id}/corrections"
    wrong_quote = {"corrections": [{"path": "service_start_date", "value": "2026-03-01",
                                    "citation": {"page": 1, "quote": "Starts 1 March"}}]}
    refused = client.post(url, json=wrong_quote, headers=bearer("finance"))
    assert refused.status_code == 422 and "is not on page 1" in refused.json()["detail"]
    assert client.post(url, json=wrong_quote).status_code == 401
    fixed = {"corrections": [{"path": "service_start_date", "value": "2026-03-01",
                              "citation": {"page": 1, "quote": "Go-live: 1 March 2026"}}]}
    done = client.post(url, json=fixed, headers=bearer("finance"))
    assert done.status_code == 200, done.text
    run = done.json()
    assert run["status"] == "completed" and run["terms"]["service_start_date"] == "2026-03-01"
    (correction,) = run["corrections"]
    assert (correction["by"], correction["provenance"]) == ("Fran Finance", "document")
    again = client.post(url, json=fixed, headers=bearer("finance"))
    assert again.status_code == 409 and "only a run in needs_review" in again.json()["detail"]
