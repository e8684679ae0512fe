"""The grounding check shared by every extractor: a value stands only if its quote does.

A citation passes when its quote occurs verbatim (whitespace-normalised, whole words) on the
cited page *and* the quote states the value (numbers, dates, number words, durations, currency
symbols and enum vocabulary normalised by `accrue.core.textnorm`), a number in a role its field can
have: the day of a date is no payment term, an amount no seat count. A value that fails is
dropped to null and a warning `ungrounded:<path>` says so. A list item that loses a
value it cannot exist without (a line item's price, a usage tier) is removed whole, and
the citations of the items after it are re-indexed so every path still points at the
value it was given for. A derived value (`method` "derived") passes when its quote is on the page, each of its
inputs passed, and its rule reproduces it from them (`accrue.core.derivations.verify`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from accrue.core import derivations
from accrue.core.document import Document
from accrue.core.terms import Citation, ContractTerms, ExtractionResult
from accrue.core.textnorm import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    NumberMatch,
    find_date_spans,
    find_dates,
    find_durations,
    find_money,
    find_number_spans,
    find_percents,
    normalise_ws,
)

# Words that state an enum value; a quote must contain one of them.
_VOCABULARY: dict[str, dict[Any, tuple[str, ...]]] = {
    "billing_frequency": {
        "annual": ("annual", "yearly", "per year", "each year", "every year", "12 months", "twelve (12) months",
                   "twelve months", "per annum", "a year", "p.a."),
        "semiannual": ("semi-annual", "semiannual", "six months", "6 months", "six (6) months", "twice a year",
                       "half-year", "half year", "biannual", "bi-annual", "half-yearly"),
        "quarterly": ("quarter", "three months", "3 months", "three (3) months"),
        "monthly": ("month",),
        "one_time": ("one-time", "one time", "upfront", "up-front", "single", "in full", "lump", "once"),
    },
    "billing_timing": {
        "advance": ("advance", "beginning", "start of", "upfront", "up-front", "prepaid", "pre-paid",
                    "commencement", "prior to"),
        "arrears": ("arrear", "end of", "after the end", "following the end", "after each", "in the month following",
                    "following month", "following each", "after the close", "based on actual"),
    },
    "price_period": {
        "year": ("year", "annual", "annum", "/yr", "yr", "12 months", "12-month", "p.a.", "p. a."),
        "quarter": ("quarter",),
        "month": ("month", "/mo", "mo."),
        "one_time": ("one-time", "one time", "setup", "set-up", "implementation", "onboarding", "once", "upfront",
                     "fixed fee", "non-recurring", "one-off"),
    },
    "pricing_model": {
        "per_unit": ("per", "each", "/", "@", "flat"),
        "graduated": ("graduated", "tier", "band", "next", "thereafter", "additional", "incremental"),
        "volume": ("volume", "all units", "entire", "total volume", "tier", "all usage"),
    },
    "included_period": {
        "month": ("month",), "quarter": ("quarter",), "year": ("year", "annual", "annum"), "term": ("term",),
    },
    "period": {
        "month": ("month",), "year": ("year", "annual", "annum"), "term": ("term", "total", "aggregate", "contract"),
    },
}

_RENEW = re.compile(r"renew|extend|evergreen (?:basis|term|renewal|arrangement)|on an evergreen|successive|"
                    r"roll(?:s|ed)? over|rollover|month[- ]to[- ]month|year[- ]to[- ]year|from year to year",
                    re.IGNORECASE)
# A flat refusal to renew, with no notice mechanism that would make it conditional: cannot state auto_renew true.
_FLAT_NO_RENEW = re.compile(r"\b(?:will|shall|does|do)\s+not\s+(?:be\s+)?(?:automatically\s+)?renew|"
                            r"\bno\s+(?:automatic|auto-?)\s*renewal|\bnon-renewing\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\bunless\b|\belects?\b|\bnotice\b|\bnotif", re.IGNORECASE)
_NO_RENEW = re.compile(r"\bnot\b[^.;]{0,40}\brenew|\bnot\b[^.;]{0,20}\broll|\bno\b[^.;]{0,20}(?:auto|renew)|"
                       r"renew\w*\W{0,3}(?:no|none|n/a)\b|"
                       r"\[\s{0,3}[x\u2713\u2714\u2612]\s{0,3}\]\s{0,3}no\b|\u2612\s{0,3}no\b|"
                       r"\bexpires?\b|\bexpiration\b|non-renewing|terminate at the end|terminates at the end|"
                       r"will end|shall end|does not auto|without renewal|"
                       r"only (?:upon|by|with) (?:the )?(?:mutual|written)|mutual (?:written )?(?:agreement|consent)",
                       re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|none|n/a|never|without)\b", re.IGNORECASE)
# The cadence a billing verb or an advance/arrears phrase attaches to ("invoiced quarterly", "monthly in arrears"):
# a quote saying so cannot state another billing frequency, whatever other period words it holds ("the annual fee").
_CADENCE = (r"(annually|yearly|semi-annually|semiannually|half-yearly|quarterly|monthly)")
_BILLED_AT = re.compile(r"\b(?:invoiced|billed|charged|invoice[sd]?|bills?)\s+(?:[a-z-]+\s+){0,2}?" + _CADENCE + r"\b|"
                        r"\b" + _CADENCE + r"\s+in\s+(?:advance|arrears?)\b", re.IGNORECASE)
_ADVERB_FREQUENCY = {"annually": "annual", "yearly": "annual", "semi-annually": "semiannual",
                     "semiannually": "semiannual", "half-yearly": "semiannual", "quarterly": "quarterly",
                     "monthly": "monthly"}
_PO = re.compile(r"purchase order|\bp\.?o\.?\b|\bpo\s*(?:#|no|number)", re.IGNORECASE)
_RECEIPT = re.compile(r"receipt|immediately|upon invoic|on invoic|upon presentation|on presentation|due now",
                      re.IGNORECASE)

# Clause summaries in the extractor's own words: the quote must be on the page, not contain the value.
_SUMMARY_FIELDS = {"non_standard_terms"}
# Names "as written" (a product, a metric, its unit): every word of the value must be in the quote.
_WRITTEN_FIELDS = {"description", "metric", "unit"}
_MONTH_FIELDS = {"term_months", "renewal_term_months"}
_DAY_FIELDS = {"payment_terms_days", "non_renewal_notice_days"}
_MONEY_FIELDS = {"unit_price", "net_amount", "total_contract_value", "amount"}
_PERCENT_FIELDS = {"discount_percent", "price_escalator_percent", "late_fee_percent_per_month"}
_COUNT_FIELDS = {"quantity", "included_quantity", "up_to"}
# A vocabulary word naming a period without a count of its own ("per year", not "12 months"): it does not
# count when it is only the unit of a multi-unit duration ("billed annually for 12 months" is not monthly).
_PERIOD_WORD = re.compile(r"month|year|quarter")
_COUNTED = re.compile(r"\d|one|two|three|six|twelve|half")
_WORD = re.compile(r"[^\W_]+")


def quote_on_page(quote: str, page_text: str) -> bool:
    """Whitespace-normalised, case-sensitive containment (quotes are verbatim) of whole words.

    The quote may not start or end inside a word or a number, nor on a digit inside a date of the
    page: "40.00" is not a quote of a page that says "USD 240.00", nor "15" of one that says "2026-03-15".
    """
    q = normalise_ws(quote)
    return bool(q) and _whole_occurrence(q, normalise_ws(page_text)) >= 0


def _whole_occurrence(quote: str, page: str, dates: list[tuple[int, int]] | None = None, hint: int = 0) -> int:
    """Where `quote` (normalised) occurs in `page` (normalised) without cutting a word, number or date; -1 if nowhere.

    The search starts at `hint` (where the previous quote of the page was found: citations come in reading order,
    so scanning every page from its start made grounding a long page quadratic), then covers the text before it.
    """
    for start in _occurrences(quote, page, hint):
        end = start + len(quote)
        if not (_cuts(page, start, quote[0], before=True) or _cuts(page, end, quote[-1], before=False)):
            if dates is None:
                dates = [(d.start, d.end) for d in find_date_spans(page)]
            # a digit at either edge inside a page date: "15" or "03-15" of "2026-03-15"
            if not ((quote[0].isdigit() and _inside(dates, start)) or (quote[-1].isdigit() and _inside(dates, end))):
                return start
    return -1


def _occurrences(quote: str, page: str, hint: int) -> Iterator[int]:
    hint = min(max(hint, 0), len(page))
    start = page.find(quote, hint)
    while start >= 0:
        yield start
        start = page.find(quote, start + 1)
    start = page.find(quote, 0, hint + len(quote) - 1)
    while start >= 0:
        yield start
        start = page.find(quote, start + 1, hint + len(quote) - 1)


def _inside(dates: list[tuple[int, int]], at: int) -> bool:
    """Is `at` strictly inside one of the disjoint, ordered date spans?"""
    i = bisect_left(dates, (at, at))
    return i > 0 and dates[i - 1][0] < at < dates[i - 1][1]


def _cuts(page: str, at: int, edge: str, *, before: bool) -> bool:
    """Does a quote edge at `at` (its first char `edge` when `before`, else its last) split a word or number?"""
    outside = at - 1 if before else at
    if not 0 <= outside < len(page):
        return False
    if page[outside].isalnum() and edge.isalnum():
        return True
    # "1,240.00" cut after "1" or before "240": a digit, a separator, then a digit across the edge
    beyond = outside - 1 if before else outside + 1
    return (edge.isdigit() and page[outside] in ".,'" and 0 <= beyond < len(page) and page[beyond].isdigit())


def leaf_name(path: str) -> str:
    """`usage_rules[0].tiers[2].unit_price` -> `unit_price`; `non_standard_terms[1]` -> `non_standard_terms`."""
    last = path.split(".")[-1]
    return re.sub(r"\[\d+\]$", "", last)


def quote_states_value(field: str, value: Any, quote: str) -> bool:
    """Does the quote say this value? Numbers, dates and durations are compared as values, not strings."""
    if value is None:
        return True
    text = normalise_ws(quote).lower()
    if isinstance(value, str) and not value.strip():
        return False  # a blank name or number states nothing, and would hide a missing value downstream
    if field in _SUMMARY_FIELDS:
        return True
    if field in _WRITTEN_FIELDS:
        return _words_stated(str(value), text)
    if field == "auto_renew":
        # A renewal clause often says "unless notice not to renew", so only False needs the negation; but a
        # flat "will not renew" (no notice or election making it conditional) cannot state True.
        if value is True and _FLAT_NO_RENEW.search(text) and not _CONDITIONAL.search(text):
            return False
        return bool(_RENEW.search(text)) and (value is True or bool(_NO_RENEW.search(text)))
    if field == "po_required":
        return bool(_PO.search(text)) and (value is True or bool(_NEGATION.search(text)))
    if field == "billing_frequency" and _billed_otherwise(str(value), text):
        return False
    if field in _VOCABULARY:
        words = _VOCABULARY[field].get(value)
        return words is None or _vocabulary_stated(words, text)
    if field == "currency":
        return _currency_stated(str(value), quote)
    if field == "billing_anchor":
        return _anchor_stated(str(value), quote)
    if isinstance(value, date):
        return value in find_dates(quote)
    if isinstance(value, bool):
        return True
    if isinstance(value, (int, Decimal)):
        return _number_stated(field, Decimal(value), quote)
    if isinstance(value, str):
        # a whole token run: PO "30" is not stated by "Net 300", nor "a@b.co" by "a@b.com"
        return re.search(rf"(?<![^\W_]){re.escape(normalise_ws(value).lower())}(?![^\W_])", text) is not None
    return True


def _billed_otherwise(frequency: str, lowered: str) -> bool:
    """The quote ties its billing verbs to other cadences only ("the annual fee ... invoiced quarterly" is not
    annual; "invoiced annually; usage billed monthly" still states annual)."""
    stated = {_ADVERB_FREQUENCY[(m.group(1) or m.group(2)).lower()] for m in _BILLED_AT.finditer(lowered)}
    return bool(stated) and frequency not in stated


def _words_stated(value: str, lowered_quote: str) -> bool:
    """Every word of a name as written is a word of the quote (a trailing plural 's' aside)."""
    have = {w.removesuffix("s") for w in _WORD.findall(lowered_quote)}
    return all(w.lower().removesuffix("s") in have for w in _WORD.findall(value))


def _vocabulary_stated(words: tuple[str, ...], lowered: str) -> bool:
    """A word of the value's vocabulary occurs, and a bare period word is not just part of "12 months"."""
    durations = [(d.start, d.end) for d in find_durations(lowered) if d.value != 1]
    for word in words:
        bare = bool(_PERIOD_WORD.search(word)) and not _COUNTED.search(word)
        for m in re.finditer(re.escape(word), lowered):
            if not (bare and any(a <= m.start() and m.end() <= b for a, b in durations)):
                return True
    return False


