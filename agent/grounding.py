"""The grounding check shared by every extractor: a value stands only if its quote does.

A citation passes when its quote occurs verbatim (whitespace-normalised) on the cited
page *and* the quote states the value (numbers, dates, number words, currency symbols
and enum vocabulary normalised). A value that fails is dropped to null and a warning
`ungrounded:<path>` says so; a required field inside a list item drops the whole item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from agent.documents import Document
from agent.terms import Citation, ContractTerms, ExtractionResult
from agent.textnorm import find_dates, find_numbers, normalise_ws

# Words that state an enum or boolean value; a quote must contain one of them.
_VOCABULARY: dict[str, dict[Any, tuple[str, ...]]] = {
    "billing_frequency": {
        "annual": ("annual", "yearly", "per year", "each year", "every year", "12 months", "twelve"),
        "semiannual": ("semi-annual", "semiannual", "six months", "6 months", "twice a year", "half-year",
                       "half year", "biannual"),
        "quarterly": ("quarter", "three months", "3 months"),
        "monthly": ("month",),
        "one_time": ("one-time", "one time", "upfront", "up-front", "single", "in full", "lump"),
    },
    "billing_timing": {
        "advance": ("advance", "beginning", "start of", "upfront", "up-front", "prepaid", "commencement"),
        "arrears": ("arrear", "end of", "after the end", "following the end", "after each", "in the month following"),
    },
    "price_period": {
        "year": ("year", "annual", "annum", "/yr", "yr"),
        "quarter": ("quarter",),
        "month": ("month", "/mo", "mo."),
        "one_time": ("one-time", "one time", "setup", "set-up", "implementation", "onboarding", "once"),
    },
    "pricing_model": {
        "per_unit": ("per", "each", "/"),
        "graduated": ("graduated", "tier", "band", "next", "thereafter", "additional"),
        "volume": ("volume", "all units", "entire", "total volume", "tier"),
    },
    "auto_renew": {
        True: ("renew", "renewal", "extend", "evergreen", "successive"),
        False: ("not renew", "no auto", "not automatically", "shall expire", "will expire", "non-renew",
                "does not renew", "no renewal", "terminate at the end", "renew only"),
    },
    "po_required": {
        True: ("purchase order", "po ", "p.o.", "po number", "po#"),
        False: ("purchase order", "po ", "p.o.", "not required", "n/a"),
    },
    "included_period": {
        "month": ("month",), "quarter": ("quarter",), "year": ("year", "annual", "annum"), "term": ("term",),
    },
    "period": {
        "month": ("month",), "year": ("year", "annual", "annum"), "term": ("term", "total", "aggregate"),
    },
}

_CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "USD": ("usd", "$", "us dollar", "u.s. dollar", "dollars"),
    "EUR": ("eur", "€", "euro"),
    "GBP": ("gbp", "£", "pound", "sterling"),
    "CAD": ("cad", "c$", "canadian"),
    "AUD": ("aud", "a$", "australian"),
    "JPY": ("jpy", "¥", "yen"),
    "CHF": ("chf", "franc"),
}

# Free-text fields summarised by the extractor: the quote must be on the page, not contain the value.
_SUMMARY_FIELDS = {"non_standard_terms", "description", "metric", "unit"}
# Fields derived from a duration: "one (1) year" grounds 12 months.
_MONTH_FIELDS = {"term_months", "renewal_term_months"}
_DAY_FIELDS = {"payment_terms_days", "non_renewal_notice_days"}


def quote_on_page(quote: str, page_text: str) -> bool:
    """Whitespace-normalised, case-sensitive containment (quotes are verbatim)."""
    q = normalise_ws(quote)
    return bool(q) and q in normalise_ws(page_text)


def leaf_name(path: str) -> str:
    """`usage_rules[0].tiers[2].unit_price` -> `unit_price`; `non_standard_terms[1]` -> `non_standard_terms`."""
    last = path.split(".")[-1]
    return re.sub(r"\[\d+\]$", "", last)


def quote_states_value(field: str, value: Any, quote: str) -> bool:
    """Does the quote say this value? Numbers and dates are compared as values, not strings."""
    if value is None:
        return True
    text = normalise_ws(quote).lower()
    if field in _SUMMARY_FIELDS:
        return True
    if isinstance(value, bool) or field in _VOCABULARY:
        words = _VOCABULARY.get(field, {}).get(value)
        if words is None:
            return True
        return any(w in text for w in words)
    if field == "currency":
        return any(w in text for w in _CURRENCY_WORDS.get(str(value), (str(value).lower(),)))
    if isinstance(value, date):
        return value in find_dates(quote)
    if isinstance(value, (int, Decimal)):
        return _number_stated(field, Decimal(value), quote)
    if isinstance(value, str):
        return normalise_ws(value).lower() in text
    return True


def _number_stated(field: str, value: Decimal, quote: str) -> bool:
    numbers = find_numbers(quote)
    if value in numbers:
        return True
    lowered = quote.lower()
    if field in _MONTH_FIELDS:
        if any(n * 12 == value for n in numbers) and re.search(r"\byears?\b|\bannual", lowered):
            return True
        if value == 12 and re.search(r"\b(one year|annual|yearly|12-month)", lowered):
            return True
    if field in _DAY_FIELDS and value == 0:
        return bool(re.search(r"receipt|immediately|upon invoice|on invoice", lowered))
    if field == "discount_percent" and any(n == value / 100 for n in numbers):
        return True
    return False


def _get(obj: Any, path: str) -> Any:
    for part in _split(path):
        if obj is None:
            return None
        if isinstance(part, int):
            obj = obj[part] if part < len(obj) else None
        else:
            obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


def _split(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for token in path.split("."):
        m = re.fullmatch(r"([A-Za-z_]+)((?:\[\d+\])*)", token)
        if not m:
            raise ValueError(f"bad field path {path!r}")
        parts.append(m.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", m.group(2)))
    return parts


def value_paths(data: dict[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    """Every leaf (path, value) in terms JSON that is set; lists of scalars yield one path per item."""
    for key, value in data.items():
        path = f"{prefix}{key}"
        if value is None or value == [] or value == {}:
            continue
        if isinstance(value, dict):
            yield from value_paths(value, path + ".")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    yield from value_paths(item, f"{path}[{i}].")
                else:
                    yield f"{path}[{i}]", item
        else:
            yield path, value


# Fields that may stay without their own citation: they default from their parents or schema.
_DEFAULTED_LEAVES = {"quantity", "price_period", "pricing_model", "billing_timing", "included_quantity"}


def ground(result: ExtractionResult, doc: Document) -> ExtractionResult:
    """Check every value against its citation; drop what fails, keep only citations that pass."""
    terms_obj = result.terms
    data = terms_obj.model_dump(mode="python")
    warnings = list(result.warnings)
    kept: dict[str, Citation] = {}
    drops: list[str] = []
    for path, value in list(value_paths(data)):
        citation = result.citations.get(path)
        leaf = leaf_name(path)
        if citation is None:
            if leaf in _DEFAULTED_LEAVES or (isinstance(value, bool) and value is False and leaf == "po_required"):
                continue
            drops.append(path)
            warnings.append(f"ungrounded:{path}: no citation")
            continue
        page_ok = 1 <= citation.page <= len(doc.pages) and quote_on_page(citation.quote, doc.pages[citation.page - 1])
        if not page_ok:
            drops.append(path)
            warnings.append(f"ungrounded:{path}: quote not found on page {citation.page}")
        elif not quote_states_value(leaf, value, citation.quote):
            drops.append(path)
            warnings.append(f"ungrounded:{path}: quote does not state {value}")
        else:
            kept[path] = citation
    if drops:
        data = _drop_paths(data, drops)
        kept = {p: c for p, c in kept.items() if _get(data, p) is not None}
    terms = ContractTerms.model_validate(data)
    return result.model_copy(update={"terms": terms, "citations": kept, "warnings": warnings})


_REQUIRED_IN_ITEM = {"unit_price", "description", "amount", "metric"}


def _drop_paths(data: dict[str, Any], paths: list[str]) -> dict[str, Any]:
    """Null each path; a required leaf inside a list item removes the item (marked, then compacted)."""
    removed_items: set[tuple[str, int]] = set()
    for path in paths:
        parts = _split(path)
        leaf = parts[-1]
        parent = data
        for part in parts[:-1]:
            parent = parent[part]
        if isinstance(leaf, int):
            parent[leaf] = None
            continue
        if leaf in _REQUIRED_IN_ITEM and len(parts) >= 3 and isinstance(parts[-2], int):
            removed_items.add((".".join(str(p) for p in parts[:-3] + [parts[-3]]), int(parts[-2])))
            continue
        if leaf == "up_to" or (leaf == "unit_price" and "tiers" in path):
            continue
        parent[leaf] = None
    for key in ("non_standard_terms",):
        if isinstance(data.get(key), list):
            data[key] = [x for x in data[key] if x is not None]
    for list_key, index in sorted(removed_items, key=lambda x: -x[1]):
        target = data
        for part in _split(list_key) if list_key else []:
            target = target[part]
        if isinstance(target, list) and index < len(target):
            target.pop(index)
    if data.get("minimum_commitment") and data["minimum_commitment"].get("amount") is None:
        data["minimum_commitment"] = None
    return data
