"""The contract terms schema: what extraction produces and everything downstream reads.

Values are typed (Decimal money, ISO dates, closed sets as Literals). Every value an
extractor fills must carry a `Citation` (page + verbatim quote); `accrue.core.grounding`
drops the ones whose quote is not on the page. Hard contradictions (end before start,
tiers out of order) fail validation; soft ones (arithmetic that does not add up) are
reported by `accrue.core.consistency` and never silently fixed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accrue.core.money import KNOWN_CURRENCIES

BillingFrequency = Literal["annual", "semiannual", "quarterly", "monthly", "one_time"]
BillingTiming = Literal["advance", "arrears"]
PricePeriod = Literal["year", "quarter", "month", "one_time"]
PricingModel = Literal["per_unit", "graduated", "volume"]
CommitmentPeriod = Literal["month", "year", "term"]

PERIOD_MONTHS: dict[str, int] = {"year": 12, "quarter": 3, "month": 1}
FREQUENCY_MONTHS: dict[str, int] = {"annual": 12, "semiannual": 6, "quarterly": 3, "monthly": 1}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# How a value was found. label: a form label the reader knows ("Payment Terms: Net 30"); learned_label: a label
# people taught it by correcting a run; table: a table row under its header; prose: a sentence or a party
# definition; heading: a title, letterhead or signature line; amounts: the currency the amounts are written in;
# derived: computed from other cited values (`inputs`, `rule`; see accrue.core.derivations); model: read by Claude.
Method = Literal["label", "learned_label", "table", "prose", "heading", "amounts", "derived", "model"]


class Citation(_Model):
    """Where a value came from: 1-based page and the exact words on it, and how it was found.

    A derived value cites the words that complete its computation (a term's duration for an end date, the end
    date for a term) and names the values it is computed from (`inputs`, paths in the terms) and its `rule`.
    """

    page: int = Field(ge=1, description="1-based page number in the source document")
    quote: str = Field(min_length=1, description="Verbatim text from that page that states the value")
    method: Method | None = Field(default=None, description="How the value was found; null when not recorded")
    inputs: list[str] = Field(default_factory=list, description="For a derived value: the paths it is computed from")
    rule: str | None = Field(default=None, description="For a derived value: the arithmetic, in words")

    @model_validator(mode="after")
    def _derivation_named(self) -> Citation:
        if (self.method == "derived") != bool(self.inputs and self.rule):
            raise ValueError("a derived value names its inputs and its rule, and only a derived value does")
        return self


class LineItem(_Model):
    """One fee line. `net_amount` is the fee for one `price_period` after discount."""

    description: str = Field(description="Product or service name as written")
    sku: str | None = Field(default=None, description="Product code if the form gives one")
    quantity: Decimal = Field(default=Decimal(1), description="Units, seats or licences")
    unit_price: Decimal = Field(description="List price per unit per price_period, before discount")
    price_period: PricePeriod = Field(default="year", description="Period the unit price covers")
    discount_percent: Decimal | None = Field(default=None, ge=0, le=100, description="Discount, 0-100")
    net_amount: Decimal | None = Field(default=None, description="quantity x unit_price x (1 - discount)")
    start_date: date | None = None
    end_date: date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> LineItem:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError(f"line item '{self.description}' ends {self.end_date} before it starts")
        return self

    def computed_net(self) -> Decimal:
        """quantity x unit_price x (1 - discount), unrounded."""
        discount = (self.discount_percent or Decimal(0)) / Decimal(100)
        return self.quantity * self.unit_price * (Decimal(1) - discount)


class Tier(_Model):
    up_to: Decimal | None = Field(description="Upper bound of the tier, inclusive; null for the last tier")
    unit_price: Decimal


class UsageRule(_Model):
    """How one metered metric is billed beyond what is included."""

    metric: str = Field(description="What is counted, e.g. 'API calls'")
    unit: str | None = Field(default=None, description="Unit of the count, e.g. 'call', '1,000 requests'")
    included_quantity: Decimal = Field(default=Decimal(0))
    included_period: Literal["month", "quarter", "year", "term"] | None = None
    pricing_model: PricingModel = "per_unit"
    tiers: list[Tier] = Field(default_factory=list)
    billing_frequency: BillingFrequency | None = None
    billing_timing: BillingTiming | None = "arrears"

    @field_validator("tiers")
    @classmethod
    def _tiers_ascending(cls, tiers: list[Tier]) -> list[Tier]:
        bounds = [t.up_to for t in tiers]
        if any(b is None for b in bounds[:-1]):
            raise ValueError("only the last usage tier may be unbounded (up_to null)")
        finite = [b for b in bounds if b is not None]
        if finite != sorted(finite) or len(set(finite)) != len(finite):
            raise ValueError("usage tiers must have strictly ascending up_to bounds")
        return tiers


class MinimumCommitment(_Model):
    amount: Decimal
    period: CommitmentPeriod


class ContractTerms(_Model):
    """Commercial terms of one signed order form. Null means the document does not say."""

    customer_legal_name: str | None = None
    vendor_legal_name: str | None = None
    order_form_number: str | None = None
    billing_contact_email: str | None = None
    currency: str | None = Field(default=None, description="ISO 4217 code; '$' alone means USD")
    effective_date: date | None = None
    service_start_date: date | None = None
    service_end_date: date | None = None
    term_months: int | None = Field(default=None, ge=0)
    auto_renew: bool | None = None
    renewal_term_months: int | None = Field(default=None, ge=0)
    non_renewal_notice_days: int | None = Field(default=None, ge=0)
    payment_terms_days: int | None = Field(default=None, ge=0, description="Net N; due on receipt is 0")
    billing_frequency: BillingFrequency | None = None
    billing_timing: BillingTiming | None = None
    billing_anchor: str | None = Field(
        default=None,
        description="Stated billing anchor: 'day:N', 'calendar_month', 'calendar_quarter' or 'coterm:YYYY-MM-DD'",
    )
    po_required: bool | None = None
    po_number: str | None = None
    line_items: list[LineItem] = Field(default_factory=list)
    total_contract_value: Decimal | None = None
    minimum_commitment: MinimumCommitment | None = None
    usage_rules: list[UsageRule] = Field(default_factory=list)
    price_escalator_percent: Decimal | None = None
    late_fee_percent_per_month: Decimal | None = None
    non_standard_terms: list[str] = Field(default_factory=list)

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().upper()
        if value == "$":
            return "USD"
        if value not in KNOWN_CURRENCIES:
            raise ValueError(f"currency {value!r} is not an active ISO 4217 code; write the contract's currency as "
                             "its code, like USD, EUR or KWD")
        return value

    @model_validator(mode="after")
    def _service_dates_in_order(self) -> ContractTerms:
        if self.service_start_date and self.service_end_date and self.service_end_date < self.service_start_date:
            raise ValueError(
                f"service_end_date {self.service_end_date} is before service_start_date {self.service_start_date}"
            )
        return self


class Usage(_Model):
    """Tokens and cost of the model calls behind one extraction (zero for the embedded extractor)."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_input_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cost_usd: Decimal = Decimal("0")
    calls: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cache_read_input_tokens=self.cache_read_input_tokens + other.cache_read_input_tokens,
            cache_creation_input_tokens=self.cache_creation_input_tokens + other.cache_creation_input_tokens,
            cost_usd=self.cost_usd + other.cost_usd,
            calls=self.calls + other.calls,
        )


class ExtractionResult(_Model):
    """What `accrue extract --json` prints."""

    terms: ContractTerms
    citations: dict[str, Citation] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    extractor: str
    usage: Usage = Field(default_factory=Usage)
