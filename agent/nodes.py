"""Graph nodes: each stage of the workflow as a small function returning a partial state update.

Nodes are where the pure core (extraction, validation, planning, policy) meets I/O
(documents, books, connectors). A node with side effects (`execute`) is safe to re-run
from its top: the executor skips every idempotency key already done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langgraph.types import interrupt
from sqlmodel import Session, select

from agent.config import Settings
from agent.deal import load_deal, parse_deal
from agent.documents import Document, read_document
from agent.extraction import Extractor, extract_terms
from agent.findings import Finding
from agent.planner import plan_new_contract
from agent.policy import Policy, PolicyContext, apply_policy, may_decide
from agent.state import ApprovalRequest, Decision, Resume, RunState
from agent.store import record_audit
from agent.terms import ExtractionResult
from agent.validation import validate_contract
from tools.actions import Action, action_json, parse_action
from tools.books import BooksCustomer
from tools.executor import Executor


@dataclass
class Deps:
    """What the nodes need from the outside world, injected once when the graph is built."""

    settings: Settings
    session: Callable[[], Session]
    policy: Policy
    executor: Executor
    extractor_factory: Callable[[], Extractor]


def _actions(state: RunState) -> list[Action]:
    return [parse_action(a) for a in state.get("actions", [])]


def make_nodes(deps: Deps) -> dict[str, Callable[[RunState], dict[str, Any]]]:
    def ingest(state: RunState) -> dict[str, Any]:
        inputs = state["inputs"]
        update: dict[str, Any] = {"status": "running"}
        if "contract" in inputs:
            doc = read_document(inputs["contract"], max_pages=deps.settings.max_pages)
            update["document"] = {"source": doc.source, "sha256": doc.sha256, "pages": doc.pages,
                                  "media_type": doc.media_type}
        if inputs.get("deal"):
            update["deal"] = load_deal(inputs["deal"]).model_dump(mode="json")
        return update

    def extract(state: RunState) -> dict[str, Any]:
        d = state.get("document")
        if not d:
            return {"extraction": None}
        doc = Document(source=d["source"], pages=d["pages"], sha256=d["sha256"], media_type=d["media_type"])
        result = extract_terms(doc, deps.extractor_factory())
        return {"extraction": result.model_dump(mode="json")}

    def validate(state: RunState) -> dict[str, Any]:
        if not state.get("extraction"):
            return {"findings": []}
        extraction = ExtractionResult.model_validate(state["extraction"])
        deal = parse_deal(state["deal"], "deal") if state.get("deal") else None
        findings = validate_contract(extraction, deal,
                                     allowed_payment_terms=deps.policy.allowed_payment_terms_days)
        return {"findings": [f.model_dump(mode="json") for f in findings]}

    def plan(state: RunState) -> dict[str, Any]:
        extraction = ExtractionResult.model_validate(state["extraction"]) if state.get("extraction") else None
        if extraction is None:
            return {"actions": []}
        deal = parse_deal(state["deal"], "deal") if state.get("deal") else None
        with deps.session() as s:
            existing = {c.id: c.legal_name for c in s.exec(select(BooksCustomer))}
        actions = plan_new_contract(extraction.terms, deal, run_id=state["run_id"], existing_customers=existing)
        ctx = PolicyContext(kind=state.get("kind", "new_contract"),
                            findings=[Finding.model_validate(f) for f in state.get("findings", [])],
                            payment_terms_days=extraction.terms.payment_terms_days)
        actions = apply_policy(actions, ctx, deps.policy)
        return {"actions": [action_json(a) for a in actions]}

    def execute(state: RunState) -> dict[str, Any]:
        actions = {a.id: a for a in _actions(state)}
        order = list(actions)
        progress = True
        while progress:
            progress = False
            for aid in order:
                action = actions[aid]
                if action.status in {"executed", "rejected", "failed"}:
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
                row = deps.executor.execute(action, run_id=state["run_id"])
                status = "executed" if row.status == "succeeded" else "failed"
                actions[aid] = action.model_copy(update={"status": status, "external_id": row.external_id})
                progress = True
        return {"actions": [action_json(a) for a in actions.values()]}

    def review(state: RunState) -> dict[str, Any]:
        waiting = [a for a in _actions(state) if a.needs_approval and a.status == "proposed"]
        request = ApprovalRequest(run_id=state["run_id"], actions=[action_json(a) for a in waiting])
        answer = interrupt(request.model_dump(mode="json"))
        resume = Resume.model_validate(answer)
        return apply_decisions(state, resume.decisions, deps.policy, deps.session)

    def confirm(state: RunState) -> dict[str, Any]:
        actions = _actions(state)
        status = "failed" if any(a.status == "failed" for a in actions) else "completed"
        with deps.session() as s:
            record_audit(s, state["run_id"], f"run_{status}",
                         executed=[a.id for a in actions if a.status == "executed"],
                         rejected=[a.id for a in actions if a.status == "rejected"],
                         failed=[a.id for a in actions if a.status == "failed"])
            s.commit()
        return {"status": status}

    return {"ingest": ingest, "extract": extract, "validate": validate, "plan": plan, "execute": execute,
            "review": review, "confirm": confirm}


def apply_decisions(state: RunState, decisions: list[Decision], policy: Policy,
                    session: Callable[[], Session]) -> dict[str, Any]:
    """Apply decisions that the policy allows; refused ones leave the action pending and are audited."""
    actions = {a.id: a for a in _actions(state)}
    applied: list[dict[str, Any]] = []
    with session() as s:
        for d in decisions:
            action = actions.get(d.action_id)
            if action is None or not action.needs_approval or action.status != "proposed":
                continue
            allowed, why = may_decide(action, d.by, d.role, policy)
            if d.decision == "approve" and not allowed:
                record_audit(s, state["run_id"], "decision_refused", actor=d.by, action_id=d.action_id, reason=why)
                continue
            status = "approved" if d.decision == "approve" else "rejected"
            actions[d.action_id] = action.model_copy(update={"status": status})
            record_audit(s, state["run_id"], status, actor=d.by, action_id=d.action_id, role=d.role,
                         reason=d.reason, at=d.at.isoformat())
            applied.append(d.model_dump(mode="json"))
        s.commit()
    return {"actions": [action_json(a) for a in actions.values()],
            "decisions": [*state.get("decisions", []), *applied]}
