"""Chat requests become runs: the same seam as a triggered change request, and the same approval gate.

A credit or an invoice correction asked for in chat is written as a `request.json` into the
data folder (`{"invoice", "amount" | "lines", "reason", "requested_by"}`, the change_request
event file shared with triggered events and evaluation cases) and started with
`RunService.start_run("change_request", ...)`, exactly like a change request from outside.

A write-off, which that file cannot express, is planned here (the write-off and its journal
entry, from `accrue.core.billing.ledger`) and handed to the run graph as the review stage would
(`update_state(as_node="review")`). From there the graph's own policy marks, review
interrupt, executor and audit trail take over, so nothing in this module executes anything.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlmodel import Session, select

from accrue.adapters.books import BooksInvoice
from accrue.adapters.store import RunRecord, record_audit
from accrue.core.actions import Action, JournalLine, PostJournalEntry, WriteOff, action_json
from accrue.core.billing.ledger import write_off_entry
from accrue.core.clock import utcnow
from accrue.core.errors import AccrueError
from accrue.core.money import round_money
from accrue.core.planner import finalise
from accrue.core.policy import PolicyContext, apply_policy
from accrue.workflow.service import RunService, RunView, run_id_for

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig

RequestKind = Literal["credit", "correction", "write_off"]
SEAM_KINDS = frozenset({"credit", "correction"})


class RequestLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = Field(min_length=1)
    amount: Decimal


class ChatInvoiceRequest(BaseModel):
    """What a person asked for in chat; `requested_by` is the session's speaker, never a value a model chose."""

    model_config = ConfigDict(extra="forbid")

    kind: RequestKind = "credit"
    invoice: str = Field(min_length=1, description="Invoice number (INV-0001) or id")
    amount: Decimal | None = Field(default=None, gt=0, description="Credit or write-off amount")
    lines: list[RequestLine] | None = Field(default=None, description="The corrected invoice's lines")
    reason: str = Field(min_length=1)
    requested_by: str = Field(min_length=1)

    @model_validator(mode="after")
    def _shape(self) -> ChatInvoiceRequest:
        if (self.kind == "correction") != (self.lines is not None) or (self.lines is None) == (self.amount is None):
            raise ValueError("a correction gives the corrected lines; a credit or write-off gives an amount")
        return self

    def request_json(self) -> dict[str, Any]:
        """The change_request event file (write-offs add `kind`, which only this adapter reads)."""
        body: dict[str, Any] = {"invoice": self.invoice, "reason": self.reason, "requested_by": self.requested_by}
        if self.lines is not None:
            body["lines"] = [{"description": ln.description, "amount": str(ln.amount)} for ln in self.lines]
        else:
            body["amount"] = str(self.amount)
        if self.kind not in SEAM_KINDS:
            body["kind"] = self.kind
        return body


def find_invoice(session: Session, ref: str) -> BooksInvoice | None:
    """An invoice by its number (INV-0001, any case) or its id."""
    ref = ref.strip()
    found = session.exec(select(BooksInvoice).where(BooksInvoice.number == ref.upper())).first()
    return found or session.get(BooksInvoice, ref)


def write_request(home: Path, request: ChatInvoiceRequest) -> Path:
    """Write the request file into the data folder, named by its content so a repeat finds the same file."""
    body = json.dumps(request.request_json(), indent=2, sort_keys=True)
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    folder = home / "requests"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"chat-{digest}.json"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_text(body + "\n", encoding="utf-8")
        tmp.replace(path)
    return path


def submit(rt: RunService, request: ChatInvoiceRequest) -> RunView:
    """Start the run for a chat request; it waits for approval (or runs, if the policy lets it)."""
    path = write_request(rt.settings.home, request)
    if request.kind in SEAM_KINDS:
        return rt.start_run("change_request", {"request": path})
    return _start_planned(rt, request, path)


def plan_write_off(request: ChatInvoiceRequest, invoice: BooksInvoice, run_id: str) -> list[Action]:
    """The write-off and its journal entry (which depends on it, so it posts only once the write-off is approved
    and done), before the policy marks them."""
    currency = invoice.currency
    amount = round_money(request.amount or Decimal(0), currency)
    entry = write_off_entry(utcnow().date(), f"Write-off on {invoice.number}: {request.reason}", currency, amount)
    return finalise([
        WriteOff(id="a1", invoice_id=invoice.id, amount=amount, currency=currency, reason=request.reason,
                 requested_by=request.requested_by, evidence=["request.invoice"]),
        PostJournalEntry(id="a2", date=entry.date, memo=entry.memo, currency=entry.currency, source_ref=invoice.id,
                         depends_on=["a1"], lines=[JournalLine(account=ln.account, debit=ln.debit, credit=ln.credit)
                                                   for ln in entry.lines])], run_id)


def _start_planned(rt: RunService, request: ChatInvoiceRequest, path: Path) -> RunView:
    run_id = run_id_for(f"chat_{request.kind}", path.read_bytes())
    config: RunnableConfig = {"configurable": {"thread_id": run_id}}
    with rt.session() as s:
        recorded = s.get(RunRecord, run_id) is not None
        if recorded and rt.graph.get_state(config).values:
            return rt.view(run_id).model_copy(update={"already_processed": True})
        invoice = find_invoice(s, request.invoice)
        if invoice is None:
            raise AccrueError(f"no invoice {request.invoice} in the books; ask for open invoices to see the numbers")
        actions = apply_policy(plan_write_off(request, invoice, run_id), PolicyContext(kind="change_request"),
                               rt.policy)
        inputs = {"request": str(path)}
        if not recorded:  # else the process that recorded it stopped before its first checkpoint: plan it again
            s.add(RunRecord(run_id=run_id, kind="change_request", source=str(path),
                            summary={"connectors": rt.connector_choice()}))
            record_audit(s, run_id, "run_started", actor=request.requested_by, kind="change_request",
                         inputs=inputs, via="chat", request=request.request_json())
            s.commit()
    state = {"run_id": run_id, "kind": "change_request", "inputs": inputs, "decisions": [], "findings": [],
             "actions": [action_json(a) for a in actions], "status": "running", "extraction": None}
    # As if review had just handed these actions over: the graph continues at execute, then pauses at review.
    rt.graph.update_state(config, state, as_node="review")
    return rt.run_on(run_id)
