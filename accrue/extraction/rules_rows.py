"""Fee rows read by their arithmetic, whatever their header says.

A table's header words vary without end ("Component / Volume / Rebate / Line Total", "No. Item / Description Qty
Unit Unit Price (JPY) Amount (JPY)"); what a fee row contains does not: a description, perhaps a code, a
quantity, a unit price, perhaps a discount, and an amount that equals quantity x unit price less the discount. This
reader takes a line as a fee row only when its numbers close that sum to the cent, so a line of other figures is
never mistaken for one. It runs after the header-driven readers, on the lines they left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from accrue.core.textnorm import find_money, find_percents, iter_numbers
from accrue.extraction.rules_fields import Context
from accrue.extraction.rules_segment import Line, Page, Span
from accrue.extraction.rules_tables import Draft, clean_description, period_in

_CENT = Decimal("0.01")
# A product code: capitals and digits joined by hyphens, dots or slashes, with at least one digit or hyphen.
_SKU = re.compile(r"(?:^|\s)(?P<sku>(?=[A-Z0-9._/-]*[0-9-])(?=[A-Z0-9._/-]*[A-Z])[A-Z0-9][A-Z0-9._/-]{2,})$")
_ROW_NUMBER = re.compile(r"^(?:#\s?)?\d{1,3}[.)]?\s+(?=\S)")
_CONNECTOR = re.compile(r"\s+(?:at|@|x|×|for|of|priced at|costing)\s*(?:[A-Z]{3}|[$€£])?\s*$", re.I)
_SENTENCE = re.compile(r"\b(?:shall|will|may|must|is|are|agrees?|pays?)\b", re.I)
# A tick box before a row: ticked, the row is ordered; empty, it is only offered.
_TICKED = re.compile(r"^\[\s?[xX✓✔]\s?\]\s*")
_UNTICKED = re.compile(r"^\[\s?\]")
_DIGIT = re.compile(r"\d")
# How far above a row its header may stand, in lines, when the row itself names no period.
_HEADER_REACH = 8


@dataclass(frozen=True)
class _Token:
    value: Decimal
    start: int
    end: int
    kind: Literal["money", "number", "percent"]


def read_arithmetic_rows(ctx: Context, consumed: set[tuple[int, int]]) -> list[Draft]:
    """Line items from unread lines whose quantity x unit price (less a discount) is the amount they state."""
    drafts: list[Draft] = []
    for page in ctx.seg.pages:
        for line in page.lines:
            if (line.page, line.index) in consumed or len(line.text) > 240 or len(_DIGIT.findall(line.text)) < 3:
                continue  # a row's quantity, price and amount are three figures, each with a digit of its own
            draft = _row(ctx, page, line)
            if draft is not None:
                drafts.append(draft)
                consumed.add((line.page, line.index))
    return drafts


def _tokens(ctx: Context, text: str) -> list[_Token]:
    """The line's money, percentages and bare numbers, in order; figures inside dates are not numbers."""
    masked = text
    for d in ctx.dates(text):
        masked = masked[:d.start] + " " * (d.end - d.start) + masked[d.end:]
    out: list[_Token] = []
    for m in find_money(masked, decimal_comma=ctx.decimal_comma):
        out.append(_Token(m.amount, m.start, m.end, "money"))
        masked = masked[:m.start] + " " * (m.end - m.start) + masked[m.end:]
    for p in find_percents(masked, decimal_comma=ctx.decimal_comma):
        out.append(_Token(p.value, p.start, p.end, "percent"))
        masked = masked[:p.start] + " " * (p.end - p.start) + masked[p.end:]
    for n in iter_numbers(masked, decimal_comma=ctx.decimal_comma):
        # number words belong to prose, not to a row; digits inside a code ("A-1") or a compound ("12-month") are
        # part of a word
        inside = (n.start and (masked[n.start - 1].isalnum() or masked[n.start - 1] == "-")
                  or re.match(r"-[A-Za-z]", masked[n.end:n.end + 2]))
        if n.text[:1].isdigit() and not inside:
            out.append(_Token(n.value, n.start, n.end, "number"))
    return sorted(out, key=lambda t: t.start)


