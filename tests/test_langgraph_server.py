"""accrue on a real LangGraph Server: `langgraph dev` on loopback with the project's `langgraph.json`, over HTTP.

One server for the module (it starts in about two seconds). Every request signs in with a token `accrue people
token` issued; the decider is the signed-in person, never a name in the resume value. Contracts and deals go
up as content. The pause is a list of Agent Inbox `HumanInterrupt`s, answered with `HumanResponse`s; a bad
answer is refused and the thread still takes a good one. Two threads sent with the same client `run_id` bill
both contracts. The books are on PostgreSQL when ACCRUE_TEST_DATABASE_URL names one (CI), else on SQLite.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, example, run_cli
from tests.pdfs import order_form_pdf
from tests.postgres import PG_URL, fresh_postgres_engine
from tests.server_support import PEOPLE, wait_for

CLIENT_RUN_ID = "client-chosen-1"


class Server:
    def __init__(self, url: str, tokens: dict[str, str], db_url: str):
        self.http = httpx.Client(base_url=url, timeout=120)
        self.tokens = tokens
        self.db_url = db_url

    def as_(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def start(self, who: str, state: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """A new thread and its first run, to its first pause or its end: the thread id and the run's outcome."""
        thread = self.http.post("/threads", json={}, headers=self.as_(who))
        assert thread.status_code == 200, thread.text
        thread_id = thread.json()["thread_id"]
        return thread_id, self.run(who, thread_id, {"input": state})

    def run(self, who: str, thread_id: str, body: dict[str, Any]) -> dict[str, Any]:
        done = self.http.post(f"/threads/{thread_id}/runs/wait", headers=self.as_(who),
                              json={"assistant_id": "accrue", **body})
        assert done.status_code == 200, done.text
        return dict(done.json())

    def resume(self, who: str, thread_id: str, value: Any) -> dict[str, Any]:
        return self.run(who, thread_id, {"command": {"resume": value}})

    def state(self, thread_id: str) -> dict[str, Any]:
        return dict(self.http.get(f"/threads/{thread_id}/state", headers=self.as_("controller")).json())

    def books(self) -> dict[str, Any]:
        from accrue.adapters.database import get_engine
        from accrue.adapters.read_model import ReadModel

        return ReadModel(get_engine(self.db_url)).books_json()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("langgraph-server")
    home = folder / "accrue-home"
    policy = folder / "policy.toml"
    policy.write_text("[people]\n" + "".join(f'"{name}" = "{role}"\n' for name, role in PEOPLE.items()))
    db_url = PG_URL if PG_URL and fresh_postgres_engine("the LangGraph Server test") else f"sqlite:///{home}/accrue.db"
    env = {"ACCRUE_POLICY": str(policy), "DATABASE_URL": db_url}
    tokens = {role: run_cli("people", "token", name, home=home, env=env, check=True).stdout.strip()
              for name, role in [("Dana Controller", "controller"), ("Fran Finance", "finance"),
                                 ("Sam Sales", "sales")]}
    port = _free_port()
    log = (folder / "langgraph-dev.log").open("w")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "langgraph"), "dev", "--no-browser", "--no-reload", "--host", "127.0.0.1",
         "--port", str(port), "--config", str(ROOT / "langgraph.json")],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,  # langgraph.json's paths are read from here
        env={**os.environ, **env, "ACCRUE_HOME": str(home), "PYTHONPATH": str(ROOT), "ANTHROPIC_API_KEY": "",
             "LANGSMITH_TRACING": "false", "LANGCHAIN_TRACING_V2": "false", "LANGGRAPH_CLI_NO_ANALYTICS": "1"})
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(lambda: _answers(url) or proc.poll() is not None, timeout=90, what="langgraph dev to start")
        assert proc.poll() is None, (folder / "langgraph-dev.log").read_text()[-3000:]
        yield Server(url, tokens, db_url)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/ok", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _uploaded(pdf: bytes, deal: dict[str, Any] | None = None) -> dict[str, Any]:
    uploads: dict[str, Any] = {"contract": {"filename": "order-form.pdf",
                                            "content_base64": base64.b64encode(pdf).decode()}}
    if deal is not None:
        uploads["deal"] = deal
    return {"run_id": CLIENT_RUN_ID, "kind": "new_contract", "uploads": uploads}


def _example(slug: str) -> dict[str, Any]:
    pdf, deal = example(slug)
    return _uploaded(pdf.read_bytes(), json.loads(deal.read_text()))


def test_nobody_unsigned_and_no_read_only_role_starts_or_decides(server: Server) -> None:
    assert server.http.post("/threads", json={}).status_code == 401
    assert server.http.post("/threads", json={}, headers={"Authorization": "Bearer acc_forged"}).status_code == 401
    refused = server.http.post("/threads", json={}, headers=server.as_("sales"))
    assert refused.status_code == 403 and "may not decide anything" in refused.text


