from common import *

INTRO = ("This Schedule sets out the products and services ordered and the fees payable for them. Product descriptions "
         "are summaries; the functional scope of each product is described in the vendor's current product documentation. "
         "Quantities are the maximum number of units that may be used at any time unless otherwise stated. Where a unit "
         "price is shown with a discount, the discount applies for the term of this Order only and is not carried into any "
         "renewal unless the renewal order says so. One-time items are invoiced on signature of this Order unless the "
         "Billing column says otherwise. Any item not listed in this Schedule is not included in the subscription and will "
         "be quoted separately on request.")


SVC = ["provided as a hosted service with standard support.", "licensed per unit shown in the Qty / Units column.",
       "available from the start date once provisioning is complete.", "includes updates released during the term.",
       "subject to the fair-use limits in the product documentation.", "delivered by the vendor's certified staff.",
       "configured during implementation; changes after go-live are chargeable."]

NOTES = [
    "Usage data is measured by the vendor's systems; the customer may request a usage report at any time.",
    "Named-user licences may be reassigned when a user leaves the customer's organisation or changes role permanently.",
    "Non-production environments may not be used for live processing and carry no service level commitment.",
    "Professional services are delivered remotely unless the line description states otherwise; travel is not chargeable.",
    "Support hours, response targets and escalation contacts are those of the vendor's current support policy.",
    "Connectors and interfaces are maintained for the versions of third-party systems supported at the date of this order.",
    "Training credits expire twelve months after the start date if unused and are not refundable.",
    "The vendor may substitute a product name or code for an equivalent successor product without change in price.",
    "Where an item is described as covering up to a number of users or records, exceeding that number requires an upgrade order.",
    "Hosting location and backup retention are as described in the security schedule of the governing agreement.",
    "Price holds quoted in this schedule apply only to the quantities shown and lapse if the order is not signed by the effective date.",
    "Any credit notes issued under this order are applied against the next invoice and are not paid out in cash.",
    "Third-party content or data subscriptions are passed through at cost only where listed as a separate line.",
]


