"""Journal entries as ERP import files: NetSuite and QuickBooks Online journal-entry CSVs.

NetSuite (CSV Import Assistant, Transactions > Journal Entry; help topics "Journal Entry
Import" and its header / line-level field tables): one CSV row per line; the header fields
(External ID, Date, Currency, Exchange Rate, Memo) repeat on every line and rows sharing an
External ID form one entry; Account must match the chart of accounts ("number name" when
account numbers are on, which is how we write it); Debit and Credit take at most 2
decimals; "Line Memo" maps to the line memo and "Memo" to the body memo.

QuickBooks Online (Settings > Import data > Journal entries): columns Journal No.,
Journal Date, Account Name, Debits, Credits, Description, Name, Currency Code; rows
sharing a Journal No. form one entry; account names only (QuickBooks asks for account
numbers to be off during import); dates in the company's format, MM/DD/YYYY for US
companies; lines on Accounts Receivable need a customer in Name.

Both files are checked before they are written: every entry balances, and amounts have no
more places than the format takes. Every row names its currency and the exchange rate to the base
currency from the rates file (`accrue.adapters.rates_file`); an entry in a currency the file has no
rate for is refused, never exported at 1 (QuickBooks books a foreign entry at 1 when it is given
none). Memos name invoices by their numbers (INV-0042) and customers by their names, as people and
the ERP know them, not by accrue's internal ids. `load_entries` reads the journal from the books; the
writers take entries and return CSV text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from sqlmodel import Session, col, select

from accrue.adapters.books import (
    BooksAllocation,
    BooksCustomer,
    BooksInvoice,
    BooksPayment,
    JournalEntry,
    UnbalancedEntry,
    check_balanced,
    entry_lines,
)
from accrue.adapters.rates_file import ExchangeRates
from accrue.core.billing.ledger import ACCOUNT_NAMES
from accrue.core.money import minor_units

ExportFormat = Literal["netsuite", "quickbooks"]
FORMATS: tuple[ExportFormat, ...] = ("netsuite", "quickbooks")

NETSUITE_COLUMNS = ["External ID", "Date", "Currency", "Exchange Rate", "Memo", "Account", "Debit", "Credit",
                    "Line Memo", "Name"]
QUICKBOOKS_COLUMNS = ["Journal No.", "Journal Date", "Account Name", "Debits", "Credits", "Description", "Name",
                      "Currency Code", "Exchange Rate"]

_RECEIVABLE = "1100"


@dataclass
class ExportLine:
    account_code: str
    debit: Decimal
    credit: Decimal


@dataclass
class ExportEntry:
    """One journal entry as an ERP needs it: accounts as codes, the customer's name if any."""

    entry_id: str
    entry_date: date
    currency: str
    memo: str
    lines: list[ExportLine]
    customer_name: str | None = None
    reverses: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def load_entries(session: Session, *, since: date | None = None, until: date | None = None) -> list[ExportEntry]:
    """Journal entries from the local books, oldest first, with the customer of the invoice or payment they record."""
    q = select(JournalEntry).order_by(col(JournalEntry.entry_date), col(JournalEntry.posted_at), col(JournalEntry.id))
    # What a person knows records by: invoices by number, customers by name (memos are written with internal ids)
    numbers = {c.id: c.legal_name for c in session.exec(select(BooksCustomer))}
    numbers.update({i.id: i.number for i in session.exec(select(BooksInvoice))})
    out: list[ExportEntry] = []
    for je in session.exec(q):
        if (since and je.entry_date < since) or (until and je.entry_date > until):
            continue
        customer_id = _customer_of(session, je.source_ref) if je.source_ref else None
        cust = session.get(BooksCustomer, customer_id) if customer_id else None
        out.append(ExportEntry(entry_id=je.id, entry_date=je.entry_date, currency=je.currency,
                               memo=_with_invoice_numbers(je.memo, numbers),
                               customer_name=cust.legal_name if cust else None, reverses=je.reverses,
                               lines=[ExportLine(ln.account, Decimal(ln.debit), Decimal(ln.credit))
                                      for ln in entry_lines(session, je.id)]))
    return out


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]*[A-Za-z0-9]")


def _with_invoice_numbers(memo: str, numbers: dict[str, str]) -> str:
    """The memo with every internal invoice id ("inv-eb7f6cee...-1") replaced by the invoice's number, and every
    customer id by the customer's name."""
    return _TOKEN.sub(lambda m: numbers.get(m.group(0), m.group(0)), memo)