def _currency_stated(code: str, quote: str) -> bool:
    if any(m.currency == code for m in find_money(quote)):
        return True
    if re.search(rf"\b{re.escape(code)}\b", quote, re.IGNORECASE):
        return True
    lowered = normalise_ws(quote).lower()
    symbols = [s for s, c in CURRENCY_SYMBOLS.items() if c == code and not s.endswith("$")]
    words = [w for w, c in CURRENCY_WORDS.items() if c == code]
    if code == "USD":
        # "$" alone means USD, but not when it is part of C$, A$, NZ$...
        if re.search(r"(?<![A-Za-z])\$", quote):
            return True
        words = [w for w in words if w != "dollars"] + (["dollars"] if not re.search(
            r"(canadian|australian|singapore|new zealand|hong kong)\s+dollars", lowered) else [])
    return any(s.lower() in lowered for s in symbols) or any(w in lowered for w in words)


def _anchor_stated(anchor: str, quote: str) -> bool:
    lowered = normalise_ws(quote).lower()
    kind, _, arg = anchor.partition(":")
    if kind == "day":
        # the number must be the day: "the 15th day", "day 15", "the 15th of each month" (not "day 1; Net 15")
        n = re.escape(arg.lstrip("0") or "0")
        return arg.isdigit() and bool(re.search(
            rf"(?<![\d.,])0?{n}(?:st|nd|rd|th)?\s+(?:calendar\s+)?day\b|\bday\s+0?{n}(?![\d.,])|"
            rf"(?<![\d.,])0?{n}(?:st|nd|rd|th)?\s+of\s+(?:each|every|the)\b", lowered))
    if kind == "calendar_month":
        return "calendar month" in lowered or "first day of each month" in lowered
    if kind == "calendar_quarter":
        return "calendar quarter" in lowered
    if kind == "coterm":
        return bool(re.search(r"co-?term", lowered)) and any(str(d) == arg for d in find_dates(quote))
    return False


