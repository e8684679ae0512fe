"""Typed action proposals: the only way accrue changes anything outside itself.

One Pydantic model per action type, joined in a discriminated union on `type`. The
planner and the chat agent produce them; the policy marks which need a person; only
the executor carries them out, once, under their `idempotency_key`. Payload fields sit
at the top level beside `id`, `type`, `needs_approval`, `reasons` (the JSON evaluations
and scripts read).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from accrue.core.billing.invoicing import RevenueType
from accrue.core.content import content_key
from accrue.core.terms import ContractTerms

ActionStatus = Literal["proposed", "approved", "rejected", "executed", "failed"]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(default="", description="Action id within its run, e.g. 'a3'")
    needs_approval: bool = False
    reasons: list[str] = Field(default_factory=list, description="Why a person must approve it")
    idempotency_key: str = Field(default="", description="Stored before the external call; one effect per key")
    status: ActionStatus = "proposed"
    evidence: list[str] = Field(default_factory=list, description="Terms field paths the action relies on")
    requested_by: str | None = Field(default=None, description="Person who asked for it (chat, change request)")
    approved_by: str | None = Field(default=None, description="Person whose approval let it run (set at review)")
    external_id: str | None = None
    depends_on: list[str] = Field(default_factory=list, description="Action ids that must execute first")


class CreateCustomer(_Base):
    """Create the billing customer for a newly signed account."""

    type: Literal["create_customer"] = "create_customer"
    customer_id: str = Field(description="Stable customer id in the books")
    customer_legal_name: str
    billing_email: str | None = None
    currency: str


class SubscriptionItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str
    sku: str | None = None
    quantity: Decimal
    unit_price: Decimal
    price_period: Literal["year", "quarter", "month", "one_time"]
    discount_percent: Decimal | None = None
    start_date: date | None = None
    end_date: date | None = None


class CreateSubscription(_Base):
    """Record the subscription and its billing schedule."""

    type: Literal["create_subscription"] = "create_subscription"
    subscription_id: str
    customer: str = Field(description="Customer id")
    start_date: date
    end_date: date | None = None
    billing_frequency: Literal["annual", "semiannual", "quarterly", "monthly", "one_time"]
    billing_timing: Literal["advance", "arrears"]
    currency: str
    items: list[SubscriptionItem]
    schedule: list[dict[str, Any]] = Field(default_factory=list, description="Planned invoices: date, period, amount")
    revenue_schedule: list[dict[str, Any]] = Field(
        default_factory=list, description="Monthly recognition of deferred revenue: month, date, amount")
    terms_key: str | None = Field(
        default=None, description="The key, in the content store, of the terms the schedule is built from: bill runs "
                                  "issue its later invoices from them")
    # The terms themselves travel only from the planner to the node that stores them (and from the store to the
    # executor): never dumped, so no checkpoint, audit entry or approval request carries a copy of them.
    terms: ContractTerms | None = Field(default=None, exclude=True)
    supersedes: str | None = Field(
        default=None, description="The subscription this one replaces from its start: that one ends the day before")

    @model_validator(mode="after")
    def _key_of_the_terms(self) -> CreateSubscription:
        if self.terms is not None:
            self.terms_key = content_key(self.terms)
        return self


class InvoiceLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str
    amount: Decimal
    period_start: date | None = None
    period_end: date | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    revenue_type: RevenueType = "subscription"


class UsageQuantity(BaseModel):
    """Billed usage of one metric in one calendar month: what spike checks later average over."""

    model_config = ConfigDict(extra="forbid")
    customer_id: str
    metric: str
    period: str = Field(description="YYYY-MM")
    quantity: Decimal


class CreateInvoice(_Base):
    """Issue an invoice. `amount` is the sum of its rounded lines."""

    type: Literal["create_invoice"] = "create_invoice"
    invoice_id: str
    customer: str
    invoice_date: date
    due_date: date
    currency: str
    po_number: str | None = None
    lines: list[InvoiceLine]
    amount: Decimal
    subscription_id: str | None = None
    usage: list[UsageQuantity] = Field(
        default_factory=list, description="Usage this invoice bills, per metric and month (for the usage history)")


class CreateCreditNote(_Base):
    """Credit (part of) an issued invoice."""

    type: Literal["create_credit_note"] = "create_credit_note"
    credit_note_id: str = ""
    invoice_id: str
    amount: Decimal
    currency: str
    reason: str
    to_customer_credit: Decimal = Field(
        default=Decimal("0"), description="The part beyond what the invoice still owes: the customer's credit balance")


class Allocation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    invoice_id: str
    amount: Decimal


class ApplyPayment(_Base):
    """Apply a received payment to open invoices; the rest stays unapplied cash."""

    type: Literal["apply_payment"] = "apply_payment"
    payment_id: str
    payment_date: date | None = None
    customer: str | None = None
    currency: str
    amount: Decimal = Decimal("0")
    allocations: list[Allocation]
    unapplied_amount: Decimal = Decimal("0")
    payer: str | None = Field(default=None, description="Payer as the bank or processor reported it")
    reference: str | None = Field(default=None, description="Remittance reference as received")


class ApplyCredit(_Base):
    """Apply money a customer already has with us (a payment's unapplied cash, or their credit balance) to open
    invoices. Always needs approval."""

    type: Literal["apply_credit"] = "apply_credit"
    customer: str
    currency: str
    source: Literal["unapplied_cash", "credit_balance"]
    payment_id: str | None = Field(default=None, description="The payment whose unapplied cash is applied")
    allocations: list[Allocation]


class WriteOff(_Base):
    """Write off an uncollectable remainder (always needs approval)."""

    type: Literal["write_off"] = "write_off"
    invoice_id: str
    amount: Decimal
    currency: str
    reason: str


class CreateCollectionsTask(_Base):
    """Ask collections to chase an outstanding balance."""

    type: Literal["create_collections_task"] = "create_collections_task"
    invoice_id: str
    amount_outstanding: Decimal
    currency: str
    reason: str


class UnappliedDraw(BaseModel):
    """The part of a refund paid from one payment's unapplied cash (the customer's overpayment)."""

    model_config = ConfigDict(extra="forbid")
    payment_id: str
    amount: Decimal


class RefundCredit(_Base):
    """Pay back money a customer holds with us in cash: their credit balance first, then their payments' unapplied
    cash. Always needs approval; never more than they hold."""

    type: Literal["refund_credit"] = "refund_credit"
    refund_id: str
    customer: str = Field(description="Customer id")
    currency: str
    amount: Decimal
    reason: str
    from_credit_balance: Decimal = Field(description="The part paid from the customer's credit balance")
    from_unapplied: list[UnappliedDraw] = Field(default_factory=list,
                                                description="The rest, from their payments' unapplied cash")


class JournalLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    account: str
    debit: Decimal = Decimal("0")
    credit: Decimal = Decimal("0")


class PostJournalEntry(_Base):
    """Post a balanced journal entry to the general ledger."""

    type: Literal["post_journal_entry"] = "post_journal_entry"
    entry_id: str = ""
    date: date
    memo: str
    currency: str
    lines: list[JournalLine]
    source_ref: str | None = Field(default=None, description="Invoice, payment or credit note it records")


class ClosePeriod(_Base):
    """Close the books through a month's last day: entries dated in it or before go to the open period after it."""

    type: Literal["close_period"] = "close_period"
    month: str = Field(description="YYYY-MM")
    closes_through: date


