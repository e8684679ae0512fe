"""Every event kind end to end from the CLI on `examples/events/`.

Runs pause exactly when the policy says (write-offs, credit notes, amendments), approvals respect roles and
requesters, and what executes lands in the local books. Amounts are worked by hand in examples/events/README.md.
"""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from accrue.core.errors import ConfigError, InputError
from accrue.workflow.service import RunService
from tests.conftest import EXAMPLES, cli_json, run_cli

EVENTS = EXAMPLES / "events"
D = Decimal


def by_type(view: dict, kind: str) -> list[dict]:
    return [a for a in view["actions"] if a["type"] == kind]


def invoice_row(books: dict, invoice_id: str) -> dict:
    return next(i for i in books["invoices"] if i["id"] == invoice_id)


def test_payment_run_applies_cash_and_waits_only_for_the_write_off(home: Path) -> None:
    folder = EVENTS / "payment"
    held = cli_json("event", "payment", str(folder / "payments.csv"), "--books", str(folder / "books.json"), home=home)
    # P-1004 matches no invoice: the file is not done as it says until a person has looked, so nothing executes yet
    assert held["kind"] == "payment" and held["status"] == "needs_review"
    assert [c["code"] for c in held["review"]["open_findings"]] == ["unmatched_payment"]
    assert all(a["status"] == "proposed" for a in held["actions"])
    assert invoice_row(cli_json("books", home=home), "INV-0101")["status"] != "paid"
    view = cli_json("accept", held["run_id"], "--as", "Dana Controller", "--reason",
                    "P-1004 is a deposit; treasury will place it", home=home)
    assert view["status"] == "waiting_approval"
    assert sorted(f["code"] for f in view["findings"]) == ["overpayment", "short_payment", "unmatched_payment"]
    applies = {a["payment_id"]: a for a in by_type(view, "apply_payment")}
    # P-1004 matches nothing: a finding, and all of it goes to unapplied cash so the bank ties out
    assert set(applies) == {"P-1001", "P-1002", "P-1003", "P-1004"}
    assert (applies["P-1004"]["allocations"], applies["P-1004"]["unapplied_amount"]) == ([], "999.99")
    assert [(x["invoice_id"], x["amount"]) for x in applies["P-1001"]["allocations"]] == [
        ("INV-0101", "4000.00"), ("INV-0102", "2500.00"), ("INV-0103", "1750.50")]
    assert applies["P-1003"]["unapplied_amount"] == "100.00"
    assert all(a["status"] == "executed" and not a["needs_approval"] for a in applies.values())
    (write_off,) = by_type(view, "write_off")
    assert (write_off["invoice_id"], write_off["amount"], write_off["needs_approval"]) == ("INV-0201", "2.50", True)
    assert write_off["reasons"] == ["write-offs always need approval"]

    books = cli_json("books", home=home)
    assert invoice_row(books, "INV-0101")["status"] == "paid"
    assert D(invoice_row(books, "INV-0201")["balance"]) == D("2.50")
    # 24,100.00 gross less a 70.00 processor fee against a 24,000.00 invoice: Dr Cash (1000) 24,030.00 and
    # Dr Payment Processing Fees (6100) 70.00 / Cr Accounts Receivable (1100) 24,000.00, Unapplied Cash (1150) 100.00
    fee_entry = next(je for je in books["journal_entries"] if je["source_ref"] == "P-1003")
    assert [(ln["account"], D(ln["debit"]), D(ln["credit"])) for ln in fee_entry["lines"]] == [
        ("1000", D("24030.00"), 0), ("6100", D("70.00"), 0), ("1100", 0, D("24000.00")), ("1150", 0, D("100.00"))]

    refused = run_cli("approve", view["run_id"], write_off["id"], "--as", "Fran Finance", home=home)
    assert refused.returncode == 2 and "may not approve write-offs" in refused.stderr
    done = cli_json("approve", view["run_id"], write_off["id"], "--as", "Dana Controller", home=home)
    assert done["status"] == "completed"
    assert invoice_row(cli_json("books", home=home), "INV-0201")["status"] == "written_off"


