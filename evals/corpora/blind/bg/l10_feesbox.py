from common import *
from fpdf import FontFace

LAY = "fees-box-after-signatures"
PER = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}

def build(spec):
    t, r, lines = spec["t"], spec["r"], spec["lines"]
    cur, ns = t["currency"], r["ns"]
    def hdr(p):
        if p.page_no() == 1:
            p.set_font("Helvetica", "B", 20); p.set_text_color(20, 90, 160); p.cell(0, 9, r["brand"], new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", "", 7.5); p.set_text_color(100, 100, 100); p.cell(0, 4, f"{t['vendor_legal_name']}  |  {r['vaddr']}", new_x="LMARGIN", new_y="NEXT")
            p.set_text_color(0, 0, 0); p.ln(4)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7); p.cell(0, 5, f"Agreement {t['order_form_number']} - page {p.page_no()} of {{nb}}", align="C")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font("Helvetica", "B", 14); pdf.cell(0, 8, r["doc"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9); pdf.cell(0, 5, f"Agreement no. {t['order_form_number']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.set_font("Helvetica", "B", 9.5); pdf.cell(0, 5.5, "Customer", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.6, r["cust_block"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.para(r["intro"], size=9)
    pdf.ln(1)
    for i, (h, b) in enumerate(r["clauses"], 1):
        pdf.set_font("Helvetica", "B", 9); pdf.cell(0, 5, f"{i}. {h}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.8); pdf.multi_cell(0, 4.5, b, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    for j, (h, b) in enumerate(BOILER[:8], len(r["clauses"]) + 1):
        pdf.set_font("Helvetica", "B", 8.5); pdf.cell(0, 4.6, f"{j}. {h}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.2); pdf.multi_cell(0, 4.2, b, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    pdf.ln(3)
    if pdf.get_y() > 230: pdf.add_page()
    pdf.set_font("Helvetica", "B", 9); pdf.cell(0, 5, "SIGNATURES", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2
    for j, (who, nm, d) in enumerate(r["sigs"]):
        pdf.set_xy(18 + j * 90, y); pdf.set_font("Helvetica", "", 8.5)
        pdf.multi_cell(82, 4.5, f"For {who}\n\n\n______________________________\n{nm}\nDate: {d}", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(18, y + 34)
    if pdf.get_y() > 200: pdf.add_page()
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_x(22); pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, r.get("box_title", "FEES (forming part of this Agreement)"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22); pdf.set_font("Helvetica", "", 8.5)
    rows_y = []
    with pdf.table(width=166, col_widths=(64, 18, 28, 24, 32), text_align=("LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"), line_height=5,
                   headings_style=FontFace(emphasis="B", fill_color=(225, 235, 250))) as tb:
        row = tb.row(); [row.cell(h) for h in ["Description", "Qty", f"Unit fee ({r['sym']})", "Basis", f"Amount ({r['sym']})"]]
        for l in lines:
            row = tb.row()
            if l["removed"]:
                row.cell(f"{l['desc']}  -  {r.get('removed_word', 'REMOVED')}", style=FontFace(color=(150, 0, 0)))
                row.cell(str(l["qty"]) if r.get("removed_keep_qty") else "n/a", style=FontFace(color=(150, 0, 0)))
                row.cell(num(l["price"], cur, ns), style=FontFace(color=(150, 0, 0))); row.cell(PER[l["period"]], style=FontFace(color=(150, 0, 0)))
                row.cell("n/a", style=FontFace(color=(150, 0, 0)))
            else:
                row.cell(l["desc"]); row.cell(intfmt(l["qty"], ns)); row.cell(num(l["price"], cur, ns)); row.cell(PER[l["period"]])
                row.cell(num(l["net"], cur, ns) if l["show_net"] else "")
    # strike-through removed rows: re-draw a line across by locating via recorded text height (rows are uniform height 5 here)
    ys = pdf.get_y()
    n = len(lines)
    for idx, l in enumerate(lines):
        if l["removed"]:
            ry = ys - (n - idx) * 5 + 2.5
            pdf.set_draw_color(150, 0, 0); pdf.set_line_width(0.4); pdf.line(23, ry, 186, ry); pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0)
    pdf.ln(2)
    for x in r["box_notes"]:
        pdf.set_x(22); pdf.set_font("Helvetica", "B" if x.startswith("TOTAL") else "", 8.8); pdf.multi_cell(166, 4.6, x, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_line_width(0.6); pdf.rect(18, top - 2, 174, pdf.get_y() - top + 4); pdf.set_line_width(0.2)
    return pdf

def specs():
    S = []
    cur = "USD"
    lines = [L("Scheduling Suite", 1, "14400.00", "year", cur),
             L("Member Kiosk", 6, "600.00", "year", cur),
             L("SMS Bundle", 1, "1800.00", "year", cur, removed=True),
             L("Implementation", 1, "3000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Bluefin Aquatics Centers, Inc.", vendor_legal_name="Lanekeeper Software Corp.", order_form_number="LK-2026-0148",
        billing_contact_email="ap@bluefinaquatics.example", currency=cur, effective_date="2026-03-02", service_start_date="2026-03-15", service_end_date="2027-03-14",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="21000.00"),
        lines=lines, r=dict(ns="us", sym="$", brand="LANEKEEPER", vaddr="500 Lakeshore Drive, Chicago, IL 60611", doc="SERVICE AGREEMENT",
        cust_block="Bluefin Aquatics Centers, Inc.\n2210 Marina Way, Tampa, FL 33602\nAccounts payable: ap@bluefinaquatics.example",
        intro="This Service Agreement is entered into on March 2, 2026 (the \"Effective Date\") between the Provider identified in the letterhead and the Customer above. The fees are set out in the Fees box at the end of this Agreement, after the signatures.",
        clauses=[("Launch and Term", "The service launches on March 15, 2026 (the \"Launch date\") and runs for 12 months, ending March 14, 2027."),
                 ("Renewal", "The Agreement renews for successive 12-month terms unless either party gives written notice of non-renewal at least 30 days before the end of the then-current term."),
                 ("Invoicing and Payment", "Annual fees are invoiced annually in advance on the Launch date, together with any one-time fees, and are payable Net 30.")],
        sigs=[("Bluefin Aquatics Centers, Inc.", "Hector Alvarez, COO", "March 2, 2026"), ("Lanekeeper Software Corp.", "Wendy Cho, VP Sales", "March 2, 2026")],
        box_notes=["The SMS Bundle line was removed at the Customer's request before signature and is not ordered.", "TOTAL for the 12-month term: $21,000.00"]),
        deal_id="006-BG1001",
        desc="Service agreement whose fees sit in a bordered box after the signatures; the vendor is named only in the letterhead and the signature block. The SMS Bundle row is struck through and marked REMOVED and must not be billed (not a line item). Billable: Scheduling Suite 14,400/yr, Member Kiosk 6 x 600 = 3,600/yr, Implementation 3,000 one-time; stated total 14,400 + 3,600 + 3,000 = 21,000.00. Launch date March 15, 2026 to March 14, 2027 (12 months), auto-renews 12 months, 30 days' notice.",
        tags=["fees-after-signatures", "struck-line", "removed-line", "vendor-only-letterhead", "launch-date", "auto-renew", "one-time-fee"]))
    cur = "BHD"
    lines = [L("Property Portal", 1, "4800.000", "year", cur, periods=2),
             L("Tenant app users", 500, "1.250", "month", cur, periods=24),
             L("Lobby kiosk hardware", 4, "350.000", "one_time", cur, removed=True)]
    S.append(dict(t=dict(customer_legal_name="Seef Property Management B.S.C. (c)", vendor_legal_name="Estatehub Solutions FZ-LLC", order_form_number="EH-BH-0093",
        billing_contact_email="finance@seefpm.example", currency=cur, effective_date="2026-09-10", service_start_date="2026-10-01", service_end_date="2028-09-30",
        term_months=24, auto_renew=False, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance", total_contract_value="24600.000"),
        lines=lines, r=dict(ns="us", sym="BHD", brand="ESTATEHUB", vaddr="Office 1204, Building 3, Dubai Media City, UAE", doc="SUBSCRIPTION AGREEMENT",
        cust_block="Seef Property Management B.S.C. (c)\nBuilding 2102, Road 2825, Seef District, Manama, Kingdom of Bahrain\nInvoices: finance@seefpm.example",
        intro="This Subscription Agreement is effective 10 September 2026 between the Provider named in the letterhead and the Customer named above. Fees are in Bahraini dinars (three decimals) and appear in the Fees box following the signatures.",
        clauses=[("Subscription Period", "The subscription begins on 1 October 2026 and ends on 30 September 2028, a period of 24 months."),
                 ("No Renewal", "This Agreement expires at the end of the subscription period and does not renew."),
                 ("Invoicing", "All recurring fees (the annual portal fee pro rata and the monthly user fees) are invoiced quarterly in advance. Payment is due within 30 days of invoice.")],
        sigs=[("Seef Property Management B.S.C. (c)", "Yusuf Al-Khalifa, General Manager", "10 September 2026"), ("Estatehub Solutions FZ-LLC", "Sara Haddad, Director", "10 September 2026")],
        removed_word="REMOVED", removed_keep_qty=True,
        box_notes=["Lobby kiosk hardware: removed - the customer supplies its own kiosks.", "TOTAL for the 24-month period: BHD 24,600.000 (portal 2 x 4,800.000; users 24 x 625.000)."]),
        deal_id="006-BG1002",
        desc="Fees box after signatures in BHD with three decimals; vendor named only in letterhead and signatures. Property Portal 4,800.000 per year; Tenant app users 500 x 1.250 = 625.000 per month; the kiosk hardware row is struck and marked REMOVED (not billed). Stated total 2 x 4,800.000 + 24 x 625.000 = 24,600.000. Quarterly in advance, Net 30, 24 months, 'does not renew' (auto_renew false).",
        tags=["fees-after-signatures", "struck-line", "removed-line", "bhd", "three-decimals", "quarterly-billing", "no-auto-renew", "vendor-only-letterhead"]))
    cur = "GBP"
    lines = [L("Pupil licences", 1240, "3.20", "year", cur, periods=3),
             L("Parent app", 1240, "0.90", "year", cur, removed=True),
             L("Staff training day", 2, "650.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Harrowgate Primary Academy Trust", vendor_legal_name="Classnote Ltd", order_form_number="CN-26-3307",
        billing_contact_email="finance@harrowgatetrust.example", currency=cur, effective_date="2026-07-06", service_start_date="2026-09-01", service_end_date="2029-08-31",
        term_months=36, auto_renew=True, renewal_term_months=12, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True,
        minimum_commitment={"amount": "3500.00", "period": "year"}, total_contract_value="13204.00"),
        lines=lines, r=dict(ns="us", sym="£", brand="classnote", vaddr="The Old Mill, Hebden Bridge HX7 8AD", doc="SCHOOL SERVICES AGREEMENT",
        cust_block="Harrowgate Primary Academy Trust (4 academies)\nTrust Office, Beck Lane, Harrowgate HG9 1ZZ\nFinance: finance@harrowgatetrust.example",
        intro="This agreement is dated 6th July 2026 and is between the Trust named above and the Provider whose details appear at the top of this page. The fees are listed in the box after the signatures.",
        clauses=[("Period", "Services run for three (3) academic years, from 1st September 2026 to 31st August 2029."),
                 ("Renewal", "The agreement then renews for one further academic year at a time unless the Trust tells the Provider by 31st May that it does not wish to renew."),
                 ("Invoices", "Annual fees are invoiced annually in advance each September; training is invoiced after delivery with the first invoice. Payment is due 30 days from invoice. Each invoice must quote the Trust's official purchase order number, which the Trust will issue each September."),
                 ("Minimum annual charge", "Whatever the pupil count, the annual charge for pupil licences will not be less than £3,500.00.")],
        sigs=[("Harrowgate Primary Academy Trust", "Mrs J. Okonkwo, CFO", "6th July 2026"), ("Classnote Ltd", "D. Patel, Director", "6th July 2026")],
        removed_word="n/a - not taken", removed_keep_qty=True,
        box_notes=["Pupil licences are counted on the October census; the 1,240 figure is used for invoicing in every year of this agreement.",
                   "TOTAL over the three academic years: £13,204.00 (3 x £3,968.00 + £1,300.00)"]),
        deal_id="006-BG1003",
        desc="School-trust agreement with the fees box after the signatures; the Parent app row is struck through and marked 'n/a - not taken' (not billed). Pupil licences 1,240 x 3.20 = 3,968.00 per year (shown); training 2 x 650 = 1,300 one-time; stated total 3 x 3,968 + 1,300 = 13,204.00. Minimum annual charge GBP 3,500 (year). Renews for one academic year unless the Trust says so by 31st May - notice is a calendar date, not a number of days, so non_renewal_notice_days is null. PO required but the number is issued later (po_number null).",
        tags=["fees-after-signatures", "struck-line", "removed-line", "minimum-commitment", "po-required-no-number", "auto-renew", "notice-by-date", "uk-dates"]))
    cur = "KRW"
    lines = [L("Retail Analytics Platform", 1, "18000000", "year", cur),
             L("Store connectors", 45, "40000", "month", cur, periods=12),
             L("Custom dashboard build", 1, "7500000", "one_time", cur, removed=True),
             L("Onboarding", 1, "5000000", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Hanbit Cosmetics Co., Ltd.", vendor_legal_name="Glowmetrics Korea Ltd.", order_form_number="GM-KR-2026-061",
        billing_contact_email="ap@hanbitcosmetics.example", currency=cur, effective_date="2026-04-20", service_start_date="2026-05-01", service_end_date="2027-04-30",
        term_months=12, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance", late_fee_percent_per_month="1.5", total_contract_value="44600000",
        usage_rules=[usage("API calls", "1,000 calls", "2000", "month", "graduated", [("8000", "400"), (None, "300")], "monthly", "arrears")],
        non_standard_terms=["Onboarding fee is payable only after the customer accepts the go-live in writing"]),
        lines=lines, r=dict(ns="us", sym="KRW", brand="GLOWMETRICS", vaddr="14F, 311 Teheran-ro, Gangnam-gu, Seoul", doc="SERVICE ORDER AGREEMENT",
        cust_block="Hanbit Cosmetics Co., Ltd.\n88 Seongsu-ro, Seongdong-gu, Seoul\nAccounts payable: ap@hanbitcosmetics.example",
        intro="Effective date: 20 April 2026. This agreement is between the Provider shown in the letterhead and the Customer above. Amounts are in Korean won (no decimals) and are listed in the fee box after the signatures.",
        clauses=[("Go-live and Term", "Go-live is 1 May 2026. The term is 12 months, ending 30 April 2027."),
                 ("Invoicing", "Platform and connector fees are invoiced quarterly in advance; Onboarding is invoiced at go-live. Payment within 30 days; late payments bear interest of 1.5% per month."),
                 ("API usage", "The fees include 2,000 blocks of 1,000 API calls per month. Extra blocks in a month are charged on a graduated basis: the first 8,000 extra blocks at KRW 400 per block, further blocks at KRW 300 per block, invoiced monthly in arrears."),
                 ("Acceptance", "The Onboarding fee becomes payable only after the Customer confirms acceptance of go-live in writing.")],
        sigs=[("Hanbit Cosmetics Co., Ltd.", "Kim Ji-woo, CFO", "20 April 2026"), ("Glowmetrics Korea Ltd.", "Park Min-jun, Representative Director", "20 April 2026")],
        removed_word="REMOVED", removed_keep_qty=False,
        box_notes=["TOTAL for the 12-month term: KRW 44,600,000 (platform 18,000,000 + connectors 1,800,000 x 12 + onboarding 5,000,000). The custom dashboard line is struck and not ordered."]),
        deal_id="006-BG1004",
        desc="Fees box after signatures in KRW (no decimals); vendor only in letterhead and signature. Custom dashboard build is struck and REMOVED (not billed). Platform 18,000,000/yr; connectors 45 x 40,000 = 1,800,000/month; onboarding 5,000,000 one-time; stated total 18,000,000 + 21,600,000 + 5,000,000 = 44,600,000. API usage counted in blocks of 1,000 calls: 2,000 included per month, graduated 400 for the first 8,000 extra blocks and 300 beyond, monthly in arrears. Quarterly in advance, Net 30, 1.5%/month late interest; onboarding contingent on go-live acceptance. Renewal not stated.",
        tags=["fees-after-signatures", "struck-line", "removed-line", "krw", "zero-decimals", "usage", "graduated", "late-fee", "acceptance-contingent", "vendor-only-letterhead", "go-live"]))
    return S
