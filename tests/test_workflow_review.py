"""The review stage and its decisions: the interrupt hands out one Agent Inbox `HumanInterrupt` per held action,
the resume value is validated against `Resume` (or Agent Inbox responses) before LangGraph saves it (a malformed
one leaves the run waiting), and a `modify` decision replaces the held action, which the policy judges again,
holding what was planned on top of it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command
from pydantic import ValidationError
from sqlmodel import select

from accrue.adapters.books import BooksInvoice, JournalLineRow
from accrue.core.actions import CreateInvoice, InvoiceLine, JournalLine, PostJournalEntry
from accrue.settings import load_settings
from accrue.workflow.context import Context, context_from_settings
from accrue.workflow.inbox import InboxInterrupt
from accrue.workflow.nodes.review import review
from accrue.workflow.service import RunService
from accrue.workflow.state import RunInputs, RunState, stored
from tests.pdfs import order_form_pdf, write

CONTROLLER = "Dana Controller"
D = Decimal


def held_invoice() -> CreateInvoice:
    return CreateInvoice(id="a1", idempotency_key="key-a1", invoice_id="inv-1", customer="cus-acme",
                         invoice_date=date(2026, 5, 1), due_date=date(2026, 5, 31), currency="USD",
                         lines=[InvoiceLine(description="Platform", amount=D("30000.00"))], amount=D("30000.00"),
                         needs_approval=True,
                         reasons=["invoice amount 30000.00 USD is at or above the 25000 threshold"])


def test_the_review_node_asks_with_a_typed_request_and_refuses_a_malformed_answer(home: Path) -> None:
    g = StateGraph(RunState, context_schema=Context)
    g.add_node("review", review)
    g.add_edge(START, "review")
    g.add_edge("review", END)
    graph = g.compile(checkpointer=InMemorySaver())
    context = context_from_settings(load_settings())
    cfg = {"configurable": {"thread_id": "review-only"}}

    out = graph.invoke(stored({"run_id": "run-r", "inputs": RunInputs(), "actions": [held_invoice()]}), cfg,
                       context=context)
    (asked,) = out["__interrupt__"]
    (shown,) = [InboxInterrupt.model_validate(i) for i in asked.value]
    assert CreateInvoice.model_validate(shown.action_request.args) == held_invoice()
    assert shown.action_request.args["amount"] == "30000.00"  # JSON, money as an exact string
    assert "- invoice amount 30000.00 USD is at or above the 25000 threshold" in (shown.description or "")
    assert {"Resume", "InboxResponse"} <= set(asked.response_schema["$defs"])  # clients can render the answer form

    no_payload = {"action_id": "a1", "decision": "modify", "by": CONTROLLER, "role": "controller"}
    wrong_field = {**no_payload, "payload": {"type": "create_invoice", "amount": "not money"}}
    for bad in ({"decisions": [no_payload]}, {"decisions": [wrong_field]}, {"approve": ["a1"]}):
        with pytest.raises(ValidationError):
            graph.invoke(Command(resume=bad), cfg, context=context)
        assert graph.get_state(cfg).interrupts  # nothing was saved: the run still waits

    approve = {"action_id": "a1", "decision": "approve", "by": CONTROLLER, "role": "controller"}
    done = graph.invoke(Command(resume={"decisions": [approve]}), cfg, context=context)
    assert [a["status"] for a in done["actions"]] == ["approved"]
    assert [(d["decision"], d["by"]) for d in done["decisions"]] == [("approve", CONTROLLER)]


def _over_threshold_run(rt: RunService, tmp_path: Path) -> str:
    """A Net 30 order form whose 30,000.00 invoice is held only because of the invoice threshold."""
    pdf = write(tmp_path / "of.pdf", order_form_pdf(
        {"Customer": "Umbrella Corp", "Service Start Date": "2026-07-01", "Term": "12 months", "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
        ["Platform (SKU P-1): 1 x USD 30,000.00 per year"]))
    view = rt.start_contract_run(pdf)
    assert view.status == "waiting_approval"
    assert [(a["id"], a["type"]) for a in view.actions if a["needs_approval"]] == [("a2", "create_invoice")]
    return view.run_id


def _resume(rt: RunService, run_id: str, *decisions: dict[str, object]) -> None:
    rt.graph.invoke(Command(resume={"decisions": list(decisions)}), {"configurable": {"thread_id": run_id}},
                    context=rt.context, durability="sync")


def test_a_modified_invoice_the_policy_clears_runs_and_what_was_planned_on_it_waits(home: Path,
                                                                                   tmp_path: Path) -> None:
    with RunService() as rt:
        run_id = _over_threshold_run(rt, tmp_path)
        state = rt.state(run_id)
        assert state is not None
        invoice, entry = state.actions[1], state.actions[2]
        assert isinstance(invoice, CreateInvoice) and isinstance(entry, PostJournalEntry)
        discounted = invoice.model_copy(update={
            "amount": D("20000.00"), "lines": [ln.model_copy(update={"amount": D("20000.00"),
                                                                      "unit_price": D("20000.00")})
                                               for ln in invoice.lines]})
        _resume(rt, run_id, {"action_id": "a2", "decision": "modify", "by": CONTROLLER, "role": "controller",
                             "reason": "agreed a discount", "payload": discounted.model_dump(mode="json")})

        view = rt.view(run_id)
        by_id = {a["id"]: a for a in view.actions}
        assert (by_id["a2"]["status"], by_id["a2"]["amount"], by_id["a2"]["needs_approval"]) == (
            "executed", "20000.00", False)  # below the threshold now: the policy cleared it
        assert view.status == "waiting_approval"
        note = "planned from a2, which Dana Controller modified: check it still fits"
        assert {aid: by_id[aid]["reasons"] for aid in ("a3", "a4", "a5")} == {aid: [note] for aid in ("a3", "a4", "a5")}
        with rt.session() as s:
            assert [i.amount for i in s.exec(select(BooksInvoice))] == [D("20000.00")]
        (modified,) = [e for e in rt.audit(run_id) if e["event"] == "modified"]
        assert (modified["actor"], modified["action_id"]) == (CONTROLLER, "a2")
        assert (modified["detail"]["before"]["amount"], modified["detail"]["after"]["amount"]) == ("30000.00",
                                                                                                    "20000.00")
        assert modified["detail"]["held"] == ["a3", "a4", "a5"]

        # The entry still books 30,000: the controller corrects it too, and approves the rest.
        corrected = entry.model_copy(update={"lines": [JournalLine(account=ln.account, debit=ln.debit and D("20000.00"),
                                                                   credit=ln.credit and D("20000.00"))
                                                       for ln in entry.lines]})
        _resume(rt, run_id, {"action_id": "a3", "decision": "modify", "by": CONTROLLER, "role": "controller",
                             "payload": corrected.model_dump(mode="json")})
        final = rt.decide(run_id, approve=[], by=CONTROLLER)
        assert final.status == "completed"
        assert [d["decision"] for d in final.decisions] == ["modify", "modify", "approve", "approve"]
        assert "payload" in final.decisions[0] and "payload" not in final.decisions[2]
        with rt.session() as s:
            lines = list(s.exec(select(JournalLineRow)))
        assert sum(ln.debit for ln in lines) == sum(ln.credit for ln in lines) == D("20000.00")


def test_a_modification_the_policy_still_holds_waits_for_approval_again(home: Path, tmp_path: Path) -> None:
    with RunService() as rt:
        run_id = _over_threshold_run(rt, tmp_path)
        state = rt.state(run_id)
        assert state is not None
        later = state.actions[1].model_copy(update={"due_date": date(2026, 7, 16)})  # Net 15: allowed
        _resume(rt, run_id, {"action_id": "a2", "decision": "modify", "by": CONTROLLER, "role": "controller",
                             "payload": later.model_dump(mode="json")})
        view = rt.view(run_id)
        by_id = {a["id"]: a for a in view.actions}
        assert view.status == "waiting_approval"
        assert (by_id["a2"]["status"], by_id["a2"]["due_date"], by_id["a2"]["reasons"]) == (
            "proposed", "2026-07-16", ["invoice amount USD 30,000.00 is at or above the 25,000 threshold"])
        assert rt.decide(run_id, approve=[], by=CONTROLLER).status == "completed"
        with rt.session() as s:
            assert [i.due_date for i in s.exec(select(BooksInvoice))] == [date(2026, 7, 16)]
