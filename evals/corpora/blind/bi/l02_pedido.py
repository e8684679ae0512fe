from common import *

LAY = "pedido-compra-br"
R = lambda x: "R$ " + num(x, "BRL", "eu")
PER = {"year": "anual", "month": "mensal", "quarter": "trimestral", "one_time": "único"}

def bar(pdf, text):
    pdf.ln(2); pdf.set_fill_color(32, 84, 64); pdf.set_text_color(255, 255, 255); pdf.set_font(pdf.F, "B", 9)
    pdf.cell(0, 6, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0); pdf.ln(1.5)

def box(pdf, pairs, cols=2):
    w = 174 / cols; y0 = pdf.get_y(); pdf.set_draw_color(120, 140, 130)
    rows = [pairs[i:i + cols] for i in range(0, len(pairs), cols)]
    for row in rows:
        y = pdf.get_y()
        for j, (k, v) in enumerate(row):
            pdf.set_xy(18 + j * w, y); pdf.set_font(pdf.F, "", 6.6); pdf.set_text_color(80, 80, 80); pdf.cell(w, 3.4, k.upper())
            pdf.set_xy(18 + j * w, y + 3.4); pdf.set_text_color(0, 0, 0); pdf.set_font(pdf.F, "", 8.8); pdf.cell(w, 4.6, v)
            pdf.rect(18 + j * w, y, w, 8.6)
        pdf.set_xy(18, y + 8.6)
    pdf.ln(1)

