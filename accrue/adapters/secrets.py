"""Secret redaction: no API key or token reaches a log line, an error message or the audit trail.

Two nets. Values known to be secret (registered from Settings when connectors are built:
the Stripe key, the Slack webhook URL, Salesforce tokens, the database password; and by the
service: its webhook secrets and any approver token it sees) are replaced verbatim wherever
they appear. Shapes that are secrets whatever their origin
(Stripe keys, bearer/basic credentials, Slack webhook paths and tokens, Salesforce session
ids, passwords inside URLs, `api_key=...` pairs) are masked by pattern. Connector errors
pass through `redact` before they are stored or shown, and `install_log_redaction` makes
every log record redacted at creation, whichever logger or handler later sees it.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any
from urllib.parse import urlsplit

MASK = "[REDACTED]"
_MIN_SECRET_LEN = 6  # shorter values would mask ordinary words

_known: set[str] = set()
_lock = threading.Lock()
_installed = False

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b([sprk]k|rk)_(live|test)_[A-Za-z0-9]{4,}"), r"\1_\2_" + MASK),
    (re.compile(r"\bwhsec_[A-Za-z0-9+/=_-]{8,}"), "whsec_" + MASK),  # base64, standard or URL-safe
    # a credential has a digit or a base64/JWT sign inside it, or is long; "Basic Subscription." is a plan name
    (re.compile(r"(?i)\b(bearer|basic)\s+(?:(?=[A-Za-z!:-]*(?:[0-9]|[._~+/=][A-Za-z0-9_~+/=]))[A-Za-z0-9._~+/=!:-]{8,}|[A-Za-z]{20,})"),
     r"\1 " + MASK),
    (re.compile(r"(?i)(hooks\.slack\.com/(?:services|workflows|triggers)/)[A-Za-z0-9/_-]+"), r"\1" + MASK),
    (re.compile(r"\bxox[abposre]-[A-Za-z0-9-]{8,}"), "xox-" + MASK),
    (re.compile(r"\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{20,}"), MASK),
    (re.compile(r"(://[^/\s:@]+:)[^@\s/]+@"), r"\1" + MASK + "@"),
    (re.compile(r"(?i)((?:api[_-]?key|access[_-]?token|refresh[_-]?token|client[_-]?secret|password|passwd|"
                r"secret|authorization)[\"']?\s*[:=]\s*[\"']?)(?!\[REDACTED)[^\s\"'&,;]{4,}"), r"\1" + MASK),
]


def register_secret(value: str | None, *, secret_path: bool = False) -> None:
    """Treat `value` as secret from now on.

    For a URL, its password is secret too; with `secret_path` (webhook URLs, whose path is the
    credential) so is its path, however a client later spells the host.
    """
    if not value or len(value) < _MIN_SECRET_LEN:
        return
    candidates = {value}
    if "://" in value:
        parts = urlsplit(value)
        if parts.password:
            candidates.add(parts.password)
        if secret_path and parts.path.strip("/"):
            candidates.add(parts.path)
    with _lock:
        _known.update(c for c in candidates if len(c) >= _MIN_SECRET_LEN)


def register_url_password(url: str | None) -> None:
    """Only the password of a URL is secret (DATABASE_URL): host and database name stay readable."""
    if url and "://" in url:
        register_secret(urlsplit(url).password)


def redact(text: Any) -> str:
    """The text with every known secret and every secret-shaped token masked."""
    out = str(text)
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        if value in out:
            out = out.replace(value, MASK)
    for pattern, repl in _PATTERNS:
        out = pattern.sub(repl, out)
    return out


def redact_data(data: Any) -> Any:
    """`redact` applied to every string inside a JSON-like structure (audit details, stored responses)."""
    if isinstance(data, str):
        return redact(data)
    if isinstance(data, dict):
        return {k: redact_data(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [redact_data(v) for v in data]
    return data


def install_log_redaction() -> None:
    """Redact every log record as it is created, so no handler (file, console, pytest's) sees a secret."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    previous = logging.getLogRecordFactory()
    formatter = logging.Formatter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if not isinstance(record.msg, str):
            # structured loggers (structlog under LangGraph Server) pass dicts their handlers still need
            if isinstance(record.msg, dict):
                record.msg = redact_data(record.msg)
            return record
        _redact_record(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(formatter.formatException(record.exc_info))
        return record

    logging.setLogRecordFactory(factory)


def _redact_record(record: logging.LogRecord) -> None:
    """Mask secrets in a record's message, keeping its arguments where formatters read them.

    uvicorn's access formatter unpacks `record.args` (client, method, path, version, status): a record whose
    message needs no change is left as it is, and one whose secret sits inside an argument keeps its arguments,
    each redacted. Only a secret that spans the format and an argument collapses the record into one text.
    """
    try:
        message = record.getMessage()
    except Exception:  # a malformed format string: keep the raw text, still redacted
        record.msg, record.args = redact(str(record.msg)), ()
        return
    if redact(message) == message:
        return
    args = record.args
    if isinstance(args, tuple):
        masked: tuple[Any, ...] | Any = tuple(redact(a) if isinstance(a, str) else a for a in args)
    elif isinstance(args, dict):
        masked = {k: redact(v) if isinstance(v, str) else v for k, v in args.items()}
    else:
        masked = args
    msg = redact(record.msg)
    try:
        rebuilt = msg % masked if masked else msg
    except (TypeError, ValueError, KeyError):
        rebuilt = None
    if rebuilt is not None and redact(rebuilt) == rebuilt:
        record.msg, record.args = msg, masked
    else:
        record.msg, record.args = redact(message), ()
