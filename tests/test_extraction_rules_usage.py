"""Usage rules on paper the reader was not written for: several bands in one sentence, bands that wrap onto the next
line, allowances stated per contract year or "each month", and the sentence that holds the tiers giving their billing.

Every text here is our own wording; each test also checks that every value it reads is grounded in its quote.
"""

from __future__ import annotations

import re
import time

from accrue.core.document import Cell, Document
from accrue.core.grounding import ground
from accrue.core.terms import ContractTerms, UsageRule
from accrue.extraction.rules import RulesExtractor
from tests.grounded_reading import read_grounded

_read = read_grounded


def _tiers(rule: UsageRule) -> list[tuple[str | None, str]]:
    return [(None if t.up_to is None else str(t.up_to), str(t.unit_price)) for t in rule.tiers]


# ------------------------------------------------------------------------------------------ bands in one sentence

def test_every_band_of_a_sentence_is_a_tier_not_only_the_first():
    terms = _read("4. Usage\n"
                  "Parcel label prints are charged per calendar month on a graduated basis: prints 1 to 20,000 at "
                  "USD 0.30 each; prints 20,001 to 80,000 at USD 0.22 each; and every print above 80,000 at USD 0.15 "
                  "each. Usage is invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert _tiers(rule) == [("20000", "0.30"), ("80000", "0.22"), (None, "0.15")]
    assert (rule.pricing_model, rule.billing_frequency, rule.billing_timing) == ("graduated", "monthly", "arrears")


def test_a_band_statement_that_wraps_onto_the_next_lines_keeps_its_bands_and_its_billing():
    terms = _read("Usage terms\n"
                  "Route optimisations: 1 to 4,000 runs at EUR 0.90; 4,001 to\n"
                  "12,000 runs at EUR 0.70; 12,001 runs and above at EUR 0.55\n"
                  "(volume - the band reached prices every run in the period); invoiced\n"
                  "quarterly in arrears.\n"
                  "Minimum commitment: EUR 9,000.00 per contract year.\n")
    (rule,) = terms.usage_rules
    assert rule.metric == "Route optimisations"
    assert _tiers(rule) == [("4000", "0.90"), ("12000", "0.70"), (None, "0.55")]
    assert (rule.pricing_model, rule.billing_frequency, rule.billing_timing) == ("volume", "quarterly", "arrears")


def test_the_rest_beyond_the_first_band_is_the_open_band():
    terms = _read("5. Metered usage\n"
                  "Each calendar quarter includes 400,000 sensor pings. Billable pings beyond that allowance are "
                  "charged in graduated bands: the first 900,000 billable pings at CAD 0.0030 each and every further "
                  "ping at CAD 0.0021, invoiced quarterly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, str(rule.included_quantity), rule.included_period) == ("sensor pings", "400000", "quarter")
    assert _tiers(rule) == [("900000", "0.0030"), (None, "0.0021")]
    assert rule.pricing_model == "graduated"


def test_a_band_row_whose_price_wrapped_onto_its_own_line():
    terms = _read("Usage meters\n"
                  "Meter Included Band Rate per unit\n"
                  "Fax pages (pages) 300 per month Band A: 1 - 2,000 billable pages USD 0.20 per page\n"
                  "Band B: more than 2,000 billable\n"
                  "pages USD 0.12 per page\n"
                  "Volume pricing: billable pages are those above the 300 included each month. The band reached "
                  "sets the rate for every billable page that month. Invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert rule.metric == "Fax pages"  # the bracket names the unit it is counted in
    assert _tiers(rule) == [("2000", "0.20"), (None, "0.12")]
    assert rule.pricing_model == "volume"


def test_a_usage_heading_with_a_hyphenated_word_names_no_metric():
    terms = _read("Usage-based charges\n"
                  "Transcription minutes: 1 to 10,000 minutes at USD 0.020; 10,001 minutes and above at USD 0.015 "
                  "(graduated), invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert rule.metric == "Transcription minutes"
    assert _tiers(rule) == [("10000", "0.020"), (None, "0.015")]


def test_a_bound_that_does_not_rise_ends_the_statement():
    terms = _read("Usage\n"
                  "Scans: up to 5,000 scans at USD 0.10; up to 3,000 scans at USD 0.08\n")
    assert all(_tiers(rule)[:1] == [("5000", "0.10")] and len(rule.tiers) == 1 for rule in terms.usage_rules)


def test_bands_written_price_first():
    terms = _read("3. Fees\n"
                  "Dispatched drivers are charged per driver per month on volume pricing: the month's count of drivers "
                  "picks one rate for all of them.\n"
                  "The rates are A$9.00 per driver when the month has 1 to 100 drivers, A$8.00 per driver for 101 to "
                  "400, and A$7.00 per driver for 401 or more.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, rule.pricing_model) == ("Dispatched drivers", "driver", "volume")
    assert _tiers(rule) == [("100", "9.00"), ("400", "8.00"), (None, "7.00")]


def test_prices_without_rising_bands_are_not_tiers():
    terms = _read("Volume discounts apply to seats: USD 30.00 per seat for 1 to 50 seats and USD 28.00 per seat for "
                  "10 to 20 seats.\n")
    assert terms.usage_rules == []


def test_a_row_label_names_what_is_used_and_not_its_pricing_model():
    terms = _read("2. Fees\n"
                  "Fax usage - volume\n"
                  "pricing\n"
                  "All fax pages sent in a calendar month take ONE rate: up to 20,000\n"
                  "pages\n"
                  "USD 0.050 / page\n"
                  "20,001 to 80,000 pages USD 0.040 / page\n"
                  "more than 80,000 pages USD 0.030 / page\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.pricing_model) == ("Fax", "volume")
    assert _tiers(rule) == [("20000", "0.050"), ("80000", "0.040"), (None, "0.030")]


# ------------------------------------------------------------------------------------------ allowances

def test_an_allowance_per_contract_year_and_the_price_beyond_it():
    terms = _read("Fees\nThe licence fee is GBP 30,000 per annum.\n"
                  "The licence includes 50,000 e-mail alerts in each contract year. Alerts above that allowance are "
                  "charged at GBP 0.03 per alert, invoiced quarterly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, str(rule.included_quantity), rule.included_period) == ("e-mail alerts", "50000", "year")
    assert (rule.unit, _tiers(rule)) == ("alert", [(None, "0.03")])
    assert (rule.billing_frequency, rule.billing_timing) == ("quarterly", "arrears")


def test_an_allowance_that_opens_with_its_period():
    terms = _read("B.4 Usage. Each month 750.000 document scans are included. Billable scans above that allowance "
                  "are charged in graduated bands: the first 2.000.000 billable scans at 0,0050 EUR per scan, and "
                  "every billable scan above 2.000.000 at 0,0030 EUR per scan.\n"
                  "B.5 Payment. Net 30 days. Usage is invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, str(rule.included_quantity), rule.included_period) == ("document scans", "750000", "month")
    assert _tiers(rule) == [("2000000", "0.0050"), (None, "0.0030")]


def test_an_including_in_a_product_description_is_not_the_allowance():
    terms = _read("Fees\n"
                  "Risk Workspace - Solvency 2 Edition, including model libraries for 3 regions\n"
                  "Metered usage: 8,000 batch runs per contract year are included. Runs above the allowance are "
                  "billable in graduated bands: billable runs 1 to 4,000 at USD 2.00 per run, and billable runs above "
                  "4,000 at USD 1.50 per run, invoiced quarterly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, str(rule.included_quantity), rule.included_period) == ("batch runs", "8000", "year")
    assert _tiers(rule) == [("4000", "2.00"), (None, "1.50")]


def test_a_worked_example_that_wraps_is_not_a_tier():
    terms = _read("2. Usage Fees - Stored Objects\n"
                  "Usage is priced on a graduated basis: each band is charged at its own rate. No volume is included.\n"
                  "Band Objects per month Price per object\n"
                  "A 0 - 1.000 objects 0,50 €\nB above 1.000 objects 0,40 €\n"
                  "Example: 1.500 objects in a month = 1.000 x 0,50 + 500 x 0,40 = 500,00 + 200,00 =\n"
                  "700,00 €.\n")
    (rule,) = terms.usage_rules
    assert _tiers(rule) == [("1000", "0.50"), (None, "0.40")]
    assert rule.pricing_model == "graduated"  # "No volume is included" is not volume pricing


# ------------------------------------------------------------------------------------------ usage in one sentence

def test_the_counted_thing_above_an_allowance_and_its_price_in_one_sentence():
    terms = _read("2. Fees\n"
                  "The portal is licensed for up to 9,000 member logins at EUR 2,100 per month, billed monthly in "
                  "arrears. Member logins above 9,000 in any month are charged at EUR 0.04 per login, invoiced "
                  "monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, str(rule.included_quantity), rule.included_period) == \
        ("Member logins", "login", "9000", "month")
    assert (_tiers(rule), rule.pricing_model) == ([(None, "0.04")], "per_unit")
    assert (rule.billing_frequency, rule.billing_timing) == ("monthly", "arrears")


def test_an_overage_line_that_names_its_price_after_a_colon():
    terms = _read("Plan terms\n"
                  "- Base fee: USD 800 per month, including 20,000 form submissions per month\n"
                  "- Additional submissions: USD 0.03 per submission above 20,000 in a month\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, str(rule.included_quantity), rule.included_period) == \
        ("form submissions", "submission", "20000", "month")
    assert _tiers(rule) == [(None, "0.03")]


# ------------------------------------------------------------------------------------------ unit and billing

def test_the_unit_is_the_counted_noun_not_its_adjective():
    terms = _read("Each month includes 1,500 verified deliveries; every additional verified delivery is charged at "
                  "A$0.45 and invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit) == ("verified deliveries", "delivery")


def test_a_header_price_per_overage_unit_names_the_unit():
    terms = _read("2. Included Usage and Overage\n"
                  "The subscription includes 400,000 map loads per calendar month. Loads above the included amount "
                  "are charged on a graduated basis:\n"
                  "Band Overage Loads in the Month Price per Overage Load\n"
                  "1 1 - 600,000 $0.0015\n2 Above 600,000 $0.0009\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit) == ("map loads", "load")
    assert _tiers(rule) == [("600000", "0.0015"), (None, "0.0009")]


def test_usage_billing_stated_once_away_from_the_tiers():
    terms = _read("Invoicing: subscription fees are invoiced monthly in advance; usage charges are invoiced "
                  "quarterly in arrears.\n"
                  "Payment terms: Net 30.\n", "Usage\n"
                  "Parcel scans: 1 to 50,000 scans at USD 0.020; 50,001 scans and above at USD 0.012 (graduated).\n")
    (rule,) = terms.usage_rules
    assert (rule.billing_frequency, rule.billing_timing) == ("quarterly", "arrears")


def test_a_usage_billing_label_over_its_value():
    terms = _read("USAGE BILLING\nQuarterly in arrears\nPAYMENT TERMS\nNet 30\n"
                  "Usage\nDocument signatures: 1 to 5,000 at EUR 0.50; 5,001 and above at EUR 0.35 (graduated).\n")
    (rule,) = terms.usage_rules
    assert (rule.billing_frequency, rule.billing_timing) == ("quarterly", "arrears")


def test_usage_billing_stated_two_ways_states_nothing():
    terms = _read("Usage charges are invoiced monthly in arrears.\n", "Usage is billed quarterly in arrears.\n"
                  "Usage\nDocument signatures: 1 to 5,000 at EUR 0.50; 5,001 and above at EUR 0.35 (graduated).\n")
    (rule,) = terms.usage_rules
    assert rule.billing_frequency is None


# ------------------------------------------------------------------------------------------ time


def _seconds(text: str) -> float:
    doc = Document(source="bands.txt", pages=[text], sha256="x", media_type="text/plain")
    started = time.perf_counter()
    RulesExtractor().extract(doc)
    return time.perf_counter() - started


def _bands(size: int) -> str:
    text = "Usage\nCalls: " + "".join(f"{10 * i + 1} to {10 * i + 10} calls at USD 0.{i % 90 + 10}; "
                                      for i in range(size // 20))
    return text[:size]


def test_a_statement_of_many_bands_is_read_in_linear_time():
    _seconds(_bands(2_000))
    small = min(_seconds(_bands(20_000)) for _ in range(2))
    large = min(_seconds(_bands(80_000)) for _ in range(2))
    assert large < 8 * small + 0.5, f"20k chars {small:.2f} s, 80k chars {large:.2f} s"


# ------------------------------------------------------------------------------------------ usage tables by cells

def _read_cells(text: str) -> ContractTerms:
    """A PDF-like page whose cells are the runs of text two spaces apart, each standing where its characters do."""
    cells, offset = [], 0
    for line in text.split("\n"):
        for m in re.finditer(r"\S+(?: \S+)*", line):
            cells.append(Cell(offset + m.start(), offset + m.end(), 10.0 + 6 * m.start(), 10.0 + 6 * m.end()))
        offset += len(line) + 1
    doc = Document(source="form.pdf", pages=[text], sha256="x", media_type="application/pdf", cells=[cells])
    result = ground(RulesExtractor().extract(doc), doc)
    assert not [w for w in result.warnings if w.startswith("ungrounded:")], result.warnings
    return result.terms


def test_each_usage_row_of_a_table_is_a_rule_with_its_own_allowance_and_billing():
    terms = _read_cells(
        "Charges\n"
        "Component          Metering basis   Allowance        Rate card                       Cadence\n"
        "Contact Centre     Flat, per month  -                NZD 3,000.00 / month            Monthly, in advance\n"
        "Chat sessions      Per session      5,000 per month  NZD 0.080 each above allowance  Monthly, in arrears\n"
        "Call recordings    Per recording    None             NZD 0.015 per recording         Quarterly, in arrears\n"
        "Taxes\n")
    chat, calls = terms.usage_rules
    assert (chat.metric, chat.unit, str(chat.included_quantity), chat.included_period) == \
        ("Chat sessions", "session", "5000", "month")
    assert (_tiers(chat), chat.billing_frequency, chat.billing_timing) == ([(None, "0.080")], "monthly", "arrears")
    assert (calls.metric, calls.unit, str(calls.included_quantity)) == ("Call recordings", "recording", "0")
    assert (_tiers(calls), calls.billing_frequency) == ([(None, "0.015")], "quarterly")


def test_a_usage_row_whose_cells_wrap_is_read_as_one_row():
    terms = _read_cells(
        "Usage\n"
        "Metric              Included            Price beyond included          Billed\n"
        "Label scans\n"
        "                    8,000 per calendar\n"
        "                    quarter\n"
        "                                        EUR 0.12 per scan              Quarterly in arrears\n"
        "Terms\n"
        "1. These terms apply to every order placed under the master agreement between the parties named above.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, str(rule.included_quantity), rule.included_period) == \
        ("Label scans", "scan", "8000", "quarter")
    assert (_tiers(rule), rule.billing_frequency, rule.billing_timing) == ([(None, "0.12")], "quarterly", "arrears")


def test_a_usage_row_priced_without_per_names_its_unit_in_its_own_column():
    terms = _read_cells(
        "Metered dimensions\n"
        "Dimension                   Unit            Price per unit    Reported / billed\n"
        "Extra backup gigabyte-days  gigabyte-day    $0.0021           daily metering, billed monthly in arrears\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, rule.pricing_model) == ("Extra backup gigabyte-days", "gigabyte-day", "per_unit")
    assert (_tiers(rule), rule.billing_frequency) == ([(None, "0.0021")], "monthly")



def test_tiers_under_a_rate_card_take_the_metric_and_billing_of_the_row_that_names_it():
    terms = _read_cells(
        "Charges\n"
        "Component          Metering basis   Allowance        Rate card                       Cadence\n"
        "Video rooms        Flat, per month  -                NZD 500.00 / month              Quarterly, in advance\n"
        "Recording hours    Per hour         None             Graduated - rate card C         Monthly, in arrears\n"
        "Rate card C - recordings (graduated, per calendar month)\n"
        "Band  Hours in the month        Rate per hour\n"
        "1     first 300 hours           NZD 2.00\n"
        "2     each hour above 300       NZD 1.50\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.pricing_model) == ("Recording hours", "graduated")
    assert (rule.billing_frequency, rule.billing_timing) == ("monthly", "arrears")
    assert _tiers(rule) == [("300", "2.00"), (None, "1.50")]

def _table_seconds(rows: int) -> float:
    header = "Meter            Included          Basis                     Rate per unit\n"
    body = "".join(f"Meter {i:<10} -                 Per call above allowance  USD 0.{i % 90 + 10} per call\n"
                   for i in range(rows))
    text = header + body
    cells, offset = [], 0
    for line in text.split("\n"):
        for m in re.finditer(r"\S+(?: \S+)*", line):
            cells.append(Cell(offset + m.start(), offset + m.end(), 10.0 + 6 * m.start(), 10.0 + 6 * m.end()))
        offset += len(line) + 1
    doc = Document(source="t.pdf", pages=[text], sha256="x", media_type="application/pdf", cells=[cells])
    started = time.perf_counter()
    RulesExtractor().extract(doc)
    return time.perf_counter() - started


def test_a_usage_table_of_many_rows_is_read_in_linear_time():
    _table_seconds(20)
    small = min(_table_seconds(250) for _ in range(2))
    large = min(_table_seconds(1_000) for _ in range(2))
    assert large < 8 * small + 0.5, f"250 rows {small:.2f} s, 1,000 rows {large:.2f} s"


# ------------------------------------------------------------------------------------------ the unit a rate is per

def test_a_band_column_beside_a_price_column_prices_each_band_and_a_scale_unit_counts_the_metric():
    terms = _read_cells(
        "Usage meters\n"
        "Meter                       Included              Band                                 Rate per unit\n"
        "Parcels scanned (millions)  20 million per month  Band 1: above 20 up to 90 million    NZ$1.40 per million\n"
        "                                                  Band 2: above 90 million             NZ$0.95 per million\n"
        "Graduated pricing: each band is charged at its own rate. Usage is invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, str(rule.included_quantity), rule.included_period) == \
        ("Parcels scanned", "million parcels", "20", "month")
    assert _tiers(rule) == [("90", "1.40"), (None, "0.95")]


def test_the_unit_is_the_noun_a_rate_or_a_band_counts():
    qualified = _read("6. Usage\nRender usage: 800 render hours per month are included. Hours above the allowance "
                      "are billable in graduated bands: hours 1 to 2,000 at EUR 0.90 per render hour, and hours "
                      "above 2,000 at EUR 0.70 per render hour, invoiced monthly in arrears.\n")
    assert qualified.usage_rules[0].unit == "render hour"
    counted = _read("6. Usage\nGeocoding lookups: 1 to 50,000 lookups at A$0.0030; 50,001 lookups and above at "
                    "A$0.0020 (volume - every lookup in the month is priced at the band reached); invoiced monthly in "
                    "arrears.\n")
    assert counted.usage_rules[0].unit == "lookup"
    coded = _read("Usage-based charges\nLabel prints: 1,000 prints included per month; each billable print beyond "
                  "the allowance is charged at $0.40 MXN per print; invoiced monthly in arrears.\n")
    assert coded.usage_rules[0].unit == "print"


def test_an_allowance_under_a_label_that_names_its_noun_more_fully_takes_the_labels_metric():
    terms = _read("Usage-based charges\nSigned e-delivery receipts: 4,000 receipts included per month; each billable "
                  "receipt beyond the allowance is charged at $0.35 per receipt; invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, str(rule.included_quantity)) == ("Signed e-delivery receipts", "receipt", "4000")
    # a label about something else leaves the allowance's own noun
    other = _read("Usage-based charges\nOverage: 4,000 receipts included per month; each billable receipt beyond the "
                  "allowance is charged at $0.35 per receipt; invoiced monthly in arrears.\n")
    assert other.usage_rules[0].metric == "receipts"