def test_change_request_waits_for_someone_other_than_the_requester(home: Path) -> None:
    folder = EVENTS / "change-request"
    args = ("event", "change-request", str(folder / "request.json"), "--books", str(folder / "books.json"))
    view = cli_json(*args, home=home)
    assert view["status"] == "waiting_approval" and view["findings"] == []
    (credit,) = by_type(view, "create_credit_note")
    assert (credit["invoice_id"], credit["amount"], credit["requested_by"]) == ("INV-0101", "400.00",
                                                                               "Sam Account Manager")
    assert credit["reasons"] == ["credit notes always need approval"]
    (entry,) = by_type(view, "post_journal_entry")
    # INV-0101 is paid: the credit is owed back to the customer, a credit balance, not less receivable
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in entry["lines"]] == [
        ("Sales Credits and Allowances", "400.00", "0"), ("Customer Credit Balances", "0", "400.00")]

    own = run_cli("approve", view["run_id"], "--as", "Sam Account Manager", home=home)
    assert own.returncode == 2 and "cannot approve their own request" in own.stderr
    done = cli_json("approve", view["run_id"], "--as", "Fran Finance", home=home)  # 400.00 is within finance's 5,000
    assert done["status"] == "completed"
    assert D(invoice_row(cli_json("books", home=home), "INV-0101")["amount_credited"]) == D("400.00")
    again = cli_json(*args, home=home)
    assert again["run_id"] == view["run_id"] and again["already_processed"] is True


def test_credit_above_the_finance_limit_needs_a_controller(home: Path, tmp_path: Path) -> None:
    folder = EVENTS / "change-request"
    request = tmp_path / "big.json"
    request.write_text(json.dumps({**json.loads((folder / "request.json").read_text()), "amount": "3900.00",
                                   "invoice": "INV-0101"}))
    books = json.loads((folder / "books.json").read_text())
    books["invoices"][0]["amount"] = "9000.00"
    (tmp_path / "books.json").write_text(json.dumps(books))
    view = cli_json("event", "change-request", str(request), "--books", str(tmp_path / "books.json"), home=home)
    assert view["status"] == "waiting_approval"
    # 3,900 is within the 5,000 limit; raise it past the limit on a second request for the same invoice
    request.write_text(json.dumps({**json.loads(request.read_text()), "amount": "5000.01"}))
    big = cli_json("event", "change-request", str(request), home=home)
    refused = run_cli("approve", big["run_id"], "--as", "Fran Finance", home=home)
    assert refused.returncode == 2 and "a controller must approve it" in refused.stderr
    assert cli_json("approve", big["run_id"], "--as", "Dana Controller", home=home)["status"] == "completed"


def test_a_write_off_request_is_planned_held_and_written_off_once_a_controller_approves(home: Path,
                                                                                      tmp_path: Path) -> None:
    folder = EVENTS / "change-request"
    books = json.loads((folder / "books.json").read_text())
    books["invoices"][0].update(amount_paid="3880.00", status="open")  # 120.00 still owed
    (tmp_path / "books.json").write_text(json.dumps(books))
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"invoice": "INV-0101", "write_off": "120.00", "reason": "uncollectable",
                                   "requested_by": "Pat Billing"}))
    view = cli_json("event", "change-request", str(request), "--books", str(tmp_path / "books.json"), home=home)
    assert view["status"] == "waiting_approval" and view["findings"] == []
    (write_off,) = by_type(view, "write_off")
    assert (write_off["amount"], write_off["requested_by"], write_off["reasons"]) == (
        "120.00", "Pat Billing", ["write-offs always need approval"])
    for who, why in (("Pat Billing", "cannot approve their own request"),
                     ("Fran Finance", "may not approve write-offs")):
        refused = run_cli("approve", view["run_id"], "--as", who, home=home)
        assert refused.returncode == 2 and why in refused.stderr
    assert cli_json("approve", view["run_id"], "--as", "Dana Controller", home=home)["status"] == "completed"
    invoice = invoice_row(cli_json("books", home=home), "INV-0101")
    assert (invoice["status"], D(invoice["amount_written_off"])) == ("written_off", D("120.00"))
    # more than is owed is a finding, and nothing is proposed
    request.write_text(json.dumps({"invoice": "INV-0101", "write_off": "0.01", "reason": "again",
                                   "requested_by": "Pat Billing"}))
    again = cli_json("event", "change-request", str(request), home=home)
    assert [f["code"] for f in again["findings"]] == ["write_off_exceeds_balance"] and again["actions"] == []


def test_unknown_invoice_in_a_change_request_is_a_finding_and_nothing_else(home: Path, tmp_path: Path) -> None:
    request = tmp_path / "request.json"
    request.write_text('{"invoice": "INV-404", "amount": "10.00", "reason": "typo", "requested_by": "Sam"}')
    view = cli_json("event", "change-request", str(request), home=home)
    assert view["status"] == "needs_review" and view["actions"] == []  # it cannot act: a person must say why
    assert [f["code"] for f in view["findings"]] == ["unknown_invoice"]
    assert [c["code"] for c in view["review"]["open_findings"]] == ["unknown_invoice"]
    rejected = cli_json("reject-run", view["run_id"], "--as", "Sam Lee", "--reason", "INV-404 does not exist",
                        home=home)
    assert rejected["status"] == "rejected"


