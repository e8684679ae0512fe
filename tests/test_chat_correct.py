"""Correcting a run from the chat: "Umbrella Corp's service starts on 1 March 2026" supplies the start date the
reader missed, through the same RunService.correct as `accrue correct`, and the run bills as the form says."""

from __future__ import annotations

import json
from pathlib import Path

from accrue.interfaces.chat.intents import parse
from accrue.interfaces.chat.session import ChatSession
from accrue.workflow.service import RunService
from tests.pdfs import order_form_pdf, write

FORM = {"Customer": "Umbrella Corp", "Go-live": "1 March 2026", "Term": "12 months", "Currency": "USD",
        "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"}


def _held(runtime: RunService, tmp_path: Path) -> str:
    pdf = write(tmp_path / "umbrella.pdf", order_form_pdf(FORM, ["Platform (SKU P-1): 10 x USD 1,200.00 per year"]))
    deal = tmp_path / "deal.json"
    deal.write_text(json.dumps({"deal_id": "D-UMB-1", "deal_name": "Umbrella", "stage": "Closed Won",
                                "account_name": "Umbrella Corp", "close_date": "2026-02-20", "currency": "USD",
                                "amount": "12000.00"}))
    view = runtime.start_contract_run(pdf, deal)
    assert view.status == "needs_review" and view.terms and view.terms["service_start_date"] is None
    return view.run_id


def test_stating_a_term_is_a_correction_and_asking_is_not() -> None:
    stated = parse("Umbrella Corp's service starts on 1 March 2026", [])
    assert (stated.kind, stated.handle, stated.assignments) == (
        "correct", "Umbrella Corp", ["service_start_date=2026-03-01"])
    assert parse("Globex pays net 45", []).assignments == ["payment_terms_days=45"]
    assert parse("Initech's contract ends on 28 February 2027.", []).assignments == ["service_end_date=2027-02-28"]
    assert parse("when does Umbrella Corp's service start?", []).kind != "correct"
    assert parse("/correct 1a2b3c4d service_start_date=2026-03-01", []).assignments == [
        "service_start_date=2026-03-01"]
    assert parse("/correct 1a2b3c4d", []).problem


def test_a_chat_correction_bills_the_contract_and_is_recorded_as_the_speakers(runtime: RunService,
                                                                             tmp_path: Path) -> None:
    run_id = _held(runtime, tmp_path)
    chat = ChatSession(runtime, "Pat Billing")
    answer = chat.handle("Umbrella Corp's service starts on 1 March 2026").text
    assert f"Corrected Umbrella Corp's run {run_id[:8]}: service_start_date=2026-03-01" in answer
    view = runtime.view(run_id)
    assert view.terms and view.terms["service_start_date"] == "2026-03-01"
    (correction,) = runtime.state(run_id).corrections  # type: ignore[union-attr]
    assert (correction.by, correction.provenance) == ("Pat Billing", "entered_by_person")
    # Entered without a quote: what depends on it waits for someone else, never for Pat.
    assert view.status == "waiting_approval"
    assert "Can't do that" in chat.handle(f"/approve {run_id}").text
    done = ChatSession(runtime, "Dana Controller").handle(f"/approve {run_id}").text
    assert "The run is completed" in done
    invoices = [a for a in runtime.view(run_id).actions if a["type"] == "create_invoice"]
    assert [(a["invoice_date"], a["amount"], a["status"]) for a in invoices] == [("2026-03-01", "12000.00",
                                                                                 "executed")]


def test_a_correction_nobody_can_place_says_which_runs_wait(runtime: RunService, tmp_path: Path) -> None:
    _held(runtime, tmp_path)
    answer = ChatSession(runtime, "Pat Billing").handle("Hooli's service starts on 1 March 2026").text
    assert "no run waiting for review matches 'Hooli'" in answer and "Umbrella Corp" in answer
