"""`accrue serve` as a real process: a signed webhook, the inbox in headless Chromium, a crash after the 202.

Chromium is Debian's (`apt-get install chromium`, which `.ci/run` does when it is missing),
driven over its DevTools protocol with one websocket: no driver binary, nothing fetched.
The screenshots go to `test-artifacts/` (gitignored).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, accrue_command, run_cli, run_cli_process
from tests.pdfs import order_form_pdf
from tests.server_support import TOKENS, accrue_toml, bearer, contract_body, signed, wait_for

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """`accrue serve` in its own process on a loopback port (with `fault`, through tests/crash_driver.py), with
    its log in a file."""

    def __init__(self, home: Path, config: Path, env: dict[str, str] | None = None, fault: str | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = home.parent / f"serve-{self.port}.log"
        full_env = {**os.environ, "ACCRUE_HOME": str(home), "ACCRUE_CONFIG": str(config), **(env or {})}
        full_env.pop("ANTHROPIC_API_KEY", None)
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen([*accrue_command(fault), "serve", "--port", str(self.port)],
                                         cwd=home.parent, env=full_env, stdout=out, stderr=subprocess.STDOUT)
        self.http = httpx.Client(base_url=self.url, timeout=30)
        try:
            wait_for(self._healthy, timeout=60, what="accrue serve to answer /healthz")
        except AssertionError:
            self.stop()
            raise AssertionError(f"accrue serve did not start:\n{self.log.read_text()}") from None

    def _healthy(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"accrue serve exited ({self.proc.returncode}):\n{self.log.read_text()}")
        try:
            return self.http.get("/healthz").status_code == 200
        except httpx.TransportError:
            return False

    def get(self, path: str, who: str = "controller", **kw: Any) -> Any:
        return self.http.get(path, headers=bearer(who), **kw).json()

    def post_webhook(self, kind: str, event_id: str, body: bytes) -> httpx.Response:
        return self.http.post(f"/webhooks/{kind}", content=body, headers=signed(event_id, body))

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, as in a crash or an OOM kill."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self.http.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.http.close()


@contextmanager
def service(home: Path, config: Path, env: dict[str, str] | None = None,
            fault: str | None = None) -> Iterator[Service]:
    svc = Service(home, config, env, fault)
    try:
        yield svc
    finally:
        svc.stop()


@pytest.fixture
def config(home: Path) -> Path:
    path = home.parent / "accrue.toml"
    path.write_text(accrue_toml())
    return path


class Chromium:
    """Just enough of the DevTools protocol: navigate, type, click with the mouse, evaluate, screenshot."""

    def __init__(self, width: int = 1440, height: int = 900):
        from websockets.sync.client import connect

        assert CHROMIUM is not None
        self.profile = tempfile.mkdtemp(prefix="accrue-chromium-")
        self.proc = subprocess.Popen([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}",
                                      "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                                      f"--window-size={width},{height}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        wait_for(lambda: port_file.is_file() and port_file.read_text().strip(), timeout=30,
                 what="Chromium's DevTools port")
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            page = next(t for t in json.load(r) if t["type"] == "page")
        self._stack = ExitStack()
        self.ws = self._stack.enter_context(connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=10))
        self._id = 0
        self.send("Page.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=False)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=60))
            if msg.get("id") == self._id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def js(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait(self, expression: str, timeout: float = 30) -> None:
        wait_for(lambda: self.js(f"!!({expression})"), timeout=timeout, what=expression)

    def goto(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait(f"location.href.startsWith({json.dumps(url)}) && document.readyState === 'complete'")

    def click(self, selector: str) -> None:
        """A real left click at the element's centre, as a person's mouse would do it."""
        x, y = self.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def type(self, selector: str, text: str) -> None:
        self.js(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", text=text)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))
        return path

    def close(self) -> None:
        try:
            self._stack.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


def net60_contract_body() -> bytes:
    """A generated order form with Net 60 terms (so it waits for approval), without a deal."""
    pdf = order_form_pdf({"Order Form Number": "OF-2026-0160", "Customer": "Northwind Traders", "Currency": "USD",
                          "Effective Date": "June 1, 2026", "Service Start Date": "June 1, 2026",
                          "Service End Date": "May 31, 2027", "Subscription Term": "12 months",
                          "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 60"},
                         ["Platform Subscription (SKU PLAT-STD): 1 x USD 9,000.00 per year"])
    return json.dumps({"document": {"filename": "northwind.pdf",
                                    "content_base64": base64.b64encode(pdf).decode()}}).encode()


def wait_run(svc: Service, run_id: str, status: str) -> dict[str, Any]:
    return wait_for(lambda: (run := svc.get(f"/api/runs/{run_id}")).get("status") == status and run,
                    timeout=60, what=f"run {run_id} to be {status}")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install -y --no-install-recommends "
                                             "chromium; .ci/run does this): the browser test cannot run")
def test_webhook_to_inbox_to_approval_in_a_browser(home: Path, config: Path):
    with service(home, config) as svc:
        body = contract_body("acme")
        ack = svc.post_webhook("contract-signed", "evt_e2e_acme", body)
        assert ack.status_code == 202, ack.text
        run_id = ack.json()["run_id"]
        other = svc.post_webhook("contract-signed", "evt_e2e_net60", net60_contract_body())
        other_id = other.json()["run_id"]
        wait_run(svc, run_id, "waiting_approval")
        wait_run(svc, other_id, "waiting_approval")

        browser = Chromium()
        try:
            browser.goto(svc.url + "/")
            browser.wait("document.querySelector('#token') !== null")
            browser.type("#token", TOKENS["controller"])
            browser.click("#signin-button")
            browser.wait("document.querySelector('.run .action') !== null")
            assert browser.js("document.querySelector('#who-name').textContent") == "Dana Controller"
            card = browser.js("document.querySelector('.run').innerText")
            assert "Acme Corporation" in card and "USD 24,000.00" in card and "Net 45" in card
            browser.screenshot(ARTIFACTS / "inbox.png")

            invoice_action = next(a["id"] for a in svc.get(f"/api/runs/{run_id}")["inbox"]["pending"]
                                  if a["type"] == "create_invoice")
            browser.click(f"button.approve[data-run='{run_id}'][data-action='{invoice_action}']")
            browser.wait(f"document.querySelector('#run-{run_id} .result.ok, #run-{run_id} .result.error')",
                         timeout=60)
            result = browser.js(f"document.querySelector('#run-{run_id} .result').innerText")
            browser.screenshot(ARTIFACTS / "inbox-approved.png")

            # Rejecting asks for a reason first.
            reject = f"#run-{other_id} button.reject"
            browser.click(reject)
            browser.wait(f"!document.querySelector('#run-{other_id} .reject-form').hidden")
            browser.type(f"#run-{other_id} .reject-form textarea", "Net 60 was never agreed")
            browser.click(f"#run-{other_id} .reject-form button[type=submit]")
            browser.wait(f"document.querySelector('#run-{other_id} .result.ok, #run-{other_id} .result.error')",
                         timeout=60)
            rejected = browser.js(f"document.querySelector('#run-{other_id} .result').innerText")
        finally:
            browser.close()
        assert rejected.startswith("Rejected by Dana Controller"), rejected
        audit = json.loads(run_cli("audit", other_id, "--json", home=home, check=True).stdout)
        assert any(e["event"] == "rejected" and e["detail"].get("reason") == "Net 60 was never agreed" for e in audit)
        assert "Approved by Dana Controller" in result and "completed" in result, result
        assert "Issue invoice: executed" in result

        assert svc.get(f"/api/runs/{run_id}")["status"] == "completed"
        books = json.loads(run_cli("books", "--json", home=home, check=True).stdout)
        [invoice] = books["invoices"]
        assert invoice["customer_id"] == "cus-acme-corporation"
        assert invoice["amount"] == "24000.00" and invoice["currency"] == "USD"
        assert invoice["id"] in result, (invoice, result)
        assert svc.get("/api/books")["invoices"] == books["invoices"]
    assert (ARTIFACTS / "inbox.png").stat().st_size > 10_000


def go_live_contract_body() -> bytes:
    """An order form whose start date is labelled "Go-live:", which the embedded reader does not know."""
    pdf = order_form_pdf({"Customer": "Umbrella Corp", "Go-live": "1 March 2026", "Term": "12 months",
                          "Currency": "USD", "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
                         ["Platform (SKU P-1): 10 x USD 1,200.00 per year"])
    deal = {"deal_id": "D-UMB-1", "deal_name": "Umbrella", "stage": "Closed Won", "account_name": "Umbrella Corp",
            "close_date": "2026-02-20", "currency": "USD", "amount": "12000.00"}
    return json.dumps({"document": {"filename": "umbrella.pdf", "content_base64": base64.b64encode(pdf).decode()},
                       "deal": deal}).encode()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install -y --no-install-recommends "
                                             "chromium; .ci/run does this): the browser test cannot run")
def test_a_run_in_needs_review_is_corrected_in_the_inbox_by_selecting_the_words_on_the_page(home: Path,
                                                                                            config: Path):
    with service(home, config) as svc:
        ack = svc.post_webhook("contract-signed", "evt_e2e_go_live", go_live_contract_body())
        run_id = ack.json()["run_id"]
        held = wait_run(svc, run_id, "needs_review")
        assert held["terms"]["service_start_date"] is None

        browser = Chromium()
        try:
            browser.goto(svc.url + "/")
            browser.type("#token", TOKENS["finance"])
            browser.click("#signin-button")
            form = f"#run-{run_id} form.correct-form[data-path='service_start_date']"
            browser.wait(f"document.querySelector({json.dumps(form)}) !== null")
            assert "Needs review" in browser.js(f"document.querySelector('#run-{run_id} .review').textContent")
            assert browser.js(f"document.querySelectorAll('#run-{run_id} button.approve').length") == 0
            browser.type(f"{form} input[name=value]", "2026-03-01")
            # A person selects the words on the page with the mouse: here the selection is set on the page text,
            # then the mouse button comes up over it, as it does at the end of a drag.
            browser.js(f"""(() => {{
                const pre = document.querySelector('#run-{run_id} .page-text[data-page="1"]');
                const node = pre.firstChild; const at = node.textContent.indexOf('Go-live: 1 March 2026');
                const range = document.createRange(); range.setStart(node, at);
                range.setEnd(node, at + 'Go-live: 1 March 2026'.length);
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                pre.dispatchEvent(new MouseEvent('mouseup', {{bubbles: true}})); }})()""")
            assert browser.js(f"document.querySelector({json.dumps(form + ' q.quote')}).textContent") == \
                "Go-live: 1 March 2026"
            browser.screenshot(ARTIFACTS / "inbox-needs-review.png")
            browser.click(f"{form} button[type=submit]")
            browser.wait(f"document.querySelector({json.dumps(form + ' .result.ok')}) || "
                         f"document.querySelector({json.dumps(form + ' .result.error')})", timeout=60)
            said = browser.js(f"document.querySelector({json.dumps(form + ' .result')}).innerText")
        finally:
            browser.close()
        assert said.startswith("Corrected service start date to 2026-03-01"), said
        done = wait_run(svc, run_id, "completed")
        (correction,) = done["corrections"]
        cite = correction["citation"]
        assert (correction["by"], cite["page"], cite["quote"]) == ("Fran Finance", 1, "Go-live: 1 March 2026")
        (invoice,) = [a for a in done["actions"] if a["type"] == "create_invoice"]
        assert (invoice["invoice_date"], invoice["amount"], invoice["status"]) == ("2026-03-01", "12000.00",
                                                                                   "executed")


def test_event_acknowledged_then_crash_is_processed_after_restart(home: Path, config: Path):
    body = contract_body("acme")
    with service(home, config, fault="stall-before-run") as svc:
        ack = svc.post_webhook("contract-signed", "evt_crash", body)
        assert ack.status_code == 202
        # The writer claimed the event and stalled before starting its run (the fault); now the process dies.
        wait_for(lambda: svc.get("/api/events/evt_crash")["status"] == "processing", what="the event to be claimed")
        # One writer per data folder: a second service on it refuses to start.
        # A new process, as a second service would be: the lock is between processes, and a serve that did not
        # refuse would run a server here.
        second = run_cli_process("serve", "--port", str(free_port()), home=home,
                                 env={"ACCRUE_CONFIG": str(config)}, timeout=60)
        assert second.returncode == 2 and "already has a writer" in second.stderr
        svc.kill()

    db = sqlite3.connect(home / "accrue.db")
    try:
        assert db.execute("select status, attempts from webhook_events where id = 'evt_crash'").fetchall() == [
            ("processing", 1)]
        assert db.execute("select count(*) from runs").fetchone() == (0,)
    finally:
        db.close()

    with service(home, config) as svc:
        event = wait_for(lambda: (e := svc.get("/api/events/evt_crash"))["status"] == "done" and e,
                         what="the event to be processed after the restart")
        assert event["attempts"] == 2 and event["run_id"] == ack.json()["run_id"]
        wait_run(svc, event["run_id"], "waiting_approval")
        # The sender retries the delivery it never saw processed: still one event, one run.
        again = svc.post_webhook("contract-signed", "evt_crash", body)
        assert again.status_code == 200 and again.json()["duplicate"] is True
        assert len(svc.get("/api/runs")) == 1
