"""Graph state and the approval payloads. State values are plain JSON so any checkpointer stores them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, TypedDict

from pydantic import BaseModel, Field

from accrue.core.clock import utcnow


class RunState(TypedDict, total=False):
    run_id: str
    kind: str  # new_contract | usage | payment | change_request | amendment
    inputs: dict[str, str]  # role -> path (contract, deal, usage, payments, request, amendment, books)
    document: dict[str, Any]  # {source, sha256, pages}
    deal: dict[str, Any] | None
    extraction: dict[str, Any] | None  # ExtractionResult JSON
    event: dict[str, Any] | None  # parsed event payload for non-contract kinds
    findings: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    status: str  # running | waiting_approval | completed | failed
    error: str | None


class Decision(BaseModel):
    """A person's decision on one action; the resume value of the review interrupt carries a list."""

    action_id: str
    decision: Literal["approve", "reject"]
    by: str
    role: str
    reason: str | None = None
    at: datetime = Field(default_factory=utcnow)


class ApprovalRequest(BaseModel):
    """The interrupt payload: what waits for a person and why."""

    run_id: str
    actions: list[dict[str, Any]]


class Resume(BaseModel):
    decisions: list[Decision]
