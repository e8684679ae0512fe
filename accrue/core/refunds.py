"""Refunds of what customers hold with us: the request, its bound, and the actions that pay it back. Pure.

A customer's credit balance (a credit beyond what an invoice owed: `Customer Credit Balances`) and their payments'
unapplied cash (an overpayment: `Unapplied Cash`) are theirs; a person may ask for them back in cash. The request
names the customer, amount, currency and reason; it is refused when it asks for more than the customer holds in
that currency. The refund draws on the credit balance first, then on the unapplied cash of their payments, oldest
first. It always needs approval, by someone other than the person who asked; its entry is Dr Customer Credit
Balances and Dr Unapplied Cash / Cr Cash. Both are keyed by the run, whose id derives from the request, so the same
request twice pays once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accrue.core.actions import Action, JournalLine, PostJournalEntry, RefundCredit, UnappliedDraw
from accrue.core.billing.ledger import refund_entry
from accrue.core.currency import MINOR_UNITS
from accrue.core.money import format_money, parse_amount, round_money
from accrue.core.planner import effect_key

ZERO = Decimal(0)


class RefundRequest(BaseModel):
    """Pay back part or all of what a customer holds with us: who asked, for whom, how much and why."""

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


@dataclass(frozen=True)
class Held:
    """What a customer holds with us in one currency: their credit balance, and each of their payments' unapplied
    cash as (payment id, amount), oldest first."""

    credit_balance: Decimal
    unapplied: tuple[tuple[str, Decimal], ...] = ()

    @property
    def total(self) -> Decimal:
        return self.credit_balance + sum((amount for _, amount in self.unapplied), ZERO)


def refund_refusal(request: RefundRequest, customer_name: str, held: Held) -> str | None:
    """Why the request cannot be paid from what the customer holds (None: it can)."""
    if request.amount <= held.total:
        return None
    return (f"{customer_name} holds {format_money(held.total, request.currency)} (credit balance and unapplied "
            f"cash), less than the {format_money(request.amount, request.currency)} asked for; refund at most what "
            "they hold")


def refund_sources(amount: Decimal, held: Held, currency: str) -> tuple[Decimal, list[UnappliedDraw]]:
    """Where the refund's money comes from: the credit balance first, then each payment's unapplied cash in turn."""
    from_credit = round_money(min(amount, max(held.credit_balance, ZERO)), currency)
    rest = amount - from_credit
    draws: list[UnappliedDraw] = []
    for payment_id, unapplied in held.unapplied:
        if rest <= 0:
            break
        take = min(rest, unapplied)
        draws.append(UnappliedDraw(payment_id=payment_id, amount=take))
        rest -= take
    if rest > 0:
        raise ValueError(f"the refund of {amount} is more than the {held.total} held")
    return from_credit, draws


def plan_refund(request: RefundRequest, customer_id: str, customer_name: str, held: Held, *, run_id: str,
                day: date) -> list[Action]:
    """The refund (held for approval, requested by the asker) and its entry, which runs only after it."""
    effect = f"refund:{run_id}"
    from_credit, draws = refund_sources(request.amount, held, request.currency)
    refund = RefundCredit(id="a1", idempotency_key=effect_key(effect, "refund_credit"),
                          refund_id=f"RF-{run_id.replace('-', '')[:12]}", customer=customer_id,
                          currency=request.currency, amount=request.amount, reason=request.reason,
                          requested_by=request.requested_by, from_credit_balance=from_credit, from_unapplied=draws)
    entry = refund_entry(day, f"Refund to {customer_name}: {request.reason}", request.currency,
                         from_credit_balance=from_credit, from_unapplied=request.amount - from_credit)
    posting = PostJournalEntry(id="a2", idempotency_key=effect_key(effect, "post_journal_entry"), depends_on=["a1"],
                               date=entry.date, memo=entry.memo, currency=entry.currency, source_ref=refund.refund_id,
                               lines=[JournalLine(account=ln.account, debit=ln.debit, credit=ln.credit)
                                      for ln in entry.lines])
    return [refund, posting]
