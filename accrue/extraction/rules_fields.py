"""Scalar terms for the embedded extractor: labelled values and prose clauses to cited candidates.

Each reader proposes `Candidate`s (value, page, verbatim quote, rank). A labelled value
("Payment Terms: Net 45") outranks the same fact found in a sentence ("Customer shall pay
each invoice within forty-five (45) days"); among equals the earliest in the document wins.
Every quote is a line, a labelled block or a sentence of the page, so it passes grounding.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from accrue.core.terms import Method
from accrue.core.textnorm import (
    CURRENCY_CODES,
    DateMatch,
    find_date_spans,
    find_durations,
    find_money,
    find_percents,
    iter_numbers,
)
from accrue.extraction import rules_vocab as V
from accrue.extraction.rules_screen import Screen
from accrue.extraction.rules_segment import Page, Pair, Segmented, Span
from accrue.extraction.rules_vocab import clean_label

RANK_LABEL = 30
RANK_WEAK_LABEL = 20
RANK_PROSE = 10


@dataclass(frozen=True)
class Candidate:
    field: str
    value: Any
    page: int
    quote: str
    rank: int
    position: tuple[int, int]
    method: Method = "prose"


@dataclass
class Context:
    """Document-wide reading conventions, settled once before any field is read."""

    seg: Segmented
    day_first: bool
    decimal_comma: bool | None
    candidates: list[Candidate] = field(default_factory=list)
    currency_hint: str | None = None

    def add(self, name: str, value: Any, span: Span, rank: int, method: Method | None = None) -> None:
        """Propose a value; a label's rank means it was read from a label, unless `method` says otherwise."""
        if value is None:
            return
        how: Method = method or ("label" if rank >= RANK_WEAK_LABEL else "prose")
        self.candidates.append(Candidate(name, value, span.page, span.text, rank, (span.page, span.start), how))

    def best(self, name: str) -> Candidate | None:
        found = [c for c in self.candidates if c.field == name]
        if not found:
            return None
        return max(found, key=lambda c: (c.rank, -c.position[0], -c.position[1]))

    def dates(self, text: str) -> list[DateMatch]:
        seen: set[tuple[int, int]] = set()
        out = []
        for d in find_date_spans(text, day_first=self.day_first):
            if (d.start, d.end) not in seen:
                seen.add((d.start, d.end))
                out.append(d)
        return out

    def mask_dates(self, text: str) -> tuple[str, list[DateMatch]]:
        """Replace each date with `@D<i>@` so phrase patterns can say DATE wherever a date may stand."""
        found = self.dates(text)
        masked = text
        for i, d in reversed(list(enumerate(found))):
            masked = masked[:d.start] + f"@D{i}@" + masked[d.end:]
        return masked, found


def _with_dates(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace("DATE", r"@D\d+@"), pattern.flags)


_EFFECTIVE = [(_with_dates(p), bonus) for p, bonus in V.EFFECTIVE_PATTERNS]
_OTHER_AGREEMENT = re.compile(r"(?:to|under|of|in|with|pursuant to|governed by|and|per)\s+(?:the|that|an?|such)\s+"
                              r"(?:[A-Z][\w-]*\s+){0,5}$|original|prior|existing", re.I)
_START = [_with_dates(p) for p in V.START_PATTERNS]
_END = [_with_dates(p) for p in V.END_PATTERNS]
_ANCHORS = [(_with_dates(p), kind) for p, kind in V.ANCHOR_PATTERNS]
_DATE_TOKEN = re.compile(r"@D(\d+)@")


def _date_of(token: str, found: list[DateMatch]) -> date | None:
    m = _DATE_TOKEN.search(token)
    return found[int(m.group(1))].value if m else None


# ------------------------------------------------------------------------------------------ value parsers

_NAME_STOP = re.compile(r",\s*(?=\d)|\s+\(|,\s+(?:a|an|the|having|with|whose|located|organi[sz]ed|incorporated|"
                        r"registered|acting)\b|\s+-\s+|;|\s{2,}|\s+\d{2,}")
_VERBISH = re.compile(r"\b(?:shall|will|may|must|agrees?|is|are|has|have|pays?|means|including|the\s+parties)\b")
# a heading that names a role, not a party: "END USER (LICENSEE)", "THE CUSTOMER"
_ROLES_ONLY = re.compile(r"^(?:(?:the|end|user|customer|client|reseller|partner|licensee|licensor|vendor|supplier|"
                         r"provider|buyer|purchaser|distributor|party|bill|to|sold|ship)\b\s*)+$", re.I)
_ROLE_ONLY = re.compile(r"^(?:customer|client|provider|vendor|supplier|licensee|licensor|name|details|tbd|n/?a)$",
                        re.I)
# A name starts at a word's start: trying every capital inside a long word made the search quadratic.
_CAP_NAME = (rf"(?<![\w&'.-])(?:[A-Z][\w&'.-]*,?\s+(?:(?:of|and|&|de|der|du|la|für|y)\s+)?){{1,6}}{V.LEGAL_SUFFIX}\.?")


_CONTACT_WORD = re.compile(r"(?:phone|tel|telephone|fax|mobile|e-?mail|attn|contact|address)\b", re.I)


def parse_name(value: str) -> str | None:
    """A legal name from a label's value: up to the legal suffix, else up to the first comma or bracket."""
    text = value.replace("*", "").replace("`", "").strip(" :-|\"'")
    m = V.NAME_WITH_SUFFIX.match(text)
    name = m.group("name") if m else _NAME_STOP.split(text, maxsplit=1)[0].split(",")[0]
    name = name.strip(" ,;:.-\"'") + ("." if m and name.endswith(".") else "")
    if m is None:
        name = name.rstrip(".")
    if not name or len(name) > 90 or not name[0].isupper() or _ROLE_ONLY.match(name):
        return None
    if _VERBISH.search(name) or "@" in name or not re.search(r"[A-Za-z]{2}", name):
        return None
    if ":" in name or _CONTACT_WORD.match(name) or re.match(r"[A-Z]\.\s+[A-Z][a-z]+$", name):
        return None  # a contact line ("Phone : +41 81 ..."), or a person ("M. Caduff"), is no party's name
    return name


def parse_order_number(value: str) -> str | None:
    for m in V.ID_TOKEN.finditer(value.replace("*", "")):
        token = m.group(0).strip(".-/")
        if len(token) >= 3 and re.search(r"\d", token) and not re.fullmatch(r"[\d.,/-]+", token.replace("-", "")) \
                or re.fullmatch(r"\d{4,}|\d{2,4}-\d{4,}", token):  # "26-004417" is a number, "1,250.00" no
            if not find_date_spans(token):
                return token
    return None


def parse_currency(value: str) -> str | None:
    m = re.search(rf"\b({'|'.join(CURRENCY_CODES)})\b", value)
    if m:
        return m.group(1)
    money = find_money(value)
    if money:
        return money[0].currency
    lowered = value.lower()
    for name, code in sorted(V.CURRENCY_NAMES.items(), key=lambda kv: -len(kv[0])):
        if name in lowered:
            return code
    return None


# "the annual fees", "monthly charges": a cadence word that describes the fee, not how it is invoiced
_FEE_NOUN = re.compile(r"\s+(?:subscription\s+|licen[cs]e\s+|platform\s+)?(?:fees?|charges?|amounts?|prices?)\b",
                       re.I)


def parse_frequency(text: str) -> str | None:
    """The billing cadence a text states: its earliest cadence word, passing over one that only describes a fee
    ("We will invoice the annual fees every six months" is semiannual) when another follows."""
    found: list[tuple[bool, int, str]] = []
    for pattern, freq in V.FREQUENCY_WORDS:
        m = pattern.search(text)
        if m:
            found.append((bool(_FEE_NOUN.match(text, m.end())), m.start(), freq))
    return min(found)[2] if found else None


def parse_timing(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for pattern, timing in V.TIMING_WORDS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), timing)
    return best[1] if best else None


def parse_payment_days(text: str) -> int | None:
    for span in reversed(find_date_spans(text)):  # 'Net 1 March 2026' is a date, not Net 1
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    m = V.PAYMENT_NET.search(text)
    if m:
        return int(m.group("n") or m.group("n2"))
    if V.PAYMENT_RECEIPT.search(text):
        return 0
    for d in find_durations(text):
        if d.unit == "day" and (V.PAYMENT_DAYS_CONTEXT.match(text[d.end:]) or V.PAYMENT_WITHIN.search(text[:d.start])):
            if _EARLY_PAYMENT.search(_EARLIER_PART.split(text[max(0, d.start - 80):d.start])[-1]):
                continue  # "2% discount if paid within 15 days; otherwise within 45": the term is 45
            return d.value
    return None


# A document that orders a renewal says so at its head ("Renewal Order Form", "Subscription Renewal", "Renewal
# OM-RN-2026-118"); a "Renewal Term:" label alone does not.
_RENEWAL_ORDER = re.compile(r"\bsubscription\s+renewal\b|\border\s+renewal\b|"
                            r"\brenewal\s+(?:order|quote|quotation|form|confirmation|no\b|number|#|[A-Z]{2,}-)", re.I)


def _renewal_order(ctx: Context) -> bool:
    """Whether the document's head names it a renewal order (its first 400 characters)."""
    return bool(ctx.seg.pages and _RENEWAL_ORDER.search(ctx.seg.pages[0].text[:400]))


# An early-payment discount's window is not the payment term; it is looked for in the same part of the sentence.
_EARLY_PAYMENT = re.compile(r"\b(?:discount|early payment|prompt payment|rebate)\b", re.I)
_EARLIER_PART = re.compile(r"[;,]|\b(?:otherwise|else|failing which)\b", re.I)


def parse_labelled_payment_days(value: str) -> int | None:
    """A payment label's value: any phrasing prose would read, or only a number of days ("30 days")."""
    days = parse_payment_days(value)
    if days is None:
        m = V.PAYMENT_DAYS_VALUE.match(value)
        days = int(m.group("n")) if m else None
    return days


