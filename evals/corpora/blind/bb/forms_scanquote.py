"""Layout `scanquote`: a vendor quotation that the customer signs as an order form, rendered like a scanned
document (Times, skew, uneven spacing, hyphenation, page header repeated, table continued across pages with
its heading repeated, red seal on the acceptance page).  Asian vendors: JPY, INR, SGD."""
from bb_lib import L, U, MC, terms, deal, fnum, fd, bp, check_tcv

SK = "Sakuragawa Systems K.K."


def yen(v):
    return "¥" + fnum(v, "en", 0)


def rs(v):
    return "Rs. " + fnum(v, "in", 0) + "/-"


def row(spec, values):
    return [(x, v, a, w) for (x, a, w), v in zip(spec, values)]


def rule(ch="-", n=118):
    return [(0, ch * n, "L", 174)]


def terms_blocks(title, items):
    out = [("page",), ("h", title)]
    for n, (tt, text) in enumerate(items, 1):
        out.append(("p", f"{n}. {tt}. {text}"))
        out.append(("b",))
    return out


def scanquote_01():
    cur = "JPY"
    C = "Hoshino Precision Co., Ltd."
    # (code, description, qty, unit, disc, amount, period)
    items = [
        ("SL-CORE", "FactoryLink Core Platform", 1, 1800000, "10", 1620000, "year"),
        ("SL-SCH", "Production Scheduler", 1, 960000, None, 960000, "year"),
        ("SL-QIM", "Quality Inspection Module", 1, 720000, None, 720000, "year"),
        ("SL-MNT", "Maintenance Planner", 1, 540000, None, 540000, "year"),
        ("SL-TERM", "Shop-floor Terminal Licence", 24, 36000, None, 864000, "year"),
        ("SL-NU-P", "Named User - Planner", 15, 48000, None, 720000, "year"),
        ("SL-NU-V", "Named User - Viewer", 60, 12000, None, 720000, "year"),
        ("SL-IOT", "IoT Gateway Connector", 6, 60000, None, 360000, "year"),
        ("SL-ERP", "ERP Interface (SAP)", 1, 420000, None, 420000, "year"),
        ("SL-TRC", "Traceability Add-on", 1, 300000, None, 300000, "year"),
        ("SL-MOB", "Mobile App Licence", 20, 9600, None, 192000, "year"),
        ("SL-SBX", "Sandbox Environment", 1, 240000, None, 240000, "year"),
        ("SL-SUP", "Premium Support (24x7)", 1, 600000, None, 600000, "year"),
        ("SL-BKP", "Data Backup Extension (1 TB)", 2, 72000, None, 144000, "year"),
        ("SL-PS-SET", "Initial Setup", 1, 1500000, None, 1500000, "one_time"),
        ("SL-PS-TRN", "On-site Training Day", 4, 180000, None, 720000, "one_time"),
    ]
    lines = [L(desc, q, u, per, cur, disc=dsc, net=amt, sku=code) for code, desc, q, u, dsc, amt, per in items]
    t = terms(
        customer_legal_name=C, vendor_legal_name=SK, order_form_number="SQ-2026-0412",
        billing_contact_email="keiri@hoshino-precision.example", currency=cur, effective_date=None,
        service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=None, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="10620000",
    )
    check_tcv(t, [1] * 16)
    S = [(0, "L", 8), (8, "L", 24), (32, "L", 72), (112, "R", 10), (138, "R", 24), (150, "R", 11), (174, "R", 24)]
    head = [(row(S, ["No.", "Code", "Description", "Qty", "Unit price", "Disc.", "Amount"]), "B"), (rule(), "")]
    body = []
    for i, (code, desc, q, u, dsc, amt, per) in enumerate(items, 1):
        label = desc + (" (one-time)" if per == "one_time" else "")
        body.append(("cells", row(S, [str(i), code, label, str(q), yen(u), (dsc + "%") if dsc else "", yen(amt)])))
    T = [(96, "L", 50), (174, "R", 30)]
    blocks = [
        ("title", "Q U O T A T I O N   /   O R D E R   F O R M"),
        ("b",),
        ("l", f"To:   {C}"),
        ("l", "        1-8-5 Sumiyoshi, Naka-ku, Hamamatsu, Shizuoka 430-0906, Japan"),
        ("l", "        Attn: Purchasing Department"),
        ("b",),
        ("l", "Quotation No.: SQ-2026-0412        Date: 2026/03/02        Valid until: 2026/03/31"),
        ("l", "Currency: Japanese yen (JPY)        Our contact: Ms. Aiko Tanabe, Sales Department"),
        ("b",),
        ("p", "Thank you for your enquiry. We are pleased to submit our quotation for the FactoryLink cloud "
              "manufacturing suite as set out below. When the Customer signs the acceptance box at the end of this "
              "document, this quotation becomes a binding order form and takes effect on the date of the Customer's "
              "signature."),
        ("p", "Subscription period: 12 months, from 2026/04/01 to 2027/03/31. Prices are annual prices unless "
              "marked one-time, are stated in Japanese yen and exclude consumption tax."),
        ("p", "Scope: hosting and operation of the FactoryLink platform in our Tokyo and Osaka data centres; "
              "configuration of the scheduler, inspection and maintenance modules for the Customer's Hamamatsu and "
              "Kosai plants; connection of six IoT gateways on the machining lines; an interface to the Customer's "
              "SAP system for production orders and goods movements; and four days of on-site training for planners "
              "and line supervisors."),
        ("p", "Assumptions: the Customer provides network access to the plant floor, a project lead with authority "
              "to take decisions, and master data in the agreed template two weeks before the start of "
              "configuration. Work outside this scope will be quoted separately."),
        ("p", "Hosting and security: production and disaster-recovery environments are hosted in separate data "
              "centres in Japan. Data is encrypted in transit and at rest, and backups are kept for 35 days. The "
              "optional backup extension quoted below increases retained backup storage by 1 TB per unit."),
        ("p", "Project team: a project manager, two application consultants and an integration engineer will be "
              "assigned for the setup phase, which is expected to take eight weeks from the start of the "
              "subscription period. Progress meetings will be held every two weeks at the Hamamatsu plant or "
              "online."),
        ("p", "Service levels: the platform is operated 24 hours a day, with planned maintenance on the first "
              "Sunday of each month between 02:00 and 06:00 JST. Premium Support provides a one-hour response "
              "for priority-one incidents at any time."),
        ("h", "1. Quotation details"),
        ("thead", head),
    ] + body + [
        ("tend",),
        ("l", "-" * 118),
        ("cells", row(T, ["Annual subscription total", yen(8400000)])),
        ("cells", row(T, ["One-time charges", yen(2220000)])),
        ("cells", row(T, ["Total (excl. consumption tax)", yen(10620000)]), "B"),
        ("cells", row(T, ["Consumption tax (10%)", yen(1062000)])),
        ("cells", row(T, ["Total incl. consumption tax", yen(11682000)])),
        ("h", "2. Terms of this order"),
        ("p", "(1) Billing: the annual subscription is invoiced annually in advance on 2026/04/01. One-time charges "
              "are invoiced on completion of the initial setup."),
        ("p", "(2) Payment: by bank transfer by the end of the month following the month of invoice. Bank charges "
              "are borne by the Customer."),
        ("p", "(3) Renewal: the subscription renews automatically for one (1) year at a time unless either party "
              "notifies the other in writing at least ninety (90) days before expiry."),
        ("p", "(4) Invoices will be sent to keiri@hoshino-precision.example."),
        ("p", "(5) Our General Terms of Quotation on the following page apply."),
        ("keep", 12),
        ("h", "ORDER ACCEPTANCE"),
        ("p", "We order the products and services above on the terms of this quotation."),
        ("l", f"Customer: {C}"),
        ("l", "Name / title: Kenji Hoshino, Representative Director"),
        ("l", "Signature: [signed]                    Date: 2026/03/10                    (company seal)"),
        ("l", f"For {SK}: Aiko Tanabe, Sales Department   [signed]   2026/03/02"),
    ] + terms_blocks("General Terms of Quotation", bp(
        ["access", "customer", "availability", "support", "dp", "conf", "ip", "warranty", "liability",
         "termination", "exit", "fm", "notices", "entire", "law"], S="Vendor", LAW="Japan",
        VENUE="the Tokyo District Court"))
    r = {"head1": "SAKURAGAWA SYSTEMS K.K.",
         "head2": "3-14-2 Shiba, Minato-ku, Tokyo 105-0014, Japan    Tel +81-3-5400-1122",
         "head3": "QUOTATION / ORDER FORM   No. SQ-2026-0412",
         "footer": "Sakuragawa Systems K.K. - Quotation SQ-2026-0412", "blocks": blocks,
         "stamp": ("HOSHINO", "PRECISION"), "stamp_xy": (140, 4), "stamp_anchor": "ORDER ACCEPTANCE", "lpp": 47}
    return {
        "folder": "scanquote-01", "layout": "scanquote", "terms": t, "r": r,
        "description": (
            "Japanese quotation signed as an order form, scanned look, 16 priced lines whose table continues onto the "
            "next page with its heading repeated. JPY has no decimals. Core platform 1,800,000 less 10% = 1,620,000; "
            "recurring lines sum to 8,400,000 per year; one-time setup 1,500,000 and 4 training days x 180,000 = "
            "720,000; stated total excl. consumption tax 10,620,000 (= 12-month TCV). Consumption tax 10% and the "
            "incl.-tax total (11,682,000) are not fees. '(one-time)' is a period note, dropped from descriptions. "
            "Payment is 'by the end of the month following the month of invoice' - not a fixed Net N, so "
            "payment_terms_days is null. Order takes effect on the customer's signature date (2026/03/10), so "
            "effective_date is null and derived. Auto-renews yearly with 90 days' notice."),
        "tags": ["quote-as-order", "scanned-text", "jpy", "no-decimals", "multi-page-table", "discount",
                 "one-time-fee", "consumption-tax-excluded", "month-end-following-payment", "derived-effective-date",
                 "many-lines"],
        "derived": {"effective_date": {"value": "2026-03-10", "rule": "date of the Customer's signature in the "
                                                                      "acceptance box"}},
        "deal": deal("006-Q1J3", "Hoshino Precision - FactoryLink FY26", C, "2026-03-10", cur, "10620000",
                     "keiri@hoshino-precision.example",
                     [("FactoryLink annual subscription", 1, "8400000", "8400000"),
                      ("Initial Setup", 1, "1500000", "1500000"), ("On-site Training Day", 4, "180000", "720000")]),
    }


