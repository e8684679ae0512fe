from common import *

LAY = "esign-certificate"

PER = {"year": "Annual", "month": "Monthly", "quarter": "Quarterly", "one_time": "One-time"}

def build(spec):
    t, r = spec["t"], spec["r"]
    cur = t["currency"]; sym = r["sym"]
    m = lambda x: sym + num(x, cur)
    env = r["env"]
    def hdr(p):
        p.set_font("Courier", "", 7); p.set_text_color(90, 90, 90)
        p.cell(0, 3.5, f"Envelope ID: {env}", new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(2)
    def ftr(p):
        p.set_y(-11); p.set_font("Helvetica", "", 7); p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="C")
    pdf = Doc(fmt="Letter", hdr=hdr, ftr=ftr); pdf.set_margins(18, 12, 18); pdf.add_page()
    pdf.set_font("Helvetica", "B", 16); pdf.cell(0, 8, t["vendor_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5); pdf.cell(0, 4.5, r["vaddr"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13); pdf.cell(0, 7, f"Order Form {t['order_form_number']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    kv(pdf, r["kv"], lw=50, size=9, h=5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Subscription Fees", new_x="LMARGIN", new_y="NEXT")
    rows = [["Product", "Quantity", "Unit Price", "Billing Period", "Discount", "Total"]]
    for l in spec["lines"]:
        rows.append([l["desc"], intfmt(l["qty"]), m(l["price"]), PER[l["period"]], f"{l['disc']}%" if l["disc"] else "", m(l["net"])])
    rows += r.get("extra_rows", [])
    grid(pdf, (62, 18, 24, 24, 18, 33.9), rows, size=8.5, aligns=("LEFT", "RIGHT", "RIGHT", "LEFT", "RIGHT", "RIGHT"), bold_last=len(r.get("extra_rows", [])))
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Terms", new_x="LMARGIN", new_y="NEXT")
    for i, c in enumerate(r["terms"], 1):
        pdf.para(f"{i}. {c}", size=8.8, h=4.4); pdf.ln(0.6)
    pdf.ln(1)
    pdf.para("This Order Form is governed by the Master Subscription Agreement between the parties (or, if none, the Vendor's online subscription terms in effect on the date of the last signature below). Each party agrees that electronic signatures on this Order Form are as binding as handwritten ones.", size=8.3, h=4.1)
    pdf.ln(5)
    if pdf.get_y() > 200: pdf.add_page()
    y = pdf.get_y()
    for i, (who, nm, title, sdate, code) in enumerate(r["sigs"]):
        x = 18 + i * 92
        pdf.set_xy(x, y); pdf.set_font("Helvetica", "B", 9); pdf.cell(86, 5, who, new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(30, 80, 160); pdf.rect(x, pdf.get_y() + 1, 60, 13); pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(x + 2, pdf.get_y() + 2); pdf.set_font("Helvetica", "", 6.5); pdf.cell(56, 3, "Signed electronically by:", new_x="LEFT", new_y="NEXT")
        pdf.set_font("Times", "I", 12); pdf.cell(56, 5, nm, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Courier", "", 6); pdf.cell(56, 3, code, new_x="LEFT", new_y="NEXT")
        pdf.set_x(x); pdf.ln(2); pdf.set_x(x); pdf.set_font("Helvetica", "", 8.5)
        pdf.multi_cell(86, 4.5, f"Name: {nm}\nTitle: {title}\nDate: {sdate}", new_x="LEFT", new_y="NEXT")
    # certificate page
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14); pdf.cell(0, 8, "Certificate Of Completion", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.3)
    c = r["cert"]
    left = [("Envelope Id:", env), ("Subject:", f"Please sign: Order Form {t['order_form_number']}"), ("Source Envelope:", ""),
            ("Document Pages:", str(pdf.page_no() - 1)), ("Signatures:", "2"), ("Certificate Pages:", "1"), ("Initials:", "0"), ("Envelope Originator:", c["orig"]),
            ("Time Zone:", "(UTC) Coordinated Universal Time"), ("Status:", "Completed")]
    kv(pdf, left, lw=36, size=8.3, h=4.3)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9); pdf.cell(0, 5, "Record Tracking", new_x="LMARGIN", new_y="NEXT")
    grid(pdf, (60, 60, 55.9), [["Status", "Holder", "Location"], ["Original\n" + c["sent"], c["orig"], "Electronic signature service"]], size=7.8)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9); pdf.cell(0, 5, "Signer Events", new_x="LMARGIN", new_y="NEXT")
    rows = [["Signer", "Signature", "Timestamp"]]
    for s in c["signers"]:
        rows.append([f"{s['name']}\n{s['email']}\n{s['title']}\nSecurity Level: Email, Account Authentication (None)",
                     f"Signature Adoption: Pre-selected Style\nUsing IP Address: {s['ip']}",
                     f"Sent: {s['sent']}\nViewed: {s['viewed']}\nSigned: {s['signed']}"])
    grid(pdf, (72, 55, 48.9), rows, size=7.6)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9); pdf.cell(0, 5, "Envelope Summary Events", new_x="LMARGIN", new_y="NEXT")
    grid(pdf, (60, 60, 55.9), [["Envelope Summary Events", "Status", "Timestamps"],
                               ["Envelope Sent", "Hashed/Encrypted", c["sent"]], ["Certified Delivered", "Security Checked", c["delivered"]],
                               ["Signing Complete", "Security Checked", c["complete"]], ["Completed", "Security Checked", c["complete"]]], size=7.8)
    pdf.ln(3)
    pdf.para("Electronic Record and Signature Disclosure: the signers agreed to use electronic records and signatures for this transaction. Accepted by each signer before signing, as recorded above.", size=7.5, h=3.8)
    return pdf

def cert(orig, sent, delivered, complete, signers):
    return dict(orig=orig, sent=sent, delivered=delivered, complete=complete, signers=signers)

def specs():
    S = []
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Talent Review Suite", 300, "84.00", "year", cur),
             L("Succession Planning Add-on", 300, "24.00", "year", cur, disc=25),
             L("Configuration Workshop", 1, "7500.00", "one_time", cur)]
    S.append(dict(t=dict(customer_legal_name="Pinecrest Regional Bank", vendor_legal_name="Tallyforge Software, Inc.", order_form_number="Q-2026-04471",
        billing_contact_email="ap@pinecrestbank.example", currency=cur, service_start_date="2026-04-01", service_end_date="2027-03-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=45, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
        total_contract_value="38100.00"),
        lines=lines, r=dict(sym="$", env="7C1E4A90-2B3D-4F61-9A0E-55D2C8B31F07", vaddr="301 Congress Avenue, Suite 1500, Austin, TX 78701",
        kv=[("Customer:", "Pinecrest Regional Bank, 40 Main Street, Burlington, VT 05401"), ("Billing Contact:", "ap@pinecrestbank.example"),
            ("Effective Date:", "The date of the last signature below"), ("Subscription Start Date:", "April 1, 2026"),
            ("Subscription End Date:", "March 31, 2027"), ("Subscription Term:", "12 months"),
            ("Billing Frequency:", "Annual, in advance"), ("Payment Terms:", "Net 30")],
        extra_rows=[["Total Order Value", "", "", "", "", m(38100)]],
        terms=["Fees for the Subscription Term are invoiced annually in advance on the Subscription Start Date; the Configuration Workshop is invoiced on the Effective Date.",
               "The subscription renews automatically for successive 12-month terms unless either party gives notice of non-renewal at least 45 days before the end of the then-current term.",
               "Quote valid for signature until March 27, 2026."],
        sigs=[("Pinecrest Regional Bank", "Laura Whitcomb", "SVP, Human Resources", "3/18/2026", "4E7A1C0D92F34B1"),
              ("Tallyforge Software, Inc.", "Derek Osei", "VP Finance", "3/19/2026", "9B22F0A6C1D84E7")],
        cert=cert("Alyssa Grant, alyssa.grant@tallyforge.example", "3/17/2026 4:12:09 PM", "3/18/2026 1:55:40 PM", "3/19/2026 9:15:02 AM",
                  [dict(name="Laura Whitcomb", email="lwhitcomb@pinecrestbank.example", title="SVP, Human Resources", ip="203.0.113.47",
                        sent="3/17/2026 4:12:10 PM", viewed="3/18/2026 1:55:40 PM", signed="3/18/2026 2:02:31 PM"),
                   dict(name="Derek Osei", email="derek.osei@tallyforge.example", title="VP Finance", ip="198.51.100.12",
                        sent="3/18/2026 2:02:33 PM", viewed="3/19/2026 9:13:48 AM", signed="3/19/2026 9:15:02 AM")])),
        deal_id="006-BH0601", close_date="2026-03-19",
        derived={"effective_date": {"value": "2026-03-19", "rule": "Effective Date = date of the last signature: vendor signed 3/19/2026 after the customer's 3/18/2026"}},
        desc="US order form signed electronically, followed by a certificate-of-completion page (envelope ID on every page, sent/viewed/signed timestamps, IP addresses). Effective Date is 'the date of the last signature below': customer signed 3/18/2026, vendor 3/19/2026, so effective_date is derived 2026-03-19 (null in terms). 300 x $84.00 = $25,200.00 per year; succession add-on 300 x $24.00 = $7,200.00 less 25% = $5,400.00 per year; workshop $7,500.00 one-time; Total Order Value $38,100.00 = 25,200 + 5,400 + 7,500 for the 12-month term 2026-04-01..2027-03-31. Annual in advance, Net 30, auto-renews 12 months with 45 days' notice. The quote-validity date (March 27) and certificate timestamps are not terms.",
        tags=["esign", "certificate-page", "effective-last-signature", "derived-effective-date", "discount", "auto-renew", "one-time-fee"]))
    cur = "GBP"; m = lambda x: "£" + num(x, cur)
    lines = [L("Contract Lifecycle Platform", 1, "42000.00", "year", cur, periods=2),
             L("E-Signature Envelopes Pack", 1, "3600.00", "year", cur, periods=2)]
    S.append(dict(t=dict(customer_legal_name="Whitmore Logistics Group plc", vendor_legal_name="Clausewise Ltd", order_form_number="CW-OF-0392",
        billing_contact_email="purchase.ledger@whitmorelogistics.example", currency=cur, effective_date="2026-05-04",
        term_months=24, auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance", total_contract_value="91200.00"),
        lines=lines, r=dict(sym="£", env="A04F33B9-6C2E-47D8-8E51-0B9D7A2C4E18", vaddr="4 Brindley Place, Birmingham B1 2JB, United Kingdom",
        kv=[("Customer:", "Whitmore Logistics Group plc, Trident Park, Warrington WA1 1RG"), ("Invoices to:", "purchase.ledger@whitmorelogistics.example"),
            ("Effective Date:", "4 May 2026"), ("Subscription Term:", "24 months starting on the Effective Date"),
            ("Currency:", "GBP"), ("Invoicing:", "Annually in advance"), ("Payment Terms:", "30 days from invoice date")],
        extra_rows=[["Annual Fees", "", "", "", "", m(45600)], ["Total for the 24-month Subscription Term", "", "", "", "", m(91200)]],
        terms=["The Effective Date above applies even though the parties sign on different days.",
               "This Order Form ends at the end of the Subscription Term and does not renew automatically; any renewal requires a new Order Form.",
               "The E-Signature Envelopes Pack includes 5,000 envelopes per subscription year; envelopes not used in a subscription year do not roll over."],
        sigs=[("Whitmore Logistics Group plc", "Gemma Holloway", "Head of Procurement", "05 May 2026", "2F6B90D1E8A34C5"),
              ("Clausewise Ltd", "Anil Chaudhry", "Chief Revenue Officer", "06 May 2026", "C7D1E2F3A4B5968")],
        cert=cert("Sophie Lang, sophie.lang@clausewise.example", "5/1/2026 10:02:51 AM", "5/5/2026 8:41:19 AM", "5/6/2026 3:27:44 PM",
                  [dict(name="Gemma Holloway", email="gemma.holloway@whitmorelogistics.example", title="Head of Procurement", ip="192.0.2.88",
                        sent="5/1/2026 10:02:52 AM", viewed="5/5/2026 8:41:19 AM", signed="5/5/2026 8:49:03 AM"),
                   dict(name="Anil Chaudhry", email="anil.chaudhry@clausewise.example", title="Chief Revenue Officer", ip="198.51.100.201",
                        sent="5/5/2026 8:49:05 AM", viewed="5/6/2026 3:25:10 PM", signed="5/6/2026 3:27:44 PM")])),
        deal_id="006-BH0602", close_date="2026-05-06",
        derived={"service_start_date": {"value": "2026-05-04", "rule": "subscription term starts on the Effective Date 2026-05-04"},
                 "service_end_date": {"value": "2028-05-03", "rule": "start 2026-05-04 + 24 months - 1 day"}},
        desc="UK order form in GBP with an e-signature certificate page. The Effective Date is stated (4 May 2026) and applies although the parties signed on 5 and 6 May (signature dates and certificate timestamps are not the effective date). Term is 24 months 'starting on the Effective Date': start derived 2026-05-04, end derived 2028-05-03. Platform £42,000.00 per year + envelopes pack £3,600.00 per year = annual fees £45,600.00; stated total for the 24-month term £91,200.00 = 45,600 x 2. Annual in advance, 30 days, no automatic renewal.",
        tags=["esign", "certificate-page", "gbp", "derived-start-date", "derived-end-date", "no-auto-renew", "multi-year"]))
    cur = "EUR"; m = lambda x: "EUR " + num(x, cur)
    lines = [L("Field Service Scheduler", 85, "540.00", "year", cur),
             L("Route Optimisation", 1, "9800.00", "year", cur)]
    S.append(dict(t=dict(customer_legal_name="Van der Berg Installatietechniek B.V.", vendor_legal_name="Routewise Software B.V.", order_form_number="RW-2026-1187",
        billing_contact_email="crediteuren@vdberg-installatie.example", currency=cur, effective_date="2026-07-08", service_start_date="2026-08-01", service_end_date="2027-07-31",
        term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=14, billing_frequency="quarterly", billing_timing="advance",
        po_required=True, po_number="INK-26-0931", total_contract_value="55700.00"),
        lines=lines, r=dict(sym="EUR ", env="5D8E21C4-93AF-4B07-A6E2-1F0C7B9D3A55", vaddr="Stationsplein 45, 3013 AK Rotterdam, Netherlands",
        kv=[("Customer:", "Van der Berg Installatietechniek B.V., Industrieweg 12, 3542 AD Utrecht"), ("Billing Contact:", "crediteuren@vdberg-installatie.example"),
            ("Order Date:", "8 July 2026"), ("Service Period:", "1 August 2026 - 31 July 2027 (12 months)"),
            ("Invoicing:", "Quarterly in advance"), ("Payment Terms:", "14 days"), ("Customer PO Number:", "INK-26-0931 (must appear on all invoices)")],
        extra_rows=[["Total Contract Value (12 months, excl. VAT)", "", "", "", "", m(55700)]],
        terms=["Each quarterly invoice covers one quarter of the annual fees.",
               "The subscription renews for 12 months at a time unless cancelled in writing at least 60 days before the end of the current period.",
               "Prices exclude Dutch VAT (21%)."],
        sigs=[("Van der Berg Installatietechniek B.V.", "Pieter van der Berg", "Directeur", "10 July 2026", "8A1B2C3D4E5F607"),
              ("Routewise Software B.V.", "Femke de Vries", "Commercial Director", "13 July 2026", "1122AABB33CC44D")],
        cert=cert("Joost Bakker, joost.bakker@routewise.example", "7/8/2026 11:20:00 AM", "7/10/2026 7:58:12 AM", "7/13/2026 10:01:37 AM",
                  [dict(name="Pieter van der Berg", email="p.vanderberg@vdberg-installatie.example", title="Directeur", ip="203.0.113.190",
                        sent="7/8/2026 11:20:01 AM", viewed="7/10/2026 7:58:12 AM", signed="7/10/2026 8:03:55 AM"),
                   dict(name="Femke de Vries", email="femke.devries@routewise.example", title="Commercial Director", ip="192.0.2.14",
                        sent="7/10/2026 8:03:57 AM", viewed="7/13/2026 9:59:02 AM", signed="7/13/2026 10:01:37 AM")])),
        deal_id="006-BH0603",
        desc="Dutch order form in EUR (amounts written 'EUR 45,900.00') with an e-signature certificate page. Order Date 8 July 2026 is the effective date (signatures on 10 and 13 July are not). 85 users x EUR 540.00 = 45,900.00 per year; Route Optimisation 9,800.00 per year; stated Total Contract Value (12 months, excl. VAT) 55,700.00 = 45,900 + 9,800. 1 August 2026 - 31 July 2027, quarterly in advance, 14 days, customer PO INK-26-0931 required, renews 12 months unless 60 days' notice.",
        tags=["esign", "certificate-page", "eur", "quarterly-billing", "po-required", "auto-renew"]))
    cur = "USD"; m = lambda x: "$" + num(x, cur)
    lines = [L("Clinic Scheduling - per provider", 48, "65.00", "month", cur, periods=12),
             L("Patient Reminder Bundle", 1, "450.00", "month", cur, periods=12)]
    S.append(dict(t=dict(customer_legal_name="Lakeshore Family Medicine, P.C.", vendor_legal_name="Appointly Health, Inc.", order_form_number="AH-OF-26-3390",
        billing_contact_email="billing@lakeshorefm.example", currency=cur, term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30,
        payment_terms_days=15, billing_frequency="monthly", billing_timing="advance", total_contract_value="42840.00"),
        lines=lines, r=dict(sym="$", env="E2B7C9D0-14F3-4A6B-8C5D-7E9F0A1B2C3D", vaddr="55 West Monroe Street, Floor 20, Chicago, IL 60603",
        kv=[("Customer:", "Lakeshore Family Medicine, P.C., 900 N. Lake Shore Drive, Chicago, IL 60611"), ("Billing Contact:", "billing@lakeshorefm.example"),
            ("Effective Date:", "Date of last signature"), ("Service Start Date:", "The first day of the month following the Effective Date"),
            ("Initial Term:", "12 months from the Service Start Date"), ("Billing:", "Monthly in advance"), ("Payment Terms:", "Net 15")],
        extra_rows=[["Monthly Fees", "", "", "", "", m(3570)], ["Total Contract Value (12 months)", "", "", "", "", m(42840)]],
        terms=["Monthly fees are invoiced on the first day of each service month.",
               "After the Initial Term the subscription renews for successive 12-month terms unless either party gives 30 days' written notice before renewal.",
               "Providers may be added at the per-provider monthly price; removals take effect at renewal."],
        sigs=[("Lakeshore Family Medicine, P.C.", "Dr. Angela Ruiz", "Managing Physician", "11/17/2026", "7F7E6D5C4B3A291"),
              ("Appointly Health, Inc.", "Brian Kessler", "Director of Sales", "11/16/2026", "0A9B8C7D6E5F443")],
        cert=cert("Brian Kessler, brian.kessler@appointly.example", "11/16/2026 9:05:44 AM", "11/17/2026 6:40:18 PM", "11/17/2026 6:47:29 PM",
                  [dict(name="Brian Kessler", email="brian.kessler@appointly.example", title="Director of Sales", ip="198.51.100.77",
                        sent="11/16/2026 9:05:45 AM", viewed="11/16/2026 9:06:02 AM", signed="11/16/2026 9:06:40 AM"),
                   dict(name="Dr. Angela Ruiz", email="aruiz@lakeshorefm.example", title="Managing Physician", ip="203.0.113.5",
                        sent="11/16/2026 9:06:42 AM", viewed="11/17/2026 6:40:18 PM", signed="11/17/2026 6:47:29 PM")])),
        deal_id="006-BH0604", close_date="2026-11-17",
        derived={"effective_date": {"value": "2026-11-17", "rule": "Effective Date = date of last signature: customer signed 11/17/2026 after the vendor's 11/16/2026"},
                 "service_start_date": {"value": "2026-12-01", "rule": "first day of the month following the Effective Date 2026-11-17"},
                 "service_end_date": {"value": "2027-11-30", "rule": "start 2026-12-01 + 12 months - 1 day"}},
        desc="US clinic order signed electronically (vendor first on 11/16/2026, customer last on 11/17/2026) with a certificate page. Effective Date is the date of last signature: derived 2026-11-17; service starts 'the first day of the month following the Effective Date': derived 2026-12-01; 12 months: end derived 2027-11-30 (all three null in terms). 48 providers x $65.00 = $3,120.00 per month + reminder bundle $450.00 per month = monthly fees $3,570.00; stated Total Contract Value (12 months) $42,840.00 = 3,570 x 12. Monthly in advance, Net 15, auto-renews 12 months with 30 days' notice.",
        tags=["esign", "certificate-page", "effective-last-signature", "derived-effective-date", "derived-start-date", "derived-end-date", "monthly-billing", "auto-renew"]))
    return S
