from bclib import T, L, U, fd, boiler_text
from formlib import deal, item, deal_items_from_lines

FORMS = []


def annex(keys, V, C, Dn):
    return [boiler_text(k, V, C, Dn) for k in keys]


# ---------------------------------------------------------------- prose-letter-01
V, C = "Northdesk Technologies LLC", "Alderbank Credit Union"
lines = [L("Northdesk Enterprise Platform licence", 1, "42000.00", "year"),
         L("Additional agent seats", 35, "65.00", "month")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="NDT-2026-017",
      billing_contact_email="payables@alderbankcu.example", currency="USD", effective_date="2026-03-01",
      service_start_date="2026-03-01", service_end_date=None, term_months=60, auto_renew=False,
      payment_terms_days=45, billing_frequency="annual", billing_timing="advance", line_items=lines)
FORMS.append(dict(
    layout="prose-letter", nn=1, terms=t,
    derived={"service_end_date": {"value": "2031-02-28", "rule": "Effective Date 2026-03-01 + 60 months - 1 day"}},
    description=("Sales letter on vendor letterhead; every fee is in prose: 'a Northdesk Enterprise Platform licence "
                 "of USD 42,000 per year, plus thirty-five (35) additional agent seats at USD 65 per seat per month'. "
                 "Two lines: platform 1 x 42,000.00/year and seats 35 x 65.00/month (price_period month although "
                 "everything is invoiced annually in advance). The letter states no line amounts and no total, so "
                 "net_amount and total_contract_value are null; the 25 seats 'included' in the platform are not a "
                 "line. The term is only 'five (5) years from the Effective Date' (term_months 60; end derived "
                 "2031-02-28); it expressly does not renew. Deal amount = 5 x (42,000 + 35 x 65 x 12 = 27,300) = "
                 "346,500.00. Remittance e-mail receivables@northdesk.example is the vendor's, not the billing "
                 "contact."),
    tags=["letter", "prose-fees", "letterhead-only-vendor", "duration-only-term", "end-date-derived",
          "monthly-price-annual-billing", "no-auto-renew"],
    deal=deal("006-BC0201", "Alderbank CU - Northdesk Enterprise 5yr", "Alderbank Credit Union", "2026-02-18",
              "USD", "346500.00", "payables@alderbankcu.example", deal_items_from_lines(lines, 60)),
    doc=dict(
        color=(20, 50, 90), letterhead="NORTHDESK TECHNOLOGIES LLC",
        letterhead_addr="77 West Wacker Drive, Floor 18  |  Chicago, IL 60601  |  +1 312 555 0148  |  northdesk.example",
        running_head="Northdesk Technologies LLC - Order Letter NDT-2026-017 to Alderbank Credit Union",
        date_line=fd("2026-02-12", "us"),
        address=["Ms. Priya Raman", "Chief Operating Officer", "Alderbank Credit Union", "1450 Commerce Parkway",
                 "Columbus, OH 43215"],
        re="Re: Order Letter NDT-2026-017 - Northdesk Enterprise Platform",
        salutation="Dear Ms. Raman,",
        paras=[
            "Thank you for selecting Northdesk for your member-service operations. This letter sets out the "
            "commercial terms of your order. Once you countersign it, this letter becomes an Order under the "
            "Northdesk Master Services Agreement between Alderbank Credit Union and Northdesk Technologies LLC "
            "dated October 3, 2025 (the \"MSA\").",
            ("Effective Date and term",
             "This order takes effect on March 1, 2026 (the \"Effective Date\"). Your subscription starts on the "
             "Effective Date and runs for five (5) years from the Effective Date. At the end of that period the "
             "subscription will end unless we both sign a renewal; nothing in this letter renews automatically."),
            ("What you are buying",
             "You are purchasing a Northdesk Enterprise Platform licence of USD 42,000 per year, plus thirty-five "
             "(35) additional agent seats at USD 65 per seat per month. The platform licence already includes the "
             "first twenty-five (25) agent seats, the knowledge base, omnichannel routing and the standard "
             "reporting pack."),
            ("Invoicing and payment",
             "We will invoice all fees annually in advance, with the first invoice issued on the Effective Date and "
             "later invoices on each anniversary of it. Each invoice is payable within forty-five (45) days of its "
             "date. Please send remittance advice to receivables@northdesk.example; our invoices will be e-mailed "
             "to payables@alderbankcu.example unless you tell us otherwise."),
            "Prices are fixed for the five-year term. Taxes, if any, are additional. Everything else - support, "
            "service levels, data protection and liability - is governed by the MSA.",
            "If these terms are acceptable, please sign below and return a copy to me. We look forward to working "
            "with your team."],
        closing=["Yours sincerely,", "", "Caleb Nwosu", "Vice President, Financial Services",
                 "Northdesk Technologies LLC"],
        accept_text="Alderbank Credit Union accepts the order described in this letter.",
        sigs=[("Alderbank Credit Union", "", {"By": "Priya Raman", "Name": "Priya Raman",
                                             "Title": "Chief Operating Officer", "Date": fd("2026-02-18", "us")}),
              ("Northdesk Technologies LLC", "", {"By": "Caleb Nwosu", "Name": "Caleb Nwosu",
                                                 "Title": "VP, Financial Services", "Date": fd("2026-02-18", "us")})],
    )))

