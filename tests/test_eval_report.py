"""The HTML eval report: self-contained, escaped, and readable in a real browser (headless Chromium screenshot)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, run_cli
from tests.pdfs import order_form_pdf, write

CHART_GREEN = (0x2F, 0x9E, 0x44)  # bars at or above 95%
TABLE_HEADER = (0x24, 0x3B, 0x53)  # every table's header row
WRONG_ROW = (0xFF, 0xF5, 0xF5)  # rows of wrong fields and missing actions


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _cases(root: Path) -> Path:
    """Two cases: the Acme demo, and a form whose name and description need escaping and whose name is expected
    wrongly (so a wrong field with its citation shows)."""
    acme = root / "acme"
    acme.mkdir(parents=True)
    shutil.copy(EXAMPLES / "acme" / "order-form.pdf", acme / "contract.pdf")
    shutil.copy(EXAMPLES / "acme" / "deal.json", acme / "deal.json")
    (acme / "case.json").write_text(json.dumps({
        "id": "acme-demo", "kind": "new_contract", "description": "Net 45 demo order form",
        "inputs": {"contract": "contract.pdf", "deal": "deal.json"},
        "expected": {"terms": {"customer_legal_name": "Acme Corporation", "payment_terms_days": 45,
                               "currency": "USD", "po_number": "PO-88412"},
                     "findings": ["non_standard_payment_terms"],
                     "actions": [{"type": "create_invoice", "amount": "24000.00", "needs_approval": True}]}}))
    odd = root / "markup"
    odd.mkdir()
    write(odd / "contract.pdf", order_form_pdf(
        {"Customer": "Barnes & Noble Widgets Ltd", "Service Start Date": "July 1, 2026", "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
        ["Widget Platform (SKU WID-1): 1 x USD 5,000.00 per year"]))
    (odd / "case.json").write_text(json.dumps({
        "id": "markup-name", "kind": "new_contract", "description": "names are data, <i>never</i> markup",
        "inputs": {"contract": "contract.pdf"},
        "expected": {"terms": {"customer_legal_name": "Plain Widgets Ltd", "payment_terms_days": 30}}}))
    return root


def test_report_is_self_contained_and_escapes_document_text(tmp_path: Path, home: Path):
    report = tmp_path / "report.html"
    proc = run_cli("eval", "--cases", str(_cases(tmp_path / "cases")), "--report", str(report), home=home)
    assert proc.returncode == 0, proc.stderr
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and "Per-field accuracy" in html and "payment_terms_days" in html
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "Barnes &amp; Noble Widgets Ltd" in html and "Barnes & Noble" not in html
    assert "&lt;i&gt;never&lt;/i&gt; markup" in html and "<i>never</i>" not in html
    # the wrong field is listed with the citation of the value the agent read
    wrong = html.split("Wrong fields, with the citation")[1].split("</table>")[0]
    assert "markup-name" in wrong and "Plain Widgets Ltd" in wrong and "p.1" in wrong
    assert "acme-demo" in html and "24000.00" in html


def test_report_screenshot_in_headless_chromium_shows_chart_and_tables(tmp_path: Path, home: Path):
    chromium = _chromium()
    if chromium is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); the report screenshot test needs it")
    from PIL import Image

    report = tmp_path / "report.html"
    proc = run_cli("eval", "--cases", str(_cases(tmp_path / "cases")), "--report", str(report), home=home)
    assert proc.returncode == 0, proc.stderr
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = artifacts / "eval-report.png"
    shot.unlink(missing_ok=True)
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'chromium-profile'}", f"--screenshot={shot}",
                    "--window-size=1280,2000", report.as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert shot.is_file(), "Chromium wrote no screenshot"
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2000)
    counts: dict[tuple[int, int, int], int] = {}
    for colour, n in ((c, n) for n, c in image.getcolors(maxcolors=1 << 20) or []):
        counts[colour] = n
    assert counts.get(CHART_GREEN, 0) > 2000, "no accuracy bars visible"
    assert counts.get(TABLE_HEADER, 0) > 5000, "no table headers visible"
    assert counts.get(WRONG_ROW, 0) > 500, "the wrong field is not highlighted"
