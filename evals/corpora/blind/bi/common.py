# Shared helpers for the bi corpus build (deterministic). Adapted from batch bh's common.py.
import json, os, calendar
from datetime import date, datetime, timezone
from decimal import Decimal as D
from fpdf import FPDF

OUT = os.path.dirname(os.path.abspath(__file__))
CUR_DEC = {"JPY": 0, "KRW": 0, "KWD": 3, "BHD": 3, "OMR": 3}

def dec(cur):
    return CUR_DEC.get(cur, 2)

def qz(x, cur):
    d = dec(cur)
    return D(x).quantize(D(1).scaleb(-d)) if d else D(x).quantize(D(1))

def s(x, cur):
    """gold money string"""
    return str(qz(x, cur))

def num(x, cur, style="us"):
    d = dec(cur)
    t = f"{qz(x, cur):,.{d}f}"
    if style == "eu":
        t = t.replace(",", "#").replace(".", ",").replace("#", ".")
    elif style == "space":
        t = t.replace(",", " ").replace(".", ",") if d else t.replace(",", " ")
    elif style == "ch":
        t = t.replace(",", "'")
    return t

def intfmt(n, style="us"):
    t = f"{int(n):,}"
    if style == "eu":
        t = t.replace(",", ".")
    elif style == "space":
        t = t.replace(",", " ")
    elif style == "ch":
        t = t.replace(",", "'")
    return t

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"

def dt(iso, style="iso"):
    y, m, d = map(int, iso.split("-"))
    if style == "iso":
        return iso
    if style == "us":
        return f"{MONTHS[m-1]} {d}, {y}"
    if style == "uk":
        return f"{ordinal(d)} {MONTHS[m-1]} {y}"
    if style == "dmy":
        return f"{d} {MONTHS[m-1]} {y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "short":
        return f"{d}-{MONTHS[m-1][:3]}-{y % 100:02d}"
    if style == "abbr":
        return f"{d} {MONTHS[m-1][:3]} {y}"
    if style == "ymd_slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "slash_uk":
        return f"{d:02d}/{m:02d}/{y}"
    raise ValueError(style)

def add_months(iso, n, minus_day=False):
    y, m, d = map(int, iso.split("-"))
    m0 = m - 1 + n
    y2, m2 = y + m0 // 12, m0 % 12 + 1
    d2 = min(d, calendar.monthrange(y2, m2)[1])
    r = date(y2, m2, d2)
    if minus_day:
        r = date.fromordinal(r.toordinal() - 1)
    return r.isoformat()

def L(desc, qty, price, period, cur, sku=None, disc=None, start=None, end=None,
      show_net=True, periods=1, removed=False, note=None):
    qty = D(str(qty)); price = D(str(price))
    gross = qty * price
    net = gross if disc is None else gross * (D(100) - D(str(disc))) / D(100)
    net = qz(net, cur)
    return {"desc": desc, "sku": sku, "qty": qty, "price": qz(price, cur), "period": period,
            "disc": disc, "net": net, "gross": qz(gross, cur), "start": start, "end": end,
            "show_net": show_net, "periods": periods, "removed": removed, "note": note, "cur": cur}

def gold_line(l):
    return {"description": l["desc"], "sku": l["sku"], "quantity": str(l["qty"]),
            "unit_price": s(l["price"], l["cur"]), "price_period": l["period"],
            "discount_percent": None if l["disc"] is None else str(l["disc"]),
            "net_amount": s(l["net"], l["cur"]) if l["show_net"] else None,
            "start_date": l["start"], "end_date": l["end"]}

def term_value(lines, cur):
    return qz(sum((l["net"] * l["periods"] for l in lines if not l["removed"]), D(0)), cur)

FIELDS = ["customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email",
          "currency", "effective_date", "service_start_date", "service_end_date", "term_months",
          "auto_renew", "renewal_term_months", "non_renewal_notice_days", "payment_terms_days",
          "billing_frequency", "billing_timing", "billing_anchor", "po_required", "po_number",
          "line_items", "total_contract_value", "minimum_commitment", "usage_rules",
          "price_escalator_percent", "late_fee_percent_per_month", "non_standard_terms"]

def usage(metric, unit, incl, incl_period, model, tiers, freq=None, timing=None):
    return {"metric": metric, "unit": unit, "included_quantity": incl, "included_period": incl_period,
            "pricing_model": model, "tiers": [{"up_to": a, "unit_price": b} for a, b in tiers],
            "billing_frequency": freq, "billing_timing": timing}

