"""Fees for the embedded extractor: fee tables, inline fee lines and ramps.

Line items come from three shapes, read in this order so no fee is counted twice:
1. tables with a header row (markdown `| a | b |` rows, or PDF rows whose cells pypdf joins
   with spaces, read right to left by column type; wrapped cells are joined back to their row);
2. fee lines and enumerated fee clauses ("Seats (SKU SEAT): 25 x USD 240.00 per year",
   "(c) ... three (3) units at 125.00 USD per unit per month");
3. ramp context: a row under "Year 2 (1 March 2027 to 29 February 2028)", or with its own date
   range, gets those dates.
Every leaf is cited with the row or sentence it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from accrue.core.money import round_money
from accrue.core.terms import Citation, Method
from accrue.core.textnorm import (
    CURRENCY_CODES,
    NUMBER_PATTERN_COMPACT,
    Money,
    find_money,
    find_percents,
    iter_numbers,
    parse_number,
    unsettled_grouping,
)
from accrue.extraction import rules_vocab as V
from accrue.extraction.rules_fields import Context
from accrue.extraction.rules_segment import Line, Span, is_heading, md_cells

# ------------------------------------------------------------------------------------------ vocabulary

_COLUMNS: list[tuple[str, str]] = [
    ("unit_price", r"unit price|price per unit|list price(?: p\.a\.)?|charge per unit|unit fee|fee per unit|"
                   r"unit cost|price/unit|rate|unit price p\.a\.|price each|price|list|"
                   r"einzelpreis|preis|cena jedn\.?|cena"),  # German and Polish headers
    ("discount", r"reseller discount|discount %|discount|disc\.?|less|rabatt|rabat"),
    ("net", r"net amount|net p\.a\.|net price|net fee|annual fee|annual charge|extended price|ext\.? ?price|"
            r"ext\.? ?amount|extended|line total|"
            r"subtotal|total price|total|amount|net|monthly fee|annual amount|fee|charge|"
            r"gesamtpreis|gesamt|betrag|warto[sś][cć](?: roczna)?|monthly|quarterly|yearly"),
    ("quantity", r"qty\.?|quantity|units|seats|users|licen[cs]es|no\. of units|volume|menge|anzahl|ilo[sś][cć]"),
    ("sku", r"sku|product code|item code|part number|part no\.?|art\.? ?no\.?|article no\.?|article number|code"),
    ("period", r"billing period|billing frequency|period|frequency|billing|cycle|term|okres"),
    ("description", r"product(?: name)?|description|item|article|service|fee component|component|module|"
                    r"line item|offering|product / service|name|plan|leistung|bezeichnung|artikel|opis"),
    ("year", r"year|yr|phase|stage"),  # a ramp's step: its dates are read from the row itself
    ("pos", r"pos\.?|#|no\.?|line|lp\.?"),
]
_COLUMN_RE = [(kind, re.compile(rf"(?:{words})\b\.?", re.I)) for kind, words in _COLUMNS]
# A bracketed note in a header is short; the bound keeps a line of unclosed brackets linear.
_CURRENCY_TAG = re.compile(rf"\(?\b(?:{'|'.join(CURRENCY_CODES)})\b\)?|\(?[$€£]\)?|\([^)\n]{{0,120}}\)")
_NOT_ITEM = re.compile(
    r"\b(?:total|sub-?total|tcv|minimum|commit\w*|overage|tiers?|bands?|included|usage|interest|late|penalt\w*|"
    r"increase|uplift|escalat\w*|credit|refund|deposit|true-?up|vat|tax(?:es)?|install?ments?|threshold|"
    r"liabilit\w*|cap|suspend|under|reduced|valid until|budget|not renewed|discontinued|no longer)\b", re.I)
# Numbers are bounded (25 characters): a line of amounts parted by spaces must not be rescanned from every digit.
_TIER_CUE = re.compile(r"\d[\d,.' ]{0,24}\s*(?:-|to|–)\s*\d[\d,.']{0,24}(?!\s*%)|"
                       r"\b(?:above|up to|more than|over|beyond|"
                       r"in excess of|first|next|thereafter)\s+\d[\d,.']{0,24}(?![\d,.'])"
                       r"(?!\s+(?:users?|seats?|named|licen[cs]es?|employees?|members?|agents?))|"
                       r"\d[\d,.']{0,24}\s*(?:\+|and above|and over|or more)", re.I)
_SKU = r"(?=[A-Z0-9-]*[A-Z])(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{2,}[0-9]+[A-Z0-9]*|[A-Z]{3,})"
_SKU_KEY = r"(?i:sku|code|art\.?\s*no\.?|article no\.?|part no\.?|product code|item code)"
_SKU_PAREN = re.compile(rf"[(\[]\s*{_SKU_KEY}\s*[:#]?\s*(?P<skuk>[A-Z0-9][A-Z0-9._/-]*[A-Z0-9])\s*[)\]]|"
                        rf"[(\[]\s*(?P<sku>{_SKU})\s*[)\]]|"
                        rf"\b{_SKU_KEY}\s*[:#]?\s*(?P<sku2>(?=[A-Z0-9._/-]*\d|[A-Z]{{2}})[A-Z0-9][A-Z0-9._/-]*[A-Z0-9])")
_QTY_NOUNS = (r"seats?|users?|units?|licen[cs]es?|named users?|agents?|devices?|hosts?|nodes?|instances?|locations?|"
              r"sites?|employees?|members?|workspaces?|editors?|admins?|accounts?|stores?|vehicles?|beds?|"
              r"servers?|cores?|tb|gb")
# a count: digits, a number in words with its digits ("three (3)"), or a small number in words ("two ... licences")
_NUMQ = (r"(?:\b[a-z]+(?:-[a-z]+)?\s+\(\d[\d,]*\)|(?<![\d,.'])\d[\d,.']*|"
         r"\b(?-i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)")
_QTY_X = re.compile(rf"(?P<q>{_NUMQ})\s*(?:x|×|\*)\s*(?:[A-Za-z][\w-]*\s+){{0,3}}?@M(?P<m>\d+)@", re.I)
# the price may follow its amount in words: "150 Analyst Seats at eighty euros (EUR 80)"
_QTY_AT = re.compile(rf"(?P<q>{_NUMQ})\s+(?:[A-Za-z][\w-]*\s+){{0,4}}?(?:at|@|x|×)\s+(?:a (?:unit )?price of\s+)?"
                     rf"(?:(?-i:[a-z][a-z-]*)\s+){{0,5}}?\(?@M(?P<m>\d+)@", re.I)
_QTY_NOUN = re.compile(rf"(?<!up to )(?<!maximum of )(?<!at most )(?P<q>{_NUMQ})\s+(?:{_QTY_NOUNS})\b", re.I)
_NET_MARK = re.compile(r"(?:=|\bnet(?: amount)?\b:?|\bannual fee of\b|\bfee of\b|\btotalling\b|\bextended\b)\s*"
                       r"(?:[A-Za-z][\w-]*\s+){0,8}?\(?@M(?P<m>\d+)@", re.I)
_DISCOUNT = re.compile(r"(?P<p>\d+(?:[.,]\d+)?)\s?%\s*(?:[\w-]+\s+){0,3}?(?:discount|off)\b|discount(?:ed)?\s*"
                       r"(?:of|:)?\s*(?P<p2>\d+(?:[.,]\d+)?)\s?%", re.I)
_LEAD = re.compile(r"^(?:[\s•·▪◦*\-–>|]+|\(?[a-z]\)\s*|\([ivx]+\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[A-Z]\.\d+\s+|"
                   r"year\s+\d+\s*:?\s*|pos\.?\s*\d+\s*)+", re.I)
_CATEGORY = re.compile(r"^(?:subscription|add-?on|service|product|licen[cs]e|fee|item|module|plan|one-time|"
                       r"setup|implementation|onboarding|support|training|professional services)s?\s*:\s*(?=\S)", re.I)
# A product named in a sentence: capitalised words (a word start only, so a long word of capitals is tried once),
# perhaps with "of" or "&" inside, and the kind of thing it is after them ("licence", "module", "add-on").
_PROSE_NAME = re.compile(
    r"(?<![\w&'’.-])(?!(?:The|This|These|That|Our|Your|We|You|Each|All|If|In|On|For|Fees?|Customer|Provider|It|"
    r"Any|An?|As|At|By|Its|Prices?|Charges?)\b)[A-Z][\w&'’.-]{0,40}(?:\s(?:[A-Z0-9][\w&'’.-]{0,40}|&|of|and)){0,8}"
    r"(?:\s(?:licen[cs]es?|module|add-on|subscription|platform|seats?))?")
# A fee named by what it is for, in lower case, just before its price: "a one-time installation fee of".
_FEE_KIND = re.compile(r"\b(?:an?|the|our)\s+(?:(?:one-?time|one-?off|fixed|annual|monthly|quarterly|yearly)\s+)?"
                       r"(?!(?:annual|monthly|quarterly|yearly|one-?time|one-?off|fixed|total|additional|subscription|"
                       r"licen[cs]e|service|usage|late|overage|list|standard|base|flat)\s+(?:fee|charge)\b)"
                       r"(?P<name>(?-i:[a-z][a-z-]{2,30})(?:\s(?-i:[a-z][a-z-]{2,30})){0,2}?)\s+(?:fee|charge)\s+"
                       r"(?:of|is)\s*$", re.I)
# How many words may stand between such a name and its price ("is forty-two thousand pounds sterling (").
_NAME_REACH = 7
# A note under a table that says what period its prices are for, and how many lines below a row it is looked for.
_RATES_PER = re.compile(r"^(?:all\s+)?(?:unit\s+)?(?:rates|prices|fees|charges)\s+(?:for\s+[^.;]{0,40}?\s+)?"
                        r"(?:shown\s+|above\s+)?are\s+(?:stated\s+)?"
                        r"per\s+[^.;]{0,60}?\bper\s+(?:calendar\s+)?(?:year|annum|month|quarter)\b", re.I)
_NOTE_REACH = 8
_TIME_UNIT = re.compile(r"\b(?:years?|yrs?|months?|mos?|quarters?|weeks?|days?|hours?|hrs?)\b", re.I)
_QUOTED = re.compile(r"^(?:>\s?)+")
_CODE_CELL = r"(?=[A-Z0-9._/-]{0,40}[0-9-])(?=[A-Z0-9._/-]{0,40}[A-Z])[A-Z0-9][A-Z0-9._/-]{2,40}"
_YEAR_HEAD = re.compile(r"^(?:year|yr\.?|period)\s*(?P<n>\d+)\b", re.I)


@dataclass
class Draft:
    """One line item being read: values and the span each was read from."""

    values: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    unit_noun: str | None = None  # the description is only the quantity's noun ("250 named users at ...")
    method: Method = "table"  # how the item was found: a table row, a labelled fee, a fee line or clause
    own_cell: bool = False  # the description was read from its own table cell, with nothing of its neighbours'

    def set(self, name: str, value: Any, span: Span) -> None:
        if value is not None and name not in self.values:
            self.values[name] = value
            self.spans[name] = span


def span_of(lines: list[Line]) -> Span:
    return Span(lines[0].page, lines[0].start, " ".join(x.text for x in lines))


def period_in(text: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for pattern, period in V.PERIOD_WORDS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), period)
    return best


def mask_money(text: str, money: list[Money]) -> str:
    masked = text
    for i, m in reversed(list(enumerate(money))):
        masked = masked[:m.start] + f"@M{i}@" + masked[m.end:]
    return masked


def _qty(token: str) -> Decimal | None:
    nums = iter_numbers(token)
    return nums[-1].value if nums else None


def clean_description(text: str) -> str | None:
    text = _LEAD.sub("", text.replace("*", "").strip())
    text = _CATEGORY.sub("", text)
    text = re.sub(r"\s+[-–]\s+(?:annual(?:ly)?|yearly|monthly|quarterly|one-?time|one-?off)\s*$", "", text, flags=re.I)
    text = re.sub(r"\s*[(\[][^)\]]*$", "", text)  # an unclosed bracket left by the cut
    text = re.sub(r"\s*\((?:[^)]*\b(?:sku|one-?off|one-?time|code|article)\b[^)]*)\)", "", text, flags=re.I)
    text = text.strip(" ,;:-–|").strip()
    # a name opens in a capital or a figure, or is a brand in camel case ("eMAR", "iPad")
    camel = text[:1].islower() and text[1:2].isupper()
    if not re.search(r"[A-Za-z]{3}", text) or len(text) > 80 or not (text[0].isupper() or text[0].isdigit() or camel):
        return None
    # a clause about a party, not a product; a capitalised word after the party's name makes a name ("Customer Portal")
    if re.match(r"^(?:for|the|an?|at|of|per|covering|up to|if|when|unless|where|that|this|these|those|which|"
                r"(?:customer|provider)(?!\s+(?-i:[A-Z]))|during|you|we|our|your)\b", text, re.I):
        return None
    if re.search(r"\b(?:shall|will|may|must|have|has|are|is|pays?|agrees?)\b", text, re.I):
        return None  # a sentence, not a product name
    return text


# ------------------------------------------------------------------------------------------ inline fee lines

def parse_fee_text(text: str, span: Span, ctx: Context, *, require_period: bool = True,
                   period_hint: tuple[str, Span] | None = None,
                   default_description: tuple[str, Span] | None = None,
                   product: tuple[str, Span] | None = None) -> Draft | None:
    """One fee line or clause to a draft line item; None when it does not state a priced item.

    `product` is what a lead-in names the items under it for ("fees for the X as follows: (a) ..."): it
    describes an item that names only how many of what unit it is.

    Words like "total", "minimum" or "usage" before the price mean the line is something else; after
    the price they start another statement ("..., a total of £6,900"), which is cut off.
    """
    money = find_money(text, decimal_comma=ctx.decimal_comma)
    if not money:
        return None
    whole, whole_money = text, money  # before any cut: a discount and what it comes to may follow "reduced by"
    other = _NOT_ITEM.search(text)
    if other and other.start() < money[0].end:
        return None
    if other:
        cut = max(text.rfind(",", 0, other.start()), text.rfind(";", 0, other.start()),
                  text.rfind(" - ", 0, other.start()))
        if cut <= money[0].end:
            return None
        text = text[:cut]
        money = [m for m in money if m.end <= cut]
    period = period_in(text)
    if period is None and period_hint is None and require_period:
        return None
    draft = Draft()
    masked = mask_money(text, money)
    price_i: int | None = None
    qty: Decimal | None = None
    qty_noun: str | None = None
    qty_start = len(text)
    for pattern in (_QTY_X, _QTY_AT):
        m = pattern.search(masked)
        if m:
            qty, price_i = _qty(m.group("q")), int(m.group("m"))
            if m.start() < money[0].start:  # before the first amount, `masked` and `text` agree
                qty_start = m.start()
            noun = re.match(rf"{_NUMQ}\s+(?P<noun>(?:[A-Za-z][\w-]*\s+){{1,4}}?)(?:at|@|x|×)\s", m.group(0), re.I)
            qty_noun = noun.group("noun").strip() if noun else None
            break
    if qty is None and _TIER_CUE.search(_strip_dates(text, ctx)):
        return None
    if qty is None:
        m = _QTY_NOUN.search(masked)
        if m and not re.match(r"\s*(?:included|per)\b", masked[m.end():]):
            qty = _qty(m.group("q"))
            later = [int(x) for x in re.findall(r"@M(\d+)@", masked[m.end():])]
            price_i = later[0] if later else None
    net_m = _NET_MARK.search(masked)
    net_i = int(net_m.group("m")) if net_m else None
    if price_i is None:
        candidates = [i for i in range(len(money)) if i != net_i]
        price_i = candidates[0] if candidates else net_i
        if price_i == net_i:
            net_i = None
    if price_i is None:
        return None
    price = money[price_i].amount
    discount = None
    dm = _DISCOUNT.search(whole)
    if dm:
        discount = parse_number(dm.group("p") or dm.group("p2"), decimal_comma=ctx.decimal_comma)
    net: Decimal | None = None
    if net_i is None and (qty is not None or discount is not None) and len(whole_money) > 1:
        # what the count and the discount make of the price, stated later: "(A$2,220.00 per month)", "to A$2,400"
        expected = round_money((qty or 1) * price * (1 - (discount or 0) / Decimal(100)), money[price_i].currency)
        comes_to = [x.amount for x in whole_money if x.start > money[price_i].start and x.amount == expected]
        net = comes_to[0] if comes_to else None
    # the description comes before the SKU, the amount and the quantity ("900 student licences at ...")
    desc_end = min([m.start() for m in _SKU_PAREN.finditer(text)] + [money[0].start, qty_start] +
                   [text.find(" x ") if " x " in text else len(text)])
    head = text[:desc_end]
    qm = _QTY_NOUN.search(head) or re.search(rf"{_NUMQ}\s*(?:x|×|@|units at)\s*$", head, re.I)
    if qm:
        head = head[:qm.start()]
    if ":" in head:
        left, _, right = head.partition(":")
        head = right if clean_description(right) else left
    head = re.sub(r"\s+-\s*$|\s+-\s+.*$", "", head) if re.search(r"\s-\s", head) else head
    description = clean_description(head)
    if description is None and qty_noun and re.search(_QTY_NOUNS, qty_noun, re.I):
        description = qty_noun[0].upper() + qty_noun[1:]  # "250 named users at ..." names what is sold
        draft.unit_noun = qty_noun.lower()
    if description is None and product is not None:
        draft.set("description", product[0], product[1])
    elif description is None and default_description is not None:
        draft.set("description", default_description[0], default_description[1])
    elif description is None:
        description = _prose_name(head)
        if description is None:
            return None
    draft.set("description", description, span)
    sku = _SKU_PAREN.search(text)
    if sku:
        draft.set("sku", sku.group("skuk") or sku.group("sku") or sku.group("sku2"), span)
    if qty is not None:
        draft.set("quantity", qty, span)
    draft.set("unit_price", price, span)
    if period is not None:
        draft.set("price_period", period[1], span)
    elif period_hint is not None:
        draft.set("price_period", period_hint[0], period_hint[1])
    if discount is not None:
        draft.set("discount_percent", discount, span)
    if net_i is not None and net_i != price_i:
        draft.set("net_amount", money[net_i].amount, span)
    elif net is not None:
        draft.set("net_amount", net, span)
    dates = ctx.dates(text)
    if len(dates) >= 2:
        draft.set("start_date", dates[0].value, span)
        draft.set("end_date", dates[1].value, span)
    return draft


def _prose_name(head: str) -> str | None:
    """The product a fee sentence names just before its price: the last run of capitalised words, with the kind of
    thing it is after it ("You are subscribing to an Enterprise Platform licence of", "The fee for the Practice
    Platform is forty-two thousand pounds sterling ("), a few words at most before the price; failing that, what a
    fee named in lower case is for ("a one-time installation fee of")."""
    found = None
    for m in _PROSE_NAME.finditer(head):
        found = m
    named = _capitalised_name(head, found) if found else None
    if named is not None:
        return named
    kind = _FEE_KIND.search(head)
    if kind and not _NOT_ITEM.search(kind.group("name")):
        # "a one-time installation fee of", "a one-off content migration fee of": the fee is for what it names
        return kind.group("name")[0].upper() + kind.group("name")[1:]
    return None


def _capitalised_name(head: str, found: re.Match[str]) -> str | None:
    """The capitalised name `found` in a fee sentence's head, when it stands close before the price."""
    # a bracketed note after the name says what it covers: "(for up to 800 members) has a list fee of"
    tail = re.sub(r"^\s*\([^()]{0,80}\)", "", head[found.end():])
    if len(tail.split()) > _NAME_REACH:
        return None
    # the name is what the price is for: "licence of", "Platform is", "Engine at"; not "..., at" after a clause
    if not re.match(r"\s*(?:of|for|is|at|has|lists|costs?|priced|:|-|–|\()", tail or ":", re.I):
        return None
    if re.search(r"\b(?:discount\w*|reduc\w*|waive\w*|credit\w*|included|refund\w*)\b", tail, re.I):
        return None  # "The Scale Plan is discounted by £145.00 per month": a change to a price, not one
    return clean_description(found.group(0))


def _strip_dates(text: str, ctx: Context) -> str:
    masked, _ = ctx.mask_dates(text)
    return re.sub(r"@D\d+@", "DATE", masked)


# ------------------------------------------------------------------------------------------ tables with headers

@dataclass
class Header:
    columns: list[str]
    lines: list[Line]
    markdown: bool
    currency: str | None
    period_hint: str | None

    @property
    def span(self) -> Span:
        return span_of(self.lines)


def header_columns(text: str) -> list[str] | None:
    """'Product SKU Qty Unit Price Period Net Amount' -> column kinds; None if the line is not a header."""
    rest = _CURRENCY_TAG.sub(" ", text.replace("|", " "))
    # what a price is per ("p.a.", "/yr", "Rate/seat/yr") qualifies its column, it names no other
    rest = re.sub(r"\bp\.\s?a\.?|\bper (?:year|annum|month|quarter)\b|/\s?(?:year|month|yr|mo)\b|"
                  r"/\s?(?:seat|user|unit|licen[cs]e|device|site)s?\b", " ", rest, flags=re.I).strip()
    columns: list[str] = []
    while rest:
        for kind, pattern in _COLUMN_RE:
            m = pattern.match(rest)
            if m:
                columns.append(kind)
                rest = rest[m.end():].lstrip(" /:")
                break
        else:
            return None
    return columns


def is_header(columns: list[str] | None) -> bool:
    """Do these column kinds make a fee table's header: a description and a price or amount, three kinds at least?"""
    if not columns:
        return False
    return len(set(columns)) >= 3 and "description" in columns and ("unit_price" in columns or "net" in columns)


def header_hints(text: str) -> tuple[str | None, str | None]:
    """The currency and the price period a header names for its whole table ("Unit Price (EUR) p.a.")."""
    currency = None
    m = re.search(r"\b([A-Z]{3})\b|([$€£])", text)
    if m:
        currency = m.group(1) if m.group(1) and m.group(1) != "SKU" else {"$": "USD", "€": "EUR", "£": "GBP"}.get(
            m.group(2) or "")
    period = period_in(text)
    return currency, period[1] if period else None


def read_tables(ctx: Context, consumed: set[tuple[int, int]],
                skip: frozenset[tuple[int, int]] = frozenset()) -> list[Draft]:
    """Line items from fee tables that have a header row; marks the lines they used as consumed. The lines in
    `skip` (a table already read by its cells' positions) end a table and are not read."""
    drafts: list[Draft] = []
    for page in ctx.seg.pages:
        lines = page.lines
        i = 0
        header: Header | None = None
        pending: list[Line] = []
        while i < len(lines):
            line = lines[i]
            if (line.page, line.index) in skip:
                header, pending = None, []
                i += 1
                continue
            body = _QUOTED.sub("", line.text)  # a table quoted in an e-mail reply ("> | Product | Seats |")
            if body.startswith("|") and "|" in body[1:]:
                cells = [c.strip("* ") for c in md_cells(body)]
                cell_columns = [header_columns(c) for c in cells]
                kinds = [c[0] if c and len(c) == 1 else ("description" if c and "description" in c else "")
                         for c in cell_columns]
                # a header may leave a column or two unnamed ("Dates"); those cells are read by what they hold
                if 3 * sum(1 for k in kinds if k) >= 2 * len(kinds) and is_header([k for k in kinds if k]):
                    currency, hint = header_hints(line.text)
                    header = Header(kinds, [line], True, currency, hint)
                    consumed.add((line.page, line.index))
                elif header is not None and header.markdown and not re.match(r"^\|[\s:|-]+\|$", body):
                    draft = _markdown_row(ctx, header, cells, line)
                    if draft:
                        drafts.append(draft)
                        consumed.add((line.page, line.index))
                i += 1
                continue
            if header is not None and header.markdown:
                header = None
            cols = header_columns(line.text)
            if cols is not None and len(cols) >= 2 and i + 1 < len(lines):
                merged = [line]
                j = i + 1
                while j < len(lines) and j < i + 5:
                    more = header_columns(lines[j].text)
                    if more is None or not lines[j].text.strip():
                        break
                    cols += more
                    merged.append(lines[j])
                    j += 1
                if is_header(cols):
                    currency, hint = header_hints(" ".join(x.text for x in merged))
                    header = Header(cols, merged, False, currency, hint)
                    for x in merged:
                        consumed.add((x.page, x.index))
                    pending = []
                    i = j
                    continue
            if header is not None and not header.markdown:
                if is_heading(line.text) and not re.search(r"\d", line.text) and not pending:
                    header = None
                    i += 1
                    continue
                draft = _pdf_row(ctx, header, pending + [line])
                if draft is None and pending:
                    draft = _pdf_row(ctx, header, [line])
                    if draft is not None and not draft.values.get("description"):
                        draft = None
                if draft is not None:
                    drafts.append(draft)
                    for x in pending + [line]:
                        consumed.add((x.page, x.index))
                    pending = []
                elif find_money(line.text) or re.search(r"\d[.,]\d{2}\b", line.text):
                    header = None
                    pending = []
                else:
                    pending.append(line)
                    if len(pending) > 8:
                        header = None
                        pending = []
            i += 1
    return drafts


def typed_cell(kind: str, cell: str, ctx: Context, header: Header) -> Any:
    """A cell's value read as its column's kind: an amount, a count, a percentage, a period, a code, or text;
    None when the cell does not hold that kind."""
    cell = cell.strip()
    if kind in ("unit_price", "net"):
        money = find_money(cell, decimal_comma=ctx.decimal_comma)
        if money:
            return money[0].amount
        if re.fullmatch(r"[\d.,' ]+", cell) and (header.currency or ctx.decimal_comma is not None or "," in cell
                                                 or "." in cell):
            return parse_number(cell, decimal_comma=ctx.decimal_comma)
        return None
    if kind == "quantity":
        # a count, or a count and what it counts ("1,200 users", "6 facilities"); not a length of time ("12 months")
        m = re.fullmatch(r"(\d[\d,.']*)(?:\s+(?P<noun>[A-Za-z][A-Za-z-]{0,30}(?:\s[A-Za-z][A-Za-z-]{0,30}){0,2}))?"
                         r"(?:\s*\([^()]{1,30}\))?", cell)
        if m is None or m.group("noun") and _TIME_UNIT.search(m.group("noun")):
            return None
        return parse_number(m.group(1))
    if kind == "discount":
        p = find_percents(cell, decimal_comma=ctx.decimal_comma)
        return p[0].value if p else None
    if kind == "period":
        if _YEAR_HEAD.match(cell):
            return None  # "Year 1" under "Period" is a ramp's step, not how often the price recurs
        found = period_in(cell)
        return found[1] if found else None
    if kind == "sku":
        return cell if re.fullmatch(_SKU, cell) else None
    return cell


def finish_row(draft: Draft, ctx: Context, header: Header, row_span: Span,
               noted: tuple[str, Span] | None = None) -> Draft | None:
    """A table row's draft made a line item (price from a lone amount, code and one-time period from the
    description, the header's period), or None when it is not one (no price, no description, a total)."""
    v = draft.values
    if "unit_price" not in v:
        if "net" in v and v.get("quantity", Decimal(1)) == 1:
            draft.set("unit_price", v["net"], draft.spans["net"])
        else:
            return None
    desc = v.get("description")
    if not isinstance(desc, str):
        return None
    sku = _SKU_PAREN.search(desc)
    if sku and "sku" not in v:
        draft.set("sku", sku.group("skuk") or sku.group("sku") or sku.group("sku2"), draft.spans["description"])
    period = period_in(desc)
    if period and "price_period" not in v and period[1] == "one_time":
        draft.set("price_period", "one_time", draft.spans["description"])
    if "description" in draft.values:
        clean = clean_description(_SKU_PAREN.sub("", desc) if sku else desc)
        if clean is None or _NOT_ITEM.search(clean):
            return None
        draft.values["description"] = clean
    if "price_period" not in v and header.period_hint and header.span.page == row_span.page:
        # the period is in the header ("List price p.a."): cite header through row, one run of page text
        draft.set("price_period", header.period_hint, Span(row_span.page, header.span.start,
                                                           _between(ctx, header.span, row_span)))
    if "price_period" not in v and noted is not None:
        draft.set("price_period", *noted)  # a note under the table: "Unit prices ... are per roaster per year."
    if "price_period" not in v:
        return None
    for raw, name in (("net", "net_amount"), ("discount", "discount_percent")):
        if raw in v:
            draft.values[name] = v.pop(raw)
            draft.spans[name] = draft.spans.pop(raw)
    return draft


def rates_note(ctx: Context, line: Line) -> tuple[str, Span] | None:
    """The period a note under a table states for its prices ("Rates are per user (or per vault) per year.", "Unit
    prices for subscription lines are per roaster ... per year."), looked for a few lines below the row."""
    for note in ctx.seg.pages[line.page - 1].lines[line.index + 1:line.index + 1 + _NOTE_REACH]:
        stated = _RATES_PER.match(note.text)
        found = period_in(stated.group(0)) if stated else None
        if found:
            return found[1], Span(note.page, note.start, note.text)
    return None


def _between(ctx: Context, first: Span, last: Span) -> str:
    """The page text from the start of `first` to the end of `last` (same page)."""
    page = ctx.seg.pages[first.page - 1].text
    return page[first.start:last.start + len(last.text)]


def _markdown_row(ctx: Context, header: Header, cells: list[str], line: Line) -> Draft | None:
    if len(cells) != len(header.columns):
        return None
    span = Span(line.page, line.start, line.text)
    draft = Draft()
    for kind, cell in zip(header.columns, cells, strict=True):
        if kind in ("pos", "year", "") or not cell:
            continue  # an unnamed column's dates are the row's, read from the whole line below
        if kind == "description" and header.columns.count("description") > 1 and re.fullmatch(_CODE_CELL, cell):
            kind = "sku"  # of two description columns ("Article", "Description"), the one holding a code
        value = typed_cell(kind, cell, ctx, header)
        if kind == "discount" and value is None and re.search(r"\d", cell) is None:
            continue
        draft.set(kind, value, span)
    dates = ctx.dates(line.text)
    if len(dates) >= 2:
        draft.set("start_date", dates[0].value, span)
        draft.set("end_date", dates[1].value, span)
    return _finish_md(draft, ctx, header, span, line)


def _finish_md(draft: Draft, ctx: Context, header: Header, span: Span, line: Line | None = None) -> Draft | None:
    if "period" in draft.values:
        draft.values["price_period"] = draft.values.pop("period")
        draft.spans["price_period"] = draft.spans.pop("period")
    noted = rates_note(ctx, line) if line is not None and not header.period_hint else None
    return finish_row(draft, ctx, header, span, noted)


_CODES = "|".join(CURRENCY_CODES)
_MONEY_AT_END = re.compile(rf"(?P<v>(?:(?:{_CODES})\s?|(?:[A-Z]{{1,2}})?[$€£]\s?)?{NUMBER_PATTERN_COMPACT}"
                           rf"(?:\s?(?:{_CODES}|€|£))?)\s*$")
_PRICE_PER_AT_END = re.compile(
    rf"(?P<v>(?:(?:{_CODES})\s?|(?:[A-Z]{{1,2}})?[$€£]\s?)?{NUMBER_PATTERN_COMPACT}(?:\s?(?:{_CODES}|€|£))?)"
    r"(?P<per>\s?/\s?(?:yr|year|mo|month|qtr|quarter|annum)|\s+(?:per|a)\s+(?:year|annum|month|quarter)|\s+p\.a\.)?"
    r"\s*$", re.I)
_RIGHT = {
    "net": _MONEY_AT_END,
    "unit_price": _PRICE_PER_AT_END,
    "discount": re.compile(r"(?P<v>\d+(?:[.,]\d+)?\s?%|[-–—]|n/a|none|0)\s*$", re.I),
    "period": re.compile(r"(?P<v>per (?:year|annum|month|quarter)|annual(?:ly)?|yearly|monthly|quarterly|"
                         r"one[- ]?time|one-off|p\.a\.|/(?:year|month|quarter)|semi-annual)\s*$", re.I),
    "quantity": re.compile(r"(?<![\w.,])(?P<v>\d[\d,.']*)\s*$"),
    "sku": re.compile(rf"(?<![\w-])(?P<v>{_SKU})\s*$"),
}


def _pdf_row(ctx: Context, header: Header, lines: list[Line]) -> Draft | None:
    """A PDF table row (cells joined by spaces), read right to left by the header's column kinds."""
    if len({x.page for x in lines}) > 1:
        return None
    text = " ".join(x.text for x in lines)
    span = span_of(lines)
    if _TIER_CUE.search(_strip_dates(text, ctx)) and not ctx.dates(text):
        return None
    rest = text
    draft = Draft()
    kinds = [k for k in header.columns if k not in ("description", "pos", "year")]
    if not kinds or header.columns[-1] in ("description",):
        return None
    tail_kinds = header.columns[header.columns.index("description") + 1:]
    for kind in reversed(tail_kinds):
        if kind in ("pos", "year"):
            continue
        pattern = _RIGHT.get(kind)
        if pattern is None:
            continue
        m = pattern.search(rest)
        if not m:
            if kind in ("net", "unit_price"):
                return None
            continue
        value = typed_cell(kind, m.group("v"), ctx, header) if kind != "discount" else (
            find_percents(m.group("v"))[0].value if "%" in m.group("v") else None)
        rest = rest[:m.start()].rstrip()
        if kind == "period":
            kind = "price_period"
        draft.set(kind, value, span)
        if kind == "unit_price" and m.groupdict().get("per"):
            word = re.sub(r"[^a-z]", "", m.group("per").lower().replace("per", "").replace(" a ", ""))
            per = {"yr": "year", "year": "year", "annum": "year", "pa": "year", "mo": "month", "month": "month",
                   "qtr": "quarter", "quarter": "quarter"}.get(word)
            if per:
                draft.set("price_period", per, span)
    if "unit_price" not in draft.values and "net" not in draft.values:
        return None
    dates = ctx.dates(rest)
    if len(dates) >= 2:
        draft.set("start_date", dates[0].value, span)
        draft.set("end_date", dates[1].value, span)
        rest = rest[:dates[0].start] + rest[dates[1].end:]
    rest = _YEAR_HEAD.sub("", rest.strip())
    rest = re.sub(r"^\s*(?:-|to|through)\s*", "", rest).strip()
    if "pos" in header.columns[:1]:
        rest = re.sub(r"^\d+\s+", "", rest)
    if not rest:
        return None
    draft.set("description", rest, span)
    return finish_row(draft, ctx, header, span)


# ------------------------------------------------------------------------------------------ labelled fees

def read_fee_pairs(ctx: Context, consumed: set[tuple[int, int]]) -> list[Draft]:
    """'Cloud Service Fees: £1,250 per month': a fee named by its label, described by the 'Cloud Service' label."""
    product = next((p for p in ctx.seg.pairs if p.topic == "product" and p.strong and not p.stacked), None)
    default = None
    if product is not None:
        name = clean_description(product.value)
        default = (name, product.quote) if name else None
    drafts: list[Draft] = []
    for pair in ctx.seg.pairs:
        if pair.topic != "fees" or not pair.strong or pair.stacked:
            continue
        draft = parse_fee_text(pair.value, pair.quote, ctx, default_description=default)
        if draft is None:
            continue
        drafts.append(draft)
        page = ctx.seg.pages[pair.quote.page - 1]
        end = pair.quote.start + len(pair.quote.text)
        consumed.update((x.page, x.index) for x in page.lines_overlapping(pair.quote.start, end))
    return drafts


# ------------------------------------------------------------------------------------------ fee lines in text

_ENUM_SPLIT = re.compile(r";\s*(?:and\s+)?(?=\(?[a-z0-9ivx]{1,3}\)\s)|(?<=[:;,])\s+(?=\([a-z0-9ivx]{1,3}\)\s)|"
                         r";\s+(?=[A-Z])")


def read_fee_lines(ctx: Context, consumed: set[tuple[int, int]]) -> list[Draft]:
    """Line items from fee lines and fee clauses outside tables, with ramp-year dates when under a year heading."""
    drafts: list[Draft] = []
    year_dates: dict[int, tuple[Any, Any, Span]] = {}
    lead: tuple[str, Span] | None = None  # the product a lead-in names for the enumerated items below it
    led: dict[int, tuple[tuple[str, Span], list[Draft]]] = {}
    for span in ctx.seg.clauses:
        page = ctx.seg.pages[span.page - 1]
        lines = page.lines_overlapping(span.start, span.start + len(span.text))
        taken = [(x.page, x.index) in consumed for x in lines]
        if all(taken):
            continue
        if any(taken):
            # a clause that runs on from a table row: keep what follows the last row the tables read
            last = max(i for i, t in enumerate(taken) if t)
            if last + 1 >= len(lines):
                continue
            cut = lines[last + 1].start - span.start
            span = Span(span.page, span.start + cut, span.text[cut:], span.section)
        text = span.text
        head = _YEAR_HEAD.match(text)
        dates = ctx.dates(text)
        if head and len(dates) >= 2 and not find_money(text):
            year_dates[span.page] = (dates[0].value, dates[1].value, span)
            continue
        offset = 0
        parts: list[tuple[int, str]] = []
        for part in _ENUM_SPLIT.split(text):
            start = text.find(part, offset)
            offset = start + len(part)
            parts.extend((start + s, p) for s, p in _split_items(part, ctx))
        if lead is not None and not (_ENUMERATOR.match(text) and span.page == lead[1].page):
            lead = None
        for start, part in parts:
            sub = Span(span.page, span.start + start, part)
            draft = parse_fee_text(part, sub, ctx, product=lead)
            if draft is None:
                if not _ENUMERATOR.match(part):
                    lead = _lead_in_product(part, sub)
                continue
            if lead is not None:
                led.setdefault(id(lead), (lead, []))[1].append(draft)
            if "start_date" not in draft.values and span.page in year_dates and _under_year(ctx, span, year_dates) \
                    and draft.values.get("price_period") != "one_time":
                start_d, end_d, ys = year_dates[span.page]
                draft.set("start_date", start_d, ys)
                draft.set("end_date", end_d, ys)
            drafts.append(draft)
    for (product, where), items in led.values():
        _describe_by_lead_in(product, where, items)
    return drafts


_JOINED = re.compile(r",?\s+(?:together with|as well as|along with|plus)\s+|;\s+(?:and\s+)?|,\s+and\s+(?=[A-Z])",
                     re.I)
_ENUMERATOR = re.compile(r"^\s*(?:\(?[a-z0-9]{1,2}\)|\([ivx]{1,4}\)|[a-z0-9]{1,2}\.)\s", re.I)
_LEAD_IN = re.compile(r":\s*$|\bas follows\b|\bthe following\b|\bbelow\b", re.I)
_LEAD_PRODUCT = re.compile(
    r"\b(?:fees?|charges?|prices?|pricing|rates?|subscriptions?)\s+(?:payable\s+|due\s+)?(?:for|of|to)\s+"
    r"(?:the\s+|its\s+|each\s+)?(?P<product>[A-Z][^,;:()\"“”]{2,80}?)(?=\s+(?:in accordance|as follows|according|"
    r"pursuant|under|set out|listed|shown|shall|will|are|is|at|during|from|over|for the|on the|by)\b|\s*[,;:(]|\s*$)")
_NOT_PRODUCT = re.compile(r"\b(?:term|period|years?|months?|agreement|order(?: form)?|schedule|renewal|customer|"
                          r"licensee|licensor|provider|vendor|supplier|client|parties|party)$", re.I)


def _lead_in_product(text: str, span: Span) -> tuple[str, Span] | None:
    """'Licensee shall pay subscription fees for the Core Banking Analytics module as follows:' -> the product.

    A sentence that introduces enumerated fee items names what they are fees for; the items then
    often say only how many of what unit ("(a) ... 250 named users at US$480.00 per named user").
    """
    if not _LEAD_IN.search(text):
        return None
    m = _LEAD_PRODUCT.search(text)
    if m is None:
        return None
    product = clean_description(m.group("product"))
    if product is None or _NOT_PRODUCT.search(product) or _NOT_ITEM.search(product):
        return None
    return product, span


def _describe_by_lead_in(product: str, where: Span, items: list[Draft]) -> None:
    """Items under a lead-in that are named only by their quantity's unit take the lead-in's product.

    When the items' units differ ("1,200 pupil licences ... and 60 staff licences ..."), the units are
    what tells them apart, so they keep them.
    """
    nouns = {d.unit_noun for d in items if d.unit_noun}
    if len(nouns) != 1:
        return
    for draft in items:
        if draft.unit_noun:
            draft.values["description"] = product
            draft.spans["description"] = where
            draft.unit_noun = None


def _split_items(text: str, ctx: Context) -> list[tuple[int, str]]:
    """'1,200 pupil licences at £4.50 per year and 60 staff licences at £25.00 per year': one part per item."""
    money = find_money(text, decimal_comma=ctx.decimal_comma)
    if len(money) < 2:
        return [(0, text)]
    masked = mask_money(text, money)
    starts = [m.start() for m in _QTY_AT.finditer(masked)]
    if len(starts) < 2:
        return _split_joined(text, money)
    # positions in `masked` map back to `text` through the money tokens before them
    def unmask(pos: int) -> int:
        shift = 0
        for i, m in enumerate(money):
            token = len(f"@M{i}@")
            if masked.find(f"@M{i}@") < pos:
                shift += (m.end - m.start) - token
        return pos + shift

    cuts = [0] + [unmask(s) for s in starts[1:]] + [len(text)]
    return [(cuts[i], text[cuts[i]:cuts[i + 1]].rstrip(" ,;and")) for i in range(len(cuts) - 1)]


def _split_joined(text: str, money: list[Money]) -> list[tuple[int, str]]:
    """'... licence of AUD 36,000 per year, together with 120 Care Staff user licences at A$18.50 ...': one part per
    priced item, where a joining phrase parts two stretches that each state an amount."""
    cuts = [0]
    for m in _JOINED.finditer(text):
        if any(cuts[-1] <= x.start < m.start() for x in money) and any(x.start >= m.end() for x in money):
            cuts.append(m.end())
    if len(cuts) == 1:
        return [(0, text)]
    cuts.append(len(text))
    return [(cuts[i], text[cuts[i]:cuts[i + 1]]) for i in range(len(cuts) - 1)]


def _under_year(ctx: Context, span: Span, year_dates: dict[int, tuple[Any, Any, Span]]) -> bool:
    ys = year_dates[span.page][2]
    return ys.start < span.start and span.start - (ys.start + len(ys.text)) < 200


_AMOUNT_LEAF = re.compile(r"^(?:line_items\[(?P<item>\d+)\]\.(?P<leaf>unit_price|net_amount)|total_contract_value)$")


def unsettled_amounts(values: dict[str, Any], cites: dict[str, Citation], decimal_comma: bool | None) -> list[str]:
    """`inconsistent:` warnings for a fee or total written "2.500" in a document that does not say whether its dots
    mark decimals or thousands: the value is 2.5 or 2,500, so the run holds for a person to say which, rather than
    going on with either."""
    out: list[str] = []
    for path, cite in cites.items():
        m = _AMOUNT_LEAF.match(path)
        if m is None:
            continue
        item = m.group("item")
        value = values["line_items"][int(item)].get(m.group("leaf")) if item is not None else values.get(path)
        unsettled = next((x for x in find_money(cite.quote, decimal_comma=decimal_comma)
                          if x.amount == value and unsettled_grouping(x, decimal_comma)), None)
        if unsettled is not None:
            out.append(f'inconsistent:{path}: "{unsettled.text.strip()}" on page {cite.page} reads as '
                       f"{unsettled.amount.normalize()} or as {int(unsettled.amount * 1000):,}, and no other amount "
                       "in the document says whether its dots mark decimals or thousands; correct it to the amount "
                       "the contract means")
    return out


def line_items_json(drafts: list[Draft], cites: dict[str, Citation]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for draft in drafts:
        v = draft.values
        i = len(out)
        item = {k: v.get(k) for k in ("description", "sku", "quantity", "unit_price", "price_period",
                                      "discount_percent", "net_amount", "start_date", "end_date")}
        if item["quantity"] is None:
            item["quantity"] = Decimal(1)
        if item["price_period"] is None:
            continue
        if item["start_date"] and item["end_date"] and item["end_date"] < item["start_date"]:
            item["start_date"] = item["end_date"] = None
        out.append(item)
        for name, span in draft.spans.items():
            if name in item and item[name] is not None:
                cites[f"line_items[{i}].{name}"] = Citation(page=span.page, quote=span.text, method=draft.method)
    return out

