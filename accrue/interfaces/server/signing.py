"""Webhook signatures: the Standard Webhooks scheme, computed by the maintained `standardwebhooks` package.

A sender puts three headers on every delivery: `webhook-id` (the event id, the same on
every retry), `webhook-timestamp` (Unix seconds) and `webhook-signature` (space-separated
`v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`, one per secret so a secret can
rotate). A delivery is genuine when one signature matches in constant time and the
timestamp is within five minutes of our clock; a replay after that is refused here, and
one inside the window is a duplicate event id, which the event store drops. Pure: the
clock is passed in.

`standardwebhooks.Webhook.sign` computes each signature. Its `verify` is not used, because
it reads the system clock (so it could not accept the scheme's published test vector, or
a test's fixed clock), takes one secret, and says only "No matching signature found";
this module keeps the checks that name the header and the fix. The package signs text
only, so a body that is not UTF-8 (a multipart PDF upload) gets the same HMAC over its
raw bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from standardwebhooks import Webhook

TOLERANCE_SECONDS = 5 * 60
MAX_ID_LENGTH = 256
ID_HEADER = "webhook-id"
TIMESTAMP_HEADER = "webhook-timestamp"
SIGNATURE_HEADER = "webhook-signature"
SECRET_PREFIX = "whsec_"


class SignatureError(Exception):
    """Why a delivery is not accepted as genuine (the 401 message)."""


def secret_key(secret: str) -> bytes:
    """The HMAC key: `whsec_<base64>` decodes to bytes; any other string is used as its UTF-8 bytes."""
    if secret.startswith(SECRET_PREFIX):
        try:
            key = base64.b64decode(secret[len(SECRET_PREFIX):], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("webhook secret starts with whsec_ but the rest is not base64; "
                             "generate one with `accrue webhook-secret`") from exc
        if not key:
            raise ValueError("webhook secret is whsec_ with nothing after it; "
                             "generate one with `accrue webhook-secret`")
        return key
    return secret.encode("utf-8")


def new_secret() -> str:
    """A fresh random `whsec_` secret (32 bytes)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def sign(secret: str, event_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` header value a sender puts on this body."""
    key = secret_key(secret)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        mac = hmac.new(key, f"{event_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
        return "v1," + base64.b64encode(mac).decode("ascii")
    return Webhook(key).sign(event_id, datetime.fromtimestamp(timestamp, tz=UTC), text)


def signed_headers(secret: str, event_id: str, body: bytes, *, timestamp: int) -> dict[str, str]:
    """All three headers for one delivery (what a sender or a test sends)."""
    return {ID_HEADER: event_id, TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign(secret, event_id, timestamp, body)}


def verify(secrets_: Iterable[str], headers: Mapping[str, str], body: bytes, *, now: float) -> str:
    """Return the event id of a genuine delivery; raise SignatureError saying what is wrong otherwise."""
    keys = [s for s in secrets_ if s]
    if not keys:
        raise SignatureError("this server has no webhook secret configured; set ACCRUE_WEBHOOK_SECRET "
                             "or [server] webhook_secret in accrue.toml")
    event_id = headers.get(ID_HEADER, "").strip()
    stamp = headers.get(TIMESTAMP_HEADER, "").strip()
    signature = headers.get(SIGNATURE_HEADER, "").strip()
    missing = [h for h, v in ((ID_HEADER, event_id), (TIMESTAMP_HEADER, stamp), (SIGNATURE_HEADER, signature))
               if not v]
    if missing:
        raise SignatureError(f"missing header(s) {', '.join(missing)}; sign deliveries as described in "
                             "docs/service.md")
    if len(event_id) > MAX_ID_LENGTH:
        raise SignatureError(f"{ID_HEADER} is longer than {MAX_ID_LENGTH} characters; send a shorter event id")
    try:
        ts = int(stamp)
    except ValueError as exc:
        raise SignatureError(f"{TIMESTAMP_HEADER} must be integer Unix seconds, got {stamp[:20]!r}") from exc
    if abs(now - ts) > TOLERANCE_SECONDS:
        raise SignatureError(f"{TIMESTAMP_HEADER} {ts} is {int(now - ts)} s from the server clock, outside the "
                             f"{TOLERANCE_SECONDS // 60}-minute window; re-sign the delivery with the current time")
    offered = [part.split(",", 1)[1] for part in signature.split() if part.startswith("v1,")]
    for secret in keys:
        expected = sign(secret, event_id, ts, body).split(",", 1)[1]
        if any(hmac.compare_digest(expected.encode(), sig.encode()) for sig in offered):
            return event_id
    raise SignatureError("signature does not match the body; sign '<webhook-id>.<webhook-timestamp>.<raw body>' "
                         "with HMAC-SHA256 and the shared secret")
