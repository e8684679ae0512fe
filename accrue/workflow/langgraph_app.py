"""The workflow graph for LangGraph Server and `langgraph dev` (named in `langgraph.json`).

The same graph as the RunService's, compiled WITHOUT a checkpointer: the server supplies its
own persistence (and refuses a graph that brings one). The server passes every run a JSON
context of its own (an empty object when the client sends none) and would build the graph's
context schema from it; accrue's `Context` holds connections, not JSON, so the served graph
declares none, and its nodes use the context the settings build (ACCRUE_HOME, DATABASE_URL, ...:
`accrue.workflow.context.ctx`). A client signs in with a bearer token (`accrue.workflow.langgraph_auth`),
starts a run on a thread with the state `{"kind", "uploads": {"contract": {"filename", "content_base64"},
"deal": {...}}}` (or `"inputs"`: paths on the server's disk), and answers the review pause, a list of
Agent Inbox `HumanInterrupt`s, with `Command(resume=[HumanResponse, ...])` or accrue's
`{"decisions": [...]}`; the run id is the thread's and the content's, and the decider the signed-in
person. The runs index and the inbox of `accrue serve` are not used there, the server's own thread API is.
See docs/deploy.md.
"""

from __future__ import annotations

from accrue.workflow.graph import build_graph

graph = build_graph().compile(name="accrue").copy(update={"context_schema": None})
