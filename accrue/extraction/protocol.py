"""What an extractor is: the interface every extractor implements and `accrue.extraction` calls.

Its own module so the extractors (the hybrid one wraps two others) can name it without importing
the package that chooses among them.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from accrue.core.document import Document
from accrue.core.terms import ExtractionResult


class Extractor(Protocol):
    name: str

    def extract(self, doc: Document) -> ExtractionResult: ...


@runtime_checkable
class ReadingExtractor(Protocol):
    """An extractor that reads pages with no text layer and returns the text it read on them."""

    name: str

    def extract(self, doc: Document) -> ExtractionResult: ...

    def extract_read(self, doc: Document) -> tuple[ExtractionResult, Document]: ...
