"""Builds the bundled example order forms (PDF) from the specs below: `python examples/make_examples.py`.

Each example is a signed order form plus the CRM deal that closed it. One has Net 45
payment terms, so the demo ends with a run waiting for approval.
"""

from __future__ import annotations

import json
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent

EXAMPLES = [
    {
        "slug": "initech",
        "fields": [
            ("Order Form Number", "OF-2026-0101"),
            ("Vendor", "Accrue Demo Software, Inc."),
            ("Customer", "Initech LLC"),
            ("Billing Contact", "ap@initech.example"),
            ("Effective Date", "February 20, 2026"),
            ("Service Start Date", "March 1, 2026"),
            ("Service End Date", "February 28, 2027"),
            ("Subscription Term", "12 months"),
            ("Currency", "USD"),
            ("Billing Frequency", "Annual, in advance"),
            ("Payment Terms", "Net 30"),
            ("Auto-Renewal", "Renews for successive 12-month terms"),
        ],
        "items": [("Platform Subscription", "PLAT-STD", "1", "12,000.00", "year"),
                  ("Named User Seats", "SEAT", "25", "240.00", "year")],
        "tcv": "USD 18,000.00",
        "deal": {"deal_id": "006-INITECH-01", "deal_name": "Initech - Platform 2026", "account_name": "Initech LLC",
                 "stage": "Closed Won", "close_date": "2026-02-20", "currency": "USD", "amount": "18000.00",
                 "billing_contact_email": "ap@initech.example",
                 "line_items": [{"sku": "PLAT-STD", "name": "Platform Subscription", "quantity": "1",
                                 "unit_price": "12000.00", "total": "12000.00"},
                                {"sku": "SEAT", "name": "Named User Seats", "quantity": "25",
                                 "unit_price": "240.00", "total": "6000.00"}]},
    },
    {
        "slug": "globex",
        "fields": [
            ("Order Form Number", "OF-2026-0102"),
            ("Vendor", "Accrue Demo Software, Inc."),
            ("Customer", "Globex GmbH"),
            ("Billing Contact", "rechnungen@globex.example"),
            ("Effective Date", "1 April 2026"),
            ("Service Start Date", "1 April 2026"),
            ("Service End Date", "31 March 2027"),
            ("Subscription Term", "12 months"),
            ("Currency", "EUR"),
            ("Billing Frequency", "Quarterly, in advance"),
            ("Payment Terms", "Net 15"),
            ("Auto-Renewal", "Renews for successive 12-month terms"),
        ],
        "items": [("Analytics Seats", "SEAT-AN", "40", "300.00", "year")],
        "tcv": "EUR 12,000.00",
        "deal": {"deal_id": "006-GLOBEX-01", "deal_name": "Globex - Analytics", "account_name": "Globex GmbH",
                 "stage": "Closed Won", "close_date": "2026-03-25", "currency": "EUR", "amount": "12000.00",
                 "billing_contact_email": "rechnungen@globex.example",
                 "line_items": [{"sku": "SEAT-AN", "name": "Analytics Seats", "quantity": "40",
                                 "unit_price": "300.00", "total": "12000.00"}]},
    },
    {
        "slug": "acme",
        "fields": [
            ("Order Form Number", "OF-2026-0103"),
            ("Vendor", "Accrue Demo Software, Inc."),
            ("Customer", "Acme Corporation"),
            ("Billing Contact", "billing@acme.example"),
            ("Effective Date", "May 1, 2026"),
            ("Service Start Date", "May 1, 2026"),
            ("Service End Date", "April 30, 2027"),
            ("Subscription Term", "12 months"),
            ("Currency", "USD"),
            ("Billing Frequency", "Annual, in advance"),
            ("Payment Terms", "Net 45"),
            ("PO Number", "PO-88412"),
            ("Auto-Renewal", "Renews for successive 12-month terms"),
        ],
        "items": [("Platform Subscription", "PLAT-PRO", "1", "14,400.00", "year"),
                  ("Named User Seats", "SEAT", "40", "240.00", "year")],
        "tcv": "USD 24,000.00",
        "deal": {"deal_id": "006-ACME-01", "deal_name": "Acme - Pro Platform", "account_name": "Acme Corporation",
                 "stage": "Closed Won", "close_date": "2026-04-28", "currency": "USD", "amount": "24000.00",
                 "billing_contact_email": "billing@acme.example",
                 "line_items": [{"sku": "PLAT-PRO", "name": "Platform Subscription", "quantity": "1",
                                 "unit_price": "14400.00", "total": "14400.00"},
                                {"sku": "SEAT", "name": "Named User Seats", "quantity": "40",
                                 "unit_price": "240.00", "total": "9600.00"}]},
    },
]


def render(example: dict) -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "ORDER FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for label, value in example["fields"]:
        pdf.cell(0, 7, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Fees", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    currency = example["tcv"].split()[0]
    for desc, sku, qty, price, period in example["items"]:
        pdf.cell(0, 7, f"{desc} (SKU {sku}): {qty} x {currency} {price} per {period}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, f"Total Contract Value: {example['tcv']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(0, 6, "This Order Form is governed by the Master Subscription Agreement between the parties. "
                         "Fees are non-cancellable and non-refundable except as stated in the Agreement.")
    pdf.ln(6)
    pdf.cell(0, 7, "Signed for the Customer: ______________________    Signed for the Vendor: ______________________",
             new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main() -> None:
    for example in EXAMPLES:
        folder = HERE / example["slug"]
        folder.mkdir(exist_ok=True)
        (folder / "order-form.pdf").write_bytes(render(example))
        (folder / "deal.json").write_text(json.dumps(example["deal"], indent=2) + "\n")
        print(f"wrote {folder}/order-form.pdf and deal.json")


if __name__ == "__main__":
    main()
