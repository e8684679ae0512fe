"""Layout `cover`: UK vendor order form with a cover page of label/value pairs, fee table on page 2,
standard terms at the back.  Dates in UK ordinal style ("1st March 2026")."""
from bb_lib import L, U, MC, terms, deal, fnum, fd, bp, check_tcv

VENDOR = {
    "name": "Harrowgate Cloud Systems Ltd",
    "addr": "4 Tanner's Yard, Harrogate HG1 2XP, United Kingdom   |   www.harrowgatecloud.example",
    "reg": "Registered in England and Wales No. 10482291   |   VAT GB 318 2291 04",
}
VN = VENDOR["name"]
TERMS_KEYS_A = ["definitions", "access", "customer", "aup", "availability", "support", "dp", "security", "conf",
                "ip", "warranty", "indemnity", "liability", "suspension", "termination", "exit", "fm", "assign",
                "notices", "entire", "taxes", "misc", "law"]
TERMS_KEYS_B = ["definitions", "access", "customer", "availability", "support", "dp", "conf", "ip", "warranty",
                "liability", "audit", "changes", "termination", "exit", "fm", "subcontract", "notices", "publicity",
                "compliance", "entire", "taxes", "misc", "law"]
TERMS_INTRO = ("These Standard Terms apply to every Order Form issued by Harrowgate Cloud Systems Ltd "
               "(\"Harrowgate\"). In these terms Harrowgate is called the Supplier.")


def gbp(v):
    return "£" + fnum(v, "en", 2)


def eur(v):
    return "€" + fnum(v, "en", 2)


def d(iso):
    return fd(iso, "ukord")