# ---------------------------------------------------------------- prose-letter-02 (ramp as running text)
V, C = "Corvane Data B.V.", "Maison Ferrand S.A."
lines = [L("Corvane Insight", 1, "6000.00", "quarter", start_date="2026-07-01", end_date="2027-06-30"),
         L("Corvane Insight", 1, "9000.00", "quarter", start_date="2027-07-01", end_date="2028-06-30"),
         L("Set-up fee", 1, "2500.00", "one_time")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="CDV/OF/2026/118",
      billing_contact_email="comptabilite.fournisseurs@maisonferrand.example", currency="EUR",
      effective_date=None, service_start_date="2026-07-01", service_end_date=None, term_months=24,
      payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
      billing_anchor="calendar_quarter", line_items=lines)
FORMS.append(dict(
    layout="prose-letter", nn=2, terms=t,
    derived={"service_end_date": {"value": "2028-06-30", "rule": "start 2026-07-01 + 24 months - 1 day"},
             "effective_date": {"value": "2026-06-08", "rule": "order takes effect on countersignature; "
                                                                "customer countersigned 8 June 2026"}},
    description=("Letter from a Dutch vendor to a French customer. The ramp is running text: 'EUR 6.000 per quarter "
                 "in the first year, rising to EUR 9.000 per quarter in the second year' (continental thousands "
                 "dots), so two quarterly lines of 6,000.00 and 9,000.00 whose dates come from the commencement "
                 "1 July 2026 and the 'two years' duration (2026-07-01..2027-06-30 and 2027-07-01..2028-06-30), plus "
                 "a one-time set-up fee of 2,500.00. 'Two years' gives term_months 24; end date derived. Invoiced "
                 "quarterly in advance on the first day of each calendar quarter (calendar_quarter). The order takes "
                 "effect on countersignature, so no effective date is written (null; derived from the signature "
                 "date). No total and no renewal language (auto_renew null). Deal 4 x 6,000 + 4 x 9,000 + 2,500 = "
                 "62,500.00."),
    tags=["letter", "prose-fees", "ramp-running-text", "eu-number-format", "calendar-quarter", "duration-only-term",
          "end-date-derived", "effective-on-signature", "one-time-fee"],
    deal=deal("006-BC0202", "Maison Ferrand - Corvane Insight 2y", "Maison Ferrand S.A.", "2026-06-08", "EUR",
              "62500.00", "comptabilite.fournisseurs@maisonferrand.example", deal_items_from_lines(lines, 24)),
    doc=dict(
        color=(0, 92, 75), letterhead="Corvane Data B.V.",
        letterhead_addr="Keizersgracht 210  |  1016 DZ Amsterdam  |  KvK 71234567  |  corvane.example",
        running_head="Corvane Data B.V. - CDV/OF/2026/118",
        date_line="Amsterdam, " + fd("2026-06-02", "ukplain"),
        address=["Maison Ferrand S.A.", "For the attention of Mr Olivier Ferrand, Chief Financial Officer",
                 "18 rue des Tanneurs", "69002 Lyon", "France"],
        re="Our reference: CDV/OF/2026/118 - Corvane Insight subscription",
        salutation="Dear Mr Ferrand,",
        paras=[
            "Following our meeting in Lyon, we are pleased to confirm the terms on which Corvane Data B.V. will "
            "provide Corvane Insight to Maison Ferrand S.A. This letter is an order under our General Terms of "
            "Service (version 2025-09), which you received with our proposal.",
            ("Subscription period", "The subscription commences on 1 July 2026 and continues for two years."),
            ("Fees",
             "The subscription fee is EUR 6.000 per quarter in the first year, rising to EUR 9.000 per quarter in "
             "the second year, reflecting the roll-out of Corvane Insight to your export subsidiaries. Fees are "
             "invoiced quarterly in advance on the first day of each calendar quarter. A one-time set-up fee of "
             "EUR 2.500 is invoiced on signature of this letter."),
            ("Payment",
             "Invoices are payable within 30 days of the invoice date by bank transfer to the account shown on the "
             "invoice. Please let us address invoices to comptabilite.fournisseurs@maisonferrand.example."),
            "This order takes effect when you countersign it. All amounts are exclusive of VAT. We look forward to "
            "a long collaboration."],
        closing=["Kind regards,", "", "Sanne de Wit", "Commercial Director", "Corvane Data B.V."],
        accept_text="For agreement, Maison Ferrand S.A.:",
        sigs=[("Maison Ferrand S.A.", "", {"By": "O. Ferrand", "Name": "Olivier Ferrand", "Title": "CFO",
                                          "Date": fd("2026-06-08", "ukplain")}),
              ("Corvane Data B.V.", "", {"By": "S. de Wit", "Name": "Sanne de Wit", "Title": "Commercial Director",
                                        "Date": fd("2026-06-02", "ukplain")})],
    )))

