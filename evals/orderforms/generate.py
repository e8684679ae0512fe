"""Seeded generator of the order-form corpus in `evals/cases/orderforms/`.

    python evals/orderforms/generate.py            # rewrite the committed corpus
    python evals/orderforms/generate.py --check    # regenerate in memory and compare byte-for-byte

Each case starts as a random *spec* (parties, dates, fees, renewal, usage, clauses), drawn
from `random.Random(f"{seed}:{layout}:{n}")` so a case never changes when another is added.
The spec is rendered by one of seven layouts that look and read differently (label/value
cover page, key-terms grid with a fee table spread over pages, numbered prose clauses with
numbers in words, multi-year ramp schedule, usage-based pricing with tier tables, European
order confirmation with decimal commas and dotted dates, sectioned form with bullets and
dashes). `expected.terms` in case.json is the spec itself, holding only what the rendered
document states: values the reader would have to compute (a net amount no column shows, a
term length only implied by dates) are null. Every PDF is built with core fonts and a fixed
creation date, so the output is reproducible byte-for-byte from the seed.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from fpdf import FPDF
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from accrue.core import derivations  # noqa: E402
from accrue.core.money import round_money  # noqa: E402
from accrue.core.terms import ContractTerms  # noqa: E402

SEED = 20260301
LAYOUTS = ("cover", "grid", "prose", "ramp", "usage", "european", "sections")
PER_LAYOUT = 7
OUT = ROOT / "evals" / "cases" / "orderforms"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "C$", "AUD": "A$"}

# --------------------------------------------------------------------------------------------- words


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """45 -> 'forty-five'; 1500 -> 'one thousand five hundred'."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{words(thousands)} thousand" + (f" {words(rest)}" if rest else "")


def wd(n: int) -> str:
    """Legal style: 'forty-five (45)'."""
    return f"{words(n)} ({n})"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# --------------------------------------------------------------------------------------------- formats


