"""Layout `grid`: Swiss vendor's order form whose first page is a two-column key-terms grid, followed by a fee
schedule that groups ramp steps as 'Phase 1 (1 Mar 2026 – 28 Feb 2027)'.  Dates '1 Mar 2026'."""
from bb_lib import L, U, MC, terms, deal, fnum, fd, bp, check_tcv

LQ = {"name": "Limmatquai Software AG",
      "addr": "Limmatquai 78, 8001 Zürich, Switzerland  ·  CHE-112.345.678 MWST"}
V = LQ["name"]


def d(iso):
    return fd(iso, "abbr")


def chf(v, dec=2):
    return "CHF " + fnum(v, "ch", dec)


def phase(n, a, b):
    return f"Phase {n} ({d(a)} – {d(b)})"


GT = ["definitions", "access", "customer", "aup", "availability", "support", "dp", "security", "conf", "ip",
      "warranty", "liability", "suspension", "termination", "exit", "fm", "assign", "notices", "entire", "taxes",
      "misc"]


def grid_01():
    cur = "CHF"
    C = "Bergli Horlogerie SA"
    P = [("2026-03-01", "2027-02-28", 50, "51000.00"), ("2027-03-01", "2028-02-29", 80, "81600.00"),
         ("2028-03-01", "2029-02-28", 120, "122400.00")]
    lines = [L("Supply Chain Cloud", q, "1020.00", "year", cur, net=n, sku="SCC-U", start=a, end=b)
             for a, b, q, n in P]
    lines.append(L("Set-up and data onboarding", 1, "12500.00", "one_time", cur, net="12500.00", sku="SCC-SET"))
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LQ-OF-26-1043",
        billing_contact_email="comptabilite@bergli-horlogerie.example", currency=cur, effective_date="2026-02-16",
        service_start_date="2026-03-01", service_end_date="2029-02-28", term_months=36, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="267500.00", price_escalator_percent="4",
    )
    check_tcv(t, [1, 1, 1, 1])
    rows = []
    for i, (a, b, q, n) in enumerate(P, 1):
        rows.append(("__span__", phase(i, a, b), (246, 232, 236)))
        rows.append(["Supply Chain Cloud", "SCC-U", str(q), chf(1020), chf(n)])
    rows.append(("__span__", "One-time", (246, 232, 236)))
    rows.append(["Set-up and data onboarding", "SCC-SET", "1", chf(12500) + " (once)", chf(12500)])
    r = {
        "vendor": LQ, "ref": "LQ-OF-26-1043", "title": "Order Form - Key Terms",
        "intro": ("This Order Form sets out the commercial terms agreed between the parties. The Limmatquai General "
                  "Terms printed at the end of this document apply to it."),
        "grid": [
            ("Order Reference", "LQ-OF-26-1043"),
            ("Customer", f"{C}, Rue du Marché 12, 2300 La Chaux-de-Fonds, Switzerland"),
            ("Supplier", f"{V}, Zürich"),
            ("Effective Date", d("2026-02-16")),
            ("Subscription Start", d("2026-03-01")),
            ("Subscription End", d("2029-02-28")),
            ("Initial Term", "36 months, in three Phases (see Fee Schedule)"),
            ("Currency", "Swiss francs (CHF), excluding VAT"),
            ("Invoicing", "Annually in advance at the start of each Phase; set-up fee with the first invoice"),
            ("Payment Terms", "30 days net"),
            ("Renewal", "Automatic renewal for 12-month periods unless either party gives 90 days' written notice "
                        "before the end of the current term"),
            ("Renewal Pricing", "Unit prices increase by 4% at each renewal"),
            ("Invoice Address", "comptabilite@bergli-horlogerie.example"),
        ],
        "fee_title": "Fee Schedule",
        "cols": ["Item", "Code", "Users", "Price / user / year", "Annual fee"], "widths": [64, 24, 18, 34, 34],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT"], "rows": rows,
        "summary": [("Total Contract Value (36 months)", chf(267500), True)],
        "sections": [("Notes", ["All prices exclude Swiss VAT (currently 8.1%), which is added to each invoice."])],
        "sig_intro": "Signed for and on behalf of the parties:",
        "sigs": [
            {"heading": f"For {C}", "sig": "C. Robert", "name": "Claire Robert", "title": "Directrice financière",
             "date": d("2026-02-16")},
            {"heading": f"For {V}", "sig": "T. Brunner", "name": "Thomas Brunner", "title": "Head of Sales",
             "date": d("2026-02-16")},
        ],
        "terms_title": "Limmatquai General Terms",
        "terms": bp(GT + ["law"], S="Supplier", LAW="Switzerland", VENUE="Zürich"),
    }
    return {
        "folder": "grid-01", "layout": "grid", "terms": t, "r": r,
        "description": (
            "Swiss key-terms grid with a three-phase ramp in the fee schedule, each phase as a heading row 'Phase N "
            "(1 Mar 2026 – 28 Feb 2027)'. One line per phase with its own dates (Phase 2 ends 29 Feb 2028, leap "
            "year): 50 / 80 / 120 users x CHF 1'020.00 per user per year = 51'000.00 / 81'600.00 / 122'400.00, plus "
            "one-time set-up 12'500.00; stated TCV 267'500.00 excl. VAT. Apostrophe thousands. 'Unit prices increase "
            "by 4% at each renewal' -> price_escalator_percent 4. Auto-renews 12 months, 90 days' notice."),
        "tags": ["key-terms-grid", "ramp", "phase-ramp", "leap-year", "apostrophe-thousands", "escalator",
                 "one-time-fee", "chf", "vat-excluded"],
        "deal": deal("006-G1H5", "Bergli Horlogerie - Supply Chain Cloud 3y", C, "2026-02-16", cur, "267500.00",
                     "comptabilite@bergli-horlogerie.example",
                     [("Supply Chain Cloud - Phase 1", 50, "1020.00", "51000.00"),
                      ("Supply Chain Cloud - Phase 2", 80, "1020.00", "81600.00"),
                      ("Supply Chain Cloud - Phase 3", 120, "1020.00", "122400.00"),
                      ("Set-up and data onboarding", 1, "12500.00", "12500.00")]),
    }


