from common import *

LAY = "conferma-ordine-it"
E = lambda x: "€ " + num(x, "EUR", "eu")
PER = {"year": "annuale", "month": "mensile", "quarter": "trimestrale", "one_time": "una tantum"}

def build(spec):
    t, r = spec["t"], spec["r"]
    def ftr(p):
        p.set_y(-12); p.set_font(p.F, "", 6.8); p.set_text_color(100, 100, 100)
        p.cell(0, 3.5, f"{t['vendor_legal_name']} - {r['vfoot']}", align="C", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 3.5, f"Conferma d'ordine n. {t['order_form_number']} - pag. {p.page_no()}/{{nb}}", align="C"); p.set_text_color(0, 0, 0)
    pdf = Doc(ftr=ftr); pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 15); pdf.cell(0, 8, t["vendor_legal_name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", 8); pdf.cell(0, 4, r["vaddr"], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_draw_color(60, 60, 60); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.ln(4)
    pdf.set_font("DejaVuSerif", "B", 12.5); pdf.cell(0, 7, f"CONFERMA D'ORDINE N. {t['order_form_number']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", 9); pdf.cell(0, 5, f"{r['luogo']}, {r['data']}", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("DejaVuSerif", "", 9.3)
    pdf.multi_cell(0, 4.7, f"TRA\n{t['vendor_legal_name']}, {r['vdesc']} (di seguito, il \"Fornitore\")\n\nE\n{t['customer_legal_name']}, {r['cdesc']} (di seguito, il \"Cliente\")",
                   align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.multi_cell(0, 4.7, "si conviene e si stipula quanto segue.", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    def art(n, title, body):
        if pdf.get_y() > 250: pdf.add_page()
        pdf.set_font("DejaVuSerif", "B", 9.6); pdf.cell(0, 5.5, f"Art. {n} - {title}", new_x="LMARGIN", new_y="NEXT")
        for para in body:
            pdf.set_font("DejaVuSerif", "", 8.8); pdf.multi_cell(0, 4.4, para, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    n = 1
    art(n, "Oggetto", [r["oggetto"]]); n += 1
    art(n, "Corrispettivi", [r["corr_intro"]])
    rows = [["Codice", "Descrizione", "Q.tà", "Prezzo unitario", "Sconto", "Importo", "Periodicità"]]
    for l in spec["lines"]:
        rows.append([l["sku"], l["desc"], intfmt(l["qty"], "eu"), E(l["price"]), f"{l['disc']}%" if l["disc"] is not None else "-", E(l["net"]), PER[l["period"]]])
    for k, v in r["riep"]:
        rows.append(["", k, "", "", "", v, ""])
    grid(pdf, (20, 56, 12, 26, 14, 26, 20), rows, size=7.8, aligns=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT"), fill=(230, 230, 230), bold_last=len(r["riep"]))
    pdf.ln(2)
    for para in r["corr_after"]:
        pdf.set_font("DejaVuSerif", "", 8.8); pdf.multi_cell(0, 4.4, para, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    n += 1
    for title, body in r["arts"]:
        art(n, title, body); n += 1
    if pdf.get_y() > 215: pdf.add_page()
    pdf.ln(4); y = pdf.get_y(); pdf.set_font(pdf.F, "", 8.6)
    for i, (who, nm) in enumerate([("Il Fornitore", r["sig_v"]), ("Il Cliente", r["sig_c"])]):
        pdf.set_xy(18 + i * 92, y); pdf.multi_cell(82, 4.4, f"{who}\n{nm}\n\n______________________________", align="C")
    pdf.ln(6)
    pdf.set_font("DejaVuSerif", "", 8.4)
    pdf.multi_cell(0, 4.2, f"Ai sensi e per gli effetti degli artt. 1341 e 1342 c.c., il Cliente dichiara di aver letto e di approvare specificamente i seguenti articoli: {r['vessatorie']}.", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6); pdf.set_x(110); pdf.set_font(pdf.F, "", 8.6); pdf.multi_cell(82, 4.4, f"Il Cliente\n{r['sig_c']}\n\n______________________________", align="C")
    return pdf

def specs():
    S = []
    cur = "EUR"
    # 1
    lines = [L("Canone MES Cloud - postazioni", 45, "520.00", "year", cur, sku="MES-POST", periods=3),
             L("Modulo Qualità", 1, "7800.00", "year", cur, sku="MES-QLT", periods=3),
             L("Avviamento e formazione", 1, "9600.00", "one_time", cur, sku="SRV-AVV")]
    S.append(dict(t=dict(customer_legal_name="Officine Meccaniche Brenta S.p.A.", vendor_legal_name="Lagunare Software S.r.l.", order_form_number="CO-2026/0311",
        billing_contact_email="amministrazione@ombrenta.example", currency=cur, effective_date="2026-03-16", service_start_date="2026-04-01",
        service_end_date="2029-03-31", term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
        billing_frequency="annual", billing_timing="advance", total_contract_value="103200.00"),
        lines=lines, r=dict(vaddr="Via della Libertà 12, 30175 Venezia-Marghera - P.IVA 04123450275 - lagunaresw@pec.example",
        vfoot="Cap. soc. € 50.000,00 i.v. - REA VE-367812 - P.IVA 04123450275", luogo="Venezia", data="16/03/2026",
        vdesc="con sede legale in Venezia-Marghera, Via della Libertà 12, P.IVA 04123450275, in persona del legale rappresentante Ing. Marco Zanin",
        cdesc="con sede legale in Dolo (VE), Via Brenta Bassa 88, P.IVA 02987650271, in persona dell'Amministratore Delegato Dott.ssa Elena Bortolato",
        oggetto="Il Fornitore concede al Cliente, che accetta, l'accesso in modalità Software as a Service alla piattaforma MES Cloud per le postazioni e i moduli indicati all'art. 2, oltre ai servizi di avviamento e formazione.",
        corr_intro="Per i servizi di cui all'art. 1 il Cliente corrisponde al Fornitore i seguenti importi, IVA 22% esclusa:",
        riep=[("Totale canoni annui", E(31200)), ("Totale una tantum", E(9600)), ("Valore complessivo del contratto (36 mesi)", E(103200))],
        corr_after=["Il valore complessivo del contratto, pari a € 103.200,00 oltre IVA, è calcolato come tre annualità di canoni (3 x € 31.200,00) più i servizi una tantum (€ 9.600,00)."],
        arts=[("Durata e rinnovo", ["Il contratto ha durata di 36 mesi con decorrenza dal 01/04/2026 e scadenza il 31/03/2029.",
                                    "Alla scadenza il contratto si rinnova tacitamente per periodi successivi di 12 mesi, salvo disdetta comunicata da una delle parti a mezzo PEC con un preavviso di almeno 90 giorni rispetto alla scadenza."]),
              ("Fatturazione e pagamenti", ["I canoni sono fatturati annualmente in via anticipata all'inizio di ciascuna annualità; i servizi una tantum sono fatturati alla sottoscrizione.",
                                            "Le fatture, trasmesse tramite SDI (codice destinatario M5UXCR1) e in copia a amministrazione@ombrenta.example, sono pagabili a mezzo bonifico bancario entro 30 giorni data fattura.",
                                            "Sugli importi non pagati alla scadenza decorrono gli interessi di mora nella misura prevista dal D.Lgs. 231/2002."]),
              ("Livelli di servizio", ["Il Fornitore garantisce una disponibilità mensile del servizio pari al 99,5%, secondo quanto previsto dall'allegato SLA."]),
              ("Recesso e sospensione", ["In caso di mancato pagamento protratto oltre 30 giorni dalla scadenza, il Fornitore può sospendere il servizio previa comunicazione scritta."]),
              ("Foro competente", ["Per ogni controversia è competente in via esclusiva il Foro di Venezia."])],
        vessatorie="3 (Durata e rinnovo), 6 (Recesso e sospensione), 7 (Foro competente)",
        sig_v="Ing. Marco Zanin", sig_c="Dott.ssa Elena Bortolato"),
        deal_id="006-BI0501",
        desc="Italian order confirmation drafted as a contract between the parties (TRA ... E ...) with numbered articles, a 'Riepilogo economico' table inside Art. 2 and the Italian double signature for clauses approved under artt. 1341-1342 c.c. Canone MES Cloud - postazioni 45 x € 520,00 = € 23.400,00 per year; Modulo Qualità € 7.800,00 per year; Avviamento e formazione € 9.600,00 once. Annual fees € 31.200,00; stated total € 103.200,00 = 3 x 31.200 + 9.600 for 36 months 01/04/2026-31/03/2029. Annual in advance, 30 days from invoice, tacit renewal 12 months unless 90 days' notice by PEC; statutory late interest (no percentage, null). Effective date = the confirmation date 16/03/2026.",
        tags=["italian", "eu-numbers", "slash-dates", "article-clauses", "double-signature", "auto-renew"]))
    # 2
    lines = [L("Cartella Clinica Elettronica", 1, "36000.00", "year", cur, sku="CCE-BASE", disc=15, periods=2),
             L("Utenti medici", 60, "180.00", "year", cur, sku="CCE-MED", periods=2),
             L("Integrazione LIS/RIS", 1, "5500.00", "one_time", cur, sku="INT-LISRIS")]
    S.append(dict(t=dict(customer_legal_name="Casa di Cura Villa Serena S.r.l.", vendor_legal_name="Sannio Digital Health S.r.l.", order_form_number="SDH-ORD-0457",
        billing_contact_email="fornitori@villaserena.example", currency=cur, effective_date="2026-05-20", service_start_date="2026-06-01",
        service_end_date="2028-05-31", term_months=24, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=180, payment_terms_days=60,
        billing_frequency="semiannual", billing_timing="advance", price_escalator_percent="2", total_contract_value="88300.00"),
        lines=lines, r=dict(vaddr="Corso Garibaldi 145, 82100 Benevento - P.IVA 01567890623 - sannio.dh@pec.example",
        vfoot="REA BN-123456 - P.IVA 01567890623", luogo="Benevento", data="20/05/2026",
        vdesc="con sede in Benevento, Corso Garibaldi 145, P.IVA 01567890623, rappresentata dal dott. Antonio Iannace",
        cdesc="con sede in Avellino, Via Tuoro Cappuccini 40, P.IVA 02345670647, rappresentata dal Direttore Sanitario dott. Gerardo Pisano",
        oggetto="Il presente contratto ha per oggetto la fornitura in modalità cloud della Cartella Clinica Elettronica del Fornitore, delle relative utenze per il personale medico e dell'integrazione con i sistemi di laboratorio e radiologia del Cliente.",
        corr_intro="I corrispettivi, al netto dell'IVA, sono i seguenti:",
        riep=[("Totale canoni annui", E(41400)), ("Totale una tantum", E(5500)), ("Valore complessivo (24 mesi)", E(88300))],
        corr_after=["Lo sconto del 15% sulla Cartella Clinica Elettronica è riconosciuto per l'intera durata iniziale. Il valore complessivo del contratto è pari a € 88.300,00 (2 x € 41.400,00 + € 5.500,00), IVA esclusa.",
                    "In caso di rinnovo, i canoni annui saranno incrementati del 2% rispetto a quelli in vigore."],
        arts=[("Durata", ["Il contratto decorre dal 01/06/2026 e scade il 31/05/2028 (24 mesi). Esso si intende tacitamente rinnovato di 12 mesi in 12 mesi, salvo disdetta inviata a mezzo PEC con preavviso di almeno 180 giorni."]),
              ("Fatturazione e pagamento", ["I canoni sono fatturati semestralmente in via anticipata, in due rate di pari importo per ciascuna annualità. L'integrazione è fatturata al collaudo.",
                                            "Pagamento a 60 giorni data fattura mediante bonifico. Fatture elettroniche via SDI; copia di cortesia a fornitori@villaserena.example."]),
              ("Trattamento dei dati", ["Il Fornitore è nominato Responsabile del trattamento ai sensi dell'art. 28 del Regolamento (UE) 2016/679 con atto separato, che costituisce parte integrante del presente contratto."]),
              ("Foro competente", ["Foro esclusivo di Benevento."])],
        vessatorie="3 (Durata), 6 (Foro competente)",
        sig_v="dott. Antonio Iannace", sig_c="dott. Gerardo Pisano"),
        deal_id="006-BI0502",
        desc="Italian order confirmation in articles for a clinic. Cartella Clinica Elettronica € 36.000,00 per year less 15% = € 30.600,00; Utenti medici 60 x € 180,00 = € 10.800,00 per year; Integrazione LIS/RIS € 5.500,00 once. Annual € 41.400,00; stated total € 88.300,00 = 2 x 41.400 + 5.500 for 24 months 01/06/2026-31/05/2028. Semiannual in advance (two equal instalments a year), 60 days from invoice date, tacit renewal 12 months unless 180 days' notice; fees rise 2% on renewal (escalator 2, not within the term).",
        tags=["italian", "eu-numbers", "slash-dates", "article-clauses", "double-signature", "semiannual-billing", "discount", "escalator", "auto-renew"]))
    # 3
    lines = [L("Piattaforma Firma Digitale - piano Professional", 1, "290.00", "month", cur, sku="FD-PRO", periods=12),
             L("Conservazione a norma", 1, "60.00", "month", cur, sku="CONS-STD", periods=12)]
    u = usage("Firme remote", "firma", "500", "month", "per_unit", [(None, "0.35")], "monthly", "arrears")
    S.append(dict(t=dict(customer_legal_name="Studio Associato Ferri Colombo & Partners", vendor_legal_name="Firmatech S.p.A.", order_form_number="FT-2026-1184",
        billing_contact_email="segreteria@studioferricolombo.example", currency=cur, effective_date="2026-04-22", service_start_date="2026-05-01",
        service_end_date="2027-04-30", term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
        billing_frequency="monthly", billing_timing="advance", total_contract_value="4200.00", usage_rules=[u]),
        lines=lines, r=dict(vaddr="Viale Monza 259, 20126 Milano - P.IVA 09876540961 - firmatech@pec.example",
        vfoot="Cap. soc. € 1.200.000,00 i.v. - REA MI-2112233 - P.IVA 09876540961", luogo="Milano", data="22/04/2026",
        vdesc="con sede in Milano, Viale Monza 259, P.IVA 09876540961",
        cdesc="con sede in Bergamo, Via Tasso 8, P.IVA 03456780164, in persona del socio avv. Chiara Ferri",
        oggetto="Il Fornitore mette a disposizione del Cliente la piattaforma di firma digitale remota e il servizio di conservazione a norma dei documenti firmati, nei limiti indicati all'art. 2.",
        corr_intro="Canoni del servizio (IVA esclusa):",
        riep=[("Totale canone mensile", E(350)), ("Valore dei canoni per 12 mesi", E(4200))],
        corr_after=["Il canone mensile include 500 firme remote per mese solare. Le firme remote eccedenti sono addebitate a € 0,35 per firma e fatturate mensilmente in via posticipata. Le firme non utilizzate non sono cumulabili nei mesi successivi.",
                    "Il valore dei canoni per i 12 mesi di durata è pari a € 4.200,00, esclusi gli eventuali addebiti per firme eccedenti."],
        arts=[("Durata", ["Il servizio è attivato il 01/05/2026 e il contratto ha durata fino al 30/04/2027 (12 mesi), con tacito rinnovo per ulteriori 12 mesi salvo disdetta da comunicarsi con almeno 60 giorni di preavviso."]),
              ("Fatturazione e pagamento", ["Il canone mensile è fatturato mensilmente in via anticipata e addebitato tramite SEPA Direct Debit a 30 giorni data fattura. Le fatture sono inviate a segreteria@studioferricolombo.example."]),
              ("Responsabilità", ["Il Fornitore opera quale prestatore di servizi fiduciari qualificato ai sensi del Regolamento (UE) 910/2014 (eIDAS); la sua responsabilità è limitata ai casi di dolo o colpa grave."])],
        vessatorie="3 (Durata), 5 (Responsabilità)",
        sig_v="Dott. Luca Arnaboldi, Direttore Commerciale", sig_c="avv. Chiara Ferri"),
        deal_id="006-BI0503",
        desc="Italian order confirmation in articles for a remote-signature service. Piattaforma Firma Digitale - piano Professional € 290,00 and Conservazione a norma € 60,00 per month (€ 350,00); stated 12-month value € 4.200,00 = 12 x 350 excluding overage, 01/05/2026-30/04/2027. Usage 'Firme remote': 500 included per calendar month, extra signatures € 0,35 each, monthly in arrears. Monthly in advance by SEPA direct debit, 30 days, tacit renewal 12 months unless 60 days' notice.",
        tags=["italian", "eu-numbers", "slash-dates", "article-clauses", "double-signature", "usage", "monthly-prices", "auto-renew"]))
    # 4
    lines = [L("Infrastruttura IaaS - pacchetto M", 1, "4200.00", "quarter", cur, sku="IAAS-M", periods=8),
             L("Backup geografico", 1, "850.00", "quarter", cur, sku="BCK-GEO", periods=8),
             L("Licenze VDI", 30, "45.00", "quarter", cur, sku="VDI-LIC", periods=8),
             L("Migrazione server", 1, "7500.00", "one_time", cur, sku="SRV-MIG")]
    S.append(dict(t=dict(customer_legal_name="Consorzio Agrario Emilia Nord Soc. Coop.", vendor_legal_name="Appennino Cloud Services S.r.l.", order_form_number="ACS/2026/0923",
        billing_contact_email="contabilita@caemilianord.example", currency=cur, effective_date="2026-09-07", service_start_date="2026-10-01",
        service_end_date="2028-09-30", term_months=24, auto_renew=False, payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance",
        billing_anchor="calendar_quarter", po_required=True, po_number="ODA-2026-3345", late_fee_percent_per_month="1", total_contract_value="58700.00"),
        lines=lines, r=dict(vaddr="Via Emilia Ovest 1010, 41123 Modena - P.IVA 03765430368 - appenninocloud@pec.example",
        vfoot="REA MO-412233 - P.IVA 03765430368", luogo="Modena", data="07/09/2026",
        vdesc="con sede in Modena, Via Emilia Ovest 1010, P.IVA 03765430368, in persona dell'Amministratore Unico Ing. Paolo Vezzali",
        cdesc="con sede in Piacenza, Via Colombo 35, P.IVA 00123450331, in persona del Direttore Generale dott. Franco Bergonzi",
        oggetto="Il Fornitore eroga al Cliente servizi di infrastruttura cloud (IaaS), backup geografico e postazioni virtuali (VDI), nonché il servizio una tantum di migrazione dei server del Cliente.",
        corr_intro="I corrispettivi trimestrali e una tantum, IVA esclusa, sono riportati di seguito:",
        riep=[("Totale canone trimestrale", E(6400)), ("Totale una tantum", E(7500)), ("Valore complessivo (8 trimestri)", E(58700))],
        corr_after=["Il valore complessivo del contratto è di € 58.700,00 oltre IVA (8 x € 6.400,00 + € 7.500,00)."],
        arts=[("Durata", ["Il contratto ha durata di 24 mesi, dal 01/10/2026 al 30/09/2028, e cessa alla scadenza senza necessità di disdetta. Un eventuale prosieguo richiede un nuovo ordine."]),
              ("Fatturazione", ["I canoni sono fatturati trimestralmente in via anticipata per trimestri solari (gennaio, aprile, luglio, ottobre). La migrazione è fatturata al termine delle attività.",
                                "Ogni fattura deve riportare il numero d'ordine del Cliente ODA-2026-3345; le fatture prive di tale riferimento saranno respinte. Indirizzo per le fatture: contabilita@caemilianord.example."]),
              ("Pagamenti", ["Pagamento a 30 giorni data fattura. In caso di ritardo si applicano interessi di mora pari all'1% mensile sugli importi scaduti."]),
              ("Sicurezza", ["I dati del Cliente sono ospitati in data center situati in Italia, certificati ISO/IEC 27001, con repliche geografiche a distanza non inferiore a 200 km."]),
              ("Foro competente", ["Foro esclusivo di Modena."])],
        vessatorie="3 (Durata), 5 (Pagamenti), 7 (Foro competente)",
        sig_v="Ing. Paolo Vezzali", sig_c="dott. Franco Bergonzi"),
        deal_id="006-BI0504",
        desc="Italian order confirmation in articles with quarterly fees: Infrastruttura IaaS - pacchetto M € 4.200,00; Backup geografico € 850,00; Licenze VDI 30 x € 45,00 = € 1.350,00 (all per quarter, € 6.400,00); Migrazione server € 7.500,00 once. Stated total € 58.700,00 = 8 x 6.400 + 7.500 for 24 months 01/10/2026-30/09/2028. Quarterly in advance by calendar quarter (anchor calendar_quarter), 30 days, 1% a month late interest, customer order ODA-2026-3345 required on invoices, ends at expiry (no renewal).",
        tags=["italian", "eu-numbers", "slash-dates", "article-clauses", "double-signature", "quarterly-prices", "calendar-quarter-anchor", "po-required", "late-fee", "no-auto-renew"]))
    return S
