from common import *

LAY = "bundle-included-components"
CT = {"year": "Recurring", "month": "Recurring", "quarter": "Recurring", "one_time": "One-Time"}
BF = {"year": "Per year", "month": "Per month", "quarter": "Per quarter", "one_time": "-"}

def build(spec):
    t, r = spec["t"], spec["r"]; m = r["m"]; inc = r["inc"]
    def hdr(p):
        p.set_font(p.F, "", 7); p.set_text_color(120, 120, 120)
        p.cell(0, 4, f"Quote Export  |  {t['order_form_number']}  |  Generated {r['gen']}", new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(1)
    def ftr(p):
        p.set_y(-10); p.set_font(p.F, "", 7); p.set_text_color(120, 120, 120); p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="R"); p.set_text_color(0, 0, 0)
    pdf = Doc(orientation="L", hdr=hdr, ftr=ftr); pdf.set_margins(14, 10, 14); pdf.set_auto_page_break(True, margin=14); pdf.add_page()
    pdf.set_font(pdf.F, "B", 15); pdf.cell(180, 8, t["vendor_legal_name"]); pdf.set_font(pdf.F, "B", 11)
    pdf.cell(89, 8, f"QUOTE {t['order_form_number']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", 8); pdf.cell(180, 4, r["vaddr"]); pdf.cell(89, 4, f"Status: {r['status']}", align="R", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    # header fields in three columns
    cols = [r["h1"], r["h2"], r["h3"]]; y = pdf.get_y(); maxy = y
    for i, pairs in enumerate(cols):
        pdf.set_xy(14 + i * 90, y)
        for k, v in pairs:
            pdf.set_x(14 + i * 90); pdf.set_font(pdf.F, "B", 7.3); pdf.cell(26, 4.3, k)
            pdf.set_font(pdf.F, "", 7.3); pdf.multi_cell(63, 4.3, v, new_x="LMARGIN", new_y="NEXT")
        maxy = max(maxy, pdf.get_y())
    pdf.set_y(maxy + 3)
    rows = [["Line", "Product Code", "Product Name", "Qty", "List Unit Price", "Disc %", "Net Unit Price", "Net Total", "Charge Type", "Price Period"]]
    for item in r["items"]:
        if item[0] == "L":
            _, no, l = item
            netunit = l["price"] * (D(100) - D(str(l["disc"] or 0))) / D(100)
            rows.append([no, l["sku"] or "", l["desc"], intfmt(l["qty"]), m(l["price"]), f"{l['disc']}%" if l["disc"] is not None else "", m(netunit), m(l["net"]), CT[l["period"]], BF[l["period"]]])
        else:
            _, no, code, name, qty = item
            rows.append([no, code, "      \u2514 " + name, qty, inc, "", inc, inc, "Component", ""])
    grid(pdf, (12, 30, 78, 14, 26, 13, 26, 28, 22, 20), rows, size=7.5,
         aligns=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT", "LEFT"), fill=(222, 232, 245))
    pdf.ln(2)
    for k, v in r["sums"]:
        pdf.set_x(170); pdf.set_font(pdf.F, "B", 8.4); pdf.cell(70, 5, k, border=1); pdf.cell(29, 5, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if pdf.get_y() > 160: pdf.add_page()
    pdf.set_font(pdf.F, "B", 9.5); pdf.cell(0, 5.5, "Quote Terms", new_x="LMARGIN", new_y="NEXT")
    for i, c in enumerate(r["terms"], 1):
        pdf.para(f"{i}. {c}", size=8.2, h=4.1); pdf.ln(0.5)
    if pdf.get_y() > 165: pdf.add_page()
    pdf.ln(3); pdf.set_font(pdf.F, "B", 9.5); pdf.cell(0, 5.5, "Acceptance", new_x="LMARGIN", new_y="NEXT")
    pdf.para(r["accept"], size=8.2, h=4.1); pdf.ln(6)
    y = pdf.get_y(); pdf.set_font(pdf.F, "", 8.2)
    for i, (who, nm, d) in enumerate(r["sigs"]):
        pdf.set_xy(14 + i * 135, y); pdf.multi_cell(120, 4.3, f"{who}\nSignature: ____________________________\nName/Title: {nm}\nDate: {d}", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    # 1 -----------------------------------------------------------------------
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    b1 = L("Revenue Operations Suite - Growth", 75, "960.00", "year", cur, sku="RO-GRW-BND", disc=12)
    b2 = L("Onboarding Package - Standard", 1, "12000.00", "one_time", cur, sku="SVC-ONB-STD")
    s1 = L("Sandbox Environment", 1, "4800.00", "year", cur, sku="RO-SBX")
    items = [("L", "1", b1), ("C", "1.1", "RO-PIPE", "Pipeline Analytics", "75"), ("C", "1.2", "RO-FCST", "Forecasting", "75"), ("C", "1.3", "RO-CI", "Conversation Intelligence", "75"),
             ("L", "2", s1), ("L", "3", b2), ("C", "3.1", "SVC-ADM-TRN", "Admin training (2 sessions)", "1"), ("C", "3.2", "SVC-DATA", "Data import", "1"),
             ("C", "3.3", "SVC-SPW", "Success plan workshop", "1")]
    S.append(dict(t=dict(customer_legal_name="Brightwater Logistics Holdings, Inc.", vendor_legal_name="Pipeloft Software, Inc.", order_form_number="Q-004812",
        billing_contact_email="ap@brightwaterlogistics.example", currency=cur, service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="80160.00"),
        lines=[b1, s1, b2], r=dict(items=items, m=m, inc="Included", gen="2026-03-20 14:02 UTC", status="Accepted", vaddr="410 Townsend Street, Suite 300, San Francisco, CA 94107",
        h1=[("Account", "Brightwater Logistics Holdings, Inc."), ("Bill To", "1200 Harbor Blvd, Long Beach, CA 90802"), ("Billing Email", "ap@brightwaterlogistics.example")],
        h2=[("Quote Date", "03/20/2026"), ("Expiration Date", "03/31/2026"), ("Currency", "USD"), ("Sales Rep", "Kyle Brandt")],
        h3=[("Subscription Start", "04/01/2026"), ("Subscription End", "03/31/2027"), ("Subscription Term", "12 months"), ("Payment Terms", "Net 30")],
        sums=[("Recurring Total (annual)", m(68160)), ("One-Time Total", m(12000)), ("Total Contract Value", m(80160))],
        terms=["Bundle components are included in the price of their parent bundle and are not priced or invoiced separately.",
               "Recurring charges are invoiced annually in advance; one-time charges are invoiced on the subscription start date.",
               "The subscription renews automatically for successive 12-month terms unless either party gives written notice of non-renewal at least 30 days before the end of the current term.",
               "This quote is governed by the Pipeloft Master Subscription Agreement available at pipeloft.example/msa."],
        accept="By signing, the customer accepts this quote as an order form. The order is effective on the date of the customer's signature below.",
        sigs=[("Brightwater Logistics Holdings, Inc.", "Teresa Nguyen, VP Revenue Operations", "03/27/2026"), ("Pipeloft Software, Inc.", "Kyle Brandt, Account Executive", "03/27/2026")]),
        deal_id="006-BI0701", close_date="2026-03-27",
        derived={"effective_date": {"value": "2026-03-27", "rule": "the order is effective on the date of the customer's signature, 03/27/2026"}},
        desc="CPQ quote export (landscape) where each bundle carries the price and its component rows (1.1, 1.2 ... marked 'Component', price cells 'Included') have no price of their own: components are not line items. Lines: Revenue Operations Suite - Growth 75 x $960.00 less 12% (net unit $844.80) = $63,360.00 per year; Sandbox Environment $4,800.00 per year; Onboarding Package - Standard $12,000.00 one-time. Recurring $68,160.00 + one-time $12,000.00 = stated TCV $80,160.00 for 04/01/2026-03/31/2027. Effective on the date of the customer's signature, 03/27/2026 (derived; the quote date 03/20/2026 is not it). Annual in advance, net 30, renews 12 months unless 30 days' notice.",
        tags=["cpq", "bundle", "included-components", "landscape", "discount", "one-time-fee", "us-slash-dates", "auto-renew"]))
    # 2 -----------------------------------------------------------------------
    cur = "GBP"; m = lambda x: "£" + num(x, cur)
    b1 = L("Contact Centre Bundle - Professional", 150, "55.00", "month", cur, sku="CC-PRO-BND", periods=24)
    s1 = L("Quality Management Add-on", 20, "18.00", "month", cur, sku="CC-QM", periods=24)
    b2 = L("Implementation Bundle", 1, "9500.00", "one_time", cur, sku="CC-IMP-BND")
    items = [("L", "10", b1), ("C", "10.1", "CC-OMNI", "Omnichannel routing", "150"), ("C", "10.2", "CC-REC", "Call recording", "150"),
             ("C", "10.3", "CC-WFM-L", "Workforce management lite", "150"), ("L", "20", s1), ("L", "30", b2),
             ("C", "30.1", "CC-IVR", "IVR design and build", "1"), ("C", "30.2", "CC-CRM-INT", "CRM integration", "1"), ("C", "30.3", "CC-TTT", "Train-the-trainer day", "1")]
    S.append(dict(t=dict(customer_legal_name="Pennine Home Energy Services Ltd", vendor_legal_name="Cloudvox Communications Ltd", order_form_number="CVX-Q-20931",
        billing_contact_email="ledger@penninehomeenergy.example", currency=cur, effective_date="2026-05-11", service_start_date="2026-06-01", service_end_date="2028-05-31",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=45, billing_frequency="annual", billing_timing="advance",
        total_contract_value="216140.00"),
        lines=[b1, s1, b2], r=dict(items=items, m=m, inc="incl.", gen="05/05/2026 09:41", status="Approved - Customer Signed", vaddr="3 Whitworth Street West, Manchester M1 5WW",
        h1=[("Customer", "Pennine Home Energy Services Ltd"), ("Address", "Canal Wharf, Leeds LS11 5PS"), ("Finance Contact", "ledger@penninehomeenergy.example")],
        h2=[("Quote Date", "05/05/2026"), ("Order Date", "11/05/2026"), ("Currency", "GBP"), ("Account Manager", "Sian Roberts")],
        h3=[("Start Date", "01/06/2026"), ("End Date", "31/05/2028"), ("Term (Months)", "24"), ("Payment Terms", "45 days")],
        sums=[("Monthly Recurring (MRR)", m(8610)), ("One-Time Total", m(9500)), ("Total Contract Value (24 months)", m(216140))],
        terms=["Items marked 'incl.' are components of the bundle above them and are priced within the bundle.",
               "Monthly prices are invoiced annually in advance (12 months per invoice); the Implementation Bundle is invoiced on the order date.",
               "Total contract value = 24 x £8,610.00 MRR + £9,500.00 one-time = £216,140.00, excluding VAT.",
               "Renews for 12 months at a time unless either party gives 90 days' written notice before the end date."],
        accept="Signature of this quote by the customer constitutes an order under the Cloudvox Customer Terms. Order Date as shown above.",
        sigs=[("Pennine Home Energy Services Ltd", "Adam Greaves, Operations Director", "11/05/2026"), ("Cloudvox Communications Ltd", "Sian Roberts, Account Manager", "11/05/2026")]),
        deal_id="006-BI0702",
        desc="UK CPQ quote export with bundles whose components show 'incl.' instead of prices (components are not lines). Contact Centre Bundle - Professional 150 agents x £55.00 = £8,250.00 per month; Quality Management Add-on 20 x £18.00 = £360.00 per month; Implementation Bundle £9,500.00 one-time (its three components are included). MRR £8,610.00; stated TCV £216,140.00 = 24 x 8,610 + 9,500 for 01/06/2026-31/05/2028 (dd/mm/yyyy). Monthly prices invoiced annually in advance (billing annual, price period month). 45 days, renews 12 months unless 90 days' notice. Order Date 11/05/2026 = effective date.",
        tags=["cpq", "bundle", "included-components", "landscape", "monthly-prices", "annual-billing", "gbp", "uk-slash-dates", "auto-renew"]))
    # 3 -----------------------------------------------------------------------
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    b1 = L("Security Essentials Bundle", 500, "42.00", "year", cur, sku="SEC-ESS-B", periods=3)
    b2 = L("Managed Detection Bundle", 500, "30.00", "year", cur, sku="SEC-MDR-B", disc=20, periods=3)
    items = [("L", "1", b1), ("C", "1.1", "SEC-EDR", "EDR agent", "500"), ("C", "1.2", "SEC-VULN", "Vulnerability scanning", "500"), ("C", "1.3", "SEC-PATCH", "Patch management", "500"),
             ("L", "2", b2), ("C", "2.1", "SEC-SOC", "24x7 SOC monitoring", "500"), ("C", "2.2", "SEC-IR10", "Incident response retainer (10 hrs)", "1")]
    S.append(dict(t=dict(customer_legal_name="Greystone County Credit Union", vendor_legal_name="Bastionware Security LLC", order_form_number="BW-Q-2026-1177",
        billing_contact_email="accountspayable@greystoneccu.example", currency=cur, effective_date="2026-08-28", service_start_date="2026-09-01", service_end_date="2029-08-31",
        term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="GCCU-PO-26-0412",
        total_contract_value="99000.00"),
        lines=[b1, b2], r=dict(items=items, m=m, inc="\u2014", gen="08/24/2026 16:20 CT", status="Accepted", vaddr="2200 Ross Avenue, Suite 4100, Dallas, TX 75201",
        h1=[("Account", "Greystone County Credit Union"), ("Bill To", "88 Main Street, Greystone, MO 64735"), ("AP Email", "accountspayable@greystoneccu.example"), ("Customer PO", "GCCU-PO-26-0412")],
        h2=[("Quote Date", "08/24/2026"), ("Accepted On", "08/28/2026"), ("Currency", "USD")],
        h3=[("Start Date", "09/01/2026"), ("End Date", "08/31/2029"), ("Term", "36 months"), ("Payment Terms", "Net 30")],
        sums=[("Annual Recurring Total", m(33000)), ("Total Contract Value (36 months)", m(99000))],
        terms=["Component rows (shown with a dash in the price columns) are delivered as part of their bundle and carry no separate charge.",
               "Fees are invoiced annually in advance on the start date and each anniversary.",
               "Invoices must reference the customer purchase order number GCCU-PO-26-0412; invoices without it will not be paid.",
               "The subscription ends on the end date. It does not renew automatically."],
        accept="Accepted on behalf of the customer as an order on the date stated in the 'Accepted On' field.",
        sigs=[("Greystone County Credit Union", "Maria Delgado, CFO", "08/28/2026"), ("Bastionware Security LLC", "Troy Whitfield, Sales Director", "08/24/2026")]),
        deal_id="006-BI0703",
        desc="CPQ quote export with two priced security bundles whose component rows show a dash in every price cell. Security Essentials Bundle 500 x $42.00 = $21,000.00 per year; Managed Detection Bundle 500 x $30.00 less 20% (net unit $24.00) = $12,000.00 per year. Annual recurring $33,000.00; stated TCV $99,000.00 = 3 x 33,000 for 09/01/2026-08/31/2029. Annual in advance, net 30, PO GCCU-PO-26-0412 required on invoices, no auto-renewal. Effective = 'Accepted On' 08/28/2026.",
        tags=["cpq", "bundle", "included-components", "landscape", "discount", "multi-year", "po-required", "us-slash-dates", "no-auto-renew"]))
    # 4 -----------------------------------------------------------------------
    cur = "AUD"; m = lambda x: "A$" + num(x, cur)
    b1 = L("Clinic Practice Bundle", 12, "3600.00", "year", cur, sku="CPB-STD")
    b2 = L("Patient Engagement Bundle", 12, "1200.00", "year", cur, sku="PEB-STD", disc=10)
    s1 = L("Telehealth Add-on", 40, "15.00", "month", cur, sku="TH-ADD", periods=12)
    b3 = L("Go-Live Services Bundle", 1, "18000.00", "one_time", cur, sku="GLS-BND")
    items = [("L", "1", b1), ("C", "1.1", "CPB-APPT", "Appointment book", "12"), ("C", "1.2", "CPB-NOTES", "Clinical notes", "12"), ("C", "1.3", "CPB-BILL", "Medicare and health fund claiming", "12"),
             ("C", "1.4", "CPB-RPT", "Practice reporting", "12"), ("C", "1.5", "CPB-SMS", "SMS reminders (standard allowance)", "12"),
             ("L", "2", b2), ("C", "2.1", "PEB-BOOK", "Online booking", "12"), ("C", "2.2", "PEB-FORMS", "Digital intake forms", "12"), ("C", "2.3", "PEB-REV", "Review requests", "12"),
             ("L", "3", s1), ("L", "4", b3), ("C", "4.1", "GLS-CFG", "Configuration workshop", "1"), ("C", "4.2", "GLS-HYP", "Go-live hypercare (4 weeks)", "1")]
    SITES = ["Tweed Heads", "Kingscliff", "Byron Bay", "Ballina", "Lismore", "Yamba", "Grafton", "Coffs Harbour", "Sawtell", "Nambucca Heads", "Port Macquarie", "Forster"]
    for k, site in enumerate(SITES):
        items.append(("C", f"4.{3 + k}", f"GLS-MIG-{k + 1:02d}", f"Data migration from legacy PMS - {site}", "1"))
    for k, site in enumerate(SITES):
        items.append(("C", f"4.{15 + k}", f"GLS-TRN-{k + 1:02d}", f"On-site training, 2 days - {site}", "1"))
    S.append(dict(t=dict(customer_legal_name="Coastal Allied Health Group Pty Ltd", vendor_legal_name="Medilink Cloud Pty Ltd", order_form_number="MLC-Q-3390",
        billing_contact_email="accounts@coastalalliedhealth.example", currency=cur, effective_date="2026-06-22", service_start_date="2026-07-01", service_end_date="2027-06-30",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=14, billing_frequency="annual", billing_timing="advance",
        total_contract_value="81360.00"),
        lines=[b1, b2, s1, b3], r=dict(items=items, m=m, inc="Included", gen="18/06/2026 11:05 AEST", status="Accepted", vaddr="Level 9, 100 Creek Street, Brisbane QLD 4000 - ABN 51 824 753 556",
        h1=[("Customer", "Coastal Allied Health Group Pty Ltd"), ("ABN", "63 112 907 448"), ("Billing Email", "accounts@coastalalliedhealth.example")],
        h2=[("Quote Date", "18/06/2026"), ("Order Date", "22/06/2026"), ("Currency", "AUD (prices exclude GST)"), ("Locations", "12")],
        h3=[("Start Date", "01/07/2026"), ("End Date", "30/06/2027"), ("Term", "12 months"), ("Payment Terms", "14 days")],
        sums=[("Recurring Total (12 months)", m(63360)), ("One-Time Total", m(18000)), ("Total Contract Value (ex GST)", m(81360))],
        terms=["Components listed under a bundle are included in the bundle price; they are shown for scope only.",
               "Recurring fees for the 12-month term are invoiced annually in advance on the start date; the Go-Live Services Bundle is invoiced on the order date.",
               "Telehealth Add-on is priced per practitioner per month; 40 practitioners x A$15.00 x 12 months = A$7,200.00 for the term.",
               "Renews automatically for 12 months unless either party gives 60 days' notice before the end date. Prices exclude GST, which is added at the prevailing rate."],
        accept="Signed by the customer as an order form on the Order Date above.",
        sigs=[("Coastal Allied Health Group Pty Ltd", "Dr. Priya Raman, Managing Director", "22/06/2026"), ("Medilink Cloud Pty Ltd", "Jack O'Loughlin, Sales Manager", "18/06/2026")]),
        deal_id="006-BI0704",
        desc="Australian CPQ quote export whose long line table (4 priced rows, 34 component rows marked 'Included', incl. per-site migration and training rows) runs onto page 2 with its header row repeated; components are not lines. Clinic Practice Bundle 12 locations x A$3,600.00 = A$43,200.00 per year; Patient Engagement Bundle 12 x A$1,200.00 less 10% = A$12,960.00 per year; Telehealth Add-on 40 x A$15.00 = A$600.00 per month; Go-Live Services Bundle A$18,000.00 one-time. Recurring for 12 months 43,200 + 12,960 + 7,200 = A$63,360.00; stated TCV ex GST A$81,360.00 with the one-time fee, 01/07/2026-30/06/2027. Annual in advance, 14 days, renews 12 months unless 60 days' notice. Order Date 22/06/2026 = effective date.",
        tags=["cpq", "bundle", "included-components", "landscape", "multi-page-table", "discount", "aud", "uk-slash-dates", "auto-renew"]))
    return S
