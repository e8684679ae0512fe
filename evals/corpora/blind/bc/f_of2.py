from bclib import T, L, U, fd
from formlib import deal, item, deal_items_from_lines

FORMS = []
SIG = lambda v, vn, vt, vd, c, cn, ct, cd: [(v, "", {"By": vn, "Name": vn, "Title": vt, "Date": vd}),
                                            (c, "", {"By": cn, "Name": cn, "Title": ct, "Date": cd})]

# ---------------------------------------------------------------- order-form-2-01
V, C = "Lumenfold Software, Inc.", "Tidewater Cold Storage, Inc."
lines = [L("Lumenfold Dispatch Pro", 25, "360.00", "year", sku="LF-DSP-PRO", net_amount="9000.00",
           start_date="2026-04-01", end_date="2027-12-31")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="LF-2026-0117-02",
      billing_contact_email="ap@tidewatercold.example", currency="USD", effective_date="2026-04-01",
      service_start_date="2026-04-01", service_end_date="2027-12-31", billing_frequency="annual",
      billing_timing="advance", billing_anchor="coterm:2027-12-31", line_items=lines,
      total_contract_value="15750.00")
FORMS.append(dict(
    layout="order-form-2", nn=1, terms=t,
    derived={"term_months": {"value": 21, "rule": "2026-04-01 to 2027-12-31"}},
    description=("'Order Form #2' adding 25 seats to an existing subscription. The reference table of the existing "
                 "subscription (100 + 150 seats from Order Form #1) is NOT billed here and gives no lines. The one "
                 "line is 25 x 360.00 per year = 9,000.00 per year, 2026-04-01 to 2027-12-31, co-terminous with the "
                 "existing subscription (billing_anchor coterm:2027-12-31); prorated first period 25 x 360 x 9/12 = "
                 "6,750.00, then 9,000.00 for 2027; stated total 15,750.00. The order reference field is "
                 "LF-2026-0117-02 (used as order_form_number; '#2' is only the sequence). Payment terms and renewal "
                 "are 'as in Order Form #1', i.e. not stated here, so payment_terms_days and auto_renew are null. "
                 "Term months only implied (21, derived)."),
    tags=["order-form-2", "add-on-order", "coterm", "proration", "reference-table-not-billed", "payment-terms-by-reference",
          "us-dates"],
    deal=deal("006-BC0801", "Tidewater Cold Storage - +25 Dispatch Pro", "Tidewater Cold Storage, Inc.", "2026-03-27",
              "USD", "15750.00", "ap@tidewatercold.example", deal_items_from_lines(lines, 21)),
    doc=dict(
        color=(22, 78, 122), brand="LUMENFOLD SOFTWARE, INC.", title="ORDER FORM #2",
        footer="Lumenfold Software, Inc. - Order Form #2 - LF-2026-0117-02", fmt="Letter",
        subtitle=("Additional seats - supplemental to Order Form #1 (LF-2024-0117) dated December 15, 2024 under the "
                  "Lumenfold Master Subscription Agreement between Lumenfold Software, Inc. and Tidewater Cold "
                  "Storage, Inc."),
        kv=[("Order Reference", "LF-2026-0117-02"), ("Customer", "Tidewater Cold Storage, Inc."),
            ("Billing Contact", "ap@tidewatercold.example"),
            ("Order Form #2 Effective Date", fd("2026-04-01", "us")),
            ("Co-Terminus Date", f"{fd('2027-12-31', 'us')} (end of the Existing Subscription)"),
            ("Payment Terms", "As set out in Order Form #1")],
        existing_intro=("The following subscription is in place under Order Form #1 (the \"Existing Subscription\"). "
                        "It is shown for reference only and is not modified or re-billed by this Order Form #2."),
        existing=dict(headers=["Product", "SKU", "Qty", "Unit Price / Year", "Subscription Term"],
                      rows=[["Lumenfold Dispatch Pro", "LF-DSP-PRO", "100", "$360.00",
                             "January 1, 2025 - December 31, 2027"],
                            ["Lumenfold Driver App", "LF-DRV", "150", "$24.00", "January 1, 2025 - December 31, 2027"]],
                      widths=[46, 26, 14, 28, 62], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT"]),
        added=dict(headers=["Product", "SKU", "Additional Qty", "Unit Price / Year", "Start", "End", "Annual Amount"],
                   rows=[["Lumenfold Dispatch Pro", "LF-DSP-PRO", "25", "$360.00", fd("2026-04-01", "us"),
                          fd("2027-12-31", "us"), "$9,000.00"]],
                   widths=[38, 24, 18, 22, 26, 28, 22], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT", "LEFT", "RIGHT"]),
        clauses=[
            ("Co-Termination and Proration",
             "The additional seats are co-terminous with the Existing Subscription and end on December 31, 2027. The "
             "fee for the period April 1, 2026 through December 31, 2026 is prorated: 25 x $360.00 x 9/12 = "
             "$6,750.00, invoiced on the Order Form #2 Effective Date. From January 1, 2027 the additional seats are "
             "invoiced annually in advance together with the Existing Subscription, at $9,000.00 per year."),
            ("Total", "Total additional fees under this Order Form #2 through December 31, 2027: $15,750.00."),
            ("Other Terms",
             "Except as set out in this Order Form #2, the terms of Order Form #1 and the Agreement apply unchanged, "
             "including payment terms and renewal.")],
        sigs=SIG("Lumenfold Software, Inc.", "Renee Okafor", "Account Executive", fd("2026-03-30", "us"),
                 "Tidewater Cold Storage, Inc.", "Paul Lindahl", "Controller", fd("2026-03-27", "us")),
    )))

# ---------------------------------------------------------------- order-form-2-02 (EUR, same discount, coterm)
V, C = "Brightwater Analytics GmbH", "Sörensen Fördertechnik GmbH"
lines = [L("Dock Scheduler", 3, "4800.00", "year", sku="BW-DS", discount_percent="15", net_amount="12240.00"),
         L("Yard Control licence - additional users", 20, "310.00", "year", sku="BW-YC", discount_percent="15",
           net_amount="5270.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="BWA-2026-0588",
      billing_contact_email="kreditoren@soerensen-foerdertechnik.example", currency="EUR",
      effective_date="2026-09-15", service_start_date="2026-10-01", service_end_date="2027-06-30",
      payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
      billing_anchor="coterm:2027-06-30", line_items=lines, total_contract_value="13132.50")
FORMS.append(dict(
    layout="order-form-2", nn=2, terms=t,
    derived={"term_months": {"value": 9, "rule": "2026-10-01 to 2027-06-30"}},
    description=("German 'Order Form #2' extending Order Form #1 with 3 Dock Scheduler sites and 20 Yard Control users, "
                 "both at the 15 % discount carried over from Order Form #1: 3 x 4.800,00 x 0.85 = 12.240,00 and "
                 "20 x 310,00 x 0.85 = 5.270,00 per year (17.510,00). They run 01.10.2026 - 30.06.2027, co-terminous "
                 "with Order Form #1 (coterm:2027-06-30). The stated total payable is the 9-month pro-rata amount "
                 "17.510,00 x 9/12 = 13.132,50 (total_contract_value). Line dates are null because both lines cover "
                 "the whole order period given in the header. Existing-subscription rows are reference only. Renewal "
                 "follows Order Form #1 (auto_renew null)."),
    tags=["order-form-2", "add-on-order", "coterm", "proration", "discount", "dot-dates", "eu-number-format",
          "reference-table-not-billed"],
    deal=deal("006-BC0802", "Sörensen Fördertechnik - expansion OF2", "Sörensen Fördertechnik GmbH", "2026-09-11",
              "EUR", "13132.50", "kreditoren@soerensen-foerdertechnik.example", deal_items_from_lines(lines, 9)),
    doc=dict(
        color=(0, 110, 120), brand="BRIGHTWATER ANALYTICS GMBH", title="ORDER FORM #2",
        footer="Brightwater Analytics GmbH - Auftrag BWA-2026-0588 (Order Form #2)",
        subtitle="Extension of Order Form #1 (BWA-2025-0214) - additional Dock Scheduler sites and Yard Control users",
        kv=[("Order No.", "BWA-2026-0588"), ("Customer", "Sörensen Fördertechnik GmbH, Werftstraße 3, 24148 Kiel"),
            ("Invoice address", "kreditoren@soerensen-foerdertechnik.example"),
            ("Effective Date", fd("2026-09-15", "dot")), ("Start of additional services", fd("2026-10-01", "dot")),
            ("End (co-terminous with Order Form #1)", fd("2027-06-30", "dot")), ("Payment", "30 days net")],
        existing_intro="Order Form #1 (BWA-2025-0214) remains in force unchanged:",
        existing=dict(headers=["Article", "Art.-No.", "Qty", "List price p.a. (EUR)", "Disc.", "Term"],
                      rows=[["Yard Control licence", "BW-YC", "60", "310,00", "15 %", "01.07.2025 - 30.06.2027"],
                            ["Dock Scheduler", "BW-DS", "4", "4.800,00", "15 %", "01.07.2025 - 30.06.2027"]],
                      widths=[46, 22, 14, 34, 16, 44], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "LEFT"]),
        added=dict(headers=["Article", "Art.-No.", "Qty", "List price p.a. (EUR)", "Disc.", "Net p.a. (EUR)"],
                   rows=[["Dock Scheduler", "BW-DS", "3 sites", "4.800,00", "15 %", "12.240,00"],
                         ["Yard Control licence - additional users", "BW-YC", "20", "310,00", "15 %", "5.270,00"],
                         ["Total net p.a.", "", "", "", "", "17.510,00"]],
                   widths=[56, 20, 16, 32, 14, 32], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"],
                   bold_last=True),
        clauses=[
            ("Term and Co-Termination",
             "The additional services start on 01.10.2026 and end together with Order Form #1 on 30.06.2027. They "
             "renew together with Order Form #1 and on its terms."),
            ("Fees for the Partial Period",
             "For 01.10.2026 - 30.06.2027 (9 months) the pro-rata amount is EUR 17.510,00 x 9/12 = EUR 13.132,50. "
             "This amount is the total payable under this Order Form #2 and is invoiced in advance on 01.10.2026. "
             "Thereafter the additional services are invoiced annually in advance together with Order Form #1."),
            ("Discount", "The discount of 15 % granted in Order Form #1 also applies to the additional services.")],
        sigs=SIG("Brightwater Analytics GmbH", "Jana Vogt", "Geschäftsführerin", fd("2026-09-15", "dot"),
                 "Sörensen Fördertechnik GmbH", "Lars Sörensen", "Geschäftsführer", fd("2026-09-11", "dot")),
    )))

# ---------------------------------------------------------------- order-form-2-03 (seats + allowance change)
V, C = "Parley AI, Inc.", "Coastal Mutual Insurance Company"
lines = [L("Parley Agent Assist Seats", 15, "120.00", "month", sku="PA-SEAT", net_amount="1800.00",
           start_date="2027-01-01", end_date="2027-06-30")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="PA-OF-5520-2",
      billing_contact_email="vendorpayments@coastalmutual.example", currency="USD", effective_date="2026-12-10",
      service_start_date="2027-01-01", service_end_date="2027-06-30", payment_terms_days=30,
      billing_frequency="quarterly", billing_timing="advance", billing_anchor="coterm:2027-06-30",
      line_items=lines, total_contract_value="10800.00",
      usage_rules=[U("AI-resolved conversations", "conversation", 8000, "quarter", "per_unit", [(None, "0.90")],
                     "quarterly", "arrears")])
FORMS.append(dict(
    layout="order-form-2", nn=3, terms=t,
    derived={"term_months": {"value": 6, "rule": "2027-01-01 to 2027-06-30"}},
    description=("Order Form #2 to an earlier order: 15 more seats at $120.00 per seat per month ($1,800.00 per month "
                 "shown) for 2027-01-01 to 2027-06-30, co-terminous with Order Form #1, invoiced quarterly in advance "
                 "($5,400.00 twice); stated total 6 x 1,800 = 10,800.00. It also raises the account's included "
                 "AI-resolved conversations from 5,000 to 8,000 per quarter (overage still $0.90, quarterly in "
                 "arrears) - the new rule is keyed; the 5,000 in the reference table is the old allowance. Renewal "
                 "follows Order Form #1 (null)."),
    tags=["order-form-2", "add-on-order", "coterm", "usage", "included-allowance", "allowance-change",
          "reference-table-not-billed", "iso-dates"],
    deal=deal("006-BC0803", "Coastal Mutual - +15 seats (OF2)", "Coastal Mutual Insurance Company", "2026-12-08",
              "USD", "10800.00", "vendorpayments@coastalmutual.example", deal_items_from_lines(lines, 6)),
    doc=dict(
        color=(110, 50, 160), brand="PARLEY AI, INC.", title="ORDER FORM #2",
        footer="Parley AI, Inc. - PA-OF-5520-2",
        subtitle="to Order Form PA-OF-5520 (Order Form #1) - additional seats and increased resolution allowance",
        kv=[("Order Form", "PA-OF-5520-2"), ("Customer", "Coastal Mutual Insurance Company"),
            ("Bill-to e-mail", "vendorpayments@coastalmutual.example"), ("Effective Date", "2026-12-10"),
            ("Added Seats Start", "2027-01-01"), ("Added Seats End", "2027-06-30 (co-terminous with Order Form #1)"),
            ("Billing", "Quarterly in advance"), ("Payment Terms", "Net 30")],
        existing_intro="Order Form #1 (PA-OF-5520) currently provides:",
        existing=dict(headers=["Item", "Qty", "Price", "Included usage", "Term"],
                      rows=[["Parley Agent Assist Seats", "25", "$120.00 / seat / month",
                             "5,000 AI-resolved conversations per quarter", "2026-07-01 - 2027-06-30"]],
                      widths=[40, 12, 34, 52, 36], aligns=["LEFT", "RIGHT", "LEFT", "LEFT", "LEFT"]),
        added=dict(headers=["Item", "SKU", "Add'l Seats", "Price / Seat / Month", "Monthly Fee", "Period"],
                   rows=[["Parley Agent Assist Seats", "PA-SEAT", "15", "$120.00", "$1,800.00",
                          "2027-01-01 - 2027-06-30"]],
                   widths=[42, 20, 18, 30, 24, 40], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"]),
        clauses=[
            ("Increased Allowance",
             "From 2027-01-01, the included AI-resolved conversations increase from 5,000 to 8,000 per calendar "
             "quarter for the whole account. Conversations above the allowance remain at $0.90 each, billed quarterly "
             "in arrears."),
            ("Fees and Invoicing",
             "The added seats are invoiced quarterly in advance on 2027-01-01 and 2027-04-01 ($5,400.00 each). Total "
             "fees under this Order Form #2: $10,800.00."),
            ("Co-Termination", "The added seats end on 2027-06-30 together with Order Form #1 and renew with it.")],
        sigs=SIG("Parley AI, Inc.", "Sanjay Iyer", "CRO", "2026-12-10",
                 "Coastal Mutual Insurance Company", "Grace Whitman", "SVP Claims Operations", "2026-12-08"),
    )))

# ---------------------------------------------------------------- order-form-2-04 (expansion + extension)
V, C = "Mosslight Software Oy", "Rautaranta Logistics Oy"
lines = [L("Mosslight Route Planner - additional users", 30, "540.00", "year", net_amount="16200.00",
           start_date="2026-09-01", end_date="2026-12-31"),
         L("Mosslight Route Planner", 80, "510.00", "year", net_amount="40800.00", start_date="2027-01-01",
           end_date="2028-12-31")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="MS-OF-2026-044",
      billing_contact_email="laskut@rautaranta.example", currency="EUR", effective_date="2026-09-01",
      service_start_date="2026-09-01", service_end_date="2028-12-31", auto_renew=False, payment_terms_days=14,
      billing_frequency="annual", billing_timing="advance", line_items=lines, total_contract_value="87000.00")
FORMS.append(dict(
    layout="order-form-2", nn=4, terms=t,
    derived={"term_months": {"value": 28, "rule": "2026-09-01 to 2028-12-31"}},
    description=("Order Form #2 that both adds users and extends the term. Line 1: 30 additional users at EUR 540.00 "
                 "per user per year (annual amount 16,200.00 shown) from 1 September to 31 December 2026, prorated "
                 "4/12 = 5,400.00. Line 2: all 80 users at the extension price EUR 510.00 (40,800.00 per year) from "
                 "1 January 2027 to 31 December 2028 = 81,600.00. Stated total 5,400 + 81,600 = 87,000.00. Order "
                 "period 2026-09-01..2028-12-31 (28 months, only implied). billing_anchor is null: only the first "
                 "line co-terminates with Order Form #1, the order as a whole runs past it. The Extension Term does "
                 "not renew automatically. The existing 50-user row is reference only."),
    tags=["order-form-2", "add-on-order", "extension", "proration", "per-line-dates", "no-auto-renew",
          "reference-table-not-billed"],
    deal=deal("006-BC0804", "Rautaranta Logistics - expansion + extension", "Rautaranta Logistics Oy", "2026-08-28",
              "EUR", "87000.00", "laskut@rautaranta.example", deal_items_from_lines(lines, 28)),
    doc=dict(
        color=(40, 100, 60), brand="MOSSLIGHT SOFTWARE OY", title="ORDER FORM #2",
        footer="Mosslight Software Oy - Y-tunnus 3123456-7 - MS-OF-2026-044",
        subtitle=("Expansion and Extension - supplements Order Form #1 (MS-OF-2024-310) dated "
                  f"{fd('2024-12-05', 'ukplain')}"),
        kv=[("Order reference", "MS-OF-2026-044"), ("Customer", "Rautaranta Logistics Oy, Satamatie 6, 48100 Kotka"),
            ("Invoices", "laskut@rautaranta.example"), ("Effective Date", fd("2026-09-01", "ukplain")),
            ("Extended end date", fd("2028-12-31", "ukplain")),
            ("Invoicing", "Annually in advance (first invoice pro rata)"), ("Payment", "14 days net"),
            ("Renewal", "The Extension Term does not renew automatically")],
        existing_intro="Order Form #1 (for reference):",
        existing=dict(headers=["Product", "Users", "Price per user per year", "Term"],
                      rows=[["Mosslight Route Planner", "50", "\u20ac540.00",
                             f"{fd('2025-01-01', 'ukplain')} - {fd('2026-12-31', 'ukplain')}"]],
                      widths=[50, 16, 40, 64], aligns=["LEFT", "RIGHT", "RIGHT", "LEFT"]),
        added=dict(headers=["Product", "Users", "Price / user / year", "Annual amount", "From", "To",
                            "Amount for period"],
                   rows=[["Mosslight Route Planner - additional users", "30", "\u20ac540.00", "\u20ac16,200.00",
                          fd("2026-09-01", "ukplain"), fd("2026-12-31", "ukplain"), "\u20ac5,400.00"],
                         ["Mosslight Route Planner (Extension Term, all users)", "80", "\u20ac510.00",
                          "\u20ac40,800.00", fd("2027-01-01", "ukplain"), fd("2028-12-31", "ukplain"),
                          "\u20ac81,600.00"],
                         ["Total", "", "", "", "", "", "\u20ac87,000.00"]],
                   widths=[44, 12, 20, 22, 24, 24, 24],
                   aligns=["LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT", "LEFT", "RIGHT"], bold_last=True),
        add_title="2. Expansion and Extension",
        clauses=[
            ("Additional Users",
             "The 30 additional users start on 1 September 2026 and are co-terminous with Order Form #1 until "
             "31 December 2026. They are invoiced pro rata for four months on the Effective Date."),
            ("Extension Term",
             "The subscription for all 80 users is extended from 1 January 2027 to 31 December 2028 (the \"Extension "
             "Term\") at EUR 510.00 per user per year, invoiced annually in advance on 1 January 2027 and 1 January "
             "2028. The Extension Term does not renew automatically."),
            ("Total", "The total payable under this Order Form #2 is EUR 87,000.00. Payment within 14 days net.")],
        sigs=SIG("Mosslight Software Oy", "Aleksi Virtanen", "CEO", fd("2026-09-01", "ukplain"),
                 "Rautaranta Logistics Oy", "Minna Rautaranta", "CFO", fd("2026-08-28", "ukplain")),
    )))
