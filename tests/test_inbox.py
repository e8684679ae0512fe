"""Agent Inbox answers on the review pause: each `HumanResponse` becomes a decision of the one decision model, made
by the signed-in person LangGraph Server names, never by nobody; a malformed answer is refused before it is saved."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command
from pydantic import ValidationError

from accrue.core.actions import action_json
from accrue.settings import load_settings
from accrue.workflow.context import Context, context_from_settings
from accrue.workflow.inbox import IGNORED, InboxResponse, decisions_from_inbox
from accrue.workflow.nodes.review import review
from accrue.workflow.service import RunService
from accrue.workflow.state import RunInputs, RunState, stored
from tests.test_workflow_review import CONTROLLER, held_invoice


@dataclass(frozen=True)
class SignedIn:
    """The authenticated user LangGraph Server hands a run (it has an `identity`)."""

    identity: str


def _paused(thread: str) -> tuple[Any, dict[str, Any], Context]:
    g = StateGraph(RunState, context_schema=Context)
    g.add_node("review", review)
    g.add_edge(START, "review")
    g.add_edge("review", END)
    graph = g.compile(checkpointer=InMemorySaver())
    context = context_from_settings(load_settings())
    cfg: dict[str, Any] = {"configurable": {"thread_id": thread}}
    graph.invoke(stored({"run_id": "run-i", "inputs": RunInputs(), "actions": [held_invoice()]}), cfg,
                 context=context)
    return graph, cfg, context


def _refusals() -> list[tuple[str, str]]:
    """Who was refused on the run, and the start of why (`decision_refused` in its audit trail)."""
    with RunService() as rt:
        return [(e["actor"], e["detail"]["reason"].split(" (")[0].split(";")[0])
                for e in rt.audit("run-i") if e["event"] == "decision_refused"]


def _as_server(cfg: dict[str, Any], who: str) -> dict[str, Any]:
    """The config LangGraph Server gives a run: its assistant, and the user accrue's auth handler signed in."""
    return {"configurable": {**cfg["configurable"], "assistant_id": "accrue", "langgraph_auth_user": SignedIn(who)}}


@pytest.mark.parametrize(("answer", "decision", "reason"), [
    ({"type": "accept"}, "approve", None),
    ({"type": "ignore"}, "reject", IGNORED),
    ({"type": "response", "args": "the customer disputes the term"}, "reject", "the customer disputes the term"),
])
def test_each_answer_is_a_decision_of_the_signed_in_person(home: Path, answer: dict[str, Any], decision: str,
                                                           reason: str | None) -> None:
    graph, cfg, context = _paused(f"inbox-{answer['type']}")
    done = graph.invoke(Command(resume=[answer]), _as_server(cfg, "dana  controller"), context=context)
    assert [(d["decision"], d["by"], d["role"], d.get("reason")) for d in done["decisions"]] == [
        (decision, CONTROLLER, "controller", reason)]
    assert [a["status"] for a in done["actions"]] == ["approved" if decision == "approve" else "rejected"]


def test_an_edit_is_a_modification_the_policy_judges_again(home: Path) -> None:
    graph, cfg, context = _paused("inbox-edit")
    edited = {**action_json(held_invoice()), "po_number": "PO-1"}
    done = graph.invoke(Command(resume=[{"type": "edit", "args": {"action": "create_invoice", "args": edited}}]),
                        _as_server(cfg, CONTROLLER), context=context)
    [modified] = done["decisions"]
    assert (modified["decision"], modified["by"], modified["payload"]["po_number"]) == ("modify", CONTROLLER, "PO-1")
    [invoice] = done["actions"]
    assert invoice["po_number"] == "PO-1" and invoice["needs_approval"]  # 30,000.00 is still over the threshold


def test_an_answer_nobody_signed_for_decides_nothing(home: Path) -> None:
    graph, cfg, context = _paused("inbox-anonymous")
    done = graph.invoke(Command(resume=[{"type": "accept"}]), cfg, context=context)  # no server, nobody signed in
    assert done["decisions"] == [] and [a["status"] for a in done["actions"]] == ["proposed"]
    assert _refusals() == [("", "a decision needs the name of the person making it")]


def test_a_name_in_accrues_own_answer_is_replaced_by_the_signed_in_person(home: Path) -> None:
    graph, cfg, context = _paused("inbox-claimed")
    claimed = {"action_id": "a1", "decision": "approve", "by": CONTROLLER, "role": "controller"}
    done = graph.invoke(Command(resume={"decisions": [claimed]}), _as_server(cfg, "Fran Finance"), context=context)
    assert done["decisions"] == []
    assert _refusals() == [("Fran Finance", "Fran Finance does not hold the role 'controller'")]


@pytest.mark.parametrize("bad", [
    [{"type": "approve"}], [{"type": "accept", "args": "ok"}], [{"type": "response", "args": " "}],
    [{"type": "edit", "args": {"action": "create_invoice", "args": {"amount": "lots"}}}],
    [{"type": "accept"}, {"type": "accept"}],  # two answers to one held action
    [], "yes",
])
def test_a_malformed_answer_is_refused_before_it_is_saved(home: Path, bad: Any) -> None:
    graph, cfg, context = _paused("inbox-bad")
    with pytest.raises(ValidationError):
        graph.invoke(Command(resume=bad), _as_server(cfg, CONTROLLER), context=context)
    assert graph.get_state(cfg).interrupts
    done = graph.invoke(Command(resume=[{"type": "accept"}]), _as_server(cfg, CONTROLLER), context=context)
    assert [a["status"] for a in done["actions"]] == ["approved"]


def test_responses_pair_with_the_held_actions_in_order() -> None:
    first, second = held_invoice(), held_invoice().model_copy(update={"id": "a9"})
    decisions = decisions_from_inbox([InboxResponse(type="ignore")], [first, second], by=CONTROLLER,
                                     role="controller")
    assert [(d.action_id, d.decision) for d in decisions] == [("a1", "reject")]
