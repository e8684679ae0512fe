"""The review_terms stage: a run the completeness gate stopped waits here (`needs_review`) for a person.

`interrupt(..., response_schema=TermsReview)` hands out why the run cannot finish alone (a
`TermsReviewRequest`, as JSON) and validates the answer before LangGraph saves it. The node re-runs
from its top on every resume, so nothing before the interrupt has effects. The answer is checked
again here (it may come from outside accrue): the person must hold the role they act in; correcting
and accepting take a role the policy knows; whoever corrected a value the plan depends on cannot
accept that plan. A refusal, or a correction that does not fit the terms (a value the terms model
refuses, a quote not on its page), is audited and the run keeps waiting. Corrections are applied to
the extracted terms and the run validates and plans again from them (the superseded plan stays in
the audit trail); accepting sends the plan on to execute; rejecting rejects every action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt
from sqlmodel import Session

from accrue.adapters.store import record_audit
from accrue.core.actions import action_json
from accrue.core.approval import Refused, may_act
from accrue.core.completeness import Verdict
from accrue.core.corrections import (
    AMENDMENT,
    Correction,
    CorrectionError,
    apply_edits,
    current_values,
    entered_value_conflict,
    parse_path,
)
from accrue.core.document import Document
from accrue.core.findings import Finding
from accrue.core.names import normalise_name
from accrue.core.policy import Policy
from accrue.core.terms import Citation, ExtractionResult
from accrue.core.textnorm import find_date_spans, normalise_ws
from accrue.workflow.context import Context, ctx, signed_in_person
from accrue.workflow.state import ExtractionRef, RunState, RunUpdate, stored
from accrue.workflow.terms_review import Concern, FieldEvidence, TermsReview, TermsReviewRequest

_CONTEXT_CHARS = 160  # page text shown either side of a quote
_CANDIDATES = 5  # dates offered for a missing date field
_DATE_FIELDS = frozenset({"service_start_date", "service_end_date", "effective_date"})


def review_terms(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Wait for a person to correct the terms, accept the plan as it is, or reject the run; then apply it."""
    context = ctx(runtime)
    request = terms_review_request(state, context.session)
    answer = interrupt(request.model_dump(mode="json"), response_schema=TermsReview)
    if (signed_in := signed_in_person(runtime)) is not None:
        answer = answer.model_copy(update={"by": signed_in})  # under LangGraph Server: who signed in, not who is named
    with context.run_lock(state.run_id):
        return stored(apply_terms_review(state, answer, context.policy, context.session))


# -- the request ----------------------------------------------------------------------------------------
def terms_review_request(state: RunState, session: Callable[[], Session]) -> TermsReviewRequest:
    """Why the run waits, with the evidence behind every gap and open finding."""
    verdict = state.verdict or Verdict()
    return TermsReviewRequest(
        run_id=state.run_id, kind=state.kind, reasons=verdict.reasons(),
        gaps=[_concern(f, state, session) for f in verdict.gaps],
        open_findings=[_concern(f, state, session) for f in verdict.open_findings],
        assumed=verdict.assumed, notes=verdict.notes, actions=state.actions, corrections=state.corrections)


def _concern(finding: Finding, state: RunState, session: Callable[[], Session]) -> Concern:
    return Concern(code=finding.code, severity=finding.severity, message=finding.message,
                   evidence=finding.evidence, fields=[field_evidence(p, state, session) for p in finding.fields])


def field_evidence(path: str, state: RunState, session: Callable[[], Session]) -> FieldEvidence:
    """A field's value now, its citation and the page text around it, and who entered it if a person did."""
    amendment = path.startswith(AMENDMENT)
    extraction = _extraction(state, amendment, session)
    document = _document(state, amendment, session)
    entered = next((c.by for p, c in reversed(current_values(state.corrections))
                    if p == path and c.provenance == "entered_by_person"), None)
    if extraction is None:
        return FieldEvidence(path=path, entered_by=entered)
    inner = path.removeprefix(AMENDMENT)
    cite = _citation(extraction, inner)
    value = _value(extraction, inner)
    candidates = _unused_dates(extraction, document) if value is None and inner in _DATE_FIELDS else []
    return FieldEvidence(path=path, value=value, page=cite.page if cite else None, quote=cite.quote if cite else None,
                         context=_around(document, cite), entered_by=entered, candidates=candidates)


def _extraction(state: RunState, amendment: bool, session: Callable[[], Session]) -> ExtractionResult | None:
    """The run's contract or amendment terms with their citations, from the content store."""
    return state.amendment_terms(session) if amendment else state.contract_terms(session)


def _document(state: RunState, amendment: bool, session: Callable[[], Session]) -> Document | None:
    """The run's contract or amendment as it was read, from the document store."""
    ref = state.amendment_document if amendment else state.document
    return ref.read(session) if ref is not None else None


def _unused_dates(extraction: ExtractionResult, document: Document | None) -> list[str]:
    """Dates the pages state that no extracted value cites, each with its words ("p.1: ...Go-live: 1 March 2026...")."""
    if document is None:
        return []
    cited = {(c.page, normalise_ws(c.quote)) for c in extraction.citations.values()}
    out: list[str] = []
    for number, page in enumerate(document.pages, start=1):
        flat = normalise_ws(page)
        for found in find_date_spans(flat):
            around = flat[max(0, found.start - 40):found.end + 10].strip()
            if any(p == number and found.text in quote for p, quote in cited) or len(out) >= _CANDIDATES:
                continue
            out.append(f"p.{number}: ...{around}... ({found.value.isoformat()})")
    return out