def parse_percent(text: str, decimal_comma: bool | None) -> Decimal | None:
    found = find_percents(text, decimal_comma=decimal_comma)
    return found[0].value if found else None


def _months(text: str) -> int | None:
    for d in find_durations(text):
        if d.months is not None:
            return d.months
    return None


_USAGE_WORDS = re.compile(r"\busage\b|overage|consumption|metered|per[- ](?:call|message|request|event|unit used)|"
                          r"usage-based|\btiers?\b|\bbands?\b", re.I)


# ------------------------------------------------------------------------------------------ labelled values

# An everyday word that opens a line without a separator is a label only when what follows reads as its value.
_WEAK_OK: dict[str, Any] = {
    "customer": lambda v: bool(V.NAME_WITH_SUFFIX.match(v)),
    "vendor": lambda v: bool(V.NAME_WITH_SUFFIX.match(v)),
    "term": lambda v: bool(re.match(r"^\W*(?:\d|[a-z]+(?:-[a-z]+)?\s+\(\d|(?:one|two|three|four|five|six|twelve|"
                                   r"eighteen|twenty|thirty)\b)", v, re.I)) and len(v) < 60,
    "currency": lambda v: bool(re.fullmatch(r"[A-Z]{3}", v.strip())),
    "billing": lambda v: parse_frequency(v) is not None and len(v) < 80,
    "payment": lambda v: parse_labelled_payment_days(v) is not None and len(v) < 80,
    "renewal": lambda v: bool(V.RENEW_TRUE.search(v) or V.RENEW_FALSE.search(v)) or bool(
        re.match(r"^\W*(?:yes|no|none)\b", v, re.I)),
    "effective": lambda v: bool(find_date_spans(v)) and len(v) < 40,
    "start": lambda v: bool(find_date_spans(v)) and len(v) < 40,
    "end": lambda v: bool(find_date_spans(v)) and len(v) < 40,
    "total": lambda v: bool(find_money(v)),
    "tcv": lambda v: bool(find_money(v)) and len(v) < 60,
    "po": lambda v: bool(re.match(r"^\W*(?:required|not required|n/a|none|no\b|[A-Z0-9-]*\d)", v, re.I)),
    "escalator": lambda v: bool(find_percents(v)) and len(v) < 80,
}

# A party named without a legal suffix, whole: capitalised words (and the joining words of a name), an optional note
# in brackets ("Rheintal Klinikverbund (Anstalt des oeffentlichen Rechts)").
_PLAIN_PARTY = re.compile(r"^(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&|de|der|du|la|des|für)){1,6})"
                          r"(?:\s+\([^()]{1,60}\))?$")


def _plain_party_beside_the_other(pair: Pair, pairs: list[Pair]) -> str | None:
    """A cover block's 'Customer Greenfield County Library System' next to 'Vendor Sablewood Data Corp.': an everyday
    party label whose value is a plain name is a party when the other party's label stands beside it."""
    if pair.topic not in ("customer", "vendor") or not pair.weak or clean_label(pair.label) == "buyer":
        return None  # a purchase order's buyer is the person who placed it
    m = _PLAIN_PARTY.match(pair.value.strip())
    if m is None or _VERBISH.search(m.group("name")) or _DOCUMENT_TITLE.search(m.group("name")) or \
            re.match(r"[A-Z]\.\s", m.group("name")):  # "T. Okonkwo" is a person
        return None
    other = "vendor" if pair.topic == "customer" else "customer"
    near = any(p.topic == other and p.quote.page == pair.quote.page and abs(p.quote.start - pair.quote.start) < 200
               and V.NAME_WITH_SUFFIX.match(p.value.strip()) for p in pairs)
    return m.group("name") if near else None


def read_pairs(ctx: Context) -> None:
    """Candidates from label/value pairs ("Payment Terms: Net 45", table rows, stacked labels)."""
    for pair in ctx.seg.pairs:
        rank = RANK_LABEL if pair.strong else RANK_WEAK_LABEL
        before = len(ctx.candidates)
        plain = _plain_party_beside_the_other(pair, ctx.seg.pairs)
        if plain is not None:
            ctx.add(f"{pair.topic}_legal_name", plain, pair.quote, rank)
        _read_pair(ctx, pair, rank)
        if clean_label(pair.label) not in V.LABELS:  # a label people taught the reader by correcting a run
            ctx.candidates[before:] = [replace(c, method="learned_label") for c in ctx.candidates[before:]]


# where a later pair may start on a line: after a pipe between cells, or after a sentence
_PIPE = re.compile(r"\s\|\s|(?<=[a-z0-9)][.;])\s(?=[A-Z])")
_COLON_PAIR = re.compile(r"^(?P<label>[A-Za-z][\w .#/()-]{1,40}?)\s*:\s*(?P<value>\S.{0,120})$")


def read_side_by_side(ctx: Context, labels: Mapping[str, str]) -> None:
    """Label/value pairs set side by side after the first on a line: the later cells of a PDF row ("Client | Bayou
    Medical Center, Inc. | Order date | April 2, 2026") and "Label: value" parts between pipes ("Order No. TC-1 |
    Order Date: February 16, 2026", "... Vancouver, BC V6E 3P3). Order date: 20 March 2026."). The segmenter reads
    the pair a line opens with; these are the rest."""
    for page in ctx.seg.pages:
        for line in page.lines:
            parts = [(c.start, c.text) for c in line.cells]
            if len(parts) >= 4:
                for (start, text), (value_start, value) in zip(parts[2::2], parts[3::2], strict=False):
                    topic = labels.get(clean_label(text))
                    if topic is not None:
                        quote = Span(page.number, line.start + start, line.text[start:value_start + len(value)])
                        _read_pair(ctx, Pair(topic, text, value, quote, strong=True), RANK_LABEL)
            if line.text.startswith("|"):
                continue  # a markdown table row, read as a table
            cuts = [m.end() for m in _PIPE.finditer(line.text)]
            for start, end in zip(cuts, [m.start() for m in _PIPE.finditer(line.text)][1:] + [len(line.text)],
                                  strict=False):
                m = _COLON_PAIR.match(line.text[start:end].strip())
                topic = labels.get(clean_label(m.group("label"))) if m else None
                if m and topic is not None:
                    text = line.text[start:end].strip()
                    quote = Span(page.number, line.start + line.text.index(text, start), text)
                    _read_pair(ctx, Pair(topic, m.group("label"), m.group("value"), quote, strong=True), RANK_LABEL)


def _read_pair(ctx: Context, pair: Pair, rank: int) -> None:
    topic, value, span = pair.topic, pair.value, pair.quote
    add = ctx.add
    if pair.weak and not _WEAK_OK.get(topic, lambda v: False)(value):
        return
    if topic in ("customer", "vendor"):
        if pair.stacked:
            # a block under the label: its rows may repeat a row label ("Client  Brennan & Molloy LLP"), and a name
            # without a legal suffix is its own first line, before the address and contact
            value = _ROW_LABEL.sub("", value)
            if not V.NAME_WITH_SUFFIX.match(value):
                value = _ROW_LABEL.sub("", _first_value_line(ctx, span))
        name = parse_name(value)
        add(f"{topic}_legal_name", name, span, rank)
        email = V.EMAIL.search(value)
        if topic == "customer" and email and re.search(r"bill|invoice|account", pair.label, re.I):
            add("billing_contact_email", email.group(0), span, rank)
    elif topic == "order_number":
        add("order_form_number", parse_order_number(value), span, rank)
    elif topic == "email":
        m = V.EMAIL.search(value)
        add("billing_contact_email", m.group(0) if m else None, span, rank)
    elif topic in ("effective", "start", "end"):
        found = ctx.dates(value)
        name = {"effective": "effective_date", "start": "service_start_date", "end": "service_end_date"}[topic]
        add(name, found[0].value if found else None, span, rank)
    elif topic in ("period", "term"):
        _read_term_value(ctx, value, span, rank, topic)
    elif topic == "currency":
        add("currency", parse_currency(value), span, rank)
    elif topic == "billing":
        parts = re.split(r"(?<=[.;])\s+", value)
        # "Quarterly in arrears (capacity and usage)": a bracket that adds usage to the fees still bills the fees
        main = next((p for p in parts if not _USAGE_WORDS.search(_WITH_USAGE.sub("", p))), None)
        if main:
            freq = parse_frequency(main)
            add("billing_frequency", freq, span, rank)
            if freq:
                add("billing_timing", parse_timing(main), span, rank)
        _read_anchor(ctx, span, rank)
    elif topic == "anchor":
        _read_anchor(ctx, span, rank)
    elif topic == "payment":
        add("payment_terms_days", parse_labelled_payment_days(value), span, rank)
        _read_late_fee(ctx, span, rank)
    elif topic == "renewal" and _RANGE_FIRST.match(ctx.mask_dates(value)[0]) and _renewal_order(ctx):
        # "Renewal Term: 1 Feb 2027 - 31 Jan 2028 (12 months)" on a renewal order is the term it orders; on a new
        # order it is the next term, never the one billed now
        _read_term_value(ctx, value, span, rank, "period")
    elif topic == "renewal":
        _read_renewal(ctx, value, span, rank, labelled=True)
    elif topic == "notice":
        days = next((d.days for d in find_durations(value) if d.days is not None), None)
        add("non_renewal_notice_days", days, span, rank)
    elif topic == "po":
        _read_po(ctx, value, span, rank, labelled=True)
    elif topic == "tcv":
        # "6 x $550.00 + 6 x $1,375.00 = $11,550.00": the total is what the arithmetic comes to
        amount = _amount(ctx, value.rsplit("=", 1)[-1])
        add("total_contract_value", amount, span, rank)
    elif topic == "late":
        add("late_fee_percent_per_month", parse_percent(value, ctx.decimal_comma)
            if V.PER_MONTH.search(value) else None, span, rank)
    elif topic == "escalator":
        if not V.CAP_WORDS.search(value):
            add("price_escalator_percent", parse_percent(value, ctx.decimal_comma), span, rank)
    elif topic == "commitment":
        _read_commitment(ctx, f"{pair.label} {value}", span, rank)


