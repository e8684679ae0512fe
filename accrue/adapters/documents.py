"""Reading source documents into pages of text, with errors a person can act on.

Handles PDFs (pypdf) and plain-text/markdown contracts (pages split on form feeds).
Encrypted PDFs are tried with the empty password; scanned pages are reported, not
guessed at; text drawn so a reader cannot see it is left out and recorded (`pdf_visibility`);
page and size limits stop decompression bombs and runaway files. Each PDF line's cells (`pdf_cells`) come with
its text, for the readers of tables.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from collections import OrderedDict
from pathlib import Path

from accrue.adapters.pdf_cells import Placer
from accrue.adapters.pdf_visibility import read_page, strip_zero_width
from accrue.core.document import HIDDEN_TEXT_LIMIT, Cell, Document
from accrue.core.errors import InputError

DEFAULT_MAX_PAGES = 200
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# How much of one piece of hidden text the document keeps: enough to see what it said.
HIDDEN_PIECE_CHARS = 200
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
# What a malformed PDF can raise from inside pypdf besides its own errors.
_PDF_FAILURES = (ValueError, KeyError, TypeError, OSError, RecursionError, AttributeError, IndexError,
                 ZeroDivisionError, AssertionError, UnicodeError)
# A run reads its contract twice in one process (checked before the run is stored, then by ingest): the second read
# of the same bytes under the same name and limits is the first's result. Documents are immutable; a large file's
# bytes (kept in `Document.raw`) are not held on to.
_READ_LIMIT = 8
_READ_MAX_BYTES = 4 * 1024 * 1024
_read: OrderedDict[tuple[str, str, int, bool], Document] = OrderedDict()
_read_lock = threading.Lock()


def read_document(path: str | Path, *, max_pages: int = DEFAULT_MAX_PAGES,
                  max_bytes: int = DEFAULT_MAX_BYTES, require_text: bool = True) -> Document:
    """Read a PDF, .txt or .md contract. Raises InputError naming the file and the fix.

    Callers with settings pass `settings.max_pages` (ACCRUE_MAX_PAGES); the default is 200.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "file not found", "check the path")
    if not p.is_file():
        raise InputError(name, "is not a file", "pass a PDF, .txt or .md contract")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
                         "split the document into parts under the limit")
    if size == 0:
        raise InputError(name, "the file is empty", "pass the signed order form")
    data = p.read_bytes()
    if data.lstrip()[:5].startswith(b"%PDF"):
        return _read_pdf_once(name, data, max_pages=max_pages, require_text=require_text)
    if p.suffix.lower() in TEXT_SUFFIXES or not p.suffix:
        return _read_text(name, data, max_pages=max_pages)
    if p.suffix.lower() == ".pdf":
        return read_pdf_bytes(name, data, max_pages=max_pages, require_text=require_text)
    raise InputError(name, f"unsupported file type '{p.suffix or '(none)'}'",
                     "pass the contract as a PDF, .txt or .md file")


def _read_pdf_once(name: str, data: bytes, *, max_pages: int, require_text: bool) -> Document:
    if len(data) > _READ_MAX_BYTES:
        return read_pdf_bytes(name, data, max_pages=max_pages, require_text=require_text)
    key = (hashlib.sha256(data).hexdigest(), name, max_pages, require_text)
    with _read_lock:
        if key in _read:
            _read.move_to_end(key)
            return _read[key]
    doc = read_pdf_bytes(name, data, max_pages=max_pages, require_text=require_text)
    with _read_lock:
        _read[key] = doc
        while len(_read) > _READ_LIMIT:
            _read.popitem(last=False)
    return doc


def _read_text(name: str, data: bytes, *, max_pages: int = DEFAULT_MAX_PAGES) -> Document:
    if b"\x00" in data[:8192]:
        raise InputError(name, "is not a text file (it holds binary data)",
                         "pass a PDF, or the contract's text as UTF-8 .txt or .md")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    text = strip_zero_width(text)
    pages = text.split("\f") if "\f" in text else [text]
    if len(pages) > max_pages:
        raise InputError(name, f"has {len(pages)} pages, over the {max_pages}-page limit",
                         "pass only the order form, or raise ACCRUE_MAX_PAGES")
    doc = Document(source=name, pages=pages, sha256=hashlib.sha256(data).hexdigest(),
                   media_type="text/plain", raw=data)
    if not doc.has_text:
        raise InputError(name, "the file is empty", "pass the contract's text")
    return doc


def read_pdf_bytes(name: str, data: bytes, *, max_pages: int = DEFAULT_MAX_PAGES,
                   require_text: bool = True) -> Document:
    """Parse PDF bytes page by page. `require_text=False` lets a scanned PDF through for a model."""
    # here, not at the top: commands that read no PDF (text contracts, books, pending) start without pypdf
    import pypdf
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(name, "is not a PDF (no %PDF header)", "pass the signed order form as a PDF")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with pypdf.apply_configuration(zlib_maximum_output_length=20_000_000):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    unlocked = reader.decrypt("")
                except (NotImplementedError, PyPdfError) as exc:
                    raise InputError(name, f"is encrypted and cannot be opened ({exc})",
                                     "export an unencrypted copy") from exc
                if not unlocked:
                    raise InputError(name, "is encrypted with a password",
                                     "export an unencrypted copy of the signed order form")
            count = len(reader.pages)
            if count == 0:
                raise InputError(name, "has no pages", "pass the complete signed order form")
            if count > max_pages:
                raise InputError(name, f"has {count} pages, over the {max_pages}-page limit",
                                 "pass only the order form, or raise ACCRUE_MAX_PAGES")
            pages: list[str] = []
            cells: list[list[Cell]] = []
            hidden: list[tuple[int, str]] = []
            placer = Placer()
            for number, page in enumerate(reader.pages, start=1):
                reading = read_page(page, placer)
                pages.append(reading.text)
                cells.append(reading.cells)
                hidden += [(number, line) for line in reading.left_out]
    except InputError:
        raise
    except FileNotDecryptedError as exc:
        raise InputError(name, "is encrypted with a password", "export an unencrypted copy") from exc
    except (PyPdfError, *_PDF_FAILURES) as exc:
        raise InputError(name, f"is not a readable PDF ({type(exc).__name__}: {exc})",
                         "re-export the PDF from the signing tool") from exc
    textless = [i + 1 for i, text in enumerate(pages) if not text.strip()]
    doc = Document(source=name, pages=pages, sha256=hashlib.sha256(data).hexdigest(), raw=data,
                   textless_pages=textless, hidden_text=_bounded(hidden), cells=cells)
    if require_text and not doc.has_text:
        raise InputError(name, "has no text layer (scanned image?)",
                         "run OCR on it, or set ANTHROPIC_API_KEY and use --extractor claude")
    return doc


def _bounded(hidden: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """What was left out, capped: enough for a person to see what was hidden, never the whole of a hostile file."""
    return [(page, line if len(line) <= HIDDEN_PIECE_CHARS else line[:HIDDEN_PIECE_CHARS - 1] + "…")
            for page, line in hidden[:HIDDEN_TEXT_LIMIT]]
