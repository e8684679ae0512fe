"""Month-end close: revenue recognition posted ratably by days, the close report, and closed months stay closed.

Worked by hand: Initech bills USD 18,000.00 on Mar 1, 2026 for Mar 1, 2026 - Feb 28, 2027 (365 days), in
advance, so it is deferred; Globex bills EUR 3,000.00 on Apr 1, 2026 for Apr 1 - Jun 30, 2026 (91 days).
"""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from accrue.adapters.books import JournalEntry, PeriodClosed, post_entry
from accrue.core.billing.close import DeferredLine, PostedLine, close_report, recognition_entries, recognition_through
from accrue.core.billing.periods import Period
from tests.conftest import example, run_cli
from tests.stripe_fakes import session_factory

D = Decimal
INITECH = DeferredLine("inv-initech", "USD", D("18000.00"), Period(date(2026, 3, 1), date(2027, 2, 28)))
GLOBEX = DeferredLine("inv-globex", "EUR", D("3000.00"), Period(date(2026, 4, 1), date(2026, 6, 30)))


def test_recognition_is_ratable_by_days_and_a_line_ends_exactly_recognised() -> None:
    # March: 18,000 x 31/365 = 1,528.767 -> 1,528.77; April: 18,000 x 30/365 = 1,479.452 -> 1,479.45, so through
    # April 3,008.22. Globex April: 3,000 x 30/91 = 989.011 -> 989.01; May 3,000 x 31/91 = 1,021.978 -> 1,021.98;
    # June takes the rest, 3,000.00 - 989.01 - 1,021.98 = 989.01. Each line is recognised in full by its last month.
    assert recognition_through([INITECH, GLOBEX], "2026-03") == {"USD": D("1528.77")}
    assert recognition_through([INITECH, GLOBEX], "2026-04") == {"USD": D("3008.22"), "EUR": D("989.01")}
    assert recognition_through([GLOBEX], "2026-05") == {"EUR": D("2010.99")}
    assert recognition_through([INITECH, GLOBEX], "2027-02") == {"USD": D("18000.00"), "EUR": D("3000.00")}


def test_a_close_posts_what_is_due_through_the_month_less_what_earlier_closes_recognised() -> None:
    # March was closed before Initech's invoice reached the books (nothing recognised); April's close catches up
    # March and April: 3,008.22 USD, dated Apr 30. With March recognised already it posts only April's 1,479.45.
    (catch_up,) = recognition_entries([INITECH], "2026-04", {})
    assert (catch_up.date, catch_up.currency, catch_up.debits) == (date(2026, 4, 30), "USD", D("3008.22"))
    assert [(ln.account, ln.debit, ln.credit) for ln in catch_up.lines] == [
        ("Deferred Revenue", D("3008.22"), D(0)), ("Subscription Revenue", D(0), D("3008.22"))]
    (april,) = recognition_entries([INITECH], "2026-04", {"USD": D("1528.77")})
    assert april.debits == D("1479.45")
    assert recognition_entries([INITECH], "2026-04", {"USD": D("3008.22")}) == []


def test_the_close_report_rolls_deferred_revenue_forward_and_balances() -> None:
    lines = [PostedLine(date(2026, 3, 1), "USD", "Accounts Receivable", D("18000.00"), D(0), False),
             PostedLine(date(2026, 3, 1), "USD", "Deferred Revenue", D(0), D("18000.00"), False),
             PostedLine(date(2026, 3, 31), "USD", "Deferred Revenue", D("1528.77"), D(0), True),
             PostedLine(date(2026, 3, 31), "USD", "Subscription Revenue", D(0), D("1528.77"), True),
             PostedLine(date(2026, 4, 30), "USD", "Deferred Revenue", D("1479.45"), D(0), True),
             PostedLine(date(2026, 4, 30), "USD", "Subscription Revenue", D(0), D("1479.45"), True)]
    report = close_report(lines, "2026-04")
    (roll,) = report.roll_forward
    # opening 18,000.00 - 1,528.77 = 16,471.23; + 0 billed - 1,479.45 recognised = 14,991.78
    assert (roll.opening, roll.billed, roll.recognised, roll.closing) == (
        D("16471.23"), D("0.00"), D("1479.45"), D("14991.78"))
    (trial,) = report.trial_balance
    assert trial.rows == [("Accounts Receivable", D("18000.00"), D("0.00")),
                          ("Deferred Revenue", D("0.00"), D("14991.78")),
                          ("Subscription Revenue", D("0.00"), D("3008.22"))]
    assert report.ties and trial.debits == trial.credits == D("18000.00")


def _entries() -> list[tuple[date, str, str]]:
    with session_factory()() as s:
        entries = s.exec(select(JournalEntry).order_by(JournalEntry.posted_at))
        return [(e.entry_date, e.currency, e.memo) for e in entries]


def test_closing_months_posts_recognition_once_and_keeps_closed_months_closed(home: Path, runtime) -> None:
    for slug in ("initech", "globex"):
        runtime.start_contract_run(*example(slug))
    march = runtime.start_close("2026-03")
    assert march.status == "completed"
    assert [(a["type"], a["status"]) for a in march.actions] == [("post_journal_entry", "executed"),
                                                                 ("close_period", "executed")]
    april = runtime.start_close("2026-04")
    assert [a["lines"][0]["debit"] for a in april.actions if a["type"] == "post_journal_entry"] == ["989.01", "1479.45"]
    before = _entries()
    again = runtime.start_close("2026-04")
    assert again.already_processed and _entries() == before  # a second close changes nothing
    earlier = runtime.start_close("2026-02")  # before the books' last close: nothing to post, and it says so
    assert (earlier.status, earlier.actions) == ("completed", [])
    assert [f["code"] for f in earlier.findings] == ["period_closed"]

    # A payment received Apr 20 and applied after April closed posts in the open period: May 1.
    payments = home.parent / "payments.csv"
    with payments.open("w", newline="") as f:
        csv.writer(f).writerows([["payment_id", "date", "amount", "currency", "payer", "reference"],
                                 ["pay-1", "2026-04-20", "3000.00", "EUR", "Globex GmbH", "INV-0002"]])
    paid = runtime.start_run("payment", {"payments": payments})
    assert paid.status == "completed", paid.findings
    day, _, memo = _entries()[-1]
    assert day == date(2026, 5, 1) and "dated 2026-04-20; the books are closed through 2026-04-30" in memo
    with session_factory()() as s, pytest.raises(PeriodClosed, match="closed through 2026-04-30"):
        post_entry(s, entry_id="JE-late", entry_date=date(2026, 4, 30), memo="late", currency="USD",
                   lines=[("Cash", D("1.00"), D(0)), ("Accounts Receivable", D(0), D("1.00"))])

    report = json.loads(run_cli("close", "--period", "2026-04", "--json", home=home, check=True).stdout)["report"]
    assert report["ties"] is True
    assert report["roll_forward"] == [
        {"currency": "EUR", "opening": "0.00", "billed": "3000.00", "recognised": "989.01", "closing": "2010.99",
         "ties": True},
        {"currency": "USD", "opening": "16471.23", "billed": "0.00", "recognised": "1479.45", "closing": "14991.78",
         "ties": True}]


def test_close_refuses_a_month_it_cannot_read(home: Path) -> None:
    proc = run_cli("close", "--period", "2026-13", home=home)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: accrue close --period: '2026-13' is not a month; write it as YYYY-MM"
