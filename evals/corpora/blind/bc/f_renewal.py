from bclib import T, L, U, fd, boiler_text
from formlib import deal, item, deal_items_from_lines

FORMS = []


def bc(keys, V, C, Dn):
    return [boiler_text(k, V, C, Dn) for k in keys]


def sig(v, vn, vt, vd, c, cn, ct, cd):
    return [(v, "", {"By": vn, "Name": vn, "Title": vt, "Date": vd}), (c, "", {"By": cn, "Name": cn, "Title": ct,
                                                                              "Date": cd})]


# ---------------------------------------------------------------- renewal-order-01
V, C = "Cobaltline HR, Inc.", "Fairhaven Community College District"
lines = [L("Cobaltline Core HR", 150, "85.60", "year", net_amount="12840.00"),
         L("Cobaltline Payroll", 160, "48.15", "year", net_amount="7704.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="CHR-REN-2027-0042",
      billing_contact_email="accountspayable@fairhavenccd.example", currency="USD", effective_date="2027-02-01",
      service_start_date="2027-02-01", service_end_date="2028-01-31", term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual",
      billing_timing="advance", po_required=True, po_number=None, line_items=lines,
      total_contract_value="20544.00", price_escalator_percent="5")
FORMS.append(dict(
    layout="renewal-order", nn=1, terms=t,
    description=("Renewal order form with a banner 'Renewal Term: February 1, 2027 - January 31, 2028 (12 months)' "
                 "repeated in clause 1 (consistent). The table shows current and renewal quantities/prices side by "
                 "side; only the renewal columns are gold: Core HR 150 x 85.60 = 12,840.00, Payroll 160 x 48.15 = "
                 "7,704.00, total 20,544.00. The 7% uplift already applied to this renewal is history; the escalator "
                 "is the 5% stated for each subsequent renewal. A PO will be issued and referenced (po_required true, "
                 "number not yet known)."),
    tags=["renewal", "renewal-date-range", "term-stated-twice", "prior-vs-renewal-columns", "escalator",
          "po-required-no-number", "us-dates"],
    deal=deal("006-BC0901", "Fairhaven CCD - HR/Payroll renewal FY27", "Fairhaven Community College District",
              "2027-01-12", "USD", "20544.00", "accountspayable@fairhavenccd.example",
              deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(30, 70, 140), brand="COBALTLINE HR", head_right="Renewal Order CHR-REN-2027-0042",
        footer="Cobaltline HR, Inc. - 1200 Fifth Avenue, Seattle, WA 98101", title="Renewal Order Form",
        banner="Renewal Term: February 1, 2027 - January 31, 2028 (12 months)",
        panels=[("Customer", [("Account", "Fairhaven Community College District"),
                              ("Address", "3300 College Way, Fairhaven, WA 98225"),
                              ("AP E-mail", "accountspayable@fairhavenccd.example"),
                              ("Customer PO", "To be provided (required)")]),
                ("Renewal Details", [("Renewal Order", "CHR-REN-2027-0042"),
                                     ("Renewal Effective Date", fd("2027-02-01", "us")),
                                     ("Prior Term", "February 1, 2026 - January 31, 2027"),
                                     ("Billing", "Annually in advance"), ("Payment", "Net 30")])],
        table_title="Renewal Pricing",
        headers=["Product", "Current Qty", "Renewal Qty", "Current Unit Price", "Renewal Unit Price", "Annual Total"],
        rows=[["Cobaltline Core HR", "150", "150", "$80.00", "$85.60", "$12,840.00"],
              ["Cobaltline Payroll", "150", "160", "$45.00", "$48.15", "$7,704.00"],
              ["Total for Renewal Term", "", "", "", "", "$20,544.00"]],
        widths=[48, 22, 22, 30, 30, 28], aligns=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], bold_last=True,
        after_table=["Renewal unit prices reflect the 7% uplift under Section 6.2 of the Agreement."],
        clauses=[("Renewal Term", "This Renewal Order covers the period from February 1, 2027 to January 31, 2028 "
                                  "(the Renewal Term stated above)."),
                 ("Fees", "Fees for the Renewal Term total $20,544.00 and are invoiced annually in advance on "
                          "February 1, 2027. Payment is due Net 30."),
                 ("Purchase Order", "Customer will issue a purchase order for the Renewal Term before February 1, "
                                    "2027. Cobaltline's invoice will reference that purchase order number."),
                 ("Further Renewals", "After the Renewal Term, the subscription renews automatically for successive "
                                      "12-month periods unless either party gives written notice of non-renewal at "
                                      "least 60 days before the end of the then-current term. Unit prices increase by "
                                      "5% at each subsequent renewal.")]
                + bc(["data", "conf", "liability", "entire"], "Cobaltline", "Customer", "Renewal Order"),
        sigs=sig("Cobaltline HR, Inc.", "Nora Castillo", "Renewals Manager", fd("2027-01-14", "us"),
                 "Fairhaven Community College District", "Dr. Alan Pierce", "VP Administrative Services",
                 fd("2027-01-12", "us")),
    )))

