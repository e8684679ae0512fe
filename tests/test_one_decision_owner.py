"""One owner for approval decisions: every way into a run refuses the same unauthorised decision, for one reason.

A write-off asked for in chat by Dana Controller waits for a person. Approving it as Fran Finance (whose
role may not approve write-offs), as Dana herself, or as a name that differs from hers only by a
zero-width space, a no-break space, a doubled space or case, is refused by `accrue.core.approval.may_decide`
whichever way the decision arrives: the command line, the chat's approve intent, the run service, the
service's HTTP API, or a raw `Command(resume=...)` on the compiled graph (as LangGraph Server would send
it). Each time nothing executes, the run keeps waiting, and a `decision_refused` audit event records why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from langgraph.types import Command
from sqlmodel import select

from accrue.adapters.books import BooksWriteOff
from accrue.core.errors import ApprovalError
from accrue.interfaces.chat.session import ChatSession
from accrue.interfaces.chat.tools import ChatTools
from accrue.interfaces.server.config import ApproverToken, ServerConfig
from accrue.settings import load_settings
from accrue.workflow.service import RunService
from tests.conftest import EXAMPLES, run_cli

REQUESTER = "Dana Controller"
OWN_REQUEST = "Dana Controller requested a1 and cannot approve their own request"
# (who approves, the one reason every way in gives)
CASES = [
    ("Fran Finance", "role 'finance' may not approve write-offs; a controller must"),
    ("Dana Controller", OWN_REQUEST),
    ("Dana\u200b Controller", OWN_REQUEST),
    ("Dana\u00a0Controller", OWN_REQUEST),
    ("Dana  Controller", OWN_REQUEST),
    ("DANA controller", OWN_REQUEST),
]
ROLE_CLAIMED = {"Fran Finance": "finance"}  # what a raw resume names; the Danas claim controller


@pytest.fixture
def held(home: Path, tmp_path: Path) -> Iterator[str]:
    """The run of a write-off Dana asked for in chat (120.00 of INV-0101, which still has 120.00 open): its id."""
    books = json.loads((EXAMPLES / "events/change-request/books.json").read_text())
    books["invoices"][0].update(amount_paid="3880.00", status="open")
    seed = tmp_path / "books.json"
    seed.write_text(json.dumps(books))
    with RunService() as rt:
        rt.seed_books(seed)
        proposal: Any = ChatTools(rt, REQUESTER).call(
            "propose_write_off", {"invoice": "INV-0101", "amount": "120.00", "reason": "uncollectable"})
        [queued] = proposal.queued
        assert (queued.action_id, queued.type, queued.requested_by) == ("a1", "write_off", REQUESTER)
    yield proposal.run_id


def refused_and_nothing_done(run_id: str, reasons: list[str]) -> None:
    """The run still waits with its write-off unexecuted, the books hold no write-off, and `decision_refused`
    events were written with these reasons, one per attempt."""
    with RunService() as rt:
        view = rt.view(run_id)
        assert view.status == "waiting_approval"
        assert {a["id"]: a["status"] for a in view.actions} == {"a1": "proposed", "a2": "proposed"}
        assert view.decisions == []
        with rt.session() as s:
            assert s.exec(select(BooksWriteOff)).all() == []
        refusals = [e for e in rt.audit(run_id) if e["event"] == "decision_refused"]
    assert [(e["action_id"], e["detail"]["decision"], e["detail"]["reason"]) for e in refusals] == [
        ("a1", "approve", reason) for reason in reasons]


def test_the_command_line_refuses(home: Path, held: str) -> None:
    for who, reason in CASES:
        proc = run_cli("approve", held, "a1", "--as", who, home=home)
        assert (proc.returncode, proc.stderr) == (2, f"error: {reason}\n"), who
    refused_and_nothing_done(held, [reason for _, reason in CASES])


def test_the_chat_approve_intent_refuses(held: str) -> None:
    with RunService() as rt:
        for who, reason in CASES:
            session = ChatSession(rt, who)
            for line in (f"/approve {held[:8]}/a1", "approve the write-off on INV-0101"):
                assert session.handle(line).text == f"Can't do that: {reason}", (who, line)
    refused_and_nothing_done(held, [reason for _, reason in CASES for _ in range(2)])


def test_the_run_service_refuses(held: str) -> None:
    with RunService() as rt:
        for who, reason in CASES:
            with pytest.raises(ApprovalError) as refused:
                rt.decide(held, approve=["a1"], by=who)
            assert str(refused.value) == reason, who
    refused_and_nothing_done(held, [reason for _, reason in CASES])


def test_the_services_http_decide_endpoint_refuses(held: str) -> None:
    from accrue.interfaces.server.app import create_app

    tokens = {who: f"token-{n}" for n, (who, _) in enumerate(CASES)}
    config = ServerConfig(approvers=[ApproverToken(name=who, token=token) for who, token in tokens.items()])
    with TestClient(create_app(load_settings(), config)) as client:
        for who, reason in CASES:
            auth = {"Authorization": f"Bearer {tokens[who]}"}
            card = client.get(f"/api/runs/{held}", headers=auth).json()["inbox"]["pending"][0]
            assert (card["id"], card["may_approve"], card["why_not"]) == ("a1", False, reason), who
            r = client.post(f"/api/runs/{held}/decisions", json={"approve": ["a1"]}, headers=auth)
            assert (r.status_code, r.json()["detail"]) == (403, reason), who
    refused_and_nothing_done(held, [reason for _, reason in CASES])


def test_a_raw_langgraph_resume_is_refused(held: str) -> None:
    """What a client of LangGraph Server can send: a resume value naming anyone in any role."""
    with RunService() as rt:
        for who, _ in CASES:
            role = ROLE_CLAIMED.get(who, "controller")
            decision = {"action_id": "a1", "decision": "approve", "by": who, "role": role}
            rt.graph.invoke(Command(resume={"decisions": [decision]}), {"configurable": {"thread_id": held}},
                            context=rt.context, durability="sync")
    refused_and_nothing_done(held, [reason for _, reason in CASES])


def test_the_same_write_off_goes_through_for_a_controller_who_did_not_ask(home: Path, held: str) -> None:
    """The refusals above are about who decides, not about the write-off: Sam Lee, a controller, approves it."""
    done = json.loads(run_cli("approve", held, "a1", "--as", "Sam Lee", "--json", home=home, check=True).stdout)
    assert done["status"] == "completed"
    assert {a["id"]: a["status"] for a in done["actions"]} == {"a1": "executed", "a2": "executed"}
    with RunService() as rt:
        assert [(d["by"], d["role"]) for d in rt.view(held).decisions] == [("Sam Lee", "controller")]
        with rt.session() as s:
            assert [w.amount for w in s.exec(select(BooksWriteOff))] == [Decimal("120.00")]
