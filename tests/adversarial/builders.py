"""The adversarial corpus's inputs, written by small deterministic builders into a case's folder.

`manifest.toml` names a builder and its parameters for each case; `build(name, folder, params)` writes the
files and returns the placeholders the case's command uses (`{contract}`, `{deal}`, `{usage}`, ...), on top of
the fixed ones every case has (`{acme_contract}`, `{acme_deal}`, `{events}`, `{form_deal}`). The same
parameters always write the same bytes, so a case that fails fails again.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fpdf import FPDF

from tests.conftest import EXAMPLES, example
from tests.pdfs import encrypted_pdf, order_form_pdf, scanned_pdf, text_pdf
from tests.test_hidden_text import HIDERS

EVENTS = EXAMPLES / "events"
Files = dict[str, str]

# A contract the embedded reader reads in full, with a deal that agrees: it completes unattended (12,000 USD is
# under every approval threshold), so what a case adds to it is what changes the outcome.
FORM = {"Customer": "Umbrella Corp", "Service Start Date": "1 March 2026", "Term": "12 months", "Currency": "USD",
        "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"}
FEES = ["Platform (SKU P-1): 10 x USD 1,200.00 per year"]
FORM_DEAL = {"deal_id": "D-UMB-1", "deal_name": "Umbrella - Platform", "stage": "Closed Won",
             "account_name": "Umbrella Corp", "close_date": "2026-02-20", "currency": "USD", "amount": "12000.00"}


def fixed(folder: Path) -> Files:
    """The placeholders every case may use: the acme example, the events examples, the Umbrella form's deal."""
    contract, deal = example("acme")
    form_deal = folder / "form-deal.json"
    form_deal.write_text(json.dumps(FORM_DEAL))
    return {"acme_contract": str(contract), "acme_deal": str(deal), "events": str(EVENTS), "form_deal": str(form_deal)}


def _write(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return str(path)


def _parts(parts: list[list[Any]]) -> str:
    """Text from [piece, times] pairs: how the manifest writes a 100,000-deep array or a 10 MB field."""
    return "".join(str(piece) * int(times) for piece, times in parts)


# -- JSON and numbers ----------------------------------------------------------------------------------
def deal(folder: Path, set: dict[str, Any] | None = None, line: dict[str, Any] | None = None,
         drop: list[str] | None = None) -> Files:
    """The acme deal with top-level fields set or dropped, and fields of its first line item set."""
    data = json.loads(example("acme")[1].read_text())
    data.update(set or {})
    if line:
        data["line_items"][0].update(line)
    for key in drop or []:
        data.pop(key, None)
    return {"deal": _write(folder, "deal.json", json.dumps(data))}


def deal_text(folder: Path, old: str, new: list[list[Any]]) -> Files:
    """The acme deal's JSON text with `old` replaced by raw text: numbers JSON cannot carry as strings."""
    text = example("acme")[1].read_text()
    assert old in text, old
    return {"deal": _write(folder, "deal.json", text.replace(old, _parts(new), 1))}


def raw(folder: Path, name: str, parts: list[list[Any]], encoding: str = "utf-8", bom: bool = False,
        role: str = "file") -> Files:
    """A file of the given text, in an encoding, with a UTF-8 BOM if asked."""
    data = _parts(parts).encode(encoding)
    return {role: _write(folder, name, (b"\xef\xbb\xbf" if bom else b"") + data)}


def change_request(folder: Path, set: dict[str, Any] | None = None, drop: list[str] | None = None) -> Files:
    """The example change request (a 400.00 USD credit on INV-0101) with fields set or dropped, and its books."""
    data = json.loads((EVENTS / "change-request" / "request.json").read_text())
    data.update(set or {})
    for key in drop or []:
        data.pop(key, None)
    return {"request": _write(folder, "request.json", json.dumps(data)),
            "books": str(EVENTS / "change-request" / "books.json")}


# -- CSV ---------------------------------------------------------------------------------------------
def _csv_source(kind: str) -> Path:
    return EVENTS / kind / ("usage.csv" if kind == "usage" else "payments.csv")


def csv_cell(folder: Path, kind: str, column: str, value: list[list[Any]], quote: bool = False) -> Files:
    """The example usage or payments file with `column` of its first row replaced (quoted if asked, or if the
    CSV writer must)."""
    source = _csv_source(kind)
    rows = list(csv.reader(io.StringIO(source.read_text())))
    rows[1][rows[0].index(column)] = _parts(value)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL if quote else csv.QUOTE_MINIMAL).writerows(rows)
    return {kind: _write(folder, source.name, out.getvalue())}


