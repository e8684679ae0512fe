"""The demo's policy with a read-only sales person added to [people], for the tests of who may decide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from accrue.workflow.service import RunService

DEFAULT_POLICY = Path(__file__).parent.parent / "accrue" / "adapters" / "policy.toml"
SALES = "Riley Sales"


def service_with_sales_person(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunService]:
    """A run service under the demo's policy with `SALES` listed as sales (read-only)."""
    policy = tmp_path / "policy.toml"
    text = DEFAULT_POLICY.read_text()
    listed = '"Fran Finance" = "finance"\n'
    assert listed in text
    policy.write_text(text.replace(listed, f'{listed}"{SALES}" = "sales"\n'))
    monkeypatch.setenv("ACCRUE_POLICY", str(policy))
    with RunService() as service:
        yield service
