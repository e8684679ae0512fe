"""The test API refuses what the real Messages API refuses (tests/anthropic_rules.py), through the real SDK.

Each rule is sourced in docs/claude.md ("Rules the test API enforces"); a refused request gets
the API's 400 body and uses no script item, so a test that builds a bad request fails there.
"""

from __future__ import annotations

from typing import Any

import anthropic
import pytest

from tests import anthropic_mock as am
from tests import anthropic_rules as rules

USER = [{"role": "user", "content": "hi"}]
TOOL = {"name": "lookup", "description": "Look a customer up.",
        "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"],
                         "additionalProperties": False}}


def create(api: am.ScriptedAPI, **request: Any) -> Any:
    return am.client(api).messages.create(**{"model": am.DEFAULT_MODEL, "max_tokens": 100, "messages": USER,
                                             **request})


def refused(api: am.ScriptedAPI, **request: Any) -> str:
    with pytest.raises(anthropic.BadRequestError) as caught:
        create(api, **request)
    body = caught.value.body
    assert isinstance(body, dict) and body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    assert api.answered == 0  # a refused request uses no script item
    return str(body["error"]["message"])


def test_at_most_four_cache_breakpoints():
    system = [{"type": "text", "text": f"part {i}", "cache_control": {"type": "ephemeral"}} for i in range(5)]
    assert refused(am.ScriptedAPI([am.text_message("ok")]), system=system) == (
        "A maximum of 4 blocks with cache_control may be provided. Found 5.")
    assert create(am.ScriptedAPI([am.text_message("ok")]), system=system[:4]).content[0].text == "ok"


def test_max_tokens_against_the_models_output_limit():
    api = am.ScriptedAPI([am.text_message("ok")])
    # (an explicit timeout: the SDK itself refuses a long non-streaming request without one)
    assert refused(api, model="claude-haiku-4-5", max_tokens=64_001, timeout=30) == (
        "max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for claude-haiku-4-5")
    assert create(api, model="claude-haiku-5-5", max_tokens=128_000, timeout=30).content[0].text == "ok"
    assert "maximum allowed number of output tokens for claude-haiku-5-5" in refused(
        am.ScriptedAPI([]), model="claude-haiku-5-5", max_tokens=128_001, timeout=30)


def test_thinking_budgets_count_against_max_tokens_and_newer_models_refuse_them():
    api = am.ScriptedAPI([am.text_message("ok")])
    old = {"model": "claude-haiku-4-5", "max_tokens": 2000}
    assert refused(api, **old, thinking={"type": "enabled", "budget_tokens": 2000}) == (
        "`max_tokens` must be greater than `thinking.budget_tokens`")
    assert "greater than or equal to 1024" in refused(api, **old, thinking={"type": "enabled", "budget_tokens": 500})
    assert "not supported for claude-haiku-5-5" in refused(
        api, max_tokens=4000, thinking={"type": "enabled", "budget_tokens": 2000})
    assert create(api, **old, thinking={"type": "enabled", "budget_tokens": 1024}).content[0].text == "ok"


def test_forced_tool_choice_is_refused_with_thinking_and_on_models_that_refuse_it():
    forced = {"tools": [TOOL], "tool_choice": {"type": "tool", "name": "lookup"}}
    reply = am.tool_use_message("lookup", {"q": "acme"})
    # claude-haiku-5-5 thinks unless told not to
    assert refused(am.ScriptedAPI([reply]), **forced) == "Thinking may not be enabled when tool_choice forces tool use."
    assert refused(am.ScriptedAPI([reply]), **{**forced, "tool_choice": {"type": "any"}}).startswith("Thinking")
    assert create(am.ScriptedAPI([reply]), **forced, thinking={"type": "disabled"}).stop_reason == "tool_use"
    assert "not supported for claude-sonnet-5-5" in refused(am.ScriptedAPI([reply]), **forced,
                                                            model="claude-sonnet-5-5")
    assert create(am.ScriptedAPI([reply]), **forced, model="claude-haiku-4-5").stop_reason == "tool_use"
    auto = create(am.ScriptedAPI([reply]), tools=[TOOL], tool_choice={"type": "auto"})
    assert auto.content[0].input == {"q": "acme"}


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "additionalProperties": False,
            "required": list(properties) if required is None else required}


