"""Webhook signatures: the Standard Webhooks scheme, replay window and secret rotation (pure, no server)."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from accrue.interfaces.server.signing import SignatureError, new_secret, secret_key, sign, signed_headers, verify

SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()
BODY = b'{"deal_id": "006-ACME-01"}'
NOW = 1_780_000_000


def test_signature_is_hmac_sha256_of_id_timestamp_body_base64():
    # Worked by hand from the scheme: HMAC-SHA256(key, "<id>.<ts>.<body>"), base64, prefixed "v1,".
    mac = hmac.new(b"k" * 32, b"evt_1.1780000000." + BODY, hashlib.sha256).digest()
    assert sign(SECRET, "evt_1", NOW, BODY) == "v1," + base64.b64encode(mac).decode()


def test_genuine_delivery_returns_its_event_id():
    headers = signed_headers(SECRET, "evt_1", BODY, timestamp=NOW)
    assert verify([SECRET], headers, BODY, now=NOW + 299) == "evt_1"


@pytest.mark.parametrize("change", ["body", "id", "timestamp", "secret"])
def test_any_change_breaks_the_signature(change):
    headers = signed_headers(SECRET, "evt_1", BODY, timestamp=NOW)
    body, secrets_ = BODY, [SECRET]
    if change == "body":
        body = BODY.replace(b"ACME", b"ACNE")
    elif change == "id":
        headers["webhook-id"] = "evt_2"
    elif change == "timestamp":
        headers["webhook-timestamp"] = str(NOW + 1)
    else:
        secrets_ = [new_secret()]
    with pytest.raises(SignatureError, match="does not match"):
        verify(secrets_, headers, body, now=NOW)


@pytest.mark.parametrize("offset", [-301, 301, -3600])
def test_timestamps_outside_five_minutes_are_refused(offset):
    headers = signed_headers(SECRET, "evt_1", BODY, timestamp=NOW + offset)
    with pytest.raises(SignatureError, match="outside the 5-minute window"):
        verify([SECRET], headers, BODY, now=NOW)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_missing_headers_are_named(missing):
    headers = signed_headers(SECRET, "evt_1", BODY, timestamp=NOW)
    del headers[missing]
    with pytest.raises(SignatureError, match=missing):
        verify([SECRET], headers, BODY, now=NOW)


def test_no_configured_secret_refuses_everything():
    headers = signed_headers(SECRET, "evt_1", BODY, timestamp=NOW)
    with pytest.raises(SignatureError, match="no webhook secret configured"):
        verify([], headers, BODY, now=NOW)


def test_rotation_several_signatures_and_previous_secret():
    old, new = new_secret(), new_secret()
    headers = signed_headers(old, "evt_1", BODY, timestamp=NOW)
    headers["webhook-signature"] = f"v1,AAAA {sign(new, 'evt_1', NOW, BODY)}"
    assert verify([new], headers, BODY, now=NOW) == "evt_1"
    signed_with_old = signed_headers(old, "evt_1", BODY, timestamp=NOW)
    assert verify([new, old], signed_with_old, BODY, now=NOW) == "evt_1"


def test_secret_forms():
    assert secret_key("plain-shared-secret") == b"plain-shared-secret"
    assert len(secret_key(new_secret())) == 32
    with pytest.raises(ValueError, match="not base64"):
        secret_key("whsec_***")


def test_overlong_event_id_is_refused():
    headers = signed_headers(SECRET, "e" * 300, BODY, timestamp=NOW)
    with pytest.raises(SignatureError, match="longer than 256"):
        verify([SECRET], headers, BODY, now=NOW)
