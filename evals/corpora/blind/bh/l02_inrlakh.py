from common import *

LAY = "india-gst-order"

PER = {"year": "Year", "month": "Month", "quarter": "Quarter", "one_time": "One-time"}
_W = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
      "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_T = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

def _two(n):
    return _W[n] if n < 20 else _T[n // 10] + ("" if n % 10 == 0 else "-" + _W[n % 10])

def inr_words(n):
    n = int(n); parts = []
    for div, name in ((10000000, "Crore"), (100000, "Lakh"), (1000, "Thousand"), (100, "Hundred")):
        q, n = divmod(n, div)
        if q:
            parts.append(f"{inr_words(q) if q >= 100 else _two(q)} {name}")
    if n:
        parts.append(_two(n))
    return " ".join(parts)

def build(spec):
    t, r = spec["t"], spec["r"]
    R = lambda x: lakh(x)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "I", 7)
        p.cell(0, 4, "This is a computer-generated order form. Subject to the jurisdiction stated in the Terms & Conditions.", align="C", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="C")
    pdf = Doc(ftr=ftr); pdf.set_margins(14, 14, 14); pdf.add_page()
    pdf.set_font("Helvetica", "B", 14); pdf.cell(0, 7, t["vendor_legal_name"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.2, f"{r['vaddr']}\nGSTIN: {r['vgst']}   PAN: {r['vgst'][2:12]}   CIN: {r['vcin']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_font("Helvetica", "B", 12); pdf.set_fill_color(40, 60, 110); pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 7, "SUBSCRIPTION ORDER FORM", align="C", fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 8.8)
    y0 = pdf.get_y()
    pdf.multi_cell(91, 4.8, f"Order No.: {t['order_form_number']}\nOrder Date: {dt_mon(r['date'])}\n" + r["ref"], border=1, new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(91, 4.8, f"Place of Supply: {r['pos']}\nSAC: 998315 (IT infrastructure and network management)\nReverse charge: No", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    y0 = pdf.get_y()
    pdf.set_font("Helvetica", "B", 8.8); pdf.cell(91, 5, "Bill To (Customer)", border="LTR"); pdf.cell(91, 5, "Ship To / Service Location", border="LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.8)
    y1 = pdf.get_y()
    pdf.multi_cell(91, 4.6, r["billto"], border="LBR", new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(91, 4.6, r["shipto"], border="LBR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y1 + 4.6 * r["billto"].count("\n") + 4.6) + 3)
    rows = [["S.No.", "Description of Service", "Qty", "Rate (Rs.)", "Per", "Disc.", "Amount (Rs.)"]]
    for i, l in enumerate(spec["lines"], 1):
        rows.append([str(i), l["desc"] + (f"\n{l['note']}" if l["note"] else ""), lakh_int(l["qty"]), R(l["price"]),
                     PER[l["period"]], f"{l['disc']}%" if l["disc"] else "", R(l["net"])])
    grid(pdf, (11, 70, 14, 26, 17, 12, 32), rows, size=8.3, aligns=("CENTER", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT", "RIGHT"))
    pdf.ln(1)
    for lab, val, b in r["totals"]:
        pdf.set_font("Helvetica", "B" if b else "", 8.8); pdf.set_x(96); pdf.cell(68, 5, lab, border=1)
        pdf.cell(32, 5, val, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5); pdf.set_font("Helvetica", "B", 8.8)
    pdf.multi_cell(0, 4.8, r["words"], border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Commercial Terms", new_x="LMARGIN", new_y="NEXT")
    kv(pdf, r["kv"], lw=55, size=8.8, h=4.7)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Terms & Conditions", new_x="LMARGIN", new_y="NEXT")
    tc = r["tc"] + [
        "Applicable GST will be charged extra at the rate in force on the date of invoice. Where the Customer deducts tax at source, it shall issue the TDS certificate within the statutory period.",
        "The Service is provided under the Vendor's Master Subscription Terms; in case of conflict this Order Form prevails.",
        "Uptime commitment 99.5% per calendar month; service credits as per the Service Level Schedule.",
        "Disputes are subject to arbitration under the Arbitration and Conciliation Act, 1996, seated at " + r["seat"] + "."]
    for i, c in enumerate(tc, 1):
        pdf.para(f"{i}. {c}", size=8.4, h=4.2)
    pdf.ln(5)
    if pdf.get_y() > 240: pdf.add_page()
    y0 = pdf.get_y(); pdf.set_font("Helvetica", "", 8.8)
    pdf.multi_cell(90, 4.6, f"Accepted for {t['customer_legal_name']}\n\n\n{r['csig']}\nAuthorised Signatory", new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(0, 4.6, f"For {t['vendor_legal_name']}\n\n\n{r['vsig']}\nAuthorised Signatory", align="R", new_x="LMARGIN", new_y="NEXT")
    return pdf

def tot(taxable, intra):
    taxable = D(str(taxable)); g = qz(taxable * D("0.18"), "INR")
    if intra:
        h = qz(g / 2, "INR")
        return [("Taxable Value", lakh(taxable), False), ("CGST @ 9%", lakh(h), False), ("SGST @ 9%", lakh(h), False), ("Total incl. GST", lakh(taxable + 2 * h), True)]
    return [("Taxable Value", lakh(taxable), False), ("IGST @ 18%", lakh(g), False), ("Total incl. GST", lakh(taxable + g), True)]

def specs():
    S = []
    cur = "INR"
    lines = [L("ERP Cloud User Licence", 150, "9600.00", "year", cur),
             L("Implementation & Data Migration", 1, "250000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Kaveri Agro Foods Private Limited", vendor_legal_name="Sahyadri Cloudworks Private Limited", order_form_number="SO/2026-27/0041",
        billing_contact_email="accounts@kaveriagro.example", currency=cur, effective_date="2026-03-20", service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="KAF/IT/PO/2026/318",
        total_contract_value="1690000.00"),
        lines=lines, r=dict(date="2026-03-20", ref="Customer PO: KAF/IT/PO/2026/318 dtd 18-Mar-2026\nCurrency: INR", pos="Maharashtra (27)",
        vaddr="Office 602, Baner Business Bay, Baner Road, Pune 411045, Maharashtra", vgst="27AAACS0000A1Z5", vcin="U72900PN2015PTC000041",
        billto="Kaveri Agro Foods Private Limited\nGat No. 112, Chakan MIDC, Pune 410501\nGSTIN: 27AAACK0000B1Z2\nState: Maharashtra (27)\nBilling e-mail: accounts@kaveriagro.example",
        shipto="Kaveri Agro Foods Private Limited\nAll plants and depots (cloud service)\n\n\n",
        totals=[("Total Order Value (excl. GST)", lakh(1690000), True)] + tot(1690000, True)[1:],
        words="Total Order Value (excl. GST) in words: Rupees " + inr_words(1690000) + " Only",
        kv=[("Subscription Period:", "01-Apr-2026 to 31-Mar-2027 (12 months, FY 2026-27)"), ("Billing:", "Annually in advance; implementation billed on order"),
            ("Payment Terms:", "Within 30 days of invoice"), ("Renewal:", "No automatic renewal; renewal by fresh order"),
            ("Purchase Order:", "Invoices must quote Customer PO No. KAF/IT/PO/2026/318")],
        tc=["Invoices without the Customer's PO number will not be accepted for payment."],
        seat="Pune", csig="Ramesh Kulkarni, Director - Finance", vsig="Aditi Deshpande, VP Sales"),
        deal_id="006-BH0201",
        desc="Indian subscription order in INR with lakh digit grouping ('16,90,000.00'), dd-Mon-yyyy dates, GSTIN/SAC details and intra-state CGST 9% + SGST 9% shown below the total. 150 users x 9,600.00 = 14,40,000.00 per year; implementation 2,50,000.00 one-time; 'Total Order Value (excl. GST)' 16,90,000.00 = 14,40,000 + 2,50,000 (also in words, Rupees Sixteen Lakh Ninety Thousand). GST 3,04,200.00 and the GST-inclusive 19,94,200.00 are not the contract value. 12 months 01-Apr-2026..31-Mar-2027, annual in advance, 30 days, no automatic renewal, customer PO KAF/IT/PO/2026/318 required.",
        tags=["india", "lakh-grouping", "gst-separate", "amount-in-words", "po-required", "no-auto-renew", "one-time-fee"]))
    lines = [L("HRMS Core (per employee per month)", 800, "75.00", "month", cur, periods=24),
             L("Payroll & Statutory Compliance", 1, "25000.00", "month", cur, periods=24)]
    S.append(dict(t=dict(customer_legal_name="Coromandel Textiles Limited", vendor_legal_name="Nilgiri HR Technologies Private Limited", order_form_number="NHT-OF-2026-117",
        billing_contact_email="payables@coromandeltextiles.example", currency=cur, effective_date="2026-06-05", service_start_date="2026-07-01", service_end_date="2028-06-30",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=15, billing_frequency="quarterly", billing_timing="advance",
        late_fee_percent_per_month="1.5", total_contract_value="2040000.00"),
        lines=lines, r=dict(date="2026-06-05", ref="Customer Ref: Email approval dtd 04-Jun-2026\nCurrency: INR", pos="Tamil Nadu (33)",
        vaddr="3rd Floor, Embassy Tech Square, Outer Ring Road, Bengaluru 560103, Karnataka", vgst="29AAACN0000C1Z8", vcin="U72200KA2017PTC000117",
        billto="Coromandel Textiles Limited\n45 Anna Salai, Guindy, Chennai 600032\nGSTIN: 33AAACC0000D1Z4\nState: Tamil Nadu (33)\nBilling e-mail: payables@coromandeltextiles.example",
        shipto="Coromandel Textiles Limited\nMills at Tiruppur and Erode\n\n\n",
        totals=[("Monthly Subscription (excl. GST)", lakh(85000), False), ("IGST @ 18% (per month)", lakh(15300), False),
                ("Monthly total incl. GST", lakh(100300), False), ("Total Contract Value, 24 months (excl. GST)", lakh(2040000), True)],
        words="Total Contract Value in words: Rupees " + inr_words(2040000) + " Only",
        kv=[("Subscription Term:", "24 months from 01-Jul-2026 to 30-Jun-2028"), ("Billing:", "Quarterly in advance (three months' fees per invoice)"),
            ("Payment Terms:", "Net 15 days from invoice date"), ("Late Payment:", "Interest @ 1.5% per month on overdue amounts"),
            ("Renewal:", "Auto-renews for successive 12-month periods unless either party gives 30 days' written notice before expiry")],
        tc=["Employee count is reviewed each quarter; additional employees are billed at the same rate from the next quarterly invoice."],
        seat="Bengaluru", csig="S. Venkataraman, CFO", vsig="Priya Nair, Head - Enterprise Sales"),
        deal_id="006-BH0202",
        desc="Indian order with inter-state IGST 18% and lakh grouping, monthly prices billed quarterly in advance. HRMS Core 800 employees x 75.00 = 60,000.00 per month; Payroll & Statutory Compliance 25,000.00 per month; monthly subscription 85,000.00 (IGST 15,300.00 and 1,00,300.00 incl. GST are tax, not fees). Stated Total Contract Value for 24 months 20,40,000.00 = 85,000 x 24 (in words Rupees Twenty Lakh Forty Thousand). Term 01-Jul-2026..30-Jun-2028, Net 15, interest 1.5% per month, auto-renews 12 months with 30 days' notice.",
        tags=["india", "lakh-grouping", "gst-separate", "quarterly-billing", "monthly-price", "late-fee", "auto-renew"]))
    lines = [L("Grid Analytics Platform", 1, "1200000.00", "year", cur, start="2026-10-01", end="2027-09-30", note="Year 1: 01-Oct-2026 to 30-Sep-2027"),
             L("Grid Analytics Platform", 1, "1320000.00", "year", cur, start="2027-10-01", end="2028-09-30", note="Year 2: 01-Oct-2027 to 30-Sep-2028"),
             L("Grid Analytics Platform", 1, "1452000.00", "year", cur, start="2028-10-01", end="2029-09-30", note="Year 3: 01-Oct-2028 to 30-Sep-2029")]
    S.append(dict(t=dict(customer_legal_name="Vindhya Power Distribution Limited", vendor_legal_name="Ganga Analytics Private Limited", order_form_number="GA/OF/26/009",
        billing_contact_email="billing@vindhyapower.example", currency=cur, effective_date="2026-09-10", service_start_date="2026-10-01", service_end_date="2029-09-30",
        term_months=36, auto_renew=False, payment_terms_days=45, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="VPDL/PUR/2026/1442",
        total_contract_value="3972000.00"),
        lines=lines, r=dict(date="2026-09-10", ref="Customer PO: VPDL/PUR/2026/1442\nCurrency: INR", pos="Madhya Pradesh (23)",
        vaddr="Tower B, Sector 62, Noida 201309, Uttar Pradesh", vgst="09AAACG0000E1Z1", vcin="U72900UP2018PTC000009",
        billto="Vindhya Power Distribution Limited\nShakti Bhawan, Rampur, Jabalpur 482008\nGSTIN: 23AAACV0000F1Z6\nState: Madhya Pradesh (23)\nBilling e-mail: billing@vindhyapower.example",
        shipto="Vindhya Power Distribution Limited\nState Load Despatch Centre, Jabalpur\n\n\n",
        totals=[("Total Contract Value, 3 years (excl. GST)", lakh(3972000), True), ("IGST @ 18%", lakh(714960), False), ("Total incl. GST", lakh(4686960), False)],
        words="Total Contract Value in words: Rupees " + inr_words(3972000) + " Only",
        kv=[("Contract Period:", "36 months, 01-Oct-2026 to 30-Sep-2029"), ("Billing:", "Each year's fee invoiced annually in advance at the start of that year"),
            ("Payment Terms:", "Within 45 days of receipt of invoice"), ("Renewal:", "The contract expires at the end of the Contract Period; no auto-renewal"),
            ("Purchase Order:", "PO No. VPDL/PUR/2026/1442 to be quoted on every invoice")],
        tc=["The annual fee steps up by 10% in each contract year as shown in the price schedule above."],
        seat="Jabalpur", csig="A. K. Shrivastava, Chief Engineer (IT)", vsig="Rohit Mehra, Director"),
        deal_id="006-BH0203",
        desc="Indian three-year ramp in INR with lakh grouping and IGST 18%: Grid Analytics Platform 12,00,000.00 (Year 1, 01-Oct-2026..30-Sep-2027), 13,20,000.00 (Year 2) and 14,52,000.00 (Year 3), one line per year with its dates; stated Total Contract Value 39,72,000.00 = 12,00,000 + 13,20,000 + 14,52,000 (in words Rupees Thirty-Nine Lakh Seventy-Two Thousand). IGST 7,14,960.00 and 46,86,960.00 incl. GST are not the contract value. 36 months, annual in advance, 45 days, no auto-renewal, PO VPDL/PUR/2026/1442 required.",
        tags=["india", "lakh-grouping", "gst-separate", "ramp", "po-required", "no-auto-renew", "amount-in-words"]))
    lines = [L("WhatsApp Business Platform Fee", 1, "45000.00", "month", cur, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Malabar Retail Private Limited", vendor_legal_name="Konkan Messaging Private Limited", order_form_number="KM-2026-0733",
        billing_contact_email="ap@malabarretail.example", currency=cur, effective_date="2026-11-22", service_start_date="2026-12-01",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=7, billing_frequency="monthly", billing_timing="advance",
        total_contract_value="540000.00",
        usage_rules=[usage("Business-initiated conversations", "conversation", "100000", "month", "graduated", [("400000", "0.80"), (None, "0.65")], "monthly", "arrears")]),
        lines=lines, r=dict(date="2026-11-22", ref="Customer Ref: MRPL/MKT/2026/88\nCurrency: INR", pos="Kerala (32)",
        vaddr="1201 Lodha Supremus, Lower Parel, Mumbai 400013, Maharashtra", vgst="27AAACK0000G1Z3", vcin="U74999MH2019PTC000733",
        billto="Malabar Retail Private Limited\nMG Road, Ernakulam, Kochi 682016\nGSTIN: 32AAACM0000H1Z9\nState: Kerala (32)\nBilling e-mail: ap@malabarretail.example",
        shipto="Malabar Retail Private Limited\nCustomer care centre, Kochi\n\n\n",
        totals=[("Monthly Platform Fee (excl. GST)", lakh(45000), False), ("IGST @ 18%", lakh(8100), False), ("Monthly total incl. GST", lakh(53100), False),
                ("Total Platform Fees, 12 months (excl. GST)", lakh(540000), True)],
        words="Total Platform Fees in words: Rupees " + inr_words(540000) + " Only",
        kv=[("Subscription Term:", "12 months commencing 01-Dec-2026"), ("Billing:", "Platform fee monthly in advance; conversation charges monthly in arrears"),
            ("Payment Terms:", "7 days from invoice date"),
            ("Renewal:", "Renews automatically for further 12 months unless cancelled by written notice at least 60 days before the renewal date")],
        tc=["Conversation allowance: 1,00,000 business-initiated conversations per month are included in the Platform Fee; unused conversations do not carry forward.",
            "Billable conversations (those above the monthly allowance) are charged on a graduated basis: the first 4,00,000 billable conversations in a month at Rs. 0.80 each, and every billable conversation above 4,00,000 at Rs. 0.65 each, invoiced monthly in arrears.",
            "Meta/telecom pass-through charges, if any, are billed at actuals."],
        seat="Mumbai", csig="Thomas Kurian, Head of Customer Experience", vsig="Sneha Patil, Account Director"),
        deal_id="006-BH0204", derived={"service_end_date": {"value": "2027-11-30", "rule": "start 2026-12-01 + 12 months - 1 day"}},
        desc="Indian messaging order in INR with lakh grouping: platform fee 45,000.00 per month, monthly in advance; 'Total Platform Fees, 12 months (excl. GST)' 5,40,000.00 = 45,000 x 12. Usage in the terms: 1,00,000 conversations included per month; billable conversations above it graduated, first 4,00,000 billable at 0.80 and above that 0.65 (tiers counted on billable conversations: up_to 400000 then null), monthly in arrears. Term 12 months from 01-Dec-2026, no end date written: derived 2027-11-30. 7 days payment; auto-renews 12 months with 60 days' notice.",
        tags=["india", "lakh-grouping", "gst-separate", "usage", "graduated", "derived-end-date", "monthly-billing", "auto-renew"]))
    return S
