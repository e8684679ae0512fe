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

from accrue.core.textnorm import find_money, iter_numbers
from accrue.extraction.rules_fields import Context
from accrue.extraction.rules_segment import Line, LineCell, Span, is_heading
from accrue.extraction.rules_tables import (
    Draft,
    Header,
    finish_row,
    header_columns,
    header_hints,
    period_in,
    rates_note,
    span_of,
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
# The columns a record's figures stand in, and how many lines a record may take below its row number.
_RECORD_FIGURES = frozenset({"unit_price", "net", "quantity", "discount", "period"})
_RECORD = 10
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")
_PHASE = re.compile(r"(?:year|phase|period|stage)\s+\d", re.I)
# A cell that is only a figure, a currency code or a dash; one character class for the figure keeps it linear.
_FIGURE_CELL = re.compile(r"(?:[A-Z]{1,3}\s?)?[$€£¥]?\s?\d[\d.,' ]*%?(?:\s?[A-Z]{3})?|[A-Z]{3}|[-–—]", re.I)
# A cell that is only a percentage, or only an amount (a currency beside it at most).
_PERCENT_CELL = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%")
_MONEY_CELL = re.compile(r"(?:[A-Z]{1,3}\s?)?[$€£¥]?\s?\d[\d.,' ]{0,20}[.,]\d{2}(?:\s?[A-Z]{3})?")
# A product code is short; the bounds keep a search over a long run of code characters linear.
_CODE = re.compile(r"(?=[A-Z0-9._/-]{0,40}[0-9-])(?=[A-Z0-9._/-]{0,40}[A-Z])[A-Z0-9][A-Z0-9._/-]{2,40}")
# A line under a description that notes something about it ("Item LP-RD-STU  Acct: 10-2210", "Req. R-26-3101")
# rather than continuing its name.
_NOTE = re.compile(r"^(?:item|sku|code|part|acct|account|req|ref|note|po|cost cent(?:er|re)|funding)\b|:", re.I)
_NOTED_CODE = re.compile(r"\b(?:item|sku|code|part(?: no\.?)?|product code)\s*[:#]?\s*(?P<code>" + _CODE.pattern + ")",
                         re.I)
# How many lines above a table's header a sentence naming its price column may stand.
_NOTE_ABOVE = 3
# What a price is per, ending on its period: "per unit per year", "per licensed bed per month".
_PER_PERIOD = re.compile(r"per\s+[^.;]{0,60}?\bper\s+(?:calendar\s+)?(?:year|annum|month|quarter)\b", re.I)
# How many lines a header's wrapped cells may take.
_STACK = 8
# A cell that is only a period's noun ("month" under a "Per" header), and the period it names.
_PERIOD_NOUN = re.compile(r"(month|year|quarter|annum)s?", re.I)
_PERIOD_OF = {"month": "month", "year": "year", "quarter": "quarter", "annum": "year"}
# A unit of sale that is bought once, not subscribed to.
_ONCE = re.compile(r"^(?:each|ea\.?|day|days|hour|hours|lot|visit|session|unit once)$", re.I)
# The price period of a row whose table names none, by how often the form bills.
_BILLED_PER = {"annual": "year", "quarterly": "quarter", "monthly": "month"}
# A section that shows a table for reference only (the subscription an add-on order leaves in force) bills nothing.
_REFERENCE = re.compile(r"for reference only|\bremains? in force\b|\bnot re-?billed\b", re.I)
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
    stated: tuple[str, Span] | None = None  # the period a sentence above the header states for its price column
    drafts: list[Draft] = field(default_factory=list)
    # per price period, how many rows state an amount and what those amounts add up to; `None` once a row has none
    sums: dict[Any, tuple[int, Decimal]] | None = field(default_factory=dict)

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
    totals: set[tuple[int, int]] = set()  # lines read as a table's totals
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
                    table.stated = _price_column_per(ctx, table)
                pending, carried, quiet = [], False, 0
                continue
            if table is None:
                continue
            if table.drafts and _sums_rows(ctx, table, line, after_total=(line.page, line.index - 1) in totals):
                consumed.add((line.page, line.index))  # the table's total: no other reader bills it
                taken.add((line.page, line.index))
                totals.add((line.page, line.index))
                continue
            cells = _assign(table, line)
            awake = quiet == 0 or carried
            record = _record(ctx, table, lines, i - 1, cells, consumed) if cells is not None and awake else None
            if record is not None or cells is not None and awake and _figures(ctx, table, cells):
                row = record or _row_at(ctx, table, lines, i - 1, cells or {}, pending, consumed)
                if row is None:  # not a fee row (no period, a total): the text readers may still read it
                    pending = []
                    continue
                draft, used = row
                if not table.drafts:
                    taken.update((x.page, x.index) for x in table.header.lines)
                table.drafts.append(draft)
                _add_to_sums(table, draft, _last_figure(ctx, used[-1].text))
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
    for draft, used in _item_pairs(ctx, consumed):
        drafts.append(draft)
        for x in used:
            consumed.add((x.page, x.index))
            taken.add((x.page, x.index))
    return drafts, frozenset(taken)


# "Item 2 - unit price" in a label cell: one term of one numbered item, its value in the next cell.
_ITEM_LABEL = re.compile(r"(?:item|line|product|position|pos\.?)\s?(?P<n>\d{1,2})\s?[-–:]\s?"
                         r"(?P<field>[A-Za-z][A-Za-z /]{0,40})", re.I)


def _item_pairs(ctx: Context, consumed: set[tuple[int, int]]) -> list[tuple[Draft, list[Line]]]:
    """Items set out as label/value rows, one row per term of each numbered item ("Item 2 - product | Store
    Licences [RIC-STORE]", "Item 2 - quantity | 35 stores", "Item 2 - unit price | AED 1,650.00 per year", "Item 2 -
    net fee per year | AED 51,975.00"): each label's last words name the term as a table header would."""
    items: dict[str, list[tuple[str, str, Line]]] = {}  # an item's terms may run onto the next page
    for page in ctx.seg.pages:
        for line in page.lines:
            if (line.page, line.index) in consumed or len(line.cells) < 2:
                continue
            label = _ITEM_LABEL.fullmatch(line.cells[0].text)
            if label is None:
                continue
            kind = _cell_kind(label.group("field"))
            if not kind and len(ctx.dates(line.text[line.cells[1].start:])) >= 2:
                kind = "dates"  # "Item 1 - applies | 1st June 2026 to 31st May 2027"
            if kind:
                items.setdefault(label.group("n"), []).append((kind, label.group("field"), line))
    out: list[tuple[Draft, list[Line]]] = []
    for terms in items.values():
        found = _item_draft(ctx, terms)
        if found is not None:
            out.append((found, [line for _, _, line in terms]))
    return out


def _item_draft(ctx: Context, terms: list[tuple[str, str, Line]]) -> Draft | None:
    draft = Draft(method="table")
    for kind, field_words, line in terms:
        value = line.text[line.cells[1].start:]
        span = Span(line.page, line.start, line.text)
        money = find_money(value, decimal_comma=ctx.decimal_comma)
        period = period_in(value) or period_in(field_words)
        if kind == "description" and "description" not in draft.values:
            sku = re.search(r"\[(?P<code>" + _CODE.pattern + r")\]", value)
            if sku:
                draft.set("sku", sku.group("code"), span)
                value = (value[:sku.start()] + value[sku.end():]).strip()
            draft.set("description", value.strip(), span)
        elif kind == "dates":
            dates = ctx.dates(value)
            if dates[0].value <= dates[1].value:
                draft.set("start_date", dates[0].value, span)
                draft.set("end_date", dates[1].value, span)
        elif kind == "quantity" and not money:
            counts = iter_numbers(value, decimal_comma=ctx.decimal_comma)
            if counts:
                draft.set("quantity", counts[0].value, span)
        elif kind in ("unit_price", "net") and len(money) == 1:
            draft.set("unit_price" if kind == "unit_price" else "net_amount", money[0].amount, span)
            if period:
                draft.set("price_period", period[1], span)
    v = draft.values
    if "unit_price" not in v and "net_amount" in v and v.get("quantity", Decimal(1)) == 1:
        draft.set("unit_price", v["net_amount"], draft.spans["net_amount"])
    if not isinstance(v.get("description"), str) or "unit_price" not in v or "price_period" not in v:
        return None
    return draft


def _row_at(ctx: Context, table: _Table, lines: list[Line], at: int, cells: dict[int, list[LineCell]],
            pending: list[Line], consumed: set[tuple[int, int]]) -> tuple[Draft, list[Line]] | None:
    """The row whose figures are on `lines[at]`, and the lines it was read from: the description lines above
    it, or those below that continue its own description cell."""
    line = lines[at]
    rows = [line]
    if pending and _phase_only(table, pending[-1]):
        # a phase cell that wrapped ("Phase 1 (1 Jun 2026 - 31 May" over "2027)"): the row starts on its first line
        rows = [pending[-1], line]
        pending = pending[:-1]
        line = _joined(rows)
        cells = _assign(table, line) or cells
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
    return draft, [*pending, *rows, *used]


def _sums_rows(ctx: Context, table: _Table, line: Line, *, after_total: bool) -> bool:
    """Does the line state the sum of the table's rows so far, or of its rows of one period ("Quarterly
    subscription fee: 33.600,00 DKK", "One-time fees (USD) 69,000.00")? It is the table's total, not a fee. A sum
    of one row is a total only right under another total ("Annual recurring fees ..." then "One-time fees ..."), or
    when its label stands under the figures, right of the description column."""
    if not table.sums:
        return False
    # a sum of two rows at least: a row that merely costs what another did is no total
    # ... or one standing under the figures, its label right of where descriptions start
    under_figures = bool(line.cells) and all(line.cells[0].x0 > table.columns[k].x1 for k in table.kinds("description"))
    sums = {total for count, total in table.sums.values() if count >= 2 or after_total or under_figures}
    if len(table.drafts) >= 2:
        sums.add(sum((total for _, total in table.sums.values()), Decimal(0)))
    if under_figures and "month" in table.sums:  # "Quarterly subscription invoice" under monthly rows
        sums |= {table.sums["month"][1] * n for n in (3, 6, 12)}
    # most lines state none of the sums: their digits say so before their amounts are read
    digits = re.sub(r"\D", "", line.text)
    if not any(format(int(total), "d") in digits for total in sums):
        return False
    return bool(_figures_in(ctx, line.text) & sums)


def _add_to_sums(table: _Table, draft: Draft, amount: Decimal | None) -> None:
    if table.sums is None:
        return
    if amount is None or amount <= 0:
        table.sums = None  # a row without an amount: no line under the table can be shown to be their sum
        return
    period = draft.values.get("price_period")
    count, total = table.sums.get(period, (0, Decimal(0)))
    table.sums[period] = (count + 1, total + amount)


def _figures_in(ctx: Context, text: str) -> set[Decimal]:
    """The amounts a line states: money, and numbers with cents."""
    return _money_and_cents(ctx, text)[1]


def _last_figure(ctx: Context, text: str) -> Decimal | None:
    """The last amount a row's line states (its extended amount, in the rightmost figure column)."""
    return _money_and_cents(ctx, text)[0]


def _money_and_cents(ctx: Context, text: str) -> tuple[Decimal | None, set[Decimal]]:
    found = [(m.start, m.amount) for m in find_money(text, decimal_comma=ctx.decimal_comma)]
    found += [(n.start, n.value) for n in iter_numbers(text, decimal_comma=ctx.decimal_comma)
              if re.search(r"[.,]\d\d$", n.text)]
    return (max(found)[1] if found else None), {amount for _, amount in found}


def _record(ctx: Context, table: _Table, lines: list[Line], at: int, cells: dict[int, list[LineCell]],
            consumed: set[tuple[int, int]]) -> tuple[Draft, list[Line]] | None:
    """A row set as a record of several lines, opened by its row number: `1  SG-CW-ADJ  Claims Workbench` on the
    first line, notes on the product under it, the billing period and figures on lines of their own below. The
    record runs from the line with the row number to the line before the next one (or the first line that is no
    part of the table); its figures may stand on any of its lines. None when `lines[at]` opens no such record.

    The description is the name on the record's first line of the description column (with a bracketed code or a
    lower-case run-on under it), not the notes below the name."""
    line = lines[at]
    if not _opens_record(ctx, table, line, cells) and not _lone_number(table, lines, at, cells):
        return None
    record = [line]
    for n, nxt in enumerate(lines[at + 1:at + 1 + _RECORD], start=at + 1):
        nxt_cells = _assign(table, nxt)
        if ((nxt.page, nxt.index) in consumed or nxt_cells is None or _opens_record(ctx, table, nxt, nxt_cells)
                or _lone_number(table, lines, n, nxt_cells)
                or _straddles(table, nxt) or _header(ctx, nxt) is not None
                or _has_figures(ctx, table, record) and not _only_figures(table, nxt, nxt_cells)):
            break
        record.append(nxt)
    if not _has_figures(ctx, table, record):
        return None
    joined = _joined(record)
    if _number_outside(table, line):  # the row number is no part of the first column's text
        joined = Line(joined.page, joined.index, joined.text, joined.start, joined.cells[1:])
    all_cells = _assign(table, joined)
    if all_cells is None:
        return None
    named = [k for k in all_cells if table.columns[k].kind == "description"]
    name, said = _record_name(table, record, set(named))
    notes = " ".join(c.text for k in named for c in all_cells[k])
    described = period_in(notes)
    dates = ctx.dates(notes)
    for k in named:
        del all_cells[k]
    if name:
        all_cells[named[0]] = _without_gloss(name)
    row = _row(ctx, table, [], joined, all_cells, [], described)
    if row is None:
        return None
    draft = row[0]
    if len(dates) >= 2 and dates[0].value <= dates[1].value:  # "Year 1 (1st September 2026 to 31st August 2027)"
        draft.set("start_date", dates[0].value, Span(joined.page, joined.start, joined.text))
        draft.set("end_date", dates[1].value, Span(joined.page, joined.start, joined.text))
    noted = _NOTED_CODE.search(notes)
    if noted and "sku" not in draft.values:  # "Item LP-RD-STU  Acct: 10-2210-5400-101" under the name
        draft.set("sku", noted.group("code"), Span(joined.page, joined.start, joined.text))
    if said and "description" in draft.spans:
        draft.spans["description"] = span_of(said)  # the lines the name is on, not the notes under it
    return draft, record


def _without_gloss(name: list[LineCell]) -> list[LineCell]:
    """A record's name without the gloss after its dash that says how it is sold, which year of a ramp it is, or
    translates it ("Grid Monitoring Platform - Jahreslizenz / annual", "Lecture Capture licence - Year 1 (dates)",
    "Training (on-site days) - Schulung vor Ort, einmalig /")."""
    for n, cell in enumerate(name):
        cut = cell.text.find(" - ")
        if cut > 0:
            rest = " ".join([cell.text[cut + 3:], *(c.text for c in name[n + 1:])])
            if period_in(rest) or _PHASE.match(rest) or cell.text.rstrip().endswith("/"):
                return [*name[:n], LineCell(cell.text[:cut], cell.start, cell.x0, cell.x1)]
    return name


def _number_outside(table: _Table, line: Line) -> bool:
    """Does the line open on a row number set left of the table's first column (a "Pos." heading the header line
    does not hold), with more cells after it?"""
    first = line.cells[0] if line.cells else None
    return (first is not None and len(line.cells) >= 2 and first.x1 <= table.columns[0].x0
            and bool(_ROW_NUMBER.fullmatch(first.text)))


def _opens_record(ctx: Context, table: _Table, line: Line, cells: dict[int, list[LineCell]]) -> bool:
    """Does the line open a record: a row number alone in the table's number column (or its first column, when the
    header does not name it: "Ref"; or left of the first column), a code or a description beside it, no figures?"""
    if _number_outside(table, line) and not _figures(ctx, table, cells):
        return True
    # the number column: named so, or the first column when its header says nothing or is one of two descriptions
    kind = table.columns[0].kind
    first = kind == "" or kind == "description" and len(table.kinds("description")) > 1
    numbers = table.kinds("pos") or [0] * first
    return (len(numbers) == 1 and numbers[0] in cells and len(cells) >= 2
            and bool(_ROW_NUMBER.fullmatch(_text(line, cells[numbers[0]])))
            and not _figures(ctx, table, cells))


def _lone_number(table: _Table, lines: list[Line], at: int, cells: dict[int, list[LineCell]]) -> bool:
    """Does `lines[at]` hold only a row number in the table's number column (or its unnamed first column), with
    the row's name on the line under it (`1` / `eMAR - Electronic Medication Record` / notes / figures)?"""
    kind = table.columns[0].kind
    numbers = table.kinds("pos") or [0] * (kind == "")
    if len(numbers) != 1 or set(cells) != {numbers[0]} or len(lines[at].cells) != 1 or at + 1 >= len(lines):
        return False
    if not _ROW_NUMBER.fullmatch(lines[at].cells[0].text):
        return False
    below = _assign(table, lines[at + 1])
    return below is not None and _only_describes(table, below) and bool(set(below) & set(table.kinds("description")))


def _straddles(table: _Table, line: Line) -> bool:
    """Does a cell of the line reach over two columns, one of them a figure's (a total's label set across the
    table, a footer)?"""
    for cell in line.cells:
        over = [c.kind for c in table.columns if min(cell.x1, c.x1) > max(cell.x0, c.x0)]
        if len(over) >= 2 and set(over) & _RECORD_FIGURES:
            return True
    return False


def _only_figures(table: _Table, line: Line, cells: dict[int, list[LineCell]]) -> bool:
    """Are the line's cells only figures in figure columns (a currency code or an amount that wrapped under its
    figure), not a footer that happens to stand under one?"""
    return ({table.columns[k].kind for k in cells} <= _RECORD_FIGURES
            and all(_FIGURE_CELL.fullmatch(c.text) for c in line.cells))


def _has_figures(ctx: Context, table: _Table, record: list[Line]) -> bool:
    return any(_figures(ctx, table, got) for got in (_assign(table, x) for x in record) if got is not None)


def _joined(record: list[Line]) -> Line:
    """The record's lines as one line of the page (their texts joined by the space the page text has between
    them), keeping each cell where it stands; its index is the first line's."""
    cells: list[LineCell] = []
    offset = 0
    for x in record:
        cells.extend(LineCell(c.text, offset + c.start, c.x0, c.x1) for c in x.cells)
        offset += len(x.text) + 1
    first = record[0]
    return Line(first.page, first.index, " ".join(x.text for x in record), first.start, tuple(cells))


def _record_name(table: _Table, record: list[Line], columns: set[int]) -> tuple[list[LineCell], list[Line]]:
    """The record's name, as cells of its joined line, and the lines it is on: the first line of the description
    column, and lines under it that go on with it (a bracketed code, a lower-case run-on, after a line that broke
    off mid-phrase)."""
    out: list[LineCell] = []
    said: list[Line] = []
    offset = 0
    for x in record:
        own = [LineCell(c.text, offset + c.start, c.x0, c.x1) for c in x.cells if _nearest(table, c) in columns
               and not (x is record[0] and c is x.cells[0] and _ROW_NUMBER.fullmatch(c.text))]
        offset += len(x.text) + 1
        if not own:
            if out:
                break
            continue
        text = " ".join(c.text for c in own)
        if out and not (text[:1] in "([" or text[:1].islower() or _SOFT_END.search(out[-1].text)):
            break
        if out and len(own) != len(x.cells):
            break
        out.extend(own)
        said.append(x)
    return out, said


def _cell_kind(text: str) -> str:
    """The column kind a header cell's words name, read from its last words when the first ones only qualify them
    ("Renewal Qty", "Prior Rate"); "" when no words of it name one."""
    # "Net per period", "Amount per line": what the amount is per does not name another column
    words = re.sub(r"\s+per\s+(?:period|term|line|item|row)$", "", text, flags=re.I).split()
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
    # a cell that runs on past a sentence end is prose; an abbreviation's point is not one ("Art. no.")
    if any(len(c.text) > 40 or re.search(r"(?:[a-z]{4}\.|;)\s+[a-z]", c.text) for c in line.cells):
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


def _code_only(table: _Table, line: Line, cells: dict[int, list[LineCell]]) -> str | None:
    """The code that is all the line's description cell holds (the second line of a cell whose name stands above:
    `NC-CS`, `Code NC-CS`), or None."""
    here = [c for k, got in sorted(cells.items()) if table.columns[k].kind == "description" for c in got]
    if not here:
        return None
    text = _text(line, here)
    if _CODE.fullmatch(text):
        return text
    noted = _NOTED_CODE.match(text)
    return noted.group("code") if noted and noted.end() == len(text) else None


def _only_describes(table: _Table, cells: dict[int, list[LineCell]]) -> bool:
    """Are the line's cells only in the description column, a row number's or a phase's?"""
    return {table.columns[k].kind for k in cells} <= {"description", "pos", "year"}


def _phase_only(table: _Table, line: Line) -> bool:
    """Is the line only the first line of a phase cell that opened a bracket it did not close?"""
    cells = _assign(table, line)
    return (cells is not None and {table.columns[k].kind for k in cells} == {"year"}
            and line.text.count("(") > line.text.count(")"))


def _row(ctx: Context, table: _Table, above: list[Line], line: Line, cells: dict[int, list[LineCell]],
         below: list[Line], described: tuple[int, str] | None = None) -> tuple[Draft, list[Line]] | None:
    """The row whose figures are on `line`, and the lines below it that its description took. `described` is the
    period the notes under a record's name state ("annual licence", "one-time"), which comes before the period
    of the header or of the form's billing."""
    span = Span(line.page, line.start, line.text)
    draft = Draft(method="table")
    values: dict[str, list[tuple[int, Any]]] = {}
    single: list[Any] = []  # dates standing alone in their cells: "Start" and "End" columns
    unread_period = False  # the row's period cell says something this reader cannot read ("One-tim" / "e")
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
        kind = kind or _content_kind(table, text, k)
        period = period_in(text)
        if kind in ("", "pos", "year", "description"):
            bare = _PERIOD_NOUN.fullmatch(text.strip()) if kind == "" else None
            if kind == "" and period:
                draft.set("price_period", period[1], span)
            elif bare:  # "month" under "Per": what the price is per
                draft.set("price_period", _PERIOD_OF[bare.group(1).lower()], span)
            elif kind == "" and _ONCE.match(text):  # a unit column saying "EACH" or "DAY": bought once
                draft.set("price_period", "one_time", span)
            continue
        value = typed_cell(kind, text, ctx, table.header)
        unread_period = unread_period or (kind == "period" and value is None
                                          and bool(re.fullmatch(r"[A-Za-z][A-Za-z /-]*", text)))
        if value is not None:
            values.setdefault(kind, []).append((k, value))
            if kind in (*_FIGURE_KINDS, "quantity") and period:  # "$96.00 /vehicle/yr", "1 (one-time)"
                draft.set("price_period", period[1], span)
    if len(single) == 2 and single[0] <= single[1]:
        draft.set("start_date", single[0], span)
        draft.set("end_date", single[1], span)
    _choose(values)
    _drop_inconsistent_net(values)
    for kind, chosen in values.items():
        if chosen:
            k = chosen[-1][0]
            # a count is quoted up to its own cell: the unit after it ("1 YR") would read as a length of time
            where = Span(line.page, line.start, line.text[:cells[k][-1].end]) if kind == "quantity" else span
            draft.set("price_period" if kind == "period" else kind, chosen[-1][1], where)
    description = _description(ctx, table, above, line, cells, below, draft)
    if description is None:
        return None
    text, where, used = description
    draft.set("description", text, where)
    draft.own_cell = True
    if unread_period and "price_period" not in draft.values:
        return None  # the row states its period, unread: no period from elsewhere stands in for it
    header = table.header
    if header.period_hint and header.span.page != line.page:
        # a row that ran onto a page after its header's: the header, on its own page, states the period
        draft.set("price_period", header.period_hint, header.span)
    if described is not None:
        draft.set("price_period", described[1], span)
    if not header.period_hint:
        noted = rates_note(ctx, line)
        if noted is not None:  # "Rates are per user (or per vault) per year." under the table
            draft.set("price_period", *noted)
        if table.stated is not None:
            draft.set("price_period", *table.stated)
        billing = ctx.best("billing_frequency")
        if billing is not None and billing.value in _BILLED_PER:
            # a table that names no period prices each line for the period the form bills it by
            draft.set("price_period", _BILLED_PER[billing.value], Span(billing.page, 0, billing.quote))
    finished = finish_row(draft, ctx, table.header, span)
    return None if finished is None else (finished, used)


def _price_column_per(ctx: Context, table: _Table) -> tuple[str, Span] | None:
    """The period a sentence just above the table states for its price column by the column's own name ("List Rate
    is per unit per year; Line Total is the annual amount"), cited to that sentence's line."""
    first = table.header.lines[0]
    above = ctx.seg.pages[first.page - 1].lines[max(0, first.index - _NOTE_ABOVE):first.index]
    names = [h.text for h, c in zip(first.cells, table.columns, strict=False) if c.kind == "unit_price"]
    for note in reversed(above):
        for name in names:
            at = note.text.find(f"{name} is per ") if name else -1
            if at < 0:
                at = note.text.find(f"{name} are per ") if name else -1
            stated = _PER_PERIOD.match(note.text, note.text.index(" per ", at) + 1) if at >= 0 else None
            found = period_in(stated.group(0)) if stated else None
            if found:
                return found[1], Span(note.page, note.start, note.text)
    return None


def _content_kind(table: _Table, text: str, column: int | None = None) -> str:
    """The kind of a cell under a header whose words do not say: a code when no column is headed as one, words
    when no column is headed as the description, a percentage the discount and an amount right of the unit price
    the row's amount when no column is headed as those ("Rebate", "Net fee per year / one-time")."""
    if not table.kinds("sku") and _CODE.fullmatch(text) and not period_in(text):  # "USER-YR" is a unit of sale
        return "sku"
    if column is not None and not table.kinds("discount") and _PERCENT_CELL.fullmatch(text):
        return "discount"
    if (column is not None and not table.kinds("net") and _MONEY_CELL.fullmatch(text)
            and any(k < column for k in table.kinds("unit_price"))):
        return "net"
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
    code = _code_only(table, line, cells) if here and above else None
    if code:
        # a cell of two lines, the name above its code: the figures stand level with the code
        draft.set("sku", code, Span(line.page, line.start, line.text))
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
    # by offsets, not indexes: a row whose phase cell wrapped is one joined line standing for two
    page_lines = ctx.seg.pages[first.page - 1].lines_overlapping(first.start, final.end)
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
