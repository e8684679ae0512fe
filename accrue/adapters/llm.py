"""The Anthropic client, what each call cost, and API failures as errors a person can act on.

Shared by extraction and chat. anthropic 2.x runs on httpx2: tests pass
`http_client=httpx2.Client(transport=httpx2.MockTransport(...))`, and the eval harness
records or replays calls through `accrue.adapters.llm_replay` (settings `llm_record_dir` /
`llm_replay_dir`). Prompts are files in `prompts/`, loaded once and filled by named
placeholders. Costs come from the price table in `accrue.settings`, never from the API.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from accrue.adapters.llm_replay import http_client_for
from accrue.core.errors import AccrueError, ConfigError
from accrue.core.terms import Usage
from accrue.settings import PRICES, Settings

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_MILLION = Decimal(1_000_000)
_DATED = re.compile(r"-\d{8}$")
REPLAY_API_KEY = "replay-no-key"

T = TypeVar("T")


class ModelCallError(AccrueError):
    """A call to the Anthropic API failed after the SDK's retries; the message says what to do."""

    def __init__(self, message: str, *, status: int | None = None):
        self.status = status
        super().__init__(message)


def make_client(settings: Settings, http_client: Any | None = None, max_retries: int = 2) -> Any:
    """An `anthropic.Anthropic` client from settings; `http_client` is an httpx2.Client (tests inject one).

    Without an injected client, a configured record or replay folder wraps the transport.
    """
    import anthropic  # here, not at the top: the SDK takes over a second to import and most runs never call it

    replaying = settings.llm_replay_dir is not None
    if not settings.anthropic_api_key and not replaying:
        raise ConfigError("ANTHROPIC_API_KEY is not set; set it, or use the embedded extractor (--extractor rules)")
    kwargs: dict[str, Any] = {"api_key": settings.anthropic_api_key or REPLAY_API_KEY, "max_retries": max_retries}
    if settings.anthropic_base_url:
        kwargs["base_url"] = settings.anthropic_base_url
    if http_client is None:
        http_client = http_client_for(settings)
    if http_client is not None:
        kwargs["http_client"] = http_client
    return anthropic.Anthropic(**kwargs)


def price_for(model: str) -> dict[str, Decimal] | None:
    """The price row of a model id; a dated id (`claude-haiku-4-5-20251001`) uses its alias's row."""
    return PRICES.get(model) or PRICES.get(_DATED.sub("", model))


def usage_of(model: str, usage: Any) -> Usage:
    """Tokens and USD cost of one response's `usage` block, from the price table in config.

    A prompt (input + cache reads + cache writes) above a model's `long_threshold` is billed
    at its `long_*` rates on every token of that request; 1-hour cache writes use `cache_write_1h`.
    """
    price = price_for(model)
    inp = int(getattr(usage, "input_tokens", 0) or 0)
    out = int(getattr(usage, "output_tokens", 0) or 0)
    read = int(getattr(usage, "cache_read_input_tokens", 0) or 0)
    write = int(getattr(usage, "cache_creation_input_tokens", 0) or 0)
    breakdown = getattr(usage, "cache_creation", None)
    write_1h = min(write, int(getattr(breakdown, "ephemeral_1h_input_tokens", 0) or 0))
    cost = Decimal(0)
    if price is not None:
        rates = price
        threshold = price.get("long_threshold")
        if threshold is not None and inp + read + write > threshold:
            rates = {key.removeprefix("long_"): value for key, value in price.items() if key.startswith("long_")}
        rate_1h = rates.get("cache_write_1h", rates["input"] * 2)
        cost = (rates["input"] * inp + rates["output"] * out + rates["cache_read"] * read
                + rates["cache_write"] * (write - write_1h) + rate_1h * write_1h) / _MILLION
    return Usage(input_tokens=inp, output_tokens=out, cache_read_input_tokens=read,
                 cache_creation_input_tokens=write, cost_usd=cost, calls=1)


def call_api(fn: Callable[[], T], *, what: str = "the Anthropic API") -> T:
    """Run one SDK call; turn the SDK's exceptions (after its own retries) into a `ModelCallError`."""
    import anthropic  # here, not at the top: the SDK takes over a second to import and most runs never call it

    try:
        return fn()
    except anthropic.APIStatusError as exc:
        raise ModelCallError(describe_api_error(exc, what), status=exc.status_code) from exc
    except anthropic.APITimeoutError as exc:
        raise ModelCallError(f"{what} timed out; try again, or use --extractor rules") from exc
    except anthropic.APIConnectionError as exc:
        raise ModelCallError(f"cannot reach {what} ({exc.__cause__ or exc}); check the network or "
                             "ANTHROPIC_BASE_URL, or use --extractor rules") from exc


def describe_api_error(exc: Any, what: str = "the Anthropic API") -> str:
    """One line from an `APIStatusError`: status, the API's error type and message, and the fix."""
    status = getattr(exc, "status_code", None)
    body = getattr(exc, "body", None)
    error = body.get("error", {}) if isinstance(body, dict) else {}
    kind = error.get("type") if isinstance(error, dict) else None
    detail = error.get("message") if isinstance(error, dict) else None
    detail = detail or getattr(exc, "message", "") or str(exc)
    fixes = {
        401: "check ANTHROPIC_API_KEY",
        403: "the key may not use this model; check ACCRUE_MODEL and the key's workspace",
        404: "check ACCRUE_MODEL (a model id from accrue/settings.py PRICES)",
        413: "the document is too large for one request; pass only the order form",
        429: "rate limited even after retries; wait and run again",
        529: "the API is overloaded even after retries; wait and run again",
    }
    fix = fixes.get(status or 0) or ("retry later" if (status or 0) >= 500 else "fix the request or the settings")
    if "no recorded response" in detail:
        fix = "record the calls again (ACCRUE_LLM_RECORD / --record) or run without replay"
    return f"{what} returned {status} {kind or 'error'}: {detail}; {fix}"


@cache
def load_prompt(name: str) -> str:
    """Read `prompts/<name>.md` once; errors name the missing file."""
    path = PROMPTS_DIR / f"{name}.md"
    if not path.is_file():
        raise ConfigError(f"{path}: prompt file missing; restore it from the repository")
    return path.read_text(encoding="utf-8")


def render_prompt(name: str, **values: str) -> str:
    """Fill `{placeholder}`s in a prompt file; every placeholder must be given."""
    template = load_prompt(name)
    needed = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    missing = needed - set(values)
    if missing:
        raise ConfigError(f"prompts/{name}.md needs {', '.join(sorted(missing))}")
    return template.format(**values)