# ---------------------------------------------------------------- renewal-order-02 (24 months, semiannual, CRM name)
V, C = "Outpost Metrics Ltd", "Brennan & Molloy Solicitors LLP"
lines = [L("Outpost Analytics Suite", 1, "26500.00", "year", sku="OM-AS", net_amount="26500.00"),
         L("Extra dashboards pack (10)", 2, "1200.00", "year", sku="OM-DB10", net_amount="2400.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="OM-RN-2026-118",
      billing_contact_email="accounts@brennanmolloy.example", currency="EUR", service_start_date="2027-01-01",
      service_end_date="2028-12-31", term_months=24, auto_renew=False, payment_terms_days=30,
      billing_frequency="semiannual", billing_timing="advance", line_items=lines, total_contract_value="57800.00")
FORMS.append(dict(
    layout="renewal-order", nn=2, terms=t,
    description=("Two-year renewal, dates written 01.01.2027 - 31.12.2028 (24 months) in the banner and again in "
                 "clause 1 as twenty-four months. Renewal quantities only: suite 1 x 26,500.00 and dashboards reduced "
                 "from 4 to 2 packs x 1,200.00 = 2,400.00; annual 28,900.00, stated Renewal Term total 57,800.00. "
                 "Semi-annual invoicing in advance (14,450.00 each). No effective date is written (null). Does not "
                 "renew again automatically. DELIBERATE CRM DIFFERENCE: the deal's account_name is 'Brennan and "
                 "Molloy Solicitors' (no '&', no 'LLP'); the form's 'Brennan & Molloy Solicitors LLP' is gold."),
    tags=["renewal", "renewal-date-range", "term-stated-twice", "semiannual", "dot-dates", "quantity-reduction",
          "no-auto-renew", "crm-name-differs"],
    deal_mismatch=True,
    deal=deal("006-BC0902", "Brennan Molloy - Outpost renewal 2027-28", "Brennan and Molloy Solicitors", "2026-11-20",
              "EUR", "57800.00", "accounts@brennanmolloy.example", deal_items_from_lines(lines, 24)),
    doc=dict(
        color=(40, 120, 70), brand="OUTPOST METRICS", head_right="Renewal OM-RN-2026-118", fmt="A4",
        footer="Outpost Metrics Ltd - Block C, Grand Canal Quay, Dublin 2", title="Subscription Renewal",
        banner="Renewal Term: 01.01.2027 - 31.12.2028 (24 months)",
        panels=[("Client", [("Client", "Brennan & Molloy Solicitors LLP"),
                            ("Address", "22 Fitzwilliam Place, Dublin 2, D02 T292"),
                            ("Accounts", "accounts@brennanmolloy.example")]),
                ("Renewal", [("Renewal Ref.", "OM-RN-2026-118"), ("Previous Term", "01.01.2025 - 31.12.2026"),
                             ("Invoicing", "Semi-annually in advance (January and July)"),
                             ("Payment", "30 days from invoice")])],
        table_title="Products for the Renewal Term",
        headers=["Product", "SKU", "Qty (prev.)", "Qty (renewal)", "Unit Price p.a.", "Amount p.a."],
        rows=[["Outpost Analytics Suite", "OM-AS", "1", "1", "\u20ac26,500.00", "\u20ac26,500.00"],
              ["Extra dashboards pack (10)", "OM-DB10", "4", "2", "\u20ac1,200.00", "\u20ac2,400.00"],
              ["Annual total", "", "", "", "", "\u20ac28,900.00"]],
        widths=[52, 22, 20, 22, 28, 30], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], bold_last=True,
        after_table=["Total for the 24-month Renewal Term: \u20ac57,800.00 (2 x \u20ac28,900.00)."],
        clauses=[("Renewal Term", "The subscription is renewed for the period 01.01.2027 - 31.12.2028. For clarity, "
                                  "the Renewal Term is twenty-four (24) months."),
                 ("Invoicing", "Fees are invoiced semi-annually in advance, each invoice covering six months "
                               "(\u20ac14,450.00). Payment is due within 30 days of the invoice date."),
                 ("End of Renewal Term", "This renewal does not renew automatically. Any further renewal requires a "
                                         "new renewal order.")]
                + bc(["conf", "data", "liability", "force", "entire"], "Outpost Metrics", "the Client", "renewal"),
        sigs=sig("Outpost Metrics Ltd", "Niamh Gallagher", "Account Manager", "24.11.2026",
                 "Brennan & Molloy Solicitors LLP", "Ciarán Molloy", "Managing Partner", "20.11.2026"),
    )))

