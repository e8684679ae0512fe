"""The review stage: pause while an action waits for a person, then apply their decisions.

The pause hands out one Agent Inbox `HumanInterrupt` per waiting action (`accrue.workflow.inbox`, as
JSON: a checkpoint holds only JSON, see `accrue.workflow.state`); `interrupt(..., response_schema=...)`
validates the answer (accrue's `Resume`, or Agent Inbox `HumanResponse`s) before LangGraph saves it, so a
malformed answer leaves the run waiting. The node re-runs from its top on every resume: nothing before the
interrupt has effects. Under LangGraph Server the person deciding is its authenticated user
(`runtime.server_info.user`, from accrue's auth handler), whatever name the resume value carries. A resume
value may come from outside accrue, so each decision gets `accrue.core.approval.may_decide`'s ruling here,
whoever sent it: a refusal is audited (`decision_refused`) and the action keeps waiting;
an allowed decision is recorded under the name `[people]` lists, under the run's lock, once per action (a decision
replayed after a crash lost the checkpoint after it is applied again, not recorded again). A
modification replaces the action (same id and idempotency key: it never ran), goes through the policy
again and waits for approval again unless the policy clears it; the actions planned on top of it wait for a person too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt
from sqlmodel import Session

from accrue.adapters.store import decided_actions, record_audit
from accrue.core.actions import ACTION_TYPES, Action, ActionAdapter, CreateSubscription, action_json
from accrue.core.approval import Allowed, Verdict, approver_named, may_decide
from accrue.core.corrections import Correction
from accrue.core.policy import Policy
from accrue.workflow.approval import Decision, Resume
from accrue.workflow.context import Context, ctx, signed_in_person
from accrue.workflow.inbox import answer_schema, decisions_from_inbox, inbox_interrupts
from accrue.workflow.nodes.policy_step import mark_approvals
from accrue.workflow.state import RunState, RunUpdate, keep_terms, stored

# The fields every action type shares are the engine's bookkeeping (id, status, idempotency key, evidence,
# dependencies, requester, ...): a modification changes only what the action does.
_BOOKKEEPING = frozenset.intersection(*(frozenset(cls.model_fields) for cls in ACTION_TYPES.values()))


def review(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Wait for a person's decisions on the held actions, then apply those the policy allows."""
    context = ctx(runtime)
    waiting = [a for a in state.actions if a.needs_approval and a.status == "proposed"]
    asked = [i.model_dump(mode="json")
             for i in inbox_interrupts(state.run_id, waiting, state.contract_terms(context.session))]
    answer = interrupt(asked, response_schema=answer_schema(len(waiting))).root
    signed_in = signed_in_person(runtime)
    if isinstance(answer, Resume):
        decisions = answer.decisions if signed_in is None else [
            d.model_copy(update={"by": signed_in}) for d in answer.decisions]
    else:
        listed = approver_named(signed_in or "", context.policy)
        decisions = decisions_from_inbox(answer, waiting, by=signed_in or "",
                                         role=listed.roles[0] if listed and listed.roles else "")
    with context.run_lock(state.run_id):
        return stored(apply_decisions(state, decisions, context.policy, context.session))


def apply_decisions(state: RunState, decisions: list[Decision], policy: Policy,
                    session: Callable[[], Session]) -> RunUpdate:
    """Apply the decisions the policy allows, each audited; refused ones leave the action pending and are audited."""
    actions = {a.id: a for a in state.actions}
    applied: list[Decision] = []
    with session() as s:
        already_recorded = decided_actions(s, state.run_id)
        for d in decisions:
            action = actions.get(d.action_id)
            if action is None or not action.needs_approval or action.status != "proposed":
                continue
            ruling = _ruling(d, action, policy, state.corrections)
            if not isinstance(ruling, Allowed):
                record_refusal(s, state.run_id, action_id=d.action_id, decision=d.decision, by=d.by, role=d.role,
                               why=ruling)
                continue
            d = d.model_copy(update={"by": ruling.approver.name, "role": ruling.role})
            if d.payload is not None:
                modified = mark_approvals(state, [_modified(action, d.payload)], policy,
                                          state.contract_terms(session))[0]
                modified = modified.model_copy(update={"approved_by": d.by})  # they vouched for what they wrote
                actions[d.action_id] = modified
                held = _hold_dependents(actions, d)
                record_audit(s, state.run_id, "modified", actor=d.by, action_id=d.action_id, role=d.role,
                             reason=d.reason, at=d.at.isoformat(), before=_payload_json(action),
                             after=_payload_json(modified), needs_approval=modified.needs_approval, held=held)
            else:
                status = "approved" if d.decision == "approve" else "rejected"
                actions[d.action_id] = action.model_copy(update={
                    "status": status, "approved_by": d.by if status == "approved" else None})
                if d.action_id not in already_recorded:
                    record_audit(s, state.run_id, status, actor=d.by, action_id=d.action_id, role=d.role,
                                 reason=d.reason, at=d.at.isoformat())
            applied.append(d)
        s.commit()
    # Before the checkpoint that holds the actions without their terms: the terms an approver wrote into a
    # subscription, and those a checkpoint written before the content store kept inline.
    keep_terms(list(actions.values()), session)
    return {"actions": list(actions.values()), "decisions": [*state.decisions, *applied]}


def record_refusal(s: Session, run_id: str, *, action_id: str, decision: Verdict, by: str, role: str | None,
                   why: str) -> None:
    """Audit a decision that may not stand, under the name it was made in; the action keeps waiting."""
    record_audit(s, run_id, "decision_refused", actor=by, action_id=action_id, decision=decision, role=role, reason=why)


def _ruling(d: Decision, action: Action, policy: Policy, corrections: list[Correction]) -> Allowed | str:
    """`may_decide`'s ruling, or why a modification is not one (its payload must keep the action's type)."""
    ruling = may_decide(action, d.decision, d.by, d.role, policy, corrections)
    if not isinstance(ruling, Allowed):
        return ruling.reason
    if d.payload is not None and d.payload.type != action.type:
        return f"a modification keeps the action's type ({action.type}); the payload is a {d.payload.type}"
    return ruling


def _modified(action: Action, payload: Action) -> Action:
    """The held action with what the payload says it should do; its bookkeeping stays, its approval is judged anew."""
    changes = {k: v for k, v in payload if k not in _BOOKKEEPING}
    if isinstance(payload, CreateSubscription):
        changes.pop("terms_key", None)  # never taken from a payload: it is the key of the terms the action carries
        if payload.terms is None:  # the payload leaves the planned terms as they were (the action keeps their key)
            changes.pop("terms", None)
    return ActionAdapter.validate_python({**action.model_dump(), **changes, "needs_approval": False, "reasons": []})


def _hold_dependents(actions: dict[str, Action], d: Decision) -> list[str]:
    """Hold for a person every pending action planned on top of the modified one (it used the old values)."""
    held: list[str] = []
    for aid in list(actions):
        other = actions[aid]
        if d.action_id in other.depends_on and other.status == "proposed":
            note = f"planned from {d.action_id}, which {d.by} modified: check it still fits"
            actions[aid] = other.model_copy(update={"needs_approval": True, "reasons": [*other.reasons, note]})
            held.append(aid)
    return held


def _payload_json(action: Action) -> dict[str, Any]:
    return {k: v for k, v in action_json(action).items() if k not in _BOOKKEEPING}
