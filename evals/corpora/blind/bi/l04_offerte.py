from common import *

LAY = "offerte-nl"

def eur(x):
    """'€ 2.500,-' for whole euros, '€ 1.572,50' otherwise"""
    q = qz(x, "EUR")
    return "€ " + (intfmt(q, "eu") + ",-" if q == q.to_integral() else num(q, "EUR", "eu"))

PER = {"year": "per jaar", "month": "per maand", "quarter": "per kwartaal", "one_time": "eenmalig"}

def build(spec):
    t, r = spec["t"], spec["r"]
    def hdr(p):
        p.set_fill_color(*r["color"]); p.rect(0, 0, 210, 6, style="F")
    def ftr(p):
        p.set_y(-13); p.set_font(p.F, "", 6.8); p.set_text_color(100, 100, 100)
        p.cell(0, 3.5, r["vfoot"], align="C", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 3.5, f"Offerte {t['order_form_number']} · pagina {p.page_no()} van {{nb}}", align="C"); p.set_text_color(0, 0, 0)
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_y(14); pdf.set_font(pdf.F, "B", 16); pdf.set_text_color(*r["color"]); pdf.cell(0, 8, t["vendor_legal_name"], new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    pdf.set_font(pdf.F, "", 8.5); pdf.cell(0, 4.3, r["vaddr"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(6)
    y = pdf.get_y()
    pdf.set_font(pdf.F, "", 9.2); pdf.multi_cell(90, 4.6, t["customer_legal_name"] + "\n" + r["caddr"])
    pdf.set_xy(120, y)
    for k, v in [("Offertenummer", t["order_form_number"]), ("Offertedatum", r["odate"]), ("Geldig tot", r["valid"]), ("Uw contactpersoon", r["contact"])]:
        pdf.set_x(120); pdf.set_font(pdf.F, "", 8.3); pdf.cell(32, 4.6, k); pdf.set_font(pdf.F, "B", 8.3); pdf.cell(40, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + 28)
    pdf.set_font(pdf.F, "B", 13); pdf.cell(0, 7, "Offerte " + r["subject"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.para(r["intro"], size=9, h=4.5); pdf.ln(3)
    def h2(s):
        if pdf.get_y() > 250: pdf.add_page()
        pdf.set_font(pdf.F, "B", 10.5); pdf.set_text_color(*r["color"]); pdf.cell(0, 6.5, s, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    h2("1. Investering")
    rows = [["Omschrijving", "Aantal", "Prijs per eenheid", "Korting", "Totaal", "Periode"]]
    for l in spec["lines"]:
        rows.append([l["desc"] + (f"\n{l['note']}" if l["note"] else ""), intfmt(l["qty"], "eu"), eur(l["price"]),
                     f"{l['disc']}%" if l["disc"] is not None else "", eur(l["net"]), PER[l["period"]]])
    grid(pdf, (70, 15, 28, 15, 26, 20), rows, size=8.2, aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT"), fill=tuple(min(255, c + 170) for c in r["color"]))
    pdf.ln(2)
    for k, v in r["sums"]:
        pdf.set_x(90); pdf.set_font(pdf.F, "B", 8.8); pdf.cell(70, 5, k); pdf.cell(32, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "I", 8); pdf.cell(0, 5, "Alle bedragen zijn exclusief 21% btw.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    if r.get("staffel"):
        h2("2. Verbruik")
        pdf.para(r["staffel"][0], size=8.8, h=4.4); pdf.ln(1)
        grid(pdf, (70, 40), r["staffel"][1], size=8.4, width=110, x=18); pdf.ln(1)
        pdf.para(r["staffel"][2], size=8.8, h=4.4); pdf.ln(2)
    h2(("3" if r.get("staffel") else "2") + ". Voorwaarden")
    for k, v in r["voorw"]:
        if pdf.get_y() > 262: pdf.add_page()
        pdf.set_font(pdf.F, "B", 8.8); y = pdf.get_y(); pdf.cell(45, 4.6, k)
        pdf.set_font(pdf.F, "", 8.8); pdf.set_xy(63, y); pdf.multi_cell(129, 4.6, v, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    pdf.ln(2)
    if pdf.get_y() > 215: pdf.add_page()
    h2(("4" if r.get("staffel") else "3") + ". Akkoord")
    pdf.para(r["akkoord"], size=8.8, h=4.4); pdf.ln(3)
    y = pdf.get_y()
    for i, (who, vals) in enumerate([("Namens " + t["vendor_legal_name"], r["sig_v"]), ("Voor akkoord namens " + t["customer_legal_name"], r["sig_c"])]):
        pdf.set_xy(18 + i * 90, y); pdf.set_font(pdf.F, "B", 8.5); pdf.multi_cell(84, 4.4, who, new_x="LMARGIN", new_y="NEXT")
        for k, v in zip(("Naam", "Functie", "Datum", "Handtekening"), vals):
            pdf.set_x(18 + i * 90); pdf.set_font(pdf.F, "", 8.5); pdf.cell(24, 6, k + ":"); pdf.set_font(pdf.F, "I", 8.5); pdf.cell(58, 6, v, border="B", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    cur = "EUR"
    # 1
    lines = [L("Zaaksysteem Cloud", 1, "3250.00", "month", cur, periods=36),
             L("Gebruikerslicenties", 85, "18.50", "month", cur, periods=36),
             L("Koppeling Basisregistratie Personen", 1, "450.00", "month", cur, periods=36),
             L("Implementatie en inrichting", 1, "14500.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Gemeente Zuidervaart", vendor_legal_name="Polderdata B.V.", order_form_number="OFF-2026-0142",
        billing_contact_email="crediteuren@zuidervaart.example", currency=cur, service_start_date="2026-04-01", term_months=36, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        total_contract_value="204310.00"),
        lines=lines, r=dict(color=(0, 98, 140), vaddr="Europalaan 40 · 3526 KS Utrecht · KvK 61234567 · btw NL854123456B01",
        vfoot="Polderdata B.V. · Europalaan 40 · 3526 KS Utrecht · IBAN NL20 INGB 0001 2345 67 · KvK 61234567",
        caddr="T.a.v. afdeling Informatievoorziening\nPostbus 1200\n4700 AC Zuidervaart", odate="2 maart 2026", valid="31 maart 2026", contact="Sanne de Wit",
        subject="zaakgericht werken in de cloud",
        intro="Geachte heer Verhoeven,\n\nNaar aanleiding van ons gesprek van 24 februari jl. doen wij u hierbij met genoegen onze offerte toekomen voor de levering van ons zaaksysteem als clouddienst, inclusief de koppeling met de Basisregistratie Personen en de implementatie.",
        sums=[("Totaal per maand", eur("5272.50")), ("Eenmalige kosten", eur(14500)), ("Totale contractwaarde (36 maanden)", eur(204310))],
        voorw=[("Ingangsdatum dienst", "1 april 2026"), ("Looptijd", "36 maanden vanaf de ingangsdatum van de dienst"),
               ("Verlenging", "Na afloop van de looptijd wordt de overeenkomst stilzwijgend verlengd met telkens 12 maanden, tenzij een der partijen uiterlijk 90 dagen voor het einde van de lopende periode schriftelijk opzegt."),
               ("Facturatie", "De maandbedragen worden per kwartaal vooraf gefactureerd; de eenmalige kosten bij oplevering van de inrichting."),
               ("Betalingstermijn", "30 dagen na factuurdatum. Facturen worden verzonden aan crediteuren@zuidervaart.example."),
               ("Totale contractwaarde", "€ 204.310,- (36 × € 5.272,50 + € 14.500,-), exclusief btw."),
               ("Totstandkoming", "De overeenkomst komt tot stand en gaat in op de datum waarop deze offerte door opdrachtgever voor akkoord is ondertekend."),
               ("Algemene voorwaarden", "Op deze offerte zijn de GIBIT 2021 van toepassing, aangevuld met de Algemene Voorwaarden van Polderdata B.V.; bij strijdigheid prevaleert de GIBIT.")],
        akkoord="Wij vertrouwen erop u hiermee een passende aanbieding te hebben gedaan. Voor akkoord kunt u deze offerte ondertekend retourneren.",
        sig_v=("Sanne de Wit", "Accountmanager Overheid", "02-03-2026", "S. de Wit"), sig_c=("R. Verhoeven", "Manager Informatievoorziening", "17-03-2026", "R. Verhoeven")),
        deal_id="006-BI0401", close_date="2026-03-17",
        derived={"effective_date": {"value": "2026-03-17", "rule": "the agreement takes effect on the customer's signature of the offer, dated 17-03-2026"},
                 "service_end_date": {"value": "2029-03-31", "rule": "ingangsdatum 2026-04-01 + 36 months - 1 day"}},
        desc="Dutch quotation (Offerte) accepted by signature: the agreement starts on the customer's 'voor akkoord' signature dated 17-03-2026 (derived effective date; the offer date 2 maart 2026 and validity date are not). Round amounts written '€ 3.250,-'. Zaaksysteem Cloud € 3.250,- per month; Gebruikerslicenties 85 x € 18,50 = € 1.572,50 per month; Koppeling Basisregistratie Personen € 450,- per month; Implementatie en inrichting € 14.500,- once. Monthly total € 5.272,50; stated total € 204.310,- = 36 x 5.272,50 + 14.500 for 36 months from 1 april 2026 (end derived 2029-03-31). Quarterly in advance, 30 days, tacit renewal 12 months unless 90 days' notice.",
        tags=["dutch", "euro-dash", "eu-numbers", "quote-accepted", "derived-effective-date", "derived-end-date", "monthly-prices", "quarterly-billing", "auto-renew"]))
    # 2
    lines = [L("Platformlicentie", 1, "48000.00", "year", cur, periods=2),
             L("Named users", 40, "600.00", "year", cur, disc=10, periods=2),
             L("Acceptatieomgeving", 1, "6000.00", "year", cur, periods=2),
             L("Datamigratie", 1, "22750.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Coöperatie Verzekeringen Noord U.A.", vendor_legal_name="Dijkstra & Mol Software B.V.", order_form_number="DM-Q-2026-077",
        billing_contact_email="facturen@cvnoord.example", currency=cur, service_start_date="2026-07-01", service_end_date="2028-06-30", term_months=24,
        auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=14, billing_frequency="annual", billing_timing="advance",
        total_contract_value="173950.00"),
        lines=lines, r=dict(color=(150, 60, 20), vaddr="Oosterkade 12 · 9711 RT Groningen · KvK 02087654",
        vfoot="Dijkstra & Mol Software B.V. · Oosterkade 12 · 9711 RT Groningen · IBAN NL91 ABNA 0417 1643 00 · btw NL809876543B01",
        caddr="T.a.v. mevrouw J. Hoekstra\nZuiderdiep 101\n9401 GH Assen", odate="4 juni 2026", valid="30 juni 2026", contact="Pieter Mol",
        subject="polisadministratieplatform",
        intro="Geachte mevrouw Hoekstra,\n\nHartelijk dank voor uw interesse. Hieronder treft u onze offerte voor het polisadministratieplatform, inclusief acceptatieomgeving en de migratie van uw bestaande polisgegevens.",
        sums=[("Totaal per jaar", eur(75600)), ("Eenmalige kosten", eur(22750)), ("Totaal voor de looptijd van 24 maanden", eur(173950))],
        voorw=[("Looptijd", "24 maanden, van 1 juli 2026 tot en met 30 juni 2028"),
               ("Verlenging en opzegging", "De overeenkomst wordt stilzwijgend verlengd met perioden van 12 maanden. Opzegging dient uiterlijk 60 dagen voor het einde van de lopende periode schriftelijk te geschieden."),
               ("Facturatie", "Jaarlijks vooraf; de datamigratie wordt gefactureerd bij aanvang."),
               ("Betaling", "Binnen 14 dagen na factuurdatum. Facturen per e-mail aan facturen@cvnoord.example."),
               ("Korting", "De korting van 10% op named users geldt voor de volledige looptijd."),
               ("Totstandkoming", "De overeenkomst gaat in op de datum van ondertekening van deze offerte door opdrachtgever."),
               ("Voorwaarden", "Op deze offerte zijn de NLdigital Voorwaarden 2020 van toepassing, gedeponeerd bij de Rechtbank Midden-Nederland.")],
        akkoord="Wij zien uw akkoord graag tegemoet.",
        sig_v=("Pieter Mol", "Directeur", "04-06-2026", "P. Mol"), sig_c=("J. Hoekstra", "CFO", "11-06-2026", "J. Hoekstra")),
        deal_id="006-BI0402", close_date="2026-06-11",
        derived={"effective_date": {"value": "2026-06-11", "rule": "the agreement takes effect on the customer's signature of the offer, dated 11-06-2026"}},
        desc="Dutch quotation accepted by signature (effective on the customer's signature 11-06-2026, derived). Annual prices: Platformlicentie € 48.000,-; Named users 40 x € 600,- = 24.000 less 10% = € 21.600,-; Acceptatieomgeving € 6.000,-; Datamigratie € 22.750,- once. 'Totaal per jaar' € 75.600,-; stated total € 173.950,- = 2 x 75.600 + 22.750 for 24 months 1 juli 2026 - 30 juni 2028. Annual in advance, 14 days, tacit renewal 12 months unless 60 days' notice; prices excl. 21% btw.",
        tags=["dutch", "euro-dash", "eu-numbers", "quote-accepted", "derived-effective-date", "discount", "auto-renew"]))
    # 3
    lines = [L("Basisabonnement Verzendplatform", 1, "395.00", "month", cur, periods=12),
             L("Retourportaal", 1, "95.00", "month", cur, periods=12)]
    u = usage("Zendingslabels", "label", None, None, "graduated", [("10000", "0.18"), ("50000", "0.14"), (None, "0.11")], "monthly", "arrears")
    S.append(dict(t=dict(customer_legal_name="Bloemenhuis Aalsmeer Online B.V.", vendor_legal_name="Pakketkoers B.V.", order_form_number="PK-2026-3318",
        billing_contact_email="administratie@bloemenhuis-aalsmeer.example", currency=cur, service_start_date="2026-05-01", service_end_date="2027-04-30",
        term_months=12, auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=14, billing_frequency="monthly",
        billing_timing="advance", total_contract_value="5880.00", usage_rules=[u]),
        lines=lines, r=dict(color=(20, 120, 60), vaddr="Distributieweg 8 · 2645 EJ Delfgauw · KvK 73456789",
        vfoot="Pakketkoers B.V. · Distributieweg 8 · 2645 EJ Delfgauw · IBAN NL02 RABO 0123 4567 89 · btw NL859876123B01",
        caddr="T.a.v. de heer M. Zandbergen\nLegmeerdijk 313\n1431 GB Aalsmeer", odate="14 april 2026", valid="30 april 2026", contact="Femke Jansen",
        subject="verzendplatform en retourportaal",
        intro="Beste Mark,\n\nZoals besproken ontvang je hierbij onze offerte voor het verzendplatform met retourportaal. De labelkosten worden per maand achteraf afgerekend op basis van het werkelijke aantal zendingen.",
        sums=[("Vaste kosten per maand", eur(490)), ("Totale vaste contractwaarde (12 maanden)", eur(5880))],
        staffel=("Zendingslabels worden per kalendermaand afgerekend volgens een schijvenstaffel: elk label valt in de schijf waarin het in die maand wordt aangemaakt, zonder inbegrepen bundel.",
                 [["Aantal labels per maand", "Prijs per label"], ["1 t/m 10.000", "€ 0,18"], ["10.001 t/m 50.000", "€ 0,14"], ["vanaf 50.001", "€ 0,11"]],
                 "De labelkosten worden maandelijks achteraf gefactureerd."),
        voorw=[("Ingangsdatum", "1 mei 2026"), ("Looptijd", "12 maanden, tot en met 30 april 2027"),
               ("Verlenging", "Daarna stilzwijgend verlengd met telkens 1 maand; opzeggen kan met een opzegtermijn van 30 dagen."),
               ("Facturatie vaste kosten", "Maandelijks vooraf"), ("Betalingstermijn", "14 dagen; facturen naar administratie@bloemenhuis-aalsmeer.example"),
               ("Totstandkoming", "Deze overeenkomst gaat in op de datum van ondertekening door opdrachtgever.")],
        akkoord="Akkoord? Onderteken de offerte en stuur hem terug naar femke@pakketkoers.example.",
        sig_v=("Femke Jansen", "Sales", "14-04-2026", "F. Jansen"), sig_c=("Mark Zandbergen", "Eigenaar", "22-04-2026", "M. Zandbergen")),
        deal_id="006-BI0403", close_date="2026-04-22",
        derived={"effective_date": {"value": "2026-04-22", "rule": "the agreement takes effect on the customer's signature, dated 22-04-2026"}},
        desc="Dutch quotation with a usage staffel table. Fixed: Basisabonnement Verzendplatform € 395,- and Retourportaal € 95,- per month (€ 490,- a month); stated fixed contract value € 5.880,- = 12 x 490 for 1 mei 2026 - 30 april 2027. Usage 'Zendingslabels', graduated per calendar month with no bundle: 1-10.000 at € 0,18, 10.001-50.000 at € 0,14, from 50.001 at € 0,11 (tiers 10000, 50000, null), monthly in arrears. Monthly in advance, 14 days. Tacit renewal by 1 month at a time with 30 days' notice. Effective on the customer's signature 22-04-2026 (derived).",
        tags=["dutch", "euro-dash", "eu-numbers", "quote-accepted", "usage", "graduated", "derived-effective-date", "monthly-renewal"]))
    # 4
    lines = [L("Mediabibliotheek SaaS", 1, "2150.00", "month", cur, periods=12, start="2026-09-01", end="2027-08-31", note="Contractjaar 1: 1 september 2026 t/m 31 augustus 2027"),
             L("Mediabibliotheek SaaS", 1, "2450.00", "month", cur, periods=12, start="2027-09-01", end="2028-08-31", note="Contractjaar 2: 1 september 2027 t/m 31 augustus 2028"),
             L("Opslag archief 50 TB", 1, "700.00", "month", cur, periods=24),
             L("Migratie bestaand archief", 1, "9800.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Stichting Omroep Rivierenland", vendor_legal_name="Kanaal Zeven Media Technologie B.V.", order_form_number="KZ-OFF-26-051",
        billing_contact_email="finance@omroeprivierenland.example", currency=cur, service_start_date="2026-09-01", service_end_date="2028-08-31", term_months=24,
        auto_renew=False, payment_terms_days=21, billing_frequency="monthly", billing_timing="advance", total_contract_value="81800.00"),
        lines=lines, r=dict(color=(110, 40, 130), vaddr="Mediapark 3 · 1217 WE Hilversum · KvK 34567123",
        vfoot="Kanaal Zeven Media Technologie B.V. · Mediapark 3 · 1217 WE Hilversum · IBAN NL55 INGB 0009 8765 43",
        caddr="T.a.v. de heer D. van Rijn\nStationsweg 21\n4001 GA Tiel", odate="3 augustus 2026", valid="28 augustus 2026", contact="Lotte Brouwer",
        subject="mediabibliotheek en archiefopslag",
        intro="Geachte heer Van Rijn,\n\nIn vervolg op de demonstratie presenteren wij u graag onze offerte voor de mediabibliotheek als dienst, met een lager tarief in het eerste contractjaar, opslag voor uw archief en de migratie van het bestaande archief.",
        sums=[("Totaal contractjaar 1", eur(34200)), ("Totaal contractjaar 2", eur(37800)), ("Eenmalig", eur(9800)), ("Totale contractwaarde (24 maanden)", eur(81800))],
        voorw=[("Looptijd", "24 maanden: 1 september 2026 tot en met 31 augustus 2028"),
               ("Einde", "De overeenkomst eindigt van rechtswege na afloop van de looptijd; er is geen stilzwijgende verlenging."),
               ("Facturatie", "Maandelijks vooraf; de migratie wordt in de eerste maand gefactureerd."),
               ("Betalingstermijn", "21 dagen na factuurdatum; facturen aan finance@omroeprivierenland.example."),
               ("Totstandkoming", "De overeenkomst gaat in op de datum van ondertekening door opdrachtgever.")],
        akkoord="Graag ontvangen wij de getekende offerte retour.",
        sig_v=("Lotte Brouwer", "Accountmanager", "03-08-2026", "L. Brouwer"), sig_c=("D. van Rijn", "Directeur-bestuurder", "19-08-2026", "D. van Rijn")),
        deal_id="006-BI0404", close_date="2026-08-19",
        derived={"effective_date": {"value": "2026-08-19", "rule": "the agreement takes effect on the customer's signature, dated 19-08-2026"}},
        desc="Dutch quotation with a two-step ramp: Mediabibliotheek SaaS € 2.150,- per month in contract year 1 (1 september 2026 - 31 augustus 2027) and € 2.450,- per month in year 2 (1 september 2027 - 31 augustus 2028), one line per year with its dates; Opslag archief 50 TB € 700,- per month; Migratie bestaand archief € 9.800,- once. Year totals € 34.200,- (12 x 2.150 + 12 x 700) and € 37.800,- (12 x 2.450 + 12 x 700); stated total € 81.800,- = 34.200 + 37.800 + 9.800 for 24 months. Monthly in advance, 21 days, ends without renewal. Effective on the customer's signature 19-08-2026 (derived).",
        tags=["dutch", "euro-dash", "eu-numbers", "quote-accepted", "ramp", "derived-effective-date", "no-auto-renew"]))
    return S
