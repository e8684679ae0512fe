"""Each workflow stage on its own: the node function called with a typed `RunState` and a `Context` of real
services (SQLite books in a temporary data folder, the embedded extractor, the default policy, a fixed clock),
no graph. Inputs are the bundled examples; amounts are the ones examples/events/README.md works out by hand.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from langgraph.runtime import Runtime
from sqlmodel import select

from accrue.adapters.books import BooksInvoice, OutboxMessage, seed_books
from accrue.adapters.store import AuditEvent
from accrue.core.actions import Action, CreateInvoice, InvoiceLine, Notify, PostJournalEntry, WriteOff
from accrue.core.billing.cash import CashApplication, OpenInvoice, Payment
from accrue.core.errors import InputError
from accrue.core.findings import Finding
from accrue.core.planner import InvoiceOnBooks
from accrue.core.requests import ChangeRequest
from accrue.settings import load_settings
from accrue.workflow.approval import Decision
from accrue.workflow.context import Context, context_from_settings
from accrue.workflow.nodes.confirm import confirm
from accrue.workflow.nodes.execute import execute
from accrue.workflow.nodes.extract import extract
from accrue.workflow.nodes.ingest import ingest
from accrue.workflow.nodes.plan_amendment import plan_amendment
from accrue.workflow.nodes.plan_change_request import plan_change_request
from accrue.workflow.nodes.plan_new_contract import plan_new_contract
from accrue.workflow.nodes.plan_payment import plan_payment
from accrue.workflow.nodes.plan_usage import plan_usage
from accrue.workflow.nodes.review import apply_decisions
from accrue.workflow.nodes.validate import validate
from accrue.workflow.state import (
    ChangeRequestEvent,
    ChangeRequestPlanInputs,
    ExtractionRef,
    PaymentEvent,
    PaymentPlanInputs,
    RunInputs,
    RunState,
    UsagePlanInputs,
)
from tests.conftest import EXAMPLES, example

EVENTS = EXAMPLES / "events"
TODAY = date(2026, 5, 4)
D = Decimal


@pytest.fixture
def context(home: Path) -> Iterator[Context]:
    yield replace(context_from_settings(load_settings()), today=lambda: TODAY)


def rt(context: Context) -> Runtime[Context]:
    return Runtime(context=context)


def seed(context: Context, books_json: Path) -> None:
    with context.session() as s:
        seed_books(s, json.loads(books_json.read_text(), parse_float=Decimal), str(books_json))
        s.commit()


def after(state: RunState, update: dict[str, Any]) -> RunState:
    """The state the next node reads once an update is stored (LangGraph's channels: each written field replaced,
    read back through the model)."""
    return RunState.model_validate({**state.model_dump(mode="json"), **update})


def step(node: Callable[[RunState, Runtime[Context]], dict[str, Any]], state: RunState, context: Context) -> RunState:
    return after(state, node(state, rt(context)))


def read_and_validate(state: RunState, context: Context) -> RunState:
    for node in (ingest, extract, validate):
        state = step(node, state, context)
    return state


def acme_state() -> RunState:
    pdf, deal = example("acme")
    return RunState(run_id="run-acme", inputs=RunInputs(contract=str(pdf), deal=str(deal)))


# -- ingest -----------------------------------------------------------------------------------
def test_ingest_keeps_the_contract_as_page_text_with_its_hash_and_reads_the_deal(context: Context) -> None:
    update = ingest(acme_state(), rt(context))
    # the checkpoint keeps a reference to the document store, never the file's bytes nor its text
    assert set(update["document"]) == {"source", "sha256", "content"}
    state = after(acme_state(), update)
    pdf, _ = example("acme")
    assert state.document is not None
    doc = state.document.read(context.session)
    assert doc.source == str(pdf) == state.document.source
    assert doc.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest() == state.document.sha256
    assert any("Net 45" in page for page in doc.pages) and doc.textless_pages == [] and doc.raw == b""
    deal = state.deal
    assert deal is not None and (deal.account_name, deal.amount) == ("Acme Corporation", D("24000.00"))
    assert state.status == "running" and state.event is None


def test_ingest_reads_the_event_file_of_the_run_kind(context: Context) -> None:
    state = RunState(run_id="run-pay", kind="payment", inputs=RunInputs(payments=str(EVENTS / "payment/payments.csv")))
    event = step(ingest, state, context).event
    assert isinstance(event, PaymentEvent)
    assert [(p.payment_id, p.amount, p.currency, p.fee) for p in event.payments] == [
        ("P-1001", D("8250.50"), "USD", D(0)), ("P-1002", D("2997.50"), "EUR", D(0)),
        ("P-1003", D("24100.00"), "USD", D("70.00")), ("P-1004", D("999.99"), "USD", D(0))]


def test_ingest_names_a_missing_input_of_the_kind(context: Context) -> None:
    state = RunState(run_id="run-usage", kind="usage", inputs=RunInputs(usage=str(EVENTS / "usage/usage.csv")))
    with pytest.raises(InputError, match=r"^inputs of the usage run: missing input 'request'; give the usage run "
                                         r"its request file$"):
        ingest(state, rt(context))


# -- extract ----------------------------------------------------------------------------------
def test_extract_grounds_the_terms_of_the_ingested_contract(context: Context) -> None:
    state = step(ingest, acme_state(), context)
    extracted = step(extract, state, context)
    assert isinstance(extracted.extraction, ExtractionRef)  # the checkpoint keeps a reference, the store the terms
    extraction = extracted.contract_terms(context.session)
    assert extraction is not None and extraction.extractor == "rules"
    assert (extraction.terms.customer_legal_name, extraction.terms.payment_terms_days) == ("Acme Corporation", 45)
    cite = extraction.citations["payment_terms_days"]
    assert cite.quote in state.document.read(context.session).pages[cite.page - 1]  # type: ignore[union-attr]


def test_extract_without_a_document_extracts_nothing(context: Context) -> None:
    assert extract(RunState(run_id="r", kind="payment", inputs=RunInputs()), rt(context)) == {"extraction": None}


# -- validate ---------------------------------------------------------------------------------
def test_validate_checks_the_contract_against_the_deal(context: Context) -> None:
    state = read_and_validate(acme_state(), context)
    assert [f.code for f in state.findings] == ["non_standard_payment_terms"]
    assert state.plan_inputs is None


def test_validate_applies_payments_to_the_open_invoices_in_the_books(context: Context) -> None:
    seed(context, EVENTS / "payment/books.json")
    state = RunState(run_id="run-pay", kind="payment", inputs=RunInputs(payments=str(EVENTS / "payment/payments.csv")))
    state = read_and_validate(state, context)
    assert sorted(f.code for f in state.findings) == ["overpayment", "short_payment", "unmatched_payment"]
    applied = state.plan_inputs
    assert isinstance(applied, PaymentPlanInputs) and applied.recorded == []
    by_payment = {a.payment.payment_id: a for a in applied.applications}
    assert by_payment["P-1001"].allocations == [("INV-0101", D("4000.00")), ("INV-0102", D("2500.00")),
                                                 ("INV-0103", D("1750.50"))]
    assert (by_payment["P-1003"].outcome, by_payment["P-1003"].unapplied) == ("over", D("100.00"))
    assert by_payment["P-1004"].outcome == "unmatched"


def test_validate_finds_the_invoice_a_change_request_names(context: Context) -> None:
    seed(context, EVENTS / "change-request/books.json")
    state = RunState(run_id="run-cr", kind="change_request",
                     inputs=RunInputs(request=str(EVENTS / "change-request/request.json")))
    state = read_and_validate(state, context)
    assert state.findings == []
    found = state.plan_inputs
    assert isinstance(found, ChangeRequestPlanInputs) and found.invoice is not None
    assert (found.invoice.number, found.invoice.creditable, found.invoice.currency) == ("INV-0101", D("4000.00"), "USD")


# -- planners ---------------------------------------------------------------------------------
def test_plan_new_contract_proposes_the_actions_and_holds_the_net_45_invoice(context: Context) -> None:
    state = read_and_validate(acme_state(), context)
    actions = step(plan_new_contract, state, context).actions
    assert [a.type for a in actions] == ["create_customer", "create_invoice", "post_journal_entry",
                                         "create_subscription", "update_crm", "notify"]
    invoice = actions[1]
    assert isinstance(invoice, CreateInvoice) and invoice.amount == D("24000.00")
    assert invoice.needs_approval
    assert invoice.reasons == ["payment terms Net 45 are outside the allowed Net 0, 15 or 30 days"]
    assert not actions[0].needs_approval


def test_plan_usage_bills_the_screened_usage_of_the_period(context: Context) -> None:
    folder = EVENTS / "usage"
    seed(context, folder / "books.json")
    state = RunState(run_id="run-usage", kind="usage", inputs=RunInputs(
        contract=str(folder / "contract.pdf"), usage=str(folder / "usage.csv"), request=str(folder / "request.json")))
    state = read_and_validate(state, context)
    screened = state.plan_inputs
    assert isinstance(screened, UsagePlanInputs) and screened.customer_id == "cus-litware"
    assert screened.totals == {0: D("755007")}
    (invoice,) = [a for a in step(plan_usage, state, context).actions if isinstance(a, CreateInvoice)]
    assert (invoice.amount, invoice.invoice_date, invoice.due_date) == (D("2465.02"), date(2026, 4, 1),
                                                                       date(2026, 5, 1))
    assert not invoice.needs_approval


def test_plan_usage_bills_nothing_for_a_customer_not_in_the_books(context: Context) -> None:
    state = read_and_validate(RunState(run_id="run-usage", kind="usage", inputs=RunInputs(
        contract=str(EVENTS / "usage/contract.pdf"), usage=str(EVENTS / "usage/usage.csv"),
        request=str(EVENTS / "usage/request.json"))), context)
    assert "usage_unknown_customer" in [f.code for f in state.findings]
    assert plan_usage(state, rt(context)) == {"actions": []}


def test_plan_payment_applies_a_matched_payment_and_posts_its_cash_entry(context: Context) -> None:
    payment = Payment("P-1", date(2026, 4, 20), D("100.00"), "USD", "Acme Corporation", "INV-1")
    invoice = OpenInvoice("inv-1", "INV-1", "cus-acme", "USD", D("100.00"), date(2026, 4, 1), date(2026, 5, 1))
    state = RunState(run_id="run-pay", kind="payment", inputs=RunInputs(), plan_inputs=PaymentPlanInputs(
        applications=[CashApplication(payment, "exact", "cus-acme", [("inv-1", D("100.00"))], method="reference")],
        open_invoices=[invoice], recorded=[]))
    actions = step(plan_payment, state, context).actions
    assert [a.type for a in actions] == ["apply_payment", "post_journal_entry", "notify"]
    assert [(x.invoice_id, x.amount) for x in actions[0].allocations] == [("inv-1", D("100.00"))]  # type: ignore[union-attr]
    assert not any(a.needs_approval for a in actions)


def test_plan_change_request_credits_on_the_context_date_and_waits_for_approval(context: Context) -> None:
    request = ChangeRequest(invoice="INV-1", amount=D("400.00"), reason="SLA credit", requested_by="Sam Lee")
    invoice = InvoiceOnBooks("inv-1", "INV-1", "cus-acme", "USD", date(2026, 3, 1), date(2026, 3, 31),
                             D("4000.00"), D("0"))
    state = RunState(run_id="run-cr", kind="change_request", inputs=RunInputs(),
                     event=ChangeRequestEvent(request=request), plan_inputs=ChangeRequestPlanInputs(invoice=invoice))
    credit, entry, told = step(plan_change_request, state, context).actions
    assert (credit.type, credit.amount, credit.needs_approval) == ("create_credit_note", D("400.00"), True)  # type: ignore[union-attr]
    assert (entry.type, entry.date, entry.depends_on) == ("post_journal_entry", TODAY, ["a1"])  # type: ignore[union-attr]
    assert told.type == "notify"
    blocked = state.model_copy(update={"findings": [Finding(code="unknown_invoice", severity="error", message="x")]})
    assert plan_change_request(blocked, rt(context)) == {"actions": []}


def test_plan_change_request_writes_off_and_posts_the_entry_once_approved(context: Context) -> None:
    request = ChangeRequest(invoice="INV-1", write_off=D("120.004"), reason="uncollectable", requested_by="Pat Billing")
    invoice = InvoiceOnBooks("inv-1", "INV-1", "cus-acme", "USD", date(2026, 3, 1), date(2026, 3, 31),
                             D("4000.00"), D("0"), amount_paid=D("3800.00"))
    assert invoice.balance == D("200.00")
    state = RunState(run_id="run-wo", kind="change_request", inputs=RunInputs(),
                     event=ChangeRequestEvent(request=request), plan_inputs=ChangeRequestPlanInputs(invoice=invoice))
    write_off, entry = step(plan_change_request, state, context).actions
    assert isinstance(write_off, WriteOff) and isinstance(entry, PostJournalEntry)
    assert (write_off.invoice_id, write_off.amount, write_off.requested_by) == ("inv-1", D("120.00"), "Pat Billing")
    assert write_off.needs_approval and write_off.reasons == ["write-offs always need approval"]
    assert (entry.date, entry.depends_on, entry.source_ref) == (TODAY, ["a1"], "inv-1")
    assert sum(ln.debit for ln in entry.lines) == sum(ln.credit for ln in entry.lines) == D("120.00")


def test_plan_amendment_prorates_the_seat_increase_and_holds_it(context: Context) -> None:
    seed(context, EVENTS / "amendment/books.json")
    state = read_and_validate(RunState(run_id="run-amend", kind="amendment", inputs=RunInputs(
        contract=str(EXAMPLES / "globex/order-form.pdf"), amendment=str(EVENTS / "amendment/amendment.pdf"))),
        context)
    assert state.amendment is not None and state.findings == []
    (invoice,) = [a for a in step(plan_amendment, state, context).actions if isinstance(a, CreateInvoice)]
    assert (invoice.amount, invoice.currency, invoice.invoice_date) == (D("574.73"), "EUR", date(2026, 8, 15))
    assert [ln.amount for ln in invoice.lines] == [D("-1532.61"), D("2107.34")]
    assert invoice.reasons == ["amendments need approval"]


# -- execute, review, confirm -------------------------------------------------------------------
def notify(aid: str, **kw: object) -> Notify:
    return Notify.model_validate({"id": aid, "idempotency_key": f"key-{aid}", "channel": "#billing",
                                  "message": f"message {aid}", **kw})


def outbox(context: Context) -> list[str]:
    with context.session() as s:
        return sorted(m.message for m in s.exec(select(OutboxMessage)))


def test_execute_runs_what_may_run_once_and_skips_what_depends_on_a_rejection(context: Context) -> None:
    actions: list[Action] = [
        notify("a1"), notify("a2", needs_approval=True, reasons=["held"]), notify("a3", depends_on=["a2"]),
        notify("a4", status="rejected"), notify("a5", depends_on=["a4"]), notify("a6", status="approved",
                                                                               needs_approval=True)]
    state = RunState(run_id="run-x", inputs=RunInputs(), actions=actions)
    ran = step(execute, state, context)
    done = {a.id: a for a in ran.actions}
    assert {aid: a.status for aid, a in done.items()} == {
        "a1": "executed", "a2": "proposed", "a3": "proposed", "a4": "rejected", "a5": "rejected", "a6": "executed"}
    assert done["a5"].reasons == ["not run: a4 did not run"]
    assert outbox(context) == ["message a1", "message a6"]
    execute(ran, rt(context))  # a resume runs it again: nothing repeats
    execute(state, rt(context))  # even from the state before (a crash before the checkpoint)
    assert outbox(context) == ["message a1", "message a6"]


def held_invoice() -> CreateInvoice:
    return CreateInvoice(id="a1", idempotency_key="key-a1", invoice_id="inv-1", customer="cus-acme",
                         invoice_date=date(2026, 5, 1), due_date=date(2026, 5, 31), currency="USD",
                         lines=[InvoiceLine(description="Platform", amount=D("30000.00"))], amount=D("30000.00"),
                         needs_approval=True,
                         reasons=["invoice amount 30000.00 USD is at or above the 25000 threshold"])


def decision(verdict: str, by: str = "Dana Controller", role: str = "controller", **kw: object) -> Decision:
    return Decision.model_validate({"action_id": "a1", "decision": verdict, "by": by, "role": role, **kw})


def audit(context: Context, run_id: str) -> list[AuditEvent]:
    with context.session() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.run_id == run_id)))


def test_apply_decisions_approves_and_refuses_a_role_the_policy_does_not_give(context: Context) -> None:
    state = RunState(run_id="run-r", inputs=RunInputs(), actions=[held_invoice()])
    refused = apply_decisions(state, [decision("approve", by="Mallory")], context.policy, context.session)
    assert refused["actions"][0].status == "proposed" and refused["decisions"] == []
    approved = apply_decisions(state, [decision("approve")], context.policy, context.session)
    assert approved["actions"][0].status == "approved"
    assert [d.decision for d in approved["decisions"]] == ["approve"]
    assert [(e.event, e.actor) for e in audit(context, "run-r")] == [("decision_refused", "Mallory"),
                                                                     ("approved", "Dana Controller")]


def test_apply_decisions_a_modification_is_judged_again_by_the_policy(context: Context) -> None:
    state = RunState(run_id="run-m", inputs=RunInputs(), actions=[held_invoice(), notify("a2", depends_on=["a1"])])
    smaller = held_invoice().model_copy(update={
        "lines": [InvoiceLine(description="Platform", amount=D("20000.00"))], "amount": D("20000.00"),
        "id": "ignored", "status": "executed", "needs_approval": False})  # bookkeeping in a payload is ignored
    update = apply_decisions(state, [decision("modify", payload=smaller, reason="agreed discount")],
                             context.policy, context.session)
    invoice, dependent = update["actions"]
    assert isinstance(invoice, CreateInvoice) and (invoice.id, invoice.idempotency_key) == ("a1", "key-a1")
    assert (invoice.amount, invoice.status, invoice.needs_approval, invoice.reasons) == (
        D("20000.00"), "proposed", False, [])  # below the threshold: the policy clears it
    assert dependent.needs_approval and dependent.reasons == [
        "planned from a1, which Dana Controller modified: check it still fits"]
    (event,) = audit(context, "run-m")
    assert (event.event, event.actor, event.action_id) == ("modified", "Dana Controller", "a1")
    assert (event.detail["before"]["amount"], event.detail["after"]["amount"]) == ("30000.00", "20000.00")
    assert event.detail["held"] == ["a2"] and event.detail["reason"] == "agreed discount"


def test_apply_decisions_refuses_a_modification_that_changes_the_action_type(context: Context) -> None:
    state = RunState(run_id="run-t", inputs=RunInputs(), actions=[held_invoice()])
    update = apply_decisions(state, [decision("modify", payload=notify("a1"))], context.policy, context.session)
    assert update["actions"] == [held_invoice()] and update["decisions"] == []
    (event,) = audit(context, "run-t")
    assert event.event == "decision_refused"
    assert event.detail["reason"] == "a modification keeps the action's type (create_invoice); the payload is a notify"


def test_confirm_closes_the_run_and_audits_what_happened(context: Context) -> None:
    actions: list[Action] = [notify("a1", status="executed"), notify("a2", status="failed"),
                             notify("a3", status="rejected")]
    assert confirm(RunState(run_id="run-c", inputs=RunInputs(), actions=actions), rt(context)) == {"status": "failed"}
    assert confirm(RunState(run_id="run-d", inputs=RunInputs(), actions=actions[:1]),
                   rt(context)) == {"status": "completed"}
    (closed,) = audit(context, "run-c")
    assert (closed.event, closed.detail) == ("run_failed", {"executed": ["a1"], "rejected": ["a3"], "failed": ["a2"]})
    with context.session() as s:
        assert not list(s.exec(select(BooksInvoice)))  # confirming writes nothing to the books


def test_every_node_of_the_graph_reads_the_run_state() -> None:
    """The graph tells LangGraph each node's input is RunState rather than have it read every node's hints: true of
    each node, and of each node the compiled graph holds."""
    import inspect
    import typing

    from accrue.workflow.graph import NODES, build_graph
    from accrue.workflow.state import RunState

    for name, node in NODES.items():
        first = next(iter(inspect.signature(node).parameters))
        assert typing.get_type_hints(node)[first] is RunState, name
    graph = build_graph()
    assert set(graph.nodes) == set(NODES)
    assert {spec.input_schema for spec in graph.nodes.values()} == {RunState}
