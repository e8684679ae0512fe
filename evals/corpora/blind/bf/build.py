#!/usr/bin/env python3
"""Deterministic builder for blind corpus batch `bf`.

Run:  /work/main/.venv/bin/python build.py
Writes OUT/<layout>-<nn>/{contract.pdf|contract.txt|contract.md, deal.json, case.json}.
Every document is rendered from the same per-form data that produces the gold terms,
so the figures printed in a document and the gold agree by construction; every total
was also re-checked by hand (see the description in each case.json).
"""
import json
import os
import calendar
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D, ROUND_HALF_UP

from fpdf import FPDF

OUT = os.path.dirname(os.path.abspath(__file__))
BATCH = "bf"
CREATED = datetime(2026, 1, 1, tzinfo=timezone.utc)
DEC = {"JPY": 0, "KRW": 0, "CLP": 0, "KWD": 3, "BHD": 3}

# ----------------------------------------------------------------- helpers


def cdec(cur):
    return DEC.get(cur, 2)


def qz(x, n):
    x = D(str(x))
    return x.quantize(D(1) if n == 0 else D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def s(x, n):
    return str(qz(x, n))


def P(iso):
    return date.fromisoformat(iso)


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def end_of(start, n):
    return (add_months(P(start), n) - timedelta(days=1)).isoformat()


def months_between(s_, e_):
    for n in range(1, 200):
        if end_of(s_, n) == e_:
            return n
    raise ValueError((s_, e_))


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def dfmt(iso, style):
    if iso is None:
        return ""
    d = P(iso)
    if style == "iso":
        return iso
    if style == "us":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "usabbr":
        return f"{MONTHS[d.month-1][:3]} {d.day}, {d.year}"
    if style == "uk":
        return f"{ordinal(d.day)} {MONTHS[d.month-1]} {d.year}"
    if style == "ukp":
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == "abbr":
        return f"{d.day} {MONTHS[d.month-1][:3]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy":
        return f"{d.day}-{MONTHS[d.month-1][:3]}-{d.year % 100:02d}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def nfmt(x, n, style="us"):
    """Format a number. styles: us 1,234.56 | de 1.234,56 | fr 1 234,56 | ch 1'234.56 | in 1,23,456.00"""
    q = qz(x, n)
    neg = q < 0
    q = abs(q)
    txt = f"{q:.{n}f}"
    ip, _, fp = txt.partition(".")
    if style == "in":
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            grp = []
            while len(head) > 2:
                grp.insert(0, head[-2:])
                head = head[:-2]
            if head:
                grp.insert(0, head)
            ip = ",".join(grp) + "," + tail
        sep_d = "."
    else:
        sep_t, sep_d = {"us": (",", "."), "de": (".", ","), "fr": (" ", ","), "ch": ("'", ".")}[style]
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep_t.join(g)
    out = ip + (sep_d + fp if n else "")
    return ("-" if neg else "") + out


PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def line_net(f, l):
    n = cdec(f["cur"])
    amt = D(str(l["q"])) * D(str(l["u"]))
    if l.get("disc"):
        amt = amt * (D(100) - D(l["disc"])) / D(100)
    return qz(amt, n)


def eff_start_end(f):
    st = f.get("start")
    en = f.get("end")
    term = f.get("term")
    if en is None and st and term:
        en = end_of(st, term)
    if term is None and st and en:
        term = months_between(st, en)
    return st, en, term


def line_term_total(f, l):
    net = line_net(f, l)
    if l["p"] == "one_time":
        return net
    st, en, term = eff_start_end(f)
    ls = l.get("s") or st
    le = l.get("e") or en
    if ls and le:
        m = months_between(ls, le)
    else:
        m = 12  # evergreen: first-year value
    return qz(net * m / PERIOD_MONTHS[l["p"]], cdec(f["cur"]))


def tcv(f):
    return qz(sum((line_term_total(f, l) for l in f["lines"]), D(0)), cdec(f["cur"]))


def recurring_per(f, period_lines=None):
    """sum of nets of recurring lines (same period) - helper for documents."""
    return qz(sum((line_net(f, l) for l in (period_lines or f["lines"]) if l["p"] != "one_time"), D(0)), cdec(f["cur"]))


# ----------------------------------------------------------------- PDF base

class Doc(FPDF):
    def __init__(self, orientation="P", head=None, foot=None, **kw):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.core_fonts_encoding = "cp1252"
        self.set_creation_date(CREATED)
        self.set_auto_page_break(True, margin=18)
        self._head = head
        self._foot = foot
        self.set_margins(18, 16, 18)
        self.alias_nb_pages()

    def header(self):
        if self._head:
            self._head(self)

    def footer(self):
        if self._foot:
            self._foot(self)

    # convenience
    def t(self, txt, size=10, style="", h=None, align="L", font="Helvetica", color=(0, 0, 0)):
        self.set_font(font, style, size)
        self.set_text_color(*color)
        self.multi_cell(0, h or size * 0.5, txt, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def gap(self, h=3):
        self.ln(h)

    def rule(self, w=0.3, color=(0, 0, 0)):
        self.set_draw_color(*color)
        self.set_line_width(w)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)


def table(pdf, rows, widths, header=True, size=9, font="Helvetica", align=None, heading_fill=(225, 225, 225),
          borders="ALL", line_height=None, repeat_headings=1, bold_rows=()):
    pdf.set_font(font, "", size)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(0, 0, 0)
    kw = dict(col_widths=widths, text_align=align or "LEFT", line_height=line_height or size * 0.55,
              first_row_as_headings=header, borders_layout=borders, repeat_headings=repeat_headings)
    if header:
        from fpdf.fonts import FontFace
        kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=heading_fill)
    with pdf.table(**kw) as tb:
        for i, r in enumerate(rows):
            row = tb.row()
            for c in r:
                if i in bold_rows:
                    from fpdf.fonts import FontFace
                    row.cell(str(c), style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(str(c))
    pdf.ln(2)


def save_pdf(pdf, path):
    pdf.output(path)


# ----------------------------------------------------------------- boilerplate pool (own words)

BOILER = [
    ("Use of the Service", "Customer may permit its employees and contractors acting on its behalf to use the "
     "Service within the quantities ordered. Customer is responsible for the acts of its users and will keep login "
     "credentials private. Customer will not resell the Service, probe it for vulnerabilities without written "
     "consent, or use it to store material it has no right to hold."),
    ("Customer Data", "Customer keeps all rights in the data it uploads. Provider processes that data only to run, "
     "secure and support the Service and as Customer instructs in writing. On request made within thirty days after "
     "the end of the subscription, Provider will make an export available in a common machine-readable format."),
    ("Confidentiality", "Each party will protect the other's non-public information with at least the care it uses "
     "for its own similar information, and will use it only to perform under this order. These duties last for three "
     "years after the order ends, and for trade secrets for as long as they remain secret."),
    ("Warranties", "Provider warrants that the Service will perform materially as described in its published "
     "documentation. If it does not, Customer's remedy is for Provider to correct the defect or, failing that within "
     "a reasonable time, to end the affected subscription and refund prepaid fees for the unused period."),
    ("Liability", "Except for breach of confidentiality, infringement indemnities and amounts owed for the Service, "
     "neither party's total liability under this order will exceed the fees paid or payable in the twelve months "
     "before the event giving rise to the claim. Neither party is liable for lost profits or indirect loss."),
    ("Indemnity", "Provider will defend Customer against third-party claims that the Service, as supplied, "
     "infringes intellectual property rights, and will pay resulting damages finally awarded. Provider may instead "
     "modify the Service, obtain a licence, or end the subscription and refund prepaid unused fees."),
    ("Security", "Provider maintains administrative, physical and technical safeguards appropriate to the nature of "
     "the data, including encryption in transit, role-based access, logging and annual independent testing. "
     "Provider will notify Customer without undue delay after confirming a breach affecting Customer Data."),
    ("Suspension", "Provider may suspend access if an undisputed amount is more than thirty days overdue after "
     "written notice, or if use of the Service presents an immediate security risk. Provider will restore access "
     "promptly once the cause is resolved."),
    ("Taxes", "Fees exclude sales, use, value-added, goods and services and similar taxes, which Customer will pay "
     "in addition except for taxes on Provider's income. If Customer must withhold tax, it will gross up the payment "
     "so that Provider receives the full amount invoiced."),
    ("Governing Law", "This order is governed by the laws stated in the signature block location of Provider, "
     "without regard to conflict-of-laws rules. The courts of that place have exclusive jurisdiction, except that "
     "either party may seek urgent injunctive relief anywhere."),
    ("Assignment", "Neither party may assign this order without the other's consent, except to a successor to "
     "substantially all of its relevant business that agrees in writing to be bound. Any other attempted assignment "
     "is void."),
    ("Entire Agreement", "This order, together with the terms it refers to, is the whole agreement on its subject "
     "and replaces earlier proposals. Pre-printed terms on a purchase order or vendor portal have no effect even if "
     "acknowledged. Changes must be in writing and signed by both parties."),
    ("Support", "Standard support is included: business-hours help by ticket and e-mail, with responses to "
     "severity-one tickets within four hours. Service availability targets and any service credits are as described "
     "in Provider's published service level policy."),
    ("Publicity", "Neither party will use the other's name or logo in marketing without prior written approval, "
     "except that Provider may list Customer's name in a list of customers unless Customer objects by e-mail."),
    ("Notices", "Legal notices must be in writing and sent to the addresses in this order, by courier or by e-mail "
     "with confirmation of receipt. Operational notices may be given through the Service's administration console."),
]


def boiler(pdf, keys=None, numbered=False, size=8.5, start=1, title_style="B"):
    items = BOILER if keys is None else [BOILER[k] for k in keys]
    for i, (h, body) in enumerate(items):
        pdf.set_font("Helvetica", title_style, size)
        pre = f"{start + i}. " if numbered else ""
        pdf.multi_cell(0, size * 0.5, pre + h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", size)
        pdf.multi_cell(0, size * 0.48, body, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)


def boiler_text(keys, numbered=True, start=1):
    out = []
    for i, k in enumerate(keys):
        h, body = BOILER[k]
        out.append((f"{start + i}. " if numbered else "") + h + ". " + body)
    return out


def sigblock(pdf, left_title, left_name, right_title, right_name, ldate="", rdate="", names=("", "")):
    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 60:
        pdf.add_page()
        y = pdf.get_y()
    x0 = pdf.l_margin
    w = (pdf.w - pdf.l_margin - pdf.r_margin) / 2 - 4
    for i, (title, ent, dt, nm) in enumerate([(left_title, left_name, ldate, names[0]),
                                               (right_title, right_name, rdate, names[1])]):
        x = x0 + i * (w + 8)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9)
        pdf.multi_cell(w, 4.5, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(w, 4.5, ent, new_x="LEFT", new_y="NEXT")
        pdf.ln(7)
        pdf.set_x(x)
        pdf.cell(w, 4.5, "Signature: ______________________________", new_x="LEFT", new_y="NEXT")
        pdf.set_x(x)
        pdf.cell(w, 4.5, "Name: " + (nm or "________________________"), new_x="LEFT", new_y="NEXT")
        pdf.set_x(x)
        pdf.cell(w, 4.5, "Date: " + (dt or "________________"), new_x="LEFT", new_y="NEXT")
    pdf.set_x(pdf.l_margin)
    pdf.ln(4)


# ----------------------------------------------------------------- gold

FORMS = []


def form(layout, nn, **kw):
    kw["layout"] = layout
    kw["nn"] = nn
    FORMS.append(kw)
    return kw


def L(d, q, u, p, sku=None, disc=None, shown=False, s_=None, e_=None, **extra):
    x = dict(d=d, q=q, u=u, p=p, sku=sku, disc=disc, shown=shown, s=s_, e=e_)
    x.update(extra)
    return x


def gold_terms(f):
    n = cdec(f["cur"])
    lines = []
    for l in f["lines"]:
        lines.append({
            "description": l["d"], "sku": l.get("sku"), "quantity": str(l["q"]),
            "unit_price": s(l["u"], n if "udec" not in l else l["udec"]), "price_period": l["p"],
            "discount_percent": l.get("disc"),
            "net_amount": s(line_net(f, l), n) if l.get("shown") else None,
            "start_date": l.get("s"), "end_date": l.get("e")})
    return {
        "customer_legal_name": f["cust"], "vendor_legal_name": f["vend"],
        "order_form_number": f.get("ofn"), "billing_contact_email": f.get("email"),
        "currency": f["cur"], "effective_date": f.get("eff"),
        "service_start_date": f.get("start"), "service_end_date": f.get("end"),
        "term_months": f.get("term"), "auto_renew": f.get("auto"),
        "renewal_term_months": f.get("rterm"), "non_renewal_notice_days": f.get("notice"),
        "payment_terms_days": f.get("pay"), "billing_frequency": f.get("freq"),
        "billing_timing": f.get("timing"), "billing_anchor": f.get("anchor"),
        "po_required": f.get("po_req"), "po_number": f.get("po"),
        "line_items": lines,
        "total_contract_value": s(tcv(f), n) if f.get("tcv") else None,
        "minimum_commitment": f.get("minc"), "usage_rules": f.get("usage", []),
        "price_escalator_percent": f.get("esc"), "late_fee_percent_per_month": f.get("late"),
        "non_standard_terms": f.get("nst", []),
    }


def derived(f):
    out = {}
    st, en, term = eff_start_end(f)
    if f.get("end") is None and en:
        out["service_end_date"] = {"value": en, "rule": f"start {st} + {term} months - 1 day"}
    if f.get("term") is None and term and f.get("start") and f.get("end"):
        out["term_months"] = {"value": term, "rule": f"{st} to {en}"}
    out.update(f.get("derived_extra", {}))
    return out


def deal_json(f, idx):
    n = cdec(f["cur"])
    items = []
    for l in f["lines"]:
        items.append({"sku": l.get("sku"), "name": l["d"], "quantity": str(l["q"]),
                      "unit_price": s(line_net(f, l) / D(str(l["q"])), n),
                      "total": s(line_term_total(f, l), n)})
    d = {"deal_id": f"006-BF{idx:04d}", "deal_name": f.get("deal_name") or f"{f['cust']} - {f['lines'][0]['d']}",
         "account_name": f["cust"], "stage": "Closed Won",
         "close_date": f.get("close") or f.get("eff") or f.get("start"),
         "currency": f["cur"], "amount": s(tcv(f), n),
         "billing_contact_email": f.get("email"), "line_items": items}
    d.update(f.get("deal", {}))
    return d


def money(f, x, pre=None, style=None):
    n = cdec(f["cur"])
    return (f.get("cs", f["cur"] + " ") if pre is None else pre) + nfmt(x, n, style or f.get("nf", "us")) + f.get("csuf", "")


def num(f, x, style=None):
    return nfmt(x, cdec(f["cur"]), style or f.get("nf", "us"))


def qty(x, style="us"):
    return nfmt(x, 0, style)


def D_(f):
    return lambda iso: dfmt(iso, f.get("df", "us"))


# ================================================================= LAYOUT 1: nonprofit-fy
# Nonprofit / education order, mission-pricing discount shown as a credit row in
# parentheses, fiscal-year term.

def build_nonprofit(f):
    dd = D_(f)
    pdf = Doc()
    pdf.add_page()
    pdf.set_fill_color(34, 85, 68)
    pdf.rect(0, 0, pdf.w, 26, "F")
    pdf.set_xy(18, 7)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Times", "B", 17)
    pdf.cell(0, 7, f["vend_brand"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 9)
    pdf.cell(0, 5, f["vend_addr"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(32)
    pdf.t(f.get("np_title", "Mission Pricing Order - Nonprofit & Education Programme"), 14, "B", font="Times")
    if f.get("ofn"):
        pdf.t(f"{f.get('ofn_label', 'Order ref.')}: {f['ofn']}", 9, color=(80, 80, 80))
    pdf.gap(2)
    pdf.t(f"This order is made on {dd(f['eff'])} between {f['vend']} (\"we\") and {f['cust']} "
          f"(\"the Organisation\"), {f['cust_desc']}. It is accepted on the Programme terms below, which "
          f"give qualifying organisations a mission discount off list price.", 10, font="Times", h=5)
    pdf.gap(2)
    table(pdf, [["Organisation", f["cust"]],
                ["Status on file", f["np_status"]],
                ["Invoices to", f.get("email") or f.get("np_inv_addr", "Finance office, postal address on file")],
                ["Term", f["np_term_txt"]]],
          (40, 134), header=False, size=9, borders="HORIZONTAL_LINES")
    pdf.t("Subscription and services", 11, "B", font="Times")
    rows = [["Item", "Qty", f"List price / year ({f['cur']})", "Extended list"]]
    subs = [l for l in f["lines"] if l["p"] != "one_time"]
    ones = [l for l in f["lines"] if l["p"] == "one_time"]
    lst = D(0)
    for l in subs:
        ext = D(l["q"]) * D(l["u"])
        lst += ext
        rows.append([l["d"], qty(l["q"]), num(f, l["u"]), num(f, ext)])
    disc = subs[0]["disc"]
    credit = qz(lst * D(disc) / 100, cdec(f["cur"]))
    rows.append([f"Less: {f['np_disc_name']} ({disc}% off list, subscription lines only)", "", "", f"({num(f, credit)})"])
    annual = lst - credit
    rows.append(["Annual subscription fee after discount", "", "", num(f, annual)])
    nb = [len(rows) - 1]
    for l in ones:
        rows.append([l["d"] + " (one-time, not discounted)", qty(l["q"]), num(f, l["u"]), num(f, line_net(f, l))])
    if f.get("tcv"):
        rows.append([f"Total for the term ({f['np_years_txt']})", "", "", money(f, tcv(f))])
        nb.append(len(rows) - 1)
    table(pdf, rows, (92, 14, 34, 34), size=9, align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), bold_rows=nb)
    pdf.t("Programme terms", 11, "B", font="Times")
    for p in f["np_terms"]:
        pdf.t(p, 9.5, font="Times", h=4.8)
        pdf.gap(1)
    pdf.gap(2)
    pdf.t("General conditions", 11, "B", font="Times")
    boiler(pdf, f.get("bkeys", [0, 1, 2, 4, 8, 11]), numbered=True)
    sigblock(pdf, "For the Organisation", f["cust"], "For " + f["vend_brand"], f["vend"],
             names=f.get("signers", ("", "")))
    return pdf


form("nonprofit-fy", 1, cust="Riverbend Community Foundation", vend="Lanternfield Software, Inc.",
     vend_brand="Lanternfield", vend_addr="410 Cedar Row, Suite 3, Portland, OR 97205  |  lanternfield.example",
     ofn="NP-26-0141", ofn_label="Order ref.", email="ap@riverbendcf.example", cur="USD", cs="$", df="us",
     eff="2026-06-12", start="2026-07-01", end="2027-06-30", term=12, auto=True, rterm=12, notice=60,
     pay=30, freq="annual", timing="advance",
     cust_desc="a 501(c)(3) public charity", np_status="501(c)(3) determination letter received 2026-05-30",
     np_disc_name="Mission Pricing credit", np_years_txt="one fiscal year",
     np_term_txt="Fiscal Year 2027: July 1, 2026 through June 30, 2027 (twelve (12) months), aligned to the "
                 "Organisation's July-June fiscal year.",
     lines=[L("Grant Manager Pro - staff seats", 25, "240.00", "year", disc="40"),
            L("Donor Portal module", 1, "3000.00", "year", disc="40"),
            L("Onboarding & data migration", 1, "1500.00", "one_time", shown=True)],
     tcv=True,
     np_terms=["Invoicing. The full fiscal-year fee and the one-time onboarding fee are invoiced together on July 1, "
               "2026, annually in advance, and each invoice is payable within thirty (30) days.",
               "Renewal. At the end of the fiscal year the subscription renews for a further twelve (12) months "
               "(the next fiscal year) unless either side gives written notice of non-renewal at least sixty (60) "
               "days before the fiscal year ends. Mission Pricing continues for as long as the Organisation keeps "
               "its charitable status."],
     signers=("Dana Whitlock, Executive Director", "Marcus Bell, VP Sales"),
     desc="Nonprofit order on a July-June fiscal year. The 40% Mission Pricing credit appears only as one "
          "parenthesised credit row ($3,600.00 = 40% of list $9,000.00) that applies to both subscription lines, so "
          "each subscription line carries discount_percent 40 and net_amount null (the per-line net is never "
          "printed; the table shows extended LIST amounts). Onboarding is one-time and undiscounted, its extended "
          "amount 1,500.00 is its net. Total for the term = 6,000 + 3,000 - 3,600 + 1,500 = 6,900.00, stated.",
     tags=["discount-credit-row", "fiscal-year", "one-time-fee"])

form("nonprofit-fy", 2, cust="Harrowgate Academy Trust", vend="Brightslate Learning Ltd",
     vend_brand="Brightslate Learning", vend_addr="Unit 7, Millbrook Yard, Leeds LS2 8QT  |  brightslate.example",
     ofn="BSL-Q-2207", ofn_label="Quotation no.", email="finance@harrowgate-trust.example", cur="GBP", cs="£",
     df="uk", eff="2026-03-20", start="2026-04-01", end="2028-03-31", term=24, auto=False,
     pay=30, freq="annual", timing="advance", po_req=True,
     cust_desc="a multi-academy trust and exempt charity", np_status="Exempt charity (academy trust), DfE URN on file",
     np_disc_name="Education discount", np_years_txt="two financial years",
     np_term_txt="Two financial years: 1st April 2026 to 31st March 2028 (24 months), matching the Trust's "
                 "April-March financial year.",
     lines=[L("Curriculum Planner - staff licences", 120, "18.00", "year", disc="25"),
            L("Parent Communication App (trust-wide)", 1, "2400.00", "year", disc="25")],
     tcv=True,
     nst=["Trust may cancel the second financial year without charge if its government funding is withdrawn, "
          "giving 60 days' written notice before 1 April 2027"],
     np_terms=["Invoicing. The discounted annual fee of £3,420.00 is invoiced on 1st April 2026 and again on 1st "
               "April 2027, in advance. Payment is due 30 days from the invoice date.",
               "Purchase orders. The Trust's finance policy requires an official purchase order number on every "
               "invoice; we will not issue an invoice without one and the Trust will supply it before each "
               "financial year starts.",
               "End of term. This order expires on 31st March 2028 and does not renew automatically; any renewal "
               "will be agreed in a new quotation.",
               "Funding. If the Trust's government funding for the second financial year is withdrawn, the Trust "
               "may cancel year two without charge by giving us 60 days' written notice before 1st April 2027."],
     signers=("Helen Ashcroft, Chief Financial Officer", "Tom Reilly, Account Director"),
     desc="UK academy trust order over two April-March financial years. The 25% education discount is a single "
          "parenthesised credit row (£1,140.00 = 25% of list £4,560.00 per year) so both lines get discount 25 and "
          "net_amount null. Annual after discount £3,420.00 x 2 years = £6,840.00 stated as the term total. Does "
          "not auto-renew (auto_renew false). PO number required on invoices but not given (po_number null). The "
          "funding-withdrawal cancellation right is recorded as a non-standard term.",
     tags=["discount-credit-row", "fiscal-year", "multi-year", "po-required", "uk-dates"])

form("nonprofit-fy", 3, cust="Fundación Sierra Clara, A.C.", vend="Nubecampo Software, S.A. de C.V.",
     vend_brand="Nubecampo", vend_addr="Av. Revolución 1520, Piso 4, San Ángel, 01000 Ciudad de México",
     ofn="NC-ONG-0388", ofn_label="Folio", email="facturas@sierraclara.example", cur="MXN", cs="MXN ",
     df="ukp", eff="2026-06-25", start="2026-07-01", end="2027-06-30", term=None, auto=None,
     pay=15, freq="quarterly", timing="advance", late="1.5", anchor="calendar_quarter",
     cust_desc="a Mexican civil association authorised to receive tax-deductible donations",
     np_status="Donataria autorizada (SAT), constancia 2026 on file",
     np_disc_name="Donation-matched programme discount", np_years_txt="",
     np_term_txt="Programme year 1 July 2026 to 30 June 2027.",
     lines=[L("Volunteer Hub - coordinator users", 60, "1150.00", "year", disc="50")],
     tcv=False,
     usage=[{"metric": "SMS messages", "unit": "message", "included_quantity": "10000",
             "included_period": "quarter", "pricing_model": "per_unit",
             "tiers": [{"up_to": None, "unit_price": "0.45"}], "billing_frequency": "quarterly",
             "billing_timing": "arrears"}],
     np_terms=["Invoicing. The annual fee after discount is split into four equal quarterly instalments of "
               "MXN 8,625.00, each invoiced at the start of its calendar quarter, in advance, and payable within "
               "fifteen (15) days.",
               "Text messages. Each quarter includes 10,000 SMS messages sent from the Hub. Messages beyond that "
               "allowance cost MXN 0.45 each and are invoiced at the end of the quarter in which they were sent.",
               "Late payment. Overdue amounts carry interest of 1.5% per month from the due date until paid."],
     bkeys=[0, 1, 2, 3, 8],
     signers=("Lucía Herrera Montes, Directora", "Andrés Villaseñor, Ventas"),
     desc="Mexican nonprofit, programme year July 2026 - June 2027 given only as two dates, so term_months is null "
          "and derived as 12. Single subscription line: 60 users x MXN 1,150.00 list per year with a 50% "
          "programme discount shown only as a credit row (MXN 34,500.00); net per line not printed (null). Billed "
          "quarterly in advance at the start of each calendar quarter (anchor calendar_quarter; instalments "
          "of 8,625.00 = 34,500/4). SMS usage: 10,000 included per quarter then "
          "MXN 0.45 each, quarterly in arrears. No term total is stated (null); nothing said about renewal "
          "(auto_renew null). Deal amount = 34,500.00.",
     tags=["discount-credit-row", "fiscal-year", "usage", "late-fee", "term-from-dates"])

form("nonprofit-fy", 4, cust="Northgate University", vend="Quillmark Research Systems Inc.",
     vend_brand="QUILLMARK", vend_addr="88 Front Street East, Toronto, ON M5E 1C3  |  quillmark.example",
     ofn="QRS-EDU-1190", ofn_label="Order No.", email="accounts.payable@northgate.example", cur="CAD", cs="C$",
     df="usabbr", eff="2026-05-15", start="2026-07-01", end="2029-06-30", term=36, auto=True, rterm=12,
     notice=90, pay=45, freq="annual", timing="advance", po_req=True, po="NU-4500219876", esc="4",
     cust_desc="a publicly funded university", np_status="Registered charity / public university",
     np_disc_name="Academic pricing", np_years_txt="three fiscal years",
     np_term_txt="Three university fiscal years, Jul 1, 2026 - Jun 30, 2029 (36 months).",
     lines=[L("Lab Inventory Cloud - campus site", 1, "18000.00", "year", disc="30"),
            L("Additional lab modules", 4, "2500.00", "year", disc="30"),
            L("Implementation services", 1, "7500.00", "one_time", shown=True)],
     tcv=True,
     nst=["Fiscal funding-out: University may terminate at the end of any fiscal year without penalty if funds "
          "are not appropriated, on 60 days' notice"],
     np_terms=["Invoicing. Annual subscription fees (C$19,600.00 after academic pricing) are invoiced each Jul 1 in "
               "advance; implementation is invoiced with the first annual fee. Payment terms are net 45 days.",
               "Purchase order. All invoices must quote University purchase order NU-4500219876 or they will be "
               "returned unpaid.",
               "Renewal. After the initial 36 months the subscription renews for successive 12-month periods unless "
               "either party gives at least 90 days' written notice of non-renewal. Renewal fees may rise by no "
               "more than 4% over the fees for the preceding year.",
               "Non-appropriation. The University may end this order at the close of any fiscal year without "
               "penalty if its governing body does not appropriate funds for the next fiscal year, on 60 days' "
               "written notice."],
     signers=("Prof. Aileen MacRae, Associate VP Research", "Jordan Price, Director, Academic Sales"),
     desc="Canadian university, three July-June fiscal years (36 months stated). Academic pricing 30% shown as one "
          "parenthesised credit row (C$8,400.00 = 30% of list C$28,000.00), so both subscription lines have "
          "discount 30 and net_amount null. Annual after discount C$19,600.00 x 3 = 58,800.00 plus implementation "
          "C$7,500.00 = C$66,300.00 stated as total for the term. 4% cap on renewal increases recorded as "
          "escalator 4. Non-appropriation clause recorded as non-standard.",
     tags=["discount-credit-row", "fiscal-year", "multi-year", "po-number", "escalator", "one-time-fee"])


# ================================================================= LAYOUT 2: web-checkout
# Receipt printed from a self-serve checkout: Order summary / Subtotal / Tax / Total due today,
# then the recurring plan. One of the four is a plain-text e-mail receipt.

def wc_rows(f):
    rows = []
    sub = D(0)
    for l in f["lines"]:
        ext = D(l["q"]) * D(l["u"])
        per = {"month": "/ month", "year": "/ year", "one_time": "one-time"}[l["p"]]
        rows.append((l.get("disp", l["d"]), f"{qty(l['q'])} x {money(f, l['u'])} {per}", ext))
        sub += ext
        if l.get("disc"):
            c = qz(ext * D(l["disc"]) / 100, cdec(f["cur"]))
            rows.append((f"{f['wc_disc_name']} ({l['disc']}%)", "applied to " + l["d"], -c))
            sub -= c
    tax = qz(sub * D(f["tax"]) / 100, cdec(f["cur"]))
    return rows, qz(sub, cdec(f["cur"])), tax, qz(sub + tax, cdec(f["cur"]))


def build_webcheckout(f):
    dd = D_(f)
    rows, sub, tax, due = wc_rows(f)
    if f.get("ext") == "txt":
        w = []
        w.append(f"From: {f['wc_brand']} Billing <no-reply@{f['wc_domain']}>")
        w.append(f"To: {f['email']}")
        w.append(f"Subject: Your {f['wc_brand']} order {f['ofn']} is confirmed")
        w.append("")
        w.append(f"Hi {f['wc_hi']},")
        w.append("")
        w.append(f"Thanks for subscribing! Here is the receipt for today's payment. Keep it for your records.")
        w.append("")
        w.append(f"ORDER {f['ofn']}        Placed {dd(f['eff'])}")
        w.append(f"Billed to: {f['cust']}")
        w.append(f"          {f['wc_addr']}")
        w.append(f"          GSTIN {f['wc_gstin']}")
        w.append("")
        w.append("Order summary")
        w.append("-" * 64)
        for a, b, c in rows:
            amt = money(f, c) if c >= 0 else "(" + money(f, -c) + ")"
            w.append(f"{a:<40}{amt:>24}")
            w.append(f"   {b}")
        w.append("-" * 64)
        w.append(f"{'Subtotal':<40}{money(f, sub):>24}")
        w.append(f"{f['tax_label']:<40}{money(f, tax):>24}")
        w.append(f"{'Total due today':<40}{money(f, due):>24}")
        w.append("-" * 64)
        w.append(f"Paid with {f['wc_pay']}.")
        w.append("")
        w.append("Your recurring plan")
        for p in f["wc_plan"]:
            w.append("  * " + p)
        w.append("")
        for p in f["wc_terms"]:
            w.append(p)
            w.append("")
        w.append(f"{f['vend']}")
        w.append(f"{f['wc_vaddr']}")
        w.append(f"This is a computer-generated receipt and needs no signature.")
        return "\n".join(w) + "\n"

    def foot(p):
        p.set_y(-14)
        p.set_font("Helvetica", "", 7)
        p.set_text_color(130, 130, 130)
        p.cell(0, 4, f"{f['vend']}  -  {f['wc_vaddr']}  -  page {p.page_no()}/{{nb}}", align="C")
        p.set_text_color(0, 0, 0)
    pdf = Doc(foot=foot)
    pdf.set_margins(40, 14, 40)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(*f["wc_color"])
    pdf.cell(0, 10, f["wc_brand"].lower(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.t("Order confirmed", 15, "B")
    pdf.t(f"Order #{f['ofn']}  -  placed {dd(f['eff'])}", 9, color=(100, 100, 100))
    pdf.gap(3)
    pdf.t("BILLING DETAILS", 7.5, "B", color=(120, 120, 120))
    for x in [f["cust"], f["wc_addr"], f["email"]] + f.get("wc_extra_bill", []):
        pdf.t(x, 9)
    pdf.gap(3)
    pdf.t("ORDER SUMMARY", 7.5, "B", color=(120, 120, 120))
    pdf.rule(0.2, (180, 180, 180))
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for a, b, c in rows:
        pdf.gap(1.5)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.multi_cell(W - 35, 5, a, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.multi_cell(W - 35, 4, b, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        y2 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + W - 35, y)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(35, 5, money(f, c) if c >= 0 else "(" + money(f, -c) + ")", align="R")
        pdf.set_y(y2)
    pdf.gap(1)
    pdf.rule(0.2, (180, 180, 180))
    for lab, v, b in [("Subtotal", sub, ""), (f["tax_label"], tax, ""), ("Total due today", due, "B")]:
        pdf.gap(1)
        pdf.set_font("Helvetica", b, 10 if b else 9.5)
        pdf.cell(W - 35, 5.5, lab)
        pdf.cell(35, 5.5, money(f, v), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.t(f"Charged to {f['wc_pay']}.", 8, color=(110, 110, 110))
    pdf.gap(4)
    pdf.set_fill_color(243, 246, 250)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "", 9)
    hgt = 9 + 5 * sum(1 + len(p) // 70 for p in f["wc_plan"])
    pdf.rect(pdf.l_margin - 3, y - 2, W + 6, hgt, "F")
    pdf.t("Your recurring plan", 11, "B")
    for p in f["wc_plan"]:
        pdf.t("-  " + p, 9, h=5)
    pdf.set_y(y + hgt + 2)
    pdf.gap(3)
    for p in f["wc_terms"]:
        pdf.t(p, 7.5, h=3.8, color=(90, 90, 90))
        pdf.gap(1.5)
    return pdf


form("web-checkout", 1, cust="Dunmore Bakery Co.", vend="Pixelharbor Analytics Inc.", wc_brand="Pixelharbor",
     wc_color=(30, 90, 200), wc_vaddr="2200 Harbor Way, Oakland, CA 94607", wc_addr="19 Quay Street, Mystic, CT 06355",
     ofn="WEB-448812", email="books@dunmorebakery.example", cur="USD", cs="$", df="usabbr",
     eff="2026-02-14", start="2026-02-14", auto=True, rterm=1, pay=0, freq="monthly", timing="advance",
     anchor="day:14", tax="8.875", tax_label="Sales tax (8.875%)", wc_pay="Visa ending 4417",
     lines=[L("Team plan", 12, "29.00", "month", shown=True)],
     wc_plan=["Team plan, 12 seats at $29.00 per seat per month, billed monthly in advance.",
              "Your service period started Feb 14, 2026. You will be charged on the 14th of every month.",
              "Next charge: $348.00 plus tax on Mar 14, 2026.",
              "The plan renews automatically each month until you cancel in Settings > Billing."],
     wc_terms=["By placing this order you agreed to the Pixelharbor Terms of Service and Data Processing Addendum "
               "as published on the day of purchase. Seats added during a month are charged pro rata at the next "
               "renewal. Cancelling stops future charges; fees already paid for the current month are not refunded.",
               "Need a PO on your invoice? Add one under Settings > Billing before your next charge."],
     desc="Self-serve checkout receipt for a month-to-month plan. Only the recurring plan is a line item (12 x "
          "$29.00/month = $348.00 shown). Sales tax 8.875% of 348.00 = 30.885 -> $30.89; 'Total due today' $378.89 "
          "is a payment for one month plus tax, not a contract total, so total_contract_value is null. No term or "
          "end date (evergreen monthly): term_months, service_end_date null; renews every month (renewal 1). "
          "Card charge today = payment terms 0. Charged on the 14th of every month -> anchor day:14. The receipt "
          "only says a PO CAN be added, so po_required is null. Deal amount = first-year value 348 x 12 = 4,176.00.",
     tags=["web-receipt", "monthly", "evergreen", "tax-line"])

form("web-checkout", 2, cust="Vellacourt Design GmbH", vend="Formwise GmbH", wc_brand="Formwise",
     wc_color=(220, 70, 40), wc_vaddr="Schanzenstraße 41, 20357 Hamburg", wc_addr="Lindenallee 8, 50968 Köln",
     wc_extra_bill=["USt-IdNr. DE 318 552 907"],
     ofn="FW-2026-031977", email="rechnungen@vellacourt.example", cur="EUR", cs="€ ", nf="de", df="ukp",
     eff="2026-03-09", start="2026-03-09", end="2027-03-08", term=12, auto=True, rterm=12, pay=0,
     freq="annual", timing="advance", tax="19", tax_label="MwSt. / VAT 19%", wc_pay="SEPA direct debit (mandate FW-77120)",
     wc_disc_name="Annual prepay discount",
     lines=[L("Growth plan", 1, "4800.00", "year", disc="20"),
            L("Extra workspace", 3, "300.00", "year", shown=True),
            L("Priority onboarding session", 1, "250.00", "one_time", shown=True)],
     wc_plan=["Growth plan, annual billing (12 months): current period 9 March 2026 - 8 March 2027.",
              "3 extra workspaces at € 300,00 per workspace per year, on the same annual cycle.",
              "Renews automatically on 9 March 2027 for another 12 months at the then-current annual price "
              "unless you switch off auto-renew before that date."],
     wc_terms=["Your order is governed by the Formwise Terms of Service (Version 7.2). Annual plans are paid up "
               "front and are non-refundable except as required by law. The onboarding session must be booked "
               "within 90 days of purchase."],
     desc="Checkout receipt for an annual plan in EUR with German number format (4.800,00). The 20% annual prepay "
          "discount is a separate parenthesised row (960,00) applying to the Growth plan only, so that line has "
          "discount 20 and net_amount null (3.840,00 is never printed). Extra workspace 3 x 300,00 = 900,00 and "
          "onboarding 250,00 (one-time) are shown. Subtotal 4.990,00 + 19% VAT 948,10 = total due today 5.938,10; "
          "that is a payment including tax, not a stated contract total, so total_contract_value is null. Period "
          "9 March 2026 - 8 March 2027 and '12 months' both stated. Paid by direct debit at order (payment terms 0). "
          "Deal amount = 3,840 + 900 + 250 = 4,990.00.",
     tags=["web-receipt", "discount-row-parentheses", "vat", "eu-number-format", "one-time-fee"])

form("web-checkout", 3, ext="txt", cust="Meghdoot Logistics Private Limited", vend="Tallyloom Technologies Pvt. Ltd.",
     wc_brand="Tallyloom", wc_domain="tallyloom.example", wc_hi="Ritu",
     wc_vaddr="3rd Floor, Prestige Orbit, Outer Ring Road, Bengaluru 560103",
     wc_addr="Plot 44, MIDC Taloja, Navi Mumbai 410208", wc_gstin="27AACCM4471K1Z2",
     ofn="TL-IN-90412", email="accounts@meghdoot.example", cur="INR", cs="₹", nf="in", df="ukp",
     eff="2026-04-01", start="2026-04-01", auto=True, rterm=1, pay=0, freq="monthly", timing="advance",
     anchor="day:1", tax="18", tax_label="GST @ 18% (IGST)", wc_pay="UPI AutoPay mandate",
     lines=[L("Business plan", 40, "499.00", "month", shown=True)],
     usage=[{"metric": "WhatsApp messages", "unit": "message", "included_quantity": "5000",
             "included_period": "month", "pricing_model": "per_unit",
             "tiers": [{"up_to": None, "unit_price": "0.35"}], "billing_frequency": "monthly",
             "billing_timing": "arrears"}],
     wc_plan=["Business plan: 40 users x ₹499.00 per user per month (all amounts in Indian Rupees, INR).",
              "Billing period starts 1 April 2026 and renews on the 1st of every month until cancelled.",
              "5,000 WhatsApp messages are included each month. Additional messages are charged at ₹0.35 per "
              "message and added to the following month's bill (billed in arrears).",
              "Next charge: ₹19,960.00 + GST on 1 May 2026."],
     wc_terms=["You accepted the Tallyloom Subscription Terms when you placed this order. You can cancel any time "
               "from Admin > Billing; cancellation takes effect at the end of the current month."],
     desc="Plain-text e-mailed checkout receipt in INR with Indian digit grouping. One recurring line: 40 x "
          "₹499.00/month = ₹19,960.00 (shown). GST 18% = 3,592.80, total due today 23,552.80 (a payment, not a "
          "contract total -> TCV null). Month-to-month evergreen (term and end null, renewal 1), renews on the 1st "
          "-> anchor day:1; paid by UPI mandate today -> payment terms 0. Usage: 5,000 WhatsApp messages included "
          "per month, then ₹0.35 each, billed monthly in arrears (single per-unit tier). Deal amount = first-year "
          "value 19,960 x 12 = 239,520.00.",
     tags=["web-receipt", "plain-text", "usage", "indian-number-format", "monthly", "evergreen"])

form("web-checkout", 4, cust="Kaneshiro Trading Co., Ltd.", vend="Mintgrove Cloud K.K.", wc_brand="Mintgrove",
     wc_color=(40, 140, 80), wc_vaddr="5-2-1 Shibaura, Minato-ku, Tokyo 108-0023",
     wc_addr="2-14-3 Honcho, Naka-ku, Yokohama 231-0005",
     ofn="MG-0505-7731", email="keiri@kaneshiro-trading.example", cur="JPY", cs="¥", df="slash",
     eff="2026-05-01", start="2026-05-01", end="2027-04-30", term=12, auto=True, rterm=12, pay=30,
     freq="annual", timing="advance", tax="10", tax_label="Consumption tax (10%)",
     wc_pay="invoice (bank transfer) - no card charged",
     lines=[L("Pro plan", 15, "14400", "year", shown=True, disp="Pro plan (annual)")],
     wc_plan=["Pro plan, 15 users at ¥14,400 per user per year, billed once a year in advance.",
              "Contract period: 2026/05/01 - 2027/04/30 (12 months).",
              "Auto-renews for 12 months on 2027/05/01. To stop renewal, cancel from the admin console at least "
              "30 days before the renewal date.",
              "Invoice payment: pay by bank transfer within 30 days of the invoice date."],
     wc_terms=["Note: 'Total due today' is the amount of the invoice issued today; with invoice payment it is "
               "payable within 30 days. Amounts are in Japanese yen (JPY) and have no decimals."],
     desc="Checkout receipt in JPY (no decimals) where the customer chose invoice payment. One line 'Pro plan' "
          "(period note '(annual)' dropped from the description): 15 x ¥14,400/year = ¥216,000 shown. Consumption "
          "tax 10% = ¥21,600; total ¥237,600 is an invoice amount incl. tax, not a contract total -> TCV null. "
          "Contract period 2026/05/01 - 2027/04/30, 12 months, auto-renews 12 months, cancel at least 30 days "
          "before renewal -> notice 30. Invoice payable within 30 days -> Net 30. Deal amount 216000.",
     notice=30, tags=["web-receipt", "jpy", "no-decimals", "tax-line"])


# ================================================================= LAYOUT 3: partner-referral
# Order referred by a distributor / channel partner who is named but not a party; customer
# signs directly with the provider. Some forms name the provider only in letterhead + signature.

def build_referral(f):
    dd = D_(f)
    pdf = Doc()
    pdf.add_page()
    # letterhead right-aligned
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, f["pr_brand"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    for x in f["pr_lh"]:
        pdf.cell(0, 4, x, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.gap(2)
    pdf.rule(0.8, (0, 70, 120))
    pdf.gap(4)
    pdf.t("PARTNER-REFERRED ORDER FORM", 13, "B")
    meta = []
    if f.get("ofn"):
        meta.append(f"Order Form: {f['ofn']}")
    meta.append(f"Order date: {dd(f['eff'])}")
    pdf.t("   |   ".join(meta), 9, color=(70, 70, 70))
    pdf.gap(3)
    # partner box
    y = pdf.get_y()
    pdf.set_draw_color(0, 70, 120)
    pdf.set_fill_color(235, 243, 250)
    pdf.rect(pdf.l_margin, y, pdf.w - 36, 19, "DF")
    pdf.set_xy(pdf.l_margin + 3, y + 2)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(0, 4.5, "REFERRING PARTNER (not a party to this Order Form)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 3)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(pdf.w - 42, 4.2, f"{f['partner']} - Partner ID {f['partner_id']}. {f['pr_partner_note']}",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + 22)
    pdf.set_fill_color(255, 255, 255)
    if f.get("pr_vendor_hidden"):
        pre = (f"This Order Form is entered into between the company named in the letterhead above (\"Provider\") "
               f"and {f['cust']} (\"Customer\"). Customer orders the subscriptions below directly from Provider; "
               f"the Partner introduced the parties and will not invoice Customer.")
    else:
        pre = (f"This Order Form is entered into between {f['vend']} (\"Provider\") and {f['cust']} (\"Customer\"). "
               f"Customer orders the subscriptions below directly from Provider; the Partner introduced the parties "
               f"and will not invoice Customer.")
    pdf.t(pre, 9.5, h=4.8)
    pdf.gap(2)
    kv = [["Customer", f["cust"] + "\n" + f["pr_caddr"]], ["Billing contact", f["pr_bc"]]]
    if f.get("start"):
        kv.append(["Subscription period", f["pr_period"]])
    for k, v in f.get("pr_kv", []):
        kv.append([k, v])
    table(pdf, kv, (45, 129), header=False, size=9)
    rows = [["SKU", "Description", "Units", f"Unit fee ({f['cur']})", "Disc.", f["pr_amt_head"]]]
    for l in f["lines"]:
        amt = num(f, line_net(f, l))
        rows.append([l.get("sku") or "-", l.get("disp", l["d"]), qty(l["q"], f.get("nf", "us")),
                     num(f, l["u"]) + " " + f["pr_per"][l["p"]], (l["disc"] + "%") if l.get("disc") else "-", amt])
    nb = []
    for lab, val in f.get("pr_totals", []):
        rows.append(["", lab, "", "", "", val])
        nb.append(len(rows) - 1)
    table(pdf, rows, (22, 64, 15, 31, 13, 29), size=8.5,
          align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), bold_rows=nb)
    pdf.t("Commercial terms", 10.5, "B")
    for i, p in enumerate(f["pr_terms"], 1):
        pdf.t(f"{i}. {p}", 9, h=4.5)
        pdf.gap(1)
    pdf.gap(2)
    pdf.t("Partner arrangements", 10.5, "B")
    pdf.t("Provider pays any referral fee owed to the Partner out of its own revenue; it is not added to Customer's "
          "fees. The Partner has no authority to change these terms, grant credits or accept notices for Provider. "
          "Support requests go to Provider, not to the Partner.", 9, h=4.5)
    pdf.gap(3)
    pdf.t("Standard terms", 10.5, "B")
    boiler(pdf, f.get("bkeys", [0, 1, 2, 3, 4, 7, 9, 11]), numbered=True, size=8)
    sigblock(pdf, "CUSTOMER", f["cust"], "PROVIDER", f["vend"], names=f.get("signers", ("", "")))
    pdf.t(f"Acknowledged (referral registration only): {f['partner']}", 8, "I", color=(90, 90, 90))
    return pdf


PER_EN = {"year": "/ yr", "month": "/ mo", "quarter": "/ qtr", "one_time": "once"}

form("partner-referral", 1, cust="Halberd Freight Lines, Inc.", vend="Corvane Security Inc.", pr_brand="CORVANE SECURITY",
     pr_lh=["Corvane Security Inc.", "1 Beacon Plaza, 14th Floor, Boston, MA 02108", "orders@corvane.example"],
     partner="Bluewater Channel Partners LLC", partner_id="BW-3391",
     pr_partner_note="Registered deal; partner-sourced discount applied.",
     ofn="CVS-RO-10233", email="ap@halberdfreight.example", cur="USD", df="us", eff="2026-02-20",
     start="2026-03-01", end="2028-02-29", term=24, auto=True, rterm=12, notice=90, pay=45,
     freq="annual", timing="advance", po_req=True, po="HFL-PO-77120",
     pr_caddr="7700 Logistics Parkway, Memphis, TN 38118", pr_bc="Accounts Payable - ap@halberdfreight.example",
     pr_period="March 1, 2026 to February 29, 2028 (24 months)",
     pr_kv=[["Customer PO", "HFL-PO-77120 (must appear on every invoice)"]],
     pr_per=PER_EN, pr_amt_head="Annual amount (USD)",
     lines=[L("Corvane EDR Endpoint Protection", 450, "38.00", "year", sku="CV-EDR-E", disc="15", shown=True),
            L("Managed Detection & Response add-on, 24x7 analyst coverage for all protected endpoints", 450,
              "22.00", "year", sku="CV-MDR", disc="15", shown=True)],
     tcv=True, pr_totals=[["Annual subscription total", "22,950.00"], ["Total contract value (2 years)", "45,900.00"]],
     pr_terms=["Fees are invoiced annually in advance, on March 1, 2026 and March 1, 2027. Invoices are payable "
               "net 45 days and must quote Customer PO HFL-PO-77120.",
               "The subscription renews automatically for successive 12-month terms unless either party gives "
               "written notice of non-renewal at least 90 days before the end of the then-current term.",
               "The partner-sourced discount of 15% applies to the initial term only."],
     signers=("Greg Oduya, CFO", "Elena Park, Regional VP"),
     desc="Referral order: distributor Bluewater Channel Partners LLC is named in a box but is not a party; "
          "vendor = Corvane Security Inc. Two lines, each 450 units with a 15% partner discount and the discounted "
          "annual amount printed: 450 x 38 x 0.85 = 14,535.00 and 450 x 22 x 0.85 = 8,415.00; annual 22,950.00 x 2 "
          "years = 45,900.00 stated as TCV. The MDR description wraps inside its cell. PO HFL-PO-77120 required.",
     tags=["referral-partner", "wrapped-cell", "discount", "po-number", "multi-year"])

form("partner-referral", 2, cust="Sundqvist Bygg AB", vend="Fjällgren Data AB", pr_brand="FJÄLLGREN DATA",
     pr_lh=["Fjällgren Data AB - org.nr 556712-4480", "Kungsgatan 12, 111 43 Stockholm", "order@fjallgren.example"],
     partner="Nordlink Distribution AB", partner_id="NL-0087",
     pr_partner_note="Nordlink is Fjällgren's authorised distributor for the construction segment.",
     ofn="FD-2026-0419", email="faktura@sundqvistbygg.example", cur="SEK", cs="SEK ", nf="fr", df="dot",
     eff="2026-03-16", start="2026-04-01", end="2029-03-31", term=36, auto=True, rterm=12, notice=90, pay=30,
     freq="quarterly", timing="advance", anchor="calendar_quarter", esc="5",
     pr_caddr="Industrivägen 3, 891 33 Örnsköldsvik", pr_bc="Ekonomi - faktura@sundqvistbygg.example",
     pr_period="01.04.2026 - 31.03.2029 (36 months)",
     pr_per=PER_EN, pr_amt_head="Amount per period (SEK)",
     lines=[L("Fältappen field licence", 80, "95.00", "month", sku="FD-FLT-01", shown=True),
            L("Onboarding and template set-up", 1, "18500.00", "one_time", sku="FD-ONB", shown=True)],
     tcv=True, pr_totals=[["Total for 36 months (7 600,00 x 36 + 18 500,00)", "292 100,00"]],
     pr_terms=["Licence fees are invoiced quarterly in advance on the first day of each calendar quarter "
               "(3 x 7 600,00 = 22 800,00 per quarter). Onboarding is invoiced on signature. Payment 30 days net.",
               "After the initial 36 months the agreement renews for 12 months at a time unless terminated in "
               "writing no later than 90 days before expiry.",
               "Prices are fixed for the initial term. On each renewal Provider may raise prices by at most 5%."],
     signers=("Anna Sundqvist, VD", "Per Lindholm, Försäljningschef"),
     desc="Swedish referral order with space thousands and comma decimals (292 100,00). Licence priced per MONTH "
          "(80 x 95,00 = 7 600,00 per month, shown) but invoiced quarterly in advance on calendar-quarter starts "
          "(anchor calendar_quarter). Onboarding one-time 18 500,00. Stated total 7 600 x 36 + 18 500 = "
          "292 100,00. Max 5% price rise on renewal -> escalator 5.",
     tags=["referral-partner", "sek", "space-thousands", "monthly-price-quarterly-billing", "escalator"])

form("partner-referral", 3, cust="Brindabella Allied Health", vend="Tidewell Software Pty Ltd", pr_brand="tidewell",
     pr_vendor_hidden=True,
     pr_lh=["Tidewell Software Pty Ltd  ABN 61 604 118 392", "Level 2, 90 Collins Street, Hobart TAS 7000",
            "hello@tidewell.example"],
     partner="Coralpoint IT Solutions Pty Ltd", partner_id="CP-A-221",
     pr_partner_note="Coralpoint provides local IT support to the clinic and referred this order.",
     ofn=None, email="accounts@brindabellahealth.example", cur="AUD", cs="A$", df="ukp", eff="2026-06-01",
     start="2026-06-15", term=12, auto=True, rterm=1, notice=30, pay=14, freq="monthly", timing="arrears",
     anchor="calendar_month",
     pr_caddr="Shop 4, 27 Gungahlin Place, Gungahlin ACT 2912", pr_bc="Practice manager - accounts@brindabellahealth.example",
     pr_period="Initial term of 12 months starting 15 June 2026",
     pr_per={"month": "/ month", "year": "/ year", "one_time": "once"}, pr_amt_head="Monthly amount (AUD)",
     lines=[L("Clinic Scheduler - practitioner licence", 12, "65.00", "month", sku="TW-CS-PR", shown=True)],
     usage=[{"metric": "SMS appointment reminders", "unit": "SMS", "included_quantity": "500",
             "included_period": "month", "pricing_model": "per_unit",
             "tiers": [{"up_to": None, "unit_price": "0.09"}], "billing_frequency": "monthly",
             "billing_timing": "arrears"}],
     pr_terms=["Licence fees are billed monthly in arrears at the end of each calendar month of service and are "
               "payable within 14 days of the invoice.",
               "Each month includes 500 SMS appointment reminders. Reminders above that are charged at A$0.09 per "
               "SMS on the same monthly invoice.",
               "After the initial 12-month term the subscription continues month to month until either party gives "
               "30 days' written notice."],
     signers=("Dr. Priya Nandakumar, Principal", "Sam Kowalczyk, Director"),
     desc="Referral order in AUD where the provider appears only in the letterhead and the signature block (the "
          "preamble says 'the company named in the letterhead'); partner Coralpoint is not a party. No order number "
          "(null). Start 15 June 2026 with a 12-month term but no written end date -> service_end_date null, "
          "derived 2027-06-14. 12 x A$65.00 = A$780.00 per month, billed monthly in arrears at each calendar month end (anchor calendar_month), net 14. SMS: 500 "
          "included per month then A$0.09. Continues month to month after the term (auto_renew true, renewal 1) "
          "with 30 days' notice. No total stated. Deal amount = 780 x 12 = 9,360.00.",
     tags=["referral-partner", "vendor-letterhead-only", "usage", "arrears", "end-date-derived", "no-order-number"])

form("partner-referral", 4, cust="Lofotfisk Sjømat AS", vend="Havbris Systems AS", pr_brand="HAVBRIS",
     pr_lh=["Havbris Systems AS - org.nr 921 447 302", "Strandgaten 55, 5013 Bergen", "salg@havbris.example"],
     partner="Polar Channel AS", partner_id="PC-NO-014",
     pr_partner_note="Polar Channel is Havbris's distributor in Nordland and handled the tender.",
     ofn="HB-OF-2026-077", email="faktura@lofotfisk.example", cur="NOK", cs="NOK ", nf="de", df="abbr",
     eff="2026-08-14", start="2026-09-01", end="2028-08-31", term=24, pay=30, freq="annual", timing="advance",
     pr_caddr="Havnegata 9, 8373 Ballstad", pr_bc="Regnskap - faktura@lofotfisk.example",
     pr_period="1 Sep 2026 - 31 Aug 2028 (24 months, two contract years)",
     pr_per=PER_EN, pr_amt_head="Year amount (NOK)",
     lines=[L("Fleet Tracking - vessel licence", 40, "2400.00", "year", sku="HB-FT-V", shown=True,
              s_="2026-09-01", e_="2027-08-31", disp="Fleet Tracking - vessel licence, Year 1 (1 Sep 2026 - 31 Aug 2027)"),
            L("Fleet Tracking - vessel licence", 60, "2400.00", "year", sku="HB-FT-V", shown=True,
              s_="2027-09-01", e_="2028-08-31", disp="Fleet Tracking - vessel licence, Year 2 (1 Sep 2027 - 31 Aug 2028)")],
     tcv=True, pr_totals=[["Total, both contract years", "240.000,00"]],
     pr_terms=["Each contract year is invoiced in advance at its start (1 Sep 2026 and 1 Sep 2027). Payment 30 days "
               "from invoice date.",
               "The vessel count rises from 40 to 60 in year 2 as the customer's second fleet is fitted with "
               "trackers; additional vessels beyond 60 are charged pro rata at the same unit fee."],
     bkeys=[0, 1, 2, 4, 9, 11],
     deal={"amount": "264000.00"},
     signers=("Kari Eliassen, Daglig leder", "Jonas Brekke, Salgssjef"),
     desc="Norwegian referral order, ramp across two contract years: Year 1 40 vessels x NOK 2.400,00 = 96.000,00 "
          "(2026-09-01..2027-08-31), Year 2 60 vessels x 2.400,00 = 144.000,00 (2027-09-01..2028-08-31), each a "
          "separate line with its own dates; stated total 240.000,00. Renewal not mentioned (auto_renew null). "
          "DELIBERATE CRM MISMATCH: deal.json amount is 264000.00 (the CRM line totals still sum to 240,000), i.e. "
          "the CRM amount disagrees with the signed form; gold follows the document.",
     tags=["referral-partner", "ramp", "nok", "crm-mismatch", "eu-number-format"])


# ================================================================= LAYOUT 4: multi-entity
# One group order, two sections: Section A billed to the Bill-To entity (gold), Section B a participating
# affiliate in another currency, invoiced separately under its own reference.

def build_multientity(f):
    dd = D_(f)

    def head(p):
        p.set_font("Helvetica", "B", 9)
        p.set_text_color(90, 30, 90)
        p.cell(0, 5, f["me_brand"] + "  |  Group Subscription Order " + f["ofn"], new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.ln(2)

    def foot(p):
        p.set_y(-13)
        p.set_font("Helvetica", "", 7)
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="R")
    pdf = Doc(head=head, foot=foot)
    pdf.add_page()
    pdf.t("GROUP SUBSCRIPTION ORDER", 16, "B", color=(90, 30, 90))
    pdf.t(f"Reference {f['ofn']}   -   Effective {dd(f['eff'])}", 9)
    pdf.gap(3)
    # bill-to / provider two boxes
    y = pdf.get_y()
    W = (pdf.w - 36 - 6) / 2
    for i, (ttl, lines) in enumerate([("BILL TO", f["me_billto"]), ("PROVIDER", f["me_provider"])]):
        x = 18 + i * (W + 6)
        pdf.set_draw_color(90, 30, 90)
        pdf.rect(x, y, W, 30)
        pdf.set_xy(x + 2, y + 2)
        pdf.set_font("Helvetica", "B", 8)
        pdf.cell(W - 4, 4, ttl, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.5)
        for ln in lines:
            pdf.set_x(x + 2)
            pdf.multi_cell(W - 4, 4, ln, new_x="LEFT", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(18, y + 34)
    pdf.t(f["me_intro"], 9, h=4.6)
    pdf.gap(3)
    for sec in ("A", "B"):
        S = f["me_sec"][sec]
        pdf.set_fill_color(240, 232, 242)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 7, S["title"], fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_fill_color(255, 255, 255)
        pdf.gap(1)
        pdf.t(S["intro"], 9, h=4.5)
        pdf.gap(1)
        table(pdf, S["rows"], S["widths"], size=8.5, align=S.get("align"), bold_rows=S.get("bold", ()))
        for p in S.get("notes", []):
            pdf.t(p, 8.5, h=4.3)
            pdf.gap(1)
        pdf.gap(2)
    pdf.t("Terms applying to both Sections", 10.5, "B")
    for i, p in enumerate(f["me_terms"], 1):
        pdf.t(f"{i}. {p}", 9, h=4.5)
        pdf.gap(1)
    pdf.gap(1)
    boiler(pdf, f.get("bkeys", [1, 2, 4, 6, 8, 10, 11]), numbered=True, size=8, start=len(f["me_terms"]) + 1)
    sigblock(pdf, "Signed for the Bill-To entity", f["cust"], "Signed for Provider", f["vend"],
             names=f.get("signers", ("", "")))
    pdf.t(f"Signed for the participating affiliate (Section B only): {f['me_aff']}   ______________________", 8.5)
    return pdf


def me_rows(f, lines, cur, nstyle, per_head, cols=("Product", "Qty", "Unit price", "Discount", "Net per period")):
    n = cdec(cur)
    rows = [list(cols)]
    for l in lines:
        net = D(l["q"]) * D(l["u"]) * (100 - D(l.get("disc") or 0)) / 100
        rows.append([l.get("disp", l["d"]), qty(l["q"]), nfmt(l["u"], n, nstyle) + " " + per_head[l["p"]],
                     (l["disc"] + "%") if l.get("disc") else "-", nfmt(net, n, nstyle)])
    return rows


ME_W = (70, 16, 40, 20, 28)
ME_A = ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT")
PER_Y = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}

_f = form("multi-entity", 1, cust="Marrowfield Holdings plc", vend="Skyquill Workforce Ltd", me_brand="SKYQUILL",
          me_aff="Marrowfield Nordic ApS",
          ofn="SQ-GRP-5521", email="payables@marrowfield.example", cur="GBP", df="ukp", eff="2026-01-28",
          start="2026-02-01", end="2027-01-31", term=12, auto=True, rterm=12, notice=60, pay=30,
          freq="annual", timing="advance",
          lines=[L("Workforce Planning Suite", 350, "42.00", "year", shown=True),
                 L("Analytics Pack", 1, "6000.00", "year", shown=True)],
          tcv=True, signers=("Oliver Penrose, Group Finance Director", "Claire Whitby, Head of Sales"))
_f.update(
    me_billto=["Marrowfield Holdings plc", "30 St Mary Axe Lane, London EC3A 8BF",
               "Accounts payable: payables@marrowfield.example"],
    me_provider=["Skyquill Workforce Ltd", "4 Canal Wharf, Manchester M1 7JR", "Company no. 11928374"],
    me_intro="This order covers two group companies. Section A is bought by, and invoiced to, the Bill-To entity "
             "in pounds sterling. Section B is bought by a participating affiliate, which will receive its own "
             "invoices in Danish kroner under a separate reference. Each Section is a separate contract for "
             "billing and payment.",
    me_sec={"A": {"title": "Section A - Marrowfield Holdings plc (GBP)",
                  "intro": "Subscription period 1 February 2026 to 31 January 2027 (12 months). Invoiced annually in "
                           "advance to the Bill-To entity.",
                  "rows": me_rows(_f, _f["lines"], "GBP", "us", PER_Y) + [["Section A total for the term (GBP)", "", "", "", "20,700.00"]],
                  "widths": ME_W, "align": ME_A, "bold": (3,)},
            "B": {"title": "Section B - Participating affiliate: Marrowfield Nordic ApS (DKK)",
                  "intro": "Invoiced separately to Marrowfield Nordic ApS, Vesterbrogade 120, 1620 København V, under "
                           "affiliate reference SQ-GRP-5521-B. Not part of the Bill-To entity's invoices.",
                  "rows": [["Product", "Qty", "Unit price", "Discount", "Net per period"],
                           ["Workforce Planning Suite", "60", "310,00 per year", "-", "18.600,00"],
                           ["Section B total for the term (DKK)", "", "", "", "18.600,00"]],
                  "widths": ME_W, "align": ME_A, "bold": (2,)}},
    me_terms=["Renewal Term: February 1, 2027 - January 31, 2028 (12 months), and each year after that, unless "
              "either party gives at least 60 days' written notice of non-renewal before the current term ends.",
              "Payment: thirty (30) days from the invoice date, in the currency of the relevant Section.",
              "Each entity is liable only for the fees in its own Section."],
    desc="Multi-entity group order with two sections. Gold follows the top 'BILL TO' box (Marrowfield Holdings plc), "
         "whose fees are Section A in GBP; Section B (Marrowfield Nordic ApS, DKK 18.600,00, own reference "
         "SQ-GRP-5521-B, invoiced separately) is excluded from lines and totals. Section A: 350 x 42.00 = 14,700.00 "
         "and Analytics Pack 6,000.00 per year, shown; Section A total for the 12-month term 20,700.00 = TCV. "
         "Renewal term stated as a date range of 12 months with 60 days' notice.",
    tags=["multi-entity", "two-currencies", "bill-to-decides", "renewal-date-range"])

_f = form("multi-entity", 2, cust="Castellan Foods, S.A. de C.V.", vend="Ordenia Cloud, S. de R.L. de C.V.",
          me_brand="ORDENIA", me_aff="Castellan Foods USA, Inc.",
          ofn="OC-GRP-2026-118", email="cxp@castellanfoods.example", cur="MXN", cs="MXN ", df="dot",
          eff="2026-03-18", start="2026-04-01", end="2029-03-31", term=36, pay=30, freq="annual",
          timing="advance", po_req=True, po="OC-4410-2026", late="2",
          lines=[L("Planta Digital MES - per plant", 3, "185000.00", "year", disc="10", shown=True),
                 L("Implementation and line integration", 1, "120000.00", "one_time", shown=True)],
          tcv=True,
          nst=["Bill-To parent guarantees payment of the US affiliate's Section B fees if the affiliate does not "
               "pay within 60 days of its due date"],
          signers=("Rodrigo Castellanos, Director de Finanzas", "Mariana Ochoa, Directora Comercial"))
_f.update(
    me_billto=["Castellan Foods, S.A. de C.V.", "Blvd. Díaz Ordaz 410, Monterrey, N.L. 64650",
               "Cuentas por pagar: cxp@castellanfoods.example", "PO / Orden de compra: OC-4410-2026"],
    me_provider=["Ordenia Cloud, S. de R.L. de C.V.", "Paseo de la Reforma 296, Piso 9, CDMX 06600",
                 "US affiliate invoicing: Ordenia Cloud Inc."],
    me_intro="Castellan Foods buys for itself and for its US subsidiary. Section A is invoiced by Ordenia Cloud, "
             "S. de R.L. de C.V. to the Bill-To entity in Mexican pesos. Section B is invoiced by Ordenia Cloud Inc. "
             "to Castellan Foods USA, Inc. in US dollars under reference OC-GRP-2026-118-US.",
    me_sec={"A": {"title": "Section A - Castellan Foods, S.A. de C.V. (MXN)",
                  "intro": "Term: 01.04.2026 - 31.03.2029 (thirty-six months). Annual fees invoiced in advance on "
                           "01.04 of each year; implementation invoiced with the first annual fee.",
                  "rows": me_rows(_f, _f["lines"], "MXN", "us", PER_Y) + [
                      ["Total Section A, 36 months (499,500.00 x 3 + 120,000.00)", "", "", "", "1,618,500.00"]],
                  "widths": ME_W, "align": ME_A, "bold": (3,)},
            "B": {"title": "Section B - Castellan Foods USA, Inc. (USD) - invoiced separately",
                  "intro": "Same term. Invoiced annually in advance by Ordenia Cloud Inc. to Castellan Foods USA, "
                           "Inc., 1200 Commerce St, Laredo, TX 78040.",
                  "rows": [["Product", "Qty", "Unit price", "Discount", "Net per period"],
                           ["Planta Digital MES - per plant", "1", "10,500.00 per year", "-", "10,500.00"]],
                  "widths": ME_W, "align": ME_A}},
    me_terms=["Section A invoices must quote purchase order OC-4410-2026; invoices without it will be rejected.",
              "Payment terms: 30 days net. Late payments bear interest at 2% per month.",
              "If Castellan Foods USA, Inc. does not pay a Section B invoice within 60 days after its due date, "
              "Castellan Foods, S.A. de C.V. will pay it on demand.",
              "This order ends on 31.03.2029; renewal requires a new order."],
    desc="Multi-entity order, MXN parent (Bill To) and USD US subsidiary (Section B). Gold = Section A for the "
         "Bill-To entity. Section A: 3 plants x MXN 185,000.00 less 10% = 499,500.00 per year (shown) + one-time "
         "implementation 120,000.00; stated Section A total 499,500 x 3 + 120,000 = 1,618,500.00. 36-month term, "
         "PO OC-4410-2026 required, late fee 2%/month. The parent's guarantee of the affiliate's fees is "
         "non-standard. Renewal: 'renewal requires a new order' -> auto_renew false.",
    auto=False,
    tags=["multi-entity", "two-currencies", "bill-to-decides", "po-number", "late-fee", "guarantee"])

_f = form("multi-entity", 3, cust="Dunebridge Kuwait W.L.L.", vend="Meridian Gulf Software FZ-LLC", me_brand="MERIDIAN GULF",
          me_aff="Dunebridge Facilities Management L.L.C.",
          ofn="MGS-GO-7740", email="ap.kw@dunebridge.example", cur="KWD", cs="KWD ", df="dmy",
          eff="2026-04-20", start="2026-05-01", end="2028-04-30", term=24, pay=30, freq="quarterly",
          timing="advance",
          lines=[L("Facilities CMMS - technician licence", 120, "9.750", "month", shown=True),
                 L("Mobile Inspections add-on", 40, "2.500", "month", shown=True)],
          tcv=True, minc={"amount": "1000.000", "period": "month"},
          signers=("Fahad Al-Mutairi, General Manager", "Rahul Menon, Sales Director"))
_f.update(
    me_billto=["Dunebridge Kuwait W.L.L.", "Block 3, Street 14, Shuwaikh Industrial, Kuwait City",
               "ap.kw@dunebridge.example"],
    me_provider=["Meridian Gulf Software FZ-LLC", "Dubai Internet City, Building 9, Dubai, UAE"],
    me_intro="This order is placed by Dunebridge Kuwait W.L.L. for itself (Section A, Kuwaiti dinar) and for its "
             "sister company in the UAE (Section B, UAE dirham). Provider will issue separate invoices to each "
             "company for its own Section only.",
    me_sec={"A": {"title": "Section A - Dunebridge Kuwait W.L.L. (KWD, 3 decimals)",
                  "intro": "Service period 1-May-26 to 30-Apr-28 (24 months). Monthly fees are invoiced quarterly "
                           "in advance (three months per invoice).",
                  "rows": me_rows(_f, _f["lines"], "KWD", "us", PER_Y) + [
                      ["Section A monthly fees", "", "", "", "1,270.000"],
                      ["Section A total for 24 months", "", "", "", "30,480.000"]],
                  "widths": ME_W, "align": ME_A, "bold": (3, 4),
                  "notes": ["Minimum commitment: Section A fees will not be less than KWD 1,000.000 per month even "
                            "if licence counts are reduced."]},
            "B": {"title": "Section B - Dunebridge Facilities Management L.L.C. (AED)",
                  "intro": "Invoiced separately to the UAE company under reference MGS-GO-7740-AE.",
                  "rows": [["Product", "Qty", "Unit price", "Discount", "Net per period"],
                           ["Facilities CMMS - technician licence", "200", "95.00 per month", "-", "19,000.00"]],
                  "widths": ME_W, "align": ME_A}},
    me_terms=["Payment within 30 days of invoice. Each Section is paid in its own currency.",
              "Licence counts may be increased at any time; increases are added to the next quarterly invoice."],
    desc="Multi-entity order: Bill-To is the Kuwaiti company, billed in KWD with three decimals; the UAE sister "
         "company's AED Section B is invoiced separately and excluded. Section A lines are priced per month: "
         "120 x 9.750 = 1,170.000 and 40 x 2.500 = 100.000 per month (shown), 1,270.000 per month x 24 = "
         "30,480.000 stated as Section A total. Invoiced quarterly in advance. Minimum KWD 1,000.000 per month. "
         "Renewal not addressed (null). Dates in 1-May-26 style.",
    tags=["multi-entity", "two-currencies", "bill-to-decides", "kwd", "three-decimals", "minimum-commitment"])

_f = form("multi-entity", 4, cust="Ipê Varejo Ltda.", vend="Sabiá Tecnologia Ltda.", me_brand="SABIÁ",
          me_aff="Ipê Retail LLC",
          ofn="SAB-2026-0931", email="contas.pagar@ipevarejo.example", cur="BRL", cs="R$ ", nf="de", df="dot",
          eff="2026-06-22", start="2026-07-01", term=12, auto=True, rterm=12, notice=30, pay=10,
          freq="monthly", timing="arrears", anchor="calendar_month",
          lines=[L("PDV Nuvem - loja", 85, "159.00", "month", shown=True),
                 L("Gestão de Estoque - loja", 85, "49.00", "month", shown=True)],
          deal={"account_name": "Ipe Varejo Ltda"},
          signers=("Beatriz Moraes, Diretora Financeira", "Caio Tavares, Gerente Comercial"))
_f.update(
    me_billto=["Ipê Varejo Ltda.", "CNPJ 12.345.678/0001-90", "Rua Augusta 1800, São Paulo - SP, 01412-000",
               "contas.pagar@ipevarejo.example"],
    me_provider=["Sabiá Tecnologia Ltda.", "Av. Ipiranga 6681, Porto Alegre - RS"],
    me_intro="Ipê Varejo orders for its Brazilian stores (Section A, reais) and, as a courtesy, lists the order of "
             "its US affiliate (Section B, US dollars), which signs separately and pays its own invoices.",
    me_sec={"A": {"title": "Section A - Ipê Varejo Ltda. (BRL)",
                  "intro": "Vigência: 12 (doze) meses a partir de 01.07.2026. Fees are charged per calendar month "
                           "in arrears; the invoice for each month is issued on its last day.",
                  "rows": me_rows(_f, _f["lines"], "BRL", "de", {"month": "por mês", "year": "por ano", "one_time": "único"},
                                  cols=("Produto", "Lojas", "Preço unitário (R$)", "Desconto", "Valor mensal (R$)")) + [
                      ["Total mensal Section A", "", "", "", "17.680,00"]],
                  "widths": ME_W, "align": ME_A, "bold": (3,)},
            "B": {"title": "Section B - Ipê Retail LLC (USD), separate invoicing",
                  "intro": "Ipê Retail LLC, 801 Brickell Ave, Miami FL 33131. Reference SAB-2026-0931-US.",
                  "rows": [["Product", "Stores", "Unit price", "Discount", "Monthly amount"],
                           ["PDV Nuvem - store", "4", "35.00 per month", "-", "140.00"]],
                  "widths": ME_W, "align": ME_A}},
    me_terms=["Payment ten (10) days after the invoice date (boleto bancário).",
              "At the end of the 12 months the subscription renews for another 12 months unless either party "
              "cancels with at least 30 days' notice."],
    desc="Brazilian Bill-To entity in BRL (German-style 1.234,56 numbers), USD affiliate Section B excluded. Term "
         "stated only as '12 (doze) meses a partir de 01.07.2026' -> end date derived 2027-06-30. Per-store monthly "
         "prices: 85 x 159,00 = 13.515,00 and 85 x 49,00 = 4.165,00 per month (shown), 17.680,00 per month; no term "
         "total stated. Monthly in arrears on calendar months (anchor calendar_month), payment 10 days. "
         "DELIBERATE CRM MISMATCH: deal.json account_name is 'Ipe Varejo Ltda' (no accent, no period) while the "
         "form says 'Ipê Varejo Ltda.'. Deal amount = 17,680 x 12 = 212,160.00.",
    tags=["multi-entity", "two-currencies", "bill-to-decides", "brl", "arrears", "crm-mismatch", "end-date-derived"])


# ================================================================= LAYOUT 5: pricing-matrix
# Products as rows, contract years as columns (a ramp expressed as a matrix).

def build_matrix(f):
    dd = D_(f)
    pdf = Doc(orientation="L")
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    pdf.set_font("Courier", "B", 18)
    pdf.cell(0, 8, f["pm_brand"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, f["pm_vaddr"], new_x="LMARGIN", new_y="NEXT")
    pdf.gap(3)
    pdf.t(f["pm_title"], 14, "B")
    pdf.t(f["pm_sub"], 9, color=(80, 80, 80))
    pdf.gap(2)
    pdf.t(f["pm_pre"], 9.5, h=4.8)
    pdf.gap(2)
    years = f["pm_years"]  # list of (label, start, end)
    prods = []
    for l in f["lines"]:
        if l["d"] not in prods:
            prods.append(l["d"])
    n = cdec(f["cur"])
    ns = f.get("nf", "us")
    rows = [[f["pm_corner"]] + [f"{lab}\n{dd(a)} - {dd(b)}" for lab, a, b in years]]
    ytot = [D(0)] * len(years)
    for pname in prods:
        r = [f["pm_rowname"].get(pname, pname)]
        for yi, (lab, a, b) in enumerate(years):
            cell = "-"
            for l in f["lines"]:
                if l["d"] != pname:
                    continue
                if (l["p"] == "one_time" and l.get("yr") == yi) or (l.get("s") == a):
                    net = line_net(f, l)
                    ytot[yi] += net
                    txt = f"{qty(l['q'], ns)} x {nfmt(l['u'], n, ns)}"
                    if l.get("disc"):
                        txt += f" less {l['disc']}%"
                    cell = txt + f"\n= {nfmt(net, n, ns)}" + (" (one-time)" if l["p"] == "one_time" else "")
            r.append(cell)
        rows.append(r)
    rows.append([f"Total per contract year ({f['cur']})"] + [nfmt(t, n, ns) for t in ytot])
    nb = [len(rows) - 1]
    if f.get("tcv"):
        rows.append([f"Total contract value ({f['cur']})"] + [""] * (len(years) - 1) + [nfmt(tcv(f), n, ns)])
        nb.append(len(rows) - 1)
        assert sum(ytot) == tcv(f), (f["nn"], sum(ytot), tcv(f))
    W = pdf.w - 32
    first = 80
    table(pdf, rows, [first] + [(W - first) / len(years)] * len(years), size=9,
          align=["LEFT"] + ["RIGHT"] * len(years), bold_rows=nb, heading_fill=(210, 225, 240))
    pdf.t(f["pm_matrix_note"], 8, "I", h=4)
    pdf.gap(3)
    # terms in two columns-ish list
    pdf.t("Commercial terms", 11, "B")
    table(pdf, [[k, v] for k, v in f["pm_terms"]], (60, W - 60), header=False, size=9, borders="HORIZONTAL_LINES")
    pdf.add_page()
    pdf.t("General terms", 11, "B")
    boiler(pdf, f.get("bkeys", [0, 1, 2, 3, 4, 5, 6, 8, 9, 11]), numbered=True, size=8)
    sigblock(pdf, "Accepted by Customer", f["cust"], "Accepted by Vendor", f["vend"], names=f.get("signers", ("", "")))
    return pdf


Y3 = lambda a, b, c, d: [("Year 1", a, end_of(a, 12)), ("Year 2", b, end_of(b, 12)), ("Year 3", c, end_of(c, 12))]

form("pricing-matrix", 1, cust="Oakhurst Capital Partners, L.P.", vend="Ledgerline Systems, Inc.",
     pm_brand="LEDGERLINE", pm_vaddr="Ledgerline Systems, Inc. - 55 Water Street, New York, NY 10041",
     pm_title="Order Form LL-Q-33017", pm_sub="Fund accounting platform - three-year subscription",
     pm_pre="Ledgerline Systems, Inc. (\"Vendor\") and Oakhurst Capital Partners, L.P. (\"Customer\") agree to the "
            "subscription described in the pricing matrix below, effective September 15, 2026. Each column is one "
            "contract year; the amounts in a column are invoiced together at the start of that year.",
     ofn="LL-Q-33017", email="fundops-ap@oakhurstcap.example", cur="USD", df="usabbr", eff="2026-09-15",
     start="2026-10-01", end="2029-09-30", term=36, auto=True, rterm=12, notice=60, pay=30, freq="annual",
     timing="advance",
     pm_years=Y3("2026-10-01", "2027-10-01", "2028-10-01", None), pm_corner="Product (annual fees, USD)",
     pm_rowname={"Platform fee": "Platform fee", "Analyst seats": "Analyst seats (per named user per year)"},
     lines=[L("Platform fee", 1, "40000.00", "year", shown=True, s_="2026-10-01", e_="2027-09-30"),
            L("Platform fee", 1, "44000.00", "year", shown=True, s_="2027-10-01", e_="2028-09-30"),
            L("Platform fee", 1, "48000.00", "year", shown=True, s_="2028-10-01", e_="2029-09-30"),
            L("Analyst seats", 100, "120.00", "year", shown=True, s_="2026-10-01", e_="2027-09-30"),
            L("Analyst seats", 150, "120.00", "year", shown=True, s_="2027-10-01", e_="2028-09-30"),
            L("Analyst seats", 200, "120.00", "year", shown=True, s_="2028-10-01", e_="2029-09-30")],
     tcv=True,
     pm_matrix_note="Seats may be added mid-year at the unit price of the current column, prorated to the end of "
                    "that contract year.",
     pm_terms=[("Subscription term", "Oct 1, 2026 - Sep 30, 2029 (36 months)"),
               ("Invoicing", "Annually in advance at the start of each contract year"),
               ("Payment", "Net 30 from invoice date"),
               ("Bill to", "Oakhurst Capital Partners, L.P. - fundops-ap@oakhurstcap.example"),
               ("Renewal", "Automatic 12-month renewals unless either party gives 60 days' prior written notice")],
     signers=("Nadia Fremont, COO", "Victor Hale, SVP Sales"),
     desc="Pricing matrix, products as rows and contract years as columns = ramp. Gold has one line per product "
          "per year (document row order: Platform Y1-Y3 then Seats Y1-Y3), each with the year's dates. Platform "
          "40,000/44,000/48,000; seats 100/150/200 x $120.00 = 12,000/18,000/24,000 (shown in cells). Year "
          "totals 52,000/62,000/72,000; TCV 186,000.00 stated. Row label note '(per named user per year)' is "
          "dropped from the description.",
     tags=["pricing-matrix", "ramp", "landscape", "multi-year"])

form("pricing-matrix", 2, cust="Brückner Maschinenbau GmbH", vend="Taktwerk Software GmbH",
     pm_brand="taktwerk", pm_vaddr="Taktwerk Software GmbH - Rosenheimer Str. 145, 81671 München - HRB 220418",
     pm_title="Bestellschein / Order Form", pm_sub="Angebot TW-2026-448 angenommen - accepted quotation",
     pm_pre="Between Taktwerk Software GmbH (Vendor) and Brückner Maschinenbau GmbH (Customer). Effective date: "
            "30.11.2026. Prices in euro (EUR).",
     ofn="TW-2026-448", email="kreditoren@brueckner-mb.example", cur="EUR", cs="€ ", nf="de", df="dot",
     eff="2026-11-30", start="2027-01-01", end="2028-12-31", term=24, auto=False, pay=14, freq="annual",
     timing="advance", po_req=False,
     pm_years=[("Jahr 1 / Year 1", "2027-01-01", "2027-12-31"), ("Jahr 2 / Year 2", "2028-01-01", "2028-12-31")],
     pm_corner="Leistung / Item",
     pm_rowname={"MES Connect - Nutzer": "MES Connect - Nutzer (named users, price per user per year)",
                 "Schnittstellenpaket SAP": "Schnittstellenpaket SAP (interface package, per year)"},
     lines=[L("MES Connect - Nutzer", 50, "600.00", "year", disc="15", shown=True, s_="2027-01-01", e_="2027-12-31"),
            L("MES Connect - Nutzer", 80, "600.00", "year", disc="10", shown=True, s_="2028-01-01", e_="2028-12-31"),
            L("Schnittstellenpaket SAP", 1, "9000.00", "year", shown=True, s_="2027-01-01", e_="2027-12-31"),
            L("Schnittstellenpaket SAP", 1, "9000.00", "year", shown=True, s_="2028-01-01", e_="2028-12-31")],
     tcv=True,
     pm_matrix_note="Launch discount: 15% on users in year 1, 10% in year 2. No discount on the interface package.",
     pm_terms=[("Laufzeit / Term", "01.01.2027 - 31.12.2028, 24 Monate"),
               ("Rechnung / Invoicing", "Jährlich im Voraus / annually in advance"),
               ("Zahlungsziel / Payment", "14 Tage netto / 14 days net"),
               ("Rechnungen an / Invoices to", "kreditoren@brueckner-mb.example"),
               ("Bestellnummer / PO", "Not required - Customer confirms no purchase order will be issued"),
               ("Verlängerung / Renewal", "None - the subscription ends on 31.12.2028 unless a new order is signed")],
     signers=("Dr. Katrin Brückner, Geschäftsführerin", "Stefan Maier, Vertrieb"),
     desc="Two-year matrix in EUR with German number format and bilingual labels. Year-specific discounts inside "
          "cells: users 50 x 600,00 less 15% = 25.500,00 (Y1), 80 x 600,00 less 10% = 43.200,00 (Y2); SAP "
          "package 9.000,00 each year. Year totals 34.500,00 / 52.200,00; TCV 86.700,00. Form states no PO is "
          "required (po_required false) and no renewal (auto_renew false). Effective date 30.11.2026 stated in the "
          "preamble.",
     tags=["pricing-matrix", "ramp", "landscape", "discount", "eu-number-format", "po-not-required"])

form("pricing-matrix", 3, cust="Alpenrand Versicherung AG", vend="Gletscher Analytics AG",
     pm_brand="GLETSCHER", pm_vaddr="Gletscher Analytics AG - Bahnhofstrasse 71, 8001 Zürich - CHE-412.009.871",
     pm_title="Subscription Order", pm_sub="Order no. GA-3107 - Risk Engine, three-year term",
     pm_pre="This Subscription Order, dated 12 June 2026, is made between Gletscher Analytics AG and Alpenrand "
            "Versicherung AG. Prices are in Swiss francs (CHF), excluding VAT.",
     ofn="GA-3107", email="kreditoren@alpenrand.example", cur="CHF", cs="CHF ", nf="ch", df="ukp",
     eff="2026-06-12", start="2026-07-01", end="2029-06-30", term=36, auto=True, rterm=12, notice=90, pay=30,
     freq="quarterly", timing="advance", late="1",
     pm_years=Y3("2026-07-01", "2027-07-01", "2028-07-01", None), pm_corner="Component (annual fees, CHF)",
     pm_rowname={},
     lines=[L("Risk Engine - core licence", 1, "96000.00", "year", shown=True, s_="2026-07-01", e_="2027-06-30"),
            L("Risk Engine - core licence", 1, "99000.00", "year", shown=True, s_="2027-07-01", e_="2028-06-30"),
            L("Risk Engine - core licence", 1, "102000.00", "year", shown=True, s_="2028-07-01", e_="2029-06-30"),
            L("Actuarial workbench users", 25, "1800.00", "year", shown=True, s_="2026-07-01", e_="2027-06-30"),
            L("Actuarial workbench users", 25, "1800.00", "year", shown=True, s_="2027-07-01", e_="2028-06-30"),
            L("Actuarial workbench users", 25, "1800.00", "year", shown=True, s_="2028-07-01", e_="2029-06-30")],
     tcv=True,
     pm_matrix_note="Each year's amount is invoiced in four equal quarterly instalments in advance.",
     pm_terms=[("Term", "1 July 2026 to 30 June 2029 (36 months)"),
               ("Invoicing", "Quarterly in advance - one quarter of the current year's column per invoice"),
               ("Payment", "30 days net; overdue amounts bear default interest of 1% per month"),
               ("Invoices to", "kreditoren@alpenrand.example"),
               ("Renewal", "Renews for 12 months at a time unless cancelled with 90 days' written notice")],
     signers=("Martin Gerber, CFO", "Sabine Roth, Managing Director"),
     desc="Three-year matrix in CHF using apostrophe thousands (1'800.00). Core licence steps 96'000 / 99'000 / "
          "102'000; 25 users x 1'800.00 = 45'000.00 each year. Year totals 141'000 / 144'000 / 147'000; TCV "
          "432'000.00. Annual amounts invoiced quarterly in advance (billing_frequency quarterly, prices per "
          "year). 1% per month default interest. The rising core price is a ramp, not a stated escalator "
          "percentage, so price_escalator_percent is null.",
     tags=["pricing-matrix", "ramp", "landscape", "chf", "apostrophe-thousands", "late-fee"])

form("pricing-matrix", 4, cust="Kystvind Energi", vend="Nordsø Data ApS",
     pm_brand="NORDSØ DATA", pm_vaddr="Nordsø Data ApS - Havnegade 21, 6700 Esbjerg - CVR 41 22 87 60",
     pm_title="Order: Asset Monitoring, 2027-2029", pm_sub="Ref. ND-KV-0042",
     pm_pre="Kystvind Energi orders the services below from Nordsø Data ApS under the framework terms attached. "
            "Order date 01.10.2026. All amounts are in Danish kroner (DKK) excluding moms.",
     ofn="ND-KV-0042", email="kreditor@kystvind.example", cur="DKK", cs="DKK ", nf="de", df="dot",
     eff="2026-10-01", start="2027-01-01", end="2029-12-31", term=None, pay=30, freq="annual", timing="advance",
     pm_years=[("2027", "2027-01-01", "2027-12-31"), ("2028", "2028-01-01", "2028-12-31"),
               ("2029", "2029-01-01", "2029-12-31")],
     pm_corner="Service",
     pm_rowname={"Turbine sensor connectivity": "Turbine sensor connectivity (per turbine, per year)"},
     lines=[L("Asset Monitoring Platform", 1, "420000.00", "year", shown=True, s_="2027-01-01", e_="2027-12-31"),
            L("Asset Monitoring Platform", 1, "450000.00", "year", shown=True, s_="2028-01-01", e_="2028-12-31"),
            L("Asset Monitoring Platform", 1, "480000.00", "year", shown=True, s_="2029-01-01", e_="2029-12-31"),
            L("Turbine sensor connectivity", 120, "1150.00", "year", shown=True, s_="2027-01-01", e_="2027-12-31"),
            L("Turbine sensor connectivity", 140, "1150.00", "year", shown=True, s_="2028-01-01", e_="2028-12-31"),
            L("Turbine sensor connectivity", 160, "1150.00", "year", shown=True, s_="2029-01-01", e_="2029-12-31"),
            L("Commissioning", 1, "75000.00", "one_time", shown=True, yr=0)],
     tcv=True,
     pm_matrix_note="Commissioning is a one-time fee invoiced with the 2027 column.",
     pm_terms=[("Service period", "01.01.2027 - 31.12.2029"),
               ("Invoicing", "Each calendar-year column is invoiced in advance in early January"),
               ("Payment", "Netto 30 dage / 30 days net"),
               ("Invoice address", "kreditor@kystvind.example (EAN/OIOUBL e-invoice)"),
               ("Termination for convenience", "Customer may end the order at the end of any calendar year on 6 "
                "months' notice, paying 25% of the remaining years' platform fees as a break fee")],
     signers=("Henrik Dahl, Indkøbschef", "Mette Lund, Salgsdirektør"),
     desc="Three calendar-year matrix in DKK (1.234,56 style). Customer named without a legal suffix ('Kystvind "
          "Energi') throughout, so that is the gold name. Columns headed only by the year plus its date range; "
          "term length never stated in months -> term_months null, derived 36. Platform 420.000/450.000/480.000; "
          "connectivity 120/140/160 x 1.150,00 = 138.000/161.000/184.000; one-time commissioning 75.000,00 in "
          "the 2027 column (no dates). Year totals 633.000/611.000/664.000; TCV 1.908.000,00. Renewal not stated. "
          "Termination for convenience with a 25% break fee is non-standard.",
     nst=["Customer may terminate for convenience at the end of any calendar year on 6 months' notice, paying a "
          "break fee of 25% of the remaining years' platform fees"],
     tags=["pricing-matrix", "ramp", "landscape", "dkk", "no-legal-suffix", "term-from-dates", "one-time-fee"])


# ================================================================= LAYOUT 6: smallcaps-margin
# Every label sits in the left margin in small capitals; values are indented prose paragraphs.

def build_smallcaps(f):
    pdf = Doc()
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("Times", "", 22)
    pdf.cell(0, 10, f["sc_brand"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 9)
    pdf.cell(0, 5, f["sc_vaddr"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.gap(6)
    pdf.set_font("Times", "B", 13)
    pdf.set_char_spacing(1.5)
    pdf.cell(0, 7, f["sc_title"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.gap(6)
    LX, VX = 18, 64
    VW = pdf.w - VX - 18
    for lab, paras in f["sc_sections"]:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(LX, y + 0.6)
        pdf.set_font("Helvetica", "", 7)
        pdf.set_char_spacing(0.8)
        pdf.set_text_color(110, 110, 110)
        pdf.multi_cell(VX - LX - 4, 3.6, lab.upper(), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        pdf.set_text_color(0, 0, 0)
        ylab = pdf.get_y()
        pdf.set_xy(VX, y)
        for i, p in enumerate(paras):
            pdf.set_x(VX)
            pdf.set_font("Times", "", 10.5)
            pdf.multi_cell(VW, 5, p, new_x="LEFT", new_y="NEXT")
            if i < len(paras) - 1:
                pdf.ln(1.5)
        pdf.set_y(max(ylab, pdf.get_y()) + 4)
    pdf.set_x(18)
    # boilerplate as further margin-labelled sections
    for k in f.get("bkeys", [1, 2, 4, 8, 10, 11]):
        h, body = BOILER[k]
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(LX, y + 0.6)
        pdf.set_font("Helvetica", "", 7)
        pdf.set_char_spacing(0.8)
        pdf.set_text_color(110, 110, 110)
        pdf.multi_cell(VX - LX - 4, 3.6, h.upper(), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        pdf.set_text_color(0, 0, 0)
        ylab = pdf.get_y()
        pdf.set_xy(VX, y)
        pdf.set_font("Times", "", 9.5)
        pdf.multi_cell(VW, 4.5, body, new_x="LEFT", new_y="NEXT")
        pdf.set_y(max(ylab, pdf.get_y()) + 3)
    pdf.set_x(18)
    sigblock(pdf, "CUSTOMER", f["cust"], "PROVIDER", f["vend"], names=f.get("signers", ("", "")),
             ldate=f.get("sc_sigdate", ""), rdate=f.get("sc_sigdate", ""))
    return pdf


form("smallcaps-margin", 1, cust="Pellucid Health Partners, LLC", vend="Orrery Data Corp.",
     sc_brand="Orrery", sc_vaddr="Orrery Data Corp.  -  600 Congress Avenue, Austin, Texas 78701",
     sc_title="Subscription Order OD-2026-0715",
     ofn="OD-2026-0715", email="payables@pellucidhealth.example", cur="USD", eff="2026-07-15",
     start="2026-08-01", end="2027-07-31", term=12, auto=True, rterm=12, notice=45, pay=30, freq="annual",
     timing="advance", late="1.5",
     lines=[L("Analyst seats", 75, "1020.00", "year", disc="10", shown=True),
            L("Enterprise Platform licence", 1, "36000.00", "year", shown=True)],
     tcv=True,
     sc_sections=[
         ("Parties", ["Orrery Data Corp., a Delaware corporation (\"Orrery\").",
                      "Pellucid Health Partners, LLC, of 1200 Lamar Boulevard, Austin, Texas (\"Customer\")."]),
         ("Order date", ["July 15, 2026, which is the Effective Date of this order."]),
         ("Subscription term", ["Twelve (12) months, beginning August 1, 2026 and ending July 31, 2027."]),
         ("What is ordered", ["Seventy-five (75) Analyst seats at USD 1,020.00 per seat per year, less a ten "
                              "percent (10%) discount, for USD 68,850.00 per year.",
                              "An Enterprise Platform licence of USD 36,000.00 per year, covering hosting, "
                              "three environments and standard connectors."]),
         ("Total", ["The total fees for the subscription term are USD 104,850.00."]),
         ("Invoicing and payment", ["Orrery will invoice all fees annually in advance on the first day of the "
                                    "term. Customer pays within thirty (30) days of the invoice date. Amounts "
                                    "unpaid when due accrue a late charge of 1.5% per month.",
                                    "Invoices go by e-mail to payables@pellucidhealth.example."]),
         ("Renewal", ["The subscription renews for further twelve-month periods unless either party tells the "
                      "other in writing at least forty-five (45) days before the end of the current period that "
                      "it does not wish to renew."])],
     signers=("Rosa Delgado, CEO", "Ian Whitcombe, CRO"),
     desc="Margin-label layout: small-caps labels in the left margin, values as indented prose. Fees in prose "
          "only: 75 seats x $1,020.00 less 10% = $68,850.00 per year (net stated) and platform $36,000.00 per "
          "year; stated total for the term $104,850.00 (= 68,850 + 36,000 for a 12-month term). Late charge "
          "1.5% per month; 45 days' non-renewal notice.",
     tags=["margin-labels", "prose-fees", "discount", "late-fee"])

form("smallcaps-margin", 2, cust="Maison Véronde SAS", vend="Calliope Retail Tech SAS", df="ukp",
     sc_brand="CALLIOPE", sc_vaddr="Calliope Retail Tech SAS  -  18 rue de la Chaussée-d'Antin, 75009 Paris",
     sc_title="Bon de commande", ofn=None, email="fournisseurs@veronde.example", cur="EUR", cs="EUR ", nf="fr",
     eff="2026-02-10", start="2026-03-01", term=24, auto=True, rterm=12, notice=90, pay=45, freq="quarterly",
     timing="advance", esc="3",
     lines=[L("Store licences", 42, "210.00", "month"),
            L("Central merchandising console", 1, "1900.00", "month", shown=True)],
     deal={"amount": "261139.20"},
     sc_sections=[
         ("Between", ["Calliope Retail Tech SAS (the Provider) and Maison Véronde SAS, 4 place Bellecour, 69002 "
                      "Lyon (the Customer)."]),
         ("Signed on", ["10 February 2026 (the Effective Date)."]),
         ("Commencement and duration", ["The service commences on 1 March 2026 and runs for twenty-four (24) "
                                        "months."]),
         ("Fees", ["Store licences: 42 stores at EUR 210,00 per store per month.",
                   "Central merchandising console: EUR 1 900,00 per month.",
                   "On each anniversary of the commencement date all fees increase by three per cent (3%)."]),
         ("Invoicing", ["Quarterly in advance. Payment forty-five (45) days from the invoice date by bank "
                        "transfer. Invoices are sent to fournisseurs@veronde.example."]),
         ("Renewal", ["At expiry the order renews by tacit agreement for periods of twelve (12) months unless "
                      "terminated by registered letter at least ninety (90) days before expiry."])],
     signers=("Claire Véronde, Directrice générale", "Hugo Marchand, Directeur commercial"),
     desc="Margin-label layout in French-style number format (1 900,00). No order number on the form. Term 24 "
          "months from 1 March 2026; end date not written -> null, derived 2028-02-29 (leap year). Store licences "
          "42 x EUR 210,00 per month: the monthly total (8 820,00) is never printed, so net_amount null; console "
          "EUR 1 900,00 per month (qty 1, shown). 3% increase on each anniversary -> escalator 3 (no separate "
          "year-2 lines because the document does not list year-2 prices). No total stated. The CRM amount "
          "261139.20 includes the year-2 escalation: 10,720 x 12 + 11,041.60 x 12.",
     tags=["margin-labels", "prose-fees", "escalator", "fr-number-format", "end-date-derived", "no-order-number"])

form("smallcaps-margin", 3, cust="Sandstone Hospitality Group", vend="Falcon Ledger Technologies L.L.C.",
     sc_brand="FALCON LEDGER", sc_vaddr="Falcon Ledger Technologies L.L.C.  -  Office 2104, Al Moosa Tower 2, Sheikh Zayed Road, Dubai",
     sc_title="Service Order FLT-SO-0912", ofn="FLT-SO-0912", email="ap@sandstonehospitality.example",
     cur="AED", cs="AED ", df="ukp", eff="2026-08-18", start="2026-09-01", end="2027-08-31", term=12, pay=7,
     freq="monthly", timing="advance", anchor="day:1", po_req=True, po="SHG/PO/2026/0912",
     lines=[L("Property management licence", 14, "4250.00", "month", shown=True),
            L("Configuration and training", 1, "38000.00", "one_time", shown=True)],
     minc={"amount": "600000.00", "period": "term"},
     sc_sections=[
         ("Customer", ["Sandstone Hospitality Group, Dubai Hills Business Park, Building 4, Dubai (\"Customer\"). "
                       "Accounts payable: ap@sandstonehospitality.example."]),
         ("Order date", ["18 August 2026."]),
         ("Service period", ["Twelve (12) months from 1 September 2026 to 31 August 2027."]),
         ("Licence fee", ["Property management licence for fourteen (14) hotels at AED 4,250.00 per hotel per "
                          "month, being AED 59,500.00 per month in total, invoiced on the first day of each month "
                          "in advance."]),
         ("One-time fee", ["Configuration and training: AED 38,000.00, invoiced on the order date."]),
         ("Minimum commitment", ["Customer commits to fees of not less than AED 600,000.00 over the service "
                                 "period. If hotels are removed, the shortfall is invoiced with the last monthly "
                                 "invoice."]),
         ("Payment", ["Within seven (7) days of the invoice date. Each invoice must show Customer's purchase "
                      "order number SHG/PO/2026/0912."])],
     signers=("Omar Haddad, Group CFO", "Layla Nasser, Managing Director"),
     desc="Margin-label layout in AED. Customer named without a legal suffix. Vendor only in letterhead and "
          "signature. 14 hotels x AED 4,250.00 = AED 59,500.00 per month (stated), billed monthly in advance on "
          "the 1st (anchor day:1); one-time configuration AED 38,000.00. Minimum commitment AED 600,000.00 over "
          "the term (period term). No total and no renewal wording (auto_renew null). Net 7; PO required and "
          "given. Deal amount = 59,500 x 12 + 38,000 = 752,000.00.",
     tags=["margin-labels", "prose-fees", "aed", "minimum-commitment", "po-number", "no-legal-suffix"])

form("smallcaps-margin", 4, cust="Thornbury & Vale LLP", vend="Quarrystone Legal Tech Ltd",
     sc_brand="Quarrystone", sc_vaddr="Quarrystone Legal Tech Ltd  -  11 Bedford Row, London WC1R 4BU",
     sc_title="Order for Services", ofn="QLT-0771", email="accounts@thornburyvale.example", cur="GBP", cs="£",
     df="uk", eff="2026-11-14", start="2027-01-01", end="2029-12-31", term=36, auto=False, pay=30,
     freq="semiannual", timing="advance",
     lines=[L("Matter workspace licences", 180, "34.00", "month", shown=True),
            L("Document automation module", 1, "2750.00", "quarter", shown=True)],
     tcv=True,
     usage=[{"metric": "E-signature envelopes", "unit": "envelope", "included_quantity": "1000",
             "included_period": "year", "pricing_model": "per_unit",
             "tiers": [{"up_to": None, "unit_price": "0.80"}], "billing_frequency": "semiannual",
             "billing_timing": "arrears"}],
     sc_sections=[
         ("Order reference", ["QLT-0771, dated 14th November 2026."]),
         ("The firm", ["Thornbury & Vale LLP, 2 Temple Gardens, London EC4Y 9AZ."]),
         ("Term", ["Thirty-six (36) months starting on 1st January 2027 and ending on 31st December 2029. The order "
                   "will not renew automatically."]),
         ("Charges", ["Matter workspace licences for 180 fee-earners at £34.00 per user per month, that is "
                      "£6,120.00 a month.",
                      "The document automation module at £2,750.00 per quarter.",
                      "Together these come to £253,320.00 over the term."]),
         ("E-signature", ["The first 1,000 envelopes in each contract year are included. Further envelopes cost "
                          "£0.80 each and are charged half-yearly in arrears."]),
         ("Invoicing", ["Half-yearly in advance, on 1st January and 1st July. Payment within thirty (30) days. "
                        "Invoices to accounts@thornburyvale.example."])],
     signers=("Jonathan Vale, Managing Partner", "Rebecca Stone, Director"),
     desc="Margin-label layout, fees only in prose. Licences 180 x £34.00 per month = £6,120.00 a month "
          "(stated); automation module £2,750.00 per QUARTER (price_period quarter). Stated total £253,320.00 = "
          "6,120 x 36 + 2,750 x 12 = 220,320 + 33,000. Billing semiannual in advance; usage: 1,000 e-signature "
          "envelopes included per contract year, then £0.80 each, half-yearly in arrears. Does not auto-renew.",
     tags=["margin-labels", "prose-fees", "quarterly-price", "semiannual", "usage"])


# ================================================================= LAYOUT 7: engagement-letter
# Consulting-firm engagement letter; the fees are a numbered list inside the letter.

def build_engagement(f):
    dd = D_(f)

    def foot(p):
        p.set_y(-14)
        p.set_font("Times", "I", 7.5)
        p.set_text_color(120, 120, 120)
        p.cell(0, 4, f["el_footer"], align="C", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4, f"{p.page_no()}", align="C")
        p.set_text_color(0, 0, 0)
    pdf = Doc(foot=foot)
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.set_text_color(*f.get("el_color", (20, 40, 80)))
    pdf.cell(0, 7, f["el_brand"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Times", "", 8.5)
    pdf.cell(0, 4, f["el_vaddr"], new_x="LMARGIN", new_y="NEXT")
    pdf.gap(10)
    T = lambda txt, st="", sz=11, h=5.4: pdf.t(txt, sz, st, font="Times", h=h)
    T(dd(f["el_date"]))
    pdf.gap(4)
    for ln in f["el_to"]:
        T(ln)
    pdf.gap(4)
    if f.get("el_ref"):
        T(f["el_ref"], "B")
        pdf.gap(2)
    T(f"Dear {f['el_dear']},")
    pdf.gap(2)
    for p in f["el_intro"]:
        T(p)
        pdf.gap(2.5)
    T(f.get("el_fee_head", "Our fees"), "B")
    pdf.gap(1)
    for i, p in enumerate(f["el_fees"], 1):
        y = pdf.get_y()
        pdf.set_font("Times", "", 11)
        pdf.set_x(30)
        pdf.cell(8, 5.4, f"{i}.")
        pdf.set_x(38)
        pdf.multi_cell(pdf.w - 38 - 25, 5.4, p, new_x="LMARGIN", new_y="NEXT")
        pdf.gap(1.5)
    pdf.gap(1.5)
    for h, ps in f["el_sections"]:
        T(h, "B")
        pdf.gap(1)
        for p in ps:
            T(p)
            pdf.gap(2)
    T("Our standard terms of business are set out in the enclosure and form part of this engagement.")
    pdf.gap(3)
    T("Yours sincerely,")
    pdf.gap(10)
    T(f["el_signer"])
    T(f["vend"])
    pdf.gap(8)
    pdf.set_draw_color(0, 0, 0)
    pdf.rule(0.2)
    pdf.gap(2)
    T("Accepted and agreed", "B")
    T(f"For and on behalf of {f['cust']}")
    pdf.gap(8)
    T("Signature: ____________________________    Name: " + f["el_csigner"])
    T("Date: " + (dd(f["el_accept"]) if f.get("el_accept") else "____________________"))
    pdf.add_page()
    T("Enclosure - Standard Terms of Business", "B", 12)
    pdf.gap(2)
    boiler(pdf, f.get("bkeys", list(range(0, 13))), numbered=True, size=8.5)
    return pdf


form("engagement-letter", 1, cust="Greyline Manufacturing Corp.", vend="Harrow & Finch Advisory LLC",
     el_brand="HARROW & FINCH", el_vaddr="Harrow & Finch Advisory LLC  |  233 South Wacker Drive, Chicago, IL 60606",
     el_footer="Harrow & Finch Advisory LLC - Private and confidential",
     el_date="2026-03-09", el_to=["Ms. Joanne Keller", "Chief Operating Officer", "Greyline Manufacturing Corp.",
                                  "4100 Industrial Drive, Dayton, OH 45414"],
     el_ref="Engagement letter HF-EL-2026-031: Operations benchmarking", el_dear="Ms. Keller",
     ofn="HF-EL-2026-031", email="invoices@greylinemfg.example", cur="USD", df="us", eff="2026-03-09",
     start="2026-04-01", term=6, auto=False, pay=15, freq="monthly", timing="advance",
     lines=[L("Compass benchmarking platform subscription", 1, "4500.00", "month", shown=True),
            L("Advisory retainer", 20, "275.00", "month", shown=True),
            L("Kick-off diagnostic workshop", 1, "12000.00", "one_time", shown=True)],
     tcv=True, nst=["Total fees capped at USD 72,000 for the engagement unless Customer approves more in writing"],
     el_intro=["Thank you for choosing Harrow & Finch to support Greyline's operations benchmarking programme. "
               "This letter, dated March 9, 2026 (the Effective Date), confirms the scope of our work, our fees and "
               "how we will bill them.",
               "The engagement starts on April 1, 2026 and lasts six (6) months. During that time your team will "
               "have access to our Compass benchmarking platform and to a monthly block of advisory hours."],
     el_fees=["Compass benchmarking platform subscription: $4,500.00 per month for the six months.",
              "Advisory retainer: twenty (20) hours per month at $275.00 per hour, that is $5,500.00 per month. "
              "Unused hours do not carry over.",
              "Kick-off diagnostic workshop: a fixed fee of $12,000.00, billed once with the first invoice.",
              "Total estimated fees for the engagement: $72,000.00. We will not exceed this amount without your "
              "written approval."],
     el_sections=[("Billing", ["We invoice the platform subscription and the retainer monthly in advance, on the "
                               "first business day of each month, and the workshop with the first invoice. "
                               "Invoices are payable within fifteen (15) days and should be sent to "
                               "invoices@greylinemfg.example."]),
                  ("Extension", ["The engagement ends after the six months. Any extension will be agreed in a "
                                 "separate letter."])],
     el_signer="Daniel Finch, Managing Partner", el_csigner="Joanne Keller, COO", el_accept="2026-03-12",
     desc="Engagement letter with fees as a numbered list. Platform $4,500.00/month; retainer 20 hours x $275.00 "
          "= $5,500.00/month (hours are the quantity; monthly amount stated); workshop $12,000.00 one-time. Term 6 "
          "months from April 1, 2026 with no end date written -> derived end 2026-09-30. Stated total $72,000.00 = "
          "4,500 x 6 + 5,500 x 6 + 12,000. Fee cap recorded as non-standard. Effective date = letter date as "
          "stated ('dated March 9, 2026 (the Effective Date)'); the customer accepted on March 12. No automatic "
          "extension -> auto_renew false.",
     tags=["engagement-letter", "numbered-fees", "prose-fees", "services", "end-date-derived", "fee-cap"])

form("engagement-letter", 2, cust="Pemberton Water Services Ltd", vend="Kittering Consulting Ltd",
     el_brand="Kittering Consulting", el_vaddr="Kittering Consulting Ltd  -  The Old Maltings, Bath BA1 3NP  -  Reg. 08811274",
     el_footer="Kittering Consulting Ltd is registered in England and Wales. Commercial in confidence.",
     el_color=(90, 30, 30),
     el_date="2026-04-20", el_to=["Mr. Alan Pemberton", "Director of Operations", "Pemberton Water Services Ltd",
                                  "Riverside House, Gloucester GL1 2EH"],
     el_ref="Our reference: KC/PWS/0420", el_dear="Alan",
     ofn="KC/PWS/0420", email="purchase.ledger@pembertonwater.example", cur="GBP", df="uk", eff="2026-04-20",
     start="2026-06-01", end="2027-05-31", term=12, auto=True, rterm=12, pay=30, freq="quarterly",
     timing="advance", po_req=True,
     lines=[L("AssetPulse licences", 30, "85.00", "month"),
            L("Implementation", 1, "18500.00", "one_time", shown=True)],
     nst=["Second half of the implementation fee (GBP 9,250) becomes payable only on Customer's written "
          "acceptance of go-live"],
     el_intro=["Following our conversations last week, I am pleased to set out the terms on which Kittering "
               "Consulting Ltd will implement and host AssetPulse, our asset-condition platform, for Pemberton "
               "Water Services. This letter takes effect on the date shown above.",
               "Go-live is planned for 1st June 2026. The subscription runs for twelve months from go-live, to "
               "31st May 2027, and then continues for further periods of twelve months unless either of us gives "
               "the other three months' written notice."],
     el_fee_head="Fees",
     el_fees=["AssetPulse licences for 30 named users at £85.00 per user per month, invoiced quarterly in advance "
              "from go-live.",
              "Implementation, a fixed fee of £18,500.00: half on signature of this letter and half on your "
              "written acceptance that go-live has been achieved."],
     el_sections=[("Invoicing", ["Every invoice must carry your purchase order number; please send it to us "
                                 "before we raise the first invoice. Our invoices are payable 30 days from date "
                                 "of issue and should be addressed to purchase.ledger@pembertonwater.example."])],
     el_signer="Rachel Kittering, Director", el_csigner="Alan Pemberton", el_accept=None,
     desc="UK engagement letter with two numbered fees. Licences 30 x £85.00 per user per month, invoiced "
          "quarterly in advance; the monthly total is never printed (net_amount null). Implementation £18,500.00 "
          "one-time (shown), half payable only on written go-live acceptance -> non-standard term. Go-live 1st "
          "June 2026 to 31st May 2027, 12 months, auto-renews 12 months; effective date = letter date, which the "
          "letter says it takes effect on; notice is 'three months' (not days) so "
          "non_renewal_notice_days is null. PO required but not given. No total stated; deal amount = 85 x 30 x "
          "12 + 18,500 = 49,100.00.",
     tags=["engagement-letter", "numbered-fees", "prose-fees", "notice-in-months", "acceptance-contingent", "po-required"])

form("engagement-letter", 3, cust="Tanjong Harbour Logistics Pte. Ltd.", vend="Meridian Lantern Pte. Ltd.",
     el_brand="MERIDIAN LANTERN", el_vaddr="Meridian Lantern Pte. Ltd.  |  8 Marina View, #28-01, Singapore 018960  |  UEN 201734561K",
     el_footer="Meridian Lantern Pte. Ltd. - confidential engagement terms",
     el_date="2026-07-06", el_to=["Mr. Lim Wei Jie", "Head of Transport", "Tanjong Harbour Logistics Pte. Ltd.",
                                  "21 Pioneer Sector 1, Singapore 628431"],
     el_ref="Engagement ML-ENG-0706 - Route optimisation", el_dear="Wei Jie",
     ofn="ML-ENG-0706", email="ap@tanjongharbour.example", cur="SGD", df="iso", eff="2026-07-06",
     start="2026-08-01", end="2028-07-31", term=24, auto=True, rterm=12, notice=60, pay=30, freq="annual",
     timing="advance",
     lines=[L("Route optimisation platform", 1, "48000.00", "year", shown=True),
            L("Driver app licences", 220, "96.00", "year", disc="12.5"),
            L("Data migration", 1, "6500.00", "one_time", shown=True)],
     nst=["Renewal price increase limited to Singapore CPI plus 2 percentage points"],
     el_intro=["We are delighted to be working with Tanjong Harbour Logistics. This letter (the Effective Date is "
               "the date at the top) records the commercial terms for our route optimisation engagement.",
               "The subscription period is 2026-08-01 to 2028-07-31 (24 months). After that it renews for one "
               "year at a time unless either party gives 60 days' written notice before the end of the current "
               "period."],
     el_fees=["Route optimisation platform: SGD 48,000.00 per annum.",
              "Driver app licences: 220 drivers at SGD 96.00 per driver per annum, less a volume discount of "
              "12.5%.",
              "Data migration from your current dispatch system: SGD 6,500.00, one-time."],
     el_sections=[("Billing", ["Annual fees are invoiced in advance on 1 August each year, and the data "
                               "migration fee with the first invoice. Payment is due 30 days from invoice. Please "
                               "address invoices to ap@tanjongharbour.example."]),
                  ("Price on renewal", ["For any renewal year the fees may increase by no more than the change in "
                                        "the Singapore consumer price index plus two percentage points."])],
     el_signer="Aditi Rao, Partner", el_csigner="Lim Wei Jie", el_accept="2026-07-09",
     desc="Singapore engagement letter in SGD, ISO dates. Platform SGD 48,000.00 per annum; driver licences "
          "220 x 96.00 less 12.5% (18,480.00 per year, not printed -> net null, discount '12.5'); data migration "
          "6,500.00 one-time. Effective date = letter date 2026-07-06 ('the Effective Date is the date at the "
          "top'). 24 months stated with both dates; 60 days' notice. The renewal cap is CPI + 2 points, not a "
          "fixed percentage, so price_escalator_percent is null and the cap is listed as non-standard. No total "
          "stated; deal amount = (48,000 + 18,480) x 2 + 6,500 = 139,460.00.",
     tags=["engagement-letter", "numbered-fees", "prose-fees", "sgd", "fractional-discount", "iso-dates"])

form("engagement-letter", 4, cust="Atlantic Seafoods Ireland", vend="Corrib Insight Ltd",
     el_brand="Corrib Insight", el_vaddr="Corrib Insight Ltd  -  Dock Road, Galway H91 X2T4  -  CRO 612784",
     el_footer="Corrib Insight Ltd - Terms of engagement",
     el_color=(10, 90, 90),
     el_date="2026-08-04", el_to=["Ms. Siobhán Keane", "Quality & Compliance Manager", "Atlantic Seafoods Ireland",
                                  "Rossaveel, Co. Galway"],
     el_ref=None, el_dear="Siobhán",
     ofn=None, email="finance@atlanticseafoods.example", cur="EUR", cs="€", df="dmy", eff=None,
     start="2026-09-01", end="2029-08-31", term=36, pay=30, freq="annual", timing="advance", late="1",
     lines=[L("TraceLine annual subscription", 1, "22000.00", "year", shown=True),
            L("On-site training", 3, "1400.00", "one_time", shown=True)],
     usage=[{"metric": "Lab test uploads", "unit": "upload", "included_quantity": "5000", "included_period": "year",
             "pricing_model": "graduated",
             "tiers": [{"up_to": "20000", "unit_price": "0.50"}, {"up_to": None, "unit_price": "0.30"}],
             "billing_frequency": "annual", "billing_timing": "arrears"}],
     el_intro=["Thank you for asking Corrib Insight to support your traceability programme. This letter sets out "
               "how we will work together and what we will charge.",
               "Your TraceLine subscription will run for thirty-six (36) months, from 1-Sep-26 to 31-Aug-29."],
     el_fees=["TraceLine annual subscription: €22,000.00 per year, invoiced each September in advance.",
              "Lab test uploads: the first 5,000 uploads in each contract year are included. Uploads numbered "
              "5,001 to 20,000 in a contract year are charged at €0.50 each and uploads above 20,000 at €0.30 "
              "each. Uploads are counted and invoiced annually in arrears.",
              "On-site training: three (3) days at €1,400.00 per day, €4,200.00 in total, invoiced once training "
              "is delivered."],
     el_sections=[("Payment", ["Invoices are payable within 30 days. We may charge interest of 1% per month on "
                               "late payments. Please send remittance advice to finance@atlanticseafoods.example "
                               "- our invoices will go to the same address."])],
     el_signer="Eoin Mac Giolla, Director", el_csigner="Siobhán Keane", el_accept=None,
     desc="Irish engagement letter in EUR; customer named without a legal suffix; no reference number (null). The "
          "letter's own date (4-Aug-26) is not called an effective date, so effective_date is null. 36 months "
          "1-Sep-26 to 31-Aug-29. Usage: 5,000 uploads included per contract year; the document numbers the "
          "paid ranges on the whole-year count (5,001-20,000 at €0.50, above 20,000 at €0.30), so tiers are "
          "written as stated: up_to 20000 @0.50, then null @0.30, graduated, annual in arrears. Training 3 days x "
          "€1,400.00 = €4,200.00 one-time (shown). Renewal not mentioned. Deal amount = 22,000 x 3 + 4,200 = "
          "70,200.00.",
     tags=["engagement-letter", "numbered-fees", "usage", "graduated-tiers", "no-order-number", "no-legal-suffix",
           "late-fee"])


# ================================================================= LAYOUT 8: footnote-header
# Running header (customer name, order no., CONFIDENTIAL) and footer (page x of y) on every page;
# long fee table split over a page break; footnote markers on product names carry billing rules.

def build_footnote(f):
    dd = D_(f)

    def head(p):
        p.set_font("Helvetica", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(0, 4, f"Prepared for {f['fh_cust_short']}  -  {f['fh_docname']} {f['ofn']}", new_x="RIGHT", new_y="TOP")
        p.set_x(p.l_margin)
        p.set_font("Helvetica", "B", 7.5)
        p.set_text_color(170, 20, 20)
        p.cell(0, 4, "CONFIDENTIAL", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.set_draw_color(180, 180, 180)
        p.line(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
        p.set_draw_color(0, 0, 0)
        p.ln(5)

    def foot(p):
        p.set_y(-13)
        p.set_font("Helvetica", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(0, 4, f"{f['fh_cust_short']} | {f['vend']} | Confidential", new_x="RIGHT", new_y="TOP")
        p.set_x(p.l_margin)
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="R")
        p.set_text_color(0, 0, 0)
    pdf = Doc(head=head, foot=foot)
    pdf.add_page()
    pdf.t(f["fh_docname"].upper(), 15, "B")
    pdf.t(f"No. {f['ofn']}", 10, color=(90, 90, 90))
    pdf.gap(3)
    table(pdf, [[k, v] for k, v in f["fh_kv"]], (48, 126), header=False, size=9)
    pdf.t(f["fh_pre"], 9, h=4.6)
    pdf.gap(3)
    pdf.t("Part A - General provisions", 10.5, "B")
    k = 0
    while pdf.get_y() < f.get("fh_break_y", 195) and k < len(BOILER):
        h, body = BOILER[k]
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.multi_cell(0, 4.3, f"A.{k + 1} {h}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.multi_cell(0, 4.1, body, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
        k += 1
    pdf.gap(2)
    pdf.t("Part B - Fees", 10.5, "B")
    pdf.t(f["fh_fee_intro"], 9, h=4.5)
    pdf.gap(1)
    n = cdec(f["cur"])
    ns = f.get("nf", "us")
    rows = [list(f["fh_cols"])]
    for i, l in enumerate(f["lines"], 1):
        name = l.get("disp", l["d"]) + l.get("mark", "")
        r = [str(i), name, qty(l["q"], ns), nfmt(l["u"], n, ns)]
        if f.get("fh_disc_col"):
            r.append(f"({l['disc']}%)" if l.get("disc") else "")
        r.append(nfmt(line_net(f, l), n, ns))
        rows.append(r)
    nb = []
    for lab, val in f["fh_totals"]:
        rows.append(["", lab, "", ""] + ([""] if f.get("fh_disc_col") else []) + [val])
        nb.append(len(rows) - 1)
    widths = (9, 77, 18, 28, 18, 24) if f.get("fh_disc_col") else (9, 87, 20, 28, 30)
    al = ["RIGHT", "LEFT", "RIGHT", "RIGHT"] + (["RIGHT"] if f.get("fh_disc_col") else []) + ["RIGHT"]
    table(pdf, rows, widths, size=8.5, align=al, bold_rows=nb, repeat_headings=1)
    pdf.set_font("Helvetica", "", 8)
    for fn in f["fh_notes"]:
        pdf.multi_cell(0, 4, fn, new_x="LMARGIN", new_y="NEXT")
    pdf.gap(3)
    pdf.t("Part C - Commercial terms", 10.5, "B")
    for i, p in enumerate(f["fh_terms"], 1):
        pdf.t(f"C.{i} {p}", 9, h=4.5)
        pdf.gap(1)
    sigblock(pdf, "Customer", f["cust"], "Supplier", f["vend"], names=f.get("signers", ("", "")))
    return pdf


form("footnote-header", 1, cust="Wexford Biologics, Inc.", vend="Cindral Labs Software, Inc.", fh_cust_short="Wexford Biologics",
     fh_docname="Order Form", ofn="CL-OF-24417", email="ap@wexfordbio.example", cur="USD", df="iso",
     eff="2026-01-30", start="2026-02-01", end="2027-01-31", term=12, auto=True, rterm=12, notice=60, pay=30,
     freq="quarterly", timing="arrears", esc="3",
     fh_kv=[["Customer", "Wexford Biologics, Inc., 300 Technology Square, Cambridge, MA 02139"],
            ["Supplier", "Cindral Labs Software, Inc., 95 Hayden Avenue, Lexington, MA 02421"],
            ["Order date", "2026-01-30"], ["Subscription term", "2026-02-01 to 2027-01-31 (12 months)"],
            ["Invoices to", "ap@wexfordbio.example"]],
     fh_pre="This Order Form is governed by Part A below. Fees, billing rules and the footnotes to the fee table "
            "are in Part B. The footnote markers after product names are part of the pricing.",
     fh_fee_intro="Annual fees in US dollars. Marked items are billed as described in the footnotes below the table.",
     fh_cols=("#", "Module", "Qty", "Annual fee per unit", "Annual amount"),
     lines=[L("ELN Core", 60, "1150.00", "year", shown=True, mark="*"),
            L("LIMS Sample Tracking", 25, "1900.00", "year", shown=True, mark="*"),
            L("Inventory Manager", 25, "480.00", "year", shown=True, mark="*"),
            L("Instrument Connectors", 14, "600.00", "year", shown=True, mark="*"),
            L("Stability Study module", 1, "9500.00", "year", shown=True, mark="*"),
            L("Audit Trail Archive", 1, "4200.00", "year", shown=True, mark="*"),
            L("Sandbox environment", 1, "6000.00", "year", shown=True, mark="*"),
            L("SSO & SCIM provisioning", 1, "2400.00", "year", shown=True, mark="*"),
            L("Premium Support", 1, "14000.00", "year", shown=True, mark="*‡"),
            L("Validation package (IQ/OQ documentation)", 1, "18000.00", "one_time", shown=True, mark="†"),
            L("Data migration", 1, "7500.00", "one_time", shown=True, mark="†")],
     tcv=True, fh_totals=[["Recurring subtotal (per year)", "173,000.00"], ["One-time subtotal", "25,500.00"],
                          ["Total for the 12-month term", "198,500.00"]],
     fh_notes=["* Subscription fee, billed quarterly in arrears (one quarter of the annual amount at the end of "
               "each subscription quarter).",
               "† One-time fee, invoiced on the Order date and payable on the same terms.",
               "‡ On renewal the Premium Support fee, like all subscription fees, will not rise by more than 3% "
               "over the previous year's fee."],
     fh_terms=["Payment terms: net 30 days from invoice date.",
               "Renewal: the subscription renews for successive 12-month terms unless either party gives written "
               "notice of non-renewal at least 60 days before the end of the term.",
               "Price protection on renewal: increases are capped at 3% per renewal year."],
     signers=("Meera Shah, VP Finance", "Colin Drake, Account Executive"),
     desc="Running header/footer on every page ('Prepared for Wexford Biologics ... CONFIDENTIAL', 'Page x of "
          "y'); the 14-row fee table starts low on page 1 and continues on page 2 with a repeated heading. "
          "Footnote markers carry the billing rules: '*' = billed quarterly in arrears (so billing quarterly / "
          "arrears with annual prices), '†' = one-time. Markers are dropped from descriptions. Recurring sum "
          "69,000+47,500+12,000+8,400+9,500+4,200+6,000+2,400+14,000 = 173,000.00; one-time 18,000+7,500 = "
          "25,500.00; stated total 198,500.00. 3% renewal cap -> escalator 3.",
     tags=["running-header", "footnotes", "multi-page-table", "arrears", "escalator", "one-time-fee"])

form("footnote-header", 2, cust="Ellery Mortimer & Co", vend="Northwall Compliance Ltd", fh_cust_short="Ellery Mortimer & Co",
     fh_docname="Services Order", ofn="NWC-SO-3390", email="accounts@ellerymortimer.example", cur="GBP", df="uk",
     eff="2026-05-05", start="2026-06-01", end="2029-05-31", term=36, auto=True, rterm=12, notice=60, pay=21,
     freq="annual", timing="advance", fh_break_y=222,
     fh_kv=[["Client", "Ellery Mortimer & Co, insurance brokers, 7 Lime Street, London EC3M 7AN"],
            ["Supplier", "Northwall Compliance Ltd, Chapel Wharf, Salford M3 7AB"],
            ["Date of order", "5th May 2026"], ["Service period", "1st June 2026 to 31st May 2029 (36 months)"],
            ["Accounts contact", "accounts@ellerymortimer.example"]],
     fh_pre="The client is named in this order without a company suffix because it trades as a partnership.",
     fh_fee_intro="Prices are monthly rates in pounds sterling; see the footnotes for when they are invoiced.",
     fh_cols=("#", "Item", "Units", "Rate (GBP)", "Monthly (GBP)"),
     lines=[L("Policy Admin seats", 45, "62.00", "month", shown=True, mark="*"),
            L("Claims Desk seats", 20, "48.00", "month", shown=True, mark="*"),
            L("Broker Portal", 1, "1250.00", "month", shown=True, mark="*"),
            L("Document Vault storage (per TB)", 6, "95.00", "month", shown=True, mark="*"),
            L("Regulatory Reporting pack", 1, "820.00", "month", shown=True, mark="*"),
            L("Onboarding and policy data load", 1, "9800.00", "one_time", shown=True, mark="†")],
     tcv=True, fh_totals=[["Monthly recurring total", "6,390.00"], ["Recurring over 36 months", "230,040.00"],
                          ["Contract total incl. onboarding", "239,840.00"]],
     fh_notes=["* Monthly rate; twelve months are invoiced together annually in advance on 1st June each year.",
               "† One-off charge invoiced on signature."],
     fh_terms=["Payment: within 21 days of invoice.",
               "Renewal: after the service period the order renews for 12 months at a time unless either party "
               "gives at least 60 days' written notice."],
     signers=("Harriet Ellery, Partner", "Graham Lowe, Sales Director"),
     desc="Running-header layout with a customer that has no legal suffix (a partnership, 'Ellery Mortimer & Co'). "
          "Monthly rates with footnote '*' saying twelve months are invoiced annually in advance -> price_period "
          "month, billing annual/advance. Lines: 45 x 62 = 2,790; 20 x 48 = 960; 1,250; 6 x 95 = 570; 820 -> "
          "6,390.00 per month; x 36 = 230,040.00; + one-time onboarding 9,800.00 = 239,840.00 stated. Table "
          "splits across the page break.",
     tags=["running-header", "footnotes", "multi-page-table", "no-legal-suffix", "monthly-price-annual-billing"])

form("footnote-header", 3, cust="Hanbit Precision Co., Ltd.", vend="Seorin Cloud Inc.", fh_cust_short="Hanbit Precision",
     fh_docname="Subscription Order", ofn="SRC-2026-0221", email="finance@hanbitprecision.example", cur="KRW",
     df="slash", eff="2026-02-21", start="2026-03-01", end="2027-02-28", term=12, pay=30, freq="monthly",
     timing="arrears", anchor="calendar_month", fh_break_y=205,
     fh_kv=[["Customer", "Hanbit Precision Co., Ltd., 88 Gongdan-ro, Changwon, Gyeongsangnam-do"],
            ["Supplier", "Seorin Cloud Inc., 17F, 325 Teheran-ro, Gangnam-gu, Seoul"],
            ["Order date", "2026/02/21"], ["Term", "2026/03/01 - 2027/02/28 (12 months)"],
            ["Billing e-mail", "finance@hanbitprecision.example"], ["Currency", "Korean won (KRW), no decimals"]],
     fh_pre="The quantities and monthly fees below were agreed in the quotation of 2026/02/10.",
     fh_fee_intro="Monthly fees in KRW.",
     fh_cols=("#", "Service", "Qty", "Monthly fee / unit (KRW)", "Monthly total (KRW)"),
     lines=[L("MES Lite seats", 120, "38000", "month", shown=True, mark="*"),
            L("Quality Inspector seats", 35, "52000", "month", shown=True, mark="*"),
            L("Edge gateway licence", 8, "110000", "month", shown=True, mark="*"),
            L("Setup and training", 1, "6500000", "one_time", shown=True, mark="†")],
     usage=[{"metric": "Sensor data storage", "unit": "TB", "included_quantity": "2", "included_period": "month",
             "pricing_model": "per_unit", "tiers": [{"up_to": None, "unit_price": "45000"}],
             "billing_frequency": "monthly", "billing_timing": "arrears"}],
     tcv=True, fh_totals=[["Monthly total", "7,260,000"], ["12 months + setup (7,260,000 x 12 + 6,500,000)", "93,620,000"]],
     fh_notes=["* Billed monthly in arrears for each calendar month of service.",
               "† One-time fee, invoiced with the first monthly invoice.",
               "‡ Sensor data storage: 2 TB per month included; each additional TB (or part) is KRW 45,000 per "
               "month, billed with the monthly invoice in arrears."],
     fh_terms=["Invoices are payable within 30 days.", "The order ends on 2027/02/28. Renewal requires a new order.",
               "Customer may terminate for convenience on 30 days' written notice after 2026/09/01 by paying 50% "
               "of the monthly fees remaining in the term."],
     nst=["Customer may terminate for convenience on 30 days' notice after 2026-09-01 by paying 50% of the "
          "remaining monthly fees"],
     auto=False,
     signers=("Park Ji-hoon, CFO", "Kim Soo-ah, Sales Manager"),
     desc="Running-header layout in KRW (no decimals). Monthly lines 120 x 38,000 = 4,560,000; 35 x 52,000 = "
          "1,820,000; 8 x 110,000 = 880,000 -> 7,260,000 per month; setup 6,500,000 one-time; stated total "
          "7,260,000 x 12 + 6,500,000 = 93,620,000. '*' footnote = monthly in arrears per calendar month (anchor "
          "calendar_month). Usage in a footnote: 2 TB included per month then KRW 45,000 per TB. Renewal requires "
          "a new order -> auto_renew false. Termination for convenience with 50% payment is non-standard.",
     tags=["running-header", "footnotes", "krw", "no-decimals", "usage", "arrears", "termination-for-convenience"])

form("footnote-header", 4, cust="Van der Heijden Logistiek B.V.", vend="Spoorbaan Software B.V.", fh_cust_short="Van der Heijden Logistiek",
     fh_docname="Orderformulier / Order Form", ofn="SPB-26-1140", email="crediteuren@vdheijden.example", cur="EUR",
     nf="de", df="ukp", eff="2026-11-20", start="2027-01-01", term=24, auto=True, rterm=12, notice=90, pay=30,
     freq="semiannual", timing="advance", po_req=True, po="4500-VDH-8812", fh_disc_col=True, fh_break_y=232,
     fh_kv=[["Klant / Customer", "Van der Heijden Logistiek B.V., Havenweg 12, 3295 KN 's-Gravendeel"],
            ["Leverancier / Supplier", "Spoorbaan Software B.V., Stationsplein 45, 3511 ED Utrecht"],
            ["Datum / Date", "20 November 2026"],
            ["Looptijd / Term", "24 maanden vanaf 1 January 2027 (24 months from 1 January 2027)"],
            ["Inkoopordernummer / PO", "4500-VDH-8812 - must be quoted on every invoice"],
            ["Facturen / Invoices to", "crediteuren@vdheijden.example"]],
     fh_pre="Bedragen in euro, exclusief btw. Amounts in euro, excluding VAT.",
     fh_fee_intro="Annual list prices; discounts are shown in brackets in the 'Korting' column.",
     fh_cols=("#", "Module", "Aantal", "Prijs / jaar", "Korting", "Netto / jaar"),
     lines=[L("Yard Management", 1, "28000.00", "year", shown=True, mark="*"),
            L("Dock Scheduling", 12, "1400.00", "year", disc="10", shown=True, mark="*"),
            L("Driver Check-in Kiosk", 6, "900.00", "year", shown=True, mark="*"),
            L("Carrier Portal", 1, "7500.00", "year", shown=True, mark="*"),
            L("Temperature Logging sensors", 40, "150.00", "year", disc="10", shown=True, mark="*"),
            L("API access", 1, "3000.00", "year", shown=True, mark="*"),
            L("Implementation", 1, "16000.00", "one_time", shown=True, mark="†")],
     fh_totals=[["Totaal per jaar / annual recurring total", "64.420,00"]],
     fh_notes=["* Invoiced semi-annually in advance (half of the annual net amount on 1 January and 1 July).",
               "† One-time, invoiced at go-live."],
     fh_terms=["Payment within 30 days of the invoice date.",
               "The order renews for 12 months at a time unless terminated in writing at least 90 days before the "
               "end of the current term."],
     signers=("Pieter van der Heijden, Directeur", "Sanne de Vries, Account Manager"),
     desc="Running-header layout, Dutch/English, German-style numbers (64.420,00). Discounts shown in brackets "
          "in their own column; net annual amounts shown: Dock Scheduling 12 x 1.400,00 less 10% = 15.120,00, "
          "Temperature Logging 40 x 150,00 less 10% = 5.400,00. Annual recurring 64.420,00 (not a term total -> "
          "TCV null). Term '24 months from 1 January 2027' without an end date -> derived 2028-12-31. '*' = "
          "semi-annual in advance. PO 4500-VDH-8812 required. Deal amount = 64,420 x 2 + 16,000 = 144,840.00.",
     tags=["running-header", "footnotes", "multi-page-table", "discount-in-brackets", "semiannual", "po-number",
           "end-date-derived"])


# ================================================================= LAYOUT 9: api-rate-card
# Usage-heavy data/API vendor: platform fee plus a rate card of metered services with ranges.

def build_ratecard(f):
    dd = D_(f)
    if f.get("ext") == "md":
        w = [f"# {f['ar_brand']} - Data Licence Order Schedule", "",
             f"**Schedule no.:** {f['ofn']}  ", f"**Date:** {dd(f['eff'])}  ",
             f"**Licensor:** {f['vend']}  ", f"**Licensee:** {f['cust']}  ",
             f"**Accounts payable:** {f['email']}", "", "## 1. Term", "", f["ar_term"], "",
             "## 2. Platform subscription", ""]
        w.append("| Service | Qty | Fee | Period |")
        w.append("|---|---:|---:|---|")
        for l in f["lines"]:
            w.append(f"| {l['d']} | {qty(l['q'])} | {money(f, l['u'])} | {PER_Y[l['p']]} |")
        w += ["", "## 3. Metered services", ""]
        for m in f["ar_metrics"]:
            w.append(f"### {m['title']}")
            w.append("")
            for p in m["text"]:
                w.append(p)
            w.append("")
            if m.get("rows"):
                w.append("| " + " | ".join(m["head"]) + " |")
                w.append("|" + "---|" * len(m["head"]))
                for r in m["rows"]:
                    w.append("| " + " | ".join(r) + " |")
                w.append("")
        w += ["## 4. Commitment and billing", ""]
        for p in f["ar_billing"]:
            w.append("- " + p)
        w += ["", "## 5. Other terms", ""]
        for line in boiler_text(f.get("bkeys", [1, 2, 4, 6, 8, 11]), numbered=True):
            w.append(line)
            w.append("")
        w += ["---", "", f"Signed for {f['cust']}: ______________________  Date: __________", "",
              f"Signed for {f['vend']}: ______________________  Date: __________", ""]
        return "\n".join(w)
    pdf = Doc()
    pdf.add_page()
    pdf.set_fill_color(20, 20, 20)
    pdf.rect(0, 0, pdf.w, 20, "F")
    pdf.set_xy(18, 6)
    pdf.set_font("Courier", "B", 16)
    pdf.set_text_color(120, 255, 160)
    pdf.cell(0, 8, f["ar_brand"] + " // RATE CARD ORDER", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_y(26)
    table(pdf, [["Order", f["ofn"]], ["Date", dd(f["eff"])], ["Provider", f["vend"] + ", " + f["ar_vaddr"]],
                ["Customer", f["cust"] + ", " + f["ar_caddr"]], ["Billing e-mail", f["email"]],
                ["Term", f["ar_term"]]], (36, 138), header=False, size=9)
    pdf.t("1. Platform", 11, "B", font="Courier")
    rows = [["Service", "Qty", "Fee", "Per"]]
    for l in f["lines"]:
        rows.append([l.get("disp", l["d"]), qty(l["q"], f.get("nf", "us")), money(f, l["u"]), PER_Y[l["p"]]])
    table(pdf, rows, (90, 16, 40, 28), size=9, align=("LEFT", "RIGHT", "RIGHT", "LEFT"))
    pdf.t("2. Metered services", 11, "B", font="Courier")
    for m in f["ar_metrics"]:
        pdf.t(m["title"], 9.5, "B")
        for p in m["text"]:
            pdf.t(p, 8.8, h=4.4)
        pdf.gap(1)
        if m.get("rows"):
            table(pdf, [list(m["head"])] + m["rows"], m.get("widths", (60, 50, 64)), size=8.5,
                  align=m.get("align"), heading_fill=(200, 240, 210))
        pdf.gap(1)
    pdf.t("3. Commitment and billing", 11, "B", font="Courier")
    for p in f["ar_billing"]:
        pdf.t("- " + p, 9, h=4.5)
        pdf.gap(0.5)
    pdf.gap(2)
    pdf.t("4. Terms", 11, "B", font="Courier")
    boiler(pdf, f.get("bkeys", [0, 1, 2, 4, 6, 7, 8, 11]), numbered=True, size=8)
    sigblock(pdf, "Customer", f["cust"], "Provider", f["vend"], names=f.get("signers", ("", "")))
    return pdf


form("api-rate-card", 1, cust="Quillfeather Insurance Analytics, Inc.", vend="Geodyne Data Services, Inc.",
     ar_brand="GEODYNE", ar_vaddr="1800 Larimer St, Denver, CO 80202", ar_caddr="40 Court Street, Hartford, CT 06103",
     ofn="GDS-RC-5510", email="ap@quillfeather.example", cur="USD", cs="$", df="iso", eff="2026-03-24",
     start="2026-04-01", end="2027-03-31", term=12, auto=True, rterm=12, notice=30, pay=30, freq="monthly",
     timing="advance",
     ar_term="2026-04-01 through 2027-03-31 (12 months); renews for 12 months unless either party gives 30 days' "
             "notice before the end of the term.",
     lines=[L("Location Intelligence platform fee", 1, "2500.00", "month", shown=True)],
     minc={"amount": "4000.00", "period": "month"},
     usage=[{"metric": "Geocoding API calls", "unit": "call", "included_quantity": "1000000", "included_period": "month",
             "pricing_model": "graduated",
             "tiers": [{"up_to": "4000000", "unit_price": "0.0008"}, {"up_to": "20000000", "unit_price": "0.0005"},
                       {"up_to": None, "unit_price": "0.0003"}],
             "billing_frequency": "monthly", "billing_timing": "arrears"},
            {"metric": "Property record lookups", "unit": "lookup", "included_quantity": "50000",
             "included_period": "month", "pricing_model": "volume",
             "tiers": [{"up_to": "250000", "unit_price": "0.012"}, {"up_to": None, "unit_price": "0.009"}],
             "billing_frequency": "monthly", "billing_timing": "arrears"}],
     ar_metrics=[{"title": "2.1 Geocoding API calls (graduated)",
                  "text": ["1,000,000 calls per calendar month are included in the platform fee. Calls beyond "
                           "the included amount are billable and are priced by range, each range at its own "
                           "rate. Ranges count billable calls only (i.e. after the included 1,000,000)."],
                  "head": ("Billable calls in the month", "Rate per call (USD)", "Example"),
                  "rows": [["1 - 4,000,000", "0.0008", "first 4M billable calls"],
                           ["4,000,001 - 20,000,000", "0.0005", "next 16M"],
                           ["above 20,000,000", "0.0003", "all further calls"]]},
                 {"title": "2.2 Property record lookups (volume)",
                  "text": ["50,000 lookups per month included. All billable lookups in a month are charged at "
                           "the single rate of the band that the month's billable total falls into."],
                  "head": ("Billable lookups in the month", "Rate per lookup (USD)", "Applies to"),
                  "rows": [["0 - 250,000", "0.012", "all billable lookups"],
                           ["more than 250,000", "0.009", "all billable lookups"]]}],
     ar_billing=["The platform fee is invoiced monthly in advance; metered services are invoiced monthly in "
                 "arrears on the same invoice.",
                 "Minimum monthly commitment: USD 4,000.00 (platform fee plus metered services). Any shortfall "
                 "is added to the monthly invoice.",
                 "Invoices are due net 30."],
     signers=("Amir Tehrani, Chief Data Officer", "Lauren Fisk, Account Director"),
     desc="Rate-card order for an API/data vendor. One recurring line: platform fee $2,500.00 per month (monthly "
          "in advance). Two metered services, monthly in arrears: geocoding with 1,000,000 included and GRADUATED "
          "ranges that the document says count billable calls only (1-4,000,000 @0.0008; 4,000,001-20,000,000 "
          "@0.0005; above @0.0003), so up_to 4000000 / 20000000 / null; property lookups with 50,000 included and "
          "VOLUME bands 0-250,000 @0.012, above @0.009. Minimum commitment $4,000.00 per month. No total stated; "
          "deal amount 2,500 x 12 = 30,000.00.",
     tags=["rate-card", "usage", "graduated-tiers", "volume-tiers", "minimum-commitment", "range-tiers"])

form("api-rate-card", 2, cust="Lumen Mobility GmbH", vend="Verkehrsdaten Hub GmbH", ar_brand="VDH",
     ar_vaddr="Friedrichstraße 68, 10117 Berlin", ar_caddr="Sonnenstraße 19, 80331 München",
     ofn="VDH-2026-0611", email="ap@lumen-mobility.example", cur="EUR", cs="€ ", nf="de", df="dot",
     eff="2026-05-19", start="2026-06-01", end="2028-05-31", term=24, auto=True, rterm=12, notice=90, pay=30,
     freq="quarterly", timing="advance",
     ar_term="01.06.2026 - 31.05.2028 (24 Monate / 24 months). Renews for 12 months unless cancelled 90 days "
             "before expiry.",
     lines=[L("Mobility Data Platform", 1, "1800.00", "month", shown=True)],
     usage=[{"metric": "Routing requests", "unit": "request", "included_quantity": "1000000", "included_period": "month",
             "pricing_model": "graduated",
             "tiers": [{"up_to": "5000000", "unit_price": "0.0004"}, {"up_to": None, "unit_price": "0.00025"}],
             "billing_frequency": "quarterly", "billing_timing": "arrears"},
            {"metric": "Map tile loads", "unit": "tile load", "included_quantity": "500000", "included_period": "month",
             "pricing_model": "per_unit", "tiers": [{"up_to": None, "unit_price": "0.0002"}],
             "billing_frequency": "quarterly", "billing_timing": "arrears"}],
     ar_metrics=[{"title": "2.1 Routing requests",
                  "text": ["Counted per calendar month over ALL requests made in that month. Each range is priced "
                           "at its own rate (graduated)."],
                  "head": ("Requests in the month", "Price per request", "Note"),
                  "rows": [["0 - 1.000.000", "included", "covered by platform fee"],
                           ["1.000.001 - 5.000.000", "€ 0,0004", ""],
                           ["above 5.000.000", "€ 0,00025", ""]]},
                 {"title": "2.2 Map tile loads",
                  "text": ["500.000 tile loads per month included; every further tile load costs € 0,0002."]}],
     ar_billing=["Platform fee: quarterly in advance (3 x € 1.800,00 = € 5.400,00 per quarter).",
                 "Usage is measured monthly and invoiced quarterly in arrears.",
                 "Payment 30 days net."],
     signers=("Jana Köhler, CTO", "Felix Brandt, Vertrieb"),
     desc="Rate card in EUR with German number format. Platform € 1.800,00 per month, invoiced quarterly in "
          "advance. Routing requests: ranges written on the WHOLE monthly count with the first range '0 - "
          "1.000.000 included'; gold keeps the allowance as included_quantity 1000000 and writes the paid ranges "
          "as the document bounds them (up_to 5000000 @0.0004, then null @0.00025), graduated, quarterly in "
          "arrears. Map tiles: 500,000 included then € 0,0002 each. 24 months, 90 days' notice. No total; deal "
          "amount 1,800 x 24 = 43,200.00.",
     tags=["rate-card", "usage", "graduated-tiers", "range-tiers", "eu-number-format", "quarterly"])

form("api-rate-card", 3, ext="md", cust="Kōwhai Energy Retail Limited", vend="Tussock Data Co. Limited", ar_brand="Tussock Data",
     ofn="TD-DLS-0701", email="payables@kowhaienergy.example", cur="NZD", cs="NZ$", df="ukp", eff="2026-06-26",
     start="2026-07-01", end="2027-06-30", term=12, auto=None, pay=20, freq="monthly", timing="advance",
     ar_term="Twelve (12) months: 1 July 2026 to 30 June 2027.",
     lines=[L("Data platform subscription", 1, "6000.00", "month", shown=True)],
     minc={"amount": "9000.00", "period": "month"},
     usage=[{"metric": "Smart-meter reads ingested", "unit": "read", "included_quantity": "10000000",
             "included_period": "month", "pricing_model": "graduated",
             "tiers": [{"up_to": "40000000", "unit_price": "0.00012"}, {"up_to": None, "unit_price": "0.00008"}],
             "billing_frequency": "monthly", "billing_timing": "arrears"},
            {"metric": "Forecast API calls", "unit": "call", "included_quantity": "0", "included_period": "month",
             "pricing_model": "volume",
             "tiers": [{"up_to": "500000", "unit_price": "0.002"}, {"up_to": "2000000", "unit_price": "0.0015"},
                       {"up_to": None, "unit_price": "0.001"}],
             "billing_frequency": "monthly", "billing_timing": "arrears"}],
     ar_metrics=[{"title": "3.1 Smart-meter reads ingested",
                  "text": ["10,000,000 reads per month are included. After that: the next 40,000,000 reads in the "
                           "month at NZ$0.00012 per read, and every read after those at NZ$0.00008."]},
                 {"title": "3.2 Forecast API calls",
                  "text": ["No calls are included. The month's total number of calls sets one price for all of "
                           "that month's calls:"],
                  "head": ("Calls in month", "Price per call (all calls)"),
                  "rows": [["up to 500,000", "NZ$0.002"], ["500,001 - 2,000,000", "NZ$0.0015"],
                           ["over 2,000,000", "NZ$0.001"]]}],
     ar_billing=["Platform subscription invoiced monthly in advance; metered services monthly in arrears.",
                 "Minimum monthly spend NZ$9,000.00 across the platform subscription and metered services.",
                 "Invoices are payable within 20 days of the invoice date."],
     desc="Markdown data-licence schedule (NZD). Platform NZ$6,000.00 per month in advance. Meter reads: "
          "10,000,000 included, then 'the next 40,000,000' at 0.00012 and the rest at 0.00008 -> graduated tiers "
          "counted on billable reads: up_to 40000000 then null. Forecast calls: none included (included_quantity "
          "'0'), volume pricing with bands up to 500,000 / 500,001-2,000,000 / over. Minimum NZ$9,000.00 per "
          "month. Renewal not addressed (null). Customer name contains a macron (UTF-8 text). Deal amount 6,000 "
          "x 12 = 72,000.00.",
     tags=["rate-card", "usage", "graduated-tiers", "volume-tiers", "minimum-commitment", "markdown", "nzd"])

form("api-rate-card", 4, cust="Borealis Freight Analytics Corp.", vend="Ptarmigan Signals Inc.", ar_brand="PTARMIGAN",
     ar_vaddr="1055 West Hastings St, Vancouver, BC V6E 2E9", ar_caddr="250 Yonge St, Toronto, ON M5B 2L7",
     ofn="PS-ORD-4471", email="payables@borealisfreight.example", cur="CAD", cs="C$", df="us", eff="2026-09-14",
     start="2026-10-01", end="2029-09-30", term=36, auto=True, rterm=12, notice=60, pay=45, freq="annual",
     timing="advance", esc="5",
     ar_term="October 1, 2026 to September 30, 2029 (36 months). Renews yearly thereafter unless either party "
             "gives 60 days' notice.",
     lines=[L("Maritime data platform", 1, "120000.00", "year", shown=True)],
     minc={"amount": "150000.00", "period": "year"},
     usage=[{"metric": "Vessel position messages", "unit": "message", "included_quantity": "2000000",
             "included_period": "month", "pricing_model": "graduated",
             "tiers": [{"up_to": "10000000", "unit_price": "0.0009"}, {"up_to": None, "unit_price": "0.0006"}],
             "billing_frequency": "quarterly", "billing_timing": "arrears"},
            {"metric": "Satellite imagery scenes", "unit": "scene", "included_quantity": None,
             "included_period": None, "pricing_model": "per_unit",
             "tiers": [{"up_to": None, "unit_price": "14.00"}], "billing_frequency": "quarterly",
             "billing_timing": "arrears"}],
     ar_metrics=[{"title": "2.1 Vessel position messages",
                  "text": ["Counted over all messages delivered in a calendar month; 2,000,000 per month are "
                           "included in the platform fee."],
                  "head": ("Messages in month", "Rate (CAD)", "Pricing"),
                  "rows": [["2,000,001 - 10,000,000", "0.0009 per message", "graduated"],
                           ["10,000,001 and above", "0.0006 per message", "graduated"]]},
                 {"title": "2.2 Satellite imagery scenes",
                  "text": ["C$14.00 per scene ordered."]}],
     ar_billing=["Platform fee invoiced annually in advance on October 1; metered services invoiced quarterly in "
                 "arrears.",
                 "Annual spend commitment: C$150,000.00 per contract year, platform fee and metered services "
                 "together; any shortfall is invoiced at the end of the contract year.",
                 "Payment net 45. On each renewal, the platform fee and rates may increase by 5%."],
     signers=("Nathalie Roy, CFO", "Owen Grant, VP Partnerships"),
     desc="Rate card in CAD. Platform C$120,000.00 per year annually in advance; metered services quarterly in "
          "arrears. Vessel messages: 2,000,000 included per month; paid ranges written on the whole monthly "
          "count (2,000,001-10,000,000 @0.0009, 10,000,001+ @0.0006) -> up_to 10000000 then null, graduated. "
          "Imagery scenes C$14.00 each, nothing included (null). Annual commitment C$150,000.00 per year. 5% "
          "increase on each renewal -> escalator 5. No total stated; deal amount 120,000 x 3 = 360,000.00.",
     tags=["rate-card", "usage", "graduated-tiers", "range-tiers", "minimum-commitment", "escalator"])


# ================================================================= LAYOUT 10: checkbox-plan
# Plan-selection form: options listed with tick boxes; only ticked options are ordered.

def build_checkbox(f):
    dd = D_(f)
    if f.get("ext") == "md":
        w = [f"# {f['cb_brand']} - Plan Selection Form", "", f"Form reference: **{f['ofn']}**" if f.get("ofn") else "",
             "", f["cb_intro"], ""]
        for sec, items in f["cb_sections"]:
            w.append(f"## {sec}")
            w.append("")
            for ticked, txt in items:
                w.append(f"- [{'x' if ticked else ' '}] {txt}")
            w.append("")
        for h, ps in f["cb_text"]:
            w.append(f"## {h}")
            w.append("")
            for p in ps:
                w.append(p)
                w.append("")
        w.append("## Signatures")
        w.append("")
        w.append(f"Customer: {f['cust']} - signed by {f['cb_csigner']} on {dd(f['cb_sigdate'])}")
        w.append("")
        w.append(f"Provider: {f['vend']} - signed by {f['cb_vsigner']} on {dd(f['cb_sigdate'])}")
        w.append("")
        return "\n".join(w)
    pdf = Doc()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.set_text_color(*f.get("cb_color", (120, 40, 160)))
    pdf.cell(0, 8, f["cb_brand"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.t("PLAN SELECTION & ORDER FORM" + (f"   -   Ref. {f['ofn']}" if f.get("ofn") else ""), 10, "B")
    pdf.gap(2)
    pdf.t(f["cb_intro"], 9, h=4.5)
    pdf.gap(2)
    table(pdf, [[k, v] for k, v in f["cb_kv"]], (46, 128), header=False, size=9)

    def box(ticked):
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(x + 0.5, y + 0.8, 3.6, 3.6)
        if ticked:
            pdf.set_font("Helvetica", "B", 9)
            pdf.set_xy(x + 0.55, y + 0.4)
            pdf.cell(3.6, 4.2, "X", align="C")
        pdf.set_xy(x + 6, y)
    for sec, items in f["cb_sections"]:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_fill_color(240, 235, 245)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6.5, "  " + sec, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_fill_color(255, 255, 255)
        pdf.gap(1.5)
        for ticked, txt in items:
            pdf.set_x(pdf.l_margin + 2)
            box(ticked)
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(pdf.w - pdf.get_x() - pdf.r_margin, 5, txt.replace("**", ""), new_x="LMARGIN", new_y="NEXT")
            pdf.gap(1)
        pdf.gap(2)
    for h, ps in f["cb_text"]:
        pdf.t(h, 10, "B")
        for p in ps:
            pdf.t(p, 8.8, h=4.4)
            pdf.gap(1)
        pdf.gap(1)
    boiler(pdf, f.get("bkeys", [0, 1, 3, 4, 8, 11]), numbered=True, size=8)
    sigblock(pdf, "Customer", f["cust"], "Provider", f["vend"], ldate=dd(f["cb_sigdate"]), rdate=dd(f["cb_sigdate"]),
             names=(f["cb_csigner"], f["cb_vsigner"]))
    return pdf


form("checkbox-plan", 1, cust="Fennimore Dental Group, PLLC", vend="Cobaltline Practice Software LLC",
     cb_brand="Cobaltline", ofn="CB-7781", email="billing@fennimoredental.example", cur="USD", cs="$", df="us",
     eff="2026-04-22", start="2026-05-01", term=12, auto=True, rterm=12, pay=30, freq="annual", timing="advance",
     po_req=False,
     lines=[L("Professional plan", 18, "636.00", "year", shown=True),
            L("Patient texting", 1, "1200.00", "year", shown=True),
            L("Extra storage (500 GB block)", 2, "240.00", "year", shown=True),
            L("Guided onboarding", 1, "1500.00", "one_time", shown=True)],
     tcv=True,
     cb_intro="Tick one plan, one billing cycle and any add-ons. Only ticked items are ordered. The Effective Date "
              "is April 22, 2026.",
     cb_kv=[["Practice (legal name)", "Fennimore Dental Group, PLLC"], ["Number of users", "18"],
            ["Service start", "May 1, 2026"], ["Billing e-mail", "billing@fennimoredental.example"]],
     cb_sections=[("1. Plan", [(False, "Essentials - $39.00 per user per month, or $420.00 per user per year"),
                               (True, "Professional - $59.00 per user per month, or $636.00 per user per year"),
                               (False, "Enterprise - custom pricing, contact sales")]),
                  ("2. Billing cycle", [(False, "Monthly, in advance, by card"),
                                        (True, "Annual, in advance, by invoice - 12-month term")]),
                  ("3. Add-ons (annual cycle prices)",
                   [(True, "Patient texting - $1,200.00 per year (practice-wide)   Qty: 1   Amount: $1,200.00"),
                    (False, "e-Prescribe - $900.00 per year"),
                    (True, "Extra storage (500 GB block) - $240.00 per block per year   Qty: 2   Amount: $480.00")]),
                  ("4. Onboarding", [(True, "Guided onboarding - $1,500.00 one-time"),
                                     (False, "Self-service onboarding - no charge")]),
                  ("5. Purchase orders", [(False, "Yes - our invoices must quote a PO number: ____________"),
                                          (True, "No - we do not need a PO number on invoices")])],
     cb_text=[("Order summary", ["Professional plan, 18 users x $636.00 = $11,448.00 per year. Add-ons $1,680.00 "
                                 "per year. Guided onboarding $1,500.00 once.",
                                 "Total for this 12-month order: $14,628.00."]),
              ("Terms", ["Invoices are payable net 30. The annual term renews automatically for another 12 months "
                         "at the then-current list price unless cancelled before the renewal date."])],
     cb_sigdate="2026-04-22", cb_csigner="Dr. Alan Fennimore", cb_vsigner="Kelly Osei",
     desc="Plan-selection form with tick boxes: only ticked options are ordered (Professional plan on the ANNUAL "
          "price $636.00 per user per year because 'Annual' is ticked; texting; 2 storage blocks; guided "
          "onboarding). Unticked Essentials, Enterprise, monthly cycle, e-Prescribe and self-service are ignored. "
          "18 x 636 = 11,448.00; add-ons 1,200 + 480 = 1,680.00; onboarding 1,500.00; stated total 14,628.00. "
          "Term 12 months from May 1, 2026, no end date -> derived 2027-04-30. PO 'No' is ticked -> "
          "po_required false. Auto-renews, no notice period in days.",
     tags=["checkboxes", "plan-selection", "po-not-required", "end-date-derived", "one-time-fee"])

form("checkbox-plan", 2, ext="md", cust="Larchmere Architects Ltd", vend="Drafthaus Cloud Ltd", cb_brand="Drafthaus",
     ofn="DH-PS-2026-0117", email="accounts@larchmere.example", cur="GBP", cs="£", df="ukp", eff="2026-01-26",
     start="2026-02-01", term=12, auto=True, rterm=1, pay=0, freq="monthly", timing="advance",
     lines=[L("Studio", 9, "45.00", "month")],
     usage=[{"metric": "Cloud render minutes", "unit": "minute", "included_quantity": "600",
             "included_period": "month", "pricing_model": "per_unit",
             "tiers": [{"up_to": None, "unit_price": "0.06"}], "billing_frequency": "monthly",
             "billing_timing": "arrears"}],
     cb_intro="Larchmere Architects Ltd (the Customer) orders from Drafthaus Cloud Ltd (the Provider) the options "
              "ticked below. Only ticked options apply. Date of this form: 26 January 2026.",
     cb_sections=[("Plan", [(False, "Solo - £19 per seat per month"),
                            (True, "Studio - £45 per seat per month - seats: **9**"),
                            (False, "Practice - £72 per seat per month")]),
                  ("Billing", [(True, "Monthly in advance by Direct Debit, collected on the invoice date"),
                               (False, "Annually in advance by invoice (2 months free)")]),
                  ("Commitment", [(True, "Minimum term 12 months from 1 February 2026, then rolling monthly"),
                                  (False, "No minimum term (monthly plans only, +20%)")]),
                  ("Add-ons", [(True, "Cloud rendering: 600 render minutes per month included; extra minutes "
                                      "£0.06 per minute, billed monthly in arrears"),
                               (False, "Point-cloud processing: £150 per month")])],
     cb_text=[("Notes", ["Invoices and Direct Debit notifications go to accounts@larchmere.example.",
                         "After the minimum term, either party may end the subscription at the end of any month."])],
     cb_sigdate="2026-01-26", cb_csigner="Fiona Larch, Director", cb_vsigner="Tom Ahearn, Head of Sales",
     desc="Markdown plan-selection form with '- [x]' ticks. Only ticked options count: Studio plan 9 seats x "
          "£45.00 per month (monthly total never printed -> net null), monthly in advance by Direct Debit "
          "collected on the invoice date (payment terms 0), minimum term 12 months from 1 February 2026 then "
          "rolling monthly (term 12, end derived 2027-01-31, auto_renew true, renewal 1 month). Render minutes: "
          "600 included per month, then £0.06, monthly in arrears. No total. Deal amount 45 x 9 x 12 = 4,860.00.",
     tags=["checkboxes", "plan-selection", "markdown", "usage", "monthly", "end-date-derived"])

form("checkbox-plan", 3, cust="Kloofnek Property Managers (Pty) Ltd", vend="Fynbos Software (Pty) Ltd",
     cb_brand="Fynbos", cb_color=(200, 90, 20), ofn="FYN-0813", email="creditors@kloofnek.example", cur="ZAR",
     cs="R ", nf="fr", df="ukp", eff="2026-07-20", start="2026-08-01", term=24, auto=True, rterm=12, notice=60,
     pay=7, freq="quarterly", timing="advance",
     lines=[L("Portfolio 500", 1, "8900.00", "month", shown=True),
            L("Owner portal", 1, "1500.00", "month", shown=True)],
     usage=[{"metric": "Tenant screening checks", "unit": "check", "included_quantity": None,
             "included_period": None, "pricing_model": "per_unit", "tiers": [{"up_to": None, "unit_price": "85.00"}],
             "billing_frequency": "quarterly", "billing_timing": "arrears"}],
     cb_intro="Kloofnek Property Managers (Pty) Ltd orders the ticked options from Fynbos Software (Pty) Ltd. "
              "Unticked options are not ordered.",
     cb_kv=[["Customer", "Kloofnek Property Managers (Pty) Ltd, 14 Kloof Street, Gardens, Cape Town 8001"],
            ["Accounts", "creditors@kloofnek.example"], ["Start date", "1 August 2026"]],
     cb_sections=[("A. Plan (monthly prices, excl. VAT)",
                   [(False, "Portfolio 200 - R 4 200,00 per month (up to 200 units)"),
                    (True, "Portfolio 500 - R 8 900,00 per month (up to 500 units)"),
                    (False, "Portfolio Unlimited - R 15 500,00 per month")]),
                  ("B. Invoicing", [(False, "Monthly in advance"), (True, "Quarterly in advance (3 months per invoice)"),
                                    (False, "Annually in advance (5% discount)")]),
                  ("C. Term", [(False, "12 months"), (True, "24 months")]),
                  ("D. Add-ons", [(True, "Owner portal - R 1 500,00 per month"),
                                  (True, "Tenant screening - R 85,00 per check, invoiced quarterly in arrears "
                                         "(no checks included)"),
                                  (False, "Accounting sync - R 650,00 per month")])],
     cb_text=[("Terms", ["Invoices are payable within 7 days. The subscription renews for further 12-month periods "
                         "unless either party gives 60 days' written notice before the end of the current term.",
                         "Order date: 20 July 2026."])],
     cb_sigdate="2026-07-20", cb_csigner="Thandi Mokoena, Operations Director", cb_vsigner="Ruan Botha, Sales",
     desc="Plan-selection PDF in ZAR with space thousands (R 8 900,00). Ticked: Portfolio 500 R 8 900,00 per "
          "month; quarterly in advance; 24 months; owner portal R 1 500,00 per month; tenant screening R 85,00 "
          "per check (usage, no inclusion, quarterly in arrears). Accounting sync and other plans unticked. Term "
          "24 months from 1 August 2026 with no end date -> derived 2028-07-31. No total. Deal amount (8,900 + "
          "1,500) x 24 = 249,600.00.",
     tags=["checkboxes", "plan-selection", "zar", "usage", "end-date-derived", "space-thousands"])

form("checkbox-plan", 4, ext="md", cust="Tesserine Robotics, Inc.", vend="Buildmesh, Inc.", cb_brand="Buildmesh",
     ofn="BM-ENT-3321", email="ap@tesserine.example", cur="USD", cs="$", df="iso", eff="2026-05-27",
     start="2026-06-01", end="2027-05-31", term=12, auto=False, pay=30, freq="annual", timing="advance",
     lines=[L("Team", 40, "240.00", "year", disc="30"),
            L("Advanced Security", 1, "4800.00", "year", shown=True)],
     usage=[{"metric": "CI build minutes", "unit": "minute", "included_quantity": "50000", "included_period": "month",
             "pricing_model": "graduated",
             "tiers": [{"up_to": "250000", "unit_price": "0.004"}, {"up_to": None, "unit_price": "0.003"}],
             "billing_frequency": "monthly", "billing_timing": "arrears"}],
     nst=["Startup-programme discount of 30% applies to the first year only and is forfeited if Customer is "
          "acquired during the term"],
     cb_intro="Tesserine Robotics, Inc. selects the options ticked below from Buildmesh, Inc. Effective date "
              "2026-05-27. Subscription period 2026-06-01 to 2027-05-31 (12 months).",
     cb_sections=[("Plan", [(False, "Free - up to 5 users"),
                            (True, "Team - $240.00 per seat per year, seats: 40"),
                            (False, "Enterprise - $420.00 per seat per year, includes SSO")]),
                  ("Programmes", [(True, "Startup programme: 30% off Team seat price for this 12-month term")]),
                  ("Add-ons", [(True, "CI build minutes: 50,000 minutes per month included; minutes 50,001-250,000 "
                                      "in a month $0.004 per minute; minutes above 250,000 $0.003 per minute; "
                                      "billed monthly in arrears"),
                               (True, "Advanced Security - $4,800.00 per year"),
                               (False, "Premium support - $6,000.00 per year")]),
                  ("Renewal", [(False, "Auto-renew at the end of the term for another 12 months")]),
                  ("Payment", [(False, "Credit card"), (True, "Invoice, annually in advance, net 30")])],
     cb_text=[("Conditions", ["The startup discount applies only to the first 12-month term and is forfeited from "
                              "the date Customer is acquired by another company.",
                              "Invoices to ap@tesserine.example."])],
     cb_sigdate="2026-05-27", cb_csigner="Marcus Lee, CTO", cb_vsigner="Dana Whitfield, AE",
     desc="Markdown plan-selection form. Ticked: Team 40 seats x $240.00/year with 30% startup discount (net "
          "not printed -> null), Advanced Security $4,800.00/year, CI minutes usage (50,000 included per month; "
          "ranges stated on the month's total minutes 50,001-250,000 @0.004 and above 250,000 @0.003 -> up_to "
          "250000 then null, graduated, monthly arrears), invoice net 30 annually in advance. The auto-renew box "
          "is UNticked -> auto_renew false. Premium support unticked. Forfeitable discount noted as non-standard. "
          "Deal amount 40 x 240 x 0.7 + 4,800 = 11,520.00.",
     tags=["checkboxes", "plan-selection", "markdown", "usage", "graduated-tiers", "unticked-auto-renew", "discount"])


# ================================================================= main

BUILDERS = {"nonprofit-fy": build_nonprofit, "web-checkout": build_webcheckout, "partner-referral": build_referral, "multi-entity": build_multientity, "pricing-matrix": build_matrix, "smallcaps-margin": build_smallcaps, "engagement-letter": build_engagement, "footnote-header": build_footnote, "api-rate-card": build_ratecard, "checkbox-plan": build_checkbox}


def main():
    import glob
    for i, f in enumerate(FORMS, 1):
        folder = os.path.join(OUT, f"{f['layout']}-{f['nn']:02d}")
        os.makedirs(folder, exist_ok=True)
        for old in glob.glob(os.path.join(folder, "contract.*")):
            os.remove(old)
        res = BUILDERS[f["layout"]](f)
        if isinstance(res, str):
            ext = f.get("ext", "txt")
            cname = f"contract.{ext}"
            with open(os.path.join(folder, cname), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(res)
        else:
            cname = "contract.pdf"
            save_pdf(res, os.path.join(folder, cname))
        case = {"id": f"{BATCH}-{f['layout']}-{f['nn']:02d}", "kind": "new_contract",
                "description": f["desc"],
                "tags": ["blind", BATCH, f"layout:{f['layout']}"] + f.get("tags", []),
                "inputs": {"contract": cname, "deal": "deal.json"},
                "expected": {"terms": gold_terms(f)}}
        dv = derived(f)
        if dv:
            case["expected"]["derived"] = dv
        with open(os.path.join(folder, "case.json"), "w", encoding="utf-8") as fh:
            json.dump(case, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(folder, "deal.json"), "w", encoding="utf-8") as fh:
            json.dump(deal_json(f, i), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print(len(FORMS), "forms")


if __name__ == "__main__":
    main()
