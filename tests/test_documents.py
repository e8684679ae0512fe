"""Reading documents: PDFs and text contracts, and every kind of bad input ends in a clear error or warning."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image
from pypdf import PdfReader, PdfWriter

from accrue.adapters.documents import read_document, read_pdf_bytes
from accrue.core.errors import InputError
from accrue.extraction import extract_terms
from accrue.extraction.rules import RulesExtractor
from accrue.settings import load_settings
from tests.pdfs import encrypted_pdf, order_form_pdf, scanned_pdf, text_pdf, write

FORM = order_form_pdf({"Customer": "Initech LLC", "Currency": "USD", "Payment Terms": "Net 30",
                       "Service Start Date": "March 1, 2026", "Billing Frequency": "Annual, in advance"},
                      ["Platform Subscription (SKU PLAT-STD): 1 x USD 12,000.00 per year"])


def _mixed_pdf() -> bytes:
    """Page 1 has text, page 2 is a scanned image: what a partly scanned signature packet looks like."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "ORDER FORM\nCustomer: Initech LLC\nPayment Terms: Net 30")
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=100)
    return bytes(pdf.output())


def _owner_only_encrypted(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_reads_a_pdf_page_by_page(tmp_path: Path):
    doc = read_document(write(tmp_path / "form.pdf", text_pdf([["Page one"], ["Page two"]])))
    assert [p.strip() for p in doc.pages] == ["Page one", "Page two"]
    assert doc.media_type == "application/pdf" and doc.raw.startswith(b"%PDF") and doc.textless_pages == []


def test_the_same_pdf_read_again_in_a_process_is_parsed_once_and_a_changed_one_anew(tmp_path: Path):
    path = write(tmp_path / "form.pdf", text_pdf([["ORDER FORM", "Term: 12 months"]]))
    first = read_document(path)
    assert read_document(path) is first  # a run checks its contract, then ingest reads it: one parse
    assert read_document(path, max_pages=5) is not first  # other limits are checked anew
    write(path, text_pdf([["ORDER FORM", "Term: 24 months"]]))
    changed = read_document(path)
    assert changed.sha256 != first.sha256 and "Term: 24 months" in changed.pages[0]


def test_encrypted_pdf_with_a_password_is_a_clear_error(tmp_path: Path):
    path = write(tmp_path / "locked.pdf", encrypted_pdf(FORM))
    with pytest.raises(InputError) as err:
        read_document(path)
    assert str(err.value) == (f"{path}: is encrypted with a password; "
                              "export an unencrypted copy of the signed order form")


def test_encrypted_pdf_with_an_empty_user_password_opens(tmp_path: Path):
    doc = read_document(write(tmp_path / "owner-only.pdf", _owner_only_encrypted(FORM)))
    assert "Payment Terms: Net 30" in doc.pages[0]
    assert extract_terms(doc, RulesExtractor()).terms.payment_terms_days == 30


def test_scanned_pdf_has_no_text_layer(tmp_path: Path):
    path = write(tmp_path / "scan.pdf", scanned_pdf())
    with pytest.raises(InputError, match="has no text layer .*OCR"):
        read_document(path)
    doc = read_document(path, require_text=False)  # for a model that reads PDFs
    assert doc.textless_pages == [1] and not doc.has_text


def test_textless_page_is_reported_and_nothing_is_made_up(tmp_path: Path):
    doc = read_document(write(tmp_path / "mixed.pdf", _mixed_pdf()))
    assert doc.textless_pages == [2]
    result = extract_terms(doc, RulesExtractor())
    assert any(w.startswith("textless_pages: page(s) 2 of") for w in result.warnings)
    assert result.terms.customer_legal_name == "Initech LLC"
    assert result.terms.payment_terms_days == 30


@pytest.mark.parametrize(("data", "problem"), [
    (b"this is not a pdf at all", "is not a PDF (no %PDF header)"),
    (b"%PDF-1.7\n%garbage\x00\x01 not really a pdf", "is not a readable PDF"),
    (FORM[: len(FORM) // 2], "is not a readable PDF"),
])
def test_malformed_pdfs_are_clear_errors(tmp_path: Path, data: bytes, problem: str):
    path = write(tmp_path / "broken.pdf", data)
    with pytest.raises(InputError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and problem in message and "; " in message  # names file, problem, fix


def test_empty_missing_and_unsupported_files(tmp_path: Path):
    with pytest.raises(InputError, match="the file is empty"):
        read_document(write(tmp_path / "empty.pdf", b""))
    with pytest.raises(InputError, match="file not found"):
        read_document(tmp_path / "nope.pdf")
    with pytest.raises(InputError, match="unsupported file type '.docx'"):
        read_document(write(tmp_path / "form.docx", b"PK\x03\x04 zip bytes"))
    with pytest.raises(InputError, match="is not a text file"):
        read_document(write(tmp_path / "form.txt", b"ORDER\x00\x01\x02 FORM"))


def test_page_limit_default_and_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = write(tmp_path / "long.pdf", text_pdf([[f"Page {i}"] for i in range(3)]))
    with pytest.raises(InputError, match="has 3 pages, over the 2-page limit; .*ACCRUE_MAX_PAGES"):
        read_document(path, max_pages=2)
    monkeypatch.setenv("ACCRUE_MAX_PAGES", "2")
    with pytest.raises(InputError, match="over the 2-page limit"):
        read_document(path, max_pages=load_settings().max_pages)
    monkeypatch.setenv("ACCRUE_MAX_PAGES", "200")
    assert len(read_document(path, max_pages=load_settings().max_pages).pages) == 3
    assert len(read_document(path).pages) == 3
    with pytest.raises(InputError, match="over the 2-page limit"):
        read_pdf_bytes("long.pdf", path.read_bytes(), max_pages=2)


def test_text_contracts_split_pages_on_form_feeds(tmp_path: Path):
    path = tmp_path / "contract.md"
    path.write_text("# Order Form\nPayment Terms: Net 15\n\fPage two text\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.media_type == "text/plain" and len(doc.pages) == 2 and doc.pages[1].startswith("Page two")
    single = tmp_path / "quote.txt"
    single.write_text("Payment: due upon receipt", encoding="utf-8")
    assert read_document(single).pages == ["Payment: due upon receipt"]


def test_document_with_no_recognisable_terms_warns_and_emits_nothing(tmp_path: Path):
    path = tmp_path / "recipe.txt"
    path.write_text("Banana bread\n\nMash three ripe bananas. Stir in flour and sugar. Bake for an hour.\n",
                    encoding="utf-8")
    result = extract_terms(read_document(path), RulesExtractor())
    data = result.terms.model_dump()
    assert all(v in (None, [], {}) for v in data.values())
    assert any(w.startswith(f"no_terms: {path} has no recognisable order-form terms") for w in result.warnings)
    assert "not_found:payment_terms_days" in result.warnings