def grid_02():
    cur = "EUR"
    C = "Atelier Verhaegen SRL"
    e = lambda v: "€ " + fnum(v, "de")  # noqa: E731
    lines = [
        L("Design Review Cloud", 30, "600.00", "year", cur, disc="30", net="12600.00", start="2026-06-01",
          end="2027-05-31"),
        L("Design Review Cloud", 30, "600.00", "year", cur, disc="15", net="15300.00", start="2027-06-01",
          end="2028-05-31"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LQ-OF-26-1122",
        billing_contact_email="factures@atelier-verhaegen.example", currency=cur, effective_date="2026-05-20",
        service_start_date="2026-06-01", service_end_date="2028-05-31", term_months=24, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=45, payment_terms_days=30, billing_frequency="semiannual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="27900.00",
        non_standard_terms=["Customer may terminate with effect from the end of Phase 1 (31 May 2027) on 60 days' "
                            "written notice without further liability"],
    )
    check_tcv(t, [1, 1])
    r = {
        "vendor": LQ, "ref": "LQ-OF-26-1122", "title": "Order Form - Key Terms",
        "intro": "Key commercial terms. The Limmatquai General Terms at the end of this document also apply.",
        "grid": [
            ("Order Reference", "LQ-OF-26-1122"),
            ("Customer", f"{C}, Chaussée de Wavre 214, 1050 Ixelles, Belgium  (VAT BE 0712.345.678)"),
            ("Effective Date", d("2026-05-20")),
            ("Service Period", f"{d('2026-06-01')} – {d('2028-05-31')} (24 months)"),
            ("Billing", "Semi-annually in advance"),
            ("Payment", "30 days from invoice date"),
            ("Renewal", "Renews for successive 12-month periods unless either party gives 45 days' notice before "
                        "the end of the current period"),
            ("Early exit", "Customer may terminate with effect from the end of Phase 1 (31 May 2027) on 60 days' "
                           "written notice, without further liability"),
            ("Accounts Payable", "factures@atelier-verhaegen.example"),
            ("VAT", "Prices exclude VAT; reverse charge applies"),
        ],
        "fee_title": "Fee Schedule",
        "cols": ["Phase", "Product", "Seats", "List price / seat / yr", "Discount", "Net annual fee"],
        "widths": [44, 38, 14, 30, 18, 30], "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT", "CENTER", "RIGHT"],
        "rows": [
            [phase(1, "2026-06-01", "2027-05-31"), "Design Review Cloud", "30", e(600), "30%", e(12600)],
            [phase(2, "2027-06-01", "2028-05-31"), "Design Review Cloud", "30", e(600), "15%", e(15300)],
        ],
        "summary": [("Total for the Service Period", e(27900), True)],
        "sections": [],
        "sig_intro": "Agreed:",
        "sigs": [
            {"heading": f"For {C}", "sig": "L. Verhaegen", "name": "Lotte Verhaegen", "title": "Gérante",
             "date": d("2026-05-20")},
            {"heading": f"For {V}", "sig": "T. Brunner", "name": "Thomas Brunner", "title": "Head of Sales",
             "date": d("2026-05-19")},
        ],
        "terms_title": "Limmatquai General Terms",
        "terms": bp(GT + ["law"], S="Supplier", LAW="Switzerland", VENUE="Zürich"),
    }
    return {
        "folder": "grid-02", "layout": "grid", "terms": t, "r": r,
        "description": (
            "Key-terms grid for a Belgian customer in EUR with decimal commas (€ 12.600,00). Two phases with the same "
            "30 seats at € 600,00 list but a stepped-down discount: Phase 1 30% -> 12.600,00, Phase 2 15% -> "
            "15.300,00; one line per phase with its own dates; stated total 27.900,00. Billed semi-annually in "
            "advance. No item codes printed (sku null). Early-exit right at the end of Phase 1 recorded as "
            "non-standard; renewal notice 45 days."),
        "tags": ["key-terms-grid", "ramp", "phase-ramp", "discount-step", "decimal-comma", "semiannual-billing",
                 "termination-for-convenience", "eur"],
        "deal": deal("006-G2J8", "Atelier Verhaegen - Design Review Cloud", C, "2026-05-20", cur, "27900.00",
                     "factures@atelier-verhaegen.example",
                     [("Design Review Cloud - Phase 1", 30, "420.00", "12600.00"),
                      ("Design Review Cloud - Phase 2", 30, "510.00", "15300.00")]),
    }


