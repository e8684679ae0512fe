from common import *

LAY = "deal-memo"

def memo_lines(spec):
    t, r, lines = spec["t"], spec["r"], spec["lines"]
    cur, ns, ds, sym = t["currency"], r["ns"], r["ds"], r["sym"]
    m = lambda x: f"{sym}{num(x, cur, ns)}"
    out = [("h1", f"DEAL MEMO - {r['brand']} x {r['cust_short']}"),
           ("p", f"Memo {t['order_form_number']}  |  from: {r['ae']}  |  to: RevOps, Finance  |  status: SIGNED"),
           ("h2", "Who"),
           ("b", f"Customer entity: {t['customer_legal_name']}"),
           ("b", f"AP inbox: {t['billing_contact_email']}")]
    if r.get("po_line"):
        out.append(("b", r["po_line"]))
    out += [("h2", "When"), ("b", f"Effective: {dt(t['effective_date'], ds)}")]
    out.append(("b", r["when"]))
    out.append(("b", r["renew"]))
    out += [("h2", "Money (all " + cur + ")")]
    for l in lines:
        per = {"year": "/yr", "month": "/mo", "quarter": "/qtr", "one_time": " one-off"}[l["period"]]
        s_ = (f"{l['note']}: " if l["note"] else "") + f"{l['desc']}: {intfmt(l['qty'])} x {m(l['price'])}{per}"
        if l["disc"]:
            s_ += f" less {l['disc']}%"
        if l["show_net"]:
            s_ += f" = {m(l['net'])}{per}"
        if l["start"]:
            s_ += f"  [{dt(l['start'], ds)} to {dt(l['end'], ds)}]"
        if l["sku"]:
            s_ += f"  (sku {l['sku']})"
        out.append(("b", s_))
    for x in r.get("money_extra", []):
        out.append(("b", x))
    if t["total_contract_value"]:
        out.append(("b", f"TCV: {m(D(t['total_contract_value']))}"))
    out += [("h2", "Billing"), ("b", r["billing"]), ("b", f"Pay terms: {r['pay']}")]
    for x in r.get("billing_extra", []):
        out.append(("b", x))
    if r.get("odd"):
        out.append(("h2", "Heads-up for finance"))
        for x in r["odd"]:
            out.append(("b", x))
    out += [("h2", "Sign-off"),
            ("p", "Both sides agree the points above are the commercial deal; everything else follows the vendor's online subscription terms current at signature."),
            ("sig", f"{r['vendor_sig']}"), ("sig", f"{t['customer_legal_name']} - {r['cust_sig']}")]
    return out