# ---------------------------------------------------------------- prose-letter-03 (40/60 instalments)
V, C = "Kestrel Ledger Inc.", "Greywater Municipal Utilities District"
lines = [L("Implementation", 1, "48000.00", "one_time"),
         L("Kestrel Billing Cloud", 1, "4250.00", "month")]
t = T(customer_legal_name=C, vendor_legal_name=V, billing_contact_email="ap@greywatermud.example", currency="USD",
      effective_date="2026-06-15", service_start_date="2026-09-01", service_end_date="2027-08-31",
      auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=30,
      billing_frequency="monthly", billing_timing="arrears", line_items=lines, total_contract_value="99000.00",
      usage_rules=[U("active service accounts", "account", 60000, "month", "per_unit", [(None, "0.05")],
                     "monthly", "arrears")],
      non_standard_terms=["Implementation fee of USD 48,000 invoiced in two milestones: 40% (USD 19,200) on "
                          "signature and 60% (USD 28,800) on go-live, go-live being a production bill run "
                          "accepted in writing by the District"])
FORMS.append(dict(
    layout="prose-letter", nn=3, terms=t,
    derived={"term_months": {"value": 12, "rule": "2026-09-01 to 2027-08-31"}},
    description=("Letter agreement with a utility district. The fixed implementation fee of USD 48,000 is 'invoiced "
                 "in two instalments: 40% on signature of this letter and 60% on go-live'. I keyed it as ONE one-time "
                 "line of 48,000.00 (it is a single fee; the split is a milestone schedule of 19,200 + 28,800, "
                 "recorded in non_standard_terms) and took billing_frequency/timing from the recurring fee, USD 4,250 "
                 "per month billed monthly in arrears. The subscription period is written as dates (Sep 1, 2026 - Aug "
                 "31, 2027) with no month count, so term_months is null (12 derived). Month-to-month continuation on "
                 "30 days notice = auto_renew true, renewal 1 month. Accounts above 60,000 at USD 0.05 per account "
                 "per month are usage, not a line. Stated total 48,000 + 12 x 4,250 = 99,000 = total_contract_value."),
    tags=["letter", "prose-fees", "milestone-instalments", "usage", "included-allowance", "month-to-month-renewal",
          "arrears", "term-from-dates", "annex-terms"],
    deal=deal("006-BC0203", "Greywater MUD - Kestrel Billing Cloud", "Greywater Municipal Utilities District",
              "2026-06-19", "USD", "99000.00", "ap@greywatermud.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(120, 40, 30), fmt="Letter", letterhead="KESTREL LEDGER INC.",
        letterhead_addr="1800 Capitol Mall, Suite 600  |  Sacramento, CA 95814  |  kestrel-ledger.example",
        running_head="Kestrel Ledger Inc. - Letter Agreement with Greywater Municipal Utilities District",
        date_line=fd("2026-06-15", "us"),
        address=["Mr. Tobias Greer", "General Manager", "Greywater Municipal Utilities District",
                 "500 Reservoir Road", "Redding, CA 96001"],
        re="Letter Agreement - Kestrel Billing Cloud implementation and subscription",
        salutation="Dear Mr. Greer:",
        paras=[
            "This letter agreement is effective June 15, 2026 and sets out what Kestrel Ledger Inc. (\"Kestrel\") "
            "will deliver to Greywater Municipal Utilities District (the \"District\") and what the District will "
            "pay. It is governed by the Kestrel Cloud Terms attached as Annex A.",
            ("1. Implementation",
             "Kestrel will configure, test and deploy Kestrel Billing Cloud for the District for a fixed fee of USD "
             "48,000, invoiced in two instalments: 40% on signature of this letter and 60% on go-live. Go-live means "
             "the first bill run produced in the production environment and accepted by the District in writing. We "
             "are targeting go-live in late August 2026."),
            ("2. Subscription",
             "From September 1, 2026 through August 31, 2027 the District will subscribe to Kestrel Billing Cloud "
             "for up to 60,000 active service accounts at USD 4,250 per month, billed monthly in arrears. Active "
             "service accounts above 60,000 in any month are charged at USD 0.05 per account for that month, on the "
             "same invoice."),
            ("3. After the first year",
             "After August 31, 2027 the subscription continues month to month on the same terms until either party "
             "gives the other thirty (30) days' written notice."),
            ("4. Payment", "Invoices are due net 30. Please have invoices sent to ap@greywatermud.example."),
            ("5. Total commitment",
             "The total committed under this letter, before any charges for additional accounts, is USD 99,000."),
            "Please countersign below to confirm the District's agreement."],
        closing=["Sincerely,", "", "Hannah Liebermann", "Chief Revenue Officer", "Kestrel Ledger Inc."],
        annex_title="Annex A - Kestrel Cloud Terms",
        annex=annex(["use", "data", "security", "conf", "warranty", "disclaimer", "liability", "ip", "suspension",
                     "taxes", "termination", "return", "notices", "entire"], "Kestrel", "the District",
                    "letter agreement"),
        accept_text="Greywater Municipal Utilities District agrees to the terms of this letter agreement.",
        sigs=[("Greywater Municipal Utilities District", "", {"By": "T. Greer", "Name": "Tobias Greer",
                                                              "Title": "General Manager", "Date": fd("2026-06-19", "us")}),
              ("Kestrel Ledger Inc.", "", {"By": "H. Liebermann", "Name": "Hannah Liebermann",
                                          "Title": "Chief Revenue Officer", "Date": fd("2026-06-15", "us")})],
    )))

