#!/usr/bin/env python3
"""Build batch `ba` of the blind order-form corpus.

Writes, for every form, OUT/<layout>-<nn>/{contract.pdf|contract.txt|contract.md, deal.json, case.json}.
Deterministic: fixed PDF creation date, core fonts only (windows-1252), no randomness.
Run with a Python that has fpdf2:  python build.py
"""
import json
import os
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D, ROUND_HALF_UP

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = os.path.dirname(os.path.abspath(__file__))
BATCH = "ba"
FIXED = datetime(2026, 1, 1, tzinfo=timezone.utc)

# --------------------------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fdate(iso, style):
    d = date.fromisoformat(iso)
    if style == "iso":
        return iso
    if style == "us":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "us_abbr":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "uk":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "uk_ord":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "uk_abbr":
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy":
        return f"{d.day}-{MON[d.month - 1]}-{d.year % 100:02d}"
    if style == "jp":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "au":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "us_slash":
        return f"{d.month}/{d.day}/{d.year}"
    raise ValueError(style)


def fnum(x, style="us", dp=2):
    x = D(str(x)).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)
    s = f"{x:,.{dp}f}"
    if style == "us":
        return s
    if style == "eu":
        return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if style == "fr":
        return s.replace(",", " ").replace(".", ",")
    if style == "ch":
        return s.replace(",", "'")
    if style == "plain":
        return s.replace(",", "")
    raise ValueError(style)


def fqty(x, style="us"):
    return fnum(x, style, 0) if D(x) == D(x).to_integral_value() else fnum(x, style, 2)


class Money:
    """Currency display for one document: prefix/suffix, number style, decimals."""

    def __init__(self, pre="$", post="", style="us", dp=2):
        self.pre, self.post, self.style, self.dp = pre, post, style, dp

    def __call__(self, x, bare=False):
        s = fnum(x, self.style, self.dp)
        return s if bare else f"{self.pre}{s}{self.post}"

    def n(self, x):
        return fnum(x, self.style, self.dp)


def add_months(iso, n):
    d = date.fromisoformat(iso)
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    day = d.day
    while True:
        try:
            return date(y, m, day)
        except ValueError:
            day -= 1


def end_after(iso_start, months):
    return (add_months(iso_start, months) - timedelta(days=1)).isoformat()


def months_between(s, e):
    s, e = date.fromisoformat(s), date.fromisoformat(e) + timedelta(days=1)
    assert s.day == e.day, (s, e)
    return (e.year - s.year) * 12 + e.month - s.month


# --------------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------------
TERM_KEYS = ["customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email", "currency",
             "effective_date", "service_start_date", "service_end_date", "term_months", "auto_renew",
             "renewal_term_months", "non_renewal_notice_days", "payment_terms_days", "billing_frequency",
             "billing_timing", "billing_anchor", "po_required", "po_number", "line_items", "total_contract_value",
             "minimum_commitment", "usage_rules", "price_escalator_percent", "late_fee_percent_per_month",
             "non_standard_terms"]
LINE_KEYS = ["description", "sku", "quantity", "unit_price", "price_period", "discount_percent", "net_amount",
             "start_date", "end_date"]
USAGE_KEYS = ["metric", "unit", "included_quantity", "included_period", "pricing_model", "tiers",
              "billing_frequency", "billing_timing"]


def terms(**kw):
    base = dict(order_form_number=None, billing_contact_email=None, effective_date=None, service_start_date=None,
                service_end_date=None, term_months=None, auto_renew=None, renewal_term_months=None,
                non_renewal_notice_days=None, payment_terms_days=None, billing_frequency=None,
                billing_timing=None, billing_anchor=None, po_required=False, po_number=None, line_items=[],
                total_contract_value=None, minimum_commitment=None, usage_rules=[],
                price_escalator_percent=None, late_fee_percent_per_month=None, non_standard_terms=[])
    for k in kw:
        assert k in TERM_KEYS, k
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


def li(description, sku, quantity, unit_price, price_period, discount_percent=None, net_amount=None,
       start_date=None, end_date=None):
    return dict(description=description, sku=sku, quantity=quantity, unit_price=unit_price,
                price_period=price_period, discount_percent=discount_percent, net_amount=net_amount,
                start_date=start_date, end_date=end_date)


def usage(metric, unit, included_quantity, included_period, pricing_model, tiers, billing_frequency,
          billing_timing):
    return dict(metric=metric, unit=unit, included_quantity=included_quantity, included_period=included_period,
                pricing_model=pricing_model, tiers=[{"up_to": u, "unit_price": p} for u, p in tiers],
                billing_frequency=billing_frequency, billing_timing=billing_timing)


def line_net(l, dp=2):
    """Fee per price period after discount (computed; used for checks and CRM lines)."""
    v = D(l["quantity"]) * D(l["unit_price"])
    if l["discount_percent"]:
        v = v * (D(100) - D(l["discount_percent"])) / D(100)
    return v.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def line_term_value(f, l, dp=2):
    """What a line bills over the whole term (no escalator)."""
    t = f["terms"]
    if l["price_period"] == "one_time":
        return line_net(l, dp)
    s = l["start_date"] or t["service_start_date"]
    e = l["end_date"] or t["service_end_date"] or (f.get("derived") or {}).get("service_end_date", {}).get("value")
    months = months_between(s, e) if e else 12  # evergreen: first-year value
    pm = PERIOD_MONTHS[l["price_period"]]
    assert months % pm == 0, (f["id"], l["description"], months, pm)
    return line_net(l, dp) * (months // pm)


def check_form(f):
    t = f["terms"]
    assert list(t.keys()) == TERM_KEYS, f["id"]
    dp = f.get("dp", 2)
    for l in t["line_items"]:
        assert list(l.keys()) == LINE_KEYS, (f["id"], l)
        assert l["price_period"] in ("year", "quarter", "month", "one_time")
        if l["net_amount"] is not None:
            assert D(l["net_amount"]) == line_net(l, dp), (f["id"], l["description"], line_net(l, dp))
        for k in ("start_date", "end_date"):
            if l[k]:
                date.fromisoformat(l[k])
    for k in ("effective_date", "service_start_date", "service_end_date"):
        if t[k]:
            date.fromisoformat(t[k])
    if t["service_start_date"] and t["service_end_date"] and t["term_months"]:
        assert months_between(t["service_start_date"], t["service_end_date"]) == t["term_months"], f["id"]
    der = f.get("derived") or {}
    if "service_end_date" in der:
        assert t["service_end_date"] is None
        assert der["service_end_date"]["value"] == end_after(t["service_start_date"], t["term_months"]), f["id"]
    if "term_months" in der:
        assert t["term_months"] is None
        assert der["term_months"]["value"] == months_between(t["service_start_date"], t["service_end_date"])
    for u in t["usage_rules"]:
        assert list(u.keys()) == USAGE_KEYS
    assert t["billing_frequency"] in ("annual", "semiannual", "quarterly", "monthly", "one_time")
    assert t["billing_timing"] in ("advance", "arrears")
    total = sum((line_term_value(f, l, dp) for l in t["line_items"]), D(0))
    if t["total_contract_value"] is not None and not f.get("tcv_differs"):
        assert D(t["total_contract_value"]) == total, (f["id"], total)
    if not f.get("deal_differs") and not f.get("deal_lines"):
        assert D(f["deal"]["amount"]) == total, (f["id"], "deal", total)
    if f.get("deal_lines"):
        s = sum((D(x["total"]) for x in f["deal_lines"]), D(0))
        if not f.get("deal_differs"):
            assert D(f["deal"]["amount"]) == s, (f["id"], s)


# --------------------------------------------------------------------------------------------
# PDF base
# --------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, fmt="letter", footer=None, font="Helvetica", margins=(18, 16, 18), bottom=18):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.footer_text = footer
        self.base_font = font
        self.header_fn = None

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font(self.base_font, "", 7)
            self.set_text_color(110, 110, 110)
            self.cell(0, 4, self.footer_text.replace("{p}", str(self.page_no())), align="C")
            self.set_text_color(0, 0, 0)

    # small conveniences ------------------------------------------------------------------
    def f(self, size, style="", font=None):
        self.set_font(font or self.base_font, style, size)

    def para(self, text, size=10, style="", h=None, align="J", font=None, markdown=False, indent=0):
        self.f(size, style, font)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT",
                        markdown=markdown)

    def gap(self, h=3):
        self.ln(h)

    def rule(self, color=(160, 160, 160), w=0.2):
        self.set_draw_color(*color)
        self.set_line_width(w)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_draw_color(0, 0, 0)

    def grid_table(self, rows, widths, aligns, size=9, line_height=5, head_fill=(225, 225, 225),
                   head_color=(0, 0, 0), borders="SINGLE_TOP_LINE", font=None, head_style="BOLD", width=None,
                   col_fonts=None, cell_fill=None):
        self.f(size, "", font)
        style = FontFace(emphasis=head_style, fill_color=head_fill, color=head_color)
        kw = dict(col_widths=widths, text_align=aligns, line_height=line_height, headings_style=style,
                  borders_layout=borders, repeat_headings=1)
        if width:
            kw["width"] = width
        self.set_fill_color(255, 255, 255)
        if cell_fill:
            kw["cell_fill_color"] = cell_fill
            kw["cell_fill_mode"] = "ROWS"
        with self.table(**kw) as tb:
            for r in rows:
                row = tb.row()
                for c in r:
                    row.cell(c)