def cover_01():
    cur = "GBP"
    lines = [
        L("FleetView Professional", 40, "360.00", "year", cur, net="14400.00", sku="FV-PRO-U"),
        L("Route Optimiser Add-on", 1, "4800.00", "year", cur, net="4800.00", sku="FV-ROUTE"),
        L("Implementation & Onboarding", 1, "3500.00", "one_time", cur, net="3500.00", sku="PS-IMPL"),
    ]
    t = terms(
        customer_legal_name="Pemberton & Lyle Logistics Ltd", vendor_legal_name=VN,
        order_form_number="HCS-OF-2026-0142", billing_contact_email="accounts.payable@pembertonlyle.example",
        currency=cur, effective_date="2026-02-12", service_start_date="2026-03-01", service_end_date="2027-02-28",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60,
        payment_terms_days=30, billing_frequency="annual", billing_timing="advance", billing_anchor=None,
        po_required=True, po_number="PL-77812", line_items=lines, total_contract_value="22700.00",
    )
    check_tcv(t, [1, 1, 1])
    r = {
        "vendor": VENDOR, "ref": "HCS-OF-2026-0142", "title": "Order Form",
        "subtitle": "FleetView subscription services",
        "cover_rows": [
            ("Prepared for", "Pemberton & Lyle Logistics Ltd\nUnit 7, Calder Park, Wakefield WF2 7AW"),
            ("Prepared by", VN),
            ("Order Form No.", "HCS-OF-2026-0142"),
            ("Effective Date", d("2026-02-12")),
            ("Subscription Start", d("2026-03-01")),
            ("Subscription End", d("2027-02-28")),
            ("Subscription Term", "12 months"),
            ("Billing", "Annually in advance"),
            ("Payment Terms", "30 days from the date of invoice"),
            ("Customer PO", "PL-77812"),
            ("Invoices to", "accounts.payable@pembertonlyle.example"),
        ],
        "cover_note": ("This Order Form is made under the Harrowgate Standard Terms printed at the back of this "
                       "document. Words with capital letters have the meanings given to them in those terms."),
        "fee_title": "Services and Fees",
        "fee_cols": ["Ref", "Service", "Units", "Price per unit", "Period", "Amount (excl. VAT)"],
        "fee_widths": [22, 58, 13, 26, 19, 32], "fee_aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "fee_rows": [
            ["FV-PRO-U", "FleetView Professional", "40", gbp(360), "per year", gbp(14400)],
            ["FV-ROUTE", "Route Optimiser Add-on", "1", gbp(4800), "per year", gbp(4800)],
            ["PS-IMPL", "Implementation & Onboarding", "1", gbp(3500), "one-time", gbp(3500)],
        ],
        "summary": [("Annual recurring fees", gbp(19200), False), ("One-time fees", gbp(3500), False),
                    ("Total fees for the Subscription Term (excl. VAT)", gbp(22700), True),
                    ("VAT at 20%", gbp(4540), False), ("Total including VAT", gbp(27240), True)],
        "fee_note": ("VAT is shown for information only. It is charged at the rate in force on each invoice date "
                     "and does not form part of the fees."),
        "sections": [
            ("Invoicing and Payment", [
                "Harrowgate will invoice the annual recurring fees annually in advance. The first invoice is issued "
                "on the Subscription Start date and also includes the one-time fees. Invoices are payable within 30 "
                "days of the invoice date.",
                "Each invoice must quote the Customer's purchase order number PL-77812, and the Customer may reject "
                "an invoice that does not. Invoices are sent by e-mail to accounts.payable@pembertonlyle.example."]),
            ("Renewal", [
                "When the Subscription Term ends, the subscription renews automatically for successive periods of 12 "
                "months unless either party gives written notice of non-renewal at least 60 days before the end of "
                "the term then running. Renewals are at the prices in this Order Form unless Harrowgate notifies "
                "new prices at least 90 days before the renewal date."]),
        ],
        "sig_intro": "Each party signs this Order Form by its authorised representative.",
        "sigs": [
            {"heading": f"For {VN}", "sig": "M. Oakes", "name": "Martin Oakes", "title": "Commercial Director",
             "date": d("2026-02-12")},
            {"heading": "For Pemberton & Lyle Logistics Ltd", "sig": "G. Lyle", "name": "Gemma Lyle",
             "title": "Finance Director", "date": d("2026-02-12")},
        ],
        "terms_title": "Harrowgate Standard Terms", "terms_intro": TERMS_INTRO,
        "terms": bp(TERMS_KEYS_A, S="Supplier"),
    }
    return {
        "folder": "cover-01", "layout": "cover", "terms": t, "r": r,
        "description": (
            "UK cover-page order form (label/value pairs on page 1, fee table on page 2, standard terms at the back). "
            "Two annual lines and one one-time implementation fee, annual billing in advance. The fee summary shows "
            "a Term total excluding VAT (GBP 22,700.00 = 14,400 + 4,800 + 3,500 for a 12-month term) plus an "
            "information-only VAT line (20% = 4,540.00) and a total including VAT (27,240.00); VAT is not a fee, so "
            "total_contract_value is the excl.-VAT 22700.00. Renewal wording contains a 90-day price-notice distractor; "
            "the non-renewal notice is 60 days. PO PL-77812 must be quoted on invoices."),
        "tags": ["vat-excluded", "one-time-fee", "po-required", "auto-renew", "uk-ordinal-dates", "cover-page"],
        "deal": deal("006-H7Q2", "Pemberton & Lyle - FleetView 2026", "Pemberton & Lyle Logistics Ltd", "2026-02-12",
                     cur, "22700.00", "accounts.payable@pembertonlyle.example",
                     [("FleetView Professional", 40, "360.00", "14400.00"),
                      ("Route Optimiser Add-on", 1, "4800.00", "4800.00"),
                      ("Implementation & Onboarding", 1, "3500.00", "3500.00")]),
    }


