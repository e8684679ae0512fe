from common import *

LAY = "uk-order-schedule"

def mw(x, cur, word):
    x = D(str(x))
    return f"{cur} {num(x, cur, 'us')[:-3] if x == x.to_integral() else num(x, cur, 'us')} ({words(x)} {word})"

def build(spec):
    t, r = spec["t"], spec["r"]
    def hdr(p):
        if p.page_no() > 1:
            p.set_font("Helvetica", "", 7.5); p.cell(0, 4, f"Order Schedule {t['order_form_number']} - {r['fw']}", align="R", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7.5); p.cell(0, 5, f"{p.page_no()}", align="C")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.set_margins(25, 18, 25); pdf.add_page()
    pdf.set_font("Helvetica", "", 9); pdf.cell(0, 5, "DATED " + r["dated"].upper(), align="R", new_x="LMARGIN", new_y="NEXT"); pdf.ln(10)
    pdf.set_font("Helvetica", "B", 18); pdf.cell(0, 9, f"ORDER SCHEDULE {t['order_form_number']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, f"issued under the {r['fw']}", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(8)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "BETWEEN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, f"(1)  {r['p1']}; and\n\n(2)  {r['p2']}.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10); pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.5, "This Order Schedule sets out the Services ordered and the Charges payable. Clause numbers in this Order Schedule are local to it; references to the Framework are to the agreement named above.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for cn, (title, subs) in enumerate(r["clauses"], 1):
        pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, f"{cn}.  {title.upper()}", new_x="LMARGIN", new_y="NEXT")
        for sn, item in enumerate(subs, 1):
            if isinstance(item, tuple):
                lead, parts = item
                pdf.set_font("Helvetica", "", 9.5); pdf.set_x(25); pdf.multi_cell(0, 4.8, f"{cn}.{sn}   {lead}", align="J", new_x="LMARGIN", new_y="NEXT")
                for k, ptxt in enumerate(parts):
                    pdf.set_x(37); pdf.multi_cell(0, 4.8, f"({chr(97+k)})   {ptxt}", align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", "", 9.5); pdf.set_x(25); pdf.multi_cell(0, 4.8, f"{cn}.{sn}   {item}", align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(1.5)
    cn = len(r["clauses"]) + 1
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, f"{cn}.  INCORPORATION OF FRAMEWORK TERMS", new_x="LMARGIN", new_y="NEXT")
    for sn, (h, b) in enumerate(BOILER[:9], 1):
        pdf.set_font("Helvetica", "", 8.8); pdf.multi_cell(0, 4.4, f"{cn}.{sn}   {h}: {b}", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    pdf.ln(5)
    if pdf.get_y() > 225: pdf.add_page()
    pdf.set_font("Helvetica", "", 9.5)
    for who, nm in r["sigs"]:
        pdf.multi_cell(0, 5, f"Signed by {nm}\nfor and on behalf of {who}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6); pdf.cell(0, 5, ".............................................   Director / Authorised Signatory", new_x="LMARGIN", new_y="NEXT"); pdf.ln(5)
    return pdf

def specs():
    S = []
    cur = "GBP"
    lines = [L("Practice Management Platform", 85, "420.00", "year", cur),
             L("Document Automation Module", 1, "12500.00", "year", cur),
             L("Implementation Services", 1, "9000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Fenwick Marsh Solicitors LLP", vendor_legal_name="Ledgerline Legal Tech Limited", order_form_number="OS-014",
        billing_contact_email="accounts.payable@fenwickmarsh.example", currency=cur, effective_date="2026-02-01", service_start_date="2026-03-01", service_end_date="2027-02-28",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        po_required=True, po_number="FMS/PO/2026/118", late_fee_percent_per_month="2", total_contract_value="57200.00"),
        lines=lines, r=dict(dated="1st February 2026", fw="Framework Agreement for Legal Software Services dated 14th October 2025",
        p1="LEDGERLINE LEGAL TECH LIMITED, incorporated in England and Wales, whose registered office is at 12 Bream's Yard, London EC4A 1AB (the \"Supplier\")",
        p2="FENWICK MARSH SOLICITORS LLP, a limited liability partnership whose registered office is at 3 Castle Wynd, York YO1 7AA (the \"Customer\")",
        clauses=[("Commencement and Term", ["This Order Schedule takes effect on 1st February 2026 (the \"Order Date\").",
                    "The Services commence on 1st March 2026 (the \"Commencement Date\") and continue for an Initial Term of twelve (12) months, expiring on 28th February 2027.",
                    "On expiry of the Initial Term, and of each Renewal Term, this Order Schedule renews for a further twelve (12) months (a \"Renewal Term\") unless either party serves written notice of non-renewal not less than ninety (90) days before expiry."]),
                 ("Charges", ["The Charges are exclusive of VAT, which is payable in addition.",
                    ("The Customer shall pay the following Charges:", [
                        f"Practice Management Platform: 85 fee-earner licences at {mw(420, cur, 'pounds')} per licence per annum, being {mw(35700, cur, 'pounds')} per annum;",
                        f"Document Automation Module: {mw(12500, cur, 'pounds')} per annum; and",
                        f"Implementation Services: {mw(9000, cur, 'pounds')}, payable once."]),
                    f"The total Charges for the Initial Term are {mw(57200, cur, 'pounds')}."]),
                 ("Invoicing and Payment", ["The annual Charges under clause 2.2(a) and 2.2(b) are invoiced annually in advance on the Commencement Date and each anniversary of it; the Charge under clause 2.2(c) is invoiced on the Commencement Date.",
                    "The Customer shall pay each valid invoice within thirty (30) days of its date.",
                    "Every invoice must quote the Customer's purchase order number FMS/PO/2026/118 and be sent to accounts.payable@fenwickmarsh.example; invoices without it will not be processed.",
                    "Sums not paid when due bear interest at the rate of 2% per month from the due date until payment."])],
        sigs=[("LEDGERLINE LEGAL TECH LIMITED", "Harriet Cole"), ("FENWICK MARSH SOLICITORS LLP", "Rupert Fenwick, Managing Partner")]),
        deal_id="006-BG0501",
        desc="UK-style Order Schedule with a cover page and local clause numbers (2.2(a)-(c)); amounts in figures and words, e.g. 'GBP 12,500 (twelve thousand five hundred pounds)'. 85 x 420 = 35,700 per annum (stated, net_amount); document module 12,500 per annum; implementation 9,000 once; stated total 57,200 = 35,700 + 12,500 + 9,000 for the 12-month Initial Term. Auto-renews 12 months, 90 days' notice; PO FMS/PO/2026/118 required; interest 2% per month (late fee).",
        tags=["uk-schedule", "amounts-in-words", "clause-numbers", "po-required", "late-fee", "auto-renew", "uk-dates", "one-time-fee"]))
    cur = "GBP"
    lines = [L("Rostering Platform", 1, "18000.00", "year", cur, start="2026-05-01", end="2027-04-30"),
             L("Rostering Platform", 1, "21600.00", "year", cur, start="2027-05-01", end="2028-04-30"),
             L("Rostering Platform", 1, "24000.00", "year", cur, start="2028-05-01", end="2029-04-30")]
    S.append(dict(t=dict(customer_legal_name="Ashgrove Care Homes Limited", vendor_legal_name="Carepoint Rostering Ltd", order_form_number="CP-OS-007",
        billing_contact_email="invoices@ashgrovecare.example", currency=cur, effective_date="2026-04-09", service_start_date="2026-05-01", service_end_date="2029-04-30",
        term_months=36, auto_renew=False, payment_terms_days=45, billing_frequency="annual", billing_timing="advance", total_contract_value="63600.00",
        non_standard_terms=["Customer may terminate for convenience on 6 months' notice, paying 50% of the fees for the rest of the current contract year"]),
        lines=lines, r=dict(dated="9th April 2026", fw="Call-Off Framework for Workforce Systems dated 2nd June 2025",
        p1="CAREPOINT ROSTERING LTD (company number 00000007) of Unit 4, Weaver Court, Chester CH1 4QR (the \"Supplier\")",
        p2="ASHGROVE CARE HOMES LIMITED (company number 00000008) of Ashgrove House, Mill Lane, Shrewsbury SY1 2AB (the \"Customer\")",
        clauses=[("Duration", ["This Order Schedule is effective on the date written on its cover.",
                    "The Services start on 1st May 2026 and the Term is thirty-six (36) months, ending on 30th April 2029.",
                    "This Order Schedule expires at the end of the Term and shall not renew; any further period must be agreed in a new Order Schedule."]),
                 ("Charges", [("The annual Charge for the Rostering Platform (all homes, unlimited staff records) steps up as follows:", [
                        f"Contract Year 1 (1st May 2026 - 30th April 2027): {mw(18000, cur, 'pounds')};",
                        f"Contract Year 2 (1st May 2027 - 30th April 2028): {mw(21600, cur, 'pounds')}; and",
                        f"Contract Year 3 (1st May 2028 - 30th April 2029): {mw(24000, cur, 'pounds')}."]),
                    f"The Charges for the whole Term therefore total {mw(63600, cur, 'pounds')}."]),
                 ("Invoicing", ["Each Contract Year's Charge is invoiced annually in advance at the start of that Contract Year.",
                    "Invoices are payable forty-five (45) days after receipt and are to be e-mailed to invoices@ashgrovecare.example."]),
                 ("Special Terms", ["The Customer may terminate this Order Schedule for convenience on six (6) months' written notice, in which case it shall pay 50% of the Charges attributable to the remainder of the Contract Year in which termination takes effect."])],
        sigs=[("CAREPOINT ROSTERING LTD", "Gareth Rhys"), ("ASHGROVE CARE HOMES LIMITED", "Margaret Ellison, Finance Director")]),
        deal_id="006-BG0502",
        desc="UK Order Schedule CP-OS-007 with a three-step annual ramp written in words and figures in clause 2.1(a)-(c): 18,000 / 21,600 / 24,000 for Contract Years 1-3 with their date ranges, one line per step; stated total 63,600 = 18,000 + 21,600 + 24,000. Term 36 months, 'shall not renew' (auto_renew false). Net 45 from receipt. Termination for convenience with 50% payment is non-standard.",
        tags=["uk-schedule", "amounts-in-words", "ramp", "no-auto-renew", "termination-for-convenience", "uk-dates"]))
    cur = "EUR"
    lines = [L("Practice Suite", 32, "55.00", "month", cur, show_net=False, periods=24)]
    S.append(dict(t=dict(customer_legal_name="Liffey Dental Group Limited", vendor_legal_name="Smilebook Software Limited", order_form_number="SB-OS-0261",
        billing_contact_email="ap@liffeydental.example", currency=cur, effective_date="2026-05-18", service_start_date="2026-06-01", term_months=24,
        auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        usage_rules=[usage("SMS reminders", "SMS", "10000", "quarter", "graduated", [("15000", "0.045"), (None, "0.035")], "quarterly", "arrears")]),
        lines=lines, r=dict(dated="18th May 2026", fw="Master Services Agreement dated 3rd March 2025",
        p1="SMILEBOOK SOFTWARE LIMITED, a company registered in Ireland with its registered office at 21 Grand Canal Quay, Dublin 2 (the \"Supplier\")",
        p2="LIFFEY DENTAL GROUP LIMITED, a company registered in Ireland with its registered office at 5 Ormond Quay, Dublin 7 (the \"Customer\")",
        clauses=[("Term", ["The Services go live on 1st June 2026 (the \"Go-Live Date\") and continue for twenty-four (24) months from the Go-Live Date.",
                    "This Order Schedule then renews for successive periods of twelve (12) months unless either party gives at least sixty (60) days' written notice before the end of the then-current period."]),
                 ("Charges", [f"Practice Suite: 32 named users at {mw(55, cur, 'euro')} per user per month.",
                    ("SMS reminders: the Charges include 10,000 SMS reminders per quarter. Reminders above that allowance in a quarter are charged on a graduated basis:", [
                        "the first 15,000 additional reminders at EUR 0.045 each; and",
                        "every additional reminder beyond those 15,000 at EUR 0.035 each."]),
                    "SMS charges are invoiced quarterly in arrears."]),
                 ("Invoicing and Payment", ["Practice Suite Charges are invoiced quarterly in advance (three months per invoice).",
                    "Payment is due thirty (30) days after the invoice date. Invoices shall be e-mailed to ap@liffeydental.example."])],
        sigs=[("SMILEBOOK SOFTWARE LIMITED", "Niamh Brennan"), ("LIFFEY DENTAL GROUP LIMITED", "Dr Conor Whelan, Director")]),
        deal_id="006-BG0503", derived={"service_end_date": {"value": "2028-05-31", "rule": "go-live 2026-06-01 + 24 months - 1 day"}},
        desc="Irish Order Schedule in EUR with amounts in words ('EUR 55 (fifty-five euro)'). One recurring line: 32 users x 55.00 per month, billed quarterly in advance; no line total shown (net null). Term is 24 months from the Go-Live Date 2026-06-01 with no end date written: end derived 2028-05-31. SMS usage: 10,000 included per quarter; graduated overage 0.045 for the first 15,000 extra and 0.035 beyond (up_to 15000 then null), quarterly in arrears. Auto-renews 12 months with 60 days' notice. CRM amount 32 x 55 x 24 = 42,240.00.",
        tags=["uk-schedule", "amounts-in-words", "eur", "usage", "graduated", "go-live", "derived-end-date", "quarterly-billing", "auto-renew"]))
    cur = "DKK"
    lines = [L("Price Optimisation Engine", 1, "240000.00", "year", cur),
             L("Onboarding", 1, "36000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Nordlys Retail ApS", vendor_legal_name="Pricepoint Analytics Limited", order_form_number="PA-OS-2026-09",
        billing_contact_email="kreditor@nordlysretail.example", currency=cur, effective_date="2026-09-15", service_start_date="2026-10-01", service_end_date="2027-09-30",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="semiannual", billing_timing="advance",
        price_escalator_percent="5", total_contract_value="276000.00"),
        lines=lines, r=dict(dated="15th September 2026", fw="Framework Agreement for Analytics Services dated 1st July 2026",
        p1="PRICEPOINT ANALYTICS LIMITED, a company incorporated in England and Wales whose registered office is at 9 Temple Row, Birmingham B2 5JT (the \"Supplier\")",
        p2="NORDLYS RETAIL ApS, a company incorporated in Denmark (CVR 00000000) whose registered office is at Vesterbrogade 101, 1620 Copenhagen V (the \"Customer\")",
        clauses=[("Period", ["The Services commence on 1st October 2026 and end on 30th September 2027, a term of twelve (12) months.",
                    "Thereafter the Services roll over for further twelve-month periods unless either party serves notice at least sixty (60) days before the end of the current period."]),
                 ("Charges", [("The Charges are:", [f"Price Optimisation Engine: {mw(240000, cur, 'Danish kroner')} per annum; and",
                        f"Onboarding: {mw(36000, cur, 'Danish kroner')}, one-off."]),
                    f"Total Charges for the twelve-month term: {mw(276000, cur, 'Danish kroner')}.",
                    "On each renewal the annual Charge under clause 2.1(a) increases by five per cent (5%)."]),
                 ("Invoicing", ["The annual Charge is invoiced in two equal instalments, six-monthly in advance, on 1st October and 1st April; Onboarding is invoiced with the first instalment.",
                    "Invoices are payable within thirty (30) days and are sent to kreditor@nordlysretail.example."])],
        sigs=[("PRICEPOINT ANALYTICS LIMITED", "Oliver Trent"), ("NORDLYS RETAIL ApS", "Mette Kjaergaard, CFO")]),
        deal_id="006-BG0504", deal={"account_name": "Nordlys Retail A/S"},
        desc="Order Schedule from a UK supplier to a Danish customer in DKK with amounts in words ('DKK 240,000 (two hundred and forty thousand Danish kroner)'). Annual fee 240,000 billed semi-annually in advance in two instalments (billing_frequency semiannual); onboarding 36,000 one-off; stated total 276,000. 5% increase on each renewal (escalator). DELIBERATE CRM MISMATCH: the CRM account is spelled 'Nordlys Retail A/S' while the form's legal name is 'Nordlys Retail ApS'.",
        tags=["uk-schedule", "amounts-in-words", "dkk", "semiannual", "escalator", "auto-renew", "crm-mismatch", "one-time-fee"]))
    return S
