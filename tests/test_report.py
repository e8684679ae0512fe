"""`accrue report`: each operations measure ties to the books and runs it counts (recomputed here)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

from accrue.interfaces.report import Measure, Period, RunFacts, build
from accrue.interfaces.report_html import page
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

    currencies = {p["currency"] for p in books["payments"]}
    assert currencies == {"EUR", "USD"}  # cash in two currencies never adds up: a rate per currency
    for cur in currencies:
        received = sum(Decimal(p["amount"]) for p in books["payments"] if p["currency"] == cur)
        applied = sum(Decimal(a["amount"]) for p in books["payments"] if p["currency"] == cur
                      for a in p["allocations"])
        assert received > 0 and f"{cur} {applied / received:.1%}" in measures["cash_application_match_rate"]["value"]

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


# -- a quarter worked by hand ------------------------------------------------------------------------------------
# Q1 2026, reported on 2026-04-10. Every figure below is worked out here from these records, not by the report.
Q1 = {"since": date(2026, 1, 1), "until": date(2026, 3, 31), "today": date(2026, 4, 10)}


def _run(run_id: str, kind: str, customer: str, status: str, started: str, actions: list[dict],
         events: list[tuple[str, str, str | None, str]], findings: list[tuple[str, str]] = ()) -> RunFacts:
    """A run as the report reads it; `events` are (at, event, action id, actor) after its start."""
    view = {"run_id": run_id, "kind": kind, "status": status, "terms": {"customer_legal_name": customer},
            "actions": actions, "findings": [{"code": c, "message": m} for c, m in findings]}
    audit = [{"at": started, "event": "run_started", "actor": "accrue", "action_id": None, "detail": {}}]
    audit += [{"at": at, "event": event, "action_id": action, "actor": actor, "target": "stripe",
               "detail": {"error": "timed out"} if event == "failed" else {}} for at, event, action, actor in events]
    return RunFacts(view, audit)


def _action(action_id: str, kind: str, status: str, held: bool) -> dict:
    return {"id": action_id, "type": kind, "status": status, "needs_approval": held}


QUARTER_RUNS = [
    # Acme: Net 45 held the invoice; Dana approved it a day later; issued 25.5 hours after the contract arrived.
    _run("r-acme", "new_contract", "Acme Corporation", "completed", "2026-01-05T09:00:00+00:00",
         [_action("a1", "create_invoice", "executed", True)],
         [("2026-01-06T09:00:00+00:00", "approved", "a1", "Dana Controller"),
          ("2026-01-06T10:30:00+00:00", "executed", "a1", "accrue")],
         [("non_standard_payment_terms", "payment terms Net 45 are outside the standard")]),
    # Initech: its held invoice was let through outside accrue; issued 6 minutes (0.1 hours) in.
    _run("r-initech", "new_contract", "Initech LLC", "completed", "2026-02-02T08:00:00+00:00",
         [_action("a1", "create_invoice", "executed", True)],
         [("2026-02-02T08:06:00+00:00", "executed", "a1", "accrue")]),
    # Globex: the CRM amount did not match; Fran corrected the terms; issued 36 hours in.
    _run("r-globex", "new_contract", "Globex GmbH", "completed", "2026-03-02T12:00:00+00:00",
         [_action("a1", "create_invoice", "executed", False)],
         [("2026-03-03T12:00:00+00:00", "corrected", None, "Fran Finance"),
          ("2026-03-04T00:00:00+00:00", "executed", "a1", "accrue")],
         [("crm_amount_mismatch", "the CRM deal says USD 18,000.00, the contract USD 20,000.00")]),
    # Payments: a short payment's write-off was rejected by Dana; 500.00 stayed unapplied.
    _run("r-cash", "payment", "", "completed", "2026-03-10T09:00:00+00:00",
         [_action("a1", "apply_payment", "executed", False), _action("a2", "write_off", "rejected", True)],
         [("2026-03-10T09:00:05+00:00", "executed", "a1", "accrue"),
          ("2026-03-11T09:00:00+00:00", "rejected", "a2", "Dana Controller")],
         [("unapplied_cash", "payment P-2 exceeds the invoices it pays by 500.00 USD")]),
    # A credit note still waiting (21 days on Apr 10) and a usage run Stripe failed (17 days).
    _run("r-credit", "change_request", "Initech LLC", "waiting_approval", "2026-03-20T10:00:00+00:00",
         [_action("a1", "create_credit_note", "proposed", True)], []),
    _run("r-usage", "usage", "Initech LLC", "failed", "2026-03-24T10:00:00+00:00",
         [_action("a1", "create_invoice", "failed", False)],
         [("2026-03-24T10:00:10+00:00", "failed", "a1", "accrue")],
         [("usage_outside_period", "3 usage rows fall outside the billed month")]),
    # Before the quarter: counted by nothing.
    _run("r-old", "new_contract", "Old Co", "waiting_approval", "2025-12-20T09:00:00+00:00",
         [_action("a1", "create_invoice", "proposed", True)], [], [("crm_amount_mismatch", "old")]),
]


def _invoice(number: str, day: str, currency: str, amount: str, paid: str = "0", credited: str = "0") -> dict:
    balance = Decimal(amount) - Decimal(paid) - Decimal(credited)
    return {"id": number, "number": number, "invoice_date": day, "due_date": day, "currency": currency,
            "amount": amount, "amount_paid": paid, "amount_credited": credited, "amount_written_off": "0",
            "balance": f"{balance:.2f}"}


def _payment(pid: str, day: str, currency: str, amount: str, allocations: dict[str, str]) -> dict:
    applied = sum((Decimal(a) for a in allocations.values()), Decimal(0))
    return {"id": pid, "payment_date": day, "currency": currency, "amount": amount,
            "allocations": [{"invoice_id": i, "amount": a} for i, a in allocations.items()],
            "unapplied": f"{Decimal(amount) - applied:.2f}"}


QUARTER_BOOKS = {
    "invoices": [_invoice("INV-0", "2025-12-20", "USD", "2000.00"),
                 _invoice("INV-1", "2026-01-06", "USD", "10000.00", paid="10000.00"),
                 _invoice("INV-2", "2026-02-02", "USD", "6000.00", paid="3000.00"),
                 _invoice("INV-3", "2026-03-01", "USD", "4000.00", credited="1000.00"),
                 _invoice("INV-4", "2026-03-04", "EUR", "5000.00")],
    "credit_notes": [{"invoice_id": "INV-3", "amount": "1000.00", "currency": "USD"}],
    "payments": [_payment("P-0", "2025-12-28", "USD", "2000.00", {"INV-0": "2000.00"}),
                 _payment("P-1", "2026-02-01", "USD", "10000.00", {"INV-1": "10000.00"}),
                 _payment("P-2", "2026-03-10", "USD", "3500.00", {"INV-2": "3000.00"}),
                 _payment("P-3", "2026-03-20", "EUR", "1000.00", {})],
}


def _quarter(until: date = Q1["until"]) -> dict[str, Measure]:
    measures = build(QUARTER_RUNS, QUARTER_BOOKS, Period(Q1["since"], until), Q1["today"])
    return {m.key: m for m in measures}


def test_contract_to_first_invoice_is_the_median_of_hours_to_each_first_invoice() -> None:
    m = _quarter()["contract_to_first_invoice"]
    assert [(r["run_id"], r["hours"]) for r in m.records] == [("r-acme", 25.5), ("r-initech", 0.1),
                                                              ("r-globex", 36.0)]
    assert m.number == 25.5 and m.value == "25.5 hours (median of 3)"


def test_manual_touches_are_the_decisions_people_made_per_invoice_issued() -> None:
    m = _quarter()["manual_touches_per_invoice"]
    # Dana's approval, Fran's correction and Dana's rejection, over INV-1..INV-4.
    assert [(t["run_id"], t["event"], t["who"]) for t in m.records] == [
        ("r-acme", "approved", "Dana Controller"), ("r-globex", "corrected", "Fran Finance"),
        ("r-cash", "rejected", "Dana Controller")]
    assert m.number == 3 / 4 and m.value == "0.75 (3 touches, 4 invoice(s))"


def test_the_correction_rate_counts_credited_invoices_of_the_quarter() -> None:
    m = _quarter()["invoice_correction_rate"]
    assert m.records == [{"invoice": "INV-3", "invoice_date": "2026-03-01", "credited": "USD 1,000.00",
                          "amount": "USD 4,000.00"}]
    assert m.number == 0.25 and m.value == "25.0% (1 of 4)"


def test_leakage_caught_sorts_each_finding_into_its_kind() -> None:
    m = _quarter()["revenue_leakage_caught"]
    assert [(r["run_id"], r["kind"]) for r in m.records] == [
        ("r-acme", "terms missed"), ("r-globex", "amounts that did not reconcile"),
        ("r-cash", "amounts that did not reconcile"), ("r-usage", "usage not billed")]
    assert m.value == "4 caught (2 amounts that did not reconcile, 1 terms missed, 1 usage not billed)"


def test_dso_is_open_over_invoiced_times_the_days_per_currency() -> None:
    m = _quarter()["days_sales_outstanding"]
    # USD: open on Mar 31 is INV-2 6,000 - 3,000 paid + INV-3 4,000 - 1,000 credited = 6,000 of 20,000 invoiced,
    # over the quarter's 90 days: 27 days. EUR: INV-4 is wholly open: 90 days. Two currencies never add up.
    assert m.value == ("EUR 90 days (open EUR 5,000.00 of EUR 5,000.00 invoiced); "
                       "USD 27 days (open USD 6,000.00 of USD 20,000.00 invoiced)")
    assert m.number is None and m.weekly == []
    # Charted per currency: on Sunday Mar 8 EUR's 5,000 is all open over the 67 days since Jan 1.
    assert set(m.weekly_by_currency) == {"EUR", "USD"} and m.weekly_by_currency["EUR"][0] == (date(2026, 3, 2), 67.0)
    assert page([m], "2026-01-01", "2026-03-31", "2026-04-10").count("<svg") == 2
    assert [(r["invoice"], r["open"]) for r in m.records] == [("INV-2", "USD 3,000.00"), ("INV-3", "USD 3,000.00"),
                                                              ("INV-4", "EUR 5,000.00")]
    # January and February alone are in USD: INV-2's 6,000 still open on Feb 28 of 16,000 invoiced, over 59 days.
    two_months = _quarter(until=date(2026, 2, 28))["days_sales_outstanding"]
    assert two_months.number == 6000 / 16000 * 59
    assert two_months.value == "USD 22 days (open USD 6,000.00 of USD 16,000.00 invoiced)"
    # The chart: on Sunday Jan 11, INV-1's 10,000 is open over 11 days; on Feb 8 it was paid, INV-2 is open.
    weekly = dict(two_months.weekly)
    assert weekly[date(2026, 1, 5)] == 11.0 and weekly[date(2026, 2, 2)] == round(6000 / 16000 * 39, 1)


def test_cash_application_match_rate_is_applied_over_received_per_currency() -> None:
    m = _quarter()["cash_application_match_rate"]
    # USD: 10,000 + 3,000 applied of 10,000 + 3,500 received; EUR: none of P-3's 1,000 applied.
    assert m.value == f"EUR 0.0%; USD {Decimal(13000) / Decimal(13500):.1%} of 3 payment(s)"
    assert "USD 96.3%" in m.value and m.number is None
    assert m.weekly_by_currency == {"EUR": [(date(2026, 3, 16), 0.0)],
                                    "USD": [(date(2026, 1, 26), 1.0), (date(2026, 3, 9), 3000 / 3500)]}
    assert [(r["payment"], r["applied_to"], r["unapplied"]) for r in m.records] == [
        ("P-1", ["INV-1"], "USD 0.00"), ("P-2", ["INV-2"], "USD 500.00"), ("P-3", [], "EUR 1,000.00")]
    usd_only = _quarter(until=date(2026, 2, 28))["cash_application_match_rate"]
    assert usd_only.number == 1.0 and usd_only.weekly == [(date(2026, 1, 26), 1.0)]


def test_open_exceptions_are_the_runs_waiting_or_failed_with_their_age() -> None:
    m = _quarter()["open_exceptions"]
    assert [(r["run_id"], r["status"], r["age_days"]) for r in m.records] == [
        ("r-credit", "waiting_approval", 21), ("r-usage", "failed", 17)]
    assert m.value == "2 open, oldest 21 days, median 19 days"


def test_connector_failures_and_approvals_decided_in_accrue() -> None:
    quarter = _quarter()
    failures = quarter["connector_failures"]
    assert [(r["run_id"], r["target"], r["error"]) for r in failures.records] == [("r-usage", "stripe", "timed out")]
    assert failures.value == "1 failure(s)"
    approvals = quarter["approvals_decided_in_accrue"]
    # Held: Acme's invoice (approved), Initech's (let through elsewhere), the write-off (rejected), the credit
    # (waiting): 2 of the 3 decided were decided in accrue.
    assert [(r["run_id"], r["decided"]) for r in approvals.records] == [
        ("r-acme", "approved"), ("r-initech", "elsewhere"), ("r-cash", "rejected"), ("r-credit", "pending")]
    assert approvals.number == 2 / 3 and approvals.value == "66.7% (2 of 3; 1 still waiting)"
