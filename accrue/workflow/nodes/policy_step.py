"""The policy step every planner ends with, and a modification goes through again: which actions need a person."""

from __future__ import annotations

from accrue.core.actions import Action
from accrue.core.policy import Policy, PolicyContext, apply_policy
from accrue.workflow.state import RunState


def mark_approvals(state: RunState, actions: list[Action], policy: Policy) -> list[Action]:
    """The actions with `needs_approval` and the policy's reasons, judged on the run's kind, findings and terms."""
    terms_days = state.extraction.terms.payment_terms_days if state.extraction is not None else None
    context = PolicyContext(kind=state.kind, findings=state.findings, payment_terms_days=terms_days)
    return apply_policy(actions, context, policy)
