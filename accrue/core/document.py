"""A source document as the readers saw it: pages of text, with the hash of the bytes they came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A source document as pages of text. `raw` keeps the PDF bytes for a model that reads PDFs."""

    source: str
    pages: list[str]
    sha256: str
    media_type: str = "application/pdf"
    raw: bytes = b""
    textless_pages: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\f".join(self.pages)

    @property
    def has_text(self) -> bool:
        return any(p.strip() for p in self.pages)
