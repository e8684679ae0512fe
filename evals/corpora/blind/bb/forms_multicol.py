"""Layout `multicol`: a messaging-platform vendor's Service Schedule laid out in two columns ('Parties and
term' / 'Money matters'), a charges table with unusual headers (Component / Metering basis / Allowance /
Rate card / Cadence), usage rate cards, and two-column small-print terms."""
from bb_lib import L, U, MC, terms, deal, fnum, fd, bp

MRN = {"name": "Meridian Relay Networks Pte. Ltd.",
       "addr": "1 Fusion Crescent #11-04, Singapore 138601  ·  UEN 201633333D"}
MRNE = {"name": "Meridian Relay Networks Europe S.r.l.",
        "addr": "Via della Moscova 18, 20121 Milano, Italy  ·  P.IVA IT12345670961"}
COLS = ["Component", "Metering basis", "Allowance", "Rate card", "Cadence"]
W = [44, 36, 30, 40, 32]
A = ["LEFT", "LEFT", "LEFT", "LEFT", "LEFT"]
TK = ["definitions", "access", "customer", "aup", "availability", "support", "dp", "security", "conf", "ip",
      "warranty", "indemnity", "liability", "suspension", "termination", "exit", "fm", "assign", "subcontract",
      "notices", "entire", "taxes", "misc"]


def d(iso):
    return fd(iso, "abbr")


def multicol_01():
    cur = "INR"
    V, C = MRN["name"], "Palghar Fintech Private Limited"
    inr = lambda v, dec=2: "INR " + fnum(v, "en", dec)  # noqa: E731
    lines = [L("Messaging Platform Access", 1, "150000.00", "month", cur, net="150000.00")]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="MRN-SS-2026-0311",
        billing_contact_email="payables@palgharfintech.example", currency=cur, effective_date="2026-04-20",
        service_start_date="2026-05-01", service_end_date="2027-04-30", term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=15, billing_frequency="monthly",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value=None, minimum_commitment=MC("400000.00", "month", cur),
        usage_rules=[U("SMS messages", "message", None, None, "graduated",
                       [(1000000, "0.18"), (5000000, "0.15"), (None, "0.12")], "monthly", "arrears")],
        late_fee_percent_per_month="2",
    )
    r = {
        "vendor": MRN, "title": "SERVICE SCHEDULE", "ref_line": "Schedule No. MRN-SS-2026-0311",
        "footer": f"{V} - Service Schedule MRN-SS-2026-0311 - subject to the Meridian Platform Terms",
        "columns": [
            ("Parties and term", [
                ("Customer", f"{C}, 6th Floor, Kamala Mills Compound, Lower Parel, Mumbai 400013, India"),
                ("Provider", f"{V}, Singapore"),
                ("Schedule effective", d("2026-04-20")),
                ("Service start", d("2026-05-01")),
                ("Initial term", f"12 months, ending {d('2027-04-30')}"),
                ("Renewal", "Automatic, 12 months at a time; 30 days' notice to stop renewal")]),
            ("Money matters", [
                ("Currency", "Indian rupees (INR)"),
                ("Platform fee", "Invoiced monthly in advance"),
                ("Messaging charges", "Invoiced monthly in arrears"),
                ("Minimum monthly commitment", "INR 400,000.00 (platform fee and messaging charges combined)"),
                ("Payment", "15 days from invoice date"),
                ("Late payment", "Interest at 2% per month"),
                ("Invoices to", "payables@palgharfintech.example")]),
        ],
        "charges_title": "Charges",
        "cols": COLS, "widths": W, "aligns": A,
        "rows": [
            ["Messaging Platform Access", "Flat, per month", "-", inr(150000) + " per month", "Monthly, in advance"],
            ["SMS - transactional", "Per message sent", "None", "Graduated - see rate card A", "Monthly, in arrears"],
        ],
        "ratecards": [
            ("Rate card A - SMS (graduated, per calendar month)", ["Band", "Messages in the month", "Rate per message"],
             [30, 90, 62], ["CENTER", "LEFT", "RIGHT"],
             [["1", "1 - 1,000,000", "INR 0.18"], ["2", "1,000,001 - 5,000,000", "INR 0.15"],
              ["3", "above 5,000,000", "INR 0.12"]],
             "Each rate applies only to the messages that fall within its band."),
        ],
        "notes": [
            ("Commitment", ["If the platform fee and messaging charges for a calendar month together come to less "
                            "than INR 400,000.00, the difference is invoiced as a shortfall charge with that month's "
                            "usage invoice."]),
            ("Taxes", ["All charges exclude GST, which the Customer pays in addition."]),
        ],
        "sig_intro": "Signed for the Customer and the Provider:",
        "sigs": [
            {"heading": f"Customer: {C}", "sig": "V. Desai", "name": "Vikram Desai", "title": "Chief Technology Officer",
             "date": d("2026-04-20")},
            {"heading": f"Provider: {V}", "sig": "H. Lim", "name": "Hannah Lim", "title": "VP Sales, APAC",
             "date": d("2026-04-18")},
        ],
        "terms_title": "Meridian Platform Terms",
        "terms": bp(TK + ["law"], S="Provider", LAW="Singapore", VENUE="Singapore"),
    }
    return {
        "folder": "multicol-01", "layout": "multicol", "terms": t, "r": r,
        "description": (
            "Two-column service schedule (Parties and term / Money matters) with an unusual charges table "
            "(Component / Metering basis / Allowance / Rate card / Cadence). One fixed line: Messaging Platform "
            "Access INR 150,000.00 per month, monthly in advance. SMS usage is graduated per calendar month with no "
            "allowance: 1-1,000,000 at 0.18, 1,000,001-5,000,000 at 0.15, above at 0.12, monthly in arrears. "
            "Minimum monthly commitment INR 400,000.00 (platform + usage). No TCV stated. Late interest 2% per month. "
            "Deal amount = 12 x 400,000 committed = 4,800,000.00."),
        "tags": ["two-column", "unusual-headers", "usage", "graduated-tiers", "min-commitment", "late-fee",
                 "monthly-billing", "inr"],
        "deal": deal("006-C1X4", "Palghar Fintech - Messaging platform", C, "2026-04-20", cur, "4800000.00",
                     "payables@palgharfintech.example",
                     [("Messaging Platform Access (12 months)", 12, "150000.00", "1800000.00"),
                      ("Committed messaging (12 months)", 1, "3000000.00", "3000000.00")]),
    }


