from common import *
from fpdf import FontFace

LAY = "seat-band"

def build(spec):
    t, r, lines = spec["t"], spec["r"], spec["lines"]
    cur, ns, sym = t["currency"], r["ns"], r["sym"]
    def hdr(p):
        p.set_draw_color(90, 60, 140); p.set_line_width(0.8); p.line(18, 12, 192, 12); p.set_line_width(0.2); p.set_draw_color(0, 0, 0)
        p.set_xy(18, 14); p.set_font("Times", "B", 11); p.set_text_color(90, 60, 140); p.cell(0, 5, r["brand"], new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(3)
    def ftr(p):
        p.set_y(-12); p.set_font("Times", "I", 8); p.cell(0, 5, f"{r['doc']} - {t['order_form_number']} - {p.page_no()}", align="C")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font("Times", "B", 17); pdf.cell(0, 9, r["doc"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10); pdf.multi_cell(0, 5, r["intro"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("Times", "B", 12); pdf.cell(0, 6, "Part 1 - Seat bands", new_x="LMARGIN", new_y="NEXT")
    for title, head, bands in r["bands"]:
        pdf.set_font("Times", "I", 10); pdf.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 10)
        with pdf.table(width=120, align="LEFT", col_widths=(60, 60), text_align=("LEFT", "RIGHT"), line_height=5.5, headings_style=FontFace(emphasis="B", fill_color=(235, 228, 245))) as tb:
            row = tb.row(); row.cell(head[0]); row.cell(head[1])
            for a, b in bands:
                row = tb.row(); row.cell(a); row.cell(b)
        pdf.ln(2)
    pdf.set_font("Times", "", 9.5); pdf.multi_cell(0, 4.8, r["band_rule"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("Times", "B", 12); pdf.cell(0, 6, "Part 2 - What the Customer is buying", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    for k, v in r["order"]:
        pdf.set_font("Times", "B", 10); pdf.cell(55, 5.5, k); pdf.set_font("Times", "", 10); pdf.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    if r.get("summary"):
        pdf.ln(2); pdf.set_font("Times", "B", 12); pdf.cell(0, 6, "Part 3 - Fee summary", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Times", "", 10)
        for x in r["summary"]:
            pdf.multi_cell(0, 5.2, x, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_font("Times", "B", 12); pdf.cell(0, 6, "Part " + ("4" if r.get("summary") else "3") + " - Commercial conditions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    for i, x in enumerate(r["conds"], 1):
        pdf.multi_cell(0, 5, f"{i}.  {x}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.5)
    pdf.ln(5)
    if pdf.get_y() > 240: pdf.add_page()
    y = pdf.get_y()
    for j, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(18 + j * 90, y); pdf.set_font("Times", "", 10); pdf.multi_cell(82, 5, f"{who}\n\nSignature: ____________________\n{nm}", new_x="LEFT", new_y="NEXT")
    pdf.add_page(); pdf.set_font("Times", "B", 12); pdf.cell(0, 6, "Standard subscription terms", new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, size=8.3)
    return pdf

def specs():
    S = []
    cur = "USD"
    lines = [L("Compliance Workspace seats", 85, "35.00", "month", cur, show_net=False, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Copperline Credit Union", vendor_legal_name="Vaultline Compliance, Inc.", order_form_number="VC-Q-7713",
        billing_contact_email="ap@copperlinecu.example", currency=cur, effective_date="2026-01-22", service_start_date="2026-02-01", service_end_date="2027-01-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=45, payment_terms_days=30, billing_frequency="annual", billing_timing="advance"),
        lines=lines, r=dict(ns="us", sym="$", brand="Vaultline Compliance", doc="Price Sheet and Order Form",
        intro="This document combines Vaultline's 2026 seat-band price sheet with the order placed by the Customer named in Part 2. Prices are in US dollars.",
        bands=[("Compliance Workspace seats", ("Seats purchased", "Price per seat per month"), [("1 - 50", "$40.00"), ("51 - 200", "$35.00"), ("201 and above", "$30.00")])],
        band_rule="The band containing the total number of seats purchased sets the price for every seat (for example, 60 seats are all priced at the 51 - 200 rate).",
        order=[("Quote / order number", "VC-Q-7713"), ("Customer", "Copperline Credit Union"), ("Order date", "January 22, 2026"),
               ("Seats purchased", "85 Compliance Workspace seats"), ("Subscription start", "February 1, 2026"), ("Subscription end", "January 31, 2027"), ("Term", "12 months")],
        conds=["Fees for the 12-month term are invoiced annually in advance on the subscription start date and are payable within 30 days.",
               "Invoices are sent to ap@copperlinecu.example.",
               "The subscription renews automatically on each anniversary for a further 12 months. To opt out, give notice at least 45 days before the anniversary."],
        sigs=[("Copperline Credit Union", "Gloria Pham, SVP Finance"), ("Vaultline Compliance, Inc.", "Eric Sandoval, Regional Sales Manager")]),
        deal_id="006-BG0901",
        desc="Seat-band price sheet plus order: the band table lists 1-50 at $40, 51-200 at $35, 201+ at $30 per seat per month; the purchased quantity (85 seats) appears only in Part 2, so the line is 85 x $35.00 per month (band price applies to every seat). No line total is written (net null). Annual billing in advance, Net 30, auto-renews 12 months with 45 days' notice. CRM amount 85 x 35 x 12 = 35,700.00.",
        tags=["seat-band", "quantity-elsewhere", "volume-band", "auto-renew", "us-dates", "monthly-price-annual-billing"]))
    cur = "NZD"
    lines = [L("Ledgerleaf Practice licence", 26, "420.00", "year", cur, disc=5, periods=2)]
    S.append(dict(t=dict(customer_legal_name="Kauri Coast Accounting Limited", vendor_legal_name="Ledgerleaf NZ Limited", order_form_number="LL-2026-0402",
        billing_contact_email="admin@kauricoastaccounting.example", currency=cur, effective_date="2026-03-16", service_start_date="2026-04-01", service_end_date="2028-03-31",
        term_months=24, auto_renew=False, payment_terms_days=20, billing_frequency="annual", billing_timing="advance", total_contract_value="20748.00"),
        lines=lines, r=dict(ns="us", sym="NZ$", brand="Ledgerleaf", doc="Seat Pricing & Order",
        intro="Pricing below is per licensed staff member per year, in New Zealand dollars (NZ$), excluding GST.",
        bands=[("Ledgerleaf Practice licence", ("Licensed staff", "NZ$ per licence per year"), [("1 to 25", "480.00"), ("26 to 100", "420.00"), ("101 or more", "380.00")])],
        band_rule="Every licence is charged at the rate of the band into which the Customer's total licence count falls.",
        order=[("Order reference", "LL-2026-0402"), ("Customer", "Kauri Coast Accounting Limited"), ("Date", "16 March 2026"), ("Licences ordered", "26"),
               ("Loyalty discount", "5% off the band rate"), ("Go-live", "1 April 2026"), ("Finishes", "31 March 2028 (24 months)")],
        summary=["Annual licence fee: 26 x NZ$420.00 = NZ$10,920.00, less 5% loyalty discount = NZ$10,374.00 per year.",
                 "Total for the 24 months: NZ$20,748.00."],
        conds=["The annual licence fee is invoiced in advance on 1 April each year; payment is due 20 days after the invoice date.",
               "Invoices to admin@kauricoastaccounting.example.",
               "This order will not renew automatically. Ledgerleaf will send a new order before it finishes."],
        sigs=[("Kauri Coast Accounting Limited", "Mere Tipene, Practice Manager"), ("Ledgerleaf NZ Limited", "Sam Whitaker, Sales Lead")]),
        deal_id="006-BG0902",
        desc="Seat-band price sheet in NZ$ where the purchased count, 26 licences, is one over the first band edge, so the 26-100 band rate NZ$420.00 applies (not 480). 26 x 420 = 10,920 less 5% = 10,374.00 per year (stated net); stated 24-month total 20,748.00 = 2 x 10,374. Go-live 1 April 2026, finishes 31 March 2028; will not renew automatically; annual in advance; 20 days.",
        tags=["seat-band", "quantity-elsewhere", "band-edge", "discount", "no-auto-renew", "go-live", "nzd"]))
    cur = "ZAR"
    lines = [L("Practitioner seats", 140, "82.50", "month", cur, show_net=False, periods=36),
             L("Reception seats", 30, "45.00", "month", cur, show_net=False, periods=36)]
    S.append(dict(t=dict(customer_legal_name="Jacaranda Health Clinics NPC", vendor_legal_name="Medibook Africa (Pty) Ltd", order_form_number="MBA-OF-1290",
        billing_contact_email="payables@jacarandahealth.example", currency=cur, effective_date="2026-06-10", service_start_date="2026-07-01", service_end_date="2029-06-30",
        term_months=36, payment_terms_days=30, billing_frequency="monthly", billing_timing="advance", billing_anchor="day:25", price_escalator_percent="6"),
        lines=lines, r=dict(ns="space", sym="R", brand="Medibook Africa", doc="Seat Pricing & Order",
        intro="All prices are in South African rand (ZAR), per seat per month, excluding VAT.",
        bands=[("Practitioner seats", ("Practitioner seats", "Rand per seat per month"), [("1 - 100", "R 95,00"), ("101 - 500", "R 82,50"), ("501 +", "R 70,00")]),
               ("Reception seats", ("Any quantity", "Rand per seat per month"), [("flat rate", "R 45,00")])],
        band_rule="For practitioner seats, the band that contains the total number of practitioner seats ordered applies to all of them. Reception seats are not banded.",
        order=[("Order form", "MBA-OF-1290"), ("Customer", "Jacaranda Health Clinics NPC"), ("Effective date", "10 June 2026"),
               ("Practitioner seats ordered", "140"), ("Reception seats ordered", "30"), ("Service start", "1 July 2026"), ("Service end", "30 June 2029"), ("Term", "36 months")],
        conds=["Seat fees are invoiced monthly in advance; each invoice is issued on the 25th day of the month before the month it covers and is payable within 30 days.",
               "Seat prices increase by 6% on each anniversary of the service start date.",
               "Invoices to payables@jacarandahealth.example."],
        sigs=[("Jacaranda Health Clinics NPC", "Dr Thandeka Mokoena, CEO"), ("Medibook Africa (Pty) Ltd", "Pieter van Wyk, Commercial Director")]),
        deal_id="006-BG0903",
        desc="Seat-band order in ZAR (R 82,50 style). Practitioner bands 1-100 R95,00, 101-500 R82,50, 501+ R70,00; 140 practitioner seats ordered so unit price 82.50; reception seats flat 45.00 x 30. No line totals written (net null). Monthly in advance, invoices issued on the 25th of the preceding month (billing_anchor day:25), 30 days. 6% escalator on each anniversary, so no flat total (CRM amount uses Year-1 prices: (11,550 + 1,350) x 36 = 464,400.00). Renewal not stated.",
        tags=["seat-band", "quantity-elsewhere", "zar", "space-thousands", "escalator", "monthly", "billing-anchor"]))
    cur = "SGD"
    lines = [L("Chairside Cloud seats", 64, "120.00", "quarter", cur, periods=4),
             L("Setup", 1, "1200.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Straits Dental Partners Pte. Ltd.", vendor_legal_name="Chairside Cloud Pte. Ltd.", order_form_number="CC-SG-0877",
        billing_contact_email="accounts@straitsdental.example", currency=cur, effective_date="2026-12-08", service_start_date="2027-01-01", service_end_date="2027-12-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        po_required=True, po_number="SDP-PO-1192", total_contract_value="31920.00",
        usage_rules=[usage("e-Claims submissions", "submission", "3000", "quarter", "per_unit", [(None, "0.30")], "quarterly", "arrears")]),
        lines=lines, r=dict(ns="us", sym="S$", brand="Chairside Cloud", doc="Seat Pricing & Order",
        intro="Prices are in Singapore dollars (S$) per seat per quarter, before GST.",
        bands=[("Chairside Cloud seats", ("Seats", "S$ per seat per quarter"), [("1 - 20", "150.00"), ("21 - 60", "132.00"), ("61 +", "120.00")])],
        band_rule="All seats are charged at the rate for the band that the total seat count falls into.",
        order=[("Order no.", "CC-SG-0877"), ("Customer", "Straits Dental Partners Pte. Ltd."), ("Date of order", "8 December 2026"), ("Seats", "64"),
               ("Commencement", "1 January 2027"), ("Ends", "31 December 2027"), ("Initial term", "12 months")],
        summary=["Quarterly seat fee: 64 x S$120.00 = S$7,680.00 per quarter.", "One-time setup: S$1,200.00.",
                 "Total for the initial term: S$31,920.00 (4 quarters plus setup)."],
        conds=["Seat fees are invoiced quarterly in advance; setup is invoiced with the first quarter. Payment within 30 days.",
               "e-Claims: 3,000 submissions per quarter are included; each further submission is S$0.30, invoiced quarterly in arrears.",
               "Every invoice must show the Customer's purchase order SDP-PO-1192. Invoices to accounts@straitsdental.example.",
               "The order renews automatically for 12 months at a time unless either party gives 60 days' notice before the end of the current term."],
        sigs=[("Straits Dental Partners Pte. Ltd.", "Dr Rachel Goh, Managing Director"), ("Chairside Cloud Pte. Ltd.", "Benjamin Seah, Head of Sales")]),
        deal_id="006-BG0904",
        desc="Seat-band order in SGD priced per seat per quarter: bands 1-20 150.00, 21-60 132.00, 61+ 120.00; 64 seats ordered, so 64 x 120.00 = 7,680.00 per quarter (stated net). Setup 1,200 one-time; stated total 4 x 7,680 + 1,200 = 31,920.00. e-Claims usage 3,000 included per quarter, then 0.30 each quarterly in arrears. PO SDP-PO-1192 required; auto-renews 12 months with 60 days' notice.",
        tags=["seat-band", "quantity-elsewhere", "sgd", "per-quarter-price", "quarterly-billing", "usage", "po-required", "auto-renew", "one-time-fee"]))
    return S
