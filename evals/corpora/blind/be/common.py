"""Shared helpers for batch `be` blind corpus (data model, formatting, gold, deal)."""
import json
import os
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D, ROUND_HALF_UP

from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.dirname(os.path.abspath(__file__))
BATCH = "be"
CREATED = datetime(2026, 1, 1, tzinfo=timezone.utc)
PM = {"year": 12, "semiannual": 6, "quarter": 3, "month": 1}
DEC = {"JPY": 0, "KRW": 0, "KWD": 3, "BHD": 3}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def d(s):
    return date.fromisoformat(s) if s else None


def add_months(dt, n):
    m = dt.month - 1 + n
    y = dt.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(dt.day, last))


def months_between(start, end_incl):
    """whole months from start to end (inclusive end); asserts exact."""
    s, e = d(start), d(end_incl) + timedelta(days=1)
    n = (e.year - s.year) * 12 + (e.month - s.month)
    assert add_months(s, n) == e, (start, end_incl)
    return n


def end_from(start, months):
    return (add_months(d(start), months) - timedelta(days=1)).isoformat()


# ---------------------------------------------------------------- formatting
def fnum(x, style="us", places=2):
    x = D(x)
    q = D(1).scaleb(-places) if places else D(1)
    x = x.quantize(q, rounding=ROUND_HALF_UP)
    neg = x < 0
    s = f"{abs(x):f}"
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    sep, dec = {"us": (",", "."), "eu": (".", ","), "fr": (" ", ","), "ch": ("'", "."),
                "plain": ("", "."), "sp": (" ", ".")}[style]
    out = sep.join(groups) + ((dec + fp) if fp else "")
    return ("-" if neg else "") + out


def fdate(s, style):
    x = d(s)
    if style == "iso":
        return x.isoformat()
    if style == "us":
        return f"{MONTHS[x.month-1]} {x.day}, {x.year}"
    if style == "usabbr":
        return f"{MONTHS[x.month-1][:3]} {x.day}, {x.year}"
    if style == "uk":
        return f"{x.day} {MONTHS[x.month-1]} {x.year}"
    if style == "ukord":
        n = x.day
        suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf} {MONTHS[x.month-1]} {x.year}"
    if style == "dot":
        return f"{x.day:02d}.{x.month:02d}.{x.year}"
    if style == "dmy":
        return f"{x.day}-{MONTHS[x.month-1][:3]}-{x.year % 100:02d}"
    if style == "jp":
        return f"{x.year}/{x.month:02d}/{x.day:02d}"
    if style == "kr":
        return f"{x.year}. {x.month:02d}. {x.day:02d}."
    if style == "ukabbr":
        return f"{x.day} {MONTHS[x.month-1][:3]} {x.year}"
    raise ValueError(style)


