from common import *
from fpdf.fonts import FontFace

LAY = "redlined-order"
d = lambda x: f"~~{x}~~"          # deleted: struck through
i = lambda x: f"--{x}--"          # inserted: underlined
di = lambda a, b: f"{d(a)} {i(b)}"

def mdtable(pdf, widths, rows, size=8.4, aligns=None):
    pdf.set_font(pdf.F, "", size)
    with pdf.table(col_widths=widths, line_height=size * 0.55, text_align=aligns or "LEFT", markdown=True,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230))) as tb:
        for r in rows:
            row = tb.row()
            for c in r:
                row.cell(c)

def build(spec):
    t, r = spec["t"], spec["r"]
    def hdr(p):
        p.set_font(p.F, "B", 7.5); p.set_text_color(160, 0, 0)
        p.cell(0, 4, f"EXECUTION VERSION - marked against {r['against']}", new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(1)
    def ftr(p):
        p.set_y(-11); p.set_font(p.F, "", 7); p.cell(0, 4, f"{t['vendor_legal_name']} Order Form {t['order_form_number']} | Page {p.page_no()} of {{nb}}", align="C")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font(pdf.F, "B", 16); pdf.cell(0, 8, t["vendor_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", 11); pdf.cell(0, 6, f"Order Form {t['order_form_number']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.set_draw_color(160, 0, 0); pdf.set_font(pdf.F, "", 8.2)
    pdf.multi_cell(0, 4.2, "Redline legend: this is the executed text, compared with " + r["against"] + ". Deleted text is shown ~~struck through~~; inserted text is shown --underlined--. "
                   "The parties agreed and signed the order as marked: struck-through text is not part of the order and underlined text is.",
                   border=1, padding=2, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    def h(s):
        if pdf.get_y() > 245: pdf.add_page()
        pdf.set_font(pdf.F, "B", 10.5); pdf.cell(0, 6, s, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.5)
    h("1. Order Details")
    mdtable(pdf, (48, 126), [["Term", "Detail"]] + r["details"], size=8.4)
    pdf.ln(3)
    h("2. Fees")
    mdtable(pdf, (62, 18, 28, 18, 24, 24), [["Product", "Quantity", "Unit price", "Discount", "Period", "Amount"]] + r["fees"], size=8.2,
            aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT", "RIGHT"))
    pdf.ln(2)
    for k, v in r["fee_tot"]:
        pdf.set_x(72); pdf.set_font(pdf.F, "B", 8.6); pdf.cell(56, 5, k); pdf.set_font(pdf.F, "", 8.6); pdf.multi_cell(64, 5, v, align="R", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    h("3. Commercial Terms")
    for n, c in enumerate(r["terms"], 1):
        if pdf.get_y() > 262: pdf.add_page()
        pdf.set_font(pdf.F, "", 8.6); pdf.multi_cell(0, 4.4, f"3.{n} {c}", markdown=True, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    if r.get("changes"):
        pdf.ln(2); h("Schedule of Agreed Changes")
        mdtable(pdf, (30, 62, 82), [["Section", "Vendor draft", "Executed"]] + r["changes"], size=7.8)
    pdf.ln(3)
    h("4. General")
    boiler(pdf, start_no=1, size=7.8, pick=[2, 3, 5, 10])
    if pdf.get_y() > 238: pdf.add_page()
    pdf.ln(4); y = pdf.get_y(); pdf.set_font(pdf.F, "", 8.6)
    for k, (who, nm, dte) in enumerate(r["sigs"]):
        pdf.set_xy(18 + k * 90, y); pdf.multi_cell(84, 4.5, f"{who}\n\nBy: ___________________________\nName: {nm}\nDate: {dte}", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    # 1 -----------------------------------------------------------------------
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Analytics Seats", 120, "1080.00", "year", cur, periods=2), L("Data Connectors", 1, "15000.00", "year", cur, periods=2),
             L("Implementation", 1, "18000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Meridian Outdoor Retail Co.", vendor_legal_name="Arclight Analytics, Inc.", order_form_number="AA-OF-2026-221",
        billing_contact_email="ap@meridianoutdoor.example", currency=cur, effective_date="2026-04-22", service_start_date="2026-05-01", service_end_date="2028-04-30",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=45, billing_frequency="annual", billing_timing="advance",
        price_escalator_percent="3", total_contract_value="307200.00"),
        lines=lines, r=dict(against="Vendor Draft 2 (April 9, 2026)",
        details=[["Customer", "Meridian Outdoor Retail Co., 1550 Platte Street, Denver, CO 80202"], ["Billing contact", "ap@meridianoutdoor.example"],
                 ["Effective Date", di("April 15, 2026", "April 22, 2026")], ["Subscription start", "May 1, 2026"],
                 ["Subscription term", di("12 months", "24 months")], ["Subscription end", di("April 30, 2027", "April 30, 2028")], ["Currency", "USD"]],
        fees=[["Analytics Seats", di("100", "120"), di("$1,200.00", "$1,080.00"), "", "per year", di("$120,000.00", "$129,600.00")],
              ["Data Connectors", "1", "$15,000.00", "", "per year", "$15,000.00"],
              ["Implementation", "1", di("$25,000.00", "$18,000.00"), "", "one-time", di("$25,000.00", "$18,000.00")]],
        fee_tot=[("Annual subscription fees", di("$135,000.00", "$144,600.00")), ("Total Contract Value", di("$160,000.00", "$307,200.00"))],
        terms=["Subscription fees are invoiced annually in advance; Implementation is invoiced on the Effective Date.",
               "Invoices are due net " + di("30", "45") + " days from the invoice date.",
               "The subscription renews for successive 12-month terms unless either party gives notice of non-renewal at least " + di("30", "60") + " days before the end of the then-current term.",
               "Fees for each renewal term may increase by up to " + di("7%", "3%") + " over the fees of the preceding term.",
               "Total Contract Value " + i("for the 24-month term is $307,200.00 (2 x $144,600.00 + $18,000.00)") + "."],
        sigs=[("Meridian Outdoor Retail Co.", "Celia Park, SVP Finance", "April 22, 2026"), ("Arclight Analytics, Inc.", "Noah Feldman, VP Sales", "April 22, 2026")]),
        deal_id="006-BI0801",
        desc="Order form printed as a redline against the vendor's draft: deleted text struck through, inserted text underlined, and a legend saying the order is executed as marked - gold takes only the underlined (final) values. Effective Date April 22, 2026 (not the struck April 15); term 24 months (not 12), May 1, 2026 - April 30, 2028. Analytics Seats 120 (not 100) x $1,080.00 (not $1,200.00) = $129,600.00 per year; Data Connectors $15,000.00 per year; Implementation $18,000.00 (not $25,000.00) one-time. Annual $144,600.00; stated TCV $307,200.00 = 2 x 144,600 + 18,000 (struck $160,000.00 is void). Net 45 (not 30), 60 days' notice (not 30), renewal increase up to 3% (not 7%) -> escalator 3. Annual in advance, renews 12 months.",
        tags=["redline", "strikethrough", "negotiated", "multi-year", "escalator", "auto-renew"]))
    # 2 -----------------------------------------------------------------------
    cur = "EUR"; m = lambda x: "€" + num(x, cur)
    lines = [L("Scheduling Licences", 400, "4.50", "month", cur, disc=10, periods=12), L("Onboarding", 1, "2400.00", "one_time", cur),
             L("Payroll Export Module", 1, "350.00", "month", cur, removed=True)]
    S.append(dict(t=dict(customer_legal_name="Lisbon Harbour Hotels, S.A.", vendor_legal_name="Rosterly Europe B.V.", order_form_number="RE-2026-0587",
        billing_contact_email="contas.fornecedores@lisbonharbourhotels.example", currency=cur, effective_date="2026-05-19", service_start_date="2026-06-01",
        service_end_date="2027-05-31", term_months=12, auto_renew=False, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        total_contract_value="21840.00"),
        lines=lines, r=dict(against="Rosterly draft of 6 May 2026",
        details=[["Customer", "Lisbon Harbour Hotels, S.A., Avenida 24 de Julho 52, 1200-868 Lisboa, Portugal"], ["Accounts payable", "contas.fornecedores@lisbonharbourhotels.example"],
                 ["Order date", "19 May 2026"], ["Service period", "12 months, 1 June 2026 to 31 May 2027"], ["Currency", "EUR"],
                 ["Invoicing", di("annually in advance", "quarterly in advance")]],
        fees=[["Scheduling Licences", "400", "€4.50", i("10%"), "per month", di("€1,800.00", "€1,620.00")],
              [d("Payroll Export Module"), d("1"), d("€350.00"), "", d("per month"), d("€350.00")],
              ["Onboarding", "1", "€2,400.00", "", "one-time", "€2,400.00"]],
        fee_tot=[("Monthly fees", di("€2,150.00", "€1,620.00")), ("Total for the service period", di("€28,200.00", "€21,840.00"))],
        terms=["Monthly fees are invoiced " + di("annually", "quarterly") + " in advance; Onboarding is invoiced with the first invoice.",
               "Payment is due within 30 days of the invoice date.",
               d("This Order renews automatically for further periods of 12 months unless either party gives at least 60 days' notice before the end of the service period.") + " " + i("This Order does not renew automatically; any extension requires a new order."),
               i("The 10% discount on Scheduling Licences applies for the whole service period.")],
        changes=[["Fees", "Payroll Export Module €350.00 per month", "Removed from the order"], ["Fees", "No discount", "10% on Scheduling Licences"],
                 ["Invoicing", "Annually in advance", "Quarterly in advance"], ["Renewal", "Automatic, 12 months, 60 days' notice", "No automatic renewal"]],
        sigs=[("Lisbon Harbour Hotels, S.A.", "Inês Carvalho, Director of Finance", "19 May 2026"), ("Rosterly Europe B.V.", "Joost van Leeuwen, Sales Lead", "19 May 2026")]),
        deal_id="006-BI0802",
        desc="Redlined order form (struck = deleted, underlined = inserted, executed as marked) with a 'Schedule of Agreed Changes'. The Payroll Export Module row is struck through entirely and is not a line. Scheduling Licences 400 x €4.50 = €1,800.00 less an inserted 10% = €1,620.00 per month; Onboarding €2,400.00 one-time. Stated total €21,840.00 = 12 x 1,620 + 2,400 (struck €28,200.00 void) for 1 June 2026 - 31 May 2027. Invoicing changed from annually to quarterly in advance; the automatic-renewal sentence is struck and replaced by 'does not renew automatically' (auto_renew false, no renewal term or notice). 30 days.",
        tags=["redline", "strikethrough", "negotiated", "removed-line", "discount", "quarterly-billing", "no-auto-renew"]))
    # 3 -----------------------------------------------------------------------
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Compliance Suite", 1, "38000.00", "year", cur), L("User Licenses", 45, "360.00", "year", cur), L("Audit Trail Archive", 1, "2500.00", "year", cur)]
    S.append(dict(t=dict(customer_legal_name="Harborview Community Bank", vendor_legal_name="Tidewater Compliance Systems LLC", order_form_number="TCS-0926",
        billing_contact_email="vendorpayments@harborviewbank.example", currency=cur, effective_date="2026-06-24", service_start_date="2026-08-01", service_end_date="2027-07-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        po_required=True, po_number="HCB-2026-0781", late_fee_percent_per_month="1", total_contract_value="56700.00"),
        lines=lines, r=dict(against="Tidewater standard order form (rev. 2026-05)",
        details=[["Customer", "Harborview Community Bank, 400 Water Street, Norfolk, VA 23510"], ["Invoices to", "vendorpayments@harborviewbank.example"],
                 ["Order date", "06/24/2026"], ["Start date", di("07/01/2026", "08/01/2026")], ["End date", di("06/30/2027", "07/31/2027")], ["Term", "12 months"],
                 ["Purchase order", i("HCB-2026-0781")]],
        fees=[["Compliance Suite", "1", "$38,000.00", "", "per year", "$38,000.00"],
              ["User Licenses", "45", di("$400.00", "$360.00"), "", "per year", di("$18,000.00", "$16,200.00")],
              [i("Audit Trail Archive"), i("1"), i("$2,500.00"), "", i("per year"), i("$2,500.00")]],
        fee_tot=[("Total Contract Value", di("$56,000.00", "$56,700.00"))],
        terms=["Fees are invoiced annually in advance on the start date.",
               "Invoices are payable within 30 days. Overdue amounts bear interest at " + di("1.5%", "1%") + " per month.",
               i("Each invoice must quote the Customer's purchase order number HCB-2026-0781; invoices without it may be returned unpaid."),
               "This order renews automatically for 12-month periods unless either party gives written notice at least 60 days before the end date."],
        changes=[["1. Start / end", "07/01/2026 - 06/30/2027", "08/01/2026 - 07/31/2027"], ["2. User Licenses", "$400.00 per user", "$360.00 per user"],
                 ["2. Fees", "-", "Audit Trail Archive added, $2,500.00 per year"], ["3.2 Late interest", "1.5% per month", "1% per month"], ["3.3 PO", "-", "PO HCB-2026-0781 required"]],
        sigs=[("Harborview Community Bank", "Gregory Simms, EVP & CFO", "06/24/2026"), ("Tidewater Compliance Systems LLC", "Alana Brooks, Director of Sales", "06/23/2026")]),
        deal_id="006-BI0803",
        desc="Redlined order form with a schedule of agreed changes. Dates moved: start 08/01/2026 (not 07/01), end 07/31/2027, 12 months. Compliance Suite $38,000.00 per year; User Licenses 45 x $360.00 (not $400.00) = $16,200.00 per year; an inserted (underlined) row Audit Trail Archive $2,500.00 per year is a line. Stated TCV $56,700.00 = 38,000 + 16,200 + 2,500 (struck $56,000.00 void). Inserted PO clause: HCB-2026-0781 must be quoted (po_required). Late interest 1% a month (not 1.5%). Annual in advance, 30 days, renews 12 months unless 60 days' notice. Order date 06/24/2026 = effective date.",
        tags=["redline", "strikethrough", "negotiated", "inserted-line", "po-required", "late-fee", "us-slash-dates", "auto-renew"]))
    # 4 -----------------------------------------------------------------------
    cur = "CAD"; m = lambda x: "CAD $" + num(x, cur)
    lines = [L("Field Inspector App", 80, "35.00", "month", cur, periods=24), L("Offline Sync Pack", 1, "450.00", "month", cur, periods=24),
             L("Premium Support", 1, "600.00", "month", cur, removed=True), L("Training Workshop", 1, "3200.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Prairie Grain Terminals Ltd.", vendor_legal_name="Northlake Field Apps Inc.", order_form_number="NFA-OF-1142",
        billing_contact_email="payables@prairiegrain.example", currency=cur, effective_date="2026-08-20", service_start_date="2026-09-01", term_months=24,
        auto_renew=True, renewal_term_months=6, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="monthly", billing_timing="advance",
        total_contract_value="81200.00"),
        lines=lines, r=dict(against="Northlake proposal v3",
        details=[["Customer", "Prairie Grain Terminals Ltd., 1900 Hamilton Street, Regina, SK S4P 2E2"], ["Billing e-mail", "payables@prairiegrain.example"],
                 ["Effective date", "August 20, 2026"], ["Service start", "September 1, 2026"], ["Initial term", di("36 months", "24 months")], ["Currency", "Canadian dollars (CAD)"]],
        fees=[["Field Inspector App", "80", di("CAD $39.00", "CAD $35.00"), "", "per month", di("CAD $3,120.00", "CAD $2,800.00")],
              ["Offline Sync Pack", "1", "CAD $450.00", "", "per month", "CAD $450.00"],
              [d("Premium Support"), d("1"), d("CAD $600.00"), "", d("per month"), d("CAD $600.00")],
              [i("Training Workshop"), i("1"), i("CAD $3,200.00"), "", i("one-time"), i("CAD $3,200.00")]],
        fee_tot=[("Monthly fees", di("CAD $4,170.00", "CAD $3,250.00")), ("Total Contract Value", di("CAD $150,120.00", "CAD $81,200.00"))],
        terms=["Monthly fees are invoiced monthly in advance. The Training Workshop is invoiced on delivery.",
               "Payment terms: net " + di("15", "30") + " days.",
               "After the initial term the order renews for successive periods of " + di("12 months", "6 months") + " unless either party gives 30 days' written notice.",
               "Total Contract Value " + i("= 24 x CAD $3,250.00 + CAD $3,200.00") + "."],
        sigs=[("Prairie Grain Terminals Ltd.", "Wade Kowalchuk, Controller", "August 20, 2026"), ("Northlake Field Apps Inc.", "Elise Tremblay, Account Executive", "August 19, 2026")]),
        deal_id="006-BI0804",
        derived={"service_end_date": {"value": "2028-08-31", "rule": "start 2026-09-01 + 24 months - 1 day"}},
        desc="Redlined order form in CAD (executed as marked). Initial term 24 months (not 36) from September 1, 2026, no end date written (derived 2028-08-31). Field Inspector App 80 users x CAD $35.00 (not $39.00) = CAD $2,800.00 per month; Offline Sync Pack CAD $450.00 per month; the Premium Support row is struck entirely (not a line); inserted Training Workshop CAD $3,200.00 one-time. Stated TCV CAD $81,200.00 = 24 x 3,250 + 3,200 (struck 150,120.00 void). Monthly in advance, net 30 (not 15), renews for 6-month periods (not 12) unless 30 days' notice.",
        tags=["redline", "strikethrough", "negotiated", "removed-line", "inserted-line", "cad", "monthly-prices", "derived-end-date", "auto-renew"]))
    return S
