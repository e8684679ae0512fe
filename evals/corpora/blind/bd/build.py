#!/usr/bin/env python3
"""Blind corpus batch `bd`: 40 signed SaaS order forms in 10 layout families, with gold terms.

Run:  python build.py      (needs fpdf2; deterministic: fixed creation date, core fonts, cp1252 text)
Every case folder <layout>-<nn>/ gets contract.pdf|.txt|.md, deal.json and case.json.
The gold values in the FORMS list below were worked out by hand; check() re-does the arithmetic
(line nets, value over the term, stated totals, deal amounts) and stops the build if anything disagrees.
"""
import calendar
import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent
BATCH = "bd"
FIXED = datetime(2026, 1, 1, tzinfo=timezone.utc)

FIELDS = ["customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email", "currency",
          "effective_date", "service_start_date", "service_end_date", "term_months", "auto_renew",
          "renewal_term_months", "non_renewal_notice_days", "payment_terms_days", "billing_frequency",
          "billing_timing", "billing_anchor", "po_required", "po_number", "line_items", "total_contract_value",
          "minimum_commitment", "usage_rules", "price_escalator_percent", "late_fee_percent_per_month",
          "non_standard_terms"]

# ----------------------------------------------------------------------------------------------------------
# formatting helpers
# ----------------------------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def iso(s):
    return date.fromisoformat(s)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fdate(s, style):
    d = iso(s)
    if style == "iso":
        return s
    if style == "us":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "usabbr":
        return f"{MONTHS[d.month-1][:3]} {d.day}, {d.year}"
    if style == "uk":
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == "ukord":
        return f"{ordinal(d.day)} {MONTHS[d.month-1]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmyabbr":
        return f"{d.day}-{MONTHS[d.month-1][:3]}-{d.year % 100:02d}"
    if style == "abbr":
        return f"{d.day} {MONTHS[d.month-1][:3]} {d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


SEPS = {"us": (",", "."), "eu": (".", ","), "sp": (" ", ","), "spdot": (" ", "."), "ch": ("'", "."),
        "in": (",", ".")}


def fnum(x, style="us", dec=2):
    x = D(str(x))
    q = D(1).scaleb(-dec) if dec else D(1)
    x = x.quantize(q, rounding=ROUND_HALF_UP)
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    th, dp = SEPS[style]
    if style == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join(groups + [tail])
    else:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = th.join(g)
    out = ip + (dp + fp if dec else "")
    return ("-" if neg else "") + out


class Ctx:
    """Per-form formatting: date style, number style, currency placement."""

    def __init__(self, ds="iso", ns="us", dec=2, pre="", suf="", disp=None):
        self.ds, self.ns, self.dec, self.pre, self.suf = ds, ns, dec, pre, suf
        self.disp = dec if disp is None else disp

    def d(self, s):
        return fdate(s, self.ds) if s else ""

    def n(self, x, dec=None):
        return fnum(x, self.ns, self.disp if dec is None else dec)

    def m(self, x, dec=None):
        return f"{self.pre}{self.n(x, dec)}{self.suf}"

    def q(self, x):
        return fnum(x, self.ns, 0)


PERIOD_MONTHS = {"year": 12, "quarter": 3, "month": 1, "semiannual": 6}


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def months_between(start, end):
    """Whole months from start through end inclusive (end = start + n months - 1 day)."""
    s, e = iso(start), iso(end) + timedelta(days=1)
    n = (e.year - s.year) * 12 + e.month - s.month
    assert add_months(s, n) == e, (start, end)
    return n


def qd(x, dec):
    return D(str(x)).quantize(D(1).scaleb(-dec) if dec else D(1), rounding=ROUND_HALF_UP)


def line_net(li, dec):
    v = D(li["quantity"]) * D(li["unit_price"])
    if li["discount_percent"]:
        v = v * (D(100) - D(li["discount_percent"])) / D(100)
    return qd(v, dec)


def L(description, sku, quantity, unit_price, price_period, discount_percent=None, net=None, start=None, end=None,
      **x):
    """A gold line item. net=True -> the document shows the per-period net (computed here); x = render hints."""
    li = {"description": description, "sku": sku, "quantity": str(quantity), "unit_price": str(unit_price),
          "price_period": price_period, "discount_percent": None if discount_percent is None else str(discount_percent),
          "net_amount": None, "start_date": start, "end_date": end}
    li["_shownet"] = net
    li["_x"] = x
    return li


def U(metric, unit, included_quantity, included_period, pricing_model, tiers, billing_frequency, billing_timing):
    return {"metric": metric, "unit": unit,
            "included_quantity": None if included_quantity is None else str(included_quantity),
            "included_period": included_period, "pricing_model": pricing_model,
            "tiers": [{"up_to": None if a is None else str(a), "unit_price": str(b)} for a, b in tiers],
            "billing_frequency": billing_frequency, "billing_timing": billing_timing}


def T(**kw):
    t = {k: None for k in FIELDS}
    t.update({"line_items": [], "usage_rules": [], "non_standard_terms": [], "po_required": False})
    for k in kw:
        assert k in FIELDS, k
    t.update(kw)
    return t


FORMS = []


def form(layout, nn, fmt, ctx, terms, deal, desc, tags, r=None, derived=None, value=None, deal_extra="0",
         deal_mismatch=None):
    """Register a form.  value = hand-worked value billed over the term (or first year if evergreen)."""
    dec = ctx.dec
    for li in terms["line_items"]:
        if li["_shownet"]:
            li["net_amount"] = f"{line_net(li, dec):.{dec}f}"
    FORMS.append(dict(layout=layout, nn=nn, fmt=fmt, ctx=ctx, t=terms, deal=deal, desc=desc, tags=tags, r=r or {},
                      derived=derived or {}, value=value, deal_extra=deal_extra, deal_mismatch=deal_mismatch))


def clean_line(li):
    return {k: v for k, v in li.items() if not k.startswith("_")}


