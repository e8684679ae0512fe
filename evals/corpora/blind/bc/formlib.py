"""Helpers used by the form specs: CRM deal records and arithmetic self-checks."""
from decimal import Decimal as D

from bclib import PERIOD_MONTHS, line_net, months_between, q, s2, end_after


def deal(deal_id, deal_name, account, close, currency, amount, email, items):
    return {"deal_id": deal_id, "deal_name": deal_name, "account_name": account, "stage": "Closed Won",
            "close_date": close, "currency": currency, "amount": amount, "billing_contact_email": email,
            "line_items": items}


def item(name, qty, unit, total, sku=None):
    return {"sku": sku, "name": name, "quantity": str(qty), "unit_price": unit, "total": total}


def line_term_value(li, term_months, dp=2):
    """value of one gold line over its coverage (one-time = once)."""
    if li["price_period"] == "one_time":
        return line_net(li, dp)
    if li["start_date"] and li["end_date"]:
        m = months_between(li["start_date"], li["end_date"])
    else:
        m = term_months
    per = D(m) / D(PERIOD_MONTHS[li["price_period"]])
    return q(line_net(li, dp) * per, dp)


def deal_items_from_lines(lines, term_months, dp=2):
    out = []
    for li in lines:
        tot = line_term_value(li, term_months, dp)
        unit = line_net(li, dp) / D(li["quantity"])
        out.append(item(li["description"], li["quantity"], s2(unit, dp), s2(tot, dp), li["sku"]))
    return out


def sum_items(items, dp=2):
    return s2(sum(D(i["total"]) for i in items), dp)


def check_form(s):
    t = s["terms"]
    dp = 3 if t["currency"] == "KWD" else (0 if t["currency"] == "JPY" else 2)
    for li in t["line_items"]:
        if li["net_amount"] is not None:
            assert D(li["net_amount"]) == line_net(li, dp), (s["layout"], s["nn"], li)
        for k in ("quantity", "unit_price"):
            assert isinstance(li[k], str)
    dl = s["deal"]
    assert D(dl["amount"]) == sum(D(i["total"]) for i in dl["line_items"]) or s.get("deal_mismatch"), \
        (s["layout"], s["nn"], dl["amount"], sum_items(dl["line_items"], dp))
    if t["total_contract_value"] and not s.get("tcv_not_deal"):
        if not s.get("deal_mismatch"):
            assert D(t["total_contract_value"]) == D(dl["amount"]), (s["layout"], s["nn"])
    # term consistency
    if t["service_start_date"] and t["service_end_date"] and t["term_months"]:
        assert end_after(t["service_start_date"], t["term_months"]) == t["service_end_date"], (s["layout"], s["nn"])
    dv = s.get("derived") or {}
    if "service_end_date" in dv:
        assert t["service_end_date"] is None
    if "term_months" in dv:
        assert t["term_months"] is None
        st = t["service_start_date"]
        en = t["service_end_date"] or dv.get("service_end_date", {}).get("value")
        assert months_between(st, en) == dv["term_months"]["value"], (s["layout"], s["nn"])
    if "service_end_date" in dv and t["term_months"]:
        assert end_after(t["service_start_date"], t["term_months"]) == dv["service_end_date"]["value"]
    return True