def cover_02():
    cur = "GBP"
    lines = [
        L("Clinic Suite - Standard", 12, "1150.00", "year", cur, disc="10", net="12420.00", sku="CS-STD-SITE"),
        L("SMS Reminders Bundle", 1, "2400.00", "year", cur, net="2400.00", sku="CS-SMS-25K"),
    ]
    t = terms(
        customer_legal_name="Ashdown Veterinary Group Limited", vendor_legal_name=VN,
        order_form_number="HCS-OF-2026-0219", billing_contact_email="finance@ashdownvets.example",
        currency=cur, effective_date="2026-03-09", service_start_date="2026-04-01", service_end_date="2028-03-31",
        term_months=24, auto_renew=False, renewal_term_months=None, non_renewal_notice_days=None,
        payment_terms_days=14, billing_frequency="annual", billing_timing="advance", billing_anchor=None,
        po_required=False, po_number=None, line_items=lines, total_contract_value="29640.00",
        usage_rules=[U("SMS messages", "message", 25000, "year", "per_unit", [(None, "0.04")], "quarterly", "arrears")],
        late_fee_percent_per_month="2",
    )
    check_tcv(t, [2, 2])
    r = {
        "vendor": VENDOR, "ref": "HCS-OF-2026-0219", "title": "Order Form",
        "subtitle": "Clinic Suite practice management",
        "cover_rows": [
            ("Prepared for", "Ashdown Veterinary Group Limited\n18 Cliffe High Street, Lewes BN7 2AJ"),
            ("Order Form No.", "HCS-OF-2026-0219"),
            ("Effective from", d("2026-03-09")),
            ("Commencement Date", d("2026-04-01")),
            ("Expiry Date", d("2028-03-31")),
            ("Initial Term", "24 months"),
            ("Invoicing", "Annually in advance; SMS overage quarterly in arrears"),
            ("Payment Terms", "14 days from invoice"),
            ("Finance contact", "finance@ashdownvets.example"),
        ],
        "cover_note": ("The Harrowgate Standard Terms at the back of this document apply to this Order Form. If "
                       "anything in this Order Form conflicts with those terms, this Order Form prevails."),
        "fee_title": "Subscription Fees",
        "fee_intro": "All prices are in pounds sterling and exclude VAT, which is added at the applicable rate.",
        "fee_cols": ["Ref", "Service", "Qty", "List price", "Discount", "Net annual fee"],
        "fee_widths": [26, 52, 12, 34, 18, 28], "fee_aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "fee_rows": [
            ["CS-STD-SITE", "Clinic Suite - Standard", "12", gbp(1150) + " / site / yr", "10%", gbp(12420)],
            ["CS-SMS-25K", "SMS Reminders Bundle", "1", gbp(2400) + " / yr", "-", gbp(2400)],
        ],
        "summary": [("Annual fees (excl. VAT)", gbp(14820), False),
                    ("Total Contract Value (24 months, excl. VAT)", gbp(29640), True)],
        "sections": [
            ("SMS Usage", [
                "The SMS Reminders Bundle includes 25,000 messages in each year of the Initial Term. Messages sent "
                "beyond that allowance in a year are charged at £0.04 per message and invoiced quarterly in arrears."]),
            ("Invoicing and Payment", [
                "Annual fees are invoiced annually in advance, on the Commencement Date and on its first anniversary. "
                "Invoices are payable within 14 days. Overdue amounts carry interest at 2% per month from the due date "
                "until paid.",
                "Invoices will be e-mailed to finance@ashdownvets.example."]),
            ("Expiry", [
                "The subscription ends on the Expiry Date. It does not renew automatically; any renewal requires a new "
                "Order Form signed by both parties."]),
        ],
        "sig_intro": "Signed by the authorised representatives of the parties.",
        "sigs": [
            {"heading": f"For {VN}", "sig": "R. Hale", "name": "Rachel Hale", "title": "Head of Sales",
             "date": d("2026-03-06")},
            {"heading": "For Ashdown Veterinary Group Limited", "sig": "P. Ashdown", "name": "Philip Ashdown",
             "title": "Managing Director", "date": d("2026-03-09")},
        ],
        "terms_title": "Harrowgate Standard Terms", "terms_intro": TERMS_INTRO,
        "terms": bp(TERMS_KEYS_B, S="Supplier"),
    }
    return {
        "folder": "cover-02", "layout": "cover", "terms": t, "r": r,
        "description": (
            "Cover-page order form with non-standard labels (Effective from / Commencement Date / Expiry Date). "
            "Clinic Suite: 12 sites x GBP 1,150.00 list per year with 10% discount = 12,420.00 net per year; SMS bundle "
            "2,400.00 per year. Annual total 14,820.00 x 2 years = stated Total Contract Value 29,640.00 (excl. VAT). "
            "SMS messages beyond 25,000 a year at GBP 0.04 each are usage (not a line item), billed quarterly in "
            "arrears. No auto-renewal. Late interest 2% per month. CRM MISMATCH ON PURPOSE: the deal's account_name "
            "is spelled 'Ashdown Vet Group Ltd' while the signed form says 'Ashdown Veterinary Group Limited'."),
        "tags": ["discount", "usage", "late-fee", "no-auto-renew", "crm-mismatch", "uk-ordinal-dates", "cover-page"],
        "deal": deal("006-H8A5", "Ashdown Vets - Clinic Suite 24m", "Ashdown Vet Group Ltd", "2026-03-09", cur,
                     "29640.00", "finance@ashdownvets.example",
                     [("Clinic Suite - Standard", 12, "2070.00", "24840.00"),
                      ("SMS Reminders Bundle", 1, "4800.00", "4800.00")]),
    }


