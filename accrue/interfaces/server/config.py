"""The service's settings: the `[server]` section of the one settings object, and approver tokens.

The section (webhook secrets, approvers, body limit) is read with everything else by
`accrue.settings` from the `[server]` table of accrue.toml, with `ACCRUE_WEBHOOK_SECRET`
over the file's secret; the service takes `settings.server`. Each approver entry is a sign-in:
a person of policy.toml [people] (whose roles are listed there, and only there) and a token,
stored as a salted hash (`accrue.core.token_hash`) so the file holds nothing that signs in by
itself. Tokens are compared in constant time.
"""

from __future__ import annotations

import secrets

from accrue.settings import ApproverToken, ServerConfig, token_digest

__all__ = ["ApproverToken", "ServerConfig", "new_token", "token_digest"]


def new_token() -> str:
    return secrets.token_urlsafe(24)