# ---------------------------------------------------------------- prose-letter-04 (CRM amount differs)
V, C = "Aurelian Workplace GmbH", "Oostervelt Zorggroep B.V."
lines = [L("Aurelian Workplace subscription", 1, "18400.00", "year")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="AW-2026-0009",
      billing_contact_email="crediteuren@oostervelt.example", currency="EUR", effective_date="2026-01-15",
      service_start_date="2026-01-15", service_end_date=None, term_months=36, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=14, billing_frequency="annual",
      billing_timing="advance", line_items=lines, late_fee_percent_per_month="1",
      usage_rules=[U("named users", "user", 250, "month", "per_unit", [(None, "6.50")], "quarterly", "arrears")])
FORMS.append(dict(
    layout="prose-letter", nn=4, terms=t,
    derived={"service_end_date": {"value": "2029-01-14", "rule": "Effective Date 2026-01-15 + 36 months - 1 day"}},
    description=("Order-confirmation letter from a Berlin vendor to a Dutch care group. Fees in prose: a flat annual "
                 "fee of EUR 18.400 (written also in words) covering up to 250 named users, and EUR 6,50 per named "
                 "user above 250 per month, measured at the monthly peak and invoiced quarterly in arrears - keyed as "
                 "a usage rule (included 250 per month, per-unit 6.50), not a line. Term is 'three (3) years from the "
                 "Effective Date' (15 January 2026), end derived 2029-01-14. 12-month renewals with 90 days notice, "
                 "14-day payment, 1% monthly interest. DELIBERATE CRM DIFFERENCE: the deal amount is 18,400.00 (the "
                 "CRM recorded only the first year) although the committed value over the 36-month term is "
                 "3 x 18,400 = 55,200.00."),
    tags=["letter", "prose-fees", "usage", "included-allowance", "duration-only-term", "end-date-derived",
          "eu-number-format", "late-fee", "crm-amount-differs"],
    deal_mismatch=True,
    deal=deal("006-BC0204", "Oostervelt Zorggroep - Aurelian Workplace", "Oostervelt Zorggroep B.V.", "2026-01-09",
              "EUR", "18400.00", "crediteuren@oostervelt.example",
              [item("Aurelian Workplace subscription - Year 1", 1, "18400.00", "18400.00")]),
    doc=dict(
        color=(90, 70, 20), letterhead="Aurelian Workplace GmbH",
        letterhead_addr="Torstraße 140  |  10119 Berlin  |  Amtsgericht Charlottenburg HRB 210987  |  aurelian.example",
        running_head="Aurelian Workplace GmbH - AW-2026-0009",
        date_line="Berlin, " + fd("2026-01-08", "ukplain"),
        address=["Oostervelt Zorggroep B.V.", "Attn. Ms Ingrid Bakker, Manager ICT", "Stationsplein 21",
                 "3511 ED Utrecht", "The Netherlands"],
        re="Order confirmation AW-2026-0009 - Aurelian Workplace",
        salutation="Dear Ms Bakker,",
        paras=[
            "Thank you for your order. With this letter we confirm the subscription agreed in our call of "
            "6 January 2026. Once countersigned, this letter is an order under the Aurelian Terms of Service.",
            ("Term",
             "This order becomes effective on 15 January 2026 (the Effective Date), and your workspace is available "
             "from that day. The subscription runs for three (3) years from the Effective Date. Afterwards it renews "
             "for further periods of twelve (12) months unless either party cancels in writing at least ninety (90) "
             "days before the end of the running period."),
            ("Fees",
             "You pay a flat annual fee of EUR 18.400 (eighteen thousand four hundred euros) for the Aurelian "
             "Workplace subscription, covering up to 250 named users. For each named user above 250 we charge "
             "EUR 6,50 per user per month, counted at the highest number of named users in that month."),
            ("Invoicing",
             "The flat annual fee is invoiced annually in advance, starting on the Effective Date. Charges for "
             "additional named users are invoiced quarterly in arrears. Invoices are payable within 14 days; overdue "
             "invoices bear interest of 1% per month. Invoices will be sent to crediteuren@oostervelt.example."),
            "We are glad to have Oostervelt on board and will contact your team about the onboarding sessions."],
        closing=["Mit freundlichen Grüßen / Kind regards", "", "Dr. Felix Brandt", "Head of Customer Success",
                 "Aurelian Workplace GmbH"],
        accept_text="Agreed on behalf of Oostervelt Zorggroep B.V.:",
        sigs=[("Oostervelt Zorggroep B.V.", "", {"By": "I. Bakker", "Name": "Ingrid Bakker", "Title": "Manager ICT",
                                                "Date": fd("2026-01-09", "ukplain")}),
              ("Aurelian Workplace GmbH", "", {"By": "F. Brandt", "Name": "Dr. Felix Brandt",
                                              "Title": "Head of Customer Success", "Date": fd("2026-01-08", "ukplain")})],
    )))
