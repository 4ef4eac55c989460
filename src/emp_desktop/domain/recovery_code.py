"""Recovery codes: 140 random bits written as 7 groups of 4 Crockford base-32 characters.

Crockford's alphabet has no I, L, O or U, so a code read aloud or copied from paper
survives the usual confusions; `normalise` maps them back before the code is used.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 7
GROUP_SIZE = 4
BITS = GROUPS * GROUP_SIZE * 5  # 140 ≥ 128
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def generate() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return format_groups(chars)


def format_groups(chars: str) -> str:
    return "-".join(chars[i : i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def normalise(code: str) -> str:
    """Upper-case, no separators, confusable letters mapped; the canonical grouped form."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_CONFUSABLE)
    return format_groups(cleaned)


def looks_valid(code: str) -> bool:
    cleaned = normalise(code).replace("-", "")
    return len(cleaned) == GROUPS * GROUP_SIZE and all(ch in ALPHABET for ch in cleaned)
