"""How accrue's tables store values: exact decimals as text, JSON with anything unusual as text.

SQLite has no decimal type and SQLAlchemy's NUMERIC goes through float there, so money and
quantities are stored as their decimal text and read back as the same `Decimal`.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, String, TypeDecorator
from sqlmodel import Field


class DecimalString(TypeDecorator[Decimal]):
    """Exact decimal stored as text: SQLite has no decimal type and NUMERIC goes through float."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, not float")
        return str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


def money_field(**kw: Any) -> Any:
    """A required money column (exact decimal text)."""
    return Field(sa_column=Column(DecimalString(), nullable=False), **kw)


def json_text(obj: Any) -> str:
    """JSON for JSON columns: decimals, dates and anything else without a JSON form are written as text."""
    return json.dumps(obj, default=str)
