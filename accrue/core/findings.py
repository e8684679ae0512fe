"""Validation findings: stable codes, a severity, and the evidence a person needs to judge them.

Codes are a public contract (evaluations score them): add new ones, never rename. Which
findings make an action need approval is the policy's business (`policy.toml [findings]`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Severity = Literal["info", "warning", "error"]

FINDING_CODES = frozenset({
    "customer_name_mismatch", "amount_mismatch", "date_mismatch", "currency_mismatch", "missing_po",
    "non_standard_payment_terms", "sku_unmapped", "usage_duplicate_events", "usage_out_of_period",
    "usage_unknown_customer", "usage_spike", "short_payment", "overpayment", "unmatched_payment",
    "ungrounded_value", "extractor_disagreement", "missing_field", "non_standard_terms",
    "unknown_invoice", "inconsistent_terms", "usage_negative_quantity", "credit_exceeds_invoice",
    "duplicate_payment", "transcribed_page", "plan_unreconciled", "nothing_to_bill", "write_off_exceeds_balance",
    "entered_by_person", "unaccounted_amount", "weakly_read_value", "subscription_without_terms", "period_closed",
    "hidden_text", "usage_missing", "unknown_customer", "refund_exceeds_credit", "usage_already_billed",
    "true_up_stale", "stated_elsewhere",
})


class Finding(BaseModel):
    """One thing a person should know about the inputs of a run, with the field paths it concerns."""

    code: str
    severity: Severity = "warning"
    message: str
    fields: list[str] = Field(default_factory=list, description="Terms field paths involved")
    evidence: dict[str, Any] = Field(default_factory=dict)


def paths_overlap(a: str, b: str) -> bool:
    """Do two terms field paths concern the same value? A parent covers its children (`line_items[1]` covers
    `line_items[1].unit_price`, `line_items` covers both), and a child its parent."""
    return a == b or _under(a, b) or _under(b, a)


def _under(path: str, parent: str) -> bool:
    return path.startswith(parent + ".") or path.startswith(parent + "[")
