"""Fee tables read by their header's words (`accrue.extraction.rules_tables`): pipe tables in a text layer, and
headers whose words name a column in a way the vocabulary did not know."""

from __future__ import annotations

from accrue.core.document import Document
from accrue.core.grounding import ground
from accrue.extraction.rules import RulesExtractor


def _items(text: str) -> list[dict[str, str | None]]:
    doc = Document(source="form.txt", pages=[text], sha256="x", media_type="text/plain")
    grounded = ground(RulesExtractor().extract(doc), doc)
    assert not [w for w in grounded.warnings if w.startswith("ungrounded:line_items")], grounded.warnings
    return [{k: (None if v is None else str(v)) for k, v in item.model_dump().items()}
            for item in grounded.terms.line_items]


def test_a_ramp_in_a_pipe_table_headed_by_phase_and_a_rate_per_seat_is_read_row_by_row() -> None:
    items = _items("ORDER FORM\nCurrency: CAD\n"
                   "| Phase | Product | Seats | Rate/seat/yr | Annual Fee |\n"
                   "|-------|---------|------:|-------------:|-----------:|\n"
                   "| Phase 1 (1 Mar 2026 - 28 Feb 2027) | Harbour Planner | 40 | C$300.00 | C$12,000.00 |\n"
                   "| Phase 2 (1 Mar 2027 - 29 Feb 2028) | Harbour Planner | 60 | C$300.00 | C$18,000.00 |\n")
    assert [(i["description"], i["quantity"], i["unit_price"], i["price_period"], i["net_amount"], i["start_date"],
             i["end_date"]) for i in items] == [
        ("Harbour Planner", "40", "300.00", "year", "12000.00", "2026-03-01", "2027-02-28"),
        ("Harbour Planner", "60", "300.00", "year", "18000.00", "2027-03-01", "2028-02-29")]


def test_a_pipe_table_row_that_states_only_its_fee_for_one_unit_takes_the_fee_as_its_price() -> None:
    items = _items("ORDER FORM\nCurrency: CAD\n"
                   "| Year | Item | SKU | Qty | Fee per quarter |\n"
                   "|------|------|-----|----:|----------------:|\n"
                   "| Year 1 (2026-11-01 - 2027-10-31) | Harbour Platform | HB-PLAT | 1 | C$4,000.00 |\n")
    assert [(i["description"], i["sku"], i["unit_price"], i["price_period"]) for i in items] == [
        ("Harbour Platform", "HB-PLAT", "4000.00", "quarter")]


def test_a_pipe_table_with_an_unnamed_dates_column_and_year_steps_under_period() -> None:
    text = ("ORDER FORM\nCurrency: CAD\n| Period | Dates | Item | SKU | Qty | Fee per quarter |\n"
            "|---|---|---|---|---|---|\n"
            "| Year 1 | 2026-11-01 - 2027-10-31 | LabTrack Platform | KLT-PLAT | 1 | C$4,000.00 |\n"
            "| Year 2 | 2027-11-01 - 2028-10-31 | LabTrack Platform | KLT-PLAT | 1 | C$5,000.00 |\n")
    assert [(i["unit_price"], i["price_period"], i["start_date"], i["end_date"]) for i in _items(text)] == [
        ("4000.00", "quarter", "2026-11-01", "2027-10-31"), ("5000.00", "quarter", "2027-11-01", "2028-10-31")]


def test_fees_in_a_letter_named_by_the_capitalised_product_before_their_price() -> None:
    text = ("Dear Ms Byrne,\nCurrency: AUD\nFees. You are subscribing to an Enterprise Platform licence of AUD 36,000 "
            "per year, together with 120 Care Staff user licences at A$18.50 per user per month (A$2,220.00 per "
            "month). We will also deliver our Implementation Services for a one-off fee of AUD 9,500.\n")
    assert [(i["description"], i["quantity"], i["unit_price"], i["price_period"]) for i in _items(text)] == [
        ("Enterprise Platform licence", "1", "36000", "year"), ("Care Staff user licences", "120", "18.50", "month"),
        ("Implementation Services", "1", "9500", "one_time")]


def test_a_sentence_that_names_no_product_before_its_price_is_no_fee() -> None:
    text = ("Dear Ms Byrne,\nCurrency: USD\nFrom January 1, 2027 the additional seats are invoiced annually in advance "
            "together with the Existing Subscription, at $9,000.00 per year.\n")
    assert _items(text) == []


