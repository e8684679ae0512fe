"""A payment event reads only the open invoices it can touch, and decides exactly as the whole ledger would.

The core: an `OpenLedger` of just the invoices answering the payments' `LedgerAsks` (with the count of open
invoices per currency) gives every application the one of the whole ledger gives, on random ledgers and a
generated one. The books: `open_invoices_asked` answers those asks from SQLite, loading a handful of rows
out of thousands, and an older data folder gets the keys and indexes it reads by. The service: payments
sent one event at a time through `RunService` are applied as one batch over the whole ledger applies them.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from sqlalchemy import event
from sqlmodel import Session, select

from accrue.adapters.books import BooksCustomer, BooksInvoice, seed_books
from accrue.adapters.cash_reads import longest_invoice_key, open_invoices_asked, open_invoices_for
from accrue.adapters.database import get_engine
from accrue.core.billing.cash import (
    MAX_SUBSET_CANDIDATES,
    LedgerAsks,
    OpenInvoice,
    OpenLedger,
    Payment,
    invoice_key,
    ledger_asks,
)
from accrue.core.validation import match_customer_name
from accrue.workflow.state import PaymentPlanInputs
from tests.test_billing_cash_ledger import answer, generated_ledger, ledgers

D = Decimal
DAY0 = date(2026, 1, 1)


def asked_part(invoices: list[OpenInvoice], asks: LedgerAsks) -> tuple[list[OpenInvoice], dict[str, int]]:
    """What the books answer to `asks`, computed over the whole list: the invoices, the counts per currency."""
    still_open = [inv for inv in invoices if inv.balance > 0]
    counts = {c: sum(inv.currency == c for inv in still_open) for c in asks.unknown_payers_in}
    return [inv for inv in still_open if {invoice_key(inv.number), invoice_key(inv.id)} & asks.keys
            or (inv.customer_id, inv.currency) in asks.owed
            or counts.get(inv.currency, MAX_SUBSET_CANDIDATES + 1) <= MAX_SUBSET_CANDIDATES], counts


def longest(invoices: list[OpenInvoice]) -> int:
    return max((len(invoice_key(k)) for inv in invoices for k in (inv.number, inv.id)), default=0)


def both_ways(invoices: list[OpenInvoice], payments: list[tuple[Payment, str | None]]) -> tuple[list[Any], list[Any]]:
    whole = OpenLedger(invoices)
    part = OpenLedger(*asked_part(invoices, ledger_asks(payments, longest(invoices))))
    return ([answer(whole.apply(p, c)) for p, c in payments], [answer(part.apply(p, c)) for p, c in payments])


@settings(max_examples=400, deadline=None)
@given(ledgers())
def test_the_asked_part_of_a_ledger_decides_as_the_whole(ledger: tuple[list[OpenInvoice],
                                                                      list[tuple[Payment, str | None]]]) -> None:
    whole, part = both_ways(*ledger)
    assert part == whole


def test_a_generated_ledger_decides_the_same_from_the_asked_part() -> None:
    invoices, payments = generated_ledger(customers=40, per_customer=6, payments=150, seed=5)
    # and payers no customer matches: across the whole ledger (too many: for a person) and in a currency of few
    euro = [OpenInvoice(f"eu_{k}", f"EU-{k}", "cus_eu", "EUR", D(100 + 7 * k), DAY0, DAY0) for k in range(5)]
    payments += [(Payment("U-1", DAY0, invoices[3].balance, "USD", "Nobody Ltd"), None),
                 (Payment("U-2", DAY0, D(100 + 114), "EUR", "Nobody GmbH"), None),
                 (Payment("U-3", DAY0, D(107), "EUR", "Nobody GmbH", "paying eu 1"), None)]
    whole, part = both_ways(invoices + euro, payments)
    assert part == whole
    assert {a[6] for a in whole} >= {"reference", "exact_match", "subset", "all_open_invoices"}
    assert [a[1:4] for a in whole[-3:]] == [("unmatched", None, []), ("exact", "cus_eu", [("eu_0", D(100)),
                                                                                          ("eu_2", D(114))]),
                                            ("exact", "cus_eu", [("eu_1", D(107))])]


# -- the books --------------------------------------------------------------------------------------
def seed_of(invoices: list[OpenInvoice], names: dict[str, str] | None = None) -> dict[str, Any]:
    customers = sorted({inv.customer_id for inv in invoices})
    return {"customers": [{"id": c, "legal_name": (names or {}).get(c, f"Customer {c}"), "currency": "USD"}
                          for c in customers],
            "invoices": [{"id": inv.id, "customer_id": inv.customer_id, "number": inv.number,
                          "invoice_date": inv.invoice_date.isoformat(), "due_date": inv.due_date.isoformat(),
                          "currency": inv.currency, "amount": str(inv.balance)} for inv in invoices]}


@pytest.fixture
def books(tmp_path: Path) -> Iterator[tuple[Session, list[OpenInvoice]]]:
    invoices, _ = generated_ledger(customers=300, per_customer=10, payments=0, seed=11)
    invoices += [OpenInvoice(f"eu_{k}", f"EU-{k}", "cus_eu", "EUR", D(100 + k), DAY0, DAY0) for k in range(3)]
    engine = get_engine(f"sqlite:///{tmp_path / 'books.db'}")
    with Session(engine) as s:
        s.add_all(BooksCustomer(id=c, legal_name=f"Customer {c}", currency="USD")
                  for c in sorted({inv.customer_id for inv in invoices}))
        s.flush()
        s.add_all(BooksInvoice(id=inv.id, number=inv.number, customer_id=inv.customer_id, currency=inv.currency,
                               invoice_date=inv.invoice_date, due_date=inv.due_date, amount=inv.balance,
                               amount_paid=inv.balance if n == 0 else D(0), status="paid" if n == 0 else "open")
                  for n, inv in enumerate(invoices))  # the first is paid: no longer open, never asked for
        s.commit()
        yield s, invoices[1:]


@pytest.fixture
def loaded() -> Iterator[list[str]]:
    """Ids of the invoice rows loaded from the database while the test runs."""
    ids: list[str] = []

    def record(target: BooksInvoice, _context: object) -> None:
        ids.append(target.id)

    event.listen(BooksInvoice, "load", record)
    yield ids
    event.remove(BooksInvoice, "load", record)


def test_the_books_answer_what_the_payments_ask_without_reading_the_ledger(
        books: tuple[Session, list[OpenInvoice]], loaded: list[str]) -> None:
    s, invoices = books
    payments = [(Payment("P-1", DAY0, D(1), "USD", "Customer cus_7", "INV-0012 03 / inv001204"), "cus_7"),
                (Payment("P-2", DAY0, D(1), "USD", "Someone", f"for {invoices[0].number.lower()}"), None),
                (Payment("P-3", DAY0, D(1), "EUR", "Someone else"), None)]
    asks = ledger_asks(payments, longest_invoice_key(s))
    asked = open_invoices_asked(s, asks)
    expected, counts = asked_part(invoices, asks)
    assert asked.open_in_currency == counts == {"USD": len(invoices) - 3, "EUR": 3}
    assert sorted(inv.id for inv in asked.invoices) == sorted(inv.id for inv in expected)
    assert {inv.id for inv in asked.invoices} >= {"in_12_3", "in_12_4", invoices[0].id, "eu_0", "eu_1", "eu_2"}
    # the payer's 10, the 3 named, the 3 in euros, and the first 41 in dollars to see there are more than 40
    assert len(loaded) <= 10 + 3 + 3 + MAX_SUBSET_CANDIDATES + 1 < len(invoices) // 50


def test_a_reference_of_one_long_token_is_read_up_to_the_longest_key(books: tuple[Session, list[OpenInvoice]],
                                                                     loaded: list[str]) -> None:
    s, _ = books
    reference = "x" * 100 + " INV-0012-03"  # the spaces join it into one run of 109 letters and digits
    asked = open_invoices_for(s, [(Payment("P-1", DAY0, D(1), "USD", "Someone", reference), "cus_7")])
    assert {inv.id for inv in asked.invoices} == {f"in_7_{k}" for k in range(10)} | {"in_12_3"}
    assert len(loaded) == 11


def test_an_invoice_left_open_with_nothing_to_collect_is_not_counted(books: tuple[Session, list[OpenInvoice]],
                                                                     ) -> None:
    s, _ = books
    for inv in s.exec(select(BooksInvoice).where(BooksInvoice.currency == "EUR")):
        inv.currency = "CHF"
        s.add(inv)
    settled = [BooksInvoice(id=f"chf_{k}", number=f"CHF-{k}", customer_id="cus_eu", invoice_date=DAY0, due_date=DAY0,
                            currency="CHF", amount=D(50), amount_paid=D(50)) for k in range(MAX_SUBSET_CANDIDATES)]
    s.add_all(settled)  # `open` by their status, paid by their amounts (a seed can say so)
    s.commit()
    asked = open_invoices_asked(s, LedgerAsks(frozenset(), frozenset(), frozenset({"CHF"})))
    assert asked.open_in_currency == {"CHF": 3}
    assert sorted(inv.id for inv in asked.invoices) == ["eu_0", "eu_1", "eu_2"]


def test_an_older_data_folder_gets_the_invoice_keys_and_their_indexes(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    url = f"sqlite:///{db}"
    with Session(get_engine(url)) as s:
        seed_books(s, seed_of([OpenInvoice("in_A", "INV-0001", "c1", "USD", D(10), DAY0, DAY0)]))
        s.commit()
    with sqlite3.connect(db) as conn:  # as an accrue before the keys left it: no columns, no indexes, no version
        for index in ("ix_books_invoices_number_key", "ix_books_invoices_id_key", "ix_books_invoices_status_currency"):
            conn.execute(f"DROP INDEX {index}")
        conn.execute("ALTER TABLE books_invoices DROP COLUMN number_key")
        conn.execute("ALTER TABLE books_invoices DROP COLUMN id_key")
        conn.execute("UPDATE accrue_schema SET version = 'older'")
    get_engine.cache_clear()
    with Session(get_engine(url)) as s:
        asked = open_invoices_asked(s, ledger_asks([(Payment("P", DAY0, D(10), "USD", "x", "inv 0001"), None)], 8))
        assert [inv.id for inv in asked.invoices] == ["in_A"]
    with sqlite3.connect(db) as conn:
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_books_invoices_number_key", "ix_books_invoices_id_key"} <= indexes
        assert conn.execute("SELECT number_key, id_key FROM books_invoices").fetchall() == [("inv0001", "ina")]


# -- the service ------------------------------------------------------------------------------------
WORDS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Soylent",
         "Cyberdyne", "Wonka", "Gringotts", "Monarch", "Oscorp", "Pied Piper", "Massive", "Dunder", "Kramerica",
         "Prestige"]


def event_payments(invoices: list[OpenInvoice], names: dict[str, str], count: int, seed: int) -> list[Payment]:
    """Payments that follow what is still open (so none overpays an invoice an earlier one paid): by reference,
    short by reference, by an exact amount, by a combination, paying off a customer, from unknown payers."""
    rng = random.Random(seed)
    ledger = OpenLedger(invoices)
    customers = sorted({inv.customer_id for inv in invoices if inv.currency == "USD"})
    out: list[Payment] = []
    for n in range(count):
        customer = rng.choice(customers)
        own = ledger.owed_by(customer, "USD")
        if not own:
            continue
        picked = rng.sample(own, min(len(own), rng.randrange(1, 4)))
        amount = sum((inv.balance for inv in picked), D(0))
        kind = rng.randrange(6)
        payer, reference = names[customer], ""
        if kind == 0:
            reference = " ".join(inv.number.lower() for inv in picked)
        elif kind == 1:
            amount, reference = picked[0].balance - D("12.34"), f"payment for {picked[0].number}"
            if amount <= 0:
                continue
        elif kind == 2:
            amount = sum((inv.balance for inv in own), D("100.00"))
        elif kind == 3:
            amount = picked[0].balance
        elif kind == 4:
            payer = "Nobody At All"
        out.append(Payment(f"P-{n}", DAY0 + timedelta(days=40), amount, "USD", payer, reference))
        ledger.apply(out[-1], customer if kind != 4 else None)
    return out


def test_payments_sent_one_event_at_a_time_are_applied_as_one_batch_applies_them(runtime: Any,
                                                                                  tmp_path: Path) -> None:
    invoices = [OpenInvoice(f"in_{c}_{k}", f"INV-{c:02d}{k:02d}", f"cus_{c}", "USD",
                            D(random.Random(c * 100 + k).randrange(5_000, 90_000)) / 100, DAY0,
                            DAY0 + timedelta(days=k)) for c in range(len(WORDS)) for k in range(5)]
    names = {f"cus_{c}": f"{word} Corporation" for c, word in enumerate(WORDS)}
    payments = event_payments(invoices, names, 40, seed=3)
    customers = {f"cus_{c}": names[f"cus_{c}"] for c in range(len(WORDS))}
    batch = OpenLedger(invoices)
    expected = [batch.apply(p, match_customer_name(p.payer, customers)) for p in payments]
    seed = tmp_path / "books.json"
    seed.write_text(json.dumps(seed_of(invoices, names)))
    runtime.seed_books(seed)
    applied = []
    for p in payments:
        csv = tmp_path / f"{p.payment_id}.csv"
        csv.write_text("payment_id,date,amount,currency,payer,reference\n"
                       f"{p.payment_id},{p.date},{p.amount},{p.currency},{p.payer},{p.reference}\n")
        view = runtime.start_run("payment", {"payments": csv})
        plan = runtime.state(view.run_id).plan_inputs
        assert isinstance(plan, PaymentPlanInputs) and not plan.credit_uses
        applied.append(plan.applications[0])
        # applied to the books before the next event, unless it waits for a person (changing nothing)
        assert view.status == "completed" or applied[-1].outcome == "unmatched", (p, view.status)
    assert [(a.payment.payment_id, a.outcome, a.customer_id, a.allocations, a.method) for a in applied] == [
        (a.payment.payment_id, a.outcome, a.customer_id, a.allocations, a.method) for a in expected]
    assert {a.method for a in expected} >= {"reference", "exact_match", "subset", "all_open_invoices"}
    assert any(a.outcome == "unmatched" for a in expected)
