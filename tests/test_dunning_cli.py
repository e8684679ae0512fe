"""`accrue dun` and `accrue refund` end to end from the CLI, on hand-worked figures.

Dunning runs over a contract with a 1.5% monthly late fee (USD 58,200.00 due 2027-02-16): nothing at 6 days; at 7 a
reminder and a late fee of 200.91 held for approval; the same day again changes nothing; at 21 the fee is the
interest through day 21 less what was charged. Refunds come from the 400.00 credit Initech holds after its SLA
credit on a paid invoice.
"""

from __future__ import annotations

import json
import subprocess
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from accrue.interfaces.server.worker import Writer
from accrue.settings import load_settings
from tests.conftest import EXAMPLES, cli_json, example, run_cli

D = Decimal
CASE = Path(__file__).resolve().parents[1] / "evals" / "cases" / "orderforms" / "gen-sections-03"


def _billed_with_late_fee(home: Path) -> None:
    """The contract's first invoice: USD 58,200.00 due 2027-02-16; the contract charges 1.5% a month when late."""
    view = cli_json("run", str(CASE / "contract.pdf"), "--deal", str(CASE / "deal.json"), home=home)
    assert view["terms"]["late_fee_percent_per_month"] == "1.5"
    done = cli_json("approve", view["run_id"], "--as", "Dana Controller", home=home)
    (invoice,) = [a for a in done["actions"] if a["type"] == "create_invoice"]
    assert (done["status"], invoice["amount"], invoice["due_date"]) == ("completed", "58200.00", "2027-02-16")


def test_dunning_reminds_at_7_days_charges_the_late_fee_on_approval_and_never_twice(home: Path) -> None:
    _billed_with_late_fee(home)
    quiet = cli_json("dun", "--as-of", "2027-02-22", home=home)  # 6 days overdue: no step reached
    assert (quiet["kind"], quiet["status"], quiet["actions"]) == ("dunning", "completed", [])

    view = cli_json("dun", "--as-of", "2027-02-23", home=home)
    assert view["status"] == "waiting_approval"
    notice, fee, entry = view["actions"]
    assert (notice["type"], notice["status"], notice["needs_approval"]) == ("notify", "executed", False)
    assert "reminder (7 days overdue)" in notice["message"] and "USD 200.91" in notice["message"]
    assert (fee["type"], fee["amount"], fee["needs_approval"], fee["reasons"]) == (
        "create_invoice", "200.91", True, ["late fees need approval"])
    assert entry["depends_on"] == [fee["id"]] and entry["status"] == "proposed"

    again = cli_json("dun", "--as-of", "2027-02-23", home=home)  # the same day again: the same run, nothing new
    assert (again["run_id"], again["already_processed"]) == (view["run_id"], True)
    assert cli_json("dun", "--as-of", "2027-02-24", home=home)["actions"] == []  # step 7 is done

    approved = cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)
    assert approved["status"] == "completed"
    books = cli_json("books", home=home)
    (late,) = [i for i in books["invoices"] if i["id"] == "fee-" + _first_invoice_id(books) + "-d7"]
    assert (late["amount"], late["approved_by"]) == ("200.91", "Fran Finance")
    (posted,) = [je for je in books["journal_entries"] if je["source_ref"] == late["id"]]
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in posted["lines"]] == [
        ("1100", "200.91", "0"), ("4300", "0", "200.91")]  # Dr Accounts Receivable / Cr Late Fee Income

    # day 21: the step's own window, 602.73 through day 21 less 200.91 through day 7; a late fee earns no interest
    later = cli_json("dun", "--as-of", "2027-03-09", home=home)
    fees = [a for a in later["actions"] if a["type"] == "create_invoice"]
    assert [(f["invoice_id"], f["amount"]) for f in fees] == [(late["id"].replace("-d7", "-d21"), "401.82")]
    reminders = [a["message"] for a in later["actions"] if a["type"] == "notify"]
    assert len(reminders) == 2 and any("reminder (21 days overdue)" in m for m in reminders)
    assert any(late["number"] in m and "late fee" not in m for m in reminders)  # reminded, never charged


