"""ERP export: the books' journal entries as NetSuite and QuickBooks Online journal-entry import CSVs."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from accrue.adapters.books import post_entry
from accrue.adapters.erp_export import (
    NETSUITE_COLUMNS,
    QUICKBOOKS_COLUMNS,
    ExportEntry,
    ExportLine,
    export_entries,
    load_entries,
    netsuite_csv,
    quickbooks_csv,
)
from accrue.adapters.rates_file import ExchangeRates, read_rates
from accrue.core.errors import InputError
from tests.conftest import example, run_cli
from tests.stripe_fakes import session_factory

RATES = ExchangeRates("USD", {"JPY": [(None, Decimal("0.0067"))]})


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _entries() -> list[ExportEntry]:
    return [
        ExportEntry("JE-1", date(2026, 5, 1), "USD", 'Invoice inv-1, "annual"', customer_name="Acme Corporation",
                    lines=[ExportLine("1100", Decimal("24000.00"), Decimal(0)),
                           ExportLine("2100", Decimal(0), Decimal("14400.00")),
                           ExportLine("2100", Decimal(0), Decimal("9600.00"))]),
        ExportEntry("JE-2", date(2026, 6, 30), "JPY", "Yen invoice", customer_name="Initech KK",
                    lines=[ExportLine("1100", Decimal("120000"), Decimal(0)),
                           ExportLine("4000", Decimal(0), Decimal("120000"))]),
    ]


def test_netsuite_layout() -> None:
    text = netsuite_csv(_entries(), rates=RATES)
    assert text.splitlines()[0] == ",".join(NETSUITE_COLUMNS) and "\r\n" in text
    rows = _rows(text)
    assert [r["External ID"] for r in rows] == ["JE-1"] * 3 + ["JE-2"] * 2  # one row per line, shared External ID
    first = rows[0]
    assert (first["Date"], first["Currency"], first["Exchange Rate"], first["Account"], first["Debit"],
            first["Credit"], first["Memo"], first["Name"]) == ("05/01/2026", "USD", "1", "1100 Accounts Receivable",
                                                               "24000.00", "", 'Invoice inv-1, "annual"',
                                                               "Acme Corporation")
    assert rows[1]["Account"] == "2100 Deferred Revenue" and rows[1]["Credit"] == "14400.00"
    assert rows[3]["Debit"] == "120000" and rows[4]["Account"] == "4000 Subscription Revenue"
    assert (rows[3]["Currency"], rows[3]["Exchange Rate"]) == ("JPY", "0.0067")  # from the rates file, never 1
    for entry_id in ("JE-1", "JE-2"):
        lines = [r for r in rows if r["External ID"] == entry_id]
        assert sum(Decimal(r["Debit"] or 0) for r in lines) == sum(Decimal(r["Credit"] or 0) for r in lines)


def test_quickbooks_layout() -> None:
    rows = _rows(quickbooks_csv(_entries(), rates=RATES, date_format="%d/%m/%Y"))
    assert list(rows[0]) == QUICKBOOKS_COLUMNS
    assert [(r["Journal No."], r["Journal Date"], r["Account Name"], r["Debits"], r["Credits"], r["Name"],
             r["Currency Code"]) for r in rows[:2]] == [
        ("JE-1", "01/05/2026", "Accounts Receivable", "24000.00", "", "Acme Corporation", "USD"),
        ("JE-1", "01/05/2026", "Deferred Revenue", "", "14400.00", "Acme Corporation", "USD")]
    assert [(r["Currency Code"], r["Exchange Rate"]) for r in rows] == [("USD", "1")] * 3 + [("JPY", "0.0067")] * 2


def test_exports_refuse_what_the_erp_would_reject() -> None:
    unbalanced = [ExportEntry("JE-9", date(2026, 5, 1), "USD", "bad", lines=[
        ExportLine("1000", Decimal("10.00"), Decimal(0)), ExportLine("1100", Decimal(0), Decimal("9.00"))])]
    with pytest.raises(ValueError, match="debits 10.00 != credits 9.00"):
        netsuite_csv(unbalanced, rates=RATES)
    kwd = [ExportEntry("JE-K", date(2026, 5, 1), "KWD", "three places", customer_name="Kuwait Co", lines=[
        ExportLine("1100", Decimal("1.234"), Decimal(0)), ExportLine("4000", Decimal(0), Decimal("1.234"))])]
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        netsuite_csv(kwd, rates=ExchangeRates("USD", {"KWD": [(None, Decimal("3.25"))]}))
    no_customer = [ExportEntry("JE-A", date(2026, 5, 1), "USD", "AR without a name", lines=[
        ExportLine("1100", Decimal("5.00"), Decimal(0)), ExportLine("4000", Decimal(0), Decimal("5.00"))])]
    with pytest.raises(ValueError, match="QuickBooks requires a Name"):
        quickbooks_csv(no_customer, rates=RATES)
    with pytest.raises(ValueError, match="unknown export format"):
        export_entries(_entries(), "sap", rates=RATES)  # type: ignore[arg-type]


def test_entries_load_from_the_books_with_their_customer(home: Path) -> None:
    from accrue.adapters.connectors.local_books import LocalBooks
    from tests.stripe_fakes import customer_action, invoice_action

    books = LocalBooks(session_factory())
    books.execute(customer_action(), key="kc", run_id="r")
    books.execute(invoice_action(), key="ki", run_id="r")
    with session_factory()() as s:
        post_entry(s, entry_id="JE-1", entry_date=date(2026, 5, 1), memo="Invoice inv-1", currency="USD",
                   source_ref="inv-1", lines=[("Accounts Receivable", Decimal("24000.00"), Decimal(0)),
                                              ("Deferred Revenue", Decimal(0), Decimal("24000.00"))])
        post_entry(s, entry_id="JE-2", entry_date=date(2026, 7, 1), memo="later", currency="USD",
                   lines=[("Cash", Decimal("1.00"), Decimal(0)), ("Unapplied Cash", Decimal(0), Decimal("1.00"))])
        s.commit()
        entries = load_entries(s, until=date(2026, 6, 30))
    assert [(e.entry_id, e.customer_name) for e in entries] == [("JE-1", "Acme Corporation")]


def test_payment_entries_carry_the_payers_customer(home: Path) -> None:
    # A payment's entry credits Accounts Receivable and records the payment, not an invoice: QuickBooks needs
    # the customer on that A/R line too, else no ledger with a payment in it can be exported.
    from accrue.adapters.connectors.local_books import LocalBooks
    from accrue.core.actions import Allocation, ApplyPayment, JournalLine, PostJournalEntry
    from tests.stripe_fakes import customer_action, invoice_action

    books = LocalBooks(session_factory())
    books.execute(customer_action(), key="kc", run_id="r")
    books.execute(invoice_action(), key="ki", run_id="r")
    books.execute(ApplyPayment(payment_id="pay-1", payment_date=date(2026, 6, 1), currency="USD",
                               amount=Decimal("24000.00"), payer="ACME CORP WIRE",
                               allocations=[Allocation(invoice_id="inv-1", amount=Decimal("24000.00"))]),
                  key="kp", run_id="r")
    books.execute(PostJournalEntry(date=date(2026, 6, 1), memo="Payment pay-1", currency="USD", source_ref="pay-1",
                                   lines=[JournalLine(account="Cash", debit=Decimal("24000.00")),
                                          JournalLine(account="Accounts Receivable", credit=Decimal("24000.00"))]),
                  key="kj", run_id="r")
    with session_factory()() as s:
        entries = load_entries(s)
    assert [(e.memo, e.customer_name) for e in entries] == [("Payment pay-1", "Acme Corporation")]
    rows = _rows(quickbooks_csv(entries, rates=RATES))
    assert [(r["Account Name"], r["Credits"], r["Name"]) for r in rows][1] == (
        "Accounts Receivable", "24000.00", "Acme Corporation")


def test_cli_books_export(home: Path, tmp_path: Path) -> None:
    contract, deal = example("initech")
    run_cli("run", str(contract), "--deal", str(deal), home=home, check=True)
    pending = run_cli("pending", "--json", home=home, check=True).stdout
    import json

    for view in json.loads(pending):
        run_cli("approve", view["run_id"], "--as", "Dana Controller", home=home, check=True)
    out = tmp_path / "je.csv"
    done = run_cli("books", "export", "--format", "quickbooks", "--out", str(out), home=home, check=True)
    assert "journal entries to" in done.stdout
    rows = _rows(out.read_text())
    assert rows and {r["Account Name"] for r in rows} >= {"Accounts Receivable"}
    assert sum(Decimal(r["Debits"] or 0) for r in rows) == sum(Decimal(r["Credits"] or 0) for r in rows)
    stdout = run_cli("books", "export", "--format", "netsuite", home=home, check=True).stdout
    assert stdout.splitlines()[0] == ",".join(NETSUITE_COLUMNS)
    bad = run_cli("books", "export", "--format", "sap", home=home)
    assert bad.returncode == 2 and "use one of: netsuite, quickbooks" in bad.stderr
    missing = run_cli("books", "export", "--format", "netsuite", "--out", str(tmp_path / "no" / "x.csv"), home=home)
    assert missing.returncode == 2 and "its folder does not exist" in missing.stderr
    assert json.loads(run_cli("books", "--json", home=home, check=True).stdout)["journal_entries"]


def test_a_foreign_entry_without_a_rate_is_refused_never_exported_at_1() -> None:
    with pytest.raises(ValueError, match=r"entry JE-2 \(2026-06-30\) is in JPY and the rates file has no JPY rate to "
                                         r"USD on or before that date; add a row \"JPY,RATE,2026-06-30\""):
        netsuite_csv(_entries(), rates=ExchangeRates("USD"))


def test_rates_file_dated_rates_apply_from_their_date(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("currency,rate,date\nEUR,1.0800,2026-01-01\nEUR,1.1000,2026-06-01\nJPY,0.0067,\n")
    rates = read_rates(path, "usd")
    assert rates.rate("EUR", date(2026, 5, 31)) == Decimal("1.0800")
    assert rates.rate("EUR", date(2026, 6, 1)) == Decimal("1.1000")
    assert rates.rate("EUR", date(2025, 12, 31)) is None  # before any EUR rate: no rate, never 1
    assert rates.rate("jpy", date(2020, 1, 1)) == Decimal("0.0067") and rates.rate("USD", date(2020, 1, 1)) == 1
    path.write_text("currency,rate\nEUR,one\n")
    with pytest.raises(InputError, match="line 2: rate 'one' for EUR is not a positive number"):
        read_rates(path, "USD")


def test_cli_export_uses_the_rates_file_and_invoice_numbers(home: Path, tmp_path: Path) -> None:
    import json

    contract, deal = example("globex")  # a EUR contract
    run_cli("run", str(contract), "--deal", str(deal), home=home, check=True)
    for view in json.loads(run_cli("pending", "--json", home=home, check=True).stdout):
        run_cli("approve", view["run_id"], "--as", "Dana Controller", home=home, check=True)
    refused = run_cli("books", "export", "--format", "netsuite", home=home)
    assert refused.returncode == 2 and "is in EUR and the rates file has no EUR rate to USD" in refused.stderr
    rates = tmp_path / "rates.csv"
    rates.write_text("currency,rate\nEUR,1.0825\n")
    rows = _rows(run_cli("books", "export", "--format", "netsuite", "--rates", str(rates), home=home,
                         check=True).stdout)
    assert rows and {(r["Currency"], r["Exchange Rate"]) for r in rows} == {("EUR", "1.0825")}
    invoice = json.loads(run_cli("books", "--json", home=home, check=True).stdout)["invoices"][0]
    assert rows[0]["Memo"] == f"Invoice {invoice['number']} to Globex GmbH"  # not inv-... to cus-globex-gmbh