def _number_stated(field: str, value: Decimal, quote: str) -> bool:
    text = normalise_ws(quote)
    numbers = find_number_spans(text)
    if any(n.value == value for n in numbers) and _in_its_role(field, value, numbers, text):
        return True
    lowered = quote.lower()
    if field in _MONTH_FIELDS:
        if any(d.months == value for d in find_durations(quote)):
            return True
        if value == 12 and re.search(r"\b(one year|annual|yearly|year[- ]to[- ]year|from year to year|every year|"
                                     r"each year)", lowered):
            return True
        if value == 1 and re.search(r"month[- ]to[- ]month|monthly (?:periods?|terms?|renewals?)", lowered):
            return True
        if value == 3 and re.search(r"quarterly (?:periods?|terms?|renewals?)", lowered):
            return True
    if field in _DAY_FIELDS:
        if value == 0:
            return bool(_RECEIPT.search(lowered))
        if any(d.days == value for d in find_durations(quote)):
            return True
    if field == "discount_percent" and _in_its_role(field, value / 100, numbers, text):
        return True
    return False


def _in_its_role(field: str, value: Decimal, numbers: list[NumberMatch], text: str) -> bool:
    """Is `value` written somewhere in `text` in a role the field can have?

    A number inside a date never states a count or an amount ("2026-03-15" is no Net 15); a money
    amount states only money fields, a percentage only percent fields; a duration states day or
    month fields in its own unit only, and never an amount or a count ("12 months" is not 12 seats).
    """
    dates = [(d.start, d.end) for d in find_date_spans(text)]
    money = [(m.start, m.end) for m in find_money(text)]
    percents = [(p.start, p.end) for p in find_percents(text)]
    durations = find_durations(text)

    def inside(n: NumberMatch, spans: list[tuple[int, int]]) -> bool:
        return any(a <= n.start and n.end <= b for a, b in spans)

    for n in numbers:
        if n.value != value or inside(n, dates):
            continue
        if field not in _MONEY_FIELDS and inside(n, money):
            continue
        if field not in _PERCENT_FIELDS and inside(n, percents):
            continue
        units = {d.unit for d in durations if d.start <= n.start and n.end <= d.end}
        if units and (field in _MONEY_FIELDS | _PERCENT_FIELDS | _COUNT_FIELDS
                      or (field in _DAY_FIELDS and not units <= {"day"})
                      or (field in _MONTH_FIELDS and not units <= {"month"})):
            continue
        return True
    return False


