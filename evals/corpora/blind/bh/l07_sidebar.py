from common import *

LAY = "sidebar-key-terms"

SBX, SBW = 142, 52

def build(spec):
    t, r = spec["t"], spec["r"]
    def ftr(p):
        p.set_y(-11); p.set_font("Helvetica", "", 7); p.set_text_color(120, 120, 120)
        p.cell(0, 4, f"{t['vendor_legal_name']}  -  {r['footer']}  -  {p.page_no()}/{{nb}}", align="L"); p.set_text_color(0, 0, 0)
    pdf = Doc(ftr=ftr); pdf.set_margins(16, 16, 16); pdf.add_page()
    # sidebar first
    pdf.set_fill_color(*r.get("sbfill", (237, 242, 247))); pdf.rect(SBX, 16, SBW, 262, style="F")
    pdf.set_xy(SBX + 4, 21); pdf.set_font("Helvetica", "B", 10.5); pdf.set_text_color(20, 60, 110)
    pdf.cell(SBW - 8, 6, r.get("sbtitle", "KEY TERMS"), new_x="LEFT", new_y="NEXT"); pdf.set_text_color(0, 0, 0); pdf.ln(1)
    for lab, val in r["side"]:
        pdf.set_x(SBX + 4); pdf.set_font("Helvetica", "", 6.8); pdf.set_text_color(90, 90, 90)
        pdf.cell(SBW - 8, 3.6, lab.upper(), new_x="LEFT", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        pdf.set_x(SBX + 4); pdf.set_font("Helvetica", "B", 6.4 if "@" in val else 8.4); pdf.multi_cell(SBW - 8, 4, val, new_x="LEFT", new_y="NEXT")
        pdf.ln(1.8)
    # main column
    pdf.set_right_margin(210 - SBX + 6); pdf.set_xy(16, 16)
    pdf.set_font("Helvetica", "B", 15); pdf.multi_cell(0, 7, t["vendor_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8); pdf.multi_cell(0, 4, r["vaddr"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(6)
    pdf.set_font("Helvetica", "B", 12.5); pdf.multi_cell(0, 6, r["title"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for blk in r["main"]:
        if isinstance(blk, tuple) and blk[0] == "h":
            pdf.ln(1); pdf.set_font("Helvetica", "B", 9.8); pdf.multi_cell(0, 5, blk[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.5)
        elif isinstance(blk, tuple) and blk[0] == "table":
            grid(pdf, blk[1], blk[2], size=8, aligns=blk[3], width=sum(blk[1])); pdf.ln(2)
        else:
            pdf.para(blk, size=9, h=4.6); pdf.ln(1.6)
    pdf.ln(3)
    if pdf.get_y() > 230: pdf.add_page(); pdf.set_right_margin(16)
    pdf.set_font("Helvetica", "", 8.8)
    for who, nm in r["sigs"]:
        pdf.multi_cell(0, 4.6, f"For {who}:\n\n_______________________________   Date: ____________\n{nm}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.add_page(); pdf.set_right_margin(16)
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "General Terms", new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, size=8.3)
    return pdf

def specs():
    S = []
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Design Review Workspace", 140, "396.00", "year", cur),
             L("Onboarding", 1, "4000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Hollis & Grange Architects LLP", vendor_legal_name="Brightlane Software, Inc.", order_form_number="BL-2026-0218",
        billing_contact_email="accounts@hollisgrange.example", currency=cur, effective_date="2026-02-18", service_start_date="2026-03-01", service_end_date="2027-02-28",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=45, billing_frequency="annual", billing_timing="advance",
        total_contract_value="59440.00"),
        lines=lines, r=dict(footer="Order BL-2026-0218", vaddr="1 Market Street, Spear Tower, San Francisco, CA 94105", title="Proposal and Order for Hollis & Grange Architects LLP",
        side=[("Order number", "BL-2026-0218"), ("Order date", "February 18, 2026"), ("Customer", "Hollis & Grange Architects LLP"),
              ("Start", "March 1, 2026"), ("End", "February 28, 2027"), ("Term", "12 months"), ("Seats", "140"), ("Price per seat", m(396) + " per year"),
              ("Annual subscription", m(55440)), ("Onboarding (one-time)", m(4000)), ("Total contract value", m(59440)),
              ("Billing", "Annually in advance"), ("Payment", "Net 45"), ("Renewal", "Automatic, 12 months; 60 days' notice to cancel"),
              ("Invoices to", "accounts@hollisgrange.example")],
        main=["Thank you for choosing Brightlane. This proposal becomes an order when signed by both parties. It sets out what your teams will receive and, in the panel on the right, the commercial terms that apply.",
              ("h", "What you are buying"),
              "Design Review Workspace gives 140 named architects and project leads a shared space to mark up drawings, track review comments against model versions and export issue logs to your document control system. Each seat is priced at $396.00 per year.",
              "Onboarding is a one-time package of four remote workshops and the configuration of your review templates, delivered in the first six weeks.",
              ("h", "How the term works"),
              "Your subscription runs for twelve months from March 1, 2026. Unless either of us gives notice at least 60 days before the end of a term, it renews for another twelve months at the then-current seat price.",
              ("h", "Invoicing"),
              "We invoice the annual subscription and the onboarding package together at the start date, and invoices are payable within 45 days."],
        sigs=[("Hollis & Grange Architects LLP", "Catherine Grange, Managing Partner"), ("Brightlane Software, Inc.", "Omar Farouk, Account Executive")]),
        deal_id="006-BH0701",
        desc="Proposal-style order whose key terms sit in a shaded sidebar (label above value) beside the prose; the prose repeats the seat price. 140 seats x $396.00 = $55,440.00 per year (sidebar 'Annual subscription'); onboarding $4,000.00 one-time; sidebar 'Total contract value' $59,440.00 = 55,440 + 4,000 for the 12-month term March 1, 2026 - February 28, 2027. Annual in advance, Net 45, auto-renews 12 months with 60 days' notice.",
        tags=["sidebar", "prose", "us-dates", "auto-renew", "one-time-fee"]))
    cur = "GBP"; m = lambda x: "£" + num(x, cur)
    lines = [L("Tenancy Insight Platform", 1, "24000.00", "year", cur, periods=3),
             L("Repairs Forecasting Module", 1, "8500.00", "year", cur, periods=3),
             L("Data Connector", 3, "1200.00", "year", cur, periods=3)]
    S.append(dict(t=dict(customer_legal_name="Bramblewood Housing Association Limited", vendor_legal_name="Quillstone Analytics Ltd", order_form_number="QA-PO-7781",
        billing_contact_email="finance@bramblewoodha.example", currency=cur, effective_date="2026-04-14", service_start_date="2026-05-01", service_end_date="2029-04-30",
        term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True,
        total_contract_value="108300.00"),
        lines=lines, r=dict(footer="Order QA-PO-7781", vaddr="Unit 3, The Calls, Leeds LS2 7EY", title="Order Summary",
        side=[("Reference", "QA-PO-7781"), ("Dated", "14 April 2026"), ("Currency", "GBP"), ("Start date", "1 May 2026"), ("End date", "30 April 2029"),
              ("Term", "36 months"), ("Annual fees", m(36100)), ("Total contract value", m(108300) + " (3 years)"),
              ("Invoicing", "Annually in advance"), ("Payment", "30 days"), ("Renewal", "None; expires at end of term"),
              ("Purchase order", "Required - PO number to be issued by the Customer before the first invoice"), ("Finance contact", "finance@bramblewoodha.example")],
        main=["This Order Summary records the subscription that Bramblewood Housing Association Limited (the \"Customer\") takes from Quillstone Analytics Ltd for its housing management teams.",
              ("h", "Subscription"),
              ("table", (58, 12, 25, 25), [["Item", "Qty", "Unit price / yr", "Annual"],
                  ["Tenancy Insight Platform", "1", m(24000), m(24000)], ["Repairs Forecasting Module", "1", m(8500), m(8500)],
                  ["Data Connector", "3", m(1200), m(3600)], ["Annual fees", "", "", m(36100)]], ("LEFT", "RIGHT", "RIGHT", "RIGHT")),
              "Fees are fixed for the whole term and are invoiced each year in advance on 1 May.",
              ("h", "Purchase orders"),
              "The Customer will issue a purchase order number before the first invoice, and every invoice must quote it. Invoices without a valid PO number will be rejected by the Customer's finance team.",
              ("h", "Term"),
              "The subscription starts on 1 May 2026 and ends on 30 April 2029. It does not renew automatically."],
        sigs=[("Bramblewood Housing Association Limited", "Denise Okafor, Director of Finance"), ("Quillstone Analytics Ltd", "Rhys Morgan, Director")]),
        deal_id="006-BH0702",
        desc="UK order summary with a key-terms sidebar and a small fee table in the prose column. Tenancy Insight Platform £24,000.00, Repairs Forecasting £8,500.00 and 3 Data Connectors x £1,200.00 = £3,600.00, all per year; annual fees £36,100.00; sidebar total contract value £108,300.00 (3 years) = 36,100 x 3. 36 months 1 May 2026 - 30 April 2029, annual in advance, 30 days, no automatic renewal. A PO is required but its number is not yet issued (po_required true, po_number null).",
        tags=["sidebar", "gbp", "po-required-no-number", "multi-year", "no-auto-renew", "uk-dates"]))
    cur = "SGD"; m = lambda x: "S$" + num(x, cur)
    lines = [L("Robot Fleet Licence", 20, "2800.00", "year", cur, start="2026-07-01", end="2027-06-30"),
             L("Robot Fleet Licence", 30, "2800.00", "year", cur, start="2027-07-01", end="2028-06-30"),
             L("Commissioning", 1, "9500.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Straits Precision Engineering Pte. Ltd.", vendor_legal_name="Merlion Robotics Pte. Ltd.", order_form_number="MR-Q-26-119",
        billing_contact_email="ap@straitsprecision.example", currency=cur, effective_date="2026-06-02", service_start_date="2026-07-01", service_end_date="2028-06-30",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        total_contract_value="149500.00"),
        lines=lines, r=dict(footer="Quotation and Order MR-Q-26-119", vaddr="8 Marina View, #20-01, Singapore 018960", title="Quotation and Order: Autonomous Floor Fleet",
        side=[("Quotation / order", "MR-Q-26-119"), ("Date", "2 June 2026"), ("Currency", "SGD (S$)"), ("Start", "1 July 2026"), ("End", "30 June 2028"),
              ("Term", "24 months"), ("Total contract value", m(149500) + " (before GST)"), ("Invoicing", "Quarterly in advance"), ("Payment", "30 days from invoice"),
              ("Renewal", "12 months at a time unless 90 days' notice"), ("Accounts payable", "ap@straitsprecision.example")],
        main=["We are pleased to confirm the licensing of our autonomous floor robots for your Tuas and Woodlands plants. Licences grow with your deployment, as set out below.",
              ("h", "Licences"),
              "Year 1 (1 July 2026 to 30 June 2027): 20 Robot Fleet Licences at S$2,800.00 per licence per year, S$56,000.00 for the year.",
              "Year 2 (1 July 2027 to 30 June 2028): 30 Robot Fleet Licences at S$2,800.00 per licence per year, S$84,000.00 for the year.",
              "Each year's licence fees are invoiced in four equal quarterly instalments in advance.",
              ("h", "Commissioning"),
              "Commissioning of the first 20 robots, including site mapping and safety sign-off, is a one-time charge of S$9,500.00, invoiced on the start date.",
              ("h", "Total"),
              "The total contract value for the 24-month term is S$149,500.00 (S$56,000.00 + S$84,000.00 + S$9,500.00), exclusive of GST."],
        sigs=[("Straits Precision Engineering Pte. Ltd.", "Tan Wei Ming, Chief Operating Officer"), ("Merlion Robotics Pte. Ltd.", "Rachel Lim, Head of Sales")]),
        deal_id="006-BH0703",
        desc="Singapore quotation-and-order in SGD (amounts 'S$2,800.00'; sidebar states 'SGD (S$)') with the licence ramp in prose beside the sidebar: Year 1 (1 July 2026 - 30 June 2027) 20 licences x S$2,800.00 = S$56,000.00; Year 2 (1 July 2027 - 30 June 2028) 30 x S$2,800.00 = S$84,000.00 (two lines of the same product with their dates); commissioning S$9,500.00 one-time. Stated total contract value S$149,500.00 = 56,000 + 84,000 + 9,500 (before GST). Quarterly in advance, 30 days, renews 12 months unless 90 days' notice.",
        tags=["sidebar", "sgd", "prose-fees", "ramp", "quarterly-billing", "auto-renew", "one-time-fee"]))
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Shipping Platform", 1, "1750.00", "month", cur, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Hearthstone Home Goods, LLC", vendor_legal_name="Parcelgrid Inc.", order_form_number="PG-OF-5520",
        billing_contact_email="payables@hearthstonehome.example", currency=cur, effective_date="2026-08-11", service_start_date="2026-09-01",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="monthly", billing_timing="advance",
        late_fee_percent_per_month="1", total_contract_value="21000.00",
        usage_rules=[usage("Labels generated", "label", "20000", "month", "volume", [("50000", "0.06"), ("150000", "0.05"), (None, "0.04")], "monthly", "arrears")]),
        lines=lines, r=dict(footer="Order Form PG-OF-5520", vaddr="200 Clarendon Street, Boston, MA 02116", title="Order Form: Shipping Platform", sbtitle="AT A GLANCE",
        side=[("Order", "PG-OF-5520"), ("Signed date", "August 11, 2026"), ("Service start", "September 1, 2026"), ("Initial term", "12 months"),
              ("Platform fee", m(1750) + " per month"), ("Platform fees, initial term", m(21000)), ("Included labels", "20,000 per month"),
              ("Billing", "Platform monthly in advance; labels monthly in arrears"), ("Payment", "Net 30"), ("Late charge", "1% per month"),
              ("Renewal", "Auto-renews 12 months; 30 days' notice"), ("Billing contact", "payables@hearthstonehome.example")],
        main=["This Order Form sets out the Shipping Platform subscription for Hearthstone Home Goods, LLC. The platform fee of $1,750.00 per month covers rate shopping across carriers, returns portals and up to 20,000 labels generated each calendar month.",
              ("h", "Additional labels"),
              "Labels above the 20,000 included in a month are additional labels. They are priced on a volume basis, where the band reached by the month's number of additional labels sets the price of every additional label in that month:",
              ("table", (60, 45), [["Additional labels in the month", "Price per label"], ["up to 50,000", "$0.06"], ["50,001 to 150,000", "$0.05"], ["more than 150,000", "$0.04"]], ("LEFT", "RIGHT")),
              "Additional labels are invoiced monthly in arrears.",
              ("h", "Term"),
              "The initial term is 12 months beginning on the service start date and renews for further 12-month terms unless either party gives 30 days' notice before renewal. Overdue amounts bear a late charge of 1% per month."],
        sigs=[("Hearthstone Home Goods, LLC", "Marisol Vega, VP Operations"), ("Parcelgrid Inc.", "Ethan Brooks, Account Executive")]),
        deal_id="006-BH0704", derived={"service_end_date": {"value": "2027-08-31", "rule": "start 2026-09-01 + 12 months - 1 day"}},
        desc="Order form with an 'At a glance' sidebar and usage pricing in the prose column. Platform fee $1,750.00 per month, monthly in advance; sidebar 'Platform fees, initial term' $21,000.00 = 1,750 x 12. Labels: 20,000 included per month; additional labels priced on a VOLUME basis by the month's additional count: up to 50,000 at $0.06, 50,001-150,000 at $0.05, more than 150,000 at $0.04 (tiers up_to 50000, 150000, null), monthly in arrears. 12-month term from September 1, 2026 with no end date written: derived 2027-08-31. Net 30, late charge 1% per month, auto-renews 12 months with 30 days' notice.",
        tags=["sidebar", "usage", "volume-pricing", "derived-end-date", "late-fee", "monthly-billing", "auto-renew"]))
    return S