_WITH_USAGE = re.compile(r"\((?=[^()]*\band\b)[^()]{0,60}\busage\b[^()]{0,30}\)?", re.I)


def _amount(ctx: Context, text: str) -> Decimal | None:
    money = find_money(text, decimal_comma=ctx.decimal_comma)
    if money:
        return money[0].amount
    masked, _ = ctx.mask_dates(text)  # a bare figure may be a total; a year inside a date never is
    bare = _DATE_TOKEN.sub(" ", masked)
    # '9.500,00 %' is a percentage; the '100' of 'and 00/100 Dollars' is the cents of an amount in words
    numbers = [n for n in iter_numbers(bare, decimal_comma=ctx.decimal_comma)
               if n.value >= 100 and not re.match(r"\s*%", bare[n.end:]) and bare[n.start - 1:n.start] != "/"
               and bare[n.end:n.end + 1] != "/"]
    return numbers[0].value if numbers else None


# 'A - B', 'A to B', 'from A through B', 'A until B': a span of service written as two dates
_DATE_RANGE = re.compile(r"@D(\d+)@\s*(?:-|to|through|thru|until|till)\s*@D(\d+)@", re.I)
_RANGE_FIRST = re.compile(r"^\W{0,3}(?:from\s+)?@D0@\s*(?:-|to|through|thru|until|till)\s*@D1@", re.I)


_ROW_LABEL = re.compile(r"^(?:account|client|customer|vendor|supplier|company|legal name|name|entity)(?:\s*:)?\s+"
                        r"(?=[A-Z0-9])", re.I)


def _first_value_line(ctx: Context, span: Span) -> str:
    """The first line under a label that stands on its own line ('BILL TO' / 'Hartwell County School District')."""
    lines = ctx.seg.pages[span.page - 1].lines_from(span.start)
    return lines[1].text if len(lines) > 1 else ""


def _read_term_value(ctx: Context, value: str, span: Span, rank: int, topic: str) -> None:
    masked, found = ctx.mask_dates(value)
    ranged = _DATE_RANGE.search(masked)
    if len(found) >= 2 and topic == "period":
        ctx.add("service_start_date", found[0].value, span, rank)
        ctx.add("service_end_date", found[1].value, span, rank)
    elif ranged:
        ctx.add("service_start_date", found[int(ranged.group(1))].value, span, rank)
        ctx.add("service_end_date", found[int(ranged.group(2))].value, span, rank)
    elif found:
        _read_term_dates(ctx, masked, found, span, rank)
    months = _months(_DATE_TOKEN.sub(" ", masked))
    ctx.add("term_months", months, span, rank)


def _read_term_dates(ctx: Context, masked: str, found: list[DateMatch], span: Span, rank: int) -> None:
    for pattern in _START:
        m = pattern.search(masked)
        if m:
            ctx.add("service_start_date", _date_of(m.group("date"), found), span, rank)
            break
    for pattern in _END:
        m = pattern.search(masked)
        if m:
            ctx.add("service_end_date", _date_of(m.group("date"), found), span, rank)
            break


def _read_renewal(ctx: Context, text: str, span: Span, rank: int, labelled: bool) -> None:
    negative = V.RENEW_FALSE.search(text) or (labelled and V.RENEW_FALSE_LABEL.search(text))
    positive = V.RENEW_TRUE.search(text) or (labelled and re.match(r"^\W*(?:yes|renews?|automatic(?:ally)?)\b", text,
                                                                       re.I))
    if negative and (not positive or negative.start() <= positive.start()):
        ctx.add("auto_renew", False, span, rank)
        return
    if not positive:
        # "If yes, each renewal lasts 12 months": the length of a renewal, whether or not this sentence says it renews
        length = _RENEWAL_LASTS.search(text)
        if length:
            ctx.add("renewal_term_months", _months(text[length.end():length.end() + 40]), span, rank)
        return
    ctx.add("auto_renew", True, span, rank)
    after = text[positive.start():]
    # a duration followed by "prior/before/notice" is the notice period, not the renewal term
    months = next((d.months for d in find_durations(after) if d.months is not None and not re.match(
        r"['’]?s?\s*(?:prior|before|in advance|advance|notice|written notice|preceding)", after[d.end:], re.I)), None)
    if months is None:
        # the length may stand just before the words that say it renews: "12-month renewals unless either party ..."
        months = next((d.months for d in find_durations(text[max(0, positive.start() - 30):positive.start()])
                       if d.months is not None and positive.start() - max(0, positive.start() - 30) - d.end <= 1),
                      None)
    cadence = re.search(r"month[- ]to[- ]month|year[- ]to[- ]year|for (?:successive |additional |consecutive |"
                        r"further )?(?P<word>monthly|quarterly|annual|yearly) (?:periods?|terms?|renewals?)", after,
                        re.I)
    if cadence and (months is None or cadence.start() < 60):
        word = (cadence.group("word") or cadence.group(0)).lower()
        months = 1 if word.startswith("month") else 3 if word == "quarterly" else 12
    elif months is None and re.search(r"every year|each year|annually|yearly", after, re.I):
        months = 12
    ctx.add("renewal_term_months", months, span, rank)
    _read_notice(ctx, text, span, rank)


_RENEWAL_LASTS = re.compile(r"\b(?:each|every|any)\s+renewal(?:\s+term|\s+period)?\s+"
                            r"(?:lasts|runs|shall last|will last|is|shall be|will be)\b(?:\s+for)?", re.I)


def _read_notice(ctx: Context, text: str, span: Span, rank: int) -> None:
    if V.CONVENIENCE.search(text) and not V.RENEW_CONTEXT.search(text):
        return
    for d in find_durations(text):
        if d.days is not None and re.search(r"notice|prior|before|advance|preceding", text[d.end:d.end + 80], re.I):
            ctx.add("non_renewal_notice_days", d.days, span, rank)
            return


def _read_po(ctx: Context, text: str, span: Span, rank: int, labelled: bool) -> None:
    if V.PO_FALSE.search(text):
        ctx.add("po_required", False, span, rank)
        return
    number = None
    if labelled:
        number = parse_order_number(re.sub(r"\b(?:PO|P\.O\.)(?:\s*#|\s+no\.?|\s+number|\s)\s*", "", text,
                                           flags=re.I))
    else:
        m = V.PO_NUMBER.search(text)
        number = m.group("num") if m else None
        if number is None:
            tail = re.split(r"purchase order|\bP\.?O\.?\b", text, maxsplit=1, flags=re.I)[-1]
            number = parse_order_number(tail) if re.search(r"\b(?:is|number|no\.?|#)\b", tail, re.I) else None
    if number and re.fullmatch(r"(?:19|20)\d\d", number):
        number = None
    if number:
        ctx.add("po_number", number, span, rank)
        ctx.add("po_required", True, span, rank)
    elif labelled and V.PO_TRUE.search(text) or (not labelled and re.search(
            r"(?:must|shall|will|please)\s+(?:\w+\s+){0,3}(?:issue|provide|reference|quote|include)|"
            r"cannot be (?:processed|paid) without|requires? (?:a |that )?"
            r"(?:\w+\s+){0,4}(?:purchase order|p\.?o\.?)|(?:purchase order|p\.?o\.?) (?:is |are )?required", text,
            re.I)):
        ctx.add("po_required", True, span, rank)


def _read_late_fee(ctx: Context, span: Span, rank: int) -> None:
    text = span.text
    if V.LATE_CONTEXT.search(text) and V.PER_MONTH.search(text):
        for p in find_percents(text, decimal_comma=ctx.decimal_comma):
            if V.PER_MONTH.search(text[p.end:p.end + 30]):
                ctx.add("late_fee_percent_per_month", p.value, span, rank)
                return


# a floor the customer commits to without the word "minimum": "commits to total annual fees ... of no less than
# C$60,000.00 per contract year", "recurring fees will not be less than $7,500.00 (monthly minimum)"
_FLOOR = re.compile(r"\b(?:at least|not (?:be )?less than|no less than)\b", re.I)


def _read_commitment(ctx: Context, text: str, span: Span, rank: int) -> None:
    m = re.search(r"minimum", text, re.I)
    floor = _FLOOR.search(text) if re.search(r"\bcommit|\bminimum\b", text, re.I) else None
    if not (m or floor) or re.search(r"minimum (?:term|period|notice|order quantity|seats?)", text, re.I):
        return
    after = min(x.start() for x in (m, floor) if x is not None)
    money = [x for x in find_money(text, decimal_comma=ctx.decimal_comma) if x.start > after]
    if not money:
        return
    period = None
    # the period that follows the amount ("C$60,000.00 per contract year"), else the first the text names
    for where in (text[money[0].end:money[0].end + 40], text):
        for pattern, name in V.COMMIT_PERIOD:
            pm = pattern.search(where)
            if pm and (period is None or pm.start() < period[0]):
                period = (pm.start(), name)
        if period is not None:
            break
    if period is None:
        return
    ctx.candidates.append(Candidate("minimum_commitment", {"amount": money[0].amount, "period": period[1]},
                                    span.page, span.text, rank, (span.page, span.start),
                                    "label" if rank >= RANK_WEAK_LABEL else "prose"))


# a calendar month that measures usage or a shortfall ("minutes above 200,000 in a calendar month", "measured per
# calendar quarter", "the tickets issued in the previous calendar month") is not what invoices are aligned to
_MEASURED_CALENDAR = re.compile(r"\b(?:measured\s+per|in\s+a|for\s+a|during\s+a|previous)\s+calendar\s+"
                                r"(?:month|quarter)", re.I)


