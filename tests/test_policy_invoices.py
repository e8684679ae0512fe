"""Every invoice rule holds every invoice, whatever run planned it: the payment terms are read from the invoice
itself (due date minus invoice date), a PO the contract requires from the terms the planner used, the threshold
from its amount. A usage invoice on Net 45 waits like the same contract's subscription invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from accrue.adapters.documents import read_document
from accrue.adapters.policy_file import load_policy
from accrue.core.actions import CreateInvoice, InvoiceLine
from accrue.core.policy import PolicyContext, reasons_for
from tests.conftest import EXAMPLES, cli_json
from tests.pdfs import text_pdf, write

POLICY = load_policy()
USAGE = EXAMPLES / "events" / "usage"
NET_45 = "payment terms Net 45 are outside the allowed Net 0, 15 or 30 days"
NO_PO = "the contract requires a PO but none is given"


def _invoice(days: int, amount: str = "2465.02", po: str | None = None) -> CreateInvoice:
    issued = date(2026, 4, 1)
    return CreateInvoice(id="a1", invoice_id="inv-1", customer="cus-litware", invoice_date=issued,
                         due_date=date.fromordinal(issued.toordinal() + days), currency="USD", po_number=po,
                         lines=[InvoiceLine(description="Geocode overage", amount=Decimal(amount))],
                         amount=Decimal(amount))


@pytest.mark.parametrize("kind", ["new_contract", "usage", "amendment", "change_request"])
def test_each_invoice_rule_reads_the_invoice_whatever_the_run_kind(kind: str) -> None:
    context = PolicyContext(kind=kind)
    assert NET_45 in reasons_for(_invoice(45), context, POLICY)
    assert not any("payment terms" in r for r in reasons_for(_invoice(30), context, POLICY))
    assert NO_PO in reasons_for(_invoice(30), context.model_copy(update={"po_required": True}), POLICY)
    assert NO_PO not in reasons_for(_invoice(30, po="PO-7"), context.model_copy(update={"po_required": True}),
                                    POLICY)
    assert "invoice amount USD 25,000.00 is at or above the 25,000 threshold" in reasons_for(
        _invoice(30, "25000.00"), context, POLICY)


def test_a_contract_invoice_held_for_net_45_gives_the_reason_once() -> None:
    from accrue.core.findings import Finding

    finding = Finding(code="non_standard_payment_terms", fields=["payment_terms_days"], message="Net 45")
    reasons = reasons_for(_invoice(45), PolicyContext(findings=[finding], payment_terms_days=45), POLICY)
    assert reasons.count(NET_45) == 1


def _usage_contract(tmp_path: Path, *changes: tuple[str, str]) -> Path:
    pages = []
    for page in read_document(USAGE / "contract.pdf").pages:
        for old, new in changes:
            page = page.replace(old, new)
        pages.append(page.splitlines())
    return write(tmp_path / "contract.pdf", text_pdf(pages))


def _usage_run(home: Path, contract: Path) -> dict:
    return cli_json("event", "usage", str(USAGE / "usage.csv"), "--contract", str(contract), "--request",
                    str(USAGE / "request.json"), "--books", str(USAGE / "books.json"), home=home)


def test_a_usage_invoice_on_net_45_waits_like_the_contracts_own_invoice(home: Path, tmp_path: Path) -> None:
    contract = _usage_contract(tmp_path, ("Payment Terms: Net 30", "Payment Terms: Net 45"))
    signed = cli_json("run", str(contract), home=tmp_path / "signed")  # its own books: the usage run seeds its own
    (first,) = [a for a in signed["actions"] if a["type"] == "create_invoice"]
    assert NET_45 in first["reasons"]

    view = _usage_run(home, contract)
    (invoice,) = [a for a in view["actions"] if a["type"] == "create_invoice"]
    assert (invoice["amount"], invoice["invoice_date"], invoice["due_date"]) == ("2465.02", "2026-04-01", "2026-05-16")
    assert view["status"] == "waiting_approval" and invoice["status"] == "proposed"
    assert invoice["reasons"] == [NET_45]


def test_a_usage_invoice_without_the_po_its_contract_requires_waits(home: Path, tmp_path: Path) -> None:
    contract = _usage_contract(tmp_path, ("Payment Terms: Net 30", "Payment Terms: Net 30\nPurchase Order Required: "
                                          "Yes. Customer will issue the purchase order separately."))
    view = _usage_run(home, contract)
    (invoice,) = [a for a in view["actions"] if a["type"] == "create_invoice"]
    assert view["status"] == "waiting_approval" and invoice["reasons"] == [NO_PO]
