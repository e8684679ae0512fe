"""`accrue books` for people: every section by name and with currency, filters by customer and date, 80 columns."""

from __future__ import annotations

import io
import re
from datetime import date

from rich.console import Console

from accrue.interfaces.books_view import match_customer_id, print_books, select

BOOKS = {
    "customers": [{"id": "cus-acme", "legal_name": "Acme Corporation", "billing_email": None, "currency": "USD",
                   "external_ids": {}},
                  {"id": "cus-globex", "legal_name": "Globex GmbH", "billing_email": "ap@globex.example",
                   "currency": "EUR", "external_ids": {}}],
    "invoices": [
        {"id": "inv-a1", "number": "INV-0001", "customer_id": "cus-acme", "subscription_id": None,
         "invoice_date": "2026-05-01", "due_date": "2026-06-15", "currency": "USD", "po_number": None,
         "amount": "24000.00", "amount_paid": "20000.00", "amount_credited": "0", "amount_written_off": "0",
         "status": "partially_paid", "external_ids": {}, "balance": "4000.00", "lines": []},
        {"id": "inv-g1", "number": "INV-0002", "customer_id": "cus-globex", "subscription_id": None,
         "invoice_date": "2026-08-01", "due_date": "2026-08-16", "currency": "EUR", "po_number": None,
         "amount": "3000.00", "amount_paid": "0", "amount_credited": "500.00", "amount_written_off": "12.40",
         "status": "open", "external_ids": {}, "balance": "2487.60", "lines": []}],
    "journal_entries": [
        {"id": "JE-1", "entry_date": "2026-05-01", "memo": "Invoice inv-a1 to cus-acme", "currency": "USD",
         "source_ref": "inv-a1", "reverses": None, "run_id": None,
         "lines": [{"account": "1100", "debit": "24000.00", "credit": "0"},
                   {"account": "2100", "debit": "0", "credit": "24000.00"}]}],
    "subscriptions": [{"id": "sub-1", "customer_id": "cus-globex", "start_date": "2026-08-01", "end_date": None,
                       "billing_frequency": "quarterly", "billing_timing": "advance", "currency": "EUR",
                       "status": "active", "items": [{"quantity": "40", "unit_price": "300.00"}],
                       "schedule": [{"invoice_date": "2026-08-01", "amount": "3000.00"}]}],
    "payments": [{"id": "P-1", "payment_date": "2026-06-10", "customer_id": "cus-acme", "payer": "ACME CORP",
                  "reference": "INV-0001", "amount": "20100.00", "currency": "USD", "unapplied": "100.00",
                  "allocations": [{"invoice_id": "inv-a1", "amount": "20000.00"}]}],
    "credit_notes": [{"id": "CN-1", "invoice_id": "inv-g1", "amount": "500.00", "currency": "EUR",
                      "reason": "SLA breach in August", "approved_by": "Sam Lee", "external_ids": {},
                      "created_at": "2026-08-20T10:00:00Z"}],
    "write_offs": [{"id": "WO-1", "invoice_id": "inv-g1", "amount": "12.40", "currency": "EUR",
                    "reason": "fx rounding"}],
}


def _shown(books: dict) -> str:
    """The books as printed: checked at 80 columns, returned from a wide terminal so rows read whole."""
    texts = {}
    for width in (80, 200):
        out = io.StringIO()
        print_books(Console(file=out, width=width, color_system=None), books, everything=BOOKS)
        texts[width] = out.getvalue()
        assert not re.search(r"\bNone\b|cus-|inv-|_id\b|\{", texts[width]), texts[width]
    assert all(len(line) <= 80 for line in texts[80].splitlines())
    return " ".join(texts[200].split())


def test_every_section_names_customers_and_states_currencies() -> None:
    text = _shown(BOOKS)
    for title in ("Customers", "Invoices", "Payments and where they went", "Credit notes", "Write-offs",
                  "Subscriptions", "Journal entries"):
        assert title in text
    assert "INV-0001 Acme Corporation 2026-06-15 USD 24,000.00 20,000.00 4,000.00 partially paid" in text
    assert "ACME" not in text.replace("ACME CORP", "") and "Acme Corporation (ref INV-0001)" in text
    assert "INV-0001 USD 20,000.00" in text and "USD 100.00" in text  # the allocation and the unapplied rest
    assert "INV-0002 Globex GmbH EUR 500.00 SLA breach in August Sam Lee" in text
    assert "INV-0002 Globex GmbH EUR 12.40 fx rounding" in text
    assert "Globex GmbH 2026-08-01 open-ended quarterly, advance EUR 3,000.00 active" in text
    assert "Invoice INV-0001 to Acme Corporation" in text and "1100 Accounts Receivable USD 24,000.00" in text


def test_filters_by_customer_and_date_keep_whole_records() -> None:
    acme = select(BOOKS, customer_id=match_customer_id(BOOKS, "acme corp"))
    assert [i["number"] for i in acme["invoices"]] == ["INV-0001"] and "credit_notes" not in acme
    assert [p["id"] for p in acme["payments"]] == ["P-1"] and len(acme["journal_entries"]) == 1
    august = select(BOOKS, since=date(2026, 8, 1), until=date(2026, 8, 31))
    assert [i["number"] for i in august["invoices"]] == ["INV-0002"]
    assert "payments" not in august and august["journal_entries"] == []
    assert [c["id"] for c in august["credit_notes"]] == ["CN-1"]
    text = _shown(august)
    assert "INV-0002" in text and "INV-0001" not in text
    assert match_customer_id(BOOKS, "globx") == "cus-globex"
