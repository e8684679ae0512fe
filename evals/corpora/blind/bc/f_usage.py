from bclib import T, L, U, fd, boiler_text
from formlib import deal, item, deal_items_from_lines

FORMS = []


def cl(keys, V, C, Dn):
    return [boiler_text(k, V, C, Dn) for k in keys]


# ---------------------------------------------------------------- usage-grid-01 (graduated overage + annual min/true-up)
V, C = "Meridian Flowworks Inc.", "Pinecrest Digital Health, Inc."
lines = [L("API Platform Fee", 1, "3500.00", "month", sku="MF-PLAT", net_amount="3500.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="MF-2026-00931",
      billing_contact_email="finance-ops@pinecresthealth.example", currency="USD", effective_date="2026-04-01",
      service_start_date="2026-04-01", service_end_date="2028-03-31", term_months=24, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=45, payment_terms_days=30, billing_frequency="monthly",
      billing_timing="advance", line_items=lines, minimum_commitment={"amount": "60000.00", "period": "year"},
      usage_rules=[U("API calls", "call", 2000000, "month", "graduated",
                     [("3000000", "0.00080"), (None, "0.00050")], "monthly", "arrears")])
FORMS.append(dict(
    layout="usage-grid", nn=1, terms=t,
    description=("Committed-use API order with a boxed key-terms grid. One recurring line, the platform fee of "
                 "3,500.00 per month billed monthly in advance. 2,000,000 API calls per month are included; overage "
                 "is graduated and the bands are defined on OVERAGE calls (first 3,000,000 overage calls at 0.00080, "
                 "above that 0.00050), so tiers are up_to 3000000 then null, counted after the allowance; the worked "
                 "example (4.5M calls -> 2.5M overage -> $2,000) is consistent. Minimum Annual Commitment USD "
                 "60,000.00 per Contract Year (platform + usage), shortfall trued up after each Contract Year -> "
                 "minimum_commitment 60000.00/year. No TCV stated. Deal amount = the commitment over 24 months, "
                 "120,000.00 (84,000 platform + 36,000 committed usage top-up)."),
    tags=["usage", "graduated-tiers", "included-allowance", "minimum-commitment", "true-up", "key-terms-grid",
          "worked-example"],
    deal=deal("006-BC0501", "Pinecrest Digital Health - API committed use", "Pinecrest Digital Health, Inc.",
              "2026-03-27", "USD", "120000.00", "finance-ops@pinecresthealth.example",
              deal_items_from_lines(lines, 24) + [item("Committed usage above platform fee", 1, "36000.00",
                                                       "36000.00", "MF-COMMIT")]),
    doc=dict(
        color=(0, 95, 140), brand="MERIDIAN FLOWWORKS", head_right="Order ID MF-2026-00931",
        footer="Meridian Flowworks Inc. - Committed Use Order Form - Confidential",
        title="Committed Use Order Form - API Platform",
        intro=("This Order Form is entered into by Meridian Flowworks Inc. (\"Meridian\"), 1 Market Street, Spear "
               "Tower, San Francisco, CA 94105, and the customer named below under the Meridian Platform Terms. Key "
               "commercial terms are summarised in the grid; the pricing schedule follows."),
        grid=[("Order ID", "MF-2026-00931"), ("Customer", "Pinecrest Digital Health, Inc."),
              ("Billing Contact", "finance-ops@pinecresthealth.example"),
              ("Effective Date", fd("2026-04-01", "us")), ("Start Date", fd("2026-04-01", "us")),
              ("End Date", fd("2028-03-31", "us")),
              ("Term", "24 months"), ("Renewal", "Automatic, 12-month periods; 45 days' notice of non-renewal"),
              ("Payment Terms", "Net 30"),
              ("Platform Fee Billing", "Monthly in advance"), ("Usage Billing", "Monthly in arrears"),
              ("Minimum Annual Commitment", "USD 60,000.00 per Contract Year")],
        blocks=[
            ("h", "1. Platform Fee"),
            ("table", ["Item", "SKU", "Qty", "Monthly Price", "Monthly Amount"],
             [["API Platform Fee", "MF-PLAT", "1", "$3,500.00", "$3,500.00"]],
             [64, 28, 14, 34, 34], ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"]),
            ("h", "2. Included Usage and Overage"),
            ("p", "The Platform Fee includes 2,000,000 API calls per calendar month. Unused included calls do not "
                  "roll over. Calls above the included amount (\"Overage Calls\") are charged on a graduated basis, "
                  "each band priced separately:"),
            ("table", ["Band", "Overage Calls in the Month", "Price per Overage Call"],
             [["1", "1 - 3,000,000", "$0.00080"], ["2", "Above 3,000,000", "$0.00050"]],
             [20, 80, 74], ["CENTER", "LEFT", "RIGHT"]),
            ("p", "Example: 4,500,000 total calls in a month give 2,500,000 Overage Calls, charged 2,500,000 x "
                  "$0.00080 = $2,000.00."),
            ("h", "3. Minimum Commitment and True-Up"),
            ("p", "Customer commits to spend at least USD 60,000.00 in each Contract Year on Platform Fees and usage "
                  "fees combined (the \"Minimum Annual Commitment\"). If the fees invoiced for a Contract Year are "
                  "lower, Meridian will invoice the shortfall as a true-up within 30 days after the end of that "
                  "Contract Year. A Contract Year is each 12-month period starting on the Start Date."),
            ("h", "4. General"),
            ("clauses", cl(["use", "data", "security", "conf", "warranty", "liability", "suspension", "taxes",
                            "audit", "notices", "entire"], "Meridian", "Customer", "Order Form"), 1),
            ("sig", [("Meridian Flowworks Inc.", "", {"By": "L. Tran", "Name": "Linh Tran", "Title": "VP Sales",
                                                      "Date": fd("2026-03-27", "us")}),
                     ("Pinecrest Digital Health, Inc.", "", {"By": "J. Moreau", "Name": "Julien Moreau",
                                                            "Title": "CTO", "Date": fd("2026-03-26", "us")})]),
        ])))

# ---------------------------------------------------------------- usage-grid-02 (KWD, 3 decimals)
V, C = "Gulfnet Cloud Services W.L.L.", "Al-Shamiya Retail Group K.S.C.C."
lines = [L("Cloud POS Licence", 64, "9.750", "month", sku="GC-POS", net_amount="624.000", dp=3),
         L("Loyalty Module", 1, "180.500", "month", sku="GC-LOY", net_amount="180.500", dp=3),
         L("Deployment & Training", 1, "2400.000", "one_time", sku="GC-DEP", net_amount="2400.000", dp=3)]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="GCS-KW-2026-061",
      billing_contact_email="ap@alshamiya-retail.example", currency="KWD", effective_date="2026-03-15",
      service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=False,
      payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance", line_items=lines,
      total_contract_value="12054.000",
      usage_rules=[U("SMS e-receipts", "message", 20000, "month", "per_unit", [(None, "0.012")], "monthly",
                     "arrears")])
FORMS.append(dict(
    layout="usage-grid", nn=2, terms=t,
    description=("Kuwaiti retail POS order in KWD with three decimals (9.750, 624.000). 64 terminals x 9.750 = 624.000 "
                 "plus loyalty module 180.500 = 804.500 per month, invoiced quarterly in advance; one-time deployment "
                 "2,400.000. Stated 'Total Contract Value (excluding usage)' = 12 x 804.500 + 2,400.000 = 9,654.000 + "
                 "2,400.000 = 12,054.000. SMS e-receipts: 20,000 per month included, then 0.012 per message, monthly "
                 "in arrears (usage rule). Renewal only by mutual written agreement (auto_renew false)."),
    tags=["usage", "kwd", "three-decimals", "included-allowance", "key-terms-grid", "one-time-fee", "no-auto-renew",
          "iso-dates"],
    deal=deal("006-BC0502", "Al-Shamiya Retail - Cloud POS 64 terminals", "Al-Shamiya Retail Group K.S.C.C.",
              "2026-03-12", "KWD", "12054.000", "ap@alshamiya-retail.example",
              deal_items_from_lines(lines, 12, dp=3)),
    doc=dict(
        color=(150, 100, 0), brand="GULFNET CLOUD", head_right="Order No. GCS-KW-2026-061",
        footer="Gulfnet Cloud Services W.L.L. - Commercial Registration 412233 - Kuwait City",
        title="Service Order - Cloud POS and Loyalty",
        intro=("Gulfnet Cloud Services W.L.L., Al-Hamra Tower, Floor 31, Sharq, Kuwait City (\"Gulfnet\") will "
               "provide the services below to the Customer under the Gulfnet Cloud Terms. All amounts are in Kuwaiti "
               "Dinar (KWD) with three decimals."),
        grid=[("Order No.", "GCS-KW-2026-061"), ("Customer", "Al-Shamiya Retail Group K.S.C.C."),
              ("Accounts Payable", "ap@alshamiya-retail.example"),
              ("Effective Date", "2026-03-15"), ("Service Start", "2026-04-01"), ("Service End", "2027-03-31"),
              ("Term", "12 months"), ("Currency", "Kuwaiti Dinar (KWD)"), ("Payment", "30 days from invoice"),
              ("Licence Billing", "Quarterly in advance"), ("Usage Billing", "Monthly in arrears"),
              ("Renewal", "By mutual written agreement only")],
        blocks=[
            ("h", "Fees"),
            ("table", ["Item", "Code", "Qty", "Unit Price (KWD)", "Per", "Amount (KWD)"],
             [["Cloud POS Licence", "GC-POS", "64", "9.750", "terminal / month", "624.000"],
              ["Loyalty Module", "GC-LOY", "1", "180.500", "month", "180.500"],
              ["Deployment & Training", "GC-DEP", "1", "2,400.000", "one-time", "2,400.000"]],
             [50, 22, 12, 30, 30, 30], ["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"]),
            ("p", "Monthly recurring fees: KWD 804.500. Total Contract Value (excluding usage): KWD 12,054.000."),
            ("h", "Usage - SMS e-receipts"),
            ("p", "20,000 SMS e-receipts per month are included. Additional messages are charged at KWD 0.012 per "
                  "message, invoiced monthly in arrears. Included messages do not carry over to the next month."),
            ("h", "Terms"),
            ("clauses", cl(["use", "data", "conf", "liability", "force", "taxes", "notices", "entire"], "Gulfnet",
                           "the Customer", "Service Order"), 1),
            ("sig", [("Gulfnet Cloud Services W.L.L.", "", {"By": "F. Al-Sabah", "Name": "Fahad Al-Sabah",
                                                            "Title": "General Manager", "Date": "2026-03-15"}),
                     ("Al-Shamiya Retail Group K.S.C.C.", "", {"By": "N. Al-Mutairi", "Name": "Noura Al-Mutairi",
                                                              "Title": "CIO", "Date": "2026-03-12"})]),
        ])))

# ---------------------------------------------------------------- usage-grid-03 (graduated, min per term)
V, C = "Fluxgrid Data GmbH", "Nordlicht Energie AG"
lines = [L("Support - Gold", 1, "1500.00", "month", sku="FG-SUP-G", net_amount="1500.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="FGD-1042",
      billing_contact_email="eingangsrechnungen@nordlicht-energie.example", currency="EUR",
      effective_date="2026-05-01", service_start_date="2026-05-01", service_end_date="2029-04-30", term_months=36,
      auto_renew=False, payment_terms_days=30, billing_frequency="monthly", billing_timing="arrears",
      line_items=lines, minimum_commitment={"amount": "150000.00", "period": "term"},
      usage_rules=[U("processed data volume", "GB", None, None, "graduated",
                     [("10000", "0.045"), ("50000", "0.030"), (None, "0.020")], "monthly", "arrears")])
FORMS.append(dict(
    layout="usage-grid", nn=3, terms=t,
    description=("Data-platform order in EUR (1.500,00 / 0,045). The only fixed line is Gold support at 1.500,00 per "
                 "month, billed monthly in arrears like the usage. Processed volume has no allowance (included null) "
                 "and graduated bands on the month's GB counted from zero: up to 10.000 GB at 0,045, 10.001-50.000 "
                 "at 0,030, above 50.000 at 0,020 (tiers 10000 / 50000 / null); the worked example (60.000 GB = "
                 "1.850,00) checks. Minimum commitment EUR 150.000,00 of usage over the whole Term, shortfall invoiced "
                 "with the final monthly invoice -> period 'term'. Ends at term end (auto_renew false). Deal = 36 x "
                 "1,500 support + 150,000 commitment = 204,000.00."),
    tags=["usage", "graduated-tiers", "minimum-commitment", "true-up", "key-terms-grid", "eu-number-format",
          "arrears", "worked-example", "no-auto-renew"],
    deal=deal("006-BC0503", "Nordlicht Energie - Fluxgrid pipeline 3y", "Nordlicht Energie AG", "2026-04-24", "EUR",
              "204000.00", "eingangsrechnungen@nordlicht-energie.example",
              deal_items_from_lines(lines, 36) + [item("Minimum usage commitment (term)", 1, "150000.00",
                                                       "150000.00", "FG-COMMIT")]),
    doc=dict(
        color=(60, 60, 150), brand="FLUXGRID DATA", head_right="Auftrag / Order No. FGD-1042",
        footer="Fluxgrid Data GmbH - Sitz Leipzig - HRB 38877 - Order FGD-1042",
        title="Order Form - Managed Data Pipeline",
        intro=("Fluxgrid Data GmbH, Karl-Liebknecht-Straße 12, 04107 Leipzig (\"Fluxgrid\") and Nordlicht Energie AG, "
               "Am Sandtorkai 40, 20457 Hamburg (\"Customer\") agree the following order under Fluxgrid's General "
               "Terms of Business. Amounts in EUR, excluding VAT."),
        grid=[("Order No.", "FGD-1042"), ("Customer", "Nordlicht Energie AG"),
              ("Invoice e-mail", "eingangsrechnungen@nordlicht-energie.example"),
              ("Effective Date", fd("2026-05-01", "ukplain")), ("Term start", fd("2026-05-01", "ukplain")),
              ("Term end", fd("2029-04-30", "ukplain")), ("Term", "36 months"), ("Billing", "Monthly in arrears"),
              ("Payment", "30 days net"), ("Minimum Commitment", "EUR 150.000,00 over the Term"),
              ("Renewal", "None - the order ends at Term end"), ("Currency", "EUR")],
        blocks=[
            ("h", "1. Recurring Fees"),
            ("table", ["Item", "Art.-No.", "Qty", "Price per month", "Amount per month"],
             [["Support - Gold", "FG-SUP-G", "1", "1.500,00 \u20ac", "1.500,00 \u20ac"]],
             [64, 30, 14, 33, 33], ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"]),
            ("h", "2. Usage Fees - Processed Data Volume"),
            ("p", "Processed data volume is measured per calendar month in gigabytes (GB). No volume is included in "
                  "the recurring fees. Usage is priced on a graduated basis: each band is charged at its own rate."),
            ("table", ["Band", "Processed volume per month", "Price per GB"],
             [["A", "0 - 10.000 GB", "0,045 \u20ac"], ["B", "10.001 - 50.000 GB", "0,030 \u20ac"],
              ["C", "above 50.000 GB", "0,020 \u20ac"]],
             [20, 90, 64], ["CENTER", "LEFT", "RIGHT"]),
            ("p", "Example: 60.000 GB in a month = 10.000 x 0,045 + 40.000 x 0,030 + 10.000 x 0,020 = 450,00 + "
                  "1.200,00 + 200,00 = 1.850,00 \u20ac."),
            ("h", "3. Minimum Commitment"),
            ("p", "Customer commits to usage fees of at least EUR 150.000,00 over the Term (the \"Minimum "
                  "Commitment\"). Support fees do not count towards it. If the usage fees invoiced over the Term are "
                  "lower than the Minimum Commitment, Fluxgrid invoices the difference with the final monthly "
                  "invoice (true-up). Unused commitment does not carry over."),
            ("h", "4. Further Terms"),
            ("clauses", cl(["data", "security", "conf", "warranty", "liability", "force", "return", "notices",
                            "entire"], "Fluxgrid", "Customer", "Order Form"), 1),
            ("sig", [("Fluxgrid Data GmbH", "", {"By": "M. Hoffmann", "Name": "Marta Hoffmann",
                                                 "Title": "Geschäftsführerin", "Date": fd("2026-04-24", "ukplain")}),
                     ("Nordlicht Energie AG", "", {"By": "B. Sommer", "Name": "Bernd Sommer", "Title": "CDO",
                                                   "Date": fd("2026-04-23", "ukplain")})]),
        ])))

# ---------------------------------------------------------------- usage-grid-04 (two usage rules, escalator)
V, C = "Parley AI, Inc.", "Coastal Mutual Insurance Company"
lines = [L("Parley Agent Assist Seats", 25, "120.00", "month", sku="PA-SEAT", net_amount="3000.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="PA-OF-5520",
      billing_contact_email="vendorpayments@coastalmutual.example", currency="USD", effective_date="2026-07-01",
      service_start_date="2026-07-01", service_end_date="2027-06-30", term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="annual",
      billing_timing="advance", line_items=lines, total_contract_value="36000.00", price_escalator_percent="4",
      usage_rules=[U("AI-resolved conversations", "conversation", 5000, "quarter", "per_unit", [(None, "0.90")],
                     "quarterly", "arrears"),
                   U("Voice minutes", "minute", None, None, "graduated", [("100000", "0.015"), (None, "0.011")],
                     "monthly", "arrears")])
FORMS.append(dict(
    layout="usage-grid", nn=4, terms=t,
    description=("AI contact-centre order with a key-terms grid. 25 seats x 120.00 per seat per month = 3,000.00 per "
                 "month, but the whole term's seat fees are invoiced annually in advance (price_period month, "
                 "billing annual); the form states $36,000.00 for the Subscription Term (= 12 x 3,000), used as "
                 "total_contract_value. The term is written as '2026-07-01 - 2027-06-30 (12 months)'. Two usage "
                 "rules: AI-resolved conversations with 5,000 included per quarter then 0.90 each, quarterly in "
                 "arrears; voice minutes with nothing included, graduated per month (first 100,000 at 0.015, beyond "
                 "at 0.011), monthly in arrears. Seat prices rise 4% at each renewal (escalator 4)."),
    tags=["usage", "multiple-usage-rules", "graduated-tiers", "included-allowance", "key-terms-grid", "escalator",
          "monthly-price-annual-billing", "iso-dates"],
    deal=deal("006-BC0504", "Coastal Mutual - Parley Agent Assist", "Coastal Mutual Insurance Company", "2026-06-22",
              "USD", "36000.00", "vendorpayments@coastalmutual.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(110, 50, 160), brand="PARLEY AI", head_right="Order Form PA-OF-5520",
        footer="Parley AI, Inc. - Order Form PA-OF-5520",
        title="Order Form - Parley Agent Assist",
        intro=("Parley AI, Inc., 535 Mission Street, San Francisco, CA 94105 (\"Parley\") and Coastal Mutual "
               "Insurance Company (\"Customer\") enter into this Order Form under the Parley Master Subscription "
               "Agreement dated 2 June 2026."),
        grid=[("Order Form", "PA-OF-5520"), ("Customer", "Coastal Mutual Insurance Company"),
              ("Bill-to e-mail", "vendorpayments@coastalmutual.example"), ("Effective", "2026-07-01"),
              ("Subscription Term", "2026-07-01 - 2027-06-30 (12 months)"), ("Seat Billing", "Annually in advance"),
              ("Payment", "Net 30"), ("Renewal", "Auto-renews for 12 months; cancel with 30 days' notice"),
              ("Renewal Pricing", "Seat prices increase 4% at each renewal")],
        blocks=[
            ("h", "Subscriptions"),
            ("table", ["Product", "SKU", "Seats", "Price / Seat / Month", "Monthly Fee"],
             [["Parley Agent Assist Seats", "PA-SEAT", "25", "$120.00", "$3,000.00"]],
             [64, 26, 16, 36, 32], ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"]),
            ("p", "Seat fees for the full Subscription Term are invoiced annually in advance ($36,000.00 for the "
                  "Subscription Term)."),
            ("h", "Usage"),
            ("table", ["Metric", "Included", "Price beyond included", "Billed"],
             [["AI-resolved conversations", "5,000 per calendar quarter", "$0.90 per conversation",
               "Quarterly in arrears"],
              ["Voice minutes", "None", "First 100,000 minutes in a month: $0.015 / minute; minutes beyond 100,000 "
                                        "in that month: $0.011 / minute (graduated)", "Monthly in arrears"]],
             [42, 36, 62, 34], ["LEFT", "LEFT", "LEFT", "LEFT"]),
            ("h", "Terms"),
            ("clauses", cl(["use", "data", "security", "conf", "liability", "ip", "thirdparty", "feedback", "entire"],
                           "Parley", "Customer", "Order Form"), 1),
            ("sig", [("Parley AI, Inc.", "", {"By": "S. Iyer", "Name": "Sanjay Iyer", "Title": "CRO",
                                              "Date": "2026-06-24"}),
                     ("Coastal Mutual Insurance Company", "", {"By": "G. Whitman", "Name": "Grace Whitman",
                                                              "Title": "SVP Claims Operations",
                                                              "Date": "2026-06-22"})]),
        ])))
