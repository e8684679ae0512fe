"""Shared fixtures: an isolated data folder per test, the bundled examples, no real network, and the CLI runners.

Any socket connection to a non-loopback address fails the test: tests talk only to
services they start themselves on 127.0.0.1 (localstripe, fake Salesforce, Slack).
`run_cli` calls `accrue` inside the test process (a new interpreter costs about a second);
`run_cli_process` starts one, for the tests where the process boundary is the point.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import os
import socket
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
import typer
from hypothesis import settings as hypothesis_settings
from typer.testing import CliRunner

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


# What every `accrue` call in a test sees besides the process environment: its data folder, no Claude key unless
# the test passes one, and a pipe 80 columns wide whatever terminal runs the tests (no forced colour).
_CLI_ENV: dict[str, str | None] = {"ANTHROPIC_API_KEY": None, "COLUMNS": "80", "FORCE_COLOR": None,
                                   "TTY_COMPATIBLE": None}


def _cli_env(home: Path, env: Mapping[str, str | None] | None) -> dict[str, str | None]:
    return {**_CLI_ENV, "ACCRUE_HOME": str(home), **(env or {})}


def _signed_in(args: tuple[str, ...], home: Path,
               env: Mapping[str, str | None] | None) -> Mapping[str, str | None] | None:
    """`env` with the sign-in of the person `--as` names, as a person would first do: `accrue people token NAME`
    into ACCRUE_TOKEN. Skipped when the test sets ACCRUE_TOKEN itself (None: no sign-in at all), and for a name
    policy.toml does not list (nobody can issue them a token; the command refuses them by name)."""
    if "--as" not in args or "ACCRUE_TOKEN" in (env or {}) or args[:2] == ("people", "token"):
        return env
    name = args[args.index("--as") + 1]
    issued = run_cli("people", "token", name, home=home, env=env)
    return {**(env or {}), "ACCRUE_TOKEN": issued.stdout.strip()} if issued.returncode == 0 else env


def _checked(proc: subprocess.CompletedProcess[str], args: tuple[str, ...],
             check: bool) -> subprocess.CompletedProcess[str]:
    if check and proc.returncode != 0:
        raise AssertionError(f"accrue {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@functools.cache
def _accrue_app() -> typer.Typer:
    """The `accrue` app, imported the first time as a new process meets it: writing to a pipe, COLUMNS unset.

    Rich settles a console's colours, and a width taken from COLUMNS, when the console is created at import.
    """
    with CliRunner().isolation(env={"COLUMNS": None, "FORCE_COLOR": None, "TTY_COMPATIBLE": None}):
        import accrue.interfaces.cli.common  # noqa: F401  (the consoles; the command modules load when used)
        from accrue.interfaces.cli.main import app
    return app


def run_cli(*args: str, home: Path, check: bool = False,
            env: Mapping[str, str | None] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `accrue ...` inside this process with typer's test runner; the way to call the CLI in a test.

    The call sees what a new process would (ACCRUE_HOME, `env` on top of this environment, None removing a
    variable; the working directory home's parent) and all of it is restored afterwards. stdout and stderr stay
    apart. An exception the CLI does not turn into an exit code fails the test with its traceback (a process
    would exit 1). Use `run_cli_process` when the process boundary is what the test is about.
    """
    env = _signed_in(args, home, env)
    previous = Path.cwd()
    os.chdir(home.parent)
    try:
        result = CliRunner().invoke(_accrue_app(), list(args), env=_cli_env(home, env), catch_exceptions=False,
                                    prog_name="accrue")
    finally:
        os.chdir(previous)
    return _checked(subprocess.CompletedProcess(["accrue", *args], result.exit_code, result.stdout, result.stderr),
                    args, check)


CRASH_DRIVER = ROOT / "tests" / "crash_driver.py"


def accrue_command(fault: str | None = None) -> list[str]:
    """How to start `accrue` in a new process; with `fault`, through tests/crash_driver.py, which injects it."""
    return [sys.executable, str(CRASH_DRIVER), fault] if fault else [sys.executable, "-m", "accrue"]


def run_cli_process(*args: str, home: Path, check: bool = False, env: Mapping[str, str | None] | None = None,
                    timeout: float = 120, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `accrue ...` in a new process: for resuming across processes, killing one, or a server that may start.

    Nothing this process holds in memory (engines, registered secrets, loaded modules) reaches the call. With
    `fault`, the process injects it (tests/crash_driver.py): a real SIGKILL mid-run, for example.
    """
    env = _signed_in(args, home, env)
    full_env = {k: v for k, v in {**os.environ, **_cli_env(home, env)}.items() if v is not None}
    proc = subprocess.run([*accrue_command(fault), *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=home.parent)
    return _checked(proc, args, check)


def cli_json(*args: str, home: Path) -> object:
    return json.loads(run_cli(*args, "--json", home=home, check=True).stdout)
