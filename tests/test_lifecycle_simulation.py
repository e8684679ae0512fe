"""Twelve months of the bundled contracts: monthly `accrue bill` and `accrue close`, usage and payment files, an
amendment, a renewal, a short payment and a credit on a paid invoice, against invoices, recognition, aging and credit
balances worked by hand below (none of it computed by the code under test).

The year (all runs in-process, in order):
- Mar 2026: Initech signs (USD 18,000.00 a year in advance, Mar 1, 2026 - Feb 28, 2027, Net 30): INV Mar 1.
  Initech pays 18,000.00 on Mar 20.
- Apr: Globex signs (EUR 40 seats x 300.00 = 12,000.00 a year, quarterly in advance from Apr 1, Net 15): 3,000.00
  Apr 1. The bundled usage event bills Litware's March usage: 2,465.02 USD, Apr 1 (usage revenue, not deferred).
  Globex pays 3,000.00 on Apr 10. Contoso signs for usage only (route requests over 10,000 a month at 0.01, monthly
  in arrears, Apr 1 - Sep 30, 2026, Net 30, a minimum of 1,200.00 over the term): customer and subscription, no
  invoice. On Apr 15 an SLA credit of 400.00 on Initech's paid invoice, approved: owed back as a credit balance.
- May: Acme signs (USD 14,400.00 + 40 x 240.00 = 24,000.00 a year from May 1, 2026, Net 45, so a person approves).
- Contoso's usage files, each run in the month after: Apr 40,000 -> (40,000 - 10,000) x 0.01 = 300.00 dated May 1;
  May's file is late: the Jun 1 bill run names May as missing (nothing billed), the file comes after it, 25,000 ->
  150.00 dated Jun 1; Jun 8,000 and Aug 10,000 are all included (no invoice: a quiet month, not missing); Jul
  60,000 -> 500.00 dated Aug 1; Sep 20,000 -> 100.00, and September closes the term: 300 + 150 + 0 + 500 + 0 + 100
  = 1,050.00 billed, 150.00 under the minimum, so its invoice is 250.00 dated Oct 1. No bill run trues it up again.
- Jun 10: Acme pays 20,000.00 of its 24,000.00 (short): applied, 4,000.00 left open, a collections task.
- Jul 1: the bill run issues Globex's Q3, 3,000.00.
- Aug: the bundled amendment takes Globex to 55 seats from Aug 15 (approved): -1,532.61 + 2,107.34 = 574.73 for
  Aug 15 - Sep 30 (47 of 92 days). The old subscription ends Aug 14.
- Oct 1 and Jan 1: the bill run issues the new subscription's quarters, 55 x 300.00 / 4 = 4,125.00 each.
- Feb 1, 2027: a reminder that Initech renews Mar 1 (no notice period stated: the deadline is its end, Feb 28).
- Mar 1, 2027: the bill run renews Initech for Mar 1, 2027 - Feb 29, 2028 and issues 18,000.00.

Recognition (docs/billing.md: by days per calendar month over each deferred invoice line, each month rounded
half-up, the line's last month takes the rest):
- Initech's two lines over 365 days: Platform 12,000.00: 31-day months 12,000 x 31/365 = 1,019.178 -> 1,019.18,
  30-day months 986.301 -> 986.30, Feb 2027 the rest 12,000.00 - 7 x 1,019.18 - 4 x 986.30 = 920.54; Seats
  6,000.00: 509.589 -> 509.59, 493.150 -> 493.15, the rest 6,000.00 - 7 x 509.59 - 4 x 493.15 = 460.27. A month:
  1,528.77 (31 days), 1,479.45 (30 days), 1,380.81 (Feb).
- Acme's two lines over 365 days from May 1: Platform 14,400.00: 31 days 1,223.014 -> 1,223.01, 30 days
  1,183.562 -> 1,183.56, Feb 1,104.658 -> 1,104.66; Seats 9,600.00: 815.342 -> 815.34, 789.041 -> 789.04, Feb
  736.438 -> 736.44. A month: 2,038.35, 1,972.60, 1,841.10 (Mar and Apr 2027 stay deferred).
- Globex Q2 (91 days): Apr 3,000 x 30/91 = 989.01, May 31/91 = 1,021.98, Jun the rest 989.01.
  Q3 (92 days): Jul 31/92 = 1,010.87, Aug 1,010.87, Sep the rest 978.26. The amendment's lines over Aug 15 -
  Sep 30 (47 days): credit -1,532.61: Aug 17/47 = -554.348 -> -554.35, Sep the rest -978.26; charge 2,107.34:
  Aug 17/47 = 762.229 -> 762.23, Sep the rest 1,345.11. So Aug 1,010.87 - 554.35 + 762.23 = 1,218.75 and
  Sep 978.26 - 978.26 + 1,345.11 = 1,345.11.
  Q4 at 4,125.00 (92 days): Oct 31/92 = 1,389.946 -> 1,389.95, Nov 30/92 = 1,345.109 -> 1,345.11, Dec the rest
  1,389.94. Q1 2027 (90 days): Jan 31/90 = 1,420.833 -> 1,420.83, Feb 28/90 = 1,283.333 -> 1,283.33.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlmodel import select

from accrue.adapters.books import BooksInvoice, BooksSubscription, JournalEntry
from accrue.adapters.read_model import ReadModel
from tests.conftest import EXAMPLES, example
from tests.stripe_fakes import session_factory

D = Decimal
EVENTS = EXAMPLES / "events"
CONTROLLER = "Dana Controller"

# (month closed, USD recognised, EUR recognised), worked above
RECOGNISED = [
    ("2026-03", "1528.77", "0"),
    ("2026-04", "1479.45", "989.01"),
    ("2026-05", "3567.12", "1021.98"),   # 1,528.77 + 2,038.35
    ("2026-06", "3452.05", "989.01"),    # 1,479.45 + 1,972.60
    ("2026-07", "3567.12", "1010.87"),
    ("2026-08", "3567.12", "1218.75"),
    ("2026-09", "3452.05", "1345.11"),
    ("2026-10", "3567.12", "1389.95"),
    ("2026-11", "3452.05", "1345.11"),
    ("2026-12", "3567.12", "1389.94"),
    ("2027-01", "3567.12", "1420.83"),
    ("2027-02", "3221.91", "1283.33"),   # 1,380.81 + 1,841.10
]
# invoices each month's bill run issues (dated, currency, amount)
BILLED = {
    "2026-07-01": [("2026-07-01", "EUR", "3000.00")],
    "2026-10-01": [("2026-10-01", "EUR", "4125.00")],
    "2027-01-01": [("2027-01-01", "EUR", "4125.00")],
    "2027-03-01": [("2027-03-01", "USD", "18000.00")],
}


CONTOSO = """ORDER FORM
Order Form Number: OF-2026-0330
Vendor: Accrue Demo Software, Inc.
Customer: Contoso Routing Ltd.
Billing Contact: ap@contoso.example
Effective Date: March 20, 2026
Service Start Date: April 1, 2026
Service End Date: September 30, 2026
Subscription Term: 6 months
Currency: USD
Billing Frequency: Monthly, in arrears
Payment Terms: Net 30
Usage Fees
Metric: Route requests
Included quantity: 10,000 route requests per month
Overage is billed monthly in arrears at USD 0.01 per route request.
Minimum commitment: USD 1,200.00 over the subscription term.
"""
# Contoso's route requests per month of its term (a usage file each, run in the month after; May's comes late)
CONTOSO_USAGE = {"2026-04": 40_000, "2026-05": 25_000, "2026-06": 8_000, "2026-07": 60_000, "2026-08": 10_000,
                 "2026-09": 20_000}
# the invoice each month's usage run issues (dated, amount), worked above; None: all included, no invoice
CONTOSO_INVOICES = {"2026-04": ("2026-05-01", "300.00"), "2026-05": ("2026-06-01", "150.00"), "2026-06": None,
                    "2026-07": ("2026-08-01", "500.00"), "2026-08": None, "2026-09": ("2026-10-01", "250.00")}


def _payment(folder: Path, row: list[str]) -> dict[str, str | Path]:
    """A bank file of one payment (no reference: matched by payer and exact amount)."""
    path = folder / f"payments-{row[0]}.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows([["payment_id", "date", "amount", "currency", "payer", "reference"], row])
    return {"payments": path}


def _contoso_usage(folder: Path, month: str) -> dict[str, str | Path]:
    """The month's usage file (the quantity in four rows) and its request, with Contoso's order form."""
    first = date.fromisoformat(f"{month}-01")
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    usage, request = folder / f"contoso-{month}.csv", folder / f"contoso-{month}.json"
    quarter = CONTOSO_USAGE[month] // 4
    with usage.open("w", newline="") as f:
        csv.writer(f).writerows([["event_id", "customer_id", "metric", "quantity", "timestamp"],
                                 *[[f"rt-{month}-{i}", "cus-contoso-routing-ltd", "route_requests", quarter,
                                    f"{month}-{7 * i + 3:02d}T12:00:00Z"] for i in range(4)]])
    request.write_text(json.dumps({"period_start": first.isoformat(), "period_end": last.isoformat()}))
    return {"usage": usage, "request": request, "contract": folder / "contoso.txt"}


def _books_state() -> tuple[int, int]:
    with session_factory()() as s:
        return len(list(s.exec(select(BooksInvoice)))), len(list(s.exec(select(JournalEntry))))


def _approve(runtime, view) -> None:
    assert view.status == "waiting_approval", view
    assert runtime.decide(view.run_id, approve=[], by=CONTROLLER).status == "completed"


def _bill_contoso_usage(runtime, folder: Path, month: str) -> list[str]:
    """Run Contoso's usage file of `month`: the invoice it issues (hand-worked above), or its quiet note."""
    view = runtime.start_run("usage", _contoso_usage(folder, month))
    assert view.status == "completed", (month, view.findings)
    issued = [(a["invoice_date"], a["amount"]) for a in view.actions if a["type"] == "create_invoice"]
    assert issued == ([CONTOSO_INVOICES[month]] if CONTOSO_INVOICES[month] else []), month
    if month == "2026-09":  # September closes the term: its usage 100.00 and the term's true-up (see above)
        assert [(ln["description"], ln["amount"]) for a in view.actions if a["type"] == "create_invoice"
                for ln in a["lines"]][1] == (
            "Minimum commitment true-up (Apr 1, 2026 - Sep 30, 2026): commitment 1200.00, usage 1050.00", "150.00")
    return [a["message"] for a in view.actions if a["type"] == "notify"]


