from common import *

LAY = "recital-commercial-terms"

def build(spec):
    t, r = spec["t"], spec["r"]
    def ftr(p):
        p.set_y(-13); p.set_font("Times", "", 8)
        p.cell(0, 5, f"{r['doc_title']} - {t['order_form_number']}", align="L")
        p.cell(0, 5, f"Page {p.page_no()}", align="R")
    pdf = Doc(ftr=ftr); pdf.set_margins(24, 20, 24); pdf.add_page()
    pdf.set_font("Times", "B", 16); pdf.cell(0, 9, r["doc_title"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10); pdf.cell(0, 5, f"Reference {t['order_form_number']}", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
    pdf.para(r["preamble"], font="Times", size=10.5, h=5.2)
    pdf.ln(2); pdf.set_font("Times", "B", 11); pdf.cell(0, 6, "RECITALS", new_x="LMARGIN", new_y="NEXT")
    for i, x in enumerate(r["recitals"]):
        pdf.para(f"({chr(65+i)})  {x}", font="Times", size=10.5, h=5.2); pdf.ln(1)
    pdf.para("NOW, THEREFORE, in consideration of the mutual promises below, the parties agree to the following Commercial Terms, which prevail over any conflicting provision of the general terms referred to in paragraph " + str(len(r["terms"]) + 1) + ".", font="Times", size=10.5, h=5.2)
    pdf.ln(2); pdf.set_font("Times", "B", 11); pdf.cell(0, 6, "COMMERCIAL TERMS", new_x="LMARGIN", new_y="NEXT")
    for i, (h, body) in enumerate(r["terms"], 1):
        pdf.set_font("Times", "B", 10.5); pdf.multi_cell(0, 5.2, f"{i}.  {h}.", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(32); pdf.set_font("Times", "", 10.5); pdf.multi_cell(0, 5.2, body, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.set_font("Times", "B", 10.5); pdf.multi_cell(0, 5.2, f"{len(r['terms']) + 1}.  General Terms.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(32); pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(0, 5.2, "The following general terms also apply to this order.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    for j, (h, b) in enumerate(BOILER[:10], 1):
        pdf.set_x(32); pdf.set_font("Times", "", 9.5)
        pdf.multi_cell(0, 4.6, f"{len(r['terms']) + 1}.{j}  {h}. {b}", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    pdf.ln(6); pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(0, 5.2, "IN WITNESS WHEREOF the parties have executed this order by their authorised representatives.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if pdf.get_y() > 240: pdf.add_page()
    y = pdf.get_y()
    for j, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(24 + j * 84, y); pdf.set_font("Times", "B", 10); pdf.multi_cell(78, 5, who, new_x="LEFT", new_y="NEXT")
        pdf.ln(9); pdf.set_x(24 + j * 84); pdf.set_font("Times", "", 10); pdf.multi_cell(78, 5, "By: ____________________________\n" + nm, new_x="LEFT", new_y="NEXT")
    return pdf

def specs():
    S = []
    cur = "USD"
    lines = [L("Enterprise Routing licence", 1, "36000.00", "year", cur, periods=3),
             L("Driver mobile seats", 150, "8.00", "month", cur, periods=36, show_net=False)]
    S.append(dict(t=dict(customer_legal_name="Orchard Lane Logistics LLC", vendor_legal_name="Meridian Routing Technologies, Inc.", order_form_number="SO-55102",
        billing_contact_email="payables@orchardlane.example", currency=cur, effective_date="2026-01-20", service_start_date="2026-02-01", service_end_date="2029-01-31",
        term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=45, billing_frequency="annual", billing_timing="advance",
        non_standard_terms=["Most-favoured-customer pricing on driver seats: vendor must match any lower per-seat price offered to a comparable customer, with credit of the difference"]),
        lines=lines, r=dict(doc_title="Subscription Order", preamble="This Subscription Order is made on January 20, 2026 (the \"Effective Date\") between Meridian Routing Technologies, Inc., a Delaware corporation (\"Supplier\"), and Orchard Lane Logistics LLC, an Ohio limited liability company (\"Customer\").",
        recitals=["Supplier operates a hosted route-optimisation and dispatch platform.", "Customer operates a regional delivery fleet and wishes to use that platform for its dispatch centres and drivers.", "The parties wish to record the commercial terms of that use in this order."],
        terms=[("Subscription", "Supplier grants Customer a subscription to the platform comprising an Enterprise Routing licence of USD 36,000 per year for unlimited dispatchers, and Driver mobile seats, being 150 seats at USD 8.00 per seat per month."),
               ("Commencement and Term", "The subscription commences on February 1, 2026 and continues for three (3) years, ending on January 31, 2029 (the \"Initial Term\")."),
               ("Renewal", "Thereafter the subscription renews for successive one (1) year periods unless either party gives written notice of non-renewal no later than ninety (90) days before the end of the then-current period."),
               ("Invoicing", "All fees for each contract year, including twelve months of Driver seat fees, are invoiced annually in advance at the start of that contract year. Invoices are sent to payables@orchardlane.example."),
               ("Payment", "Customer shall pay each undisputed invoice within forty-five (45) days of receipt."),
               ("Pricing Protection", "If during the Initial Term Supplier offers Driver mobile seats to a comparable customer at a lower per-seat price, Supplier shall extend that lower price to Customer from the same date and credit any difference already paid.")],
        sigs=[("MERIDIAN ROUTING TECHNOLOGIES, INC.", "Name: Carla Fenwick\nTitle: Chief Revenue Officer"), ("ORCHARD LANE LOGISTICS LLC", "Name: Dwayne Mercer\nTitle: VP Operations")]),
        deal_id="006-BG0401",
        desc="Order whose commercial terms are a numbered list after WHEREAS-style recitals; fees only in prose ('an Enterprise Routing licence of USD 36,000 per year', '150 seats at USD 8.00 per seat per month'). The licence is a single fee per year so its net_amount is 36,000.00; the seat line shows no total, so its net_amount is null. Term 3 years stated with end date January 31, 2029. Annual invoicing in advance; auto-renewal 1 year with 90 days' notice; Net 45. Most-favoured-customer pricing is non-standard. No total stated; CRM amount 36,000 x 3 + 150 x 8 x 36 = 108,000 + 43,200 = 151,200.00.",
        tags=["recitals", "prose-fees", "multi-year", "auto-renew", "mfn", "us-dates"]))
    cur = "GBP"
    lines = [L("Casework Cloud Platform subscription", 1, "7350.00", "quarter", cur, periods=8),
             L("Data migration", 1, "4500.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Thistle & Rowan Housing Association Limited", vendor_legal_name="Casework Cloud Ltd", order_form_number="CC-OS-2026-233",
        billing_contact_email="purchase.ledger@thistlerowan.example", currency=cur, effective_date="2026-03-03", service_start_date="2026-04-01", service_end_date="2028-03-31",
        term_months=24, auto_renew=False, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter",
        total_contract_value="63300.00",
        non_standard_terms=["Break clause: customer may terminate at the end of month 12 on at least 90 days' written notice without paying the remaining fees"]),
        lines=lines, r=dict(doc_title="Order for Services", preamble="THIS ORDER is dated 3rd March 2026 and is made between (1) Casework Cloud Ltd, a company registered in England and Wales (the \"Supplier\"), and (2) Thistle & Rowan Housing Association Limited, a registered society (the \"Customer\").",
        recitals=["The Supplier provides a hosted case-management platform for social landlords.", "The Customer has selected the Supplier following a mini-competition and wishes to record the agreed commercial terms."],
        terms=[("Service Period", "The Services start on 1st April 2026 and run for a fixed period of 24 months ending on 31st March 2028. This order will not renew automatically; any continuation requires a fresh order."),
               ("Subscription Fee", "The Customer shall pay a fixed subscription fee of GBP 7,350.00 per quarter for the Casework Cloud Platform subscription (unlimited named users), invoiced quarterly in advance on the first day of each calendar quarter."),
               ("Data Migration", "A one-off Data migration fee of GBP 4,500.00 is invoiced on signature of this order."),
               ("Aggregate Value", "The total payable under this order over the Service Period is GBP 63,300.00, being eight quarterly fees and the migration fee."),
               ("Payment", "Invoices are payable within 30 days of the invoice date and should be sent to purchase.ledger@thistlerowan.example."),
               ("Break Right", "The Customer may end this order at the end of month 12 by giving at least 90 days' written notice, in which case no fees for the remaining period are payable.")],
        sigs=[("Signed for CASEWORK CLOUD LTD", "Director: Fiona Gallacher"), ("Signed for THISTLE & ROWAN HOUSING ASSOCIATION LIMITED", "Chief Executive: Andrew Sorley")]),
        deal_id="006-BG0402",
        desc="UK recital-plus-commercial-terms order billed as a fixed per-quarter amount rather than a unit price: one line, quantity 1 at GBP 7,350.00 per quarter (net_amount 7,350.00 since the fee per quarter is stated), plus one-off migration 4,500.00. Stated aggregate 8 x 7,350 + 4,500 = 63,300.00. Invoiced on the first day of each calendar quarter (billing_anchor calendar_quarter). Will not renew automatically. Month-12 break clause recorded as non-standard.",
        tags=["recitals", "per-quarter-amount", "quarterly-billing", "calendar-quarter", "one-time-fee", "no-auto-renew", "break-clause", "uk-dates"]))
    cur = "CAD"
    lines = [L("Platform fee", 1, "24000.00", "year", cur, disc="12.5"),
             L("Sensor connections", 400, "3.25", "month", cur, show_net=False, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Boreal Timberworks Ltd.", vendor_legal_name="Northfold Software Corporation", order_form_number="NF-2026-0088",
        billing_contact_email="ap@borealtimber.example", currency=cur, effective_date="2026-05-05", service_start_date="2026-06-01", term_months=12,
        payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="BT-PO-7781",
        usage_rules=[usage("Telemetry events", "1,000 events", "5000", "month", "graduated", [("20000", "0.040"), (None, "0.025")], "monthly", "arrears")]),
        lines=lines, r=dict(doc_title="Master Subscription Order", preamble="This Master Subscription Order, effective May 5, 2026, is entered into by Northfold Software Corporation (\"Northfold\") and Boreal Timberworks Ltd. (\"Boreal\").",
        recitals=["Northfold licenses an industrial IoT monitoring service.", "Boreal wishes to monitor kilns and saw lines at its mills using that service."],
        terms=[("Start and Length", "Service starts on June 1, 2026 (the \"Go-live\") and runs for twelve (12) months from the Go-live."),
               ("Platform Fee", "Boreal will pay a Platform fee of C$24,000 per year, discounted by 12.5% to a net C$21,000 per year."),
               ("Sensor connections", "Boreal will pay for 400 Sensor connections at C$3.25 per connection per month."),
               ("Telemetry Usage", "Fees include 5,000 blocks of 1,000 telemetry events each month. Additional blocks in a month are charged on a graduated basis: the first 20,000 additional blocks at C$0.040 per block and any further blocks at C$0.025 per block, invoiced monthly in arrears."),
               ("Invoicing and Payment", "Platform and Sensor connection fees for the twelve months are invoiced annually in advance on the Go-live; payment is due thirty (30) days after invoice. Invoices go to ap@borealtimber.example and must quote Boreal purchase order BT-PO-7781.")],
        sigs=[("NORTHFOLD SOFTWARE CORPORATION", "Name: Priya Sandhu\nTitle: VP Finance"), ("BOREAL TIMBERWORKS LTD.", "Name: Marc-Andre Gagnon\nTitle: Controller")]),
        deal_id="006-BG0403", derived={"service_end_date": {"value": "2027-05-31", "rule": "go-live 2026-06-01 + 12 months - 1 day"}},
        desc="Recital-style order in CAD (C$) with prose fees. Platform fee C$24,000 less 12.5% = net C$21,000 stated (net_amount 21000.00). Sensor connections 400 x 3.25 per month, no line total written (net null). Term stated as twelve months from Go-live with no end date: end derived 2027-05-31. Telemetry usage counted in blocks of 1,000 events: 5,000 blocks included per month, then graduated 0.040 for the first 20,000 extra blocks and 0.025 beyond (up_to 20000 then null). PO BT-PO-7781 must be quoted. Renewal not mentioned.",
        tags=["recitals", "prose-fees", "cad", "discount", "usage", "graduated", "po-required", "go-live", "derived-end-date"]))
    cur = "PLN"
    lines = [L("Manufacturing Execution licence", 60, "210.00", "month", cur, periods=12),
             L("Premium support", 1, "1890.00", "month", cur, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Wisla Components Sp. z o.o.", vendor_legal_name="Kadencja Systems S.A.", order_form_number="KS/ZAM/2026/045",
        billing_contact_email="faktury@wislacomponents.example", currency=cur, effective_date="2026-06-12", service_start_date="2026-07-01", service_end_date="2027-06-30",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=21, billing_frequency="monthly", billing_timing="arrears",
        minimum_commitment={"amount": "150000.00", "period": "term"},
        non_standard_terms=["First monthly invoice is payable only after the customer signs the go-live acceptance certificate"]),
        lines=lines, r=dict(doc_title="Zamowienie / Subscription Order", preamble="This Subscription Order is concluded on 12.06.2026 between Kadencja Systems S.A. with its seat in Krakow (the \"Provider\") and Wisla Components Sp. z o.o. with its seat in Katowice (the \"Client\").",
        recitals=["The Provider supplies a cloud manufacturing execution system.", "The Client wishes to roll the system out at its Katowice plant."],
        terms=[("Period", "The subscription period is 12 months, from 01.07.2026 to 30.06.2027."),
               ("Extension", "Unless either party terminates with 30 days' notice before the end of a period, the subscription is extended for consecutive 12-month periods."),
               ("Licence Fees", "The Client will pay for 60 users of the Manufacturing Execution licence at PLN 210,00 per user per month, i.e. PLN 12 600,00 per month."),
               ("Support", "Premium support is charged at a flat PLN 1 890,00 per month."),
               ("Minimum Value", "Total fees invoiced over the subscription period shall be not less than PLN 150 000,00; any shortfall is invoiced with the last monthly invoice."),
               ("Invoicing", "Fees are invoiced monthly in arrears, after the end of each month, to faktury@wislacomponents.example, with a payment term of 21 days."),
               ("Acceptance", "The first monthly invoice becomes payable only after the Client signs the go-live acceptance certificate.")],
        sigs=[("For KADENCJA SYSTEMS S.A.", "Tomasz Nowicki, Management Board Member"), ("For WISLA COMPONENTS SP. Z O.O.", "Anna Zielinska, Prezes Zarzadu")]),
        deal_id="006-BG0404",
        desc="Polish recital-style order in PLN with space thousands and comma decimals ('PLN 12 600,00'), dates 01.07.2026. 60 users x 210,00 = 12 600,00 per month (stated, net_amount); support flat 1 890,00 per month. Monthly in arrears, 21 days. Minimum PLN 150 000,00 over the subscription period (period term). Renews for 12-month periods unless 30 days' notice. First invoice contingent on go-live acceptance (non-standard). No total stated; CRM amount (12,600 + 1,890) x 12 = 173,880.00.",
        tags=["recitals", "pln", "space-thousands", "dot-dates", "minimum-commitment", "monthly", "arrears", "acceptance-contingent", "auto-renew"]))
    return S
