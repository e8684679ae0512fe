"""How a sign-in token is stored and checked: salted SHA-256, compared in constant time.

Tokens accrue issues are 192 random bits (`secrets.token_urlsafe(24)`), so a fast hash is enough
against guessing; the per-token salt stops one leaked file from being matched against any other
(or against a table of known digests). The stored form is `sha256$<salt hex>$<digest hex>`. A
bare hex SHA-256 (`token_sha256`, written before salts) still signs in, so existing
accrue.toml files keep working until their tokens are reissued.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCHEME = "sha256"


def hash_token(token: str, salt: str | None = None) -> str:
    """The stored form of `token`, with a fresh random salt unless one is given."""
    salt = salt if salt is not None else secrets.token_hex(16)
    return f"{SCHEME}${salt}${_digest(salt, token)}"


def token_matches(token: str, stored: str) -> bool:
    """Whether `token` is the one `stored` (a salted hash, or a legacy bare hex SHA-256) was made from.

    Always computes a digest and compares it with `hmac.compare_digest`, so timing says nothing about how close
    a guess was.
    """
    scheme, _, rest = stored.strip().partition("$")
    if scheme == SCHEME and "$" in rest:
        salt, _, expected = rest.partition("$")
        presented = _digest(salt, token)
    else:  # legacy: the unsalted hex digest
        expected = stored.strip()
        presented = hashlib.sha256(token.strip().encode("utf-8")).hexdigest()
    return hmac.compare_digest(presented, expected.lower())


def is_salted(stored: str) -> bool:
    return stored.startswith(f"{SCHEME}$")


def _digest(salt: str, token: str) -> str:
    return hashlib.sha256(f"{salt}:{token.strip()}".encode()).hexdigest()
