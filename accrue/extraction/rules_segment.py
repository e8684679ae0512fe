"""Segmentation for the embedded extractor: pages into lines, label/value pairs, sections and clauses.

Every unit keeps its page and its exact text, and each unit's text is a substring of the
page's whitespace-normalised text, so anything quoted from it passes the grounding check.
Clauses are sentences split at sentence ends and at the start of block lines (bullets,
numbered clauses, headings, table rows, label lines), never across pages. A PDF line keeps the cells its
page drew it in (`Document.cells`), mapped onto its normalised text, for the readers of tables.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from accrue.core.document import Cell, Document
from accrue.core.textnorm import normalise_ws, normalised_positions
from accrue.extraction.rules_vocab import LABELS, LEGAL_SUFFIX, WEAK_LABELS, clean_label


@dataclass(frozen=True)
class LineCell:
    """A cell of a PDF line: its text, where it starts in the line's text, its left and right edge on the page."""

    text: str
    start: int
    x0: float
    x1: float

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Line:
    page: int
    index: int
    text: str
    start: int  # offset of the line in its page's normalised text
    cells: tuple[LineCell, ...] = ()  # empty for text files and lines whose positions were not read

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Span:
    """A quotable run of text on one page."""

    page: int
    start: int
    text: str
    section: str = ""


@dataclass(frozen=True)
class Pair:
    """A labelled value: `topic` from the vocabulary, `value` the text after the label, `quote` label and value."""

    topic: str
    label: str
    value: str
    quote: Span
    strong: bool  # separated by a colon, dash, table cell or its own line (not just a space)
    weak: bool = False  # an everyday word used as a label without a separator ("Customer shall pay")
    stacked: bool = False  # the label stood on its own line and the value came below it


@dataclass
class Page:
    number: int
    text: str
    lines: list[Line] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)

    def _line_starts(self) -> list[int]:
        if len(self._starts) != len(self.lines):
            self._starts = [x.start for x in self.lines]
        return self._starts

    def lines_overlapping(self, start: int, end: int) -> list[Line]:
        """The lines that share text with [start, end) of the page, by bisection: a scan of every line for every
        clause made long pages quadratic."""
        starts = self._line_starts()
        first = max(0, bisect_right(starts, start) - 1)
        return [x for x in self.lines[first:bisect_left(starts, end)] if x.end > start]

    def lines_from(self, offset: int) -> list[Line]:
        """The lines that start at or after `offset`, in page order."""
        return self.lines[bisect_left(self._line_starts(), offset):]


@dataclass
class Segmented:
    pages: list[Page]
    clauses: list[Span]
    pairs: list[Pair]
    headings: dict[tuple[int, int], str]  # (page, line index) -> heading text
    sections: dict[tuple[int, int], str]  # (page, line index) -> current section heading

    def section_of(self, line: Line) -> str:
        return self.sections.get((line.page, line.index), "")


_BULLET = re.compile(r"^(?:[•·▪◦*\-–>]+\s+|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]\s+|\(?[a-z][.)]\s+|\([ivx]+\)\s+|"
                     r"[A-Z]\.[0-9]+\s+|#+\s+|\|)")
_SENTENCE_END = re.compile(r"(?<=[^.][.;!?])[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9]|\((?:[a-z]|[ivx]{1,4})\)\s)")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:inc|ltd|co|corp|no|nos|n\.a|e\.g|i\.e|u\.s|s\.a|b\.v|n\.v|st|mr|mrs|ms|dr|vs|etc|approx|art|pos|"
    r"p\.a|incl|excl|sec|para|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|l\.l\.c|p\.c|pty|plc|llc|s\.r\.l|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"fig|ref|cf|al|viz|p\.o|a\.m|p\.m)|(?<![\w.])[A-Z]|(?:^|(?<=\s))\(?\d{1,2}(?:\.\d{1,2})*|\([a-z0-9]{1,4}\)|"
    r"(?:^|(?<=\s))[ivx]{1,4})\.$",
    re.IGNORECASE)
_COLON_PAIR = re.compile(r"^(?P<label>[^:]{1,70}?)\s*:\s*(?P<value>.*)$")
_DASH_PAIR = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9 .#&/'()*]{0,60}?)\s+-\s+(?P<value>\S.*)$")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")
_HEADING = re.compile(r"^(?:#+\s+.*|(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]+\.)?\s*[A-Z][^.:;!?]{1,60})$")


def md_cells(text: str) -> list[str]:
    """Cells of a markdown table row, without the outer pipes."""
    return [c.strip() for c in text.strip().strip("|").split("|")]


