"""A run's checkpoints stay small whatever its input's size: a usage file of a million rows is kept as its
path, its hash and per-month sums, never its rows; a contract's pages, its extraction (terms and citations) and
the terms its subscription is built from are kept once in the content store and the checkpoints refer to them,
so a run killed after reading its contract reads it back from there."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
from pathlib import Path

from sqlmodel import Session, select

from accrue.adapters.books import BooksSubscription
from accrue.adapters.documents import read_document
from accrue.core.actions import CreateSubscription, action_json
from accrue.core.terms import ContractTerms
from accrue.workflow.inbox import SHOWN_VALUES
from accrue.workflow.service import RunService
from accrue.workflow.state import ExtractionRef, InlineDocument, RunState, keep_terms, subscription_terms
from tests.conftest import example, run_cli, run_cli_process
from tests.pdfs import order_form_pdf, write

CASE = Path(__file__).resolve().parents[1] / "evals" / "cases" / "usage-overage-tiers"
ROWS = 1_000_000
PAGES = 100
FEE_LINES = 70
LIMIT = 100_000  # bytes


def largest_checkpoint(db: Path) -> int:
    """The largest checkpoint in the file, with the writes recorded against it, in bytes."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT max(length(c.checkpoint) + length(c.metadata) + coalesce((SELECT sum(length(w.value)) "
            "FROM writes w WHERE w.thread_id = c.thread_id AND w.checkpoint_id = c.checkpoint_id), 0)) "
            "FROM checkpoints c").fetchone()[0]


def test_a_million_usage_rows_leave_every_checkpoint_under_100_kb(home: Path, tmp_path: Path) -> None:
    usage = tmp_path / "usage.csv"
    with usage.open("w") as out:
        out.write("event_id,customer_id,metric,quantity,timestamp\n")
        for i in range(ROWS):
            out.write(f"ev-{i},cus-contoso,geocode_requests,{i % 7},2026-07-{i % 31 + 1:02d}T{i % 24:02d}:00:00Z\n")
    for name in ("contract.pdf", "request.json", "books.json"):
        shutil.copy(CASE / name, tmp_path / name)
    with RunService() as service:
        view = service.start_run("usage", {"usage": usage, "request": tmp_path / "request.json",
                                           "contract": tmp_path / "contract.pdf", "books": tmp_path / "books.json"})
        state = service.state(view.run_id)
    assert view.error is None and [a["type"] for a in view.actions][:1] == ["create_invoice"]
    assert state is not None and state.event is not None and state.event.digest.rows == ROWS  # type: ignore[union-attr]
    assert largest_checkpoint(home / "checkpoints.db") < LIMIT


