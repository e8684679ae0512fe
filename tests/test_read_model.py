"""The read model the interfaces use: books JSON in its published shape, invoice lookups, open balances, runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session

from accrue.adapters.connectors.local_books import LocalBooks
from accrue.adapters.database import get_engine
from accrue.adapters.read_model import ReadModel
from accrue.adapters.store import ActionExecution, RunRecord
from accrue.core.actions import Allocation, ApplyPayment
from tests.stripe_fakes import credit_note_action, customer_action, invoice_action


@pytest.fixture
def db(tmp_path: Path) -> Callable[[], Session]:
    engine = get_engine(f"sqlite:///{tmp_path}/books.db")
    books = LocalBooks(lambda: Session(engine, expire_on_commit=False))
    books.execute(customer_action(), key="k-cus", run_id="r")
    books.execute(invoice_action(), key="k-inv", run_id="r")
    books.execute(invoice_action(key="k-inv-2", invoice_id="inv-2"), key="k-inv-2", run_id="r")
    books.execute(credit_note_action(), key="k-cn", run_id="r")
    books.execute(ApplyPayment(payment_id="pay-1", payment_date=date(2026, 6, 10), customer="cus-acme",
                               currency="USD", amount=Decimal("24000.00"),
                               allocations=[Allocation(invoice_id="inv-2", amount=Decimal("24000.00"))]),
                  key="k-pay", run_id="r")
    return lambda: Session(engine, expire_on_commit=False)


def test_books_json_keeps_the_published_shape(db: Callable[[], Session]) -> None:
    with db() as s:
        books = ReadModel(s.get_bind()).books_json()
    assert list(books) == ["customers", "invoices", "journal_entries", "credit_notes", "payments"]  # empty: left out
    assert books["customers"] == [{"id": "cus-acme", "legal_name": "Acme Corporation",
                                   "billing_email": "billing@acme.example", "currency": "USD", "external_ids": {}}]
    first = books["invoices"][0]
    assert list(first) == ["id", "number", "customer_id", "subscription_id", "invoice_date", "due_date", "currency",
                           "po_number", "amount", "amount_paid", "amount_credited", "amount_written_off",
                           "amount_credited_to_customer", "status", "approved_by", "external_ids", "balance", "lines"]
    assert (first["number"], first["amount"], first["amount_credited"], first["balance"], first["status"]) == (
        "INV-0001", "24000.00", "1000.00", "23000.00", "open")
    assert first["lines"][1] == {"position": 1, "description": "Named User Seats", "amount": "9600.00",
                                 "quantity": "40", "unit_price": "240.00", "period_start": None, "period_end": None,
                                 "revenue_type": "subscription"}
    assert [(i["number"], i["status"], i["balance"]) for i in books["invoices"]] == [
        ("INV-0001", "open", "23000.00"), ("INV-0002", "paid", "0.00")]
    (payment,) = books["payments"]
    assert payment["allocations"] == [{"invoice_id": "inv-2", "amount": "24000.00"}]
    assert books["credit_notes"][0]["amount"] == "1000.00"


def test_an_invoice_is_found_by_number_in_any_case_or_by_id(db: Callable[[], Session]) -> None:
    with db() as s:
        read = ReadModel(s.get_bind())
    assert read.invoice(" inv-0002 ").id == "inv-2"  # type: ignore[union-attr]
    assert read.invoice("inv-1").number == "INV-0001"  # type: ignore[union-attr]
    assert read.invoice("INV-9999") is None
    assert read.customer("cus-acme").legal_name == "Acme Corporation"  # type: ignore[union-attr]
    assert read.customer("cus-nobody") is None


def test_open_invoices_are_those_with_money_still_owed(db: Callable[[], Session]) -> None:
    with db() as s:
        read = ReadModel(s.get_bind())
    assert [(i.number, i.balance) for i in read.open_invoices()] == [("INV-0001", Decimal("23000.00"))]
    assert read.open_invoices(customer_id="cus-other") == []


def test_runs_and_execution_errors(db: Callable[[], Session]) -> None:
    with db() as s:
        s.add(RunRecord(run_id="run-old", updated_at=datetime(2026, 5, 1, tzinfo=UTC)))
        s.add(RunRecord(run_id="run-new", updated_at=datetime(2026, 5, 2, tzinfo=UTC)))
        s.add(ActionExecution(idempotency_key="k-1", run_id="run-new", action_id="a1", action_type="notify",
                              connector="outbox", status="failed", error="Slack answered 500"))
        s.commit()
        read = ReadModel(s.get_bind())
    assert read.recent_run_ids(1) == ["run-new"]
    assert read.execution_errors(["k-1", "k-unknown"]) == {"k-1": "Slack answered 500"}


def test_planners_and_views_share_one_definition_of_an_open_invoice(db: Callable[[], Session]) -> None:
    from accrue.adapters.cash_reads import open_invoices_asked
    from accrue.core.billing.cash import LedgerAsks
    from accrue.workflow.nodes import books_reads

    with db() as s:  # what cash application is given when it asks for every invoice of every customer in USD
        customers = frozenset((c, "USD") for c in books_reads.customers(s))
        planned = open_invoices_asked(s, LedgerAsks(frozenset(), customers, frozenset())).invoices
        found = books_reads.find_invoice(s, "inv-0001")
        read = ReadModel(s.get_bind())
    assert [(i.number, i.balance) for i in planned] == [(i.number, i.balance) for i in read.open_invoices()] == [
        ("INV-0001", Decimal("23000.00"))]  # INV-0002 is paid: open to neither
    assert found is not None and found.id == "inv-1" and read.invoice("INV-0001").id == "inv-1"  # type: ignore[union-attr]
