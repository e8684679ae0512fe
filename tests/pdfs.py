"""Builders for test PDFs: real files made with fpdf2 and pypdf, never mocks of the reader."""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages hold these lines of text."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def order_form_pdf(fields: dict[str, str], items: list[str], extra_pages: list[list[str]] | None = None) -> bytes:
    lines = ["ORDER FORM", *(f"{k}: {v}" for k, v in fields.items()), "Fees", *items]
    return text_pdf([lines, *(extra_pages or [])])


def scanned_pdf() -> bytes:
    """An image-only page: what a scanner produces, with no text layer."""
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=100)
    return bytes(pdf.output())


def encrypted_pdf(data: bytes, password: str = "secret") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def content_stream_pdf(content: str) -> bytes:
    """A one-page PDF (US Letter) drawing this content stream with Helvetica as /F1: for text drawn in ways a
    layout library does not offer (CMYK colours, render modes, scaled text matrices)."""
    from pypdf.generic import ContentStream, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): font})})
    stream = ContentStream(None, writer)
    stream.set_data(content.encode("latin-1"))
    page.replace_contents(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def table_pdf(before: list[str], rows: list[list[str]], after: list[str] | None = None, *,
              col_widths: tuple[int, ...] | None = None, repeat_headings: bool = True,
              rows_per_page: int | None = None) -> bytes:
    """A PDF with lines of text, then a table whose first row is its header (fpdf2 draws each cell apart, as
    order-form tools do), then more lines. Long cells wrap inside their column; a long table breaks over pages,
    repeating its header unless `repeat_headings` is False. `rows_per_page` makes the break come sooner, by
    setting the page's bottom margin."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    if rows_per_page is not None:
        pdf.set_auto_page_break(True, margin=297 - 20 - 8 * (rows_per_page + 2))
    for line in before:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=col_widths, repeat_headings=1 if repeat_headings else 0,
                   line_height=5) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    for line in after or []:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
