"""Fee tables read by where their cells stand on the page, for PDF lines whose cells were read (`Line.cells`).

The text layer joins a row's cells with spaces, so a reader of text alone guesses where one cell ends. Here the
header's cells give each column an x-range and a kind (from its words: "Qty", "Unit Cost", "Renewal Rate"); each
body cell goes to the column it overlaps, and is read as that column's kind. A column whose header words say
nothing is read by what its cells hold: a date range gives the row's dates, a code its SKU, words its description
(when no column is headed as one), a period word its billing period. A row whose description cell ran onto more
lines is joined back: lines above its figures when the table sets its figures low, lines below when the
description shares the figures' line. A table that runs past a page break goes on with the rows that align with
its columns (or under its repeated header). Lines without cells are left to the text readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from accrue.core.textnorm import find_money
from accrue.extraction.rules_fields import Context
from accrue.extraction.rules_segment import Line, LineCell, Span, is_heading
from accrue.extraction.rules_tables import (
    Draft,
    Header,
    finish_row,
    header_columns,
    header_hints,
    period_in,
    typed_cell,
)

# A body cell this far (points) from every column belongs to none: the line is not a row of the table.
_REACH = 40.0
# Lines without figures that may stand between a table's last row on one page and its next row on the following
# page (a running head, a repeated title) before the table counts as ended.
_PAGE_HEAD_LINES = 4
# Lines a row's description may take above its figures, and below them.
_ABOVE, _BELOW = 6, 3
_FIGURE_KINDS = frozenset({"unit_price", "net"})
_CODE = re.compile(r"(?=[A-Z0-9._/-]*[0-9-])(?=[A-Z0-9._/-]*[A-Z])[A-Z0-9][A-Z0-9._/-]{2,}")
# A line under a description that notes something about it ("Item LP-RD-STU  Acct: 10-2210", "Req. R-26-3101")
# rather than continuing its name.
_NOTE = re.compile(r"^(?:item|sku|code|part|acct|account|req|ref|note|po|cost cent(?:er|re)|funding)\b|:", re.I)
_NOTED_CODE = re.compile(r"\b(?:item|sku|code|part(?: no\.?)?|product code)\s*[:#]?\s*(?P<code>" + _CODE.pattern + ")",
                         re.I)
# A note under a table that says what period its prices are for, and how many lines below a row it is looked for.
_RATES_PER = re.compile(r"^(?:all\s+)?(?:unit\s+)?(?:rates|prices|fees|charges)\s+(?:shown\s+|above\s+)?are\s+"
                        r"(?:stated\s+)?per\s+[^.;]{0,60}?\bper\s+(?:calendar\s+)?(?:year|annum|month|quarter)\b", re.I)
_NOTE_REACH = 8
# How many lines a header's wrapped cells may take.
_STACK = 8
# A unit of sale that is bought once, not subscribed to.
_ONCE = re.compile(r"^(?:each|ea\.?|day|days|hour|hours|lot|visit|session|unit once)$", re.I)
# The price period of a row whose table names none, by how often the form bills.
_BILLED_PER = {"annual": "year", "quarterly": "quarter", "monthly": "month"}
# A section that shows a table for reference only (the subscription an add-on order leaves in force) bills nothing.
_REFERENCE = re.compile(r"for reference only|\bremains? in force\b", re.I)
_SOFT_END = re.compile(r"(?:[,&(/-]|\b(?:and|or|of|for|with|the|to|in))$")
# A description line this wide, as a share of the room before the next column, filled its column and wrapped.
_FILLED = 0.7
# How far apart (points) the left edges of a description's lines may be: a cell's lines start at its padding.
_ALIGN = 3.0


@dataclass(frozen=True)
class Column:
    """A column of a fee table: the kind its header names ("" when the header's words do not say) and its
    header cell's left and right edge."""

    kind: str
    x0: float
    x1: float


@dataclass
class _Table:
    """A fee table being read: its header, its columns, whether it is shown for reference only, its rows."""

    header: Header
    columns: list[Column]
    reference: bool  # shown for reference only: its rows are read so no other reader bills them, and dropped
    drafts: list[Draft] = field(default_factory=list)

    def kinds(self, kind: str) -> list[int]:
        return [k for k, c in enumerate(self.columns) if c.kind == kind]


def read_grid_tables(ctx: Context, consumed: set[tuple[int, int]]) -> tuple[list[Draft], frozenset[tuple[int, int]]]:
    """Line items from fee tables whose header and rows have cells, and the lines those tables took (header
    lines included), which the text readers then leave alone. Row lines are marked consumed.

    A line that is neither a row nor part of a row's description rests the table: on the same page no row is
    read after it, but the next page may go on with the table (past a running head of a few lines); a resting
    line with figures, or more than a few, ends it. A line with figures in the table's price columns that is no
    fee row (a subtotal, a row without a period) is left to the text readers and the table goes on.
    """
    drafts: list[Draft] = []
    taken: set[tuple[int, int]] = set()
    table: _Table | None = None
    quiet = 0  # lines since the table's last row that were neither rows nor descriptions
    for page in ctx.seg.pages:
        lines = page.lines
        pending: list[Line] = []  # lines above a row's figures: its description, when the table sets figures low
        carried = table is not None and bool(table.drafts) and quiet <= _PAGE_HEAD_LINES
        table = table if carried else None
        quiet = 0
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            if (line.page, line.index) in consumed:
                table, pending = None, []
                continue
            found = _header(ctx, line)
            if found is None and table is None:
                found = _stacked_header(ctx, lines, i - 1)
                if found is not None:
                    i = found.header.lines[-1].index + 1
            if found is not None:
                if table is not None and carried and found.header.columns == table.header.columns:
                    taken.add((line.page, line.index))  # the header repeated on the new page
                    table.header, table.columns = found.header, found.columns
                else:
                    table = found
                pending, carried, quiet = [], False, 0
                continue
            if table is None:
                continue
            cells = _assign(table, line)
            awake = quiet == 0 or carried
            if cells is not None and awake and _figures(ctx, table, cells):
                row = _row_at(ctx, table, lines, i - 1, cells, pending, consumed)
                if row is None:  # not a fee row (no period, a total): the text readers may still read it
                    pending = []
                    continue
                draft, used = row
                if not table.drafts:
                    taken.update((x.page, x.index) for x in table.header.lines)
                table.drafts.append(draft)
                if not table.reference:
                    drafts.append(draft)
                for x in used:
                    consumed.add((x.page, x.index))
                    taken.add((x.page, x.index))
                i = max(i, max(x.index for x in used) + 1)
                pending, carried, quiet = [], False, 0
                continue
            if cells is not None and awake and _only_describes(table, cells) and len(pending) < _ABOVE:
                pending.append(line)
                continue
            pending = []
            quiet += 1
            if find_money(line.text, decimal_comma=ctx.decimal_comma) or quiet > _PAGE_HEAD_LINES:
                table = None
    return drafts, frozenset(taken)


def _row_at(ctx: Context, table: _Table, lines: list[Line], at: int, cells: dict[int, list[LineCell]],
            pending: list[Line], consumed: set[tuple[int, int]]) -> tuple[Draft, list[Line]] | None:
    """The row whose figures are on `lines[at]`, and the lines it was read from: the description lines above
    it, or those below that continue its own description cell."""
    line = lines[at]
    cells = _split_overflow(table, cells)
    below: list[Line] = []
    if _describes(table, cells) and not (pending and _code_only(table, line, cells)):
        for nxt in lines[at + 1:at + 1 + _BELOW]:
            nxt_cells = _assign(table, nxt)
            if ((nxt.page, nxt.index) in consumed or nxt_cells is None or not _only_describes(table, nxt_cells)
                    or is_heading(nxt.text) or _header(ctx, nxt) is not None):
                break
            below.append(nxt)
    row = _row(ctx, table, pending, line, cells, below)
    if row is None:
        return None
    draft, used = row
    return draft, [*pending, line, *used]


def _cell_kind(text: str) -> str:
    """The column kind a header cell's words name, read from its last words when the first ones only qualify them
    ("Renewal Qty", "Prior Rate"); "" when no words of it name one."""
    words = text.split()
    for k in range(len(words)):
        kinds = header_columns(" ".join(words[k:]))
        if kinds:
            if "description" in kinds:
                return "description"
            return kinds[-1]  # the last word names the column: "Line Amount", "Unit Cost"
    return ""


def _header(ctx: Context, line: Line) -> _Table | None:
    """A table read from a header line's cells: three or more cells, most of them naming a column, one of them a
    price or an amount, and no figures."""
    if len(line.cells) < 3 or re.search(r"\d[.,]\d", line.text) or find_money(line.text,
                                                                           decimal_comma=ctx.decimal_comma):
        return None
    if any(len(c.text) > 40 or re.search(r"[.;]\s+[a-z]", c.text) for c in line.cells):
        return None
    kinds = [_cell_kind(c.text) for c in line.cells]
    if not _names_columns(kinds):
        return None
    above = ctx.seg.pages[line.page - 1].lines[max(0, line.index - 3):line.index]
    reference = bool(_REFERENCE.search(" ".join([ctx.seg.section_of(line), *(x.text for x in above)])))
    currency, hint = header_hints(line.text)
    header = Header(kinds, [line], False, currency, hint)
    return _Table(header, [Column(kind, c.x0, c.x1) for kind, c in zip(kinds, line.cells, strict=True)],
                  reference)


def _stacked_header(ctx: Context, lines: list[Line], at: int) -> _Table | None:
    """A header whose cells wrap onto lines of their own ("Unit Price /" over "Year", "Annual" over "Amount"):
    up to `_STACK` lines of short cells without figures, merged column by column (cells that overlap on the page
    are one column's words, read top to bottom), and read as a header when the line after them is a row."""
    group: list[Line] = []
    for line in lines[at:at + _STACK]:
        if (not line.cells or re.search(r"\d", line.text) or any(len(c.text.split()) > 4 for c in line.cells)
                or _header(ctx, line) is not None):
            break  # a line that is a header by itself is read as one
        group.append(line)
    if len(group) < 2 or at + len(group) >= len(lines):
        return None
    merged: list[tuple[float, float, list[str]]] = []
    for line in group:
        for cell in line.cells:
            hit = next((k for k, (x0, x1, _) in enumerate(merged) if min(x1, cell.x1) > max(x0, cell.x0)), None)
            if hit is None:
                merged.append((cell.x0, cell.x1, [cell.text]))
            else:
                x0, x1, words = merged[hit]
                merged[hit] = (min(x0, cell.x0), max(x1, cell.x1), [*words, cell.text])
    merged.sort(key=lambda m: m[0])
    texts = [" ".join(words) for _, _, words in merged]
    kinds = [_cell_kind(text) for text in texts]
    if not _names_columns(kinds):
        return None
    currency, hint = header_hints(" ".join(texts))
    table = _Table(Header(kinds, group, False, currency, hint),
                   [Column(kind, x0, x1) for kind, (x0, x1, _) in zip(kinds, merged, strict=True)], False)
    cells = _assign(table, lines[at + len(group)])
    return table if cells is not None and _figures(ctx, table, cells) else None


def _names_columns(kinds: list[str]) -> bool:
    """Do these header cells name a table's columns: three or more, most of them named, one a price or amount?"""
    known = [k for k in kinds if k]
    return (len(kinds) >= 3 and 2 * len(known) >= len(kinds) and len(set(known)) >= 2
            and bool(_FIGURE_KINDS & set(known)))


def _assign(table: _Table, line: Line) -> dict[int, list[LineCell]] | None:
    """The line's cells by the column each overlaps most (or stands nearest to); None when the line has no
    cells or one stands away from every column."""
    if not line.cells:
        return None
    out: dict[int, list[LineCell]] = {}
    for cell in line.cells:
        best, score = -1, float("-inf")
        for k, column in enumerate(table.columns):
            overlap = min(cell.x1, column.x1) - max(cell.x0, column.x0)  # negative: the gap between them
            if overlap > score:
                best, score = k, overlap
        if score < -_REACH:
            return None
        out.setdefault(best, []).append(cell)
    return out


def _text(line: Line, cells: list[LineCell]) -> str:
    return line.text[cells[0].start:cells[-1].end]


def _figures(ctx: Context, table: _Table, cells: dict[int, list[LineCell]]) -> bool:
    """Does the line hold an amount in a price or amount column?"""
    return any(table.columns[k].kind in _FIGURE_KINDS and find_money(" ".join(c.text for c in got),
                                                                      decimal_comma=ctx.decimal_comma)
               or table.columns[k].kind in _FIGURE_KINDS and re.fullmatch(r"[\d.,' ]*\d[.,]\d{2}", got[0].text)
               for k, got in cells.items())


def _describes(table: _Table, cells: dict[int, list[LineCell]]) -> bool:
    return any(table.columns[k].kind == "description" for k in cells)


def _split_overflow(table: _Table, cells: dict[int, list[LineCell]]) -> dict[int, list[LineCell]]:
    """A description long enough to run into the quantity column leaves no gap before the count set there
    ("Named User Seats (USR-NU) 11"): the count at its end is the quantity column's cell."""
    quantity = table.kinds("quantity")
    if len(quantity) != 1 or quantity[0] in cells:
        return cells
    column = table.columns[quantity[0]]
    out = dict(cells)
    for k in table.kinds("description"):
        got = out.get(k)
        if not got:
            continue
        cell = got[-1]
        m = re.search(r"\s(\d[\d,.']*)$", cell.text)
        if m and cell.x1 >= column.x0:
            name = LineCell(cell.text[:m.start()].rstrip(), cell.start, cell.x0, column.x0)
            count = LineCell(m.group(1), cell.start + m.start(1), column.x0, cell.x1)
            out[k] = [*got[:-1], name]
            out[quantity[0]] = [count]
    return out


def _code_only(table: _Table, line: Line, cells: dict[int, list[LineCell]]) -> bool:
    """Is the line's description cell only a code (the second line of a cell whose name stands above)?"""
    here = [c for k, got in sorted(cells.items()) if table.columns[k].kind == "description" for c in got]
    return bool(here) and bool(_CODE.fullmatch(_text(line, here)))


def _only_describes(table: _Table, cells: dict[int, list[LineCell]]) -> bool:
    """Are the line's cells only in the description column or a row number's?"""
    return {table.columns[k].kind for k in cells} <= {"description", "pos"}


def _row(ctx: Context, table: _Table, above: list[Line], line: Line, cells: dict[int, list[LineCell]],
         below: list[Line]) -> tuple[Draft, list[Line]] | None:
    """The row whose figures are on `line`, and the lines below it that its description took."""
    span = Span(line.page, line.start, line.text)
    draft = Draft(method="table")
    values: dict[str, list[tuple[int, Any]]] = {}
    single: list[Any] = []  # dates standing alone in their cells: "Start" and "End" columns
    for k, got in sorted(cells.items()):
        kind, text = table.columns[k].kind, _text(line, got)
        dates = ctx.dates(text)
        if len(dates) >= 2 and kind not in _FIGURE_KINDS:
            draft.set("start_date", dates[0].value, span)
            draft.set("end_date", dates[1].value, span)
            continue  # a description that opens on its dates keeps them: `tidy_description` takes them off
        if len(dates) == 1 and not kind and dates[0].end - dates[0].start >= len(text.strip()) - 1:
            single.append(dates[0].value)
            continue
        kind = kind or _content_kind(table, text)
        period = period_in(text)
        if kind in ("", "pos", "year", "description"):
            if kind == "" and period:
                draft.set("price_period", period[1], span)
            elif kind == "" and _ONCE.match(text):  # a unit column saying "EACH" or "DAY": bought once
                draft.set("price_period", "one_time", span)
            continue
        value = typed_cell(kind, text, ctx, table.header)
        if value is not None:
            values.setdefault(kind, []).append((k, value))
            if kind in _FIGURE_KINDS and period:
                draft.set("price_period", period[1], span)
    if len(single) == 2 and single[0] <= single[1]:
        draft.set("start_date", single[0], span)
        draft.set("end_date", single[1], span)
    _choose(values)
    _drop_inconsistent_net(values)
    for kind, chosen in values.items():
        if chosen:
            draft.set("price_period" if kind == "period" else kind, chosen[-1][1], span)
    description = _description(ctx, table, above, line, cells, below, draft)
    if description is None:
        return None
    text, where, used = description
    draft.set("description", text, where)
    header = table.header
    if header.period_hint and header.span.page != line.page:
        # a row that ran onto a page after its header's: the header, on its own page, states the period
        draft.set("price_period", header.period_hint, header.span)
    if not header.period_hint:
        for note in ctx.seg.pages[line.page - 1].lines[line.index + 1:line.index + 1 + _NOTE_REACH]:
            stated = _RATES_PER.match(note.text)
            found = period_in(stated.group(0)) if stated else None
            if found:  # "Rates are per user (or per vault) per year." under the table
                draft.set("price_period", found[1], Span(note.page, note.start, note.text))
                break
        billing = ctx.best("billing_frequency")
        if billing is not None and billing.value in _BILLED_PER:
            # a table that names no period prices each line for the period the form bills it by
            draft.set("price_period", _BILLED_PER[billing.value], Span(billing.page, 0, billing.quote))
    finished = finish_row(draft, ctx, table.header, span)
    return None if finished is None else (finished, used)


def _content_kind(table: _Table, text: str) -> str:
    """The kind of a cell under a header whose words do not say: a code when no column is headed as one, words
    when no column is headed as the description."""
    if not table.kinds("sku") and _CODE.fullmatch(text):
        return "sku"
    if not table.kinds("description") and re.search(r"[A-Za-z]{3}", text) and not re.search(r"\d[.,]\d", text) \
            and not period_in(text):
        return "description"
    return ""


def _choose(values: dict[str, list[tuple[int, Any]]]) -> None:
    """Where two columns share a kind ("Prior Qty", "Renewal Qty"; "Prior Rate", "Renewal Rate"), keep the
    quantity and price whose product is the row's amount; else the later columns."""
    quantities, prices, nets = values.get("quantity", []), values.get("unit_price", []), values.get("net", [])
    discount = Decimal(values["discount"][-1][1]) if values.get("discount") else Decimal(0)
    if not nets and len(prices) >= 2:
        # "List price p.a. | Renewal discount | Renewal price p.a.": the last price is what the row comes to
        first, last = prices[-2][1], prices[-1][1]
        count = quantities[-1][1] if quantities else Decimal(1)
        if _closes(count, first, discount, last):
            values["unit_price"], values["net"] = [prices[-2]], [prices[-1]]
        return
    if len(quantities) < 2 and len(prices) < 2 or not nets:
        return
    for q in reversed(quantities):
        for p in reversed(prices):
            if _closes(q[1], p[1], discount, nets[-1][1]):
                values["quantity"], values["unit_price"] = [q], [p]
                return


def _drop_inconsistent_net(values: dict[str, list[tuple[int, Any]]]) -> None:
    """An amount that is not quantity x price less the discount is over some other span (the whole term, a
    phase of several months): it is not the row's net amount."""
    nets, prices = values.get("net"), values.get("unit_price")
    if not nets or not prices:
        return
    count = values["quantity"][-1][1] if values.get("quantity") else Decimal(1)
    discount = values["discount"][-1][1] if values.get("discount") else Decimal(0)
    if not _closes(count, prices[-1][1], Decimal(discount), nets[-1][1]):
        del values["net"]


def _closes(quantity: Any, price: Any, discount: Decimal, amount: Any) -> bool:
    """Is quantity x price, less the discount, the amount (to the cent)?"""
    if not all(isinstance(v, Decimal) for v in (quantity, price, amount)):
        return False
    return bool(abs(quantity * price * (1 - discount / 100) - amount) <= Decimal("0.01"))


def _description(ctx: Context, table: _Table, above: list[Line], line: Line, cells: dict[int, list[LineCell]],
                 below: list[Line], draft: Draft) -> tuple[str, Span, list[Line]] | None:
    """The row's description, the span it is quoted from and the lines below it that it took.

    It is the description cell on the figures' line, joined to the lines above it that it continues (figures set
    level with a cell's last line) and to the lines below that continue it; with no such cell, the lines above
    the figures. A description's lines start at one left edge. A line that notes a code or an account under the
    name is not part of it; a code it notes is the row's SKU. A line continues the one before when that one
    filled its column or broke off mid-phrase, or when it opens in lower case.
    """
    named = set(table.kinds("description"))
    columns = named or {k for k, got in cells.items() if _content_kind(table, _text(line, got)) == "description"}
    here = [c for k, got in sorted(cells.items()) if k in columns for c in got]
    if here and above and _code_only(table, line, cells):
        # a cell of two lines, the name above its code: the figures stand level with the code
        draft.set("sku", _text(line, here), Span(line.page, line.start, line.text))
        here = []
    ups = _run(table, columns, above, draft, None)
    if here:
        own = (here[0], here[-1])
        if ups and _continues(table, ups[-1][1], ups[-1][2][1], _text(line, here)) and \
                abs(ups[-1][2][0].x0 - here[0].x0) <= _ALIGN:
            start = ups + [(line, _text(line, here), own)]
        else:
            start = [(line, _text(line, here), own)]
        run = start + _run(table, columns, below, draft, start[-1])
    else:
        run = ups
    if not run:
        return None
    first, final = run[0][0], run[-1][0]
    page_lines = ctx.seg.pages[first.page - 1].lines[first.index:final.index + 1]
    return (" ".join(text for _, text, _ in run), Span(first.page, first.start, " ".join(x.text for x in page_lines)),
            [x for x, _, _ in run if x in below])


_Part = tuple[Line, str, tuple[LineCell, LineCell]]  # a line of a description: its text, first and last cell


def _run(table: _Table, columns: set[int], lines: list[Line], draft: Draft, after: _Part | None) -> list[_Part]:
    """The description lines among `lines` (in order) that go on from `after` (or start a description): aligned
    with its first line, not notes, each continuing the one before. Going on below a row, the first line that
    does not continue ends it; above a row, lines that do not are passed over."""
    out: list[_Part] = []
    last = after
    going_on = after is not None
    for other in lines:
        own = [c for c in other.cells if _nearest(table, c) in columns]
        aligned = bool(own) and (last is None or abs(own[0].x0 - last[2][0].x0) <= _ALIGN)
        if not aligned or (going_on and len(own) != len(other.cells)):
            if going_on:
                break
            continue
        text = _text(other, own)
        if last is not None and _NOTE.search(text):
            noted = _NOTED_CODE.search(text)
            if noted and "sku" not in draft.values:
                draft.set("sku", noted.group("code"), Span(other.page, other.start, other.text))
            continue
        if last is not None and not _continues(table, last[1], last[2][1], text):
            if going_on:
                break
            continue
        last = (other, text, (own[0], own[-1]))
        out.append(last)
    return out


def _continues(table: _Table, before: str, cell: LineCell, text: str) -> bool:
    if _SOFT_END.search(before) or text[:1].islower() or text[:1] == "(":
        return True
    # the line before filled its column: the name wrapped there
    later = [c.x0 for c in table.columns if c.x0 > cell.x0 + 1]
    return bool(later) and cell.x1 - cell.x0 >= _FILLED * (min(later) - cell.x0)


def _nearest(table: _Table, cell: LineCell) -> int:
    return max(range(len(table.columns)),
               key=lambda k: min(cell.x1, table.columns[k].x1) - max(cell.x0, table.columns[k].x0))
