"""Record Anthropic calls once, replay them offline: the transports in accrue/adapters/llm_replay.py."""

from __future__ import annotations

import json

import httpx2
import pytest

from accrue.adapters.documents import read_document
from accrue.adapters.llm import ModelCallError
from accrue.adapters.llm_replay import FORMAT, RecordingTransport, ReplayTransport, request_key
from accrue.extraction import extract_terms, get_extractor
from accrue.extraction.claude import ClaudeExtractor
from accrue.settings import Settings, load_settings
from tests import anthropic_mock as am
from tests.claude_answers import ACME_PDF, PARTS, acme_answer, acme_lines, every_part
from tests.pdfs import text_pdf, write


def _extractor(transport: httpx2.BaseTransport, max_retries: int = 0) -> ClaudeExtractor:
    import anthropic

    client = anthropic.Anthropic(api_key="sk-ant-test", base_url="http://mock.invalid", max_retries=max_retries,
                                 http_client=httpx2.Client(transport=transport))
    return ClaudeExtractor(client)


def test_recorded_calls_replay_without_the_api(tmp_path):
    api = am.ScriptedAPI([am.error_response(429, retry_after_ms=1),
                          *every_part(acme_answer(), usage_=am.usage(1200, 800, cache_read=4000))])
    doc = read_document(ACME_PDF)
    recorded = extract_terms(doc, _extractor(RecordingTransport(httpx2.MockTransport(api), tmp_path), max_retries=2))

    files = sorted(tmp_path.glob("*.json"))  # the retried 429 is not recorded, only what the caller finally saw
    assert len(files) == PARTS
    for file in files:
        record = json.loads(file.read_text())
        assert record["format"] == FORMAT and record["response"]["status"] == 200
        assert record["request"] == {"method": "POST", "path": "/v1/messages", "model": "claude-haiku-5-5"}
        assert file.stem == record["key"]

    calls_before = len(api.requests)
    replayed = extract_terms(doc, _extractor(ReplayTransport(tmp_path)))
    assert len(api.requests) == calls_before
    assert replayed == recorded
    assert replayed.usage.cache_read_input_tokens == 4000 * PARTS


def test_a_changed_request_misses_the_recording_and_is_not_retried(tmp_path):
    api = am.ScriptedAPI(every_part(acme_answer()))
    extract_terms(read_document(ACME_PDF), _extractor(RecordingTransport(httpx2.MockTransport(api), tmp_path)))
    other = read_document(write(tmp_path / "other.pdf", text_pdf([acme_lines() + ["Amended."]])))

    seen: list[httpx2.Request] = []
    replay = ReplayTransport(tmp_path)

    class Counting(httpx2.BaseTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            seen.append(request)
            return replay.handle_request(request)

    with pytest.raises(ModelCallError, match="404 not_found_error: no recorded response for this request") as caught:
        extract_terms(other, _extractor(Counting(), max_retries=2))
    assert str(caught.value).endswith("record the calls again (ACCRUE_LLM_RECORD / --record) or run without replay")
    assert len(seen) == PARTS  # each part's request missed once, none retried


def test_the_key_ignores_headers_and_json_key_order():
    a = httpx2.Request("POST", "http://x/v1/messages", json={"model": "m", "max_tokens": 1},
                       headers={"authorization": "Bearer one", "x-stainless-retry-count": "0"})
    b = httpx2.Request("POST", "http://y/v1/messages", content=b'{"max_tokens": 1, "model": "m"}',
                       headers={"authorization": "Bearer two", "x-stainless-retry-count": "2"})
    c = httpx2.Request("POST", "http://x/v1/messages", json={"model": "m", "max_tokens": 2})
    assert request_key(a) == request_key(b) != request_key(c)


def test_settings_select_replay_and_need_no_key(home, tmp_path, monkeypatch):
    api = am.ScriptedAPI(every_part(acme_answer()))
    doc = read_document(ACME_PDF)
    extract_terms(doc, _extractor(RecordingTransport(httpx2.MockTransport(api), tmp_path)))

    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.setenv("ACCRUE_LLM_REPLAY", str(tmp_path))
    settings = load_settings(anthropic_base_url="http://mock.invalid")
    assert settings.llm_replay_dir == tmp_path
    result = extract_terms(doc, get_extractor(settings, "claude"))
    assert result.terms.payment_terms_days == 45
    assert len(api.requests) == PARTS


def test_a_missing_replay_folder_is_a_clear_error(tmp_path):
    from accrue.core.errors import ConfigError

    with pytest.raises(ConfigError, match="replay folder not found; record it first"):
        get_extractor(Settings(llm_replay_dir=tmp_path / "nope"), "claude")
