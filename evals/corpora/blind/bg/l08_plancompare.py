from common import *
from fpdf import FontFace

LAY = "plan-compare"

def inr(x):
    x = qz(x, "INR"); s_ = f"{x:.2f}"; ip, dp = s_.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        ip = ",".join(parts) + "," + tail
    return ip + "." + dp

def build(spec):
    t, r, lines = spec["t"], spec["r"], spec["lines"]
    cur, ns = t["currency"], r["ns"]
    fm = (lambda x: inr(x)) if r.get("lakh") else (lambda x: num(x, cur, ns))
    def hdr(p):
        p.set_font("Helvetica", "B", 12); p.set_text_color(0, 120, 100); p.cell(0, 6, r["brand"], new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0); p.ln(1)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7); p.cell(0, 5, f"{r['doc']} {t['order_form_number']} / p.{p.page_no()}", align="C")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font("Helvetica", "B", 18); pdf.cell(0, 10, r["doc"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for k, v in r["head"]:
        pdf.set_font("Helvetica", "B", 9); pdf.cell(42, 5, k); pdf.set_font("Helvetica", "", 9); pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3); pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 6, r.get("cmp_title", "Your plan, before and after"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    with pdf.table(col_widths=(40, 67, 67), line_height=5, headings_style=FontFace(emphasis="B", fill_color=(220, 240, 235))) as tb:
        row = tb.row(); row.cell(""); row.cell(r["cur_head"]); row.cell(r["new_head"])
        for a, b, c in r["cmp"]:
            row = tb.row(); row.cell(a, style=FontFace(emphasis="B")); row.cell(b, style=FontFace(color=(120, 120, 120))); row.cell(c)
    pdf.ln(1); pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(0, 4.2, r["cmp_note"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3); pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 6, r.get("bill_title", "What will be invoiced from the changeover"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    with pdf.table(col_widths=(62, 18, 30, 16, 22, 26), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "CENTER", "RIGHT"), line_height=5,
                   headings_style=FontFace(emphasis="B", fill_color=(235, 235, 235))) as tb:
        row = tb.row(); [row.cell(h) for h in ["Item", "Qty", f"List price ({r['sym']})", "Disc.", "Per", f"Net ({r['sym']})"]]
        for l in lines:
            row = tb.row(); row.cell(l["desc"] + (f" [{l['sku']}]" if l["sku"] else "")); row.cell(intfmt(l["qty"])); row.cell(fm(l["price"]))
            row.cell(f"{l['disc']}%" if l["disc"] else "-"); row.cell({"year": "year", "month": "month", "quarter": "quarter", "one_time": "once"}[l["period"]])
            row.cell(fm(l["net"]) if l["show_net"] else "-")
    if t["total_contract_value"]:
        pdf.ln(1); pdf.set_font("Helvetica", "B", 9.5); pdf.cell(0, 6, f"{r['tcv_label']}: {r['sym']} {fm(D(t['total_contract_value']))}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3); pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 6, "Terms of the new plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.8)
    for x in r["terms"]:
        pdf.set_x(22); pdf.multi_cell(0, 4.6, "- " + x, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.5)
    pdf.ln(5)
    if pdf.get_y() > 245: pdf.add_page()
    pdf.set_font("Helvetica", "", 8.5); y = pdf.get_y()
    for j, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(18 + j * 90, y); pdf.multi_cell(82, 4.5, f"Accepted for {who}\n\n\n______________________________\n{nm}", new_x="LEFT", new_y="NEXT")
    pdf.add_page(); pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Subscription terms (apply to the new plan)", new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, size=8, pick=[0, 1, 2, 4, 5, 7, 8, 11])
    return pdf

def specs():
    S = []
    cur = "USD"
    lines = [L("Business plan seats", 60, "42.00", "month", cur, sku="CNV-BUS", disc=10, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Tallgrass Media Group, LLC", vendor_legal_name="Canvasly, Inc.", order_form_number="CHG-88410",
        billing_contact_email="finance@tallgrassmedia.example", currency=cur, effective_date="2026-06-20", service_start_date="2026-07-01", service_end_date="2027-06-30",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="27216.00"),
        lines=lines, r=dict(ns="us", sym="$", brand="canvasly", doc="Plan Change Order",
        head=[("Change order", "CHG-88410"), ("Account", "Tallgrass Media Group, LLC"), ("Signed", "June 20, 2026"), ("Changeover date", "July 1, 2026")],
        cur_head="Current plan (ends June 30, 2026)", new_head="New plan (from July 1, 2026)",
        cmp=[("Plan", "Team", "Business"), ("Seats", "25", "60"), ("Price per seat", "$30.00 / month", "$42.00 / month, less 10%"),
             ("Billing", "Monthly, card", "Annually in advance, invoice"), ("Term", "Month to month", "12 months: July 1, 2026 - June 30, 2027"), ("Support", "Email", "Priority chat + email")],
        cmp_note="The current-plan column is shown for reference only. Team plan charges stop on June 30, 2026 and nothing in that column is invoiced under this order.",
        tcv_label="New plan total, 12 months ($2,268.00 x 12)",
        terms=["The Business plan fee for the full 12 months is invoiced annually in advance on July 1, 2026; payment is due Net 30.",
               "Invoices are e-mailed to finance@tallgrassmedia.example.",
               "The new plan renews for further 12-month terms unless either party cancels at least 30 days before the renewal date."],
        sigs=[("Tallgrass Media Group, LLC", "Renee Castellano, Controller"), ("Canvasly, Inc.", "Devin Shah, Sales Director")]),
        deal_id="006-BG0801",
        desc="Upgrade order with a side-by-side 'Current plan | New plan' comparison; only the new plan is billed (the Team plan column is reference only and not a line item). Business plan: 60 seats x $42.00 per month = 2,520 less 10% = $2,268.00 per month (net shown), invoiced annually in advance; stated 12-month total 2,268 x 12 = 27,216.00. Term July 1, 2026 - June 30, 2027, auto-renews 12 months, 30 days' notice, Net 30.",
        tags=["plan-compare", "upgrade", "current-vs-new", "discount", "monthly-price-annual-billing", "auto-renew", "us-dates"]))
    cur = "GBP"
    lines = [L("Professional plan", 1, "349.00", "month", cur, sku="LW-PRO", periods=12),
             L("Additional users", 8, "15.00", "month", cur, sku="LW-USR", periods=12),
             L("Upgrade migration", 1, "250.00", "one_time", cur, sku="LW-MIG")]
    S.append(dict(t=dict(customer_legal_name="Oakhurst Estate Agents Limited", vendor_legal_name="Listwise Software Ltd", order_form_number="LW-UP-20931",
        billing_contact_email="accounts@oakhurst-estates.example", currency=cur, effective_date="2026-08-27", service_start_date="2026-09-01", term_months=12,
        auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=14, billing_frequency="monthly", billing_timing="advance", billing_anchor="day:1"),
        lines=lines, r=dict(ns="us", sym="£", brand="Listwise", doc="Upgrade Order",
        head=[("Reference", "LW-UP-20931"), ("Customer", "Oakhurst Estate Agents Limited"), ("Agreed on", "27th August 2026"), ("New plan starts", "1st September 2026")],
        cur_head="Now: Starter", new_head="Moving to: Professional",
        cmp=[("Monthly fee", "£199.00", "£349.00"), ("Users included", "3", "5 (+ 8 additional at £15.00 each)"), ("Portal feeds", "2", "Unlimited"),
             ("Minimum term", "None", "12 months from 1st September 2026"), ("Invoice day", "Anniversary of sign-up", "1st of each month")],
        cmp_note="Starter is billed up to 31st August 2026 under its existing terms; this order covers the Professional plan only.",
        terms=["Professional plan charges are invoiced monthly in advance on the 1st of each month; the migration fee is invoiced once with the first invoice.",
               "Payment terms: 14 days from invoice. Invoices to accounts@oakhurst-estates.example.",
               "The Professional plan has a minimum term of 12 months. After that it continues month to month until either party gives 30 days' written notice."],
        sigs=[("Oakhurst Estate Agents Limited", "Sophie Langford, Director"), ("Listwise Software Ltd", "Callum Baird, Customer Success")]),
        deal_id="006-BG0802", derived={"service_end_date": {"value": "2027-08-31", "rule": "start 2026-09-01 + 12-month minimum term - 1 day"}},
        desc="Upgrade order with a 'Now: Starter | Moving to: Professional' comparison; the Starter column (GBP 199) is not billed. New plan lines: Professional 349.00/month, 8 additional users x 15.00 = 120.00/month, migration 250.00 once. 12-month minimum term from 1st September 2026 with no end date written (end derived 2027-08-31); afterwards month to month with 30 days' notice (auto_renew true, renewal_term_months 1). Monthly in advance on the 1st (day:1), 14 days. CRM amount (349 + 120) x 12 + 250 = 5,878.00.",
        tags=["plan-compare", "upgrade", "current-vs-new", "monthly", "billing-anchor", "one-time-fee", "minimum-term-then-monthly", "derived-end-date"]))
    cur = "CHF"
    lines = [L("Premium", 12, "54.00", "month", cur, sku="KT-PREM", periods=24)]
    S.append(dict(t=dict(customer_legal_name="Alpenblick Treuhand AG", vendor_legal_name="Kontoro Software AG", order_form_number="KT-2026-5127",
        billing_contact_email="buchhaltung@alpenblick-treuhand.example", currency=cur, effective_date="2026-09-14", service_start_date="2026-10-01", service_end_date="2028-09-30",
        term_months=24, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter", total_contract_value="15552.00",
        usage_rules=[usage("Document OCR", "page", "2000", "month", "per_unit", [(None, "0.08")], "quarterly", "arrears")]),
        lines=lines, r=dict(ns="ch", sym="CHF", brand="KONTORO", doc="Plan Change Order",
        head=[("Order no.", "KT-2026-5127"), ("Client", "Alpenblick Treuhand AG, Bahnhofstrasse 21, 6003 Luzern"), ("Date", "14.09.2026"), ("Go-live of new plan", "01.10.2026")],
        cur_head="Bisher / Current: Basic", new_head="Neu / New: Premium",
        cmp=[("Users", "5", "12"), ("Price per user", "CHF 29.00 / month", "CHF 54.00 / month"), ("OCR pages", "200 / month", "2'000 / month, then CHF 0.08 per page"),
             ("Term", "Monthly", "24 months, 01.10.2026 - 30.09.2028"), ("Invoicing", "Monthly", "Quarterly in advance, at the start of each calendar quarter")],
        cmp_note="Basic ends on 30.09.2026. Only the Premium column is ordered and invoiced.",
        tcv_label="Premium, 24 months",
        terms=["Premium user fees are invoiced quarterly in advance at the start of each calendar quarter (three months per invoice).",
               "OCR pages above 2'000 in a month cost CHF 0.08 per page and are invoiced quarterly in arrears.",
               "Payment within 30 days. Invoices to buchhaltung@alpenblick-treuhand.example."],
        sigs=[("Alpenblick Treuhand AG", "Beat Amstutz, Partner"), ("Kontoro Software AG", "Nadine Egli, Key Account")]),
        deal_id="006-BG0803",
        desc="Swiss upgrade order with a bilingual 'Bisher / Current | Neu / New' comparison; only the Premium column is billed. 12 users x CHF 54.00 = 648.00 per month (net shown), invoiced quarterly in advance at the start of each calendar quarter (billing_anchor calendar_quarter); stated 24-month value 648 x 24 = 15'552.00. OCR usage: 2'000 pages included per month, CHF 0.08 per extra page, quarterly in arrears. Renewal not stated.",
        tags=["plan-compare", "upgrade", "current-vs-new", "chf", "apostrophe-thousands", "usage", "calendar-quarter", "quarterly-billing", "go-live"]))
    cur = "INR"
    lines = [L("Enterprise plan", 1, "360000.00", "year", cur, sku="TD-ENT", periods=3),
             L("Additional agent seats", 20, "4800.00", "year", cur, sku="TD-SEAT", periods=3)]
    S.append(dict(t=dict(customer_legal_name="Saffron Route Travels Private Limited", vendor_legal_name="Tripdesk Technologies Private Limited", order_form_number="TD/UPG/2026/311",
        billing_contact_email="accounts.payable@saffronroute.example", currency=cur, effective_date="2026-11-18", service_start_date="2026-12-01", service_end_date="2029-11-30",
        term_months=36, auto_renew=False, payment_terms_days=15, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="SRT/IT/26-27/041",
        price_escalator_percent="7", late_fee_percent_per_month="2"),
        lines=lines, r=dict(ns="us", sym="INR", lakh=True, brand="TRIPDESK", doc="Plan Upgrade Order",
        head=[("Order", "TD/UPG/2026/311"), ("Customer", "Saffron Route Travels Private Limited, Bengaluru"), ("Order date", "18-Nov-2026"), ("Upgrade start date", "01-Dec-2026")],
        cur_head="Existing: Growth", new_head="Upgrade to: Enterprise",
        cmp=[("Annual fee", "INR 45,000.00", "INR 3,60,000.00"), ("Agent seats", "10 included", "25 included + 20 additional at INR 4,800.00 per seat per year"),
             ("Term", "Annual", "36 months, 01-Dec-2026 to 30-Nov-2029"), ("Renewal", "Auto", "Does not auto-renew")],
        cmp_note="Growth plan fees already paid are not refunded and are not part of this order; the Growth subscription terminates on 30-Nov-2026.",
        bill_title="Charges under this upgrade (Year 1 prices)",
        terms=["Annual charges are invoiced annually in advance; prices above apply to Year 1 and increase by 7% at the start of Year 2 and Year 3.",
               "A purchase order is mandatory: invoices must quote PO SRT/IT/26-27/041.",
               "Payment within 15 days of invoice; delayed payments attract interest of 2% per month.",
               "The Enterprise plan does not auto-renew. A renewal quote will be shared 60 days before 30-Nov-2029.",
               "Invoices to accounts.payable@saffronroute.example."],
        sigs=[("Saffron Route Travels Private Limited", "Arjun Menon, CFO"), ("Tripdesk Technologies Private Limited", "Kavya Iyer, VP Sales")]),
        deal_id="006-BG0804",
        desc="Indian upgrade order in INR with lakh grouping (INR 3,60,000.00) and 'Existing: Growth | Upgrade to: Enterprise' comparison; only Enterprise is billed. Enterprise 3,60,000.00 per year; 20 additional seats x 4,800.00 = 96,000.00 per year (net shown). 36-month term, Year-1 prices with 7% annual escalation (no total stated; CRM amount flat 4,56,000 x 3 = 1,368,000.00). PO SRT/IT/26-27/041 mandatory; 2%/month late interest; does not auto-renew ('renewal quote 60 days before' is not a notice period, so non_renewal_notice_days null). Order/effective dates in 18-Nov-2026 style.",
        tags=["plan-compare", "upgrade", "current-vs-new", "inr", "lakh-grouping", "escalator", "po-required", "late-fee", "no-auto-renew"]))
    return S
