"""Fixed release periods and keyed pseudonyms."""

from __future__ import annotations

import hashlib
import hmac
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emp_desktop.privacy.periods import Period
from emp_desktop.privacy.pseudonyms import keyed_pseudonym, new_recipient_key


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31), "2025"),
        ("2025Q1", date(2025, 1, 1), date(2025, 3, 31), "2025Q1"),
        ("2024Q2", date(2024, 4, 1), date(2024, 6, 30), "2024Q2"),
        (" 2025q3 ", date(2025, 7, 1), date(2025, 9, 30), "2025Q3"),
        ("2025Q4", date(2025, 10, 1), date(2025, 12, 31), "2025Q4"),
        ("2015", date(2015, 1, 1), date(2015, 12, 31), "2015"),
    ],
)
def test_years_and_quarters_parse(text: str, start: date, end: date, label: str) -> None:
    period = Period.parse(text)
    assert (period.start, period.end, period.label, str(period)) == (start, end, label, label)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2025Q0",
        "2025Q5",
        "Q3 2025",
        "2025-Q3",
        "2025-01",
        "2025-01-01/2025-03-31",
        "20251",
        "25",
        "1899",
        "２０２５",
        "2025H1",
        "2025Q1Q2",
    ],
)
def test_anything_else_is_refused_in_dutch(text: str) -> None:
    with pytest.raises(ValueError, match="Ongeldige periode"):
        Period.parse(text)


def test_years_contain_their_quarters_and_quarters_do_not_overlap() -> None:
    year = Period.parse("2025")
    quarters = year.quarters()
    assert [q.label for q in quarters] == ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]
    assert all(year.contains(q) and year.overlaps(q) and q.overlaps(year) for q in quarters)
    assert not any(a.overlaps(b) for a in quarters for b in quarters if a != b)
    assert not quarters[0].contains(year)
    assert not year.overlaps(Period.parse("2024")) and not year.overlaps(Period.parse("2026Q1"))
    assert quarters[2].year == year and year.is_year and not quarters[2].is_year
    with pytest.raises(ValueError):
        quarters[0].quarters()
    assert sorted([Period.parse("2025Q2"), Period.parse("2024"), quarters[0]])[0].label == "2024"


def test_keyed_pseudonym_is_hmac_sha256_stable_and_key_dependent() -> None:
    key, other = b"k" * 32, b"q" * 32
    first = keyed_pseudonym(key, "persoon-17")
    assert first == keyed_pseudonym(key, "persoon-17")
    assert first == hmac.new(key, b"persoon-17", hashlib.sha256).hexdigest()[:32]
    assert len(first) == 32 and int(first, 16) >= 0
    assert first != keyed_pseudonym(other, "persoon-17")
    assert first != keyed_pseudonym(key, "persoon-18")


@given(st.text(min_size=1), st.text(min_size=1))
def test_distinct_people_get_distinct_pseudonyms(a: str, b: str) -> None:
    key = b"\x01" * 32
    assert (keyed_pseudonym(key, a) == keyed_pseudonym(key, b)) == (a == b)


def test_recipient_keys_are_random_and_short_keys_refused() -> None:
    first, second = new_recipient_key(), new_recipient_key()
    assert len(first) == 32 and first != second
    with pytest.raises(ValueError):
        keyed_pseudonym(b"kort", "persoon-1")
    with pytest.raises(ValueError):
        keyed_pseudonym(first, "")
