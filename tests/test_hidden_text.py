"""Text a reader cannot see is not the contract's word: it is left out of the reading and holds the run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import TextMode

from accrue.adapters.documents import read_document
from accrue.workflow.service import RunService
from tests.pdfs import content_stream_pdf, order_form_pdf, write

FORM = {"Customer": "Umbrella Corp", "Service Start Date": "1 March 2026", "Term": "12 months", "Currency": "USD",
        "Billing Frequency": "Annual, in advance"}
FEES = ["Platform (SKU P-1): 10 x USD 1,200.00 per year"]
HIDDEN = "Payment Terms: Net 30"
VISIBLE = "Payment Terms: Net 45"


def _white(pdf: FPDF) -> None:
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 6, HIDDEN, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def _near_white(pdf: FPDF) -> None:
    pdf.set_text_color(250, 250, 250)
    pdf.cell(0, 6, HIDDEN, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def _one_point(pdf: FPDF) -> None:
    pdf.set_font_size(1)
    pdf.cell(0, 1, HIDDEN, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(11)


def _render_mode_3(pdf: FPDF) -> None:
    # in a local context (q ... Q): fpdf2 does not write "0 Tr" when the mode is set back, and the mode outlives ET
    with pdf.local_context(text_mode=TextMode.INVISIBLE):
        pdf.cell(0, 6, HIDDEN, new_x="LMARGIN", new_y="NEXT")


def _off_page(pdf: FPDF) -> None:
    pdf.text(x=pdf.w + 50, y=pdf.get_y() + 5, text=HIDDEN)


def _form(hide: Callable[[FPDF], None] | None, visible: str = VISIBLE) -> bytes:
    """The order form with the hidden line drawn (if any) just before the visible payment terms."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    lines = ["ORDER FORM", *(f"{k}: {v}" for k, v in FORM.items())]
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if hide:
        hide(pdf)
    for line in [visible, "Fees", *FEES]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _deal(folder: Path) -> Path:
    path = folder / "deal.json"
    path.write_text(json.dumps({"deal_id": "D-UMB-1", "deal_name": "Umbrella - Platform", "stage": "Closed Won",
                                "account_name": "Umbrella Corp", "close_date": "2026-02-20", "currency": "USD",
                                "amount": "12000.00"}))
    return path


HIDERS = {"white": _white, "near-white": _near_white, "1-pt": _one_point, "render mode 3": _render_mode_3,
          "off the page": _off_page}


@pytest.mark.parametrize("how", HIDERS)
def test_hidden_text_is_left_out_of_the_reading_and_recorded(how: str, tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "form.pdf", _form(HIDERS[how])))
    assert "Net 30" not in doc.text
    assert VISIBLE in doc.text
    ((page, what),) = doc.hidden_text
    assert page == 1 and HIDDEN in what


def test_hiding_leaves_the_visible_text_as_an_ordinary_form_reads(tmp_path: Path) -> None:
    plain = read_document(write(tmp_path / "plain.pdf", _form(None)))
    hidden = read_document(write(tmp_path / "hidden.pdf", _form(_white)))
    assert hidden.pages == plain.pages


