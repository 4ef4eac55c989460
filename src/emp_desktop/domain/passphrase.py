"""The passphrase policy: long, varied, not a well-known word or sequence.

A stolen laptop gives an attacker unlimited offline guesses against the key slots, so
the passphrase itself must carry the strength. Length is what matters most; the other
rules catch passphrases that are long but trivially guessable.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MINIMUM_LENGTH = 15
MINIMUM_DISTINCT_CHARACTERS = 8

_COMMON = (
    "wachtwoord",
    "password",
    "welkom",
    "geheim",
    "qwerty",
    "azerty",
    "letmein",
    "123456",
    "abcdef",
    "mensenhandel",
    "eindhoven",
    "emp",
    "zorg",
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


@dataclass(frozen=True)
class PassphraseAssessment:
    acceptable: bool
    score: int  # 0 (very weak) … 4 (strong), for a strength bar
    advice: tuple[str, ...]  # message keys, see domain.messages
    estimated_bits: float


def _has_long_sequence(lowered: str) -> bool:
    return any(seq[i : i + 5] in lowered for seq in _SEQUENCES for i in range(len(seq) - 4))


def _core(lowered: str) -> str:
    """The passphrase without the filler people add to a weak word to pass a length rule."""
    return re.sub(r"[^a-z]", "", lowered)


def _estimated_bits(passphrase: str) -> float:
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"[0-9]", passphrase) else 0
    pool += 33 if re.search(r"[^a-zA-Z0-9]", passphrase) else 0
    distinct = len(set(passphrase))
    # Count repeated characters at a discount: "aaaa…" is not 4 random letters.
    effective_length = min(len(passphrase), distinct * 2)
    return effective_length * math.log2(max(pool, 2)) * 0.6


def assess(passphrase: str) -> PassphraseAssessment:
    lowered = passphrase.lower()
    advice: list[str] = []
    if len(passphrase) < MINIMUM_LENGTH:
        advice.append("advice_length")
    if len(set(lowered)) < MINIMUM_DISTINCT_CHARACTERS:
        advice.append("advice_variety")
    core = _core(lowered)
    if (
        _has_long_sequence(lowered)
        or (core and core in _COMMON)
        or len(core) <= 4 < len(passphrase)
        and len(passphrase) >= MINIMUM_LENGTH
    ):
        advice.append("advice_common")
    bits = _estimated_bits(passphrase)
    acceptable = not advice
    score = 0 if not passphrase else min(4, int(bits // 20))
    if not acceptable:
        score = min(score, 1)
    return PassphraseAssessment(acceptable, score, tuple(advice), bits)
