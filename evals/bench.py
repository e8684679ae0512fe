"""`make bench`: accrue's costs at a finance team's scale, each beside a plain-Python floor, in one run.

    python evals/bench.py [--reps 3] [--eval-reps 1] [--no-eval] [--json]

Every figure is measured side by side with its floor in this one process run: A (accrue) and B
(the floor) alternate `--reps` times and the medians are compared, so a machine busy with other
work slows both alike. The floors do the same job with nothing else: a dict index and a sum DP for
cash application; `csv` and a dict group-by for usage; a bare interpreter for `accrue --help`;
`accrue extract` for `accrue run`; for `accrue serve` (on a loopback port), `GET /healthz` on the same
server for accepting contract webhooks, the same runs started in one process for processing them, and
the 100 ms bound for one payment event against 10,000 open invoices; one worker for
`accrue eval --concurrency 2`, whose speedup is set
beside what two CPU-bound processes gain on the machine at that moment; pypdf's own text
extraction for the embedded extractor (`evals/bench_extract.py`). Checkpoint sizes are compared
with their bound (100 KB). docs/performance.md keeps the table this prints.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from accrue.core.billing.cash import OpenInvoice, OpenLedger, Payment, allocate  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
USAGE_CASE = ROOT / "evals" / "cases" / "usage-overage-tiers"
ONE_PAGE = ROOT / "examples" / "acme" / "order-form.pdf"
CHECKPOINT_BOUND = 100_000


def alternate(a: Callable[[], float], b: Callable[[], float], reps: int) -> tuple[float, float]:
    """Medians of `reps` runs of each, A and B alternated."""
    times_a, times_b = [], []
    for _ in range(reps):
        times_a.append(a())
        times_b.append(b())
    return statistics.median(times_a), statistics.median(times_b)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def row(figure: str, ours: float, floor: float, unit: str, floor_name: str) -> dict[str, Any]:
    """One figure beside its floor; the ratio is accrue's cost over the floor's (for a rate, the floor's rate over
    accrue's), so above 1 is always slower than the floor."""
    cost = (floor / ours if ours else None) if unit == "/s" else (ours / floor if floor else None)
    return {"figure": figure, "accrue": round(ours, 4), "floor": round(floor, 4), "unit": unit,
            "floor_is": floor_name, "ratio": round(cost, 2) if cost is not None else None}


# -- cash application ---------------------------------------------------------------------------
def ledger(customers: int, per_customer: int, payments: int, seed: int = 17,
           ) -> tuple[list[OpenInvoice], list[tuple[Payment, str | None]]]:
    """Open invoices of many customers; payments by reference (several spellings), by exact amount, by a
    combination of two or three invoices, short, over, and from payers no customer matches."""
    rng = random.Random(seed)
    day0 = date(2026, 1, 1)
    invoices = [OpenInvoice(f"in_{c}_{k}", f"INV-{c:05d}{k:02d}", f"cus_{c}", "USD",
                            Decimal(rng.randrange(5_000, 900_000)) / 100, day0,
                            day0 + timedelta(days=rng.randrange(90)))
                for c in range(customers) for k in range(per_customer)]
    out: list[tuple[Payment, str | None]] = []
    for p in range(payments):
        c = rng.randrange(customers)
        own = invoices[c * per_customer:(c + 1) * per_customer]
        picked = rng.sample(own, rng.randrange(1, 4))
        amount = sum((inv.balance for inv in picked), Decimal(0))
        kind, reference, payer = rng.randrange(6), "", f"cus_{c}"
        if kind == 0:
            reference = " ".join(rng.choice([inv.number, inv.number.lower(), inv.number.replace("-", "")])
                                 for inv in picked)
        elif kind == 1:
            amount -= Decimal("12.34")
            reference = picked[0].number
        elif kind == 2:
            amount = sum((inv.balance for inv in own), Decimal("100.00"))
        elif kind == 3:
            amount = picked[0].balance
        elif kind == 4:
            payer = None
        out.append((Payment(f"P-{p}", day0, amount, "USD", f"Payer {c}", reference), payer))
    return invoices, out


def cash_accrue(invoices: list[OpenInvoice], payments: list[tuple[Payment, str | None]]) -> list[list[str]]:
    book = OpenLedger(invoices)
    return [[i for i, _ in book.apply(p, payer).allocations] for p, payer in payments]


def cash_floor(invoices: list[OpenInvoice], payments: list[tuple[Payment, str | None]]) -> list[list[str]]:
    """The plain version: one dict of normalised numbers, one of each payer's invoices, a sum DP per payment."""
    balance = {inv.id: inv.balance for inv in invoices}
    by_number = {re.sub(r"[^0-9a-z]", "", inv.number.lower()): inv for inv in invoices}
    by_payer: dict[str, list[OpenInvoice]] = {}
    for inv in invoices:
        by_payer.setdefault(inv.customer_id, []).append(inv)
    out = []
    for p, payer in payments:
        named = [by_number[k] for k in (re.sub(r"[^0-9a-z]", "", t.lower()) for t in p.reference.split())
                 if k in by_number and balance[by_number[k].id] > 0]
        chosen = named
        pool = [inv for inv in by_payer.get(payer or "", []) if balance[inv.id] > 0]
        if not chosen and pool:
            sums: dict[Decimal, list[int]] = {Decimal(0): [1, 0]}
            for i, inv in enumerate(pool):
                for total, (count, mask) in list(sums.items()):
                    reached = total + balance[inv.id]
                    if reached <= p.amount:
                        prev = sums.get(reached)
                        sums[reached] = [min(2, count + prev[0]), prev[1]] if prev else [count, mask | 1 << i]
            hit = sums.get(p.amount)
            if hit and hit[0] == 1:
                chosen = [inv for i, inv in enumerate(pool) if hit[1] >> i & 1]
            elif len(pool) == 1 or p.amount > sum(balance[inv.id] for inv in pool):
                chosen = pool
        current = [OpenInvoice(i.id, i.number, i.customer_id, i.currency, balance[i.id], i.invoice_date, i.due_date)
                   for i in chosen]
        allocations = allocate(p, current, "", payer).allocations if current else []
        for invoice_id, paid in allocations:
            balance[invoice_id] -= paid
        out.append([i for i, _ in allocations])
    return out


def bench_cash(reps: int, customers: int = 1_000, per_customer: int = 10, payments: int = 1_000) -> dict[str, Any]:
    invoices, paid = ledger(customers, per_customer, payments)
    assert cash_accrue(invoices, paid) == cash_floor(invoices, paid), "the floor must make the same matches"
    ours, floor = alternate(lambda: timed(lambda: cash_accrue(invoices, paid)),
                            lambda: timed(lambda: cash_floor(invoices, paid)), reps)
    return row(f"cash application, {payments:,} payments x {len(invoices):,} open invoices", ours, floor, "s",
               "dict index + sum DP")


# -- usage -----------------------------------------------------------------------------------------
# The process's peak resident memory. Not getrusage's ru_maxrss: on Linux it keeps the parent's peak across fork
# and exec, so a child started by a big parent reports the parent's.
PEAK_MB = """
def peak_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
"""
USAGE_ACCRUE = PEAK_MB + """
import json, sys, time
from datetime import date
from decimal import Decimal
from accrue.adapters.event_files import read_usage
from accrue.core.billing.periods import Period
from accrue.core.terms import UsageRule
from accrue.core.validation import screen_usage
rule = UsageRule.model_validate({"metric": "geocode_requests", "pricing_model": "per_unit",
                                 "tiers": [{"up_to": None, "unit_price": "0.001"}]})
start = time.perf_counter()
_, digest = read_usage(sys.argv[1], Period(date(2026, 7, 1), date(2026, 7, 31)))
screen = screen_usage(digest, "cus-contoso", {"cus-contoso"}, [rule], [], spike_factor=Decimal(3),
                      trailing_months=3)
print(json.dumps({"seconds": time.perf_counter() - start, "total": str(screen.totals.get(0)),
                  "peak_mb": peak_mb()}))
"""
USAGE_FLOOR = PEAK_MB + """
import csv, json, sys, time
from decimal import Decimal
start = time.perf_counter()
sums = {}
with open(sys.argv[1], newline="") as f:
    rows = csv.reader(f)
    next(rows)
    for event_id, customer, metric, quantity, stamp in rows:
        key = (customer, metric, stamp[:7])
        sums[key] = sums.get(key, 0) + Decimal(quantity)
print(json.dumps({"seconds": time.perf_counter() - start,
                  "total": str(sum(v for (customer, _, month), v in sums.items()
                                   if month == "2026-07" and customer == "cus-contoso")),
                  "peak_mb": peak_mb()}))
"""


def write_usage(path: Path, rows: int) -> None:
    with path.open("w") as out:
        out.write("event_id,customer_id,metric,quantity,timestamp\n")
        for i in range(rows):
            out.write(f"ev-{i},cus-contoso,geocode_requests,{i % 7},2026-07-{i % 31 + 1:02d}T{i % 24:02d}:00:00Z\n")


def child(script: str, *args: str) -> dict[str, Any]:
    proc = subprocess.run([PY, "-c", script, *args], capture_output=True, text=True, env=ENV, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_usage(reps: int, work: Path, rows: int = 1_000_000) -> list[dict[str, Any]]:
    path = work / "usage.csv"
    write_usage(path, rows)
    ours: list[dict[str, Any]] = []
    floor: list[dict[str, Any]] = []
    for _ in range(reps):
        ours.append(child(USAGE_ACCRUE, str(path)))
        floor.append(child(USAGE_FLOOR, str(path)))
    assert ours[0]["total"] == floor[0]["total"], (ours[0], floor[0])

    def median(runs: list[dict[str, Any]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    return [row(f"usage, {rows:,} rows read, deduped, screened (time)", median(ours, "seconds"),
                median(floor, "seconds"), "s", "csv + dict group-by"),
            row(f"usage, {rows:,} rows (peak memory of the process)", median(ours, "peak_mb"),
                median(floor, "peak_mb"), "MB", "csv + dict group-by")]


# -- checkpoints -----------------------------------------------------------------------------------
def largest_checkpoint(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(
            "SELECT max(length(c.checkpoint) + length(c.metadata) + coalesce((SELECT sum(length(w.value)) "
            "FROM writes w WHERE w.thread_id = c.thread_id AND w.checkpoint_id = c.checkpoint_id), 0)) "
            "FROM checkpoints c").fetchone()[0])


def accrue_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PY, "-m", "accrue", *args], capture_output=True, text=True, cwd=home.parent,
                          env={**ENV, "ACCRUE_HOME": str(home)})


def bench_checkpoints(work: Path) -> list[dict[str, Any]]:
    from evals.orderforms.generate import bench_form

    out = []
    home = work / "home-usage"
    for name in ("contract.pdf", "request.json", "books.json"):
        shutil.copy(USAGE_CASE / name, work / name)
    event = accrue_cli(home, "event", "usage", str(work / "usage.csv"), "--request", str(work / "request.json"),
                       "--contract", str(work / "contract.pdf"), "--books", str(work / "books.json"))
    assert event.returncode in (0, 1), event.stderr
    out.append(row("checkpoint, usage run of 1,000,000 rows (largest)", largest_checkpoint(home / "checkpoints.db"),
                   CHECKPOINT_BOUND, "bytes", "the 100 KB bound"))
    contract = work / "long.pdf"
    contract.write_bytes(bench_form(100))
    home = work / "home-contract"
    accrue_cli(home, "run", str(contract))
    out.append(row("checkpoint, 100-page contract run of 68 fee lines (largest)",
                   largest_checkpoint(home / "checkpoints.db"), CHECKPOINT_BOUND, "bytes", "the 100 KB bound"))
    return out


# -- commands --------------------------------------------------------------------------------------
def bench_commands(reps: int, work: Path) -> list[dict[str, Any]]:
    def fresh() -> Path:
        return Path(tempfile.mkdtemp(dir=work)) / "home"

    help_, bare = alternate(lambda: timed(lambda: accrue_cli(fresh(), "--help")),
                            lambda: timed(lambda: subprocess.run([PY, "-c", "pass"], check=True)), reps)
    books, _ = alternate(lambda: timed(lambda: accrue_cli(fresh(), "books", "--json")), lambda: 0.0, reps)
    run, extract = alternate(lambda: timed(lambda: accrue_cli(fresh(), "run", str(ONE_PAGE))),
                             lambda: timed(lambda: accrue_cli(fresh(), "extract", str(ONE_PAGE))), reps)
    return [row("accrue --help", help_, bare, "s", "bare interpreter"),
            row("accrue books --json (new data folder)", books, bare, "s", "bare interpreter"),
            row("accrue run, one-page contract (new data folder)", run, extract, "s", "accrue extract of it")]


# -- the service -----------------------------------------------------------------------------------
SECRET = "whsec_" + base64.b64encode(b"accrue-bench-secret-32-bytes-lon").decode()


class Served:
    """`accrue serve` on a loopback port in a child process, with a fresh data folder, and signed POSTs to it."""

    def __init__(self, home: Path):
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.home = home
        env = {**ENV, "ACCRUE_HOME": str(home), "ACCRUE_WEBHOOK_SECRET": SECRET}
        self.log = (home.parent / f"serve-{self.port}.log").open("w")
        self.proc = subprocess.Popen([PY, "-m", "accrue", "serve", "--port", str(self.port)], cwd=home.parent,
                                     env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=60)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if self.client.get("/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"accrue serve did not start: {(home.parent / f'serve-{self.port}.log').read_text()}")

    def post(self, kind: str, event_id: str, body: bytes) -> int:
        from accrue.interfaces.server.signing import signed_headers

        headers = {**signed_headers(SECRET, event_id, body, timestamp=int(time.time())),
                   "content-type": "application/json"}
        return self.client.post(f"/webhooks/{kind}", content=body, headers=headers).status_code

    def processed(self) -> int:
        with sqlite3.connect(self.home / "accrue.db") as conn:
            return int(conn.execute("SELECT count(*) FROM webhook_events WHERE status IN ('done', 'failed')")
                       .fetchone()[0])

    def wait_processed(self, count: int, timeout: float = 600) -> None:
        deadline = time.monotonic() + timeout
        while self.processed() < count:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{count - self.processed()} events not processed after {timeout} s")
            time.sleep(0.005)

    def close(self) -> None:
        self.client.close()
        self.proc.terminate()
        self.proc.wait(30)
        self.log.close()


def contract_bodies(count: int) -> list[bytes]:
    """The acme order form `count` times, each with a trailing PDF comment so each is its own contract (run)."""
    pdf, deal = ONE_PAGE.read_bytes(), json.loads((ONE_PAGE.parent / "deal.json").read_text())
    return [json.dumps({"document": {"filename": f"order-form-{i}.pdf", "content_base64": base64.b64encode(
        pdf + f"\n% copy {i}\n".encode()).decode()}, "deal": deal}).encode() for i in range(count)]


IN_PROCESS_RUNS = """
import json, sys, time
from pathlib import Path
from accrue.workflow.service import RunService
files = sorted(Path(sys.argv[1]).glob("*.pdf"))
with RunService() as rt:
    rt.start_contract_run(files[0], Path(sys.argv[2]))  # imports and tables, as the service has them
    start = time.perf_counter()
    for f in files[1:]:
        rt.start_contract_run(f, Path(sys.argv[2]))
print(json.dumps({"per_second": (len(files) - 1) / (time.perf_counter() - start)}))
"""


def bench_service(work: Path, events: int = 60) -> list[dict[str, Any]]:
    bodies = contract_bodies(events + 1)
    served = Served(work / "home-serve")
    try:
        assert served.post("contract-signed", "ev-warm", bodies[0]) == 202
        served.wait_processed(1)  # the writer has imported and built what a run needs
        start = time.perf_counter()
        statuses = [served.post("contract-signed", f"ev-{i}", body) for i, body in enumerate(bodies[1:])]
        accepted = time.perf_counter() - start
        served.wait_processed(events + 1)
        processed = time.perf_counter() - start
        health = timed(lambda: [served.client.get("/healthz") for _ in range(events)])
    finally:
        served.close()
    assert statuses == [202] * events, statuses
    folder = work / "contracts"
    folder.mkdir()
    for i, body in enumerate(bodies):
        (folder / f"c{i:04d}.pdf").write_bytes(base64.b64decode(json.loads(body)["document"]["content_base64"]))
    home = work / "home-in-process"
    proc = subprocess.run([PY, "-c", IN_PROCESS_RUNS, str(folder), str(ONE_PAGE.parent / "deal.json")],
                          capture_output=True, text=True, env={**ENV, "ACCRUE_HOME": str(home)}, cwd=work, check=True)
    in_process = json.loads(proc.stdout.strip().splitlines()[-1])["per_second"]
    return [row("service: contract webhooks accepted (per second)", events / accepted, events / health, "/s",
                "GET /healthz on the same server"),
            row("service: contract events processed, runs done (per second)", events / processed, in_process, "/s",
                "the same runs started in one process"),
            bench_service_payment(work)]


def bench_service_payment(work: Path, invoices: int = 10_000, events: int = 8) -> dict[str, Any]:
    """One payment event against `invoices` open invoices: from the POST to its run done, through the service
    (the median of `events - 1`, after one that warms the writer up)."""
    home = work / "home-payment"
    seed = {"customers": [{"id": f"cus_{c}", "legal_name": f"Customer {c}", "currency": "USD"}
                          for c in range(invoices // 10)],
            "invoices": [{"id": f"in_{k}", "customer_id": f"cus_{k // 10}", "number": f"INV-{k:06d}",
                          "invoice_date": "2026-01-01", "due_date": "2026-02-01", "currency": "USD",
                          "amount": f"{100 + k % 900}.00", "amount_paid": "0", "status": "open"}
                         for k in range(invoices)]}
    (work / "books.json").write_text(json.dumps(seed))
    subprocess.run([PY, "-c", "import sys; from accrue.workflow.service import RunService\n"
                    "with RunService() as rt: rt.seed_books(sys.argv[1])", str(work / "books.json")],
                   env={**ENV, "ACCRUE_HOME": str(home)}, cwd=work, check=True)
    served = Served(home)
    times = []
    try:
        for n in range(events):
            k = 7 * n + 1
            body = json.dumps({"payments": [{"payment_id": f"P-{n}", "date": "2026-02-10",
                                             "amount": f"{100 + k % 900}.00", "currency": "USD",
                                             "payer": f"Customer {k // 10}", "reference": f"INV-{k:06d}"}]}).encode()
            start = time.perf_counter()
            assert served.post("payment", f"pay-{n}", body) == 202
            served.wait_processed(n + 1)
            times.append(time.perf_counter() - start)
    finally:
        served.close()
    return row(f"service: one payment event against {invoices:,} open invoices (POST to run done)",
               statistics.median(times[1:]), 0.1, "s", "the 100 ms bound")


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def two_processes_speedup(n: int = 10_000_000) -> float:
    """How much faster two CPU-bound Python processes finish two jobs than one process does them in turn: what
    two cores give right now (less when other work holds one)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    one = timed(lambda: (_burn(n), _burn(n)))
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        two = timed(lambda: list(pool.map(_burn, [n, n])))
    return one / two


def bench_eval(reps: int, work: Path) -> list[dict[str, Any]]:
    def eval_with(n: int) -> float:
        return timed(lambda: accrue_cli(Path(tempfile.mkdtemp(dir=work)) / "home", "eval", "--concurrency", str(n),
                                        "--json"))

    evals: list[float] = []
    burns: list[float] = []
    twos: list[float] = []
    ones: list[float] = []
    for _ in range(reps):
        twos.append(eval_with(2))
        ones.append(eval_with(1))
        evals.append(ones[-1] / twos[-1])
        burns.append(two_processes_speedup())
    two, one = statistics.median(twos), statistics.median(ones)
    return [row("accrue eval --concurrency 2, committed corpus", two, one, "s", "--concurrency 1"),
            row("eval speedup from 2 workers (x)", statistics.median(evals), statistics.median(burns), "x",
                "2 CPU-bound processes' speedup")]


def bench_extraction(pages: int) -> dict[str, Any]:
    proc = subprocess.run([PY, str(ROOT / "evals" / "bench_extract.py"), "--pages", str(pages), "--runs", "3",
                           "--json"], capture_output=True, text=True, env=ENV)
    report = json.loads(proc.stdout)
    pages = report["pages"]
    return row(f"embedded extraction, {pages}-page form (per page)", report["extract_seconds_median"] / pages * 1000,
               report["read_seconds_median"] / pages * 1000, "ms", "pypdf text extraction")


PARTS = ("cash", "usage", "checkpoints", "commands", "service", "payment", "eval", "extraction")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="accrue's costs at scale, each beside its plain-Python floor.")
    parser.add_argument("--reps", type=int, default=3, help="runs of each A and B (medians)")
    parser.add_argument("--eval-reps", type=int, default=1, help="runs of each eval (a few minutes each)")
    parser.add_argument("--no-eval", action="store_true", help="leave out the eval concurrency figure")
    parser.add_argument("--only", default=",".join(PARTS), help=f"some of: {', '.join(PARTS)} (comma-separated)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    parts = set(args.only.split(",")) - ({"eval"} if args.no_eval else set())
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="accrue-bench-") as tmp:
        work = Path(tmp)
        if "cash" in parts:
            rows.append(bench_cash(args.reps))
            rows.append(bench_cash(args.reps, customers=10_000, payments=10_000))
        if "usage" in parts or "checkpoints" in parts:
            rows += bench_usage(args.reps, work)
        if "checkpoints" in parts:
            rows += bench_checkpoints(work)
        if "commands" in parts:
            rows += bench_commands(args.reps, work)
        if "service" in parts:
            rows += bench_service(work)  # the payment event's row among them
        elif "payment" in parts:
            rows.append(bench_service_payment(work))
        if "eval" in parts:
            rows += bench_eval(args.eval_reps, work)
        if "extraction" in parts:
            rows += [bench_extraction(10), bench_extraction(100)]
    if args.json:
        print(json.dumps({"reps": args.reps, "rows": rows}, indent=2))
        return 0
    print(f"medians of {args.reps} alternated runs (eval: {args.eval_reps}); ratio = accrue / floor")
    print(f"{'figure':<64} {'accrue':>14} {'floor':>14} {'ratio':>7}  floor is")
    for r in rows:
        ours, floor = f"{r['accrue']:,.3f} {r['unit']}", f"{r['floor']:,.3f} {r['unit']}"
        print(f"{r['figure']:<64} {ours:>14} {floor:>14} {r['ratio']:>7}  {r['floor_is']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
