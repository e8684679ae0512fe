"""The request files of usage and change-request runs as typed models (read by `accrue.adapters.event_files`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UsageRequest(_Strict):
    """`request.json` of a usage run: the billed period (both days included)."""

    period_start: date
    period_end: date
    customer_id: str | None = Field(default=None, description="Bill only this customer (default: the contract's)")

    @model_validator(mode="after")
    def _ordered(self) -> UsageRequest:
        if self.period_end < self.period_start:
            raise ValueError(f"period_end {self.period_end} is before period_start {self.period_start}")
        return self


class RequestLine(_Strict):
    description: str = Field(min_length=1)
    amount: Decimal


class ChangeRequest(_Strict):
    """`request.json` of a change request on `invoice`: a credit of `amount`, its corrected `lines`, or a write-off
    of `write_off` from its open balance. Exactly one of the three."""

    invoice: str = Field(min_length=1, description="Invoice number or id")
    amount: Decimal | None = Field(default=None, description="Credit amount, positive")
    lines: list[RequestLine] | None = Field(default=None, description="Corrected lines for a re-issued invoice")
    write_off: Decimal | None = Field(default=None, description="Amount to write off the open balance, positive")
    reason: str = Field(min_length=1)
    requested_by: str = Field(min_length=1)
    currency: str | None = None

    @field_validator("amount", "write_off")
    @classmethod
    def _positive(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and v <= 0:
            raise ValueError("must be a positive amount")
        return v

    @field_validator("lines")
    @classmethod
    def _positive_total(cls, v: list[RequestLine] | None) -> list[RequestLine] | None:
        total = sum((ln.amount for ln in v), Decimal(0)) if v is not None else None
        if total is not None and total <= 0:
            raise ValueError(f"the corrected lines add up to {total}; a re-issued invoice must bill a positive "
                             "amount (to cancel the invoice, give 'amount' to credit it instead)")
        return v

    @model_validator(mode="after")
    def _one_of(self) -> ChangeRequest:
        if sum(v is not None for v in (self.amount, self.lines, self.write_off)) != 1:
            raise ValueError("give either 'amount' (a credit), 'lines' (the corrected invoice) or "
                             "'write_off' (an amount to write off): exactly one")
        return self
