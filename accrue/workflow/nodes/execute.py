"""The execute stage: carry out every action that may run, once each, in dependency order.

Safe to re-run from its top (a crash, a resume): the executor skips every idempotency key already
done. It holds the run's lock while it works, so another process driving the same run (LangGraph Server
beside `accrue approve`) waits instead of executing beside it. An action whose dependency was rejected
or failed is not run, and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime
from sqlmodel import Session

from accrue.adapters.executor import Executor
from accrue.core.actions import Action, CreateSubscription
from accrue.workflow.context import Context, ctx
from accrue.workflow.state import RunState, keep_terms, stored, subscription_terms

_SETTLED = frozenset({"executed", "rejected", "failed"})


def execute(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Execute the approved actions and those that need no approval, once their dependencies have executed."""
    context = ctx(runtime)
    keep_terms(state.actions, context.session)  # a checkpoint written before the content store kept them inline
    with context.run_lock(state.run_id):
        actions = _execute_ready(state, context.executor, context.session)
    # What a client of LangGraph Server reads while the run pauses at review: waiting for a person, not running.
    waiting = any(a.needs_approval and a.status == "proposed" for a in actions.values())
    return stored({"actions": list(actions.values()), "status": "waiting_approval" if waiting else "running"})


def _execute_ready(state: RunState, executor: Executor, session: Callable[[], Session]) -> dict[str, Action]:
    """The run's actions, each that may run now executed (once: see the module docstring), by id."""
    actions: dict[str, Action] = {a.id: a for a in state.actions}
    progress = True
    while progress:
        progress = False
        for aid in list(actions):
            action = actions[aid]
            if action.status in _SETTLED:
                continue
            blocked = [d for d in action.depends_on if actions[d].status in {"rejected", "failed"}]
            if blocked:
                note = f"not run: {', '.join(blocked)} did not run"
                actions[aid] = action.model_copy(update={"status": "rejected", "reasons": [*action.reasons, note]})
                progress = True
                continue
            ready = action.status == "approved" or (action.status == "proposed" and not action.needs_approval)
            if not ready or any(actions[d].status != "executed" for d in action.depends_on):
                continue
            action = _with_approver(action, actions)
            row = executor.execute(_in_full(action, session), run_id=state.run_id)
            status = "executed" if row.status == "succeeded" else "failed"
            actions[aid] = action.model_copy(update={"status": status, "external_id": row.external_id})
            progress = True
    return actions


def _in_full(action: Action, session: Callable[[], Session]) -> Action:
    """The action as the connector carries it out: a subscription with its terms, which checkpoints keep in the
    content store."""
    return subscription_terms(action, session) if isinstance(action, CreateSubscription) else action


def _with_approver(action: Action, actions: dict[str, Action]) -> Action:
    """An action that needed no approval of its own (a journal entry) carries the approver of the document it
    follows, so the books record who let every effect happen."""
    if action.approved_by is not None:
        return action
    approver = next((actions[d].approved_by for d in action.depends_on if actions[d].approved_by), None)
    return action.model_copy(update={"approved_by": approver}) if approver else action