def _first_invoice_id(books: dict) -> str:
    return next(i["id"] for i in books["invoices"] if i["amount"] == "58200.00")


def test_collections_task_after_60_days_once(home: Path) -> None:
    _billed_with_late_fee(home)
    view = cli_json("dun", "--as-of", "2027-04-17", home=home)  # 60 days overdue
    assert [a["type"] for a in view["actions"]] == ["notify", "create_invoice", "post_journal_entry",
                                                   "create_collections_task"]
    (task,) = [a for a in view["actions"] if a["type"] == "create_collections_task"]
    assert (task["status"], task["amount_outstanding"]) == ("executed", "58200.00")
    assert cli_json("dun", "--as-of", "2027-04-18", home=home)["actions"] == []


def _initech_holds_400(home: Path) -> None:
    folder = EXAMPLES / "events" / "change-request"
    view = cli_json("event", "change-request", str(folder / "request.json"), "--books", str(folder / "books.json"),
                    home=home)
    cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)
    (credit,) = cli_json("books", home=home)["customer_credits"]
    assert (credit["customer_name"], credit["total"]) == ("Initech LLC", "400.00")


def _refund(home: Path, amount: str, reason: str = "customer asked for it back") -> subprocess.CompletedProcess[str]:
    return run_cli("refund", "--customer", "Initech", "--amount", amount, "--currency", "USD", "--reason", reason,
                   "--as", "Pat Billing", "--json", home=home)


def test_a_refund_above_the_credit_balance_is_refused_with_one_line(home: Path) -> None:
    _initech_holds_400(home)
    runs = cli_json("runs", home=home)
    refused = _refund(home, "400.01")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.strip() == ("error: accrue refund --amount: Initech LLC holds USD 400.00 (credit balance "
                                      "and unapplied cash), less than the USD 400.01 asked for; refund at most what "
                                      "they hold")
    assert cli_json("runs", home=home) == runs  # nothing stored


def test_a_refund_waits_for_someone_else_pays_once_and_reduces_the_balance(home: Path) -> None:
    _initech_holds_400(home)
    view = json.loads(_refund(home, "250.00").stdout)
    refund, entry = view["actions"]
    assert (view["status"], refund["type"], refund["amount"], refund["requested_by"], refund["needs_approval"]) == (
        "waiting_approval", "refund_credit", "250.00", "Pat Billing", True)
    assert refund["reasons"] == ["refunds always need approval"]
    again = json.loads(_refund(home, "250.00").stdout)  # the same request again: the same run
    assert (again["run_id"], again["already_processed"]) == (view["run_id"], True)

    own = run_cli("approve", view["run_id"], "--as", "Pat Billing", home=home)
    assert own.returncode == 2 and "cannot approve their own request" in own.stderr

    done = cli_json("approve", view["run_id"], "--as", "Dana Controller", home=home)
    assert done["status"] == "completed"
    books = cli_json("books", home=home)
    (credit,) = books["customer_credits"]
    assert credit["total"] == "150.00"
    (posted,) = [je for je in books["journal_entries"] if je["source_ref"] == refund["refund_id"]]
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in posted["lines"]] == [
        ("2150", "250.00", "0"), ("1000", "0", "250.00")]  # Dr Customer Credit Balances / Cr Cash
    assert posted["approved_by"] == "Dana Controller"
    assert _refund(home, "150.01").returncode == 2  # what is left bounds the next one


