from common import *

LAY = "overage-region-matrix"
PER = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}
INCP = {"month": "per calendar month", "quarter": "per calendar quarter", "year": "per contract year"}

def block_rules(b):
    """usage rules (one per region column) from a matrix block"""
    out = []
    for j, reg in enumerate(b["regions"]):
        tiers = [(up, prices[j]) for up, _, prices in b["bands"]]
        out.append(usage(f"{b['metric']} - {reg}", b["unit"], b["incl"][j] if b["incl"] else None, b["incl_period"] if b["incl"] else None,
                         b["model"], tiers, b["freq"], "arrears"))
    return out

def build(spec):
    t, r = spec["t"], spec["r"]; m = r["m"]; st = r.get("style", "us")
    def ftr(p):
        p.set_y(-11); p.set_font(p.F, "", 7); p.set_text_color(110, 110, 110)
        p.cell(0, 4, f"{t['vendor_legal_name']} · Usage Plan {t['order_form_number']} · page {p.page_no()} of {{nb}}", align="C"); p.set_text_color(0, 0, 0)
    pdf = Doc(ftr=ftr); pdf.add_page()
    pdf.set_fill_color(*r["color"]); pdf.rect(18, 14, 174, 18, style="F"); pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 16); pdf.set_font(pdf.F, "B", 15); pdf.cell(120, 7, t["vendor_legal_name"])
    pdf.set_xy(22, 23); pdf.set_font(pdf.F, "", 9); pdf.cell(120, 6, r["title"])
    pdf.set_xy(140, 19); pdf.set_font(pdf.F, "B", 10); pdf.cell(48, 8, t["order_form_number"], align="R"); pdf.set_text_color(0, 0, 0)
    pdf.set_y(37)
    def h(s):
        if pdf.get_y() > 245: pdf.add_page()
        pdf.ln(2); pdf.set_font(pdf.F, "B", 10.5); pdf.set_text_color(*r["color"]); pdf.cell(0, 6, s, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0); pdf.ln(0.5)
    h("A. Plan summary")
    grid(pdf, (46, 128), [[k, v] for k, v in r["summary"]], size=8.6, head=False)
    h("B. Fixed fees")
    rows = [["Item", "Quantity", "Unit price", "Billing period", "Amount"]]
    for l in spec["lines"]:
        rows.append([l["desc"], intfmt(l["qty"], st), m(l["price"]), PER[l["period"]], m(l["net"])])
    rows += [[k, "", "", "", v] for k, v in r["fixed_tot"]]
    grid(pdf, (70, 20, 28, 30, 26), rows, size=8.5, aligns=("LEFT", "RIGHT", "RIGHT", "LEFT", "RIGHT"), bold_last=len(r["fixed_tot"]))
    h("C. Overage matrix")
    pdf.para(r["matrix_intro"], size=8.6, h=4.3); pdf.ln(1)
    for b in r["blocks"]:
        if pdf.get_y() > 225: pdf.add_page()
        pdf.set_font(pdf.F, "B", 8.8); pdf.cell(0, 5, b["caption"], new_x="LMARGIN", new_y="NEXT")
        n = len(b["regions"]); w0 = 56; wr = (174 - w0) / n
        rows = [[b["corner"]] + [f"{b['metric']} - {reg}" for reg in b["regions"]]]
        if b["incl"]:
            rows.append([f"Included {INCP[b['incl_period']]}"] + [intfmt(x, st) for x in b["incl"]])
        for up, label, prices in b["bands"]:
            rows.append([label] + [m(pr, True) for pr in prices])
        grid(pdf, (w0,) + (wr,) * n, rows, size=8.2, aligns=("LEFT",) + ("RIGHT",) * n, fill=tuple(min(255, c + 175) for c in r["color"]))
        pdf.ln(1); pdf.para(b["note"], size=7.9, style="I", h=4); pdf.ln(2)
    h("D. Commercial terms")
    for k, v in r["terms"]:
        if pdf.get_y() > 262: pdf.add_page()
        y = pdf.get_y(); pdf.set_font(pdf.F, "B", 8.6); pdf.multi_cell(44, 4.4, k, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(64, y); pdf.set_font(pdf.F, "", 8.6); pdf.multi_cell(128, 4.4, v, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    if pdf.get_y() > 238: pdf.add_page()
    pdf.ln(5); y = pdf.get_y(); pdf.set_font(pdf.F, "", 8.6)
    for i, (who, nm, d) in enumerate(r["sigs"]):
        pdf.set_xy(18 + i * 90, y); pdf.multi_cell(84, 4.5, f"{who}\n\n______________________________\n{nm}\nDate: {d}", new_x="LMARGIN", new_y="NEXT")
    return pdf

def money(cur, sym, style="us"):
    def f(x, raw=False):
        if raw:
            return sym + num_str(str(x), style)
        return sym + num(x, cur, style)
    return f

def specs():
    S = []
    # 1 -----------------------------------------------------------------------
    cur = "USD"; m = money(cur, "$")
    lines = [L("Media Platform Subscription", 1, "4500.00", "month", cur)]
    b = dict(metric="Transcoding minutes", unit="minute", regions=["US", "EU", "APAC"], incl=["50000", "20000", "10000"], incl_period="month",
             model="graduated", freq="monthly", corner="Billable minutes in the month",
             bands=[("100000", "1 - 100,000", ["0.0120", "0.0140", "0.0180"]), ("500000", "100,001 - 500,000", ["0.0095", "0.0110", "0.0150"]),
                    (None, "over 500,000", ["0.0070", "0.0085", "0.0120"])],
             caption="C.1 Transcoding minutes, rate per minute by processing region",
             note="Graduated: each band is priced separately. Bands count billable minutes, i.e. minutes processed in a region in the calendar month after that region's included minutes. Allowances do not carry over and cannot be moved between regions.")
    S.append(dict(t=dict(customer_legal_name="Northwind Broadcasting Group LLC", vendor_legal_name="Streamforge Media Cloud, Inc.", order_form_number="SMC-UP-2026-0419",
        billing_contact_email="media-ap@northwindbroadcast.example", currency=cur, effective_date="2026-06-18", service_start_date="2026-07-01",
        service_end_date="2027-06-30", term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
        billing_frequency="monthly", billing_timing="advance", total_contract_value="54000.00", usage_rules=block_rules(b)),
        lines=[dict(l, periods=12) for l in lines], r=dict(m=m, color=(20, 70, 120), title="Usage Plan and Order",
        summary=[("Customer", "Northwind Broadcasting Group LLC, 900 Lake Shore Plaza, Chicago, IL 60611"), ("Billing contact", "media-ap@northwindbroadcast.example"),
                 ("Order date", "June 18, 2026"), ("Term", "12 months, July 1, 2026 through June 30, 2027"), ("Currency", "US dollars (USD)")],
        fixed_tot=[("Annual fixed fees", m(54000))],
        matrix_intro="Transcoding is metered per minute of output video in the region where it is processed. Each region has its own allowance and rate column; the column heading is the metric name used on invoices.",
        blocks=[b],
        terms=[("Fixed fee billing", "The Media Platform Subscription is invoiced monthly in advance on the 1st of each month."),
               ("Overage billing", "Overage is calculated per region and invoiced monthly in arrears."),
               ("Total contract value", "USD 54,000.00 in fixed fees for the 12-month term (12 x $4,500.00), excluding overage."),
               ("Payment", "Net 30 from invoice date."),
               ("Renewal", "Renews automatically for 12 months unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.")],
        sigs=[("Northwind Broadcasting Group LLC", "Dana Whitcomb, VP Engineering", "June 18, 2026"), ("Streamforge Media Cloud, Inc.", "Luis Ortega, Regional Sales Director", "June 18, 2026")]),
        deal_id="006-BI0601",
        desc="Usage plan whose overage is a matrix: volume bands as rows, processing regions as columns; each column heading names the invoice metric ('Transcoding minutes - US', '- EU', '- APAC'), so gold has one graduated usage rule per region with its own monthly allowance (50,000 / 20,000 / 10,000) and band prices (US 0.0120/0.0095/0.0070; EU 0.0140/0.0110/0.0085; APAC 0.0180/0.0150/0.0120 per minute; bands up to 100,000 and 500,000 billable minutes, then unbounded), monthly in arrears. Fixed: Media Platform Subscription $4,500.00 per month, monthly in advance; stated TCV $54,000.00 = 12 x 4,500 for July 1, 2026 - June 30, 2027, excluding overage. Net 30, renews 12 months unless 60 days' notice.",
        tags=["usage", "overage-matrix", "region-pricing", "graduated", "monthly-prices", "auto-renew"]))
    # 2 -----------------------------------------------------------------------
    cur = "EUR"; m = money(cur, "€")
    lines = [L("Support Plan - Business", 1, "750.00", "month", cur, periods=24)]
    b = dict(metric="Object storage", unit="GB-month", regions=["EU-Central", "EU-North", "UK-South"], incl=None, incl_period=None,
             model="volume", freq="monthly", corner="Stored volume in the month (GB-month)",
             bands=[("50000", "up to 50,000", ["0.0210", "0.0190", "0.0230"]), ("250000", "50,001 - 250,000", ["0.0180", "0.0165", "0.0200"]),
                    (None, "above 250,000", ["0.0150", "0.0140", "0.0170"])],
             caption="C.1 Object storage, price per GB-month by storage region",
             note="Volume pricing: the band reached by a region's total stored volume in the month prices every GB-month stored in that region. Nothing is included.")
    S.append(dict(t=dict(customer_legal_name="Helvetia Genomics Europe B.V.", vendor_legal_name="Cumulon Storage Europe S.A.", order_form_number="CSE-2026-UP-118",
        billing_contact_email="finance.eu@helvetiagenomics.example", currency=cur, effective_date="2026-02-23", service_start_date="2026-03-01",
        service_end_date="2028-02-29", term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=45,
        billing_frequency="monthly", billing_timing="arrears", minimum_commitment={"amount": "2000.00", "period": "month"}, usage_rules=block_rules(b)),
        lines=lines, r=dict(m=m, color=(0, 110, 100), title="Storage Usage Plan",
        summary=[("Customer", "Helvetia Genomics Europe B.V., Kingsfordweg 151, 1043 GR Amsterdam, Netherlands"), ("Billing contact", "finance.eu@helvetiagenomics.example"),
                 ("Order date", "23 February 2026"), ("Term", "24 months, 1 March 2026 to 29 February 2028"), ("Currency", "EUR"),
                 ("Minimum monthly spend", "€2,000.00 of storage charges per calendar month across all regions; any shortfall is invoiced with that month's usage")],
        fixed_tot=[("Monthly fixed fees", m(750))],
        matrix_intro="Storage is metered in GB-months per storage region. Each region column is invoiced as a separate metric under the column heading.",
        blocks=[b],
        terms=[("Billing", "All charges, including the support plan, are invoiced monthly in arrears after the end of each calendar month."),
               ("Minimum spend", "Storage charges are subject to the minimum monthly spend in section A (€2,000.00 per month)."),
               ("Payment", "45 days from the invoice date."),
               ("Renewal", "This plan renews automatically for periods of 12 months unless terminated by either party with 90 days' written notice before the end of the current period.")],
        sigs=[("Helvetia Genomics Europe B.V.", "Anouk Peeters, Head of IT Operations", "23 February 2026"), ("Cumulon Storage Europe S.A.", "Marc Thill, Account Director", "23 February 2026")]),
        deal_id="006-BI0602", deal={"amount": "66000.00"},
        desc="Storage usage plan in EUR with a region matrix (bands x regions) under volume pricing: Object storage - EU-Central 0.0210/0.0180/0.0150, - EU-North 0.0190/0.0165/0.0140, - UK-South 0.0230/0.0200/0.0170 per GB-month; bands up to 50,000 and 250,000 GB-month, then unbounded; nothing included; one usage rule per region, monthly in arrears. Minimum monthly spend €2,000.00 (minimum_commitment month). One fixed line: Support Plan - Business €750.00 per month. Everything monthly in arrears (billing_timing arrears), 45 days. No total contract value stated (null). 24 months 1 March 2026 - 29 February 2028 (leap-year end). Renews 12 months unless 90 days' notice. CRM amount 66,000.00 = 24 x (2,000 + 750).",
        tags=["usage", "overage-matrix", "region-pricing", "volume", "minimum-commitment", "arrears", "no-tcv", "leap-year", "auto-renew"]))
    # 3 -----------------------------------------------------------------------
    cur = "USD"; m = money(cur, "$")
    lines = [L("Developer Platform - Enterprise", 1, "60000.00", "year", cur)]
    b1 = dict(metric="API requests", unit="1,000 requests", regions=["Americas", "EMEA"], incl=["20000", "8000"], incl_period="month",
              model="per_unit", freq="monthly", corner="Per 1,000 requests",
              bands=[(None, "Overage rate per 1,000 requests", ["0.40", "0.46"])],
              caption="C.1 API requests (counted in thousands), by serving region",
              note="Allowances are in thousands of requests per calendar month (20,000 = 20 million requests). Requests above the allowance are charged at the flat rate shown.")
    b2 = dict(metric="Webhook deliveries", unit="1,000 deliveries", regions=["Americas", "EMEA"], incl=["5000", "2000"], incl_period="month",
              model="per_unit", freq="monthly", corner="Per 1,000 deliveries",
              bands=[(None, "Overage rate per 1,000 deliveries", ["0.25", "0.30"])],
              caption="C.2 Webhook deliveries (counted in thousands), by serving region",
              note="Allowances are in thousands of deliveries per calendar month.")
    S.append(dict(t=dict(customer_legal_name="Quillbridge Payments, Inc.", vendor_legal_name="Relaymesh Technologies Corp.", order_form_number="RM-Q-77031",
        billing_contact_email="payables@quillbridge.example", currency=cur, effective_date="2026-10-05", service_start_date="2026-10-15",
        service_end_date="2027-10-14", term_months=12, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="60000.00", usage_rules=block_rules(b1) + block_rules(b2)),
        lines=lines, r=dict(m=m, color=(90, 40, 140), title="Enterprise Usage Plan",
        summary=[("Customer", "Quillbridge Payments, Inc., 75 Federal Street, Boston, MA 02110"), ("Invoices to", "payables@quillbridge.example"),
                 ("Order date", "October 5, 2026"), ("Subscription term", "October 15, 2026 - October 14, 2027 (12 months)"), ("Currency", "USD")],
        fixed_tot=[("Total contract value", m(60000))],
        matrix_intro="Two metrics are metered separately in each serving region. Every cell below belongs to the invoice metric named in its column heading.",
        blocks=[b1, b2],
        terms=[("Billing", "The platform fee is invoiced annually in advance on the start date. Overage is invoiced monthly in arrears per metric and region."),
               ("Payment terms", "Net 30 days from the invoice date."),
               ("Renewal", "This plan does not renew automatically; a renewal requires a new order.")],
        sigs=[("Quillbridge Payments, Inc.", "Owen Pratt, CTO", "October 5, 2026"), ("Relaymesh Technologies Corp.", "Hana Kim, Enterprise Sales", "October 2, 2026")]),
        deal_id="006-BI0603",
        desc="Enterprise usage plan with two matrices (metric x region), each a single overage row: API requests - Americas / - EMEA at $0.40 / $0.46 per 1,000 requests beyond 20,000 / 8,000 thousand included per month; Webhook deliveries - Americas / - EMEA at $0.25 / $0.30 per 1,000 deliveries beyond 5,000 / 2,000 thousand per month; four per-unit usage rules, unit '1,000 requests' / '1,000 deliveries', monthly in arrears. Fixed: Developer Platform - Enterprise $60,000.00 per year, annual in advance; stated TCV $60,000.00 for October 15, 2026 - October 14, 2027. Net 30, no automatic renewal. The order date October 5, 2026 is the effective date (the vendor signed earlier).",
        tags=["usage", "overage-matrix", "region-pricing", "per-unit", "thousands-unit", "no-auto-renew"]))
    # 4 -----------------------------------------------------------------------
    cur = "GBP"; m = money(cur, "£")
    lines = [L("Connectivity Platform Licence", 1, "18000.00", "year", cur, periods=3),
             L("Device management", 2000, "1.50", "month", cur, periods=36)]
    b = dict(metric="Device messages", unit="message", regions=["UK & Ireland", "Continental Europe", "Rest of World"], incl=["120000000", "60000000", "20000000"],
             incl_period="year", model="graduated", freq="quarterly", corner="Billable messages in the contract year",
             bands=[("50000000", "1 - 50,000,000", ["0.00020", "0.00025", "0.00040"]), (None, "over 50,000,000", ["0.00015", "0.00018", "0.00030"])],
             caption="C.1 Device messages, price per message by network region",
             note="Graduated bands over billable messages (messages beyond the region's annual allowance) counted per contract year. Overage is invoiced quarterly in arrears.")
    S.append(dict(t=dict(customer_legal_name="Thames Smart Metering Limited", vendor_legal_name="Ferrowave IoT Ltd", order_form_number="FW-UP-2026-031",
        billing_contact_email="accounts.payable@thamessmartmetering.example", currency=cur, effective_date="2026-04-14", service_start_date="2026-05-01",
        service_end_date="2029-04-30", term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
        billing_frequency="quarterly", billing_timing="advance", total_contract_value="162000.00", usage_rules=block_rules(b)),
        lines=lines, r=dict(m=m, color=(150, 40, 40), title="IoT Connectivity Usage Plan",
        summary=[("Customer", "Thames Smart Metering Limited, 2 Riverside Way, Reading RG1 8AA"), ("Billing contact", "accounts.payable@thamessmartmetering.example"),
                 ("Order date", "14 April 2026"), ("Term", "36 months from 1 May 2026 to 30 April 2029"), ("Currency", "GBP (pounds sterling)")],
        fixed_tot=[("Fixed fees per year", m(54000)), ("Total contract value (36 months)", m(162000))],
        matrix_intro="Messages are metered by the network region in which the device connects. Each region has its own annual allowance and price column, invoiced under the metric named in the column heading.",
        blocks=[b],
        terms=[("Fixed fee billing", "Fixed fees are invoiced quarterly in advance: £4,500.00 licence plus £9,000.00 device management per quarter."),
               ("Total contract value", "£162,000.00 (3 x £18,000.00 + 36 x £3,000.00), excluding message overage and VAT."),
               ("Payment", "30 days from invoice date."),
               ("Renewal", "Automatic renewal for successive 12-month periods unless either party serves 90 days' written notice before expiry.")],
        sigs=[("Thames Smart Metering Limited", "Gemma Holloway, Finance Director", "14 April 2026"), ("Ferrowave IoT Ltd", "Rhys Pritchard, Commercial Director", "14 April 2026")]),
        deal_id="006-BI0604",
        desc="IoT usage plan in GBP with a region matrix: Device messages - UK & Ireland / - Continental Europe / - Rest of World, each with an annual allowance (120,000,000 / 60,000,000 / 20,000,000 messages per contract year) and graduated prices per message (0.00020/0.00015, 0.00025/0.00018, 0.00040/0.00030; first band up to 50,000,000 billable messages), quarterly in arrears. Fixed: Connectivity Platform Licence £18,000.00 per year; Device management 2,000 x £1.50 = £3,000.00 per month. Stated TCV £162,000.00 = 3 x 18,000 + 36 x 3,000 for 36 months 1 May 2026 - 30 April 2029. Fixed fees quarterly in advance, 30 days, renews 12 months unless 90 days' notice.",
        tags=["usage", "overage-matrix", "region-pricing", "graduated", "annual-allowance", "quarterly-billing", "multi-year", "auto-renew"]))
    return S
