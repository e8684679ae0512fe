"""The workflow graph for LangGraph Server and `langgraph dev` (named in `langgraph.json`).

The same graph as the RunService's, compiled WITHOUT a checkpointer: the server supplies its
own persistence (and refuses a graph that brings one). The server passes every run a JSON
context of its own (an empty object when the client sends none) and would build the graph's
context schema from it; accrue's `Context` holds connections, not JSON, so the served graph
declares none, and its nodes use the context the settings build (ACCRUE_HOME, DATABASE_URL, ...:
`accrue.workflow.context.ctx`). A client starts a run with the state `{"run_id", "kind",
"inputs": {"contract": path, "deal": path}}` and resumes the review interrupt with
`Command(resume={"decisions": [...]})`; the runs index and the inbox of `accrue serve` are not
used there, the server's own thread API is.
"""

from __future__ import annotations

from accrue.workflow.graph import build_graph

graph = build_graph().compile(name="accrue").copy(update={"context_schema": None})