def fmt_date(d: date, style: str) -> str:
    month = MONTH_NAMES[d.month - 1]
    return {
        "us_long": f"{month} {d.day}, {d.year}",
        "us_abbr": f"{month[:3]} {d.day}, {d.year}",
        "eu_long": f"{d.day} {month} {d.year}",
        "ordinal": f"{_ordinal(d.day)} {month} {d.year}",
        "iso": d.isoformat(),
        "us_num": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "eu_num": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "eu_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


def _places(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return max(2, -exponent if isinstance(exponent, int) else 2)


def fmt_number(amount: Decimal, style: str = "us") -> str:
    us = f"{amount:,.{_places(amount)}f}"
    if style == "eu":
        return us.replace(",", "_").replace(".", ",").replace("_", ".")
    if style == "swiss":
        return us.replace(",", "'")
    return us


def fmt_qty(q: Decimal, style: str = "us") -> str:
    text = f"{int(q):,}"
    return text.replace(",", ".") if style == "eu" else text.replace(",", "'") if style == "swiss" else text


def fmt_money(amount: Decimal, currency: str, style: str) -> str:
    sym = SYMBOLS.get(currency, currency + " ")
    return {
        "code": f"{currency} {fmt_number(amount)}",
        "symbol": f"{sym}{fmt_number(amount)}",
        "suffix": f"{fmt_number(amount)} {currency}",
        "eu_code": f"{currency} {fmt_number(amount, 'eu')}",
        "eu_suffix": f"{fmt_number(amount, 'eu')} {currency}",
        "eu_symbol": f"{fmt_number(amount, 'eu')} {sym.strip()}",
        "swiss": f"{currency} {fmt_number(amount, 'swiss')}",
    }[style]


def _dec(x: Any) -> Decimal:
    return Decimal(str(x))


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value


# --------------------------------------------------------------------------------------------- spec

COMPANY_A = ["Blue", "North", "Silver", "Granite", "Harbor", "Pioneer", "Summit", "Cedar", "Lumen", "Orchid",
             "Atlas", "Beacon", "Copper", "Delta", "Evergreen", "Falcon", "Juniper", "Keystone", "Maple", "Nimbus",
             "Redwood", "Saffron", "Tidewater", "Vantage", "Willow"]
COMPANY_B = ["Analytics", "Logistics", "Health", "Foods", "Robotics", "Media", "Energy", "Labs", "Retail", "Capital",
             "Manufacturing", "Insurance", "Biotech", "Freight", "Hospitality", "Education", "Telecom", "Apparel"]
SUFFIX_US = ["Inc.", "LLC", "Corporation", "Corp.", "Co.", "Holdings, Inc."]
SUFFIX_INTL = ["Ltd", "Limited", "plc", "GmbH", "AG", "S.A.", "B.V.", "Pty Ltd", "SAS", "Oy"]
VENDOR_A = ["Accrue Demo", "Brightwave", "Cloudline", "Datacove", "Everstack", "Fluxion", "Gridpoint", "Helix",
            "Ironleaf", "Kinetic", "Lattice", "Meshwork", "Nexora", "Opaline", "Quanta", "Stratus"]
VENDOR_B = ["Software", "Cloud", "Systems", "Technologies", "Platforms", "Networks"]

CATALOG: list[dict[str, Any]] = [
    {"names": ["Platform Subscription", "Platform License", "Core Platform"], "skus": ["PLAT-STD", "PLAT-PRO",
     "PLAT-ENT"], "qty": (1, 1), "price": (6000, 60000, 600), "period": "year"},
    {"names": ["Named User Seats", "Named Users", "User Licences", "Seats"], "skus": ["SEAT", "USR-NU"],
     "qty": (5, 250), "price": (60, 480, 12), "period": "year", "monthly": (5, 40, 1)},
    {"names": ["Premium Support", "Enhanced Support"], "skus": ["SUP-PREM", "SUP-ENH"], "qty": (1, 1),
     "price": (1200, 9600, 600), "period": "year"},
    {"names": ["Implementation Services", "Onboarding Package"], "skus": ["PS-IMPL", "PS-ONB"], "qty": (1, 1),
     "price": (2500, 25000, 500), "period": "one_time"},
    {"names": ["Training Workshop"], "skus": ["TRN-WS"], "qty": (1, 4), "price": (900, 2400, 100),
     "period": "one_time"},
    {"names": ["Sandbox Environment"], "skus": ["ENV-SBX"], "qty": (1, 1), "price": (1200, 6000, 300),
     "period": "year"},
    {"names": ["Data Warehouse Connector"], "skus": ["CONN-DW"], "qty": (1, 3), "price": (100, 500, 25),
     "period": "month"},
    {"names": ["Additional Storage"], "skus": ["STO-1TB"], "qty": (1, 10), "price": (40, 120, 5), "period": "month"},
    {"names": ["Advanced Analytics Add-on"], "skus": ["ADD-ANL"], "qty": (1, 1), "price": (600, 1800, 150),
     "period": "quarter"},
]
METRICS = [("API calls", "call"), ("SMS messages", "message"), ("geocode requests", "request"),
           ("active devices", "device"), ("documents processed", "document"), ("compute hours", "hour")]

NON_STANDARD: dict[str, list[str]] = {
    "termination for convenience": [
        "Customer may terminate this Order Form for convenience on sixty (60) days' prior written notice.",
        "Either party may terminate this order without cause by giving the other party 90 days' written notice.",
    ],
    "most-favoured-customer pricing": [
        "Provider warrants that the fees in this Order Form are no less favourable than the fees it charges any "
        "similarly situated customer for the same services.",
        "If Provider offers the same services to a comparable customer at a lower price during the term, Provider "
        "will extend that lower price to Customer.",
    ],
    "cap on price increases": [
        "Any increase in fees at renewal shall not exceed 5% of the fees for the prior term.",
        "Renewal pricing is capped at an increase of 3% over the then-current fees.",
    ],
    "acceptance criteria": [
        "Implementation fees are payable only after Customer confirms in writing that the deliverables meet the "
        "acceptance criteria in Exhibit B.",
        "Professional services are subject to Customer acceptance testing; Customer has ten (10) business days to "
        "accept or reject each deliverable.",
    ],
    "custom payment schedule": [
        "Notwithstanding the billing frequency above, the first-year fees are payable in three installments: 40% on "
        "signature and 30% in each of months four and eight.",
        "Customer may pay the first annual fee in two equal installments, six months apart.",
    ],
    "free period": [
        "The first two (2) months of the Subscription Term are provided free of charge.",
        "Provider grants Customer one month of service at no charge at the start of the term.",
    ],
    "uncapped liability": [
        "Provider's liability for breaches of its data protection obligations is unlimited.",
        "The limitation of liability in the Agreement does not apply to Provider's confidentiality and security "
        "obligations.",
    ],
}

FILLER = [
    "Confidentiality. Each party will protect the other party's Confidential Information with at least the care it "
    "uses for its own, and for no less than reasonable care, during the Agreement and for three (3) years after.",
    "Warranties. Provider warrants that the Cloud Service will perform materially as described in the "
    "Documentation. Customer's exclusive remedy for breach of this warranty is re-performance or, failing that, a "
    "refund of prepaid fees for the non-conforming service.",
    "Termination for Cause. Either party may terminate the Agreement if the other party materially breaches it and "
    "does not cure the breach within thirty (30) days after receiving written notice of it.",
    "Limitation of Liability. Except for excluded claims, each party's total liability is limited to the fees paid "
    "or payable in the twelve (12) months before the event giving rise to the claim.",
    "Data Protection. Provider processes Customer Data only on Customer's documented instructions and in "
    "accordance with the Data Processing Addendum incorporated into the Agreement.",
    "Suspension. Provider may suspend the Cloud Service if an undisputed invoice remains unpaid ten (10) days "
    "after written notice of non-payment.",
    "Taxes. Fees exclude taxes. Customer is responsible for all sales, use, value added and similar taxes, other "
    "than taxes on Provider's net income.",
    "Governing Law. The Agreement is governed by the laws of the State of Delaware, without regard to its "
    "conflict of laws rules, and the courts located there have exclusive jurisdiction.",
    "Support. Provider will provide technical support during business hours and will respond to priority one "
    "incidents within one (1) hour.",
    "Publicity. Neither party may use the other party's name or logo without prior written consent.",
]


@dataclass
class Spec:
    id: str
    layout: str
    rng: random.Random
    terms: dict[str, Any]
    money_style: str
    date_style: str
    tcv_stated: bool = True
    notes: list[str] = field(default_factory=list)
    appendix: list[str] = field(default_factory=list)  # extra standard-terms paragraphs (benchmark forms only)

    def money(self, amount: Decimal) -> str:
        return fmt_money(amount, self.terms["currency"], self.money_style)

    def date(self, d: date) -> str:
        return fmt_date(d, self.date_style)

    @property
    def number_style(self) -> str:
        return "eu" if self.money_style.startswith("eu") else "swiss" if self.money_style == "swiss" else "us"


def _company(rng: random.Random, intl: bool) -> str:
    suffix = rng.choice(SUFFIX_INTL if intl else SUFFIX_US)
    joiner = ", " if suffix.startswith("Inc") and rng.random() < 0.5 else " "
    return f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}{joiner}{suffix}"


def _vendor(rng: random.Random, intl: bool) -> str:
    suffix = rng.choice(["Ltd", "GmbH", "B.V.", "Limited"] if intl else ["Inc.", "LLC", ", Inc."])
    base = f"{rng.choice(VENDOR_A)} {rng.choice(VENDOR_B)}"
    return f"{base}{suffix}" if suffix.startswith(",") else f"{base} {suffix}"


def _price(rng: random.Random, lo: int, hi: int, step: int) -> Decimal:
    return Decimal(rng.randrange(lo, hi + 1, step)).quantize(Decimal("0.01"))


def _item(rng: random.Random, entry: dict[str, Any], *, allow_monthly: bool) -> dict[str, Any]:
    period = entry["period"]
    lo, hi, step = entry["price"]
    if "monthly" in entry and allow_monthly and rng.random() < 0.3:
        period = "month"
        lo, hi, step = entry["monthly"]
    qty = rng.randint(*entry["qty"])
    return {"description": rng.choice(entry["names"]), "sku": rng.choice(entry["skus"]), "quantity": Decimal(qty),
            "unit_price": _price(rng, lo, hi, step), "price_period": period, "discount_percent": None,
            "net_amount": None, "start_date": None, "end_date": None}


def _net(item: dict[str, Any], currency: str) -> Decimal:
    discount = (item["discount_percent"] or Decimal(0)) / Decimal(100)
    return round_money(item["quantity"] * item["unit_price"] * (1 - discount), currency)


def _contract_value(items: list[dict[str, Any]], term_months: int, currency: str) -> Decimal:
    per = {"year": 12, "quarter": 3, "month": 1}
    total = Decimal(0)
    for item in items:
        net = _net(item, currency)
        if item["price_period"] == "one_time":
            total += net
        elif item["start_date"]:
            months = relativedelta(item["end_date"] + timedelta(days=1), item["start_date"])
            total += net * Decimal(months.years * 12 + months.months) / per[item["price_period"]]
        else:
            total += net * Decimal(term_months) / per[item["price_period"]]
    return round_money(total, currency)


def make_spec(layout: str, n: int, seed: int = SEED) -> Spec:
    """One random order form for `layout`; the same (seed, layout, n) always gives the same spec."""
    rng = random.Random(f"{seed}:{layout}:{n}")
    european = layout == "european"
    if european:
        currency = rng.choice(["EUR", "EUR", "EUR", "CHF", "GBP"])
        money_style = {"EUR": rng.choice(["eu_code", "eu_suffix", "eu_symbol"]), "CHF": "swiss",
                       "GBP": rng.choice(["eu_code", "eu_suffix"])}[currency]
        date_style = rng.choice(["eu_dot", "eu_dot", "eu_long", "eu_num", "iso"])
    else:
        currency = rng.choice(["USD"] * 6 + ["EUR", "GBP", "CAD", "AUD"])
        money_style = rng.choice({"USD": ["symbol", "symbol", "code", "suffix"], "EUR": ["symbol", "code", "eu_code"],
                                  "GBP": ["symbol", "code"], "CAD": ["code", "symbol"],
                                  "AUD": ["code", "symbol"]}[currency])
        date_style = rng.choice(["us_long", "us_long", "us_abbr", "eu_long", "ordinal", "iso", "us_num", "eu_num"])
    term = rng.choice({"ramp": [24, 36], "usage": [12, 12, 24]}.get(layout, [12, 12, 12, 24, 36]))
    start = date(rng.choice([2026, 2026, 2027]), rng.randint(1, 12), 15 if rng.random() < 0.2 else 1)
    end = start + relativedelta(months=term) - timedelta(days=1)
    effective = start - timedelta(days=rng.choice([0, 0, 3, 7, 10, 14, 21]))
    intl = european or currency not in ("USD", "CAD")
    t: dict[str, Any] = {k: None for k in ContractTerms.model_fields}
    t.update(line_items=[], usage_rules=[], non_standard_terms=[])
    t["customer_legal_name"] = _company(rng, intl)
    t["vendor_legal_name"] = _vendor(rng, intl and rng.random() < 0.5)
    t["order_form_number"] = rng.choice(["OF-{y}-{n:04d}", "Q-{n:05d}", "SO-{n:05d}", "ORD-{y}{n:03d}"]).format(
        y=start.year, n=rng.randint(100, 9999))
    if rng.random() < 0.75:
        t["billing_contact_email"] = rng.choice(["ap", "billing", "invoices", "finance", "accounts.payable"]) + "@" + \
            t["customer_legal_name"].split()[0].lower() + rng.choice(["", "corp", "group"]) + ".example"
    t["currency"] = currency
    t["effective_date"] = effective
    t["service_start_date"] = start
    states_end = rng.random() < 0.85
    states_term = rng.random() < 0.8 or not states_end
    t["service_end_date"] = end if states_end else None
    t["term_months"] = term if states_term else None
    renew = rng.choice([True, True, True, False, None])
    if renew is True:
        t["auto_renew"] = True
        t["renewal_term_months"] = rng.choice([12, 12, 12, term])
        t["non_renewal_notice_days"] = rng.choice([30, 30, 60, 90, None])
    elif renew is False:
        t["auto_renew"] = False
    t["payment_terms_days"] = rng.choice([0, 15, 30, 30, 30, 45, 60, 90])
    freq = rng.choice(["annual"] * 5 + ["quarterly"] * 2 + ["monthly"] * 2 + ["semiannual"] + ["one_time"] *
                      (1 if layout in ("cover", "sections") and term == 12 else 0))
    if layout == "ramp":
        freq = "annual"
    t["billing_frequency"] = freq
    t["billing_timing"] = "advance" if freq == "one_time" or rng.random() < 0.8 else "arrears"
    po = rng.random()
    if po < 0.3:
        t["po_required"] = True
        t["po_number"] = rng.choice(["PO-{n}", "{n}", "PO{n}", "4500{n}"]).format(n=rng.randint(10000, 99999))
    elif po < 0.4:
        t["po_required"] = True
    elif po < 0.5:
        t["po_required"] = False
    if layout in ("cover", "sections") and freq in ("monthly", "quarterly") and rng.random() < 0.35:
        t["billing_anchor"] = rng.choice(["calendar_month" if freq == "monthly" else "calendar_quarter",
                                          f"day:{rng.choice([1, 5, 15])}"])
    if layout != "ramp" and rng.random() < 0.25:
        t["price_escalator_percent"] = Decimal(rng.choice([3, 4, 5, 7]))
    if rng.random() < 0.35:
        t["late_fee_percent_per_month"] = _dec(rng.choice(["1", "1.5", "1.5", "2"]))
    if rng.random() < 0.4:
        t["non_standard_terms"] = rng.sample(sorted(NON_STANDARD), rng.choice([1, 1, 2]))

    # fees
    items: list[dict[str, Any]] = []
    if layout == "ramp":
        entry = CATALOG[rng.choice([0, 1])]
        base = _item(rng, entry, allow_monthly=False)
        base["price_period"] = "year"
        grow_qty = rng.random() < 0.5
        for year in range(term // 12):
            item = dict(base)
            item["start_date"] = start + relativedelta(years=year)
            item["end_date"] = start + relativedelta(years=year + 1) - timedelta(days=1)
            if grow_qty and base["quantity"] > 1:
                item["quantity"] = base["quantity"] + Decimal(year * rng.choice([10, 25, 50]))
            elif grow_qty:
                item["unit_price"] = base["unit_price"] + _price(rng, 1200, 6000, 600) * year
            else:
                item["unit_price"] = round_money(base["unit_price"] * (1 + Decimal("0.05") * year) if rng.random()
                                                 < 0.5 else base["unit_price"] + Decimal(12 * year), currency)
            items.append(item)
        if rng.random() < 0.5:
            items.append(_item(rng, CATALOG[3], allow_monthly=False))
    else:
        count = {"grid": rng.randint(4, 9), "usage": rng.randint(1, 2), "european": rng.randint(2, 4),
                 "sections": rng.randint(2, 4)}.get(layout, rng.randint(2, 3))
        pool = [0, 1, 2, 3, 4, 5, 6, 7, 8] if layout == "grid" else [0, 1, 2, 3, 5, 6]
        chosen = [0] + rng.sample([p for p in pool if p != 0], min(count - 1, len(pool) - 1))
        used: set[str] = set()
        for index in chosen:
            item = _item(rng, CATALOG[index], allow_monthly=layout != "european")
            if item["description"] in used:
                continue
            used.add(item["description"])
            items.append(item)
    if layout in ("grid", "european"):
        for item in items:
            if rng.random() < 0.4:
                item["discount_percent"] = Decimal(rng.choice([5, 10, 15, 20, 25]))
    if layout in ("grid", "european", "ramp"):
        for item in items:
            item["net_amount"] = _net(item, currency)
    if freq == "one_time":
        for item in items:
            if item["price_period"] == "month":
                item["price_period"] = "year"
    t["line_items"] = items

    # usage and commitments
    if layout == "usage" or (layout == "grid" and rng.random() < 0.25):
        rules = []
        for metric, unit in rng.sample(METRICS, 1 if layout == "grid" or rng.random() < 0.6 else 2):
            model = rng.choice(["per_unit", "graduated", "graduated", "volume"])
            included = Decimal(0)
            included_period = None
            if rng.random() < 0.5:
                included = Decimal(rng.choice([1000, 10000, 100000, 1000000]))
                included_period = rng.choice(["month", "month", "year"])
            price = _dec(rng.choice(["0.0020", "0.0050", "0.01", "0.05", "0.25", "1.50"]))
            if model == "per_unit":
                tiers = [{"up_to": None, "unit_price": price}]
            else:
                first = max(included, Decimal(1000)) * rng.choice([5, 10])
                bounds = [first, first * rng.choice([5, 10])][: rng.choice([1, 2])]
                tiers = []
                for i, bound in enumerate(bounds):
                    tiers.append({"up_to": bound, "unit_price": round(price * (1 - Decimal("0.2") * i), 4)})
                tiers.append({"up_to": None, "unit_price": round(price * (1 - Decimal("0.2") * len(bounds)), 4)})
            rules.append({"metric": metric, "unit": unit, "included_quantity": included,
                          "included_period": included_period, "pricing_model": model, "tiers": tiers,
                          "billing_frequency": rng.choice(["monthly", "monthly", "quarterly"]),
                          "billing_timing": "arrears"})
        t["usage_rules"] = rules
        if layout == "usage" and rng.random() < 0.6:
            period = rng.choice(["month", "year", "term"])
            t["minimum_commitment"] = {"amount": Decimal(rng.choice({"month": [500, 1000, 2500],
                                                                      "year": [12000, 24000, 60000],
                                                                      "term": [50000, 100000]}[period])).quantize(
                Decimal("0.01")), "period": period}
    spec = Spec(id=f"gen-{layout}-{n:02d}", layout=layout, rng=random.Random(f"{seed}:{layout}:{n}:render"),
                terms=t, money_style=money_style, date_style=date_style, tcv_stated=rng.random() < 0.7)
    if spec.tcv_stated:
        t["total_contract_value"] = _contract_value(items, term, currency)
    _fix_numeric_dates(spec)
    return spec


def _fix_numeric_dates(spec: Spec) -> None:
    """Numeric dates need one date whose day is over 12, or a reader cannot tell 03/01 from 01/03."""
    if spec.date_style not in ("us_num", "eu_num"):
        return
    t = spec.terms
    dates = [t["effective_date"], t["service_start_date"], t["service_end_date"]]
    dates += [i["start_date"] for i in t["line_items"]] + [i["end_date"] for i in t["line_items"]]
    if not any(d and d.day > 12 for d in dates):
        spec.date_style = "us_long" if spec.date_style == "us_num" else "eu_long"


def expected_terms(spec: Spec) -> dict[str, Any]:
    """The terms the rendered document states, in the terms JSON shape (validated by ContractTerms)."""
    terms = ContractTerms.model_validate(spec.terms)
    return terms.model_dump(mode="json")


# --------------------------------------------------------------------------------------------- pdf helpers


class Doc:
    """A thin fpdf2 wrapper: core fonts in cp1252 (for € and typographic dashes) and a fixed creation date."""

    def __init__(self, size: float = 10) -> None:
        self.pdf = FPDF()
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.set_margins(18, 15, 18)
        self.size = size
        self.pdf.add_page()
        self.pdf.set_font("Helvetica", size=size)

    def title(self, text: str) -> None:
        self.pdf.set_font("Helvetica", "B", self.size + 6)
        self.pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font("Helvetica", size=self.size)
        self.pdf.ln(2)

    def heading(self, text: str) -> None:
        self.pdf.ln(2)
        self.pdf.set_font("Helvetica", "B", self.size + 2)
        self.pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font("Helvetica", size=self.size)

    def line(self, text: str, height: float = 5.5) -> None:
        self.pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str) -> None:
        self.pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def bullet(self, text: str) -> None:
        self.pdf.set_x(self.pdf.l_margin + 4)
        self.pdf.multi_cell(0, 5.5, f"\u2022 {text}", new_x="LMARGIN", new_y="NEXT")

    def table(self, rows: list[list[str]], widths: tuple[float, ...] | None = None, header: bool = True,
              size: float | None = None) -> None:
        self.pdf.set_font("Helvetica", size=size or self.size - 1)
        with self.pdf.table(col_widths=widths, first_row_as_headings=header, text_align="LEFT",
                            line_height=5) as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        self.pdf.set_font("Helvetica", size=self.size)
        self.pdf.ln(3)

    def page_break(self) -> None:
        self.pdf.add_page()

    def output(self) -> bytes:
        return bytes(self.pdf.output())


# --------------------------------------------------------------------------------------------- phrasing


_FREQ_WORDS = {"annual": ["annually", "yearly"], "semiannual": ["semi-annually", "every six months"],
               "quarterly": ["quarterly"], "monthly": ["monthly"], "one_time": ["once, in full"]}
_FREQ_LABEL = {"annual": ["Annual", "Annually", "Yearly"], "semiannual": ["Semi-annual", "Semi-annually"],
               "quarterly": ["Quarterly"], "monthly": ["Monthly"], "one_time": ["One-time, in full"]}
_PERIOD_WORD = {"year": "year", "quarter": "quarter", "month": "month", "one_time": "one-time"}


def billing_phrase(spec: Spec, label: bool) -> str:
    t, rng = spec.terms, spec.rng
    freq, timing = t["billing_frequency"], t["billing_timing"]
    if label:
        head = rng.choice(_FREQ_LABEL[freq])
        tail = {"advance": rng.choice(["in advance", "billed in advance", "payable in advance"]),
                "arrears": rng.choice(["in arrears", "billed in arrears"])}[timing]
        return f"{head}, {tail}" if rng.random() < 0.6 else f"{head} {tail}"
    adverb = rng.choice(_FREQ_WORDS[freq])
    if freq == "one_time":
        return rng.choice([f"Fees are invoiced {adverb} in advance on the Effective Date.",
                           f"Provider will invoice all fees {adverb}, in advance."])
    return rng.choice([f"Provider will invoice Customer {adverb} in {timing}.",
                       f"Fees are invoiced {adverb} in {timing}.",
                       f"All recurring fees will be billed {adverb} in {timing}."])


def payment_phrase(spec: Spec, label: bool) -> str:
    days, rng = spec.terms["payment_terms_days"], spec.rng
    if label:
        if days == 0:
            return rng.choice(["Due on receipt", "Due upon receipt of invoice", "Payable on receipt"])
        return rng.choice([f"Net {days}", f"Net {days} days", f"{days} days from invoice date",
                           f"Net {days} from date of invoice"])
    if days == 0:
        return rng.choice(["All invoices are due upon receipt.", "Invoices are payable immediately upon receipt."])
    return rng.choice([f"Customer shall pay each invoice within {wd(days)} days of the invoice date.",
                       f"Invoices are due and payable {wd(days)} days after the date of invoice.",
                       f"Payment is due within {days} days of receipt of a correct invoice."])


def renewal_phrase(spec: Spec, label: bool) -> str | None:
    t, rng = spec.terms, spec.rng
    if t["auto_renew"] is None:
        return None
    if t["auto_renew"] is False:
        return rng.choice(["No - this order expires at the end of the term", "Does not auto-renew",
                           "None; this Order Form will not automatically renew"]) if label else rng.choice([
            "This Order Form will not automatically renew and shall expire at the end of the Subscription Term.",
            "The subscription does not renew automatically; any renewal requires a new order form."])
    months = t["renewal_term_months"]
    length = rng.choice([f"{months}-month", f"{wd(months)} month"] if months != 12 else
                        ["12-month", "one (1) year", "one-year", "twelve (12) month"])
    notice = t["non_renewal_notice_days"]
    if label:
        text = rng.choice([f"Automatically renews for successive {length} terms",
                           f"Yes, for additional {length} periods", f"Renews automatically for {length} terms"])
        if notice is not None and rng.random() < 0.5:
            text += f" unless either party gives {notice} days' notice of non-renewal"
            spec.notes.append("notice-in-renewal")
        return text
    text = (f"Upon expiration of the Subscription Term, this Order Form will automatically renew for successive "
            f"{length} renewal terms")
    if notice is not None:
        text += (f" unless either party gives written notice of non-renewal at least {wd(notice)} days before the "
                 f"end of the then-current term")
        spec.notes.append("notice-in-renewal")
    return text + "."


def po_phrase(spec: Spec, label: bool) -> str | None:
    t, rng = spec.terms, spec.rng
    if t["po_required"] is None:
        return None
    if t["po_number"]:
        return t["po_number"] if label else rng.choice([
            f"Customer requires that every invoice reference purchase order number {t['po_number']}.",
            f"Invoices must quote Customer's PO number {t['po_number']}."])
    if t["po_required"]:
        return rng.choice(["Required (to be issued before the first invoice)", "Required - PO to follow"]) if label \
            else "Customer will issue a purchase order before the first invoice, and invoices must reference it."
    return rng.choice(["Not required", "No PO required"]) if label else "No purchase order is required for this order."


def late_fee_phrase(spec: Spec) -> str | None:
    pct = spec.terms["late_fee_percent_per_month"]
    if pct is None:
        return None
    word = {"1": "one percent (1%)", "1.5": "one and one-half percent (1.5%)", "2": "two percent (2%)"}[str(pct)]
    return spec.rng.choice([f"Overdue amounts accrue interest at {word} per month.",
                            f"Late payments bear a late fee of {pct}% per month on the unpaid balance.",
                            f"Any amount not paid when due accrues interest at {pct}% per month until paid."])


def escalator_phrase(spec: Spec) -> str | None:
    pct = spec.terms["price_escalator_percent"]
    if pct is None:
        return None
    return spec.rng.choice([f"Fees will increase by {pct}% at the start of each renewal term.",
                            f"An annual price uplift of {pct}% applies to all recurring fees from the second year.",
                            f"Subscription fees are subject to a {pct}% annual price escalator."])


def anchor_phrase(spec: Spec) -> str | None:
    anchor = spec.terms["billing_anchor"]
    if anchor is None:
        return None
    if anchor == "calendar_month":
        return "Billing periods are aligned to the calendar month; the first invoice is prorated."
    if anchor == "calendar_quarter":
        return "Billing periods are aligned to the calendar quarter; the first invoice is prorated."
    day = int(anchor.split(":")[1])
    return f"Invoices are issued on the {_ordinal(day)} day of each billing period."


def term_phrase_label(spec: Spec) -> str:
    months = spec.terms["term_months"]
    if months % 12 == 0 and spec.rng.random() < 0.4:
        years = months // 12
        return f"{wd(years)} year{'s' if years > 1 else ''}" if spec.rng.random() < 0.5 else \
            f"{years} year{'s' if years > 1 else ''}"
    return spec.rng.choice([f"{months} months", f"{months}-month term", f"{wd(months)} months"])


def item_inline(spec: Spec, item: dict[str, Any]) -> str:
    """One fee line for label/value layouts, in one of several inline styles."""
    rng, money = spec.rng, spec.money
    price = money(item["unit_price"])
    qty = fmt_qty(item["quantity"])
    period = item["price_period"]
    style = rng.choice(["x", "at", "dash"])
    if period == "one_time":
        per = rng.choice(["one-time", "one-time fee", "(one-time)"])
        if style == "x":
            return f"{item['description']} (SKU {item['sku']}): {qty} x {price} {per}"
        if style == "at":
            return f"{item['description']} [{item['sku']}] - {qty} @ {price} {per}"
        return f"{item['description']} ({item['sku']}) - {price} {per}" if item["quantity"] == 1 else \
            f"{item['description']} ({item['sku']}) - {qty} x {price} {per}"
    per_word = {"year": rng.choice(["per year", "/year", "per annum"]), "quarter": "per quarter",
                "month": rng.choice(["per month", "/month"])}[period]
    if style == "x":
        return f"{item['description']} (SKU {item['sku']}): {qty} x {price} {per_word}"
    if style == "at":
        return f"{item['description']} [{item['sku']}] - {qty} @ {price} {per_word}"
    if item["quantity"] == 1:
        return f"{item['description']} ({item['sku']}) - {price} {per_word}"
    return f"{item['description']} ({item['sku']}) - {qty} units at {price} each {per_word}"


def usage_block(spec: Spec, doc: Doc, table: bool) -> None:
    t, rng, money = spec.terms, spec.rng, spec.money
    for rule in t["usage_rules"]:
        metric, unit = rule["metric"], rule["unit"]
        doc.heading(f"Usage Pricing - {metric[0].upper()}{metric[1:]}")
        if rule["included_quantity"]:
            doc.line(f"Included: {fmt_qty(rule['included_quantity'], spec.number_style)} {metric} per "
                     f"{rule['included_period']}")
        model = rule["pricing_model"]
        tiers = rule["tiers"]
        if model == "per_unit":
            doc.line(f"Overage rate: {money(tiers[0]['unit_price'])} per {unit}")
        else:
            doc.line({"graduated": rng.choice(["Pricing model: graduated - each tier's rate applies only to the "
                                               "units within that tier.",
                                               "Graduated tiers: units in each band are charged at that band's "
                                               "rate."]),
                      "volume": rng.choice(["Pricing model: volume - the rate of the tier reached by total usage "
                                            "applies to all units.",
                                            "Volume tiers: the rate for all units is set by the tier that total "
                                            "usage falls in."])}[model])
            period = rule["billing_frequency"].replace("ly", "")
            lower = rule["included_quantity"] if model == "graduated" else Decimal(0)
            rows = [["Tier", f"{metric[0].upper()}{metric[1:]} per {period}", f"Price per {unit}"]]
            lines = []
            for i, tier in enumerate(tiers):
                lo = fmt_qty(lower + 1 if lower else lower, spec.number_style)
                if tier["up_to"] is None:
                    band = rng.choice([f"{lo} and above", f"Above {fmt_qty(lower, spec.number_style)}"]) if lower \
                        else "All units"
                else:
                    hi = fmt_qty(tier["up_to"], spec.number_style)
                    band = f"{lo} - {hi}" if lower or rng.random() < 0.5 else f"Up to {hi}"
                rows.append([str(i + 1), band, money(tier["unit_price"])])
                lines.append(f"Tier {i + 1}: {band} {metric}: {money(tier['unit_price'])} per {unit}")
                lower = tier["up_to"] or lower
            if table:
                doc.table(rows, widths=(15, 70, 45))
            else:
                for text in lines:
                    doc.bullet(text)
        doc.line(f"Usage of {metric} is invoiced {rule['billing_frequency']} in arrears.")


def commitment_phrase(spec: Spec) -> str | None:
    mc = spec.terms["minimum_commitment"]
    if not mc:
        return None
    amount = spec.money(mc["amount"])
    return {"month": f"Minimum Commitment: Customer commits to a minimum monthly spend of {amount}.",
            "year": f"Minimum Annual Commitment: {amount} per year, billed as a true-up if usage falls short.",
            "term": f"Minimum Commitment: {amount} over the term of this Order Form."}[mc["period"]]


def _non_standard(spec: Spec) -> list[str]:
    return [spec.rng.choice(NON_STANDARD[k]) for k in spec.terms["non_standard_terms"]]


def _extras(spec: Spec) -> list[str]:
    """Sentences for late fees, escalators, anchors, commitments and special clauses."""
    return [s for s in (late_fee_phrase(spec), escalator_phrase(spec), anchor_phrase(spec)) if s] + _non_standard(spec)


# --------------------------------------------------------------------------------------------- layouts


def _key_terms(spec: Spec) -> list[tuple[str, str]]:
    """Label/value pairs for the key-terms block of label layouts (cover, grid, ramp, usage, sections)."""
    t, rng = spec.terms, spec.rng
    pick = rng.choice
    pairs: list[tuple[str, str]] = [
        (pick(["Order Form Number", "Order Form #", "Order No.", "Order Reference", "Quote Number"]),
         t["order_form_number"]),
        (pick(["Customer", "Customer Name", "Customer Legal Name", "Client", "Bill To"]), t["customer_legal_name"]),
        (pick(["Vendor", "Provider", "Supplier", "Service Provider"]), t["vendor_legal_name"]),
    ]
    if t["billing_contact_email"]:
        pairs.append((pick(["Billing Contact", "Billing Email", "Invoice Email", "Send Invoices To"]),
                      t["billing_contact_email"]))
    pairs.append((pick(["Effective Date", "Order Date", "Order Effective Date"]), spec.date(t["effective_date"])))
    if t["service_end_date"] and rng.random() < 0.35:
        pairs.append((pick(["Subscription Period", "Service Period"]),
                      f"{spec.date(t['service_start_date'])} {pick(['-', 'to', 'through'])} "
                      f"{spec.date(t['service_end_date'])}"))
    else:
        pairs.append((pick(["Service Start Date", "Subscription Start Date", "Start Date", "Commencement Date"]),
                      spec.date(t["service_start_date"])))
        if t["service_end_date"]:
            pairs.append((pick(["Service End Date", "Subscription End Date", "End Date", "Expiration Date"]),
                          spec.date(t["service_end_date"])))
    if t["term_months"]:
        pairs.append((pick(["Subscription Term", "Initial Term", "Term", "Contract Term"]), term_phrase_label(spec)))
    if rng.random() < 0.6:
        pairs.append((pick(["Currency", "Billing Currency"]), t["currency"]))
    pairs.append((pick(["Billing Frequency", "Invoicing", "Billing", "Billing Terms"]), billing_phrase(spec, True)))
    pairs.append(("Payment Terms", payment_phrase(spec, True)))
    renewal = renewal_phrase(spec, True)
    if renewal:
        pairs.append((pick(["Auto-Renewal", "Renewal", "Automatic Renewal", "Renewal Terms"]), renewal))
    if t["non_renewal_notice_days"] is not None and "notice-in-renewal" not in spec.notes:
        pairs.append((pick(["Non-Renewal Notice", "Notice Period", "Cancellation Notice"]),
                      pick([f"{t['non_renewal_notice_days']} days before the end of the term",
                            f"{wd(t['non_renewal_notice_days'])} days' written notice prior to renewal"])))
    po = po_phrase(spec, True)
    if po:
        label = "PO Number" if t["po_number"] else pick(["Purchase Order", "PO Required"])
        pairs.append((label, po))
    return pairs


def render_cover(spec: Spec) -> bytes:
    t, rng = spec.terms, spec.rng
    doc = Doc()
    doc.title(rng.choice(["ORDER FORM", "SUBSCRIPTION ORDER FORM", "SERVICE ORDER"]))
    for label, value in _key_terms(spec):
        doc.line(f"{label}: {value}", 6.5)
    doc.heading(rng.choice(["Fees", "Subscription Fees", "Pricing"]))
    for item in t["line_items"]:
        doc.line(item_inline(spec, item), 6.5)
    if spec.tcv_stated:
        doc.line(f"{rng.choice(['Total Contract Value', 'TCV', 'Total Fees'])}: "
                 f"{spec.money(t['total_contract_value'])}", 6.5)
    extras = _extras(spec)
    if extras:
        doc.heading(rng.choice(["Additional Terms", "Special Terms"]))
        for text in extras:
            doc.para(text)
    doc.para("This Order Form is governed by the Master Subscription Agreement between the parties. Fees are "
             "non-cancellable and non-refundable except as stated in the Agreement.")
    doc.line("Signed for the Customer: ____________________    Signed for the Provider: ____________________")
    return doc.output()


def render_grid(spec: Spec) -> bytes:
    t, rng = spec.terms, spec.rng
    doc = Doc(size=10)
    doc.title(rng.choice(["Order Form", "Subscription Order", "Customer Order Form"]))
    agreement = rng.choice(["Master Subscription Agreement", "Cloud Services Agreement", "Terms of Service"])
    doc.para(f"This order is placed under the {agreement} between the parties. " + FILLER[rng.randrange(len(FILLER))])
    doc.heading("Key Terms")
    doc.table([["Term", "Details"]] + [[k, v] for k, v in _key_terms(spec)], widths=(55, 119))
    # standard terms until low on the page, so the fee table runs over a page break
    stop = rng.uniform(240, 264)
    for text in rng.sample(FILLER, len(FILLER)):
        if doc.pdf.get_y() > stop:
            break
        doc.para(text)
    doc.heading(rng.choice(["Fee Schedule", "Order Details", "Products and Fees"]))
    has_discount = any(i["discount_percent"] is not None for i in t["line_items"])
    header = ["Product", "SKU", "Qty", "Unit Price", "Period"] + (["Discount"] if has_discount else []) + ["Net Amount"]
    rows = [header]
    period_names = {"year": rng.choice(["Annual", "per year", "Yearly"]), "quarter": "Quarterly",
                    "month": rng.choice(["Monthly", "per month"]), "one_time": rng.choice(["One-time", "One time"])}
    for item in t["line_items"]:
        row = [item["description"], item["sku"], fmt_qty(item["quantity"]), spec.money(item["unit_price"]),
               period_names[item["price_period"]]]
        if has_discount:
            row.append(f"{item['discount_percent']}%" if item["discount_percent"] is not None else "-")
        row.append(spec.money(item["net_amount"]))
        rows.append(row)
    widths = (44, 22, 12, 28, 22) + ((18,) if has_discount else ()) + (28,)
    doc.table(rows, widths=widths, size=8.5)
    if spec.tcv_stated:
        doc.line(f"Total Contract Value: {spec.money(t['total_contract_value'])}")
    if t["usage_rules"]:
        usage_block(spec, doc, table=True)
    extras = _extras(spec)
    if extras:
        doc.heading("Additional Terms")
        for text in extras:
            doc.para(text)
    doc.heading("General Terms")
    for text in rng.sample(FILLER, rng.randint(3, 6)):
        doc.para(text)
    for text in spec.appendix:
        doc.para(text)
    doc.line("Accepted and agreed by the authorised signatories of each party.")
    return doc.output()


def render_prose(spec: Spec) -> bytes:
    t, rng = spec.terms, spec.rng
    doc = Doc(size=10.5)
    doc.title(f"ORDER FORM {t['order_form_number']}")
    doc.para(rng.choice([
        f'This Order Form is entered into as of {spec.date(t["effective_date"])} (the "Effective Date") by and '
        f'between {t["vendor_legal_name"]} ("Provider") and {t["customer_legal_name"]} ("Customer").',
        f'This Order Form (the "Order") is made on {spec.date(t["effective_date"])} (the "Effective Date") between '
        f'{t["vendor_legal_name"]} ("Provider") and {t["customer_legal_name"]} ("Customer") under the Master '
        f'Subscription Agreement between them.']))
    n = 1

    def clause(title: str, text: str) -> None:
        nonlocal n
        doc.para(f"{n}. {title}. {text}")
        n += 1

    start = spec.date(t["service_start_date"])
    if t["term_months"] and t["service_end_date"]:
        term_text = rng.choice([
            f"The Subscription Term begins on {start} and continues for {wd(t['term_months'])} months, ending on "
            f"{spec.date(t['service_end_date'])}.",
            f"Provider will provide the Services from {start} through {spec.date(t['service_end_date'])} (the "
            f'"Subscription Term"), a period of {wd(t["term_months"])} months.'])
    elif t["term_months"]:
        term_text = (f"The Subscription Term commences on {start} and continues for an initial term of "
                     f"{wd(t['term_months'])} months.")
    else:
        term_text = f"The Subscription Term starts on {start} and ends on {spec.date(t['service_end_date'])}."
    clause("Subscription Term", term_text)
    fee_lines = []
    for i, item in enumerate(t["line_items"]):
        letter = "abcdefghij"[i]
        qty = int(item["quantity"])
        qty_text = wd(qty) if qty < 100 and rng.random() < 0.6 else f"{qty:,}"
        price = spec.money(item["unit_price"])
        if item["price_period"] == "one_time":
            fee_lines.append(f"({letter}) {item['description']} (SKU {item['sku']}): a one-time fee of {price}"
                             + ("" if qty == 1 else f" for each of {qty_text} units"))
        elif qty == 1:
            fee_lines.append(f"({letter}) {item['description']} (SKU {item['sku']}): {price} per "
                             f"{_PERIOD_WORD[item['price_period']]}")
        else:
            fee_lines.append(f"({letter}) {item['description']} (SKU {item['sku']}): {qty_text} units at {price} "
                             f"per unit per {_PERIOD_WORD[item['price_period']]}")
    fees = "Customer shall pay the following fees: " + "; ".join(fee_lines) + "."
    if spec.tcv_stated:
        fees += (f" The total fees payable for the Subscription Term are {spec.money(t['total_contract_value'])} "
                 f'(the "Total Contract Value").')
    clause("Fees", fees)
    clause("Invoicing", billing_phrase(spec, False) + (f" {anchor_phrase(spec)}" if t["billing_anchor"] else ""))
    clause("Payment", payment_phrase(spec, False) + (f" {late_fee_phrase(spec)}" if t["late_fee_percent_per_month"]
                                                     else ""))
    renewal = renewal_phrase(spec, False)
    if renewal:
        clause("Renewal", renewal)
    po = po_phrase(spec, False)
    if po:
        clause("Purchase Orders", po)
    if t["price_escalator_percent"]:
        clause("Price Adjustments", escalator_phrase(spec) or "")
    if t["billing_contact_email"]:
        clause("Billing Contact", f"Provider shall send all invoices to {t['billing_contact_email']}.")
    special = _non_standard(spec)
    if special:
        clause("Special Terms", " ".join(special))
    clause("Entire Agreement", "This Order Form and the Agreement are the entire agreement of the parties about its "
                               "subject matter.")
    doc.line(f"{t['vendor_legal_name']}: ____________________     {t['customer_legal_name']}: ____________________")
    return doc.output()


def render_ramp(spec: Spec) -> bytes:
    t, rng = spec.terms, spec.rng
    doc = Doc()
    doc.title(rng.choice(["MULTI-YEAR ORDER FORM", "ORDER FORM - RAMP DEAL", "Subscription Order (Multi-Year)"]))
    for label, value in _key_terms(spec):
        doc.line(f"{label}: {value}", 6.2)
    doc.heading(rng.choice(["Ramp Schedule", "Fees by Subscription Year", "Pricing Schedule"]))
    ramped = [i for i in t["line_items"] if i["start_date"]]
    others = [i for i in t["line_items"] if not i["start_date"]]
    if rng.random() < 0.5:
        rows = [["Year", "Period", "Product", "Qty", "Unit Price", "Annual Fee"]]
        for year, item in enumerate(ramped, 1):
            rows.append([f"Year {year}", f"{spec.date(item['start_date'])} - {spec.date(item['end_date'])}",
                         f"{item['description']} ({item['sku']})", fmt_qty(item["quantity"]),
                         spec.money(item["unit_price"]), spec.money(item["net_amount"])])
        doc.table(rows, widths=(16, 52, 42, 14, 25, 25), size=8.5)
    else:
        for year, item in enumerate(ramped, 1):
            doc.line(f"Year {year} ({spec.date(item['start_date'])} to {spec.date(item['end_date'])})")
            doc.line(f"{item['description']} (SKU {item['sku']}): {fmt_qty(item['quantity'])} x "
                     f"{spec.money(item['unit_price'])} per year = {spec.money(item['net_amount'])}")
    for item in others:
        doc.line(f"{item['description']} (SKU {item['sku']}): one-time fee of {spec.money(item['unit_price'])}, "
                 f"net {spec.money(item['net_amount'])}")
    if spec.tcv_stated:
        doc.line(f"{rng.choice(['Total Contract Value', 'Total Fees for the Term'])}: "
                 f"{spec.money(t['total_contract_value'])}")
    extras = _extras(spec)
    if extras:
        doc.heading("Additional Terms")
        for text in extras:
            doc.para(text)
    doc.para("Fees for each subscription year are invoiced at the start of that year. This Order Form is governed by "
             "the Master Subscription Agreement between the parties.")
    return doc.output()


def render_usage(spec: Spec) -> bytes:
    t, rng = spec.terms, spec.rng
    doc = Doc()
    doc.title(rng.choice(["USAGE-BASED ORDER FORM", "Order Form - Platform and Usage", "Consumption Order Form"]))
    for label, value in _key_terms(spec):
        doc.line(f"{label}: {value}", 6.2)
    doc.heading("Platform Fees")
    for item in t["line_items"]:
        doc.line(item_inline(spec, item), 6.2)
    if spec.tcv_stated:
        doc.line(f"Total Contract Value (platform fees only, excluding usage): "
                 f"{spec.money(t['total_contract_value'])}")
    usage_block(spec, doc, table=rng.random() < 0.5)
    commitment = commitment_phrase(spec)
    if commitment:
        doc.para(commitment)
    extras = _extras(spec)
    if extras:
        doc.heading("Additional Terms")
        for text in extras:
            doc.para(text)
    return doc.output()


def render_european(spec: Spec) -> bytes:
    t, rng = spec.terms, spec.rng
    style = spec.number_style
    doc = Doc()
    doc.title(rng.choice(["ORDER CONFIRMATION", "ORDER", "Licence Order"]))
    pairs = [("Order no.", t["order_form_number"]), ("Customer", t["customer_legal_name"]),
             ("Supplier", t["vendor_legal_name"]), ("Order date", spec.date(t["effective_date"])),
             ("Contract start", spec.date(t["service_start_date"]))]
    if t["service_end_date"]:
        pairs.append(("Contract end", spec.date(t["service_end_date"])))
    if t["term_months"]:
        pairs.append(("Minimum term", f"{t['term_months']} months"))
    if t["billing_contact_email"]:
        pairs.append(("Invoice address", t["billing_contact_email"]))
    pairs.append(("Currency", t["currency"]))
    freq = {"annual": "yearly", "semiannual": "half-yearly", "quarterly": "quarterly", "monthly": "monthly",
            "one_time": "once"}[t["billing_frequency"]]
    pairs.append(("Invoicing", f"{freq} in {t['billing_timing']}"))
    days = t["payment_terms_days"]
    pairs.append(("Payment term", "payable on receipt of invoice" if days == 0 else f"{days} days net"))
    for label, value in pairs:
        doc.line(f"{label}: {value}", 6.2)
    doc.heading("Items")
    has_discount = any(i["discount_percent"] is not None for i in t["line_items"])
    rows = [["Pos.", "Description", "Art. no.", "Qty", f"Unit price ({t['currency']})", "Period"]
            + (["Discount"] if has_discount else []) + [f"Total ({t['currency']})"]]
    period = {"year": "per year", "quarter": "per quarter", "month": "per month", "one_time": "one-off"}
    for pos, item in enumerate(t["line_items"], 1):
        row = [str(pos), item["description"], item["sku"], fmt_qty(item["quantity"], style),
               fmt_number(item["unit_price"], style), period[item["price_period"]]]
        if has_discount:
            row.append(f"{item['discount_percent']} %" if item["discount_percent"] is not None else "-")
        row.append(fmt_number(item["net_amount"], style))
        rows.append(row)
    doc.table(rows, widths=(10, 42, 22, 12, 24, 20) + ((16,) if has_discount else ()) + (24,), size=8.5)
    if spec.tcv_stated:
        doc.line(f"Total order value for the contract term: {spec.money(t['total_contract_value'])}")
    doc.heading("Conditions")
    renewal = renewal_phrase(spec, False)
    lines = []
    if renewal:
        lines.append(renewal)
    po = po_phrase(spec, False)
    if po:
        lines.append(po)
    lines += _extras(spec)
    lines.append("All prices exclude VAT, which is charged at the statutory rate.")
    for i, text in enumerate(lines, 1):
        doc.para(f"{i}. {text}")
    return doc.output()


def render_sections(spec: Spec) -> bytes:
    t, rng = spec.terms, spec.rng
    doc = Doc()
    dash = rng.choice([" \u2014 ", " \u2013 ", " - "])
    doc.title(rng.choice(["Order Form", "Subscription Order"]) + f"{dash}{t['order_form_number']}")
    doc.heading("1  Parties")
    doc.bullet(f"{rng.choice(['Customer', 'Client'])}{dash}{t['customer_legal_name']}")
    doc.bullet(f"{rng.choice(['Provider', 'Vendor'])}{dash}{t['vendor_legal_name']}")
    if t["billing_contact_email"]:
        doc.bullet(f"Billing contact{dash}{t['billing_contact_email']}")
    doc.heading("2  Term")
    doc.bullet(f"Effective date{dash}{spec.date(t['effective_date'])}")
    doc.bullet(f"Start date{dash}{spec.date(t['service_start_date'])}")
    if t["service_end_date"]:
        doc.bullet(f"End date{dash}{spec.date(t['service_end_date'])}")
    if t["term_months"]:
        doc.bullet(f"Initial term{dash}{term_phrase_label(spec)}")
    renewal = renewal_phrase(spec, True)
    if renewal:
        doc.bullet(f"Renewal{dash}{renewal}")
    if t["non_renewal_notice_days"] is not None and "notice-in-renewal" not in spec.notes:
        doc.bullet(f"Notice of non-renewal{dash}at least {t['non_renewal_notice_days']} days before the term ends")
    for text in rng.sample(FILLER, rng.randint(0, 2)):
        doc.para(text)
    doc.page_break()
    doc.heading("3  Fees")
    for item in t["line_items"]:
        qty = fmt_qty(item["quantity"])
        per = {"year": "per year", "quarter": "per quarter", "month": "per month", "one_time": "one-time"}[
            item["price_period"]]
        doc.bullet(f"{item['description']} ({item['sku']}){dash}{qty} \u00d7 {spec.money(item['unit_price'])} {per}")
    if spec.tcv_stated:
        doc.bullet(f"Total contract value{dash}{spec.money(t['total_contract_value'])}")
    doc.heading("4  Billing and payment")
    doc.bullet(f"Invoicing{dash}{billing_phrase(spec, True)}")
    doc.bullet(f"Payment{dash}{payment_phrase(spec, True)}")
    po = po_phrase(spec, True)
    if po:
        doc.bullet(f"{'PO number' if t['po_number'] else 'Purchase order'}{dash}{po}")
    if rng.random() < 0.5:
        doc.bullet(f"Currency{dash}{t['currency']}")
    extras = _extras(spec)
    if extras:
        doc.page_break()
        doc.heading("5  Special terms")
        for text in extras:
            doc.bullet(text)
    doc.heading("6  Standard terms")
    for text in rng.sample(FILLER, rng.randint(2, 4)):
        doc.para(text)
    return doc.output()


RENDERERS = {"cover": render_cover, "grid": render_grid, "prose": render_prose, "ramp": render_ramp,
             "usage": render_usage, "european": render_european, "sections": render_sections}
DESCRIPTIONS = {
    "cover": "label/value cover page with inline fee lines",
    "grid": "key-terms grid and a multi-column fee table that runs over pages, between pages of standard terms",
    "prose": "numbered prose clauses, numbers in words and digits, fees written as sentences",
    "ramp": "multi-year ramp with per-year dates and annual fees",
    "usage": "platform fee plus usage pricing (included allowance, per-unit / graduated / volume tiers) and "
             "commitments",
    "european": "European order confirmation: dotted or day-first dates, decimal commas, amounts without symbols",
    "sections": "sectioned form with bullets and dash separators over several pages",
}


def render(spec: Spec) -> bytes:
    spec.rng.seed(f"{spec.id}:render")
    spec.notes.clear()
    return RENDERERS[spec.layout](spec)


def deal_for(spec: Spec) -> dict[str, Any]:
    """The CRM deal that closed this order: amounts as the CRM would hold them (annual value per line)."""
    t = spec.terms
    currency = t["currency"]
    lines = []
    amount = Decimal(0)
    for item in t["line_items"]:
        net = _net(item, currency)
        total = net if item["price_period"] == "one_time" else net * {"year": 1, "quarter": 4, "month": 12}[
            item["price_period"]]
        lines.append({"sku": item["sku"], "name": item["description"], "quantity": str(item["quantity"]),
                      "unit_price": str(round_money(total / item["quantity"], currency)), "total": str(total)})
    term = t["term_months"] or 12
    tcv = t["total_contract_value"] or _contract_value(t["line_items"], term, currency)
    amount = tcv
    return {"deal_id": f"006-{spec.id.upper()}", "deal_name": f"{t['customer_legal_name']} - {spec.layout} order",
            "account_name": t["customer_legal_name"], "stage": "Closed Won",
            "close_date": t["effective_date"].isoformat(), "currency": currency, "amount": str(amount),
            "billing_contact_email": t["billing_contact_email"], "line_items": lines}


def expected_derived(terms: dict[str, Any]) -> dict[str, Any]:
    """What a person computes from the stated terms: an end date from a start and a term, or a term from two dates."""
    start, end, months = terms.get("service_start_date"), terms.get("service_end_date"), terms.get("term_months")
    if start and months and end is None:
        value = derivations.end_date(date.fromisoformat(start), months).isoformat()
        return {"service_end_date": {"value": value, "rule": f"start {start} + {months} months - 1 day"}}
    whole = derivations.term_months(date.fromisoformat(start), date.fromisoformat(end)) if start and end else None
    if months is None and whole:
        return {"term_months": {"value": whole, "rule": f"whole months from {start} to the day after {end}"}}
    return {}


def case_json(spec: Spec) -> dict[str, Any]:
    terms = expected_terms(spec)
    derived = expected_derived(terms)
    return {"id": spec.id, "kind": "new_contract",
            "description": f"Generated ({spec.layout}: {DESCRIPTIONS[spec.layout]}); dates {spec.date_style}, "
                           f"money {spec.money_style}. Expected terms are the generator's spec: only what the "
                           f"document states.",
            "tags": ["generated", spec.layout],
            "inputs": {"contract": "contract.pdf", "deal": "deal.json"},
            "expected": {"terms": terms, **({"derived": derived} if derived else {})}}


def all_specs(seed: int = SEED, per_layout: int = PER_LAYOUT) -> list[Spec]:
    return [make_spec(layout, n, seed) for layout in LAYOUTS for n in range(1, per_layout + 1)]


def files_for(spec: Spec) -> dict[str, bytes]:
    return {"contract.pdf": render(spec),
            "deal.json": (json.dumps(_json(deal_for(spec)), indent=2) + "\n").encode(),
            "case.json": (json.dumps(case_json(spec), indent=2, ensure_ascii=False) + "\n").encode()}


def bench_form(pages: int = 10, seed: int = SEED) -> bytes:
    """A long grid-layout order form for benchmarks: 60 fee lines over pages, then standard terms to `pages` pages."""
    spec = make_spec("grid", 99, seed)
    rng = random.Random(f"{seed}:bench")
    extra = [_item(rng, CATALOG[rng.randrange(len(CATALOG))], allow_monthly=True) for _ in range(60)]
    for i, item in enumerate(extra):
        item["description"] = f"{item['description']} {i + 1}"
        item["net_amount"] = _net(item, spec.terms["currency"])
    spec.terms["line_items"] = spec.terms["line_items"] + extra
    spec.terms["total_contract_value"] = None
    spec.tcv_stated = False
    data = render(spec)
    while len(PdfReader(io.BytesIO(data)).pages) < pages:
        for _ in range(3):
            section = len(spec.appendix) // len(FILLER) + 1
            spec.appendix += [f"{section}.{i} {text}" for i, text in enumerate(FILLER, 1)]
        data = render(spec)
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--per-layout", type=int, default=PER_LAYOUT)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare with the files on disk; exit 1 on a difference")
    args = parser.parse_args(argv)
    specs = all_specs(args.seed, args.per_layout)
    differences = 0
    for spec in specs:
        folder = args.out / spec.id
        for name, data in files_for(spec).items():
            path = folder / name
            if args.check:
                if not path.is_file() or path.read_bytes() != data:
                    print(f"differs: {path}")
                    differences += 1
                continue
            folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    if args.check:
        print(f"{len(specs)} cases checked, {differences} files differ")
        return 1 if differences else 0
    print(f"wrote {len(specs)} cases in {len(LAYOUTS)} layouts to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
