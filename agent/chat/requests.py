"""Chat requests become runs: the same seam as a triggered change request, and the same approval gate.

A credit or an invoice correction asked for in chat is written as a `request.json` into the
data folder (`{"invoice", "amount" | "lines", "reason", "requested_by"}`, the change_request
event file shared with triggered events and evaluation cases) and started with
`Runtime.start_run("change_request", ...)`, exactly like a change request from outside.

Adapter, until that event kind exists in the Runtime (it raises ConfigError "not supported"),
and for what that file cannot express (a write-off): the actions are planned here and handed
to the run graph as the review stage would (`update_state(as_node="review")`). From there
the graph's own policy marks, review interrupt, executor and audit trail take over, so nothing
in this module executes anything. Point `submit` only at `start_run` once every kind is there.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlmodel import Session, select

from agent.errors import AccrueError, ConfigError
from agent.money import round_money
from agent.planner import finalise
from agent.policy import PolicyContext, apply_policy
from agent.runs import Runtime, RunView, run_id_for
from agent.store import RunRecord, record_audit, utcnow
from tools.actions import (
    Action,
    CreateCreditNote,
    CreateInvoice,
    InvoiceLine,
    JournalLine,
    PostJournalEntry,
    WriteOff,
    action_json,
)
from tools.books import BooksInvoice

RequestKind = Literal["credit", "correction", "write_off"]
SEAM_KINDS = frozenset({"credit", "correction"})


class RequestLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = Field(min_length=1)
    amount: Decimal


class ChangeRequest(BaseModel):
    """What a person asked for in chat; `requested_by` is the session's speaker, never a value a model chose."""

    model_config = ConfigDict(extra="forbid")

    kind: RequestKind = "credit"
    invoice: str = Field(min_length=1, description="Invoice number (INV-0001) or id")
    amount: Decimal | None = Field(default=None, gt=0, description="Credit or write-off amount")
    lines: list[RequestLine] | None = Field(default=None, description="The corrected invoice's lines")
    reason: str = Field(min_length=1)
    requested_by: str = Field(min_length=1)

    @model_validator(mode="after")
    def _shape(self) -> ChangeRequest:
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


def write_request(home: Path, request: ChangeRequest) -> Path:
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


def submit(rt: Runtime, request: ChangeRequest) -> RunView:
    """Start the run for a chat request; it waits for approval (or runs, if the policy lets it)."""
    path = write_request(rt.settings.home, request)
    if request.kind in SEAM_KINDS:
        try:
            return rt.start_run("change_request", {"request": path})
        except ConfigError as exc:
            if "not supported" not in str(exc):
                raise
    return _start_planned(rt, request, path)


def _entry(day: Any, memo: str, currency: str, debit: str, credit: str, amount: Decimal) -> PostJournalEntry:
    lines = [JournalLine(account=debit, debit=amount), JournalLine(account=credit, credit=amount)]
    return PostJournalEntry(date=day, memo=memo, currency=currency, source_ref=None, lines=lines)


def plan_request(request: ChangeRequest, invoice: BooksInvoice, run_id: str) -> list[Action]:
    """The typed actions for a request on an issued invoice, before the policy marks them. Each journal entry
    depends on the action it records, so it runs only once that action is approved and done."""
    currency, today, who = invoice.currency, utcnow().date(), request.requested_by
    tag = {"requested_by": who, "evidence": ["request.invoice"]}
    actions: list[Action] = []
    if request.kind == "write_off":
        amount = round_money(request.amount or Decimal(0), currency)
        actions += [WriteOff(id="a1", invoice_id=invoice.id, amount=amount, currency=currency, reason=request.reason,
                             **tag),
                    _entry(today, f"Write-off on {invoice.number}: {request.reason}", currency, "Bad Debt Expense",
                           "Accounts Receivable", amount).model_copy(update={"id": "a2", "depends_on": ["a1"],
                                                                             "source_ref": invoice.id})]
        return finalise(actions, run_id)
    credit = round_money(request.amount if request.amount is not None else invoice.amount - invoice.amount_credited,
                         currency)
    actions += [CreateCreditNote(id="a1", credit_note_id=f"cn-{run_id[:8]}", invoice_id=invoice.id, amount=credit,
                                 currency=currency, reason=request.reason, **tag),
                _entry(today, f"Credit note on {invoice.number}: {request.reason}", currency,
                       "Sales Credits and Allowances", "Accounts Receivable", credit)
                .model_copy(update={"id": "a2", "depends_on": ["a1"], "source_ref": invoice.id})]
    if request.lines is not None:
        lines = [InvoiceLine(description=ln.description, amount=round_money(ln.amount, currency))
                 for ln in request.lines]
        total = sum((ln.amount for ln in lines), Decimal(0))
        replacement = CreateInvoice(
            id="a3", invoice_id=f"inv-{run_id[:8]}-r", customer=invoice.customer_id, invoice_date=invoice.invoice_date,
            due_date=invoice.due_date, currency=currency, po_number=invoice.po_number, lines=lines, amount=total,
            subscription_id=invoice.subscription_id, depends_on=["a1"], **tag)
        actions += [replacement,
                    _entry(invoice.invoice_date, f"Invoice {replacement.invoice_id} replacing {invoice.number}",
                           currency, "Accounts Receivable", "Subscription Revenue", total)
                    .model_copy(update={"id": "a4", "depends_on": ["a3"], "source_ref": replacement.invoice_id})]
    return finalise(actions, run_id)


def _start_planned(rt: Runtime, request: ChangeRequest, path: Path) -> RunView:
    run_id = run_id_for(f"chat_{request.kind}", path.read_bytes())
    config = {"configurable": {"thread_id": run_id}}
    with rt.session() as s:
        recorded = s.get(RunRecord, run_id) is not None
        if recorded and rt.graph.get_state(config).values:
            return rt.view(run_id).model_copy(update={"already_processed": True})
        invoice = find_invoice(s, request.invoice)
        if invoice is None:
            raise AccrueError(f"no invoice {request.invoice} in the books; ask for open invoices to see the numbers")
        actions = apply_policy(plan_request(request, invoice, run_id), PolicyContext(kind="change_request"),
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