def test_amendment_prorates_and_waits_for_approval(home: Path) -> None:
    # Globex: 40 -> 55 Analytics Seats at 300.00/year from Aug 15, 2026, billed quarterly (Jul 1..Sep 30 = 92 days);
    # Aug 15..Sep 30 = 47 days. Credit 40 x 300 / 4 = 3,000 x 47/92 = 1,532.608... -> -1,532.61;
    # charge 55 x 300 / 4 = 4,125 x 47/92 = 2,107.336... -> 2,107.34; invoice 574.73 EUR dated Aug 15, due Aug 30.
    folder = EVENTS / "amendment"
    view = cli_json("event", "amendment", str(folder / "amendment.pdf"), "--contract",
                    str(EXAMPLES / "globex" / "order-form.pdf"), "--books", str(folder / "books.json"), home=home)
    assert view["kind"] == "amendment" and view["status"] == "waiting_approval"
    (invoice,) = by_type(view, "create_invoice")
    assert [ln["amount"] for ln in invoice["lines"]] == ["-1532.61", "2107.34"]
    assert (invoice["amount"], invoice["invoice_date"], invoice["due_date"], invoice["customer"]) == (
        "574.73", "2026-08-15", "2026-08-30", "cus-globex-gmbh")
    assert invoice["reasons"] == ["amendments need approval"]
    (sub,) = by_type(view, "create_subscription")
    assert sub["needs_approval"] and [i["quantity"] for i in sub["items"]] == ["55"]
    assert [row["invoice_date"] for row in sub["schedule"]] == ["2026-10-01", "2027-01-01"]

    done = cli_json("approve", view["run_id"], "--as", "Dana Controller", home=home)
    assert done["status"] == "completed"
    books = cli_json("books", home=home)
    assert D(invoice_row(books, invoice["invoice_id"])["amount"]) == D("574.73")


def test_usage_run_bills_the_screened_overage(home: Path) -> None:
    # March 2026, after dropping the duplicate ev-0303, February's ev-0229 and cus-nobody's row:
    # 120,000 + 95,500 + 130,250 + 88,000 + 143,700 + 101,300 + 76,257 = 755,007 requests; 100,000 included;
    # overage 655,007 = 500,000 x 0.0040 (2,000.00) + 155,007 x 0.0030 (465.021) = 2,465.021 -> 2,465.02.
    # Arrears: dated Apr 1, due May 1. Trailing average 705,000 x 3 > 755,007: no spike, no approval.
    folder = EVENTS / "usage"
    view = cli_json("event", "usage", str(folder / "usage.csv"), "--contract", str(folder / "contract.pdf"),
                    "--request", str(folder / "request.json"), "--books", str(folder / "books.json"), home=home)
    assert sorted(f["code"] for f in view["findings"]) == ["usage_duplicate_events", "usage_out_of_period",
                                                           "usage_unknown_customer"]
    (invoice,) = by_type(view, "create_invoice")
    assert (invoice["amount"], invoice["invoice_date"], invoice["due_date"], invoice["customer"]) == (
        "2465.02", "2026-04-01", "2026-05-01", "cus-litware")
    assert view["status"] == "completed" and invoice["status"] == "executed"
    assert [(u["customer_id"], u["period"], u["quantity"]) for u in invoice["usage"]] == [
        ("cus-litware", "2026-03", "755007")]  # what the usage history should learn from this invoice
    (entry,) = by_type(view, "post_journal_entry")
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in entry["lines"]] == [
        ("Accounts Receivable", "2465.02", "0"), ("Usage Revenue", "0", "2465.02")]


def test_usage_spike_pauses_the_usage_invoice(home: Path, tmp_path: Path) -> None:
    folder = EVENTS / "usage"
    books = json.loads((folder / "books.json").read_text())
    for row in books["usage_history"]:
        row["quantity"] = "200000"  # trailing average 200,000: 3x is 600,000 < 755,007
    (tmp_path / "books.json").write_text(json.dumps(books))
    view = cli_json("event", "usage", str(folder / "usage.csv"), "--contract", str(folder / "contract.pdf"),
                    "--period-start", "2026-03-01", "--period-end", "2026-03-31", "--books",
                    str(tmp_path / "books.json"), home=home)
    assert view["status"] == "waiting_approval"
    (invoice,) = by_type(view, "create_invoice")
    assert invoice["needs_approval"] and invoice["reasons"] == ["usage is far above its trailing average"]


