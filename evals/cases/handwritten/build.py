"""Builds the hand-written PDF cases in this folder: `python evals/cases/handwritten/build.py`.

The wording and layout are written by hand (a two-column page whose fee schedule is a
two-column table), not produced by the order-form generator; the expected terms in each
case.json were worked out by hand from this text. Core fonts with cp1252 and a fixed
creation date keep the output byte-for-byte reproducible.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent
FIXED_DATE = datetime(2026, 1, 9, 12, 0, tzinfo=UTC)

LEFT = [
    ("Customer", "Orbital Freight Co.\n1200 Harbor Way, Oakland, CA 94607"),
    ("Provider", "Kestrel Cloud, Inc."),
    ("Order effective", "9 January 2026"),
    ("Subscription period", "1 February 2026 through 31 January 2027"),
    ("Invoicing", "Fixed fees are invoiced quarterly in advance. Usage above the included allowance is "
                  "invoiced quarterly in arrears."),
    ("Payment", "Net 30 from invoice date"),
    ("Renewal", "Renews automatically for successive 12-month periods unless either party gives at least "
                "60 days' written notice before the end of the current period."),
    ("Accounts payable", "finance@orbitalfreight.example"),
    ("Purchase order", "PO 7781-KC must appear on every invoice."),
]

FEES = [
    ("Kestrel Track Platform (KT-PLAT)", "$30,000.00 per year"),
    ("Warehouse seats (KT-WH), 40 seats", "$90.00 per seat per year"),
    ("Tracking events included in the platform fee", "100,000 per quarter"),
    ("Tracking events 100,001 - 500,000 per quarter", "$0.010 per event"),
    ("Tracking events above 500,000 per quarter", "$0.006 per event"),
    ("Total fixed fees for the subscription period", "$33,600.00"),
]


def two_column_usage() -> bytes:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "KESTREL CLOUD - SUBSCRIPTION ORDER KC-7731", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, "Issued under Kestrel Cloud's online Terms of Service, which the Customer accepted on signature.",
             new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    # left column: stacked label / value pairs
    pdf.set_xy(12, top)
    for label, value in LEFT:
        pdf.set_x(12)
        pdf.set_font("Helvetica", "B", 9)
        pdf.multi_cell(84, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(12)
        pdf.set_font("Helvetica", size=9)
        pdf.multi_cell(84, 4.6, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    # right column: the fee schedule as a two-column table
    pdf.set_xy(104, top)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(94, 6, "Fee schedule (USD)", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.set_left_margin(104)
    with pdf.table(col_widths=(56, 38), width=94, align="LEFT", first_row_as_headings=True) as table:
        head = table.row()
        head.cell("Fee component")
        head.cell("Price")
        for component, price in FEES:
            row = table.row()
            row.cell(component)
            row.cell(price)
    pdf.ln(3)
    pdf.multi_cell(94, 4.6, "Usage bands are graduated: each tracking event is charged at the rate of the band it "
                            "falls in. Bands count all events in the calendar quarter.")
    pdf.set_left_margin(12)
    pdf.set_xy(12, 262)
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, "For Orbital Freight Co.: ____________________      For Kestrel Cloud, Inc.: ____________________")
    return bytes(pdf.output())


def main() -> None:
    out = HERE / "two-column-usage" / "contract.pdf"
    out.write_bytes(two_column_usage())
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
