"""Approval policy: which proposed actions need a person, why, and who may decide.

Rules live in `policy.toml` (defaults beside this module); each decision carries its
reason. The policy reads only typed actions and findings: contract text cannot reach
it, so no document can approve, skip approval or change policy. An action type that no
rule covers needs approval (deny by default).
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from agent.errors import ConfigError
from agent.findings import Finding
from tools.actions import Action

DEFAULT_POLICY_FILE = Path(__file__).with_name("policy.toml")

# Finding codes that make the contract-level actions (customer, subscription, invoice) sensitive.
_CONTRACT_FINDINGS = {
    "customer_name_mismatch": "CRM and contract disagree on the customer name",
    "amount_mismatch": "CRM and contract disagree on the amount",
    "currency_mismatch": "CRM and contract disagree on the currency",
    "missing_po": "the contract requires a PO but none is given",
    "non_standard_terms": "the contract has non-standard terms",
    "non_standard_payment_terms": None,  # worded from the terms
    "extractor_disagreement": "extractors disagree on a field this action depends on",
    "inconsistent_terms": "the contract's figures do not add up",
    "missing_field": "a required term could not be read",
    "usage_spike": "usage is far above its trailing average",
    "date_mismatch": None,
}
# The customer record itself depends only on who the customer is.
_CUSTOMER_FINDINGS = {"customer_name_mismatch", "currency_mismatch", "missing_field"}
_CONTRACT_ACTIONS = {"create_customer", "create_subscription", "create_invoice"}
_KNOWN_TYPES = {"create_customer", "create_subscription", "create_invoice", "create_credit_note", "apply_payment",
                "write_off", "create_collections_task", "post_journal_entry", "update_crm", "notify"}


class RoleRights(BaseModel):
    max_credit: Decimal = Decimal("0")
    may_write_off: bool = False


class Policy(BaseModel):
    allowed_payment_terms_days: frozenset[int] = frozenset({0, 15, 30})
    invoice_threshold: Decimal = Decimal("25000")
    usage_spike_factor: Decimal = Decimal("3")
    roles: dict[str, RoleRights] = Field(default_factory=dict)
    people: dict[str, str] = Field(default_factory=dict)
    default_role: str = "finance"

    def role_of(self, person: str) -> str:
        return self.people.get(person, self.people.get(person.lower(), self.default_role))


def load_policy(path: Path | None = None) -> Policy:
    """Defaults, overridden by `path` or ./policy.toml when present."""
    data = _read(DEFAULT_POLICY_FILE)
    override = path or (Path("policy.toml") if Path("policy.toml").is_file() else None)
    if override is not None:
        for key, value in _read(override).items():
            data[key] = {**data.get(key, {}), **value} if isinstance(value, dict) else value
    approval = data.get("approval", {})
    people = dict(data.get("people", {}))
    default_role = people.pop("default_role", "finance")
    try:
        return Policy(
            allowed_payment_terms_days=frozenset(approval.get("allowed_payment_terms_days", [0, 15, 30])),
            invoice_threshold=Decimal(str(approval.get("invoice_threshold", "25000"))),
            usage_spike_factor=Decimal(str(approval.get("usage_spike_factor", "3"))),
            roles={k: RoleRights.model_validate(v) for k, v in data.get("roles", {}).items()},
            people=people, default_role=default_role)
    except (ValueError, ArithmeticError) as exc:
        raise ConfigError(f"{override or DEFAULT_POLICY_FILE}: invalid policy ({exc}); fix the value") from exc


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text())
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: policy file not found; check ACCRUE_POLICY") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix the file") from exc


class PolicyContext(BaseModel):
    """What the policy may look at besides the action: the event kind and the validation findings."""

    kind: str = "new_contract"
    findings: list[Finding] = Field(default_factory=list)
    payment_terms_days: int | None = None


def reasons_for(action: Action, ctx: PolicyContext, policy: Policy) -> list[str]:
    """Every reason this action needs a person; empty means it may run unattended."""
    reasons: list[str] = []
    kind = action.type
    if kind not in _KNOWN_TYPES:
        return [f"no policy rule covers {kind}"]
    if kind in _CONTRACT_ACTIONS:
        if ctx.kind == "amendment":
            reasons.append("amendments need approval")
        seen: set[str] = set()
        for f in ctx.findings:
            if f.code not in _CONTRACT_FINDINGS or f.code in seen:
                continue
            if kind == "create_customer" and f.code not in _CUSTOMER_FINDINGS:
                continue
            if f.code == "non_standard_payment_terms":
                reasons.append(f"payment terms Net {ctx.payment_terms_days} are outside the allowed "
                               f"{sorted(policy.allowed_payment_terms_days)} days")
            elif f.code == "date_mismatch":
                continue
            else:
                reasons.append(_CONTRACT_FINDINGS[f.code] or f.code)
            seen.add(f.code)
        ungrounded = [p for f in ctx.findings if f.code == "ungrounded_value" for p in f.fields
                      if _depends(action.evidence, p)]
        if ungrounded:
            reasons.append("depends on values not found in the document: " + ", ".join(sorted(set(ungrounded))))
    if kind == "create_invoice":
        amount = action.amount  # type: ignore[union-attr]
        if amount >= policy.invoice_threshold:
            reasons.append(f"invoice amount {amount} {action.currency} is at or above the "  # type: ignore[union-attr]
                           f"{policy.invoice_threshold} threshold")
    if kind == "create_credit_note":
        reasons.append("credit notes always need approval")
    if kind == "write_off":
        reasons.append("write-offs always need approval")
    return reasons


def _depends(evidence: list[str], path: str) -> bool:
    return any(path == e or path.startswith(e + ".") or path.startswith(e + "[") for e in evidence)


def apply_policy(actions: list[Action], ctx: PolicyContext, policy: Policy) -> list[Action]:
    """Mark each action `needs_approval` with its reasons; reasons already set by the planner are kept."""
    out: list[Action] = []
    for action in actions:
        reasons = list(dict.fromkeys([*action.reasons, *reasons_for(action, ctx, policy)]))
        out.append(action.model_copy(update={"needs_approval": bool(reasons), "reasons": reasons}))
    return out


DecisionKind = Literal["approve", "reject"]


def may_decide(action: Action, person: str, role: str, policy: Policy) -> tuple[bool, str]:
    """Whether this person, in this role, may decide this action; the reason when not."""
    if action.requested_by and action.requested_by.strip().lower() == person.strip().lower():
        return False, f"{person} requested {action.id} and cannot approve their own request"
    rights = policy.roles.get(role)
    if rights is None:
        return False, f"role '{role}' may not approve anything; known roles: {', '.join(policy.roles)}"
    if action.type == "write_off" and not rights.may_write_off:
        return False, f"role '{role}' may not approve write-offs; a controller must"
    if action.type == "create_credit_note" and action.amount > rights.max_credit:  # type: ignore[union-attr]
        return False, (f"credit of {action.amount} exceeds role '{role}' limit of {rights.max_credit}; "  # type: ignore[union-attr]
                       "a controller must approve it")
    return True, ""
