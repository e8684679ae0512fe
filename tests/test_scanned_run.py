"""`accrue run` on a scanned PDF (no text layer): with Claude configured the run reads it, the PDF's
bytes going to Claude as a document block but never into the run's checkpoint; without Claude the
run is refused up front, as before. Claude is the scripted Messages API on a loopback port
(tests/anthropic_mock.py), reached by the real SDK from the real `accrue` CLI.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from accrue.adapters.documents import read_document
from accrue.core.document import Document
from accrue.core.errors import InputError
from accrue.core.terms import ExtractionResult
from accrue.extraction.rules import RulesExtractor
from accrue.workflow.nodes.extract import document_to_extract
from tests import anthropic_mock as am
from tests.claude_answers import ACME_DEAL, PARTS, acme_answer, acme_lines, every_part, scan_answer
from tests.conftest import run_cli, run_cli_process
from tests.pdfs import scanned_pdf, write

CONTROLLER = "Dana Controller"


def _checkpoint_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(home.glob("checkpoints.db*")))


def test_a_scanned_order_form_runs_with_claude_and_its_bytes_stay_out_of_the_checkpoint(home: Path,
                                                                                         tmp_path: Path) -> None:
    scan = write(tmp_path / "scanned-order-form.pdf", scanned_pdf())
    transcript = "\n".join(acme_lines())  # what Claude reads off the image
    api = am.ScriptedAPI(every_part(scan_answer(transcript, **acme_answer())))
    claude = {"ANTHROPIC_API_KEY": "sk-ant-test-scan"}
    with am.LoopbackAPI(api) as server:
        proc = run_cli("run", str(scan), "--deal", str(ACME_DEAL), "--extractor", "claude", "--json", home=home,
                       env={**claude, "ANTHROPIC_BASE_URL": server.url})
    assert proc.returncode == 0, proc.stderr
    view = json.loads(proc.stdout)
    assert view["status"] == "waiting_approval"
    assert (view["terms"]["customer_legal_name"], view["terms"]["total_contract_value"]) == (
        "Acme Corporation", "24000.00")
    assert view["citations"]["payment_terms_days"] == {"page": 1, "quote": "Payment Terms: Net 45", "method": "model",
                                                       "inputs": [], "rule": None}
    assert any(w.startswith("transcribed:page 1:") for w in view["warnings"])
    # Every value read off the image is held for a person: the invoice cites page 1, so it waits on that too.
    (transcribed,) = [f for f in view["findings"] if f["code"] == "transcribed_page"]
    assert "payment_terms_days" in transcribed["fields"] and transcribed["evidence"] == {"page": 1}
    (invoice,) = [a for a in view["actions"] if a["type"] == "create_invoice"]
    assert invoice["needs_approval"] and any("scanned page" in r for r in invoice["reasons"])

    assert len(api.calls) == PARTS  # every part reads the PDF itself
    pdf_block = api.calls[0]["messages"][0]["content"][0]
    assert all(request["messages"][0]["content"][0] == pdf_block for request in api.calls)
    assert pdf_block["type"] == "document" and pdf_block["title"] == "scanned-order-form.pdf"
    assert base64.standard_b64decode(pdf_block["source"]["data"]) == scan.read_bytes()

    stored = _checkpoint_bytes(home)
    assert stored  # the run was checkpointed ...
    raw = scan.read_bytes()
    assert raw[len(raw) // 2:len(raw) // 2 + 48] not in stored  # ... but without the PDF's bytes
    assert pdf_block["source"]["data"][:64].encode() not in stored  # nor their base64

    # Approval from a new process with no key: extraction is done, nothing needs Claude or the bytes again.
    done = json.loads(run_cli_process("approve", view["run_id"], "--as", CONTROLLER, "--json", home=home,
                                      check=True).stdout)
    assert done["status"] == "completed"
    books = json.loads(run_cli("books", "--json", home=home, check=True).stdout)
    assert [(i["customer_id"], i["amount"]) for i in books["invoices"]] == [("cus-acme-corporation", "24000.00")]


def test_without_claude_a_scan_is_refused_before_anything_is_stored(home: Path, tmp_path: Path) -> None:
    scan = write(tmp_path / "scan.pdf", scanned_pdf())
    for extra in ((), ("--extractor", "claude")):  # asking for Claude without a key changes nothing
        proc = run_cli("run", str(scan), "--deal", str(ACME_DEAL), *extra, home=home)
        assert proc.returncode == 2
        assert proc.stderr.strip().endswith("scan.pdf: has no text layer (scanned image?); run OCR on it, or set "
                                            "ANTHROPIC_API_KEY and use --extractor claude")
    db = sqlite3.connect(home / "accrue.db")
    try:
        assert db.execute("select count(*) from runs").fetchone() == (0,)
    finally:
        db.close()


def test_the_extract_step_rereads_the_pdf_it_ingested_and_nothing_else(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.pdf", scanned_pdf())
    state_doc = replace(read_document(path, require_text=False), raw=b"")  # as the document store hands it back
    assert state_doc.textless_pages == [1]
    claude_like = _ReadsPdfs()

    assert document_to_extract(state_doc, claude_like).raw == path.read_bytes()
    assert document_to_extract(state_doc, RulesExtractor()).raw == b""  # text-only extractors never touch the file

    path.write_bytes(scanned_pdf() + b"\n% edited\n")
    with pytest.raises(InputError, match=r"scan\.pdf: changed after the run read it; start a new run"):
        document_to_extract(state_doc, claude_like)
    path.unlink()
    with pytest.raises(InputError, match=r"scan\.pdf: cannot be read again for its pages without text"):
        document_to_extract(state_doc, claude_like)


class _ReadsPdfs:
    """The shape of an extractor that reads scanned pages (accrue.extraction.ReadingExtractor)."""

    name = "reads-pdfs"

    def extract(self, doc: Document) -> ExtractionResult:
        raise AssertionError("not called here")

    def extract_read(self, doc: Document) -> tuple[ExtractionResult, Document]:
        raise AssertionError("not called here")
