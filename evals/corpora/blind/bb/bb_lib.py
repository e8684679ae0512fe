"""Shared helpers for the bb corpus: formatting, gold-term helpers, boilerplate, PDF base classes.

Everything here is deterministic: no clock, no unseeded randomness.
"""
import json
import os
import random
from datetime import date, datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = os.path.dirname(os.path.abspath(__file__))
BATCH = "bb"
CREATION = datetime(2026, 1, 1, tzinfo=timezone.utc)

# ---------------------------------------------------------------- money / numbers
MINOR = {"JPY": 0, "KWD": 3, "BHD": 3, "OMR": 3}


def minor(cur):
    return MINOR.get(cur, 2)


def m(value, cur):
    """Canonical gold money string in the currency's minor units."""
    d = D(str(value))
    n = minor(cur)
    return str(d.quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)) if n else str(d.quantize(D(1)))


def _group(ip, style):
    if style == "in":  # Indian lakh/crore grouping: 12,34,567
        if len(ip) <= 3:
            return [ip]
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return parts + [tail]
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return parts


THOU = {"en": ",", "de": ".", "sp": " ", "ch": "'", "in": ",", "plain": ""}
DECP = {"en": ".", "de": ",", "sp": ",", "ch": ".", "in": ".", "plain": "."}


def fnum(value, style="en", dec=2):
    """Format a number for display: en 1,234.56 / de 1.234,56 / sp 1 234,56 / ch 1'234.56 / in 12,34,567.00"""
    d = D(str(value))
    d = d.quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP) if dec else d.quantize(D(1))
    s = f"{abs(d):f}"
    ip, _, fp = s.partition(".")
    out = THOU[style].join(_group(ip, style))
    if fp:
        out += DECP[style] + fp
    return ("-" if d < 0 else "") + out


def ext(qty, unit, disc=None):
    """qty * unit * (1 - disc/100), exact Decimal."""
    v = D(str(qty)) * D(str(unit))
    if disc:
        v = v * (D(100) - D(str(disc))) / D(100)
    return v


# ---------------------------------------------------------------- number words
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _lt1000(n, use_and):
    words = []
    h, r = divmod(n, 100)
    if h:
        words.append(_ONES[h] + " hundred")
    if r:
        if h and use_and:
            words.append("and")
        if r < 20:
            words.append(_ONES[r])
        else:
            t, o = divmod(r, 10)
            words.append(_TENS[t] + ("-" + _ONES[o] if o else ""))
    return " ".join(words)


def words(n, use_and=True):
    """Integer to English words, UK style ('one hundred and twenty-eight thousand three hundred')."""
    n = int(n)
    if n == 0:
        return "zero"
    out = []
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (1, "")):
        q, n = divmod(n, div)
        if q:
            chunk = _lt1000(q, use_and)
            out.append(chunk + (" " + name if name else ""))
            last_small = (div == 1)
            if last_small and q < 100 and len(out) > 1 and use_and:
                out[-1] = "and " + out[-1]
    return " ".join(out)


