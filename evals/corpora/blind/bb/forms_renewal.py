"""Layout `renewal`: Nordic vendor's renewal order showing the current term next to the new renewal term,
with a current-vs-renewal table.  Gold is the RENEWAL term and renewal lines only."""
from bb_lib import L, terms, deal, fnum, fd, bp

NA = {"name": "Vinterljus Analytics AB",
      "foot": "Vinterljus Analytics AB  |  Kungsgatan 44, 111 35 Stockholm, Sweden  |  Org.nr 556912-3456  |  "
              "VAT SE556912345601"}
V = NA["name"]


def sek(v):
    return fnum(v, "sp")


def chf(v):
    return fnum(v, "ch")


RTERMS = bp(["access", "availability", "support", "dp", "conf", "warranty", "liability", "termination", "exit",
             "notices", "entire", "law"], S="Supplier", LAW="Sweden", VENUE="Stockholm")


def renewal_01():
    cur = "SEK"
    C = "Vättern Logistik AB"
    lines = [
        L("Vinterljus Insight – Analyst licence", 25, "8190.00", "year", cur, net="204750.00", sku="NI-AN"),
        L("Vinterljus Insight – Viewer licence", 100, "1102.50", "year", cur, net="110250.00", sku="NI-VW"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="NA-REN-2026-0042",
        billing_contact_email="faktura@vatternlogistik.example", currency=cur, effective_date="2026-11-20",
        service_start_date="2027-02-01", service_end_date="2028-01-31", term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="315000.00", price_escalator_percent="5",
    )
    r = {
        "vendor": NA, "doc_label": "Renewal Order", "ref": "NA-REN-2026-0042",
        "banner": "SUBSCRIPTION RENEWAL ORDER",
        "banner_sub": "Renewal of the subscription under order NA-2025-0188 (signed 2025-12-18).",
        "cust_label": "CUSTOMER",
        "cust_lines": [C, "Hamnpiren 6", "553 20 Jönköping, Sweden", "Invoices: faktura@vatternlogistik.example"],
        "ref_rows": [("Renewal Order No.", "NA-REN-2026-0042"), ("Renewal Order Date", "2026-11-20"),
                     ("Original Order", "NA-2025-0188"), ("Customer No.", "C-10442"), ("Currency", "SEK")],
        "term_boxes": [("Current Term", "2026-02-01 – 2027-01-31", "ends 2027-01-31"),
                       ("Renewal Term", "2027-02-01 – 2028-01-31 (12 months)", "new term under this order")],
        "table_title": "Licences - current and renewal",
        "cols": ["Item", "Art. no.", "Current qty", "Current price", "Renewal qty", "Renewal unit price",
                 "Renewal amount"],
        "widths": [46, 18, 18, 24, 18, 25, 25],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT", "RIGHT"],
        "rows": [
            ["Vinterljus Insight – Analyst licence", "NI-AN", "20", sek(7800), "25", sek(8190), sek(204750)],
            ["Vinterljus Insight – Viewer licence", "NI-VW", "100", sek(1050), "100", sek("1102.50"), sek(110250)],
        ],
        "summary": [("Current annual fees (for reference)", sek(261000), False),
                    ("Renewal Term total (SEK, excl. VAT)", sek(315000), True)],
        "sections": [
            ("Pricing", [
                "All prices are annual prices per licence in Swedish kronor (SEK), excluding VAT (moms, 25 %). "
                "Renewal unit prices include the 5 % annual uplift provided for in the original order. For any later "
                "renewal term, unit prices will again increase by 5 %."]),
            ("Invoicing and payment", [
                "The Renewal Term fees are invoiced annually in advance on 2027-02-01. Payment terms: 30 days net. "
                "Invoices are sent to faktura@vatternlogistik.example."]),
            ("Further renewal", [
                "Unless either party gives written notice of non-renewal at least 60 days before the end of the "
                "Renewal Term, the subscription renews for a further 12 months."]),
            ("Other terms", [
                "This Renewal Order is effective on the Renewal Order Date. All other terms of order NA-2025-0188 and "
                "Vinterljus's General Terms, reproduced on the following page, continue to apply."]),
        ],
        "sig_intro": "Signed for Vinterljus Analytics AB and the Customer.",
        "sigs": [
            {"heading": f"For {V}", "sig": "L. Sundqvist", "name": "Lina Sundqvist", "title": "Account Director",
             "date": "2026-11-20"},
            {"heading": f"For {C}", "sig": "P. Ek", "name": "Peter Ek", "title": "CFO", "date": "2026-11-20"},
        ],
        "terms_title": "Vinterljus General Terms (extract)", "terms": RTERMS,
    }
    return {
        "folder": "renewal-01", "layout": "renewal", "terms": t, "r": r,
        "description": (
            "Swedish renewal order with ISO dates and space-grouped decimal-comma amounts (204 750,00). The page shows "
            "both the current term (2026-02-01 - 2027-01-31, 20 analysts at 7 800,00) and the renewal term; gold is "
            "the RENEWAL: 2027-02-01 - 2028-01-31 (12 months), 25 analysts x 8 190,00 = 204 750,00 and 100 viewers "
            "x 1 102,50 = 110 250,00; Renewal Term total 315 000,00 (excl. 25% VAT). The 'current annual fees "
            "(for reference)' line 261 000,00 is a distractor. Effective date is the Renewal Order Date 2026-11-20. "
            "Escalator 5% for later renewals; further renewal 12 months with 60 days' notice."),
        "tags": ["renewal", "current-vs-renewal", "iso-dates", "space-thousands", "decimal-comma", "escalator",
                 "sek", "vat-excluded"],
        "deal": deal("006-N1A4", "Vättern Logistik - Insight renewal FY27", C, "2026-11-20", cur, "315000.00",
                     "faktura@vatternlogistik.example",
                     [("Vinterljus Insight - Analyst licence", 25, "8190.00", "204750.00"),
                      ("Vinterljus Insight - Viewer licence", 100, "1102.50", "110250.00")]),
    }


def renewal_02():
    cur = "CHF"
    C = "Lindenhof Pharma AG"
    lines = [
        L("Insight Enterprise Platform", 1, "48000.00", "year", cur, disc="10", net="43200.00", sku=None),
        L("Sandbox Environment", 1, "4800.00", "year", cur, net="4800.00", sku=None),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="NA-REN-2026-0057",
        billing_contact_email="ap.switzerland@lindenhof-pharma.example", currency=cur, effective_date="2026-05-28",
        service_start_date="2026-07-01", service_end_date="2028-06-30", term_months=24, auto_renew=False,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=45, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="4100-22871", line_items=lines,
        total_contract_value="96000.00",
        non_standard_terms=["Customer may cancel the Sandbox Environment with effect from 2027-07-01 on 30 days' "
                            "written notice (second-year Sandbox fee then not payable)"],
    )
    d = lambda iso: fd(iso, "us")  # noqa: E731
    r = {
        "vendor": NA, "doc_label": "Renewal Order", "ref": "NA-REN-2026-0057",
        "banner": "RENEWAL ORDER",
        "banner_sub": "Renewal of Vinterljus Insight Enterprise for Lindenhof Pharma AG.",
        "cust_label": "CUSTOMER",
        "cust_lines": [C, "Grenzacherstrasse 210", "4058 Basel, Switzerland",
                       "AP: ap.switzerland@lindenhof-pharma.example"],
        "ref_rows": [("Renewal Order No.", "NA-REN-2026-0057"), ("Renewal Order Date", d("2026-05-28")),
                     ("Previous Order", "NA-2024-0031"), ("Customer PO", "4100-22871"), ("Currency", "CHF")],
        "term_boxes": [("Current Term", f"{d('2024-07-01')} - {d('2026-06-30')}", "24 months"),
                       ("Renewal Term", f"{d('2026-07-01')} - {d('2028-06-30')}", "(24 months)")],
        "table_title": "Renewal pricing",
        "cols": ["Item", "Current", "Renewal qty", "List price p.a.", "Renewal discount", "Renewal price p.a."],
        "widths": [50, 28, 20, 26, 22, 28],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "rows": [
            ["Insight Enterprise Platform", "1 x CHF " + chf(44000), "1", chf(48000), "10%", chf(43200)],
            ["Sandbox Environment", "1 x CHF " + chf(4800), "1", chf(4800), "-", chf(4800)],
        ],
        "summary": [("Annual fees, Renewal Term", "CHF " + chf(48000), False),
                    ("Total Renewal Term (24 months, excl. VAT)", "CHF " + chf(96000), True)],
        "sections": [
            ("Invoicing and payment", [
                f"Annual fees are invoiced annually in advance on {d('2026-07-01')} and {d('2027-07-01')}. Payment is "
                "due within 45 days of the invoice date. Lindenhof purchase order 4100-22871 must be quoted on all "
                "invoices. Prices exclude Swiss VAT."]),
            ("End of the Renewal Term", [
                f"This Renewal Term does not renew automatically. Vinterljus will send a renewal proposal at least 90 "
                f"days before {d('2028-06-30')}."]),
            ("Sandbox option", [
                f"Lindenhof may cancel the Sandbox Environment with effect from {d('2027-07-01')} by giving 30 days' "
                "written notice; the second-year Sandbox fee then falls away."]),
        ],
        "sig_intro": "Agreed and signed:",
        "sigs": [
            {"heading": f"For {V}", "sig": "L. Sundqvist", "name": "Lina Sundqvist", "title": "Account Director",
             "date": d("2026-05-28")},
            {"heading": f"For {C}", "sig": "D. Vogt", "name": "Dr. Daniela Vogt", "title": "Head of IT Procurement",
             "date": d("2026-05-28")},
        ],
    }
    return {
        "folder": "renewal-02", "layout": "renewal", "terms": t, "r": r,
        "description": (
            "Renewal order in CHF with US-style dates ('July 1, 2026 - June 30, 2028') and Swiss apostrophe amounts. "
            "Gold is the 24-month renewal term. The 'Current' column (CHF 44'000.00) is a distractor; the platform "
            "list price 48'000.00 with a 10% renewal discount gives 43'200.00 per year, sandbox 4'800.00, annual "
            "48'000.00, stated total 96'000.00. No automatic renewal; the '90 days' renewal-proposal sentence is not "
            "a non-renewal notice. PO 4100-22871 required, net 45. No item codes are printed, so sku is null. "
            "Sandbox cancellation option recorded as a non-standard term."),
        "tags": ["renewal", "current-vs-renewal", "us-dates", "apostrophe-thousands", "discount", "po-required",
                 "no-auto-renew", "chf"],
        "deal": deal("006-N2B9", "Lindenhof Pharma - Insight renewal 2026-28", C, "2026-05-28", cur, "96000.00",
                     "ap.switzerland@lindenhof-pharma.example",
                     [("Insight Enterprise Platform (24 months)", 1, "86400.00", "86400.00"),
                      ("Sandbox Environment (24 months)", 1, "9600.00", "9600.00")]),
    }


def renewal_03():
    cur = "SEK"
    C = "Skärgård Fastigheter AB"
    lines = [
        L("Vinterljus Insight Team", 10, "650.00", "month", cur, net="6500.00", sku="NI-TEAM"),
        L("Re-onboarding workshop", 1, "12000.00", "one_time", cur, net="12000.00", sku="PS-WS"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="NA-REN-2026-0071",
        billing_contact_email=None, currency=cur, effective_date=None,
        service_start_date="2026-09-01", service_end_date="2027-08-31", term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="quarterly",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value=None,
    )
    r = {
        "vendor": NA, "doc_label": "Renewal Order", "ref": "NA-REN-2026-0071",
        "banner": "RENEWAL ORDER",
        "banner_sub": "Renewal with changes - please review the items removed at renewal.",
        "cust_label": "CUSTOMER",
        "cust_lines": [C, "Augustendalsvägen 7", "131 52 Nacka Strand, Sweden"],
        "ref_rows": [("Renewal Order No.", "NA-REN-2026-0071"), ("Original Order", "NA-2025-0102"),
                     ("Customer No.", "C-10987"), ("Currency", "SEK")],
        "term_boxes": [("Current Term", "2025-09-01 – 2026-08-31", "Insight Team x 14 + Data Lake Connector"),
                       ("Renewal Term", "2026-09-01 – 2027-08-31", "12 months")],
        "table_title": "What you are renewing",
        "cols": ["Item", "Art. no.", "Qty now", "Renewal qty", "Unit price", "Per", "Amount"],
        "widths": [48, 18, 16, 20, 26, 20, 26],
        "aligns": ["LEFT", "LEFT", "CENTER", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "rows": [
            ["Vinterljus Insight Team", "NI-TEAM", "14", "10", sek(650), "user / month", sek(6500)],
            ["Re-onboarding workshop", "PS-WS", "-", "1", sek(12000), "one-off", sek(12000)],
        ],
        "summary": [("Monthly subscription fee from 2026-09-01", "SEK " + sek(6500), False),
                    ("Quarterly subscription invoice", "SEK " + sek(19500), False)],
        "removed_title": "Removed at renewal",
        "removed": ["Data Lake Connector (NI-DLC) - not renewed, ends 2026-08-31 (SEK 2 400,00 per month today)",
                    "4 Insight Team users - removed from 2026-09-01"],
        "sections": [
            ("Invoicing", [
                "Subscription fees are invoiced quarterly in advance. The workshop is invoiced once, with the first "
                "quarterly invoice of the Renewal Term. Payment terms: 30 days. Prices exclude VAT."]),
            ("Renewal", [
                "After the Renewal Term the subscription renews for further periods of 12 months unless notice of "
                "non-renewal is given at least 90 days before the end of the term then running."]),
            ("Effectiveness", [
                "This Renewal Order becomes effective when it has been countersigned by the Customer."]),
        ],
        "sig_intro": "Signatures",
        "sigs": [
            {"heading": f"For {V}", "sig": "A. Holm", "name": "Anders Holm", "title": "Customer Success Lead",
             "date": "2026-08-12"},
            {"heading": f"Countersigned for {C}", "sig": "K. Lindgren", "name": "Karin Lindgren",
             "title": "Head of Finance", "date": "2026-08-14"},
        ],
    }
    return {
        "folder": "renewal-03", "layout": "renewal", "terms": t, "r": r,
        "description": (
            "Renewal with a downgrade: 14 users now, 10 at renewal, and the Data Lake Connector removed (listed under "
            "'Removed at renewal' with its current price - not a line item). Gold lines: Insight Team 10 x SEK "
            "650,00 per user per month = 6 500,00 per month, plus a one-off re-onboarding workshop 12 000,00. "
            "Billed quarterly in advance (19 500,00 quarterly figure is a distractor, not a price). No total stated, "
            "no billing e-mail. No effective date written: the order is effective on countersignature, so "
            "effective_date is null and derived 2026-08-14 (customer's signature date). Deal amount = 12 x 6,500 + "
            "12,000 = 90,000.00."),
        "tags": ["renewal", "downgrade", "removed-items", "iso-dates", "space-thousands", "quarterly-billing",
                 "monthly-prices", "one-time-fee", "derived-effective-date", "sek"],
        "derived": {"effective_date": {"value": "2026-08-14", "rule": "date of customer countersignature"}},
        "deal": deal("006-N3C2", "Skärgård Fastigheter - Insight renewal", C, "2026-08-14", cur, "90000.00", None,
                     [("Vinterljus Insight Team (12 months)", 10, "7800.00", "78000.00"),
                      ("Re-onboarding workshop", 1, "12000.00", "12000.00")]),
    }


def renewal_04():
    cur = "EUR"
    C = "Saimaa Paper Oy"
    lines = [
        L("Insight Enterprise", 1, "36000.00", "year", cur, net="36000.00", sku="NI-ENT"),
        L("Additional Analyst seats", 15, "720.00", "year", cur, net="10800.00", sku="NI-AN"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="NA-REN-2027-0004",
        billing_contact_email="ostolaskut@saimaapaper.example", currency=cur, effective_date="2027-01-15",
        service_start_date="2027-03-01", service_end_date="2028-02-29", term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=21, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="4700123", line_items=lines,
        total_contract_value="46800.00", price_escalator_percent="3",
    )
    e = lambda v: fnum(v, "sp") + " €"  # noqa: E731
    d = lambda iso: fd(iso, "dotshort")  # noqa: E731
    r = {
        "vendor": NA, "doc_label": "Subscription Renewal", "ref": "NA-REN-2027-0004",
        "banner": "SUBSCRIPTION RENEWAL",
        "banner_sub": "Saimaa Paper Oy - Vinterljus Insight Enterprise",
        "cust_label": "CUSTOMER",
        "cust_lines": [C, "Tehtaankatu 3", "53500 Lappeenranta, Finland", "Invoices: ostolaskut@saimaapaper.example"],
        "ref_rows": [("Renewal Order No.", "NA-REN-2027-0004"), ("Renewal Order Date", d("2027-01-15")),
                     ("Original Order", "NA-2026-0015"), ("Purchase Order", "4700123"), ("Currency", "EUR")],
        "term_boxes": [("Current Term", f"{d('2026-03-01')} – {d('2027-02-28')}", "12 months"),
                       ("Renewal Term", f"{d('2027-03-01')} – {d('2028-02-29')}", "12 months")],
        "table_title": "Renewal Term fees",
        "cols": ["Product", "Code", "Qty", "Unit price (€)", "Amount (€)"],
        "widths": [70, 22, 16, 33, 33],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT"],
        "rows": [
            ["Insight Enterprise", "NI-ENT", "1", fnum(36000, "sp"), fnum(36000, "sp")],
            ["Additional Analyst seats", "NI-AN", "15", fnum(720, "sp"), fnum(10800, "sp")],
        ],
        "summary": [("Renewal Term total (excl. VAT 25.5 %)", e(46800), True)],
        "sections": [
            ("Price adjustment", [
                f"Renewal prices include the 3 % index adjustment applied on {d('2027-03-01')}. Fees for each "
                "subsequent renewal term increase by 3 %."]),
            ("Invoicing and payment", [
                "The fees are invoiced annually in advance. Payment term: 21 days net. Please quote purchase order "
                "4700123 on every invoice; invoices without it cannot be processed."]),
            ("Renewal", [
                "The subscription continues for successive 12-month terms unless either party gives written notice at "
                "least 60 days before the end of the term then running."]),
        ],
        "sig_intro": "Accepted by both parties:",
        "sigs": [
            {"heading": f"For {V}", "sig": "L. Sundqvist", "name": "Lina Sundqvist", "title": "Account Director",
             "date": d("2027-01-15")},
            {"heading": f"For {C}", "sig": "M. Virtanen", "name": "Mikko Virtanen", "title": "IT Director",
             "date": d("2027-01-15")},
        ],
        "terms_title": "Vinterljus General Terms (extract)", "terms": RTERMS,
    }
    return {
        "folder": "renewal-04", "layout": "renewal", "terms": t, "r": r,
        "description": (
            "Finnish renewal with short dotted dates (1.3.2027) and amounts written '46 800,00 €' (space thousands, "
            "decimal comma, symbol after). Renewal term 1.3.2027 - 29.2.2028 (2028 is a leap year, so the end date "
            "is 2028-02-29). 36 000,00 + 15 x 720,00 = 10 800,00 gives the stated 46 800,00 excl. VAT. Escalator "
            "3% for subsequent renewals (the 3% already applied this year is not double-counted in prices). PO "
            "4700123 required; payment 21 days; renews for 12 months with 60 days' notice."),
        "tags": ["renewal", "dotted-dates", "leap-year", "space-thousands", "decimal-comma", "symbol-after",
                 "escalator", "po-required", "eur"],
        "deal": deal("006-N4D7", "Saimaa Paper - Insight renewal 2027", C, "2027-01-15", cur, "46800.00",
                     "ostolaskut@saimaapaper.example",
                     [("Insight Enterprise", 1, "36000.00", "36000.00"),
                      ("Additional Analyst seats", 15, "720.00", "10800.00")]),
    }


FORMS = [renewal_01, renewal_02, renewal_03, renewal_04]
