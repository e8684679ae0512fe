"""The workflow as a LangGraph StateGraph: pure wiring of the stages in `agent.nodes`.

ingest -> extract -> validate -> plan -> execute -> (review -> execute)* -> confirm.
Actions that need no approval execute at once; `review` pauses with `interrupt()` while
any approval is outstanding, and each resume goes back through `execute`.
"""

from __future__ import annotations

from typing import Literal

from langgraph.graph import END, START, StateGraph

from agent.nodes import Deps, make_nodes
from agent.state import RunState


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
    g.add_edge("validate", "plan")
    g.add_edge("plan", "execute")
    g.add_conditional_edges("execute", after_execute)
    g.add_edge("review", "execute")
    g.add_edge("confirm", END)
    return g
