"""Who may decide a held action: names compared normalised, people and roles from [people], limits, own requests."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from accrue.adapters.policy_file import load_policy
from accrue.core.actions import CreateCreditNote, WriteOff
from accrue.core.approval import Allowed, Refused, may_act, may_decide, normalise_name
from accrue.core.errors import ConfigError
from accrue.core.policy import Policy

D = Decimal


@pytest.fixture
def policy(home: Path) -> Policy:
    """The demo policy plus a read-only sales person (a role [roles] does not define)."""
    demo = load_policy()
    return demo.model_copy(update={"people": {**demo.people, "Sam Sales": ["sales"]}})


def credit(amount: str, requested_by: str | None = None) -> CreateCreditNote:
    return CreateCreditNote(id="a1", invoice_id="INV-1", amount=D(amount), currency="USD", reason="SLA",
                            requested_by=requested_by)


def write_off(requested_by: str | None = None) -> WriteOff:
    return WriteOff(id="a3", invoice_id="INV-1", amount=D("2.50"), currency="USD", reason="fee",
                    requested_by=requested_by)


@pytest.mark.parametrize("variant", [
    "Dana Controller", "dana controller", "DANA CONTROLLER", "Dana  Controller", " Dana Controller\t",
    "Dana\u00a0Controller", "Dana\u200b Controller", "Da\u200bna Controller", "Da\u200dna Controller",
    "\ufeffDana Controller", "Dana\u2003Controller", "Ｄａｎａ Controller", "Dana Contro\u00adller",
])
def test_names_that_differ_only_by_case_spacing_or_invisible_characters_are_one_name(variant: str) -> None:
    assert normalise_name(variant) == "dana controller"


def test_different_names_stay_different() -> None:
    assert normalise_name("Dana Controller") != normalise_name("Dana Controllers")
    assert normalise_name("Dana Controller") != normalise_name("DanaController")
    assert normalise_name("\u200b \u00a0") == ""


def test_roles_limit_credits_and_write_offs(policy: Policy) -> None:
    assert may_decide(credit("5000.00"), "approve", "Fran Finance", None, policy) == Allowed(
        approver=may_act("Fran Finance", None, policy).approver, role="finance")  # type: ignore[union-attr]
    refused = may_decide(credit("5000.01"), "approve", "Fran Finance", None, policy)
    assert refused == Refused("credit of 5000.01 exceeds role 'finance' limit of 5000; a controller must approve it")
    assert isinstance(may_decide(credit("5000.01"), "approve", "Dana Controller", None, policy), Allowed)
    assert may_decide(write_off(), "approve", "Fran Finance", None, policy) == Refused(
        "role 'finance' may not approve write-offs; a controller must")
    assert isinstance(may_decide(write_off(), "approve", "Dana Controller", "controller", policy), Allowed)
    # rejecting has no limits: it stops the action
    assert isinstance(may_decide(write_off(), "reject", "Fran Finance", None, policy), Allowed)


def test_a_person_acts_only_in_a_role_they_hold(policy: Policy) -> None:
    ruling = may_act("Sam Lee", "finance", policy)
    assert isinstance(ruling, Allowed) and (ruling.approver.name, ruling.role) == ("Sam Lee", "finance")
    assert may_act("Sam Lee", None, policy) == Allowed(approver=ruling.approver, role="controller")  # the first
    assert may_act("Fran Finance", "controller", policy) == Refused(
        "Fran Finance does not hold the role 'controller' (policy.toml [people] gives finance); ask whoever owns "
        "policy.toml to add it")
    assert isinstance(may_decide(write_off(), "approve", "Fran Finance", "controller", policy), Refused)


def test_unknown_and_empty_names_decide_nothing(policy: Policy) -> None:
    for verdict in ("approve", "reject", "modify"):
        unknown = may_decide(credit("1.00"), verdict, "Mallory", "controller", policy)
        assert unknown == Refused("Mallory is not in policy.toml [people], so may not decide; ask whoever owns "
                                  "policy.toml to add them with their roles"), verdict
        for empty in ("", "   ", "\u200b", "\u00a0\u2060"):
            ruling = may_decide(credit("1.00"), verdict, empty, None, policy)
            assert isinstance(ruling, Refused) and "needs the name of the person" in ruling.reason
    # an unknown name that hides characters is shown with them escaped
    ruling = may_act("Mal\u200blory", None, policy)
    assert isinstance(ruling, Refused) and ruling.reason.startswith("'Mal\\u200blory' is not in policy.toml")


def test_a_read_only_role_decides_nothing(policy: Policy) -> None:
    for verdict in ("approve", "reject", "modify"):
        assert may_decide(credit("1.00"), verdict, "Sam Sales", None, policy) == Refused(
            "role 'sales' may not decide anything; roles that may: billing_specialist, controller, finance")


@pytest.mark.parametrize("approver", ["Dana Controller", "dana controller", "Dana \u200bController",
                                      "Dana\u00a0Controller", "Dana  Controller", "DANA CONTROLLER"])
def test_nobody_approves_or_modifies_what_they_requested(policy: Policy, approver: str) -> None:
    for action in (credit("10.00", requested_by="Dana Controller"), write_off(requested_by="dana\u200b controller")):
        for verdict in ("approve", "modify"):
            assert may_decide(action, verdict, approver, None, policy) == Refused(
                f"Dana Controller requested {action.id} and cannot approve their own request")
        assert isinstance(may_decide(action, "reject", approver, None, policy), Allowed)  # withdrawing it


def test_the_role_source_refuses_an_empty_name(home: Path) -> None:
    Path("policy.toml").write_text('[people]\n"\u200b " = "controller"\n')
    with pytest.raises(ConfigError, match=r"policy.toml: \[people\]: .* is not a name"):
        load_policy()