def multicol_02():
    cur = "SGD"
    V, C = MRN["name"], "Changi Freight Forwarders Pte. Ltd."
    s = lambda v, dec=2: "SGD " + fnum(v, "en", dec)  # noqa: E731
    lines = [
        L("Omnichannel Platform", 1, "2000.00", "month", cur, net="2000.00"),
        L("Additional Agent Seats", 25, "35.00", "month", cur, net="875.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="MRN-SS-2026-0420",
        billing_contact_email="accounts@changifreight.example", currency=cur, effective_date="2026-06-03",
        service_start_date="2026-06-15", service_end_date="2028-06-14", term_months=24, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="quarterly",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value=None,
        usage_rules=[
            U("WhatsApp conversations", "conversation", 10000, "month", "per_unit", [(None, "0.045")], "monthly",
              "arrears"),
            U("voice minutes", "minute", None, None, "graduated", [(20000, "0.030"), (None, "0.022")], "monthly",
              "arrears"),
        ],
        price_escalator_percent="3",
    )
    r = {
        "vendor": MRN, "title": "SERVICE SCHEDULE", "ref_line": "Schedule No. MRN-SS-2026-0420",
        "footer": f"{V} - Service Schedule MRN-SS-2026-0420",
        "columns": [
            ("Parties and term", [
                ("Customer", f"{C}, 9 Airline Road #03-21, Singapore 819827"),
                ("Schedule effective", d("2026-06-03")),
                ("Service start", d("2026-06-15")),
                ("Initial term", f"24 months, to {d('2028-06-14')}"),
                ("Renewal", "12-month renewals unless either party gives 60 days' notice")]),
            ("Money matters", [
                ("Currency", "Singapore dollars (SGD)"),
                ("Fixed fees", "Invoiced quarterly in advance"),
                ("Usage", "Invoiced monthly in arrears"),
                ("Price adjustment", "Fixed fees increase by 3% on each anniversary of the service start"),
                ("Payment", "30 days"),
                ("Invoices to", "accounts@changifreight.example")]),
        ],
        "charges_title": "Charges",
        "cols": COLS, "widths": W, "aligns": A,
        "rows": [
            ["Omnichannel Platform", "Flat, per month", "-", s(2000) + " / month", "Quarterly, in advance"],
            ["Additional Agent Seats", "25 seats", "-", s(35) + " / seat / month (" + s(875) + ")",
             "Quarterly, in advance"],
            ["WhatsApp conversations", "Per conversation", "10,000 per month", s("0.045", 3) + " each above the "
             "allowance", "Monthly, in arrears"],
            ["Voice minutes", "Per minute", "None", "Graduated - rate card B", "Monthly, in arrears"],
        ],
        "summary": [("Fixed fees per month (year 1)", s(2875), True)],
        "ratecards": [
            ("Rate card B - voice (graduated, per calendar month)", ["Band", "Minutes in the month", "Rate per minute"],
             [30, 90, 62], ["CENTER", "LEFT", "RIGHT"],
             [["1", "first 20,000 minutes", s("0.030", 3)], ["2", "each minute above 20,000", s("0.022", 3)]], None),
        ],
        "notes": [("Taxes", ["Charges exclude GST."])],
        "sig_intro": "Signed:",
        "sigs": [
            {"heading": f"Customer: {C}", "sig": "R. Tan", "name": "Raymond Tan", "title": "Director",
             "date": d("2026-06-03")},
            {"heading": f"Provider: {V}", "sig": "H. Lim", "name": "Hannah Lim", "title": "VP Sales, APAC",
             "date": d("2026-06-02")},
        ],
        "terms_title": "Meridian Platform Terms",
        "terms": bp(TK + ["law"], S="Provider", LAW="Singapore", VENUE="Singapore"),
    }
    return {
        "folder": "multicol-02", "layout": "multicol", "terms": t, "r": r,
        "description": (
            "Two-column service schedule in SGD. Fixed monthly lines: platform SGD 2,000.00 and 25 agent seats x "
            "35.00 = 875.00 per month (shown in brackets), invoiced QUARTERLY in advance. Two usage rules: WhatsApp "
            "conversations above 10,000 per month at SGD 0.045 each (per_unit, allowance included), and voice minutes "
            "graduated (first 20,000 at 0.030, above at 0.022) with no allowance; both monthly in arrears. Fixed "
            "fees rise 3% each anniversary (escalator 3), so no TCV is stated; the deal amount includes the uplift: "
            "12 x 2,875.00 + 12 x 2,961.25 = 70,035.00."),
        "tags": ["two-column", "unusual-headers", "usage", "multiple-usage-rules", "graduated-tiers", "escalator",
                 "quarterly-billing", "monthly-prices", "sgd"],
        "deal": deal("006-C2Y7", "Changi Freight - Omnichannel 2y", C, "2026-06-03", cur, "70035.00",
                     "accounts@changifreight.example",
                     [("Fixed fees - year 1", 12, "2875.00", "34500.00"),
                      ("Fixed fees - year 2 (+3%)", 12, "2961.25", "35535.00")]),
    }


def multicol_03():
    cur = "BHD"
    V, C = MRN["name"], "Seef Digital Bank B.S.C. (c)"
    b = lambda v: "BHD " + fnum(v, "en", 3)  # noqa: E731
    lines = [L("Secure OTP Gateway", 1, "1250.000", "month", cur, net="1250.000")]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="MRN-SS-2026-0502",
        billing_contact_email="vendor.payments@seefdigital.example", currency=cur, effective_date="2026-06-25",
        service_start_date="2026-07-01", service_end_date=None, term_months=24, auto_renew=False,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value=None, minimum_commitment=MC("45000.000", "term", cur),
        usage_rules=[U("OTP messages", "message", None, None, "volume",
                       [(500000, "0.008"), (2000000, "0.006"), (None, "0.004")], "monthly", "arrears")],
        non_standard_terms=["Most-favoured-customer pricing: lower OTP rates offered to another bank in Bahrain for "
                            "comparable volumes must be offered to the Customer from the same date"],
    )
    r = {
        "vendor": MRN, "title": "SERVICE SCHEDULE", "ref_line": "Schedule No. MRN-SS-2026-0502",
        "footer": f"{V} - Service Schedule MRN-SS-2026-0502 - Confidential",
        "columns": [
            ("Parties and term", [
                ("Customer", f"{C}, Building 2504, Road 2832, Seef District, Manama, Kingdom of Bahrain"),
                ("Schedule effective", d("2026-06-25")),
                ("Service start", d("2026-07-01")),
                ("Initial term", "24 months from the service start"),
                ("Renewal", "None - this schedule expires at the end of the initial term")]),
            ("Money matters", [
                ("Currency", "Bahraini dinar (BHD)"),
                ("Gateway fee", "Invoiced annually in advance (" + b(15000) + " per year)"),
                ("OTP messages", "Invoiced monthly in arrears"),
                ("Term commitment", b(45000) + " over the initial term (all charges); any shortfall invoiced at the "
                                               "end of the term"),
                ("Payment", "30 days"),
                ("Invoices to", "vendor.payments@seefdigital.example")]),
        ],
        "charges_title": "Charges",
        "cols": COLS, "widths": W, "aligns": A,
        "rows": [
            ["Secure OTP Gateway", "Flat, per month", "-", b(1250) + " per month", "Annually, in advance"],
            ["OTP messages", "Per message", "None", "Volume - rate card C", "Monthly, in arrears"],
        ],
        "ratecards": [
            ("Rate card C - OTP messages (volume, per calendar month)",
             ["Band", "Messages in the month", "Rate per message (all messages)"], [30, 90, 62],
             ["CENTER", "LEFT", "RIGHT"],
             [["1", "up to 500,000", b("0.008")], ["2", "500,001 - 2,000,000", b("0.006")],
              ["3", "more than 2,000,000", b("0.004")]],
             "Volume pricing: the rate for the band reached in a month applies to every message sent in that month."),
        ],
        "notes": [
            ("Most-favoured customer", ["If the Provider offers lower OTP message rates to another bank in Bahrain "
                                        "for comparable volumes, it will offer the same rates to the Customer from "
                                        "the same date."]),
            ("Taxes", ["Charges exclude VAT (10%), which is added to each invoice."]),
        ],
        "sig_intro": "Signed by authorised signatories:",
        "sigs": [
            {"heading": f"Customer: {C}", "sig": "F. Al Khalifa", "name": "Fatima Al Khalifa",
             "title": "Chief Digital Officer", "date": d("2026-06-25")},
            {"heading": f"Provider: {V}", "sig": "H. Lim", "name": "Hannah Lim", "title": "VP Sales, APAC",
             "date": d("2026-06-24")},
        ],
        "terms_title": "Meridian Platform Terms",
        "terms": bp(TK + ["law"], S="Provider", LAW="the Kingdom of Bahrain", VENUE="Manama"),
    }
    return {
        "folder": "multicol-03", "layout": "multicol", "terms": t, "r": r,
        "description": (
            "Two-column service schedule for a Bahraini bank in BHD (3 decimals). Gateway fee BHD 1,250.000 per "
            "month, invoiced annually in advance (15,000.000 a year is a distractor). OTP messages use VOLUME "
            "pricing - the band reached applies to all messages in the month: up to 500,000 at 0.008, "
            "500,001-2,000,000 at 0.006, more than 2,000,000 at 0.004; monthly in arrears. Term minimum commitment "
            "BHD 45,000.000 over the initial term (period term). Term '24 months from the service start' with no end "
            "date written: service_end_date null, derived 2028-06-30. No renewal. MFN on OTP rates is non-standard."),
        "tags": ["two-column", "unusual-headers", "usage", "volume-tiers", "min-commitment", "term-commitment",
                 "bhd", "3-decimals", "mfn", "derived-end-date", "no-auto-renew"],
        "derived": {"service_end_date": {"value": "2028-06-30", "rule": "start 2026-07-01 + 24 months - 1 day"}},
        "deal": deal("006-C3Z2", "Seef Digital Bank - OTP Gateway", C, "2026-06-25", cur, "45000.000",
                     "vendor.payments@seefdigital.example",
                     [("Term commitment (24 months)", 1, "45000.000", "45000.000")]),
    }


