"""`accrue report`: each operations measure ties to the books and runs it counts (recomputed here)."""

from __future__ import annotations

import json
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import EXAMPLES, cli_json, example, run_cli

EVENTS = EXAMPLES / "events"


def _activity(runtime) -> None:
    """Three contracts and a payment file (their held actions approved by a controller), and a change request
    whose credit still waits."""
    for slug in ("globex", "initech", "acme"):
        runtime.start_contract_run(*example(slug))
    [acme] = [v for v in runtime.pending() if (v.terms or {}).get("customer_legal_name") == "Acme Corporation"]
    runtime.decide(acme.run_id, approve=[], by="Dana Controller")
    paid = runtime.start_run("payment", {"payments": EVENTS / "payment" / "payments.csv",
                                         "books": EVENTS / "payment" / "books.json"})
    runtime.accept_terms(paid.run_id, by="Dana Controller", reason="the unmatched payment is chased by hand")
    runtime.decide(paid.run_id, approve=[], by="Dana Controller")
    runtime.start_run("change_request", {"request": EVENTS / "change-request" / "request.json",
                                         "books": EVENTS / "change-request" / "books.json"})


def test_every_measure_recounts_from_the_books_and_runs(runtime, home: Path, tmp_path: Path) -> None:
    _activity(runtime)
    out = cli_json("report", home=home)
    measures = {m["key"]: m for m in out["measures"]}
    assert list(measures) == ["contract_to_first_invoice", "manual_touches_per_invoice", "invoice_correction_rate",
                              "revenue_leakage_caught", "days_sales_outstanding", "cash_application_match_rate",
                              "open_exceptions", "connector_failures", "approvals_decided_in_accrue"]
    assert all(m["definition"] and m["value"] for m in measures.values())

    books = cli_json("books", "--json", home=home)
    runs = cli_json("runs", "--json", home=home)
    audits = {r["run_id"]: cli_json("audit", r["run_id"], home=home) for r in runs}

    issued = [r for r in measures["contract_to_first_invoice"]["records"]]
    invoiced_runs = {r["run_id"] for r in runs if r.get("terms") and any(
        a["type"] == "create_invoice" and a["status"] == "executed" for a in r["actions"])}
    assert {r["run_id"] for r in issued} == invoiced_runs and len(issued) == 3

    touches = [e for a in audits.values() for e in a if e["actor"] != "accrue"
               and e["event"] in {"approved", "rejected", "modified", "corrected", "terms_accepted"}]
    assert len(measures["manual_touches_per_invoice"]["records"]) == len(touches) == 3
    assert measures["manual_touches_per_invoice"]["number"] == len(touches) / len(books["invoices"])

    received = sum(Decimal(p["amount"]) for p in books["payments"])
    applied = sum(Decimal(a["amount"]) for p in books["payments"] for a in p["allocations"])
    assert received > 0 and measures["cash_application_match_rate"]["number"] == float(applied / received)

    waiting = [r for r in runs if r["status"] in {"waiting_approval", "needs_review", "failed"}]
    assert {x["run_id"] for x in measures["open_exceptions"]["records"]} == {r["run_id"] for r in waiting}
    assert waiting  # the change request's credit waits

    held = [(r["run_id"], a["id"]) for r in runs for a in r["actions"] if a["needs_approval"]]
    assert {(x["run_id"], x["action_id"]) for x in measures["approvals_decided_in_accrue"]["records"]} == set(held)
    leak = measures["revenue_leakage_caught"]["records"]
    found = [(r["run_id"], f["message"]) for r in runs for f in r["findings"]]
    assert {(x["run_id"], x["finding"]) for x in leak} <= set(found) and leak
    assert measures["connector_failures"]["number"] == 0

    page = tmp_path / "report.html"
    run_cli("report", "--html", str(page), home=home, check=True)
    text = page.read_text()
    assert text.count("<svg") >= 7 and "http" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    HTMLParser().feed(text)
    for m in measures.values():
        assert m["title"] in text


def test_the_period_selects_records_by_their_own_date(runtime, home: Path) -> None:
    _activity(runtime)
    none = cli_json("report", "--from", "2001-01-01", "--to", "2001-12-31", home=home)
    assert all(m["records"] == [] for m in none["measures"])
    bad = run_cli("report", "--from", "1 April", home=home)
    assert bad.returncode == 2 and "--from: '1 April' is not a date; write it as YYYY-MM-DD" in bad.stderr
    text = run_cli("report", home=home, check=True).stdout
    assert "Days sales outstanding" in text and all(len(line) <= 80 for line in text.splitlines())
    assert json.loads(run_cli("report", "--json", home=home, check=True).stdout)["from"] is None
