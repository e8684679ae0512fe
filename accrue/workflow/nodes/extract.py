"""The extract stage: the terms of the contract (and of an amendment), every value grounded in its page."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime

from accrue.core.document import Document
from accrue.core.errors import InputError
from accrue.extraction import Extractor, ReadingExtractor, extract_terms
from accrue.workflow.context import Context, ctx
from accrue.workflow.state import ExtractionRef, RunState, RunUpdate, StoredDocument, stored


def extract(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Extract the terms of the run's contract and amendment, if it has them; the state refers to each extraction
    in the content store."""
    context = ctx(runtime)
    update: RunUpdate = {"extraction": _extract(state.document, context)}
    if state.amendment_document is not None:
        update["amendment"] = _extract(state.amendment_document, context)
    return stored(update)


def _extract(ref: StoredDocument | None, context: Context) -> ExtractionRef | None:
    if ref is None:
        return None
    extractor = context.extractor_factory()
    result = extract_terms(document_to_extract(ref.read(context.session), extractor), extractor)
    return ExtractionRef.store(result, context.session)


def document_to_extract(doc: Document, extractor: Extractor) -> Document:
    """The document to extract from: pages without text go to an extractor that reads the PDF itself, so
    its bytes are read again from the file here (the document store keeps only text) and must be the ones
    ingested."""
    if not doc.textless_pages or not isinstance(extractor, ReadingExtractor):
        return doc
    try:
        raw = Path(doc.source).read_bytes()
    except OSError as exc:
        raise InputError(doc.source, f"cannot be read again for its pages without text ({exc.strerror})",
                         "put the file back where the run found it, or start a new run") from exc
    if hashlib.sha256(raw).hexdigest() != doc.sha256:
        raise InputError(doc.source, "changed after the run read it", "start a new run with the file as it is now")
    return replace(doc, raw=raw)
