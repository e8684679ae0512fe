"""Reading a text with the embedded reader and the grounding check together, as the extraction tests need: a
value the reader finds but cannot quote is a failure of the test, not a value."""

from __future__ import annotations

from accrue.core.document import Document
from accrue.core.grounding import ground
from accrue.core.terms import ContractTerms
from accrue.extraction.rules import RulesExtractor


def read_grounded(*pages: str) -> ContractTerms:
    """The terms the embedded reader reads from these pages, after checking every value is grounded in its quote."""
    doc = Document(source="form.txt", pages=list(pages), sha256="x", media_type="text/plain")
    result = ground(RulesExtractor().extract(doc), doc)
    assert not [w for w in result.warnings if w.startswith("ungrounded:")], result.warnings
    return result.terms