def _value(extraction: ExtractionResult, path: str) -> Any:
    try:
        parts = parse_path(path)
    except ValueError:
        return None  # not a terms path (a CRM amount, a payment id): the finding's evidence says it
    value: Any = extraction.terms.model_dump(mode="json")
    for part in parts:
        if isinstance(part, int):
            value = value[part] if isinstance(value, list) and part < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
    return value


def _citation(extraction: ExtractionResult, path: str) -> Citation | None:
    if path in extraction.citations:
        return extraction.citations[path]
    return next((c for p, c in sorted(extraction.citations.items()) if p.startswith(path + ".")
                 or p.startswith(path + "[")), None)


def _around(document: Document | None, cite: Citation | None) -> str | None:
    """The page text around a quote, so a person sees it in its place."""
    if document is None or cite is None or not 1 <= cite.page <= len(document.pages):
        return None
    page, quote = normalise_ws(document.pages[cite.page - 1]), normalise_ws(cite.quote)
    at = page.find(quote)
    if at < 0:
        return None
    start, end = max(0, at - _CONTEXT_CHARS), min(len(page), at + len(quote) + _CONTEXT_CHARS)
    return ("..." if start else "") + page[start:end] + ("..." if end < len(page) else "")


# -- the answer -----------------------------------------------------------------------------------------
def review_refusal(state: RunState, answer: TermsReview, policy: Policy) -> str | None:
    """Why this answer may not stand; None when it may. Any answer takes someone `[people]` lists, in a role they
    hold that may decide (`may_act`, the ruling approvals use); accepting also takes someone who did not correct
    a value the plan depends on."""
    acting = may_act(answer.by, answer.role, policy)
    if isinstance(acting, Refused):
        return acting.reason
    if answer.decision == "reject":
        return None
    if answer.decision == "correct":
        return _nothing_to_correct(state, answer)
    conflicts = [why for a in state.actions if (why := entered_value_conflict(a, answer.by, state.corrections))]
    if conflicts or (not state.actions and any(_same(c.by, answer.by) for c in state.corrections)):
        return (f"{answer.by} corrected terms this plan is built on; someone else must accept it"
                + (f" ({conflicts[0]})" if conflicts else ""))
    return None


def _nothing_to_correct(state: RunState, answer: TermsReview) -> str | None:
    for edit in answer.corrections:
        amendment = edit.path.startswith(AMENDMENT)
        if (state.amendment if amendment else state.extraction) is None:
            what = "an amendment" if amendment else "contract terms"
            return f"a {state.kind} run has no {what} to correct ({edit.path}); accept or reject it instead"
    return None


def _same(a: str, b: str) -> bool:
    return normalise_name(a) == normalise_name(b)


def corrected_update(state: RunState, answer: TermsReview, session: Callable[[], Session]) -> RunUpdate:
    """The state once the answer's corrections are applied: corrected terms, the corrections recorded, and the
    plan and verdict cleared, so the run validates and plans again. Raises CorrectionError when one does not fit."""
    update: RunUpdate = {"actions": [], "verdict": None}
    made: list[Correction] = []
    for amendment in (False, True):
        edits = [e for e in answer.corrections if e.path.startswith(AMENDMENT) == amendment]
        if not edits:
            continue
        extraction = _extraction(state, amendment, session)
        document = _document(state, amendment, session)
        if extraction is None or document is None:
            raise CorrectionError(f"{edits[0].path}: this run has no such terms to correct")
        corrected, done = apply_edits(extraction, edits, document.pages, by=answer.by, role=answer.role,
                                      at=answer.at)
        update["amendment" if amendment else "extraction"] = ExtractionRef.store(corrected, session)
        made += done
    update["corrections"] = [*state.corrections, *made]
    return update


def apply_terms_review(state: RunState, answer: TermsReview, policy: Policy,
                       session: Callable[[], Session]) -> RunUpdate:
    """Apply the answer if it may stand, each step audited; a refused one changes nothing and is audited."""
    refusal = review_refusal(state, answer, policy)
    update: RunUpdate = {}
    if refusal is None and answer.decision == "correct":
        try:
            update = corrected_update(state, answer, session)
        except CorrectionError as exc:
            refusal = str(exc)
    reasons = (state.verdict or Verdict()).reasons()
    with session() as s:
        if refusal is not None:
            record_audit(s, state.run_id, "review_refused", actor=answer.by, decision=answer.decision,
                         role=answer.role, reason=refusal)
        elif answer.decision == "correct":
            for c in update.get("corrections", [])[len(state.corrections):]:
                record_audit(s, state.run_id, "corrected", actor=c.by, target=c.path,
                             **c.model_dump(mode="json", exclude={"by", "path"}))
            record_audit(s, state.run_id, "plan_superseded", actor=answer.by, reasons=reasons,
                         actions=[action_json(a) for a in state.actions])
        else:
            event = "terms_accepted" if answer.decision == "accept" else "terms_rejected"
            record_audit(s, state.run_id, event, actor=answer.by, role=answer.role, reason=answer.reason,
                         at=answer.at.isoformat(), reasons=reasons)
            update = {"terms_decision": answer}
            if answer.decision == "reject":
                note = f"run rejected at needs_review by {answer.by}: {answer.reason}"
                update["actions"] = [a.model_copy(update={"status": "rejected", "reasons": [*a.reasons, note]})
                                     for a in state.actions]
        s.commit()
    return update
