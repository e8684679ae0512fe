"""`accrue books` for people: one table per kind of record, customers by name, every amount with its currency.

Pure: the books JSON (`ReadModel.books_json()`) in, rich tables out, each section in its own function
so more can be added (aging lives in its own command). `select` narrows the JSON to one customer and a
date range before anything is shown, so `--json` with the same filters returns the same records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from accrue.core.billing.ledger import ACCOUNT_NAMES
from accrue.core.errors import InputError
from accrue.core.validation import canonical_name
from accrue.interfaces.describe import FREQUENCY, money

Books = dict[str, Any]


def match_customer_id(books: Books, query: str) -> str:
    """The id of the customer `query` names (fuzzy, legal suffixes ignored); exit-2 error naming the choices."""
    q = canonical_name(query)
    scored = sorted(((max(fuzz.ratio(q, canonical_name(c["legal_name"])),
                          fuzz.partial_ratio(q, canonical_name(c["legal_name"])) if len(q) >= 3 else 0), c)
                     for c in books.get("customers", [])), key=lambda x: -x[0])
    if not scored or scored[0][0] < 80:
        known = ", ".join(c["legal_name"] for c in books.get("customers", [])) or "none yet"
        raise InputError("--customer", f"no customer matches {query!r}", f"use one of: {known}")
    return str(scored[0][1]["id"])


def select(books: Books, *, customer_id: str | None = None, since: date | None = None,
           until: date | None = None) -> Books:
    """The books narrowed to one customer and to records dated in [since, until] (either end open)."""
    def dated(day: str | None) -> bool:
        if day is None:
            return True
        d = date.fromisoformat(day[:10])
        return (since is None or d >= since) and (until is None or d <= until)

    invoices = [i for i in books.get("invoices", []) if (customer_id is None or i["customer_id"] == customer_id)
                and dated(i["invoice_date"])]
    kept = {i["id"] for i in invoices}
    all_of_customer = {i["id"] for i in books.get("invoices", [])
                       if customer_id is None or i["customer_id"] == customer_id}
    out: Books = {
        "customers": [c for c in books.get("customers", []) if customer_id is None or c["id"] == customer_id],
        "invoices": invoices,
        "journal_entries": [j for j in books.get("journal_entries", []) if dated(j["entry_date"])
                            and (customer_id is None or j.get("source_ref") in all_of_customer
                                 or customer_id in (j.get("memo") or ""))],
    }
    optional: dict[str, Callable[[dict[str, Any]], bool]] = {
        "subscriptions": lambda s: (customer_id is None or s["customer_id"] == customer_id)
        and (until is None or date.fromisoformat(s["start_date"]) <= until)
        and (since is None or s.get("end_date") is None or date.fromisoformat(s["end_date"]) >= since),
        "payments": lambda p: dated(p["payment_date"]) and (customer_id is None or p.get("customer_id") == customer_id
                                                             or any(a["invoice_id"] in all_of_customer
                                                                    for a in p.get("allocations", []))),
        "credit_notes": lambda c: c["invoice_id"] in all_of_customer and dated(c.get("created_at")),
        "write_offs": lambda w: w["invoice_id"] in kept,
        "collections_tasks": lambda t: t["invoice_id"] in kept,
        "usage_history": lambda u: customer_id is None or u["customer_id"] == customer_id,
    }
    for name, keep in optional.items():
        rows = [r for r in books.get(name, []) if keep(r)]
        if rows:
            out[name] = rows
    return out


def print_books(console: Console, books: Books, *, everything: Books | None = None) -> None:
    """Every section that has records; `everything` (the unfiltered books) names customers and invoices."""
    ref = everything or books
    customers = {c["id"]: c["legal_name"] for c in ref.get("customers", [])}
    invoices = {i["id"]: i for i in ref.get("invoices", [])}
    sections = [customers_table(books), invoices_table(books, customers),
                payments_table(books, customers, invoices), credit_notes_table(books, customers, invoices),
                write_offs_table(books, customers, invoices), subscriptions_table(books, customers),
                journal_table(books, invoices, customers)]
    shown = [t for t in sections if t is not None]
    for t in shown:
        console.print(t)
    if not books.get("invoices") and not books.get("customers"):
        console.print("The books hold nothing for this selection.")


def _table(title: str, columns: list[str], right: frozenset[int] = frozenset(),
           wrap: frozenset[int] = frozenset()) -> Table:
    """Amounts, dates and numbers stay on one line; the `wrap` columns (names, reasons) take what is left."""
    t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 0, 0, 1))
    for i, col in enumerate(columns):
        t.add_column(col, justify="right" if i in right else "left", overflow="fold", no_wrap=i not in wrap,
                     min_width=12 if i in wrap else None)
    return t


def customers_table(books: Books) -> Table | None:
    rows = books.get("customers", [])
    if not rows:
        return None
    t = _table("Customers", ["customer", "currency", "billing email"], wrap=frozenset({0, 2}))
    for c in rows:
        t.add_row(Text(c["legal_name"]), c["currency"], Text(c.get("billing_email") or "not given"))
    return t


def invoices_table(books: Books, customers: dict[str, str]) -> Table | None:
    rows = books.get("invoices", [])
    if not rows:
        return None
    t = _table("Invoices (amounts in the invoice's currency)",
               ["number\nissued", "customer", "due", "amount", "paid", "open", "status"], frozenset({3, 4, 5}),
               wrap=frozenset({1}))
    for i in rows:
        cur = i["currency"]
        t.add_row(Text(f"{i['number']}\n{i['invoice_date']}"), Text(customers.get(i["customer_id"], i["customer_id"])),
                  i["due_date"], money(i["amount"], cur), _plain(i["amount_paid"]), _plain(i["balance"]),
                  str(i["status"]).replace("_", " "))
    return t


def payments_table(books: Books, customers: dict[str, str], invoices: dict[str, Any]) -> Table | None:
    rows = books.get("payments", [])
    if not rows:
        return None
    t = _table("Payments and where they went", ["date", "from", "amount", "applied to", "unapplied"],
               frozenset({2, 4}), wrap=frozenset({1, 3}))
    for p in rows:
        cur = p["currency"]
        payer = customers.get(p.get("customer_id") or "", "") or p.get("payer") or "unknown payer"
        ref = f" (ref {p['reference']})" if p.get("reference") else ""
        applied = "; ".join(f"{_number_of(a['invoice_id'], invoices)} {money(a['amount'], cur)}"
                            for a in p.get("allocations", [])) or "nothing"
        t.add_row(p["payment_date"], Text(payer + ref), money(p["amount"], cur), Text(applied),
                  _amount(p["unapplied"], cur))
    return t


def credit_notes_table(books: Books, customers: dict[str, str], invoices: dict[str, Any]) -> Table | None:
    rows = books.get("credit_notes", [])
    if not rows:
        return None
    t = _table("Credit notes", ["date", "invoice", "customer", "amount", "reason", "approved by"], frozenset({3}),
               wrap=frozenset({2, 4, 5}))
    for c in rows:
        inv = invoices.get(c["invoice_id"], {})
        t.add_row(str(c.get("created_at", ""))[:10], _number_of(c["invoice_id"], invoices),
                  Text(customers.get(inv.get("customer_id", ""), "")), money(c["amount"], c["currency"]),
                  Text(c["reason"]), Text(c.get("approved_by") or "policy (no approval needed)"))
    return t


def write_offs_table(books: Books, customers: dict[str, str], invoices: dict[str, Any]) -> Table | None:
    rows = books.get("write_offs", [])
    if not rows:
        return None
    t = _table("Write-offs", ["invoice", "customer", "amount", "reason"], frozenset({2}), wrap=frozenset({1, 3}))
    for w in rows:
        inv = invoices.get(w["invoice_id"], {})
        t.add_row(_number_of(w["invoice_id"], invoices), Text(customers.get(inv.get("customer_id", ""), "")),
                  money(w["amount"], w["currency"]), Text(w["reason"]))
    return t


def subscriptions_table(books: Books, customers: dict[str, str]) -> Table | None:
    rows = books.get("subscriptions", [])
    if not rows:
        return None
    t = _table("Subscriptions", ["customer", "from", "to", "billed", "per invoice", "status"], frozenset({4}),
               wrap=frozenset({0, 3}))
    for s in rows:
        cur = s["currency"]
        per_year = sum((Decimal(str(i["quantity"])) * Decimal(str(i["unit_price"])) for i in s.get("items", [])),
                       Decimal(0))
        next_bill = next((r for r in s.get("schedule", [])), None)
        per = money(next_bill["amount"], cur) if next_bill else money(per_year, cur)
        billed = f"{FREQUENCY.get(s['billing_frequency'], s['billing_frequency'])}, {s['billing_timing']}"
        t.add_row(Text(customers.get(s["customer_id"], s["customer_id"])), s["start_date"],
                  s.get("end_date") or "open-ended", billed, per, s["status"])
    return t


def journal_table(books: Books, invoices: dict[str, Any], customers: dict[str, str]) -> Table | None:
    rows = books.get("journal_entries", [])
    if not rows:
        return None
    t = _table("Journal entries", ["date", "memo", "account", "cur", "debit", "credit"], frozenset({4, 5}),
               wrap=frozenset({1, 2}))
    for je in rows:
        memo = je["memo"]
        for ident, inv in invoices.items():
            memo = memo.replace(ident, inv["number"])
        for ident, name in customers.items():
            memo = memo.replace(ident, name)
        for n, ln in enumerate(je["lines"]):
            head = (je["entry_date"], Text(memo)) if n == 0 else ("", Text(""))
            code = ln["account"]
            account = f"{code} {ACCOUNT_NAMES[code]}" if code in ACCOUNT_NAMES else code
            t.add_row(*head, Text(account), je["currency"], _plain(ln["debit"]), _plain(ln["credit"]))
    return t


def _plain(value: Any) -> str:
    """An amount in a column whose currency the row states: grouped, blank when zero."""
    number = Decimal(str(value))
    return "" if number == 0 else f"{number:,}"


def _amount(value: Any, currency: str) -> str:
    return "" if Decimal(str(value)) == 0 else money(value, currency)


def _number_of(invoice_id: str, invoices: dict[str, Any]) -> str:
    inv = invoices.get(invoice_id)
    return str(inv["number"]) if inv else invoice_id
