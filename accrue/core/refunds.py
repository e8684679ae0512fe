"""Refunds of customer credit balances: the request, its bound, and the actions that pay it back. Pure.

A customer's credit balance (a credit beyond what an invoice owed: `Customer Credit Balances`) is theirs; a
person may ask for it back in cash. The request names the customer, amount, currency and reason; it is refused
when it asks for more than the customer holds in that currency. The refund always needs approval, by someone
other than the person who asked; its entry is Dr Customer Credit Balances / Cr Cash. Both are keyed by the run,
whose id derives from the request, so the same request twice pays once.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accrue.core.actions import Action, JournalLine, PostJournalEntry, RefundCredit
from accrue.core.billing.ledger import refund_entry
from accrue.core.currency import MINOR_UNITS
from accrue.core.money import format_money, parse_amount
from accrue.core.planner import effect_key


class RefundRequest(BaseModel):
    """Pay back part or all of a customer's credit balance: who asked, for whom, how much and why."""

    model_config = ConfigDict(extra="forbid")

    customer: str = Field(min_length=1, description="The customer's name (or books id)")
    amount: Decimal
    currency: str
    reason: str = Field(min_length=1)
    requested_by: str = Field(min_length=1, description="Who asks for it: they cannot approve it")

    @field_validator("currency")
    @classmethod
    def _known(cls, code: str) -> str:
        code = code.strip().upper()
        if code not in MINOR_UNITS:
            raise ValueError(f"{code!r} is not an ISO 4217 currency code accrue knows")
        return code

    @model_validator(mode="before")
    @classmethod
    def _exact(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("currency"), str) and "amount" in data:
            amount = parse_amount(str(data["amount"]), data["currency"].strip().upper())
            if amount <= 0:
                raise ValueError(f"refund amount {amount} must be positive")
            data = {**data, "amount": amount}
        return data


def refund_refusal(request: RefundRequest, customer_name: str, held: Decimal) -> str | None:
    """Why the request cannot be paid from what the customer holds (None: it can)."""
    if request.amount <= held:
        return None
    return (f"{customer_name} holds {format_money(held, request.currency)} of credit, less than the "
            f"{format_money(request.amount, request.currency)} asked for; refund at most what they hold")


def plan_refund(request: RefundRequest, customer_id: str, customer_name: str, *, run_id: str,
                day: date) -> list[Action]:
    """The refund (held for approval, requested by the asker) and its entry, which runs only after it."""
    effect = f"refund:{run_id}"
    refund = RefundCredit(id="a1", idempotency_key=effect_key(effect, "refund_credit"),
                          refund_id=f"RF-{run_id.replace('-', '')[:12]}", customer=customer_id,
                          currency=request.currency, amount=request.amount, reason=request.reason,
                          requested_by=request.requested_by)
    entry = refund_entry(day, f"Refund of credit balance to {customer_name}: {request.reason}", request.currency,
                         request.amount)
    posting = PostJournalEntry(id="a2", idempotency_key=effect_key(effect, "post_journal_entry"), depends_on=["a1"],
                               date=entry.date, memo=entry.memo, currency=entry.currency, source_ref=refund.refund_id,
                               lines=[JournalLine(account=ln.account, debit=ln.debit, credit=ln.credit)
                                      for ln in entry.lines])
    return [refund, posting]