def _read_anchor(ctx: Context, span: Span, rank: int) -> None:
    if not V.ANCHOR_CONTEXT.search(span.text):
        return
    masked, found = ctx.mask_dates(span.text)
    for pattern, kind in _ANCHORS:
        m = pattern.search(masked)
        if not m:
            continue
        if kind == "day":
            ctx.add("billing_anchor", f"day:{int(m.group('day'))}", span, rank)
        elif kind == "coterm":
            d = _date_of(m.group("date"), found)
            ctx.add("billing_anchor", f"coterm:{d.isoformat()}" if d else None, span, rank)
        elif not _MEASURED_CALENDAR.search(span.text):
            ctx.add("billing_anchor", kind, span, rank)
        return


# ------------------------------------------------------------------------------------------ prose clauses

# a date that a line break cut in two, the clause ending inside it ("... ending 30" / "June 2027. After that ..."):
# a capitalised month name, and a year that completes the date
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CUT_DATE = [(re.compile(r"(?<![\d.,])\b\d{1,2}(?:st|nd|rd|th)?$"), re.compile(rf"^{_MONTH_NAME},?\s+(?:19|20)\d\d\b")),
             (re.compile(rf"\b{_MONTH_NAME}$"),
              re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b(?![.,]?\d)"))]


def _through_cut_date(ctx: Context, span: Span, after: Span | None) -> Span:
    """The clause, taken on to the end of a date its last line break cut in two; the clause itself otherwise."""
    if after is None or after.page != span.page or not 0 < after.start - (span.start + len(span.text)) <= 2:
        return span
    for end, start in _CUT_DATE:
        m = start.match(after.text) if end.search(span.text[-16:]) else None
        if m:
            page = ctx.seg.pages[span.page - 1]
            return Span(span.page, span.start, page.text[span.start:after.start + m.end()], span.section)
    return span


def read_clauses(ctx: Context) -> None:
    """Candidates from sentences, by the vocabulary of phrasings in `rules_vocab`."""
    clauses = ctx.seg.clauses
    for i, span in enumerate(clauses):
        span = _through_cut_date(ctx, span, clauses[i + 1] if i + 1 < len(clauses) else None)
        text = span.text
        lowered = text.lower()
        screen = Screen(text)  # a clause holding none of a phrasing's words is not searched for it
        masked, found = ctx.mask_dates(text) if found_dates(text) else (text, [])
        if found:
            _prose_dates(ctx, span, masked, found)
        if "term" in lowered or "period" in lowered or "month" in lowered or "year" in lowered:
            _prose_term(ctx, span, masked)
        if screen.search(V.RENEW_PROSE_CONTEXT) and not screen.search(V.USAGE_ROLLOVER):
            _read_renewal(ctx, text, span, RANK_PROSE, labelled=False)
        elif screen.search(V.NOTICE_CONTEXT) and re.search(r"renew", text, re.I):
            _read_notice(ctx, text, span, RANK_PROSE)
        if screen.search(V.PAY_CONTEXT) or V.NET_ALONE.match(text):
            _prose_payment(ctx, span)
        if re.search(r"invoic|bill|charg|payable|prepa", text, re.I):
            _prose_billing(ctx, span)
        if screen.search(V.PO_WORDS):
            _read_po(ctx, text, span, RANK_PROSE, labelled=False)
        if "%" in text or "percent" in lowered or "per cent" in lowered:
            _prose_percentages(ctx, span)
        if screen.search(V.MIN_COMMIT):
            _read_commitment(ctx, text, span, RANK_PROSE)
        if screen.search(V.TCV_PHRASE):
            _prose_total(ctx, span)
        elif V.TCV_LABEL_HEAD.match(text):
            whole = extend_span(ctx, span, 1)
            if V.TCV_PHRASE.match(whole.text.lstrip("*# ")):
                _prose_total(ctx, whole)
        if screen.search(V.ANCHOR_CONTEXT):
            _read_anchor(ctx, span, RANK_PROSE)
        m = screen.search(V.CURRENCY_STATEMENT)
        if m:
            code = m.group("code") or (m.group("what").upper() if re.fullmatch(r"[A-Za-z]{3}", m.group("what"))
                                       else V.CURRENCY_NAMES.get(m.group("what").lower()))
            if code in CURRENCY_CODES:
                ctx.add("currency", code, span, RANK_PROSE + 5)
        if "@" in text and re.search(r"invoice|billing|bill to|accounts payable|remit", text, re.I):
            email = V.EMAIL.search(text)
            if email and not re.match(r"^\s*(?:from|to|cc|sent|reply-to)\s*:", text, re.I):
                ctx.add("billing_contact_email", email.group(0), span, RANK_PROSE)


def found_dates(text: str) -> bool:
    return bool(re.search(r"\d{4}", text))


def _prose_dates(ctx: Context, span: Span, masked: str, found: list[DateMatch]) -> None:
    for pattern, bonus in _EFFECTIVE:
        for m in pattern.finditer(masked):
            pre = m.groupdict().get("pre")
            if pre is not None and _OTHER_AGREEMENT.search(pre):
                continue  # "under the Master Agreement dated ..." names another agreement's date
            ctx.add("effective_date", _date_of(m.group("date"), found), span, RANK_PROSE + bonus)
            break
    fee_like = V.FEE_CONTEXT.search(masked) and not re.search(r"subscription term|order term|initial term", masked,
                                                                  re.I)
    if fee_like or not V.TERM_CONTEXT.search(masked) or re.match(r"^\W*(?:year|period|phase)\s+\d", masked, re.I):
        return  # fee periods and ramp years ("Year 2 (1 May 2027 to ...)") are not the service term
    for pattern in _START:
        hit = pattern.search(masked)
        if hit and not re.search(r"effective\s+(?:as\s+of|on|from)\s*$",
                                 masked[:hit.end("date") - len(hit.group("date"))]):
            ctx.add("service_start_date", _date_of(hit.group("date"), found), span, RANK_PROSE)
            break
    for pattern in _END:
        hit = pattern.search(masked)
        if hit:
            ctx.add("service_end_date", _date_of(hit.group("date"), found), span, RANK_PROSE)
            break


_TERM_PHRASE = re.compile(
    r"(?:(?:subscription|initial|order|contract|service|licen[cs]e|minimum)\s+(?:term|period)|\bterm\b|"
    r"\bperiod of\b|continues? for|\bruns? for|continue in (?:full )?(?:force|effect) for|"
    r"for an? (?:initial )?(?:term|period) of"
    r"|shall (?:remain in effect|continue) for)", re.I)


_RANGE_THEN_PAREN = re.compile(r"DATE\s*(?:-|to|through|until)\s*DATE\s*\(\s*$", re.I)


def _prose_term(ctx: Context, span: Span, masked: str) -> None:
    text = _DATE_TOKEN.sub("DATE", masked)
    cuts = [m.start() for m in (V.RENEW_TRUE.search(text), V.RENEW_FALSE.search(text)) if m]
    head = text[:min(cuts)] if cuts else text
    if not (_TERM_PHRASE.search(head) or "DATE" in head) or re.search(
            r"confidential|warrant|liabilit|surviv|shall mean\b|\bmeans\b|"
            r"(?:after|following) (?:the )?(?:termination|expiration)|"
            r"after (?:this|the) (?:[\w-]+ ){0,2}(?:ends|expires|terminates)", head, re.I):
        return
    for d in find_durations(head):
        if d.months is None:
            continue
        before = head[max(0, d.start - 90):d.start].lower()
        if _TERM_PHRASE.search(before) or re.search(r"\bfor\s+(?:an?\s+)?(?:initial\s+)?$|\bof\s+$", before) or \
                _RANGE_THEN_PAREN.search(head[:d.start]):
            ctx.add("term_months", d.months, span, RANK_PROSE)
            return


def _prose_payment(ctx: Context, span: Span) -> None:
    text = span.text
    if _USAGE_WORDS.search(text) and not re.search(r"invoice", text, re.I):
        return
    days = parse_payment_days(text)
    if days is not None and not re.search(r"suspend|notice of non-payment|written notice", text, re.I):
        ctx.add("payment_terms_days", days, span, RANK_PROSE)


# what is charged beyond the subscription ("each additional user is charged at ...", "Additional signatures above
# 2'000 per year: ...") is billed on its own cadence, not the subscription's
_OVERAGE = re.compile(r"\b(?:each|every|any)\s+additional\b|^\W{0,3}additional\b", re.I)
_BILLED = re.compile(r"\b(?:invoiced|billed|invoices?|bills?)\b", re.I)


def _prose_billing(ctx: Context, span: Span) -> None:
    text = span.text
    if not re.search(r"invoic|bill|charged|payable|prepa", text, re.I) or _USAGE_WORDS.search(text) or \
            _OVERAGE.search(text):
        return
    # the cadence the billing verb names comes first: "USD 3.50 per device per month, billed annually in advance"
    billed = _BILLED.search(text)
    after = text[billed.end():] if billed else ""
    freq = parse_frequency(after) or parse_frequency(text)
    if freq == "one_time":  # "invoiced once, annually in advance" is once a year
        freq = parse_frequency(re.sub(r"\bonce\b(?!,? in full)", " ", after)) or freq
    timing = parse_timing(after) or parse_timing(text)
    if freq and timing:
        ctx.add("billing_frequency", freq, span, RANK_PROSE)
        ctx.add("billing_timing", timing, span, RANK_PROSE)


def _prose_percentages(ctx: Context, span: Span) -> None:
    text = span.text
    if V.LATE_CONTEXT.search(text):
        _read_late_fee(ctx, span, RANK_PROSE)
        if re.search(r"late|overdue|past due|not paid when due", text, re.I):
            return
    if V.ESCALATOR_CONTEXT.search(text) and not V.CAP_WORDS.search(text) and not re.search(r"discount", text, re.I):
        m = V.ESCALATOR_CONTEXT.search(text)
        after = [p for p in find_percents(text, decimal_comma=ctx.decimal_comma)]
        if after and m:
            ctx.add("price_escalator_percent", after[0].value, span, RANK_PROSE)


def _prose_total(ctx: Context, span: Span) -> None:
    text = span.text
    m = V.TCV_PHRASE.search(text)
    before = "" if m is None or m.group(0).lower().startswith("a total") else text[max(0, m.start() - 12):m.start()]
    if not m or V.TOTAL_EXCLUDE.search(before + text[m.start():m.end() + 20]):
        return
    money = [x for x in find_money(text, decimal_comma=ctx.decimal_comma) if x.start > m.start()]
    if not money and len(text) < 80:
        # a table cell that wrapped: "Total fixed fees for the subscription / period / $33,600.00"
        span = extend_span(ctx, span, 2)
        text = span.text
        money = [x for x in find_money(text, decimal_comma=ctx.decimal_comma) if x.start > m.start()]
        if money and money[0].start - m.end() > 60:
            return
    if money:
        ctx.add("total_contract_value", money[0].amount, span, RANK_PROSE)


def extend_span(ctx: Context, span: Span, lines: int) -> Span:
    """The span followed by the next `lines` lines of its page (consecutive text, so still quotable)."""
    page = ctx.seg.pages[span.page - 1]
    end = span.start + len(span.text)
    following = page.lines_from(end)[:lines]
    if not following:
        return span
    return Span(span.page, span.start, page.text[span.start:following[-1].end], span.section)


# ------------------------------------------------------------------------------------------ the order's date

# "Date 03/16/2026", "Datum / Date 02.04.2026" at the head of the first page (not an e-mail's "Date: Thu, 19 Mar
# 2026 16:42:10", whose time of day says it dates a message)
_HEAD_DATE = re.compile(r"^\W{0,3}(?:[^\W\d_]{2,12}\s*/\s*)?date\s*:?\s+(?P<value>\S.{0,30})$", re.I)


# the title of an agreement: "TECHNICAL INFRASTRUCTURE MAINTENANCE AGREEMENT", "Master Services Contract"
_AGREEMENT_TITLE = re.compile(r"\b(?:agreement|contract)\W{0,3}$", re.I)


def read_head_date(ctx: Context) -> None:
    """The date a purchase order or order form gives itself at its head: a bare 'Date' label among the first lines of
    the first page, its value one date alone, on a document not titled an agreement. Ranked below every label that
    names the effective date and every sentence that states it."""
    if not ctx.seg.pages:
        return
    lines = ctx.seg.pages[0].lines[:15]
    if any(_AGREEMENT_TITLE.search(x.text) for x in lines[:8]):
        return  # an agreement's "Date:" line may be when it was drawn up; an order's is when it was placed
    for line in lines:
        m = _HEAD_DATE.match(line.text)
        if m is None or re.search(r"\d:\d\d", line.text):
            continue
        found = ctx.dates(m.group("value"))
        if len(found) == 1 and len(m.group("value").strip()) <= len(found[0].text) + 3:
            ctx.add("effective_date", found[0].value, Span(line.page, line.start, line.text), RANK_PROSE - 1, "label")
            return


# ------------------------------------------------------------------------------------------ the billing block

# a block headed by where invoices go: "BILL TO", "RECHNUNG AN / INVOICE TO", "PREPARED FOR    BILL TO"
_BILL_TO_HEAD = re.compile(r"\b(?:bill(?:ed)?[- ]to|invoices?[- ]to|send invoices to)\b", re.I)


def read_billing_block(ctx: Context) -> None:
    """The e-mail address in the block a 'Bill to' heading opens ('BILL TO' / 'Brisa Foods Corporation - Accounts
    Payable' / 'ap@brisafoods.example'), when the heading stands on its own line (the block's rows under it, up to
    the next heading in capitals); quoted from the heading to the address."""
    for page in ctx.seg.pages:
        lines = page.lines
        for i, line in enumerate(lines):
            if len(line.text) > 60 or not _BILL_TO_HEAD.search(line.text) or V.EMAIL.search(line.text) or \
                    re.search(r"[a-z]{3,}\s+[a-z]{3,}", line.text):  # a label, not a sentence about billing
                continue
            for row in lines[i + 1:i + 7]:
                if row.text.isupper() and len(row.text) > 3:
                    break  # the next block's heading
                email = V.EMAIL.search(row.text)
                if email:
                    ctx.add("billing_contact_email", email.group(0),
                            Span(page.number, line.start, page.text[line.start:row.end]), RANK_PROSE + 2, "label")
                    break


# ------------------------------------------------------------------------------------------ tick boxes

_BOX = re.compile(r"\[\s{0,3}(?P<tick>[xX✓✔])?\s{0,3}\]|[☐]|(?P<glyph>[☑☒])")
_YES_NO = re.compile(r"^\W{0,3}(?P<answer>yes|no)\b", re.I)
_QUESTION_NOISE = re.compile(r"^[\W\d]{0,8}|[?:\s]+$")


def read_tick_boxes(ctx: Context) -> None:
    """Questionnaire forms: a question, then options in boxes, one of them ticked ("Payment terms? [ ] Net 15
    [X] Net 30", or one option a line under the question). Only the ticked option answers; every value the other
    readers took from the question or its options (the first option, whether ticked or not) is replaced by the
    answer, and by nothing when no single option is ticked. A yes/no answer says whether invoices need a purchase
    order or whether the subscription renews; any other answer is the value of the question read as a label."""
    answered: list[tuple[int, int, int, set[str]]] = []  # page, start, end and the fields each question is about
    answers: list[Candidate] = []
    for page in ctx.seg.pages:
        lines, i = page.lines, 0
        while i < len(lines):
            line = lines[i]
            boxes = list(_BOX.finditer(line.text))
            if len(boxes) == 1 and not line.text[:boxes[0].start()].strip():
                # options stacked one a line: the run of such lines answers the line above it
                j = i
                while j + 1 < len(lines) and _option_line(lines[j + 1].text):
                    j += 1
                if j > i and i > 0 and not _BOX.search(lines[i - 1].text):
                    options = [(lines[k], next(_BOX.finditer(lines[k].text))) for k in range(i, j + 1)]
                    ticked = [(ln, m) for ln, m in options if _ticked(m)]
                    start = lines[i - 1].start
                    question = _QUESTION_NOISE.sub("", lines[i - 1].text)
                    answer = ticked[0][0].text[ticked[0][1].end():].strip(" -|") if len(ticked) == 1 else ""
                    _answer(ctx, page, start, lines[j].end, question, answer, answered, answers,
                            unanswered=len(ticked) != 1,
                            first_option=options[0][0].text[options[0][1].end():].strip(" -|"))
                    i = j + 1
                    continue
            ticked_boxes = [b for b in boxes if _ticked(b)]
            if len(ticked_boxes) != 1 or len(boxes) < 2:
                i += 1
                continue
            box = ticked_boxes[0]
            after = boxes[boxes.index(box) + 1].start() if box is not boxes[-1] else len(line.text)
            answer = line.text[box.end():after].strip(" -|")
            question, start = line.text[:boxes[0].start()], line.start
            asked = _QUESTION_NOISE.sub("", question)
            if (not asked or asked[0].islower()) and i > 0 and not _BOX.search(lines[i - 1].text):
                # options under their question, or a question that wrapped onto the options' line
                start = lines[i - 1].start
                question = page.text[start:line.start + boxes[0].start()]
            _answer(ctx, page, start, line.end, _QUESTION_NOISE.sub("", question), answer, answered, answers)
            i += 1
    if answered:
        ctx.candidates = [c for c in ctx.candidates if not _overridden(c, answered)] + answers


def _ticked(box: re.Match[str]) -> bool:
    return bool(box.group("tick") or box.group("glyph"))


def _option_line(text: str) -> bool:
    """A line that is one option in a box: the box first, nothing before it, no second box."""
    boxes = list(_BOX.finditer(text))
    return len(boxes) == 1 and not text[:boxes[0].start()].strip()


def _answer(ctx: Context, page: Page, start: int, end: int, question: str, answer: str,
            answered: list[tuple[int, int, int, set[str]]], answers: list[Candidate], *,
            unanswered: bool = False, first_option: str = "") -> None:
    """Read one question's answer; with `unanswered` (no option ticked, or several), only note the fields the
    question is about, so what other readers took from its options is dropped and the field stays open."""
    span = Span(page.number, start, page.text[start:end])
    reading = Context(ctx.seg, ctx.day_first, ctx.decimal_comma)
    fields = _read_answer(reading, question, first_option if unanswered else answer, span)
    answered.append((page.number, start, end, fields))
    if not unanswered:
        answers.extend(reading.candidates)


_START_QUESTION = re.compile(r"\b(?:start|begin|commence)\w*\s*\?\s*(?P<answer>.{0,40})$", re.I)


def read_start_questions(ctx: Context) -> None:
    """A questionnaire's 'When should the subscription start? March 1, 2026': a question about when the subscription
    or service starts, answered by a date alone on the same line or the next."""
    for page in ctx.seg.pages:
        for i, line in enumerate(page.lines):
            m = _START_QUESTION.search(line.text) if "?" in line.text else None
            if m is None or not re.search(r"subscription|service|term", line.text, re.I):
                continue
            answer, end = m.group("answer"), line.end
            if not answer.strip() and i + 1 < len(page.lines):
                answer, end = page.lines[i + 1].text, page.lines[i + 1].end
            found = ctx.dates(answer)
            if len(found) == 1 and len(answer.strip()) <= len(found[0].text) + 3:
                ctx.add("service_start_date", found[0].value,
                        Span(page.number, line.start, page.text[line.start:end]), RANK_LABEL)


def _overridden(candidate: Candidate, answered: list[tuple[int, int, int, set[str]]]) -> bool:
    """Does a ticked answer replace this candidate (same field, read from text that overlaps the question)?"""
    page, start = candidate.position
    end = start + len(candidate.quote)
    # the questions are in reading order: only those that start before the quote ends can overlap it
    i = bisect_left(answered, (page, end, 0))
    while i > 0 and answered[i - 1][0] == page and answered[i - 1][2] > start - 2000:
        i -= 1
        q_page, q_start, q_end, fields = answered[i]
        if candidate.field in fields and q_start < end and q_end > start:
            return True
    return False


def _read_answer(ctx: Context, question: str, answer: str, span: Span) -> set[str]:
    """Read one ticked answer into `ctx`; the fields the question is about (answered, or left open on purpose)."""
    yes_no = _YES_NO.match(answer)
    if yes_no:
        yes = yes_no.group("answer").lower() == "yes"
        if V.PO_WORDS.search(question):
            ctx.add("po_required", yes, span, RANK_LABEL)
            m = V.PO_NUMBER.search(answer) if yes else None
            ctx.add("po_number", m.group("num") if m else None, span, RANK_LABEL)
            return {"po_required", "po_number"}
        if re.search(r"\brenew", question, re.I):
            ctx.add("auto_renew", yes, span, RANK_LABEL)
            return {"auto_renew"}
        return set()
    topic = V.LABELS.get(clean_label(question))
    if topic is not None:
        _read_pair(ctx, Pair(topic, question, answer, span, strong=True), RANK_LABEL)
        return {c.field for c in ctx.candidates}
    if re.search(r"\bterm\b", question, re.I):
        ctx.add("term_months", next((d.months for d in find_durations(answer) if d.months is not None), None), span,
                RANK_LABEL)
        return {"term_months"}
    if re.search(r"\btiming\b", question, re.I):
        ctx.add("billing_timing", parse_timing(answer), span, RANK_LABEL)
        return {"billing_timing"}
    return set()


# ------------------------------------------------------------------------------------------ parties and titles

_ACCEPTANCE = re.compile(rf"(?P<name>{_CAP_NAME})['’]s\s+(?:acceptance|signature|order)\b")
_FROM_VENDOR = re.compile(rf"(?i:quote|proposal|order form|offer|quotation)\s+(?:no\.?\s+|#\s*)?[A-Z0-9-]*\d[A-Z0-9-]*"
                          rf"\s+(?:from|issued by|by)\s+(?P<name>{_CAP_NAME})")
# "Proposal P-77 from Vendor Ltda. (its address) to Customer S.A."
_TO_CUSTOMER = re.compile(rf"\s*(?:\([^()]{{0,160}}\))?,?\s+(?:to|for)\s+(?P<name>{_CAP_NAME})")
_TITLE_ID = re.compile(r"\b(?:(?:order(?:\s+form|\s+confirmation|\s+letter)?|quote|quotation|addendum|schedule|"
                       r"proposal|subscription order|sales order|renewal offer|renewal|statement of work|checklist|"
                       r"term sheet|work order|private offer|amendment|nachtrag)\s*(?:no\.?|number|#|ref\.?|id)?|"
                       # an agreement is named by many numbers; only its own "No." is the order's
                       r"(?:agreement|contract)\s*(?:no\.?|number|#))\s*[:\-]?\s*"
                       r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{1,4}-?\d{3,}|\d{4,})\b", re.I)
_BOUNDARY = re.compile(r"\b(?i:between|and|by|among|with)\s+|[,;:]\s+|^")


def read_parties(ctx: Context) -> None:
    """Customer and vendor from party definitions ('between X ("Provider") and Y ("Customer")') and the like."""
    nicknames: list[tuple[str, str, Span]] = []
    previous: Span | None = None
    for span in ctx.seg.clauses[:200]:
        text = span.text
        for m in V.PARTY_DEFINITION.finditer(text):
            role_text = m.group("role").strip().lower()
            name, where = _name_before(text[:m.start()]), span
            if not name and m.start() < 120 and previous is not None and previous.page == span.page:
                # a preamble the sentence splitter cut inside an address: the name is in the clause before
                page_text = ctx.seg.pages[span.page - 1].text
                where = Span(span.page, previous.start, page_text[previous.start:span.start + len(text)])
                name = _name_before(where.text[:span.start - previous.start + m.start()])
            if not name:
                continue
            role = V.PARTY_ROLES.get(role_text, "nick")
            if role in ("vendor", "customer"):
                ctx.add(f"{role}_legal_name", name, where, RANK_PROSE + 2)
            elif role == "nick" and len(role_text) > 2:
                nicknames.append((m.group("role").strip(), name, span))
        for m in _ACCEPTANCE.finditer(text):
            ctx.add("customer_legal_name", m.group("name"), span, RANK_PROSE)
        for m in _FROM_VENDOR.finditer(text):
            ctx.add("vendor_legal_name", m.group("name"), span, RANK_PROSE)
        previous = span
    if len(nicknames) >= 2:
        _roles_by_payment(ctx, nicknames)
    _read_from_to(ctx)
    _read_between_by_title(ctx)


_BETWEEN_WORD = re.compile(r"\b(?i:between)\s+")
_AND_WORD = re.compile(r"\b(?i:and)\s+")


def _read_between_by_title(ctx: Context) -> None:
    """"between A (address) and B (address)" with no roles: the party whose name the title carries is the one
    whose paper this is ("Pinecrest Workforce Cloud - Order PWC-2026-118"), the vendor unless it is a purchase
    order; the other is the customer. Ranked below any definition of roles."""
    if not ctx.seg.pages or not ctx.seg.pages[0].lines:
        return
    page = ctx.seg.pages[0]
    head = page.text[:3000]
    title = next((x.text for x in page.lines[:3] if x.text.strip(" #*")), "").lower()
    for opening in _BETWEEN_WORD.finditer(head):
        a = V.NAME_WITH_SUFFIX.match(head[opening.end():opening.end() + 200])
        if a is None:
            continue
        after_a = opening.end() + a.end()
        b, end = None, 0
        for word in _AND_WORD.finditer(head, after_a, after_a + 250):
            b = V.NAME_WITH_SUFFIX.match(head[word.end():word.end() + 200])
            if b is not None:
                end = word.end() + b.end()
                break
        if b is None:
            return
        names = [a.group("name").strip(), b.group("name").strip()]
        keys = [re.sub(r"\W", "", name.split()[0]).lower() for name in names]
        words = set(re.findall(r"\w+", title))
        if min(map(len, keys)) < 4 or (keys[0] in words) == (keys[1] in words):
            return
        issuer, other = names if keys[0] in words else names[::-1]
        roles = ("customer", "vendor") if _PURCHASE_ORDER_TITLE.search(title) else ("vendor", "customer")
        span = Span(page.number, opening.start(), head[opening.start():end])
        ctx.add(f"{roles[0]}_legal_name", issuer, span, RANK_PROSE - 2)
        ctx.add(f"{roles[1]}_legal_name", other, span, RANK_PROSE - 2)
        return


def _read_from_to(ctx: Context) -> None:
    """An opening that names both: "Proposal P-77 from Vendor Ltda. (address) to Customer S.A.", read on the page's
    text because a name's full stop may end a sentence there."""
    if not ctx.seg.pages:
        return
    page = ctx.seg.pages[0]
    head = page.text[:3000]
    for m in _FROM_VENDOR.finditer(head):
        to = _TO_CUSTOMER.match(head, m.end())
        if to:
            span = Span(page.number, m.start(), head[m.start():to.end()])
            ctx.add("vendor_legal_name", m.group("name"), span, RANK_PROSE)
            ctx.add("customer_legal_name", to.group("name"), span, RANK_PROSE)
            return


# A name without a legal suffix ("Tamarack Regional Health Authority", "School District No. 7"), alone or before
# the descriptor a party definition gives it (", having its principal office at ...").
_PLAIN_NAME = re.compile(r"^(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&|de|der|du|la)){0,6}"
                         r"(?:\s+No\.\s?\d{1,4})?)\s*(?:$|,?\s+(?:a|an|having|with|whose|located|organi[sz]ed|"
                         r"incorporated|registered|acting|doing)\b)")


# A name followed straight by its address, up to the definition: ", Havnevej 2, 9900 Frederikshavn, Denmark (CVR ...)".
_ADDRESS_AFTER = re.compile(r"^\s?,\s+(?=[^()]{0,160}\d)[^()]{1,160}(?:\([^()]{0,60}\)\s*)?$")
_DOCUMENT_TITLE = re.compile(r"\b(?:agreement|order|schedule|terms|contract|addendum|amendment|quote)\b", re.I)


_PLAIN_BEFORE_COMMA = re.compile(r"^(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&|de|der|du|la)){1,6}),")


def _plain_name_then_address(chunk: str) -> re.Match[str] | None:
    """'Kantonsspital Feldmatt, Spitalweg 3, 6000 Luzern': a name without a suffix, then its address."""
    m = None if V.NAME_WITH_SUFFIX.match(chunk) else _PLAIN_BEFORE_COMMA.match(chunk)
    rest = chunk[m.end() - 1:] if m else ""
    return m if m and _ADDRESS_AFTER.match(rest) and not _VERBISH.search(rest) else None


def _name_before(before: str) -> str | None:
    """The party name that a definition like ("Provider") closes: the nearest 'Name[, descriptor]' before it."""
    tail = before[-400:]
    cuts = [(m.end(), m.group()[:1]) for m in _BOUNDARY.finditer(tail)]
    for cut, opener in reversed(cuts):
        chunk = tail[cut:].strip()
        if not chunk or not chunk[0].isupper():
            continue
        m = V.NAME_WITH_SUFFIX.match(chunk)
        if m:
            rest = chunk[m.end():]
            if not rest.strip() or re.match(r"^\s*,?\s*(?:\(|a|an|the|having|with|whose|located|organi[sz]ed|"
                                            r"incorporated|registered|acting|doing)\b", rest) or \
                    (_ADDRESS_AFTER.match(rest) and not _VERBISH.search(rest)):
                return m.group("name").strip().rstrip(",")
        # a name without a suffix opens its party ("and Kowhai Valley District Council, a ..."); after a comma
        # it is the town of an address ("..., 15 Main Road, Te Kowhai")
        # (and one followed straight by an address only after "between" or "and": a clause may start mid-address)
        plain = None if opener in (",", ";", ":") else (
            _PLAIN_NAME.match(chunk) or (_plain_name_then_address(chunk) if opener else None))
        if plain and not _VERBISH.search(plain.group("name")) and len(plain.group("name").split()) >= 2 and \
                not _DOCUMENT_TITLE.search(plain.group("name")) and not _ROLES_ONLY.match(plain.group("name")):
            return plain.group("name")
    return None


def _roles_by_payment(ctx: Context, nicknames: list[tuple[str, str, Span]]) -> None:
    text = " ".join(p.text for p in ctx.seg.pages)
    scores: dict[str, int] = Counter()
    for nick, _, _ in nicknames:
        n = re.escape(nick)
        scores[nick] += len(re.findall(rf"\b{n}\s+(?:shall |will |must |agrees to |commits to )?(?:pay|pays|commits)\b"
                                       rf"|what {n} pays|invoice[sd]? (?:to )?{n}\b|{n} is invoiced", text))
        scores[nick] -= len(re.findall(rf"\b{n}\s+(?:shall|will|may)\s+invoice|payable to {n}\b|pay {n}\b", text))
    ranked = sorted(nicknames, key=lambda x: -scores[x[0]])
    payer, payee = ranked[0], ranked[-1]
    if scores[payer[0]] > scores[payee[0]]:
        ctx.add("customer_legal_name", payer[1], payer[2], RANK_PROSE + 1)
        ctx.add("vendor_legal_name", payee[1], payee[2], RANK_PROSE + 1)


_SIGNED_FOR = re.compile(r"(?:counter-?signed|accepted|agreed|signed|executed)\s+(?:for|by)\s+"
                         r"(?:agreement\s+)?(?:(?:and\s+)?on behalf of\s+)?"
                         r"(?:the\s+)?\**(?P<name>[A-Z][\w&'.,-]*(?:\s+[A-Z&][\w&'.,-]*){0,7}?)\**\s*:", re.I)


def read_letter_parties(ctx: Context, vendor: str | None) -> None:
    """Letters: the sender's letterhead names the vendor; the party that countersigns is the customer."""
    pages = ctx.seg.pages
    if not pages or not any(re.match(r"^Dear\s", c.text) for c in ctx.seg.clauses[:80]):
        return
    first = pages[0].lines[0] if pages[0].lines else None
    if vendor is None and first is not None:
        m = V.NAME_WITH_SUFFIX.match(first.text)
        if m and len(m.group("name")) >= len(first.text) - 2:
            vendor = m.group("name")
            ctx.add("vendor_legal_name", vendor, Span(first.page, first.start, first.text), RANK_PROSE - 1,
                    "heading")
    for page in pages:
        for line in page.lines:
            for m in _SIGNED_FOR.finditer(line.text):
                name = m.group("name").strip(" ,")
                if vendor and (name == vendor or name in vendor or vendor in name):
                    continue
                if len(name.split()) >= 2 and not _VERBISH.search(name):
                    ctx.add("customer_legal_name", name, Span(line.page, line.start, line.text), RANK_PROSE - 1,
                            "heading")


def read_titles(ctx: Context) -> None:
    """Order numbers written in titles and references: 'ORDER FORM Q-05271', 'Quote Q-88213'."""
    for page in ctx.seg.pages[:2]:
        for line in page.lines[:60]:
            for m in _TITLE_ID.finditer(line.text):
                token = m.group("id")
                if find_date_spans(token) or re.fullmatch(r"(?:19|20)\d\d", token):
                    continue
                ctx.add("order_form_number", token, Span(line.page, line.start, line.text), RANK_PROSE, "heading")


def read_currency_from_amounts(ctx: Context) -> None:
    """The currency the amounts are written in, when no label or sentence names it."""
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for page in ctx.seg.pages:
        for line in page.lines:
            for money in find_money(line.text, decimal_comma=ctx.decimal_comma):
                counts[money.currency] += 1
                first.setdefault(money.currency, Span(line.page, line.start, line.text))
    if counts:
        code, _ = counts.most_common(1)[0]
        ctx.add("currency", code, first[code], RANK_PROSE - 5, "amounts")


# ------------------------------------------------------------------------------------------ the issuer

# What may follow a name in a letterhead or running footer: nothing, or a separator before an address or reference.
_AFTER_LETTERHEAD = re.compile(r"^(?:$|\s[-|·–]\s)")
_PURCHASE_ORDER_TITLE = re.compile(r"\bpurchase order\b", re.I)
_ON_BEHALF = re.compile(rf"(?:signed|accepted|agreed|executed|confirmed)\s+(?:for\s+and\s+)?on\s+behalf\s+of\s+"
                        rf"(?:the\s+)?(?P<name>{_CAP_NAME})", re.I)


def read_issuer(ctx: Context) -> None:
    """The party whose paper this is: the legal name that heads the first page or starts a running header or footer
    on every page ("Lumenfold Software, Inc. - Order Form LF-OF-24817 - Page 1 of 4"). A purchase order is the
    customer's paper; anything else (order form, quote, letter, renewal) the vendor's. The other party is then the
    one that signs on its own behalf ("Signed for and on behalf of Bellbird Aged Care Ltd"). Both rank below any
    label, party definition or letter heading, which say who is who in words."""
    pages = ctx.seg.pages
    if not pages or not pages[0].lines:
        return
    seen: dict[str, set[int]] = {}
    first: dict[str, Span] = {}
    for page in pages:
        for i, line in enumerate(page.lines):
            m = V.NAME_WITH_SUFFIX.match(line.text[:120])
            if not m or not _AFTER_LETTERHEAD.match(line.text[m.end():]):
                continue
            name = m.group("name").strip()
            if len(name) > 70 or len(name.split()) > 7 or ":" in name:
                continue
            if any(_SIGNATURE_MARK.match(x.text) for x in page.lines[i + 1:i + 3]):
                continue  # a signature block names a signer, whoever's paper it is

            seen.setdefault(name.lower(), set()).add(page.number)
            first.setdefault(name.lower(), Span(line.page, line.start, line.text))
    # the letterhead: the first line, or the name under a logo's words on the first lines
    heading = {x.start for x in pages[0].lines[:3]}

    def at_head(key: str) -> bool:
        return first[key].page == 1 and first[key].start in heading

    scored = [(len(where) + at_head(key), key) for key, where in seen.items()]
    scored = [s for s in scored if s[0] >= 2 or at_head(s[1])]
    if not scored:
        _purchase_order_letterhead(ctx)
        return
    _, key = max(scored)
    span = first[key]
    name = V.NAME_WITH_SUFFIX.match(span.text)
    if name is None:
        return
    issuer = name.group("name").strip()
    opening = " ".join(x.text for x in pages[0].lines[:6])
    role, other = (("customer", "vendor") if _PURCHASE_ORDER_TITLE.search(opening) else ("vendor", "customer"))
    ctx.add(f"{role}_legal_name", issuer, span, RANK_PROSE - 3, "heading")
    for page in pages:
        for line in page.lines:
            for m in _ON_BEHALF.finditer(line.text):
                signer = m.group("name").strip(" ,")
                if signer.lower() != issuer.lower() and issuer.lower() not in signer.lower():
                    ctx.add(f"{other}_legal_name", signer, Span(line.page, line.start, line.text), RANK_PROSE - 3,
                            "heading")
                    return


def _purchase_order_letterhead(ctx: Context) -> None:
    """A purchase order is the buyer's paper, and a public body's name has no legal suffix: the first line of its
    first page, when it is a name ("COUNTY OF ALDER CREEK", "Eastbrook University"), is the customer."""
    lines = ctx.seg.pages[0].lines
    opening = " ".join(x.text for x in lines[:6])
    if not (_PURCHASE_ORDER_TITLE.search(opening) or re.search(r"\bofficial order\b", opening, re.I)):
        return
    first = lines[0]
    m = _PLAIN_PARTY.match(first.text.strip())
    name = m.group("name") if m else ""
    if m and not _DOCUMENT_TITLE.search(name) and not _VERBISH.search(name.lower()) and \
            not re.search(r"\bpurchas|\bdepartment\b", name, re.I):
        ctx.add("customer_legal_name", name, Span(first.page, first.start, first.text), RANK_PROSE - 3, "heading")


# ------------------------------------------------------------------------------------------ the other party

# A signature block: the signing party's name on its own line, then the signature, "By:" or "Name:" under it;
# or "For Limmatquai Software AG" / "For and on behalf of ..." on a line of its own.
_SIGNATURE_MARK = re.compile(r"^\W{0,3}(?:/s/|by\s*:|name\s*:|signature\b|signed\b|_{3,})", re.I)
_SIGN_FOR_LINE = re.compile(r"^\W{0,3}(?:for(?:\s+and)?(?:\s+on\s+behalf\s+of)?|on\s+behalf\s+of|signed\s+for)\s+"
                            r"(?:the\s+)?(?P<rest>[A-Z].{2,90})$", re.I)
_ROLE_PREFIX = re.compile(r"^\W{0,3}[A-Z][A-Za-z ]{1,24}:\s*")
# What may follow a company named on a line of its own: nothing, or a separator before an address or reference.
_AFTER_COMPANY = re.compile(r"^\s*(?:$|[,|·-]\s|\s{2,})")
_BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{_CAP_NAME}|[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){{1,6}})\s+and\s+"
                      rf"(?P<b>{_CAP_NAME}|[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){{1,6}})")
