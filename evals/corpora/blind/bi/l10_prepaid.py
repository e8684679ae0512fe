from common import *

LAY = "prepaid-multi-year"
PER = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}

def build(spec):
    t, r = spec["t"], spec["r"]; m = r["m"]
    def ftr(p):
        p.set_y(-11); p.set_font(p.F, "", 7); p.set_text_color(100, 100, 100)
        p.cell(0, 4, f"{t['vendor_legal_name']} | Prepaid Order Schedule {t['order_form_number']} | {p.page_no()}/{{nb}}", align="C"); p.set_text_color(0, 0, 0)
    pdf = Doc(ftr=ftr); pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 17); pdf.cell(0, 9, t["vendor_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", 8.3); pdf.cell(0, 4.3, r["vaddr"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("DejaVuSerif", "B", 12.5); pdf.cell(0, 7, r["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", 9); pdf.cell(0, 5, f"Schedule No. {t['order_form_number']} under {r['master']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    kv(pdf, r["head"], lw=46, size=8.8, h=4.8); pdf.ln(3)
    # prepayment box
    pdf.set_fill_color(*r["tint"]); pdf.set_draw_color(*r["dark"]); y = pdf.get_y()
    pdf.rect(18, y, 174, 8 + 5 * len(r["prepay"]), style="DF")
    pdf.set_xy(22, y + 2); pdf.set_font(pdf.F, "B", 9.5); pdf.cell(0, 5, "PREPAYMENT", new_x="LMARGIN", new_y="NEXT")
    for k, v in r["prepay"]:
        pdf.set_x(22); pdf.set_font(pdf.F, "", 8.8); pdf.cell(80, 5, k); pdf.set_font(pdf.F, "B", 8.8); pdf.cell(86, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + 10 + 5 * len(r["prepay"]))
    def h(s):
        if pdf.get_y() > 245: pdf.add_page()
        pdf.set_font("DejaVuSerif", "B", 10.5); pdf.cell(0, 6.5, s, new_x="LMARGIN", new_y="NEXT")
    h("1. Subscription Fees")
    rows = [["Product", "Qty", "List unit price", "Prepay discount", "Net fee", "Period"]]
    for l in spec["lines"]:
        rows.append([l["desc"] + (f"\n{l['note']}" if l["note"] else ""), intfmt(l["qty"]), m(l["price"]), f"{l['disc']}%" if l["disc"] is not None else "none",
                     m(l["net"]), PER[l["period"]]])
    grid(pdf, (62, 14, 28, 24, 26, 20), rows, size=8.2, aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT"), fill=r["tint"])
    pdf.ln(3)
    h("2. Allocation by Contract Year (for reference)")
    pdf.para(r["alloc_intro"], size=8.4, h=4.2); pdf.ln(1)
    grid(pdf, (28, 66, 40, 40), [["Contract year", "Period", "Fees allocated", "Invoiced"]] + r["alloc"], size=8.2,
         aligns=("LEFT", "LEFT", "RIGHT", "LEFT"), fill=r["tint"], bold_last=1)
    pdf.ln(3)
    h("3. Terms of the Prepayment")
    for n, c in enumerate(r["terms"], 1):
        if pdf.get_y() > 262: pdf.add_page()
        pdf.para(f"3.{n}  {c}", size=8.6, h=4.4); pdf.ln(0.8)
    if r.get("usage"):
        h("4. Usage Credits"); pdf.para(r["usage"], size=8.6, h=4.4); pdf.ln(1)
    if pdf.get_y() > 235: pdf.add_page()
    pdf.ln(5); y = pdf.get_y(); pdf.set_font(pdf.F, "", 8.6)
    for k, (who, nm, d) in enumerate(r["sigs"]):
        pdf.set_xy(18 + k * 90, y); pdf.multi_cell(84, 4.5, f"{who}\n\nSignature: _______________________\n{nm}\nDate: {d}", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    # 1 -----------------------------------------------------------------------
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Enterprise Data Catalog", 1, "90000.00", "year", cur, disc=8, periods=3),
             L("Data Steward Seats", 40, "750.00", "year", cur, disc=8, periods=3),
             L("Premium Success Plan", 1, "15000.00", "year", cur, periods=3),
             L("Launch Services", 1, "20000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Keystone Regional Health System", vendor_legal_name="Lumora Data Systems, Inc.", order_form_number="LDS-PP-2026-014",
        billing_contact_email="accountspayable@keystoneregional.example", currency=cur, effective_date="2026-09-21", service_start_date="2026-10-01",
        service_end_date="2029-09-30", term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
        billing_frequency="one_time", billing_timing="advance", total_contract_value="396200.00"),
        lines=lines, r=dict(m=m, tint=(226, 236, 246), dark=(40, 80, 130), title="Multi-Year Prepaid Order Schedule", master="the Master Subscription Agreement dated May 4, 2023",
        vaddr="600 Grant Street, Suite 2400, Pittsburgh, PA 15219",
        head=[("Customer", "Keystone Regional Health System, 1 Hospital Drive, Harrisburg, PA 17101"), ("Accounts payable", "accountspayable@keystoneregional.example"),
              ("Effective Date", "September 21, 2026"), ("Subscription Term", "36 months, October 1, 2026 through September 30, 2029"), ("Currency", "US dollars")],
        prepay=[("Total prepaid amount (full term)", m(396200)), ("Invoice date", "Effective Date (one invoice)"), ("Payment due", "Net 30 days")],
        alloc_intro="The prepaid amount is allocated to contract years as follows. This allocation is for the Customer's budgeting and revenue recognition only; no further invoices are issued for the initial term.",
        alloc=[["Year 1", "October 1, 2026 - September 30, 2027", m(145400), "prepaid"], ["Year 2", "October 1, 2027 - September 30, 2028", m(125400), "prepaid"],
               ["Year 3", "October 1, 2028 - September 30, 2029", m(125400), "prepaid"], ["Total", "", m(396200), ""]],
        terms=["All subscription fees for the 36-month term (3 x $125,400.00 net annual fees) and the Launch Services fee of $20,000.00 are invoiced together in one invoice on the Effective Date, a total of $396,200.00, payable net 30.",
               "The 8% prepay discount applies to the Enterprise Data Catalog and Data Steward Seats only and is conditional on payment of the prepayment invoice when due.",
               "Prepaid fees are non-cancellable and non-refundable except as stated in the Master Subscription Agreement.",
               "The subscription renews for successive 12-month terms unless either party gives notice of non-renewal at least 90 days before the end of the term. Renewal terms are invoiced annually in advance at the list prices then in effect."],
        sigs=[("Keystone Regional Health System", "Daniel Okafor, Chief Financial Officer", "September 21, 2026"), ("Lumora Data Systems, Inc.", "Rachel Ames, VP Commercial", "September 18, 2026")]),
        deal_id="006-BI1001",
        desc="Multi-year prepaid order schedule: the whole 36-month term is invoiced once on the Effective Date (billing_frequency one_time, advance; renewal terms would be annual, which is not the initial billing). Enterprise Data Catalog $90,000.00 less 8% prepay discount = $82,800.00 per year; Data Steward Seats 40 x $750.00 = 30,000 less 8% = $27,600.00 per year; Premium Success Plan $15,000.00 per year (no discount); Launch Services $20,000.00 one-time. Net annual $125,400.00; stated prepaid total $396,200.00 = 3 x 125,400 + 20,000 = TCV for October 1, 2026 - September 30, 2029. The year allocation table (145,400 / 125,400 / 125,400) is reference only. Net 30, renews 12 months unless 90 days' notice.",
        tags=["prepaid", "multi-year", "one-time-billing", "discount", "allocation-table", "auto-renew"]))
    # 2 -----------------------------------------------------------------------
    cur = "EUR"; m = lambda x: "EUR " + num(x, cur)
    lines = [L("Clinical Trial Platform", 1, "120000.00", "year", cur, disc=5, periods=2),
             L("Investigator Site Licences", 60, "900.00", "year", cur, disc=5, periods=2)]
    S.append(dict(t=dict(customer_legal_name="Valbiona Therapeutics S.A.", vendor_legal_name="Trialforge Software Ltd", order_form_number="TF-PP-0419",
        billing_contact_email="ap@valbiona.example", currency=cur, effective_date="2026-01-26", service_start_date="2026-02-01",
        service_end_date="2028-01-31", term_months=24, auto_renew=False, payment_terms_days=45,
        billing_frequency="one_time", billing_timing="advance", total_contract_value="330600.00"),
        lines=lines, r=dict(m=m, tint=(232, 242, 232), dark=(40, 110, 60), title="Prepaid Two-Year Order", master="the Trialforge Subscription Terms (version 7)",
        vaddr="Harcourt Centre, Block 4, Harcourt Road, Dublin 2, D02 HW77, Ireland",
        head=[("Customer", "Valbiona Therapeutics S.A., 12 Rue de la Gare, L-1616 Luxembourg"), ("Invoice contact", "ap@valbiona.example"),
              ("Effective Date", "26 January 2026"), ("Subscription Term", "24 months from 1 February 2026 to 31 January 2028"), ("Currency", "EUR")],
        prepay=[("Prepaid subscription fees (24 months)", m(330600)), ("Invoiced", "once, on the Effective Date"), ("Payment terms", "45 days from invoice")],
        alloc_intro="For reference, the prepaid fees correspond to the following contract years:",
        alloc=[["Year 1", "1 February 2026 - 31 January 2027", m(165300), "prepaid"], ["Year 2", "1 February 2027 - 31 January 2028", m(165300), "prepaid"],
               ["Total", "", m(330600), ""]],
        terms=["The Customer prepays both contract years: EUR 330,600.00 (2 x EUR 165,300.00) is invoiced in a single invoice on the Effective Date and is payable within 45 days.",
               "A 5% prepayment discount is applied to each subscription fee, as shown in section 1.",
               "The subscription ends on 31 January 2028 and does not renew automatically. Any renewal requires a new order at the prices then agreed."],
        sigs=[("Valbiona Therapeutics S.A.", "Dr. Sophie Wagner, COO", "26 January 2026"), ("Trialforge Software Ltd", "Cian Murphy, Sales Director", "22 January 2026")]),
        deal_id="006-BI1002",
        desc="Prepaid two-year order in EUR: both years invoiced once on the Effective Date 26 January 2026 (billing one_time, advance). Clinical Trial Platform EUR 120,000.00 less 5% = 114,000.00 per year; Investigator Site Licences 60 x 900.00 = 54,000 less 5% = 51,300.00 per year. Net annual 165,300.00; stated prepaid total EUR 330,600.00 = 2 x 165,300 = TCV for 1 February 2026 - 31 January 2028. 45 days; no automatic renewal.",
        tags=["prepaid", "multi-year", "one-time-billing", "discount", "allocation-table", "eur", "no-auto-renew"]))
    # 3 -----------------------------------------------------------------------
    cur = "GBP"; m = lambda x: "£" + num(x, cur)
    lines = [L("Learning Platform Licence", 1, "40000.00", "year", cur, disc=10, start="2026-04-01", end="2027-03-31", note="Contract year 1"),
             L("Learning Platform Licence", 1, "42000.00", "year", cur, disc=10, start="2027-04-01", end="2028-03-31", note="Contract year 2"),
             L("Learning Platform Licence", 1, "44000.00", "year", cur, disc=10, start="2028-04-01", end="2029-03-31", note="Contract year 3")]
    S.append(dict(t=dict(customer_legal_name="Northumbria Shared Learning Trust", vendor_legal_name="Quaywise Learning Ltd", order_form_number="QL-PP-2026-07",
        billing_contact_email="finance@nslt.example", currency=cur, effective_date="2026-03-16", service_start_date="2026-04-01",
        service_end_date="2029-03-31", term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
        billing_frequency="one_time", billing_timing="advance", total_contract_value="113400.00"),
        lines=lines, r=dict(m=m, tint=(245, 236, 222), dark=(140, 90, 30), title="Three-Year Prepaid Licence Schedule", master="the Quaywise Framework Agreement ref. QFA-2024-118",
        vaddr="Quayside House, 110 Quayside, Newcastle upon Tyne NE1 3DX",
        head=[("Customer", "Northumbria Shared Learning Trust, Gallowgate, Newcastle upon Tyne NE1 4SN"), ("Finance contact", "finance@nslt.example"),
              ("Effective Date", "16 March 2026"), ("Licence Term", "36 months, 1 April 2026 to 31 March 2029"), ("Currency", "GBP")],
        prepay=[("Prepaid licence fees (3 contract years)", m(113400)), ("Invoiced", "in full on 1 April 2026"), ("Payment", "30 days")],
        alloc_intro="List prices step up each contract year; the 10% prepayment discount applies to every year. Year-by-year view:",
        alloc=[["Year 1", "1 April 2026 - 31 March 2027", m(36000), "prepaid"], ["Year 2", "1 April 2027 - 31 March 2028", m(37800), "prepaid"],
               ["Year 3", "1 April 2028 - 31 March 2029", m(39600), "prepaid"], ["Total", "", m(113400), ""]],
        terms=["The licence fees for all three contract years, £113,400.00 after the 10% prepayment discount, are invoiced in one invoice on 1 April 2026 and are payable within 30 days.",
               "After the licence term the licence renews for 12 months at a time unless either party gives 60 days' written notice before the end of the term; renewal fees are invoiced annually in advance.",
               "Prices exclude VAT."],
        sigs=[("Northumbria Shared Learning Trust", "Helen Charlton, Chief Finance Officer", "16 March 2026"), ("Quaywise Learning Ltd", "Tom Ridley, Managing Director", "16 March 2026")]),
        deal_id="006-BI1003",
        desc="Three-year prepaid licence schedule with stepped list prices, one line per contract year with its dates (the 'Contract year N' note under the name is not part of it): Learning Platform Licence £40,000.00 / £42,000.00 / £44,000.00 per year, each less 10% prepayment discount = £36,000.00 / £37,800.00 / £39,600.00. Stated prepaid total £113,400.00 = 36,000 + 37,800 + 39,600 = TCV for 1 April 2026 - 31 March 2029, invoiced in full on 1 April 2026 (billing one_time, advance), 30 days. Renews 12 months unless 60 days' notice (renewals billed annually).",
        tags=["prepaid", "multi-year", "one-time-billing", "ramp", "discount", "allocation-table", "gbp", "auto-renew"]))
    # 4 -----------------------------------------------------------------------
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Inference Platform", 1, "30000.00", "year", cur, disc=6, periods=2),
             L("Prepaid Usage Credits", 500000, "0.10", "one_time", cur)]
    u = usage("Credits consumed", "credit", "500000", "term", "per_unit", [(None, "0.12")], "monthly", "arrears")
    S.append(dict(t=dict(customer_legal_name="Halcyon Retail Analytics Corp.", vendor_legal_name="Vectorline AI, Inc.", order_form_number="VL-PP-3321",
        billing_contact_email="payables@halcyonretail.example", currency=cur, effective_date="2026-11-09", service_start_date="2026-11-15",
        service_end_date="2028-11-14", term_months=24, auto_renew=False, payment_terms_days=15,
        billing_frequency="one_time", billing_timing="advance", total_contract_value="106400.00", usage_rules=[u]),
        lines=lines, r=dict(m=m, tint=(238, 230, 248), dark=(90, 50, 140), title="Prepaid Platform and Credits Order", master="the Vectorline Cloud Services Agreement",
        vaddr="1 Market Street, Spear Tower, Floor 36, San Francisco, CA 94105",
        head=[("Customer", "Halcyon Retail Analytics Corp., 233 South Wacker Drive, Chicago, IL 60606"), ("Billing e-mail", "payables@halcyonretail.example"),
              ("Effective Date", "November 9, 2026"), ("Term", "24 months: November 15, 2026 - November 14, 2028"), ("Currency", "USD")],
        prepay=[("Prepaid platform fees (2 years)", m(56400)), ("Prepaid usage credits", m(50000)), ("Total prepayment", m(106400)), ("Invoice", "one invoice on the Effective Date, due in 15 days")],
        alloc_intro="Platform fees are allocated evenly to the two contract years; usage credits are available across the whole term.",
        alloc=[["Year 1", "Nov 15, 2026 - Nov 14, 2027", m(28200), "prepaid"], ["Year 2", "Nov 15, 2027 - Nov 14, 2028", m(28200), "prepaid"],
               ["Credits", "whole term", m(50000), "prepaid"], ["Total", "", m(106400), ""]],
        terms=["The platform fees for both years (2 x $28,200.00 after the 6% prepay discount) and 500,000 usage credits at $0.10 per credit ($50,000.00) are invoiced together on the Effective Date: $106,400.00, due within 15 days.",
               "This order ends on November 14, 2028 and does not renew automatically."],
        usage="The 500,000 prepaid credits may be used at any time during the 24-month term and expire at its end. Credits consumed beyond the prepaid 500,000 are charged at $0.12 per credit, invoiced monthly in arrears.",
        sigs=[("Halcyon Retail Analytics Corp.", "Vanessa Cho, VP Data Science", "November 9, 2026"), ("Vectorline AI, Inc.", "Eli Brennan, Enterprise AE", "November 6, 2026")]),
        deal_id="006-BI1004",
        desc="Prepaid order for a platform plus usage credits, all invoiced once on the Effective Date November 9, 2026 (billing one_time, advance), due in 15 days. Inference Platform $30,000.00 per year less 6% prepay discount = $28,200.00 per year for 2 years; Prepaid Usage Credits 500,000 x $0.10 = $50,000.00 one-time. Stated total prepayment $106,400.00 = 2 x 28,200 + 50,000 = TCV for November 15, 2026 - November 14, 2028. Usage: Credits consumed, 500,000 included for the whole term, extra credits $0.12 each, monthly in arrears. No automatic renewal.",
        tags=["prepaid", "multi-year", "one-time-billing", "usage-credits", "usage", "discount", "allocation-table", "no-auto-renew"]))
    return S
