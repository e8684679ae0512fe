"""Progress on long work shows on a terminal's stderr, and never in a pipe or with `--json`."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import threading
from pathlib import Path

from tests.conftest import ROOT, accrue_command, run_cli_process

EVENTS = ROOT / "examples" / "events"


def _with_terminal_stderr(args: list[str], home: Path) -> tuple[str, str]:
    """Run `accrue ARGS` with stdout a pipe and stderr a terminal, as when a person redirects only the output."""
    leader, follower = pty.openpty()
    env = {**os.environ, "ACCRUE_HOME": str(home), "TERM": "xterm", "PYTHONPATH": str(ROOT)}
    env.pop("ANTHROPIC_API_KEY", None)
    proc = subprocess.Popen([*accrue_command(), *args], stdout=subprocess.PIPE, stderr=follower, env=env,
                            cwd=home.parent, text=True)
    os.close(follower)
    seen: list[bytes] = []

    def read() -> None:  # the terminal is read while the command runs, so a long spinner never fills it
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.append(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    out, _ = proc.communicate(timeout=300)
    reader.join(30)
    os.close(leader)
    assert proc.returncode == 0, b"".join(seen).decode()
    return out, b"".join(seen).decode("utf-8", "replace")


def test_a_payment_file_shows_progress_on_a_terminal_and_its_output_stays_clean(home: Path) -> None:
    folder = EVENTS / "payment"
    out, terminal = _with_terminal_stderr(["event", "payment", str(folder / "payments.csv"),
                                           "--books", str(folder / "books.json")], home)
    assert "Applying 4 rows of payments.csv" in terminal and "0:00:0" in terminal
    assert "Applying" not in out and "Cash application" in out


def test_a_bill_run_shows_progress_on_a_terminal(home: Path) -> None:
    _, terminal = _with_terminal_stderr(["bill", "--through", "2026-12-31"], home)
    assert "Bill run through 2026-12-31" in terminal


def test_no_progress_in_a_pipe_or_with_json(home: Path) -> None:
    folder = EVENTS / "payment"
    piped = run_cli_process("event", "payment", str(folder / "payments.csv"), "--books", str(folder / "books.json"),
                            home=home)
    assert "Applying" not in piped.stderr and "Applying" not in piped.stdout
    out, terminal = _with_terminal_stderr(["bill", "--through", "2026-12-31", "--json"], home)
    assert "Bill run" not in terminal
    assert json.loads(out)["kind"] == "bill_run"


def test_an_eval_shows_its_bar_on_a_terminal_but_not_with_json(home: Path) -> None:
    case = ROOT / "evals" / "cases" / "custom-terms-net60"
    _, terminal = _with_terminal_stderr(["eval", "--cases", str(case)], home)
    assert "1/1" in terminal
    out, terminal = _with_terminal_stderr(["eval", "--cases", str(case), "--json"], home)
    assert "1/1" not in terminal and json.loads(out)["cases"]
