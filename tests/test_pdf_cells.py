"""Cells read from where a PDF draws its text, and fee tables read by them: on PDFs built here, and on every
committed PDF, whose page text must read exactly as pypdf reads it."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from accrue.adapters.documents import read_document, read_pdf_bytes
from accrue.adapters.pdf_visibility import strip_zero_width
from accrue.core.document import Document
from accrue.core.grounding import ground
from accrue.core.textnorm import normalise_ws
from accrue.extraction.rules import RulesExtractor
from accrue.extraction.rules_fields import Context
from accrue.extraction.rules_segment import segment
from accrue.extraction.rules_tables import Header, typed_cell
from tests.pdfs import content_stream_pdf, table_pdf, text_pdf, write

ROOT = Path(__file__).resolve().parents[1]
BEFORE = ["ORDER FORM", "Customer: Acme Holdings Ltd", "Currency: USD"]
WIDTHS = (70, 25, 15, 30, 30)


def _items(data: bytes) -> tuple[list[dict[str, object]], dict[str, str]]:
    """The line items the embedded reader finds, each value as text, and the method of each citation."""
    doc = read_pdf_bytes("form.pdf", data)
    result = RulesExtractor().extract(doc)
    grounded = ground(result, doc)
    assert set(grounded.citations) == set(result.citations), "every citation quotes its page"
    items = [{k: (None if v is None else str(v)) for k, v in item.model_dump().items()}
             for item in result.terms.line_items]
    methods = {k: str(c.method) for k, c in result.citations.items() if k.startswith("line_items")}
    return items, methods


def test_a_rows_cells_stand_apart_while_the_page_reads_as_pypdf_reads_it(tmp_path: Path) -> None:
    rows = [["Product", "SKU", "Qty", "Unit Price / Year", "Net Amount"],
            ["Lumenpath Reading Oak Hollow", "LP-RD-STU", "420", "USD 18.00", "USD 7,560.00"]]
    path = write(tmp_path / "form.pdf", table_pdf(BEFORE, rows, col_widths=WIDTHS))
    doc = read_document(path)
    assert doc.pages == [page.extract_text() for page in PdfReader(path).pages]
    page = doc.pages[0]
    lines = [[page[c.start:c.end] for c in doc.cells[0] if page.rfind("\n", 0, c.start) == start]
             for start in sorted({page.rfind("\n", 0, c.start) for c in doc.cells[0]})]
    assert ["Product", "SKU", "Qty", "Unit Price / Year", "Net Amount"] in lines
    assert ["Lumenpath Reading Oak Hollow", "LP-RD-STU", "420", "USD 18.00", "USD 7,560.00"] in lines
    assert ["Customer: Acme Holdings Ltd"] in lines  # a line without gaps is one cell
    row = next(line for line in segment(doc).pages[0].lines if line.text.startswith("Lumenpath"))
    assert [line_cell.text for line_cell in row.cells] == rows[1]
    assert all(row.text[c.start:c.end] == c.text for c in row.cells)
    assert [c.x0 for c in row.cells] == sorted(c.x0 for c in row.cells)


def test_a_description_that_wraps_in_its_cell_is_joined_back() -> None:
    rows = [["Product", "SKU", "Qty", "Unit Price / Year", "Net Amount"],
            ["Lumenpath Reading Platform for District Schools (all campuses)", "LP-RD-STU", "420", "USD 18.00",
             "USD 7,560.00"],
            ["Teacher Dashboard", "LP-TD", "12", "USD 45.00", "USD 540.00"]]
    items, methods = _items(table_pdf(BEFORE, rows, col_widths=WIDTHS))
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["net_amount"], i["price_period"])
            for i in items] == [
        ("Lumenpath Reading Platform for District Schools (all campuses)", "LP-RD-STU", "420", "18.00", "7560.00",
         "year"),
        ("Teacher Dashboard", "LP-TD", "12", "45.00", "540.00", "year")]
    assert set(methods.values()) == {"table"}


@pytest.mark.parametrize("repeat_headings", [True, False], ids=["header repeated", "header not repeated"])
def test_a_table_goes_on_over_a_page_break(repeat_headings: bool) -> None:
    header = ["Product", "SKU", "Qty", "Unit Price / Year", "Net Amount"]
    body = [[f"Campus Licence {n:02d}", f"CL-{n:02d}", str(10 + n), "USD 20.00", f"USD {(10 + n) * 20:,}.00"]
            for n in range(1, 31)]
    data = table_pdf(BEFORE, [header, *body], ["Fees are invoiced annually in advance."], col_widths=WIDTHS,
                     repeat_headings=repeat_headings, rows_per_page=12)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2
    items, _ = _items(data)
    assert [(i["description"], i["quantity"], i["net_amount"]) for i in items] == [
        (f"Campus Licence {n:02d}", str(10 + n), f"{(10 + n) * 20}.00") for n in range(1, 31)]


def test_headers_in_unusual_words_are_read_with_what_their_cells_hold() -> None:
    rows = [["Service", "Item Ref", "Seats", "Yearly Rate", "Extended"],
            ["Fleet Planner Enterprise", "FP-ENT-01", "75", "USD 420.00", "USD 31,500.00"],
            ["Route Optimiser", "FP-RTO-02", "20", "USD 150.00", "USD 3,000.00"]]
    items, _ = _items(table_pdf(BEFORE, rows, col_widths=WIDTHS))
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["net_amount"], i["price_period"])
            for i in items] == [
        ("Fleet Planner Enterprise", "FP-ENT-01", "75", "420.00", "31500.00", "year"),
        ("Route Optimiser", "FP-RTO-02", "20", "150.00", "3000.00", "year")]


def test_two_columns_of_one_kind_are_told_apart_by_the_rows_arithmetic() -> None:
    rows = [["SKU", "Subscription", "Prior Qty", "Renewal Qty", "Prior Rate", "Renewal Rate / Year",
             "Extended Fee"],
            ["OC-COL-STD", "Collaborate Standard", "150", "165", "$84.00", "$88.20", "$14,553.00"]]
    items, _ = _items(table_pdf(BEFORE, rows, col_widths=(25, 45, 20, 20, 25, 30, 25)))
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["net_amount"]) for i in items] == [
        ("Collaborate Standard", "OC-COL-STD", "165", "88.20", "14553.00")]


def test_a_header_whose_cells_stand_on_lines_of_their_own_is_read_as_one() -> None:
    def text(x: int, y: int, words: str) -> str:
        return f"BT /F1 9 Tf {x} {y} Td ({words}) Tj ET\n"

    # "Additional" over "Qty" and "Unit Price /" over "Year", each half a line above and below the other headings
    stream = (text(50, 760, "ORDER FORM") + text(50, 740, "Customer: Acme Holdings Ltd")
              + text(50, 700, "Product") + text(200, 700, "SKU") + text(270, 714, "Additional")
              + text(270, 686, "Qty") + text(330, 714, "Unit Price /") + text(330, 686, "Year")
              + text(50, 660, "Dispatch Pro") + text(200, 660, "LF-DSP-PRO") + text(270, 660, "25")
              + text(330, 660, "$360.00"))
    data = content_stream_pdf(stream)
    assert "Additional\nQty\n" in read_pdf_bytes("form.pdf", data).pages[0]
    items, _ = _items(data)
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["price_period"]) for i in items] == [
        ("Dispatch Pro", "LF-DSP-PRO", "25", "360.00", "year")]


def test_start_and_end_dates_in_columns_of_their_own_are_the_rows_dates() -> None:
    rows = [["Product", "SKU", "Additional Qty", "Unit Price / Year", "Start", "End", "Annual Amount"],
            ["Dispatch Pro", "LF-DSP-PRO", "25", "$360.00", "April 1, 2026", "March 31, 2027", "$9,000.00"]]
    items, _ = _items(table_pdf(BEFORE, rows, col_widths=(40, 28, 18, 22, 28, 28, 26)))
    assert [(i["quantity"], i["net_amount"], i["start_date"], i["end_date"]) for i in items] == [
        ("25", "9000.00", "2026-04-01", "2027-03-31")]


def test_a_table_shown_for_reference_only_bills_nothing() -> None:
    rows = [["Product", "SKU", "Qty", "Unit Price / Year", "Net Amount"],
            ["Dispatch Pro", "LF-DSP-PRO", "100", "USD 360.00", "USD 36,000.00"]]
    items, _ = _items(table_pdf([*BEFORE, "1. Existing Subscription (for reference only)"], rows,
                                col_widths=WIDTHS))
    assert items == []


def test_a_text_contract_has_no_cells_and_its_table_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text("ORDER FORM\nProduct SKU Qty Unit Price Period Net Amount\n"
                    "Analytics Suite AN-01 10 USD 100.00 annual USD 1,000.00\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.cells == []
    assert all(line.cells == () for page in segment(doc).pages for line in page.lines)
    result = RulesExtractor().extract(doc)
    assert [(i.description, i.quantity, i.unit_price) for i in result.terms.line_items] == [
        ("Analytics Suite", Decimal(10), Decimal("100.00"))]


def test_a_page_with_hidden_text_keeps_the_cells_of_what_shows(tmp_path: Path) -> None:
    from tests.test_hidden_text import _form, _white

    doc = read_document(write(tmp_path / "hidden.pdf", _form(_white)))
    assert doc.hidden_text
    page = doc.pages[0]
    assert doc.cells[0] and all(page[c.start:c.end].strip() == page[c.start:c.end] != "" for c in doc.cells[0])


def _committed_pdfs() -> list[Path]:
    return sorted([*(ROOT / "evals" / "cases").rglob("*.pdf"), *(ROOT / "examples").rglob("*.pdf")])


def test_every_committed_pdf_reads_as_pypdf_reads_it_and_its_cells_quote_its_text() -> None:
    paths = _committed_pdfs()
    assert paths
    for path in paths:
        doc = read_document(path, require_text=False)
        if not doc.hidden_text:
            assert doc.pages == [strip_zero_width(p.extract_text()) for p in PdfReader(path).pages], path
        for page, cells in zip(doc.pages, doc.cells, strict=True):
            assert [c.start for c in cells] == sorted(c.start for c in cells), path
            assert all(page[c.start:c.end] and normalise_ws(page[c.start:c.end]) for c in cells), path


def test_a_form_without_tables_reads_its_lines_as_single_cells() -> None:
    doc = read_pdf_bytes("plain.pdf", text_pdf([["ORDER FORM", "Payment Terms: Net 30"]]))
    page = doc.pages[0]
    assert [page[c.start:c.end] for c in doc.cells[0]] == ["ORDER FORM", "Payment Terms: Net 30"]


def _placed(lines: list[list[tuple[int, str]]], top: int = 700) -> bytes:
    """A page of lines 14 points apart, each a list of (left edge, text) pieces."""
    stream = "".join(f"BT /F1 9 Tf {x} {top - 14 * n} Td ({_escaped(words)}) Tj ET\n"
                     for n, line in enumerate(lines) for x, words in line)
    return content_stream_pdf("BT /F1 9 Tf 50 760 Td (ORDER FORM) Tj ET\n"
                              "BT /F1 9 Tf 50 746 Td (Customer: Acme Holdings Ltd) Tj ET\n" + stream)


def _escaped(words: str) -> str:
    return words.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


_RECORD_HEADER = [(50, "No."), (75, "Item Code"), (140, "Product / Service"), (330, "Billing"), (380, "Qty"),
                  (420, "Unit Price"), (500, "Extended")]


def test_a_row_set_as_a_record_of_several_lines_is_read_from_its_row_number_to_the_next() -> None:
    # each row: number, code and name on its first line, notes on the product under the name, figures below
    data = _placed([
        _RECORD_HEADER,
        [(52, "1"), (75, "WX-PLAT"), (140, "Weather Platform")],
        [(140, "Hosted forecasting models for every")],
        [(140, "region, with alerting")],
        [(330, "Annual"), (385, "2"), (420, "4,000.00"), (500, "8,000.00")],
        [(52, "2"), (75, "WX-PORT"), (140, "Customer Portal")],
        [(140, "Self-service portal for up to 5,000 users")],
        [(330, "Annual"), (385, "1"), (420, "1,500.00"), (500, "1,500.00")],
        [(300, "Annual recurring fees (USD)"), (500, "9,500.00")],
        [(300, "Total fees for the term (USD)"), (500, "9,500.00")],
    ])
    items, methods = _items(data)
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["net_amount"], i["price_period"])
            for i in items] == [
        ("Weather Platform", "WX-PLAT", "2", "4000.00", "8000.00", "year"),
        ("Customer Portal", "WX-PORT", "1", "1500.00", "1500.00", "year")]
    assert set(methods.values()) == {"table"}


def test_a_record_whose_billing_word_broke_over_two_lines_is_not_billed_by_another_period() -> None:
    data = _placed([
        _RECORD_HEADER,
        [(52, "1"), (75, "WX-PLAT"), (140, "Weather Platform")],
        [(330, "Annual"), (385, "2"), (420, "4,000.00"), (500, "8,000.00")],
        [(52, "2"), (75, "WX-IMP"), (140, "Implementation")],
        [(330, "One-tim")],
        [(330, "e")],
        [(385, "1"), (420, "6,000.00"), (500, "6,000.00")],
    ])
    doc = read_pdf_bytes("form.pdf", data)
    result = RulesExtractor().extract(doc)
    assert [(i.description, i.price_period) for i in result.terms.line_items] == [("Weather Platform", "year")]


def test_the_totals_under_a_table_are_not_fees() -> None:
    rows = [["Product", "SKU", "Qty", "Unit Price", "Billing", "Net Amount"],
            ["Dispatch Pro", "LF-DSP-PRO", "70", "$108.00", "Annual", "$7,560.00"],
            ["Driver App", "LF-DRV", "140", "$24.00", "Annual", "$3,360.00"],
            ["Onboarding Package", "LF-ONB", "1", "$1,250.00", "One-time", "$1,250.00"],
            ["", "", "", "Annual recurring fees", "", "$10,920.00"],
            ["", "", "", "One-time fees", "", "$1,250.00"]]
    items, _ = _items(table_pdf(BEFORE, rows, col_widths=(45, 28, 15, 35, 25, 30)))
    assert [(i["description"], i["net_amount"], i["price_period"]) for i in items] == [
        ("Dispatch Pro", "7560.00", "year"), ("Driver App", "3360.00", "year"),
        ("Onboarding Package", "1250.00", "one_time")]


def test_a_row_that_costs_what_another_did_is_still_a_row() -> None:
    rows = [["Product", "SKU", "Qty", "Unit Price", "Billing", "Net Amount"],
            ["Analytics Add-on", "AN-ADD", "1", "$1,800.00", "Quarterly", "$1,800.00"],
            ["Premium Support", "SUP-PREM", "1", "$1,800.00", "Annual", "$1,800.00"]]
    items, _ = _items(table_pdf(BEFORE, rows, col_widths=(45, 28, 15, 35, 25, 30)))
    assert [(i["description"], i["net_amount"]) for i in items] == [
        ("Analytics Add-on", "1800.00"), ("Premium Support", "1800.00")]


def test_a_record_numbered_left_of_the_table_takes_its_period_and_dates_from_the_notes_under_its_name() -> None:
    # German headers; the row number stands left of the first column; the name carries a gloss after its dash
    data = _placed([
        [(80, "Leistung"), (300, "Menge"), (360, "Einzelpreis"), (430, "Rabatt"), (500, "Gesamt")],
        [(55, "10"), (80, "Harbour Platform - Jahreslizenz / annual")],
        [(80, "licence, hosted")],
        [(305, "1"), (360, "EUR 12.000,00"), (440, "-"), (500, "EUR 12.000,00")],
        [(55, "20"), (80, "Harbour Training - Year 1 (1 March 2026 to")],
        [(80, "28 February 2027), one-time")],
        [(305, "2"), (360, "EUR 1.500,00"), (440, "-"), (500, "EUR 3.000,00")],
    ])
    items, _ = _items(data)
    assert [(i["description"], i["quantity"], i["unit_price"], i["price_period"], i["start_date"], i["end_date"])
            for i in items] == [
        ("Harbour Platform", "1", "12000.00", "year", None, None),
        ("Harbour Training", "2", "1500.00", "one_time", "2026-03-01", "2027-02-28")]


def test_a_count_followed_by_its_unit_of_sale_is_quoted_up_to_the_count() -> None:
    # "1 YR" reads as a length of time; the count's quote ends at its own cell
    rows = [["Line", "Description", "Qty", "UOM", "Unit Cost", "Extended"],
            ["10", "Research Data Vault", "1", "YR", "$18,500.00", "$18,500.00"],
            ["20", "Storage Expansion", "6", "YR", "$1,200.00", "$7,200.00"]]
    items, _ = _items(table_pdf([*BEFORE, "Billing: Annually in advance"], rows, col_widths=(15, 55, 15, 15, 30, 30)))
    assert [(i["description"], i["quantity"], i["price_period"]) for i in items] == [
        ("Research Data Vault", "1", "year"), ("Storage Expansion", "6", "year")]


def test_items_set_out_as_label_and_value_rows_are_read_item_by_item() -> None:
    data = _placed([
        [(60, "Item 1 - product"), (210, "Harbour Cloud [HB-CORE]")],
        [(60, "Item 1 - applies"), (210, "1 March 2026 to 28 February 2027")],
        [(60, "Item 1 - quantity"), (210, "1")],
        [(60, "Item 1 - unit price"), (210, "USD 9,000.00 per year")],
        [(60, "Item 1 - net fee per year"), (210, "USD 9,000.00")],
        [(60, "Item 2 - product"), (210, "Harbour Setup [HB-SET]")],
        [(60, "Item 2 - quantity"), (210, "1")],
        [(60, "Item 2 - unit price"), (210, "USD 2,500.00 one-time")],
    ])
    items, methods = _items(data)
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["price_period"], i["net_amount"],
             i["start_date"]) for i in items] == [
        ("Harbour Cloud", "HB-CORE", "1", "9000.00", "year", "9000.00", "2026-03-01"),
        ("Harbour Setup", "HB-SET", "1", "2500.00", "one_time", None, None)]
    assert set(methods.values()) == {"table"}


def _set_at(lines: list[tuple[int, list[tuple[int, str]]]]) -> bytes:
    """A one-page PDF of text set where given: each line a baseline and (x, words) pieces."""
    def literal(words: str) -> str:  # a PDF string: its brackets escaped, so an unclosed one stays text
        return words.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    return content_stream_pdf("".join(f"BT /F1 9 Tf {x} {y} Td ({literal(words)}) Tj ET\n"
                                      for y, pieces in lines for x, words in pieces))


def test_a_record_opened_by_a_row_number_alone_on_its_line_takes_the_name_under_it() -> None:
    # "1" alone in the unnamed number column, the name and notes under it, the figures on the record's last line
    header = [(50, "#"), (70, "Service and description"), (260, "Qty"), (290, "Unit"), (360, "Fee per unit"),
              (430, "Extended fee"), (500, "Fee type")]
    data = _set_at([
        (780, [(50, "ORDER FORM")]), (760, [(50, "Customer: Acme Holdings Ltd")]), (730, header),
        (710, [(50, "1")]), (698, [(70, "eMAR - Electronic Medication Record")]),
        (686, [(70, "Medication passes at the point of care,")]), (674, [(70, "for memory-care units.")]),
        (662, [(260, "640"), (290, "occupied unit"), (360, "$7.25"), (430, "$4,640.00"), (500, "Monthly")]),
        (640, [(50, "2")]), (628, [(70, "Clinical Onboarding")]),
        (616, [(70, "Item ONB-01 Remote and on-site days")]),
        (604, [(260, "12"), (290, "day"), (360, "$1,400.00"), (430, "$16,800.00"), (500, "One-time")])])
    items, _ = _items(data)
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["price_period"], i["net_amount"])
            for i in items] == [
        ("eMAR - Electronic Medication Record", None, "640", "7.25", "month", "4640.00"),
        ("Clinical Onboarding", "ONB-01", "12", "1400.00", "one_time", "16800.00")]


def test_a_noted_code_under_the_name_a_count_with_its_unit_and_columns_read_by_what_they_hold() -> None:
    # "Rebate" and "Line Total" name no column the reader knows: percentages are the discount, the amount right of
    # the price is the row's amount; the period comes from the sentence above that names the price column
    data = _set_at([
        (780, [(50, "ORDER FORM")]), (760, [(50, "Customer: Acme Holdings Ltd")]),
        (740, [(50, "Fees are in Canadian dollars. List Rate is per unit per year; Line Total is after Rebate.")]),
        (720, [(50, "Component"), (200, "Volume"), (270, "List Rate"), (340, "Rebate"), (400, "Line Total")]),
        (700, [(50, "Clinical Scheduling")]),
        (688, [(50, "Code NC-CS"), (200, "1,200 users"), (270, "C$36.00"), (340, "15%"), (400, "C$36,720.00")]),
        (668, [(50, "Go-Live Command Centre")]),
        (656, [(50, "Code NC-GLC"), (200, "1 (one-time)"), (270, "C$8,500.00"), (340, "nil"), (400, "C$8,500.00")])])
    items, _ = _items(data)
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["price_period"], i["discount_percent"],
             i["net_amount"]) for i in items] == [
        ("Clinical Scheduling", "NC-CS", "1200", "36.00", "year", "15", "36720.00"),
        ("Go-Live Command Centre", "NC-GLC", "1", "8500.00", "one_time", None, "8500.00")]


def test_a_count_cell_that_states_a_length_of_time_is_no_quantity() -> None:
    ctx = Context(segment(Document(source="form.txt", pages=[""], sha256="x", media_type="text/plain")), False, False)
    header = Header(["quantity"], [], False, None, None)
    assert typed_cell("quantity", "1,200 users", ctx, header) == Decimal(1200)
    assert typed_cell("quantity", "1 (one-time)", ctx, header) == Decimal(1)
    assert typed_cell("quantity", "12 months", ctx, header) is None  # a length of time, not a count
    assert typed_cell("quantity", "1 YR", ctx, header) is None


def test_a_header_cell_with_an_abbreviation_is_no_sentence() -> None:
    data = _set_at([
        (780, [(50, "ORDER FORM")]), (760, [(50, "Customer: Acme Holdings Ltd")]),
        (740, [(50, "Item"), (200, "Art. no."), (260, "Renewal qty"), (330, "Unit price / year"),
               (430, "Renewal amount")]),
        (720, [(50, "Insight - Analyst licence"), (200, "NI-AN"), (260, "25"), (330, "8 190,00"),
               (430, "204 750,00")])])
    items, _ = _items(data)
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["net_amount"]) for i in items] == [
        ("Insight - Analyst licence", "NI-AN", "25", "8190.00", "204750.00")]


def test_a_phase_cell_that_wrapped_is_part_of_its_row() -> None:
    # the phase's dates break over two lines; the row is quoted from the phase's first line
    data = _set_at([
        (780, [(50, "ORDER FORM")]), (770, [(50, "Currency: EUR")]), (760, [(50, "Customer: Acme Holdings Ltd")]),
        (740, [(50, "Phase"), (170, "Product"), (280, "Seats"), (330, "List price / seat / yr"), (430, "Discount"),
               (490, "Net annual fee")]),
        (720, [(50, "Phase 1 (1 Jun 2026 - 31 May")]),
        (708, [(50, "2027)"), (170, "Design Review Cloud"), (280, "30"), (330, "EUR 600.00"), (430, "30%"),
               (490, "EUR 12,600.00")])])
    items, _ = _items(data)
    assert [(i["description"], i["quantity"], i["discount_percent"], i["net_amount"], i["start_date"],
             i["end_date"]) for i in items] == [
        ("Design Review Cloud", "30", "30", "12600.00", "2026-06-01", "2027-05-31")]


def test_a_period_noun_alone_under_an_unnamed_per_column_is_the_rows_period() -> None:
    data = _set_at([
        (780, [(50, "ORDER FORM")]), (770, [(50, "Currency: GBP")]), (760, [(50, "Customer: Acme Holdings Ltd")]),
        (740, [(50, "Action"), (110, "Product"), (250, "Qty"), (290, "Unit price"), (360, "Per"), (410, "Net")]),
        (720, [(50, "ADD"), (110, "Additional Workspaces"), (250, "3"), (290, "GBP 120.00"), (360, "month"),
               (410, "GBP 360.00")])])
    items, _ = _items(data)
    assert [(i["description"], i["quantity"], i["price_period"], i["net_amount"]) for i in items] == [
        ("Additional Workspaces", "3", "month", "360.00")]
