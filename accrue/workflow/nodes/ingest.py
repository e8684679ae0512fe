"""The ingest stage: read every input file of the run, refusing a broken one with a clear error.

Under LangGraph Server the inputs may come as content (`RunUploads`), and the run id is derived here from
the thread and that content (`thread_run_id`), so a client-supplied id never decides which records a run touches.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
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
from accrue.adapters.uploads import save_uploads
from accrue.core.billing.periods import Period
from accrue.core.errors import InputError
from accrue.workflow.context import Context, ctx, signed_in_person
from accrue.workflow.state import (
    AnyEvent,
    BillRunEvent,
    ChangeRequestEvent,
    CloseEvent,
    DunningEvent,
    EventKind,
    PaymentEvent,
    RefundEvent,
    RunInputs,
    RunState,
    RunUpdate,
    StoredDocument,
    UsageEvent,
    stored,
)

FILE_ROLES = frozenset({"contract", "deal", "usage", "payments", "request", "amendment"})
_THREAD_RUNS = uuid.UUID("5d2f1c3a-7b4e-4e91-a0d6-2c8f9e1b7a44")


def ingest(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Read the run's documents (as page text), its CRM deal and the event file of its kind (a bill run: its
    date); under LangGraph Server, first keep its uploaded inputs as files and name the run after its thread and
    their content."""
    context = ctx(runtime)
    inputs = state.inputs
    update: RunUpdate = {"status": "running"}
    if runtime.server_info is not None and state.uploads is None and _files(inputs):
        # A client of LangGraph Server must not have the server read files of its own disk as a contract (a
        # bill run or a close names only a date or a month, and a cron starts them).
        raise ValueError("a LangGraph Server run takes its inputs as content: send 'uploads' (the contract as "
                         "{\"filename\", \"content_base64\"}, the deal as its JSON), not 'inputs' paths")
    if state.uploads is not None:
        uploads = state.uploads
        documents = {role: doc for role, doc in (("contract", uploads.contract), ("amendment", uploads.amendment))
                     if doc is not None}
        saved = save_uploads(context.settings.home, max_bytes=context.settings.server.max_body_bytes,
                             documents=documents, deal=uploads.deal)
        inputs = RunInputs.model_validate(saved)  # what was uploaded, and nothing from an earlier input
        update["inputs"] = inputs
        update["uploads"] = None  # the bytes live in the data folder, not in every checkpoint
    if runtime.server_info is not None:
        # A thread is a run: its records and idempotency keys must not follow a client-chosen id to another
        # thread's contract, so the id is the thread's and the content's.
        thread = runtime.execution_info.thread_id if runtime.execution_info is not None else None
        update["run_id"] = thread_run_id(thread or "", state.kind, inputs)
    if inputs.contract is not None:
        update["document"] = _document(inputs.contract, context)
    if inputs.deal:
        update["deal"] = load_deal(inputs.deal)
    if inputs.amendment is not None:
        update["amendment_document"] = _document(inputs.amendment, context)
    event = _event(state.kind, inputs, context)
    if isinstance(event, RefundEvent) and (person := signed_in_person(runtime)) is not None:
        # under LangGraph Server whoever signed in asks for the refund, never a name the client wrote in the request
        event = RefundEvent(request=event.request.model_copy(update={"requested_by": person or "nobody signed in"}))
    update["event"] = event
    return stored(update)


def thread_run_id(thread_id: str, kind: EventKind, inputs: RunInputs) -> str:
    """The run id of a LangGraph Server thread: its thread id and the bytes of every input, never a client's id."""
    digest = hashlib.sha256()
    for role, path in sorted(_files(inputs).items()):
        digest.update(f"{role}=".encode() + hashlib.sha256(Path(path).read_bytes()).digest())
    refund = inputs.refund.model_dump_json() if inputs.refund is not None else None
    for role, value in (("through", inputs.through), ("period", inputs.period), ("as_of", inputs.as_of),
                        ("refund", refund)):
        if value is not None:
            digest.update(f"{role}={value}".encode())
    return str(uuid.uuid5(_THREAD_RUNS, f"{thread_id}:{kind}:{digest.hexdigest()}"))


def _files(inputs: RunInputs) -> dict[str, str]:
    """The inputs that are files on disk, by role (a bill run's date and a close's month are not)."""
    return {role: path for role, path in inputs.model_dump(exclude_none=True).items() if role in FILE_ROLES}


def _document(path: str, context: Context) -> StoredDocument:
    return StoredDocument.of(read_document(path, max_pages=context.settings.max_pages,
                                           require_text=context.require_text))


def _event(kind: EventKind, inputs: RunInputs, context: Context) -> AnyEvent | None:
    if kind == "usage":
        request = read_usage_request(_needed(inputs.request, "request", kind))
        path = _needed(inputs.usage, "usage", kind)
        sha256, digest = read_usage(path, Period(request.period_start, request.period_end))
        return UsageEvent(file=path, sha256=sha256, digest=digest, request=request)
    if kind == "payment":
        return PaymentEvent(payments=read_payments_csv(_needed(inputs.payments, "payments", kind)))
    if kind == "change_request":
        return ChangeRequestEvent(request=read_change_request(_needed(inputs.request, "request", kind)))
    if kind == "bill_run":  # a scheduled run (a LangGraph Server cron) names no date: it bills through today
        return BillRunEvent(through=inputs.through or context.today())
    if kind == "close":
        return CloseEvent(period=_needed(inputs.period, "period", kind))
    if kind == "dunning":  # like a bill run, a scheduled one names no day: overdue as of today
        return DunningEvent(as_of=inputs.as_of or context.today())
    if kind == "refund":
        if inputs.refund is None:
            raise InputError("inputs of the refund run", "missing input 'refund'", "give the refund run its request")
        return RefundEvent(request=inputs.refund)
    return None


def _needed(path: str | None, role: str, kind: EventKind) -> str:
    if path is None:
        raise InputError(f"inputs of the {kind} run", f"missing input '{role}'", f"give the {kind} run its {role} file")
    return path