def build(spec):
    out = memo_lines(spec)
    if spec.get("ext") == "md":
        md = []
        for k, v in out:
            md.append({"h1": f"# {v}\n", "h2": f"\n## {v}\n", "b": f"- {v}", "p": f"{v}\n", "sig": f"\n_Signed for {v}_  ____________________"}[k])
        return "\n".join(md) + "\n"
    pdf = Doc(); pdf.set_margins(22, 18, 22); pdf.add_page()
    for k, v in out:
        if k == "h1":
            pdf.set_font("Courier", "B", 14); pdf.multi_cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
        elif k == "h2":
            pdf.ln(2); pdf.set_font("Courier", "B", 10.5); pdf.cell(0, 6, v.upper(), new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("Courier", "", 9); pdf.set_x(26); pdf.multi_cell(0, 4.6, "* " + v, new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("Courier", "", 8.5); pdf.multi_cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        elif k == "sig":
            pdf.ln(6); pdf.set_font("Courier", "", 9); pdf.cell(70, 5, "________________________")
            pdf.multi_cell(0, 5, f"for {v}", new_x="LMARGIN", new_y="NEXT")
    return pdf

def specs():
    S = []
    cur = "USD"
    lines = [L("Pro Workspace", 3, "1150.00", "month", cur, periods=12),
             L("Implementation sprint", 1, "6000.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Brightloom Analytics, Inc.", vendor_legal_name="Sparkhaus Labs, Inc.", order_form_number="DM-0417",
        billing_contact_email="ap@brightloom.example", currency=cur, effective_date="2026-06-01", service_start_date="2026-06-15",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=15,
        billing_frequency="quarterly", billing_timing="advance", late_fee_percent_per_month="1.5", total_contract_value="47400.00",
        non_standard_terms=["Customer may terminate for convenience after month 6 on 30 days' notice (no refund of the quarter already invoiced)"]),
        lines=lines, r=dict(ns="us", ds="iso", sym="$", brand="SPARKHAUS", cust_short="BRIGHTLOOM", ae="J. Okafor (AE)",
        when="Go-live: 2026-06-15, runs 12 months from go-live", renew="Auto-renews for another 12 mo unless either side says no >= 30 days before the end",
        billing="Quarterly, upfront (first invoice at go-live)", pay="Net 15", billing_extra=["Late money: 1.5% per month on overdue balances"],
        odd=["They can walk after month 6 with 30 days' notice - no refund of a quarter already invoiced."],
        vendor_sig="Sparkhaus Labs, Inc. - M. Reyes, CEO", cust_sig="T. Lindqvist, COO"),
        deal_id="006-BG0201", derived={"service_end_date": {"value": "2027-06-14", "rule": "go-live 2026-06-15 + 12 months - 1 day"}},
        desc="Startup one-page deal memo in monospace with terse bullets; vendor legal name appears only in the sign-off. Go-live 2026-06-15 and '12 months from go-live' so service_end_date is null and derived as 2027-06-14. 3 x $1,150/mo = $3,450/mo, x 12 = 41,400 + implementation 6,000 = stated TCV $47,400. Quarterly upfront billing, Net 15, late fee 1.5%/month, 12-month auto-renewal with 30 days' notice. Termination-for-convenience after month 6 is non-standard.",
        tags=["deal-memo", "go-live", "derived-end-date", "monthly-price-quarterly-billing", "late-fee", "termination-for-convenience", "vendor-only-in-signature"]))
    cur = "SGD"
    lines = [L("Fleet Tracker licence", 40, "180.00", "year", cur, disc=20),
             L("Hardware gateway", 2, "950.00", "one_time", cur)]
    S.append(dict(ext="md", t=dict(customer_legal_name="Merlion Freight Solutions Pte. Ltd.", vendor_legal_name="Dockside Robotics Pte. Ltd.", order_form_number="MEMO-SG-22",
        billing_contact_email="finance@merlionfreight.example", currency=cur, effective_date="2026-02-20", service_start_date="2026-03-02", service_end_date="2027-03-01",
        auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="MF-88231",
        usage_rules=[usage("SMS alerts", "SMS", None, None, "per_unit", [(None, "0.05")], "monthly", "arrears")]),
        lines=lines, r=dict(ns="us", ds="iso", sym="S$", brand="DOCKSIDE", cust_short="MERLION", ae="Wei Ling Tan (AE)",
        po_line="Their PO # MF-88231 - must be on every invoice or AP bounces it",
        when="Launch date: 2026-03-02, ends 2027-03-01", renew="Will NOT renew by itself - new paper needed for year 2",
        billing="Licences: annual, upfront. Gateways: invoiced once with the first invoice.", pay="Net 30",
        money_extra=["SMS alerts: S$0.05 per SMS, no bundle, billed monthly in arrears"],
        vendor_sig="Dockside Robotics Pte. Ltd. - K. Rajan, Director", cust_sig="Lim Boon Hock, Head of Ops"),
        deal_id="006-BG0202", derived={"term_months": {"value": 12, "rule": "2026-03-02 to 2027-03-01"}},
        desc="Markdown deal memo (terse bullets) in SGD written with S$. 40 licences x S$180 = 7,200 less 20% = 5,760 per year; 2 gateways x 950 = 1,900 one-off. No total stated. Launch date 2026-03-02 to 2027-03-01 given, length not written (term derived 12). 'Will NOT renew by itself' = auto_renew false. Customer PO MF-88231 must appear on invoices. SMS usage 0.05 per SMS, monthly in arrears, no allowance.",
        tags=["deal-memo", "markdown", "sgd", "launch-date", "no-auto-renew", "po-required", "usage", "discount"]))
    cur = "ZAR"
    lines = [L("Brewery ERP platform", 1, "84000.00", "year", cur, note="Year 1", start="2026-09-01", end="2027-08-31"),
             L("Brewery ERP platform", 1, "96000.00", "year", cur, note="Year 2", start="2027-09-01", end="2028-08-31")]
    S.append(dict(t=dict(customer_legal_name="Kalahari Craft Brewing (Pty) Ltd", vendor_legal_name="Tapwise Software (Pty) Ltd", order_form_number="TW-DM-2026-09",
        billing_contact_email="creditors@kalaharicraft.example", currency=cur, effective_date="2026-08-18", service_start_date="2026-09-01", service_end_date="2028-08-31",
        term_months=24, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", total_contract_value="180000.00"),
        lines=lines, r=dict(ns="space", ds="short", sym="R", brand="TAPWISE", cust_short="KALAHARI CRAFT", ae="Sipho Dlamini (AE)",
        when="Go-live 1-Sep-26 through 31-Aug-28 (24 mo)", renew="Renewal: not agreed yet - parked for a later conversation",
        billing="Each year's fee invoiced on its start date, upfront", pay="30 days from invoice",
        vendor_sig="Tapwise Software (Pty) Ltd - N. Pillay, MD", cust_sig="Ruan Botha, Finance Director"),
        deal_id="006-BG0203", deal={"amount": "192000.00", "line_items": [{"sku": None, "name": "Brewery ERP platform", "quantity": "1", "unit_price": "96000.00", "total": "192000.00"}]},
        desc="Deal memo PDF in ZAR (amounts written R84 000,00 with space thousands and comma decimals; dates 1-Sep-26). Two-step ramp: Year 1 R84,000 (2026-09-01..2027-08-31), Year 2 R96,000 (2027-09-01..2028-08-31), one line each; stated TCV R180,000 = 84,000 + 96,000. DELIBERATE CRM MISMATCH: the CRM deal records amount 192,000.00 (the Year-2 price x 2, ramp ignored); the form's gold is 180,000.00. Renewal 'not agreed yet' so auto_renew null.",
        tags=["deal-memo", "zar", "space-thousands", "ramp", "short-dates", "crm-mismatch"]))
    cur = "HKD"
    lines = [L("Guest Messaging Suite", 1, "12800.00", "month", cur, periods=12),
             L("WhatsApp channel add-on", 1, "2400.00", "month", cur, periods=12)]
    S.append(dict(ext="md", t=dict(customer_legal_name="Lantau Harbour Hotels Limited", vendor_legal_name="Concierge Stack Limited", order_form_number="CS/DM/118",
        billing_contact_email="payables@lantauharbour.example", currency=cur, effective_date="2026-10-05", service_start_date="2026-11-01",
        auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=7, billing_frequency="monthly", billing_timing="advance",
        billing_anchor="day:1",
        usage_rules=[usage("Outbound messages", "message", "20000", "month", "volume", [("50000", "0.12"), (None, "0.09")], "monthly", "arrears")]),
        lines=lines, r=dict(ns="us", ds="dmy", sym="HK$", brand="CONCIERGE STACK", cust_short="LANTAU HARBOUR", ae="Ada Cheung (AE)",
        when="Launch date: 1 November 2026. No fixed end - rolls month to month", renew="Either side can stop it with 30 days' written notice; otherwise it keeps rolling monthly",
        billing="Monthly in advance, invoice raised on the 1st of each month", pay="7 days",
        money_extra=["Outbound messages: 20,000 free per month; extra messages priced by volume - if the month's extras are 1 to 50,000 all are HK$0.12 each, if more than 50,000 all are HK$0.09 each; billed monthly in arrears"],
        vendor_sig="Concierge Stack Limited - P. Leung, Director", cust_sig="Martin Ho, Group IT Director"),
        deal_id="006-BG0204",
        desc="Markdown deal memo in HKD (HK$). Month-to-month evergreen: no term or end date; rolling monthly with 30 days' notice => auto_renew true, renewal_term_months 1. Invoices on the 1st of each month (billing_anchor day:1), monthly in advance, pay in 7 days. Two monthly lines 12,800 + 2,400 = 15,200/month; CRM amount is first-year value 182,400.00. Outbound message usage: 20,000 included per month, VOLUME pricing on extras: up to 50,000 extras at 0.12, above at 0.09 (tiers written as extra messages beyond the allowance).",
        tags=["deal-memo", "markdown", "hkd", "evergreen", "month-to-month", "usage", "volume", "billing-anchor", "launch-date"]))
    return S