# ---------------------------------------------------------------- renewal-order-03 (3-year seat ramp, dmy)
V, C = "Halvorsen Imaging Systems, Inc.", "St. Brennan Regional Medical Center"
lines = [L("Vision Seats", 220, "430.00", "year", discount_percent="12", net_amount="83248.00",
           start_date="2027-01-01", end_date="2027-12-31"),
         L("Vision Seats", 240, "440.00", "year", discount_percent="12", net_amount="92928.00",
           start_date="2028-01-01", end_date="2028-12-31"),
         L("Vision Seats", 260, "450.00", "year", discount_percent="12", net_amount="102960.00",
           start_date="2029-01-01", end_date="2029-12-31")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="HIS-RN-0007",
      billing_contact_email="ap.invoices@stbrennan.example", currency="USD", service_start_date="2027-01-01",
      service_end_date="2029-12-31", term_months=36, auto_renew=False, payment_terms_days=60,
      billing_frequency="annual", billing_timing="advance", po_required=True, po_number="4500-778812",
      line_items=lines, total_contract_value="279136.00", late_fee_percent_per_month="1")
FORMS.append(dict(
    layout="renewal-order", nn=3, terms=t,
    description=("Three-year renewal written with d-Mon-yy dates ('Renewal Term: 1-Jan-27 to 31-Dec-29 (36 months)'). "
                 "The Seat Ramp table has one row per year with its own seat count and list price, all at 12% off: "
                 "220 x 430 x 0.88 = 83,248.00; 240 x 440 x 0.88 = 92,928.00; 260 x 450 x 0.88 = 102,960.00; total "
                 "279,136.00 (stated). Three ramp lines with calendar-year dates. The Archive Connector from the prior "
                 "order is expressly not renewed (no line). PO 4500-778812 required, Net 60, 1% monthly interest, no "
                 "automatic renewal, no effective date written."),
    tags=["renewal", "renewal-date-range", "ramp", "ramp-table", "discount", "dmy-dates", "po-required",
          "late-fee", "no-auto-renew", "dropped-product"],
    deal=deal("006-BC0903", "St. Brennan RMC - Vision renewal 2027-2029", "St. Brennan Regional Medical Center",
              "2026-11-30", "USD", "279136.00", "ap.invoices@stbrennan.example", deal_items_from_lines(lines, 36)),
    doc=dict(
        color=(120, 40, 40), brand="HALVORSEN IMAGING SYSTEMS", head_right="Renewal Order HIS-RN-0007",
        footer="Halvorsen Imaging Systems, Inc. - Confidential", title="Renewal Order",
        banner=f"Renewal Term: {fd('2027-01-01', 'dmy')} to {fd('2029-12-31', 'dmy')} (36 months)",
        panels=[("Client", [("Client", "St. Brennan Regional Medical Center"),
                            ("AP", "ap.invoices@stbrennan.example"),
                            ("Purchase Order", "4500-778812 (must appear on all invoices)")]),
                ("Renewal", [("Renewal Order", "HIS-RN-0007"),
                             ("Replaces", f"Order Schedule HIS-OS-0003 (expires {fd('2026-12-31', 'dmy')})"),
                             ("Billing", "Annually in advance, each 1-Jan"), ("Payment", "Net 60"),
                             ("Late payment", "1% per month")])],
        table_title="Seat Ramp",
        headers=["Period", "Vision Seats", "List Price / Seat / Yr", "Discount", "Net Annual Fee"],
        rows=[[f"Year 1: {fd('2027-01-01', 'dmy')} - {fd('2027-12-31', 'dmy')}", "220", "$430.00", "12%", "$83,248.00"],
              [f"Year 2: {fd('2028-01-01', 'dmy')} - {fd('2028-12-31', 'dmy')}", "240", "$440.00", "12%", "$92,928.00"],
              [f"Year 3: {fd('2029-01-01', 'dmy')} - {fd('2029-12-31', 'dmy')}", "260", "$450.00", "12%",
               "$102,960.00"],
              ["Renewal Term total", "", "", "", "$279,136.00"]],
        widths=[62, 24, 36, 20, 34], aligns=["LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"], bold_last=True,
        clauses=[("Renewal Term", f"The Renewal Term runs from {fd('2027-01-01', 'dmy')} to {fd('2029-12-31', 'dmy')}, "
                                  "thirty-six (36) months, and does not renew automatically."),
                 ("Fees", "Net annual fees are as set out in the Seat Ramp above and are invoiced annually in advance "
                          "on 1 January of each year. Payment is due sixty (60) days after receipt of a correct "
                          "invoice. Overdue amounts bear interest of 1% per month."),
                 ("Archive Connector", f"The Halvorsen Archive Connector is not renewed and ends on "
                                       f"{fd('2026-12-31', 'dmy')}.")]
                + bc(["conf", "security", "liability", "notices", "entire"], "Halvorsen", "Client", "Renewal Order"),
        sigs=sig("Halvorsen Imaging Systems, Inc.", "Erik Lindqvist", "VP Commercial Operations",
                 fd("2026-12-02", "dmy"), "St. Brennan Regional Medical Center", "Mary Okonkwo",
                 "Chief Financial Officer", fd("2026-11-30", "dmy")),
    )))

