"""The Anthropic client and the accounting of what each call cost. Shared by extraction and chat.

anthropic 2.x runs on httpx2: tests pass `http_client=httpx2.Client(transport=httpx2.MockTransport(...))`.
Prompts are files in `prompts/`, loaded once and filled by named placeholders.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from agent.config import PRICES, Settings
from agent.errors import ConfigError
from agent.terms import Usage

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_MILLION = Decimal(1_000_000)


def make_client(settings: Settings, http_client: Any | None = None, max_retries: int = 2) -> Any:
    """An `anthropic.Anthropic` client from settings; `http_client` is an httpx2.Client (tests inject one)."""
    import anthropic

    if not settings.anthropic_api_key:
        raise ConfigError("ANTHROPIC_API_KEY is not set; set it, or use the embedded extractor (--extractor rules)")
    kwargs: dict[str, Any] = {"api_key": settings.anthropic_api_key, "max_retries": max_retries}
    if settings.anthropic_base_url:
        kwargs["base_url"] = settings.anthropic_base_url
    if http_client is not None:
        kwargs["http_client"] = http_client
    return anthropic.Anthropic(**kwargs)


def usage_of(model: str, usage: Any) -> Usage:
    """Tokens and USD cost of one response's `usage` block, from the price table in config."""
    price = PRICES.get(model)
    inp = int(getattr(usage, "input_tokens", 0) or 0)
    out = int(getattr(usage, "output_tokens", 0) or 0)
    read = int(getattr(usage, "cache_read_input_tokens", 0) or 0)
    write = int(getattr(usage, "cache_creation_input_tokens", 0) or 0)
    cost = Decimal(0)
    if price is not None:
        cost = (price["input"] * inp + price["output"] * out + price["cache_read"] * read
                + price["cache_write"] * write) / _MILLION
    return Usage(input_tokens=inp, output_tokens=out, cache_read_input_tokens=read,
                 cache_creation_input_tokens=write, cost_usd=cost, calls=1)


@cache
def load_prompt(name: str) -> str:
    """Read `prompts/<name>.md` once; errors name the missing file."""
    path = PROMPTS_DIR / f"{name}.md"
    if not path.is_file():
        raise ConfigError(f"{path}: prompt file missing; restore it from the repository")
    return path.read_text(encoding="utf-8")


def render_prompt(name: str, **values: str) -> str:
    """Fill `{placeholder}`s in a prompt file; every placeholder must be given."""
    import string

    template = load_prompt(name)
    needed = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    missing = needed - set(values)
    if missing:
        raise ConfigError(f"prompts/{name}.md needs {', '.join(sorted(missing))}")
    return template.format(**values)
