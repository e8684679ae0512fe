from common import *

LAY = "federal-clin-order"

FAR = ["52.204-7 System for Award Management (NOV 2024)", "52.204-13 System for Award Management Maintenance (OCT 2018)",
       "52.212-4 Contract Terms and Conditions - Commercial Products and Commercial Services (NOV 2023)",
       "52.217-8 Option to Extend Services (NOV 1999)", "52.217-9 Option to Extend the Term of the Contract (MAR 2000)",
       "52.232-33 Payment by Electronic Funds Transfer - System for Award Management (OCT 2018)",
       "52.232-39 Unenforceability of Unauthorized Obligations (JUN 2013)", "52.239-1 Privacy or Security Safeguards (AUG 1996)"]

def build(spec):
    t, r = spec["t"], spec["r"]
    cur = t["currency"]; m = lambda x: "$" + num(x, cur)
    def hdr(p):
        p.set_font("Helvetica", "", 7); p.cell(0, 4, f"ORDER NO. {t['order_form_number']}   |   CONTRACT NO. {r['contract']}", align="R", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    def ftr(p):
        p.set_y(-11); p.set_font("Helvetica", "", 7); p.cell(0, 4, f"PAGE {p.page_no()} OF {{nb}}", align="C")
    pdf = Doc(fmt="Letter", hdr=hdr, ftr=ftr); pdf.set_margins(12, 10, 12); pdf.add_page()
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 6, "ORDER FOR SUPPLIES OR SERVICES", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    W = 191.9
    def boxes(items, h=11):
        w = W / len(items); y = pdf.get_y()
        for i, (lab, val) in enumerate(items):
            x = 12 + i * w
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 0.8); pdf.set_font("Helvetica", "", 6); pdf.cell(w - 2, 2.6, lab)
            pdf.set_xy(x + 1, y + 3.8); pdf.set_font("Helvetica", "", 8); pdf.multi_cell(w - 2, 3.4, val)
        pdf.set_xy(12, y + h)
    boxes([("1. CONTRACT NO.", r["contract"]), ("2. ORDER NO.", t["order_form_number"]), ("3. DATE OF ORDER", r["date"]), ("4. REQUISITION/PURCHASE REQUEST NO.", r["req"])])
    boxes([("5. ISSUED BY", r["issued"]), ("6. ADMINISTERED BY", r["admin"])], h=17)
    boxes([("7. CONTRACTOR (NAME, ADDRESS, UEI)", r["contractor"]), ("8. DELIVER TO / PLACE OF PERFORMANCE", r["deliver"])], h=21)
    boxes([("9. PAYMENT WILL BE MADE BY", r["payer"]), ("10. DISCOUNT FOR PROMPT PAYMENT", r["discount"]), ("11. TYPE OF ORDER", r["type"])], h=21)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9.5); pdf.cell(0, 6, "SECTION B - SUPPLIES OR SERVICES AND PRICES/COSTS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8); pdf.multi_cell(0, 4, f"All prices are firm-fixed-price in U.S. dollars (USD). {r['bnote']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    rows = [["ITEM NO.", "SUPPLIES/SERVICES", "QTY", "UNIT", "UNIT PRICE", "AMOUNT"]]
    for row in r["clins"]:
        rows.append(row)
    grid(pdf, (18, 88, 16, 18, 24, 27.9), rows, size=7.8, aligns=("LEFT", "LEFT", "RIGHT", "CENTER", "RIGHT", "RIGHT"), fill=(220, 220, 220))
    pdf.ln(1.5)
    for lab, val, b in r["totals"]:
        pdf.set_font("Helvetica", "B" if b else "", 8.3); pdf.set_x(70); pdf.cell(94, 5, lab, border=1)
        pdf.cell(27.9, 5, val, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, paras in r["sections"]:
        if pdf.get_y() > 245: pdf.add_page()
        pdf.set_font("Helvetica", "B", 9.5); pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        for ptxt in paras:
            pdf.para(ptxt, size=8.4, h=4.2); pdf.ln(0.8)
        pdf.ln(1.5)
    pdf.set_font("Helvetica", "B", 9.5); pdf.cell(0, 6, "SECTION I - CONTRACT CLAUSES INCORPORATED BY REFERENCE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.2)
    for c in FAR:
        pdf.cell(0, 4.2, "FAR " + c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    if pdf.get_y() > 230: pdf.add_page()
    y = pdf.get_y()
    boxes([("12. SIGNATURE OF CONTRACTOR'S AUTHORIZED REPRESENTATIVE", "\n" + r["csig"]), ("13. UNITED STATES OF AMERICA BY (CONTRACTING OFFICER)", "\n" + r["kosig"])], h=18)
    return pdf

def clin_rows(items, cur):
    m = lambda x: "$" + num(x, cur)
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(["", it, "", "", "", ""])
        else:
            no, desc, qty, unit, price, amt = it
            out.append([no, desc, qty, unit, m(price) if price not in (None, "NSP") else (price or ""), m(amt) if amt not in (None, "NSP") else (amt or "")])
    return out

COMMON_G = "Invoices shall cite the contract number and this order number and be submitted electronically through the Invoice Processing Platform; an invoice that does not cite both numbers is improper and will be returned."

def specs():
    S = []
    cur = "USD"
    lines = [L("Case Management SaaS Subscription - Named User", 250, "1150.00", "year", cur),
             L("Data Migration and Configuration", 1, "42000.00", "one_time", cur),
             L("Tier 2 Help Desk Support", 1, "36000.00", "year", cur)]
    S.append(dict(t=dict(customer_legal_name="National Wildlife Refuge Administration", vendor_legal_name="Cedar Point Federal Solutions LLC", order_form_number="140R2026F0142",
        billing_contact_email="nwra.invoices@example.gov", currency=cur, effective_date="2026-03-27", service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=False, renewal_term_months=12, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        po_required=True, po_number="140R2026F0142", total_contract_value="365500.00"),
        lines=lines, r=dict(contract="47QTCA24D00RX", date="03/27/2026", req="PR-0098813", type="Delivery order against GSA schedule contract",
        issued="National Wildlife Refuge Administration\nAcquisition Division, 1849 C Street NW\nWashington, DC 20240",
        admin="Same as block 5\nContracting Officer: Denise Whitaker",
        contractor="Cedar Point Federal Solutions LLC\n11710 Plaza America Drive, Suite 400\nReston, VA 20190\nUEI: CPFS00000142",
        deliver="National Wildlife Refuge Administration\nDivision of Refuge Operations (cloud service; no physical delivery)",
        payer="NWRA Finance Center via the Invoice Processing Platform\nQuestions: nwra.invoices@example.gov",
        discount="Net 30 days (Prompt Payment Act)", bnote="Option period CLINs are priced for evaluation only and are not ordered unless exercised under FAR 52.217-9.",
        clins=clin_rows(["BASE PERIOD: 04/01/2026 - 03/31/2027",
            ("0001", "Case Management SaaS Subscription - Named User\n12-month subscription per user", "250", "USER-YR", "1150.00", "287500.00"),
            ("0002", "Data Migration and Configuration\none-time, upon acceptance", "1", "LOT", "42000.00", "42000.00"),
            ("0003", "Tier 2 Help Desk Support\n12 months", "1", "YR", "36000.00", "36000.00"),
            "OPTION PERIOD 1: 04/01/2027 - 03/31/2028 (NOT EXERCISED)",
            ("1001", "Case Management SaaS Subscription - Named User", "250", "USER-YR", "1185.00", "296250.00"),
            ("1003", "Tier 2 Help Desk Support", "1", "YR", "37000.00", "37000.00"),
            "OPTION PERIOD 2: 04/01/2028 - 03/31/2029 (NOT EXERCISED)",
            ("2001", "Case Management SaaS Subscription - Named User", "250", "USER-YR", "1220.00", "305000.00"),
            ("2003", "Tier 2 Help Desk Support", "1", "YR", "38000.00", "38000.00")], cur),
        totals=[("TOTAL BASE PERIOD - AMOUNT OBLIGATED BY THIS ORDER", "$" + num(365500, cur), True),
                ("Total potential value including all options (not obligated)", "$" + num(1041750, cur), False)],
        sections=[("SECTION F - DELIVERIES OR PERFORMANCE", ["The period of performance for the base period is 04/01/2026 through 03/31/2027 (12 months). The Government may extend the order by exercising Option Period 1 and Option Period 2, each of 12 months, by written notice before the base period or the current option period expires; options are never exercised automatically."]),
                  ("SECTION G - CONTRACT ADMINISTRATION DATA", ["Invoicing: CLINs 0001 and 0003 shall be invoiced annually in advance at the start of the period of performance; CLIN 0002 shall be invoiced once, upon written acceptance.",
                    COMMON_G, "Payment is due 30 days after receipt of a proper invoice."])],
        csig="Marcus Hale, Contracts Manager", kosig="Denise Whitaker, Contracting Officer"),
        deal_id="006-BH0501",
        desc="U.S. federal 'Order for Supplies or Services' with numbered blocks and a Section B CLIN table that also prices two option periods marked NOT EXERCISED. Gold lines are the base-period CLINs only (the CLIN is a line number, not a SKU: sku null): 0001 250 users x $1,150.00 = $287,500.00 per year; 0002 data migration $42,000.00 one-time; 0003 help desk $36,000.00 per year. 'Total base period - amount obligated' $365,500.00 = 287,500 + 42,000 + 36,000 is the contract value; the $1,041,750.00 including options is not. The order number 140R2026F0142 is the PO to cite on invoices (the GSA contract number 47QTCA24D00RX is not); options of 12 months at the Government's election (auto_renew false, renewal 12 months as in earlier public-sector cases). Annual in advance, Net 30.",
        tags=["federal", "clin", "option-periods", "po-required", "public-sector", "us-dates", "one-time-fee"]))
    lines = [L("Analytics Platform Enterprise License", 1, "180000.00", "year", cur),
             L("Additional API Seats", 40, "900.00", "year", cur)]
    S.append(dict(t=dict(customer_legal_name="Federal Aviation Weather Service", vendor_legal_name="Summit Ridge Analytics, Inc.", order_form_number="6913G626F0077",
        currency=cur, effective_date="2026-06-19", service_start_date="2026-07-01", service_end_date="2027-06-30",
        term_months=12, auto_renew=False, renewal_term_months=12, payment_terms_days=30, billing_frequency="quarterly", billing_timing="arrears",
        po_required=True, po_number="6913G626F0077", total_contract_value="216000.00"),
        lines=lines, r=dict(contract="6913G624A0031 (BPA)", date="06/19/2026", req="FAWS-26-00412", type="Call order under Blanket Purchase Agreement",
        issued="Federal Aviation Weather Service\nOffice of Acquisition, 800 Independence Ave SW\nWashington, DC 20591",
        admin="FAWS Contracting Office, Oklahoma City, OK 73169",
        contractor="Summit Ridge Analytics, Inc.\n4600 S. Syracuse Street\nDenver, CO 80237\nUEI: SRAI00000077",
        deliver="Federal Aviation Weather Service\nSystems Operations Center (hosted service)",
        payer="FAWS Finance, Oklahoma City, via the Invoice Processing Platform", discount="None. Net 30 days",
        bnote="Option Year CLINs (1001-1002) are included for evaluation; this order obligates funds for the Base Year only.",
        clins=clin_rows(["BASE YEAR: 07/01/2026 - 06/30/2027",
            ("0001", "Analytics Platform Enterprise License\nagency-wide, 12 months", "1", "YR", "180000.00", "180000.00"),
            ("0002", "Additional API Seats\n12 months", "40", "SEAT-YR", "900.00", "36000.00"),
            "OPTION YEAR 1: 07/01/2027 - 06/30/2028 (OPTION)",
            ("1001", "Analytics Platform Enterprise License", "1", "YR", "180000.00", "180000.00"),
            ("1002", "Additional API Seats", "40", "SEAT-YR", "900.00", "36000.00")], cur),
        totals=[("BASE YEAR TOTAL (FUNDED)", "$" + num(216000, cur), True), ("OPTION YEAR 1 TOTAL (UNFUNDED)", "$" + num(216000, cur), False)],
        sections=[("SECTION F - PERIOD OF PERFORMANCE", ["Base Year: 07/01/2026 through 06/30/2027. Option Year 1, if exercised by the Contracting Officer, runs 07/01/2027 through 06/30/2028."]),
                  ("SECTION G - INVOICING AND PAYMENT", ["The Contractor shall invoice quarterly in arrears, after the end of each three-month period of service, for one quarter of the annual amounts of CLINs 0001 and 0002.",
                    COMMON_G, "The Government will pay proper invoices within 30 days of receipt."])],
        csig="Janet Oyelaran, VP Public Sector", kosig="Thomas Brandt, Contracting Officer"),
        deal_id="006-BH0502",
        desc="Federal call order under a BPA with a Base Year and one Option Year at the same prices. Gold is the Base Year only: CLIN 0001 enterprise license $180,000.00 per year; CLIN 0002 40 seats x $900.00 = $36,000.00 per year; 'BASE YEAR TOTAL (FUNDED)' $216,000.00 = 180,000 + 36,000 (the equal 'OPTION YEAR 1 TOTAL (UNFUNDED)' is not part of the order). Invoiced quarterly in ARREARS, Net 30. Order number 6913G626F0077 is the PO to cite. No billing e-mail is given (null). Option year at the Government's election: auto_renew false, renewal 12 months.",
        tags=["federal", "clin", "option-periods", "po-required", "public-sector", "quarterly-billing", "arrears", "us-dates"]))
    lines = [L("Endpoint Agents", 5000, "24.00", "year", cur),
             L("SIEM Log Ingestion - 500 GB/day tier", 1, "85000.00", "year", cur),
             L("Onboarding and Integration", 1, "15000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Office of Federal Records Security", vendor_legal_name="Bastion Gate Cyber, LLC", order_form_number="47QFCA26F0055",
        billing_contact_email="ofrs-ap@example.gov", currency=cur, effective_date="2026-09-04", service_start_date="2026-09-15", service_end_date="2027-09-14",
        term_months=12, auto_renew=False, renewal_term_months=12, payment_terms_days=30, billing_frequency="semiannual", billing_timing="advance",
        po_required=True, po_number="47QFCA26F0055", total_contract_value="220000.00"),
        lines=lines, r=dict(contract="47QTCH22D0412", date="09/04/2026", req="OFRS-PR-26-2291", type="Task order (firm-fixed-price)",
        issued="Office of Federal Records Security\n700 Pennsylvania Avenue NW\nWashington, DC 20408",
        admin="GSA Federal Acquisition Service, Region 11",
        contractor="Bastion Gate Cyber, LLC\n2200 Wilson Boulevard, Suite 900\nArlington, VA 22201\nUEI: BGCL00000055",
        deliver="Office of Federal Records Security\nSecurity Operations Center",
        payer="OFRS Accounts Payable, ofrs-ap@example.gov", discount="Net 30", bnote="CLIN 0001 is a summary CLIN and is not separately priced (NSP); its sub-CLINs carry the prices. Option periods are not part of this award.",
        clins=clin_rows(["BASE PERIOD: 09/15/2026 - 09/14/2027",
            ("0001", "Managed Cloud Security Monitoring (summary CLIN)", "", "", "NSP", "NSP"),
            ("0001AA", "Endpoint Agents\n12-month subscription", "5,000", "EA-YR", "24.00", "120000.00"),
            ("0001AB", "SIEM Log Ingestion - 500 GB/day tier\n12 months", "1", "YR", "85000.00", "85000.00"),
            ("0002", "Onboarding and Integration\none-time", "1", "LOT", "15000.00", "15000.00"),
            "OPTION PERIOD 1: 09/15/2027 - 09/14/2028 (NOT AWARDED)",
            ("1001AA", "Endpoint Agents", "5,000", "EA-YR", "25.00", "125000.00"),
            ("1001AB", "SIEM Log Ingestion - 500 GB/day tier", "1", "YR", "88000.00", "88000.00")], cur),
        totals=[("TOTAL AWARD AMOUNT (BASE PERIOD)", "$" + num(220000, cur), True), ("Option Period 1 (evaluated, not awarded)", "$" + num(213000, cur), False)],
        sections=[("SECTION F - PERIOD OF PERFORMANCE", ["12 months, 09/15/2026 through 09/14/2027. The Government may extend by one 12-month option period under FAR 52.217-9."]),
                  ("SECTION G - INVOICING", ["Sub-CLINs 0001AA and 0001AB shall be invoiced semiannually in advance, in two equal instalments, at the start of each six-month period; CLIN 0002 upon completion of onboarding.",
                    COMMON_G, "Payment terms: Net 30 days after receipt of a proper invoice. Invoice questions: ofrs-ap@example.gov."])],
        csig="Renee Castillo, Director of Contracts", kosig="Paul Mendoza, Contracting Officer"),
        deal_id="006-BH0503",
        desc="Federal task order with a summary CLIN 0001 marked NSP (not separately priced) and priced sub-CLINs; gold lines are the priced base-period sub-CLINs and CLIN 0002 (CLIN numbers are line numbers: sku null): 0001AA 5,000 agents x $24.00 = $120,000.00 per year; 0001AB SIEM tier $85,000.00 per year; 0002 onboarding $15,000.00 one-time. 'TOTAL AWARD AMOUNT (BASE PERIOD)' $220,000.00 = 120,000 + 85,000 + 15,000; the option period's $213,000.00 is not awarded. 12 months 09/15/2026-09/14/2027, invoiced semiannually in advance, Net 30, order number is the PO to cite; option at the Government's election (auto_renew false, renewal 12 months).",
        tags=["federal", "clin", "sub-clin", "nsp", "option-periods", "po-required", "semiannual", "public-sector", "one-time-fee"]))
    lines = [L("Grants Portal User Licenses", 600, "420.00", "year", cur, start="2026-10-01", end="2027-09-30"),
             L("Grants Portal User Licenses", 650, "420.00", "year", cur, start="2027-10-01", end="2028-09-30"),
             L("Administrator Training", 1, "12500.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Rural Health Grants Agency", vendor_legal_name="Granite Ledger Systems Corp.", order_form_number="75R60226F0310",
        billing_contact_email="rhga.payments@example.gov", currency=cur, effective_date="2026-09-22", service_start_date="2026-10-01", service_end_date="2028-09-30",
        term_months=24, auto_renew=False, renewal_term_months=12, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        po_required=True, po_number="75R60226F0310", total_contract_value="537500.00",
        non_standard_terms=["Incrementally funded: CLIN 0002 may not be invoiced until funds are added to the order by modification"]),
        lines=lines, r=dict(contract="75R60224D0019", date="09/22/2026", req="RHGA-26-0310", type="Delivery order, incrementally funded",
        issued="Rural Health Grants Agency\n5600 Fishers Lane\nRockville, MD 20857",
        admin="Same as block 5", contractor="Granite Ledger Systems Corp.\n1 Liberty Square, 8th Floor\nBoston, MA 02109\nUEI: GLSC00000310",
        deliver="Rural Health Grants Agency\nOffice of Grants Management (hosted)", payer="RHGA Payments, rhga.payments@example.gov",
        discount="1% 15 days; Net 30", bnote="The base period is two years, priced by fiscal year. Option CLINs are not ordered.",
        clins=clin_rows(["BASE PERIOD: 10/01/2026 - 09/30/2028",
            ("0001", "Grants Portal User Licenses\nFY2027: 10/01/2026 - 09/30/2027", "600", "USER-YR", "420.00", "252000.00"),
            ("0002", "Grants Portal User Licenses\nFY2028: 10/01/2027 - 09/30/2028", "650", "USER-YR", "420.00", "273000.00"),
            ("0003", "Administrator Training\none-time", "1", "LOT", "12500.00", "12500.00"),
            "OPTION PERIOD 1: 10/01/2028 - 09/30/2029 (OPTION)",
            ("1001", "Grants Portal User Licenses, FY2029", "650", "USER-YR", "441.00", "286650.00")], cur),
        totals=[("TOTAL BASE PERIOD PRICE", "$" + num(537500, cur), True), ("FUNDED AMOUNT TO DATE (CLINs 0001 and 0003)", "$" + num(264500, cur), False)],
        sections=[("SECTION F - PERIOD OF PERFORMANCE", ["Base period: 24 months, 10/01/2026 through 09/30/2028. Option Period 1 (12 months) may be exercised at the Government's discretion."]),
                  ("SECTION G - INVOICING AND FUNDING", ["Each fiscal year's license CLIN is invoiced annually in advance on the first day of that fiscal year; CLIN 0003 on completion of training.",
                    "This order is incrementally funded. Funds for CLIN 0002 will be added by modification when appropriated; the Contractor shall not invoice CLIN 0002 before that modification.",
                    COMMON_G, "Payment: Net 30 after receipt of a proper invoice; a 1% discount applies to payments made within 15 days."])],
        csig="Olivia Marchetti, Senior Contracts Administrator", kosig="Kevin Yoon, Contracting Officer"),
        deal_id="006-BH0504",
        desc="Federal delivery order with a two-year base period priced by fiscal year as separate CLINs with their own dates: 0001 600 users x $420.00 = $252,000.00 (10/01/2026-09/30/2027) and 0002 650 users x $420.00 = $273,000.00 (10/01/2027-09/30/2028), plus 0003 training $12,500.00 one-time. 'TOTAL BASE PERIOD PRICE' $537,500.00 = 252,000 + 273,000 + 12,500 is the contract value; the 'FUNDED AMOUNT TO DATE' $264,500.00 (incremental funding) and the option CLIN 1001 are not. Annual in advance, Net 30 (1% 15-day prompt-payment discount is not the payment term), order number is the PO; option at the Government's discretion (auto_renew false, renewal 12 months). Incremental funding (CLIN 0002 not invoiceable until funded by modification) is the non-standard term.",
        tags=["federal", "clin", "option-periods", "incremental-funding", "ramp", "po-required", "public-sector", "one-time-fee"]))
    return S
