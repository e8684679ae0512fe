"""Who may decide, attacked through the graph's resume path as LangGraph Server runs it.

LangGraph Server resumes a paused run with `Command(resume=...)` and hands the graph the user accrue's auth
handler signed in (`langgraph_auth_user` in the run's config, so `runtime.server_info.user`). These tests drive
the compiled graph of real runs (the Acme example held for its Net 45 terms; a credit and a write-off Pat Billing
asked for on Globex's invoice) exactly that way, with Agent Inbox answers and accrue's own: an answer whose
payload names another approver, a blank user, the requester under another spelling of their name, a name
policy.toml [people] does not list, a sales user, and whoever entered a corrected term the held invoice depends on.
Each is refused: nothing executes, the run keeps waiting
with its pause, the books are unchanged, no "approved", "rejected" or "modified" event is written, and exactly
one `decision_refused` event per answered action says why in one line. Before any of that, the server's sign-in
(`accrue.workflow.langgraph_auth`) lets nobody in without a token, names the person as [people] lists them, signs
in nobody for a name [people] does not list, and lets a sales user read but start or resume nothing.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from langgraph.types import Command
from langgraph_sdk import Auth
from pydantic import ValidationError

from accrue.adapters.people_tokens import SignIns
from accrue.adapters.read_model import ReadModel
from accrue.core.corrections import parse_assignment
from accrue.interfaces.chat.tools import ChatTools
from accrue.workflow.service import RunService
from tests.conftest import example
from tests.sales_policy import SALES, service_with_sales_person
from tests.test_name_attacks_chat import held_for_review

REQUESTER = "Pat Billing"
NO_NAME = "a decision needs the name of the person making it; policy.toml [people] lists who may decide"
SALES_ROLE = "role 'sales' may not decide anything; roles that may: billing_specialist, controller, finance"
ACCEPT = {"type": "accept"}


@dataclass(frozen=True)
class SignedIn:
    """The authenticated user LangGraph Server hands a run (accrue's auth handler sets its `identity`)."""

    identity: str


@pytest.fixture
def rt(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The demo's policy with a read-only sales person added to [people]."""
    yield from service_with_sales_person(tmp_path, monkeypatch)


@pytest.fixture
def runs(rt: RunService) -> dict[str, str]:
    """The held runs by what they hold: the Acme contract's invoice, Pat's credit and Pat's write-off."""
    acme = rt.start_contract_run(*example("acme")).run_id
    rt.start_contract_run(*example("globex"))
    pat = ChatTools(rt, REQUESTER)
    credit: Any = pat.call("propose_credit_note", {"invoice": "INV-0001", "amount": "500.00", "reason": "SLA breach"})
    write_off: Any = pat.call("propose_write_off", {"invoice": "INV-0001", "amount": "100.00",
                                                    "reason": "uncollectable"})
    found = {"contract": acme, "credit": credit.run_id, "write_off": write_off.run_id}
    assert all(rt.view(run_id).status == "waiting_approval" for run_id in found.values()), found
    return found


def _resume(rt: RunService, run_id: str, value: Any, user: SignedIn | None) -> dict[str, Any]:
    """Resume the run as LangGraph Server would: its assistant and the signed-in user in the run's config."""
    configurable: dict[str, Any] = {"thread_id": run_id, "assistant_id": "accrue"}
    if user is not None:
        configurable["langgraph_auth_user"] = user
    return dict(rt.graph.invoke(Command(resume=value), {"configurable": configurable}, context=rt.context,
                                durability="sync"))


def _asked(rt: RunService, run_id: str) -> list[dict[str, Any]]:
    """The Agent Inbox interrupts the run's pause hands out, one per held action."""
    [pause] = rt.graph.get_state({"configurable": {"thread_id": run_id}}).interrupts
    return list(pause.value)


def _held(rt: RunService, run_id: str) -> list[str]:
    """The ids of the actions waiting for a person."""
    return [a["id"] for a in rt.view(run_id).actions if a["needs_approval"] and a["status"] == "proposed"]


def _snapshot(rt: RunService) -> tuple[dict[str, Any], dict[str, Any], list[tuple[str, str]]]:
    """Each run's status and action statuses, the books, and every decision or execution event so far."""
    runs = {v.run_id: (v.status, {a["id"]: a["status"] for a in v.actions}) for v in rt.runs()}
    effects = [(v.run_id, e["event"]) for v in rt.runs()
               for e in _events(rt, v.run_id, "approved", "rejected", "modified", "executed")]
    return runs, ReadModel(rt.engine).books_json(), effects


def _events(rt: RunService, run_id: str, *names: str) -> list[dict[str, Any]]:
    return [e for e in rt.audit(run_id) if e["event"] in names]


def _refused(rt: RunService, run_id: str, done: dict[str, Any], before: Any, who: str, why: str,
             answered: int) -> None:
    """Nothing decided, nothing executed, the pause still there, and one refusal per answered action, saying why."""
    assert done["decisions"] == [] and "__interrupt__" in done, done.get("decisions")
    assert _snapshot(rt) == before
    assert _asked(rt, run_id)
    refusals = _events(rt, run_id, "decision_refused")
    assert len(refusals) == answered, refusals
    for event in refusals:
        assert (event["actor"], event["detail"]["reason"]) == (who, why)
        assert "\n" not in why


@pytest.mark.parametrize("answer", [
    [ACCEPT], [{"type": "ignore"}], [{"type": "response", "args": "not ours"}],
])
@pytest.mark.parametrize("user", [None, SignedIn(""), SignedIn("   "), SignedIn("\u200b\u00a0")])
def test_a_blank_user_decides_nothing(rt: RunService, runs: dict[str, str], user: SignedIn | None,
                                      answer: list[dict[str, Any]]) -> None:
    run_id = runs["contract"]
    before = _snapshot(rt)
    done = _resume(rt, run_id, answer, user)
    _refused(rt, run_id, done, before, user.identity if user else "", NO_NAME, answered=1)


@pytest.mark.parametrize(("who", "why"), [
    ("Mallory Outsider", "Mallory Outsider is not in policy.toml [people], so may not decide; ask whoever owns "
                         "policy.toml to add them with their roles"),
    (SALES, SALES_ROLE),
    ("riley\u00a0sales", SALES_ROLE),
])
@pytest.mark.parametrize("answer", [ACCEPT, {"type": "ignore"}, {"type": "response", "args": "no"}])
def test_an_unlisted_or_sales_user_decides_nothing(rt: RunService, runs: dict[str, str], who: str, why: str,
                                                   answer: dict[str, Any]) -> None:
    for run_id in runs.values():
        before = _snapshot(rt)
        held = len(_asked(rt, run_id))
        done = _resume(rt, run_id, [answer] * held, SignedIn(who))
        _refused(rt, run_id, done, before, who, why, answered=held)


def test_a_sales_users_edit_changes_nothing(rt: RunService, runs: dict[str, str]) -> None:
    run_id = runs["contract"]
    before = _snapshot(rt)
    [invoice] = [i for i in _asked(rt, run_id) if i["action_request"]["action"] == "create_invoice"]
    edited = {**invoice["action_request"]["args"], "po_number": "PO-1"}
    answers = [{"type": "edit", "args": {"action": "create_invoice", "args": edited}}]
    done = _resume(rt, run_id, answers, SignedIn(SALES))
    _refused(rt, run_id, done, before, SALES, SALES_ROLE, answered=1)


@pytest.mark.parametrize("who", ["Pat Billing", "Pat  Billing", "Pat\u00a0Billing", "Pat\u200b Billing",
                                 "pAT bILLING", "\u2003Pat Billing\ufeff"])
def test_the_requester_under_any_spelling_approves_nothing_they_asked_for(rt: RunService, runs: dict[str, str],
                                                                         who: str) -> None:
    for what in ("credit", "write_off"):
        run_id = runs[what]
        before = _snapshot(rt)
        [action_id] = _held(rt, run_id)
        why = f"{REQUESTER} requested {action_id} and cannot approve their own request"
        done = _resume(rt, run_id, [ACCEPT], SignedIn(who))
        _refused(rt, run_id, done, before, who, why, answered=1)


@pytest.mark.parametrize("who", ["Pat Billing", "Pat  Billing", "Pat\u00a0Billing", "Pat\u200b Billing",
                                 "PAT BILLING"])
def test_whoever_entered_a_correction_accepts_nothing_that_depends_on_it(rt: RunService, tmp_path: Path,
                                                                         who: str) -> None:
    run_id = held_for_review(rt, tmp_path)
    rt.correct(run_id, [parse_assignment("service_start_date=2026-03-01")], by=REQUESTER)
    before = _snapshot(rt)
    held = len(_asked(rt, run_id))
    done = _resume(rt, run_id, [ACCEPT] * held, SignedIn(who))
    assert done["decisions"] == [] and _snapshot(rt) == before and _asked(rt, run_id)
    refusals = _events(rt, run_id, "decision_refused")
    assert len(refusals) == held and all("entered service_start_date, which " in e["detail"]["reason"]
                                         and e["detail"]["reason"].endswith("someone else must approve it")
                                         for e in refusals), refusals


def test_a_payload_naming_another_approver_is_decided_as_the_signed_in_user(rt: RunService,
                                                                            runs: dict[str, str]) -> None:
    """accrue's own answer carries a name and a role: the signed-in user replaces the name, so Pat, naming Dana
    Controller, is still Pat asking to approve Pat's own credit, and Fran, naming Dana, still holds no controller
    role for the write-off."""
    credit, write_off = runs["credit"], runs["write_off"]
    for run_id, who, why in (
            (credit, "Pat Billing", f"{REQUESTER} requested a1 and cannot approve their own request"),
            (write_off, "Fran Finance", "Fran Finance does not hold the role 'controller' (policy.toml [people] "
                                        "gives finance); ask whoever owns policy.toml to add it")):
        before = _snapshot(rt)
        [action_id] = _held(rt, run_id)
        claimed = {"action_id": action_id, "decision": "approve", "by": "Dana Controller", "role": "controller"}
        done = _resume(rt, run_id, {"decisions": [claimed]}, SignedIn(who))
        _refused(rt, run_id, done, before, who, why, answered=1)


@pytest.mark.parametrize("answer", [
    [{"type": "accept", "by": "Dana Controller"}],
    [{"type": "accept", "user": "Dana Controller", "role": "controller"}],
    [{"type": "response", "args": "ok", "approver": "Dana Controller"}],
])
def test_an_agent_inbox_answer_cannot_carry_a_name_at_all(rt: RunService, runs: dict[str, str],
                                                          answer: list[dict[str, Any]]) -> None:
    run_id = runs["contract"]
    before = _snapshot(rt)
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        _resume(rt, run_id, answer, SignedIn("Fran Finance"))
    assert _snapshot(rt) == before and _asked(rt, run_id)
    assert _events(rt, run_id, "decision_refused") == []


def test_the_same_answers_go_through_for_a_listed_approver_who_asked_for_nothing(rt: RunService,
                                                                                runs: dict[str, str]) -> None:
    """The refusals above are about who answers: signed in as Dana Controller, the same `accept` executes each."""
    for run_id in runs.values():
        done = _resume(rt, run_id, [ACCEPT] * len(_asked(rt, run_id)), SignedIn("Dana Controller"))
        assert {d["by"] for d in done["decisions"]} == {"Dana Controller"}
        assert [e["actor"] for e in _events(rt, run_id, "approved")] == ["Dana Controller"] * len(done["decisions"])
        assert done["status"] == "completed" and {a["status"] for a in done["actions"]} == {"executed"}


# -- the sign-in LangGraph Server runs before any of the above (accrue.workflow.langgraph_auth) ----------------------

def _sign_in(authorization: str | None) -> Any:
    from accrue.workflow.langgraph_auth import authenticate

    return asyncio.run(authenticate(authorization))


def _may_change(who: str, resource: str, action: str) -> Any:
    from accrue.workflow.langgraph_auth import read_only_without_rights

    context = Auth.types.AuthContext(permissions=[], user=SignedIn(who), resource=resource,  # type: ignore[arg-type]
                                     action=action)  # type: ignore[arg-type]
    return asyncio.run(read_only_without_rights(context, {}))


@pytest.mark.parametrize("authorization", [
    None, "", "Bearer", "Bearer ", "Bearer \u200b", "Basic dXNlcjpwdw==", "Bearer acc_forged", "Dana Controller",
    "Bearer Dana Controller",
])
def test_no_token_a_blank_one_or_a_forged_one_signs_nobody_in(rt: RunService, authorization: str | None) -> None:
    with pytest.raises(Auth.exceptions.HTTPException) as refused:
        _sign_in(authorization)
    assert refused.value.status_code == 401
    assert "sign in with your accrue token" in str(refused.value.detail)


def test_a_token_names_the_person_as_people_lists_them_and_an_unlisted_name_signs_in_as_nobody(
        rt: RunService) -> None:
    sign_ins = SignIns(rt.settings)
    respelt = sign_ins.issue("pat\u00a0 BILLING\u200b")
    assert _sign_in(f"Bearer {respelt}")["identity"] == REQUESTER  # the decider is the listed person: Pat Billing
    outsider = sign_ins.issue("Mallory Outsider")  # a token for a name policy.toml does not list (or no longer lists)
    with pytest.raises(Auth.exceptions.HTTPException) as refused:
        _sign_in(f"Bearer {outsider}")
    assert refused.value.status_code == 401


def test_a_sales_user_signs_in_and_reads_but_starts_and_resumes_nothing(rt: RunService) -> None:
    token = SignIns(rt.settings).issue(SALES)
    user = _sign_in(f"Bearer {token}")
    assert (user["identity"], user["permissions"]) == (SALES, ["sales"])
    assert _may_change(SALES, "threads", "read") is True
    for resource, action in (("threads", "create"), ("threads", "create_run"), ("threads", "update"),
                             ("runs", "create"), ("threads", "delete"), ("crons", "create")):
        with pytest.raises(Auth.exceptions.HTTPException) as refused:
            _may_change(SALES, resource, action)
        assert (refused.value.status_code, refused.value.detail) == (403, SALES_ROLE), (resource, action)
    assert _may_change("Dana Controller", "threads", "create_run") is True
