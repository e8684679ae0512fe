from bclib import T, L, U, fd, num, line_net, s2
from formlib import deal, item, deal_items_from_lines
from build import fee_rows

FORMS = []

# ---------------------------------------------------------------- cover-kv-01
V, C = "Lumenfold Software, Inc.", "Harborline Freight Inc."
lines = [
    L("Lumenfold Dispatch Pro", 70, "108.00", "year", sku="LF-DSP-PRO", net_amount="7560.00"),
    L("Lumenfold Driver App", 140, "24.00", "year", sku="LF-DRV", net_amount="3360.00"),
    L("Onboarding Package", 1, "1250.00", "one_time", sku="LF-ONB", net_amount="1250.00"),
]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="LF-OF-24817",
      billing_contact_email="ap@harborline.example", currency="USD", effective_date="2026-03-01",
      service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual",
      billing_timing="advance", line_items=lines, total_contract_value="12170.00",
      late_fee_percent_per_month="1.5")
FORMS.append(dict(
    layout="cover-kv", nn=1, terms=t,
    description=("Cover-page order form (label/value pairs) from a routing-software vendor, fee schedule on page 2 and "
                 "two pages of general terms. The cover shows both an Order Date (Feb 20) and an Order Effective Date "
                 "(Mar 1); effective_date is the one labelled effective. Lines: 70 x 108.00 = 7,560.00 and "
                 "140 x 24.00 = 3,360.00 per year, plus a 1,250.00 one-time onboarding fee; stated total for the "
                 "12-month initial term 7,560 + 3,360 + 1,250 = 12,170.00 = total_contract_value. Renewal 12 months "
                 "with 60 days notice, Net 30, late charge 1.5% per month."),
    tags=["cover-page", "label-value", "one-time-fee", "us-dates", "late-fee"],
    deal=deal("006-BC0101", "Harborline Freight - Dispatch Pro FY26", "Harborline Freight Inc.", "2026-02-24",
              "USD", "12170.00", "ap@harborline.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(22, 78, 122), brand="LUMENFOLD", footer="Lumenfold Software, Inc. - Order Form LF-OF-24817 - Confidential",
        vendor_addr="Lumenfold Software, Inc.  |  901 Marquette Ave, Suite 1200, Minneapolis, MN 55402  |  lumenfold.example",
        subtitle="Order No. LF-OF-24817 for Lumenfold Dispatch subscription services",
        kv=[("Order No.", "LF-OF-24817"),
            ("Prepared for", "Harborline Freight Inc.\n2200 Pier Avenue, Suite 400, Long Beach, CA 90802"),
            ("Prepared by", "Renee Okafor, Account Executive, Lumenfold Software, Inc."),
            ("Bill to", "Harborline Freight Inc., Attn: Accounts Payable\nap@harborline.example"),
            ("Order Date", fd("2026-02-20", "us")),
            ("Order Effective Date", fd("2026-03-01", "us")),
            ("Subscription Start", fd("2026-03-01", "us")),
            ("Ends", fd("2027-02-28", "us")),
            ("Initial Term", "12 months"),
            ("Renewal", "Renews automatically for successive 12-month terms unless either party gives written "
                        "notice of non-renewal at least 60 days before the end of the then-current term."),
            ("Billing", "Annually in advance"),
            ("Payment Terms", "Net 30 from invoice date"),
            ("Late Payment", "Overdue amounts accrue a late charge of 1.5% per month"),
            ("Currency", "US Dollars (USD)")],
        cover_paras=["This Order Form is governed by the Lumenfold Master Subscription Agreement available at "
                     "lumenfold.example/legal/msa (the \"Agreement\"). Capitalised terms not defined here have the "
                     "meaning given in the Agreement. The fees for the Services are set out in Schedule A."],
        schedule_title="Schedule A - Subscription Fees",
        pre_table=["All amounts are in US Dollars and exclude applicable taxes."],
        fee_headers=["Product", "SKU", "Qty", "Unit Price", "Billing Period", "Amount"],
        fee_rows=fee_rows(lines, ["desc", "sku", "qty", "unit", "period", "net"], "us",
                          period_words={"year": "Annual", "one_time": "One-time"}),
        widths=[52, 28, 14, 26, 26, 28], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"],
        totals=[("Annual recurring fees", "USD 10,920.00"), ("One-time fees", "USD 1,250.00"),
                ("Total Fees for Initial Term", "USD 12,170.00")],
        Dn="Order Form", Vn="Lumenfold", Cn="Customer",
        commercial_clauses=[("Invoicing", "Lumenfold will issue invoices as stated on the cover page of this Order Form. "
                             "Invoices are sent by e-mail to the billing address on the cover page. Customer will "
                             "notify Lumenfold of any good-faith dispute before the payment due date.")],
        clauses=["use", "data", "security", "conf", "warranty", "disclaimer", "liability", "ip", "suspension",
                 "taxes", "assign", "force", "notices", "entire", "counterparts"],
        sigs=[("Lumenfold Software, Inc.", "", {"By": "Renee Okafor", "Name": "Renee Okafor",
                                               "Title": "Account Executive", "Date": fd("2026-02-24", "us")}),
              ("Harborline Freight Inc.", "", {"By": "M. Castellanos", "Name": "Marisol Castellanos",
                                              "Title": "VP Operations", "Date": fd("2026-02-23", "us")})],
    )))

