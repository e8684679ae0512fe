"""The CRM deal: the shape a Salesforce or HubSpot export maps onto (`accrue.adapters.event_files` reads the file).

Decimals arrive as strings (or JSON numbers read as decimals); each is checked by the bounded
parsers of `accrue.core.money` (amounts exact to the deal currency's minor unit). Unknown keys
are ignored (exports carry many); a missing required key or a bad number is an InputError
naming the file and the field.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from accrue.core.errors import InputError
from accrue.core.money import KNOWN_CURRENCIES, parse_amount, parse_quantity, parse_unit_price


class DealLineItem(BaseModel):
    model_config = ConfigDict(extra="ignore")
    sku: str | None = None
    name: str
    quantity: Decimal
    unit_price: Decimal
    total: Decimal

    @field_validator("quantity", mode="before")
    @classmethod
    def _quantity(cls, v: Any) -> Any:
        v = str(v) if isinstance(v, float) else v  # a CRM API's JSON number, read by its decimal text
        return parse_quantity(v) if isinstance(v, str | int | Decimal) else v


class Deal(BaseModel):
    """A closed-won opportunity as the CRM holds it."""

    model_config = ConfigDict(extra="ignore")
    deal_id: str
    deal_name: str
    account_name: str
    stage: str
    close_date: date
    currency: str
    amount: Decimal
    billing_contact_email: str | None = None
    line_items: list[DealLineItem] = Field(default_factory=list)

    @field_validator("currency")
    @classmethod
    def _iso_code(cls, v: str) -> str:
        v = v.strip().upper()
        if v not in KNOWN_CURRENCIES:
            raise ValueError(f"{v!r} is not an active ISO 4217 code; use one such as USD")
        return v

    @field_validator("amount", mode="before")
    @classmethod
    def _amount(cls, v: Any, info: ValidationInfo) -> Any:
        v = str(v) if isinstance(v, float) else v
        currency = info.data.get("currency")
        return parse_amount(v, currency) if currency and isinstance(v, str | int | Decimal) else v

    @field_validator("line_items")
    @classmethod
    def _line_amounts(cls, items: list[DealLineItem], info: ValidationInfo) -> list[DealLineItem]:
        # The currency is the deal's, so the line amounts are checked here, where it is known.
        currency = info.data.get("currency")
        if not isinstance(currency, str):
            return items  # the currency itself is refused
        for n, item in enumerate(items):
            for name, check in (("unit_price", parse_unit_price), ("total", parse_amount)):
                try:
                    check(getattr(item, name), currency)
                except ValueError as exc:
                    raise ValueError(f"line item {n + 1} ({item.name}), {name}: {exc}") from None
        return items


def parse_deal(data: Any, source: str) -> Deal:
    """Validate one deal object; errors name the source and the field."""
    if not isinstance(data, dict):
        raise InputError(source, "deal must be a JSON object", "export one deal per file")
    try:
        return Deal.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "deal"
        problem = "missing required field" if err["type"] == "missing" else err["msg"].removeprefix("Value error, ")
        fix = f"add '{field}' to" if err["type"] == "missing" else f"correct '{field}' in"
        raise InputError(source, f"field '{field}': {problem}",
                         f"{fix} the deal export (see README: The CRM deal file)") from exc