_QUOTED_START = re.compile(r"^(?:>|-{3,}\s*(?:original message|forwarded)|on\s.{5,120}\swrote:$|from\s*:)", re.I)
_MAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|date|sent|subject)\s*:", re.I)
_ACCEPTS = re.compile(r"\baccept|\bgo ahead\b|\bconfirm|\bagree|\bapprove", re.I)


def read_other_party(ctx: Context) -> None:
    """With one party known, the other from where a form names both: an e-mail thread (the accepting reply is
    the customer's, the quoted offer the vendor's), "between A and B", or the two signature blocks.

    Runs after every other party reader and ranks below them all: it only fills a party they left unread, and
    only when the form names exactly one other party beside the known one."""
    customer, vendor = ctx.best("customer_legal_name"), ctx.best("vendor_legal_name")
    _email_parties(ctx, customer, vendor)
    customer, vendor = ctx.best("customer_legal_name"), ctx.best("vendor_legal_name")
    if customer is not None and vendor is None:
        known, missing = customer, "vendor"
    elif vendor is not None and customer is None:
        known, missing = vendor, "customer"
    else:
        return
    for span in ctx.seg.clauses[:200]:
        for m in _BETWEEN.finditer(span.text):
            a, b = " ".join(m.group("a").split()), " ".join(m.group("b").split())
            if _same_party(a, known.value) != _same_party(b, known.value):
                other = b if _same_party(a, known.value) else a
                ctx.add(f"{missing}_legal_name", other, span, RANK_PROSE - 4, "prose")
                return
    signers = _signatories(ctx)
    others = {key: where for key, where in signers.items() if not _same_party(key, known.value)}
    if len(others) == 1 and len(signers) == 2:
        (name, where), = others.items()
        ctx.add(f"{missing}_legal_name", name, where, RANK_PROSE - 4, "heading")


