"""Sign-in for LangGraph Server (named under "auth" in `langgraph.json`): bearer tokens are accrue's people.

Every request must carry `Authorization: Bearer <token>`, a token `accrue people token NAME` issued (or one
of accrue.toml `[server] approvers`): the same sign-in the command line and `accrue serve` accept, looked up
in the same database (`DATABASE_URL` / `ACCRUE_HOME`). The authenticated user's identity is the person's
name as policy.toml `[people]` lists it, and their permissions are their roles there; the review step takes
the decider from this identity (`runtime.server_info.user`), never from the resume value. A person whose
roles give no rights (sales) reads threads and runs but creates, updates and resumes nothing.
"""

from __future__ import annotations

import asyncio
from typing import Any

from langgraph_sdk import Auth

from accrue.adapters.people_tokens import SignIns
from accrue.adapters.policy_file import load_policy
from accrue.core.approval import Refused, approver_named, may_act
from accrue.settings import load_settings

auth = Auth()

# Actions that only read: everyone signed in may take them.
_READS = frozenset({"read", "search", "get", "list_namespaces"})


def _person(authorization: str | None) -> tuple[str, tuple[str, ...]] | None:
    """The signed-in person and their roles, or None (blocking: a database read)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    settings = load_settings()
    name = SignIns(settings).person(token.strip())
    listed = approver_named(name, load_policy(settings.policy_file)) if name else None
    return (listed.name, listed.roles) if listed else None


def _refusal(person: str) -> str | None:
    """Why this person may change nothing (blocking: reads the policy), or None when their role may decide."""
    ruling = may_act(person, None, load_policy(load_settings().policy_file))
    return ruling.reason if isinstance(ruling, Refused) else None


@auth.authenticate
async def authenticate(authorization: str | None) -> Auth.types.MinimalUserDict:
    """Who the bearer token signs in: a person of policy.toml [people], with their roles as permissions."""
    found = await asyncio.to_thread(_person, authorization)
    if found is None:
        raise Auth.exceptions.HTTPException(status_code=401, detail=(
            "sign in with your accrue token (Authorization: Bearer <token>; `accrue people token NAME` issues it "
            "to a person policy.toml [people] lists)"))
    name, roles = found
    return {"identity": name, "display_name": name, "permissions": list(roles)}


@auth.on
async def read_only_without_rights(ctx: Auth.types.AuthContext, value: Any) -> bool:
    """Reads for everyone signed in; creating, updating, deleting and running only for a role that may decide."""
    if ctx.action in _READS:
        return True
    why = await asyncio.to_thread(_refusal, ctx.user.identity)
    if why is not None:
        raise Auth.exceptions.HTTPException(status_code=403, detail=why)
    return True
