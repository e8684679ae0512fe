"""`accrue eval --record DIR` stores Claude's responses; `--replay DIR` reruns offline with the same scores.

The "API" is a loopback HTTP server answering in the Messages API's exact shapes (tests/anthropic_mock.py), so the
real SDK, the real CLI and the recording transport (accrue/adapters/llm_replay.py) are all exercised.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests import anthropic_mock as am
from tests.claude_answers import ACME_DEAL, ACME_PDF, PARTS, acme_answer, every_part
from tests.conftest import run_cli, run_cli_process


def _suite(root: Path) -> Path:
    case = root / "acme-claude"
    case.mkdir(parents=True)
    shutil.copy(ACME_PDF, case / "contract.pdf")
    shutil.copy(ACME_DEAL, case / "deal.json")
    (case / "case.json").write_text(json.dumps({
        "id": "acme-claude", "kind": "new_contract", "description": "Acme read by Claude",
        "inputs": {"contract": "contract.pdf", "deal": "deal.json"},
        "expected": {"terms": {"customer_legal_name": "Acme Corporation", "payment_terms_days": 45,
                               "po_number": "PO-88412"},
                     "findings": ["non_standard_payment_terms"]}}))
    return root


OFFLINE = {"ANTHROPIC_BASE_URL": None}  # and no ANTHROPIC_API_KEY, which the CLI runners never pass on


def _without_time(case: dict) -> dict:
    return {**case, "scores": {k: v for k, v in case["scores"].items() if k != "seconds"}}


def test_record_then_replay_offline_gives_the_same_scores(tmp_path: Path):
    suite, recordings, home = _suite(tmp_path / "cases"), tmp_path / "recordings", tmp_path / "home"
    api = am.ScriptedAPI(every_part(acme_answer(), usage_=am.usage(3000, 800, cache_read=2000)))
    with am.LoopbackAPI(api) as server:
        recorded = run_cli("eval", "--cases", str(suite), "--extractor", "claude", "--record", str(recordings),
                           "--json", home=home, env={"ANTHROPIC_API_KEY": "sk-ant-eval",
                                                     "ANTHROPIC_BASE_URL": server.url})
    assert recorded.returncode == 0, recorded.stderr
    assert len(api.calls) == PARTS and len(list(recordings.glob("*.json"))) == PARTS
    first = json.loads(recorded.stdout)
    (case,) = first["cases"]
    assert case["errors"] == [] and case["passed"] is True
    assert case["scores"]["tokens"]["input_tokens"] == 3000 * PARTS and first["summary"]["cost_usd"] != "0"

    # No key, no server, and a new process: every answer comes from the recordings on disk.
    replayed = run_cli_process("eval", "--cases", str(suite), "--extractor", "claude", "--replay", str(recordings),
                               "--json", home=home, env=OFFLINE, timeout=240)
    assert replayed.returncode == 0, replayed.stderr
    second = json.loads(replayed.stdout)
    assert [_without_time(c) for c in second["cases"]] == [_without_time(c) for c in first["cases"]]
    assert {k: v for k, v in second["summary"].items() if k != "seconds"} == \
           {k: v for k, v in first["summary"].items() if k != "seconds"}


def test_replay_of_a_request_never_recorded_is_a_case_error_not_a_crash(tmp_path: Path):
    suite, empty, home = _suite(tmp_path / "cases"), tmp_path / "empty", tmp_path / "home"
    empty.mkdir()
    proc = run_cli("eval", "--cases", str(suite), "--extractor", "claude", "--replay", str(empty), "--json",
                   home=home, env=OFFLINE)
    assert proc.returncode == 0, proc.stderr
    (case,) = json.loads(proc.stdout)["cases"]
    assert case["passed"] is False and "no recorded response" in case["errors"][0]
