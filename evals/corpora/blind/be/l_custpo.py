from common import *

COND = [
    "The Supplier shall supply the services described above in accordance with this Purchase Order and any agreement "
    "referred to in it. In case of conflict, the special conditions printed on the face of this order prevail.",
    "Prices are fixed for the period stated and include all expenses unless expressly listed as a separate item.",
    "The Purchaser may reject invoices that are incorrect, incomplete or do not reference this order.",
    "The Supplier shall maintain adequate insurance and comply with the Purchaser's information security requirements.",
    "The Supplier shall not assign or subcontract this order without the Purchaser's prior written consent.",
    "This order is governed by the law of the Purchaser's place of business.",
]


def render(path, f):
    x = f["x"]
    pdf = new_pdf(margins=16)
    pdf.add_page()
    # customer letterhead
    pdf.set_draw_color(*x["col"])
    pdf.set_line_width(1.2)
    pdf.line(16, 37, 194, 37)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0)
    pdf.set_xy(16, 10)
    pdf.set_font("Times", "B", 18)
    pdf.set_text_color(*x["col"])
    pdf.cell(120, 9, lat(x["lh_name"]))
    pdf.set_text_color(0)
    pdf.set_xy(16, 19)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.multi_cell(120, 3.6, lat(x["lh_addr"]))
    pdf.set_xy(128, 10)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(66, 7, lat(x["potitle"]), align="R")
    pdf.set_xy(128, 18)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(66, 4.2, lat(x["pohead"]), align="R")
    pdf.set_y(41)
    y = pdf.get_y()
    for i, (h, b) in enumerate(x["blocks"]):
        bx = 16 + i * 60
        pdf.set_xy(bx, y)
        pdf.set_font("Helvetica", "B", 8)
        pdf.cell(57, 5, lat(h), border="B")
        pdf.set_xy(bx, y + 6)
        pdf.set_font("Helvetica", "", 8)
        pdf.multi_cell(57, 3.9, lat(b))
    pdf.set_y(y + 32)
    for k, v in x["kv"]:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(48, 5, lat(k))
        pdf.set_font("Helvetica", "", 8.5)
        pdf.multi_cell(130, 5, lat(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    W, A = x["widths"], x["aligns"]

    def head(p):
        p.set_fill_color(225, 225, 225)
        row(p, x["hdr"], W, A, style="B", fill=True, size=8)
    head(pdf)
    for r in x["rows"]:
        row(pdf, r, W, A, size=8.3, on_break=head)
    for lab, val in x["totals"]:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(sum(W[:-1]), 6, lat(lab), border=1, align="R")
        pdf.cell(W[-1], 6, lat(val), border=1, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, lat(x["spec_title"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i, s in enumerate(x["special"], 1):
        txt(pdf, f"({chr(96+i)}) {s}", size=8.3, h=4.1)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(0, 5, lat(x["cond_title"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i, s in enumerate(COND, 1):
        txt(pdf, f"{i}. {s}", size=7, h=3.3)
    pdf.ln(5)
    if pdf.get_y() > 245:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(16, y)
    pdf.multi_cell(85, 5, lat(x["sig_c"]))
    pdf.set_xy(108, y)
    pdf.multi_cell(86, 5, lat(x["sig_v"]))
    pdf.output(path)


def forms():
    F = []
    # 01 City, USD
    L = [line("Permit Portal Subscription", 1, "24000.00", "year", show_net=True),
         line("Inspector Mobile Licences", 35, "360.00", "year", disc=10, show_net=True),
         line("Data Migration", 1, "8000.00", "one_time", show_net=True)]
    f = form(customer="City of Harlow Creek", vendor="Parkway Permitting Solutions, Inc.", order_no="26-004417",
             email="accountspayable@harlowcreek.example", currency="USD", effective="2026-06-05", start="2026-07-01",
             end="2027-06-30", pay=30, freq="annual", timing="advance", po_req=True, po_num="26-004417", lines=L, tcv_stated=True,
             nonstd=["City may cancel the order without liability if the City Council does not appropriate funds"],
             derived={"term_months": {"value": 12, "rule": "2026-07-01 to 2027-06-30"}},
             tags=["customer-paper-po", "unusual-headers", "rebate-column", "party-without-suffix", "po-required", "non-appropriation"],
             desc="Purchase order issued BY the customer (City of Harlow Creek letterhead) to the vendor. Columns 'Component / "
                  "Volume / Unit Rate / Rebate / Line Total'; 'Rebate' is the discount. Inspector licences 35 x 360.00 less 10% = "
                  "11,340.00; Permit Portal 24,000.00; Data Migration 8,000.00 one-time; PO total 43,340.00 = whole 12-month "
                  "service period, so TCV. The period is written 'from July 1, 2026 to June 30, 2027' with no month count, so "
                  "term_months null (derived 12). The PO number is both the document's own number and the po_number. The PO is "
                  "silent on renewal (auto_renew null).")
    f["x"] = dict(col=(20, 70, 40), lh_name="City of Harlow Creek",
                  lh_addr="Department of Finance - Purchasing Division\n301 Civic Center Plaza, Harlow Creek, CO 80521\nTel (970) 555-0142",
                  potitle="PURCHASE ORDER", pohead="PO Number: 26-004417\nPO Date: June 5, 2026\nBuyer: R. Castellanos\nPage 1 of 1",
                  blocks=[("VENDOR", "Parkway Permitting Solutions, Inc.\n5100 Pearl Parkway, Suite 210\nBoulder, CO 80301\nVendor No. V-18820"),
                          ("SHIP / DELIVER TO", "Community Development Dept.\n301 Civic Center Plaza\nHarlow Creek, CO 80521"),
                          ("INVOICE TO", "City of Harlow Creek\nAccounts Payable\naccountspayable@harlowcreek.example")],
                  kv=[("Effective Date", "June 5, 2026"),
                      ("Service Period", "from July 1, 2026 to June 30, 2027"),
                      ("Payment Terms", "Net 30 days after receipt of correct invoice"),
                      ("Invoicing", "Annual subscription invoiced in advance at the start of the service period; migration on completion")],
                  hdr=["#", "Component", "Volume", "Unit Rate", "Rebate", "Line Total"], widths=[8, 74, 18, 26, 18, 34],
                  aligns=["C", "L", "R", "R", "R", "R"],
                  rows=[["1", "Permit Portal Subscription - annual, hosted, unlimited public users", "1", "24,000.00", "-", "24,000.00"],
                        ["2", "Inspector Mobile Licences - annual, per named inspector", "35", "360.00", "10%", "11,340.00"],
                        ["3", "Data Migration - one-time conversion of legacy permit records (2009-2026)", "1", "8,000.00", "-", "8,000.00"]],
                  totals=[("PO TOTAL (USD)", "$43,340.00")], spec_title="Special Terms",
                  special=["All invoices MUST show PO number 26-004417. Invoices without a valid PO number will be returned unpaid.",
                           "Funding for this order is subject to annual appropriation by the City Council. If funds are not appropriated, "
                           "the City may cancel this order without liability for fees relating to unfunded periods.",
                           "The City is exempt from sales tax; exemption certificate on file."],
                  cond_title="STANDARD CONDITIONS OF PURCHASE",
                  sig_c="Authorized by the City:\n/s/ Rosa Castellanos\nRosa Castellanos, Purchasing Manager\nJune 5, 2026",
                  sig_v="Vendor acknowledgement:\n/s/ Neil Ferraro\nNeil Ferraro, Contracts Manager\nParkway Permitting Solutions, Inc.\nJune 8, 2026")
    F.append(f)
    # 02 German utility, EUR
    L = [line("Grid Monitoring Platform", 1, "36000.00", "year", show_net=True),
         line("Sensor Data Feed", 200, "90.00", "year", show_net=True),
         line("Training (on-site days)", 2, "1400.00", "one_time", show_net=True)]
    f = form(customer="Stadtwerke Ostheide GmbH", vendor="Lumen Grid Analytics B.V.", order_no="4500392871",
             email="rechnung@stadtwerke-ostheide.example", currency="EUR", effective="2026-08-12", start="2026-09-01",
             end="2028-08-31", term=24, pay=30, freq="quarterly", timing="advance", po_req=True, po_num="4500392871",
             lines=L, tcv_stated=True,
             tags=["customer-paper-po", "german-headers", "eu-number-format", "currency-after-amount", "dot-dates", "po-required"],
             desc="Purchase order on the customer's (German utility) paper, bilingual German/English with column headers "
                  "'Pos. / Leistung / Menge / Einzelpreis / Rabatt / Gesamt' and amounts like '36.000,00 EUR' (currency after, "
                  "1.234,56 format). Gesamt for recurring lines is per year (stated in a footnote): platform 36.000,00; sensor "
                  "feeds 200 x 90,00 = 18.000,00; training 2 days x 1.400,00 = 2.800,00 one-time. Order value stated for 24 "
                  "months: 2 x 54.000,00 + 2.800,00 = 110.800,00 EUR = TCV. Invoiced quarterly in advance, 30 days net. The "
                  "effective date is the stated order/effective date 12.08.2026.")
    f["x"] = dict(col=(0, 80, 150), lh_name="Stadtwerke Ostheide GmbH",
                  lh_addr="Einkauf / Procurement - Am Wasserwerk 7 - 29525 Uelzen - Deutschland\nHRB 20114, Amtsgericht Lueneburg - USt-IdNr. DE 811 223 447",
                  potitle="BESTELLUNG / PURCHASE ORDER", pohead="Bestell-Nr. / PO No.: 4500392871\nBestelldatum: 12.08.2026\nSachbearbeiter: K. Brandes",
                  blocks=[("Lieferant / Supplier", "Lumen Grid Analytics B.V.\nStationsplein 45\n3511 ED Utrecht\nNiederlande"),
                          ("Leistungsort / Place of service", "Netzleitstelle Ostheide\nAm Wasserwerk 7\n29525 Uelzen"),
                          ("Rechnung an / Invoice to", "Stadtwerke Ostheide GmbH\nKreditorenbuchhaltung\nrechnung@stadtwerke-ostheide.example")],
                  kv=[("Wirksam ab / Effective", "12.08.2026"),
                      ("Laufzeit / Term", "24 Monate / months: 01.09.2026 - 31.08.2028"),
                      ("Abrechnung / Invoicing", "vierteljaehrlich im Voraus / quarterly in advance"),
                      ("Zahlung / Payment", "30 Tage netto / 30 days net")],
                  hdr=["Pos.", "Leistung", "Menge", "Einzelpreis", "Rabatt", "Gesamt"], widths=[10, 76, 16, 28, 16, 32],
                  aligns=["C", "L", "R", "R", "R", "R"],
                  rows=[["10", "Grid Monitoring Platform - Jahreslizenz / annual licence, SaaS", "1", "36.000,00 EUR", "-", "36.000,00 EUR *"],
                        ["20", "Sensor Data Feed - je Messpunkt und Jahr / per metering point per year", "200", "90,00 EUR", "-", "18.000,00 EUR *"],
                        ["30", "Training (on-site days) - Schulung vor Ort, einmalig / one-time", "2", "1.400,00 EUR", "-", "2.800,00 EUR"]],
                  totals=[("* Jahresbetrag / per year. Bestellwert gesamt / Total order value (24 Monate)", "110.800,00 EUR")],
                  spec_title="Besondere Bedingungen / Special conditions",
                  special=["Rechnungen ohne unsere Bestellnummer 4500392871 koennen nicht bearbeitet werden. / Invoices must quote PO 4500392871.",
                           "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB), Stand 01/2025. / Our general purchasing conditions apply.",
                           "Preise netto zzgl. gesetzlicher USt. / Prices net of VAT."],
                  cond_title="AUSZUG AEB / EXTRACT FROM PURCHASING CONDITIONS",
                  sig_c="Stadtwerke Ostheide GmbH\ngez. /s/ Katrin Brandes, Einkauf\ngez. /s/ Dr. Olaf Wiese, Technik\n12.08.2026",
                  sig_v="Auftragsbestaetigung / Order acknowledged:\nLumen Grid Analytics B.V.\n/s/ Sanne de Vries, Sales Director\n14.08.2026")
    F.append(f)
    # 03 University, GBP, ramp; CRM mismatch on amount
    L = [line("Lecture Capture licence", 1, "30000.00", "year", show_net=True, start="2026-09-01", end="2027-08-31"),
         line("Lecture Capture licence", 1, "33000.00", "year", show_net=True, start="2027-09-01", end="2028-08-31")]
    f = form(customer="Eastbrook University", vendor="Quillstone Learning Ltd", order_no="EU-4471920",
             email="purchase-ledger@eastbrook.example", currency="GBP", effective="2026-08-03", start="2026-09-01",
             end="2028-08-31", term=24, pay=30, freq="annual", timing="advance", po_req=True, po_num="EU-4471920",
             lines=L, tcv_stated=True, deal_amount="66000.00",
             nonstd=["University may terminate for convenience at the end of Year 1 on 60 days written notice"],
             tags=["customer-paper-po", "ramp", "uk-ordinal-dates", "party-without-suffix", "crm-mismatch", "termination-for-convenience"],
             desc="University purchase order with a two-step ramp: the Lecture Capture licence is GBP 30,000.00 for Year 1 "
                  "(1st September 2026 - 31st August 2027) and GBP 33,000.00 for Year 2 (1st September 2027 - 31st August 2028), "
                  "two gold lines with their own dates; order total GBP 63,000.00 = TCV. Columns 'Item / Description / Qty / Price "
                  "each / Less / Amount' ('Less' is an empty discount column). DELIBERATE CRM MISMATCH: the deal amount is "
                  "66000.00 (the Year 2 price counted twice) while the PO totals 63,000.00.")
    f["x"] = dict(col=(90, 20, 60), lh_name="Eastbrook University",
                  lh_addr="Procurement Services, Registry Building, Eastbrook Campus, Norwich NR4 7TJ\nprocurement@eastbrook.example",
                  potitle="OFFICIAL ORDER", pohead="Order No: EU-4471920\nDate of order: 3rd August 2026\nCost centre: LTS-204",
                  blocks=[("Supplier", "Quillstone Learning Ltd\nUnit 6, Harbour Yard\nBristol BS1 6UB"),
                          ("Deliver to", "Learning Technology Services\nEastbrook Campus, Norwich"),
                          ("Invoices to", "Purchase Ledger\npurchase-ledger@eastbrook.example\nquoting order no. in full")],
                  kv=[("Effective date", "3rd August 2026"),
                      ("Contract period", "24 months, 1st September 2026 to 31st August 2028"),
                      ("Invoicing", "Each year's licence fee invoiced annually in advance"),
                      ("Payment", "30 days from receipt of valid invoice")],
                  hdr=["Item", "Description", "Qty", "Price each", "Less", "Amount"], widths=[12, 84, 12, 26, 14, 30],
                  aligns=["C", "L", "R", "R", "R", "R"],
                  rows=[["1", "Lecture Capture licence - Year 1 (1st September 2026 to 31st August 2027), campus-wide", "1", "30,000.00", "", "30,000.00"],
                        ["2", "Lecture Capture licence - Year 2 (1st September 2027 to 31st August 2028), campus-wide", "1", "33,000.00", "", "33,000.00"]],
                  totals=[("ORDER TOTAL GBP (excl. VAT)", "63,000.00")], spec_title="Conditions specific to this order",
                  special=["The University may terminate this order for convenience with effect from the end of Year 1 by giving "
                           "the Supplier not less than 60 days written notice; no Year 2 fee is then payable.",
                           "The order number EU-4471920 must be quoted on every invoice."],
                  cond_title="UNIVERSITY STANDARD TERMS (SUMMARY)",
                  sig_c="For Eastbrook University:\n/s/ Philippa Hart\nPhilippa Hart, Head of Procurement",
                  sig_v="Accepted for the Supplier:\n/s/ Tom Ellery, Director\nQuillstone Learning Ltd\n5th August 2026")
    F.append(f)
    # 04 HK hospital, HKD, monthly arrears
    L = [line("Bed Management Module", 1, "18500.00", "month", show_net=True),
         line("Nurse Rostering User", 60, "150.00", "month", show_net=True),
         line("Go-live Support", 1, "12000.00", "one_time", show_net=True)]
    f = form(customer="Kowloon East Rehabilitation Hospital", vendor="Harbourlight Health Informatics Limited",
             order_no="KERH/IT/2026/118", email="ap@kerh.example", currency="HKD", effective="2026-09-14",
             start="2026-10-01", end="2027-09-30", term=12, pay=60, freq="monthly", timing="arrears", po_req=True,
             po_num="KERH/IT/2026/118", lines=L, tcv_stated=True,
             nonstd=["Hospital may reduce Nurse Rostering users by up to 10 on 30 days notice with fees reduced accordingly"],
             tags=["customer-paper-po", "wrapped-cells", "HKD", "monthly-arrears", "party-without-suffix", "po-required"],
             desc="Hospital purchase order (customer letterhead) in HKD with long descriptions that wrap inside the cells. "
                  "Monthly fees: Bed Management 18,500.00 + 60 rostering users x 150.00 = 9,000.00 -> 27,500.00 per month, "
                  "billed monthly in arrears; Go-live Support 12,000.00 one-time. PO total value 12 x 27,500 + 12,000 = "
                  "342,000.00 = TCV over the stated 12-month period. The right to reduce users is non-standard.")
    f["x"] = dict(col=(0, 110, 120), lh_name="Kowloon East Rehabilitation Hospital",
                  lh_addr="Information Technology Department\n18 Po Lam Road, Tseung Kwan O, Kowloon, Hong Kong\nTel 852-5550-3120",
                  potitle="PURCHASE ORDER", pohead="PO No.: KERH/IT/2026/118\nIssue date: 14-Sep-2026\nRequisition: RQ-33871",
                  blocks=[("SUPPLIER", "Harbourlight Health Informatics Limited\n21/F, Cityplaza Three\n14 Taikoo Wan Road, Hong Kong"),
                          ("DELIVERY", "Ward Administration Office\nBlock B, 3/F"),
                          ("BILLING", "Accounts Payable Section\nap@kerh.example")],
                  kv=[("Effective date", "14-Sep-2026"), ("Service period", "1-Oct-2026 - 30-Sep-2027 (12 months)"),
                      ("Billing", "Monthly in arrears; one-time item on completion"), ("Payment terms", "60 days after invoice")],
                  hdr=["Ref", "Service Description", "Units", "Rate (HK$)", "Extended (HK$)"], widths=[12, 96, 16, 26, 28],
                  aligns=["C", "L", "R", "R", "R"],
                  rows=[["A1", "Bed Management Module - hosted, including real-time bed board, discharge planning workflow, "
                                "integration with the existing patient administration system, and 24x7 support (per month)", "1", "18,500.00", "18,500.00"],
                        ["A2", "Nurse Rostering User - named user subscription for ward managers and nursing officers, "
                                "including mobile access (per user per month)", "60", "150.00", "9,000.00"],
                        ["B1", "Go-live Support - on-site floor support during the first two weeks after go-live, "
                                "one-time charge", "1", "12,000.00", "12,000.00"]],
                  totals=[("Monthly subscription (A1 + A2)", "27,500.00"), ("PO TOTAL VALUE (12 months + one-time)", "342,000.00")],
                  spec_title="Special Conditions",
                  special=["The Hospital may reduce the number of Nurse Rostering Users by up to 10 users on 30 days written notice; "
                           "monthly fees will be reduced accordingly.",
                           "All invoices must quote PO No. KERH/IT/2026/118."],
                  cond_title="GENERAL CONDITIONS OF PURCHASE",
                  sig_c="For and on behalf of the Hospital:\n/s/ Dr. Vincent Lo\nDr. Vincent Lo, Hospital Chief Executive\n14-Sep-2026",
                  sig_v="Supplier's acceptance:\n/s/ Grace Yeung\nGrace Yeung, General Manager\n16-Sep-2026")
    F.append(f)
    return F