def test_a_fee_with_a_bracketed_note_a_discount_in_words_and_what_it_comes_to() -> None:
    # "up to 800 members" bounds the subscription, it opens no usage band: the fee readers read the line
    text = ("Dear Treasurer,\nCurrency: AUD\nFees. The Membership Portal subscription (for up to 800 members) has a "
            "list fee of A$3,000 per year, reduced by our 20% not-for-profit discount to A$2,400 per year. The Event "
            "Ticketing add-on lists at A$750 per year and, with the same 20% discount, costs A$600 per year.\n")
    assert [(i["description"], i["unit_price"], i["discount_percent"], i["net_amount"]) for i in _items(text)] == [
        ("Membership Portal subscription", "3000", "20", "2400"), ("Event Ticketing add-on", "750", "20", "600")]


def test_a_count_in_words_and_a_condition_that_is_no_product() -> None:
    text = ("Dear Ms Byrne,\nCurrency: EUR\nBallymore is also taking two Course Authoring Studio licences at "
            "EUR 1,900.00 each per year.\nIf more than 120 users are active, each additional user is charged at "
            "EUR 300 per user per year.\n")
    assert [(i["quantity"], i["unit_price"], i["price_period"]) for i in _items(text)] == [("2", "1900.00", "year")]


def test_a_pipe_table_with_a_code_column_year_spans_in_names_and_its_period_in_a_note_below() -> None:
    text = ("ORDER\nCurrency: SEK\n| Line | Article | Description | Qty | Unit price (SEK) | Amount (SEK) |\n"
            "|---:|---|---|---:|---:|---:|\n"
            "| 1 | TS-ROAST-PRO | RoastLog Pro subscription, Year 1 (2026-05-01 - 2027-04-30) | 6 | 4 200,00 | "
            "25 200,00 |\n"
            "| 2 | TS-INST | Installation and training (one-off) | 1 | 14 500,00 | 14 500,00 |\n"
            "Unit prices for subscription lines are per roaster per year.\n")
    assert [(i["description"], i["sku"], i["quantity"], i["unit_price"], i["price_period"], i["start_date"],
             i["end_date"]) for i in _items(text)] == [
        ("RoastLog Pro subscription", "TS-ROAST-PRO", "6", "4200.00", "year", "2026-05-01", "2027-04-30"),
        ("Installation and training", "TS-INST", "1", "14500.00", "one_time", None, None)]


def test_a_fee_named_in_lower_case_by_what_it_is_for() -> None:
    text = ("Dear Ms Silva,\nCurrency: USD\nWe will also install and commission the trackers for a one-time "
            "installation fee of USD 18,500.00.\nThe Portal has a list fee of USD 3,000.00 per year.\n")
    assert [(i["description"], i["unit_price"], i["price_period"]) for i in _items(text)] == [
        ("Installation", "18500.00", "one_time"), ("Portal", "3000.00", "year")]


def test_a_pipe_table_quoted_in_an_email_reply() -> None:
    text = ("> From: Renewals\n> Currency: SGD\n"
            "> | Product | Seats | List price / seat / year | Discount | Annual amount |\n"
            "> |---|---:|---:|---:|---:|\n> | ClientVault Advisor | 45 | SGD 1,320.00 | 5% | SGD 56,430.00 |\n"
            "> | **Renewal total (12 months)** | | | | **SGD 56,430.00** |\n")
    assert [(i["description"], i["quantity"], i["discount_percent"], i["net_amount"]) for i in _items(text)] == [
        ("ClientVault Advisor", "45", "5", "56430.00")]


def test_a_price_cut_stated_in_prose_is_no_fee_of_its_own() -> None:
    text = ("Dear Ms Silva,\nCurrency: GBP\nThe Scale Plan is discounted by GBP 145.00 per month for the six months "
            "from 1st May 2026 to 31st October 2026.\n")
    assert _items(text) == []


def test_a_clause_that_sums_the_fees_up_is_no_fee() -> None:
    text = ("Dear Ms Dahl,\nCurrency: NOK\nThe Vessel Apps cost NOK 650 per vessel per month for 14 vessels.\n"
            "That comes to NOK 9,100 per month.\n")
    assert [i["description"] for i in _items(text)] == ["Vessel Apps"]