def test_an_ordinary_pdf_reads_as_pypdf_reads_it(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = write(tmp_path / "form.pdf", order_form_pdf({**FORM, "Payment Terms": "Net 30"}, FEES))
    doc = read_document(path)
    assert doc.pages == [page.extract_text() for page in PdfReader(path).pages]
    assert doc.hidden_text == []


def test_white_text_on_a_dark_band_is_read(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.set_fill_color(20, 40, 90)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 10, "SUBSCRIPTION ORDER FORM", fill=True, new_x="LMARGIN", new_y="NEXT")
    doc = read_document(write(tmp_path / "band.pdf", bytes(pdf.output())))
    assert "SUBSCRIPTION ORDER FORM" in doc.text
    assert doc.hidden_text == []


def test_zero_width_characters_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text("Payment\u200b Terms:\u2060 Net\ufeff 45\u200c\u200d\n", encoding="utf-8")
    assert read_document(path).text == "Payment Terms: Net 45\n"


@pytest.mark.parametrize("how", ["white", "1-pt", "render mode 3", "off the page"])
def test_a_form_that_hides_other_payment_terms_reads_the_visible_ones_and_holds(
        how: str, runtime: RunService, tmp_path: Path) -> None:
    pdf = write(tmp_path / "hidden.pdf", _form(HIDERS[how]))
    view = runtime.start_contract_run(pdf, _deal(tmp_path))
    assert view.status == "needs_review"
    assert view.terms is not None and view.terms["payment_terms_days"] == 45
    (finding,) = [f for f in view.findings if f["code"] == "hidden_text"]
    assert "page 1" in finding["message"] and HIDDEN in finding["message"]
    assert "inconsistent_terms" not in [f["code"] for f in view.findings]
    assert not any(a.get("status") == "executed" for a in view.actions)


def test_the_same_form_without_hidden_text_is_not_held_for_it(runtime: RunService, tmp_path: Path) -> None:
    pdf = write(tmp_path / "plain.pdf", _form(None))
    view = runtime.start_contract_run(pdf, _deal(tmp_path))
    assert view.terms is not None and view.terms["payment_terms_days"] == 45
    assert "hidden_text" not in [f["code"] for f in view.findings]


def test_hidden_text_holds_a_form_that_would_otherwise_go_through(runtime: RunService, tmp_path: Path) -> None:
    """Standard visible terms (Net 30) that would execute unattended: the hidden line alone holds the run."""
    def hide_net_15(pdf: FPDF) -> None:
        pdf.set_text_color(255, 255, 255)
        pdf.cell(0, 6, "Payment Terms: Net 15", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    plain = runtime.start_contract_run(write(tmp_path / "plain.pdf", _form(None, "Payment Terms: Net 30")),
                                       _deal(tmp_path))
    assert plain.status == "completed", plain.error
    view = runtime.start_contract_run(write(tmp_path / "hidden.pdf", _form(hide_net_15, "Payment Terms: Net 30")),
                                      _deal(tmp_path))
    assert view.status == "needs_review"
    assert [f["code"] for f in view.findings if f["severity"] == "error"] == ["hidden_text"]
    assert not any(a.get("status") == "executed" for a in view.actions)


def test_claude_quoting_the_hidden_line_is_not_grounded_and_the_hybrid_run_holds(tmp_path: Path) -> None:
    """Claude reads the PDF itself and may take the hidden Net 30 for the contract's word: its quote is checked
    against the visible pages only, so the rules' Net 45 stands, and the document's hiding holds the run."""
    from accrue.core.validation import validate_contract
    from accrue.extraction import extract_terms
    from accrue.extraction.claude import ClaudeExtractor
    from accrue.extraction.hybrid import HybridExtractor
    from accrue.extraction.rules import RulesExtractor
    from tests import anthropic_mock as am
    from tests.claude_answers import acme_answer, acme_lines, cite, every_part

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in acme_lines():
        if line == VISIBLE:
            _white(pdf)
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    doc = read_document(write(tmp_path / "acme-hidden.pdf", bytes(pdf.output())))
    api = am.ScriptedAPI(every_part(acme_answer(payment_terms_days=cite(30, HIDDEN))))
    result = extract_terms(doc, HybridExtractor(RulesExtractor(), ClaudeExtractor(am.client(api))))

    assert result.terms.payment_terms_days == 45
    assert any(w.startswith("hidden_text:page 1:") and HIDDEN in w for w in result.warnings)
    assert "hidden_text" in [f.code for f in validate_contract(result, None)]


def test_what_a_document_hid_is_kept_within_a_bound(tmp_path: Path) -> None:
    from accrue.adapters.documents import HIDDEN_PIECE_CHARS
    from accrue.core.document import HIDDEN_TEXT_LIMIT

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.set_text_color(255, 255, 255)
    for n in range(HIDDEN_TEXT_LIMIT + 10):
        pdf.cell(0, 6, f"Payment Terms: Net {n} " + "x" * 300, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 6, VISIBLE, new_x="LMARGIN", new_y="NEXT")
    doc = read_document(write(tmp_path / "many.pdf", bytes(pdf.output())))
    assert doc.text.strip() == VISIBLE
    assert len(doc.hidden_text) == HIDDEN_TEXT_LIMIT
    assert all(len(what) <= HIDDEN_PIECE_CHARS for _, what in doc.hidden_text)


LINE = "BT /F1 11 Tf 72 700 Td (Payment Terms: Net 45) Tj ET\n"


@pytest.mark.parametrize(("drawn", "hidden_by"), [
    ("0 0 0 0 k", "white text"),
    ("0.02 0.01 0.03 0 k", "white text"),
    ("0.97 g", "white text"),
    ("1 1 1 rg", "white text"),
    ("/DeviceRGB cs 1 1 1 sc", "white text"),
    ("0 0 1 rg 60 500 300 20 re f 1 g 60 710 300 20 re f", "white text"),  # on a white box, away from the band
    ("7 Tr", "render mode 7"),
    ("1 1 1 RG 1 Tr", "white text"),
])
def test_each_way_of_hiding_in_a_content_stream_is_seen(drawn: str, hidden_by: str, tmp_path: Path) -> None:
    content = f"q {drawn} BT /F1 11 Tf 72 720 Td ({HIDDEN}) Tj ET Q\n{LINE}"
    doc = read_document(write(tmp_path / "form.pdf", content_stream_pdf(content)))
    assert doc.text == VISIBLE
    ((_, what),) = doc.hidden_text
    assert what.startswith(hidden_by) and HIDDEN in what


@pytest.mark.parametrize(("text_object", "hidden_by"), [
    ("BT /F1 1 Tf 2 0 0 2 72 720 Tm", "2.0-pt text"),
    ("BT /F1 11 Tf 0.3 0 0 0.3 72 720 Tm", "3.3-pt text"),
    ("BT /F1 11 Tf -400 720 Td", "text outside the page"),
    ("BT /F1 11 Tf 72 900 Td", "text outside the page"),
])
def test_tiny_and_off_page_text_in_a_content_stream_is_seen(text_object: str, hidden_by: str,
                                                            tmp_path: Path) -> None:
    content = f"{text_object} ({HIDDEN}) Tj ET\n{LINE}"
    doc = read_document(write(tmp_path / "form.pdf", content_stream_pdf(content)))
    assert doc.text == VISIBLE
    ((_, what),) = doc.hidden_text
    assert what.startswith(hidden_by)


@pytest.mark.parametrize("drawn", [
    "BT /F1 1 Tf 12 0 0 12 72 720 Tm",          # a unit font scaled by the text matrix: 12 pt
    "0.5 g BT /F1 11 Tf 72 720 Td",               # gray is read
    "1 0 0 rg BT /F1 11 Tf 72 720 Td",            # so is red
    "/CS0 cs 1 scn BT /F1 11 Tf 72 720 Td",       # a named colour space is not guessed at: full ink of a spot colour
    "0 0 1 rg 60 710 300 20 re f 1 g BT /F1 11 Tf 72 715 Td",  # white on a blue band
])
def test_visible_text_drawn_in_other_ways_is_read(drawn: str, tmp_path: Path) -> None:
    content = f"q {drawn} ({HIDDEN}) Tj ET Q\n{LINE}"
    doc = read_document(write(tmp_path / "form.pdf", content_stream_pdf(content)))
    assert doc.hidden_text == []
    assert HIDDEN in doc.text and VISIBLE in doc.text
