from common import *

BOILER = [
    ("Definitions", "In this Agreement, 'Service' means the hosted software described in Schedule 1 together with its "
     "documentation and updates; 'Authorised Users' means the persons permitted by the Customer to use the Service; "
     "'Customer Data' means all data uploaded to the Service by or for the Customer; and 'Business Day' means a day "
     "on which banks are open for general business in the place of the Customer's registered office."),
    ("Provision of the Service", "The Provider shall make the Service available to the Authorised Users during the "
     "Subscription Term in accordance with the service levels set out in its published support policy. The Provider may "
     "update the Service from time to time provided that no update materially reduces its functionality."),
    ("Customer Obligations", "The Customer shall ensure that Authorised Users keep their credentials confidential, use the "
     "Service only for the Customer's internal purposes, and comply with applicable law. The Customer is responsible for "
     "the accuracy and legality of Customer Data."),
    ("Fees and Payment", "The Customer shall pay the fees set out in Schedule 1. Except where Schedule 1 says otherwise, "
     "fees are exclusive of taxes, non-cancellable, and non-refundable. The Provider may suspend the Service if undisputed "
     "fees remain unpaid for more than thirty days after written reminder."),
    ("Data Protection", "Each party shall comply with applicable data protection law. The Provider processes personal data "
     "only on the Customer's documented instructions and shall implement appropriate technical and organisational measures."),
    ("Confidentiality", "Each party shall keep the other's confidential information secret and use it only to perform this "
     "Agreement. This obligation survives termination for five years."),
    ("Liability", "Neither party excludes liability for death or personal injury caused by negligence or for fraud. Subject "
     "to that, each party's total liability in any contract year is limited to the fees paid or payable in that year, and "
     "neither party is liable for indirect or consequential loss."),
    ("Term and Termination", None),
    ("General", "This Agreement, including its Schedules, is the entire agreement of the parties on its subject matter. "
     "Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's "
     "consent, not to be unreasonably withheld."),
]


