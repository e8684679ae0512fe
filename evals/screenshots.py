"""Screenshots of every action type as people see them: the terminal, the web inbox and the eval report.

`python evals/screenshots.py OUT_DIR` builds a fresh ACCRUE_HOME from the bundled examples whose runs between them
propose every action type, then captures `accrue pending` and `accrue show RUN` in an 80-column terminal (tmux when
it is installed, else a pseudo-terminal), the inbox page `accrue serve` renders, and an eval report. Each capture is
saved as text (what tests/test_screenshots.py reads) and, when Chromium is installed, as a PNG. Nothing here is
committed: OUT_DIR is the caller's.
"""

from __future__ import annotations

import argparse
import fcntl
import html
import json
import os
import pty
import re
import shlex
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import termios
import time
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EVENTS = EXAMPLES / "events"
WIDTH, HEIGHT = 80, 50
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]|\x1b\][^\x07]*\x07")
APPROVER = "Fran Finance"

# Initech's next invoices, after its 400.00 credit note went to its credit balance: one paid in full, one paid
# short (a collections task) and one the held credit now matches (a credit use that waits for approval).
NEXT_INVOICES = {"customers": [{"id": "cus-initech-llc", "legal_name": "Initech LLC", "currency": "USD"}],
                 "invoices": [{"id": f"INV-010{n}", "number": f"INV-010{n}", "customer_id": "cus-initech-llc",
                               "invoice_date": "2026-04-01", "due_date": due, "currency": "USD", "amount": amount,
                               "amount_paid": "0", "status": "open"}
                              for n, due, amount in ((5, "2026-04-30", "1000.00"), (6, "2026-05-15", "500.00"),
                                                     (7, "2026-05-15", "900.00"))]}
NEXT_PAYMENTS = ("payment_id,date,amount,currency,payer,reference\n"
                 "P-3001,2026-05-02,500.00,USD,Initech LLC,INV-0106\n"
                 "P-3002,2026-05-03,600.00,USD,Initech LLC,INV-0107\n")


@dataclass
class Shots:
    """What one session wrote: the runs it made, and each capture's text file (and PNG when one was taken)."""

    runs: dict[str, str] = field(default_factory=dict)
    texts: dict[str, Path] = field(default_factory=dict)
    pngs: dict[str, Path] = field(default_factory=dict)


