from common import *


def cap(s):
    return s[0].upper() + s[1:]


def w_eur(x):
    x = D(x)
    return f"{cap(words(int(x)))} euros (EUR {fnum(x, 'eu')})"


def w_usd(x):
    x = D(x)
    cents = int((x - int(x)) * 100)
    return f"{cap(words(int(x)).replace(' and ', ' '))} and {cents:02d}/100 U.S. Dollars (US${fnum(x)})"


def w_kwd(x):
    x = D(x)
    fils = int((x - int(x)) * 1000)
    s = f"{cap(words(int(x)))} Kuwaiti Dinars"
    if fils:
        s += f" and {words(fils)} fils"
    return s + f" (KWD {fnum(x, 'us', 3)})"


def w_gbp(x):
    x = D(x)
    return f"{cap(words(int(x)))} pounds sterling (\u00a3{fnum(x)})"


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def render(path, f):
    x = f["x"]
    pdf = new_pdf(margins=24)
    pdf.footer_fn = lambda p: (p.set_y(-14), p.set_font("Times", "", 8),
                               p.cell(0, 5, lat(f"- {p.page_no()} -     Initials: ______ / ______"), align="C"))
    pdf.add_page()
    pdf.set_font("Times", "B", 15)
    pdf.cell(0, 8, lat(x["title"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if x.get("no"):
        pdf.set_font("Times", "", 10)
        pdf.cell(0, 6, lat(x["no"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Times", "", 10.5)
    pdf.cell(0, 6, "BETWEEN", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    txt(pdf, x["p1"], size=10.5, font="Times", align="C", h=5)
    pdf.cell(0, 6, "AND", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    txt(pdf, x["p2"], size=10.5, font="Times", align="C", h=5)
    pdf.ln(4)
    pdf.set_font("Times", "B", 10.5)
    pdf.cell(0, 6, "RECITALS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i, r in enumerate(x["recitals"]):
        txt(pdf, f"({chr(65+i)})  {r}", size=10.5, font="Times", h=5, align="J")
        pdf.ln(1)
    txt(pdf, "NOW, THEREFORE, the parties agree as follows:", size=10.5, font="Times", h=5)
    pdf.ln(2)
    for i, (h, paras) in enumerate(x["articles"]):
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(0, 6, lat(f"ARTICLE {ROMAN[i]} - {h.upper()}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for j, p in enumerate(paras, 1):
            boxed = isinstance(p, tuple)
            s = p[0] if boxed else p
            s = f"{i+1}.{j}  {s}"
            if boxed:
                pdf.set_fill_color(245, 242, 230)
                pdf.set_font("Times", "", 10.5)
                pdf.multi_cell(0, 5.2, lat(s), border=1, fill=True, align="J", padding=2,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                txt(pdf, s, size=10.5, font="Times", h=5, align="J")
            pdf.ln(1.2)
        pdf.ln(1.5)
    pdf.ln(4)
    if pdf.get_y() > 235:
        pdf.add_page()
    txt(pdf, x["witness"], size=10.5, font="Times", h=5)
    pdf.ln(4)
    y = pdf.get_y()
    for i, (party, s) in enumerate([(f["vendor"], x["vsig"]), (f["customer"], x["csig"])]):
        pdf.set_xy(24 + i * 84, y)
        pdf.set_font("Times", "B", 10)
        pdf.multi_cell(78, 5, lat(f"For {party}"))
        pdf.set_x(24 + i * 84)
        pdf.set_font("Times", "", 10)
        pdf.multi_cell(78, 6, lat(f"_____/s/ {s[0]}_____\n{s[0]}, {s[1]}\n{s[2]}"))
    pdf.output(path)


BOILER_ART = ("Miscellaneous", [
    "Each party warrants that it has full power and authority to enter into this Order and that the person signing it is duly authorised.",
    "Neither party shall be liable for any failure or delay caused by events beyond its reasonable control.",
    "This Order may be signed in counterparts and by electronic signature, each of which is an original."])


def forms():
    F = []
    # 01 EUR
    L = [line("Property Management Licence", 14, "2400.00", "year", show_net=True),
         line("Channel Manager", 1, "6000.00", "year"),
         line("Setup and Configuration", 1, "12000.00", "one_time")]
    f = form(customer="Hoteles Marisma S.A.", vendor="Brightkeel Software S.L.", order_no="BK-LSO-2026-019",
             email="facturas@hotelesmarisma.example", currency="EUR", effective="2026-03-02", start="2026-04-01",
             end="2027-03-31", term=12, auto_renew=True, renew=12, notice=60, pay=30, freq="annual", timing="advance",
             lines=L, tcv_stated=True,
             tags=["amounts-in-words", "prose-fees", "no-fees-table", "eu-number-format", "recitals", "roman-articles"])
    f["desc"] = ("Formal licence and services order (recitals, Roman-numbered articles) with every amount in words and figures, "
                 "e.g. 'Two thousand four hundred euros (EUR 2.400,00)'. No fees table. Licence: 14 hotels x EUR 2.400,00 per "
                 "hotel per year = EUR 33.600,00 per year (stated, so net_amount shown); Channel Manager EUR 6.000,00 per year; "
                 "setup EUR 12.000,00 once. Stated total consideration EUR 51.600,00 = 33.600 + 6.000 + 12.000 over the "
                 "twelve-month term.")
    f["x"] = dict(title="LICENCE AND SERVICES ORDER", no="Reference BK-LSO-2026-019",
                  p1="Brightkeel Software S.L., Calle de Colon 18, 46004 Valencia, Spain (the 'Licensor')",
                  p2="Hoteles Marisma S.A., Paseo Maritimo 221, 29016 Malaga, Spain (the 'Client')",
                  recitals=["The Licensor provides hotel management software as a hosted service.",
                            "The Client operates fourteen hotels on the Costa del Sol and wishes to license that software for all of them."],
                  articles=[("Effectiveness", ["This Order is effective on 2 March 2026 (the 'Effective Date')."]),
                            ("Term", ["The services shall be provided for a term of twelve (12) months, from 1 April 2026 until 31 March 2027.",
                                      "The term shall be extended automatically by further periods of twelve (12) months unless either party "
                                      "gives notice of termination at least sixty (60) days before the end of the term then running."]),
                            ("Consideration", [(f"Property Management Licence: for fourteen (14) hotels at {w_eur('2400')} per hotel per year, "
                                                f"being {w_eur('33600')} per year.",),
                                               (f"Channel Manager: {w_eur('6000')} per year.",),
                                               (f"Setup and Configuration: a single fee of {w_eur('12000')}.",),
                                               (f"Total consideration for the term: {w_eur('51600')}, exclusive of VAT.",)]),
                            ("Invoicing and Payment", ["Annual fees are invoiced in advance at the start of the term; the setup fee is "
                                                       "invoiced on the Effective Date. Invoices are payable within thirty (30) days of their date.",
                                                       "Invoices shall be addressed to facturas@hotelesmarisma.example."]),
                            BOILER_ART],
                  witness="IN WITNESS WHEREOF the parties have signed this Order in Valencia on the date stated below.",
                  vsig=("Ines Calatrava", "Managing Director", "2 March 2026"), csig=("Rafael Ortega", "Chief Financial Officer", "2 March 2026"))
    F.append(f)
    # 02 USD cents
    L = [line("Compliance Monitoring Subscription", 1, "4125.50", "month", show_net=True),
         line("Onboarding", 1, "2500.00", "one_time")]
    f = form(customer="Pelican Bay Credit Union", vendor="Ironbark Compliance Systems LLC", email="ap@pelicanbaycu.example",
             currency="USD", effective="2026-04-17", start="2026-05-01", end="2028-04-30", term=24, pay=20,
             freq="quarterly", timing="advance", lines=L, tcv_stated=True, late="1.5",
             tags=["amounts-in-words", "cheque-style-cents", "prose-fees", "no-fees-table", "monthly-price-quarterly-billing", "late-fee", "party-without-suffix"])
    f["desc"] = ("Order with US cheque-style amounts ('Four thousand one hundred twenty-five and 50/100 U.S. Dollars "
                 "(US$4,125.50)'). The subscription is priced per month (4,125.50) but invoiced quarterly in advance (the quarterly "
                 "instalment US$12,376.50 is also stated); gold unit_price is the monthly 4,125.50 with price_period month. Term "
                 "twenty-four (24) months May 1, 2026 - April 30, 2028. Stated total contract value US$101,512.00 = 24 x "
                 "4,125.50 (99,012.00) + onboarding 2,500.00. Net twenty (20) days. The order says nothing about renewal "
                 "(auto_renew null) and gives no order number.")
    f["x"] = dict(title="SUBSCRIPTION ORDER AND ACCEPTANCE", no=None,
                  p1="Ironbark Compliance Systems LLC, a Texas limited liability company, 901 Main Street, Dallas, TX 75202 ('Ironbark')",
                  p2="Pelican Bay Credit Union, a state-chartered credit union, 44 Harbor Boulevard, Biloxi, MS 39530 ('Client')",
                  recitals=["Ironbark offers regulatory compliance monitoring software for financial institutions.",
                            "Client has evaluated the software and wishes to subscribe on the terms below."],
                  articles=[("Effective Date and Term", ["This Order is effective April 17, 2026. The subscription term is twenty-four (24) "
                                                         "months, beginning May 1, 2026 and ending April 30, 2028."]),
                            ("Fees", [(f"Compliance Monitoring Subscription: {w_usd('4125.50')} per month, invoiced quarterly in advance "
                                       f"in instalments of {w_usd('12376.50')}.",),
                                      (f"Onboarding: a one-time fee of {w_usd('2500.00')}, invoiced on the Effective Date.",),
                                      (f"Total Contract Value: {w_usd('101512.00')}.",)]),
                            ("Payment", ["All invoices are payable net twenty (20) days from the invoice date to the account stated on the "
                                         "invoice. Invoices shall be e-mailed to ap@pelicanbaycu.example.",
                                         "Past-due amounts bear a late charge of one and one-half percent (1.5%) per month."]),
                            BOILER_ART],
                  witness="Executed by the duly authorized representatives of the parties.",
                  vsig=("Curtis Dale", "President", "April 17, 2026"), csig=("Monique Fontenot", "Chief Operating Officer", "April 17, 2026"))
    F.append(f)
    # 03 KWD
    L = [line("ERP User Licence", 85, "28.250", "month", show_net=True),
         line("Implementation", 1, "4500.000", "one_time")]
    f = form(customer="Al-Sahel General Trading Company W.L.L.", vendor="Gulfstream Digital Solutions K.S.C.C.",
             order_no="GDS/ORD/2026/057", email="accounts@alsahel-trading.example", currency="KWD", effective="2026-05-20",
             start="2026-06-01", end="2027-05-31", pay=45, freq="quarterly", timing="advance", po_req=True, po_num="PO-SAH-2026-311",
             lines=L, tcv_stated=True,
             nonstd=["Customer withholds a 10% retention from each invoice until final acceptance of the implementation"],
             derived={"term_months": {"value": 12, "rule": "2026-06-01 to 2027-05-31"}},
             tags=["amounts-in-words", "KWD", "three-decimals", "prose-fees", "no-fees-table", "po-required", "retention"])
    f["desc"] = ("Kuwaiti order with amounts in words and figures to three decimals (fils): 85 ERP users x KWD 28.250 per user "
                 "per month = KWD 2,401.250 per month (stated); implementation KWD 4,500.000 once. Period 'from 1 June 2026 to "
                 "31 May 2027' with no month count (term_months null, derived 12). Stated total KWD 33,315.000 = 12 x 2,401.250 "
                 "(28,815.000) + 4,500.000. Invoiced quarterly in advance; customer PO PO-SAH-2026-311 required on invoices; 10% "
                 "retention until final acceptance is non-standard.")
    f["x"] = dict(title="ORDER FOR SOFTWARE SUBSCRIPTION AND SERVICES", no="Order No. GDS/ORD/2026/057",
                  p1="Gulfstream Digital Solutions K.S.C.C., Sharq, Khalid Bin Al Waleed Street, Kuwait City (the 'Supplier')",
                  p2="Al-Sahel General Trading Company W.L.L., Shuwaikh Industrial Area, Block 2, Kuwait (the 'Customer')",
                  recitals=["The Supplier licenses enterprise resource planning software on a subscription basis.",
                            "The Customer has issued its purchase order PO-SAH-2026-311 for the subscription and services described here."],
                  articles=[("Commencement", ["This Order takes effect on 20 May 2026. The subscription runs from 1 June 2026 to 31 May 2027."]),
                            ("Price", [(f"ERP User Licence: eighty-five (85) users at {w_kwd('28.250')} per user per month, being "
                                        f"{w_kwd('2401.250')} per month.",),
                                       (f"Implementation: {w_kwd('4500')}, payable once.",),
                                       (f"Total Order value: {w_kwd('33315')}.",)]),
                            ("Invoicing and Payment", ["Subscription fees are invoiced quarterly in advance. The implementation fee is "
                                                       "invoiced on go-live. Payment is due within forty-five (45) days of invoice.",
                                                       "Every invoice must state the Customer's purchase order number PO-SAH-2026-311 and be "
                                                       "sent to accounts@alsahel-trading.example.",
                                                       "The Customer shall withhold ten percent (10%) of each invoice as a retention, to be "
                                                       "released upon written final acceptance of the implementation."]),
                            BOILER_ART],
                  witness="Signed in Kuwait City in two original copies in the English language.",
                  vsig=("Yousef Al-Mutairi", "General Manager", "20 May 2026"), csig=("Fahad Al-Sahel", "Managing Partner", "20 May 2026"))
    F.append(f)
    # 04 GBP
    L = [line("Research Platform Analyst Seat", 60, "1100.00", "year", disc=15, show_net=True),
         line("Data Feed Add-on", 1, "12000.00", "year")]
    f = form(customer="Fenwick & Rowe LLP", vendor="Larkspur Analytics plc", order_no="LA-2026-6620", email="payables@fenwickrowe.example",
             currency="GBP", effective="2026-09-18", start="2026-10-01", end="2029-09-30", term=36, auto_renew=True, renew=12,
             notice=90, pay=30, freq="annual", timing="advance", lines=L, esc="4",
             nonstd=["most-favoured-customer pricing: seat price reduced to match any lower price offered to a comparable UK customer"],
             tags=["amounts-in-words", "prose-fees", "no-fees-table", "discount", "escalator", "mfn"])
    f["desc"] = ("Amounts in words and pounds sterling figures. 60 seats at GBP 1,100.00 per seat per annum less 15% = GBP 935.00 per "
                 "seat, stated as GBP 56,100.00 per annum (net_amount shown); Data Feed GBP 12,000.00 per annum. Term 36 months "
                 "1st October 2026 to 30th September 2029. No whole-term total is stated (TCV null; CRM amount 3 x 68,100 = "
                 "204,300.00). The 4% increase applies to renewal terms only. Most-favoured-customer clause is non-standard.")
    f["x"] = dict(title="RESEARCH SERVICES ORDER", no="Order Number LA-2026-6620",
                  p1="Larkspur Analytics plc, 30 Finsbury Square, London EC2A 1AG ('Larkspur')",
                  p2="Fenwick & Rowe LLP, 12 Bedford Row, London WC1R 4BU ('the Firm')",
                  recitals=["Larkspur publishes legal and market research through its online Research Platform.",
                            "The Firm wishes to give sixty of its analysts access to the Research Platform."],
                  articles=[("Term", ["This Order is effective 18th September 2026. Access is provided for 36 months from 1st October 2026 "
                                      "to 30th September 2029 (the 'Initial Term').",
                                      "Thereafter the Order renews automatically for successive periods of 12 months unless either party "
                                      "gives at least ninety (90) days written notice before the end of the then-current term."]),
                            ("Fees", [(f"Research Platform Analyst Seat: sixty (60) seats at {w_gbp('1100')} per seat per annum, less a "
                                       f"discount of fifteen per cent (15%), giving {w_gbp('935')} per seat and {w_gbp('56100')} per annum.",),
                                      (f"Data Feed Add-on: {w_gbp('12000')} per annum.",),
                                      ("On each renewal the fees shall increase by four per cent (4%) over the fees for the preceding term.",),
                                      ("Most favoured customer: if Larkspur offers the Research Platform to any comparable UK law firm at a "
                                       "lower seat price during the Initial Term, the Firm's seat price shall be reduced to match it.",)]),
                            ("Invoicing", ["Fees are invoiced annually in advance on 1st October each year and are payable within 30 days. "
                                           "Invoices: payables@fenwickrowe.example."]),
                            BOILER_ART],
                  witness="Signed on behalf of the parties on 18th September 2026.",
                  vsig=("Harriet Nkemelu", "Commercial Director", "18th September 2026"), csig=("James Fenwick", "Managing Partner", "18th September 2026"))
    F.append(f)
    return F
