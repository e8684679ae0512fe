from common import *

LAY = "auftragsbestaetigung-de"
E = lambda x: num(x, "EUR", "eu")
EINH = {"year": "/ Jahr", "month": "/ Monat", "quarter": "/ Quartal", "one_time": "einmalig"}

def build(spec):
    t, r = spec["t"], spec["r"]
    def ftr(p):
        p.set_y(-20); p.set_draw_color(150, 150, 150); p.line(18, p.get_y(), 192, p.get_y())
        p.set_font(p.F, "", 6.4); p.set_text_color(90, 90, 90)
        w = 58
        y = p.get_y() + 1
        for i, block in enumerate(r["footer"]):
            p.set_xy(18 + i * w, y); p.multi_cell(w, 2.9, block)
        p.set_xy(18, -8); p.cell(0, 3, f"Seite {p.page_no()} von {{nb}}", align="R"); p.set_text_color(0, 0, 0)
    pdf = Doc(ftr=ftr); pdf.set_auto_page_break(True, margin=24); pdf.add_page()
    pdf.set_font(pdf.F, "B", 15); pdf.set_xy(110, 14); pdf.cell(82, 7, t["vendor_legal_name"], align="R")
    pdf.set_font(pdf.F, "", 8); pdf.set_xy(110, 21); pdf.multi_cell(82, 3.8, r["vaddr_block"], align="R")
    pdf.set_xy(20, 45); pdf.set_font(pdf.F, "U", 6.5); pdf.cell(85, 3, f"{t['vendor_legal_name']} · {r['vaddr_line']}")
    pdf.set_xy(20, 50); pdf.set_font(pdf.F, "", 9.5); pdf.multi_cell(85, 4.6, t["customer_legal_name"] + "\n" + r["caddr"])
    pdf.set_xy(125, 48)
    for k, v in r["info"]:
        pdf.set_x(125); pdf.set_font(pdf.F, "", 8); pdf.cell(30, 4.4, k); pdf.set_font(pdf.F, "B", 8); pdf.cell(37, 4.4, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(92); pdf.set_font(pdf.F, "B", 12)
    pdf.cell(0, 6, f"Auftragsbestätigung Nr. {t['order_form_number']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.para(r["intro"], size=9.3, h=4.6); pdf.ln(3)
    rows = [["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis EUR", "Rabatt", "Gesamtpreis EUR"]]
    for i, l in enumerate(spec["lines"] + r.get("optional", []), 1):
        pos = r["posfmt"](i)
        if l["removed"]:
            pos = f"{pos} (Opt.)"
        rows.append([pos, l["sku"] or "", l["desc"] + (f"\n{l['note']}" if l["note"] else ""),
                     num_str(str(l["qty"]), "eu"), l["unit"] + " " + EINH[l["period"]] if l["period"] != "one_time" else "einmalig",
                     E(l["price"]), f"{l['disc']} %" if l["disc"] is not None else "",
                     ("(" + E(l["net"]) + ")") if l["removed"] else E(l["net"])])
    grid(pdf, (14, 21, 45, 12, 22, 22, 13, 25), rows, size=7.6, aligns=("LEFT", "LEFT", "LEFT", "RIGHT", "LEFT", "RIGHT", "RIGHT", "RIGHT"))
    pdf.ln(2)
    for k, v, b in r["sums"]:
        pdf.set_x(100); pdf.set_font(pdf.F, "B" if b else "", 8.8); pdf.cell(62, 5, k); pdf.cell(30, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    if r.get("optnote"):
        pdf.ln(1); pdf.para(r["optnote"], size=8, style="I", h=4)
    pdf.ln(4)
    pdf.set_font(pdf.F, "B", 10.5); pdf.cell(0, 6, "Vertragsbedingungen", new_x="LMARGIN", new_y="NEXT")
    for i, (h, body) in enumerate(r["conds"], 1):
        if pdf.get_y() > 255: pdf.add_page()
        pdf.set_font(pdf.F, "B", 8.8); pdf.cell(0, 4.8, f"{i}. {h}", new_x="LMARGIN", new_y="NEXT")
        pdf.para(body, size=8.6, h=4.3); pdf.ln(1)
    pdf.ln(2)
    pdf.para(r["closing"], size=8.8, h=4.4); pdf.ln(3)
    if pdf.get_y() > 240: pdf.add_page()
    pdf.para("Mit freundlichen Grüßen", size=9); pdf.ln(8)
    pdf.para(f"{r['signer']}\n{t['vendor_legal_name']}", size=9, align="L")
    return pdf

def U(l, unit):
    l["unit"] = unit; return l

def specs():
    S = []
    cur = "EUR"
    # 1 ---------------------------------------------------------------------------------
    lines = [U(L("Flottenportal Professional", 60, "480.00", "year", cur, sku="RW-FLT-PRO", disc=10, periods=2), "Nutzer"),
             U(L("Telematik-Schnittstelle", 1, "6000.00", "year", cur, sku="RW-TEL-API", periods=2), "pauschal"),
             U(L("Einrichtung und Schulung", 1, "2500.00", "one_time", cur, sku="RW-EIN"), "pauschal")]
    S.append(dict(t=dict(customer_legal_name="Hanseatische Kühllogistik GmbH & Co. KG", vendor_legal_name="Rheinwerk Cloud Solutions GmbH",
        order_form_number="AB-2026-01457", billing_contact_email="rechnungseingang@hk-logistik.example", currency=cur, effective_date="2026-03-12",
        service_start_date="2026-04-01", service_end_date="2028-03-31", term_months=24, auto_renew=True, renewal_term_months=12,
        non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_number="4500187321",
        total_contract_value="66340.00"),
        lines=lines, r=dict(posfmt=lambda i: str(i * 10), vaddr_line="Agrippinawerft 22 · 50678 Köln",
        vaddr_block="Agrippinawerft 22\n50678 Köln\nTel. +49 221 555 0140\nvertrieb@rheinwerk-cloud.example",
        caddr="Abteilung Einkauf\nAm Sandtorkai 41\n20457 Hamburg",
        info=[("Auftrags-Nr.", "AB-2026-01457"), ("Datum", "12.03.2026"), ("Kunden-Nr.", "K-30418"), ("Ihre Bestellung", "4500187321"), ("vom", "10.03.2026"), ("Ansprechpartner", "J. Behrendt")],
        intro="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Bestellung Nr. 4500187321 vom 10.03.2026. Wir bestätigen Ihnen hiermit den Auftrag über die folgenden Leistungen zu den unten genannten Bedingungen. Alle Preise verstehen sich in Euro zuzüglich der gesetzlichen Umsatzsteuer.",
        sums=[("Summe netto (1. Vertragsjahr)", E(34420), False), ("zzgl. 19 % USt.", E("6539.80"), False), ("Gesamtbetrag brutto", E("40959.80"), True)],
        conds=[("Vertragsbeginn und Laufzeit", "Die Leistungen werden ab dem 01.04.2026 bereitgestellt. Die feste Vertragslaufzeit beträgt 24 Monate und endet am 31.03.2028."),
               ("Verlängerung und Kündigung", "Der Vertrag verlängert sich nach Ablauf der festen Laufzeit automatisch um jeweils weitere 12 Monate, sofern er nicht von einer der Parteien mit einer Frist von 90 Tagen vor Ablauf der jeweiligen Laufzeit schriftlich gekündigt wird."),
               ("Abrechnung", "Die laufenden Entgelte (Pos. 10 und 20) werden jährlich im Voraus in Rechnung gestellt. Die Einrichtung und Schulung (Pos. 30) wird pauschal mit EUR 2.500 berechnet und mit der ersten Rechnung fakturiert."),
               ("Zahlungsbedingungen", "Rechnungen sind innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug zahlbar. Rechnungen werden im PDF-Format an rechnungseingang@hk-logistik.example versandt."),
               ("Gesamtvertragswert", "Der Gesamtvertragswert für die feste Laufzeit von 24 Monaten beträgt EUR 66.340,00 netto (2 x EUR 31.920,00 laufende Entgelte zzgl. EUR 2.500,00 Einrichtung)."),
               ("Allgemeine Geschäftsbedingungen", "Im Übrigen gelten unsere Allgemeinen Geschäftsbedingungen für Software-as-a-Service in der bei Vertragsschluss gültigen Fassung. Abweichende Einkaufsbedingungen des Kunden finden keine Anwendung, auch wenn wir ihnen nicht ausdrücklich widersprechen.")],
        closing="Bitte prüfen Sie diese Auftragsbestätigung. Sollten Sie Abweichungen zu Ihrer Bestellung feststellen, bitten wir um Mitteilung innerhalb von fünf Werktagen.",
        signer="Julia Behrendt, Key Account Management",
        footer=["Rheinwerk Cloud Solutions GmbH\nSitz: Köln · Amtsgericht Köln HRB 98765\nGeschäftsführer: Dr. Tobias Wendt",
                "Sparkasse KölnBonn\nIBAN DE12 3705 0198 0012 3456 78\nBIC COLSDE33XXX", "USt-IdNr. DE318765432\nSteuer-Nr. 214/5712/3456\nwww.rheinwerk-cloud.example"]),
        deal_id="006-BI0101",
        desc="German DIN-5008 order confirmation (Auftragsbestätigung) in German: address window, info block, position table (Pos. 10/20/30), netto/USt./brutto sums and numbered 'Vertragsbedingungen'; numbers in 1.234,56 style and 'EUR 2.500' without decimals in prose. Flottenportal Professional 60 x 480,00 = 28.800 less 10 % = 25.920,00 per year; Telematik-Schnittstelle 6.000,00 per year; Einrichtung 2.500,00 once. Year-1 net 34.420,00 (+19 % VAT 6.539,80 = 40.959,80 gross; VAT is not a term). Stated TCV 66.340,00 net = 2 x 31.920 + 2.500 for 24 months 01.04.2026-31.03.2028. The customer's order number 4500187321 is quoted (po_number) but not stated as required. Annual in advance, 30 days, renews 12 months unless 90 days' notice.",
        tags=["german", "eu-numbers", "dot-dates", "vat-below-total", "one-time-fee", "auto-renew", "discount"]))
    # 2 ---------------------------------------------------------------------------------
    lines = [U(L("Zählerdaten-Plattform", 1, "1850.00", "month", cur, sku="ZDP-100", periods=36), "pauschal"),
             U(L("Zusatzmodul Lastprognose", 1, "420.00", "month", cur, sku="ZDP-LP", periods=36), "pauschal"),
             U(L("Datenmigration", 1, "4200.00", "one_time", cur, sku="DL-MIG"), "pauschal")]
    S.append(dict(t=dict(customer_legal_name="Stadtwerke Lindenau GmbH", vendor_legal_name="Brückner Datentechnik AG",
        order_form_number="2026/AB/0392", billing_contact_email="kreditoren@sw-lindenau.example", currency=cur, effective_date="2026-06-08",
        service_start_date="2026-07-01", term_months=36, auto_renew=True, renewal_term_months=12,
        non_renewal_notice_days=60, payment_terms_days=14, billing_frequency="monthly", billing_timing="advance", price_escalator_percent="3",
        total_contract_value="85920.00"),
        lines=lines, r=dict(posfmt=lambda i: f"{i:03d}", vaddr_line="Landsberger Str. 300 · 80687 München",
        vaddr_block="Landsberger Straße 300\n80687 München\nTel. +49 89 555 7720\nauftrag@brueckner-dt.example",
        caddr="Zentraler Einkauf\nKraftwerkstraße 5\n04177 Leipzig",
        info=[("Auftrag", "2026/AB/0392"), ("Datum", "08.06.2026"), ("Kunden-Nr.", "100-4471"), ("Ihr Angebot", "ANG-26-0118"), ("Bearbeiter", "M. Kessler")],
        intro="Sehr geehrte Damen und Herren,\n\nwir danken Ihnen für Ihren Auftrag auf Grundlage unseres Angebots ANG-26-0118 und bestätigen die Bereitstellung der nachstehenden Leistungen. Die Monatspreise verstehen sich netto zuzüglich der gesetzlichen Umsatzsteuer.",
        sums=[("Summe monatlich netto (Pos. 001-002)", E(2270), False), ("zzgl. 19 % USt.", E("431.30"), False), ("Summe monatlich brutto", E("2701.30"), True),
              ("Einmalig netto (Pos. 003)", E(4200), False)],
        conds=[("Leistungsbeginn und Laufzeit", "Leistungsbeginn ist der 01.07.2026. Der Vertrag hat eine Mindestlaufzeit von 36 Monaten ab Leistungsbeginn."),
               ("Verlängerung", "Nach Ablauf der Mindestlaufzeit verlängert sich der Vertrag stillschweigend um jeweils 12 Monate, wenn er nicht mit einer Frist von 60 Tagen zum Ende der jeweiligen Laufzeit gekündigt wird. Für jede Verlängerungsperiode erhöhen sich die Monatspreise um 3 %."),
               ("Abrechnung", "Die Monatspreise werden monatlich im Voraus berechnet. Die Datenmigration in Höhe von EUR 4.200 wird nach Abnahme einmalig in Rechnung gestellt."),
               ("Zahlung", "Zahlungsziel: 14 Tage netto ab Rechnungsdatum. Bitte senden Sie Rückfragen zu Rechnungen an kreditoren@sw-lindenau.example."),
               ("Vertragswert", "Der Gesamtvertragswert über die Mindestlaufzeit beträgt EUR 85.920,00 netto (36 x EUR 2.270,00 zzgl. EUR 4.200,00)."),
               ("Datenschutz", "Die Verarbeitung personenbezogener Daten erfolgt auf Grundlage des gesondert abgeschlossenen Auftragsverarbeitungsvertrags nach Art. 28 DSGVO. Die Daten werden ausschließlich in Rechenzentren in Deutschland gespeichert.")],
        closing="Wir freuen uns auf die Zusammenarbeit und stehen Ihnen für Rückfragen jederzeit gern zur Verfügung.",
        signer="Markus Kessler, Vertriebsleitung Energiewirtschaft",
        footer=["Brückner Datentechnik AG\nSitz München · Amtsgericht München HRB 221034\nVorstand: Sabine Ortlieb (Vors.), Ralf Imhof",
                "Aufsichtsratsvorsitzender: Prof. Dr. Georg Lenz\nHypoVereinsbank · IBAN DE44 7002 0270 0654 3210 99", "USt-IdNr. DE129876543\nwww.brueckner-dt.example"]),
        deal_id="006-BI0102",
        derived={"service_end_date": {"value": "2029-06-30", "rule": "Leistungsbeginn 2026-07-01 + 36 months - 1 day"}},
        desc="German order confirmation with monthly prices: Zählerdaten-Plattform 1.850,00 and Zusatzmodul Lastprognose 420,00 per month (2.270,00 a month net, +19 % VAT 431,30 = 2.701,30 gross), Datenmigration 4.200,00 once ('EUR 4.200' in the clause). Mindestlaufzeit 36 months from 01.07.2026, no end date written (derived 2029-06-30). Stated TCV 85.920,00 = 36 x 2.270 + 4.200. Monthly in advance, 14 days net, renews tacitly for 12 months unless 60 days' notice; prices rise 3 % for each renewal period (escalator 3, not within the term). The vendor's offer number ANG-26-0118 is not the order number.",
        tags=["german", "eu-numbers", "dot-dates", "monthly-prices", "derived-end-date", "escalator", "auto-renew"]))
    # 3 ---------------------------------------------------------------------------------
    lines = [U(L("Warenwirtschaft Basis", 1, "9600.00", "year", cur, sku="NL-ERP-B"), "pauschal"),
             U(L("Warenwirtschaft Anwender", 35, "240.00", "year", cur, sku="NL-ERP-U"), "Nutzer"),
             U(L("Mobile Erfassung", 12, "180.00", "year", cur, sku="NL-MOB"), "Geräte"),
             U(L("EDI-Anbindung", 1, "3000.00", "year", cur, sku="NL-EDI", disc=20), "pauschal"),
             U(L("Premium-Support", 1, "1800.00", "year", cur, sku="NL-SUP-P"), "pauschal"),
             U(L("Datenübernahme", 1, "3750.00", "one_time", cur, sku="NL-IMP"), "pauschal"),
             U(L("Anwenderschulung", 3, "950.00", "one_time", cur, sku="NL-SCH", note="Schulungstage vor Ort"), "Tage")]
    opt = [U(L("Lagerplatzoptimierung", 1, "6000.00", "year", cur, sku="NL-LPO", removed=True, note="Eventualposition, nicht beauftragt"), "pauschal")]
    S.append(dict(t=dict(customer_legal_name="Weser-Ems Agrarhandel eG", vendor_legal_name="Nordlicht Software GmbH",
        order_form_number="AB-26-0871", billing_contact_email="buchhaltung@weser-ems-agrar.example", currency=cur, effective_date="2026-05-05",
        service_start_date="2026-06-01", service_end_date="2027-05-31", term_months=12, auto_renew=False, payment_terms_days=30,
        billing_frequency="annual", billing_timing="advance", total_contract_value="30960.00"),
        lines=lines, r=dict(posfmt=lambda i: str(i), optional=opt, vaddr_line="Schwedenkai 1 · 24103 Kiel",
        vaddr_block="Schwedenkai 1\n24103 Kiel\nTel. +49 431 555 2290\ninfo@nordlicht-software.example",
        caddr="z. Hd. Herrn Thomas Ahlers\nHafenstraße 12\n26789 Leer (Ostfriesland)",
        info=[("AB-Nr.", "AB-26-0871"), ("Datum", "05.05.2026"), ("Kunden-Nr.", "24-0913"), ("Ihr Zeichen", "Ah/kr"), ("Unser Zeichen", "Fr/Nl")],
        intro="Sehr geehrter Herr Ahlers,\n\nwir bedanken uns für Ihren Auftrag und bestätigen die Lieferung und Bereitstellung der nachfolgend aufgeführten Positionen. Die als Eventualposition (Opt.) gekennzeichnete Position ist nicht Bestandteil dieses Auftrags und nicht in den Summen enthalten.",
        optnote="Pos. 8 (Opt.) ist eine Eventualposition und wird nur nach gesonderter schriftlicher Beauftragung geliefert.",
        sums=[("Laufende Entgelte netto p. a. (Pos. 1-5)", E(24360), False), ("Einmalige Entgelte netto (Pos. 6-7)", E(6600), False),
              ("Auftragssumme netto", E(30960), True), ("zzgl. 19 % USt.", E("5882.40"), False), ("Auftragssumme brutto", E("36842.40"), True)],
        conds=[("Laufzeit", "Die Laufzeit beginnt am 01.06.2026 und endet am 31.05.2027 (12 Monate), ohne dass es einer Kündigung bedarf. Eine Verlängerung bedarf einer neuen Bestellung."),
               ("Abrechnung", "Die laufenden Entgelte werden jährlich im Voraus zum Laufzeitbeginn berechnet. Datenübernahme und Schulung werden nach Leistungserbringung berechnet."),
               ("Zahlungsbedingungen", "Zahlbar innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug. Rechnungen werden an buchhaltung@weser-ems-agrar.example gesandt."),
               ("Auftragswert", "Der Auftragswert für die Laufzeit von 12 Monaten beträgt EUR 30.960,00 netto."),
               ("Mitwirkung", "Der Kunde stellt für die Datenübernahme die Altdaten in einem abgestimmten Exportformat bereit und benennt einen fachlichen Ansprechpartner für die Dauer des Projekts."),
               ("Geltung", "Es gelten die Allgemeinen Geschäftsbedingungen der Nordlicht Software GmbH. Gerichtsstand ist Kiel.")],
        closing="Für Rückfragen steht Ihnen Herr Frerichs unter der oben genannten Telefonnummer gern zur Verfügung.",
        signer="Hauke Frerichs, Vertrieb",
        footer=["Nordlicht Software GmbH · Schwedenkai 1 · 24103 Kiel\nAmtsgericht Kiel HRB 17733 KI\nGeschäftsführerin: Inken Paulsen",
                "Förde Sparkasse\nIBAN DE71 2105 0170 0091 8273 64\nBIC NOLADE21KIE", "USt-IdNr. DE287341209\nwww.nordlicht-software.example"]),
        deal_id="006-BI0103",
        desc="German order confirmation with a longer position table (Pos. 1-8): Basis 9.600,00; Anwender 35 x 240,00 = 8.400,00; Mobile Erfassung 12 x 180,00 = 2.160,00; EDI-Anbindung 3.000,00 less 20 % = 2.400,00; Premium-Support 1.800,00 (all per year, recurring 24.360,00); Datenübernahme 3.750,00 and Anwenderschulung 3 days x 950,00 = 2.850,00 once (6.600,00). Pos. 8 'Lagerplatzoptimierung' is an Eventualposition (optional, not ordered, amount in brackets) and is not a line. Auftragssumme 30.960,00 net = stated value for 12 months 01.06.2026-31.05.2027 (+19 % VAT 5.882,40 = 36.842,40). Ends without notice: auto_renew false. Annual in advance, 30 days.",
        tags=["german", "eu-numbers", "dot-dates", "optional-position-excluded", "discount", "one-time-fee", "no-auto-renew"]))
    # 4 ---------------------------------------------------------------------------------
    lines = [U(L("Cloud-Arbeitsplatz", 80, "135.00", "quarter", cur, sku="ET-CAP", periods=8), "Arbeitsplätze"),
             U(L("Backup-Speicher 2 TB", 1, "600.00", "quarter", cur, sku="ET-BKP-2", periods=8), "pauschal"),
             U(L("Einrichtungspauschale", 1, "1500.00", "one_time", cur, sku="ET-SET"), "pauschal")]
    S.append(dict(t=dict(customer_legal_name="Sächsische Feinmechanik Dr. Haubold GmbH", vendor_legal_name="Elbtal IT-Services GmbH",
        order_form_number="AB 2026-1130", billing_contact_email="eingangsrechnungen@haubold-feinmechanik.example", currency=cur, effective_date="2026-09-14",
        service_start_date="2026-10-01", service_end_date="2028-09-30", term_months=24, auto_renew=True, renewal_term_months=12,
        non_renewal_notice_days=90, payment_terms_days=21, billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter",
        late_fee_percent_per_month="1", total_contract_value="92700.00"),
        lines=lines, r=dict(posfmt=lambda i: f"{i}.0", vaddr_line="Königsbrücker Str. 96 · 01099 Dresden",
        vaddr_block="Königsbrücker Straße 96\n01099 Dresden\nTel. +49 351 555 6612\nservice@elbtal-it.example",
        caddr="Buchhaltung\nGewerbering 17\n09669 Frankenberg/Sa.",
        info=[("Auftrags-Nr.", "AB 2026-1130"), ("Datum", "14.09.2026"), ("Kunden-Nr.", "D-2231"), ("Vertrag", "Managed Workplace")],
        intro="Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir Ihren Auftrag über Managed-Workplace-Leistungen. Die Preise je Quartal verstehen sich netto zuzüglich Umsatzsteuer; die Einrichtungspauschale von EUR 1.500 wird einmalig berechnet.",
        sums=[("Summe je Quartal netto (Pos. 1.0-2.0)", E(11400), False), ("zzgl. 19 % USt.", E(2166), False), ("Summe je Quartal brutto", E(13566), True)],
        conds=[("Laufzeit", "Vertragsbeginn 01.10.2026, Vertragsende 30.09.2028 (24 Monate). Der Vertrag verlängert sich danach um jeweils 12 Monate, sofern er nicht 90 Tage vor Vertragsende schriftlich gekündigt wird."),
               ("Rechnungsstellung", "Die Quartalspreise werden vierteljährlich im Voraus jeweils zum ersten Tag eines Kalenderquartals (1. Januar, 1. April, 1. Juli, 1. Oktober) berechnet; die Einrichtungspauschale mit der ersten Quartalsrechnung. Rechnungsempfang: eingangsrechnungen@haubold-feinmechanik.example."),
               ("Zahlungsziel", "21 Tage netto nach Rechnungseingang. Bei Zahlungsverzug berechnen wir Verzugszinsen von 1 % pro Monat auf den offenen Betrag."),
               ("Gesamtvertragswert", "Über die Laufzeit von 24 Monaten ergibt sich ein Gesamtvertragswert von EUR 92.700,00 netto (8 Quartale x EUR 11.400,00 zzgl. EUR 1.500,00)."),
               ("Leistungsbeschreibung", "Umfang und Servicezeiten der Leistungen ergeben sich aus der Leistungsbeschreibung Managed Workplace, Version 4.2, die Bestandteil dieses Auftrags ist.")],
        closing="Wir bedanken uns für Ihr Vertrauen.",
        signer="Franziska Lorenz, Kundenbetreuung",
        footer=["Elbtal IT-Services GmbH\nAmtsgericht Dresden HRB 40552\nGeschäftsführer: Uwe Richter",
                "Ostsächsische Sparkasse Dresden\nIBAN DE05 8505 0300 3120 4455 66", "USt-IdNr. DE301122334\nwww.elbtal-it.example"]),
        deal_id="006-BI0104",
        desc="German order confirmation with prices per quarter: Cloud-Arbeitsplatz 80 x 135,00 = 10.800,00 and Backup-Speicher 2 TB 600,00 per quarter (11.400,00 net, +19 % VAT 2.166,00 = 13.566,00), Einrichtungspauschale 1.500,00 once ('EUR 1.500'). Quarterly in advance on the first day of each calendar quarter (anchor calendar_quarter; the term starts 01.10.2026, a quarter start). Stated TCV 92.700,00 = 8 x 11.400 + 1.500 for 24 months 01.10.2026-30.09.2028. 21 days net, 1 % a month late interest, renews 12 months unless 90 days' notice.",
        tags=["german", "eu-numbers", "dot-dates", "quarterly-prices", "calendar-quarter-anchor", "late-fee", "auto-renew"]))
    return S
