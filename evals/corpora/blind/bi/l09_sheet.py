from common import *

LAY = "spreadsheet-export"
COLS = "ABCDEFGHIJ"

def sheet(pdf, name, widths, rows, start_row=1, rh=5.2, size=8):
    """print rows (lists of cells; a cell is text or (text, 'R'|'L'|'C', bold)) as a gridded worksheet page"""
    pdf.add_page(); pdf.sheet_name = name
    x0 = 14; gw = 9
    def colhdr():
        pdf.set_font(pdf.F, "", 7.5); pdf.set_fill_color(232, 232, 232); pdf.set_draw_color(190, 190, 190)
        pdf.set_x(x0); pdf.cell(gw, 4.6, "", border=1, fill=True)
        for j, w in enumerate(widths):
            pdf.cell(w, 4.6, COLS[j], border=1, align="C", fill=True)
        pdf.ln(4.6)
    colhdr()
    for k, row in enumerate(rows):
        if pdf.get_y() + rh > pdf.h - 16:
            pdf.add_page(); colhdr()
        n = start_row + k
        pdf.set_x(x0); pdf.set_font(pdf.F, "", 7.5); pdf.set_fill_color(232, 232, 232)
        pdf.cell(gw, rh, str(n), border=1, align="C", fill=True)
        for j, w in enumerate(widths):
            c = row[j] if j < len(row) else ""
            txt, al, b = (c, "L", False) if isinstance(c, str) else (c[0], c[1], c[2] if len(c) > 2 else False)
            pdf.set_font(pdf.F, "B" if b else "", size)
            pdf.cell(w, rh, txt, border=1, align=al)
        pdf.ln(rh)

def build(spec):
    t, r = spec["t"], spec["r"]
    def ftr(p):
        p.set_y(-10); p.set_font(p.F, "", 7); p.set_text_color(90, 90, 90)
        p.cell(0, 4, f"{r['file']}    [{p.sheet_name}]    Page {p.page_no()}", align="C"); p.set_text_color(0, 0, 0)
    pdf = Doc(orientation="L", ftr=ftr); pdf.set_margins(14, 10, 14); pdf.set_auto_page_break(False)
    for name, widths, rows in r["sheets"]:
        sheet(pdf, name, widths, rows, size=r.get("size", 8))
    return pdf

R_ = lambda x: (x, "R")
B_ = lambda x: (x, "L", True)
BR = lambda x: (x, "R", True)