def is_heading(line: str) -> bool:
    """A short line that names a section: no sentence punctuation, mostly capitalised words."""
    if len(line) > 70 or not _HEADING.match(line) or line.endswith((",", "-")):
        return False
    stripped = re.sub(r"^[#\d.\sIVX]+", "", line.replace("*", "")).strip()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", stripped) if len(w) > 3]
    if not words or any(ch.isdigit() for ch in stripped) or "@" in stripped or "$" in stripped:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6 and len(stripped.split()) <= 9


def _label_prefix(text: str, labels: Mapping[str, str], longest: int) -> tuple[str, str] | None:
    """Longest vocabulary label (of at most `longest` words) that opens the line without a separator:
    ('payment terms', 'Net 30')."""
    words = text.split(maxsplit=longest)
    for n in range(min(longest, len(words) - 1), 0, -1):
        head = " ".join(words[:n])
        key = clean_label(head)
        if key in labels and not head.endswith("."):
            return head, " ".join(words[n:])
    return None


def _longest(labels: Mapping[str, str]) -> int:
    return max(len(k.split()) for k in labels)


def segment(doc: Document, labels: Mapping[str, str] = LABELS) -> Segmented:
    """Split a document into lines, clauses (sentences) and label/value pairs, page by page.

    `labels` maps each label a form may use (cleaned, lower case) to the topic it states: the built-in
    vocabulary, plus the labels people taught by correcting runs (`accrue.extraction.learned_labels`).
    """
    pages: list[Page] = []
    clauses: list[Span] = []
    pairs: list[Pair] = []
    headings: dict[tuple[int, int], str] = {}
    sections: dict[tuple[int, int], str] = {}
    section = ""
    for number, raw in enumerate(doc.pages, 1):
        page = Page(number, "")
        offset = 0
        after_blank: set[int] = set()
        page_cells = doc.cells[number - 1] if number <= len(doc.cells) else []
        cell_starts = [c.start for c in page_cells]
        for raw_start, raw_line in _raw_lines(raw):
            text = normalise_ws(raw_line)
            if not text:
                after_blank.add(len(page.lines))
                continue
            cells = _line_cells(raw_line, raw_start, page_cells, cell_starts)
            page.lines.append(Line(number, len(page.lines), text, offset, cells))
            offset += len(text) + 1
        page.text = " ".join(line.text for line in page.lines)
        pages.append(page)
        block_starts: set[int] = set()
        lengths = sorted(len(x.text) for x in page.lines)
        # a line well short of the page's full width ends where its writer ended it, not where the text wrapped
        hard = 0.75 * lengths[-1] if lengths else 60
        if lengths and lengths[-1] < 75:
            hard = 1e9  # nothing on a page this narrow wrapped: every line ends where it was ended
        for i, line in enumerate(page.lines):
            prev = page.lines[i - 1].text if i else ""
            if is_heading(line.text) and not _TABLE_ROW.match(line.text):
                headings[(number, i)] = line.text
                section = line.text
                block_starts.add(i)
                if i + 1 < len(page.lines):
                    block_starts.add(i + 1)
            sections[(number, i)] = section
            # a page number left inside a sentence by a text conversion ("... not to renew the\n\n4 Agreement, ...")
            page_number_inside = bool(re.match(r"^\d{1,3} [A-Za-z]", line.text)) and bool(re.search(r"[a-z]$", prev))
            if i == 0 or (i in after_blank and not page_number_inside) or _TABLE_ROW.match(line.text) or \
                    _TABLE_ROW.match(prev) or (_starts_block(line.text, prev, hard, labels) and not page_number_inside):
                block_starts.add(i)
        clauses.extend(_sentences(page, block_starts, sections))
        pairs.extend(_pairs(page, labels))
    return Segmented(pages, clauses, pairs, headings, sections)


