from common import *

LAY = "per-location"
PER = {"year": "year", "month": "month", "quarter": "quarter", "one_time": "one-time"}

def build(spec):
    t, r, lines = spec["t"], spec["r"], spec["lines"]
    cur, ns, ds = t["currency"], r["ns"], r["ds"]
    def hdr(p):
        p.set_font("Helvetica", "B", 13); p.set_text_color(150, 40, 40)
        p.cell(100, 7, r["brand"]); p.set_font("Helvetica", "", 7.5); p.set_text_color(80, 80, 80)
        p.multi_cell(0, 3.5, r["vaddr"], align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_draw_color(150, 40, 40); p.line(18, p.get_y() + 1, 192, p.get_y() + 1); p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0); p.ln(4)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7)
        p.cell(0, 5, f"Multi-site order {t['order_form_number']} | {p.page_no()}/{{nb}}", align="R")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font("Helvetica", "B", 15); pdf.cell(0, 8, "MULTI-SITE SERVICE ORDER", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, f"Order no. {t['order_form_number']}   -   effective on signature, dated {dt(t['effective_date'], ds)}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.para(f"This order is placed by {t['customer_legal_name']} (\"Operator\") with {t['vendor_legal_name']} (\"Provider\") for the sites listed in the Site Schedule. "
             f"Fees are charged per site: the number of sites shown in the pricing table is the quantity billed.", size=9)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Rollout", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for k, v in r["rollout"]:
        pdf.set_font("Helvetica", "B", 9); pdf.cell(48, 5, k); pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, f"Per-site pricing ({r['curword']})", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    cols = ["Module", "Code", "Rate per site", "Billed per", "Sites", "Disc.", "Charge"]
    with pdf.table(col_widths=(55, 20, 25, 20, 14, 14, 26), text_align=("LEFT", "LEFT", "RIGHT", "CENTER", "RIGHT", "RIGHT", "RIGHT"), line_height=5,
                   headings_style=__import__("fpdf").FontFace(emphasis="B", fill_color=(245, 225, 225))) as tb:
        row = tb.row(); [row.cell(c) for c in cols]
        for l in lines:
            row = tb.row()
            row.cell(l["desc"] + (f"\n{l['note']}" if l["note"] else "")); row.cell(l["sku"] or "")
            row.cell(num(l["price"], cur, ns)); row.cell(PER[l["period"]]); row.cell(str(l["qty"]))
            row.cell(f"{l['disc']}%" if l["disc"] else ""); row.cell(num(l["net"], cur, ns) if l["show_net"] else "")
    pdf.ln(1); pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(0, 4, "Charge = rate per site x sites, less any discount, for each billing unit shown in 'Billed per'.", new_x="LMARGIN", new_y="NEXT")
    if t["total_contract_value"]:
        pdf.set_font("Helvetica", "B", 9.5); pdf.ln(1)
        pdf.cell(0, 6, f"{r.get('tcv_label', 'Total for the term')}: {r['sym']} {num(D(t['total_contract_value']), cur, ns)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Commercial notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for i, x in enumerate(r["notes"], 1):
        pdf.multi_cell(0, 4.6, f"({chr(96+i)})  {x}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    pdf.ln(4); pdf.set_font("Helvetica", "", 9)
    y = pdf.get_y()
    for j, (who, nm) in enumerate([(t["customer_legal_name"], r["csig"]), (t["vendor_legal_name"], r["vsig"])]):
        pdf.set_xy(18 + j * 90, y); pdf.set_font("Helvetica", "B", 8.5); pdf.multi_cell(80, 4.5, f"Signed for {who}", new_x="LEFT", new_y="NEXT")
        pdf.ln(8); pdf.set_x(18 + j * 90); pdf.set_font("Helvetica", "", 8.5); pdf.multi_cell(80, 4.5, f"______________________________\n{nm}", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(18, pdf.get_y() + 8)
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "Site Schedule", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    with pdf.table(col_widths=(12, 60, 70, 32), line_height=4.6, headings_style=__import__("fpdf").FontFace(emphasis="B", fill_color=(235, 235, 235))) as tb:
        row = tb.row(); [row.cell(c) for c in ["#", "Site name", "Address", r.get("site_col", "Wave")]]
        for i, (nm, ad, w) in enumerate(r["sites"], 1):
            row = tb.row(); row.cell(str(i)); row.cell(nm); row.cell(ad); row.cell(w)
    pdf.ln(4); pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "General terms for multi-site deployments", new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, pick=[0, 1, 2, 3, 5, 7, 8, 10], size=8)
    return pdf

def sites(n, names, city, waves):
    out = []
    for i in range(n):
        nm = names[i % len(names)] + ("" if i < len(names) else f" {i // len(names) + 1}")
        out.append((f"{city} {nm}", f"{10 + i * 7} {names[(i * 3) % len(names)]} Street, {city}", waves[i]))
    return out

def specs():
    S = []
    cur = "JPY"
    lines = [L("Kitchen Display System", 18, "9800", "month", cur, sku="KDS-S", periods=12),
             L("Online Ordering Module", 18, "6500", "month", cur, sku="OOM-S", periods=12),
             L("Site onboarding", 18, "25000", "one_time", cur, sku="ONB-S")]
    jp = ["Shibuya", "Ebisu", "Nakameguro", "Shimokitazawa", "Koenji", "Kichijoji", "Ikebukuro", "Ueno", "Asakusa", "Kanda", "Ginza", "Tsukiji", "Shinagawa", "Meguro", "Jiyugaoka", "Futako", "Kamata", "Omori"]
    S.append(dict(t=dict(customer_legal_name="Sakuragawa Ramen Holdings K.K.", vendor_legal_name="Tablestack Japan G.K.", order_form_number="MSR-JP-0093",
        billing_contact_email="keiri@sakuragawa-ramen.example", currency=cur, effective_date="2026-03-10", service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="monthly", billing_timing="advance",
        billing_anchor="calendar_month", total_contract_value="3970800"),
        lines=lines, r=dict(ns="us", ds="ymd_slash", sym="JPY", curword="Japanese yen, no decimals", brand="TABLESTACK", vaddr="Tablestack Japan G.K.\n2-14-6 Jingumae, Shibuya-ku, Tokyo 150-0001",
        rollout=[("Service start (all sites)", "2026/04/01"), ("Service end", "2027/03/31"), ("Initial term", "12 months")],
        notes=["Monthly charges are invoiced in advance for each calendar month; onboarding is invoiced once with the first monthly invoice.",
               "Invoices are payable 30 days after the invoice date and are sent to keiri@sakuragawa-ramen.example.",
               "After the initial term the order renews for further 12-month terms unless either party gives notice at least 90 days before the renewal date."],
        tcv_label="Total for the 12-month term (monthly charges x 12 plus onboarding)",
        sites=sites(18, jp, "Tokyo", ["All - 2026/04/01"] * 18), site_col="Go-live",
        csig="Kenji Morimoto, Representative Director", vsig="Aiko Fujiwara, Country Manager"),
        deal_id="006-BG0301",
        desc="Restaurant-chain multi-site order priced per site in JPY (no decimals); 18 sites listed in a Site Schedule that runs onto a second page. Monthly: 18 x 9,800 = 176,400 and 18 x 6,500 = 117,000 (293,400/month); onboarding 18 x 25,000 = 450,000 one-time. Stated total 293,400 x 12 + 450,000 = 3,970,800. Invoiced per calendar month in advance (billing_anchor calendar_month). Auto-renews 12 months, 90 days' notice.",
        tags=["per-location", "jpy", "zero-decimals", "one-time-fee", "auto-renew", "calendar-month", "multi-page-table"]))
    cur = "KWD"
    lines = [L("POS Subscription", 12, "45.500", "month", cur, sku="POS-KW", periods=24),
             L("Loyalty Engine", 12, "18.750", "month", cur, sku="LOY-KW", disc=10, periods=24),
             L("Hardware installation", 12, "120.000", "one_time", cur, sku="INST")]
    kw = ["Salmiya", "Hawally", "Jabriya", "Shuwaikh", "Sharq", "Fintas", "Mangaf", "Ahmadi", "Jahra", "Rai", "Shamiya", "Kaifan"]
    S.append(dict(t=dict(customer_legal_name="Gulf Pearl Coffee Company W.L.L.", vendor_legal_name="Baristaware Technologies FZ-LLC", order_form_number="BW-KW-2026-014",
        billing_contact_email="ap@gulfpearlcoffee.example", currency=cur, effective_date="2026-06-08", service_start_date="2026-07-01", service_end_date="2028-06-30",
        term_months=24, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance", late_fee_percent_per_month="1",
        non_standard_terms=["Customer may close up to 2 sites during the term on 60 days' notice, reducing the billed site count"]),
        lines=lines, r=dict(ns="us", ds="dmy", sym="KWD", curword="Kuwaiti dinar, three decimals", brand="BARISTAWARE", vaddr="Baristaware Technologies FZ-LLC\nIn5 Tech, Dubai Internet City, UAE",
        rollout=[("Go-live", dt("2026-07-01", "dmy")), ("Ends", dt("2028-06-30", "dmy")), ("Duration", "24 months")],
        notes=["Monthly per-site charges are invoiced quarterly in advance (three months per invoice); installation is invoiced once at go-live.",
               "Payment is due within 30 days of invoice; overdue sums bear a late charge of 1% per month.",
               "The Operator may close up to two (2) sites during the term by giving 60 days' written notice; from the closure date the site count billed is reduced accordingly.",
               "Invoices are e-mailed to ap@gulfpearlcoffee.example."],
        sites=sites(12, kw, "Kuwait City -", ["Wave A"] * 12), site_col="Wave",
        csig="Fahad Al-Mutairi, General Manager", vsig="Rohan Mehta, Regional Director"),
        deal_id="006-BG0302",
        desc="Coffee-chain multi-site order in KWD with three decimals. POS 12 x 45.500 = 546.000/month; Loyalty 12 x 18.750 = 225.000 less 10% = 202.500/month; installation 12 x 120.000 = 1,440.000 one-time. Monthly prices are billed quarterly in advance over a 24-month term; no total stated (CRM amount (546.000 + 202.500) x 24 + 1,440.000 = 19,404.000). Late charge 1%/month. Right to close up to 2 sites is non-standard. Renewal not mentioned (auto_renew null).",
        tags=["per-location", "kwd", "three-decimals", "discount", "one-time-fee", "late-fee", "quarterly-billing", "site-reduction-right"]))
    cur = "AUD"
    lines = [L("Member App & Access Control", 10, "310.00", "month", cur, sku="GF-MAC", start="2026-03-01", end="2027-02-28", periods=12, note="Wave 1"),
             L("Member App & Access Control", 6, "310.00", "month", cur, sku="GF-MAC", start="2026-06-01", end="2027-02-28", periods=9, note="Wave 2 (co-termed)")]
    au = ["Bondi", "Newtown", "Parramatta", "Chatswood", "Manly", "Surry Hills", "Glebe", "Ryde", "Penrith", "Hornsby", "Cronulla", "Liverpool", "Randwick", "Mosman", "Balmain", "Epping"]
    S.append(dict(t=dict(customer_legal_name="Southern Cross Fitness Clubs Pty Ltd", vendor_legal_name="Gymflow Pty Ltd", order_form_number="GF-ORD-3318",
        billing_contact_email="accounts@southerncrossfitness.example", currency=cur, effective_date="2026-02-12", service_start_date="2026-03-01", service_end_date="2027-02-28",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=14, billing_frequency="monthly", billing_timing="advance",
        billing_anchor="coterm:2027-02-28", total_contract_value="53940.00"),
        lines=lines, r=dict(ns="us", ds="dmy", sym="A$", curword="Australian dollars", brand="GYMFLOW", vaddr="Gymflow Pty Ltd  ABN 00 000 000 000\n88 Kent Street, Sydney NSW 2000",
        rollout=[("Wave 1 go-live", "1 March 2026 (10 clubs)"), ("Wave 2 go-live", "1 June 2026 (6 clubs)"), ("Initial term", "12 months from Wave 1 go-live, ending 28 February 2027"),
                 ("Co-terming", "Wave 2 clubs are co-termed to the Wave 1 end date of 28 February 2027")],
        notes=["Fees are invoiced monthly in advance from each wave's go-live date.",
               "Payment terms: 14 days from invoice date. Invoices to accounts@southerncrossfitness.example.",
               "The order renews automatically for successive 12-month terms unless either party opts out in writing at least 60 days before the end of the current term."],
        tcv_label="Total for the term (Wave 1: 12 months; Wave 2: 9 months)",
        sites=sites(16, au, "Sydney", ["Wave 1"] * 10 + ["Wave 2"] * 6), site_col="Wave",
        csig="Jess Whitford, CFO", vsig="Liam O'Connell, Head of Sales"),
        deal_id="006-BG0303",
        desc="Gym-chain multi-site order in AUD with two rollout waves of the same module: Wave 1 10 clubs from 2026-03-01 and Wave 2 6 clubs from 2026-06-01, both ending 2027-02-28 (two line items with own dates). Wave 1 10 x 310 = 3,100/month x 12 = 37,200; Wave 2 6 x 310 = 1,860/month x 9 (Jun 2026 - Feb 2027) = 16,740; stated total 53,940.00. Co-terming to 2027-02-28 is stated (billing_anchor coterm:2027-02-28). 16 clubs in the Site Schedule.",
        tags=["per-location", "aud", "waves", "co-term", "auto-renew"]))
    cur = "EUR"
    lines = [L("Property Management System", 7, "7200.00", "year", cur, sku="PMS-P", periods=3),
             L("Channel Manager", 7, "1450.00", "year", cur, sku="CHM-P", periods=3)]
    it = ["Portofino", "Rapallo", "Camogli", "Sestri Levante", "Lerici", "Varazze", "Alassio"]
    S.append(dict(t=dict(customer_legal_name="Albergo Riviera Group S.p.A.", vendor_legal_name="Roomwise Hospitality GmbH", order_form_number="RW-IT-2026-071",
        billing_contact_email="fornitori@albergoriviera.example", currency=cur, effective_date="2026-04-15", service_start_date="2026-05-01", service_end_date="2029-04-30",
        term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", price_escalator_percent="4",
        minimum_commitment={"amount": "55000.00", "period": "year"},
        usage_rules=[usage("Reservations processed", "reservation", "21000", "year", "per_unit", [(None, "0.40")], "annual", "arrears")]),
        lines=lines, r=dict(ns="eu", ds="dmy", sym="EUR", curword="EUR", brand="ROOMWISE", vaddr="Roomwise Hospitality GmbH\nMaximilianstrasse 40, 80539 Muenchen",
        rollout=[("Go-live", "1 May 2026 (all properties)"), ("Ends", "30 April 2029"), ("Term", "thirty-six (36) months")],
        notes=["Per-property fees are invoiced annually in advance at the start of each contract year; the rates shown apply to the first contract year and rise by 4% at the start of each following contract year.",
               "The fees include 21.000 reservations per contract year across all properties. Further reservations are charged at EUR 0,40 each, invoiced annually in arrears after the contract year closes.",
               "Minimum annual fee: the Operator will pay at least EUR 55.000,00 for each contract year, counting per-property fees and reservation charges together.",
               "Payment 30 days from invoice. This order ends on 30 April 2029 and will not renew automatically; any extension requires a new order.",
               "Invoices to fornitori@albergoriviera.example."],
        sites=sites(7, it, "Liguria -", ["1 May 2026"] * 7), site_col="Go-live",
        csig="Giulia Ferraresi, Amministratore Delegato", vsig="Tobias Brandl, Geschaeftsfuehrer"),
        deal_id="006-BG0304",
        desc="Hotel-group per-property order in EUR with continental number format (7.200,00). Annual per property: 7 x 7,200.00 = 50,400.00 and 7 x 1,450.00 = 10,150.00, first-year rates rising 4% a year (escalator), so no total is stated. 21,000 reservations included per contract year, then EUR 0.40 each billed annually in arrears. Minimum EUR 55,000.00 per year. 'Will not renew automatically' = auto_renew false. CRM amount is the flat 3-year sum without escalation, (50,400 + 10,150) x 3 = 181,650.00.",
        tags=["per-location", "eur", "continental-numbers", "escalator", "minimum-commitment", "usage", "no-auto-renew"]))
    return S
