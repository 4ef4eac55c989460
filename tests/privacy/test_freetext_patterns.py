"""Our own Dutch patterns: checksums make a 9-digit number a BSN and a string an IBAN."""

from __future__ import annotations

from datetime import date

import pytest

from emp_desktop.privacy import freetext_patterns as p
from emp_desktop.privacy.freetext import Finding, merge, replace


def kinds(text: str) -> list[str]:
    return [f.kind for f in merge(p.find_all(text, date(2026, 12, 1)))]


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "944 117 715", "853.194.130"])
def test_a_bsn_that_passes_the_elfproef_is_found(bsn):
    assert kinds(f"bsn {bsn} bekend") == ["bsn"]


@pytest.mark.parametrize("number", ["231472683", "987654321", "000000000", "12345678"])
def test_a_number_that_fails_the_elfproef_is_no_bsn(number):
    assert "bsn" not in kinds(f"dossier {number}")


def test_iban_checksum_decides():
    assert kinds("rekening NL91 ABNA 0417 1643 00 dicht") == ["iban"]
    assert kinds("rekening NL92ABNA0417164300 dicht") == []


@pytest.mark.parametrize("plate", ["XR-123-B", "12-ABC-3", "GH-45-JK", "1-KTR-45", "99-XX-99"])
def test_dutch_licence_plates(plate):
    assert kinds(f"auto {plate} gezien") == ["kenteken"]


def test_plate_without_dashes_needs_the_word_kenteken():
    assert kinds("kenteken 12ABC3 genoteerd") == ["kenteken"]
    assert kinds("code 12ABC3 genoteerd") == []


@pytest.mark.parametrize(
    "phone",
    ["06-12345678", "040 234 56 78", "+31 6 34567890", "+31(0)6 45678901", "+48 512 345 678"],
)
def test_phone_numbers_dutch_and_international(phone):
    assert kinds(f"bel {phone} morgen") == ["telefoon"]


def test_postcode_with_house_number_and_street_address():
    assert kinds("woont 5611 AB 12") == ["postcode"]
    assert kinds("woont Kruisstraat 105 sinds mei") == ["adres"]


def test_recent_dates_are_appointments_old_ones_birth_dates():
    assert kinds("afspraak 12-03-2026") == []
    assert kinds("paspoort 14-03-2007") == ["geboortedatum"]
    assert kinds("geboren op 2 mei 2020") == ["geboortedatum"]


def test_amounts_times_and_counts_are_not_personal_data():
    assert kinds("Schuld 1.250 euro, om 14:30 gebeld, 12 sessies, kamer 3.") == []


def test_merge_keeps_the_most_specific_kind_and_replace_uses_placeholders():
    text = "bel 06-12345678 of mail a@b.nl"
    found = merge([("naam", 4, 8), ("telefoon", 4, 15), ("email", 24, 30)])
    assert found == [Finding("telefoon", 4, 15), Finding("email", 24, 30)]
    assert replace(text, found) == "bel [telefoon] of mail [e-mail]"
