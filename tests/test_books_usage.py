"""What the books learn from executed actions: billed usage into the usage history (so the spike
check averages over what was really invoiced), payer and reference on payments, and seeds that
can be loaded twice. Each books test runs on SQLite, and on PostgreSQL too when
ACCRUE_TEST_DATABASE_URL points at a server (as in tests/test_books.py; the tables there are
dropped and recreated)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session, select

from accrue.adapters.books import BooksInvoice, BooksPayment, UsageHistory, seed_books
from accrue.adapters.connectors.base import ConnectorError
from accrue.adapters.connectors.local_books import LocalBooks
from accrue.adapters.database import get_engine
from accrue.adapters.read_model import ReadModel
from accrue.core.actions import Allocation, ApplyPayment, CreateInvoice, UsageQuantity
from accrue.core.errors import InputError
from accrue.settings import load_settings
from accrue.workflow.service import RunService
from tests.conftest import EXAMPLES
from tests.postgres import fresh_postgres_engine
from tests.stripe_fakes import customer_action, invoice_action

USAGE = EXAMPLES / "events" / "usage"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Session]]:
    if request.param == "sqlite":
        engine = get_engine(f"sqlite:///{tmp_path}/books.db")
    else:
        engine = fresh_postgres_engine()
    yield lambda: Session(engine, expire_on_commit=False)


def _usage_invoice(key: str, invoice_id: str, usage: list[tuple[str, str]]) -> CreateInvoice:
    """The example invoice, billing usage of api_calls for (period, quantity) months."""
    base = invoice_action(key=key, invoice_id=invoice_id)
    return base.model_copy(update={"usage": [
        UsageQuantity(customer_id="cus-acme", metric="api_calls", period=period, quantity=Decimal(q))
        for period, q in usage]})


def _history(db: Callable[[], Session]) -> dict[tuple[str, str, str], Decimal]:
    with db() as s:
        return {(h.customer_id, h.metric, h.period): Decimal(h.quantity) for h in s.exec(select(UsageHistory))}


def test_a_usage_invoice_adds_its_billed_quantities_to_the_history_once(db: Callable[[], Session]) -> None:
    books = LocalBooks(db)
    books.execute(customer_action(), key="k-cus", run_id="r")
    first = _usage_invoice("k-inv-1", "inv-1", [("2026-03", "1000"), ("2026-04", "250.5")])
    assert books.execute(first, key="k-inv-1", run_id="r").detail["existing"] is False
    assert books.execute(first, key="k-inv-1", run_id="r").detail["existing"] is True  # a replay adds nothing
    assert _history(db) == {("cus-acme", "api_calls", "2026-03"): Decimal("1000"),
                            ("cus-acme", "api_calls", "2026-04"): Decimal("250.5")}
    # A second invoice billing April (say a late batch) adds to the month: the history is what was billed.
    books.execute(_usage_invoice("k-inv-2", "inv-2", [("2026-04", "500")]), key="k-inv-2", run_id="r")
    assert _history(db)[("cus-acme", "api_calls", "2026-04")] == Decimal("750.5")
    with db() as s:
        assert ReadModel(s.get_bind()).books_json()["usage_history"] == [
            {"customer_id": "cus-acme", "metric": "api_calls", "period": "2026-03", "quantity": "1000"},
            {"customer_id": "cus-acme", "metric": "api_calls", "period": "2026-04", "quantity": "750.5"}]


def test_a_bad_usage_month_refuses_the_whole_invoice(db: Callable[[], Session]) -> None:
    books = LocalBooks(db)
    books.execute(customer_action(), key="k-cus", run_id="r")
    bad = _usage_invoice("k-inv", "inv-1", [("2026-03", "10"), ("2026-3", "5")])
    with pytest.raises(ConnectorError, match=r"usage period '2026-3' .* is not a month \(YYYY-MM\)") as info:
        books.execute(bad, key="k-inv", run_id="r")
    assert info.value.transient is False
    with db() as s:  # one transaction: neither the invoice nor the good month was written
        assert list(s.exec(select(BooksInvoice))) == []
    assert _history(db) == {}


def test_a_payment_keeps_its_payer_and_reference(db: Callable[[], Session]) -> None:
    books = LocalBooks(db)
    books.execute(customer_action(), key="k-cus", run_id="r")
    books.execute(invoice_action(), key="k-inv", run_id="r")
    pay = ApplyPayment(payment_id="P-1", payment_date=date(2026, 6, 10), customer="cus-acme", currency="USD",
                       amount=Decimal("24000.00"), allocations=[Allocation(invoice_id="inv-1",
                                                                           amount=Decimal("24000.00"))],
                       payer="ACME CORP (WIRE)", reference="INV-0001 / PO-88412")
    books.execute(pay, key="k-pay", run_id="r")
    with db() as s:
        row = s.get(BooksPayment, "P-1")
        assert (row.payer, row.reference) == ("ACME CORP (WIRE)", "INV-0001 / PO-88412")
        (shown,) = ReadModel(s.get_bind()).books_json()["payments"]
    assert (shown["payer"], shown["reference"]) == ("ACME CORP (WIRE)", "INV-0001 / PO-88412")


def test_seeding_the_same_file_twice_adds_no_usage_rows(db: Callable[[], Session]) -> None:
    seed = json.loads((USAGE / "books.json").read_text())
    for _ in range(2):
        with db() as s:
            seed_books(s, seed, "books.json")
            s.commit()
    expected = {("cus-litware", "geocode_requests", "2025-12"): Decimal("690000"),
                ("cus-litware", "geocode_requests", "2026-01"): Decimal("720000"),
                ("cus-litware", "geocode_requests", "2026-02"): Decimal("705000")}
    assert _history(db) == expected
    with db() as s:
        assert len(list(s.exec(select(UsageHistory)))) == 3
    # A month the books already hold is kept as it is, whatever a later seed says about it.
    changed = {**seed, "usage_history": [{**seed["usage_history"][0], "quantity": "1"}]}
    with db() as s:
        seed_books(s, changed, "books.json")
        s.commit()
    assert _history(db) == expected


def test_a_seed_with_a_bad_usage_month_names_the_file(db: Callable[[], Session]) -> None:
    seed = {"usage_history": [{"customer_id": "c", "metric": "m", "period": "March 2026", "quantity": "5"}]}
    with db() as s, pytest.raises(InputError, match=r"books\.json: invalid value \(usage period 'March 2026'"):
        seed_books(s, seed, "books.json")


def test_a_seeded_invoice_amount_finer_than_its_currency_is_refused(db: Callable[[], Session]) -> None:
    # 1,234.565 USD would sit in the books as an open balance no payment can match (cash application works in
    # whole cents) and stop every payment run: refused at the seed, naming the record and the fix.
    seed = {"customers": [{"id": "cus-a", "legal_name": "A", "currency": "USD"}],
            "invoices": [{"id": "INV-9", "customer_id": "cus-a", "invoice_date": "2026-01-01", "due_date": "2026-01-31",
                          "currency": "USD", "amount": "1234.565"}]}
    with db() as s, pytest.raises(InputError) as err:
        seed_books(s, seed, "books.json")
    assert str(err.value).startswith("books.json: invoice INV-9: amount 1234.565 has more decimals than USD allows")
    assert "round" in err.value.fix
    with db() as s:
        assert s.get(BooksInvoice, "INV-9") is None


# -- end to end: usage runs teach the spike check -------------------------------------------------

def _april_usage(folder: Path) -> dict[str, Path]:
    """An April file of 2,400,000 requests: 3.2x a March of 755,007, unremarkable without history."""
    rows = [f"ev-04{d:02d},cus-litware,geocode_requests,400000,2026-04-{d:02d}T09:00:00Z" for d in range(1, 7)]
    (folder / "usage.csv").write_text("event_id,customer_id,metric,quantity,timestamp\n" + "\n".join(rows) + "\n")
    (folder / "request.json").write_text(json.dumps({"period_start": "2026-04-01", "period_end": "2026-04-30"}))
    books = json.loads((USAGE / "books.json").read_text())
    (folder / "books.json").write_text(json.dumps({**books, "usage_history": []}))  # the customer, no history
    shutil.copyfile(USAGE / "contract.pdf", folder / "contract.pdf")
    return {role: folder / name for role, name in (("usage", "usage.csv"), ("request", "request.json"),
                                                   ("contract", "contract.pdf"), ("books", "books.json"))}


def test_usage_invoices_teach_the_spike_check(home: Path, tmp_path: Path) -> None:
    april = _april_usage(tmp_path)
    march = {"usage": USAGE / "usage.csv", "request": USAGE / "request.json", "contract": USAGE / "contract.pdf",
             "books": april["books"]}
    with RunService() as rt:
        billed = rt.start_run("usage", march)
        assert billed.status == "completed"
        with rt.session() as s:
            assert [(h.period, h.quantity) for h in s.exec(select(UsageHistory))] == [("2026-03", Decimal("755007"))]
        spiked = rt.start_run("usage", april)
    assert spiked.status == "waiting_approval"
    assert "usage_spike" in [f["code"] for f in spiked.findings]
    (invoice,) = [a for a in spiked.actions if a["type"] == "create_invoice"]
    assert invoice["reasons"] == ["usage is far above its trailing average"] and invoice["status"] == "proposed"

    # The same April file where no March invoice was ever issued: nothing to compare with, so no spike.
    with RunService(load_settings(home=tmp_path / "other-home")) as rt:
        alone = rt.start_run("usage", april)
    assert alone.status == "completed" and "usage_spike" not in [f["code"] for f in alone.findings]
