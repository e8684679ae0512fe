from common import *

LAY = "dual-currency-reference"

PER = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}

def build(spec):
    t, r = spec["t"], spec["r"]
    cur, ref, rate = t["currency"], r["ref"], D(r["rate"])
    inv = r.get("inverse", False)
    conv = (lambda x: qz(D(x) / rate, ref)) if inv else (lambda x: qz(D(x) * rate, ref))
    a = lambda x: f"{cur} {num(x, cur)}"; b = lambda x: f"{ref} {num(conv(x), ref)}"
    def ftr(p):
        p.set_y(-11); p.set_font("Helvetica", "", 7); p.cell(0, 4, f"{t['order_form_number']} - {p.page_no()} of {{nb}}", align="R")
    pdf = Doc(ftr=ftr); pdf.set_margins(16, 15, 16); pdf.add_page()
    pdf.set_font("Helvetica", "B", 16); pdf.cell(120, 8, t["vendor_legal_name"])
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 8, r["doc"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.3); pdf.cell(0, 4.3, r["vaddr"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
    kv(pdf, r["head"], lw=46, size=9, h=5); pdf.ln(3)
    pdf.set_fill_color(255, 246, 220); pdf.set_font("Helvetica", "B", 8.8)
    pdf.multi_cell(0, 4.6, r["curnote"], border=1, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
    if r.get("ref_first"):
        rows = [["Item", "Qty", f"Reference unit price ({ref})", f"Unit price ({cur})", "Period", f"Amount ({cur})"]]
        for l in spec["lines"]:
            rows.append([l["desc"] + (f"\n{l['note']}" if l["note"] else ""), intfmt(l["qty"]), b(l["price"]), a(l["price"]), PER[l["period"]], a(l["net"])])
        widths = (50, 12, 30, 30, 20, 35.9)
    else:
        rows = [["Item", "Qty", f"Unit price ({cur})", "Period", f"Amount ({cur})", f"Reference only ({ref})"]]
        for l in spec["lines"]:
            rows.append([l["desc"] + (f"\n{l['note']}" if l["note"] else ""), intfmt(l["qty"]), a(l["price"]), PER[l["period"]], a(l["net"]), b(l["net"])])
        widths = (50, 12, 30, 20, 35, 30.9)
    for lab, amt in r["totals"]:
        rows.append([lab, "", "", ""] + (["", a(amt)] if r.get("ref_first") else [a(amt), b(amt)]))
    grid(pdf, widths, rows, size=8.1, aligns=("LEFT", "RIGHT", "RIGHT", "LEFT" if not r.get("ref_first") else "RIGHT", "RIGHT", "RIGHT"), bold_last=len(r["totals"]))
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Commercial terms", new_x="LMARGIN", new_y="NEXT")
    for i, c in enumerate(r["terms"], 1):
        pdf.para(f"{i}. {c}", size=8.8, h=4.4); pdf.ln(0.6)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "General", new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, size=8.1, pick=[1, 2, 3, 4, 5, 8, 10])
    pdf.ln(4)
    if pdf.get_y() > 238: pdf.add_page()
    y = pdf.get_y(); pdf.set_font("Helvetica", "", 8.8)
    for i, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(16 + i * 92, y)
        pdf.multi_cell(86, 4.6, f"Accepted for {who}\n\nSignature: _________________________\n{nm}\nDate:", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    cur = "EUR"
    lines = [L("Catch Traceability Platform", 1, "42000.00", "year", cur),
             L("Vessel Connector", 14, "900.00", "year", cur)]
    S.append(dict(t=dict(customer_legal_name="Fjordline Seafood AS", vendor_legal_name="Tidewater Analytics Limited", order_form_number="TA-Q-2026-0147",
        billing_contact_email="faktura@fjordlineseafood.example", currency=cur, effective_date="2026-04-03", service_start_date="2026-05-01", service_end_date="2027-04-30",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="54600.00"),
        lines=lines, r=dict(ref="NOK", rate="11.52", doc="ORDER FORM", vaddr="Harbour Point, Ringaskiddy, Co. Cork, P43 X920, Ireland",
        head=[("Order number", "TA-Q-2026-0147"), ("Date", "3 April 2026"), ("Customer", "Fjordline Seafood AS, Strandkaien 22, 5013 Bergen, Norway"),
              ("Invoices to", "faktura@fjordlineseafood.example"), ("Service period", "1 May 2026 - 30 April 2027 (12 months)")],
        curnote="Billing currency: EUR. All fees are agreed, invoiced and payable in euro. The NOK column is for the Customer's budgeting only, at an indicative rate of 1 EUR = 11.52 NOK on the date of this order; it has no contractual effect and is not updated.",
        totals=[("Annual fees", 54600), ("Total contract value (12 months)", 54600)],
        terms=["Fees are invoiced annually in advance on 1 May 2026.", "Payment is due 30 days from the invoice date, by transfer to the Supplier's EUR account.",
               "The subscription renews for successive 12-month periods unless either party gives written notice at least 60 days before the end of the current period."],
        sigs=[("Fjordline Seafood AS", "Ingrid Solberg, CFO"), ("Tidewater Analytics Limited", "Conor Walsh, Sales Director")]),
        deal_id="006-BH1001",
        desc="Irish supplier's order to a Norwegian customer, billed in EUR with a 'Reference only (NOK)' column at an indicative 11.52 NOK per EUR that has no contractual effect (currency EUR; NOK figures such as NOK 628,992.00 are not terms). Catch Traceability Platform EUR 42,000.00 per year; Vessel Connector 14 x EUR 900.00 = EUR 12,600.00 per year; annual fees and stated total contract value (12 months) EUR 54,600.00 = 42,000 + 12,600. 1 May 2026 - 30 April 2027, annual in advance, 30 days, renews 12 months unless 60 days' notice.",
        tags=["dual-currency", "reference-currency", "eur", "nok", "auto-renew", "uk-dates"]))
    cur = "USD"
    lines = [L("Plant Maintenance Cloud", 60, "45.00", "month", cur, periods=24),
             L("IoT Gateway License", 8, "75.00", "month", cur, periods=24)]
    S.append(dict(t=dict(customer_legal_name="Grupo Industrial Monterrey Norte, S.A. de C.V.", vendor_legal_name="Sierra Ledger Corp.", order_form_number="SLC-MX-2026-041",
        billing_contact_email="cuentasporpagar@gimnorte.example", currency=cur, effective_date="2026-06-10", service_start_date="2026-07-01", service_end_date="2028-06-30",
        term_months=24, auto_renew=False, payment_terms_days=45, billing_frequency="quarterly", billing_timing="advance", total_contract_value="79200.00"),
        lines=lines, r=dict(ref="MXN", rate="17.20", doc="ORDER FORM", vaddr="2100 Ross Avenue, Suite 2800, Dallas, TX 75201, USA",
        head=[("Order number", "SLC-MX-2026-041"), ("Date", "10/06/2026"), ("Customer", "Grupo Industrial Monterrey Norte, S.A. de C.V., Av. Constitucion 400, Monterrey, N.L. 64000, Mexico"),
              ("Invoices to", "cuentasporpagar@gimnorte.example"), ("Term", "01/07/2026 - 30/06/2028 (24 months)")],
        curnote="Contract currency: USD. Invoices are issued and payable in U.S. dollars. MXN amounts are shown for reference only, converted at 17.20 MXN per USD; exchange differences are for the Customer's account.",
        totals=[("Monthly fees", 3300), ("Total contract value (24 months)", 79200)],
        terms=["Fees are invoiced quarterly in advance, three months per invoice.", "Payment terms: net 45 days from invoice date.",
               "This order ends on 30/06/2028 and does not renew automatically."],
        sigs=[("Grupo Industrial Monterrey Norte, S.A. de C.V.", "Lic. Fernanda Garza, Directora de Finanzas"), ("Sierra Ledger Corp.", "Michael Torres, VP Latin America")]),
        deal_id="006-BH1002",
        desc="US supplier's order to a Mexican customer in USD with an MXN reference column at 17.20 MXN per USD (reference only; currency USD). Dates dd/mm/yyyy. Plant Maintenance Cloud 60 users x USD 45.00 = USD 2,700.00 per month; IoT Gateway License 8 x USD 75.00 = USD 600.00 per month; monthly fees USD 3,300.00; stated total contract value (24 months) USD 79,200.00 = 3,300 x 24 (MXN 1,362,240.00 is the reference figure). Quarterly in advance, Net 45, no automatic renewal.",
        tags=["dual-currency", "reference-currency", "usd", "mxn", "dmy-dates", "monthly-price", "quarterly-billing", "no-auto-renew"]))
    cur = "GBP"
    lines = [L("Clinical Trial Data Hub", 1, "64000.00", "year", cur),
             L("Site Licences", 25, "1100.00", "year", cur, disc=10, note="less 10% discount"),
             L("Validation Package", 1, "12000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Rhinebridge Pharma GmbH", vendor_legal_name="Oxbow Clinical Systems Ltd", order_form_number="OCS-2026-552",
        billing_contact_email="ap.rhinebridge@rhinebridgepharma.example", currency=cur, effective_date="2026-07-20", service_start_date="2026-08-01", service_end_date="2027-07-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        po_required=True, po_number="PO-EU-55120", total_contract_value="100750.00"),
        lines=lines, r=dict(ref="EUR", rate="1.165", doc="ORDER FORM", vaddr="The Magdalen Centre, Oxford Science Park, Oxford OX4 4GA, United Kingdom",
        head=[("Order number", "OCS-2026-552"), ("Date", "20 July 2026"), ("Customer", "Rhinebridge Pharma GmbH, Rheinallee 90, 40545 Dusseldorf, Germany"),
              ("Invoices to", "ap.rhinebridge@rhinebridgepharma.example"), ("Customer PO", "PO-EU-55120 (to be quoted on every invoice)"), ("Subscription term", "1 August 2026 - 31 July 2027 (12 months)")],
        curnote="Invoicing currency: GBP (pounds sterling). The EUR column converts each GBP amount at 1 GBP = 1.165 EUR for the Customer's internal approval only. The Customer bears any exchange difference; invoices are not re-stated in EUR.",
        totals=[("Total contract value (12 months)", 100750)],
        terms=["Annual fees and the Validation Package are invoiced in advance on 1 August 2026; renewal fees annually in advance.",
               "Payment is due within 30 days of invoice. Invoices must quote the Customer's purchase order PO-EU-55120.",
               "The subscription renews automatically for further 12-month terms unless either party gives at least 90 days' notice before expiry."],
        sigs=[("Rhinebridge Pharma GmbH", "Dr. Katrin Vogel, Head of Clinical Operations"), ("Oxbow Clinical Systems Ltd", "James Whitfield, Commercial Director")]),
        deal_id="006-BH1003",
        desc="UK supplier's order to a German customer in GBP with an EUR conversion column at 1.165 (approval only; currency GBP). Clinical Trial Data Hub GBP 64,000.00 per year; Site Licences 25 x GBP 1,100.00 = 27,500.00 less 10% = GBP 24,750.00 per year; Validation Package GBP 12,000.00 one-time; stated total contract value (12 months) GBP 100,750.00 = 64,000 + 24,750 + 12,000 (EUR 117,373.75 is the reference). Annual in advance, 30 days, PO PO-EU-55120 required, auto-renews 12 months with 90 days' notice.",
        tags=["dual-currency", "reference-currency", "gbp", "eur-reference", "discount", "po-required", "auto-renew", "one-time-fee"]))
    cur = "HKD"
    lines = [L("Freight Booking Portal", 1, "312000.00", "year", cur, periods=3),
             L("Customs Filing Module", 1, "78000.00", "year", cur, periods=3)]
    S.append(dict(t=dict(customer_legal_name="Kowloon Bay Freight Company Limited", vendor_legal_name="Victoria Harbour Software Limited", order_form_number="VHS-26-1031",
        billing_contact_email="accounts@kbfreight.example", currency=cur, effective_date="2026-10-19", service_start_date="2026-11-01", service_end_date="2029-10-31",
        term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", total_contract_value="1170000.00"),
        lines=lines, r=dict(ref="USD", rate="7.80", inverse=True, ref_first=True, doc="SUBSCRIPTION ORDER", vaddr="18/F, One Island East, 18 Westlands Road, Quarry Bay, Hong Kong",
        head=[("Order number", "VHS-26-1031"), ("Date", "2026-10-19"), ("Customer", "Kowloon Bay Freight Company Limited, 9 Sheung Yuet Road, Kowloon Bay, Hong Kong"),
              ("Invoices to", "accounts@kbfreight.example"), ("Term", "36 months, 2026-11-01 to 2029-10-31")],
        curnote="Invoice currency: HKD. Prices were quoted in USD and have been fixed in Hong Kong dollars at HKD 7.80 per USD for the whole term. Invoices are issued and payable in HKD only; the USD reference prices have no further effect.",
        totals=[("Annual fees", 390000), ("Total contract value (36 months)", 1170000)],
        terms=["Annual fees (HKD 390,000.00) are invoiced annually in advance on 1 November each year.", "Payment terms: 30 days from invoice date.",
               "The order expires at the end of the term and does not renew automatically."],
        sigs=[("Kowloon Bay Freight Company Limited", "Wong Ka Lok, Finance Director"), ("Victoria Harbour Software Limited", "Alice Cheung, Regional Sales Manager")]),
        deal_id="006-BH1004",
        desc="Hong Kong order whose table shows USD reference unit prices FIRST and the fixed HKD prices after them; the currency note says invoices are in HKD only (rate HKD 7.80 per USD), so currency is HKD and USD 40,000.00 / 10,000.00 are not the prices. Freight Booking Portal HKD 312,000.00 per year; Customs Filing Module HKD 78,000.00 per year; annual fees HKD 390,000.00; stated total contract value (36 months) HKD 1,170,000.00 = 390,000 x 3. ISO dates, 2026-11-01..2029-10-31, annual in advance, 30 days, no automatic renewal.",
        tags=["dual-currency", "reference-currency", "hkd", "usd-reference-first", "iso-dates", "multi-year", "no-auto-renew"]))
    return S