def _closing(tokens: list[_Token]) -> tuple[_Token, _Token, _Token | None, _Token] | None:
    """(quantity, unit price, discount, amount) whose arithmetic closes, the amount being the last figure."""
    amount = tokens[-1]
    if amount.kind == "percent" or amount.value <= 0:
        return None
    for i, qty in enumerate(tokens[:-2]):
        if qty.kind != "number" or qty.value != qty.value.to_integral_value() or qty.value < 1:
            continue
        for price in tokens[i + 1:-1]:
            if price.kind == "percent":
                continue
            found = _closes(tokens, qty, price, amount, after=price)
            if found:
                return qty, price, found[0], amount
    # the price before the count: "Mobile Field Users AR-MOB NZ$240.00 per year 45 5% NZ$10,260.00"
    for i, price in enumerate(tokens[:-2]):
        if price.kind != "money":
            continue
        for qty in tokens[i + 1:-1]:
            if qty.kind != "number" or qty.value != qty.value.to_integral_value() or qty.value < 1:
                continue
            found = _closes(tokens, qty, price, amount, after=qty)
            if found:
                return qty, price, found[0], amount
    return None


def _closes(tokens: list[_Token], qty: _Token, price: _Token, amount: _Token,
            after: _Token) -> tuple[_Token | None] | None:
    """(the discount, if any) with which quantity x price closes to the amount; a discount stands between `after`
    and the amount."""
    discounts = [None, *(t for t in tokens if t.kind == "percent" and after.end <= t.start < amount.start)]
    for disc in discounts:
        factor = Decimal(1) - (disc.value / 100 if disc else Decimal(0))
        if abs((qty.value * price.value * factor).quantize(_CENT) - amount.value) <= _CENT:
            return (disc,)
    return None


def _row(ctx: Context, page: Page, line: Line) -> Draft | None:
    text = line.text
    tokens = _tokens(ctx, text)
    if len(tokens) < 3:
        return None
    closing = _closing(tokens)
    if closing is None:
        return None
    qty, price, disc, amount = closing
    if _SENTENCE.search(text[:amount.end]):  # the row, not the next sentence on its line
        return None
    if _UNTICKED.match(text):
        return None  # a product the form offers and the customer did not tick
    first = min(qty.start, price.start)
    head = _ROW_NUMBER.sub("", _TICKED.sub("", text[:first].rstrip()))
    sku = _SKU.search(head)
    if sku:
        head = head[:sku.start()].rstrip()
    description = clean_description(head)
    if description is None and not head.strip(" -:(*"):
        # the count leads: '120 Care Staff user licences at A$18.50 per user per month (A$2,220.00 per month)'
        between = _CONNECTOR.sub("", text[qty.end:price.start])
        description = clean_description(between)
    if description is None:
        return None
    span = Span(line.page, line.start, text)
    period = period_in(text[first:])
    period_span = span
    if period is None:
        found = _header_period(page, line)
        if found is None:
            return None
        period, period_span = found
    draft = Draft(method="table")
    draft.set("description", description, span)
    if sku:
        draft.set("sku", sku.group("sku"), span)
    draft.set("quantity", qty.value, span)
    draft.set("unit_price", price.value, span)
    draft.set("price_period", period[1], period_span)
    if disc is not None:
        draft.set("discount_percent", disc.value, span)
    draft.set("net_amount", amount.value, span)
    return draft


def _header_period(page: Page, line: Line) -> tuple[tuple[int, str], Span] | None:
    """The period a header above the row names ('Net / month', 'Annual fee'), from the nearest line without
    figures within reach."""
    for above in reversed(page.lines[max(0, line.index - _HEADER_REACH):line.index]):
        if re.search(r"\d", above.text):
            continue
        found = period_in(above.text)
        return (found, Span(above.page, above.start, above.text)) if found else None
    return None


# ------------------------------------------------------------------------------------------ descriptions

_CODE = r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]+(?:[-_][A-Z0-9]+)+"
_TRAILING_CODE = re.compile(rf"\s(?P<code>{_CODE})$")
_LEADING_CODE = re.compile(rf"^(?P<code>{_CODE})\s+(?=[A-Z])")
_LEADING_SPAN = re.compile(r"^(?:(?:phase|year|period|stage|tranche|term)\s+\d{1,2}\s*)?\(?\s*@D(\d+)@\s*"
                           r"(?:-|to|through|until|till)\s*@D(\d+)@\s*\)?\s*[|:,-]?\s*", re.I)

_TRAILING_SPAN = re.compile(r"(?:,?\s(?:year|phase|period|stage)\s\d{1,2})?"
                            r"\s(?P<open>\()?\s?@D(?P<a>\d+)@\s?(?:-|–|to|through|until)\s?@D(?P<b>\d+)@\s?"
                            r"(?(open)\))$", re.I)
