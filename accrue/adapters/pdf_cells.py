"""Where a PDF page's lines break into cells: the positions pypdf reports for each piece of text, read as a side
channel to the page text.

pypdf's `extract_text()` joins a table row's cells with single spaces, so "Lumenpath Reading — Oak Hollow" and
"LP-RD-STU" and "STUDENT/YR" read as one run of words. Each piece it extracts comes with the matrices it was drawn
with; its left edge and (from the font's widths) its right edge say where the gaps are. A gap wider than a word
space (relative to the font size) starts a new cell. The cells are offsets into the page text as it is, never a
rewrite of it: every page reads byte for byte as before, and anything quoted from a cell is quoted from the page.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from accrue.core.document import Cell

# A gap wider than this many font heights between two pieces on one line starts a new cell: a word space is about
# a quarter of the height, and the narrowest column gap seen (a right-aligned price, then the next column's
# padding) about nine tenths.
CELL_GAP = 0.75
# Glyph width in thousandths of the font height when a font's widths cannot be read: an average Latin glyph.
_DEFAULT_WIDTH = 500.0
# What reading a malformed font resource can raise from inside pypdf.
_FONT_FAILURES = (ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError, OSError,
                  RecursionError, UnicodeError, AssertionError)


@dataclass(frozen=True)
class Placed:
    """Where a piece of text was drawn: the left edge and width of its glyphs (without the spaces pypdf adds where
    it sees a gap) and its font height, in points."""

    x: float
    width: float
    size: float


class Placer:
    """Places the pieces of one document's text; each font's widths are read once. Use one per document."""

    def __init__(self) -> None:
        # keyed by the font dictionary's id, which the kept dictionary keeps from being reused
        self._fonts: dict[int, tuple[Any, Any]] = {}

    def place(self, text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> Placed | None:
        """The position of one piece pypdf extracted; None for text that is not upright (rotated, skewed,
        mirrored), whose cells a left-to-right reading cannot find."""
        a, b, c, d, e, f = _multiply(tm, cm)
        if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0:
            return None
        size = abs(float(font_size)) * abs(d)
        if not math.isfinite(e) or size <= 0:
            return None
        width = self._width(text.strip(), font) / 1000.0 * abs(float(font_size)) * a
        return Placed(e, width, size)

    def _width(self, text: str, font: Any) -> float:
        if font is None:
            return _DEFAULT_WIDTH * len(text)
        key = id(font)
        if key not in self._fonts:
            try:
                # pypdf reads widths, encodings and the standard fonts' metrics here; it does not export the class
                from pypdf.generic._font import Font

                self._fonts[key] = (font, Font.from_font_resource(font))
            except _FONT_FAILURES:
                self._fonts[key] = (font, None)
        reader = self._fonts[key][1]
        if reader is None:
            return _DEFAULT_WIDTH * len(text)
        try:
            return float(reader.get_text_width(text))
        except _FONT_FAILURES:
            return _DEFAULT_WIDTH * len(text)


def page_cells(pieces: Iterable[tuple[str, Placed | None]]) -> list[Cell]:
    """The cells of a page's lines from the pieces whose texts, joined, are the page text (in that order).

    A line gets cells only when every piece of text on it was placed; a line with one it could not place
    gets none, and is read as text alone.
    """
    cells: list[Cell] = []
    line: list[Cell] = []
    placed_line = True
    offset = 0
    last_end: float | None = None
    for text, where in pieces:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                if placed_line:
                    cells.extend(line)
                line, placed_line, last_end = [], True, None
                offset += 1
            glyphs = part.strip()
            if not glyphs:
                offset += len(part)
                continue
            if where is None:
                placed_line = False
                offset += len(part)
                continue
            lead = len(part) - len(part.lstrip())
            left, right = where.x, where.x + where.width
            start, end = offset + lead, offset + len(part.rstrip())
            gap = None if last_end is None else left - last_end
            # a piece that starts within a word space of the last, or over the cell itself (a heading set on two
            # baselines that pypdf put on one line), continues the cell
            if line and gap is not None and gap <= CELL_GAP * where.size and right > line[-1].x0:
                current = line[-1]
                line[-1] = Cell(current.start, end, current.x0, max(current.x1, right))
            else:
                line.append(Cell(start, end, left, right))
            last_end = right
            offset += len(part)
    if placed_line:
        cells.extend(line)
    return cells


def _multiply(m: list[float], n: list[float]) -> tuple[float, float, float, float, float, float]:
    """The product of two PDF matrices [a b c d e f] (text matrix times transformation matrix)."""
    a1, b1, c1, d1, e1, f1 = (float(x) for x in m)
    a2, b2, c2, d2, e2, f2 = (float(x) for x in n)
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)
