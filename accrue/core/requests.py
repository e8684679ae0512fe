"""The request files of usage and change-request runs as typed models (read by `accrue.adapters.event_files`).

Amounts go through `accrue.core.money.parse_amount`: finite and bounded always, and exact to the
currency's minor unit when the request names its currency (otherwise the run checks them against
the invoice's currency before it starts).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accrue.core.money import MAX_AMOUNT, parse_amount, parse_number

# The finest minor unit in ISO 4217 (CLF, UYW): a request amount without its currency is checked against this
# first, and against the invoice's own currency once the invoice is known.
_FINEST_PLACES = 4


def _bounded(v: Any, currency: str | None = None) -> Any:
    """An amount of a request, checked like every amount read from a file."""
    v = str(v) if isinstance(v, float) else v  # a model built in code (chat) from a JSON number
    if not isinstance(v, str | int | Decimal):
        return v
    if currency:
        return parse_amount(v, currency)
    return parse_number(v, limit=MAX_AMOUNT, places=_FINEST_PLACES, what=f"any currency allows ({_FINEST_PLACES})")


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

    @field_validator("amount", mode="before")
    @classmethod
    def _amount(cls, v: Any) -> Any:
        return _bounded(v)


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

    @field_validator("amount", "write_off", mode="before")
    @classmethod
    def _amount(cls, v: Any) -> Any:
        return _bounded(v)

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

    def amounts(self) -> list[tuple[str, Decimal]]:
        """(field, amount) of every amount the request states, for checking against a currency."""
        named = [("amount", self.amount), ("write_off", self.write_off)]
        named += [(f"lines.{n}.amount", ln.amount) for n, ln in enumerate(self.lines or [])]
        return [(name, value) for name, value in named if value is not None]

    @model_validator(mode="after")
    def _in_its_currency(self) -> ChangeRequest:
        if self.currency:
            for name, value in self.amounts():
                try:
                    parse_amount(value, self.currency)
                except ValueError as exc:
                    raise ValueError(f"field '{name}': {exc}") from None
        return self

    @model_validator(mode="after")
    def _one_of(self) -> ChangeRequest:
        if sum(v is not None for v in (self.amount, self.lines, self.write_off)) != 1:
            raise ValueError("give either 'amount' (a credit), 'lines' (the corrected invoice) or "
                             "'write_off' (an amount to write off): exactly one")
        return self
