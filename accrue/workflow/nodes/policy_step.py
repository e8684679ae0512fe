"""What every planner shares: the terms it bills from, the finding it leaves when it cannot plan, and the
policy step it ends with (which a modification goes through again): which actions need a person."""

from __future__ import annotations

from accrue.core.actions import Action
from accrue.core.completeness import with_assumptions
from accrue.core.findings import Finding
from accrue.core.policy import Policy, PolicyContext, apply_policy
from accrue.core.terms import ContractTerms, ExtractionResult
from accrue.workflow.state import RunState


def terms_to_plan(extraction: ExtractionResult, policy: Policy) -> ContractTerms:
    """The extraction's terms with each term the form is silent on filled from the policy's `[completeness]
    assume` (the extraction keeps null: the document does not say; the gate's verdict lists what was assumed)."""
    return with_assumptions(extraction.terms, policy.completeness)


def unplannable(exc: ValueError, what: str) -> Finding:
    """The finding a planner leaves when the terms cannot be billed as they stand: the run then waits for a person
    to correct them, instead of failing."""
    return Finding(code="inconsistent_terms", severity="error", fields=["line_items"],
                   message=f"{what} cannot be planned from these terms: {exc}", evidence={"error": str(exc)})


def mark_approvals(state: RunState, actions: list[Action], policy: Policy,
                   extraction: ExtractionResult | None) -> list[Action]:
    """The actions with `needs_approval` and the policy's reasons, judged on the run's kind, findings and terms (the
    run's contract extraction, None for a run without a contract)."""
    terms = terms_to_plan(extraction, policy) if extraction is not None else None
    context = PolicyContext(kind=state.kind, findings=state.findings,
                            payment_terms_days=terms.payment_terms_days if terms else None,
                            po_required=terms.po_required if terms else None)
    return apply_policy(actions, context, policy)