def write_case(batch, layout, n, spec, ext="pdf"):
    """spec: dict with t (terms, without line_items), lines, desc, tags, derived, deal (dict overrides)"""
    cid = f"{layout}-{n:02d}"
    folder = os.path.join(OUT, cid)
    os.makedirs(folder, exist_ok=True)
    for k in FIELDS:
        if k in ("usage_rules", "non_standard_terms"):
            spec["t"].setdefault(k, [])
        elif k != "line_items":
            spec["t"].setdefault(k, None)
    t = dict(spec["t"])
    cur = t["currency"]
    lines = spec["lines"]
    t["line_items"] = [gold_line(l) for l in lines if not l["removed"]]
    for k in ["usage_rules", "non_standard_terms"]:
        t.setdefault(k, [])
    for k in FIELDS:
        t.setdefault(k, None)
    assert set(t) == set(FIELDS), set(t) ^ set(FIELDS)
    tv = term_value(lines, cur)
    if t["total_contract_value"] is not None and not spec.get("tcv_mismatch_ok"):
        assert t["total_contract_value"] == s(tv, cur), (cid, t["total_contract_value"], tv)
    deal = {"deal_id": spec["deal_id"], "deal_name": spec.get("deal_name", f'{t["customer_legal_name"]} - new subscription'),
            "account_name": t["customer_legal_name"], "stage": "Closed Won",
            "close_date": spec.get("close_date", t["effective_date"] or t["service_start_date"]),
            "currency": cur, "amount": s(tv, cur),
            "billing_contact_email": t["billing_contact_email"],
            "line_items": [{"sku": l["sku"], "name": l["desc"], "quantity": str(l["qty"]),
                            "unit_price": s(l["price"], cur),
                            "total": s(l["net"] * l["periods"], cur)} for l in lines if not l["removed"]]}
    deal.update(spec.get("deal", {}))
    case = {"id": f"{batch}-{cid}", "kind": "new_contract", "description": spec["desc"],
            "tags": ["blind", batch, f"layout:{layout}"] + spec.get("tags", []),
            "inputs": {"contract": f"contract.{ext}", "deal": "deal.json"},
            "expected": {"terms": {k: t[k] for k in FIELDS}}}
    if spec.get("derived"):
        case["expected"]["derived"] = spec["derived"]
    with open(os.path.join(folder, "case.json"), "w") as f:
        json.dump(case, f, indent=2, ensure_ascii=False); f.write("\n")
    with open(os.path.join(folder, "deal.json"), "w") as f:
        json.dump(deal, f, indent=2, ensure_ascii=False); f.write("\n")
    return folder, t, tv

FONTDIR = "/usr/share/fonts/truetype/dejavu"

class Doc(FPDF):
    """F is the body font family: DejaVu Sans (Unicode: euro sign, R$, dashes) unless latin=True"""
    def __init__(self, orientation="P", fmt="A4", hdr=None, ftr=None, latin=False):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.hdr = hdr; self.ftr = ftr
        if latin:
            self.F = "Helvetica"
        else:
            self.F = "DejaVu"
            for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
                self.add_font("DejaVu", st, os.path.join(FONTDIR, fn))
            self.add_font("DejaVuMono", "", os.path.join(FONTDIR, "DejaVuSansMono.ttf"))
            self.add_font("DejaVuSerif", "", os.path.join(FONTDIR, "DejaVuSerif.ttf"))
            self.add_font("DejaVuSerif", "B", os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf"))
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 16, 18)
        self.alias_nb_pages()
    def header(self):
        if self.hdr: self.hdr(self)
    def footer(self):
        if self.ftr: self.ftr(self)
    def para(self, text, size=9.5, style="", font=None, h=4.6, align="J"):
        self.set_font(font or self.F, style, size)
        self.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    def gap(self, h=2.5):
        self.ln(h)

def save(pdf, folder):
    pdf.output(os.path.join(folder, "contract.pdf"))

def save_text(text, folder, ext):
    with open(os.path.join(folder, f"contract.{ext}"), "w", encoding="utf-8") as f:
        f.write(text)

