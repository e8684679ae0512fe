"""Layout `msa`: continental (DACH) numbered-clause subscription agreement, parties in a 'between ... and ...'
preamble, commercial terms partly inside the clauses and partly in an attached order schedule.
Dotted dates (01.03.2026); German decimal commas (1.234,56) or Swiss apostrophes (1'234.50)."""
from bb_lib import L, U, MC, terms, deal, fnum, fd, bp, check_tcv, words


def clauses_from_bp(keys, S="Provider", LAW="the Federal Republic of Germany", VENUE="Munich"):
    return [(t, [x]) for t, x in bp(keys, S=S, LAW=LAW, VENUE=VENUE)]


def de(v, dec=2):
    return fnum(v, "de", dec)


def ch(v, dec=2):
    return fnum(v, "ch", dec)


def dt(iso):
    return fd(iso, "dot")


GEN1 = ["access", "customer", "availability", "support", "dp", "security", "conf", "ip", "warranty", "liability",
        "indemnity", "fm", "assign", "notices", "misc"]
GEN2 = ["access", "aup", "availability", "support", "dp", "conf", "ip", "warranty", "liability", "suspension",
        "exit", "subcontract", "notices", "misc"]


def msa_01():
    cur = "EUR"
    V, C = "Brennwald Software GmbH", "Hofmeister Maschinenbau GmbH"
    lines = [
        L("PlanWerk Cloud – Named User", 60, "540.00", "year", cur, net="32400.00", sku="PW-NU"),
        L("PlanWerk MES Connector", 2, "3600.00", "year", cur, net="7200.00", sku="PW-MES"),
        L("Setup and configuration", 1, "9500.00", "one_time", cur, net="9500.00", sku="PW-SETUP"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="BSW-2026-0311",
        billing_contact_email="rechnungseingang@hofmeister-mb.example", currency=cur,
        effective_date="2026-03-01", service_start_date="2026-04-01", service_end_date=None, term_months=36,
        auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
        billing_frequency="annual", billing_timing="advance", billing_anchor=None, po_required=False, po_number=None,
        line_items=lines, total_contract_value="128300.00",
        non_standard_terms=["Most-favoured-customer clause: per-user price may not exceed that charged to any other "
                            "German customer with comparable volume and term; price to be reduced if it does"],
    )
    check_tcv(t, [3, 3, 1])
    assert words(128300) == "one hundred and twenty-eight thousand three hundred"
    clauses = [
        ("Subject matter", [
            "The Provider makes its PlanWerk Cloud production planning software available to the Customer as a "
            "hosted service (software as a service) in the scope described in the Order Schedule attached as "
            "Schedule 1.",
            "Schedule 1 forms part of this Agreement. If Schedule 1 and these clauses conflict, Schedule 1 prevails."]),
        ("Term and termination", [
            "This Agreement enters into force on 01.03.2026 (the \"Effective Date\").",
            "The subscription term begins on 01.04.2026 (the \"Start Date\") and runs for thirty-six (36) months "
            "(the \"Initial Term\").",
            "After the Initial Term this Agreement is extended by twelve (12) months at a time unless either party "
            "terminates it by written notice received at least ninety (90) days before the end of the Initial Term "
            "or of the extension period then running.",
            "The right of each party to terminate for good cause is not affected."]),
        ("Fees", [
            "The fees for the Services are set out in Schedule 1. All fees are net amounts; statutory value added tax "
            "(currently 19 %) is payable in addition.",
            "The total contract value for the Initial Term amounts to one hundred and twenty-eight thousand three "
            "hundred euros (EUR 128.300,00) net. It is made up of annual subscription fees of EUR 39.600,00 for each "
            "of the three contract years and the one-off setup fee of EUR 9.500,00.",
            "The Provider warrants that the per-user price charged to the Customer will not exceed the per-user price "
            "it charges any other customer in Germany for a comparable volume and term. If it does, the Provider "
            "shall reduce the Customer's price to match from the date of the more favourable price."]),
        ("Invoicing and payment", [
            "The Provider invoices the annual subscription fees annually in advance at the beginning of each contract "
            "year. The setup fee is invoiced together with the first annual invoice.",
            "Invoices are payable within thirty (30) days of receipt without deduction. Invoices shall be sent in "
            "electronic form to rechnungseingang@hofmeister-mb.example."]),
    ] + clauses_from_bp(GEN1) + [
        ("Final provisions", [
            "This Agreement is governed by the law of the Federal Republic of Germany, excluding the UN Convention on "
            "Contracts for the International Sale of Goods. The exclusive place of jurisdiction is Munich.",
            "Amendments to this Agreement must be made in writing. This also applies to any waiver of the written "
            "form requirement."]),
    ]
    r = {
        "running_head": f"Software-as-a-Service Agreement BSW-2026-0311 - {C}", "initials": "BSW / HMB",
        "title": "SOFTWARE-AS-A-SERVICE AGREEMENT", "number_line": "Agreement No. BSW-2026-0311",
        "parties": [(V, "Leopoldstrasse 212, 80804 Munich, Germany", "- hereinafter \"Provider\" -"),
                    (C, "Industriestrasse 14, 73430 Aalen, Germany", "- hereinafter \"Customer\" -")],
        "recital": ("The Customer wishes to use the Provider's production planning software as a hosted service for "
                    "its plants in Aalen and Heidenheim. The parties therefore agree as follows:"),
        "clauses": clauses,
        "sig_intro": "Signed in two counterparts, one for each party.",
        "sigs": [
            {"place_date": "Munich, 01.03.2026", "sig": "K. Brennwald", "name": "Katharina Brennwald",
             "title": "Managing Director", "party": V},
            {"place_date": "Aalen, 27.02.2026", "sig": "J. Hofmeister", "name": "Jonas Hofmeister",
             "title": "Managing Director (Geschäftsführer)", "party": C},
        ],
        "schedule_title": "Schedule 1 - Order Schedule",
        "schedule_sub": "to the Software-as-a-Service Agreement No. BSW-2026-0311",
        "schedule_kv": [("Customer", C), ("Start Date", dt("2026-04-01")), ("Initial Term", "36 months"),
                        ("Invoicing", "annually in advance"), ("Currency", "EUR (net, plus VAT)")],
        "sched_cols": ["Pos.", "Item", "Art.-No.", "Qty", "Unit price", "Basis", "Amount"],
        "sched_widths": [10, 52, 20, 10, 24, 18, 26],
        "sched_aligns": ["CENTER", "LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "sched_rows": [
            ["1", "PlanWerk Cloud – Named User", "PW-NU", "60", de(540), "p.a.", de(32400)],
            ["2", "PlanWerk MES Connector", "PW-MES", "2", de(3600), "p.a.", de(7200)],
            ["3", "Setup and configuration", "PW-SETUP", "1", de(9500), "one-off", de(9500)],
        ],
        "sched_summary": [("Annual subscription fees (net)", "EUR " + de(39600), False),
                          ("One-off fees (net)", "EUR " + de(9500), False),
                          ("Total Initial Term, 36 months (net)", "EUR " + de(128300), True)],
        "sched_notes": ["All amounts in euro (EUR), net of VAT.",
                        "Named users may be reassigned to other employees not more than once a month."],
    }
    return {
        "folder": "msa-01", "layout": "msa", "terms": t, "r": r,
        "description": (
            "German numbered-clause SaaS agreement ('between ... and ...' preamble) with Schedule 1 order schedule; "
            "dotted dates and decimal-comma amounts (EUR 32.400,00 = 32400.00). The term is stated only as "
            "'thirty-six (36) months' from 01.04.2026, so service_end_date is null in terms and derived as 2029-03-31. "
            "TCV is written in words and figures in clause 3.2: one hundred and twenty-eight thousand three hundred "
            "euros (EUR 128.300,00) = 3 x (32,400 + 7,200) + 9,500 one-off. VAT 19% is excluded. Auto-extension "
            "by 12 months with 90 days' notice. The most-favoured-customer clause goes to non_standard_terms. The "
            "customer signed on 27.02.2026 but the agreement states its own Effective Date 01.03.2026."),
        "tags": ["numbered-clauses", "order-schedule", "between-preamble", "dotted-dates", "decimal-comma",
                 "words-and-figures", "derived-end-date", "mfn", "one-time-fee", "vat-excluded"],
        "derived": {"service_end_date": {"value": "2029-03-31", "rule": "start 2026-04-01 + 36 months - 1 day"}},
        "deal": deal("006-M3B8", "Hofmeister - PlanWerk Cloud 3y", C, "2026-03-01", cur, "128300.00",
                     "rechnungseingang@hofmeister-mb.example",
                     [("PlanWerk Cloud - Named User", 60, "1620.00", "97200.00"),
                      ("PlanWerk MES Connector", 2, "10800.00", "21600.00"),
                      ("Setup and configuration", 1, "9500.00", "9500.00")]),
    }


def msa_02():
    cur = "CHF"
    V, C = "Alpenlinie Data AG", "Rheintal Versicherungen AG"
    lines = [
        L("Claims Analytics Platform", 250, "210.00", "year", cur, net="52500.00", sku="CAP-USR",
          start="2026-07-01", end="2027-06-30"),
        L("Claims Analytics Platform", 400, "210.00", "year", cur, net="84000.00", sku="CAP-USR",
          start="2027-07-01", end="2028-06-30"),
        L("Data migration services", 1, "18000.00", "one_time", cur, net="18000.00", sku="CAP-MIG"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="ALD-2026-0098",
        billing_contact_email="kreditoren@rheintal-vers.example", currency=cur,
        effective_date="2026-05-15", service_start_date="2026-07-01", service_end_date="2028-06-30", term_months=24,
        auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
        billing_frequency="annual", billing_timing="advance", billing_anchor=None, po_required=False, po_number=None,
        line_items=lines, total_contract_value="154500.00", late_fee_percent_per_month="0.5",
        non_standard_terms=["Price hold: the Phase 2 unit price (CHF 210.00 per user per year) also applies to the "
                            "first 12-month renewal period"],
    )
    check_tcv(t, [1, 1, 1])
    assert words(154500) == "one hundred and fifty-four thousand five hundred"
    clauses = [
        ("Purpose", [
            "The Provider grants the Customer access to its Claims Analytics Platform as a cloud service and performs "
            "the migration services described in Annex A (Order Schedule), which forms part of this Agreement."]),
        ("Duration", [
            "This Agreement takes effect on 15.05.2026.",
            "The subscription period runs from 01.07.2026 to 30.06.2028 (24 months). It is divided into two phases "
            "with different user volumes, as set out in Annex A.",
            "The subscription is then renewed for successive periods of 12 months unless either party terminates it "
            "in writing with sixty (60) days' notice before the end of the current period."]),
        ("Remuneration", [
            "The fees are set out in Annex A. They are stated in Swiss francs (CHF) and exclude Swiss value added tax "
            "(currently 8.1 %), which is charged in addition.",
            "The total remuneration for the subscription period amounts to one hundred and fifty-four thousand five "
            "hundred Swiss francs (CHF 154'500.00), excluding VAT.",
            "The unit price applicable in Phase 2 also applies throughout the first renewal period; the Provider "
            "shall not increase it for that period."]),
        ("Invoicing and payment", [
            "The subscription fee for each phase is invoiced annually in advance at the start of that phase. The "
            "migration services are invoiced on 01.07.2026.",
            "Invoices are payable within 30 days of the invoice date. Amounts not paid when due bear default interest "
            "of 0.5 % per month.",
            "Invoices are to be sent to kreditoren@rheintal-vers.example."]),
    ] + clauses_from_bp(GEN2, LAW="Switzerland", VENUE="Zug") + [
        ("Final provisions", [
            "This Agreement is subject to Swiss law. The place of jurisdiction is Zug.",
            "Changes and additions must be made in writing to be valid."]),
    ]
    r = {
        "running_head": f"Contract No. ALD-2026-0098 - {V} / {C}", "initials": "ALD / RVA",
        "title": "SOFTWARE SUBSCRIPTION AGREEMENT", "number_line": "Contract No. ALD-2026-0098",
        "parties": [(C, "Bahnhofstrasse 9, 9450 Altstätten, Switzerland", "(the \"Customer\")"),
                    (V, "Baarerstrasse 41, 6300 Zug, Switzerland", "(the \"Provider\")")],
        "recital": ("The Customer intends to analyse its motor and property claims with the Provider's platform, "
                    "starting with its claims centre and extending to its regional offices in a second phase. "
                    "The parties therefore agree:"),
        "clauses": clauses,
        "sig_intro": "Two originals have been signed, one for each party.",
        "sigs": [
            {"place_date": "Altstätten, 15.05.2026", "sig": "U. Keller", "name": "Urs Keller",
             "title": "Chief Operating Officer", "party": C},
            {"place_date": "Zug, 15.05.2026", "sig": "C. Imfeld", "name": "Claudia Imfeld",
             "title": "Chief Executive Officer", "party": V},
        ],
        "schedule_title": "Annex A - Order Schedule", "schedule_sub": "to Contract No. ALD-2026-0098",
        "schedule_kv": [("Subscription period", "01.07.2026 - 30.06.2028"), ("Currency", "CHF, excluding VAT"),
                        ("Invoicing", "per phase, annually in advance")],
        "sched_cols": ["Phase / period", "Item", "Users", "CHF per user p.a.", "CHF p.a."],
        "sched_widths": [44, 44, 16, 28, 28],
        "sched_aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT"],
        "sched_rows": [
            ["Phase 1 (01.07.2026 – 30.06.2027)", "Claims Analytics Platform", "250", ch(210), ch(52500)],
            ["Phase 2 (01.07.2027 – 30.06.2028)", "Claims Analytics Platform", "400", ch(210), ch(84000)],
            ["One-off", "Data migration services", "1", ch(18000), ch(18000)],
        ],
        "sched_summary": [("Total subscription period (excl. VAT)", "CHF " + ch(154500), True)],
        "sched_notes": ["Item code for the platform: CAP-USR; migration services: CAP-MIG.",
                        "Users above the phase volume may be added at any time at the same unit price, pro rata "
                        "to the end of the phase."],
    }
    return {
        "folder": "msa-02", "layout": "msa", "terms": t, "r": r,
        "description": (
            "Swiss numbered-clause agreement (customer named first in the preamble) with an Annex A order schedule. "
            "Swiss number format with apostrophes (CHF 52'500.00). Ramp written as 'Phase 1 (01.07.2026 - "
            "30.06.2027)' / 'Phase 2 (...)': one line per phase with its own dates, 250 then 400 users at CHF 210.00 "
            "per user per year, plus one-off migration CHF 18'000.00. Total in words and figures (CHF 154'500.00) = "
            "52,500 + 84,000 + 18,000; VAT 8.1% excluded. SKUs appear only in a note under the table. Late "
            "interest 0.5% per month. Price hold for the first renewal recorded as a non-standard term."),
        "tags": ["numbered-clauses", "order-schedule", "between-preamble", "dotted-dates", "apostrophe-thousands",
                 "ramp", "phase-ramp", "words-and-figures", "late-fee", "chf", "vat-excluded"],
        "deal": deal("006-M4C1", "Rheintal Versicherungen - Claims Analytics", C, "2026-05-15", cur, "154500.00",
                     "kreditoren@rheintal-vers.example",
                     [("Claims Analytics Platform - Phase 1", 250, "210.00", "52500.00"),
                      ("Claims Analytics Platform - Phase 2", 400, "210.00", "84000.00"),
                      ("Data migration services", 1, "18000.00", "18000.00")]),
    }


def msa_03():
    cur = "EUR"
    V, C = "Donaukanal Systems GmbH", "Steiermark Holzbau GmbH & Co KG"
    lines = [
        L("Bauakte Pro", 25, "49.00", "month", cur, disc="15", net="1041.25", sku="BA-PRO"),
        L("Mobile Site App", 25, "12.00", "month", cur, net="300.00", sku="BA-MOB"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="DKS-V-2026-044",
        billing_contact_email="buchhaltung@stmk-holzbau.example", currency=cur,
        effective_date="2026-03-02", service_start_date="2026-03-15", service_end_date="2027-03-14", term_months=12,
        auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=14,
        billing_frequency="monthly", billing_timing="advance", billing_anchor="day:1", po_required=True,
        po_number="4500098817", line_items=lines, total_contract_value="16095.00", late_fee_percent_per_month="1",
    )
    check_tcv(t, [12, 12])
    assert words(16095) == "sixteen thousand and ninety-five"
    clauses = [
        ("Subject of the contract", [
            "The Provider provides the Customer with the construction documentation software Bauakte Pro and the "
            "Mobile Site App as an online service for the number of users stated in the Order Schedule (Annex 1)."]),
        ("Contract period", [
            "This contract is effective from 02.03.2026.",
            "The subscription runs for twelve (12) months, from 15.03.2026 to 14.03.2027.",
            "It is extended automatically by a further twelve (12) months each time unless it is terminated by "
            "either party with thirty (30) days' notice to the end of the current term."]),
        ("Fees", [
            "The monthly fees are set out in Annex 1 and amount to EUR 1.341,25 net per month after the agreed "
            "discount. The total for the contract period is sixteen thousand and ninety-five euros (EUR 16.095,00) "
            "net, plus 20 % Austrian VAT.",
            "The discount of 15 % on Bauakte Pro applies to the initial contract period only."]),
        ("Invoicing and payment", [
            "Invoices are issued monthly in advance on the 1st day of each month. The first invoice covers the period "
            "from 15.03.2026 to 31.03.2026 pro rata.",
            "Invoices are payable within fourteen (14) days of the invoice date. Late payments bear interest at 1 % "
            "per month.",
            "Each invoice must state the Customer's purchase order number 4500098817. Invoices without this number "
            "will be returned unprocessed. Invoices are to be sent to buchhaltung@stmk-holzbau.example."]),
    ] + clauses_from_bp(GEN1, LAW="Austria", VENUE="Vienna") + [
        ("Final provisions", [
            "Austrian law applies, excluding its conflict-of-law rules. The competent court in Vienna has "
            "jurisdiction.",
            "Side agreements have not been made. Changes require written form."]),
    ]
    r = {
        "running_head": f"Subscription contract DKS-V-2026-044 - {C}", "initials": "DKS / SHB",
        "title": "SUBSCRIPTION CONTRACT FOR ONLINE SERVICES", "number_line": "Contract No. DKS-V-2026-044",
        "parties": [(C, "Grazer Strasse 120, 8200 Gleisdorf, Austria", "(\"Customer\")"),
                    (V, "Obere Donaustrasse 63, 1020 Vienna, Austria", "(\"Provider\")")],
        "recital": ("The Customer builds timber-frame houses and wants to keep its site documentation in one "
                    "online system. The parties agree as follows:"),
        "clauses": clauses,
        "sig_intro": "Signed by the authorised representatives of both parties.",
        "sigs": [
            {"place_date": "Gleisdorf, 02.03.2026", "sig": "M. Pichler", "name": "Markus Pichler",
             "title": "Authorised Officer (Prokurist)", "party": C},
            {"place_date": "Vienna, 02.03.2026", "sig": "E. Wagner", "name": "Elisabeth Wagner",
             "title": "Managing Director", "party": V},
        ],
        "schedule_title": "Annex 1 - Order Schedule", "schedule_sub": "to Contract No. DKS-V-2026-044",
        "schedule_kv": [("Start of service", dt("2026-03-15")), ("Users", "25"),
                        ("Purchase order", "4500098817")],
        "sched_cols": ["Pos.", "Description", "Art.-No.", "Qty", "List price / month", "Discount", "Net / month"],
        "sched_widths": [10, 40, 20, 12, 28, 20, 30],
        "sched_aligns": ["CENTER", "LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "sched_rows": [
            ["1", "Bauakte Pro", "BA-PRO", "25", "EUR " + de(49), "15 %", "EUR " + de("1041.25")],
            ["2", "Mobile Site App", "BA-MOB", "25", "EUR " + de(12), "-", "EUR " + de(300)],
        ],
        "sched_summary": [("Monthly total (net)", "EUR " + de("1341.25"), False),
                          ("Total contract period, 12 months (net)", "EUR " + de(16095), True)],
        "sched_notes": ["All prices in euro, net, plus VAT at the statutory rate."],
    }
    return {
        "folder": "msa-03", "layout": "msa", "terms": t, "r": r,
        "description": (
            "Austrian numbered-clause subscription contract with Annex 1. Monthly prices with a 15% discount on Bauakte "
            "Pro: 25 x 49,00 = 1.225,00 less 15% = 1.041,25 net per month (unit_price is the list 49.00); Mobile "
            "Site App 25 x 12,00 = 300,00. Monthly 1.341,25 x 12 = EUR 16.095,00, stated in words and figures. "
            "Invoices on the 1st of each month in advance (day:1) even though service starts 15.03.2026 (first "
            "invoice pro rata). PO 4500098817 must appear on invoices. Late interest 1% per month. CRM MISMATCH ON "
            "PURPOSE: the deal amount 18300.00 is the list value before the 15% discount (the rep did not apply it); "
            "the signed contract total is 16,095.00."),
        "tags": ["numbered-clauses", "order-schedule", "between-preamble", "dotted-dates", "decimal-comma",
                 "words-and-figures", "discount", "monthly-billing", "po-required", "late-fee", "crm-mismatch"],
        "deal": deal("006-M6D4", "Steiermark Holzbau - Bauakte Pro", C, "2026-03-02", cur, "18300.00",
                     "buchhaltung@stmk-holzbau.example",
                     [("Bauakte Pro", 25, "588.00", "14700.00"),
                      ("Mobile Site App", 25, "144.00", "3600.00")]),
    }


def msa_04():
    cur = "EUR"
    V, C = "Brennwald Software GmbH", "Kleemann Energie AG"
    lines = [
        L("Meter Data Hub – Base Fee", 1, "6000.00", "quarter", cur, net="6000.00", sku="MDH-BASE"),
        L("Dedicated EU Hosting", 1, "1500.00", "quarter", cur, net="1500.00", sku="MDH-HOST"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="BSW-2026-0587",
        billing_contact_email="eingangsrechnungen@kleemann-energie.example", currency=cur,
        effective_date="2026-09-14", service_start_date="2026-10-01", service_end_date="2029-09-30", term_months=36,
        auto_renew=False, renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30,
        billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter",
        po_required=False, po_number=None, line_items=lines, total_contract_value=None,
        minimum_commitment=MC("40000.00", "year", cur),
        usage_rules=[U("transactions", "transaction", 2000000, "quarter", "graduated",
                       [(8000000, "0.0025"), (None, "0.0015")], "quarterly", "arrears")],
        price_escalator_percent="2.5",
        non_standard_terms=["Unused included transactions carry over to the following quarter within the same "
                            "contract year"],
    )
    clauses = [
        ("Subject matter", [
            "The Provider operates the Meter Data Hub for the Customer as a managed cloud service, including the "
            "collection, validation and delivery of metering data, as described in Schedule 1."]),
        ("Term", [
            "This Agreement becomes effective on 14.09.2026.",
            "The Services are provided from 01.10.2026 to 30.09.2029, that is for three (3) years.",
            "The Agreement ends on expiry of that period without notice being required. The parties will begin "
            "talks about a follow-up agreement no later than six months before expiry."]),
        ("Fees", [
            "The Customer pays the quarterly base fees set out in Schedule 1. All fees are net; statutory VAT is "
            "payable in addition.",
            "The base fees include 2.000.000 transactions per calendar quarter. Included transactions that are not "
            "used in a quarter may be carried over to the following quarter of the same contract year, but not "
            "beyond it.",
            "Transactions above the included volume in a quarter are charged on a graduated basis: the first "
            "8.000.000 additional transactions in the quarter at EUR 0,0025 each and each further transaction at "
            "EUR 0,0015.",
            "The Customer commits to total fees (base fees and transaction fees together) of at least EUR 40.000,00 "
            "per contract year. Any shortfall is invoiced at the end of the contract year.",
            "All fees increase by 2,5 % on each anniversary of the start of the Services (01.10.)."]),
        ("Invoicing and payment", [
            "Base fees are invoiced quarterly in advance at the beginning of each calendar quarter. Transaction fees "
            "are invoiced quarterly in arrears.",
            "Invoices are due within 30 days of the invoice date and are to be sent to "
            "eingangsrechnungen@kleemann-energie.example."]),
    ] + clauses_from_bp(["access", "customer", "availability", "support", "dp", "security", "conf", "ip",
                         "warranty", "liability", "termination", "exit", "fm", "notices", "misc"],
                        LAW="the Federal Republic of Germany", VENUE="Bremen") + [
        ("Final provisions", [
            "German law applies. The place of jurisdiction is Bremen.",
            "Should any provision be invalid, the parties shall replace it with a valid provision that comes as "
            "close as possible to the commercial purpose of the invalid one."]),
    ]
    r = {
        "running_head": f"Managed Service Agreement BSW-2026-0587 - {C}", "initials": "BSW / KEA",
        "title": "MANAGED CLOUD SERVICE AGREEMENT", "number_line": "Agreement No. BSW-2026-0587",
        "parties": [(V, "Leopoldstrasse 212, 80804 Munich, Germany", "- \"Provider\" -"),
                    (C, "Am Hafen 3, 28217 Bremen, Germany", "- \"Customer\" -")],
        "recital": ("The Customer operates metering points in northern Germany and needs a reliable platform for "
                    "its meter data. The parties therefore agree as follows:"),
        "clauses": clauses,
        "sig_intro": "Signed by duly authorised representatives.",
        "sigs": [
            {"place_date": "Munich, 14.09.2026", "sig": "K. Brennwald", "name": "Katharina Brennwald",
             "title": "Managing Director", "party": V},
            {"place_date": "Bremen, 14.09.2026", "sig": "H. Kleemann", "name": "Dr. Henrik Kleemann",
             "title": "Member of the Management Board", "party": C},
        ],
        "schedule_title": "Schedule 1 - Services and Fees", "schedule_sub": "to Agreement No. BSW-2026-0587",
        "schedule_kv": [("Service period", dt("2026-10-01") + " - " + dt("2029-09-30")),
                        ("Invoicing", "quarterly; base fees in advance, transactions in arrears")],
        "sched_cols": ["Pos.", "Item", "Art.-No.", "Qty", "Price per quarter", "Amount per quarter"],
        "sched_widths": [10, 54, 22, 12, 30, 32],
        "sched_aligns": ["CENTER", "LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT"],
        "sched_rows": [
            ["1", "Meter Data Hub – Base Fee", "MDH-BASE", "1", "EUR " + de(6000), "EUR " + de(6000)],
            ["2", "Dedicated EU Hosting", "MDH-HOST", "1", "EUR " + de(1500), "EUR " + de(1500)],
        ],
        "sched_summary": [("Base fees per quarter (net)", "EUR " + de(7500), True)],
        "sched_notes": [
            "Transaction rate card (per calendar quarter): included in base fees 2.000.000 transactions; "
            "additional transactions 1 to 8.000.000: EUR 0,0025 each; each additional transaction above 8.000.000: "
            "EUR 0,0015.",
            "Minimum annual commitment: EUR 40.000,00 per contract year (see clause 3.4)."],
    }
    return {
        "folder": "msa-04", "layout": "msa", "terms": t, "r": r,
        "description": (
            "German managed-service agreement with usage pricing. Base fees priced per quarter (6.000,00 + 1.500,00) "
            "and invoiced quarterly in advance at the start of each calendar quarter. 2.000.000 transactions are "
            "included per quarter; tiers are defined on ADDITIONAL transactions beyond the included volume (first "
            "8.000.000 additional at EUR 0,0025, then 0,0015), so up_to is 8000000 counted from the first additional "
            "transaction. Minimum annual commitment EUR 40.000,00 (base + usage). Fees rise 2.5% each anniversary. "
            "Fixed three-year term with no automatic renewal; the 'six months' renewal-talks clause is not a notice "
            "period. No total contract value is stated; the deal amount is the escalated base fees 30,000 + 30,750 + "
            "31,518.75 = 92,268.75 (usage not included). Carry-over of unused transactions is a non-standard term."),
        "tags": ["numbered-clauses", "usage", "graduated-tiers", "min-commitment", "escalator", "quarterly-billing",
                 "calendar-quarter", "dotted-dates", "decimal-comma", "no-auto-renew"],
        "deal": deal("006-M9E2", "Kleemann Energie - Meter Data Hub", C, "2026-09-14", cur, "92268.75",
                     "eingangsrechnungen@kleemann-energie.example",
                     [("Base fees year 1", 1, "30000.00", "30000.00"),
                      ("Base fees year 2 (+2.5%)", 1, "30750.00", "30750.00"),
                      ("Base fees year 3 (+2.5%)", 1, "31518.75", "31518.75")]),
    }


FORMS = [msa_01, msa_02, msa_03, msa_04]
