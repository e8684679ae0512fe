"""The workflow as a LangGraph StateGraph: pure wiring of the stages in `accrue.workflow.nodes`.

ingest -> extract -> validate -> plan_<kind> -> gate -> execute -> (review -> execute)* -> confirm; a run with
no document (a payment, a bill run, ...) goes from ingest straight to validate: it has nothing to extract.
Each trigger kind (new_contract, usage, payment, change_request, amendment, bill_run, close, dunning, refund)
has its own planner node. `gate` judges the plan's completeness: an incomplete one pauses in `review_terms`
(needs_review) before anything executes, where corrections send the run back through
`validate` and its planner, accepting the plan goes on to `execute`, rejecting the run to
`confirm`. Actions that need no approval execute at once; `review` pauses with `interrupt()`
while any approval is outstanding, and each resume goes back through `execute`.
Nodes take their services from the run's `Context` (`context_schema`).
"""

from __future__ import annotations

from typing import Literal

from langgraph.graph import END, START, StateGraph

from accrue.workflow.context import Context
from accrue.workflow.nodes.confirm import confirm
from accrue.workflow.nodes.execute import execute
from accrue.workflow.nodes.extract import extract
from accrue.workflow.nodes.gate import gate
from accrue.workflow.nodes.ingest import ingest
from accrue.workflow.nodes.plan_amendment import plan_amendment
from accrue.workflow.nodes.plan_bill_run import plan_bill_run
from accrue.workflow.nodes.plan_change_request import plan_change_request
from accrue.workflow.nodes.plan_close import plan_close
from accrue.workflow.nodes.plan_dunning import plan_dunning
from accrue.workflow.nodes.plan_new_contract import plan_new_contract
from accrue.workflow.nodes.plan_payment import plan_payment
from accrue.workflow.nodes.plan_refund import plan_refund
from accrue.workflow.nodes.plan_usage import plan_usage
from accrue.workflow.nodes.review import review
from accrue.workflow.nodes.review_terms import review_terms
from accrue.workflow.nodes.validate import validate
from accrue.workflow.state import EventKind, RunState

PlanNode = Literal["plan_new_contract", "plan_usage", "plan_payment", "plan_change_request", "plan_amendment",
                   "plan_bill_run", "plan_close", "plan_dunning", "plan_refund"]
PLANNERS: dict[EventKind, PlanNode] = {
    "new_contract": "plan_new_contract", "usage": "plan_usage", "payment": "plan_payment",
    "change_request": "plan_change_request", "amendment": "plan_amendment", "bill_run": "plan_bill_run",
    "close": "plan_close", "dunning": "plan_dunning", "refund": "plan_refund",
}


def route_plan(state: RunState) -> PlanNode:
    """The planner node of the run's trigger kind."""
    return PLANNERS[state.kind]


def after_ingest(state: RunState) -> Literal["extract", "validate"]:
    """Extract the terms of the contract or amendment the run read; a run without one has none (and each step
    is a checkpoint written before the next)."""
    return "extract" if state.document is not None or state.amendment_document is not None else "validate"


def after_gate(state: RunState) -> Literal["execute", "review_terms"]:
    """Execute a plan the gate found complete; otherwise a person reviews the terms first."""
    return "execute" if state.verdict is not None and state.verdict.complete else "review_terms"


def after_terms_review(state: RunState) -> Literal["validate", "execute", "confirm", "review_terms"]:
    """Corrected terms are validated and planned again; an accepted plan executes; a rejected run is confirmed
    as such; an answer that was refused leaves the run waiting for another."""
    if state.terms_decision is not None:
        return "execute" if state.terms_decision.decision == "accept" else "confirm"
    return "validate" if state.verdict is None else "review_terms"


def after_execute(state: RunState) -> Literal["review", "confirm"]:
    """Review while an action still waits for approval, else confirm."""
    waiting = any(a.needs_approval and a.status == "proposed" for a in state.actions)
    return "review" if waiting else "confirm"


NODES = {"ingest": ingest, "extract": extract, "validate": validate, "plan_new_contract": plan_new_contract,
         "plan_usage": plan_usage, "plan_payment": plan_payment, "plan_change_request": plan_change_request,
         "plan_amendment": plan_amendment, "plan_bill_run": plan_bill_run, "plan_close": plan_close,
         "plan_dunning": plan_dunning, "plan_refund": plan_refund, "gate": gate, "review_terms": review_terms,
         "execute": execute, "review": review, "confirm": confirm}


def build_graph() -> StateGraph[RunState, Context, RunState, RunState]:
    g = StateGraph(RunState, context_schema=Context)
    for name, node in NODES.items():
        # Every node reads the whole RunState; saying so spares LangGraph resolving RunState's type hints once per
        # node to find it out.
        g.add_node(name, node, input_schema=RunState)
    g.add_edge(START, "ingest")
    g.add_conditional_edges("ingest", after_ingest)
    g.add_edge("extract", "validate")
    g.add_conditional_edges("validate", route_plan, list(PLANNERS.values()))
    for planner in PLANNERS.values():
        g.add_edge(planner, "gate")
    g.add_conditional_edges("gate", after_gate)
    g.add_conditional_edges("review_terms", after_terms_review)
    g.add_conditional_edges("execute", after_execute)
    g.add_edge("review", "execute")
    g.add_edge("confirm", END)
    return g