# --- boilerplate, written for this corpus -------------------------------------------------
BOILER = [
    ("Scope of Use", "The Customer may allow its employees and contractors acting on its behalf to use the Service within the quantities purchased. The Customer remains responsible for the acts of anyone it permits to access the Service and will keep log-in credentials confidential."),
    ("Service Levels", "The Supplier will use commercially reasonable efforts to make the Service available at least 99.5% of each calendar month, measured outside announced maintenance windows. Any service credit is the Customer's only remedy for missed availability and is applied against a later invoice."),
    ("Customer Data", "As between the parties, the Customer owns the data it uploads. The Supplier processes that data only to provide and support the Service, keeps it logically separated from other customers' data, and returns or deletes it within sixty days after the end of the subscription on written request."),
    ("Confidentiality", "Each party will protect the other's non-public information with the same care it uses for its own, and in no case with less than reasonable care. These obligations survive for three years after termination, and indefinitely for trade secrets."),
    ("Warranties", "The Supplier warrants that the Service will perform materially as described in its published documentation. If it does not, the Supplier will correct the defect or, failing that within a reasonable time, either party may end the affected subscription and the Customer will receive a refund of prepaid, unused fees."),
    ("Limitation of Liability", "Neither party is liable for indirect or consequential loss, lost profits or loss of goodwill. Each party's total liability in any twelve-month period is capped at the fees paid or payable under this order in that period, except for breach of confidentiality, payment obligations, or liability that cannot lawfully be limited."),
    ("Indemnity", "The Supplier will defend the Customer against third-party claims that the Service infringes intellectual property rights and will pay any resulting award or agreed settlement, provided the Customer notifies the Supplier promptly and allows it to control the defence."),
    ("Suspension", "The Supplier may suspend access if an undisputed invoice remains unpaid more than thirty days after written notice, or if use of the Service threatens the security of the platform. Access will be restored promptly once the cause is resolved."),
    ("Taxes", "Fees exclude value added tax, sales tax, withholding tax and similar charges, which the Customer will pay in addition where applicable, other than taxes on the Supplier's income."),
    ("Assignment", "Neither party may assign this order without the other's consent, which will not be unreasonably withheld, except to a successor of all or substantially all of its business."),
    ("Governing Law", "This order is governed by the laws stated in the Supplier's standard terms, and the courts of that place have exclusive jurisdiction, without regard to conflict of law rules."),
    ("Entire Agreement", "This order, together with the terms it refers to, is the whole agreement on its subject matter. Printed terms on any purchase order or vendor portal are of no effect, even if accepted electronically."),
]

