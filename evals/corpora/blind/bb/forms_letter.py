"""Layout `letter`: a letter agreement on the vendor's letterhead with the fees written in prose (often in words
and figures), a countersignature box, and terms of business enclosed."""
from bb_lib import L, U, terms, deal, bp, check_tcv, words


def letter_01():
    cur = "EUR"
    V, C = "Ardmore Insights Limited", "Brennan Maritime Holdings Limited"
    lines = [
        L("Enterprise Platform licence", 1, "24000.00", "year", cur, net="24000.00"),
        L("Analyst Seats", 150, "80.00", "year", cur, net="12000.00"),
        L("Onboarding Fee", 1, "5000.00", "one_time", cur, net="5000.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="AI/BMH/0326",
        billing_contact_email="accounts@brennanmaritime.example", currency=cur, effective_date=None,
        service_start_date="2026-03-01", service_end_date=None, term_months=24, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="77000.00",
    )
    check_tcv(t, [2, 2, 1])
    assert words(77000) == "seventy-seven thousand" and words(24000) == "twenty-four thousand"
    r = {
        "vendor": {"name": V, "addr": ["14 Fitzwilliam Lane, Dublin 2, D02 XK71, Ireland",
                                       "+353 1 555 0142  ·  hello@ardmoreinsights.example"],
                   "foot": f"{V}  ·  Registered in Ireland No. 654321  ·  Registered office as above  ·  "
                           "VAT IE 3654321KH", "color": (10, 80, 60)},
        "short_ref": "AI/BMH/0326",
        "to": ["Ms Niamh Okafor", "Chief Operating Officer", C, "Ringaskiddy Port Road", "Co. Cork, P43 YT20"],
        "refs": ["Our ref: AI/BMH/0326", "16 February 2026"],
        "salutation": "Dear Ms Okafor,",
        "subject": "Ardmore Enterprise Platform - letter agreement",
        "paras": [
            "Thank you for choosing Ardmore Insights. This letter sets out the terms on which we will provide the "
            "Ardmore Enterprise Platform and analyst seats to Brennan Maritime Holdings Limited (\"Brennan\"). Once "
            "you countersign it, this letter and the Terms of Business enclosed with it form a binding agreement, "
            "which takes effect on the date of your countersignature.",
            ("Subscription and fees",
             "The subscription runs for two years beginning on 1 March 2026. For that period Brennan will pay an "
             "Enterprise Platform licence of twenty-four thousand euros (EUR 24,000) per year, together with 150 "
             "Analyst Seats at eighty euros (EUR 80) per seat per year, which comes to EUR 12,000 a year. We will "
             "also charge a one-off Onboarding Fee of five thousand euros (EUR 5,000). The total commitment over the "
             "two years is therefore seventy-seven thousand euros (EUR 77,000), excluding VAT."),
            ("Invoicing",
             "We will invoice the annual fees annually in advance: the first invoice on 1 March 2026, together with "
             "the Onboarding Fee, and the second on 1 March 2027. Each invoice is payable within 30 days. Invoices "
             "will be sent to accounts@brennanmaritime.example unless you tell us otherwise."),
            ("After the first two years",
             "The agreement will then continue from year to year unless either of us gives the other at least 60 "
             "days' written notice before the end of the two-year period or of any later year."),
            "If you are happy with these terms, please sign the acceptance below and return a copy to me. I look "
            "forward to working with you and your team.",
        ],
        "closing": "Yours sincerely,",
        "signer": ["D. Hayes", "Declan Hayes", "Managing Director", f"For and on behalf of {V}"],
        "accept_title": "Acceptance",
        "accept_text": f"We accept the terms of this letter and the enclosed Terms of Business. Signed for and on "
                       f"behalf of {C}:",
        "accept_rows": [("Signature", "N. Okafor"), ("Name", "Niamh Okafor"), ("Title", "Chief Operating Officer"),
                        ("Date", "19 February 2026")],
        "terms_title": "Ardmore Insights - Terms of Business",
        "terms": bp(["definitions", "access", "customer", "availability", "support", "dp", "security", "conf", "ip",
                     "warranty", "liability", "termination", "exit", "fm", "notices", "entire", "taxes", "misc",
                     "law"], S="Ardmore", LAW="Ireland", VENUE="Dublin"),
    }
    return {
        "folder": "letter-01", "layout": "letter", "terms": t, "r": r,
        "description": (
            "Irish letter agreement with all fees in prose, words and figures: 'an Enterprise Platform licence of "
            "twenty-four thousand euros (EUR 24,000) per year', '150 Analyst Seats at eighty euros (EUR 80) per seat "
            "per year, which comes to EUR 12,000 a year' (so net_amount 12000.00 is shown), a one-off Onboarding Fee "
            "EUR 5,000; stated two-year total EUR 77,000 = 2 x (24,000 + 12,000) + 5,000. For the single-unit fees "
            "the stated fee is itself the per-period amount, so net_amount equals it. Term 'two years beginning on 1 "
            "March 2026' -> term_months 24, end date not written (derived 2028-02-29, leap year). The letter takes "
            "effect on countersignature (19 February 2026): effective_date null, derived. The letter's 'Our ref' "
            "AI/BMH/0326 is the document's own reference. Continues year to year with 60 days' notice."),
        "tags": ["letter", "prose-fees", "words-and-figures", "derived-end-date", "derived-effective-date",
                 "leap-year", "one-time-fee", "eur"],
        "derived": {"service_end_date": {"value": "2028-02-29", "rule": "start 2026-03-01 + 24 months - 1 day"},
                    "effective_date": {"value": "2026-02-19", "rule": "date of the customer's countersignature"}},
        "deal": deal("006-L1P4", "Brennan Maritime - Ardmore Enterprise 2y", C, "2026-02-19", cur, "77000.00",
                     "accounts@brennanmaritime.example",
                     [("Enterprise Platform licence (2 years)", 2, "24000.00", "48000.00"),
                      ("Analyst Seats (2 years)", 150, "160.00", "24000.00"),
                      ("Onboarding Fee", 1, "5000.00", "5000.00")]),
    }


def letter_02():
    cur = "GBP"
    V, C = "Quillon Data Ltd", "Harcourt & Vane Solicitors LLP"
    lines = [
        L("Practice Platform", 1, "42000.00", "year", cur, net="42000.00"),
        L("Document Automation module", 1, "6000.00", "year", cur, net="6000.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="QD/HV/2026/07",
        billing_contact_email="accounts@harcourtvane.example", currency=cur, effective_date="2026-07-01",
        service_start_date="2026-07-01", service_end_date="2029-06-30", term_months=36, auto_renew=False,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="quarterly",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value=None,
        usage_rules=[U("users", "user", 120, None, "per_unit", [(None, "300.00")], "annual", "arrears")],
        price_escalator_percent="3", late_fee_percent_per_month="1.5",
    )
    assert words(42000) == "forty-two thousand"
    r = {
        "vendor": {"name": V, "addr": ["3 Quayside Court, Newcastle upon Tyne NE1 3DX",
                                       "0191 555 0188  ·  contracts@quillondata.example"],
                   "foot": f"{V}  ·  Registered in England No. 11223344  ·  VAT GB 123 4567 89",
                   "color": (90, 20, 90)},
        "short_ref": "QD/HV/2026/07",
        "to": ["Mr Edward Vane", "Managing Partner", C, "12 Park Square East", "Leeds LS1 2LH"],
        "refs": ["Our ref: QD/HV/2026/07", "2 June 2026"],
        "salutation": "Dear Edward,",
        "subject": "Practice Platform subscription - terms of our agreement",
        "paras": [
            "Following our meeting last week, I am pleased to confirm the terms on which Quillon Data Ltd will provide "
            "the Practice Platform to Harcourt & Vane Solicitors LLP. This agreement will take effect on 1 July 2026 "
            "and will run from 1 July 2026 to 30 June 2029 (thirty-six months).",
            ("Fees",
             "The fee for the Practice Platform is forty-two thousand pounds sterling (£42,000) per annum, which "
             "covers up to 120 users. The Document Automation module is an additional six thousand pounds (£6,000) "
             "per annum. If more than 120 users are active, each additional user is charged at £300 per user per "
             "year; we will count users at each anniversary and invoice any additional users annually in arrears."),
            ("Price review", "All fees will rise by 3% on each anniversary of the start date."),
            ("Invoicing and payment",
             "We will invoice quarterly in advance, each invoice covering one quarter of the annual fees. Invoices "
             "are payable within 30 days, and we may charge interest at 1.5% per month on any amount that is "
             "overdue. Invoices will be sent to accounts@harcourtvane.example."),
            ("At the end of the term",
             "The agreement will not renew automatically. We will contact you in good time before 30 June 2029 to "
             "discuss renewal."),
            "Our standard Terms of Business are enclosed and form part of this agreement. Where this letter and the "
            "Terms of Business differ, this letter prevails.",
        ],
        "closing": "Yours sincerely,",
        "signer": ["S. Quillon", "Sarah Quillon", "Director", V],
        "accept_title": "Countersignature",
        "accept_text": f"Agreed for and on behalf of {C}:",
        "accept_rows": [("Signature", "E. Vane"), ("Name", "Edward Vane"), ("Position", "Managing Partner"),
                        ("Date", "9 June 2026")],
        "terms_title": "Quillon Data Ltd - Terms of Business",
        "terms": bp(["definitions", "access", "customer", "aup", "availability", "support", "dp", "conf", "ip",
                     "warranty", "indemnity", "liability", "suspension", "termination", "exit", "assign", "notices",
                     "entire", "taxes", "misc", "law"], S="Quillon"),
    }
    return {
        "folder": "letter-02", "layout": "letter", "terms": t, "r": r,
        "description": (
            "UK letter agreement, fees in prose: Practice Platform 'forty-two thousand pounds sterling (£42,000) per "
            "annum, which covers up to 120 users' and Document Automation £6,000 per annum (single-unit fees, so "
            "net_amount = the stated annual fee). Additional users above 120 at £300 per user per year, counted at "
            "each anniversary and invoiced annually in arrears -> a usage rule (metric users, included 120, no "
            "included period since it is a headcount cap, per_unit £300.00), not a line item. 3% rise on each "
            "anniversary -> escalator 3; so no total is stated (TCV null) and the deal amount includes the "
            "escalation: 48,000 + 49,440 + 50,923.20 = 148,363.20. Quarterly invoicing in advance of annual prices, "
            "late interest 1.5% per month, no auto-renewal. Our ref QD/HV/2026/07 is the order reference."),
        "tags": ["letter", "prose-fees", "words-and-figures", "usage", "user-true-up", "escalator", "late-fee",
                 "quarterly-billing", "no-auto-renew", "gbp"],
        "deal": deal("006-L2Q7", "Harcourt & Vane - Practice Platform 3y", C, "2026-06-09", cur, "148363.20",
                     "accounts@harcourtvane.example",
                     [("Practice Platform + Document Automation - Year 1", 1, "48000.00", "48000.00"),
                      ("Practice Platform + Document Automation - Year 2", 1, "49440.00", "49440.00"),
                      ("Practice Platform + Document Automation - Year 3", 1, "50923.20", "50923.20")]),
    }


def letter_03():
    cur = "EUR"
    V, C = "Vlietland Software B.V.", "Hoogeveen Zorggroep B.V."
    lines = [
        L("CareRoster", 200, "90.00", "year", cur, net="18000.00", start="2026-04-01", end="2027-03-31"),
        L("CareRoster", 300, "90.00", "year", cur, net="27000.00", start="2027-04-01", end="2028-03-31"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="VS-2026-031",
        billing_contact_email="crediteuren@hoogeveenzorg.example", currency=cur, effective_date="2026-04-01",
        service_start_date="2026-04-01", service_end_date="2028-03-31", term_months=24, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=14, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="2026-HZ-0192",
        line_items=lines, total_contract_value=None,
        non_standard_terms=["Customer may terminate with effect from 31 March 2027 (end of year 1) on 90 days' "
                            "written notice, with no fees due for year 2"],
    )
    r = {
        "vendor": {"name": V, "addr": ["Westvest 90, 2611 AZ Delft, the Netherlands",
                                       "KvK 70123456  ·  BTW NL858123456B01"],
                   "foot": f"{V}  ·  Delft  ·  www.vlietland.example", "color": (200, 90, 0)},
        "short_ref": "VS-2026-031",
        "to": [C, "Attn. Mrs J. de Groot, Director of Operations", "Hoofdstraat 101", "7902 EH Hoogeveen"],
        "refs": ["Our reference: VS-2026-031", "Delft, 12 March 2026"],
        "salutation": "Dear Mrs De Groot,",
        "subject": "CareRoster - agreement for the period 1 April 2026 to 31 March 2028",
        "paras": [
            "We are pleased to confirm our agreement for the use of CareRoster, our workforce scheduling service, by "
            f"{C} (\"Hoogeveen\"). This agreement takes effect on 1 April 2026 and runs for two years.",
            ("Fees",
             "In the first year (1 April 2026 to 31 March 2027) the fee is eighteen thousand euros (EUR 18.000) for "
             "200 users, that is EUR 90 per user. In the second year (1 April 2027 to 31 March 2028) the fee rises to "
             "twenty-seven thousand euros (EUR 27.000) for 300 users, at the same EUR 90 per user. All amounts "
             "exclude VAT."),
            ("Invoicing",
             "We invoice each year's fee annually in advance, at the start of that year. Invoices are payable within "
             "14 days. As you requested, every invoice will quote your purchase order number 2026-HZ-0192; we "
             "understand that invoices without it cannot be paid. Invoices will be sent to "
             "crediteuren@hoogeveenzorg.example."),
            ("Continuation",
             "After the second year the agreement continues for successive periods of one year unless either party "
             "terminates it with ninety (90) days' notice before the end of the then current period."),
            ("Early termination",
             "As agreed, you may terminate this agreement with effect from the end of the first year, 31 March 2027, "
             "by giving ninety (90) days' written notice. In that case no fees are due for the second year."),
            "Our General Terms, enclosed, apply to this agreement. We look forward to a good cooperation.",
        ],
        "closing": "Kind regards,",
        "signer": ["P. van Vliet", "Pieter van Vliet", "Director", V],
        "accept_title": "For agreement",
        "accept_text": f"Signed for agreement on behalf of {C}:",
        "accept_rows": [("Signature", "J. de Groot"), ("Name", "Mrs J. de Groot"),
                        ("Title", "Director of Operations"), ("Date", "17 March 2026")],
        "terms_title": "Vlietland Software B.V. - General Terms",
        "terms": bp(["definitions", "access", "customer", "availability", "support", "dp", "security", "conf",
                     "warranty", "liability", "termination", "exit", "notices", "entire", "taxes", "law"],
                    S="Vlietland", LAW="the Netherlands", VENUE="The Hague"),
    }
    return {
        "folder": "letter-03", "layout": "letter", "terms": t, "r": r,
        "description": (
            "Dutch letter agreement with a two-year ramp written in prose and Dutch thousands dots (EUR 18.000 = "
            "18000.00): year 1 (1 April 2026 to 31 March 2027) 200 users at EUR 90 = 18.000, year 2 300 users at EUR "
            "90 = 27.000 - one line per year with its own dates; the yearly fee is shown, so net_amount is set. No "
            "total is stated (TCV null). Effective 1 April 2026 as stated. The customer asked for its PO 2026-HZ-0192 "
            "on every invoice -> po_required true. Continues yearly with 90 days' notice; the year-1 exit right is a "
            "non-standard term."),
        "tags": ["letter", "prose-fees", "words-and-figures", "ramp", "year-ramp", "po-required",
                 "termination-for-convenience", "decimal-comma", "eur"],
        "deal": deal("006-L3R2", "Hoogeveen Zorggroep - CareRoster 2y", C, "2026-03-17", cur, "45000.00",
                     "crediteuren@hoogeveenzorg.example",
                     [("CareRoster - year 1", 200, "90.00", "18000.00"), ("CareRoster - year 2", 300, "90.00",
                                                                           "27000.00")]),
    }


def letter_04():
    cur = "SEK"
    V, C = "Kvarnholmen Software AB", "Uddevalla Hamnterminal AB"
    lines = [
        L("Implementation project", 1, "185000.00", "one_time", cur, net="185000.00"),
        L("Training Day", 4, "9500.00", "one_time", cur, net="38000.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="KS-UH-2026-04",
        billing_contact_email="leverantorsfakturor@uddevallahamn.example", currency=cur,
        effective_date="2026-04-20", service_start_date="2026-05-04", service_end_date="2026-07-31",
        term_months=None, auto_renew=None, renewal_term_months=None, non_renewal_notice_days=None,
        payment_terms_days=30, billing_frequency="one_time", billing_timing="advance", billing_anchor=None,
        po_required=False, po_number=None, line_items=lines, total_contract_value="223000.00",
        non_standard_terms=["Implementation price reduced by 5% if go-live is delayed beyond 31 July 2026 for "
                            "reasons attributable to the vendor"],
    )
    check_tcv(t, [1, 1])
    assert words(223000) == "two hundred and twenty-three thousand"
    r = {
        "vendor": {"name": V, "addr": ["Kvarnholmsvägen 52, 131 31 Nacka, Sweden",
                                       "Org.nr 559123-4567  ·  +46 8 555 012 40"],
                   "foot": f"{V}  ·  Nacka  ·  VAT SE559123456701", "color": (20, 60, 130)},
        "short_ref": "KS-UH-2026-04",
        "to": [C, "Att: Johan Berg, IT Manager", "Hamnvägen 12", "451 81 Uddevalla"],
        "refs": ["Our ref: KS-UH-2026-04", "Nacka, 14 April 2026"],
        "salutation": "Dear Johan,",
        "subject": "Order confirmation - implementation of TerminalFlow",
        "paras": [
            "Thank you for your order. This letter confirms the scope and price of the implementation of "
            "TerminalFlow at Uddevalla Hamnterminal AB. The order is effective from 20 April 2026.",
            ("Scope and price",
             "We will carry out the Implementation project for a fixed price of one hundred and eighty-five thousand "
             "kronor (SEK 185 000). In addition we will deliver four Training Days at SEK 9 500 per Training Day, "
             "SEK 38 000 in total. The total order value is two hundred and twenty-three thousand kronor "
             "(SEK 223 000), excluding VAT."),
            ("Timetable", "Work will begin on 4 May 2026 and will be completed by 31 July 2026."),
            ("Invoicing and payment",
             "The full order value is invoiced on signature of this letter. Payment terms are 30 days net. Invoices "
             "will be addressed to leverantorsfakturor@uddevallahamn.example."),
            ("Delay",
             "If go-live is delayed beyond 31 July 2026 for reasons attributable to Kvarnholmen, the price of the "
             "Implementation project is reduced by 5%."),
            "Subscription fees for the TerminalFlow service itself are not part of this order; they remain governed "
            "by the subscription agreement already in place between us.",
        ],
        "closing": "Best regards,",
        "signer": ["E. Sjöberg", "Elin Sjöberg", "Delivery Manager", V],
        "accept_title": "Order accepted",
        "accept_text": f"Accepted on behalf of {C}:",
        "accept_rows": [("Signature", "J. Berg"), ("Name", "Johan Berg"), ("Title", "IT Manager"),
                        ("Date", "20 April 2026")],
    }
    return {
        "folder": "letter-04", "layout": "letter", "terms": t, "r": r,
        "description": (
            "Swedish services-only order confirmation letter: everything is one-time. Implementation project fixed "
            "price 'one hundred and eighty-five thousand kronor (SEK 185 000)' plus four Training Days at SEK 9 500 "
            "(SEK 38 000 shown); total 223 000 in words and figures. billing_frequency one_time, invoiced in full on "
            "signature (advance). Service dates are the project window 4 May - 31 July 2026; no term length is "
            "stated (term_months null) and nothing about renewal. A reference to an existing subscription agreement "
            "is a distractor. The 5% delay price reduction is a non-standard term."),
        "tags": ["letter", "prose-fees", "words-and-figures", "one-time-only", "services", "space-thousands", "sek"],
        "deal": deal("006-L4S5", "Uddevalla Hamn - TerminalFlow implementation", C, "2026-04-20", cur,
                     "223000.00", "leverantorsfakturor@uddevallahamn.example",
                     [("Implementation project", 1, "185000.00", "185000.00"), ("Training Day", 4, "9500.00",
                                                                                  "38000.00")]),
    }


FORMS = [letter_01, letter_02, letter_03, letter_04]
