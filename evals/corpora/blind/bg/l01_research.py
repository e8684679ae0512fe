from common import *

LAY = "research-procurement"
FREQ = {"annual": "Annually", "quarterly": "Quarterly", "monthly": "Monthly", "semiannual": "Every six months"}
BASIS = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-off"}

def build(spec):
    t, r, lines = spec["t"], spec["r"], spec["lines"]
    cur, ns, ds = t["currency"], r["ns"], r["ds"]
    def hdr(p):
        p.set_font("Helvetica", "B", 8); p.set_text_color(90, 90, 90)
        p.cell(0, 4, f"{r['inst_short']} Research Procurement Services  |  Form RPS-7 (software & data services)", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0); p.ln(2)
    def ftr(p):
        p.set_y(-12); p.set_font("Helvetica", "I", 7.5)
        p.cell(0, 5, f"Order ref. {t['order_form_number']}  -  page {p.page_no()} of {{nb}}", align="C")
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font("Times", "B", 17); pdf.cell(0, 8, t["customer_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9); pdf.cell(0, 5, r["inst_addr"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_fill_color(30, 60, 110); pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 12); pdf.cell(0, 8, "  SOFTWARE & DATA SERVICES ORDER", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.ln(2)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(90, 5, f"Order ref.: {t['order_form_number']}")
    pdf.cell(0, 5, f"Date raised: {dt(t['effective_date'], ds)}", new_x="LMARGIN", new_y="NEXT")
    def section(title):
        pdf.ln(2); pdf.set_font("Helvetica", "B", 9.5); pdf.set_fill_color(225, 230, 240)
        pdf.cell(0, 6, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    def kv(rows, w=55):
        for k, v in rows:
            pdf.set_font("Helvetica", "B", 8.5); pdf.cell(w, 5, k)
            pdf.set_font("Helvetica", "", 8.5); pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    section("Section A - Requesting unit & cost allocation")
    kv([("School / department", r["dept"]), ("Cost centre", r["cc"]), ("Grant / fund code", r["grant"]),
        ("Principal investigator", r["pi"]), ("Budget holder", r["bh"])])
    section("Section B - Supplier")
    kv([("Supplier legal entity", t["vendor_legal_name"]), ("Supplier no. (ERP)", r["supno"]), ("Supplier address", r["vaddr"])])
    section("Section C - Items ordered")
    pdf.set_font("Helvetica", "", 8)
    with pdf.table(col_widths=(8, 22, 62, 12, 24, 14, 28), text_align=("CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=4.6) as tb:
        row = tb.row()
        for h in ["Ln", "Catalogue ref.", "Description of service (basis)", "Qty", f"Unit cost {cur}", "Disc. %", f"Extended {cur}"]:
            row.cell(h)
        for i, l in enumerate(lines, 1):
            row = tb.row()
            row.cell(str(i)); row.cell(l["sku"] or "-"); row.cell(f"{l['desc']} ({BASIS[l['period']]})")
            row.cell(str(l["qty"])); row.cell(num(l["price"], cur, ns)); row.cell(str(l["disc"]) if l["disc"] else "-")
            row.cell(num(l["net"], cur, ns) if l["show_net"] else "see note")
    pdf.ln(1); pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(0, 4, "Extended = quantity x unit cost less discount, for one basis period (recurring lines) or once (one-off lines).", new_x="LMARGIN", new_y="NEXT")
    if t["total_contract_value"]:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(0, 6, f"Committed order value for the whole period of performance: {cur} {num(D(t['total_contract_value']), cur, ns)}", new_x="LMARGIN", new_y="NEXT")
    section("Section D - Period of performance")
    rows = [("Performance begins", dt(t["service_start_date"], ds))]
    if t["service_end_date"]:
        rows.append(("Performance ends", dt(t["service_end_date"], ds)))
    if t["term_months"]:
        rows.append(("Duration", r.get("term_words", f"{t['term_months']} months")))
    rows.append(("Continuation", r["renew_text"]))
    kv(rows)
    section("Section E - Invoicing instructions")
    rows = [("Invoice frequency", r.get("freq_text", f"{FREQ[t['billing_frequency']]} in {t['billing_timing']}")),
            ("Payment", f"Within {t['payment_terms_days']} days of receipt of a valid, undisputed invoice"),
            ("Send invoices to", t["billing_contact_email"])]
    if t["po_required"] is True:
        rows.append(("Purchase order", (f"PO {t['po_number']} - " if t["po_number"] else "") + r["po_text"]))
    elif t["po_required"] is False:
        rows.append(("Purchase order", r["po_text"]))
    kv(rows)
    extra = r.get("special", [])
    if extra:
        section("Section F - Special conditions agreed with the supplier")
        pdf.set_font("Helvetica", "", 8.5)
        for i, x in enumerate(extra, 1):
            pdf.multi_cell(0, 4.5, f"F.{i}  {x}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.5)
    section("Section G - Approvals")
    pdf.set_font("Helvetica", "", 8.5)
    y = pdf.get_y() + 2
    for j, (role, name) in enumerate([("Budget holder", r["bh"]), ("Procurement officer", r["proc"]), ("Supplier acceptance", r["vsig"])]):
        x = 18 + j * 59
        pdf.set_xy(x, y + 10); pdf.cell(55, 0, "", border="T")
        pdf.set_xy(x, y + 11); pdf.multi_cell(55, 4, f"{role}\n{name}", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(18, y + 24)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "Standard Conditions of Purchase (Research Procurement)", new_x="LMARGIN", new_y="NEXT")
    pdf.para("These conditions apply to every order raised on Form RPS-7 unless Section F states otherwise. Where the supplier's own terms conflict with these conditions, these conditions prevail except for the commercial terms set out in Sections C to E.", size=8.5)
    pdf.ln(1); boiler(pdf, size=8.2)
    return pdf

def specs():
    S = []
    cur = "GBP"
    lines = [L("Electronic Lab Notebook - Academic Seat", 120, "84.00", "year", cur, sku="ELN-ACAD", disc=10),
             L("Onboarding and data migration", 1, "1500.00", "one_time", cur, sku="ELN-ONB")]
    S.append(dict(t=dict(customer_legal_name="Kestrel Bay University", vendor_legal_name="Labnotely Ltd",
        order_form_number="RPS-2026-0412", billing_contact_email="ap-invoices@kestrelbay.ac.example", currency=cur,
        effective_date="2026-07-14", service_start_date="2026-09-01", service_end_date="2027-08-31", term_months=12,
        auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        po_required=True, po_number="KBU-4500218873", total_contract_value="10572.00"),
        lines=lines, r=dict(ns="us", ds="uk", inst_short="Kestrel Bay University", inst_addr="Registry Building, Quayside Road, Kestrel Bay KB4 2QT, United Kingdom",
        dept="School of Biological Sciences", cc="CC-41120 (Molecular Ecology)", grant="UKRI-BB/Z51234/1", pi="Dr Imogen Lathbury", bh="Prof. Nathan Oduya",
        supno="S-0098812", vaddr="4 Foundry Lane, Cambridge CB1 9XY", renew_text="This order will not continue beyond the end date; any further use needs a new requisition.",
        term_words="12 months", po_text="must be quoted on every invoice; invoices without it are returned unpaid.", proc="Helen Marchetti, Category Manager (IT)", vsig="For Labnotely Ltd: Owen Pryce, Director"),
        deal_id="006-BG0101", desc="University research procurement form (customer-raised order with cost-centre block). Supplier appears only in Section B and the approval block. Seat line: 120 x GBP 84.00 = 10,080.00 less 10% = 9,072.00 per year; one-off onboarding 1,500.00; stated committed value 9,072.00 + 1,500.00 = 10,572.00 for the 12-month period. 'Will not continue beyond the end date' = auto_renew false. PO number is given in Section E and invoices must quote it. Dates in UK ordinal style.",
        tags=["po-required", "discount", "one-time-fee", "uk-dates", "no-auto-renew", "vendor-not-in-letterhead"]))
    cur = "CHF"
    lines = [L("Cluster Scheduler Licence", 4, "6500.00", "year", cur, sku="CS-NODE", periods=2),
             L("Premium Support", 1, "3900.00", "year", cur, sku="CS-PS", periods=2)]
    S.append(dict(t=dict(customer_legal_name="Seeland Institute of Applied Physics Foundation", vendor_legal_name="Cryoscope Analytics AG",
        order_form_number="PROC-SI-77120", billing_contact_email="kreditoren@seeland-iap.example", currency=cur,
        effective_date="2026-11-20", service_start_date="2027-01-01", service_end_date="2028-12-31", term_months=24,
        payment_terms_days=45, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="SI-PO-2026-3391",
        total_contract_value="59800.00",
        usage_rules=[usage("GPU hours", "GPU hour", "2000", "quarter", "graduated", [("1000", "1.20"), (None, "0.95")], "quarterly", "arrears")]),
        lines=lines, r=dict(ns="ch", ds="dot", inst_short="Seeland Institute", inst_addr="Seestrasse 118, 2502 Biel/Bienne, Switzerland",
        dept="Computational Materials Group", cc="KST 7310", grant="SNF 200021_219876", pi="Dr. Lea Brunschwiler", bh="Dr. Marco Zufferey",
        supno="K-204455", vaddr="Technoparkstrasse 9, 8005 Zurich", renew_text="Not addressed in this order.",
        term_words="24 months (two contract years)", po_text="must appear on every invoice.", proc="Sandra Kälin, Einkauf", vsig="For Cryoscope Analytics AG: Reto Gisler, CFO",
        special=[f"Licence is per compute node (the line is priced per node per year). " + "\n".join(usage_sentences(usage("GPU hours", "GPU hour", "2000", "quarter", "graduated", [("1000", "1.20"), (None, "0.95")], "quarterly", "arrears"), "CHF", "ch"))]),
        deal_id="006-BG0102", desc="Swiss research-institute procurement form in CHF with apostrophe thousands (6'500.00) and dotted dates. Annual recurring: 4 nodes x 6,500 = 26,000 + support 3,900 = 29,900 per year; two contract years give the stated 59,800.00. GPU-hour usage: 2,000 included per quarter, then graduated tiers written as billable hours beyond the allowance 1-1,000 at 1.20 and from 1,001 at 0.95 (up_to 1000 then null). Renewal explicitly 'not addressed' so auto_renew null.",
        tags=["chf", "apostrophe-thousands", "dot-dates", "usage", "graduated", "po-required", "multi-year"]))
    cur = "USD"
    lines = [L("Survey Platform - Campus Licence", 1, "28500.00", "year", cur, sku="QSS-CAMPUS", periods=3),
             L("Panel Management Add-on", 1, "4200.00", "year", cur, sku="QSS-PANEL", disc=15, periods=3)]
    S.append(dict(t=dict(customer_legal_name="Pinecrest State University", vendor_legal_name="Quillmark Survey Systems, Inc.",
        order_form_number="PSU-SW-26-1187", billing_contact_email="accountspayable@pinecrest.edu.example", currency=cur,
        effective_date="2026-02-10", service_start_date="2026-03-01", service_end_date="2029-02-28", term_months=36,
        auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
        billing_frequency="annual", billing_timing="advance", po_required=True, po_number=None,
        price_escalator_percent="3",
        non_standard_terms=["Non-appropriation: University may terminate at the end of any fiscal year without penalty if funds are not appropriated"]),
        lines=lines, r=dict(ns="us", ds="us", inst_short="Pinecrest State University", inst_addr="Office of Research Administration, 200 College Avenue, Pinecrest, OR 97000, USA",
        dept="Institute for Social Research", cc="61-4400-210", grant="State appropriation - Fund 1102", pi="Dr. Marisol Eckhart", bh="Dr. Franklin Achebe",
        supno="V-0033917", vaddr="1450 Harbor Street, Suite 300, Portland, OR 97201", term_words="thirty-six (36) months",
        renew_text="After the end date the order renews for successive 12-month periods unless either party gives at least 60 days' written notice before the then-current end date.",
        po_text="A purchase order number will be issued by Procurement after approval and must be shown on every invoice.",
        proc="Rachel Moynihan, Senior Buyer", vsig="For Quillmark Survey Systems, Inc.: Dana Whitcombe, VP Sales",
        special=["Unit costs in Section C apply to the first contract year; they increase by 3% on each anniversary of the performance start date.",
                 "Non-appropriation: if the State does not appropriate funds for a fiscal year, the University may terminate this order at the end of the then-current fiscal year without penalty or further payment."]),
        deal_id="006-BG0103", desc="US state-university procurement form, three-year term (36 months) billed annually in advance. Panel add-on 4,200.00 less 15% = 3,570.00 shown as extended. 3% anniversary escalator means no flat total is stated (total_contract_value null). Auto-renews for 12 months with 60 days' notice. PO required but number not yet issued (po_number null). Non-appropriation clause recorded as non-standard.",
        tags=["escalator", "discount", "auto-renew", "po-required-no-number", "non-appropriation", "us-dates"]))
    cur = "NZD"
    lines = [L("Research Data Vault - storage block (1 TB)", 25, "38.00", "month", cur, sku="RDV-1TB", periods=12),
             L("Vault Gateway", 1, "410.00", "month", cur, sku="RDV-GW", periods=12)]
    S.append(dict(t=dict(customer_legal_name="Harbourview University", vendor_legal_name="Tidewell Data Limited",
        order_form_number="HU-RPS-5520", billing_contact_email="creditors@harbourview.ac.example", currency=cur,
        effective_date="2026-04-22", service_start_date="2026-05-01", service_end_date="2027-04-30",
        payment_terms_days=20, billing_frequency="monthly", billing_timing="arrears", po_required=False,
        minimum_commitment={"amount": "1200.00", "period": "month"},
        usage_rules=[usage("Data egress", "GB", None, None, "per_unit", [(None, "0.09")], "monthly", "arrears")]),
        lines=lines, r=dict(ns="us", ds="slash_uk", inst_short="Harbourview University", inst_addr="Private Bag 90210, Kelburn Rise, Wellington 6012, New Zealand",
        dept="Faculty of Earth Sciences", cc="EAR-300-77", grant="MBIE Endeavour 24-117", pi="Assoc. Prof. Hine Parata", bh="Dr. Callum Reeve",
        supno="NZ-SUP-11840", vaddr="Level 3, 60 Cuba Street, Wellington 6011", renew_text="Silent - refer to Procurement before the end date.",
        freq_text="Monthly in arrears, for the month just ended", po_text="A purchase order is not required for this order; invoices must quote the cost centre in Section A instead.",
        proc="Aroha Ngata, Procurement Advisor", vsig="For Tidewell Data Limited: Priya Raman, Account Director",
        special=["Minimum monthly spend: the University will be invoiced not less than NZD 1,200.00 for each month of the period of performance, including usage.",
                 "Data egress: each GB transferred out of the vault is charged at NZD 0.09, invoiced monthly in arrears with the fees for that month."]),
        deal_id="006-BG0104", derived={"term_months": {"value": 12, "rule": "2026-05-01 to 2027-04-30"}},
        desc="NZ university procurement form with dates as 01/05/2026 (day first). Term length is not written, only begins/ends dates, so term_months is null and 12 months is derived. Monthly recurring: 25 x 38.00 = 950.00 + gateway 410.00 = 1,360.00 per month, billed monthly in arrears; CRM amount 16,320.00 = 12 x 1,360.00 (no total stated in the form). Minimum NZD 1,200.00 per month; egress usage per GB at 0.09 with no allowance. Form explicitly says no PO is needed (po_required false). Renewal is 'silent' so auto_renew null.",
        tags=["nzd", "monthly", "arrears", "minimum-commitment", "usage", "po-not-required", "derived-term"]))
    return S
