"""The run state: one typed Pydantic model every node reads, and the update a node stores.

A Pydantic model rather than a TypedDict because LangGraph 1.2 validates the channels into it for
every node and router, whoever wrote them: a node, a client of LangGraph Server, `update_state`.
The channels themselves hold plain JSON: a node returns its typed `RunUpdate` through `stored()`,
a TypeAdapter's JSON dump (decimals as exact strings, dates as ISO 8601). So a checkpoint holds
no class of ours: nothing to allow-list in the serializer (it works as is under
`LANGGRAPH_STRICT_MSGPACK=true`), and LangGraph Server, which reads thread state back through a
JSON unpack hook and renders decimals as numbers, shows the state exactly; stored as models, its
dates would come back as `[y, m, d]` lists the model rejects, and its money as floats.

Large immutable things are kept once in the content store (`accrue.adapters.document_store`) and the state
refers to them by the SHA-256 of their content, so a checkpoint stays small whatever the contract's length: the
documents, the extraction (terms and citations), the terms a subscription is built from. Each is stored, and
committed, by the node that produces it, before the checkpoint that refers to it.

What each stage adds: `ingest` the documents (a reference to their text in the document store), the deal and the
event file of the run's kind; `extract` the terms (a reference to the extraction); `validate` the findings and
what the planner bills from (`plan_inputs`, read from the books); a planner the actions; `gate` the completeness
verdict; `review_terms` the corrections (and the corrected terms) or a person's acceptance or
rejection of the plan; `review` the decisions; `confirm` the final status.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator
from sqlmodel import Session
from typing_extensions import TypedDict  # pydantic reads TypedDicts from here before Python 3.12

from accrue.adapters.document_store import get_document, get_model, put_document, put_model
from accrue.adapters.uploads import UploadedDocument
from accrue.core.actions import Action, CreateSubscription
from accrue.core.billing.bill_run import SubscriptionOnBooks
from accrue.core.billing.cash import CashApplication, OpenInvoice, Payment
from accrue.core.billing.close import DeferredLine
from accrue.core.billing.usage_digest import UsageDigest
from accrue.core.billing.usage_once import UsageInvoiceOnBooks
from accrue.core.completeness import Verdict
from accrue.core.corrections import Correction
from accrue.core.deal import Deal, parse_deal
from accrue.core.document import Cell, Document
from accrue.core.dunning import OverdueInvoice
from accrue.core.errors import InputError
from accrue.core.findings import Finding
from accrue.core.planner import InvoiceOnBooks
from accrue.core.receivables import CreditUse
from accrue.core.refunds import Held, RefundRequest
from accrue.core.requests import ChangeRequest, UsageRequest
from accrue.core.terms import ContractTerms, ExtractionResult
from accrue.workflow.approval import Decision
from accrue.workflow.terms_review import TermsReview

EventKind = Literal["new_contract", "usage", "payment", "change_request", "amendment", "bill_run", "close", "dunning",
                    "refund"]
# running: on its way; needs_review: waiting for a person to correct or confirm its terms (the completeness
# gate stopped it); waiting_approval: waiting for decisions on held actions; completed: done as the documents
# say; rejected: a person rejected the run at needs_review, or every action; failed: an action failed.
RunStatus = Literal["running", "needs_review", "waiting_approval", "completed", "rejected", "failed"]


class RunInputs(BaseModel):
    """The files a run reads, by role (absolute paths; which roles each kind needs: `service.EVENT_INPUTS`)."""

    model_config = ConfigDict(extra="forbid")

    contract: str | None = None
    deal: str | None = None
    usage: str | None = None
    payments: str | None = None
    request: str | None = None
    amendment: str | None = None
    through: date | None = Field(default=None, description="A bill run's date (invoices due up to it); none: today")
    period: str | None = Field(default=None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="A close's month, YYYY-MM")
    as_of: date | None = Field(default=None, description="A dunning run's day (overdue as of it); none: today")
    refund: RefundRequest | None = Field(default=None, description="A refund run's request")


class RunUploads(BaseModel):
    """Inputs carried as content, as a LangGraph Server client sends them: documents as base64, the deal as its
    JSON. `ingest` checks them as the command line checks files, keeps them in the data folder and runs from there."""

    model_config = ConfigDict(extra="forbid")

    contract: UploadedDocument | None = None
    amendment: UploadedDocument | None = None
    deal: dict[str, Any] | None = None

    @field_validator("deal")
    @classmethod
    def _a_deal(cls, deal: dict[str, Any] | None) -> dict[str, Any] | None:
        if deal is not None:
            try:
                parse_deal(deal, "upload: deal")
            except InputError as exc:  # as a ValueError, pydantic (and LangGraph Server's reply) keeps the message
                raise ValueError(str(exc)) from exc
        return deal


class DocumentRef(BaseModel):
    """A document the run read, as its checkpoints keep it: its path, the hash of its bytes and the key of its
    content in the document store (`accrue.adapters.document_store`), never its text, so a checkpoint stays small
    whatever the contract's length. The content is stored before the checkpoint that refers to it."""

    model_config = ConfigDict(extra="forbid")

    source: str
    sha256: str
    content: str = Field(description="SHA-256 of the stored content, its key in the document store")

    @classmethod
    def store(cls, doc: Document, session: Callable[[], Session]) -> DocumentRef:
        """Keep the document in the store (committed) and refer to it."""
        with session() as s:
            return cls(source=doc.source, sha256=doc.sha256, content=put_document(s, doc))

    def read(self, session: Callable[[], Session]) -> Document:
        """The document as it was read (without its bytes)."""
        with session() as s:
            return get_document(s, self.content, self.source)


