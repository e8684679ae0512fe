"""The review stage: the interrupt hands out an `ApprovalRequest`, and the resume value is validated against
`Resume` before LangGraph saves it (a malformed one leaves the run waiting)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command
from pydantic import ValidationError

from accrue.core.actions import CreateInvoice, InvoiceLine
from accrue.settings import load_settings
from accrue.workflow.approval import ApprovalRequest
from accrue.workflow.context import Context, context_from_settings
from accrue.workflow.nodes.review import review
from accrue.workflow.state import RunInputs, RunState, stored

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
    assert ApprovalRequest.model_validate(asked.value) == ApprovalRequest(run_id="run-r", actions=[held_invoice()])
    assert asked.value["actions"][0]["amount"] == "30000.00"  # JSON, money as an exact string
    assert "decisions" in asked.response_schema["properties"]  # clients can render the answer form

    unknown = {"action_id": "a1", "decision": "maybe", "by": CONTROLLER, "role": "controller"}
    for bad in ({"decisions": [unknown]}, {"decisions": [{**unknown, "decision": "approve", "by": None}]},
                {"approve": ["a1"]}):
        with pytest.raises(ValidationError):
            graph.invoke(Command(resume=bad), cfg, context=context)
        assert graph.get_state(cfg).interrupts  # nothing was saved: the run still waits

    approve = {"action_id": "a1", "decision": "approve", "by": CONTROLLER, "role": "controller"}
    done = graph.invoke(Command(resume={"decisions": [approve]}), cfg, context=context)
    assert [a["status"] for a in done["actions"]] == ["approved"]
    assert [(d["decision"], d["by"]) for d in done["decisions"]] == [("approve", CONTROLLER)]
