"""`accrue eval --gate` fails when any case fails, not only when one errors or an average drops."""

from __future__ import annotations

from pathlib import Path

from evals.cases import load_cases
from evals.gate import check
from evals.runner import RunOptions, run_cases
from tests.test_evals import _acme_case


def test_the_gate_fails_when_no_case_passes(tmp_path: Path, home: Path) -> None:
    _acme_case(tmp_path / "one", "one", {"terms": {"payment_terms_days": 30}})  # the form says Net 45
    _acme_case(tmp_path / "two", "two", {"terms": {"customer_legal_name": "Someone Else Ltd"}})
    result = run_cases(load_cases([tmp_path]), RunOptions(concurrency=1))
    assert [r.passed for r in result.cases] == [False, False] and not any(r.errors for r in result.cases)
    gate = check(result)
    assert not gate.passed
    assert gate.failures == ["2 case(s) did not pass: one, two"]


def test_the_gate_passes_when_every_case_passes(tmp_path: Path, home: Path) -> None:
    _acme_case(tmp_path / "one", "one", {"terms": {"payment_terms_days": 45}})
    gate = check(run_cases(load_cases([tmp_path]), RunOptions(concurrency=1)))
    assert gate.passed, gate.failures
    assert ("failed cases", "0 of 1 (allowed 0)", True) in gate.checks
