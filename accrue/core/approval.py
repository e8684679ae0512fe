"""Who may decide a held action: the one ruling on every approval, rejection and modification, wherever it comes from.

The people and their roles have one source, the policy's `[people]` (policy.toml); what each role may
approve is its `[roles]` entry. The CLI, the chat, the service's inbox and every resume value that
reaches the review step (LangGraph Server's thread API included) ask `may_decide`, so each gets the
same answer with the same reason. Names are compared as `normalise_name` makes them, so a name that
differs only by an invisible character, a no-break space, doubled spaces or case is the same person:
nobody unlisted decides anything, and nobody approves what they requested.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from accrue.core.actions import Action, CreateCreditNote, RefundCredit, WriteOff
from accrue.core.corrections import Correction, entered_value_conflict
from accrue.core.errors import ConfigError
from accrue.core.names import normalise_name
from accrue.core.policy import Policy

Verdict = Literal["approve", "reject", "modify"]


@dataclass(frozen=True)
class Approver:
    """A person of the role source: their name as compared, as listed in `[people]`, and the roles it gives them."""

    key: str
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Allowed:
    """The person may decide, as `approver` (the listed name goes into the audit trail) in `role`."""

    approver: Approver
    role: str


@dataclass(frozen=True)
class Refused:
    """The decision may not stand, and why (shown to the person, written to the audit trail)."""

    reason: str


Ruling = Allowed | Refused


def approvers(policy: Policy) -> dict[str, Approver]:
    """The role source: everyone `[people]` lists, by their normalised name. Two entries for one person (names
    equal once normalised) or an empty name are a broken policy, refused rather than resolved either way."""
    found: dict[str, Approver] = {}
    for name, roles in policy.people.items():
        key = normalise_name(name)
        if not key:
            raise ConfigError(f"[people]: {name!r} is not a name; remove that entry")
        if key in found:
            raise ConfigError(f"[people]: {found[key].name!r} and {name!r} are the same person once "
                              "spaces, case and invisible characters are set aside; list each person once")
        found[key] = Approver(key=key, name=name, roles=tuple(roles))
    return found


def approver_named(person: str, policy: Policy) -> Approver | None:
    """The listed person this name means, if `[people]` lists them."""
    return approvers(policy).get(normalise_name(person))


def may_act(person: str, role: str | None, policy: Policy) -> Ruling:
    """Whether this person may decide anything in this role (None: the first role `[people]` gives them).

    Use it where there is no action yet (a chat's `--role`, the inbox page); `may_decide` starts with it.
    """
    if not normalise_name(person):
        return Refused("a decision needs the name of the person making it; policy.toml [people] lists who may decide")
    approver = approver_named(person, policy)
    if approver is None:
        return Refused(f"{_shown(person)} is not in policy.toml [people], so may not decide; ask whoever owns "
                       "policy.toml to add them with their roles")
    if not approver.roles:
        return Refused(f"{approver.name} holds no role in policy.toml [people]")
    acting = approver.roles[0] if role is None else role
    if acting not in approver.roles:
        return Refused(f"{approver.name} does not hold the role '{acting}' (policy.toml [people] gives "
                       f"{', '.join(approver.roles)}); ask whoever owns policy.toml to add it")
    if acting not in policy.roles:
        return Refused(f"role '{acting}' may not decide anything; roles that may: {', '.join(sorted(policy.roles))}")
    return Allowed(approver=approver, role=acting)


def may_decide(action: Action, verdict: Verdict, person: str, role: str | None, policy: Policy,
               corrections: Sequence[Correction] = ()) -> Ruling:
    """The ruling on one person's decision on one held action: the only place that says who may decide what.

    Approving or modifying takes someone who did not request the action (checked first: it is the reason the
    requester needs to hear) and did not enter a corrected value it depends on (`corrections`: nobody approves
    their own correction alone), listed in `[people]`, in a role they hold that `[roles]` gives rights, within its
    limits (credits and refunds up to `max_credit`, write-offs with `may_write_off`). Rejecting takes the same person
    and role but no limits: it stops an action, and a requester may withdraw their own request.
    """
    key = normalise_name(person)
    if verdict != "reject" and key and action.requested_by is not None \
            and normalise_name(action.requested_by) == key:
        listed = approver_named(person, policy)
        return Refused(f"{listed.name if listed else _shown(action.requested_by)} requested {action.id} and cannot "
                       "approve their own request")
    if verdict != "reject" and (entered := entered_value_conflict(action, person, corrections)):
        return Refused(entered)
    acting = may_act(person, role, policy)
    if isinstance(acting, Refused) or verdict == "reject":
        return acting
    rights = policy.roles[acting.role]
    if isinstance(action, WriteOff) and not rights.may_write_off:
        return Refused(f"role '{acting.role}' may not approve write-offs; a controller must")
    if isinstance(action, CreateCreditNote | RefundCredit) and action.amount > rights.max_credit:
        what = "refund" if isinstance(action, RefundCredit) else "credit"
        return Refused(f"{what} of {action.amount} exceeds role '{acting.role}' limit of {rights.max_credit}; "
                       "a controller must approve it")
    return acting


def _shown(person: str) -> str:
    """A claimed name as a message shows it: quoted with escapes when it holds characters nobody can see."""
    name = person.strip()
    return name if name.isprintable() else ascii(name)
