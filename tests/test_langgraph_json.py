"""`langgraph.json`: the graph it names loads, has no checkpointer of its own, and runs the workflow unchanged."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from tests.conftest import ROOT, example


def load_graphs() -> dict[str, object]:
    config = json.loads((ROOT / "langgraph.json").read_text())
    assert config["dependencies"] == ["."]
    assert tuple(int(x) for x in config["python_version"].split(".")) >= (3, 11)
    graphs = {}
    for name, target in config["graphs"].items():
        path, _, attr = target.rpartition(":")
        spec = importlib.util.spec_from_file_location(f"langgraph_json_{name}", ROOT / path)
        assert spec and spec.loader, target
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        graphs[name] = getattr(module, attr)
    return graphs


def test_the_named_graph_compiles_without_a_checkpointer(home: Path):
    graphs = load_graphs()
    assert list(graphs) == ["accrue"]
    graph = graphs["accrue"]
    assert isinstance(graph, CompiledStateGraph)
    assert graph.checkpointer is None  # LangGraph Server refuses a graph that brings its own
    assert {"ingest", "extract", "validate", "execute", "review", "confirm"} <= set(graph.nodes)


def test_with_a_server_supplied_checkpointer_it_pauses_and_resumes(home: Path):
    graph = load_graphs()["accrue"].copy(update={"checkpointer": InMemorySaver()})  # what the server does
    pdf, deal = example("acme")
    cfg = {"configurable": {"thread_id": "lg-acme"}}
    out = graph.invoke({"run_id": "lg-acme", "kind": "new_contract", "decisions": [],
                        "inputs": {"contract": str(pdf), "deal": str(deal)}}, cfg)
    [interrupt] = out["__interrupt__"]
    [held] = [i["action_request"]["args"] for i in interrupt.value]  # the invoice, held because of Net 45
    assert held["type"] == "create_invoice" and held["amount"] == "24000.00"
    decision = {"action_id": held["id"], "decision": "approve", "by": "Dana Controller", "role": "controller"}
    final = graph.invoke(Command(resume={"decisions": [decision]}), cfg)
    assert final["status"] == "completed"
    assert {a["id"]: a["status"] for a in final["actions"]}[held["id"]] == "executed"