def csv_shape(folder: Path, kind: str, shape: str) -> Files:
    """The example usage or payments file bent out of shape: its header, its rows or its bytes."""
    source = _csv_source(kind)
    text = source.read_text()
    header, *rows = text.splitlines()
    shapes: dict[str, Callable[[], bytes]] = {
        "bom": lambda: b"\xef\xbb\xbf" + text.encode(),
        "no-header": lambda: "\n".join(rows).encode() + b"\n",
        "header-only": lambda: (header + "\n").encode(),
        "empty": lambda: b"",
        "ragged-short": lambda: "\n".join([header, rows[0].rsplit(",", 2)[0], *rows[1:]]).encode() + b"\n",
        "ragged-long": lambda: "\n".join([header, rows[0] + ",extra,cells", *rows[1:]]).encode() + b"\n",
        "crlf": lambda: text.replace("\n", "\r\n").encode(),
        "latin-1": lambda: text.replace(rows[0].split(",")[1], rows[0].split(",")[1] + "-caf\u00e9", 1).encode(
            "latin-1"),
        "utf-16": lambda: text.encode("utf-16"),
        "nul-byte": lambda: text.replace(rows[0], rows[0] + "\x00", 1).encode(),
        "duplicate-header": lambda: "\n".join([header + "," + header.split(",")[0], *rows]).encode() + b"\n",
        "unknown-header": lambda: text.replace(header, header.replace(header.split(",")[0], "idx"), 1).encode(),
        "unclosed-quote": lambda: text.replace(rows[0], rows[0].replace(",", ',"', 1), 1).encode(),
        "binary": lambda: bytes(range(256)) * 8,
    }
    return {kind: _write(folder, source.name, shapes[shape]())}


# -- text contracts -----------------------------------------------------------------------------------
def _form_lines() -> list[str]:
    return ["ORDER FORM", *(f"{k}: {v}" for k, v in FORM.items()), "Fees", *FEES]


def text_form(folder: Path, before: list[list[Any]] | None = None, after: list[list[Any]] | None = None,
              name: str = "form.txt", encoding: str = "utf-8") -> Files:
    """The Umbrella order form as a text file, with text written before and after it."""
    text = _parts(before or []) + "\n".join(_form_lines()) + "\n" + _parts(after or [])
    return {"contract": _write(folder, name, text.encode(encoding))}


# -- PDFs --------------------------------------------------------------------------------------------
def pdf_form(folder: Path, fields: dict[str, str] | None = None, drop: list[str] | None = None,
             fees: list[str] | None = None, extra_pages: list[list[str]] | None = None) -> Files:
    """The Umbrella order form as a PDF: fields changed or dropped, other fee lines, pages after it."""
    form = {k: v for k, v in {**FORM, **(fields or {})}.items() if k not in (drop or [])}
    return {"contract": _write(folder, "form.pdf", order_form_pdf(form, fees or FEES, extra_pages))}


def pdf_hidden(folder: Path, how: str, after: bool = False) -> Files:
    """The form with "Payment Terms: Net 30" drawn invisibly (HIDERS of tests/test_hidden_text.py) before or after
    the visible "Payment Terms: Net 45"."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    form = {k: v for k, v in FORM.items() if k != "Payment Terms"}
    for line in ["ORDER FORM", *(f"{k}: {v}" for k, v in form.items())]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if not after:
        HIDERS[how](pdf)
    pdf.cell(0, 6, "Payment Terms: Net 45", new_x="LMARGIN", new_y="NEXT")
    if after:
        HIDERS[how](pdf)
    for line in ["Fees", *FEES]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return {"contract": _write(folder, "form.pdf", bytes(pdf.output()))}


def pdf_table(folder: Path, rows: list[list[str]], fields: dict[str, str] | None = None) -> Files:
    """The form whose fees are a drawn table (header row first) instead of fee lines."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for line in ["ORDER FORM", *(f"{k}: {v}" for k, v in {**FORM, **(fields or {})}.items()), "Fees"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table() as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return {"contract": _write(folder, "form.pdf", bytes(pdf.output()))}


