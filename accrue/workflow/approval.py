"""What the review interrupt asks a person, and what they answer: the approval payloads as typed models.

`ApprovalRequest` is the interrupt's value (the actions waiting and why), handed out as its JSON
like everything a checkpoint holds; `Resume` is the value a resume must carry, validated by
`interrupt(..., response_schema=Resume)` before LangGraph saves it, so a malformed answer is
refused and the run keeps waiting. Resume values may come from outside accrue (LangGraph
Server's API), so nothing here is trusted beyond its shape: the review step still checks each
decision against the policy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from accrue.core.actions import Action
from accrue.core.clock import utcnow

Verdict = Literal["approve", "reject"]


class Decision(BaseModel):
    """A person's decision on one held action."""

    model_config = ConfigDict(extra="forbid")

    action_id: str
    decision: Verdict
    by: str
    role: str
    reason: str | None = None
    at: datetime = Field(default_factory=utcnow)


class ApprovalRequest(BaseModel):
    """The interrupt payload: what waits for a person and why (each action carries its policy reasons)."""

    run_id: str
    actions: list[Action]


class Resume(BaseModel):
    """The answer that resumes a run waiting at review."""

    model_config = ConfigDict(extra="forbid")

    decisions: list[Decision]