# ---------------------------------------------------------------- cover-kv-02 (multi-page table)
V, C = "Brightwater Analytics GmbH", "Kaltenbach Logistik GmbH"
sites = [("Hamburg", 42, 36), ("Bremen", 18, 14), ("Hannover", 12, 10), ("Dortmund", 25, 22),
         ("Duisburg", 9, 8), ("Köln", 30, 26), ("Frankfurt", 28, 24), ("Mannheim", 11, 9),
         ("Stuttgart", 16, 12), ("Nürnberg", 14, 12), ("München", 33, 28), ("Leipzig", 10, 8)]
lines = []
for site, users, doors in sites:
    lines.append(L(f"Yard Control licence - {site}", users, "310.00", "year", sku="BW-YC", discount_percent="10",
                   net_amount=s2(users * 279)))
    lines.append(L(f"Dock Scheduler - {site}", doors, "240.00", "year", sku="BW-DS", discount_percent="10",
                   net_amount=s2(doors * 216)))
lines.append(L("Central Analytics Hub", 1, "24000.00", "year", sku="BW-CAH", net_amount="24000.00"))
lines.append(L("Rollout services", 1, "38500.00", "one_time", sku="BW-PS-ROLL", net_amount="38500.00"))
assert sum(u for _, u, _ in sites) == 248 and sum(d for _, _, d in sites) == 209
assert sum(line_net(li) for li in lines[:-1]) == 138336
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="BWA-2026-0331",
      billing_contact_email="rechnungseingang@kaltenbach-logistik.example", currency="EUR",
      effective_date="2026-03-16", service_start_date="2026-04-01", service_end_date="2029-03-31", term_months=36,
      auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=14,
      billing_frequency="annual", billing_timing="advance", line_items=lines, total_contract_value="453508.00",
      price_escalator_percent="3")
