"""The content store: every document a run read, and the other large immutable things its checkpoints refer to
(its extraction with the citations, the terms a subscription is built from), kept once by the SHA-256 of their
content.

A run's checkpoints carry a reference to its contract, never its pages, and to its extraction, never its terms
and citations, so they stay small whatever the contract's length. A document is kept as a whole (its pages, the
record of hidden text, whatever else the reader keeps beside them), as compressed JSON in accrue's own database:
the SQLite file in the data folder, or PostgreSQL when `DATABASE_URL` names it, so LangGraph Server's workers
reach it as the command line does. Whatever is stored is written, and committed, before the checkpoint that
refers to it, so a run resumed after a crash finds it; the same content stored twice lands in the same row.
Only the PDF's bytes are left out (`Document.raw`): an extractor that reads scanned pages gets them again from
the file. Models are kept as their canonical JSON (`accrue.core.content`), so the key the planner computes
for the terms it refers to is the key they are stored under.
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections import OrderedDict
from typing import TypeVar

from pydantic import BaseModel, TypeAdapter
from sqlalchemy import Column, LargeBinary
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel

from accrue.core.content import canonical_json
from accrue.core.document import Document
from accrue.core.errors import InputError

_DOCUMENT: TypeAdapter[Document] = TypeAdapter(Document)
_RECENT_LIMIT = 8  # a run's contract and amendment, a few runs' worth: each is read by several stages
_RECENT_CONTENT_LIMIT = 32  # a few runs' extractions and terms, as JSON
M = TypeVar("M", bound=BaseModel)


class DocumentRecord(SQLModel, table=True):
    """One document's content, compressed, under the SHA-256 of that content."""

    __tablename__ = "documents"
    key: str = Field(primary_key=True, description="SHA-256 of the uncompressed content")
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


def put_document(session: Session, document: Document) -> str:
    """Keep the document (its bytes left out) and commit; returns its key. Storing the same content again, even
    from two processes at once, keeps one row."""
    return _put(session, _DOCUMENT.dump_json(document, exclude={"raw"}))


def put_model(session: Session, value: BaseModel) -> str:
    """Keep a model's canonical JSON and commit; returns its key (`accrue.core.content.content_key` of it)."""
    return _put(session, canonical_json(value))


def get_model(session: Session, key: str, model: type[M], source: str) -> M:
    """The model stored under `key`, validated anew (each caller gets its own copy); `source` names the run's
    input it came from, for errors."""
    with _recent_lock:
        content = _recent_content.get(key)
        if content is not None:
            _recent_content.move_to_end(key)
    if content is None:
        content = _read(session, key, source)
        with _recent_lock:
            _recent_content[key] = content
            while len(_recent_content) > _RECENT_CONTENT_LIMIT:
                _recent_content.popitem(last=False)
    return model.model_validate_json(content)


def _put(session: Session, content: bytes) -> str:
    key = hashlib.sha256(content).hexdigest()
    if session.get(DocumentRecord, key) is None:
        session.add(DocumentRecord(key=key, content=zlib.compress(content)))
        try:
            session.commit()
        except IntegrityError:  # another process stored the same content first: it is the same row
            session.rollback()
    return key


def _read(session: Session, key: str, source: str) -> bytes:
    row = session.get(DocumentRecord, key)
    if row is None:
        raise InputError(source, f"its content is not in the document store (key {key[:12]})",
                         "start a new run from the file")
    content = zlib.decompress(row.content)
    if hashlib.sha256(content).hexdigest() != key:
        raise InputError(source, f"its stored content does not match its key {key[:12]}",
                         "start a new run from the file")
    return content


def get_document(session: Session, key: str, source: str) -> Document:
    """The document stored under `key` (read from `source`, which errors name)."""
    with _recent_lock:
        if key in _recent:
            _recent.move_to_end(key)
            return _recent[key]
    document = _DOCUMENT.validate_json(_read(session, key, source))
    with _recent_lock:
        _recent[key] = document
        while len(_recent) > _RECENT_LIMIT:
            _recent.popitem(last=False)
    return document


# Content-addressed rows never change, so a document read once may be handed out again without the database.
_recent: OrderedDict[str, Document] = OrderedDict()
_recent_content: OrderedDict[str, bytes] = OrderedDict()
_recent_lock = threading.Lock()
