from common import *

LAY = "bon-de-commande-fr"

PER = {"year": "annuel", "month": "mensuel", "quarter": "trimestriel", "one_time": "unique"}

CGV = [
    ("Objet", "Le présent bon de commande a pour objet la fourniture, en mode abonnement, des services logiciels désignés ci-dessus. Il est régi par les conditions générales de vente du Fournisseur, dont le Client reconnaît avoir pris connaissance."),
    ("Accès au service", "Le Fournisseur met le service à disposition du Client via Internet, 24 heures sur 24 et 7 jours sur 7, sauf opérations de maintenance programmées, annoncées au moins 48 heures à l'avance."),
    ("Données", "Le Client reste propriétaire de ses données. Le Fournisseur les héberge dans l'Union européenne et les restitue sur demande, dans un format standard, dans les trente jours suivant la fin de l'abonnement."),
    ("Responsabilité", "La responsabilité totale du Fournisseur, toutes causes confondues, est limitée au montant hors taxes effectivement payé par le Client au titre des douze derniers mois."),
    ("Confidentialité", "Chaque partie s'engage à garder confidentielles les informations de l'autre partie auxquelles elle a accès, pendant la durée du contrat et trois ans après son terme."),
    ("Droit applicable", "Le présent bon de commande est soumis au droit du pays du siège du Fournisseur. Tout litige relève des tribunaux compétents de ce ressort."),
]

