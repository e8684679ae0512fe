"""Our webhook signatures are the Standard Webhooks ones: the scheme's published test vector, and both directions
of signing and checking against the `standardwebhooks` package itself."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from datetime import UTC, datetime

import pytest
from standardwebhooks import Webhook

from accrue.interfaces.server.signing import SignatureError, secret_key, sign, signed_headers, verify

# The vector from the package's own tests (standard-webhooks, libraries/python/tests/test_webhooks.py,
# test_sign_function); the published package ships no tests, so it is copied here.
VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
VECTOR_TIMESTAMP = 1614265330
VECTOR_BODY = b'{"test": 2432232314}'
VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_the_published_test_vector_verifies():
    headers = {"webhook-id": VECTOR_ID, "webhook-timestamp": str(VECTOR_TIMESTAMP),
               "webhook-signature": VECTOR_SIGNATURE}
    assert verify([VECTOR_SECRET], headers, VECTOR_BODY, now=VECTOR_TIMESTAMP) == VECTOR_ID
    assert sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY) == VECTOR_SIGNATURE


def test_the_published_test_vector_with_one_byte_changed_is_refused():
    headers = {"webhook-id": VECTOR_ID, "webhook-timestamp": str(VECTOR_TIMESTAMP),
               "webhook-signature": VECTOR_SIGNATURE[:-2] + "A="}  # the package's own "invalid signature" case
    with pytest.raises(SignatureError, match="does not match"):
        verify([VECTOR_SECRET], headers, VECTOR_BODY, now=VECTOR_TIMESTAMP)


def test_what_the_package_signs_we_accept_and_what_we_sign_the_package_accepts():
    now = int(time.time())  # the package's verify reads the system clock
    body = '{"deal_id": "006-ACME-01", "customer": "Société Générale"}'.encode()
    package_headers = {"webhook-id": "evt_9", "webhook-timestamp": str(now),
                       "webhook-signature": Webhook(VECTOR_SECRET).sign("evt_9", datetime.fromtimestamp(now, tz=UTC),
                                                                   body.decode())}
    assert verify([VECTOR_SECRET], package_headers, body, now=now) == "evt_9"
    ours = signed_headers(VECTOR_SECRET, "evt_9", body, timestamp=now)
    assert Webhook(VECTOR_SECRET).verify(body, ours) == json.loads(body)


def test_a_binary_body_is_signed_over_its_raw_bytes():
    body = b"--b\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.7\xff\xfe\x00\x81\r\n--b--\r\n"
    mac = hmac.new(secret_key(VECTOR_SECRET), b"evt_pdf.1780000000." + body, hashlib.sha256).digest()
    assert sign(VECTOR_SECRET, "evt_pdf", 1_780_000_000, body) == "v1," + base64.b64encode(mac).decode()
    headers = signed_headers(VECTOR_SECRET, "evt_pdf", body, timestamp=1_780_000_000)
    assert verify([VECTOR_SECRET], headers, body, now=1_780_000_000) == "evt_pdf"
    with pytest.raises(SignatureError, match="does not match"):
        verify([VECTOR_SECRET], headers, body.replace(b"\xff", b"\xfe"), now=1_780_000_000)


def test_an_empty_whsec_secret_is_refused_with_the_fix():
    with pytest.raises(ValueError, match="whsec_ with nothing after it; generate one with `accrue webhook-secret`"):
        secret_key("whsec_")

