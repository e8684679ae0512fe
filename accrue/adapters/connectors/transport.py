"""HTTP failure classification shared by the HTTP connectors (Stripe, Salesforce, Slack).

One rule for every system: timeouts, connection failures, 408, 429 and 5xx are transient
(the executor retries them with backoff, honouring Retry-After); any other 4xx is permanent
(the action stops and its error is recorded). Every message is redacted before it leaves.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from accrue.adapters.connectors.base import ConnectorError
from accrue.adapters.secrets import redact

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def is_transient_status(status: int) -> bool:
    return status in (408, 429) or status >= 500


def parse_retry_after(value: str | None, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now()).total_seconds())


def status_error(system: str, response: httpx.Response, detail: str, *,
                 transient: bool | None = None) -> ConnectorError:
    """A ConnectorError for an HTTP error response; `transient` overrides the status rule (Stripe-Should-Retry)."""
    status = response.status_code
    if transient is None:
        transient = is_transient_status(status)
    kind = "temporary" if transient else "rejected"
    return ConnectorError(redact(f"{system} {kind} ({status}): {detail}"), transient=transient, status=status,
                          retry_after=parse_retry_after(response.headers.get("Retry-After")))


def send(system: str, client: httpx.Client, request: httpx.Request) -> httpx.Response:
    """Send one request; transport failures become transient ConnectorErrors (the request may or may not
    have reached the server, which is why every write we send is idempotent by key)."""
    try:
        return client.send(request)
    except httpx.TimeoutException as exc:
        raise ConnectorError(redact(f"{system} timed out ({type(exc).__name__}) on {request.method} "
                                    f"{request.url.path}"), transient=True) from None
    except httpx.TransportError as exc:
        raise ConnectorError(redact(f"{system} unreachable ({type(exc).__name__}: {exc})"), transient=True) from None
