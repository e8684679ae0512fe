"""One settings object. Precedence: defaults < accrue.toml < ACCRUE_* environment < CLI flags.

The data folder (`.accrue/` under the working directory, or `ACCRUE_HOME`) holds the
SQLite books and the LangGraph checkpointer, so one folder is one installation.
"""

from __future__ import annotations

import os
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from accrue.core.errors import ConfigError

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


class Settings(BaseModel):
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
    slack_webhook_url: str | None = Field(default=None, repr=False)
    database_url: str | None = Field(default=None, repr=False)
    max_pages: int = 200
    policy_file: Path | None = None

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


_ENV = {
    "ACCRUE_HOME": "home", "ACCRUE_EXTRACTOR": "extractor", "ACCRUE_MODEL": "model",
    "ANTHROPIC_API_KEY": "anthropic_api_key", "ANTHROPIC_BASE_URL": "anthropic_base_url",
    "ACCRUE_BILLING": "billing", "ACCRUE_STRIPE_URL": "stripe_url", "STRIPE_API_KEY": "stripe_api_key",
    "ACCRUE_CRM": "crm", "SLACK_WEBHOOK_URL": "slack_webhook_url", "DATABASE_URL": "database_url",
    "ACCRUE_MAX_PAGES": "max_pages", "ACCRUE_POLICY": "policy_file",
    "ACCRUE_LLM_RECORD": "llm_record_dir", "ACCRUE_LLM_REPLAY": "llm_replay_dir",
}


def load_settings(**overrides: object) -> Settings:
    """Build settings from defaults, `accrue.toml` (in ACCRUE_HOME's parent or cwd), env, then overrides."""
    values: dict[str, object] = {}
    config_file = Path(os.environ.get("ACCRUE_CONFIG", "accrue.toml"))
    if config_file.is_file():
        try:
            values.update(tomllib.loads(config_file.read_text()).get("accrue", {}))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{config_file}: invalid TOML ({exc}); fix the file or remove it") from exc
    for env, key in _ENV.items():
        if os.environ.get(env):
            values[key] = os.environ[env]
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings.model_validate(values)
