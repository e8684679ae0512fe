"""Derived values: the date arithmetic, the grounding check on derived values, the method of every value read from
the bundled examples, and `accrue extract` showing a derivation."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from accrue.adapters.documents import read_document
from accrue.core.billing.periods import months_between
from accrue.core.derivations import end_date, runs_from_effective_date, term_months
from accrue.core.document import Document
from accrue.core.grounding import ground
from accrue.core.terms import Citation, ContractTerms, ExtractionResult
from accrue.extraction import extract_terms
from accrue.extraction.rules import RulesExtractor
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]
starts = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
months = st.integers(min_value=1, max_value=240)


def test_end_date_worked_examples():
    assert end_date(date(2026, 3, 1), 24) == date(2028, 2, 29)  # the leap day is the last day
    assert end_date(date(2026, 10, 1), 24) == date(2028, 9, 30)
    assert end_date(date(2024, 2, 29), 12) == date(2025, 2, 27)  # no 29 February: clamped, then the day before
    assert end_date(date(2026, 1, 31), 1) == date(2026, 2, 27)
    assert term_months(date(2026, 3, 1), date(2027, 2, 28)) == 12
    assert term_months(date(2026, 3, 1), date(2027, 3, 1)) is None  # a day over: not whole months


@given(starts, months)
def test_a_derived_end_gives_its_term_back(start: date, n: int):
    end = end_date(start, n)
    assert start <= end
    assert months_between(start, end) == n  # the consistency check agrees with the derivation
    assert term_months(start, end) == n


@given(starts, months)
def test_a_derived_end_is_the_day_before_the_same_day_n_months_later(start: date, n: int):
    end = end_date(start, n)
    after = end + timedelta(days=1)
    assert (after.year * 12 + after.month) - (start.year * 12 + start.month) == n
    assert after.day == start.day or (after.day < start.day and (after + timedelta(days=1)).month != after.month)


def test_the_term_runs_from_the_effective_date_only_when_the_clause_says_so():
    assert runs_from_effective_date("The initial term shall be one (1) year from the Effective Date.")
    assert runs_from_effective_date("commences on the date first above written and remains for five (5) years")
    assert not runs_from_effective_date("effective as of the Effective Date and continue for five (5) years from "
                                        "the Reseller's first purchase order")
    assert not runs_from_effective_date("The term is thirty-six (36) months.")


PAGE = ("Order Date: 15 September 2026\nSubscription Period: 24 months starting on 1 October 2026\n"
        "Service Start: 1 October 2026")


def _result(end: date, start_quote: str = "Service Start: 1 October 2026",
            inputs: list[str] | None = None) -> ExtractionResult:
    term = "Subscription Period: 24 months starting on 1 October 2026"
    return ExtractionResult(
        terms=ContractTerms(service_start_date=date(2026, 10, 1), term_months=24, service_end_date=end),
        citations={
            "service_start_date": Citation(page=1, quote=start_quote, method="label"),
            "term_months": Citation(page=1, quote=term, method="label"),
            "service_end_date": Citation(page=1, quote=term, method="derived",
                                         inputs=inputs or ["service_start_date", "term_months"],
                                         rule="service_start_date 2026-10-01 + 24 months - 1 day"),
        },
        extractor="test")


def test_grounding_keeps_a_right_derivation():
    grounded = ground(_result(date(2028, 9, 30)), Document(source="t.txt", pages=[PAGE], sha256="0"))
    assert grounded.terms.service_end_date == date(2028, 9, 30)
    assert grounded.citations["service_end_date"].method == "derived"


def test_grounding_drops_a_wrong_derivation():
    grounded = ground(_result(date(2028, 10, 1)), Document(source="t.txt", pages=[PAGE], sha256="0"))
    assert grounded.terms.service_end_date is None
    assert any(w.startswith("ungrounded:service_end_date:") and "does not give" in w for w in grounded.warnings)


def test_grounding_drops_a_derivation_from_an_ungrounded_input():
    grounded = ground(_result(date(2028, 9, 30), start_quote="Service Start: 2 October 2026"),
                      Document(source="t.txt", pages=[PAGE], sha256="0"))
    assert grounded.terms.service_start_date is None and grounded.terms.service_end_date is None
    assert any(w.startswith("ungrounded:service_end_date:") and "not grounded" in w for w in grounded.warnings)


def test_an_end_date_derives_from_the_effective_date_when_the_term_runs_from_it():
    text = ("SERVICES AGREEMENT\nThis Agreement is effective as of March 5, 2024 (the \"Effective Date\").\n"
            "The initial term of this Agreement shall be two (2) years from the Effective Date.\n")
    result = extract_terms(Document(source="t.txt", pages=[text], sha256="0"), RulesExtractor())
    assert result.terms.service_end_date == date(2026, 3, 4)
    cite = result.citations["service_end_date"]
    assert cite.method == "derived" and cite.inputs == ["effective_date", "term_months"]


def test_the_start_date_derives_from_the_effective_date_the_term_runs_from():
    text = ("ORDER LETTER\nThis order takes effect on 1 June 2026 (the \"Effective Date\").\n"
            "Your subscription starts on the Effective Date and runs for three (3) years from the Effective Date.\n")
    result = extract_terms(Document(source="t.txt", pages=[text], sha256="0"), RulesExtractor())
    assert result.terms.term_months == 36
    assert result.terms.service_start_date == date(2026, 6, 1)
    assert result.terms.service_end_date == date(2029, 5, 31)
    cite = result.citations["service_start_date"]
    assert cite.method == "derived" and cite.inputs == ["effective_date"]
    assert "not_found:service_start_date" not in result.warnings


def test_grounding_drops_a_start_date_from_an_effective_date_the_term_does_not_run_from():
    page = "Effective Date: 1 June 2026\nThe term is 36 months from the first delivery."
    result = ExtractionResult(
        terms=ContractTerms(effective_date=date(2026, 6, 1), term_months=36, service_start_date=date(2026, 6, 1)),
        citations={"effective_date": Citation(page=1, quote="Effective Date: 1 June 2026", method="label"),
                   "term_months": Citation(page=1, quote="The term is 36 months from the first delivery.",
                                           method="prose"),
                   "service_start_date": Citation(page=1, quote="The term is 36 months from the first delivery.",
                                                  method="derived", inputs=["effective_date"], rule="x")},
        extractor="test")
    assert ground(result, Document(source="t.txt", pages=[page], sha256="0")).terms.service_start_date is None


def test_no_end_date_from_a_term_counted_from_another_event():
    text = ("SERVICES AGREEMENT\nThis Agreement is effective as of March 5, 2024 (the \"Effective Date\").\n"
            "The initial term of this Agreement shall be two (2) years from the Acceptance of the System.\n")
    result = extract_terms(Document(source="t.txt", pages=[text], sha256="0"), RulesExtractor())
    assert result.terms.service_end_date is None


def test_every_value_of_the_bundled_examples_says_how_it_was_found():
    pdfs = sorted((ROOT / "examples").glob("*/order-form.pdf"))
    assert pdfs
    for pdf in pdfs:
        result = extract_terms(read_document(pdf), RulesExtractor())
        assert result.citations
        for path, cite in result.citations.items():
            assert cite.method in {"label", "learned_label", "table", "prose", "heading", "amounts", "derived"}, \
                f"{pdf.parent.name}: {path} has no method"
            assert (cite.method == "derived") == bool(cite.inputs)


def test_extract_shows_a_derived_value_with_its_derivation(tmp_path: Path):
    contract = tmp_path / "order.md"
    contract.write_text("# Order Form\n\nCustomer: Harbour Labs Limited\nOrder Date: 15 September 2026\n"
                        "Subscription Period: 24 months starting on 1 October 2026\n", encoding="utf-8")
    proc = run_cli("extract", str(contract), home=tmp_path / "home", env={"COLUMNS": "250"})
    assert proc.returncode == 0, proc.stderr
    assert "2028-09-30 (derived)" in proc.stdout
    assert "derived: service_start_date 2026-10-01 + 24 months - 1 day" in proc.stdout
    proc = run_cli("extract", str(contract), "--json", home=tmp_path / "home")
    assert '"method": "derived"' in proc.stdout and '"inputs": [' in proc.stdout
