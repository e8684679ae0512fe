from common import *


def render(path, f):
    x = f["x"]
    ds = lambda s: fdate(s, x["ds"])
    cur = x["cur"]
    m = lambda v: cur + fnum(v, "us", 0)
    pdf = new_pdf(margins=16)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 11, lat(x["title"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(0)
    pdf.line(70, pdf.get_y(), 140, pdf.get_y())
    pdf.line(70, pdf.get_y() + 0.8, 140, pdf.get_y() + 0.8)
    pdf.ln(4)
    y = pdf.get_y()
    # left: addressee
    pdf.set_xy(16, y)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(100, 7, lat(f["customer"] + "  " + x["hon"]), border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_x(16)
    pdf.multi_cell(100, 4.2, lat(x["caddr"]))
    pdf.ln(2)
    pdf.set_x(16)
    txt(pdf, x["lead"], size=8.8, h=4.4, w=100)
    # right: doc info + vendor + seal
    pdf.set_xy(124, y)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(70, 4.6, lat(x["docinfo"]), align="R")
    pdf.set_xy(124, pdf.get_y() + 2)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.multi_cell(70, 5, lat(f["vendor"]), align="R")
    pdf.set_x(124)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(70, 4, lat(x["vaddr"]), align="R")
    sy = pdf.get_y() + 2
    pdf.set_draw_color(200, 30, 30)
    pdf.set_text_color(200, 30, 30)
    pdf.rect(178, sy, 16, 16)
    pdf.set_xy(178, sy + 5)
    pdf.set_font("Helvetica", "B", 7)
    pdf.cell(16, 6, "[SEAL]", align="C")
    pdf.set_text_color(0)
    pdf.set_draw_color(0)
    pdf.set_y(max(pdf.get_y(), sy + 22, y + 52))
    # total box
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_fill_color(235, 240, 250)
    pdf.cell(60, 10, lat(x["totlabel"]), border=1, fill=True, align="C")
    pdf.cell(70, 10, lat(x["totvalue"]), border=1, align="C")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(48, 10, lat(x["taxnote"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    # period table
    for k, v in x["kv"]:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.set_fill_color(245, 245, 245)
        pdf.cell(42, 6, lat(k), border=1, fill=True)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.cell(136, 6, lat(v), border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    W = [10, 72, 16, 14, 30, 36]
    A = ["C", "L", "R", "C", "R", "R"]
    pdf.set_fill_color(60, 70, 90)
    pdf.set_text_color(255)
    row(pdf, ["No.", "Item / Description", "Qty", "Unit", "Unit Price", "Amount"], W, A, style="B", fill=True, size=8.5)
    pdf.set_text_color(0)
    for i, r in enumerate(x["rows"], 1):
        row(pdf, [str(i)] + r, W, A, size=8.5)
    for _ in range(max(0, 8 - len(x["rows"]))):
        row(pdf, ["", "", "", "", "", ""], W, A, size=8.5)
    for k, v in x["sums"]:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(sum(W[:-1]), 6, lat(k), border=1, align="R")
        pdf.cell(W[-1], 6, lat(v), border=1, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 6, "Remarks", border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i, r in enumerate(x["remarks"], 1):
        txt(pdf, f"{i}. {r}", size=8.3, h=4.2)
    pdf.ln(5)
    if pdf.get_y() > 245:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(0, 5, "Order acceptance (customer)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 5, lat(x["accept"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)


def forms():
    F = []
    # 01 JPY monthly
    L = [line("Cloud WMS Base Fee", 1, "180000", "month", show_net=True),
         line("Handy Terminal License", 40, "3500", "month", show_net=True),
         line("Initial Setup Fee", 1, "600000", "one_time", show_net=True)]
    f = form(customer="Hoshino Logistics Co., Ltd.", vendor="Sakuragawa Systems K.K.", order_no="SS-2026-0412",
             email="keiri@hoshino-logi.example", currency="JPY", effective="2026-03-16", start="2026-04-01", end="2027-03-31",
             term=12, pay=30, freq="monthly", timing="arrears", lines=L, tcv_stated=True,
             tags=["japanese-style", "JPY", "no-decimals", "slash-dates", "seal", "tax-excluded-total", "monthly-arrears"])
    f["x"] = dict(title="ORDER SHEET", hon="(Messrs.)", ds="jp", cur="\u00a5",
                  caddr="2-8-1 Shinsuna, Koto-ku, Tokyo 136-0075\nAttn: Logistics Systems Dept.",
                  lead="We hereby confirm your order for the following services under the conditions below.",
                  docinfo="Order No.: SS-2026-0412\nIssue Date: 2026/03/16\nEffective Date: 2026/03/16",
                  vaddr="5-3-12 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023\nTEL 03-5555-0181",
                  totlabel="Total Contract Amount", totvalue="\u00a54,440,000-", taxnote="(consumption tax excluded)",
                  kv=[("Contract Period", "2026/04/01 - 2027/03/31 (12 months)"),
                      ("Billing", "Monthly fees invoiced at each month-end for that month (in arrears)"),
                      ("Payment Terms", "Within 30 days from invoice date, by bank transfer"),
                      ("Invoice Address", "keiri@hoshino-logi.example (Accounting Section)")],
                  rows=[["Cloud WMS Base Fee (monthly)", "1", "set", "\u00a5180,000", "\u00a5180,000"],
                        ["Handy Terminal License (monthly, per terminal)", "40", "units", "\u00a53,500", "\u00a5140,000"],
                        ["Initial Setup Fee (one-time)", "1", "set", "\u00a5600,000", "\u00a5600,000"]],
                  sums=[("Monthly Fee Subtotal", "\u00a5320,000"), ("Monthly Fees x 12 months", "\u00a53,840,000"),
                        ("One-time Fees", "\u00a5600,000"), ("Total (tax excluded)", "\u00a54,440,000")],
                  remarks=["Consumption tax (10%) will be added to each invoice.",
                           "Transfer fees are borne by the customer.",
                           "Handy terminal hardware is not included in this order."],
                  accept="We accept the above order.   Hoshino Logistics Co., Ltd.   /s/ Kenji Hoshino, General Manager, Logistics Systems   2026/03/16   [SEAL]")
    f["desc"] = ("Japanese-style order sheet in English (addressee 'Messrs.', vendor seal, big total box, yyyy/mm/dd dates) in JPY "
                 "with no decimals. Monthly: base fee 180,000 + 40 terminals x 3,500 = 140,000 -> 320,000 per month, invoiced "
                 "at each month-end (monthly, arrears); setup 600,000 one-time. Total Contract Amount (tax excluded) 4,440,000 = "
                 "12 x 320,000 + 600,000 = TCV; consumption tax is added separately and is not part of the total. Money values "
                 "in gold have no decimals.")
    F.append(f)
    # 02 JPY annual, end-of-following-month
    L = [line("Electronic Medical Record Viewer", 1, "2400000", "year", show_net=True),
         line("Additional Terminal License", 25, "24000", "year", disc=10, show_net=True)]
    f = form(customer="Tsukiyono City Hospital", vendor="Kitahama Data Service Co., Ltd.", order_no="KDS-Q-26-0077",
             email=None, currency="JPY", effective="2026-03-02", start="2026-04-01", end="2029-03-31", term=36,
             auto_renew=True, renew=12, notice=None, pay=None, freq="annual", timing="advance", lines=L, tcv_stated=True,
             tags=["japanese-style", "JPY", "no-decimals", "slash-dates", "seal", "discount", "end-of-following-month", "notice-in-months", "party-without-suffix"])
    f["x"] = dict(title="QUOTATION / ORDER FORM", hon="(Dear Sirs)", ds="jp", cur="JPY ",
                  caddr="1-1 Chuo, Tsukiyono-machi, Gunma 379-1300\nAttn: Medical Information Office",
                  lead="This quotation becomes the order form when the hospital affixes its seal in the acceptance field below.",
                  docinfo="Quotation No.: KDS-Q-26-0077\nDate: 2026/03/02\nValid until: 2026/03/31",
                  vaddr="2-1-7 Kitahama, Chuo-ku, Osaka 541-0041\nTEL 06-5555-0290",
                  totlabel="Total (3 years)", totvalue="JPY 8,820,000-", taxnote="(excluding consumption tax)",
                  kv=[("Contract Period", "2026/04/01 - 2029/03/31 (36 months)"),
                      ("Effective", "On the date of this document (2026/03/02) once accepted"),
                      ("Billing", "Annual fee invoiced in April each year, in advance"),
                      ("Payment", "By the end of the month following the month of invoice"),
                      ("Renewal", "Renewed automatically for one year unless either party gives notice three months before expiry")],
                  rows=[["Electronic Medical Record Viewer annual license", "1", "set", "2,400,000", "2,400,000"],
                        ["Additional Terminal License (annual) - special discount 10% applied (list 24,000)", "25", "lic.", "21,600", "540,000"]],
                  sums=[("Annual Amount", "JPY 2,940,000"), ("Total for 3 years", "JPY 8,820,000")],
                  remarks=["Unit prices for terminal licenses are after the 10% special discount from the list price of JPY 24,000.",
                           "Consumption tax is charged separately at the statutory rate.",
                           "Hardware, network work and on-site visits beyond two per year are quoted separately."],
                  accept="Accepted:   Tsukiyono City Hospital   /s/ Dr. Aiko Mori, Hospital Director   2026/03/02   [SEAL]")
    f["desc"] = ("Japanese quotation-as-order in JPY (no decimals, yyyy/mm/dd). EMR viewer JPY 2,400,000 per year; terminals "
                 "list 24,000 less 10% special discount = 21,600 each x 25 = 540,000 per year (gold unit_price is the list "
                 "24,000 with discount 10; the table's Unit Price column shows the discounted 21,600). Annual 2,940,000 x 3 = "
                 "8,820,000 stated total (TCV). Payment is 'by the end of the month following the month of invoice', which is "
                 "not a Net-N term, so payment_terms_days is null. Renewal notice is 'three months' (no days) -> null. No "
                 "invoice e-mail is given.")
    F.append(f)
    # 03 KRW monthly advance
    L = [line("MES Cloud Subscription", 1, "4500000", "month", show_net=True),
         line("Line Sensor Connection", 60, "35000", "month", show_net=True),
         line("Setup & Training", 1, "8000000", "one_time", show_net=True)]
    f = form(customer="Hanbit Precision Co., Ltd.", vendor="Daon Cloud Inc.", order_no="DC-2026-0318",
             email="tax-invoice@hanbitprecision.example", currency="KRW", effective="2026-04-20", start="2026-05-01",
             end="2027-04-30", term=12, pay=30, freq="monthly", timing="advance", lines=L, tcv_stated=True,
             tags=["korean-style", "KRW", "no-decimals", "dotted-korean-dates", "seal", "vat-excluded-total"])
    f["x"] = dict(title="SERVICE ORDER", hon="(To)", ds="kr", cur="KRW ",
                  caddr="45 Seongsan-ro, Changwon-si, Gyeongsangnam-do 51529\nAttn: Smart Factory Team",
                  lead="The following service order is confirmed between the parties.",
                  docinfo="Order No.: DC-2026-0318\nDate: 2026. 04. 20.\nEffective: 2026. 04. 20.",
                  vaddr="12F, 311 Teheran-ro, Gangnam-gu, Seoul 06151\nBusiness Reg. No. 220-88-54321",
                  totlabel="Total Order Amount", totvalue="KRW 87,200,000", taxnote="(VAT 10% separate)",
                  kv=[("Service Period", "2026. 05. 01. - 2027. 04. 30. (12 months)"),
                      ("Billing", "Monthly, in advance (electronic tax invoice at start of each month)"),
                      ("Payment", "Within 30 days of tax invoice"),
                      ("Tax invoice e-mail", "tax-invoice@hanbitprecision.example")],
                  rows=[["MES Cloud Subscription (per month)", "1", "EA", "4,500,000", "4,500,000"],
                        ["Line Sensor Connection (per sensor per month)", "60", "EA", "35,000", "2,100,000"],
                        ["Setup & Training (one-time)", "1", "EA", "8,000,000", "8,000,000"]],
                  sums=[("Monthly total", "KRW 6,600,000"), ("12 months", "KRW 79,200,000"), ("One-time", "KRW 8,000,000"),
                        ("Total", "KRW 87,200,000")],
                  remarks=["VAT (10%) is added to each tax invoice.", "Sensors may be added at KRW 35,000 per month each."],
                  accept="Hanbit Precision Co., Ltd.   CEO Park Ji-hoon   /s/ Park Ji-hoon   2026. 04. 20.   [SEAL]")
    f["desc"] = ("Korean-style service order in KRW (no decimals) with dates written '2026. 05. 01.'. Monthly: 4,500,000 + 60 x "
                 "35,000 = 2,100,000 -> 6,600,000 per month in advance; setup 8,000,000 once. Total Order Amount 87,200,000 = "
                 "12 x 6,600,000 + 8,000,000 (VAT excluded) = TCV.")
    F.append(f)
    # 04 KRW annual, usage, derived end
    L = [line("Fleet Analytics Enterprise", 1, "36000000", "year", show_net=True),
         line("Driver Mobile App", 300, "60000", "year", show_net=True)]
    f = form(customer="Gyeongbu Freight Corporation", vendor="Saebyeol Software Co., Ltd.", order_no="SB-OF-2606-11",
             email="ap@gyeongbufreight.example", currency="KRW", effective="2026-06-22", start="2026-07-01", end=None, term=24,
             pay=60, freq="annual", timing="advance", po_req=True, po_num="GF-2026-0703", lines=L,
             usage=[usage("API calls", "call", "1000000", "month", "per_unit", [(None, "2")], "monthly", "arrears")],
             derived={"service_end_date": {"value": "2028-06-30", "rule": "start 2026-07-01 + 24 months - 1 day"}},
             tags=["korean-style", "KRW", "no-decimals", "dotted-korean-dates", "seal", "usage", "derived-end-date", "po-required", "annual-total-not-tcv"])
    f["x"] = dict(title="ORDER FORM", hon="(To)", ds="kr", cur="KRW ",
                  caddr="88 Gyeongbu-daero, Dong-gu, Daejeon 34620\nAttn: Transport Planning Division",
                  lead="Saebyeol Software Co., Ltd. will provide the services below on the conditions stated.",
                  docinfo="Order Form No.: SB-OF-2606-11\nDate: 2026. 06. 22.\nCustomer PO: GF-2026-0703",
                  vaddr="7F, 55 Pangyo-ro, Bundang-gu, Seongnam-si 13494",
                  totlabel="Annual Amount", totvalue="KRW 54,000,000", taxnote="(VAT excluded)",
                  kv=[("Effective Date", "2026. 06. 22."), ("Service Start", "2026. 07. 01."),
                      ("Contract Term", "24 months from Service Start"),
                      ("Billing", "Annual fees yearly in advance; API overage monthly in arrears"),
                      ("Payment", "60 days after receipt of tax invoice"),
                      ("PO", "Customer PO No. GF-2026-0703 must be written on every tax invoice")],
                  rows=[["Fleet Analytics Enterprise (annual)", "1", "Set", "36,000,000", "36,000,000"],
                        ["Driver Mobile App (annual, per driver)", "300", "User", "60,000", "18,000,000"],
                        ["API calls above 1,000,000 per month (overage, per call)", "-", "Call", "2", "as used"]],
                  sums=[("Annual Amount (VAT excluded)", "KRW 54,000,000")],
                  remarks=["Tax invoices to ap@gyeongbufreight.example.", "VAT 10% separate.",
                           "API usage is measured per calendar month; calls up to 1,000,000 per month are included."],
                  accept="Gyeongbu Freight Corporation   Director Lee Soo-jin   /s/ Lee Soo-jin   2026. 06. 22.   [SEAL]")
    f["desc"] = ("Korean-style order form in KRW. Annual fees: platform 36,000,000 + 300 drivers x 60,000 = 18,000,000 -> "
                 "54,000,000 per year. The term is '24 months from Service Start' (2026-07-01) with no end date, so the end is "
                 "derived (2028-06-30). Only the ANNUAL amount is totalled (TCV null; CRM amount 2 x 54,000,000 = "
                 "108,000,000). API calls: 1,000,000 per month included, then KRW 2 per call monthly in arrears; the overage row "
                 "in the table is usage, not a line item. PO GF-2026-0703 required.")
    F.append(f)
    return F
