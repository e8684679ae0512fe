"""Layout `reseller`: vendor's partner order form with three party boxes (Vendor / Reseller / End User).
The party that signs and pays the vendor is the customer.  Dates like 01-Apr-2026."""
from bb_lib import L, U, terms, deal, fnum, fd, bp, check_tcv, PARTNER_TC

LT = {"name": "Lumenfield Technologies Pte. Ltd.",
      "addr": "80 Robinson Road #14-02, Singapore 068898  |  UEN 201512345K"}
LTI = {"name": "Lumenfield Technologies India Private Limited",
       "addr": "Level 9, Cyber Towers Annexe, HITEC City, Hyderabad 500081, India"}
LTE = {"name": "Lumenfield Technologies Europe B.V.",
       "addr": "Catharijnesingel 101, 3511 GZ Utrecht, the Netherlands  |  KvK 81234567"}


def dd(iso):
    return fd(iso, "dmy")


def sgd(v):
    return fnum(v, "en")


def inr(v):
    return fnum(v, "in")


def eur(v):
    return "€ " + fnum(v, "de")


def reseller_01():
    cur = "SGD"
    V, C = LT["name"], "Kranji Digital Solutions Pte. Ltd."
    lines = [
        L("Lumenfield Vision Cloud – Site Licence", 3, "8400.00", "year", cur, disc="25", net="18900.00",
          sku="LV-SITE"),
        L("Vision Cloud Storage 10TB", 1, "3000.00", "year", cur, disc="25", net="2250.00", sku="LV-STO-10"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LT-PO-26-0087",
        billing_contact_email="ap@kranjidigital.example", currency=cur, effective_date="2026-03-24",
        service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=False,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=45, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="KDS-PO-1187",
        line_items=lines, total_contract_value="21150.00",
    )
    check_tcv(t, [1, 1])
    r = {
        "vendor": LT, "title": "PARTNER ORDER FORM", "ref": "LT-PO-26-0087",
        "footer": f"{V} - Partner Order LT-PO-26-0087 - Confidential",
        "refs": [("Partner Order No.", "LT-PO-26-0087"), ("Partner Agreement", "LT-PA-2023-014"),
                 ("Effective Date", dd("2026-03-24")), ("Currency", "SGD")],
        "boxes": [
            ("VENDOR", [V, "80 Robinson Road #14-02", "Singapore 068898", "partners@lumenfield.example"]),
            ("RESELLER (BILL TO)", [C, "2 Kranji Loop #03-11", "Singapore 739528", "Attn: Accounts Payable",
                                    "ap@kranjidigital.example"]),
            ("END USER (LICENSEE)", ["Serangoon Marine Engineering Pte. Ltd.", "31 Serangoon North Ave 5",
                                     "Singapore 554911", "Technical contact: it.admin@serangoonmarine.example"]),
        ],
        "intro": ("This Partner Order is placed by the Reseller named above for resale to the End User. The Reseller "
                  "signs this Partner Order and is the party invoiced by, and liable to pay, the Vendor."),
        "table_title": "Products",
        "cols": ["SKU", "Description", "Qty", "List price / yr", "Partner disc.", "Net unit / yr", "Extended net / yr"],
        "widths": [22, 56, 10, 24, 20, 24, 24],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT", "RIGHT"],
        "rows": [
            ["LV-SITE", "Lumenfield Vision Cloud – Site Licence", "3", sgd(8400), "25%", sgd(6300), sgd(18900)],
            ["LV-STO-10", "Vision Cloud Storage 10TB", "1", sgd(3000), "25%", sgd(2250), sgd(2250)],
        ],
        "summary": [("Total Order Value (SGD, excl. GST)", sgd(21150), True)],
        "terms_title": "Commercial Terms",
        "kv": [
            ("Subscription Term", f"12 months: {dd('2026-04-01')} to {dd('2027-03-31')}"),
            ("Invoicing", "Annually in advance, on the start date"),
            ("Payment Terms", "Net 45 days from invoice date"),
            ("Reseller PO", "KDS-PO-1187 - must be quoted on every invoice"),
            ("Taxes", "Prices exclude GST, which is added at the prevailing rate (currently 9%)"),
            ("Renewal", "No automatic renewal. A renewal requires a new Partner Order."),
            ("Invoices to", "ap@kranjidigital.example"),
        ],
        "tc_title": "Partner Order Terms", "tc": PARTNER_TC,
        "sig_intro": "Signed for the Vendor and the Reseller. The End User is not a party to this Partner Order.",
        "sigs": [
            {"heading": f"Vendor: {V}", "sig": "W. Tan", "name": "Wendy Tan", "title": "Channel Director",
             "date": dd("2026-03-24")},
            {"heading": f"Reseller: {C}", "sig": "R. Pillai", "name": "Rajesh Pillai", "title": "Director",
             "date": dd("2026-03-23")},
        ],
    }
    return {
        "folder": "reseller-01", "layout": "reseller", "terms": t, "r": r,
        "description": (
            "Singapore partner order with three party boxes. The RESELLER (Kranji Digital Solutions) signs, is the "
            "bill-to party and is liable to pay, so it is the customer; the End User (Serangoon Marine) is only the "
            "licensee and its technical e-mail is a distractor. Partner discount 25%: site licence 3 x 8,400.00 = "
            "25,200.00 less 25% = 18,900.00; storage 3,000.00 less 25% = 2,250.00; total order value 21,150.00 for the "
            "12-month term (GST 9% excluded). Reseller PO KDS-PO-1187 must be quoted on invoices. Net 45, no "
            "auto-renewal."),
        "tags": ["reseller", "three-parties", "discount", "po-required", "gst-excluded", "sgd", "no-auto-renew"],
        "deal": deal("006-R1S7", "Kranji Digital / Serangoon Marine - Vision Cloud", C, "2026-03-24", cur,
                     "21150.00", "ap@kranjidigital.example",
                     [("Lumenfield Vision Cloud - Site Licence", 3, "6300.00", "18900.00"),
                      ("Vision Cloud Storage 10TB", 1, "2250.00", "2250.00")]),
    }


def reseller_02():
    cur = "INR"
    dd = lambda iso: fd(iso, "abbr2")  # noqa: E731
    V, C = LTI["name"], "Varanasi Infotech Private Limited"
    lines = [
        L("Vision Cloud – Named User", 120, "9000.00", "year", cur, disc="20", net="864000.00", sku="LV-NU"),
        L("Premium Support (India)", 1, "150000.00", "year", cur, net="150000.00", sku="LV-SUP-IN"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LTI-PO-2026-0133",
        billing_contact_email="accounts@varanasiinfotech.example", currency=cur, effective_date="2026-04-02",
        service_start_date="2026-04-15", service_end_date="2028-04-14", term_months=24, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="VI/PO/2026/0413",
        line_items=lines, total_contract_value="2028000.00", late_fee_percent_per_month="1.5",
    )
    check_tcv(t, [2, 2])
    r = {
        "vendor": LTI, "title": "PARTNER ORDER FORM", "ref": "LTI-PO-2026-0133",
        "footer": f"{V} - CIN U72200TG2019PTC131313 - Partner Order LTI-PO-2026-0133",
        "refs": [("Partner Order No.", "LTI-PO-2026-0133"), ("Partner Agreement", "LTI-PA-2024-007"),
                 ("Effective Date", dd("2026-04-02")), ("Currency", "INR")],
        "boxes": [
            ("VENDOR", [V, "Level 9, Cyber Towers Annexe", "HITEC City, Hyderabad 500081", "GSTIN 36AABCL1234M1Z5"]),
            ("RESELLER (BILL TO)", [C, "D-58/12 Sigra", "Varanasi 221010, Uttar Pradesh", "GSTIN 09AACCV4321K1Z2",
                                    "accounts@varanasiinfotech.example"]),
            ("END USER", ["Godavari Agro Processing Limited", "Plot 14, APIIC Industrial Estate",
                          "Rajahmundry 533103, Andhra Pradesh"]),
        ],
        "intro": ("Placed by the Reseller under the Partner Agreement for the End User shown. The Vendor invoices "
                  "the Reseller only; the End User receives the service and support through the Reseller."),
        "table_title": "Products and Fees (amounts in INR)",
        "cols": ["SKU", "Description", "Qty", "List price / yr", "Partner disc.", "Net unit / yr", "Extended net / yr"],
        "widths": [20, 52, 10, 26, 20, 26, 26],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT", "RIGHT"],
        "rows": [
            ["LV-NU", "Vision Cloud – Named User", "120", inr(9000), "20%", inr(7200), inr(864000)],
            ["LV-SUP-IN", "Premium Support (India)", "1", inr(150000), "-", inr(150000), inr(150000)],
        ],
        "summary": [("Annual subscription value (INR)", inr(1014000), False),
                    ("Total for 24-month Term (INR, excl. GST)", inr(2028000), True)],
        "terms_title": "Commercial Terms",
        "kv": [
            ("Subscription Term", f"24 months, {dd('2026-04-15')} to {dd('2028-04-14')}"),
            ("Invoicing", "Annually in advance (two annual invoices)"),
            ("Payment Terms", "30 days from the date of invoice"),
            ("Late Payment", "Interest at 1.5% per month on amounts overdue"),
            ("Reseller PO", "VI/PO/2026/0413 - invoices must quote this PO number"),
            ("Taxes", "GST @ 18% extra, as applicable"),
            ("Invoices to", "accounts@varanasiinfotech.example"),
        ],
        "tc_title": "Partner Order Terms", "tc": PARTNER_TC,
        "sig_intro": "Signed for and on behalf of the Vendor and the Reseller.",
        "sigs": [
            {"heading": f"Vendor: {V}", "sig": "S. Reddy", "name": "Srinivas Reddy", "title": "Head - Channel Sales",
             "date": dd("2026-04-02")},
            {"heading": f"Reseller: {C}", "sig": "A. Mishra", "name": "Ankit Mishra", "title": "Managing Director",
             "date": dd("2026-04-01")},
        ],
    }
    return {
        "folder": "reseller-02", "layout": "reseller", "terms": t, "r": r,
        "description": (
            "Indian partner order in INR, dates like 15-Apr-26, with lakh digit grouping (8,64,000.00 = 864000.00; 20,28,000.00 = "
            "2028000.00). The reseller (Varanasi Infotech) signs and is billed, so it is the customer; the End User "
            "does not sign. Named users 120 x 9,000.00 less 20% = 8,64,000.00 per year; support 1,50,000.00 per "
            "year; annual 10,14,000.00 x 2 years = stated term total 20,28,000.00 (GST 18% extra, excluded). "
            "Reseller PO VI/PO/2026/0413 must be quoted. Late interest 1.5% per month. The form says nothing about "
            "renewal, so auto_renew is null."),
        "tags": ["reseller", "three-parties", "discount", "lakh-grouping", "inr", "short-dates", "po-required", "late-fee",
                 "gst-excluded"],
        "deal": deal("006-R2T3", "Varanasi Infotech / Godavari Agro - Vision Cloud 2y", C, "2026-04-02", cur,
                     "2028000.00", "accounts@varanasiinfotech.example",
                     [("Vision Cloud - Named User (2 years)", 120, "14400.00", "1728000.00"),
                      ("Premium Support (India) (2 years)", 1, "300000.00", "300000.00")]),
    }


def reseller_03():
    cur = "SGD"
    V, C = LT["name"], "Marina Bay Capital Partners Pte. Ltd."
    lines = [
        L("Vision Cloud Enterprise", 1, "60000.00", "year", cur, net="60000.00", sku="LV-ENT"),
        L("Analytics Pack", 1, "9600.00", "year", cur, net="9600.00", sku="LV-ANL"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LT-OF-26-0412",
        billing_contact_email="finance.ops@marinabaycap.example", currency=cur, effective_date="2026-06-05",
        service_start_date="2026-07-01", service_end_date=None, term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="quarterly",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value=None,
        usage_rules=[U("video analytics minutes", "minute", 50000, "quarter", "per_unit", [(None, "0.05")],
                       "quarterly", "arrears")],
    )
    r = {
        "vendor": LT, "title": "ORDER FORM", "ref": "LT-OF-26-0412",
        "footer": f"{V} - Order Form LT-OF-26-0412",
        "refs": [("Order Form No.", "LT-OF-26-0412"), ("Effective Date", dd("2026-06-05")),
                 ("Partner of Record", "Orchard Cloud Advisors"), ("Currency", "SGD")],
        "boxes": [
            ("VENDOR", [V, "80 Robinson Road #14-02", "Singapore 068898"]),
            ("CUSTOMER", [C, "12 Marina Boulevard #20-01", "Singapore 018982", "finance.ops@marinabaycap.example"]),
            ("REFERRAL PARTNER (NOT A PARTY)", ["Orchard Cloud Advisors Pte. Ltd.", "391 Orchard Road #08-05",
                                                "Singapore 238872", "billing@orchardcloud.example"]),
        ],
        "intro": ("This Order Form is between the Vendor and the Customer. The Customer signs it and pays the Vendor "
                  "directly. Orchard Cloud Advisors Pte. Ltd. introduced the opportunity and is shown as partner of "
                  "record for the Vendor's referral programme only; it is not a party, does not resell the service "
                  "and is not invoiced under this Order Form."),
        "table_title": "Subscription",
        "cols": ["SKU", "Description", "Qty", "Unit price / yr (SGD)", "Annual amount (SGD)"],
        "widths": [24, 76, 14, 33, 33],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT"],
        "rows": [
            ["LV-ENT", "Vision Cloud Enterprise", "1", sgd(60000), sgd(60000)],
            ["LV-ANL", "Analytics Pack", "1", sgd(9600), sgd(9600)],
        ],
        "summary": [],
        "terms_title": "Commercial Terms",
        "kv": [
            ("Start Date", dd("2026-07-01")),
            ("Subscription Term", "12 months from the Start Date"),
            ("Invoicing", "Quarterly in advance; each invoice covers one quarter of the annual fees"),
            ("Payment Terms", "Net 30"),
            ("Usage", "Video analytics: 50,000 minutes included per quarter. Additional minutes are charged at "
                      "SGD 0.05 per minute and invoiced quarterly in arrears."),
            ("Renewal", "Renews automatically for successive 12-month terms unless either party gives at least 30 "
                        "days' written notice before the end of the current term."),
            ("Taxes", "Fees exclude GST."),
            ("Invoices to", "finance.ops@marinabaycap.example"),
        ],
        "tc_title": "Subscription Terms",
        "tc": bp(["access", "customer", "availability", "support", "dp", "conf", "warranty", "liability",
                  "termination", "exit", "notices", "entire", "law"], S="Vendor", LAW="Singapore",
                 VENUE="Singapore"),
        "sig_intro": "Signed by the Vendor and the Customer.",
        "sigs": [
            {"heading": f"Vendor: {V}", "sig": "W. Tan", "name": "Wendy Tan", "title": "Channel Director",
             "date": dd("2026-06-05")},
            {"heading": f"Customer: {C}", "sig": "E. Lim", "name": "Eleanor Lim", "title": "Chief Operating Officer",
             "date": dd("2026-06-04")},
        ],
    }
    return {
        "folder": "reseller-03", "layout": "reseller", "terms": t, "r": r,
        "description": (
            "Same partner-form family but a REFERRAL deal: Orchard Cloud Advisors appears in a third box as partner "
            "of record 'not a party', with its own billing e-mail as a distractor. The end customer Marina Bay "
            "Capital Partners signs and pays the vendor directly, so it is the customer. Term '12 months from the "
            "Start Date' (01-Jul-2026) with no end date written: service_end_date null, derived 2027-06-30. Annual "
            "prices billed quarterly in advance. Usage: 50,000 minutes included per quarter, overage SGD 0.05 per "
            "minute quarterly in arrears. No total is stated, so total_contract_value is null."),
        "tags": ["referral-partner", "three-parties", "quarterly-billing", "usage", "derived-end-date", "sgd",
                 "auto-renew"],
        "derived": {"service_end_date": {"value": "2027-06-30", "rule": "start 2026-07-01 + 12 months - 1 day"}},
        "deal": deal("006-R3U8", "Marina Bay Capital - Vision Cloud Enterprise", C, "2026-06-05", cur, "69600.00",
                     "finance.ops@marinabaycap.example",
                     [("Vision Cloud Enterprise", 1, "60000.00", "60000.00"), ("Analytics Pack", 1, "9600.00",
                                                                                 "9600.00")]),
    }


def reseller_04():
    cur = "EUR"
    V, C = LTE["name"], "Zuiderpark ICT Distributie B.V."
    desc = "Vision Cloud – Named User"
    lines = [
        L(desc, 100, "90.00", "year", cur, disc="30", net="6300.00", sku="LV-NU", start="2026-09-01",
          end="2027-08-31"),
        L(desc, 150, "90.00", "year", cur, disc="30", net="9450.00", sku="LV-NU", start="2027-09-01",
          end="2028-08-31"),
        L(desc, 200, "90.00", "year", cur, disc="30", net="12600.00", sku="LV-NU", start="2028-09-01",
          end="2029-08-31"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LTE-PO-2026-0219",
        billing_contact_email="facturen@zuiderpark-ict.example", currency=cur, effective_date="2026-08-18",
        service_start_date="2026-09-01", service_end_date="2029-08-31", term_months=36, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="28350.00",
        non_standard_terms=["Budget non-appropriation: Reseller may cancel remaining ramp years without penalty if "
                            "the End User's annual budget is not approved (notice before 30 June preceding the year)"],
    )
    check_tcv(t, [1, 1, 1])
    r = {
        "vendor": LTE, "title": "PARTNER ORDER FORM", "ref": "LTE-PO-2026-0219",
        "footer": f"{V} - Partner Order LTE-PO-2026-0219",
        "refs": [("Partner Order No.", "LTE-PO-2026-0219"), ("Partner Agreement", "LTE-RA-2025-031"),
                 ("Effective Date", dd("2026-08-18")), ("Currency", "EUR")],
        "boxes": [
            ("VENDOR", [V, "Catharijnesingel 101", "3511 GZ Utrecht, the Netherlands"]),
            ("RESELLER (BILL TO)", [C, "Leeghwaterplein 40", "2521 DB Den Haag", "facturen@zuiderpark-ict.example"]),
            ("END USER", ["Delfland Waterbeheer Services B.V.", "Phoenixstraat 32", "2611 AL Delft"]),
        ],
        "intro": ("Partner Order for a three-year ramped subscription. The Reseller signs and pays; the End User "
                  "receives the licences."),
        "table_title": "Ramp Schedule",
        "cols": ["Ramp step", "Period", "SKU", "Description", "Users", "List / user / yr", "Disc.", "Net / yr"],
        "widths": [16, 40, 14, 38, 13, 22, 13, 24],
        "aligns": ["LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "rows": [
            ["Year 1", f"{dd('2026-09-01')} – {dd('2027-08-31')}", "LV-NU", desc, "100", eur(90), "30%", eur(6300)],
            ["Year 2", f"{dd('2027-09-01')} – {dd('2028-08-31')}", "LV-NU", desc, "150", eur(90), "30%", eur(9450)],
            ["Year 3", f"{dd('2028-09-01')} – {dd('2029-08-31')}", "LV-NU", desc, "200", eur(90), "30%", eur(12600)],
        ],
        "summary": [("Total Order Value, 36 months (EUR, excl. VAT)", eur(28350), True)],
        "terms_title": "Commercial Terms",
        "kv": [
            ("Subscription Term", f"36 months, {dd('2026-09-01')} to {dd('2029-08-31')}"),
            ("Invoicing", "Annually in advance at the start of each ramp year"),
            ("Payment Terms", "30 days after invoice date"),
            ("Budget non-appropriation", "If the End User's annual budget for the Service is not approved, the "
                                         "Reseller may cancel the remaining ramp years without penalty by written "
                                         "notice given before 30 June preceding the affected year."),
            ("VAT", "Prices exclude VAT (21%)."),
            ("Invoices to", "facturen@zuiderpark-ict.example"),
        ],
        "tc_title": "Partner Order Terms", "tc": PARTNER_TC,
        "sig_intro": "Signed for the Vendor and the Reseller.",
        "sigs": [
            {"heading": f"Vendor: {V}", "sig": "J. de Wit", "name": "Joost de Wit", "title": "Partner Manager Benelux",
             "date": dd("2026-08-18")},
            {"heading": f"Reseller: {C}", "sig": "M. Bakker", "name": "Marloes Bakker", "title": "Directeur",
             "date": dd("2026-08-17")},
        ],
    }
    return {
        "folder": "reseller-04", "layout": "reseller", "terms": t, "r": r,
        "description": (
            "Dutch partner order with a Year 1 / Year 2 / Year 3 ramp table and euro amounts in decimal-comma format "
            "(EUR 9.450,00). The reseller Zuiderpark ICT Distributie signs and pays, so it is the customer. Three "
            "ramp lines with their own dates: 100/150/200 users x 90,00 list less 30% partner discount = 6.300,00 / "
            "9.450,00 / 12.600,00; stated total 28.350,00 excl. VAT. No renewal clause (auto_renew null). The budget "
            "non-appropriation cancellation right is a non-standard term."),
        "tags": ["reseller", "three-parties", "ramp", "year-ramp", "discount", "decimal-comma", "non-appropriation",
                 "vat-excluded"],
        "deal": deal("006-R4V2", "Zuiderpark ICT / Delfland - Vision Cloud ramp", C, "2026-08-18", cur, "28350.00",
                     "facturen@zuiderpark-ict.example",
                     [("Vision Cloud - Named User Y1", 100, "63.00", "6300.00"),
                      ("Vision Cloud - Named User Y2", 150, "63.00", "9450.00"),
                      ("Vision Cloud - Named User Y3", 200, "63.00", "12600.00")]),
    }


FORMS = [reseller_01, reseller_02, reseller_03, reseller_04]