def test_broken_event_file_stops_before_anything_is_stored(home: Path, tmp_path: Path) -> None:
    folder = EVENTS / "payment"
    broken = tmp_path / "payments.csv"
    broken.write_text("payment_id,date,amount,currency,payer,reference\nP-1,2026-04-20,12x,USD,A,\n")
    proc = run_cli("event", "payment", str(broken), "--books", str(folder / "books.json"), home=home)
    assert proc.returncode == 2
    assert "line 2, column 'amount': '12x' is not a number" in proc.stderr
    assert cli_json("books", home=home)["invoices"] == []  # the books seed did not run either


def test_books_seed_command(home: Path, tmp_path: Path) -> None:
    shutil.copy(EVENTS / "payment" / "books.json", tmp_path / "seed.json")
    proc = run_cli("books", "seed", str(tmp_path / "seed.json"), home=home)
    assert proc.returncode == 0, proc.stderr
    assert len(cli_json("books", home=home)["invoices"]) == 5


def test_usage_for_a_customer_missing_from_the_books_bills_nothing(runtime: RunService) -> None:
    folder = EVENTS / "usage"
    view = runtime.start_run("usage", {"usage": folder / "usage.csv", "request": folder / "request.json",
                                       "contract": folder / "contract.pdf"})
    assert view.status == "needs_review" and view.actions == []  # waits with the finding; never completes silently
    missing = [f for f in view.findings if f["code"] == "usage_unknown_customer"
               and f["evidence"].get("customer_id") == "cus-litware-maps-inc"]
    assert missing and "is not in the books" in missing[0]["message"]


def test_start_run_checks_kind_and_roles_before_storing_anything(runtime: RunService) -> None:
    with pytest.raises(ConfigError, match="event kind 'refund' is not supported"):
        runtime.start_run("refund", {})
    with pytest.raises(InputError, match="missing input 'request'"):
        runtime.start_run("usage", {"usage": EVENTS / "usage" / "usage.csv",
                                    "contract": EVENTS / "usage" / "contract.pdf"})
    with pytest.raises(InputError, match="unknown input role 'invoice'"):
        runtime.start_run("payment", {"payments": EVENTS / "payment" / "payments.csv", "invoice": "x"})
    assert runtime.runs() == []


def test_an_amendment_credit_goes_on_the_subscription_invoice_not_a_later_usage_invoice(home: Path,
                                                                                          tmp_path: Path) -> None:
    """Globex cuts seats 40 -> 30 on Aug 15: the prorated credit belongs on the quarter's subscription invoice
    (INV-0202, Jul 1), not on the usage invoice issued after it (INV-0203, Aug 1)."""
    import json

    from sqlmodel import Session

    from accrue.adapters.books import BooksInvoiceLine
    from accrue.workflow.service import RunService
    from examples.events.make_events import AMENDMENT, AMENDMENT_BOOKS, pdf

    lines = [ln.replace("rise from 40 to 55", "fall from 40 to 30").replace("55 x", "30 x") for ln in AMENDMENT]
    amendment = tmp_path / "amendment.pdf"
    amendment.write_bytes(pdf("AMENDMENT NO. 2 TO ORDER FORM OF-2026-0102", lines))
    books = dict(AMENDMENT_BOOKS)
    books["invoices"] = [*AMENDMENT_BOOKS["invoices"], {
        "id": "INV-0203", "customer_id": "cus-globex-gmbh", "number": "INV-0203", "invoice_date": "2026-08-01",
        "due_date": "2026-08-16", "currency": "EUR", "amount": "120.00", "amount_paid": "0", "status": "open"}]
    books_file = tmp_path / "books.json"
    books_file.write_text(json.dumps(books))
    with RunService() as rt:
        rt.seed_books(books_file)
        with Session(rt.engine) as s:  # INV-0203 bills usage only, as a usage run would have written it
            s.add(BooksInvoiceLine(invoice_id="INV-0203", position=0, description="API calls, July 2026",
                                   amount=D("120.00"), revenue_type="usage"))
            s.commit()
        view = rt.start_run("amendment", {"contract": EXAMPLES / "globex" / "order-form.pdf",
                                          "amendment": amendment})
    (credit,) = [a for a in view.actions if a["type"] == "create_credit_note"]
    assert credit["invoice_id"] == "INV-0202"
    # 10 seats x 300 / 4 = 750 for the quarter (92 days); Aug 15..Sep 30 = 47 days -> 383.152... -> 383.15
    assert D(credit["amount"]) == D("383.15")