def _same_party(a: str, b: str) -> bool:
    x, y = (re.sub(r"[^\w&]+", " ", v).casefold().strip() for v in (a, b))
    return bool(x and y) and (x == y or x in y or y in x)


def company_in_line(text: str) -> str | None:
    """The legal name a line gives as its own: 'Orchard Lane Bakery Co.', 'Kranich GmbH, Lindenstraße 8, Kiel',
    or after a signer's title: 'VP Engineering, Tamarind Travel Group, Inc.'."""
    line = text.lstrip("> ").replace("*", "").strip()
    if len(line) > 200:
        return None  # a signature or letterhead line is short; the bound keeps a line of commas linear
    for comma in reversed([c.end() for c in re.finditer(r",\s", line)]):
        head, rest = line[:comma], line[comma:]
        m = V.NAME_WITH_SUFFIX.match(rest)
        if m and m.end() == len(rest) and len(head) <= 60 and not re.search(r"\d", head):
            return m.group("name").strip()
    m = V.NAME_WITH_SUFFIX.match(line)
    if m and _AFTER_COMPANY.match(line[m.end():]) and len(m.group("name").split()) <= 8 and \
            not re.search(r"\s{2}|:|\b[A-Z]{1,5}-?\d{3,}", m.group("name")):  # not a heading's reference
        return m.group("name").strip()
    return None


