from common import *

LAY = "canada-bilingual"

PER = {"year": "Annual / Annuel", "month": "Monthly / Mensuel", "quarter": "Quarterly / Trimestriel", "one_time": "One-time / Unique"}

def build(spec):
    t, r = spec["t"], spec["r"]
    cur = t["currency"]; fr = r.get("fr_numbers")
    m = (lambda x: num(x, cur, "space") + " $") if fr else (lambda x: "$" + num(x, cur))
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7)
        p.cell(0, 4, f"{t['vendor_legal_name']} - {t['order_form_number']} - Page {p.page_no()}/{{nb}}", align="C")
    pdf = Doc(fmt="Letter", ftr=ftr); pdf.set_margins(16, 14, 16); pdf.add_page()
    pdf.set_font("Helvetica", "B", 13); pdf.cell(100, 6, t["vendor_legal_name"])
    pdf.set_font("Helvetica", "B", 12); pdf.cell(0, 6, "ORDER FORM / BON DE COMMANDE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.3); pdf.cell(100, 4.2, r["vaddr"])
    pdf.cell(0, 4.2, f"No. / N° : {t['order_form_number']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(100, 4.2, f"GST/HST No. / N° TPS/TVH : {r['bn']}")
    pdf.cell(0, 4.2, f"Date : {r['date']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 8.3)
    pdf.cell(0, 4.5, "All amounts are in Canadian dollars (CAD). / Tous les montants sont en dollars canadiens (CAD).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = [["Field / Champ", "Details / Détails"]] + [[k, v] for k, v in r["kv"]]
    grid(pdf, (70, 113.9), rows, size=8.4, aligns=("LEFT", "LEFT"))
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Fees / Frais", new_x="LMARGIN", new_y="NEXT")
    rows = [["Product / Produit", "Qty / Qté", "Unit Price / Prix unitaire", "Disc. / Rabais", "Period / Période", "Amount / Montant"]]
    for l in spec["lines"]:
        rows.append([l["desc"] + "\n" + l["note"], intfmt(l["qty"], "space" if fr else "us"), m(l["price"]),
                     f"{l['disc']} %" if l["disc"] else "-", PER[l["period"]], m(l["net"])])
    grid(pdf, (55, 16, 30, 18, 32, 32.9), rows, size=8.2, aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT", "RIGHT"))
    pdf.ln(1.5)
    for lab, val, b in r["totals"]:
        pdf.set_font("Helvetica", "B" if b else "", 8.6); pdf.set_x(50); pdf.cell(116, 5, lab, border=1)
        pdf.cell(33.9, 5, val, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Terms / Modalités", new_x="LMARGIN", new_y="NEXT")
    for en, frt in r["terms"]:
        y = pdf.get_y(); pdf.set_font("Helvetica", "", 8.3)
        pdf.multi_cell(90, 4.1, en, new_x="RIGHT", new_y="TOP"); y1 = pdf.get_y()
        pdf.set_xy(110, y); pdf.set_font("Helvetica", "I", 8.3); pdf.multi_cell(0, 4.1, frt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(2)
    std = [("This Order Form is governed by the vendor's Subscription Terms at the date of signature; in case of conflict, this Order Form prevails.",
            "Le présent bon de commande est régi par les conditions d'abonnement du fournisseur en vigueur à la date de signature; en cas de conflit, le bon de commande prévaut."),
           ("The parties have required that this Order Form be drawn up in English and French.",
            "Les parties ont exigé que le présent bon de commande soit rédigé en anglais et en français.")]
    for en, frt in std:
        y = pdf.get_y(); pdf.set_font("Helvetica", "", 7.8)
        pdf.multi_cell(90, 3.8, en, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(110, y); pdf.set_font("Helvetica", "I", 7.8); pdf.multi_cell(0, 3.8, frt, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > 225: pdf.add_page()
    y = pdf.get_y(); pdf.set_font("Helvetica", "", 8.6)
    for i, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(16 + i * 94, y)
        pdf.multi_cell(88, 4.6, f"{who}\n\nSignature: ______________________\nName / Nom : {nm}\nDate: ____________", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    cur = "CAD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Member Portal Licence", 45, "1080.00", "year", cur, note="Licence du portail des membres"),
             L("Onboarding Services", 1, "3500.00", "one_time", cur, note="Services d'intégration")]
    S.append(dict(t=dict(customer_legal_name="Lakehead Credit Union Limited", vendor_legal_name="Maplewave Software Inc.", order_form_number="MW-Q-2026-0311",
        billing_contact_email="ap@lakeheadcu.example", currency=cur, effective_date="2026-03-11", service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="52100.00"),
        lines=lines, r=dict(date="2026-03-11", vaddr="220 King Street West, Toronto, ON M5H 1K4", bn="000000311 RT0001",
        kv=[("Customer / Client", "Lakehead Credit Union Limited, 400 Red River Road, Thunder Bay, ON P7B 1A4"),
            ("Billing contact / Facturation", "ap@lakeheadcu.example"),
            ("Start date / Date de début", "2026-04-01"), ("End date / Date de fin", "2027-03-31"),
            ("Initial term / Durée initiale", "12 months / 12 mois"),
            ("Billing / Facturation", "Annually in advance / Annuellement, à l'avance"),
            ("Payment terms / Modalités de paiement", "Net 30 / 30 jours net")],
        totals=[("Subtotal, first year / Sous-total, première année", m(52100), False), ("HST 13% / TVH 13 %", m(6773), False),
                ("Total incl. HST / Total TVH incluse", m(58873), False), ("Total contract value / Valeur totale du contrat (excl. tax)", m(52100), True)],
        terms=[("Renewal: this Order Form renews automatically for successive 12-month terms unless either party gives written notice of non-renewal at least 60 days before the end of the current term.",
                "Renouvellement : le présent bon de commande se renouvelle automatiquement pour des périodes successives de 12 mois, sauf avis écrit de non-renouvellement donné au moins 60 jours avant la fin de la période en cours."),
               ("Onboarding Services are invoiced once, on the start date.", "Les services d'intégration sont facturés une seule fois, à la date de début.")],
        sigs=[("Maplewave Software Inc.", "Jennifer Tremblay"), ("Lakehead Credit Union Limited", "Robert Makinen, CFO")]),
        deal_id="006-BH0301",
        desc="Canadian bilingual (English / French) order form in CAD, labels such as 'Start date / Date de début' in a two-column grid, product names in English with the French name on a second line (gold description is the English first line). 45 licences x $1,080.00 = $48,600.00 per year; onboarding $3,500.00 one-time; total contract value (excl. tax) $52,100.00 = 48,600 + 3,500; HST 13% $6,773.00 and $58,873.00 incl. HST are tax. 12 months 2026-04-01..2027-03-31, annual in advance, Net 30, auto-renews 12 months with 60 days' notice.",
        tags=["canada", "bilingual", "cad", "tax-separate", "iso-dates", "auto-renew", "one-time-fee"]))
    f = lambda x: num(x, cur, "space") + " $"
    lines = [L("Plateforme de traçabilité", 1, "28000.00", "year", cur, periods=2, note="Traceability Platform"),
             L("Sites additionnels", 6, "2400.00", "year", cur, periods=2, note="Additional Sites")]
    S.append(dict(t=dict(customer_legal_name="Coopérative Agricole du Saguenay", vendor_legal_name="Logiciels Boréal Inc.", order_form_number="LB-2026-072",
        billing_contact_email="comptes.fournisseurs@coopsaguenay.example", currency=cur, effective_date="2026-05-20", service_start_date="2026-06-01", service_end_date="2028-05-31",
        term_months=24, auto_renew=False, payment_terms_days=45, billing_frequency="semiannual", billing_timing="advance", po_required=True, po_number="BC-CAS-4471",
        total_contract_value="84800.00"),
        lines=lines, r=dict(date="2026-05-20", fr_numbers=True, vaddr="1200, boulevard René-Lévesque Ouest, Montréal (QC) H3B 4W8", bn="000000072 RT0001",
        kv=[("Client / Customer", "Coopérative Agricole du Saguenay, 2500, rue Sainte-Famille, Chicoutimi (QC) G7H 5B2"),
            ("Facturation / Billing contact", "comptes.fournisseurs@coopsaguenay.example"),
            ("Date de début / Start date", "2026-06-01"), ("Date de fin / End date", "2028-05-31"),
            ("Durée / Term", "24 mois / 24 months"),
            ("Facturation / Billing", "Semestrielle, à l'avance / Semi-annually in advance (half of the annual fees per invoice)"),
            ("Paiement / Payment terms", "45 jours net / Net 45"),
            ("Bon de commande client / Customer PO", "BC-CAS-4471 (obligatoire sur chaque facture / required on every invoice)")],
        totals=[("Total annuel / Annual total", f(42400), False), ("TPS 5 % / GST 5%", f(2120), False), ("TVQ 9,975 % / QST 9.975%", f("4229.40"), False),
                ("Valeur totale du contrat, 24 mois (taxes en sus) / Total contract value, 24 months (plus taxes)", f(84800), True)],
        terms=[("Renouvellement : le présent bon de commande prend fin à la date de fin et ne se renouvelle pas automatiquement.",
                "Renewal: this Order Form ends on the end date and does not renew automatically."),
               ("Les factures sans le numéro de bon de commande BC-CAS-4471 seront refusées.", "Invoices without PO number BC-CAS-4471 will be rejected.")],
        sigs=[("Logiciels Boréal Inc.", "Mathieu Gagnon"), ("Coopérative Agricole du Saguenay", "Isabelle Côté, directrice des finances")]),
        deal_id="006-BH0302",
        desc="Quebec bilingual order, French first, in CAD written the French-Canadian way ('28 000,00 $', space thousands, comma decimals, $ after). Plateforme de traçabilité 28 000,00 $ per year; Sites additionnels 6 x 2 400,00 $ = 14 400,00 $ per year (gold descriptions are the French first lines); annual total 42 400,00 $ (TPS 2 120,00 $ and TVQ 4 229,40 $ are taxes). Stated total contract value for 24 months 84 800,00 $ = 42 400 x 2. Billed semi-annually in advance, Net 45, no automatic renewal, customer PO BC-CAS-4471 required.",
        tags=["canada", "bilingual", "quebec", "cad", "space-thousands", "semiannual", "po-required", "no-auto-renew", "tax-separate"]))
    lines = [L("Fleet Tracking", 120, "32.00", "month", cur, periods=12, note="Suivi de flotte"),
             L("Dashcam Video Add-on", 40, "18.50", "month", cur, periods=12, note="Module vidéo de caméra embarquée")]
    S.append(dict(t=dict(customer_legal_name="Fraser Valley Haulage Ltd.", vendor_legal_name="Coastline Telematics Ltd.", order_form_number="CT-OF-88213",
        billing_contact_email="payables@fvhaulage.example", currency=cur, effective_date="2026-07-14", service_start_date="2026-08-01", service_end_date="2027-07-31",
        term_months=12, auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="monthly", billing_timing="arrears",
        late_fee_percent_per_month="1.5", total_contract_value="54960.00"),
        lines=lines, r=dict(date="2026-07-14", vaddr="1055 West Hastings Street, Vancouver, BC V6E 2E9", bn="000088213 RT0001",
        kv=[("Customer / Client", "Fraser Valley Haulage Ltd., 31550 South Fraser Way, Abbotsford, BC V2T 4C6"),
            ("Billing contact / Facturation", "payables@fvhaulage.example"),
            ("Service period / Période de service", "2026-08-01 to / au 2027-07-31 (12 months / 12 mois)"),
            ("Billing / Facturation", "Monthly in arrears / Mensuellement, à terme échu"),
            ("Payment terms / Modalités de paiement", "Net 30 / 30 jours net"),
            ("Late payment / Retard de paiement", "1.5% per month / 1,5 % par mois")],
        totals=[("Monthly subtotal / Sous-total mensuel", m(4580), False), ("GST 5% / TPS 5 %", m(229), False), ("PST 7% / TVP 7 %", m("320.60"), False),
                ("Total contract value, 12 months (excl. tax) / Valeur totale, 12 mois (taxes en sus)", m(54960), True)],
        terms=[("After the initial term, the service continues month to month until either party cancels with 30 days' written notice.",
                "Après la durée initiale, le service se poursuit de mois en mois jusqu'à résiliation par l'une des parties moyennant un préavis écrit de 30 jours."),
               ("Hardware is purchased separately and is not part of this Order Form.", "Le matériel est acheté séparément et ne fait pas partie du présent bon de commande.")],
        sigs=[("Coastline Telematics Ltd.", "Kevin Chow"), ("Fraser Valley Haulage Ltd.", "Harpreet Gill, Operations Director")]),
        deal_id="006-BH0303",
        desc="British Columbia bilingual order in CAD with monthly prices billed monthly in arrears: Fleet Tracking 120 vehicles x $32.00 = $3,840.00 per month; Dashcam Video Add-on 40 x $18.50 = $740.00 per month; monthly subtotal $4,580.00 (GST $229.00 and PST $320.60 are taxes). Stated total contract value for 12 months $54,960.00 = 4,580 x 12. Term 2026-08-01..2027-07-31, Net 30, late interest 1.5% per month; continues month to month after the term (auto_renew true, renewal 1 month) with 30 days' notice.",
        tags=["canada", "bilingual", "cad", "monthly-billing", "arrears", "late-fee", "month-to-month", "tax-separate"]))
    lines = [L("Field Ticketing Licence", 200, "95.00", "year", cur, disc=15, periods=3, note="Licence de billetterie terrain")]
    S.append(dict(t=dict(customer_legal_name="Bow River Energy Services Ltd.", vendor_legal_name="Prairie Ledger Corp.", order_form_number="PLC-2026-1109",
        billing_contact_email="accounts.payable@bowriverenergy.example", currency=cur, effective_date="2026-10-05", service_start_date="2026-11-01",
        term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        price_escalator_percent="3"),
        lines=lines, r=dict(date="2026-10-05", vaddr="500 Centre Street SE, Calgary, AB T2G 1A6", bn="000001109 RT0001",
        kv=[("Customer / Client", "Bow River Energy Services Ltd., 9910 39 Avenue NW, Edmonton, AB T6E 5H8"),
            ("Billing contact / Facturation", "accounts.payable@bowriverenergy.example"),
            ("Start date / Date de début", "2026-11-01"),
            ("Initial term / Durée initiale", "36 months from the start date / 36 mois à compter de la date de début"),
            ("Billing / Facturation", "Annually in advance / Annuellement, à l'avance"),
            ("Payment terms / Modalités de paiement", "Net 30 / 30 jours net")],
        totals=[("Year 1 subtotal / Sous-total, année 1", m(16150), False), ("GST 5% / TPS 5 %", m("807.50"), False), ("Year 1 total / Total, année 1", m("16957.50"), True)],
        terms=[("Price increase: on each anniversary of the start date the annual fee increases by 3%.",
                "Augmentation de prix : à chaque anniversaire de la date de début, les frais annuels augmentent de 3 %."),
               ("Renewal: after the initial term, renews for successive 12-month terms unless either party gives 90 days' written notice before the renewal date.",
                "Renouvellement : après la durée initiale, renouvellement pour des périodes successives de 12 mois, sauf préavis écrit de 90 jours avant la date de renouvellement.")],
        sigs=[("Prairie Ledger Corp.", "Dana Kowalchuk"), ("Bow River Energy Services Ltd.", "Gord Lindqvist, Controller")]),
        deal_id="006-BH0304", derived={"service_end_date": {"value": "2029-10-31", "rule": "start 2026-11-01 + 36 months - 1 day"}},
        desc="Alberta bilingual order in CAD, one line: 200 licences x $95.00 = $19,000.00 less 15% = $16,150.00 per year (net stated), annual in advance; GST 5% $807.50 and $16,957.50 incl. GST are year-1 figures with tax. Term 36 months from 2026-11-01 with no end date written: end derived 2029-10-31. No total contract value is stated (the fee rises 3% on each anniversary: escalator 3); CRM amount 3 x 16,150.00 = 48,450.00 before the increases. Net 30; auto-renews 12 months with 90 days' notice.",
        tags=["canada", "bilingual", "cad", "discount", "escalator", "derived-end-date", "no-tcv", "auto-renew", "tax-separate"]))
    return S
