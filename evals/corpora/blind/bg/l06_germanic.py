from common import *
from fpdf import FontFace

LAY = "germanic-headings"

LANG = {
 "de": dict(title="BESTELLFORMULAR", sub="Software-Abonnement", cols=["Pos.", "Artikel-Nr.", "Leistung", "Menge", "Einzelpreis", "Rabatt", "Gesamtpreis", "Abrechnung"],
            per={"year": "pro Jahr", "month": "pro Monat", "quarter": "pro Quartal", "one_time": "einmalig"}, prices="Leistungen und Preise",
            sig="Unterschriften", place="Ort, Datum", gen="Allgemeine Bedingungen (English)", page="Seite"),
 "sv": dict(title="BESTÄLLNINGSFORMULÄR", sub="Programvaruabonnemang", cols=["Rad", "Art.nr", "Tjänst", "Antal", "À-pris", "Rabatt", "Belopp", "Period"],
            per={"year": "per år", "month": "per månad", "quarter": "per kvartal", "one_time": "engångs"}, prices="Pris",
            sig="Underskrifter", place="Ort, datum", gen="Allmänna villkor (English)", page="Sida"),
 "no": dict(title="BESTILLINGSSKJEMA", sub="Programvareabonnement", cols=["Linje", "Varenr.", "Tjeneste", "Antall", "Enhetspris", "Rabatt", "Beløp", "Periode"],
            per={"year": "per år", "month": "per måned", "quarter": "per kvartal", "one_time": "engang"}, prices="Pris",
            sig="Signaturer", place="Sted, dato", gen="Generelle vilkår (English)", page="Side"),
}

def build(spec):
    t, r, lines = spec["t"], spec["r"], spec["lines"]
    cur, ns, g = t["currency"], r["ns"], LANG[r["lang"]]
    def hdr(p):
        p.set_fill_color(40, 40, 40); p.rect(0, 0, 210, 10, style="F")
        p.set_xy(18, 2.5); p.set_text_color(255, 255, 255); p.set_font("Helvetica", "B", 9)
        p.cell(0, 5, r["brand"] + "   |   " + g["sub"]); p.set_text_color(0, 0, 0); p.set_xy(18, 16)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7); p.cell(0, 5, f"{t['order_form_number']}  -  {g['page']} {p.page_no()}/{{nb}}", align="R")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font("Helvetica", "B", 16); pdf.cell(0, 9, g["title"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    def grid(title, rows):
        pdf.set_font("Helvetica", "B", 10); pdf.set_text_color(20, 70, 120); pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 8.5)
        with pdf.table(col_widths=(50, 124), first_row_as_headings=False, line_height=5, borders_layout="HORIZONTAL_LINES") as tb:
            for k, v in rows:
                row = tb.row(); row.cell(k, style=FontFace(emphasis="B", fill_color=(240, 240, 240))); row.cell(v)
        pdf.ln(2.5)
    for title, rows in r["sections"][:r.get("split", 2)]:
        grid(title, rows)
    pdf.set_font("Helvetica", "B", 10); pdf.set_text_color(20, 70, 120); pdf.cell(0, 6, g["prices"] + f" ({cur})", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 8)
    with pdf.table(col_widths=(10, 20, 50, 16, 22, 13, 24, 19), text_align=("CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT"), line_height=4.6,
                   headings_style=FontFace(emphasis="B", fill_color=(210, 225, 240))) as tb:
        row = tb.row(); [row.cell(c) for c in g["cols"]]
        for i, l in enumerate(lines, 1):
            row = tb.row(); row.cell(str(i * 10)); row.cell(l["sku"] or ""); row.cell(l["desc"] + (f"\n{l['note']}" if l["note"] else ""))
            row.cell(intfmt(l["qty"], ns)); row.cell(num(l["price"], cur, ns)); row.cell(f"{l['disc']} %" if l["disc"] else "")
            row.cell(num(l["net"], cur, ns) if l["show_net"] else ""); row.cell(g["per"][l["period"]])
    pdf.ln(2)
    for k, v in r.get("after_table", []):
        pdf.set_font("Helvetica", "B", 8.5); pdf.cell(50, 5, k); pdf.set_font("Helvetica", "", 8.5); pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for title, rows in r["sections"][r.get("split", 2):]:
        grid(title, rows)
    if pdf.get_y() > 235: pdf.add_page()
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, g["sig"], new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", "", 8.5)
    y = pdf.get_y() + 3
    for j, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(18 + j * 90, y); pdf.multi_cell(82, 4.5, f"{g['place']}: {r['sigplace'][j]}\n\n\n______________________________\n{nm}\n{who}", new_x="LEFT", new_y="NEXT")
    pdf.add_page(); pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, g["gen"], new_x="LMARGIN", new_y="NEXT")
    boiler(pdf, size=8.2)
    return pdf

