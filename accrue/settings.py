"""One settings object, read once per process entry: defaults < accrue.toml < environment < CLI flags.

`load_settings(**flags)` builds it (pydantic-settings merges the sources); the CLI, the
server and the LangGraph app call it once and pass the object down, so no other module
reads the environment. `ENVIRONMENT` is the one place that says which variable sets which
setting; accrue.toml (or the file `ACCRUE_CONFIG` names) holds the same settings by name
in its `[accrue]` table and the service's section in `[server]`. A bad value stops with
one line naming the flag, variable or file, the setting and the fix.

The data folder (`.accrue/` under the working directory, or `ACCRUE_HOME`) holds the
SQLite books and the LangGraph checkpointer, so one folder is one installation.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails
from pydantic_settings import BaseSettings, InitSettingsSource, PydanticBaseSettingsSource, SettingsConfigDict

from accrue.core.errors import ConfigError
from accrue.core.token_hash import token_matches

DEFAULT_MODEL = "claude-haiku-5-5"

# USD per million tokens: input, output, cache read, cache write (5 minute TTL; 1 hour TTL as
# `cache_write_1h`, else 2x input). `long_*` rates apply to every token of a request whose prompt
# (input + cache reads + cache writes) exceeds `long_threshold`. Source: Anthropic's pricing page
# as stored in the docs corpus (2026-10, after the 2026-10-07 cache-read cuts); not checked live.
PRICES: dict[str, dict[str, Decimal]] = {
    "claude-haiku-5-5": {"input": Decimal("0.10"), "output": Decimal("0.50"), "cache_read": Decimal("0.01"),
                         "cache_write": Decimal("0.125"), "cache_write_1h": Decimal("0.20"),
                         "long_threshold": Decimal(100_000), "long_input": Decimal("0.50"),
                         "long_output": Decimal("2.50"), "long_cache_read": Decimal("0.05"),
                         "long_cache_write": Decimal("0.625"), "long_cache_write_1h": Decimal("1.00")},
    "claude-sonnet-5-5": {"input": Decimal("2"), "output": Decimal("10"),
                          "cache_read": Decimal("0.10"), "cache_write": Decimal("2.50")},
    "claude-sonnet-5": {"input": Decimal("2"), "output": Decimal("10"),
                        "cache_read": Decimal("0.20"), "cache_write": Decimal("2.50")},
    "claude-opus-5-5": {"input": Decimal("4"), "output": Decimal("20"),
                        "cache_read": Decimal("0.20"), "cache_write": Decimal("5")},
    "claude-opus-5": {"input": Decimal("5"), "output": Decimal("25"),
                      "cache_read": Decimal("0.50"), "cache_write": Decimal("6.25")},
    "claude-opus-4-8": {"input": Decimal("5"), "output": Decimal("25"),
                        "cache_read": Decimal("0.50"), "cache_write": Decimal("6.25")},
    "claude-opus-4-7": {"input": Decimal("5"), "output": Decimal("25"),
                        "cache_read": Decimal("0.50"), "cache_write": Decimal("6.25")},
    "claude-opus-4-6": {"input": Decimal("5"), "output": Decimal("25"),
                        "cache_read": Decimal("0.50"), "cache_write": Decimal("6.25")},
    "claude-opus-4-5": {"input": Decimal("5"), "output": Decimal("25"),
                        "cache_read": Decimal("0.50"), "cache_write": Decimal("6.25")},
    "claude-sonnet-4-6": {"input": Decimal("3"), "output": Decimal("15"),
                          "cache_read": Decimal("0.30"), "cache_write": Decimal("3.75")},
    "claude-sonnet-4-5": {"input": Decimal("3"), "output": Decimal("15"),
                          "cache_read": Decimal("0.30"), "cache_write": Decimal("3.75")},
    "claude-haiku-4-5": {"input": Decimal("1"), "output": Decimal("5"),
                         "cache_read": Decimal("0.10"), "cache_write": Decimal("1.25")},
}
# Models that accept a forced tool_choice; newer ones take structured outputs instead.
FORCED_TOOL_MODELS = {"claude-haiku-4-5", "claude-sonnet-4-6", "claude-sonnet-4-5", "claude-opus-4-5",
                      "claude-haiku-4-5-20251001", "claude-sonnet-4-5-20250929", "claude-opus-4-5-20251101"}

DEFAULT_CONFIG_FILE = Path("accrue.toml")
DEFAULT_MAX_BODY_BYTES = 25 * 1024 * 1024

# Every variable accrue reads, and the setting (a dotted path into Settings) it sets.
ENVIRONMENT: dict[str, str] = {
    "ACCRUE_CONFIG": "config_file",
    "ACCRUE_HOME": "home",
    "ACCRUE_EXTRACTOR": "extractor",
    "ACCRUE_MODEL": "model",
    "ANTHROPIC_API_KEY": "anthropic_api_key",
    "ANTHROPIC_BASE_URL": "anthropic_base_url",
    "ACCRUE_LLM_RECORD": "llm_record_dir",
    "ACCRUE_LLM_REPLAY": "llm_replay_dir",
    "ACCRUE_BILLING": "billing",
    "ACCRUE_STRIPE_URL": "stripe_url",
    "STRIPE_API_KEY": "stripe_api_key",
    "ACCRUE_CRM": "crm",
    "SALESFORCE_INSTANCE_URL": "salesforce.instance_url",
    "SALESFORCE_ACCESS_TOKEN": "salesforce.access_token",
    "SALESFORCE_REFRESH_TOKEN": "salesforce.refresh_token",
    "SALESFORCE_CLIENT_ID": "salesforce.client_id",
    "SALESFORCE_CLIENT_SECRET": "salesforce.client_secret",
    "SALESFORCE_TOKEN_URL": "salesforce.token_url",
    "SALESFORCE_CURRENCY_FIELD": "salesforce.currency_field",
    "SLACK_WEBHOOK_URL": "slack_webhook_url",
    "DATABASE_URL": "database_url",
    "ACCRUE_MAX_PAGES": "max_pages",
    "ACCRUE_POLICY": "policy_file",
    "ACCRUE_BASE_CURRENCY": "base_currency",
    "ACCRUE_RATES": "rates_file",
    "ACCRUE_WEBHOOK_SECRET": "server.webhook_secret",
}
# An empty variable counts as unset, except here, where empty is an answer: a single-currency Salesforce org
# has no currency field.
EMPTY_MEANS_NONE = frozenset({"SALESFORCE_CURRENCY_FIELD"})


def token_digest(token: str) -> str:
    """The bare hex SHA-256 that `token_sha256` entries hold (written before salted `token_hash` entries)."""
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


class ApproverToken(BaseModel):
    """The sign-in of one person of policy.toml [people]: their name there, and their token as a salted hash
    (`accrue.core.token_hash`; `accrue approver-token` writes it).

    What they may decide, and in which roles, is the policy's: `[people]` is the one list of who holds which role.
    """

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, description="the person, as policy.toml [people] lists them")
    token_hash: str | None = Field(default=None, description="the token's salted hash, sha256$<salt>$<digest> "
                                                             "(preferred)")
    token_sha256: str | None = Field(default=None, description="hex SHA-256 of the token, unsalted (older entries; "
                                                               "reissue with `accrue approver-token`)")
    token: str | None = Field(default=None, repr=False, description="the token itself (local testing only)")

    @model_validator(mode="before")
    @classmethod
    def _no_role_here(cls, data: Any) -> Any:
        if isinstance(data, dict) and "role" in data:
            raise ValueError(f"role is no longer read here: roles live in policy.toml [people]; remove the role "
                             f"line and list {data.get('name', 'this approver')!r} under [people] with "
                             f"{data['role']!r}")
        return data

    @model_validator(mode="after")
    def _has_token(self) -> ApproverToken:
        if not self.token_hash and not self.token_sha256 and not self.token:
            raise ValueError(f"approver {self.name!r} has no token_hash; create one with "
                             f"`accrue approver-token {self.name!r}`")
        return self

    def digest(self) -> str:
        """The unsalted form (`token_sha256`) of an entry that has one or its plain token; for older files."""
        return (self.token_sha256 or token_digest(self.token or "")).lower()

    def matches(self, token: str) -> bool:
        """Whether `token` signs in as this person; constant time whichever form the entry stores."""
        return token_matches(token, self.token_hash or self.digest())


class ServerConfig(BaseModel):
    """The service's section (`[server]`): the webhook secrets and the sign-in tokens of the people who use the inbox.

    Approver tokens are stored as salted hashes, so the file holds nothing that signs in by itself;
    `ACCRUE_WEBHOOK_SECRET` overrides the secret.
    """

    model_config = ConfigDict(extra="forbid")
    webhook_secret: str | None = Field(default=None, repr=False)
    previous_webhook_secrets: list[str] = Field(default_factory=list, repr=False,
                                                description="still accepted while senders rotate")
    approvers: list[ApproverToken] = Field(default_factory=list)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    bill_run_at: str | None = Field(
        default=None, pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$",
        description="HH:MM, UTC: `accrue serve` starts the day's bill run (invoices due through today) from then on")
    dunning_at: str | None = Field(
        default=None, pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$",
        description="HH:MM, UTC: `accrue serve` starts the day's dunning run (overdue as of today) from then on")

    def webhook_secrets(self) -> list[str]:
        return [s for s in [self.webhook_secret, *self.previous_webhook_secrets] if s]

    def approver_for(self, token: str | None) -> ApproverToken | None:
        """Whose sign-in this token is, or None; every entry is compared so timing says nothing."""
        if not token:
            return None
        found: ApproverToken | None = None
        for approver in self.approvers:
            if approver.matches(token):
                found = approver
        return found


class SalesforceSettings(BaseModel):
    """The Salesforce REST connection (`crm = "salesforce"`); the refresh fields renew an expired session."""

    model_config = ConfigDict(extra="forbid")
    instance_url: str | None = None
    access_token: str | None = Field(default=None, repr=False)
    refresh_token: str | None = Field(default=None, repr=False)
    client_id: str | None = None
    client_secret: str | None = Field(default=None, repr=False)
    token_url: str | None = None
    currency_field: str | None = Field(default="CurrencyIsoCode", description="None for a single-currency org")


class Settings(BaseSettings):
    """Every setting of one installation; build it with `load_settings`, which says what is wrong with a bad one."""

    model_config = SettingsConfigDict(extra="forbid")
    config_file: Path = Field(default=DEFAULT_CONFIG_FILE, description="accrue.toml to read")
    home: Path = Field(default_factory=lambda: Path.cwd() / ".accrue")
    extractor: Literal["auto", "rules", "claude", "hybrid"] = "auto"
    model: str = DEFAULT_MODEL
    anthropic_api_key: str | None = Field(default=None, repr=False)
    anthropic_base_url: str | None = None
    llm_record_dir: Path | None = Field(default=None, description="Save every Anthropic response here")
    llm_replay_dir: Path | None = Field(default=None, description="Answer Anthropic calls from recordings here")
    billing: Literal["local", "stripe"] = "local"
    stripe_url: str = "https://api.stripe.com"
    stripe_api_key: str | None = Field(default=None, repr=False)
    crm: Literal["file", "salesforce"] = "file"
    salesforce: SalesforceSettings = Field(default_factory=SalesforceSettings)
    slack_webhook_url: str | None = Field(default=None, repr=False)
    database_url: str | None = Field(default=None, repr=False)
    max_pages: int = Field(default=200, gt=0)
    policy_file: Path | None = None
    base_currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$", description="the ERP's home currency")
    rates_file: Path | None = Field(default=None, description="exchange rates for exports (else ./rates.csv)")
    server: ServerConfig = Field(default_factory=ServerConfig)

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Flags (init arguments) over the `ENVIRONMENT` variables over accrue.toml; pydantic-settings' own
        environment, dotenv and secrets-folder readers are left out so no other variable is ever read."""
        return init_settings, _Environment(settings_cls), _ConfigFile(settings_cls)

    @property
    def db_path(self) -> Path:
        return self.home / "accrue.db"

    @property
    def checkpoint_path(self) -> Path:
        return self.home / "checkpoints.db"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.db_path}"

    def ensure_home(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home


def load_settings(**flags: object) -> Settings:
    """The settings of this process: call once per entry point (CLI command, server, LangGraph app).

    `flags` are the command line's values (None means the flag was not given); `config_file` names
    another accrue.toml. Raises ConfigError naming the flag, variable or file, the setting and the fix.
    """
    given: dict[str, Any] = {name: value for name, value in flags.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        raise ConfigError(_explain(exc.errors()[0], given)) from exc


class _Environment(InitSettingsSource):
    """The variables of `ENVIRONMENT` that are set, as nested values."""

    def __init__(self, settings_cls: type[BaseSettings]):
        super().__init__(settings_cls, _from_environment())


def _from_environment() -> dict[str, Any]:
    values: dict[str, Any] = {}
    for variable, path in ENVIRONMENT.items():
        raw = os.environ.get(variable)
        if raw is None or (raw == "" and variable not in EMPTY_MEANS_NONE):
            continue
        *parents, leaf = path.split(".")
        section = values
        for parent in parents:
            section = section.setdefault(parent, {})
        section[leaf] = raw or None
    return values


class _ConfigFile(PydanticBaseSettingsSource):
    """accrue.toml: its `[accrue]` table as settings, its `[server]` table as the server section.

    The file is the one the flags or the environment name (`config_file`), so it is read after them.
    """

    def __call__(self) -> dict[str, Any]:
        path = _config_path(self.current_state)
        if not path.is_file():
            return {}
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: invalid TOML ({exc}); fix the file or remove it") from exc
        for table in ("accrue", "server"):
            if not isinstance(data.get(table, {}), dict):
                raise ConfigError(f"{path}: {table} is not a table; write it as [{table}] with key = value lines")
        values: dict[str, Any] = dict(data.get("accrue", {}))
        if "server" in data:
            values["server"] = data["server"]
        return values

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # the whole file is returned by __call__, never one field at a time


def _config_path(state: Mapping[str, Any]) -> Path:
    return Path(state.get("config_file") or DEFAULT_CONFIG_FILE)


def _explain(error: ErrorDetails, flags: Mapping[str, Any]) -> str:
    """One line for a bad value: where it came from (flag, variable or file), which setting, what to do."""
    loc = [str(part) for part in error["loc"]]
    setting = ".".join(loc)
    problem = error["msg"]
    if loc[0] in flags:
        flag = "--" + loc[0].replace("_", "-")
        return f"{flag}: {setting}: {problem}; pass a valid {flag}"
    for variable, path in ENVIRONMENT.items():
        if (setting == path or setting.startswith(path + ".")) and os.environ.get(variable):
            return f"{variable}: {setting}: {problem}{_shown(error)}; correct {variable} or unset it"
    file = _config_path({**_from_environment(), **flags})
    if loc[0] == "server":
        return f"{file}: [server] {'.'.join(loc[1:])}: {problem}; see docs/service.md"
    return f"{file}: [accrue] {setting}: {problem}{_shown(error)}; correct it in {file} or remove it"


def _shown(error: ErrorDetails) -> str:
    """The offending value of a top-level setting, unless it is a secret (a field kept out of repr)."""
    field = Settings.model_fields.get(str(error["loc"][0])) if len(error["loc"]) == 1 else None
    if field is None or not field.repr or not isinstance(error.get("input"), str | int):
        return ""
    return f" (got {error['input']!r})"