def cover_03():
    cur = "EUR"
    lines = [
        L("FleetView Enterprise", 150, "30.00", "month", cur, net="4500.00", sku="FV-ENT-U"),
        L("Telematics Gateway", 150, "4.50", "month", cur, net="675.00", sku="TG-DEV"),
        L("Premium Support", 1, "850.00", "month", cur, net="850.00", sku="SUP-PREM"),
    ]
    t = terms(
        customer_legal_name="Kilbarron Foods Designated Activity Company", vendor_legal_name=VN,
        order_form_number="HCS-OF-2026-0307", billing_contact_email="ap@kilbarronfoods.example",
        currency=cur, effective_date="2026-03-20", service_start_date="2026-04-01", service_end_date="2029-03-31",
        term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90,
        payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        billing_anchor="calendar_quarter", po_required=False, po_number=None, line_items=lines,
        total_contract_value="216900.00",
        non_standard_terms=["Customer may terminate for convenience at the end of month 12 or month 24 on 90 days' "
                            "written notice with no early-termination fee"],
    )
    check_tcv(t, [36, 36, 36])
    r = {
        "vendor": VENDOR, "ref": "HCS-OF-2026-0307", "title": "Order Form",
        "subtitle": "FleetView Enterprise and Telematics",
        "cover_rows": [
            ("Prepared for", "Kilbarron Foods Designated Activity Company\nKilbarron Business Park, Ballina, "
                             "Co. Mayo, F26 KX93, Ireland"),
            ("Prepared by", VN),
            ("Reference", "HCS-OF-2026-0307"),
            ("Effective Date", d("2026-03-20")),
            ("Go-live / Subscription Start", d("2026-04-01")),
            ("Ends", d("2029-03-31")),
            ("Term", "three (3) years"),
            ("Currency", "Euro (EUR)"),
            ("Billing", "Quarterly in advance, aligned to calendar quarters"),
            ("Accounts payable", "ap@kilbarronfoods.example"),
        ],
        "cover_note": ("Prices in this Order Form are quoted in euro. The Harrowgate Standard Terms at the back of "
                       "this document form part of it."),
        "fee_title": "Monthly Subscription Fees",
        "fee_cols": ["Code", "Service", "Qty", "Unit price / month", "Monthly amount"],
        "fee_widths": [24, 70, 16, 30, 30], "fee_aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT"],
        "fee_rows": [
            ["FV-ENT-U", "FleetView Enterprise", "150", eur(30), eur(4500)],
            ["TG-DEV", "Telematics Gateway", "150", eur("4.50"), eur(675)],
            ["SUP-PREM", "Premium Support", "1", eur(850), eur(850)],
        ],
        "summary": [("Monthly total", eur(6025), False), ("Quarterly invoice amount", eur(18075), False),
                    ("Total Contract Value (36 months)", eur(216900), True)],
        "fee_note": "Irish VAT (currently 23%) is charged in addition to the fees where applicable.",
        "sections": [
            ("Invoicing and Payment", [
                "Fees are invoiced quarterly in advance at the start of each calendar quarter (January, April, July "
                "and October). Invoices are due for payment 30 days after the invoice date.",
            ]),
            ("Renewal", [
                "After the Term the subscription renews automatically for further 12-month periods unless either "
                "party gives at least 90 days' written notice before the end of the Term or the renewal period then "
                "running."]),
            ("Special Conditions", [
                "Early exit: the Customer may end this Order Form for convenience with effect from the end of month 12 "
                "or the end of month 24 of the Term by giving at least 90 days' written notice. No early-termination "
                "fee is payable; fees already invoiced for the period up to the exit date remain due."]),
        ],
        "sig_intro": "Agreed by the authorised signatories of each party.",
        "sigs": [
            {"heading": f"For {VN}", "sig": "M. Oakes", "name": "Martin Oakes", "title": "Commercial Director",
             "date": d("2026-03-20")},
            {"heading": "For Kilbarron Foods DAC", "sig": "S. Ni Bhriain", "name": "Siobhan Ni Bhriain",
             "title": "Chief Financial Officer", "date": d("2026-03-20")},
        ],
        "terms_title": "Harrowgate Standard Terms", "terms_intro": TERMS_INTRO,
        "terms": bp(TERMS_KEYS_A, S="Supplier"),
    }
    return {
        "folder": "cover-03", "layout": "cover", "terms": t, "r": r,
        "description": (
            "Cover-page order form priced per month in EUR and billed quarterly in advance on calendar quarters "
            "(billing_anchor calendar_quarter). Monthly lines: 150 x 30.00 = 4,500.00; 150 x 4.50 = 675.00; "
            "850.00 support; monthly total 6,025.00, quarterly invoice 18,075.00 (a distractor, not a price). "
            "Term stated as 'three (3) years' -> 36 months; 6,025.00 x 36 = stated TCV 216,900.00. Irish VAT "
            "mentioned as charged in addition, not a fee. Special condition (termination for convenience at month "
            "12/24) recorded in non_standard_terms. Signature block abbreviates the customer to 'Kilbarron Foods DAC'; "
            "the legal name on the cover is used."),
        "tags": ["monthly-prices", "quarterly-billing", "calendar-quarter", "termination-for-convenience", "eur",
                 "uk-ordinal-dates", "cover-page"],
        "deal": deal("006-J2K9", "Kilbarron Foods - FleetView Enterprise 36m", "Kilbarron Foods Designated Activity Company",
                     "2026-03-20", cur, "216900.00", "ap@kilbarronfoods.example",
                     [("FleetView Enterprise", 150, "1080.00", "162000.00"),
                      ("Telematics Gateway", 150, "162.00", "24300.00"),
                      ("Premium Support", 1, "30600.00", "30600.00")]),
    }


