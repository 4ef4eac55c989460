from __future__ import annotations

import pytest

from emp_desktop.domain import recovery_code
from emp_desktop.domain.errors import WeakPassphrase
from emp_desktop.domain.messages import error_text
from emp_desktop.domain.passphrase import assess


@pytest.mark.parametrize(
    "weak",
    [
        "kort",
        "veertien-teken",
        "aaaaaaaaaaaaaaaaaaaa",
        "wachtwoord123456789",
        "abcdefghijklmnop",
        "Wachtwoord!!!!!!!!",
        "1212121212121212",
    ],
)
def test_weak_passphrases_are_refused(weak):
    assert not assess(weak).acceptable


@pytest.mark.parametrize(
    "strong", ["paars-fietsbel-onder-zeventien-wolken", "Tram 7 rijdt nooit op dinsdag!"]
)
def test_long_varied_passphrases_are_accepted(strong):
    verdict = assess(strong)
    assert verdict.acceptable and verdict.score >= 3


def test_refusal_carries_dutch_advice():
    message = error_text(WeakPassphrase(advice=list(assess("kort").advice)))
    assert "minstens 15 tekens" in message


def test_recovery_code_has_at_least_128_bits_and_survives_confusions():
    code = recovery_code.generate()
    assert recovery_code.BITS >= 128
    assert len(code.split("-")) == 7 and recovery_code.looks_valid(code)
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery_code.normalise(sloppy) == code
