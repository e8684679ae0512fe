from common import *


def render(path, f):
    x = f["x"]
    ns, sym, pl = x["num"], x["sym"], cur_places(f)
    m = lambda v: (sym + fnum(v, ns, pl)) if v is not None else "-"
    pdf = new_pdf("L", margins=14)
    pdf.footer_fn = lambda p: (p.set_y(-11), p.set_font("Helvetica", "", 7),
                               p.cell(0, 5, lat(f"{x['quote']} - renewal quote - {p.page_no()}/{{nb}}"), align="R"))
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_text_color(*x["col"])
    pdf.cell(150, 8, lat(f["vendor"]))
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 8, "RENEWAL QUOTE", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(150, 4, lat(x["vaddr"]))
    pdf.cell(0, 4, lat(f"Quote {x['quote']}  |  Issued {x['issued']}  |  Valid until {x['valid']}"), align="R",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    y = pdf.get_y()
    pdf.set_xy(14, y)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(120, 5, "Customer account", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(120, 4.3, lat(x["cust"]))
    pdf.set_xy(150, y)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(0, 5, "Renewal summary", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for k, v in x["kv"]:
        pdf.set_x(150)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.cell(45, 4.6, lat(k))
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(0, 4.6, lat(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(pdf.get_y(), y + 30) + 4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_fill_color(*x["col"])
    pdf.set_text_color(255)
    pdf.cell(0, 7, lat("  " + x["rtline"]), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0)
    pdf.ln(2)
    W = [62, 16, 26, 28, 16, 26, 14, 28, 18]
    A = ["L", "R", "R", "R", "R", "R", "R", "R", "R"]
    pdf.set_fill_color(230, 230, 230)
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(W[0], 6, "", border=0)
    pdf.cell(sum(W[1:4]), 6, lat(x["curhdr"]), border=1, align="C", fill=True)
    pdf.cell(sum(W[4:8]), 6, lat(x["renhdr"]), border=1, align="C", fill=True)
    pdf.cell(W[8], 6, "", border=0, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    row(pdf, ["Product", "Qty", "Unit Price", x["perhdr"], "Qty", "Unit Price", "Disc.", x["perhdr"], "Change"], W, A,
        style="B", fill=True, size=8)
    for r in x["rows"]:
        cur, l = r
        cq, cu = cur if cur else (None, None)
        ca = (D(cq) * D(cu)) if cur else None
        if l is None:
            cells = [r[0][2] if False else x["removed"][0], str(cq), m(cu), m(ca), "-", "-", "-", "removed", "-"]
        else:
            na = net_period(l)
            chg = "new" if not cur else (f"{((na - ca) / ca * 100).quantize(D('0.1'))}%".replace("-", "-"))
            if cur and not chg.startswith("-"):
                chg = "+" + chg
            cells = [l["desc"] + (("\n" + l["note"]) if l.get("note") else ""), qty_str(cq) if cur else "-", m(cu) if cur else "-",
                     m(ca) if cur else "-", qty_str(l["qty"]), m(l["unit"]), (f"{l['disc']}%" if l["disc"] else "-"), m(na), chg]
        row(pdf, cells, W, A, size=8.3)
    for k, a, b in x["totals"]:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(sum(W[:3]), 6, lat(k), border=1, align="R")
        pdf.cell(W[3], 6, lat(a), border=1, align="R")
        pdf.cell(sum(W[4:7]), 6, "", border=1)
        pdf.cell(W[7], 6, lat(b), border=1, align="R")
        pdf.cell(W[8], 6, "", border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(0, 3.8, lat(x["note"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(0, 5, "Renewal terms", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for t in x["terms"]:
        txt(pdf, "- " + t, size=8, h=3.9)
    pdf.ln(4)
    if pdf.get_y() > 170:
        pdf.add_page()
    y = pdf.get_y()
    for i, (lab, s) in enumerate([(f"Accepted for {f['customer']}", x["csig"]), (f"For {f['vendor']}", x["vsig"])]):
        pdf.set_xy(14 + i * 135, y)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(120, 5, lat(lab), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(14 + i * 135)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.multi_cell(120, 5, lat(f"Signed: /s/ {s[0]}   Name/Title: {s[0]}, {s[1]}   Date: {s[2]}"))
    pdf.output(path)


def forms():
    F = []
    # 01 USD -------------------------------------------------------
    L = [line("Insights Pro User", 60, "882.00", "year", show_net=True),
         line("Store Traffic Sensors Feed", 120, "157.50", "year", show_net=True),
         line("Executive Dashboard", 1, "6300.00", "year", disc=10, show_net=True)]
    f = form(customer="Hollis & Marsh Retail Corp.", vendor="Quayside Metrics, Inc.", order_no="RQ-24417",
             email="accountspayable@hollismarsh.example", currency="USD", effective="2027-01-12", start="2027-02-01",
             end="2028-01-31", term=12, auto_renew=True, renew=12, notice=30, pay=30, freq="annual", timing="advance",
             lines=L, tcv_stated=True, esc="5", close="2027-01-12",
             tags=["renewal-quote", "side-by-side-prices", "prior-term-prices-not-terms", "landscape", "escalator", "discount"])
    f["x"] = dict(col=(30, 90, 140), sym="$", num="us", quote="RQ-24417", issued="Dec 15, 2026", valid="Jan 31, 2027",
                  vaddr="Quayside Metrics, Inc. - 500 Harbor Blvd, Weehawken, NJ 07086 - renewals@quaysidemetrics.example",
                  cust="Hollis & Marsh Retail Corp.\n2400 Commerce Parkway, Columbus, OH 43219\nAccounts payable: accountspayable@hollismarsh.example\nCustomer since 2024",
                  kv=[("Effective Date", "January 12, 2027"), ("Billing", "Annual, in advance"), ("Payment", "Net 30"),
                      ("Auto-renewal", "Yes, 12 months (30 days notice)")],
                  rtline="Renewal Term: February 1, 2027 - January 31, 2028 (12 months)",
                  curhdr="Current Term (Feb 1, 2026 - Jan 31, 2027)", renhdr="Renewal Term (Feb 1, 2027 - Jan 31, 2028)", perhdr="Annual",
                  rows=[(("50", "840.00"), L[0]), (("120", "150.00"), L[1]), (("1", "6000.00"), L[2])],
                  totals=[("Totals", "$66,000.00", "$77,490.00")],
                  note="Current Term columns are shown for reference only and are not offered prices. Renewal prices include the 5% "
                       "annual uplift provided in the customer's agreement; the Executive Dashboard carries a one-off 10% loyalty discount.",
                  terms=["Renewal Total for the 12-month Renewal Term: $77,490.00, invoiced annually in advance, payable Net 30.",
                         "Unless either party gives notice at least 30 days before the end of a term, the subscription renews for a further "
                         "12 months. Each subsequent renewal is subject to a 5% price uplift.",
                         "All other terms of the Master Subscription Agreement dated January 20, 2024 continue to apply."],
                  csig=("Gail Morrison", "Director, Merchandising Systems", "Jan 12, 2027"), vsig=("Ben Okafor", "Renewals Manager", "Jan 12, 2027"))
    f["desc"] = ("Landscape renewal quote with last term's and the renewal term's prices side by side; only the Renewal Term "
                 "columns are the terms (current-term 840.00 / 150.00 / 6,000.00 are reference). Renewal: 60 users x 882.00 = "
                 "52,920.00; 120 feeds x 157.50 = 18,900.00; Dashboard 6,300.00 less 10% = 5,670.00; Renewal Total 77,490.00 "
                 "for the 12-month renewal term = TCV. Dates from 'Renewal Term: February 1, 2027 - January 31, 2028 (12 "
                 "months)'. Escalator 5% applies to later renewals (stated).")
    F.append(f)
    # 02 EUR quarterly, removed line ---------------------------------
    L = [line("Brewery ERP Licence", 1, "9450.00", "quarter", show_net=True),
         line("Quality Lab Module", 1, "1500.00", "quarter", show_net=True),
         line("Mobile Scanner User", 25, "63.00", "quarter", show_net=True)]
    f = form(customer="Brouwerij De Kroon N.V.", vendor="Fjordline Software AS", order_no="FS-REN-2026-0088",
             email="crediteuren@dekroon.example", currency="EUR", effective="2026-06-10", start="2026-07-01",
             end="2027-06-30", term=12, auto_renew=False, pay=30, freq="quarterly", timing="advance", lines=L, tcv_stated=True,
             tags=["renewal-quote", "side-by-side-prices", "prior-term-prices-not-terms", "landscape", "quarterly-price", "removed-line", "eu-number-format", "currency-after-amount"])
    f["x"] = dict(col=(120, 60, 20), sym="", num="eu", quote="FS-REN-2026-0088", issued="20.05.2026", valid="30.06.2026",
                  vaddr="Fjordline Software AS - Strandkaien 14, 5013 Bergen, Norway - Org.nr. 918 442 301",
                  cust="Brouwerij De Kroon N.V.\nKroonlaan 3, 9000 Gent, Belgium\nInvoices: crediteuren@dekroon.example",
                  kv=[("Effective date", "10.06.2026"), ("Invoicing", "Quarterly in advance"), ("Payment", "30 days"),
                      ("Renewal", "No automatic renewal"), ("Currency", "EUR (amounts in EUR)")],
                  rtline="Renewal Term: 01.07.2026 - 30.06.2027 (12 months)",
                  curhdr="Previous Term 01.07.2025 - 30.06.2026", renhdr="Renewal Term 01.07.2026 - 30.06.2027", perhdr="Per Quarter",
                  rows=[(("1", "9000.00"), L[0]), (("1", "1500.00"), L[1]), (("30", "60.00"), L[2]), (("1", "750.00"), None)],
                  removed=["Legacy Reporting Pack"],
                  totals=[("Total per quarter (EUR)", "12.750,00", "12.525,00"), ("Renewal Term total, 4 quarters (EUR)", "", "50.100,00")],
                  note="Previous Term figures are for comparison only. The Legacy Reporting Pack is discontinued and not renewed. "
                       "All amounts in EUR, excluding VAT.",
                  terms=["The renewal covers 01.07.2026 - 30.06.2027 and is not renewed automatically; Fjordline will send a new quote before expiry.",
                         "Fees are invoiced quarterly in advance (per-quarter amounts above) and are payable within 30 days.",
                         "Scanner users may be reduced only at the start of a renewal term."],
                  csig=("Pieter Van Damme", "CFO", "10.06.2026"), vsig=("Ingrid Solberg", "Account Director", "10.06.2026"))
    f["desc"] = ("Renewal quote in EUR (1.234,56 format, no currency symbol in cells; header says EUR) with previous-term and "
                 "renewal-term columns side by side; prices are PER QUARTER. Gold = renewal columns only: ERP 9.450,00/quarter, Lab "
                 "1.500,00/quarter, 25 scanner users x 63,00 = 1.575,00/quarter. A fourth row (Legacy Reporting Pack) exists only in "
                 "the previous term and is marked removed, so it is not a line. Renewal total 4 x 12.525,00 = 50.100,00 = TCV. No "
                 "automatic renewal (stated false).")
    F.append(f)
    # 03 SGD 24 months ------------------------------------------------
    L = [line("Lab Inventory Seat", 100, "315.00", "year", disc=8, show_net=True),
         line("Compliance Audit Trail", 1, "8400.00", "year", disc=8, show_net=True)]
    f = form(customer="Straits Biomedical Pte. Ltd.", vendor="Orchid Ledger Pte. Ltd.", order_no="OL-RQ-5521",
             email="ap@straitsbiomed.example", currency="SGD", effective="2026-12-08", start="2027-01-01", end="2028-12-31",
             term=24, auto_renew=True, renew=12, notice=60, pay=30, freq="annual", timing="advance", po_req=True, lines=L,
             tags=["renewal-quote", "side-by-side-prices", "prior-term-prices-not-terms", "landscape", "multi-year-discount", "po-required-no-number", "SGD", "annual-total-not-tcv"])
    f["x"] = dict(col=(140, 30, 90), sym="S$", num="us", quote="OL-RQ-5521", issued="18 Nov 2026", valid="15 Dec 2026",
                  vaddr="Orchid Ledger Pte. Ltd. - 1 Fusionopolis Way, #14-03, Singapore 138632",
                  cust="Straits Biomedical Pte. Ltd.\n50 Science Park Road, Singapore 117406\nAccounts payable: ap@straitsbiomed.example",
                  kv=[("Effective", "8 Dec 2026"), ("Renewal period", "24 months"), ("Invoicing", "Yearly in advance"),
                      ("Payment terms", "30 days"), ("PO", "Required before invoicing")],
                  rtline="Renewal Term: 1 January 2027 - 31 December 2028 (24 months)",
                  curhdr="Current (1 Jan 2026 - 31 Dec 2026)", renhdr="Renewal (1 Jan 2027 - 31 Dec 2028)", perhdr="Per Year",
                  rows=[(("80", "300.00"), L[0]), (("1", "8000.00"), L[1])],
                  totals=[("Annual total", "S$32,000.00", "S$36,708.00")],
                  note="Renewal unit prices include a 5% list price increase; an 8% multi-year discount applies because the customer "
                       "commits to a 24-month renewal. Current prices are shown for comparison.",
                  terms=["Each year's fees are invoiced in advance on 1 January. Payment is due 30 days from invoice.",
                         "A customer purchase order is required; invoices will quote the PO number supplied by the customer.",
                         "After the renewal term the subscription renews automatically for 12-month periods unless notice is given "
                         "60 days before expiry."],
                  csig=("Dr. Tan Mei Hua", "Director of Operations", "8 Dec 2026"), vsig=("Rajesh Menon", "Customer Success Lead", "8 Dec 2026"))
    f["desc"] = ("24-month renewal quote in SGD. Renewal columns: 100 seats x S$315.00 less 8% = S$289.80 = S$28,980.00 per year; "
                 "audit trail S$8,400.00 less 8% = S$7,728.00 per year; annual total S$36,708.00 (current-term S$32,000.00 is "
                 "reference only). Only an ANNUAL total is stated for a 24-month term, so total_contract_value is null (CRM "
                 "amount 2 x 36,708 = 73,416.00). A PO is required but no number is given (po_required true, po_number null).")
    F.append(f)
    # 04 USD monthly + usage, CRM mismatch --------------------------------
    L = [line("Contact Center Agent", 80, "115.00", "month", show_net=True),
         line("Call Recording Storage", 1, "450.00", "month", show_net=True)]
    f = form(customer="Sunbelt Home Services LLC", vendor="Peregrine Voice Cloud, Inc.", order_no="PVC-R-10934",
             email="invoices@sunbelthome.example", currency="USD", effective="2026-10-20", start="2026-11-01",
             end="2027-10-31", term=12, pay=15, freq="monthly", timing="advance", lines=L, tcv_stated=True, late="1",
             usage=[usage("Outbound and inbound voice minutes", "minute", "200000", "month", "per_unit", [(None, "0.012")], "monthly", "arrears")],
             deal_amount="103800.00",
             tags=["renewal-quote", "side-by-side-prices", "prior-term-prices-not-terms", "landscape", "usage", "overage", "late-fee", "crm-mismatch", "iso-dates"])
    f["x"] = dict(col=(40, 40, 40), sym="$", num="us", quote="PVC-R-10934", issued="2026-10-01", valid="2026-10-31",
                  vaddr="Peregrine Voice Cloud, Inc. - 3000 Sand Hill Road, Menlo Park, CA 94025",
                  cust="Sunbelt Home Services LLC\n7800 N Stemmons Fwy, Dallas, TX 75247\nBilling: invoices@sunbelthome.example",
                  kv=[("Effective date", "2026-10-20"), ("Billing", "Monthly in advance"), ("Payment", "Net 15"),
                      ("Included minutes", "200,000 per month"), ("Overage (renewal)", "$0.012 per minute")],
                  rtline="Renewal Term: 2026-11-01 - 2027-10-31 (12 months)",
                  curhdr="Current 2025-11-01 - 2026-10-31", renhdr="Renewal 2026-11-01 - 2027-10-31", perhdr="Monthly",
                  rows=[(("75", "110.00"), L[0]), (("1", "400.00"), L[1])],
                  totals=[("Monthly total", "$8,650.00", "$9,650.00"), ("Renewal Term total (12 months)", "", "$115,800.00")],
                  note="Current-term overage was $0.015 per minute; for the renewal term minutes above 200,000 in a calendar month are "
                       "billed at $0.012 per minute, monthly in arrears.",
                  terms=["Subscription fees are invoiced monthly in advance and are due Net 15. Late payments accrue 1% per month.",
                         "Usage above the included 200,000 minutes per month is invoiced monthly in arrears at $0.012 per minute.",
                         "Agents may be added during the renewal term at $115.00 per agent per month."],
                  csig=("Carlos Medina", "VP Customer Care", "2026-10-20"), vsig=("Priya Raman", "Renewals Lead", "2026-10-20"))
    f["desc"] = ("Monthly renewal quote with usage. Renewal columns: 80 agents x 115.00 = 9,200.00 + storage 450.00 = 9,650.00 per "
                 "month; renewal term total 115,800.00 = 12 x 9,650 (TCV). Overage: 200,000 minutes included per month, then "
                 "0.012 per minute (the 0.015 current-term rate is NOT the term). The quote says nothing about "
                 "further renewal, so auto_renew is null. DELIBERATE CRM MISMATCH: the deal amount 103800.00 is the old "
                 "current-term value (12 x 8,650) rather than the renewal total 115,800.00.")
    F.append(f)
    return F
