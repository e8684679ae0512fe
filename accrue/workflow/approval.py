"""What the review interrupt asks a person, and what they answer: the approval payloads as typed models.

The interrupt's value is one Agent Inbox `HumanInterrupt` per held action (`accrue.workflow.inbox`);
`Resume` is accrue's own answer (the run service's, so the CLI's, the chat's and `accrue serve`'s),
validated by `interrupt(..., response_schema=...)` before LangGraph saves it, so a malformed answer is
refused and the run keeps waiting; Agent Inbox answers become the same `Decision`s. Resume values may
come from outside accrue (LangGraph Server's API), so nothing here is trusted beyond its shape: the
review step still checks each decision against the policy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, model_validator

from accrue.core.actions import Action
from accrue.core.clock import utcnow

Verdict = Literal["approve", "reject", "modify"]
_PAYLOAD_SCHEMA = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}}


class Decision(BaseModel):
    """A person's decision on one held action. `modify` carries the action as they want it (`payload`, an
    action of the same type); the run re-checks it with the policy before it can run."""

    model_config = ConfigDict(extra="forbid")

    action_id: str
    decision: Verdict
    by: str
    role: str
    reason: str | None = None
    at: datetime = Field(default_factory=utcnow)
    # Named in the schema by its type only: the request shows the held action's own fields, and spelling out
    # all ten action types made every pause spend some 10 ms generating the resume schema.
    payload: Annotated[Action, WithJsonSchema(_PAYLOAD_SCHEMA)] | None = Field(
        default=None, description="modify only: the held action as it should be, as its JSON (the same type)")

    @model_validator(mode="after")
    def _payload_with_modify(self) -> Decision:
        if (self.decision == "modify") != (self.payload is not None):
            raise ValueError("a modify decision carries the modified action as 'payload'; approve and reject do not")
        return self


class Resume(BaseModel):
    """The answer that resumes a run waiting at review."""

    model_config = ConfigDict(extra="forbid")

    decisions: list[Decision]
