"""Fee rows read by their arithmetic (`accrue.extraction.rules_rows`): on text documents, whose lines have no cells."""

from __future__ import annotations

from decimal import Decimal

from accrue.core.document import Document
from accrue.core.grounding import ground
from accrue.extraction.rules import RulesExtractor


def _items(text: str) -> list[tuple[str | None, Decimal, Decimal, Decimal | None]]:
    doc = Document(source="form.txt", pages=[text], sha256="x", media_type="text/plain")
    grounded = ground(RulesExtractor().extract(doc), doc)
    assert not [w for w in grounded.warnings if w.startswith("ungrounded:line_items")], grounded.warnings
    return [(i.description, i.quantity, i.unit_price, i.net_amount) for i in grounded.terms.line_items]


def test_a_row_whose_figures_close_is_a_fee() -> None:
    assert _items("ORDER FORM\nCurrency: USD\nNo. Component Volume Rebate Line Total\n"
                  "3 Harbour Analytics seats HA-SEAT 12 user-yr 250.00 10% 2,700.00\n") == [
        ("Harbour Analytics seats", Decimal(12), Decimal("250.00"), Decimal("2700.00"))]


def test_digits_inside_a_code_or_a_duration_are_not_a_rows_figures() -> None:
    # 12 x 1 = 12 only if the "1" of the code and the "12" of "12-month" were counts and prices
    assert _items("Payment Terms: 12-month (SKU A-1) per year 12-month\n") == []


def test_a_date_span_in_brackets_after_the_name_gives_the_items_dates_and_leaves_the_name() -> None:
    doc = Document(source="form.txt", sha256="x", media_type="text/plain", pages=[
        "ORDER FORM\nCurrency: EUR\nComponent Volume Rebate Line Total per year\n"
        "Claims Platform (01.01.2027 - 31.12.2027) 180 1.250,00 0% 225.000,00\n"])
    grounded = ground(RulesExtractor().extract(doc), doc)
    [item] = grounded.terms.line_items
    assert (item.description, str(item.start_date), str(item.end_date), item.net_amount) == (
        "Claims Platform", "2027-01-01", "2027-12-31", Decimal("225000.00"))


def test_a_name_in_camel_case_is_a_description() -> None:
    assert _items("ORDER FORM\nCurrency: USD\nComponent Volume Line Total / month\n"
                  "eMAR Medication Record 640 7.25 4,640.00\n") == [
        ("eMAR Medication Record", Decimal(640), Decimal("7.25"), Decimal("4640.00"))]


def test_a_price_before_its_count_closes_too_and_an_unticked_product_is_not_ordered() -> None:
    assert _items("ORDER FORM\nCurrency: NZD\nTick Product Code List price Per Qty Disc Net per period\n"
                  "[X] Mobile Field Users AR-MOB NZ$240.00 per year 45 5% NZ$10,260.00\n"
                  "[ ] Condition Module AR-CAM NZ$6,500.00 per year 2 - NZ$13,000.00\n") == [
        ("Mobile Field Users", Decimal(45), Decimal("240.00"), Decimal("10260.00"))]


def test_lettered_row_references_and_a_bare_date_span_leave_the_name() -> None:
    assert [i[0] for i in _items(
        "ORDER FORM\nCurrency: USD\nRef Component Volume Rebate Line Total per year\n"
        "B1 Harbour Analytics seats 12 250.00 10% 2,700.00\n"
        "B2 Harbour Data Feeds 3 400.00 0% 1,200.00\n")] == ["Harbour Analytics seats", "Harbour Data Feeds"]
    # one lettered name among others is a name ("X1 Carbon")
    assert [i[0] for i in _items(
        "ORDER FORM\nCurrency: USD\nComponent Volume Rebate Line Total per year\n"
        "X1 Carbon seats 12 250.00 10% 2,700.00\n")] == ["X1 Carbon seats"]
    doc = Document(source="form.txt", sha256="x", media_type="text/plain", pages=[
        "ORDER FORM\nCurrency: USD\nComponent Volume Rebate Line Total per year\n"
        "Field Licences 2026-09-01 to 2027-08-31 40 180.00 0% 7,200.00\n"])
    [item] = ground(RulesExtractor().extract(doc), doc).terms.line_items
    assert (item.description, str(item.start_date), str(item.end_date)) == (
        "Field Licences", "2026-09-01", "2027-08-31")


def test_a_price_per_period_inside_a_name_ends_it_with_the_count_before_it() -> None:
    items = _items("  Customer: Larchfield Brewing Co. Limited\n\n"
                   "  Item                             Qty   Price          Per month\n"
                   "  ------------------------------   ---   ------------   ---------\n"
                   "  Pint POS terminal licence          3   £45.00/month     £135.00\n"
                   "  Stock module                       1   £60.00/month      £60.00\n")
    assert [description for description, *_ in items] == ["Pint POS terminal licence", "Stock module"]
