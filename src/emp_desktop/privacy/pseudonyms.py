"""Keyed pseudonyms for the record extract.

HMAC-SHA-256 with a per-recipient key: the recipient sees the same pseudonym for the same
person in every later extract (so updates link up), but without the key nobody can test a
guessed identifier against it, and two recipients' pseudonyms cannot be joined. The key
stays in the vault and never leaves with the data.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

KEY_BYTES = 32
# 32 hex characters = 128 bits of the HMAC: collisions stay negligible (birthday bound
# 2^64) for any realistic number of persons, and the column stays readable.
PSEUDONYM_HEX_CHARS = 32


def new_recipient_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def keyed_pseudonym(key: bytes, person_uid: str) -> str:
    """The first 32 hex characters of HMAC-SHA-256(key, person_uid)."""
    if not isinstance(key, bytes) or len(key) < 16:
        raise ValueError("Sleutel voor pseudoniemen ontbreekt of is te kort (minstens 16 bytes)")
    if not person_uid:
        raise ValueError("Geen persoonskenmerk om een pseudoniem van te maken")
    digest = hmac.new(key, person_uid.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:PSEUDONYM_HEX_CHARS]
