"""Reading a PDF page's text as a person sees it: text drawn so no reader can see it is left out and reported.

A contract's word is what its reader saw. Text filled white (or near-white), drawn in render mode 3 or 7
(invisible, clip only), smaller than 4 pt, or placed outside the page's media box is on the page for a machine
only, and it is how a document smuggles a term past its reader ("Payment Terms: Net 30" in white before the
visible "Net 45"). pypdf reports each piece of text it extracts to a visitor, and the pieces joined are exactly
its ordinary `extract_text()`; this module follows the graphics state through the content stream, marks each
piece drawn while the state hid it, and joins only the others, so a page with nothing hidden reads byte for
byte as before. White text on a filled coloured area (a header band, a table's heading row) is visible, so the
areas painted before it are remembered too.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from accrue.adapters.pdf_cells import Placed, Placer, page_cells
from accrue.core.document import Cell

# Colour components at or beyond these are taken for the page's white: nobody reads 95 % white on white.
_NEAR_WHITE = 0.95
_NEAR_NO_INK = 0.05
# Under this height in points no reader can make the words out.
MIN_READABLE_PT = 4.0
# Render modes that paint nothing: 3 invisible, 7 add to the clipping path only.
_INVISIBLE_MODES = frozenset({3, 7})
# Render modes that stroke rather than fill the glyphs (1 stroke, 5 stroke and clip).
_STROKE_MODES = frozenset({1, 5})
_SHOW_OPERATORS = frozenset({b"Tj", b"TJ", b"'", b'"'})
# Colour spaces whose components say how much light (gray, RGB) or ink (CMYK) there is; a named space (ICC,
# Separation, a pattern) is not interpreted, and its colours count as visible.
_DEVICE_SPACES = {"/DeviceGray": 1, "/DeviceRGB": 3, "/DeviceCMYK": 4, "/G": 1, "/RGB": 3, "/CMYK": 4}
# The operators that set a device colour directly, and the colour space each one sets.
_FILL_COLOUR = {b"g": "/DeviceGray", b"rg": "/DeviceRGB", b"k": "/DeviceCMYK"}
_STROKE_COLOUR = {b"G": "/DeviceGray", b"RG": "/DeviceRGB", b"K": "/DeviceCMYK"}
_PAINT_FILL = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_PATH_END = frozenset({b"n", b"S", b"s", *_PAINT_FILL})
# How many of the latest painted areas are looked at under white text: a band or a heading row is painted just
# before its text, and the bound keeps a page of many white strings linear.
_RECENT_AREAS = 512
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def strip_zero_width(text: str) -> str:
    """The text without zero-width characters (U+200B-U+200D, U+2060, U+FEFF), which split a label invisibly."""
    return text.translate(_ZERO_WIDTH)


@dataclass
class _State:
    """The part of the graphics state that decides whether text shows: saved by `q`, restored by `Q`."""

    fill: tuple[float, ...] = (0.0,)
    stroke: tuple[float, ...] = (0.0,)
    fill_space: str = "/DeviceGray"
    stroke_space: str = "/DeviceGray"
    render_mode: int = 0
    font_size: float = 0.0

    def copy(self) -> _State:
        return _State(self.fill, self.stroke, self.fill_space, self.stroke_space, self.render_mode, self.font_size)


@dataclass
class _Piece:
    """A piece of extracted text and why the operators that drew it were hidden. It is left out when every one
    was; a piece mixing seen and unseen text is kept (its seen words cannot be separated out) and reported."""

    text: str
    hidden_by: list[str]
    operators: int
    where: Placed | None = None

    @property
    def hidden(self) -> bool:
        return bool(self.hidden_by) and len(self.hidden_by) == self.operators


@dataclass
class _PageReader:
    """Visitors for one page: why each show operator is hidden (or None), and the pieces pypdf extracted."""

    box: tuple[float, float, float, float]
    placer: Placer
    state: _State = field(default_factory=_State)
    saved: list[_State] = field(default_factory=list)
    pending: list[str | None] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)
    path: list[tuple[float, float, float, float]] = field(default_factory=list)
    painted: deque[tuple[tuple[float, float, float, float], bool]] = field(
        default_factory=lambda: deque(maxlen=_RECENT_AREAS))

    def before(self, operator: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
        if operator in _SHOW_OPERATORS:
            self.pending.append(self._why_hidden(cm, tm))
        elif operator == b"re" and len(operands) == 4:
            x, y, w, h = (_number(o, 0.0) for o in operands)
            corners = [_apply(cm, px, py) for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            self.path.append((min(xs), min(ys), max(xs), max(ys)))
        elif operator in _PATH_END:
            if operator in _PAINT_FILL:
                self.painted.extend((area, _is_white(self.state.fill)) for area in self.path)
            self.path = []
        elif operator == b"q":
            self.saved.append(self.state.copy())
        elif operator == b"Q":
            self.state = self.saved.pop() if self.saved else _State()
        elif operator in _FILL_COLOUR:
            self.state.fill_space = _FILL_COLOUR[operator]
            self.state.fill = _colour(operands, self.state.fill_space)
        elif operator in _STROKE_COLOUR:
            self.state.stroke_space = _STROKE_COLOUR[operator]
            self.state.stroke = _colour(operands, self.state.stroke_space)
        elif operator in (b"sc", b"scn"):
            self.state.fill = _colour(operands, self.state.fill_space)
        elif operator in (b"SC", b"SCN"):
            self.state.stroke = _colour(operands, self.state.stroke_space)
        elif operator == b"cs" and operands:
            self.state.fill_space, self.state.fill = str(operands[0]), (0.0,)
        elif operator == b"CS" and operands:
            self.state.stroke_space, self.state.stroke = str(operands[0]), (0.0,)
        elif operator == b"Tr" and operands:
            self.state.render_mode = int(_number(operands[0], self.state.render_mode))
        elif operator == b"Tf" and len(operands) >= 2:
            self.state.font_size = _number(operands[1], self.state.font_size)

    def text(self, text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        """One piece pypdf added to the page's text, with the show operators drawn since the last piece."""
        reasons, self.pending = self.pending, []
        if text:
            where = self.placer.place(text, cm, tm, font, font_size) if text.strip() else None
            self.pieces.append(_Piece(text, [r for r in reasons if r], len(reasons), where))

    def _why_hidden(self, cm: list[float], tm: list[float]) -> str | None:
        state = self.state
        if state.render_mode in _INVISIBLE_MODES:
            return f"render mode {state.render_mode} (invisible)"
        _, _, c, d, e, f = _multiply(tm, cm)
        size = abs(state.font_size) * math.hypot(c, d)
        colour = state.stroke if state.render_mode in _STROKE_MODES else state.fill
        if _is_white(colour) and not self._on_dark_fill(e, f + size / 3):
            return "white text"
        if size < MIN_READABLE_PT:
            return f"{size:.1f}-pt text"
        left, bottom, right, top = self.box
        if not (left <= e <= right and bottom <= f <= top):
            return "text outside the page"
        return None

    def _on_dark_fill(self, x: float, y: float) -> bool:
        """Is the last area painted under this point filled with a colour white text shows on (a header band,
        a table's heading row)? White text on the white page is what hides."""
        for (left, bottom, right, top), white in reversed(self.painted):
            if left <= x <= right and bottom <= y <= top:
                return not white
        return False


