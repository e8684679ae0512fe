#!/usr/bin/env python3
"""Self-check: every case.json complete; key gold values literally present in the contract text
(in some date/number format). Requires pdftotext (poppler-utils)."""
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bclib import FIELDS, fd, num  # noqa: E402

LINE_KEYS = ["description", "sku", "quantity", "unit_price", "price_period", "discount_percent", "net_amount",
             "start_date", "end_date"]


def text_of(path):
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    else:
        out = open(path, encoding="utf-8").read()
    out = out.replace("\u00a0", " ").replace("\n", " ")
    return re.sub(r"\s+", " ", out)


def money_forms(v):
    dp = len(v.split(".")[1]) if "." in v else 0
    forms = set()
    for st in ("us", "eu", "fr", "ch"):
        forms.add(num(v, st, dp))
        if dp and v.endswith("0" * dp):
            forms.add(num(v, st, 0))
        if dp == 2 and v.endswith("0"):  # 0.90 -> 0.9 unlikely; keep
            pass
    # small unit prices written with more decimals (0.0090) or fewer (0.02)
    forms.add(v.rstrip("0").rstrip(".") if "." in v else v)
    return forms


def date_forms(iso):
    from datetime import date
    d = date.fromisoformat(iso)
    extra = {f"{d.day} {d.strftime('%b')} {d.year}"}
    return {fd(iso, s) for s in ("iso", "us", "usabbr", "uk", "ukplain", "dot", "dmy", "usnum")} | extra


def present(txt, forms):
    return any(f in txt for f in forms)


def main():
    bad = 0
    for cid in sorted(os.listdir(HERE)):
        cj = os.path.join(HERE, cid, "case.json")
        if not os.path.isfile(cj):
            continue
        case = json.load(open(cj, encoding="utf-8"))
        deal = json.load(open(os.path.join(HERE, cid, "deal.json"), encoding="utf-8"))
        t = case["expected"]["terms"]
        probs = []
        if set(t) != set(FIELDS):
            probs.append(f"fields {set(FIELDS) ^ set(t)}")
        for li in t["line_items"]:
            if set(li) != set(LINE_KEYS):
                probs.append(f"line keys {li}")
        txt = text_of(os.path.join(HERE, cid, case["inputs"]["contract"]))
        for k in ("customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email",
                  "po_number"):
            if t[k] and t[k] not in txt:
                probs.append(f"{k} {t[k]!r} not in text")
        for k in ("effective_date", "service_start_date", "service_end_date"):
            if t[k] and not present(txt, date_forms(t[k])):
                probs.append(f"{k} {t[k]} not in text")
        for li in t["line_items"]:
            if li["description"] not in txt:
                probs.append(f"desc {li['description']!r}")
            if li["sku"] and li["sku"] not in txt:
                probs.append(f"sku {li['sku']}")
            for k in ("unit_price", "net_amount"):
                if li[k] and not present(txt, money_forms(li[k])):
                    probs.append(f"{k} {li[k]} ({li['description']})")
            if not present(txt, {li["quantity"], num(li["quantity"], "us", 0), num(li["quantity"], "eu", 0)}):
                probs.append(f"qty {li['quantity']}")
            for k in ("start_date", "end_date"):
                if li[k] and not present(txt, date_forms(li[k])):
                    probs.append(f"line {k} {li[k]} not literal")
        if t["total_contract_value"] and not present(txt, money_forms(t["total_contract_value"])):
            probs.append(f"tcv {t['total_contract_value']}")
        if t["minimum_commitment"] and not present(txt, money_forms(t["minimum_commitment"]["amount"])):
            probs.append("min commit")
        for u in t["usage_rules"]:
            for tier in u["tiers"]:
                if not present(txt, money_forms(tier["unit_price"])):
                    probs.append(f"tier price {tier['unit_price']}")
                if tier["up_to"] and not present(txt, {num(tier["up_to"], s, 0) for s in ("us", "eu")}):
                    probs.append(f"tier up_to {tier['up_to']}")
            if u["included_quantity"] and not present(txt, {num(u["included_quantity"], s, 0) for s in ("us", "eu")}):
                probs.append("included qty")
        for k in ("late_fee_percent_per_month", "price_escalator_percent"):
            if t[k] and t[k] + "%" not in txt.replace(" %", "%") and t[k] + " %" not in txt:
                probs.append(f"{k} {t[k]}")
        for k in ("payment_terms_days", "non_renewal_notice_days"):
            if t[k] and str(t[k]) not in txt:
                probs.append(f"{k} {t[k]}")
        if deal["currency"] != t["currency"]:
            probs.append("deal currency")
        status = "OK " if not probs else "?? "
        if probs:
            bad += 1
        print(status + cid + ("" if not probs else "  " + "; ".join(probs)))
    print("cases with notes:", bad)


if __name__ == "__main__":
    main()
