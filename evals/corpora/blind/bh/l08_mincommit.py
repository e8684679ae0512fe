from common import *

LAY = "consumption-commit"

def build(spec):
    t, r = spec["t"], spec["r"]
    def ftr(p):
        p.set_y(-11); p.set_font("Helvetica", "", 7); p.cell(0, 4, f"{t['order_form_number']} - Consumption Order - {p.page_no()}/{{nb}}", align="C")
    pdf = Doc(ftr=ftr); pdf.add_page()
    pdf.set_fill_color(*r["color"]); pdf.rect(0, 0, 210, 24, style="F"); pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 7); pdf.set_font("Helvetica", "B", 15); pdf.cell(110, 7, t["vendor_legal_name"])
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "CONSUMPTION ORDER", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.set_y(30)
    kv(pdf, r["head"], lw=48, size=9, h=5)
    pdf.ln(3)
    # commitment box
    pdf.set_draw_color(*r["color"]); pdf.set_line_width(0.6)
    y = pdf.get_y(); pdf.set_font("Helvetica", "B", 10); pdf.set_x(22); pdf.cell(0, 7, "Commitment", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9); pdf.set_left_margin(22); pdf.set_right_margin(22)
    for c in r["commit"]:
        pdf.multi_cell(0, 4.7, c, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.set_left_margin(18); pdf.set_right_margin(18)
    pdf.rect(18, y, 174, pdf.get_y() - y + 2); pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0)
    pdf.ln(6)
    for title, blocks in r["sections"]:
        pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT")
        for b in blocks:
            if isinstance(b, tuple):
                grid(pdf, b[0], b[1], size=8.3, aligns=b[2]); pdf.ln(2)
            else:
                pdf.para(b, size=8.9, h=4.5); pdf.ln(1)
        pdf.ln(2)
    pdf.ln(2)
    if pdf.get_y() > 235: pdf.add_page()
    pdf.set_font("Helvetica", "", 8.8)
    y = pdf.get_y()
    for i, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(18 + i * 90, y)
        pdf.multi_cell(84, 4.6, f"{who}\n\nBy: ____________________________\nName: {nm}\nDate:", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 6.5, "Standard Terms", new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, size=8.2, pick=[0, 1, 2, 3, 5, 7, 8, 10])
    return pdf

