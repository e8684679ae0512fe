from common import *

LAY = "invoice-schedule"

PER = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}

def build(spec):
    t, r = spec["t"], spec["r"]
    m = r["m"]
    def ftr(p):
        p.set_y(-11); p.set_font("Helvetica", "", 7); p.cell(0, 4, f"{t['vendor_legal_name']} | {t['order_form_number']} | {p.page_no()} / {{nb}}", align="C")
    pdf = Doc(ftr=ftr); pdf.add_page()
    pdf.set_font("Helvetica", "", 8.5); pdf.cell(0, 4.5, r["vaddr"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 18); pdf.cell(0, 10, t["vendor_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12); pdf.cell(0, 6, f"Order {t['order_form_number']} with Invoice Schedule", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
    grid(pdf, (40, 134), [[k, v] for k, v in r["parties"]], size=8.8, head=False)
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "1. Subscription", new_x="LMARGIN", new_y="NEXT")
    rows = [["Product", "Qty", "Unit price", "Period", "Line total"]]
    for l in spec["lines"]:
        rows.append([l["desc"] + (f"\n{l['note']}" if l["note"] else ""), intfmt(l["qty"], r.get("style", "us")), m(l["price"]), PER[l["period"]], m(l["net"])])
    grid(pdf, (74, 16, 28, 24, 32), rows, size=8.6, aligns=("LEFT", "RIGHT", "RIGHT", "LEFT", "RIGHT"))
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "2. Invoice Schedule", new_x="LMARGIN", new_y="NEXT")
    pdf.para(r["sched_intro"], size=8.8, h=4.4); pdf.ln(1)
    rows = [["No.", "Invoice date", "Service period covered", "Items", "Amount"]]
    for i, (d, per, items, amt) in enumerate(r["sched"], 1):
        rows.append([str(i), d, per, items, m(amt)])
    rows.append(["", "", "", "Total of scheduled invoices", m(r["sched_total"])])
    grid(pdf, (12, 28, 60, 42, 32), rows, size=8.4, aligns=("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT"), bold_last=1, lh=r.get("sched_lh"))
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "3. Terms", new_x="LMARGIN", new_y="NEXT")
    for c in r["terms"]:
        pdf.para("- " + c, size=8.8, h=4.4); pdf.ln(0.5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "4. Other terms", new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, start_no=1, size=8.2, pick=[0, 2, 3, 5, 8, 11])
    pdf.ln(4)
    if pdf.get_y() > 240: pdf.add_page()
    y = pdf.get_y(); pdf.set_font("Helvetica", "", 8.8)
    for i, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(18 + i * 90, y)
        pdf.multi_cell(84, 4.6, f"Signed for {who}\n\n______________________________\n{nm}", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Clinical Workflow Suite", 400, "150.00", "year", cur, periods=3),
             L("Interface Engine", 1, "12000.00", "year", cur, periods=3)]
    S.append(dict(t=dict(customer_legal_name="Cascade Valley Health Partners", vendor_legal_name="Lumenfield Systems, Inc.", order_form_number="LF-2026-0093",
        billing_contact_email="ap@cascadevalleyhealth.example", currency=cur, effective_date="2026-03-02", service_start_date="2026-03-15", service_end_date="2029-03-14",
        term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", total_contract_value="216000.00"),
        lines=lines, r=dict(m=m, vaddr="1201 Third Avenue, Suite 3200, Seattle, WA 98101",
        parties=[("Customer", "Cascade Valley Health Partners, 500 Riverside Drive, Wenatchee, WA 98801"), ("Accounts payable", "ap@cascadevalleyhealth.example"),
                 ("Order date", "March 2, 2026"), ("Subscription term", "36 months: March 15, 2026 - March 14, 2029"), ("Currency", "USD")],
        sched_intro="Fees are invoiced annually in advance on the dates below. The schedule is the complete list of invoices for the subscription term.",
        sched=[("03/15/2026", "03/15/2026 - 03/14/2027", "Year 1 fees", 72000), ("03/15/2027", "03/15/2027 - 03/14/2028", "Year 2 fees", 72000),
               ("03/15/2028", "03/15/2028 - 03/14/2029", "Year 3 fees", 72000)], sched_total=216000,
        terms=["Annual subscription fees: " + m(72000) + " per year (" + m(60000) + " + " + m(12000) + ").",
               "Total contract value for the 36-month term: " + m(216000) + ".",
               "Invoices are payable net 30 days from the invoice date.",
               "The subscription ends on March 14, 2029 and does not renew automatically."],
        sigs=[("Cascade Valley Health Partners", "Dr. Renata Solis, Chief Medical Information Officer"), ("Lumenfield Systems, Inc.", "Grant Ellison, Vice President, Sales")]),
        deal_id="006-BH0901",
        desc="Order with a separate Invoice Schedule table (dates, periods covered, amounts). Clinical Workflow Suite 400 users x $150.00 = $60,000.00 per year; Interface Engine $12,000.00 per year; annual fees $72,000.00; three annual invoices in advance on 03/15/2026, 03/15/2027 and 03/15/2028 of $72,000.00 each, total $216,000.00 = stated total contract value for the 36-month term (March 15, 2026 - March 14, 2029). Net 30, no automatic renewal. Invoice dates are the start-date anniversaries, not a separate billing anchor (null).",
        tags=["invoice-schedule", "multi-year", "us-dates", "no-auto-renew"]))
    cur = "EUR"; m = lambda x: "EUR " + num(x, cur)
    lines = [L("Treasury Workstation", 12, "3000.00", "year", cur),
             L("Bank Connectivity", 1, "12000.00", "year", cur)]
    S.append(dict(t=dict(customer_legal_name="Shannonside Foods Holdings DAC", vendor_legal_name="Ledgerhaven Treasury Limited", order_form_number="LH-ORD-26-0215",
        billing_contact_email="treasury.ap@shannonsidefoods.example", currency=cur, effective_date="2026-02-06", service_start_date="2026-02-15", service_end_date="2027-02-14",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        billing_anchor="calendar_quarter", total_contract_value="48000.00"),
        lines=lines, r=dict(m=m, vaddr="2 Dublin Landings, North Wall Quay, Dublin 1, D01 V4A3",
        parties=[("Customer", "Shannonside Foods Holdings DAC, Dock Road, Limerick V94 X2E6"), ("Accounts payable", "treasury.ap@shannonsidefoods.example"),
                 ("Order date", "6 February 2026"), ("Subscription term", "12 months: 15 February 2026 to 14 February 2027"), ("Currency", "EUR")],
        sched_intro="Fees are invoiced quarterly in advance, aligned to calendar quarters (1 January, 1 April, 1 July and 1 October). The first and last invoices cover part-quarters and are prorated by month (one and a half months each).",
        sched=[("15/02/2026", "15/02/2026 - 31/03/2026 (part quarter)", "1.5 months", 6000), ("01/04/2026", "01/04/2026 - 30/06/2026", "Q2 2026", 12000),
               ("01/07/2026", "01/07/2026 - 30/09/2026", "Q3 2026", 12000), ("01/10/2026", "01/10/2026 - 31/12/2026", "Q4 2026", 12000),
               ("01/01/2027", "01/01/2027 - 14/02/2027 (part quarter)", "1.5 months", 6000)], sched_total=48000,
        terms=["Annual fees: " + m(48000) + " (" + m(36000) + " + " + m(12000) + "); a full calendar quarter is invoiced at " + m(12000) + ".",
               "Total contract value for the 12-month term: " + m(48000) + ".",
               "Payment terms: 30 days from invoice date.",
               "The order renews automatically for 12 months at a time unless either party gives at least 60 days' written notice before the end of the current term; renewal invoices follow the same calendar-quarter schedule."],
        sigs=[("Shannonside Foods Holdings DAC", "Orla Fitzgerald, Group Treasurer"), ("Ledgerhaven Treasury Limited", "Declan Byrne, Commercial Director")]),
        deal_id="006-BH0902",
        desc="Irish order in EUR whose Invoice Schedule aligns billing to calendar quarters (billing_anchor calendar_quarter, quarterly in advance) with prorated part-quarters at each end: 6,000.00 (15/02-31/03/2026, 1.5 months), three full quarters of 12,000.00 (01/04, 01/07, 01/10/2026), and 6,000.00 (01/01-14/02/2027); total 48,000.00. Fees: 12 users x 3,000.00 = 36,000.00 per year + Bank Connectivity 12,000.00 per year = 48,000.00 = stated total contract value for 12 months 15 February 2026 - 14 February 2027. 30 days; auto-renews 12 months with 60 days' notice.",
        tags=["invoice-schedule", "calendar-quarter-anchor", "proration", "quarterly-billing", "eur", "uk-dates", "auto-renew"]))
    cur = "GBP"; m = lambda x: "£" + num(x, cur)
    lines = [L("Asset Register Platform", 1, "2500.00", "month", cur, periods=24),
             L("Implementation", 1, "5000.00", "one_time", cur)]
    sched = [("01/06/2026", "June 2026", "Platform + Implementation", 7500)]
    for k in range(1, 24):
        y, mo = 2026 + (5 + k) // 12, (5 + k) % 12 + 1
        sched.append((f"01/{mo:02d}/{y}", f"{MONTHS[mo-1]} {y}", "Platform", 2500))
    S.append(dict(t=dict(customer_legal_name="Northgate Water Services Limited", vendor_legal_name="Keystone Asset Software Ltd", order_form_number="KAS-0612",
        billing_contact_email="payables@northgatewater.example", currency=cur, effective_date="2026-05-18", service_start_date="2026-06-01", service_end_date="2028-05-31",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="monthly", billing_timing="advance",
        billing_anchor="day:1", total_contract_value="65000.00"),
        lines=lines, r=dict(m=m, vaddr="Keystone House, 18 Park Row, Nottingham NG1 6GR",
        parties=[("Customer", "Northgate Water Services Limited, Pumping Station Lane, Darlington DL1 4PX"), ("Accounts payable", "payables@northgatewater.example"),
                 ("Order date", "18 May 2026"), ("Subscription term", "24 months from 1 June 2026 to 31 May 2028"), ("Currency", "GBP")],
        sched_intro="The platform fee is invoiced monthly in advance on the 1st of each month; implementation is added to the first invoice. All 24 invoices are listed below.",
        sched=sched, sched_total=65000, sched_lh=8,
        terms=["Asset Register Platform: " + m(2500) + " per month; Implementation " + m(5000) + " once.",
               "Total contract value: " + m(65000) + " (24 x " + m(2500) + " + " + m(5000) + ").",
               "Invoices are payable within 30 days.",
               "After the initial term the subscription renews for successive 12-month periods unless either party gives 90 days' written notice."],
        sigs=[("Northgate Water Services Limited", "Ian Thwaite, Head of Asset Management"), ("Keystone Asset Software Ltd", "Priya Shah, Sales Director")]),
        deal_id="006-BH0903",
        desc="UK order in GBP whose 24-row Invoice Schedule runs from page 1 onto page 2 with its header repeated: monthly invoices in advance on the 1st of each month (billing_anchor day:1) of the £2,500.00 platform fee, the first one (01/06/2026) also carrying Implementation £5,000.00 (£7,500.00), then 23 x £2,500.00. Schedule total £65,000.00 = 24 x 2,500 + 5,000 = stated total contract value for 24 months 1 June 2026 - 31 May 2028. 30 days, renews 12 months unless 90 days' notice.",
        tags=["invoice-schedule", "multi-page-table", "monthly-billing", "day-anchor", "gbp", "one-time-fee", "uk-dates", "auto-renew"]))
    cur = "CHF"; m = lambda x: "CHF " + num(x, cur, "ch")
    lines = [L("Warehouse Control Licence", 80, "500.00", "year", cur, start="2026-10-01", end="2027-09-30", note="Contract year 1"),
             L("Warehouse Control Licence", 92, "500.00", "year", cur, start="2027-10-01", end="2028-09-30", note="Contract year 2"),
             L("Onboarding", 1, "8000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Bodensee Logistik AG", vendor_legal_name="Alpstein Software AG", order_form_number="AS-2026-188",
        billing_contact_email="kreditoren@bodensee-logistik.example", currency=cur, effective_date="2026-09-09", service_start_date="2026-10-01", service_end_date="2028-09-30",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="94000.00"),
        lines=lines, r=dict(m=m, style="ch", vaddr="Teufener Strasse 36, 9000 St. Gallen, Switzerland",
        parties=[("Customer", "Bodensee Logistik AG, Hafenstrasse 8, 8590 Romanshorn"), ("Accounts payable", "kreditoren@bodensee-logistik.example"),
                 ("Order date", "09.09.2026"), ("Subscription term", "24 months, 01.10.2026 - 30.09.2028"), ("Currency", "CHF (Swiss francs)")],
        sched_intro="Each contract year's licences are invoiced annually in advance at the start of that contract year. Onboarding is invoiced with the first instalment.",
        sched=[("01.10.2026", "01.10.2026 - 30.09.2027", "80 licences + Onboarding", 48000), ("01.10.2027", "01.10.2027 - 30.09.2028", "92 licences", 46000)], sched_total=94000,
        terms=["Licences grow from 80 in contract year 1 (01.10.2026 - 30.09.2027) to 92 in contract year 2 (01.10.2027 - 30.09.2028), at " + m(500) + " per licence per year.",
               "Total contract value for the 24 months: " + m(94000) + ", excluding Swiss VAT.",
               "Payment within 30 days of the invoice date.",
               "The order renews for 12 months at a time unless terminated with 90 days' notice before the end of the current term."],
        sigs=[("Bodensee Logistik AG", "Reto Keller, CFO"), ("Alpstein Software AG", "Martina Frei, Head of Sales")]),
        deal_id="006-BH0904",
        desc="Swiss order in CHF with apostrophe thousands ('CHF 40'000.00') and dd.mm.yyyy dates. Licence ramp as two rows of the same product with contract-year dates: 80 x CHF 500.00 = 40'000.00 (01.10.2026-30.09.2027) and 92 x 500.00 = 46'000.00 (01.10.2027-30.09.2028); Onboarding 8'000.00 one-time. Invoice schedule: 01.10.2026 CHF 48'000.00 (year 1 + onboarding), 01.10.2027 CHF 46'000.00; total 94'000.00 = stated total contract value = 40,000 + 46,000 + 8,000. Annual in advance, 30 days, renews 12 months unless 90 days' notice.",
        tags=["invoice-schedule", "chf", "apostrophe-thousands", "dot-dates", "ramp", "one-time-fee", "auto-renew"]))
    return S
