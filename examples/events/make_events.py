"""Builds the example event files for every run kind: `python examples/events/make_events.py`.

Each folder is self-contained (a `books.json` seeds the local books it needs) and is run
by one `accrue event ...` command listed in README.md. Amounts are worked by hand in the
README and pinned by tests/test_graph_events.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent
VENDOR = "Accrue Demo Software, Inc."


def pdf(title: str, lines: list[str]) -> bytes:
    doc = FPDF()
    doc.set_auto_page_break(auto=True, margin=15)
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", size=11)
    for line in lines:
        if line.startswith("# "):
            doc.ln(3)
            doc.set_font("Helvetica", "B", 12)
            doc.cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
            doc.set_font("Helvetica", size=11)
        else:
            doc.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    doc.ln(6)
    doc.cell(0, 7, "Signed for the Customer: ____________________    Signed for the Vendor: ____________________",
             new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


USAGE_CONTRACT = [
    "Order Form Number: OF-2026-0201",
    f"Vendor: {VENDOR}",
    "Customer: Litware Maps Inc.",
    "Billing Contact: ap@litware.example",
    "Effective Date: January 20, 2026",
    "Service Start Date: February 1, 2026",
    "Service End Date: January 31, 2027",
    "Subscription Term: 12 months",
    "Currency: USD",
    "Billing Frequency: Annual, in advance",
    "Payment Terms: Net 30",
    "# Fees",
    "Maps Platform (SKU MAP-PLAT): 1 x USD 6,000.00 per year",
    "Total Contract Value: USD 6,000.00",
    "# Usage Fees",
    "Metric: Geocode requests",
    "Included quantity: 100,000 geocode requests per month",
    "Overage is billed monthly in arrears at graduated rates. Tier bounds count only the requests above the "
    "included quantity in the month:",
    "Overage requests 1 - 500,000: USD 0.0040 per request",
    "Overage requests 500,001 - 1,000,000: USD 0.0030 per request",
    "Overage requests above 1,000,000: USD 0.0020 per request",
]

USAGE_ROWS = [
    ("ev-0301", "cus-litware", "geocode_requests", "120000", "2026-03-02T09:00:00Z"),
    ("ev-0302", "cus-litware", "geocode_requests", "95500", "2026-03-06T09:00:00Z"),
    ("ev-0303", "cus-litware", "geocode_requests", "130250", "2026-03-11T09:00:00Z"),
    ("ev-0304", "cus-litware", "geocode_requests", "88000", "2026-03-16T09:00:00Z"),
    ("ev-0305", "cus-litware", "geocode_requests", "143700", "2026-03-21T09:00:00Z"),
    ("ev-0306", "cus-litware", "geocode_requests", "101300", "2026-03-26T09:00:00Z"),
    ("ev-0307", "cus-litware", "geocode_requests", "76257", "2026-03-31T22:15:00Z"),
    ("ev-0303", "cus-litware", "geocode_requests", "130250", "2026-03-11T09:00:00Z"),  # sent twice
    ("ev-0229", "cus-litware", "geocode_requests", "50000", "2026-02-28T23:00:00Z"),  # February
    ("ev-9001", "cus-nobody", "geocode_requests", "40000", "2026-03-12T10:00:00Z"),  # not a customer
]

USAGE_BOOKS = {
    "customers": [{"id": "cus-litware", "legal_name": "Litware Maps Inc.", "currency": "USD"}],
    "invoices": [{"id": "INV-L-0001", "customer_id": "cus-litware", "number": "INV-L-0001",
                  "invoice_date": "2026-02-01", "due_date": "2026-03-03", "currency": "USD", "amount": "6000.00",
                  "amount_paid": "6000.00", "status": "paid"}],
    "usage_history": [
        {"customer_id": "cus-litware", "metric": "geocode_requests", "period": "2025-12", "quantity": "690000"},
        {"customer_id": "cus-litware", "metric": "geocode_requests", "period": "2026-01", "quantity": "720000"},
        {"customer_id": "cus-litware", "metric": "geocode_requests", "period": "2026-02", "quantity": "705000"},
    ],
}

PAYMENTS = [
    # payment_id, date, amount, currency, payer, reference, fee
    ("P-1001", "2026-04-20", "8250.50", "USD", "Initech LLC", "INV-0101, INV-0102, INV-0103", ""),
    ("P-1002", "2026-04-21", "2997.50", "EUR", "Globex GmbH", "INV-0201", ""),
    ("P-1003", "2026-04-22", "24100.00", "USD", "ACME CORPORATION", "INV-0301", "70.00"),
    ("P-1004", "2026-04-22", "999.99", "USD", "Unknown Trading Co", "", ""),
]

PAYMENT_BOOKS = {
    "customers": [
        {"id": "cus-initech-llc", "legal_name": "Initech LLC", "currency": "USD"},
        {"id": "cus-globex-gmbh", "legal_name": "Globex GmbH", "currency": "EUR"},
        {"id": "cus-acme-corporation", "legal_name": "Acme Corporation", "currency": "USD"},
    ],
    "invoices": [
        {"id": "INV-0101", "customer_id": "cus-initech-llc", "number": "INV-0101", "invoice_date": "2026-03-01",
         "due_date": "2026-03-31", "currency": "USD", "amount": "4000.00", "amount_paid": "0", "status": "open"},
        {"id": "INV-0102", "customer_id": "cus-initech-llc", "number": "INV-0102", "invoice_date": "2026-03-08",
         "due_date": "2026-04-07", "currency": "USD", "amount": "2500.00", "amount_paid": "0", "status": "open"},
        {"id": "INV-0103", "customer_id": "cus-initech-llc", "number": "INV-0103", "invoice_date": "2026-03-15",
         "due_date": "2026-04-14", "currency": "USD", "amount": "1750.50", "amount_paid": "0", "status": "open"},
        {"id": "INV-0201", "customer_id": "cus-globex-gmbh", "number": "INV-0201", "invoice_date": "2026-04-01",
         "due_date": "2026-04-16", "currency": "EUR", "amount": "3000.00", "amount_paid": "0", "status": "open"},
        {"id": "INV-0301", "customer_id": "cus-acme-corporation", "number": "INV-0301", "invoice_date": "2026-03-01",
         "due_date": "2026-04-15", "currency": "USD", "amount": "24000.00", "amount_paid": "0", "status": "open"},
    ],
}

CHANGE_REQUEST = {"invoice": "INV-0101", "amount": "400.00",
                  "reason": "SLA credit: two days of degraded service in March 2026",
                  "requested_by": "Sam Account Manager"}

CHANGE_BOOKS = {
    "customers": [{"id": "cus-initech-llc", "legal_name": "Initech LLC", "currency": "USD"}],
    "invoices": [{"id": "INV-0101", "customer_id": "cus-initech-llc", "number": "INV-0101",
                  "invoice_date": "2026-03-01", "due_date": "2026-03-31", "currency": "USD", "amount": "4000.00",
                  "amount_paid": "4000.00", "status": "paid"}],
}

AMENDMENT = [
    "Amendment Number: AM-2026-0102-1 to Order Form OF-2026-0102",
    f"Vendor: {VENDOR}",
    "Customer: Globex GmbH",
    "Effective Date: August 15, 2026",
    "Currency: EUR",
    "# Additional seats",
    "From the Effective Date the Customer's Analytics Seats rise from 40 to 55 at the same unit price, for the "
    "rest of the current term. The change is prorated by days on one invoice dated the Effective Date.",
    "Previous: Analytics Seats (SKU SEAT-AN): 40 x EUR 300.00 per year",
    "Amended: Analytics Seats (SKU SEAT-AN): 55 x EUR 300.00 per year",
    "All other terms of the Order Form remain unchanged.",
]

AMENDMENT_BOOKS = {
    "customers": [{"id": "cus-globex-gmbh", "legal_name": "Globex GmbH", "currency": "EUR"}],
    "invoices": [
        {"id": "INV-0202", "customer_id": "cus-globex-gmbh", "number": "INV-0202", "invoice_date": "2026-07-01",
         "due_date": "2026-07-16", "currency": "EUR", "amount": "3000.00", "amount_paid": "3000.00",
         "status": "paid"},
    ],
}


def _json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _csv(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    def cell(v: str) -> str:
        return f'"{v}"' if "," in v else v

    path.write_text("\n".join([header, *(",".join(cell(v) for v in row) for row in rows)]) + "\n", encoding="utf-8")


def main() -> None:
    usage = HERE / "usage"
    payment = HERE / "payment"
    change = HERE / "change-request"
    amendment = HERE / "amendment"
    for folder in (usage, payment, change, amendment):
        folder.mkdir(exist_ok=True)
    (usage / "contract.pdf").write_bytes(pdf("ORDER FORM", USAGE_CONTRACT))
    _csv(usage / "usage.csv", "event_id,customer_id,metric,quantity,timestamp", USAGE_ROWS)
    _json(usage / "request.json", {"period_start": "2026-03-01", "period_end": "2026-03-31"})
    _json(usage / "books.json", USAGE_BOOKS)
    _csv(payment / "payments.csv", "payment_id,date,amount,currency,payer,reference,fee", PAYMENTS)
    _json(payment / "books.json", PAYMENT_BOOKS)
    _json(change / "request.json", CHANGE_REQUEST)
    _json(change / "books.json", CHANGE_BOOKS)
    (amendment / "amendment.pdf").write_bytes(pdf("AMENDMENT NO. 1 TO ORDER FORM OF-2026-0102", AMENDMENT))
    _json(amendment / "books.json", AMENDMENT_BOOKS)
    print(f"wrote example events under {HERE}")


if __name__ == "__main__":
    main()
