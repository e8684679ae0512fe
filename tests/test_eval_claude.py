"""`make eval-claude` end to end on cassettes the scripted API makes: record, then replay without a key.

evals/claude_compare.py runs the extraction corpus (here a one-case folder with the acme order
form) and a CUAD-shaped folder through the embedded reader and through Claude, records every
Claude response, and prints field accuracy, grounding, tokens and cost per document; the replay
gives the same figures with no key and no API, and `accrue eval --replay` runs on the same cassettes.
The figures are the scripted model's, not Claude's: no real response is recorded here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from evals import claude_compare
from tests import anthropic_mock as am
from tests.claude_answers import ACME_PDF, PARTS, acme_answer, answering, blank, cite
from tests.conftest import run_cli

CUAD_TEXT = "MASTER SERVICES AGREEMENT\nThis Agreement is effective as of January 2, 2020 (the Effective Date).\n"


def _cases(root: Path) -> Path:
    case = root / "acme"
    case.mkdir(parents=True)
    shutil.copy(ACME_PDF, case / "contract.pdf")
    expected = {"customer_legal_name": "Acme Corporation", "payment_terms_days": 45, "currency": "USD",
                "total_contract_value": "24000.00", "service_start_date": "2026-05-01"}
    (case / "case.json").write_text(json.dumps({
        "id": "acme", "kind": "new_contract", "tags": ["handwritten"], "description": "the acme order form",
        "inputs": {"contract": "contract.pdf"}, "expected": {"terms": expected}}))
    return root


def _cuad(root: Path) -> Path:
    (root / "contracts").mkdir(parents=True)
    (root / "contracts" / "msa.txt").write_text(CUAD_TEXT)
    (root / "labels.jsonl").write_text(json.dumps({"id": "msa", "text_file": "contracts/msa.txt",
                                                   "expected": {"effective_date": "2020-01-02"}}) + "\n")
    return root


def _by_document(body: dict[str, Any]) -> dict[str, Any]:
    """The scripted model's answer to a part request, by the document it asks about."""
    text = body["messages"][0]["content"][0]["text"]
    if 'source="msa.txt"' in text:
        answer = blank()
        answer["effective_date"] = cite("2020-01-02", "This Agreement is effective as of January 2, 2020")
        return answering(answer, usage_=am.usage(900, 200))(body)
    return answering(acme_answer(), usage_=am.usage(2000, 600, cache_read=3000))(body)


def _report(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert claude_compare.main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_record_then_replay_gives_the_same_figures_and_accrue_eval_replays_them(tmp_path, monkeypatch, capsys):
    cases, cuad, recordings = _cases(tmp_path / "cases"), _cuad(tmp_path / "cuad"), tmp_path / "recordings"
    corpus = ["--cases", str(cases), "--cuad", str(cuad)]
    api = am.ScriptedAPI([_by_document] * (2 * PARTS))
    with am.LoopbackAPI(api) as server:
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-eval")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", server.url)
        recorded = _report(capsys, "--record", str(recordings), *corpus)
    assert len(api.calls) == 2 * PARTS and not api.refusals
    assert len(list(recordings.glob("*.json"))) == 2 * PARTS

    summary = {(s["corpus"], s["extractor"]): s for s in recorded["summary"]}
    assert set(summary) == {("cases", "rules"), ("cases", "claude"), ("cuad", "rules"), ("cuad", "claude")}
    claude = summary["cases", "claude"]
    assert (claude["documents"], claude["errors"], claude["field_accuracy"], claude["grounding_rate"]) == (
        1, 0, 1.0, 1.0)
    assert (claude["calls_per_doc"], claude["input_tokens_per_doc"], claude["cache_read_tokens_per_doc"]) == (
        PARTS, 2000.0 * PARTS, 3000.0 * PARTS)
    # claude-haiku-5-5: (2,000 x 0.10 + 600 x 0.50 + 3,000 x 0.01) / 1e6 = 0.00053 USD a part request
    assert claude["usd_per_doc"] == "0.00212"
    assert summary["cases", "rules"]["field_accuracy"] == 1.0 and summary["cases", "rules"]["usd_per_doc"] == "0"
    assert summary["cuad", "claude"]["field_accuracy"] == 1.0 and summary["cuad", "claude"]["scored_fields"] == 1

    monkeypatch.delenv("ANTHROPIC_API_KEY")
    monkeypatch.delenv("ANTHROPIC_BASE_URL")
    replayed = _report(capsys, "--replay", str(recordings), *corpus)
    assert len(api.calls) == 2 * PARTS  # nothing reached the API
    assert replayed["summary"] == recorded["summary"] and replayed["documents"] == recorded["documents"]
    assert replayed["mode"] == "replayed from"

    claude_compare.main(["--replay", str(recordings), *corpus])
    table = capsys.readouterr().out
    assert "field acc" in table and "USD/doc" in table and "cases    claude" in table

    proc = run_cli("eval", "--cases", str(cases), "--extractor", "claude", "--replay", str(recordings), "--json",
                   home=tmp_path / "home", env={"ANTHROPIC_BASE_URL": None})
    assert proc.returncode == 0, proc.stderr
    (case,) = json.loads(proc.stdout)["cases"]
    assert case["errors"] == [], case["errors"]
    assert case["scores"]["tokens"]["input_tokens"] == 2000 * PARTS


def test_recording_needs_a_key_and_replay_needs_recordings(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    assert claude_compare.main(["--record", str(tmp_path / "rec")]) == 2
    assert "needs ANTHROPIC_API_KEY" in capsys.readouterr().err
    assert claude_compare.main(["--replay", str(tmp_path / "none")]) == 2
    assert "no recordings folder" in capsys.readouterr().err
