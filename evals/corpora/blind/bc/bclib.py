"""Shared helpers for the bc blind corpus: number/date formatting, a PDF base class,
boilerplate clauses written for this corpus, and gold-term helpers."""
import calendar
from datetime import date, datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP

from fpdf import FPDF
from fpdf.fonts import FontFace

FIXED = datetime(2026, 1, 1, tzinfo=timezone.utc)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]


# ---------------------------------------------------------------- numbers
def q(x, dp=2):
    x = D(str(x))
    return x.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP) if dp > 0 else x.quantize(D(1), rounding=ROUND_HALF_UP)


def num(x, style="us", dp=2):
    """Format a number. styles: us 1,234.56 | eu 1.234,56 | fr 1 234,56 | ch 1'234.56"""
    x = q(x, dp)
    neg = x < 0
    s = f"{abs(x):.{dp}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    th, dec = {"us": (",", "."), "eu": (".", ","), "fr": (" ", ","), "ch": ("'", "."),
               "plain": ("", ".")}[style]
    out = th.join(groups) + (dec + fp if dp > 0 else "")
    return ("-" if neg else "") + out


def s2(x, dp=2):
    """gold string for money"""
    return f"{q(x, dp):.{dp}f}"


# ---------------------------------------------------------------- dates
def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(iso, style="us"):
    d = date.fromisoformat(iso)
    if style == "iso":
        return iso
    if style == "us":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "usabbr":
        return f"{MON[d.month-1]} {d.day}, {d.year}"
    if style == "uk":
        return f"{ordinal(d.day)} {MONTHS[d.month-1]} {d.year}"
    if style == "ukplain":
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy":
        return f"{d.day}-{MON[d.month-1]}-{d.year % 100:02d}"
    if style == "usnum":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


def add_months(iso, n):
    d = date.fromisoformat(iso)
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def end_after(iso, months):
    """start + months - 1 day"""
    from datetime import timedelta
    return (add_months(iso, months) - timedelta(days=1)).isoformat()


def months_between(start, end):
    """whole months from start to end inclusive, when end = start + n months - 1 day"""
    for n in range(1, 200):
        if end_after(start, n) == end:
            return n
    raise ValueError((start, end))


# ---------------------------------------------------------------- gold helpers
FIELDS = ["customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email",
          "currency", "effective_date", "service_start_date", "service_end_date", "term_months",
          "auto_renew", "renewal_term_months", "non_renewal_notice_days", "payment_terms_days",
          "billing_frequency", "billing_timing", "billing_anchor", "po_required", "po_number",
          "line_items", "total_contract_value", "minimum_commitment", "usage_rules",
          "price_escalator_percent", "late_fee_percent_per_month", "non_standard_terms"]


def T(**kw):
    t = {f: None for f in FIELDS}
    t["line_items"] = []
    t["usage_rules"] = []
    t["non_standard_terms"] = []
    t["po_required"] = False
    for k, v in kw.items():
        assert k in FIELDS, k
        t[k] = v
    return t


def L(description, quantity, unit_price, price_period, sku=None, discount_percent=None,
      net_amount=None, start_date=None, end_date=None, dp=2):
    return {"description": description, "sku": sku, "quantity": str(quantity),
            "unit_price": s2(unit_price, dp), "price_period": price_period,
            "discount_percent": None if discount_percent is None else str(discount_percent),
            "net_amount": None if net_amount is None else s2(net_amount, dp),
            "start_date": start_date, "end_date": end_date}


def U(metric, unit, included_quantity, included_period, pricing_model, tiers, billing_frequency,
      billing_timing):
    return {"metric": metric, "unit": unit,
            "included_quantity": None if included_quantity is None else str(included_quantity),
            "included_period": included_period, "pricing_model": pricing_model,
            "tiers": [{"up_to": None if u is None else str(u), "unit_price": p} for u, p in tiers],
            "billing_frequency": billing_frequency, "billing_timing": billing_timing}