def specs():
    S = []
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Business Support", 1, "500.00", "month", cur, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Redwood Mutual Insurance Company", vendor_legal_name="Glacierpoint Data, Inc.", order_form_number="GPD-CO-2026-031",
        billing_contact_email="cloud-invoices@redwoodmutual.example", currency=cur, effective_date="2026-01-28", service_start_date="2026-02-01", service_end_date="2027-01-31",
        term_months=12, auto_renew=False, payment_terms_days=30, billing_frequency="monthly", billing_timing="arrears",
        minimum_commitment={"amount": "10000.00", "period": "month"},
        usage_rules=[usage("Compute credits", "credit", None, None, "per_unit", [(None, "2.40")], "monthly", "arrears"),
                     usage("Storage", "TB-month", None, None, "per_unit", [(None, "23.00")], "monthly", "arrears")]),
        lines=lines, r=dict(color=(20, 70, 120),
        head=[("Order number:", "GPD-CO-2026-031"), ("Order date:", "January 28, 2026"), ("Customer:", "Redwood Mutual Insurance Company"),
              ("Billing contact:", "cloud-invoices@redwoodmutual.example"), ("Term:", "February 1, 2026 through January 31, 2027 (12 months)"), ("Currency:", "USD")],
        commit=["Minimum Monthly Commitment: $10,000.00.",
                "If the usage charges for a calendar month total less than the Minimum Monthly Commitment, Glacierpoint invoices the difference with that month's usage invoice. Unused commitment does not carry over to later months. Business Support does not count toward the commitment."],
        sections=[("1. Rate Card", [((60, 40, 74), [["Metric", "Unit", "Price"], ["Compute credits", "credit", "$2.40 per credit"], ["Storage", "TB-month", "$23.00 per TB-month"]], ("LEFT", "LEFT", "RIGHT")),
                      "Storage is measured as the average terabytes stored during the month. Compute credits are metered per second and summed for the month."]),
                  ("2. Fixed Fees", [((80, 30, 64), [["Item", "Quantity", "Fee"], ["Business Support", "1", "$500.00 per month"]], ("LEFT", "RIGHT", "RIGHT"))]),
                  ("3. Invoicing and Payment", ["All charges, including Business Support and any commitment shortfall, are invoiced monthly in arrears after the end of each calendar month. Invoices are due net 30 days from the invoice date.",
                      "This order ends on January 31, 2027 and does not renew automatically."])],
        sigs=[("Redwood Mutual Insurance Company", "Alan Pryce, Chief Data Officer"), ("Glacierpoint Data, Inc.", "Nina Castellanos, Regional Vice President")]),
        deal_id="006-BH0801", deal={"amount": "126000.00"},
        desc="Consumption order with a boxed Minimum Monthly Commitment of $10,000.00 (minimum_commitment 10000.00 per month: the shortfall below it is invoiced) and a rate card: Compute credits $2.40 per credit and Storage $23.00 per TB-month, both per unit with nothing included, monthly in arrears. The only fixed fee is Business Support $500.00 per month (also monthly in arrears). No total contract value is stated (null). Term February 1, 2026 - January 31, 2027, Net 30, no automatic renewal. CRM amount 126,000.00 = 12 x (10,000 commitment + 500 support).",
        tags=["consumption", "minimum-commitment", "rate-card", "usage", "per-unit", "arrears", "monthly-billing", "no-tcv", "no-auto-renew"]))
    cur = "EUR"; m = lambda x: "EUR " + num(x, cur, "eu")
    lines = [L("Dedicated IP Address", 2, "35.00", "month", cur, periods=24)]
    S.append(dict(t=dict(customer_legal_name="Alpenblick Reisen AG", vendor_legal_name="Postwerk Messaging GmbH", order_form_number="PW-2026-0457",
        billing_contact_email="kreditoren@alpenblick-reisen.example", currency=cur, effective_date="2026-04-09", service_start_date="2026-05-01", service_end_date="2028-04-30",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="monthly", billing_timing="advance",
        minimum_commitment={"amount": "60000.00", "period": "year"},
        usage_rules=[usage("Emails sent", "thousand emails", None, None, "graduated", [("5000", "0.90"), ("20000", "0.70"), (None, "0.50")], "monthly", "arrears")]),
        lines=lines, r=dict(color=(150, 40, 40),
        head=[("Order number:", "PW-2026-0457"), ("Order date:", "09.04.2026"), ("Customer:", "Alpenblick Reisen AG"),
              ("Billing contact:", "kreditoren@alpenblick-reisen.example"), ("Term:", "01.05.2026 - 30.04.2028 (24 months)"), ("Currency:", "EUR (amounts in German notation)")],
        commit=[f"Minimum Annual Commitment: {m(60000)} per contract year.",
                "Usage charges are set against the Minimum Annual Commitment. If they total less in a contract year, the shortfall is invoiced at the end of that contract year. The Dedicated IP fees do not count toward it."],
        sections=[("1. Rate Card - Emails sent", ["Emails are priced per thousand emails sent in a calendar month on a graduated basis: each band's price applies only to the volume within that band.",
                      ((80, 60, 34), [["Monthly volume (thousands of emails)", "Band", "Price per thousand emails"], ["1 - 5.000", "Band A", m("0.90")],
                                      ["5.001 - 20.000", "Band B", m("0.70")], ["above 20.000", "Band C", m("0.50")]], ("LEFT", "LEFT", "RIGHT"))]),
                  ("2. Fixed Fees", [((80, 30, 64), [["Item", "Quantity", "Fee"], ["Dedicated IP Address", "2", m("35.00") + " per IP per month"]], ("LEFT", "RIGHT", "RIGHT")),
                      f"Dedicated IP fees ({m('70.00')} per month) are invoiced monthly in advance."]),
                  ("3. Invoicing, Payment and Renewal", ["Email usage is invoiced monthly in arrears. Invoices are payable within 30 days of the invoice date.",
                      "After the initial 24 months the order renews for periods of 12 months unless terminated with 90 days' written notice before the end of the current period."])],
        sigs=[("Alpenblick Reisen AG", "Sabine Hofer, Head of CRM"), ("Postwerk Messaging GmbH", "Jonas Weber, Key Account Manager")]),
        deal_id="006-BH0802", deal={"amount": "121680.00"},
        desc="Consumption order in EUR with German number notation ('EUR 60.000,00', '5.001 - 20.000') and dd.mm.yyyy dates. Minimum Annual Commitment EUR 60.000,00 per contract year (minimum_commitment 60000.00, year). Emails sent, priced per thousand emails (unit 'thousand emails'), graduated by monthly volume in thousands: 1-5.000 at 0,90; 5.001-20.000 at 0,70; above at 0,50 (tiers up_to 5000, 20000, null), monthly in arrears, nothing included. Fixed fee: 2 dedicated IPs x EUR 35,00 = 70,00 per month, monthly in advance. No total contract value stated. 24 months 01.05.2026-30.04.2028, 30 days, renews 12 months unless 90 days' notice. CRM amount 121,680.00 = 2 x 60,000 + 24 x 70.",
        tags=["consumption", "minimum-commitment", "rate-card", "usage", "graduated", "eu-numbers", "dot-dates", "no-tcv", "auto-renew"]))
    cur = "GBP"; m = lambda x: "£" + num(x, cur)
    lines = [L("Platform Access", 1, "750.00", "month", cur, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Riverside Lettings Group Limited", vendor_legal_name="Veriface Identity Ltd", order_form_number="VF-ORD-1290",
        billing_contact_email="accounts@riversidelettings.example", currency=cur, effective_date="2026-06-22", service_start_date="2026-07-01", service_end_date="2027-06-30",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="monthly", billing_timing="advance",
        minimum_commitment={"amount": "36000.00", "period": "term"},
        usage_rules=[usage("Identity verifications", "verification", None, None, "graduated", [("10000", "1.20"), ("50000", "0.95"), (None, "0.70")], "monthly", "arrears")]),
        lines=lines, r=dict(color=(30, 110, 80),
        head=[("Order number:", "VF-ORD-1290"), ("Order date:", "22 June 2026"), ("Customer:", "Riverside Lettings Group Limited"),
              ("Billing contact:", "accounts@riversidelettings.example"), ("Term:", "1 July 2026 to 30 June 2027 (12 months)"), ("Currency:", "GBP")],
        commit=["Minimum Term Commitment: £36,000.00 of usage charges over the Term.",
                "If usage charges over the whole Term total less than £36,000.00, the shortfall is invoiced with the final monthly invoice. Platform Access fees are not counted toward the commitment."],
        sections=[("1. Rate Card - Identity verifications", ["Each completed identity verification is charged on a graduated basis by the number completed in the calendar month:",
                      ((80, 50, 44), [["Verifications in the month", "Band", "Price each"], ["1 - 10,000", "first band", m("1.20")],
                                      ["10,001 - 50,000", "second band", m("0.95")], ["over 50,000", "third band", m("0.70")]], ("LEFT", "LEFT", "RIGHT")),
                      "Verification charges are invoiced monthly in arrears."]),
                  ("2. Fixed Fees", [((80, 30, 64), [["Item", "Quantity", "Fee"], ["Platform Access", "1", m(750) + " per month"]], ("LEFT", "RIGHT", "RIGHT")),
                      "Platform Access is invoiced monthly in advance."]),
                  ("3. Payment and Renewal", ["Invoices are payable within 30 days. The order renews for further 12-month terms, each with a new Minimum Term Commitment of the same amount, unless either party gives 60 days' notice before the end of the current term."])],
        sigs=[("Riverside Lettings Group Limited", "Hannah Price, Finance Director"), ("Veriface Identity Ltd", "Callum Reid, Sales Director")]),
        deal_id="006-BH0803", deal={"amount": "45000.00"},
        desc="Consumption order in GBP with a Minimum Term Commitment of £36,000.00 of usage over the 12-month Term (minimum_commitment 36000.00, period term). Identity verifications graduated by monthly count: 1-10,000 at £1.20, 10,001-50,000 at £0.95, over 50,000 at £0.70 (up_to 10000, 50000, null), monthly in arrears, nothing included. Fixed fee Platform Access £750.00 per month, monthly in advance. No total contract value stated. 1 July 2026 - 30 June 2027, 30 days, renews 12 months unless 60 days' notice. CRM amount 45,000.00 = 36,000 + 12 x 750.",
        tags=["consumption", "minimum-commitment", "term-commitment", "rate-card", "usage", "graduated", "no-tcv", "auto-renew"]))
    cur = "JPY"; m = lambda x: "JPY " + num(x, cur)
    lines = [L("Glossary Management", 1, "50000", "month", cur, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Hanamura Trading Co., Ltd.", vendor_legal_name="Kotoba Cloud K.K.", order_form_number="KC-2026-0812",
        billing_contact_email="keiri@hanamura-trading.example", currency=cur, effective_date="2026-08-12", service_start_date="2026-09-01", service_end_date="2027-08-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="monthly", billing_timing="arrears",
        minimum_commitment={"amount": "300000", "period": "month"},
        usage_rules=[usage("Translated pages", "page", None, None, "volume", [("5000", "40"), ("20000", "32"), (None, "25")], "monthly", "arrears")]),
        lines=lines, r=dict(color=(90, 50, 120),
        head=[("Order number:", "KC-2026-0812"), ("Order date:", "2026/08/12"), ("Customer:", "Hanamura Trading Co., Ltd."),
              ("Billing contact:", "keiri@hanamura-trading.example"), ("Term:", "2026/09/01 - 2027/08/31 (12 months)"), ("Currency:", "JPY (no decimals)")],
        commit=[f"Minimum Monthly Usage Charge: {m(300000)}.",
                "Where translation charges for a month are below the Minimum Monthly Usage Charge, the difference is charged in that month's invoice. The Glossary Management fee is separate and is not counted."],
        sections=[("1. Rate Card - Translated pages", ["Translated pages are priced on a volume basis: the band reached by the total pages in the month sets the price of every page in that month.",
                      ((80, 50, 44), [["Pages in the month", "Band", "Price per page"], ["up to 5,000", "S", m(40)], ["5,001 - 20,000", "M", m(32)], ["over 20,000", "L", m(25)]], ("LEFT", "LEFT", "RIGHT"))]),
                  ("2. Fixed Fees", [((80, 30, 64), [["Item", "Quantity", "Fee"], ["Glossary Management", "1", m(50000) + " per month"]], ("LEFT", "RIGHT", "RIGHT"))]),
                  ("3. Invoicing and Payment", ["All charges are closed at each month-end and invoiced monthly in arrears; payment is due within 30 days of the invoice date. Consumption tax is added at the statutory rate.",
                      "The order renews for 12 months at a time unless either party gives notice 30 days before the end of the current term."])],
        sigs=[("Hanamura Trading Co., Ltd.", "Kenji Hanamura, General Manager, Administration"), ("Kotoba Cloud K.K.", "Yuki Sato, Sales Manager")]),
        deal_id="006-BH0804", deal={"amount": "4200000"},
        desc="Consumption order in JPY (no decimals, yyyy/mm/dd dates). Minimum Monthly Usage Charge JPY 300,000 (minimum_commitment 300000, month). Translated pages priced on a VOLUME basis by the month's total pages: up to 5,000 at JPY 40, 5,001-20,000 at JPY 32, over 20,000 at JPY 25 (up_to 5000, 20000, null), monthly in arrears. Fixed Glossary Management JPY 50,000 per month, invoiced with everything else monthly in arrears. No total contract value stated. 2026/09/01-2027/08/31, 30 days, renews 12 months unless 30 days' notice. CRM amount 4,200,000 = 12 x (300,000 + 50,000).",
        tags=["consumption", "minimum-commitment", "rate-card", "usage", "volume-pricing", "jpy", "ymd-dates", "no-tcv", "arrears", "auto-renew"]))
    return S
