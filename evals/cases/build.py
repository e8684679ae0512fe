"""Builds the PDFs of the edge-case suite: `python evals/cases/build.py` (fpdf2, deterministic).

Each document below is the signed paper of one historical edge case; the rest of each case
(case.json with the hand-worked expectations, deal.json, books.json, CSVs, NOTES.md) is
written by hand beside it. The wording is our own. Rebuilding gives the same text, page
by page, so the expectations stay valid.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
VENDOR = "Tallyworks Software, Inc."
SIGNED = ["", "Signed for and on behalf of the parties by their authorised representatives.",
          "Provider: Tallyworks Software, Inc.      Customer: as named above"]

# Each document: case folder, file name, title, then pages of lines. A line starting with "# " is a heading.
DOCUMENTS: list[tuple[str, str, str, list[list[str]]]] = [
    ("custom-terms-net60", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0611",
        f"Provider: {VENDOR}",
        "Customer: Northwind Traders Ltd",
        "Billing Contact: payables@northwind.example",
        "Effective Date: June 24, 2026",
        "Service Start Date: July 1, 2026",
        "Service End Date: June 30, 2027",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Semi-annual, in advance",
        "Payment Terms: Net 60",
        "Auto-Renewal: Renews for successive 12-month terms unless either party gives notice",
        "# Fees",
        "Platform Subscription (NW-PLAT): 1 x USD 30,000.00 per year",
        "Premium Support (NW-SUP): 1 x USD 6,000.00 per year",
        "Total Contract Value: USD 36,000.00",
        "# Special Terms",
        "Custom billing schedule: by exception to the Provider's standard annual invoicing, fees are invoiced "
        "in two equal semi-annual instalments, each in advance.",
        "Extended payment terms of sixty (60) days from the invoice date were approved for this order.",
        *SIGNED]]),
    ("usage-overage-tiers", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2025-1207",
        f"Provider: {VENDOR}",
        "Customer: Contoso Maps Inc.",
        "Billing Contact: finance@contoso-maps.example",
        "Effective Date: December 15, 2025",
        "Service Start Date: January 1, 2026",
        "Service End Date: December 31, 2026",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "# Fees",
        "Geocoding Platform (CM-GEO): 1 x USD 12,000.00 per year",
        "Total Contract Value: USD 12,000.00",
        "# Usage Fees",
        "Metric: Geocode requests",
        "Included quantity: 100,000 geocode requests per month",
        "Overage is billed monthly in arrears at graduated rates. Tier bounds count only the requests above the "
        "included quantity in the month:",
        "Overage requests 1 - 500,000: USD 0.0040 per request",
        "Overage requests 500,001 - 1,000,000: USD 0.0030 per request",
        "Overage requests above 1,000,000: USD 0.0020 per request",
        *SIGNED]]),
    ("mid-cycle-plan-change", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2025-1130",
        f"Provider: {VENDOR}",
        "Customer: Fabrikam Health Inc.",
        "Billing Contact: ap@fabrikam-health.example",
        "Effective Date: December 1, 2025",
        "Service Start Date: January 1, 2026",
        "Service End Date: December 31, 2026",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "# Fees",
        "Standard Plan (FAB-STD): 1 x USD 24,000.00 per year",
        "Total Contract Value: USD 24,000.00",
        *SIGNED]]),
    ("mid-cycle-plan-change", "amendment.pdf", "AMENDMENT NO. 1 TO ORDER FORM TW-2025-1130", [[
        f"Provider: {VENDOR}",
        "Customer: Fabrikam Health Inc.",
        "Amendment Effective Date: April 16, 2026",
        "Currency: USD",
        "# Change of plan",
        "From the Amendment Effective Date the Customer moves from the Standard Plan to the Enterprise Plan for "
        "the rest of the current subscription year.",
        "Removed: Standard Plan (FAB-STD): 1 x USD 24,000.00 per year",
        "Added: Enterprise Plan (FAB-ENT): 1 x USD 36,000.00 per year",
        "The Enterprise Plan runs from April 16, 2026 to December 31, 2026, the end of the current term. "
        "Unused Standard Plan fees are credited and Enterprise Plan fees are charged for the remaining days of "
        "the term, on one invoice dated the Amendment Effective Date.",
        "All other terms of the Order Form remain unchanged.",
        *SIGNED]]),
    ("crm-billing-name-differs", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0815",
        f"Provider: {VENDOR}",
        "Customer: ACME Corporation, Inc.",
        "Billing Contact: accounts.payable@acme-corp.example",
        "Effective Date: August 20, 2026",
        "Service Start Date: September 1, 2026",
        "Service End Date: August 31, 2027",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "# Fees",
        "Workflow Automation Suite (ACM-WF): 1 x USD 15,000.00 per year",
        "Additional Workspaces (ACM-WS): 5 x USD 600.00 per year",
        "Total Contract Value: USD 18,000.00",
        *SIGNED]]),
    ("missing-po", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0902",
        f"Provider: {VENDOR}",
        "Customer: Tailspin Toys GmbH",
        "Billing Contact: kreditoren@tailspin.example",
        "Effective Date: September 15, 2026",
        "Service Start Date: October 1, 2026",
        "Service End Date: September 30, 2027",
        "Subscription Term: 12 months",
        "Currency: EUR",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "Purchase Order Required: Yes. Customer's accounts payable team pays only invoices that quote a valid "
        "purchase order; Customer will issue the purchase order separately.",
        "# Fees",
        "Design Collaboration Seats (TT-SEAT): 60 x EUR 180.00 per year",
        "Onboarding Package (TT-ONB): 1 x EUR 2,500.00 one-time",
        "Total Contract Value: EUR 13,300.00",
        *SIGNED]]),
    ("duplicate-usage-file", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2025-1219",
        f"Provider: {VENDOR}",
        "Customer: Proseware Messaging Inc.",
        "Billing Contact: billing@proseware.example",
        "Effective Date: December 19, 2025",
        "Service Start Date: January 1, 2026",
        "Service End Date: December 31, 2026",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "# Fees",
        "Messaging API Platform (PW-API): 1 x USD 6,000.00 per year",
        "Total Contract Value: USD 6,000.00",
        "# Usage Fees",
        "Metric: API calls",
        "Included quantity: 500,000 API calls per month",
        "API calls above the included quantity in a month are billed monthly in arrears at USD 0.0008 per call.",
        *SIGNED]]),
    ("amendment-seat-increase", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0118",
        f"Provider: {VENDOR}",
        "Customer: Relecloud Media Inc.",
        "Billing Contact: ap@relecloud.example",
        "Effective Date: January 20, 2026",
        "Service Start Date: February 1, 2026",
        "Service End Date: January 31, 2027",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "# Fees",
        "Publishing Platform (RC-PLAT): 1 x USD 12,000.00 per year",
        "Editor Seats (RC-SEAT): 50 x USD 120.00 per year",
        "Total Contract Value: USD 18,000.00",
        *SIGNED]]),
    ("amendment-seat-increase", "amendment.pdf", "AMENDMENT NO. 1 TO ORDER FORM TW-2026-0118", [[
        f"Provider: {VENDOR}",
        "Customer: Relecloud Media Inc.",
        "Amendment Effective Date: August 10, 2026",
        "Currency: USD",
        "# Additional seats",
        "From the Amendment Effective Date the number of Editor Seats rises from 50 to 80 at the same unit price.",
        "Previous: Editor Seats (RC-SEAT): 50 x USD 120.00 per year",
        "Amended: Editor Seats (RC-SEAT): 80 x USD 120.00 per year",
        "The amended quantity applies from August 10, 2026 to January 31, 2027, the end of the current term, "
        "and is prorated by days. The Publishing Platform fee is unchanged.",
        "All other terms of the Order Form remain unchanged.",
        *SIGNED]]),
    ("off-cycle-start", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0507",
        f"Provider: {VENDOR}",
        "Customer: Wide World Importers Pty Ltd",
        "Billing Contact: accounts@wideworld.example",
        "Effective Date: May 7, 2026",
        "Service Start Date: May 20, 2026",
        "Service End Date: May 19, 2027",
        "Subscription Term: 12 months",
        "Currency: AUD",
        "Billing Frequency: Quarterly, in advance",
        "Billing Anchor: calendar quarters. Invoices are issued on January 1, April 1, July 1 and October 1; the "
        "first invoice covers the Service Start Date to the end of that calendar quarter, prorated by days.",
        "Payment Terms: Net 30",
        "# Fees",
        "Trade Platform (WWI-PLAT): 1 x AUD 36,000.00 per year",
        "Broker Seats (WWI-SEAT): 30 x AUD 400.00 per year",
        "Total Contract Value: AUD 48,000.00",
        *SIGNED]]),
    ("multi-year-ramp", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0321",
        f"Provider: {VENDOR}",
        "Customer: Fourth Coffee Holdings Inc.",
        "Billing Contact: finance@fourthcoffee.example",
        "Effective Date: March 21, 2026",
        "Service Start Date: April 1, 2026",
        "Service End Date: March 31, 2029",
        "Subscription Term: 36 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "# Fees (ramped by subscription year)",
        "Year 1 (April 1, 2026 - March 31, 2027): Analytics Seats (FC-SEAT): 100 x USD 300.00 per year",
        "Year 2 (April 1, 2027 - March 31, 2028): Analytics Seats (FC-SEAT): 150 x USD 300.00 per year",
        "Year 3 (April 1, 2028 - March 31, 2029): Analytics Seats (FC-SEAT): 200 x USD 300.00 per year",
        "Total Contract Value: USD 135,000.00",
        *SIGNED]]),
    ("crm-name-mismatch", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0528",
        f"Provider: {VENDOR}",
        "Customer: Trey Research Partners LLP",
        "Billing Contact: office@treyresearch.example",
        "Effective Date: May 28, 2026",
        "Service Start Date: June 1, 2026",
        "Service End Date: May 31, 2027",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 30",
        "# Fees",
        "Research Workspace (TR-WS): 1 x USD 9,000.00 per year",
        "Total Contract Value: USD 9,000.00",
        *SIGNED]]),
    ("off-cycle-no-anchor", "contract.pdf", "ORDER FORM", [[
        "Order Form Number: TW-2026-0302",
        f"Provider: {VENDOR}",
        "Customer: Alpine Ski House Inc.",
        "Billing Contact: office@alpineskihouse.example",
        "Effective Date: March 2, 2026",
        "Service Start Date: March 17, 2026",
        "Service End Date: March 16, 2027",
        "Subscription Term: 12 months",
        "Currency: USD",
        "Billing Frequency: Annual, in advance",
        "Payment Terms: Net 15",
        "# Fees",
        "Booking Engine (ASH-BK): 1 x USD 20,000.00 per year",
        "Total Contract Value: USD 20,000.00",
        *SIGNED]]),
]


def build_pdf(title: str, pages: list[list[str]]) -> bytes:
    """A plain, text-layer PDF: the title, then each line (headings bold), pages as given."""
    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_author(VENDOR)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for line in lines:
            if line.startswith("# "):
                pdf.ln(3)
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(0, 7, line[2:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", "", 10.5)
                pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main(argv: list[str]) -> int:
    """Write every PDF into its case folder, or under `--out DIR` (same layout) to compare without touching them."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else None
    for folder, name, title, pages in DOCUMENTS:
        target = (out or HERE) / folder
        if out is None and not target.is_dir():
            print(f"{target}: case folder missing; restore it from the repository", file=sys.stderr)
            return 2
        target.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes(build_pdf(title, pages))
        print(f"wrote {target / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
