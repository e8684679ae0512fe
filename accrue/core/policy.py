"""Approval policy: which proposed actions need a person, and why; what each role may approve, and who holds it.

Rules come from `policy.toml` (read by `accrue.adapters.policy_file`): per action type ("rules"
or "always"), per finding code (the reason and the action types it gates), per event kind, the
invoice threshold, the roles' rights and the people who hold them. Each decision carries its
reason. The policy reads only typed actions and findings: contract text cannot reach it, so no
document can approve, skip approval or change policy. An action type with no rule needs approval
(deny by default). Whether a given person may decide a held action is `accrue.core.approval`'s ruling.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Literal, get_args

from pydantic import BaseModel, Field, field_validator

from accrue.core.actions import Action, CreateInvoice
from accrue.core.findings import Finding
from accrue.core.money import format_money
from accrue.core.terms import Method

DEPENDENT = "dependent"

ActionRule = Literal["rules", "always"]


class RoleRights(BaseModel):
    max_credit: Decimal = Decimal("0")
    may_write_off: bool = False


class GateRule(BaseModel):
    """A finding code or event kind that makes some action types need approval, and why."""

    reason: str
    actions: list[str]


class GateRules(BaseModel):
    """The `[completeness]` table of policy.toml: how strict the completeness gate is (`accrue.core.completeness`)."""

    tolerance: Decimal = Field(default=Decimal("0"), ge=0, description="Allowed difference, in currency units")
    assume: dict[str, str] = Field(default_factory=dict,
                                   description="Terms a team accepts by default when a form is silent, e.g. "
                                               "billing_timing = 'advance'; shown on every run that relies on one")
    distrust: frozenset[str] = Field(
        default_factory=frozenset,
        description="'term:method' pairs (e.g. 'billing_anchor:prose') whose values a person confirms: ways of "
                    "reading a term that no later check reconciles and that were too often wrong on forms the "
                    "reader had not seen (evals/method_precision.py)")

    @field_validator("distrust")
    @classmethod
    def _term_and_method(cls, pairs: frozenset[str]) -> frozenset[str]:
        methods = set(get_args(Method))
        for pair in pairs:
            term, _, method = pair.partition(":")
            if not term or method not in methods:
                raise ValueError(f"[completeness] distrust entry '{pair}' is not 'term:method' with a method of "
                                 f"{', '.join(sorted(methods))}")
        return pairs


class DunningRules(BaseModel):
    """The `[dunning]` table of policy.toml: when overdue invoices are reminded, chased and charged late fees
    (`accrue.core.dunning`)."""

    reminder_days: list[int] = Field(default_factory=lambda: [7, 21, 45],
                                     description="Days overdue at which a reminder goes out, one per step")
    collections_after_days: int = Field(default=60, ge=0,
                                        description="Days overdue from which collections gets a task (0: never)")
    late_fees: bool = Field(default=True, description="Propose the contract's late fee with each reminder")
    late_fee_basis: Literal["days", "months"] = Field(
        default="days", description="Interest by days overdue (the monthly rate x 12 / 365 a day) or whole months")

    @field_validator("reminder_days")
    @classmethod
    def _ascending_positive(cls, days: list[int]) -> list[int]:
        if any(d < 1 for d in days) or sorted(set(days)) != days:
            raise ValueError(f"[dunning] reminder_days {days} must be days overdue of 1 or more, ascending, each once")
        return days


class Policy(BaseModel):
    allowed_payment_terms_days: frozenset[int] = frozenset({0, 15, 30})
    invoice_threshold: Decimal = Decimal("25000")
    usage_spike_factor: Decimal = Decimal("3")
    usage_trailing_months: int = 3
    write_off_tolerance: Decimal = Decimal("5.00")
    action_rules: dict[str, ActionRule] = Field(default_factory=dict)
    finding_rules: dict[str, GateRule] = Field(default_factory=dict)
    kind_rules: dict[str, GateRule] = Field(default_factory=dict)
    roles: dict[str, RoleRights] = Field(default_factory=dict)
    people: dict[str, list[str]] = Field(default_factory=dict, description="name -> roles, the first the usual one")
    completeness: GateRules = Field(default_factory=GateRules)
    dunning: DunningRules = Field(default_factory=DunningRules)

    @field_validator("people", mode="before")
    @classmethod
    def _roles_as_lists(cls, value: dict[str, str | list[str]]) -> dict[str, list[str]]:
        return {name: [roles] if isinstance(roles, str) else list(roles) for name, roles in value.items()}


class PolicyContext(BaseModel):
    """What the policy may look at besides the action: the event kind, the validation findings and the contract
    terms the planner used (whether it requires a PO)."""

    kind: str = "new_contract"
    findings: list[Finding] = Field(default_factory=list)
    payment_terms_days: int | None = None
    po_required: bool | None = None


def reasons_for(action: Action, ctx: PolicyContext, policy: Policy) -> list[str]:
    """Every reason this action needs a person; empty means it may run unattended."""
    kind = action.type
    rule = policy.action_rules.get(kind)
    if rule is None:
        return [f"no policy rule covers {kind}"]
    reasons: list[str] = []
    if rule == "always":
        reasons.append(_ALWAYS.get(kind, f"every {kind.replace('_', ' ')} needs approval"))
    gate = policy.kind_rules.get(ctx.kind)
    if gate and kind in gate.actions:
        reasons.append(gate.reason)
    seen: set[str] = set()
    for f in ctx.findings:
        gate = policy.finding_rules.get(f.code)
        if gate is None:
            continue
        if DEPENDENT in gate.actions:
            paths = sorted({p for p in f.fields if _depends(action.evidence, p)})
            if paths:
                reasons.append(f"{gate.reason}: {', '.join(paths)}")
            continue
        if kind not in gate.actions or f.code in seen:
            continue
        seen.add(f.code)
        if f.code == "non_standard_payment_terms" and ctx.payment_terms_days is not None:
            reasons.append(f"payment terms Net {ctx.payment_terms_days} are outside the allowed "
                           f"{_allowed_terms(policy.allowed_payment_terms_days)}")
        else:
            reasons.append(gate.reason)
    if isinstance(action, CreateInvoice):
        reasons += _invoice_reasons(action, ctx, policy)
    return list(dict.fromkeys(reasons))


def _allowed_terms(days: Iterable[int]) -> str:
    """The allowed payment terms as a person reads them: "Net 0, 15 or 30 days"."""
    listed = [str(d) for d in sorted(days)]
    return "Net " + (", ".join(listed[:-1]) + " or " + listed[-1] if len(listed) > 1 else "".join(listed)) + " days"


def _invoice_reasons(invoice: CreateInvoice, ctx: PolicyContext, policy: Policy) -> list[str]:
    """The invoice rules, read from the invoice itself, so they hold for every invoice whatever run planned it (a
    usage invoice, an amendment's, a re-issued one): its own payment terms (due date minus invoice date), a PO the
    contract requires, the amount threshold."""
    reasons: list[str] = []
    days = (invoice.due_date - invoice.invoice_date).days
    if days not in policy.allowed_payment_terms_days:
        reasons.append(f"payment terms Net {days} are outside the allowed "
                       f"{_allowed_terms(policy.allowed_payment_terms_days)}")
    if ctx.po_required and not invoice.po_number:
        rule = policy.finding_rules.get("missing_po")
        reasons.append(rule.reason if rule else "the contract requires a PO but none is given")
    if invoice.amount >= policy.invoice_threshold:
        reasons.append(f"invoice amount {format_money(invoice.amount, invoice.currency)} is at or above the "
                       f"{policy.invoice_threshold:,} threshold")
    return reasons


_ALWAYS = {"create_credit_note": "credit notes always need approval",
           "write_off": "write-offs always need approval",
           "apply_credit": "applying held credit to invoices always needs approval",
           "refund_credit": "refunds always need approval"}


def _depends(evidence: list[str], path: str) -> bool:
    """Does an action citing `evidence` rely on field `path`? (a parent covers its children and vice versa)"""
    return any(path == e or path.startswith(e + ".") or path.startswith(e + "[")
               or e.startswith(path + ".") or e.startswith(path + "[") for e in evidence)


def apply_policy(actions: list[Action], ctx: PolicyContext, policy: Policy) -> list[Action]:
    """Mark each action `needs_approval` with its reasons; reasons already set by the planner are kept."""
    out: list[Action] = []
    for action in actions:
        reasons = list(dict.fromkeys([*action.reasons, *reasons_for(action, ctx, policy)]))
        out.append(action.model_copy(update={"needs_approval": bool(reasons), "reasons": reasons}))
    return out