rows = fee_rows(lines, ["pos", "desc", "sku", "qty", "unit", "disc", "net"], "eu")
rows[-1][1] = "Rollout services (one-time)"
FORMS.append(dict(
    layout="cover-kv", nn=2, terms=t,
    description=("German logistics customer, EUR with continental number format (1.234,56) and dd.mm.yyyy dates. The "
                 "26-row fee table starts on the cover page and continues across the page break with a repeated "
                 "header. Each site has a Yard Control line (310,00 list, 10% off = 279,00 per user) and a Dock "
                 "Scheduler line (240,00 list, 10% off = 216,00 per door); 248 users x 279 = 69.192,00, 209 doors x "
                 "216 = 45.144,00, plus the undiscounted hub 24.000,00 = 138.336,00 per year; x 3 years = 415.008,00 "
                 "plus one-time rollout 38.500,00 = 453.508,00, the stated total for the Initial Term. Effective "
                 "16.03.2026, Commencement 01.04.2026. The 3% price increase applies at each renewal."),
    tags=["cover-page", "label-value", "multi-page-table", "discount", "eu-number-format", "dot-dates",
          "escalator", "one-time-fee", "many-lines"],
    deal=deal("006-BC0102", "Kaltenbach Logistik - Yard & Dock 12 sites", "Kaltenbach Logistik GmbH", "2026-03-13",
              "EUR", "453508.00", "rechnungseingang@kaltenbach-logistik.example",
              [item("Yard Control licence (12 sites)", 248, "279.00", "207576.00", "BW-YC"),
               item("Dock Scheduler (12 sites)", 209, "216.00", "135432.00", "BW-DS"),
               item("Central Analytics Hub", 1, "24000.00", "72000.00", "BW-CAH"),
               item("Rollout services", 1, "38500.00", "38500.00", "BW-PS-ROLL")]),
    doc=dict(
        color=(0, 110, 120), brand="BRIGHTWATER ANALYTICS", footer="Brightwater Analytics GmbH - Auftrag BWA-2026-0331",
        vendor_addr="Brightwater Analytics GmbH  |  Speicherstadt 7, 20457 Hamburg  |  HRB 154321  |  USt-IdNr. DE301234567",
        subtitle="Order Form (Auftragsformular) No. BWA-2026-0331 - Yard & Dock Suite",
        kv=[("Order No.", "BWA-2026-0331"),
            ("Customer", "Kaltenbach Logistik GmbH, Hafenstraße 12, 20457 Hamburg"),
            ("Invoice address", "Kaltenbach Logistik GmbH, Kreditorenbuchhaltung\nrechnungseingang@kaltenbach-logistik.example"),
            ("Effective Date", fd("2026-03-16", "dot")),
            ("Commencement", fd("2026-04-01", "dot")),
            ("End of Initial Term", fd("2029-03-31", "dot")),
            ("Initial Term", "36 months"),
            ("Renewal", "Automatic renewal by 12 months at a time unless terminated in writing with 90 days' notice "
                        "to the end of the current term"),
            ("Price adjustment", "Prices increase by 3% with effect from each renewal"),
            ("Invoicing", "Annually in advance"),
            ("Payment", "14 days from invoice date, without deduction"),
            ("Currency", "EUR")],
        lw=44,
        cover_paras=["The following schedule lists all licences per site. Prices are annual list prices in EUR; the "
                     "project discount of 10% applies to site licences only."],
        schedule_new_page=False,
        schedule_title="Schedule A - Licences and Fees",
        fee_headers=["Pos.", "Article", "Art.-No.", "Qty", "List price p.a.", "Disc.", "Net p.a."],
        fee_rows=rows, widths=[11, 56, 24, 12, 27, 12, 28],
        aligns=["CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"],
        tsize=8.3,
        totals=[("Annual net recurring fees", "EUR 138.336,00"), ("One-time fees", "EUR 38.500,00"),
                ("Total for the Initial Term (36 months)", "EUR 453.508,00")],
        post_table=["All prices are net of statutory VAT, which is added at the rate applicable on the invoice date."],
        Dn="Order Form", Vn="Brightwater", Cn="Customer",
        terms_title="General Terms and Conditions",
        clauses=["use", "data", "security", "conf", "warranty", "liability", "ip", "taxes", "audit", "force",
                 "notices", "return", "entire", "severability"],
        sigs=[("Brightwater Analytics GmbH", "", {"By": "J. Vogt", "Name": "Jana Vogt", "Title": "Geschäftsführerin",
                                                  "Date": fd("2026-03-16", "dot")}),
              ("Kaltenbach Logistik GmbH", "", {"By": "T. Kaltenbach", "Name": "Till Kaltenbach", "Title": "CFO",
                                                "Date": fd("2026-03-13", "dot")})],
    )))

# ---------------------------------------------------------------- cover-kv-03 (footnotes, PO)
V, C = "Sablewood Systems, Inc.", "Meadowgate Senior Living, Inc."
lines = [
    L("Care Coordination Suite", 310, "6.25", "month", sku="SWS-CCS", net_amount="1937.50"),
    L("Family Portal", 310, "1.10", "month", sku="SWS-FP", net_amount="341.00"),
    L("eMAR Integration", 1, "450.00", "month", sku="SWS-EMAR", net_amount="450.00"),
]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="SW-Q-10592",
      billing_contact_email="payables@meadowgate.example", currency="USD", effective_date="2026-05-01",
      service_start_date="2026-05-15", service_end_date="2028-05-14", term_months=24, auto_renew=False,
      payment_terms_days=45, billing_frequency="quarterly", billing_timing="advance", po_required=True,
      po_number="4500123987", line_items=lines, late_fee_percent_per_month="1.25",
      non_standard_terms=["Customer may reduce resident-bed count by up to 10% once per contract year on 30 days "
                          "notice, with fees reduced from the next quarterly invoice"])