def accrue_env(home: Path) -> dict[str, str]:
    """The environment every `accrue` this script starts sees: its own home, this checkout first on the path."""
    env = {k: v for k, v in os.environ.items() if k not in {"ANTHROPIC_API_KEY", "DATABASE_URL", "ACCRUE_TOKEN"}}
    path = [str(ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    return {**env, "ACCRUE_HOME": str(home), "PYTHONPATH": os.pathsep.join(path), "COLUMNS": str(WIDTH)}


def accrue(home: Path, *args: str, token: str | None = None) -> dict[str, object]:
    """One `accrue ... --json` in a new process; the parsed output."""
    env = accrue_env(home) | ({"ACCRUE_TOKEN": token} if token else {})
    proc = subprocess.run([sys.executable, "-m", "accrue", *args, "--json"], capture_output=True, text=True,
                          env=env, cwd=home.parent, timeout=300)
    if proc.returncode != 0:
        raise SystemExit(f"accrue {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def token_for(home: Path, name: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "accrue", "people", "token", name], capture_output=True, text=True,
                          env=accrue_env(home), cwd=home.parent, timeout=120, check=True)
    return proc.stdout.strip()


def build_books(home: Path, inputs: Path) -> dict[str, str]:
    """Runs that between them propose every action type; their ids by what they are."""
    inputs.mkdir(parents=True, exist_ok=True)
    (inputs / "next-invoices.json").write_text(json.dumps(NEXT_INVOICES, indent=1))
    (inputs / "next-payments.csv").write_text(NEXT_PAYMENTS)
    runs: dict[str, str] = {}
    request = EVENTS / "change-request"
    runs["credit-note"] = str(accrue(home, "event", "change-request", str(request / "request.json"),
                                     "--books", str(request / "books.json"))["run_id"])
    accrue(home, "approve", runs["credit-note"], "--as", APPROVER, token=token_for(home, APPROVER))
    runs["credit-use"] = str(accrue(home, "event", "payment", str(inputs / "next-payments.csv"),
                                    "--books", str(inputs / "next-invoices.json"))["run_id"])
    runs["refund"] = str(accrue(home, "refund", "--customer", "Initech LLC", "--amount", "100.00", "--currency", "USD",
                                "--reason", "Initech asked for part of its SLA credit back", "--as", APPROVER,
                                token=token_for(home, APPROVER))["run_id"])
    runs["acme-contract"] = str(accrue(home, "run", str(EXAMPLES / "acme" / "order-form.pdf"),
                                       "--deal", str(EXAMPLES / "acme" / "deal.json"))["run_id"])
    payment = EVENTS / "payment"
    runs["payments"] = str(accrue(home, "event", "payment", str(payment / "payments.csv"),
                                  "--books", str(payment / "books.json"))["run_id"])
    runs["initech-contract"] = str(accrue(home, "run", str(EXAMPLES / "initech" / "order-form.pdf"),
                                          "--deal", str(EXAMPLES / "initech" / "deal.json"))["run_id"])
    runs["close"] = str(accrue(home, "close", "--period", "2026-03")["run_id"])
    return runs


def terminal_text(command: list[str], env: dict[str, str], cwd: Path, how: str) -> str:
    """What a person sees running `command` in an 80-column terminal, every line as the terminal shows it
    (a line wider than the terminal comes back whole, so its width shows)."""
    return _tmux_text(command, env, cwd) if how == "tmux" else _pty_text(command, env, cwd)


def _tmux_text(command: list[str], env: dict[str, str], cwd: Path) -> str:
    server = f"accrue-shots-{uuid.uuid4().hex[:8]}"  # a private server: our environment, nobody else's sessions
    done = "__accrue_screenshot_done__"
    settings = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items() if k.isidentifier())
    script = f"cd {shlex.quote(str(cwd))} && env {settings} {shlex.join(command)}; echo {done}; sleep 600"
    tmux = ["tmux", "-L", server, "-f", os.devnull]
    subprocess.run([*tmux, "new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT), "-s", "shot", "sh", "-c",
                    script], check=True)
    try:
        subprocess.run([*tmux, "set-option", "-t", "shot", "history-limit", "20000"], check=True)
        deadline = time.monotonic() + 300
        text = ""
        while time.monotonic() < deadline:
            text = subprocess.run([*tmux, "capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", "shot"],
                                  capture_output=True, text=True, check=True).stdout
            if done in text:
                break
            time.sleep(0.2)
        else:
            raise SystemExit(f"{shlex.join(command)} did not finish in tmux within 300 s")
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
    return text.split(done)[0].rstrip() + "\n"


def _pty_text(command: list[str], env: dict[str, str], cwd: Path) -> str:
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
    proc = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower, env={**env, "TERM": "xterm"},
                            cwd=cwd, close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the command exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(300)
    os.close(leader)
    text = ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n").replace("\r", "")
    return text.rstrip() + "\n"


def capture_terminal(home: Path, runs: dict[str, str], out: Path, how: str) -> dict[str, Path]:
    """`accrue pending` and `accrue show RUN` for each run, as text files."""
    env = accrue_env(home)
    base = [sys.executable, "-m", "accrue"]
    commands = {"pending": [*base, "pending"]} | {f"show-{name}": [*base, "show", run] for name, run in runs.items()}
    written = {}
    for name, command in commands.items():
        path = out / f"terminal-{name}.txt"
        path.write_text(terminal_text(command, env, home.parent, how))
        written[f"terminal-{name}"] = path
    return written


class _Text(HTMLParser):
    """A page's visible text, one line per block, without its styles and scripts."""

    BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "section", "article", "table", "br", "pre", "summary"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"style", "script", "head"}:
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in {"td", "th"}:
            self.parts.append("  ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script", "head"}:
            self._hidden -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def page_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def capture_inbox(home: Path, out: Path) -> Path:
    """The inbox `accrue serve` renders for a controller, saved as a page (its stylesheet inlined) and as text."""
    token = token_for(home, "Dana Controller")
    port = free_port()
    log = out / "serve.log"
    with log.open("wb") as sink:
        server = subprocess.Popen([sys.executable, "-m", "accrue", "serve", "--port", str(port)],
                                  env=accrue_env(home), cwd=home.parent, stdout=sink, stderr=subprocess.STDOUT)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            deadline = time.monotonic() + 60
            while True:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"accrue serve did not start:\n{log.read_text()}")
                try:
                    if http.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            page = http.get("/", headers={"Authorization": f"Bearer {token}"})
            page.raise_for_status()
            css = http.get("/static/inbox.css").text
    finally:
        server.terminate()
        server.wait(30)
    inlined = re.sub(r'<link rel="stylesheet" href="/static/inbox.css">', f"<style>{css}</style>", page.text)
    (out / "inbox.html").write_text(inlined)
    (out / "inbox.txt").write_text(page_text(page.text))
    return out / "inbox.txt"


