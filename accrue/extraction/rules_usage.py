"""Usage rules for the embedded extractor: usage sections and their tiers, allowance, pricing model and billing.

A rule comes from a usage table read by its cells, a usage section or a run of tier rows ("5,001 - 25,000
$0.0015 per call", several bands in one sentence), or an allowance and the price beyond it in prose, with the
included allowance, pricing model and usage billing found in the row or the sentences nearby. It lives apart from
the fee tables (`rules_tables`) because usage is read by its own vocabulary and shapes; every leaf is cited with
the row or sentence it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from accrue.core.terms import Citation
from accrue.core.textnorm import Money, find_money, iter_numbers, parse_number
from accrue.extraction.rules_fields import Context, extend_span, parse_frequency, parse_timing
from accrue.extraction.rules_segment import Line, Page, Span, is_heading
from accrue.extraction.rules_tables import mask_money, period_in, span_of

_USAGE_SECTION = re.compile(r"^\W*(?:[\dA-Z]{1,3}[.)]?\s+)?(?:usage|overage|consumption|metered|variable)|"
                            r"(?:usage|overage|consumption)[- ](?:based )?(?:pricing|fees|charges|rates)", re.I)
_RANGE = re.compile(
    r"(?P<lo>\d[\d,.' ]*?)\s*(?:-|–|to)\s*(?P<hi>\d[\d,.']*)(?!\s*%)|"
    r"\b(?:up to|first|below|under|not more than|0\s*-)\s*(?P<upto>\d[\d,.']*)|"
    r"(?:above|more than|over|beyond|in excess of|greater than)\s*(?P<above>\d[\d,.']*)|"
    r"(?P<plus>\d[\d,.']*)\s*(?:[A-Za-z-]+\s+){0,2}?(?:\+|and above|and over|or more)|"
    r"(?P<all>all units|thereafter|any additional|(?:all|every) further|the rest\b)", re.I)
# The unit a price is per: "per call", "$1.20 MXN per stamp", and a noun qualified by what it counts ("per compute
# hour"; not "per named user", whose unit is the user)
_PER_UNIT = re.compile(r"@M\d+@\s*(?-i:[A-Z]{3}\s+)?(?:per|/|each|a)\s+(?P<unit>(?:\d[\d,.]*\s+)?[A-Za-z][\w-]*)"
                       r"(?:\s+(?P<noun>(?:hour|minute|second|call|request|message|event|page|record|transaction)s?)\b)?",
                       re.I)
# The noun a band counts when its price says no "per": "1 to 1,000,000 requests at C$0.0040"
_COUNTED_AT = re.compile(r"\d\s+(?:billable\s+)?(?P<noun>[a-z][a-z-]{2,20})\s+(?:at|@)\s+@M\d+@")
_QUALIFIERS = {"billable", "additional", "extra", "further", "excess", "overage", "each", "every"}
_NOT_PER = {"year", "annum", "month", "quarter", "unit", "and", "or", "the", "in", "for", "on"}
_NOT_A_UNIT = {"year", "years", "month", "months", "quarter", "quarters", "units", "and", "above", "more", "over"}
# "Usage Fees - Processed Data Volume", "Rate card C - OTP messages (volume, per calendar month)": the metric, and
# the pricing model when the bracket names it
_METRIC_HEAD = re.compile(r"(?:usage|overage|consumption|metered|variable|rate card)[^-:\n]{0,40}(?:\s[-–]|:)\s*"
                          r"(?P<metric>[A-Za-z][\w ,/-]{2,60}?)\s*(?:\((?P<note>[^()\n]{0,80})\))?$", re.I)
_EXAMPLE = re.compile(r"^\W*(?:example|e\.g\.|for example|illustration)\b", re.I)
_INCLUDED = re.compile(r"includ\w*", re.I)
_TIER_HEADER = re.compile(r"\b(?:tiers?|bands?)\b|\b(?:price|rate|charge|fee)s?\s+per\s+(?!year|annum|month|quarter)\w",
                          re.I)
_METRIC_LABEL = re.compile(r"^\W*(?:usage\s+|billable\s+|billing\s+)?(?:metric|meter|measured by|unit of measure)"
                           r"\s*:\s*(?P<metric>[A-Za-z][\w ,/-]{2,60})$", re.I)


@dataclass
class UsageDraft:
    values: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    tiers: list[tuple[Decimal | None, Decimal, Span]] = field(default_factory=list)
    anchor: Span | None = None
    section: str = ""
    table_headers: set[str] = field(default_factory=set)  # its tier table's header rows, read as headings
    # the words before a tier row's first band ("Model scoring requests: 1 to ..."): the metric when nothing
    # states it more plainly (a heading, a label, an allowance sentence)
    row_metric: tuple[str, Span] | None = None
    allowance_read: bool = False  # a usage table's row states its allowance, "None" included: look no further

    def set(self, name: str, value: Any, span: Span) -> None:
        if value is not None and name not in self.values:
            self.values[name] = value
            self.spans[name] = span

    def owns(self, section: str) -> bool:
        return section == self.section or section in self.table_headers


def read_usage(ctx: Context, consumed: set[tuple[int, int]]) -> list[UsageDraft]:
    """Usage rules: a rule per usage section or per run of tier rows, with allowance, model and billing nearby."""
    cards: dict[str, UsageDraft] = {}  # table rows that price by a rate card below ("Graduated - rate card B")
    rules: list[UsageDraft] = [rule for page in ctx.seg.pages for rule in _cell_tables(ctx, page, consumed, cards)]
    current: UsageDraft | None = None
    for page in ctx.seg.pages:
        for line in page.lines:
            if (line.page, line.index) in consumed:
                continue  # the rest of a tier statement begun on a line above
            text = line.text
            span = Span(line.page, line.start, text)
            heading = ctx.seg.headings.get((line.page, line.index))
            section = ctx.seg.section_of(line)
            in_usage = bool(_USAGE_SECTION.search(section)) or (
                current is not None and section in current.table_headers)
            if heading is not None:
                if _USAGE_SECTION.search(heading):
                    current = UsageDraft(anchor=span, section=heading)
                    rules.append(current)
                    _metric_heading(current, heading, span)
                elif current is not None and not current.tiers and _TIER_HEADER.search(heading):
                    current.table_headers.add(heading)  # "Band  Calls per month  Price per call" heads its tiers
                else:
                    current = None if not in_usage else current
                continue
            money = find_money(text, decimal_comma=ctx.decimal_comma)
            tier = _tier_row(ctx, text, money) if money and not _EXAMPLE.match(text) else None
            prev_text = page.lines[line.index - 1].text if line.index else ""
            if tier is None and money and (money[0].start < 3 or _BAND_OPEN.search(prev_text) or current is not None
                                           and current.tiers and current.tiers[-1][0] is not None):
                # a table cell that wrapped: the band is on the lines above the price
                joined = _wrapped_row(ctx, page.lines, line, consumed)
                if joined is not None:
                    jtext, jspan = joined
                    jmoney = find_money(jtext, decimal_comma=ctx.decimal_comma)
                    tier = _tier_row(ctx, jtext, jmoney) if jmoney else None
                    if tier is not None and not _EXAMPLE.match(jtext):
                        text, span, money = jtext, jspan, jmoney
                    else:
                        tier = None
            if tier is None and len(money) > 1 and _RANGE.search(text, money[0].end) and \
                    _TIERED.search(page.text[max(0, line.start - 400):line.end]):
                priced_first = _price_first_bands(ctx, span, money)
                if priced_first:
                    current = UsageDraft(anchor=span, section=section)
                    rules.append(current)
                    current.tiers.extend(priced_first)
                    _unit_and_metric(current, text, money, span, tier_row=False)
                    consumed.add((line.page, line.index))
                    continue
            if tier is not None:
                if current is None or (current.tiers and current.anchor and line.page != current.anchor.page
                                       and not in_usage):
                    current = UsageDraft(anchor=span, section=section)
                    rules.append(current)
                    top = page.lines_overlapping(span.start, span.start + 1)[0].index  # a wrapped row's first line
                    for above in reversed(page.lines[max(0, top - 3):top]):
                        where = Span(above.page, above.start, above.text)
                        if _metric_heading(current, above.text, where):
                            break  # the rate card's own heading, above its header row
                        named = _USAGE_OF.match(above.text)
                        if named and current.row_metric is None:
                            current.row_metric = (named.group("metric"), where)  # "SMS usage - volume": SMS
                current.tiers.append((tier[0], tier[1], span))
                _unit_and_metric(current, text, money, span, tier_row=True)
                consumed.add((line.page, line.index))
                bands, used = _further_bands(ctx, page, span, tier[0], consumed)
                current.tiers.extend(bands)
                consumed.update((x.page, x.index) for x in used)
                continue
            if current is None and not in_usage:
                continue
            if current is None:
                current = UsageDraft(anchor=span, section=section)
                rules.append(current)
            label = _METRIC_LABEL.match(text)
            if label and not money:
                current.set("metric", label.group("metric").strip(" ."), span)
                continue
            if money and not current.tiers and (_priced_per_unit(text, money) or re.search(
                    r"overage|per\s+(?!year|annum|month|quarter|seat|user)[a-z]", text, re.I) and not period_in(text)):
                current.tiers.append((None, money[0].amount, span))
                _unit_and_metric(current, text, money, span, tier_row=False)
                consumed.add((line.page, line.index))
            elif _INCLUDED.search(text) and not money:
                following = [x for x in page.lines[line.index:line.index + 3]]
                joined_text = " ".join(x.text for x in following)
                if not re.search(r"\d", text) and re.search(r"\d", joined_text):
                    _included(current, joined_text, span_of(following), ctx.decimal_comma)
                else:
                    _included(current, text, span, ctx.decimal_comma)
    for rule in rules:
        _from_rate_card_row(rule, cards)
        _usage_context(ctx, rule)
    apart = _billing_stated_apart(ctx) if any("billing_frequency" not in r.values for r in rules) else None
    for rule in rules:
        if apart is not None and "billing_frequency" not in rule.values:
            rule.set("billing_frequency", apart[0], apart[2])
            rule.set("billing_timing", apart[1], apart[2])
    # in reading order: the rows of a usage table are read before the lines around them. A rule without its metric
    # or pricing model says nothing, and leaves the prose readers to try the sentences, and the fee readers its
    # lines ("... (for up to 800 members) has a list fee of A$3,000 per year" is a fee, not a band).
    kept = [r for r in rules if r.tiers and "metric" in r.values and "pricing_model" in r.values]
    for rule in rules:
        if rule not in kept:
            for _, _, where in rule.tiers:
                page = ctx.seg.pages[where.page - 1]
                consumed.difference_update((x.page, x.index) for x in
                                           page.lines_overlapping(where.start, where.start + len(where.text)))
    return sorted(kept, key=lambda r: (r.tiers[0][2].page, r.tiers[0][2].start))


# ------------------------------------------------------------------------------------------ usage tables by cells

# The columns of a usage table by their header ("Meter | Included | Band | Rate per unit", "Dimension | Unit | Price
# per unit | Reported / billed", "Component | Metering basis | Allowance | Rate card | Cadence").
_COLUMNS = (("metric", re.compile(r"^(?:usage\s+)?(?:metric|meter|dimension|component|item)s?$", re.I)),
            ("unit", re.compile(r"^unit(?: of measure)?$", re.I)),
            ("price", re.compile(r"\b(?:rate|price|charge)", re.I)),  # before "included": "Price beyond included"
            ("included", re.compile(r"includ|allowance", re.I)),
            ("basis", re.compile(r"basis|^band$", re.I)),
            ("billing", re.compile(r"bill|cadence|invoic", re.I)))
# what makes a table a usage table rather than a fee table: it meters something or includes an allowance
_USAGE_COLUMN = re.compile(r"^(?:metric|meter|dimension)s?$|metering|includ|allowance", re.I)


def _cell_tables(ctx: Context, page: Page, consumed: set[tuple[int, int]],
                 cards: dict[str, UsageDraft]) -> list[UsageDraft]:
    """Usage rows of a table read by where its cells stand: one rule per row whose price is per unit consumed
    ("WhatsApp conversations | Per conversation | 10,000 per month | SGD 0.045 each above the allowance | Monthly, in
    arrears"). A row whose cells wrap is joined back by column. A row priced per period ("SGD 2,000.00 / month") is a
    fee and is left to the fee tables; a row with no price ("Graduated - rate card B") to the tier rows."""
    rules: list[UsageDraft] = []
    lines = page.lines
    i = 0
    while i < len(lines):
        columns = _usage_header(lines[i])
        if columns is None:
            i += 1
            continue
        rows: list[list[Line]] = []
        j = i + 1
        while j < len(lines):
            roles = _row_of(lines[j], columns)
            if roles is None:
                break
            if "metric" in roles or not rows:
                rows.append([lines[j]])
            else:
                rows[-1].append(lines[j])
            j += 1
        allowances = [(text, span_of(row)) for row in rows for text in [_cells(row, columns).get("included", "")]
                      if re.search(r"\d", text)]
        allowances = allowances if len(allowances) <= 3 else []  # which row's allowance another row means: unclear
        for row in rows:
            rule = _usage_row(ctx, row, columns, allowances)
            if rule is not None:
                rules.append(rule)
                consumed.update((x.page, x.index) for x in row)
            else:
                _rate_card_row(ctx, row, columns, cards)
        i = j
    return rules


_RATE_CARD = re.compile(r"\brate card\s+(?P<card>[A-Z0-9]{1,3})\b", re.I)


def _rate_card_row(ctx: Context, row: list[Line], columns: list[tuple[str, float, float]],
                   cards: dict[str, UsageDraft]) -> None:
    """A row that names its metric and billing and prices it by a rate card below ("Voice minutes | Per minute |
    None | Graduated - rate card B | Monthly, in arrears"): kept for the tiers under that card's heading."""
    cells = _cells(row, columns)
    card = _RATE_CARD.search(cells.get("price", ""))
    metric = cells.get("metric", "").strip(" :-|.")
    if card is None or not re.search(r"[A-Za-z]{3}", metric):
        return
    span = span_of(row)
    draft = UsageDraft(anchor=span)
    draft.set("metric", metric, span)
    billing = cells.get("billing", "")
    draft.set("billing_frequency", parse_frequency(billing), span)
    draft.set("billing_timing", parse_timing(billing), span)
    cards.setdefault(card.group("card").upper(), draft)


def _from_rate_card_row(rule: UsageDraft, cards: dict[str, UsageDraft]) -> None:
    """Tiers under "Rate card B - voice (...)" take the metric and billing of the table row that priced by card B."""
    heading = rule.spans.get("metric")
    card = _RATE_CARD.search(heading.text) if heading is not None else None
    row = cards.get(card.group("card").upper()) if card is not None else None
    if row is None:
        return
    for name in ("metric", "billing_frequency", "billing_timing"):
        if name in row.values:
            rule.values[name], rule.spans[name] = row.values[name], row.spans[name]


def _usage_header(line: Line) -> list[tuple[str, float, float]] | None:
    """The columns (role, left, right) of a usage table's header line, or None when the line is not one."""
    if len(line.cells) < 3 or find_money(line.text) or re.search(r"\d", line.text):
        return None
    columns: list[tuple[str, float, float]] = []
    for cell in line.cells:
        role = next((name for name, pattern in _COLUMNS if pattern.search(cell.text)), "other")
        columns.append((role, cell.x0, cell.x1))
    roles = [c[0] for c in columns]
    if "metric" not in roles or "price" not in roles or not any(_USAGE_COLUMN.search(c.text) for c in line.cells):
        return None
    return columns


def _column(x0: float, x1: float, columns: list[tuple[str, float, float]]) -> int | None:
    """The column a cell stands in: the one it overlaps most, else the last one starting left of it."""
    best, overlap = None, 0.0
    for k, (_, left, right) in enumerate(columns):
        nxt = columns[k + 1][1] if k + 1 < len(columns) else float("inf")
        width = min(x1, max(right, nxt - 1)) - max(x0, left)
        if width > overlap:
            best, overlap = k, width
    return best


def _row_of(line: Line, columns: list[tuple[str, float, float]]) -> set[str] | None:
    """The roles of a table line's cells, or None when the line is not part of the table (no cells, or a cell that
    runs across several columns, as a note under the table does)."""
    if not line.cells or is_heading(line.text) and len(line.cells) == 1 and not find_money(line.text):
        return None
    roles: set[str] = set()
    for cell in line.cells:
        spanned = [k for k, (_, left, right) in enumerate(columns) if cell.x0 < right and left < cell.x1]
        k = _column(cell.x0, cell.x1, columns)
        if len(spanned) > 1 or k is None:
            return None
        roles.add(columns[k][0])
    return roles


def _cells(row: list[Line], columns: list[tuple[str, float, float]]) -> dict[str, str]:
    """A row's text by column role, its wrapped lines joined."""
    out: dict[str, str] = {}
    for line in row:
        for cell in line.cells:
            k = _column(cell.x0, cell.x1, columns)
            if k is not None:
                role = columns[k][0]
                out[role] = f"{out[role]} {cell.text}" if role in out else cell.text
    return out


def _usage_row(ctx: Context, row: list[Line], columns: list[tuple[str, float, float]],
               allowances: list[tuple[str, Span]]) -> UsageDraft | None:
    """The usage rule of one table row, or None when the row is not priced per unit consumed."""
    cells = _cells(row, columns)
    price_text = cells.get("price", "")
    money = find_money(price_text, decimal_comma=ctx.decimal_comma)
    metric = cells.get("metric", "").strip(" :-|.")
    if not money or not re.search(r"[A-Za-z]{3}", metric):
        return None
    masked = mask_money(price_text, money)
    after = masked[masked.find("@M0@") + 4:]
    if period_in(after[:30]) or re.match(r"\s*(?:per|/)\s*(?:seat|user|named|licen[cs]e)", after, re.I):
        return None  # a price per period or per seat: a fee
    span = span_of(row)
    rule = UsageDraft(anchor=span, section=span.text)
    bands: list[tuple[Decimal | None, Decimal]] = [(None, money[0].amount)]
    if len(money) > 1:
        tier = _tier_row(ctx, price_text, money)
        bands = [tier] if tier is not None else []
        pos = money[0].end
        for m in money[1:]:
            band = _band(ctx, price_text[pos:m.start])
            if tier is None or band is None:
                # several prices that are not bands: leave the row to a person, unless a column of bands prices
                # them one by one ("Band 1: above 50 up to 150 million" beside "A$0.90 per million")
                bands = _bands_beside(ctx, cells.get("basis", ""), money)
                if not bands:
                    return None
                break
            bands.append((band[0], m.amount))
            pos = m.end
    for bound, price in bands:
        rule.tiers.append((bound, price, span))
    rule.set("metric", metric, span)
    unit = re.match(r"\s*(?:per|/)\s*(?P<unit>[A-Za-z][\w-]*)", after)
    basis_unit = re.match(r"\s*per\s+(?P<unit>[A-Za-z][\w-]*)", cells.get("basis", ""), re.I)
    for found in (unit and unit.group("unit"), cells.get("unit"), basis_unit and basis_unit.group("unit")):
        if found and found.lower() not in ("unit", "each"):
            rule.set("unit", found, span)
            break
    counted_in = re.search(r"\s*\((?P<unit>[A-Za-z]+)\)$", metric)
    if counted_in and _singular(counted_in.group("unit").lower()) in (
            "thousand", "million", "billion", _singular(str(rule.values.get("unit", "")).lower())):
        # "Events ingested (millions)": the bracket says what the metric is counted in, as the unit does
        rule.values["metric"] = metric[:counted_in.start()]
    if len(bands) > 1:  # one band prices every unit alike: per unit, which needs no quote
        model = re.search(r"graduated|volume", " ".join(cells.values()), re.I)
        rule.set("pricing_model", model.group(0).lower() if model else None, span)
    included = cells.get("included", "")
    rule.allowance_read = "included" in cells
    if re.search(r"\d", included):
        _included(rule, included, span, ctx.decimal_comma)
    elif re.search(r"above|beyond|over|in excess of", cells.get("basis", "") + price_text, re.I):
        # "Additional e-mails | Per e-mail sent above the allowance | -": the allowance the platform's row names
        noun = metric.split()[-1].lower()
        named = [(text, where) for text, where in allowances if noun in text.lower()]
        if len(named) == 1:
            _included(rule, named[0][0], named[0][1], ctx.decimal_comma)
    billing = cells.get("billing", "")
    rule.set("billing_frequency", parse_frequency(billing), span)
    rule.set("billing_timing", parse_timing(billing), span)
    return rule


_BAND_NAME = re.compile(r"\b(?:band|tier|step)\s*\d{1,2}\s*:?", re.I)


def _bands_beside(ctx: Context, basis: str, money: list[Money]) -> list[tuple[Decimal | None, Decimal]]:
    """Bands a cell names one by one ("Band 1: above 50 up to 150 million Band 2: above 150 million"), paired in
    order with the prices of the cell beside it; nothing unless there is one band per price, each rising to the
    last, open one."""
    starts = [m.start() for m in _BAND_NAME.finditer(basis)]
    if len(starts) != len(money):
        return []
    bands: list[tuple[Decimal | None, Decimal]] = []
    for i, (start, price) in enumerate(zip(starts, money, strict=True)):
        text = basis[start:starts[i + 1] if i + 1 < len(starts) else len(basis)]
        band = _band(ctx, _BAND_NAME.sub("", text, count=1))
        if band is None:
            return []
        bands.append((band[0], price.amount))
    closed = [b for b, _ in bands[:-1] if b is not None]
    if bands[-1][0] is not None or len(closed) != len(bands) - 1 or closed != sorted(set(closed)):
        return []
    return bands


# a row label naming what is used: "SMS usage - volume pricing", "API usage"
_USAGE_OF = re.compile(r"^(?P<metric>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+usage\b", re.I)
_USAGE_WORD = re.compile(r"\b(?:usage|overage|metered|consumption)\b", re.I)
_BILLING_LABEL = re.compile(r"^\W*(?:billing|invoicing|invoiced)\b", re.I)


def _billing_stated_apart(ctx: Context) -> tuple[str, str | None, Span] | None:
    """How usage is billed, when the document says it once away from the tiers: "2.4 Invoicing: ... usage charges are
    invoiced monthly in arrears", "Billing .... quarterly in arrears (platform fee and usage)", or a "USAGE BILLING"
    label over "Monthly in arrears". Statements that disagree say nothing."""
    found: list[tuple[str, str | None, Span]] = []
    for s in ctx.seg.clauses:
        m = _USAGE_WORD.search(s.text)
        if m is None:
            continue
        # what follows the word "usage" is about usage; a billing label that covers usage reads whole
        rest = s.text[m.start():]
        if parse_frequency(rest) is None and _BILLING_LABEL.match(s.text):
            rest = s.text
        if re.search(r"invoic|bill", rest, re.I) or _BILLING_LABEL.match(s.text):
            freq = parse_frequency(rest)
            if freq is not None:
                found.append((freq, parse_timing(rest), s))
    for page in ctx.seg.pages:
        for line, value in zip(page.lines, page.lines[1:], strict=False):
            if len(line.text.split()) <= 3 and _USAGE_WORD.search(line.text) and \
                    re.search(r"invoic|bill", line.text, re.I) and len(value.text.split()) <= 6:
                freq = parse_frequency(value.text)
                if freq is not None:
                    found.append((freq, parse_timing(value.text), span_of([line, value])))
    if len({f for f, _, _ in found}) != 1 or len({t for _, t, _ in found if t is not None}) > 1:
        return None
    return found[0]


def _metric_heading(rule: UsageDraft, text: str, span: Span) -> bool:
    """The metric (and pricing model, when its bracket says) from a usage heading; whether the line was one."""
    m = _METRIC_HEAD.search(text)
    if m is None or re.fullmatch(r"(?:volume|graduated|tiered|flat)(?:\s+pric\w*)?", m.group("metric").strip(), re.I):
        return False  # "SMS usage - volume" names the pricing model, not the metric
    rule.set("metric", m.group("metric").strip(), span)
    note = (m.group("note") or "").lower()
    rule.set("pricing_model", "graduated" if "graduated" in note else "volume" if "volume" in note else None, span)
    return True


def _priced_per_unit(text: str, money: list[Money]) -> bool:
    """'... are billed monthly in arrears at USD 0.0008 per call': a price per unit consumed, whatever the billing.

    The price's own unit decides, not a cadence elsewhere in the sentence; a price per seat, per user or
    per period ("USD 500 per month", "USD 10 per named user per month") is a fee, not a usage rate.
    """
    masked = mask_money(text, money)
    m = _PER_UNIT.search(masked)
    if m is None or m.start() != masked.find("@M0@"):
        return False
    if re.match(r"(?:\d[\d,.]*\s+)?(?:year|annum|month|quarter|seat|user|named|licen[cs]e)", m.group("unit"),
                re.I):
        return False
    return period_in(masked[m.end():m.end() + 30]) is None


def _wrapped_row(ctx: Context, lines: list[Line], line: Line,
                 consumed: set[tuple[int, int]]) -> tuple[str, Span] | None:
    """A row whose first cell wrapped over the lines above its price: up to three lines without money."""
    start = line.index
    while start > 0 and line.index - start < 3:
        prev = lines[start - 1]
        if (prev.page, prev.index) in consumed or find_money(prev.text) or is_heading(prev.text):
            break
        start -= 1
    if start == line.index:
        return None
    taken = lines[start:line.index + 1]
    return " ".join(x.text for x in taken), span_of(taken)


def _tier_row(ctx: Context, text: str, money: list[Money]) -> tuple[Decimal | None, Decimal] | None:
    """(up_to, unit_price) of a tier row such as '5,001 - 25,000 ... $0.0015 per call'."""
    before = text[:money[0].start]
    masked, _ = ctx.mask_dates(before)
    if "@D" in masked or period_in(text[money[0].end:money[0].end + 20]) and not re.search(
            r"tier|band|above|up to|over|more than", text, re.I):
        return None
    ranges = list(_RANGE.finditer(before))
    if not ranges:
        return None
    m = ranges[-1]
    if m.group("all"):
        return None, money[0].amount
    if m.group("above") or m.group("plus"):
        return None, money[0].amount
    bound = m.group("hi") or m.group("upto")
    value = parse_number(bound.strip(), decimal_comma=ctx.decimal_comma) if bound else None
    if value is None:
        return None
    return value, money[0].amount


# a band whose price is on the next line: "... 1,000,001 to" / "5,000,000 requests at C$0.0030",
# "501 hours and above at" / "OMR 0.700"
_BAND_OPEN = re.compile(r"\b(?:to|at|above|over|from|up to|beyond)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def _further_bands(ctx: Context, page: Page, row: Span, first_bound: Decimal | None,
                   consumed: set[tuple[int, int]]) -> tuple[list[tuple[Decimal | None, Decimal, Span]], list[Line]]:
    """The bands a tier statement states after its first one, on the same line or the lines it runs on to:
    "1 to 1,000,000 requests at C$0.0040; 1,000,001 to" / "5,000,000 requests at C$0.0030; 5,000,001 requests
    and above at C$0.0020". Each band is a range (or "above", "every further") before its own price, cited from
    the range to the price; the statement stops at the first price without a range, a sentence end, or a bound
    that does not rise."""
    bands: list[tuple[Decimal | None, Decimal, Span]] = []
    lines = page.lines
    last_line = page.lines_overlapping(row.start, row.start + len(row.text))[-1].index
    joined, extra = row.text, 0
    money = find_money(joined, decimal_comma=ctx.decimal_comma)
    pos, i, last = money[0].end, 1, first_bound
    while last is not None:
        if i == len(money):
            tail = joined[pos:]
            after = last_line + extra + 1
            if (extra == 2 or after >= len(lines) or (page.number, after) in consumed or is_heading(lines[after].text)
                    or _SENTENCE_END.search(tail) or not (_BAND_OPEN.search(tail) or _band(ctx, tail) is not None)):
                break
            extra += 1
            joined += " " + lines[after].text
            # the joined line may complete an amount cut at the line end ("0,0012" / "DKK ..."): find them again
            money = find_money(joined, decimal_comma=ctx.decimal_comma)
            i = next((k for k, m in enumerate(money) if m.start >= pos), len(money))
            continue
        price = money[i]
        i += 1
        gap = joined[pos:price.start]
        band = _band(ctx, gap)
        if band is None or _SENTENCE_END.search(gap) or band[0] is not None and band[0] <= last:
            break
        bound, at = band
        bands.append((bound, price.amount, Span(row.page, row.start + pos + at, joined[pos + at:price.end])))
        pos, last = price.end, bound
    used = [x for x in lines[last_line + 1:last_line + extra + 1] if x.start < row.start + pos]
    return bands, used


_TIERED = re.compile(r"volume|graduated|\btiers?\b|\bbands?\b", re.I)


def _price_first_bands(ctx: Context, row: Span, money: list[Money]) -> list[tuple[Decimal | None, Decimal, Span]]:
    """Bands written price first: "C$14.00 per worker when the month has 1 to 250 active workers, C$12.50 per worker
    for 251 to 600, and C$11.00 per worker for 601 or more". Every price must be followed by its band, bounds rising
    to an open last one; otherwise nothing is read."""
    bands: list[tuple[Decimal | None, Decimal, Span]] = []
    last: Decimal | None = Decimal(0)
    for k, price in enumerate(money):
        after = row.text[price.end:money[k + 1].start if k + 1 < len(money) else len(row.text)]
        m = _RANGE.search(after)
        if m is None or last is None or "@D" in ctx.mask_dates(after[:m.end()])[0]:
            return []
        bound_text = m.group("hi") or m.group("upto")
        bound = parse_number(bound_text.strip(), decimal_comma=ctx.decimal_comma) if bound_text else None
        if bound_text and (bound is None or bound <= last):
            return []
        end = price.end + len(after[:m.end()].rstrip(",.;' "))
        bands.append((bound, price.amount, Span(row.page, row.start + price.start, row.text[price.start:end])))
        last = bound
    return bands if len(bands) > 1 and last is None else []


def _band(ctx: Context, gap: str) -> tuple[Decimal | None, int] | None:
    """The upper bound a band states in the text before its price (None for an open band), and where it starts."""
    masked, _ = ctx.mask_dates(gap)
    if "@D" in masked:
        return None
    ranges = list(_RANGE.finditer(gap))
    if not ranges:
        return None
    m = ranges[-1]
    if m.group("all") or m.group("above") or m.group("plus"):
        return None, m.start()
    bound = m.group("hi") or m.group("upto")
    value = parse_number(bound.strip(), decimal_comma=ctx.decimal_comma) if bound else None
    return None if value is None else (value, m.start())


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


def _unit_of(masked: str, *, tier_row: bool) -> str | None:
    """The unit a price is quoted per ("per call", "per compute hour", "per 1,000 calls"), else, on a tier row, the
    noun its band counts ("1 to 500 hours at OMR 0.850")."""
    m = _PER_UNIT.search(masked)
    unit = m.group("unit") if m else ""
    if m and unit.lower() not in _NOT_PER:
        noun = m.group("noun")
        if noun:  # "per billable hour" is per hour; "per compute hour" per compute hour
            unit = noun if unit.lower() in _QUALIFIERS else f"{unit} {noun}"
        return unit if unit[0].isdigit() else _singular(unit)  # "per 1,000 calls" stays plural
    if m and unit.lower() not in ("and", "or"):  # "0,0020 DKK each and every further message": no unit after it
        return None
    counted = _COUNTED_AT.search(masked) if tier_row else None
    if counted and counted.group("noun").lower() not in _NOT_A_UNIT:
        return _singular(counted.group("noun"))
    return None


def _unit_and_metric(rule: UsageDraft, text: str, money: list[Money], span: Span, *, tier_row: bool) -> None:
    unit = _unit_of(mask_money(text, money), tier_row=tier_row)
    if unit:
        rule.set("unit", unit, span)
    if "metric" not in rule.values and rule.row_metric is None and tier_row:
        head = re.sub(r"^(?:tier\s*\d+\s*:?|\d{1,2}(?:\.\d{1,2})*[.)])\s*", "", text, flags=re.I)
        head = re.split(r"\d", head, maxsplit=1)[0]
        head = re.split(r"[.!?]\s+(?=[A-Z])", head)[-1]  # the sentence the bands are in
        head = re.sub(r"\b(?:up to|above|over|more than|first|next|from|between|beyond|in excess of)\b.*$", "", head,
                      flags=re.I)
        # "Telematics Messages Billed monthly ...": the metric is what is billed, not the sentence about it
        head = re.sub(r"\s*\b(?:(?:are|is)\s+)?(?:billed|charged|priced|invoiced|rated)\b.*$", "", head, flags=re.I)
        # "Alert SMS (messages)": the bracket names the unit it is counted in, not the metric
        head = re.sub(r"\s*\([^()]*\)\s*$", "", head.strip(" :-|.")).strip(" :-|.")
        if (re.search(r"[A-Za-z]{3}", head) and len(head) < 60 and ":" not in head
                and not re.search(r"\b(?:the|a|an|of|in|at|basis|bands?|graduated|volume)$|includ", head, re.I)):
            rule.row_metric = (head, span)


def _included(rule: UsageDraft, text: str, span: Span, decimal_comma: bool | None) -> None:
    allowance = next((m for p in _ALLOWANCE for m in [p.search(text)] if m), None)
    if allowance is not None:  # "includes 2,000,000 API calls per calendar month": amount, metric and period
        rule.set("included_quantity", _allowance_quantity(allowance), span)
        period = allowance.group("p1") or allowance.groupdict().get("p2")
        rule.set("included_period", period.lower() if period else None, span)
        rule.set("metric", _labelled_metric(text, allowance), span)
        return
    text = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s+", "", text)  # a clause's own number is not an amount
    # "10.000 compute hours" in a document that writes decimal commas is ten thousand
    numbers = [n for n in iter_numbers(text, decimal_comma=decimal_comma) if n.value >= 1]
    if not numbers:
        return
    n = numbers[0]
    rule.set("included_quantity", n.value, span)
    for pattern, period in (("month", "month"), ("quarter", "quarter"), ("year|annum|annual", "year"),
                            ("term", "term")):
        if re.search(rf"\b(?:per|each|a|every)\s+(?:calendar\s+)?(?:{pattern})", text, re.I):
            rule.set("included_period", period, span)
            break
    if "metric" not in rule.values:
        tail = text[n.end:]
        mm = re.match(r"\s*(?P<metric>[A-Za-z][A-Za-z -]{2,50}?)\s+(?:per|each|a|are|is|included)\b", tail)
        if mm and not re.match(r"(?:per|each|includ)", mm.group("metric"), re.I):
            rule.set("metric", mm.group("metric").strip(), span)


def _usage_context(ctx: Context, rule: UsageDraft) -> None:
    """Allowance, pricing model and billing of a rule, from sentences near its tiers."""
    if not rule.tiers:
        return
    first = rule.tiers[0][2]
    last = rule.tiers[-1][2]
    own_section = bool(rule.section and _USAGE_SECTION.search(rule.section))
    # a usage section may open on one page and have its tier table on the next: its own sentences count
    opened = rule.anchor.page if own_section and rule.anchor else first.page
    nearby = [s for s in ctx.seg.clauses if (s.page == first.page and
              first.start - 900 <= s.start <= last.start + len(last.text) + 600 or opened <= s.page < first.page) and
              (not own_section or rule.owns(s.section))]
    if "included_quantity" not in rule.values and not rule.allowance_read:
        # an allowance sentence ("5,000 compute hours per contract year are included") before any other number
        # near an "including" (a product's "including IFRS 17 models")
        allowance = next((s for s in nearby if not find_money(s.text) and any(p.search(s.text) for p in _ALLOWANCE)),
                         None)
        if allowance is not None:
            _included(rule, allowance.text, allowance, ctx.decimal_comma)
    if "metric" not in rule.values and rule.row_metric is not None:
        rule.set("metric", *rule.row_metric)
    metric = rule.values.get("metric")
    for s in nearby:
        text = s.text
        if "pricing_model" not in rule.values:
            if re.search(r"graduated|each (?:tier|band)['’]?s? (?:rate|price)|(?:rate|price) of the (?:tier|band) "
                         r"(?:it|they|each unit) falls?|units in each (?:tier|band)", text, re.I):
                rule.set("pricing_model", "graduated", s)
            elif re.search(r"(?<!data )(?<!processed )(?<!no )volume\b(?! (?:is|was|are)\b)|all units|"
                           r"entire (?:volume|quantity)|"
                           r"every (?:\w+ )?(?:unit|message|call)", text, re.I):  # "data volume" is a metric
                rule.set("pricing_model", "volume", s)
        if _INCLUDED.search(text) and "included_quantity" not in rule.values and not find_money(text) and \
                not rule.allowance_read:
            if not re.search(r"\d", text) and not text.rstrip().endswith((".", ";", ":", "!", "?")):
                s = extend_span(ctx, s, 2)  # a wrapped table cell: the allowance is on the next lines
                text = s.text
            if not find_money(text):
                _included(rule, text, s, ctx.decimal_comma)
        # usage billing: a sentence about usage, or about the metric itself ("API calls ... are billed monthly")
        # ... or the sentence that states the tiers ("5,001 requests and above at C$0.0020; invoiced quarterly")
        about = re.search(r"usage|overage|consumption", text, re.I) or (metric and metric.lower() in text.lower()) \
            or any(t.page == s.page and t.start < s.start + len(text) and s.start < t.start + len(t.text)
                   for _, _, t in rule.tiers)
        if about and re.search(r"invoic|bill", text, re.I):
            if metric and metric.lower() not in text.lower() and len([r for r in nearby]) > 1 and \
                    re.search(r"usage of", text, re.I):
                continue
            freq, timing = parse_frequency(text), parse_timing(text)
            if freq and "billing_frequency" not in rule.values:
                rule.set("billing_frequency", freq, s)
            if timing and "billing_timing" not in rule.values:
                rule.set("billing_timing", timing, s)
        if "metric" not in rule.values:
            mm = re.match(r"^(?:[A-Z]\.\d+\s+|\d+(?:\.\d+)*\s+)?(?P<metric>[A-Z][A-Za-z ]{2,50}?)\s+(?:are|is)\s+"
                          r"(?:priced|charged|rated|metered)", text)
            if mm:
                rule.set("metric", mm.group("metric").strip(), s)
    if "unit" not in rule.values:
        for s in nearby:
            # "Price per Overage Call": the unit is what each overage is; "Unit price Per Status" names two columns
            mu = re.search(r"(?i:price|rate|charge|cost|fee)s?\s+per\s+(?i:(?:overage|additional|billable|extra|"
                           r"excess)\s+)?(?P<unit>[A-Za-z][\w-]*)", s.text)
            unit = mu.group("unit") if mu else ""
            if mu and s.start <= first.start and unit.lower() not in ("year", "month", "quarter", "unit"):
                rule.set("unit", unit.lower() if unit.istitle() else unit, s)
                break
    if len(rule.tiers) == 1 and rule.tiers[0][0] is None:
        rule.values["pricing_model"] = "per_unit"
        rule.spans.pop("pricing_model", None)
    if "metric" not in rule.values:
        for s in nearby:
            mm = re.search(r"usage of (?P<metric>[a-z][a-z ]{2,40}?) is (?:invoiced|billed)", s.text, re.I)
            if mm:
                rule.set("metric", mm.group("metric"), s)
                break


def _scaled_unit(rule: UsageDraft) -> None:
    """A price "per million" counts millions of what the metric counts: "Events ingested (millions)" at "A$0.90 per
    million" is priced per million events, when the unit's own quote names the events."""
    unit, metric, span = rule.values.get("unit"), rule.values.get("metric"), rule.spans.get("unit")
    if not isinstance(unit, str) or unit.lower() not in ("thousand", "million", "billion") or span is None:
        return
    words = [w.lower() for w in str(metric or "").split()]
    noun = next((w for w in reversed(words) if w.endswith("s") and not w.endswith("ss")), words[-1] if words else "")
    if re.fullmatch(r"[a-z][a-z-]{2,20}", noun) and re.search(rf"\b{re.escape(noun)}\b", span.text, re.I):
        rule.values["unit"] = f"{unit} {noun}"


def usage_rules_json(rules: list[UsageDraft], cites: dict[str, Citation]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for rule in rules:
        v = rule.values
        if "metric" not in v or "pricing_model" not in v:
            continue
        bounds = [t[0] for t in rule.tiers]
        finite = [b for b in bounds if b is not None]
        if any(b is None for b in bounds[:-1]) or finite != sorted(set(finite)):
            continue
        _scaled_unit(rule)
        i = len(out)
        item: dict[str, Any] = {"metric": v["metric"], "unit": v.get("unit"),
                                "included_quantity": v.get("included_quantity", Decimal(0)),
                                "included_period": v.get("included_period"), "pricing_model": v["pricing_model"],
                                "tiers": [{"up_to": b, "unit_price": p} for b, p, _ in rule.tiers],
                                "billing_frequency": v.get("billing_frequency"),
                                "billing_timing": v.get("billing_timing", "arrears")}
        out.append(item)
        for name, span in rule.spans.items():
            cites[f"usage_rules[{i}].{name}"] = Citation(page=span.page, quote=span.text, method="prose")
        first = rule.tiers[0][2]
        # one price for every unit needs no quote; a row that does not say "per" or "each" would not state it
        if "pricing_model" not in rule.spans and (len(rule.tiers) > 1 or re.search(r"\bper\b|each|/|@|flat",
                                                                                   first.text, re.I)):
            cites[f"usage_rules[{i}].pricing_model"] = Citation(page=first.page, quote=first.text, method="table")
        for j, (bound, _, span) in enumerate(rule.tiers):
            cites[f"usage_rules[{i}].tiers[{j}].unit_price"] = Citation(page=span.page, quote=span.text,
                                                                          method="table")
            if bound is not None:
                cites[f"usage_rules[{i}].tiers[{j}].up_to"] = Citation(page=span.page, quote=span.text,
                                                                     method="table")
    return out


# ------------------------------------------------------------------------------------------ usage in prose

_PERIOD_WORD = (r"(?:in\s+)?(?:per|each|a|every|any)\s+(?:calendar\s+|contract\s+|billing\s+)?"
                r"(?P<{name}>month|quarter|year)")
_QTY = r"(?P<qty>\d{1,3}(?:[,.' ]\d{3}){1,3}|\d{1,9})"
_NOUNS = r"(?P<metric>[A-Za-z][\w-]{0,30}(?:\s+[A-Za-z][\w-]{0,30}){0,3}?)"
# "20,000 SMS e-receipts per month are included", "includes 20'000 API calls per month",
# "Each month includes 2,000 confirmed bookings", "50,000 minutes included per quarter"
_ALLOWANCE = [
    # "Each month 5.000.000 meter reads are included"
    re.compile(rf"\b(?:each|every|per)\s+(?:calendar\s+|contract\s+)?(?P<p1>month|quarter|year),?\s+{_QTY}\s+{_NOUNS}\s+"
               rf"(?:are|is)\s+included", re.I),
    re.compile(rf"{_QTY}\s+{_NOUNS}\s+(?:{_PERIOD_WORD.format(name='p1')}\s+)?(?:are\s+|is\s+)?included"
               rf"(?:\s+{_PERIOD_WORD.format(name='p2')})?", re.I),
    re.compile(rf"\binclud(?:es|ing)\s+{_QTY}\s+{_NOUNS}\s+{_PERIOD_WORD.format(name='p1')}", re.I),
    re.compile(rf"\b(?:each|every|per)\s+(?:calendar\s+|contract\s+)?(?P<p1>month|quarter|year)\s+includes\s+{_QTY}\s+"
               rf"{_NOUNS}(?=\s*[.;,]|\s+and\b)", re.I),
]
# "Additional minutes are charged at SGD 0.05 per minute", "Calls above the monthly allowance are charged at $0.004
# per call", "every additional confirmed booking is charged at A$0.35"
_OVERAGE = re.compile(r"(?:\b(?:additional|further|extra|excess)\s+"
                      r"(?P<noun>[A-Za-z][\w-]{0,30}(?:\s+[A-Za-z][\w-]{0,30}){0,2}?)|"
                      r"\b(?:above|beyond|over|in excess of)\s+(?:the|this|that)\b)(?:[^.;@]{0,60}?"
                      r"\b(?:charged|billed|priced|invoiced)\s+at|\s*:)\s*@M(?P<m>\d+)@(?-i:\s*[A-Z]{3}\b)?"
                      r"(?:\s*(?:per|/|each|a|an)\s+(?P<unit>(?:\d[\d,.]{0,15}\s+)?[A-Za-z][\w-]{0,30}))?", re.I)


def read_prose_usage(ctx: Context) -> list[UsageDraft]:
    """Usage stated in sentences rather than a usage section: an included allowance ("20,000 API calls per month
    are included") and, in the same or the next sentence, a price per unit beyond it ("Additional calls are
    charged at CAD 0.05 per call, invoiced monthly in arrears"). Both must be stated, or nothing is read."""
    rules: list[UsageDraft] = []
    clauses = ctx.seg.clauses
    for i, span in enumerate(clauses):
        allowance = next((m for p in _ALLOWANCE for m in [p.search(span.text)] if m), None)
        if allowance is None:
            continue
        for later in clauses[i:i + 2]:
            if later.page != span.page:
                break
            rule = _overage(ctx, later, allowance if later is span else None)
            if rule is None:
                continue
            rule.set("metric", _labelled_metric(span.text, allowance), span)
            rule.set("included_quantity", _allowance_quantity(allowance), span)
            period = allowance.group("p1") or (allowance.groupdict().get("p2"))
            rule.set("included_period", period.lower() if period else None, span)
            rules.append(rule)
            break
    if not rules:
        rules = [rule for span in clauses for rule in [_above_allowance(ctx, span)] if rule is not None]
    return rules


# "Active service accounts above 60,000 in any month are charged at USD 0.05 per account", "AI-resolved conversations
# above 2,000 in a calendar month are charged at $0.90 per resolution": the allowance and the price in one sentence
_ABOVE_N = re.compile(
    rf"{_NOUNS}\s+(?:above|beyond|over|in excess of)\s+(?:the\s+)?(?:included\s+|subscribed\s+|first\s+)?{_QTY}"
    rf"(?:\s+[a-z][\w-]{{0,30}})?\s+(?:in|per|each|a)\s+(?:any\s+|a\s+|each\s+|every\s+)?(?:calendar\s+|contract\s+)?"
    rf"(?P<p1>month|quarter|year)\s+(?:are|is|will be)\s+(?:charged|billed|priced|invoiced)\s+at\s+@M(?P<m>\d+)@"
    rf"\s*(?:per|/|each|an?)\s+(?P<unit>[A-Za-z][\w-]{{0,30}})", re.I)


_BEYOND = re.compile(r"\b(?:above|beyond|over|in excess of)\b", re.I)


def _above_allowance(ctx: Context, span: Span) -> UsageDraft | None:
    """A usage rule from one sentence that states what is counted, the allowance and the price beyond it."""
    if not _BEYOND.search(span.text):
        return None  # most sentences: no need to find their amounts
    money = find_money(span.text, decimal_comma=ctx.decimal_comma)
    if not money:
        return None
    masked = mask_money(span.text, money)
    m = _ABOVE_N.search(masked)
    if m is None or m.group("unit").lower() in ("month", "quarter", "year", "annum"):
        return None
    price = money[int(m.group("m"))]
    # the counted thing is the noun phrase before "above", not the words that lead into it ("for the renewal term")
    metric = re.split(r"\b(?:for|the|and|of|to|on|with|that|which|where|then)\s+", m.group("metric"), flags=re.I)[-1]
    rule = UsageDraft(anchor=span, section=span.section)
    rule.tiers.append((None, price.amount, span))
    rule.values["pricing_model"] = "per_unit"
    rule.set("metric", metric, span)
    unit = m.group("unit")
    rule.set("unit", unit[:-1] if unit.endswith("s") and not unit.endswith("ss") and len(unit) > 3 else unit, span)
    rule.set("included_quantity", _allowance_quantity(m), span)
    rule.set("included_period", m.group("p1").lower(), span)
    after = span.text[price.end:]
    rule.set("billing_frequency", parse_frequency(after), span)
    rule.set("billing_timing", parse_timing(after), span)
    return rule


_LABEL_BEFORE = re.compile(r"(?:^|[.;]\s+)(?P<label>[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*){1,5})\s*:\s*$")


def _labelled_metric(text: str, allowance: re.Match[str]) -> str:
    """The metric an allowance counts, by the label it stands under when the label names the same thing more fully
    ("CFDI e-invoice stamps: 2,000 stamps included per month" counts CFDI e-invoice stamps)."""
    metric = allowance.group("metric").strip()
    label = _LABEL_BEFORE.search(text[max(0, allowance.start() - 80):allowance.start()])
    if label and label.group("label").split()[-1].lower() == metric.split()[-1].lower():
        return label.group("label")
    return metric


def _allowance_quantity(allowance: re.Match[str]) -> Decimal | None:
    # the pattern takes only digit groups of three, so any separator in it groups thousands
    return parse_number(re.sub(r"[,.' ]", "", allowance.group("qty")))


def _overage(ctx: Context, span: Span, allowance: re.Match[str] | None) -> UsageDraft | None:
    text = span.text
    start = allowance.end() if allowance is not None else 0
    money = find_money(text, decimal_comma=ctx.decimal_comma)
    masked = mask_money(text, money)
    # positions in `masked` after the allowance: the allowance itself holds no amount, so offsets agree up to it
    m = _OVERAGE.search(masked, start if not any(x.start < start for x in money) else 0)
    if m is None:
        return None
    price = money[int(m.group("m"))]
    noun = m.group("noun")
    if noun:  # "every additional confirmed booking is charged at": the unit is the last word before the verb
        phrase = re.match(r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?(?=\s+(?:is|are|will be)\s+"
                          r"(?:charged|billed|priced|"
                          r"invoiced)\b)", masked[m.start("noun"):])
        noun = phrase.group(0) if phrase else noun
    unit = m.group("unit") or (noun.split()[-1] if noun else None)
    if unit and unit.lower() in ("month", "quarter", "year", "annum"):
        return None  # a price per period is a fee, not a usage rate
    rule = UsageDraft(anchor=span, section=span.section)
    rule.tiers.append((None, price.amount, span))
    rule.values["pricing_model"] = "per_unit"
    if unit:
        rule.set("unit", unit[:-1] if unit.endswith("s") and not unit.endswith("ss") and len(unit) > 3 else unit, span)
    after = text[price.end:]
    freq, timing = parse_frequency(after), parse_timing(after)
    rule.set("billing_frequency", freq, span)
    rule.set("billing_timing", timing, span)
    return rule
