"""The service's own settings: the webhook secret and the approvers who may sign in to the inbox.

They live in the `[server]` table of the same `accrue.toml` that `accrue.settings` reads
(`ACCRUE_CONFIG` or ./accrue.toml); `ACCRUE_WEBHOOK_SECRET` overrides the secret. Each
approver has a name, a role (a role from the approval policy) and a token, stored as its
SHA-256 so the file holds nothing that signs in by itself. Tokens are compared in
constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from accrue.core.errors import ConfigError

DEFAULT_MAX_BODY_BYTES = 25 * 1024 * 1024


class Approver(BaseModel):
    """A person who signs in to the inbox: the name goes into the audit trail, the role decides what they may do."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    role: str = Field(min_length=1)
    token_sha256: str | None = Field(default=None, description="hex SHA-256 of the token (preferred)")
    token: str | None = Field(default=None, repr=False, description="the token itself (local testing only)")

    @model_validator(mode="after")
    def _has_token(self) -> Approver:
        if not self.token_sha256 and not self.token:
            raise ValueError(f"approver {self.name!r} has no token_sha256; create one with "
                             f"`accrue approver-token {self.name!r} --role {self.role}`")
        return self

    def digest(self) -> str:
        return (self.token_sha256 or token_digest(self.token or "")).lower()


class ServerConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    webhook_secret: str | None = Field(default=None, repr=False)
    previous_webhook_secrets: list[str] = Field(default_factory=list, repr=False,
                                                description="still accepted while senders rotate")
    approvers: list[Approver] = Field(default_factory=list)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    def webhook_secrets(self) -> list[str]:
        return [s for s in [self.webhook_secret, *self.previous_webhook_secrets] if s]

    def approver_for(self, token: str | None) -> Approver | None:
        """The approver this token signs in, or None; every approver is compared so timing says nothing."""
        if not token:
            return None
        presented = token_digest(token)
        found: Approver | None = None
        for approver in self.approvers:
            if hmac.compare_digest(presented, approver.digest()):
                found = approver
        return found


def token_digest(token: str) -> str:
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(24)


def config_path() -> Path:
    return Path(os.environ.get("ACCRUE_CONFIG", "accrue.toml"))


def load_server_config(path: Path | None = None) -> ServerConfig:
    """`[server]` from accrue.toml (or `path`), then ACCRUE_WEBHOOK_SECRET from the environment."""
    file = path or config_path()
    data: dict[str, object] = {}
    if file.is_file():
        try:
            data = dict(tomllib.loads(file.read_text(encoding="utf-8")).get("server", {}))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: invalid TOML ({exc}); fix the file") from exc
    if os.environ.get("ACCRUE_WEBHOOK_SECRET"):
        data["webhook_secret"] = os.environ["ACCRUE_WEBHOOK_SECRET"]
    try:
        return ServerConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{file}: [server] {where}: {err['msg']}; see docs/service.md") from exc
