"""The approval policy: every action type has a rule and a tool, deny by default, the issue's rules, the people.

Who may decide a held action is `accrue.core.approval`'s ruling: tests/test_approval.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from accrue.adapters.policy_file import load_policy
from accrue.core.actions import (
    ACTION_TYPES,
    CreateCreditNote,
    CreateCustomer,
    CreateInvoice,
    CreateSubscription,
    InvoiceLine,
    Notify,
    WriteOff,
)
from accrue.core.approval import approver_named
from accrue.core.errors import ConfigError
from accrue.core.findings import Finding
from accrue.core.policy import Policy, PolicyContext, apply_policy, reasons_for

D = Decimal


@pytest.fixture
def policy(home: Path) -> Policy:
    return load_policy()


def invoice(amount: str = "1000.00", evidence: list[str] | None = None, currency: str = "USD") -> CreateInvoice:
    return CreateInvoice(id="a2", invoice_id="inv-1", customer="cus-1", invoice_date=date(2026, 1, 1),
                         due_date=date(2026, 1, 31), currency=currency, amount=D(amount),
                         lines=[InvoiceLine(description="x", amount=D(amount))], evidence=evidence or [])


def credit(amount: str, requested_by: str | None = None) -> CreateCreditNote:
    return CreateCreditNote(id="a1", invoice_id="INV-1", amount=D(amount), currency="USD", reason="SLA",
                            requested_by=requested_by)


def test_every_action_type_has_a_policy_rule_and_states_its_currency(policy: Policy) -> None:
    for action_type, model in ACTION_TYPES.items():
        assert policy.action_rules.get(action_type) in {"rules", "always"}, action_type
        schema = model.model_json_schema()
        if "currency" in schema["properties"]:  # an amount's currency is stated, never assumed
            assert "currency" in schema["required"], action_type


def test_an_action_type_without_a_rule_is_denied_by_default(policy: Policy) -> None:
    bare = policy.model_copy(update={"action_rules": {k: v for k, v in policy.action_rules.items()
                                                      if k != "notify"}})
    reasons = reasons_for(Notify(channel="#x", message="hi"), PolicyContext(), bare)
    assert reasons == ["no policy rule covers notify"]


def test_credit_notes_and_write_offs_always_need_approval(policy: Policy) -> None:
    assert reasons_for(credit("1.00"), PolicyContext(kind="change_request"), policy) == [
        "credit notes always need approval"]
    wo = WriteOff(invoice_id="INV-1", amount=D("2.50"), currency="EUR", reason="bank fee")
    assert reasons_for(wo, PolicyContext(kind="payment"), policy) == ["write-offs always need approval"]


def test_invoice_threshold_is_inclusive(policy: Policy) -> None:
    assert reasons_for(invoice("24999.99"), PolicyContext(), policy) == []
    assert reasons_for(invoice("25000.00", currency="EUR"), PolicyContext(), policy) == [
        "invoice amount EUR 25,000.00 is at or above the 25,000 threshold"]


def test_findings_gate_the_actions_they_concern(policy: Policy) -> None:
    ctx = PolicyContext(payment_terms_days=45, findings=[
        Finding(code="non_standard_payment_terms", message="Net 45", fields=["payment_terms_days"]),
        Finding(code="missing_po", message="no PO", fields=["po_required"]),
        Finding(code="date_mismatch", message="dates differ", fields=["effective_date"])])
    assert reasons_for(invoice(), ctx, policy) == [
        "payment terms Net 45 are outside the allowed Net 0, 15 or 30 days",
        "the contract requires a PO but none is given"]
    customer = CreateCustomer(customer_id="c", customer_legal_name="C", currency="USD")
    assert reasons_for(customer, ctx, policy) == []
    name = PolicyContext(findings=[Finding(code="customer_name_mismatch", message="m")])
    assert reasons_for(customer, name, policy) == ["CRM and contract disagree on the customer name"]


def test_ungrounded_values_gate_only_the_actions_that_depend_on_them(policy: Policy) -> None:
    ctx = PolicyContext(findings=[Finding(code="ungrounded_value", message="u", fields=["line_items[1].unit_price"])])
    assert reasons_for(invoice(evidence=["line_items[1]", "currency"]), ctx, policy) == [
        "depends on a value not found in the document: line_items[1].unit_price"]
    assert reasons_for(invoice(evidence=["line_items[0]"]), ctx, policy) == []
    disputed = PolicyContext(findings=[Finding(code="extractor_disagreement", message="d", fields=["currency"])])
    assert reasons_for(invoice(evidence=["currency"]), disputed, policy) == [
        "depends on a value the extractors disagree on: currency"]


def test_usage_spikes_and_negative_quantities_gate_the_usage_invoice(policy: Policy) -> None:
    for code in ("usage_spike", "usage_negative_quantity"):
        ctx = PolicyContext(kind="usage", findings=[Finding(code=code, message="m")])
        assert reasons_for(invoice(), ctx, policy), code


def test_amendments_need_approval(policy: Policy) -> None:
    ctx = PolicyContext(kind="amendment")
    sub = CreateSubscription(subscription_id="s", customer="c", start_date=date(2026, 1, 1),
                             billing_frequency="annual", billing_timing="advance", currency="USD", items=[])
    for action in (invoice(), sub):
        assert reasons_for(action, ctx, policy) == ["amendments need approval"]
    assert reasons_for(Notify(channel="#b", message="m"), ctx, policy) == []


def test_apply_policy_marks_and_keeps_planner_reasons(policy: Policy) -> None:
    planned = invoice("30000.00").model_copy(update={"reasons": ["planner says so"]})
    (marked,) = apply_policy([planned], PolicyContext(), policy)
    assert marked.needs_approval and marked.reasons[0] == "planner says so" and len(marked.reasons) == 2


def test_people_have_their_listed_roles_and_nobody_else_has_one(policy: Policy) -> None:
    dana = approver_named("Dana Controller", policy)
    assert dana is not None and dana.roles == ("controller",)
    sam = approver_named("Sam Lee", policy)
    assert sam is not None and sam.roles == ("controller", "finance")
    assert approver_named("someone else", policy) is None


def test_a_local_policy_file_overrides_the_defaults(home: Path) -> None:
    Path("policy.toml").write_text('[approval]\ninvoice_threshold = "10000"\n\n[people]\n"Fran" = "controller"\n')
    policy = load_policy()
    assert policy.invoice_threshold == D("10000")
    assert policy.allowed_payment_terms_days == frozenset({0, 15, 30})  # untouched keys keep their defaults
    # A team's [people] replaces the demo's: the demo controller is nobody's approver now.
    fran = approver_named("Fran", policy)
    assert fran is not None and fran.roles == ("controller",)
    assert approver_named("Dana Controller", policy) is None
    assert reasons_for(invoice("10000.00"), PolicyContext(), policy)


def test_a_broken_policy_file_is_a_clear_error(home: Path) -> None:
    Path("policy.toml").write_text('[approval]\ninvoice_threshold = "lots"\n')
    with pytest.raises(ConfigError, match="policy.toml: invalid policy"):
        load_policy()
    Path("policy.toml").write_text("[approval\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_policy()


def test_a_policy_that_gives_unlisted_people_a_role_is_refused(home: Path) -> None:
    """`default_role` let any claimed name decide; an old file that has it is refused, naming the fix."""
    Path("policy.toml").write_text('[people]\ndefault_role = "finance"\n"Fran" = "controller"\n')
    with pytest.raises(ConfigError, match=r"policy.toml: \[people\] default_role is no longer read.*list each person"):
        load_policy()


def test_one_person_listed_twice_is_refused(home: Path) -> None:
    Path("policy.toml").write_text('[people]\n"Fran Lee" = "controller"\n"fran\u00a0 LEE" = "finance"\n')
    with pytest.raises(ConfigError, match="policy.toml: \\[people\\]: 'Fran Lee' and .* are the same person"):
        load_policy()


def test_a_disputed_customer_name_gates_the_invoice_to_an_existing_customer(policy: Policy) -> None:
    # The name picks whom the invoice bills. With the customer already in the books there is no create_customer
    # to stop, so the invoice itself must wait when the extractors disagree on that name.
    from accrue.core.planner import plan_new_contract
    from accrue.core.terms import ContractTerms, Tier, UsageRule

    terms = ContractTerms.model_validate({
        "customer_legal_name": "Acme Corporation", "currency": "USD", "service_start_date": "2026-05-01",
        "payment_terms_days": 30, "line_items": [{"description": "Platform", "unit_price": "1200.00"}]})
    actions = plan_new_contract(terms, None, run_id="run-disputed", existing_customers={"cus-acme": "Acme Corp"})
    assert [a.type for a in actions][0] == "create_invoice" and actions[0].customer == "cus-acme"  # type: ignore[union-attr]
    disputed = PolicyContext(findings=[Finding(code="extractor_disagreement", fields=["customer_legal_name"],
                                               message="rules=Acme Corp claude=Acme Holdings")])
    marked = {a.type: a for a in apply_policy(actions, disputed, policy)}
    assert marked["create_invoice"].reasons == [
        "depends on a value the extractors disagree on: customer_legal_name"]
    # a usage run finds its customer by the contract's name as well
    from accrue.core.billing.periods import Period
    from accrue.core.planner import UsageInputs, plan_usage

    metered = terms.model_copy(update={"usage_rules": [UsageRule(metric="API calls", tiers=[
        Tier(up_to=None, unit_price=D("0.01"))])]})
    usage = UsageInputs("cus-acme", Period(date(2026, 5, 1), date(2026, 5, 31)), {0: D("1000")}, {})
    (invoice_action,) = [a for a in plan_usage(metered, usage, run_id="run-u", customer_name="Acme")
                         if a.type == "create_invoice"]
    assert apply_policy([invoice_action], disputed, policy)[0].needs_approval