FORMS.append(dict(
    layout="cover-kv", nn=3, terms=t,
    description=("Cover-page order form with dates in d-Mon-yy form (1-May-26) and three footnotes that carry "
                 "commercial terms: fees are quoted per month but footnote 1 says they are invoiced quarterly in "
                 "advance (so price_period month, billing_frequency quarterly); footnote 2 makes PO 4500123987 "
                 "mandatory on invoices; footnote 3 gives 1.25% monthly interest. The 24-month term appears on the "
                 "cover and again in the Term clause (consistent); it does not renew. Monthly fees 310 x 6.25 = "
                 "1,937.50, 310 x 1.10 = 341.00 and 450.00, 2,728.50 per month; no total is stated (deal amount "
                 "2,728.50 x 24 = 65,484.00). The bed-reduction right is non-standard."),
    tags=["cover-page", "label-value", "footnotes", "po-required", "quarterly-billing-monthly-price",
          "dmy-dates", "term-stated-twice", "late-fee", "no-auto-renew"],
    deal=deal("006-BC0103", "Meadowgate - Care Coordination 310 beds", "Meadowgate Senior Living, Inc.",
              "2026-04-28", "USD", "65484.00", "payables@meadowgate.example", deal_items_from_lines(lines, 24)),
    doc=dict(
        color=(94, 60, 120), brand="SABLEWOOD", footer="Sablewood Systems, Inc. | Order Form SW-Q-10592",
        vendor_addr="Sablewood Systems, Inc.  |  44 Bank Street, Hartford, CT 06103  |  sablewood.example",
        subtitle="Subscription Order Form - Senior Living Care Platform", fmt="Letter",
        kv=[("Order Form #", "SW-Q-10592"),
            ("Customer", "Meadowgate Senior Living, Inc."),
            ("Customer Address", "610 Orchard Road, Lancaster, PA 17601"),
            ("AP Contact", "payables@meadowgate.example"),
            ("Effective Date", fd("2026-05-01", "dmy")),
            ("Service Commencement", fd("2026-05-15", "dmy")),
            ("Service End", fd("2028-05-14", "dmy")),
            ("Term", "24 months"),
            ("Invoicing", "Quarterly in advance\u00b9"),
            ("Payment", "Net 45\u00b3"),
            ("Purchase Order", "Required\u00b2")],
        cover_paras=["Sablewood will provide the subscription services listed in the Fee Schedule for the resident "
                     "beds stated. Resident beds means licensed beds at the Customer communities listed in the "
                     "implementation plan."],
        schedule_title="Fee Schedule",
        fee_headers=["Service", "Code", "Units", "Rate / Unit / Month", "Monthly Fee"],
        fee_rows=fee_rows(lines, ["desc", "sku", "qty", "unit", "net"], "us", cur="$"),
        widths=[62, 30, 18, 36, 30], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"],
        totals=[("Total Monthly Fees", "$2,728.50")],
        post_table=["Units for the Care Coordination Suite and the Family Portal are resident beds."],
        footnotes=["\u00b9 Fees are quoted per month. Sablewood invoices them quarterly in advance, each invoice "
                   "covering three months of fees, beginning on the Service Commencement date.",
                   "\u00b2 Every invoice must quote Customer purchase order number 4500123987. Invoices that do "
                   "not quote it will be returned unpaid.",
                   "\u00b3 Amounts not paid when due bear interest at 1.25% per month until paid."],
        Dn="Order Form", Vn="Sablewood", Cn="Customer",
        commercial_clauses=[
            ("Term", "This Order Form takes effect on the Effective Date. The subscription runs for an Initial Term "
                     "of twenty-four (24) months starting on the Service Commencement date. This Order Form does "
                     "not renew automatically; any continuation requires a new order form signed by both parties."),
            ("Bed Count Flexibility", "Once in each contract year, Customer may reduce the number of resident beds "
                                      "for the Care Coordination Suite and the Family Portal by up to 10% on thirty "
                                      "(30) days' written notice. Fees are reduced accordingly from the next "
                                      "quarterly invoice. No refund is due for periods already invoiced.")],
        clauses=["use", "data", "security", "conf", "warranty", "disclaimer", "liability", "suspension", "taxes",
                 "notices", "entire"],
        sigs=[("Sablewood Systems, Inc.", "", {"By": "D. Prakash", "Name": "Devika Prakash",
                                              "Title": "Director, Sales Operations", "Date": fd("2026-04-29", "dmy")}),
              ("Meadowgate Senior Living, Inc.", "", {"By": "R. Lindgren", "Name": "Ross Lindgren",
                                                     "Title": "Chief Financial Officer", "Date": fd("2026-04-28", "dmy")})],
    )))