def _signatories(ctx: Context) -> dict[str, Span]:
    """The parties named in signature blocks, each with the line that names it, in reading order."""
    out: dict[str, Span] = {}
    for page in ctx.seg.pages:
        lines = page.lines
        for i, line in enumerate(lines):
            name = None
            m = _SIGN_FOR_LINE.match(line.text)
            if m:
                rest = m.group("rest").rstrip(" :")
                full = V.NAME_WITH_SUFFIX.match(rest)
                name = full.group("name").strip() if full and full.end() >= len(rest) - 1 else None
            elif any(_SIGNATURE_MARK.match(x.text) for x in lines[i + 1:i + 3]):
                own = _ROLE_PREFIX.sub("", line.text)  # "Reseller: Varanasi Infotech Private Limited"
                whole = V.NAME_WITH_SUFFIX.match(own)
                name = whole.group("name").strip() if whole and whole.end() >= len(own) - 1 else None
            if name and not any(_same_party(name, key) for key in out):
                out[name] = Span(line.page, line.start, line.text)
    return out


def _email_parties(ctx: Context, customer: Candidate | None, vendor: Candidate | None) -> None:
    """An e-mail thread accepting an offer: the reply on top is the customer's, the quoted offer below the vendor's."""
    pages = ctx.seg.pages
    if not pages or not any(_MAIL_HEADER.match(x.text.replace("*", "")) for x in pages[0].lines[:4]):
        return
    top: list[tuple[str, Span]] = []
    quoted: list[tuple[str, Span]] = []
    reply: list[str] = []
    in_quote = False
    headers = True  # the reply's own From/To/Subject lines open the page
    for page in pages:
        for line in page.lines:
            if headers and _MAIL_HEADER.match(line.text.replace("*", "")):
                continue
            headers = False
            in_quote = in_quote or bool(_QUOTED_START.match(line.text))
            if not in_quote:
                reply.append(line.text)
            name = company_in_line(line.text)
            if name:
                (quoted if in_quote else top).append((name, Span(line.page, line.start, line.text)))
    if not top or not quoted or not _ACCEPTS.search(" ".join(reply)):
        return
    buyer, where = top[0]
    if customer is None:
        ctx.add("customer_legal_name", buyer, where, RANK_PROSE - 4, "heading")
    if vendor is None:
        seller = next(((n, w) for n, w in quoted if not _same_party(n, buyer)), None)
        if seller is not None:
            ctx.add("vendor_legal_name", seller[0], seller[1], RANK_PROSE - 4, "heading")