def build(spec):
    t, r = spec["t"], spec["r"]
    cur = t["currency"]
    f = lambda x: num(x, cur, "space")
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "", 7)
        p.cell(0, 4, f"{r['vaddr']} - {r['vreg']}", align="C", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4, f"Page {p.page_no()}/{{nb}}", align="C")
    pdf = Doc(ftr=ftr); pdf.add_page()
    pdf.set_font("Helvetica", "B", 15); pdf.cell(95, 8, t["vendor_legal_name"])
    pdf.set_font("Helvetica", "B", 16); pdf.cell(0, 8, "BON DE COMMANDE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5); pdf.cell(95, 4.5, r["vaddr"])
    pdf.set_font("Helvetica", "", 9.5); pdf.cell(0, 4.5, f"N° {t['order_form_number']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5); pdf.cell(95, 4.5, r["vreg"])
    pdf.set_font("Helvetica", "", 9.5); pdf.cell(0, 4.5, f"Date : {r['date']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    y0 = pdf.get_y()
    for i, (head, body) in enumerate([("FOURNISSEUR", r["vbox"]), ("CLIENT", r["cbox"])]):
        x = 18 + i * 89
        pdf.set_xy(x, y0); pdf.set_fill_color(235, 238, 244); pdf.set_font("Helvetica", "B", 9)
        pdf.cell(85, 6, head, border=1, fill=True, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.8); pdf.multi_cell(85, 4.6, body, border=1, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y0 + 38)
    pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 7, "Conditions de l'abonnement", new_x="LMARGIN", new_y="NEXT")
    kv(pdf, r["kv"], lw=62, size=8.8, h=4.8)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 7, f"Détail de la commande (montants en {cur}, hors taxes)", new_x="LMARGIN", new_y="NEXT")
    rows = [["Réf.", "Désignation", "Qté", "P.U. HT", "Remise", "Périodicité", "Montant HT"]]
    for l in spec["lines"]:
        rows.append([l["sku"] or "", l["desc"] + (f"\n{l['note']}" if l["note"] else ""), intfmt(l["qty"], "space"), f(l["price"]),
                     f"{l['disc']} %" if l["disc"] else "-", PER[l["period"]], f(l["net"])])
    grid(pdf, (20, 58, 12, 22, 15, 21, 26), rows, size=8.3, aligns=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT", "RIGHT"))
    pdf.ln(2)
    for lab, val, b in r["totals"]:
        pdf.set_font("Helvetica", "B" if b else "", 9); pdf.set_x(100); pdf.cell(62, 5.2, lab, border=1)
        pdf.cell(30, 5.2, val, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 7, "Conditions particulières", new_x="LMARGIN", new_y="NEXT")
    for c in r["particular"]:
        pdf.para("- " + c, size=8.8, h=4.4)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 7, "Extrait des conditions générales", new_x="LMARGIN", new_y="NEXT")
    for i, (h, b) in enumerate(CGV, 1):
        pdf.set_font("Helvetica", "B", 8.5); pdf.cell(0, 4.6, f"Article {i} - {h}", new_x="LMARGIN", new_y="NEXT")
        pdf.para(b, size=8.2, h=4.0)
    pdf.ln(4)
    if pdf.get_y() > 235: pdf.add_page()
    y0 = pdf.get_y()
    for i, (who, nm) in enumerate(r["sigs"]):
        pdf.set_xy(18 + i * 89, y0); pdf.set_font("Helvetica", "B", 9)
        pdf.multi_cell(85, 4.6, f"Pour {who}\n", new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.8)
        pdf.multi_cell(85, 4.6, f"{nm}\nDate et signature, précédées de la mention « Bon pour accord »\n\n\n", border=1, new_x="LEFT", new_y="NEXT")
    return pdf

def specs():
    S = []
    cur = "EUR"; f = lambda x: num(x, cur, "space")
    lines = [L("Licence Caisse Connectée", 40, "780.00", "year", cur, sku="AUR-CC"),
             L("Module Fidélité", 1, "6000.00", "year", cur, sku="AUR-FID"),
             L("Mise en service", 1, "4500.00", "one_time", cur, sku="AUR-MES")]
    S.append(dict(t=dict(customer_legal_name="Boulangeries Mercier SARL", vendor_legal_name="Logiciels Aurore SAS", order_form_number="BC-2026-0412",
        billing_contact_email="comptabilite@boulangeries-mercier.example", currency=cur, effective_date="2026-03-12", service_start_date="2026-04-01",
        service_end_date="2027-03-31", term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
        billing_frequency="annual", billing_timing="advance", po_required=True, po_number="DA-77821", late_fee_percent_per_month="1",
        total_contract_value="41700.00"),
        lines=lines, r=dict(date="12/03/2026", vaddr="14 rue des Tanneurs, 69002 Lyon", vreg="SAS au capital de 120 000 EUR - RCS Lyon 000 000 412",
        vbox="Logiciels Aurore SAS\n14 rue des Tanneurs\n69002 Lyon, France\nContact : Claire Vasseur",
        cbox="Boulangeries Mercier SARL\n3 place du Marché\n21000 Dijon, France\nFacturation : comptabilite@boulangeries-mercier.example",
        kv=[("Date de début de service :", "01/04/2026"), ("Durée initiale :", "12 mois"), ("Date de fin :", "31/03/2027"),
            ("Reconduction :", "tacite, par périodes de 12 mois"), ("Préavis de résiliation :", "90 jours avant l'échéance, par lettre recommandée"),
            ("Facturation :", "annuelle, terme à échoir"), ("Conditions de paiement :", "30 jours date de facture, par virement"),
            ("Référence achat client :", "DA-77821 (à rappeler obligatoirement sur chaque facture)")],
        totals=[("Total HT première année", f(41700), False), ("TVA 20 %", f(8340), False), ("Total TTC", f(50040), True)],
        particular=[f"Montant total du contrat HT (12 mois) : {f(41700)} {cur}.",
                    "La mise en service est facturée une seule fois, avec la première échéance annuelle.",
                    "Toute facture ne mentionnant pas la référence achat DA-77821 sera retournée au Fournisseur.",
                    "En cas de retard de paiement, des pénalités au taux de 1 % par mois de retard sont exigibles, ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 EUR."],
        sigs=[("Logiciels Aurore SAS", "Claire Vasseur, Directrice commerciale"), ("Boulangeries Mercier SARL", "Étienne Mercier, Gérant")]),
        deal_id="006-BH0101",
        desc="French 'Bon de commande' in EUR with '1 234,56' numbers and dd/mm/yyyy dates, amounts HT with TVA 20 % and TTC shown per year. 40 licences x 780,00 = 31 200,00 per year; Module Fidélité 6 000,00 per year; Mise en service 4 500,00 once; 'Montant total du contrat HT (12 mois)' 41 700,00 = 31 200 + 6 000 + 4 500 (TVA 8 340,00 and TTC 50 040,00 are not the contract value). 12 months 01/04/2026-31/03/2027, tacit renewal 12 months, 90 days' notice, annual 'terme à échoir' (advance), 30 days from invoice; client purchase reference DA-77821 required; late penalty 1 % per month (the fixed 40 EUR recovery indemnity is statutory, not a fee).",
        tags=["french", "space-thousands", "vat-separate", "po-required", "late-fee", "auto-renew", "one-time-fee"]))
    cur = "EUR"
    lines = [L("Abonnement Plateforme Actes", 25, "65.00", "month", cur, sku="NF-ACT", disc=10, periods=36),
             L("Archivage électronique", 1, "120.00", "month", cur, sku="NF-ARC", periods=36)]
    S.append(dict(t=dict(customer_legal_name="Cabinet Delorme & Associés SELARL", vendor_legal_name="Notaflow SAS", order_form_number="BC-NF-2026-118",
        billing_contact_email="factures@delorme-associes.example", currency=cur, effective_date="2026-05-06", service_start_date="2026-06-01",
        service_end_date="2029-05-31", term_months=36, auto_renew=False, payment_terms_days=45, billing_frequency="monthly", billing_timing="arrears",
        total_contract_value="56970.00"),
        lines=lines, r=dict(date="6 mai 2026", vaddr="8 boulevard Voltaire, 75011 Paris", vreg="SAS - RCS Paris 000 000 118",
        vbox="Notaflow SAS\n8 boulevard Voltaire\n75011 Paris, France",
        cbox="Cabinet Delorme & Associés SELARL\n27 cours de l'Intendance\n33000 Bordeaux, France\nFactures : factures@delorme-associes.example",
        kv=[("Date de début de service :", "1er juin 2026"), ("Durée :", "36 mois, ferme"), ("Date de fin :", "31 mai 2029"),
            ("Reconduction :", "sans tacite reconduction ; un nouveau bon de commande sera nécessaire"),
            ("Facturation :", "mensuelle, terme échu"), ("Conditions de paiement :", "45 jours date de facture")],
        totals=[("Total HT mensuel", f(1582.50), False), ("TVA 20 %", f(316.50), False), ("Total TTC mensuel", f(1899), True)],
        particular=[f"Montant total HT sur 36 mois : {f(56970)} {cur}.",
                    "La remise de 10 % sur l'abonnement est consentie pour toute la durée ferme de 36 mois."],
        sigs=[("Notaflow SAS", "Hugo Lefèvre, Responsable grands comptes"), ("Cabinet Delorme & Associés SELARL", "Me Anne Delorme, Associée")]),
        deal_id="006-BH0102",
        desc="French 'Bon de commande' with long French dates ('1er juin 2026', '31 mai 2029') and monthly prices. 25 postes x 65,00 = 1 625,00 less 10 % = 1 462,50 per month; archivage 120,00 per month; monthly HT 1 582,50 (TVA 316,50, TTC 1 899,00 are not fees). 'Montant total HT sur 36 mois' 56 970,00 = 1 582,50 x 36. Firm 36-month term without tacit renewal (auto_renew false), monthly 'terme échu' (arrears), 45 days from invoice.",
        tags=["french", "space-thousands", "french-long-dates", "monthly-billing", "arrears", "discount", "no-auto-renew"]))
    cur = "EUR"
    lines = [L("Plateforme Qualité", 1, "18000.00", "year", cur, sku="QT-PQ", start="2026-07-01", end="2027-06-30", note="Année 1 (01/07/2026 - 30/06/2027)"),
             L("Plateforme Qualité", 1, "22000.00", "year", cur, sku="QT-PQ", start="2027-07-01", end="2028-06-30", note="Année 2 (01/07/2027 - 30/06/2028)"),
             L("Formation sur site (jour)", 2, "1200.00", "one_time", cur, sku="QT-FOR")]
    S.append(dict(t=dict(customer_legal_name="Brasserie du Vieux Moulin SRL", vendor_legal_name="Qualitrace SA", order_form_number="BC-QT-26-031",
        billing_contact_email="compta@vieuxmoulin.example", currency=cur, effective_date="2026-06-15", service_start_date="2026-07-01",
        service_end_date="2028-06-30", term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
        billing_frequency="quarterly", billing_timing="advance", total_contract_value="42400.00"),
        lines=lines, r=dict(date="15/06/2026", vaddr="Avenue Louise 231, 1050 Bruxelles", vreg="SA - BCE 0000.000.031",
        vbox="Qualitrace SA\nAvenue Louise 231\n1050 Bruxelles, Belgique",
        cbox="Brasserie du Vieux Moulin SRL\nRue du Moulin 4\n5000 Namur, Belgique\nComptabilité : compta@vieuxmoulin.example",
        kv=[("Date de début de service :", "01/07/2026"), ("Durée initiale :", "24 mois"), ("Date de fin :", "30/06/2028"),
            ("Reconduction :", "tacite, par périodes de 12 mois"), ("Préavis :", "60 jours avant l'échéance"),
            ("Facturation :", "trimestrielle, terme à échoir (un quart du montant annuel de l'année en cours)"),
            ("Conditions de paiement :", "30 jours date de facture")],
        totals=[("Total HT abonnements (24 mois)", f(40000), False), ("Total HT formation", f(2400), False), ("Montant total HT du contrat", f(42400), True)],
        particular=["La formation sur site (2 jours) est facturée une fois, à la date de début de service.",
                    "TVA belge de 21 % en sus, au taux en vigueur à la date de facturation."],
        sigs=[("Qualitrace SA", "Lucas Janssens, Account Manager"), ("Brasserie du Vieux Moulin SRL", "Sophie Lambert, Administratrice déléguée")]),
        deal_id="006-BH0103",
        desc="Belgian 'Bon de commande' in EUR with a two-year ramp written as two rows of the same product with their year in the cell: Plateforme Qualité 18 000,00 (Année 1, 01/07/2026-30/06/2027) and 22 000,00 (Année 2, 01/07/2027-30/06/2028), annual prices billed quarterly 'terme à échoir' (advance); on-site training 2 days x 1 200,00 = 2 400,00 once. Stated 'Montant total HT du contrat' 42 400,00 = 18 000 + 22 000 + 2 400. 24 months, tacit renewal 12 months, 60 days' notice, 30 days from invoice.",
        tags=["french", "belgian", "space-thousands", "ramp", "quarterly-billing", "auto-renew", "one-time-fee"]))
    cur = "EUR"
    lines = [L("Abonnement RappelVet Pro", 1, "890.00", "month", cur, sku="RV-PRO", periods=12)]
    S.append(dict(t=dict(customer_legal_name="Clinique Vétérinaire des Alpes SELAS", vendor_legal_name="RappelVet SAS", order_form_number="BC-RV-0907",
        billing_contact_email="gestion@clinique-alpes.example", currency=cur, effective_date="2026-09-02", service_start_date="2026-09-15",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=0,
        billing_frequency="monthly", billing_timing="advance", price_escalator_percent="3", total_contract_value="10680.00",
        usage_rules=[usage("SMS de rappel", "SMS", "5000", "month", "per_unit", [(None, "0.045")], "monthly", "arrears")]),
        lines=lines, r=dict(date="02/09/2026", vaddr="5 quai Perrière, 38000 Grenoble", vreg="SAS - RCS Grenoble 000 000 907",
        vbox="RappelVet SAS\n5 quai Perrière\n38000 Grenoble, France",
        cbox="Clinique Vétérinaire des Alpes SELAS\n12 route de Chambéry\n73000 Chambéry, France\nGestion : gestion@clinique-alpes.example",
        kv=[("Date de début de service :", "15/09/2026"), ("Durée initiale :", "12 mois à compter de la date de début de service"),
            ("Reconduction :", "tacite, par périodes successives de 12 mois"), ("Préavis :", "30 jours avant l'échéance"),
            ("Facturation de l'abonnement :", "mensuelle, terme à échoir"), ("Conditions de paiement :", "à réception de facture (prélèvement SEPA)")],
        totals=[("Total HT mensuel", f(890), False), ("TVA 20 %", f(178), False), ("Total TTC mensuel", f(1068), True)],
        particular=[f"Montant total HT des abonnements (12 mois) : {f(10680)} {cur}.",
                    "SMS de rappel : 5 000 SMS inclus par mois dans l'abonnement. Au-delà, chaque SMS est facturé 0,045 EUR HT, mensuellement à terme échu.",
                    "À chaque reconduction, les prix de l'abonnement sont augmentés de 3 %."],
        sigs=[("RappelVet SAS", "Julie Perrin, Chargée de clientèle"), ("Clinique Vétérinaire des Alpes SELAS", "Dr Marc Rey, Président")]),
        deal_id="006-BH0104", derived={"service_end_date": {"value": "2027-09-14", "rule": "start 2026-09-15 + 12 months - 1 day"}},
        desc="French 'Bon de commande' with one monthly line (RappelVet Pro 890,00 per month, 'mensuelle, terme à échoir' = monthly in advance) and SMS usage in a sentence: 5 000 included per month, then 0,045 EUR per SMS (per unit), monthly 'terme échu' (arrears). 'Montant total HT des abonnements (12 mois)' 10 680,00 = 890 x 12. Term 12 months from 15/09/2026 with no end date written: end derived 2027-09-14. Payment 'à réception de facture' = 0 days. Tacit renewal 12 months, 30 days' notice; prices +3 % at each renewal (escalator).",
        tags=["french", "space-thousands", "usage", "per-unit", "derived-end-date", "due-on-receipt", "escalator", "monthly-billing", "auto-renew"]))
    return S