def test_strict_schema_limits_and_subset():
    nullable = {"anyOf": [{"type": "string"}, {"type": "null"}]}

    def output(schema: dict[str, Any]) -> dict[str, Any]:
        return {"output_config": {"format": {"type": "json_schema", "schema": schema}}}

    api = am.ScriptedAPI([am.text_message("{}")])
    message = refused(api, **output(_object({f"f{i}": nullable for i in range(17)})))
    assert message.startswith("Schemas contains too many parameters with union types (17)")
    message = refused(api, **output(_object({f"f{i}": {"type": "string"} for i in range(25)}, required=[])))
    assert message == ("Schemas contains too many optional parameters (25), which would make grammar compilation "
                       "inefficient. Reduce the number of optional parameters in your tool schemas (limit: 24).")
    assert "'minimum' is not supported" in refused(api, **output(_object({"n": {"type": "integer", "minimum": 1}})))
    loose = {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}
    assert "'additionalProperties' must be explicitly set to false" in refused(api, **output(loose))
    # the limits count every strict schema of the request together
    tools = [{**TOOL, "name": f"t{i}", "strict": True,
              "input_schema": _object({f"f{j}": nullable for j in range(4)})} for i in range(3)]
    assert "union types (17)" in refused(api, tools=tools, **output(_object({"x": nullable, "y": nullable,
                                                                             "z": nullable, "w": nullable,
                                                                             "v": nullable})))
    many = [{**TOOL, "name": f"t{i}", "strict": True} for i in range(21)]
    assert refused(api, tools=many).startswith("Schema is too complex for compilation")
    assert create(api, **output(_object({f"f{i}": nullable for i in range(16)}))).content[0].text == "{}"


def test_a_breakpoint_below_the_minimum_cacheable_length_caches_nothing():
    reply = am.text_message("ok", model="claude-haiku-4-5", usage_=am.usage(100, 5, cache_read=3000))
    short = [{"type": "text", "text": "You answer briefly.", "cache_control": {"type": "ephemeral"}}]
    api = am.ScriptedAPI([reply, reply])
    small = create(api, model="claude-haiku-4-5", system=short).usage
    assert (small.input_tokens, small.cache_read_input_tokens) == (3100, 0)  # accepted, billed as plain input
    (point,) = api.requests[0].breakpoints
    assert not point.cacheable and point.prefix_tokens < 4096
    long = [{"type": "text", "text": "Rules. " * 3000, "cache_control": {"type": "ephemeral"}}]
    big = create(api, model="claude-haiku-4-5", system=long).usage
    assert (big.input_tokens, big.cache_read_input_tokens) == (100, 3000)
    assert api.requests[1].breakpoints[0].cacheable


def test_thinking_blocks_in_responses_and_streams_parse_through_the_sdk():
    reply = am.with_thinking(am.tool_use_message("lookup", {"q": "acme"}), "The user wants Acme.")
    msg = create(am.ScriptedAPI([reply]), tools=[TOOL])
    assert [b.type for b in msg.content] == ["thinking", "tool_use"]
    assert msg.content[0].thinking == "The user wants Acme." and msg.content[0].signature.startswith("sig:")

    with am.client(am.ScriptedAPI([reply])).messages.stream(model=am.DEFAULT_MODEL, max_tokens=100, messages=USER,
                                                          tools=[TOOL]) as stream:
        final = stream.get_final_message()
    assert final.content[0].thinking == "The user wants Acme."
    assert final.content[0].signature == reply["content"][0]["signature"]
    names = [data["delta"]["type"] for name, data in am.sse_events(reply) if name == "content_block_delta"]
    assert "thinking_delta" in names and "signature_delta" in names
    redacted = am.message([am.redacted_thinking_block(), am.text_block("done")])
    with am.client(am.ScriptedAPI([redacted])).messages.stream(model=am.DEFAULT_MODEL, max_tokens=100,
                                                             messages=USER) as stream:
        assert [b.type for b in stream.get_final_message().content] == ["redacted_thinking", "text"]


def test_a_tool_use_turn_must_carry_its_thinking_blocks_back_unchanged():
    first = am.with_thinking(am.tool_use_message("lookup", {"q": "acme"}))
    thinking, tool_use = first["content"]
    result = {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_use["id"], "content": "ok"}]}
    api = am.ScriptedAPI([first, am.text_message("Acme is a customer."), am.text_message("again")])
    create(api, tools=[TOOL])

    without = [*USER, {"role": "assistant", "content": [tool_use]}, result]
    message = refused_after(api, tools=[TOOL], messages=without)
    assert message.startswith("messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found "
                              "`tool_use`")
    foreign = {**thinking, "signature": rules.signature_for("claude-sonnet-5-5", 1)}
    message = refused_after(api, tools=[TOOL], messages=[*USER, {"role": "assistant", "content": [foreign, tool_use]},
                                                         result])
    assert message == "messages.1.content.0: Invalid `signature` in `thinking` block"
    kept = [*USER, {"role": "assistant", "content": [thinking, tool_use]}, result]
    assert create(api, tools=[TOOL], messages=kept).content[0].text == "Acme is a customer."


def refused_after(api: am.ScriptedAPI, **request: Any) -> str:
    """Like `refused`, for an API that has already answered some requests."""
    before = api.answered
    with pytest.raises(anthropic.BadRequestError) as caught:
        create(api, **request)
    assert api.answered == before
    body = caught.value.body
    assert isinstance(body, dict)
    return str(body["error"]["message"])
