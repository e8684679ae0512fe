"""The workflow as a LangGraph StateGraph: pure wiring of the stages in `accrue.workflow.nodes`.

ingest -> extract -> validate -> plan_<kind> -> execute -> (review -> execute)* -> confirm.
Each trigger kind (new_contract, usage, payment, change_request, amendment) has its own
planner node. Actions that need no approval execute at once; `review` pauses with
`interrupt()` while any approval is outstanding, and each resume goes back through `execute`.
"""

from __future__ import annotations

from typing import Literal

from langgraph.graph import END, START, StateGraph

from accrue.workflow.nodes import Deps, make_nodes
from accrue.workflow.state import RunState

PlanNode = Literal["plan_new_contract", "plan_usage", "plan_payment", "plan_change_request", "plan_amendment"]
PLANNERS: tuple[PlanNode, ...] = ("plan_new_contract", "plan_usage", "plan_payment", "plan_change_request",
                                  "plan_amendment")


def route_plan(state: RunState) -> PlanNode:
    """The planner node of the run's trigger kind."""
    node = f"plan_{state.get('kind', 'new_contract')}"
    if node not in PLANNERS:
        raise ValueError(f"no planner for event kind {state.get('kind')!r}")
    return node


def after_execute(state: RunState) -> Literal["review", "confirm"]:
    waiting = any(a["needs_approval"] and a["status"] == "proposed" for a in state.get("actions", []))
    return "review" if waiting else "confirm"


def build_graph(deps: Deps) -> StateGraph:
    nodes = make_nodes(deps)
    g = StateGraph(RunState)
    for name, fn in nodes.items():
        g.add_node(name, fn)
    g.add_edge(START, "ingest")
    g.add_edge("ingest", "extract")
    g.add_edge("extract", "validate")
    g.add_conditional_edges("validate", route_plan, list(PLANNERS))
    for planner in PLANNERS:
        g.add_edge(planner, "execute")
    g.add_conditional_edges("execute", after_execute)
    g.add_edge("review", "execute")
    g.add_edge("confirm", END)
    return g