class InlineDocument(BaseModel):
    """A document as checkpoints written before the document store kept it: its page text in the state. Read so a
    run such a checkpoint left waiting can still be resumed; new runs write a `DocumentRef`."""

    source: str
    sha256: str
    pages: list[str]
    media_type: str
    textless_pages: list[int] = Field(default_factory=list)
    hidden_text: list[tuple[int, str]] = Field(default_factory=list)
    cells: list[list[Cell]] = Field(default_factory=list)

    def read(self, session: Callable[[], Session]) -> Document:
        return Document(source=self.source, pages=self.pages, sha256=self.sha256, media_type=self.media_type,
                        textless_pages=self.textless_pages, hidden_text=self.hidden_text,
                        cells=self.cells)


StoredDocument = DocumentRef | InlineDocument


class ExtractionRef(BaseModel):
    """The terms a run read (or a person corrected), with their citations, as its checkpoints keep them: the key
    of the `ExtractionResult` in the content store. Checkpoints written before kept the extraction itself, which
    `RunState` still reads."""

    model_config = ConfigDict(extra="forbid")

    extraction: str = Field(description="SHA-256 of the extraction's JSON, its key in the content store")

    @classmethod
    def store(cls, extraction: ExtractionResult, session: Callable[[], Session]) -> ExtractionRef:
        """Keep the extraction in the store (committed) and refer to it."""
        with session() as s:
            return cls(extraction=put_model(s, extraction))


StoredExtraction = ExtractionRef | ExtractionResult


def read_extraction(stored: StoredExtraction | None, session: Callable[[], Session]) -> ExtractionResult | None:
    """The extraction a state field refers to (or holds, in a checkpoint older than the content store)."""
    if isinstance(stored, ExtractionRef):
        with session() as s:
            return get_model(s, stored.extraction, ExtractionResult, f"extraction {stored.extraction[:12]}")
    return stored


def keep_terms(actions: list[Action], session: Callable[[], Session]) -> None:
    """Store the terms of each planned subscription (committed) under the key the action carries, before the
    checkpoint that holds the action without them: the executor reads them back from there."""
    terms = [a.terms for a in actions if isinstance(a, CreateSubscription) and a.terms is not None]
    if terms:
        with session() as s:
            for t in terms:
                put_model(s, t)