# ---------------------------------------------------------------- cover-kv-04 (GBP, go-live, CRM name differs)
V, C = "Quillstack Ltd", "Pemberton Hale Ltd"
lines = [
    L("Quillstack Workspace Standard", 45, "18.50", "month", sku="QS-WS-STD", net_amount="832.50"),
    L("Premium Support", 1, "250.00", "month", sku="QS-SUP-P", net_amount="250.00"),
    L("Data Migration", 1, "3400.00", "one_time", sku="QS-MIG", net_amount="3400.00"),
]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="QS-000781",
      billing_contact_email="accounts@pembertonhale.example", currency="GBP", effective_date="2026-05-20",
      service_start_date="2026-06-01", service_end_date=None, term_months=12, auto_renew=True,
      renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=0, billing_frequency="monthly",
      billing_timing="advance", billing_anchor="day:1", line_items=lines, total_contract_value="16390.00")
FORMS.append(dict(
    layout="cover-kv", nn=4, terms=t,
    derived={"service_end_date": {"value": "2027-05-31", "rule": "Go-live 2026-06-01 + 12 months - 1 day"}},
    description=("UK order form in GBP with ordinal dates (20th May 2026). Go-live (1st June 2026) is the service "
                 "start; the cover says only 'Ends: 12 months after Go-live', so service_end_date is null and "
                 "derived as 2027-05-31. After the term it continues month to month on 30 days notice "
                 "(auto_renew true, renewal 1 month). Billed monthly in advance on the 1st (day:1); 'due on "
                 "receipt' = 0 days. Monthly 45 x 18.50 = 832.50 + 250.00 = 1,082.50; x 12 = 12,990.00 + one-off "
                 "3,400.00 = 16,390.00 stated. DELIBERATE CRM DIFFERENCE: the deal's account_name is spelled "
                 "'Pemberton-Hale Limited' while the form says 'Pemberton Hale Ltd' (the form's name is gold)."),
    tags=["cover-page", "label-value", "gbp", "uk-dates", "go-live", "end-date-derived", "month-to-month-renewal",
          "due-on-receipt", "billing-anchor", "crm-name-differs"],
    deal_mismatch=True,
    deal=deal("006-BC0104", "Pemberton Hale - Workspace rollout", "Pemberton-Hale Limited", "2026-05-19",
              "GBP", "16390.00", "accounts@pembertonhale.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(176, 62, 40), brand="quillstack", footer="Quillstack Ltd - registered in England and Wales no. 11223344 - Order QS-000781",
        vendor_addr="Quillstack Ltd  |  3 Canal Wharf, Leeds LS11 5PS  |  quillstack.example",
        subtitle="Order Form - Quillstack Workspace", lw=46,
        kv=[("Order reference", "QS-000781"),
            ("Customer", "Pemberton Hale Ltd (company no. 08812345)"),
            ("Registered office", "14 Carver Street, Sheffield S1 4FS"),
            ("Invoices to", "accounts@pembertonhale.example"),
            ("Effective Date", fd("2026-05-20", "uk")),
            ("Go-live", fd("2026-06-01", "uk")),
            ("Ends", "12 months after Go-live"),
            ("Term", "12 months"),
            ("After the Term", "Continues month to month until either party gives 30 days' written notice"),
            ("Billing", "Monthly in advance, invoiced on the 1st of each month"),
            ("Payment", "Due on receipt"),
            ("Currency", "Pounds sterling (GBP)")],
        cover_paras=["This Order Form is subject to the Quillstack Customer Terms (version 4.2). By signing, the "
                     "Customer confirms it has read those terms."],
        schedule_title="Schedule - Charges",
        fee_headers=["Item", "Code", "Users / Qty", "Price", "Charged", "Amount"],
        fee_rows=fee_rows(lines, ["desc", "sku", "qty", "unit", "period", "net"], "us", cur="\u00a3",
                          period_words={"month": "per user / month", "one_time": "one-off"}),
        widths=[54, 26, 20, 24, 28, 24], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"],
        totals=[("Monthly subscription", "\u00a31,082.50"), ("One-off fees", "\u00a33,400.00"),
                ("Total Contract Value (12 months, incl. one-off fees)", "\u00a316,390.00")],
        Dn="Order Form", Vn="Quillstack", Cn="the Customer",
        clauses=["use", "data", "security", "conf", "liability", "ip", "taxes", "force", "assign", "notices",
                 "entire", "independent"],
        sigs=[("For Quillstack Ltd", "", {"By": "A. Whitfield", "Name": "Amara Whitfield", "Title": "Director",
                                          "Date": fd("2026-05-20", "uk")}),
              ("For Pemberton Hale Ltd", "", {"By": "G. Hale", "Name": "Gareth Hale", "Title": "Managing Director",
                                              "Date": fd("2026-05-19", "uk")})],
    )))
