"""The review pause in Agent Inbox's shapes: one `HumanInterrupt` per held action, answered with `HumanResponse`s.

LangChain's Agent Inbox and LangGraph Studio show a pause whose value is a list of `HumanInterrupt`
(`action_request {action, args}`, `config {allow_*}`, `description`) and resume it with a list of
`HumanResponse` (`accept | edit | response | ignore`), the i-th answering the i-th interrupt. The models
here mirror those TypedDicts (`langgraph.prebuilt.interrupt`) strictly, so `interrupt(...,
response_schema=...)` refuses a malformed answer before LangGraph saves it. Each response becomes a
`Decision` of the one decision model the CLI, the chat and `accrue serve` use: `accept` approves, `edit`
modifies (its args are the action as it should be, re-checked by the policy), `response` rejects with the
text as the reason, `ignore` rejects. Who decides is never in a response: the caller names the person.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from annotated_types import Len
from pydantic import BaseModel, ConfigDict, RootModel, model_validator

from accrue.core.actions import Action, ActionAdapter, action_json
from accrue.core.terms import ExtractionResult
from accrue.workflow.approval import Decision, Resume

IGNORED = "ignored in the inbox"
# Values listed with their citations in one held action's description; the rest are counted and left to
# `accrue show`, so the pause (kept in a checkpoint) stays small however many fee lines the contract has.
SHOWN_VALUES = 40


class InboxActionRequest(BaseModel):
    """What is asked (`ActionRequest`): the action's type, and the action as JSON."""

    model_config = ConfigDict(extra="forbid")
    action: str
    args: dict[str, Any]


class InboxConfig(BaseModel):
    """Which answers the inbox offers (`HumanInterruptConfig`)."""

    model_config = ConfigDict(extra="forbid")
    allow_ignore: bool = True
    allow_respond: bool = True
    allow_edit: bool = True
    allow_accept: bool = True


class InboxInterrupt(BaseModel):
    """One held action as Agent Inbox shows it (`HumanInterrupt`)."""

    model_config = ConfigDict(extra="forbid")
    action_request: InboxActionRequest
    config: InboxConfig
    description: str | None = None


class InboxResponse(BaseModel):
    """A person's answer to one `InboxInterrupt` (`HumanResponse`): `accept` and `ignore` carry nothing, `response`
    its text, `edit` the action as it should be (an `InboxActionRequest` whose args validate as that action)."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["accept", "ignore", "response", "edit"]
    args: None | str | InboxActionRequest = None

    @model_validator(mode="after")
    def _args_fit_the_type(self) -> InboxResponse:
        if self.type in ("accept", "ignore") and self.args is not None:
            raise ValueError(f"a '{self.type}' response carries no args")
        if self.type == "response" and not (isinstance(self.args, str) and self.args.strip()):
            raise ValueError("a 'response' carries its text as args")
        if self.type == "edit":
            if not isinstance(self.args, InboxActionRequest):
                raise ValueError("an 'edit' carries the action as args: {\"action\": TYPE, \"args\": {...}}")
            ActionAdapter.validate_python({**self.args.args, "type": self.args.action})
        return self

    def edited(self) -> Action:
        """The action an `edit` asks for, as its type's model."""
        assert isinstance(self.args, InboxActionRequest)
        return ActionAdapter.validate_python({**self.args.args, "type": self.args.action})


def answer_schema(held: int) -> type[RootModel[Any]]:
    """What resumes a pause over `held` actions: accrue's `Resume`, or one to `held` Agent Inbox responses."""
    return RootModel[Resume | Annotated[list[InboxResponse], Len(1, max(held, 1))]]


def inbox_interrupts(run_id: str, waiting: list[Action], extraction: ExtractionResult | None) -> list[InboxInterrupt]:
    """One interrupt per held action, in order: its type and JSON as args, and a markdown description with the
    policy's reasons and each value it relies on, with that value's citation (the first `SHOWN_VALUES`; the rest
    are named by a count and the command that shows them all)."""
    return [InboxInterrupt(action_request=InboxActionRequest(action=a.type, args=action_json(a)),
                           config=InboxConfig(), description=_description(run_id, a, extraction))
            for a in waiting]


def decisions_from_inbox(responses: list[InboxResponse], waiting: list[Action], *, by: str,
                         role: str) -> list[Decision]:
    """The decisions the responses make, the i-th on the i-th held action, in the name of `by` (the caller's
    signed-in person) acting in `role`; the review step still rules on each."""
    decisions: list[Decision] = []
    for response, action in zip(responses, waiting, strict=False):
        if response.type == "accept":
            decisions.append(Decision(action_id=action.id, decision="approve", by=by, role=role))
        elif response.type == "edit":
            decisions.append(Decision(action_id=action.id, decision="modify", by=by, role=role,
                                      payload=response.edited()))
        else:
            reason = response.args if isinstance(response.args, str) else IGNORED
            decisions.append(Decision(action_id=action.id, decision="reject", by=by, role=role, reason=reason))
    return decisions


def _description(run_id: str, action: Action, extraction: ExtractionResult | None) -> str:
    lines = [f"**{action.type.replace('_', ' ').capitalize()} `{action.id}`** (run `{run_id}`)", "",
             "Held for a person because:", *(f"- {r}" for r in action.reasons or ["the policy holds it"])]
    if action.requested_by:
        lines += ["", f"Requested by {action.requested_by}; they cannot approve it themselves."]
    if action.evidence and extraction is not None:
        terms = extraction.model_dump(mode="json")["terms"]
        # A line item is shown by its fields, each with its own citation.
        parts = [part for path in action.evidence
                 for part in [p for p in extraction.citations if p.startswith((f"{path}.", f"{path}["))] or [path]]
        lines += ["", "What it relies on:"]
        for part in parts[:SHOWN_VALUES]:
            cited = extraction.citations.get(part)
            source = f'p.{cited.page}: "{cited.quote}"' if cited else "no citation"
            lines.append(f"- `{part}` = {_at(terms, part)!s} ({source})")
        if len(parts) > SHOWN_VALUES:
            lines.append(f"- and {len(parts) - SHOWN_VALUES} more values, each with its citation: "
                         f"`accrue show {run_id}`")
    lines += ["", "Accept approves it; edit changes it (checked by the policy again); respond rejects it with your "
                  "words as the reason; ignore rejects it."]
    return "\n".join(lines)


def _at(data: Any, path: str) -> Any:
    """The value at a terms path such as `line_items[1].unit_price` (None when it is not there)."""
    for name, index in re.findall(r"(\w+)|\[(\d+)\]", path):
        try:
            data = data[int(index)] if index else data[name]
        except (KeyError, IndexError, TypeError):
            return None
    return data