def capture_eval_report(home: Path, out: Path) -> Path:
    """The HTML report of `accrue eval` over one bundled case, saved as a page and as text."""
    report = out / "eval-report.html"
    subprocess.run([sys.executable, "-m", "accrue", "eval", "--cases", str(ROOT / "evals" / "cases" /
                                                                          "custom-terms-net60"),
                    "--report", str(report)], env=accrue_env(home), cwd=home.parent, capture_output=True,
                   timeout=600, check=False)
    if not report.is_file():
        raise SystemExit("accrue eval wrote no report")
    (out / "eval-report.txt").write_text(page_text(report.read_text()))
    return out / "eval-report.txt"


def chromium() -> str | None:
    return next((found for name in ("chromium", "chromium-browser", "google-chrome")
                 if (found := shutil.which(name))), None)


def screenshot(browser: str, page: Path, png: Path, size: tuple[int, int]) -> Path | None:
    """A PNG of a local page in headless Chromium; None when Chromium wrote none."""
    with tempfile.TemporaryDirectory(prefix="accrue-chromium-") as profile:
        subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
                        f"--window-size={size[0]},{size[1]}", page.as_uri()], capture_output=True, timeout=120,
                       check=False)
    return png if png.is_file() else None


def terminal_page(text: str, path: Path) -> Path:
    """A terminal capture as a page Chromium can photograph: light text on dark, 80 columns, monospace."""
    path.write_text("<!doctype html><meta charset='utf-8'><body style='margin:0;background:#1e1e1e'>"
                    "<pre style='margin:0;padding:8px;color:#e6e6e6;font:14px/1.25 monospace;width:82ch'>"
                    f"{html.escape(text)}</pre>")
    return path


def take(out: Path, how: str, *, pages: bool = True, photos: bool = True) -> Shots:
    """Build the books and capture every view (the inbox and the eval report too with `pages`); with `photos`,
    photograph each capture when Chromium is here."""
    out.mkdir(parents=True, exist_ok=True)
    home = out / "home"
    if home.exists():
        shutil.rmtree(home)
    shots = Shots(runs=build_books(home, out / "inputs"))
    shots.texts = capture_terminal(home, shots.runs, out, how)
    if pages:
        shots.texts["inbox"] = capture_inbox(home, out)
        shots.texts["eval-report"] = capture_eval_report(home, out)
    browser = chromium() if photos else None
    for name, text in shots.texts.items() if browser else ():
        if name.startswith("terminal-"):
            shown = text.read_text()
            page, size = terminal_page(shown, out / f"{name}.html"), (720, 40 + 18 * shown.count("\n"))
        else:
            page, size = out / f"{name}.html", (1280, 2000)
        if browser and (png := screenshot(browser, page, out / f"{name}.png", size)):
            shots.pngs[name] = png
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the captures (created; its home/ is rebuilt)")
    parser.add_argument("--terminal", choices=["auto", "tmux", "pty"], default="auto",
                        help="tmux when installed (auto), else a pseudo-terminal")
    parser.add_argument("--terminal-only", action="store_true", help="no inbox and no eval report")
    parser.add_argument("--no-png", action="store_true", help="text captures only, no Chromium screenshots")
    args = parser.parse_args(argv)
    how = args.terminal if args.terminal != "auto" else ("tmux" if shutil.which("tmux") else "pty")
    shots = take(args.out, how, pages=not args.terminal_only, photos=not args.no_png)
    for name, path in shots.texts.items():
        print(f"{name}: {path}" + (f" and {shots.pngs[name]}" if name in shots.pngs else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