def _raw_lines(raw: str) -> list[tuple[int, str]]:
    """The page's lines as `str.splitlines` splits them, each with its offset in the page text."""
    out: list[tuple[int, str]] = []
    offset = 0
    for piece in raw.splitlines(keepends=True):
        out.append((offset, piece.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")))
        offset += len(piece)
    return out


def _line_cells(raw_line: str, raw_start: int, cells: list[Cell], starts: list[int]) -> tuple[LineCell, ...]:
    """The cells of one raw line, placed in its normalised text: where a cell starts there is found by normalising
    the raw text before it (whitespace collapsed, quotes and dashes straightened, as the line itself was)."""
    if not cells:
        return ()
    end = raw_start + len(raw_line)
    first = bisect_left(starts, raw_start)  # cells are in text order
    out: list[LineCell] = []
    landing: list[int] | None = None
    for cell in cells[first:]:
        if cell.start >= end:
            break
        landing = landing or normalised_positions(raw_line)
        before = landing[cell.start - raw_start]
        text = normalise_ws(raw_line[cell.start - raw_start:cell.end - raw_start])
        if text:
            out.append(LineCell(text, before, cell.x0, cell.x1))
    return tuple(out)


_SOFT_END = (",", "-", " and", " or", " of", " the", " to", " a", " an", " in", " for", " by", " with")
# "Label:" or "Label (a note, even with commas):" at the start of a line
_LABEL_HEAD = re.compile(r"^[A-Z*][^:;(),]{0,50}(?:\([^():;]{0,60}\)\s*)?:(?:\s|$)")
# A fee row ends on its amount, or on a price and its period: "... 1 x USD 15,000.00 per year", "$95 /user/mo".
_ROW_END = re.compile(r"\d(?:\s?(?:[A-Z]{3}|€|£|%))?(?:\s*(?:per|/|a|each)\s?(?:[A-Za-z-]+\s?(?:per|/)\s?)?"
                      r"(?:calendar\s+)?(?:year|annum|month|quarter|yr|mo|qtr)|\s+p\.\s?a\.|"
                      r"\s+(?:annually|monthly|quarterly|yearly|one-?time))?$")
_NUMBERED_HEAD = re.compile(r"^(?:Year|Tier|Phase|Section|Schedule|Exhibit|Annex|Appendix|Step|Period)\s+\d+\b")


def _starts_block(text: str, prev: str, hard: float, labels: Mapping[str, str]) -> bool:
    """Does this line start a new block, or continue a sentence that wrapped at the end of the previous one?

    A line that stops well short of the page's longest line ended where its writer ended it; a
    full-width line wrapped, so the next line continues it (sentence ends still split clauses).
    """
    prev_ended = len(prev) < max(hard, 40)
    label = _LABEL_HEAD.match(text)
    if label and clean_label(text.split(":", 1)[0]) in labels or _NUMBERED_HEAD.match(text):
        return True  # a known label or "Year 2 (...)" opens its own block wherever the line before ended
    if _ROW_END.search(prev) and re.match(r"^[A-Z][a-z]", text):
        return True  # a row that ended on an amount (or a price and its period), then a new capitalised row
    if prev.endswith(_SOFT_END):
        return bool(re.match(r"^[•·▪◦*>#]", text))
    if _BULLET.match(text) and not re.match(r"^\(?[0-9a-zA-Z]{1,3}\)", text):
        return True
    if _BULLET.match(text) or _LABEL_HEAD.match(text):
        return prev_ended
    return prev_ended and not re.match(r"^[a-z(]", text)


def _sentences(page: Page, block_starts: set[int], sections: dict[tuple[int, int], str]) -> list[Span]:
    out: list[Span] = []
    blocks: list[tuple[int, int, str]] = []  # (start offset, first line index, text)
    current: list[Line] = []
    for line in page.lines:
        if line.index in block_starts and current:
            blocks.append((current[0].start, current[0].index, " ".join(x.text for x in current)))
            current = []
        current.append(line)
    if current:
        blocks.append((current[0].start, current[0].index, " ".join(x.text for x in current)))
    for start, first_line, text in blocks:
        section = sections.get((page.number, first_line), "")
        begin = 0
        for m in _SENTENCE_END.finditer(text):
            candidate = text[begin:m.start()].rstrip()
            if _ABBREVIATIONS.search(candidate) or len(candidate) < 4:
                continue
            out.append(Span(page.number, start + begin, text[begin:m.start()].rstrip(), section))
            begin = m.end()
        rest = text[begin:].strip()
        if rest:
            out.append(Span(page.number, start + begin, rest, section))
    return out


def _pairs(page: Page, labels: Mapping[str, str]) -> list[Pair]:
    out: list[Pair] = []
    lines = page.lines
    longest = _longest(labels)
    for i, line in enumerate(lines):
        text = line.text
        if _TABLE_ROW.match(text):
            cells = [c for c in md_cells(text) if c]
            if len(cells) == 2 and not _TABLE_RULE.match(text):
                topic = labels.get(clean_label(cells[0]))
                if topic:
                    out.append(Pair(topic, cells[0], cells[1], Span(page.number, line.start, text), True))
            continue
        stripped = _BULLET.sub("", text, count=1) if not re.match(r"^\d", text) else re.sub(
            r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", text, count=1)
        m = _COLON_PAIR.match(stripped)
        if m and labels.get(clean_label(m.group("label"))):
            value = m.group("value").strip()
            quote_lines = [line]
            stacked = not value or value in ("*", "**")
            if stacked:
                value, quote_lines = _stacked_value(lines, i, labels)
            if stacked:
                if value:
                    out.append(Pair(labels[clean_label(m.group("label"))], m.group("label"), value,
                                    _join(page.number, quote_lines), True, stacked=True))
            elif value:
                out.extend(_inline_pairs(page.number, line, m.group("label"), labels))
            continue
        m = _DASH_PAIR.match(stripped)
        if m and labels.get(clean_label(m.group("label"))):
            out.append(Pair(labels[clean_label(m.group("label"))], m.group("label"), m.group("value").strip(),
                            Span(page.number, line.start, text), True))
            continue
        key = clean_label(text)
        # "...shall expire at the end of the Subscription\nTerm." is a sentence's last word, not a label
        wrapped_tail = text.endswith(".") and i > 0 and bool(re.search(r"[a-z]$", lines[i - 1].text))
        if key in labels and len(text) <= 40 and not wrapped_tail:
            value, quote_lines = _stacked_value(lines, i, labels)
            if value:
                out.append(Pair(labels[key], text, value, _join(page.number, quote_lines), True, stacked=True))
            continue
        prefix = _label_prefix(stripped, labels, longest)
        if prefix and len(stripped) <= 160:
            label, value = prefix
            weak = clean_label(label) in WEAK_LABELS
            out.append(Pair(labels[clean_label(label)], label, value, Span(page.number, line.start, text), False,
                            weak))
    return out


def _inline_pairs(page: int, line: Line, label: str, labels: Mapping[str, str]) -> list[Pair]:
    """A label line, split where another known label and its colon start: 'Service Start: May 1, 2026 Term: 24
    months' is two pairs (cover pages set pairs side by side in columns, which the text layer puts on one line)."""
    text = line.text
    begin = text.find(label)
    out: list[Pair] = []
    while True:
        colon = text.index(":", begin + len(label))
        cut = _next_label(text, colon + 1, labels)
        end = cut if cut is not None else len(text)
        chunk = text[begin:end].rstrip()
        value = chunk[colon + 1 - begin:].strip()
        if value:
            out.append(Pair(labels[clean_label(label)], label, value, Span(page, line.start + begin, chunk), True))
        if cut is None:
            return out
        begin = cut
        label = text[cut:text.index(":", cut)]


def _next_label(text: str, after: int, labels: Mapping[str, str]) -> int | None:
    """Where the next known label followed by a colon starts in `text` after `after`, at a word start."""
    colon = text.find(":", after)
    while colon >= 0:
        words = list(re.finditer(r"\S+", text[max(after, colon - 40):colon]))
        base = max(after, colon - 40)
        for k in range(min(4, len(words)), 0, -1):
            first = words[-k]
            start = base + first.start()
            head = text[start:colon]
            if (start > after and text[start - 1] == " " and head[:1].isupper() and not head.endswith(" ")
                    and clean_label(head) in labels):
                return start
        colon = text.find(":", colon + 1)
    return None


_SUFFIX_ALONE = re.compile(rf"^{LEGAL_SUFFIX}\.?$")


def _stacked_value(lines: list[Line], i: int, labels: Mapping[str, str]) -> tuple[str, list[Line]]:
    """The value under a label that stands on its own line: following lines up to the next label or heading."""
    taken = [lines[i]]
    values: list[str] = []
    for nxt in lines[i + 1:i + 5]:
        key = clean_label(nxt.text)
        if key in labels or _COLON_PAIR.match(nxt.text) and clean_label(nxt.text.split(":")[0]) in labels:
            break
        if values and (is_heading(nxt.text) or _TABLE_ROW.match(nxt.text)) and not _SUFFIX_ALONE.match(nxt.text):
            break  # (a legal suffix alone on its line ends the name above it: "... India Private" / "Limited")
        values.append(nxt.text)
        taken.append(nxt)
        if nxt.text.endswith(".") and len(values) >= 1 and not nxt.text.endswith(("Inc.", "Ltd.", "Co.", "N.A.")):
            break
    return " ".join(values), taken


def _join(page: int, lines: list[Line]) -> Span:
    return Span(page, lines[0].start, " ".join(x.text for x in lines))