def render(path, f):
    x = f["x"]
    pdf = new_pdf(margins=22)
    pdf.footer_fn = lambda p: (p.set_y(-13), p.set_font("Times", "I", 8),
                               p.cell(0, 5, lat(f"{x['short']} - Subscription Agreement - page {p.page_no()}"), align="C"))
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.cell(0, 9, x["title"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    txt(pdf, x["ref"], size=9.5, font="Times", align="C")
    pdf.ln(4)
    txt(pdf, x["preamble"], size=10.5, font="Times", h=5.2, align="J")
    pdf.ln(3)
    for i, (h, body) in enumerate(BOILER, 1):
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(0, 6, f"{i}. {h}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        body = body or x["termclause"]
        for j, para in enumerate(body if isinstance(body, list) else [body], 1):
            txt(pdf, (f"{i}.{j} " if isinstance(body, list) else "") + para, size=10, font="Times", h=4.9, align="J")
            pdf.ln(1)
        pdf.ln(1.5)
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 8, "SCHEDULE 1 - FEES", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for num, head, body in x["sched"]:
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(0, 6, lat(f"{num} {head}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for para in body:
            pdf.set_x(pdf.l_margin + 8)
            txt(pdf, para, size=10, font="Times", h=4.9, align="J", w=pdf.w - pdf.l_margin - pdf.r_margin - 8)
            pdf.ln(1)
        pdf.ln(1.5)
    pdf.ln(6)
    txt(pdf, "Signed for and on behalf of the parties:", size=10, font="Times")
    pdf.ln(3)
    y = pdf.get_y()
    for i, (party, s) in enumerate([(f["vendor"], x["vsig"]), (f["customer"], x["csig"])]):
        pdf.set_xy(22 + i * 86, y)
        pdf.set_font("Times", "B", 10)
        pdf.multi_cell(80, 5, lat(party))
        pdf.set_x(22 + i * 86)
        pdf.set_font("Times", "", 10)
        pdf.multi_cell(80, 6, lat(f"By: /s/ {s[0]}\nName: {s[0]}\nTitle: {s[1]}\nDate: {s[2]}"))
    pdf.output(path)


def forms():
    F = []
    # 01 GBP
    L = [line("Housing Platform licence", 1, "48000.00", "year"), line("Implementation", 1, "12500.00", "one_time")]
    f = form(customer="Riverside Community Housing Trust", vendor="Northfold Software Limited", email="accounts@riversidehousing.example",
             currency="GBP", effective="2026-04-20", start="2026-05-01", end=None, term=36, auto_renew=True, renew=12, notice=90,
             pay=30, freq="annual", timing="advance", lines=L, esc="3",
             usage=[usage("SMS notifications", "message", "20000", "year", "per_unit", [(None, "0.04")], "quarterly", "arrears")],
             derived={"service_end_date": {"value": "2029-04-30", "rule": "start 2026-05-01 + 36 months - 1 day"}},
             tags=["schedule-fees", "numbered-clauses", "prose-fees", "no-fees-table", "GBP", "usage", "escalator", "derived-end-date", "party-without-suffix"],
             desc="Subscription agreement whose commercial terms sit only in 'Schedule 1 - Fees' (clauses 1.1-1.5, no table). "
                  "The term is 'three (3) years commencing on 1st May 2026' with no end date written, so service_end_date is null "
                  "and derived as 2029-04-30; term_months = 36 because the length is stated. The platform licence is one licence "
                  "(quantity 1) at GBP 48,000 per annum covering up to 250 users. SMS usage: 20,000 per contract year included, "
                  "then GBP 0.04 each, billed quarterly in arrears. Late interest is stated per annum above base rate, not per "
                  "month, so late_fee_percent_per_month is null. 3% uplift applies at each renewal. No order number is given.")
    f["x"] = dict(title="SUBSCRIPTION AGREEMENT", short="Northfold / Riverside", ref="Agreement reference: not assigned",
                  preamble="THIS AGREEMENT is made on 20th April 2026 (the 'Effective Date') BETWEEN Northfold Software Limited, a company "
                           "registered in England and Wales whose registered office is at 4 Canal Wharf, Leeds LS11 5PS (the 'Provider'), AND "
                           "Riverside Community Housing Trust, whose principal office is at Quayside House, 19 Water Lane, Chester CH1 2LU "
                           "(the 'Customer').",
                  termclause=["This Agreement commences on the Effective Date. The Subscription Term is three (3) years commencing on 1st May "
                              "2026 (the 'Initial Term').",
                              "After the Initial Term this Agreement renews automatically for successive periods of twelve (12) months unless "
                              "either party gives the other written notice of non-renewal at least ninety (90) days before the end of the "
                              "then-current term.",
                              "Either party may terminate for material breach not remedied within thirty days of written notice."],
                  sched=[("1.1", "Subscription Fees", ["The Customer shall pay an annual subscription fee of GBP 48,000.00 for one Housing Platform "
                                                      "licence, which permits up to 250 Authorised Users. The subscription fee is invoiced "
                                                      "annually in advance, the first invoice being issued on 1st May 2026."]),
                         ("1.2", "Implementation", ["A one-off implementation fee of GBP 12,500.00 is payable for configuration, data migration "
                                                    "and training, invoiced on the Effective Date."]),
                         ("1.3", "Usage", ["The subscription includes 20,000 SMS notifications in each contract year. Messages above that "
                                           "allowance are charged at GBP 0.04 per message, invoiced quarterly in arrears."]),
                         ("1.4", "Payment", ["Invoices are payable within 30 days of the invoice date. Invoices shall be sent to "
                                             "accounts@riversidehousing.example. Late payments bear interest at 4% per annum above the "
                                             "Bank of England base rate."]),
                         ("1.5", "Renewal Pricing", ["Fees for each renewal term shall be the fees of the preceding term increased by 3%."])],
                  vsig=("Eleanor Pryce", "Commercial Director", "20 April 2026"), csig=("Graham Oduya", "Director of Resources", "20 April 2026"))
    F.append(f)
    # 02 CHF
    L = [line("Clinician Seat", 180, "420.00", "year", disc=15, show_net=True), line("Implementation and Training", 1, "18000.00", "one_time")]
    f = form(customer="Kantonsspital Feldmatt", vendor="Alpenrand Data AG", order_no="ARD-2026-0315", email="kreditoren@ksfeldmatt.example",
             currency="CHF", effective="2026-06-15", start="2026-07-01", end="2028-06-30", term=None, auto_renew=False,
             pay=60, freq="semiannual", timing="advance", lines=L, late="0.5",
             nonstd=["implementation fee is payable only after the Customer's written acceptance of go-live"],
             derived={"term_months": {"value": 24, "rule": "2026-07-01 to 2028-06-30"}},
             tags=["schedule-fees", "numbered-clauses", "prose-fees", "no-fees-table", "CHF", "apostrophe-thousands", "dot-dates", "discount", "party-without-suffix", "acceptance-contingent"],
             desc="Swiss subscription agreement, CHF with apostrophe thousands (64'260.00) and dd.mm.yyyy dates. Term runs from "
                  "01.07.2026 to 30.06.2028 with no length in months written, so term_months is null and derived as 24. Clinician "
                  "seats: 180 x CHF 420.00 less 15% = CHF 357.00 per seat, CHF 64'260.00 per year (net_amount shown). Invoiced "
                  "half-yearly in advance (semiannual). Implementation CHF 18'000.00 one-time, payable only after written "
                  "acceptance (non-standard). No automatic renewal (stated). Deal amount 2 x 64'260 + 18'000 = 146'520.00.")
    f["x"] = dict(title="SOFTWARE SUBSCRIPTION AGREEMENT", short="Alpenrand / KS Feldmatt", ref="Agreement No. ARD-2026-0315",
                  preamble="This Agreement is entered into on 15.06.2026 (the 'Effective Date') between Alpenrand Data AG, Bahnhofstrasse 41, "
                           "8001 Zurich, Switzerland (the 'Provider') and Kantonsspital Feldmatt, Spitalweg 3, 6000 Lucerne, an independent "
                           "public hospital (the 'Customer').",
                  termclause=["The Subscription Term runs from 01.07.2026 to 30.06.2028.",
                              "The Agreement expires at the end of the Subscription Term and does not renew automatically; any extension "
                              "requires a written amendment signed by both parties.",
                              "Either party may terminate for good cause (wichtiger Grund) with immediate effect."],
                  sched=[("1.1", "Subscription Fees", ["The Customer subscribes to 180 Clinician Seats at a list price of CHF 420.00 per seat "
                                                      "per year. The Provider grants a discount of 15%, giving a net price of CHF 357.00 per "
                                                      "seat, i.e. CHF 64'260.00 per year.",
                                                      "Subscription fees are invoiced half-yearly in advance, on 01.07 and 01.01 of each year."]),
                         ("1.2", "Implementation", ["Implementation and Training are charged once at CHF 18'000.00. By way of exception to "
                                                    "clause 4, this fee becomes payable only after the Customer has confirmed in writing "
                                                    "its acceptance of the go-live."]),
                         ("1.3", "Payment Terms", ["All invoices are payable within 60 days net. Invoices are to be sent to "
                                                   "kreditoren@ksfeldmatt.example. Amounts overdue bear default interest of 0.5% per month."]),
                         ("1.4", "Taxes", ["All fees are exclusive of Swiss VAT."])],
                  vsig=("Reto Ammann", "CEO", "15.06.2026"), csig=("Dr. Beatrice Lanz", "Head of Finance", "15.06.2026"))
    F.append(f)
    # 03 NZD
    L = [line("Rates Billing Module", 1, "2150.00", "month"), line("Citizen Portal", 1, "640.00", "month")]
    f = form(customer="Kowhai Valley District Council", vendor="Tui Ledger Limited", order_no="TL-SA-0093",
             email="payables@kowhaivalley.example", currency="NZD", effective="2026-01-20", start="2026-02-01", end="2028-01-31",
             term=24, auto_renew=True, renew=12, notice=90, pay=30, freq="monthly", timing="advance", anchor="calendar_month",
             lines=L, tcv_stated=True, mincommit=("1000.00", "month"),
             usage=[usage("Online payments processed", "transaction", None, None, "graduated",
                          [("10000", "0.25"), ("50000", "0.18"), (None, "0.12")], "monthly", "arrears")],
             tags=["schedule-fees", "numbered-clauses", "prose-fees", "no-fees-table", "NZD", "usage", "graduated-tiers", "minimum-commitment", "party-without-suffix"],
             desc="NZ council subscription; fees only in Schedule 1 prose. Two monthly lines (NZ$2,150.00 and NZ$640.00 = NZ$2,790.00 a "
                  "month), invoiced per calendar month in advance (anchor calendar_month). Stated total subscription fees over the "
                  "24-month term NZ$66,960.00 = 24 x 2,790.00. Online payments are graduated: the first 10,000 transactions in a month "
                  "at 0.25, transactions 10,001-50,000 at 0.18, above 50,000 at 0.12, so tiers up_to 10000 / 50000 / null; no "
                  "allowance is included (included_quantity null). The customer commits to at least NZ$1,000.00 of transaction "
                  "charges per month (minimum_commitment 1000.00/month).")
    f["x"] = dict(title="SUBSCRIPTION AGREEMENT", short="Tui Ledger / KVDC", ref="Reference TL-SA-0093",
                  preamble="This Agreement is dated 20 January 2026 (the 'Effective Date') and is between Tui Ledger Limited (NZBN "
                           "9429047788123), Level 3, 12 Victoria Street, Hamilton 3204 (the 'Provider') and Kowhai Valley District Council, "
                           "a territorial authority, 15 Main Road, Te Kowhai (the 'Customer').",
                  termclause=["The Subscription Term is 24 months from 1 February 2026, ending 31 January 2028.",
                              "The Agreement then renews for further terms of 12 months each unless either party gives at least 90 days "
                              "written notice before the end of the current term that it will not renew.",
                              "The Customer may not terminate for convenience during the Subscription Term."],
                  sched=[("1.1", "Subscription Fees", ["Rates Billing Module: NZ$2,150.00 per month.",
                                                      "Citizen Portal: NZ$640.00 per month.",
                                                      "Subscription fees are invoiced per calendar month in advance. The total subscription fees "
                                                      "over the Subscription Term are NZ$66,960.00 (excluding GST)."]),
                         ("1.2", "Implementation", ["No implementation fee is payable under this Agreement."]),
                         ("1.3", "Usage - Online Payments", ["Each online payment processed through the Citizen Portal is charged per "
                                                            "calendar month on a graduated basis: transactions 1 to 10,000 at NZ$0.25 each; "
                                                            "transactions 10,001 to 50,000 at NZ$0.18 each; and every transaction above "
                                                            "50,000 at NZ$0.12 each. Usage is invoiced monthly in arrears."]),
                         ("1.4", "Minimum Commitment", ["The Customer commits to online payment charges of not less than NZ$1,000.00 per "
                                                        "month. Where actual charges in a month fall short, the shortfall is invoiced with "
                                                        "the usage invoice for that month."]),
                         ("1.5", "Payment", ["Invoices are payable within 30 days and should be sent to payables@kowhaivalley.example."])],
                  vsig=("Aroha Tipene", "Managing Director", "20 January 2026"), csig=("Mark Hennessy", "Chief Financial Officer", "20 January 2026"))
    F.append(f)
    # 04 USD
    L = [line("Endpoint Protection", 2400, "3.50", "month", show_net=True),
         line("Implementation Services", 1, "7500.00", "one_time", disc=100, show_net=True)]
    f = form(customer="Lakemont Unified School District", vendor="Cobalt Ridge Security, Inc.", email="ap@lakemontusd.example",
             currency="USD", effective="2026-06-10", start="2026-07-01", end="2027-06-30", term=12, auto_renew=False, pay=45,
             freq="annual", timing="advance", po_req=True, po_num="LUSD-PO-26-0419", lines=L, tcv_stated=True,
             nonstd=["District may terminate without penalty if funds are not appropriated for a fiscal year"],
             tags=["schedule-fees", "numbered-clauses", "prose-fees", "no-fees-table", "waived-fee", "po-required", "non-appropriation", "party-without-suffix"],
             desc="US school district agreement; fees in Schedule 1 prose. Endpoint Protection is priced per device per MONTH "
                  "(2,400 x $3.50 = $8,400.00 per month, stated) but billed annually in advance ($100,800.00 per year). The "
                  "$7,500.00 implementation fee is stated and then waived in full (discount 100%, net 0.00). Stated 'Total fees "
                  "for the Subscription Term: $100,800.00' = 12 x 8,400 + 0. Term 'July 1, 2026 - June 30, 2027 (12 months)'. "
                  "Invoices must reference PO LUSD-PO-26-0419; non-appropriation termination right is non-standard.")
    f["x"] = dict(title="SUBSCRIPTION AGREEMENT", short="Cobalt Ridge / Lakemont USD", ref="",
                  preamble="This Subscription Agreement is entered into as of June 10, 2026 (the 'Effective Date') between Cobalt Ridge "
                           "Security, Inc., a Delaware corporation with offices at 600 Larkin Street, Sacramento, CA 95814 (the "
                           "'Provider'), and Lakemont Unified School District, a public school district of the State of California, "
                           "2950 Lakemont Avenue, Lakemont, CA 95630 (the 'Customer').",
                  termclause=["Subscription Term: July 1, 2026 - June 30, 2027 (12 months).",
                              "This Agreement does not renew automatically. Any renewal shall be by a new purchase order of the Customer.",
                              "Non-appropriation: if the Customer's governing board does not appropriate funds for any fiscal year, the "
                              "Customer may terminate this Agreement without penalty at the end of the last funded period."],
                  sched=[("1.1", "Subscription Fees", ["Endpoint Protection for 2,400 devices at USD 3.50 per device per month "
                                                      "($8,400.00 per month), billed annually in advance ($100,800.00 per year)."]),
                         ("1.2", "Implementation", ["Implementation Services: USD 7,500.00 one-time, discounted 100% for this order "
                                                    "(net USD 0.00)."]),
                         ("1.3", "Total", ["Total fees for the Subscription Term: $100,800.00."]),
                         ("1.4", "Invoicing and Payment", ["Invoices must reference Customer purchase order LUSD-PO-26-0419 and be "
                                                           "emailed to ap@lakemontusd.example. Payment is due net 45 days from receipt of "
                                                           "a correct invoice."])],
                  vsig=("Jared Kwan", "VP Public Sector", "June 10, 2026"), csig=("Teresa Alvarado", "Chief Business Official", "June 10, 2026"))
    F.append(f)
    return F
