"""Where nodes get their services: the Context a caller passes, else (LangGraph Server, which passes a JSON
context of its own, or a bare `graph.invoke`) the one the settings build, made once per settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.runtime import Runtime
from sqlmodel import select

from accrue.adapters.books import BooksCustomer
from accrue.workflow.context import ctx
from accrue.workflow.langgraph_app import graph as served
from tests.conftest import example


def test_without_a_context_nodes_use_the_one_the_settings_build_once(home: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    built = ctx(Runtime(context=None))
    assert built.settings.home == home and ctx(Runtime(context=None)) is built
    assert ctx(Runtime(context={})) is built  # type: ignore[arg-type]  # LangGraph Server's empty JSON context
    assert ctx(Runtime(context=built)) is built
    monkeypatch.setenv("ACCRUE_HOME", str(tmp_path / "elsewhere"))
    assert ctx(Runtime(context=None)).settings.home == tmp_path / "elsewhere"


def test_the_served_graph_takes_the_servers_empty_context(home: Path) -> None:
    assert served.get_context_jsonschema() is None  # nothing for the server to build or filter
    graph = served.copy(update={"checkpointer": InMemorySaver()})
    pdf, deal = example("acme")
    cfg = {"configurable": {"thread_id": "lg-context"}}
    out = graph.invoke({"run_id": "lg-context", "kind": "new_contract",
                        "inputs": {"contract": str(pdf), "deal": str(deal)}}, cfg, context={})
    [asked] = out["__interrupt__"]
    assert [i["action_request"]["action"] for i in asked.value] == ["create_invoice"]
    with ctx(Runtime(context=None)).session() as s:  # what ran, ran against the books of ACCRUE_HOME
        assert [c.legal_name for c in s.exec(select(BooksCustomer))] == ["Acme Corporation"]
