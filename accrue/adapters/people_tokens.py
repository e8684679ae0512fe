"""Who a sign-in token belongs to: the per-person tokens `accrue people token NAME` issues, and every token lookup.

One identity for every door: the command line (`ACCRUE_TOKEN`), `accrue serve` (Bearer or cookie) and
LangGraph Server's auth handler all ask `SignIns.person`, which knows the tokens issued here (kept in
accrue's own database, so every process on the same `DATABASE_URL` knows them) and the sign-ins of
accrue.toml `[server] approvers`. A token is stored only as an HMAC keyed by a salt of its own, so the
table holds nothing that signs in by itself; issuing a new token for a person replaces their old one.
What a person may do is never stored here: their roles are policy.toml `[people]`'s.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlmodel import Session, select

from accrue.adapters.database import get_engine
from accrue.adapters.secrets import register_secret
from accrue.adapters.store import PersonToken
from accrue.core.clock import utcnow
from accrue.core.names import normalise_name
from accrue.settings import ServerConfig, Settings

TOKEN_ENV = "ACCRUE_TOKEN"


def _digest(salt: str, token: str) -> str:
    """The stored form: HMAC-SHA256 of the token keyed by its own random salt."""
    return hmac.new(bytes.fromhex(salt), token.strip().encode("utf-8"), hashlib.sha256).hexdigest()


class SignIns:
    """The sign-ins of one database and one `[server]` section: issue a person's token, find whose a token is."""

    def __init__(self, settings: Settings, server: ServerConfig | None = None):
        settings.ensure_home()  # the SQLite database lives in the data folder
        self.engine = get_engine(settings.db_url)
        self.server = server or settings.server

    def issue(self, name: str) -> str:
        """A new token for this person (the name as `[people]` lists it), replacing any earlier one; shown once."""
        token = "acc_" + secrets.token_urlsafe(32)
        salt = secrets.token_hex(16)
        key = normalise_name(name)
        with Session(self.engine) as session:
            row = session.get(PersonToken, key) or PersonToken(person_key=key, name=name, salt=salt, digest="")
            row.name, row.salt, row.digest, row.issued_at = name, salt, _digest(salt, token), utcnow()
            session.add(row)
            session.commit()
        return token

    def person(self, token: str | None) -> str | None:
        """The name this token signs in as, or None; every stored token is compared, in constant time."""
        if not token or not token.strip():
            return None
        found: str | None = None
        with Session(self.engine) as session:
            for row in session.exec(select(PersonToken)):
                if hmac.compare_digest(_digest(row.salt, token), row.digest):
                    found = row.name
        configured = self.server.approver_for(token)
        name = found or (configured.name if configured else None)
        if name is not None:
            register_secret(token)  # a working sign-in never reaches a log
        return name
