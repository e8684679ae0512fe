"""Documents that arrive as content rather than as a path: checked like a file given on the command line, then kept.

A webhook (`accrue serve`) or a LangGraph Server client sends a contract as `{"filename", "content_base64"}`
and a deal as its JSON. `document_bytes` refuses what the readers would refuse later, cheaply and naming
the field (a name that is not a PDF, .txt or .md, an empty file, a PDF without its header, a file over the
size limit); `save_uploads` writes a LangGraph Server run's inputs under `<ACCRUE_HOME>/uploads/<digest>/`
(content-addressed, so the same bytes land in the same place), where the run reads them as it reads any file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import uuid
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from accrue.core.deal import parse_deal
from accrue.core.errors import InputError
from accrue.settings import DEFAULT_MAX_BODY_BYTES

DOCUMENT_SUFFIXES = {".pdf", ".txt", ".md"}
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class UploadedDocument(BaseModel):
    """A document carried as content; one no reader would take is refused as it is validated, naming why."""

    model_config = ConfigDict(extra="forbid")
    filename: str = "order-form.pdf"
    content_base64: str

    @model_validator(mode="after")
    def _readable(self) -> UploadedDocument:
        try:
            decoded_document(self.model_dump(), "upload", max_bytes=DEFAULT_MAX_BODY_BYTES)
        except InputError as exc:  # as a ValueError, pydantic (and LangGraph Server's error reply) keeps the message
            raise ValueError(str(exc)) from exc
        return self


def safe_name(name: str, fallback: str) -> str:
    """A file or folder name that cannot leave its folder."""
    cleaned = _SAFE.sub("-", Path(name).name).strip(".-")[:120]
    return cleaned or fallback


def decoded_document(obj: Any, source: str, *, max_bytes: int | None = None) -> tuple[str, bytes]:
    """A `{"filename", "content_base64"}` object's safe file name and checked bytes (`max_bytes` None: the caller
    has bounded the body it came in)."""
    if not isinstance(obj, dict) or not isinstance(obj.get("content_base64"), str):
        raise InputError(source, "field 'document' must be {\"filename\": ..., \"content_base64\": ...}",
                         "send the signed order form base64-encoded, or upload it as multipart 'document'")
    if max_bytes is not None and len(obj["content_base64"]) > max_bytes * 4 // 3 + 4:
        raise InputError(source, f"document is over the {max_bytes} byte limit", "send a smaller file")
    try:
        data = base64.b64decode(obj["content_base64"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InputError(source, "field 'document.content_base64' is not valid base64", "encode the file bytes "
                         "with standard base64") from exc
    return document_bytes(str(obj.get("filename") or "order-form.pdf"), data, source, max_bytes=max_bytes)


def document_bytes(filename: str, data: bytes, source: str, *, max_bytes: int | None = None) -> tuple[str, bytes]:
    """The document's safe file name and its bytes, refused when no reader would take them."""
    name = safe_name(filename, "order-form.pdf")
    suffix = Path(name).suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise InputError(source, f"document {filename!r} is not a PDF, .txt or .md file",
                         "send the signed order form as a PDF")
    if not data:
        raise InputError(source, f"document {filename!r} is empty", "send the complete signed order form")
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(source, f"document {filename!r} is {len(data)} bytes, over the {max_bytes} byte limit",
                         "send a smaller file")
    if suffix == ".pdf" and not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(source, f"document {filename!r} is not a PDF (no %PDF header)",
                         "send the PDF bytes themselves, base64-encoded")
    return name, data


def save_uploads(home: Path, *, max_bytes: int, documents: dict[str, UploadedDocument],
                 deal: dict[str, Any] | None) -> dict[str, str]:
    """Check and write a run's uploaded inputs; each role's absolute path (documents by role, the deal as `deal`)."""
    files: dict[str, tuple[str, bytes]] = {}
    for role, doc in documents.items():
        files[role] = decoded_document(doc.model_dump(), f"input '{role}'", max_bytes=max_bytes)
    if deal is not None:
        parse_deal(deal, "input 'deal'")
        files["deal"] = ("deal.json", (json.dumps(deal, indent=2, default=str) + "\n").encode("utf-8"))
    paths: dict[str, str] = {}
    for role, (name, data) in files.items():
        folder = home / "uploads" / hashlib.sha256(data).hexdigest()[:32]
        target = folder / name
        if not target.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".tmp-{uuid.uuid4().hex}"
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            tmp.rename(target)
        paths[role] = str(target.resolve())
    return paths
