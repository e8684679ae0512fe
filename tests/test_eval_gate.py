"""The CI quality gate: the whole committed suite (`evals/cases`) through `accrue eval --gate`, offline.

Gate: approval recall 1.0, no case errors, extraction field accuracy >= 0.95 on the generated order forms and
>= 0.85 on the hand-written ones. The suite runs with the embedded extractor, two cases at a time, in well under a
minute on the CI machine; the report is kept under test-artifacts/ for a person to open.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.runner import SUMMARY_KEYS
from tests.conftest import ROOT, run_cli


@pytest.mark.timeout(600)
def test_committed_suite_passes_the_quality_gate(home: Path):
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    proc = run_cli("eval", "--cases", str(ROOT / "evals" / "cases"), "--gate", "--json", "--concurrency", "2",
                   "--report", str(artifacts / "eval-report.html"), home=home)
    assert proc.stdout, proc.stderr
    data = json.loads(proc.stdout)
    summary = data["summary"]
    assert tuple(summary) == SUMMARY_KEYS
    assert summary["cases"] >= 12 + 40 + 5  # the edge cases, the generated and the hand-written order forms
    errors = {c["id"]: c["errors"] for c in data["cases"] if c["errors"]}
    assert not errors, f"cases errored: {errors}"
    assert summary["approval_recall"] == 1.0, [c["id"] for c in data["cases"]
                                               if (c["scores"].get("approvals") or {}).get("fn")]
    assert proc.returncode == 0, f"gate failed:\n{proc.stderr}"