def title_words(n):
    """'Six Thousand One Hundred Twenty-Seven' (Gulf purchase-order style, no 'and')."""
    w = words(n, use_and=False)
    return " ".join("-".join(p.capitalize() for p in t.split("-")) for t in w.split(" "))


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _ord(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fd(iso, style):
    d = date.fromisoformat(iso)
    mon = MONTHS[d.month - 1]
    if style == "iso":
        return iso
    if style == "us":
        return f"{mon} {d.day}, {d.year}"
    if style == "uk":
        return f"{d.day} {mon} {d.year}"
    if style == "ukord":
        return f"{_ord(d.day)} {mon} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dotshort":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "abbr2":          # 1-Mar-26
        return f"{d.day}-{mon[:3]}-{d.year % 100:02d}"
    if style == "dmy":            # 01-Apr-2026
        return f"{d.day:02d}-{mon[:3]}-{d.year}"
    if style == "abbr":           # 1 Mar 2026
        return f"{d.day} {mon[:3]} {d.year}"
    if style == "slash":          # 01/03/2026
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "jp":             # 2026/04/01
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


# ---------------------------------------------------------------- gold helpers
TERM_FIELDS = [
    "customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email", "currency",
    "effective_date", "service_start_date", "service_end_date", "term_months", "auto_renew",
    "renewal_term_months", "non_renewal_notice_days", "payment_terms_days", "billing_frequency",
    "billing_timing", "billing_anchor", "po_required", "po_number", "line_items", "total_contract_value",
    "minimum_commitment", "usage_rules", "price_escalator_percent", "late_fee_percent_per_month",
    "non_standard_terms",
]
LIST_FIELDS = {"line_items", "usage_rules", "non_standard_terms"}


def terms(**kw):
    bad = set(kw) - set(TERM_FIELDS)
    assert not bad, bad
    t = {}
    for f in TERM_FIELDS:
        t[f] = kw.get(f, [] if f in LIST_FIELDS else None)
    return t


def L(description, qty, unit, period, cur, disc=None, net=None, sku=None, start=None, end=None):
    """One gold line item.  `net` is the hand-worked amount shown in the document (checked here)."""
    assert period in ("year", "quarter", "month", "one_time"), period
    if net is not None:
        calc = ext(qty, unit, disc)
        assert D(str(net)) == calc, (description, net, calc)
    return {
        "description": description,
        "sku": sku,
        "quantity": str(qty),
        "unit_price": m(unit, cur),
        "price_period": period,
        "discount_percent": None if disc is None else str(disc),
        "net_amount": None if net is None else m(net, cur),
        "start_date": start,
        "end_date": end,
    }


def U(metric, unit, included, included_period, model, tiers, freq, timing):
    assert model in ("per_unit", "graduated", "volume")
    return {
        "metric": metric, "unit": unit,
        "included_quantity": None if included is None else str(included),
        "included_period": included_period, "pricing_model": model,
        "tiers": [{"up_to": None if u is None else str(u), "unit_price": str(p)} for u, p in tiers],
        "billing_frequency": freq, "billing_timing": timing,
    }


def MC(amount, period, cur):
    return {"amount": m(amount, cur), "period": period}


def deal(deal_id, name, account, close, cur, amount, email, items, mismatch=False):
    """items: (name, qty, unit_price, total).  Unless mismatch, sum(total) must equal amount."""
    li = []
    s = D(0)
    for nm, q, up, tot in items:
        assert D(str(q)) * D(str(up)) == D(str(tot)), (nm, q, up, tot)
        s += D(str(tot))
        li.append({"sku": None, "name": nm, "quantity": str(q), "unit_price": m(up, cur), "total": m(tot, cur)})
    assert s == D(str(amount)), (deal_id, s, amount)
    return {"deal_id": deal_id, "deal_name": name, "account_name": account, "stage": "Closed Won",
            "close_date": close, "currency": cur, "amount": m(amount, cur),
            "billing_contact_email": email, "line_items": li}


def check_tcv(t, extra_periods):
    """Check a stated TCV: extra_periods maps line index -> number of price periods billed over the term."""
    cur = t["currency"]
    s = D(0)
    for i, li in enumerate(t["line_items"]):
        amt = ext(li["quantity"], li["unit_price"], li["discount_percent"])
        s += amt * extra_periods[i]
    assert m(s, cur) == t["total_contract_value"], (t["order_form_number"], m(s, cur), t["total_contract_value"])


def write_case(form, contract_name):
    folder = os.path.join(OUT, form["folder"])
    os.makedirs(folder, exist_ok=True)
    case = {
        "id": f"{BATCH}-{form['folder']}",
        "kind": "new_contract",
        "description": form["description"],
        "tags": ["blind", BATCH, "layout:" + form["layout"]] + form["tags"],
        "inputs": {"contract": contract_name, "deal": "deal.json"},
        "expected": {"terms": form["terms"]},
    }
    if form.get("derived"):
        case["expected"]["derived"] = form["derived"]
    with open(os.path.join(folder, "case.json"), "w", encoding="utf-8") as fh:
        json.dump(case, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(folder, "deal.json"), "w", encoding="utf-8") as fh:
        json.dump(form["deal"], fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return folder


# ---------------------------------------------------------------- PDF base
class Doc(FPDF):
    def __init__(self, hdr=None, ftr=None, margins=(20, 18, 20), bottom=20, fmt="A4"):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(CREATION)
        self._hdr, self._ftr = hdr, ftr
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)

    def header(self):
        if self._hdr:
            self._hdr(self)

    def footer(self):
        if self._ftr:
            self._ftr(self)

    # small conveniences
    def para(self, text, size=9.5, style="", h=None, align="J", family=None, color=(0, 0, 0), indent=0):
        self.set_font(family or self.font_family or "Helvetica", style, size)
        self.set_text_color(*color)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def gap(self, h=3):
        self.ln(h)


def FF(**kw):
    return FontFace(**kw)


def sig_block(pdf, parties, y_gap=6, size=9, family="Helvetica", labels=("Signature", "Name", "Title", "Date")):
    """parties: list of dicts {heading, name, title, date}; laid out in columns."""
    n = len(parties)
    w = (pdf.epw - (n - 1) * 8) / n
    if pdf.will_page_break(52):
        pdf.add_page()
    y0 = pdf.get_y()
    for i, p in enumerate(parties):
        x = pdf.l_margin + i * (w + 8)
        pdf.set_xy(x, y0)
        pdf.set_font(family, "B", size)
        pdf.multi_cell(w, size * 0.5, p["heading"], new_x="LEFT", new_y="NEXT")
        pdf.ln(y_gap)
        pdf.set_font(family, "", size)
        vals = [p.get("sig", ""), p.get("name", ""), p.get("title", ""), p.get("date", "")]
        for lab, val in zip(labels, vals):
            if lab is None:
                continue
            pdf.set_x(x)
            pdf.set_font(family, "", size - 1)
            pdf.cell(22, 7, lab + ":")
            pdf.set_font("Times" if lab == labels[0] and val else family, "I" if lab == labels[0] and val else "", size)
            pdf.cell(w - 22, 7, val, border="B", new_x="LEFT", new_y="NEXT")
            pdf.set_x(x)
    pdf.set_y(y0 + 52)


# ---------------------------------------------------------------- boilerplate (own wording)
BP = {
    "definitions": ("Definitions",
        "In this Agreement, \"Service\" means the hosted software and related services described in the Order; "
        "\"Customer Data\" means information that the Customer or its Users upload to or create in the Service; "
        "\"Users\" means the individuals whom the Customer authorises to access the Service; and \"Documentation\" "
        "means the online guides and specifications that the {S} publishes for the Service from time to time."),
    "access": ("Right to use",
        "Subject to payment of the fees, the {S} grants the Customer, for the subscription term, a non-exclusive and "
        "non-transferable right to allow its Users to access and use the Service for the Customer's own internal "
        "business purposes. The Customer shall not sub-license, resell, frame or otherwise make the Service available "
        "to third parties, except where this Agreement expressly allows it."),
    "customer": ("Customer responsibilities",
        "The Customer is responsible for the accuracy and lawfulness of Customer Data, for keeping access credentials "
        "confidential and for everything its Users do in the Service. The Customer shall tell the {S} without delay "
        "if it becomes aware of any unauthorised access to its accounts."),
    "aup": ("Acceptable use",
        "The Customer shall not use the Service to store or send material that is unlawful, infringing or malicious, "
        "shall not try to probe, scan or get around the security of the Service, and shall not place automated load "
        "on the Service beyond the limits described in the Documentation."),
    "availability": ("Availability",
        "The {S} will use commercially reasonable efforts to keep the Service available at least 99.5% of the time in "
        "each calendar month, not counting planned maintenance announced at least 48 hours ahead. Where service "
        "credits are offered in the Documentation, they are the Customer's only remedy for unavailability."),
    "support": ("Support",
        "The {S} provides support by e-mail and through its online portal during normal business hours in its home "
        "time zone. Response targets for each priority level are described in the Documentation and may be improved "
        "but not materially reduced during the subscription term."),
    "dp": ("Data protection",
        "Each party shall comply with the data protection laws that apply to it. To the extent the {S} processes "
        "personal data on the Customer's behalf, it acts as processor under the data processing terms published on its "
        "website, which are incorporated into this Agreement by reference."),
    "security": ("Security",
        "The {S} maintains administrative, physical and technical safeguards suited to the nature of Customer Data, "
        "including encryption in transit, role-based access controls, logging and periodic independent testing."),
    "conf": ("Confidentiality",
        "Each party shall keep confidential any non-public information received from the other that is marked as "
        "confidential or would reasonably be understood to be so, shall use it only to perform this Agreement and "
        "shall disclose it only to staff and advisers who need to know it and are bound by equivalent duties. These "
        "duties continue for five years after this Agreement ends."),
    "ip": ("Intellectual property",
        "The {S} and its licensors keep all rights in the Service, the Documentation and any improvements to them. The "
        "Customer keeps all rights in Customer Data and grants the {S} a limited licence to host, copy and process it "
        "only as needed to provide the Service."),
    "warranty": ("Warranties",
        "The {S} warrants that the Service will perform materially as described in the Documentation. If it does not, "
        "the {S} will use reasonable efforts to correct the fault, and if it cannot do so within a reasonable period "
        "either party may end the affected Service. All other warranties are excluded to the extent the law allows."),
    "indemnity": ("Third-party claims",
        "The {S} shall defend the Customer against any claim that the Service infringes a third party's intellectual "
        "property rights and shall pay any damages finally awarded, provided that the Customer tells the {S} about the "
        "claim promptly, lets it control the defence and gives reasonable help."),
    "liability": ("Limits of liability",
        "Neither party is liable for lost profit, revenue, goodwill or anticipated savings, or for any indirect or "
        "consequential loss. Each party's total liability under this Agreement in any twelve-month period is limited "
        "to the fees paid or payable in that period. Nothing in this Agreement limits liability for death or personal "
        "injury caused by negligence, for fraud, or for anything else that cannot lawfully be limited."),
    "suspension": ("Suspension",
        "The {S} may suspend access to the Service if undisputed fees are still unpaid fourteen days after a written "
        "reminder, or if suspension is reasonably needed to protect the Service or other customers. Access will be "
        "restored promptly once the reason for suspension has been dealt with."),
    "termination": ("Termination for cause",
        "Either party may end this Agreement by written notice if the other party materially breaches it and does not "
        "put the breach right within thirty days of being told about it, or if the other party becomes insolvent or "
        "makes an arrangement with its creditors."),
    "exit": ("Consequences of ending",
        "When this Agreement ends, the Customer's right to use the Service stops. For thirty days afterwards the {S} "
        "will keep Customer Data available for export, after which it may delete it. Fees relating to the period "
        "before the end date remain payable."),
    "fm": ("Events outside a party's control",
        "Neither party is responsible for delay or failure caused by events beyond its reasonable control, as long as "
        "it tells the other party and takes reasonable steps to limit the effect. If such an event continues for more "
        "than sixty days, either party may end the affected Service by notice."),
    "assign": ("Assignment",
        "Neither party may transfer this Agreement without the other party's consent, which shall not be unreasonably "
        "withheld, except to a successor that takes over all or substantially all of its relevant business."),
    "notices": ("Notices",
        "Notices must be in writing and delivered by hand, by recorded post or by e-mail to the addresses shown in the "
        "Order. A notice sent by e-mail takes effect on the next business day after it is sent."),
    "entire": ("Whole agreement",
        "This Agreement, made up of the Order and these terms, is the whole agreement between the parties about its "
        "subject and replaces earlier proposals and discussions. If the Order and these terms conflict, the Order "
        "prevails."),
    "publicity": ("Publicity",
        "Neither party may use the other party's name or logo in marketing material without its prior written "
        "consent."),
    "compliance": ("Compliance",
        "Each party shall comply with the anti-bribery, sanctions and export control laws that apply to it in "
        "connection with this Agreement."),
    "subcontract": ("Subcontractors",
        "The {S} may use subcontractors and hosting providers to deliver the Service and remains responsible for "
        "their performance."),
    "misc": ("General",
        "If any provision of this Agreement is found to be invalid, the rest of it remains in force. A failure or "
        "delay in exercising a right is not a waiver of it. Only the parties may enforce this Agreement, and it may be "
        "changed only in a document signed by both of them."),
    "audit": ("Verification",
        "Not more than once a year and on reasonable notice, the {S} may check that the Customer's use stays within "
        "the purchased quantities. If the check shows use above those quantities, the Customer shall pay for the "
        "excess at the rates then in force."),
    "changes": ("Changes to the Service",
        "The {S} may improve or change the Service from time to time, provided that the change does not materially "
        "reduce the core functions to which the Customer has subscribed."),
    "taxes": ("Taxes",
        "Fees do not include value added tax, goods and services tax, sales tax or similar charges, which the Customer "
        "shall pay in addition at the applicable rate. Fees are non-cancellable and non-refundable unless this "
        "Agreement expressly says otherwise."),
    "law": ("Governing law",
        "This Agreement is governed by the laws of {LAW}, and the courts of {VENUE} have exclusive jurisdiction over "
        "any dispute arising out of or in connection with it."),
}


def bp(keys, S="Supplier", LAW="England and Wales", VENUE="London"):
    out = []
    for k in keys:
        title, text = BP[k]
        out.append((title, text.replace("{S}", S).replace("{LAW}", LAW).replace("{VENUE}", VENUE)))
    return out


# Purchaser's conditions (purchase-order layouts)
PO_TC = [
    ("Acceptance", "The Supplier accepts this Purchase Order, including these conditions, by signing and returning "
     "a copy or by starting performance, whichever happens first. Any terms printed on the Supplier's quotation or "
     "invoice do not apply."),
    ("Invoices", "Invoices must be addressed to the Purchaser's finance department, must show this Purchase Order "
     "number and the Purchaser's tax registration number, and must be supported by the documents the Purchaser "
     "reasonably asks for. Invoices that do not meet these requirements will be returned unpaid."),
    ("Prices", "The prices in this Purchase Order are fixed for its duration and include every charge of the "
     "Supplier, including travel and expenses, except value added tax where it applies."),
    ("Performance", "The Supplier shall perform the services with reasonable skill and care, in line with good "
     "industry practice and any specifications attached to this Purchase Order."),
    ("Confidential information", "The Supplier shall keep confidential all information received from the Purchaser "
     "and shall use it only to perform this Purchase Order."),
    ("Data", "All data supplied by the Purchaser, or generated for it, remains the property of the Purchaser and "
     "shall be returned or deleted on request at the end of the service period."),
    ("Local law", "The Supplier shall comply with all laws and regulations in force in the Purchaser's country, "
     "including any requirements about the hosting of data."),
    ("Termination", "The Purchaser may cancel this Purchase Order by written notice if the Supplier fails to perform "
     "and does not put the failure right within fifteen days of notice."),
    ("Assignment", "The Supplier may not assign or subcontract this Purchase Order without the Purchaser's written "
     "approval."),
    ("Disputes", "Disputes shall first be discussed in good faith between senior representatives. Any dispute not "
     "settled within thirty days shall be referred to the competent courts of the Purchaser's country."),
]

PARTNER_TC = [
    ("Partner Agreement", "This Partner Order is placed under, and governed by, the partner agreement referred to "
     "above. Words defined in that agreement have the same meaning here."),
    ("Payment responsibility", "The Reseller alone is responsible for paying the fees in this Partner Order, whether "
     "or not it has been paid by the End User. The Vendor will not invoice the End User."),
    ("End User terms", "The End User's use of the Service is subject to the Vendor's end user subscription terms. "
     "The Reseller shall make sure the End User accepts those terms before the Service is activated."),
    ("Resale price", "The Reseller is free to set its own resale price to the End User. The Vendor has no say in "
     "that price and is not bound by any promise the Reseller makes to the End User."),
    ("Activation", "The Vendor will send activation details to the End User's technical contact named above on or "
     "shortly before the start date."),
    ("Support", "First-line support to the End User is provided by the Reseller. The Vendor provides second-line "
     "support to the Reseller under the partner agreement."),
    ("Confidentiality", "Pricing in this Partner Order is confidential between the Vendor and the Reseller and "
     "must not be shown to the End User."),
    ("Compliance", "Each party shall comply with applicable anti-corruption, sanctions and export control laws."),
]


# ---------------------------------------------------------------- "scanned" text helpers
def scan_wrap(measure, text, width, rng, hyphen_p=0.75, odd_p=0.12, min_word=7):
    """Wrap prose into lines of at most `width` (in measure units), with hyphenated breaks and uneven spacing."""
    words_ = text.split()
    lines, cur = [], []

    def joined(ws):
        return " ".join(ws)

    i = 0
    while i < len(words_):
        w = words_[i]
        trial = joined(cur + [w])
        if measure(trial) <= width or not cur:
            cur.append(w)
            i += 1
            continue
        # try hyphenating w
        core = w.rstrip(".,;:)")
        done = False
        if len(core) >= min_word and core.isalpha() and rng.random() < hyphen_p:
            fits = [c for c in range(len(core) - 3, 2, -1) if measure(joined(cur + [w[:c] + "-"])) <= width]
            if fits:
                vow = "aeiouyAEIOUY"
                nice = [c for c in fits if core[c - 1] in vow and core[c] not in vow]
                cut = (nice or fits)[0]
                cur.append(w[:cut] + "-")
                words_[i] = w[cut:]
                done = True
        lines.append(cur)
        cur = []
        if not done:
            continue
    if cur:
        lines.append(cur)
    out = []
    for ws in lines:
        s = ""
        for j, w in enumerate(ws):
            if j:
                r = rng.random()
                s += "   " if r < odd_p / 4 else ("  " if r < odd_p else " ")
            s += w
        out.append(s)
    return out


def seeded(name):
    return random.Random("bb::" + name)
