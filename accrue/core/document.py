"""A source document as the readers saw it: pages of text, with the hash of the bytes they came from."""

from __future__ import annotations

from dataclasses import dataclass, field

# How many left-out pieces of hidden text a document keeps: one is enough to hold a run, a few show the pattern.
HIDDEN_TEXT_LIMIT = 20


@dataclass(frozen=True)
class Document:
    """A source document as pages of text. `raw` keeps the PDF bytes for a model that reads PDFs.

    `hidden_text` lists (page, what and why) for text drawn so a reader cannot see it (white, tiny, invisible,
    off the page): it is not in `pages`, and a run whose document hid text is held for a person.
    """

    source: str
    pages: list[str]
    sha256: str
    media_type: str = "application/pdf"
    raw: bytes = b""
    textless_pages: list[int] = field(default_factory=list)
    hidden_text: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\f".join(self.pages)

    @property
    def has_text(self) -> bool:
        return any(p.strip() for p in self.pages)
