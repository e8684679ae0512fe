from common import *

LAY = "anz-gst-columns"

PER = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-off"}

def build(spec):
    t, r = spec["t"], spec["r"]
    cur = t["currency"]; rate = D(r["gst"]) / 100
    m = lambda x: num(x, cur)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7)
        p.cell(0, 4, f"{t['order_form_number']}  |  page {p.page_no()} of {{nb}}", align="R")
    pdf = Doc(ftr=ftr); pdf.set_margins(15, 14, 15); pdf.add_page()
    pdf.set_font("Helvetica", "B", 17); pdf.cell(0, 9, r["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 110, 90); pdf.set_line_width(0.8); pdf.line(15, pdf.get_y(), 195, pdf.get_y()); pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0)
    pdf.ln(3)
    y0 = pdf.get_y()
    def box(x, y, w, head, pairs):
        pdf.set_xy(x, y); pdf.set_fill_color(225, 240, 235); pdf.set_font("Helvetica", "B", 9)
        pdf.cell(w, 6, head, fill=True, new_x="LEFT", new_y="NEXT")
        for k, v in pairs:
            pdf.set_x(x); pdf.set_font("Helvetica", "B", 8.3); pdf.cell(32, 4.6, k)
            pdf.set_font("Helvetica", "", 8.3); pdf.multi_cell(w - 32, 4.6, v, new_x="LEFT", new_y="NEXT"); pdf.set_x(x)
        return pdf.get_y()
    a = box(15, y0, 87, "Supplier", r["supplier"]); b = box(108, y0, 87, "Order summary", r["summary"])
    y1 = max(a, b) + 4
    a = box(15, y1, 87, "Customer", r["customer"]); b = box(108, y1, 87, "Key terms", r["keyterms"])
    pdf.set_y(max(a, b) + 5)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, f"Pricing ({cur})", new_x="LMARGIN", new_y="NEXT")
    rows = [["Item", "Qty", f"Unit price ex {r['taxname']}", "Basis", "Amount ex " + r["taxname"], r["taxname"], "Amount inc " + r["taxname"]]]
    for l in spec["lines"]:
        g = qz(l["net"] * rate, cur)
        desc = l["desc"] + (f"\n{l['note']}" if l["note"] else "") + (f"\nless {l['disc']}% discount" if l["disc"] else "")
        rows.append([desc, intfmt(l["qty"]), m(l["price"]), PER[l["period"]], m(l["net"]), m(g), m(l["net"] + g)])
    grid(pdf, (56, 12, 24, 20, 25, 18, 25), rows, size=8, aligns=("LEFT", "RIGHT", "RIGHT", "LEFT", "RIGHT", "RIGHT", "RIGHT"), fill=(225, 240, 235))
    pdf.ln(2)
    for lab, val, bb in r["totals"]:
        pdf.set_font("Helvetica", "B" if bb else "", 8.6); pdf.set_x(75); pdf.cell(90, 5, lab, border="B")
        pdf.cell(30, 5, val, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Special conditions", new_x="LMARGIN", new_y="NEXT")
    for c in r["special"]:
        pdf.para("- " + c, size=8.6, h=4.3)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Standard terms", new_x="LMARGIN", new_y="NEXT")
    with pdf.text_columns(ncols=2, gutter=6, text_align="J", line_height=1.15) as cols:
        for h, body in BOILER[:8]:
            cols.write(text=h + ". ", ); cols.ln(0)
            cols.write(text=body + "\n\n")
    pdf.ln(4)
    if pdf.get_y() > 235: pdf.add_page()
    y = pdf.get_y(); pdf.set_font("Helvetica", "", 8.6)
    for i, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(15 + i * 93, y)
        pdf.multi_cell(87, 4.6, f"Signed for {who}\n\n______________________________\n{nm}\nDate: ___ / ___ / ______", new_x="LMARGIN", new_y="NEXT")
    return pdf

def totals(ex, rate, cur, name, tcv_label=None, tcv=None):
    ex = D(str(ex)); g = qz(ex * D(rate) / 100, cur)
    out = [(f"Total ex {name}", num(ex, cur), False), (f"{name} ({rate}%)", num(g, cur), False), (f"Total inc {name}", num(ex + g, cur), False)]
    if tcv_label:
        out.append((tcv_label, num(tcv, cur), True))
    return out

def specs():
    S = []
    cur = "AUD"
    lines = [L("Rostering Platform - per site", 12, "2400.00", "year", cur),
             L("Award Interpretation Engine", 1, "9600.00", "year", cur),
             L("Implementation", 1, "6500.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Harbourside Aged Care Pty Ltd", vendor_legal_name="Kookaburra Workforce Pty Ltd", order_form_number="KW-ORD-20418",
        billing_contact_email="accounts@harbourside.example", currency=cur, effective_date="2026-02-16", service_start_date="2026-03-01", service_end_date="2027-02-28",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=14, billing_frequency="annual", billing_timing="advance",
        po_required=True, po_number="4500123987", total_contract_value="44900.00"),
        lines=lines, r=dict(title="Order Form", gst="10", taxname="GST",
        supplier=[("Name", "Kookaburra Workforce Pty Ltd"), ("ABN", "00 000 020 418"), ("Address", "Level 9, 60 Martin Place, Sydney NSW 2000")],
        summary=[("Order no.", "KW-ORD-20418"), ("Order date", "16/02/2026"), ("Currency", "AUD (Australian dollars)")],
        customer=[("Name", "Harbourside Aged Care Pty Ltd"), ("ABN", "00 000 777 215"), ("Accounts", "accounts@harbourside.example"), ("Purchase order", "4500123987")],
        keyterms=[("Commencement", "01/03/2026"), ("Expiry", "28/02/2027"), ("Initial term", "12 months"), ("Invoicing", "Annually in advance"),
                  ("Payment", "14 days from date of invoice"), ("Renewal", "Automatic, 12 months, unless 60 days' notice given")],
        totals=totals(44900, "10", cur, "GST", "Total contract value (ex GST), initial term", 44900),
        special=["Implementation is a one-off fee invoiced with the first annual invoice.",
                 "All invoices must quote purchase order 4500123987; invoices without it will be returned unpaid."],
        sigs=[("Kookaburra Workforce Pty Ltd", "Lachlan Reid, Sales Director"), ("Harbourside Aged Care Pty Ltd", "Megan O'Sullivan, CFO")]),
        deal_id="006-BH0401",
        desc="Australian order form with supplier/customer/summary/key-terms boxes in two columns and a pricing table that shows each line ex GST, its GST and inc GST. Gold amounts are ex GST: 12 sites x 2,400.00 = 28,800.00 per year; Award Interpretation Engine 9,600.00 per year; Implementation 6,500.00 one-off. 'Total contract value (ex GST), initial term' 44,900.00 = 28,800 + 9,600 + 6,500 (GST 4,490.00 and 49,390.00 inc GST are not the value). dd/mm/yyyy dates, 12 months 01/03/2026-28/02/2027, annual in advance, 14 days, auto-renews 12 months with 60 days' notice, PO 4500123987 required.",
        tags=["australia", "gst-columns", "two-column", "au-dates", "po-required", "auto-renew", "one-time-fee"]))
    lines = [L("Job Management", 35, "89.00", "month", cur, disc=10, periods=24),
             L("Mobile Field App", 60, "19.00", "month", cur, periods=24)]
    S.append(dict(t=dict(customer_legal_name="Tropical North Plumbing Group Pty Ltd", vendor_legal_name="Coral Sea Software Pty Ltd", order_form_number="CSS-2026-077",
        billing_contact_email="payables@tnplumbing.example", currency=cur, effective_date="2026-04-20", service_start_date="2026-05-01", service_end_date="2028-04-30",
        term_months=24, auto_renew=False, payment_terms_days=7, billing_frequency="monthly", billing_timing="advance", total_contract_value="94644.00"),
        lines=lines, r=dict(title="Subscription Order", gst="10", taxname="GST",
        supplier=[("Name", "Coral Sea Software Pty Ltd"), ("ABN", "00 000 000 077"), ("Address", "22 Abbott Street, Cairns QLD 4870")],
        summary=[("Order no.", "CSS-2026-077"), ("Order date", "20/04/2026"), ("Currency", "AUD")],
        customer=[("Name", "Tropical North Plumbing Group Pty Ltd"), ("ABN", "00 000 000 412"), ("Accounts", "payables@tnplumbing.example")],
        keyterms=[("Start", "01/05/2026"), ("End", "30/04/2028"), ("Term", "24 months"), ("Invoicing", "Monthly in advance (direct debit)"),
                  ("Payment", "7 days from invoice"), ("Renewal", "None - the order expires at the end of the term")],
        totals=totals("3943.50", "10", cur, "GST") + [("Total contract value ex GST (24 months)", num(94644, cur), True)],
        special=["The 10% discount on Job Management applies for the full 24-month term.",
                 "Additional Mobile Field App users may be added at the same monthly price, pro rata to the next invoice."],
        sigs=[("Coral Sea Software Pty Ltd", "Bree Donnelly"), ("Tropical North Plumbing Group Pty Ltd", "Craig Walsh, Managing Director")]),
        deal_id="006-BH0402",
        desc="Australian subscription order with monthly prices and GST columns. Job Management 35 users x 89.00 = 3,115.00 less 10% = 2,803.50 per month ex GST; Mobile Field App 60 x 19.00 = 1,140.00 per month; monthly total ex GST 3,943.50 (GST 394.35, inc GST 4,337.85). Stated 'Total contract value ex GST (24 months)' 94,644.00 = 3,943.50 x 24. 01/05/2026-30/04/2028, monthly in advance by direct debit, 7 days, no renewal.",
        tags=["australia", "gst-columns", "two-column", "monthly-billing", "discount", "au-dates", "no-auto-renew"]))
    cur = "NZD"
    lines = [L("Compliance Hub", 1, "36000.00", "year", cur),
             L("Farm Audit Module", 85, "120.00", "year", cur, note="per supplying farm")]
    S.append(dict(t=dict(customer_legal_name="Southern Alps Dairy Co-operative Limited", vendor_legal_name="Kauri Compliance Limited", order_form_number="KC-Q-3301",
        billing_contact_email="creditors@southernalpsdairy.example", currency=cur, effective_date="2026-06-08", service_start_date="2026-07-01", service_end_date="2027-06-30",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=20, billing_frequency="quarterly", billing_timing="advance",
        total_contract_value="46200.00"),
        lines=lines, r=dict(title="Order Form - New Zealand", gst="15", taxname="GST",
        supplier=[("Name", "Kauri Compliance Limited"), ("NZBN", "9429000003301"), ("GST no.", "000-003-301"), ("Address", "80 Queen Street, Auckland 1010")],
        summary=[("Quote/order", "KC-Q-3301"), ("Date", "08/06/2026"), ("Currency", "NZD (New Zealand dollars)")],
        customer=[("Name", "Southern Alps Dairy Co-operative Limited"), ("Address", "14 Dairy Flat Road, Ashburton 7700"), ("Accounts", "creditors@southernalpsdairy.example")],
        keyterms=[("Start", "01/07/2026"), ("End", "30/06/2027"), ("Term", "12 months"), ("Invoicing", "Quarterly in advance"),
                  ("Payment", "20 days from invoice date"), ("Renewal", "Rolls over for 12 months unless 30 days' notice")],
        totals=totals(46200, "15", cur, "GST", "Contract value for the 12-month term (ex GST)", 46200),
        special=["Farm numbers are counted on 1 July each year; changes are invoiced from the next quarter.",
                 "Quarterly invoices are one quarter of the annual fees above."],
        sigs=[("Kauri Compliance Limited", "Aroha Ngata"), ("Southern Alps Dairy Co-operative Limited", "Hamish Boyd, Finance Manager")]),
        deal_id="006-BH0403",
        desc="New Zealand variant of the GST-columns order in NZD with GST at 15%. Compliance Hub 36,000.00 per year; Farm Audit Module 85 farms x 120.00 = 10,200.00 per year; annual ex GST 46,200.00 (GST 6,930.00, inc GST 53,130.00). Stated 'Contract value for the 12-month term (ex GST)' 46,200.00. Invoiced quarterly in advance (a quarter of the annual fees), 20 days from invoice, 01/07/2026-30/06/2027, rolls over 12 months unless 30 days' notice.",
        tags=["new-zealand", "nzd", "gst-columns", "two-column", "quarterly-billing", "au-dates", "auto-renew"]))
    cur = "AUD"
    lines = [L("Safety Analytics Platform", 1, "60000.00", "year", cur, start="2026-09-01", end="2027-08-31", note="Year 1: 01/09/2026 - 31/08/2027"),
             L("Safety Analytics Platform", 1, "75000.00", "year", cur, start="2027-09-01", end="2028-08-31", note="Year 2: 01/09/2027 - 31/08/2028"),
             L("Safety Analytics Platform", 1, "90000.00", "year", cur, start="2028-09-01", end="2029-08-31", note="Year 3: 01/09/2028 - 31/08/2029")]
    S.append(dict(t=dict(customer_legal_name="Goldfields Mining Services Pty Ltd", vendor_legal_name="Ironbark Data Pty Ltd", order_form_number="IB-2026-0915",
        billing_contact_email="ap@goldfieldsmining.example", currency=cur, effective_date="2026-08-25", service_start_date="2026-09-01", service_end_date="2029-08-31",
        term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", total_contract_value="225000.00"),
        lines=lines, r=dict(title="Order Form", gst="10", taxname="GST",
        supplier=[("Name", "Ironbark Data Pty Ltd"), ("ABN", "00 000 000 915"), ("Address", "200 St Georges Terrace, Perth WA 6000")],
        summary=[("Order no.", "IB-2026-0915"), ("Order date", "25/08/2026"), ("Currency", "AUD")],
        customer=[("Name", "Goldfields Mining Services Pty Ltd"), ("ABN", "00 000 000 318"), ("Accounts", "ap@goldfieldsmining.example")],
        keyterms=[("Start", "01/09/2026"), ("End", "31/08/2029"), ("Term", "36 months"), ("Invoicing", "Annually in advance, each year's fee at the start of that year"),
                  ("Payment", "30 days from invoice"), ("Renewal", "No automatic renewal")],
        totals=totals(225000, "10", cur, "GST", "Total contract value (ex GST), 36 months", 225000),
        special=["The platform fee steps up each contract year as set out in the pricing table.",
                 "Either party may terminate for material breach not remedied within 30 days of notice."],
        sigs=[("Ironbark Data Pty Ltd", "Sam Prendergast"), ("Goldfields Mining Services Pty Ltd", "Fiona Kerr, General Manager Finance")]),
        deal_id="006-BH0404",
        desc="Australian GST-columns order with a three-year ramp of one product, one row per year with its date span under the name: 60,000.00 (Year 1, 01/09/2026-31/08/2027), 75,000.00 (Year 2), 90,000.00 (Year 3), each per year ex GST. Totals ex GST 225,000.00, GST 22,500.00, inc GST 247,500.00; stated 'Total contract value (ex GST), 36 months' 225,000.00 = 60,000 + 75,000 + 90,000. Annual in advance, 30 days, no automatic renewal.",
        tags=["australia", "gst-columns", "two-column", "ramp", "au-dates", "no-auto-renew"]))
    return S
