"""Receivables and the accounting around them, end to end from the CLI on `examples/events/`.

Who approved each effect is in the books; corrected invoices post like the originals; payment notices say what
was applied and what was not.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

from tests.conftest import EXAMPLES, cli_json, example, run_cli

EVENTS = EXAMPLES / "events"
D = Decimal


def _by_type(view: dict, kind: str) -> list[dict]:
    return [a for a in view["actions"] if a["type"] == kind]


def test_the_approver_is_recorded_on_the_credit_note_and_its_entry(home: Path) -> None:
    folder = EVENTS / "change-request"
    view = cli_json("event", "change-request", str(folder / "request.json"), "--books", str(folder / "books.json"),
                    home=home)
    done = cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)
    assert done["status"] == "completed"
    (credit,) = _by_type(done, "create_credit_note")
    assert credit["approved_by"] == "Fran Finance"
    books = cli_json("books", home=home)
    (note,) = books["credit_notes"]
    assert (note["invoice_id"], note["amount"], note["approved_by"]) == ("INV-0101", "400.00", "Fran Finance")
    (entry,) = [je for je in books["journal_entries"] if je["source_ref"] == "INV-0101"]
    assert entry["approved_by"] == "Fran Finance"  # the entry follows the credit note, so its approval is hers


def test_the_approver_is_recorded_on_a_write_off(home: Path, tmp_path: Path) -> None:
    folder = EVENTS / "change-request"
    books = json.loads((folder / "books.json").read_text())
    books["invoices"][0].update(amount_paid="3880.00", status="open")
    (tmp_path / "books.json").write_text(json.dumps(books))
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"invoice": "INV-0101", "write_off": "120.00", "reason": "uncollectable",
                                   "requested_by": "Pat Billing"}))
    view = cli_json("event", "change-request", str(request), "--books", str(tmp_path / "books.json"), home=home)
    cli_json("approve", view["run_id"], "--as", "Dana Controller", home=home)
    (write_off,) = cli_json("books", home=home)["write_offs"]
    assert (write_off["amount"], write_off["approved_by"]) == ("120.00", "Dana Controller")


def _approve_all(home: Path, who: str = "Dana Controller") -> None:
    for view in json.loads(run_cli("pending", "--json", home=home, check=True).stdout):
        run_cli("approve", view["run_id"], "--as", who, home=home, check=True)


def test_a_corrected_invoice_posts_like_the_original(home: Path, tmp_path: Path) -> None:
    contract, deal = example("initech")
    run_cli("run", str(contract), "--deal", str(deal), home=home, check=True)
    _approve_all(home)
    books = cli_json("books", home=home)
    (original,) = books["invoices"]
    (first_entry,) = [je for je in books["journal_entries"] if je["source_ref"] == original["id"]]
    assert {ln["account"] for ln in first_entry["lines"] if D(ln["credit"])} == {"2100"}  # Deferred Revenue
    period = (min(ln["period_start"] for ln in original["lines"]), max(ln["period_end"] for ln in original["lines"]))
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"invoice": original["number"], "reason": "seat count was 40, not 50",
                                   "requested_by": "Sam Account Manager",
                                   "lines": [{"description": "Platform (corrected)", "amount": "1000.00"}]}))
    view = cli_json("event", "change-request", str(request), home=home)
    (reissue,) = _by_type(view, "create_invoice")
    assert [(ln["period_start"], ln["period_end"], ln["revenue_type"]) for ln in reissue["lines"]] == [
        (*period, "subscription")]
    entry = next(a for a in _by_type(view, "post_journal_entry") if a["source_ref"] == reissue["invoice_id"])
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in entry["lines"]] == [
        ("Accounts Receivable", "1000.00", "0"), ("Deferred Revenue", "0", "1000.00")]


def test_unmatched_cash_is_posted_to_unapplied_cash_and_the_notice_says_what_was_applied(home: Path) -> None:
    folder = EVENTS / "payment"
    held = cli_json("event", "payment", str(folder / "payments.csv"), "--books", str(folder / "books.json"), home=home)
    view = cli_json("accept", held["run_id"], "--as", "Dana Controller", "--reason", "P-1004 is a deposit", home=home)
    books = cli_json("books", home=home)
    (unmatched,) = [p for p in books["payments"] if p["id"] == "P-1004"]
    assert (unmatched["allocations"], unmatched["unapplied"]) == ([], "999.99")
    entry = next(je for je in books["journal_entries"] if je["source_ref"] == "P-1004")
    assert [(ln["account"], D(ln["debit"]), D(ln["credit"])) for ln in entry["lines"]] == [
        ("1000", D("999.99"), 0), ("1150", 0, D("999.99"))]
    # the bank ties out: Cash in the books is every payment received, net of fees
    cash = sum(D(ln["debit"]) - D(ln["credit"]) for je in books["journal_entries"] for ln in je["lines"]
               if ln["account"] == "1000" and je["currency"] == "USD")
    assert cash == D("8250.50") + D("24100.00") - D("70.00") + D("999.99")
    (notice,) = _by_type(view, "notify")
    assert notice["message"].splitlines() == [
        "Cash application:",
        "- P-1001 from Initech LLC, USD 8,250.50 received: USD 8,250.50 applied (INV-0101 USD 4,000.00, "
        "INV-0102 USD 2,500.00, INV-0103 USD 1,750.50).",
        "- P-1002 from Globex GmbH, EUR 2,997.50 received: EUR 2,997.50 applied (INV-0201 EUR 2,997.50); "
        "INV-0201 still owes EUR 2.50.",
        "- P-1003 from ACME CORPORATION, USD 24,100.00 received (less a USD 70.00 fee): USD 24,000.00 applied "
        "(INV-0301 USD 24,000.00); USD 100.00 went to unapplied cash.",
        "- P-1004 from Unknown Trading Co, USD 999.99 received: matched no open invoice; USD 999.99 went to "
        "unapplied cash."]


def test_the_books_view_shows_customer_names_and_each_entrys_currency(home: Path) -> None:
    folder = EVENTS / "payment"
    held = cli_json("event", "payment", str(folder / "payments.csv"), "--books", str(folder / "books.json"), home=home)
    cli_json("accept", held["run_id"], "--as", "Dana Controller", "--reason", "P-1004 is a deposit", home=home)
    shown = run_cli("books", home=home, check=True).stdout
    journal = shown[shown.index("Journal entries"):]
    assert "cur" in journal.splitlines()[2] and "EUR" in journal and "USD" in journal  # a currency column
    invoices = shown[shown.index("Invoices"):shown.index("Journal entries")]
    assert "Globex" in invoices and "cus-" not in invoices  # names, not internal ids


def _three_customers_invoiced(home: Path) -> None:
    for name in ("initech", "globex", "acme"):  # USD 18,000 due Mar 31; EUR 3,000 due Apr 16; USD 24,000 due Jun 15
        contract, deal = example(name)
        run_cli("run", str(contract), "--deal", str(deal), home=home, check=True)
    _approve_all(home)


def test_aging_buckets_by_customer_and_currency_and_ties_out_to_receivables(home: Path, tmp_path: Path) -> None:
    _three_customers_invoiced(home)
    payments = tmp_path / "payments.csv"
    payments.write_text("payment_id,date,amount,currency,payer,reference\n"
                        "P-1,2026-04-15,5000.00,USD,Initech LLC,INV-0001\n")
    cli_json("event", "payment", str(payments), home=home)
    report = cli_json("books", "aging", "--as-of", "2026-05-10", home=home)
    rows = {(r["customer_name"], r["currency"]): r for r in report["rows"]}
    assert {k: {b: v for b, v in r["buckets"].items() if D(v)} for k, r in rows.items()} == {
        ("Acme Corporation", "USD"): {"current": "24000.00"},  # due Jun 15
        ("Globex GmbH", "EUR"): {"1-30": "3000.00"},  # due Apr 16: 24 days
        ("Initech LLC", "USD"): {"31-60": "13000.00"}}  # due Mar 31: 40 days, 18,000 less 5,000 paid
    totals = {t["currency"]: t for t in report["totals"]}
    # the tie-out: aged totals equal the Accounts Receivable account, per currency
    assert (totals["USD"]["total"], totals["USD"]["ar_balance"], totals["USD"]["ties_out"]) == (
        "37000.00", "37000.00", True)
    assert (totals["EUR"]["total"], totals["EUR"]["ar_balance"], totals["EUR"]["ties_out"]) == (
        "3000.00", "3000.00", True)
    later = cli_json("books", "aging", "--as-of", "2026-09-10", home=home)  # Acme 87 days over
    assert {(r["customer_name"], b) for r in later["rows"] for b, v in r["buckets"].items() if D(v)} == {
        ("Acme Corporation", "61-90"), ("Globex GmbH", "over_90"), ("Initech LLC", "over_90")}
    before = cli_json("books", "aging", "--as-of", "2026-03-15", home=home)  # only Initech's invoice exists yet
    assert [(r["customer_name"], r["total"]) for r in before["rows"]] == [("Initech LLC", "13000.00")]
    shown = run_cli("books", "aging", "--as-of", "2026-05-10", home=home, check=True).stdout
    assert "USD: aged 37000.00, Accounts Receivable 37000.00: ties out" in shown
    bad = run_cli("books", "aging", "--as-of", "May 10", home=home)
    assert bad.returncode == 2 and "--as-of: 'May 10' is not a date; write it as YYYY-MM-DD" in bad.stderr


def test_aging_bucket_boundaries() -> None:
    from accrue.core.receivables import bucket_for

    assert [bucket_for(d) for d in (-5, 0, 1, 30, 31, 60, 61, 90, 91)] == [
        "current", "current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "over_90"]


def test_a_credit_on_a_paid_invoice_becomes_the_customers_credit_balance(home: Path) -> None:
    folder = EVENTS / "change-request"  # INV-0101: 4,000.00, paid in full; a 400.00 SLA credit
    view = cli_json("event", "change-request", str(folder / "request.json"), "--books", str(folder / "books.json"),
                    home=home)
    (credit,) = _by_type(view, "create_credit_note")
    assert (credit["amount"], credit["to_customer_credit"]) == ("400.00", "400.00")
    cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)
    books = cli_json("books", home=home)
    (invoice,) = books["invoices"]
    assert (invoice["status"], invoice["balance"], invoice["amount_credited"]) == ("paid", "0.00", "400.00")
    assert books["customer_credits"] == [{
        "customer_id": "cus-initech-llc", "customer_name": "Initech LLC", "currency": "USD",
        "from_credit_notes": "400.00", "unapplied_cash": "0.00", "total": "400.00"}]
    (entry,) = [je for je in books["journal_entries"] if je["source_ref"] == "INV-0101"]
    assert [(ln["account"], D(ln["debit"]), D(ln["credit"])) for ln in entry["lines"]] == [
        ("4900", D("400.00"), 0), ("2150", 0, D("400.00"))]


def test_a_credit_beyond_the_open_balance_splits_between_receivable_and_credit_balance(home: Path,
                                                                                       tmp_path: Path) -> None:
    folder = EVENTS / "change-request"
    books = json.loads((folder / "books.json").read_text())
    books["invoices"][0].update(amount_paid="3900.00", status="open")  # 100.00 still owed
    (tmp_path / "books.json").write_text(json.dumps(books))
    view = cli_json("event", "change-request", str(folder / "request.json"), "--books", str(tmp_path / "books.json"),
                    home=home)
    (entry,) = _by_type(view, "post_journal_entry")
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in entry["lines"]] == [
        ("Sales Credits and Allowances", "400.00", "0"), ("Accounts Receivable", "0", "100.00"),
        ("Customer Credit Balances", "0", "300.00")]
    cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)
    after = cli_json("books", home=home)
    assert (after["invoices"][0]["status"], after["invoices"][0]["balance"]) == ("paid", "0.00")
    assert [c["total"] for c in after["customer_credits"]] == ["300.00"]


def test_an_overpayment_is_the_payers_credit_balance(home: Path) -> None:
    folder = EVENTS / "payment"  # P-1003 pays ACME's 24,000.00 with 24,100.00: 100.00 over
    held = cli_json("event", "payment", str(folder / "payments.csv"), "--books", str(folder / "books.json"), home=home)
    cli_json("accept", held["run_id"], "--as", "Dana Controller", "--reason", "P-1004 is a deposit", home=home)
    credits = cli_json("books", home=home)["customer_credits"]
    assert [(c["customer_name"], c["currency"], c["unapplied_cash"], c["total"]) for c in credits] == [
        ("Acme Corporation", "USD", "100.00", "100.00")]  # P-1004's payer is nobody known: not a customer credit


def _seed(tmp_path: Path, name: str, invoices: list[dict], customers: list[dict]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"customers": customers, "invoices": [
        {"customer_id": customers[0]["id"], "currency": "USD", "status": "open", "amount_paid": "0", **i}
        for i in invoices]}))
    return path


def test_unapplied_cash_is_applied_on_approval_once_a_later_run_finds_its_invoice(home: Path, tmp_path: Path) -> None:
    folder = EVENTS / "payment"
    held = cli_json("event", "payment", str(folder / "payments.csv"), "--books", str(folder / "books.json"), home=home)
    cli_json("accept", held["run_id"], "--as", "Dana Controller", "--reason", "P-1004 is a deposit", home=home)
    # later: Unknown Trading Co is invoiced 999.99, and another customer's payment arrives
    books = _seed(tmp_path, "later.json", [
        {"id": "INV-0901", "number": "INV-0901", "invoice_date": "2026-05-01", "due_date": "2026-05-31",
         "amount": "999.99"},
        {"id": "INV-0902", "number": "INV-0902", "invoice_date": "2026-05-01", "due_date": "2026-05-31",
         "amount": "50.00"}], [{"id": "cus-unknown", "legal_name": "Unknown Trading Co", "currency": "USD"}])
    payments = tmp_path / "payments.csv"
    payments.write_text("payment_id,date,amount,currency,payer,reference\n"
                        "P-2001,2026-05-20,50.00,USD,Unknown Trading Co,INV-0902\n")
    view = cli_json("event", "payment", str(payments), "--books", str(books), home=home)
    (use,) = _by_type(view, "apply_credit")
    assert (use["source"], use["payment_id"], use["customer"], use["allocations"], use["needs_approval"]) == (
        "unapplied_cash", "P-1004", "cus-unknown", [{"invoice_id": "INV-0901", "amount": "999.99"}], True)
    entry = next(a for a in _by_type(view, "post_journal_entry") if use["id"] in a["depends_on"])
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in entry["lines"]] == [
        ("Unapplied Cash", "999.99", "0"), ("Accounts Receivable", "0", "999.99")]  # reverses the holding entry
    assert view["status"] == "waiting_approval"
    assert next(i for i in cli_json("books", home=home)["invoices"] if i["id"] == "INV-0901")["status"] == "open"
    done = cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)
    assert done["status"] == "completed"
    after = cli_json("books", home=home)
    assert next(i for i in after["invoices"] if i["id"] == "INV-0901")["status"] == "paid"
    p1004 = next(p for p in after["payments"] if p["id"] == "P-1004")
    assert (p1004["unapplied"], p1004["customer_id"]) == ("0.00", "cus-unknown")
    unapplied = sum(D(ln["credit"]) - D(ln["debit"]) for je in after["journal_entries"] for ln in je["lines"]
                    if ln["account"] == "1150" and je["currency"] == "USD")
    assert unapplied == D("100.00")  # only P-1003's overpayment is still waiting


def test_a_credit_balance_is_applied_to_the_customers_next_invoice_on_approval(home: Path, tmp_path: Path) -> None:
    folder = EVENTS / "change-request"
    view = cli_json("event", "change-request", str(folder / "request.json"), "--books", str(folder / "books.json"),
                    home=home)
    cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)  # 400.00 to Initech's credit balance
    books = _seed(tmp_path, "next.json", [
        {"id": "INV-0105", "number": "INV-0105", "invoice_date": "2026-04-01", "due_date": "2026-04-30",
         "amount": "1000.00"},
        {"id": "INV-0106", "number": "INV-0106", "invoice_date": "2026-04-01", "due_date": "2026-05-15",
         "amount": "500.00"}], [{"id": "cus-initech-llc", "legal_name": "Initech LLC", "currency": "USD"}])
    payments = tmp_path / "payments.csv"
    payments.write_text("payment_id,date,amount,currency,payer,reference\n"
                        "P-3001,2026-05-02,500.00,USD,Initech LLC,INV-0106\n")
    run = cli_json("event", "payment", str(payments), "--books", str(books), home=home)
    (use,) = _by_type(run, "apply_credit")
    assert (use["source"], use["allocations"]) == ("credit_balance", [{"invoice_id": "INV-0105", "amount": "400.00"}])
    cli_json("approve", run["run_id"], "--as", "Fran Finance", home=home)
    after = cli_json("books", home=home)
    assert next(i for i in after["invoices"] if i["id"] == "INV-0105")["balance"] == "600.00"
    assert after.get("customer_credits", []) == []  # used up
    exported = run_cli("books", "export", "--format", "quickbooks", home=home, check=True).stdout
    used = [r for r in csv.DictReader(io.StringIO(exported)) if r["Description"].startswith("Apply")]
    assert [(r["Account Name"], r["Debits"], r["Credits"], r["Name"]) for r in used] == [
        ("Customer Credit Balances", "400.00", "", "Initech LLC"), ("Accounts Receivable", "", "400.00", "Initech LLC")]


def test_a_data_folder_from_before_these_columns_keeps_working(tmp_path: Path) -> None:
    import sqlite3

    from sqlalchemy import inspect

    from accrue.adapters.database import get_engine

    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:  # the credit notes table as an older accrue created it
        conn.execute("CREATE TABLE books_credit_notes (id VARCHAR PRIMARY KEY, invoice_id VARCHAR, amount VARCHAR, "
                     "currency VARCHAR, reason VARCHAR, approved_by VARCHAR, idempotency_key VARCHAR, "
                     "external_ids JSON, created_at DATETIME)")
        conn.execute("INSERT INTO books_credit_notes (id, invoice_id, amount, currency, reason, external_ids, "
                     "created_at) VALUES ('CN-1', 'INV-1', '10.00', 'USD', 'old', '{}', '2026-05-01 10:00:00')")
    engine = get_engine(f"sqlite:///{db}")
    assert "to_customer_credit" in {c["name"] for c in inspect(engine).get_columns("books_credit_notes")}
    from accrue.adapters.read_model import ReadModel

    (note,) = ReadModel(engine).credit_notes()
    assert (note.id, note.amount, note.to_customer_credit) == ("CN-1", D("10.00"), D("0"))


def test_held_and_unmatched_cash_read_plainly_in_summaries() -> None:
    from accrue.interfaces.render import summarise_action

    unmatched = summarise_action({"type": "apply_payment", "payment_id": "P-1004", "currency": "USD",
                                  "amount": "999.99", "allocations": [], "unapplied_amount": "999.99"})
    assert "nothing applied" in unmatched and "USD 999.99 stays unapplied" in unmatched
    credit = summarise_action({"type": "apply_credit", "payment_id": None, "customer": "cus-initech-llc",
                               "currency": "USD", "source": "credit_balance",
                               "allocations": [{"invoice_id": "INV-0105", "amount": "400.00"}]},
                              {"cus-initech-llc": "Initech LLC"})
    assert credit == "Apply the credit balance of Initech LLC: USD 400.00 to INV-0105."

def test_two_payment_runs_proposing_the_same_credit_use_share_its_keys() -> None:
    from datetime import date

    from accrue.core.billing.cash import CashApplication, OpenInvoice, Payment
    from accrue.core.planner import plan_payments
    from accrue.core.receivables import CreditUse, HeldCredit

    invoice = OpenInvoice("inv-1", "INV-0105", "cus-initech-llc", "USD", D("400.00"), date(2026, 5, 1),
                          date(2026, 5, 31))
    use = CreditUse(HeldCredit("credit_balance", "USD", D("400.00"), "cus-initech-llc"), "cus-initech-llc",
                    [("inv-1", D("400.00"))])
    seen = Payment("P-9", date(2026, 5, 2), D("10.00"), "USD", "Initech LLC")

    def keys(run_id: str) -> dict[str, str]:
        actions = plan_payments([CashApplication(seen, "unmatched", note="already recorded")], run_id=run_id,
                                invoices={"inv-1": invoice}, write_off_tolerance=D("5"), already_recorded={"P-9"},
                                credit_uses=[use])
        return {a.type: a.idempotency_key for a in actions if a.type in {"apply_credit", "post_journal_entry"}}

    first, second = keys("run-a"), keys("run-b")
    assert set(first) == {"apply_credit", "post_journal_entry"} and first == second