def scanquote_02():
    cur = "JPY"
    C = "Minato Kogyo Corporation"
    lines = [
        L("API Gateway - Enterprise", 1, 350000, "month", cur, net=350000, sku="SL-APIGW"),
        L("Developer Portal", 1, 80000, "month", cur, net=80000, sku="SL-DEVP"),
        L("Dedicated Tenant Surcharge", 1, 120000, "month", cur, net=120000, sku="SL-DED"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=SK, order_form_number="SQ-2026-0588",
        billing_contact_email="ap@minato-kogyo.example", currency=cur, effective_date="2026-05-20",
        service_start_date="2026-06-01", service_end_date="2029-05-31", term_months=36, auto_renew=False,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="19800000", minimum_commitment=MC(100000, "month", cur),
        usage_rules=[U("API requests", "request", None, None, "volume",
                       [(1000000, "0.8"), (5000000, "0.5"), (None, "0.3")], "monthly", "arrears")],
    )
    check_tcv(t, [36, 36, 36])
    S = [(0, "L", 8), (8, "L", 26), (34, "L", 76), (116, "R", 10), (143, "R", 26), (174, "R", 28)]
    head = [(row(S, ["No.", "Code", "Description", "Qty", "Monthly price", "Monthly amount"]), "B"), (rule(), "")]
    U3 = [(0, "L", 20), (20, "L", 70), (150, "R", 60)]
    blocks = [
        ("title", "Q U O T A T I O N   /   O R D E R   F O R M"),
        ("b",),
        ("l", f"To:   {C}"),
        ("l", "        2-6-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa 220-0012, Japan"),
        ("b",),
        ("l", "Quotation No.: SQ-2026-0588        Date: 2026/05/11        Valid until: 2026/06/10"),
        ("b",),
        ("p", "We are pleased to quote for the FactoryLink API Gateway service. On signature by the Customer this "
              "quotation becomes the order form for the service."),
        ("h", "1. Fixed monthly charges"),
        ("thead", head),
        ("cells", row(S, ["1", "SL-APIGW", "API Gateway - Enterprise", "1", yen(350000), yen(350000)])),
        ("cells", row(S, ["2", "SL-DEVP", "Developer Portal", "1", yen(80000), yen(80000)])),
        ("cells", row(S, ["3", "SL-DED", "Dedicated Tenant Surcharge", "1", yen(120000), yen(120000)])),
        ("tend",),
        ("l", "-" * 118),
        ("cells", [(96, "Monthly total", "L", 50), (174, yen(550000), "R", 30)]),
        ("cells", [(96, "Contract period", "L", 50), (174, "36 months", "R", 30)]),
        ("cells", [(96, "Total for 36 months (excl. tax)", "L", 60), (174, yen(19800000), "R", 30)], "B"),
        ("h", "2. API request charges (volume pricing, per calendar month)"),
        ("cells", row(U3, ["Band", "Requests in the month", "Rate per request"]), "B"),
        ("cells", row(U3, ["A", "up to 1,000,000", "¥0.8"])),
        ("cells", row(U3, ["B", "1,000,001 - 5,000,000", "¥0.5"])),
        ("cells", row(U3, ["C", "over 5,000,000", "¥0.3"])),
        ("p", "The rate of the band reached in a month applies to all requests in that month. A minimum monthly "
              "usage charge of ¥100,000 applies. Request charges are invoiced monthly in arrears."),
        ("h", "3. Conditions"),
        ("p", "(1) Service period: 2026/06/01 to 2029/05/31 (36 months)."),
        ("p", "(2) Fixed charges are invoiced annually in advance (¥6,600,000 per year). Payment within 30 days of "
              "the invoice date."),
        ("p", "(3) The service ends at the end of the service period. It does not renew automatically; we will "
              "send a new quotation before expiry."),
        ("p", "(4) Prices exclude consumption tax. Invoices will be sent to ap@minato-kogyo.example."),
        ("keep", 10),
        ("h", "ORDER ACCEPTANCE"),
        ("p", "We order the service on the terms of this quotation. This order is effective as of 2026/05/20."),
        ("l", f"Customer: {C}    Name: Yuki Arai, General Manager, IT Division"),
        ("l", "Signature: [signed]            Date: 2026/05/20            (seal)"),
    ] + terms_blocks("General Terms of Quotation", bp(
        ["access", "aup", "availability", "support", "dp", "security", "conf", "warranty", "liability",
         "suspension", "exit", "notices", "law"], S="Vendor", LAW="Japan", VENUE="the Tokyo District Court"))
    r = {"head1": "SAKURAGAWA SYSTEMS K.K.",
         "head2": "3-14-2 Shiba, Minato-ku, Tokyo 105-0014, Japan    Tel +81-3-5400-1122",
         "head3": "QUOTATION / ORDER FORM   No. SQ-2026-0588",
         "footer": "Sakuragawa Systems K.K. - Quotation SQ-2026-0588", "blocks": blocks,
         "stamp": ("MINATO", "KOGYO"), "stamp_xy": (150, 3), "stamp_anchor": "ORDER ACCEPTANCE"}
    return {
        "folder": "scanquote-02", "layout": "scanquote", "terms": t, "r": r,
        "description": (
            "Japanese quotation/order (scanned look) with fixed MONTHLY prices billed ANNUALLY in advance: three "
            "monthly lines totalling 550,000 per month; stated 'Total for 36 months' 19,800,000 = 550,000 x 36 (the "
            "annual invoice figure 6,600,000 is a distractor). API requests use VOLUME pricing (the band reached "
            "applies to all requests in the month): up to 1,000,000 at 0.8, 1,000,001-5,000,000 at 0.5, over "
            "5,000,000 at 0.3; no included quantity; usage monthly in arrears; minimum monthly usage charge "
            "100,000 (minimum_commitment, period month). No auto-renewal. CRM MISMATCH ON PURPOSE: deal "
            "account_name is 'Minato Kogyo Corp.' while the document says 'Minato Kogyo Corporation'."),
        "tags": ["quote-as-order", "scanned-text", "jpy", "no-decimals", "monthly-prices", "usage", "volume-tiers",
                 "min-commitment", "no-auto-renew", "crm-mismatch"],
        "deal": deal("006-Q2K7", "Minato Kogyo - API Gateway 3y", "Minato Kogyo Corp.", "2026-05-20", cur,
                     "19800000", "ap@minato-kogyo.example",
                     [("API Gateway - Enterprise (36 months)", 36, "350000", "12600000"),
                      ("Developer Portal (36 months)", 36, "80000", "2880000"),
                      ("Dedicated Tenant Surcharge (36 months)", 36, "120000", "4320000")]),
    }


def scanquote_03():
    cur = "INR"
    C, V = "Nilgiri Textiles Limited", "Kaveri Cloudworks Private Limited"
    items = [
        ("KCW-ERP", "Textile ERP - Base Licence", 1, 480000, 480000, "year"),
        ("KCW-NU", "Named Users", 40, 6000, 240000, "year"),
        ("KCW-DYE", "Dyeing & Processing Module", 1, 120000, 120000, "year"),
        ("KCW-WEV", "Weaving Module", 1, 120000, 120000, "year"),
        ("KCW-GAR", "Garmenting Module", 1, 90000, 90000, "year"),
        ("KCW-EXP", "Export Documentation Module", 1, 75000, 75000, "year"),
        ("KCW-GST", "GST e-Invoicing Connector", 1, 36000, 36000, "year"),
        ("KCW-MOB", "Mobile Sales App", 25, 2400, 60000, "year"),
        ("KCW-WMS", "Warehouse Barcode Add-on", 1, 54000, 54000, "year"),
        ("KCW-AMC", "Annual Maintenance & Support", 1, 150000, 150000, "year"),
        ("KCW-IMP", "Implementation", 1, 350000, 350000, "one_time"),
        ("KCW-DM", "Data Migration", 1, 75000, 75000, "one_time"),
    ]
    lines = [L(desc, q, u, per, cur, net=amt, sku=code) for code, desc, q, u, amt, per in items]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="KCW/Q/2026-27/118",
        billing_contact_email="accounts@nilgiritextiles.example", currency=cur, effective_date=None,
        service_start_date="2026-07-01", service_end_date="2027-06-30", term_months=12, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=15, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number=None, line_items=lines,
        total_contract_value="1850000.00", late_fee_percent_per_month="1.5",
    )
    check_tcv(t, [1] * 12)
    S = [(0, "L", 10), (10, "L", 22), (32, "L", 78), (122, "R", 10), (148, "R", 26), (174, "R", 26)]
    head = [(row(S, ["S.No", "Code", "Description", "Qty", "Rate (Rs.)", "Amount (Rs.)"]), "B"), (rule("_", 96), "")]
    body = []
    for i, (code, desc, q, u, amt, per) in enumerate(items, 1):
        label = desc + (" (one-time)" if per == "one_time" else " (per annum)")
        body.append(("cells", row(S, [str(i), code, label, str(q), rs(u), rs(amt)])))
    T = [(90, "L", 60), (174, "R", 34)]
    blocks = [
        ("title", "Q U O T A T I O N"),
        ("b",),
        ("l", "Ref: KCW/Q/2026-27/118                                                   Date: 01.06.2026"),
        ("b",),
        ("l", "To,"),
        ("l", "The Director (Finance),"),
        ("l", f"{C},"),
        ("l", "SIDCO Industrial Estate, Kurichi, Coimbatore 641021, Tamil Nadu."),
        ("b",),
        ("l", "Kind Attn: Mr. R. Venkatesan, Head - IT"),
        ("l", "Sub: Quotation for Textile ERP cloud subscription and implementation", "B"),
        ("b",),
        ("l", "Dear Sir,"),
        ("p", "With reference to our meeting at your Coimbatore office and the subsequent discussions, we are pleased "
              "to submit our commercial offer for the Kaveri Textile ERP on our cloud platform. On acceptance by you "
              "in the space provided at the end, this quotation will serve as the order form, and the order shall "
              "take effect on the date of your acceptance."),
        ("p", "Scope of work: supply of the Textile ERP base licence with the dyeing and processing, weaving, "
              "garmenting and export documentation modules; connector to the GST e-invoicing portal; mobile sales "
              "application for the field team; warehouse barcode add-on for the yarn and fabric stores; "
              "implementation at the Coimbatore head office and the Tiruppur unit; migration of opening balances, "
              "item masters and open orders from the existing system; annual maintenance and support."),
        ("p", "Assumptions: the Company will nominate a single point of contact for the project, make key users "
              "available for workshops, and provide master data in our templates. Hardware, barcode printers and "
              "scanners are not part of this quotation and will be procured by the Company."),
        ("p", "Implementation plan: requirement study two weeks; configuration and data migration six weeks; user "
              "training and parallel run four weeks; go-live planned for 01.07.2026."),
        ("p", "About us: Kaveri Cloudworks has implemented its textile ERP at more than sixty spinning, weaving and "
              "garment units across Tamil Nadu, Karnataka and Gujarat since 2016, and operates its cloud platform "
              "from two data centres in India with daily off-site backups."),
        ("p", "Support model: a named account manager, a helpdesk available from 9.00 a.m. to 7.00 p.m. on all "
              "working days including Saturdays, and remote assistance for month-end and year-end closing. "
              "Critical issues are attended within two hours."),
        ("p", "Training: three batches of key-user training at Coimbatore and one batch at Tiruppur, with user "
              "manuals in English and Tamil. Additional training days, if required, will be charged separately "
              "at our standard rates."),
        ("p", "Customisation: up to forty (40) person-hours of report and print-format changes during implementation "
              "are included. Further customisation requests will be estimated and approved by the Company in "
              "writing before work starts."),
        ("p", "Hosting: the application and database are hosted on our India cloud region; the Company's data will "
              "not be stored outside India. Access is through a browser and the mobile application, secured by "
              "two-factor authentication for all users."),
        ("h", "COMMERCIALS"),
        ("thead", head),
    ] + body + [
        ("tend",),
        ("l", "_" * 96),
        ("cells", row(T, ["Sub-total (recurring, per annum)", rs(1425000)])),
        ("cells", row(T, ["One-time charges", rs(425000)])),
        ("cells", row(T, ["Total (excluding GST)", rs(1850000)]), "B"),
        ("cells", row(T, ["GST @ 18%", rs(333000)])),
        ("cells", row(T, ["Grand Total", rs(2183000)])),
        ("p", "Amount in words: Rupees Eighteen Lakh Fifty Thousand Only (excluding GST)."),
        ("h", "TERMS & CONDITIONS"),
        ("p", "1. Validity: this quotation is valid for 30 days from the date above."),
        ("p", "2. Subscription period: one (1) year, from 01.07.2026 to 30.06.2027."),
        ("p", "3. Billing: the annual subscription is invoiced annually in advance; one-time charges are invoiced "
              "along with the first invoice."),
        ("p", "4. Payment: within 15 days from the date of invoice. Interest @ 1.5% per month will be charged on "
              "delayed payments."),
        ("p", "5. Kindly release your Purchase Order against this quotation. The PO number must be quoted on all "
              "our invoices."),
        ("p", "6. Taxes: GST as applicable at the time of invoicing."),
        ("p", "7. Jurisdiction: courts at Bengaluru."),
        ("b",),
        ("l", f"For {V}"),
        ("l", "[signed]   Authorised Signatory - Priya Raman, Vice President - Sales"),
        ("keep", 8),
        ("h", "CUSTOMER ACCEPTANCE"),
        ("p", "We accept this quotation and confirm the order on the above terms."),
        ("l", f"For {C}:  [signed]   Name: S. Natarajan, Director (Finance)   Date: 08.06.2026"),
        ("l", "Billing e-mail: accounts@nilgiritextiles.example"),
    ]
    r = {"head1": "KAVERI CLOUDWORKS PRIVATE LIMITED",
         "head2": "No. 42, 3rd Cross, Koramangala 5th Block, Bengaluru 560095   GSTIN 29AAFCK7788Q1Z9",
         "head3": "QUOTATION  Ref. KCW/Q/2026-27/118",
         "footer": "Regd. Office: Bengaluru   CIN U72900KA2016PTC098765", "blocks": blocks,
         "cont": "(contd.)", "stamp": ("NILGIRI", "TEXTILES"), "stamp_xy": (150, 2), "stamp_anchor": "CUSTOMER ACCEPTANCE", "lpp": 48}
    return {
        "folder": "scanquote-03", "layout": "scanquote", "terms": t, "r": r,
        "description": (
            "Indian vendor quotation accepted by the customer (scanned look) with amounts written 'Rs. 4,80,000/-' "
            "(lakh grouping, trailing '/-'); the 12-line table continues across a page break with heading repeated "
            "('(contd.)'). Recurring lines sum to Rs. 14,25,000 per annum, one-time implementation 3,50,000 + data "
            "migration 75,000 = 4,25,000; stated total excl. GST 18,50,000 (also in words: Eighteen Lakh Fifty "
            "Thousand) = TCV for the one-year term; GST 18% and the Grand Total are tax. '(per annum)' and "
            "'(one-time)' are period notes dropped from descriptions. The quote asks the customer to release a PO "
            "that must be quoted on invoices, but no PO number exists yet: po_required true, po_number null. "
            "Order effective on acceptance (08.06.2026): effective_date null, derived. Late interest 1.5% per month."),
        "tags": ["quote-as-order", "scanned-text", "inr", "lakh-grouping", "rupee-slash-dash", "multi-page-table",
                 "one-time-fee", "gst-excluded", "amount-in-words", "po-required-no-number", "late-fee",
                 "derived-effective-date", "dotted-dates"],
        "derived": {"effective_date": {"value": "2026-06-08", "rule": "date of the customer's acceptance"}},
        "deal": deal("006-Q3L2", "Nilgiri Textiles - Kaveri ERP", C, "2026-06-08", cur, "1850000.00",
                     "accounts@nilgiritextiles.example",
                     [("Textile ERP subscription (annual)", 1, "1425000.00", "1425000.00"),
                      ("Implementation", 1, "350000.00", "350000.00"), ("Data Migration", 1, "75000.00", "75000.00")]),
    }