def subscription_terms(action: CreateSubscription, session: Callable[[], Session]) -> CreateSubscription:
    """The subscription action with its terms, read back from the content store when the checkpoint left them
    out; as it is when it has none."""
    if action.terms is not None or action.terms_key is None:
        return action
    with session() as s:
        terms = get_model(s, action.terms_key, ContractTerms, f"subscription {action.subscription_id}")
    return action.model_copy(update={"terms": terms})


# -- the event file of a run, as ingest read it ---------------------------------------------------
class UsageEvent(BaseModel):
    """A usage run's file (its path and the SHA-256 of its bytes, never its rows), its rows folded for the
    billed period, and the request naming that period."""

    kind: Literal["usage"] = "usage"
    file: str
    sha256: str
    digest: UsageDigest
    request: UsageRequest


class PaymentEvent(BaseModel):
    """A payment run's received payments."""

    kind: Literal["payment"] = "payment"
    payments: list[Payment]


class ChangeRequestEvent(BaseModel):
    """A change request: a credit on an invoice, or its corrected lines."""

    kind: Literal["change_request"] = "change_request"
    request: ChangeRequest


class BillRunEvent(BaseModel):
    """A bill run: the date it issues every invoice due up to."""

    kind: Literal["bill_run"] = "bill_run"
    through: date


class CloseEvent(BaseModel):
    """A month-end close: the month it recognises revenue for and closes."""

    kind: Literal["close"] = "close"
    period: str


class DunningEvent(BaseModel):
    """A dunning run: the day its invoices are overdue as of."""

    kind: Literal["dunning"] = "dunning"
    as_of: date


class RefundEvent(BaseModel):
    """A refund of a customer's credit balance, as a person asked for it."""

    kind: Literal["refund"] = "refund"
    request: RefundRequest


Event = Annotated[UsageEvent | PaymentEvent | ChangeRequestEvent | BillRunEvent | CloseEvent | DunningEvent
                  | RefundEvent, Field(discriminator="kind")]
AnyEvent = UsageEvent | PaymentEvent | ChangeRequestEvent | BillRunEvent | CloseEvent | DunningEvent | RefundEvent


# -- what validate read from the books for the planner ---------------------------------------------
class UsagePlanInputs(BaseModel):
    """The screened usage of the contract's customer: per usage rule index, the period's total, its months,
    and the earlier months from the books (for spikes and commitment true-ups)."""

    kind: Literal["usage"] = "usage"
    customer_id: str | None = Field(description="None when the contract's customer is not in the books")
    customer_name: str
    totals: dict[int, Decimal]
    by_month: dict[int, dict[str, Decimal]]
    history: dict[int, dict[str, Decimal]]
    subscription_id: str | None = Field(default=None, description="The customer's subscription running on the "
                                        "period's first day")
    invoiced: list[UsageInvoiceOnBooks] = Field(default_factory=list, description="The customer's invoices "
                                                "billing the period's metrics for days of it, credited ones included")


class PaymentPlanInputs(BaseModel):
    """How each payment applies to the open invoices, the invoices it names (never the whole ledger), and the
    payments already on the books."""

    kind: Literal["payment"] = "payment"
    applications: list[CashApplication]
    open_invoices: list[OpenInvoice]
    recorded: list[str]
    credit_uses: list[CreditUse] = Field(default_factory=list, description="Held credit that now matches invoices")


class ChangeRequestPlanInputs(BaseModel):
    """The invoice the change request names, as the books hold it (None when no invoice matches)."""

    kind: Literal["change_request"] = "change_request"
    invoice: InvoiceOnBooks | None


class BillRunPlanInputs(BaseModel):
    """The subscriptions a bill run bills from (their terms and what the books already invoiced), and the
    notifications already sent (a renewal reminder goes out once)."""

    kind: Literal["bill_run"] = "bill_run"
    subscriptions: list[SubscriptionOnBooks]
    sent_notices: list[str] = Field(default_factory=list, description="Keys of the notifications already sent")


