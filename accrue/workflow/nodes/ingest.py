"""The ingest stage: read every input file of the run, refusing a broken one with a clear error."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from accrue.adapters.documents import read_document
from accrue.adapters.event_files import (
    load_deal,
    read_change_request,
    read_payments_csv,
    read_usage,
    read_usage_request,
)
from accrue.core.billing.periods import Period
from accrue.core.errors import InputError
from accrue.workflow.context import Context, ctx
from accrue.workflow.state import (
    ChangeRequestEvent,
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
    """Read the run's documents (as page text), its CRM deal and the event file of its kind."""
    context = ctx(runtime)
    inputs = state.inputs
    update: RunUpdate = {"status": "running"}
    if inputs.contract is not None:
        update["document"] = _document(inputs.contract, context)
    if inputs.deal:
        update["deal"] = load_deal(inputs.deal)
    if inputs.amendment is not None:
        update["amendment_document"] = _document(inputs.amendment, context)
    update["event"] = _event(state.kind, inputs)
    return stored(update)


def _document(path: str, context: Context) -> StoredDocument:
    return StoredDocument.of(read_document(path, max_pages=context.settings.max_pages,
                                           require_text=context.require_text))


def _event(kind: EventKind, inputs: RunInputs) -> UsageEvent | PaymentEvent | ChangeRequestEvent | None:
    if kind == "usage":
        request = read_usage_request(_needed(inputs.request, "request", kind))
        path = _needed(inputs.usage, "usage", kind)
        sha256, digest = read_usage(path, Period(request.period_start, request.period_end))
        return UsageEvent(file=path, sha256=sha256, digest=digest, request=request)
    if kind == "payment":
        return PaymentEvent(payments=read_payments_csv(_needed(inputs.payments, "payments", kind)))
    if kind == "change_request":
        return ChangeRequestEvent(request=read_change_request(_needed(inputs.request, "request", kind)))
    return None


def _needed(path: str | None, role: str, kind: EventKind) -> str:
    if path is None:
        raise InputError(f"inputs of the {kind} run", f"missing input '{role}'", f"give the {kind} run its {role} file")
    return path