def scanquote_04():
    cur = "SGD"
    C, V = "Tiong Bahru Retail Holdings Pte. Ltd.", "Sakuragawa Systems Singapore Pte. Ltd."
    outlets = ["Tiong Bahru", "Tampines", "Jurong East", "Woodlands", "Yishun", "Bedok", "Sengkang", "Punggol",
               "Clementi", "Bukit Panjang", "Toa Payoh", "Ang Mo Kio", "Serangoon", "Hougang", "Pasir Ris",
               "Queenstown", "Bishan", "Marine Parade"]
    lines = [L(f"POS Cloud Outlet Licence - {o}", 1, "1440.00", "year", cur, net="1440.00", sku="POS-OUT")
             for o in outlets]
    lines += [
        L("Central Inventory Hub", 1, "6000.00", "year", cur, net="6000.00", sku="INV-HUB"),
        L("Loyalty Module", 1, "4800.00", "year", cur, net="4800.00", sku="LOY-MOD"),
        L("Outlet Installation", 18, "350.00", "one_time", cur, net="6300.00", sku="INST-OUT"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="SSG-Q-26-0907",
        billing_contact_email="ap@tiongbahru-retail.example", currency=cur, effective_date="2026-09-21",
        service_start_date="2026-10-01", service_end_date="2028-09-30", term_months=24, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="semiannual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="79740.00",
    )
    check_tcv(t, [2] * 20 + [1])
    d = lambda iso: fd(iso, "abbr")  # noqa: E731
    m2 = lambda v: fnum(v, "en")  # noqa: E731
    S = [(0, "L", 8), (8, "L", 20), (28, "L", 86), (124, "R", 10), (150, "R", 24), (174, "R", 24)]
    head = [(row(S, ["#", "SKU", "Description", "Qty", "Unit (SGD)", "Amount (SGD)"]), "B"), (rule(), "")]
    body = []
    for i, li in enumerate(lines, 1):
        per = " / yr" if li["price_period"] == "year" else " one-time"
        body.append(("cells", row(S, [str(i), li["sku"], li["description"] + ("" if per == " / yr" else
                                                                               " (one-time)"),
                                      li["quantity"], m2(li["unit_price"]) + ("" if per == " / yr" else ""),
                                      m2(li["net_amount"])])))
    T = [(90, "L", 60), (174, "R", 34)]
    blocks = [
        ("title", "QUOTATION  /  ORDER FORM"),
        ("b",),
        ("l", f"Customer: {C}"),
        ("l", "            9 Eng Hoon Street #02-01, Singapore 169767"),
        ("l", f"Quotation: SSG-Q-26-0907     Date: {d('2026-09-07')}     Order Effective Date: {d('2026-09-21')}"),
        ("b",),
        ("p", "Further to your request, please find our quotation for the roll-out of POS Cloud across your 18 "
              "outlets. Unit prices are annual prices per outlet or per module unless marked one-time. When "
              "countersigned, this quotation is the order form."),
        ("p", f"Contract period: 24 months, {d('2026-10-01')} to {d('2028-09-30')}."),
        ("h", "Roll-out plan (indicative)"),
        ("cells", [(0, "Outlet", "L", 60), (60, "Outlet code", "L", 30), (100, "Installation week", "L", 60)], "B"),
    ] + [("cells", [(0, o, "L", 60), (60, f"TB-{i:02d}", "L", 30),
                    (100, "week of " + d(wk), "L", 60)])
         for i, (o, wk) in enumerate(zip(outlets, ["2026-10-05"] * 6 + ["2026-10-12"] * 6 + ["2026-10-19"] * 6),
                                     1)] + [
        ("p", "Installation dates are indicative and will be agreed with each outlet manager. Subscription fees "
              "are payable from the start of the contract period regardless of the installation date."),
        ("h", "Pricing"),
        ("thead", head),
    ] + body + [
        ("tend",),
        ("l", "-" * 118),
        ("cells", row(T, ["Annual recurring", "SGD " + m2(36720)])),
        ("cells", row(T, ["Recurring for 24 months", "SGD " + m2(73440)])),
        ("cells", row(T, ["One-time", "SGD " + m2(6300)])),
        ("cells", row(T, ["Total Contract Value (24 months, excl. GST)", "SGD " + m2(79740)]), "B"),
        ("h", "Terms"),
        ("p", "a. Billing: recurring fees are invoiced semi-annually in advance (SGD 18,360.00 per invoice); "
              "installation is invoiced per outlet on completion."),
        ("p", "b. Payment: 30 days from invoice date."),
        ("p", "c. Renewal: the subscription renews automatically for 12 months at a time unless either party gives "
              "at least 60 days' written notice before the end of the current term."),
        ("p", "d. GST at the prevailing rate is payable in addition. Invoices to ap@tiongbahru-retail.example."),
        ("keep", 8),
        ("h", "ACCEPTANCE"),
        ("l", f"For {C}: [signed]  Melissa Goh, Finance Director   {d('2026-09-21')}"),
        ("l", f"For {V}: [signed]  Daisuke Mori, Country Manager   {d('2026-09-21')}"),
    ] + terms_blocks("Standard Terms", bp(
        ["access", "customer", "availability", "support", "dp", "conf", "warranty", "liability", "termination",
         "exit", "notices", "law"], S="Vendor", LAW="Singapore", VENUE="Singapore"))
    r = {"head1": "SAKURAGAWA SYSTEMS SINGAPORE PTE. LTD.",
         "head2": "50 Ubi Avenue 3 #06-18, Singapore 408866    UEN 201809876W",
         "head3": "QUOTATION / ORDER FORM   SSG-Q-26-0907",
         "footer": "Sakuragawa Systems Singapore - SSG-Q-26-0907", "blocks": blocks,
         "stamp": ("TB RETAIL", "HOLDINGS"), "stamp_xy": (150, 2), "stamp_anchor": "ACCEPTANCE"}
    return {
        "folder": "scanquote-04", "layout": "scanquote", "terms": t, "r": r,
        "description": (
            "Singapore quotation/order (scanned look) with 21 lines - one per outlet - so the pricing table runs onto "
            "the next page with its heading repeated. 18 outlet licences x SGD 1,440.00 per year each (each outlet "
            "is its own line, description includes the outlet name) + Central Inventory Hub 6,000.00 + Loyalty "
            "Module 4,800.00 = 36,720.00 per year; x 2 years = 73,440.00; plus one-time installation 18 x 350.00 = "
            "6,300.00; stated TCV 79,740.00 excl. GST. Billed SEMI-ANNUALLY in advance (18,360.00 per invoice is a "
            "distractor). Auto-renews for 12 months with 60 days' notice."),
        "tags": ["quote-as-order", "scanned-text", "sgd", "multi-page-table", "many-lines", "semiannual-billing",
                 "one-time-fee", "gst-excluded", "auto-renew"],
        "deal": deal("006-Q4M9", "Tiong Bahru Retail - POS Cloud 18 outlets", C, "2026-09-21", cur, "79740.00",
                     "ap@tiongbahru-retail.example",
                     [("POS Cloud Outlet Licence (24 months)", 18, "2880.00", "51840.00"),
                      ("Central Inventory Hub (24 months)", 1, "12000.00", "12000.00"),
                      ("Loyalty Module (24 months)", 1, "9600.00", "9600.00"),
                      ("Outlet Installation", 18, "350.00", "6300.00")]),
    }


FORMS = [scanquote_01, scanquote_02, scanquote_03, scanquote_04]
