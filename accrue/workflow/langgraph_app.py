"""The workflow graph for LangGraph Server and `langgraph dev` (named in `langgraph.json`).

The same `build_graph` and `Deps` as the RunService, compiled WITHOUT a checkpointer: the
server supplies its own persistence (and refuses a graph that brings one). Settings come
from the environment as everywhere else (ACCRUE_HOME, DATABASE_URL, ...). A client starts
a run with the state `{"run_id", "kind", "inputs": {"contract": path, "deal": path}}` and
resumes the review interrupt with `Command(resume={"decisions": [...]})`; the runs index
and the inbox of `accrue serve` are not used there, the server's own thread API is.
"""

from __future__ import annotations

from langgraph.graph.state import CompiledStateGraph
from sqlmodel import Session

from accrue.adapters.connectors.registry import build_connectors
from accrue.adapters.database import get_engine
from accrue.adapters.executor import Executor
from accrue.adapters.policy_file import load_policy
from accrue.extraction import get_extractor, needs_text_layer
from accrue.settings import load_settings
from accrue.workflow.graph import build_graph
from accrue.workflow.nodes import Deps


def make_graph() -> CompiledStateGraph:
    """Build the graph from the current settings, with no checkpointer attached."""
    settings = load_settings()
    settings.ensure_home()
    engine = get_engine(settings.db_url)

    def session() -> Session:
        return Session(engine, expire_on_commit=False)

    executor = Executor(build_connectors(settings, session), session)
    deps = Deps(settings=settings, session=session, policy=load_policy(settings.policy_file), executor=executor,
                extractor_factory=lambda: get_extractor(settings, None), require_text=needs_text_layer(settings))
    return build_graph(deps).compile(name="accrue")


graph = make_graph()