def grid_03():
    cur = "GBP"
    C = "Tayside Renewables plc"
    g = lambda v: "£" + fnum(v, "en")  # noqa: E731
    lines = [
        L("Grid Forecasting Service", 1, "4000.00", "month", cur, net="4000.00", start="2027-01-01",
          end="2027-06-30"),
        L("Grid Forecasting Service", 1, "6500.00", "month", cur, net="6500.00", start="2027-07-01",
          end="2028-12-31"),
        L("Model calibration", 1, "7500.00", "one_time", cur, net="7500.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LQ-OF-26-1310",
        billing_contact_email="invoices@taysiderenewables.example", currency=cur, effective_date="2026-12-14",
        service_start_date="2027-01-01", service_end_date="2028-12-31", term_months=24, auto_renew=False,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="monthly",
        billing_timing="advance", billing_anchor="calendar_month", po_required=True, po_number="PO-TR-88213",
        line_items=lines, total_contract_value="148500.00", late_fee_percent_per_month="1.25",
    )
    check_tcv(t, [6, 18, 1])
    r = {
        "vendor": LQ, "ref": "LQ-OF-26-1310", "title": "Order Form - Key Terms",
        "intro": ("Summary of the agreed commercial terms for the Grid Forecasting Service. The Limmatquai General "
                  "Terms (English law version) at the end of this document apply."),
        "grid": [
            ("Order Reference", "LQ-OF-26-1310"),
            ("Customer", f"{C}, 40 Riverside Drive, Dundee DD1 4XA, United Kingdom"),
            ("Effective Date", d("2026-12-14")),
            ("Term", f"24 months: {d('2027-01-01')} to {d('2028-12-31')}"),
            ("Billing", "Monthly in advance, one invoice for each calendar month"),
            ("Payment", "30 days"),
            ("Late payment", "Interest of 1.25% per month on overdue sums"),
            ("Purchase Order", "PO-TR-88213 - to be quoted on all invoices"),
            ("Renewal", "No automatic renewal; any extension by written agreement"),
            ("Invoices", "invoices@taysiderenewables.example"),
        ],
        "fee_title": "Fee Schedule",
        "cols": ["Phase / period", "Service", "Monthly fee", "Months", "Phase total"],
        "widths": [58, 48, 28, 14, 26], "aligns": ["LEFT", "LEFT", "RIGHT", "CENTER", "RIGHT"],
        "rows": [
            [phase(1, "2027-01-01", "2027-06-30"), "Grid Forecasting Service", g(4000), "6", g(24000)],
            [phase(2, "2027-07-01", "2028-12-31"), "Grid Forecasting Service", g(6500), "18", g(117000)],
            ["One-time", "Model calibration", g(7500) + " (one-off)", "-", g(7500)],
        ],
        "summary": [("Total Contract Value", g(148500), True)],
        "sections": [("Notes", ["Fees exclude VAT, which is charged at the standard rate. Phase 1 is a pilot "
                                "covering the Angus wind portfolio; Phase 2 extends the service to all sites."])],
        "sig_intro": "Signed by authorised signatories:",
        "sigs": [
            {"heading": f"For {C}", "sig": "I. Murray", "name": "Iain Murray", "title": "Chief Financial Officer",
             "date": d("2026-12-14")},
            {"heading": f"For {V}", "sig": "T. Brunner", "name": "Thomas Brunner", "title": "Head of Sales",
             "date": d("2026-12-11")},
        ],
        "terms_title": "Limmatquai General Terms (English law version)",
        "terms": bp(GT + ["law"], S="Supplier", LAW="Scotland", VENUE="Scotland"),
    }
    return {
        "folder": "grid-03", "layout": "grid", "terms": t, "r": r,
        "description": (
            "Key-terms grid in GBP with a two-phase MONTHLY ramp of unequal length: Phase 1 (1 Jan 2027 – 30 Jun "
            "2027) at £4,000.00 per month and Phase 2 (1 Jul 2027 – 31 Dec 2028) at £6,500.00 per month, one line "
            "each with price_period month and net_amount = the monthly fee shown (the 'Phase total' column 24,000 / "
            "117,000 is not a per-period amount); plus one-off model calibration 7,500.00. TCV 6 x 4,000 + 18 x "
            "6,500 + 7,500 = 148,500.00. Invoiced monthly in advance for each calendar month (billing_anchor "
            "calendar_month). PO required, late interest 1.25% per month, no auto-renewal."),
        "tags": ["key-terms-grid", "ramp", "phase-ramp", "monthly-prices", "monthly-billing", "calendar-month",
                 "po-required", "late-fee", "one-time-fee", "no-auto-renew", "gbp"],
        "deal": deal("006-G3K1", "Tayside Renewables - Grid Forecasting", C, "2026-12-14", cur, "148500.00",
                     "invoices@taysiderenewables.example",
                     [("Grid Forecasting Service - Phase 1", 6, "4000.00", "24000.00"),
                      ("Grid Forecasting Service - Phase 2", 18, "6500.00", "117000.00"),
                      ("Model calibration", 1, "7500.00", "7500.00")]),
    }


def grid_04():
    cur = "CHF"
    C = "Piz Lagrev Bergbahnen AG"
    lines = [L("Ticketing Platform", 1, "2500.00", "month", cur, net="2500.00", sku="TKT-PLAT")]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="LQ-OF-26-1388",
        billing_contact_email="buchhaltung@pizlagrev.example", currency=cur, effective_date="2026-11-10",
        service_start_date="2026-12-01", service_end_date="2027-11-30", term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=20, billing_frequency="monthly",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value=None, minimum_commitment=MC("60000.00", "year", cur),
        usage_rules=[U("tickets issued", "ticket", None, None, "graduated",
                       [(100000, "0.12"), (250000, "0.09"), (None, "0.06")], "monthly", "arrears")],
        non_standard_terms=["Minimum annual usage commitment reduced pro rata for each full day the lifts are closed "
                            "by order of the authorities"],
    )
    r = {
        "vendor": LQ, "ref": "LQ-OF-26-1388", "title": "Order Form - Key Terms",
        "intro": "Key terms for the Limmatquai ticketing platform. The Limmatquai General Terms apply.",
        "grid": [
            ("Order Reference", "LQ-OF-26-1388"),
            ("Customer", f"{C}, Via dal Bagn 50, 7500 St. Moritz, Switzerland"),
            ("Effective Date", d("2026-11-10")),
            ("Service Start", d("2026-12-01")),
            ("Service End", d("2027-11-30")),
            ("Term", "12 months"),
            ("Platform fee billing", "Monthly in advance"),
            ("Usage billing", "Monthly in arrears, on the tickets issued in the previous calendar month"),
            ("Payment", "20 days net"),
            ("Minimum commitment", "Usage fees of at least CHF 60'000.00 per contract year"),
            ("Renewal", "Renews for 12 months at a time; 60 days' notice of non-renewal"),
            ("Invoices", "buchhaltung@pizlagrev.example"),
        ],
        "fee_title": "Fee Schedule",
        "cols": ["Item", "Code", "Qty", "Monthly fee"], "widths": [90, 30, 20, 34],
        "aligns": ["LEFT", "LEFT", "CENTER", "RIGHT"],
        "rows": [["Ticketing Platform", "TKT-PLAT", "1", chf(2500)]],
        "summary": [],
        "extra_tables": [
            ("Usage - tickets issued (graduated, per calendar month)", ["Band", "Tickets in the month",
                                                                        "Price per ticket"], [30, 90, 54],
             ["CENTER", "LEFT", "RIGHT"],
             [["1", "1 – 100'000", chf("0.12")], ["2", "100'001 – 250'000", chf("0.09")],
              ["3", "above 250'000", chf("0.06")]],
             "Each band's price applies only to the tickets that fall within that band (graduated pricing). There "
             "is no free allowance."),
        ],
        "sections": [("Minimum commitment", [
            "The Customer commits to usage fees of at least CHF 60'000.00 per contract year. Any shortfall is "
            "invoiced with the last monthly invoice of the contract year. The minimum is reduced pro rata for each "
            "full day on which the lifts are closed by order of the authorities.",
            "All prices exclude Swiss VAT."])],
        "sig_intro": "Signed:",
        "sigs": [
            {"heading": f"For {C}", "sig": "G. Giacometti", "name": "Gian Giacometti", "title": "Direktor",
             "date": d("2026-11-10")},
            {"heading": f"For {V}", "sig": "T. Brunner", "name": "Thomas Brunner", "title": "Head of Sales",
             "date": d("2026-11-09")},
        ],
        "terms_title": "Limmatquai General Terms",
        "terms": bp(GT + ["law"], S="Supplier", LAW="Switzerland", VENUE="Zürich"),
    }
    return {
        "folder": "grid-04", "layout": "grid", "terms": t, "r": r,
        "description": (
            "Key-terms grid for a Swiss mountain railway: a fixed platform fee of CHF 2'500.00 per month (monthly in "
            "advance) plus graduated per-ticket usage with no allowance: 1-100'000 at 0.12, 100'001-250'000 at 0.09, "
            "above 250'000 at 0.06, billed monthly in arrears (tiers bounded on total tickets in the month, since "
            "nothing is included). Minimum usage commitment CHF 60'000.00 per contract year; its pro-rata reduction "
            "for closure days is a non-standard term. No TCV stated. Deal amount = 12 x 2,500 + 60,000 committed "
            "usage = 90,000.00."),
        "tags": ["key-terms-grid", "usage", "graduated-tiers", "min-commitment", "monthly-billing",
                 "apostrophe-thousands", "chf"],
        "deal": deal("006-G4L6", "Piz Lagrev - Ticketing 2026/27", C, "2026-11-10", cur, "90000.00",
                     "buchhaltung@pizlagrev.example",
                     [("Ticketing Platform (12 months)", 12, "2500.00", "30000.00"),
                      ("Committed ticket usage", 1, "60000.00", "60000.00")]),
    }


FORMS = [grid_01, grid_02, grid_03, grid_04]