# ------------------------------------------------------------------------------------------ non-standard clauses

_ENUMERATOR = re.compile(r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[A-Z]\.\d{1,2}|"
                         r"\([a-z0-9]{1,3}\))\s+")
# a sentence that goes on with the same term's consequence ("Fees are reduced accordingly from the next invoice.")
_CONSEQUENCE = re.compile(r"\b(?:accordingly|thereupon|in that case|in which case)\b", re.I)
_SUMMARY_CHARS = 240


def read_non_standard(ctx: Context) -> list[tuple[str, Span]]:
    """Non-standard clauses, each as its summary and the span it is quoted from: the kind of term
    (`rules_vocab.NON_STANDARD`), then what the clause says, so a reviewer reads the term itself and can still
    filter on its kind ("termination right: Customer may terminate with effect from the end of Phase 1 ...").

    Each kind is reported once, at its first clause. A clause that is only a heading ("4.3 Non-appropriation.") is
    read with the sentences after it; a sentence that goes on with a term just reported (it touches the same kind,
    or draws its consequence: "accordingly") is part of that term, not another one."""
    found: list[tuple[str, list[Span]]] = []
    kinds: set[str] = set()
    clauses = ctx.seg.clauses
    last: tuple[int, set[str]] = (-2, set())  # the clause that ended the last term, and the kinds it touches
    for i, span in enumerate(clauses):
        screen = Screen(span.text)  # most clauses hold none of a kind's words: those kinds are not searched
        matches = [(kind, m) for kind, pattern in V.NON_STANDARD for m in [screen.search(pattern)] if m is not None]
        touched = {kind for kind, _ in matches}
        if found and last[0] == i - 1 and _adjacent(clauses[i - 1], span) and (
                touched & last[1] or (not touched and _CONSEQUENCE.search(span.text) and len(span.text) < 200)):
            found[-1][1].append(span)
            last = (i, last[1] | touched)
            continue
        hits = [(kind, m) for kind, m in matches if kind not in kinds
                and not (re.match(r"install?ment", m.group(0), re.I) and V.REGULAR_INSTALMENTS.search(span.text))]
        if touched & kinds:  # a term already reported, stated again: only the fixed kinds may add to it
            hits = [(kind, m) for kind, m in hits if kind not in V.NON_STANDARD_EXCLUSIVE]
        elif any(kind in V.NON_STANDARD_EXCLUSIVE for kind, _ in hits):
            hits = hits[:1]  # one term, however many kinds its words touch
        for kind, _ in hits:
            kinds.add(kind)
            found.append((kind, [span]))
            last = (i, touched)
        if hits and _heading(span.text) and i + 1 < len(clauses) and _adjacent(span, clauses[i + 1]):
            found[-1][1].append(clauses[i + 1])  # a heading: the sentence after it states the term
            last = (i + 1, touched | {kind for kind, pattern in V.NON_STANDARD
                                      if pattern.search(clauses[i + 1].text)})
    return [_summary(ctx, kind, spans) for kind, spans in found]


def _heading(text: str) -> bool:
    """A clause that only names a term ("4.3 Non-appropriation.", "Price Lock"): a few words without figures."""
    words = _ENUMERATOR.sub("", text)
    return len(words.split()) < 6 and not re.search(r"[\d%$€£]", words)


def _adjacent(a: Span, b: Span) -> bool:
    return a.page == b.page and 0 <= b.start - (a.start + len(a.text)) <= 3


def _summary(ctx: Context, kind: str, spans: list[Span]) -> tuple[str, Span]:
    """`kind: what the clauses say`, and the one span they are quoted from."""
    first = spans[0]
    page = ctx.seg.pages[first.page - 1]
    parts = [x.text for x in spans]
    if len(parts) > 1 and _heading(parts[0]):
        parts = parts[1:]  # a heading names the term; its sentences say it
    text = " ".join(parts)
    if len(text) > _SUMMARY_CHARS and len(spans) == 1:
        # a long unit (table rows the text layer ran together): the lines the kind's own words stand on
        m = next(p.search(first.text) for k, p in V.NON_STANDARD if k == kind)
        lines = page.lines_overlapping(first.start + m.start(), first.start + m.end()) if m else []
        if lines:
            text = page.text[max(first.start, lines[0].start):min(first.start + len(first.text), lines[-1].end)]
    text = _ENUMERATOR.sub("", " ".join(text.split()))
    end = spans[-1].start + len(spans[-1].text)
    return f"{kind}: {text}", Span(first.page, first.start, page.text[first.start:end], first.section)