def _split(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for token in path.split("."):
        m = re.fullmatch(r"([A-Za-z_]+)((?:\[\d+\])*)", token)
        if not m:
            raise ValueError(f"bad field path {path!r}")
        parts.append(m.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", m.group(2)))
    return parts


def _join(parts: list[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _get(obj: Any, path: str) -> Any:
    for part in _split(path):
        if obj is None:
            return None
        if isinstance(part, int):
            obj = obj[part] if isinstance(obj, list) and part < len(obj) else None
        else:
            obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


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


# Leaves that may stand without a citation when they hold their schema default (nothing was claimed).
# Not `price_period`: its default "year" is a claim the billing engine multiplies by (a monthly fee read
# as yearly bills a twelfth), so an item whose period nobody cited is removed like one without a price.
_DEFAULTS: dict[str, Any] = {"quantity": Decimal(1), "included_quantity": Decimal(0)}
_USAGE_DEFAULTS: dict[str, Any] = {"billing_timing": "arrears"}
# Leaves a list item cannot exist without: losing one removes the item.
_REQUIRED_IN_ITEM = {
    "line_items": {"description", "quantity", "unit_price", "price_period"},
    "usage_rules": {"metric", "included_quantity", "pricing_model", "tiers"},
}


def _is_uncited_default(data: dict[str, Any], path: str, leaf: str, value: Any) -> bool:
    if leaf in _DEFAULTS and value == _DEFAULTS[leaf] and "[" in path:
        return True
    if leaf == "pricing_model" and value == "per_unit" and path.startswith("usage_rules["):
        # one tier prices every unit the same under any model; with several, per_unit is a claim
        return len(_get(data, path.rsplit(".", 1)[0] + ".tiers") or []) <= 1
    return path.startswith("usage_rules[") and leaf in _USAGE_DEFAULTS and value == _USAGE_DEFAULTS[leaf]


def ground(result: ExtractionResult, doc: Document) -> ExtractionResult:
    """Check every value against its citation; drop what fails, keep only citations that pass."""
    data = result.terms.model_dump(mode="python")
    warnings = list(result.warnings)
    kept: dict[str, Citation] = {}
    drops: list[str] = []
    derived: list[tuple[str, Any, Citation]] = []
    pages = [normalise_ws(p) for p in doc.pages]
    page_dates: dict[int, list[tuple[int, int]]] = {}
    found_at: dict[int, int] = {}  # page -> where its last quote was found
    for path, value in list(value_paths(data)):
        citation = result.citations.get(path)
        leaf = leaf_name(path)
        if citation is None:
            if _is_uncited_default(data, path, leaf, value):
                continue
            drops.append(path)
            warnings.append(f"ungrounded:{path}: no citation")
            continue
        quote = normalise_ws(citation.quote)
        at = -1
        if 1 <= citation.page <= len(pages) and quote:
            if citation.page not in page_dates:
                page_dates[citation.page] = [(d.start, d.end) for d in find_date_spans(pages[citation.page - 1])]
            at = _whole_occurrence(quote, pages[citation.page - 1], page_dates[citation.page],
                                   found_at.get(citation.page, 0))
        if at < 0:
            drops.append(path)
            warnings.append(f"ungrounded:{path}: quote not found on page {citation.page}")
        elif citation.method == "derived":
            derived.append((path, value, citation))
        elif not quote_states_value(leaf, value, citation.quote):
            drops.append(path)
            warnings.append(f"ungrounded:{path}: quote does not state {value}")
        else:
            kept[path] = citation
        if at >= 0:
            found_at[citation.page] = at
    for path, value, citation in derived:
        # checked after every stated value, so an input that failed its own check fails the derivation too
        missing = [name for name in citation.inputs if name not in kept or name in drops]
        if missing:
            drops.append(path)
            warnings.append(f"ungrounded:{path}: derived from {', '.join(missing)}, which is not grounded")
        elif not derivations.verify(path, value, {name: _get(data, name) for name in citation.inputs}, citation):
            drops.append(path)
            warnings.append(f"ungrounded:{path}: {citation.rule} does not give {value}")
        else:
            kept[path] = citation
    if drops:
        data, kept = _drop_paths(data, drops, kept)
    kept = {p: c for p, c in kept.items() if _get(data, p) is not None}
    terms = ContractTerms.model_validate(data)
    return result.model_copy(update={"terms": terms, "citations": kept, "warnings": warnings})


def _drop_paths(data: dict[str, Any], paths: list[str],
                citations: dict[str, Citation]) -> tuple[dict[str, Any], dict[str, Citation]]:
    """Null each path; a required leaf removes its list item. Returns data and re-indexed citations."""
    removed: dict[str, set[int]] = {}  # top-level list name -> indices removed
    for path in paths:
        parts = _split(path)
        top = parts[0]
        if isinstance(top, str) and top in _REQUIRED_IN_ITEM and len(parts) >= 3 and isinstance(parts[1], int):
            inner = parts[2]
            if inner in _REQUIRED_IN_ITEM[top] or (top == "usage_rules" and inner == "tiers"):
                removed.setdefault(top, set()).add(parts[1])
                continue
        if top == "non_standard_terms" and len(parts) == 2:
            removed.setdefault("non_standard_terms", set()).add(int(parts[1]))
            continue
        if top == "minimum_commitment":
            data["minimum_commitment"] = None
            continue
        parent: Any = data
        for part in parts[:-1]:
            parent = parent[part] if parent is not None else None
        if parent is not None:
            parent[parts[-1]] = None
    for key, indices in removed.items():
        data[key] = [item for i, item in enumerate(data.get(key) or []) if i not in indices]
    if not removed:
        return data, citations
    reindexed: dict[str, Citation] = {}
    for path, citation in citations.items():
        parts = _split(path)
        top = parts[0]
        if isinstance(top, str) and top in removed and len(parts) >= 2 and isinstance(parts[1], int):
            old = parts[1]
            if old in removed[top]:
                continue
            parts[1] = old - sum(1 for i in removed[top] if i < old)
        reindexed[_join(parts)] = citation
    return data, reindexed