def render(path, f):
    x = f["x"]
    pdf = new_pdf(margins=17)

    def hdr(p):
        p.set_font("Helvetica", "", 7.5)
        p.set_text_color(90)
        p.cell(0, 4, lat(f"{f['vendor']}  -  {x['title']} {x['no']}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_draw_color(150)
        p.line(17, p.get_y() + 1, 193, p.get_y() + 1)
        p.set_draw_color(0)
        p.set_text_color(0)
        p.ln(4)
    pdf.header_fn = hdr
    pdf.footer_fn = lambda p: (p.set_y(-12), p.set_font("Helvetica", "", 7.5),
                               p.cell(0, 5, f"Page {p.page_no()} of {{nb}}", align="R"))
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.cell(0, 10, lat(x["title"].upper()), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, lat(f"{x['nolabel']}: {x['no']}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    txt(pdf, x["parties"], size=9.5, h=4.8)
    pdf.ln(4)
    for i, (k, v) in enumerate(x["kv"], 1):
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(8, 5.5, f"{i}.")
        pdf.cell(52, 5.5, lat(k))
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 5.5, lat(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 6, "General", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for s in x["general"]:
        txt(pdf, s, size=8.5, h=4.2, align="J")
        pdf.ln(1.5)
    # page 2
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, lat(x["sched"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    txt(pdf, INTRO, size=8.8, h=4.4, align="J")
    pdf.ln(2)
    txt(pdf, x["intro2"], size=8.8, h=4.4, align="J")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "Ordering notes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for k, note in enumerate(NOTES):
        if pdf.get_y() >= x.get("table_y", 205):
            break
        txt(pdf, f"({k+1}) {note}", size=8.3, h=4.1, align="J")
        pdf.ln(1)
    pdf.ln(1)
    if pdf.get_y() < x.get("table_y", 205):
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(0, 5, "Service descriptions", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for k, l in enumerate(f["lines"]):
            if pdf.get_y() >= x.get("table_y", 205):
                break
            txt(pdf, f"{l['sku']} - {l['desc']}: {SVC[k % len(SVC)]}", size=8.3, h=4.1)
    pdf.ln(3)
    W, A, H = x["widths"], x["aligns"], x["hdr"]

    def head(p):
        p.set_fill_color(*x["fill"])
        row(p, H, W, A, style="B", fill=True, size=7.8)

    def cont(p):
        p.set_font("Helvetica", "B", 11)
        p.cell(0, 7, lat(x["sched"] + " (continued)"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(1)
        head(p)
    head(pdf)
    for r in x["rows"]:
        row(pdf, r, W, A, size=8.2, on_break=cont, lh=4.3)
    pdf.ln(2)
    for k, v in x["totals"]:
        if pdf.get_y() > pdf.h - 30:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(sum(W) - 40, 6, lat(k), align="R")
        pdf.cell(40, 6, lat(v), align="R", border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    if pdf.get_y() > pdf.h - 55:
        pdf.add_page()
    txt(pdf, "IN WITNESS WHEREOF the parties have executed this " + x["title"] + ".", size=9)
    pdf.ln(3)
    y = pdf.get_y()
    for i, (party, s) in enumerate([(f["customer"], x["csig"]), (f["vendor"], x["vsig"])]):
        pdf.set_xy(17 + i * 90, y)
        pdf.set_font("Helvetica", "B", 9)
        pdf.multi_cell(84, 5, lat(party))
        pdf.set_x(17 + i * 90)
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(84, 6, lat(f"Signature: /s/ {s[0]}\nName: {s[0]}\nTitle: {s[1]}\nDate: {s[2]}"))
    pdf.output(path)


def mk(f, spec, fmt_row):
    L, rows = [], []
    for i, s in enumerate(spec, 1):
        l = line(**s)
        L.append(l)
        rows.append(fmt_row(i, l))
    f["lines"] = L
    return rows


def forms():
    F = []
    PER = {"year": "Annual", "month": "Monthly", "one_time": "One-time"}
    # 01 USD ------------------------------------------------------------
    spec = [("Claims Workbench - Adjuster Seat", "SG-CW-ADJ", 120, "1150.00", 12, "Named adjuster user; includes mobile inspection app and desk review queue"),
            ("Claims Workbench - Supervisor Seat", "SG-CW-SUP", 18, "1600.00", 12, "Supervisor user with reserve approval and reassignment rights"),
            ("Policy Admin Core", "SG-PA-CORE", 1, "85000.00", None, "Policy lifecycle, endorsements, renewals and cancellations for personal lines"),
            ("Rating Engine", "SG-PA-RATE", 1, "22000.00", None, "Configurable rating tables and rate versioning"),
            ("Document Composer", "SG-DOC", 1, "14500.00", 5, "Policy documents, notices and correspondence templates"),
            ("Customer Portal", "SG-PORT", 1, "19000.00", None, "Self-service portal for up to 250,000 policyholders"),
            ("Agent Portal Seat", "SG-AGT", 400, "48.00", None, "Independent agent user, quoting and binding"),
            ("Fraud Signals Add-on", "SG-FRD", 1, "16000.00", 10, "Third-party fraud indicators scored at first notice of loss"),
            ("Data Warehouse Connector", "SG-DWC", 2, "4500.00", None, "Nightly extract to customer-hosted warehouse"),
            ("Sandbox Environment", "SG-SBX", 2, "6000.00", 50, "Non-production environment refreshed quarterly"),
            ("Premier Support", "SG-SUP-PRM", 1, "28000.00", None, "24x7 priority support with named technical account manager"),
            ("Single Sign-On Module", "SG-SSO", 1, "3500.00", None, "SAML 2.0 / OIDC integration"),
            ("Implementation - Phase 1", "SG-PS-IMP1", 1, "60000.00", "OT", "Fixed-fee implementation of claims and policy modules"),
            ("Training Credits", "SG-PS-TRN", 20, "450.00", "OT", "Instructor-led training, one credit = one attendee day")]
    f = form(customer="Oakhaven Mutual Insurance Company", vendor="Stratusgate Technologies, Inc.", order_no="SG-OF-2026-0212",
             email="apinvoices@oakhavenmutual.example", currency="USD", effective="2026-04-22", start="2026-05-01",
             end="2027-04-30", term=12, auto_renew=True, renew=12, notice=30, pay=30, freq="annual", timing="advance",
             po_req=False, tcv_stated=True,
             tags=["multi-page-table", "continued-header", "many-lines", "discount", "one-time-fee", "po-not-required"])

    def r1(i, l):
        return [str(i), l["sku"], l["desc"] + "\n" + l["note"], "One-time" if l["period"] == "one_time" else "Annual",
                qty_str(l["qty"]), fnum(l["unit"]), (f"{l['disc']}%" if l["disc"] else ""), fnum(net_period(l))]
    rows = mk(f, [dict(desc=a, sku=b, qty=c, unit=u, period=("one_time" if dd == "OT" else "year"),
                       disc=(None if dd in (None, "OT") else dd), show_net=True, note=n) for a, b, c, u, dd, n in spec], r1)
    rec = sum(net_period(l) for l in f["lines"] if l["period"] == "year")
    ot = sum(net_period(l) for l in f["lines"] if l["period"] == "one_time")
    f["desc"] = (f"Three-page order form; the pricing table starts on page 2 and continues onto page 3 under 'Schedule A - "
                 f"Pricing (continued)' with the column header repeated. 14 lines: 12 annual (Extended = annual net after "
                 f"discount, e.g. adjuster 120 x 1,150.00 less 12% = 121,440.00; sandbox 2 x 6,000 less 50% = 6,000.00) and 2 "
                 f"one-time. Annual recurring {fnum(rec)} + one-time {fnum(ot)} = {fnum(rec + ot)}, stated as the total for the "
                 f"12-month term (TCV). The form expressly says no purchase order is required (po_required false).")
    f["x"] = dict(title="Order Form", nolabel="Order Form No.", no="SG-OF-2026-0212", sched="Schedule A - Pricing", fill=(210, 225, 240),
                  parties="This Order Form is entered into between Stratusgate Technologies, Inc., 77 Summer Street, Boston, MA 02110 "
                          "('Stratusgate') and Oakhaven Mutual Insurance Company, 1400 Grand Avenue, Des Moines, IA 50309 ('Customer'), "
                          "under the Master Subscription Agreement between them dated March 3, 2025.",
                  kv=[("Order Effective Date", "April 22, 2026"), ("Subscription Term", "12 months"),
                      ("Subscription Start Date", "May 1, 2026"), ("Subscription End Date", "April 30, 2027"),
                      ("Billing Frequency", "Annually in advance"), ("Payment Terms", "Net 30"),
                      ("Invoice Delivery", "apinvoices@oakhavenmutual.example"),
                      ("Purchase Order", "Not required - Customer confirms no PO will be issued for this Order"),
                      ("Renewal", "Automatic renewal for 12 months unless either party gives 30 days notice before the end of the term"),
                      ("Fees", "As set out in Schedule A - Pricing (pages 2-3)")],
                  general=["This Order Form is governed by the Master Subscription Agreement. Capitalised terms not defined here have the "
                           "meanings given in that agreement.",
                           "Fees are stated in US dollars and exclude applicable taxes. Quantities may be increased during the term at the "
                           "discounted unit prices shown, prorated to the end of the current term.",
                           "Stratusgate will provide the service from data centres located in the United States."],
                  intro2="Billing column: 'Annual' items are billed annually in advance for the Subscription Term; 'One-time' items are "
                         "billed once. Extended = quantity x unit price less discount, per year for annual items.",
                  hdr=["No.", "Item Code", "Product / Service", "Billing", "Qty", "Unit Price", "Disc.", "Extended"],
                  widths=[9, 22, 64, 16, 11, 20, 11, 23], aligns=["C", "L", "L", "L", "R", "R", "R", "R"], rows=rows,
                  totals=[("Annual recurring fees (USD)", fnum(rec)), ("One-time fees (USD)", fnum(ot)),
                          ("Total fees for the 12-month term (USD)", "$" + fnum(rec + ot))],
                  csig=("Laura Beckett", "SVP Claims", "April 22, 2026"), vsig=("Owen Tully", "Chief Revenue Officer", "April 22, 2026"))
    F.append(f)
    # 02 PLN ------------------------------------------------------------
    spec = [("WMS Cloud - Warehouse User", "VC-WMS-U", 250, "1440.00", 10), ("WMS Cloud - Site Licence", "VC-WMS-S", 6, "18000.00", None),
            ("Yard Management", "VC-YMS", 6, "7200.00", None), ("Carrier Integration Hub", "VC-CIH", 1, "36000.00", 15),
            ("Label & Document Printing Service", "VC-LBL", 6, "2400.00", None), ("Handheld Device Management", "VC-MDM", 300, "96.00", None),
            ("Analytics Dashboards", "VC-BI", 25, "1200.00", None), ("EDI Connector", "VC-EDI", 4, "5500.00", None),
            ("Test Environment", "VC-TST", 1, "12000.00", 50), ("Extended Support 24/7", "VC-SUP", 1, "48000.00", None),
            ("Implementation Services", "VC-IMP", 1, "145000.00", "OT"), ("Data Migration", "VC-MIG", 1, "38500.00", "OT")]
    f = form(customer="Baltyk Logistics S.A.", vendor="Vistula Cloud Sp. z o.o.", order_no="VC/ZAM/2026/044",
             email="faktury@baltyklogistics.example", currency="PLN", effective="2026-02-16", start="2026-03-01",
             end="2028-02-29", term=24, auto_renew=True, renew=12, notice=60, pay=14, freq="annual", timing="advance",
             tcv_stated=True, tags=["multi-page-table", "continued-header", "many-lines", "PLN", "space-thousands-comma-decimal",
                                    "currency-after-amount", "dot-dates", "bilingual-headers", "leap-day-end"])

    def r2(i, l):
        return [str(i), l["sku"], l["desc"], "jednorazowo / one-time" if l["period"] == "one_time" else "rocznie / annual",
                qty_str(l["qty"]), fnum(l["unit"], "fr") + " PLN", (f"{l['disc']}%" if l["disc"] else "-"), fnum(net_period(l), "fr") + " PLN"]
    rows = mk(f, [dict(desc=a, sku=b, qty=c, unit=u, period=("one_time" if dd == "OT" else "year"),
                       disc=(None if dd in (None, "OT") else dd), show_net=True) for a, b, c, u, dd in spec], r2)
    rec = sum(net_period(l) for l in f["lines"] if l["period"] == "year")
    ot = sum(net_period(l) for l in f["lines"] if l["period"] == "one_time")
    tot = rec * 2 + ot
    f["desc"] = (f"Polish order form in PLN, numbers like '1 296,00 PLN' (space thousands, comma decimals, currency after). "
                 f"Pricing table on page 2 continues on page 3 with a '(continued)' heading. 10 annual lines (Wartosc roczna = "
                 f"annual net, e.g. 250 x 1 440,00 less 10% = 324 000,00) and 2 one-time lines. Annual recurring {fnum(rec, 'fr')} "
                 f"x 2 years + one-time {fnum(ot, 'fr')} = {fnum(tot, 'fr')} PLN, stated as the 24-month total (TCV). Term "
                 f"01.03.2026 - 29.02.2028 (24 months; leap-day end).")
    f["x"] = dict(title="Zamowienie / Order Form", nolabel="Nr zamowienia / Order No.", no="VC/ZAM/2026/044",
                  sched="Zalacznik 1 - Cennik / Annex 1 - Pricing", fill=(235, 220, 220),
                  parties="Zamowienie zawarte pomiedzy / Order between: Vistula Cloud Sp. z o.o., ul. Prosta 68, 00-838 Warszawa, "
                          "KRS 0000712233 ('Dostawca' / Vendor), a / and Baltyk Logistics S.A., ul. Portowa 12, 81-340 Gdynia "
                          "('Klient' / Customer).",
                  kv=[("Data wejscia w zycie / Effective", "16.02.2026"), ("Okres / Term", "24 miesiace / months"),
                      ("Poczatek / Start", "01.03.2026"), ("Koniec / End", "29.02.2028"),
                      ("Fakturowanie / Invoicing", "rocznie z gory / annually in advance"),
                      ("Termin platnosci / Payment", "14 dni / 14 days"),
                      ("Faktury / Invoices to", "faktury@baltyklogistics.example"),
                      ("Przedluzenie / Renewal", "automatycznie na 12 miesiecy, wypowiedzenie 60 dni przed koncem okresu / "
                                                 "renews automatically for 12 months unless notice is given 60 days before the end of the term")],
                  general=["Ceny netto, do ktorych zostanie doliczony podatek VAT. / Prices are net of VAT.",
                           "Zamowienie podlega Ogolnym Warunkom Swiadczenia Uslug Dostawcy. / The Vendor's general terms of service apply.",
                           "Wszelkie zmiany wymagaja formy pisemnej. / Changes must be made in writing."],
                  intro2="Wartosc roczna / annual value = ilosc x cena jednostkowa - rabat (for one-time items: the one-off amount).",
                  hdr=["Lp.", "Kod", "Opis / Description", "Okres", "Ilosc", "Cena jedn.", "Rabat", "Wartosc roczna"],
                  widths=[9, 22, 50, 20, 11, 23, 14, 27], aligns=["C", "L", "L", "L", "R", "R", "R", "R"], rows=rows,
                  totals=[("Razem rocznie / Annual recurring", fnum(rec, "fr") + " PLN"), ("Jednorazowo / One-time", fnum(ot, "fr") + " PLN"),
                          ("Wartosc calkowita / Total (24 miesiace)", fnum(tot, "fr") + " PLN")],
                  csig=("Marta Zielinska", "Prezes Zarzadu", "16.02.2026"), vsig=("Piotr Nowicki", "Dyrektor Sprzedazy", "16.02.2026"))
    F.append(f)
    # 03 AUD ramp -------------------------------------------------------
    Y = [("2026-07-01", "2027-06-30", "Year 1"), ("2027-07-01", "2028-06-30", "Year 2"), ("2028-07-01", "2029-06-30", "Year 3")]
    spec = []
    for (s, e, yn), u in zip(Y, ["96000.00", "104000.00", "112000.00"]):
        spec.append(dict(desc="Care Records Platform", sku="CD-CRP", qty=1, unit=u, period="year", start=s, end=e, yn=yn))
    for (s, e, yn), q in zip(Y, [300, 340, 380]):
        spec.append(dict(desc="Clinical Staff Licence", sku="CD-CSL", qty=q, unit="240.00", period="year", start=s, end=e, yn=yn))
    spec += [dict(desc="Family Connect App", sku="CD-FCA", qty=1, unit="12000.00", period="year", yn="Years 1-3"),
             dict(desc="Medication Management Module", sku="CD-MED", qty=1, unit="30000.00", period="year", start="2027-07-01", end="2029-06-30", yn="Years 2-3"),
             dict(desc="Pharmacy Interface", sku="CD-INT-PH", qty=1, unit="8500.00", period="year", yn="Years 1-3"),
             dict(desc="Payroll Interface", sku="CD-INT-PY", qty=1, unit="6000.00", period="year", yn="Years 1-3"),
             dict(desc="Data Hosting - Australian Region", sku="CD-HOST", qty=1, unit="9600.00", period="year", yn="Years 1-3"),
             dict(desc="Onboarding", sku="CD-ONB", qty=1, unit="45000.00", period="one_time", yn="On signature"),
             dict(desc="Additional Training Days", sku="CD-TRN", qty=6, unit="1800.00", period="one_time", yn="As used")]
    f = form(customer="Southern Cross Aged Care Ltd", vendor="Coolabah Digital Pty Ltd", order_no="CD-ORD-7731",
             email="accounts.payable@southerncrossaged.example", currency="AUD", effective="2026-06-19", start="2026-07-01",
             end="2029-06-30", term=36, auto_renew=False, pay=30, freq="annual", timing="advance", tcv_stated=True, late="1.5",
             tags=["multi-page-table", "continued-header", "ramp", "quantity-ramp", "AUD", "late-fee", "partial-period-line"])

    def r3(i, l):
        per = "once" if l["period"] == "one_time" else "p.a."
        return [f"{i:02d}", l["desc"] + f"\n[{l['sku']}]", l["yn"] + (f"\n{fdate(l['start'], 'uk')} - {fdate(l['end'], 'uk')}" if l["start"] else ""),
                qty_str(l["qty"]), "A$" + fnum(l["unit"]) + " " + per, "A$" + fnum(net_period(l))]
    rows = mk(f, [dict(s, show_net=True) for s in spec], r3)
    tot = tcv(f)
    f["desc"] = ("Three-year aged-care order in AUD (A$) with a price ramp on the platform (A$96,000 / 104,000 / 112,000) and a "
                 "quantity ramp on staff licences (300 / 340 / 380 x A$240), each year a separate gold line with its own dates; "
                 "the Medication module runs only Years 2-3 (2027-07-01..2029-06-30, 2 x 30,000). Lines without a period "
                 "column date run the whole term. The pricing table continues from page 2 to page 3. TCV stated A$"
                 f"{fnum(tot)} = 312,000 + 244,800 + 36,000 + 60,000 + 25,500 + 18,000 + 28,800 + 45,000 + 10,800. Amount "
                 "column = per-year amount for recurring lines (so net_amount is shown).")
    f["x"] = dict(title="Customer Order", nolabel="Order reference", no="CD-ORD-7731", sched="Part B - Fees Schedule", fill=(220, 235, 215),
                  parties="Coolabah Digital Pty Ltd (ABN 51 622 190 845) of Level 8, 120 Collins Street, Melbourne VIC 3000 ('Coolabah') "
                          "agrees to supply, and Southern Cross Aged Care Ltd (ABN 33 104 558 902) of 9 Ocean Parade, Wollongong NSW 2500 "
                          "('Customer') agrees to acquire, the services in Part B on the terms of this Customer Order.",
                  kv=[("Effective Date", "19 June 2026"), ("Term", "36 months, 1 July 2026 to 30 June 2029"),
                      ("Invoicing", "Each contract year's fees annually in advance on 1 July; one-off fees on signature"),
                      ("Payment", "30 days from invoice"), ("Accounts payable", "accounts.payable@southerncrossaged.example"),
                      ("Late payment", "1.5% per month on overdue amounts"),
                      ("Renewal", "This Customer Order does not renew automatically"),
                      ("Fees", "Part B (pages 2 and 3). All amounts exclude GST.")],
                  general=["Coolabah will host all Customer data in Australia. The Customer may increase licence numbers at any time at "
                           "the rates in Part B.", "Each party may terminate for material breach that is not remedied within 30 days."],
                  intro2="Amount = yearly amount for recurring items (p.a.) and the full amount for one-off items. Items without dates "
                         "in the Period column apply for the whole Term.",
                  hdr=["Ref", "Module", "Period", "Units", "Rate", "Amount"], widths=[10, 52, 46, 14, 32, 22],
                  aligns=["C", "L", "L", "R", "R", "R"], rows=rows,
                  totals=[("Total fees over the 36-month Term (excl. GST)", "A$" + fnum(tot))],
                  csig=("Janine Cartwright", "Chief Executive Officer", "19 June 2026"), vsig=("Liam Osei", "Director", "19 June 2026"))
    F.append(f)
    # 04 CAD monthly -----------------------------------------------------
    spec = [("Dispatch Console Seat", "MCS-DSP", 45, "95.00", None), ("Vehicle Telematics Licence", "MCS-VTL", 380, "22.00", None),
            ("Driver App User", "MCS-DRV", 900, "4.50", None), ("Route Optimisation Engine", "MCS-ROE", 1, "3800.00", 10),
            ("Passenger Information Feed (GTFS-RT)", "MCS-GTFS", 1, "1250.00", None), ("Fare Integration Gateway", "MCS-FARE", 1, "1900.00", None),
            ("Maintenance Work Orders", "MCS-MWO", 60, "18.00", None), ("Parts Inventory Module", "MCS-PIM", 1, "650.00", None),
            ("Incident Reporting", "MCS-INC", 1, "400.00", None), ("Analytics Workspace", "MCS-AWS", 10, "75.00", None),
            ("Open Data API", "MCS-API", 1, "500.00", None), ("Sandbox Tenant", "MCS-SBX", 1, "900.00", 50),
            ("Premium Support", "MCS-SUP", 1, "2200.00", None), ("Paratransit Scheduler", "MCS-PARA", 12, "110.00", None),
            ("Data Retention Extension", "MCS-RET", 1, "350.00", None), ("Onboarding Program", "MCS-ONB", 1, "24000.00", "OT")]
    f = form(customer="Rideau Transit Cooperative", vendor="Maplewood Cloud Services Ltd.", order_no="MCS-2026-1183",
             email="payables@rideautransit.example", currency="CAD", effective="2026-08-20", start="2026-09-01", end=None, term=36,
             pay=15, freq="monthly", timing="advance", anchor="day:1", mincommit=("25000.00", "month"),
             usage=[usage("Telematics data messages", "message", None, None, "volume",
                          [("5000000", "0.0005"), ("20000000", "0.0004"), (None, "0.0003")], "monthly", "arrears")],
             derived={"service_end_date": {"value": "2029-08-31", "rule": "start 2026-09-01 + 36 months - 1 day"}},
             tags=["multi-page-table", "continued-header", "many-lines", "CAD", "monthly", "usage", "volume-tiers", "minimum-commitment", "derived-end-date", "party-without-suffix"])

    def r4(i, l):
        return [str(i), l["sku"], l["desc"] + (" (one-time)" if l["period"] == "one_time" else ""), qty_str(l["qty"]),
                "C$" + fnum(l["unit"]), (f"{l['disc']}%" if l["disc"] else ""), "C$" + fnum(net_period(l))]
    rows = mk(f, [dict(desc=a, sku=b, qty=c, unit=u, period=("one_time" if dd == "OT" else "month"),
                       disc=(None if dd in (None, "OT") else dd), show_net=True) for a, b, c, u, dd in spec], r4)
    rec = sum(net_period(l) for l in f["lines"] if l["period"] == "month")
    f["desc"] = ("Transit co-operative order in CAD (C$) with 15 monthly lines and one one-time onboarding line; the table "
                 "runs from page 2 onto page 3 under a '(continued)' heading. 'Monthly Amount' = net per month (e.g. Route "
                 f"Optimisation 3,800 less 10% = 3,420.00; Sandbox 900 less 50% = 450.00); monthly total C${fnum(rec)}. The term is "
                 "'thirty-six (36) months commencing September 1, 2026' with no end date, so the end is derived (2029-08-31). No "
                 "whole-term total is stated (TCV null). Telematics messages use VOLUME pricing (all messages in the month at the "
                 "rate of the band reached: up to 5,000,000 at 0.0005, up to 20,000,000 at 0.0004, above at 0.0003). Minimum "
                 "monthly commitment C$25,000.00. Invoices on the 1st of each month (day:1).")
    f["x"] = dict(title="Service Order", nolabel="Service Order #", no="MCS-2026-1183", sched="Exhibit 1 - Monthly Fees", fill=(240, 230, 205),
                  parties="Maplewood Cloud Services Ltd., 220 Laurier Avenue West, Ottawa, Ontario K1P 5Z9 ('Maplewood'), and Rideau "
                          "Transit Cooperative, 45 Depot Road, Kingston, Ontario K7K 2A1 ('Customer'), agree to this Service Order.",
                  kv=[("Effective Date", "August 20, 2026"), ("Commencement", "September 1, 2026"),
                      ("Term", "thirty-six (36) months from Commencement"),
                      ("Invoicing", "Monthly in advance, invoice dated the 1st of each month"), ("Payment", "Net 15"),
                      ("Invoices to", "payables@rideautransit.example"),
                      ("Minimum Commitment", "Customer commits to fees of at least C$25,000.00 per month"),
                      ("Telematics Messages", "Billed monthly in arrears at volume rates: if total messages in a month are up to "
                                              "5,000,000, all at C$0.0005; up to 20,000,000, all at C$0.0004; above 20,000,000, all at C$0.0003"),
                      ("Fees", "Exhibit 1 (pages 2-3)")],
                  general=["This Service Order is subject to Maplewood's Cloud Services Terms. Fees exclude HST.",
                           "Units may be added during the Term at the unit rates in Exhibit 1."],
                  intro2="Monthly Amount = Units x Monthly Rate less Disc. The Onboarding Program is a one-time fee invoiced on Commencement.",
                  hdr=["#", "SKU", "Service", "Units", "Monthly Rate", "Disc", "Monthly Amount"], widths=[9, 22, 62, 15, 25, 12, 31],
                  aligns=["C", "L", "L", "R", "R", "R", "R"], rows=rows,
                  totals=[("Total monthly recurring fees", "C$" + fnum(rec)), ("One-time onboarding", "C$24,000.00")],
                  csig=("Denise Lachance", "General Manager", "August 20, 2026"), vsig=("Harjit Sandhu", "VP Sales", "August 20, 2026"))
    F.append(f)
    return F
