"""What the needs_review interrupt asks a person, and what they answer: the payloads as typed models.

`TermsReviewRequest` is the interrupt's value when the completeness gate stops a run: why it cannot
finish alone (each gap and open finding with its arithmetic and, for every field it names, the value,
its citation and the page text around it), the plan as it stands, and the corrections made so far.
`TermsReview` is the value a resume must carry, validated by `interrupt(..., response_schema=TermsReview)`
before LangGraph saves it: corrections (each path checked against the terms model), or accepting the
plan as it is, or rejecting the run; who, in which role, why. Like an approval, an answer may come
from outside accrue (LangGraph Server's API), so the review_terms node checks it again against the run.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from accrue.core.actions import Action
from accrue.core.clock import utcnow
from accrue.core.corrections import Correction, TermEdit
from accrue.core.findings import Severity

ReviewDecision = Literal["correct", "accept", "reject"]


class FieldEvidence(BaseModel):
    """One field a gap or finding names: its value now, and where the document states it."""

    path: str
    value: Any = None
    page: int | None = None
    quote: str | None = None
    context: str | None = Field(default=None, description="The page text around the quote")
    entered_by: str | None = Field(default=None, description="Who entered the value, when a person did")
    candidates: list[str] = Field(default_factory=list,
                                  description="A missing date: the dates on the pages no term was read from, in their "
                                              "words, to pick from")


class Concern(BaseModel):
    """A gap or an open finding, as a person reads it: what is wrong, the arithmetic, and the fields."""

    code: str
    severity: Severity
    message: str
    evidence: dict[str, Any] = Field(default_factory=dict)
    fields: list[FieldEvidence] = Field(default_factory=list)


class TermsReviewRequest(BaseModel):
    """The interrupt payload at needs_review."""

    run_id: str
    kind: str
    reasons: list[str] = Field(description="One line per gap or open finding")
    gaps: list[Concern]
    open_findings: list[Concern]
    assumed: dict[str, str] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    actions: list[Action] = Field(description="The plan as it stands; nothing has executed")
    corrections: list[Correction] = Field(default_factory=list)


class TermsReview(BaseModel):
    """The answer that resumes a run waiting at needs_review: corrections, or the plan accepted or rejected."""

    model_config = ConfigDict(extra="forbid")

    decision: ReviewDecision
    by: str = Field(min_length=1)
    role: str
    reason: str | None = Field(default=None, description="Why: required to accept or reject")
    at: datetime = Field(default_factory=utcnow)
    corrections: list[TermEdit] = Field(default_factory=list, description="correct only: the changes, in order")

    @model_validator(mode="after")
    def _fits_the_decision(self) -> TermsReview:
        if (self.decision == "correct") != bool(self.corrections):
            raise ValueError("a correct decision carries its corrections; accept and reject carry none")
        if self.decision != "correct" and not (self.reason or "").strip():
            what = "accept the plan as it is" if self.decision == "accept" else "reject the run"
            raise ValueError(f"to {what}, give a reason")
        return self
