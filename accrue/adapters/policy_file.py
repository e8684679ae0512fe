"""Reading the approval policy from `policy.toml` files: the defaults shipped beside this module, then overrides.

`load_policy` starts from `policy.toml` here, then applies the file `ACCRUE_POLICY` names (passed in
as `path`) or `./policy.toml` when there is one, key by key; `[people]` is replaced whole. The
policy's models and rules are `accrue.core.policy`; this module only reads and merges the files
(and checks that every `[completeness] assume` value is one the terms model accepts).
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from accrue.core.approval import approvers
from accrue.core.completeness import with_assumptions
from accrue.core.errors import ConfigError
from accrue.core.policy import DunningRules, GateRule, GateRules, Policy, RoleRights
from accrue.core.terms import ContractTerms

DEFAULT_POLICY_FILE = Path(__file__).with_name("policy.toml")


def load_policy(path: Path | None = None) -> Policy:
    """Defaults, overridden key by key by `path` or ./policy.toml when present; `[people]` is replaced whole."""
    data = _read(DEFAULT_POLICY_FILE)
    override = path or (Path("policy.toml") if Path("policy.toml").is_file() else None)
    if override is not None:
        for key, value in _read(override).items():
            if key == "people":  # your team replaces the demo's people: nobody keeps rights by accident
                data[key] = value
            else:
                data[key] = {**data.get(key, {}), **value} if isinstance(value, dict) else value
    approval = data.get("approval", {})
    payments = data.get("payments", {})
    completeness = data.get("completeness", {})
    people = dict(data.get("people", {}))
    if "default_role" in people:  # a role for anyone unlisted would let any claimed name decide
        raise ConfigError(f"{override or DEFAULT_POLICY_FILE}: [people] default_role is no longer read: only people "
                          "listed by name may decide; remove it and list each person who decides with their roles")
    try:
        policy = Policy(
            allowed_payment_terms_days=frozenset(approval.get("allowed_payment_terms_days", [0, 15, 30])),
            invoice_threshold=Decimal(str(approval.get("invoice_threshold", "25000"))),
            usage_spike_factor=Decimal(str(approval.get("usage_spike_factor", "3"))),
            usage_trailing_months=int(approval.get("usage_trailing_months", 3)),
            write_off_tolerance=Decimal(str(payments.get("write_off_tolerance", "5.00"))),
            action_rules=dict(data.get("actions", {})),
            finding_rules={k: GateRule.model_validate(v) for k, v in data.get("findings", {}).items()},
            kind_rules={k: GateRule.model_validate(v) for k, v in data.get("kinds", {}).items()},
            roles={k: RoleRights.model_validate(v) for k, v in data.get("roles", {}).items()},
            people=people,
            completeness=GateRules(tolerance=Decimal(str(completeness.get("tolerance", "0"))),
                                   assume={k: str(v) for k, v in completeness.get("assume", {}).items()},
                                   distrust=frozenset(completeness.get("distrust", ()))),
            dunning=DunningRules.model_validate(data.get("dunning", {})))
    except (ValueError, ArithmeticError, TypeError) as exc:
        raise ConfigError(f"{override or DEFAULT_POLICY_FILE}: invalid policy ({exc}); fix the value") from exc
    try:
        approvers(policy)  # one entry per person, each a name: refused now, not at someone's first decision
    except ConfigError as exc:
        raise ConfigError(f"{override or DEFAULT_POLICY_FILE}: {exc}") from exc
    _check_assumptions(policy.completeness, override or DEFAULT_POLICY_FILE)
    return policy


def _check_assumptions(rules: GateRules, source: Path) -> None:
    """Each assumed term must be a term the terms model knows, with a value it accepts."""
    for key, value in rules.assume.items():
        field = ContractTerms.model_fields.get(key)
        if field is None or field.default is not None:
            raise ConfigError(f"{source}: [completeness] assume.{key}: not a single term a form can leave out; "
                              "assume a term like billing_timing, billing_frequency or payment_terms_days")
        try:
            with_assumptions(ContractTerms(), GateRules(assume={key: value}))
        except ValidationError as exc:
            problem = str(exc.errors()[0].get("msg", "invalid")).removeprefix("Value error, ")
            raise ConfigError(f"{source}: [completeness] assume.{key} = {value!r} cannot be assumed ({problem}); "
                              "use a terms field such as billing_timing with a value like \"advance\"") from exc


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text())
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: policy file not found; check ACCRUE_POLICY") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix the file") from exc
