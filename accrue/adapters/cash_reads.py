"""The open invoices some payments can touch, read from the books by indexed queries.

A bank-feed event carries one payment or a few; reading and indexing every open invoice of the books for
it would cost what the ledger's size costs. `open_invoices_asked` answers the payments' `LedgerAsks`
instead: the open invoices a reference can name (by the keys the books keep of each invoice's number and
id), each known payer's open invoices in its currency, and, for a payer no customer matches, how many
invoices are open in its currency (and all of them only when they are few enough to be searched). An open
invoice is the read model's: status `open` with something left to collect.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from accrue.adapters.books import BooksInvoice
from accrue.core.billing.cash import (
    MAX_SUBSET_CANDIDATES,
    LedgerAsks,
    OpenInvoice,
    Payment,
    ledger_asks,
    longest_token,
)

T = TypeVar("T")
# Values per IN list: well under every database's limit on bound parameters.
_CHUNK = 500
# No invoice number is this long: a reference with a longer token asks the books for their longest key rather
# than trying every length of it.
_LONG_TOKEN = 64


@dataclass(frozen=True)
class AskedInvoices:
    """The open invoices answering a `LedgerAsks` (earliest due first, as the whole ledger is read), and the
    books' count of open invoices in each currency an unknown payer pays in: an `OpenLedger`'s two arguments."""

    invoices: list[OpenInvoice]
    open_in_currency: dict[str, int]


def open_invoices_for(s: Session, payments: list[tuple[Payment, str | None]]) -> AskedInvoices:
    """The open invoices deciding `payments` (each with the customer its payer matched, if any) can touch, and the
    counts an `OpenLedger` of them needs: what a few payments are decided against instead of the whole ledger."""
    longest = max((longest_token(payment.reference) for payment, _ in payments), default=0)
    if longest > _LONG_TOKEN:
        longest = min(longest, longest_invoice_key(s))
    return open_invoices_asked(s, ledger_asks(payments, longest))


def longest_invoice_key(s: Session) -> int:
    """The length of the longest key (normalised number or id) of any invoice: no reference names a longer one."""
    return max(s.exec(select(func.max(func.length(key)))).one() or 0  # one column a query: each reads its index
               for key in (BooksInvoice.number_key, BooksInvoice.id_key))


def open_invoices_asked(s: Session, asks: LedgerAsks) -> AskedInvoices:
    """The open invoices the payments behind `asks` can touch, and the counts an unknown payer's payment needs."""
    found: dict[str, BooksInvoice] = {}
    # The status is checked below, not in this query: there the database could prefer its index to the keys'.
    for keys in _chunks(sorted(asks.keys)):
        found.update((row.id, row) for row in s.exec(select(BooksInvoice).where(or_(
            col(BooksInvoice.number_key).in_(keys), col(BooksInvoice.id_key).in_(keys)))))
    for customers in _chunks(sorted({customer for customer, _ in asks.owed})):
        found.update((row.id, row) for row in s.exec(_open().where(col(BooksInvoice.customer_id).in_(customers)))
                     if (row.customer_id, row.currency) in asks.owed)
    counts = {currency: _open_in(s, currency, found) for currency in sorted(asks.unknown_payers_in)}
    rows = sorted((row for row in found.values() if row.status == "open" and row.balance > 0),
                  key=lambda row: (row.due_date, row.number))
    return AskedInvoices([OpenInvoice(row.id, row.number, row.customer_id, row.currency, row.balance,
                                      row.invoice_date, row.due_date) for row in rows], counts)


def _open() -> Any:
    return select(BooksInvoice).where(BooksInvoice.status == "open")


def _open_in(s: Session, currency: str, found: dict[str, BooksInvoice]) -> int:
    """How many invoices are open in `currency`; when no more than the subset search takes, they go into `found`
    (a payer no customer matches is searched for among them)."""
    in_currency = _open().where(BooksInvoice.currency == currency)
    first = s.exec(in_currency.limit(MAX_SUBSET_CANDIDATES + 1)).all()
    if len(first) > MAX_SUBSET_CANDIDATES and all(row.balance > 0 for row in first):
        return int(s.exec(select(func.count()).select_from(BooksInvoice).where(
            BooksInvoice.status == "open", BooksInvoice.currency == currency)).one())
    # few, or an invoice left `open` with nothing to collect (a seed can say so) among the first: count exactly
    rows = first if len(first) <= MAX_SUBSET_CANDIDATES else s.exec(in_currency).all()
    still_open = [row for row in rows if row.balance > 0]
    if len(still_open) <= MAX_SUBSET_CANDIDATES:
        found.update((row.id, row) for row in still_open)
    return len(still_open)


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]