def pdf_broken(folder: Path, shape: str, pages: int = 0) -> Files:
    """A contract that is not a readable PDF: encrypted, truncated, not a PDF, no pages, too many, scanned."""
    form = order_form_pdf(FORM, FEES)
    shapes: dict[str, Callable[[], bytes]] = {
        "encrypted": lambda: encrypted_pdf(form),
        "truncated": lambda: form[: len(form) // 3],
        "header-only": lambda: b"%PDF-1.7\n",
        "not-a-pdf": lambda: b"PK\x03\x04 this is a zip file, not an order form" * 10,
        "zero-pages": _zero_pages,
        "many-pages": lambda: text_pdf([[f"Page {n}"] for n in range(pages)]),
        "scanned": scanned_pdf,
        "garbage-after-header": lambda: b"%PDF-1.4\n" + bytes(range(256)) * 64,
    }
    return {"contract": _write(folder, "form.pdf", shapes[shape]())}


def _zero_pages() -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    return buf.getvalue()


# -- paths -------------------------------------------------------------------------------------------
def path(folder: Path, shape: str) -> Files:
    """A contract path that is not an ordinary file of the case: through `..`, absolute, a symlink, a device."""
    shapes: dict[str, Callable[[], str]] = {
        "dotdot": lambda: str(folder / ".." / ".." / ".." / ".." / ".." / ".." / "etc" / "passwd"),
        "absolute-system-file": lambda: "/etc/passwd",
        "symlink-to-system-file": lambda: _symlink(folder, "/etc/passwd"),
        "symlink-loop": lambda: _symlink(folder, str(folder / "form.pdf")),
        "dangling-symlink": lambda: _symlink(folder, str(folder / "nowhere.pdf")),
        "dev-zero": lambda: "/dev/zero",
        "dev-null": lambda: "/dev/null",
        "directory": lambda: str(folder),
        "fifo": lambda: _fifo(folder),
        "missing": lambda: str(folder / "nowhere" / "form.pdf"),
    }
    return {"contract": shapes[shape]()}


def _symlink(folder: Path, target: str) -> str:
    link = folder / "form.pdf"
    link.symlink_to(target)
    return str(link)


def _fifo(folder: Path) -> str:
    fifo = folder / "form.pdf"
    os.mkfifo(fifo)
    return str(fifo)


# -- service bodies ----------------------------------------------------------------------------------
def contract_webhook(folder: Path, filename: str = "order-form.pdf", pad: int = 0) -> Files:
    """A contract-signed webhook body: the acme contract as base64 with its deal (padded to a size if asked)."""
    pdf, deal_file = example("acme")
    body = {"document": {"filename": filename, "content_base64": base64.b64encode(pdf.read_bytes()).decode()},
            "deal": json.loads(deal_file.read_text())}
    if pad:
        body["padding"] = "x" * pad
    return {"body": _write(folder, "body.json", json.dumps(body))}


BUILDERS: dict[str, Callable[..., Files]] = {
    "deal": deal, "deal_text": deal_text, "raw": raw, "change_request": change_request, "csv_cell": csv_cell,
    "csv_shape": csv_shape, "text_form": text_form, "pdf_form": pdf_form, "pdf_hidden": pdf_hidden,
    "pdf_table": pdf_table, "pdf_broken": pdf_broken, "path": path, "contract_webhook": contract_webhook,
}


def build(name: str, folder: Path, params: dict[str, Any]) -> Files:
    """Write case inputs with builder `name`; the placeholders they fill, the fixed ones included."""
    return {**fixed(folder), **(BUILDERS[name](folder, **params) if name else {})}
