from common import *


def render(path, f):
    x = f["x"]
    pdf = new_pdf(margins=20)
    pdf.header_fn = lambda p: (p.set_font("Helvetica", "B", 8), p.set_text_color(*x["col"]),
                               p.cell(0, 5, lat(f"{f['vendor'].upper()}  |  CONTRACT AMENDMENT"), align="L",
                                      new_x=XPos.LMARGIN, new_y=YPos.NEXT), p.set_text_color(0), p.ln(3))
    pdf.footer_fn = lambda p: (p.set_y(-12), p.set_font("Helvetica", "", 7),
                               p.cell(0, 5, lat(f"{x['amdno']} - Page {p.page_no()}"), align="C"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, lat(x["title"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    # reference box
    pdf.set_draw_color(*x["col"])
    pdf.set_line_width(0.4)
    y = pdf.get_y()
    for k, v in x["ref"]:
        pdf.set_x(22)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.cell(52, 5.2, lat(k))
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.multi_cell(0, 5.2, lat(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.rect(20, y - 1, 170, pdf.get_y() - y + 2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0)
    pdf.ln(5)
    for h, paras in x["body"]:
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(0, 6, lat(h), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for p in paras:
            if p == "TABLE":
                pdf.ln(1)
                pdf.set_fill_color(*x["fill"])
                row(pdf, x["hdr"], x["widths"], x["aligns"], style="B", fill=True, size=7.8)
                for r in x["rows"]:
                    row(pdf, r, x["widths"], x["aligns"], size=8.2)
                for k, v in x["totals"]:
                    pdf.set_font("Helvetica", "B", 8.5)
                    pdf.cell(sum(x["widths"][:-1]), 6, lat(k), border=1, align="R")
                    pdf.cell(x["widths"][-1], 6, lat(v), border=1, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
            else:
                txt(pdf, p, size=9, h=4.6, align="J")
                pdf.ln(1.2)
        pdf.ln(2)
    pdf.ln(3)
    if pdf.get_y() > 240:
        pdf.add_page()
    txt(pdf, "Except as amended above, the Agreement remains unchanged and in full force and effect.", size=9)
    pdf.ln(4)
    y = pdf.get_y()
    for i, (party, s) in enumerate([(f["customer"], x["csig"]), (f["vendor"], x["vsig"])]):
        pdf.set_xy(20 + i * 88, y)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.multi_cell(82, 4.5, lat(party.upper()))
        pdf.set_x(20 + i * 88)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.multi_cell(82, 5.5, lat(f"By: /s/ {s[0]}\nPrinted name: {s[0]}\nTitle: {s[1]}\nDate signed: {s[2]}"))
    pdf.output(path)


def forms():
    F = []
    # 01 USD: 25 seats, 6 of 12 months
    L = [line("Dispatcher Seat", 25, "720.00", "year", show_net=True, start="2026-07-01", end="2026-12-31", sku="CV-DSP")]
    f = form(customer="Marlow Freight Partners LLC", vendor="Cindervale Software, Inc.", order_no="AMD-CV-1120-02",
             email="ap@marlowfreight.example", currency="USD", effective="2026-06-24", start="2026-07-01", end="2026-12-31",
             pay=30, freq="annual", timing="advance", anchor="coterm:2026-12-31", lines=L, tcv_stated=True,
             derived={"term_months": {"value": 6, "rule": "add-on period 2026-07-01 to 2026-12-31"}},
             tags=["amendment", "add-on", "mid-term", "proration", "coterm"])
    f["x"] = dict(col=(180, 80, 0), fill=(250, 230, 205), amdno="AMD-CV-1120-02",
                  title="Amendment No. 2 to Order Form CV-OF-1120 - Additional Seats",
                  ref=[("Amendment reference", "AMD-CV-1120-02"), ("Original Order Form", "CV-OF-1120 dated December 12, 2025"),
                       ("Customer", "Marlow Freight Partners LLC"), ("Vendor", "Cindervale Software, Inc."),
                       ("Amendment Effective Date", "June 24, 2026"), ("Current subscription term", "January 1, 2026 - December 31, 2026")],
                  body=[("1. Additional Seats", ["Effective July 1, 2026 (the 'Add-On Date'), Customer adds twenty-five (25) Dispatcher Seats "
                                                 "to its subscription. The added seats are co-terminous with the current subscription term and "
                                                 "end on December 31, 2026.", "TABLE",
                                                 "Proration: annual value x months remaining / 12 = $18,000.00 x 6 / 12 = $9,000.00."]),
                        ("2. Invoicing", ["The prorated charge is invoiced on the Add-On Date and is payable Net 30. From the next renewal, "
                                          "the added seats are invoiced together with the existing seats, annually in advance, on the "
                                          "existing renewal date (co-termed to December 31, 2026).",
                                          "Invoices continue to be sent to ap@marlowfreight.example."])],
                  hdr=["Item", "SKU", "Added Qty", "Annual Unit Price", "Annual Value", "Prorated Period", "Months", "Prorated Charge"],
                  widths=[28, 18, 15, 22, 22, 35, 12, 18], aligns=["L", "L", "R", "R", "R", "L", "R", "R"],
                  rows=[["Dispatcher Seat", "CV-DSP", "25", "$720.00", "$18,000.00", "Jul 1, 2026 - Dec 31, 2026", "6", "$9,000.00"]],
                  totals=[("Total Amendment Charge", "$9,000.00")],
                  csig=("Alan Marlow", "Chief Operating Officer", "June 24, 2026"), vsig=("Rebecca Shore", "Account Manager", "June 24, 2026"))
    f["desc"] = ("Mid-term add-on amendment. 25 Dispatcher Seats added from 2026-07-01, co-terminous with the existing term ending "
                 "2026-12-31. Gold line: the ANNUAL unit price $720.00 (price_period year), quantity 25, annual value $18,000.00 "
                 "shown (net_amount), dated 2026-07-01..2026-12-31. The prorated charge $9,000.00 = 18,000 x 6/12 is what this "
                 "document bills, so it is the stated total (TCV). Service dates are the add-on period; term_months not stated "
                 "(derived 6). billing_anchor coterm:2026-12-31 (co-termed to the existing end date). Effective date = the "
                 "amendment effective date June 24, 2026.")
    F.append(f)
    # 02 GBP: 12 licences + setup, 5 months, prorated only
    L = [line("Practice Manager Licence", 12, "540.00", "year", disc=10, start="2026-11-01", end="2027-03-31"),
         line("Additional Site Setup", 1, "750.00", "one_time")]
    f = form(customer="Carrick Veterinary Group Ltd", vendor="Thistledown Systems Ltd", order_no="TS-CO-0417",
             email="purchaseledger@carrickvets.example", currency="GBP", effective="2026-10-15", start="2026-11-01",
             end="2027-03-31", pay=14, freq="annual", timing="advance", anchor="coterm:2027-03-31", lines=L, tcv_stated=True,
             po_req=True, po_num="CVG-22871",
             derived={"term_months": {"value": 5, "rule": "2026-11-01 to 2027-03-31"}},
             tags=["amendment", "add-on", "mid-term", "proration", "coterm", "discount", "po-required", "uk-ordinal-dates"])
    f["x"] = dict(col=(40, 100, 60), fill=(215, 235, 220), amdno="Change Order TS-CO-0417",
                  title="Change Order TS-CO-0417: Additional Licences (New Branch - Ayr)",
                  ref=[("Change Order No.", "TS-CO-0417"), ("Agreement", "Thistledown Services Agreement of 1st April 2025"),
                       ("Customer", "Carrick Veterinary Group Ltd"), ("Supplier", "Thistledown Systems Ltd"),
                       ("Effective", "15th October 2026"), ("Current term ends", "31st March 2027"),
                       ("Customer PO", "CVG-22871")],
                  body=[("A. What is changing", ["From 1st November 2026 the Customer adds 12 Practice Manager Licences for its new Ayr "
                                                 "branch. The licences are priced at the Customer's existing rate of GBP 540.00 per licence "
                                                 "per year less the 10% group discount, and run to 31st March 2027 so that they end with the "
                                                 "current term.", "TABLE"]),
                        ("B. Charges and payment", ["The charges above are invoiced on 1st November 2026, quoting PO CVG-22871 (a PO "
                                                    "number is mandatory on every invoice), and are payable within 14 days. Invoices to "
                                                    "purchaseledger@carrickvets.example.",
                                                    "From 1st April 2027 the licences renew with the rest of the subscription and are invoiced "
                                                    "annually in advance."])],
                  hdr=["Component", "Quantity", "Rate / yr", "Discount", "Period charged", "Charge (GBP)"],
                  widths=[46, 18, 22, 18, 42, 24], aligns=["L", "R", "R", "R", "L", "R"],
                  rows=[["Practice Manager Licence", "12", "540.00", "10%", "1st Nov 2026 - 31st Mar 2027 (5 of 12 months)", "2,430.00"],
                        ["Additional Site Setup (one-off)", "1", "750.00", "-", "one-off", "750.00"]],
                  totals=[("Total payable under this Change Order", "3,180.00")],
                  csig=("Fiona Carrick", "Practice Director", "15th October 2026"), vsig=("Ewan Baird", "Sales Manager", "15th October 2026"))
    f["desc"] = ("Change order adding 12 licences mid-term. Gold line unit_price is the ANNUAL list rate GBP 540.00 with discount 10; "
                 "the table shows only the prorated charge (2,430.00), not an annual net, so net_amount is null. Worked: 12 x 540.00 "
                 "less 10% = 5,832.00 per year x 5/12 (1st Nov 2026 - 31st Mar 2027) = 2,430.00; plus one-off setup 750.00 = "
                 "3,180.00, the stated total (TCV). Co-termed to 2027-03-31 (anchor coterm:2027-03-31); no term length is "
                 "written (derived 5 months). PO CVG-22871 is mandatory on invoices.")
    F.append(f)
    # 03 EUR hospital network
    L = [line("Clinical Viewer Licence", 40, "300.00", "year", show_net=True, start="2026-10-01", end="2027-03-31"),
         line("Premium Support Uplift", 1, "4800.00", "year", show_net=True, start="2026-10-01", end="2027-03-31")]
    f = form(customer="Rheintal Klinikverbund", vendor="Kanalwerk Software GmbH", order_no="KW-NT-2026-031",
             email="rechnungseingang@rheintal-kliniken.example", currency="EUR", effective="2026-09-22", start="2026-10-01",
             end="2027-03-31", term=6, pay=30, freq="annual", timing="advance", anchor="coterm:2027-03-31", lines=L, tcv_stated=True,
             tags=["amendment", "add-on", "mid-term", "proration", "coterm", "eu-number-format", "dot-dates", "party-without-suffix"])
    f["x"] = dict(col=(0, 60, 130), fill=(215, 225, 245), amdno="Nachtrag KW-NT-2026-031",
                  title="Nachtrag Nr. 3 / Amendment No. 3 - Erweiterung / Expansion",
                  ref=[("Nachtrag / Amendment", "KW-NT-2026-031"), ("Hauptvertrag / Main contract", "KW-V-2024-007 vom 15.03.2024"),
                       ("Kunde / Customer", "Rheintal Klinikverbund (Anstalt des oeffentlichen Rechts)"),
                       ("Anbieter / Vendor", "Kanalwerk Software GmbH"), ("Wirksam / Effective", "22.09.2026"),
                       ("Laufzeit Nachtrag / Term", "6 Monate / months: 01.10.2026 - 31.03.2027")],
                  body=[("1. Erweiterung / Expansion", ["With effect from 01.10.2026 the Customer adds 40 Clinical Viewer Licences and "
                                                        "upgrades to Premium Support. Both items end on 31.03.2027 together with the main "
                                                        "contract year (co-terminous).", "TABLE",
                                                        "Anteilig = Jahresbetrag x 6/12. / Prorated = annual amount x 6/12."]),
                        ("2. Abrechnung / Invoicing", ["The prorated amounts are invoiced on 01.10.2026, payable within 30 days. From "
                                                       "01.04.2027 both items are invoiced annually in advance with the main contract. "
                                                       "Invoices to rechnungseingang@rheintal-kliniken.example."])],
                  hdr=["Position", "Zus. Menge / Added", "Jahrespreis / Annual price", "Jahresbetrag / Annual amount", "Anteilig / Prorated (6 Mon.)"],
                  widths=[48, 24, 32, 33, 33], aligns=["L", "R", "R", "R", "R"],
                  rows=[["Clinical Viewer Licence", "40", "300,00 EUR", "12.000,00 EUR", "6.000,00 EUR"],
                        ["Premium Support Uplift", "1", "4.800,00 EUR", "4.800,00 EUR", "2.400,00 EUR"]],
                  totals=[("Summe Nachtrag / Amendment total", "8.400,00 EUR")],
                  csig=("Dr. Claudia Reuter", "Kaufmaennische Direktorin", "22.09.2026"), vsig=("Jonas Hartig", "Geschaeftsfuehrer", "22.09.2026"))
    f["desc"] = ("Bilingual German/English amendment adding 40 viewer licences and a support uplift from 01.10.2026 to 31.03.2027 "
                 "(stated '6 Monate', so term_months 6), co-terminous with the main contract year (anchor coterm:2027-03-31). Gold "
                 "lines carry the annual prices (300,00 per licence; 4.800,00) with annual amounts shown (12.000,00 and 4.800,00 = "
                 "net_amount). Prorated 6/12: 6.000,00 + 2.400,00 = 8.400,00 = stated amendment total (TCV). The customer is a "
                 "public-law hospital network without a company suffix.")
    F.append(f)
    # 04 USD quarterly, 11 months
    L = [line("Branch Kiosk Licence", 3, "300.00", "quarter", show_net=True, start="2026-08-01", end="2027-06-30"),
         line("Kiosk Configuration", 3, "150.00", "one_time", show_net=True)]
    f = form(customer="Greenfield County Library System", vendor="Sablewood Data Corp.", order_no="SW-ADD-5560",
             email="libraryap@greenfieldcounty.example", currency="USD", effective="2026-07-28", start="2026-08-01",
             end="2027-06-30", pay=30, freq="quarterly", timing="advance", anchor="coterm:2027-06-30", lines=L, tcv_stated=True,
             derived={"term_months": {"value": 11, "rule": "2026-08-01 to 2027-06-30"}},
             tags=["amendment", "add-on", "mid-term", "proration", "coterm", "quarterly-price", "party-without-suffix", "partial-quarter"])
    f["x"] = dict(col=(90, 60, 120), fill=(230, 220, 240), amdno="Add-On Order SW-ADD-5560",
                  title="Add-On Order SW-ADD-5560 (amends Subscription Order SW-SO-4410)",
                  ref=[("Add-On Order", "SW-ADD-5560"), ("Amends", "Subscription Order SW-SO-4410 (term July 1, 2025 - June 30, 2027)"),
                       ("Customer", "Greenfield County Library System"), ("Vendor", "Sablewood Data Corp."),
                       ("Effective", "July 28, 2026"), ("Add-on service period", "August 1, 2026 through June 30, 2027")],
                  body=[("Added services", ["Three self-service kiosks at the Elm Street, Riverside and North branches are added to the "
                                            "subscription at the existing rate of $300.00 per kiosk per quarter. The kiosks are "
                                            "co-termed with Subscription Order SW-SO-4410.", "TABLE",
                                            "The remaining period is 11 months (3 full quarters and 2 months); the prorated "
                                            "subscription charge is $900.00 per quarter x 11/3 = $3,300.00."]),
                        ("Billing", ["The prorated subscription charge and configuration fee are invoiced on August 1, 2026; thereafter "
                                     "kiosks are billed quarterly in advance with the rest of the subscription. Payment terms Net 30. "
                                     "Send invoices to libraryap@greenfieldcounty.example."])],
                  hdr=["Line", "Units", "Price per Unit", "Per Quarter", "Charge for Add-on Period"],
                  widths=[60, 16, 30, 30, 34], aligns=["L", "R", "R", "R", "R"],
                  rows=[["Branch Kiosk Licence (Aug 1, 2026 - Jun 30, 2027)", "3", "$300.00 / quarter", "$900.00", "$3,300.00"],
                        ["Kiosk Configuration (one-time)", "3", "$150.00", "-", "$450.00"]],
                  totals=[("Total Add-On Order value", "$3,750.00")],
                  csig=("Naomi Whitfield", "Library Director", "July 28, 2026"), vsig=("Derek Sato", "Public Sector Sales", "July 28, 2026"))
    f["desc"] = ("Add-on order co-termed to an existing subscription ending 2027-06-30 (anchor coterm:2027-06-30). Kiosk licences "
                 "are priced per QUARTER ($300.00 per kiosk per quarter; 3 kiosks = $900.00 per quarter shown as net_amount). "
                 "Add-on period 2026-08-01..2027-06-30 = 11 months = 11/3 quarters, so the prorated charge is 900 x 11/3 = "
                 "$3,300.00; configuration 3 x $150.00 = $450.00 one-time; stated total $3,750.00 = TCV. No term length in months "
                 "is written (derived 11).")
    F.append(f)
    return F
