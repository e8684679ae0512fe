"""The CRM deal: the shape a Salesforce or HubSpot export maps onto (`accrue.adapters.event_files` reads the file).

Decimals arrive as strings; unknown keys are ignored (exports carry many); a missing
required key is an InputError naming the file and the key.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from accrue.core.errors import InputError
from accrue.core.money import KNOWN_CURRENCIES


class DealLineItem(BaseModel):
    model_config = ConfigDict(extra="ignore")
    sku: str | None = None
    name: str
    quantity: Decimal
    unit_price: Decimal
    total: Decimal


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
    def _no_float(cls, v: Any) -> Any:
        return str(v) if isinstance(v, float) else v


def parse_deal(data: Any, source: str) -> Deal:
    """Validate one deal object; errors name the source and the field."""
    if not isinstance(data, dict):
        raise InputError(source, "deal must be a JSON object", "export one deal per file")
    try:
        return Deal.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "deal"
        problem = "missing required field" if err["type"] == "missing" else err["msg"]
        raise InputError(source, f"field '{field}': {problem}",
                         f"add '{field}' to the deal export (see README: The CRM deal file)") from exc

