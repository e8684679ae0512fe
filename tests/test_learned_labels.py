"""Labels taught by corrections: "Go-live: ..." marked as the start date is read as the start date from then on."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from accrue.adapters import label_store
from accrue.adapters.documents import read_document
from accrue.adapters.label_store import LearnedLabel
from accrue.extraction import extract_terms, get_extractor
from accrue.extraction.learned_labels import label_for, vocabulary
from accrue.extraction.rules import RulesExtractor
from accrue.settings import load_settings
from tests.conftest import run_cli
from tests.pdfs import order_form_pdf, write


def _form(tmp_path: Path, name: str, customer: str, go_live: str, ends: str) -> Path:
    return write(tmp_path / f"{name}.pdf", order_form_pdf(
        {"Customer": customer, "Go-live": go_live, "Ends": ends, "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
        ["Analytics Platform: 1 x USD 12,000.00 per year"]))


def test_a_label_is_the_words_before_the_value_and_known_labels_are_not_relearned() -> None:
    assert label_for("service_start_date", "Go-live: 1 March 2026") == "go-live"
    assert label_for("service_end_date", "Finishes - 28 February 2027") == "finishes"
    assert label_for("service_start_date", "Start Date: 1 March 2026") is None  # the reader knows it already
    assert label_for("service_start_date", "the service goes live on 1 March 2026") is None  # no label shape
    assert label_for("line_items[0].unit_price", "Platform: USD 12,000") is None  # not a labelled field


def test_teaching_go_live_on_one_form_reads_the_start_date_on_its_sibling(tmp_path: Path) -> None:
    sibling = read_document(_form(tmp_path, "sibling", "Larch Freight Ltd", "1 July 2026", "30 June 2027"))
    before = extract_terms(sibling, RulesExtractor())
    assert before.terms.service_start_date is None

    taught = LearnedLabel(label="go-live", field="service_start_date", example="Go-live: 1 March 2026",
                          learned_from="run-1", by="Pat Billing")
    after = extract_terms(sibling, RulesExtractor(vocabulary([taught])))
    assert after.terms.service_start_date == date(2026, 7, 1)
    assert after.citations["service_start_date"].quote.startswith("Go-live")


def test_the_store_keeps_labels_in_the_data_folder_and_the_extractor_uses_them(home: Path, tmp_path: Path) -> None:
    settings = load_settings()
    item = LearnedLabel(label="go-live", field="service_start_date", example="Go-live: 1 March 2026",
                        learned_from="run-1", by="Pat Billing")
    assert label_store.add(settings.home, item) is True
    assert label_store.add(settings.home, item) is False  # learned once
    doc = read_document(_form(tmp_path, "form", "Larch Freight Ltd", "1 July 2026", "30 June 2027"))
    assert extract_terms(doc, get_extractor(settings, "rules")).terms.service_start_date == date(2026, 7, 1)

    listed = run_cli("labels", "--json", home=home, check=True)
    assert [i["label"] for i in json.loads(listed.stdout)] == ["go-live"]
    removed = run_cli("labels", "remove", "Go-live", home=home, check=True)
    assert "go-live" in removed.stdout
    assert label_store.load(settings.home) == []
    assert extract_terms(doc, get_extractor(settings, "rules")).terms.service_start_date is None
    missing = run_cli("labels", "remove", "go-live", home=home)
    assert missing.returncode == 2 and "no learned label" in missing.stderr


def test_a_broken_labels_file_is_one_clear_line(home: Path) -> None:
    settings = load_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    (settings.home / label_store.FILE_NAME).write_text('{"not": "a list"}')
    proc = run_cli("labels", home=home)
    assert proc.returncode == 2
    assert "learned-labels.json" in proc.stderr and "fix or delete the file" in proc.stderr