def lat(s):
    rep = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
           "\u2026": "...", "\u2022": "-"}
    for k, v in rep.items():
        s = s.replace(k, v)
    s.encode("latin-1")
    return s


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    n = int(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for val, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= val:
            rest = n % val
            tail = ""
            if rest:
                tail = (" and " if rest < 100 else " ") + words(rest)
            return words(n // val) + " " + name + tail
    raise ValueError


# ---------------------------------------------------------------- model
def form(**kw):
    base = dict(customer=None, vendor=None, order_no=None, email=None, currency="USD",
                effective=None, start=None, end=None, term=None, auto_renew=None, renew=None,
                notice=None, pay=None, freq=None, timing=None, anchor=None, po_req=None, po_num=None,
                lines=[], tcv_stated=False, mincommit=None, usage=[], esc=None, late=None, nonstd=[],
                derived={}, tags=[], desc="", deal_name=None, deal_account=None, deal_amount=None,
                close=None, fmt="contract.pdf")
    base.update(kw)
    return base


def line(desc, qty, unit, period, disc=None, sku=None, show_net=False, start=None, end=None, **extra):
    r = dict(desc=desc, qty=D(str(qty)), unit=D(str(unit)), period=period, disc=disc, sku=sku,
             show_net=show_net, start=start, end=end)
    r.update(extra)
    return r


def cur_places(f):
    return DEC.get(f["currency"], 2)


def money(f, x):
    p = cur_places(f)
    x = D(x)
    q = D(1).scaleb(-p) if p else D(1)
    y = x.quantize(q, rounding=ROUND_HALF_UP)
    assert y == x, ("inexact money", x)
    return f"{y:f}"


def net_unit(l):
    return l["unit"] * (1 - D(l["disc"] or 0) / 100)


def net_period(l):
    return l["qty"] * net_unit(l)


def list_period(l):
    return l["qty"] * l["unit"]


def term_len(f):
    if f["term"]:
        return f["term"]
    if f["start"] and f["end"]:
        return months_between(f["start"], f["end"])
    if "term_months" in f["derived"]:
        return f["derived"]["term_months"]["value"]
    return None


def line_value(f, l):
    if l["period"] == "one_time":
        return net_period(l)
    if l["start"] and l["end"]:
        m = months_between(l["start"], l["end"])
    else:
        m = term_len(f) or 12
    return net_period(l) * m / PM[l["period"]]


def tcv(f):
    return sum((line_value(f, l) for l in f["lines"]), D(0))


def qty_str(q):
    q = D(q)
    return f"{q.normalize():f}" if q == q.to_integral() else f"{q:f}"


def gold_terms(f):
    lines = []
    for l in f["lines"]:
        lines.append({
            "description": l["desc"], "sku": l["sku"], "quantity": qty_str(l["qty"]),
            "unit_price": money(f, l["unit"]), "price_period": l["period"],
            "discount_percent": (str(l["disc"]) if l["disc"] is not None else None),
            "net_amount": (money(f, net_period(l)) if l["show_net"] else None),
            "start_date": l["start"], "end_date": l["end"]})
    mc = f["mincommit"]
    return {
        "customer_legal_name": f["customer"], "vendor_legal_name": f["vendor"],
        "order_form_number": f["order_no"], "billing_contact_email": f["email"],
        "currency": f["currency"], "effective_date": f["effective"],
        "service_start_date": f["start"], "service_end_date": f["end"],
        "term_months": f["term"], "auto_renew": f["auto_renew"], "renewal_term_months": f["renew"],
        "non_renewal_notice_days": f["notice"], "payment_terms_days": f["pay"],
        "billing_frequency": f["freq"], "billing_timing": f["timing"], "billing_anchor": f["anchor"],
        "po_required": f["po_req"], "po_number": f["po_num"], "line_items": lines,
        "total_contract_value": (money(f, tcv(f)) if f["tcv_stated"] else None),
        "minimum_commitment": ({"amount": money(f, mc[0]), "period": mc[1]} if mc else None),
        "usage_rules": f["usage"], "price_escalator_percent": f["esc"],
        "late_fee_percent_per_month": f["late"], "non_standard_terms": f["nonstd"],
    }


def usage(metric, unit, included, inc_period, model, tiers, freq, timing):
    return {"metric": metric, "unit": unit, "included_quantity": included, "included_period": inc_period,
            "pricing_model": model, "tiers": [{"up_to": a, "unit_price": b} for a, b in tiers],
            "billing_frequency": freq, "billing_timing": timing}


_deal_counter = [0]


def write_case(layout, nn, f, writer):
    cid = f"{layout}-{nn:02d}"
    folder = os.path.join(OUT, cid)
    os.makedirs(folder, exist_ok=True)
    writer(os.path.join(folder, f["fmt"]), f)
    derived = f["derived"]
    case = {"id": f"{BATCH}-{cid}", "kind": "new_contract", "description": f["desc"],
            "tags": ["blind", BATCH, f"layout:{layout}"] + list(f["tags"]),
            "inputs": {"contract": f["fmt"], "deal": "deal.json"},
            "expected": {"terms": gold_terms(f)}}
    if derived:
        case["expected"]["derived"] = derived
    with open(os.path.join(folder, "case.json"), "w") as fh:
        json.dump(case, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    # deal
    seq = sum(ord(c) for c in cid) * 37 + nn
    amount = f["deal_amount"] if f["deal_amount"] is not None else money(f, tcv(f))
    items = []
    for l in f["lines"]:
        items.append({"sku": l["sku"], "name": l["desc"], "quantity": qty_str(l["qty"]),
                      "unit_price": money(f, net_unit(l)) if True else None,
                      "total": money(f, line_value(f, l))})
    close = f["close"] or (d(f["effective"] or f["start"]) - timedelta(days=6)).isoformat()
    deal = {"deal_id": f"006-BE{seq:05d}", "deal_name": f["deal_name"] or f"{f['deal_account'] or f['customer']} - {layout.upper()} {nn}",
            "account_name": f["deal_account"] or f["customer"], "stage": "Closed Won",
            "close_date": close, "currency": f["currency"], "amount": amount,
            "billing_contact_email": f["email"], "line_items": items}
    with open(os.path.join(folder, "deal.json"), "w") as fh:
        json.dump(deal, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


# ---------------------------------------------------------------- pdf helpers
class Doc(FPDF):
    header_fn = None
    footer_fn = None

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)


def new_pdf(orientation="P", fmt="A4", margins=18):
    pdf = Doc(orientation=orientation, unit="mm", format=fmt)
    pdf.set_creation_date(CREATED)
    pdf.set_margins(margins, 16, margins)
    pdf.set_auto_page_break(True, 18)
    return pdf


def txt(pdf, s, size=9.5, style="", h=None, align="L", font="Helvetica", w=0):
    pdf.set_font(font, style, size)
    pdf.multi_cell(w, h or size * 0.5, lat(s), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def nlines(pdf, w, s):
    return len(pdf.multi_cell(w, 4, lat(s), dry_run=True, output="LINES"))


def row(pdf, cells, widths, aligns=None, lh=4.6, border=1, fill=False, style="", size=8.5,
        font="Helvetica", on_break=None, pad=1.2):
    """one table row with wrapping cells; calls on_break(pdf) after an automatic page break."""
    pdf.set_font(font, style, size)
    aligns = aligns or ["L"] * len(cells)
    n = max(nlines(pdf, w - 2 * pad, c) for w, c in zip(widths, cells))
    h = n * lh + 1.2
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()
        if on_break:
            on_break(pdf)
        pdf.set_font(font, style, size)
    x0, y0 = pdf.l_margin, pdf.get_y()
    x = x0
    for w, c, a in zip(widths, cells, aligns):
        if border:
            pdf.rect(x, y0, w, h, style="DF" if fill else "D")
        elif fill:
            pdf.rect(x, y0, w, h, style="F")
        pdf.set_xy(x + pad, y0 + 0.6)
        pdf.multi_cell(w - 2 * pad, lh, lat(c), align=a)
        x += w
    pdf.set_xy(x0, y0 + h)