_PER_PERIOD = re.compile(r"\s*(?:/|per\s|a\s)\s*(?:month|mo\b|year|yr\b|annum|quarter)", re.I)
# A row reference before the name ("B1 Supply-Chain Planning Cloud", "B2 Planner User Licences"): a letter and a
# number that count the table's rows, so only when the items around it are numbered the same way
_ROW_REFERENCE = re.compile(r"^(?P<letter>[A-Z])(?P<number>\d{1,2})\s+(?=[A-Z])")


def tidy_description(ctx: Context, draft: Draft) -> None:
    """Separate what a row's description cell took from its neighbours: a leading 'Phase 1 (dates)' or date span
    (the item's dates), a product code before or after the name (its SKU), the quantity after it, table pipes."""
    desc = draft.values.get("description")
    where = draft.spans.get("description")
    if not isinstance(desc, str) or where is None:
        return
    masked, found = ctx.mask_dates(desc)
    span = _LEADING_SPAN.match(masked)
    if span and found:
        draft.set("start_date", found[int(span.group(1))].value, where)
        draft.set("end_date", found[int(span.group(2))].value, where)
        desc = desc[found[int(span.group(2))].end:].lstrip(" )|:,-")
    else:
        trailing = _TRAILING_SPAN.search(masked)
        # "Claims Automation Platform (01.01.2027 - 31.12.2027)", "RoastLog Pro subscription, Year 1 (dates)"; the
        # name before it holds no date, so it reads the same masked or not
        if trailing and found and "@D" not in masked[:trailing.start()]:
            draft.set("start_date", found[int(trailing.group("a"))].value, where)
            draft.set("end_date", found[int(trailing.group("b"))].value, where)
            desc = desc[:trailing.start()].rstrip(" ,(")
    cells = [c.strip() for c in desc.split(" | ") if c.strip()]
    names = [c for c in cells if not re.fullmatch(_CODE, c)]
    codes = [c for c in cells if re.fullmatch(_CODE, c)]
    if len(cells) > 1 and names:
        desc = names[0]
        if codes:
            draft.set("sku", codes[0], where)
    qty = None if draft.own_cell else draft.values.get("quantity")  # a cell of its own holds no quantity
    # "Taproom POS terminal licence 3 £45.00/month": a price per period, or the row's own price or amount, ends the
    # name, and the count before it is the quantity's
    two_words = re.match(r"\s*\S+\s+\S", desc)
    figures = next((m for m in find_money(desc, decimal_comma=ctx.decimal_comma) if two_words
                    and m.start >= two_words.end() and (m.amount in (draft.values.get("unit_price"),
                                                                     draft.values.get("net_amount"))
                                                        or _PER_PERIOD.match(desc, m.end))), None)
    if figures is not None:
        desc = _without_count(desc[:figures.start])
    if qty is not None:
        desc = re.sub(rf"\s{re.escape(format(qty, 'f'))}$", "", desc)
    for pattern in (_TRAILING_CODE, _LEADING_CODE):
        m = pattern.search(desc)
        if m and draft.values.get("sku") in (None, m.group("code")):
            draft.set("sku", m.group("code"), where)
            desc = (desc[:m.start()] + desc[m.end():]).strip()
    if qty is not None:
        desc = re.sub(rf"\s{re.escape(format(qty, 'f'))}$", "", desc)
    clean = clean_description(desc)
    if clean:
        draft.values["description"] = clean


def _without_count(head: str) -> str:
    """What comes before a row's price, less the count and the 'x' or '@' just before the price."""
    head = head.rstrip(" |,-")
    if head.endswith((" @", " x", " ×")):
        head = head[:-2].rstrip()
    name, _, last = head.rpartition(" ")
    return name.rstrip(" |,-") if name and re.fullmatch(r"\d[\d,.]*", last) else head


def drop_row_references(drafts: list[Draft]) -> None:
    """Take a row reference off the front of each item's name when the items count their rows that way ("B1 ...",
    "B2 ...", "B3 ..."): one letter, numbers in order. A single "X1 Carbon" among other names stays a name."""
    refs = [(d, _ROW_REFERENCE.match(d.values.get("description") or "")) for d in drafts]
    numbered = [(d, m) for d, m in refs if m is not None]
    if len(numbered) < 2 or len({m.group("letter") for _, m in numbered}) != 1:
        return
    numbers = [int(m.group("number")) for _, m in numbered]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    for draft, m in numbered:
        draft.values["description"] = draft.values["description"][m.end():]
