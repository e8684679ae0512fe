"""Content keys: a value's canonical JSON and the SHA-256 of it, the key the content store keeps it under.

Large immutable things a run refers to (its document, its extraction, the terms a subscription is built
from) are kept once in the content store (`accrue.adapters.document_store`) and named by this key; the
planner, which does no I/O, computes the key of what it refers to here, and the node that stores the value
gets the same key from the same bytes.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel


def canonical_json(value: BaseModel) -> bytes:
    """The value as the content store keeps it: pydantic's compact JSON (the same bytes for the same value)."""
    return value.model_dump_json().encode()


def content_key(value: BaseModel) -> str:
    """The key the content store keeps `value` under."""
    return hashlib.sha256(canonical_json(value)).hexdigest()
