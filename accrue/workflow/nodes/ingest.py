"""The ingest stage: read every input file of the run, refusing a broken one with a clear error."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.adapters.documents import read_document
from accrue.adapters.event_files import (
    load_deal,
    read_change_request,
    read_payments_csv,
    read_usage_csv,
    read_usage_request,
)
from accrue.core.errors import InputError
from accrue.workflow.context import Context, ctx
from accrue.workflow.state import (
    BillRunEvent,
    ChangeRequestEvent,
    CloseEvent,
    EventKind,
    PaymentEvent,
    RunInputs,
    RunState,
    RunUpdate,
    StoredDocument,
    UsageEvent,
    stored,
)


def ingest(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Read the run's documents (as page text), its CRM deal and the event file of its kind (a bill run: its date)."""
    context = ctx(runtime)
    inputs = state.inputs
    update: RunUpdate = {"status": "running"}
    if inputs.contract is not None:
        update["document"] = _document(inputs.contract, context)
    if inputs.deal:
        update["deal"] = load_deal(inputs.deal)
    if inputs.amendment is not None:
        update["amendment_document"] = _document(inputs.amendment, context)
    update["event"] = _event(state.kind, inputs, context)
    return stored(update)


def _document(path: str, context: Context) -> StoredDocument:
    return StoredDocument.of(read_document(path, max_pages=context.settings.max_pages,
                                           require_text=context.require_text))


def _event(kind: EventKind, inputs: RunInputs,
           context: Context) -> UsageEvent | PaymentEvent | ChangeRequestEvent | BillRunEvent | CloseEvent | None:
    if kind == "usage":
        return UsageEvent(usage=read_usage_csv(_needed(inputs.usage, "usage", kind)),
                          request=read_usage_request(_needed(inputs.request, "request", kind)))
    if kind == "payment":
        return PaymentEvent(payments=read_payments_csv(_needed(inputs.payments, "payments", kind)))
    if kind == "change_request":
        return ChangeRequestEvent(request=read_change_request(_needed(inputs.request, "request", kind)))
    if kind == "bill_run":  # a scheduled run (a LangGraph Server cron) names no date: it bills through today
        return BillRunEvent(through=inputs.through or context.today())
    if kind == "close":
        return CloseEvent(period=_needed(inputs.period, "period", kind))
    return None


def _needed(path: str | None, role: str, kind: EventKind) -> str:
    if path is None:
        raise InputError(f"inputs of the {kind} run", f"missing input '{role}'", f"give the {kind} run its {role} file")
    return path
