"""A source document as the readers saw it: pages of text, with the hash of the bytes they came from, and where
the PDF drew each line's cells (so a table's columns survive the text layer joining its cells with spaces)."""

from __future__ import annotations

from dataclasses import dataclass, field

# How many left-out pieces of hidden text a document keeps: one is enough to hold a run, a few show the pattern.
HIDDEN_TEXT_LIMIT = 20


@dataclass(frozen=True)
class Cell:
    """A run of text on one line of a PDF page that stands apart from its neighbours by a wide gap: a table cell,
    a label or a value. `start` and `end` are offsets in the page's text (first and past-last character, no
    surrounding spaces); `x0` and `x1` its left and right edge on the page, in points."""

    start: int
    end: int
    x0: float
    x1: float


@dataclass(frozen=True)
class Document:
    """A source document as pages of text. `raw` keeps the PDF bytes for a model that reads PDFs.

    `hidden_text` lists (page, what and why) for text drawn so a reader cannot see it (white, tiny, invisible,
    off the page): it is not in `pages`, and a run whose document hid text is held for a person.
    `cells` holds, per page, the cells of its lines in text order (empty for text files, scans and pages whose
    positions could not be read): a side channel, the page text is the same with or without it.
    """

    source: str
    pages: list[str]
    sha256: str
    media_type: str = "application/pdf"
    raw: bytes = b""
    textless_pages: list[int] = field(default_factory=list)
    hidden_text: list[tuple[int, str]] = field(default_factory=list)
    cells: list[list[Cell]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\f".join(self.pages)

    @property
    def has_text(self) -> bool:
        return any(p.strip() for p in self.pages)
