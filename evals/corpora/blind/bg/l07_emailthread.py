from common import *

LAY = "email-thread"

def thread_text(spec):
    r = spec["r"]
    out = []
    top = r["messages"][0]
    out += [f"From: {top[0]}", f"To: {top[1]}", f"Date: {top[2]}", f"Subject: {top[3]}", ""]
    out += top[4].strip("\n").split("\n")
    for depth, m in enumerate(r["messages"][1:], 1):
        q = "> " * depth
        out += ["", f"{q}On {m[2]}, {m[0]} wrote:".rstrip()]
        out += [(q + ln).rstrip() for ln in m[4].strip("\n").split("\n")]
    return "\n".join(out) + "\n"

def build(spec):
    txt = thread_text(spec)
    if spec.get("ext") == "txt":
        return txt
    r = spec["r"]
    def hdr(p):
        p.set_font("Helvetica", "", 7); p.set_text_color(110, 110, 110)
        p.cell(0, 4, f"{r['client']} - Print view - {r['messages'][0][3]}", new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(2)
    def ftr(p):
        p.set_y(-10); p.set_font("Helvetica", "", 7); p.set_text_color(110, 110, 110); p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="R"); p.set_text_color(0, 0, 0)
    pdf = Doc(hdr=hdr, ftr=ftr); pdf.add_page()
    pdf.set_font("Helvetica", "B", 13); pdf.multi_cell(0, 7, r["messages"][0][3], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    for ln in txt.split("\n"):
        depth = len(ln) - len(ln.lstrip("> ")) if ln.startswith(">") else 0
        if ln.startswith(("From:", "To:", "Date:", "Subject:")) and depth == 0:
            k, v = ln.split(":", 1)
            pdf.set_font("Helvetica", "B", 8.5); pdf.cell(16, 4.5, k + ":"); pdf.set_font("Helvetica", "", 8.5); pdf.cell(0, 4.5, v.strip(), new_x="LMARGIN", new_y="NEXT")
            continue
        body = ln.lstrip("> ") if ln.startswith(">") else ln
        lvl = ln.count(">") if ln.startswith(">") else 0
        pdf.set_font("Courier", "", 8.5); pdf.set_text_color(0 if lvl == 0 else 60, 0 if lvl == 0 else 60, 0 if lvl == 0 else 110)
        x = 18 + 4 * lvl
        if lvl:
            pdf.set_draw_color(170, 170, 200)
            for k in range(lvl):
                pdf.line(18 + 4 * k + 1, pdf.get_y(), 18 + 4 * k + 1, pdf.get_y() + 4.2)
        pdf.set_x(x); pdf.multi_cell(192 - x, 4.2, body if body else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    return pdf

def specs():
    S = []
    cur = "USD"
    lines = [L("PetChart Practice Cloud", 46, "79.00", "month", cur, periods=12),
             L("Data conversion", 1, "2500.00", "one_time", cur)]
    v3 = """Hi Alana,

Revised order summary - quote Q-2026-0331-R3 (replaces R1 and R2):

  Customer:            Redwood Hollow Veterinary Group, Inc.
  Provider:            PetChart Systems LLC
  Effective date:      March 20, 2026
  Subscription Start:  April 1, 2026
  Ends:                March 31, 2027 (12 months)
  PetChart Practice Cloud: 46 users x $79.00 per user per month = $3,634.00 per month
  Data conversion:     $2,500.00 one-time
  Billing:             the full year of user fees invoiced annually, upfront, on the start date;
                       conversion invoiced with it
  Total first-year:    $46,108.00  (=$3,634.00 x 12 + $2,500.00)
  Payment:             Net 30
  Renewal:             renews each year for another 12 months unless cancelled in writing
                       at least 30 days before the end date
  Invoices to:         ap@redwoodhollowvet.example

If you're good with this, a reply saying so is all we need.

Marcus Bell
Account Executive, PetChart Systems LLC"""
    v2 = """Marcus - thanks. Two things: we are down to 46 users after the Oakdale clinic sale,
and $4,000 for conversion is more than we budgeted. Can you sharpen the pencil?
Alana"""
    v1 = """Hi Alana, as discussed, quote Q-2026-0331-R1:
  PetChart Practice Cloud: 49 users x $85.00 per user per month
  Data conversion: $4,000.00 one-time
  Subscription Start: April 1, 2026, 12 months, annual billing upfront.
Marcus"""
    top = """Marcus,

We accept quote Q-2026-0331-R3 exactly as set out in your message below. Please go ahead.

Alana Reyes
Practice Operations Director
Redwood Hollow Veterinary Group, Inc."""
    S.append(dict(ext="txt", t=dict(customer_legal_name="Redwood Hollow Veterinary Group, Inc.", vendor_legal_name="PetChart Systems LLC", order_form_number="Q-2026-0331-R3",
        billing_contact_email="ap@redwoodhollowvet.example", currency=cur, effective_date="2026-03-20", service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="46108.00"),
        lines=lines, r=dict(client="Mail", messages=[
            ("Alana Reyes <alana.reyes@redwoodhollowvet.example>", "Marcus Bell <marcus.bell@petchart.example>", "Fri, 20 Mar 2026 09:12", "RE: RE: PetChart quote - revised", top),
            ("Marcus Bell <marcus.bell@petchart.example>", "", "Thu, 19 Mar 2026 16:40", "", v3),
            ("Alana Reyes <alana.reyes@redwoodhollowvet.example>", "", "Wed, 18 Mar 2026 11:05", "", v2),
            ("Marcus Bell <marcus.bell@petchart.example>", "", "Mon, 16 Mar 2026 14:22", "", v1)]),
        deal_id="006-BG0701",
        desc="Plain-text e-mail thread: the customer's top message accepts quote R3 quoted beneath it; older quoted messages (R1: 49 users at $85, conversion $4,000) are superseded and must be ignored - only the final accepted R3 terms count. R3: 46 x $79.00 = $3,634.00 per month (stated, net_amount), billed annually upfront; conversion $2,500 one-time; stated total 3,634 x 12 + 2,500 = 46,108.00 for the 12-month term. Auto-renews 12 months with 30 days' notice, Net 30, order reference Q-2026-0331-R3.",
        tags=["email-thread", "txt", "superseded-terms", "quoted-messages", "monthly-price-annual-billing", "auto-renew", "one-time-fee"]))
    cur = "GBP"
    lines = [L("Studio plan", 12, "45.00", "month", cur, periods=12)]
    top = """Hi Priya,

Thanks for choosing Option B. This confirms order SBS-0719, effective today, 24 June 2026:

  - Customer: Pembroke Lane Interiors Ltd
  - Studio plan, 12 seats at £45.00 per seat per month (£540.00 per month)
  - Start date: 1 July 2026; no fixed term - it rolls on monthly
  - Either of us can stop it with 30 days' written notice
  - Invoiced on the 1st of each month, in advance, payable on receipt
  - Invoices go to accounts@pembrokelane.example

Option A (the annual plan) is withdrawn.

Best,
Tom Hargreaves
Swatchbook Studio Ltd"""
    mid = """Tom - we'll go with Option B please. Cash flow matters more than the saving this year.
Priya Sethi, Operations Manager, Pembroke Lane Interiors Ltd"""
    opts = """Hi Priya, two ways to do this:

Option A - annual: 12 seats at £40.00 per seat per month, 12-month term from 1 July 2026,
billed annually in advance (£5,760.00), Net 30.

Option B - monthly rolling: 12 seats at £45.00 per seat per month, billed monthly in advance,
cancel any time with 30 days' notice.

Let me know which suits.
Tom"""
    S.append(dict(t=dict(customer_legal_name="Pembroke Lane Interiors Ltd", vendor_legal_name="Swatchbook Studio Ltd", order_form_number="SBS-0719",
        billing_contact_email="accounts@pembrokelane.example", currency=cur, effective_date="2026-06-24", service_start_date="2026-07-01",
        auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=0, billing_frequency="monthly", billing_timing="advance", billing_anchor="day:1"),
        lines=lines, r=dict(client="Webmail", messages=[
            ("Tom Hargreaves <tom@swatchbook.example>", "Priya Sethi <priya.sethi@pembrokelane.example>", "Wed, 24 Jun 2026 10:03", "Order confirmation SBS-0719 (Option B)", top),
            ("Priya Sethi <priya.sethi@pembrokelane.example>", "", "Tue, 23 Jun 2026 17:48", "", mid),
            ("Tom Hargreaves <tom@swatchbook.example>", "", "Mon, 22 Jun 2026 09:30", "", opts)]),
        deal_id="006-BG0702",
        desc="E-mail thread printed to PDF (quoted replies indented). The vendor offered Option A (annual, GBP 40/seat) and Option B (monthly rolling, GBP 45/seat); the customer chose B and the top message confirms B and withdraws A - only Option B counts. 12 seats x 45.00 = 540.00 per month (stated), monthly in advance on the 1st (billing_anchor day:1), due on receipt (0 days). No fixed term: rolling monthly with 30 days' notice => auto_renew true, renewal_term_months 1, term and end null. Effective date 24 June 2026 stated as 'effective today'. CRM amount is first-year value 540 x 12 = 6,480.00.",
        tags=["email-thread", "pdf", "superseded-terms", "options", "evergreen", "month-to-month", "due-on-receipt", "billing-anchor", "gbp"]))
    cur = "USD"
    lines = [L("Assaylink LIMS platform", 1, "60000.00", "year", cur, periods=2)]
    top = """Ken,

Agreed - Net 45 it is. For the record, the final terms are the ones in my message of
2026-08-11 below, with payment terms changed to Net 45. Nothing else changes.

Rosa Whitlock
Assaylink, Inc."""
    mid = """Rosa, we accept the 2026-08-11 terms with one change: our standard is Net 45, not Net 30.
If you can live with that, consider this signed off.
Ken Abara, Procurement Lead, Cobalt Ridge Mining Corp."""
    v2 = """Ken, final proposal (order AL-2026-208):
  Customer ............ Cobalt Ridge Mining Corp.
  Supplier ............ Assaylink, Inc.
  Effective ........... 2026-08-14
  Commencement ........ 2026-09-01 through 2028-08-31 (24 months)
  Assaylink LIMS platform: USD 60,000.00 per year, invoiced annually in advance
  Sample analyses ..... 12,000 per contract year included; beyond that, graduated:
                        the next 20,000 analyses at USD 1.10 each, every analysis after
                        those at USD 0.85 each; invoiced quarterly in arrears
  Minimum commitment .. USD 75,000.00 per contract year (platform + analyses)
  Payment ............. Net 30
  PO .................. please quote PO 4400-CR-2291 on all invoices
  Invoices to ......... apinvoices@cobaltridge.example
Rosa"""
    v1 = """Ken, opening numbers: platform USD 65,000.00 per year, 10,000 analyses included,
USD 1.25 per extra analysis. Two-year term from 2026-09-01.
Rosa"""
    S.append(dict(ext="txt", t=dict(customer_legal_name="Cobalt Ridge Mining Corp.", vendor_legal_name="Assaylink, Inc.", order_form_number="AL-2026-208",
        billing_contact_email="apinvoices@cobaltridge.example", currency=cur, effective_date="2026-08-14", service_start_date="2026-09-01", service_end_date="2028-08-31",
        term_months=24, payment_terms_days=45, billing_frequency="annual", billing_timing="advance", po_required=True, po_number="4400-CR-2291",
        minimum_commitment={"amount": "75000.00", "period": "year"},
        usage_rules=[usage("Sample analyses", "analysis", "12000", "year", "graduated", [("20000", "1.10"), (None, "0.85")], "quarterly", "arrears")]),
        lines=lines, r=dict(messages=[
            ("Rosa Whitlock <rosa@assaylink.example>", "Ken Abara <ken.abara@cobaltridge.example>", "Fri, 14 Aug 2026 08:55", "RE: RE: RE: Assaylink order AL-2026-208", top),
            ("Ken Abara <ken.abara@cobaltridge.example>", "", "Thu, 13 Aug 2026 18:20", "", mid),
            ("Rosa Whitlock <rosa@assaylink.example>", "", "2026-08-11 15:02", "", v2),
            ("Rosa Whitlock <rosa@assaylink.example>", "", "2026-08-03 10:17", "", v1)]),
        deal_id="006-BG0703",
        desc="Plain-text e-mail thread where the final agreement is the vendor's 2026-08-11 proposal as amended by the customer's counter (Net 45 instead of Net 30), confirmed in the top message: payment_terms_days is 45, not the 30 written in the quoted proposal. The opening offer (USD 65,000, 10,000 included, 1.25 flat) is superseded. Platform USD 60,000 per year for 24 months, annual in advance; analyses 12,000 included per contract year, graduated 1.10 for the next 20,000 and 0.85 beyond, quarterly in arrears; minimum USD 75,000 per contract year; PO 4400-CR-2291 required. No total stated; CRM amount 120,000.00.",
        tags=["email-thread", "txt", "superseded-terms", "counter-offer", "usage", "graduated", "minimum-commitment", "po-required", "iso-dates"]))
    cur = "EUR"
    lines = [L("Brandtrack Monitor", 1, "18000.00", "year", cur, start="2026-05-01", end="2027-04-30"),
             L("Brandtrack Monitor", 1, "22000.00", "year", cur, start="2027-05-01", end="2028-04-30")]
    top = """Bonjour Claire,

Your acceptance of the stepped proposal is recorded. Order BT-EU-4471 is therefore effective
as of 9 April 2026 on these terms (they replace the flat-fee proposal further down):

  Brandtrack Monitor, stepped annual fee:
     Year 1 (1 May 2026 - 30 April 2027) ........ EUR 18,000.00
     Year 2 (1 May 2027 - 30 April 2028) ........ EUR 22,000.00
  Total over the two years ..................... EUR 40,000.00
  Invoiced annually in advance at the start of each year, payable 30 days from invoice.
  Overdue amounts: 1.5% per month.
  The order ends on 30 April 2028 and will not renew automatically.
  You may cancel Year 2 by notice given at least 60 days before 1 May 2027.
  Invoices by e-mail to comptabilite@quaidesmarques.example.

Kind regards,
Joost van Dijk
Brandtrack Europe B.V."""
    mid = """Joost, the stepped version works for us (Year 1 lower, and the Year 2 exit).
We accept it. Claire Morel, DAF, Quai des Marques SAS"""
    v1 = """Claire, two proposals for Brandtrack Monitor from 1 May 2026, two-year term:
 (1) flat EUR 20,000.00 per year; or
 (2) stepped: EUR 18,000.00 in Year 1 and EUR 22,000.00 in Year 2, with a right for you to
     cancel Year 2 on 60 days' notice before it starts.
Joost"""
    S.append(dict(t=dict(customer_legal_name="Quai des Marques SAS", vendor_legal_name="Brandtrack Europe B.V.", order_form_number="BT-EU-4471",
        billing_contact_email="comptabilite@quaidesmarques.example", currency=cur, effective_date="2026-04-09", service_start_date="2026-05-01", service_end_date="2028-04-30",
        auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", late_fee_percent_per_month="1.5", total_contract_value="40000.00",
        non_standard_terms=["Customer may cancel Year 2 by notice at least 60 days before 1 May 2027"]),
        lines=lines, r=dict(client="Mail", messages=[
            ("Joost van Dijk <joost@brandtrack.example>", "Claire Morel <claire.morel@quaidesmarques.example>", "Thu, 9 Apr 2026 11:40", "Order BT-EU-4471 - stepped proposal accepted", top),
            ("Claire Morel <claire.morel@quaidesmarques.example>", "", "Wed, 8 Apr 2026 19:02", "", mid),
            ("Joost van Dijk <joost@brandtrack.example>", "", "Fri, 3 Apr 2026 10:15", "", v1)]),
        deal_id="006-BG0704", derived={"term_months": {"value": 24, "rule": "2026-05-01 to 2028-04-30"}},
        desc="E-mail thread PDF: earlier message offered a flat EUR 20,000/year or a stepped fee; the customer accepted the stepped option and the top message confirms it - only the stepped terms count. Two ramp lines: Year 1 EUR 18,000 (2026-05-01..2027-04-30), Year 2 EUR 22,000 (2027-05-01..2028-04-30); stated total 40,000. 'Two-year' appears only in the superseded quoted message and the confirmed terms give just the dates, so term_months is null (derived 24). Will not renew; 1.5%/month late fee; Year-2 cancellation right is non-standard.",
        tags=["email-thread", "pdf", "superseded-terms", "ramp", "no-auto-renew", "late-fee", "eur", "cancellation-right"]))
    return S
