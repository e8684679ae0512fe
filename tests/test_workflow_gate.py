"""The completeness gate in the graph: a run whose plan is not what the documents say waits in `needs_review`
before anything executes, says why with the evidence, and goes on only when a person corrects its terms, accepts
the plan (with a reason) or rejects the run. Every run kind waits with a finding instead of crashing or completing
with nothing done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langgraph.types import Command
from pydantic import ValidationError
from sqlmodel import select

from accrue.adapters.books import BooksInvoice
from accrue.adapters.documents import read_document
from accrue.core.corrections import CorrectionError, TermEdit
from accrue.core.errors import ApprovalError
from accrue.core.terms import Citation
from accrue.workflow.service import RunService
from accrue.workflow.terms_review import TermsReviewRequest
from tests.conftest import EXAMPLES, cli_json, run_cli
from tests.pdfs import order_form_pdf, text_pdf, write

CONTROLLER = "Dana Controller"
FORM = {"Customer": "Umbrella Corp", "Go-live": "1 March 2026", "Term": "12 months", "Currency": "USD",
        "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"}
FEES = ["Platform (SKU P-1): 10 x USD 1,200.00 per year"]
# The same form with its start date read, but silent on whether the annual fee is billed in advance or in arrears.
SILENT_TIMING = {**{k: v for k, v in FORM.items() if k != "Go-live"}, "Service Start Date": "1 March 2026",
                 "Billing Frequency": "Annual"}


def _deal(folder: Path, amount: str = "12000.00") -> Path:
    path = folder / "deal.json"
    path.write_text(json.dumps({"deal_id": "D-UMB-1", "deal_name": "Umbrella - Platform", "stage": "Closed Won",
                                "account_name": "Umbrella Corp", "close_date": "2026-02-20", "currency": "USD",
                                "amount": amount}))
    return path


def _go_live_run(rt: RunService, tmp_path: Path, fields: dict[str, str] | None = None) -> str:
    pdf = write(tmp_path / "umbrella.pdf", order_form_pdf(fields or FORM, FEES))
    view = rt.start_contract_run(pdf, _deal(tmp_path))
    assert view.status == "needs_review", view.error
    return view.run_id


def _resume(rt: RunService, run_id: str, answer: dict[str, object]) -> None:
    rt.graph.invoke(Command(resume=answer), {"configurable": {"thread_id": run_id}}, context=rt.context,
                    durability="sync")


def test_a_start_date_the_extractor_missed_stops_the_run_before_anything_executes(runtime: RunService,
                                                                                 tmp_path: Path) -> None:
    run_id = _go_live_run(runtime, tmp_path)
    view = runtime.view(run_id)
    request = TermsReviewRequest.model_validate(view.review)
    (gap,) = request.gaps
    assert (gap.code, [f.path for f in gap.fields], gap.fields[0].value) == ("missing_field",
                                                                            ["service_start_date"], None)
    assert request.reasons == [gap.message] and "service_start_date was not found in the document" in gap.message
    (candidate,) = gap.fields[0].candidates  # the one date on the page no term was read from, to pick
    assert candidate.startswith("p.1: ...") and "Go-live: 1 March 2026" in candidate and "(2026-03-01)" in candidate
    assert all(a["status"] == "proposed" for a in view.actions)  # nothing ran, nothing was even planned to run
    assert [r.run_id for r in runtime.runs(status="needs_review")] == [run_id]  # the runs index keeps the status
    assert [v.run_id for v in runtime.pending()] == [run_id]
    assert [e["event"] for e in runtime.audit(run_id)][-1] == "needs_review"
    with runtime.session() as s:
        assert list(s.exec(select(BooksInvoice))) == []


def test_pending_lists_the_runs_that_need_review_with_their_reasons(home: Path, tmp_path: Path) -> None:
    pdf = write(tmp_path / "umbrella.pdf", order_form_pdf(FORM, FEES))
    run_cli("run", str(pdf), "--deal", str(_deal(tmp_path)), home=home, check=True)
    (pending,) = cli_json("pending", home=home)
    assert pending["status"] == "needs_review"
    assert pending["review"]["gaps"][0]["fields"][0]["path"] == "service_start_date"
    shown = run_cli("pending", home=home, check=True).stdout
    assert "Needs review" in shown and "service_start_date was not found in the document" in shown
    assert f"accrue correct {pending['run_id']} PATH=VALUE" in shown


def test_the_interrupt_refuses_a_malformed_answer_and_a_raw_resume_carries_corrections(runtime: RunService,
                                                                                      tmp_path: Path) -> None:
    run_id = _go_live_run(runtime, tmp_path)
    (asked,) = runtime.graph.get_state({"configurable": {"thread_id": run_id}}).interrupts
    assert {"decision", "by", "role", "corrections"} <= set(asked.response_schema["properties"])
    who = {"by": CONTROLLER, "role": "controller"}
    for bad in ({"decision": "correct", **who},  # no corrections
                {"decision": "accept", **who},  # no reason
                {"decision": "correct", **who, "corrections": [{"path": "start", "value": "2026-03-01"}]},
                {"decision": "approve", **who, "reason": "ok"}):
        with pytest.raises(ValidationError):
            _resume(runtime, run_id, bad)
        assert runtime.view(run_id).status == "needs_review"  # nothing was saved: the run still waits

    quote = {"page": 1, "quote": "Go-live: 1 March 2026"}
    _resume(runtime, run_id, {"decision": "correct", **who, "corrections": [
        {"path": "service_start_date", "value": "2026-03-01", "citation": quote}]})
    done = runtime.view(run_id)
    assert done.status == "completed"
    assert done.terms and done.terms["service_start_date"] == "2026-03-01"
    cite = done.citations["service_start_date"]
    assert {k: cite[k] for k in ("page", "quote")} == quote  # a person's quote carries no reading method
    events = [e["event"] for e in runtime.audit(run_id)]
    assert events.index("corrected") < events.index("plan_superseded") < events.index("run_completed")


def test_an_answer_that_may_not_stand_is_audited_and_the_run_keeps_waiting(runtime: RunService,
                                                                          tmp_path: Path) -> None:
    run_id = _go_live_run(runtime, tmp_path)
    _resume(runtime, run_id, {"decision": "accept", "by": "Fran Finance", "role": "controller", "reason": "fine"})
    _resume(runtime, run_id, {"decision": "correct", "by": CONTROLLER, "role": "controller", "corrections": [
        {"path": "service_start_date", "value": "2026-03-01", "citation": {"page": 1, "quote": "Starts 1 March"}}]})
    refused = [e for e in runtime.audit(run_id) if e["event"] == "review_refused"]
    assert [e["detail"]["reason"] for e in refused] == [
        "Fran Finance does not hold the role 'controller' (policy.toml [people] gives finance); ask whoever owns "
        "policy.toml to add it",
        "service_start_date: the quote \"Starts 1 March\" is not on page 1; copy it exactly as the page has it, or "
        "leave out --quote to enter the value as your own"]
    assert runtime.view(run_id).status == "needs_review"
    with pytest.raises(CorrectionError, match="is not on page 1"):  # the service says so before resuming anything
        runtime.correct(run_id, [TermEdit(path="service_start_date", value="2026-03-01",
                                          citation=Citation(page=1, quote="Starts 1 March"))], by=CONTROLLER)


def test_accepting_the_plan_as_it_is_executes_it_and_records_why(runtime: RunService, tmp_path: Path) -> None:
    pdf = write(tmp_path / "umbrella.pdf", order_form_pdf(SILENT_TIMING, FEES))
    view = runtime.start_contract_run(pdf, _deal(tmp_path))
    assert view.status == "needs_review" and view.review
    assert view.review["gaps"][0]["fields"][0]["path"] == "billing_timing"
    with pytest.raises(ApprovalError, match="to accept the plan as it is, give a reason"):
        runtime.accept_terms(view.run_id, by=CONTROLLER, reason=" ")
    done = runtime.accept_terms(view.run_id, by=CONTROLLER, reason="annual fees are billed in advance with us")
    assert done.status == "completed"
    (invoice,) = [a for a in done.actions if a["type"] == "create_invoice"]
    assert (invoice["status"], invoice["invoice_date"], invoice["amount"]) == ("executed", "2026-03-01", "12000.00")
    (accepted,) = [e for e in runtime.audit(view.run_id) if e["event"] == "terms_accepted"]
    assert (accepted["actor"], accepted["detail"]["reason"], accepted["detail"]["role"]) == (
        CONTROLLER, "annual fees are billed in advance with us", "controller")
    assert accepted["detail"]["reasons"] == [view.review["reasons"][0]]


def test_whoever_corrected_the_plan_cannot_accept_it_alone(runtime: RunService, tmp_path: Path) -> None:
    both = {**FORM, "Billing Frequency": "Annual"}  # no start date and no timing
    run_id = _go_live_run(runtime, tmp_path, both)
    still = runtime.correct(run_id, [TermEdit(path="service_start_date", value="2026-03-01")], by="Sam Lee")
    assert still.status == "needs_review" and still.review
    assert [g["fields"][0]["path"] for g in still.review["gaps"]] == ["billing_timing"]
    with pytest.raises(ApprovalError, match="Sam Lee corrected terms this plan is built on; someone else must"):
        runtime.accept_terms(run_id, by="Sam Lee", reason="advance, as usual")
    accepted = runtime.accept_terms(run_id, by=CONTROLLER, reason="advance, as usual")
    # the start date Sam entered without a quote holds the invoice for someone else's approval
    (invoice,) = [a for a in accepted.actions if a["type"] == "create_invoice"]
    assert accepted.status == "waiting_approval" and invoice["reasons"] == [
        "depends on a value a person entered without a quote from the document: service_start_date"]
    with pytest.raises(ApprovalError, match="Sam Lee entered service_start_date, which a2 depends on"):
        runtime.decide(run_id, approve=[], by="Sam Lee")
    assert runtime.decide(run_id, approve=[], by=CONTROLLER).status == "completed"


def test_rejecting_the_run_executes_nothing_and_ends_rejected(home: Path, tmp_path: Path) -> None:
    pdf = write(tmp_path / "umbrella.pdf", order_form_pdf(SILENT_TIMING, FEES))
    view = cli_json("run", str(pdf), "--deal", str(_deal(tmp_path)), home=home)
    no_reason = run_cli("reject-run", view["run_id"], "--as", CONTROLLER, "--reason", "", home=home)
    assert no_reason.returncode == 2 and "to reject the run, give a reason" in no_reason.stderr
    done = cli_json("reject-run", view["run_id"], "--as", CONTROLLER, "--reason", "signed by mistake", home=home)
    assert done["status"] == "rejected"
    assert done["actions"] and {a["status"] for a in done["actions"]} == {"rejected"}
    assert cli_json("books", home=home)["customers"] == []
    assert [r["run_id"] for r in cli_json("runs", "--status", "rejected", home=home)] == [view["run_id"]]
    again = run_cli("correct", view["run_id"], "service_start_date=2026-03-01", "--as", CONTROLLER, home=home)
    assert again.returncode == 2 and "is rejected, not needs_review" in again.stderr


def test_a_run_whose_every_action_was_rejected_ends_rejected(home: Path) -> None:
    folder = EXAMPLES / "events" / "change-request"
    view = cli_json("event", "change-request", str(folder / "request.json"), "--books", str(folder / "books.json"),
                    home=home)
    (credit,) = [a for a in view["actions"] if a["type"] == "create_credit_note"]
    done = cli_json("reject", view["run_id"], credit["id"], "--as", CONTROLLER, "--reason", "no outage that day",
                    home=home)
    assert done["status"] == "rejected" and {a["status"] for a in done["actions"]} == {"rejected"}


def test_a_usage_file_against_a_contract_without_a_start_date_waits_instead_of_crashing(home: Path,
                                                                                      tmp_path: Path) -> None:
    folder = EXAMPLES / "events" / "usage"
    pages = [p.replace("Service Start Date: February 1, 2026", "Go-live: February 1, 2026").splitlines()
             for p in read_document(folder / "contract.pdf").pages]
    contract = write(tmp_path / "contract.pdf", text_pdf(pages))
    args = ("event", "usage", str(folder / "usage.csv"), "--contract", str(contract), "--request",
            str(folder / "request.json"), "--books", str(folder / "books.json"))
    view = cli_json(*args, home=home)
    assert view["status"] == "needs_review" and view["actions"] == []
    assert [(c["code"], [f["path"] for f in c["fields"]]) for c in view["review"]["open_findings"]] == [
        ("missing_field", ["service_start_date"])]
    done = cli_json("correct", view["run_id"], "service_start_date=2026-02-01", "--as", "Pat Billing", "--page", "1",
                    "--quote", "Go-live: February 1, 2026", home=home)
    (invoice,) = [a for a in done["actions"] if a["type"] == "create_invoice"]
    assert (done["status"], invoice["amount"], invoice["status"]) == ("completed", "2465.02", "executed")


def test_a_usage_file_none_of_whose_rows_counts_for_the_customer_waits(home: Path, tmp_path: Path) -> None:
    folder = EXAMPLES / "events" / "usage"
    rows = (folder / "usage.csv").read_text().replace("cus-litware,", "cus-litware-eu,")
    usage = tmp_path / "usage.csv"
    usage.write_text(rows)
    view = cli_json("event", "usage", str(usage), "--contract", str(folder / "contract.pdf"), "--request",
                    str(folder / "request.json"), "--books", str(folder / "books.json"), home=home)
    assert view["status"] == "needs_review"  # not a quiet month: the customer id of every row is another one
    (gap,) = view["review"]["gaps"]
    assert gap["code"] == "nothing_to_bill" and "none of the 10 usage rows counts for Litware Maps" in gap["message"]


def test_an_amendment_that_cannot_act_waits_and_its_own_terms_take_corrections(home: Path, tmp_path: Path) -> None:
    folder = EXAMPLES / "events" / "amendment"
    pages = [p.replace("Effective Date: August 15, 2026", "Effective Date: August 15, 2028").splitlines()
             for p in read_document(folder / "amendment.pdf").pages]
    amendment = write(tmp_path / "amendment.pdf", text_pdf(pages))
    view = cli_json("event", "amendment", str(amendment), "--contract", str(EXAMPLES / "globex" / "order-form.pdf"),
                    "--books", str(folder / "books.json"), home=home)
    assert view["status"] == "needs_review" and view["actions"] == []  # 2028 is outside the term: nothing to plan
    assert [(c["code"], [f["path"] for f in c["fields"]]) for c in view["review"]["open_findings"]] == [
        ("date_mismatch", ["amendment.effective_date"])]
    corrected = cli_json("correct", view["run_id"], "amendment.effective_date=2026-08-15", "--as", "Pat Billing",
                         home=home)
    (invoice,) = [a for a in corrected["actions"] if a["type"] == "create_invoice"]
    assert corrected["status"] == "waiting_approval" and invoice["amount"] == "574.73"
    assert invoice["reasons"] == ["amendments need approval", "depends on a value a person entered without a quote "
                                                               "from the document: amendment.effective_date"]
    with RunService() as rt:  # a raw resume cannot get round it either: whoever entered the date may not approve
        _resume(rt, view["run_id"], {"decisions": [{"action_id": invoice["id"], "decision": "approve",
                                                    "by": "Pat Billing", "role": "billing_specialist"}]})
        (refused,) = [e for e in rt.audit(view["run_id"]) if e["event"] == "decision_refused"]
        assert "Pat Billing entered amendment.effective_date" in refused["detail"]["reason"]
        assert rt.view(view["run_id"]).status == "waiting_approval"