def specs():
    S = []
    # 1 -----------------------------------------------------------------------
    cur = "USD"; f = lambda x: num(x, cur)
    lines = [L("Asset Management Cloud", 1, "28500.00", "year", cur, sku="GL-ASSET", periods=3),
             L("Mobile Work Orders", 35, "420.00", "year", cur, sku="GL-MOBILE", periods=3),
             L("GIS Connector", 1, "6000.00", "year", cur, sku="GL-GIS", disc=15, periods=3),
             L("Implementation Services", 1, "16000.00", "one_time", cur, sku="GL-IMPL")]
    W = (34, 58, 16, 26, 20, 26, 26, 30, 30)
    rows = [[B_("GRIDLINE SOFTWARE INC. - ORDER FORM")], [],
            ["Order #", "GS-2026-Q118", "", "", "", "Currency", "USD"],
            ["Vendor", "Gridline Software Inc.", "", "", "", "Order Date", R_("6/12/2026")],
            ["Customer", "Redwood Valley Water District", "", "", "", "Start Date", R_("7/1/2026")],
            ["Bill-To Email", "finance@redwoodvalleywater.example", "", "", "", "End Date", R_("6/30/2029")],
            ["PO Required", "Yes", "", "", "", "Term (months)", R_("36")],
            ["PO Number", "RVWD-26-0412", "", "", "", "Payment Terms", "Net 30"],
            ["Billing", "Annual, in advance", "", "", "", "Auto-Renew", "No"], [],
            [B_("SKU"), B_("Description"), BR("Qty"), BR("Unit Price"), BR("Discount"), BR("Net Unit"), B_("Charge"), BR("Annual / One-time"), BR("Term Total")]]
    for l in lines:
        nu = l["price"] * (D(100) - D(str(l["disc"] or 0))) / D(100)
        rows.append([l["sku"], l["desc"], R_(intfmt(l["qty"])), R_(f(l["price"])), R_(f"{l['disc']}%" if l["disc"] else ""), R_(f(nu)),
                     "Recurring" if l["period"] == "year" else "One-time", R_(f(l["net"])), R_(f(l["net"] * l["periods"]))])
    rows += [[], ["", B_("Annual recurring"), "", "", "", "", "", BR(f(48300)), ""], ["", B_("One-time"), "", "", "", "", "", BR(f(16000)), ""],
             ["", B_("TOTAL CONTRACT VALUE (36 mo)"), "", "", "", "", "", "", BR(f(160900))], [],
             ["Notes", "Prices per year. Fees invoiced annually in advance on 7/1 each year; implementation invoiced on start date."],
             ["", "Invoices must show the PO number RVWD-26-0412. Subscription ends 6/30/2029; no automatic renewal."],
             ["", "Governed by the Gridline Master Subscription Agreement signed 3/2/2024."], [],
             ["Customer sign", "Alan Mercer, General Manager", "", "", "", "Date", R_("6/12/2026")],
             ["Vendor sign", "Beth Ocampo, Sales Director", "", "", "", "Date", R_("6/11/2026")]]
    S.append(dict(t=dict(customer_legal_name="Redwood Valley Water District", vendor_legal_name="Gridline Software Inc.", order_form_number="GS-2026-Q118",
        billing_contact_email="finance@redwoodvalleywater.example", currency=cur, effective_date="2026-06-12", service_start_date="2026-07-01", service_end_date="2029-06-30",
        term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="RVWD-26-0412",
        total_contract_value="160900.00"),
        lines=lines, r=dict(file="GS-2026-Q118 Redwood Valley.xlsx", sheets=[("Order", W, rows)]),
        deal_id="006-BI0901",
        desc="Order form that is a spreadsheet printed to PDF (landscape, column letters A-I, row numbers, gridlines, sheet tab name in the footer): labels in column A with values in B, a second label/value pair in F/G, bare numbers without currency symbols and US m/d/yyyy dates. Asset Management Cloud 28,500.00; Mobile Work Orders 35 x 420.00 = 14,700.00; GIS Connector 6,000.00 less 15% = 5,100.00 (all per year, column H, with term totals x3 in column I); Implementation Services 16,000.00 one-time. Annual 48,300.00; stated TCV 160,900.00 = 3 x 48,300 + 16,000 for 7/1/2026-6/30/2029 (36 months). Annual in advance, net 30, PO RVWD-26-0412 required, no auto-renew. Order Date 6/12/2026 = effective date.",
        tags=["spreadsheet", "gridlines", "landscape", "bare-numbers", "us-slash-dates", "discount", "multi-year", "po-required", "no-auto-renew"]))
    # 2 -----------------------------------------------------------------------
    cur = "EUR"; f = lambda x: num(x, cur)
    lines = [L("Warehouse Insights", 1, "1950.00", "month", cur, sku="WI-BASE", periods=12),
             L("Scanner Licences", 60, "12.00", "month", cur, sku="WI-SCAN", periods=12),
             L("Setup", 1, "3500.00", "one_time", cur, sku="WI-SETUP")]
    W = (40, 62, 18, 30, 32, 34, 34)
    rows = [[B_("Order Summary"), "", "", "", "", "", ""], [],
            ["Order ref", "TD-ORD-2026-031"], ["Supplier", "Tabulon Data GmbH"], ["Customer", "Nordhafen Logistics GmbH"],
            ["Invoice e-mail", "rechnungen@nordhafen-logistics.example"], ["Currency", "EUR"], ["Order date", R_("2026-02-16")], ["Service start", R_("2026-03-01")],
            ["Service end", R_("2027-02-28")], ["Term", "12 months"], ["Invoicing", "monthly in advance"], ["Payment", "14 days"],
            ["Renewal", "auto-renews for 12 months unless cancelled 30 days before end"], [],
            [B_("Item code"), B_("Item"), BR("Qty"), BR("Price"), B_("Per"), BR("Line total"), BR("12-month total")]]
    for l in lines:
        per = "month" if l["period"] == "month" else "once"
        rows.append([l["sku"], l["desc"], R_(intfmt(l["qty"])), R_(f(l["price"])), per, R_(f(l["net"])), R_(f(l["net"] * l["periods"]))])
    rows += [[], ["", B_("Monthly total"), "", "", "", BR(f(2670)), ""], ["", B_("Contract total (12 months)"), "", "", "", "", BR(f(35540))], [],
             ["Signed (customer)", "Katrin Vogt, Head of Operations", "", "", "", R_("2026-02-16")], ["Signed (supplier)", "Ole Brandt, Account Executive", "", "", "", R_("2026-02-13")]]
    S.append(dict(t=dict(customer_legal_name="Nordhafen Logistics GmbH", vendor_legal_name="Tabulon Data GmbH", order_form_number="TD-ORD-2026-031",
        billing_contact_email="rechnungen@nordhafen-logistics.example", currency=cur, effective_date="2026-02-16", service_start_date="2026-03-01", service_end_date="2027-02-28",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=14, billing_frequency="monthly", billing_timing="advance",
        total_contract_value="35540.00"),
        lines=lines, r=dict(file="Nordhafen_order_v4.xlsx", sheets=[("Summary", W, rows)]),
        deal_id="006-BI0902",
        desc="Spreadsheet order printed to PDF with ISO dates and bare numbers (currency only in a 'Currency' cell). Warehouse Insights 1,950.00 per month; Scanner Licences 60 x 12.00 = 720.00 per month; Setup 3,500.00 once. Monthly total 2,670.00; stated contract total 35,540.00 = 12 x 2,670 + 3,500 for 2026-03-01 - 2027-02-28. Monthly in advance, 14 days, auto-renews 12 months unless cancelled 30 days before the end. Order date 2026-02-16 = effective date.",
        tags=["spreadsheet", "gridlines", "landscape", "bare-numbers", "iso-dates", "monthly-prices", "auto-renew"]))
    # 3 -----------------------------------------------------------------------
    cur = "GBP"; f = lambda x: num(x, cur)
    lines = [L("Platform fee", 1, "2000.00", "month", cur, sku="DOCX-PLT", periods=12),
             L("Premium support", 1, "3000.00", "year", cur, sku="DOCX-SUP")]
    u = usage("Documents processed", "document", "10000", "month", "per_unit", [(None, "0.08")], "quarterly", "arrears")
    W = (40, 62, 22, 28, 30, 34, 38)
    rows1 = [[B_("Docexa Ltd - Commercial Terms"), "", "", "", "", ""], [],
             ["Customer", "Whitcombe & Hale LLP"], ["Supplier", "Docexa Ltd"], ["Reference", "DX-2026-0077"], ["Billing contact", "accounts@whitcombehale.example"],
             ["Currency", "GBP"], ["Order date", R_("18-Mar-2026")], ["Start", R_("01-Apr-2026")], ["End", R_("31-Mar-2027")], ["Term", "12 months"],
             ["Fixed fees billed", "quarterly in advance"], ["Usage billed", "quarterly in arrears"], ["Payment terms", "30 days"],
             ["Renewal", "automatic, 12 months; 60 days' notice to cancel"], [],
             [B_("Code"), B_("Fixed fee"), BR("Qty"), BR("Price"), B_("Price basis"), BR("Line amount"), BR("12-month amount")]]
    for l in lines:
        rows1.append([l["sku"], l["desc"], R_(intfmt(l["qty"])), R_(f(l["price"])), "per month" if l["period"] == "month" else "per year", R_(f(l["net"])),
                      R_(f(l["net"] * (12 if l["period"] == "month" else 1)))])
    rows1 += [[], ["", B_("Total contract value"), "", "", "", "", BR(f(27000))]]
    rows2 = [[B_("Rate card"), "", "", "", "", "", ""], [],
             [B_("Metric"), B_("Unit"), BR("Included"), B_("Per"), BR("Overage rate"), B_("Billing")],
             ["Documents processed", "document", R_("10,000"), "month", R_(f("0.08")), "quarterly, arrears"], [],
             ["Note", "Included documents reset each calendar month and do not roll over."],
             ["", "Overage = documents above 10,000 in a month x 0.08, summed per quarter."]]
    S.append(dict(t=dict(customer_legal_name="Whitcombe & Hale LLP", vendor_legal_name="Docexa Ltd", order_form_number="DX-2026-0077",
        billing_contact_email="accounts@whitcombehale.example", currency=cur, effective_date="2026-03-18", service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        total_contract_value="27000.00", usage_rules=[u]),
        lines=lines, r=dict(file="Docexa - Whitcombe Hale - terms.xlsx", sheets=[("Terms", W, rows1), ("Rate card", W, rows2)]),
        deal_id="006-BI0903",
        desc="Two-sheet spreadsheet printout ('Terms' then 'Rate card', each a page with its own column letters), dd-Mon-yyyy dates, bare numbers. Fixed: Platform fee 2,000.00 per month (line amount 2,000.00; the 12-month column shows 24,000.00) and Premium support 3,000.00 per year. Stated total contract value 27,000.00 = 12 x 2,000 + 3,000 for 01-Apr-2026 - 31-Mar-2027. Usage on the second sheet: Documents processed, 10,000 included per month, 0.08 per extra document, quarterly in arrears. Fixed fees quarterly in advance, 30 days, auto-renews 12 months with 60 days' notice.",
        tags=["spreadsheet", "gridlines", "landscape", "bare-numbers", "multi-sheet", "usage", "quarterly-billing", "auto-renew"]))
    # 4 -----------------------------------------------------------------------
    cur = "USD"; f = lambda x: num(x, cur)
    lines = [L("Core Platform", 1, "24000.00", "year", cur, sku="CP-100", periods=2),
             L("Admin Users", 10, "600.00", "year", cur, sku="USR-ADM", periods=2),
             L("Standard Users", 250, "180.00", "year", cur, sku="USR-STD", disc=10, periods=2),
             L("Light Users", 400, "60.00", "year", cur, sku="USR-LT", disc=10, periods=2),
             L("API Access Tier 2", 1, "9000.00", "year", cur, sku="API-T2", periods=2),
             L("Sandbox", 2, "2500.00", "year", cur, sku="ENV-SBX", periods=2),
             L("SSO & SCIM", 1, "3000.00", "year", cur, sku="SEC-SSO", periods=2),
             L("Audit Log Retention (7 yr)", 1, "4200.00", "year", cur, sku="SEC-AUD7", periods=2),
             L("Premier Support", 1, "12000.00", "year", cur, sku="SUP-PREM", periods=2),
             L("Onboarding Services", 1, "20000.00", "one_time", cur, sku="PS-ONB"),
             L("Data Migration", 1, "8500.00", "one_time", cur, sku="PS-MIG")]
    W = (36, 64, 20, 28, 22, 30, 30, 38)
    rows1 = [[B_("DEAL SUMMARY"), "", "", "", "", "", "", ""], [],
             ["Account", "Lakeshore Mutual Insurance Company"], ["Vendor", "Corvid Workflow, Inc."], ["Quote / Order #", "CW-26-4410"],
             ["AP contact", "ap-invoices@lakeshoremutual.example"], ["Currency", "USD"], ["Order date", R_("9/3/2026")], ["Start date", R_("9/15/2026")],
             ["End date", R_("9/14/2028")], ["Term (months)", R_("24")], ["Billing frequency", "Semi-Annual"], ["Billing timing", "In Advance"],
             ["Payment terms", "Net 60"], ["Auto-renew", "Yes - 12 months"], ["Non-renewal notice", "60 days"], [],
             [B_("Totals (from Line Items sheet)")], ["Annual recurring", R_(f(125300))], ["One-time", R_(f(28500))], [B_("Total contract value"), BR(f(279100))], [],
             ["Signature (customer)", "Renee Castillo, CIO", "", "", "Date", R_("9/3/2026")], ["Signature (vendor)", "Marcus Hill, RVP Sales", "", "", "Date", R_("9/2/2026")]]
    rows2 = [[B_("LINE ITEMS"), "", "", "", "", "", "", ""], [],
             [B_("SKU"), B_("Product"), BR("Qty"), BR("List Price"), BR("Disc."), BR("Net Amount"), B_("Type"), BR("24-mo Total")]]
    for l in lines:
        rows2.append([l["sku"], l["desc"], R_(intfmt(l["qty"])), R_(f(l["price"])), R_(f"{l['disc']}%" if l["disc"] else ""),
                      R_(f(l["net"])), "Subscription" if l["period"] == "year" else "One-time", R_(f(l["net"] * l["periods"]))])
    rows2 += [[], ["", B_("Subscriptions per year"), "", "", "", BR(f(125300)), "", ""], ["", B_("Total (24 months)"), "", "", "", "", "", BR(f(279100))], [],
              ["Note", "List Price and Net Amount are per year for subscriptions; one-time items are charged once."]]
    S.append(dict(t=dict(customer_legal_name="Lakeshore Mutual Insurance Company", vendor_legal_name="Corvid Workflow, Inc.", order_form_number="CW-26-4410",
        billing_contact_email="ap-invoices@lakeshoremutual.example", currency=cur, effective_date="2026-09-03", service_start_date="2026-09-15", service_end_date="2028-09-14",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=60, billing_frequency="semiannual", billing_timing="advance",
        total_contract_value="279100.00"),
        lines=lines, r=dict(file="Lakeshore Mutual - CW-26-4410.xlsx", sheets=[("Summary", W, rows1), ("Line Items", W, rows2)]),
        deal_id="006-BI0904",
        desc="Two-sheet spreadsheet printout: 'Summary' (terms and totals) then 'Line Items' (11 rows). Per year: Core Platform 24,000.00; Admin Users 10 x 600.00 = 6,000.00; Standard Users 250 x 180.00 = 45,000 less 10% = 40,500.00; Light Users 400 x 60.00 = 24,000 less 10% = 21,600.00; API Access Tier 2 9,000.00; Sandbox 2 x 2,500.00 = 5,000.00; SSO & SCIM 3,000.00; Audit Log Retention (7 yr) 4,200.00; Premier Support 12,000.00 (annual 125,300.00; 'Net Amount' column = per-year net). One-time: Onboarding Services 20,000.00 and Data Migration 8,500.00. Stated TCV 279,100.00 = 2 x 125,300 + 28,500 for 9/15/2026-9/14/2028. Semi-annual in advance, net 60, auto-renews 12 months, 60 days' notice.",
        tags=["spreadsheet", "gridlines", "landscape", "bare-numbers", "multi-sheet", "discount", "us-slash-dates", "semiannual-billing", "auto-renew"]))
    return S