def test_twelve_months_of_the_bundled_contracts(home: Path, runtime, tmp_path: Path) -> None:
    read = ReadModel(runtime.engine)
    today = [date(2026, 3, 1)]  # the day the simulation is at: what a credit note is dated
    runtime.context = replace(runtime.context, today=lambda: today[0])
    (tmp_path / "contoso.txt").write_text(CONTOSO)
    month_starts = [date(2026, m, 1) for m in range(3, 13)] + [date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)]
    recognised: dict[str, tuple[str, str]] = {m: (usd, eur) for m, usd, eur in RECOGNISED}
    for first in month_starts:
        month = first.strftime("%Y-%m")
        today[0] = first
        previous = (first - timedelta(days=1)).strftime("%Y-%m")
        if month == "2026-03":
            assert runtime.start_contract_run(*example("initech")).status == "completed"
            paid = runtime.start_run("payment", _payment(home.parent, ["SIM-1", "2026-03-20", "18000.00", "USD",
                                                                       "Initech LLC", ""]))
            assert paid.status == "completed", paid.findings
        if month == "2026-04":
            assert runtime.start_contract_run(*example("globex")).status == "completed"
            usage = runtime.start_run("usage", {key: EVENTS / "usage" / name for key, name in (
                ("usage", "usage.csv"), ("contract", "contract.pdf"), ("request", "request.json"),
                ("books", "books.json"))})
            assert [(a["invoice_date"], a["amount"]) for a in usage.actions if a["type"] == "create_invoice"] == [
                ("2026-04-01", "2465.02")]
            paid = runtime.start_run("payment", _payment(home.parent, ["SIM-2", "2026-04-10", "3000.00", "EUR",
                                                                       "Globex GmbH", ""]))
            assert paid.status == "completed", paid.findings
            contoso = runtime.start_contract_run(tmp_path / "contoso.txt")
            assert contoso.status == "completed", contoso.findings
            assert [a["type"] for a in contoso.actions] == ["create_customer", "create_subscription", "notify"]
        if month == "2026-05":
            _approve(runtime, runtime.start_contract_run(*example("acme")))
        if previous in CONTOSO_USAGE and previous != "2026-05":  # May's file comes late, after June's bill run
            _bill_contoso_usage(runtime, tmp_path, previous)
        bill = runtime.start_bill_run(first)
        assert bill.status == "completed", bill
        issued = [(a["invoice_date"], a["currency"], a["amount"]) for a in bill.actions
                  if a["type"] == "create_invoice"]
        assert issued == BILLED.get(first.isoformat(), []), month
        notes = [a["message"] for a in bill.actions if a["type"] == "notify"]
        missing = [n for n in notes if "no usage is on the books" in n]
        if month == "2026-06":  # Contoso's May usage is not in yet: named, never billed as zero
            assert missing == ["Contoso Routing Ltd.: no usage is on the books for May 1, 2026 - May 31, 2026; run "
                               "`accrue usage` with that period's usage file (nothing is billed for it until then)."]
            assert [f["code"] for f in bill.findings] == ["usage_missing"]
        else:  # a quiet month (June, August: all included) is recorded by its usage run, not missing
            assert missing == [], month
        if month == "2027-02":
            assert "Initech LLC: the subscription renews on 2027-03-01 unless notice of non-renewal is given by " \
                   "2027-02-28." in notes
        if month == "2027-03":
            assert "Initech LLC: subscription renewed for Mar 1, 2027 - Feb 29, 2028." in notes
        before = _books_state()
        again = runtime.start_bill_run(first)  # a second bill run changes nothing: it is the first run, or (once a
        assert _books_state() == before        # renewal changed the active subscriptions) a new one with no action
        assert again.already_processed or (month == "2027-03" and again.actions == [])
        if month == "2026-04":  # an SLA credit on Initech's paid invoice is owed back: a credit balance
            today[0] = date(2026, 4, 15)
            (number,) = [i.number for i in read.invoices() if i.customer_id == "cus-initech-llc"]
            request = tmp_path / "credit.json"
            request.write_text(json.dumps({"invoice": number, "amount": "400.00", "requested_by": "Sam Account Manager",
                                           "reason": "SLA credit: degraded service Apr 2-3, 2026"}))
            credit = runtime.start_run("change_request", {"request": request})
            _approve(runtime, credit)  # a controller approves the account manager's credit
        if month == "2026-06":
            _bill_contoso_usage(runtime, tmp_path, "2026-05")
            today[0] = date(2026, 6, 10)  # Acme pays 20,000.00 of its 24,000.00: 4,000.00 stays open
            short = runtime.start_run("payment", _payment(home.parent, ["SIM-3", "2026-06-10", "20000.00", "USD",
                                                                        "Acme Corporation", "ACME-2026-05"]))
            assert short.status == "completed", short.findings
            assert [a["type"] for a in short.actions] == ["apply_payment", "post_journal_entry",
                                                          "create_collections_task", "notify"]
            assert short.actions[-1]["message"].endswith("INV-0004 still owes USD 4,000.00.")
        if month == "2026-08":
            _approve(runtime, runtime.start_run("amendment", {"amendment": EVENTS / "amendment" / "amendment.pdf",
                                                              "contract": EXAMPLES / "globex" / "order-form.pdf"}))
        if month == "2027-03":
            break  # the renewal month: billed, not closed
        close = runtime.start_close(month)
        assert close.status == "completed", close
        posted = {a["currency"]: a["lines"][0]["debit"] for a in close.actions if a["type"] == "post_journal_entry"}
        usd, eur = recognised[month]
        assert posted == {k: v for k, v in (("USD", usd), ("EUR", eur)) if v != "0"}, month
        after = _books_state()
        assert runtime.start_close(month).already_processed and _books_state() == after  # a second close
        report = read.close_report(month)
        assert report.ties, month  # the roll-forward ties and the trial balance balances, per currency
        for roll in report.roll_forward:
            assert roll.recognised == D(recognised[month][0 if roll.currency == "USD" else 1]), month
        if month == "2026-07":
            _check_july_aging(read)

    # The year's last close (Feb 2027), in full.
    report = read.close_report("2027-02")
    usd, eur = (next(t for t in report.trial_balance if t.currency == c) for c in ("USD", "EUR"))
    # USD: Cash = Initech 18,000.00 + Acme's short 20,000.00; AR = Litware 2,465.02 + Acme's 4,000.00 left + Contoso
    # 300.00 + 150.00 + 500.00 + 250.00 = 7,665.02 (Initech paid); Deferred = Acme's Mar + Apr 2027, 24,000.00 -
    # (6 x 2,038.35 + 3 x 1,972.60 + 1,841.10) = 4,011.00; the 400.00 SLA credit on Initech's paid invoice is owed
    # back (Customer Credit Balances); revenue = Initech 18,000.00 + Acme 19,989.00, usage Litware 2,465.02 + Contoso
    # 1,200.00. Debits 38,000.00 + 7,665.02 + 400.00 = credits 4,011.00 + 400.00 + 37,989.00 + 3,665.02 = 46,065.02.
    assert usd.rows == [("Cash", D("38000.00"), D("0.00")), ("Accounts Receivable", D("7665.02"), D("0.00")),
                        ("Deferred Revenue", D("0.00"), D("4011.00")),
                        ("Customer Credit Balances", D("0.00"), D("400.00")),
                        ("Subscription Revenue", D("0.00"), D("37989.00")), ("Usage Revenue", D("0.00"), D("3665.02")),
                        ("Sales Credits and Allowances", D("400.00"), D("0.00"))]
    # EUR: billed 3,000.00 + 3,000.00 + 574.73 + 4,125.00 + 4,125.00 = 14,824.73, 3,000.00 paid; recognised Q2
    # 3,000.00 + Q3 3,574.73 + Q4 4,125.00 + Jan and Feb 2,704.16 = 13,403.89; deferred March's 1,420.84.
    assert eur.rows == [("Cash", D("3000.00"), D("0.00")), ("Accounts Receivable", D("11824.73"), D("0.00")),
                        ("Deferred Revenue", D("0.00"), D("1420.84")),
                        ("Subscription Revenue", D("0.00"), D("13403.89"))]
    (roll,) = [r for r in report.roll_forward if r.currency == "EUR"]
    assert (roll.opening, roll.billed, roll.recognised, roll.closing) == (
        D("2704.17"), D("0.00"), D("1283.33"), D("1420.84"))
    # Aging at Feb 28, 2027 (days past due): Acme's 4,000.00 (due Jun 15) 258, Litware (due May 1) 303, Contoso's
    # invoices due May 31, Jul 1, Aug 31 and Oct 31 all over 90; Globex Q3 (due Jul 16), the amendment's 574.73 (due
    # Aug 30) and Q4 (due Oct 16) over 90, Q1 2027 (due Jan 16) 43 days. Each currency ties to its AR account.
    aging = read.aging(date(2027, 2, 28))
    assert _aged(aging) == {
        ("Acme Corporation", "USD"): {"over_90": D("4000.00")},
        ("Contoso Routing Ltd.", "USD"): {"over_90": D("1200.00")},
        ("Globex GmbH", "EUR"): {"31-60": D("4125.00"), "over_90": D("7699.73")},
        ("Litware Maps Inc.", "USD"): {"over_90": D("2465.02")}}
    assert [(t.currency, t.total, t.ar_balance, t.ties_out) for t in aging.totals] == [
        ("EUR", D("11824.73"), D("11824.73"), True), ("USD", D("7665.02"), D("7665.02"), True)]
    # Credit balances: Initech's 400.00 (the credit beyond what its paid invoice owed); no overpayment anywhere.
    assert [(c.customer_name, c.currency, c.from_credit_notes, c.unapplied_cash, c.total)
            for c in read.customer_credits()] == [("Initech LLC", "USD", D("400.00"), D("0.00"), D("400.00"))]
    with session_factory()() as s:
        subs = sorted((sub.customer_id, str(sub.start_date), sub.status) for sub in s.exec(select(BooksSubscription)))
    assert subs == [("cus-acme-corporation", "2026-05-01", "active"),
                    ("cus-contoso-routing-ltd", "2026-04-01", "active"),
                    ("cus-globex-gmbh", "2026-04-01", "superseded"), ("cus-globex-gmbh", "2026-08-15", "active"),
                    ("cus-initech-llc", "2026-03-01", "superseded"), ("cus-initech-llc", "2027-03-01", "active")]


def _aged(report) -> dict[tuple[str, str], dict[str, Decimal]]:
    """Each customer's open amounts by aging bucket (empty buckets left out)."""
    return {(row.customer_name, row.currency): {b: a for b, a in row.buckets.items() if a}
            for row in report.rows}


def _check_july_aging(read: ReadModel) -> None:
    """Aging at Jul 31, 2026 (days past due): Litware's usage invoice (due May 1) 91, Acme's 4,000.00 left (due
    Jun 15) 46, Contoso's April usage (due May 31) 61 and May usage (due Jul 1) 30, Globex Q3 (due Jul 16) 15."""
    aging = read.aging(date(2026, 7, 31))
    assert _aged(aging) == {
        ("Acme Corporation", "USD"): {"31-60": D("4000.00")},
        ("Contoso Routing Ltd.", "USD"): {"1-30": D("150.00"), "61-90": D("300.00")},
        ("Globex GmbH", "EUR"): {"1-30": D("3000.00")},
        ("Litware Maps Inc.", "USD"): {"over_90": D("2465.02")}}
    assert [(t.currency, t.total, t.ties_out) for t in aging.totals] == [
        ("EUR", D("3000.00"), True), ("USD", D("6915.02"), True)]