def test_an_uploaded_contract_pauses_as_agent_inbox_interrupts_and_the_signed_in_person_accepts(
        server: Server) -> None:
    thread_id, paused = server.start("finance", _example("acme"))
    assert paused["status"] == "waiting_approval"
    assert paused["run_id"] != CLIENT_RUN_ID and paused.get("uploads") is None
    [asked] = server.state(thread_id)["interrupts"]
    [inbox] = asked["value"]
    assert inbox["action_request"]["action"] == "create_invoice"
    assert inbox["action_request"]["args"]["amount"] == "24000.00"
    assert inbox["config"] == {"allow_ignore": True, "allow_respond": True, "allow_edit": True, "allow_accept": True}
    assert "- payment terms Net 45 are outside the allowed" in inbox["description"]
    assert '`payment_terms_days` = 45 (p.1: "Payment Terms: Net 45")' in inbox["description"]

    # Garbage is refused before it is saved, and so is a read-only person's answer: the thread still waits.
    for who, garbage in (("controller", [{"type": "approve"}]), ("controller", "yes"),
                         ("controller", [{"type": "edit", "args": {"action": "create_invoice", "args": {}}}])):
        assert "__error__" in server.resume(who, thread_id, garbage)
        assert server.state(thread_id)["interrupts"], garbage
    sales = server.http.post(f"/threads/{thread_id}/runs/wait", headers=server.as_("sales"),
                             json={"assistant_id": "accrue", "command": {"resume": [{"type": "accept"}]}})
    assert sales.status_code == 403

    # accrue's own answer naming someone else is decided as the signed-in person; Agent Inbox's shape works too.
    done = server.resume("controller", thread_id, [{"type": "accept"}])
    assert done["status"] == "completed"
    assert [(d["decision"], d["by"], d["role"]) for d in done["decisions"]] == [
        ("approve", "Dana Controller", "controller")]
    invoices = [i for i in server.books()["invoices"] if i["customer_id"] == "cus-acme-corporation"]
    assert [(i["amount"], i["currency"]) for i in invoices] == [("24000.00", "USD")]


def test_a_name_in_the_resume_value_is_not_who_decides(server: Server) -> None:
    pdf = order_form_pdf({"Customer": "Wayne Enterprises", "Service Start Date": "2026-07-01", "Term": "12 months",
                          "Currency": "USD", "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 45"},
                         ["Platform (SKU P-1): 1 x USD 12,000.00 per year"])
    thread_id, paused = server.start("finance", _uploaded(pdf))
    [held] = [a for a in paused["actions"] if a["needs_approval"] and a["status"] == "proposed"]
    claimed = {"action_id": held["id"], "decision": "approve", "by": "Dana Controller", "role": "controller"}
    still = server.resume("finance", thread_id, {"decisions": [claimed]})  # Fran, claiming to be Dana
    assert still["status"] == "waiting_approval" and still["decisions"] == []  # Fran holds no controller role

    # An edit: the invoice as it should be, re-checked by the policy (Net 45 still holds it), then accepted.
    edited = {**held, "po_number": "PO-7781"}
    again = server.resume("finance", thread_id, [{"type": "edit", "args": {"action": "create_invoice",
                                                                          "args": edited}}])
    assert again["status"] == "waiting_approval"
    [modified] = [d for d in again["decisions"] if d["decision"] == "modify"]
    assert (modified["by"], modified["payload"]["po_number"]) == ("Fran Finance", "PO-7781")
    [asked] = server.state(thread_id)["interrupts"]  # the invoice, and what was planned on it, held again
    assert [i["action_request"]["args"]["id"] for i in asked["value"]][0] == held["id"]
    done = server.resume("controller", thread_id, [{"type": "accept"}] * len(asked["value"]))
    assert done["status"] == "completed"
    [invoice] = [i for i in server.books()["invoices"] if i["id"] == held["invoice_id"]]
    assert (invoice["po_number"], invoice["amount"]) == ("PO-7781", "12000.00")


def test_terms_under_review_are_answered_as_the_signed_in_person(server: Server) -> None:
    no_start = order_form_pdf({"Customer": "Stark Industries", "Term": "12 months", "Currency": "USD",
                               "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
                              ["Platform (SKU P-1): 1 x USD 12,000.00 per year"])
    thread_id, paused = server.start("finance", _uploaded(no_start))
    assert paused["status"] == "needs_review"
    claimed = {"decision": "reject", "by": "Dana Controller", "role": "finance", "reason": "not signed by us"}
    done = server.resume("finance", thread_id, claimed)
    assert done["status"] == "rejected"
    assert (done["terms_decision"]["by"], done["terms_decision"]["decision"]) == ("Fran Finance", "reject")


def test_two_threads_with_the_same_client_run_id_bill_both_contracts(server: Server) -> None:
    _, initech = server.start("finance", _example("initech"))
    _, globex = server.start("finance", _example("globex"))
    assert initech["status"] == globex["status"] == "completed"
    assert initech["run_id"] != globex["run_id"]
    billed = {i["customer_id"] for i in server.books()["invoices"]}
    assert {"cus-initech-llc", "cus-globex-gmbh"} <= billed


def test_an_upload_no_reader_would_take_and_a_server_path_are_refused_naming_why(server: Server) -> None:
    not_a_pdf = _uploaded(b"not a pdf at all")
    bad_deal = _uploaded(order_form_pdf({"Customer": "X"}, []), {"deal_id": "D-1", "amount": "lots"})
    a_path = {"kind": "new_contract", "inputs": {"contract": "/etc/hostname"}}
    for state, says in ((not_a_pdf, "upload: document 'order-form.pdf' is not a PDF (no %PDF header)"),
                        (bad_deal, "upload: deal"), (a_path, "takes its inputs as content: send 'uploads'")):
        _, out = server.start("finance", state)
        assert says in out["__error__"]["message"], out


def test_a_scheduled_bill_run_names_only_a_date_and_runs_without_uploads(server: Server) -> None:
    # What a LangGraph Server cron sends (docs/billing.md): no file, so nothing of the server's disk is read.
    _, done = server.start("controller", {"run_id": "daily-bill-run", "kind": "bill_run",
                                          "inputs": {"through": "2026-07-01"}})
    assert "__error__" not in done, done
    assert done["status"] == "completed" and done["run_id"] != "daily-bill-run"