def cover_04():
    cur = "GBP"
    lines = [
        L("Analytics Workspace", 8, "95.00", "month", cur, net="760.00", sku="AW-SEAT"),
        L("Data Connector Pack", 1, "240.00", "month", cur, net="240.00", sku="AW-CONN"),
    ]
    t = terms(
        customer_legal_name="Northfold Architecture LLP", vendor_legal_name=VN,
        order_form_number="HCS-OF-2026-0455", billing_contact_email="accounts@northfold.example",
        currency=cur, effective_date=None, service_start_date="2026-06-01", service_end_date=None,
        term_months=None, auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30,
        payment_terms_days=0, billing_frequency="monthly", billing_timing="advance", billing_anchor="day:1",
        po_required=False, po_number=None, line_items=lines, total_contract_value=None,
        usage_rules=[U("storage", "GB", 500, "month", "per_unit", [(None, "0.40")], "monthly", "arrears")],
        late_fee_percent_per_month="1.5",
    )
    r = {
        "vendor": VENDOR, "ref": "HCS-OF-2026-0455", "title": "Order Form",
        "subtitle": "Analytics Workspace - monthly plan",
        "cover_rows": [
            ("Bill to", "Northfold Architecture LLP\n3rd Floor, 22 Jutland Street, Manchester M1 2BE"),
            ("Order Form No.", "HCS-OF-2026-0455"),
            ("Subscription Start", d("2026-06-01")),
            ("Ends", "Rolling monthly until terminated"),
            ("Billing", "Monthly in advance, invoiced on the 1st of each month"),
            ("Payment", "Due on receipt (Direct Debit)"),
            ("Invoice e-mail", "accounts@northfold.example"),
        ],
        "cover_note": ("This Order Form takes effect when it has been signed by both parties. The Harrowgate Standard "
                       "Terms at the back of this document apply."),
        "fee_title": "Monthly Fees",
        "fee_cols": ["Ref", "Service", "Qty", "Price", "Per", "Monthly (excl. VAT)"],
        "fee_widths": [22, 66, 12, 24, 18, 28], "fee_aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "fee_rows": [
            ["AW-SEAT", "Analytics Workspace", "8", gbp(95), "seat / month", gbp(760)],
            ["AW-CONN", "Data Connector Pack", "1", gbp(240), "month", gbp(240)],
        ],
        "summary": [("Monthly total (excl. VAT)", gbp(1000), True)],
        "fee_note": "VAT at 20% will be added to every invoice.",
        "sections": [
            ("Storage", [
                "Each month includes 500 GB of workspace storage. Storage above 500 GB in a month is charged at "
                "£0.40 per GB and invoiced monthly in arrears on the following month's invoice."]),
            ("Invoicing and Payment", [
                "Fees are invoiced monthly in advance on the 1st of each month and collected by Direct Debit. "
                "Payment is due on receipt of the invoice. Late payments carry interest at 1.5% per month."]),
            ("Term and Cancellation", [
                "The subscription runs from month to month from the Subscription Start. Either party may end it by "
                "giving at least 30 days' written notice; it otherwise renews automatically each month."]),
        ],
        "sig_intro": "Signed on behalf of each party. The Order Form takes effect on the later of the two dates below.",
        "sigs": [
            {"heading": f"For {VN}", "sig": "R. Hale", "name": "Rachel Hale", "title": "Head of Sales",
             "date": d("2026-05-18")},
            {"heading": "For Northfold Architecture LLP", "sig": "A. Whitcombe", "name": "Anna Whitcombe",
             "title": "Designated Member", "date": d("2026-05-21")},
        ],
        "terms_title": "Harrowgate Standard Terms", "terms_intro": TERMS_INTRO,
        "terms": bp(TERMS_KEYS_B, S="Supplier"),
    }
    return {
        "folder": "cover-04", "layout": "cover", "terms": t, "r": r,
        "description": (
            "Cover-page order form for an evergreen month-to-month plan: no end date and no stated term length "
            "(service_end_date and term_months null), auto-renews monthly (renewal_term_months 1) with 30 days' "
            "notice. No effective date is written; the form takes effect on the later signature date, so "
            "effective_date is null and the derived value is 2026-05-21 (vendor signed 18th May, customer 21st May). "
            "Invoiced on the 1st of each month (billing_anchor day:1), payment due on receipt (0 days). Storage above "
            "500 GB/month at GBP 0.40 per GB is usage billed monthly in arrears. No term total stated; the deal amount "
            "is the first-year value 12 x 1,000.00 = 12,000.00."),
        "tags": ["evergreen", "monthly-billing", "due-on-receipt", "usage", "late-fee", "derived-effective-date",
                 "uk-ordinal-dates", "cover-page"],
        "derived": {"effective_date": {"value": "2026-05-21", "rule": "later of the two signature dates "
                                                                      "(18th May 2026, 21st May 2026)"}},
        "deal": deal("006-J5W1", "Northfold - Analytics Workspace monthly", "Northfold Architecture LLP", "2026-05-21",
                     cur, "12000.00", "accounts@northfold.example",
                     [("Analytics Workspace", 8, "1140.00", "9120.00"),
                      ("Data Connector Pack", 1, "2880.00", "2880.00")]),
    }


FORMS = [cover_01, cover_02, cover_03, cover_04]
