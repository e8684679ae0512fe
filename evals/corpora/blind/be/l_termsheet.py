from common import *

STD = ["Ownership. The vendor retains all rights in the service and its software; the customer retains all rights in its data.",
       "Warranties. The vendor warrants that the service will perform materially in accordance with its documentation.",
       "Suspension. The vendor may suspend access on written notice if the customer's use threatens the security of the service.",
       "Indemnity. The vendor will defend the customer against third-party claims that the service infringes intellectual property rights.",
       "Limitation. Except for indemnities and breach of confidentiality, each party's liability is capped at twelve months' fees.",
       "Notices. Notices must be in writing and are effective when received at the addresses in this Term Sheet.",
       "Precedence. This Term Sheet prevails over the standard terms to the extent of any inconsistency.",
       "Law. This Term Sheet is governed by the law stated below and the courts of that place have exclusive jurisdiction."]


def render(path, f):
    x = f["x"]
    pdf = new_pdf(margins=18)
    pdf.footer_fn = lambda p: (p.set_y(-12), p.set_font("Helvetica", "", 7),
                               p.cell(0, 5, lat(f"Term Sheet {x.get('no') or ''} - {p.page_no()}"), align="R"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, "TERM SHEET", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, lat(x["sub"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    W = [44, 86, 44]
    for r in x["grid"]:
        if r[0] == "#":
            pdf.set_fill_color(*x["col"])
            pdf.set_text_color(255)
            row(pdf, [r[1]], [sum(W)], ["L"], style="B", fill=True, size=8.8)
            pdf.set_text_color(0)
        elif len(r) == 2:
            # label + spanning value
            pdf.set_font("Helvetica", "", 8.6)
            n = max(nlines(pdf, W[0] - 2.4, r[0]), nlines(pdf, W[1] + W[2] - 2.4, r[1]))
            h = n * 4.5 + 1.6
            if pdf.get_y() + h > pdf.h - pdf.b_margin:
                pdf.add_page()
            y0 = pdf.get_y()
            pdf.set_fill_color(242, 242, 242)
            pdf.rect(18, y0, W[0], h, "DF")
            pdf.rect(18 + W[0], y0, W[1] + W[2], h)
            pdf.set_xy(19.2, y0 + 0.8)
            pdf.set_font("Helvetica", "B", 8.6)
            pdf.multi_cell(W[0] - 2.4, 4.5, lat(r[0]))
            pdf.set_xy(19.2 + W[0], y0 + 0.8)
            pdf.set_font("Helvetica", "", 8.6)
            pdf.multi_cell(W[1] + W[2] - 2.4, 4.5, lat(r[1]))
            pdf.set_xy(18, y0 + h)
        else:
            pdf.set_font("Helvetica", "", 8.6)
            n = max(nlines(pdf, w - 2.4, c) for w, c in zip(W, r))
            h = n * 4.5 + 1.6
            if pdf.get_y() + h > pdf.h - pdf.b_margin:
                pdf.add_page()
            y0 = pdf.get_y()
            pdf.set_fill_color(242, 242, 242)
            pdf.rect(18, y0, W[0], h, "DF")
            xx = 18
            for k, (w, c) in enumerate(zip(W, r)):
                if k:
                    pdf.rect(xx, y0, w, h)
                pdf.set_xy(xx + 1.2, y0 + 0.8)
                pdf.set_font("Helvetica", "B" if k == 0 else "", 8.6)
                pdf.multi_cell(w - 2.4, 4.5, lat(c), align="R" if k == 2 else "L")
                xx += w
            pdf.set_xy(18, y0 + h)
    pdf.ln(6)
    if pdf.get_y() > 235:
        pdf.add_page()
    txt(pdf, "Agreed and accepted:", size=9, style="B")
    pdf.ln(2)
    y = pdf.get_y()
    for i, (party, s) in enumerate([(f["vendor"], x["vsig"]), (f["customer"], x["csig"])]):
        pdf.set_xy(18 + i * 90, y)
        pdf.set_font("Helvetica", "", 8.6)
        pdf.multi_cell(85, 5, lat(f"{party}\n\n/s/ {s[0]}\n______________________________\n{s[0]}, {s[1]}\nDate: {s[2]}"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Annex - Standard Terms", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i, s in enumerate(STD + [x["law"]], 1):
        txt(pdf, f"{i}. {s}", size=8.6, h=4.4, align="J")
        pdf.ln(1.5)
    pdf.output(path)


def forms():
    F = []
    # 01 USD volume usage + min commitment
    L = [line("Messaging Platform Fee", 1, "4000.00", "month")]
    f = form(customer="Copperline Telehealth, Inc.", vendor="Lodestar Messaging, Inc.", order_no="TS-LM-0261",
             email="ap@copperlinehealth.example", currency="USD", effective="2026-03-20", start="2026-04-01", end="2027-03-31",
             term=12, auto_renew=True, renew=12, notice=45, pay=30, freq="monthly", timing="advance", lines=L,
             mincommit=("120000.00", "year"),
             usage=[usage("SMS messages", "message", None, None, "volume",
                          [("1000000", "0.0075"), ("5000000", "0.0060"), (None, "0.0045")], "monthly", "arrears")],
             tags=["term-sheet", "label-spanning-columns", "usage", "volume-tiers", "minimum-commitment", "iso-dates"])
    f["x"] = dict(col=(20, 60, 110), no="TS-LM-0261", sub="Lodestar Messaging, Inc. / Copperline Telehealth, Inc. - Ref. TS-LM-0261",
                  grid=[("#", "1. Parties and dates"),
                        ("Provider", "Lodestar Messaging, Inc., 1010 Market Street, San Francisco, CA 94102"),
                        ("Customer", "Copperline Telehealth, Inc., 300 Riverfront Drive, Pittsburgh, PA 15222"),
                        ("Effective Date", "2026-03-20"),
                        ("Term", "12 months", "2026-04-01 to 2027-03-31"),
                        ("Renewal", "Automatic 12-month renewals; either party may opt out by notice at least 45 days before term end"),
                        ("#", "2. Fees"),
                        ("Platform", "Messaging Platform Fee (API access, dashboards, 10 sender IDs)", "USD 4,000.00 / month"),
                        ("SMS usage - volume pricing", "Total SMS messages sent in a calendar month determine ONE rate for all messages "
                                                       "that month: up to 1,000,000 messages", "USD 0.0075 / msg"),
                        ("", "1,000,001 to 5,000,000 messages", "USD 0.0060 / msg"),
                        ("", "more than 5,000,000 messages", "USD 0.0045 / msg"),
                        ("Minimum commitment", "Customer commits to total fees (platform + usage) of at least USD 120,000.00 per contract "
                                               "year; any shortfall is invoiced at the end of the contract year."),
                        ("#", "3. Billing"),
                        ("Invoicing", "Platform fee monthly in advance; SMS usage monthly in arrears"),
                        ("Payment terms", "Net 30"),
                        ("Invoice address", "ap@copperlinehealth.example")],
                  law="Governing law: State of California.",
                  vsig=("Nadia Cole", "VP Sales", "2026-03-20"), csig=("Brian Keough", "CFO", "2026-03-20"))
    f["desc"] = ("Tabular term sheet: labels in column 1, values spanning columns 2-3, fee rows split into description and "
                 "price. One recurring line (platform USD 4,000.00/month, qty 1). SMS is VOLUME-priced (the monthly total picks one "
                 "rate for all messages): up to 1,000,000 at 0.0075, up to 5,000,000 at 0.0060, above at 0.0045 -> tiers "
                 "1000000/5000000/null, billed monthly in arrears. Minimum commitment USD 120,000.00 per contract year. No "
                 "whole-term total is stated (TCV null; CRM amount = 12 x 4,000 = 48,000.00 platform fees only).")
    F.append(f)
    # 02 GBP CPI cap, notice in months
    L = [line("Risk Engine Licence", 1, "75000.00", "year"),
         line("Additional Users", 20, "900.00", "year", show_net=True),
         line("Implementation", 1, "15000.00", "one_time")]
    f = form(customer="Brackenbury Insurance Brokers Limited", vendor="Saltmarsh Risk Analytics Ltd", order_no="SRA-TS-118",
             email="finance@brackenbury.example", currency="GBP", effective="2026-05-14", start="2026-06-01", end="2029-05-31",
             term=36, auto_renew=True, renew=12, notice=None, pay=30, freq="annual", timing="advance", lines=L, tcv_stated=True,
             nonstd=["fees increase each anniversary by UK CPI, capped at 5%"],
             tags=["term-sheet", "label-spanning-columns", "uk-ordinal-dates", "cpi-escalator-capped", "notice-in-months"])
    f["x"] = dict(col=(90, 30, 30), no="SRA-TS-118", sub="Saltmarsh Risk Analytics Ltd - Licence Term Sheet SRA-TS-118",
                  grid=[("#", "Parties"),
                        ("Licensor", "Saltmarsh Risk Analytics Ltd (company no. 09912233), 2 Dock Road, Ipswich IP3 0AB"),
                        ("Licensee", "Brackenbury Insurance Brokers Limited (company no. 04411820), 77 Gracechurch Street, London EC3V 0AS"),
                        ("#", "Key dates"),
                        ("Effective Date", "14th May 2026"),
                        ("Commencement", "1st June 2026"),
                        ("Expiry", "31st May 2029"),
                        ("Initial Term", "3 years"),
                        ("Renewal", "Renews automatically for 12-month periods unless terminated by six months' written notice "
                                    "before the end of the then-current term"),
                        ("#", "Charges (excluding VAT)"),
                        ("Licence", "Risk Engine Licence (enterprise, one legal entity)", "GBP 75,000.00 p.a."),
                        ("Users", "Additional Users: 20 at GBP 900.00 p.a. each", "GBP 18,000.00 p.a."),
                        ("Implementation", "Implementation, one-off; invoiced 50% on signature and 50% on go-live", "GBP 15,000.00"),
                        ("Indexation", "On each anniversary of Commencement the annual charges increase by the UK CPI change for the "
                                       "previous 12 months, capped at 5%"),
                        ("Initial Term value", "Total of charges for the Initial Term, before indexation", "GBP 294,000.00"),
                        ("#", "Invoicing"),
                        ("Frequency", "Annual charges invoiced annually in advance"),
                        ("Payment", "30 days from date of invoice, to finance@brackenbury.example")],
                  law="Governing law: England and Wales.",
                  vsig=("Oliver Grange", "Managing Director", "14th May 2026"), csig=("Sunita Rao", "Finance Director", "14th May 2026"))
    f["desc"] = ("Term sheet with label/value rows and three-column charge rows. Licence GBP 75,000.00 p.a. (qty 1), 20 users x "
                 "900.00 = 18,000.00 p.a. (shown), implementation 15,000.00 one-off (split 50/50 for invoicing, still one line). "
                 "'Initial Term value' GBP 294,000.00 = 3 x 93,000 + 15,000 (TCV, before indexation). Indexation is CPI capped at "
                 "5%, not a fixed rate, so price_escalator_percent is null and it is listed as non-standard. Renewal notice is "
                 "'six months' with no day count, so non_renewal_notice_days is null.")
    F.append(f)
    # 03 AUD university, semiannual, discount, TfC
    L = [line("Campus Licence", 1, "140000.00", "year", disc=20, show_net=True),
         line("Student Success Module", 12000, "2.50", "year", show_net=True)]
    f = form(customer="University of Northern Tablelands", vendor="Brolga Systems Pty Ltd", order_no="BS-TS-2026-14",
             email="accounts.payable@unt.example", currency="AUD", effective="2026-11-30", start="2027-01-01", end="2028-12-31",
             term=24, auto_renew=False, pay=45, freq="semiannual", timing="advance", po_req=True, po_num="UNT-PO-889102",
             lines=L, tcv_stated=True,
             nonstd=["University may terminate for convenience on 90 days notice with a pro-rata refund of prepaid fees"],
             tags=["term-sheet", "label-spanning-columns", "semiannual", "discount", "party-without-suffix", "termination-for-convenience", "po-required"])
    f["x"] = dict(col=(160, 90, 20), no="BS-TS-2026-14", sub="Commercial Term Sheet BS-TS-2026-14",
                  grid=[("#", "Parties"),
                        ("Supplier", "Brolga Systems Pty Ltd (ABN 77 601 334 210), 40 Ann Street, Brisbane QLD 4000"),
                        ("University", "University of Northern Tablelands, Elm Avenue, Armidale NSW 2351"),
                        ("#", "Term"),
                        ("Effective Date", "30 November 2026"),
                        ("Subscription Term", "1 January 2027 - 31 December 2028 (24 months)"),
                        ("Renewal", "No automatic renewal. Extension only by written variation."),
                        ("Termination for convenience", "The University may terminate on 90 days written notice; the Supplier "
                                                        "will refund prepaid fees for the period after termination pro rata."),
                        ("#", "Pricing (A$, excluding GST)"),
                        ("Campus Licence", "List A$140,000.00 per year less 20% education discount", "A$112,000.00 per year"),
                        ("Student Success Module", "12,000 FTE students x A$2.50 per FTE per year", "A$30,000.00 per year"),
                        ("Contract value", "Total for the 24-month Subscription Term", "A$284,000.00"),
                        ("#", "Invoicing"),
                        ("Billing", "Two equal instalments per year, each in advance (1 January and 1 July)"),
                        ("Payment terms", "45 days from receipt of a correct tax invoice"),
                        ("Purchase order", "UNT-PO-889102 - must appear on every invoice"),
                        ("Invoices to", "accounts.payable@unt.example")],
                  law="Governing law: New South Wales, Australia.",
                  vsig=("Sean Whitely", "Director", "30 November 2026"), csig=("Prof. Anne Kowalczyk", "Chief Operating Officer", "30 November 2026"))
    f["desc"] = ("University term sheet in AUD. Campus Licence list A$140,000.00 less 20% = A$112,000.00 per year (shown); "
                 "Student Success 12,000 FTE x A$2.50 = A$30,000.00 per year. Billed in two equal instalments a year in advance "
                 "(semiannual). Stated contract value A$284,000.00 = 2 x 142,000 for the 24-month term. PO UNT-PO-889102 "
                 "required. Termination for convenience with pro-rata refund is non-standard. No automatic renewal.")
    F.append(f)
    # 04 HKD monthly arrears, overage, derived end
    L = [line("Booking Engine", 1, "38000.00", "month"),
         line("Kiosk Licence", 14, "1200.00", "month", show_net=True)]
    f = form(customer="Lantau Ferry Holdings Limited", vendor="Victoria Peak Software Limited", order_no=None,
             email="accounts@lantauferry.example", currency="HKD", effective="2026-02-16", start="2026-03-01", end=None, term=12,
             pay=30, freq="monthly", timing="arrears", anchor="calendar_month", lines=L, late="1.25",
             usage=[usage("Online bookings", "booking", "50000", "month", "per_unit", [(None, "0.60")], "monthly", "arrears")],
             derived={"service_end_date": {"value": "2027-02-28", "rule": "start 2026-03-01 + 12 months - 1 day"}},
             tags=["term-sheet", "label-spanning-columns", "HKD", "monthly-arrears", "usage", "late-fee", "derived-end-date", "no-order-number"])
    f["x"] = dict(col=(0, 100, 100), no=None, sub="Victoria Peak Software Limited - Booking Platform Term Sheet",
                  grid=[("#", "A. Parties"),
                        ("Vendor", "Victoria Peak Software Limited, 18/F, One Island East, 18 Westlands Road, Quarry Bay, Hong Kong"),
                        ("Customer", "Lantau Ferry Holdings Limited, Pier 6, Central Ferry Piers, Central, Hong Kong"),
                        ("#", "B. Term"),
                        ("Effective Date", "16 February 2026"),
                        ("Service Commencement", "1 March 2026"),
                        ("Term", "12 months from Service Commencement"),
                        ("#", "C. Charges (HK$)"),
                        ("Booking Engine", "Hosted booking and ticketing engine", "HK$38,000.00 per month"),
                        ("Kiosk Licence", "14 kiosks x HK$1,200.00 per kiosk per month", "HK$16,800.00 per month"),
                        ("Online bookings", "First 50,000 online bookings per month included; each additional booking", "HK$0.60"),
                        ("#", "D. Billing"),
                        ("Invoicing", "Monthly in arrears per calendar month (subscription and usage on one invoice)"),
                        ("Payment", "30 days from invoice; overdue amounts bear interest at 1.25% per month"),
                        ("Invoices to", "accounts@lantauferry.example")],
                  law="Governing law: Hong Kong SAR.",
                  vsig=("Kenneth Chan", "Director", "16 February 2026"), csig=("Wong Siu Ming", "Chief Financial Officer", "16 February 2026"))
    f["desc"] = ("Hong Kong term sheet without any reference number (order_form_number null). Term '12 months from Service "
                 "Commencement' (1 March 2026) with no end date written -> service_end_date null, derived 2027-02-28; "
                 "term_months 12. Booking Engine HK$38,000.00/month; kiosks 14 x 1,200.00 = HK$16,800.00/month (shown). "
                 "Monthly in arrears per calendar month (anchor calendar_month). 50,000 online bookings per month included, "
                 "then HK$0.60 each. Late interest 1.25% per month. No whole-term total stated.")
    F.append(f)
    return F
