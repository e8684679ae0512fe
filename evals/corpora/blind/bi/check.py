"""Cross-check each bi case's gold against its PDF text (adapted from bh's check.py): every stated gold value (names, numbers, e-mail, money in any
of the number styles the forms use, dates in any of their date styles) must appear in the extracted text.
Run: /work/main/.venv/bin/python check.py [case-folder ...]"""
import json, os, re, sys
from decimal import Decimal as D
from pypdf import PdfReader
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import num_str, lakh, dt, dt_fr, dt_mon, loc_date_forms

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS_DERIVED_NULL = ("effective_date", "service_start_date", "service_end_date", "term_months")

def money_forms(v):
    d = D(v)
    out = set()
    for places in {len(v.split(".")[1]) if "." in v else 0, 0, 2}:
        if places == 0 and d != d.to_integral():
            continue
        s = f"{d:.{places}f}"
        for style in ("us", "eu", "space", "ch"):
            out.add(num_str(s, style))
        if places == 2:
            out.add(lakh(s)); out.add(lakh(s)[:-3] if s.endswith(".00") else lakh(s))
        out.add(s)
    return out

def date_forms(iso):
    out = {iso, dt_fr(iso), dt_fr(iso, "long"), dt_mon(iso)} | loc_date_forms(iso)
    for st in ("us", "uk", "dmy", "dot", "short", "abbr", "ymd_slash", "slash_uk"):
        out.add(dt(iso, st))
    y, m, d = map(int, iso.split("-"))
    out.add(f"{m:02d}/{d:02d}/{y}"); out.add(f"{m}/{d}/{y}"); out.add(f"{d:02d}-{m:02d}-{y}")
    return out

def text_of(folder):
    r = PdfReader(os.path.join(folder, "contract.pdf"))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in r.pages))

def check(folder):
    case = json.load(open(os.path.join(folder, "case.json")))
    t = case["expected"]["terms"]
    txt = text_of(folder)
    low = txt.lower()
    bad = []
    def has_any(forms, what):
        if not any(f in txt for f in forms):
            bad.append(f"{what}: none of {sorted(forms)[:4]}...")
    for k in ("customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email", "po_number"):
        if t[k] and t[k].lower() not in low:
            bad.append(f"{k}: {t[k]!r} not in text")
    for k in ("effective_date", "service_start_date", "service_end_date"):
        if t[k]:
            has_any(date_forms(t[k]), k)
    SYM = {"USD": "$", "BRL": "R$", "EUR": "€", "GBP": "£"}
    if t["currency"] and t["currency"] not in txt and not (t["currency"] in SYM and SYM[t["currency"]] in txt):
        bad.append(f"currency code {t['currency']} not written")
    for k in ("total_contract_value",):
        if t[k]:
            has_any(money_forms(t[k]), k)
    if t["minimum_commitment"]:
        has_any(money_forms(t["minimum_commitment"]["amount"]), "minimum_commitment")
    for i, li in enumerate(t["line_items"]):
        if li["description"].lower() not in low:
            bad.append(f"line {i} description {li['description']!r} not in text")
        if li["sku"] and li["sku"] not in txt:
            bad.append(f"line {i} sku {li['sku']}")
        for k in ("unit_price", "net_amount"):
            if li[k]:
                has_any(money_forms(li[k]), f"line {i} {k}")
        if li["discount_percent"]:
            has_any({li["discount_percent"] + "%", li["discount_percent"] + " %"}, f"line {i} discount")
        for k in ("start_date", "end_date"):
            if li[k]:
                has_any(date_forms(li[k]), f"line {i} {k}")
        if li["quantity"] != "1":
            has_any(money_forms(li["quantity"]), f"line {i} quantity")
    for u in t["usage_rules"]:
        if u["metric"].lower() not in low:
            bad.append(f"usage metric {u['metric']!r}")
        for tr in u["tiers"]:
            has_any(money_forms(tr["unit_price"]), "tier price")
            if tr["up_to"]:
                has_any(money_forms(tr["up_to"]), "tier up_to")
        if u["included_quantity"] and u["included_quantity"] != "0":
            has_any(money_forms(u["included_quantity"]), "included")
    for k in ("term_months", "renewal_term_months", "non_renewal_notice_days", "payment_terms_days"):
        if t[k]:
            if not re.search(rf"(?<![\d,.]){t[k]}(?![\d,.])", txt):
                bad.append(f"{k} {t[k]} not in text")
    for k, dv in case["expected"].get("derived", {}).items():
        if k in ("effective_date", "service_start_date"):   # a date read off the page (a signature), not computed
            has_any(date_forms(dv["value"]), f"derived {k}")
        if k in FIELDS_DERIVED_NULL and t.get(k) is not None:
            bad.append(f"derived {k} is also stated in terms")
    for k in ("price_escalator_percent", "late_fee_percent_per_month"):
        if t[k]:
            has_any({t[k] + "%", t[k] + " %", t[k] + " per cent"}, k)
    return txt, bad

if __name__ == "__main__":
    folders = sys.argv[1:] or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, f)))
    nbad = 0
    for f in folders:
        _, bad = check(f)
        nbad += len(bad)
        print(os.path.basename(f.rstrip("/")), "OK" if not bad else "")
        for b in bad:
            print("   ", b)
    print("problems:", nbad)