def _customer_of(session: Session, source_ref: str) -> str | None:
    """The customer of the record an entry documents: an invoice (credit notes and write-offs cite theirs), a
    payment (its customer, else the one customer of the invoices it paid), or the customer itself (the use of
    their credit balance)."""
    inv = session.get(BooksInvoice, source_ref)
    if inv is not None:
        return inv.customer_id
    if session.get(BooksCustomer, source_ref) is not None:
        return source_ref
    payment = session.get(BooksPayment, source_ref)
    if payment is None:
        return None
    if payment.customer_id:
        return payment.customer_id
    paid = {a.invoice_id for a in session.exec(select(BooksAllocation).where(BooksAllocation.payment_id == payment.id))}
    customers = {i.customer_id for i in (session.get(BooksInvoice, i) for i in paid) if i is not None}
    return customers.pop() if len(customers) == 1 else None


def _amount(value: Decimal, currency: str, max_places: int, fmt: str) -> str:
    if value == 0:
        return ""
    places = min(minor_units(currency), max_places)
    q = Decimal(1).scaleb(-places)
    if value.quantize(q) != value:
        raise ValueError(f"{fmt}: amount {value} {currency} has more than {places} decimal places")
    return f"{value.quantize(q):f}"


def _date(d: date, date_format: str) -> str:
    return d.strftime(date_format)


def _check(entries: Iterable[ExportEntry], rates: ExchangeRates) -> dict[str, str]:
    """Every entry balances and has a rate; returns the rate of each entry, as the file writes it."""
    out: dict[str, str] = {}
    for e in entries:
        try:
            check_balanced([(ln.debit, ln.credit) for ln in e.lines], e.entry_id)
        except UnbalancedEntry as exc:
            raise ValueError(f"cannot export: {exc}") from None
        rate = rates.rate(e.currency, e.entry_date)
        if rate is None:
            raise ValueError(f"entry {e.entry_id} ({e.entry_date}) is in {e.currency} and the rates file has no "
                             f"{e.currency} rate to {rates.base} on or before that date; add a row "
                             f"\"{e.currency},RATE,{e.entry_date}\" to rates.csv (or --rates FILE)")
        out[e.entry_id] = f"{rate:f}"
    return out


def netsuite_csv(entries: list[ExportEntry], *, rates: ExchangeRates, date_format: str = "%m/%d/%Y") -> str:
    """NetSuite journal-entry import CSV (one row per line, header fields repeated)."""
    rate = _check(entries, rates)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(NETSUITE_COLUMNS)
    for e in entries:
        for ln in e.lines:
            account = f"{ln.account_code} {ACCOUNT_NAMES.get(ln.account_code, '')}".strip()
            w.writerow([e.entry_id, _date(e.entry_date, date_format), e.currency, rate[e.entry_id], e.memo, account,
                        _amount(ln.debit, e.currency, 2, "NetSuite"), _amount(ln.credit, e.currency, 2, "NetSuite"),
                        e.memo, e.customer_name or ""])
    return buf.getvalue()


def quickbooks_csv(entries: list[ExportEntry], *, rates: ExchangeRates, date_format: str = "%m/%d/%Y") -> str:
    """QuickBooks Online journal-entry import CSV (rows sharing a Journal No. form one entry)."""
    rate = _check(entries, rates)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(QUICKBOOKS_COLUMNS)
    for e in entries:
        for ln in e.lines:
            name = e.customer_name or ""
            if ln.account_code == _RECEIVABLE and not name:
                raise ValueError(f"QuickBooks: entry {e.entry_id} posts to Accounts Receivable without a customer; "
                                 "QuickBooks requires a Name on A/R lines")
            w.writerow([e.entry_id, _date(e.entry_date, date_format), ACCOUNT_NAMES.get(ln.account_code,
                                                                                           ln.account_code),
                        _amount(ln.debit, e.currency, 2, "QuickBooks"),
                        _amount(ln.credit, e.currency, 2, "QuickBooks"), e.memo, name, e.currency,
                        rate[e.entry_id]])
    return buf.getvalue()


def export_entries(entries: list[ExportEntry], fmt: ExportFormat, *, rates: ExchangeRates,
                   date_format: str = "%m/%d/%Y") -> str:
    if fmt == "netsuite":
        return netsuite_csv(entries, rates=rates, date_format=date_format)
    if fmt == "quickbooks":
        return quickbooks_csv(entries, rates=rates, date_format=date_format)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