def multicol_04():
    cur = "EUR"
    V, C = MRNE["name"], "Tessitura Bellandi S.r.l."
    e = lambda v, dec=2: "EUR " + fnum(v, "de", dec)  # noqa: E731
    ds = lambda iso: fd(iso, "slash")  # noqa: E731
    lines = [L("Email Campaign Platform", 1, "900.00", "month", cur, net="900.00")]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="MRN-SS-2026-0655",
        billing_contact_email="amministrazione@tessiturabellandi.example", currency=cur,
        effective_date="2026-08-28", service_start_date="2026-09-01", service_end_date=None, term_months=None,
        auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=30,
        billing_frequency="monthly", billing_timing="advance", billing_anchor=None, po_required=False,
        po_number=None, line_items=lines, total_contract_value=None,
        usage_rules=[U("e-mails sent", "e-mail", 200000, "month", "per_unit", [(None, "0.0004")], "monthly",
                       "arrears")],
    )
    r = {
        "vendor": MRNE, "title": "SERVICE SCHEDULE", "ref_line": "Schedule No. MRN-SS-2026-0655",
        "footer": f"{V} - Service Schedule MRN-SS-2026-0655",
        "columns": [
            ("Parties and term", [
                ("Customer", f"{C}, Via Pistoiese 512, 59100 Prato (PO), Italy"),
                ("Schedule effective", ds("2026-08-28")),
                ("Service start", ds("2026-09-01")),
                ("Duration", "Open-ended: continues from month to month"),
                ("Termination", "Either party, on 30 days' written notice")]),
            ("Money matters", [
                ("Currency", "Euro (EUR)"),
                ("Platform fee", "Invoiced monthly in advance"),
                ("Additional e-mails", "Invoiced monthly in arrears"),
                ("Payment", "30 days from invoice date"),
                ("Invoices to", "amministrazione@tessiturabellandi.example"),
                ("SDI recipient code", "M5UXCR1")]),
        ],
        "charges_title": "Charges",
        "cols": COLS, "widths": W, "aligns": A,
        "rows": [
            ["Email Campaign Platform", "Flat, per month", "200.000 e-mails per month", e(900) + " per month",
             "Monthly, in advance"],
            ["Additional e-mails", "Per e-mail sent above the allowance", "-", e("0.0004", 4) + " per e-mail",
             "Monthly, in arrears"],
        ],
        "ratecards": [],
        "notes": [("Taxes", ["Prices exclude IVA (22%)."]),
                  ("Unused allowance", ["Unused e-mails do not carry over to the following month."])],
        "sig_intro": "Signed:",
        "sigs": [
            {"heading": f"Customer: {C}", "sig": "G. Bellandi", "name": "Giulia Bellandi",
             "title": "Amministratore Delegato", "date": ds("2026-08-28")},
            {"heading": f"Provider: {V}", "sig": "M. Ferri", "name": "Marco Ferri", "title": "Country Manager",
             "date": ds("2026-08-27")},
        ],
        "terms_title": "Meridian Platform Terms",
        "terms": bp(TK + ["law"], S="Provider", LAW="Italy", VENUE="Milan"),
    }
    return {
        "folder": "multicol-04", "layout": "multicol", "terms": t, "r": r,
        "description": (
            "Italian month-to-month service schedule (Italian thousands dots, decimal comma; dd/mm/yyyy dates). "
            "Platform EUR 900,00 per month in advance with an allowance of 200.000 e-mails per month; additional "
            "e-mails at EUR 0,0004 each, monthly in arrears (usage, included 200000 per month). Open-ended: no end "
            "date and no term length (null), continues monthly (renewal_term_months 1) with 30 days' notice. The "
            "SDI code is an e-invoicing routing code, not a PO. Deal amount = first-year value 12 x 900 = 10,800.00."),
        "tags": ["two-column", "unusual-headers", "evergreen", "usage", "decimal-comma", "slash-dates",
                 "monthly-billing", "eur"],
        "deal": deal("006-C4A5", "Tessitura Bellandi - Email Campaign Platform", C, "2026-08-28", cur, "10800.00",
                     "amministrazione@tessiturabellandi.example",
                     [("Email Campaign Platform (12 months)", 12, "900.00", "10800.00")]),
    }


FORMS = [multicol_01, multicol_02, multicol_03, multicol_04]