# ---------------------------------------------------------------- renewal-order-04 (monthly, calendar month, price lock)
V, C = "Tillpoint, Inc.", "Graniteview Coffee Roasters LLC"
lines = [L("Tillpoint Pro", 22, "49.00", "month", net_amount="1078.00"),
         L("Tillpoint Inventory Add-on", 22, "12.00", "month", net_amount="264.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="TP-RN-20417",
      billing_contact_email="office@graniteviewcoffee.example", currency="USD", service_start_date="2026-07-01",
      service_end_date="2027-06-30", term_months=12, auto_renew=True, renewal_term_months=12,
      non_renewal_notice_days=30, payment_terms_days=0, billing_frequency="monthly", billing_timing="advance",
      billing_anchor="calendar_month", line_items=lines, total_contract_value="16104.00",
      non_standard_terms=["Price lock: no price increase for this Renewal Term or the following 12-month renewal "
                          "term"])
FORMS.append(dict(
    layout="renewal-order", nn=4, terms=t,
    description=("Renewal for a coffee chain, 'Renewal Term: July 1, 2026 - June 30, 2027 (12 months)' in the banner "
                 "and in clause 1. 22 seats of Tillpoint Pro at $49.00 = 1,078.00 and 22 Inventory Add-on at $12.00 = "
                 "264.00 per month, billed monthly in advance at the start of each calendar month (calendar_month); "
                 "payment due on receipt (0). Renewal Term value 12 x 1,342.00 = 16,104.00 stated. Auto-renews for 12 "
                 "months with 30 days notice. The two-term price lock is a non-standard term. No effective date."),
    tags=["renewal", "renewal-date-range", "term-stated-twice", "monthly", "calendar-month", "due-on-receipt",
          "price-lock"],
    deal=deal("006-BC0904", "Graniteview Coffee - Tillpoint renewal", "Graniteview Coffee Roasters LLC", "2026-06-18",
              "USD", "16104.00", "office@graniteviewcoffee.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(200, 90, 20), brand="TILLPOINT", head_right="Renewal # TP-RN-20417",
        footer="Tillpoint, Inc. - 1 Lakeside Commons, Burlington VT 05401", title="Renewal Order",
        banner="Renewal Term: July 1, 2026 - June 30, 2027 (12 months)",
        panels=[("Customer", [("Customer", "Graniteview Coffee Roasters LLC"), ("Locations", "4 cafés, 1 roastery"),
                              ("Billing e-mail", "office@graniteviewcoffee.example")]),
                ("Details", [("Renewal #", "TP-RN-20417"),
                             ("Billing", "Monthly in advance, at the start of each calendar month"),
                             ("Payment", "Due on receipt (card on file)"),
                             ("Notice", "30 days before end of term")])],
        table_title="Renewed Subscriptions",
        headers=["Product", "Seats", "Price / Seat / Month", "Monthly"],
        rows=[["Tillpoint Pro", "22", "$49.00", "$1,078.00"], ["Tillpoint Inventory Add-on", "22", "$12.00", "$264.00"],
              ["Monthly total", "", "", "$1,342.00"]],
        widths=[80, 24, 40, 36], aligns=["LEFT", "RIGHT", "RIGHT", "RIGHT"], bold_last=True,
        after_table=["Renewal Term value: $16,104.00 (12 x $1,342.00)."],
        clauses=[("Renewal", "This renewal covers July 1, 2026 - June 30, 2027. Afterwards the subscription renews "
                             "automatically for 12-month periods unless either party gives 30 days' notice before the "
                             "end of the current term."),
                 ("Price Lock", "Tillpoint will not increase the prices above for this Renewal Term or for the "
                                "following 12-month renewal term.")]
                + bc(["use", "data", "liability", "entire"], "Tillpoint", "Customer", "Renewal Order"),
        sigs=sig("Tillpoint, Inc.", "Marcus Feld", "Account Executive", fd("2026-06-18", "us"),
                 "Graniteview Coffee Roasters LLC", "Jo Ellison", "Owner", fd("2026-06-17", "us")),
    )))