class UpdateCrm(_Base):
    """Write billing status back to the CRM deal."""

    type: Literal["update_crm"] = "update_crm"
    deal_id: str
    fields: dict[str, str]


class Notify(_Base):
    """Tell a person or channel what happened."""

    type: Literal["notify"] = "notify"
    channel: str
    message: str


Action = Annotated[
    CreateCustomer | CreateSubscription | CreateInvoice | CreateCreditNote | ApplyPayment | ApplyCredit | WriteOff
    | CreateCollectionsTask | PostJournalEntry | ClosePeriod | UpdateCrm | Notify
    | RefundCredit,
    Field(discriminator="type"),
]
ACTION_TYPES: dict[str, type[_Base]] = {
    cls.model_fields["type"].default: cls
    for cls in (CreateCustomer, CreateSubscription, CreateInvoice, CreateCreditNote, ApplyPayment, ApplyCredit,
                WriteOff, CreateCollectionsTask, PostJournalEntry, ClosePeriod, UpdateCrm, Notify,
                RefundCredit)
}
ActionAdapter: TypeAdapter[Action] = TypeAdapter(Action)


def parse_action(data: dict[str, Any]) -> Action:
    return ActionAdapter.validate_python(data)


def action_json(action: _Base) -> dict[str, Any]:
    """The action's JSON with payload fields at the top level; decimals as strings."""
    return action.model_dump(mode="json")

