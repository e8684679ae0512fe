from common import *

LAY = "orden-compra-mx"
M = lambda x: "$" + num(x, "MXN")
PER = {"year": "Anual", "month": "Mensual", "quarter": "Trimestral", "one_time": "Único"}

def build(spec):
    t, r = spec["t"], spec["r"]
    def hdr(p):
        if p.page_no() > 1:
            p.set_font(p.F, "", 7.5); p.set_text_color(90, 90, 90)
            p.cell(0, 4, f"{t['customer_legal_name']} - Orden de compra {t['order_form_number']} (continuación)", new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(2)
    def ftr(p):
        p.set_y(-12); p.set_font(p.F, "", 7); p.cell(0, 4, f"Hoja {p.page_no()} de {{nb}}", align="R")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font(pdf.F, "B", 13); pdf.cell(115, 7, t["customer_legal_name"])
    pdf.set_fill_color(150, 20, 40); pdf.set_text_color(255, 255, 255); pdf.set_font(pdf.F, "B", 11)
    pdf.cell(59, 7, "ORDEN DE COMPRA", align="C", fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    pdf.set_font(pdf.F, "", 7.8); y = pdf.get_y()
    pdf.multi_cell(115, 3.8, r["caddr"])
    pdf.set_xy(133, y)
    for k, v in [("No. de OC", t["order_form_number"]), ("Fecha", r["fecha"]), ("Requisición", r["req"]), ("Moneda", "MXN - Pesos mexicanos")]:
        pdf.set_x(133); pdf.set_font(pdf.F, "", 7.8); pdf.cell(22, 4.4, k, border=1); pdf.set_font(pdf.F, "B", 7.8); pdf.cell(37, 4.4, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + 20) + 3)
    y = pdf.get_y(); pdf.set_draw_color(150, 20, 40)
    for i, (title, body) in enumerate([("PROVEEDOR", r["prov"]), ("FACTURAR A", r["fact"])]):
        pdf.set_xy(18 + i * 88, y); pdf.set_font(pdf.F, "B", 8); pdf.cell(86, 5, title, border="B", new_x="LEFT", new_y="NEXT")
        pdf.set_font(pdf.F, "", 8); pdf.multi_cell(86, 4, body)
    pdf.set_y(y + 30)
    rows = [["Partida", "Clave", "Descripción", "Cantidad", "U. de M.", "Precio unitario", "Periodo", "Importe"]]
    for i, l in enumerate(spec["lines"], 1):
        rows.append([str(i), l["sku"] or "", l["desc"] + (f"\n{l['note']}" if l["note"] else ""), intfmt(l["qty"]), l["uom"], M(l["price"]), PER[l["period"]], M(l["net"])])
    grid(pdf, (13, 21, 47, 17, 15, 23, 16, 22), rows, size=7.5, aligns=("CENTER", "LEFT", "LEFT", "RIGHT", "CENTER", "RIGHT", "CENTER", "RIGHT"), fill=(240, 215, 220))
    pdf.ln(2)
    for k, v, b in r["sums"]:
        if pdf.get_y() > 262: pdf.add_page()
        pdf.set_x(96); pdf.set_font(pdf.F, "B" if b else "", 8.4); pdf.cell(56, 5, k, border=1); pdf.cell(40, 5, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5); pdf.set_font(pdf.F, "B", 8.2); pdf.multi_cell(0, 4.3, "Importe con letra: " + importe_con_letra(r["total_letra"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(pdf.F, "B", 9.5); pdf.cell(0, 6, "CONDICIONES DE LA ORDEN", new_x="LMARGIN", new_y="NEXT")
    grid(pdf, (52, 122), [[k, v] for k, v in r["cond"]], size=8, head=False)
    pdf.ln(3)
    pdf.set_font(pdf.F, "B", 9.5); pdf.cell(0, 6, "OBSERVACIONES", new_x="LMARGIN", new_y="NEXT")
    for i, c in enumerate(r["obs"], 1):
        if pdf.get_y() > 262: pdf.add_page()
        pdf.para(f"{i}. {c}", size=8, h=4); pdf.ln(0.6)
    if pdf.get_y() > 235: pdf.add_page()
    pdf.ln(8); y = pdf.get_y(); pdf.set_font(pdf.F, "", 8)
    for i, (a, b) in enumerate(r["firmas"]):
        pdf.set_xy(18 + i * 58, y); pdf.multi_cell(54, 4, f"__________________________\n{a}\n{b}", align="C")
    return pdf

def LM(uom, *a, **k):
    l = L(*a, **k); l["uom"] = uom; return l

OBS_STD = ["El proveedor deberá emitir el CFDI versión 4.0 con el uso de CFDI G03 (Gastos en general) y método de pago PPD, indicando el número de esta orden de compra; los CFDI que no lo indiquen serán rechazados.",
           "Los precios son fijos durante la vigencia de la orden y no incluyen el Impuesto al Valor Agregado (IVA), que se desglosa por separado.",
           "El proveedor se obliga a guardar confidencialidad sobre la información del comprador y a cumplir con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.",
           "La aceptación de esta orden, expresa o mediante el inicio de los servicios, implica la aceptación de las Condiciones Generales de Compra del comprador, salvo lo previsto expresamente en estas observaciones."]

def specs():
    S = []
    cur = "MXN"
    # 1
    lines = [LM("SERV", "Licencia anual Plataforma de Nómina", 1, "186000.00", "year", cur, sku="NOM-PLT-A"),
             LM("USU", "Usuarios adicionales", 25, "1440.00", "year", cur, sku="NOM-USR"),
             LM("SERV", "Implementación y capacitación", 1, "48000.00", "one_time", cur, sku="NOM-IMP")]
    S.append(dict(t=dict(customer_legal_name="Grupo Industrial Sierra Madre, S.A. de C.V.", vendor_legal_name="Nubeplan Software, S. de R.L. de C.V.",
        order_form_number="OC-2026-004817", billing_contact_email="cuentasporpagar@gisierramadre.example", currency=cur, effective_date="2026-03-18",
        service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=False, payment_terms_days=30,
        billing_frequency="annual", billing_timing="advance", po_required=True, po_number="OC-2026-004817", total_contract_value="270000.00"),
        lines=lines, r=dict(fecha="18/03/2026", req="REQ-TI-0392", caddr="RFC: GIS980512AB3\nAv. Constitución 2050 Pte., Col. Obispado, C.P. 64060, Monterrey, N.L.",
        prov="Nubeplan Software, S. de R.L. de C.V.\nRFC: NSO150803KL9\nBlvd. Manuel Ávila Camacho 76, Piso 8, Lomas de Chapultepec, C.P. 11000, Ciudad de México\nContacto: Diego Farías",
        fact="Grupo Industrial Sierra Madre, S.A. de C.V.\nRFC: GIS980512AB3\nCorreo para CFDI: cuentasporpagar@gisierramadre.example\nRégimen fiscal 601",
        sums=[("Subtotal", M(270000), False), ("IVA 16%", M(43200), False), ("Total", M(313200), True)], total_letra=313200,
        cond=[("Vigencia del servicio", "12 meses, del 01/04/2026 al 31/03/2027"), ("Facturación", "Anual por adelantado, en una sola exhibición al inicio de la vigencia; implementación al inicio"),
              ("Condiciones de pago", "30 días naturales posteriores a la recepción del CFDI"), ("Forma de pago", "Transferencia electrónica (SPEI)"),
              ("Renovación", "No automática; la renovación requerirá una nueva orden de compra"), ("Valor de la orden", "$270,000.00 MXN más IVA")],
        obs=OBS_STD, firmas=[("Elaboró", "Compras - Laura Garza"), ("Autorizó", "Dirección de Finanzas - Óscar Treviño"), ("Aceptación del proveedor", "Nubeplan Software")]),
        deal_id="006-BI0301", close_date="2026-03-18",
        desc="Mexican customer-issued purchase order (Orden de Compra) in Spanish: the OC number OC-2026-004817 is both the document number and the PO the CFDI must quote (po_required). Amounts '$186,000.00' with 'Moneda: MXN' (so not USD). Licencia anual Plataforma de Nómina 186,000.00 per year; Usuarios adicionales 25 x 1,440.00 = 36,000.00 per year; Implementación y capacitación 48,000.00 once. Subtotal 270,000.00 = order value excl. IVA (TCV, also 'Valor de la orden $270,000.00 MXN más IVA'); IVA 16% 43,200.00 and Total 313,200.00 (also in words, TRESCIENTOS TRECE MIL DOSCIENTOS PESOS 00/100 M.N.) are not the value. 12 months 01/04/2026-31/03/2027, annual in advance, 30 days, no automatic renewal.",
        tags=["spanish", "mxn", "customer-po", "po-required", "vat-below-total", "amount-in-words", "slash-dates", "no-auto-renew"]))
    # 2
    lines = [LM("SUC", "Licencia SaaS Punto de Venta, por sucursal", 18, "2150.00", "month", cur, sku="PV-SUC", periods=24),
             LM("MES", "Soporte premium", 1, "5000.00", "month", cur, sku="PV-SOP", periods=24),
             LM("SERV", "Configuración remota de equipos", 1, "12500.00", "one_time", cur, sku="PV-CFG")]
    S.append(dict(t=dict(customer_legal_name="Cadena Comercial del Bajío, S.A.P.I. de C.V.", vendor_legal_name="Cajaviva Tecnologías, S.A. de C.V.",
        order_form_number="4700012563", billing_contact_email="facturas.proveedores@ccbajio.example", currency=cur, effective_date="2026-05-22",
        service_start_date="2026-06-01", service_end_date="2028-05-31", term_months=24, payment_terms_days=15,
        billing_frequency="monthly", billing_timing="advance", po_required=True, po_number="4700012563", total_contract_value="1061300.00"),
        lines=lines, r=dict(fecha="22/05/2026", req="SOL-7781", caddr="RFC: CCB110920QW1\nBlvd. Adolfo López Mateos 1602, Col. Jardines del Moral, C.P. 37160, León, Gto.",
        prov="Cajaviva Tecnologías, S.A. de C.V.\nRFC: CTE190114MN2\nAv. Chapultepec 480, Col. Americana, C.P. 44160, Guadalajara, Jal.\nContacto: Fernanda Ruelas",
        fact="Cadena Comercial del Bajío, S.A.P.I. de C.V.\nRFC: CCB110920QW1\nRecepción de CFDI: facturas.proveedores@ccbajio.example",
        sums=[("Subtotal mensual (partidas 1 y 2)", M(43700), False), ("Importe único (partida 3)", M(12500), False),
              ("Subtotal de la orden (24 meses)", M(1061300), True), ("IVA 16%", M(169808), False), ("Total de la orden", M(1231108), True)], total_letra=1231108,
        cond=[("Vigencia", "24 meses, del 01/06/2026 al 31/05/2028"), ("Facturación", "Mensual por adelantado, los primeros 5 días de cada mes"),
              ("Condiciones de pago", "15 días naturales contados a partir de la recepción del CFDI"), ("Entrega", "Servicio en la nube; configuración remota en las 18 sucursales")],
        obs=["El subtotal de la orden corresponde a 24 mensualidades de $43,700.00 más la configuración única de $12,500.00, es decir $1,061,300.00 MXN antes de IVA."] + OBS_STD[:3],
        firmas=[("Comprador", "Ricardo Ledesma"), ("Gerente de Sistemas", "Alma Villaseñor"), ("Proveedor (acepta)", "Cajaviva Tecnologías")]),
        deal_id="006-BI0302",
        desc="Mexican SAP-style purchase order 4700012563 (document number and required PO). Monthly lines: Licencia SaaS Punto de Venta 18 branches x $2,150.00 = $38,700.00 per month; Soporte premium $5,000.00 per month; Configuración remota de equipos $12,500.00 once. Subtotal mensual 43,700.00; order subtotal (24 months, excl. IVA) 1,061,300.00 = 24 x 43,700 + 12,500 = TCV; IVA 169,808.00 and total 1,231,108.00 (in words, UN MILLÓN DOSCIENTOS TREINTA Y UN MIL CIENTO OCHO PESOS) are not the value. 01/06/2026-31/05/2028, monthly in advance, 15 days. Renewal not mentioned (auto_renew null).",
        tags=["spanish", "mxn", "customer-po", "po-required", "vat-below-total", "amount-in-words", "monthly-prices", "slash-dates"]))
    # 3
    lines = [LM("SERV", "Plataforma de Facturación Electrónica", 1, "72000.00", "year", cur, sku="FE-PLT"),
             LM("PAQ", "Paquete anual de 50,000 timbres CFDI", 1, "35000.00", "year", cur, sku="FE-TIM-50K"),
             LM("SERV", "Conector SAP Business One", 1, "18000.00", "year", cur, sku="FE-SAP", disc=10, note="Descuento 10% sobre precio de lista")]
    u = usage("Timbres excedentes", "timbre", "50000", "year", "per_unit", [(None, "0.55")], "monthly", "arrears")
    S.append(dict(t=dict(customer_legal_name="Distribuidora Farmacéutica del Pacífico, S.A. de C.V.", vendor_legal_name="Timbrado Digital Express, S.A. de C.V.",
        order_form_number="DFP-OC-26-0193", billing_contact_email="cxp@dfpacifico.example", currency=cur, effective_date="2026-01-19",
        service_start_date="2026-02-01", service_end_date="2027-01-31", term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30,
        payment_terms_days=45, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="DFP-OC-26-0193",
        total_contract_value="123200.00", usage_rules=[u]),
        lines=lines, r=dict(fecha="19/01/2026", req="RQ-ADM-115", caddr="RFC: DFP070301HJ4\nCalle Río Culiacán 845, Col. Guadalupe, C.P. 80220, Culiacán, Sin.",
        prov="Timbrado Digital Express, S.A. de C.V.\nRFC: TDE120611PA7\nAv. Insurgentes Sur 1431, Col. Insurgentes Mixcoac, C.P. 03920, Ciudad de México",
        fact="Distribuidora Farmacéutica del Pacífico, S.A. de C.V.\nRFC: DFP070301HJ4\nCorreo: cxp@dfpacifico.example",
        sums=[("Subtotal", M(123200), False), ("IVA 16%", M(19712), False), ("Total", M(142912), True)], total_letra=142912,
        cond=[("Vigencia", "12 meses, del 01/02/2026 al 31/01/2027"), ("Facturación", "Anual por adelantado (partidas 1 a 3); timbres excedentes mensual vencido"),
              ("Timbres excedentes", "Los timbres que excedan los 50,000 incluidos por año se cobrarán a $0.55 por timbre, facturados mes vencido"),
              ("Condiciones de pago", "45 días naturales"), ("Renovación", "Automática por 12 meses, salvo aviso por escrito con 30 días de anticipación")],
        obs=OBS_STD, firmas=[("Compras", "Martín Osuna"), ("Finanzas", "Gabriela Quintero"), ("Proveedor", "Timbrado Digital Express")]),
        deal_id="006-BI0303",
        desc="Mexican customer purchase order DFP-OC-26-0193 (document number and required PO) for e-invoicing. Plataforma de Facturación Electrónica $72,000.00 per year; Paquete anual de 50,000 timbres CFDI $35,000.00 per year; Conector SAP Business One $18,000.00 less 10% = $16,200.00 per year. Subtotal 123,200.00 = TCV for 12 months 01/02/2026-31/01/2027 (IVA 19,712.00, total 142,912.00 in words, not the value). Usage: 'Timbres excedentes' beyond 50,000 included per year at $0.55 per timbre, monthly in arrears. Annual in advance, 45 days, renews 12 months unless 30 days' notice.",
        tags=["spanish", "mxn", "customer-po", "po-required", "usage", "discount", "amount-in-words", "slash-dates", "auto-renew"]))
    # 4
    lines = [LM("EMP", "Suite de Recursos Humanos, por empleado", 850, "96.00", "year", cur, sku="RH-SUITE", periods=3),
             LM("SERV", "Módulo de Reclutamiento", 1, "28000.00", "year", cur, sku="RH-REC", periods=3),
             LM("SERV", "Módulo de Evaluación del Desempeño", 1, "22000.00", "year", cur, sku="RH-EVD", disc=10, periods=3, note="Descuento 10%"),
             LM("SERV", "Ambiente de pruebas (sandbox)", 1, "9000.00", "year", cur, sku="RH-SBX", periods=3),
             LM("SERV", "Migración de expedientes", 1, "40000.00", "one_time", cur, sku="RH-MIG"),
             LM("SES", "Capacitación para administradores", 2, "7500.00", "one_time", cur, sku="RH-CAP")]
    S.append(dict(t=dict(customer_legal_name="Universidad Tecnológica del Golfo, A.C.", vendor_legal_name="Talentia Cloud México, S.A. de C.V.",
        order_form_number="UTG-CMP-2026-0277", billing_contact_email="proveedores@utgolfo.example", currency=cur, effective_date="2026-08-10",
        service_start_date="2026-09-01", term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=60,
        billing_frequency="annual", billing_timing="advance", po_required=True, po_number="UTG-CMP-2026-0277", total_contract_value="470200.00"),
        lines=lines, r=dict(fecha="10/08/2026", req="REQ-RH-2026-41", caddr="RFC: UTG930215CC8\nCarretera Veracruz-Boca del Río km 3.5, C.P. 94290, Boca del Río, Ver.",
        prov="Talentia Cloud México, S.A. de C.V.\nRFC: TCM170530RT5\nAv. Paseo de la Reforma 296, Piso 12, Col. Juárez, C.P. 06600, Ciudad de México",
        fact="Universidad Tecnológica del Golfo, A.C.\nRFC: UTG930215CC8\nCorreo: proveedores@utgolfo.example",
        sums=[("Importe anual recurrente (partidas 1-4)", M(138400), False), ("Importe único (partidas 5-6)", M(55000), False),
              ("Subtotal de la orden (36 meses)", M(470200), True), ("IVA 16%", M(75232), False), ("Total", M(545432), True)], total_letra=545432,
        cond=[("Vigencia", "36 meses a partir del 01/09/2026"), ("Facturación", "Anual por adelantado al inicio de cada año de servicio; partidas 5 y 6 al concluir los servicios"),
              ("Condiciones de pago", "60 días naturales a partir de la recepción del CFDI"), ("Renovación", "Automática por periodos de 12 meses, salvo aviso por escrito con 60 días de anticipación al vencimiento"),
              ("Importe de la orden", "$470,200.00 MXN antes de IVA (3 x $138,400.00 + $55,000.00)")],
        obs=OBS_STD + ["La partida 3 incluye un descuento del 10% sobre el precio de lista durante toda la vigencia."],
        firmas=[("Departamento de Compras", "Itzel Ramírez"), ("Rectoría Administrativa", "Mtro. Joaquín Salas"), ("Proveedor", "Talentia Cloud México")]),
        deal_id="006-BI0304",
        derived={"service_end_date": {"value": "2029-08-31", "rule": "start 2026-09-01 + 36 months - 1 day"}},
        desc="Mexican university purchase order UTG-CMP-2026-0277 (document number and required PO), six partidas. Per year: Suite de Recursos Humanos 850 employees x $96.00 = $81,600.00; Reclutamiento $28,000.00; Evaluación del Desempeño $22,000.00 less 10% = $19,800.00; sandbox $9,000.00 (recurring 138,400.00). Once: Migración de expedientes $40,000.00; Capacitación 2 sessions x $7,500.00 = $15,000.00 (55,000.00). Order subtotal 470,200.00 = 3 x 138,400 + 55,000 = TCV for 36 months from 01/09/2026 (end not written: derived 2029-08-31); IVA 75,232.00, total 545,432.00 in words. Annual in advance, 60 days, renews 12 months unless 60 days' notice.",
        tags=["spanish", "mxn", "customer-po", "po-required", "vat-below-total", "amount-in-words", "multi-year", "derived-end-date", "discount", "auto-renew"]))
    return S