def build(spec):
    t, r = spec["t"], spec["r"]
    def ftr(p):
        p.set_y(-12); p.set_font(p.F, "", 7); p.set_text_color(90, 90, 90)
        p.cell(0, 4, f"{t['vendor_legal_name']} - CNPJ {r['vcnpj']} - Pedido {t['order_form_number']} - página {p.page_no()}/{{nb}}", align="C"); p.set_text_color(0, 0, 0)
    pdf = Doc(ftr=ftr); pdf.add_page()
    pdf.set_font(pdf.F, "B", 14); pdf.cell(110, 7, t["vendor_legal_name"])
    pdf.set_font(pdf.F, "B", 11); pdf.cell(64, 7, r["title"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", 8); pdf.cell(110, 4, r["vaddr"]); pdf.cell(64, 4, f"Nº {t['order_form_number']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(110, 4, f"CNPJ {r['vcnpj']}"); pdf.cell(64, 4, f"Data do pedido: {r['data']}", align="R", new_x="LMARGIN", new_y="NEXT")
    bar(pdf, "1. CONTRATANTE")
    box(pdf, r["cliente"])
    bar(pdf, "2. ITENS CONTRATADOS")
    rows = [["Item", "Código", "Descrição", "Qtd.", "Valor unitário", "Desc.", "Periodicidade", "Valor total"]]
    for i, l in enumerate(spec["lines"], 1):
        rows.append([f"{i:02d}", l["sku"] or "-", l["desc"] + (f"\n{l['note']}" if l["note"] else ""), num_str(str(l["qty"]), "eu"), R(l["price"]),
                     f"{l['disc']}%" if l["disc"] is not None else "-", PER[l["period"]], R(l["net"])])
    grid(pdf, (10, 19, 46, 10, 24, 11, 25, 29), rows, size=7.6, aligns=("CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT", "RIGHT"), fill=(214, 230, 222))
    pdf.ln(2)
    for k, v in r["sums"]:
        pdf.set_x(92); pdf.set_font(pdf.F, "", 8.6); pdf.cell(60, 5, k); pdf.set_font(pdf.F, "B", 8.6); pdf.cell(40, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    if r.get("usage"):
        bar(pdf, "3. FRANQUIAS E EXCEDENTES"); pdf.para(r["usage"], size=8.6, h=4.3)
    bar(pdf, ("4" if r.get("usage") else "3") + ". CONDIÇÕES COMERCIAIS")
    box(pdf, r["cond"], cols=2)
    for c in r["clausulas"]:
        if pdf.get_y() > 262: pdf.add_page()
        pdf.para(c, size=8.3, h=4.1); pdf.ln(0.8)
    if pdf.get_y() > 225: pdf.add_page()
    bar(pdf, ("5" if r.get("usage") else "4") + ". ACEITE")
    pdf.para(r["aceite"], size=8.5, h=4.2); pdf.ln(8)
    y = pdf.get_y(); pdf.set_font(pdf.F, "", 8.4)
    for i, (who, nm) in enumerate([(t["customer_legal_name"], r["sig_c"]), (t["vendor_legal_name"], r["sig_v"])]):
        pdf.set_xy(18 + i * 90, y); pdf.multi_cell(84, 4.3, f"______________________________\n{nm}\n{who}", new_x="LMARGIN", new_y="NEXT")
    return pdf

CLAUS = ["Os preços não incluem ISS, PIS e COFINS, que serão acrescidos na nota fiscal de serviços eletrônica (NFS-e) conforme a legislação do município do prestador. Eventuais retenções na fonte serão descontadas no pagamento conforme destacado na NFS-e.",
         "Este pedido é regido pelos Termos Gerais de Licenciamento de Software como Serviço da CONTRATADA, versão 2026.1, que o CONTRATANTE declara conhecer. Em caso de conflito, prevalece este pedido.",
         "Fica eleito o foro da comarca da sede da CONTRATADA para dirimir quaisquer questões oriundas deste pedido, com renúncia a qualquer outro, por mais privilegiado que seja."]

def specs():
    S = []
    cur = "BRL"
    # 1
    lines = [L("Licença ERP Agro - usuário", 40, "189.90", "month", cur, sku="VX-ERP-U", periods=12),
             L("Módulo Fiscal (NF-e/SPED)", 1, "1450.00", "month", cur, sku="VX-FIS", periods=12),
             L("Implantação", 1, "18000.00", "one_time", cur, sku="VX-IMP")]
    S.append(dict(t=dict(customer_legal_name="Cooperativa Agroindustrial Campos Gerais", vendor_legal_name="Vértice Sistemas de Gestão Ltda.",
        order_form_number="PC-2026-0415", billing_contact_email="contasapagar@coopcamposgerais.example", currency=cur, effective_date="2026-03-10",
        service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30,
        payment_terms_days=28, billing_frequency="monthly", billing_timing="advance", late_fee_percent_per_month="1", total_contract_value="126552.00"),
        lines=lines, r=dict(title="PEDIDO DE COMPRA", vcnpj="12.345.678/0001-90", vaddr="Rua Marechal Deodoro, 630 - Centro, Curitiba/PR - CEP 80010-010",
        data="10/03/2026",
        cliente=[("Razão social", "Cooperativa Agroindustrial Campos Gerais"), ("CNPJ", "76.543.210/0001-55"),
                 ("Endereço", "Rodovia PR-151, km 318 - Ponta Grossa/PR"), ("Inscrição estadual", "901.22334-10"),
                 ("Contato financeiro", "Marcia Wosniak"), ("E-mail para NF e boletos", "contasapagar@coopcamposgerais.example")],
        sums=[("Total mensal (itens 01 e 02)", R(9046)), ("Total único (item 03)", R(18000)), ("Valor global do contrato (12 meses)", R(126552))],
        cond=[("Início da vigência", "01/04/2026"), ("Término da vigência", "31/03/2027"), ("Prazo", "12 meses"), ("Faturamento", "mensal, antecipado"),
              ("Vencimento", "28 dias da emissão da NFS-e"), ("Forma de pagamento", "boleto bancário")],
        clausulas=["A implantação (item 03) será faturada em parcela única junto com a primeira mensalidade. As mensalidades são faturadas de forma antecipada no início de cada mês de serviço.",
                   "O valor global do contrato para os 12 meses de vigência é de R$ 126.552,00 (12 x R$ 9.046,00 + R$ 18.000,00).",
                   "Renovação: findo o prazo, o contrato será renovado automaticamente por períodos sucessivos de 12 meses, salvo manifestação em contrário de qualquer das partes com aviso prévio mínimo de 30 dias. Na renovação, os preços serão reajustados pela variação do IPCA acumulada nos últimos 12 meses.",
                   "Atraso no pagamento: multa de 2% sobre o valor em atraso, acrescida de juros de mora de 1% ao mês, calculados pro rata die."] + CLAUS,
        aceite="De acordo com os itens e condições acima. Curitiba, 10 de março de 2026.", sig_c="Marcia Wosniak - Gerente Administrativa", sig_v="Rodrigo Baptista - Diretor Comercial"),
        deal_id="006-BI0201",
        desc="Brazilian purchase order (Pedido de Compra) in Portuguese with green section bars, label-above-value boxes and BRL amounts 'R$ 1.234,56'. Licença ERP Agro 40 x R$ 189,90 = R$ 7.596,00 per month; Módulo Fiscal R$ 1.450,00 per month; Implantação R$ 18.000,00 once. Monthly total R$ 9.046,00; stated valor global R$ 126.552,00 = 12 x 9.046 + 18.000 for 01/04/2026-31/03/2027. Monthly in advance, boleto due 28 days after the NFS-e, 2% fine plus 1% a month interest (late fee 1; the one-off 2% fine is not a monthly rate). Renews 12 months unless 30 days' notice; the IPCA adjustment is an index, not a fixed escalator (null).",
        tags=["portuguese", "brl", "eu-numbers", "slash-dates", "monthly-prices", "late-fee", "auto-renew"]))
    # 2
    lines = [L("Plataforma de Atendimento Omnichannel", 120, "1320.00", "year", cur, sku="OC-AGT", disc=15, periods=2, note="por agente"),
             L("Pacote WhatsApp Business API", 1, "24000.00", "year", cur, sku="OC-WAB", periods=2),
             L("Treinamento de equipes", 1, "6500.00", "one_time", cur, sku="OC-TRN")]
    S.append(dict(t=dict(customer_legal_name="Rede Nordeste de Farmácias S.A.", vendor_legal_name="Conecta Omnichannel Tecnologia Ltda.",
        order_form_number="CO-0982/2026", billing_contact_email="fiscal.servicos@redenordeste.example", currency=cur, effective_date="2026-04-28",
        service_start_date="2026-05-15", term_months=24, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="323780.00"),
        lines=lines, r=dict(title="PROPOSTA E PEDIDO", vcnpj="23.456.789/0001-01", vaddr="Av. Engenheiro Domingos Ferreira, 2589 - Boa Viagem, Recife/PE",
        data="28/04/2026",
        cliente=[("Razão social", "Rede Nordeste de Farmácias S.A."), ("CNPJ", "87.654.321/0001-10"),
                 ("Endereço", "Av. Santos Dumont, 1510 - Fortaleza/CE"), ("Responsável", "Tiago Albuquerque, Gerente de TI"),
                 ("E-mail para faturamento", "fiscal.servicos@redenordeste.example"), ("Telefone", "(85) 3555-0147")],
        sums=[("Total anual (itens 01 e 02)", R(158640)), ("Total único (item 03)", R(6500)), ("Valor total do contrato (24 meses)", R(323780))],
        cond=[("Início", "15/05/2026"), ("Prazo de vigência", "24 meses"), ("Faturamento", "anual, antecipado"), ("Vencimento", "30 dias após emissão da NFS-e"),
              ("Renovação", "não automática"), ("Forma de pagamento", "transferência bancária (TED/PIX)")],
        clausulas=["O item 01 é cobrado por agente ativo por ano. O desconto de 15% aplica-se ao item 01 durante todo o prazo de vigência.",
                   "O valor total do contrato é de R$ 323.780,00, correspondente a 2 anuidades de R$ 158.640,00 mais o treinamento de R$ 6.500,00.",
                   "Este pedido não será renovado automaticamente. A continuidade dos serviços após o prazo de vigência dependerá de nova proposta."] + CLAUS[:2],
        aceite="Aceito nos termos acima. Fortaleza, 28 de abril de 2026.", sig_c="Tiago Albuquerque - Gerente de TI", sig_v="Luana Cavalcanti - Executiva de Contas"),
        deal_id="006-BI0202",
        derived={"service_end_date": {"value": "2028-05-14", "rule": "início 2026-05-15 + 24 months - 1 day"}},
        desc="Brazilian proposal-and-order in Portuguese. Plataforma de Atendimento Omnichannel 120 agents x R$ 1.320,00 per year = 158.400 less 15% = R$ 134.640,00 per year (the 'por agente' note under the name is not part of it); Pacote WhatsApp Business API R$ 24.000,00 per year; Treinamento de equipes R$ 6.500,00 once. Annual total R$ 158.640,00; stated total R$ 323.780,00 = 2 x 158.640 + 6.500 for 24 months from 15/05/2026 (no end date written: derived 2028-05-14). Annual in advance, 30 days, no automatic renewal.",
        tags=["portuguese", "brl", "eu-numbers", "slash-dates", "discount", "derived-end-date", "no-auto-renew"]))
    # 3
    lines = [L("Plataforma de Telemetria", 1, "9800.00", "quarter", cur, sku="TL-PLT", periods=4),
             L("Rastreadores ativos", 250, "29.90", "month", cur, sku="TL-RAS", periods=12)]
    u = usage("SMS de alerta", "SMS", "10000", "month", "per_unit", [(None, "0.12")], "monthly", "arrears")
    S.append(dict(t=dict(customer_legal_name="Transportadora Serra Azul Ltda.", vendor_legal_name="Telemetrix Soluções em Rastreamento Ltda.",
        order_form_number="TX-PED-7741", billing_contact_email="financeiro@serraazul.example", currency=cur, effective_date="2026-07-20",
        service_start_date="2026-08-01", service_end_date="2027-07-31", term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60,
        payment_terms_days=45, billing_frequency="quarterly", billing_timing="advance", po_required=True, po_number="4510098877",
        total_contract_value="128900.00", usage_rules=[u]),
        lines=lines, r=dict(title="PEDIDO DE SERVIÇO", vcnpj="34.567.890/0001-12", vaddr="Rua Funchal, 418 - Vila Olímpia, São Paulo/SP - CEP 04551-060",
        data="20/07/2026",
        cliente=[("Razão social", "Transportadora Serra Azul Ltda."), ("CNPJ", "98.765.432/0001-21"),
                 ("Endereço", "Rua dos Andradas, 1200 - Belo Horizonte/MG"), ("Pedido de compra do cliente", "4510098877"),
                 ("Contato", "Eduardo Lacerda"), ("E-mail financeiro", "financeiro@serraazul.example")],
        sums=[("Plataforma (por trimestre)", R(9800)), ("Rastreadores (por mês)", R(7475)), ("Valor total do contrato (12 meses)", R(128900))],
        usage="Estão incluídos 10.000 SMS de alerta por mês. Cada SMS excedente será cobrado a R$ 0,12 por SMS, apurado mensalmente e faturado no mês seguinte ao consumo (postecipado). Franquias não utilizadas não são acumuladas.",
        cond=[("Vigência", "01/08/2026 a 31/07/2027"), ("Prazo", "12 meses"), ("Faturamento", "trimestral, antecipado"), ("Vencimento", "45 dias"),
              ("Nº do pedido de compra", "4510098877 (obrigatório na NFS-e)"), ("Aviso prévio de não renovação", "60 dias")],
        clausulas=["A plataforma e os rastreadores ativos são faturados trimestralmente de forma antecipada (3 x R$ 7.475,00 + R$ 9.800,00 por trimestre). O excedente de SMS é faturado mensalmente.",
                   "O valor total do contrato é de R$ 128.900,00 (4 x R$ 9.800,00 + 12 x R$ 7.475,00), sem considerar eventuais excedentes.",
                   "O número do pedido de compra do CONTRATANTE (4510098877) deverá constar em todas as notas fiscais; notas sem essa referência serão devolvidas.",
                   "O contrato renova-se automaticamente por 12 meses, salvo denúncia por escrito com 60 dias de antecedência do término."] + CLAUS,
        aceite="De acordo. Belo Horizonte, 20 de julho de 2026.", sig_c="Eduardo Lacerda - Diretor Financeiro", sig_v="Patrícia Moreira - Gerente Comercial"),
        deal_id="006-BI0203",
        desc="Brazilian service order in Portuguese with a usage section. Plataforma de Telemetria R$ 9.800,00 per quarter; Rastreadores ativos 250 x R$ 29,90 = R$ 7.475,00 per month. Stated total R$ 128.900,00 = 4 x 9.800 + 12 x 7.475 for 12 months 01/08/2026-31/07/2027, excluding overage. Usage: SMS de alerta, 10.000 included per month, R$ 0,12 per extra SMS, billed monthly in arrears. Fixed fees quarterly in advance, 45 days. Customer PO 4510098877 must appear on every invoice (po_required true). Renews 12 months unless 60 days' notice.",
        tags=["portuguese", "brl", "eu-numbers", "slash-dates", "usage", "po-required", "mixed-periods", "auto-renew"]))
    # 4
    lines = [L("Licença BI Corporativo", 1, "54000.00", "year", cur, sku="BI-CORP", periods=3),
             L("Usuários Viewer", 300, "15.00", "month", cur, sku="BI-VIEW", periods=36),
             L("Consultoria de dashboards", 80, "250.00", "one_time", cur, sku="BI-CONS", note="banco de horas")]
    S.append(dict(t=dict(customer_legal_name="Grupo Educacional Horizonte S.A.", vendor_legal_name="Painel Analytics Ltda.",
        order_form_number="PA-2026/118", billing_contact_email="nfe@grupohorizonte.example", currency=cur, effective_date="2026-08-17",
        service_start_date="2026-09-01", service_end_date="2029-08-31", term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90,
        payment_terms_days=15, billing_frequency="semiannual", billing_timing="advance", total_contract_value="344000.00"),
        lines=lines, r=dict(title="PEDIDO DE COMPRA", vcnpj="45.678.901/0001-23", vaddr="Av. Carlos Gomes, 700 - Auxiliadora, Porto Alegre/RS",
        data="17/08/2026",
        cliente=[("Razão social", "Grupo Educacional Horizonte S.A."), ("CNPJ", "09.876.543/0001-32"),
                 ("Endereço", "Rua Augusta, 2690 - São Paulo/SP"), ("Responsável", "Carolina Menezes"),
                 ("E-mail para NF-e", "nfe@grupohorizonte.example"), ("Centro de custo", "TI-ACAD-04")],
        sums=[("Total anual (item 01)", R(54000)), ("Total mensal (item 02)", R(4500)), ("Total único (item 03)", R(20000)), ("Valor global (36 meses)", R(344000))],
        cond=[("Início", "01/09/2026"), ("Término", "31/08/2029"), ("Prazo", "36 meses"), ("Faturamento", "semestral, antecipado"),
              ("Vencimento", "15 dias"), ("Renovação", "automática, 12 meses")],
        clausulas=["As parcelas semestrais antecipadas correspondem a metade da licença anual mais seis mensalidades dos usuários viewer (R$ 27.000,00 + R$ 27.000,00 = R$ 54.000,00 por semestre). A consultoria é faturada após a entrega, por horas efetivamente prestadas, até o limite contratado.",
                   "Valor global do contrato: R$ 344.000,00 (3 x R$ 54.000,00 + 36 x R$ 4.500,00 + R$ 20.000,00).",
                   "O contrato será renovado automaticamente por períodos de 12 meses, salvo comunicação em contrário com antecedência mínima de 90 dias."] + CLAUS,
        aceite="Porto Alegre, 17 de agosto de 2026.", sig_c="Carolina Menezes - Diretora de Tecnologia", sig_v="Henrique Zanella - Sócio-Diretor"),
        deal_id="006-BI0204",
        desc="Brazilian purchase order in Portuguese, 36 months 01/09/2026-31/08/2029. Licença BI Corporativo R$ 54.000,00 per year; Usuários Viewer 300 x R$ 15,00 = R$ 4.500,00 per month; Consultoria de dashboards 80 hours x R$ 250,00 = R$ 20.000,00 once. Stated valor global R$ 344.000,00 = 3 x 54.000 + 36 x 4.500 + 20.000. Semiannual in advance (R$ 54.000,00 a semester = 27.000 licence half + 6 x 4.500), 15 days, renews 12 months unless 90 days' notice.",
        tags=["portuguese", "brl", "eu-numbers", "slash-dates", "semiannual-billing", "mixed-periods", "multi-year", "auto-renew"]))
    return S