def test_a_refund_asking_for_money_another_refund_already_asks_back_is_refused_at_once(home: Path) -> None:
    _initech_holds_400(home)
    first = json.loads(_refund(home, "300.00", "first").stdout)
    second = _refund(home, "300.00", "second")  # 400.00 held, 300.00 of it already asked back, not yet decided
    assert second.returncode == 2 and second.stdout == ""
    (line,) = second.stderr.strip().splitlines()
    assert "already asked back by refund run " + first["run_id"] in line
    runs_before = cli_json("runs", home=home)
    assert run_cli("refund", "--customer", "Initech", "--amount", "300.00", "--currency", "USD", "--reason", "again",
                   "--as", "Pat Billing", home=home).returncode == 2
    assert cli_json("runs", home=home) == runs_before  # a refusal stores nothing
    assert json.loads(_refund(home, "100.00", "the rest").stdout)["status"] == "waiting_approval"
    assert cli_json("approve", first["run_id"], "--as", "Dana Controller", home=home)["status"] == "completed"
    (credit,) = cli_json("books", home=home)["customer_credits"]
    assert credit["total"] == "100.00"


def test_an_overpayment_is_refunded_from_its_unapplied_cash(home: Path) -> None:
    # P-1003 from ACME paid USD 24,100.00 (less a 70.00 fee) against 24,000.00 owed: 100.00 is ACME's unapplied cash
    folder = EXAMPLES / "events" / "payment"
    held = cli_json("event", "payment", str(folder / "payments.csv"), "--books", str(folder / "books.json"), home=home)
    cli_json("accept", held["run_id"], "--as", "Dana Controller", "--reason", "P-1004 is a deposit", home=home)
    (acme,) = [c for c in cli_json("books", home=home)["customer_credits"] if c["customer_name"] == "Acme Corporation"]
    assert (acme["from_credit_notes"], acme["unapplied_cash"]) == ("0.00", "100.00")
    assert run_cli("refund", "--customer", "Acme", "--amount", "100.01", "--currency", "USD", "--reason", "overpaid",
                   "--as", "Pat Billing", home=home).returncode == 2
    view = cli_json("refund", "--customer", "Acme", "--amount", "100.00", "--currency", "USD", "--reason", "overpaid",
                    "--as", "Pat Billing", home=home)
    refund, _ = view["actions"]
    assert (refund["from_credit_balance"], refund["from_unapplied"]) == ("0.00", [{"payment_id": "P-1003",
                                                                                   "amount": "100.00"}])
    assert cli_json("approve", view["run_id"], "--as", "Dana Controller", home=home)["status"] == "completed"
    books = cli_json("books", home=home)
    (p1003,) = [p for p in books["payments"] if p["id"] == "P-1003"]
    assert p1003["unapplied"] == "0.00"
    (posted,) = [je for je in books["journal_entries"] if je["source_ref"] == refund["refund_id"]]
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in posted["lines"]] == [
        ("1150", "100.00", "0"), ("1000", "0", "100.00")]  # Dr Unapplied Cash / Cr Cash
    assert not [c for c in books.get("customer_credits", []) if c["customer_name"] == "Acme Corporation"]


def test_the_service_starts_the_day_s_dunning_run_at_its_time(home: Path, runtime) -> None:
    # dunning_at = "06:00": at 07:00 UTC on Jun 1, 2026 Globex's EUR 3,000.00 (due Apr 16) is 46 days overdue, so the
    # writer sends the 45-day reminder, once, however often it polls.
    runtime.start_contract_run(*example("globex"))
    settings = load_settings()
    settings = settings.model_copy(update={"server": settings.server.model_copy(update={"dunning_at": "06:00"})})
    writer = Writer(settings, poll_seconds=0.05, now=lambda: datetime(2026, 6, 1, 7, 0, tzinfo=UTC))
    writer.start()
    try:
        deadline = time.monotonic() + 30
        while not [r for r in runtime.runs() if r.kind == "dunning"] and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # a few more polls: the writer must not start the day's dunning run again
    finally:
        writer.stop()
    (run,) = [r for r in runtime.runs() if r.kind == "dunning"]
    (notice,) = runtime.view(run.run_id).actions
    assert notice["status"] == "executed" and "reminder (45 days overdue)" in notice["message"]
