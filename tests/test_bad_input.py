"""Bad input stops a run with one line naming the file and the problem, exit code 2, and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import example, run_cli
from tests.pdfs import encrypted_pdf, order_form_pdf, scanned_pdf, write


def _assert_clean_failure(proc, home: Path, *fragments: str) -> None:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    message = proc.stderr.strip()
    assert message.startswith("error:") and "Traceback" not in message
    for fragment in fragments:
        assert fragment in message, message
    books = json.loads(run_cli("books", "--json", home=home, check=True).stdout)
    assert books == {"customers": [], "invoices": [], "journal_entries": []}
    assert json.loads(run_cli("pending", "--json", home=home, check=True).stdout) == []


def test_missing_contract_file(home: Path) -> None:
    _, deal = example("acme")
    proc = run_cli("run", "nowhere/order-form.pdf", "--deal", str(deal), home=home)
    _assert_clean_failure(proc, home, "nowhere/order-form.pdf", "file not found")


def test_file_that_is_not_a_pdf(home: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "contract.pdf"
    bogus.write_text("this is a spreadsheet, honest")
    _, deal = example("acme")
    proc = run_cli("run", str(bogus), "--deal", str(deal), home=home)
    _assert_clean_failure(proc, home, "contract.pdf", "not a PDF")


def test_encrypted_pdf(home: Path, tmp_path: Path) -> None:
    contract, deal = example("acme")
    locked = write(tmp_path / "locked.pdf", encrypted_pdf(contract.read_bytes()))
    proc = run_cli("run", str(locked), "--deal", str(deal), home=home)
    _assert_clean_failure(proc, home, "locked.pdf", "encrypted", "unencrypted copy")


def test_textless_scanned_pdf(home: Path, tmp_path: Path) -> None:
    _, deal = example("acme")
    scan = write(tmp_path / "scan.pdf", scanned_pdf())
    proc = run_cli("run", str(scan), "--deal", str(deal), home=home)
    _assert_clean_failure(proc, home, "scan.pdf", "no text layer")


def test_truncated_pdf(home: Path, tmp_path: Path) -> None:
    contract, deal = example("acme")
    broken = write(tmp_path / "broken.pdf", contract.read_bytes()[:400])
    proc = run_cli("run", str(broken), "--deal", str(deal), home=home)
    _assert_clean_failure(proc, home, "broken.pdf")


@pytest.mark.parametrize("missing", ["account_name", "amount", "currency"])
def test_deal_missing_required_field(home: Path, tmp_path: Path, missing: str) -> None:
    contract, deal = example("acme")
    data = json.loads(deal.read_text())
    del data[missing]
    bad = tmp_path / "deal.json"
    bad.write_text(json.dumps(data))
    proc = run_cli("run", str(contract), "--deal", str(bad), home=home)
    _assert_clean_failure(proc, home, "deal.json", f"'{missing}'", "missing required field")


def test_deal_that_is_not_json(home: Path, tmp_path: Path) -> None:
    contract, _ = example("acme")
    bad = tmp_path / "deal.json"
    bad.write_text("{not json")
    proc = run_cli("run", str(contract), "--deal", str(bad), home=home)
    _assert_clean_failure(proc, home, "deal.json", "not valid JSON")


def test_a_valid_generated_order_form_runs(home: Path, tmp_path: Path) -> None:
    """Control for the tests above: the same pipeline accepts a well-formed PDF it has never seen."""
    pdf = write(tmp_path / "of.pdf", order_form_pdf(
        {"Customer": "Hooli Inc.", "Service Start Date": "2026-07-01", "Service End Date": "2027-06-30",
         "Currency": "USD", "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
        ["Search Seats (SKU HS-1): 10 x USD 100.00 per year"]))
    proc = run_cli("run", str(pdf), "--json", home=home)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["status"] == "completed"
    invoice = next(a for a in out["actions"] if a["type"] == "create_invoice")
    assert invoice["amount"] == "1000.00" and invoice["due_date"] == "2026-07-31"
