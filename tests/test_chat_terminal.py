"""`accrue chat` driven as a person would: a real pseudo-terminal (pexpect), keystrokes in, screen text out.

Offline (no ANTHROPIC_API_KEY), over the three example contracts run first in this test's
data folder. The books are then read back with `accrue books --json`, outside the chat's process.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from tests.conftest import example, run_cli

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")


class Terminal:
    """One `accrue chat` process on a pty; `ask` types a line and returns the screen text of the answer."""

    def __init__(self, home: Path, *args: str):
        """Offline unless the test put ANTHROPIC_API_KEY (and a loopback ANTHROPIC_BASE_URL) in the environment."""
        name = args[args.index("--as") + 1]
        token = run_cli("people", "token", name, home=home, check=True).stdout.strip()  # the person signs in first
        env = {**os.environ, "ACCRUE_HOME": str(home), "TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1",
               "NO_COLOR": "1", "ACCRUE_TOKEN": token}
        self.screen = io.StringIO()
        self.child = pexpect.spawn(sys.executable, ["-m", "accrue", "chat", *args], env=env, cwd=str(home.parent),
                                   encoding="utf-8", dimensions=(50, 220), timeout=60)
        self.child.logfile_read = self.screen
        self.prompt = re.escape(name) + ">"
        self.child.expect(self.prompt)

    def text(self, since: int = 0) -> str:
        return ANSI.sub("", self.screen.getvalue()[since:])

    def ask(self, line: str, *expect: str) -> str:
        start = len(self.screen.getvalue())
        self.child.sendline(line)
        for pattern in expect:
            self.child.expect(pattern)
        self.child.expect(self.prompt)
        return self.text(start)

    def close(self) -> int:
        self.child.sendcontrol("d")
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus


@pytest.fixture
def demo_home(runtime, home: Path) -> Path:
    for slug in ("acme", "globex", "initech"):
        runtime.start_contract_run(*example(slug))
    runtime.close()
    return home


def _invoices(home: Path) -> dict[str, dict]:
    books = json.loads(run_cli("books", "--json", home=home, check=True).stdout)
    return {i["number"]: i for i in books["invoices"]}


def test_offline_session_answers_decides_and_guards_the_gate(demo_home: Path) -> None:
    dana = Terminal(demo_home, "--as", "Dana Controller")
    assert "offline parser" in dana.text()

    out = dana.ask("what are Acme's payment terms?", r"Net 45")
    assert 'Acme Corporation\'s payment terms: Net 45.' in out
    assert 'p.1 "Payment Terms: Net 45"' in out

    out = dana.ask("why is the Acme invoice held?", r"held for approval because")
    assert "payment terms Net 45 are outside the allowed Net 0, 15 or 30 days" in out

    out = dana.ask("show me everything waiting for my approval", r"waiting for your approval")
    acme = re.search(r"\[([0-9a-f]{8}/a\d+)\] Invoice Acme Corporation USD 24,000\.00, dated 2026-05-01, "
                     r"due 2026-06-15", out)
    assert acme, out

    dana.child.send("half a line")  # Ctrl-C drops the line being typed and keeps the session
    dana.child.sendcontrol("c")
    dana.child.expect(dana.prompt)

    out = dana.ask("approve the Acme invoice", r"Approved .* completed")
    assert re.search(r"invoice INV-0003: USD 24000\.00, due 2026-06-15", out), out

    out = dana.ask("credit 500 on INV-0001 for the outage, reason SLA breach", r"Queued for approval")
    credit = re.search(r"\[([0-9a-f]{8}/a\d+)\] Credit EUR 500\.00 on INV-0001: SLA breach \(outage\)\. "
                       r"\(Globex GmbH\)", out)
    assert credit, out
    assert "not executed" in out

    out = dana.ask(f"/approve {credit.group(1)}", r"Can't do that")
    assert "Dana Controller requested" in out and "cannot approve their own request" in out
    assert dana.close() == 0

    invoices = _invoices(demo_home)
    assert (invoices["INV-0003"]["customer_id"], invoices["INV-0003"]["amount"]) == ("cus-acme-corporation",
                                                                                      "24000.00")
    assert invoices["INV-0001"]["balance"] == "3000.00"  # the credit waits; nothing credited yet

    sam = Terminal(demo_home, "--as", "Sam Lee", "--role", "controller")
    out = sam.ask("/pending", r"waiting for approval")
    assert credit.group(1) in out and "requested by Dana Controller" in out
    out = sam.ask(f"/approve {credit.group(1)}", r"Approved")
    assert "EUR 500.00" in out and "INV-0001 balance EUR 2500.00" in out
    sam.child.sendline("/quit")
    sam.child.expect(pexpect.EOF)
    assert _invoices(demo_home)["INV-0001"]["balance"] == "2500.00"

    again = Terminal(demo_home, "--as", "Dana Controller", "--resume")
    assert re.search(r"Resuming your conversation \(\d+ messages so far\)", again.text())
    out = again.ask("tell me a joke", r"needs the LLM")
    assert "ANTHROPIC_API_KEY" in out
    assert again.close() == 0


def test_claude_session_streams_in_the_terminal_and_reports_cost(demo_home: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """With a key, the same terminal talks to Claude (a scripted API on 127.0.0.1, streaming SSE)."""
    from tests import anthropic_mock as api

    scripted = api.ScriptedAPI([
        api.tool_use_message("pending_approvals", {"mine_only": True}),
        api.text_message("One invoice waits for you: Acme Corporation, USD 24,000.00, held because Net 45 is "
                         "outside the allowed terms. Approve it with /approve if you agree.",
                         usage_=api.usage(1200, 60, cache_read=1000)),
    ])
    with api.LoopbackAPI(scripted) as server:
        monkeypatch.setenv("ANTHROPIC_BASE_URL", server.url)
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
        term = Terminal(demo_home, "--as", "Dana Controller")
        assert "Claude claude-haiku-5-5" in term.text()
        out = term.ask("anything for me today?", r"Approve it with /approve if you agree\.")
        assert "pending_approvals" in out and "One invoice waits for you" in out
        out = term.ask("/cost", r"This conversation")
        assert "This session: 2 call(s)" in out
        assert term.close() == 0
    assert [c["stream"] for c in scripted.calls] == [True, True]
    [result] = [b for b in scripted.calls[1]["messages"][-1]["content"] if b["type"] == "tool_result"]
    assert "Acme Corporation" in result["content"] and "payment terms Net 45" in result["content"]