# ----------------------------------------------------------------------------------------------------------
# PDF plumbing
# ----------------------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, orientation="P", fmt="A4", footer=None, header_fn=None, font="Helvetica", margin=18):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED)
        self.set_title("Order")
        self.set_author("")
        self.set_producer("")
        self.footer_text = footer
        self.header_fn = header_fn
        self.base_font = font
        self.set_margins(margin, 16, margin)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages()

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font(self.base_font, "", 7)
            self.set_text_color(110)
            self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0)

    # small conveniences
    def f(self, size=9.5, style=""):
        self.set_font(self.base_font, style, size)

    def para(self, text, size=9.5, lh=4.6, style="", align="J", gap=1.6):
        self.f(size, style)
        self.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def hd(self, text, size=11, gap=1.5, fill=None):
        self.f(size, "B")
        if fill is not None:
            self.set_fill_color(*fill)
            self.cell(0, size * 0.6, text, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255)
        else:
            self.cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def rule(self, w=0.3, gray=0):
        self.set_draw_color(gray)
        self.set_line_width(w)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.set_draw_color(0)

    def grid(self, rows, widths, head=True, size=8.5, align=None, lh=None, fill=(225, 225, 225), borders="ALL",
             repeat=1, bold_first_col=False, width=None):
        self.f(size)
        kw = dict(col_widths=widths, line_height=lh or size * 0.5, borders_layout=borders,
                  first_row_as_headings=head, repeat_headings=repeat if head else 0,
                  headings_style=FontFace(emphasis="BOLD", fill_color=fill), padding=1.2)
        kw["text_align"] = align or "LEFT"
        if width:
            kw["width"] = width
        with self.table(**kw) as tb:
            for i, r in enumerate(rows):
                row = tb.row()
                for j, c in enumerate(r):
                    if bold_first_col and j == 0 and not (head and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(2)

    def sigblock(self, parties, size=8.5):
        """parties: list of (heading, name, signer, title, date_str)."""
        self.ln(3)
        if self.get_y() > self.h - 60:
            self.add_page()
        w = (self.w - self.l_margin - self.r_margin) / len(parties)
        y0 = self.get_y()
        for i, (hd, name, signer, title, dstr) in enumerate(parties):
            x = self.l_margin + i * w
            self.set_xy(x, y0)
            self.f(size, "B")
            self.multi_cell(w - 6, 4.2, hd + "\n" + name)
            self.set_x(x)
            self.ln(7)
            self.set_x(x)
            self.set_font("Times", "I", 13)
            self.cell(w - 6, 6, "/s/ " + signer, new_x="LEFT", new_y="NEXT")
            self.set_draw_color(0)
            self.line(x, self.get_y(), x + w - 10, self.get_y())
            self.f(size)
            self.set_x(x)
            self.multi_cell(w - 6, 4.2, f"Name: {signer}\nTitle: {title}\nDate: {dstr}")
        self.ln(4)


def save_pdf(pdf, path):
    pdf.output(str(path))


# ----------------------------------------------------------------------------------------------------------
# boilerplate (written for this corpus)
# ----------------------------------------------------------------------------------------------------------
BOILER = [
    ("Access and use", "The Provider grants the Customer a non-exclusive, non-transferable right, for the "
     "subscription term, to let its authorised users access the subscribed services for the Customer's internal "
     "business purposes. Users may not share credentials, and the Customer is responsible for what its users do "
     "inside the services."),
    ("Customer data", "Customer data remains the property of the Customer. The Provider processes it only to run, "
     "secure and support the services and as the Customer instructs in writing. On expiry the Customer may export "
     "its data for thirty days, after which the Provider deletes it from live systems in the ordinary course."),
    ("Security", "The Provider keeps administrative, physical and technical safeguards appropriate to the nature "
     "of the data, including encryption in transit, role-based access and logging, and will tell the Customer "
     "without undue delay after confirming a security incident that affects customer data."),
    ("Availability and support", "The services are designed to be available at least 99.5% of each calendar "
     "month excluding announced maintenance. Support requests may be raised through the help portal at any time; "
     "severity-one issues receive a first response within one hour."),
    ("Confidentiality", "Each party keeps the other's non-public information confidential, uses it only for "
     "this order, and shares it only with staff and advisers who need it and are bound by similar duties. These "
     "duties last for three years after the order ends and, for trade secrets, for as long as they remain secret."),
    ("Warranties", "The Provider warrants that the services will perform materially as described in their "
     "documentation. If they do not, the Customer's remedy is for the Provider to correct the non-conformity or, "
     "if it cannot do so within a reasonable time, to let the Customer end the affected service and refund "
     "prepaid fees for the period not yet delivered."),
    ("Intellectual property", "The Provider owns the services, the software behind them and any improvements. "
     "Nothing in this order transfers ownership of either party's intellectual property to the other. "
     "Suggestions the Customer volunteers may be used freely."),
    ("Indemnities", "The Provider will defend the Customer against third-party claims that the services, used as "
     "permitted, infringe that party's intellectual property rights, and will pay any resulting award or agreed "
     "settlement, provided it is told promptly and allowed to control the defence."),
    ("Limitation of liability", "Except for breaches of confidentiality, indemnity obligations and amounts "
     "owed as fees, neither party is liable for indirect or consequential loss, and each party's total liability "
     "under this order is capped at the fees paid or payable in the twelve months before the event giving rise "
     "to the claim."),
    ("Taxes", "Fees exclude value added, sales, use, goods and services and similar taxes, which are added to "
     "invoices where the law requires. Each party bears its own income taxes."),
    ("Suspension", "The Provider may suspend access if an undisputed invoice remains unpaid thirty days after "
     "written notice, or if suspension is needed to prevent harm to the services or other customers, and will "
     "restore access promptly once the cause is resolved."),
    ("Termination for cause", "Either party may end this order by written notice if the other materially "
     "breaches it and does not cure the breach within thirty days of being told, or becomes insolvent."),
    ("Assignment", "Neither party may assign this order without the other's consent, except to a successor to "
     "substantially all of its business that agrees in writing to be bound by it."),
    ("Notices", "Formal notices must be in writing and are effective when delivered by hand, by courier, or by "
     "e-mail with confirmation of receipt to the addresses given in this order."),
    ("Entire agreement", "This order, together with the documents it refers to, is the whole agreement between "
     "the parties on its subject and replaces earlier proposals. Pre-printed terms on purchase orders or "
     "supplier portals do not apply."),
    ("Governing law", "This order is governed by the law stated on the cover page, and the courts of that place "
     "have exclusive jurisdiction over any dispute that the parties cannot settle by negotiation within thirty "
     "days."),
]


def boiler(pdf, start=0, count=None, numbered=True, size=8.3, prefix="", law=None):
    items = BOILER[start:start + count if count else None]
    for i, (t, body) in enumerate(items, 1):
        if law and t == "Governing law":
            body = f"This order is governed by the laws of {law}, and the courts there have exclusive " \
                   "jurisdiction over any dispute the parties cannot settle by negotiation within thirty days."
        label = f"{prefix}{i}. {t}." if numbered else f"{t}."
        pdf.f(size, "B")
        pdf.multi_cell(0, size * 0.48, label, new_x="LMARGIN", new_y="NEXT")
        pdf.f(size)
        pdf.multi_cell(0, size * 0.48, body, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)


def boiler_columns(pdf, ncols=3, size=7.2, law=None, start=0, count=None):
    items = BOILER[start:start + count if count else None]
    pdf.f(size)
    with pdf.text_columns(ncols=ncols, gutter=5, text_align="J", line_height=1.05, balance=True) as cols:
        for i, (t, body) in enumerate(items, 1):
            if law and t == "Governing law":
                body = f"This order is governed by the laws of {law}; its courts have exclusive jurisdiction."
            with cols.paragraph(bottom_margin=1.5) as p:
                pdf.f(size, "B")
                p.write(f"{i}. {t}. ")
                pdf.f(size)
                p.write(body)


# ----------------------------------------------------------------------------------------------------------
# generic text for terms (used by several builders)
# ----------------------------------------------------------------------------------------------------------
FREQ_WORD = {"annual": "annually", "semiannual": "semi-annually", "quarterly": "quarterly", "monthly": "monthly",
             "one_time": "once"}
PER_WORD = {"year": "year", "quarter": "quarter", "month": "month", "one_time": "one-time"}


def usage_sentence(c, u, unit_word=None, dec=None):
    """Plain statement of a usage rule, in billable units beyond any allowance."""
    uw = unit_word or (u["unit"] or "unit")
    s = f"{u['metric']}: "
    if u["included_quantity"]:
        s += f"{c.q(u['included_quantity'])} {uw}s included per {u['included_period']}; "
    tiers = u["tiers"]
    beyond = "billable " if u["included_quantity"] else ""
    if len(tiers) == 1:
        s += f"each {beyond}{uw} {'beyond the allowance ' if u['included_quantity'] else ''}is charged at " \
             f"{c.m(tiers[0]['unit_price'], dec or len(tiers[0]['unit_price'].split('.')[-1]))} per {uw}"
    else:
        parts = []
        lo = 1
        for t in tiers:
            p = c.m(t["unit_price"], len(t["unit_price"].split(".")[-1]) if "." in t["unit_price"] else 0)
            if t["up_to"]:
                parts.append(f"{c.q(lo)} to {c.q(t['up_to'])} {beyond}{uw}s at {p}")
                lo = int(t["up_to"]) + 1
            else:
                parts.append(f"{c.q(lo)} {beyond}{uw}s and above at {p}")
        kind = ("graduated - each band is priced separately" if u["pricing_model"] == "graduated" else
                "volume - all units in the period are priced at the band reached")
        s += "; ".join(parts) + f" ({kind})"
    if u["billing_frequency"]:
        s += f"; invoiced {FREQ_WORD[u['billing_frequency']]} in {u['billing_timing']}"
    return s + "."


def renewal_sentence(t):
    if t["auto_renew"] is True:
        s = f"Renews automatically for successive {t['renewal_term_months']}-month periods"
        if t["non_renewal_notice_days"]:
            s += f" unless either party gives at least {t['non_renewal_notice_days']} days' written notice of " \
                 "non-renewal before the end of the then-current term"
        return s + "."
    if t["auto_renew"] is False:
        return "Does not renew automatically; any renewal requires a new order signed by both parties."
    return ""


def pay_sentence(t):
    n = t["payment_terms_days"]
    return "Due on receipt." if n == 0 else f"Net {n} days from the invoice date."


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 1  land : landscape order form, one wide pricing table (8-10 columns), 3-column boilerplate
# ----------------------------------------------------------------------------------------------------------
def build_land(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    pdf = Doc("L", footer=f"{t['vendor_legal_name']}  -  Order {t['order_form_number']}  -  Confidential",
              margin=14)
    pdf.add_page()
    # banner
    pdf.set_fill_color(*r["color"])
    pdf.rect(0, 0, pdf.w, 24, "F")
    pdf.set_text_color(255)
    pdf.set_xy(14, 6)
    pdf.f(17, "B")
    pdf.cell(150, 8, r["brand"])
    pdf.f(8)
    pdf.set_xy(14, 14)
    pdf.cell(150, 5, r["vendor_addr"])
    pdf.set_xy(190, 5)
    pdf.f(15, "B")
    pdf.cell(93, 7, "SUBSCRIPTION ORDER FORM", align="R")
    pdf.set_xy(190, 13)
    pdf.f(8.5)
    pdf.cell(93, 5, f"Order No. {t['order_form_number']}   |   Order Date: {c.d(t['effective_date'])}", align="R")
    pdf.set_text_color(0)
    pdf.set_fill_color(255)
    pdf.set_y(30)
    # three boxes
    boxes = [("CUSTOMER", f"{t['customer_legal_name']}\n{r['cust_addr']}"),
             ("INVOICE TO", f"Accounts Payable\n{t['billing_contact_email']}\n" +
              (f"Purchase Order: {t['po_number']}" if t["po_number"] else "No purchase order required")),
             ("PROVIDER", f"{t['vendor_legal_name']}\nAccount Executive: {r['ae']}\n{r['ae_email']}")]
    bw = (pdf.w - 28 - 8) / 3
    y0 = pdf.get_y()
    for i, (hd, body) in enumerate(boxes):
        x = 14 + i * (bw + 4)
        pdf.set_draw_color(*r["color"])
        pdf.rect(x, y0, bw, 27)
        pdf.set_xy(x + 2, y0 + 1.5)
        pdf.f(7, "B")
        pdf.set_text_color(*r["color"])
        pdf.cell(bw - 4, 4, hd, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.f(8.5)
        pdf.multi_cell(bw - 4, 4.2, body)
    pdf.set_draw_color(0)
    pdf.set_y(y0 + 31)
    pdf.f(8)
    pdf.cell(0, 4, r["cur_note"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    ramp = any(li["start_date"] for li in t["line_items"])
    head = ["Ln", "Item Code", "Product / Service", "Qty", "List Unit Price", "Billing Basis", "Disc.",
            "Net per Period"]
    widths = [9, 27, 83, 15, 30, 26, 15, 34]
    align = ["CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT", "RIGHT"]
    if ramp:
        head += ["Service From", "Service To"]
        widths = [8, 24, 66, 13, 27, 22, 13, 30, 23, 23]
        align += ["CENTER", "CENTER"]
    rows = [head]
    basis = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}
    for i, li in enumerate(t["line_items"], 1):
        row = [f"{i:02d}", li["sku"] or "-", li["description"] + li["_x"].get("suffix", ""), c.q(li["quantity"]),
               c.m(li["unit_price"]), basis[li["price_period"]],
               f"{li['discount_percent']}%" if li["discount_percent"] else "-", c.m(li["net_amount"])]
        if ramp:
            row += [c.d(li["start_date"]) or "Term", c.d(li["end_date"]) or "Term"]
        rows.append(row)
    pdf.grid(rows, widths, align=align, size=8, fill=r["light"])
    # commercial terms grid (3 columns of label/value)
    cells = [("Subscription Term", r.get("term_text", f"{t['term_months']} months")),
             ("Subscription Start", c.d(t["service_start_date"])),
             ("Subscription End", c.d(t["service_end_date"])),
             ("Invoicing", r["invoicing"]),
             ("Payment Terms", pay_sentence(t)),
             ("Renewal", renewal_sentence(t))]
    if t["total_contract_value"]:
        cells.insert(0, ("Total Contract Value", c.m(t["total_contract_value"]) + r.get("tcv_note", "")))
    for lab, val in r.get("extra_cells", []):
        cells.append((lab, val))
    pdf.ln(1)
    pdf.f(9, "B")
    pdf.cell(0, 5, "COMMERCIAL TERMS", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for k in range(0, len(cells), 3):
        chunk = cells[k:k + 3]
        while len(chunk) < 3:
            chunk.append(("", ""))
        rows.append([x for lab, val in chunk for x in (lab, val)])
    pdf.f(8)
    with pdf.table(col_widths=(28, 62, 28, 62, 28, 62), first_row_as_headings=False, line_height=4,
                   borders_layout="HORIZONTAL_LINES", padding=1.2, text_align="LEFT") as tb:
        for rr in rows:
            row = tb.row()
            for j, v in enumerate(rr):
                row.cell(v, style=FontFace(emphasis="BOLD", color=r["color"]) if j % 2 == 0 else None)
    pdf.ln(2)
    for s in r.get("special", []):
        pdf.para(s, size=8.3, lh=4)
    # page 2: general terms in three columns, then signatures
    pdf.add_page()
    pdf.f(10, "B")
    pdf.cell(0, 6, "GENERAL TERMS AND CONDITIONS", new_x="LMARGIN", new_y="NEXT")
    pdf.para("The following terms form part of the Order above. Where they conflict with the Commercial Terms on "
             "page 1, the Commercial Terms prevail.", size=8)
    boiler_columns(pdf, ncols=3, size=7.3, law=r["law"])
    pdf.ln(4)
    pdf.sigblock([("ACCEPTED FOR PROVIDER", t["vendor_legal_name"], r["vsig"][0], r["vsig"][1],
                   c.d(r["vsig"][2])),
                  ("ACCEPTED FOR CUSTOMER", t["customer_legal_name"], r["csig"][0], r["csig"][1],
                   c.d(r["csig"][2]))])
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


# ---------------------------------- land forms ----------------------------------
form("land", 1, "pdf", Ctx("us", "us", 2, "C$ "),
     T(customer_legal_name="Maple Ridge Logistics Ltd.", vendor_legal_name="Tallgrass Cloud Inc.",
       order_form_number="TC-OF-26-0112", billing_contact_email="ap@mapleridgelogistics.example", currency="CAD",
       effective_date="2026-02-16", service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance",
       line_items=[L("Tallgrass Platform - Enterprise Edition", "TG-PLAT-ENT", 1, "24000.00", "year", net=True),
                   L("Analyst Seats", "TG-SEAT-ANL", 40, "180.00", "year", 15, net=True),
                   L("Onboarding Package - Remote", "TG-ONB-STD", 1, "3500.00", "one_time", net=True)],
       total_contract_value="33620.00", late_fee_percent_per_month="1.5"),
     dict(deal_id="006-BD0L01", deal_name="Maple Ridge Logistics - Tallgrass Enterprise", close_date="2026-02-16"),
     "Landscape order form with one wide 8-column pricing table (Ln, Item Code, Product, Qty, List Unit Price, "
     "Billing Basis, Disc., Net per Period) and a 3-column commercial-terms strip; page 2 is boilerplate in three "
     "text columns plus signatures. Amounts are written with a C$ prefix, so currency is CAD. Analyst Seats: "
     "40 x 180.00 = 7,200.00 less 15% = 6,120.00. Total: 24,000.00 + 6,120.00 + 3,500.00 (one-time) = 33,620.00 "
     "for the 12-month term, which is the stated Total Contract Value. Late charge 1.5% per month.",
     ["landscape", "wide-table", "discount-percent", "one-time-fee", "late-fee"],
     r=dict(brand="TALLGRASS CLOUD", color=(34, 85, 51), light=(214, 232, 219),
            vendor_addr="Tallgrass Cloud Inc.  |  1400 Prairie Gate Blvd, Suite 300, Omaha, NE 68102, USA",
            cust_addr="2250 Brookfield Road\nMississauga, ON L5T 2V9, Canada", ae="Dana Whitcombe",
            ae_email="d.whitcombe@tallgrasscloud.example",
            cur_note="All prices are stated in Canadian dollars (C$) and exclude GST/HST.",
            invoicing="Annually in advance; first invoice on the Subscription Start date.",
            extra_cells=[("Late Payment", "Overdue amounts bear interest at 1.5% per month.")],
            law="the Province of Ontario",
            vsig=("Dana Whitcombe", "Regional Vice President", "2026-02-16"),
            csig=("Priya Raman", "Chief Financial Officer", "2026-02-16")),
     value="33620.00")

form("land", 2, "pdf", Ctx("dot", "sp", 2, "", " NOK"),
     T(customer_legal_name="Fjordline Havbruk AS", vendor_legal_name="Orrery Data AS",
       order_form_number="ODA-2026-0457", billing_contact_email="faktura@fjordlinehavbruk.example", currency="NOK",
       effective_date="2026-03-20", service_start_date="2026-04-01", service_end_date="2028-03-31", term_months=24,
       auto_renew=False, payment_terms_days=20, billing_frequency="annual", billing_timing="advance",
       line_items=[L("Orrery Core Telemetry", "ORR-CORE", 1, "150000.00", "year", 10, net=True),
                   L("Sensor Connections", "ORR-SENS", 250, "420.00", "year", net=True),
                   L("Implementation and Commissioning", "ORR-IMPL", 1, "45000.00", "one_time", net=True)],
       total_contract_value="525000.00",
       usage_rules=[U("Sensor connections above the subscribed quantity", "connection", 250, "month", "per_unit",
                      [(None, "45.00")], "quarterly", "arrears")]),
     dict(deal_id="006-BD0L02", deal_name="Fjordline Havbruk - Core Telemetry 24m", close_date="2026-03-20"),
     "Landscape order form from a Norwegian provider; amounts use space thousands, comma decimals and the code "
     "after the amount (\"150 000,00 NOK\"), dates are dd.mm.yyyy. Core Telemetry 150 000,00 less 10% = 135 000,00 "
     "a year; Sensor Connections 250 x 420,00 = 105 000,00 a year; recurring 240 000,00 x 2 years = 480 000,00 plus "
     "45 000,00 implementation = 525 000,00, the stated total. Connections above the 250 subscribed (measured as a "
     "monthly peak) cost 45,00 NOK per connection per month, billed quarterly in arrears - a usage rule with "
     "included_quantity 250 per month. Late interest follows the statutory rate (no percentage), so late fee is null.",
     ["landscape", "wide-table", "currency-after-amount", "space-thousands", "usage", "one-time-fee",
      "dotted-dates"],
     r=dict(brand="ORRERY DATA", color=(20, 60, 110), light=(214, 225, 240),
            vendor_addr="Orrery Data AS  |  Strandkaien 14, 5013 Bergen, Norway  |  Org.nr. 921 554 310",
            cust_addr="Havnegata 3\n8300 Svolvaer, Norway", ae="Eirik Solberg", ae_email="eirik.solberg@orrery.example",
            cur_note="All amounts in Norwegian kroner (NOK), exclusive of VAT (MVA).",
            invoicing="Annually in advance; first invoice on Subscription Start. Usage overage quarterly in arrears.",
            extra_cells=[("Overage", "Connections above the subscribed 250 (monthly peak): 45,00 NOK per connection "
                          "per month, invoiced quarterly in arrears."),
                         ("Late Payment", "Interest at the rate set under the Norwegian Late Payment Interest Act.")],
            law="Norway",
            vsig=("Eirik Solberg", "Sales Director", "2026-03-19"),
            csig=("Kari Nygaard", "Daglig leder", "2026-03-20")),
     value="525000.00")

form("land", 3, "pdf", Ctx("uk", "us", 2, "A$"),
     T(customer_legal_name="Pacific Wharf Holdings Pty Ltd", vendor_legal_name="Kestrel Ops Pty Ltd",
       order_form_number="KO-Q-88213", billing_contact_email="payables@pacificwharf.example", currency="AUD",
       effective_date="2026-05-28", service_start_date="2026-06-01", service_end_date="2029-05-31", term_months=36,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance",
       line_items=[L("Observability Suite - Hosts", "KO-OBS-H", 60, "540.00", "year", net=True,
                     start="2026-06-01", end="2027-05-31"),
                   L("Observability Suite - Hosts", "KO-OBS-H", 90, "540.00", "year", net=True,
                     start="2027-06-01", end="2028-05-31"),
                   L("Observability Suite - Hosts", "KO-OBS-H", 120, "540.00", "year", 5, net=True,
                     start="2028-06-01", end="2029-05-31"),
                   L("Training Workshop - On Site", "KO-TRN", 2, "2750.00", "one_time", net=True)],
       total_contract_value="148060.00", price_escalator_percent="7"),
     dict(deal_id="006-BD0L03", deal_name="Pacific Wharf - Observability 3yr ramp", close_date="2026-05-28"),
     "Landscape order form with a 10-column table whose last two columns give each line's service window, so the "
     "three host lines are a ramp (Year 1 60 hosts, Year 2 90, Year 3 120 at A$540.00; Year 3 carries 5% "
     "discount). Nets: 32,400.00; 48,600.00; 120 x 540 = 64,800 less 5% = 61,560.00; training 2 x 2,750 = 5,500.00 "
     "one-time (window column reads 'Term', so its dates are null). Total 32,400 + 48,600 + 61,560 + 5,500 = "
     "148,060.00 as stated. Renewal pricing may rise by no more than 7%.",
     ["landscape", "wide-table", "ramp", "discount-percent", "one-time-fee", "escalator"],
     r=dict(brand="KESTREL OPS", color=(120, 40, 30), light=(240, 222, 218),
            vendor_addr="Kestrel Ops Pty Ltd  |  ABN 61 604 118 302  |  Level 9, 88 Adelaide Street, Brisbane QLD 4000",
            cust_addr="Berth 7, Fishermans Road\nPort of Brisbane QLD 4178, Australia", ae="Mitchell Carver",
            ae_email="mitchell.carver@kestrelops.example",
            cur_note="Prices in Australian dollars (A$), exclusive of GST. Host quantities step up each contract year "
                     "as shown in the Service From / Service To columns.",
            invoicing="Annually in advance at the start of each contract year.",
            extra_cells=[("Renewal Pricing", "On renewal, unit prices may increase by no more than 7%.")],
            law="Queensland, Australia",
            vsig=("Mitchell Carver", "Account Director", "2026-05-27"),
            csig=("Georgia Hollis", "Head of Technology", "2026-05-28")),
     value="148060.00")

form("land", 4, "pdf", Ctx("iso", "us", 0, "¥"),
     T(customer_legal_name="Hinode Precision Co., Ltd.", vendor_legal_name="Tallgrass Cloud K.K.",
       order_form_number="TC-JP-0093", billing_contact_email="keiri@hinode-precision.example", currency="JPY",
       effective_date="2026-06-10", service_start_date="2026-07-01", service_end_date="2027-06-30", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
       billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter",
       line_items=[L("Tallgrass Platform - Professional Edition", "TG-PLAT-PRO", 1, "1800000", "year", net=True),
                   L("Analyst Seats", "TG-SEAT-ANL", 25, "21600", "year", 20, net=True),
                   L("API Gateway Add-on", "TG-API", 1, "45000", "month", net=True)],
       total_contract_value="2772000",
       usage_rules=[U("API calls", "call", 2000000, "month", "per_unit", [(None, "0.05")], "quarterly",
                      "arrears")]),
     dict(deal_id="006-BD0L04", deal_name="Hinode Precision - Tallgrass Pro JP", close_date="2026-06-10"),
     "Landscape order form in Japanese yen (no decimals, yen sign prefix). Seats 25 x 21,600 = 540,000 less 20% = "
     "432,000 a year; API Gateway is priced per month (45,000 x 12 = 540,000 a year). Annual value 1,800,000 + "
     "432,000 + 540,000 = 2,772,000 = stated total; quarterly instalment 693,000, invoiced on the first day of "
     "each calendar quarter (anchor calendar_quarter). API calls beyond 2,000,000 a month cost 0.05 yen each, "
     "billed quarterly in arrears. DELIBERATE CRM DISAGREEMENT: the deal amount is 2,232,000 - the CRM left out "
     "the API Gateway add-on line; the form's terms are the gold.",
     ["landscape", "wide-table", "zero-decimal", "usage", "monthly-priced-line", "crm-mismatch",
      "discount-percent"],
     r=dict(brand="TALLGRASS CLOUD JAPAN", color=(34, 85, 51), light=(214, 232, 219),
            vendor_addr="Tallgrass Cloud K.K.  |  Marunouchi Trust Tower 12F, 1-8-3 Marunouchi, Chiyoda-ku, Tokyo",
            cust_addr="2-14-6 Shin-Yokohama, Kohoku-ku\nYokohama, Kanagawa 222-0033, Japan", ae="Kenji Arakawa",
            ae_email="k.arakawa@tallgrasscloud.example",
            cur_note="All amounts in Japanese yen (JPY), excluding consumption tax. The API Gateway Add-on is priced "
                     "per month.",
            invoicing="Quarterly in advance, invoiced on the first day of each calendar quarter; quarterly instalment "
                      "¥693,000.",
            extra_cells=[("API Usage", "2,000,000 API calls per month included; additional calls ¥0.05 per call, "
                          "invoiced quarterly in arrears.")],
            law="Japan",
            vsig=("Kenji Arakawa", "Country Manager", "2026-06-09"),
            csig=("Tomoko Hayashi", "General Manager, Finance", "2026-06-10")),
     value="2772000", deal_mismatch=dict(amount="2232000", drop_lines=[2]))


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 2  sow : statement of work; ~3 pages of project text, commercial terms in Appendix B
# ----------------------------------------------------------------------------------------------------------
def sow_project_text(r):
    cs, vs, proj = r["cshort"], r["vshort"], r["project"]
    phases = r["phases"]
    out = []
    out.append(("1. Background and purpose",
                [f"{cs} has decided to {r['goal']}. {vs} has been selected, after a competitive evaluation, to "
                 f"provide the subscription platform described in Appendix B and to carry out the project work "
                 f"described in this Statement of Work (the \"{proj}\"). This section explains why the project "
                 "exists; it does not create obligations on its own.",
                 f"Today {r['today']} The parties expect the {proj} to remove most of that manual effort, to give "
                 f"managers a single, trusted view of the figures they rely on, and to leave {cs}'s own staff able "
                 "to run and extend the solution without depending on outside consultants."]))
    out.append(("2. Scope of the project",
                [f"{vs} will configure the platform for {cs}'s organisation, connect it to the systems listed in "
                 "section 5, migrate the historical records agreed in the data plan, and train the people who will "
                 "administer it. Work that is not described in this Statement of Work is out of scope and, if "
                 "wanted, will be handled under the change procedure in section 9.",
                 "In scope: solution design workshops; configuration of roles, workflows, notifications and "
                 "standard reports; up to the number of integrations named in section 5; one test migration and "
                 "one production migration; administrator training; hypercare for the period in section 6.",
                 "Out of scope: changes to third-party systems beyond exposing the agreed interfaces; data "
                 "cleansing in source systems; custom development of features not in the product roadmap; "
                 "end-user training beyond the train-the-trainer sessions; hardware of any kind."]))
    ph = []
    for i, (name, wk, body) in enumerate(phases, 1):
        ph.append(f"Phase {i} - {name} (indicative duration {wk} weeks). {body}")
    out.append(("3. Approach and phases",
                ["The project follows a phased approach. Each phase ends with a short review at which the "
                 "Customer's project lead confirms that the exit criteria have been met or records the items "
                 "still open. Durations below are estimates for planning; they are not commitments."] + ph))
    out.append(("4. Deliverables",
                ["The following deliverables will be produced and handed over in the Customer's shared project "
                 "space: (a) a solution design document describing configuration decisions and their rationale; "
                 "(b) an integration specification for each interface; (c) a data migration plan with "
                 "reconciliation reports for each migration run; (d) a test strategy and a record of test "
                 "execution; (e) administrator training materials and recordings; (f) a cut-over runbook; and "
                 "(g) a closure report summarising open items and recommendations.",
                 "A deliverable is accepted when the Customer signs it off, or ten business days after it is "
                 "submitted if the Customer has not identified material non-conformities in writing in that "
                 "time. Minor comments do not prevent acceptance and will be addressed in the next revision."]))
    out.append(("5. Systems and interfaces",
                [f"The solution will exchange data with: {r['systems']}. Each interface will use the platform's "
                 "standard connectors or its documented REST API. The Customer will provide test environments, "
                 "credentials and a named technical contact for every connected system before Phase 2 begins."]))
    out.append(("6. Go-live and hypercare",
                ["Go-live takes place once user acceptance testing has been passed and the cut-over runbook has "
                 "been rehearsed at least once. For four weeks after go-live the Provider's project team remains "
                 "available for priority fixes and questions (hypercare), after which the account passes to the "
                 "standard support desk described in the subscription terms."]))
    out.append(("7. Roles and responsibilities",
                [f"{vs} will provide a project manager, a solution architect, an integration engineer and a "
                 f"trainer, each assigned for the phases in which their skills are needed. {cs} will provide a "
                 "project sponsor with authority to take decisions, a project lead available for at least half of "
                 "their working time, subject-matter experts for the design workshops, and testers for user "
                 "acceptance testing.",
                 "Both parties will keep a shared RAID log (risks, assumptions, issues, decisions) and review it "
                 "weekly. Decisions that affect scope, schedule or cost are recorded there and, where needed, "
                 "handled as change requests."]))
    out.append(("8. Assumptions",
                ["This Statement of Work assumes that: source data is available in a readable, documented "
                 "format; the Customer's network allows access to the platform's service endpoints; the "
                 "Customer's subject-matter experts attend scheduled workshops; there is no more than one "
                 "production instance; and all work may be performed remotely unless the Appendix expressly "
                 "includes on-site days. If an assumption proves wrong, either party may raise a change request.",
                 "Working hours are 09:00 to 17:30 local time on business days. Project meetings are held in "
                 "English. The Provider's staff follow the Customer's reasonable site and IT security rules when "
                 "they are given them in advance."]))
    out.append(("9. Change control",
                ["Either party may propose a change by submitting a change request describing the change, its "
                 "reason, and its expected effect on scope, schedule and fees. The Provider will assess each "
                 "request within five business days. No change is binding until both parties' project sponsors "
                 "sign it. Approved changes are priced at the rates in Appendix B unless agreed otherwise.",
                 "Governance: a steering group of the sponsors and project leads meets monthly. Escalations go "
                 "first to the project leads, then to the steering group, and only then to the dispute process in "
                 "the governing agreement."]))
    return out


def build_sow(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    pdf = Doc("P", "Letter", footer=f"{r['vshort']} - Statement of Work {t['order_form_number']} - "
              f"{r['cshort']}", font="Times", margin=22)
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 9, "STATEMENT OF WORK", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, r["project"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"SOW Reference: {t['order_form_number']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para(f"This Statement of Work is made on {c.d(t['effective_date'])} (the \"Effective Date\") between "
             f"{t['vendor_legal_name']}, {r['vaddr']} (\"{r['vshort']}\" or the \"Provider\"), and "
             f"{t['customer_legal_name']}, {r['caddr']} (\"{r['cshort']}\" or the \"Customer\"). "
             f"{r['governing']}", size=11, lh=5.4)
    pdf.para("The body of this document describes the project. The subscription, the fees and the invoicing "
             "arrangements are set out in Appendix B (Commercial Schedule), which prevails over the body of this "
             "document on any commercial matter.", size=11, lh=5.4)
    for head, paras in sow_project_text(r):
        pdf.set_font("Times", "B", 12)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        for ptxt in paras:
            pdf.para(ptxt, size=11, lh=5.4, gap=1.8)
    # Appendix A: contacts (short)
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 8, "Appendix A - Project Contacts", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10.5)
    pdf.grid([["Role", r["vshort"], r["cshort"]]] + r["contacts"], (40, 63, 69), size=10)
    pdf.ln(3)
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 8, "Appendix B - Commercial Schedule", new_x="LMARGIN", new_y="NEXT")
    pdf.para(r["b_intro"], size=10.5, lh=5)
    rows = [["Item", "Description", "Qty", "Rate", "Basis", "Amount"]]
    for i, li in enumerate(t["line_items"], 1):
        x = li["_x"]
        basis = {"year": "per annum", "month": "per month", "quarter": "per quarter", "one_time": "one-off"}
        amt = c.m(li["net_amount"]) if li["net_amount"] else c.m(line_net(li, c.dec)) if x.get("amt") else ""
        desc = li["description"]
        if x.get("disc_amt"):
            desc += f"\n(less discount of {c.m(x['disc_amt'])} {basis[li['price_period']]})"
        elif li["discount_percent"]:
            desc += f"\n(less {li['discount_percent']}% discount)"
        if x.get("note"):
            desc += "\n" + x["note"]
        rows.append([f"B{i}", desc, c.q(li["quantity"]), c.m(li["unit_price"]), x.get("basis", basis[li["price_period"]]),
                     amt])
    pdf.grid(rows, (12, 72, 14, 30, 22, 22), size=9.5,
             align=("CENTER", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"))
    if t["total_contract_value"]:
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(0, 6, f"{r.get('tcv_label', 'Total fees for the Subscription Term')}: {c.m(t['total_contract_value'])}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for i, (lab, txt) in enumerate(r["clauses"], 1):
        pdf.set_font("Times", "B", 10.5)
        pdf.write(5, f"B.{i}  {lab}. ")
        pdf.set_font("Times", "", 10.5)
        pdf.write(5, txt)
        pdf.ln(7)
    pdf.ln(2)
    pdf.para("IN WITNESS WHEREOF the parties have signed this Statement of Work by their authorised "
             "representatives.", size=10.5)
    pdf.sigblock([("For the Provider", t["vendor_legal_name"], *r["vsig"][:2], c.d(r["vsig"][2])),
                  ("For the Customer", t["customer_legal_name"], *r["csig"][:2], c.d(r["csig"][2]))], size=9.5)
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


# ---------------------------------- sow forms ----------------------------------
STD_PHASES = [("Mobilise and discover", 3, "Kick-off, confirmation of the plan, current-state walkthroughs and "
               "design workshops with each business area. Exit: signed solution design document."),
              ("Configure and integrate", 6, "Configuration in the Customer's non-production tenant, build and "
               "unit test of interfaces, and the first test migration. Exit: system test passed."),
              ("Test and train", 4, "User acceptance testing led by the Customer with Provider support, defect "
               "fixing, train-the-trainer sessions and the cut-over rehearsal. Exit: UAT sign-off."),
              ("Deploy and stabilise", 2, "Production migration, go-live, and hypercare. Exit: closure report "
               "accepted.")]

form("sow", 1, "pdf", Ctx("ukord", "in", 2, "INR "),
     T(customer_legal_name="Sahyadri Agro Foods Limited", vendor_legal_name="Veridian Loop Technologies Private Limited",
       order_form_number="VLT/SOW/2026/031", billing_contact_email="accounts.payable@sahyadriagro.example",
       currency="INR", effective_date="2026-04-01", service_start_date="2026-04-15", service_end_date="2027-04-14",
       term_months=12, auto_renew=False, payment_terms_days=45, billing_frequency="quarterly",
       billing_timing="advance", po_required=True, po_number="SAF/PO/26-27/0148",
       line_items=[L("Supply-Chain Planning Cloud - Enterprise Licence", None, 1, "960000.00", "year", net=True),
                   L("Planner User Licences", None, 30, "12000.00", "year", net=True),
                   L("Implementation Services (fixed fee)", None, 1, "450000.00", "one_time", net=True),
                   L("Data Migration", None, 1, "120000.00", "one_time", net=True)],
       total_contract_value="1890000.00",
       non_standard_terms=["Implementation Services fee is invoiced 50% on SOW signature and 50% on written "
                           "acceptance of go-live"]),
     dict(deal_id="006-BD0S01", deal_name="Sahyadri Agro - SCP Cloud + Implementation", close_date="2026-04-01"),
     "Statement of Work whose first three pages are project narrative (phases, deliverables, change control); the "
     "commercial terms are only in Appendix B. Amounts use Indian digit grouping (INR 9,60,000.00 = 960,000.00). "
     "Licences: 30 x 12,000.00 = 3,60,000.00 a year. Total = 9,60,000 + 3,60,000 + 4,50,000 + 1,20,000 = "
     "18,90,000.00 (1,890,000.00), as stated. Dates are UK ordinal ('15th April 2026'). Subscription billed "
     "quarterly in advance; invoices must quote PO SAF/PO/26-27/0148. The implementation fee's 50/50 split on "
     "signature and go-live acceptance is recorded as a non-standard term.",
     ["sow", "appendix-terms", "indian-grouping", "po-required", "one-time-fee", "ordinal-dates", "boilerplate"],
     r=dict(cshort="Sahyadri", vshort="Veridian", project="Integrated Supply-Chain Planning Programme",
            goal="replace spreadsheet-based demand and supply planning across its three processing plants and "
                 "twenty-two collection centres with a single cloud planning system",
            today="weekly plans are assembled by hand from plant spreadsheets, a process that takes two planners "
                  "most of each Monday and is frequently out of date by Wednesday.",
            phases=STD_PHASES, systems="the SAP S/4HANA ERP (materials, purchasing, sales orders), the plant "
            "weighbridge system at each processing plant, and the collection-centre procurement app",
            vaddr="a company incorporated in India with its registered office at 4th Floor, Prestige Meridian II, "
                  "M.G. Road, Bengaluru 560001",
            caddr="a company incorporated in India with its registered office at Plot 18, MIDC Area, Baramati, "
                  "Pune 413133",
            governing="This Statement of Work is issued under, and governed by, the Master Subscription and "
                      "Services Agreement between the parties dated 10th January 2026.",
            contacts=[["Sponsor", "Arjun Mehta", "Sunita Deshpande"], ["Project lead", "Kavya Iyer", "Rohit Patil"],
                      ["Invoices", "billing@veridianloop.example", "accounts.payable@sahyadriagro.example"]],
            b_intro="All amounts are in Indian Rupees (INR) and are exclusive of Goods and Services Tax, which will "
                    "be charged at the applicable rate (currently 18%).",
            clauses=[("Subscription Term", "The subscription to items B1 and B2 starts on 15th April 2026 (the "
                      "\"Subscription Start Date\") and continues for twelve (12) months, ending on 14th April 2027."),
                     ("Invoicing", "Items B1 and B2 are invoiced quarterly in advance, the first invoice being "
                      "raised on the Subscription Start Date. Item B3 is invoiced 50% on signature of this SOW and "
                      "50% on the Customer's written acceptance of go-live. Item B4 is invoiced on completion of "
                      "the production migration."),
                     ("Payment", "Each invoice is payable within forty-five (45) days of the invoice date by bank "
                      "transfer to the account shown on the invoice."),
                     ("Purchase order", "Every invoice must quote the Customer's Purchase Order No. "
                      "SAF/PO/26-27/0148; invoices without it will be returned unprocessed."),
                     ("Renewal", "This SOW does not renew automatically. The parties will discuss any renewal no "
                      "later than sixty (60) days before the end of the Subscription Term."),
                     ("Expenses", "Fees include all travel to the Baramati and Satara plants; no expenses will be "
                      "charged separately.")],
            vsig=("Arjun Mehta", "Director - Enterprise Sales", "2026-04-01"),
            csig=("Sunita Deshpande", "Chief Financial Officer", "2026-04-01")),
     value="1890000.00")

form("sow", 2, "pdf", Ctx("uk", "us", 2, "£"),
     T(customer_legal_name="Castlegate Housing Association Limited", vendor_legal_name="Brightmoor Software Ltd",
       order_form_number="SOW-BM-0219", billing_contact_email="accounts.payable@castlegatehousing.example",
       currency="GBP", effective_date="2026-08-14", service_start_date="2026-09-01", term_months=36,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance",
       line_items=[L("Resident Portal Subscription", None, 1, "42000.00", "year", net=True),
                   L("Staff Licences", None, 85, "150.00", "year", 10, net=True, disc_amt="1275.00"),
                   L("Discovery and Configuration Services", None, 40, "950.00", "one_time", net=True,
                     basis="per day, one-off")],
       price_escalator_percent="3",
       non_standard_terms=["Customer may terminate for convenience with effect from the first anniversary of the "
                           "Commencement Date on 90 days' written notice, with no further fees due"]),
     dict(deal_id="006-BD0S02", deal_name="Castlegate Housing - Resident Portal 3yr", close_date="2026-08-14"),
     "Statement of Work (tenant portal project) with commercial terms in Appendix B. The Staff Licences discount "
     "is stated as an amount: 85 x 150.00 = 12,750.00 less a £1,275.00 loyalty discount = 11,475.00 a year, i.e. "
     "discount_percent 10. Services are 40 days at £950 = 38,000.00 one-off. The term is 'thirty-six (36) months' "
     "from the 1 September 2026 Commencement Date and no end date is written, so service_end_date is derived "
     "(2029-08-31). No total is stated (TCV null); by hand (42,000 + 11,475) x 3 + 38,000 = 198,425.00, the deal "
     "amount. Renewal price increase of up to 3%; late interest is 4% a year over base rate (not a monthly "
     "percentage, so null). Termination for convenience at the first anniversary is non-standard.",
     ["sow", "appendix-terms", "discount-amount", "derived-end-date", "escalator", "one-time-fee",
      "termination-for-convenience"],
     r=dict(cshort="Castlegate", vshort="Brightmoor", project="Tenant Portal Modernisation",
            goal="give its 14,000 households a self-service portal for repairs, rent statements and tenancy "
                 "changes, and to retire its ageing contact-centre case tool",
            today="almost all repair requests arrive by telephone and are re-keyed into the housing management "
                  "system by contact-centre staff, and tenants have no way to see the progress of a repair.",
            phases=STD_PHASES[:3], systems="the housing management system (tenancies, rent accounts), the "
            "repairs scheduling system used by the in-house maintenance team, and the Customer's Microsoft Entra ID "
            "directory for staff single sign-on",
            vaddr="a company registered in England and Wales (no. 08812340) whose registered office is at 21 "
                  "Calder Wharf, Leeds LS1 4BR",
            caddr="a registered society (no. 29871R) whose registered office is at Castle Chambers, 3 Market "
                  "Street, Lancaster LA1 1HP",
            governing="It incorporates Brightmoor's Subscription Terms version 6.1, except as varied below.",
            contacts=[["Sponsor", "Helena Marsh", "David Okafor"], ["Project lead", "Tom Greaves", "Aisha Bello"],
                      ["Finance", "finance@brightmoor.example", "accounts.payable@castlegatehousing.example"]],
            b_intro="All fees are in pounds sterling and are exclusive of VAT.",
            clauses=[("Subscription Term", "The subscription commences on 1 September 2026 (the \"Commencement "
                      "Date\") and continues for an initial period of thirty-six (36) months."),
                     ("Invoicing", "Items B1 and B2 are invoiced annually in advance, on the Commencement Date and "
                      "on each anniversary of it. Item B3 is invoiced in full on the Commencement Date."),
                     ("Payment", "Invoices are payable within 30 days of the date of invoice. Interest on late "
                      "payments accrues at 4% per annum above the Bank of England base rate."),
                     ("Renewal", "After the initial period the subscription renews for successive periods of "
                      "twelve (12) months unless either party gives at least 90 days' written notice before the "
                      "end of the then-current period. On each renewal Brightmoor may increase the fees by up to "
                      "3%."),
                     ("Early termination", "The Customer may terminate the subscription for convenience with "
                      "effect from the first anniversary of the Commencement Date by giving not less than 90 days' "
                      "written notice; no further fees are then due.")],
            vsig=("Helena Marsh", "Managing Director", "2026-08-14"),
            csig=("David Okafor", "Director of Resources", "2026-08-14")),
     derived={"service_end_date": {"value": "2029-08-31", "rule": "start 2026-09-01 + 36 months - 1 day"}},
     value="198425.00")

form("sow", 3, "pdf", Ctx("uk", "eu", 2, "", " DKK"),
     T(customer_legal_name="Nordkyst Energi A/S", vendor_legal_name="Halden Metrics ApS",
       order_form_number="HM-SOW-2026-07", billing_contact_email="faktura@nordkyst-energi.example", currency="DKK",
       effective_date="2026-02-20", service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="monthly", billing_timing="advance", billing_anchor="calendar_month",
       line_items=[L("Grid Analytics Workspace", None, 1, "38500.00", "month", net=True),
                   L("Additional Data Feeds", None, 6, "1250.00", "month", net=True),
                   L("Solution Design Workshop", None, 1, "62000.00", "one_time", net=True)],
       total_contract_value="614000.00",
       usage_rules=[U("Meter reads processed", "read", 5000000, "month", "graduated",
                      [(15000000, "0.0040"), (None, "0.0025")], "monthly", "arrears")],
       late_fee_percent_per_month="1"),
     dict(deal_id="006-BD0S03", deal_name="Nordkyst Energi - Grid Analytics", close_date="2026-02-20"),
     "Statement of Work for a grid-analytics rollout; commercial terms only in Appendix B. Amounts use European "
     "format with the code after ('38.500,00 DKK'). Monthly fees 38.500,00 + 6 x 1.250,00 = 46.000,00; x 12 = "
     "552.000,00; plus the 62.000,00 workshop = 614.000,00 DKK, the stated total. Usage: 5.000.000 meter reads a "
     "month included; the document prices billable reads beyond the allowance in two graduated bands (first "
     "15.000.000 billable reads at 0,0040 DKK, above that 0,0025 DKK), so the tiers are written in billable "
     "units: up_to 15000000 then open. One invoice per calendar month in advance (anchor calendar_month); late "
     "interest 1% per month.",
     ["sow", "appendix-terms", "currency-after-amount", "eu-number-format", "usage", "graduated", "one-time-fee",
      "late-fee"],
     r=dict(cshort="Nordkyst", vshort="Halden", project="Distribution Grid Analytics Rollout",
            goal="use smart-meter and substation data to find overloaded low-voltage feeders before they fail",
            today="feeder loading is estimated once a year from billing data, and outages are the first reliable "
                  "signal that a feeder is overloaded.",
            phases=STD_PHASES, systems="the meter data management system, the SCADA historian for primary "
            "substations, and the GIS network model",
            vaddr="Vestergade 41, 8000 Aarhus C, Denmark (CVR 39 44 12 87)",
            caddr="Havnevej 2, 9900 Frederikshavn, Denmark (CVR 25 77 31 06)",
            governing="Halden's General Terms for Cloud Services (edition 2025) apply to this Statement of Work.",
            contacts=[["Sponsor", "Mette Kjaer", "Lars Holm"], ["Project lead", "Jonas Vinther", "Sofie Dahl"],
                      ["Invoices", "invoice@haldenmetrics.example", "faktura@nordkyst-energi.example"]],
            b_intro="Prices are in Danish kroner (DKK) excluding VAT (moms).",
            clauses=[("Subscription Term", "The subscription runs for twelve (12) months from 1 March 2026 up to "
                      "and including 28 February 2027."),
                     ("Invoicing", "Items B1 and B2 are invoiced monthly in advance, one invoice per calendar "
                      "month. Item B3 is invoiced on the Effective Date. Usage is invoiced monthly in arrears."),
                     ("Usage", "Each month 5.000.000 meter reads are included. Billable reads above that allowance "
                      "are charged in graduated bands: the first 15.000.000 billable reads at 0,0040 DKK per read, "
                      "and every billable read above 15.000.000 at 0,0025 DKK per read."),
                     ("Payment", "Net 30 days from the invoice date. Overdue amounts bear interest of 1% per "
                      "started month."),
                     ("Renewal", "The subscription renews for further periods of 12 months unless terminated in "
                      "writing with at least 60 days' notice before expiry.")],
            vsig=("Mette Kjaer", "Adm. direktoer", "2026-02-20"),
            csig=("Lars Holm", "CFO", "2026-02-20")),
     value="614000.00")

form("sow", 4, "pdf", Ctx("us", "us", 2, "$"),
     T(customer_legal_name="Lakeshore Community College District", vendor_legal_name="Cobaltline Software, Inc.",
       order_form_number="CL-SOW-26-118", billing_contact_email="ap@lakeshoreccd.example", currency="USD",
       effective_date="2026-06-30", service_start_date="2026-07-01", service_end_date="2028-06-30", term_months=24,
       auto_renew=False, payment_terms_days=45, billing_frequency="annual", billing_timing="advance",
       po_required=True,
       line_items=[L("Student Success Platform - Campus License", None, 1, "68000.00", "year", 12, net=True),
                   L("Advising Seats", None, 120, "95.00", "year", net=True),
                   L("SIS Integration Services", None, 1, "18500.00", "one_time", net=True),
                   L("Administrator Training (remote sessions)", None, 3, "1200.00", "one_time", net=True)],
       total_contract_value="164580.00",
       non_standard_terms=["Non-appropriation: Year 2 fees are subject to Board appropriation and the District may "
                           "terminate without penalty if funds are not appropriated"]),
     dict(deal_id="006-BD0S04", deal_name="Lakeshore CCD - Student Success 24m", close_date="2026-06-30"),
     "Statement of Work for a community college; Appendix B carries the fees. Campus License $68,000.00 less 12% "
     "= $59,840.00 a year; Advising Seats 120 x $95.00 = $11,400.00 a year; recurring $71,240.00 x 2 years = "
     "$142,480.00; one-time $18,500.00 + 3 x $1,200.00 = $22,100.00; total $164,580.00 as stated. Invoices must "
     "quote a District PO, but the PO number will be issued later, so po_required is true and po_number null. "
     "Non-appropriation clause recorded as non-standard.",
     ["sow", "appendix-terms", "education", "po-required", "po-number-missing", "discount-percent",
      "one-time-fee", "non-appropriation"],
     r=dict(cshort="Lakeshore", vshort="Cobaltline", project="Student Success and Early Alert Initiative",
            goal="identify students at risk of not completing their courses early enough for advisers to help",
            today="advisers learn that a student is struggling only when mid-term grades are posted, which is "
                  "often too late to recover the term.",
            phases=STD_PHASES[:3], systems="the Student Information System (enrolment, grades), the learning "
            "management system (course activity), and the advising appointment calendar",
            vaddr="a Delaware corporation with offices at 500 Commerce Street, Suite 1200, Nashville, TN 37203",
            caddr="a public community college district with offices at 1 College Drive, Sheboygan, WI 53081",
            governing="This Statement of Work is governed by the laws of the State of Wisconsin.",
            contacts=[["Sponsor", "Marcus Bell", "Dr. Elaine Forsythe"], ["Project lead", "Jenna Ruiz", "Paul Novak"],
                      ["Accounts payable", "ar@cobaltline.example", "ap@lakeshoreccd.example"]],
            b_intro="All fees are in U.S. dollars. The District is tax-exempt; no sales tax will be charged.",
            clauses=[("Subscription Term", "The subscription term is twenty-four (24) months, from July 1, 2026 "
                      "through June 30, 2028."),
                     ("Invoicing", "Items B1 and B2 are invoiced annually in advance on July 1 of each year. Items "
                      "B3 and B4 are invoiced when delivered."),
                     ("Payment", "Net 45 days from receipt of a correct invoice."),
                     ("Purchase order", "The District will issue a purchase order before the first invoice. Every "
                      "invoice must quote the District's PO number or it cannot be paid."),
                     ("Funding", "Fees for the second year are subject to appropriation of funds by the District "
                      "Board. If funds are not appropriated, the District may terminate this SOW at the end of the "
                      "first year without penalty by written notice."),
                     ("Renewal", "This SOW expires at the end of the subscription term and does not renew "
                      "automatically.")],
            vsig=("Marcus Bell", "VP, Public Sector", "2026-06-29"),
            csig=("Dr. Elaine Forsythe", "Vice President, Administrative Services", "2026-06-30")),
     value="164580.00")


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 3  mkt : marketplace private offer (seller, marketplace operator, buyer) with instalment schedule
# ----------------------------------------------------------------------------------------------------------
MKT = "Cumulus Exchange Inc."


def build_mkt(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    if F["fmt"] == "txt":
        return build_mkt_txt(F, folder)
    pdf = Doc("P", "Letter", footer=f"Cumulus Exchange - Private Offer {t['order_form_number']} - generated for "
              f"{t['customer_legal_name']}", margin=16)
    pdf.add_page()
    pdf.set_fill_color(40, 44, 52)
    pdf.rect(0, 0, pdf.w, 18, "F")
    pdf.set_text_color(255)
    pdf.set_xy(16, 5)
    pdf.f(13, "B")
    pdf.cell(0, 8, "cumulus exchange   |   Private Offer - Agreement Summary")
    pdf.set_text_color(0)
    pdf.set_fill_color(255)
    pdf.set_y(24)
    pdf.para("This summary records the commercial terms of a private offer made by the Seller to the Buyer through "
             f"the Cumulus Exchange marketplace and accepted by the Buyer. {MKT} acts as the Seller's billing and "
             "collection agent: it issues the invoices and collects payment on the Seller's behalf. The software "
             "is licensed by the Seller under the end-user terms referred to in section 5.", size=9)
    pdf.hd("1. Parties", 10.5)
    pdf.grid([["Role", "Legal entity", "Contact"],
              ["Seller (software provider)", t["vendor_legal_name"], r["seller_contact"]],
              ["Marketplace operator (billing agent)", MKT, "billing-support@cumulus-exchange.example"],
              ["Buyer", t["customer_legal_name"], r["buyer_contact"]]], (52, 62, 66), size=8.5)
    pdf.hd("2. Offer details", 10.5)
    kv = [["Offer ID", t["order_form_number"]], ["Offer name", r["offer_name"]],
          ["Offer accepted", r["accepted"]],
          ["Contract start", c.d(t["service_start_date"])], ["Contract end", c.d(t["service_end_date"])],
          ["Contract duration", r["duration"]], ["Pricing currency", r["curname"]],
          ["Invoice payment terms", r["payterms"]],
          ["Buyer billing e-mail", t["billing_contact_email"]]]
    kv += r.get("kv_extra", [])
    pdf.grid(kv, (52, 128), head=False, size=8.5, bold_first_col=True)
    pdf.hd("3. Contracted dimensions", 10.5)
    ramp = any(li["start_date"] for li in t["line_items"])
    hd = ["Dimension", "API key", "Units", "Price per unit", "Discount", "Charge"]
    w = [52, 30, 16, 30, 18, 34]
    if ramp:
        hd = ["Dimension", "API key", "Units", "Price per unit", "Applies", "Charge"]
        w = [44, 26, 14, 28, 38, 30]
    rows = [hd]
    per = {"year": "/ year", "month": "/ month", "quarter": "/ quarter", "one_time": "one-time"}
    for li in t["line_items"]:
        mid = (f"{c.d(li['start_date'])} - {c.d(li['end_date'])}" if ramp else
               (f"{li['discount_percent']}%" if li["discount_percent"] else "none"))
        rows.append([li["description"], li["sku"], c.q(li["quantity"]), f"{c.m(li['unit_price'])} {per[li['price_period']]}",
                     mid, c.m(li["net_amount"])])
    pdf.grid(rows, w, size=8.5, align=("LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"))
    if t["total_contract_value"]:
        pdf.f(9, "B")
        pdf.cell(0, 5, f"Total contract value: {c.m(t['total_contract_value'])}", align="R",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.hd("4. Payment schedule", 10.5)
    pdf.para(r["sched_intro"], size=9)
    rows = [["Instalment", "Charge date", "Amount"]] + [[str(i), c.d(d), c.m(a)] for i, (d, a) in
                                                         enumerate(r["schedule"], 1)]
    pdf.grid(rows, (30, 50, 50), size=8.5, align=("CENTER", "CENTER", "RIGHT"), width=130)
    if t["usage_rules"]:
        pdf.hd("Metered dimensions", 10)
        rows = [["Dimension", "Unit", "Price per unit", "Reported / billed"]]
        for u in t["usage_rules"]:
            rows.append([u["metric"], u["unit"], c.m(u["tiers"][0]["unit_price"], 3),
                         "hourly metering, billed monthly in arrears"])
        pdf.grid(rows, (60, 34, 34, 52), size=8.5)
    pdf.hd("5. Additional terms", 10.5)
    for p in r["terms"]:
        pdf.para(p, size=9)
    boiler(pdf, 4, 6, size=7.8, prefix="5.")
    pdf.ln(2)
    pdf.f(8.5, "I")
    pdf.multi_cell(0, 4.4, r["accept_line"], new_x="LMARGIN", new_y="NEXT")
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


def build_mkt_txt(F, folder):
    (folder / "contract.txt").write_text(F["r"]["text"], encoding="utf-8")
    return "contract.txt"


MKT_NS = "Fees under this private offer are invoiced and collected by the marketplace operator (Cumulus Exchange " \
         "Inc.) as the seller's billing agent, not by the seller"

form("mkt", 1, "pdf", Ctx("usabbr", "us", 2, "$"),
     T(customer_legal_name="Redwater Payments LLC", vendor_legal_name="Lumenpath Security Inc.",
       order_form_number="offer-7hx2k4m9q1tz", billing_contact_email="ap@redwaterpayments.example", currency="USD",
       effective_date="2026-03-12", service_start_date="2026-03-12", service_end_date="2027-03-11", term_months=12,
       auto_renew=False, payment_terms_days=30, billing_frequency="semiannual", billing_timing="advance",
       line_items=[L("Protected Workloads", "workloads", 200, "300.00", "year", net=True),
                   L("Premium Support", "premium_support", 1, "9000.00", "year", net=True)],
       total_contract_value="69000.00",
       usage_rules=[U("Additional protected workload-hours", "workload-hour", None, None, "per_unit",
                      [(None, "0.045")], "monthly", "arrears")],
       non_standard_terms=[MKT_NS]),
     dict(deal_id="006-BD0M01", deal_name="Redwater Payments - Lumenpath via Cumulus", close_date="2026-03-12"),
     "Marketplace private-offer summary with three parties: the Seller (Lumenpath Security Inc., the vendor), the "
     "marketplace operator Cumulus Exchange Inc. (billing agent only, not the vendor) and the Buyer. The offer ID "
     "is the document's reference. Contract starts on acceptance (Mar 12, 2026) for 12 months. 200 workloads x "
     "$300 = $60,000 + $9,000 support = $69,000 a year, the stated total, charged in two equal instalments six "
     "months apart ($34,500.00 each) - semiannual in advance. Usage above the contract is $0.045 per "
     "workload-hour, billed monthly in arrears, with no allowance.",
     ["marketplace", "three-parties", "instalments", "usage"],
     r=dict(seller_contact="Morgan Tate, morgan.tate@lumenpath.example", buyer_contact="Chris Abernathy, "
            "procurement@redwaterpayments.example", offer_name="Lumenpath XDR - Redwater 12-month contract",
            accepted="Mar 12, 2026 16:42 UTC by buyer account 4417-2290-1186", duration="12 months",
            curname="USD", payterms="Net 30 from the marketplace invoice date",
            sched_intro="Contract charges are invoiced by Cumulus Exchange on the dates below. The first "
                        "instalment is charged on acceptance.",
            schedule=[("2026-03-12", "34500.00"), ("2026-09-12", "34500.00")],
            terms=["Use above the contracted 200 protected workloads is metered per workload-hour at the price "
                   "shown under Metered dimensions and invoiced by Cumulus Exchange monthly in arrears.",
                   "This contract ends on the contract end date. It does not renew automatically; the Seller may "
                   "extend a new private offer before expiry.",
                   "End-user terms: Lumenpath Subscription Terms v4.2 as amended by the following provisions."],
            accept_line="Accepted electronically through Cumulus Exchange by Chris Abernathy "
                        "(procurement@redwaterpayments.example) on Mar 12, 2026. This summary is generated from the "
                        "accepted offer and needs no handwritten signature."),
     value="69000.00")

form("mkt", 2, "pdf", Ctx("abbr", "us", 2, "AUD "),
     T(customer_legal_name="Southern Cross Mining Services Pty Ltd", vendor_legal_name="Quillfeather Analytics Inc.",
       order_form_number="offer-q3vv81lmx0ab", billing_contact_email="accountspayable@southerncrossmining.example",
       currency="AUD", effective_date="2026-07-15", service_start_date="2026-08-01", service_end_date="2029-07-31",
       term_months=36, auto_renew=False, payment_terms_days=30, billing_frequency="annual",
       billing_timing="advance",
       line_items=[L("Analytics Users", "analytics_users", 150, "560.00", "year", net=True, start="2026-08-01",
                     end="2027-07-31"),
                   L("Analytics Users", "analytics_users", 150, "588.00", "year", net=True, start="2027-08-01",
                     end="2028-07-31"),
                   L("Analytics Users", "analytics_users", 150, "617.40", "year", net=True, start="2028-08-01",
                     end="2029-07-31")],
       total_contract_value="264810.00", price_escalator_percent="5", non_standard_terms=[MKT_NS]),
     dict(deal_id="006-BD0M02", deal_name="Southern Cross Mining - Quillfeather 3yr", close_date="2026-07-15"),
     "Marketplace private offer, 36 months, one dimension priced per year with a 5% uplift at each anniversary "
     "(AUD 560.00, 588.00, 617.40 per user), shown as three rows with their own date ranges, so three ramp lines. "
     "150 x 560 = 84,000.00; 150 x 588 = 88,200.00; 150 x 617.40 = 92,610.00; total 264,810.00 as stated; three "
     "annual instalments on 1 Aug 2026/2027/2028. Offer accepted 15 Jul 2026 (effective date); contract start is "
     "1 Aug 2026. Vendor is the Seller, not the marketplace.",
     ["marketplace", "three-parties", "ramp", "escalator", "instalments"],
     r=dict(seller_contact="Priya Natarajan, pnatarajan@quillfeather.example",
            buyer_contact="Liam O'Connell, it.procurement@southerncrossmining.example",
            offer_name="Quillfeather Insights - 3 year, annual payments",
            accepted="15 Jul 2026 02:17 UTC by buyer account 7720-1184-5590", duration="36 months",
            curname="AUD (Australian dollar)", payterms="Net 30 from the marketplace invoice date",
            sched_intro="Each contract year is charged in advance on the date below. Unit prices rise by 5% at each "
                        "contract anniversary, as reflected in section 3.",
            schedule=[("2026-08-01", "84000.00"), ("2027-08-01", "88200.00"), ("2028-08-01", "92610.00")],
            terms=["The Buyer may add Analytics Users during a contract year at that year's unit price by "
                   "accepting an amended offer; additional users are prorated to the end of the contract year.",
                   "The contract ends on the contract end date and does not renew automatically.",
                   "End-user terms: Quillfeather Master Subscription Agreement (marketplace edition)."],
            accept_line="Accepted electronically through Cumulus Exchange by Liam O'Connell on 15 Jul 2026."),
     value="264810.00")

MKT3 = """From: Cumulus Exchange <no-reply@cumulus-exchange.example>
To: comptabilite@valleeverte.example; it@valleeverte.example
Date: Fri, 3 Apr 2026 09:14:31 +0000
Subject: [Cumulus Exchange] Private offer accepted - Driftwood Stream Analytics (offer-2mxe90kd7rpw)

Hello,

Your organisation has accepted a private offer on Cumulus Exchange. Please keep this
message for your records - it is your confirmation of the agreement. No signature is
required.

  Offer ID ............. offer-2mxe90kd7rpw
  Accepted ............. 2026-04-03T09:14:22Z (3 April 2026) by m.lefevre@valleeverte.example
  Buyer ................ Vallée Verte Distribution SAS
                         12 rue des Tanneurs, 69007 Lyon, France
  Seller ............... Driftwood Labs Ltd (software provider)
                         Unit 4, Anchor Yard, Bristol BS1 6QA, United Kingdom
  Billing agent ........ Cumulus Exchange Inc. invoices and collects all charges under
                         this offer on the Seller's behalf.
  Product .............. Driftwood Stream Analytics - Team tier
  Currency ............. EUR

WHAT YOU WILL BE CHARGED

  Subscription - Team tier (1 workspace) ..... EUR 2,400.00 per month, in advance
  Included usage ............................. 50 million events ingested per month
  Usage above the included amount ............ EUR 18.00 per million events,
                                                billed monthly in arrears
                                                (partial millions are prorated)

  The first monthly charge is made on the acceptance date; later charges on the
  same day of each following month.

DURATION AND CANCELLATION

  Contract type ........ Month-to-month. There is no fixed end date. The
                         subscription renews automatically each month until
                         cancelled.
  Cancellation ......... Cancel from Your Subscriptions at least 7 days before the
                         next monthly renewal date; cancellation takes effect at the
                         end of the month already paid. No refunds for partial months.

PAYMENT

  Charges appear on your monthly Cumulus Exchange invoice and are payable within
  30 days of the invoice date. Send remittance questions to
  billing-support@cumulus-exchange.example. Invoices will be e-mailed to
  comptabilite@valleeverte.example.

TERMS

  Your use of the product is governed by the Driftwood Labs End User Terms
  (marketplace edition, March 2026) and the Cumulus Exchange Buyer Terms. Prices
  exclude VAT; VAT will be charged by Cumulus Exchange where it is required to do so.

If you did not intend to accept this offer, contact your account administrator
within 48 hours.

-- 
Cumulus Exchange | Do not reply to this message
"""

form("mkt", 3, "txt", Ctx("iso", "us", 2, "EUR "),
     T(customer_legal_name="Vallée Verte Distribution SAS", vendor_legal_name="Driftwood Labs Ltd",
       order_form_number="offer-2mxe90kd7rpw", billing_contact_email="comptabilite@valleeverte.example",
       currency="EUR", effective_date="2026-04-03", service_start_date="2026-04-03", auto_renew=True,
       renewal_term_months=1, non_renewal_notice_days=7, payment_terms_days=30, billing_frequency="monthly",
       billing_timing="advance",
       line_items=[L("Driftwood Stream Analytics - Team tier", None, 1, "2400.00", "month")],
       usage_rules=[U("Events ingested", "million events", 50, "month", "per_unit", [(None, "18.00")], "monthly",
                      "arrears")],
       non_standard_terms=[MKT_NS]),
     dict(deal_id="006-BD0M03", deal_name="Vallee Verte - Driftwood Team monthly", close_date="2026-04-03"),
     "Plain-text marketplace e-mail confirming acceptance of a month-to-month private offer. No end date and no "
     "term (both null); it renews monthly (renewal_term_months 1) and must be cancelled 7 days before the next "
     "renewal. Subscription EUR 2,400.00 per month in advance (net_amount null: the line shows only the unit "
     "price for quantity 1, which we treat as the list price). Usage: 50 million events a month included, EUR "
     "18.00 per million beyond, monthly in arrears. The deal amount is the first-year value 12 x 2,400.00 = "
     "28,800.00. The acceptance timestamp gives the effective and start dates (2026-04-03).",
     ["marketplace", "email", "evergreen", "monthly", "usage", "three-parties"],
     r=dict(text=MKT3), value="28800.00")

form("mkt", 4, "pdf", Ctx("uk", "us", 3, "BHD "),
     T(customer_legal_name="Al Noor Logistics Group W.L.L.", vendor_legal_name="Orrery Data AS",
       order_form_number="offer-b7ta11zz04qe", billing_contact_email="finance.ap@alnoorlogistics.example",
       currency="BHD", effective_date="2026-09-22", service_start_date="2026-10-01", service_end_date="2027-09-30",
       term_months=12, auto_renew=False, payment_terms_days=15, billing_frequency="quarterly",
       billing_timing="advance", po_required=True, po_number="ANL-PO-7781",
       line_items=[L("Fleet Telemetry - Connected Vehicles", "connected_vehicles", 400, "18.750", "year", net=True),
                   L("Route Optimiser Add-on", "route_optimiser", 1, "2400.000", "year", 15, net=True),
                   L("Onboarding Services", "onboarding", 1, "1150.000", "one_time", net=True)],
       total_contract_value="10690.000", non_standard_terms=[MKT_NS]),
     dict(deal_id="006-BD0M04", deal_name="Al Noor Logistics - Orrery Fleet via Cumulus", close_date="2026-09-22"),
     "Marketplace private offer in Bahraini dinar (3 decimals). 400 vehicles x BHD 18.750 = 7,500.000 a year; "
     "Route Optimiser 2,400.000 less 15% = 2,040.000 a year; onboarding 1,150.000 once. Total 10,690.000 as "
     "stated. Quarterly instalments: first 2,385.000 + 1,150.000 = 3,535.000, then 3 x 2,385.000 "
     "(9,540.000 / 4) - quarterly in advance. Offer accepted 22 Sep 2026 (effective), contract 1 October 2026 "
     "to 30 September 2027. The buyer's PO must appear on marketplace invoices (po_required, ANL-PO-7781).",
     ["marketplace", "three-parties", "3-decimal", "instalments", "po-required", "discount-percent",
      "one-time-fee"],
     r=dict(seller_contact="Eirik Solberg, eirik.solberg@orrery.example",
            buyer_contact="Fatima Al-Khalifa, procurement@alnoorlogistics.example",
            offer_name="Orrery Fleet Telemetry - Al Noor 12 months",
            accepted="22 September 2026 07:03 UTC by buyer account 3391-0027-6645", duration="12 months",
            curname="BHD (Bahraini dinar)", payterms="Net 15 from the marketplace invoice date",
            kv_extra=[["Buyer purchase order", "ANL-PO-7781 - must appear on every marketplace invoice"]],
            sched_intro="Charges are invoiced quarterly in advance on the dates below; the one-time onboarding "
                        "charge is included in the first instalment.",
            schedule=[("2026-10-01", "3535.000"), ("2027-01-01", "2385.000"), ("2027-04-01", "2385.000"),
                      ("2027-07-01", "2385.000")],
            terms=["This contract ends on the contract end date and does not renew automatically.",
                   "End-user terms: Orrery Data Cloud Terms (international edition)."],
            accept_line="Accepted electronically through Cumulus Exchange by Fatima Al-Khalifa on 22 September "
                        "2026."),
     value="10690.000")


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 4  sched : invoice schedule first, products second, terms last
# ----------------------------------------------------------------------------------------------------------
def build_sched(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    pdf = Doc("P", "A4", footer=f"{r['title']} {t['order_form_number']}", margin=17)
    pdf.add_page()
    pdf.f(8)
    pdf.set_text_color(90)
    y = pdf.get_y()
    pdf.multi_cell(85, 3.8, f"ISSUED BY\n{t['vendor_legal_name']}\n{r['vaddr']}")
    pdf.set_xy(110, y)
    pdf.multi_cell(83, 3.8, f"ISSUED TO\n{t['customer_legal_name']}\n{r['caddr']}")
    pdf.set_text_color(0)
    pdf.ln(4)
    pdf.f(16, "B")
    pdf.cell(0, 8, r["title"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.f(9)
    pdf.cell(0, 5, f"Reference {t['order_form_number']}   -   dated {c.d(t['effective_date'])}", new_x="LMARGIN",
             new_y="NEXT")
    pdf.rule(0.6)
    pdf.ln(3)
    pdf.hd("1   Invoice schedule", 11)
    pdf.para(r["sched_intro"], size=8.8)
    rows = [["No.", "Invoice date", "Service period covered", "Includes", "Amount"]]
    for i, (d, a, b, items, amt) in enumerate(r["schedule"], 1):
        rows.append([str(i), c.d(d), f"{c.d(a)} - {c.d(b)}" if a else "-", items, c.m(amt)])
    total = sum(D(x[-1]) for x in r["schedule"])
    rows.append(["", "", "", r.get("total_label", "Total of scheduled invoices"), c.m(total)])
    pdf.grid(rows, (10, 26, 50, 54, 36), size=8.3, align=("CENTER", "CENTER", "CENTER", "LEFT", "RIGHT"),
             fill=r["fill"])
    pdf.hd("2   What the schedule pays for", 11)
    rows = [["Code", "Product or service", "Qty", "Unit price", "Charged", "Discount", "Amount per charge"]]
    per = {"year": "yearly", "month": "monthly", "quarter": "quarterly", "one_time": "once"}
    for li in t["line_items"]:
        prod = li["description"]
        if li["start_date"]:
            prod += f"\n{c.d(li['start_date'])} to {c.d(li['end_date'])}"
        rows.append([li["sku"] or "", prod, c.q(li["quantity"]), c.m(li["unit_price"]), per[li["price_period"]],
                     f"{li['discount_percent']}%" if li["discount_percent"] else "", c.m(li["net_amount"])])
    pdf.grid(rows, (20, 56, 12, 26, 18, 16, 28), size=8.3,
             align=("LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "CENTER", "RIGHT"), fill=r["fill"])
    pdf.hd("3   Key terms", 11)
    for i, (lab, txt) in enumerate(r["terms"], 1):
        pdf.f(8.8, "B")
        pdf.cell(38, 4.4, f"3.{i}  {lab}")
        pdf.f(8.8)
        pdf.multi_cell(0, 4.4, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(2)
    pdf.hd("4   Standard terms", 11)
    boiler(pdf, r.get("b0", 0), r.get("bn", 8), size=7.8, prefix="4.", law=r["law"])
    pdf.sigblock([("Signed for the supplier", t["vendor_legal_name"], *r["vsig"][:2], c.d(r["vsig"][2])),
                  ("Signed for the customer", t["customer_legal_name"], *r["csig"][:2], c.d(r["csig"][2]))])
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


form("sched", 1, "pdf", Ctx("dmy", "eu", 2, "R$ "),
     T(customer_legal_name="Cooperativa Agroindustrial Serra Azul", vendor_legal_name="Ipê Digital Tecnologia Ltda.",
       order_form_number="PED-2026-0381", billing_contact_email="financeiro@serraazul.example", currency="BRL",
       effective_date="2026-03-09", service_start_date="2026-03-15", service_end_date="2027-03-14", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=15,
       billing_frequency="quarterly", billing_timing="advance", billing_anchor="day:15",
       line_items=[L("ERP Connector Suite", "IPE-ERPC", 1, "4800.00", "month", net=True),
                   L("Named Users", "IPE-USR", 55, "89.90", "month", net=True),
                   L("Setup Fee", "IPE-SETUP", 1, "12000.00", "one_time", net=True)],
       total_contract_value="128934.00", late_fee_percent_per_month="1",
       non_standard_terms=["A one-off 2% late-payment penalty (multa) applies in addition to 1% monthly interest"]),
     dict(deal_id="006-BD0D01", deal_name="Serra Azul - ERP Connector 12m", close_date="2026-03-09"),
     "Invoice-schedule-first order from a Brazilian provider: the quarterly invoice table comes before the product "
     "table. Brazilian number format (R$ 4.944,50) and dd/mm/yyyy dates (all days > 12, so unambiguous). Monthly "
     "fees 4.800,00 + 55 x 89,90 (= 4.944,50) = 9.744,50; quarter = 29.233,50; first invoice adds the 12.000,00 "
     "setup fee (41.233,50). 4 x 29.233,50 + 12.000,00 = 128.934,00 = stated total. Invoices on the 15th "
     "(anchor day:15). Late payment: 2% multa plus 1% a month interest; the 1% goes in late_fee and the multa "
     "is listed as non-standard.",
     ["schedule-first", "eu-number-format", "monthly-priced-lines", "quarterly-billing", "one-time-fee",
      "late-fee", "billing-anchor"],
     r=dict(title="Order Confirmation and Invoice Schedule", fill=(255, 236, 179),
            vaddr="Av. Paulista 1842, 12º andar, Sao Paulo - SP, 01310-200, CNPJ 31.447.908/0001-55",
            caddr="Rodovia PR-317, km 14, Toledo - PR, 85900-970, CNPJ 76.112.430/0001-09",
            sched_intro="Invoices (boleto bancario) will be issued on the dates below, each on the 15th day of the "
                        "first month of the quarter it covers. Amounts in Brazilian reais (R$); taxes on services "
                        "(ISS) are included.",
            schedule=[("2026-03-15", "2026-03-15", "2026-06-14", "Subscription Q1 + Setup Fee", "41233.50"),
                      ("2026-06-15", "2026-06-15", "2026-09-14", "Subscription Q2", "29233.50"),
                      ("2026-09-15", "2026-09-15", "2026-12-14", "Subscription Q3", "29233.50"),
                      ("2026-12-15", "2026-12-15", "2027-03-14", "Subscription Q4", "29233.50")],
            total_label="Total contract value", law="Brazil (foro da Comarca de Sao Paulo)",
            terms=[("Term", "Twelve (12) months from 15/03/2026 to 14/03/2027."),
                   ("Billing", "Quarterly in advance; monthly prices x 3 per invoice, as scheduled in section 1."),
                   ("Payment", "Each boleto is due 15 days after issue."),
                   ("Late payment", "2% fine (multa) on the overdue amount plus interest of 1% per month, pro rata."),
                   ("Renewal", "Renews automatically for 12 months unless either party gives 30 days' written "
                    "notice before the end date."),
                   ("Billing contact", "financeiro@serraazul.example")],
            vsig=("Rafael Monteiro", "Diretor Comercial", "2026-03-09"),
            csig=("Luciana Bertoldi", "Gerente Financeira", "2026-03-09")),
     value="128934.00")

form("sched", 2, "pdf", Ctx("iso", "sp", 2, "", " SEK", disp=0),
     T(customer_legal_name="Vindelälven Kraft AB", vendor_legal_name="Saga Route Systems AB",
       order_form_number="SRS-2026-1142", billing_contact_email="leverantorsfakturor@vindelalvenkraft.example",
       currency="SEK", effective_date="2026-08-18", service_start_date="2026-09-01", service_end_date="2029-08-31",
       term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance",
       line_items=[L("Route Platform - Base", "SRS-BASE", 1, "60000.00", "year", net=True),
                   L("Field Licences", "SRS-FLD", 180, "750.00", "year", net=True, start="2026-09-01",
                     end="2027-08-31"),
                   L("Field Licences", "SRS-FLD", 220, "750.00", "year", net=True, start="2027-09-01",
                     end="2028-08-31"),
                   L("Field Licences", "SRS-FLD", 260, "750.00", "year", net=True, start="2028-09-01",
                     end="2029-08-31"),
                   L("Onboarding", "SRS-ONB", 1, "36000.00", "one_time", net=True)],
       total_contract_value="711000.00"),
     dict(deal_id="006-BD0D02", deal_name="Vindelalven Kraft - Saga Route 3yr", close_date="2026-08-18"),
     "Schedule-first order in Swedish kronor written with space thousands and no decimals, code after the amount "
     "('231 000 SEK'); gold money strings carry SEK's two minor-unit decimals (\"60000.00\"). Field Licences ramp "
     "180 / 220 / 260 at 750 SEK a year (135 000, 165 000, 195 000), each with its own dates; platform base 60 000 "
     "a year for all three years; onboarding 36 000 once. Schedule: 231 000 + 225 000 + 255 000 = 711 000 SEK, "
     "the stated total. Late interest is statutory, so null.",
     ["schedule-first", "ramp", "currency-after-amount", "space-thousands", "no-decimals-shown", "one-time-fee"],
     r=dict(title="Subscription Order - Billing Plan", fill=(200, 225, 240),
            vaddr="Kungsgatan 44, 111 35 Stockholm, Sweden, org. nr 559012-3344",
            caddr="Storgatan 9, 921 31 Lycksele, Sweden, org. nr 556870-1122",
            sched_intro="Annual invoices are issued on the first day of each contract year. All amounts in SEK, "
                        "excluding VAT (moms).",
            schedule=[("2026-09-01", "2026-09-01", "2027-08-31", "Base + 180 Field Licences + Onboarding",
                       "231000"),
                      ("2027-09-01", "2027-09-01", "2028-08-31", "Base + 220 Field Licences", "225000"),
                      ("2028-09-01", "2028-09-01", "2029-08-31", "Base + 260 Field Licences", "255000")],
            total_label="Total contract value, 36 months", law="Sweden",
            terms=[("Term", "36 months, 2026-09-01 to 2029-08-31."),
                   ("Billing", "Annually in advance per the schedule in section 1."),
                   ("Payment", "30 days net. Late payment interest according to the Swedish Interest Act "
                    "(räntelagen)."),
                   ("Renewal", "After the initial term the order is extended by 12 months at a time unless "
                    "terminated in writing no later than 90 days before expiry."),
                   ("Invoices to", "leverantorsfakturor@vindelalvenkraft.example, marked with reference "
                    "'VK-IT-Drift'")],
            vsig=("Johan Lindqvist", "VD", "2026-08-17"), csig=("Anna Bergström", "Ekonomichef", "2026-08-18")),
     value="711000.00")

_s3 = [("2026-05-01", "2026-05-01", "2026-05-31", "May + onboarding, less promotional credit", "8140.00")]
for _m in range(1, 12):
    _d = add_months(date(2026, 5, 1), _m)
    _e = add_months(_d, 1) - timedelta(days=1)
    _s3.append((_d.isoformat(), _d.isoformat(), _e.isoformat(), f"{MONTHS[_d.month-1]} subscription", "6640.00"))

form("sched", 3, "pdf", Ctx("usabbr", "us", 2, "$"),
     T(customer_legal_name="Harborview Dental Partners, LLC", vendor_legal_name="Molarity Cloud, Inc.",
       order_form_number="MC-2026-0502", billing_contact_email="billing@harborviewdental.example", currency="USD",
       effective_date="2026-04-20", service_start_date="2026-05-01", service_end_date="2027-04-30", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=15,
       billing_frequency="monthly", billing_timing="advance", billing_anchor="day:1",
       line_items=[L("Practice Cloud - per location", "PC-LOC", 14, "425.00", "month", net=True),
                   L("e-Claims Clearinghouse", "ECL-STD", 1, "690.00", "month", net=True),
                   L("Onboarding & Data Conversion", "ONB-DC", 1, "2500.00", "one_time", net=True)],
       total_contract_value="81180.00", price_escalator_percent="4",
       non_standard_terms=["One-time promotional credit of USD 1,000.00 applied to the first invoice"]),
     dict(deal_id="006-BD0D03", deal_name="Harborview Dental - Practice Cloud 14 locations", close_date="2026-04-20"),
     "Schedule-first order with a 12-row monthly invoice table. Monthly fees 14 x $425.00 = $5,950.00 + $690.00 = "
     "$6,640.00. First invoice $6,640.00 + $2,500.00 onboarding - $1,000.00 promotional credit = $8,140.00; then 11 "
     "x $6,640.00 = $73,040.00. The stated 'Total of scheduled invoices' $81,180.00 is what is billed over the "
     "term (line items alone sum to $82,180.00; the difference is the credit, listed as a non-standard term). "
     "Invoices dated the 1st of each month (anchor day:1). Renewal pricing +4%.",
     ["schedule-first", "monthly", "promotional-credit", "one-time-fee", "escalator", "billing-anchor"],
     r=dict(title="Service Order - Payment Schedule", fill=(220, 235, 220),
            vaddr="77 Water Street, Floor 5, Portland, ME 04101", caddr="410 Harbor Drive, Suite 200, "
            "San Diego, CA 92101",
            sched_intro="Invoices are dated the 1st of each month and billed monthly in advance for that month. A "
                        "one-time promotional credit of $1,000.00 is applied to invoice 1.",
            schedule=_s3, adjust="-1000.00",
            deal_adjust_lines=[{"sku": None, "name": "Promotional credit", "quantity": "1",
                                "unit_price": "-1000.00", "total": "-1000.00"}],
            law="the State of California", b0=2, bn=8,
            terms=[("Term", "12 months beginning May 1, 2026 and ending Apr 30, 2027."),
                   ("Payment", "Net 15 days."),
                   ("Renewal", "Renews for successive 12-month terms unless either party gives 30 days' notice "
                    "before the end of the current term. Renewal pricing increases by 4%."),
                   ("Promotion", "One-time credit of $1,000.00, applied to the first invoice only; it has no cash "
                    "value and does not carry over."),
                   ("Invoices to", "billing@harborviewdental.example")],
            vsig=("Ben Castellano", "Sales Manager", "2026-04-20"),
            csig=("Dr. Alicia Reyes", "Managing Partner", "2026-04-20")),
     value="81180.00")

form("sched", 4, "pdf", Ctx("dot", "ch", 2, "CHF "),
     T(customer_legal_name="Seeland Pharma Logistik AG", vendor_legal_name="Alpenfirn Software AG",
       order_form_number="AF-2026-077", billing_contact_email="kreditoren@seeland-pharma.example", currency="CHF",
       effective_date="2026-06-12", service_start_date="2026-07-01", service_end_date="2028-06-30", term_months=24,
       auto_renew=False, payment_terms_days=30, billing_frequency="semiannual", billing_timing="advance",
       po_required=True, po_number="4500129876",
       line_items=[L("QualiTrack GxP Suite", "QT-GXP", 1, "54000.00", "year", net=True),
                   L("Validated User Licences", "QT-USR", 70, "240.00", "year", 10, net=True),
                   L("Validation Documentation Pack", "QT-VDP", 1, "9500.00", "one_time", net=True)],
       total_contract_value="147740.00",
       non_standard_terms=["Payment for the Validation Documentation Pack is contingent on the Customer's written "
                           "acceptance of the pack"]),
     dict(deal_id="006-BD0D04", deal_name="Seeland Pharma - QualiTrack 24m", close_date="2026-06-12"),
     "Swiss schedule-first order with apostrophe thousands (CHF 54'000.00) and dd.mm.yyyy dates. Licences 70 x "
     "240.00 = 16'800.00 less 10% = 15'120.00 a year; annual recurring 69'120.00, half-year 34'560.00. Schedule: "
     "44'060.00 (incl. the 9'500.00 documentation pack) + 3 x 34'560.00 = 147'740.00, the stated total. "
     "Semiannual in advance; invoices must quote SAP PO 4500129876; payment for the documentation pack depends on "
     "acceptance (non-standard).",
     ["schedule-first", "apostrophe-thousands", "semiannual", "po-required", "discount-percent", "one-time-fee",
      "acceptance-contingent"],
     r=dict(title="Auftragsbestaetigung / Order Confirmation", fill=(240, 220, 220),
            vaddr="Bahnhofstrasse 21, 6300 Zug, Switzerland, CHE-112.409.887",
            caddr="Industriering 7, 3250 Lyss, Switzerland, CHE-405.118.230",
            sched_intro="Invoices are issued half-yearly in advance on the dates shown. Amounts in Swiss francs, "
                        "excluding Swiss VAT (MWST).",
            schedule=[("2026-07-01", "2026-07-01", "2026-12-31", "H1 subscription + Validation Documentation Pack",
                       "44060.00"),
                      ("2027-01-01", "2027-01-01", "2027-06-30", "H2 subscription", "34560.00"),
                      ("2027-07-01", "2027-07-01", "2027-12-31", "H3 subscription", "34560.00"),
                      ("2028-01-01", "2028-01-01", "2028-06-30", "H4 subscription", "34560.00")],
            total_label="Total for the 24-month term", law="Switzerland (Zug)",
            terms=[("Term", "24 months, 01.07.2026 - 30.06.2028. The order ends at the end of the term; a "
                    "renewal requires a new order."),
                   ("Payment", "30 days net from invoice date."),
                   ("Purchase order", "All invoices must quote SAP purchase order 4500129876 and be sent to "
                    "kreditoren@seeland-pharma.example."),
                   ("Acceptance", "The Validation Documentation Pack is invoiced with the first instalment but "
                    "payment of that item falls due only after the Customer's Quality Assurance has accepted the "
                    "pack in writing.")],
            vsig=("Beat Imhof", "Leiter Vertrieb", "2026-06-11"), csig=("Nadine Gerber", "CFO", "2026-06-12")),
     value="147740.00")


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 5  grid2 : bordered two-column label | value grid running over two pages
# ----------------------------------------------------------------------------------------------------------
def build_grid2(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]

    def hdr(pdf):
        pdf.f(8, "B")
        pdf.set_text_color(*r["color"])
        pdf.cell(90, 5, t["vendor_legal_name"].upper())
        pdf.cell(0, 5, f"ORDER SCHEDULE  {t['order_form_number']}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.set_draw_color(*r["color"])
        pdf.set_line_width(0.8)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0)
        pdf.ln(4)

    pdf = Doc("P", "A4", footer="Initials: ______ / ______", header_fn=hdr, margin=20)
    pdf.add_page()
    pdf.f(15, "B")
    pdf.cell(0, 8, r["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.f(9)
    pdf.multi_cell(0, 4.5, r["intro"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    per = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}
    rows = []
    rows.append(("A. PARTIES", None))
    rows += [("Provider", f"{t['vendor_legal_name']}\n{r['vaddr']}"),
             ("Customer", f"{t['customer_legal_name']}\n{r['caddr']}"),
             ("Customer contact", r["ccontact"]),
             ("Order reference", t["order_form_number"]),
             ("Order date", c.d(t["effective_date"]))]
    rows.append(("B. SUBSCRIPTION PERIOD", None))
    rows += [("Start date", c.d(t["service_start_date"]))]
    if t["service_end_date"]:
        rows.append(("End date", c.d(t["service_end_date"])))
    if t["term_months"]:
        rows.append(("Duration", r.get("duration", f"{t['term_months']} months")))
    rows.append(("C. FEES", None))
    rows.append(("Currency", r["curname"]))
    for i, li in enumerate(t["line_items"], 1):
        x = li["_x"]
        rows.append((f"Item {i} - product", li["description"] + (f"  [{li['sku']}]" if li["sku"] else "")))
        if li["start_date"]:
            rows.append((f"Item {i} - applies", f"{c.d(li['start_date'])} to {c.d(li['end_date'])}"))
        rows.append((f"Item {i} - quantity", c.q(li["quantity"]) + (" " + x["uom"] if x.get("uom") else "")))
        rows.append((f"Item {i} - unit price", f"{c.m(li['unit_price'])} {per[li['price_period']]}"))
        if x.get("disc_amt"):
            rows.append((f"Item {i} - discount", f"{c.m(x['disc_amt'])} {per[li['price_period']]}"))
        elif li["discount_percent"]:
            rows.append((f"Item {i} - discount", f"{li['discount_percent']}%"))
        if li["net_amount"]:
            lab = "fee" if li["price_period"] == "one_time" else f"net fee {per[li['price_period']]}"
            rows.append((f"Item {i} - {lab}", c.m(li["net_amount"])))
    if t["total_contract_value"]:
        rows.append(("Total contract value", c.m(t["total_contract_value"])))
    for u in t["usage_rules"]:
        rows.append(("Usage charges", usage_sentence(c, u, r.get("unit_word"))))
    rows.append(("D. INVOICING AND PAYMENT", None))
    rows += [("Billing frequency", r["billing"]), ("Payment terms", pay_sentence(t)),
             ("Invoices to", t["billing_contact_email"])]
    if t["po_required"]:
        rows.append(("Purchase order", f"Required on every invoice: {t['po_number']}"))
    if t["late_fee_percent_per_month"]:
        rows.append(("Late payment", f"{t['late_fee_percent_per_month']}% per month on overdue amounts"))
    rows.append(("Taxes", r["tax"]))
    rows.append(("E. RENEWAL AND PRICE CHANGES", None))
    rows.append(("Renewal", renewal_sentence(t)))
    if t["price_escalator_percent"]:
        rows.append(("Price adjustment", r["escalator_text"]))
    if r.get("other"):
        rows.append(("F. OTHER COMMERCIAL TERMS", None))
        rows += r["other"]
    pdf.f(9)
    with pdf.table(col_widths=(52, 118), first_row_as_headings=True, repeat_headings=1, line_height=4.6,
                   headings_style=FontFace(emphasis="BOLD", color=255, fill_color=r["color"]), padding=1.8,
                   text_align="LEFT") as tb:
        row = tb.row()
        row.cell("Particular")
        row.cell("Detail")
        for lab, val in rows:
            row = tb.row()
            if val is None:
                row.cell(lab, colspan=2, style=FontFace(emphasis="BOLD", fill_color=r["light"]))
            else:
                row.cell(lab, style=FontFace(emphasis="BOLD"))
                row.cell(val)
    pdf.ln(4)
    pdf.para("This Order Schedule is governed by the Provider's Master Subscription Terms, which are incorporated by "
             "reference. If the Master Subscription Terms and this Order Schedule conflict, this Order Schedule "
             "prevails.", size=8.5)
    pdf.sigblock([("PROVIDER", t["vendor_legal_name"], *r["vsig"][:2], c.d(r["vsig"][2])),
                  ("CUSTOMER", t["customer_legal_name"], *r["csig"][:2], c.d(r["csig"][2]))])
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


form("grid2", 1, "pdf", Ctx("dmyabbr", "us", 2, "AED "),
     T(customer_legal_name="Al Safwa Retail Trading L.L.C.", vendor_legal_name="Sandgrouse Systems FZ-LLC",
       order_form_number="SGS-ORD-2026-114", billing_contact_email="accounts@alsafwaretail.example", currency="AED",
       effective_date="2026-01-12", service_start_date="2026-02-01", service_end_date="2027-01-31", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance",
       line_items=[L("Retail Insight Cloud", "RIC-ENT", 1, "96000.00", "year", net=True),
                   L("Store Licences", "RIC-STORE", 35, "1650.00", "year", 10, net=True, disc_amt="5775.00",
                     uom="stores"),
                   L("Arabic/English Localisation and Setup", "RIC-SETUP", 1, "14500.00", "one_time", net=True)],
       total_contract_value="162475.00", price_escalator_percent="5"),
     dict(deal_id="006-BD0G01", deal_name="Al Safwa Retail - Retail Insight", close_date="2026-01-12"),
     "Two-column bordered grid (Particular | Detail) with shaded section rows, running onto a second page with "
     "the header row repeated. Dates are written '1-Feb-26'. Store Licences discount is an amount: 35 x 1,650.00 = "
     "57,750.00 less AED 5,775.00 = 51,975.00 a year (10%). Total 96,000.00 + 51,975.00 + 14,500.00 = 162,475.00 "
     "as stated. Renewal price increase capped at 5%. VAT 5% is excluded and not a fee line.",
     ["two-column-grid", "multi-page-table", "discount-amount", "abbrev-dates", "escalator", "one-time-fee"],
     r=dict(title="Subscription Order Schedule", color=(150, 110, 40), light=(245, 235, 210),
            intro="Each row below is a commercial term of the subscription. Items not completed do not apply.",
            vaddr="Office 1104, Building 9, Dubai Internet City, Dubai, UAE (Licence 94451)",
            caddr="Warehouse 22, Al Quoz Industrial Area 3, Dubai, UAE",
            ccontact="Omar Haddad, IT Director, omar.haddad@alsafwaretail.example", curname="UAE dirham (AED)",
            billing="Annually in advance, first invoice on the start date", tax="UAE VAT at 5% is added to each "
            "invoice.", escalator_text="On renewal, fees may increase by no more than 5% over the prior term.",
            vsig=("Rashid Al Mansoori", "Commercial Director", "2026-01-12"),
            csig=("Hessa Al Zarooni", "Finance Manager", "2026-01-12")),
     value="162475.00")

form("grid2", 2, "pdf", Ctx("iso", "us", 3, "KWD "),
     T(customer_legal_name="Gulf Horizon Shipping Company K.S.C.C.", vendor_legal_name="Meridian Tide Software Ltd",
       order_form_number="MTS-KW-0042", billing_contact_email="ap@gulfhorizonshipping.example", currency="KWD",
       effective_date="2026-04-05", service_start_date="2026-05-01", service_end_date="2028-04-30", term_months=24,
       auto_renew=False, payment_terms_days=45, billing_frequency="semiannual", billing_timing="advance",
       po_required=True, po_number="GHS-PO-2026-0311",
       line_items=[L("Vessel Tracking Platform", "VTP-CORE", 1, "7200.000", "year", net=True),
                   L("Vessel Connections", "VTP-VSL", 28, "112.500", "year", net=True, uom="vessels"),
                   L("Crew Training", "VTP-TRN", 1, "875.000", "one_time", net=True)],
       usage_rules=[U("Satellite position messages", "message", 10000, "month", "per_unit", [(None, "0.015")],
                      "quarterly", "arrears")]),
     dict(deal_id="006-BD0G02", deal_name="Gulf Horizon Shipping - Vessel Tracking 24m", close_date="2026-04-05"),
     "Two-column grid order in Kuwaiti dinar (3 decimals). Platform 7,200.000 + 28 x 112.500 (= 3,150.000) = "
     "10,350.000 a year, invoiced semi-annually in advance (5,175.000 per half year, not stated); crew training "
     "875.000 once. No total is stated (null); by hand 10,350.000 x 2 + 875.000 = 21,575.000 = deal amount. Usage: "
     "10,000 satellite messages a month included, then KWD 0.015 per message, quarterly in arrears. PO "
     "GHS-PO-2026-0311 required; no auto-renewal.",
     ["two-column-grid", "multi-page-table", "3-decimal", "usage", "po-required", "one-time-fee"],
     r=dict(title="Order Schedule - Vessel Tracking Services", color=(10, 90, 100), light=(205, 230, 232),
            intro="Prepared for Gulf Horizon Shipping Company K.S.C.C. Values in this schedule are binding once "
                  "signed by both parties.",
            vaddr="3rd Floor, 12 Canute Road, Southampton SO14 3FH, United Kingdom",
            caddr="Shuwaikh Port, Block 1, Building 14, Kuwait City, State of Kuwait",
            ccontact="Yousef Al-Rashidi, Fleet Systems Manager", curname="Kuwaiti dinar (KWD)",
            duration="24 months", unit_word="message",
            billing="Semi-annually in advance from the start date; usage charges quarterly in arrears",
            tax="Fees are exclusive of any applicable taxes or withholding.",
            vsig=("Oliver Pennington", "Director, Middle East", "2026-04-05"),
            csig=("Khaled Al-Mutairi", "Chief Financial Officer", "2026-04-05")),
     value="21575.000")

form("grid2", 3, "pdf", Ctx("ukord", "us", 2, "SAR "),
     T(customer_legal_name="Rawabi Health Services Company", vendor_legal_name="Saltmarsh Health Systems LLC",
       order_form_number="SHS-SA-2026-07", billing_contact_email="payables@rawabihealth.example", currency="SAR",
       effective_date="2026-05-18", service_start_date="2026-06-01", service_end_date="2029-05-31", term_months=36,
       auto_renew=False, payment_terms_days=60, billing_frequency="annual", billing_timing="advance",
       line_items=[L("Clinical Scheduling - Licensed Beds", "CS-BED", 400, "900.00", "year", net=True,
                     start="2026-06-01", end="2027-05-31", uom="beds"),
                   L("Clinical Scheduling - Licensed Beds", "CS-BED", 400, "945.00", "year", net=True,
                     start="2027-06-01", end="2028-05-31", uom="beds"),
                   L("Clinical Scheduling - Licensed Beds", "CS-BED", 400, "992.25", "year", net=True,
                     start="2028-06-01", end="2029-05-31", uom="beds"),
                   L("HL7 Interface and Arabic Localisation", "CS-INT", 1, "85000.00", "one_time", net=True)],
       total_contract_value="1219900.00", price_escalator_percent="5",
       non_standard_terms=["Customer may reduce licensed beds by up to 10% at each anniversary"]),
     dict(deal_id="006-BD0G03", deal_name="Rawabi Health - Clinical Scheduling 3yr", close_date="2026-05-18"),
     "Two-column grid order in Saudi riyal with UK ordinal dates. The bed licence price rises 5% at each "
     "anniversary and each year is its own item with an 'applies' row: 400 x 900.00 = 360,000.00; 400 x 945.00 = "
     "378,000.00; 400 x 992.25 = 396,900.00; plus 85,000.00 one-time = 1,219,900.00 as stated. Escalator 5% is "
     "stated. Renewal only by mutual agreement (auto_renew false). Bed-reduction right is non-standard.",
     ["two-column-grid", "multi-page-table", "ramp", "escalator", "ordinal-dates", "one-time-fee"],
     r=dict(title="Order Schedule - Clinical Scheduling", color=(30, 100, 60), light=(210, 235, 215),
            intro="Saltmarsh Health Systems LLC - Order Schedule under the Master Subscription Terms dated "
                  "2nd February 2026.",
            vaddr="900 Tidewater Parkway, Charleston, SC 29401, USA",
            caddr="King Fahd Road, Al Olaya District, Riyadh 12214, Kingdom of Saudi Arabia",
            ccontact="Dr. Nasser Al-Otaibi, Chief Medical Information Officer", curname="Saudi riyal (SAR)",
            duration="Thirty-six (36) months",
            billing="Annually in advance at the start of each contract year", tax="VAT at 15% is charged in "
            "addition to the fees.",
            escalator_text="Unit prices increase by 5% on each anniversary of the start date (already reflected in "
                           "Items 2 and 3).",
            other=[("Bed flexibility", "At each anniversary the Customer may reduce the number of licensed beds by "
                    "up to 10% by written notice given 60 days before the anniversary."),
                   ("Renewal discussions", "Any renewal is by mutual written agreement.")],
            vsig=("Claire Dubois", "VP International", "2026-05-18"),
            csig=("Faisal Al-Harbi", "Chief Financial Officer", "2026-05-18")),
     value="1219900.00")

form("grid2", 4, "pdf", Ctx("dot", "us", 3, "OMR "),
     T(customer_legal_name="Muscat Coastal Water Company SAOG", vendor_legal_name="Sandgrouse Systems FZ-LLC",
       order_form_number="SGS-ORD-2026-190", billing_contact_email="finance@muscatcoastalwater.example",
       currency="OMR", effective_date="2026-08-01", service_start_date="2026-09-01", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
       billing_frequency="quarterly", billing_timing="advance",
       line_items=[L("Asset Health Monitoring", "AHM-CORE", 1, "1150.000", "month", net=True),
                   L("SCADA Tag Packs (1,000 tags each)", "AHM-TAG", 12, "45.500", "month", net=True, uom="packs")],
       usage_rules=[U("Analytics compute hours", "hour", None, None, "graduated", [(500, "0.850"), (None, "0.700")],
                      "monthly", "arrears")],
       late_fee_percent_per_month="1"),
     dict(deal_id="006-BD0G04", deal_name="Muscat Coastal Water - Asset Health", close_date="2026-08-01"),
     "Two-column grid order in Omani rial (3 decimals), dates dd.mm.yyyy. Monthly prices: 1,150.000 + 12 x "
     "45.500 (= 546.000) = 1,696.000 a month, invoiced quarterly in advance. Duration '12 months' from "
     "01.09.2026 with no end date written, so the end is derived (2027-08-31). No total stated; by hand 1,696.000 "
     "x 12 = 20,352.000 = deal amount. Compute hours are graduated: hours 1-500 in a month at 0.850, above 500 at "
     "0.700, monthly in arrears, nothing included. Late fee 1% per month.",
     ["two-column-grid", "multi-page-table", "3-decimal", "usage", "graduated", "derived-end-date",
      "monthly-priced-lines", "late-fee", "dotted-dates"],
     r=dict(title="Subscription Order Schedule", color=(150, 110, 40), light=(245, 235, 210),
            intro="Each row below is a commercial term of the subscription. Items not completed do not apply.",
            vaddr="Office 1104, Building 9, Dubai Internet City, Dubai, UAE (Licence 94451)",
            caddr="Way 3109, Al Khuwair, P.O. Box 1420, Muscat 133, Sultanate of Oman",
            ccontact="Salim Al-Busaidi, Head of Operations Technology", curname="Omani rial (OMR)",
            duration="12 months from the start date", unit_word="hour",
            billing="Quarterly in advance (three months' fees per invoice); usage monthly in arrears",
            tax="Oman VAT at 5% is added where applicable.",
            vsig=("Rashid Al Mansoori", "Commercial Director", "2026-08-01"),
            csig=("Maryam Al-Lawati", "Finance Director", "2026-08-01")),
     derived={"service_end_date": {"value": "2027-08-31", "rule": "start 2026-09-01 + 12 months - 1 day"}},
     value="20352.000")


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 6  check : onboarding questionnaire / checklist with tick boxes (unticked products are distractors)
# ----------------------------------------------------------------------------------------------------------
def box(on):
    return "[X]" if on else "[  ]"


def check_questions(F):
    """Build the questionnaire as a list of (section, [(question, answer_text)])."""
    t, c, r = F["t"], F["ctx"], F["r"]
    terms = r.get("term_opts", [12, 24, 36])
    tm = t["term_months"]
    term_ans = "   ".join(f"{box(tm == o)} {o} months" for o in terms) + f"   {box(tm is None)} Month-to-month"
    freq = [("monthly", "Monthly"), ("quarterly", "Quarterly"), ("semiannual", "Semi-annual"), ("annual", "Annual")]
    pts = r.get("pt_opts", [0, 15, 30, 45])
    pt_ans = "   ".join(f"{box(t['payment_terms_days'] == p)} {'Due on receipt' if p == 0 else f'Net {p}'}"
                       for p in pts)
    secs = []
    secs.append(("1. About your organisation", [
        ("Legal entity name (as it should appear on invoices)", t["customer_legal_name"]),
        ("Registered address", r["caddr"]),
        ("Accounts payable e-mail for invoices", t["billing_contact_email"]),
        ("Main contact for this order", r["ccontact"]),
        ("Must our invoices quote your purchase order number?",
         f"{box(t['po_required'])} Yes - PO number: {t['po_number'] or '(to follow)'}   {box(not t['po_required'])} No"
         if t["po_required"] else f"{box(False)} Yes - PO number: ________   {box(True)} No")]))
    dates = [("Order date", c.d(t["effective_date"])), ("When should the subscription start?",
                                                         c.d(t["service_start_date"])),
             ("How long is the initial term?", term_ans)]
    if t["service_end_date"]:
        dates.append(("Initial term ends on", c.d(t["service_end_date"])))
    secs.append(("3. Dates and term", dates))
    bill = [("Billing frequency?", "   ".join(f"{box(t['billing_frequency'] == k)} {v}" for k, v in freq)),
            ("Invoice timing?", f"{box(t['billing_timing'] == 'advance')} In advance   "
                                f"{box(t['billing_timing'] == 'arrears')} In arrears"),
            ("Payment terms?", pt_ans)]
    if "anchor_q" in r:
        bill.append((r["anchor_q"], f"{box(t['billing_anchor'] is not None)} Yes   "
                                    f"{box(t['billing_anchor'] is None)} No"))
    secs.append(("4. Invoicing", bill))
    ren = [("Renew automatically at the end of the term?", f"{box(t['auto_renew'] is True)} Yes   "
                                                          f"{box(t['auto_renew'] is False)} No")]
    if t["auto_renew"]:
        ren.append(("If yes, each renewal lasts", r.get("ren_text", f"{t['renewal_term_months']} months")))
        ren.append(("Notice needed to stop a renewal", f"{t['non_renewal_notice_days']} days before the renewal date"))
    if t["price_escalator_percent"]:
        ren.append(("Renewal price increase (cap)", f"{t['price_escalator_percent']}%"))
    secs.append(("5. Renewal", ren))
    extra = []
    for u in t["usage_rules"]:
        extra.append(("Usage-based charges", usage_sentence(c, u, r.get("unit_word"))))
    if t["minimum_commitment"]:
        extra.append(("Minimum commitment", r["min_text"]))
    if t["total_contract_value"]:
        extra.append((r.get("tcv_q", "Total contract value"), c.m(t["total_contract_value"])))
    extra += r.get("extra_q", [])
    if extra:
        secs.append(("6. Usage, commitments and totals", extra))
    return secs


def build_check(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    if F["fmt"] == "txt":
        return build_check_txt(F, folder)
    pdf = Doc("P", "Letter", footer=f"{t['vendor_legal_name']} - Onboarding checklist {t['order_form_number']}",
              margin=18)
    pdf.add_page()
    pdf.set_fill_color(*r["color"])
    pdf.rect(pdf.l_margin, 14, pdf.w - 36, 16, "F")
    pdf.set_text_color(255)
    pdf.set_xy(pdf.l_margin + 3, 16)
    pdf.f(14, "B")
    pdf.cell(0, 7, r["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 3)
    pdf.f(8.5)
    pdf.cell(0, 5, f"{t['vendor_legal_name']}  -  Checklist no. {t['order_form_number']}")
    pdf.set_text_color(0)
    pdf.set_fill_color(255)
    pdf.set_y(34)
    pdf.para(r["intro"], size=8.8)
    secs = check_questions(F)

    def qa(items):
        pdf.f(8.8)
        with pdf.table(col_widths=(70, 110), first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
                       line_height=4.4, padding=1.3, text_align="LEFT") as tb:
            for q, a in items:
                row = tb.row()
                row.cell(q, style=FontFace(emphasis="BOLD"))
                row.cell(a)
        pdf.ln(2)

    for name, items in secs[:1]:
        pdf.hd(name, 10.5, fill=r["light"])
        qa(items)
    pdf.hd("2. What are you ordering? (tick each product you are buying)", 10.5, fill=r["light"])
    rows = [["Tick", "Product", "Code", "List price", "Per", "Qty", "Discount", "Your price"]]
    per = {"year": "year", "month": "month", "quarter": "quarter", "one_time": "one-time"}
    opts = [(True, li) for li in t["line_items"]] + [(False, o) for o in r.get("unticked", [])]
    opts.sort(key=lambda x: x[1]["_x"].get("pos", 0) if x[0] else x[1]["pos"])
    for on, li in opts:
        if on:
            rows.append([box(True), li["description"], li["sku"] or "", c.m(li["unit_price"]),
                         per[li["price_period"]], c.q(li["quantity"]),
                         f"{li['discount_percent']}%" if li["discount_percent"] else "-",
                         c.m(li["net_amount"]) if li["net_amount"] else ""])
        else:
            rows.append([box(False), li["name"], li["sku"], c.m(li["price"]), li["per"], "", "", ""])
    pdf.grid(rows, (11, 52, 22, 26, 16, 13, 16, 24), size=8.3,
             align=("CENTER", "LEFT", "LEFT", "RIGHT", "CENTER", "RIGHT", "CENTER", "RIGHT"), fill=r["light"])
    pdf.f(7.8, "I")
    pdf.multi_cell(0, 4, r["price_note"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for name, items in secs[1:]:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.hd(name, 10.5, fill=r["light"])
        qa(items)
    pdf.hd("7. Sign-off", 10.5, fill=r["light"])
    pdf.para("By signing, the customer confirms the answers above and orders the ticked products on these terms "
             f"and on {t['vendor_legal_name']}'s standard subscription terms, which the customer has received.",
             size=8.8)
    pdf.sigblock([("Provider", t["vendor_legal_name"], *r["vsig"][:2], c.d(r["vsig"][2])),
                  ("Customer", t["customer_legal_name"], *r["csig"][:2], c.d(r["csig"][2]))])
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


def build_check_txt(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    out = [f"{t['vendor_legal_name'].upper()}", r["title"], f"Checklist no. {t['order_form_number']}", "=" * 78, "",
           r["intro"], ""]
    secs = check_questions(F)

    def emit(name, items):
        out.append(name.upper())
        out.append("-" * len(name))
        for q, a in items:
            out.append(f"  {q}")
            out.append(f"      {a}")
        out.append("")

    emit(*secs[0])
    out.append("2. WHAT ARE YOU ORDERING? (tick each product you are buying)")
    out.append("-" * 61)
    per = {"year": "per year", "month": "per month", "quarter": "per quarter", "one_time": "one-time"}
    out.append(f"  {'Tick':5} {'Product':30} {'Code':8} {'List price':>14} {'Per':>10} {'Qty':>4} "
               f"{'Disc':>5} {'Net per period':>15}")
    opts = [(True, li) for li in t["line_items"]] + [(False, o) for o in r.get("unticked", [])]
    opts.sort(key=lambda x: x[1]["_x"].get("pos", 0) if x[0] else x[1]["pos"])
    for on, li in opts:
        if on:
            out.append(f"  {box(True):5} {li['description']:30} {li['sku']:8} {c.m(li['unit_price']):>14} "
                       f"{per[li['price_period']]:>10} {c.q(li['quantity']):>4} "
                       f"{(li['discount_percent'] + '%') if li['discount_percent'] else '-':>5} "
                       f"{c.m(li['net_amount']):>15}")
        else:
            out.append(f"  {box(False):5} {li['name']:30} {li['sku']:8} {c.m(li['price']):>14} "
                       f"{'per ' + li['per']:>10} {'':>4} {'':>5} {'':>15}")
    out.append("")
    out.append("  " + r["price_note"])
    out.append("")
    for s in secs[1:]:
        emit(*s)
    out += ["7. SIGN-OFF", "-----------",
            f"  Accepted for {t['customer_legal_name']}: {r['csig'][0]}, {r['csig'][1]}, {c.d(r['csig'][2])}",
            f"  Accepted for {t['vendor_legal_name']}: {r['vsig'][0]}, {r['vsig'][1]}, {c.d(r['vsig'][2])}", ""]
    (folder / "contract.txt").write_text("\n".join(out), encoding="utf-8")
    return "contract.txt"


form("check", 1, "pdf", Ctx("us", "us", 2, "$", " MXN"),
     T(customer_legal_name="Comercializadora Del Valle Norte, S.A. de C.V.",
       vendor_legal_name="Cenote Digital S.A.P.I. de C.V.", order_form_number="CD-ONB-2026-0217",
       billing_contact_email="cuentasporpagar@delvallenorte.example", currency="MXN", effective_date="2026-02-18",
       service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12, auto_renew=True,
       renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="monthly",
       billing_timing="advance",
       line_items=[L("Nómina Cloud - Payroll (per employee)", "PAY-EMP", 320, "38.00", "month", net=True, pos=1),
                   L("Implementation", "IMP-STD", 1, "45000.00", "one_time", net=True, pos=3)],
       total_contract_value="190920.00",
       usage_rules=[U("CFDI e-invoice stamps", "stamp", 2000, "month", "per_unit", [(None, "1.20")], "monthly",
                      "arrears")]),
     dict(deal_id="006-BD0C01", deal_name="Del Valle Norte - Nomina Cloud", close_date="2026-02-18"),
     "Onboarding checklist with tick boxes. The product table lists four products; only the two ticked ([X]) are "
     "ordered - Time & Attendance and Premium Support are unticked and must not become lines. Amounts are written "
     "'$12,160.00 MXN' (a dollar sign with the MXN code after), so currency is MXN, not USD. Payroll 320 x 38.00 = "
     "12,160.00 a month x 12 = 145,920.00 + 45,000.00 implementation = 190,920.00 = stated total. Stamps: 2,000 a "
     "month included, MXN 1.20 each beyond, monthly in arrears.",
     ["checklist", "checkbox-distractors", "dollar-sign-not-usd", "usage", "monthly", "one-time-fee"],
     r=dict(title="New Customer Onboarding & Order Checklist", color=(0, 110, 100), light=(210, 236, 232),
            intro="Please complete every question. Ticked boxes ([X]) are your choices; empty boxes ([  ]) are "
                  "options you did not select. All prices are in Mexican pesos (MXN) before IVA.",
            caddr="Av. Constitución 2050 Pte., Col. Obispado, Monterrey, N.L. 64060, México",
            ccontact="Ing. Marisol Treviño, Gerente de Nómina", pt_opts=[0, 15, 30, 45],
            unticked=[dict(name="Time & Attendance (per employee)", sku="TA-EMP", price="14.00", per="month",
                           pos=2),
                      dict(name="Premium Support", sku="SUP-PRM", price="4500.00", per="month", pos=4)],
            price_note="'Your price' is the amount charged per billing period after any discount.",
            unit_word="stamp", tcv_q="Total contract value (12 months)",
            vsig=("Andrés Villaseñor", "Director Comercial", "2026-02-18"),
            csig=("Marisol Treviño", "Gerente de Nómina", "2026-02-18")),
     value="190920.00")

form("check", 2, "txt", Ctx("ukord", "us", 2, "NZ$"),
     T(customer_legal_name="Kaitiaki Water Services Limited", vendor_legal_name="Brightmoor Software Ltd",
       order_form_number="BM-NZ-0057", billing_contact_email="accounts.payable@kaitiakiwater.example",
       currency="NZD", effective_date="2026-09-14", service_start_date="2026-10-01", term_months=24,
       auto_renew=False, payment_terms_days=20, billing_frequency="annual", billing_timing="advance",
       po_required=True, po_number="KWS-40219",
       line_items=[L("Asset Register Pro", "AR-PRO", 1, "28000.00", "year", net=True, pos=1),
                   L("Mobile Field Users", "AR-MOB", 45, "240.00", "year", 5, net=True, pos=2)]),
     dict(deal_id="006-BD0C02", deal_name="Kaitiaki Water - Asset Register 2yr", close_date="2026-09-14"),
     "Plain-text onboarding checklist in New Zealand dollars (NZ$). Two ticked products and one unticked "
     "distractor (Condition Assessment Module). Mobile users 45 x 240.00 = 10,800.00 less 5% = 10,260.00 a year. "
     "Term ticked as 24 months from 1st October 2026 with no end date, so the end date is derived (2028-09-30). "
     "No total is stated; by hand (28,000.00 + 10,260.00) x 2 = 76,520.00 = deal amount. PO KWS-40219 required; "
     "no auto-renewal.",
     ["checklist", "checkbox-distractors", "plain-text", "derived-end-date", "po-required", "discount-percent"],
     r=dict(title="Customer Onboarding Questionnaire and Order", color=(0, 0, 0), light=(0, 0, 0),
            intro="Tick [X] the options that apply. This questionnaire becomes your order once both parties sign.\n"
                  "Prices are in New Zealand dollars (NZ$), excluding GST.",
            caddr="18 Tory Street, Te Aro, Wellington 6011, New Zealand",
            ccontact="Hemi Walker, Asset Systems Lead", pt_opts=[0, 20, 30],
            unticked=[dict(name="Condition Assessment Module", sku="AR-CAM", price="6500.00", per="year", pos=3)],
            price_note="Net per period = the annual amount charged for the ticked product after discount.",
            vsig=("Tom Greaves", "Account Manager", "2026-09-14"), csig=("Hemi Walker", "Asset Systems Lead",
                                                                        "2026-09-14")),
     derived={"service_end_date": {"value": "2028-09-30", "rule": "start 2026-10-01 + 24 months - 1 day"}},
     value="76520.00")

form("check", 3, "pdf", Ctx("iso", "us", 2, "C$"),
     T(customer_legal_name="Prairie Sky Credit Union Limited", vendor_legal_name="Quillfeather Analytics Inc.",
       order_form_number="QF-ONB-3391", billing_contact_email="ap@prairieskycu.example", currency="CAD",
       effective_date="2026-03-16", service_start_date="2026-04-01", service_end_date="2029-03-31", term_months=36,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter",
       line_items=[L("Member Insights Platform", "MIP-CORE", 1, "9000.00", "quarter", net=True, pos=1),
                   L("Data Science Seats", "MIP-DS", 6, "1100.00", "quarter", net=True, pos=2)],
       minimum_commitment={"amount": "12000.00", "period": "year"},
       usage_rules=[U("Model scoring requests", "request", None, None, "volume",
                      [(1000000, "0.0040"), (5000000, "0.0030"), (None, "0.0020")], "quarterly", "arrears")],
       price_escalator_percent="3"),
     dict(deal_id="006-BD0C03", deal_name="Prairie Sky CU - Member Insights 3yr", close_date="2026-03-16"),
     "Onboarding checklist in Canadian dollars (C$). Two ticked products priced per quarter (9,000.00 and 6 x "
     "1,100.00 = 6,600.00; 15,600.00 a quarter) and one unticked distractor. Quarterly in advance aligned to "
     "calendar quarters (ticked), 36 months 2026-04-01 to 2029-03-31. Scoring requests use VOLUME pricing: all "
     "requests in the quarter at the band reached (up to 1,000,000 at 0.0040; up to 5,000,000 at 0.0030; above at "
     "0.0020), quarterly in arrears, with a minimum usage commitment of C$12,000.00 per contract year. No total "
     "stated. Deal amount = subscription 15,600 x 12 quarters = 187,200.00 plus the committed usage 3 x 12,000 = "
     "36,000.00, i.e. 223,200.00 (the CRM books committed usage as its own line). Renewal increase cap 3%.",
     ["checklist", "checkbox-distractors", "usage", "volume", "minimum-commitment", "quarterly-priced-lines",
      "billing-anchor", "escalator"],
     r=dict(title="Onboarding Checklist & Order Form", color=(70, 50, 120), light=(228, 222, 242),
            intro="Complete each question. [X] marks a selected option. Prices in Canadian dollars (C$), taxes "
                  "extra.",
            caddr="1800 Victoria Avenue, Regina, SK S4P 0R1, Canada", ccontact="Dana Fehr, VP Member Analytics",
            pt_opts=[0, 30, 45], anchor_q="Align invoices to calendar quarters (Jan/Apr/Jul/Oct)?",
            unticked=[dict(name="Marketing Journeys Add-on", sku="MIP-MJ", price="2400.00", per="quarter", pos=3)],
            price_note="Prices in this table are per quarter. 'Your price' is the quarterly amount after discount.",
            unit_word="request",
            min_text="The customer commits to usage charges of at least C$12,000.00 per contract year; any "
                     "shortfall is invoiced at the end of the contract year.",
            deal_extra_lines=[{"sku": "MIP-USAGE-COMMIT", "name": "Committed usage (minimum C$12,000 per year)",
                               "quantity": "3", "unit_price": "12000.00", "total": "36000.00"}],
            vsig=("Priya Natarajan", "Account Executive", "2026-03-16"),
            csig=("Dana Fehr", "VP Member Analytics", "2026-03-16")),
     value="187200.00", deal_extra="36000.00")

form("check", 4, "pdf", Ctx("dot", "sp", 2, "", " €"),
     T(customer_legal_name="Kuusamo Puutuote Oy", vendor_legal_name="Halden Metrics ApS",
       order_form_number="HM-FI-2026-0021", billing_contact_email="laskut@kuusamopuutuote.example", currency="EUR",
       effective_date="2026-05-25", service_start_date="2026-06-01", auto_renew=True, renewal_term_months=1,
       non_renewal_notice_days=30, payment_terms_days=14, billing_frequency="monthly", billing_timing="arrears",
       line_items=[L("Production Line Monitoring", "PLM-LINE", 8, "310.00", "month", net=True, pos=1),
                   L("Shift Supervisor Dashboard", "PLM-DASH", 1, "450.00", "month", net=True, pos=2),
                   L("Sensor Kit Configuration", "PLM-CFG", 3, "1150.00", "one_time", net=True, pos=4)]),
     dict(deal_id="006-BD0C04", deal_name="Kuusamo Puutuote - Line Monitoring", close_date="2026-05-25"),
     "Onboarding checklist from a Danish provider to a Finnish customer; amounts in Finnish style with the euro "
     "sign after ('2 480,00 €'), dates dd.mm.yyyy. Month-to-month is ticked, so term and end date are null and "
     "the contract renews monthly (renewal_term_months 1, 30 days' notice). Billed monthly in ARREARS, 14 days "
     "net. Lines: 8 x 310,00 = 2 480,00 a month; 450,00 a month; 3 x 1 150,00 = 3 450,00 once; Energy Analytics "
     "is unticked. First-year value (2 930,00 x 12) + 3 450,00 = 38 610,00. DELIBERATE CRM DISAGREEMENT: the CRM "
     "account name is spelled 'Kuusamon Puutuote Oy'; the signed form says 'Kuusamo Puutuote Oy'.",
     ["checklist", "checkbox-distractors", "evergreen", "arrears", "currency-after-amount", "space-thousands",
      "crm-mismatch", "one-time-fee"],
     r=dict(title="Tilauslomake / Customer Onboarding Checklist", color=(20, 60, 110), light=(214, 225, 240),
            intro="Please tick one box for each question. Prices in euro (EUR) excluding VAT (ALV).",
            caddr="Teollisuustie 12, 93600 Kuusamo, Finland", ccontact="Jari Kemppainen, tehtaanjohtaja",
            pt_opts=[0, 14, 30], term_opts=[12, 24],
            unticked=[dict(name="Energy Analytics Add-on", sku="PLM-ENA", price="690.00", per="month", pos=3)],
            price_note="'Your price' is the amount per billing period; one-time items are invoiced once.",
            ren_text="1 month (rolling)",
            vsig=("Mette Kjaer", "Adm. direktoer", "2026-05-25"), csig=("Jari Kemppainen", "Tehtaanjohtaja",
                                                                       "2026-05-25")),
     value="38610.00", deal_mismatch=dict(account_name="Kuusamon Puutuote Oy"))


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 7  gov : public-sector purchase order with line numbers and funding / account strings
# ----------------------------------------------------------------------------------------------------------
def build_gov(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]

    def hdr(pdf):
        if pdf.page_no() > 1:
            pdf.f(8, "B")
            pdf.cell(0, 5, f"{r['entity']}  -  {r['doc_name']} {t['po_number']} (continued)",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    pdf = Doc("P", r.get("paper", "Letter"), footer=f"{r['doc_name']} {t['po_number']}", header_fn=hdr,
              font="Courier" if r.get("mono") else "Helvetica", margin=14)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(120, 6, r["entity"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(120, 4, r["entity_sub"], new_x="LMARGIN", new_y="NEXT")
    # PO box
    x0 = pdf.w - 14 - 70
    pdf.set_xy(x0, 14)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(70, 8, r["doc_name"].upper(), border=1, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    for lab, val in [(r["no_label"], t["po_number"]), ("Date", c.d(t["effective_date"]))] + r["po_box"]:
        pdf.cell(28, 5.5, lab, border=1)
        pdf.cell(42, 5.5, val, border=1, new_x="LEFT", new_y="NEXT")
        pdf.set_x(x0)
    pdf.set_y(max(pdf.get_y(), 40) + 4)
    w3 = (pdf.w - 28) / 3
    y0 = pdf.get_y()
    blocks = [("VENDOR", f"{t['vendor_legal_name']}\n{r['vaddr']}\nVendor No. {r['vendor_no']}"),
              (r.get("ship_label", "DELIVER TO / USER DEPARTMENT"), r["ship"]),
              ("INVOICE TO", f"{r['bill_to']}\n{t['billing_contact_email']}")]
    for i, (hdt, body) in enumerate(blocks):
        pdf.set_xy(14 + i * w3, y0)
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.cell(w3 - 2, 4.5, hdt, border="B", new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 7.8)
        pdf.multi_cell(w3 - 2, 4, body)
    pdf.set_y(y0 + 30)
    pdf.set_font("Helvetica", "", 8)
    strip = r["strip"]
    with pdf.table(col_widths=[1] * len(strip), first_row_as_headings=True, line_height=4, padding=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)), text_align="LEFT") as tb:
        row = tb.row()
        for k, _ in strip:
            row.cell(k)
        row = tb.row()
        for _, v in strip:
            row.cell(v)
    pdf.ln(3)
    disc = any(li["discount_percent"] for li in t["line_items"])
    head = ["Line", "Commodity", "Description", "Qty", "UOM", "Unit Cost"] + (["Disc"] if disc else []) + \
           ["Extended", r["fund_label"]]
    widths = [11, 18, 53, 11, 17, 24] + ([11] if disc else []) + [24, 34]
    rows = [head]
    tot = D(0)
    for i, li in enumerate(t["line_items"]):
        x = li["_x"]
        num = r["line_fmt"].format(i + 1)
        ext = line_net(li, c.dec) * D(x.get("mult", 1))
        tot += ext
        rows.append([num, x["cc"], li["description"] + (("\n" + x["note"]) if x.get("note") else ""),
                     c.q(li["quantity"]), x["uom"], c.m(li["unit_price"])] +
                    ([f"{li['discount_percent']}%" if li["discount_percent"] else ""] if disc else []) +
                    [c.m(ext), x["fund"]])
    pdf.set_font(pdf.base_font, "", 7.8)
    with pdf.table(col_widths=widths, line_height=3.8, repeat_headings=1, padding=1.1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
                   text_align=["CENTER", "LEFT", "LEFT", "RIGHT", "CENTER", "RIGHT"] + (["CENTER"] if disc else []) +
                   ["RIGHT", "LEFT"]) as tb:
        for rr in rows:
            row = tb.row()
            for v in rr:
                row.cell(v)
    assert tot == D(r["po_total"]), (F["nn"], tot)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 6, f"{r['total_label']}: {c.m(r['po_total'])}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "SPECIAL INSTRUCTIONS", new_x="LMARGIN", new_y="NEXT")
    for i, s in enumerate(r["instructions"], 1):
        pdf.set_font("Helvetica", "", 8.3)
        pdf.multi_cell(0, 4.1, f"{i}. {s}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "STANDARD TERMS AND CONDITIONS OF PURCHASE", new_x="LMARGIN", new_y="NEXT")
    pdf.base_font = "Helvetica"
    boiler(pdf, 0, 16, size=7.2, prefix="T", law=r["law"])
    pdf.sigblock([("ISSUED BY", r["entity"], *r["buyer_sig"][:2], c.d(r["buyer_sig"][2])),
                  ("ACCEPTED BY VENDOR", t["vendor_legal_name"], *r["vsig"][:2], c.d(r["vsig"][2]))])
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


def G(desc, qty, unit, period, cc, uom, fund, disc=None, note=None, **kw):
    """Gov PO line.  mult = periods shown in the Extended column (then the per-period net is not shown)."""
    return L(desc, None, qty, unit, period, disc, net="mult" not in kw, cc=cc, uom=uom, fund=fund, note=note, **kw)


form("gov", 1, "pdf", Ctx("mdy", "us", 2, "$"),
     T(customer_legal_name="County of Alder Creek", vendor_legal_name="Cobaltline Software, Inc.",
       order_form_number="ACC-PO-26-004417", billing_contact_email="accountspayable@aldercreekcounty.example",
       currency="USD", effective_date="2026-03-16", service_start_date="2026-04-01", service_end_date="2027-03-31",
       term_months=12, auto_renew=False, renewal_term_months=12, payment_terms_days=30, billing_frequency="annual",
       billing_timing="advance", po_required=True, po_number="ACC-PO-26-004417",
       line_items=[G("Work Order Management - Roads Division", 45, "310.00", "year", "43231", "USER-YR",
                     "1010-4410-52300"),
                   G("Work Order Management - Fleet Division", 30, "310.00", "year", "43231", "USER-YR",
                     "1010-4420-52300"),
                   G("Work Order Management - Water Utility", 60, "310.00", "year", "43231", "USER-YR",
                     "5200-6110-52300"),
                   G("Mobile Inspector Licenses - Roads Division", 20, "145.00", "year", "43231", "USER-YR",
                     "1010-4410-52300"),
                   G("Mobile Inspector Licenses - Water Utility", 25, "145.00", "year", "43231", "USER-YR",
                     "5200-6110-52300"),
                   G("GIS Connector", 1, "6500.00", "year", "43232", "YR", "1010-4400-52300"),
                   G("Citizen Request Portal", 1, "8800.00", "year", "43232", "YR", "1010-4400-52300"),
                   G("Implementation Services", 1, "24000.00", "one_time", "81111", "LOT", "4400-CIP-26-07",
                     note="Fixed price per Exhibit B of the vendor's proposal dated 01/22/2026"),
                   G("Data Conversion - legacy work order history", 1, "7500.00", "one_time", "81111", "LOT",
                     "4400-CIP-26-07"),
                   G("Training - on-site days", 4, "1650.00", "one_time", "86101", "DAY", "1010-4400-53150")],
       total_contract_value="101775.00",
       non_standard_terms=["Non-appropriation: the County may terminate if funds are not appropriated for any "
                           "fiscal year"],
       price_escalator_percent="3"),
     dict(deal_id="006-BD0V01", deal_name="County of Alder Creek - Work Orders FY26", close_date="2026-03-16"),
     "County purchase order whose own number is also the PO to quote on invoices. Ten numbered lines, each with a "
     "commodity code and a fund/account string; the same product is split across departments (separate lines), "
     "and the table runs onto page 2 with its header repeated. UOM 'USER-YR'/'YR' = priced per year, LOT/DAY = "
     "one-time. Recurring: 13,950 + 9,300 + 18,600 + 2,900 + 3,625 + 6,500 + 8,800 = 63,675.00; one-time 24,000 + "
     "7,500 + 4 x 1,650 = 38,100.00; the stated TOTAL PO AMOUNT 101,775.00 covers the whole 12-month period of "
     "performance 04/01/2026 - 03/31/2027, so it is the total contract value. Four optional one-year "
     "renewals at the County's option (auto_renew false, renewal_term_months 12), renewal-year price increase "
     "capped at 3%.",
     ["government", "purchase-order", "funding-codes", "po-required", "one-time-fee", "escalator",
      "non-appropriation", "us-numeric-dates"],
     r=dict(entity="COUNTY OF ALDER CREEK", entity_sub="Department of Finance - Purchasing Division\n"
            "455 Courthouse Square, Alder Creek, OR 97470", doc_name="Purchase Order", no_label="PO Number",
            po_box=[("Requisition", "REQ-26-1187"), ("Buyer", "T. Okonkwo")], vaddr="500 Commerce Street, "
            "Suite 1200\nNashville, TN 37203", vendor_no="V0028841",
            ship="Department of Public Works\n2100 Industrial Way\nAlder Creek, OR 97470",
            bill_to="County of Alder Creek - Accounts Payable\nPO Box 1120, Alder Creek, OR 97470",
            strip=[("Payment Terms", "Net 30"), ("F.O.B.", "N/A - services"), ("Solicitation", "RFP 25-114"),
                   ("Period of Performance", "04/01/2026 - 03/31/2027"), ("Confirming", "No")],
            fund_label="Fund-Dept-Object", line_fmt="{:04d}", po_total="101775.00", total_label="TOTAL PO AMOUNT",
            instructions=["Invoices must show this PO number and the PO line number for every charge, and be "
                          "e-mailed to accountspayable@aldercreekcounty.example. Invoices without a valid PO "
                          "number will be returned unpaid.",
                          "Subscription lines (UOM USER-YR and YR) cover the period of performance 04/01/2026 - "
                          "03/31/2027 and are to be invoiced annually in advance on or after 04/01/2026. Lines "
                          "0008-0010 are invoiced on completion and acceptance of each deliverable.",
                          "Payment will be made Net 30 days after receipt of a correct invoice.",
                          "The County may renew this order for up to four (4) additional one-year periods by "
                          "written change order. Renewal-year pricing may not increase by more than 3% over the "
                          "prior year. This order does not renew automatically.",
                          "Non-appropriation: the County's obligations for any fiscal year are subject to "
                          "appropriation of funds. If funds are not appropriated, the County may terminate this "
                          "order without penalty at the end of the last funded period."],
            law="the State of Oregon", buyer_sig=("Tamara Okonkwo", "Procurement Officer", "2026-03-16"),
            vsig=("Marcus Bell", "VP, Public Sector", "2026-03-18")),
     value="101775.00")

form("gov", 2, "pdf", Ctx("ukord", "us", 2, "£"),
     T(customer_legal_name="The University of Eastmarch", vendor_legal_name="Brightmoor Software Ltd",
       order_form_number="4700031982", billing_contact_email="invoices@eastmarch.ac.example", currency="GBP",
       effective_date="2026-07-20", service_start_date="2026-08-01", service_end_date="2029-07-31", term_months=36,
       auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
       po_required=True, po_number="4700031982",
       line_items=[G("Research Data Vault - Faculty of Science", 1, "18500.00", "year", "ITS-SW", "YR",
                     "R1204 / 5520", disc=20, mult=3),
                   G("Research Data Vault - Faculty of Medicine", 1, "18500.00", "year", "ITS-SW", "YR",
                     "M3310 / 5520", disc=20, mult=3),
                   G("Storage Expansion (10 TB block)", 6, "1200.00", "year", "ITS-SW", "YR", "R1204 / 5521",
                     disc=20, mult=3),
                   G("SSO and Identity Integration", 1, "4250.00", "one_time", "ITS-PS", "EA", "IT0090 / 5610")],
       total_contract_value="110330.00"),
     dict(deal_id="006-BD0V02", deal_name="University of Eastmarch - Research Data Vault 3yr",
          close_date="2026-07-20"),
     "University purchase order (order number = PO number to quote) for a 36-month term from 1st August 2026. "
     "Lines are numbered 10/20/30/40 with cost-centre/account codes and a 20% education discount column. The "
     "'Extended' column shows the value for the whole 3-year term (3 x the annual net), which is not a fee per "
     "price period, so net_amount is null for lines 10-30 (the annual nets, never written, would be 18,500 x 0.8 = "
     "14,800.00 twice and 6 x 1,200 x 0.8 = 5,760.00); line 40 is one-time so its Extended 4,250.00 is its net. "
     "Extended: 44,400 + 44,400 + 17,280 + 4,250 = 110,330.00 = stated "
     "order total (35,360.00 x 3 + 4,250.00).",
     ["education", "purchase-order", "funding-codes", "discount-percent", "po-required", "one-time-fee",
      "extended-is-term-value", "ordinal-dates"],
     r=dict(entity="THE UNIVERSITY OF EASTMARCH", entity_sub="Procurement Services, Old Quad Building\n"
            "Eastmarch EM1 4QT, United Kingdom", doc_name="Purchase Order", no_label="Order No.", paper="A4",
            po_box=[("Requester", "Dr S. Whitfield"), ("Contract", "HE-SW-2025-03")],
            vaddr="21 Calder Wharf\nLeeds LS1 4BR", vendor_no="100482",
            ship="Research Computing Service\nLibrary Annexe, Level 2\nEastmarch EM1 4QT",
            bill_to="Accounts Payable, Finance Office\nThe University of Eastmarch",
            strip=[("Payment terms", "30 days"), ("Currency", "GBP"), ("Term", "1st August 2026 - 31st July 2029"),
                   ("Framework", "HE software framework lot 2")],
            fund_label="Cost centre / account", line_fmt="{}0", po_total="110330.00",
            total_label="ORDER TOTAL (excl. VAT, full 36-month term)",
            instructions=["Subscription lines 10-30 run for thirty-six (36) months from 1st August 2026 to 31st "
                          "July 2029. The Extended column shows the value for the full term; they are invoiced "
                          "annually in advance (one third of the Extended value each year).",
                          "Line 40 is invoiced once on completion.",
                          "Quote order number 4700031982 on every invoice and send invoices to "
                          "invoices@eastmarch.ac.example. Payment within 30 days of receipt of a valid invoice.",
                          "Prices include the 20% higher-education discount and are fixed for the term. The order "
                          "ends on 31st July 2029 and does not renew automatically."],
            law="England and Wales", buyer_sig=("Gareth Lloyd", "Procurement Manager", "2026-07-20"),
            vsig=("Helena Marsh", "Managing Director", "2026-07-21")),
     value="110330.00")

form("gov", 3, "pdf", Ctx("iso", "us", 2, "$"),
     T(customer_legal_name="Northern Prairie School Division No. 61", vendor_legal_name="Quillfeather Analytics Inc.",
       order_form_number="NPSD-2026-0778", billing_contact_email="accountspayable@npsd61.example", currency="CAD",
       effective_date="2026-06-22", service_start_date="2026-07-01", service_end_date="2027-06-30", term_months=12,
       payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True,
       po_number="NPSD-2026-0778",
       line_items=[G("Learning Analytics - Aspen Heights School", 412, "6.50", "year", "LA-STU", "STU-YR",
                     "01-2-510-3460",
                     note="Grades K-8, 1410 Aspen Drive; count = 2025-26 final enrolment"),
                   G("Learning Analytics - Birch Valley School", 287, "6.50", "year", "LA-STU", "STU-YR",
                     "01-2-520-3460",
                     note="Grades K-8, rural bus route 4; count = 2025-26 final enrolment"),
                   G("Learning Analytics - Coteau Ridge Collegiate", 655, "6.50", "year", "LA-STU", "STU-YR",
                     "01-2-530-3460",
                     note="Grades 9-12, 22 Coteau Road; count = 2025-26 final enrolment"),
                   G("Learning Analytics - Dunmore Elementary", 198, "6.50", "year", "LA-STU", "STU-YR",
                     "01-2-540-3460",
                     note="Grades K-5, 3 Main Street, Dunmore; count = 2025-26 final enrolment"),
                   G("Learning Analytics - Elkhorn Community School", 341, "6.50", "year", "LA-STU", "STU-YR",
                     "01-2-550-3460",
                     note="Grades K-12, Elkhorn; count = 2025-26 final enrolment"),
                   G("Learning Analytics - Fairlight School", 126, "6.50", "year", "LA-STU", "STU-YR",
                     "01-2-560-3460",
                     note="Grades K-9, Fairlight; count = 2025-26 final enrolment"),
                   G("Learning Analytics - Gull Lake Composite", 503, "6.50", "year", "LA-STU", "STU-YR",
                     "01-2-570-3460",
                     note="Grades K-12, Gull Lake; count = 2025-26 final enrolment"),
                   G("Division Dashboard", 1, "4900.00", "year", "LA-DIV", "YR", "01-2-100-3460"),
                   G("Teacher Professional Development Webinars", 3, "650.00", "one_time", "LA-PD", "EA",
                     "01-2-100-3520")],
       total_contract_value="23243.00",
       non_standard_terms=["Student counts are trued up to the September 30 enrolment; additional students are "
                           "invoiced at $6.50 each, prorated"]),
     dict(deal_id="006-BD0V03", deal_name="NPSD 61 - Learning Analytics 2026-27", close_date="2026-06-22"),
     "School-division purchase order; amounts carry a bare '$' but the order states 'All amounts in Canadian "
     "dollars (CAD)', so currency is CAD. Nine lines, seven of them the same per-student licence split by school "
     "(each its own line, with a wrapped second line of notes), with account codes. "
     "Students 412 + 287 + 655 + 198 + 341 + 126 + 503 = 2,522 x 6.50 = 16,393.00 (line by line 2,678.00, "
     "1,865.50, 4,257.50, 1,287.00, 2,216.50, 819.00, 3,269.50); + 4,900.00 dashboard + 3 x 650.00 webinars = "
     "23,243.00 = PO total. The enrolment true-up is a non-standard term. Renewal is not addressed (auto_renew "
     "null).",
     ["education", "purchase-order", "funding-codes", "po-required", "dollar-sign-not-usd", "one-time-fee",
      "true-up", "wrapped-cells"],
     r=dict(entity="NORTHERN PRAIRIE SCHOOL DIVISION No. 61", entity_sub="Business Services - Purchasing\n"
            "310 Railway Avenue, Box 2250, Swift Current, SK S9H 4A1", doc_name="Purchase Order",
            no_label="P.O. No.", po_box=[("Ordered by", "K. Lachance"), ("Fiscal year", "2026-27")],
            vaddr="88 Harbourfront Way, Suite 400\nHalifax, NS B3J 0A4", vendor_no="QUI-0042",
            ship="Division Office - Learning Services\n310 Railway Avenue, Swift Current, SK",
            bill_to="Accounts Payable\nNorthern Prairie School Division No. 61",
            strip=[("Terms", "Net 30"), ("Currency", "All amounts in Canadian dollars (CAD)"),
                   ("Service period", "2026-07-01 to 2027-06-30"), ("GST", "Extra")],
            fund_label="Account", line_fmt="{:03d}", po_total="23243.00", total_label="P.O. TOTAL (before GST)",
            instructions=["Quote P.O. NPSD-2026-0778 on all invoices and e-mail them to "
                          "accountspayable@npsd61.example.",
                          "Annual licences (UOM STU-YR and YR) cover 2026-07-01 to 2027-06-30 and are invoiced "
                          "once, annually in advance, in July 2026. Webinars are invoiced after delivery.",
                          "Student counts will be confirmed against the September 30 enrolment report. Additional "
                          "students are invoiced at $6.50 each, prorated for the months remaining; counts will not "
                          "be reduced."],
            law="the Province of Saskatchewan", buyer_sig=("Karine Lachance", "Purchasing Officer", "2026-06-22"),
            vsig=("Priya Natarajan", "Account Executive", "2026-06-23")),
     value="23243.00")

form("gov", 4, "pdf", Ctx("dmyabbr", "in", 2, "Rs. "),
     T(customer_legal_name="Kaveri Valley Municipal Corporation",
       vendor_legal_name="Veridian Loop Technologies Private Limited",
       order_form_number="KVMC/IT/WO/2026-27/112", billing_contact_email="accounts.it@kvmc.gov.example",
       currency="INR", effective_date="2026-06-15", service_start_date="2026-07-01", service_end_date="2027-06-30",
       term_months=12, auto_renew=False, payment_terms_days=30, billing_frequency="quarterly",
       billing_timing="arrears", po_required=True, po_number="KVMC/IT/WO/2026-27/112",
       line_items=[G("Property Tax e-Governance Suite", 1, "1800000.00", "year", "SW-SUB", "YR", "2217-05-191-0-01",
                     note="Annual subscription, hosted in a MeitY-empanelled data centre"),
                   G("Ward Office User Licences", 150, "4800.00", "year", "SW-SUB", "USER-YR", "2217-05-191-0-01"),
                   G("Legacy Record Digitisation", 1, "360000.00", "one_time", "SRV-DIG", "LS", "4217-01-800-2-05")],
       total_contract_value="2880000.00",
       usage_rules=[U("Citizen SMS notifications", "SMS", None, None, "per_unit", [(None, "0.18")], "quarterly",
                      "arrears")],
       non_standard_terms=["Vendor must furnish a performance security of 5% of the work order value",
                           "Liquidated damages of 0.5% of the work order value per week of go-live delay, capped at "
                           "10%"]),
     dict(deal_id="006-BD0V04", deal_name="KVMC - Property Tax e-Gov 2026-27", close_date="2026-06-15"),
     "Municipal work order (its own number is the order reference to quote on bills) with Indian digit grouping "
     "(Rs. 18,00,000.00) and dates like '1-Jul-26'. Licences 150 x 4,800.00 = 7,20,000.00; total 18,00,000 + "
     "7,20,000 + 3,60,000 = 28,80,000.00 as stated. Billed quarterly in ARREARS. SMS usage at Rs. 0.18 per SMS, "
     "quarterly in arrears, no allowance. Performance security and liquidated damages are non-standard terms.",
     ["government", "work-order", "funding-codes", "indian-grouping", "arrears", "usage", "po-required",
      "one-time-fee", "liquidated-damages", "abbrev-dates"],
     r=dict(entity="KAVERI VALLEY MUNICIPAL CORPORATION", entity_sub="Information Technology Cell\n"
            "Corporation Office, Sayyaji Rao Road, Mysuru 570024, Karnataka", doc_name="Work Order",
            no_label="W.O. No.", po_box=[("Tender ref.", "KVMC/IT/T-09/2025-26"), ("File no.", "IT/2025/334")],
            paper="A4", vaddr="4th Floor, Prestige Meridian II\nM.G. Road, Bengaluru 560001\nGSTIN 29AAFCV2231K1Z7",
            vendor_no="KVMC-V-1193", ship="IT Cell and all 65 ward offices\nKaveri Valley Municipal Corporation",
            bill_to="The Commissioner (Attn: Accounts Officer, IT Cell)",
            strip=[("Payment", "Within 30 days of bill"), ("Currency", "Indian Rupees"),
                   ("Contract period", "1-Jul-26 to 30-Jun-27"), ("Billing", "Quarterly in arrears")],
            fund_label="Head of Account", line_fmt="{}", po_total="2880000.00",
            total_label="Total Work Order Value (excluding GST)",
            instructions=["Bills shall be raised quarterly in arrears for the services delivered in the quarter, "
                          "quoting this Work Order number, and sent to accounts.it@kvmc.gov.example.",
                          "Citizen SMS notifications will be reimbursed at Rs. 0.18 per SMS delivered, on actuals, "
                          "billed quarterly in arrears with the delivery report.",
                          "Payment will be released within 30 days of receipt of a correct bill with the "
                          "certificate of the Executive Engineer (IT).",
                          "The vendor shall furnish a performance security of 5% of the work order value within 15 "
                          "days, valid until 90 days after the contract period.",
                          "Liquidated damages: 0.5% of the work order value per week of delay in go-live beyond "
                          "1-Oct-26, up to a maximum of 10%.",
                          "The contract period is twelve (12) months; any extension requires a fresh order."],
            law="the State of Karnataka", buyer_sig=("K. Ramesh Gowda", "Commissioner", "2026-06-15"),
            vsig=("Arjun Mehta", "Director - Enterprise Sales", "2026-06-17")),
     value="2880000.00")


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 8  health : healthcare / insurance order, long service descriptions wrapping inside table cells
# ----------------------------------------------------------------------------------------------------------
def build_health(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    pdf = Doc("P", r.get("paper", "Letter"), footer=f"{t['vendor_legal_name']} | {r['doc_title']} "
              f"{t['order_form_number']} | Confidential and proprietary", margin=16)
    pdf.add_page()
    pdf.set_fill_color(*r["color"])
    pdf.rect(0, 0, 8, pdf.h, "F")
    pdf.set_fill_color(255)
    pdf.f(18, "B")
    pdf.set_text_color(*r["color"])
    pdf.cell(0, 9, t["vendor_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.f(8.5)
    pdf.cell(0, 4.5, r["vaddr"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.f(13, "B")
    pdf.cell(0, 7, f"{r['doc_title']}  No. {t['order_form_number']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    info = [["Client", t["customer_legal_name"], "Order date", c.d(t["effective_date"])],
            ["Client address", r["caddr"], "Services commence", c.d(t["service_start_date"])],
            ["Client contact", r["ccontact"], "Initial term", r["term_text"]],
            ["Accounts payable", t["billing_contact_email"], "Term ends", c.d(t["service_end_date"]) or
             r.get("end_text", "")]]
    if t["po_number"]:
        info.append(["Client PO", t["po_number"], "Currency", r["curname"]])
    else:
        info.append(["Currency", r["curname"], "", ""])
    pdf.f(8.5)
    with pdf.table(col_widths=(28, 72, 30, 50), first_row_as_headings=False, line_height=4.2, padding=1.3,
                   text_align="LEFT", borders_layout="SINGLE_TOP_LINE") as tb:
        for rr in info:
            row = tb.row()
            for j, v in enumerate(rr):
                row.cell(v, style=FontFace(emphasis="BOLD") if j % 2 == 0 else None)
    pdf.ln(3)
    for ptxt in r.get("preamble", []):
        pdf.para(ptxt, size=8.8)
    pdf.hd("Ordered Services", 11)
    pdf.para(r["services_intro"], size=8.5)
    per = {"year": "Annual", "month": "Monthly", "quarter": "Quarterly", "one_time": "One-time"}
    rows = [["#", "Service and description", "Qty", "Unit", "Fee per unit", "Disc.", r["net_head"], "Fee type"]]
    for i, li in enumerate(t["line_items"], 1):
        x = li["_x"]
        desc = li["description"]
        if li["start_date"]:
            desc += f" ({c.d(li['start_date'])} - {c.d(li['end_date'])})"
        rows.append([str(i), f"{desc}\n{x['long']}", c.q(li["quantity"]), x["unit"], c.m(li["unit_price"]),
                     f"{li['discount_percent']}%" if li["discount_percent"] else "-",
                     c.m(li["net_amount"]) if li["net_amount"] else "", per[li["price_period"]]])
    pdf.f(8)
    with pdf.table(col_widths=(7, 76, 12, 17, 22, 11, 24, 15), line_height=3.9, repeat_headings=1, padding=1.2,
                   markdown=True,
                   headings_style=FontFace(emphasis="BOLD", color=255, fill_color=r["color"]),
                   text_align=("CENTER", "LEFT", "RIGHT", "CENTER", "RIGHT", "CENTER", "RIGHT", "CENTER")) as tb:
        for i, rr in enumerate(rows):
            row = tb.row()
            for j, v in enumerate(rr):
                if j == 1 and i > 0:
                    name, _, rest = v.partition("\n")
                    row.cell(f"**{name}**\n{rest}")
                else:
                    row.cell(v)
    pdf.ln(2)
    pdf.hd("Fee Summary and Payment", 11)
    for lab, txt in r["fee_terms"]:
        pdf.f(8.8, "B")
        pdf.write(4.4, lab + ": ")
        pdf.f(8.8)
        pdf.write(4.4, txt)
        pdf.ln(6)
    pdf.hd("Protected Health Information", 11)
    pdf.para(r.get("phi", "The parties will sign the Provider's standard Business Associate Agreement before any "
             "protected health information is loaded into the services. Where this Order and the Business Associate "
             "Agreement conflict on the handling of protected health information, the Business Associate Agreement "
             "controls. The Provider will not use de-identified client data to train models offered to other "
             "clients without the Client's written consent."), size=8.5)
    pdf.hd("General Terms", 11)
    boiler(pdf, 0, 16, size=7.6, law=r["law"])
    pdf.sigblock([("Provider", t["vendor_legal_name"], *r["vsig"][:2], c.d(r["vsig"][2])),
                  ("Client", t["customer_legal_name"], *r["csig"][:2], c.d(r["csig"][2]))])
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


def HL(desc, qty, unit_price, period, unit, long, disc=None, net=True, start=None, end=None):
    return L(desc, None, qty, unit_price, period, disc, net=net, start=start, end=end, unit=unit, long=long)


form("health", 1, "pdf", Ctx("us", "us", 2, "$"),
     T(customer_legal_name="Bayou Crescent Regional Medical Center, Inc.", vendor_legal_name="Saltmarsh Health Systems LLC",
       order_form_number="SHS-OF-2026-0193", billing_contact_email="ap.vendorinvoices@bayoucrescent.example",
       currency="USD", effective_date="2026-04-02", service_start_date="2026-05-01", service_end_date="2029-04-30",
       term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=45,
       billing_frequency="annual", billing_timing="advance",
       line_items=[HL("Revenue Cycle Intelligence - Hospital Edition", 1, "148000.00", "year", "facility",
                      "Claims analytics, denial prediction and payer contract modelling for one acute-care facility, "
                      "including quarterly recalibration of the denial models against the facility's own remittance "
                      "history and a named analyst for monthly reviews.", disc=10),
                   HL("Clinical Documentation Integrity Module", 212, "310.00", "year", "licensed bed",
                      "Concurrent review worklists, query templates and physician response tracking for inpatient "
                      "units; priced per licensed bed as reported on the facility's most recent state licence."),
                   HL("Interface Engine Connections (HL7 v2 / FHIR R4)", 6, "2400.00", "year", "connection",
                      "Managed inbound or outbound interfaces to the EHR, billing system or clearinghouse, "
                      "including monitoring, message replay and one specification change per connection per year."),
                   HL("Implementation and Workflow Redesign Services", 1, "62500.00", "one_time", "project",
                      "Fixed-fee project covering discovery, build, testing and training for the modules above, "
                      "delivered by a dedicated implementation lead and a revenue-cycle consultant over about 16 "
                      "weeks."),
                   HL("Go-Live Command Center Support", 1, "18000.00", "one_time", "engagement",
                      "Two weeks of on-site support at go-live by two consultants, including daily huddles, issue "
                      "triage and end-user elbow support on all shifts. Travel is included in the fee.")],
       total_contract_value="720460.00", price_escalator_percent="5",
       non_standard_terms=["Client may terminate for convenience after the first contract year on 120 days' notice "
                           "by paying 50% of the remaining subscription fees"]),
     dict(deal_id="006-BD0H01", deal_name="Bayou Crescent RMC - Revenue Cycle 3yr", close_date="2026-04-02"),
     "Hospital order whose service table has long descriptions wrapping over several lines inside each cell and "
     "continues onto page 2 with its header repeated; the "
     "description gold is the bold first line (product name) only. Revenue Cycle $148,000.00 less 10% = "
     "$133,200.00; CDI 212 beds x $310.00 = $65,720.00; interfaces 6 x $2,400.00 = $14,400.00; annual "
     "$213,320.00 x 3 = $639,960.00; one-time $62,500.00 + $18,000.00; total $720,460.00 as stated. Renewal "
     "increase up to 5%. Termination for convenience with a 50% payment is non-standard.",
     ["healthcare", "wrapped-cells", "long-descriptions", "multi-page-table", "repeated-header", "discount-percent",
      "one-time-fee", "escalator", "termination-for-convenience", "boilerplate"],
     r=dict(preamble=["This Order Form is entered into under the Master Subscription Agreement between the parties dated "
                      "January 9, 2026 (the \"Agreement\"). Capitalised terms not defined here have the meanings given "
                      "in the Agreement. The Client is a 212-bed acute-care hospital and its affiliated outpatient "
                      "clinics; the services are licensed for that facility and its employed and contracted staff.",
                      "The purpose of this order is to reduce initial claim denials, shorten days in accounts "
                      "receivable and improve documentation quality for inpatient encounters. The Provider's "
                      "implementation team will work with the Client's revenue-cycle, HIM and IT departments; a "
                      "project plan will be agreed within 15 business days after the order date.",
                      "Service levels, support hours and security commitments are those in the Agreement and its "
                      "Service Level Exhibit. Nothing in this Order Form changes the Business Associate Agreement "
                      "signed by the parties on January 9, 2026.",
                      "Client responsibilities: the Client will provide remittance (835) and claim (837) files for "
                      "the previous 24 months, read access to the EHR's documentation tables, a project lead from "
                      "the revenue-cycle department and subject-matter experts from HIM, case management and patient "
                      "access. Delays caused by late Client inputs extend the project plan but do not delay the "
                      "start of subscription fees.",
                      "Reporting: the Provider will deliver a monthly value report comparing denial rates, "
                      "clean-claim rates and documentation query response times against the baseline measured in the "
                      "first 60 days. These reports are informational and do not create a performance guarantee."],
            doc_title="Order Form", color=(0, 105, 120), vaddr="900 Tidewater Parkway, Charleston, SC 29401  |  "
            "contracts@saltmarshhealth.example", caddr="1200 Crescent Boulevard, Lafayette, LA 70503",
            ccontact="Renee Thibodeaux, VP Revenue Cycle", term_text="36 months", curname="US dollars (USD)",
            services_intro="The services below are provided under this Order Form and the Master Subscription "
                           "Agreement. Annual fees are shown after discount.",
            net_head="Annual / one-time fee",
            fee_terms=[("Total fees for the initial term", "$720,460.00 (annual subscription fees of $213,320.00 for "
                        "each of three years plus one-time fees of $80,500.00)."),
                       ("Invoicing", "Subscription fees are invoiced annually in advance, the first invoice on "
                        "May 1, 2026. One-time fees are invoiced on signature."),
                       ("Payment", "Net 45 days from invoice date."),
                       ("Renewal", "After the initial term this Order renews for successive 12-month terms unless "
                        "either party gives 90 days' written notice of non-renewal. Renewal fees may increase by no "
                        "more than 5%."),
                       ("Early termination", "After the first contract year the Client may terminate for "
                        "convenience on 120 days' written notice by paying 50% of the subscription fees that would "
                        "have been due for the remainder of the initial term.")],
            law="the State of Louisiana", vsig=("Claire Dubois", "VP Sales", "2026-04-01"),
            csig=("Renee Thibodeaux", "VP Revenue Cycle", "2026-04-02")),
     value="720460.00")

form("health", 2, "pdf", Ctx("dot", "eu", 2, "", " EUR"),
     T(customer_legal_name="Rheinauer Lebensversicherung AG", vendor_legal_name="Claimwise Software GmbH",
       order_form_number="CW-2026-4471", billing_contact_email="kreditorenbuchhaltung@rheinauer-leben.example",
       currency="EUR", effective_date="2026-11-20", service_start_date="2027-01-01", service_end_date="2029-12-31",
       term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=180, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance",
       line_items=[HL("Claims Automation Platform", 180, "1250.00", "year", "1,000 policies",
                      "Straight-through processing of life and disability claims: intake, document classification, "
                      "rules-based adjudication and payment release, priced per 1,000 in-force policies.",
                      start="2027-01-01", end="2027-12-31"),
                   HL("Claims Automation Platform", 200, "1250.00", "year", "1,000 policies",
                      "Year 2 volume step: 200,000 in-force policies.", start="2028-01-01", end="2028-12-31"),
                   HL("Claims Automation Platform", 220, "1250.00", "year", "1,000 policies",
                      "Year 3 volume step: 220,000 in-force policies.", start="2029-01-01", end="2029-12-31"),
                   HL("Fraud Scoring Add-on", 1, "48000.00", "year", "platform",
                      "Network and behavioural fraud indicators scored on every new claim, with investigator "
                      "worklists and monthly model performance reports; applies for the whole term.", disc=25),
                   HL("Onboarding and Migration", 1, "95000.00", "one_time", "project",
                      "Migration of open claims and five years of closed-claim history from the legacy claims "
                      "system, configuration of product rules for the current tariff generation, and acceptance "
                      "testing support.")],
       total_contract_value="953000.00",
       usage_rules=[U("Document OCR pages", "page", 2000000, "year", "per_unit", [(None, "0.02")], "annual",
                      "arrears")]),
     dict(deal_id="006-BD0H02", deal_name="Rheinauer Leben - Claims Automation 2027-2029", close_date="2026-11-20"),
     "Insurance order (German provider) with long wrapped descriptions, European number format with the code after "
     "the amount ('225.000,00 EUR') and dd.mm.yyyy dates. The platform is priced per 1,000 policies and steps up "
     "each year (180 / 200 / 220 units at 1.250,00 EUR = 225.000,00 / 250.000,00 / 275.000,00), each with its own "
     "dates. Fraud Scoring 48.000,00 less 25% = 36.000,00 a year for 3 years; onboarding 95.000,00 once. Total "
     "750.000 + 108.000 + 95.000 = 953.000,00 EUR as stated. OCR: 2.000.000 pages a year included, 0,02 EUR per "
     "page beyond, invoiced annually in arrears. Notice for non-renewal is six months, stated as 180 days.",
     ["insurance", "wrapped-cells", "long-descriptions", "ramp", "eu-number-format", "currency-after-amount",
      "usage", "discount-percent", "one-time-fee", "dotted-dates"],
     r=dict(doc_title="Bestellschein / Order Form", color=(90, 40, 110), paper="A4",
            vaddr="Speicherstadt, Am Sandtorkai 38, 20457 Hamburg  |  HRB 148233", caddr="Rheinuferstrasse 50, "
            "50668 Koeln, Germany", ccontact="Dr. Katrin Vollmer, Leiterin Leistungsmanagement",
            term_text="36 months", curname="Euro (EUR)",
            services_intro="Services and fees. Quantities for the Claims Automation Platform step up each calendar "
                           "year as shown. Fees exclude VAT.",
            net_head="Net fee per year / one-time",
            fee_terms=[("Total contract value", "953.000,00 EUR for the 36-month term."),
                       ("Invoicing", "Annual fees are invoiced in advance on 1 January of each contract year; the "
                        "onboarding fee on the order date."),
                       ("Usage", "2.000.000 OCR pages per contract year are included. Additional pages are charged "
                        "at 0,02 EUR per page and invoiced annually in arrears."),
                       ("Payment", "30 days net from the invoice date."),
                       ("Renewal", "The order renews for further periods of 12 months unless terminated with six "
                        "months' (180 days') written notice before the end of the then-current term.")],
            phi="Personal data, including health data of insured persons (Art. 9 GDPR), is processed under the "
                "data processing agreement annexed to the framework agreement. Processing takes place only in data "
                "centres in Germany.",
            law="Germany (Hamburg)", vsig=("Henrik Sommer", "Geschaeftsfuehrer", "2026-11-19"),
            csig=("Dr. Katrin Vollmer", "Leiterin Leistungsmanagement", "2026-11-20")),
     value="953000.00")

form("health", 3, "pdf", Ctx("usabbr", "us", 2, "$"),
     T(customer_legal_name="Greenhollow Senior Living Communities, LLC", vendor_legal_name="Tidewell Care Technologies Inc.",
       order_form_number="TCT-Q-20931", billing_contact_email="payables@greenhollowliving.example", currency="USD",
       effective_date="2026-05-12", service_start_date="2026-06-01", service_end_date="2028-05-31", term_months=24,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="monthly", billing_timing="advance", billing_anchor="calendar_month",
       line_items=[HL("eMAR - Electronic Medication Administration Record", 640, "7.25", "month", "occupied unit",
                      "Medication passes at the point of care, controlled-substance counts, PRN follow-up prompts "
                      "and pharmacy order reconciliation, for assisted-living and memory-care units."),
                   HL("Care Planning and Assessments", 640, "3.10", "month", "occupied unit",
                      "Resident assessments, service plans, change-of-condition alerts and state-specific "
                      "assessment forms, with a dashboard for wellness directors."),
                   HL("Family Connect Portal", 1, "450.00", "month", "portfolio",
                      "Secure messaging, care updates and photo sharing for up to 2,000 family members across all "
                      "communities."),
                   HL("Pharmacy Interface", 4, "175.00", "month", "interface",
                      "Bidirectional order and administration feeds with contracted long-term-care pharmacies."),
                   HL("Nurse Call Integration", 1, "325.00", "month", "portfolio",
                      "Routing of nurse-call events into caregiver task lists, with response-time reports."),
                   HL("Clinical Onboarding", 12, "1400.00", "one_time", "day",
                      "Remote and on-site days for workflow design, configuration and caregiver training, "
                      "scheduled community by community."),
                   HL("Hardware Staging", 40, "95.00", "one_time", "tablet",
                      "Enrolment, hardening and shipping of customer-owned tablets; hardware is not included.")],
       minimum_commitment={"amount": "7500.00", "period": "month"}, late_fee_percent_per_month="1.5",
       non_standard_terms=["Occupied-unit quantities are trued up monthly to the census report (billing follows "
                           "actual census, subject to the monthly minimum)"]),
     dict(deal_id="006-BD0H03", deal_name="Greenhollow Senior Living - Tidewell Care Suite", close_date="2026-05-12"),
     "Senior-living order with seven services whose long descriptions wrap inside the cells; the table runs over "
     "the page break with its header repeated. Monthly fees: 640 x 7.25 = 4,640.00; 640 x 3.10 = 1,984.00; 450.00; "
     "4 x 175.00 = 700.00; 325.00; total 8,099.00 a month (stated as the monthly recurring figure). One-time: 12 "
     "days x 1,400.00 = 16,800.00 and 40 x 95.00 = 3,800.00. No contract total is stated (null); by hand 8,099 x "
     "24 + 20,600 = 214,976.00 = deal amount. Monthly minimum of $7,500.00 is the minimum commitment. Invoiced per "
     "calendar month in advance. Late fee 1.5% a month. Monthly census true-up is non-standard.",
     ["healthcare", "senior-living", "wrapped-cells", "long-descriptions", "multi-page-table", "repeated-header",
      "monthly", "minimum-commitment", "late-fee", "one-time-fee", "true-up"],
     r=dict(preamble=["This Quote and Order covers the Tidewell Care Suite for the Client's nine assisted-living and "
                      "memory-care communities in Michigan and Ohio. It becomes binding when signed by both parties "
                      "and is governed by Tidewell's Customer Agreement, version 2026-01, which the Client has "
                      "reviewed.",
                      "Quantities are based on the Client's April 2026 census of 640 occupied units. Each community "
                      "receives its own configuration, medication-pass schedules and user roles; the Client's "
                      "regional clinical lead approves each community's go-live.",
                      "Tidewell's standard support (24x7 for medication administration, business hours for all other "
                      "modules) applies. Hardware, network equipment and pharmacy contracts remain the Client's "
                      "responsibility.",
                      "Communities covered: Greenhollow at Orchard Lake, Greenhollow Birmingham, Greenhollow Novi, "
                      "Greenhollow Ann Arbor, Greenhollow Canton, Greenhollow Toledo, Greenhollow Perrysburg, "
                      "Greenhollow Findlay and Greenhollow Sylvania. Communities acquired by the Client during the "
                      "term may be added at the per-unit prices in this order.",
                      "Regulatory content: state-specific assessment forms for Michigan and Ohio are included and "
                      "maintained by Tidewell as regulations change. Forms for additional states are available on "
                      "request under a separate quote."],
            doc_title="Quote and Order", color=(60, 120, 60), vaddr="2 Riverside Commons, Suite 410, Hartford, CT "
            "06103", caddr="7700 Orchard Lake Road, West Bloomfield, MI 48322",
            ccontact="Monica Pryor, Director of Clinical Operations", term_text="Twenty-four (24) months",
            curname="US dollars",
            services_intro="Per-unit services are billed on occupied units across the Client's 9 communities. Fees "
                           "shown are per month unless marked one-time.",
            net_head="Extended fee",
            fee_terms=[("Monthly recurring fees", "$8,099.00 at the quantities above."),
                       ("One-time fees", "$20,600.00, invoiced at signature."),
                       ("Invoicing", "Monthly in advance, one invoice per calendar month."),
                       ("Census true-up", "Occupied-unit quantities are adjusted each month to the census report "
                        "submitted by the Client, but total monthly recurring fees will not be less than $7,500.00 "
                        "(monthly minimum)."),
                       ("Payment", "Net 30. Past-due balances accrue a late charge of 1.5% per month."),
                       ("Renewal", "Renews for successive 12-month terms unless either party gives 60 days' written "
                        "notice before the end of the current term.")],
            law="the State of Connecticut", vsig=("Gregory Hale", "Chief Revenue Officer", "2026-05-11"),
            csig=("Monica Pryor", "Director of Clinical Operations", "2026-05-12")),
     value="214976.00")

form("health", 4, "pdf", Ctx("iso", "us", 0, "KRW "),
     T(customer_legal_name="Hanbit Life Insurance Co., Ltd.", vendor_legal_name="Pelican Actuarial Cloud Ltd",
       order_form_number="PAC-KR-2026-014", billing_contact_email="ap@hanbitlife.example", currency="KRW",
       effective_date="2026-08-20", service_start_date="2026-09-01", service_end_date="2027-08-31", term_months=12,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance", po_required=True, po_number="HBL-2026-PO-5521",
       line_items=[HL("Actuarial Modelling Workspace - IFRS 17 Edition", 1, "96000000", "year", "workspace",
                      "Cloud modelling environment for IFRS 17 and K-ICS measurement, including CSM roll-forward, "
                      "risk adjustment calculation, audit trail of assumption sets and three non-production "
                      "environments."),
                   HL("Modeller Seats", 18, "2400000", "year", "named user",
                      "Named actuarial users with model build, run and sign-off rights.", disc=15),
                   HL("IFRS 17 Model Migration Services", 1, "54000000", "one_time", "project",
                      "Conversion of the existing life and health cash-flow models, parallel runs for two quarter "
                      "closes, and reconciliation to the prior system.")],
       total_contract_value="186720000",
       usage_rules=[U("Stochastic compute hours", "compute hour", 5000, "year", "graduated",
                      [(10000, "1800"), (None, "1400")], "quarterly", "arrears")]),
     dict(deal_id="006-BD0H04", deal_name="Hanbit Life - Pelican IFRS 17", close_date="2026-08-20"),
     "Insurance order in Korean won (no decimals, 'KRW 96,000,000'). Seats 18 x 2,400,000 = 43,200,000 less 15% "
     "= 36,720,000. Total 96,000,000 + 36,720,000 + 54,000,000 = 186,720,000 as stated. Compute: 5,000 hours a "
     "year included; billable hours beyond that are graduated - the first 10,000 billable hours at KRW 1,800 and "
     "the rest at KRW 1,400 - invoiced quarterly in arrears (tiers written in billable hours). PO "
     "HBL-2026-PO-5521 must be quoted.",
     ["insurance", "wrapped-cells", "long-descriptions", "zero-decimal", "usage", "graduated", "po-required",
      "discount-percent", "one-time-fee"],
     r=dict(doc_title="Order Form", color=(20, 70, 140), paper="A4",
            vaddr="3 Grand Canal Quay, Dublin 2, D02 XK61, Ireland", caddr="Hanbit Tower, 50 Jong-ro, Jongno-gu, "
            "Seoul 03157, Republic of Korea", ccontact="Park Ji-woo, Head of Actuarial Systems",
            term_text="12 months", curname="Korean won (KRW)",
            services_intro="Fees are stated in Korean won and exclude VAT. Annual fees are shown after discount.",
            net_head="Net fee",
            fee_terms=[("Total contract value", "KRW 186,720,000."),
                       ("Invoicing", "Annual fees in advance on 2026-09-01; migration services on signature."),
                       ("Compute usage", "5,000 stochastic compute hours per contract year are included. Hours "
                        "above the allowance are billable in graduated bands: billable hours 1 to 10,000 at KRW "
                        "1,800 per compute hour, and billable hours above 10,000 at KRW 1,400 per compute hour, "
                        "invoiced quarterly in arrears."),
                       ("Purchase order", "Invoices must quote Client PO HBL-2026-PO-5521."),
                       ("Payment", "Net 30 days."),
                       ("Renewal", "Renews for further 12-month periods unless either party gives at least 60 "
                        "days' notice before the end of the term.")],
            phi="Policyholder personal and health information is processed under the data processing addendum and "
                "kept within the Seoul cloud region.",
            law="the Republic of Korea", vsig=("Siobhan Keane", "Director, APAC", "2026-08-19"),
            csig=("Park Ji-woo", "Head of Actuarial Systems", "2026-08-20")),
     value="186720000")


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 9  upgr : plan change / upgrade order; current plan shown for reference only, new lines co-termed
# ----------------------------------------------------------------------------------------------------------
def build_upgr(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    pdf = Doc("P", "A4", footer=f"{t['vendor_legal_name']} - {r['doc']} {t['order_form_number']}", margin=18)
    pdf.add_page()
    pdf.f(9, "B")
    pdf.set_text_color(*r["color"])
    pdf.cell(0, 5, t["vendor_legal_name"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.f(8)
    pdf.cell(0, 4, r["vaddr"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.f(17, "B")
    pdf.cell(0, 8, r["doc"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.f(9.5)
    pdf.multi_cell(0, 5, f"{r['doc']} No. {t['order_form_number']}, amending Order Form {r['orig']} dated "
                   f"{c.d(r['orig_date'])} between {t['vendor_legal_name']} (\"Provider\") and "
                   f"{t['customer_legal_name']} (\"Customer\").", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    kv = [["Customer", f"{t['customer_legal_name']}, {r['caddr']}"], ["Billing contact", t["billing_contact_email"]],
          ["Signature date", c.d(t["effective_date"])], ["Change effective", c.d(t["service_start_date"])]]
    kv += r.get("kv", [])
    pdf.grid(kv, (40, 134), head=False, size=8.8, bold_first_col=True, borders="HORIZONTAL_LINES")
    pdf.hd("1. Current subscription (for reference - not re-billed by this order)", 10.5)
    per = {"year": "year", "month": "month", "quarter": "quarter", "one_time": "one-time"}
    rows = [["Product", "Qty", "Unit price", "Per", "Status after this order"]] + r["current"]
    pdf.grid(rows, (66, 14, 30, 18, 46), size=8.3, fill=(235, 235, 235),
             align=("LEFT", "RIGHT", "RIGHT", "CENTER", "LEFT"))
    pdf.hd("2. Changes ordered", 10.5)
    dated = any(li["start_date"] for li in t["line_items"])
    head = ["Action", "Product", "SKU", "Qty", "Unit price", "Per", "Discount", "Net per period"]
    w = [17, 48, 20, 11, 24, 15, 17, 22]
    if dated:
        head = head + ["From", "To"]
        w = [19, 31, 0, 9, 19, 15, 17, 19, 22, 23]
        head.pop(2)
        w.pop(2)
    rows = [head]
    for li in t["line_items"]:
        x = li["_x"]
        disc = (f"{c.m(x['disc_amt'])} off" if x.get("disc_amt") else
                f"{li['discount_percent']}%" if li["discount_percent"] else "-")
        row = [x["action"], li["description"]] + ([] if dated else [li["sku"] or ""]) + \
              [c.q(li["quantity"]), c.m(li["unit_price"]), per[li["price_period"]], disc, c.m(li["net_amount"])]
        if dated:
            row += [c.d(li["start_date"]) or "-", c.d(li["end_date"]) or x.get("to", "-")]
        rows.append(row)
    pdf.grid(rows, w, size=8.3, fill=r["light"])
    for lab, val in r.get("totals", []):
        pdf.f(9, "B")
        pdf.cell(0, 5, f"{lab}: {val}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.hd("3. Commercial terms of the change", 10.5)
    for i, (lab, txt) in enumerate(r["terms"], 1):
        pdf.f(8.8, "B")
        pdf.write(4.5, f"3.{i} {lab}. ")
        pdf.f(8.8)
        pdf.write(4.5, txt)
        pdf.ln(6.5)
    pdf.hd("4. Everything else stays the same", 10.5)
    pdf.para(f"Except as changed above, Order Form {r['orig']} and the agreement it incorporates remain in full "
             "force. If this Change Order and the Order Form conflict, this Change Order prevails for the products "
             "listed in section 2.", size=8.8)
    boiler(pdf, 8, 4, size=7.6, prefix="4.")
    pdf.sigblock([("Provider", t["vendor_legal_name"], *r["vsig"][:2], c.d(r["vsig"][2])),
                  ("Customer", t["customer_legal_name"], *r["csig"][:2], c.d(r["csig"][2]))])
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


form("upgr", 1, "pdf", Ctx("us", "us", 2, "$"),
     T(customer_legal_name="Copperleaf Credit Partners, Inc.", vendor_legal_name="Lumenpath Security Inc.",
       order_form_number="CO-2026-0614", billing_contact_email="invoices@copperleafcredit.example", currency="USD",
       effective_date="2026-06-15", service_start_date="2026-06-15", service_end_date="2027-01-31",
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance", billing_anchor="coterm:2027-01-31",
       line_items=[L("XDR Endpoints - Enterprise", "LP-XDR-E", 150, "60.00", "year", net=True, action="ADD",
                     days=231),
                   L("Managed Threat Hunting", "LP-MTH", 1, "18000.00", "year", 10, net=True, action="ADD",
                     days=231)],
       total_contract_value="15948.49"),
     dict(deal_id="006-BD0U01", deal_name="Copperleaf Credit - XDR expansion + MTH", close_date="2026-06-15"),
     "Change order adding products mid-term. Section 1 lists the existing subscription for reference only (350 "
     "endpoints, standard support) - those are NOT lines of this order. New lines: 150 endpoints x $60.00 = "
     "$9,000.00 a year and Managed Threat Hunting $18,000.00 less 10% = $16,200.00 a year, co-terminous with the "
     "original order ending January 31, 2027 (anchor coterm:2027-01-31). The stub June 15, 2026 - January 31, "
     "2027 is 231 days (16 + 31 + 31 + 30 + 31 + 30 + 31 + 31); prorated 9,000 x 231/365 = 5,695.89 and 16,200 "
     "x 231/365 = 10,252.60, total $15,948.49, which the order states as the total due and is the whole value "
     "billed under it (TCV). No term in months is stated and the stub is not whole months, so term_months is null "
     "with no derived value. Renewal follows the original order (12 months, 30 days' notice), restated here.",
     ["change-order", "upgrade", "coterm", "proration", "existing-lines-distractor", "discount-percent"],
     r=dict(doc="Change Order", color=(180, 60, 20), light=(250, 225, 210), orig="OF-2025-0931",
            orig_date="2025-01-24", vaddr="1 Beacon Plaza, 14th Floor, Boston, MA 02108",
            caddr="600 Congress Avenue, Suite 1700, Austin, TX 78701",
            current=[["XDR Endpoints - Enterprise", "350", "$60.00", "year", "Unchanged (continues)"],
                     ["Standard Support", "1", "$0.00", "year", "Replaced by Managed Threat Hunting coverage"]],
            totals=[("Prorated fees, June 15, 2026 - January 31, 2027 (231 days)", "$15,948.49"),
                    ("Total due under this Change Order", "$15,948.49")],
            terms=[("Co-term", "The products in section 2 start on the change effective date, June 15, 2026, and "
                    "end with the existing subscription on January 31, 2027."),
                   ("Invoicing", "Prorated fees for the period to January 31, 2027 are calculated daily on a "
                    "365-day year and invoiced on the change effective date. From February 1, 2027 these products "
                    "are invoiced annually in advance together with the existing subscription."),
                   ("Payment", "Net 30 days from invoice date."),
                   ("Renewal", "The products renew with the Order Form for successive 12-month periods unless either "
                    "party gives 30 days' written notice of non-renewal before the end of the current period.")],
            vsig=("Morgan Tate", "Account Executive", "2026-06-12"),
            csig=("Elena Marsh", "Chief Information Security Officer", "2026-06-15")),
     value="15948.49")

form("upgr", 2, "pdf", Ctx("ukord", "us", 2, "£"),
     T(customer_legal_name="Thornbury & Vale Estates Ltd", vendor_legal_name="Meridian Tide Software Ltd",
       order_form_number="MTS-CHG-2291", billing_contact_email="purchase.ledger@thornburyvale.example",
       currency="GBP", effective_date="2026-04-22", service_start_date="2026-05-01", auto_renew=True,
       renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=14, billing_frequency="monthly",
       billing_timing="advance", billing_anchor="day:1",
       line_items=[L("Scale Plan", "MT-SCALE", 1, "1450.00", "month", 10, net=True, start="2026-05-01",
                     end="2026-10-31", action="UPGRADE", disc_amt="145.00"),
                   L("Scale Plan", "MT-SCALE", 1, "1450.00", "month", net=True, start="2026-11-01", action="UPGRADE",
                     to="ongoing", months=6),
                   L("Additional Workspaces", "MT-WS", 3, "120.00", "month", net=True, action="ADD"),
                   L("Migration to Scale", "MT-MIG", 1, "750.00", "one_time", net=True, action="ADD")]),
     dict(deal_id="006-BD0U02", deal_name="Thornbury & Vale - Team to Scale upgrade", close_date="2026-04-22"),
     "Plan change on a rolling monthly subscription (no term, no end date; renews monthly with 30 days' notice). "
     "The old Team plan (GBP 690/month) appears only in the 'current subscription' table and is replaced. The Scale "
     "plan carries a discount stated as an amount, GBP 145.00 off per month for the first six months "
     "(1st May 2026 - 31st October 2026) = 10%, net 1,305.00; from 1st November 2026 it is full price 1,450.00 - "
     "two lines with their own dates (second has no end). The migration fee has no dates (its From/To cells read "
     "'-'). First-year value for the deal: 6 x 1,305 + 6 x 1,450 + 12 x 3 x 120 + 750 = 21,600.00. Invoiced on "
     "the 1st of each month (anchor day:1), 14 days.",
     ["change-order", "upgrade", "evergreen", "monthly", "discount-amount", "ramp", "existing-lines-distractor",
      "one-time-fee", "billing-anchor"],
     r=dict(doc="Plan Change Order", color=(10, 90, 100), light=(205, 230, 232), orig="MTS-OF-1870",
            orig_date="2025-03-03", vaddr="3rd Floor, 12 Canute Road, Southampton SO14 3FH",
            caddr="Vale House, 8 Market Place, Thornbury BS35 2BH",
            current=[["Team Plan", "1", "£690.00", "month", "Replaced by Scale Plan from 1st May 2026"],
                     ["Workspaces (included in Team Plan)", "2", "£0.00", "month", "Carried over"]],
            totals=[("Monthly recurring charge May - October 2026", "£1,665.00"),
                    ("Monthly recurring charge from November 2026", "£1,810.00")],
            terms=[("Effective date", "The upgrade takes effect on 1st May 2026."),
                   ("Introductory discount", "The Scale Plan is discounted by £145.00 per month for the six months "
                    "from 1st May 2026 to 31st October 2026, after which the full monthly price applies."),
                   ("Invoicing", "Monthly in advance. Invoices continue to be issued on the 1st of each month; the "
                    "migration fee appears on the May 2026 invoice."),
                   ("Payment", "Payment within 14 days of the invoice date."),
                   ("Rolling term", "The subscription continues month to month. Either party may end it by giving "
                    "30 days' written notice, effective at the end of a monthly period.")],
            vsig=("Oliver Pennington", "Director", "2026-04-22"),
            csig=("Sophie Vale", "Operations Director", "2026-04-22")),
     value="21600.00")

form("upgr", 3, "pdf", Ctx("uk", "us", 2, "MXN "),
     T(customer_legal_name="Grupo Hotelero Bahía Azul, S.A. de C.V.", vendor_legal_name="Tallgrass Cloud Inc.",
       order_form_number="TC-CO-MX-0088", billing_contact_email="cxp@bahiaazulhoteles.example", currency="MXN",
       effective_date="2026-09-24", service_start_date="2026-10-01", service_end_date="2027-03-31", term_months=6,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance", billing_anchor="coterm:2027-03-31",
       line_items=[L("Guest Experience Suite - Premium Tier Uplift", "TG-GXS-PREM", 1, "210000.00", "year",
                     net=True, action="UPGRADE"),
                   L("Additional Property Licences", "TG-GXS-PROP", 4, "36000.00", "year", net=True, action="ADD"),
                   L("Premium Configuration", "TG-GXS-CFG", 1, "25000.00", "one_time", net=True, action="ADD")],
       total_contract_value="202000.00"),
     dict(deal_id="006-BD0U03", deal_name="Bahia Azul - Premium upgrade + 4 properties", close_date="2026-09-24"),
     "Upgrade order for a Mexican hotel group, priced in MXN (written 'MXN 210,000.00'). Annual prices, co-termed "
     "for the stated 'six (6) month co-term period' 1 October 2026 - 31 March 2027 (term_months 6; anchor "
     "coterm:2027-03-31). Annual recurring 210,000 + 4 x 36,000 = 354,000; half of that for six months = "
     "177,000.00; plus 25,000.00 configuration = 202,000.00, stated as the total for the co-term period. The "
     "existing Standard-tier lines are shown for reference only.",
     ["change-order", "upgrade", "coterm", "existing-lines-distractor", "one-time-fee"],
     r=dict(doc="Upgrade Order", color=(34, 85, 51), light=(214, 232, 219), orig="TC-OF-MX-0412",
            orig_date="2025-04-01", vaddr="1400 Prairie Gate Blvd, Suite 300, Omaha, NE 68102, USA",
            caddr="Blvd. Kukulcan km 9.5, Zona Hotelera, Cancún, Q. Roo 77500, México",
            kv=[["Co-term period", "six (6) months, 1 October 2026 to 31 March 2027"]],
            current=[["Guest Experience Suite - Standard Tier", "1", "MXN 480,000.00", "year", "Continues; uplifted "
                      "to Premium by this order"],
                     ["Property Licences", "11", "MXN 36,000.00", "year", "Continues"]],
            totals=[("Prorated recurring fees for the co-term period", "MXN 177,000.00"),
                    ("Total for the co-term period", "MXN 202,000.00")],
            terms=[("Co-term", "The upgrade and the additional licences start on 1 October 2026 and are co-terminous "
                    "with the existing subscription, which ends on 31 March 2027. Fees for the six (6) month "
                    "co-term period are one half of the annual prices."),
                   ("Invoicing", "The co-term fees and the configuration fee are invoiced in full on 1 October "
                    "2026. From 1 April 2027 the products are invoiced annually in advance with the existing "
                    "subscription."),
                   ("Payment", "Net 30 days. Prices exclude IVA."),
                   ("Renewal", "Renews with the existing subscription for 12-month periods unless either party gives "
                    "60 days' notice before the end of the current period.")],
            vsig=("Dana Whitcombe", "Regional Vice President", "2026-09-23"),
            csig=("Ricardo Salazar", "Director de Tecnología", "2026-09-24")),
     value="202000.00")

form("upgr", 4, "pdf", Ctx("dot", "eu", 2, "", " DKK"),
     T(customer_legal_name="Limfjord Logistik ApS", vendor_legal_name="Orrery Data AS",
       order_form_number="ODA-CO-2026-031", billing_contact_email="kreditor@limfjordlogistik.example",
       currency="DKK", effective_date="2026-06-18", service_start_date="2026-07-01", service_end_date="2027-12-31",
       term_months=18, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
       billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter",
       line_items=[L("Fleet Telemetry - Advanced", "ORR-FT-ADV", 1, "27000.00", "quarter", net=True,
                     action="UPGRADE"),
                   L("Cold-chain Sensors", "ORR-CCS", 120, "55.00", "quarter", net=True, action="ADD")],
       total_contract_value="201600.00", minimum_commitment={"amount": "36000.00", "period": "term"},
       usage_rules=[U("Telemetry messages", "message", 3000000, "quarter", "graduated",
                      [(7000000, "0.0020"), (None, "0.0012")], "quarterly", "arrears")]),
     dict(deal_id="006-BD0U04", deal_name="Limfjord Logistik - Advanced telemetry upgrade", close_date="2026-06-18"),
     "Upgrade order with quarterly prices, European number format and the code after the amount. Advanced tier "
     "27.000,00 + 120 sensors x 55,00 (= 6.600,00) = 33.600,00 a quarter; the stated 18-month period 01.07.2026 - "
     "31.12.2027 is 6 quarters, so 201.600,00 DKK of committed subscription fees (stated). Quarterly in advance "
     "aligned to calendar quarters. Usage: 3.000.000 messages per quarter included; billable messages beyond the "
     "allowance are graduated (first 7.000.000 billable at 0,0020, the rest at 0,0012), quarterly in arrears; "
     "minimum usage commitment 36.000,00 DKK over the term. The Standard tier in section 1 is replaced and is not a "
     "line. Deal amount 237.600,00 = 201.600,00 subscription + 36.000,00 committed usage.",
     ["change-order", "upgrade", "quarterly-priced-lines", "usage", "graduated", "minimum-commitment",
      "eu-number-format", "currency-after-amount", "existing-lines-distractor", "billing-anchor"],
     r=dict(doc="Change Order", color=(20, 60, 110), light=(214, 225, 240), orig="ODA-2025-0210",
            orig_date="2025-06-30", vaddr="Strandkaien 14, 5013 Bergen, Norway",
            caddr="Havnegade 22, 9000 Aalborg, Denmark",
            kv=[["Term of the changed products", "18 months (01.07.2026 - 31.12.2027)"]],
            current=[["Fleet Telemetry - Standard", "1", "18.000,00 DKK", "quarter", "Replaced by Advanced tier "
                      "on 01.07.2026"]],
            totals=[("Quarterly subscription fee", "33.600,00 DKK"),
                    ("Committed subscription fees through 31.12.2027", "201.600,00 DKK")],
            terms=[("Billing", "Subscription fees are invoiced quarterly in advance, aligned to calendar quarters "
                    "(1 January, 1 April, 1 July, 1 October)."),
                   ("Usage", "Each calendar quarter includes 3.000.000 telemetry messages. Billable messages beyond "
                    "that allowance are charged in graduated bands: the first 7.000.000 billable messages at 0,0020 "
                    "DKK each and every further message at 0,0012 DKK, invoiced quarterly in arrears."),
                   ("Minimum commitment", "The Customer commits to usage charges of at least 36.000,00 DKK over the "
                    "18-month term; any shortfall is invoiced with the final quarter."),
                   ("Payment", "30 days net."),
                   ("Renewal", "At the end of the term the products renew for 12 months at a time unless either "
                    "party gives 90 days' written notice.")],
            deal_extra_lines=[{"sku": "ORR-USAGE-MIN", "name": "Committed usage (term minimum)", "quantity": "1",
                               "unit_price": "36000.00", "total": "36000.00"}],
            vsig=("Eirik Solberg", "Sales Director", "2026-06-17"), csig=("Mads Thomsen", "Direktør",
                                                                          "2026-06-18")),
     value="201600.00", deal_extra="36000.00")


# ----------------------------------------------------------------------------------------------------------
# LAYOUT 10  prose : order written in running sentences under plain headings (PDF or Markdown)
# ----------------------------------------------------------------------------------------------------------
def build_prose(F, folder):
    t, c, r = F["t"], F["ctx"], F["r"]
    if F["fmt"] == "md":
        out = [f"# {r['title']}", "", f"*{r['subtitle']}*", ""]
        for head, paras in r["sections"]:
            out += [f"## {head}", ""]
            for p in paras:
                out += [p, ""]
        out += ["## Signatures", ""]
        for who, name, signer, title, d in r["sigs"]:
            out += [f"**{who} - {name}**  ", f"Signed: {signer}, {title}  ", f"Date: {c.d(d)}", ""]
        (folder / "contract.md").write_text("\n".join(out), encoding="utf-8")
        return "contract.md"
    pdf = Doc("P", "A4", footer=r["footer"], font=r.get("font", "Times"), margin=24)
    pdf.add_page()
    pdf.f(20, "B")
    pdf.cell(0, 10, r["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.f(10.5, "I")
    pdf.multi_cell(0, 5, r["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for head, paras in r["sections"]:
        pdf.f(12.5, "B")
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        for p in paras:
            pdf.para(p, size=11, lh=5.5, gap=2)
        pdf.ln(1)
    pdf.sigblock([(w, n, s, ti, c.d(d)) for w, n, s, ti, d in r["sigs"]], size=9.5)
    save_pdf(pdf, folder / "contract.pdf")
    return "contract.pdf"


form("prose", 1, "pdf", Ctx("uk", "us", 2, "EUR "),
     T(customer_legal_name="Ballymore Credit Union Limited", vendor_legal_name="Fernhill Learning Systems Ltd",
       order_form_number="FLS-2026-044", billing_contact_email="accounts@ballymorecu.example", currency="EUR",
       effective_date="2026-02-10", service_start_date="2026-03-01", service_end_date="2028-02-29", term_months=24,
       auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
       billing_frequency="annual", billing_timing="advance",
       line_items=[L("Fernhill Compliance Academy", None, 180, "42.00", "year", net=True),
                   L("Course Authoring Studio", None, 2, "1900.00", "year"),
                   L("Content migration", None, 1, "2250.00", "one_time")],
       total_contract_value="24970.00", price_escalator_percent="4"),
     dict(deal_id="006-BD0P01", deal_name="Ballymore CU - Compliance Academy 2yr", close_date="2026-02-10"),
     "An order written as plain sentences under headings, with no tables. Fees are in prose: 180 learners at EUR "
     "42.00 per learner per year 'which comes to EUR 7,560.00 a year' (net shown), two Course Authoring Studio "
     "licences at EUR 1,900.00 each per year (no line amount given, so net_amount null), and a one-off content "
     "migration fee of EUR 2,250.00 (quantity 1; no separate net stated). 'Two years' = 24 months, 1 March 2026 "
     "to 28 February 2028 (2028 is a leap year). Total (7,560 + 3,800) x 2 + 2,250 = 24,970.00, as stated. "
     "Renewal prices may rise by up to 4%.",
     ["prose", "prose-fees", "no-tables", "escalator", "one-time-fee", "leap-year"],
     r=dict(title="Order for Fernhill Compliance Academy", footer="Fernhill Learning Systems Ltd - Order FLS-2026-044",
            subtitle="Order reference FLS-2026-044, agreed on 10 February 2026 between Fernhill Learning Systems "
                     "Ltd, of 5 Mill Lane, Galway H91 X2T4, Ireland, and Ballymore Credit Union Limited, of Main "
                     "Street, Ballymore, Co. Westmeath N91 K7P0, Ireland.",
            sections=[
                ("What Ballymore is buying",
                 ["Ballymore Credit Union Limited (\"Ballymore\") is subscribing to the Fernhill Compliance Academy "
                  "for 180 learners at EUR 42.00 per learner per year, which comes to EUR 7,560.00 a year. The "
                  "Academy gives each learner the regulatory and conduct courses that Irish credit unions need, "
                  "with completion tracking for the board and the risk officer.",
                  "Ballymore is also taking two Course Authoring Studio licences at EUR 1,900.00 each per year so "
                  "that its compliance team can build its own short courses, and Fernhill will move Ballymore's "
                  "existing course records across from its current system for a one-off content migration fee of "
                  "EUR 2,250.00."]),
                ("How long it lasts",
                 ["The subscription begins on 1 March 2026 and runs for two years, ending on 29 February 2028. It "
                  "will then renew for further one-year periods unless either of us gives the other at least 60 "
                  "days' written notice before the end of the period then running. At renewal Fernhill may raise "
                  "its prices by up to 4%."]),
                ("What it costs in total",
                 ["In total, the fees over the two-year term come to EUR 24,970.00: EUR 11,360.00 in each year "
                  "for the subscriptions, plus the migration fee. All amounts are in euro and exclude VAT."]),
                ("Invoices and payment",
                 ["Fernhill will invoice the subscription fees annually in advance - the first invoice on 1 March "
                  "2026 and the second on 1 March 2027 - and the migration fee together with the first invoice. "
                  "Ballymore will pay each invoice within 30 days of its date. Invoices should be sent to "
                  "accounts@ballymorecu.example."]),
                ("Everything else",
                 ["Fernhill's Customer Terms (version 3, January 2026) apply to this order and are part of it. "
                  "Ballymore's data stays in the European Union. If anything in this order conflicts with the "
                  "Customer Terms, this order wins. Irish law governs this order."])],
            sigs=[("For Fernhill Learning Systems Ltd", "", "Niamh Brennan", "Director", "2026-02-10"),
                  ("For Ballymore Credit Union Limited", "", "Declan Foley", "Manager", "2026-02-10")]),
     value="24970.00")

form("prose", 2, "md", Ctx("uk", "us", 2, "C$"),
     T(customer_legal_name="Coastal Range Forestry Ltd.", vendor_legal_name="Pinecrest Workforce Cloud Inc.",
       order_form_number="PWC-2026-118", billing_contact_email="payables@coastalrangeforestry.example",
       currency="CAD", effective_date="2026-03-20", service_start_date="2026-04-01", service_end_date="2027-03-31",
       term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
       billing_frequency="monthly", billing_timing="advance",
       line_items=[L("Platform access fee", None, 1, "1500.00", "month")],
       minimum_commitment={"amount": "60000.00", "period": "year"},
       usage_rules=[U("Active workers", "worker", None, None, "volume",
                      [(250, "14.00"), (600, "12.50"), (None, "11.00")], "monthly", "arrears")],
       late_fee_percent_per_month="2"),
     dict(deal_id="006-BD0P02", deal_name="Coastal Range Forestry - Crew Scheduling", close_date="2026-03-20"),
     "Markdown order written in sentences. The only fixed fee is a C$1,500.00 monthly platform access fee (in "
     "advance). Crew scheduling is charged per active worker per month with VOLUME pricing - every worker in the "
     "month at the rate for the band the month's count falls in (1-250 at C$14.00, 251-600 at C$12.50, 601+ at "
     "C$11.00) - monthly in arrears. Combined annual fees will not be less than C$60,000.00 (minimum commitment "
     "per year). 12 months from 1 April 2026 to 31 March 2027. Deal amount = the committed C$60,000.00 (platform "
     "18,000.00 + committed worker fees 42,000.00). Late interest 2% a month.",
     ["prose", "markdown", "usage", "volume", "minimum-commitment", "late-fee", "prose-fees"],
     r=dict(title="Pinecrest Workforce Cloud - Order PWC-2026-118",
            subtitle="Between Pinecrest Workforce Cloud Inc. (1055 West Georgia Street, Suite 2100, Vancouver, BC "
                     "V6E 3P3) and Coastal Range Forestry Ltd. (4410 Marine Way, Campbell River, BC V9W 5B3). "
                     "Order date: 20 March 2026.",
            sections=[
                ("1. The service",
                 ["Coastal Range Forestry Ltd. will use Pinecrest's crew scheduling and time-capture service for "
                  "its falling, planting and road crews. A worker counts as active in a month if they are scheduled "
                  "or record time on at least one day in that month."]),
                ("2. Term",
                 ["The subscription runs for 12 months, from 1 April 2026 to 31 March 2027, and then renews for "
                  "further 12-month terms unless either party gives written notice at least 30 days before the end "
                  "of the current term."]),
                ("3. Fees",
                 ["There is a platform access fee of C$1,500.00 per month, invoiced monthly in advance.",
                  "Active workers are charged per worker per month on volume pricing: the number of active workers "
                  "in the month decides one rate, and that rate applies to every active worker in that month. The "
                  "rates are C$14.00 per worker when the month has 1 to 250 active workers, C$12.50 per worker "
                  "for 251 to 600, and C$11.00 per worker for 601 or more. Worker fees are invoiced monthly in "
                  "arrears.",
                  "Coastal Range commits to total annual fees - platform access fee plus worker fees - of no less "
                  "than C$60,000.00 per contract year. If the fees invoiced in a contract year are lower, Pinecrest "
                  "will invoice the difference with the last monthly invoice of that year.",
                  "All amounts are in Canadian dollars and exclude GST and PST."]),
                ("4. Invoices and payment",
                 ["Invoices go to payables@coastalrangeforestry.example and are payable within 30 days of the "
                  "invoice date. Overdue amounts bear interest at 2% per month."]),
                ("5. Terms",
                 ["Pinecrest's Subscription Terms (2025 edition) apply. The laws of British Columbia govern this "
                  "order."])],
            sigs=[("Pinecrest Workforce Cloud Inc.", "", "Jordan Leclerc", "Director of Sales", "2026-03-20"),
                  ("Coastal Range Forestry Ltd.", "", "Wes Harlow", "Controller", "2026-03-20")],
            deal_extra_lines=[{"sku": None, "name": "Committed worker fees (annual minimum less platform fee)",
                               "quantity": "1", "unit_price": "42000.00", "total": "42000.00"}]),
     value="18000.00", deal_extra="42000.00")

form("prose", 3, "pdf", Ctx("uk", "eu", 2, "R$ "),
     T(customer_legal_name="Rio Claro Alimentos S.A.", vendor_legal_name="Ipê Digital Tecnologia Ltda.",
       order_form_number="IPE-PROP-2026-77", billing_contact_email="contasapagar@rioclaroalimentos.example",
       currency="BRL", effective_date="2026-07-02", service_start_date="2026-07-15", term_months=36,
       auto_renew=False, payment_terms_days=10, billing_frequency="semiannual", billing_timing="advance",
       line_items=[L("Cold Chain Visibility Platform", None, 1, "96000.00", "year"),
                   L("Refrigerated Unit Trackers", None, 300, "144.00", "year", 15, net=True),
                   L("Installation", None, 1, "18500.00", "one_time")],
       late_fee_percent_per_month="1",
       non_standard_terms=["Fees are adjusted on each anniversary by the IPCA inflation index"]),
     dict(deal_id="006-BD0P03", deal_name="Rio Claro Alimentos - Cold Chain 36m", close_date="2026-07-02"),
     "Accepted proposal written in running sentences (Brazilian amounts 'R$ 96.000,00'). Trackers: 300 x R$ "
     "144,00 = R$ 43.200,00 a year less a discount stated as an amount, R$ 6.480,00 (= 15%), giving the stated R$ "
     "36.720,00 a year. Platform R$ 96.000,00 a year and installation R$ 18.500,00 once (no separate net stated). "
     "Term '36 months' from 15 July 2026 with no end date written - derived end 2029-07-14. Invoiced every six "
     "months in advance, due in 10 days, 1% a month late interest. The IPCA inflation adjustment is not a fixed "
     "percentage, so price_escalator_percent is null and the adjustment is listed as non-standard. No total "
     "stated; by hand (96.000 + 36.720) x 3 + 18.500 = 416.660,00 = deal amount.",
     ["prose", "prose-fees", "discount-amount", "derived-end-date", "eu-number-format", "semiannual",
      "inflation-index", "late-fee", "one-time-fee"],
     r=dict(title="Proposal and Order - Cold Chain Visibility", font="Helvetica",
            footer="Ipê Digital Tecnologia Ltda. - IPE-PROP-2026-77 - accepted",
            subtitle="Proposal IPE-PROP-2026-77 from Ipê Digital Tecnologia Ltda. (Av. Paulista 1842, Sao Paulo - "
                     "SP) to Rio Claro Alimentos S.A. (Rodovia Washington Luis, km 178, Rio Claro - SP), accepted "
                     "on 2 July 2026.",
            sections=[
                ("Why this proposal",
                 ["Rio Claro Alimentos S.A. asked us to propose a way to see, in real time, the temperature of "
                  "every refrigerated trailer and cold room in its distribution network, and to keep the records "
                  "its food-safety auditors require. This proposal, once accepted, is the order."]),
                ("What we will provide",
                 ["We will provide the Cold Chain Visibility Platform for an annual fee of R$ 96.000,00, and "
                  "subscriptions for 300 Refrigerated Unit Trackers at R$ 144,00 per tracker per year. On the "
                  "trackers we are giving a discount of R$ 6.480,00 per year, so the tracker subscriptions cost "
                  "R$ 36.720,00 a year. We will also install and commission the trackers for a one-time "
                  "installation fee of R$ 18.500,00."]),
                ("For how long",
                 ["The subscriptions start on 15 July 2026 and last for 36 months. The order does not renew "
                  "automatically; the parties will discuss a renewal six months before it ends."]),
                ("How we will invoice",
                 ["We will invoice the annual fees every six months in advance (half of the annual amount each "
                  "time), starting on 15 July 2026, and the installation fee once installation is complete. Each "
                  "invoice (boleto) is payable within 10 days. Late payments bear interest of 1% per month. On "
                  "each anniversary of the start date the fees will be adjusted by the IPCA inflation index for "
                  "the previous twelve months. Please send invoices to contasapagar@rioclaroalimentos.example."]),
                ("Other conditions",
                 ["Prices include ISS and exclude hardware, which Rio Claro has already bought. Our General "
                  "Conditions of Service apply. The courts of Sao Paulo have jurisdiction."])],
            sigs=[("Ipê Digital Tecnologia Ltda.", "", "Rafael Monteiro", "Diretor Comercial", "2026-07-01"),
                  ("Rio Claro Alimentos S.A.", "", "Beatriz Campos", "Diretora de Operações", "2026-07-02")]),
     derived={"service_end_date": {"value": "2029-07-14", "rule": "start 2026-07-15 + 36 months - 1 day"}},
     value="416660.00")

form("prose", 4, "md", Ctx("iso", "sp", 2, "NOK ", disp=0),
     T(customer_legal_name="Bergen Fiskeeksport AS", vendor_legal_name="Driftwood Labs Ltd",
       order_form_number="DWL-NO-0019", billing_contact_email="faktura@bergenfiskeeksport.example", currency="NOK",
       effective_date="2026-10-15", service_start_date="2026-11-01", service_end_date="2027-10-31",
       auto_renew=False, payment_terms_days=10, billing_frequency="monthly", billing_timing="advance",
       po_required=True, po_number="77120",
       line_items=[L("Traceability Cloud", None, 1, "18500.00", "month"),
                   L("Vessel Apps", None, 14, "650.00", "month", net=True)],
       total_contract_value="331200.00",
       non_standard_terms=["Customer may pause the Vessel Apps for up to two months per year in the off-season "
                           "without charge"]),
     dict(deal_id="006-BD0P04", deal_name="Bergen Fiskeeksport - Traceability", close_date="2026-10-15"),
     "Markdown order in sentences with label-style dates ('Subscription Start: 2026-11-01', 'Ends: 2027-10-31'); "
     "the length in months is never written, so term_months is null and derived as 12. Amounts are written 'NOK "
     "18 500' (space thousands, no decimals; gold uses two decimals). Vessel Apps 14 x 650 = 9 100 a month "
     "(stated, net shown). Total 27 600 x 12 = 331 200, stated as the total over the subscription period. PO 77120 "
     "must be quoted. The off-season pause right is non-standard; the pause would reduce billing but the stated "
     "total assumes no pause.",
     ["prose", "markdown", "derived-term", "space-thousands", "no-decimals-shown", "po-required", "monthly"],
     r=dict(title="Order confirmation - Driftwood Traceability for Bergen Fiskeeksport",
            subtitle="Order DWL-NO-0019 - Driftwood Labs Ltd, Unit 4, Anchor Yard, Bristol BS1 6QA, United Kingdom "
                     "- for Bergen Fiskeeksport AS, Bryggen 31, 5003 Bergen, Norway - dated 2026-10-15",
            sections=[
                ("Dates",
                 ["Subscription Start: 2026-11-01  \nEnds: 2027-10-31  \nThis order does not renew "
                  "automatically; a new order is needed to continue after the end date."]),
                ("What you are getting",
                 ["Bergen Fiskeeksport AS gets the Traceability Cloud for NOK 18 500 per month, which covers catch "
                  "registration, batch tracking from landing to export and the export-certificate workflow.",
                  "You are also getting Vessel Apps for 14 vessels at NOK 650 per vessel per month, NOK 9 100 per "
                  "month in total, so skippers can register catches at sea."]),
                ("What it costs",
                 ["That comes to NOK 27 600 per month and NOK 331 200 over the subscription period. Prices exclude "
                  "Norwegian VAT (MVA)."]),
                ("Off-season pause",
                 ["You may pause the Vessel Apps for up to two months in each year during the off-season by "
                  "telling us before the first day of the month concerned. Paused months are not charged."]),
                ("Invoicing",
                 ["We invoice monthly in advance and payment is due 10 days after the invoice date. Please quote "
                  "your PO 77120 on every invoice - we will send them to faktura@bergenfiskeeksport.example."]),
                ("Terms",
                 ["Driftwood Labs' Standard Terms of Service (v5) apply. English law governs this order."])],
            sigs=[("Driftwood Labs Ltd", "", "Callum Reeves", "Commercial Director", "2026-10-15"),
                  ("Bergen Fiskeeksport AS", "", "Ingrid Haugland", "Økonomisjef", "2026-10-15")]),
     derived={"term_months": {"value": 12, "rule": "2026-11-01 to 2027-10-31"}},
     value="331200.00")


# ----------------------------------------------------------------------------------------------------------
# checks and output
# ----------------------------------------------------------------------------------------------------------
def line_value(F, li):
    t, dec = F["t"], F["ctx"].dec
    net = line_net(li, dec)
    if li["price_period"] == "one_time":
        return net
    x = li["_x"]
    if "days" in x:  # daily proration of an annual price
        return qd(net * D(x["days"]) / D(365), dec)
    if "months" in x:
        months = x["months"]
    else:
        s = li["start_date"] or t["service_start_date"]
        e = li["end_date"] or t["service_end_date"] or F["derived"].get("service_end_date", {}).get("value")
        months = 12 if e is None else months_between(s, e)  # evergreen: first-year value
    return qd(net * D(months) / D(PERIOD_MONTHS[li["price_period"]]), dec)


def check(F):
    t, dec = F["t"], F["ctx"].dec
    cid = f"{F['layout']}-{F['nn']:02d}"
    assert set(t) == set(FIELDS), cid
    for li in t["line_items"]:
        if li["net_amount"] is not None:
            assert D(li["net_amount"]) == line_net(li, dec), (cid, li)
            assert D(li["unit_price"]) * D(li["quantity"]) >= D(li["net_amount"]), cid
    v = sum((line_value(F, li) for li in t["line_items"]), D(0)) + D(F["r"].get("adjust", "0"))
    if "schedule" in F["r"]:
        assert sum(D(x[-1]) for x in F["r"]["schedule"]) == v, (cid, "schedule")
    assert v == D(F["value"]), (cid, v, F["value"])
    if t["total_contract_value"] is not None:
        assert D(t["total_contract_value"]) == v, (cid, t["total_contract_value"], v)
    dv = F["derived"]
    if "service_end_date" in dv:
        assert t["service_end_date"] is None
        e = add_months(iso(t["service_start_date"]), dv.get("term_months", {}).get("value") or t["term_months"])
        assert (e - timedelta(days=1)).isoformat() == dv["service_end_date"]["value"], cid
    if "term_months" in dv:
        assert t["term_months"] is None
        assert months_between(t["service_start_date"], t["service_end_date"] or dv["service_end_date"]["value"]) \
            == dv["term_months"]["value"], cid
    if t["service_end_date"] and t["term_months"]:
        assert months_between(t["service_start_date"], t["service_end_date"]) == t["term_months"], cid
    if t["auto_renew"] is not True:
        assert t["non_renewal_notice_days"] is None, cid
    if t["po_number"]:
        assert t["po_required"], cid
    for d in (t["effective_date"], t["service_start_date"], t["service_end_date"]):
        if d:
            iso(d)
    return v


def money_s(x, dec):
    return f"{qd(x, dec):.{dec}f}"


def write_case(F):
    t, dec = F["t"], F["ctx"].dec
    cid = f"{F['layout']}-{F['nn']:02d}"
    folder = OUT / cid
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("contract.*"):
        old.unlink()
    fname = BUILDERS[F["layout"]](F, folder)
    v = check(F)
    deal = dict(F["deal"])
    lines = []
    for i, li in enumerate(t["line_items"]):
        if F["deal_mismatch"] and i in F["deal_mismatch"].get("drop_lines", []):
            continue
        unit = D(li["unit_price"])
        if li["discount_percent"]:
            unit = unit * (100 - D(li["discount_percent"])) / 100
        lines.append({"sku": li["sku"], "name": li["description"], "quantity": li["quantity"],
                      "unit_price": money_s(unit, max(dec, 2) if unit != qd(unit, dec) else dec),
                      "total": money_s(line_value(F, li), dec)})
    lines += F["r"].get("deal_extra_lines", [])
    lines += F["r"].get("deal_adjust_lines", [])
    amount = v + D(F["deal_extra"])
    assert sum(D(x["total"]) for x in lines) == (D(F["deal_mismatch"]["amount"]) if F["deal_mismatch"] and
                                                  "amount" in F["deal_mismatch"] else amount), cid
    if F["deal_mismatch"] and "amount" in F["deal_mismatch"]:
        amount = D(F["deal_mismatch"]["amount"])
    account = t["customer_legal_name"]
    if F["deal_mismatch"] and "account_name" in F["deal_mismatch"]:
        account = F["deal_mismatch"]["account_name"]
    out = {"deal_id": deal["deal_id"], "deal_name": deal["deal_name"], "account_name": account,
           "stage": "Closed Won", "close_date": deal["close_date"], "currency": t["currency"],
           "amount": money_s(amount, dec),
           "billing_contact_email": deal.get("billing_contact_email", t["billing_contact_email"]),
           "line_items": lines}
    (folder / "deal.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    terms = {k: t[k] for k in FIELDS}
    terms["line_items"] = [clean_line(li) for li in t["line_items"]]
    case = {"id": f"{BATCH}-{cid}", "kind": "new_contract", "description": F["desc"],
            "tags": ["blind", BATCH, f"layout:{F['layout']}"] + F["tags"] + ([f"format:{F['fmt']}"]
                                                                            if F["fmt"] != "pdf" else []),
            "inputs": {"contract": fname, "deal": "deal.json"},
            "expected": {"terms": terms}}
    if F["derived"]:
        case["expected"]["derived"] = F["derived"]
    (folder / "case.json").write_text(json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return cid


BUILDERS = {k[6:]: v for k, v in globals().items() if k.startswith("build_")}


def main():
    seen = set()
    for F in FORMS:
        key = (F["layout"], F["nn"])
        assert key not in seen, key
        seen.add(key)
        print(write_case(F))
    print(f"{len(FORMS)} forms written")


if __name__ == "__main__":
    main()