def specs():
    S = []
    cur = "EUR"
    lines = [L("CAD Vault Professional", 45, "1080.00", "year", cur, sku="CVP-100", disc=15, periods=2),
             L("Viewer Licence", 120, "96.00", "year", cur, sku="CVV-010", periods=2),
             L("Onboarding training", 1, "3200.00", "one_time", cur, sku="TRN-ONB")]
    S.append(dict(t=dict(customer_legal_name="Donautal Maschinenbau GmbH", vendor_legal_name="Werkraum Cloud GmbH", order_form_number="WR-B-2026-0315",
        billing_contact_email="rechnungseingang@donautal-mb.example", currency=cur, effective_date="2026-01-15", service_start_date="2026-02-01", service_end_date="2028-01-31",
        term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        late_fee_percent_per_month="1", total_contract_value="108860.00"),
        lines=lines, r=dict(lang="de", ns="eu", brand="WERKRAUM CLOUD",
        sections=[("Vertragsparteien", [("Auftraggeber", "Donautal Maschinenbau GmbH, Industriezeile 47, 4020 Linz, Austria"), ("Auftragnehmer", "Werkraum Cloud GmbH, Speicherstrasse 12, 44147 Dortmund, Germany"),
                    ("Bestellnummer", "WR-B-2026-0315"), ("Inkrafttreten", "15.01.2026")]),
                  ("Laufzeit", [("Vertragsbeginn", "01.02.2026"), ("Vertragsende", "31.01.2028"), ("Laufzeit", "24 months"),
                    ("Verlängerung", "Renews automatically for 12 months at a time"), ("Kündigungsfrist", "90 days before the end of the current term")]),
                  ("Zahlung", [("Rechnungsstellung", "Annually in advance; training invoiced once at contract start"), ("Zahlungsbedingungen", "30 days net"),
                    ("Rechnungsadresse (E-Mail)", "rechnungseingang@donautal-mb.example"), ("Verzugszinsen", "1% per month on overdue amounts")])],
        after_table=[("Gesamtwert (24 Monate)", "EUR 108.860,00 (two years of annual fees plus one-off training)")],
        sigs=[("Donautal Maschinenbau GmbH", "Ing. Stefan Haider, Geschäftsführer"), ("Werkraum Cloud GmbH", "Julia Brenner, Prokuristin")], sigplace=["Linz, 15.01.2026", "Dortmund, 15.01.2026"]),
        deal_id="006-BG0601",
        desc="German-headed order form (Vertragsparteien, Laufzeit, Leistungen und Preise, Zahlungsbedingungen) with English values, EUR in 1.234,56 format and dd.mm.yyyy dates. CAD Vault 45 x 1.080,00 = 48.600,00 less 15% = 41.310,00 per year; Viewer 120 x 96,00 = 11.520,00 per year; training 3.200,00 one-off. Stated 24-month total: (41.310 + 11.520) x 2 + 3.200 = 108.860,00. Auto-renewal 12 months, 90 days' notice, Net 30, late interest 1%/month. Effective date from 'Inkrafttreten: 15.01.2026'.",
        tags=["german-headings", "eur", "continental-numbers", "dot-dates", "discount", "one-time-fee", "late-fee", "auto-renew"]))
    cur = "CZK"
    lines = [L("Yard Management System", 1, "68500.00", "month", cur, sku="YMS-BASE", periods=12),
             L("Handheld scanner licence", 35, "420.00", "month", cur, sku="YMS-HH", periods=12)]
    S.append(dict(t=dict(customer_legal_name="Vltava Logistika s.r.o.", vendor_legal_name="Frachtwerk Software AG", order_form_number="FW-CZ-0042",
        billing_contact_email="faktury@vltava-logistika.example", currency=cur, effective_date="2026-08-03", service_start_date="2026-09-01", term_months=12,
        auto_renew=False, payment_terms_days=14, billing_frequency="monthly", billing_timing="advance", po_required=False,
        usage_rules=[usage("Gate transactions", "transaction", "15000", "month", "per_unit", [(None, "1.20")], "monthly", "arrears")]),
        lines=lines, r=dict(lang="de", ns="space", brand="FRACHTWERK SOFTWARE",
        sections=[("Vertragsparteien", [("Auftraggeber", "Vltava Logistika s.r.o., Podnikatelská 565, 190 11 Praha 9, Czech Republic"), ("Auftragnehmer", "Frachtwerk Software AG, Hafenstrasse 3, 28217 Bremen, Germany"),
                    ("Bestellnummer", "FW-CZ-0042"), ("Datum", "03.08.2026")]),
                  ("Laufzeit", [("Go-live", "01.09.2026"), ("Laufzeit", "12 months from go-live"), ("Verlängerung", "No automatic renewal - the subscription simply ends")])],
        after_table=[("Nutzungsabhängige Entgelte", "Gate transactions: 15 000 per month included; each further transaction CZK 1,20, invoiced monthly in arrears")],
        split=2,
        sigs=[("Vltava Logistika s.r.o.", "Ing. Petr Dvořák".replace("ř", "r").replace("á", "a") if False else "Ing. Petr Dvorak, jednatel"), ("Frachtwerk Software AG", "Lars Ehlers, Vorstand")], sigplace=["Praha, 03.08.2026", "Bremen, 03.08.2026"]),
        deal_id="006-BG0602", derived={"service_end_date": {"value": "2027-08-31", "rule": "go-live 2026-09-01 + 12 months - 1 day"}},
        desc="German-headed order form for a Czech customer in CZK with space thousands and comma decimals (68 500,00). Monthly fees billed monthly in advance: YMS 68 500,00 and scanners 35 x 420,00 = 14 700,00 per month. Term is '12 months from go-live' (01.09.2026) with no end date: end derived 2027-08-31. 'No automatic renewal' = false. Form says no customer PO is needed (po_required false). Gate transactions: 15 000 included per month, then CZK 1,20 each (per_unit), monthly in arrears. CRM amount (68,500 + 14,700) x 12 = 998,400.00.",
        tags=["german-headings", "czk", "space-thousands", "dot-dates", "monthly", "usage", "no-auto-renew", "po-not-required", "go-live", "derived-end-date"]))
    S[-1]["r"]["sections"].append(("Zahlung", [("Rechnungsstellung", "Monthly in advance"), ("Zahlungsbedingungen", "14 days from invoice date"),
        ("Rechnungsadresse (E-Mail)", "faktury@vltava-logistika.example"), ("Bestellnummer des Kunden", "Not required - no customer PO number needs to appear on invoices")]))
    cur = "SEK"
    lines = [L("Tenant Portal", 2400, "4.50", "month", cur, sku="TP-APT", start="2026-04-01", end="2027-03-31", periods=12, note="Fas 1"),
             L("Tenant Portal", 3100, "4.50", "month", cur, sku="TP-APT", start="2027-04-01", end="2029-03-31", periods=24, note="Fas 2")]
    S.append(dict(t=dict(customer_legal_name="Fjällbacka Fastigheter AB", vendor_legal_name="Hyresgästportalen Norden AB", order_form_number="HPN-2026-117",
        billing_contact_email="leverantorsfakturor@fjallbackafast.example", currency=cur, effective_date="2026-03-20", service_start_date="2026-04-01", service_end_date="2029-03-31",
        term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        minimum_commitment={"amount": "120000.00", "period": "year"}, total_contract_value="464400.00"),
        lines=lines, r=dict(lang="sv", ns="space", brand="HYRESGÄSTPORTALEN",
        sections=[("Parter", [("Kund", "Fjällbacka Fastigheter AB, Storgatan 8, 457 40 Fjällbacka"), ("Leverantör", "Hyresgästportalen Norden AB, Kungsgatan 30, 411 19 Göteborg"),
                    ("Ordernummer", "HPN-2026-117"), ("Avtalsdatum", "2026-03-20")]),
                  ("Avtalsperiod", [("Avtalsperiod", "2026-04-01 - 2029-03-31 (36 months)"), ("Förlängning", "Extends automatically by 12 months unless terminated"), ("Uppsägningstid", "90 days before the end of the period")])],
        after_table=[("Fas 1 / Fas 2", "Phase 1 (2026-04-01 - 2027-03-31): 2 400 apartments; Phase 2 (2027-04-01 - 2029-03-31): 3 100 apartments"),
                      ("Totalt avtalsvärde", "SEK 464 400,00 (Phase 1: 10 800,00 x 12; Phase 2: 13 950,00 x 24)"),
                      ("Lägsta årsavgift", "Minimum annual fee SEK 120 000,00 per contract year")],
        sigs=[("Fjällbacka Fastigheter AB", "Karin Åberg, CFO"), ("Hyresgästportalen Norden AB", "Erik Lindholm, VD")], sigplace=["Fjällbacka, 2026-03-20", "Göteborg, 2026-03-20"]),
        deal_id="006-BG0603",
        desc="Swedish-headed form (Parter, Avtalsperiod, Pris, Betalningsvillkor) with English values, SEK with space thousands and comma decimals, ISO dates. Price per apartment per month in two phases, one line each: Fas 1 2 400 x 4,50 = 10 800,00/month for 2026-04-01..2027-03-31 (12 months); Fas 2 3 100 x 4,50 = 13 950,00/month for 2027-04-01..2029-03-31 (24 months). Stated total 129 600 + 334 800 = 464 400,00. Minimum annual fee SEK 120 000. Quarterly in advance; auto-renew 12 months with 90 days' notice.",
        tags=["swedish-headings", "sek", "space-thousands", "ramp", "phases", "minimum-commitment", "quarterly-billing", "auto-renew"]))
    S[-1]["r"]["sections"].append(("Betalningsvillkor", [("Fakturering", "Quarterly in advance"), ("Betalningsvillkor", "30 days net"), ("Fakturaadress (e-post)", "leverantorsfakturor@fjallbackafast.example")]))
    cur = "NOK"
    lines = [L("Sea-pen sensor subscription", 24, "1250.00", "month", cur, sku="SPS-24", periods=12),
             L("Analytics Dashboard", 1, "9500.00", "month", cur, sku="ADB-1", disc=10, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Hardangerfjord Sjømat AS", vendor_legal_name="Havdata Systemer AS", order_form_number="HD-2026-0555",
        billing_contact_email="faktura@hardangersjomat.example", currency=cur, effective_date="2026-10-12", service_start_date="2026-11-01", service_end_date="2027-10-31",
        auto_renew=False, payment_terms_days=20, billing_frequency="monthly", billing_timing="arrears", billing_anchor="day:5",
        usage_rules=[usage("Satellite data uplink", "GB", "50", "month", "graduated", [("200", "18.00"), (None, "12.00")], "monthly", "arrears")],
        non_standard_terms=["Customer may pause the service for up to two months per year during fallow periods with no fees for the paused months"]),
        lines=lines, r=dict(lang="no", ns="space", brand="HAVDATA SYSTEMER",
        sections=[("Parter", [("Kunde", "Hardangerfjord Sjømat AS, Sjøvegen 14, 5600 Norheimsund"), ("Leverandør", "Havdata Systemer AS, Bryggen 5, 5003 Bergen"),
                    ("Ordrenummer", "HD-2026-0555"), ("Dato", "12.10.2026")]),
                  ("Avtaleperiode", [("Avtaleperiode", "01.11.2026 - 31.10.2027"), ("Fornyelse", "Will not renew automatically")])],
        after_table=[("Databruk", "Satellite data uplink: 50 GB per month included. Extra GB in a month: the first 200 extra GB at NOK 18,00 per GB, every GB after that at NOK 12,00 per GB (graduated), invoiced monthly in arrears.")],
        sigs=[("Hardangerfjord Sjømat AS", "Ingrid Haugland, daglig leder"), ("Havdata Systemer AS", "Øystein Brekke, salgssjef")], sigplace=["Norheimsund, 12.10.2026", "Bergen, 12.10.2026"]),
        deal_id="006-BG0604", derived={"term_months": {"value": 12, "rule": "2026-11-01 to 2027-10-31"}},
        desc="Norwegian-headed form (Parter, Avtaleperiode, Pris, Betalingsbetingelser) with English values, NOK with space thousands and comma decimals and dd.mm.yyyy dates. Sensors 24 x 1 250,00 = 30 000,00 per month; Dashboard 9 500,00 less 10% = 8 550,00 per month. Monthly in arrears with invoices issued on the 5th of the following month (billing_anchor day:5), 20 days. Only the date range is stated (term derived 12 months). Uplink usage 50 GB included per month, graduated 18,00 for the first 200 extra GB and 12,00 beyond. Seasonal pause right is non-standard. CRM amount (30,000 + 8,550) x 12 = 462,600.00.",
        tags=["norwegian-headings", "nok", "space-thousands", "dot-dates", "monthly", "arrears", "billing-anchor", "usage", "graduated", "no-auto-renew", "derived-term"]))
    S[-1]["r"]["sections"].append(("Betalingsbetingelser", [("Fakturering", "Monthly in arrears; invoice issued on the 5th day of the following month"), ("Betalingsfrist", "20 days"),
        ("Fakturaadresse (e-post)", "faktura@hardangersjomat.example"),
        ("Særlige vilkår", "The customer may pause the service for up to two (2) months per contract year during fallow periods; no fees are charged for paused months.")]))
    return S
