"""The scripted Messages API parses through the real SDK: messages, streams, errors, token counts."""

from __future__ import annotations

import anthropic
import httpx2
import pytest

from tests import anthropic_mock as am

ASK = {"model": am.DEFAULT_MODEL, "max_tokens": 100, "messages": [{"role": "user", "content": "hi"}]}


def test_messages_parse_into_typed_sdk_objects():
    reply = am.tool_use_message("lookup", {"q": "acme"}, preamble="Let me look.",
                                usage_=am.usage(10, 5, cache_read=7, cache_write=3, cache_write_1h=1))
    api = am.ScriptedAPI([reply])
    cached_system = [{"type": "text", "text": "You look things up.", "cache_control": {"type": "ephemeral"}}]
    msg = am.client(api).messages.create(**ASK, system=cached_system)
    assert isinstance(msg, anthropic.types.Message)
    assert [b.type for b in msg.content] == ["text", "tool_use"]
    assert msg.content[1].input == {"q": "acme"} and msg.stop_reason == "tool_use"
    assert (msg.usage.cache_read_input_tokens, msg.usage.cache_creation.ephemeral_1h_input_tokens) == (7, 1)
    refusal = am.client(am.ScriptedAPI([am.refusal_message(category="cyber")])).messages.create(**ASK)
    assert refusal.stop_reason == "refusal" and refusal.stop_details.category == "cyber"


def test_streamed_text_and_tool_use_accumulate_to_the_same_message():
    reply = am.tool_use_message("lookup", {"q": "acme corporation", "limit": 3}, preamble="Looking that up for you.")
    api = am.ScriptedAPI([reply])
    with am.client(api).messages.stream(**ASK) as stream:
        texts = list(stream.text_stream)
        final = stream.get_final_message()
    assert "".join(texts) == "Looking that up for you." and len(texts) > 1
    assert final.content[1].input == {"q": "acme corporation", "limit": 3}
    assert final.stop_reason == "tool_use" and final.usage.output_tokens == 50
    assert api.calls[0]["stream"] is True
    names = [name for name, _ in am.sse_events(reply)]
    assert names[:2] == ["message_start", "ping"] and names[-2:] == ["message_delta", "message_stop"]


def test_an_error_event_mid_stream_raises_the_api_error():
    events = am.sse_events(am.text_message("partial answer"))[:4] + [am.sse_error_event(529)]
    api = am.ScriptedAPI([am.sse_response(events)])
    with pytest.raises(anthropic.APIStatusError, match="Overloaded"):
        with am.client(api).messages.stream(**ASK) as stream:
            stream.get_final_message()


def test_error_responses_have_the_api_shape_and_retry_headers():
    response = am.error_response(429, retry_after=0.01)
    assert response.json()["type"] == "error" and response.json()["error"]["type"] == "rate_limit_error"
    assert response.headers["retry-after"] == "0.01"
    api = am.ScriptedAPI([response, am.text_message("ok")])
    assert am.client(api, max_retries=1).messages.create(**ASK).content[0].text == "ok"
    with pytest.raises(anthropic.RateLimitError):
        am.client(am.ScriptedAPI([am.error_response(429)])).messages.create(**ASK)


def test_count_tokens_and_running_past_the_script():
    api = am.ScriptedAPI([], count_tokens=1234)
    client = am.client(api)
    assert client.messages.count_tokens(model=ASK["model"], messages=ASK["messages"]).input_tokens == 1234
    with pytest.raises(anthropic.BadRequestError, match="beyond the script"):
        client.messages.create(**ASK)


def test_loopback_server_serves_the_same_script():
    api = am.ScriptedAPI([am.text_message("over http")])
    with am.LoopbackAPI(api) as server:
        client = anthropic.Anthropic(api_key="sk-ant-test", base_url=server.url, max_retries=0,
                                     http_client=httpx2.Client())
        assert client.messages.create(**ASK).content[0].text == "over http"
