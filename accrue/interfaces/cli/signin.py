"""Who is at the keyboard: a command that decides acts as the owner of `ACCRUE_TOKEN`, never as a typed name.

`accrue people token NAME` issues a person's token (the same sign-in `accrue serve` and LangGraph
Server accept); they keep it in `ACCRUE_TOKEN` or, with the `keyring` package, in their OS keyring.
`--as NAME` may still name them, for the audit trail to read as they expect, but it must be the token's
own person (names compared as `normalise_name` makes them): typing the controller's name makes nobody
the controller. An empty name, or one policy.toml `[people]` does not list, needs no token: it can
decide nothing, and the run service refuses and audits it with the reason `may_decide` gives everywhere
else (its own request, not being listed).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer

from accrue.adapters.people_tokens import TOKEN_ENV, SignIns
from accrue.core.approval import approver_named
from accrue.core.errors import ApprovalError
from accrue.core.names import normalise_name

if TYPE_CHECKING:  # the run service is heavy to import; `accrue --help` does not need it
    from accrue.workflow.service import RunService

KEYRING_SERVICE, KEYRING_USER = "accrue", "token"
AsOpt = Annotated[str | None, typer.Option(
    "--as", help=f"Your name as policy.toml [people] lists it; it must be the person {TOKEN_ENV} signs in as")]


def presented_token() -> str | None:
    """The token this person signs in with: `ACCRUE_TOKEN`, else the one kept in the OS keyring (service "accrue",
    user "token") when the `keyring` package is installed and a keyring answers."""
    token = os.environ.get(TOKEN_ENV)
    if token:
        return token
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except KeyringError:  # no keyring on this machine (a server, a container): the environment is the way
        return None


def signed_in(rt: RunService, claimed: str | None) -> str:
    """The person this command acts as (their name as `[people]` lists it), or ApprovalError saying how to sign in."""
    if claimed is not None and approver_named(claimed, rt.policy) is None:
        return claimed  # nobody unlisted decides anything: `may_decide` refuses it, and the refusal is audited
    token = presented_token()
    person = SignIns(rt.settings).person(token)
    if person is None:
        who = claimed or "NAME"
        raise ApprovalError(f"{TOKEN_ENV} is {'not valid' if token else 'not set'}: sign in with the token "
                            f"`accrue people token \"{who}\"` issued to you (export {TOKEN_ENV}=..., or keep it in "
                            f"your keyring: keyring set {KEYRING_SERVICE} {KEYRING_USER})")
    if claimed is not None and normalise_name(claimed) != normalise_name(person):
        raise ApprovalError(f"{TOKEN_ENV} signs in {person}, not {claimed.strip()}: each person decides with their "
                            "own token")
    listed = approver_named(person, rt.policy)
    if listed is None:
        raise ApprovalError(f"{person} signs in but is not in policy.toml [people], so may not decide; ask whoever "
                            "owns policy.toml to add them with their roles")
    return listed.name