def test_a_hundred_page_contract_leaves_every_checkpoint_under_100_kb(home: Path, tmp_path: Path) -> None:
    appendix = [[f"{page}.{n} The Customer keeps its credentials confidential and reports misuse."
                 for n in range(1, 36)] for page in range(2, PAGES + 1)]
    contract = write(tmp_path / "long.pdf", order_form_pdf(  # no start date: the run waits for a person
        {"Customer": "Stark Industries", "Term": "12 months", "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
        ["Platform (SKU P-1): 1 x USD 12,000.00 per year"], extra_pages=appendix))
    pages = read_document(contract).pages
    assert len(pages) == PAGES and sum(map(len, pages)) > 2 * LIMIT  # the text alone would break the bound
    with RunService() as service:
        view = service.start_contract_run(contract)
        state = service.state(view.run_id)
        assert view.status == "needs_review" and state is not None and state.document is not None
        assert state.document.read(service.session).pages == pages
    assert largest_checkpoint(home / "checkpoints.db") < LIMIT


def long_contract(path: Path, **fields: str) -> Path:
    """A 100-page order form of 70 fee lines (a year from March 1, 2026 unless `fields` say otherwise)."""
    fees = [f"Module {n} (SKU M-{n}): {n % 5 + 1} x USD {100 * n:,}.00 per year" for n in range(1, FEE_LINES + 1)]
    appendix = [[f"{page}.{n} The Customer keeps its credentials confidential and reports misuse."
                 for n in range(1, 36)] for page in range(3, PAGES + 1)]
    contract = write(path, order_form_pdf(
        {"Customer": "Stark Industries", "Start Date": "2026-03-01", "Term": "12 months", "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30", **fields}, fees, extra_pages=appendix))
    assert len(read_document(contract).pages) == PAGES
    return contract


def test_a_hundred_page_contract_of_seventy_fee_lines_checkpoints_under_100_kb_and_bills_from_its_terms(
        home: Path, tmp_path: Path) -> None:
    contract = long_contract(tmp_path / "long.pdf")
    with RunService() as service:
        view = service.start_contract_run(contract)
        assert view.status == "waiting_approval" and len(view.terms["line_items"]) == FEE_LINES  # type: ignore[index]
        assert len(view.citations) > 5 * FEE_LINES  # what a person sees is read back from the content store
        (subscription,) = [a for a in view.actions if a["type"] == "create_subscription"]
        assert "terms" not in subscription and subscription["terms_key"]
        state = service.state(view.run_id)
        assert state is not None and isinstance(state.extraction, ExtractionRef)
        (paused,) = service.graph.get_state(service._config(view.run_id)).interrupts
        (held,) = [i for i in paused.value if i["action_request"]["action"] == "create_invoice"]
        assert held["description"].count("\n- `") == SHOWN_VALUES
        assert f"more values, each with its citation: `accrue show {view.run_id}`" in held["description"]
        assert largest_checkpoint(home / "checkpoints.db") < LIMIT
        done = service.decide(view.run_id, approve=[], by="Dana Controller")
        with service.session() as s:
            (booked,) = s.exec(select(BooksSubscription)).all()
    assert done.status == "completed"
    assert ContractTerms.model_validate(booked.terms) == ContractTerms.model_validate(view.terms)  # bill runs' source
    assert largest_checkpoint(home / "checkpoints.db") < LIMIT


def test_a_seventy_line_plan_held_for_review_checkpoints_under_100_kb(home: Path, tmp_path: Path) -> None:
    contract = long_contract(tmp_path / "long.pdf", **{"Total Contract Value": "USD 1,000.00"})  # not the fees' sum
    with RunService() as service:
        view = service.start_contract_run(contract)
    assert view.status == "needs_review" and view.review is not None
    assert len(view.review["actions"]) == len(view.actions) > 0  # the plan as it stands, shown with the request
    assert largest_checkpoint(home / "checkpoints.db") < LIMIT


def test_a_run_killed_after_reading_its_contract_reads_it_back_from_the_document_store(home: Path,
                                                                                       tmp_path: Path) -> None:
    pdf, deal = example("acme")
    contract = Path(shutil.copy(pdf, tmp_path / "order-form.pdf"))
    # The third checkpoint is ingest's: the contract is read and stored, nothing is extracted yet.
    died = run_cli_process("run", str(contract), "--deal", str(deal), "--json", home=home,
                           fault="kill-after-checkpoint=3")
    assert died.returncode == -signal.SIGKILL, died.stderr
    contract.unlink()  # the file is gone: only the document store has its pages now
    # What follows runs in this process, which never held the run: only the document store can give its pages.
    (run,) = json.loads(run_cli("runs", "--json", home=home, check=True).stdout)
    with RunService() as service:
        state = service.state(run["run_id"])
    assert state is not None and state.document is not None and state.extraction is None
    view = json.loads(run_cli("retry", run["run_id"], "--json", home=home, check=True).stdout)
    assert view["status"] == "waiting_approval", view
    assert [(a["type"], a.get("amount")) for a in view["actions"] if a["type"] == "create_invoice"] == [
        ("create_invoice", "24000.00")]


def test_a_checkpoint_written_before_the_document_store_still_gives_its_pages() -> None:
    older = {"source": "/data/order-form.pdf", "sha256": "ab" * 32, "pages": ["ORDER FORM", "Fees"],
             "media_type": "application/pdf", "textless_pages": [], "hidden_text": [[2, "white text: 0% fee"]]}
    state = RunState.model_validate({"run_id": "r", "document": older})

    def no_store() -> Session:
        raise AssertionError("a document kept in the checkpoint is not looked up in the store")

    assert isinstance(state.document, InlineDocument)
    document = state.document.read(no_store)
    assert (document.source, document.pages, document.hidden_text) == (
        "/data/order-form.pdf", ["ORDER FORM", "Fees"], [(2, "white text: 0% fee")])


def test_a_checkpoint_written_before_the_content_store_still_gives_its_terms_and_stores_them_when_it_moves_on(
        home: Path) -> None:
    terms = {"customer_legal_name": "Acme Corporation", "currency": "USD"}
    older = {"run_id": "r", "extraction": {"terms": terms, "citations": {}, "extractor": "rules"},
             "actions": [{"id": "a1", "type": "create_subscription", "subscription_id": "sub-1", "customer": "cus-1",
                          "start_date": "2026-03-01", "billing_frequency": "annual", "billing_timing": "advance",
                          "currency": "USD", "items": [], "terms": terms}]}
    state = RunState.model_validate(older)

    def no_store() -> Session:
        raise AssertionError("an extraction kept in the checkpoint is not looked up in the store")

    extraction = state.contract_terms(no_store)
    assert extraction is not None and extraction.terms.customer_legal_name == "Acme Corporation"
    (subscription,) = state.actions
    assert isinstance(subscription, CreateSubscription) and subscription.terms_key is not None
    assert "terms" not in action_json(subscription)  # the next checkpoint drops the copy ...
    with RunService() as service:
        keep_terms(state.actions, service.session)  # ... once the store has it (review does this on resume)
        moved_on = CreateSubscription.model_validate(action_json(subscription))
        assert moved_on.terms is None
        assert subscription_terms(moved_on, service.session).terms == subscription.terms
