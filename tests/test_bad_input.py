"""A well-formed order form the reader has never seen runs: the control for the bad inputs of the adversarial corpus
(tests/adversarial/: missing, not a PDF, encrypted, scanned, truncated contracts; deals missing a field or not
JSON), each refused there with one line naming the file and the problem, exit code 2, and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.pdfs import order_form_pdf, write


def test_a_valid_generated_order_form_runs(home: Path, tmp_path: Path) -> None:
    """The same pipeline that refuses the corpus's bad contracts accepts a well-formed PDF it has never seen."""
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