class ClosePlanInputs(BaseModel):
    """What a close recognises from: the lines posted to deferred revenue, what earlier closes recognised per
    currency, and the last day the books are already closed through."""

    kind: Literal["close"] = "close"
    deferred: list[DeferredLine]
    recognised: dict[str, Decimal]
    closed_through: date | None


class DunningPlanInputs(BaseModel):
    """The open invoices past their due date, and the keys of the reminders and tasks already on the books."""

    kind: Literal["dunning"] = "dunning"
    invoices: list[OverdueInvoice]
    done: list[str] = Field(default_factory=list)


class RefundPlanInputs(BaseModel):
    """The customer a refund pays back (None: not in the books), and what they hold in its currency."""

    kind: Literal["refund"] = "refund"
    customer_id: str | None
    customer_name: str
    held: Held


PlanInputs = Annotated[UsagePlanInputs | PaymentPlanInputs | ChangeRequestPlanInputs | BillRunPlanInputs
                       | ClosePlanInputs | DunningPlanInputs | RefundPlanInputs, Field(discriminator="kind")]
AnyPlanInputs = (UsagePlanInputs | PaymentPlanInputs | ChangeRequestPlanInputs | BillRunPlanInputs | ClosePlanInputs
                 | DunningPlanInputs | RefundPlanInputs)


class RunState(BaseModel):
    """Everything a run knows, checkpointed after every step."""

    run_id: str = Field(default="", description="Under LangGraph Server, set by ingest from the thread and the content")
    kind: EventKind = "new_contract"
    inputs: RunInputs = Field(default_factory=RunInputs)
    uploads: RunUploads | None = Field(default=None, description="Inputs as content; ingest saves them as files")
    status: RunStatus = "running"
    document: StoredDocument | None = None
    amendment_document: StoredDocument | None = None
    deal: Deal | None = None
    extraction: StoredExtraction | None = None
    amendment: StoredExtraction | None = None
    event: Event | None = None
    plan_inputs: PlanInputs | None = None
    findings: list[Finding] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    verdict: Verdict | None = Field(default=None, description="The completeness gate's verdict on the plan")
    corrections: list[Correction] = Field(default_factory=list, description="Terms a person corrected, in order")
    terms_decision: TermsReview | None = Field(
        default=None, description="A person's acceptance or rejection of the plan at needs_review")
    decisions: list[Decision] = Field(default_factory=list)

    def contract_terms(self, session: Callable[[], Session]) -> ExtractionResult | None:
        """The contract's extraction (terms and citations), from the content store."""
        return read_extraction(self.extraction, session)

    def amendment_terms(self, session: Callable[[], Session]) -> ExtractionResult | None:
        """The amendment's extraction, from the content store."""
        return read_extraction(self.amendment, session)


class RunUpdate(TypedDict, total=False):
    """What a node writes: some `RunState` fields (the same names and types), stored with `stored()`."""

    run_id: str
    kind: EventKind
    inputs: RunInputs
    uploads: RunUploads | None
    status: RunStatus
    document: StoredDocument | None
    amendment_document: StoredDocument | None
    deal: Deal | None
    extraction: StoredExtraction | None
    amendment: StoredExtraction | None
    event: AnyEvent | None
    plan_inputs: AnyPlanInputs | None
    findings: list[Finding]
    actions: list[Action]
    verdict: Verdict | None
    corrections: list[Correction]
    terms_decision: TermsReview | None
    decisions: list[Decision]


_UPDATE: TypeAdapter[RunUpdate] = TypeAdapter(RunUpdate)


def stored(update: RunUpdate) -> dict[str, Any]:
    """The update as the checkpoint keeps it: plain JSON, which `RunState` validates back exactly."""
    return _UPDATE.dump_python(update, mode="json")