@dataclass(frozen=True)
class PageReading:
    """A page as a person sees it: its text, what was left out of it (one line per piece, saying why), and the
    cells of its lines (offsets into `text`)."""

    text: str
    left_out: list[str]
    cells: list[Cell]


def read_page(page: Any, placer: Placer) -> PageReading:
    """A pypdf page's text without what a reader cannot see, what was left out, and where its lines' cells are.
    With nothing hidden the text is exactly `page.extract_text()` (zero-width characters removed)."""
    box = page.mediabox
    reader = _PageReader((float(box.left), float(box.bottom), float(box.right), float(box.top)), placer)
    plain = page.extract_text(visitor_operand_before=reader.before, visitor_text=reader.text) or ""
    if not any(piece.hidden_by for piece in reader.pieces):
        text = strip_zero_width(plain)
        # the cells are offsets into the text, so they are kept only when the pieces are the text
        pieces = [(strip_zero_width(p.text), p.where) for p in reader.pieces]
        cells = page_cells(pieces) if "".join(p for p, _ in pieces) == text else []
        return PageReading(text, [], cells)
    shown: list[str] = []
    placed: list[tuple[str, Placed | None]] = []
    left_out: list[str] = []
    after_hidden = False
    for piece in reader.pieces:
        if piece.hidden_by and piece.text.strip():
            mixed = "" if piece.hidden else " (mixed with visible text, kept)"
            left_out.append(f"{piece.hidden_by[0]}{mixed}: {strip_zero_width(piece.text.strip())}")
        if piece.hidden:
            after_hidden = True
            continue
        # the line break that ended a hidden line would leave an empty line where it was
        if after_hidden and piece.text == "\n" and (not shown or shown[-1].endswith("\n")):
            continue
        after_hidden = False
        shown.append(piece.text)
        placed.append((strip_zero_width(piece.text), piece.where))
    return PageReading(strip_zero_width("".join(shown)), left_out, page_cells(placed))


def _colour(operands: list[Any], space: str) -> tuple[float, ...]:
    """Components of a device gray (1), RGB (3) or CMYK (4) colour in `space`. Anything else (a named space, a
    pattern, a malformed operand) is read as black: visible."""
    values = tuple(_number(o, -1.0) for o in operands)
    if len(values) == _DEVICE_SPACES.get(space, 0) and all(0.0 <= v <= 1.0 for v in values):
        return values
    return (0.0,)


def _is_white(colour: tuple[float, ...]) -> bool:
    if len(colour) == 4:
        return all(v <= _NEAR_NO_INK for v in colour)
    return all(v >= _NEAR_WHITE for v in colour)


def _number(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _apply(m: list[float], x: float, y: float) -> tuple[float, float]:
    """The point (x, y) in user space mapped by the transformation matrix [a b c d e f] to the page."""
    a, b, c, d, e, f = (float(v) for v in m)
    return a * x + c * y + e, b * x + d * y + f


def _multiply(m: list[float], n: list[float]) -> tuple[float, float, float, float, float, float]:
    """The product of two PDF matrices [a b c d e f] (text matrix times transformation matrix)."""
    a1, b1, c1, d1, e1, f1 = (float(x) for x in m)
    a2, b2, c2, d2, e2, f2 = (float(x) for x in n)
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)
