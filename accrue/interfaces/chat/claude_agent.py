"""Claude behind the chat: a streaming tool-use loop over the chat tools, with prompt caching and cost.

The stable prefix (tool definitions, then the system prompt from `prompts/chat_system.md`)
carries `cache_control`, so every call after the first reads it from the cache; a second,
small system block names the speaker and today's date. The conversation tail is cached too
(top-level `cache_control`). Text streams to the terminal as it arrives. Each tool call is
validated against its args model; an error goes back as `is_error` for the model to correct.
Thinking blocks (newer models think by default) go back unchanged inside the tool-use loop, as
the API requires; the stored thread records which model wrote each answer, and thinking blocks
written by another model are left out when the thread continues on a different `ACCRUE_MODEL`.
The model has no tool that approves or rejects, and a proposal's `requested_by` is the
session's speaker, so no model output and no document can push an action past the gate.
"""

from __future__ import annotations

import json
from typing import Any

from accrue.adapters.llm import load_prompt, make_client, usage_of
from accrue.core.clock import utcnow
from accrue.core.errors import AccrueError
from accrue.core.terms import Usage
from accrue.interfaces.chat.session import Answer, Events, run_tool_safely
from accrue.interfaces.chat.tools import ChatTools, anthropic_tool_defs
from accrue.settings import Settings

MAX_HISTORY_MESSAGES = 40


class ChatModelError(AccrueError):
    """The model API failed; the conversation keeps its state and the line can be retried."""


class ClaudeResponder:
    """Answers a line with Claude and the chat tools; `model` and `usage` are what /cost reports."""

    name = "claude"

    def __init__(self, tools: ChatTools, client: Any, model: str, *, max_steps: int = 8, max_tokens: int = 2048):
        self.tools = tools
        self.client = client
        self.model = model
        self.max_steps = max_steps
        self.max_tokens = max_tokens
        self.tool_defs = anthropic_tool_defs()

    @classmethod
    def from_settings(cls, tools: ChatTools, settings: Settings, http_client: Any | None = None,
                      max_retries: int = 2) -> ClaudeResponder:
        return cls(tools, make_client(settings, http_client=http_client, max_retries=max_retries), settings.model)

    def system_blocks(self) -> list[dict[str, Any]]:
        speaker = (f"You are talking with {self.tools.speaker}, role {self.tools.role_label}. "
                   f"Today is {utcnow().date().isoformat()}.")
        return [{"type": "text", "text": load_prompt("chat_system"), "cache_control": {"type": "ephemeral"}},
                {"type": "text", "text": speaker}]

    def respond(self, history: list[dict[str, Any]], text: str, events: Events) -> Answer:
        import anthropic  # here, not at the top: the SDK takes over a second to import; the offline chat needs none

        convo = prepare_history(history, self.model) + [{"role": "user", "content": text}]
        new: list[dict[str, Any]] = []
        usage = Usage()
        shown: list[str] = []
        for _ in range(self.max_steps):
            try:
                with self.client.messages.stream(model=self.model, max_tokens=self.max_tokens,
                                                 system=self.system_blocks(), tools=self.tool_defs,
                                                 messages=convo, cache_control={"type": "ephemeral"}) as stream:
                    for event in stream:
                        if event.type == "text":
                            shown.append(event.text)
                            events("text", event.text)
                    final = stream.get_final_message()
            except anthropic.APIError as exc:
                raise ChatModelError(f"Claude API error ({type(exc).__name__}): {_short(exc)}; "
                                     "try again, or chat offline without ANTHROPIC_API_KEY") from exc
            usage = usage + usage_of(self.model, final.usage)
            assistant = {"role": "assistant", "content": [_block(b) for b in final.content]}
            convo.append(assistant)
            new.append({**assistant, "model": self.model})
            if final.stop_reason != "tool_use":
                if final.stop_reason == "max_tokens":
                    shown.append(" [answer cut short at the token limit]")
                    events("text", shown[-1])
                break
            results = []
            for block in final.content:
                if block.type != "tool_use":
                    continue
                events("tool", f"{block.name}({json.dumps(block.input, default=str)})")
                content, is_error = run_tool_safely(self.tools, block.name, dict(block.input or {}))
                if is_error:
                    events("tool_error", content)
                result: dict[str, Any] = {"type": "tool_result", "tool_use_id": block.id, "content": content}
                if is_error:
                    result["is_error"] = True
                results.append(result)
            tool_turn = {"role": "user", "content": results}
            convo.append(tool_turn)
            new.append(tool_turn)
        else:
            note = "\n[stopped after too many tool calls; ask again more specifically]"
            shown.append(note)
            events("text", note)
            new.append({"role": "assistant", "content": note.strip()})
        return Answer(text="".join(shown), messages=new, usage=usage, streamed=True)


def _block(block: Any) -> dict[str, Any]:
    """A response content block as a request content block (only the fields the API accepts back)."""
    if block.type == "text":
        return {"type": "text", "text": block.text}
    if block.type == "tool_use":
        return {"type": "tool_use", "id": block.id, "name": block.name, "input": block.input}
    return block.model_dump(mode="json", exclude_none=True)


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300]


def prepare_history(messages: list[dict[str, Any]], model: str | None = None) -> list[dict[str, Any]]:
    """The stored thread as API messages: recent turns only, starting at a person's line, roles alternating.
    Thinking blocks stay only in answers `model` wrote: another model cannot read them, and a thread must
    survive a change of model."""
    out: list[dict[str, Any]] = []
    for stored in messages:
        m = {"role": stored["role"], "content": stored["content"]}
        if m["role"] == "assistant" and stored.get("model") != model and isinstance(m["content"], list):
            m["content"] = [b for b in m["content"] if b.get("type") not in _THINKING] or "(no answer)"
        if out and out[-1]["role"] == m["role"]:
            out[-1] = {"role": m["role"], "content": _as_blocks(out[-1]["content"]) + _as_blocks(m["content"])}
        else:
            out.append(dict(m))
    if len(out) > MAX_HISTORY_MESSAGES:
        out = out[-MAX_HISTORY_MESSAGES:]
    while out and not (out[0]["role"] == "user" and isinstance(out[0]["content"], str)):
        out.pop(0)
    if out and out[-1]["role"] == "user":
        out.pop()  # a line whose turn never completed (interrupted): the new line replaces it
    return out


_THINKING = {"thinking", "redacted_thinking"}


def _as_blocks(content: Any) -> list[dict[str, Any]]:
    return [{"type": "text", "text": content}] if isinstance(content, str) else list(content)
