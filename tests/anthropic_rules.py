"""The Messages API's request rules, as documented, for the scripted API in `tests/anthropic_mock.py`.

`refuse(body)` answers a request the real API would refuse with the API's own 400 body, so a
request accrue builds that the API would reject fails in the tests too; `cache_breakpoints(body)`
says which `cache_control` breakpoints can cache anything (one below the model's minimum
cacheable length is accepted but caches nothing). Every rule names its source in
docs/claude.md ("Rules the test API enforces"); a limit the sources do not state is not
enforced here. Token counts are estimated at 4 characters a token: the real tokenizer is
not available offline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

CHARS_PER_TOKEN = 4
MAX_CACHE_BREAKPOINTS = 4
MAX_STRICT_TOOLS = 20
MAX_OPTIONAL_PARAMETERS = 24
MAX_UNION_PARAMETERS = 16
MIN_THINKING_BUDGET = 1024
# Constraint keywords outside the strict subset (numbers and string lengths); minItems only takes 0 or 1.
UNSUPPORTED_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
                        "minLength", "maxLength")


@dataclass(frozen=True)
class ModelRules:
    """What one model accepts. None means the sources we could read do not say; nothing is enforced then."""

    max_output_tokens: int | None = None
    min_cacheable_tokens: int | None = None
    thinking_on_by_default: bool = False
    accepts_forced_tool: bool = True
    accepts_budget_thinking: bool = True
    accepts_thinking_disabled: bool = True


MODELS: dict[str, ModelRules] = {
    "claude-haiku-5-5": ModelRules(max_output_tokens=128_000, thinking_on_by_default=True,
                                   accepts_budget_thinking=False),
    "claude-sonnet-5-5": ModelRules(max_output_tokens=128_000, thinking_on_by_default=True,
                                    accepts_forced_tool=False, accepts_budget_thinking=False,
                                    accepts_thinking_disabled=False),
    "claude-opus-5-5": ModelRules(max_output_tokens=128_000, thinking_on_by_default=True,
                                  accepts_budget_thinking=False, accepts_thinking_disabled=False),
    "claude-haiku-4-5": ModelRules(max_output_tokens=64_000, min_cacheable_tokens=4096),
    "claude-sonnet-4-6": ModelRules(min_cacheable_tokens=1024),
    "claude-sonnet-4-5": ModelRules(min_cacheable_tokens=1024),
    "claude-opus-4-5": ModelRules(min_cacheable_tokens=4096),
}


def rules_for(model: str) -> ModelRules:
    """The rules of a model id (a dated id uses its alias's rules); an unknown model gets only the general ones."""
    for alias, rules in MODELS.items():
        if model == alias or model.startswith(alias + "-2"):
            return rules
    return ModelRules()


def invalid(message: str) -> dict[str, Any]:
    """The body of a 400 as the API sends it."""
    return {"type": "error", "error": {"type": "invalid_request_error", "message": message}}


def refuse(body: dict[str, Any], thinking_sent: dict[str, list[str]] | None = None) -> dict[str, Any] | None:
    """The 400 body the API answers this `POST /v1/messages` body with, or None if it accepts it.
    `thinking_sent` maps each tool_use id the API sent to the signatures of the thinking blocks before it."""
    model = str(body.get("model", ""))
    rules = rules_for(model)
    for check in (_max_tokens, _thinking, _forced_tool, _cache_breakpoint_count, _strict_schemas):
        problem = check(body, model, rules)
        if problem:
            return invalid(problem)
    problem = _thinking_history(body, model, thinking_sent or {})
    return invalid(problem) if problem else None


def thinking_on(body: dict[str, Any], rules: ModelRules) -> bool:
    """Whether the request thinks: as asked, or the model's default when it does not say."""
    thinking = body.get("thinking")
    if isinstance(thinking, dict) and thinking.get("type"):
        return thinking["type"] != "disabled"
    return rules.thinking_on_by_default


def _max_tokens(body: dict[str, Any], model: str, rules: ModelRules) -> str | None:
    max_tokens = body.get("max_tokens")
    if not isinstance(max_tokens, int) or max_tokens < 1:
        return "max_tokens: Field required" if max_tokens is None else "max_tokens: must be a positive integer"
    if rules.max_output_tokens is not None and max_tokens > rules.max_output_tokens:
        return (f"max_tokens: {max_tokens} > {rules.max_output_tokens}, which is the maximum allowed number "
                f"of output tokens for {model}")
    return None


def _thinking(body: dict[str, Any], model: str, rules: ModelRules) -> str | None:
    thinking = body.get("thinking")
    if not isinstance(thinking, dict):
        return None
    kind = thinking.get("type")
    if kind == "enabled":
        if not rules.accepts_budget_thinking:
            return (f"thinking.type: \"enabled\" is not supported for {model}; use thinking.type \"adaptive\" "
                    "and output_config.effort")
        budget = thinking.get("budget_tokens")
        if not isinstance(budget, int) or budget < MIN_THINKING_BUDGET:
            return f"thinking.enabled.budget_tokens: Input should be greater than or equal to {MIN_THINKING_BUDGET}"
        if budget >= body.get("max_tokens", 0):
            return "`max_tokens` must be greater than `thinking.budget_tokens`"
    if kind == "disabled" and not rules.accepts_thinking_disabled:
        return f"thinking.type: \"disabled\" is not supported for {model}"
    return None


def _forced_tool(body: dict[str, Any], model: str, rules: ModelRules) -> str | None:
    choice = body.get("tool_choice")
    if not isinstance(choice, dict) or choice.get("type") not in ("any", "tool"):
        return None
    if not rules.accepts_forced_tool:
        return f"tool_choice: forcing tool use (type \"{choice['type']}\") is not supported for {model}"
    if thinking_on(body, rules):
        return "Thinking may not be enabled when tool_choice forces tool use."
    return None


def _cache_marked(body: dict[str, Any]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [t for t in body.get("tools") or [] if isinstance(t, dict)]
    system = body.get("system")
    if isinstance(system, list):
        blocks += [b for b in system if isinstance(b, dict)]
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, list):
            blocks += [b for b in content if isinstance(b, dict)]
    return [b for b in blocks if b.get("cache_control")]


def _cache_breakpoint_count(body: dict[str, Any], model: str, rules: ModelRules) -> str | None:
    found = len(_cache_marked(body))
    if found > MAX_CACHE_BREAKPOINTS:
        return f"A maximum of {MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. Found {found}."
    return None


def strict_schemas(body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every schema the API compiles into a grammar: strict tools' input schemas and the output format."""
    schemas = [(f"tools.{i}.input_schema", tool["input_schema"]) for i, tool in enumerate(body.get("tools") or [])
               if isinstance(tool, dict) and tool.get("strict") and isinstance(tool.get("input_schema"), dict)]
    fmt = (body.get("output_config") or {}).get("format") or {}
    if fmt.get("type") == "json_schema" and isinstance(fmt.get("schema"), dict):
        schemas.append(("output_config.format.schema", fmt["schema"]))
    return schemas


@dataclass
class SchemaCount:
    """Parameters of one or more strict schemas, counted as the grammar compiler counts them."""

    optional: int = 0
    union: int = 0
    problems: list[str] | None = None


def count_schema(schema: dict[str, Any], where: str = "schema") -> SchemaCount:
    """Optional parameters (a property not in `required`) and union-typed parameters (`anyOf` or a list of
    types), over every object in the schema including `$defs`, plus features outside the strict subset."""
    count = SchemaCount(problems=[])
    _walk(schema, where, count)
    return count


def _walk(node: Any, where: str, count: SchemaCount) -> None:
    assert count.problems is not None
    if isinstance(node, list):
        for i, item in enumerate(node):
            _walk(item, f"{where}.{i}", count)
        return
    if not isinstance(node, dict):
        return
    for keyword in UNSUPPORTED_KEYWORDS:
        if keyword in node and isinstance(node[keyword], int | float):
            count.problems.append(f"{where}: '{keyword}' is not supported in strict schemas")
    if node.get("minItems") not in (None, 0, 1):
        count.problems.append(f"{where}: 'minItems' values other than 0 or 1 are not supported")
    properties = node.get("properties")
    if isinstance(properties, dict):
        if node.get("additionalProperties") is not False:
            count.problems.append(f"{where}: For 'object' type, 'additionalProperties' must be explicitly set "
                                  "to false")
        required = set(node.get("required") or [])
        count.optional += sum(1 for name in properties if name not in required)
        for name, prop in properties.items():
            if isinstance(prop, dict) and ("anyOf" in prop or isinstance(prop.get("type"), list)):
                count.union += 1
            _walk(prop, f"{where}.properties.{name}", count)
    for key, value in node.items():
        if key != "properties":
            _walk(value, f"{where}.{key}", count)


def _strict_schemas(body: dict[str, Any], model: str, rules: ModelRules) -> str | None:
    strict_tools = [t for t in body.get("tools") or [] if isinstance(t, dict) and t.get("strict")]
    if len(strict_tools) > MAX_STRICT_TOOLS:
        return "Schema is too complex for compilation. Try reducing the number of tools or simplifying tool schemas."
    total = SchemaCount(problems=[])
    for where, schema in strict_schemas(body):
        part = count_schema(schema, where)
        total.optional += part.optional
        total.union += part.union
        if part.problems:
            return f"{where}: Invalid schema: {part.problems[0]}"
    if total.optional > MAX_OPTIONAL_PARAMETERS:
        return (f"Schemas contains too many optional parameters ({total.optional}), which would make grammar "
                f"compilation inefficient. Reduce the number of optional parameters in your tool schemas "
                f"(limit: {MAX_OPTIONAL_PARAMETERS}).")
    if total.union > MAX_UNION_PARAMETERS:
        return (f"Schemas contains too many parameters with union types ({total.union}), which would make grammar "
                f"compilation inefficient. Reduce the number of parameters with union types in your tool schemas "
                f"(limit: {MAX_UNION_PARAMETERS}).")
    return None


def signature_for(model: str, serial: int) -> str:
    """A thinking block's signature; the fake can tell which model wrote it, as the API can."""
    return f"sig:{model}:{serial}"


def _thinking_history(body: dict[str, Any], model: str, thinking_sent: dict[str, list[str]]) -> str | None:
    """Thinking blocks sent back must be the model's own; the tool-use turn in progress (the last assistant
    turn, answered by tool results) must carry its thinking blocks unchanged."""
    messages = body.get("messages") or []
    for i, message in enumerate(messages):
        content = message.get("content")
        if message.get("role") != "assistant" or not isinstance(content, list):
            continue
        for j, block in enumerate(content):
            if isinstance(block, dict) and block.get("type") == "thinking":
                if not str(block.get("signature", "")).startswith(f"sig:{model}:"):
                    return f"messages.{i}.content.{j}: Invalid `signature` in `thinking` block"
    if len(messages) < 2 or messages[-2].get("role") != "assistant":
        return None
    content = messages[-2].get("content")
    answer = messages[-1].get("content")
    if not (isinstance(content, list) and isinstance(answer, list)
            and any(isinstance(b, dict) and b.get("type") == "tool_result" for b in answer)):
        return None
    expected = [sig for b in content if isinstance(b, dict) and b.get("type") == "tool_use"
                for sig in thinking_sent.get(str(b.get("id")), [])]
    sent = [str(b.get("signature")) for b in content if isinstance(b, dict) and b.get("type") == "thinking"]
    if expected and sent != list(dict.fromkeys(expected)):
        index = len(messages) - 2
        found = content[0].get("type") if isinstance(content[0], dict) else "text"
        return (f"messages.{index}.content.0.type: Expected `thinking` or `redacted_thinking`, but found "
                f"`{found}`. When `thinking` is enabled, a final `assistant` message must start with a thinking "
                "block (preceeding the lastmost set of `tool_use` and `tool_result` blocks).")
    return None


@dataclass
class Breakpoint:
    """One `cache_control` breakpoint: where it is, the estimated prefix length up to it, whether it can cache."""

    where: str
    prefix_tokens: int
    cacheable: bool


def cache_breakpoints(body: dict[str, Any]) -> list[Breakpoint]:
    """Each breakpoint in prompt order (tools, system, messages) with the estimated tokens of the prefix it ends.
    A prefix below the model's minimum cacheable length caches nothing (and is not an error)."""
    minimum = rules_for(str(body.get("model", ""))).min_cacheable_tokens or 0
    points: list[Breakpoint] = []
    chars = 0
    sections: list[tuple[str, list[Any]]] = [("tools", list(body.get("tools") or []))]
    system = body.get("system")
    sections.append(("system", system if isinstance(system, list) else ([system] if system else [])))
    for i, message in enumerate(body.get("messages") or []):
        content = message.get("content")
        sections.append((f"messages.{i}", content if isinstance(content, list) else [content]))
    for name, blocks in sections:
        for j, block in enumerate(blocks):
            chars += len(json.dumps(block)) if not isinstance(block, str) else len(block)
            if isinstance(block, dict) and block.get("cache_control"):
                tokens = chars // CHARS_PER_TOKEN
                points.append(Breakpoint(f"{name}.{j}", tokens, tokens >= minimum))
    if body.get("cache_control"):  # automatic caching: a breakpoint on the last cacheable block
        tokens = chars // CHARS_PER_TOKEN
        points.append(Breakpoint("automatic", tokens, tokens >= minimum))
    return points
