"""Shared fixtures: an isolated data folder per test, the bundled examples, and no real network.

Any socket connection to a non-loopback address fails the test: tests talk only to
services they start themselves on 127.0.0.1 (localstripe, fake Salesforce, Slack).
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# Property tests explore new inputs on every local run (that is how they find bugs); in CI they replay a fixed
# sequence so a submission never fails on an input nobody saw. No deadline: the CI machine is shared.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else None
    if isinstance(host, str) and self.family in (socket.AF_INET, socket.AF_INET6):
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            raise RuntimeError(f"test tried to reach the network ({host}); use a loopback fake")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ACCRUE_HOME; the working directory moves to tmp so no stray accrue.toml/policy.toml applies."""
    data = tmp_path / "accrue-home"
    monkeypatch.setenv("ACCRUE_HOME", str(data))
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return data


@pytest.fixture
def runtime(home: Path):
    from accrue.workflow.service import RunService

    rt = RunService()
    yield rt
    rt.close()


def example(slug: str) -> tuple[Path, Path]:
    return EXAMPLES / slug / "order-form.pdf", EXAMPLES / slug / "deal.json"


CRASH_DRIVER = ROOT / "tests" / "crash_driver.py"


def accrue_command(fault: str | None = None) -> list[str]:
    """How to start `accrue` in a new process; with `fault`, through tests/crash_driver.py, which injects it."""
    return [sys.executable, str(CRASH_DRIVER), fault] if fault else [sys.executable, "-m", "accrue"]


def run_cli(*args: str, home: Path, check: bool = False, env: dict[str, str] | None = None,
            timeout: float = 120, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `accrue ...` in a new process (so nothing in memory survives between calls), with `fault` if given."""
    full_env = {k: v for k, v in os.environ.items() if k != "ANTHROPIC_API_KEY"}
    full_env.update({"ACCRUE_HOME": str(home), **(env or {})})
    proc = subprocess.run([*accrue_command(fault), *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=home.parent)
    if check and proc.returncode != 0:
        raise AssertionError(f"accrue {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def cli_json(*args: str, home: Path) -> object:
    return json.loads(run_cli(*args, "--json", home=home, check=True).stdout)