def boiler(pdf, start_no=1, heading_style="num", size=8.5, pick=None):
    items = BOILER if pick is None else [BOILER[i] for i in pick]
    for i, (h, body) in enumerate(items, start_no):
        pdf.set_font(pdf.F, "B", size + 0.5)
        lab = f"{i}. {h}" if heading_style == "num" else h.upper()
        pdf.cell(0, 5, lab, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.F, "", size)
        pdf.multi_cell(0, 4.2, body, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

def usage_sentences(u, cur, style="us", cursym=None):
    c = cursym or cur
    out = []
    unit = u["unit"] or "unit"
    inc = u["included_quantity"]
    if inc is not None:
        per = {"month": "per calendar month", "quarter": "per quarter", "year": "per contract year", "term": "for the whole term", None: ""}[u["included_period"]]
        out.append(f"{u['metric']}: {intfmt(inc, style)} {unit}s are included {per}.".replace("  ", " "))
    tiers = u["tiers"]
    if u["pricing_model"] == "per_unit":
        out.append(f"Each additional {unit} is charged at {c} {num_str(tiers[0]['unit_price'], style)}.")
    else:
        kind = "graduated (each band priced separately)" if u["pricing_model"] == "graduated" else "volume (the band reached prices every billable unit)"
        out.append(f"Billable {unit}s beyond the allowance are priced on a {kind} basis:")
        lo = 1
        for tr in tiers:
            if tr["up_to"] is None:
                out.append(f"  - from {intfmt(lo, style)} upward: {c} {num_str(tr['unit_price'], style)} per {unit}")
            else:
                out.append(f"  - {intfmt(lo, style)} to {intfmt(tr['up_to'], style)}: {c} {num_str(tr['unit_price'], style)} per {unit}")
                lo = int(tr["up_to"]) + 1
    if u["billing_frequency"]:
        out.append(f"Usage charges are invoiced {u['billing_frequency']}" + (f" in {u['billing_timing']}." if u['billing_timing'] else "."))
    return out

def num_str(x, style):
    """format a decimal string keeping its own number of decimals"""
    dpos = len(x.split(".")[1]) if "." in x else 0
    v = D(x)
    t = f"{v:,.{dpos}f}"
    if style == "eu":
        t = t.replace(",", "#").replace(".", ",").replace("#", ".")
    elif style == "space":
        t = t.replace(",", " ").replace(".", ",")
    elif style == "ch":
        t = t.replace(",", "'")
    return t

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

def words(n):
    """British English words for a non-negative integer < 1e9"""
    n = int(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    for div, name in ((1000000, "million"), (1000, "thousand")):
        if n >= div:
            hi, rest = divmod(n, div)
            tail = "" if rest == 0 else ((" and " if rest < 100 else " ") + words(rest))
            return words(hi) + " " + name + tail

# --- bh additions -------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]

def dt_fr(iso, style="slash"):
    y, m, d = map(int, iso.split("-"))
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{'1er' if d == 1 else d} {MOIS[m-1]} {y}"

def dt_mon(iso):
    """01-Apr-2026"""
    y, m, d = map(int, iso.split("-"))
    return f"{d:02d}-{MONTHS[m-1][:3]}-{y}"

def lakh(x, cur="INR"):
    """Indian digit grouping: 12,50,000.00"""
    q = qz(x, cur)
    neg = q < 0
    q = abs(q)
    whole, frac = f"{q:.2f}".split(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:]); head = head[:-2]
        if head:
            groups.insert(0, head)
        whole = ",".join(groups + [tail])
    return ("-" if neg else "") + whole + "." + frac

def lakh_int(n):
    return lakh(n)[:-3]

def grid(pdf, widths, rows, size=8.5, aligns=None, head=True, fill=(225, 229, 236), lh=None, width=None, x=None, bold_last=0):
    """a bordered table; the first row is the heading (repeated on a new page)"""
    from fpdf.fonts import FontFace
    pdf.set_font(pdf.F, "", size)
    kw = dict(col_widths=widths, line_height=lh or size * 0.55, first_row_as_headings=head, text_align=aligns or "LEFT",
              headings_style=FontFace(emphasis="BOLD", fill_color=fill))
    if width:
        kw["width"] = width
    if x is not None:
        kw["align"] = "LEFT"
        pdf.set_x(x)
    with pdf.table(**kw) as tb:
        n = len(rows)
        for i, r in enumerate(rows):
            row = tb.row()
            for c in r:
                if i >= n - bold_last and bold_last:
                    row.cell(str(c), style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(str(c))

def kv(pdf, pairs, lw=48, size=9, h=5, x=None, w=0):
    for k, v in pairs:
        if x is not None:
            pdf.set_x(x)
        pdf.set_font(pdf.F, "B", size); pdf.cell(lw, h, k)
        pdf.set_font(pdf.F, "", size); pdf.multi_cell(w, h, v, new_x="LMARGIN", new_y="NEXT")

# --- bi additions -------------------------------------------------------------------------
LOC_MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}

def dt_loc(iso, lang):
    """long local date: de '1. April 2026', es/pt '1 de abril de 2026', nl '1 april 2026', it '1 aprile 2026'"""
    y, m, d = map(int, iso.split("-"))
    mon = LOC_MONTHS[lang][m - 1]
    if lang == "de":
        return f"{d}. {mon} {y}"
    if lang in ("es", "pt"):
        return f"{d} de {mon} de {y}"
    return f"{d} {mon} {y}"

def loc_date_forms(iso):
    return {dt_loc(iso, lang) for lang in LOC_MONTHS}

_ES_U = ["cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
         "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiún", "veintidós",
         "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
_ES_T = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_ES_H = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
         "ochocientos", "novecientos"]

def palabras(n):
    """Spanish words (apocopated 'un' before a noun, as in 'un millón', 'veintiún mil') for 0 <= n < 1e9"""
    n = int(n)
    if n < 30:
        return _ES_U[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _ES_T[t] + ("" if u == 0 else " y " + _ES_U[u])
    if n < 1000:
        h, r = divmod(n, 100)
        if n == 100:
            return "cien"
        return _ES_H[h] + ("" if r == 0 else " " + palabras(r))
    if n < 1000000:
        th, r = divmod(n, 1000)
        head = "mil" if th == 1 else palabras(th) + " mil"
        return head + ("" if r == 0 else " " + palabras(r))
    mi, r = divmod(n, 1000000)
    head = "un millón" if mi == 1 else palabras(mi) + " millones"
    return head + ("" if r == 0 else " " + palabras(r))

def importe_con_letra(x):
    """'(CIENTO VEINTE MIL PESOS 50/100 M.N.)' for a MXN amount"""
    q = qz(x, "MXN")
    whole = int(q); cents = int((q - whole) * 100)
    w = palabras(whole)
    if w.endswith("millón") or w.endswith("millones"):
        w += " de"
    return f"({w.upper()} PESOS {cents:02d}/100 M.N.)"