def line_net(li, dp=2):
    """qty * unit * (1 - disc) for one price period"""
    v = D(li["quantity"]) * D(li["unit_price"])
    if li["discount_percent"]:
        v = v * (D(100) - D(li["discount_percent"])) / D(100)
    return q(v, dp)


PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}


# ---------------------------------------------------------------- PDF base
class Doc(FPDF):
    def __init__(self, fmt="A4", font="Helvetica", header_fn=None, footer_fn=None, margins=(20, 18, 20)):
        super().__init__(format=fmt, unit="mm")
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED)
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, margin=22)
        self.base_font = font
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.set_font(font, "", 10)
        self.set_author("")
        self.set_producer("bc corpus build")

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    # -- text helpers
    def f(self, style="", size=10, font=None):
        self.set_font(font or self.base_font, style, size)

    def para(self, text, size=10, style="", align="J", lh=None, space=2.2, indent=0):
        self.f(style, size)
        lh = lh or size * 0.48
        x0 = self.l_margin + indent
        self.set_x(x0)
        self.multi_cell(self.w - self.r_margin - x0, lh, text, align=align, markdown=True,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(space)

    def heading(self, text, size=12, style="B", space_before=3, space_after=1.5, color=None):
        self.ln(space_before)
        if color:
            self.set_text_color(*color)
        self.f(style, size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(space_after)

    def kv_rows(self, pairs, lw=48, size=9.5, lh=5.2, label_style="B", x=None, w=None):
        x = self.l_margin if x is None else x
        w = (self.w - self.r_margin - x) if w is None else w
        for label, value in pairs:
            self.set_x(x)
            self.f(label_style, size)
            y0 = self.get_y()
            self.multi_cell(lw, lh, label, new_x="RIGHT", new_y="TOP")
            sz = size
            self.f("", sz)
            while sz > 6 and max(self.get_string_width(w_) for w_ in value.split()) > w - lw - 4:
                sz -= 0.3
                self.f("", sz)
            self.multi_cell(w - lw, lh, value, align="L", new_x="LMARGIN", new_y="NEXT")
            y1 = max(self.get_y(), y0 + lh)
            self.set_y(y1 + 0.8)

    def grid_table(self, headers, rows, widths, aligns=None, size=8.5, head_fill=(225, 230, 238),
                   borders="ALL", lh=None, bold_last=False, head_style="B", repeat=True, zebra=None):
        self.f("", size)
        self.set_fill_color(255, 255, 255)
        aligns = aligns or ["LEFT"] * len(headers)
        lh = lh or size * 0.6
        hs = FontFace(emphasis=head_style, fill_color=head_fill)
        epw = self.w - self.l_margin - self.r_margin
        if sum(widths) > epw:
            widths = [w * epw / sum(widths) for w in widths]
        with self.table(col_widths=widths, text_align=aligns, headings_style=hs, line_height=lh,
                        borders_layout=borders, repeat_headings=1 if repeat else 0,
                        width=sum(widths), align="LEFT",
                        cell_fill_color=zebra, cell_fill_mode="ROWS" if zebra else "NONE") as t:
            r = t.row()
            for h in headers:
                r.cell(h)
            for i, row in enumerate(rows):
                r = t.row()
                for c in row:
                    if bold_last and i == len(rows) - 1:
                        r.cell(c, style=FontFace(emphasis="B"))
                    else:
                        r.cell(c)
        self.ln(2)


def page_num_footer(text="", font="Helvetica", size=7.5):
    def fn(pdf):
        pdf.set_y(-14)
        pdf.set_font(font, "", size)
        pdf.set_text_color(110, 110, 110)
        if text:
            pdf.cell(0, 4, text, align="L")
            pdf.set_x(pdf.l_margin)
        pdf.cell(0, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")
        pdf.set_text_color(0, 0, 0)
    return fn


# ---------------------------------------------------------------- boilerplate (written for this corpus)
# {V} = defined term for the vendor, {C} = for the customer, {D} = the document's own name
CLAUSES = {
    "use": ("Use of the Service",
            "{C} may allow its employees and individual contractors to use the Service solely for {C}'s internal "
            "business operations and only within the quantities ordered in this {D}. {C} is responsible for the acts "
            "and omissions of everyone who uses the Service under its account and will keep log-in credentials "
            "confidential. {C} will not resell, sublicense or time-share the Service, reverse engineer it, or use it "
            "to build a competing product."),
    "data": ("Customer Data",
             "As between the parties, {C} keeps all rights in the data, files and content it submits to the Service "
             "(\"Customer Data\"). {V} will process Customer Data only to provide, secure and support the Service, to "
             "prevent or fix technical problems, and as {C} otherwise instructs in writing. Where Customer Data "
             "includes personal data, the data processing terms referenced in the Agreement apply."),
    "security": ("Security",
                 "{V} maintains administrative, physical and technical safeguards designed to protect Customer Data "
                 "against accidental or unlawful destruction, loss, alteration and unauthorised disclosure or access. "
                 "{V} will notify {C} without undue delay after it becomes aware of a security incident affecting "
                 "Customer Data and will provide the information {C} reasonably needs to meet its own obligations."),
    "conf": ("Confidentiality",
             "Each party may receive non-public information of the other that is marked confidential or that a "
             "reasonable person would understand to be confidential. The receiving party will use it only to perform "
             "or exercise its rights under this {D}, will share it only with personnel and advisers who need to know "
             "it and are bound by similar duties, and will protect it with at least reasonable care. These duties "
             "continue for three years after this {D} ends, and indefinitely for trade secrets."),
    "warranty": ("Warranties",
                 "{V} warrants that the Service will perform materially in accordance with its then-current "
                 "documentation and that it will not materially reduce the overall functionality of the Service during "
                 "the subscription. If {V} breaches this warranty, {C}'s remedy is for {V} to correct the "
                 "non-conformity and, if {V} cannot do so within a reasonable time, for either party to end the "
                 "affected subscription, in which case {V} will refund any prepaid fees covering the remainder of it."),
    "disclaimer": ("Disclaimer",
                   "Except as expressly stated in this {D}, neither party makes any warranty of any kind, whether "
                   "express, implied, statutory or otherwise, and each party specifically disclaims implied "
                   "warranties of merchantability, fitness for a particular purpose, title and non-infringement to the "
                   "fullest extent permitted by law."),
    "liability": ("Limitation of Liability",
                  "Neither party will be liable to the other for any indirect, incidental, special, exemplary or "
                  "consequential damages, or for loss of profits, revenue, goodwill or data, however caused. Except "
                  "for {C}'s payment obligations and either party's breach of confidentiality, each party's total "
                  "liability arising out of or relating to this {D} will not exceed the amounts paid and payable by "
                  "{C} in the twelve months preceding the event that gave rise to the claim."),
    "ip": ("Intellectual Property",
           "{V} and its licensors own all rights, title and interest in and to the Service, its documentation and "
           "all improvements and derivative works of them, including any that incorporate {C}'s suggestions. No "
           "rights are granted to {C} other than those expressly set out in this {D}."),
    "suspension": ("Suspension",
                   "{V} may temporarily suspend access to the Service if {C}'s use threatens the security or "
                   "integrity of the Service or of other customers, or if an undisputed invoice remains unpaid after "
                   "{V} has given written notice and a reasonable opportunity to pay. {V} will limit any suspension "
                   "to what is necessary and will restore access promptly once the cause has been resolved."),
    "taxes": ("Taxes",
              "All fees exclude value added tax, goods and services tax, sales, use and similar taxes and duties, "
              "which {C} will pay in addition at the applicable rate, except for taxes based on {V}'s net income. If "
              "{C} is required by law to withhold tax, it will gross up its payment so that {V} receives the amount "
              "it would have received without the withholding."),
    "assign": ("Assignment",
               "Neither party may assign or transfer this {D} without the prior written consent of the other, which "
               "will not be unreasonably withheld, except that either party may assign it without consent to a "
               "successor to all or substantially all of its business or assets in connection with a merger, "
               "acquisition or corporate reorganisation."),
    "force": ("Force Majeure",
              "Neither party is liable for any delay or failure to perform, other than a failure to pay money, caused "
              "by events beyond its reasonable control, including natural disasters, epidemics, acts of government, "
              "failures of public utilities or communications networks, and labour disputes not involving the "
              "affected party's own employees."),
    "notices": ("Notices",
                "Notices under this {D} must be in writing and delivered by hand, by courier or by registered post to "
                "the addresses given in this {D}, or to another address that a party designates by notice. Routine "
                "operational communications may be sent by e-mail, but notices of breach, termination or "
                "non-renewal must also be sent in writing."),
    "entire": ("Entire Agreement",
               "This {D}, together with the Agreement and the documents expressly referenced in it, is the entire "
               "agreement of the parties on its subject matter and supersedes all earlier proposals, quotations and "
               "discussions. Terms printed on or attached to a purchase order, supplier-portal registration or "
               "similar document issued by {C} do not apply, even if {V} accepts the purchase order."),
    "support": ("Support",
                "Standard technical support is included in the subscription and is available through {V}'s help "
                "centre during published business hours. Availability commitments and service credits are described "
                "in {V}'s service level policy, which is incorporated by reference; service credits are {C}'s sole "
                "remedy for unavailability."),
    "publicity": ("Publicity",
                  "Neither party will use the other party's name, logo or trademarks in any press release, case "
                  "study or marketing material without that party's prior written approval."),
    "export": ("Export and Sanctions",
               "Each party will comply with the export control and economic sanctions laws that apply to its "
               "provision or use of the Service. {C} will not permit access to the Service from an embargoed "
               "country or by a person on a restricted-party list."),
    "audit": ("Usage Verification",
              "{V} may review {C}'s use of the Service, not more than once in any twelve-month period and on "
              "reasonable notice, to confirm that use stays within the quantities ordered. Any excess use revealed "
              "will be invoiced at the prices in this {D}."),
    "counterparts": ("Counterparts and Electronic Signature",
                     "This {D} may be executed in counterparts and signed electronically. Each counterpart is an "
                     "original and all of them together are one instrument."),
    "independent": ("Relationship of the Parties",
                    "The parties are independent contractors. Nothing in this {D} creates a partnership, joint "
                    "venture, agency, franchise or employment relationship between them."),
    "severability": ("Severability and Waiver",
                     "If a court finds any provision of this {D} unenforceable, that provision will be enforced to the "
                     "maximum extent permissible and the remaining provisions will stay in full force. A party's "
                     "failure or delay in enforcing a provision is not a waiver of its right to do so later."),
    "thirdparty": ("Third-Party Integrations",
                   "The Service may interoperate with applications that are not provided by {V}. {V} does not "
                   "warrant and is not responsible for those applications, and their providers' terms govern {C}'s "
                   "use of them. If a third-party provider stops making its interface available on reasonable terms, "
                   "{V} may cease to provide the affected integration without liability."),
    "feedback": ("Feedback",
                 "{C} may, but need not, give {V} suggestions or other feedback about the Service. {V} may use that "
                 "feedback without restriction or obligation, provided it does not identify {C} as its source."),
    "termination": ("Termination for Cause",
                    "Either party may terminate this {D} by written notice if the other party materially breaches it "
                    "and fails to cure the breach within thirty days after receiving notice describing it in "
                    "reasonable detail, or if the other party becomes the subject of insolvency proceedings that are "
                    "not dismissed within sixty days. On termination, {C}'s right to use the Service ends and each "
                    "party will return or destroy the other's confidential information."),
    "return": ("Return of Data",
               "For thirty days after the end of the subscription {V} will, on request, make Customer Data available "
               "for export in a standard format. After that period {V} may delete Customer Data in the ordinary "
               "course, subject to its backup retention schedule."),
}


def boiler_text(key, V, C, Dn):
    title, body = CLAUSES[key]
    import re
    body = body.replace("{V}", V).replace("{C}", C).replace("{D}", Dn)
    body = re.sub(r"(^|[.!?]\s+|\(\w\)\s+)the\b", lambda m: m.group(1) + "The", body)
    return title, body