def signature_pair(pdf, left, right, size=9, font=None, y=None):
    """left/right: list of lines (first is party heading). Two columns side by side."""
    if y is None:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        y = pdf.get_y()
    colw = (pdf.epw - 10) / 2
    for i, lines in enumerate((left, right)):
        x = pdf.l_margin + i * (colw + 10)
        pdf.set_xy(x, y)
        pdf.f(size, "B", font)
        pdf.multi_cell(colw, size * 0.5, lines[0], new_x="LEFT", new_y="NEXT")
        pdf.f(size, "", font)
        for ln in lines[1:]:
            pdf.set_x(x)
            if ln.startswith("/s/"):
                pdf.f(size + 2, "I", font)
                pdf.cell(colw, 7, ln, new_x="LEFT", new_y="NEXT")
                pdf.set_draw_color(0, 0, 0)
                pdf.line(x, pdf.get_y(), x + colw - 8, pdf.get_y())
                pdf.f(size, "", font)
                pdf.ln(1)
            else:
                pdf.multi_cell(colw, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
        if i == 0:
            y_end = pdf.get_y()
    pdf.set_y(max(y_end, pdf.get_y()) + 2)


def fit_size(pdf, text, width, size, minimum=6.0, font=None, style=""):
    """Largest font size <= size at which every word of text fits in width (so e-mails never wrap)."""
    longest = max(text.split(), key=len) if text.split() else ""
    while size > minimum:
        pdf.set_font(font or pdf.base_font, style, size)
        if pdf.get_string_width(longest) <= width - 2:
            break
        size -= 0.2
    return size


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


FORMS = []


def form(layout, nn, t, doc, deal, description, tags, derived=None, dp=2, deal_differs=False, deal_lines=None,
         fmt="pdf", tcv_differs=False):
    f = dict(layout=layout, nn=nn, id=f"{BATCH}-{layout}-{nn:02d}", terms=t, doc=doc, deal=deal,
             description=description, tags=tags, derived=derived, dp=dp, deal_differs=deal_differs,
             deal_lines=deal_lines, fmt=fmt, tcv_differs=tcv_differs)
    FORMS.append(f)
    return f


def period_word(p, style="per"):
    return {"year": "year", "month": "month", "quarter": "quarter", "one_time": "one-time"}[p]


# ============================================================================================
# Layout 1: cover-kv -- Tallowbrook Software, Inc. cover page of label/value pairs + fee grid
# ============================================================================================
TB_GREEN = (31, 77, 58)


def build_cover_kv(f, path):
    T, X = f["terms"], f["doc"]
    M, ds = X["money"], X["date_style"]
    pdf = Doc(footer="Tallowbrook Software, Inc.  |  Subscription Order " + T["order_form_number"]
              + "  |  Page {p} of {nb}")
    pdf.add_page()
    # cover band
    pdf.set_fill_color(*TB_GREEN)
    pdf.rect(0, 0, pdf.w, 40, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 12)
    pdf.f(24, "B")
    pdf.cell(0, 10, "TALLOWBROOK")
    pdf.set_xy(18, 23)
    pdf.f(9)
    pdf.cell(0, 5, "Dispatch, fleet and field software  -  tallowbrook.example")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, 54)
    pdf.f(26, "B")
    pdf.cell(0, 12, "Subscription Order", new_x="LMARGIN", new_y="NEXT")
    pdf.f(12)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 7, "Order Ref " + T["order_form_number"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    rows = [("Prepared for", T["customer_legal_name"] + "\n" + X["cust_addr"]),
            ("Prepared by", "Tallowbrook Software, Inc.\n" + X["rep"]),
            ("Effective Date", fdate(T["effective_date"], ds)),
            ("Bill to", X["bill_to"])]
    if T["billing_contact_email"]:
        rows.append(("Invoices e-mailed to", T["billing_contact_email"]))
    if T["po_number"]:
        rows.append(("Customer PO", T["po_number"]))
    rows.append(("Subscription Start", fdate(T["service_start_date"], ds)))
    rows.append(("Ends", fdate(T["service_end_date"], ds)))
    rows.append(("Subscription Term", X["term_text"]))
    rows.append(("Billing", X["billing_text"]))
    rows.append(("Payment", X["payment_text"]))
    rows.append(("Currency", X["currency_text"]))
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_x(18)
        pdf.f(8, "B")
        pdf.set_text_color(*TB_GREEN)
        pdf.cell(52, 6, label.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.f(11)
        pdf.set_xy(72, y)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_draw_color(210, 210, 210)
        pdf.line(18, pdf.get_y(), pdf.w - 18, pdf.get_y())
        pdf.ln(1.5)
    pdf.set_y(-40)
    pdf.para("This Subscription Order is entered into under the Tallowbrook Master Subscription Agreement "
             "published at tallowbrook.example/legal/msa (the \"MSA\"). Pricing on the following page is "
             "confidential.", size=8, align="L")

    # ---- page 2: order details
    pdf.add_page()
    pdf.f(9, "B")
    pdf.set_text_color(*TB_GREEN)
    pdf.cell(0, 5, "TALLOWBROOK SOFTWARE, INC.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.f(14, "B")
    pdf.cell(0, 8, "1.  Order Details", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    rows = [("Item", "Seats", "List", "Disc.", "Extended")]
    for l, extra in zip(T["line_items"], X["line_notes"]):
        item = l["description"] + "\nSKU " + l["sku"] + (("  -  " + extra) if extra else "")
        rows.append((item, fqty(l["quantity"]), M(l["unit_price"]),
                     (l["discount_percent"] + "%") if l["discount_percent"] else "-", M(l["net_amount"])))
    pdf.grid_table(rows, (88, 18, 28, 16, 30), ("LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"),
                   head_fill=TB_GREEN, head_color=(255, 255, 255), borders="HORIZONTAL_LINES")
    pdf.ln(2)
    pdf.para(X["table_note"], size=8, style="I", align="L")
    pdf.ln(2)
    for label, amt in X["totals"]:
        pdf.f(10, "B")
        pdf.cell(130, 6, label, align="R")
        pdf.cell(0, 6, M(amt), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.f(14, "B")
    pdf.cell(0, 8, "2.  Commercial Terms", new_x="LMARGIN", new_y="NEXT")
    bullets = list(X["terms_text"])
    for b in bullets:
        pdf.f(10)
        pdf.set_x(22)
        pdf.cell(5, 5, "\u2022")
        pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT", markdown=True)
        pdf.ln(1)
    pdf.ln(4)
    pdf.f(14, "B")
    pdf.cell(0, 8, "3.  Signatures", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Each signatory confirms authority to bind the party named above the signature.", size=9)
    pdf.ln(3)
    signature_pair(pdf, ["Tallowbrook Software, Inc."] + X["sig_vendor"], [T["customer_legal_name"]] + X["sig_cust"])
    # ---- general terms
    if pdf.get_y() > pdf.h - 90:
        pdf.add_page()
    pdf.ln(4)
    pdf.f(11, "B")
    pdf.cell(0, 7, "General Terms for this Order", new_x="LMARGIN", new_y="NEXT")
    for i, p in enumerate(TB_GENERAL, 1):
        pdf.para(f"{i}. {p}", size=8, h=4)
        pdf.ln(1)
    pdf.output(path)


TB_GENERAL = [
    "Precedence. If this Subscription Order and the MSA conflict, this Subscription Order controls for the "
    "subscriptions listed in it and nothing else.",
    "Seats. A seat is one named individual. Seats may be reassigned when a person leaves the Customer's "
    "organisation, but may not be shared at the same time.",
    "Added seats. Seats added during the Subscription Term are priced at the List and Disc. shown above and are "
    "charged pro rata to the end of the current billing period.",
    "Taxes. Fees exclude sales, use and similar taxes, which Tallowbrook will add to invoices where required.",
    "Support. Standard support is included with every subscription; response targets are described in the "
    "Support Policy referenced in the MSA.",
    "Counterparts. This Subscription Order may be signed electronically and in counterparts.",
]

M_USD = Money("$")
M_USDC = Money("USD ")

form("cover-kv", 1, terms(
    customer_legal_name="Pinegate Logistics, Inc.", vendor_legal_name="Tallowbrook Software, Inc.",
    order_form_number="TB-OF-2026-0117", billing_contact_email="ap@pinegatelogistics.example", currency="USD",
    effective_date="2026-02-20", service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Tallowbrook Dispatch Pro", "TB-DSP-PRO", "85", "96.00", "year", "10", "7344.00"),
                li("Route Optimizer Add-on", "TB-RTO", "85", "24.00", "year", None, "2040.00"),
                li("Onboarding Package", "TB-ONB", "1", "3500.00", "one_time", None, "3500.00")],
    total_contract_value="12884.00", late_fee_percent_per_month="1.5"),
    doc=dict(money=M_USD, date_style="us", cust_addr="4100 Harbor Way, Tacoma, WA 98421",
             rep="Jordan Ellery, Account Executive",
             bill_to="Attn: Accounts Payable\nPinegate Logistics, Inc., 4100 Harbor Way, Tacoma, WA 98421",
             term_text="12 months", billing_text="Annually in advance",
             payment_text="Net 30 days from invoice date", currency_text="US dollars (USD)",
             line_notes=[None, None, "one-time fee"],
             table_note="List is the price per seat per year before discount; Extended is the annual fee after "
                        "discount. The Onboarding Package is a one-time fee invoiced with the first annual invoice.",
             totals=[("Annual subscription fees", "9384.00"), ("One-time fees", "3500.00"),
                     ("Total Contract Value", "12884.00")],
             terms_text=["**Renewal.** The subscriptions renew automatically for successive 12-month periods "
                         "unless either party gives written notice of non-renewal at least 30 days before the end "
                         "of the then-current term.",
                         "**Late payment.** Amounts not paid when due accrue a late charge of 1.5% per month.",
                         "**Seat true-up.** Tallowbrook may review seat usage once per year and invoice any "
                         "excess seats under the General Terms below."],
             sig_vendor=["/s/ Renata Osei", "Name: Renata Osei", "Title: VP, Revenue Operations",
                         "Date: February 20, 2026"],
             sig_cust=["/s/ Malcolm Trebbe", "Name: Malcolm Trebbe", "Title: Chief Financial Officer",
                       "Date: February 19, 2026"]),
    deal=dict(deal_id="006-BA01A7", deal_name="Pinegate Logistics - Dispatch Pro - New Business",
              account_name="Pinegate Logistics, Inc.", close_date="2026-02-20", amount="12884.00",
              billing_contact_email="ap@pinegatelogistics.example"),
    description="Tallowbrook cover-page order: the cover lists the parties and dates as label/value pairs "
                "(Subscription Start / Ends) and page 2 has a fee grid headed Item | Seats | List | Disc. | "
                "Extended. Dispatch Pro: 85 x $96.00 = $8,160.00 less 10% = $7,344.00 a year; Route Optimizer "
                "85 x $24.00 = $2,040.00; one-time Onboarding $3,500.00. The stated Total Contract Value $12,884.00 "
                "= 7,344 + 2,040 + 3,500 (12-month term, so one year of subscription). Effective Date is the "
                "labelled cover date (Feb 20, 2026), not the earlier customer signature date.",
    tags=["blind", BATCH, "layout:cover-kv", "cover-page", "label-value", "discount", "one-time-fee",
          "auto-renew", "late-fee"])

form("cover-kv", 2, terms(
    customer_legal_name="Marrow & Finch Architects LLP", vendor_legal_name="Tallowbrook Software, Inc.",
    order_form_number="TB-OF-2026-0162", billing_contact_email="accounts@marrowfinch.example", currency="USD",
    effective_date="2026-04-01", service_start_date="2026-04-15", service_end_date="2028-04-14", term_months=24,
    auto_renew=False, payment_terms_days=45, billing_frequency="annual", billing_timing="advance",
    po_required=True, po_number="4500123987",
    line_items=[li("Tallowbrook Drafting Seats", "TB-DRF", "40", "540.00", "year", "15", "18360.00"),
                li("Premium Support", "TB-SUP-P", "1", "4800.00", "year", None, "4800.00")],
    total_contract_value="46320.00"),
    doc=dict(money=M_USD, date_style="iso", cust_addr="77 Cordwainer Street, Boston, MA 02110",
             rep="Priya Natarajan, Enterprise Sales",
             bill_to="Finance Department\nMarrow & Finch Architects LLP, 77 Cordwainer Street, Boston, MA 02110",
             term_text="24 months", billing_text="Annually in advance (two annual invoices)",
             payment_text="Net 45", currency_text="USD",
             line_notes=[None, None],
             table_note="List = price per seat (or per subscription) per year before discount. Extended = annual "
                        "fee after discount. The same annual fees apply in both years of the Subscription Term.",
             totals=[("Annual fees", "23160.00"), ("Total for Subscription Term (24 months)", "46320.00")],
             terms_text=["**Renewal.** This Order does not renew automatically. Any renewal requires a new "
                         "order signed by both parties.",
                         "**Purchase order.** Every invoice must quote Customer purchase order number 4500123987; "
                         "invoices without it will be rejected by Customer's accounts team."],
             sig_vendor=["/s/ Renata Osei", "Name: Renata Osei", "Title: VP, Revenue Operations",
                         "Date: 2026-04-01"],
             sig_cust=["/s/ Imogen Finch", "Name: Imogen Finch", "Title: Managing Partner", "Date: 2026-03-30"]),
    deal=dict(deal_id="006-BA02C3", deal_name="Marrow & Finch - Drafting Seats 2yr",
              account_name="Marrow & Finch Architects LLP", close_date="2026-04-01", amount="46320.00",
              billing_contact_email="accounts@marrowfinch.example"),
    description="Tallowbrook cover-page order, ISO dates, two-year term. Drafting Seats 40 x $540.00 = $21,600.00 "
                "less 15% = $18,360.00 a year; Premium Support $4,800.00 a year; annual $23,160.00 and the "
                "stated 24-month total $46,320.00 = 2 x 23,160. The order says it does not renew automatically "
                "(auto_renew false, no renewal term or notice). Invoices must quote PO 4500123987. No late fee "
                "is stated.",
    tags=["blind", BATCH, "layout:cover-kv", "cover-page", "label-value", "multi-year", "discount",
          "po-required", "no-auto-renew", "iso-dates"])

form("cover-kv", 3, terms(
    customer_legal_name="Saltmarsh Credit Union", vendor_legal_name="Tallowbrook Software, Inc.",
    order_form_number="TB-OF-2026-0089", billing_contact_email="finance-ops@saltmarshcu.example", currency="USD",
    effective_date="2026-01-22", service_start_date="2026-02-01", service_end_date="2027-01-31", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=15,
    billing_frequency="monthly", billing_timing="advance", billing_anchor="day:1",
    line_items=[li("Member Desk Seats", "TB-MDS", "120", "42.00", "month", "5", "4788.00"),
                li("SMS Notifications Bundle", "TB-SMS", "1", "250.00", "month", None, "250.00")],
    non_standard_terms=["Customer may terminate for convenience after the sixth month of the term on 30 days' "
                        "written notice, with no early-termination fee"]),
    doc=dict(money=M_USD, date_style="us_abbr", cust_addr="18 Wharf Lane, Portsmouth, NH 03801",
             rep="Jordan Ellery, Account Executive",
             bill_to="Saltmarsh Credit Union - Finance Operations\n18 Wharf Lane, Portsmouth, NH 03801",
             term_text="12 months",
             billing_text="Monthly in advance; invoices issued on the 1st day of each month",
             payment_text="Net 15", currency_text="US dollars",
             line_notes=[None, None],
             table_note="Monthly pricing: List is the price per seat per month before discount and Extended is "
                        "the monthly fee after discount.",
             totals=[("Monthly Total", "5038.00")],
             terms_text=["**Renewal.** This Order renews for successive 12-month terms unless either party "
                         "gives at least 60 days' written notice of non-renewal.",
                         "**Termination for convenience.** After the sixth month of the Subscription Term, "
                         "Customer may terminate this Order for convenience on 30 days' written notice. No "
                         "early-termination fee applies; fees are payable through the effective date of "
                         "termination."],
             sig_vendor=["/s/ Renata Osei", "Name: Renata Osei", "Title: VP, Revenue Operations",
                         "Date: Jan 22, 2026"],
             sig_cust=["/s/ Dolores Achterberg", "Name: Dolores Achterberg", "Title: SVP Operations",
                       "Date: Jan 21, 2026"]),
    deal=dict(deal_id="006-BA03F1", deal_name="Saltmarsh CU - Member Desk",
              account_name="Saltmarsh Credit Union", close_date="2026-01-22", amount="60456.00",
              billing_contact_email="finance-ops@saltmarshcu.example"),
    description="Tallowbrook cover-page order with monthly pricing. Member Desk 120 seats x $42.00 = $5,040.00 "
                "less 5% = $4,788.00 a month; SMS bundle $250.00 a month; the document states only a Monthly "
                "Total ($5,038.00), so total_contract_value is null. Invoices go out on the 1st of each month "
                "(billing_anchor day:1). CRM amount = 12 x 5,038.00 = 60,456.00. The early termination for "
                "convenience right is flagged as non-standard.",
    tags=["blind", BATCH, "layout:cover-kv", "cover-page", "monthly", "billing-anchor", "termination-for-convenience"])

form("cover-kv", 4, terms(
    customer_legal_name="Halvorsen Marine Supply Co.", vendor_legal_name="Tallowbrook Software, Inc.",
    order_form_number="TB-OF-2026-0241", billing_contact_email="payables@halvorsenmarine.example", currency="USD",
    effective_date="2026-06-12", service_start_date="2026-07-01", service_end_date="2029-06-30", term_months=36,
    payment_terms_days=30, billing_frequency="quarterly", billing_timing="advance", billing_anchor="calendar_quarter",
    line_items=[li("Tallowbrook Fleet Seats", "TB-FLT", "30", "300.00", "year", "20", "7200.00"),
                li("API Access", "TB-API", "1", "1200.00", "year", None, "1200.00")],
    price_escalator_percent="4"),
    doc=dict(money=M_USDC, date_style="us", cust_addr="2 Ferry Slip Road, Ketchikan, AK 99901",
             rep="Walt Brannigan, Territory Manager",
             bill_to="Accounts Payable, Halvorsen Marine Supply Co.\n2 Ferry Slip Road, Ketchikan, AK 99901",
             term_text="36 months",
             billing_text="Quarterly in advance, invoiced on the first day of each calendar quarter",
             payment_text="Net 30 days", currency_text="USD",
             line_notes=[None, None],
             table_note="List is per seat (or per subscription) per year before discount; Extended is the "
                        "Year 1 annual fee after discount, invoiced in four equal quarterly instalments.",
             totals=[("Annual Fees (Year 1)", "8400.00")],
             terms_text=["**Annual increase.** All fees increase by 4% on each anniversary of the Subscription "
                         "Start."],
             sig_vendor=["/s/ Renata Osei", "Name: Renata Osei", "Title: VP, Revenue Operations",
                         "Date: June 12, 2026"],
             sig_cust=["/s/ Gunnar Halvorsen", "Name: Gunnar Halvorsen", "Title: President",
                       "Date: June 11, 2026"]),
    deal=dict(deal_id="006-BA04B9", deal_name="Halvorsen Marine - Fleet 3yr",
              account_name="Halvorsen Marine Supply Co.", close_date="2026-06-12", amount="26221.44",
              billing_contact_email="payables@halvorsenmarine.example"),
    deal_lines=[dict(sku="TB-FLT", name="Tallowbrook Fleet Seats (36 months, 4% annual uplift)", quantity="30",
                     unit_price="300.00", total="22475.52"),
                dict(sku="TB-API", name="API Access (36 months, 4% annual uplift)", quantity="1",
                     unit_price="1200.00", total="3745.92")],
    description="Tallowbrook cover-page order, 3-year term billed quarterly in advance on calendar quarters "
                "(billing_anchor calendar_quarter), currency written as the code USD. Fleet Seats 30 x $300.00 = "
                "$9,000.00 less 20% = $7,200.00 a year; API Access $1,200.00; only 'Annual Fees (Year 1)' "
                "$8,400.00 is stated, so total_contract_value is null. Fees rise 4% on each anniversary "
                "(price_escalator_percent 4). CRM amount works the escalator through: 8,400.00 + 8,736.00 + "
                "9,085.44 = 26,221.44. The order says nothing about renewal (auto_renew null) or late fees.",
    tags=["blind", BATCH, "layout:cover-kv", "cover-page", "quarterly", "calendar-quarter", "escalator",
          "multi-year", "currency-code"])


# ============================================================================================
# Layout 2: quote-accepted -- Quillmetric Labs LLC quote stamped ACCEPTED, becomes the order form
# ============================================================================================
QM_PURPLE = (88, 44, 131)


def build_quote(f, path):
    T, X = f["terms"], f["doc"]
    M, ds = X["money"], X["date_style"]
    pdf = Doc(footer="Quillmetric Labs LLC  -  301 Congress Avenue, Suite 1200, Austin, TX 78701  -  "
                     "quillmetric.example  -  {p}/{nb}")
    pdf.add_page()
    pdf.set_text_color(*QM_PURPLE)
    pdf.f(18, "B")
    pdf.cell(100, 9, "quillmetric", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.f(8)
    pdf.multi_cell(90, 4, "Quillmetric Labs LLC\n301 Congress Avenue, Suite 1200\nAustin, TX 78701\n"
                          "sales@quillmetric.example", new_x="LMARGIN", new_y="NEXT")
    # right box
    pdf.set_xy(120, 16)
    pdf.f(28, "B")
    pdf.set_text_color(150, 150, 150)
    pdf.cell(78, 12, "QUOTE", align="R")
    pdf.set_text_color(0, 0, 0)
    y = 31
    for k, v in [("Quote No.", T["order_form_number"]), ("Quote Date", fdate(X["quote_date"], ds)),
                 ("Valid Until", fdate(X["valid_until"], ds)), ("Sales Rep", X["rep"])]:
        pdf.set_xy(120, y)
        pdf.f(8, "B")
        pdf.cell(30, 5, k)
        pdf.f(9)
        pdf.cell(48, 5, v, align="R")
        y += 5
    pdf.set_y(56)
    pdf.set_fill_color(226, 239, 226)
    pdf.f(11, "B")
    pdf.set_text_color(30, 100, 40)
    pdf.cell(0, 8, f"  Quote {T['order_form_number']} \u2014 accepted. This Quote is now an Order Form.", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.f(8, "B")
    pdf.set_text_color(*QM_PURPLE)
    pdf.cell(90, 5, "PREPARED FOR")
    pdf.set_xy(110, y)
    pdf.cell(80, 5, "BILL TO")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, y + 5)
    pdf.f(9)
    pdf.multi_cell(88, 4.5, T["customer_legal_name"] + "\n" + X["cust_addr"] + "\n" + X["cust_contact"])
    y2 = pdf.get_y()
    pdf.set_xy(110, y + 5)
    pdf.multi_cell(88, 4.5, X["bill_to"])
    pdf.set_y(max(y2, pdf.get_y()) + 4)
    pdf.f(9, "B")
    pdf.cell(0, 5, "SERVICE PERIOD", new_x="LMARGIN", new_y="NEXT")
    pdf.f(9)
    pdf.multi_cell(0, 5, X["period_text"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [("Service", "Units", "Rate", "Term", "Amount")]
    for l, (rate_note, term_txt, amount) in zip(T["line_items"], X["line_cols"]):
        assert D(amount) == line_term_value(f, l), (f["id"], amount)
        rows.append((l["description"] + "\n" + l["sku"], fqty(l["quantity"]), M(l["unit_price"]) + rate_note,
                     term_txt, M(amount)))
    pdf.grid_table(rows, (80, 16, 36, 22, 26), ("LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"),
                   head_fill=QM_PURPLE, head_color=(255, 255, 255), borders="HORIZONTAL_LINES",
                   cell_fill=(246, 243, 250))
    pdf.ln(2)
    ytot = pdf.get_y()
    for label, amt in X["totals"]:
        pdf.f(10, "B" if label.startswith("Quote Total") else "")
        pdf.set_x(110)
        pdf.cell(50, 6, label, align="R")
        pdf.cell(0, 6, M(amt), align="R", new_x="LMARGIN", new_y="NEXT")
    # stamp
    with pdf.rotation(12, 50, ytot + 8):
        pdf.set_draw_color(190, 30, 30)
        pdf.set_line_width(0.8)
        pdf.rect(22, ytot + 1, 58, 15)
        pdf.set_text_color(190, 30, 30)
        pdf.f(20, "B")
        pdf.set_xy(22, ytot + 2)
        pdf.cell(58, 8, "ACCEPTED", align="C")
        pdf.f(7, "B")
        pdf.set_xy(22, ytot + 10)
        pdf.cell(58, 4, fdate(T["effective_date"], ds), align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_y(max(pdf.get_y() + 4, ytot + 30))
    pdf.f(11, "B")
    pdf.set_text_color(*QM_PURPLE)
    pdf.cell(0, 6, "Terms & Notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for i, t in enumerate(X["notes"], 1):
        pdf.f(9)
        pdf.set_x(18)
        pdf.cell(7, 4.6, f"{i}.")
        pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    pdf.ln(4)
    pdf.f(11, "B")
    pdf.set_text_color(*QM_PURPLE)
    pdf.cell(0, 6, "Customer Acceptance", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.para("By signing below, Customer accepts this Quote. On acceptance the Quote becomes a binding Order Form "
             "under the Quillmetric Subscription Terms (quillmetric.example/terms), effective on the Order "
             "Effective Date written below. Quoted prices lapse if the Quote is not accepted by the Valid Until "
             "date.", size=8.5, h=4.3)
    pdf.ln(3)
    signature_pair(pdf, [T["customer_legal_name"]] + X["sig_cust"]
                   + ["Order Effective Date: " + fdate(T["effective_date"], ds)],
                   ["Quillmetric Labs LLC"] + X["sig_vendor"])
    pdf.output(path)


def qm_notes(billing, payment, extra):
    return [billing, payment] + extra + [
        "Prices exclude applicable sales and use taxes.",
        "Units are named users unless the Service description says otherwise."]


form("quote-accepted", 1, terms(
    customer_legal_name="Brisa Foods Corporation", vendor_legal_name="Quillmetric Labs LLC",
    order_form_number="Q-2026-0412", billing_contact_email="ap@brisafoods.example", currency="USD",
    effective_date="2026-03-27", service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=45, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Quillmetric Insights - Team", "QM-INS-T", "25", "65.00", "month"),
                li("Data Connector Pack", "QM-DCP", "3", "150.00", "month"),
                li("Implementation Services", "QM-IMP", "1", "6000.00", "one_time", None, "6000.00")],
    total_contract_value="30900.00"),
    doc=dict(money=M_USD, date_style="iso", quote_date="2026-03-10", valid_until="2026-04-09",
             rep="Carmen Villalobos",
             cust_addr="2900 Riverside Drive, Sacramento, CA 95818", cust_contact="Attn: Owen Platt, IT Director",
             bill_to="Brisa Foods Corporation - Accounts Payable\nap@brisafoods.example",
             period_text="Service Start: 2026-04-01     Service End: 2027-03-31     (12 months)",
             line_cols=[(" /user/mo", "12 mo", "19500.00"), (" /pack/mo", "12 mo", "5400.00"),
                        ("", "one-time", "6000.00")],
             totals=[("Subscription (12 months)", "24900.00"), ("One-time services", "6000.00"),
                     ("Quote Total", "30900.00")],
             notes=qm_notes("Subscription fees for the full Service Period are invoiced annually in advance; "
                            "Implementation Services are invoiced on the Service Start date.",
                            "Invoices are payable net 30 days.",
                            ["The subscription renews for successive 12-month periods unless either party gives "
                             "notice of non-renewal at least 45 days before the end of the current period."]),
             sig_cust=["/s/ Owen Platt", "Name: Owen Platt", "Title: IT Director"],
             sig_vendor=["/s/ Carmen Villalobos", "Name: Carmen Villalobos", "Title: Sales Director",
                         "Date: 2026-03-27"]),
    deal=dict(deal_id="006-BA05D2", deal_name="Brisa Foods - Insights Team", account_name="Brisa Foods Corporation",
              close_date="2026-03-27", amount="30900.00", billing_contact_email="ap@brisafoods.example"),
    description="Quillmetric quote converted to an order ('Quote Q-2026-0412 - accepted', rotated ACCEPTED stamp). "
                "Table headers are Service | Units | Rate | Term | Amount; Rate is per unit per month and Amount "
                "covers the 12-month Term, so for the two subscription lines price_period is month and net_amount "
                "is null (the document never shows a monthly line fee). Insights 25 x $65.00 x 12 = $19,500.00; "
                "Connector 3 x $150.00 x 12 = $5,400.00; Implementation $6,000.00 one-time (net_amount shown). "
                "Quote Total $30,900.00 = TCV. Effective date = the 'Order Effective Date' written in the "
                "acceptance block (2026-03-27), not the quote date or valid-until date.",
    tags=["blind", BATCH, "layout:quote-accepted", "quote-to-order", "term-amount-column", "one-time-fee",
          "auto-renew", "iso-dates"])

form("quote-accepted", 2, terms(
    customer_legal_name="Ravenmoor Health Partners, P.C.", vendor_legal_name="Quillmetric Labs LLC",
    order_form_number="Q-2026-0538", billing_contact_email="billing@ravenmoorhealth.example", currency="USD",
    effective_date="2026-04-22", service_start_date="2026-05-01", term_months=24, payment_terms_days=30,
    billing_frequency="monthly", billing_timing="advance",
    line_items=[li("Quillmetric Insights - Enterprise", "QM-INS-E", "60", "88.00", "month"),
                li("Sandbox Environment", "QM-SBX", "1", "400.00", "month")],
    total_contract_value="136320.00",
    usage_rules=[usage("Insight API calls", "call", "250000", "month", "per_unit", [(None, "0.004")], "monthly",
                       "arrears")],
    late_fee_percent_per_month="1"),
    derived={"service_end_date": {"value": "2028-04-30", "rule": "start 2026-05-01 + 24 months - 1 day"}},
    doc=dict(money=M_USD, date_style="us", quote_date="2026-04-14", valid_until="2026-05-14",
             rep="Derek Amundsen",
             cust_addr="610 Birchwood Avenue, Suite 300, Spokane, WA 99201",
             cust_contact="Attn: Lena Moravec, Practice Administrator",
             bill_to="Ravenmoor Health Partners, P.C.\nbilling@ravenmoorhealth.example",
             period_text="Service Start: May 1, 2026     Term: 24 months from the Service Start",
             line_cols=[(" /user/mo", "24 mo", "126720.00"), (" /mo", "24 mo", "9600.00")],
             totals=[("Subtotal", "136320.00"), ("Quote Total", "136320.00")],
             notes=qm_notes("Subscription fees are invoiced monthly in advance.",
                            "Payment terms: net 30 days. Balances unpaid after the due date bear interest of 1% "
                            "per month.",
                            ["Each month includes 250,000 Insight API calls. Calls above the monthly allowance "
                             "are charged at $0.004 per call and invoiced monthly in arrears."]),
             sig_cust=["/s/ Lena Moravec", "Name: Lena Moravec", "Title: Practice Administrator"],
             sig_vendor=["/s/ Derek Amundsen", "Name: Derek Amundsen", "Title: Account Executive",
                         "Date: April 22, 2026"]),
    deal=dict(deal_id="006-BA06E8", deal_name="Ravenmoor Health - Insights Enterprise 24m",
              account_name="Ravenmoor Health Partners, P.C.", close_date="2026-04-22", amount="136320.00",
              billing_contact_email="billing@ravenmoorhealth.example"),
    description="Quillmetric quote accepted as an order, US dates. The end date is never written: 'Term: 24 months "
                "from the Service Start' (May 1, 2026), so service_end_date is null and derived as 2028-04-30. "
                "Amount column is the 24-month amount (60 x $88.00 x 24 = $126,720.00; $400.00 x 24 = $9,600.00), "
                "hence net_amount null on both monthly lines; Quote Total $136,320.00 = TCV. API overage: 250,000 "
                "calls a month included, then $0.004 per call, billed monthly in arrears (single open tier). "
                "Renewal is not addressed (auto_renew null).",
    tags=["blind", BATCH, "layout:quote-accepted", "quote-to-order", "monthly", "usage", "derived-end-date",
          "late-fee", "term-amount-column"])

form("quote-accepted", 3, terms(
    customer_legal_name="Copperline Utilities Cooperative", vendor_legal_name="Quillmetric Labs LLC",
    order_form_number="Q-2026-0611", billing_contact_email="ap@copperline.example", currency="USD",
    effective_date="2026-06-09", service_start_date="2026-06-15", service_end_date="2027-06-14", term_months=12,
    auto_renew=False, payment_terms_days=45, billing_frequency="quarterly", billing_timing="arrears",
    line_items=[li("Field Ops Analytics", "QM-FOA", "200", "12.50", "month"),
                li("Outage Forecasting Module", "QM-OFM", "1", "1750.00", "month"),
                li("Remote Training Day", "QM-TRN", "2", "1200.00", "one_time", None, "2400.00")],
    total_contract_value="53400.00",
    non_standard_terms=["Outage Forecasting Module fees are not payable until Customer gives written acceptance "
                        "of the module",
                        "Unit rates are held (no increase) for the first renewal term"]),
    doc=dict(money=M_USD, date_style="us_abbr", quote_date="2026-05-28", valid_until="2026-06-27",
             rep="Carmen Villalobos",
             cust_addr="45 Lineman Road, Cheyenne, WY 82001", cust_contact="Attn: Bea Quist, Grid Operations",
             bill_to="Copperline Utilities Cooperative\nAccounts Payable - ap@copperline.example\n"
                     "45 Lineman Road, Cheyenne, WY 82001",
             period_text="Service Start: Jun 15, 2026     Service End: Jun 14, 2027     (12 months)",
             line_cols=[(" /meter-reader/mo", "12 mo", "30000.00"), (" /mo", "12 mo", "21000.00"),
                        (" /day", "one-time", "2400.00")],
             totals=[("Subscription", "51000.00"), ("Services", "2400.00"), ("Quote Total", "53400.00")],
             notes=qm_notes("All fees are invoiced quarterly in arrears.",
                            "Invoices are due net 45 days from receipt.",
                            ["Outage Forecasting Module: Customer will test the module for up to 30 days after "
                             "the Service Start. Fees for the module are not payable until Customer confirms "
                             "acceptance in writing.",
                             "This Order does not renew automatically. If the parties renew, the unit Rates above "
                             "are held for the first renewal term."]),
             sig_cust=["/s/ Bea Quist", "Name: Bea Quist", "Title: Director, Grid Operations"],
             sig_vendor=["/s/ Carmen Villalobos", "Name: Carmen Villalobos", "Title: Sales Director",
                         "Date: Jun 9, 2026"]),
    deal=dict(deal_id="006-BA07A0", deal_name="Copperline Coop - Field Ops + Outage",
              account_name="Copperline Utilities Cooperative", close_date="2026-06-09", amount="53400.00",
              billing_contact_email="ap@copperline.example"),
    description="Quillmetric quote accepted as an order, billed quarterly in arrears. Field Ops 200 x $12.50 x 12 = "
                "$30,000.00; Outage Forecasting $1,750.00 x 12 = $21,000.00 (Amount column is for the 12-month "
                "term, so net_amount null for both monthly lines); Remote Training Day 2 days x $1,200.00 one-time "
                "= $2,400.00. Quote Total $53,400.00. Two non-standard terms: payment for the Outage module "
                "contingent on written acceptance, and a price hold for the first renewal; the order itself does "
                "not auto-renew.",
    tags=["blind", BATCH, "layout:quote-accepted", "quote-to-order", "quarterly", "arrears",
          "acceptance-contingent", "no-auto-renew"])

form("quote-accepted", 4, terms(
    customer_legal_name="Lakeshore Montessori Academy, Inc.", vendor_legal_name="Quillmetric Labs LLC",
    order_form_number="Q-2026-0702", billing_contact_email="office@lakeshoremontessori.example", currency="USD",
    effective_date="2026-07-20", service_start_date="2026-08-01", service_end_date="2027-07-31", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=0,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Quillmetric Insights - Starter", "QM-INS-S", "10", "29.00", "month")],
    total_contract_value="3480.00", price_escalator_percent="3"),
    doc=dict(money=M_USD, date_style="dmy", quote_date="2026-07-08", valid_until="2026-08-07",
             rep="Tess Okonjo",
             cust_addr="900 Shoreline Boulevard, Evanston, IL 60201", cust_contact="Attn: Harriet Vogt, Head of School",
             bill_to="Lakeshore Montessori Academy, Inc.\nSchool Office - office@lakeshoremontessori.example",
             period_text="Service Start: 1-Aug-26     Service End: 31-Jul-27     (12 months)",
             line_cols=[(" /user/mo", "12 mo", "3480.00")],
             totals=[("Quote Total", "3480.00")],
             notes=qm_notes("The annual subscription fee is invoiced in full in advance.",
                            "Payment is due on receipt of invoice.",
                            ["The subscription renews automatically for 12-month periods unless cancelled by "
                             "notice given at least 30 days before renewal. Renewal rates increase by 3% at each "
                             "renewal."]),
             sig_cust=["/s/ Harriet Vogt", "Name: Harriet Vogt", "Title: Head of School"],
             sig_vendor=["/s/ Tess Okonjo", "Name: Tess Okonjo", "Title: Inside Sales", "Date: 20-Jul-26"]),
    deal=dict(deal_id="006-BA08C4", deal_name="Lakeshore Montessori - Starter",
              account_name="Lakeshore Montesori Academy", close_date="2026-07-20", amount="3480.00",
              billing_contact_email="office@lakeshoremontessori.example"),
    deal_differs=False,
    description="Small Quillmetric quote accepted as an order with dates like '1-Aug-26'. One line: 10 users x "
                "$29.00 per month x 12 = $3,480.00 (Amount is for the term, so net_amount null). Due on receipt "
                "= payment_terms_days 0. Renewal 12 months with 30 days' notice; renewal rates rise 3% "
                "(price_escalator_percent 3). DELIBERATE CRM MISMATCH: the deal's account_name is misspelled "
                "'Lakeshore Montesori Academy' and drops ', Inc.'; the gold customer name follows the document.",
    tags=["blind", BATCH, "layout:quote-accepted", "quote-to-order", "due-on-receipt", "escalator",
          "crm-name-mismatch", "short-dates"])


# ============================================================================================
# Layout 3: letter-au -- Wattle & Gum Digital Pty Ltd order-confirmation letter (vendor only in
# the letterhead and the signature block; fees in prose)
# ============================================================================================
WG_OCHRE = (176, 112, 38)


def build_letter(f, path):
    T, X = f["terms"], f["doc"]
    pdf = Doc(fmt="A4", font="Times", margins=(25, 18, 25), bottom=22)

    def head(p):
        p.set_font("Helvetica", "B", 15)
        p.set_text_color(*WG_OCHRE)
        p.set_xy(25, 14)
        p.cell(0, 7, "Wattle & Gum Digital Pty Ltd")
        p.set_font("Helvetica", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.set_xy(25, 21)
        p.cell(0, 4, "ABN 53 604 118 227   |   Level 4, 88 Flinders Lane, Melbourne VIC 3000   |   "
                     "+61 3 9000 4417   |   hello@wattlegum.example")
        p.set_draw_color(*WG_OCHRE)
        p.set_line_width(0.6)
        p.line(25, 27, p.w - 25, 27)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(34)

    pdf.header_fn = head
    pdf.footer_text = "Page {p} of {nb}"
    pdf.add_page()
    pdf.f(11)
    pdf.cell(0, 6, X["letter_date"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 5.2, X["recipient"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.f(10)
    pdf.cell(0, 5, "Our ref: " + T["order_form_number"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.f(11)
    pdf.cell(0, 6, X["salutation"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.f(11, "B")
    pdf.multi_cell(0, 6, X["subject"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for p in X["body"]:
        pdf.para(p, size=11, h=5.4, markdown=True)
        pdf.ln(2.2)
    if pdf.get_y() > pdf.h - 95:
        pdf.add_page()
    pdf.ln(2)
    pdf.f(11)
    pdf.cell(0, 6, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.f(14, "I")
    pdf.cell(0, 8, X["signer"][0], new_x="LMARGIN", new_y="NEXT")
    pdf.f(11)
    pdf.multi_cell(0, 5.2, "\n".join(X["signer"][1:]) + "\nfor and on behalf of Wattle & Gum Digital Pty Ltd",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(25, pdf.get_y(), pdf.epw, 42)
    pdf.set_xy(29, pdf.get_y() + 3)
    pdf.f(10, "B")
    pdf.cell(0, 5, "ACCEPTANCE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(29)
    pdf.f(10)
    pdf.multi_cell(pdf.epw - 8, 5, "Signed for and on behalf of " + T["customer_legal_name"]
                   + " by its authorised signatory, who accepts the terms of this letter.", new_x="LMARGIN",
                   new_y="NEXT")
    for ln in X["acceptor"]:
        pdf.set_x(29)
        if ln.startswith("/s/"):
            pdf.f(13, "I")
            pdf.cell(0, 8, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.f(10)
        else:
            pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


form("letter-au", 1, terms(
    customer_legal_name="Bellbird Aged Care Ltd", vendor_legal_name="Wattle & Gum Digital Pty Ltd",
    order_form_number="WG/ORD/2026/031", billing_contact_email="accounts.payable@bellbirdagedcare.example",
    currency="AUD", effective_date="2026-02-12", service_start_date="2026-03-01", service_end_date="2029-02-28",
    term_months=36, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=14,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Enterprise Platform licence", None, "1", "36000.00", "year", None, "36000.00"),
                li("Care Staff user licences", None, "120", "18.50", "month", None, "2220.00"),
                li("Implementation Services", None, "1", "9500.00", "one_time", None, "9500.00")],
    price_escalator_percent="3.5"),
    doc=dict(letter_date="12th February 2026",
             recipient="Ms Philippa Dunstan\nChief Operating Officer\nBellbird Aged Care Ltd\n"
                       "22 Banksia Parade\nGeelong VIC 3220",
             salutation="Dear Ms Dunstan,",
             subject="Order confirmation - Canopy Care platform",
             body=["Thank you for selecting Canopy Care for your residential facilities. This letter sets out the "
                   "commercial terms we agreed and, once countersigned, forms a binding order under our Customer "
                   "Terms (version 4.2), which we sent to you on 2nd February 2026. This order is effective from "
                   "12th February 2026.",
                   "**Fees.** You are subscribing to an Enterprise Platform licence of AUD 36,000 per year, together "
                   "with 120 Care Staff user licences at A$18.50 per user per month (A$2,220.00 per month). We will "
                   "also deliver our Implementation Services for a one-off fee of AUD 9,500. All amounts are in "
                   "Australian dollars and exclude GST, which we will add at the prevailing rate.",
                   "**Term.** Your subscription begins on the Commencement Date, 1st March 2026, and runs for three "
                   "(3) years, ending on 28th February 2029. It then renews for further periods of twelve months "
                   "unless either of us gives the other at least 90 days' written notice before the end of the "
                   "current period.",
                   "**Invoicing and payment.** We invoice all recurring fees annually in advance, the first invoice "
                   "being issued on the Commencement Date together with the Implementation Services fee. Invoices "
                   "are payable within 14 days of the invoice date. Please send any remittance advice to our "
                   "accounts team; we will address invoices to accounts.payable@bellbirdagedcare.example.",
                   "**Price review.** Fees are fixed for the initial three years. On each renewal the recurring "
                   "fees increase by 3.5%.",
                   "If anything in this letter does not match your understanding, please let me know before you "
                   "sign. Otherwise, please sign the acceptance below and return a copy to me."],
             signer=["Hamish Keough", "Hamish Keough", "Commercial Director"],
             acceptor=["/s/ P. Dunstan", "Name: Philippa Dunstan      Title: Chief Operating Officer",
                       "Date: 16th February 2026"]),
    deal=dict(deal_id="006-BA09D6", deal_name="Bellbird Aged Care - Canopy Care 3yr",
              account_name="Bellbird Aged Care Ltd", close_date="2026-02-16", amount="197420.00",
              billing_contact_email="accounts.payable@bellbirdagedcare.example"),
    description="Australian order-confirmation letter. The vendor, Wattle & Gum Digital Pty Ltd, appears only in "
                "the letterhead and the signature block; the body says 'we' and names the product 'Canopy Care'. "
                "Fees are in prose: Enterprise Platform licence AUD 36,000 per year (qty 1, net 36000.00), 120 Care "
                "Staff user licences at A$18.50 per user per month with the monthly total written (A$2,220.00 = "
                "120 x 18.50), one-off Implementation Services AUD 9,500. No SKUs. Effective date is stated as "
                "12th February 2026 (the customer signed on the 16th). Escalator 3.5% applies on renewal only, so "
                "the CRM amount is flat: 3 x (36,000 + 12 x 2,220) + 9,500 = 3 x 62,640 + 9,500 = 197,420.00. No "
                "total is stated (TCV null).",
    tags=["blind", BATCH, "layout:letter-au", "letter", "prose-fees", "vendor-letterhead-only", "aud",
          "ordinal-dates", "escalator", "gst"])

form("letter-au", 2, terms(
    customer_legal_name="Quokka Coast Tourism Pty Ltd", vendor_legal_name="Wattle & Gum Digital Pty Ltd",
    order_form_number="WG/ORD/2026/058", billing_contact_email="bookkeeping@quokkacoast.example", currency="AUD",
    effective_date="2026-06-03", service_start_date="2026-07-01", service_end_date="2027-06-30", term_months=12,
    auto_renew=True, renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=7,
    billing_frequency="monthly", billing_timing="advance",
    line_items=[li("Canopy Booking Engine", None, "1", "1450.00", "month", None, "1450.00"),
                li("Channel Manager add-on", None, "1", "320.00", "month", "25", "240.00")],
    usage_rules=[usage("Confirmed bookings", "booking", "2000", "month", "per_unit", [(None, "0.35")], "monthly",
                       "arrears")]),
    doc=dict(letter_date="3 June 2026",
             recipient="Mr Tane Rawiri\nGeneral Manager\nQuokka Coast Tourism Pty Ltd\n5 Marine Terrace\n"
                       "Fremantle WA 6160",
             salutation="Dear Tane,",
             subject="Your Canopy Bookings order",
             body=["It was a pleasure meeting your team in Fremantle. As promised, this letter confirms your order "
                   "for our online booking products. It is effective 3 June 2026 and is governed by our Customer "
                   "Terms (version 4.2).",
                   "**What you are buying.** The Canopy Booking Engine at A$1,450.00 per month, and the Channel "
                   "Manager add-on, normally A$320.00 per month, which we have discounted by 25% to A$240.00 per "
                   "month for the initial term. Each month includes 2,000 confirmed bookings; every additional "
                   "confirmed booking is charged at A$0.35 and invoiced monthly in arrears. Prices are in "
                   "Australian dollars and exclude GST.",
                   "**When.** The Commencement Date is 1 July 2026 and the initial term is twelve (12) months, "
                   "ending 30 June 2027. After that the subscription continues from month to month until either "
                   "of us cancels it by giving 30 days' notice.",
                   "**Invoices.** Subscription fees are invoiced monthly in advance, and each invoice is payable "
                   "within 7 days. Invoices will be e-mailed to bookkeeping@quokkacoast.example.",
                   "Please sign below to confirm, and we will start configuring your booking pages."],
             signer=["Hamish Keough", "Hamish Keough", "Commercial Director"],
             acceptor=["/s/ Tane Rawiri", "Name: Tane Rawiri      Title: General Manager", "Date: 5 June 2026"]),
    deal=dict(deal_id="006-BA10A3", deal_name="Quokka Coast - Canopy Bookings",
              account_name="Quokka Coast Tourism Pty Ltd", close_date="2026-06-05", amount="20280.00",
              billing_contact_email="bookkeeping@quokkacoast.example"),
    description="Wattle & Gum letter (vendor only in letterhead/signature) with monthly fees in prose: Booking "
                "Engine A$1,450.00/month; Channel Manager list A$320.00/month discounted 25% to the stated "
                "A$240.00 (discount_percent 25, net 240.00). Usage: 2,000 confirmed bookings included per month, "
                "then A$0.35 each, invoiced monthly in arrears. After the 12-month initial term it continues month "
                "to month until cancelled on 30 days' notice, recorded as auto_renew true with renewal_term_months "
                "1 and notice 30. Net 7. CRM amount 12 x (1,450 + 240) = 20,280.00.",
    tags=["blind", BATCH, "layout:letter-au", "letter", "prose-fees", "vendor-letterhead-only", "aud", "monthly",
          "usage", "discount", "month-to-month-renewal"])

form("letter-au", 3, terms(
    customer_legal_name="Ironbark Civil Contractors Pty Ltd", vendor_legal_name="Wattle & Gum Digital Pty Ltd",
    order_form_number="WG/ORD/2026/019", currency="AUD",
    effective_date="2026-03-02", service_start_date="2026-03-16", term_months=18, auto_renew=False,
    payment_terms_days=30, billing_frequency="quarterly", billing_timing="arrears", po_required=True,
    line_items=[li("Site Diary licences", None, "45", "22.00", "month"),
                li("Plant Tracker module", None, "1", "600.00", "month", None, "600.00")],
    total_contract_value="28620.00", late_fee_percent_per_month="1"),
    derived={"service_end_date": {"value": "2027-09-15", "rule": "start 2026-03-16 + 18 months - 1 day"}},
    doc=dict(letter_date="2nd March 2026",
             recipient="Mr Darren Coote\nProject Controls Manager\nIronbark Civil Contractors Pty Ltd\n"
                       "Unit 3, 41 Quarry Road\nToowoomba QLD 4350",
             salutation="Dear Darren,",
             subject="Site Diary and Plant Tracker - order confirmation",
             body=["Further to our proposal of 20th February, I am pleased to confirm the terms on which we will "
                   "supply our Canopy Site Diary and Plant Tracker products for your Western Corridor project. This "
                   "order is effective on 2nd March 2026.",
                   "**Fees.** You will have 45 Site Diary licences at A$22.00 per user per month and the Plant "
                   "Tracker module at A$600.00 per month. Fees are quoted in Australian dollars, exclusive of GST.",
                   "**Term.** The Commencement Date is 16th March 2026 and the subscription runs for eighteen (18) "
                   "months from that date. It will end at the close of that period unless we agree a renewal in "
                   "writing; nothing in this letter renews automatically. The total fees over the eighteen-month "
                   "term are A$28,620.00.",
                   "**Invoicing.** We will invoice quarterly in arrears, and invoices are payable 30 days from the "
                   "invoice date. Overdue amounts attract interest at 1% per month.",
                   "**Purchase order.** Your accounts team has told us that they can only pay invoices that quote "
                   "an Ironbark purchase order number. Please send us the purchase order number before the "
                   "Commencement Date; every invoice we issue under this order must quote it.",
                   "We look forward to working with you on the project."],
             signer=["Siobhan Marr", "Siobhan Marr", "Account Director, Construction"],
             acceptor=["/s/ D. Coote", "Name: Darren Coote      Title: Project Controls Manager",
                       "Date: 4th March 2026"]),
    deal=dict(deal_id="006-BA11F0", deal_name="Ironbark Civil - Western Corridor",
              account_name="Ironbark Civil Contractors Pty Ltd", close_date="2026-03-04", amount="28620.00",
              billing_contact_email="darren.coote@ironbarkcivil.example"),
    description="Wattle & Gum letter (vendor only in letterhead/signature). 45 Site Diary licences at A$22.00 "
                "per user per month (no line total written, net_amount null) and Plant Tracker A$600.00 per month. "
                "The term is 'eighteen (18) months' from the 16th March 2026 Commencement Date with no end date "
                "written: service_end_date null, derived 2027-09-15. Stated total A$28,620.00 = 18 x (45 x 22 + "
                "600) = 18 x 1,590. Quarterly in arrears, 30 days, 1% per month interest. Invoices must quote a "
                "purchase order but no number is given (po_required true, po_number null). No billing e-mail is "
                "written in the letter (the CRM has the project manager's address, which is not gold).",
    tags=["blind", BATCH, "layout:letter-au", "letter", "prose-fees", "vendor-letterhead-only", "aud", "quarterly",
          "arrears", "derived-end-date", "po-required-no-number", "late-fee"])

form("letter-au", 4, terms(
    customer_legal_name="Southerly Winds Yacht Club Inc.", vendor_legal_name="Wattle & Gum Digital Pty Ltd",
    order_form_number="WG/ORD/2026/102", billing_contact_email="treasurer@southerlywinds.example", currency="AUD",
    effective_date="2026-08-14", service_start_date="2026-09-01", service_end_date="2027-08-31", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Membership Portal subscription", None, "1", "3000.00", "year", "20", "2400.00"),
                li("Event Ticketing add-on", None, "1", "750.00", "year", "20", "600.00")],
    non_standard_terms=["20% not-for-profit discount applies only while the Club remains a not-for-profit "
                        "association; otherwise list fees apply from the next invoice"]),
    doc=dict(letter_date="14 August 2026",
             recipient="The Treasurer\nSoutherly Winds Yacht Club Inc.\nThe Esplanade\nSandy Bay TAS 7005",
             salutation="Dear Treasurer,",
             subject="Membership Portal - confirmation of order",
             body=["Thank you for the Committee's decision to move the Club's membership records onto our "
                   "Membership Portal. This letter confirms the order and takes effect on 14 August 2026.",
                   "**Fees.** The Membership Portal subscription (for up to 800 members) has a list fee of "
                   "A$3,000 per year, reduced by our 20% not-for-profit discount to A$2,400 per year. The Event "
                   "Ticketing add-on lists at A$750 per year and, with the same 20% discount, costs A$600 per year. "
                   "Amounts are in Australian dollars; as the Club is not registered for GST, none is added.",
                   "**Term.** The Commencement Date is 1 September 2026 and the subscription runs for twelve months "
                   "to 31 August 2027. It renews for a further twelve months each year unless the Club or we give "
                   "60 days' written notice before the renewal date.",
                   "**Invoicing.** We invoice the annual fees in advance, with payment due within 30 days. We will "
                   "send invoices to treasurer@southerlywinds.example.",
                   "**Not-for-profit discount.** The discount applies only while the Club remains an incorporated "
                   "not-for-profit association. If that changes, list fees apply from the next invoice."],
             signer=["Hamish Keough", "Hamish Keough", "Commercial Director"],
             acceptor=["/s/ M. O'Halloran", "Name: Maeve O'Halloran      Title: Commodore",
                       "Date: 19 August 2026"]),
    deal=dict(deal_id="006-BA12B5", deal_name="Southerly Winds YC - Membership Portal",
              account_name="Southerly Winds Yacht Club Inc.", close_date="2026-08-19", amount="3750.00",
              billing_contact_email="treasurer@southerlywinds.example"),
    deal_differs=True,
    deal_lines=[dict(sku=None, name="Membership Portal subscription", quantity="1", unit_price="3000.00",
                     total="3000.00"),
                dict(sku=None, name="Event Ticketing add-on", quantity="1", unit_price="750.00", total="750.00")],
    description="Wattle & Gum letter (vendor only in letterhead/signature) for a yacht club. Fees in prose with "
                "list and discounted figures: Membership Portal list A$3,000/yr less 20% = A$2,400; Event Ticketing "
                "list A$750/yr less 20% = A$600 (unit_price is the list price, net_amount the stated discounted "
                "fee). 'Up to 800 members' is a plan limit, not a quantity, so quantity is 1. The conditional "
                "not-for-profit discount is flagged as non-standard. DELIBERATE CRM MISMATCH: the deal amount "
                "is 3,750.00 (list fees before the discount) while the letter bills 3,000.00 for the 12-month "
                "term.",
    tags=["blind", BATCH, "layout:letter-au", "letter", "prose-fees", "vendor-letterhead-only", "aud", "discount",
          "crm-amount-mismatch", "conditional-discount"])


# ============================================================================================
# Layout 4: msa-clauses -- Northcairn Systems Ltd. subscription agreement: numbered clauses with the
# order particulars and fee table inside, wrapped in ~3 pages of standard terms
# ============================================================================================
NC_DEFS = [
    ("Authorised User", "an employee, contractor or agent of Customer whom Customer permits to use the Service "
                        "and who is bound by obligations consistent with this Agreement."),
    ("Commencement Date", "the date stated in clause 2.2, on which Northcairn first makes the Service available "
                          "for production use."),
    ("Component", "a module, licence type or service described in the table in clause 3."),
    ("Contract Year", "each successive period of twelve (12) months beginning on the Commencement Date or an "
                      "anniversary of it."),
    ("Customer Data", "all data, records and files that Customer or its Authorised Users submit to the Service."),
    ("Documentation", "the user guides and technical descriptions of the Service that Northcairn makes available "
                      "online, as updated from time to time."),
    ("Fees", "the amounts set out in clause 3 and any other amounts payable under this Agreement."),
    ("Initial Term", "the period stated in clause 2.3."),
    ("Service", "the hosted software, support and related services described in clause 3."),
    ("Volume", "the number of units of a Component (users, sites, facilities or other unit stated) that "
               "Customer is entitled to use."),
]

NC_STANDARD = [
    ("ACCESS AND USE", [
        "Subject to payment of the Fees, Northcairn grants Customer a non-exclusive, non-transferable right for "
        "its Authorised Users to access and use the Service during the term for Customer's internal business "
        "purposes, within the Volume purchased.",
        "Customer shall not resell, sublicense or make the Service available to any third party, attempt to "
        "reverse engineer it, or use it to build a competing product. Northcairn may apply reasonable technical "
        "limits described in the Documentation.",
        "Northcairn may update the Service from time to time, provided that no update materially reduces the "
        "functionality of a Component that Customer has purchased."]),
    ("CUSTOMER RESPONSIBILITIES", [
        "Customer is responsible for the acts and omissions of its Authorised Users, for keeping log-in "
        "credentials confidential and for the accuracy and legality of Customer Data.",
        "Customer shall notify Northcairn promptly of any unauthorised access to the Service of which it becomes "
        "aware."]),
    ("FEES, INVOICING AND PAYMENT", [
        "Northcairn will invoice the Fees at the frequency stated in the Order Particulars in clause 2. Fees for "
        "Volume added during the term are prorated to the end of the current invoicing period.",
        "Unless the Order Particulars state a different payment period, each invoice is payable within thirty "
        "(30) days of the invoice date, in the currency stated in clause 3.",
        "Customer may dispute an invoice in good faith by written notice before its due date, giving reasons. "
        "The parties will work to resolve the dispute within thirty (30) days, and the undisputed portion remains "
        "payable when due.",
        "Except where clause 4 provides otherwise, amounts not paid when due bear interest at one and one-half "
        "percent (1.5%) per month, or the highest rate permitted by law if lower, from the due date until paid.",
        "If any undisputed amount remains unpaid fifteen (15) days after written notice of non-payment, Northcairn "
        "may suspend access to the Service until payment is received."]),
    ("TAXES", [
        "Fees exclude GST/HST, QST, PST and all other sales, use, value-added and similar taxes. Customer shall pay "
        "such taxes as shown on Northcairn's invoices, except taxes on Northcairn's income."]),
    ("TERM AND RENEWAL", [
        "This Agreement begins on the Effective Date and continues until the end of the Initial Term and any "
        "renewal terms, unless terminated earlier under clause 15.",
        "Unless clause 4 provides otherwise, at the end of the Initial Term and of each renewal term the "
        "subscriptions renew automatically for a further twelve (12) months, unless either party gives the other "
        "written notice of non-renewal at least sixty (60) days before the end of the then-current term."]),
    ("CONFIDENTIALITY", [
        "Each party shall keep the other's confidential information confidential, use it only to perform or "
        "receive the benefit of this Agreement, and disclose it only to personnel and advisers who need to know "
        "it and are bound by similar duties.",
        "These obligations do not apply to information that is or becomes public other than through breach, was "
        "already lawfully known to the recipient, or is independently developed. Disclosure required by law is "
        "permitted on prompt notice where lawful."]),
    ("CUSTOMER DATA AND PRIVACY", [
        "As between the parties, Customer owns Customer Data. Northcairn shall process Customer Data only to "
        "provide the Service and as Customer instructs, and shall maintain administrative, physical and technical "
        "safeguards appropriate to its nature.",
        "Northcairn hosts Customer Data in data centres located in Canada. Northcairn will notify Customer without "
        "undue delay after becoming aware of a breach of security affecting Customer Data.",
        "For thirty (30) days after the end of the term, Customer may export Customer Data in a standard format. "
        "Northcairn will then delete it, except for backup copies overwritten in the normal cycle."]),
    ("WARRANTIES", [
        "Northcairn warrants that the Service will perform materially in accordance with the Documentation. "
        "Customer's remedy for breach of this warranty is correction of the non-conformity or, if Northcairn "
        "cannot correct it within a reasonable time, termination of the affected Component and a refund of "
        "prepaid Fees for the remainder of the term.",
        "Except as stated in this Agreement, neither party gives any other warranty or condition, express or "
        "implied, including any implied condition of merchantable quality or fitness for a particular purpose."]),
    ("INDEMNITIES", [
        "Northcairn shall defend Customer against any third-party claim that the Service infringes an "
        "intellectual property right and pay the amounts finally awarded, provided Customer notifies Northcairn "
        "promptly and allows it to control the defence.",
        "Customer shall defend Northcairn against any third-party claim arising from Customer Data or from use "
        "of the Service in breach of this Agreement, on the same conditions."]),
    ("LIMITATION OF LIABILITY", [
        "Neither party is liable for indirect, special or consequential loss, or for loss of profits, revenue or "
        "data, however caused.",
        "Each party's total liability under this Agreement in any Contract Year is limited to the Fees paid or "
        "payable for that Contract Year. These limits do not apply to Customer's payment obligations, to breach "
        "of clause 10, or to the indemnities in clause 13."]),
    ("TERMINATION", [
        "Either party may terminate this Agreement by written notice if the other commits a material breach that "
        "is not remedied within thirty (30) days after written notice describing it, or becomes insolvent.",
        "On termination by Customer for Northcairn's uncured breach, Northcairn shall refund prepaid Fees for the "
        "period after termination. On any other termination, Fees for the remainder of the then-current term "
        "become due, except as clause 4 provides."]),
    ("GENERAL", [
        "This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada "
        "applicable there. The parties attorn to the courts of Ottawa, Ontario.",
        "Neither party may assign this Agreement without the other's consent, not to be unreasonably withheld, "
        "except to a successor to all or substantially all of its business.",
        "Notices must be in writing and delivered to the addresses above or by e-mail to the addresses the parties "
        "designate. Neither party is liable for delay caused by events beyond its reasonable control.",
        "This Agreement is the entire agreement between the parties on its subject matter. It may be amended only "
        "in writing signed by both parties, and may be signed electronically and in counterparts. The parties "
        "have requested that this Agreement be drawn up in English."]),
]


def build_msa(f, path):
    T, X = f["terms"], f["doc"]
    M, ds = X["money"], X["date_style"]
    pdf = Doc(fmt="letter", font="Times", margins=(22, 18, 22), bottom=20,
              footer="Northcairn Systems Ltd.  -  Subscription Agreement " + T["order_form_number"]
                     + "  -  Page {p} of {nb}  -  CONFIDENTIAL")
    pdf.add_page()
    pdf.f(9, "B", "Helvetica")
    pdf.set_text_color(20, 60, 110)
    pdf.cell(0, 5, "NORTHCAIRN SYSTEMS LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.f(16, "B")
    pdf.cell(0, 9, "SUBSCRIPTION AGREEMENT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.f(10)
    pdf.cell(0, 5, "Agreement No. " + T["order_form_number"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.para("THIS SUBSCRIPTION AGREEMENT (the \"Agreement\") is made as of the Effective Date between "
             "NORTHCAIRN SYSTEMS LTD., a corporation existing under the laws of Ontario, having its registered "
             "office at 150 Elgin Street, Suite 900, Ottawa, Ontario K2P 1L4 (\"Northcairn\"), and "
             + T["customer_legal_name"].upper() + ", having its principal office at " + X["cust_addr"]
             + " (\"Customer\").", size=10, h=4.8)
    pdf.ln(2)
    pdf.para("The parties agree as follows:", size=10, h=4.8)

    def clause(n, title):
        if pdf.get_y() > pdf.page_break_trigger - 16:
            pdf.add_page()
        pdf.ln(2.5)
        pdf.f(10, "B")
        pdf.cell(0, 5.5, f"{n}.  {title}", new_x="LMARGIN", new_y="NEXT")

    def sub(num, text):
        pdf.f(10)
        if pdf.get_y() > pdf.page_break_trigger - 10:
            pdf.add_page()
        y = pdf.get_y()
        pdf.cell(11, 4.8, num)
        pdf.set_xy(pdf.l_margin + 11, y)
        pdf.multi_cell(pdf.epw - 11, 4.8, text, new_x="LMARGIN", new_y="NEXT", markdown=True, align="J")
        pdf.ln(0.8)

    clause(1, "DEFINITIONS")
    sub("1.1", "In this Agreement, the following capitalised terms have these meanings:")
    for i, (k, v) in enumerate(NC_DEFS):
        sub("", f"({chr(97 + i)}) \"**{k}**\" means {v}")
    clause(2, "ORDER PARTICULARS")
    for i, (k, v) in enumerate(X["particulars"], 1):
        sub(f"2.{i}", f"**{k}:** {v}")
    clause(3, "SUBSCRIPTION FEES")
    sub("3.1", X["fee_intro"])
    pdf.ln(1)
    rows = [("Component", "Volume", "List Rate", "Rebate", "Line Total")]
    for l, vol in zip(T["line_items"], X["volumes"]):
        desc = l["description"] + "\n" + "Code " + l["sku"]
        rows.append((desc, vol, M(l["unit_price"]), (l["discount_percent"] + "%") if l["discount_percent"] else "nil",
                     M(l["net_amount"])))
    pdf.grid_table(rows, (70, 30, 28, 18, 26), ("LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"), size=9.5,
                   head_fill=(20, 60, 110), head_color=(255, 255, 255), borders="ALL", font="Times",
                   line_height=4.8)
    pdf.ln(1.5)
    for label, amt in X["totals"]:
        pdf.f(10, "B")
        pdf.cell(126, 5.5, label, align="R")
        pdf.cell(0, 5.5, M(amt), align="R", new_x="LMARGIN", new_y="NEXT")
    for i, t in enumerate(X["fee_notes"], 2):
        sub(f"3.{i}", t)
    clause(4, "SPECIAL CONDITIONS")
    if X["special"]:
        for i, t in enumerate(X["special"], 1):
            sub(f"4.{i}", t)
    else:
        sub("4.1", "None.")
    for n, (title, paras) in enumerate(NC_STANDARD, 5):
        clause(n, title)
        for i, t in enumerate(paras, 1):
            sub(f"{n}.{i}", t)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.ln(5)
    pdf.para("IN WITNESS WHEREOF the parties have executed this Agreement by their duly authorised "
             "representatives.", size=10)
    pdf.ln(3)
    signature_pair(pdf, ["NORTHCAIRN SYSTEMS LTD."] + X["sig_vendor"],
                   [T["customer_legal_name"]] + X["sig_cust"], size=10, font="Times")
    pdf.output(path)


M_CAD = Money("C$")

form("msa-clauses", 1, terms(
    customer_legal_name="Glacier Ridge Mining Corp.", vendor_legal_name="Northcairn Systems Ltd.",
    order_form_number="NC-SA-2026-014", billing_contact_email="ap@glacierridge.example", currency="CAD",
    effective_date="2026-03-01", service_start_date="2026-03-01", service_end_date="2029-02-28", term_months=36,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance", po_required=True, po_number="GRM-PO-77812",
    line_items=[li("Northcairn Safety Cloud \u2014 Site Licence", "NC-SCL", "4", "18000.00", "year", "10",
                   "64800.00"),
                li("Contractor Portal", "NC-CTP", "250", "48.00", "year", None, "12000.00"),
                li("Data Migration", "NC-MIG", "1", "15000.00", "one_time", None, "15000.00")],
    total_contract_value="245400.00", late_fee_percent_per_month="1.5",
    non_standard_terms=["Customer may terminate for convenience effective at the end of the second Contract Year "
                        "on 90 days' written notice, with no fees due for the third Contract Year"]),
    doc=dict(money=M_CAD, date_style="iso", cust_addr="1 Summit Road, Timmins, Ontario P4N 7C2",
             particulars=[("Effective Date", "2026-03-01"), ("Commencement Date", "2026-03-01"),
                          ("Initial Term", "thirty-six (36) months, from the Commencement Date to 2029-02-28"),
                          ("Invoicing", "the recurring Fees are invoiced annually in advance at the start of each "
                                        "Contract Year; the Data Migration fee is invoiced on the Commencement "
                                        "Date"),
                          ("Invoice address", "ap@glacierridge.example"),
                          ("Purchase order", "Customer purchase order GRM-PO-77812. Northcairn shall quote this "
                                             "number on every invoice; invoices without it are not payable.")],
             fee_intro="Customer shall pay the following Fees, stated in Canadian dollars. List Rate is per unit "
                       "per year; Line Total is the annual amount after Rebate, except for the one-time Data "
                       "Migration fee.",
             volumes=["4 sites", "250 users", "1 (one-time)"],
             totals=[("Recurring Fees per Contract Year", "76800.00"), ("One-time Fees", "15000.00"),
                     ("Total Contract Value (Initial Term)", "245400.00")],
             fee_notes=["The Total Contract Value is three Contract Years of recurring Fees plus the one-time "
                        "Fees."],
             special=["The notice period in clause 9.2 is ninety (90) days instead of sixty (60) days.",
                      "Customer may terminate this Agreement for convenience with effect from the end of the "
                      "second Contract Year by giving at least ninety (90) days' written notice. In that case "
                      "the Fees for the third Contract Year are not payable and clause 15.2 does not apply."],
             sig_vendor=["/s/ Ainsley Brochu", "Name: Ainsley Brochu", "Title: Chief Revenue Officer",
                         "Date: 2026-02-26"],
             sig_cust=["/s/ Rupert Kaminski", "Name: Rupert Kaminski", "Title: VP Health & Safety",
                       "Date: 2026-02-24"]),
    deal=dict(deal_id="006-BA13C8", deal_name="Glacier Ridge - Safety Cloud 4 sites",
              account_name="Glacier Ridge Mining Corp.", close_date="2026-02-26", amount="245400.00",
              billing_contact_email="ap@glacierridge.example"),
    description="Northcairn subscription agreement: 'between X and Y' preamble, numbered clauses, the order "
                "particulars in clause 2 and the fee table (Component / Volume / List Rate / Rebate / Line Total) "
                "in clause 3, followed by about three pages of standard terms. Site Licence 4 x C$18,000.00 = "
                "72,000 less 10% = 64,800.00; Contractor Portal 250 x 48.00 = 12,000.00; Data Migration 15,000.00 "
                "one-time. TCV C$245,400.00 = 3 x 76,800 + 15,000. Payment days and late interest come from the "
                "standard terms (7.2: 30 days; 7.4: 1.5% per month) because the particulars do not override them. "
                "Renewal: standard clause 9.2 gives automatic 12-month renewals with 60 days' notice, but special "
                "condition 4.1 changes the notice to 90 days. PO GRM-PO-77812 must appear on invoices. The "
                "termination-for-convenience right after year 2 is non-standard.",
    tags=["blind", BATCH, "layout:msa-clauses", "legal-clauses", "boilerplate", "cad", "discount", "one-time-fee",
          "po-required", "defaults-in-boilerplate", "termination-for-convenience"])

form("msa-clauses", 2, terms(
    customer_legal_name="Tamarack Regional Health Authority", vendor_legal_name="Northcairn Systems Ltd.",
    order_form_number="NC-SA-2026-031", billing_contact_email="accountspayable@tamarackhealth.example",
    currency="CAD", effective_date="2026-05-15", service_start_date="2026-06-01", service_end_date="2027-05-31",
    term_months=12, auto_renew=False, payment_terms_days=60, billing_frequency="quarterly",
    billing_timing="advance", po_required=True,
    line_items=[li("Clinical Scheduling", "NC-CS", "1200", "36.00", "year", "15", "36720.00"),
                li("Patient Messaging", "NC-PM", "1200", "12.00", "year", "15", "12240.00"),
                li("Bed Management", "NC-BM", "6", "4500.00", "year", "10", "24300.00"),
                li("Analytics Workspace", "NC-AW", "40", "240.00", "year", None, "9600.00"),
                li("HL7 Interface Engine", "NC-HL7", "1", "18000.00", "year", "5", "17100.00"),
                li("Sandbox Tenant", "NC-SBX", "1", "6000.00", "year", None, "6000.00"),
                li("Premier Support", "NC-PS", "1", "11000.00", "year", None, "11000.00"),
                li("Go-Live Command Centre", "NC-GLC", "1", "8500.00", "one_time", None, "8500.00")],
    total_contract_value="125460.00",
    non_standard_terms=["Non-appropriation: Customer may terminate without penalty at the end of its fiscal year "
                        "if funding for the Service is not appropriated",
                        "Late-payment interest under clause 7.4 does not apply"]),
    doc=dict(money=M_CAD, date_style="uk", cust_addr="300 Jackpine Crescent, Thunder Bay, Ontario P7B 6V4",
             particulars=[("Effective Date", "15 May 2026"), ("Commencement Date", "1 June 2026"),
                          ("Initial Term", "twelve (12) months, from 1 June 2026 to 31 May 2027"),
                          ("Invoicing", "quarterly in advance, each invoice covering one quarter of the annual "
                                        "recurring Fees; the Go-Live Command Centre fee is invoiced with the first "
                                        "quarterly invoice"),
                          ("Payment", "sixty (60) days from receipt of a correct invoice"),
                          ("Invoice address", "accountspayable@tamarackhealth.example"),
                          ("Purchase order", "Customer will issue a purchase order after signature. Every invoice "
                                             "must quote Customer's purchase order number.")],
             fee_intro="Customer shall pay the following Fees, stated in Canadian dollars. List Rate is per unit "
                       "per year; Line Total is the annual amount after Rebate (one-time for the Go-Live Command "
                       "Centre).",
             volumes=["1,200 users", "1,200 users", "6 facilities", "40 users", "1 instance", "1 tenant",
                      "1", "1 (one-time)"],
             totals=[("Annual recurring Fees", "116960.00"), ("One-time Fees", "8500.00"),
                     ("Total Fees for the Initial Term", "125460.00")],
             fee_notes=["Volume may be increased by written order at the List Rate and Rebate shown above."],
             special=["This Agreement does not renew automatically and clause 9.2 does not apply. Any renewal "
                      "requires a new written agreement.",
                      "Clause 7.4 (interest on late payment) does not apply to Customer.",
                      "Non-appropriation. Customer is a public body funded by annual appropriations. If funds for "
                      "the Service are not appropriated for a fiscal year, Customer may terminate this Agreement "
                      "without penalty with effect from the end of the current fiscal year by written notice."],
             sig_vendor=["/s/ Ainsley Brochu", "Name: Ainsley Brochu", "Title: Chief Revenue Officer",
                         "Date: 15 May 2026"],
             sig_cust=["/s/ Dr. Naomi Feldt", "Name: Dr. Naomi Feldt", "Title: Chief Information Officer",
                       "Date: 13 May 2026"]),
    deal=dict(deal_id="006-BA14E2", deal_name="Tamarack RHA - Clinical suite",
              account_name="Tamarack Regional Health Authority", close_date="2026-05-15", amount="125460.00",
              billing_contact_email="accountspayable@tamarackhealth.example"),
    description="Northcairn subscription agreement with eight fee lines, so the clause 3 table runs across a page "
                "break (heading row repeated). Line totals: 1,200 x 36.00 = 43,200 less 15% = 36,720.00; 1,200 x "
                "12.00 = 14,400 less 15% = 12,240.00; 6 x 4,500 = 27,000 less 10% = 24,300.00; 40 x 240 = "
                "9,600.00; 18,000 less 5% = 17,100.00; 6,000.00; 11,000.00; one-time 8,500.00. Recurring "
                "116,960.00 + 8,500.00 = 125,460.00 (stated TCV, 12-month term). Particulars override the "
                "standard terms: payment 60 days (not 30), no automatic renewal (clause 9.2 disapplied, so "
                "auto_renew false) and no late interest (late fee null, listed as non-standard together with the "
                "non-appropriation right). Invoices must quote a PO that will be issued later (po_number null).",
    tags=["blind", BATCH, "layout:msa-clauses", "legal-clauses", "boilerplate", "cad", "multi-page-table",
          "quarterly", "discount", "po-required-no-number", "non-appropriation", "overrides-boilerplate"])

form("msa-clauses", 3, terms(
    customer_legal_name="Bluewater Freight Canada ULC", vendor_legal_name="Northcairn Systems Ltd.",
    order_form_number="NC-SA-2026-007", billing_contact_email="ap.canada@bluewaterfreight.example",
    currency="CAD", effective_date="2026-01-20", service_start_date="2026-02-01", term_months=24,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
    billing_frequency="monthly", billing_timing="advance", billing_anchor="day:5",
    line_items=[li("Yard Visibility", "NC-YV", "12", "950.00", "month", "8", "10488.00"),
                li("Driver App", "NC-DA", "300", "6.00", "month", None, "1800.00")],
    minimum_commitment={"amount": "140000.00", "period": "year"},
    usage_rules=[usage("Telematics events", "event", "2000000", "month", "graduated",
                       [("3000000", "0.0003"), (None, "0.0002")], "monthly", "arrears")],
    price_escalator_percent="3", late_fee_percent_per_month="2"),
    derived={"service_end_date": {"value": "2028-01-31", "rule": "start 2026-02-01 + 24 months - 1 day"}},
    doc=dict(money=M_CAD, date_style="iso", cust_addr="8800 Airport Road, Mississauga, Ontario L4T 2H9",
             particulars=[("Effective Date", "2026-01-20"), ("Commencement Date", "2026-02-01"),
                          ("Initial Term", "twenty-four (24) months from the Commencement Date"),
                          ("Invoicing", "the subscription Fees are invoiced monthly in advance on the 5th day of "
                                        "each month; usage charges under clause 3.3 are invoiced monthly in "
                                        "arrears"),
                          ("Invoice address", "ap.canada@bluewaterfreight.example")],
             fee_intro="Customer shall pay the following monthly Fees, stated in Canadian dollars. List Rate is "
                       "per unit per month and Line Total is the monthly amount after Rebate.",
             volumes=["12 yards", "300 drivers"],
             totals=[("Monthly subscription Fees", "12288.00")],
             fee_notes=["Minimum commitment. Customer commits to Fees (subscription and usage) of at least "
                        "C$140,000.00 in each Contract Year. Any shortfall is invoiced at the end of the Contract "
                        "Year.",
                        "Usage. Each month includes 2,000,000 telematics events. Events above that allowance are "
                        "charged on a graduated basis: the first 3,000,000 events above the allowance at C$0.0003 "
                        "per event, and all further events in the month at C$0.0002 per event."],
             special=["On each renewal, the List Rates increase by three percent (3%).",
                      "Interest on late payment under clause 7.4 is two percent (2%) per month."],
             sig_vendor=["/s/ Ainsley Brochu", "Name: Ainsley Brochu", "Title: Chief Revenue Officer",
                         "Date: 2026-01-20"],
             sig_cust=["/s/ Chantal Okafor", "Name: Chantal Okafor", "Title: Director, Terminal Operations",
                       "Date: 2026-01-19"]),
    deal=dict(deal_id="006-BA15A9", deal_name="Bluewater Freight - Yard Visibility 24m",
              account_name="Bluewater Freight Canada ULC", close_date="2026-01-20", amount="294912.00",
              billing_contact_email="ap.canada@bluewaterfreight.example"),
    description="Northcairn subscription agreement, monthly fees. Yard Visibility 12 x C$950.00 = 11,400 less 8% = "
                "10,488.00 a month; Driver App 300 x 6.00 = 1,800.00; monthly total 12,288.00 (no term total "
                "stated, TCV null). The Initial Term is 'twenty-four (24) months from the Commencement Date' with "
                "no end date written: derived end 2028-01-31. Invoices on the 5th of each month (day:5). Minimum "
                "commitment C$140,000 per Contract Year. Usage tiers are defined relative to the 2,000,000-event "
                "monthly allowance ('the first 3,000,000 events above the allowance'), so the first tier's up_to "
                "is 3000000 counted from the end of the allowance; graduated. Renewal is not overridden, so "
                "standard clause 9.2 applies (auto 12 months, 60 days' notice); payment 30 days from 7.2; late "
                "interest overridden to 2% per month; 3% increase on renewal. CRM amount 24 x 12,288 = 294,912.00.",
    tags=["blind", BATCH, "layout:msa-clauses", "legal-clauses", "boilerplate", "cad", "monthly", "usage",
          "graduated-tiers", "minimum-commitment", "derived-end-date", "billing-anchor", "escalator",
          "defaults-in-boilerplate"])

form("msa-clauses", 4, terms(
    customer_legal_name="Maplecrest Insurance Brokers Inc.", vendor_legal_name="Northcairn Systems Ltd.",
    order_form_number="NC-SA-2026-052", billing_contact_email="billing@maplecrestbrokers.example",
    currency="CAD", effective_date="2026-09-01", service_start_date="2026-10-01", service_end_date="2027-09-30",
    term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
    billing_frequency="semiannual", billing_timing="advance",
    line_items=[li("Broker Workbench", "NC-BW", "55", "720.00", "year", "12", "34848.00"),
                li("E-Signature Add-on", "NC-ES", "55", "60.00", "year", None, "3300.00")],
    total_contract_value="38148.00", late_fee_percent_per_month="1.5",
    non_standard_terms=["Most-favoured-customer pricing: if Northcairn offers a lower per-user price for Broker "
                        "Workbench to a comparable customer, Customer's price is reduced to match"]),
    doc=dict(money=M_CAD, date_style="us", cust_addr="410 Main Street East, Hamilton, Ontario L8N 1J9",
             particulars=[("Effective Date", "September 1, 2026"), ("Commencement Date", "October 1, 2026"),
                          ("Initial Term", "twelve (12) months, ending September 30, 2027"),
                          ("Invoicing", "semi-annually in advance, in two equal instalments"),
                          ("Invoice address", "billing@maplecrestbrokers.example")],
             fee_intro="Customer shall pay the following Fees, stated in Canadian dollars. List Rate is per user "
                       "per year; Line Total is the annual amount after Rebate.",
             volumes=["55 users", "55 users"],
             totals=[("Total Fees, Initial Term", "38148.00")],
             fee_notes=[],
             special=["Most-favoured customer. If, during the term, Northcairn offers Broker Workbench to another "
                      "Canadian insurance brokerage of comparable size at a lower per-user price, Northcairn shall "
                      "reduce Customer's per-user price to the same level from the next invoice."],
             sig_vendor=["/s/ Ainsley Brochu", "Name: Ainsley Brochu", "Title: Chief Revenue Officer",
                         "Date: September 1, 2026"],
             sig_cust=["/s/ Graham Lusk", "Name: Graham Lusk", "Title: President", "Date: August 28, 2026"]),
    deal=dict(deal_id="006-BA16D4", deal_name="Maplecrest Brokers - Workbench",
              account_name="Maplecrest Insurance Brokers Inc.", close_date="2026-09-01", amount="38148.00",
              billing_contact_email="billing@maplecrestbrokers.example"),
    description="Northcairn subscription agreement, semi-annual billing, US-style dates. Broker Workbench 55 x "
                "C$720.00 = 39,600 less 12% = 34,848.00; E-Signature 55 x 60.00 = 3,300.00; stated Total Fees "
                "C$38,148.00 for the 12-month Initial Term. The particulars are silent on payment, late interest "
                "and renewal, so the standard terms govern: 30 days (7.2), 1.5% per month (7.4), automatic "
                "12-month renewal with 60 days' notice (9.2). Most-favoured-customer pricing is non-standard.",
    tags=["blind", BATCH, "layout:msa-clauses", "legal-clauses", "boilerplate", "cad", "semiannual", "discount",
          "defaults-in-boilerplate", "mfn"])


# ============================================================================================
# Layout 5: customer-po -- purchase order issued by the customer to the SaaS vendor
# ============================================================================================
PO_STANDARD = [
    "This Purchase Order is effective on the PO Date shown above and is issued for the Period of Performance "
    "stated.",
    "Every invoice must quote this Purchase Order number and line numbers. Invoices without it will be returned "
    "unpaid.",
    "Quantities and prices on this Purchase Order may not be exceeded without a written change order from "
    "Purchasing.",
    "Where the Vendor's own subscription terms have been agreed, they apply only to the extent they do not "
    "conflict with this Purchase Order.",
]


def build_po(f, path):
    T, X = f["terms"], f["doc"]
    M, ds = X["money"], X["date_style"]
    color = X["color"]
    pdf = Doc(fmt=X.get("paper", "letter"), margins=(16, 14, 16), bottom=16,
              footer=T["customer_legal_name"] + "  |  " + X["po_word"] + " " + T["po_number"] + "  |  {p} / {nb}")
    pdf.add_page()
    pdf.set_fill_color(*color)
    pdf.rect(16, 14, 6, 22, "F")
    pdf.set_xy(25, 14)
    size = 15
    pdf.f(size, "B")
    while pdf.get_string_width(T["customer_legal_name"]) > 96:
        size -= 0.5
        pdf.f(size, "B")
    pdf.cell(100, 7, T["customer_legal_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(25)
    pdf.f(8)
    pdf.multi_cell(95, 3.8, X["cust_addr"], new_x="LMARGIN", new_y="NEXT")
    # PO box
    bx = pdf.w - 16 - 78
    pdf.set_draw_color(*color)
    pdf.set_line_width(0.5)
    pdf.rect(bx, 14, 78, 42)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*color)
    pdf.rect(bx, 14, 78, 9, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(bx, 15.5)
    pdf.f(12, "B")
    pdf.cell(78, 6, X["po_title"], align="C")
    pdf.set_text_color(0, 0, 0)
    y = 25
    for k, v in X["box"]:
        pdf.set_xy(bx + 2, y)
        pdf.f(7.5, "B")
        pdf.cell(34, 4.4, k)
        pdf.f(8.5)
        pdf.cell(40, 4.4, v, align="R")
        y += 4.6
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(62)
    colw = (pdf.epw - 8) / 3
    blocks = X["blocks"]
    ys = []
    for i, (head, body) in enumerate(blocks):
        x = 16 + i * (colw + 4)
        pdf.set_xy(x, 62)
        pdf.set_fill_color(235, 235, 235)
        pdf.f(7.5, "B")
        pdf.cell(colw, 5, " " + head, fill=True, new_x="LEFT", new_y="NEXT")
        pdf.f(fit_size(pdf, body, colw, 8.5))
        pdf.multi_cell(colw, 4.2, body, new_x="LEFT", new_y="NEXT")
        ys.append(pdf.get_y())
    pdf.set_y(max(ys) + 4)
    pdf.f(9, "B")
    pdf.cell(0, 5, X["period_label"] + ": " + X["period_text"], new_x="LMARGIN", new_y="NEXT")
    if X.get("ref_line"):
        pdf.f(8.5)
        pdf.cell(0, 4.5, X["ref_line"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [tuple(X["headers"])] + [tuple(r) for r in X["rows"]]
    pdf.grid_table(rows, X["widths"], X["aligns"], size=8.5, line_height=4.4, head_fill=(235, 235, 235),
                   borders="ALL")
    pdf.ln(1)
    for label, amt in X["totals"]:
        pdf.f(9.5, "B")
        pdf.cell(pdf.epw - 40, 6, label, align="R")
        pdf.cell(40, 6, amt, align="R", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.f(9, "B")
    pdf.cell(0, 5, X["cond_title"], new_x="LMARGIN", new_y="NEXT")
    for i, c in enumerate(X["conditions"] + PO_STANDARD, 1):
        pdf.f(7.8)
        pdf.set_x(16)
        pdf.cell(6, 3.9, f"{i}.")
        pdf.multi_cell(0, 3.9, c, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(4)
    signature_pair(pdf, X["sig_left"], X["sig_right"], size=8.5)
    pdf.output(path)


def po_rows(f, cols, exts, M, qstyle="us"):
    """Build PO table rows from gold lines: cols is a list of callables/keys per line."""
    rows = []
    for i, (l, c, ext) in enumerate(zip(f["terms"]["line_items"], cols, exts)):
        rows.append([x(l) if callable(x) else x for x in c] + [M(ext, bare=True)])
    return rows


M_JPY = Money("\u00a5", dp=0)

_f = form("customer-po", 1, terms(
    customer_legal_name="Kobayashi Precision Industries Co., Ltd.", vendor_legal_name="Brightfen Analytics, Inc.",
    order_form_number="KP-2026-00318", billing_contact_email="ap-invoice@kobayashi-seimitsu.example",
    currency="JPY", effective_date="2026-03-18", service_start_date="2026-04-01", service_end_date="2027-03-31",
    payment_terms_days=60, billing_frequency="annual", billing_timing="advance", po_required=True,
    po_number="KP-2026-00318",
    line_items=[li("Brightfen Quality Analytics subscription", "BF-QA-SUB", "50", "66000", "year", None, "3300000"),
                li("Brightfen Edge Gateway licence", "BF-EGW", "4", "180000", "year", None, "720000"),
                li("Onsite setup support", "BF-SETUP", "1", "450000", "one_time", None, "450000")],
    total_contract_value="4470000"),
    derived={"term_months": {"value": 12, "rule": "2026-04-01 to 2027-03-31"}},
    dp=0,
    doc=dict(money=M_JPY, date_style="jp", color=(180, 30, 45), po_word="PO", po_title="PURCHASE ORDER",
             cust_addr="2-14-7 Shibaura, Minato-ku, Tokyo 108-0023, Japan\nTel +81 3 0000 5521",
             box=[("PO No.", "KP-2026-00318"), ("PO Date", "2026/03/18"), ("Buyer", "K. Ishida (Purchasing)"),
                  ("Currency", "JPY"), ("Payment Terms", "Net 60 days"), ("Vendor No.", "V-20417")],
             blocks=[("VENDOR", "Brightfen Analytics, Inc.\n88 Brannan Street\nSan Francisco, CA 94107\nUSA"),
                     ("INVOICE TO", "Kobayashi Precision Industries Co., Ltd.\nAccounts Payable Section\n"
                                    "ap-invoice@kobayashi-seimitsu.example"),
                     ("SERVICE RECIPIENT", "Quality Assurance Dept.\nAtsugi Plant\n4-1 Sakae-cho, Atsugi, "
                                           "Kanagawa")],
             period_label="Service Period", period_text="2026/04/01 - 2027/03/31",
             ref_line="Reference: Vendor quotation BF-Q-7731 dated 2026/02/27",
             headers=["No.", "Item / Description", "Qty", "Unit", "Unit Price (JPY)", "Amount (JPY)"],
             widths=(10, 80, 14, 24, 28, 28), aligns=("CENTER", "LEFT", "RIGHT", "CENTER", "RIGHT", "RIGHT"),
             totals=[("Total (excluding consumption tax)", "\u00a54,470,000")],
             cond_title="Terms and Conditions",
             conditions=["Vendor shall invoice the annual subscription and licence fees in advance at the start "
                         "of the Service Period, and the setup support on completion. Payment terms: net 60 days "
                         "from receipt of invoice.",
                         "Consumption tax is not included in the amounts above and will be paid in addition where "
                         "applicable."],
             sig_left=["Issued by: Kobayashi Precision Industries Co., Ltd.", "/s/ Kenji Ishida",
                       "Kenji Ishida, Manager, Purchasing"],
             sig_right=["Vendor acknowledgement: Brightfen Analytics, Inc.", "/s/ Marisol Guerra",
                        "Marisol Guerra, Contracts Manager   Date: 2026/03/20"]),
    deal=dict(deal_id="006-BA17F6", deal_name="Kobayashi Precision - Quality Analytics FY26",
              account_name="Kobayashi Precision Industries Co., Ltd.", close_date="2026-03-20", amount="4470000",
              billing_contact_email="ap-invoice@kobayashi-seimitsu.example"),
    description="Purchase order issued by a Japanese customer to a US SaaS vendor, in JPY (no decimals, amounts "
                "shown as whole yen). Lines: 50 x \u00a566,000 = \u00a53,300,000 a year; 4 gateways x \u00a5180,000 = "
                "\u00a5720,000 a year; onsite setup \u00a5450,000 one-time. Total excluding consumption tax "
                "\u00a54,470,000 = TCV (12-month service period). The PO number is both the document's own "
                "reference and the PO to quote (po_required true). Effective date = PO Date 2026/03/18 because "
                "condition 3 makes the PO effective on its PO Date. The service period is only given as two "
                "dates (2026/04/01 - 2027/03/31), so term_months is null and derived as 12. The vendor's "
                "quotation number is a distractor.",
    tags=["blind", BATCH, "layout:customer-po", "purchase-order", "jpy", "zero-decimals", "po-required",
          "derived-term", "one-time-fee", "jp-dates"])
_f["doc"]["rows"] = po_rows(_f, [["10", lambda l: l["description"] + "\n" + l["sku"], lambda l: fqty(l["quantity"]),
                                  "user-yr", lambda l: M_JPY(l["unit_price"], bare=True)],
                                 ["20", lambda l: l["description"] + "\n" + l["sku"], lambda l: fqty(l["quantity"]),
                                  "device-yr", lambda l: M_JPY(l["unit_price"], bare=True)],
                                 ["30", lambda l: l["description"] + "\n" + l["sku"], lambda l: fqty(l["quantity"]),
                                  "lot (one-time)", lambda l: M_JPY(l["unit_price"], bare=True)]],
                            ["3300000", "720000", "450000"], M_JPY)

# Hartwell: many lines -> the table runs across a page break
_hw_schools = [("Oak Hollow Elementary", "412", "3090.00", "10-2210-5400-101"),
               ("Cedar Run Elementary", "388", "2910.00", "10-2210-5400-102"),
               ("Millbrook Elementary", "455", "3412.50", "10-2210-5400-103"),
               ("Riverside Elementary", "301", "2257.50", "10-2210-5400-104"),
               ("Hartwell Middle School", "624", "4680.00", "10-2210-5400-201"),
               ("Lakeview Elementary", "276", "2070.00", "10-2210-5400-105"),
               ("Sugar Creek Elementary", "349", "2617.50", "10-2210-5400-106"),
               ("Northside Elementary", "233", "1747.50", "10-2210-5400-107"),
               ("Hartwell High School", "702", "5265.00", "10-2210-5400-301")]
_hw_lines = [li("Lumenpath Reading \u2014 " + s, "LP-RD-STU", q, "7.50", "year", None, amt)
             for s, q, amt, _ in _hw_schools]
_hw_lines += [li("Lumenpath Teacher Dashboard", "LP-TD", "96", "45.00", "year", None, "4320.00"),
              li("Lumenpath Reading Intervention Add-on", "LP-RIA", "350", "3.25", "year", None, "1137.50"),
              li("Professional Development Day (on-site)", "LP-PD", "2", "2400.00", "one_time", None, "4800.00"),
              li("Rostering Integration Setup", "LP-RIS", "1", "950.00", "one_time", None, "950.00")]
_hw_accts = [a for *_, a in _hw_schools] + ["10-2210-5400-300", "10-2210-5400-300", "10-2213-6100-000",
                                            "10-2500-6100-000"]
_hw_units = ["STUDENT/YR"] * 9 + ["TEACHER/YR", "STUDENT/YR", "DAY", "EACH"]
_f = form("customer-po", 2, terms(
    customer_legal_name="Hartwell County School District No. 7", vendor_legal_name="Lumenpath Learning, Inc.",
    order_form_number="260417-HCSD", billing_contact_email="accountspayable@hartwell7.example", currency="USD",
    effective_date="2026-04-17", service_start_date="2026-07-01", service_end_date="2027-06-30",
    payment_terms_days=30, billing_frequency="annual", billing_timing="advance", po_required=True,
    po_number="260417-HCSD", line_items=_hw_lines, total_contract_value="39257.50"),
    derived={"term_months": {"value": 12, "rule": "2026-07-01 to 2027-06-30"}},
    doc=dict(money=M_USD, date_style="us", color=(30, 90, 60), po_word="Purchase Order",
             po_title="PURCHASE ORDER",
             cust_addr="Business Office, 1200 Courthouse Square\nHartwell, GA 30643\n"
                       "Purchasing: purchasing@hartwell7.example",
             box=[("PO Number", "260417-HCSD"), ("PO Date", "April 17, 2026"), ("Fiscal Year", "FY2027"),
                  ("Buyer", "T. Mabry"), ("Terms", "Net 30"), ("Ship Via", "Electronic delivery")],
             blocks=[("VENDOR", "Lumenpath Learning, Inc.\n400 Washington Avenue N, Suite 700\n"
                                "Minneapolis, MN 55401\nVendor #: 001873"),
                     ("BILL TO", "Hartwell County School District No. 7\nAttn: Accounts Payable\n"
                                 "accountspayable@hartwell7.example"),
                     ("SHIP TO", "Curriculum & Instruction\n1200 Courthouse Square\nHartwell, GA 30643")],
             period_label="Period of Performance", period_text="July 1, 2026 through June 30, 2027",
             ref_line="Quote reference: LPL-2026-HC-03 (pricing per state cooperative contract GA-COOP-114)",
             headers=["Line", "Commodity / Service", "Qty", "Unit", "Unit Cost", "Line Amount"],
             widths=(11, 86, 14, 24, 22, 27), aligns=("CENTER", "LEFT", "RIGHT", "CENTER", "RIGHT", "RIGHT"),
             totals=[("PO TOTAL", "$39,257.50")],
             cond_title="District Terms and Conditions",
             conditions=["Vendor may invoice the full amount of this Purchase Order on or after July 1, 2026 "
                         "(annual subscription in advance). Professional development days are invoiced at the "
                         "same time and scheduled by the Curriculum office.",
                         "The District is exempt from sales tax (certificate on file).",
                         "Vendor shall comply with the District's Student Data Privacy Agreement dated March 2, "
                         "2026."],
             sig_left=["Approved: Hartwell County School District No. 7", "/s/ Teresa Mabry",
                       "Teresa Mabry, Purchasing Agent", "Date: April 17, 2026"],
             sig_right=["Approved (Finance)", "/s/ Alan Gorski", "Alan Gorski, Chief Financial Officer"]),
    deal=dict(deal_id="006-BA18B1", deal_name="Hartwell County SD7 - Reading FY27",
              account_name="Hartwell County School District No. 7", close_date="2026-04-17", amount="39257.50",
              billing_contact_email="accountspayable@hartwell7.example"),
    description="US school district purchase order to Lumenpath Learning with thirteen lines (nine per-school "
                "student licence lines, each with account code, requisition and funding source), so the line "
                "table runs onto the next page with its heading repeated. Student licences at $7.50 per student "
                "per year: 412 = $3,090.00, 388 = $2,910.00, 455 = $3,412.50, 301 = $2,257.50, 624 = $4,680.00, "
                "276 = $2,070.00, 349 = $2,617.50, 233 = $1,747.50, 702 = $5,265.00 (schools total $28,050.00); "
                "Teacher Dashboard 96 x $45.00 = $4,320.00; Intervention Add-on 350 x $3.25 = $1,137.50; one-time "
                "PD days 2 x $2,400.00 = $4,800.00 and rostering setup $950.00. PO TOTAL $39,257.50. One invoice in advance for the "
                "12-month period (billing annual/advance). Period of performance given only as dates, so "
                "term_months is derived. Effective date = PO Date (standard condition). The em-dash school "
                "suffix is part of each line's description as written.",
    tags=["blind", BATCH, "layout:customer-po", "purchase-order", "multi-page-table", "po-required",
          "one-time-fee", "derived-term", "many-lines"])
_f["doc"]["rows"] = [[str(i), l["description"] + "\nItem " + l["sku"] + "   Acct: " + a + "\nReq. R-26-%04d   "
                      "Funding: %s" % (3100 + i, "Title I" if i in (3, 4, 7) else "General Fund"), fqty(l["quantity"]),
                      u, M_USD(l["unit_price"], bare=True), M_USD(l["net_amount"], bare=True)]
                     for i, (l, a, u) in enumerate(zip(_hw_lines, _hw_accts, _hw_units), 1)]

M_USD_EU = Money("", style="eu")
_f = form("customer-po", 3, terms(
    customer_legal_name="Steinbach Pr\u00e4zisionsteile GmbH", vendor_legal_name="Cobaltway Software, Inc.",
    order_form_number="4500219876", billing_contact_email="rechnungseingang@steinbach-praezision.example",
    currency="USD", effective_date="2026-04-02", service_start_date="2026-05-01", service_end_date="2027-04-30",
    payment_terms_days=30, billing_frequency="quarterly", billing_timing="arrears", po_required=True,
    po_number="4500219876",
    line_items=[li("Cobaltway MES Connector \u2013 Plant Licence", "CW-MES-PL", "2", "14500.00", "year", None,
                   "29000.00"),
                li("Cobaltway Operator Seats", "CW-OPS", "140", "210.00", "year", "12", "25872.00")],
    total_contract_value="54872.00",
    non_standard_terms=["2% early-payment discount (Skonto) if an invoice is paid within 14 days"]),
    derived={"term_months": {"value": 12, "rule": "2026-05-01 to 2027-04-30"}},
    doc=dict(money=M_USD_EU, date_style="dot", color=(0, 84, 147), po_word="Bestellung", paper="A4",
             po_title="BESTELLUNG / PURCHASE ORDER",
             cust_addr="Industriestra\u00dfe 21, 73430 Aalen, Deutschland\nEinkauf / Purchasing: "
                       "einkauf@steinbach-praezision.example",
             box=[("Bestell-Nr. / PO No.", "4500219876"), ("Datum / Date", "02.04.2026"),
                  ("Eink\u00e4ufer / Buyer", "J. Wendler"), ("W\u00e4hrung / Currency", "USD"),
                  ("Lieferanten-Nr.", "700482"), ("Zahlung / Payment", "30 Tage netto")],
             blocks=[("LIEFERANT / VENDOR", "Cobaltway Software, Inc.\n2 PPG Place, Suite 300\n"
                                            "Pittsburgh, PA 15222\nUSA"),
                     ("RECHNUNG AN / INVOICE TO", "Steinbach Pr\u00e4zisionsteile GmbH\nKreditorenbuchhaltung\n"
                                                  "rechnungseingang@steinbach-praezision.example"),
                     ("LEISTUNGSEMPF\u00c4NGER", "Werk Aalen, Fertigungssteuerung\nIndustriestra\u00dfe 21\n"
                                                  "73430 Aalen")],
             period_label="Leistungszeitraum / Service period", period_text="01.05.2026 - 30.04.2027",
             ref_line="Ihr Angebot / Your quote: CW-2026-0388 vom 18.03.2026",
             headers=["Pos.", "Bezeichnung / Description", "Menge / Qty", "ME / UoM", "Preis / Unit Price",
                      "Rabatt / Disc.", "Wert / Ext. Value"],
             widths=(11, 62, 16, 20, 24, 17, 26),
             aligns=("CENTER", "LEFT", "RIGHT", "CENTER", "RIGHT", "CENTER", "RIGHT"),
             rows=[["10", "Cobaltway MES Connector \u2013 Plant Licence\nArt.-Nr. CW-MES-PL", "2", "Werk/Jahr",
                    "14.500,00", "-", "29.000,00"],
                   ["20", "Cobaltway Operator Seats\nArt.-Nr. CW-OPS", "140", "Platz/Jahr", "210,00", "12 %",
                    "25.872,00"]],
             totals=[("Gesamtwert / Total value (USD, zzgl. USt.)", "54.872,00")],
             cond_title="Bedingungen / Conditions",
             conditions=["Abrechnung quartalsweise nachtr\u00e4glich / Invoicing quarterly in arrears, one quarter "
                         "of the annual values per invoice.",
                         "Zahlung innerhalb 30 Tagen netto; 2 % Skonto bei Zahlung innerhalb 14 Tagen. / Payment "
                         "30 days net; 2% early-payment discount if paid within 14 days.",
                         "Unit prices are per plant per year and per seat per year."],
             sig_left=["Steinbach Pr\u00e4zisionsteile GmbH - Einkauf", "/s/ Jonas Wendler",
                       "Jonas Wendler, Strategischer Einkauf"],
             sig_right=["Steinbach Pr\u00e4zisionsteile GmbH - Freigabe", "/s/ Dr. Ulrike Haas",
                        "Dr. Ulrike Haas, Leitung Produktion"]),
    deal=dict(deal_id="006-BA19C7", deal_name="Steinbach Praezisionsteile - MES Connector",
              account_name="Steinbach Praezisionsteile GmbH", close_date="2026-04-02", amount="54872.00",
              billing_contact_email="rechnungseingang@steinbach-praezision.example"),
    description="Bilingual German/English purchase order from a German manufacturer to a US vendor, priced in USD "
                "but written with German number format ('14.500,00') and dotted dates (01.05.2026). Lines: 2 "
                "plant licences x 14,500.00 = 29,000.00 a year; 140 operator seats x 210.00 = 29,400.00 less "
                "12% = 25,872.00. Total 54,872.00 = TCV for the 12-month service period (dates only, so "
                "term_months derived). Invoicing quarterly in arrears; 30 days net; the 2% Skonto for payment "
                "within 14 days is flagged as non-standard. Effective date = PO date 02.04.2026 per standard "
                "condition. The CRM spells the name without the umlaut (system transliteration, not a deliberate "
                "mismatch).",
    tags=["blind", BATCH, "layout:customer-po", "purchase-order", "bilingual", "eu-number-format", "dotted-dates",
          "quarterly", "arrears", "discount", "early-payment-discount", "derived-term"])

M_CAD_CH = Money("", style="ch")
_f = form("customer-po", 4, terms(
    customer_legal_name="Alpenrose Medtech AG", vendor_legal_name="Tallgrass Compliance Inc.",
    order_form_number="AR-PO-10442", billing_contact_email="ap@alpenrose-medtech.example", currency="CAD",
    effective_date="2026-01-05", service_start_date="2026-01-15", service_end_date="2027-01-14", term_months=12,
    payment_terms_days=30, billing_frequency="monthly", billing_timing="arrears", po_required=True,
    po_number="AR-PO-10442",
    line_items=[li("Regulatory Submission Tracker", "TG-RST", "1", "3250.00", "month", None, "3250.00"),
                li("Document Control API", "TG-DCA", "1", "1100.00", "month", None, "1100.00")],
    total_contract_value="52200.00",
    usage_rules=[usage("API calls", "call", "20000", "month", "per_unit", [(None, "0.05")], "monthly",
                       "arrears")]),
    doc=dict(money=M_CAD_CH, date_style="iso", color=(200, 16, 46), po_word="PO", paper="A4",
             po_title="PURCHASE ORDER",
             cust_addr="Baarerstrasse 90, 6300 Zug, Switzerland\nprocurement@alpenrose-medtech.example",
             box=[("PO Number", "AR-PO-10442"), ("PO Date", "2026-01-05"), ("Requester", "R. Imhof, QA/RA"),
                  ("Currency", "CAD"), ("Payment Terms", "30 days net"), ("Cost Centre", "4120 RA")],
             blocks=[("SUPPLIER", "Tallgrass Compliance Inc.\n335 8 Avenue SW, Suite 1500\nCalgary, AB T2P 1C9\n"
                                  "Canada"),
                     ("INVOICE TO", "Alpenrose Medtech AG\nKreditoren / Accounts Payable\n"
                                    "ap@alpenrose-medtech.example"),
                     ("USERS", "Regulatory Affairs\nAlpenrose Medtech AG\nZug")],
             period_label="Subscription period", period_text="2026-01-15 to 2027-01-14 (12 months)",
             ref_line="Supplier offer: TG-OFF-2025-212",
             headers=["Pos", "Leistung / Service", "Qty", "Unit", "Rate", "Monthly Amount"],
             widths=(11, 84, 12, 26, 24, 27), aligns=("CENTER", "LEFT", "RIGHT", "CENTER", "RIGHT", "RIGHT"),
             rows=[["1", "Regulatory Submission Tracker \u2013 monthly subscription\nSKU TG-RST", "1", "service/month",
                    "3'250.00", "3'250.00"],
                   ["2", "Document Control API \u2013 monthly subscription\nSKU TG-DCA", "1", "service/month",
                    "1'100.00", "1'100.00"]],
             totals=[("Monthly total (CAD)", "4'350.00"), ("Total PO value, 12 months (CAD)", "52'200.00")],
             cond_title="Conditions",
             conditions=["Supplier shall invoice monthly in arrears for the services delivered in the previous "
                         "month. Payment 30 days net.",
                         "Document Control API includes 20'000 API calls per month. Additional calls are charged "
                         "at CAD 0.05 per call and invoiced monthly in arrears with the subscription. Usage charges "
                         "are not included in the PO value and are approved up to CAD 6'000.00 in total."],
             sig_left=["Alpenrose Medtech AG", "/s/ Regula Imhof", "Regula Imhof, Head of Regulatory Affairs"],
             sig_right=["Alpenrose Medtech AG", "/s/ Beat Zwyssig", "Beat Zwyssig, CFO"]),
    deal=dict(deal_id="006-BA20A2", deal_name="Alpenrose Medtech - Submission Tracker",
              account_name="Alpenrose Medtech AG", close_date="2026-01-05", amount="52200.00",
              billing_contact_email="ap@alpenrose-medtech.example"),
    description="Swiss customer's purchase order to a Canadian vendor in CAD, with Swiss number format "
                "(3'250.00) and ISO dates. Two monthly subscriptions, each 1 x rate: 3,250.00 and 1,100.00 a month "
                "(descriptions carry the period note '- monthly subscription', dropped in the gold). Monthly "
                "total 4,350.00; stated 12-month PO value 52,200.00 = 12 x 4,350 = TCV. Monthly in arrears, 30 "
                "days net. Usage: 20,000 API calls a month included, then CAD 0.05 per call, monthly in arrears; "
                "the CAD 6,000 usage approval cap is a spending limit, not a minimum commitment. Effective date = "
                "PO date (standard condition).",
    tags=["blind", BATCH, "layout:customer-po", "purchase-order", "swiss-number-format", "cad", "monthly",
          "arrears", "usage", "po-required"])


# ============================================================================================
# Layout 6: reseller-order -- Harbourline Solutions Inc. (Montreal) bilingual reseller order form;
# the reseller is the contracting/invoicing party, the software publisher is only named
# ============================================================================================
HL_TEAL = (0, 110, 120)


def build_reseller(f, path):
    T, X = f["terms"], f["doc"]
    M, ds, ns = X["money"], X["date_style"], X.get("num_style", "us")
    pdf = Doc(fmt="letter", margins=(16, 14, 16), bottom=16,
              footer="Harbourline Solutions Inc.  -  1250, boul. Ren\u00e9-L\u00e9vesque Ouest, bureau 2200, "
                     "Montr\u00e9al (Qu\u00e9bec) H3B 4W8  -  TPS/GST 78120 4410 RT0001  -  TVQ/QST 1224019876 "
                     "TQ0001  -  {p}/{nb}")
    pdf.add_page()
    pdf.set_text_color(*HL_TEAL)
    pdf.f(20, "B")
    pdf.cell(90, 9, "HARBOURLINE")
    pdf.f(10, "B")
    pdf.set_text_color(60, 60, 60)
    pdf.set_xy(110, 14)
    pdf.multi_cell(90, 5, "BON DE COMMANDE REVENDEUR\nRESELLER ORDER FORM", align="R", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_xy(16, 23)
    pdf.f(8)
    pdf.cell(80, 4, "Solutions infonuagiques / Cloud solutions")
    pdf.set_xy(110, 25)
    pdf.f(10)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(90, 5, "No / No.: " + T["order_form_number"], align="R")
    pdf.set_y(33)
    pdf.set_fill_color(*HL_TEAL)
    pdf.rect(16, 33, pdf.epw, 0.8, "F")
    pdf.ln(3)
    pdf.para("\u00c9diteur du logiciel / Software publisher: " + X["publisher"] + "\nHarbourline Solutions Inc. "
             "agit comme revendeur autoris\u00e9 et facture le Client directement. / Harbourline Solutions Inc. acts "
             "as authorised reseller and invoices the Customer directly.", size=8, h=4, align="L")
    pdf.ln(2)
    y0 = pdf.get_y()
    colw = (pdf.epw - 6) / 2
    for i, (head, body) in enumerate([("REVENDEUR / RESELLER",
                                       "Harbourline Solutions Inc.\n1250, boul. Ren\u00e9-L\u00e9vesque Ouest, "
                                       "bureau 2200\nMontr\u00e9al (Qu\u00e9bec) H3B 4W8\nContact: " + X["rep"]),
                                      ("CLIENT / CUSTOMER", T["customer_legal_name"] + "\n" + X["cust_addr"])]):
        x = 16 + i * (colw + 6)
        pdf.set_xy(x, y0)
        pdf.set_fill_color(228, 242, 243)
        pdf.f(8, "B")
        pdf.cell(colw, 6, "  " + head, fill=True, new_x="LEFT", new_y="NEXT")
        pdf.f(9)
        pdf.multi_cell(colw, 4.5, body, new_x="LEFT", new_y="NEXT", padding=(1, 2, 1, 2))
    pdf.set_y(y0 + 34)
    # key field grid, two columns
    fields = X["fields"]
    half = (len(fields) + 1) // 2
    y = pdf.get_y()
    for i, (lab, val) in enumerate(fields):
        col, row = divmod(i, half)
        x = 16 + col * (colw + 6)
        pdf.set_xy(x, y + row * 10)
        pdf.f(6.8, "B")
        pdf.set_text_color(*HL_TEAL)
        pdf.cell(colw, 3.6, lab.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.f(9)
        pdf.cell(colw, 5, val)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(x, y + row * 10 + 9.2, x + colw, y + row * 10 + 9.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + half * 10 + 4)
    has_period = any(l["start_date"] for l in T["line_items"])
    head = ["R\u00e9f. / Ref", "Offre / Offering"] + (["P\u00e9riode / Period"] if has_period else []) + \
           ["Qt\u00e9 / Qty", "PDSF / MSRP", "Remise / Disc.", "Montant / Amount"]
    rows = [head]
    for l, note in zip(T["line_items"], X["line_notes"]):
        r = [l["sku"], l["description"] + (("\n" + note) if note else "")]
        if has_period:
            r.append((fdate(l["start_date"], ds) + " -\n" + fdate(l["end_date"], ds)) if l["start_date"] else
                     "unique / one-time")
        r += [fqty(l["quantity"], ns), M(l["unit_price"]),
              (fqty(l["discount_percent"], ns) + " %") if l["discount_percent"] else "\u2014", M(l["net_amount"])]
        rows.append(r)
    widths = (24, 58, 32, 14, 22, 16, 26) if has_period else (26, 80, 14, 24, 16, 26)
    aligns = ("LEFT", "LEFT") + (("CENTER",) if has_period else ()) + ("RIGHT", "RIGHT", "CENTER", "RIGHT")
    pdf.grid_table(rows, widths, aligns, size=8.5, line_height=4.4, head_fill=HL_TEAL, head_color=(255, 255, 255),
                   borders="HORIZONTAL_LINES")
    pdf.ln(1)
    pdf.para(X["table_note"], size=7.5, style="I", h=3.8, align="L")
    pdf.ln(1)
    for label, amt in X["totals"]:
        pdf.f(9.5, "B")
        pdf.cell(pdf.epw - 42, 6, label, align="R")
        pdf.cell(42, 6, M(amt), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.f(9, "B")
    pdf.set_text_color(*HL_TEAL)
    pdf.cell(0, 5, "CONDITIONS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for c in X["conditions"] + HL_STANDARD:
        pdf.f(8)
        pdf.set_x(18)
        pdf.cell(4, 4, "-")
        pdf.multi_cell(0, 4, c, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    if pdf.get_y() > pdf.h - 50:
        pdf.add_page()
    pdf.ln(4)
    signature_pair(pdf, ["Pour / For Harbourline Solutions Inc."] + X["sig_vendor"],
                   ["Pour / For " + T["customer_legal_name"]] + X["sig_cust"], size=8.5)
    pdf.output(path)


HL_STANDARD = [
    "Taxes (TPS/TVQ, TVH / GST/QST, HST) en sus / Taxes are extra and shown separately on invoices.",
    "Le Client accepte les conditions d'utilisation de l'\u00e9diteur pour l'utilisation du logiciel; les "
    "conditions commerciales de ce bon de commande (prix, facturation, paiement) lient uniquement Harbourline et "
    "le Client. / Customer accepts the publisher's end-user terms for use of the software; the commercial terms "
    "of this order bind only Harbourline and the Customer.",
    "Le soutien de premier niveau est fourni par Harbourline. / First-line support is provided by Harbourline.",
]

M_CAD_FR = Money("", " $", style="fr")

form("reseller-order", 1, terms(
    customer_legal_name="Boulangeries L\u00e9vesque inc.", vendor_legal_name="Harbourline Solutions Inc.",
    order_form_number="HS-2026-0091", billing_contact_email="comptes.fournisseurs@boulangerieslevesque.example",
    currency="CAD", effective_date="2026-02-16", service_start_date="2026-03-01", service_end_date="2027-02-28",
    term_months=12, auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Skyloom Workforce Suite \u2013 Plan Pro", "SKL-WFS-PRO", "60", "180.00", "year", "10",
                   "9720.00"),
                li("Skyloom Timeclock Kiosk licence", "SKL-TCK", "8", "240.00", "year", None, "1920.00")],
    total_contract_value="11640.00"),
    doc=dict(money=M_CAD_FR, num_style="fr", date_style="iso", publisher="Skyloom Software Corp.",
             rep="\u00c9lodie Gagnon", cust_addr="455, rue des Forges\nTrois-Rivi\u00e8res (Qu\u00e9bec) G9A 2H2",
             fields=[("Date d'entr\u00e9e en vigueur / Effective Date", "2026-02-16"),
                     ("D\u00e9but / Start", "2026-03-01"), ("Fin / Ends", "2027-02-28"),
                     ("Dur\u00e9e / Term", "12 mois / 12 months"),
                     ("Facturation / Billing", "Annuelle, \u00e0 l'avance / Annually in advance"),
                     ("Paiement / Payment", "Net 30 jours / Net 30 days"),
                     ("Devise / Currency", "Dollars canadiens (CAD)"),
                     ("Comptes fournisseurs / AP e-mail", "comptes.fournisseurs@boulangerieslevesque.example")],
             line_notes=[None, None],
             table_note="PDSF = prix de d\u00e9tail sugg\u00e9r\u00e9 par unit\u00e9 et par an; Montant = montant annuel "
                        "apr\u00e8s remise. / MSRP = suggested retail price per unit per year; Amount = annual amount "
                        "after discount.",
             totals=[("Total de la commande / Order total", "11640.00")],
             conditions=["Renouvellement automatique pour des p\u00e9riodes successives de 12 mois, sauf avis de "
                         "non-renouvellement d'au moins 60 jours avant la fin de la p\u00e9riode en cours. / Renews "
                         "automatically for successive 12-month periods unless notice of non-renewal is given at "
                         "least 60 days before the end of the current period."],
             sig_vendor=["/s/ \u00c9lodie Gagnon", "\u00c9lodie Gagnon, directrice des ventes",
                         "Date: 2026-02-16"],
             sig_cust=["/s/ Marc-Andr\u00e9 L\u00e9vesque", "Marc-Andr\u00e9 L\u00e9vesque, pr\u00e9sident",
                       "Date: 2026-02-13"]),
    deal=dict(deal_id="006-BA21E5", deal_name="Boulangeries Levesque - Skyloom WFS",
              account_name="Boulangeries L\u00e9vesque inc.", close_date="2026-02-16", amount="11640.00",
              billing_contact_email="comptes.fournisseurs@boulangerieslevesque.example"),
    description="Bilingual French/English reseller order from Harbourline Solutions Inc. (Montreal), which is the "
                "contracting and invoicing party; Skyloom Software Corp. is only named as the software publisher, "
                "so vendor_legal_name is Harbourline. French-Canadian number format with the symbol after the "
                "amount ('9 720,00 $'). Plan Pro 60 x 180,00 = 10 800,00 less 10 % = 9 720,00; Kiosk 8 x 240,00 = "
                "1 920,00; order total 11 640,00 $ = TCV for the 12-month term. Auto-renewal 12 months with 60 "
                "days' notice (bilingual condition).",
    tags=["blind", BATCH, "layout:reseller-order", "reseller", "bilingual", "fr-ca-number-format", "cad",
          "discount", "publisher-distractor"])

form("reseller-order", 2, terms(
    customer_legal_name="Rideau Valley Dental Group Inc.", vendor_legal_name="Harbourline Solutions Inc.",
    order_form_number="HS-2026-0137", currency="CAD",
    effective_date="2026-04-20", service_start_date="2026-05-01", service_end_date="2029-04-30", term_months=36,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Skyloom Clinic Scheduler", "SKL-CLS", "20", "300.00", "year", None, "6000.00", "2026-05-01",
                   "2027-04-30"),
                li("Skyloom Clinic Scheduler", "SKL-CLS", "30", "300.00", "year", None, "9000.00", "2027-05-01",
                   "2028-04-30"),
                li("Skyloom Clinic Scheduler", "SKL-CLS", "40", "300.00", "year", None, "12000.00", "2028-05-01",
                   "2029-04-30"),
                li("Data conversion", "SKL-DCV", "1", "1250.00", "one_time", None, "1250.00")],
    total_contract_value="28250.00"),
    doc=dict(money=M_CAD, date_style="us", publisher="Skyloom Software Corp.", rep="Owen MacPhail",
             cust_addr="1800 Merivale Road, Suite 12\nOttawa, Ontario K2G 1E6",
             fields=[("Effective Date", "April 20, 2026"), ("Start", "May 1, 2026"), ("Ends", "April 30, 2029"),
                     ("Term", "36 months (quantities ramp each year)"),
                     ("Billing", "Annually in advance"), ("Payment", "Net 30"),
                     ("Currency", "Canadian dollars"), ("Customer contact", "Dr. Anita Beaulieu")],
             line_notes=[None, None, None, "one-time"],
             table_note="MSRP is the price per licence per year. Each Clinic Scheduler row is one year of the ramp; "
                        "Amount is that year's fee.",
             totals=[("Total, 36-month term", "28250.00")],
             conditions=["Renews automatically for 12-month periods at the Year 3 quantity unless either party "
                         "gives 30 days' notice before the end of the term."],
             sig_vendor=["/s/ Owen MacPhail", "Owen MacPhail, Account Manager", "Date: April 20, 2026"],
             sig_cust=["/s/ Anita Beaulieu", "Dr. Anita Beaulieu, Managing Dentist", "Date: April 18, 2026"]),
    deal=dict(deal_id="006-BA22B0", deal_name="Rideau Valley Dental - Clinic Scheduler ramp",
              account_name="Rideau Valley Dental Group Inc.", close_date="2026-04-20", amount="28250.00",
              billing_contact_email="abeaulieu@rideauvalleydental.example"),
    description="Harbourline reseller order (English values, bilingual labels) with a 3-year quantity ramp shown "
                "as one table row per year with a Period column: 20, 30 and 40 licences at C$300.00 per year = "
                "6,000.00, 9,000.00 and 12,000.00, each a separate line item with its own start/end dates, plus "
                "one-time Data conversion 1,250.00. Stated 36-month total C$28,250.00. Currency given as the word "
                "'Canadian dollars' and the C$ symbol. The form gives no invoice e-mail (the CRM's contact e-mail "
                "is not gold). Vendor is the reseller Harbourline; Skyloom is only the publisher.",
    tags=["blind", BATCH, "layout:reseller-order", "reseller", "ramp", "cad", "currency-word", "one-time-fee",
          "publisher-distractor"])

form("reseller-order", 3, terms(
    customer_legal_name="Orchard Lane Property Management Ltd.", vendor_legal_name="Harbourline Solutions Inc.",
    order_form_number="HS-2026-0164", billing_contact_email="payables@orchardlanepm.example", currency="USD",
    effective_date="2026-03-18", service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12,
    payment_terms_days=15, billing_frequency="quarterly", billing_timing="advance", po_required=True,
    po_number="OL-5521",
    line_items=[li("Skyloom Tenant Portal", "SKL-TP", "1500", "14.40", "year", "5", "20520.00"),
                li("Skyloom Maintenance Requests", "SKL-MR", "1500", "3.00", "year", "5", "4275.00")],
    total_contract_value="24795.00", late_fee_percent_per_month="1.5"),
    doc=dict(money=Money("US$"), date_style="dmy", publisher="Skyloom Software Corp.", rep="Owen MacPhail",
             cust_addr="2250 Granville Street, Suite 400\nVancouver, BC V6H 3G2",
             fields=[("Effective Date", "18-Mar-26"), ("Start", "1-Apr-26"), ("Ends", "31-Mar-27"),
                     ("Term", "12 months"), ("Billing", "Quarterly in advance"), ("Payment", "Net 15"),
                     ("Currency", "US dollars (USD)"), ("Customer PO", "OL-5521"),
                     ("AP e-mail", "payables@orchardlanepm.example")],
             line_notes=["per rental unit (door)", "per rental unit (door)"],
             table_note="MSRP is per door per year; Amount is the annual amount after discount, invoiced in four "
                        "quarterly instalments.",
             totals=[("Order total (12 months)", "24795.00")],
             conditions=["All invoices must show Customer PO OL-5521.",
                         "Overdue balances bear interest at 1.5% per month.",
                         "Prices are in US dollars as quoted by the publisher; no currency conversion applies."],
             sig_vendor=["/s/ Owen MacPhail", "Owen MacPhail, Account Manager", "Date: 18-Mar-26"],
             sig_cust=["/s/ Priscilla Chu", "Priscilla Chu, Controller", "Date: 17-Mar-26"]),
    deal=dict(deal_id="006-BA23D3", deal_name="Orchard Lane PM - Tenant Portal",
              account_name="Orchard Lane Property Management Ltd.", close_date="2026-03-18", amount="24795.00",
              billing_contact_email="payables@orchardlanepm.example"),
    description="Harbourline reseller order for a Vancouver property manager, priced in US dollars (US$), short "
                "dates like 1-Apr-26. Tenant Portal 1,500 doors x US$14.40 = 21,600.00 less 5% = 20,520.00; "
                "Maintenance Requests 1,500 x 3.00 = 4,500.00 less 5% = 4,275.00; order total 24,795.00 for 12 "
                "months. Quarterly in advance, Net 15, 1.5% monthly late interest, invoices must show PO OL-5521. "
                "Renewal is not mentioned (auto_renew null).",
    tags=["blind", BATCH, "layout:reseller-order", "reseller", "usd", "quarterly", "discount", "po-required",
          "late-fee", "short-dates"])

form("reseller-order", 4, terms(
    customer_legal_name="Thunder Bay Aggregates Ltd.", vendor_legal_name="Harbourline Solutions Inc.",
    order_form_number="HS-2026-0229", billing_contact_email="ap@tbaggregates.example", currency="CAD",
    effective_date="2026-09-14", service_start_date="2026-10-01", service_end_date="2028-09-30", term_months=24,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Skyloom Field Crew", "SKL-FC", "35", "264.00", "year", "15", "7854.00"),
                li("Skyloom Equipment Telematics", "SKL-ET", "12", "420.00", "year", None, "5040.00")],
    total_contract_value="25788.00",
    non_standard_terms=["Renewal price cap: renewal prices will not exceed the publisher's MSRP less 10%"]),
    doc=dict(money=M_CAD, date_style="iso", publisher="Skyloom Software Corp.", rep="\u00c9lodie Gagnon",
             cust_addr="1450 Dawson Road\nThunder Bay, Ontario P7G 1H8",
             fields=[("Effective Date", "2026-09-14"), ("Start", "2026-10-01"), ("Ends", "2028-09-30"),
                     ("Term", "24 months"), ("Billing", "Annually in advance"), ("Payment", "Net 30"),
                     ("Currency", "CAD"), ("AP e-mail", "ap@tbaggregates.example")],
             line_notes=["per crew member", "per machine"],
             table_note="MSRP per unit per year; Amount = annual amount after discount. The same annual amounts "
                        "apply in both years.",
             totals=[("Annual amount", "12894.00"), ("Total, 24-month term", "25788.00")],
             conditions=["Renews automatically for 12-month periods unless either party gives 90 days' written "
                         "notice.",
                         "Price protection: on renewal, prices will not exceed the publisher's then-current MSRP "
                         "less 10%."],
             sig_vendor=["/s/ \u00c9lodie Gagnon", "\u00c9lodie Gagnon, Sales Director", "Date: 2026-09-14"],
             sig_cust=["/s/ Walter Niemi", "Walter Niemi, General Manager", "Date: 2026-09-11"]),
    deal=dict(deal_id="006-BA24A8", deal_name="Thunder Bay Aggregates - Field Crew",
              account_name="Thunder Bay Aggregates Ltd.", close_date="2026-09-14", amount="12894.00",
              billing_contact_email="ap@tbaggregates.example"),
    deal_differs=True,
    deal_lines=[dict(sku="SKL-FC", name="Skyloom Field Crew", quantity="35", unit_price="264.00", total="7854.00"),
                dict(sku="SKL-ET", name="Skyloom Equipment Telematics", quantity="12", unit_price="420.00",
                     total="5040.00")],
    description="Harbourline reseller order, 24 months, annual in advance. Field Crew 35 x C$264.00 = 9,240.00 less "
                "15% = 7,854.00; Telematics 12 x 420.00 = 5,040.00; annual 12,894.00 and stated 24-month total "
                "C$25,788.00 = TCV. Auto-renew 12 months, 90 days' notice; the renewal price cap is non-standard. "
                "DELIBERATE CRM MISMATCH: the deal amount is 12,894.00 (first-year value only) instead of the "
                "25,788.00 the form bills over the term.",
    tags=["blind", BATCH, "layout:reseller-order", "reseller", "cad", "multi-year", "discount",
          "crm-amount-mismatch", "price-cap"])


# ============================================================================================
# Layout 7: renewal-order -- Ostrander Cloud, Inc. renewal order (prior vs renewal quantities/rates)
# ============================================================================================
OC_NAVY = (24, 38, 74)
OC_ORANGE = (232, 116, 34)


def build_renewal(f, path):
    T, X = f["terms"], f["doc"]
    M, ds = X["money"], X["date_style"]
    pdf = Doc(fmt="letter", margins=(15, 14, 15), bottom=16,
              footer="Ostrander Cloud, Inc.  |  1700 Wynkoop Street, Suite 500, Denver, CO 80202  |  "
                     "Renewal Order " + T["order_form_number"] + "  |  page {p} of {nb}")
    pdf.add_page()
    pdf.set_fill_color(*OC_NAVY)
    pdf.rect(0, 0, pdf.w, 26, "F")
    pdf.set_fill_color(*OC_ORANGE)
    pdf.rect(0, 26, pdf.w, 1.5, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 8)
    pdf.f(17, "B")
    pdf.cell(100, 8, "OSTRANDER CLOUD")
    pdf.set_xy(110, 7)
    pdf.f(15, "B")
    pdf.cell(91, 7, "RENEWAL ORDER FORM", align="R")
    pdf.set_xy(110, 15)
    pdf.f(9)
    pdf.cell(91, 5, T["order_form_number"], align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(34)
    # renewal banner
    pdf.set_fill_color(253, 238, 224)
    pdf.f(11, "B")
    pdf.multi_cell(0, 7, "  Renewal Term: " + X["renewal_term_text"], fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    info = [("Customer", T["customer_legal_name"]), ("Customer address", X["cust_addr"]),
            ("Renews order", X["prior_order"]), ("Effective Date", fdate(T["effective_date"], ds)),
            ("Billing", X["billing_text"]), ("Payment terms", X["payment_text"])]
    if T["billing_contact_email"]:
        info.append(("Invoice contact", T["billing_contact_email"]))
    info += X.get("extra_info", [])
    colw = (pdf.epw - 6) / 2
    yrow = pdf.get_y()
    for r in range(0, len(info), 2):
        ymax = yrow
        for c, (k, v) in enumerate(info[r:r + 2]):
            x = 15 + c * (colw + 6)
            pdf.set_xy(x, yrow)
            pdf.f(7, "B")
            pdf.set_text_color(*OC_ORANGE)
            pdf.cell(colw, 3.5, k.upper(), new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.f(9)
            pdf.multi_cell(colw, 4.2, v, new_x="LEFT", new_y="NEXT")
            ymax = max(ymax, pdf.get_y())
        yrow = ymax + 2.5
    pdf.set_y(yrow + 3)
    pdf.f(11, "B")
    pdf.set_text_color(*OC_NAVY)
    pdf.cell(0, 6, "Subscriptions being renewed", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    rows = [("SKU", "Subscription", "Prior Qty", "Renewal Qty", "Prior Rate", "Renewal Rate", "Disc.",
             "Extended Fee")]
    for l, (pq, pr, ext) in zip(T["line_items"], X["prior"]):
        assert D(ext) in (line_net(l), line_term_value(f, l)), (f["id"], ext)
        assert l["net_amount"] is None or D(ext) == D(l["net_amount"]), (f["id"], ext)
        rows.append((l["sku"], l["description"], pq, fqty(l["quantity"]), M(pr) if pr != "-" else "-",
                     M(l["unit_price"]),
                     (l["discount_percent"] + "%") if l["discount_percent"] else "", M(ext)))
    pdf.grid_table(rows, (24, 46, 15, 17, 21, 22, 12, 26),
                   ("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER", "RIGHT"), size=8.3,
                   line_height=4.4, head_fill=OC_NAVY, head_color=(255, 255, 255), borders="HORIZONTAL_LINES",
                   cell_fill=(246, 247, 250))
    pdf.ln(1)
    pdf.para(X["table_note"], size=7.5, style="I", h=3.8, align="L")
    pdf.ln(1)
    for label, amt in X["totals"]:
        pdf.f(10, "B")
        pdf.cell(pdf.epw - 40, 6, label, align="R")
        pdf.cell(40, 6, M(amt), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.f(11, "B")
    pdf.set_text_color(*OC_NAVY)
    pdf.cell(0, 6, "Renewal terms", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for i, t in enumerate(X["terms_text"] + OC_STANDARD, 1):
        pdf.f(8.8)
        pdf.set_x(15)
        pdf.cell(7, 4.4, f"{i}.")
        pdf.multi_cell(0, 4.4, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.7)
    if pdf.get_y() > pdf.h - 55:
        pdf.add_page()
    pdf.ln(5)
    signature_pair(pdf, [T["customer_legal_name"]] + X["sig_cust"], ["Ostrander Cloud, Inc."] + X["sig_vendor"])
    pdf.output(path)


OC_STANDARD = [
    "Except as changed by this Renewal Order, the Ostrander Cloud Master Services Agreement and the renewed order "
    "continue to apply.",
    "Quantities may be increased during the Renewal Term at the Renewal Rate, prorated; quantities may not be "
    "reduced during the Renewal Term.",
    "Fees exclude taxes. Ostrander Cloud will add applicable sales tax to invoices.",
]

form("renewal-order", 1, terms(
    customer_legal_name="Fernhollow Media Group, Inc.", vendor_legal_name="Ostrander Cloud, Inc.",
    order_form_number="RO-27-0045", billing_contact_email="ap@fernhollowmedia.example", currency="USD",
    effective_date="2026-12-10", service_start_date="2027-02-01", service_end_date="2028-01-31", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Ostrander Collaborate Standard", "OC-COL-STD", "165", "88.20", "year", None, "14553.00"),
                li("Archive Vault 1 TB", "OC-ARC-1T", "3", "1260.00", "year", None, "3780.00")],
    total_contract_value="18333.00", price_escalator_percent="5"),
    doc=dict(money=M_USD, date_style="us", cust_addr="500 Lantern Street, Nashville, TN 37203",
             renewal_term_text="February 1, 2027 - January 31, 2028 (12 months)",
             prior_order="OF-2026-0112 (term February 1, 2026 - January 31, 2027)",
             billing_text="Annually in advance", payment_text="Net 30",
             prior=[("150", "84.00", "14553.00"), ("2", "1200.00", "3780.00")],
             table_note="Rates are per user (or per vault) per year. Renewal Rates include the 5% annual uplift "
                        "under the Master Services Agreement. Extended Fee = Renewal Qty x Renewal Rate, less any "
                        "discount, for the 12-month Renewal Term.",
             totals=[("Renewal Total", "18333.00")],
             terms_text=["Rates increase by 5% at each annual renewal; the Renewal Rates above already reflect "
                         "this uplift.",
                         "After this Renewal Term the subscriptions renew for further 12-month terms unless either "
                         "party gives written notice of non-renewal at least 30 days before the end of the term."],
             sig_cust=["/s/ Jonah Albright", "Name: Jonah Albright", "Title: COO", "Date: December 9, 2026"],
             sig_vendor=["/s/ Kelsey Varga", "Name: Kelsey Varga", "Title: Renewals Manager",
                         "Date: December 10, 2026"]),
    deal=dict(deal_id="006-BA25C6", deal_name="Fernhollow Media - FY27 Renewal",
              account_name="Fernhollow Media Group, Inc.", close_date="2026-12-10", amount="18333.00",
              billing_contact_email="ap@fernhollowmedia.example"),
    description="Ostrander Cloud renewal order with a 'Renewal Term: February 1, 2027 - January 31, 2028 (12 "
                "months)' banner; the renewal term is this document's service period (term_months 12 stated). "
                "Table headers SKU | Subscription | Prior Qty | Renewal Qty | Prior Rate | Renewal Rate | Disc. | "
                "Extended Fee; the gold takes the renewal quantity and Renewal Rate (prior values are history). "
                "Collaborate 165 x $88.20 = $14,553.00; Archive Vault 3 x $1,260.00 = $3,780.00; Renewal Total "
                "$18,333.00. 5% annual uplift stated (price_escalator_percent 5). Effective Date December 10, 2026.",
    tags=["blind", BATCH, "layout:renewal-order", "renewal", "prior-vs-renewal", "escalator", "auto-renew"])

form("renewal-order", 2, terms(
    customer_legal_name="Tidewater Pediatrics, PLLC", vendor_legal_name="Ostrander Cloud, Inc.",
    order_form_number="RO-27-0061", billing_contact_email="billing@tidewaterpeds.example", currency="USD",
    effective_date="2027-01-18", service_start_date="2027-03-01", service_end_date="2028-02-29", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
    billing_frequency="quarterly", billing_timing="arrears",
    line_items=[li("Ostrander Telehealth Rooms", "OC-TEL", "10", "45.00", "month"),
                li("Patient Reminders", "OC-SMS", "1", "150.00", "month")],
    total_contract_value="7200.00",
    non_standard_terms=["Ostrander waives the contractual 5% renewal uplift for this Renewal Term (rates held at "
                        "prior levels)"]),
    doc=dict(money=M_USD, date_style="us", cust_addr="77 Harbor Point Drive, Norfolk, VA 23510",
             renewal_term_text="March 1, 2027 - February 29, 2028 (12 months)",
             prior_order="OF-2026-0140", billing_text="Quarterly in arrears", payment_text="Net 30",
             prior=[("12", "45.00", "5400.00"), ("1", "150.00", "1800.00")],
             table_note="Rates are per room (or per subscription) per month. Extended Fee covers the full 12-month "
                        "Renewal Term (Renewal Qty x Renewal Rate x 12).",
             totals=[("Renewal Total", "7200.00")],
             terms_text=["Ostrander Cloud waives the 5% renewal uplift for this Renewal Term only; Renewal Rates "
                         "equal the prior rates.",
                         "After this Renewal Term the subscriptions renew for 12-month terms unless either party "
                         "gives at least 60 days' written notice of non-renewal."],
             sig_cust=["/s/ Dr. Imani Royster", "Name: Dr. Imani Royster", "Title: Managing Member",
                       "Date: January 15, 2027"],
             sig_vendor=["/s/ Kelsey Varga", "Name: Kelsey Varga", "Title: Renewals Manager",
                         "Date: January 18, 2027"]),
    deal=dict(deal_id="006-BA26F4", deal_name="Tidewater Peds - Renewal 2027",
              account_name="Tidewater Pediatrics, PLLC", close_date="2027-01-18", amount="7200.00",
              billing_contact_email="billing@tidewaterpeds.example"),
    description="Ostrander renewal order with a downsell (12 to 10 rooms) and leap-year end date (Renewal Term "
                "March 1, 2027 - February 29, 2028, 12 months). Rates are per month but the Extended Fee column is "
                "for the whole 12-month term (10 x $45.00 x 12 = $5,400.00; $150.00 x 12 = $1,800.00), so the "
                "document never shows a monthly line fee and net_amount is null. Renewal Total $7,200.00. "
                "Quarterly in arrears. The waiver of the 5% uplift is flagged as non-standard and "
                "price_escalator_percent is null because no increase applies to this order.",
    tags=["blind", BATCH, "layout:renewal-order", "renewal", "downsell", "leap-year", "quarterly", "arrears",
          "term-amount-column", "uplift-waived"])

form("renewal-order", 3, terms(
    customer_legal_name="Granite Peak Outfitters Co.", vendor_legal_name="Ostrander Cloud, Inc.",
    order_form_number="RO-26-0388", billing_contact_email="accounts@granitepeak.example", currency="USD",
    effective_date="2026-07-30", service_start_date="2026-09-01", service_end_date="2028-08-31", term_months=24,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=45,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Ostrander Commerce Pro", "OC-COM-PRO", "1", "25200.00", "year", "10", "22680.00"),
                li("POS Connector", "OC-POS", "8", "630.00", "year", "10", "4536.00")],
    total_contract_value="54432.00", price_escalator_percent="5", late_fee_percent_per_month="1.5"),
    doc=dict(money=M_USD, date_style="iso", cust_addr="3100 Canyon Boulevard, Boulder, CO 80302",
             renewal_term_text="2026-09-01 - 2028-08-31 (24 months)",
             prior_order="OF-2024-0771", billing_text="Annually in advance (2 invoices)", payment_text="Net 45",
             prior=[("1", "24000.00", "22680.00"), ("6", "600.00", "4536.00")],
             table_note="Rates are per year. Disc. is a 10% multi-year renewal discount. Extended Fee is the annual "
                        "fee after discount; it is the same in both years because rates are fixed for the 24-month "
                        "Renewal Term.",
             totals=[("Annual Fees", "27216.00"), ("Renewal Total (24 months)", "54432.00")],
             terms_text=["Renewal Rates reflect the 5% annual uplift. Rates are then fixed for this 24-month "
                         "Renewal Term; the 5% uplift next applies at the following renewal.",
                         "After this Renewal Term the subscriptions renew for successive 12-month terms unless "
                         "either party gives notice of non-renewal at least 90 days before the end of the term.",
                         "Late payments bear interest at 1.5% per month."],
             sig_cust=["/s/ Dakota Reyes", "Name: Dakota Reyes", "Title: VP Digital", "Date: 2026-07-29"],
             sig_vendor=["/s/ Kelsey Varga", "Name: Kelsey Varga", "Title: Renewals Manager",
                         "Date: 2026-07-30"]),
    deal=dict(deal_id="006-BA27A1", deal_name="Granite Peak - Commerce Pro 2yr renewal",
              account_name="Granite Peak Outfitters Co.", close_date="2026-07-30", amount="54432.00",
              billing_contact_email="accounts@granitepeak.example"),
    description="Ostrander two-year renewal (2026-09-01 - 2028-08-31, 24 months) with a 10% multi-year discount. "
                "Commerce Pro renewal rate $25,200.00 (prior $24,000.00 + 5%) less 10% = $22,680.00 a year; POS "
                "Connector 8 x $630.00 = $5,040.00 less 10% = $4,536.00; annual $27,216.00 and Renewal Total "
                "$54,432.00 = 2 x 27,216 (rates fixed during the term, the 5% uplift applies at later renewals, so "
                "the escalator is 5). Later renewals are 12 months with 90 days' notice. Net 45, 1.5% late "
                "interest.",
    tags=["blind", BATCH, "layout:renewal-order", "renewal", "multi-year", "discount", "escalator", "upsell",
          "late-fee", "iso-dates"])

form("renewal-order", 4, terms(
    customer_legal_name="Sablewood Hospitality Group LLC", vendor_legal_name="Ostrander Cloud, Inc.",
    order_form_number="RO-27-0012", billing_contact_email="ap@sablewoodhg.example", currency="USD",
    effective_date="2026-12-21", service_start_date="2027-01-15", service_end_date="2028-01-14", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=15,
    billing_frequency="monthly", billing_timing="advance", billing_anchor="day:15",
    line_items=[li("Guest Messaging", "OC-GST", "11", "325.50", "month", None, "3580.50"),
                li("Reputation Monitor", "OC-REP", "1", "199.00", "month", None, "199.00")],
    price_escalator_percent="5"),
    doc=dict(money=M_USD, date_style="uk_abbr", cust_addr="12 Magnolia Row, Savannah, GA 31401",
             renewal_term_text="15 Jan 2027 - 14 Jan 2028 (12 months)",
             prior_order="OF-2026-0019", billing_text="Monthly in advance; invoices issued on the 15th of each month",
             payment_text="Net 15",
             prior=[("9", "310.00", "3580.50"), ("-", "-", "199.00")],
             extra_info=[("New subscription", "Reputation Monitor added at renewal")],
             table_note="Rates are per property (or per subscription) per month; Extended Fee is the monthly fee.",
             totals=[("Monthly Total", "3779.50")],
             terms_text=["Renewal Rates include the 5% annual uplift, which continues to apply at each renewal.",
                         "After this Renewal Term the subscriptions renew for 12-month terms unless either party "
                         "gives at least 30 days' written notice of non-renewal."],
             sig_cust=["/s/ Corinne Batiste", "Name: Corinne Batiste", "Title: Director of Operations",
                       "Date: 19 Dec 2026"],
             sig_vendor=["/s/ Kelsey Varga", "Name: Kelsey Varga", "Title: Renewals Manager",
                         "Date: 21 Dec 2026"]),
    deal=dict(deal_id="006-BA28E9", deal_name="Sablewood Hospitality - 2027 renewal",
              account_name="Sablewood Hospitality Group LLC", close_date="2026-12-21", amount="45354.00",
              billing_contact_email="ap@sablewoodhg.example"),
    description="Ostrander renewal billed monthly in advance on the 15th (billing_anchor day:15), UK-style short "
                "dates (15 Jan 2027). Guest Messaging renews at 11 properties (up from 9) at $325.50 (prior "
                "$310.00 + 5%) = $3,580.50 a month; a new Reputation Monitor subscription (no prior qty/rate) "
                "$199.00 a month; Monthly Total $3,779.50, no term total (TCV null). CRM amount = 12 x 3,779.50 = "
                "45,354.00. 5% uplift at each renewal.",
    tags=["blind", BATCH, "layout:renewal-order", "renewal", "monthly", "billing-anchor", "escalator", "upsell",
          "new-line-at-renewal"])


# ============================================================================================
# Layout 8: ramp-pipe -- Kestrel Peak Software Corp. system-printed order confirmation in a monospace
# font, with the ramp as a pipe table
# ============================================================================================
def pipe_table(headers, rows, aligns):
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]

    def fmt(r):
        cells = []
        for v, w, a in zip(r, widths, aligns):
            v = str(v)
            cells.append(v.rjust(w) if a == "R" else v.ljust(w))
        return "| " + " | ".join(cells) + " |"

    sep = "|" + "|".join(("-" * (w + 1) + ":") if a == "R" else ("-" * (w + 2)) for w, a in zip(widths, aligns)) + "|"
    return [fmt(headers), sep] + [fmt(r) for r in rows]


def kv_lines(pairs, w=16):
    out = []
    for k, v in pairs:
        first = True
        for part in v.split("\n"):
            out.append(((k + " ").ljust(w, ".") + " " if first else " " * (w + 1)) + part)
            first = False
    return out


def build_ramp(f, path):
    T, X = f["terms"], f["doc"]
    pdf = Doc(fmt="letter", font="Courier", margins=(14, 14, 14), bottom=16,
              footer="KPS order system v7.3  -  " + T["order_form_number"] + "  -  page {p} of {nb}")
    pdf.add_page()
    W = 104
    lines = ["KESTREL PEAK SOFTWARE CORP.",
             "555 West Hastings Street, Suite 1800, Vancouver, BC V6B 4N6, Canada",
             "accounts-receivable@kestrelpeak.example   GST/HST 80417 2231 RT0001",
             "=" * W,
             ("ORDER CONFIRMATION" + " " * W)[:W - len(T["order_form_number"])] + T["order_form_number"],
             "=" * W, ""]
    lines += kv_lines(X["header"])
    lines += ["", "-" * W, X["ramp_title"], ""]
    lines += pipe_table(X["ramp_headers"], X["ramp_rows"], X["ramp_aligns"])
    lines += [""] + X["after_table"] + ["", "-" * W, "TERMS", ""]
    for i, t in enumerate(X["terms_text"], 1):
        words, cur = t.split(), f"{i:2d}. "
        for wd in words:
            if len(cur) + len(wd) + 1 > W:
                lines.append(cur.rstrip())
                cur = "    "
            cur += wd + " "
        lines.append(cur.rstrip())
    lines += ["", "-" * W, "ACCEPTANCE", ""] + X["sig"] + ["", "=" * W, "END OF ORDER CONFIRMATION"]
    size = min(8.2, 8.2 * (W + 2) / max(len(ln) for ln in lines))
    for ln in lines:
        bold = ln.isupper() and len(ln) > 3 and not ln.startswith(("=", "-", "|"))
        pdf.f(size, "B" if bold else "")
        pdf.cell(0, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def ramp_rows(f, fmt_row):
    return [fmt_row(l) for l in f["terms"]["line_items"]]


_f = form("ramp-pipe", 1, terms(
    customer_legal_name="Fraser Delta Logistics Ltd.", vendor_legal_name="Kestrel Peak Software Corp.",
    order_form_number="KPS-OC-30581", billing_contact_email="ap@fraserdelta.example", currency="CAD",
    effective_date="2026-02-17", service_start_date="2026-03-01", service_end_date="2029-02-28", term_months=36,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Kestrel Fleet Planner", "KFP-SEAT", "50", "420.00", "year", None, "21000.00", "2026-03-01",
                   "2027-02-28"),
                li("Kestrel Fleet Planner", "KFP-SEAT", "75", "420.00", "year", None, "31500.00", "2027-03-01",
                   "2028-02-29"),
                li("Kestrel Fleet Planner", "KFP-SEAT", "100", "420.00", "year", None, "42000.00", "2028-03-01",
                   "2029-02-28")],
    total_contract_value="94500.00"),
    doc=dict(header=[("Customer", "Fraser Delta Logistics Ltd."),
                     ("Address", "7200 River Road, Delta, BC V4G 1B3"),
                     ("Effective", "17 Feb 2026"),
                     ("Term", "36 months, 1 Mar 2026 - 28 Feb 2029"),
                     ("Billing", "annually in advance, at the start of each phase"),
                     ("Payment", "net 30 days"), ("Invoice e-mail", "ap@fraserdelta.example"),
                     ("Currency", "CAD")],
             ramp_title="SUBSCRIPTION RAMP (SKU KFP-SEAT)",
             ramp_headers=["Phase", "Product", "Seats", "Rate/seat/yr", "Annual Fee"],
             ramp_aligns=["L", "L", "R", "R", "R"],
             after_table=["TOTAL CONTRACT VALUE (36 months) ............. C$94,500.00"],
             terms_text=["Seats above the phase quantity are charged at C$420.00 per seat per year, prorated to "
                         "the end of the phase.",
                         "Auto-renewal: after the term the subscription renews for 12-month periods at the Phase 3 "
                         "quantity unless either party gives 60 days' written notice.",
                         "Amounts exclude GST/PST."],
             sig=["Customer: Fraser Delta Logistics Ltd.", "  /s/ Harjit Sandhu     Harjit Sandhu, VP Operations"
                  "     2026-02-16",
                  "Kestrel Peak Software Corp.", "  /s/ Lorna Fitzgibbon   Lorna Fitzgibbon, Sales Ops"
                  "             2026-02-17"]),
    deal=dict(deal_id="006-BA29B2", deal_name="Fraser Delta - Fleet Planner ramp 3yr",
              account_name="Fraser Delta Logistics Ltd.", close_date="2026-02-17", amount="94500.00",
              billing_contact_email="ap@fraserdelta.example"),
    description="Kestrel Peak system-printed order confirmation in a monospace font; the seat ramp is a pipe "
                "table whose Phase column reads 'Phase 1 (1 Mar 2026 - 28 Feb 2027)'. Three line items, one per "
                "phase, each with its own dates: 50, 75 and 100 seats x C$420.00 = 21,000.00, 31,500.00 and "
                "42,000.00 (phase 2 ends 29 Feb 2028, a leap day). Stated TCV C$94,500.00. Auto-renew 12 months, "
                "60 days' notice.",
    tags=["blind", BATCH, "layout:ramp-pipe", "ramp", "pipe-table", "monospace", "cad", "leap-year"])
_f["doc"]["ramp_rows"] = ramp_rows(_f, lambda l: [
    "Phase %d (%s - %s)" % (["2026-03-01", "2027-03-01", "2028-03-01"].index(l["start_date"]) + 1,
                            fdate(l["start_date"], "uk_abbr"), fdate(l["end_date"], "uk_abbr")),
    l["description"], fqty(l["quantity"]), M_CAD(l["unit_price"]), M_CAD(l["net_amount"])])

M_AUD = Money("A$")
_f = form("ramp-pipe", 2, terms(
    customer_legal_name="Wollemi Health Analytics Pty Ltd", vendor_legal_name="Kestrel Peak Software Corp.",
    order_form_number="KPS-OC-30644", billing_contact_email="accounts@wollemihealth.example", currency="AUD",
    effective_date="2026-06-05", service_start_date="2026-07-01", service_end_date="2029-06-30", term_months=36,
    auto_renew=False, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
    line_items=[li("Kestrel Cohort Analytics", "KCA-SEAT", "200", "150.00", "year", "30", "21000.00", "2026-07-01",
                   "2027-06-30"),
                li("Kestrel Cohort Analytics", "KCA-SEAT", "200", "150.00", "year", "15", "25500.00", "2027-07-01",
                   "2028-06-30"),
                li("Kestrel Cohort Analytics", "KCA-SEAT", "200", "150.00", "year", None, "30000.00", "2028-07-01",
                   "2029-06-30"),
                li("Kestrel Onboarding", "KPS-ONB", "1", "5000.00", "one_time", None, "5000.00")],
    total_contract_value="81500.00"),
    doc=dict(header=[("Customer", "Wollemi Health Analytics Pty Ltd (ABN 61 622 908 114)"),
                     ("Address", "Level 9, 1 Market Street, Sydney NSW 2000, Australia"),
                     ("Effective", "2026-06-05"),
                     ("Term", "36 months: 2026-07-01 to 2029-06-30"),
                     ("Billing", "annually in advance; onboarding invoiced on 2026-07-01"),
                     ("Payment", "net 30"), ("Invoice e-mail", "accounts@wollemihealth.example"),
                     ("Currency", "AUD (Australian dollars), excluding GST")],
             ramp_title="PRICE RAMP - 200 SEATS THROUGHOUT",
             ramp_headers=["Year", "Period", "Item", "SKU", "Seats", "List/seat/yr", "Disc", "Net fee"],
             ramp_aligns=["L", "L", "L", "L", "R", "R", "R", "R"],
             after_table=["Subtotal subscription (3 years) .......... A$76,500.00",
                          "Onboarding ................................ A$5,000.00",
                          "TOTAL ..................................... A$81,500.00"],
             terms_text=["This order does not auto-renew. Renewal pricing will be quoted 90 days before the end "
                         "of Year 3.",
                         "Discounts apply only to the year shown and only to the 200 seats ordered."],
             sig=["Customer: Wollemi Health Analytics Pty Ltd", "  /s/ Grace Nakamura   Grace Nakamura, CEO"
                  "              2026-06-04",
                  "Kestrel Peak Software Corp.", "  /s/ Lorna Fitzgibbon  Lorna Fitzgibbon, Sales Ops"
                  "        2026-06-05"]),
    deal=dict(deal_id="006-BA30D7", deal_name="Wollemi Health - Cohort Analytics 3yr",
              account_name="Wollemi Health Analytics Pty Ltd", close_date="2026-06-05", amount="81500.00",
              billing_contact_email="accounts@wollemihealth.example"),
    description="Kestrel Peak monospace order confirmation for an Australian customer in AUD: a price ramp (same "
                "200 seats, shrinking discount) as a pipe table. Year 1 200 x A$150.00 = 30,000 less 30% = "
                "21,000.00; Year 2 less 15% = 25,500.00; Year 3 no discount ('-') = 30,000.00; each year is its "
                "own line item with dates. One-time Kestrel Onboarding A$5,000.00. Stated TOTAL A$81,500.00 = TCV. "
                "Does not auto-renew.",
    tags=["blind", BATCH, "layout:ramp-pipe", "ramp", "pipe-table", "monospace", "aud", "discount-ramp",
          "one-time-fee", "no-auto-renew"])
_f["doc"]["ramp_rows"] = ramp_rows(_f, lambda l: [
    ("Year %d" % (["2026-07-01", "2027-07-01", "2028-07-01"].index(l["start_date"]) + 1)) if l["start_date"]
    else "-",
    (l["start_date"] + " - " + l["end_date"]) if l["start_date"] else "one-time",
    l["description"], l["sku"], fqty(l["quantity"]), M_AUD(l["unit_price"]),
    (l["discount_percent"] + "%") if l["discount_percent"] else "-", M_AUD(l["net_amount"])])

_f = form("ramp-pipe", 3, terms(
    customer_legal_name="Cascadia Tree Nursery Inc.", vendor_legal_name="Kestrel Peak Software Corp.",
    order_form_number="KPS-OC-30702", currency="USD",
    effective_date="2026-03-25", service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=15,
    billing_frequency="monthly", billing_timing="advance",
    line_items=[li("Kestrel Crew Scheduler", "KCS-SEAT", "10", "55.00", "month", None, "550.00", "2026-04-01",
                   "2026-09-30"),
                li("Kestrel Crew Scheduler", "KCS-SEAT", "25", "55.00", "month", None, "1375.00", "2026-10-01",
                   "2027-03-31")],
    total_contract_value="11550.00"),
    doc=dict(header=[("Customer", "Cascadia Tree Nursery Inc."),
                     ("Address", "31450 SE Orchard Road, Boring, OR 97009, USA"),
                     ("Effective", "25-Mar-26"),
                     ("Term", "12 months (1-Apr-26 to 31-Mar-27)"),
                     ("Billing", "monthly in advance"), ("Payment", "net 15"),
                     ("Currency", "USD")],
             ramp_title="SEASONAL RAMP",
             ramp_headers=["Phase", "Item", "SKU", "Seats", "Rate", "Monthly fee"],
             ramp_aligns=["L", "L", "L", "R", "R", "R"],
             after_table=["Total over term: 6 x $550.00 + 6 x $1,375.00 = $11,550.00"],
             terms_text=["After the term the subscription renews for 12-month terms at the Phase 2 seat count "
                         "unless either party gives 30 days' notice.",
                         "Rate is per seat per month."],
             sig=["Customer: Cascadia Tree Nursery Inc.", "  /s/ Willa Strand     Willa Strand, Owner"
                  "                24-Mar-26",
                  "Kestrel Peak Software Corp.", "  /s/ Lorna Fitzgibbon  Lorna Fitzgibbon, Sales Ops"
                  "        25-Mar-26"]),
    deal=dict(deal_id="006-BA31A5", deal_name="Cascadia Tree Nursery - Crew Scheduler",
              account_name="Cascadia Tree Nursery Inc.", close_date="2026-03-25", amount="16500.00",
              billing_contact_email="willa@cascadiatree.example"),
    deal_differs=True,
    deal_lines=[dict(sku="KCS-SEAT", name="Kestrel Crew Scheduler", quantity="25", unit_price="55.00",
                     total="16500.00")],
    description="Kestrel Peak monospace order confirmation with a seasonal monthly ramp in a pipe table: Phase 1 "
                "(1-Apr-26 to 30-Sep-26) 10 seats x $55.00 = $550.00/month, Phase 2 (1-Oct-26 to 31-Mar-27) 25 "
                "seats = $1,375.00/month, each a line with its own dates. Stated total over term $11,550.00 = 6 x "
                "550 + 6 x 1,375. Monthly in advance, net 15. No invoice e-mail is written (the CRM has one; not "
                "gold). DELIBERATE CRM MISMATCH: the deal records 25 seats for the whole year, amount 16,500.00, "
                "instead of 11,550.00.",
    tags=["blind", BATCH, "layout:ramp-pipe", "ramp", "pipe-table", "monospace", "monthly", "short-dates",
          "crm-amount-mismatch"])
_f["doc"]["ramp_rows"] = ramp_rows(_f, lambda l: [
    "Phase %d (%s to %s)" % (1 if l["start_date"] == "2026-04-01" else 2, fdate(l["start_date"], "dmy"),
                             fdate(l["end_date"], "dmy")),
    l["description"], l["sku"], fqty(l["quantity"]), M_USD(l["unit_price"]) + "/mo", M_USD(l["net_amount"]) + "/mo"])

_f = form("ramp-pipe", 4, terms(
    customer_legal_name="Yukon Gold Assay Services Ltd.", vendor_legal_name="Kestrel Peak Software Corp.",
    order_form_number="KPS-OC-30815", billing_contact_email="lab-accounts@yukongoldassay.example",
    currency="CAD", effective_date="2026-10-09", service_start_date="2026-11-01", service_end_date="2028-10-31",
    term_months=24, payment_terms_days=30, billing_frequency="quarterly", billing_timing="arrears",
    line_items=[li("Kestrel LabTrack Platform", "KLT-PLAT", "1", "4000.00", "quarter", None, "4000.00",
                   "2026-11-01", "2027-10-31"),
                li("Kestrel LabTrack Platform", "KLT-PLAT", "1", "5000.00", "quarter", None, "5000.00",
                   "2027-11-01", "2028-10-31")],
    total_contract_value="36000.00",
    usage_rules=[usage("Sample records", "record", "10000", "quarter", "volume",
                       [("25000", "0.50"), (None, "0.40")], "quarterly", "arrears")]),
    doc=dict(header=[("Customer", "Yukon Gold Assay Services Ltd."),
                     ("Address", "88 Industrial Road, Whitehorse, YT Y1A 2V3"),
                     ("Effective", "2026-10-09"),
                     ("Term", "24 months, 2026-11-01 through 2028-10-31"),
                     ("Billing", "quarterly in arrears (platform fee and usage)"),
                     ("Payment", "net 30"), ("Invoice e-mail", "lab-accounts@yukongoldassay.example"),
                     ("Currency", "CAD")],
             ramp_title="PLATFORM FEE RAMP (PER QUARTER)",
             ramp_headers=["Period", "Dates", "Item", "SKU", "Qty", "Fee per quarter"],
             ramp_aligns=["L", "L", "L", "L", "R", "R"],
             after_table=["Committed platform fees over the term: 4 x C$4,000.00 + 4 x C$5,000.00 = C$36,000.00",
                          "",
                          "USAGE - SAMPLE RECORDS (per quarter)"] + pipe_table(
                 ["Quarterly overage records", "Price per overage record"],
                 [["1 - 25,000 (all overage records)", "C$0.50"], ["more than 25,000 (all overage records)",
                                                                    "C$0.40"]], ["L", "R"]) +
                         ["Included: 10,000 sample records per quarter. Overage records are priced on volume: the "
                          "band",
                          "reached by the quarter's total overage sets the price for every overage record in that "
                          "quarter."],
             terms_text=["Usage is measured per calendar quarter of the term and invoiced with the platform fee "
                         "in arrears.",
                         "Unused included records do not carry over."],
             sig=["Customer: Yukon Gold Assay Services Ltd.", "  /s/ Peter Dawe       Peter Dawe, Lab Director"
                  "           2026-10-08",
                  "Kestrel Peak Software Corp.", "  /s/ Lorna Fitzgibbon  Lorna Fitzgibbon, Sales Ops"
                  "        2026-10-09"]),
    deal=dict(deal_id="006-BA32C0", deal_name="Yukon Gold Assay - LabTrack 24m",
              account_name="Yukon Gold Assay Services Ltd.", close_date="2026-10-09", amount="36000.00",
              billing_contact_email="lab-accounts@yukongoldassay.example"),
    description="Kestrel Peak monospace order confirmation with a quarterly platform-fee ramp in a pipe table: "
                "C$4,000.00 per quarter in year 1 (2026-11-01 - 2027-10-31) and C$5,000.00 per quarter in year 2, "
                "each a line with price_period quarter and its own dates. Stated committed total C$36,000.00 = 4 x "
                "4,000 + 4 x 5,000 (TCV). Usage: 10,000 sample records included per quarter; overage priced on "
                "VOLUME (the band reached prices every overage record): up to 25,000 overage records at C$0.50, "
                "more than 25,000 at C$0.40. The bands are counted in overage records (beyond the allowance), so "
                "up_to 25000. Quarterly in arrears; renewal not mentioned.",
    tags=["blind", BATCH, "layout:ramp-pipe", "ramp", "pipe-table", "monospace", "cad", "quarterly", "arrears",
          "usage", "volume-tiers"])
_f["doc"]["ramp_rows"] = ramp_rows(_f, lambda l: [
    "Year 1" if l["start_date"] == "2026-11-01" else "Year 2", l["start_date"] + " - " + l["end_date"],
    l["description"], l["sku"], fqty(l["quantity"]), M_CAD(l["net_amount"])])


# ============================================================================================
# Layout 9: email-accept -- plain-text / markdown e-mail acceptances and a typed purchase order
# ============================================================================================
def build_text(f, path):
    write_text(path, f["doc"]["text"])


form("email-accept", 1, terms(
    customer_legal_name="Ottawa Valley Brewing Company Ltd.", vendor_legal_name="Ledgerkite Software Inc.",
    order_form_number="LK-P-2291", billing_contact_email="ap@ottawavalleybrewing.example", currency="USD",
    effective_date="2026-03-24", service_start_date="2026-04-01", auto_renew=True, renewal_term_months=1,
    non_renewal_notice_days=30, payment_terms_days=0, billing_frequency="monthly", billing_timing="advance",
    billing_anchor="day:1",
    line_items=[li("Ledgerkite Close - Growth", None, "8", "79.00", "month", None, "632.00")]),
    fmt="txt",
    doc=dict(text="""From: Ruth Ansell <ruth.ansell@ottawavalleybrewing.example>
To: Dana Whitlock <dana.whitlock@ledgerkite.example>
Cc: ap@ottawavalleybrewing.example
Date: Tue, 24 Mar 2026 09:14:52 -0400
Subject: RE: Ledgerkite proposal LK-P-2291 - accepted

Hi Dana,

Thanks for turning this around so quickly. We accept proposal LK-P-2291 exactly as set
out in your email below. Please treat this email as the acceptance of Ottawa Valley
Brewing Company Ltd., effective March 24, 2026. I am authorised to sign for the company.

Invoices should go to ap@ottawavalleybrewing.example (copied here).

Ruth Ansell
Controller, Ottawa Valley Brewing Company Ltd.
22 Mill Race Lane, Almonte, ON K0A 1A0

-----Original Message-----
From: Dana Whitlock <dana.whitlock@ledgerkite.example>
Sent: Monday, March 23, 2026 4:41 PM
To: Ruth Ansell <ruth.ansell@ottawavalleybrewing.example>
Subject: Ledgerkite proposal LK-P-2291

Hi Ruth,

As discussed on our call, here is our proposal for Ledgerkite Close.

  Proposal:      LK-P-2291
  Plan:          Ledgerkite Close - Growth
  Users:         8 named users at US$79.00 per user per month (US$632.00 per month)
  Start date:    April 1, 2026
  Term:          month-to-month; either side can cancel with 30 days' written notice
  Billing:       monthly in advance, charged on the 1st of each month
  Payment:       due on receipt (card on file or EFT)
  Currency:      US dollars - we bill all customers in USD

Prices exclude applicable taxes. The Ledgerkite Terms of Service at
ledgerkite.example/tos apply. If this works for you, just reply "accepted" and we will
get your workspace set up before the 1st.

Best,
Dana Whitlock
Account Executive | Ledgerkite Software Inc.
1 Yonge Street, Suite 1801, Toronto, ON M5E 1W7
"""),
    deal=dict(deal_id="006-BA33E1", deal_name="Ottawa Valley Brewing - Close Growth",
              account_name="Ottawa Valley Brewing Company Ltd.", close_date="2026-03-24", amount="7584.00",
              billing_contact_email="ap@ottawavalleybrewing.example"),
    description="Plain-text e-mail acceptance: the customer's reply ('We accept proposal LK-P-2291') quotes the "
                "vendor's proposal. The vendor's legal name appears only in the quoted signature. Evergreen "
                "month-to-month subscription: no term length or end date (term_months and service_end_date null); "
                "recorded as auto_renew true with renewal_term_months 1 and 30 days' notice. 8 users x US$79.00 = "
                "US$632.00 per month (stated). Charged on the 1st (day:1), due on receipt (0). Effective date is "
                "the acceptance date the customer states (March 24, 2026). CRM amount = first-year value 12 x 632 "
                "= 7,584.00.",
    tags=["blind", BATCH, "layout:email-accept", "email", "plain-text", "evergreen", "month-to-month",
          "due-on-receipt", "billing-anchor", "vendor-in-signature-only"])

form("email-accept", 2, terms(
    customer_legal_name="Gumtree Growers Co-operative Ltd", vendor_legal_name="Bunyip Bay Software Pty Ltd",
    order_form_number="BB-2026-0077", billing_contact_email="accounts@gumtreegrowers.example", currency="AUD",
    effective_date="2026-07-14", service_start_date="2026-08-01", service_end_date="2028-07-31", term_months=24,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=14,
    billing_frequency="annual", billing_timing="advance",
    line_items=[li("Harvest Ledger licences", "HL-LIC", "40", "240.00", "year", None, "9600.00", "2026-08-01",
                   "2027-07-31"),
                li("Harvest Ledger licences", "HL-LIC", "55", "240.00", "year", None, "13200.00", "2027-08-01",
                   "2028-07-31")],
    total_contract_value="22800.00"),
    fmt="md",
    doc=dict(text="""# Order Confirmation BB-2026-0077

**Bunyip Bay Software Pty Ltd** (ABN 47 611 203 958)
14 Jetty Road, Hobart TAS 7000 · sales@bunyipbay.example

| | |
|---|---|
| **Customer** | Gumtree Growers Co-operative Ltd |
| **Customer address** | 3 Packing Shed Road, Shepparton VIC 3630 |
| **Accounts e-mail** | accounts@gumtreegrowers.example |
| **Order effective** | 14/07/2026 |

> All dates in this confirmation are written DD/MM/YYYY. Amounts are in Australian dollars (AUD) and exclude GST.

## Subscription

Harvest Ledger licences (SKU HL-LIC) for a 24-month term, 01/08/2026 to 31/07/2028. The licence count steps up in the second year:

| Period | Dates | Licences | Price per licence (A$/yr) | Annual fee (A$) |
|---|---|--:|--:|--:|
| Year 1 | 01/08/2026 – 31/07/2027 | 40 | 240.00 | 9,600.00 |
| Year 2 | 01/08/2027 – 31/07/2028 | 55 | 240.00 | 13,200.00 |
| **Total** | | | | **22,800.00** |

## Billing and payment

- Each year's fee is invoiced annually in advance, on 01/08.
- Payment terms: 14 days from the invoice date.

## Renewal

The subscription renews automatically for further 12-month periods at the Year 2 licence count unless either party gives at least 30 days' written notice before the end of the term.

## Signatures

| | Bunyip Bay Software Pty Ltd | Gumtree Growers Co-operative Ltd |
|---|---|---|
| Signed | /s/ Callum Reid | /s/ Meredith Tran |
| Name | Callum Reid, Director | Meredith Tran, Chief Executive |
| Date | 14/07/2026 | 13/07/2026 |
"""),
    deal=dict(deal_id="006-BA34A6", deal_name="Gumtree Growers - Harvest Ledger 2yr",
              account_name="Gumtree Growers Co-operative Ltd", close_date="2026-07-14", amount="22800.00",
              billing_contact_email="accounts@gumtreegrowers.example"),
    description="Markdown order confirmation from an Australian vendor, with the ramp as a markdown pipe table and "
                "DD/MM/YYYY dates (the document says so): Year 1 01/08/2026 - 31/07/2027 40 licences x A$240.00 = "
                "9,600.00; Year 2 01/08/2027 - 31/07/2028 55 x 240.00 = 13,200.00; each year is a line with its own "
                "dates. Stated total A$22,800.00 = TCV. Annual in advance, 14 days, auto-renew 12 months with 30 "
                "days' notice. Effective 14/07/2026 = 2026-07-14.",
    tags=["blind", BATCH, "layout:email-accept", "markdown", "ramp", "pipe-table", "aud", "dd-mm-dates"])

form("email-accept", 3, terms(
    customer_legal_name="Tillamook Ridge Veterinary Clinic, LLC", vendor_legal_name="Pawprint Practice Systems, Inc.",
    order_form_number="TRV-0093", billing_contact_email="billing@tillamookridgevet.example", currency="USD",
    effective_date="2026-04-20", service_start_date="2026-05-01", term_months=12, payment_terms_days=30,
    billing_frequency="quarterly", billing_timing="advance", po_required=True, po_number="TRV-0093",
    line_items=[li("Practice management subscription - Veterinarian seats", "PPS-VET", "6", "125.00", "month", None,
                   "750.00"),
                li("Practice management subscription - Staff seats", "PPS-STF", "10", "35.00", "month", None,
                   "350.00")],
    total_contract_value="13200.00"),
    derived={"service_end_date": {"value": "2027-04-30", "rule": "start 2026-05-01 + 12 months - 1 day"}},
    fmt="txt",
    doc=dict(text="""TILLAMOOK RIDGE VETERINARY CLINIC, LLC
2210 Third Street, Tillamook, OR 97141     Tel (503) 555-0148

                              PURCHASE ORDER

PO #:         TRV-0093
Date:         4/20/2026
Vendor:       Pawprint Practice Systems, Inc.
              900 SW Fifth Avenue, Suite 2100, Portland, OR 97204
Bill to:      Tillamook Ridge Veterinary Clinic, LLC (address above)
Invoices to:  billing@tillamookridgevet.example

ITEMS
------------------------------------------------------------------------------------------
Qty  Description                                              Unit price    Ext. per month
------------------------------------------------------------------------------------------
  6  Practice management subscription - Veterinarian seats    $125.00/mo         $750.00
     Item PPS-VET
 10  Practice management subscription - Staff seats           $35.00/mo          $350.00
     Item PPS-STF
------------------------------------------------------------------------------------------
                                                     Monthly subtotal:         $1,100.00
                                           Total PO amount (12 months):        $13,200.00

Service starts May 1, 2026 and runs for 12 months.
Billing: quarterly in advance (three months per invoice). Terms: Net 30.
This PO is effective 4/20/2026. Please reference PO # TRV-0093 on all invoices - we cannot
pay an invoice without it.

Authorized by:  /s/ Dr. Nolan Ferris, DVM, Owner
"""),
    deal=dict(deal_id="006-BA35B3", deal_name="Tillamook Ridge Vet - PPS subscription",
              account_name="Tillamook Ridge Veterinary Clinic, LLC", close_date="2026-04-20", amount="13200.00",
              billing_contact_email="billing@tillamookridgevet.example"),
    description="Plain-text purchase order typed by a small veterinary clinic. Two monthly seat lines with the "
                "monthly extension shown: 6 x $125.00 = $750.00 and 10 x $35.00 = $350.00; 'Total PO amount (12 "
                "months)' $13,200.00 = 12 x 1,100 = TCV. The term is '12 months' from May 1, 2026 with no end "
                "date written (derived 2027-04-30). Quarterly in advance, Net 30. The PO number TRV-0093 is the "
                "document's own reference and must be quoted on invoices. Date 4/20/2026 is US month/day. "
                "Renewal not mentioned.",
    tags=["blind", BATCH, "layout:email-accept", "plain-text", "purchase-order", "quarterly", "po-required",
          "derived-end-date", "us-slash-dates"])

form("email-accept", 4, terms(
    customer_legal_name="Lakehead Outfitters Ltd.", vendor_legal_name="Muskoka Signal Labs Inc.",
    order_form_number="MSL-0415", billing_contact_email="accounts@lakeheadoutfitters.example", currency="CAD",
    effective_date="2026-05-19", service_start_date="2026-06-01", service_end_date="2027-05-31", term_months=12,
    auto_renew=False, payment_terms_days=15, billing_frequency="monthly", billing_timing="advance",
    line_items=[li("Muskoka Signal Platform", "MSL-PLAT", "1", "500.00", "month", None, "500.00")],
    minimum_commitment={"amount": "9000.00", "period": "term"},
    usage_rules=[usage("Text messages (SMS)", "message", "10000", "month", "graduated",
                       [("60000", "0.012"), (None, "0.009")], "monthly", "arrears")]),
    fmt="txt",
    doc=dict(text="""From: Priya Sandhu <priya@muskokasignal.example>
To: Ben Lachance <ben.lachance@lakeheadoutfitters.example>
Cc: accounts@lakeheadoutfitters.example
Date: Tue, 19 May 2026 11:02:10 -0400
Subject: Order confirmation MSL-0415 - accepted, thank you!

Hi Ben,

Thanks for your signed acceptance this morning. For your records, this is what you
accepted (order MSL-0415, effective 19 May 2026):

* Customer: Lakehead Outfitters Ltd., 640 Red River Road, Thunder Bay, ON P7B 1J3
* Service: Muskoka Signal Platform (SKU MSL-PLAT), C$500.00 per month, billed monthly
  in advance
* Text messages (SMS), counted per calendar month:
    - messages 1 to 10,000: included
    - messages 10,001 to 60,000: C$0.012 each
    - every message above 60,000: C$0.009 each
  Each band is charged at its own rate (graduated). Message charges are invoiced monthly
  in arrears.
* Minimum spend: C$9,000.00 over the 12-month term (platform fee plus messages). Any
  shortfall is invoiced with the last monthly invoice.
* Term: 12 months, June 1, 2026 to May 31, 2027. The order does not renew automatically;
  we will send you renewal options in April 2027.
* Payment: Net 15. Invoices go to accounts@lakeheadoutfitters.example.

Prices are in Canadian dollars and exclude HST.

Cheers,
Priya Sandhu
Customer Success | Muskoka Signal Labs Inc.
12 Bay Street, Gravenhurst, ON P1P 1G5

> -----Original Message-----
> From: Ben Lachance <ben.lachance@lakeheadoutfitters.example>
> Sent: Tuesday, May 19, 2026 8:47 AM
> To: Priya Sandhu <priya@muskokasignal.example>
> Subject: RE: Order form MSL-0415
>
> Priya - signed copy attached. We accept order MSL-0415 as quoted.
> Ben Lachance, Operations Manager, Lakehead Outfitters Ltd.
"""),
    deal=dict(deal_id="006-BA36C8", deal_name="Lakehead Outfitters - Signal Platform",
              account_name="Lakehead Outfitters Ltd.", close_date="2026-05-19", amount="9000.00",
              billing_contact_email="accounts@lakeheadoutfitters.example"),
    deal_lines=[dict(sku="MSL-PLAT", name="Muskoka Signal Platform", quantity="1", unit_price="500.00",
                     total="6000.00"),
                dict(sku=None, name="Committed messaging (minimum spend balance)", quantity="1",
                     unit_price="3000.00", total="3000.00")],
    description="Plain-text vendor e-mail confirming an accepted order (the customer's acceptance is quoted "
                "below). Platform fee C$500.00 per month, monthly in advance. SMS usage, graduated, defined in "
                "absolute message counts per month: 1-10,000 included (included_quantity 10000), 10,001-60,000 at "
                "C$0.012, above 60,000 at C$0.009; the tiers are written as the document defines them, so the first "
                "priced tier's up_to is 60000 (an absolute monthly count, not an overage count). Minimum spend "
                "C$9,000.00 over the term (period term). Does not auto-renew. No total is stated (TCV null); the "
                "CRM books the committed C$9,000.00 (6,000 platform + 3,000 committed messaging).",
    tags=["blind", BATCH, "layout:email-accept", "email", "plain-text", "usage", "graduated-tiers",
          "minimum-commitment", "cad", "no-auto-renew"])


# ============================================================================================
# Layout 10: grid-terms -- Coralline Data Pty Ltd key-terms grid order form, usage meters, and about two
# pages of standard terms set in two columns
# ============================================================================================
CD_CORAL = (222, 94, 76)
CD_INK = (28, 52, 64)

CD_TERMS = [
    ("Application", [
        "These Standard Terms apply to each Order Form signed by Coralline Data Pty Ltd (ABN 28 640 771 305) "
        "(\"Coralline\") and the customer named in it (\"Customer\"). An Order Form and these Standard Terms "
        "together make up the agreement between the parties for the Subscription Term (the \"Agreement\").",
        "If an Order Form and these Standard Terms are inconsistent, the Order Form prevails, but only for the "
        "services described in that Order Form."]),
    ("Definitions", [
        "Go-live means the date stated in the Order Form from which the Subscription Term runs. Subscription Term "
        "means the period stated in the Order Form. Platform means Coralline's hosted data collection, streaming "
        "and analytics services described in the Order Form. Meter means a unit of consumption listed in the usage "
        "table of an Order Form. Customer Data means data that Customer or its users load into the Platform. "
        "Business Day means a day other than a Saturday, Sunday or public holiday in Brisbane, Queensland."]),
    ("Provision of the Platform", [
        "Coralline will make the Platform available from Go-live, using due care and skill and substantially in "
        "accordance with its published service description.",
        "Coralline may improve or change the Platform at any time. It will not make a change that materially "
        "reduces the functionality of a module that Customer has subscribed to during the current Subscription "
        "Term without Customer's consent.",
        "Coralline targets availability of 99.5% in each calendar month, excluding scheduled maintenance notified "
        "at least two Business Days in advance. If availability falls below the target, Customer may claim the "
        "service credits described in Coralline's service level schedule, which are Customer's sole financial "
        "remedy for unavailability."]),
    ("Customer obligations", [
        "Customer must use the Platform only for its internal business purposes and in accordance with the "
        "Agreement and applicable law, keep its access credentials secure, and promptly tell Coralline of any "
        "unauthorised use.",
        "Customer must not resell the Platform, use it to build a competing service, probe or circumvent its "
        "security, or upload material that infringes the rights of others.",
        "Customer is responsible for the accuracy and legality of Customer Data and for having all consents "
        "required to provide it to Coralline."]),
    ("Fees, invoices and GST", [
        "Customer must pay the fees set out in the Order Form. Fees are stated exclusive of GST. Where GST is "
        "payable on a supply under the Agreement, Coralline will issue a tax invoice and Customer must pay the GST "
        "in addition to the fee.",
        "Invoices are issued at the frequency stated in the Order Form and are payable within the period stated in "
        "the Order Form, by electronic funds transfer to the account shown on the invoice.",
        "If Customer does not pay an amount by its due date, Coralline may charge interest on the overdue amount "
        "at 1.25% per month, calculated daily from the due date until the date of payment.",
        "If an amount remains overdue fourteen days after Coralline gives written notice, Coralline may suspend "
        "access to the Platform until the amount is paid. Fees continue to accrue during a suspension.",
        "Where the Order Form states a minimum commitment, Coralline will compare the fees invoiced for the "
        "relevant period with the commitment at the end of that period and invoice any shortfall."]),
    ("Usage and measurement", [
        "Coralline measures consumption of each Meter with its own systems. Its records are conclusive in the "
        "absence of manifest error. Customer may ask for a usage report for any billing period.",
        "Included quantities apply to the period stated in the Order Form. Unused included quantities lapse at the "
        "end of that period and do not carry over.",
        "Usage charges are calculated on the pricing model shown in the Order Form. Where bands are described as "
        "graduated, each band is charged at its own rate. Where bands are described as volume pricing, the band "
        "reached prices all the units in the period."]),
    ("Customer Data, privacy and security", [
        "Customer owns Customer Data. Customer grants Coralline a licence to host, copy and process Customer Data "
        "only to the extent needed to provide the Platform and support.",
        "Coralline will handle personal information in Customer Data in accordance with the Privacy Act 1988 "
        "(Cth) and the Australian Privacy Principles, and will host Customer Data in Australian data centres "
        "unless the Order Form says otherwise.",
        "Coralline will maintain reasonable technical and organisational security measures and will notify "
        "Customer without undue delay of any eligible data breach affecting Customer Data.",
        "For 30 days after the Agreement ends Customer may export its Customer Data. After that Coralline may "
        "delete it."]),
    ("Intellectual property", [
        "Coralline and its licensors own all intellectual property in the Platform and its documentation. "
        "Nothing in the Agreement transfers that ownership. Customer may give feedback, which Coralline may use "
        "freely.",
        "Coralline will defend Customer against any claim that Customer's authorised use of the Platform "
        "infringes a third party's intellectual property rights in Australia, and pay any damages finally "
        "awarded, provided Customer promptly notifies Coralline and lets it conduct the defence."]),
    ("Confidentiality", [
        "Each party must keep confidential the other party's confidential information, including the pricing in "
        "any Order Form, and may use it only for the purposes of the Agreement. A party may disclose confidential "
        "information to its personnel and advisers who need to know it, or where required by law or the rules of "
        "a stock exchange."]),
    ("Consumer law and warranties", [
        "Nothing in the Agreement excludes, restricts or modifies any guarantee, right or remedy under the "
        "Australian Consumer Law that cannot lawfully be excluded. Where Coralline may limit its liability for a "
        "failure to comply with such a guarantee, its liability is limited to supplying the services again or "
        "paying the cost of having them supplied again.",
        "Except as expressly stated in the Agreement, all other warranties and conditions are excluded to the "
        "extent permitted by law."]),
    ("Liability", [
        "Neither party is liable to the other for any loss of profit, revenue, data or goodwill, or for any "
        "indirect or consequential loss.",
        "Each party's total liability under or in connection with the Agreement is limited to the fees paid and "
        "payable by Customer in the twelve months before the event giving rise to the claim. This limit does not "
        "apply to Customer's obligation to pay fees, to breach of confidentiality, or to liability that cannot be "
        "limited by law."]),
    ("Support", [
        "Coralline provides support by e-mail and through its online portal on Business Days between 8.00 am and "
        "6.00 pm Brisbane time. Priority 1 incidents (the Platform is unavailable or Customer Data is at risk) may "
        "be reported at any time through the support line and are worked on continuously until resolved or a "
        "workaround is in place.",
        "Support covers the Platform as provided by Coralline. It does not cover faults caused by Customer's own "
        "systems, networks or devices, by third-party connectors that Coralline does not supply, or by use of the "
        "Platform contrary to the Agreement. Coralline may charge its then-current professional services rates "
        "for work of that kind, but only if Customer agrees in advance."]),
    ("Acceptable use and suspension", [
        "Coralline may suspend access for particular users, or for the Platform as a whole, if it reasonably "
        "believes that suspension is necessary to prevent harm to the Platform, to other customers or to any "
        "person, or to comply with law. Coralline will give as much notice as is practicable, will limit the "
        "suspension to what is reasonably necessary and will restore access promptly once the cause is removed.",
        "Customer must not send to the Platform data or signals at a rate that exceeds the technical limits "
        "published for its plan. If Customer repeatedly exceeds those limits, the parties will discuss in good "
        "faith a change to the Order Form."]),
    ("Personnel and subcontractors", [
        "Coralline may use subcontractors, including hosting providers, to provide the Platform. It remains "
        "responsible for the acts and omissions of its subcontractors as if they were its own.",
        "Each party is responsible for ensuring that its personnel who attend the other party's premises comply "
        "with the reasonable site safety and security rules notified to them."]),
    ("Publicity and changes to these terms", [
        "Neither party may use the other's name or logo in publicity without consent, except that Coralline may "
        "identify Customer by name in a list of its customers.",
        "Coralline may update these Standard Terms from time to time. An update applies to an existing Order Form "
        "only from the start of the next renewal term, and only if Coralline has given Customer at least 60 days' "
        "notice of it before that renewal term begins."]),
    ("Term and termination", [
        "The Agreement starts when the Order Form is signed by both parties and continues for the Subscription "
        "Term and any renewal term provided for in the Order Form.",
        "Either party may terminate the Agreement by notice if the other party commits a material breach and does "
        "not remedy it within 30 days after notice, or suffers an insolvency event.",
        "On termination, Customer's access ends and all unpaid fees for services provided up to termination "
        "become payable. If Customer terminates for Coralline's breach, Coralline will refund any prepaid fees for "
        "the period after termination."]),
    ("General", [
        "The Agreement is governed by the laws of Queensland and the parties submit to the non-exclusive "
        "jurisdiction of its courts. Before commencing proceedings (other than for urgent relief) a party must "
        "refer a dispute to senior managers of both parties for at least 20 Business Days.",
        "Neither party may assign the Agreement without the other's consent, which must not be unreasonably "
        "withheld. Notices must be in writing and may be sent by e-mail to the addresses in the Order Form.",
        "Neither party is liable for failure or delay caused by events beyond its reasonable control. A waiver is "
        "effective only if in writing. The Agreement is the entire agreement of the parties about its subject "
        "matter and may be signed electronically."]),
]


def build_grid(f, path):
    T, X = f["terms"], f["doc"]
    M, ds = X["money"], X["date_style"]
    pdf = Doc(fmt="A4", margins=(15, 14, 15), bottom=16,
              footer="Coralline Data Pty Ltd  -  ABN 28 640 771 305  -  Level 12, 300 Queen Street, Brisbane QLD "
                     "4000  -  Order " + T["order_form_number"] + "  -  {p}/{nb}")
    pdf.add_page()
    pdf.set_fill_color(*CD_CORAL)
    pdf.ellipse(15, 13, 9, 9, "F")
    pdf.set_xy(27, 13)
    pdf.f(16, "B")
    pdf.set_text_color(*CD_INK)
    pdf.cell(80, 9, "coralline data")
    pdf.set_xy(110, 12)
    pdf.f(18, "B")
    pdf.cell(85, 8, "ORDER FORM", align="R")
    pdf.set_xy(110, 20)
    pdf.f(9)
    pdf.cell(85, 5, T["order_form_number"], align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(30)
    # key terms grid (3 columns)
    boxes = X["grid"]
    ncol, gw, gh = 3, (pdf.epw - 4) / 3, 15
    y0 = 30
    for i, (lab, val) in enumerate(boxes):
        r, c = divmod(i, ncol)
        x, y = 15 + c * (gw + 2), y0 + r * (gh + 2)
        pdf.set_fill_color(244, 247, 248)
        pdf.rect(x, y, gw, gh, "F")
        pdf.set_fill_color(*CD_CORAL)
        pdf.rect(x, y, 1.2, gh, "F")
        pdf.set_xy(x + 3, y + 1.5)
        pdf.f(6.8, "B")
        pdf.set_text_color(*CD_CORAL)
        pdf.cell(gw - 4, 3.5, lab.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 3, y + 5.2)
        pdf.f(fit_size(pdf, val, gw - 5, 8.6 if len(val) < 70 else 7.6))
        pdf.multi_cell(gw - 5, 3.7, val, align="L")
    rows_n = (len(boxes) + ncol - 1) // ncol
    pdf.set_y(y0 + rows_n * (gh + 2) + 3)
    pdf.f(10.5, "B")
    pdf.set_text_color(*CD_INK)
    pdf.cell(0, 6, "Subscription fees", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    rows = [("Module", "Code", "Qty", "Rate", "Disc.", X["net_header"])]
    for l, per in zip(T["line_items"], X["rate_suffix"]):
        rows.append((l["description"], l["sku"], fqty(l["quantity"]), M(l["unit_price"]) + per,
                     (l["discount_percent"] + "%") if l["discount_percent"] else "-", M(l["net_amount"])))
    pdf.grid_table(rows, (66, 26, 16, 34, 14, 24), ("LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"), size=8.5,
                   line_height=4.6, head_fill=CD_INK, head_color=(255, 255, 255), borders="HORIZONTAL_LINES")
    pdf.ln(1)
    for label, amt in X["totals"]:
        pdf.f(9, "B")
        pdf.cell(pdf.epw - 36, 5.5, label, align="R")
        pdf.cell(36, 5.5, amt, align="R", new_x="LMARGIN", new_y="NEXT")
    if X["usage_rows"]:
        pdf.ln(2)
        pdf.f(10.5, "B")
        pdf.set_text_color(*CD_INK)
        pdf.cell(0, 6, "Usage meters", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.grid_table([("Meter", "Included", "Band", "Rate per unit")] + X["usage_rows"], (52, 38, 58, 32),
                       ("LEFT", "LEFT", "LEFT", "RIGHT"), size=8.5, line_height=4.4, head_fill=CD_INK,
                       head_color=(255, 255, 255), borders="HORIZONTAL_LINES")
        pdf.ln(1)
        pdf.para(X["usage_note"], size=7.8, style="I", h=3.8, align="L")
    pdf.ln(2)
    pdf.f(10.5, "B")
    pdf.set_text_color(*CD_INK)
    pdf.cell(0, 6, "Commitments and special conditions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for t in X["special"] or ["None."]:
        pdf.f(8.8)
        pdf.set_x(17)
        pdf.cell(4, 4.3, "\u2022")
        pdf.multi_cell(0, 4.3, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
    pdf.ln(2)
    pdf.para("This Order Form incorporates the Coralline Standard Terms (version 2026.1) printed after the "
             "signatures.", size=8, h=4)
    pdf.ln(2)
    signature_pair(pdf, ["Signed for Coralline Data Pty Ltd"] + X["sig_vendor"],
                   ["Signed for " + T["customer_legal_name"]] + X["sig_cust"], size=8.5)
    # standard terms in two columns
    pdf.add_page()
    pdf.f(12, "B")
    pdf.set_text_color(*CD_INK)
    pdf.cell(0, 7, "CORALLINE STANDARD TERMS  (version 2026.1)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.3) as cols:
        for n, (title, paras) in enumerate(CD_TERMS, 1):
            pdf.f(9.2, "B")
            cols.write(f"{n}. {title}\n")
            pdf.f(9.2)
            for i, p in enumerate(paras, 1):
                with cols.paragraph(text_align="J", bottom_margin=1.6) as par:
                    par.write(f"{n}.{i}  {p}")
    pdf.output(path)


form("grid-terms", 1, terms(
    customer_legal_name="Mulga Ridge Energy Pty Ltd", vendor_legal_name="Coralline Data Pty Ltd",
    order_form_number="CD-2026-044", billing_contact_email="ap@mulgaridge.example", currency="AUD",
    effective_date="2026-02-27", service_start_date="2026-03-16", service_end_date="2028-03-15", term_months=24,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30,
    billing_frequency="monthly", billing_timing="advance",
    line_items=[li("Coralline Stream \u2014 Platform", "CD-STR-PLT", "1", "4200.00", "month", None, "4200.00"),
                li("Coralline Stream \u2014 Connectors", "CD-STR-CON", "6", "180.00", "month", "10", "972.00")],
    minimum_commitment={"amount": "5500.00", "period": "month"},
    usage_rules=[usage("Events ingested", "million events", "50", "month", "graduated",
                       [("150", "0.90"), (None, "0.60")], "monthly", "arrears")],
    late_fee_percent_per_month="1.25"),
    doc=dict(money=M_AUD, date_style="iso",
             grid=[("Customer", "Mulga Ridge Energy Pty Ltd\nABN 90 118 442 071"),
                   ("Supplier", "Coralline Data Pty Ltd"), ("Order date (effective)", "2026-02-27"),
                   ("Go-live", "2026-03-16"), ("Ends", "2028-03-15"), ("Subscription Term", "24 months"),
                   ("Billing", "Monthly in advance; usage monthly in arrears"), ("Payment terms", "30 days"),
                   ("Invoices to", "ap@mulgaridge.example"),
                   ("Renewal", "Auto-renews for 12 months; 90 days' notice to stop"),
                   ("Currency", "AUD, excl. GST"), ("Customer address", "220 St Georges Tce, Perth WA 6000")],
             net_header="Net / month", rate_suffix=[" /mo", " /mo"],
             totals=[("Monthly subscription (excl. GST)", "A$5,172.00")],
             usage_rows=[("Events ingested (millions)", "50 million per month", "Band 1: above 50 up to 150 million",
                          "A$0.90 per million"),
                         ("", "", "Band 2: above 150 million", "A$0.60 per million")],
             usage_note="Graduated pricing: each band is charged at its own rate. Usage is invoiced monthly in "
                        "arrears.",
             special=["Minimum monthly commitment: A$5,500.00 per month across subscription fees and usage. A "
                      "shortfall is invoiced with the next monthly invoice."],
             sig_vendor=["/s/ Tamsin Ward", "Tamsin Ward, Head of Sales", "Date: 2026-02-27"],
             sig_cust=["/s/ Lachlan Pryor", "Lachlan Pryor, CIO", "Date: 2026-02-25"]),
    deal=dict(deal_id="006-BA37D1", deal_name="Mulga Ridge Energy - Stream 24m",
              account_name="Mulga Ridge Energy Pty Ltd", close_date="2026-02-27", amount="124128.00",
              billing_contact_email="ap@mulgaridge.example"),
    description="Coralline key-terms grid order form (three-column grid with 'Go-live' and 'Ends' boxes) followed "
                "by two pages of two-column standard terms. Platform A$4,200.00/month; Connectors 6 x 180.00 = "
                "1,080.00 less 10% = 972.00/month; monthly subscription 5,172.00 (no term total, TCV null). Usage "
                "meter in millions of events: 50 million included per month, graduated bands written as absolute "
                "monthly counts ('above 50 up to 150 million' at A$0.90 per million, 'above 150 million' at "
                "A$0.60), so the first band's up_to is 150 as the document defines it; invoiced monthly in arrears. "
                "Minimum commitment A$5,500.00 per month. Late interest 1.25% per month comes from standard term "
                "5.3 (the order form itself says nothing about it). CRM amount 24 x 5,172 = 124,128.00.",
    tags=["blind", BATCH, "layout:grid-terms", "key-terms-grid", "boilerplate", "aud", "monthly", "usage",
          "graduated-tiers", "minimum-commitment", "defaults-in-boilerplate", "go-live-label"])

form("grid-terms", 2, terms(
    customer_legal_name="Birchgrove Analytics Inc.", vendor_legal_name="Coralline Data Pty Ltd",
    order_form_number="CD-2026-071", billing_contact_email="ap@birchgroveanalytics.example", currency="USD",
    effective_date="2026-06-10", service_start_date="2026-07-01", service_end_date="2027-06-30", term_months=12,
    auto_renew=False, payment_terms_days=45, billing_frequency="quarterly", billing_timing="arrears",
    line_items=[li("Coralline Query Engine \u2014 Reserved Capacity", "CD-QE-RES", "4", "2250.00", "quarter", None,
                   "9000.00")],
    total_contract_value="36000.00",
    usage_rules=[usage("Query compute hours", "hour", "2000", "quarter", "per_unit", [(None, "1.10")], "quarterly",
                       "arrears")],
    late_fee_percent_per_month="1.25",
    non_standard_terms=["Customer may reduce reserved capacity by one node at the end of any quarter on 30 days' "
                        "notice, reducing the committed fees"]),
    doc=dict(money=Money("US$"), date_style="us",
             grid=[("Customer", "Birchgrove Analytics Inc.\n1420 Fifth Avenue, Seattle, WA 98101"),
                   ("Supplier", "Coralline Data Pty Ltd"), ("Order date (effective)", "June 10, 2026"),
                   ("Go-live", "July 1, 2026"), ("Ends", "June 30, 2027"), ("Subscription Term", "12 months"),
                   ("Billing", "Quarterly in arrears (capacity and usage)"), ("Payment terms", "45 days"),
                   ("Invoices to", "ap@birchgroveanalytics.example"),
                   ("Renewal", "No automatic renewal"), ("Currency", "USD; no GST (export)"),
                   ("Data region", "Sydney (Australia)")],
             net_header="Net / quarter", rate_suffix=[" /node/qtr"],
             totals=[("Total committed fees (12 months)", "US$36,000.00")],
             usage_rows=[("Query compute hours", "2,000 hours per quarter", "All hours above the included amount",
                          "US$1.10 per hour")],
             usage_note="Usage is measured per calendar quarter of the Subscription Term and invoiced quarterly in "
                        "arrears with the reserved capacity fee.",
             special=["Capacity step-down: at the end of any quarter Customer may reduce reserved capacity by one "
                      "node by giving 30 days' notice; the fee for the remaining quarters reduces accordingly."],
             sig_vendor=["/s/ Tamsin Ward", "Tamsin Ward, Head of Sales", "Date: June 10, 2026"],
             sig_cust=["/s/ Nikhil Rao", "Nikhil Rao, VP Engineering", "Date: June 9, 2026"]),
    deal=dict(deal_id="006-BA38F5", deal_name="Birchgrove Analytics - Query Engine",
              account_name="Birchgrove Analytics Inc.", close_date="2026-06-10", amount="36000.00",
              billing_contact_email="ap@birchgroveanalytics.example"),
    description="Coralline grid order form for a US customer in US$, billed quarterly in arrears. One line priced "
                "per quarter: 4 reserved nodes x US$2,250.00 per node per quarter = US$9,000.00 per quarter "
                "(price_period quarter). Stated 'Total committed fees (12 months)' US$36,000.00 = 4 x 9,000 = TCV. "
                "Usage: 2,000 query compute hours included per quarter, then US$1.10 per hour, quarterly in "
                "arrears. No automatic renewal. Net 45. Late interest 1.25% per month from the standard terms. "
                "The quarterly capacity step-down right is non-standard.",
    tags=["blind", BATCH, "layout:grid-terms", "key-terms-grid", "boilerplate", "usd", "quarterly", "arrears",
          "usage", "quarter-price", "no-auto-renew", "defaults-in-boilerplate", "go-live-label"])

form("grid-terms", 3, terms(
    customer_legal_name="Kookaburra Logistics Pty Ltd", vendor_legal_name="Coralline Data Pty Ltd",
    order_form_number="CD-2026-103", billing_contact_email="accounts.payable@kookaburralogistics.example",
    currency="AUD", effective_date="2026-09-08", service_start_date="2026-10-01", term_months=36,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30,
    billing_frequency="annual", billing_timing="advance", po_required=True, po_number="KL-PO-2026-118",
    line_items=[li("Coralline Track \u2014 Fleet", "CD-TRK-FLT", "400", "96.00", "year", "12.5", "33600.00"),
                li("Coralline Track \u2014 Driver App", "CD-TRK-DRV", "450", "24.00", "year", "12.5", "9450.00"),
                li("Hardware installation", "CD-HW-INS", "400", "35.00", "one_time", None, "14000.00")],
    price_escalator_percent="3", late_fee_percent_per_month="1.25"),
    derived={"service_end_date": {"value": "2029-09-30", "rule": "go-live 2026-10-01 + 36 months - 1 day"}},
    doc=dict(money=M_AUD, date_style="uk",
             grid=[("Customer", "Kookaburra Logistics Pty Ltd\n17 Freight Drive, Eagle Farm QLD 4009"),
                   ("Supplier", "Coralline Data Pty Ltd"), ("Order date (effective)", "8 September 2026"),
                   ("Go-live", "1 October 2026"), ("Ends", "At the end of the Subscription Term"),
                   ("Subscription Term", "36 months from Go-live"),
                   ("Billing", "Annually in advance; installation on completion"), ("Payment terms", "30 days"),
                   ("Invoices to", "accounts.payable@kookaburralogistics.example"),
                   ("Purchase order", "KL-PO-2026-118 (must appear on every invoice)"),
                   ("Renewal", "Renews for 12 months unless 60 days' notice"), ("Currency", "AUD, excl. GST")],
             net_header="Net / year", rate_suffix=[" /vehicle/yr", " /driver/yr", " each, one-off"],
             totals=[("Annual subscription (excl. GST)", "A$43,050.00"), ("One-off installation", "A$14,000.00")],
             usage_rows=[], usage_note="",
             special=["Subscription rates are fixed for the 36-month Subscription Term. On each renewal the rates "
                      "increase by 3%."],
             sig_vendor=["/s/ Tamsin Ward", "Tamsin Ward, Head of Sales", "Date: 8 September 2026"],
             sig_cust=["/s/ Shane Molloy", "Shane Molloy, Fleet Director", "Date: 7 September 2026"]),
    deal=dict(deal_id="006-BA39A3", deal_name="Kookaburra Logistics - Track 3yr",
              account_name="Kookaburra Logistics Pty Ltd", close_date="2026-09-08", amount="143150.00",
              billing_contact_email="accounts.payable@kookaburralogistics.example"),
    description="Coralline grid order form, annual billing, UK-style dates. The 'Ends' box does not give a date "
                "('At the end of the Subscription Term'; term '36 months from Go-live' 1 October 2026), so "
                "service_end_date is null and derived 2029-09-30. Fleet 400 x A$96.00 = 38,400 less 12.5% = "
                "33,600.00; Driver App 450 x 24.00 = 10,800 less 12.5% = 9,450.00; Hardware installation 400 x "
                "35.00 = 14,000.00 one-off. No term total (TCV null). 3% increase on renewal only, so the CRM "
                "amount is 3 x 43,050 + 14,000 = 143,150.00. PO KL-PO-2026-118 must appear on invoices. Late "
                "interest 1.25% from the standard terms.",
    tags=["blind", BATCH, "layout:grid-terms", "key-terms-grid", "boilerplate", "aud", "discount", "one-time-fee",
          "po-required", "derived-end-date", "escalator", "defaults-in-boilerplate", "go-live-label"])

form("grid-terms", 4, terms(
    customer_legal_name="Tasman Pacific Seafoods Pty Ltd", vendor_legal_name="Coralline Data Pty Ltd",
    order_form_number="CD-2027-006", billing_contact_email="ap@tasmanpacific.example", currency="AUD",
    effective_date="2027-01-12", service_start_date="2027-02-01", service_end_date="2028-01-31", term_months=12,
    auto_renew=True, renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30,
    billing_frequency="monthly", billing_timing="advance", billing_anchor="calendar_month",
    line_items=[li("Coralline Cold-Chain Monitor", "CD-CCM", "120", "14.00", "month", None, "1680.00")],
    minimum_commitment={"amount": "24000.00", "period": "year"},
    usage_rules=[usage("Alert SMS", "message", "500", "month", "volume", [("5000", "0.10"), (None, "0.07")],
                       "monthly", "arrears")],
    late_fee_percent_per_month="1.25"),
    doc=dict(money=M_AUD, date_style="uk_abbr",
             grid=[("Customer", "Tasman Pacific Seafoods Pty Ltd\n9 Wharf Street, Devonport TAS 7310"),
                   ("Supplier", "Coralline Data Pty Ltd"), ("Order date (effective)", "12 Jan 2027"),
                   ("Go-live", "1 Feb 2027"), ("Ends", "31 Jan 2028"), ("Subscription Term", "12 months"),
                   ("Billing", "Monthly in advance, per calendar month; usage in arrears"),
                   ("Payment terms", "30 days"), ("Invoices to", "ap@tasmanpacific.example"),
                   ("Renewal", "Renews for 12 months unless 30 days' notice"), ("Currency", "AUD, excl. GST"),
                   ("Sites", "Devonport processing plant; Hobart cold store")],
             net_header="Net / month", rate_suffix=[" /sensor/mo"],
             totals=[("Monthly subscription (excl. GST)", "A$1,680.00")],
             usage_rows=[("Alert SMS (messages)", "500 per month", "Band A: 1 - 5,000 billable messages",
                          "A$0.10 per message"),
                         ("", "", "Band B: more than 5,000 billable messages", "A$0.07 per message")],
             usage_note="Volume pricing: billable messages are those above the 500 included each month. The band "
                        "reached by the month's total billable messages sets the rate for all billable messages "
                        "that month. Invoiced monthly in arrears.",
             special=["Minimum annual commitment: A$24,000.00 for the Subscription Term year, across subscription "
                      "fees and usage; any shortfall is invoiced after the final month."],
             sig_vendor=["/s/ Tamsin Ward", "Tamsin Ward, Head of Sales", "Date: 12 Jan 2027"],
             sig_cust=["/s/ Fiona McKellar", "Fiona McKellar, Operations Manager", "Date: 11 Jan 2027"]),
    deal=dict(deal_id="006-BA40E7", deal_name="Tasman Pacific Seafoods - Cold-Chain",
              account_name="Tasman Pacific Seafoods Pty Ltd", close_date="2027-01-12", amount="24000.00",
              billing_contact_email="ap@tasmanpacific.example"),
    deal_lines=[dict(sku="CD-CCM", name="Coralline Cold-Chain Monitor", quantity="120", unit_price="14.00",
                     total="20160.00"),
                dict(sku=None, name="Minimum commitment balance (usage)", quantity="1", unit_price="3840.00",
                     total="3840.00")],
    description="Coralline grid order form, monthly in advance per calendar month (billing_anchor calendar_month). "
                "120 sensors x A$14.00 = A$1,680.00 a month. Usage: Alert SMS with 500 included per month and "
                "VOLUME pricing defined on billable messages (those above the 500): up to 5,000 billable at "
                "A$0.10, more than 5,000 billable at A$0.07 for all of them; up_to 5000 is therefore counted "
                "beyond the allowance, as the document defines it. Minimum annual commitment A$24,000.00 (period "
                "year). No term total (TCV null). CRM books the committed 24,000.00 (20,160 subscription + 3,840 "
                "commitment balance). Late interest 1.25% from the standard terms.",
    tags=["blind", BATCH, "layout:grid-terms", "key-terms-grid", "boilerplate", "aud", "monthly", "usage",
          "volume-tiers", "minimum-commitment", "calendar-month", "defaults-in-boilerplate", "go-live-label"])


# ============================================================================================
# main
# ============================================================================================
BUILDERS = {"cover-kv": build_cover_kv, "quote-accepted": build_quote, "letter-au": build_letter,
            "msa-clauses": build_msa, "customer-po": build_po, "reseller-order": build_reseller,
            "renewal-order": build_renewal, "ramp-pipe": build_ramp, "email-accept": build_text,
            "grid-terms": build_grid}


def deal_json(f):
    t, d = f["terms"], f["deal"]
    if f["deal_lines"]:
        lines = f["deal_lines"]
    else:
        lines = []
        for l in t["line_items"]:
            name = l["description"]
            if l["start_date"]:
                name += f" ({l['start_date']} to {l['end_date']})"
            q = D(line_term_value(f, l, f["dp"]))
            lines.append(dict(sku=l["sku"], name=name, quantity=l["quantity"], unit_price=l["unit_price"],
                              total=str(q)))
    return {"deal_id": d["deal_id"], "deal_name": d["deal_name"], "account_name": d["account_name"],
            "stage": "Closed Won", "close_date": d["close_date"], "currency": t["currency"], "amount": d["amount"],
            "billing_contact_email": d["billing_contact_email"],
            "line_items": [dict(sku=x["sku"], name=x["name"], quantity=x["quantity"], unit_price=x["unit_price"],
                                total=x["total"]) for x in lines]}


def main():
    seen = set()
    for f in FORMS:
        assert f["id"] not in seen
        seen.add(f["id"])
        check_form(f)
        folder = os.path.join(OUT, f"{f['layout']}-{f['nn']:02d}")
        os.makedirs(folder, exist_ok=True)
        contract = "contract." + f["fmt"]
        for old in ("contract.pdf", "contract.txt", "contract.md"):
            if old != contract and os.path.exists(os.path.join(folder, old)):
                os.remove(os.path.join(folder, old))
        BUILDERS[f["layout"]](f, os.path.join(folder, contract))
        expected = {"terms": f["terms"]}
        if f["derived"]:
            expected["derived"] = f["derived"]
        case = {"id": f["id"], "kind": "new_contract", "description": f["description"], "tags": f["tags"],
                "inputs": {"contract": contract, "deal": "deal.json"}, "expected": expected}
        with open(os.path.join(folder, "case.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(case, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(folder, "deal.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(deal_json(f), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print(f"built {len(FORMS)} forms in {len(set(f['layout'] for f in FORMS))} layouts")


if __name__ == "__main__":
    main()
